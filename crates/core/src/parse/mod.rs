//! Bytes plus a file name in, [`Article`]s (or typed errors) out.
//!
//! Contract: [`parse_file`] never panics, whatever the bytes. Each returned item is either an
//! article or a [`ParseError`] that names the file and says, in words a user understands, why it
//! could not be read. One bad member of a multi-article file never hides the good ones.
//!
//! The work is split in two halves:
//!
//! * format readers ([`text`], [`markdown`], [`html`], [`json`], [`archive`]) turn decoded text into
//!   a [`Draft`]: marked metadata (title, date, source, url, author) plus body blocks;
//! * [`clean`] turns every draft into an [`Article`] the same way: dateline, outlet, reporter
//!   codes, "Baca juga" lines, subheads, derived title, date and language.

mod archive;
mod clean;
mod date;
mod decode;
mod html;
mod json;
mod lang;
mod markdown;
mod source;
mod text;

use serde::Serialize;

use crate::Article;

pub use date::iso_date_from_ms;
pub use lang::detect_language;
pub use source::normalize_source;

/// Files larger than this are refused before any decoding work.
pub const MAX_FILE_BYTES: usize = 50 * 1024 * 1024;
/// An archive may expand to at most this many bytes in total (zip bomb guard).
pub const MAX_ARCHIVE_BYTES: u64 = 200 * 1024 * 1024;
/// An archive may hold at most this many entries.
pub const MAX_ARCHIVE_ENTRIES: usize = 10_000;
/// Archives inside archives are followed this deep.
const MAX_ARCHIVE_DEPTH: usize = 2;

/// One file handed to the parser.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    /// The name the user knows the file by (path as given on the CLI, file name in the browser).
    pub name: &'a str,
    pub bytes: &'a [u8],
    /// Last-modified time in milliseconds since the Unix epoch, if known. Used as the date of
    /// last resort, flagged [`crate::DateOrigin::FileModified`].
    pub modified_ms: Option<i64>,
}

impl<'a> Input<'a> {
    pub fn new(name: &'a str, bytes: &'a [u8]) -> Self {
        Self {
            name,
            bytes,
            modified_ms: None,
        }
    }
}

/// Why a file (or one record inside it) could not become an article.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ParseError {
    #[error("{file}: this is not a text file (it looks like binary data)")]
    Binary { file: String },
    #[error(
        "{file}: {what} files are not supported; save the article as text, HTML, Markdown or JSON"
    )]
    Unsupported { file: String, what: String },
    #[error("{file}: the file is empty")]
    Empty { file: String },
    #[error("{file}: the file is too large ({size} bytes; the limit is {limit} bytes)")]
    TooLarge {
        file: String,
        size: usize,
        limit: usize,
    },
    #[error("{file}: no article text found")]
    NoText { file: String },
    #[error("{file}: no article text found in this web page (only navigation, scripts or other page furniture)")]
    NoArticleInPage { file: String },
    #[error("{file}: invalid JSON at line {line}, column {column}: {message}")]
    InvalidJson {
        file: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{file}: record {record}: {reason}")]
    BadRecord {
        file: String,
        record: usize,
        reason: String,
    },
    #[error("{file}: the archive could not be read: {reason}")]
    BadArchive { file: String, reason: String },
    #[error(
        "{file}: the archive expands to more than {limit} bytes; refusing it (possible zip bomb)"
    )]
    ArchiveTooLarge { file: String, limit: u64 },
    #[error("{file}: the archive has {entries} entries; the limit is {limit}")]
    TooManyEntries {
        file: String,
        entries: usize,
        limit: usize,
    },
    #[error("{file}: the archive contains no files Kliping can read")]
    EmptyArchive { file: String },
}

impl ParseError {
    /// The file (or archive member) the error is about.
    pub fn file(&self) -> &str {
        match self {
            ParseError::Binary { file }
            | ParseError::Unsupported { file, .. }
            | ParseError::Empty { file }
            | ParseError::TooLarge { file, .. }
            | ParseError::NoText { file }
            | ParseError::NoArticleInPage { file }
            | ParseError::InvalidJson { file, .. }
            | ParseError::BadRecord { file, .. }
            | ParseError::BadArchive { file, .. }
            | ParseError::ArchiveTooLarge { file, .. }
            | ParseError::TooManyEntries { file, .. }
            | ParseError::EmptyArchive { file } => file,
        }
    }
}

/// Size bounds applied while parsing. [`parse_file`] uses [`Limits::default`] (the `MAX_*`
/// constants); tests and tools may tighten them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest file (or archive member, once decompressed) accepted.
    pub max_file_bytes: usize,
    /// Most bytes all members of an archive may decompress to, together.
    pub max_archive_bytes: u64,
    /// Most entries an archive may list.
    pub max_archive_entries: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_file_bytes: MAX_FILE_BYTES,
            max_archive_bytes: MAX_ARCHIVE_BYTES,
            max_archive_entries: MAX_ARCHIVE_ENTRIES,
        }
    }
}

/// Parses one file into zero or more articles.
pub fn parse_file(input: Input<'_>) -> Vec<Result<Article, ParseError>> {
    parse_file_with(input, &Limits::default())
}

/// [`parse_file`] with explicit size bounds.
pub fn parse_file_with(input: Input<'_>, limits: &Limits) -> Vec<Result<Article, ParseError>> {
    let mut budget = archive::Budget::new(*limits);
    parse_inner(input, 0, &mut budget)
}

/// The shape of a file, from its extension or, failing that, its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Markdown,
    Html,
    Json,
    Ndjson,
    Zip,
    Unknown,
}

fn format_from_name(name: &str) -> Format {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let ext = match base.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => ext.to_ascii_lowercase(),
        _ => return Format::Unknown,
    };
    match ext.as_str() {
        "txt" | "text" => Format::Text,
        "md" | "markdown" | "mdown" | "mkd" => Format::Markdown,
        "html" | "htm" | "xhtml" | "shtml" => Format::Html,
        "json" => Format::Json,
        "ndjson" | "jsonl" | "jsonlines" => Format::Ndjson,
        "zip" => Format::Zip,
        _ => Format::Unknown,
    }
}

/// Known binary formats, by magic bytes, named for the error message.
fn binary_kind(bytes: &[u8], name: &str) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF", "PDF"),
        (b"\x89PNG", "PNG image"),
        (b"\xff\xd8\xff", "JPEG image"),
        (b"GIF8", "GIF image"),
        (b"RIFF", "RIFF media (WebP, WAV, AVI)"),
        (b"\x1f\x8b", "gzip"),
        (b"Rar!", "RAR archive"),
        (b"7z\xbc\xaf", "7-Zip archive"),
        (b"\xd0\xcf\x11\xe0", "Microsoft Office (legacy)"),
        (b"{\\rtf", "RTF"),
    ];
    if let Some((_, what)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Some(what);
    }
    let lower = name.to_ascii_lowercase();
    let office = [
        (".docx", "Word"),
        (".xlsx", "Excel"),
        (".pptx", "PowerPoint"),
        (".odt", "OpenDocument"),
        (".epub", "EPUB"),
    ];
    office
        .iter()
        .find(|(ext, _)| lower.ends_with(ext))
        .map(|(_, what)| *what)
}

pub(crate) fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06")
}

fn parse_inner(
    input: Input<'_>,
    depth: usize,
    budget: &mut archive::Budget,
) -> Vec<Result<Article, ParseError>> {
    let file = input.name.to_string();
    let bytes = input.bytes;
    if bytes.len() > budget.limits.max_file_bytes {
        return vec![Err(ParseError::TooLarge {
            file,
            size: bytes.len(),
            limit: budget.limits.max_file_bytes,
        })];
    }
    if bytes.is_empty() {
        return vec![Err(ParseError::Empty { file })];
    }
    let format = format_from_name(input.name);
    if let Some(what) = binary_kind(bytes, input.name) {
        return vec![Err(ParseError::Unsupported {
            file,
            what: what.to_string(),
        })];
    }
    if format == Format::Zip || is_zip(bytes) {
        if depth >= MAX_ARCHIVE_DEPTH {
            return vec![Err(ParseError::Unsupported {
                file,
                what: "Deeply nested archive".to_string(),
            })];
        }
        if !is_zip(bytes) {
            return vec![Err(ParseError::BadArchive {
                file,
                reason: "this is not a zip archive".to_string(),
            })];
        }
        return archive::parse_zip(input, depth, budget);
    }
    let text = match decode::decode(bytes) {
        Some(text) => text,
        None => return vec![Err(ParseError::Binary { file })],
    };
    if text.trim().is_empty() {
        return vec![Err(ParseError::Empty { file })];
    }
    let ctx = clean::Ctx {
        file: &file,
        index: None,
        modified_ms: input.modified_ms,
    };
    let format = if format == Format::Unknown {
        sniff(&text)
    } else {
        format
    };
    match format {
        Format::Json => json::parse_json(&text, &ctx),
        Format::Ndjson => json::parse_ndjson(&text, &ctx),
        Format::Html => vec![html::parse_html(&text, &ctx)],
        Format::Markdown => vec![markdown::parse_markdown(&text, &ctx)],
        Format::Text | Format::Zip | Format::Unknown => vec![text::parse_text(&text, &ctx)],
    }
}

/// Guesses the format of a file without a known extension from its decoded text.
fn sniff(text: &str) -> Format {
    let t = text.trim_start();
    let head: String = t
        .chars()
        .take(2048)
        .collect::<String>()
        .to_ascii_lowercase();
    if t.starts_with('{') || t.starts_with('[') {
        if serde_json::from_str::<serde_json::Value>(t).is_ok() {
            return Format::Json;
        }
        let mut lines = t.lines().filter(|l| !l.trim().is_empty());
        if lines
            .next()
            .is_some_and(|l| serde_json::from_str::<serde_json::Value>(l).is_ok())
        {
            return Format::Ndjson;
        }
        if t.starts_with('{') {
            return Format::Json;
        }
    }
    if t.starts_with('<')
        && [
            "<!doctype html",
            "<html",
            "<body",
            "<head",
            "<p>",
            "<p ",
            "<article",
            "<div",
        ]
        .iter()
        .any(|m| head.contains(m))
    {
        return Format::Html;
    }
    if t.starts_with("---\n") || t.lines().take(20).any(|l| l.starts_with("# ")) {
        return Format::Markdown;
    }
    Format::Text
}

/// 16 hex digits of a stable 64-bit FNV-1a hash over title and body.
pub(crate) fn content_id(title: &str, paragraphs: &[String]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |s: &str| {
        for b in s.bytes().chain(std::iter::once(0u8)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    };
    eat(title);
    for p in paragraphs {
        eat(p);
    }
    format!("{h:016x}")
}
