//! `kliping train --extra-gold`: the article-level entity gold (`data/gold/entities/*.json`)
//! projected onto its articles' text as silver sentence annotations, so the tagger also learns
//! from IndoSum's own outlets and topics (footballers, gadgets) and not from idner-news-2k's one
//! outlet alone.
//!
//! Projection (see "Extra gold" in data/model/README.md for why each choice):
//! * every occurrence of an entry's `name` or `also` form, token for token and case for case,
//!   is labelled with the entry's kind; a person's single name words (`Gladkov` of `Vyacheslav
//!   Gladkov`) too, since the gold lists a person once under the full name while the text names
//!   them by one word afterwards; full forms beat name words, then the longest match wins;
//! * an optional entry (facility, event, outlet in a dateline, ambiguous kind) has no label the
//!   gold vouches for: its tokens are left open ([`ANY_LABEL`]: training takes the model's own
//!   best labels there), and, being matched, it keeps the names inside it unlabelled too;
//! * a place is labelled only after a locative word (`di`, `ke`, `wilayah` …), idner-news-2k's
//!   convention; where it acts or modifies (`Presiden Taiwan`) it is left open;
//! * titles and roles (`Presiden`, `Gubernur`) are outside the gold names, so they stay `O`,
//!   as in idner-news-2k; so does every other unlisted word: the gold lists every person, place
//!   and organisation an article names, and what it leaves out is not one (demonyms, products,
//!   laws, days).
//!
//! Tokenised and split into sentences exactly as the tagger sees an article's lines
//! ([`tokenize`], [`sentences`]).

use std::path::Path;

use kliping_core::entities::article_eval::{GoldSet, BLIND_SETS};
use kliping_core::entities::tokenize::{sentences, tokenize};
use kliping_core::entities::train::{Sentence, ANY_LABEL};

/// Words before a place that idner-news-2k labels (`di Indonesia`, `ke wilayah Israel`).
const LOCATIVE: &[&str] = &[
    "di",
    "ke",
    "dari",
    "wilayah",
    "kawasan",
    "kota",
    "provinsi",
    "kabupaten",
    "daerah",
    "pulau",
    "menuju",
    "negara",
];
use kliping_core::entities::EntityKind;

/// Words that start a person's name but name nobody alone (`De Gea`, `Van Dijk`, `bin`).
const NAME_PARTICLES: &[&str] = &[
    "Al", "Bin", "Binti", "Da", "De", "Del", "Della", "Der", "Di", "Dos", "Du", "El", "La", "Le",
    "Van", "Von",
];

/// How the projection went, for the training log.
#[derive(Default, Debug)]
pub struct Stats {
    pub articles: usize,
    pub sentences: usize,
    /// Name occurrences left open ([`ANY_LABEL`]).
    pub open: usize,
    pub names: usize,
}

struct Form {
    words: Vec<String>,
    /// Index into `LABELS` of the B- label; `None` for an optional entry.
    label: Option<usize>,
    /// A full name or alias (0) or one word of a person's name (1).
    rank: u8,
}

fn words(s: &str) -> Vec<String> {
    tokenize(s).iter().map(|t| t.text(s).to_string()).collect()
}

fn forms(entities: &[kliping_core::entities::article_eval::GoldEntity]) -> Vec<Form> {
    let mut out = Vec::new();
    for e in entities {
        let label = (!e.optional).then_some(match e.kind {
            EntityKind::Person => 1,
            EntityKind::Place => 3,
            EntityKind::Organization => 5,
        });
        for name in std::iter::once(&e.name).chain(&e.also) {
            let w = words(name);
            if w.is_empty() {
                continue;
            }
            if label == Some(1) && w.len() > 1 {
                for part in &w {
                    let capital = part.chars().next().is_some_and(char::is_uppercase);
                    if capital
                        && part.chars().count() >= 3
                        && !NAME_PARTICLES.contains(&part.as_str())
                    {
                        out.push(Form {
                            words: vec![part.clone()],
                            label,
                            rank: 1,
                        });
                    }
                }
            }
            out.push(Form {
                words: w,
                label,
                rank: 0,
            });
        }
    }
    out
}

/// Labels one sentence's `words`: the labels, how many names got one, how many were left open.
fn label(words: &[&str], forms: &[Form]) -> (Vec<usize>, usize, usize) {
    // (rank, -len, start, form): full forms first, then longer, then earlier.
    let mut cands: Vec<(u8, usize, usize, usize)> = Vec::new();
    for (fi, f) in forms.iter().enumerate() {
        let n = f.words.len();
        if n > words.len() {
            continue;
        }
        for s in 0..=words.len() - n {
            if words[s..s + n].iter().zip(&f.words).all(|(a, b)| *a == b) {
                cands.push((f.rank, usize::MAX - n, s, fi));
            }
        }
    }
    cands.sort();
    let mut labels = vec![0usize; words.len()];
    let mut taken = vec![false; words.len()];
    let (mut names, mut open) = (0, 0);
    for (_, inv, s, fi) in cands {
        let n = usize::MAX - inv;
        if taken[s..s + n].iter().any(|t| *t) {
            continue;
        }
        taken[s..s + n].iter_mut().for_each(|t| *t = true);
        // idner-news-2k labels a place only where it is a location (`di Indonesia`), the gold
        // also where it acts or modifies (`Presiden Taiwan`): left open there, the two
        // sources never teach opposite labels for the same use.
        let open_place = forms[fi].label == Some(3)
            && !s
                .checked_sub(1)
                .is_some_and(|p| LOCATIVE.contains(&words[p].to_lowercase().as_str()));
        match forms[fi].label {
            Some(b) if !open_place => {
                labels[s] = b;
                labels[s + 1..s + n].iter_mut().for_each(|l| *l = b + 1);
                names += 1;
            }
            _ => {
                labels[s..s + n].iter_mut().for_each(|l| *l = ANY_LABEL);
                open += 1;
            }
        }
    }
    (labels, names, open)
}

/// The silver sentences of the gold `sets` (file names under `data/gold/entities/`), in set and
/// article order. Refuses a blind set.
pub fn project(data: &Path, sets: &[String]) -> Result<(Vec<Sentence>, Stats), String> {
    let indosum = crate::gold::read_indosum(&data.join(".."))?;
    let lines: Vec<&str> = indosum.lines().collect();
    let mut out = Vec::new();
    let mut stats = Stats::default();
    for set in sets {
        if BLIND_SETS.contains(&set.as_str()) {
            return Err(format!(
                "--extra-gold: {set} is blind and may not be trained on"
            ));
        }
        let gold: GoldSet = crate::gold::read_set(&data.join("gold/entities").join(set))?;
        for a in &gold.articles {
            let record = lines
                .get(a.line.wrapping_sub(1))
                .ok_or_else(|| format!("{set}: no indosum record on line {}", a.line))?;
            let v: serde_json::Value =
                serde_json::from_str(record).map_err(|e| format!("{set}: line {}: {e}", a.line))?;
            if v.get("id").and_then(|i| i.as_str()) != Some(a.id.as_str()) {
                return Err(format!("{set}: line {} is not record {}", a.line, a.id));
            }
            let text = v.get("text").and_then(|t| t.as_str()).unwrap_or("");
            let forms = forms(&a.entities);
            stats.articles += 1;
            for line in text.lines() {
                let toks = tokenize(line);
                for r in sentences(line, &toks) {
                    let w: Vec<&str> = toks[r].iter().map(|t| t.text(line)).collect();
                    if w.is_empty() {
                        continue;
                    }
                    let (labels, names, open) = label(&w, &forms);
                    stats.sentences += 1;
                    stats.names += names;
                    stats.open += open;
                    out.push(Sentence {
                        words: w.iter().map(|s| s.to_string()).collect(),
                        labels,
                    });
                }
            }
        }
    }
    Ok((out, stats))
}

#[cfg(test)]
mod tests {
    use super::*;
    use kliping_core::entities::article_eval::GoldEntity;

    fn entity(name: &str, kind: EntityKind, also: &[&str], optional: bool) -> GoldEntity {
        GoldEntity {
            name: name.into(),
            kind,
            also: also.iter().map(|s| s.to_string()).collect(),
            optional,
        }
    }

    /// The sentence's labels, `?` for an open one.
    fn tags(sentence: &str, gold: &[GoldEntity]) -> String {
        let w = words(sentence);
        let w: Vec<&str> = w.iter().map(String::as_str).collect();
        let (labels, _, _) = label(&w, &forms(gold));
        labels
            .iter()
            .map(|l| {
                kliping_core::entities::model::LABELS
                    .get(*l)
                    .copied()
                    .unwrap_or("?")
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn longest_form_wins_surnames_are_people_and_only_locations_are_places() {
        let gold = [
            entity("Ridwan Kamil", EntityKind::Person, &[], false),
            entity("Jawa Barat", EntityKind::Place, &[], false),
            entity(
                "Perserikatan Bangsa-Bangsa",
                EntityKind::Organization,
                &["PBB"],
                false,
            ),
        ];
        assert_eq!(
            tags(
                "Gubernur Jawa Barat Ridwan Kamil menemui PBB di Jawa Barat .",
                &gold
            ),
            "O ? ? B-PER I-PER O B-ORG O B-LOC I-LOC O"
        );
        assert_eq!(
            tags(
                "Kamil mengatakan , Perserikatan Bangsa-Bangsa setuju",
                &gold
            ),
            "B-PER O O B-ORG I-ORG O"
        );
    }

    #[test]
    fn an_optional_entry_is_left_open() {
        let gold = [
            entity("Persib Bandung", EntityKind::Organization, &[], false),
            entity("Bandung", EntityKind::Place, &[], true),
            entity(
                "Stadion Gelora Bandung Lautan Api",
                EntityKind::Place,
                &[],
                true,
            ),
        ];
        // `Bandung` inside the club's name is the club's, not the optional place.
        assert_eq!(tags("Persib Bandung menang", &gold), "B-ORG I-ORG O");
        assert_eq!(
            tags("Laga di Stadion Gelora Bandung Lautan Api", &gold),
            "O O ? ? ? ? ?"
        );
    }
}
