//! Runs `pipeline::analyze` over IndoSum dev `N` times (default 3) and prints MB/s of body
//! text: a plain loop to put under a profiler (`perf record`), which criterion's harness is not.
//!
//! `cargo run --profile release-native -p kliping-core --example analyze_loop -- [N] [all|entities|quotes] [ARTICLES]`

use kliping_core::entities::{extract, Model};
use kliping_core::pipeline::analyze;
use kliping_core::quotes::extract_quotes;
use kliping_core::{parse_file, Input};
use std::time::Instant;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(3);
    let only = args.next().unwrap_or_default();
    let limit: usize = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(usize::MAX);
    let model =
        Model::from_bytes(&std::fs::read(format!("{ROOT}/data/model/ner.bin")).unwrap()).unwrap();
    let bytes = std::fs::read(format!("{ROOT}/data/indosum/indosum-dev.ndjson")).unwrap();
    let articles: Vec<_> = parse_file(Input::new("indosum-dev.ndjson", &bytes))
        .into_iter()
        .filter_map(Result::ok)
        .take(limit)
        .collect();
    let body: usize = articles
        .iter()
        .flat_map(|a| &a.paragraphs)
        .map(String::len)
        .sum();
    let extractions: Vec<_> = if only == "quotes" {
        articles.iter().map(|a| extract(&model, a)).collect()
    } else {
        Vec::new()
    };
    let t = Instant::now();
    let mut sink = 0usize;
    for _ in 0..n {
        for (k, a) in articles.iter().enumerate() {
            sink += match only.as_str() {
                "entities" => extract(&model, a).entities.len(),
                "quotes" => extract_quotes(a, &extractions[k].entities).len(),
                _ => analyze(&model, a.clone()).quotes.len(),
            };
        }
    }
    let s = t.elapsed().as_secs_f64();
    println!(
        "{} articles, {:.2} MB body, {n} rounds: {:.2} s, {:.2} MB/s ({sink})",
        articles.len(),
        body as f64 / 1e6,
        s,
        (body * n) as f64 / 1e6 / s
    );
}
