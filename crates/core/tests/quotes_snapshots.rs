//! The quotes of the five seed articles, as JSON, reviewed by eye (`cargo insta review`).
//! Paragraphs are the non-empty lines, independent of the parser.

#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use kliping_core::quotes::eval::article_from_lines;
use kliping_core::quotes::extract_quotes;

#[test]
fn seed_quotes() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/samples");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("samples")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    assert_eq!(files.len(), 5);
    let mut all = serde_json::Map::new();
    for f in files {
        let name = f
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        let text = std::fs::read_to_string(&f).expect("seed");
        let article = article_from_lines(&name, &text);
        let quotes = extract_quotes(&article, &[]);
        for q in &quotes {
            // Spans point at the text they claim to.
            let para: Vec<char> = article.paragraphs[q.paragraph].chars().collect();
            let span: String = para[q.start..q.end].iter().collect();
            assert_eq!(span, q.text, "{name}: span of {q:?}");
        }
        all.insert(name, serde_json::to_value(&quotes).expect("json"));
    }
    insta::assert_json_snapshot!("seed_quotes", all);
}
