//! Golden snapshots of the five seed articles in `data/samples`, plus the facts about them the
//! issue spells out (so a careless snapshot update cannot quietly accept a regression).
#![cfg(not(target_arch = "wasm32"))]

use kliping_core::{parse_file, Article, Input};

fn seed(prefix: &str) -> Article {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/samples");
    let path = std::fs::read_dir(dir)
        .expect("samples dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(prefix))
        })
        .expect("seed file");
    let bytes = std::fs::read(&path).expect("read seed");
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .expect("name")
        .to_string();
    let mut out = parse_file(Input {
        name: &name,
        bytes: &bytes,
        modified_ms: Some(1_723_680_000_000),
    });
    assert_eq!(out.len(), 1);
    out.remove(0).expect("seed parses")
}

#[test]
fn seed_000_subheads() {
    let a = seed("000_");
    assert_eq!(
        a.subheads,
        vec!["‘Dikirim ke pembantaian’", "‘Masa Depan Rusia’"]
    );
    assert!(a.paragraphs.iter().all(|p| !a.subheads.contains(p)));
    insta::assert_json_snapshot!("parse_seed_000", a);
}

#[test]
fn seed_001_kontan() {
    let a = seed("001_");
    assert_eq!(a.source.as_deref(), Some("Kontan"));
    assert_eq!(a.dateline.as_deref(), Some("JAKARTA"));
    assert_eq!(a.editor.as_deref(), Some("Handoyo"));
    assert!(a.title_derived);
    assert!(
        a.paragraphs[0].starts_with("Rusia memerintahkan evakuasi"),
        "{}",
        a.paragraphs[0]
    );
    assert!(a
        .boilerplate
        .iter()
        .any(|b| b.starts_with("Sumber: Telegraph")));
    assert_eq!(
        a.subheads,
        vec![
            "Serangan Ukraina",
            "Situasi di Medan Perang",
            "Bukti dan Reaksi"
        ]
    );
    assert!(a
        .paragraphs
        .iter()
        .all(|p| !p.to_lowercase().contains("baca juga")));
    insta::assert_json_snapshot!("parse_seed_001", a);
}

#[test]
fn seed_002_credit() {
    let a = seed("002_");
    assert!(a.boilerplate.contains(&"-/Kremlin/dpa".to_string()));
    assert!(a.paragraphs.last().is_some_and(|p| p.ends_with("Kursk.")));
    insta::assert_json_snapshot!("parse_seed_002", a);
}

#[test]
fn seed_003_tribun() {
    let a = seed("003_");
    assert_eq!(
        a.title,
        "Ratusan Tentara Rusia Dikabarkan Membelot ke Ukraina untuk Melawan Vladimir Putin"
    );
    assert!(!a.title_derived);
    assert_eq!(a.source.as_deref(), Some("Tribun Kaltim"));
    assert!(a.boilerplate.contains(&"News Video".to_string()));
    assert!(a.paragraphs[0].starts_with("Ratusan tentara Rusia dilaporkan"));
    assert!(a.paragraphs.iter().all(|p| !p.starts_with("Baca juga")));
    insta::assert_json_snapshot!("parse_seed_003", a);
}

#[test]
fn seed_004_plain() {
    let a = seed("004_");
    assert!(a.title_derived);
    assert_eq!(a.language.code(), "id");
    insta::assert_json_snapshot!("parse_seed_004", a);
}
