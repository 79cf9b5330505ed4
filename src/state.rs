//! App state as plain data with plain methods, kept apart from the components (as in leptos'
//! todomvc) so what the page shows is a function of this struct and nothing else.

use std::sync::Arc;

use kliping_core::entities::Model;
use kliping_core::index::{Facets, Filter, Index, Sort};
use kliping_core::pipeline::{analyze, canonicalize};
use kliping_core::{parse_file, AddOutcome, Article, Corpus, Doc, Input};

/// A message about one file, shown above the cards.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub file: String,
    pub text: String,
    pub severity: Severity,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// The file could not be read; nothing from it was added.
    Error,
    /// The file was fine but added nothing new (a duplicate).
    Info,
}

impl Notice {
    pub fn error(file: &str, text: String) -> Self {
        Self {
            file: file.to_string(),
            text,
            severity: Severity::Error,
        }
    }
}

#[derive(Debug, Default, Clone)]
pub struct Library {
    pub corpus: Corpus,
    pub index: Index,
    pub notices: Vec<Notice>,
    /// The entity model arrives after the first screen (it is fetched lazily); until then
    /// articles are shown without entities and are analysed as soon as it lands.
    pub model: Option<Arc<Model>>,
    /// Files whose raw bytes are kept for persistence, in load order: (name, bytes, modified).
    pub sources: Vec<(String, Vec<u8>, Option<i64>)>,
    /// Bumped whenever articles are added or removed; the index is rebuilt only when it was
    /// built for an older revision (analysis never changes article text, so it does not count).
    text_rev: u64,
    index_rev: u64,
}

impl Library {
    /// Parses one file and adds its articles; failures and duplicates become notices.
    /// Call [`Library::refresh`] after a batch. Returns how many articles were added.
    pub fn ingest(&mut self, name: &str, bytes: &[u8], modified_ms: Option<i64>) -> usize {
        let articles = self.parse(name, bytes, modified_ms);
        let added = self.add_articles(articles);
        if added > 0 {
            self.remember_source(name, bytes, modified_ms);
        }
        added
    }

    /// Parses one file; records that fail become notices. The articles are not added yet, so
    /// a large file can be analysed in slices between frames.
    pub fn parse(&mut self, name: &str, bytes: &[u8], modified_ms: Option<i64>) -> Vec<Article> {
        let mut articles = Vec::new();
        for result in parse_file(Input {
            name,
            bytes,
            modified_ms,
        }) {
            match result {
                Ok(article) => articles.push(article),
                Err(err) => self
                    .notices
                    .push(Notice::error(err.file(), err.to_string())),
            }
        }
        articles
    }

    /// Analyses (once the model is there) and adds articles; duplicates become notices and
    /// are not analysed. Returns how many were added.
    pub fn add_articles(&mut self, articles: Vec<Article>) -> usize {
        self.add_docs(articles.into_iter().map(Doc::from).collect(), Vec::new())
    }

    /// Adds docs analysed elsewhere (the ingest worker). `errors` are (file, message) pairs.
    /// Docs the worker could not analyse (no model there) are analysed here if possible.
    pub fn add_docs(&mut self, docs: Vec<Doc>, errors: Vec<(String, String)>) -> usize {
        for (file, text) in errors {
            self.notices.push(Notice::error(&file, text));
        }
        let mut added = 0;
        for doc in docs {
            if self.note_duplicate(&doc.article) {
                continue;
            }
            let doc = match &self.model {
                Some(model) if doc.entities.is_empty() && doc.quotes.is_empty() => {
                    analyze(model, doc.article)
                }
                _ => doc,
            };
            if self.corpus.add(doc) == AddOutcome::Added {
                self.text_rev += 1;
                added += 1;
            }
        }
        added
    }

    /// Adds parsed articles without analysing them, so they can be shown at once while the
    /// worker analyses them. Returns the articles actually added (duplicates are skipped).
    pub fn add_unanalyzed(
        &mut self,
        articles: Vec<Article>,
        errors: Vec<(String, String)>,
    ) -> Vec<Article> {
        for (file, text) in errors {
            self.notices.push(Notice::error(&file, text));
        }
        let mut added = Vec::new();
        for article in articles {
            if self.note_duplicate(&article) {
                continue;
            }
            if self.corpus.add(Doc::from(article.clone())) == AddOutcome::Added {
                self.text_rev += 1;
                added.push(article);
            }
        }
        added
    }

    /// Puts analysed docs in place of their unanalysed versions. A doc the worker could not
    /// analyse (no model there) is analysed here when the model is loaded.
    pub fn replace_docs(&mut self, docs: Vec<Doc>) {
        for doc in docs {
            let doc = match &self.model {
                Some(model) if doc.entities.is_empty() && doc.quotes.is_empty() => {
                    analyze(model, doc.article)
                }
                _ => doc,
            };
            self.corpus.replace(doc);
        }
    }

    /// True when an article with the same text is loaded; records a notice naming both files.
    fn note_duplicate(&mut self, article: &Article) -> bool {
        let Some(existing) = self.corpus.get(&article.id) else {
            return false;
        };
        let text = format!(
            "{} is already loaded (same text as {})",
            article.file, existing.article.file
        );
        self.notices.push(Notice {
            file: article.file.clone(),
            text,
            severity: Severity::Info,
        });
        true
    }

    /// Keeps a file's bytes so the corpus can be stored and restored.
    pub fn remember_source(&mut self, name: &str, bytes: &[u8], modified_ms: Option<i64>) {
        self.sources
            .push((name.to_string(), bytes.to_vec(), modified_ms));
    }

    /// Re-derives everything computed over the whole corpus: canonical entity names across
    /// articles and the search index. Cheap enough to run once per batch of files.
    pub fn refresh(&mut self) {
        if let Some(model) = &self.model {
            canonicalize(model, self.corpus.docs_mut());
        }
        self.refresh_index();
    }

    /// Rebuilds the search index if articles were added or removed since it was built, so
    /// newly shown articles are searchable before the batch's full [`Library::refresh`].
    pub fn refresh_index(&mut self) {
        if self.index_rev != self.text_rev {
            self.index = Index::build(self.corpus.docs());
            self.index_rev = self.text_rev;
        }
    }

    /// Installs the entity model and analyses every article loaded before it arrived.
    pub fn set_model(&mut self, model: Arc<Model>) {
        for doc in self.corpus.docs_mut() {
            if doc.entities.is_empty() {
                let article = doc.article.clone();
                *doc = analyze(&model, article);
            }
        }
        self.model = Some(model);
        self.refresh();
    }

    /// Forgets every article, message and stored source; keeps the loaded entity model.
    pub fn clear(&mut self) {
        let model = self.model.take();
        *self = Library {
            model,
            ..Library::default()
        };
    }

    /// Removes one article; its source file is forgotten when none of its articles remain.
    pub fn remove(&mut self, id: &str) -> bool {
        if !self.corpus.remove(id) {
            return false;
        }
        self.text_rev += 1;
        let still_used = |name: &str| {
            self.corpus
                .articles()
                .any(|a| a.file == name || a.file.starts_with(&format!("{name}!/")))
        };
        let keep: Vec<bool> = self.sources.iter().map(|(n, _, _)| still_used(n)).collect();
        let mut keep = keep.into_iter();
        self.sources.retain(|_| keep.next().unwrap_or(true));
        self.refresh();
        true
    }

    pub fn docs(&self) -> &[Doc] {
        self.corpus.docs()
    }

    pub fn select(&self, filter: &Filter, sort: Sort) -> Vec<usize> {
        self.index.select(self.docs(), filter, sort)
    }

    pub fn facets(&self, hits: &[usize]) -> Facets {
        Index::facets(self.docs(), hits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::samples::SAMPLES;

    fn with_samples() -> Library {
        let mut lib = Library::default();
        for (n, b) in SAMPLES {
            lib.ingest(n, b, None);
        }
        lib.refresh();
        lib
    }

    #[test]
    fn samples_load_as_five_articles() {
        let lib = with_samples();
        assert_eq!(lib.docs().len(), 5);
        assert!(lib.notices.is_empty(), "{:?}", lib.notices);
        assert_eq!(lib.sources.len(), 5);
    }

    #[test]
    fn reloading_samples_reports_duplicates_and_adds_nothing() {
        let mut lib = with_samples();
        let again: usize = SAMPLES.iter().map(|(n, b)| lib.ingest(n, b, None)).sum();
        assert_eq!(again, 0);
        assert_eq!(lib.docs().len(), 5);
        assert_eq!(lib.notices.len(), 5);
        assert!(lib.notices.iter().all(|n| n.severity == Severity::Info));
        assert_eq!(lib.sources.len(), 5, "duplicates are not stored twice");
    }

    #[test]
    fn a_binary_file_gets_a_named_error_and_keeps_the_corpus() {
        let mut lib = Library::default();
        lib.ingest(SAMPLES[0].0, SAMPLES[0].1, None);
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01";
        assert_eq!(lib.ingest("photo.png", png, None), 0);
        assert_eq!(lib.docs().len(), 1);
        assert_eq!(lib.notices.len(), 1);
        assert_eq!(lib.notices[0].severity, Severity::Error);
        assert!(
            lib.notices[0].text.contains("photo.png"),
            "{}",
            lib.notices[0].text
        );
    }

    #[test]
    fn the_model_arriving_late_fills_in_entities_and_facets() {
        let mut lib = with_samples();
        assert!(lib.docs().iter().all(|d| d.entities.is_empty()));
        let model =
            Model::from_bytes(include_bytes!("../data/model/ner.bin")).expect("model loads");
        lib.set_model(Arc::new(model));
        let hits = lib.select(&Filter::default(), Sort::Relevance);
        let facets = lib.facets(&hits);
        assert!(
            facets
                .entities
                .iter()
                .any(|e| e.key.name == "Vladimir Putin" && e.articles >= 3),
            "{:?}",
            &facets.entities[..5.min(facets.entities.len())]
        );
    }

    #[test]
    fn removing_an_article_forgets_its_file() {
        let mut lib = with_samples();
        let id = lib.docs()[1].article.id.clone();
        assert!(lib.remove(&id));
        assert_eq!(lib.docs().len(), 4);
        assert_eq!(lib.sources.len(), 4);
        assert!(!lib.remove(&id));
        assert_eq!(lib.select(&Filter::default(), Sort::Relevance).len(), 4);
    }

    #[test]
    fn search_sees_added_and_removed_articles_without_a_full_refresh() {
        let mut lib = Library::default();
        lib.ingest(SAMPLES[0].0, SAMPLES[0].1, None);
        lib.refresh_index();
        let gladkov = Filter {
            text: "gladkov".into(),
            ..Filter::default()
        };
        assert_eq!(lib.select(&gladkov, Sort::Relevance).len(), 1);
        lib.ingest(SAMPLES[4].0, SAMPLES[4].1, None);
        lib.refresh_index();
        assert_eq!(lib.select(&gladkov, Sort::Relevance).len(), 2);
        let id = lib.docs()[0].article.id.clone();
        lib.remove(&id);
        assert_eq!(lib.select(&gladkov, Sort::Relevance), vec![0]);
    }
}
