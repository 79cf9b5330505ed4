//! The core compiled to wasm32 and run by wasm-bindgen-test-runner: the same parser the browser
//! uses must behave as it does natively (no std::fs, no threads, no panics on bad bytes).
#![cfg(target_arch = "wasm32")]

use kliping_core::{parse_file, Input, ParseError};
use wasm_bindgen_test::wasm_bindgen_test;

const SEED_003: &[u8] = include_bytes!("../../../data/samples/003_2110f54099994ca6.txt");

#[wasm_bindgen_test]
fn parses_a_seed_article_in_wasm() {
    let results = parse_file(Input::new("003.txt", SEED_003));
    assert_eq!(results.len(), 1);
    let article = results
        .into_iter()
        .next()
        .unwrap()
        .expect("seed 003 parses");
    assert!(
        article.title.contains("Tentara Rusia"),
        "title: {}",
        article.title
    );
    assert!(article.paragraphs.len() > 10);
    assert!(article.word_count() > 200);
}

#[wasm_bindgen_test]
fn binary_bytes_are_a_named_error_in_wasm() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01";
    let results = parse_file(Input::new("photo.png", png));
    assert!(
        matches!(results.as_slice(), [Err(ParseError::Unsupported { file, .. })] if file == "photo.png"),
        "{results:?}"
    );
    // Arbitrary control bytes are still a readable error naming the file, not a panic.
    let junk: Vec<u8> = (0u8..=255).cycle().take(4096).collect();
    let results = parse_file(Input::new("junk.bin", &junk));
    assert!(
        matches!(results.as_slice(), [Err(e)] if e.to_string().contains("junk.bin")),
        "{results:?}"
    );
}

#[wasm_bindgen_test]
fn extraction_runs_in_wasm_as_natively() {
    use kliping_core::entities::{EntityKind, Model};
    let model = Model::from_bytes(include_bytes!("../../../data/model/ner.bin")).expect("model");
    let seed = include_bytes!("../../../data/samples/000_fd82f42624df11bb.txt");
    let article = parse_file(Input::new("000.txt", seed))
        .remove(0)
        .expect("seed 000 parses");
    let doc = kliping_core::pipeline::analyze(&model, article);
    assert!(
        doc.entities
            .iter()
            .any(|e| e.name == "Vyacheslav Gladkov" && e.kind == EntityKind::Person),
        "{:?}",
        doc.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
    assert!(doc
        .quotes
        .iter()
        .any(|q| q.speaker.as_deref() == Some("Vyacheslav Gladkov")));
}
