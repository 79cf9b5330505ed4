//! Plain text articles: one paragraph per line (text copied from a news site), or hard-wrapped
//! paragraphs separated by blank lines.

use crate::parse::clean::{finish, Block, Ctx, Draft};
use crate::parse::ParseError;
use crate::Article;

pub(crate) fn parse_text(text: &str, ctx: &Ctx<'_>) -> Result<Article, ParseError> {
    let draft = Draft {
        blocks: plain_blocks(text).into_iter().map(Block::Para).collect(),
        ..Draft::default()
    };
    finish(draft, ctx)
}

/// Splits plain text into paragraphs. Each line is a paragraph, unless the text is hard-wrapped
/// (most lines inside blank-line-separated groups stop mid-sentence), in which case the lines of
/// each group are joined.
pub(crate) fn plain_blocks(text: &str) -> Vec<String> {
    let mut groups: Vec<Vec<&str>> = vec![Vec::new()];
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            if groups.last().is_some_and(|g| !g.is_empty()) {
                groups.push(Vec::new());
            }
        } else if let Some(g) = groups.last_mut() {
            g.push(line);
        }
    }
    groups.retain(|g| !g.is_empty());
    if is_wrapped(&groups) {
        groups.iter().map(|g| reflow(g)).collect()
    } else {
        groups.into_iter().flatten().map(str::to_string).collect()
    }
}

fn is_wrapped(groups: &[Vec<&str>]) -> bool {
    let inner: Vec<&str> = groups
        .iter()
        .filter(|g| g.len() > 1)
        .flat_map(|g| g[..g.len() - 1].iter().copied())
        .collect();
    if inner.len() < 2 || groups.len() < 2 && inner.len() < 4 {
        return false;
    }
    let open = inner
        .iter()
        .filter(|l| {
            !l.trim_end_matches(['"', '\'', '”', '’', ')'])
                .ends_with(['.', '!', '?', ':', '…'])
        })
        .count();
    open * 10 >= inner.len() * 6
}

/// Joins wrapped lines, keeping hyphenated words whole.
fn reflow(lines: &[&str]) -> String {
    let mut out = String::new();
    for line in lines {
        let glue = out.is_empty() || (out.ends_with('-') && !out.ends_with(" -"));
        if glue {
            out.push_str(line);
        } else {
            out.push(' ');
            out.push_str(line);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_or_wrapped() {
        assert_eq!(
            plain_blocks("Satu.\nDua.\n\nTiga."),
            vec!["Satu.", "Dua.", "Tiga."]
        );
        let wrapped = "Presiden mengatakan bahwa pasukan itu akan\ntetap di sana sampai akhir\ntahun ini.\n\nIa juga menambahkan bahwa\nsemua baik-baik saja.\n";
        assert_eq!(
            plain_blocks(wrapped),
            vec![
                "Presiden mengatakan bahwa pasukan itu akan tetap di sana sampai akhir tahun ini.",
                "Ia juga menambahkan bahwa semua baik-baik saja."
            ]
        );
    }
}
