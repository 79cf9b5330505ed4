//! The corpus index: full-text search and facets over analysed articles.
//!
//! Everything the explorer filters on is answered here, so the components only render results:
//!
//! * [`normalize`] folds case and diacritics (`Kyiv` = `kyiv`, `Pérez` = `perez`);
//! * [`Index::search`] matches every query word as a prefix of some indexed word (AND);
//! * [`Index::select`] applies a [`Filter`] (search text, entities, outlets, date range, AND
//!   across all of them) and sorts the hits;
//! * [`Index::facets`] counts entities, outlets and dates over a set of hits, so facet counts
//!   always describe what is on screen.

mod search;
mod segments;

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::corpus::Doc;
use crate::entities::EntityKind;

pub use search::{highlight, normalize, tokens};
pub use segments::{paragraph_segments, Segment};

/// An entity as the corpus knows it: kind plus canonical name.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct EntityKey {
    pub kind: EntityKind,
    pub name: String,
}

/// What the user has narrowed the corpus to. Empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Filter {
    pub text: String,
    pub entities: Vec<EntityKey>,
    pub sources: Vec<String>,
    /// Inclusive ISO dates (`YYYY-MM-DD`); articles without a date are excluded once either is set.
    pub date_from: Option<String>,
    pub date_to: Option<String>,
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty()
            && self.entities.is_empty()
            && self.sources.is_empty()
            && self.date_from.is_none()
            && self.date_to.is_none()
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sort {
    /// Best search match first; load order when there is no search text.
    #[default]
    Relevance,
    /// Newest first; undated articles last.
    Date,
    Title,
}

/// Facet counts over a set of hits.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Facets {
    /// Sorted by article count, then mention count, then name.
    pub entities: Vec<EntityCount>,
    pub sources: Vec<(String, usize)>,
    /// Earliest and latest publication date among the hits.
    pub date_range: Option<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EntityCount {
    pub key: EntityKey,
    pub articles: usize,
    pub mentions: usize,
}

/// Inverted index over titles and bodies of a slice of [`Doc`]s, addressed by position.
#[derive(Debug, Default, Clone)]
pub struct Index {
    /// Sorted, normalised terms; prefix queries are a binary-searched range of this list.
    terms: Vec<String>,
    /// `postings[i]` lists `(doc, term frequency)` for `terms[i]`, docs ascending.
    postings: Vec<Vec<(u32, u32)>>,
    doc_len: Vec<u32>,
}

impl Index {
    /// Builds the index. Cost is linear in the corpus text; rebuild after the corpus changes.
    pub fn build(docs: &[Doc]) -> Self {
        let mut map: HashMap<String, Vec<(u32, u32)>> = HashMap::new();
        let mut doc_len = Vec::with_capacity(docs.len());
        for (i, doc) in docs.iter().enumerate() {
            let mut tf: HashMap<String, u32> = HashMap::new();
            let title = std::iter::once(doc.article.title.as_str());
            let mut len = 0u32;
            for text in title.chain(doc.article.paragraphs.iter().map(String::as_str)) {
                for (_, _, term) in tokens(text) {
                    *tf.entry(term).or_default() += 1;
                    len += 1;
                }
            }
            doc_len.push(len.max(1));
            for (term, n) in tf {
                map.entry(term).or_default().push((i as u32, n));
            }
        }
        let mut entries: Vec<(String, Vec<(u32, u32)>)> = map.into_iter().collect();
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        let (terms, mut postings): (Vec<_>, Vec<_>) = entries.into_iter().unzip();
        for list in &mut postings {
            list.sort_unstable();
        }
        Self {
            terms,
            postings,
            doc_len,
        }
    }

    /// Documents matching every word of `query` as a prefix, with a relevance score
    /// (tf-idf summed over query words). An empty query matches nothing.
    pub fn search(&self, query: &str) -> Vec<(usize, f32)> {
        let words: Vec<String> = tokens(query).map(|(_, _, t)| t).collect();
        if words.is_empty() {
            return Vec::new();
        }
        let n_docs = self.doc_len.len().max(1) as f32;
        let mut scores: Option<BTreeMap<u32, f32>> = None;
        for word in &words {
            let start = self.terms.partition_point(|t| t.as_str() < word.as_str());
            let mut hits: BTreeMap<u32, f32> = BTreeMap::new();
            for (term, list) in self.terms[start..].iter().zip(&self.postings[start..]) {
                if !term.starts_with(word.as_str()) {
                    break;
                }
                let idf = (n_docs / list.len() as f32).ln() + 1.0;
                // Exact word matches outrank longer words that merely share the prefix.
                let exact = if term == word { 1.0 } else { 0.6 };
                for &(doc, tf) in list {
                    let norm = tf as f32 / self.doc_len[doc as usize] as f32;
                    *hits.entry(doc).or_default() += exact * idf * (1.0 + norm * 100.0).ln();
                }
            }
            scores = Some(match scores {
                None => hits,
                Some(prev) => prev
                    .into_iter()
                    .filter_map(|(d, s)| hits.get(&d).map(|h| (d, s + h)))
                    .collect(),
            });
            if scores.as_ref().is_some_and(BTreeMap::is_empty) {
                break;
            }
        }
        scores
            .unwrap_or_default()
            .into_iter()
            .map(|(d, s)| (d as usize, s))
            .collect()
    }

    /// Positions of the docs passing `filter`, sorted by `sort`.
    pub fn select(&self, docs: &[Doc], filter: &Filter, sort: Sort) -> Vec<usize> {
        let scored: Vec<(usize, f32)> = if filter.text.trim().is_empty() {
            (0..docs.len()).map(|i| (i, 0.0)).collect()
        } else {
            self.search(&filter.text)
        };
        let mut hits: Vec<(usize, f32)> = scored
            .into_iter()
            .filter(|&(i, _)| docs.get(i).is_some_and(|d| passes(d, filter)))
            .collect();
        match sort {
            Sort::Relevance => hits.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0))),
            Sort::Date => hits.sort_by(|a, b| {
                let da = docs[a.0]
                    .article
                    .published
                    .as_ref()
                    .map(|p| p.date.as_str());
                let db = docs[b.0]
                    .article
                    .published
                    .as_ref()
                    .map(|p| p.date.as_str());
                // `Some` dates sort after `None`; reverse for newest first, undated last.
                db.cmp(&da).then(a.0.cmp(&b.0))
            }),
            Sort::Title => hits.sort_by(|a, b| {
                normalize(&docs[a.0].article.title)
                    .cmp(&normalize(&docs[b.0].article.title))
                    .then(a.0.cmp(&b.0))
            }),
        }
        hits.into_iter().map(|(i, _)| i).collect()
    }

    /// Facet counts over `hits` (positions into `docs`).
    pub fn facets(docs: &[Doc], hits: &[usize]) -> Facets {
        let mut entities: HashMap<EntityKey, (usize, usize)> = HashMap::new();
        let mut sources: HashMap<String, usize> = HashMap::new();
        let mut date_range: Option<(String, String)> = None;
        for doc in hits.iter().filter_map(|&i| docs.get(i)) {
            for e in &doc.entities {
                let key = EntityKey {
                    kind: e.kind,
                    name: e.name.clone(),
                };
                let slot = entities.entry(key).or_default();
                slot.0 += 1;
                slot.1 += e.mentions.len().max(1);
            }
            if let Some(s) = &doc.article.source {
                *sources.entry(s.clone()).or_default() += 1;
            }
            if let Some(p) = &doc.article.published {
                let d = p.date.clone();
                date_range = Some(match date_range {
                    None => (d.clone(), d),
                    Some((lo, hi)) => (lo.min(d.clone()), hi.max(d)),
                });
            }
        }
        let mut entities: Vec<EntityCount> = entities
            .into_iter()
            .map(|(key, (articles, mentions))| EntityCount {
                key,
                articles,
                mentions,
            })
            .collect();
        entities.sort_by(|a, b| {
            b.articles
                .cmp(&a.articles)
                .then(b.mentions.cmp(&a.mentions))
                .then(a.key.cmp(&b.key))
        });
        let mut sources: Vec<(String, usize)> = sources.into_iter().collect();
        sources.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        Facets {
            entities,
            sources,
            date_range,
        }
    }
}

fn passes(doc: &Doc, filter: &Filter) -> bool {
    let has_entities = filter.entities.iter().all(|key| {
        doc.entities
            .iter()
            .any(|e| e.kind == key.kind && e.name == key.name)
    });
    let has_source = filter.sources.is_empty()
        || doc
            .article
            .source
            .as_ref()
            .is_some_and(|s| filter.sources.contains(s));
    let date = doc.article.published.as_ref().map(|p| p.date.as_str());
    let in_range = match (&filter.date_from, &filter.date_to, date) {
        (None, None, _) => true,
        (_, _, None) => false,
        (from, to, Some(d)) => {
            from.as_deref().is_none_or(|f| d >= f) && to.as_deref().is_none_or(|t| d <= t)
        }
    };
    has_entities && has_source && in_range
}

#[cfg(test)]
mod tests;
