//! Parser throughput over all of IndoSum dev (3,398 articles, ~8 MB): once as a single NDJSON
//! input, and record by record as separate `.txt` files (the per-file path: decode, split,
//! clean). Run with `cargo bench -p kliping-core --bench parse`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use kliping_core::{parse_file, Input};
use std::time::Duration;

const INDOSUM: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/indosum/indosum-dev.ndjson"
);

fn bench(c: &mut Criterion) {
    let bytes = std::fs::read(INDOSUM).expect("indosum-dev.ndjson is vendored in data/");
    let texts: Vec<String> = bytes
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .filter_map(|l| serde_json::from_slice::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
        .collect();
    let text_bytes: usize = texts.iter().map(String::len).sum();

    let mut group = c.benchmark_group("parse");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(8));

    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.bench_function("indosum-dev.ndjson", |b| {
        b.iter(|| {
            let out = parse_file(Input::new("indosum-dev.ndjson", &bytes));
            assert_eq!(out.len(), texts.len());
            out
        })
    });

    group.throughput(Throughput::Bytes(text_bytes as u64));
    group.bench_function("indosum-dev per record (.txt)", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| parse_file(Input::new("a.txt", t.as_bytes())).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
