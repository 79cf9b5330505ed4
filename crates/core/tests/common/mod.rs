//! Helpers shared by several test files (each `tests/*.rs` is its own crate, so they are
//! included with `mod common;`).

use kliping_core::parse::{parse_file, Input};
use kliping_core::Article;

/// The article of `tests/fixtures/<name>`, parsed as the app and the CLI parse a dropped file
/// (title, dateline, outlet, boilerplate), not line by line as the gold scorers do.
pub fn fixture_article(name: &str) -> Article {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    parse_file(Input {
        name,
        bytes: &bytes,
        modified_ms: None,
    })
    .remove(0)
    .unwrap_or_else(|e| panic!("{name}: {e:?}"))
}
