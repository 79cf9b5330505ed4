//! The extraction step of the data flow, in one place: an [`Article`] goes in, a [`Doc`]
//! (article + entities + quotes) comes out. The CLI and the app both call this, so they can
//! never disagree about what an article contains.

use crate::corpus::Doc;
use crate::entities::{self, Model};
use crate::Article;

/// Extracts entities (and, once available, quotes) from one article.
pub fn analyze(model: &Model, article: Article) -> Doc {
    let extraction = entities::extract(model, &article);
    Doc {
        article,
        entities: extraction.entities,
        quotes: Vec::new(),
    }
}

/// Gives every real-world entity one name across `docs` (`Kiev`/`Kyiv`, `Zelensky`/`Zelenskyy`).
/// Run after a batch of articles is added; names already canonical stay as they are.
pub fn canonicalize(model: &Model, docs: &mut [Doc]) {
    let mut lists: Vec<_> = docs
        .iter_mut()
        .map(|d| std::mem::take(&mut d.entities))
        .collect();
    entities::canonicalize_corpus(model, &mut lists);
    for (doc, list) in docs.iter_mut().zip(lists) {
        doc.entities = list;
    }
}
