//! Brown clustering (Brown et al. 1992, with the windowed approximation of Liang 2005): a
//! binary hierarchy over the words of unlabelled text that greedily keeps as much of the mutual
//! information between the clusters of adjacent words as it can. The entity tagger uses
//! prefixes of each word's path in the hierarchy as features (see `kliping clusters`), so that
//! what it learns from the ~1,500 annotated sentences carries over to words it has only seen in
//! unlabelled news, in the same kind of context.
//!
//! Training-only: it lives in the CLI, never in the wasm app.
//!
//! How: words are taken by descending frequency. The `k` most frequent start as `k` clusters;
//! each further word joins as a cluster of its own and then the pair of clusters whose merge
//! loses the least mutual information is merged, so there are `k` clusters again. When every
//! word is in, the `k` clusters are merged down to one, and that last phase's merge tree gives
//! each cluster its bit string (0 = the left branch). Bigrams only count inside a sentence and
//! between words of the vocabulary, and only once both words have joined.
//!
//! The merge losses of all pairs are kept in a `(k+1)²` table and updated in place after each
//! step, which is what makes it `O(V·k²)` rather than `O(V·k³)`.

use std::collections::HashMap;

/// `p · ln(p / (a·b))`: one cell's share of the mutual information (0 for an empty cell).
#[inline]
fn hmi(p: f64, a: f64, b: f64) -> f64 {
    if p > 0.0 {
        p * (p / (a * b)).ln()
    } else {
        0.0
    }
}

/// The state of the clustering: `k + 1` slots, each holding an active cluster or free.
struct State {
    /// Slots per row of the square tables.
    n: usize,
    active: Vec<bool>,
    /// Unigram probability of each slot's cluster.
    p1: Vec<f64>,
    /// `p2[s * n + t]`: probability of a bigram (word of `s`, then word of `t`).
    p2: Vec<f64>,
    /// `q[s * n + t] = hmi(p2[s][t], p1[s], p1[t])`.
    q: Vec<f64>,
    /// `loss[s * n + t]` (`s < t`): mutual information lost by merging `s` and `t`.
    loss: Vec<f64>,
    /// The tree node each slot's cluster is (see [`Tree`]).
    node: Vec<usize>,
}

/// Merge tree: nodes `0..leaves` are the clusters of the last phase, later nodes are merges.
struct Tree {
    children: Vec<(usize, usize)>,
}

impl State {
    fn new(n: usize) -> Self {
        State {
            n,
            active: vec![false; n],
            p1: vec![0.0; n],
            p2: vec![0.0; n * n],
            q: vec![0.0; n * n],
            loss: vec![0.0; n * n],
            node: vec![usize::MAX; n],
        }
    }

    fn actives(&self) -> Vec<usize> {
        (0..self.n).filter(|&s| self.active[s]).collect()
    }

    fn p2(&self, s: usize, t: usize) -> f64 {
        self.p2[s * self.n + t]
    }

    fn q(&self, s: usize, t: usize) -> f64 {
        self.q[s * self.n + t]
    }

    /// Recomputes row and column `s` of `q`.
    fn refresh_q(&mut self, s: usize, act: &[usize]) {
        let n = self.n;
        for &t in act {
            self.q[s * n + t] = hmi(self.p2[s * n + t], self.p1[s], self.p1[t]);
            self.q[t * n + s] = hmi(self.p2[t * n + s], self.p1[t], self.p1[s]);
        }
    }

    /// The loss of merging `s` and `t`, from scratch: what the terms that touch `s` or `t` add
    /// up to now, minus what the merged cluster's terms would.
    fn full_loss(&self, s: usize, t: usize, act: &[usize]) -> f64 {
        let pu = self.p1[s] + self.p1[t];
        let mut removed = -self.q(s, s) - self.q(t, t) - self.q(s, t) - self.q(t, s);
        let mut added = 0.0;
        for &x in act {
            removed += self.q(s, x) + self.q(x, s) + self.q(t, x) + self.q(x, t);
            if x != s && x != t {
                added += hmi(self.p2(s, x) + self.p2(t, x), pu, self.p1[x]);
                added += hmi(self.p2(x, s) + self.p2(x, t), self.p1[x], pu);
            }
        }
        added += hmi(
            self.p2(s, s) + self.p2(s, t) + self.p2(t, s) + self.p2(t, t),
            pu,
            pu,
        );
        removed - added
    }

    fn set_loss(&mut self, s: usize, t: usize, v: f64) {
        let (a, b) = if s < t { (s, t) } else { (t, s) };
        self.loss[a * self.n + b] = v;
    }

    /// Activates free slot `k`, whose row and column of `p2` and whose `p1` are already filled
    /// in: updates the losses of the other pairs and computes those of `k`.
    fn add(&mut self, k: usize) {
        let n = self.n;
        let act = self.actives();
        self.refresh_q(k, &act);
        self.q[k * n + k] = hmi(self.p2(k, k), self.p1[k], self.p1[k]);
        // For a pair (i, j), the new cluster adds its terms with i and j to what the pair
        // would remove, and its terms with i ∪ j to what the merge would add. Both are zero
        // unless `k` has a bigram with i or j, and a new word has few.
        let touches: Vec<bool> = (0..n)
            .map(|x| self.p2(k, x) > 0.0 || self.p2(x, k) > 0.0)
            .collect();
        for (ii, &i) in act.iter().enumerate() {
            for &j in &act[ii + 1..] {
                if !touches[i] && !touches[j] {
                    continue;
                }
                let pu = self.p1[i] + self.p1[j];
                let d = self.q(i, k) + self.q(k, i) + self.q(j, k) + self.q(k, j)
                    - hmi(self.p2(i, k) + self.p2(j, k), pu, self.p1[k])
                    - hmi(self.p2(k, i) + self.p2(k, j), self.p1[k], pu);
                self.loss[i * n + j] += d;
            }
        }
        self.active[k] = true;
        let act = self.actives();
        for &i in &act {
            if i != k {
                let v = self.full_loss(i, k, &act);
                self.set_loss(i, k, v);
            }
        }
    }

    /// The active pair with the smallest loss (ties: the first in slot order).
    fn best_pair(&self) -> Option<(usize, usize)> {
        let act = self.actives();
        let mut best: Option<(f64, usize, usize)> = None;
        for (ii, &i) in act.iter().enumerate() {
            for &j in &act[ii + 1..] {
                let v = self.loss[i * self.n + j];
                if best.is_none_or(|(b, _, _)| v < b) {
                    best = Some((v, i, j));
                }
            }
        }
        best.map(|(_, i, j)| (i, j))
    }

    /// Merges slot `b` into slot `a`, updating every other pair's loss; slot `b` is freed.
    fn merge(&mut self, a: usize, b: usize) {
        let n = self.n;
        let act: Vec<usize> = self
            .actives()
            .into_iter()
            .filter(|&x| x != a && x != b)
            .collect();
        let (pa, pb) = (self.p1[a], self.p1[b]);
        let pm = pa + pb;
        // Per other cluster i: its terms with the merged cluster minus those with a and b.
        let mut delta = vec![0.0; n];
        let mut ta = vec![false; n];
        let mut tb = vec![false; n];
        for &i in &act {
            let pi = self.p1[i];
            delta[i] = hmi(self.p2(i, a) + self.p2(i, b), pi, pm)
                + hmi(self.p2(a, i) + self.p2(b, i), pm, pi)
                - self.q(i, a)
                - self.q(a, i)
                - self.q(i, b)
                - self.q(b, i);
            ta[i] = self.p2(i, a) > 0.0 || self.p2(a, i) > 0.0;
            tb[i] = self.p2(i, b) > 0.0 || self.p2(b, i) > 0.0;
        }
        let (la, lb) = ((pm / pa).ln(), (pm / pb).ln());
        for (ii, &i) in act.iter().enumerate() {
            for &j in &act[ii + 1..] {
                // The merge of i and j (u) would have added its terms with a and b, and now
                // adds those with the merged cluster instead.
                let pu = self.p1[i] + self.p1[j];
                let (lua, lau) = (self.p2(i, a) + self.p2(j, a), self.p2(a, i) + self.p2(a, j));
                let (lub, lbu) = (self.p2(i, b) + self.p2(j, b), self.p2(b, i) + self.p2(b, j));
                let pair = if !tb[i] && !tb[j] {
                    // No bigrams with b: only a's probability changes, to pm.
                    (lua + lau) * la
                } else if !ta[i] && !ta[j] {
                    (lub + lbu) * lb
                } else {
                    hmi(lua, pu, pa) + hmi(lau, pa, pu) + hmi(lub, pu, pb) + hmi(lbu, pb, pu)
                        - hmi(lua + lub, pu, pm)
                        - hmi(lau + lbu, pm, pu)
                };
                self.loss[i * n + j] += delta[i] + delta[j] + pair;
            }
        }
        // Fold b's row and column into a's.
        let abab = self.p2(a, a) + self.p2(a, b) + self.p2(b, a) + self.p2(b, b);
        for &x in &act {
            self.p2[a * n + x] += self.p2[b * n + x];
            self.p2[x * n + a] += self.p2[x * n + b];
        }
        self.p2[a * n + a] = abab;
        for x in 0..n {
            self.p2[b * n + x] = 0.0;
            self.p2[x * n + b] = 0.0;
        }
        self.p1[a] = pm;
        self.p1[b] = 0.0;
        self.active[b] = false;
        let act = self.actives();
        self.refresh_q(a, &act);
        for &i in &act {
            if i != a {
                let v = self.full_loss(a, i, &act);
                self.set_loss(a, i, v);
            }
        }
    }
}

/// Clusters the words of `sentences` that occur at least `min_count` times into `k` clusters.
/// Returns `(bit string, words)` per cluster, sorted by bit string; words by descending
/// frequency (ties alphabetical). Deterministic.
pub fn cluster(sentences: &[Vec<String>], min_count: u32, k: usize) -> Vec<(String, Vec<String>)> {
    let mut counts: HashMap<&str, u32> = HashMap::new();
    for s in sentences {
        for w in s {
            *counts.entry(w.as_str()).or_insert(0) += 1;
        }
    }
    let mut vocab: Vec<(&str, u32)> = counts
        .into_iter()
        .filter(|(_, c)| *c >= min_count)
        .collect();
    vocab.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let rank: HashMap<&str, usize> = vocab
        .iter()
        .enumerate()
        .map(|(i, (w, _))| (*w, i))
        .collect();
    let v = vocab.len();
    if v == 0 || k == 0 {
        return Vec::new();
    }
    // Bigrams between vocabulary words, per word: (other word, count) both ways.
    let mut bigrams: HashMap<(usize, usize), u32> = HashMap::new();
    let mut total_bigrams = 0u64;
    for s in sentences {
        for pair in s.windows(2) {
            if let (Some(&x), Some(&y)) = (rank.get(pair[0].as_str()), rank.get(pair[1].as_str())) {
                *bigrams.entry((x, y)).or_insert(0) += 1;
                total_bigrams += 1;
            }
        }
    }
    let mut right: Vec<Vec<(usize, u32)>> = vec![Vec::new(); v];
    let mut left: Vec<Vec<(usize, u32)>> = vec![Vec::new(); v];
    let mut sorted: Vec<((usize, usize), u32)> = bigrams.into_iter().collect();
    sorted.sort_unstable();
    for ((x, y), c) in sorted {
        right[x].push((y, c));
        left[y].push((x, c));
    }
    let total_words: u64 = vocab.iter().map(|(_, c)| u64::from(*c)).sum();
    let nb = total_bigrams.max(1) as f64;
    let nw = total_words as f64;

    let k = k.min(v);
    let mut st = State::new(k + 1);
    // Slot of each word that has joined (usize::MAX = not yet); members of each slot.
    let mut slot_of = vec![usize::MAX; v];
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); k + 1];
    let place = |st: &mut State,
                 slot_of: &mut Vec<usize>,
                 members: &mut Vec<Vec<usize>>,
                 w: usize,
                 s: usize| {
        st.p1[s] = f64::from(vocab[w].1) / nw;
        slot_of[w] = s;
        members[s] = vec![w];
        for &(y, c) in &right[w] {
            let t = slot_of[y];
            if t != usize::MAX {
                st.p2[s * st.n + t] += f64::from(c) / nb;
            }
        }
        for &(x, c) in &left[w] {
            let t = slot_of[x];
            // A self-bigram was counted in `right` already.
            if t != usize::MAX && x != w {
                st.p2[t * st.n + s] += f64::from(c) / nb;
            }
        }
    };
    for w in 0..k {
        place(&mut st, &mut slot_of, &mut members, w, w);
        st.active[w] = true;
    }
    let act = st.actives();
    for &s in &act {
        st.refresh_q(s, &act);
    }
    for (ii, &i) in act.iter().enumerate() {
        for &j in &act[ii + 1..] {
            let l = st.full_loss(i, j, &act);
            st.set_loss(i, j, l);
        }
    }
    let mut free = k;
    for w in k..v {
        place(&mut st, &mut slot_of, &mut members, w, free);
        st.add(free);
        let Some((mut a, mut b)) = st.best_pair() else {
            break;
        };
        // Keep the slot with more words, so fewer words change slot.
        if members[b].len() > members[a].len() {
            std::mem::swap(&mut a, &mut b);
        }
        st.merge(a, b);
        let moved = std::mem::take(&mut members[b]);
        for &m in &moved {
            slot_of[m] = a;
        }
        members[a].extend(moved);
        free = b;
    }
    // Last phase: the clusters are the tree's leaves; merge them down to one.
    let leaves = st.actives();
    let mut tree = Tree {
        children: Vec::new(),
    };
    for (i, &s) in leaves.iter().enumerate() {
        st.node[s] = i;
    }
    let base = leaves.len();
    while let Some((a, b)) = st.best_pair() {
        st.merge(a, b);
        tree.children.push((st.node[a], st.node[b]));
        st.node[a] = base + tree.children.len() - 1;
    }
    // Paths from the root (the last merge) down.
    let mut path = vec![String::new(); base + tree.children.len()];
    for n in (base..base + tree.children.len()).rev() {
        let (l, r) = tree.children[n - base];
        path[l] = format!("{}0", path[n]);
        path[r] = format!("{}1", path[n]);
    }
    let mut out: Vec<(String, Vec<String>)> = leaves
        .iter()
        .enumerate()
        .map(|(i, &s)| {
            let mut ws = members[s].clone();
            ws.sort_unstable();
            (
                path[i].clone(),
                ws.into_iter().map(|w| vocab[w].0.to_string()).collect(),
            )
        })
        .collect();
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<Vec<String>> {
        text.lines()
            .map(|l| l.split_whitespace().map(str::to_string).collect())
            .collect()
    }

    /// Words that occur in the same contexts end up together: the three cities only ever
    /// follow "di", the three people only ever precede "berkata"; and the two groups apart.
    #[test]
    fn words_in_the_same_contexts_share_a_cluster() {
        let mut text = String::new();
        for (city, name) in [("jakarta", "budi"), ("bandung", "sari"), ("medan", "andi")] {
            for _ in 0..5 {
                text += &format!("kami tinggal di {city} .\n{name} berkata ya .\n");
            }
        }
        text += "kami di jakarta .\nsari berkata .\n";
        let out = cluster(&sents(&text), 2, 6);
        let find = |w: &str| {
            out.iter()
                .find(|(_, ws)| ws.iter().any(|x| x == w))
                .map(|(p, _)| p.clone())
                .unwrap()
        };
        assert_eq!(find("jakarta"), find("bandung"));
        assert_eq!(find("bandung"), find("medan"));
        assert_eq!(find("budi"), find("sari"));
        assert_eq!(find("sari"), find("andi"));
        assert_ne!(find("jakarta"), find("budi"));
        // Every word of the vocabulary is in exactly one cluster, and paths are distinct.
        let n: usize = out.iter().map(|(_, ws)| ws.len()).sum();
        assert_eq!(n, 12);
        let mut paths: Vec<_> = out.iter().map(|(p, _)| p).collect();
        paths.dedup();
        assert_eq!(paths.len(), out.len());
    }

    #[test]
    fn empty_and_tiny_inputs() {
        assert!(cluster(&[], 1, 8).is_empty());
        let out = cluster(&sents("a"), 1, 8);
        assert_eq!(out, vec![(String::new(), vec!["a".to_string()])]);
        assert!(cluster(&sents("a b"), 5, 8).is_empty());
    }
}
