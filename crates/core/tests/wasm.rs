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
        matches!(results.as_slice(), [Err(ParseError::Binary { file })] if file == "photo.png")
    );
}
