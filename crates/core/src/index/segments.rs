//! Splitting a paragraph into runs of plain text for the reader, each run knowing which entity,
//! quote and search match covers it. The UI renders runs as text nodes (never as HTML), so
//! article text cannot inject markup.

use serde::Serialize;

use super::highlight;
use crate::corpus::Doc;
use crate::entities::EntityKind;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Segment {
    pub text: String,
    /// Index into `doc.entities` of the entity named by this run.
    pub entity: Option<usize>,
    pub kind: Option<EntityKind>,
    /// Index into `doc.quotes` of the quote this run belongs to.
    pub quote: Option<usize>,
    /// The run matches the current search.
    pub matched: bool,
}

/// Runs of `doc.article.paragraphs[paragraph]` with entity, quote and search-match marks.
/// Returns one unmarked run for a paragraph with no marks, and nothing for an index out of range.
pub fn paragraph_segments(doc: &Doc, paragraph: usize, query: &str) -> Vec<Segment> {
    let Some(text) = doc.article.paragraphs.get(paragraph) else {
        return Vec::new();
    };
    let chars: Vec<char> = text.chars().collect();
    let len = chars.len();
    let mentions: Vec<(usize, usize, usize)> = doc
        .entities
        .iter()
        .enumerate()
        .flat_map(|(i, e)| e.mentions.iter().map(move |m| (i, m)))
        .filter(|(_, m)| m.paragraph == paragraph && m.start < m.end && m.end <= len)
        .map(|(i, m)| (m.start, m.end, i))
        .collect();
    let quotes: Vec<(usize, usize, usize)> = doc
        .quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| q.paragraph == paragraph && q.start < q.end)
        .map(|(i, q)| (q.start, q.end.min(len), i))
        .collect();
    let matches = highlight(text, query);

    let mut cuts: Vec<usize> = vec![0, len];
    for &(s, e, _) in mentions.iter().chain(&quotes) {
        cuts.extend([s, e]);
    }
    for &(s, e) in &matches {
        cuts.extend([s, e]);
    }
    cuts.sort_unstable();
    cuts.dedup();

    let mut out: Vec<Segment> = Vec::new();
    for pair in cuts.windows(2) {
        let (s, e) = (pair[0], pair[1]);
        if s >= e || e > len {
            continue;
        }
        let covers = |a: usize, b: usize| a <= s && e <= b;
        let entity = mentions
            .iter()
            .find(|&&(a, b, _)| covers(a, b))
            .map(|&(_, _, i)| i);
        let seg = Segment {
            text: chars[s..e].iter().collect(),
            entity,
            kind: entity.map(|i| doc.entities[i].kind),
            quote: quotes
                .iter()
                .find(|&&(a, b, _)| covers(a, b))
                .map(|&(_, _, i)| i),
            matched: matches.iter().any(|&(a, b)| covers(a, b)),
        };
        // Merge with the previous run when the marks are identical.
        match out.last_mut() {
            Some(prev)
                if prev.entity == seg.entity
                    && prev.quote == seg.quote
                    && prev.matched == seg.matched =>
            {
                prev.text.push_str(&seg.text)
            }
            _ => out.push(seg),
        }
    }
    out
}
