//! The [`Corpus`]: the loaded articles with their extraction results, refusing duplicates by
//! content hash.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::entities::{DateValue, Entity, Quantity};
use crate::quotes::Quote;
use crate::Article;

/// One article with everything extracted from it: the unit the index and the views work on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Doc {
    pub article: Article,
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
    #[serde(default)]
    pub dates: Vec<DateValue>,
    #[serde(default)]
    pub quantities: Vec<Quantity>,
}

impl From<Article> for Doc {
    fn from(article: Article) -> Self {
        Self {
            article,
            entities: Vec::new(),
            quotes: Vec::new(),
            dates: Vec::new(),
            quantities: Vec::new(),
        }
    }
}

/// What happened when an article was offered to the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AddOutcome {
    Added,
    /// An article with the same content hash is already loaded; carries that article's file.
    Duplicate {
        existing_file: String,
    },
}

#[derive(Debug, Default, Clone)]
pub struct Corpus {
    docs: Vec<Doc>,
    /// Article id → position in `docs`.
    ids: HashMap<String, usize>,
}

impl Corpus {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds the article unless one with the same id is already present.
    pub fn add(&mut self, doc: impl Into<Doc>) -> AddOutcome {
        let doc = doc.into();
        if let Some(&i) = self.ids.get(&doc.article.id) {
            return AddOutcome::Duplicate {
                existing_file: self.docs[i].article.file.clone(),
            };
        }
        self.ids.insert(doc.article.id.clone(), self.docs.len());
        self.docs.push(doc);
        AddOutcome::Added
    }

    /// Replaces the doc with the same article id (e.g. once it has been analysed); returns
    /// whether it was present.
    pub fn replace(&mut self, doc: Doc) -> bool {
        match self.ids.get(&doc.article.id) {
            Some(&i) => {
                self.docs[i] = doc;
                true
            }
            None => false,
        }
    }

    /// Removes the article with `id`; returns whether it was present.
    pub fn remove(&mut self, id: &str) -> bool {
        let Some(i) = self.ids.remove(id) else {
            return false;
        };
        self.docs.remove(i);
        for pos in self.ids.values_mut() {
            if *pos > i {
                *pos -= 1;
            }
        }
        true
    }

    pub fn docs(&self) -> &[Doc] {
        &self.docs
    }

    /// Mutable access for the extraction step (filling entities and quotes in place). Ids are
    /// derived from article text, which extraction never changes.
    pub fn docs_mut(&mut self) -> &mut [Doc] {
        &mut self.docs
    }

    pub fn articles(&self) -> impl ExactSizeIterator<Item = &Article> {
        self.docs.iter().map(|d| &d.article)
    }

    pub fn get(&self, id: &str) -> Option<&Doc> {
        self.ids.get(id).map(|&i| &self.docs[i])
    }

    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }
}
