//! Downloads of the current selection: articles, entities and quotes as JSON or CSV.
//!
//! CSV cells that start with `=`, `+`, `-` or `@` are prefixed with `'` so a spreadsheet opens
//! them as text rather than running them as formulas (article text is untrusted input).

use serde::Serialize;

use crate::corpus::Doc;
use crate::entities::EntityKind;
use crate::quotes::QuoteKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    Articles,
    Entities,
    Quotes,
}

/// The selected docs as pretty JSON: articles (with their entities and quotes), an entity
/// table aggregated over the selection, or a flat list of quotes.
pub fn to_json(docs: &[&Doc], table: Table) -> String {
    let value = match table {
        Table::Articles => serde_json::to_value(docs),
        Table::Entities => serde_json::to_value(entity_rows(docs)),
        Table::Quotes => serde_json::to_value(quote_rows(docs)),
    };
    value
        .and_then(|v| serde_json::to_string_pretty(&v))
        .unwrap_or_else(|_| "[]".to_string())
}

/// The selected docs as CSV with a header row.
pub fn to_csv(docs: &[&Doc], table: Table) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let result = match table {
        Table::Articles => {
            let header = [
                "id",
                "file",
                "title",
                "source",
                "published",
                "dateline",
                "language",
                "words",
                "entities",
                "quotes",
                "url",
            ];
            w.write_record(header).and_then(|()| {
                docs.iter().try_for_each(|d| {
                    let a = &d.article;
                    let entities: Vec<&str> = d.entities.iter().map(|e| e.name.as_str()).collect();
                    w.write_record(
                        [
                            a.id.clone(),
                            a.file.clone(),
                            a.title.clone(),
                            a.source.clone().unwrap_or_default(),
                            a.published
                                .as_ref()
                                .map(|p| p.date.clone())
                                .unwrap_or_default(),
                            a.dateline.clone().unwrap_or_default(),
                            a.language.code().to_string(),
                            a.word_count().to_string(),
                            entities.join("; "),
                            d.quotes.len().to_string(),
                            a.url.clone().unwrap_or_default(),
                        ]
                        .map(|c| safe_cell(&c)),
                    )
                })
            })
        }
        Table::Entities => w
            .write_record(["name", "kind", "aliases", "articles", "mentions"])
            .and_then(|()| {
                entity_rows(docs).iter().try_for_each(|r| {
                    w.write_record(
                        [
                            r.name.clone(),
                            kind_name(r.kind).to_string(),
                            r.aliases.join("; "),
                            r.articles.to_string(),
                            r.mentions.to_string(),
                        ]
                        .map(|c| safe_cell(&c)),
                    )
                })
            }),
        Table::Quotes => w
            .write_record([
                "speaker",
                "speaker_role",
                "kind",
                "cue",
                "text",
                "article_id",
                "article_title",
                "file",
            ])
            .and_then(|()| {
                quote_rows(docs).iter().try_for_each(|r| {
                    w.write_record(
                        [
                            r.speaker.clone().unwrap_or_default(),
                            r.speaker_role.clone().unwrap_or_default(),
                            match r.kind {
                                QuoteKind::Direct => "direct",
                                QuoteKind::Indirect => "indirect",
                            }
                            .to_string(),
                            r.cue.clone().unwrap_or_default(),
                            r.text.clone(),
                            r.article_id.clone(),
                            r.article_title.clone(),
                            r.file.clone(),
                        ]
                        .map(|c| safe_cell(&c)),
                    )
                })
            }),
    };
    match result.and_then(|()| w.into_inner().map_err(|e| e.into_error().into())) {
        Ok(bytes) => String::from_utf8(bytes).unwrap_or_default(),
        Err(_) => String::new(),
    }
}

fn safe_cell(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

pub fn kind_name(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "person",
        EntityKind::Place => "place",
        EntityKind::Organization => "organization",
    }
}

/// One row of the entity table: an entity aggregated over the selection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EntityRow {
    pub name: String,
    pub kind: EntityKind,
    pub aliases: Vec<String>,
    pub articles: usize,
    pub mentions: usize,
}

/// Entities of `docs` merged by (kind, name), most widespread first.
pub fn entity_rows(docs: &[&Doc]) -> Vec<EntityRow> {
    let mut rows: Vec<EntityRow> = Vec::new();
    let mut at: std::collections::HashMap<(EntityKind, String), usize> = Default::default();
    for doc in docs {
        for e in &doc.entities {
            let i = *at.entry((e.kind, e.name.clone())).or_insert_with(|| {
                rows.push(EntityRow {
                    name: e.name.clone(),
                    kind: e.kind,
                    aliases: Vec::new(),
                    articles: 0,
                    mentions: 0,
                });
                rows.len() - 1
            });
            let row = &mut rows[i];
            row.articles += 1;
            row.mentions += e.mentions.len();
            for alias in &e.aliases {
                if !row.aliases.contains(alias) {
                    row.aliases.push(alias.clone());
                }
            }
        }
    }
    rows.sort_by(|a, b| {
        b.articles
            .cmp(&a.articles)
            .then(b.mentions.cmp(&a.mentions))
            .then(a.name.cmp(&b.name))
    });
    rows
}

/// A quote with the article it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuoteRow {
    pub speaker: Option<String>,
    pub speaker_role: Option<String>,
    pub kind: QuoteKind,
    pub cue: Option<String>,
    pub text: String,
    pub article_id: String,
    pub article_title: String,
    pub file: String,
    pub paragraph: usize,
}

pub fn quote_rows(docs: &[&Doc]) -> Vec<QuoteRow> {
    docs.iter()
        .flat_map(|d| {
            d.quotes.iter().map(move |q| QuoteRow {
                speaker: q.speaker.clone(),
                speaker_role: q.speaker_role.clone(),
                kind: q.kind,
                cue: q.cue.clone(),
                text: q.text.clone(),
                article_id: d.article.id.clone(),
                article_title: d.article.title.clone(),
                file: d.article.file.clone(),
                paragraph: q.paragraph,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::{Entity, Mention};
    use crate::quotes::Quote;
    use crate::{parse_file, Input};

    fn doc() -> Doc {
        let bytes = include_bytes!("../../../data/samples/004_6e1be6000b9ebbe3.txt");
        let mut doc = Doc::from(parse_file(Input::new("004.txt", bytes)).remove(0).unwrap());
        doc.entities = vec![Entity {
            name: "Vyacheslav Gladkov".into(),
            kind: EntityKind::Person,
            aliases: vec!["Vyacheslav Gladkov".into(), "Gladkov".into()],
            role: Some("Gubernur Belgorod".into()),
            mentions: vec![
                Mention {
                    paragraph: 1,
                    start: 9,
                    end: 27
                };
                2
            ],
        }];
        doc.quotes = vec![Quote {
            text: "=HYPERLINK(\"x\"), warga sipil tewas".into(),
            kind: QuoteKind::Direct,
            speaker: Some("Vyacheslav Gladkov".into()),
            speaker_role: Some("Gubernur Belgorod".into()),
            cue: Some("katanya".into()),
            speaker_description: None,
            paragraph: 2,
            start: 1,
            end: 30,
        }];
        doc
    }

    #[test]
    fn csv_has_headers_quotes_commas_and_defuses_formulas() {
        let d = doc();
        let csv = to_csv(&[&d], Table::Quotes);
        let mut lines = csv.lines();
        assert_eq!(
            lines.next(),
            Some("speaker,speaker_role,kind,cue,text,article_id,article_title,file")
        );
        let row = lines.next().unwrap();
        assert!(row.starts_with("Vyacheslav Gladkov,Gubernur Belgorod,direct,katanya,\"'=HYPERLINK(\"\"x\"\"), warga sipil tewas\""), "{row}");

        let entities = to_csv(&[&d], Table::Entities);
        assert_eq!(
            entities.lines().nth(1),
            Some("Vyacheslav Gladkov,person,Vyacheslav Gladkov; Gladkov,1,2")
        );
        let articles = to_csv(&[&d], Table::Articles);
        assert_eq!(articles.lines().count(), 2);
        assert!(articles
            .lines()
            .nth(1)
            .unwrap()
            .contains("Vyacheslav Gladkov"));
    }

    #[test]
    fn json_round_trips_the_selection() {
        let d = doc();
        let json: serde_json::Value =
            serde_json::from_str(&to_json(&[&d], Table::Articles)).unwrap();
        assert_eq!(json[0]["article"]["id"], d.article.id.as_str());
        let quotes: serde_json::Value =
            serde_json::from_str(&to_json(&[&d], Table::Quotes)).unwrap();
        assert_eq!(quotes[0]["speaker"], "Vyacheslav Gladkov");
        let none: serde_json::Value = serde_json::from_str(&to_json(&[], Table::Entities)).unwrap();
        assert_eq!(none, serde_json::json!([]));
    }
}
