//! The JSON record `kliping extract` prints for each article: the [`Article`] fields plus the
//! extraction results. Entities and quotes are empty arrays until their extractors land, so the
//! shape of the output is already stable for downstream scripts.

use serde::Serialize;

use crate::corpus::Doc;
use crate::entities::{DateValue, Entity, Extraction, Quantity};
use crate::quotes::Quote;
use crate::Article;

#[derive(Debug, Serialize)]
pub struct ExtractRecord<'a> {
    #[serde(flatten)]
    pub article: &'a Article,
    pub word_count: usize,
    pub entities: Vec<Entity>,
    pub dates: Vec<DateValue>,
    pub quantities: Vec<Quantity>,
    pub quotes: Vec<Quote>,
}

impl<'a> ExtractRecord<'a> {
    pub fn new(article: &'a Article) -> Self {
        Self {
            article,
            word_count: article.word_count(),
            entities: Vec::new(),
            dates: Vec::new(),
            quantities: Vec::new(),
            quotes: Vec::new(),
        }
    }

    /// Fills `quotes` (see [`crate::quotes::extract_quotes`]).
    /// The record for an analysed article (see [`crate::pipeline::analyze`]).
    pub fn from_doc(doc: &'a Doc) -> Self {
        Self {
            article: &doc.article,
            word_count: doc.article.word_count(),
            entities: doc.entities.clone(),
            dates: doc.dates.clone(),
            quantities: doc.quantities.clone(),
            quotes: doc.quotes.clone(),
        }
    }

    pub fn with_quotes(mut self, quotes: Vec<Quote>) -> Self {
        self.quotes = quotes;
        self
    }

    /// Fills `entities`, `dates` and `quantities` from an [`Extraction`].
    pub fn with_extraction(mut self, extraction: Extraction) -> Self {
        self.entities = extraction.entities;
        self.dates = extraction.dates;
        self.quantities = extraction.quantities;
        self
    }
}
