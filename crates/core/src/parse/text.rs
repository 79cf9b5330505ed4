//! Plain text articles: the first line is the title when it looks like a headline.

use crate::article::Language;
use crate::parse::{content_id, ParseError};
use crate::Article;

pub(crate) fn parse_text(file: &str, text: &str) -> Result<Article, ParseError> {
    let mut lines: Vec<String> = text
        .lines()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    if lines.is_empty() {
        return Err(ParseError::NoText { file: file.to_string() });
    }
    let (title, title_derived) = if lines.len() > 1 && is_headline(&lines[0]) {
        (lines.remove(0), false)
    } else {
        (derive_title(&lines[0]), true)
    };
    Ok(Article {
        id: content_id(&title, &lines),
        file: file.to_string(),
        index: None,
        title,
        title_derived,
        source: None,
        url: None,
        dateline: None,
        published: None,
        byline: None,
        editor: None,
        subheads: Vec::new(),
        paragraphs: lines,
        boilerplate: Vec::new(),
        language: Language::Indonesian,
    })
}

fn is_headline(line: &str) -> bool {
    let n = line.chars().count();
    (8..=160).contains(&n) && !line.ends_with('.')
}

fn derive_title(lead: &str) -> String {
    let first_sentence = lead.split_inclusive(['.', '!', '?']).next().unwrap_or(lead).trim();
    if first_sentence.chars().count() <= 90 {
        return first_sentence.trim_end_matches('.').to_string();
    }
    let cut: String = first_sentence.chars().take(90).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{cut}…")
}
