//! Entity extraction throughput over real news (indosum dev), in MB/s and tokens/s.
//!
//! `cargo bench -p kliping-core --bench extract`

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use kliping_core::entities::{extract_paragraphs, tokenize::tokenize, Model};

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

fn articles(limit: usize) -> Vec<Vec<String>> {
    let raw = std::fs::read_to_string(format!("{ROOT}/data/indosum/indosum-dev.ndjson"))
        .expect("indosum dev");
    raw.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
        .take(limit)
        .map(|t| {
            t.split('\n')
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(str::to_string)
                .collect()
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let model =
        Model::from_bytes(&std::fs::read(format!("{ROOT}/data/model/ner.bin")).unwrap()).unwrap();
    let docs = articles(200);
    let bytes: usize = docs.iter().flatten().map(String::len).sum();
    let tokens: usize = docs.iter().flatten().map(|p| tokenize(p).len()).sum();
    let run = |docs: &[Vec<String>]| {
        docs.iter()
            .map(|d| extract_paragraphs(&model, d).entities.len())
            .sum::<usize>()
    };

    let mut g = c.benchmark_group("extract");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("indosum_dev_200_bytes", |b| b.iter(|| run(&docs)));
    g.throughput(Throughput::Elements(tokens as u64));
    g.bench_function("indosum_dev_200_tokens", |b| b.iter(|| run(&docs)));
    g.finish();

    let mut g = c.benchmark_group("model");
    g.sample_size(10);
    let blob = std::fs::read(format!("{ROOT}/data/model/ner.bin")).unwrap();
    g.throughput(Throughput::Bytes(blob.len() as u64));
    g.bench_function("from_bytes", |b| {
        b.iter(|| Model::from_bytes(&blob).unwrap().feature_count())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
