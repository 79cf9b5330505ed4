//! `kliping eval-entities`: scores per-article entity lists against the hand-made gold in
//! `data/gold/entities/` (see its GUIDELINES.md for what counts and how names match).
//!
//! Each gold record goes through exactly what a user's file goes through
//! ([`score_set`]).

use std::path::Path;
use std::process::ExitCode;

use kliping_core::entities::article_eval::{score_set, GoldSet, Scores, BLIND_SETS, GOLD_SETS};

/// `root` is the repository root (holding `data/`); `model` overrides the built-in model;
/// `errors` lists every disagreement with the development set, `heldout_errors` those with the
/// held-out sets it names. Held-out errors are opt-in and per set because a held-out set
/// measures unseen text only while nobody tuning the extractor has read them; a set in
/// [`BLIND_SETS`] is refused outright, so no typo or habit can spend it. `only`, when not
/// empty, names the sets to score (the others are skipped, so a quick check of one set does not
/// pay for all of them).
pub fn run(
    root: &Path,
    model: Option<&Path>,
    errors: bool,
    heldout_errors: &[String],
    only: &[String],
) -> ExitCode {
    if let Err(err) = crate::gold::check_set_names(only, GOLD_SETS) {
        eprintln!("kliping: {err}");
        return ExitCode::FAILURE;
    }
    for name in heldout_errors {
        if BLIND_SETS.contains(&name.as_str()) {
            eprintln!("kliping: {name} is blind: its errors are not printed (see GUIDELINES.md)");
            return ExitCode::FAILURE;
        }
        if !GOLD_SETS.contains(&name.as_str()) || !name.contains("heldout") {
            eprintln!(
                "kliping: --heldout-errors: {name} is not a held-out set ({})",
                GOLD_SETS
                    .iter()
                    .filter(|s| s.contains("heldout") && !BLIND_SETS.contains(s))
                    .copied()
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            return ExitCode::FAILURE;
        }
    }
    let indosum = match crate::gold::read_indosum(root) {
        Ok(t) => t,
        Err(err) => {
            eprintln!("kliping: {err}");
            return ExitCode::FAILURE;
        }
    };
    let lines: Vec<&str> = indosum.lines().collect();
    let model = match crate::tag::load_model(model) {
        Ok(m) => m,
        Err(err) => {
            eprintln!("kliping: {err}");
            return ExitCode::FAILURE;
        }
    };
    let mut total = Scores::default();
    for set in GOLD_SETS {
        if !only.is_empty() && !only.iter().any(|n| n == set) {
            continue;
        }
        let path = root.join("data/gold/entities").join(set);
        let gold: GoldSet = match crate::gold::read_set(&path) {
            Ok(g) => g,
            Err(err) => {
                eprintln!("kliping: {err}");
                return ExitCode::FAILURE;
            }
        };
        let scores = match score_set(&model, &gold, &lines) {
            Ok(s) => s,
            Err(err) => {
                eprintln!("kliping: {set}: {err}");
                return ExitCode::FAILURE;
            }
        };
        println!(
            "== {set} ({} articles)\n{}",
            gold.articles.len(),
            scores.report()
        );
        let heldout = set.contains("heldout");
        let print = if heldout {
            // Checked again here so that no path prints a blind set's errors.
            !BLIND_SETS.contains(set) && heldout_errors.iter().any(|n| n == set)
        } else {
            errors
        };
        if print {
            for (article, miss) in &scores.misses {
                println!("  {article}: {miss:?}");
            }
        }
        total.merge(&scores);
    }
    let label = if only.is_empty() {
        "all sets"
    } else {
        "these sets"
    };
    println!("== {label}\n{}", total.report());
    ExitCode::SUCCESS
}
