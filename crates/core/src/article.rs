//! The [`Article`]: what one news article is once its file has been parsed.
//!
//! An `Article` is plain data. It is produced by [`crate::parse`], consumed by extraction and
//! the corpus, and serialised to JSON unchanged, so field names here are part of the CLI contract.

use serde::{Deserialize, Serialize};

/// One parsed news article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// Content hash (16 lowercase hex digits) of the title and body. Two files with the same
    /// text get the same id, which is how the corpus spots duplicates.
    pub id: String,
    /// The file the article came from, as the user named it. Archive members are written
    /// `archive.zip!/inner/path`.
    pub file: String,
    /// Position of the record inside a JSON array / NDJSON file; `None` for single-article files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index: Option<usize>,
    pub title: String,
    /// `true` when the file did not mark a title and one was derived from the text.
    pub title_derived: bool,
    /// The outlet, normalised (`Kontan`, `Tribun Kaltim`, `ANTARA`, `CNN Indonesia`).
    pub source: Option<String>,
    pub url: Option<String>,
    /// The place named in the dateline (`JAKARTA`, `Yangon`).
    pub dateline: Option<String>,
    pub published: Option<Published>,
    pub byline: Option<String>,
    pub editor: Option<String>,
    pub subheads: Vec<String>,
    /// The body only: no title, dateline prefix, "Baca juga" lines or reporter codes.
    pub paragraphs: Vec<String>,
    /// Lines removed from the body, kept aside rather than lost.
    pub boilerplate: Vec<String>,
    pub language: Language,
}

impl Article {
    /// Number of words in the body, counting runs of alphanumeric characters.
    pub fn word_count(&self) -> usize {
        self.paragraphs.iter().map(|p| count_words(p)).sum()
    }

    /// The first `max_chars` characters of the body, cut at a word boundary, for card previews.
    pub fn lead(&self, max_chars: usize) -> String {
        let body = self.paragraphs.join(" ");
        if body.chars().count() <= max_chars {
            return body;
        }
        let cut: String = body.chars().take(max_chars).collect();
        let cut = match cut.rfind(char::is_whitespace) {
            Some(i) if i > max_chars / 2 => &cut[..i],
            _ => &cut[..],
        };
        format!(
            "{}…",
            cut.trim_end_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace())
        )
    }
}

pub(crate) fn count_words(text: &str) -> usize {
    text.split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// A publication date and where it was found, so the UI can say how much to trust it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Published {
    /// ISO 8601 date, `YYYY-MM-DD`.
    pub date: String,
    pub origin: DateOrigin,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateOrigin {
    /// Front matter, HTML meta tags, a JSON field, or the date in the article URL
    /// (`/2018/02/24/`, `/20170511181508-12-214171/`).
    Metadata,
    /// The dateline at the start of the body.
    Dateline,
    /// A date written in the article text.
    Text,
    /// Nothing in the file: the file's last-modified time.
    FileModified,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Language {
    #[default]
    #[serde(rename = "id")]
    Indonesian,
    #[serde(rename = "en")]
    English,
}

impl Language {
    pub fn code(self) -> &'static str {
        match self {
            Language::Indonesian => "id",
            Language::English => "en",
        }
    }
}
