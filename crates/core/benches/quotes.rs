//! Quote extraction throughput over IndoSum dev texts (paragraphs = blank-line blocks), with no
//! entities (the extractor's own name resolution). Run with
//! `cargo bench -p kliping-core --bench quotes`; criterion prints MiB/s of article text.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use kliping_core::quotes::eval::article_from_blocks;
use kliping_core::quotes::extract_quotes;
use std::time::Duration;

const INDOSUM: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/indosum/indosum-dev.ndjson"
);

fn bench(c: &mut Criterion) {
    let ndjson = std::fs::read_to_string(INDOSUM).expect("indosum-dev.ndjson is vendored in data/");
    let articles: Vec<_> = ndjson
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| {
            v.get("text")
                .and_then(|t| t.as_str())
                .map(|t| article_from_blocks("bench", t))
        })
        .collect();
    let bytes: usize = articles
        .iter()
        .flat_map(|a| a.paragraphs.iter())
        .map(String::len)
        .sum();

    let mut group = c.benchmark_group("quotes");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(10));
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("indosum-dev extract_quotes", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| extract_quotes(a, &[]).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
