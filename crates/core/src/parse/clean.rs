//! From a [`Draft`] (what a format reader found) to an [`Article`]: the same cleaning for every
//! format. Steps, in order:
//!
//! 1. normalise whitespace and invisible characters;
//! 2. metadata lines at the top (`Sumber: X | Editor: Y`, `Penulis:`) and kickers (`News Video`);
//! 3. the title: marked by the file, or a headline-like first line;
//! 4. the dateline (`Jakarta (ANTARA News) -`, `KONTAN.CO.ID - JAKARTA.`), giving outlet and place,
//!    and teasers that only repeat the lead;
//! 5. boilerplate lines (`Baca juga:`, `Sumber:`, separators, outlet taglines) and subheads;
//! 6. reporter end codes (`(Uu. G005)`, `[tyo]`, `(osc / gil)`) and photo credits (`-/Kremlin/dpa`);
//! 7. derived title, date, outlet, language and content id.

use crate::article::{DateOrigin, Published};
use crate::parse::date::{date_from_url, find_date, is_day_month, parse_date_value, Ymd};
use crate::parse::source::{known_outlet, looks_like_domain, normalize_source, outlet_from_url};
use crate::parse::{content_id, lang, ParseError};
use crate::Article;

/// Where the draft came from.
pub(crate) struct Ctx<'a> {
    pub file: &'a str,
    pub index: Option<usize>,
    pub modified_ms: Option<i64>,
}

impl Ctx<'_> {
    pub(crate) fn with_index(&self, index: usize) -> Ctx<'_> {
        Ctx {
            file: self.file,
            index: Some(index),
            modified_ms: self.modified_ms,
        }
    }
}

/// One block of body text as the format reader saw it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Block {
    Para(String),
    /// Marked as a heading by the format (Markdown `##`, HTML `<h2>`).
    Heading(String),
}

impl Block {
    fn text(&self) -> &str {
        match self {
            Block::Para(t) | Block::Heading(t) => t,
        }
    }
}

/// What a format reader found, before cleaning.
#[derive(Debug, Default)]
pub(crate) struct Draft {
    pub title: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub date: Option<String>,
    pub byline: Option<String>,
    pub editor: Option<String>,
    pub blocks: Vec<Block>,
    pub boilerplate: Vec<String>,
}

/// Collapses whitespace, drops invisible characters.
pub(crate) fn norm(s: &str) -> String {
    // Fast path: plain ASCII with single spaces is already normal.
    let b = s.as_bytes();
    if s.is_ascii()
        && b.first().is_some_and(|c| *c != b' ')
        && b.last().is_some_and(|c| *c != b' ')
        && !b.iter().any(|c| c.is_ascii_control())
        && !b.windows(2).any(|w| w == b"  ")
    {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if matches!(
            c,
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{200e}' | '\u{200f}' | '\u{feff}' | '\u{ad}'
        ) {
            continue;
        }
        if c.is_whitespace() {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

pub(crate) fn finish(mut d: Draft, ctx: &Ctx<'_>) -> Result<Article, ParseError> {
    let mut blocks: Vec<Block> = Vec::with_capacity(d.blocks.len());
    for b in d.blocks.drain(..) {
        let t = norm(b.text());
        if t.is_empty() {
            continue;
        }
        blocks.push(match b {
            Block::Para(_) => Block::Para(t),
            Block::Heading(_) => Block::Heading(t),
        });
    }
    // A drop cap saved as its own line: `B` + `agi kamu penikmat kopi ...`.
    let mut i = 0;
    while i + 1 < blocks.len() {
        let cap = blocks[i].text();
        let next = blocks[i + 1].text();
        if cap.chars().count() == 1
            && cap.chars().all(char::is_uppercase)
            && next.starts_with(|c: char| c.is_lowercase())
        {
            let merged = format!("{cap}{next}");
            blocks[i] = Block::Para(merged);
            blocks.remove(i + 1);
        }
        i += 1;
    }
    let mut boilerplate = std::mem::take(&mut d.boilerplate);
    let mut byline = d.byline.as_deref().map(norm).filter(|s| !s.is_empty());
    let mut editor = d.editor.as_deref().map(norm).filter(|s| !s.is_empty());
    let marked_title = d.title.as_deref().map(norm).filter(|s| !s.is_empty());

    // 2. Metadata lines and kickers at the top.
    let mut i = 0;
    while i < blocks.len().min(4) {
        let t = blocks[i].text().to_string();
        if let Some(fields) = meta_line(&t) {
            take_meta(fields, &mut editor, &mut byline);
            boilerplate.push(t);
            blocks.remove(i);
            continue;
        }
        if let Some(name) = byline_line(&t) {
            byline = byline.or(Some(name));
            boilerplate.push(t);
            blocks.remove(i);
            continue;
        }
        if i == 0 && blocks.len() > 1 {
            if let Some(rest) = kicker(&t, blocks[1].text()) {
                boilerplate.push(t);
                blocks.remove(0);
                if let Some(rest) = rest {
                    blocks[0] = Block::Heading(rest);
                }
                continue;
            }
        }
        i += 1;
    }

    // 3. Title.
    let mut title: Option<String> = None;
    if let Some(t) = &marked_title {
        title = Some(t.clone());
        // The body often repeats the title (HTML <h1>, Markdown `#`).
        if let Some(pos) = blocks.iter().take(3).position(|b| same_text(b.text(), t)) {
            blocks.remove(pos);
        }
    } else if blocks.len() > 1
        && (matches!(blocks[0], Block::Heading(_)) || is_headline(blocks[0].text()))
    {
        title = Some(blocks.remove(0).text().to_string());
    }

    // 4. Dateline, within the first three paragraphs.
    let mut dateline: Option<Dateline> = None;
    for k in 0..blocks.len().min(3) {
        let Block::Para(t) = &blocks[k] else { continue };
        if let Some(dl) = parse_dateline(t) {
            let rest = dl.rest.clone();
            if rest.is_empty() {
                blocks.remove(k);
            } else {
                blocks[k] = Block::Para(rest);
            }
            // Paragraphs before the dateline that only repeat the lead are teasers.
            if k == 0 {
                dateline = Some(dl);
                break;
            }
            let following: String = blocks[k..]
                .iter()
                .take(6)
                .map(|b| b.text())
                .collect::<Vec<_>>()
                .join(" ");
            let following = squash(&following);
            let mut j = 0;
            let mut end = k;
            while j < end {
                let s = squash(blocks[j].text());
                if s.len() >= 20 && following.contains(&s) {
                    boilerplate.push(blocks.remove(j).text().to_string());
                    end -= 1;
                } else {
                    j += 1;
                }
            }
            dateline = Some(dl);
            break;
        }
    }

    // 5. Boilerplate lines first, then subheads among what is left.
    let mut kept: Vec<Block> = Vec::with_capacity(blocks.len());
    for b in blocks {
        match b {
            Block::Heading(t) if is_boilerplate(&t) => boilerplate.push(t),
            Block::Heading(t) => kept.push(Block::Heading(t)),
            Block::Para(t) => {
                let t = if t.bytes().any(|b| b == b'[' || b == b'<')
                    || contains_ci(&t, "baca")
                    || contains_ci(&t, "simak juga")
                {
                    let (rest, removed) = strip_inline(&t);
                    boilerplate.extend(removed);
                    if rest.is_empty() {
                        continue;
                    }
                    rest
                } else {
                    t
                };
                if let Some(fields) = meta_line(&t) {
                    take_meta(fields, &mut editor, &mut byline);
                    boilerplate.push(t);
                } else if is_boilerplate(&t) || is_end_code(&t) {
                    boilerplate.push(t);
                } else {
                    kept.push(Block::Para(t));
                }
            }
        }
    }
    // A subhead is a short line standing alone between paragraphs; a run of short lines is a
    // list or a table (race results, line-ups) and stays in the body.
    let short: Vec<bool> = kept
        .iter()
        .map(|b| matches!(b, Block::Para(t) if is_subhead(t)))
        .collect();
    let mut paragraphs: Vec<String> = Vec::with_capacity(kept.len());
    let mut subheads: Vec<String> = Vec::new();
    let n = kept.len();
    for (pos, b) in kept.into_iter().enumerate() {
        match b {
            Block::Heading(t) => {
                if paragraphs.is_empty() && title.is_none() {
                    title = Some(t);
                } else {
                    subheads.push(t);
                }
            }
            Block::Para(t) => {
                let alone = pos > 0 && pos + 1 < n && !short[pos - 1] && !short[pos + 1];
                if short[pos]
                    && alone
                    && !paragraphs.is_empty()
                    && !t.ends_with(|c: char| c.is_ascii_digit())
                {
                    subheads.push(t);
                } else {
                    paragraphs.push(t);
                }
            }
        }
    }

    // A Title Case headline that followed the dateline (`Merdeka.com - Kado Indah Untuk Totti`).
    if title.is_none()
        && paragraphs.len() > 1
        && paragraphs[0].chars().count() <= 120
        && capital_ratio(&paragraphs[0]) >= 0.75
        && is_headline(&paragraphs[0])
    {
        title = Some(paragraphs.remove(0));
    }
    // Source notes closing tech posts: `Via Digital Trends & The Photo Blographer.`
    if paragraphs.len() > 1 {
        if let Some(last) = paragraphs.last() {
            if (last.starts_with("Via ") || last.starts_with("Sumber "))
                && last.split_whitespace().count() <= 10
            {
                boilerplate.extend(paragraphs.pop());
            }
        }
    }
    // A broken fragment left where the lead was cut (`/ 2018) malam.`).
    if paragraphs.len() > 1
        && paragraphs[0].chars().count() < 30
        && paragraphs[0].starts_with(['/', ',', ')', '(', ';', '.', '-'])
    {
        boilerplate.push(paragraphs.remove(0));
    }

    // 6. Reporter codes and credits at the end.
    for _ in 0..6 {
        let Some(last) = paragraphs.last_mut() else {
            break;
        };
        match strip_tail(last) {
            Some((kept, removed)) => {
                boilerplate.push(removed);
                if kept.is_empty() {
                    paragraphs.pop();
                } else {
                    *last = kept;
                }
            }
            None => break,
        }
    }
    // Wire credits: `(Reporting by Jane Doe; Editing by Tom Smith)`.
    if let Some(last) = paragraphs.last() {
        if last.starts_with("(Reporting by")
            || last.starts_with("(Writing by")
            || last.starts_with("(Additional reporting")
        {
            if let Some(ed) = last.split("Editing by ").nth(1) {
                let ed = ed
                    .trim_end_matches(')')
                    .split(';')
                    .next()
                    .unwrap_or_default()
                    .trim();
                if !ed.is_empty() {
                    editor = editor.or(Some(ed.to_string()));
                }
            }
            boilerplate.extend(paragraphs.pop());
        }
    }
    // Photo credits such as `-/Kremlin/dpa` end a caption paragraph.
    for p in paragraphs.iter_mut() {
        if let Some((kept, credit)) = strip_credit(p) {
            boilerplate.push(credit);
            *p = kept;
        }
    }
    paragraphs.retain(|p| !p.is_empty());
    if paragraphs.is_empty() {
        return Err(ParseError::NoText {
            file: ctx.file.to_string(),
        });
    }

    // 7. Title, date, outlet, language, id.
    let (title, title_derived) = match title {
        Some(t) => (t, false),
        None => (derive_title(&paragraphs[0]), true),
    };

    let published = published(
        &d,
        dateline.as_ref(),
        &title,
        &paragraphs,
        &boilerplate,
        ctx,
    );

    let source = d
        .source
        .as_deref()
        .map(norm)
        .filter(|s| !s.is_empty())
        .map(|s| normalize_source(&s))
        .or_else(|| d.url.as_deref().and_then(outlet_from_url))
        .or_else(|| dateline.as_ref().and_then(|dl| dl.outlet.clone()));

    let mut sample = title.clone();
    for p in paragraphs.iter().take(12) {
        if sample.len() > 3000 {
            break;
        }
        sample.push(' ');
        sample.push_str(p);
    }
    let language = lang::detect_language(&sample);

    Ok(Article {
        id: content_id(&title, &paragraphs),
        file: ctx.file.to_string(),
        index: ctx.index,
        title,
        title_derived,
        source,
        url: d
            .url
            .map(|u| u.trim().to_string())
            .filter(|u| !u.is_empty()),
        dateline: dateline.and_then(|dl| dl.place),
        published,
        byline,
        editor,
        subheads,
        paragraphs,
        boilerplate,
        language,
    })
}

fn published(
    d: &Draft,
    dateline: Option<&Dateline>,
    title: &str,
    paragraphs: &[String],
    boilerplate: &[String],
    ctx: &Ctx<'_>,
) -> Option<Published> {
    let found = |ymd: Ymd, origin| {
        Some(Published {
            date: ymd.iso(),
            origin,
        })
    };
    if let Some(ymd) = d.date.as_deref().and_then(parse_date_value) {
        return found(ymd, DateOrigin::Metadata);
    }
    if let Some(ymd) = d.url.as_deref().and_then(date_from_url) {
        return found(ymd, DateOrigin::Metadata);
    }
    if let Some(ymd) = dateline.and_then(|dl| dl.date) {
        return found(ymd, DateOrigin::Dateline);
    }
    let texts = std::iter::once(title)
        .chain(paragraphs.iter().take(4).map(String::as_str))
        .chain(boilerplate.iter().rev().take(3).map(String::as_str));
    for t in texts {
        if let Some(ymd) = find_date(t) {
            return found(ymd, DateOrigin::Text);
        }
    }
    let date = crate::parse::date::iso_date_from_ms(ctx.modified_ms?)?;
    Some(Published {
        date,
        origin: DateOrigin::FileModified,
    })
}

/// ASCII case-insensitive substring test, without allocating.
fn contains_ci(haystack: &str, needle: &str) -> bool {
    let n = needle.as_bytes();
    let Some(&first) = n.first() else { return true };
    let first = first.to_ascii_lowercase();
    haystack
        .as_bytes()
        .windows(n.len())
        .any(|w| w[0].to_ascii_lowercase() == first && w.eq_ignore_ascii_case(n))
}

/// Lowercase alphanumerics only, for "is this the same text" checks.
fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn same_text(a: &str, b: &str) -> bool {
    let (a, b) = (squash(a), squash(b));
    !a.is_empty() && a == b
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MetaKey {
    Editor,
    Byline,
    Other,
}

/// `Sumber: Telegraph | Editor: Handoyo .`, `Penulis: X`, `Reporter: Y`: a line of `Key: value`
/// fields naming people and sources, not article text.
/// Keeps the first editor and byline a metadata line names; later ones do not overwrite.
fn take_meta(
    fields: Vec<(MetaKey, String)>,
    editor: &mut Option<String>,
    byline: &mut Option<String>,
) {
    for (k, v) in fields {
        match k {
            MetaKey::Editor => *editor = editor.take().or(Some(v)),
            MetaKey::Byline => *byline = byline.take().or(Some(v)),
            MetaKey::Other => {}
        }
    }
}

fn meta_line(line: &str) -> Option<Vec<(MetaKey, String)>> {
    if line.chars().count() > 160 {
        return None;
    }
    let mut fields = Vec::new();
    for seg in line.split('|') {
        let (k, v) = seg.split_once(':')?;
        let key = k
            .trim()
            .trim_start_matches(['–', '-', '—', '*', '•', ' '])
            .to_lowercase();
        let kind = match key.as_str() {
            "editor" | "redaktur" | "penyunting" | "editing" => MetaKey::Editor,
            "penulis" | "reporter" | "pewarta" | "oleh" | "author" | "by" | "wartawan"
            | "kontributor" => MetaKey::Byline,
            "sumber" | "source" | "foto" | "photo" | "video" | "ilustrasi" | "grafis"
            | "disclosure" | "copyright" | "tags" | "tag" | "topik" | "kategori" => MetaKey::Other,
            _ => return None,
        };
        let value = v
            .trim()
            .trim_end_matches(|c: char| c == '.' || c.is_whitespace())
            .trim()
            .to_string();
        if kind != MetaKey::Other && (value.is_empty() || value.split_whitespace().count() > 6) {
            return None;
        }
        if kind == MetaKey::Other && value.split_whitespace().count() > 12 {
            return None;
        }
        fields.push((kind, value));
    }
    (!fields.is_empty()).then_some(fields)
}

/// `Oleh Andi Wijaya · 1 Maret 2024`, `By Jane Doe, Reuters`: a byline line. Returns the name.
fn byline_line(line: &str) -> Option<String> {
    let rest = ["Oleh ", "Oleh: ", "By ", "BY ", "OLEH "]
        .iter()
        .find_map(|p| line.strip_prefix(p))?;
    if line.split_whitespace().count() > 12
        || ends_sentence(line) && !line.ends_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let name = rest
        .split(['·', '|', ',', '•', '('])
        .next()?
        .split(" - ")
        .next()?
        .trim();
    let ok = !name.is_empty()
        && name.split_whitespace().count() <= 7
        && name
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()) || matches!(w, "and" | "dan" | "&"));
    ok.then(|| name.to_string())
}

/// A section label above the headline (`News Video`). Returns `Some(rest)` where `rest` is the
/// next line without the repeated label, if it repeated it.
fn kicker(line: &str, next: &str) -> Option<Option<String>> {
    const KICKERS: &[&str] = &[
        "news",
        "video",
        "news video",
        "foto",
        "berita",
        "breaking news",
        "internasional",
        "nasional",
        "ekonomi",
        "bisnis",
        "olahraga",
        "sport",
        "teknologi",
        "hiburan",
        "advertorial",
        "opini",
        "world",
        "politik",
    ];
    let words = line.split_whitespace().count();
    if words == 0
        || words > 3
        || line.chars().count() > 30
        || line.chars().any(|c| c.is_ascii_punctuation())
    {
        return None;
    }
    let lower = line.to_lowercase();
    let next_lower = next.to_lowercase();
    if next_lower.starts_with(&format!("{lower} ")) {
        let rest = next.get(line.len()..).map(str::trim).unwrap_or_default();
        if rest.split_whitespace().count() >= 3 {
            return Some(Some(rest.to_string()));
        }
    }
    KICKERS.contains(&lower.as_str()).then_some(None)
}

/// Ends a sentence (ignoring closing quotes and brackets).
fn ends_sentence(t: &str) -> bool {
    let t = t.trim_end_matches(['"', '\'', '”', '’', '»', ')', ']', ' ']);
    t.ends_with(['.', '!', '?', '…', ':', ';', ','])
}

fn starts_upper(t: &str) -> bool {
    t.trim_start_matches(['"', '\'', '“', '‘', '«', '(', '['])
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Share of words that start with a capital letter or digit (Title Case headlines score high).
fn capital_ratio(t: &str) -> f32 {
    let words: Vec<&str> = t
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    if words.is_empty() {
        return 0.0;
    }
    let caps = words
        .iter()
        .filter(|w| {
            w.trim_start_matches(|c: char| !c.is_alphanumeric())
                .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        })
        .count();
    caps as f32 / words.len() as f32
}

/// A headline: one short line, not a sentence, not a dateline. Title Case lines may be long;
/// sentence-case lines must be short and not a question to the reader.
fn is_headline(t: &str) -> bool {
    if t.len() > 800 {
        return false;
    }
    let n = t.chars().count();
    let words = t.split_whitespace().count();
    let title_case = capital_ratio(t) >= 0.6;
    (8..=180).contains(&n)
        && (title_case || (n <= 110 && !t.ends_with('?')))
        && !is_caption(t)
        && words >= 2
        && starts_upper(t)
        && !t
            .trim_end_matches(['"', '\'', '”', '’'])
            .ends_with(['.', ',', ';', ':'])
        && !has_inner_sentence_break(t)
        && parse_dateline(t).is_none()
        && !is_boilerplate(t)
}

/// `X. Y` inside the line: more than one sentence.
fn has_inner_sentence_break(t: &str) -> bool {
    let chars: Vec<char> = t.chars().collect();
    let breaks = chars
        .windows(3)
        .any(|w| w[0] == '.' && w[1] == ' ' && w[2].is_uppercase());
    breaks
        && t.split(". ")
            .filter(|s| s.split_whitespace().count() >= 3)
            .count()
            >= 2
}

/// A subhead between paragraphs: a short line that is not a sentence.
fn is_subhead(t: &str) -> bool {
    if t.len() > 320 {
        return false;
    }
    let n = t.chars().count();
    let words = t.split_whitespace().count();
    (3..=80).contains(&n)
        && (1..=10).contains(&words)
        && starts_upper(t)
        && !ends_sentence(t)
        && !t.ends_with(['-', '–', '—'])
}

/// A photo caption: `Tim Cook, CEO Apple (Foto: Reuters)`.
fn is_caption(t: &str) -> bool {
    if t.chars().count() > 220 || !t.ends_with(')') {
        return false;
    }
    let Some(open) = t.rfind('(') else {
        return false;
    };
    let inner = t[open + 1..].to_lowercase();
    [
        "foto:",
        "foto :",
        "kredit:",
        "photo:",
        "sumber foto",
        "ilustrasi:",
        "image:",
        "dok.",
        "dok:",
        "gambar:",
    ]
    .iter()
    .any(|p| inner.starts_with(p))
}

/// Lines that are page furniture rather than article text.
pub(crate) fn is_boilerplate(t: &str) -> bool {
    if is_caption(t) {
        return true;
    }
    let head_end = t.char_indices().nth(64).map_or(t.len(), |(i, _)| i);
    let lower = t[..head_end].to_lowercase();
    if matches!(
        lower.trim_end_matches([':', ' ']),
        "penulis"
            | "editor"
            | "reporter"
            | "sumber"
            | "foto"
            | "video"
            | "advertisement"
            | "iklan"
            | "share"
            | "bagikan"
    ) {
        return true;
    }
    let l = lower.trim_start_matches(['(', '[', ' ']);
    const READ_MORE: &[&str] = &[
        "baca juga",
        "baca_juga",
        "baca:",
        "baca :",
        "simak juga",
        "lihat juga",
        "simak:",
        "simak video",
        "tonton juga",
        "lihat video",
        "read more:",
        "read also",
        "also read",
        "related:",
        "berita terkait",
        "artikel terkait",
        "klik di sini",
        "ikuti kami",
        "follow us",
        "advertisement",
        "scroll to continue",
        "scroll to resume",
        "artikel ini telah tayang",
        "artikel ini sudah tayang",
        "artikel ini telah dimuat",
        "this article was originally published",
        "dapatkan update berita",
        "simak breaking news",
        "ikuti berita",
        "download aplikasi",
        "unduh aplikasi",
        "gabung grup",
        "lihat foto",
        "sign up for",
        "subscribe to",
    ];
    if READ_MORE.iter().any(|p| l.starts_with(p)) {
        return true;
    }
    const TAGLINES: &[&str] = &[
        "dailysocial.id adalah portal",
        "* tim yang ditulis terakhir",
    ];
    if TAGLINES.iter().any(|p| l.starts_with(p)) {
        return true;
    }
    // `Sumber berita AndroidPolice.`, `Sumber gambar: Pixabay`.
    if (l.starts_with("sumber berita")
        || l.starts_with("sumber gambar")
        || l.starts_with("sumber foto"))
        && t.split_whitespace().count() <= 10
    {
        return true;
    }
    // Scripts that leaked into copied text.
    if t.contains("CDATA")
        || (t.matches(';').count() >= 3 && (t.contains("function(") || t.contains("function (")))
    {
        return true;
    }
    // Separators: `* * *`, `–`, `---`.
    !t.chars().any(char::is_alphanumeric) && t.chars().count() <= 12
}

/// A whole paragraph that is only a reporter code: `(sur)`, `[bim]`, `(ugo / djm)`.
fn is_end_code(t: &str) -> bool {
    let t = t.trim();
    t.len() <= 60
        && (t.starts_with('(') && t.ends_with(')') || t.starts_with('[') && t.ends_with(']'))
        && {
            let inner = &t[1..t.len() - 1];
            code_like(inner)
        }
}

/// The inside of a reporter/editor code: `tyo`, `osc / gil`, `Uu. G005`, `T.M052/B / I007/I007`,
/// `Antara`, `gk-48`, `*/ sir`.
fn code_like(inner: &str) -> bool {
    let inner = inner.trim();
    if inner.is_empty() || inner.len() > 40 {
        return false;
    }
    if strict_code(inner) {
        return true;
    }
    // ANTARA: an editor id like G005, M052, I007.
    let bytes = inner.as_bytes();
    let antara = bytes
        .windows(4)
        .any(|w| w[0].is_ascii_uppercase() && w[1..].iter().all(u8::is_ascii_digit));
    if antara && inner.split_whitespace().count() <= 6 {
        return true;
    }
    let parts: Vec<&str> = inner.split('/').map(str::trim).collect();
    let token_ok = |p: &str| {
        !p.is_empty()
            && p.len() <= 12
            && (p == "*"
                || p.chars().all(|c| {
                    c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.' || c == '*'
                }))
            && p.chars().any(|c| c.is_ascii_lowercase() || c == '*')
    };
    if parts.iter().all(|p| token_ok(p)) {
        return true;
    }
    // `(Christie Stefanie / asa)`: a reporter's name, then codes.
    if parts.len() >= 2 && parts[1..].iter().all(|p| token_ok(p)) {
        let name = parts[0];
        return name.split_whitespace().count() <= 4
            && name
                .chars()
                .all(|c| c.is_alphabetic() || c == ' ' || c == '.');
    }
    // A single short capitalised credit: `(Antara)`, `[Antara]`, `(B)`, `(AFP)`.
    parts.len() == 1
        && !inner.contains(' ')
        && inner.len() <= 15
        && inner.chars().all(|c| c.is_alphabetic() || c == '.')
}

/// `rsa`, `gir / gir`, `ikbal/`: lowercase initials only.
fn strict_code(inner: &str) -> bool {
    let parts: Vec<&str> = inner.split('/').map(str::trim).collect();
    parts.len() <= 4
        && parts.iter().any(|p| !p.is_empty())
        && parts
            .iter()
            .all(|p| p.len() <= 6 && p.chars().all(|c| c.is_ascii_lowercase()))
}

/// Removes embed markers (`[Gambas: Youtube]`, `[video]...[/video]`) and inline "Baca juga"
/// links from a paragraph. Returns the cleaned text and what was removed.
fn strip_inline(p: &str) -> (String, Vec<String>) {
    let mut removed = Vec::new();
    let mut text = p.to_string();
    // `[video]http://...[/video]`
    while let Some(start) = text.find("[video]") {
        let end = text[start..]
            .find("[/video]")
            .map_or(text.len(), |e| start + e + "[/video]".len());
        removed.push(text[start..end].trim().to_string());
        text.replace_range(start..end, " ");
    }
    // `[Gambas: Video CNN]`
    while let Some(start) = text.find("[Gambas") {
        let Some(len) = text[start..].find(']') else {
            break;
        };
        removed.push(text[start..=start + len].to_string());
        text.replace_range(start..=start + len, " ");
    }
    // Ad-server scripts pasted after the text: `... (wdl / wdl) <! --// <! [CDATA [OA_show(...`.
    if let Some(at) = ["<!--", "<! --", "<![CDATA", "<! [CDATA"]
        .iter()
        .filter_map(|m| text.find(m))
        .min()
    {
        removed.push(text[at..].trim().to_string());
        text.truncate(at);
    }
    // Suara's `Baca_Juga` placeholder stands in front of real text.
    while let Some(start) = text.find("Baca_Juga") {
        removed.push("Baca_Juga".to_string());
        text.replace_range(start..start + "Baca_Juga".len(), " ");
    }
    // `... kata dia. Baca juga: Judul Berita Lain Kalimat berikutnya ...`
    for _ in 0..8 {
        if !strip_read_more(&mut text, &mut removed) {
            break;
        }
    }
    (norm(&text), removed)
}

/// Removes one inline "Baca juga" link; `false` when there is none.
fn strip_read_more(text: &mut String, removed: &mut Vec<String>) -> bool {
    // ASCII lowercasing keeps byte offsets valid in `text`.
    let lower = text.to_ascii_lowercase();
    let marker = ["baca juga:", "baca juga :", "simak juga:", "baca:"]
        .iter()
        .filter_map(|m| lower.find(m).map(|i| (i, m.len())))
        .min();
    if let Some((at, len)) = marker {
        let before_ok = at == 0
            || ends_sentence(text[..at].trim_end())
            || text[..at].ends_with(['(', '['])
            || text[at..].starts_with('B');
        if before_ok && lower.is_char_boundary(at + len) && text.is_char_boundary(at + len) {
            let after = &text[at + len..];
            let end = at + len + headline_len(after);
            // A paragraph that starts with the link keeps whole-line treatment unless a real
            // sentence clearly follows the headline.
            let remainder = text[end..].trim();
            if at == 0 && (remainder.split_whitespace().count() < 8 || !ends_sentence(remainder)) {
                return false;
            }
            let mut cut_start = at;
            let mut cut_end = end;
            // Brackets around the link go with it.
            if text[..cut_start].ends_with(['(', '[']) {
                cut_start -= 1;
                if text[cut_end..].trim_start().starts_with([')', ']']) {
                    cut_end = text.len() - text[cut_end..].trim_start().len() + 1;
                }
            }
            removed.push(norm(&text[cut_start..cut_end]));
            text.replace_range(cut_start..cut_end, " ");
            return true;
        }
    }
    false
}

/// Length in bytes of a Title Case headline at the start of `s`: words run on while they are
/// capitalised, numbers or short connectors; the capitalised word before the first ordinary
/// lowercase word starts the next sentence and is given back.
fn headline_len(s: &str) -> usize {
    const CONNECTORS: &[&str] = &[
        "di", "ke", "dari", "dan", "untuk", "yang", "dengan", "vs", "atau", "&", "-", "–", "pada",
        "dalam", "oleh", "bagi", "jadi", "akan", "tak", "tidak", "soal", "ini", "itu", "hingga",
        "sampai", "demi", "agar", "usai", "saat", "lewat", "bisa", "masih", "the", "of", "and",
        "a", "in", "vs.", "x",
    ];
    let mut words: Vec<(usize, usize, &str)> = Vec::new();
    let mut pos = 0;
    for w in s.split(' ') {
        if !w.is_empty() {
            words.push((pos, pos + w.len(), w));
        }
        pos += w.len() + 1;
    }
    let mut end = 0;
    let mut last_cap: Option<usize> = None;
    for (i, (_, e, w)) in words.iter().enumerate() {
        let core = w.trim_matches(|c: char| !c.is_alphanumeric());
        let capital = core.chars().any(|c| c.is_uppercase() || c.is_ascii_digit());
        let connector = CONNECTORS.contains(&core.to_lowercase().as_str()) || core.is_empty();
        if capital || connector {
            end = *e;
            if capital {
                last_cap = Some(i);
            }
            if w.ends_with(['.', '?', '!']) {
                return end;
            }
        } else {
            // Give back the capitalised word that starts the next sentence.
            return match last_cap {
                Some(j) if j > 0 && j + 1 == i => words[j - 1].1,
                _ => words.get(i.saturating_sub(1)).map_or(0, |w| w.1),
            };
        }
    }
    end.min(s.len())
}

/// Strips a trailing reporter code, agency credit or timestamp from a paragraph.
/// Returns `(kept, removed)`.
fn strip_tail(p: &str) -> Option<(String, String)> {
    let t = p.trim_end();
    // ANTARA timestamps: `(T.M052/B / I007/I007) 01-11-2016 18:35:47`.
    let mut end = t.len();
    let mut tail_words = 0;
    for w in t.split_whitespace().rev() {
        let is_stamp = w
            .chars()
            .all(|c| c.is_ascii_digit() || c == '-' || c == ':' || c == '/')
            && w.chars().filter(char::is_ascii_digit).count() >= 4
            && (w.contains(':') || w.matches('-').count() == 2);
        if is_stamp && tail_words < 2 {
            tail_words += 1;
        } else {
            break;
        }
    }
    if tail_words > 0 {
        let mut cut = t;
        for _ in 0..tail_words {
            cut = cut.trim_end();
            cut = &cut[..cut.rfind(char::is_whitespace).map_or(0, |i| i)];
        }
        end = cut.trim_end().len();
    }
    let body = &t[..end];
    let (open, close) = match body.chars().last()? {
        ')' => ('(', ')'),
        ']' => ('[', ']'),
        _ => {
            // `[tsr]mdk - split end mdk-split`: junk after a code.
            if let Some(i) = body.rfind(']') {
                let after = &body[i + 1..];
                if after.len() <= 40 && !after.contains(['.', '"', '”']) {
                    if let Some(j) = body[..i].rfind('[') {
                        if code_like(&body[j + 1..i]) && j > 0 && ends_sentence(&body[..j]) {
                            return Some((
                                body[..j].trim_end().to_string(),
                                body[j..].trim().to_string(),
                            ));
                        }
                    }
                }
            }
            if tail_words > 0 && t[end..].contains(':') {
                return Some((body.trim_end().to_string(), t[end..].trim().to_string()));
            }
            // `... kata Novel. * * * 2 * * *`
            let trimmed =
                body.trim_end_matches(|c: char| c == '*' || c == ' ' || c.is_ascii_digit());
            if trimmed.len() < body.len() && body[trimmed.len()..].contains("* *") {
                return Some((
                    trimmed.to_string(),
                    body[trimmed.len()..].trim().to_string(),
                ));
            }
            return None;
        }
    };
    let start = body.rfind(open)?;
    let inner = &body[start + open.len_utf8()..body.len() - close.len_utf8()];
    if inner.contains([open, close]) {
        return None;
    }
    // `(Baca: KPK Siapkan ...)` at the very end.
    if is_boilerplate(&body[start..]) {
        return Some((
            body[..start].trim_end().to_string(),
            t[start..].trim().to_string(),
        ));
    }
    if !code_like(inner) {
        return None;
    }
    let before = body[..start].trim_end();
    // A code follows a finished sentence (or stands alone): `(B)` inside a sentence is not a code.
    // Short lowercase codes (`(rsa)`, `(gir / gir)`) are codes wherever they end the text.
    if !before.is_empty() && !ends_sentence(before) && !strict_code(inner) {
        return None;
    }
    Some((before.to_string(), t[start..].trim().to_string()))
}

/// A photo credit at the end of a caption: `... Kursk. -/Kremlin/dpa`, `... (Foto: Reuters)`.
fn strip_credit(p: &str) -> Option<(String, String)> {
    let t = p.trim_end();
    let (before, last) = t.rsplit_once(' ')?;
    let credit = last.starts_with(['-', '/'])
        && last.contains('/')
        && last
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '/' | '-' | '.' | '_'))
        && ends_sentence(before);
    credit.then(|| (before.trim_end().to_string(), last.to_string()))
}

/// A dateline at the start of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Dateline {
    pub outlet: Option<String>,
    pub place: Option<String>,
    pub date: Option<Ymd>,
    /// The paragraph after the dateline.
    pub rest: String,
}

const SEPARATORS: &[&str] = &[" -- ", " – ", " — ", " - ", " --", " —", " –", " -"];
const CITIES: &[&str] = &[
    "jakarta",
    "bandung",
    "surabaya",
    "medan",
    "yogyakarta",
    "semarang",
    "makassar",
    "denpasar",
    "palembang",
    "bekasi",
    "depok",
    "tangerang",
    "bogor",
    "solo",
    "malang",
    "batam",
    "pekanbaru",
    "padang",
    "balikpapan",
    "samarinda",
    "manado",
    "jayapura",
    "kupang",
    "mataram",
    "pontianak",
    "banjarmasin",
    "serang",
    "cirebon",
    "ambon",
    "kendari",
    "palu",
    "jambi",
    "bengkulu",
    "lampung",
    "aceh",
    "banda aceh",
];

/// Parses `Jakarta (ANTARA News) - text`, `Jakarta, CNN Indonesia -- text`, `KONTAN.CO.ID -
/// JAKARTA. text`, `TRIBUNKALTIM.CO - text`, `JUARA.NET, KUALA LUMPUR - text`, `INDRAMAYU – text`,
/// `Jeddah, Saudi Arabia, 27/11 (Antara) - text`.
pub(crate) fn parse_dateline(p: &str) -> Option<Dateline> {
    let head_end = p.char_indices().nth(110).map_or(p.len(), |(i, _)| i);
    let head = &p[..head_end];
    // Every separator occurrence in the head, earliest first (`Perserikatan Bangsa - Bangsa / PBB,
    // New York (ANTARA News) - ...` needs the second one).
    let mut candidates: Vec<(usize, &str)> = Vec::new();
    for sep in SEPARATORS {
        let mut from = 0;
        while let Some(i) = head.get(from..).and_then(|h| h.find(sep)) {
            candidates.push((from + i, sep));
            from += i + sep.len();
        }
    }
    candidates.sort_by_key(|(i, s)| (*i, std::cmp::Reverse(s.len())));
    candidates.dedup_by_key(|(i, _)| *i);
    for (pos, sep) in candidates.iter().take(4) {
        if let Some(dl) = dateline_at(p, *pos, sep, true) {
            return Some(dl);
        }
    }
    // `JUARA.NET, TOKYO-pasangan ganda`: a bare hyphen, accepted only after a named outlet.
    let bare = head.find(['-', '–', '—'])?;
    let sep = &head[bare..bare + head[bare..].chars().next()?.len_utf8()];
    dateline_at(p, bare, sep, false).filter(|dl| dl.outlet.is_some())
}

/// Validates the prefix before the separator at `pos` as a dateline.
fn dateline_at(p: &str, pos: usize, sep: &str, spaced: bool) -> Option<Dateline> {
    const LABELS: &[&str] = &[
        "opini",
        "analisis",
        "simak juga",
        "baca juga",
        "video",
        "foto",
        "editorial",
        "infografis",
        "advertorial",
        "update",
        "breaking news",
        "eksklusif",
        "news",
        "news video",
        "kolom",
        "tajuk",
        "live",
        "preview",
    ];
    let prefix = p[..pos].trim();
    if LABELS.contains(&prefix.to_lowercase().as_str()) || is_boilerplate(p) {
        return None;
    }
    let rest = p[pos + sep.len()..]
        .trim_start()
        .trim_start_matches([',', ';', ' ']);
    if prefix.is_empty() || prefix.chars().count() > 80 || prefix.split_whitespace().count() > 10 {
        return None;
    }
    if prefix.contains(['"', '“', '”', ':', ';', '!', '?']) {
        return None;
    }
    if !spaced && (rest.is_empty() || prefix.split_whitespace().count() > 5) {
        return None;
    }
    let mut outlet: Option<String> = None;
    let mut places: Vec<&str> = Vec::new();
    let mut date: Option<Ymd> = None;
    let mut before = prefix;
    let mut bracketed = false;
    if prefix.ends_with(')') {
        let open = prefix.rfind('(')?;
        let inner = prefix[open + 1..prefix.len() - 1].trim();
        if let Some(d) = find_date(inner) {
            date = Some(d);
        } else if !inner.is_empty() && inner.split_whitespace().count() <= 4 {
            outlet = Some(known_outlet(inner).unwrap_or_else(|| inner.to_string()));
            bracketed = true;
        } else {
            return None;
        }
        before = prefix[..open].trim().trim_end_matches(',').trim();
    } else if prefix.contains(['(', ')']) {
        return None;
    }
    let mut day_month: Option<&str> = None;
    for part in before.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        if outlet.is_none() && (known_outlet(part).is_some() || looks_like_domain(part)) {
            outlet = Some(known_outlet(part).unwrap_or_else(|| part.to_string()));
        } else if is_day_month(part) {
            // `KYIV, March 3 (Reuters) -`: the wire's day and month; a year may follow.
            day_month = Some(part);
        } else if let Some(d) = day_month
            .filter(|_| part.len() == 4)
            .and_then(|dm| find_date(&format!("{dm} {part}")))
        {
            // `NEW YORK, June 4, 2025 (Reuters) -`: the year completes the date.
            date = date.or(Some(d));
        } else if part.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            if part.contains('/') || part.contains('-') {
                date = date.or_else(|| find_date(part));
            } else {
                return None;
            }
        } else if is_place(part)
            || (bracketed && part.chars().next().is_some_and(char::is_uppercase))
        {
            places.push(part);
        } else {
            return None;
        }
    }
    if outlet.is_none() {
        // Without an outlet, the dateline must open with an ALL-CAPS place or a well-known city,
        // so that `Persib - Persija berakhir imbang` is not mistaken for one. The wire's state
        // or country after it is written in title case (`CUPERTINO, California, March 3 -`).
        let ok = places.first().is_some_and(|pl| {
            let caps = pl
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
                && pl.chars().filter(|c| c.is_alphabetic()).count() >= 3;
            caps || CITIES.contains(&pl.to_lowercase().as_str())
        });
        if !ok || !starts_upper(rest) {
            return None;
        }
    }
    let mut rest = rest.to_string();
    // `KONTAN.CO.ID - JAKARTA. Rusia ...`: the place follows the outlet.
    if places.is_empty() && outlet.is_some() {
        if let Some((cand, after)) = rest.split_once(". ") {
            let letters: Vec<char> = cand.chars().filter(|c| c.is_alphabetic()).collect();
            if letters.len() >= 3
                && letters.iter().all(|c| c.is_uppercase())
                && cand.split_whitespace().count() <= 3
                && cand
                    .chars()
                    .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
            {
                let place = cand.to_string();
                rest = after.trim_start().to_string();
                return Some(Dateline {
                    outlet,
                    place: Some(place),
                    date,
                    rest,
                });
            }
        }
    }
    // `TOKYO-pasangan`: the sentence lost its capital with the missing space.
    if !spaced {
        let mut chars = rest.chars();
        if let Some(first) = chars.next() {
            rest = first.to_uppercase().chain(chars).collect();
        }
    }
    let place = (!places.is_empty()).then(|| places.join(", "));
    Some(Dateline {
        outlet,
        place,
        date,
        rest,
    })
}

fn is_place(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && words.iter().all(|w| {
            let first = w.chars().next().unwrap_or(' ');
            (first.is_uppercase()
                || matches!(*w, "de" | "di" | "van" | "al" | "el" | "la" | "da" | "dos"))
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\''))
        })
}

/// A title from the lead: its first sentence, cut near 90 characters.
pub(crate) fn derive_title(lead: &str) -> String {
    let sentence = first_sentence(lead);
    let sentence = sentence.trim_end_matches(['.', ' ']);
    if sentence.chars().count() <= 100 {
        return sentence.to_string();
    }
    let chars: Vec<char> = sentence.chars().take(120).collect();
    // Prefer a clause boundary (`, ` not inside a number) between 60 and 100 characters.
    let clause = (60..100.min(chars.len().saturating_sub(1)))
        .rev()
        .find(|&i| chars[i] == ',' && chars[i + 1] == ' ');
    if let Some(i) = clause {
        return chars[..i].iter().collect::<String>().trim_end().to_string() + "…";
    }
    let cut: String = chars[..90].iter().collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{}…", cut.trim_end_matches([',', ' ', ';', ':']))
}

/// Up to the first `.`, `!` or `?` that is followed by a space and a capital (so `20.000` and
/// `Rp 5,7 miliar` do not end it), skipping initials and abbreviations (`Anggun C. Sasmi`,
/// `Dr. Tirta`). Very short sentences (`Hai!`) take the next one along.
fn first_sentence(t: &str) -> &str {
    const ABBREVIATIONS: &[&str] = &[
        "dr", "drs", "dra", "prof", "jl", "jln", "kol", "no", "st", "sdr", "tn", "ny", "hj", "ir",
        "mr", "mrs", "ms", "jr", "sr", "lt", "gen", "col", "inc", "co", "corp", "ltd", "vs", "kab",
        "kec", "kel", "rp", "kh", "h", "ust", "brigjen", "mayjen", "letjen", "kompol", "akbp",
        "kombes", "aipda", "bripka", "ipda", "iptu", "akp", "sh", "se", "mm", "msi", "phd", "bpk",
        "mt", "dll", "dsb", "dkk", "u.s", "gov", "sen", "rep", "jan", "feb", "aug", "sept", "oct",
        "nov", "dec",
    ];
    // A title needs only the start of the lead; never index a whole huge paragraph.
    let chars: Vec<(usize, char)> = t.char_indices().take(600).collect();
    for (k, w) in chars.windows(3).enumerate() {
        let ((i, a), (_, b), (_, c)) = (w[0], w[1], w[2]);
        if !(matches!(a, '.' | '!' | '?') && b == ' ' && (c.is_uppercase() || c == '"' || c == '“'))
        {
            continue;
        }
        if a == '.' {
            let word_start = chars[..k]
                .iter()
                .rposition(|(_, ch)| ch.is_whitespace())
                .map_or(0, |p| p + 1);
            let word: String = chars[word_start..k]
                .iter()
                .map(|(_, ch)| ch.to_ascii_lowercase())
                .collect();
            let initial = word.chars().count() == 1 && word.chars().all(char::is_alphabetic);
            if initial || ABBREVIATIONS.contains(&word.as_str()) {
                continue;
            }
        }
        let end = i + a.len_utf8();
        if t[..end].split_whitespace().count() < 4 {
            continue;
        }
        return &t[..end];
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dl(p: &str) -> Option<(Option<String>, Option<String>, String)> {
        parse_dateline(p).map(|d| (d.outlet, d.place, d.rest))
    }

    #[test]
    fn datelines() {
        let s = |x: &str| Some(x.to_string());
        assert_eq!(
            dl("Jakarta (ANTARA News) - Teks."),
            Some((s("ANTARA"), s("Jakarta"), "Teks.".into()))
        );
        assert_eq!(
            dl("Jakarta, CNN Indonesia -- Teks."),
            Some((s("CNN Indonesia"), s("Jakarta"), "Teks.".into()))
        );
        assert_eq!(
            dl("KONTAN.CO.ID - JAKARTA. Rusia x."),
            Some((s("Kontan"), s("JAKARTA"), "Rusia x.".into()))
        );
        assert_eq!(
            dl("TRIBUNKALTIM.CO - Ratusan x."),
            Some((s("Tribun Kaltim"), None, "Ratusan x.".into()))
        );
        assert_eq!(
            dl("JUARA.NET, KUALA LUMPUR - Bus."),
            Some((s("Juara"), s("KUALA LUMPUR"), "Bus.".into()))
        );
        assert_eq!(
            dl("INDRAMAYU – Sejak x."),
            Some((None, s("INDRAMAYU"), "Sejak x.".into()))
        );
        assert_eq!(dl("Suara.com -"), Some((s("Suara"), None, String::new())));
        // A wire dateline's day and month are no place.
        assert_eq!(
            dl("KYIV, March 3 (Reuters) - Ukraine's air force said."),
            Some((s("Reuters"), s("KYIV"), "Ukraine's air force said.".into()))
        );
        // With the year, the wire's date dates the article (`June 4, 2025`: the comma split
        // it from its day and month).
        let wire = parse_dateline("NEW YORK, June 4, 2025 (Reuters) - The United Nations said.");
        let wire = wire.expect("a wire dateline with a full date");
        assert_eq!(
            (
                wire.outlet.as_deref(),
                wire.place.as_deref(),
                wire.rest.as_str()
            ),
            (
                Some("Reuters"),
                Some("NEW YORK"),
                "The United Nations said."
            )
        );
        assert_eq!(
            wire.date,
            Some(Ymd {
                y: 2025,
                m: 6,
                d: 4
            })
        );
        // Without an outlet: an ALL-CAPS city, its state in title case, and the date.
        let us = parse_dateline("CUPERTINO, California, March 3, 2025 - Apple on Monday unveiled.");
        let us = us.expect("a US-style dateline without an outlet");
        assert_eq!(
            (us.outlet, us.place.as_deref(), us.rest.as_str(), us.date),
            (
                None,
                Some("CUPERTINO, California"),
                "Apple on Monday unveiled.",
                Some(Ymd {
                    y: 2025,
                    m: 3,
                    d: 3
                })
            )
        );
        // A title-case word before the dash is still no dateline without a known city first.
        assert_eq!(dl("Persib, Bandung - Persija berakhir imbang."), None);
        // A four-digit number that is no year of a day and month still refuses the line.
        assert_eq!(dl("Jakarta, 2025 - Teks."), None);
        assert_eq!(
            dl("JAKARTA, 3 Maret (ANTARA) - Teks."),
            Some((s("ANTARA"), s("JAKARTA"), "Teks.".into()))
        );
        assert_eq!(
            dl("Jeddah, Saudi Arabia, 27/11 (Antara) - Indonesia x."),
            Some((
                s("ANTARA"),
                s("Jeddah, Saudi Arabia"),
                "Indonesia x.".into()
            ))
        );
        for (p, outlet, place) in [
            ("TEMPO.CO, Jakarta - Teks.", Some("Tempo"), Some("Jakarta")),
            (
                "JAKARTA, KOMPAS.com - Teks.",
                Some("Kompas"),
                Some("JAKARTA"),
            ),
            (
                "Liputan6.com, Jakarta - Teks.",
                Some("Liputan6"),
                Some("Jakarta"),
            ),
            (
                "REPUBLIKA.CO.ID, JAKARTA -- Teks.",
                Some("Republika"),
                Some("JAKARTA"),
            ),
            (
                "Jakarta, IDN Times - Teks.",
                Some("IDN Times"),
                Some("Jakarta"),
            ),
            (
                "TRIBUNNEWS.COM, JAKARTA - Teks.",
                Some("Tribunnews"),
                Some("JAKARTA"),
            ),
            ("Jakarta - Teks dari detik.", None, Some("Jakarta")),
            (
                "WASHINGTON (Reuters) - Text.",
                Some("Reuters"),
                Some("WASHINGTON"),
            ),
            ("LONDON — Text.", None, Some("LONDON")),
        ] {
            let got = parse_dateline(p).unwrap_or_else(|| panic!("{p}"));
            assert_eq!(
                (got.outlet.as_deref(), got.place.as_deref()),
                (outlet, place),
                "{p}"
            );
        }
        assert_eq!(dl("Persib - Persija berakhir imbang."), None);
        assert_eq!(dl("Dia mengatakan - dengan tegas - bahwa x."), None);
    }

    #[test]
    fn tails() {
        let t = strip_tail;
        assert_eq!(
            t("kata dia. (Uu. G005)"),
            Some(("kata dia.".into(), "(Uu. G005)".into()))
        );
        assert_eq!(
            t("kata dia. [tyo]"),
            Some(("kata dia.".into(), "[tyo]".into()))
        );
        assert_eq!(
            t("kata dia. (osc / gil)"),
            Some(("kata dia.".into(), "(osc / gil)".into()))
        );
        assert_eq!(t("melawan Arema (Malang)"), None);
        assert_eq!(
            t("kata Novel. (T.M052/B / I007/I007) 01-11-2016 18:35:47").map(|x| x.0),
            Some("kata Novel.".into())
        );
        assert_eq!(
            strip_credit("di Kursk. -/Kremlin/dpa"),
            Some(("di Kursk.".into(), "-/Kremlin/dpa".into()))
        );
    }

    #[test]
    fn furniture_lines() {
        for line in [
            "Baca juga: Judul Lain",
            "[Baca Juga: Judul Lain]",
            "SCROLL TO CONTINUE WITH CONTENT",
            "ADVERTISEMENT",
            "Artikel ini telah tayang di Tribunnews.com dengan judul Judul Lain",
            "Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com.",
            "* * *",
            "Tim Cook, CEO Apple (Foto: Reuters)",
        ] {
            assert!(is_boilerplate(line), "{line}");
        }
        for line in [
            "Bacaan doa itu dibacakan oleh ulama.",
            "Advertising revenue grew by 5 percent.",
            "Lihat saja nanti.",
        ] {
            assert!(!is_boilerplate(line), "{line}");
        }
    }

    #[test]
    fn titles() {
        assert_eq!(
            derive_title("Rusia menyerang Kursk lagi. Lalu"),
            "Rusia menyerang Kursk lagi"
        );
        assert!(derive_title(&"kata ".repeat(40)).ends_with('…'));
        assert_eq!(
            first_sentence("Ada 20.000 warga di sana. Lalu"),
            "Ada 20.000 warga di sana."
        );
        assert_eq!(
            first_sentence("Penyanyi Anggun C. Sasmi tampil di Paris. Lalu"),
            "Penyanyi Anggun C. Sasmi tampil di Paris."
        );
        assert_eq!(
            first_sentence("Hai! Apa kabar semua pembaca? Baik"),
            "Hai! Apa kabar semua pembaca?"
        );
        assert_eq!(
            first_sentence("Kata Dr. Tirta di sini. Lalu"),
            "Kata Dr. Tirta di sini."
        );
    }
}
