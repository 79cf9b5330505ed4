//! Words, capitalised name runs and speaker-name resolution for the quote extractor.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::rc::Rc;

use super::lexicon::{self, WordHasher};

/// Sets and maps keyed by the article's words: hashed with the cheap word hasher (no iteration
/// over them anywhere, so their order never matters).
type FastSet<T> = HashSet<T, BuildHasherDefault<WordHasher>>;
type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;

use super::lexicon::{
    is_in, is_role, HEAD_ROLES, INSTITUTION_WORDS, NAMED_RANKS, NAME_PARTICLES, PLACE_WORDS,
    STARTER_WORDS,
};
use crate::entities::{Entity, EntityKind};

/// One word of a paragraph: a run of letters and digits, with inner `-`, `'` and `’` kept
/// (`orang-orang`, `ka’bah`). Offsets are char indices. The text is borrowed from the
/// paragraph, and so is the lowercase form when the word already is lowercase (most words):
/// every word of every article is built, and cloned into `Ctx::unquoted`, so two `String`s
/// per word were a large share of the extractor's time, mostly in the allocator.
#[derive(Debug, Clone)]
pub(crate) struct Word<'a> {
    /// The paragraph the word is in (offsets index that paragraph's chars).
    pub para: usize,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub lower: Cow<'a, str>,
    pub cap: bool,
    /// First word of a sentence (or of a quote, or after a colon).
    pub initial: bool,
    /// [`lexicon::masks_of`] the lowercase form, once asked ([`NO_MASKS`] before): the
    /// extractor asks about the same word's lists many times.
    masks: Cell<u32>,
}

/// [`Word::masks`] not yet looked up.
const NO_MASKS: u32 = u32::MAX;

impl Word<'_> {
    /// The lowercase form.
    pub(crate) fn lc(&self) -> &str {
        &self.lower
    }

    /// An English article (`the`, `a`, `an`), which opens descriptions and appositions
    /// (`a spokesperson for the Home Office`, `Yvette Cooper, the shadow home secretary,`).
    pub(crate) fn is_english_article(&self) -> bool {
        matches!(self.lc(), "the" | "a" | "an")
    }

    /// `is_in(list, &self.lower)`, answered from the word's own list bits.
    pub(crate) fn is_in(&self, list: &[&str]) -> bool {
        match lexicon::list_bit(list) {
            Some(bit) => {
                let mut m = self.masks.get();
                if m == NO_MASKS {
                    m = u32::from(lexicon::masks_of(&self.lower));
                    self.masks.set(m);
                }
                m & (1 << bit) != 0
            }
            None => is_in(list, &self.lower),
        }
    }

    /// `self.is_role()`, with the role list answered from the word's list bits.
    pub(crate) fn is_role(&self) -> bool {
        if !lexicon::is_lowered(&self.lower) {
            return self.is_role();
        }
        self.is_in(lexicon::ROLE_WORDS) || lexicon::role_prefixed(&self.lower)
    }
}

/// End of the word that starts at `start` (an alphanumeric char), as [`words`] splits.
fn word_end(chars: &[char], start: usize) -> usize {
    let mut i = start;
    while i < chars.len() {
        let c = chars[i];
        let inner = matches!(c, '-' | '\'' | '’')
            && i + 1 < chars.len()
            && chars[i + 1].is_alphanumeric()
            && i > start;
        if c.is_alphanumeric() || inner {
            i += 1;
        } else {
            break;
        }
    }
    i
}

/// The char ranges of the words of `chars`, as [`words`] splits them.
pub(crate) fn word_spans(chars: &[char]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < chars.len() {
            if chars[i].is_alphanumeric() {
                let start = i;
                i = word_end(chars, i);
                return Some((start, i));
            }
            i += 1;
        }
        None
    })
}

/// `words(chars).len()` without building the words: asked of many quote and clause spans.
pub(crate) fn word_count(chars: &[char]) -> usize {
    word_spans(chars).count()
}

/// The words of paragraph `para`: `text` and its chars, `chars` (char offsets index `chars`).
pub(crate) fn words<'a>(text: &'a str, chars: &[char], para: usize) -> Vec<Word<'a>> {
    // About one word per six or seven characters of running text.
    let mut out = Vec::with_capacity(chars.len() / 6 + 1);
    // Byte offset of char `at` in `text`, walked forward with the words.
    let (mut at, mut byte) = (0, 0);
    for (start, i) in word_spans(chars) {
        byte += chars[at..start].iter().map(|c| c.len_utf8()).sum::<usize>();
        let len: usize = chars[start..i].iter().map(|c| c.len_utf8()).sum();
        let Some(text) = text.get(byte..byte + len) else {
            // `chars` is not `text`'s chars: no words rather than wrong ones.
            return Vec::new();
        };
        (at, byte) = (i, byte + len);
        let span = &chars[start..i];
        let lower: Cow<'a, str> = if text.is_ascii() {
            if text.bytes().any(|b| b.is_ascii_uppercase()) {
                text.to_ascii_lowercase().into()
            } else {
                text.into()
            }
        } else {
            // Context-dependent mappings (final sigma) need the full-string conversion.
            let lower = text.to_lowercase();
            if lower == text {
                text.into()
            } else {
                lower.into()
            }
        };
        let cap = span[0].is_uppercase();
        let mut k = start;
        let mut initial = true;
        while k > 0 {
            let c = chars[k - 1];
            if c.is_whitespace() || matches!(c, '“' | '"' | '‘' | '«' | '(' | '[' | '”' | '\'')
            {
                k -= 1;
                continue;
            }
            initial = matches!(c, '.' | '!' | '?' | '…' | ':' | '-' | '–' | '—');
            // `Jacksen F. Tiago`: the period of an initial does not end a sentence.
            if c == '.'
                && k >= 2
                && chars[k - 2].is_uppercase()
                && (k < 3 || !chars[k - 3].is_alphanumeric())
            {
                initial = false;
            }
            break;
        }
        out.push(Word {
            para,
            start,
            end: i,
            text,
            lower,
            cap,
            initial,
            masks: Cell::new(NO_MASKS),
        });
    }
    out
}

/// Only whitespace between two positions.
pub(crate) fn only_space(chars: &[char], from: usize, to: usize) -> bool {
    from <= to
        && chars[from..to.min(chars.len())]
            .iter()
            .all(|c| c.is_whitespace())
}

pub(crate) fn is_acronym(w: &str) -> bool {
    // `DPR`, `G20`, `DPR-RI`.
    w.chars().filter(|c| c.is_uppercase()).count() >= 2
        && w.chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-')
        && !w.starts_with('-')
        && !w.ends_with('-')
}

/// Per paragraph of `n`, the entities' mentions as `(start, end, kind, mentions of the entity)`.
fn mention_index(n: usize, entities: &[Entity]) -> Vec<Vec<(usize, usize, EntityKind, usize)>> {
    let mut out = vec![Vec::new(); n];
    for e in entities {
        for m in &e.mentions {
            if let Some(list) = out.get_mut(m.paragraph) {
                list.push((m.start, m.end, e.kind, e.mentions.len()));
            }
        }
    }
    out
}

/// A capitalised name as found in the text, split into its role prefix and the name proper.
#[derive(Debug, Clone)]
pub(crate) struct Split {
    pub role: Vec<String>,
    pub name: Vec<String>,
    pub org: bool,
}

/// What [`Names::sole_run`] found.
enum Sole {
    None,
    One(String),
    Many,
}

/// A run that can name a person for nickname and short-form guesses: no organisation, at least
/// two words, no acronym among them.
fn person_like(r: &Split) -> bool {
    !r.org && r.name.len() >= 2 && !r.name.iter().any(|t| is_acronym(t))
}

pub(crate) struct Names<'e> {
    /// Lowercase words seen capitalised somewhere other than at a sentence start.
    known: FastSet<String>,
    /// Lowercase words that stand alone as a one-word name after a preposition (`di Belgorod`):
    /// places, not first names.
    standalone: FastSet<String>,
    /// Every name found in the article, in reading order.
    runs: Vec<Split>,
    /// Parallel to `runs`: the name stands inside a quote (the speaker's words, not the
    /// article's narration).
    quoted_runs: Vec<bool>,
    roles: FastMap<String, String>,
    /// `Kusuma Hartanto alias Om Shancoz`: lowercase alias → name.
    aliases: FastMap<String, String>,
    /// Lowercase tokens of every run, with the runs (as lowercase token lists) they occur in.
    /// (Shared: every token of a run points at the same list instead of a copy of it.)
    token_runs: FastMap<String, Vec<Rc<Vec<String>>>>,
    /// Words seen in lower case (`korban`), which a capitalised sentence start does not make a name.
    /// Borrowed from the article's words: nearly all are already lower case, so the set costs
    /// no allocation per word.
    lower: FastSet<Cow<'e, str>>,
    entities: &'e [Entity],
    /// Per paragraph, the entities' mentions as `(start, end, kind, mentions of the entity)`,
    /// char offsets: where the tagger found a person's name begin (see [`Names::entity_trim`]).
    mentions: Vec<Vec<(usize, usize, EntityKind, usize)>>,
    /// Names of entities whose full name is written only in headline-like lines.
    headline_only: FastSet<String>,
    /// Paragraphs that are headline-like lines (see [`headline_like`]): link headlines and
    /// subheads left in the text, whose capitalised runs are not names.
    headline: Vec<bool>,
    /// [`Names::canonical_inner`] by surface. It depends on nothing but the surface and
    /// `runs`, fixed once `Names` is built, and an article asks it about the same few speakers
    /// again and again, each time scanning every name of the article.
    inner_memo: RefCell<FastMap<Vec<String>, String>>,
}

impl<'e> Names<'e> {
    pub(crate) fn new(
        paras: &[Vec<char>],
        pwords: &[Vec<Word<'e>>],
        segs: &[super::marks::Segment],
        reported: &[bool],
        entities: &'e [Entity],
    ) -> Self {
        // Sized up front from the article's word count (about half its words are distinct
        // lower-case ones, a few are capitalised names): growing them was a visible share.
        let total: usize = pwords.iter().map(Vec::len).sum();
        let mut known = FastSet::with_capacity_and_hasher(total / 8, Default::default());
        let mut standalone = FastSet::default();
        let mut lower = FastSet::with_capacity_and_hasher(total / 2, Default::default());
        // Words repeat: look before cloning, so each distinct word is allocated once.
        for ws in pwords {
            for w in ws {
                if w.cap && !w.initial {
                    if !known.contains(w.lc()) {
                        known.insert(w.lower.to_string());
                    }
                } else if !w.cap && !lower.contains(w.lc()) {
                    lower.insert(w.lower.clone());
                }
            }
        }
        let mut names = Names {
            known,
            standalone: FastSet::default(),
            runs: Vec::new(),
            quoted_runs: Vec::new(),
            roles: FastMap::default(),
            aliases: FastMap::default(),
            token_runs: FastMap::default(),
            lower,
            entities,
            mentions: mention_index(paras.len(), entities),
            headline_only: FastSet::default(),
            headline: Vec::new(),
            inner_memo: RefCell::default(),
        };
        let headline: Vec<bool> = paras
            .iter()
            .zip(pwords)
            .map(|(c, ws)| headline_like(c, ws))
            .collect();
        for e in entities {
            let len = e.name.chars().count();
            let mut full = e.mentions.iter().filter(|m| {
                m.end.saturating_sub(m.start) == len
                    && paras.get(m.paragraph).is_some_and(|c| {
                        // Char-wise ASCII-case-insensitive equality, which is what comparing the
                        // collected String byte-wise was, without building it.
                        c.get(m.start..m.end).is_some_and(|t| {
                            t.len() == len
                                && t.iter()
                                    .zip(e.name.chars())
                                    .all(|(a, b)| a.eq_ignore_ascii_case(&b))
                        })
                    })
            });
            let mut any = false;
            let only = full.all(|m| {
                any = true;
                headline.get(m.paragraph).copied().unwrap_or(false)
            });
            if any && only {
                names.headline_only.insert(e.name.clone());
            }
        }
        let mut token_runs: FastMap<String, Vec<Rc<Vec<String>>>> = FastMap::default();
        let mut aliases = FastMap::default();
        // The runs of a paragraph depend only on `known`, fixed from here on: found once and
        // used by all three passes below.
        let para_runs: Vec<Vec<(usize, usize)>> = pwords
            .iter()
            .enumerate()
            .map(|(pi, ws)| names.runs_in(&paras[pi], ws))
            .collect();
        for (pi, ws) in pwords.iter().enumerate() {
            let runs = &para_runs[pi];
            for &(s, e) in runs {
                let toks: Rc<Vec<String>> =
                    Rc::new(ws[s..e].iter().map(|w| w.lower.to_string()).collect());
                for t in toks.iter() {
                    match token_runs.get_mut(t) {
                        Some(list) => list.push(Rc::clone(&toks)),
                        None => {
                            token_runs.insert(t.clone(), vec![Rc::clone(&toks)]);
                        }
                    }
                }
            }
            // `X alias Y`, `Otoritas Jasa Keuangan (OJK)`
            for pair in runs.windows(2) {
                let ((a, b), (c, d)) = (pair[0], pair[1]);
                let chars = &paras[pi];
                if c == b
                    && d == c + 1
                    && is_acronym(ws[c].text)
                    && chars[ws[b - 1].end..ws[c].start]
                        .iter()
                        .collect::<String>()
                        .trim()
                        == "("
                    && chars.get(ws[c].end) == Some(&')')
                    && b - a >= 2
                {
                    let name = names.split(&ws[a..b], false).name.join(" ");
                    aliases.insert(ws[c].lower.to_string(), name);
                    continue;
                }
                if c == b + 1 && ws[b].lower == "alias" {
                    let name = names.split(&ws[a..b], false).name.join(" ");
                    let alias: Vec<String> = ws[c..d].iter().map(|w| w.text.to_string()).collect();
                    aliases.insert(alias.join(" ").to_lowercase(), name.clone());
                    if alias.len() > 1 {
                        aliases.insert(alias[alias.len() - 1].to_lowercase(), name);
                    }
                }
            }
            names.nicknames(&paras[pi], ws, runs, &mut aliases);
        }
        names.token_runs = token_runs;
        names.aliases = aliases;
        for (pi, ws) in pwords.iter().enumerate() {
            for &(s, e) in &para_runs[pi] {
                if e == s + 1 && s > 0 && ws[s - 1].is_in(super::lexicon::PREPOSITIONS) {
                    standalone.insert(ws[s].lower.to_string());
                }
            }
        }
        names.standalone = standalone;
        names.headline = headline;
        let mut runs = Vec::new();
        let mut quoted_runs = Vec::new();
        // Only the quotes the extractor reports are someone's words: a name in scare quotes
        // (`‘Putri Diana’ masih main film`) or a quoted title is the article's own narration.
        // (`segs`: the article's quote segments, scanned once by the extractor; `reported`:
        // parallel to them, what the extractor decided.)
        let reported: Vec<&super::marks::Segment> = segs
            .iter()
            .zip(reported)
            .filter(|(_, &r)| r)
            .map(|(g, _)| g)
            .collect();
        for (pi, ws) in pwords.iter().enumerate() {
            if names.headline[pi] {
                continue;
            }
            let found = &para_runs[pi];
            for (i, &(s, e)) in found.iter().enumerate() {
                // `Kepala Suku Dinas … dan Penyelamatan Jakarta Pusat Hardisiswan`: a run after
                // `dan` continues a title begun by a role word.
                let after_titled_dan = s > 0
                    && ws[s - 1].lower == "dan"
                    && i > 0
                    && found[i - 1].1 + 1 == s
                    && ws[found[i - 1].0].is_role();
                let before_role = s > 0
                    && !ws[s - 1].cap
                    && ws[s - 1].is_role()
                    && only_space(&paras[pi], ws[s - 1].end, ws[s].start)
                    || after_titled_dan;
                // The title of a work (`konser bertajuk Andaikan Koes Plus Datang Kembali`) is
                // no fuller form of a name inside it (`Koes Plus`).
                if s > 0 && ws[s - 1].is_in(TITLING_WORDS) {
                    continue;
                }
                let split = names.split(&ws[s..e], before_role);
                if !split.name.is_empty() {
                    let at = ws[s].start;
                    quoted_runs.push(reported.iter().any(|g| {
                        g.para == pi && g.open.unwrap_or(0) <= at && g.close.is_none_or(|c| at < c)
                    }));
                    runs.push(split);
                }
            }
        }
        for r in &runs {
            if !r.role.is_empty() && !r.org {
                names
                    .roles
                    .entry(r.name.join(" ").to_lowercase())
                    .or_insert_with(|| r.role.join(" "));
            }
        }
        names.runs = runs;
        names.quoted_runs = quoted_runs;
        names
    }

    /// The capitalised runs of each paragraph from `pi` back to the first, latest paragraph
    /// first, as `(paragraph, limit, runs)`: in paragraph `pi` itself only the words before word
    /// `before` count (`limit` is that cut; every word elsewhere). This is the walk each "the
    /// latest X before the quote" lookup makes.
    fn runs_back<'a>(
        &'a self,
        paras: &'a [Vec<char>],
        pwords: &'a [Vec<Word>],
        pi: usize,
        before: usize,
    ) -> impl Iterator<Item = (usize, usize, Vec<(usize, usize)>)> + 'a {
        (0..pwords.len().min(pi + 1)).rev().map(move |p| {
            let ws = &pwords[p];
            let limit = if p == pi {
                before.min(ws.len())
            } else {
                ws.len()
            };
            (p, limit, self.runs_in(&paras[p], &ws[..limit]))
        })
    }

    /// Maximal runs of capitalised words (with name particles inside), as word index ranges.
    /// A sentence-initial word only counts when it is a known name, a role or an institution.
    pub(crate) fn runs_in(&self, chars: &[char], ws: &[Word]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < ws.len() {
            let opens = self.name_word(&ws[i])
                || (ws[i].cap
                    && ws[i].initial
                    && !Self::starter_word(&ws[i])
                    && !ws[i].lower.ends_with("nya")
                    && ws
                        .get(i + 1)
                        .is_some_and(|n| n.cap && !n.initial && self.name_word(n))
                    && only_space(chars, ws[i].end, ws[i + 1].start));
            if !opens {
                i += 1;
                continue;
            }
            let s = i;
            let mut e = i + 1;
            while e < ws.len()
                && (only_space(chars, ws[e - 1].end, ws[e].start)
                    || self.spaced_hyphen_name(chars, ws, s, e)
                    || (ws[e - 1].text.chars().count() == 1
                        && ws[e - 1].cap
                        && e - 1 > s
                        && chars[ws[e - 1].end..ws[e].start] == ['.', ' ']))
            {
                if self.name_word(&ws[e]) && !ws[e].initial {
                    e += 1;
                } else if self.spaced_hyphen_name(chars, ws, s, e) {
                    // `Hans - Joachim Watzke`: see `spaced_hyphen_name`.
                    e += 2;
                } else if ws[e].is_in(NAME_PARTICLES)
                    && !ws[e].cap
                    && e + 1 < ws.len()
                    && ws[e + 1].cap
                    && only_space(chars, ws[e].end, ws[e + 1].start)
                {
                    e += 2;
                } else {
                    break;
                }
            }
            out.push((s, e));
            i = e;
        }
        out
    }

    /// `Kepala Eksekutif Dortmund Hans - Joachim Watzke`, `Karl - Heinz Rummenigge`: IndoSum's
    /// tokenised text spaces the hyphen of a double first name. Word `e` (after ` - `) goes on
    /// the run `ws[s..e]` when it and the word after it are capitalised name words (a first
    /// name's second half, then the surname), and the word before the dash is a first name:
    /// the run's first word, or one after a word that is no person's (`Dortmund`), never a
    /// surname after a first name (`Anies Baswedan - Sandiaga Uno`, a pair of people) nor a
    /// paragraph's opening word (`Jakarta - Presiden Joko Widodo …`, a dateline).
    fn spaced_hyphen_name(&self, chars: &[char], ws: &[Word], s: usize, e: usize) -> bool {
        let (Some(prev), Some(w), Some(next)) =
            (ws.get(e.wrapping_sub(1)), ws.get(e), ws.get(e + 1))
        else {
            return false;
        };
        e > s
            && prev.cap
            && w.cap
            && next.cap
            && chars.get(prev.end..w.start) == Some(&[' ', '-', ' '][..])
            && only_space(chars, w.end, next.start)
            && self.name_word(next)
            && !next.initial
            && w.text.chars().all(char::is_alphabetic)
            && prev.text.chars().all(char::is_alphabetic)
            && !prev.initial
            && !is_in(PLACE_WORDS, prev.lc())
            && (e - 1 == s || !self.person_token(ws[e - 2].lc()))
            // The surname ends the name: `Go - Jek Nadiem Makarim` is a company before a
            // person, `Paris Saint - Germain Serge Aurier` a club before one.
            && ws
                .get(e + 2)
                .is_none_or(|w| !w.cap || !only_space(chars, next.end, w.start))
            // A name the tagger finds standing alone is a person of its own: `Jokowi - Jusuf
            // Kalla` is a pair.
            && !self.entities.iter().any(|en| {
                en.kind == EntityKind::Person && en.name.eq_ignore_ascii_case(prev.text)
            })
    }

    /// Nicknames introduced in the text: `Armantha, pria yang akrab disapa Tata ini` and
    /// `dipanggil Tata` (the name comes first), `Djanur, sapaan akrab Djadjang` (the nickname
    /// comes first). The two must sit in one sentence, a few words apart.
    fn nicknames(
        &self,
        chars: &[char],
        ws: &[Word],
        runs: &[(usize, usize)],
        aliases: &mut FastMap<String, String>,
    ) {
        for k in 0..ws.len() {
            let nickname_after = matches!(ws[k].lc(), "disapa" | "dipanggil");
            if !nickname_after && ws[k].lower != "sapaan" {
                continue;
            }
            let mut a = k + 1;
            if ws
                .get(a)
                .is_some_and(|w| matches!(w.lc(), "akrab" | "karib" | "akrabnya"))
            {
                a += 1;
            }
            let Some(&(s, e)) = runs.iter().find(|r| r.0 == a) else {
                continue;
            };
            // The other name: the last run before the cue word, at most eight words back,
            // with no sentence end in between.
            let Some(&(ps, pe)) = runs.iter().rev().find(|r| r.1 <= k) else {
                continue;
            };
            // `“… masih Lee Min-ho,” kata pria yang akrab disapa Emil itu`: a name inside the
            // quote is not the one the nickname stands for.
            let ends_sentence = chars[ws[pe - 1].end..ws[k].start]
                .iter()
                .any(|c| matches!(c, '.' | '!' | '?' | '"' | '“' | '”' | '«' | '»'));
            if k - pe > 8 || ends_sentence {
                continue;
            }
            let before = self.split(&ws[ps..pe], false);
            let after = self.split(&ws[s..e], false);
            // The nickname may look like anything (`Tata` is also an institution word); the
            // name it stands for must be a person's.
            let full_side = if nickname_after { &before } else { &after };
            if full_side.org || before.name.is_empty() || after.name.is_empty() {
                continue;
            }
            let (nick, full) = if nickname_after {
                (&ws[s..e], before.name)
            } else {
                (&ws[ps..pe], after.name)
            };
            let full = full.join(" ");
            let nick_text: Vec<&str> = nick.iter().map(|w| w.lc()).collect();
            if nick_text.join(" ") == full.to_lowercase() {
                continue;
            }
            aliases
                .entry(nick_text.join(" "))
                .or_insert_with(|| full.clone());
            // `Pak Haji`: also without the title.
            if nick.len() > 1 && nick[0].is_role() {
                aliases
                    .entry(nick_text[1..].join(" "))
                    .or_insert_with(|| full.clone());
            }
        }
    }

    fn name_word(&self, w: &Word) -> bool {
        if !w.cap || w.lower.ends_with("nya") {
            return false;
        }
        // `berjudul "Mengapa Jenderal Gatot memutus …"`: a question word opening a quoted
        // headline (not sentence-initial, so not a starter word) is never part of a name.
        if matches!(
            w.lc(),
            "mengapa" | "kenapa" | "bagaimana" | "apakah" | "siapakah" | "mengapakah"
        ) {
            return false;
        }
        !w.initial || self.known.contains(w.lc()) || w.is_role() || w.is_in(INSTITUTION_WORDS)
    }

    /// A sentence-initial word that is capitalised only because it starts the sentence.
    fn starter_word(w: &Word) -> bool {
        // Nouns derived with ke-…-an / pe-…-an (`Kesiapan Mahfud itu …`, `Pernyataan Jokowi`).
        let derived = w.lower.chars().count() >= 7
            && (w.lower.starts_with("ke") || w.lower.starts_with("pe"))
            && w.lower.ends_with("an");
        derived
            || w.is_in(STARTER_WORDS)
            || w.is_in(super::lexicon::CLAUSE_STARTERS)
            || w.is_in(super::lexicon::PREPOSITIONS)
            || w.is_in(super::lexicon::FILLERS)
            || w.is_in(super::lexicon::PRONOUNS)
    }

    /// Splits `Gubernur Belgorod Vyacheslav Gladkov` into role `Gubernur Belgorod` and name
    /// `Vyacheslav Gladkov`; `Kementerian Pertahanan Ukraina` stays whole as an organisation.
    pub(crate) fn split(&self, run: &[Word], before_role: bool) -> Split {
        let split = self.split_by_rules(run, before_role);
        let split = self.entity_trim(run, split);
        self.entity_first_name(run, split)
    }

    /// Gives the name back a first name the rules took for a role or institution word: `Tim
    /// Cook` (`tim`, a team, opens Indonesian roles and bodies) when the run is that word and
    /// the name, the tagger's person span covers exactly both, and the article never writes
    /// the word in lower case, so nothing in it uses the word as a role (`Agung Laksono`,
    /// `Agung Rai`: `Jaksa Agung`); the same run without a role before it, which the rules
    /// read as a body named by its first word, becomes a person the same way. A rank is always
    /// a rank, however the tagger spans it (`Marsda Muhammad Syaugi`). After another role word the tagger's span keeps ranks and
    /// titles (`Jaksa Agung M Prasetyo`, `Kombes Pol X`), so that is left alone.
    fn entity_first_name(&self, run: &[Word], mut split: Split) -> Split {
        let [w, rest @ ..] = run else {
            return split;
        };
        let only_role_then_name = split.role.len() == 1
            && !split.org
            && split.name.len() == rest.len()
            && rest.iter().zip(&split.name).all(|(r, t)| r.text == t)
            && split.role[0] == w.text;
        // With no role before it, the same run reads as a body named by its first word
        // (`Tim Cook, said` as `Tim Garuda`): the tagger's person span makes it a person.
        let body_named = split.org
            && split.role.is_empty()
            && !rest.is_empty()
            && split.name.len() == run.len()
            && w.is_in(INSTITUTION_WORDS);
        if !(only_role_then_name || body_named)
            || !w.cap
            || !(w.is_role() || w.is_in(INSTITUTION_WORDS))
            || w.is_in(NAMED_RANKS)
            || crate::entities::resolve::RANKS.contains(&w.lc())
            || self.lower.contains(w.lc())
        {
            return split;
        }
        let end = run[run.len() - 1].end;
        let spanned = self.mentions.get(w.para).is_some_and(|ms| {
            ms.iter()
                .any(|m| m.2 == EntityKind::Person && m.0 == w.start && m.1 == end)
        });
        if spanned && body_named {
            split.org = false;
        } else if spanned {
            split.role.clear();
            split.name.insert(0, w.text.to_string());
        }
        split
    }

    /// The rules' split of `run`, without the entities (see [`Names::split`]).
    fn split_by_rules(&self, run: &[Word], before_role: bool) -> Split {
        // `Dr dr Damayanti R Sjarif SpA(K)`: a degree written right after the name, without a
        // comma, is not part of it (nor a fuller form of it for later mentions).
        let mut run = run;
        // `Pemerintah Amerika Serikat Jumat`: a day written right after a name is the date.
        while run.len() > 1
            && matches!(
                run[run.len() - 1].lc(),
                "senin" | "selasa" | "rabu" | "kamis" | "jumat" | "sabtu" | "minggu"
            )
        {
            run = &run[..run.len() - 1];
        }
        while run.len() > 1
            && degree_word(run[run.len() - 1].text)
            && run[..run.len() - 1]
                .iter()
                .any(|w| w.text.chars().count() > 1 && !degree_word(w.text))
        {
            run = &run[..run.len() - 1];
        }
        let toks: Vec<String> = run.iter().map(|w| w.text.to_string()).collect();
        let has_role = before_role || run.first().is_some_and(|w| w.is_role());
        // `Humas Polres Labuhan Batu AKP Viktor Sibarani`: a police or military rank inside
        // the run is always followed by the person's name, so whatever comes before it is
        // the position (as `HEAD_ROLES` below, for ranks).
        if !has_role && run.len() >= 3 {
            if let Some(p) = (1..run.len() - 1)
                .find(|&p| run[p].is_in(NAMED_RANKS) && run[p + 1].cap && !run[p + 1].is_role())
            {
                let inner = self.split(&run[p..], false);
                if !inner.name.is_empty() && !inner.org {
                    let mut role: Vec<String> = toks[..p].to_vec();
                    role.extend(inner.role);
                    return Split {
                        role,
                        name: inner.name,
                        org: false,
                    };
                }
            }
        }
        // `Health Minister Budi Sadikin`, `Menlu`-style heads inside the run.
        if !has_role && run.len() >= 3 {
            if let Some(p) = (1..run.len() - 1).rev().find(|&p| run[p].is_in(HEAD_ROLES)) {
                let inner = self.split(&run[p..], false);
                let mut role: Vec<String> = toks[..p].to_vec();
                role.extend(inner.role);
                if !inner.name.is_empty() {
                    return Split {
                        role,
                        name: inner.name,
                        org: false,
                    };
                }
            }
        }
        if !has_role && run.len() >= 3 && matches!(run[0].text, "H" | "Hj" | "KH" | "Kh") {
            let mut sp = self.split(&run[1..], false);
            sp.role.insert(0, toks[0].clone());
            return sp;
        }
        if !has_role && run.len() >= 3 && run[0].is_in(PLACE_WORDS) {
            let rest = &run[1..];
            let plain = rest.iter().all(|w| {
                !w.is_in(PLACE_WORDS) && !w.is_in(INSTITUTION_WORDS) && !is_acronym(w.text)
            });
            if plain {
                let mut sp = self.split(rest, false);
                sp.role.insert(0, toks[0].clone());
                return sp;
            }
        }
        if !has_role && run.len() >= 3 {
            if let Some(p) = self.title_prefix(run) {
                return Split {
                    role: toks[..p].to_vec(),
                    name: toks[p..].to_vec(),
                    org: false,
                };
            }
        }
        if !has_role {
            let org = run
                .first()
                .is_some_and(|w| w.is_in(INSTITUTION_WORDS) || is_acronym(w.text))
                || (run.len() == 1 && run[0].is_in(PLACE_WORDS));
            return Split {
                role: Vec::new(),
                name: toks,
                org,
            };
        }
        let mut k = 0;
        while k < run.len() && run[k].is_role() {
            k += 1;
        }
        // The name is at the end: the trailing words that are not roles, institutions, places
        // or acronyms, at most three (initials and particles do not count).
        let mut tail = run.len();
        let mut full = 0;
        while tail > k {
            let w = &run[tail - 1];
            // Past two name words, a common word of the article ends the name.
            // `Kemenpar`, `Kemenkes`: ministries abbreviated into one word.
            // `Manajer Arsenal Arsene Wenger`: past two name words, a word the article uses
            // as a name on its own, without them (`Arsenal boleh …`), names something else.
            // `Menteri Koordinator Bidang Perekonomian Darmin Nasution`, `Bidang Hukum`: the
            // word after `bidang` names the field of the office.
            let field = field_noun(&w.lower)
                || office_word(&w.lower)
                || tail >= k + 2 && run[tail - 2].lc() == "bidang";
            let namey = !w.is_role()
                && !field
                && !w.is_in(INSTITUTION_WORDS)
                && !w.is_in(PLACE_WORDS)
                && !is_acronym(w.text)
                && !w.lower.starts_with("kemen")
                && (full == 0 || !reduplicated(&w.lower))
                && (full < 2 || !self.lower.contains(w.lc()))
                && (full < 2 || !self.organisation(&w.lower, &run[tail..]));
            let initial = w.text.chars().count() == 1 || w.is_in(NAME_PARTICLES);
            // `Universitas Oxford Susan Jebb`: the word after an institution word names it.
            let names_institution = full >= 2
                && tail >= 2
                && tail - 2 >= k
                && matches!(
                    run[tail - 2].lc(),
                    "universitas"
                        | "university"
                        | "institut"
                        | "bank"
                        | "partai"
                        | "klub"
                        | "yayasan"
                        | "stadion"
                        | "hotel"
                        | "harian"
                        | "majalah"
                );
            if !initial && (!namey || full == 3 || names_institution) {
                break;
            }
            if !initial {
                full += 1;
            }
            tail -= 1;
        }
        if tail < run.len() && full > 0 {
            k = k.max(tail);
        }
        while k < run.len() {
            let w = &run[k];
            let left = run.len() - k;
            let strip = field_noun(&w.lower)
                || office_word(&w.lower)
                || (left > 1
                    && (w.is_role()
                        || w.is_in(INSTITUTION_WORDS)
                        || w.is_in(PLACE_WORDS)
                        || is_acronym(w.text)))
                || (left > 2
                    && (self.standalone.contains(w.lc()) || self.foreign(&w.lower, &run[k + 1..])));
            if !strip {
                break;
            }
            k += 1;
        }
        if k == run.len() {
            // Nothing but role words: `Kapolsek`, `Presiden`, `mantan Menteri Keuangan`.
            let all_roles = run
                .iter()
                .all(|w| w.is_role() || field_noun(&w.lower) || office_word(&w.lower));
            if all_roles {
                return Split {
                    role: toks,
                    name: Vec::new(),
                    org: false,
                };
            }
            return Split {
                role: Vec::new(),
                name: toks,
                org: true,
            };
        }
        Split {
            role: toks[..k].to_vec(),
            name: toks[k..].to_vec(),
            org: false,
        }
    }

    /// Where a person mention of the entities that ends at char `end` of paragraph `pi`
    /// starts.
    pub(crate) fn person_ending_at(&self, pi: usize, end: usize) -> Option<usize> {
        self.mentions
            .get(pi)?
            .iter()
            .find(|m| m.2 == EntityKind::Person && m.1 == end)
            .map(|m| m.0)
    }

    /// The rules' person name, cut to the entity tagger's person span where the span lies
    /// inside it, sharing one end, and every word it leaves out is evidently not a name word.
    ///
    /// * Words before the span (they become role words): each one a word the article also
    ///   writes in lower case (`Kabinet`, `Tokoh Masyarakat Poso`, `Wakil Wali Kota Bekasi`),
    ///   or a word of an organisation or place the tagger found there and elsewhere in the
    ///   article too (`Bupati Purwakarta`, `Presiden Korsel`, `Twitter`).
    /// * Words after the span (dropped): each one a word the article also writes in lower
    ///   case (a link headline left in the text: `Kaka Isyaratkan Pensiun`).
    ///
    /// And the article names the person without those words elsewhere (`kata Ahmad` after
    /// `Wakil Wali Kota Bekasi Ahmad Syaikhu`; not `Sony Dwi Kuncoro`, whose `Sony` the tagger
    /// took for the company while the article calls him `Sony` throughout).
    ///
    /// The rules only strip the role, institution and place words they know, so each unseen
    /// class of them (a new rank, a company, an occupation, a headline verb) stayed in the
    /// name; the tagger learnt where names begin and end from far more text. Its spans are not
    /// trusted further than that: they also cut real first names (`Olaf van Schagen`, `Ratu
    /// Tisha Destria` with `Ratu` as a role) and keep companies before a person (`Investree
    /// Adrian Gunadi`). Taking the span as the name wherever one sits at the attribution
    /// lowered the gold sets' speaker accuracy from 0.981 to 0.953, so a span never lengthens
    /// a name nor drops a word that is only ever capitalised.
    fn entity_trim(&self, run: &[Word], mut split: Split) -> Split {
        if split.name.len() >= 2 && run.len() == split.name.len() {
            // `Agensi CJeS Culture mengatakan …` read as one name: a sentence's first word that
            // the article writes in lower case elsewhere (`oleh agensi Jepang Horipro`), before
            // an organisation the tagger found exactly over the rest of the run, is
            // capitalised by its place only; the body is the tagger's.
            let w = &run[0];
            let tagged_rest = self.mentions.get(w.para).is_some_and(|ms| {
                ms.iter().any(|&(s, e, kind, _)| {
                    kind == EntityKind::Organization
                        && s == run[1].start
                        && e == run[run.len() - 1].end
                })
            });
            if w.initial
                && tagged_rest
                && split.name.first().is_some_and(|t| t == w.text)
                && !w.is_in(NAME_PARTICLES)
                && self.lower.contains(w.lc())
                && !self.known.contains(w.lc())
            {
                split.name.drain(..1);
                return split;
            }
        }
        if split.org || split.name.len() < 2 || run.is_empty() {
            return split;
        }
        let Some(ms) = self.mentions.get(run[0].para) else {
            return split;
        };
        let n = split.name.len();
        // Where the rules' name sits in the run (degrees and days after it were cut).
        let Some(p) = (0..=run.len().saturating_sub(n)).find(|&p| {
            run[p..p + n]
                .iter()
                .zip(&split.name)
                .all(|(w, t)| w.text == t)
        }) else {
            return split;
        };
        let (start, end) = (run[p].start, run[p + n - 1].end);
        let persons = || ms.iter().filter(|m| m.2 == EntityKind::Person);
        let common = |w: &Word| {
            !w.is_in(NAME_PARTICLES) && w.text.chars().count() > 1 && self.lower.contains(w.lc())
        };
        // A word of an organisation or place the tagger found here and elsewhere; or here
        // only, when that span begins inside the rules' role and so crosses into their name
        // (`Legenda Inter Milan Luisito Suarez`: the rules cut `Inter | Milan Luisito
        // Suarez`, the tagger read `Inter Milan` and `Luisito Suarez`): the rules then cut
        // through one name, and the tagger's boundary is the better one.
        let other_entity = |w: &Word| {
            ms.iter().any(|&(s, e, kind, count)| {
                kind != EntityKind::Person
                    // (A one-letter word the span took is a name's initial: `Kementerian
                    // Perindustrian I` before `Gusti Putu Suryawirawan`.)
                    && (count >= 2 || (s < start && w.text.chars().count() > 1))
                    && s <= w.start
                    && w.end <= e
            })
        };
        let named_without = |kept: &[Word], dropped: &Word| {
            kept.iter().any(|w| {
                self.token_runs
                    .get(w.lc())
                    .is_some_and(|runs| runs.iter().any(|r| !r.iter().any(|t| *t == dropped.lc())))
            })
        };
        let lead = persons()
            .filter(|m| m.1 == end)
            .find_map(|m| (p + 1..p + n).find(|&k| run[k].start == m.0));
        if let Some(a) = lead {
            // `Hans - Joachim Watzke`, `Jean - Pierre Rivere`: the tagger's span starts after a
            // spaced hyphen, inside a double first name (`runs_in` joins words across one
            // space, an initial's `. ` or such a ` - `, so a three-char gap is the hyphen).
            if run[a].start == run[a - 1].end + 3 {
                return split;
            }
            let dropped = &run[p..a];
            // `Agensi CJeS Culture mengatakan …` (heldout15): a sentence's first word that the
            // article writes in lower case elsewhere (`oleh agensi Jepang Horipro`) and never
            // capitalises inside a sentence is capitalised by its place only, a common noun
            // before the name the tagger found, even when the article never names it again.
            // (`Anggun C. Sasmi` opening an article is her name: `Anggun` is capitalised
            // inside sentences, and the lower-case `anggun` of `@anggun_cipta` is a handle.)
            let initial_common = a == p + 1
                && run[p].initial
                && common(&run[p])
                && !self.known.contains(run[p].lc());
            let named_alone = named_without(&run[a..p + n], &run[a - 1]);
            // `Nama Armand Maulana mulai dikenal …`, `Torehan Davy Klaassen …`, `Rencana Angel
            // Lelga …`: a sentence's first word that the article never capitalises inside a
            // sentence, before the tagger's span, when the article names the person without
            // it. The word is capitalised by its place only, whether or not the article also
            // happens to write it in lower case, and it says nothing about the person, so it
            // is not kept as a role either. (A first name the tagger cut off is capitalised
            // inside sentences wherever the article repeats the full name.)
            if a == p + 1
                && run[p].initial
                && run[p].text.chars().count() > 1
                && !run[p].is_in(NAME_PARTICLES)
                && !run[p].is_role()
                && !self.known.contains(run[p].lc())
                && !common(&run[p])
                && named_alone
            {
                split.name.drain(..1);
                return split;
            }
            if dropped
                .iter()
                .all(|w| !w.is_in(NAME_PARTICLES) && (common(w) || other_entity(w)))
                && (initial_common || named_alone)
            {
                split
                    .role
                    .extend(dropped.iter().map(|w| w.text.to_string()));
                split.name.drain(..a - p);
                return split;
            }
        }
        let tail = persons()
            .filter(|m| m.0 == start)
            .find_map(|m| (p..p + n - 1).find(|&k| run[k].end == m.1));
        if let Some(q) = tail {
            let dropped = &run[q + 1..p + n];
            if dropped.iter().all(common) && named_without(&run[p..=q], &run[q + 1]) {
                split.name.truncate(q + 1 - p);
            }
        }
        split
    }

    /// `Kemenag Mohammad Zen`, `Olahraga Imam Nahrawi` (after `Menteri Pemuda dan`),
    /// `BMKG Cilacap Teguh Wardoyo`: leading words of an institution, place or acronym, or
    /// common words of the article, before a plain name of two or more words that the
    /// article also uses without them. Returns how many words to strip.
    fn title_prefix(&self, run: &[Word]) -> Option<usize> {
        let strippable = |k: usize| {
            let w = &run[k];
            w.is_in(INSTITUTION_WORDS)
                || w.is_in(PLACE_WORDS)
                || is_acronym(w.text)
                || w.lower.starts_with("kemen")
                || self.standalone.contains(w.lc())
                || self.lower.contains(w.lc())
                || self.foreign(&w.lower, &run[k + 1..])
        };
        let mut p = 0;
        while run.len() - p > 2 && strippable(p) {
            p += 1;
        }
        if p == 0 {
            // `Kepada Dinas PUPR Kota Bekasi Tri Adhiyanto` (a typo of `Kepala`): a title
            // whose first word is unknown still ends with an institution, place or acronym.
            p = (1..run.len().saturating_sub(2))
                .rev()
                .find(|&k| {
                    let w = &run[k];
                    w.is_in(INSTITUTION_WORDS)
                        || w.is_in(PLACE_WORDS)
                        || is_acronym(w.text)
                        || self.standalone.contains(w.lc())
                })
                .map_or(0, |k| k + 1);
        }
        if p == 0 {
            return None;
        }
        let rest = &run[p..];
        let initial = |w: &Word| w.text.chars().count() == 1 || w.is_in(NAME_PARTICLES);
        let plain = rest.iter().all(|w| {
            initial(w)
                || (w.cap
                    && !is_acronym(w.text)
                    && !w.is_role()
                    && !w.is_in(INSTITUTION_WORDS)
                    && !w.is_in(PLACE_WORDS)
                    && !self.lower.contains(w.lc())
                    && !self.standalone.contains(w.lc()))
        }) && rest.iter().filter(|w| !initial(w)).count() >= 2;
        if !plain {
            return None;
        }
        // The article names the person without the prefix somewhere else.
        let prefix: Vec<&str> = run[..p].iter().map(|w| w.lc()).collect();
        let used_alone = rest.iter().any(|w| {
            self.token_runs.get(w.lc()).is_some_and(|runs| {
                runs.iter()
                    .any(|r| !r.iter().any(|t| prefix.contains(&t.as_str())))
            })
        });
        used_alone.then_some(p)
    }

    pub(crate) fn role_of(&self, name: &str) -> Option<String> {
        self.roles.get(&name.to_lowercase()).cloned()
    }

    /// Canonical form of a surface name: an entity whose name or alias matches, else the
    /// fullest name in the article containing it, else the surface form itself.
    pub(crate) fn canonical(&self, surface: &[String]) -> String {
        let name = self.canonical_inner(surface);
        match self.aliases.get(&name.to_lowercase()) {
            Some(full) => self.canonical_inner(
                &full
                    .split_whitespace()
                    .map(str::to_string)
                    .collect::<Vec<_>>(),
            ),
            None => name,
        }
    }

    pub(crate) fn seen_lower(&self, lower: &str) -> bool {
        self.lower.contains(lower)
    }

    pub(crate) fn add_alias(&mut self, alias: &str, name: &str) {
        if !alias.eq_ignore_ascii_case(name) {
            self.aliases.insert(alias.to_lowercase(), name.to_string());
        }
    }

    /// The name of the entity a speaker name found by the extractor (`own`) stands for, when
    /// the mapping can be trusted, with the entity's role.
    ///
    /// NER names often carry extra tokens (`Pol Djarod Padakova`, `Taeyang BIGBANG`,
    /// `Boca Juniors Horacio Paolini`), are cut short (`Hardi` for `Hardisiswan`) or are
    /// normalised (`Kyiv` for `Kiev`). So a name maps only to an entity that is the same name,
    /// or to a person entity that contains every token of `own` as whole tokens, in order, and
    /// whose other tokens are plain name words: not roles or titles, institutions, places,
    /// acronyms, nor words of another name in the article. Two such candidates with different
    /// names are ambiguous, and `own` stays.
    pub(crate) fn entity_for(&self, own: &str) -> Option<(String, Option<String>)> {
        let own_toks: Vec<String> = own.split_whitespace().map(str::to_lowercase).collect();
        if own_toks.is_empty() {
            return None;
        }
        if let Some(e) = self
            .entities
            .iter()
            .find(|e| e.name.eq_ignore_ascii_case(own))
        {
            return Some((e.name.clone(), e.role.clone()));
        }
        let org_like = own_toks.iter().any(|t| {
            is_in(INSTITUTION_WORDS, t)
                || is_in(PLACE_WORDS, t)
                || is_role(t)
                || t.starts_with("kemen")
        }) || own.split_whitespace().any(is_acronym);
        if org_like {
            return None;
        }
        let mut found: Option<&Entity> = None;
        for e in self.entities {
            if e.kind != EntityKind::Person {
                continue;
            }
            let toks: Vec<&str> = e.name.split_whitespace().collect();
            if toks.len() <= own_toks.len() {
                continue;
            }
            // Whole tokens, in order.
            let mut k = 0;
            let mut extra = Vec::new();
            for t in &toks {
                if k < own_toks.len() && t.to_lowercase() == own_toks[k] {
                    k += 1;
                } else {
                    extra.push(*t);
                }
            }
            if k < own_toks.len() {
                continue;
            }
            let plain = extra.iter().all(|t| {
                let lower = t.to_lowercase();
                t.chars().next().is_some_and(char::is_uppercase)
                    && t.chars().count() >= 2
                    && t.chars()
                        .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
                    && !is_role(&lower)
                    && !is_in(INSTITUTION_WORDS, &lower)
                    && !is_in(PLACE_WORDS, &lower)
                    && !is_in(NAME_PARTICLES, &lower)
                    && !is_acronym(t)
                    && !self.other_name_token(&lower, &own_toks)
            });
            // `Carlos Tevez Pindah` from a `SIMAK JUGA:` headline: a longer name written out
            // only in headlines is not trusted.
            let used = !self.headline_only.contains(&e.name);
            if !plain || !used {
                continue;
            }
            match found {
                Some(f) if f.name != e.name => return None,
                _ => found = Some(e),
            }
        }
        found.map(|e| (e.name.clone(), e.role.clone()))
    }

    /// `tok` occurs in a name of the article that shares nothing with `own` (`Boca` of
    /// `Boca Juniors` next to `Horacio Paolini`), or names another entity.
    fn other_name_token(&self, tok: &str, own: &[String]) -> bool {
        let in_run = self.token_runs.get(tok).is_some_and(|runs| {
            runs.iter()
                .any(|r| r.len() >= 2 && !r.iter().any(|t| own.contains(t)))
        });
        in_run
            || self.entities.iter().any(|e| {
                let toks: Vec<String> = e.name.split_whitespace().map(str::to_lowercase).collect();
                toks.iter().any(|t| t == tok) && !toks.iter().any(|t| own.contains(t))
            })
    }

    /// `tok`, before the name words `rest`, is another name's: it stands alone as a name
    /// elsewhere in the article (`Arsenal boleh …`) while `rest` is exactly a person entity's
    /// name (`Arsene Wenger`), and no person entity holds it. (Organisation entities' ends are
    /// not trusted: the tagger's boundary between an organisation and the person after it is
    /// what is in doubt — `Dinas Pariwisata Turbey` before `Ony Dangeubun`.)
    /// Whether a word (lower case) is a word of the name of a person the tagger found.
    pub(crate) fn person_token(&self, tok: &str) -> bool {
        self.entities
            .iter()
            .filter(|e| e.kind == EntityKind::Person)
            .any(|e| {
                e.name
                    .to_lowercase()
                    .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
                    .any(|t| t == tok)
            })
    }

    fn organisation(&self, tok: &str, rest: &[Word]) -> bool {
        let own: Vec<&str> = rest.iter().map(|w| w.lc()).collect();
        let alone = self
            .token_runs
            .get(tok)
            .is_some_and(|runs| runs.iter().any(|r| r.len() == 1));
        if !alone {
            return false;
        }
        let mut person_rest = false;
        for e in self
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Person)
        {
            let lower = e.name.to_lowercase();
            let toks: Vec<&str> = lower
                .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
                .filter(|t| !t.is_empty())
                .collect();
            if toks.contains(&tok) {
                return false;
            }
            person_rest |= toks == own;
        }
        person_rest
    }

    /// `Boca` in `Boca Juniors Horacio Paolini`: the token also belongs to a name that does not
    /// go on with `next`, so it is another entity's, not part of this person's name.
    fn foreign(&self, tok: &str, after: &[Word]) -> bool {
        self.token_runs.get(tok).is_some_and(|runs| {
            runs.iter().any(|r| {
                // Another multi-word name with `tok` and nothing of what follows it here
                // (`Boca Juniors` for `Juniors Horacio Paolini`; not `Anies Baswedan` for
                // `Anies Rasyid Baswedan`).
                // Role words do not make another name (`Pak Gatot`).
                r.iter().filter(|t| !is_role(t)).count() >= 2
                    && !r.iter().any(|t| after.iter().any(|w| &w.lower == t))
            })
        })
    }

    /// `Los Blancos Zinedine Zidane`, `Electronic Arts Blake Jorgensen`: words before a
    /// person's name inside one capitalised run that name an organisation or a title, as the
    /// article shows by using them without the name (as the same two or more words, or as a
    /// role, institution, place or acronym) and the name's last word without them (or the
    /// prefix exactly, on its own). A given name used alone (`Budi`) is never such a prefix,
    /// and the rest must be a plain person's name of two or more words. Returns the number of
    /// words to drop.
    fn org_prefix(&self, surface: &[String]) -> Option<usize> {
        if surface.len() < 4 {
            return None;
        }
        let lower: Vec<String> = surface.iter().map(|t| t.to_lowercase()).collect();
        let raw = |t: &str| self.token_runs.get(t).map(Vec::as_slice).unwrap_or(&[]);
        (1..=surface.len() - 2).find(|&p| {
            let (prefix, suffix) = lower.split_at(p);
            let plain = surface[p..].iter().all(|t| {
                let l = t.to_lowercase();
                t.starts_with(|c: char| c.is_uppercase())
                    && !is_acronym(t)
                    && !is_role(&l)
                    && !is_in(INSTITUTION_WORDS, &l)
                    && !is_in(PLACE_WORDS, &l)
                    && !self.lower.contains(l.as_str())
                    // `Lockheed Martin Space Systems`: a company's own words.
                    && !matches!(
                        l.as_str(),
                        "systems"
                            | "system"
                            | "group"
                            | "technologies"
                            | "technology"
                            | "corp"
                            | "corporation"
                            | "inc"
                            | "ltd"
                            | "company"
                            | "international"
                            | "ventures"
                            | "capital"
                            | "partners"
                            | "media"
                            | "indonesia"
                    )
            });
            if !plain {
                return false;
            }
            let suffix_alone = raw(&suffix[suffix.len() - 1])
                .iter()
                .any(|r| !r.iter().any(|t| *t == prefix[p - 1]));
            let listed = |i: usize| {
                let t = &lower[i];
                is_role(t)
                    || is_in(INSTITUTION_WORDS, t)
                    || is_in(PLACE_WORDS, t)
                    || is_acronym(&surface[i])
            };
            let on_its_own = p >= 2 && raw(&prefix[0]).iter().any(|r| r.as_slice() == prefix);
            let prefix_alone = (0..p).all(listed)
                || on_its_own
                || (p >= 2
                    && raw(&prefix[0])
                        .iter()
                        .any(|r| contains_seq(r, prefix) && !r.iter().any(|t| suffix.contains(t))));
            prefix_alone && (suffix_alone || on_its_own)
        })
    }

    fn canonical_inner(&self, surface: &[String]) -> String {
        if let Some(name) = self.inner_memo.borrow().get(surface) {
            return name.clone();
        }
        let name = self.canonical_inner_uncached(surface);
        self.inner_memo
            .borrow_mut()
            .insert(surface.to_vec(), name.clone());
        name
    }

    fn canonical_inner_uncached(&self, surface: &[String]) -> String {
        let joined = surface.join(" ");
        if surface.is_empty() {
            return joined;
        }
        if let Some(p) = self.org_prefix(surface) {
            return self.canonical_inner(&surface[p..]);
        }
        // `ungkap AQ` after `presiden klub Achsanul Qosasi`: an acronym spelling the initials
        // of one person's name in the article (two to four words, one letter each) stands for
        // that person.
        if surface.len() == 1 && is_acronym(&surface[0]) && (2..=4).contains(&surface[0].len()) {
            let letters: Vec<char> = surface[0].chars().collect();
            match self.sole_run(|r| {
                !r.org
                    && r.name.len() == letters.len()
                    && r.name
                        .iter()
                        .zip(&letters)
                        .all(|(t, &l)| t.chars().count() > 1 && !is_acronym(t) && t.starts_with(l))
            }) {
                Sole::One(n) => return n,
                Sole::Many => return joined,
                Sole::None => {}
            }
        }
        let single_place = surface.len() == 1
            && (is_in(PLACE_WORDS, &surface[0])
                || is_in(INSTITUTION_WORDS, &surface[0])
                || is_acronym(&surface[0]));
        if single_place {
            return joined;
        }
        // Ranked by: fuller than the surface, then named in narration rather than only inside
        // a quote (`Olympique Marseille` of the lead, not `Olympique de Marseille` in the
        // club's quoted statement), then length. A fuller form found only in a quote still
        // beats the bare surface (`Zidane` → `Zinedine Zidane`).
        let mut best: Option<((bool, bool, usize), String)> = None;
        for (ri, r) in self.runs.iter().enumerate() {
            // `cand` below is a tail of the run's name: if the whole name does not hold the
            // surface, no tail does, and the run is out before any of the costlier checks.
            if r.org || !contains_seq(&r.name, surface) || r.name.iter().any(|t| is_acronym(t)) {
                continue;
            }
            // `Hira Triadi` is not `Unilever Indonesia Hira Triadi`: words before the name
            // that hold a place, an institution or an acronym are what is left of a title, and
            // the fuller name is the part from the surface's first word on (`Halim` →
            // `Halim Pagarra`, not `Dirlantas Polda Metro Jaya Kombes Halim Pagarra`).
            let title_end = r
                .name
                .iter()
                .position(|t| surface.first().is_some_and(|f| f.eq_ignore_ascii_case(t)))
                .filter(|&p| {
                    // `Arab Saudi`, `Korea Selatan`: a place's own name is not a title.
                    // `direktur olahraga Wolfsburg Olaf Rebbe` after `untuk Wolfsburg`: a word
                    // the article uses alone after a preposition names a club or a place, and
                    // when no person the tagger found has it, it is what is left of a title.
                    !r.name.iter().all(|t| is_in(PLACE_WORDS, t))
                        && r.name[..p].iter().any(|t| {
                            let l = t.to_lowercase();
                            is_in(PLACE_WORDS, &l)
                                || is_in(INSTITUTION_WORDS, &l)
                                || is_acronym(t)
                                || (self.standalone.contains(&l) && !self.person_token(&l))
                        })
                });
            let cand = &r.name[title_end.unwrap_or(0)..];
            // `Bagnet` is not `Rusia Bagnet`: a country before a name does not make it fuller.
            let mut extra = cand
                .iter()
                .filter(|t| !surface.iter().any(|x| x.eq_ignore_ascii_case(t)))
                .peekable();
            let only_places = extra.peek().is_some() && extra.all(|t| is_in(PLACE_WORDS, t));
            // `Celtic` is not `Celtic Park`: a place named after a club or a person (English
            // facility words come last) is not a fuller form of the name.
            let facility = |t: &String| {
                matches!(
                    t.to_lowercase().as_str(),
                    "park"
                        | "stadium"
                        | "arena"
                        | "road"
                        | "lane"
                        | "street"
                        | "square"
                        | "hall"
                        | "tower"
                        | "avenue"
                        | "bridge"
                        | "ground"
                        | "garden"
                        | "gardens"
                )
            };
            let place_after =
                cand.last().is_some_and(facility) && !surface.last().is_some_and(facility);
            let key = (
                cand.len() > surface.len(),
                !self.quoted_runs.get(ri).copied().unwrap_or(false),
                cand.len(),
            );
            if !only_places
                && !place_after
                && contains_seq(cand, surface)
                && best.as_ref().is_none_or(|(k, _)| key > *k)
            {
                best = Some((key, cand.join(" ")));
            }
        }
        if let Some((_, name)) = best {
            if !name.eq_ignore_ascii_case(&joined) {
                // `Zidane` → `Zinedine Zidane`, not `Los Blancos Zinedine Zidane`.
                let toks: Vec<String> = name.split_whitespace().map(str::to_string).collect();
                if let Some(p) = self.org_prefix(&toks) {
                    if contains_seq(&toks[p..], surface) {
                        return toks[p..].join(" ");
                    }
                }
                return name;
            }
        }
        // Nicknames blended from the name (`Djanur` → `Djadjang Nurdjaman`, `Jokowi` → `Joko
        // Widodo`): one person-like name of the article, and only one, makes the word.
        if surface.len() == 1 && surface[0].chars().count() >= 4 && !is_acronym(&surface[0]) {
            let word = surface[0].to_lowercase();
            match self.sole_run(|r| {
                person_like(r) && {
                    let toks: Vec<String> = r.name.iter().map(|t| t.to_lowercase()).collect();
                    blend(&word, &toks)
                }
            }) {
                Sole::One(n) => return n,
                Sole::Many => return joined,
                Sole::None => {}
            }
        }
        // Short forms of one word of a person's name, a vowel allowed to differ (`papar
        // Amel` after `dr Fitria Amalia`: `Amel` ~ `Amal…`): one person-like name of the
        // article, and only one, has such a word.
        if surface.len() == 1 && surface[0].chars().count() >= 3 && !is_acronym(&surface[0]) {
            let word: Vec<char> = surface[0].to_lowercase().chars().collect();
            let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u');
            let short_of = |t: &str| {
                let t: Vec<char> = t.to_lowercase().chars().collect();
                if t.len() <= word.len() || t[..2] != word[..2] {
                    return false;
                }
                let diff: Vec<usize> = (0..word.len()).filter(|&i| t[i] != word[i]).collect();
                diff.is_empty() || (diff.len() == 1 && vowel(t[diff[0]]) && vowel(word[diff[0]]))
            };
            match self.sole_run(|r| person_like(r) && r.name.iter().any(|t| short_of(t))) {
                Sole::One(n) => return n,
                Sole::Many => return joined,
                Sole::None => {}
            }
        }
        // One word of a person's name spelt with one letter more or less (`Muhsin` after
        // `Habib Muchsin Al Atas`; the old and new spellings `ch`/`h`, `dj`/`j`, `kh`/`h`,
        // doubled consonants): one person-like name of the article, and only one, has such a
        // word. Both words are five letters or more and share the first letter, so short
        // given names that differ by a letter (`Andi`, `Andri`) are not merged; reaching this
        // point means no name of the article holds the word as written.
        if surface.len() == 1 && surface[0].chars().count() >= 5 && !is_acronym(&surface[0]) {
            let word: Vec<char> = surface[0].to_lowercase().chars().collect();
            let one_more = |long: &[char], short: &[char]| {
                long.len() == short.len() + 1
                    && (1..long.len())
                        .any(|i| long[..i] == short[..i] && long[i + 1..] == short[i..])
            };
            let variant = |t: &str| {
                let t: Vec<char> = t.to_lowercase().chars().collect();
                t.len() >= 5 && t[0] == word[0] && (one_more(&t, &word) || one_more(&word, &t))
            };
            match self.sole_run(|r| person_like(r) && r.name.iter().any(|t| variant(t))) {
                Sole::One(n) => return n,
                Sole::Many => return joined,
                Sole::None => {}
            }
        }
        joined
    }

    /// The name of the article's one run that `matches`. Two different matching names make the
    /// guess ambiguous ([`Sole::Many`]): the caller then keeps the surface as written.
    fn sole_run(&self, matches: impl Fn(&Split) -> bool) -> Sole {
        let mut found: Option<String> = None;
        for r in self.runs.iter().filter(|r| matches(r)) {
            let n = r.name.join(" ");
            match &found {
                Some(f) if *f != n => return Sole::Many,
                _ => found = Some(n),
            }
        }
        found.map_or(Sole::None, Sole::One)
    }

    /// The most recent person-like name before paragraph `pi`'s word `before` (used when a
    /// pronoun has no earlier speaker).
    pub(crate) fn last_person_before(
        &self,
        paras: &[Vec<char>],
        pwords: &[Vec<Word>],
        pi: usize,
        before: usize,
    ) -> Option<Vec<String>> {
        // Salience first: the latest person who is a sentence's subject (`Jurgen Klopp, juru
        // taktik Liverpool, beharap …`, `Hakim tunggal …, Kusno, menggugurkan …`), not a name
        // mentioned in passing after a verb or inside a relative clause (`… serta penyerang
        // muda Dominic Solanke didatangkan …`, `praperadilan yang diajukan Setya Novanto`).
        // Only when no such subject exists does the latest person mentioned anywhere count.
        self.person_before(paras, pwords, pi, before, true)
            .or_else(|| self.person_before(paras, pwords, pi, before, false))
    }

    /// Could this run be a person's name standing as a subject? Not a sentence-initial common
    /// word written in lower case elsewhere (`Kondisi Cole`), a day (`Selasa`), an organisation's or a
    /// structure's head (`Jembatan Brantas`) or an acronym (`ROCK`).
    fn plain_name(&self, run: &[Word]) -> bool {
        let Some(w) = run.first() else {
            return false;
        };
        let lower = w.lower.as_ref();
        // (A capitalised verb is not told from a name by its prefix: `Mesut`, `Diego`.)
        if w.initial && self.seen_lower(lower) {
            return false;
        }
        !is_in(super::lexicon::TIME_WORDS, lower)
            && !is_in(super::lexicon::ORG_HEADS, lower)
            && !super::extract::facility_word(lower)
            && !run.iter().any(|t| is_acronym(t.text))
    }

    /// The latest person mentioned before word `before` of paragraph `pi` (any position when
    /// `subject_only` is false; see [`Self::last_person_before`]).
    pub(crate) fn person_before(
        &self,
        paras: &[Vec<char>],
        pwords: &[Vec<Word>],
        pi: usize,
        before: usize,
        subject_only: bool,
    ) -> Option<Vec<String>> {
        self.person_before_at(paras, pwords, pi, before, subject_only)
            .map(|(name, _, _)| name)
    }

    /// [`Self::person_before`], with where the name was found: its paragraph and the index of
    /// its first word in `pwords`.
    pub(crate) fn person_before_at(
        &self,
        paras: &[Vec<char>],
        pwords: &[Vec<Word>],
        pi: usize,
        before: usize,
        subject_only: bool,
    ) -> Option<(Vec<String>, usize, usize)> {
        for (p, _limit, runs) in self.runs_back(paras, pwords, pi, before) {
            // `Setelah Andrea Pirlo, Kaka Isyaratkan Pensiun`: a link headline between the
            // paragraphs is no sentence, and its capitalised run no person (`pungkasnya` after
            // it is still `Kaka`). The quote's own paragraph is never skipped.
            if p < pi && self.headline.get(p).copied().unwrap_or(false) {
                continue;
            }
            let ws = &pwords[p];
            for (s, e) in runs.into_iter().rev() {
                // `konser bertajuk Andaikan Koes Plus Datang Kembali`, `film berjudul …`: the
                // title of a work, named by the verb before it, is nobody who speaks.
                if s > 0 && ws[s - 1].is_in(TITLING_WORDS) {
                    continue;
                }
                let start = subject_position(&paras[p], ws, s, e);
                if subject_only && (start.is_none() || !self.plain_name(&ws[s..e])) {
                    continue;
                }
                // `Yon Koeswoyo, personel Koes Plus siap tampil …`: a run after a lower-case
                // noun in an apposition set off from the sentence's opening name is what that
                // name is described by (his band, his club), not the subject; the opening name,
                // visited next, is.
                if subject_only
                    && start.is_some_and(|st| {
                        st < s
                            && ws[st].cap
                            && !ws[st].is_in(super::lexicon::PREPOSITIONS)
                            && !is_in(super::lexicon::TIME_WORDS, ws[st].lc())
                            && !ws[s - 1].cap
                            && (st + 1..s).any(|k| {
                                paras[p][ws[k - 1].end..ws[k].start].contains(&',')
                                    && ws[k - 1].cap
                                    && k < s
                            })
                    })
                {
                    continue;
                }
                let before_role = s > 0 && !ws[s - 1].cap && ws[s - 1].is_role();
                let sp = self.split(&ws[s..e], before_role);
                let institutional = sp
                    .name
                    .iter()
                    .any(|t| is_in(INSTITUTION_WORDS, t) || is_in(PLACE_WORDS, t));
                if !sp.org && !sp.name.is_empty() && !institutional {
                    // `Celades`, known in full as `Albert Celades` earlier. A single word set
                    // off as the subject of a verb (`…, Kusno, menggugurkan`) is a name too.
                    let person_like = sp.name.len() >= 2
                        || !sp.role.is_empty()
                        || self.canonical(&sp.name).split_whitespace().count() >= 2
                        || subject_only
                            && start.is_some_and(|st| st < s && ws[st].is_role())
                            && ws.get(e).is_some_and(super::extract::verb_like)
                        // `Kaka dipastikan akan meninggalkan …`: a one-word name opening the
                        // article's lead before a verb (the lead's subject is its protagonist),
                        // which the article also writes capitalised mid-sentence and never
                        // after a preposition (not a place). Only the lead's first word: a
                        // one-word subject further on is as often a company or a product
                        // (`…, Vine mulai mengalami guncangan`).
                        || subject_only
                            && p == 0
                            && s == 0
                            && start == Some(s)
                            && e == s + 1
                            && self.known.contains(ws[s].lc())
                            && !self.standalone.contains(ws[s].lc())
                            && ws.get(e).is_some_and(super::extract::verb_like);
                    if person_like {
                        return Some((sp.name, p, s));
                    }
                }
            }
        }
        None
    }

    /// The latest name run before word `before` of paragraph `pi` whose role words hold
    /// every word of `title` (`prime minister` in `Prime Minister Rishi Sunak`) and which has
    /// a name after them: the holder an English `the prime minister` points back to.
    pub(crate) fn last_run_with_role(
        &self,
        paras: &[Vec<char>],
        pwords: &[Vec<Word>],
        pi: usize,
        before: usize,
        title: &[&str],
    ) -> Option<Split> {
        for (p, _limit, runs) in self.runs_back(paras, pwords, pi, before) {
            let ws = &pwords[p];
            for &(s, e) in runs.iter().rev() {
                let sp = self.split(&ws[s..e], false);
                if !sp.org
                    && !sp.name.is_empty()
                    && title
                        .iter()
                        .all(|t| sp.role.iter().any(|r| r.to_lowercase() == *t))
                {
                    return Some(sp);
                }
            }
        }
        None
    }

    /// The most recent run starting with `head` (case-insensitive) before the position, for
    /// `Kementerian tersebut` → `Kementerian Pertahanan Ukraina`.
    pub(crate) fn last_run_with_head(
        &self,
        paras: &[Vec<char>],
        pwords: &[Vec<Word>],
        pi: usize,
        before: usize,
        head: &str,
    ) -> Option<Split> {
        for (p, limit, runs) in self.runs_back(paras, pwords, pi, before) {
            let ws = &pwords[p];
            let chars = &paras[p];
            for (ri, &(s, e)) in runs.iter().enumerate().rev() {
                // `Politisi Partai Gerindra itu mengaku`: a run closed by a demonstrative is a
                // description pointing back itself (here the very subject being resolved),
                // not the one it points to.
                let pointing = ws
                    .get(e)
                    .is_some_and(|w| matches!(w.lc(), "itu" | "ini" | "tersebut" | "itupun"));
                if ws[s].lower == head && e > s + 1 && !pointing {
                    let before_role = s > 0 && !ws[s - 1].cap && ws[s - 1].is_role();
                    let sp = self.split(&ws[s..e], before_role);
                    // `Pelatih Persija Jakarta, Stefano Cugurra, kemungkinan …`: a name set off
                    // by commas right after the role is the person who holds it (the role's
                    // own capitalised words are its organisation). The closing comma must
                    // lead on to the sentence, not to more names (`X, Y, dan Z`).
                    if let Some(&(s2, e2)) = runs.get(ri + 1) {
                        let gap = |a: usize, b: usize| -> String {
                            chars[ws[a].end..ws[b].start].iter().collect()
                        };
                        let appositive = s2 == e
                            && gap(e - 1, e).trim() == ","
                            && e2 < limit
                            && gap(e2 - 1, e2).trim() == ","
                            && !ws[e2].cap
                            && !matches!(ws[e2].lc(), "dan" | "serta" | "atau");
                        if appositive {
                            let person = self.split(&ws[s2..e2], false);
                            if person.role.is_empty()
                                && !person.org
                                && !person.name.is_empty()
                                && !person.name.iter().any(|t| is_acronym(t))
                            {
                                let mut role = sp.role.clone();
                                role.extend(sp.name.iter().cloned());
                                return Some(Split {
                                    role,
                                    name: person.name,
                                    org: false,
                                });
                            }
                        }
                    }
                    // Not `Dirut IKT`: a role at an organisation names no one.
                    let acronym_only = sp.name.len() == 1 && is_acronym(&sp.name[0]);
                    if !sp.name.is_empty() && !acronym_only {
                        return Some(sp);
                    }
                }
            }
        }
        None
    }
}

/// A `ke-…-an` / `pe(r)-…-an` abstract noun (`Perekonomian`, `Keuangan`, `Pertahanan`,
/// `Kebudayaan`) names a field, an office or a place, never a person: Indonesian personal
/// names are not built with these affixes. Short words (`Keenan`) are left alone.
pub(crate) fn field_noun(lower: &str) -> bool {
    lower.chars().count() >= 8
        && lower.ends_with("an")
        && (lower.starts_with("ke") || lower.starts_with("pe"))
        && lower.chars().all(char::is_alphabetic)
}

/// `Dalam`, `Luar` and `Negeri` after a role word are its office (`Menteri Luar Negeri`,
/// `Menteri Dalam negeri Hamburg Andy Grote`), never a name: `kata Menteri Luar Negeri dalam
/// jumpa pers` had the speaker `Negeri`. So is `Negara`, the state whose office it is
/// (`Menteri Sekretaris Negara Pratikno` gave `Negara Pratikno`; `Kepala Negara`, `Menteri
/// Badan Usaha Milik Negara`, `Aparatur Negara`).
pub(crate) fn office_word(lower: &str) -> bool {
    matches!(lower, "dalam" | "luar" | "negeri" | "negara")
}

/// A fully reduplicated word (`Bangsa-Bangsa`, `Negara-Negara`) is an Indonesian plural, a
/// common noun of an institution's name (`Perserikatan Bangsa-Bangsa Antonio Guterres`), when
/// name words follow it: hyphenated given names have two different halves (`Jean-Pierre`), and
/// a reduplicated Batak surname ends the name (`Jhon Halasan Butar-butar`).
fn reduplicated(lower: &str) -> bool {
    lower
        .split_once('-')
        .is_some_and(|(a, b)| !a.is_empty() && a == b)
}

/// A degree written after a name: a medical specialist's `SpA`, `SpKK`, `SpOG` (`Sp` and
/// capitals), or a capitalised known degree (`SE`, `MM`, `PhD`).
pub(crate) fn degree_word(t: &str) -> bool {
    let specialist = (3..=6).contains(&t.len())
        && t.starts_with("Sp")
        && t[2..].chars().all(|c| c.is_ascii_uppercase());
    specialist
        || (t.starts_with(|c: char| c.is_ascii_uppercase())
            && t.chars().filter(|c| c.is_ascii_uppercase()).count() >= 2
            && is_in(super::lexicon::DEGREES, &t.to_ascii_lowercase()))
}

/// Is `word` made of the starts (two letters or more) of at least two of `toks`, in order
/// (`djanur` from `djadjang nurdjaman`)?
fn blend(word: &str, toks: &[String]) -> bool {
    fn go(word: &str, toks: &[String], used: usize) -> bool {
        if word.is_empty() {
            return used >= 2;
        }
        for (i, t) in toks.iter().enumerate() {
            // Each piece: a prefix of a later token, at least two letters.
            let max = t.len().min(word.len());
            for n in (2..=max).rev() {
                if !word.is_char_boundary(n) || !t.is_char_boundary(n) {
                    continue;
                }
                if word[..n] == t[..n] && go(&word[n..], &toks[i + 1..], used + 1) {
                    return true;
                }
            }
        }
        false
    }
    go(word, toks, 0)
}

/// Does `hay` contain `needle` as a contiguous token sequence? Case-insensitive; a needle token
/// of four or more letters may be a prefix (`Enggar` in `Enggartiasto`, the typo `Arifi`).
fn contains_seq(hay: &[String], needle: &[String]) -> bool {
    if needle.is_empty() || needle.len() > hay.len() {
        return false;
    }
    // In order, gaps allowed: `Anies Baswedan` in `Anies Rasyid Baswedan`.
    let mut k = 0;
    for h in hay {
        if k < needle.len() && token_eq(h, &needle[k]) {
            k += 1;
        }
    }
    k == needle.len()
}

/// Case-insensitive; a needle of four or more letters may be a prefix that stops inside a word
/// (`Enggar` in `Enggartiasto`), but not before a hyphen (`Anies` is not `Anies-Sandi`).
fn token_eq(hay: &str, needle: &str) -> bool {
    // Compared char by char in lower case, without allocating: called for every token of
    // every name of the article on each look-up.
    let mut h = hay.chars().flat_map(char::to_lowercase);
    let mut n = needle.chars().flat_map(char::to_lowercase);
    let mut matched = 0usize;
    loop {
        match (n.next(), h.next()) {
            (None, None) => return true,
            (None, Some(c)) => return matched >= 4 && c.is_alphabetic(),
            (Some(_), None) => return false,
            (Some(a), Some(b)) if a == b => matched += 1,
            _ => return false,
        }
    }
}

/// A title-case line (`SIMAK JUGA: Liverpool Beradaptasi Tanpa Coutinho`) or a `Baca juga` line:
/// its capitalised runs are headlines, not names.
fn headline_like(chars: &[char], ws: &[Word]) -> bool {
    if ws
        .first()
        .is_some_and(|w| matches!(w.lc(), "baca" | "simak" | "lihat" | "tonton"))
    {
        return true;
    }
    let caps = ws.iter().filter(|w| w.cap).count();
    let ends_sentence = chars
        .iter()
        .rev()
        .find(|c| !c.is_whitespace())
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | '"' | '”'));
    ws.len() >= 3 && !ends_sentence && caps * 10 >= ws.len() * 7
}

/// Words that introduce the title of a work (`konser bertajuk …`, `lagu berjudul …`, `a film
/// titled …`): the capitalised run after them is a title, not a person.
static TITLING_WORDS: &[&str] = &[
    "bertajuk",
    "berjudul",
    "bertema",
    "bertemakan",
    "bertitel",
    "titled",
    "entitled",
];

/// Is the run `ws[s..e]` in a sentence's subject position: no verb and no relative clause
/// (`yang`) between the sentence's start and the run, and no preposition right before it?
/// `ws` holds the words outside quotes, so a quote or a sentence-ending mark between two words
/// also starts a new sentence.
/// Returns the sentence's first word when it is.
fn subject_position(chars: &[char], ws: &[Word], s: usize, e: usize) -> Option<usize> {
    if e <= s {
        return None;
    }
    if s > 0 && ws[s - 1].is_in(super::lexicon::PREPOSITIONS) {
        return None;
    }
    // A dateline's outlet (`JAKARTA (Pos Kota) –`) or any parenthesis is no subject.
    let before = &chars[ws[s].start.saturating_sub(2)..ws[s].start];
    let after_end = (ws[e - 1].end + 3).min(chars.len());
    let after = &chars[ws[e - 1].end..after_end];
    if before.contains(&'(')
        || after.contains(&')')
        || after.iter().any(|c| matches!(c, '–' | '—'))
        || after.starts_with(&[' ', '-', ' '])
    {
        return None;
    }
    let mut k = s;
    while k > 0 {
        if ws[k].initial {
            break;
        }
        let gap = &chars[ws[k - 1].end.min(ws[k].start)..ws[k].start];
        if gap
            .iter()
            .any(|c| matches!(c, '.' | '!' | '?' | '"' | '“' | '”'))
        {
            break;
        }
        let w = &ws[k - 1];
        if w.lower == "yang" || super::extract::verb_like(w) {
            return None;
        }
        k -= 1;
    }
    Some(k)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words borrow their text by byte offsets found from char offsets: multi-byte letters and
    /// marks before and inside words must not shift them.
    #[test]
    fn words_slice_the_paragraph_at_char_offsets() {
        let text = "“Éric” ka’bah — Straße, ΣΊΣΥΦΟΣ dan ÇAĞLAR: 20.000 orang-orang…";
        let chars: Vec<char> = text.chars().collect();
        let ws = words(text, &chars, 0);
        let got: Vec<(&str, &str, bool)> = ws.iter().map(|w| (w.text, w.lc(), w.cap)).collect();
        assert_eq!(
            got,
            [
                ("Éric", "éric", true),
                ("ka’bah", "ka’bah", false),
                ("Straße", "straße", true),
                ("ΣΊΣΥΦΟΣ", "σίσυφος", true),
                ("dan", "dan", false),
                ("ÇAĞLAR", "çağlar", true),
                ("20", "20", false),
                ("000", "000", false),
                ("orang-orang", "orang-orang", false),
            ]
        );
        for w in &ws {
            let from_chars: String = chars[w.start..w.end].iter().collect();
            assert_eq!(w.text, from_chars);
        }
        // Already lowercase: borrowed, not copied.
        assert!(matches!(ws[1].lower, Cow::Borrowed(_)));
        assert!(matches!(ws[0].lower, Cow::Owned(_)));
    }
}
