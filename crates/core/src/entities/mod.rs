//! Named entities (people, places, organisations) plus dates and quantities.
//!
//! Placeholder: the extractor lands with issue 4. The types are fixed now so the CLI record,
//! the quote extractor and the app can be written against them.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    Person,
    Place,
    Organization,
}

/// Where a name occurs: character (Unicode scalar) offsets into `paragraphs[paragraph]`,
/// `end` exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// Canonical, fullest form.
    pub name: String,
    pub kind: EntityKind,
    /// Every surface form used in the article.
    pub aliases: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    pub mentions: Vec<Mention>,
}
