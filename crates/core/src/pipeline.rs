//! The extraction step of the data flow, in one place: an [`Article`] goes in, a [`Doc`]
//! (article + entities + quotes + dates + quantities) comes out. The CLI and the app both call
//! this, so they can never disagree about what an article contains.

use crate::corpus::Doc;
use crate::entities::{self, Model};
use crate::quotes::extract_quotes;
use crate::{Article, Language};

/// Extracts entities, dates, quantities and quotes from one article.
pub fn analyze(model: &Model, article: Article) -> Doc {
    let extraction = entities::extract(model, &article);
    let quotes = extract_quotes(&article, &extraction.entities);
    let mut doc = Doc {
        article,
        entities: extraction.entities,
        quotes,
        dates: extraction.dates,
        quantities: extraction.quantities,
    };
    canonical_speakers(&mut doc);
    doc
}

/// A speaker named by one of an entity's surface forms gets the entity's canonical name, so
/// quotes and entities agree on who is who (the quote extractor names speakers as the article
/// writes them; `Volodymyr Zelenskyy` may be canonically `Volodymyr Zelensky`).
fn canonical_speakers(doc: &mut Doc) {
    for quote in &mut doc.quotes {
        let Some(speaker) = &quote.speaker else {
            continue;
        };
        if doc.entities.iter().any(|e| &e.name == speaker) {
            continue;
        }
        if let Some(entity) = doc.entities.iter().find(|e| e.aliases.contains(speaker)) {
            quote.speaker = Some(entity.name.clone());
        }
    }
}

/// Gives every real-world entity one name across `docs` (`Kiev`/`Kyiv`, `Zelensky`/`Zelenskyy`)
/// and renames the quote speakers of any article whose names changed, so a quote's speaker is
/// always the canonical name. Run after a batch of articles is added.
pub fn canonicalize(model: &Model, docs: &mut [Doc]) {
    let before: Vec<usize> = docs.iter().map(|d| d.entities.len()).collect();
    let mut lists: Vec<_> = docs
        .iter_mut()
        .map(|d| std::mem::take(&mut d.entities))
        .collect();
    let english: Vec<bool> = docs
        .iter()
        .map(|d| d.article.language == Language::English)
        .collect();
    let renames = entities::resolve::canonicalize_corpus_renames(model, &mut lists, &english);
    for (((doc, list), len), renamed) in docs.iter_mut().zip(lists).zip(before).zip(renames) {
        // Names change only by a rename, and a merge shortens the list.
        let changed = !renamed.is_empty() || list.len() != len;
        doc.entities = list;
        if changed {
            rename_speakers(doc, &renamed);
        }
    }
}

/// Gives the quotes of `doc` the new names of its renamed entities (`renamed`: old and new
/// name). Extracting the quotes again from the renamed entities gave the same quotes on
/// every IndoSum dev article (778 of 3,398 have a name changed), at about a fifth of the
/// corpus's quote extraction time; it stays the fallback where an old name was renamed two
/// ways (two kinds of entity of one name), which the speaker's name alone cannot settle.
fn rename_speakers(doc: &mut Doc, renamed: &[entities::resolve::Rename]) {
    // The one new name of `speaker`; `Err` when it was renamed two ways.
    let new_name = |speaker: &str| -> Result<Option<String>, ()> {
        let mut news = renamed
            .iter()
            .filter(|(old, _)| old == speaker)
            .map(|(_, new)| new);
        let first = news.next();
        match first {
            Some(f) if news.any(|n| n != f) => Err(()),
            _ => Ok(first.cloned()),
        }
    };
    let names: Result<Vec<Option<String>>, ()> = doc
        .quotes
        .iter()
        .map(|q| q.speaker.as_deref().map_or(Ok(None), new_name))
        .collect();
    match names {
        Ok(names) => {
            for (q, name) in doc.quotes.iter_mut().zip(names) {
                if name.is_some() {
                    q.speaker = name;
                }
            }
        }
        Err(()) => doc.quotes = extract_quotes(&doc.article, &doc.entities),
    }
    canonical_speakers(doc);
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::{parse_file, Input};

    #[test]
    fn quote_speakers_use_corpus_canonical_names() {
        let model = &Model::from_bytes(include_bytes!("../../../data/model/ner.bin")).unwrap();
        let files: [(&str, &[u8]); 2] = [
            (
                "001.txt",
                include_bytes!("../../../data/samples/001_4c77c4df9ca33e62.txt"),
            ),
            (
                "004.txt",
                include_bytes!("../../../data/samples/004_6e1be6000b9ebbe3.txt"),
            ),
        ];
        let mut docs: Vec<Doc> = files
            .iter()
            .map(|(n, b)| analyze(model, parse_file(Input::new(n, b)).remove(0).unwrap()))
            .collect();
        canonicalize(model, &mut docs);
        for doc in &docs {
            for q in &doc.quotes {
                if let Some(s) = &q.speaker {
                    assert!(
                        doc.entities.iter().any(|e| &e.name == s)
                            || !doc.entities.iter().any(|e| e.aliases.contains(s)),
                        "speaker {s} is an alias, not a canonical name"
                    );
                }
            }
        }
        // Zelensky (001) and Zelenskyy (004) are one person with one name.
        let names: Vec<&str> = docs
            .iter()
            .flat_map(|d| d.entities.iter())
            .filter(|e| e.name.starts_with("Volodymyr Zelensk"))
            .map(|e| e.name.as_str())
            .collect();
        assert!(names.len() >= 2, "{names:?}");
        assert!(names.windows(2).all(|w| w[0] == w[1]), "{names:?}");
    }

    fn names_of(doc: &Doc) -> Vec<&str> {
        doc.entities.iter().map(|e| e.name.as_str()).collect()
    }

    #[test]
    fn english_corpus_reads_in_english_and_mixed_corpus_keeps_one_name() {
        let model = &Model::from_bytes(include_bytes!("../../../data/model/ner.bin")).unwrap();
        let wire: &[u8] = include_bytes!("../tests/fixtures/en-wire-drones.txt");
        let seed: &[u8] = include_bytes!("../../../data/samples/001_4c77c4df9ca33e62.txt");
        let doc = |name: &str, bytes: &[u8]| {
            analyze(
                model,
                parse_file(Input::new(name, bytes)).remove(0).unwrap(),
            )
        };

        // Alone, the Reuters-style story keeps its own names, not the Indonesian canonical
        // ones, and its quotes name the same people its entity list does (the quotes are
        // attributed again once the corpus renames an entity).
        let mut english = vec![doc("wire.txt", wire)];
        canonicalize(model, &mut english);
        let names = names_of(&english[0]);
        assert!(
            names.contains(&"Ukraine") && names.contains(&"Russia"),
            "{names:?}"
        );
        assert!(
            !names.contains(&"Ukraina") && !names.contains(&"Rusia"),
            "{names:?}"
        );
        let speakers: Vec<&str> = english[0]
            .quotes
            .iter()
            .filter_map(|q| q.speaker.as_deref())
            .collect();
        // Reuters spells him `Zelenskiy`; people keep the alias table's spelling.
        assert!(speakers.contains(&"Volodymyr Zelensky"), "{speakers:?}");
        // A speaker the entity list knows goes by its name there, never by a spelling of it
        // (an institution the tagger missed, `Ukraine's air force`, is named as written).
        for s in &speakers {
            let alias_only = english[0]
                .entities
                .iter()
                .any(|e| e.aliases.iter().any(|a| a == s) && e.name != *s);
            assert!(
                names.contains(s) || !alias_only,
                "speaker {s} is an alias, not a name: {names:?}"
            );
        }

        // Beside two Indonesian articles, Ukraine is the Indonesian majority's `Ukraina` in
        // all three.
        let mut mixed = vec![
            doc("wire.txt", wire),
            doc("001.txt", seed),
            doc(
                "001b.txt",
                &[seed, b"\n\nUkraina membantah.".as_slice()].concat(),
            ),
        ];
        canonicalize(model, &mut mixed);
        for d in &mixed {
            let names = names_of(d);
            assert!(names.contains(&"Ukraina"), "{}: {names:?}", d.article.file);
            assert!(!names.contains(&"Ukraine"), "{}: {names:?}", d.article.file);
        }
    }

    #[test]
    fn english_spellings_merge_with_indonesian_names() {
        let model = &Model::from_bytes(include_bytes!("../../../data/model/ner.bin")).unwrap();
        let doc = |name: &str, text: &str| {
            analyze(
                model,
                parse_file(Input::new(name, text.as_bytes()))
                    .remove(0)
                    .unwrap(),
            )
        };
        let mut docs = vec![
            doc(
                "id.txt",
                "Judul\n\nBelanda dan Jepang menandatangani perjanjian itu di Jakarta pada Senin.",
            ),
            doc(
                "en.txt",
                "Title\n\nThe Netherlands and Japan signed the treaty in Jakarta on Monday.",
            ),
        ];
        canonicalize(model, &mut docs);
        // One Indonesian and one English article: a tie keeps the canonical (Indonesian) name.
        for d in &docs {
            let names = names_of(d);
            assert!(names.contains(&"Belanda"), "{}: {names:?}", d.article.file);
            assert!(names.contains(&"Jepang"), "{}: {names:?}", d.article.file);
        }
    }
}
