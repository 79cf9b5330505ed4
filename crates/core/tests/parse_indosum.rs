//! Robustness over all 3,398 IndoSum dev articles: every record parses, has a body, and the
//! body carries no dateline, no "Baca juga" line and no reporter end code.
#![cfg(not(target_arch = "wasm32"))]

use kliping_core::{parse_file, DateOrigin, Input};

const INDOSUM: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/indosum/indosum-dev.ndjson"
);

/// Dateline prefixes seen in the corpus; none may survive at the start of a body.
fn starts_with_dateline(p: &str) -> bool {
    let head: String = p.chars().take(80).collect();
    let lower = head.to_lowercase();
    let markers = [
        "(antara news) -",
        "(antara) -",
        "cnn indonesia --",
        "merdeka.com -",
        "suara.com -",
        "rimanews -",
        "juara.net -",
        "juara.net,",
        "(pos kota) –",
        "bolasport.com -",
    ];
    markers.iter().any(|m| lower.contains(m))
}

/// `(Uu. G005)`, `[tyo]`, `(osc / gil)`, `(sur)` at the very end of the body.
fn ends_with_code(p: &str) -> bool {
    let t = p.trim_end();
    let (open, close) = if t.ends_with(')') {
        ('(', ')')
    } else if t.ends_with(']') {
        ('[', ']')
    } else {
        return false;
    };
    let Some(start) = t.rfind(open) else {
        return false;
    };
    let inner = &t[start + 1..t.len() - close.len_utf8()];
    // Initials: `tyo`, `osc / gil`, `ikbal/`: short lowercase tokens separated by slashes.
    let tokens: Vec<&str> = inner.split('/').map(str::trim).collect();
    let lowercase_code = tokens.iter().any(|t| !t.is_empty())
        && tokens
            .iter()
            .all(|t| t.len() <= 5 && t.chars().all(|c| c.is_ascii_lowercase() || c == '*'));
    let antara_code = inner
        .as_bytes()
        .windows(4)
        .any(|w| w[0].is_ascii_uppercase() && w[1..].iter().all(u8::is_ascii_digit));
    lowercase_code || antara_code
}

#[test]
fn indosum_dev_parses_cleanly() {
    let bytes = std::fs::read(INDOSUM).expect("indosum-dev.ndjson is vendored in data/");
    let results = parse_file(Input {
        name: "indosum-dev.ndjson",
        bytes: &bytes,
        modified_ms: None,
    });
    let lines = bytes
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .count();
    assert_eq!(results.len(), lines);

    let (mut with_source, mut with_dateline, mut with_date, mut boilerplate, mut subheads) =
        (0, 0, 0, 0, 0);
    let mut problems = Vec::new();
    for (i, r) in results.iter().enumerate() {
        let a = match r {
            Ok(a) => a,
            Err(e) => {
                problems.push(format!("record {i}: {e}"));
                continue;
            }
        };
        assert_eq!(a.index, Some(i));
        assert_eq!(a.file, "indosum-dev.ndjson");
        with_source += usize::from(a.source.is_some());
        with_dateline += usize::from(a.dateline.is_some());
        with_date += usize::from(
            a.published
                .as_ref()
                .is_some_and(|p| p.origin != DateOrigin::FileModified),
        );
        boilerplate += a.boilerplate.len();
        subheads += a.subheads.len();
        if a.paragraphs.is_empty() || a.paragraphs.iter().any(|p| p.trim().is_empty()) {
            problems.push(format!("record {i}: empty body or paragraph"));
        }
        if a.title.trim().is_empty() {
            problems.push(format!("record {i}: empty title"));
        }
        for p in &a.paragraphs {
            let lower = p.to_lowercase();
            let l = lower.trim_start_matches(['(', '[']);
            if l.starts_with("baca juga")
                || l.starts_with("baca:")
                || l.starts_with("baca_juga")
                || lower.contains("baca juga:")
            {
                problems.push(format!("record {i}: read-more line left: {p}"));
            }
        }
        if starts_with_dateline(&a.paragraphs[0]) {
            problems.push(format!("record {i}: dateline left: {}", &a.paragraphs[0]));
        }
        if let Some(last) = a.paragraphs.last() {
            if ends_with_code(last) {
                let tail: String = last
                    .chars()
                    .rev()
                    .take(80)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                problems.push(format!("record {i}: end code left: …{tail}"));
            }
        }
    }
    println!(
        "indosum-dev: {} articles, {with_source} with source, {with_dateline} with dateline, {with_date} with a date, \
         {boilerplate} boilerplate lines removed, {subheads} subheads",
        results.len()
    );
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
    assert_eq!(
        with_source,
        results.len(),
        "every IndoSum record names its source"
    );
    assert!(
        with_dateline * 100 >= results.len() * 50,
        "datelines found: {with_dateline}"
    );
    // Dates come from URLs (`/2018/02/24/`, `/20170511...`) and full dates in the lead.
    assert!(
        with_date * 100 >= results.len() * 50,
        "dates found: {with_date}"
    );
}
