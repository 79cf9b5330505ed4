//! One small fixture per format and encoding (`tests/fixtures/parse/`), plus bad inputs and
//! archives built on the fly. Each test asserts the fields that format is responsible for.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;

use kliping_core::parse::{parse_file_with, Limits};
use kliping_core::{
    parse_file, AddOutcome, Article, Corpus, DateOrigin, Input, Language, ParseError,
};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/parse/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn parse(name: &str, bytes: &[u8]) -> Vec<Result<Article, ParseError>> {
    parse_file(Input {
        name,
        bytes,
        modified_ms: Some(1_700_000_000_000),
    })
}

fn one(name: &str) -> Article {
    let bytes = fixture(name);
    let mut out = parse(name, &bytes);
    assert_eq!(out.len(), 1, "{name}: {out:?}");
    out.remove(0).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn err(name: &str, bytes: &[u8]) -> ParseError {
    let mut out = parse(name, bytes);
    assert_eq!(out.len(), 1, "{name}: {out:?}");
    match out.remove(0) {
        Err(e) => e,
        Ok(a) => panic!("{name}: expected an error, got {a:?}"),
    }
}

/// The same article in every text encoding must parse to the same fields.
#[test]
fn text_encodings_agree() {
    let reference = one("banjir-utf8.txt");
    assert_eq!(
        reference.title,
        "Banjir Rendam Ribuan Rumah di Kabupaten Bandung"
    );
    assert!(!reference.title_derived);
    assert_eq!(reference.source.as_deref(), Some("Kompas"));
    assert_eq!(reference.dateline.as_deref(), Some("BANDUNG"));
    let published = reference.published.clone().expect("date");
    assert_eq!(
        (published.date.as_str(), published.origin),
        ("2023-06-04", DateOrigin::Text)
    );
    assert_eq!(reference.subheads, vec!["Posko Pengungsian"]);
    assert!(reference.paragraphs[0].starts_with("Banjir merendam ribuan rumah"));
    assert!(
        reference
            .paragraphs
            .last()
            .is_some_and(|p| p.ends_with("musim hujan.")),
        "end code stripped"
    );
    assert!(reference
        .boilerplate
        .iter()
        .any(|b| b.starts_with("Baca juga: Banjir Bandang")));
    assert!(reference.boilerplate.contains(&"(tyo)".to_string()));
    assert_eq!(reference.language, Language::Indonesian);
    for name in [
        "banjir-utf8-bom.txt",
        "banjir-utf16le.txt",
        "banjir-utf16be.txt",
        "banjir-crlf.txt",
    ] {
        let a = one(name);
        assert_eq!(a.title, reference.title, "{name}");
        assert_eq!(a.paragraphs, reference.paragraphs, "{name}");
        assert_eq!(a.id, reference.id, "{name}: same text, same id");
        assert!(!a.title.starts_with('\u{feff}'), "{name}: BOM removed");
        assert!(
            a.paragraphs.iter().all(|p| !p.contains('\r')),
            "{name}: CR removed"
        );
    }
}

#[test]
fn windows_1252_fallback() {
    let bytes = fixture("cafe-cp1252.txt");
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "fixture really is not UTF-8"
    );
    let a = one("cafe-cp1252.txt");
    assert_eq!(a.title, "Café Tutup Setelah Razia Petugas");
    assert_eq!(
        a.paragraphs[1],
        "“Pemilik sudah kami peringatkan dua kali,” kata kepala satuan polisi pamong praja."
    );
    assert_eq!(a.source.as_deref(), Some("Poskota"));
    assert_eq!(a.dateline.as_deref(), Some("JAKARTA"));
    assert_eq!(a.boilerplate, vec!["(julian / sir)"]);
    // No date in the text: the file's modification time, flagged as such.
    let published = a.published.expect("fallback date");
    assert_eq!(
        (published.date.as_str(), published.origin),
        ("2023-11-14", DateOrigin::FileModified)
    );
}

#[test]
fn markdown_front_matter() {
    let a = one("flood.md");
    assert_eq!(a.title, "Flood Waters Recede in Bandung");
    assert!(!a.title_derived);
    assert_eq!(a.source.as_deref(), Some("Reuters"));
    assert_eq!(
        a.url.as_deref(),
        Some("https://www.reuters.com/world/asia-pacific/floods")
    );
    assert_eq!(a.byline.as_deref(), Some("Jane Doe"));
    let published = a.published.expect("date");
    assert_eq!(
        (published.date.as_str(), published.origin),
        ("2023-06-05", DateOrigin::Metadata)
    );
    assert_eq!(a.language, Language::English);
    assert_eq!(
        a.subheads,
        vec![
            "A different heading that is not the title",
            "Clean-up begins"
        ]
    );
    // Emphasis and links become plain text; a soft-wrapped paragraph stays one paragraph.
    assert_eq!(a.paragraphs.len(), 3);
    assert!(a.paragraphs[0].contains("in Bandung on Monday"));
    assert!(a.paragraphs[1].starts_with("The national disaster agency said"));
    assert!(a.paragraphs[1].contains("schools over the weekend"));
    assert!(a
        .paragraphs
        .iter()
        .all(|p| !p.contains(['*', '[', ']', '('])));
}

#[test]
fn markdown_heading_is_title() {
    let md = "# Harga Cabai Melonjak\n\nHarga cabai rawit di Pasar Kramat Jati naik dua kali lipat, Senin (8/1/2024).\n\nPedagang menyebut pasokan dari Jawa Tengah terganggu cuaca.\n";
    let a = parse("catatan.md", md.as_bytes())
        .remove(0)
        .expect("parses");
    assert_eq!(a.title, "Harga Cabai Melonjak");
    assert!(!a.title_derived);
    assert_eq!(a.paragraphs.len(), 2);
    assert_eq!(a.published.map(|p| p.date).as_deref(), Some("2024-01-08"));
}

#[test]
fn html_saved_page() {
    let a = one("beras.html");
    assert_eq!(a.title, "Harga Beras Naik Jelang Ramadan");
    assert_eq!(a.source.as_deref(), Some("Tempo"));
    assert_eq!(
        a.url.as_deref(),
        Some("https://bisnis.tempo.co/read/123/harga-beras-naik")
    );
    assert_eq!(a.byline.as_deref(), Some("Andi Wijaya"));
    let published = a.published.expect("date");
    assert_eq!(
        (published.date.as_str(), published.origin),
        ("2024-03-01", DateOrigin::Metadata)
    );
    assert_eq!(a.subheads, vec!["Operasi Pasar"]);
    assert!(a.paragraphs[0].starts_with("Harga beras di sejumlah pasar"));
    assert!(a
        .paragraphs
        .last()
        .is_some_and(|p| p.starts_with("Ekonom menilai")));
    let body = a.paragraphs.join("\n");
    for furniture in [
        "Beranda",
        "IKLAN",
        "Terpopuler",
        "Hak cipta",
        "tracking",
        "dataLayer",
        "Baca juga",
        "Tentang kami",
    ] {
        assert!(
            !body.contains(furniture),
            "{furniture} leaked into the body:\n{body}"
        );
    }
}

#[test]
fn html_title_and_time_fallbacks() {
    let html = format!(
        "<html><head><title>Kereta Cepat Tambah Jadwal | KOMPAS.com</title></head><body><article>\
         <h1>Kereta Cepat Tambah Jadwal</h1><time datetime=\"2024-02-10T09:00:00Z\">Sabtu</time>{}</article></body></html>",
        "<p>Operator kereta cepat menambah jadwal perjalanan selama libur panjang akhir pekan untuk melayani lonjakan penumpang.</p>"
            .repeat(4)
    );
    let a = parse("kereta.htm", html.as_bytes())
        .remove(0)
        .expect("parses");
    assert_eq!(a.title, "Kereta Cepat Tambah Jadwal");
    assert_eq!(a.published.map(|p| p.date).as_deref(), Some("2024-02-10"));
}

#[test]
fn json_object() {
    let a = one("gempa.json");
    assert_eq!(a.title, "Gempa Magnitudo 5,6 Guncang Cianjur");
    assert_eq!(a.index, None);
    assert_eq!(a.source.as_deref(), Some("ANTARA"), "outlet from the URL");
    assert_eq!(a.byline.as_deref(), Some("Rina"));
    assert_eq!(
        a.published.map(|p| (p.date, p.origin)),
        Some(("2022-11-21".into(), DateOrigin::Metadata))
    );
    assert_eq!(a.paragraphs.len(), 3);
}

#[test]
fn json_array_with_bad_records() {
    let bytes = fixture("kumpulan.json");
    let out = parse("kumpulan.json", &bytes);
    assert_eq!(out.len(), 4);
    let first = out[0].as_ref().expect("record 1");
    assert_eq!(
        (first.index, first.title.as_str()),
        (Some(0), "Timnas Indonesia Menang 2-0 atas Vietnam")
    );
    assert_eq!(first.source.as_deref(), Some("Detik"));
    assert_eq!(first.file, "kumpulan.json");
    let second = out[1].as_ref().expect("record 2");
    assert_eq!(second.index, Some(1));
    assert_eq!(
        second.paragraphs.len(),
        2,
        "content given as an array of paragraphs"
    );
    assert_eq!(
        second.published.as_ref().map(|p| p.date.as_str()),
        Some("2024-03-22"),
        "Indonesian date"
    );
    assert!(matches!(
        &out[2],
        Err(ParseError::BadRecord { record: 3, .. })
    ));
    let missing = out[3].as_ref().expect_err("no text");
    assert!(
        missing
            .to_string()
            .starts_with("kumpulan.json: record 4: no article text"),
        "{missing}"
    );
}

#[test]
fn ndjson_with_one_bad_line() {
    let bytes = fixture("ekspor.ndjson");
    let out = parse("ekspor.ndjson", &bytes);
    assert_eq!(out.len(), 3);
    let a = out[0].as_ref().expect("line 1");
    assert_eq!(
        (a.index, a.source.as_deref(), a.dateline.as_deref()),
        (Some(0), Some("CNN Indonesia"), Some("Jakarta"))
    );
    assert_eq!(
        a.paragraphs[0],
        "Presiden meresmikan jalan tol baru di Jawa Tengah, Selasa (2/1/2024)."
    );
    assert_eq!(a.boilerplate, vec!["(osc / gil)"]);
    match &out[1] {
        Err(ParseError::InvalidJson { file, line, .. }) => {
            assert_eq!((file.as_str(), *line), ("ekspor.ndjson", 2))
        }
        other => panic!("expected invalid JSON on line 2, got {other:?}"),
    }
    let c = out[2].as_ref().expect("line 3");
    assert_eq!(
        (c.index, c.source.as_deref(), c.dateline.as_deref()),
        (Some(2), Some("ANTARA"), Some("Yangon"))
    );
    assert!(c
        .paragraphs
        .iter()
        .all(|p| !p.contains("Baca juga") && !p.contains("G005")));
}

fn build_zip(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in files {
        if name.ends_with('/') {
            zip.add_directory(name.trim_end_matches('/'), opts)
                .expect("dir");
        } else {
            zip.start_file(*name, opts).expect("start");
            zip.write_all(bytes).expect("write");
        }
    }
    zip.finish().expect("finish").into_inner()
}

#[test]
fn zip_with_subfolders() {
    let txt = fixture("banjir-utf8.txt");
    let ndjson = fixture("ekspor.ndjson");
    let md = fixture("flood.md");
    let png = fixture("gambar.png");
    let bytes = build_zip(&[
        ("kliping/", b""),
        ("kliping/2023/banjir.txt", &txt),
        ("kliping/2023/lain/flood.md", &md),
        ("kliping/ekspor.ndjson", &ndjson),
        ("kliping/gambar.png", &png),
        ("__MACOSX/kliping/._banjir.txt", b"junk"),
    ]);
    let out = parse("arsip.zip", &bytes);
    let files: Vec<&str> = out
        .iter()
        .map(|r| r.as_ref().map_or_else(|e| e.file(), |a| a.file.as_str()))
        .collect();
    assert_eq!(
        files,
        vec![
            "arsip.zip!/kliping/2023/banjir.txt",
            "arsip.zip!/kliping/2023/lain/flood.md",
            "arsip.zip!/kliping/ekspor.ndjson",
            "arsip.zip!/kliping/ekspor.ndjson",
            "arsip.zip!/kliping/ekspor.ndjson",
            "arsip.zip!/kliping/gambar.png",
        ]
    );
    let banjir = out[0].as_ref().expect("txt member");
    assert_eq!(
        banjir.title,
        "Banjir Rendam Ribuan Rumah di Kabupaten Bandung"
    );
    assert_eq!(
        banjir.id,
        one("banjir-utf8.txt").id,
        "same text inside or outside an archive"
    );
    assert_eq!(out[2].as_ref().map(|a| a.index), Ok(Some(0)));
    assert!(matches!(
        out[3],
        Err(ParseError::InvalidJson { line: 2, .. })
    ));
    assert!(matches!(&out[5], Err(ParseError::Unsupported { what, .. }) if what.contains("PNG")));
    // Unknown extension, sniffed by its magic bytes.
    assert_eq!(parse("download", &bytes).len(), out.len());
}

#[test]
fn zip_bomb_and_bad_archives() {
    // Tight limits keep the test fast; the default limits are the same code path, scaled up.
    let limits = Limits {
        max_file_bytes: 1 << 20,
        max_archive_bytes: 3 << 20,
        max_archive_entries: 50,
    };
    let run = |name: &str, bytes: &[u8]| parse_file_with(Input::new(name, bytes), &limits);
    // 2 MB of zeros compresses to a few KB: refused by the per-file bound.
    let zeros = vec![0u8; 2 << 20];
    let bomb = build_zip(&[("nol.txt", &zeros), ("ok.txt", &fixture("banjir-utf8.txt"))]);
    assert!(bomb.len() < 64 * 1024);
    let out = run("bom.zip", &bomb);
    assert!(
        matches!(&out[0], Err(ParseError::TooLarge { file, .. }) if file == "bom.zip!/nol.txt"),
        "{out:?}"
    );
    assert!(out[1].is_ok(), "the good member still parses");
    // Five 0.9 MB members: each is under the file bound, together they exceed the archive bound.
    let big = vec![b'a'; 900 * 1024];
    let names: Vec<String> = (0..5).map(|i| format!("f{i}.txt")).collect();
    let members: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), big.as_slice())).collect();
    let out = run("besar.zip", &build_zip(&members));
    assert!(
        matches!(out.last(), Some(Err(ParseError::ArchiveTooLarge { limit, .. })) if *limit == 3 << 20),
        "{:?}",
        out.last()
    );
    assert!(out.len() <= 4, "stops reading once the bound is hit");
    // Too many entries.
    let many: Vec<String> = (0..60).map(|i| format!("n{i}.txt")).collect();
    let members: Vec<(&str, &[u8])> = many.iter().map(|n| (n.as_str(), b"x".as_slice())).collect();
    let out = run("banyak.zip", &build_zip(&members));
    assert!(
        matches!(
            out.as_slice(),
            [Err(ParseError::TooManyEntries {
                entries: 60,
                limit: 50,
                ..
            })]
        ),
        "{out:?}"
    );
    // Truncated archive and an archive with nothing readable.
    let good = build_zip(&[("a.txt", &fixture("banjir-utf8.txt"))]);
    let e = err("potong.zip", &good[..good.len() / 2]);
    assert!(matches!(e, ParseError::BadArchive { .. }), "{e}");
    assert!(matches!(
        err("kosong.zip", &build_zip(&[("dir/", b"")])),
        ParseError::EmptyArchive { .. }
    ));
    assert!(matches!(
        err("palsu.zip", b"this is not a zip at all"),
        ParseError::BadArchive { .. }
    ));
}

#[test]
fn bad_inputs_have_typed_errors() {
    let png = err("gambar.png", &fixture("gambar.png"));
    assert!(matches!(png, ParseError::Unsupported { .. }));
    assert!(png
        .to_string()
        .starts_with("gambar.png: PNG image files are not supported"));
    assert_eq!(
        err("kosong.txt", &fixture("kosong.txt")),
        ParseError::Empty {
            file: "kosong.txt".into()
        }
    );
    assert!(matches!(
        err("spasi.txt", b" \n\t\r\n"),
        ParseError::Empty { .. }
    ));
    assert!(matches!(
        err("bom.txt", b"\xef\xbb\xbf"),
        ParseError::Empty { .. }
    ));
    match err("rusak.json", &fixture("rusak.json")) {
        ParseError::InvalidJson {
            line,
            column,
            ref message,
            ..
        } => {
            assert_eq!((line, column), (4, 3), "{message}");
        }
        other => panic!("expected invalid JSON, got {other:?}"),
    }
    let nav = err("nav-only.html", &fixture("nav-only.html"));
    assert_eq!(
        nav,
        ParseError::NoArticleInPage {
            file: "nav-only.html".into()
        }
    );
    let binary: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
    assert!(matches!(
        err("data.bin", &binary),
        ParseError::Binary { .. }
    ));
    assert!(matches!(
        err("data.txt", &binary),
        ParseError::Binary { .. }
    ));
    let huge = vec![b'a'; kliping_core::parse::MAX_FILE_BYTES + 1];
    assert!(matches!(
        err("besar.txt", &huge),
        ParseError::TooLarge { .. }
    ));
    // Every message names the file.
    for e in [png, nav] {
        assert!(e.to_string().starts_with(e.file()));
    }
}

#[test]
fn unknown_extensions_are_sniffed() {
    let json = fixture("gempa.json");
    assert_eq!(
        parse("ekspor", &json)[0].as_ref().map(|a| a.title.as_str()),
        Ok("Gempa Magnitudo 5,6 Guncang Cianjur")
    );
    let html = fixture("beras.html");
    assert_eq!(
        parse("halaman.php", &html)[0]
            .as_ref()
            .map(|a| a.title.as_str()),
        Ok("Harga Beras Naik Jelang Ramadan")
    );
    let txt = fixture("banjir-utf8.txt");
    assert_eq!(
        parse("BERITA.TXT", &txt)[0]
            .as_ref()
            .map(|a| a.source.as_deref()),
        Ok(Some("Kompas"))
    );
    assert!(parse("catatan", &txt)[0].is_ok());
}

#[test]
fn corpus_refuses_duplicates_by_content_id() {
    let mut corpus = Corpus::new();
    let a = one("banjir-utf8.txt");
    let b = one("banjir-crlf.txt");
    assert_eq!(corpus.add(a), AddOutcome::Added);
    assert_eq!(
        corpus.add(b),
        AddOutcome::Duplicate {
            existing_file: "banjir-utf8.txt".into()
        }
    );
    assert_eq!(corpus.add(one("cafe-cp1252.txt")), AddOutcome::Added);
    assert_eq!(corpus.len(), 2);
}

#[test]
fn english_wire_story() {
    let text = "Ukraine says troops advance in Kursk region\nBy Jane Doe and Tom Smith\n\
        KYIV (Reuters) - Ukrainian forces advanced further into Russia's Kursk region on Tuesday, President \
        Volodymyr Zelenskiy said, as Moscow struggled to contain the incursion.\n\
        The attack, which began on August 6, 2024, is the largest by a foreign army on Russian soil since World War Two.\n\
        (Reporting by Jane Doe; Editing by Tom Smith)\n";
    let a = parse("reuters.txt", text.as_bytes())
        .remove(0)
        .expect("parses");
    assert_eq!(a.title, "Ukraine says troops advance in Kursk region");
    assert_eq!(
        (a.source.as_deref(), a.dateline.as_deref()),
        (Some("Reuters"), Some("KYIV"))
    );
    assert_eq!(
        (a.byline.as_deref(), a.editor.as_deref()),
        (Some("Jane Doe and Tom Smith"), Some("Tom Smith"))
    );
    assert_eq!(a.language, Language::English);
    assert_eq!(a.paragraphs.len(), 2);
    assert!(a.paragraphs[0].starts_with("Ukrainian forces advanced"));
    assert_eq!(
        a.published.map(|p| (p.date, p.origin)),
        Some(("2024-08-06".into(), DateOrigin::Text))
    );
}

#[test]
fn json_body_with_html() {
    let json = r#"{"title": "Banjir di Jakarta", "content": "<p>Banjir merendam <b>ratusan</b> rumah di Jakarta Timur, Senin (5/2/2024).</p><p>Warga mengungsi ke masjid terdekat.</p><p>Baca juga: Banjir di Bekasi</p>", "url": "https://megapolitan.kompas.com/read/1"}"#;
    let a = parse("scrape.json", json.as_bytes())
        .remove(0)
        .expect("parses");
    assert_eq!(
        a.paragraphs,
        vec![
            "Banjir merendam ratusan rumah di Jakarta Timur, Senin (5/2/2024).",
            "Warga mengungsi ke masjid terdekat."
        ]
    );
    assert_eq!(a.boilerplate, vec!["Baca juga: Banjir di Bekasi"]);
    assert_eq!(a.source.as_deref(), Some("Kompas"));
}

#[test]
fn nested_archives() {
    let inner = build_zip(&[("dalam/banjir.txt", &fixture("banjir-utf8.txt"))]);
    let outer = build_zip(&[("luar/arsip-dalam.zip", &inner)]);
    let out = parse("arsip.zip", &outer);
    assert_eq!(out.len(), 1);
    let a = out[0].as_ref().expect("nested member parses");
    assert_eq!(a.file, "arsip.zip!/luar/arsip-dalam.zip!/dalam/banjir.txt");
    // A third level is refused rather than followed.
    let deepest = build_zip(&[("x.zip", &outer)]);
    let out = parse("tiga.zip", &deepest);
    assert!(
        matches!(out.as_slice(), [Err(ParseError::Unsupported { .. })]),
        "{out:?}"
    );
}

#[test]
fn one_huge_line_is_handled() {
    // 8 MB of text without a single sentence break or newline: parsed, title bounded.
    let text = "kata ".repeat(8 * 1024 * 1024 / 5);
    let a = parse("panjang.txt", text.as_bytes())
        .remove(0)
        .expect("parses");
    assert!(a.title_derived);
    assert!(a.title.chars().count() <= 101, "{}", a.title.len());
    assert_eq!(a.paragraphs.len(), 1);
}
