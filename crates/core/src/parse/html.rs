//! Saved web pages. Metadata comes from the page head (`og:title`, `<title>`, `<h1>`,
//! `article:published_time`, `<time>`, `og:site_name`, canonical URL); the body from
//! [`dom_smoothie`], a port of Mozilla's Readability, which drops navigation, scripts, ads and
//! footers. Its HTML output is then walked block by block into paragraphs and subheads.

use dom_query::{Document, NodeRef};
use dom_smoothie::{Config, Readability};

use crate::parse::clean::{finish, norm, Block, Ctx, Draft};
use crate::parse::ParseError;
use crate::Article;

/// Pages with more elements than this are not worth scoring (and would be slow in the browser).
const MAX_ELEMENTS: usize = 60_000;

pub(crate) fn parse_html(src: &str, ctx: &Ctx<'_>) -> Result<Article, ParseError> {
    let no_article = || ParseError::NoArticleInPage {
        file: ctx.file.to_string(),
    };
    let cfg = Config {
        max_elements_to_parse: MAX_ELEMENTS,
        ..Config::default()
    };
    let mut readability = Readability::new(src, None, Some(cfg)).map_err(|_| no_article())?;
    let meta = page_meta(&readability.doc);
    let article = readability.parse().ok();

    let mut blocks = article
        .as_ref()
        .map(|a| fragment_blocks(&a.content))
        .unwrap_or_default();
    if text_len(&blocks) < 80 {
        // Readability found nothing; fall back to the page's own paragraphs.
        let doc = Document::from(src);
        blocks = doc
            .try_select("body p")
            .map(|sel| {
                sel.nodes()
                    .iter()
                    .map(|n| Block::Para(norm(&n.text())))
                    .collect()
            })
            .unwrap_or_default();
    }
    blocks.retain(|b| !matches!(b, Block::Para(t) | Block::Heading(t) if t.trim().is_empty()));
    if text_len(&blocks) < 80 {
        return Err(no_article());
    }
    let readable = article.as_ref();
    let draft = Draft {
        title: meta.title.or_else(|| {
            readable
                .map(|a| a.title.clone())
                .filter(|t| !t.trim().is_empty())
        }),
        source: meta
            .site_name
            .or_else(|| readable.and_then(|a| a.site_name.clone())),
        url: meta.url.or_else(|| readable.and_then(|a| a.url.clone())),
        date: meta
            .date
            .or_else(|| readable.and_then(|a| a.published_time.clone())),
        byline: meta
            .author
            .or_else(|| readable.and_then(|a| a.byline.clone())),
        editor: None,
        blocks,
        boilerplate: Vec::new(),
    };
    finish(draft, ctx).map_err(|e| match e {
        ParseError::NoText { .. } => no_article(),
        other => other,
    })
}

fn text_len(blocks: &[Block]) -> usize {
    blocks
        .iter()
        .map(|b| match b {
            Block::Para(t) => t.chars().count(),
            Block::Heading(_) => 0,
        })
        .sum()
}

#[derive(Default)]
struct PageMeta {
    title: Option<String>,
    date: Option<String>,
    site_name: Option<String>,
    url: Option<String>,
    author: Option<String>,
}

fn first_attr(doc: &Document, selectors: &[&str], attr: &str) -> Option<String> {
    selectors.iter().find_map(|sel| {
        let found = doc.try_select(sel)?;
        found
            .nodes()
            .iter()
            .find_map(|n| n.attr(attr).map(|v| norm(&v)).filter(|v| !v.is_empty()))
    })
}

fn first_text(doc: &Document, sel: &str) -> Option<String> {
    let found = doc.try_select(sel)?;
    found
        .nodes()
        .iter()
        .map(|n| norm(&n.text()))
        .find(|t| !t.is_empty())
}

fn page_meta(doc: &Document) -> PageMeta {
    let site_name = first_attr(
        doc,
        &[
            r#"meta[property="og:site_name"]"#,
            r#"meta[name="application-name"]"#,
        ],
        "content",
    );
    let title = first_attr(
        doc,
        &[
            r#"meta[property="og:title"]"#,
            r#"meta[name="twitter:title"]"#,
        ],
        "content",
    )
    .or_else(|| first_text(doc, "head title").map(|t| strip_site_suffix(&t, site_name.as_deref())))
    .or_else(|| first_text(doc, "h1"));
    let date = first_attr(
        doc,
        &[
            r#"meta[property="article:published_time"]"#,
            r#"meta[name="article:published_time"]"#,
            r#"meta[itemprop="datePublished"]"#,
            r#"meta[name="pubdate"]"#,
            r#"meta[name="publishdate"]"#,
            r#"meta[name="publish-date"]"#,
            r#"meta[name="parsely-pub-date"]"#,
            r#"meta[name="date"]"#,
            r#"meta[name="DC.date.issued"]"#,
        ],
        "content",
    )
    .or_else(|| first_attr(doc, &["time[datetime]"], "datetime"))
    .or_else(|| first_text(doc, "time"));
    let url = first_attr(doc, &[r#"link[rel="canonical"]"#], "href")
        .or_else(|| first_attr(doc, &[r#"meta[property="og:url"]"#], "content"))
        .filter(|u| u.starts_with("http"));
    let author = first_attr(
        doc,
        &[
            r#"meta[name="author"]"#,
            r#"meta[property="article:author"]"#,
        ],
        "content",
    )
    .filter(|a| !a.starts_with("http"));
    PageMeta {
        title,
        date,
        site_name,
        url,
        author,
    }
}

/// `Judul Berita - Kompas.com` → `Judul Berita`, when the suffix names the site.
fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    for sep in [" | ", " - ", " – ", " — "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            let tail_key: String = tail
                .chars()
                .filter(|c| c.is_alphanumeric())
                .collect::<String>()
                .to_lowercase();
            let site_key: String = site
                .unwrap_or_default()
                .chars()
                .filter(|c| c.is_alphanumeric())
                .collect::<String>()
                .to_lowercase();
            let is_site = (!site_key.is_empty() && tail_key.contains(&site_key))
                || crate::parse::source::known_outlet(tail).is_some()
                || crate::parse::source::looks_like_domain(tail);
            if is_site && head.split_whitespace().count() >= 2 {
                return head.trim().to_string();
            }
        }
    }
    title.to_string()
}

/// Paragraph and heading blocks of an HTML fragment, in document order.
pub(crate) fn fragment_blocks(html: &str) -> Vec<Block> {
    let doc = Document::fragment(html);
    let mut walker = Walker::default();
    walker.walk(&doc.root(), 0);
    walker.flush();
    walker.blocks
}

#[derive(Default)]
struct Walker {
    blocks: Vec<Block>,
    buf: String,
}

const SKIP: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "form",
    "button",
    "nav",
    "aside",
    "footer",
    "select",
    "input",
    "textarea",
    "head",
    "title",
    "meta",
    "link",
    "object",
    "embed",
    "video",
    "audio",
    "canvas",
    "figcaption",
];
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "li",
    "ul",
    "ol",
    "dl",
    "dd",
    "dt",
    "blockquote",
    "pre",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "td",
    "th",
    "figure",
    "hr",
    "address",
    "body",
    "html",
    "center",
    "details",
    "summary",
    "caption",
];

impl Walker {
    fn flush(&mut self) {
        let text = std::mem::take(&mut self.buf);
        for line in text.split('\n') {
            let line = norm(line);
            if !line.is_empty() {
                self.blocks.push(Block::Para(line));
            }
        }
    }

    fn walk(&mut self, node: &NodeRef<'_>, depth: usize) {
        if depth > 200 {
            return;
        }
        for child in node.children() {
            if child.is_text() {
                let t = child.text();
                // Source formatting whitespace is a space, not a line break.
                for c in t.chars() {
                    self.buf.push(if c == '\n' { ' ' } else { c });
                }
                continue;
            }
            if !child.is_element() {
                continue;
            }
            let name = child
                .node_name()
                .map(|n| n.to_ascii_lowercase())
                .unwrap_or_default();
            let name = name.as_str();
            if SKIP.contains(&name) {
                continue;
            }
            match name {
                "br" => self.buf.push('\n'),
                "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                    self.flush();
                    let t = norm(&child.text());
                    if !t.is_empty() {
                        self.blocks.push(Block::Heading(t));
                    }
                }
                _ if BLOCKS.contains(&name) => {
                    self.flush();
                    self.walk(&child, depth + 1);
                    self.flush();
                }
                _ => self.walk(&child, depth + 1),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_in_order() {
        let b = fragment_blocks(
            "<div><p>Satu <b>dua</b>\n tiga.</p><h2>Sub</h2><p>Empat<br>Lima</p><script>x()</script></div>",
        );
        assert_eq!(
            b,
            vec![
                Block::Para("Satu dua tiga.".into()),
                Block::Heading("Sub".into()),
                Block::Para("Empat".into()),
                Block::Para("Lima".into())
            ]
        );
    }
}
