//! The whole per-article extraction step (`pipeline::analyze`: entities, dates, quantities and
//! quotes) over IndoSum dev, parsed the way the app parses it, in MB/s of body text and words/s
//! — the native twin of the app's in-browser `#bench` figure `analyze_mb_s`. Also the two halves
//! on their own, to see where the time goes, and `canonicalize` (one name per entity across the
//! corpus, which the app runs over the whole corpus after every batch of files).
//!
//! `cargo bench -p kliping-core --bench analyze` (profile `bench`, which inherits `release`:
//! opt-level "z", like the wasm build) or add `--profile release-native` for opt-level 3.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use kliping_core::entities::{extract, Model};
use kliping_core::pipeline::{analyze, canonicalize};
use kliping_core::quotes::extract_quotes;
use kliping_core::{parse_file, Input};
use std::time::Duration;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

fn bench(c: &mut Criterion) {
    let model =
        Model::from_bytes(&std::fs::read(format!("{ROOT}/data/model/ner.bin")).unwrap()).unwrap();
    let bytes = std::fs::read(format!("{ROOT}/data/indosum/indosum-dev.ndjson")).unwrap();
    let articles: Vec<_> = parse_file(Input::new("indosum-dev.ndjson", &bytes))
        .into_iter()
        .filter_map(Result::ok)
        .collect();
    let body: usize = articles
        .iter()
        .flat_map(|a| &a.paragraphs)
        .map(String::len)
        .sum();
    let words: usize = articles.iter().map(|a| a.word_count()).sum();
    let extractions: Vec<_> = articles.iter().map(|a| extract(&model, a)).collect();

    let mut g = c.benchmark_group("analyze");
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(10));
    g.throughput(Throughput::Bytes(body as u64));
    g.bench_function("indosum_dev_bytes", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| analyze(&model, a.clone()).entities.len())
                .sum::<usize>()
        })
    });
    g.bench_function("entities_only_bytes", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| extract(&model, a).entities.len())
                .sum::<usize>()
        })
    });
    g.bench_function("quotes_only_bytes", |b| {
        b.iter(|| {
            articles
                .iter()
                .zip(&extractions)
                .map(|(a, x)| extract_quotes(a, &x.entities).len())
                .sum::<usize>()
        })
    });
    let docs: Vec<_> = articles
        .iter()
        .map(|a| analyze(&model, a.clone()))
        .collect();
    g.bench_function("canonicalize_bytes", |b| {
        b.iter_batched(
            || docs.clone(),
            |mut docs| {
                canonicalize(&model, &mut docs);
                docs
            },
            BatchSize::LargeInput,
        )
    });
    g.throughput(Throughput::Elements(words as u64));
    g.bench_function("indosum_dev_words", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| analyze(&model, a.clone()).entities.len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
