//! Bytes plus a file name in, [`Article`]s (or typed errors) out.
//!
//! Contract: [`parse_file`] never panics, whatever the bytes. Each returned item is either an
//! article or a [`ParseError`] that names the file and says, in words a user understands, why it
//! could not be read. One bad member of a multi-article file never hides the good ones.

mod text;

use serde::Serialize;

use crate::Article;

/// Files larger than this are refused before any decoding work.
pub const MAX_FILE_BYTES: usize = 50 * 1024 * 1024;

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
        Self { name, bytes, modified_ms: None }
    }
}

/// Why a file (or one record inside it) could not become an article.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ParseError {
    #[error("{file}: this is not a text file (it looks like binary data)")]
    Binary { file: String },
    #[error("{file}: the file is empty")]
    Empty { file: String },
    #[error("{file}: the file is too large ({size} bytes; the limit is {limit} bytes)")]
    TooLarge { file: String, size: usize, limit: usize },
    #[error("{file}: no article text found")]
    NoText { file: String },
}

impl ParseError {
    /// The file (or archive member) the error is about.
    pub fn file(&self) -> &str {
        match self {
            ParseError::Binary { file }
            | ParseError::Empty { file }
            | ParseError::TooLarge { file, .. }
            | ParseError::NoText { file } => file,
        }
    }
}

/// Parses one file into zero or more articles.
pub fn parse_file(input: Input<'_>) -> Vec<Result<Article, ParseError>> {
    let file = input.name.to_string();
    if input.bytes.len() > MAX_FILE_BYTES {
        return vec![Err(ParseError::TooLarge { file, size: input.bytes.len(), limit: MAX_FILE_BYTES })];
    }
    if input.bytes.iter().all(u8::is_ascii_whitespace) {
        return vec![Err(ParseError::Empty { file })];
    }
    if looks_binary(input.bytes) {
        return vec![Err(ParseError::Binary { file })];
    }
    let text = String::from_utf8_lossy(input.bytes);
    vec![text::parse_text(&file, &text)]
}

/// NUL bytes or a high share of control characters mean "not text".
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    let control = sample
        .iter()
        .filter(|&&b| b == 0 || (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)))
        .count();
    sample.contains(&0) || control * 20 > sample.len()
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
