//! `kliping speaker-cv`: measures the learnt speaker chooser (`kliping_core::quotes::chooser`)
//! on the quote gold sets that are not blind: candidate recall, and speaker accuracy by
//! leave-one-set-out cross-validation, with and without the rule-choice features.
//! The blind sets (`quotes::eval::BLIND_SETS`) are never read.

use std::path::Path;
use std::process::ExitCode;

use kliping_core::quotes::chooser::{key_of, output_key, train, Example};
use kliping_core::quotes::eval::{pairs, GoldSet, BLIND_SETS, GOLD_SETS};
use kliping_core::quotes::extract_quotes_with_candidates;

/// The training examples of every non-blind gold set, by set, and the rules' correct count.
pub fn examples(root: &Path) -> Result<Vec<(String, Vec<Example>)>, String> {
    let indosum = crate::gold::read_indosum(root)?;
    let lines: Vec<&str> = indosum.lines().collect();
    let model = kliping_core::entities::Model::builtin();
    let mut out = Vec::new();
    for set in GOLD_SETS.iter().filter(|s| !BLIND_SETS.contains(s)) {
        let gold: GoldSet = crate::gold::read_set(&root.join("data/gold/quotes").join(set))?;
        let mut exs = Vec::new();
        for a in &gold.articles {
            let Some((_, article)) = crate::quote_eval::article_of(root, set, a, &lines)? else {
                continue;
            };
            let x = kliping_core::entities::extract(model, &article);
            let (quotes, qcs) = extract_quotes_with_candidates(&article, &x.entities);
            let mut g = vec![None; quotes.len()];
            for (gi, pi) in pairs(&a.quotes, &quotes) {
                g[pi] = Some(key_of(&a.quotes[gi].speaker));
            }
            exs.push(Example { qcs, gold: g });
        }
        out.push((set.to_string(), exs));
    }
    Ok(out)
}

pub fn cv(root: &Path, epochs: usize) -> ExitCode {
    let sets = match examples(root) {
        Ok(s) => s,
        Err(err) => {
            eprintln!("kliping: {err}");
            return ExitCode::FAILURE;
        }
    };
    // Candidate recall and the rules' own accuracy, on the quotes that match a gold quote.
    let (mut matched, mut named, mut named_found, mut rule_ok, mut ncands) = (0, 0, 0, 0, 0);
    for (_, exs) in &sets {
        for ex in exs {
            for (qc, g) in ex.qcs.iter().zip(&ex.gold) {
                let Some(g) = g else { continue };
                matched += 1;
                ncands += qc.cands.len();
                if qc.rule_key == *g {
                    rule_ok += 1;
                }
                if !g.is_empty() {
                    named += 1;
                    if qc.cands.iter().any(|c| c.key == *g) {
                        named_found += 1;
                    }
                }
            }
        }
    }
    let found = named_found + (matched - named);
    println!(
        "matched quotes {matched}, named gold speakers {named}; candidates per quote {:.1}",
        ncands as f64 / matched.max(1) as f64
    );
    println!(
        "candidate recall {:.3} ({found}/{matched}); named speakers {:.3} ({named_found}/{named})",
        found as f64 / matched.max(1) as f64,
        named_found as f64 / named.max(1) as f64
    );
    println!(
        "rules (tuned on these sets) {:.3} ({rule_ok}/{matched})",
        rule_ok as f64 / matched.max(1) as f64
    );
    println!(
        "{:<26} {:>7} {:>9} {:>9} {:>9}",
        "held-out set", "quotes", "rules", "chooser", "+rule-ft"
    );
    let mut tot = [0usize; 4];
    let mut hyb = 0usize;
    // Chooser (no rule features) errors: [gold nobody, chose a name], [gold a name, chose
    // nobody], [another name], [gold not among the candidates].
    let mut kinds = [0usize; 4];
    let show = std::env::var("KLIPING_CV_ERRORS").is_ok();
    // Where the chooser (no rule features) and the rules agree and disagree: [agree, both
    // right, disagree, rules right, chooser right].
    let mut agree = [0usize; 5];
    for (i, (name, held)) in sets.iter().enumerate() {
        let train_set: Vec<&Example> = sets
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .flat_map(|(_, (_, e))| e.iter())
            .collect();
        let plain = train(&train_set, epochs, false);
        let with_rules = train(&train_set, epochs, true);
        let mut c = [0usize; 4];
        for ex in held {
            let d0 = plain.decode(&ex.qcs);
            let d1 = with_rules.decode(&ex.qcs);
            for (k, (qc, g)) in ex.qcs.iter().zip(&ex.gold).enumerate() {
                let Some(g) = g else { continue };
                c[0] += 1;
                c[1] += usize::from(qc.rule_key == *g);
                c[2] += usize::from(output_key(qc, d0[k]) == g);
                c[3] += usize::from(output_key(qc, d1[k]) == g);
                let chosen = output_key(qc, d0[k]);
                if chosen == qc.rule_key {
                    agree[0] += 1;
                    agree[1] += usize::from(chosen == g);
                } else {
                    agree[2] += 1;
                    agree[3] += usize::from(qc.rule_key == *g);
                    agree[4] += usize::from(chosen == g);
                }
                if chosen != g {
                    let e = if !qc.cands.iter().any(|c| c.key == *g) {
                        3
                    } else if g.is_empty() {
                        0
                    } else if chosen.is_empty() {
                        1
                    } else {
                        2
                    };
                    kinds[e] += 1;
                    if show {
                        let feats = |key: &str| {
                            qc.cands
                                .iter()
                                .find(|c| c.key == key)
                                .map(|c| c.feats.join(" "))
                                .unwrap_or_default()
                        };
                        println!(
                            "  {name} p{} {:?}: gold {g:?} [{}] chose {chosen:?} [{}] rules {:?}",
                            qc.para,
                            qc.tags,
                            feats(g),
                            feats(chosen),
                            qc.cands[qc.rule].key
                        );
                    }
                }
                // Hybrid: the rules, but the chooser where the rules name nobody.
                let h = if qc.rule_key.is_empty() {
                    output_key(qc, d0[k])
                } else {
                    &qc.rule_key
                };
                hyb += usize::from(h == g);
            }
        }
        let r = |x: usize| x as f64 / c[0].max(1) as f64;
        println!(
            "{name:<26} {:>7} {:>9.3} {:>9.3} {:>9.3}",
            c[0],
            r(c[1]),
            r(c[2]),
            r(c[3])
        );
        for k in 0..4 {
            tot[k] += c[k];
        }
    }
    let r = |x: usize| x as f64 / tot[0].max(1) as f64;
    println!(
        "{:<26} {:>7} {:>9.3} {:>9.3} {:>9.3}",
        "pooled",
        tot[0],
        r(tot[1]),
        r(tot[2]),
        r(tot[3])
    );
    println!(
        "hybrid (rules; chooser without rule features where the rules say nobody) {:.3}",
        r(hyb)
    );
    println!(
        "chooser and rules agree on {} quotes ({} right), disagree on {} (rules right {}, chooser right {}, neither {})",
        agree[0],
        agree[1],
        agree[2],
        agree[3],
        agree[4],
        agree[2] - agree[3] - agree[4]
    );
    println!(
        "chooser errors: gold nobody/chose a name {}, gold a name/chose nobody {}, another name {}, gold not a candidate {}",
        kinds[0], kinds[1], kinds[2], kinds[3]
    );
    ExitCode::SUCCESS
}

/// `kliping train-speakers`: trains the chooser (without rule features) on every non-blind
/// set, in their fixed order, and writes its weights (deterministic: same inputs, same bytes).
pub fn train_cmd(root: &Path, out: &Path, epochs: usize) -> ExitCode {
    let sets = match examples(root) {
        Ok(s) => s,
        Err(err) => {
            eprintln!("kliping: {err}");
            return ExitCode::FAILURE;
        }
    };
    let all: Vec<&Example> = sets.iter().flat_map(|(_, e)| e.iter()).collect();
    let w = train(&all, epochs, false);
    let text = w.to_text();
    if let Err(err) = std::fs::write(out, &text) {
        eprintln!("kliping: {}: {err}", out.display());
        return ExitCode::FAILURE;
    }
    let (mut n, mut ok) = (0, 0);
    for ex in &all {
        let d = w.decode(&ex.qcs);
        for (k, (qc, g)) in ex.qcs.iter().zip(&ex.gold).enumerate() {
            if let Some(g) = g {
                n += 1;
                ok += usize::from(output_key(qc, d[k]) == g);
            }
        }
    }
    println!(
        "{} features, {} bytes; training-set speaker accuracy {:.3} ({ok}/{n})",
        text.lines().count().saturating_sub(1),
        text.len(),
        ok as f64 / n.max(1) as f64
    );
    ExitCode::SUCCESS
}
