//! Named entities (people, places, organisations) plus dates and quantities.
//!
//! Pipeline: [`tokenize`] splits paragraphs into words with character offsets; an averaged
//! structured perceptron ([`Model`], trained on idner-news-2k by `kliping train`) tags them
//! BIO PER/LOC/ORG with gazetteer and trigger-word features; `resolve` then splits off roles,
//! applies document-level consistency and merges mentions into [`Entity`]s; `numeric` finds
//! dates and quantities. [`CorpusCanonicalizer`] gives one name per real-world entity across
//! the files of a run.

use serde::{Deserialize, Serialize};

pub mod article_eval;
pub mod features;
pub mod gazetteer;
pub mod model;
pub mod numeric;
pub(crate) mod resolve;
pub mod tokenize;
pub mod train;

pub use model::{Model, ModelError};
pub use numeric::{DateKind, DateValue, Quantity};
pub use resolve::{canonicalize_corpus, canonicalize_corpus_in};

use crate::Article;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    Person,
    Place,
    Organization,
}

/// Where a name occurs: character (Unicode scalar) offsets into `paragraphs[paragraph]`,
/// `end` exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// Canonical, fullest form.
    pub name: String,
    pub kind: EntityKind,
    /// Every surface form used in the article.
    pub aliases: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    pub mentions: Vec<Mention>,
}

/// Kind of a tagged span (`kliping tag` output).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpanKind {
    Person,
    Place,
    Organization,
    Date,
    Quantity,
}

impl From<EntityKind> for SpanKind {
    fn from(k: EntityKind) -> Self {
        match k {
            EntityKind::Person => SpanKind::Person,
            EntityKind::Place => SpanKind::Place,
            EntityKind::Organization => SpanKind::Organization,
        }
    }
}

/// A tagged stretch of one line: character offsets, `end` exclusive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub kind: SpanKind,
    pub text: String,
}

/// Everything extracted from one article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    pub entities: Vec<Entity>,
    pub dates: Vec<DateValue>,
    pub quantities: Vec<Quantity>,
}

/// Extracts entities, dates and quantities from an article's body paragraphs.
pub fn extract(model: &Model, article: &Article) -> Extraction {
    let mut x = extract_paragraphs(model, &article.paragraphs);
    if let Some(dateline) = article.dateline.as_deref() {
        // `Cilegon, Banten`: a town and its province, two places.
        for place in dateline.split(',').map(str::trim).rev() {
            add_dateline_place(model, &mut x.entities, place);
        }
    }
    for line in &article.boilerplate {
        add_credited_agency(model, &mut x.entities, line, article.source.as_deref());
    }
    x
}

/// A closing source credit (`(Reuters)`, `[Antara]`, `(AFP/BBC)`) names the news agency the
/// story comes from, which the guidelines count as an organisation the article cites; the
/// parser moves it out of the paragraphs with the reporter codes (`(rsa)`, `[feb]`), so without
/// this the agency is missing from the list. Only names the gazetteer lists as organisations
/// count, so a reporter code that happens to be capitalised (`(Tri)`) gives nothing, and the
/// outlet crediting itself (`(Antara)` under an Antara story) is left out like its byline.
/// It has no mention to highlight.
fn add_credited_agency(
    model: &Model,
    entities: &mut Vec<Entity>,
    line: &str,
    source: Option<&str>,
) {
    let line = line.trim().trim_end_matches('.');
    let inner = match (line.chars().next(), line.chars().last()) {
        (Some('('), Some(')')) | (Some('['), Some(']')) => &line[1..line.len() - 1],
        _ => return,
    };
    let gaz = model.gazetteer();
    let own = source.map(gazetteer::normalize).unwrap_or_default();
    for part in inner.split(['/', ',', ';']).map(str::trim) {
        let norm = gazetteer::normalize(part);
        if norm.is_empty()
            || !part.starts_with(|c: char| c.is_uppercase())
            || gaz.kind_of(part) != Some(EntityKind::Organization)
        {
            continue;
        }
        let name = gaz.canonical(part).unwrap_or(part).to_string();
        let first = |n: &str| n.split(' ').next().unwrap_or("").to_string();
        // `Antara` credited under `ANTARA`, `antaranews`: the outlet itself.
        if !own.is_empty()
            && (own.replace(' ', "").starts_with(&first(&norm))
                || first(&own) == first(&gazetteer::normalize(&name)))
        {
            continue;
        }
        // Named in the body already, also in a longer form (`Yonhap News` … `[Yonhap]`).
        let known = |n: &str| {
            let n = gazetteer::normalize(n);
            let same = |m: &str| {
                let m = gazetteer::normalize(m);
                m == n
                    || m.strip_prefix(n.as_str())
                        .is_some_and(|r| r.starts_with(' '))
            };
            entities
                .iter()
                .any(|e| same(&e.name) || e.aliases.iter().any(|a| same(a)))
        };
        if known(part) || known(&name) {
            continue;
        }
        entities.push(Entity {
            name,
            kind: EntityKind::Organization,
            aliases: vec![part.to_string()],
            role: None,
            mentions: Vec::new(),
        });
    }
}

/// The dateline (`JAKARTA, KOMPAS.com -`) names where the story was filed, and the parser
/// takes it out of the paragraphs; without this the article's own city would be missing from
/// its entity list unless the body repeats it. It has no mention to highlight.
fn add_dateline_place(model: &Model, entities: &mut Vec<Entity>, place: &str) {
    let norm = gazetteer::normalize(place);
    if norm.is_empty()
        || entities.iter().any(|e| {
            gazetteer::normalize(&e.name) == norm
                || e.aliases.iter().any(|a| gazetteer::normalize(a) == norm)
        })
    {
        return;
    }
    let gaz = model.gazetteer();
    let name = match gaz.canonical(place) {
        Some(c) => c.to_string(),
        None if place.chars().any(char::is_lowercase) => place.to_string(),
        // `KUALA LUMPUR` -> `Kuala Lumpur`.
        None => place
            .split(' ')
            .map(|w| {
                let mut cs = w.chars();
                cs.next().map_or(String::new(), |f| {
                    f.to_uppercase()
                        .chain(cs.flat_map(char::to_lowercase))
                        .collect()
                })
            })
            .collect::<Vec<_>>()
            .join(" "),
    };
    if gazetteer::normalize(&name) != norm
        && entities
            .iter()
            .any(|e| gazetteer::normalize(&e.name) == gazetteer::normalize(&name))
    {
        return;
    }
    entities.insert(
        0,
        Entity {
            name,
            kind: EntityKind::Place,
            aliases: vec![place.to_string()],
            role: None,
            mentions: Vec::new(),
        },
    );
}

/// Same as [`extract`] for bare paragraphs; mention offsets index into `paragraphs`.
pub fn extract_paragraphs(model: &Model, paragraphs: &[String]) -> Extraction {
    let (paras, tagged) = resolve::tag_paragraphs(model, paragraphs);
    let mut dates = Vec::new();
    let mut quantities = Vec::new();
    for (i, p) in paras.iter().enumerate() {
        let (d, q) = numeric::find(p.text, &p.toks, p.lower_words(), i);
        dates.extend(d);
        quantities.extend(q);
    }
    let entities = resolve::resolve(model, &paras, tagged);
    // A number inside a name (`Korps 117`) is not a quantity of its own.
    let inside = |paragraph: usize, start: usize, end: usize| {
        entities
            .iter()
            .flat_map(|e| &e.mentions)
            .any(|m| m.paragraph == paragraph && m.start < end && start < m.end)
    };
    dates.retain(|d| !inside(d.paragraph, d.start, d.end));
    quantities.retain(|q| !inside(q.paragraph, q.start, q.end));
    Extraction {
        entities,
        dates,
        quantities,
    }
}

/// Tags one line of plain text: names, dates and quantities, in text order.
pub fn tag_line(model: &Model, line: &str) -> Vec<Span> {
    let ex = extract_paragraphs(model, &[line.to_string()]);
    let slice = |s: usize, e: usize| line.chars().skip(s).take(e - s).collect::<String>();
    let mut spans: Vec<Span> = ex
        .entities
        .iter()
        .flat_map(|e| e.mentions.iter().map(move |m| (e.kind, m)))
        .map(|(k, m)| Span {
            start: m.start,
            end: m.end,
            kind: k.into(),
            text: slice(m.start, m.end),
        })
        .collect();
    spans.extend(ex.dates.iter().map(|d| Span {
        start: d.start,
        end: d.end,
        kind: SpanKind::Date,
        text: d.text.clone(),
    }));
    spans.extend(ex.quantities.iter().map(|q| Span {
        start: q.start,
        end: q.end,
        kind: SpanKind::Quantity,
        text: q.text.clone(),
    }));
    spans.sort_by_key(|s| (s.start, s.end));
    spans
}
