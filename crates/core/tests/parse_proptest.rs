//! `parse_file` never panics: arbitrary bytes under arbitrary names, plus inputs that are almost
//! valid (corrupted archives, JSON-ish and HTML-ish text) so the deeper code paths are exercised.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;

use kliping_core::{parse_file, Input};
use proptest::prelude::*;

fn name() -> impl Strategy<Value = String> {
    (
        "[a-zA-Z0-9 _./!-]{0,12}",
        prop::sample::select(vec![
            "", ".txt", ".md", ".html", ".htm", ".json", ".ndjson", ".zip", ".TXT", ".bin", ".",
        ]),
    )
        .prop_map(|(stem, ext)| format!("{stem}{ext}"))
}

/// Text made of the pieces the cleaners look for, in random order.
fn newsy() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Jakarta (ANTARA News) - ",
        "KONTAN.CO.ID - JAKARTA. ",
        "Baca juga: ",
        "(tyo)",
        "[bim]",
        " -/Kremlin/dpa",
        "\n",
        "\n\n",
        "Sumber: X | Editor: Y .",
        "News Video\n",
        "(Uu. G005)",
        "Minggu (4/6/2023)",
        "4 Juni 2023",
        "“",
        "”",
        "{\"text\": \"",
        "\"}",
        "<p>",
        "</p>",
        "<h2>",
        "# ",
        "---\n",
        "title: x\n",
        " - ",
        "–",
        "…",
        "é",
        "\u{feff}",
        "\r\n",
        "Presiden mengatakan bahwa pasukan itu akan tetap di sana.",
        "Judul Berita",
        "(",
        ")",
        "[",
        "]",
        ".",
        " ",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

fn zip_of(members: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    for (name, bytes) in members {
        if zip.start_file(name.as_str(), opts).is_ok() {
            let _ = zip.write_all(bytes);
        }
    }
    zip.finish().map(|c| c.into_inner()).unwrap_or_default()
}

fn check(name: &str, bytes: &[u8]) {
    for r in parse_file(Input {
        name,
        bytes,
        modified_ms: Some(0),
    }) {
        match r {
            Ok(a) => {
                assert!(!a.paragraphs.is_empty());
                assert_eq!(a.id.len(), 16);
            }
            Err(e) => assert!(e.to_string().starts_with(e.file()), "{e}"),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(name in name(), bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        check(&name, &bytes);
    }

    #[test]
    fn newsy_text_never_panics(name in name(), text in newsy()) {
        check(&name, text.as_bytes());
    }

    #[test]
    fn corrupted_archives_never_panic(
        members in prop::collection::vec(("[a-z/]{1,10}(\\.txt|\\.json|\\.md|\\.zip|)", newsy()), 0..4),
        flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..6),
        cut in any::<prop::sample::Index>(),
    ) {
        let members: Vec<(String, Vec<u8>)> = members.into_iter().map(|(n, t)| (n, t.into_bytes())).collect();
        let mut bytes = zip_of(&members);
        check("a.zip", &bytes);
        if !bytes.is_empty() {
            for (i, b) in flips {
                let at = i.index(bytes.len());
                bytes[at] = b;
            }
            check("a.zip", &bytes);
            let at = cut.index(bytes.len());
            check("a.zip", &bytes[..at]);
        }
    }
}
