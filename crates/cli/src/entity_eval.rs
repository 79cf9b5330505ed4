//! `kliping eval-entities`: scores per-article entity lists against the hand-made gold in
//! `data/gold/entities/` (see its GUIDELINES.md for what counts and how names match).
//!
//! Each gold record goes through exactly what a user's file goes through: the indosum line is
//! parsed as an ndjson file, analysed, and the set is canonicalised as one run, the way
//! `kliping extract` does it.

use std::path::Path;
use std::process::ExitCode;

use kliping_core::entities::article_eval::{GoldSet, Scores, GOLD_SETS};
use kliping_core::entities::Model;
use kliping_core::{parse_file, pipeline, Input};

/// `root` is the repository root (holding `data/`); `errors` lists every disagreement.
pub fn run(root: &Path, errors: bool) -> ExitCode {
    let indosum = match std::fs::read_to_string(root.join("data/indosum/indosum-dev.ndjson")) {
        Ok(t) => t,
        Err(err) => {
            eprintln!(
                "kliping: cannot read data/indosum/indosum-dev.ndjson under {}: {err}",
                root.display()
            );
            return ExitCode::FAILURE;
        }
    };
    let lines: Vec<&str> = indosum.lines().collect();
    let model = Model::builtin();
    let mut total = Scores::default();
    for set in GOLD_SETS {
        let path = root.join("data/gold/entities").join(set);
        let gold: GoldSet = match std::fs::read_to_string(&path)
            .map_err(|e| e.to_string())
            .and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string()))
        {
            Ok(g) => g,
            Err(err) => {
                eprintln!("kliping: {}: {err}", path.display());
                return ExitCode::FAILURE;
            }
        };
        let mut docs = Vec::new();
        for a in &gold.articles {
            let Some(line) = lines.get(a.line.wrapping_sub(1)) else {
                eprintln!("kliping: {set}: no indosum record on line {}", a.line);
                return ExitCode::FAILURE;
            };
            let name = format!("{}.ndjson", a.id);
            let input = Input {
                name: &name,
                bytes: line.as_bytes(),
                modified_ms: None,
            };
            match parse_file(input).into_iter().next() {
                Some(Ok(article)) => docs.push(pipeline::analyze(model, article)),
                Some(Err(err)) => {
                    eprintln!("kliping: {set}: line {}: {err}", a.line);
                    return ExitCode::FAILURE;
                }
                None => {
                    eprintln!("kliping: {set}: line {} holds no article", a.line);
                    return ExitCode::FAILURE;
                }
            }
        }
        pipeline::canonicalize(model, &mut docs);
        let mut scores = Scores::default();
        for (a, doc) in gold.articles.iter().zip(&docs) {
            scores.add(&a.id, &a.entities, &doc.entities);
        }
        println!(
            "== {set} ({} articles)\n{}",
            gold.articles.len(),
            scores.report()
        );
        if errors {
            for (article, miss) in &scores.misses {
                println!("  {article}: {miss:?}");
            }
        }
        total.merge(&scores);
    }
    println!("== all sets\n{}", total.report());
    ExitCode::SUCCESS
}
