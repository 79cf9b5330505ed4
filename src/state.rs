//! App state as plain data with plain methods, kept apart from the components (as in leptos'
//! todomvc) so what the page shows is a function of this struct and nothing else.

use kliping_core::{parse_file, AddOutcome, Article, Corpus, Input};

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
    pub notices: Vec<Notice>,
}

impl Library {
    /// Parses one file and adds its articles; failures and duplicates become notices.
    /// Returns how many articles were added.
    pub fn ingest(&mut self, name: &str, bytes: &[u8], modified_ms: Option<i64>) -> usize {
        let mut added = 0;
        for result in parse_file(Input {
            name,
            bytes,
            modified_ms,
        }) {
            match result {
                Ok(article) => {
                    let file = article.file.clone();
                    match self.corpus.add(article) {
                        AddOutcome::Added => added += 1,
                        AddOutcome::Duplicate { existing_file } => self.notices.push(Notice {
                            text: format!(
                                "{file} is already loaded (same text as {existing_file})"
                            ),
                            file,
                            severity: Severity::Info,
                        }),
                    }
                }
                Err(err) => self
                    .notices
                    .push(Notice::error(err.file(), err.to_string())),
            }
        }
        added
    }

    pub fn articles(&self) -> &[Article] {
        self.corpus.articles()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::samples::SAMPLES;

    #[test]
    fn samples_load_as_five_articles() {
        let mut lib = Library::default();
        let added: usize = SAMPLES.iter().map(|(n, b)| lib.ingest(n, b, None)).sum();
        assert_eq!(added, 5);
        assert_eq!(lib.articles().len(), 5);
        assert!(lib.notices.is_empty(), "{:?}", lib.notices);
    }

    #[test]
    fn reloading_samples_reports_duplicates_and_adds_nothing() {
        let mut lib = Library::default();
        for (n, b) in SAMPLES {
            lib.ingest(n, b, None);
        }
        let again: usize = SAMPLES.iter().map(|(n, b)| lib.ingest(n, b, None)).sum();
        assert_eq!(again, 0);
        assert_eq!(lib.articles().len(), 5);
        assert_eq!(lib.notices.len(), 5);
        assert!(lib.notices.iter().all(|n| n.severity == Severity::Info));
    }

    #[test]
    fn a_binary_file_gets_a_named_error_and_keeps_the_corpus() {
        let mut lib = Library::default();
        lib.ingest(SAMPLES[0].0, SAMPLES[0].1, None);
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01";
        assert_eq!(lib.ingest("photo.png", png, None), 0);
        assert_eq!(lib.articles().len(), 1);
        assert_eq!(lib.notices.len(), 1);
        assert_eq!(lib.notices[0].severity, Severity::Error);
        assert!(
            lib.notices[0].text.contains("photo.png"),
            "{}",
            lib.notices[0].text
        );
    }
}
