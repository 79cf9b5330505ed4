//! The JSON record `kliping extract` prints for each article: the [`Article`] fields plus the
//! extraction results. Entities and quotes are empty arrays until their extractors land, so the
//! shape of the output is already stable for downstream scripts.

use serde::Serialize;

use crate::entities::Entity;
use crate::quotes::Quote;
use crate::Article;

#[derive(Debug, Serialize)]
pub struct ExtractRecord<'a> {
    #[serde(flatten)]
    pub article: &'a Article,
    pub word_count: usize,
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
}

impl<'a> ExtractRecord<'a> {
    pub fn new(article: &'a Article) -> Self {
        Self { article, word_count: article.word_count(), entities: Vec::new(), quotes: Vec::new() }
    }
}
