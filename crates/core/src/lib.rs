//! # kliping-core
//!
//! Everything Kliping knows about news articles, with no web dependencies, so the same code
//! runs in the browser (wasm32) and in the `kliping` CLI.
//!
//! Data flows one way, one module per step:
//!
//! ```text
//! file bytes ──parse──▶ Article ──extract──▶ entities, quotes ──corpus──▶ facets, search ──▶ views
//! ```
//!
//! * [`parse`] turns bytes plus a file name into [`Article`]s (or typed [`ParseError`]s).
//! * [`corpus`] holds the loaded articles, refusing duplicates by content hash.
//! * [`index`] answers the explorer's questions: full-text search, filters and facet counts.
//! * [`record`] is the stable JSON shape the CLI prints (`kliping extract`).

pub mod article;
pub mod corpus;
pub mod entities;
pub mod export;
pub mod index;
pub mod parse;
pub mod pipeline;
pub mod quotes;
pub mod record;

pub use article::{Article, DateOrigin, Language, Published};
pub use corpus::{AddOutcome, Corpus, Doc};
pub use parse::{parse_file, Input, ParseError};
