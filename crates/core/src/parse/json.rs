//! JSON and NDJSON exports: one article object, an array of them (or an object wrapping such an
//! array under `articles`, `data`, `items` or `results`), or one object per line.

use serde_json::{Map, Value};

use crate::parse::clean::{finish, Block, Ctx, Draft};
use crate::parse::{html, text, ParseError};
use crate::Article;

type Item = Result<Article, ParseError>;

pub(crate) fn parse_json(src: &str, ctx: &Ctx<'_>) -> Vec<Item> {
    match serde_json::from_str::<Value>(src) {
        Ok(value) => from_value(value, ctx),
        Err(err) => {
            // A `.json` file that is really NDJSON.
            let mut lines = src.lines().filter(|l| !l.trim().is_empty());
            let two_objects = lines
                .next()
                .is_some_and(|l| l.trim_start().starts_with('{'))
                && lines
                    .next()
                    .is_some_and(|l| l.trim_start().starts_with('{'));
            if two_objects && err.line() > 1 {
                let first = src
                    .lines()
                    .find(|l| !l.trim().is_empty())
                    .unwrap_or_default();
                if serde_json::from_str::<Value>(first).is_ok() {
                    return parse_ndjson(src, ctx);
                }
            }
            vec![Err(json_error(ctx.file, &err, 0))]
        }
    }
}

pub(crate) fn parse_ndjson(src: &str, ctx: &Ctx<'_>) -> Vec<Item> {
    let mut out = Vec::new();
    let mut record = 0usize;
    for (lineno, line) in src.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Value>(line) {
            Ok(Value::Object(obj)) => out.push(from_object(&obj, &ctx.with_index(record), record)),
            Ok(_) => out.push(Err(ParseError::BadRecord {
                file: ctx.file.to_string(),
                record: record + 1,
                reason: format!("line {} is not a JSON object", lineno + 1),
            })),
            Err(err) => {
                // Maybe the whole file is one pretty-printed JSON document.
                if record == 0 && serde_json::from_str::<Value>(src).is_ok() {
                    return parse_json(src, ctx);
                }
                out.push(Err(json_error(ctx.file, &err, lineno)));
            }
        }
        record += 1;
    }
    if out.is_empty() {
        out.push(Err(ParseError::Empty {
            file: ctx.file.to_string(),
        }));
    }
    out
}

fn json_error(file: &str, err: &serde_json::Error, line_offset: usize) -> ParseError {
    let message = err.to_string();
    // serde_json appends " at line X column Y"; the variant says it already.
    let message = message
        .rsplit_once(" at line ")
        .map_or(message.as_str(), |(m, _)| m)
        .to_string();
    ParseError::InvalidJson {
        file: file.to_string(),
        line: err.line() + line_offset,
        column: err.column(),
        message,
    }
}

fn from_value(value: Value, ctx: &Ctx<'_>) -> Vec<Item> {
    match value {
        Value::Array(items) => array(&items, ctx),
        Value::Object(obj) => {
            if body_text(&obj).is_none() {
                for key in [
                    "articles", "data", "items", "results", "records", "berita", "posts",
                ] {
                    if let Some(Value::Array(items)) = obj.get(key) {
                        return array(items, ctx);
                    }
                }
            }
            vec![from_object(&obj, ctx, 0)]
        }
        _ => vec![Err(ParseError::NoText {
            file: ctx.file.to_string(),
        })],
    }
}

fn array(items: &[Value], ctx: &Ctx<'_>) -> Vec<Item> {
    if items.is_empty() {
        return vec![Err(ParseError::NoText {
            file: ctx.file.to_string(),
        })];
    }
    items
        .iter()
        .enumerate()
        .map(|(i, v)| match v {
            Value::Object(obj) => from_object(obj, &ctx.with_index(i), i),
            _ => Err(ParseError::BadRecord {
                file: ctx.file.to_string(),
                record: i + 1,
                reason: "not a JSON object".to_string(),
            }),
        })
        .collect()
}

/// The first string (or list of strings, or `{name}` object) under any of `keys`.
fn field(obj: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| {
        let v = obj.get(*k).or_else(|| {
            obj.iter()
                .find(|(key, _)| key.eq_ignore_ascii_case(k))
                .map(|(_, v)| v)
        })?;
        string_of(v)
    })
}

fn string_of(v: &Value) -> Option<String> {
    let s = match v {
        Value::String(s) => s.trim().to_string(),
        Value::Number(n) => n.to_string(),
        Value::Array(items) => items
            .iter()
            .filter_map(string_of)
            .collect::<Vec<_>>()
            .join(", "),
        Value::Object(o) => ["name", "title", "value"]
            .iter()
            .find_map(|k| o.get(*k).and_then(string_of))?,
        _ => return None,
    };
    (!s.is_empty()).then_some(s)
}

const BODY_KEYS: &[&str] = &[
    "text",
    "body",
    "content",
    "article",
    "isi",
    "full_text",
    "fulltext",
    "description",
];

fn body_text(obj: &Map<String, Value>) -> Option<(Vec<Block>, bool)> {
    for key in BODY_KEYS {
        match obj.get(*key) {
            Some(Value::String(s)) if !s.trim().is_empty() => {
                let t = s.trim();
                if t.starts_with('<')
                    && (t.contains("</p>") || t.contains("<br") || t.contains("</div>"))
                {
                    return Some((html::fragment_blocks(t), true));
                }
                return Some((
                    text::plain_blocks(t).into_iter().map(Block::Para).collect(),
                    false,
                ));
            }
            Some(Value::Array(items)) => {
                let blocks: Vec<Block> = items
                    .iter()
                    .filter_map(string_of)
                    .flat_map(|s| text::plain_blocks(&s))
                    .map(Block::Para)
                    .collect();
                if !blocks.is_empty() {
                    return Some((blocks, false));
                }
            }
            _ => {}
        }
    }
    obj.get("paragraphs").and_then(|v| match v {
        Value::Array(items) => {
            let blocks: Vec<Block> = items
                .iter()
                .filter_map(string_of)
                .map(Block::Para)
                .collect();
            (!blocks.is_empty()).then_some((blocks, false))
        }
        _ => None,
    })
}

fn from_object(obj: &Map<String, Value>, ctx: &Ctx<'_>, i: usize) -> Item {
    let Some((blocks, _)) = body_text(obj) else {
        return Err(ParseError::BadRecord {
            file: ctx.file.to_string(),
            record: i + 1,
            reason: "no article text (expected a \"text\", \"body\" or \"content\" field)"
                .to_string(),
        });
    };
    let draft = Draft {
        title: field(obj, &["title", "headline", "judul"]),
        source: field(
            obj,
            &[
                "source",
                "outlet",
                "publisher",
                "site_name",
                "site",
                "media",
            ],
        ),
        url: field(obj, &["url", "link", "canonical_url", "permalink"]),
        date: field(
            obj,
            &[
                "date",
                "published",
                "publishedAt",
                "published_at",
                "datePublished",
                "pubDate",
                "tanggal",
                "time",
            ],
        ),
        byline: field(obj, &["author", "authors", "byline", "penulis", "reporter"]),
        editor: field(obj, &["editor"]),
        blocks,
        boilerplate: Vec::new(),
    };
    finish(draft, ctx).map_err(|e| match e {
        ParseError::NoText { file } if ctx.index.is_some() => ParseError::BadRecord {
            file,
            record: i + 1,
            reason: "no article text left after cleaning".to_string(),
        },
        other => other,
    })
}
