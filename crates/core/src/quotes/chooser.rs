//! A learnt speaker chooser: the candidates the extractor can see for each quote (every name
//! the article mentions, the rules' own choice, and nobody), described by generic features
//! (where the name stands relative to the quote and its cue, how often the article names it,
//! what kind of entity it is), ranked by a linear model trained on the quote gold.
//!
//! `kliping speaker-cv` builds the candidates of every gold quote, reports how often the gold
//! speaker is among them, and scores the ranker by leave-one-set-out cross-validation, with and
//! without the features that say what the rules chose (`R:`), which look near-perfect on the
//! sets the rules were tuned on. `kliping train-speakers` trains the shipped weights
//! (`data/model/speakers.tsv`, without rule features) on every non-blind set; [`choose`]
//! applies them (`quotes::extract_quotes_chosen`, `kliping eval-quotes --chooser`).

use std::collections::HashMap;

use super::eval::normalise;
use super::{Quote, QuoteKind};
use crate::entities::{Entity, EntityKind};

/// One word of a paragraph, as the chooser sees it.
#[derive(Debug, Clone)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub lower: String,
    pub cap: bool,
}

/// One place where the article names someone (a capitalised run the rules read as a name, or a
/// tagger mention), under the name the rules would give it as a speaker.
#[derive(Debug, Clone)]
pub struct NameMention {
    pub name: String,
    pub para: usize,
    /// Char offsets in the paragraph, `end` exclusive.
    pub start: usize,
    pub end: usize,
    pub in_quote: bool,
    /// The run carried a role or title (`Kapolres … X`).
    pub role: bool,
}

/// What the chooser knows of an article.
pub struct Doc<'a> {
    pub toks: &'a [Vec<Tok>],
    pub sents: &'a [Vec<(usize, usize)>],
    pub mentions: &'a [NameMention],
    pub entities: &'a [Entity],
}

/// A possible speaker of one quote: a name or nobody (`None`), with its static features.
#[derive(Debug, Clone)]
pub struct Cand {
    pub name: Option<String>,
    /// Normalised name (the scorer's form), empty for nobody.
    pub key: String,
    pub feats: Vec<String>,
}

/// The candidates of one quote, and the quote's own context tags (for conjunctions with the
/// dynamic features: who spoke last).
#[derive(Debug, Clone)]
pub struct QuoteCands {
    pub cands: Vec<Cand>,
    pub tags: Vec<String>,
    pub para: usize,
    /// Index into `cands` of the rules' choice (under its candidate's name).
    pub rule: usize,
    /// The rules' choice as they wrote it (normalised).
    pub rule_key: String,
}

pub fn key_of(name: &Option<String>) -> String {
    name.as_deref()
        .map(|n| normalise(n).join(" "))
        .unwrap_or_default()
}

fn tok_at(toks: &[Tok], pos: usize) -> usize {
    toks.partition_point(|t| t.start < pos)
}

fn sent_of(sents: &[(usize, usize)], pos: usize) -> usize {
    sents
        .iter()
        .position(|&(s, e)| pos >= s && pos < e)
        .unwrap_or_else(|| sents.partition_point(|&(s, _)| s <= pos).saturating_sub(1))
}

fn bucket(n: usize) -> &'static str {
    match n {
        0..=1 => "1",
        2 => "2",
        3..=5 => "3-5",
        6..=10 => "6-10",
        11..=20 => "11-20",
        _ => "21+",
    }
}

/// The cue's class, from its form alone: zero/pronoun cues (`katanya`), `menurut`, English
/// `said`, active `me-` verbs, passive `di-` verbs, short post-quote verbs (`kata`, `ujar`).
fn cue_class(cue: Option<&str>) -> &'static str {
    let Some(c) = cue else { return "none" };
    let first = c.split_whitespace().next().unwrap_or("").to_lowercase();
    if first.ends_with("nya") {
        "nya"
    } else if first == "menurut" || first == "according" {
        "menurut"
    } else if matches!(
        first.as_str(),
        "said" | "says" | "told" | "added" | "say" | "tells" | "stated" | "wrote"
    ) {
        "said"
    } else if first.starts_with("me") {
        "me"
    } else if first.starts_with("di") {
        "di"
    } else {
        "short"
    }
}

const PRONOUNS: &[&str] = &[
    "dia", "ia", "beliau", "mereka", "pihaknya", "he", "she", "they", "dirinya",
];

/// Builds the candidates of every quote. `quotes` are the rules' output, in reading order.
pub fn candidates(doc: &Doc, quotes: &[Quote]) -> Vec<QuoteCands> {
    let kind_of = |name: &str| -> &'static str {
        let k = doc
            .entities
            .iter()
            .find(|e| {
                e.name.eq_ignore_ascii_case(name)
                    || e.aliases.iter().any(|a| a.eq_ignore_ascii_case(name))
            })
            .map(|e| e.kind);
        match k {
            Some(EntityKind::Person) => "per",
            Some(EntityKind::Organization) => "org",
            Some(EntityKind::Place) => "loc",
            None => "none",
        }
    };
    // Names and their mentions, by normalised key (first written form kept).
    let mut order: Vec<String> = Vec::new();
    let mut by_key: HashMap<String, (String, Vec<&NameMention>)> = HashMap::new();
    for m in doc.mentions {
        let key = key_of(&Some(m.name.clone()));
        if key.is_empty() {
            continue;
        }
        let e = by_key.entry(key.clone()).or_insert_with(|| {
            order.push(key.clone());
            (m.name.clone(), Vec::new())
        });
        e.1.push(m);
    }
    for q in quotes {
        let key = key_of(&q.speaker);
        if !key.is_empty() && !by_key.contains_key(&key) {
            order.push(key.clone());
            by_key.insert(key, (q.speaker.clone().unwrap_or_default(), Vec::new()));
        }
    }
    // One candidate per person or body, not per written form: a name whose words all occur
    // in one longer name of the article (`Gladkov` in `Vyacheslav Gladkov`) is that name,
    // unless it is a place or its words occur in two longer names that are not one another's.
    // A merged candidate is written as the rules name it where they name it (they know which
    // words are an affiliation: `Ilham`, not `Ilham SM*SH`), else in its longest form.
    let toks_of = |k: &str| k.split(' ').map(str::to_string).collect::<Vec<_>>();
    let contains = |big: &[String], small: &[String]| {
        big.len() > small.len() && small.iter().all(|t| big.contains(t))
    };
    let mut parent: HashMap<String, String> = HashMap::new();
    // Every written form's key to its candidate's key.
    let mut final_of: HashMap<String, String> = HashMap::new();
    for k in &order {
        if kind_of(&by_key[k].0) == "loc" {
            continue;
        }
        let tk = toks_of(k);
        let supers: Vec<&String> = order
            .iter()
            .filter(|j| contains(&toks_of(j), &tk))
            .collect();
        let Some(top) = supers
            .iter()
            .max_by_key(|j| (j.split(' ').count(), j.len()))
        else {
            continue;
        };
        let tt = toks_of(top);
        if supers
            .iter()
            .all(|j| *j == *top || contains(&tt, &toks_of(j)))
        {
            parent.insert(k.clone(), (*top).clone());
        }
    }
    if !parent.is_empty() {
        let mut merged: HashMap<String, (String, Vec<&NameMention>)> = HashMap::new();
        let mut new_order = Vec::new();
        for k in &order {
            let root = parent.get(k).unwrap_or(k).clone();
            let e = merged.entry(root.clone()).or_insert_with(|| {
                new_order.push(root.clone());
                (by_key[&root].0.clone(), Vec::new())
            });
            e.1.extend(by_key[k].1.iter().copied());
        }
        // The rules' form of a merged name, the one they used most.
        let mut said: HashMap<String, HashMap<String, usize>> = HashMap::new();
        for q in quotes {
            let k = key_of(&q.speaker);
            if let Some(root) = parent.get(&k) {
                if let Some(n) = &q.speaker {
                    *said
                        .entry(root.clone())
                        .or_default()
                        .entry(n.clone())
                        .or_default() += 1;
                }
            }
        }
        let mut renamed: HashMap<String, (String, Vec<&NameMention>)> = HashMap::new();
        order = new_order
            .into_iter()
            .map(|root| {
                let (mut name, ms) = merged.remove(&root).unwrap_or_default();
                if let Some(forms) = said.get(&root) {
                    let own = forms.get(&name).copied().unwrap_or(0);
                    if let Some((n, c)) =
                        forms.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                    {
                        if *c > own {
                            name = n.clone();
                        }
                    }
                }
                let key = key_of(&Some(name.clone()));
                final_of.insert(root, key.clone());
                renamed.insert(key.clone(), (name, ms));
                key
            })
            .collect();
        for (k, root) in &parent {
            if let Some(f) = final_of.get(root).cloned() {
                final_of.insert(k.clone(), f);
            }
        }
        order.dedup();
        by_key = renamed;
    }
    let mut out = Vec::with_capacity(quotes.len());
    for q in quotes {
        let p = q.paragraph;
        let empty = Vec::new();
        let toks = doc.toks.get(p).unwrap_or(&empty);
        let sents: &[(usize, usize)] = doc.sents.get(p).map_or(&[], |s| s.as_slice());
        let qs_tok = tok_at(toks, q.start);
        let qe_tok = tok_at(toks, q.end);
        let q_sent = sent_of(sents, q.start);
        let qe_sent = sent_of(sents, q.end.saturating_sub(1));
        let kind = match q.kind {
            QuoteKind::Direct => "dir",
            QuoteKind::Indirect => "ind",
        };
        let cc = cue_class(q.cue.as_deref());
        // The cue word nearest the quote, outside it.
        let cue_word = q
            .cue
            .as_deref()
            .and_then(|c| c.split_whitespace().next())
            .map(str::to_lowercase);
        let cue_tok = cue_word.as_ref().and_then(|cw| {
            (0..toks.len())
                .filter(|&i| toks[i].lower == *cw && (i < qs_tok || i >= qe_tok))
                .min_by_key(|&i| {
                    if i < qs_tok {
                        qs_tok - i
                    } else {
                        i + 1 - qe_tok
                    }
                })
        });
        let next_lower = |i: usize| toks.get(i + 1).map(|t| (t.lower.as_str(), t.cap));
        let pron = cue_tok
            .and_then(next_lower)
            .is_some_and(|(w, _)| PRONOUNS.contains(&w))
            || cue_tok.is_some_and(|i| i > 0 && PRONOUNS.contains(&toks[i - 1].lower.as_str()))
            || cc == "nya";
        let lower_after = cue_tok
            .and_then(next_lower)
            .is_some_and(|(w, cap)| !cap && !PRONOUNS.contains(&w));
        let mut tags = vec![kind.to_string(), format!("c:{cc}")];
        if pron {
            tags.push("pron".into());
        }
        let mut cands = Vec::new();
        let mut names_in_sent = 0usize;
        let mut names_in_para = 0usize;
        // Per candidate: nearest mention before and after the quote, and nearest to the cue
        // word on each side in its sentence, for the recency ranks below.
        let mut near_pos: Vec<[Option<(usize, usize)>; 4]> = Vec::new();
        for key in &order {
            let (name, ms) = &by_key[key];
            let mut f: Vec<String> = Vec::new();
            let outside: Vec<&&NameMention> = ms.iter().filter(|m| !m.in_quote).collect();
            let n = outside.len();
            f.push(format!(
                "cnt{}",
                match n {
                    0 => "0",
                    1 => "1",
                    2 => "2",
                    3..=4 => "3-4",
                    _ => "5+",
                }
            ));
            if ms
                .iter()
                .any(|m| m.para == p && m.start >= q.start && m.end <= q.end)
            {
                f.push("inquote".into());
            }
            if ms.iter().any(|m| m.role) {
                f.push("role".into());
            }
            f.push(format!("k:{}", kind_of(name)));
            if name.split_whitespace().count() == 1 {
                f.push("oneword".into());
            }
            // Nearest mention before the quote, outside it.
            let before = outside
                .iter()
                .filter(|m| m.para < p || (m.para == p && m.end <= q.start))
                .max_by_key(|m| (m.para, m.start));
            let after = outside
                .iter()
                .filter(|m| m.para > p || (m.para == p && m.start >= q.end))
                .min_by_key(|m| (m.para, m.start));
            let mut near = false;
            let mut np = [
                before.map(|m| (m.para, m.start)),
                after
                    .filter(|m| m.para == p)
                    .map(|m| (usize::MAX - m.para, usize::MAX - m.start)),
                None,
                None,
            ];
            match before {
                Some(m) if m.para == p => {
                    let ms = sent_of(sents, m.start);
                    let d = qs_tok.saturating_sub(tok_at(toks, m.end));
                    f.push(format!("bdist{}", bucket(d)));
                    if ms == q_sent {
                        f.push("b:sent".into());
                        near = true;
                    } else {
                        f.push(format!("b:para-{}", bucket(q_sent.saturating_sub(ms))));
                    }
                    names_in_para += 1;
                }
                Some(m) => {
                    f.push(format!("b:p-{}", bucket(p - m.para)));
                }
                None => f.push("b:none".into()),
            }
            match after {
                Some(m) if m.para == p => {
                    let ms = sent_of(sents, m.start);
                    let d = tok_at(toks, m.start).saturating_sub(qe_tok);
                    f.push(format!("adist{}", bucket(d)));
                    if ms == qe_sent {
                        f.push("a:sent".into());
                        near = true;
                    } else {
                        f.push("a:para".into());
                    }
                    names_in_para += 1;
                }
                Some(m) if m.para == p + 1 => f.push("a:next".into()),
                Some(_) => f.push("a:later".into()),
                None => f.push("a:none".into()),
            }
            if before.is_none() && ms.iter().all(|m| m.para > p || m.start >= q.start) {
                f.push("new".into());
            }
            if near {
                names_in_sent += 1;
            }
            // Relative to the cue word: right after it (`kata X`, `menurut X`) or right
            // before it (`X mengatakan`).
            if let Some(ci) = cue_tok {
                let c_start = toks[ci].start;
                for m in outside.iter().filter(|m| m.para == p) {
                    let ms_tok = tok_at(toks, m.start);
                    let me_tok = tok_at(toks, m.end);
                    let same_sent = sent_of(sents, m.start) == sent_of(sents, c_start);
                    if same_sent && ms_tok > ci {
                        let d = usize::MAX - ms_tok;
                        np[2] = np[2].max(Some((0, d)));
                    }
                    if same_sent && me_tok <= ci {
                        np[3] = np[3].max(Some((0, me_tok)));
                    }
                    if ms_tok > ci && ms_tok - ci <= 6 {
                        f.push(format!("cue+{}", bucket(ms_tok - ci)));
                        if sent_of(sents, m.start) == sent_of(sents, c_start) {
                            f.push("cue+same".into());
                        }
                    }
                    if me_tok <= ci && ci - me_tok < 8 {
                        f.push(format!("cue-{}", bucket(ci - me_tok + 1)));
                        if sent_of(sents, m.start) == sent_of(sents, c_start) {
                            f.push("cue-same".into());
                        }
                    }
                }
            }
            // Rule features: what the rules chose.
            let rk = key_of(&q.speaker);
            if final_of.get(&rk).unwrap_or(&rk) == key {
                f.push("R:rule".into());
            }
            near_pos.push(np);
            cands.push(Cand {
                name: Some(name.clone()),
                key: key.clone(),
                feats: f,
            });
        }
        // Recency ranks: 1 for the candidate named nearest the quote (before it, after it) or
        // the cue (after it, before it in its sentence), 2 for the next, …
        for (slot, tag) in ["brank", "arank", "cuearank", "cuebrank"]
            .iter()
            .enumerate()
        {
            let mut ps: Vec<(usize, usize)> = near_pos.iter().filter_map(|n| n[slot]).collect();
            ps.sort_unstable_by(|a, b| b.cmp(a));
            ps.dedup();
            for (c, n) in near_pos.iter().enumerate() {
                if let Some(x) = n[slot] {
                    let r = ps.iter().position(|y| *y == x).unwrap_or(0) + 1;
                    cands[c].feats.push(format!("{tag}{}", r.min(3)));
                }
            }
        }
        for c in &mut cands {
            c.feats.sort();
            c.feats.dedup();
        }
        let mut f = vec![format!("nsent{}", names_in_sent.min(2))];
        f.push(format!("npara{}", names_in_para.min(3)));
        if lower_after {
            f.push("lowerafter".into());
        }
        if cue_tok.is_none() {
            f.push("nocue".into());
        }
        if q.speaker.is_none() {
            f.push("R:rule".into());
            if q.speaker_description.is_some() {
                f.push("R:desc".into());
            }
        }
        cands.push(Cand {
            name: None,
            key: String::new(),
            feats: f,
        });
        let rule_key = key_of(&q.speaker);
        let rule = cands
            .iter()
            .position(|c| c.key == *final_of.get(&rule_key).unwrap_or(&rule_key))
            .unwrap_or(0);
        out.push(QuoteCands {
            cands,
            tags,
            para: p,
            rule,
            rule_key,
        });
    }
    out
}

/// Conjoins base features with the quote's tags, under the prefix of the candidate's kind.
fn expand(qc: &QuoteCands, null: bool, base: &[&str], out: &mut Vec<String>) {
    let pfx = if null { "N" } else { "S" };
    for b in base {
        out.push(format!("{pfx}:{b}"));
        for t in &qc.tags {
            out.push(format!("{pfx}:{b}&{t}"));
        }
    }
}

/// The features of candidate `c` that do not depend on earlier choices.
fn static_features(qc: &QuoteCands, c: usize, rules: bool) -> Vec<String> {
    let cand = &qc.cands[c];
    let mut base: Vec<&str> = vec!["bias"];
    base.extend(
        cand.feats
            .iter()
            .filter(|f| rules || !f.starts_with("R:"))
            .map(String::as_str),
    );
    let mut out = Vec::with_capacity(base.len() * (qc.tags.len() + 1));
    expand(qc, cand.name.is_none(), &base, &mut out);
    out
}

/// The features of candidate `c` that depend on the speakers chosen for the earlier quotes of
/// the article (`earlier`: paragraph and key, most recent last).
fn dynamic_features(qc: &QuoteCands, c: usize, earlier: &[(usize, String)]) -> Vec<String> {
    let cand = &qc.cands[c];
    let null = cand.name.is_none();
    let mut base: Vec<&str> = Vec::new();
    if let Some((pp, prev)) = earlier.last() {
        if *prev == cand.key {
            base.push("prev");
            if *pp == qc.para {
                base.push("prev-samepara");
            } else if pp + 1 == qc.para {
                base.push("prev-lastpara");
            }
        }
    } else {
        base.push("first");
    }
    if !null && earlier.iter().any(|(_, k)| *k == cand.key) {
        base.push("spoke");
    }
    let mut out = Vec::new();
    expand(qc, null, &base, &mut out);
    out
}

/// A linear ranker: a weight per feature name.
#[derive(Debug, Clone, Default)]
pub struct Weights {
    pub w: HashMap<String, f64>,
    /// Whether the rule-choice features (`R:`) are used.
    pub rules: bool,
}

impl Weights {
    /// Chooses a candidate for every quote of an article, in reading order (each choice is the
    /// "previous speaker" of the next). Ties go to the earlier candidate.
    pub fn decode(&self, qcs: &[QuoteCands]) -> Vec<usize> {
        let mut earlier: Vec<(usize, String)> = Vec::new();
        let mut out = Vec::with_capacity(qcs.len());
        for qc in qcs {
            let mut best = (f64::NEG_INFINITY, 0);
            for c in 0..qc.cands.len() {
                let s: f64 = static_features(qc, c, self.rules)
                    .iter()
                    .chain(dynamic_features(qc, c, &earlier).iter())
                    .map(|x| self.w.get(x).copied().unwrap_or(0.0))
                    .sum();
                if s > best.0 {
                    best = (s, c);
                }
            }
            earlier.push((qc.para, qc.cands[best.1].key.clone()));
            out.push(best.1);
        }
        out
    }

    /// `feature<TAB>weight` lines, sorted by feature (deterministic bytes).
    pub fn to_text(&self) -> String {
        let mut keys: Vec<&String> = self.w.keys().collect();
        keys.sort();
        let mut s = format!("# rules {}\n", self.rules);
        for k in keys {
            let v = self.w[k];
            let r = format!("{v:.4}");
            if r != "0.0000" && r != "-0.0000" {
                s.push_str(&format!("{k}\t{r}\n"));
            }
        }
        s
    }

    pub fn from_text(text: &str) -> Weights {
        let mut w = HashMap::new();
        let mut rules = false;
        for line in text.lines() {
            if let Some(r) = line.strip_prefix("# rules ") {
                rules = r.trim() == "true";
                continue;
            }
            if let Some((k, v)) = line.split_once('\t') {
                if let Ok(v) = v.trim().parse::<f64>() {
                    w.insert(k.to_string(), v);
                }
            }
        }
        Weights { w, rules }
    }
}

/// One training article: its quotes' candidates and, per quote, the gold speaker's key when the
/// quote matched a gold quote (`None`: unmatched, not learnt from).
pub struct Example {
    pub qcs: Vec<QuoteCands>,
    pub gold: Vec<Option<String>>,
}

/// Feature names to dense ids, for training.
#[derive(Default)]
struct Interner {
    ids: HashMap<String, u32>,
    names: Vec<String>,
}

impl Interner {
    fn id(&mut self, s: String) -> u32 {
        if let Some(&i) = self.ids.get(&s) {
            return i;
        }
        let i = self.names.len() as u32;
        self.ids.insert(s.clone(), i);
        self.names.push(s);
        i
    }
}

/// Averaged perceptron over the articles, `epochs` passes in a fixed order. The previous
/// speaker seen in training is the gold one where known (the predicted one elsewhere).
pub fn train(data: &[&Example], epochs: usize, rules: bool) -> Weights {
    let mut int = Interner::default();
    // Static features, compiled once: per article, per quote, per candidate.
    let stat: Vec<Vec<Vec<Vec<u32>>>> = data
        .iter()
        .map(|ex| {
            ex.qcs
                .iter()
                .map(|qc| {
                    (0..qc.cands.len())
                        .map(|c| {
                            static_features(qc, c, rules)
                                .into_iter()
                                .map(|f| int.id(f))
                                .collect()
                        })
                        .collect()
                })
                .collect()
        })
        .collect();
    let mut w: Vec<f64> = Vec::new();
    // Averaging by the usual lazy trick: `u` accumulates step * update.
    let mut u: Vec<f64> = Vec::new();
    let mut step = 1.0f64;
    for _ in 0..epochs {
        for (ex, st) in data.iter().zip(&stat) {
            let mut earlier: Vec<(usize, String)> = Vec::new();
            for ((qc, g), sq) in ex.qcs.iter().zip(&ex.gold).zip(st) {
                let feats: Vec<Vec<u32>> = (0..qc.cands.len())
                    .map(|c| {
                        let mut f = sq[c].clone();
                        f.extend(
                            dynamic_features(qc, c, &earlier)
                                .into_iter()
                                .map(|x| int.id(x)),
                        );
                        f
                    })
                    .collect();
                if w.len() < int.names.len() {
                    w.resize(int.names.len(), 0.0);
                    u.resize(int.names.len(), 0.0);
                }
                let mut pred = (f64::NEG_INFINITY, 0);
                for (c, f) in feats.iter().enumerate() {
                    let s: f64 = f.iter().map(|&i| w[i as usize]).sum();
                    if s > pred.0 {
                        pred = (s, c);
                    }
                }
                let pred = pred.1;
                let gold_idx = g
                    .as_ref()
                    .and_then(|g| qc.cands.iter().position(|c| c.key == *g));
                if let Some(gi) = gold_idx {
                    if gi != pred {
                        for &f in &feats[gi] {
                            w[f as usize] += 1.0;
                            u[f as usize] += step;
                        }
                        for &f in &feats[pred] {
                            w[f as usize] -= 1.0;
                            u[f as usize] -= step;
                        }
                    }
                    earlier.push((qc.para, qc.cands[gi].key.clone()));
                } else {
                    let key = g.clone().unwrap_or_else(|| qc.cands[pred].key.clone());
                    earlier.push((qc.para, key));
                }
                step += 1.0;
            }
        }
    }
    let avg = int
        .names
        .into_iter()
        .enumerate()
        .map(|(i, k)| {
            (
                k,
                w.get(i).copied().unwrap_or(0.0) - u.get(i).copied().unwrap_or(0.0) / step,
            )
        })
        .filter(|(_, v)| v.abs() > 1e-9)
        .collect();
    Weights { w: avg, rules }
}

/// The shipped weights (`data/model/speakers.tsv`), parsed once.
pub fn shipped() -> &'static Weights {
    static W: std::sync::OnceLock<Weights> = std::sync::OnceLock::new();
    W.get_or_init(|| Weights::from_text(include_str!("../../../../data/model/speakers.tsv")))
}

/// The key of the speaker the chooser's pick `c` gives quote `qc` (see [`choose`]).
pub fn output_key(qc: &QuoteCands, c: usize) -> &str {
    if c == qc.rule {
        &qc.rule_key
    } else {
        qc.cands.get(c).map_or("", |x| x.key.as_str())
    }
}

/// Replaces the rules' speaker of each quote by the chooser's, where they differ. A name the
/// rules did not give keeps no role; nobody keeps the rules' description only when the rules
/// also said nobody.
pub fn choose(weights: &Weights, quotes: &mut [Quote], qcs: &[QuoteCands]) {
    if quotes.len() != qcs.len() {
        return;
    }
    let picks = weights.decode(qcs);
    for ((q, qc), &c) in quotes.iter_mut().zip(qcs).zip(&picks) {
        let Some(cand) = qc.cands.get(c) else {
            continue;
        };
        // The rules' candidate keeps the rules' own name and role.
        if c == qc.rule {
            continue;
        }
        q.speaker.clone_from(&cand.name);
        q.speaker_role = None;
        if q.speaker.is_some() {
            q.speaker_description = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cand(name: Option<&str>, feats: &[&str]) -> Cand {
        Cand {
            name: name.map(str::to_string),
            key: key_of(&name.map(str::to_string)),
            feats: feats.iter().map(|f| f.to_string()).collect(),
        }
    }

    fn quote(cands: Vec<Cand>, tags: &[&str], rule_key: &str) -> QuoteCands {
        QuoteCands {
            cands,
            tags: tags.iter().map(|t| t.to_string()).collect(),
            para: 0,
            rule: 0,
            rule_key: rule_key.to_string(),
        }
    }

    /// The speaker is the name right after the cue (`kata X`), not the name mentioned most,
    /// and with a pronoun cue the previous speaker: the ranker learns both from examples and
    /// applies them to a new article.
    #[test]
    fn ranker_learns_cue_adjacency_and_previous_speaker() {
        let ex = |n: usize| Example {
            qcs: vec![
                quote(
                    vec![
                        cand(Some(&format!("Budi {n}")), &["cue+1", "cnt1"]),
                        cand(Some(&format!("Joko {n}")), &["cnt5+", "role"]),
                        cand(None, &["nsent1"]),
                    ],
                    &["dir", "c:short"],
                    "",
                ),
                quote(
                    vec![
                        cand(Some(&format!("Budi {n}")), &["cnt1"]),
                        cand(Some(&format!("Joko {n}")), &["cnt5+", "role"]),
                        cand(None, &["nsent0"]),
                    ],
                    &["dir", "c:nya", "pron"],
                    "",
                ),
            ],
            gold: vec![Some(format!("budi {n}")), Some(format!("budi {n}"))],
        };
        let data: Vec<Example> = (0..4).map(ex).collect();
        let refs: Vec<&Example> = data.iter().collect();
        let w = train(&refs, 5, false);
        let test = ex(9);
        assert_eq!(w.decode(&test.qcs), vec![0, 0]);
        // Written and read back, the weights decide the same.
        let back = Weights::from_text(&w.to_text());
        assert_eq!(back.decode(&test.qcs), vec![0, 0]);
        assert!(!back.rules);
    }

    /// Without rule features, what the rules chose does not move the ranking.
    #[test]
    fn rule_features_are_left_out_unless_asked_for() {
        let qc = quote(
            vec![cand(Some("A"), &["R:rule"]), cand(Some("B"), &["cue+1"])],
            &["ind"],
            "a",
        );
        let f = static_features(&qc, 0, false);
        assert!(f.iter().all(|x| !x.contains("R:")));
        assert!(static_features(&qc, 0, true)
            .iter()
            .any(|x| x.contains("R:rule")));
    }

    /// On real news text, with the shipped weights: the named subject of `mengatakan` and the
    /// name after `kata` (a short form of the same person) speak; an unnamed resident is nobody.
    #[test]
    fn shipped_chooser_on_news_text() {
        let article = crate::quotes::eval::article_from_lines(
            "t",
            "Kepala Kepolisian Resor Jember AKBP Budi Santoso mengatakan pelaku sudah ditangkap pada Senin malam.\n\
             \"Kami masih memeriksa tiga saksi di lokasi kejadian,\" kata Budi.\n\
             \"Kami takut keluar rumah sejak kejadian itu,\" kata seorang warga.",
        );
        let quotes = crate::quotes::extract_quotes_chosen(&article, &[]);
        let speakers: Vec<Option<&str>> = quotes.iter().map(|q| q.speaker.as_deref()).collect();
        assert_eq!(
            speakers,
            vec![Some("Budi Santoso"), Some("Budi Santoso"), None],
            "{quotes:#?}"
        );
    }

    #[test]
    fn shipped_weights_load() {
        let w = shipped();
        assert!(!w.rules);
        assert!(w.w.len() > 50);
    }
}
