//! Direct and indirect quotes with their speakers.
//!
//! [`extract_quotes`] works on `article.paragraphs` and returns quotes in reading order.
//!
//! * **Direct** quotes are stretches inside `“ ”`, `" "`, `« »`, `‘ ’` or Kompas-style `” ”`
//!   ([`marks`] pairs the marks and recovers from unbalanced ones). One- and two-word stretches
//!   (scare quotes such as `“teroris”`), Title Case names (`"Wedding Dress"`) and short quoted
//!   lines standing alone (subheads such as `‘Masa Depan Rusia’`) are not quotes.
//! * A quote split by its attribution (`“…,” kata Gladkov. “…”`) gives **two** quotes, both
//!   attributed to Gladkov; a quote running over several paragraphs gives one quote **per
//!   paragraph**, all attributed to the same speaker. Every quote therefore has one span.
//! * **Indirect** quotes are clauses reported by a cue verb (`X mengatakan (bahwa) …`,
//!   `X mengklaim …`, `Menurut X, …`, `…, kata X`, `X said (that) …`, `according to X, …`).
//!   A quoted fragment inside such a clause is also reported as a direct quote.
//!
//! Speakers are resolved from the article's own text, without the entities: the fullest
//! capitalised name in the article containing the surface form (`Gladkov` → `Vyacheslav
//! Gladkov`), with titles, institutions and occupations stripped (`Bek Juventus Dani Alves` →
//! `Dani Alves`) and blended nicknames expanded (`Djanur` → `Djadjang Nurdjaman`). Where the
//! entities' person mentions sit at a name, their boundaries correct the rules in the one
//! direction they are reliable in: a span inside the rules' name cuts off title, company and
//! headline words the rules do not know (`Bupati Purwakarta Dedi Mulyadi`), and a span
//! closing what the rules read as an unnamed description names the speaker (`kata pemenang
//! Hadiah Nobel Perdamaian India Kailash Satyarthi`). Only then
//! is a name replaced by the canonical name of an [`Entity`], and only when that is
//! trustworthy (and never by putting back words the rules split off as the role): an entity of the same name, or a single person entity holding the name as
//! whole tokens plus plain name words (not `Pol Djarod Padakova`, `Taeyang BIGBANG`, `Kyiv` for
//! `Kiev`). Pronoun and zero cues (`katanya`, `dia mengatakan`)
//! take the most recent speaker; `Presiden berusia 71 tahun itu` takes the most recent speaker
//! or name introduced with that role word. Anonymous speakers (`kata anggota korps lainnya`)
//! get `speaker: None` and a `speaker_description`.
//!
//! [`extract_quotes_chosen`] lets a small learnt ranker ([`chooser`]) pick each speaker among
//! the candidates the rules see instead (see `data/model/README-speakers.md`).
//!
//! The extractor is rule-based and never panics; see `data/gold/quotes/GUIDELINES.md` for the
//! annotation rules it is evaluated against.

pub mod chooser;
pub mod eval;
mod extract;
mod lexicon;
mod marks;
mod names;

/// The one list of degrees written after a name, shared with the entity resolver.
pub(crate) use names::degree_word;

use serde::{Deserialize, Serialize};

use crate::entities::Entity;
use crate::Article;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    Direct,
    Indirect,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words, without quote marks.
    pub text: String,
    pub kind: QuoteKind,
    /// Canonical entity name of the speaker, or `None` when anonymous or unresolved.
    pub speaker: Option<String>,
    pub speaker_role: Option<String>,
    /// Cue verb (`kata`, `mengatakan`, `said`).
    pub cue: Option<String>,
    /// Character offsets into `paragraphs[paragraph]`, `end` exclusive.
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
    /// Who spoke when the speaker has no name (`anggota korps lainnya`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_description: Option<String>,
}

/// Extracts every direct and indirect quote of `article`, in reading order.
///
/// `entities` may be empty; when it holds the article's entities, speakers are given their
/// canonical entity names.
pub fn extract_quotes(article: &Article, entities: &[Entity]) -> Vec<Quote> {
    extract::run(&article.paragraphs, entities)
}

/// [`extract_quotes`], with each quote's speaker candidates (for training and measuring the
/// speaker chooser).
pub fn extract_quotes_with_candidates(
    article: &Article,
    entities: &[Entity],
) -> (Vec<Quote>, Vec<chooser::QuoteCands>) {
    extract::run_with_candidates(&article.paragraphs, entities)
}

/// [`extract_quotes`] with each quote's speaker decided by the learnt chooser
/// ([`chooser::shipped`] weights) among the candidates the rules see, instead of by the rules.
pub fn extract_quotes_chosen(article: &Article, entities: &[Entity]) -> Vec<Quote> {
    let (mut quotes, qcs) = extract::run_with_candidates(&article.paragraphs, entities);
    chooser::choose(chooser::shipped(), &mut quotes, &qcs);
    quotes
}
