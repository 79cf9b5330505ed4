//! Training (averaged structured perceptron) and evaluation on CoNLL-style data
//! (`token POS TAG` per line, blank line between sentences, BIO PER/LOC/ORG tags).

use std::collections::HashMap;

use super::features::Prepared;
use super::gazetteer::{name_flags, parse_seen, Gazetteer, GazetteerTexts, SeenNames};
use super::model::{viterbi, Model, LABELS, NL};
use super::tokenize::Lower;

/// One annotated sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub words: Vec<String>,
    /// Label indices into [`LABELS`], or [`ANY_LABEL`].
    pub labels: Vec<usize>,
}

/// A training token whose label the annotation leaves open (silver data: a name the gold
/// does not vouch for). Training takes the model's best path through the known labels as the
/// gold path there, so such a token neither teaches nor contradicts a label.
pub const ANY_LABEL: usize = NL;

/// Reads CoNLL text. Unknown tags (e.g. `B-MISC`) become `O`.
pub fn read_conll(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut cur = Sentence {
        words: Vec::new(),
        labels: Vec::new(),
    };
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            if !cur.words.is_empty() {
                out.push(std::mem::replace(
                    &mut cur,
                    Sentence {
                        words: Vec::new(),
                        labels: Vec::new(),
                    },
                ));
            }
            continue;
        }
        let mut cols = line.split_whitespace();
        let Some(word) = cols.next() else { continue };
        let tag = cols.last().unwrap_or("O");
        cur.words.push(word.to_string());
        cur.labels
            .push(LABELS.iter().position(|l| *l == tag).unwrap_or(0));
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    out
}

/// [`TrainConfig::prune`] of the first-stage taggers of the stacked `auto` lexicon.
const FIRST_STAGE_PRUNE: f32 = 0.05;

/// Training settings. Fixed defaults make `kliping train` reproducible.
#[derive(Debug, Clone, Copy)]
pub struct TrainConfig {
    pub epochs: usize,
    pub seed: u64,
    /// Averaged weights of the final model with absolute value below this are zeroed, and a
    /// feature left with no weight is dropped from the model file. The ensemble's mean holds
    /// many features that one run learnt a little (one perceptron step shared by 8 runs): 0.5
    /// drops ~45% of them at the same idner dev F1, but not yet the shipped default (see
    /// `--prune` in data/model/README.md).
    pub prune: f32,
    /// Lexical dropout: the chance that a token, on one visit, is seen without the features
    /// naming the word itself ([`Prepared::lexical_features`]).
    pub drop: f32,
    /// Lexical dropout only on tokens inside a gold name (else on every token).
    pub drop_names_only: bool,
    /// Hamming cost added to every wrong label while decoding a training sentence
    /// (loss-augmented decoding): updates until the gold path wins by a margin.
    pub cost: f32,
    /// The final model is the mean of the averaged weights of this many perceptron runs, each
    /// with its own sentence order (and dropout stream): one weight vector (more features
    /// survive pruning than in one run's) whose score hangs less on one order. The first-stage
    /// taggers of [`train`] stay single runs (averaging them did not change the final score).
    pub ensemble: usize,
    /// Training sentences from this index on are extra (silver) data: each is visited
    /// `extra_weight` times per epoch, at its own places in the shuffled order.
    pub extra_from: usize,
    pub extra_weight: usize,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            epochs: 9,
            seed: 0x006b_6c69_7069_6e67,
            prune: 0.05,
            drop: 0.0,
            drop_names_only: true,
            cost: 0.0,
            ensemble: 8,
            extra_from: usize::MAX,
            extra_weight: 1,
        }
    }
}

struct Avg {
    w: [f32; NL],
    acc: [f32; NL],
}

const FOLDS: usize = 5;

/// Trains a model; `log` receives progress lines.
///
/// With `unlabelled` news texts, training is stacked: first-stage taggers (one per fold, and
/// one on everything) tag the unlabelled news, and the names they find become the `auto`
/// lexicon feature of the final model. Each training sentence sees the lexicon of the
/// first-stage model that did not train on it.
pub fn train(
    data: &[Sentence],
    texts: GazetteerTexts,
    cfg: TrainConfig,
    unlabelled: &[String],
    mut log: impl FnMut(&str),
) -> Model {
    if unlabelled.is_empty() {
        return train_stage(data, texts, cfg, None, &mut log);
    }
    // The first-stage taggers only feed the `auto` list: `--prune` thins the final model alone
    // (the one its measurements were taken on), the `auto` list stays as it was.
    let cfg1 = TrainConfig {
        ensemble: 1,
        prune: FIRST_STAGE_PRUNE,
        ..cfg
    };
    let mut first = texts.clone();
    first.auto.clear();
    let mut fold_auto = Vec::with_capacity(FOLDS);
    for k in 0..FOLDS {
        let subset: Vec<Sentence> = data
            .iter()
            .enumerate()
            .filter(|(i, _)| i % FOLDS != k)
            .map(|(_, s)| s.clone())
            .collect();
        // The extra sentences stay last in a fold's subset: only the boundary moves.
        let cfg_k = TrainConfig {
            extra_from: (0..cfg.extra_from.min(data.len()))
                .filter(|i| i % FOLDS != k)
                .count(),
            ..cfg1
        };
        let m = train_stage(&subset, first.clone(), cfg_k, None, &mut |_| {});
        let lex = auto_lexicon(&m, unlabelled);
        log(&format!(
            "stage 1, fold {}: {} auto names",
            k + 1,
            lex.lines().count()
        ));
        fold_auto.push(parse_seen(&lex));
    }
    let all = train_stage(data, first, cfg1, None, &mut |_| {});
    let mut texts = texts;
    texts.auto = auto_lexicon(&all, unlabelled);
    log(&format!(
        "stage 1, all: {} auto names",
        texts.auto.lines().count()
    ));
    train_stage(data, texts, cfg, Some(&fold_auto), &mut log)
}

/// Names a tagger finds in unlabelled text, seen at least twice with one kind at least 70% of
/// the time: `PER|LOC|ORG<TAB>name` lines, sorted.
pub fn auto_lexicon(model: &Model, texts: &[String]) -> String {
    let mut counts: HashMap<String, [u32; 3]> = HashMap::new();
    for text in texts {
        for line in text.lines() {
            let toks = super::tokenize::tokenize(line);
            for r in super::tokenize::sentences(line, &toks) {
                let words: Vec<&str> = toks[r].iter().map(|t| t.text(line)).collect();
                for (a, b, k) in chunks(&model.tag_words(&words)) {
                    counts.entry(words[a..b].join(" ")).or_default()[k] += 1;
                }
            }
        }
    }
    let kinds = ["PER", "LOC", "ORG"];
    let mut rows: Vec<String> = counts
        .into_iter()
        .filter_map(|(name, c)| {
            let total: u32 = c.iter().sum();
            let (k, best) = c
                .iter()
                .enumerate()
                .max_by_key(|(i, n)| (**n, std::cmp::Reverse(*i)))?;
            (total >= 2 && f64::from(*best) >= 0.7 * f64::from(total))
                .then(|| format!("{}\t{name}", kinds[k]))
        })
        .collect();
    rows.sort();
    rows.join("\n")
}

fn train_stage(
    data: &[Sentence],
    texts: GazetteerTexts,
    cfg: TrainConfig,
    fold_auto: Option<&[SeenNames]>,
    log: &mut dyn FnMut(&str),
) -> Model {
    // Names annotated in training become a lexicon the model ships with. While training, each
    // sentence only sees the names of the other folds (jackknife), so the model learns how far
    // to trust the lexicon on names it has not memorised.
    let names: Vec<Vec<(usize, String)>> = data
        .iter()
        .map(|s| {
            let known: Vec<usize> = s
                .labels
                .iter()
                .map(|&l| if l == ANY_LABEL { 0 } else { l })
                .collect();
            chunks(&known)
                .into_iter()
                .map(|(a, b, k)| (k, s.words[a..b].join(" ")))
                .collect()
        })
        .collect();
    let kinds = ["PER", "LOC", "ORG"];
    let lines = |skip: Option<usize>| -> String {
        let mut rows: Vec<String> = names
            .iter()
            .enumerate()
            .filter(|(i, _)| skip != Some(i % FOLDS))
            .flat_map(|(_, n)| n.iter().map(|(k, name)| format!("{}\t{name}", kinds[*k])))
            .collect();
        rows.sort();
        rows.dedup();
        rows.join("\n")
    };
    let mut texts = texts;
    texts.seen = lines(None);
    let fold_maps: Vec<SeenNames> = (0..FOLDS).map(|k| parse_seen(&lines(Some(k)))).collect();
    let gaz = Gazetteer::new(&texts);
    // Each token's features, the `nlex` that name the word itself first (see `TrainConfig::drop`).
    let feats: Vec<Vec<Token>> = data
        .iter()
        .enumerate()
        .map(|(si, s)| {
            let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
            let lower: Vec<Lower> = words
                .iter()
                .map(|w| Lower::Owned(w.to_lowercase()))
                .collect();
            let flags = gaz.flags(&words, &lower);
            let auto = fold_auto.map_or(gaz.auto(), |f| &f[si % FOLDS]);
            let seen = name_flags(&fold_maps[si % FOLDS], auto, &words, &lower);
            let p = Prepared::with_parts(&words, lower.into(), flags.into(), seen.into(), &gaz);
            (0..p.len())
                .map(|i| {
                    let mut f = Vec::new();
                    p.features(i, &mut f);
                    let lex = p.lexical_features(i);
                    let (mut a, b): (Vec<u32>, Vec<u32>) =
                        f.into_iter().partition(|x| lex.contains(x));
                    let nlex = a.len();
                    a.extend(b);
                    Token { feats: a, nlex }
                })
                .collect()
        })
        .collect();
    let runs = cfg.ensemble.max(1);
    let mut sum: HashMap<u32, [f32; NL]> = HashMap::new();
    let mut trans = vec![0f32; (NL + 1) * NL];
    for run in 0..runs {
        // Run 0 keeps the configured seed, so `ensemble: 1` is the single model it always was.
        let seed = cfg.seed ^ (run as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let (w, t) = learn(data, &feats, cfg, seed, &mut |l: &str| {
            log(&format!("run {}/{runs}, {l}", run + 1));
        });
        for (k, v) in w {
            let e = sum.entry(k).or_insert([0.0; NL]);
            for (x, y) in e.iter_mut().zip(v) {
                *x += y;
            }
        }
        for (x, y) in trans.iter_mut().zip(t) {
            *x += y;
        }
    }
    let n = runs as f32;
    trans.iter_mut().for_each(|x| *x /= n);
    let mut feats_out: Vec<(u32, [f32; NL])> = sum
        .into_iter()
        .map(|(k, a)| {
            let w = a.map(|v| {
                let v = v / n;
                if v.abs() < cfg.prune {
                    0.0
                } else {
                    v
                }
            });
            (k, w)
        })
        .filter(|(_, w)| w.iter().any(|x| *x != 0.0))
        .collect();
    feats_out.sort_by_key(|(k, _)| *k);
    Model::from_parts(texts, trans, &feats_out)
}

/// One training token: its feature hashes, the first `nlex` of them lexical.
struct Token {
    feats: Vec<u32>,
    nlex: usize,
}

/// A xorshift64 step (deterministic streams for the shuffle and the dropout).
fn xorshift(rng: &mut u64) -> u64 {
    *rng ^= *rng << 13;
    *rng ^= *rng >> 7;
    *rng ^= *rng << 17;
    *rng
}

/// One averaged-perceptron run over `data` in the order `seed` shuffles it: the averaged
/// feature weights (unpruned) and transitions.
fn learn(
    data: &[Sentence],
    feats: &[Vec<Token>],
    cfg: TrainConfig,
    seed: u64,
    log: &mut dyn FnMut(&str),
) -> (HashMap<u32, [f32; NL]>, Vec<f32>) {
    let mut weights: HashMap<u32, Avg> = HashMap::new();
    let mut trans = vec![0f32; (NL + 1) * NL];
    let mut trans_acc = vec![0f32; (NL + 1) * NL];
    let mut order: Vec<usize> = (0..data.len())
        .flat_map(|i| {
            let n = if i >= cfg.extra_from {
                cfg.extra_weight.max(1)
            } else {
                1
            };
            std::iter::repeat_n(i, n)
        })
        .collect();
    let mut rng = seed;
    // Its own stream, so a dropout rate does not change the sentence order.
    let mut drng = seed ^ 0x5851_f42d_4c95_7f2d;
    let threshold = (f64::from(cfg.drop.clamp(0.0, 1.0)) * (1u64 << 32) as f64) as u64;
    let mut c = 1f32;
    let mut active: Vec<&[u32]> = Vec::new();
    for epoch in 0..cfg.epochs {
        // Fisher-Yates with a fixed xorshift stream.
        for i in (1..order.len()).rev() {
            let r = xorshift(&mut rng);
            order.swap(i, (r % (i as u64 + 1)) as usize);
        }
        let mut errors = 0usize;
        let mut total = 0usize;
        for &si in &order {
            let s = &data[si];
            active.clear();
            for (t, &g) in feats[si].iter().zip(&s.labels) {
                let dropped = threshold > 0
                    && (g != 0 || !cfg.drop_names_only)
                    && (xorshift(&mut drng) >> 32) < threshold;
                active.push(if dropped {
                    &t.feats[t.nlex..]
                } else {
                    &t.feats
                });
            }
            let em: Vec<[f32; NL]> = active
                .iter()
                .zip(&s.labels)
                .map(|(fs, &g)| {
                    let mut a = [0f32; NL];
                    for f in fs.iter() {
                        if let Some(w) = weights.get(f) {
                            for (x, y) in a.iter_mut().zip(&w.w) {
                                *x += y;
                            }
                        }
                    }
                    if cfg.cost > 0.0 {
                        for (y, x) in a.iter_mut().enumerate() {
                            if y != g {
                                *x += cfg.cost;
                            }
                        }
                    }
                    a
                })
                .collect();
            let pred = viterbi(&em, &trans);
            // With open labels, the gold path is the model's best one through the known labels.
            let latent;
            let gold: &[usize] = if s.labels.contains(&ANY_LABEL) {
                let fixed: Vec<[f32; NL]> = em
                    .iter()
                    .zip(&s.labels)
                    .map(|(e, &g)| {
                        let mut e = *e;
                        if g != ANY_LABEL {
                            for (y, x) in e.iter_mut().enumerate() {
                                if y != g {
                                    *x = -1e9;
                                }
                            }
                        }
                        e
                    })
                    .collect();
                latent = viterbi(&fixed, &trans);
                &latent
            } else {
                &s.labels
            };
            total += pred.len();
            if pred != gold {
                for (i, (&g, &p)) in gold.iter().zip(&pred).enumerate() {
                    let gp = if i == 0 { NL } else { gold[i - 1] };
                    let pp = if i == 0 { NL } else { pred[i - 1] };
                    if g != p || gp != pp {
                        trans[gp * NL + g] += 1.0;
                        trans_acc[gp * NL + g] += c;
                        trans[pp * NL + p] -= 1.0;
                        trans_acc[pp * NL + p] -= c;
                    }
                    if g == p {
                        continue;
                    }
                    errors += 1;
                    for f in active[i].iter() {
                        let e = weights.entry(*f).or_insert(Avg {
                            w: [0.0; NL],
                            acc: [0.0; NL],
                        });
                        e.w[g] += 1.0;
                        e.acc[g] += c;
                        e.w[p] -= 1.0;
                        e.acc[p] -= c;
                    }
                }
            }
            c += 1.0;
        }
        log(&format!(
            "epoch {}: {errors} token errors / {total}",
            epoch + 1
        ));
    }
    let avg_trans: Vec<f32> = trans
        .iter()
        .zip(&trans_acc)
        .map(|(w, a)| w - a / c)
        .collect();
    let avg = weights
        .into_iter()
        .map(|(k, a)| {
            let mut w = [0f32; NL];
            for ((x, wy), ay) in w.iter_mut().zip(&a.w).zip(&a.acc) {
                *x = wy - ay / c;
            }
            (k, w)
        })
        .collect();
    (avg, avg_trans)
}

/// Precision / recall / F1 counts for one kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Entity-level exact-match scores.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scores {
    /// PER, LOC, ORG.
    pub per_kind: [(&'static str, Counts); 3],
    pub micro: Counts,
}

/// `(start, end_exclusive, kind)` chunks of a BIO label sequence; kind 0=PER 1=LOC 2=ORG.
pub fn chunks(labels: &[usize]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < labels.len() {
        let l = labels[i];
        if l == 0 {
            i += 1;
            continue;
        }
        let kind = (l - 1) / 2;
        let mut j = i + 1;
        while j < labels.len() && labels[j] == 2 * kind + 2 {
            j += 1;
        }
        out.push((i, j, kind));
        i = j;
    }
    out
}

/// Tags every sentence of `data` with `model` and scores it against the gold labels.
pub fn evaluate(model: &Model, data: &[Sentence]) -> Scores {
    let mut scores = Scores {
        per_kind: [
            ("PER", Counts::default()),
            ("LOC", Counts::default()),
            ("ORG", Counts::default()),
        ],
        ..Default::default()
    };
    for s in data {
        let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
        let pred = model.tag_words(&words);
        let gold = chunks(&s.labels);
        let got = chunks(&pred);
        for g in &gold {
            if got.contains(g) {
                scores.per_kind[g.2].1.tp += 1;
            } else {
                scores.per_kind[g.2].1.fn_ += 1;
            }
        }
        for p in &got {
            if !gold.contains(p) {
                scores.per_kind[p.2].1.fp += 1;
            }
        }
    }
    for (_, c) in &scores.per_kind {
        scores.micro.tp += c.tp;
        scores.micro.fp += c.fp;
        scores.micro.fn_ += c.fn_;
    }
    scores
}
