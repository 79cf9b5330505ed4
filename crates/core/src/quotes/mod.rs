//! Direct and indirect quotes with their speakers.
//!
//! Placeholder: the extractor lands with issue 5. The type is fixed now so the CLI record and
//! the app can be written against it.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    Direct,
    Indirect,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words, without quote marks.
    pub text: String,
    pub kind: QuoteKind,
    /// Canonical entity name of the speaker, or `None` when anonymous or unresolved.
    pub speaker: Option<String>,
    pub speaker_role: Option<String>,
    /// Cue verb (`kata`, `mengatakan`, `said`).
    pub cue: Option<String>,
    /// Character offsets into `paragraphs[paragraph]`, `end` exclusive.
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
}
