//! Quote extraction scored against the hand-made gold in `data/gold/quotes/`.
//!
//! Run with `--nocapture` to see the score table; set `KLIPING_QUOTE_MISSES=1` to also list
//! every disagreement with the gold.

#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use kliping_core::quotes::eval::{article_from_blocks, article_from_lines, GoldSet, Scores};
use kliping_core::quotes::extract_quotes;

fn data() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data")
}

fn load(name: &str) -> GoldSet {
    let text = std::fs::read_to_string(data().join("gold/quotes").join(name)).expect("gold file");
    serde_json::from_str(&text).expect("gold parses")
}

fn score_seeds() -> Scores {
    let mut scores = Scores::default();
    for a in load("seeds.json").articles {
        let file = a.file.as_deref().expect("seed gold names its file");
        let text = std::fs::read_to_string(data().join("..").join(file)).expect("seed file");
        let article = article_from_lines(file, &text);
        scores.add(file, &a.quotes, &extract_quotes(&article, &[]));
    }
    scores
}

fn score_indosum(gold_file: &str) -> Scores {
    let ndjson =
        std::fs::read_to_string(data().join("indosum/indosum-dev.ndjson")).expect("indosum");
    let lines: Vec<&str> = ndjson.lines().collect();
    let mut scores = Scores::default();
    let gold = load(gold_file);
    for a in gold.articles {
        let line = a.line.expect("indosum gold has a line number");
        let record: serde_json::Value = serde_json::from_str(lines[line - 1]).expect("record");
        assert_eq!(
            record["id"].as_str(),
            a.id.as_deref(),
            "gold line {line} points at its id"
        );
        let text = record["text"].as_str().expect("text");
        let article = article_from_blocks(a.id.as_deref().unwrap_or(""), text);
        scores.add(
            a.id.as_deref().unwrap_or(""),
            &a.quotes,
            &extract_quotes(&article, &[]),
        );
    }
    scores
}

fn show(name: &str, s: &Scores) {
    println!("== {name}\n{}", s.report());
    if std::env::var_os("KLIPING_QUOTE_MISSES").is_some() {
        for (article, miss) in &s.misses {
            println!("{article}: {miss:?}");
        }
    }
}

#[test]
fn seeds_against_gold() {
    let s = score_seeds();
    show("seeds", &s);
    assert!(s.direct.precision() >= 0.0 && s.direct.recall() >= 0.0);
}

#[test]
fn indosum_against_gold() {
    assert!(
        load("indosum-dev.json").articles.len() >= 30,
        "at least 30 annotated indosum articles"
    );
    let s = score_indosum("indosum-dev.json");
    show("indosum-dev", &s);
    assert!(s.direct.precision() >= 0.0 && s.direct.recall() >= 0.0);
}

/// Annotated after the extractor was frozen and never used to tune it: the honest number.
#[test]
fn indosum_heldout_against_gold() {
    let s = score_indosum("indosum-heldout.json");
    show("indosum-heldout", &s);
    assert!(s.direct.precision() >= 0.0 && s.direct.recall() >= 0.0);
}
