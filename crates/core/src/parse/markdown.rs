//! Markdown notes: YAML-ish front matter (`title`, `date`, `source`, `url`, `author`), a `#`
//! heading as the title, `##` headings as subheads, and emphasis, links and images reduced to
//! plain text by a real CommonMark parser (`pulldown-cmark`).

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

use crate::parse::clean::{finish, Block, Ctx, Draft};
use crate::parse::ParseError;
use crate::Article;

pub(crate) fn parse_markdown(src: &str, ctx: &Ctx<'_>) -> Result<Article, ParseError> {
    let (front, body) = split_front_matter(src);
    let mut draft = Draft::default();
    for (key, value) in front {
        let slot = match key.as_str() {
            "title" | "judul" | "headline" => &mut draft.title,
            "date" | "published" | "tanggal" | "publishedat" | "published_at" | "pubdate" => {
                &mut draft.date
            }
            "source" | "outlet" | "sumber" | "publisher" | "media" => &mut draft.source,
            "url" | "link" | "canonical" | "canonical_url" => &mut draft.url,
            "author" | "byline" | "penulis" | "reporter" => &mut draft.byline,
            "editor" => &mut draft.editor,
            _ => continue,
        };
        if slot.is_none() && !value.is_empty() {
            *slot = Some(value);
        }
    }
    let mut title_from_heading = None;
    draft.blocks = markdown_blocks(body, &mut title_from_heading);
    match (&draft.title, title_from_heading) {
        (None, heading) => draft.title = heading,
        // Front matter named the title; the `#` heading is kept as a subhead.
        (Some(_), Some(heading)) => draft.blocks.insert(0, Block::Heading(heading)),
        (Some(_), None) => {}
    }
    finish(draft, ctx)
}

/// `---\nkey: value\n---\n` at the very top. Returns lowercase keys and unquoted values.
fn split_front_matter(src: &str) -> (Vec<(String, String)>, &str) {
    let Some(rest) = src.strip_prefix("---\n") else {
        return (Vec::new(), src);
    };
    let mut fields = Vec::new();
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        offset += line.len();
        let l = line.trim_end();
        if l == "---" || l == "..." {
            return (fields, &rest[offset..]);
        }
        if let Some((k, v)) = l.split_once(':') {
            let key = k.trim().to_lowercase();
            let v = v.trim();
            let v = v
                .strip_prefix('"')
                .and_then(|x| x.strip_suffix('"'))
                .or_else(|| v.strip_prefix('\'').and_then(|x| x.strip_suffix('\'')))
                .unwrap_or(v);
            if !key.contains(' ') {
                fields.push((key, v.to_string()));
            }
        }
    }
    // No closing fence: not front matter after all.
    (Vec::new(), src)
}

fn markdown_blocks(body: &str, title: &mut Option<String>) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut lines: Vec<String> = vec![String::new()];
    let mut heading: Option<HeadingLevel> = None;
    let mut image_depth = 0usize;

    /// A Markdown paragraph is one paragraph, unless every line but the last ends a sentence
    /// (text pasted one paragraph per line without blank lines between).
    fn flush(lines: &mut Vec<String>, blocks: &mut Vec<Block>) {
        let owned = std::mem::replace(lines, vec![String::new()]);
        let owned: Vec<String> = owned
            .into_iter()
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty())
            .collect();
        let one_per_line = owned.len() > 1
            && owned[..owned.len() - 1].iter().all(|l| {
                let end = l.trim_end_matches(['"', '\'', '”', '’', ')']);
                end.ends_with(['.', '!', '?', ':', '…'])
                    || (l.chars().count() < 60 && !end.ends_with(','))
            });
        if one_per_line {
            blocks.extend(owned.into_iter().map(Block::Para));
        } else if !owned.is_empty() {
            blocks.push(Block::Para(owned.join(" ")));
        }
    }

    for event in Parser::new(body) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                flush(&mut lines, &mut blocks);
                heading = Some(level);
            }
            Event::End(TagEnd::Heading(_)) => {
                let text = std::mem::replace(&mut lines, vec![String::new()]).join(" ");
                let text = text.trim().to_string();
                if !text.is_empty() {
                    if heading == Some(HeadingLevel::H1) && title.is_none() && blocks.is_empty() {
                        *title = Some(text);
                    } else {
                        blocks.push(Block::Heading(text));
                    }
                }
                heading = None;
            }
            Event::Start(Tag::Image { .. }) => image_depth += 1,
            Event::End(TagEnd::Image) => image_depth = image_depth.saturating_sub(1),
            Event::Start(
                Tag::Paragraph
                | Tag::Item
                | Tag::BlockQuote(_)
                | Tag::CodeBlock(_)
                | Tag::List(_)
                | Tag::Table(_),
            )
            | Event::End(
                TagEnd::Paragraph
                | TagEnd::Item
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock
                | TagEnd::List(_)
                | TagEnd::Table,
            )
            | Event::Rule => flush(&mut lines, &mut blocks),
            Event::Text(t) | Event::Code(t) if image_depth == 0 => {
                if let Some(last) = lines.last_mut() {
                    last.push_str(&t);
                }
            }
            Event::SoftBreak | Event::HardBreak => lines.push(String::new()),
            _ => {}
        }
    }
    flush(&mut lines, &mut blocks);
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_and_inline() {
        let (front, body) =
            split_front_matter("---\ntitle: \"Judul\"\ndate: 2023-06-04\n---\n# H\n");
        assert_eq!(
            front,
            vec![
                ("title".into(), "Judul".into()),
                ("date".into(), "2023-06-04".into())
            ]
        );
        assert_eq!(body, "# H\n");
        let mut t = None;
        let b = markdown_blocks(
            "# Judul\n\nTeks **tebal** dan [tautan](http://x) ![gbr](y.png).\n\n## Sub\n\nLagi.",
            &mut t,
        );
        assert_eq!(t.as_deref(), Some("Judul"));
        assert_eq!(
            b,
            vec![
                Block::Para("Teks tebal dan tautan .".into()),
                Block::Heading("Sub".into()),
                Block::Para("Lagi.".into())
            ]
        );
    }
}
