//! The [`Corpus`]: the set of loaded articles, with duplicate detection by content hash.

use std::collections::HashSet;

use crate::Article;

/// What happened when an article was offered to the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AddOutcome {
    Added,
    /// An article with the same content hash is already loaded; carries that article's file.
    Duplicate { existing_file: String },
}

#[derive(Debug, Default, Clone)]
pub struct Corpus {
    articles: Vec<Article>,
    ids: HashSet<String>,
}

impl Corpus {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `article` unless one with the same id is already present.
    pub fn add(&mut self, article: Article) -> AddOutcome {
        if self.ids.contains(&article.id) {
            let existing_file = self
                .articles
                .iter()
                .find(|a| a.id == article.id)
                .map(|a| a.file.clone())
                .unwrap_or_default();
            return AddOutcome::Duplicate { existing_file };
        }
        self.ids.insert(article.id.clone());
        self.articles.push(article);
        AddOutcome::Added
    }

    pub fn articles(&self) -> &[Article] {
        &self.articles
    }

    pub fn len(&self) -> usize {
        self.articles.len()
    }

    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }
}
