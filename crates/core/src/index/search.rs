//! Text normalisation for search: one definition of "the same word" shared by indexing,
//! querying and highlighting, so a highlighted match is always a real match.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Lowercases and strips diacritics: `Zelenskyy` → `zelenskyy`, `Pérez` → `perez`.
pub fn normalize(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Words of `text` as `(start, end, normalised word)`, offsets in chars (Unicode scalars),
/// `end` exclusive. A word is a run of alphanumeric characters.
pub fn tokens(text: &str) -> impl Iterator<Item = (usize, usize, String)> + '_ {
    let mut chars = text.chars().enumerate().peekable();
    std::iter::from_fn(move || {
        while chars.peek().is_some_and(|(_, c)| !c.is_alphanumeric()) {
            chars.next();
        }
        let (start, first) = chars.next()?;
        let mut word = String::from(first);
        let mut end = start + 1;
        while let Some(&(i, c)) = chars.peek() {
            if !c.is_alphanumeric() {
                break;
            }
            word.push(c);
            end = i + 1;
            chars.next();
        }
        Some((start, end, normalize(&word)))
    })
}

/// Char ranges of `text` whose words match a word of `query` as a prefix, merged and sorted.
pub fn highlight(text: &str, query: &str) -> Vec<(usize, usize)> {
    let words: Vec<String> = tokens(query).map(|(_, _, w)| w).collect();
    if words.is_empty() {
        return Vec::new();
    }
    tokens(text)
        .filter(|(_, _, w)| words.iter().any(|q| w.starts_with(q.as_str())))
        .map(|(s, e, _)| (s, e))
        .collect()
}
