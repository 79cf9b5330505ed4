//! The in-browser benchmark page (`…/kliping/#bench`): the core's parse, extraction and index
//! code measured inside Chromium's wasm engine, on a corpus the user picks (e.g. IndoSum's
//! NDJSON). Results are shown in a table and left on `window.__klipingBench` as JSON, which is
//! how `tests/bench/ui-bench.mjs` collects them.

use kliping_core::entities::Model;
use kliping_core::index::{EntityKey, Filter, Index, Sort};
use kliping_core::pipeline::{analyze, canonicalize};
use kliping_core::{parse_file, Doc, Input};
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize)]
pub struct BenchResult {
    pub articles: usize,
    pub input_mb: f64,
    pub body_mb: f64,
    pub words: usize,
    /// The warm-up the app's ingest worker does when the model loads (the sample articles
    /// analysed once), done here too before anything is timed, so the figures below are what
    /// a user's first analysis gets (0 on `#bench-cold`).
    pub warm_up_ms: f64,
    pub parse_ms: f64,
    pub parse_mb_s: f64,
    pub analyze_ms: f64,
    pub analyze_mb_s: f64,
    pub analyze_words_s: f64,
    /// The entity half of `analyze` alone (tagging, dates, quantities; no quotes).
    pub entities_ms: f64,
    pub entities_mb_s: f64,
    /// The quote half of `analyze` alone, given the entities `analyze` found.
    pub quotes_ms: f64,
    pub quotes_mb_s: f64,
    pub canonicalize_ms: f64,
    pub index_ms: f64,
    pub search_p50_ms: f64,
    pub search_p95_ms: f64,
    pub facet_p50_ms: f64,
    pub facet_p95_ms: f64,
}

fn now() -> f64 {
    window().performance().map(|p| p.now()).unwrap_or_default()
}

fn percentile(mut v: Vec<f64>, p: f64) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    v.sort_by(f64::total_cmp);
    let i = ((v.len() - 1) as f64 * p).round() as usize;
    v[i]
}

/// Runs every measurement on one corpus file; `warm`: after the app's warm-up.
pub fn run(model: &Model, name: &str, bytes: &[u8], warm: bool) -> BenchResult {
    let mut r = BenchResult {
        input_mb: bytes.len() as f64 / 1e6,
        ..Default::default()
    };
    let t = now();
    if warm {
        for (sample, bytes) in crate::samples::SAMPLES {
            for article in parse_file(Input::new(sample, bytes)).into_iter().flatten() {
                std::hint::black_box(analyze(model, article));
            }
        }
    }
    r.warm_up_ms = now() - t;

    let t = now();
    let articles: Vec<_> = parse_file(Input::new(name, bytes))
        .into_iter()
        .filter_map(Result::ok)
        .collect();
    r.parse_ms = now() - t;
    r.parse_mb_s = r.input_mb / (r.parse_ms / 1000.0).max(1e-9);
    r.articles = articles.len();
    r.body_mb = articles
        .iter()
        .map(|a| a.paragraphs.iter().map(String::len).sum::<usize>())
        .sum::<usize>() as f64
        / 1e6;
    r.words = articles.iter().map(|a| a.word_count()).sum();

    let t = now();
    let mut docs: Vec<Doc> = articles.into_iter().map(|a| analyze(model, a)).collect();
    r.analyze_ms = now() - t;
    r.analyze_mb_s = r.body_mb / (r.analyze_ms / 1000.0).max(1e-9);
    r.analyze_words_s = r.words as f64 / (r.analyze_ms / 1000.0).max(1e-9);

    // The entity half again on its own (the rest of analyze_ms is quotes).
    let t = now();
    let found: usize = docs
        .iter()
        .map(|d| {
            kliping_core::entities::extract(model, &d.article)
                .entities
                .len()
        })
        .sum();
    r.entities_ms = now() - t;
    r.entities_mb_s = r.body_mb / (r.entities_ms / 1000.0).max(1e-9);
    std::hint::black_box(found);

    let t = now();
    let found: usize = docs
        .iter()
        .map(|d| kliping_core::quotes::extract_quotes(&d.article, &d.entities).len())
        .sum();
    r.quotes_ms = now() - t;
    r.quotes_mb_s = r.body_mb / (r.quotes_ms / 1000.0).max(1e-9);
    std::hint::black_box(found);

    let t = now();
    canonicalize(model, &mut docs);
    r.canonicalize_ms = now() - t;

    let t = now();
    let index = Index::build(&docs);
    r.index_ms = now() - t;

    // Queries: prefixes and whole words that a reader of Indonesian news would type.
    let queries = [
        "jakarta",
        "presiden",
        "jokowi",
        "indonesia",
        "banjir",
        "polisi",
        "gub",
        "menteri keuangan",
        "sepak bola",
        "kpk",
        "dpr",
        "pemilu",
        "harga",
        "korupsi",
        "timnas",
        "ekonomi",
        "bank",
        "teror",
        "pilkada",
        "bandung",
        "surabaya",
        "gempa",
        "china",
        "amerika",
        "trump",
    ];
    let mut search = Vec::new();
    for q in queries {
        let t = now();
        let hits = index.select(
            &docs,
            &Filter {
                text: q.to_string(),
                ..Filter::default()
            },
            Sort::Relevance,
        );
        let _ = Index::facets(&docs, &hits);
        search.push(now() - t);
    }
    r.search_p50_ms = percentile(search.clone(), 0.5);
    r.search_p95_ms = percentile(search, 0.95);

    let all: Vec<usize> = (0..docs.len()).collect();
    let top: Vec<EntityKey> = Index::facets(&docs, &all)
        .entities
        .into_iter()
        .take(30)
        .map(|e| e.key)
        .collect();
    let mut facet = Vec::new();
    for key in top {
        let t = now();
        let hits = index.select(
            &docs,
            &Filter {
                entities: vec![key],
                ..Filter::default()
            },
            Sort::Relevance,
        );
        let _ = Index::facets(&docs, &hits);
        facet.push(now() - t);
    }
    r.facet_p50_ms = percentile(facet.clone(), 0.5);
    r.facet_p95_ms = percentile(facet, 0.95);
    r
}

/// `warm`: warm up as the app does before measuring (`#bench`), or not (`#bench-cold`).
#[component]
pub fn BenchPage(warm: bool) -> impl IntoView {
    let result = RwSignal::new(None::<BenchResult>);
    let status =
        RwSignal::new("Pick a corpus file (for example IndoSum's indosum-dev.ndjson).".to_string());
    let on_pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|l| l.get(0)) else {
            return;
        };
        status.set(format!("Running on {}…", file.name()));
        spawn_local(async move {
            let name = file.name();
            let bytes = match gloo_file::futures::read_as_bytes(&gloo_file::Blob::from(file)).await
            {
                Ok(b) => b,
                Err(e) => return status.set(format!("Could not read the file: {e}")),
            };
            let model = match crate::app::fetch_bytes("ner.bin")
                .await
                .and_then(|b| Model::from_bytes(&b).map_err(|e| e.to_string()))
            {
                Ok(m) => m,
                Err(e) => return status.set(format!("Could not load the model: {e}")),
            };
            let r = run(&model, &name, &bytes, warm);
            if let Ok(json) = serde_json::to_string(&r) {
                let _ = js_sys::Reflect::set(
                    &window(),
                    &"__klipingBench".into(),
                    &js_sys::JSON::parse(&json).unwrap_or_default(),
                );
            }
            status.set("Done.".to_string());
            result.set(Some(r));
        });
    };
    view! {
        <main class="bench">
            <h1>"Kliping — in-browser benchmark"</h1>
            <p>"Measures the core (parsing, entity and quote extraction, search and facets) compiled to WebAssembly, in this browser. Nothing is uploaded."</p>
            <label class="button">"Corpus file " <input type="file" id="bench-file" on:change=on_pick /></label>
            <p id="bench-status" role="status">{move || status.get()}</p>
            {move || result.get().map(|r| view! {
                <table class="entities" id="bench-result">
                    <tbody>
                        <tr><th>"articles"</th><td>{r.articles}</td></tr>
                        <tr><th>"input"</th><td>{format!("{:.2} MB", r.input_mb)}</td></tr>
                        <tr><th>"warm-up (sample articles, as the app does)"</th><td>{format!("{:.0} ms", r.warm_up_ms)}</td></tr>
                        <tr><th>"parse"</th><td>{format!("{:.0} ms · {:.1} MB/s", r.parse_ms, r.parse_mb_s)}</td></tr>
                        <tr><th>"entities + quotes"</th><td>{format!("{:.0} ms · {:.2} MB/s of body text · {:.0} words/s", r.analyze_ms, r.analyze_mb_s, r.analyze_words_s)}</td></tr>
                        <tr><th>"entities alone · quotes alone"</th><td>{format!("{:.0} ms · {:.0} ms", r.entities_ms, r.quotes_ms)}</td></tr>
                        <tr><th>"canonical names"</th><td>{format!("{:.0} ms", r.canonicalize_ms)}</td></tr>
                        <tr><th>"index build"</th><td>{format!("{:.0} ms", r.index_ms)}</td></tr>
                        <tr><th>"search (select + facets)"</th><td>{format!("p50 {:.1} ms · p95 {:.1} ms", r.search_p50_ms, r.search_p95_ms)}</td></tr>
                        <tr><th>"facet toggle (select + facets)"</th><td>{format!("p50 {:.1} ms · p95 {:.1} ms", r.facet_p50_ms, r.facet_p95_ms)}</td></tr>
                    </tbody>
                </table>
            })}
        </main>
    }
}
