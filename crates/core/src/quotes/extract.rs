//! The extractor proper: sentences, cue verbs, attribution and speaker resolution.

use super::lexicon::{
    english_said, english_weak_pre_cue, is_in, is_role, post_cue, pre_cue, ANON_MARKERS,
    CLAUSE_STARTERS, DEGREES, ENGLISH_GROUPS, ENGLISH_OPENERS, EXPRESSED_NOUNS, EXPRESSING_VERBS,
    FILLERS, INSTITUTION_WORDS, NAMED_RANKS, NOT_VERBS, ORG_HEADS, PHRASE_STOPPERS, PLACE_WORDS,
    PREPOSITIONS, PRONOUNS, TIME_WORDS, TRANSPARENT,
};
use super::marks::{scan, Segment};
use super::names::{only_space, word_spans, words, Names, Split, Word};
use super::{Quote, QuoteKind};
use crate::entities::{Entity, EntityKind};

/// Who a quote is attributed to, before resolution against the discourse so far.
#[derive(Debug, Clone)]
enum Subj {
    /// A capitalised name, split into role and name.
    Run(Split, Option<String>),
    /// `dia`, `katanya`, `mereka`: the most salient antecedent (see `Ctx::recent`). `plural`
    /// for `mereka`/`they`/`pihaknya`, which stand for a group or an organisation as readily as
    /// for people; `dia`/`ia`/`beliau`/`he`/`she` and the `-nya` cues prefer a person.
    Pronoun { plural: bool },
    /// A singular pronoun inside a clause reported by someone else (`X mengklaim bahwa dia …
    /// dan menjawab`): a person other than the reporter, so the latest person mentioned.
    PersonPronoun,
    /// `Presiden berusia 71 tahun itu`, `Kapolsek`: the most recent speaker or name with this
    /// head word. `sang <noun>` is kept as `"sang <noun>"`: the person mentioned last.
    Anaphora(String),
    /// `militer Ukraina`: an organisation named by a lower-case phrase.
    Org(String),
    /// `anggota korps lainnya`: nobody with a name.
    Anon(String),
    /// `pria yang lebih sering dipanggil Ahok … itu`: the most recent speaker, known by this alias.
    Alias(Vec<String>),
}

#[derive(Debug, Clone, Default, PartialEq)]
struct Speaker {
    name: Option<String>,
    role: Option<String>,
    desc: Option<String>,
}

/// A cue found in a sentence: who speaks, with which verb, and the reported clause (if any).
#[derive(Debug, Clone)]
struct Cue {
    /// Char position of the cue word (for ordering).
    pos: usize,
    /// Char position where the speaker's clause begins (for splitting coordinated reports).
    clause_start: usize,
    cue: String,
    subj: Option<Subj>,
    /// Reported clause `[start, end)`, chars.
    content: Option<(usize, usize)>,
    /// The subject was found right after `dan`/`,` (a new reporter in the same sentence).
    own_subject: bool,
}

struct Ctx<'a> {
    paras: Vec<Vec<char>>,
    pwords: Vec<Vec<Word<'a>>>,
    segs: Vec<Segment>,
    /// Parallel to `segs`: [`reported`] of each segment, asked once here and by `Names`.
    reported: Vec<bool>,
    /// Per paragraph, per char: inside a quote segment or on its marks.
    masks: Vec<Vec<bool>>,
    names: Names<'a>,
    /// The most recent speaker, with a sequence number.
    last: Option<(Speaker, usize)>,
    /// The most recent named sentence subject (for pronouns), with a sequence number.
    last_subject: Option<(Speaker, usize)>,
    /// The most recent speaker or noted subject that is a person (not an organisation, a
    /// place or a team), with a sequence number: what `dia`/`katanya` mean when the latest
    /// name is an organisation that was merely the subject of a sentence.
    last_person: Option<(Speaker, usize)>,
    /// Per paragraph, the words outside quotes: where a pronoun with no speaker before it
    /// looks for its antecedent (names inside a quote are what someone talks about, not who
    /// speaks: `“… Kapolres sudah …,” kata warga` does not make the Kapolres a speaker).
    unquoted: Vec<Vec<Word<'a>>>,
    /// Lowercase capitalised words that stand alone after a preposition of place outside quotes
    /// (`di Bandung`, `asal Bandung`): places, so a name ending in one is a club or a branch
    /// of that place (`Persib Bandung`), even without the NER entities.
    places: std::collections::HashSet<String>,
    /// The NER entities, only for telling people from organisations and places.
    entities: &'a [Entity],
    seq: usize,
    /// The sentence being read, as (paragraph, start char, end char), and the sentence in which the
    /// latest speaker or subject was noted (see `bump`): a person named in narration after
    /// that sentence is newer than anyone the salience model holds.
    sentence: (usize, usize, usize),
    noted_in: Option<(usize, usize)>,
    out: Vec<Quote>,
    /// Speakers of emitted quotes, parallel to `out`.
    speakers: Vec<Speaker>,
    /// Sentence ranges per paragraph.
    sents: Vec<Vec<(usize, usize)>>,
    /// Indices into `out` of the quotes of the previous sentence.
    prev_sentence: (usize, usize),
    /// Per quote segment, the index of its quote in `out` once emitted.
    seg_out: Vec<Option<usize>>,
}

pub(crate) fn run<'a>(paragraphs: &'a [String], entities: &'a [Entity]) -> Vec<Quote> {
    run_inner(paragraphs, entities, false).0
}

/// The quotes, and for each the candidates the speaker chooser sees (see [`super::chooser`]).
pub(crate) fn run_with_candidates<'a>(
    paragraphs: &'a [String],
    entities: &'a [Entity],
) -> (Vec<Quote>, Vec<super::chooser::QuoteCands>) {
    let (q, c) = run_inner(paragraphs, entities, true);
    (q, c.unwrap_or_default())
}

fn run_inner<'a>(
    paragraphs: &'a [String],
    entities: &'a [Entity],
    want_candidates: bool,
) -> (Vec<Quote>, Option<Vec<super::chooser::QuoteCands>>) {
    // Sized first: collecting `chars()` grows the vector several times per paragraph.
    let paras: Vec<Vec<char>> = paragraphs
        .iter()
        .map(|p| {
            let mut chars = Vec::with_capacity(p.chars().count());
            chars.extend(p.chars());
            chars
        })
        .collect();
    let pwords: Vec<Vec<Word>> = paragraphs
        .iter()
        .zip(&paras)
        .enumerate()
        .map(|(pi, (t, c))| words(t, c, pi))
        .collect();
    let segs = scan(&paras);
    let mut masks: Vec<Vec<bool>> = paras.iter().map(|c| vec![false; c.len()]).collect();
    for s in &segs {
        let from = s.open.unwrap_or(0);
        let to = s.close.map_or(paras[s.para].len(), |c| c + 1);
        for m in &mut masks[s.para][from..to] {
            *m = true;
        }
    }
    let reported: Vec<bool> = segs
        .iter()
        .map(|s| self::reported(s, &paras[s.para]))
        .collect();
    let names = Names::new(&paras, &pwords, &segs, &reported, entities);
    let unquoted: Vec<Vec<Word>> = pwords
        .iter()
        .zip(&masks)
        .map(|(ws, m)| {
            // Sized first: collecting a filter grows the vector from empty, several
            // reallocations per paragraph.
            let mut out = Vec::with_capacity(ws.len());
            out.extend(
                ws.iter()
                    .filter(|w| !m.get(w.start).copied().unwrap_or(false))
                    .cloned(),
            );
            out
        })
        .collect();
    let mut places = std::collections::HashSet::new();
    for (pi, ws) in unquoted.iter().enumerate() {
        for k in 1..ws.len() {
            let (prev, w) = (&ws[k - 1], &ws[k]);
            let joined = only_space(&paras[pi], prev.end, w.start);
            let alone = ws
                .get(k + 1)
                .is_none_or(|n| !n.cap || !only_space(&paras[pi], w.end, n.start));
            if joined
                && alone
                && w.cap
                && !prev.cap
                // Only the prepositions of place: `kepada`, `oleh`, `dari`, `bersama`
                // also take people (`kepada Thurman`).
                && matches!(prev.lc(), "di" | "ke" | "asal" | "in" | "at")
            {
                places.insert(w.lower.to_string());
            }
        }
    }
    let mut ctx = Ctx {
        places,
        unquoted,
        paras,
        pwords,
        segs,
        reported,
        masks,
        names,
        last: None,
        last_subject: None,
        last_person: None,
        entities,
        seq: 0,
        sentence: (0, 0, 0),
        noted_in: None,
        out: Vec::new(),
        speakers: Vec::new(),
        sents: Vec::new(),
        prev_sentence: (0, 0),
        seg_out: Vec::new(),
    };
    ctx.seg_out = vec![None; ctx.segs.len()];
    ctx.sents = (0..ctx.paras.len())
        .map(|pi| ctx.compute_sentences(pi))
        .collect();
    for pi in 0..ctx.paras.len() {
        ctx.paragraph(pi);
    }
    // Speakers are found without the entities (their names are less reliable than the
    // article's own text); only then is each name given its entity's canonical form, where
    // that mapping can be trusted.
    let mut out = std::mem::take(&mut ctx.out);
    let mut mapped: std::collections::HashMap<String, Option<(String, Option<String>)>> =
        std::collections::HashMap::new();
    for q in &mut out {
        let Some(own) = &q.speaker else { continue };
        let m = mapped
            .entry(own.clone())
            .or_insert_with(|| ctx.names.entity_for(own));
        if let Some((name, role)) = m {
            // The entity's name holds words the rules split off as this speaker's role
            // (`CEO Promogo Andrew Tanyono`, `Mapan Aldi Haryopratomo`: the company before the
            // person, which the tagger took into its span): the rules' name stays. This
            // costs the few first names the rules wrongly put in the role (`Ketua DPRD DKI
            // Prasetyo` before `Edi Marsudi`), which the entity's name had put back: over
            // IndoSum dev 28 speakers repaired against 7 (asking that the extra word also
            // name an organisation entity repaired none: the tagger put these companies inside
            // the person, not beside it).
            let own_lc = own.to_lowercase();
            let role_lc = q.speaker_role.as_deref().unwrap_or("").to_lowercase();
            let mut extra = name
                .split_whitespace()
                .map(str::to_lowercase)
                .filter(|t| !own_lc.split_whitespace().any(|o| o == t))
                .peekable();
            if extra.peek().is_some() && extra.all(|t| role_lc.split_whitespace().any(|r| r == t)) {
                continue;
            }
            q.speaker = Some(name.clone());
            if q.speaker_role.is_none() {
                q.speaker_role.clone_from(role);
            }
        }
    }
    if !want_candidates {
        return (out, None);
    }
    let cands = candidates_of(&ctx, &out);
    (out, Some(cands))
}

/// Every name the article mentions (capitalised runs as the rules split them, under the name
/// the rules would give that speaker, and the tagger's person and organisation mentions), and
/// from them each quote's speaker candidates.
fn candidates_of(ctx: &Ctx, out: &[Quote]) -> Vec<super::chooser::QuoteCands> {
    use super::chooser::{candidates, Doc, NameMention, Tok};
    let toks: Vec<Vec<Tok>> = ctx
        .pwords
        .iter()
        .map(|ws| {
            ws.iter()
                .map(|w| Tok {
                    start: w.start,
                    end: w.end,
                    lower: w.lower.to_string(),
                    cap: w.cap,
                })
                .collect()
        })
        .collect();
    let mut mentions = Vec::new();
    for (pi, ws) in ctx.pwords.iter().enumerate() {
        for (a, e) in ctx.names.runs_in(&ctx.paras[pi], ws) {
            let split = ctx.names.split(&ws[a..e], false);
            if split.name.is_empty() {
                continue;
            }
            let own = ctx.names.canonical(&split.name);
            if own.is_empty() {
                continue;
            }
            let name = match ctx.names.entity_for(&own) {
                Some((n, _)) => n,
                None => own,
            };
            let start = ws[a].start;
            mentions.push(NameMention {
                name,
                para: pi,
                start,
                end: ws[e - 1].end,
                in_quote: ctx.masks[pi].get(start).copied().unwrap_or(false),
                role: !split.role.is_empty(),
            });
        }
    }
    for e in ctx.entities {
        if !matches!(e.kind, EntityKind::Person | EntityKind::Organization) {
            continue;
        }
        for m in &e.mentions {
            let in_quote = ctx
                .masks
                .get(m.paragraph)
                .and_then(|mk| mk.get(m.start))
                .copied()
                .unwrap_or(false);
            mentions.push(NameMention {
                name: e.name.clone(),
                para: m.paragraph,
                start: m.start,
                end: m.end,
                in_quote,
                role: e.role.is_some(),
            });
        }
    }
    let doc = Doc {
        toks: &toks,
        sents: &ctx.sents,
        mentions: &mentions,
        entities: ctx.entities,
    };
    candidates(&doc, out)
}

/// Is this quote segment speech the extractor reports, rather than scare quotes, a term, a
/// name or title, or a standalone subhead? Shared with `Names`, where the names inside a
/// segment that is not reported count as the article's narration.
pub(super) fn reported(s: &super::marks::Segment, chars: &[char]) -> bool {
    let inner = &chars[s.start..s.end];
    // Only the words' count and capitalisation are needed: their spans suffice.
    // English titles keep their small words in lower case (`‘Lady and the Tramp’`): they
    // count for neither side. (Not Indonesian ones: `“Saya di Jakarta dan Bandung”` is
    // speech.)
    let (mut n, mut caps, mut small) = (0, 0, 0);
    for (ws, we) in word_spans(inner) {
        n += 1;
        let span = &inner[ws..we];
        if span[0].is_uppercase() || span.iter().all(|c| c.is_ascii_digit()) {
            caps += 1;
        } else if span.len() <= 4 && span.iter().all(char::is_ascii) {
            // The word's bytes, without collecting it into a `String` (this runs for every
            // short word of every quote): only ASCII words can be one of these.
            let mut buf = [0u8; 4];
            for (b, c) in buf.iter_mut().zip(span) {
                *b = *c as u8;
            }
            if matches!(
                &buf[..span.len()],
                b"and"
                    | b"the"
                    | b"of"
                    | b"a"
                    | b"an"
                    | b"in"
                    | b"on"
                    | b"to"
                    | b"for"
                    | b"with"
                    | b"at"
                    | b"by"
                    | b"from"
                    | b"or"
            ) {
                small += 1;
            }
        }
    }
    if s.continued || s.continues {
        return n > 0;
    }
    if n < 3 {
        return false; // scare quotes, terms: “teroris”, “orang-orang kita”
    }
    let sentence_end = inner
        .iter()
        .rev()
        .find(|c| !c.is_whitespace())
        .is_some_and(|c| matches!(c, '.' | '!' | '?'));
    let title_case = caps * 4 >= n * 3
        || (small > 0 && caps >= 2 && !sentence_end && caps * 4 >= (n - small) * 3);
    if title_case && n <= 8 {
        return false; // names and titles: "Taeyang 2017 World Tour White Night in Jakarta"
    }
    let first = chars.iter().position(|c| !c.is_whitespace()).unwrap_or(0);
    let last = chars.iter().rposition(|c| !c.is_whitespace()).unwrap_or(0);
    let whole = s.open == Some(first) && s.close.is_none_or(|c| c == last);
    let ends_sentence = inner
        .last()
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | '…'));
    if whole && !ends_sentence && n <= 8 {
        return false; // subheads standing alone: ‘Dikirim ke pembantaian’
    }
    true
}

fn word_count(chars: &[char]) -> usize {
    super::names::word_count(chars)
}

/// Words naming a written text whose words a quote may give (`Pasal 12 …`, `berbunyi`,
/// `isi dari postingan tersebut`).
static DOCUMENT_WORDS: &[&str] = &[
    "pasal",
    "ayat",
    "undang-undang",
    "uu",
    "peraturan",
    "berbunyi",
    "bertuliskan",
    "bertulisan",
    "spanduk",
    "poster",
    "isi",
    "berisi",
    "berisikan",
];

/// Kinds of media whose name may follow them (`harian Kompas`, `laman berita … Bagnet`).
static MEDIA_WORDS: &[&str] = &[
    "laman",
    "situs",
    "media",
    "harian",
    "koran",
    "majalah",
    "portal",
    "tabloid",
    "stasiun",
    "televisi",
    "radio",
    "agensi",
    "newspaper",
    "website",
];

/// Nouns for people that news reports use for someone unnamed (`pemuda tersebut`).
static PERSON_NOUNS: &[&str] = &[
    "pemuda",
    "pria",
    "wanita",
    "perempuan",
    "remaja",
    "bocah",
    "anak",
    "pelaku",
    "tersangka",
    "korban",
    "pengemudi",
    "sopir",
    "penumpang",
    "pengendara",
    "pelajar",
    "siswa",
    "mahasiswa",
    "lelaki",
    "laki-laki",
    "gadis",
    "nenek",
    "kakek",
    "pasien",
    "saksi",
    // An actor, known by the part (`pemeran Roman Pearce … itu`): a person noun, never a title
    // before the actor's name (the name after it is the character's).
    "pemeran",
];

/// Structures and places named like organisations (`Jembatan Layang Rawapanjang`, `Jalan
/// Siliwangi`, `Stadion Patriot`): never speakers.
/// Is `w` (lowercase) a structure's head word (`jembatan`, `stadion`)?
pub(super) fn facility_word(w: &str) -> bool {
    is_in(FACILITY_WORDS, w)
}

static FACILITY_WORDS: &[&str] = &[
    "jembatan",
    "jalan",
    "jalur",
    "tol",
    "gedung",
    "stadion",
    "bandara",
    "pelabuhan",
    "terminal",
    "pasar",
    "masjid",
    "gereja",
    "sungai",
    "gunung",
    "pulau",
    "danau",
    "kawasan",
    "lapangan",
    "tanjakan",
    "simpang",
    "bundaran",
    "taman",
    "hotel",
    "mall",
];

/// Texts an organisation or a person issues, whose words a quote may give and whose issuer
/// then speaks (`demikian pernyataan resmi Valencia`, `isi putusan Komdis`).
static ISSUED_DOCUMENTS: &[&str] = &[
    "pernyataan",
    "keterangan",
    "pengumuman",
    "siaran",
    "rilis",
    "release",
    "putusan",
    "keputusan",
    "kicauan",
    "cuitan",
    "unggahan",
    "postingan",
    "tulisan",
    "surat",
    "pesan",
    "komunike",
];

/// English job nouns that head a description of someone's post (`Apple's chief financial
/// officer`, `the managing partner at …`, `a forecaster at the Met Office`): a general class of
/// English business and political news, where the role follows the name after a comma.
static ENGLISH_JOB_NOUNS: &[&str] = &[
    "officer",
    "executive",
    "chief",
    "president",
    "director",
    "partner",
    "analyst",
    "economist",
    "strategist",
    "forecaster",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "minister",
    "secretary",
    "chairman",
    "chairwoman",
    "chair",
    "founder",
    "manager",
    "head",
    "adviser",
    "advisor",
    "professor",
    "researcher",
    "lawyer",
    "attorney",
    "senator",
    "governor",
    "mayor",
    "ambassador",
    "editor",
    "leader",
];

const CLOSERS: &[char] = &['”', '"', '»', '’'];

impl Ctx<'_> {
    /// A speaker or a subject is being noted: the next sequence number, in this sentence.
    fn bump(&mut self) {
        self.seq += 1;
        self.noted_in = Some((self.sentence.0, self.sentence.2));
    }

    /// The latest person named in narration (outside quotes) before word `word_idx` of
    /// paragraph `pi`, when that mention comes after the sentence in which the latest speaker
    /// or subject was noted: `…, salah satunya Tyrese Gibson. Belum lama ini, pemeran Roman
    /// Pearce … itu menyatakan …` means Gibson, introduced as an object, not Dwayne Johnson,
    /// who spoke before him. Only names in earlier sentences: the description's own words
    /// (`Roman Pearce`) are not its antecedent.
    fn person_named_since(&self, pi: usize) -> Option<Speaker> {
        let (sp, ss, _) = self.sentence;
        if sp != pi {
            return None;
        }
        let before = self.unquoted[pi]
            .iter()
            .position(|w| w.start >= ss)
            .unwrap_or(self.unquoted[pi].len());
        let (name, p, at) =
            self.names
                .person_before_at(&self.paras, &self.unquoted, pi, before, false)?;
        let ws = &self.unquoted[p];
        let pos = ws.get(at)?.start;
        // One of several people named together (`terlihat Emran dan Alessya …`) is no
        // antecedent a singular description can single out.
        let end = at + name.len();
        if ws
            .get(end)
            .is_some_and(|w| matches!(w.lc(), "dan" | "serta"))
            || at
                .checked_sub(1)
                .and_then(|b| ws.get(b))
                .is_some_and(|w| matches!(w.lc(), "dan" | "serta"))
        {
            return None;
        }
        // Only the sentence right before, in the same paragraph, after a paragraph of
        // someone else: further back, or with that speaker in the same paragraph, the
        // description follows the discourse's speaker (`ibu dua anak ini` for the actress who
        // has been talking, not her child named in passing).
        let prev_start = self.sents[pi]
            .iter()
            .rev()
            .find(|&&(s0, _)| s0 < ss)
            .map(|&(s0, _)| s0);
        if p != pi
            || prev_start.is_none_or(|s0| pos < s0)
            || self.noted_in.is_some_and(|(np, _)| np >= pi)
        {
            return None;
        }
        // And the only person that sentence names: `Taufik pun yakin bila Novanto akan …`
        // names two, and the description may mean either.
        let prev: Vec<Word> = ws
            .iter()
            .filter(|w| prev_start.is_some_and(|s0| w.start >= s0) && w.start < ss)
            .cloned()
            .collect();
        let others = self
            .names
            .runs_in(&self.paras[pi], &prev)
            .into_iter()
            .map(|(a, e)| {
                let split = self.names.split(&prev[a..e], false);
                self.names.canonical(&split.name)
            })
            .filter(|n| {
                !n.is_empty()
                    && self.entities.iter().any(|e| {
                        e.kind == EntityKind::Person
                            && e.name
                                .split_whitespace()
                                .any(|t| n.split_whitespace().any(|x| x.eq_ignore_ascii_case(t)))
                    })
            })
            .collect::<std::collections::HashSet<String>>();
        if others.len() > 1 {
            return None;
        }
        // Only a person the entity tagger also found: a capitalised run in passing is as often
        // a competition, a school or a place (`Liga Champions`, `Pelajar SMA`).
        let name = self.names.canonical(&name);
        let tagged = self
            .entities
            .iter()
            .any(|e| e.kind == EntityKind::Person && e.name.eq_ignore_ascii_case(&name));
        if !tagged {
            return None;
        }
        let role = self.names.role_of(&name);
        Some(Speaker {
            name: Some(name),
            role,
            desc: None,
        })
    }

    fn masked_word(&self, pi: usize, w: &Word) -> bool {
        self.masks[pi].get(w.start).copied().unwrap_or(false)
    }

    /// Sentence ranges of a paragraph; boundaries never fall inside a quote.
    fn compute_sentences(&self, pi: usize) -> Vec<(usize, usize)> {
        let chars = &self.paras[pi];
        let mask = &self.masks[pi];
        let mut out = Vec::new();
        let mut start = 0;
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            let end_punct = matches!(c, '.' | '!' | '?' | '…');
            let quote_end =
                CLOSERS.contains(&c) && i > 0 && matches!(chars[i - 1], '.' | '!' | '?' | '…');
            if (end_punct && !mask[i]) || quote_end {
                let mut j = i + 1;
                while j < chars.len() && chars[j].is_whitespace() {
                    j += 1;
                }
                let next_ok = j >= chars.len()
                    || (j > i + 1
                        && (chars[j].is_uppercase()
                            || chars[j].is_ascii_digit()
                            || "“\"‘«”(".contains(chars[j])));
                if next_ok && !(end_punct && c == '.' && abbreviation(chars, i)) {
                    out.push((start, i + 1));
                    start = j;
                    i = j;
                    continue;
                }
            }
            i += 1;
        }
        if start < chars.len() {
            out.push((start, chars.len()));
        }
        out
    }

    fn paragraph(&mut self, pi: usize) {
        let sentences = self.sents[pi].clone();
        for &(ss, se) in &sentences {
            let begin = self.out.len();
            self.sentence = (pi, ss, se);
            if let Some((sp, same)) = self.back_reference(pi, ss, se) {
                // `Pihak kepolisian menyatakan …. Hal itu dikatakan oleh … Budhy Hendratno`:
                // the previous sentence's unattributed reports were his, and so is what follows.
                // (`Harapan senada diungkapkan X`: a like view, so what came before was
                // someone else's.)
                let before = if same {
                    self.prev_sentence.0..self.prev_sentence.1.min(self.out.len())
                } else {
                    0..0
                };
                for i in before {
                    if self.out[i].speaker.is_none() {
                        self.out[i].speaker.clone_from(&sp.name);
                        self.out[i].speaker_role.clone_from(&sp.role);
                        self.out[i].speaker_description = None;
                        self.speakers[i] = sp.clone();
                    }
                }
                self.bump();
                self.note_person(&sp);
                self.last = Some((sp, self.seq));
            }
            self.paragraph_sentence(pi, ss, se);
            self.prev_sentence = (begin, self.out.len());
        }
    }

    /// `Hal itu dikatakan (oleh) Kasat Lantas … Budhy Hendratno`: a sentence naming the source
    /// of what came before it.
    ///
    /// Also `Harapan senada diungkapkan Bupati Ogan Ilir Ilyas Panji Alam. Ia mengaku …`: a like
    /// view (`senada`, `serupa`) introduces a new speaker, who is then the one a pronoun means;
    /// the second value says whether what came before was the same speaker's.
    fn back_reference(&self, pi: usize, ss: usize, se: usize) -> Option<(Speaker, bool)> {
        let ws = &self.pwords[pi];
        let first = ws.iter().position(|w| w.start >= ss)?;
        let word = |k: usize| ws.get(k).filter(|w| w.end <= se).map(|w| w.lc());
        let noun = word(first)?;
        let same = is_demonstrative(word(first + 1)?);
        let like = matches!(word(first + 1)?, "senada" | "serupa");
        if !((same
            && matches!(
                noun,
                "hal" | "pernyataan" | "keterangan" | "penjelasan" | "informasi"
            ))
            || (like
                && matches!(
                    noun,
                    "hal"
                        | "harapan"
                        | "pendapat"
                        | "pernyataan"
                        | "penilaian"
                        | "komentar"
                        | "tanggapan"
                        | "keterangan"
                        | "penjelasan"
                        | "keyakinan"
                        | "keluhan"
                        | "kritik"
                )))
        {
            return None;
        }
        let mut k = first + 2;
        while matches!(word(k)?, "juga" | "pun" | "sebelumnya") {
            k += 1;
        }
        if !matches!(
            word(k)?,
            "dikatakan"
                | "disampaikan"
                | "diungkapkan"
                | "dijelaskan"
                | "dituturkan"
                | "ditegaskan"
                | "dikemukakan"
                | "diutarakan"
                | "dibenarkan"
        ) {
            return None;
        }
        k += 1;
        if word(k)? == "oleh" {
            k += 1;
        }
        word(k)?;
        match self.phrase_subj(pi, k)? {
            s @ Subj::Run(..) => {
                let sp = self.resolve(Some(&s), pi, ws[k].start);
                sp.name.is_some().then_some((sp, same))
            }
            _ => None,
        }
    }

    fn paragraph_sentence(&mut self, pi: usize, ss: usize, se: usize) {
        {
            let cues = self.cues(pi, ss, se);
            let seg_ids: Vec<usize> = (0..self.segs.len())
                .filter(|&k| {
                    let s = &self.segs[k];
                    s.para == pi && s.start >= ss && s.start < se.max(ss + 1) && self.keep(k)
                })
                .collect();
            // Events in reading order: cues by their verb, segments by their opening.
            let mut events: Vec<(usize, bool, usize)> = cues
                .iter()
                .enumerate()
                .map(|(k, c)| (c.pos, true, k))
                .collect();
            for &k in &seg_ids {
                events.push((self.segs[k].open.unwrap_or(self.segs[k].start), false, k));
            }
            events.sort();
            let mut resolved: Vec<Option<Speaker>> = vec![None; cues.len()];
            for (_, is_cue, k) in events {
                if is_cue {
                    let cue = &cues[k];
                    let speaker = self.resolve_mut(cue.subj.as_ref(), pi, cue.pos);
                    if let Some((cs, ce)) = cue.content {
                        let text: String = self.paras[pi][cs..ce].iter().collect();
                        self.emit(
                            text,
                            QuoteKind::Indirect,
                            &speaker,
                            Some(cue.cue.clone()),
                            pi,
                            cs,
                            ce,
                        );
                    } else if speaker.name.is_some() {
                        // `Cowell mengungkapkan harapannya agar …` (a noun object, no report):
                        // the named subject is still the one who speaks next (`“…,” cuitnya`);
                        // `takdir berkata lain` names nobody.
                        self.note_speaker(&speaker);
                    }
                    resolved[k] = Some(speaker);
                } else {
                    self.direct(k, &cues, &resolved);
                }
            }
            if cues.is_empty() && seg_ids.is_empty() {
                self.note_subject(pi, ss, se);
            }
        }
    }

    /// The subject of the sentence's main verb (the first verb-like word before word `limit`
    /// outside a relative clause), when it is a name.
    fn main_subject(&self, pi: usize, first: usize, limit: usize) -> Option<Subj> {
        let ws = &self.pwords[pi];
        let chars = &self.paras[pi];
        let mut in_rel = false;
        let mut verb = None;
        for k in first..limit.min(ws.len()) {
            if k > first && chars[ws[k - 1].end..ws[k].start].contains(&',') {
                in_rel = false;
            }
            if ws[k].lower == "yang" {
                in_rel = true;
            }
            if !in_rel && verb_like(&ws[k]) {
                verb = Some(k);
                break;
            }
        }
        let verb = verb?;
        let (cb, starter) = self.clause_begin(pi, first, verb);
        match self.subject_of(pi, first, cb, verb, starter) {
            Some(s @ Subj::Run(..)) | Some(s @ Subj::Pronoun { .. }) => Some(s),
            _ => None,
        }
    }

    /// Remembers the named subject of a sentence without quotes, for later pronouns
    /// (`Sementara itu, …, Khorne Group …, mempublikasikan …` → `Mereka mengklaim …`).
    fn note_subject(&mut self, pi: usize, ss: usize, se: usize) {
        let ws = &self.pwords[pi];
        let idx: Vec<usize> = (0..ws.len())
            .filter(|&k| ws[k].start >= ss && ws[k].end <= se)
            .collect();
        let (Some(&first), Some(&last)) = (idx.first(), idx.last()) else {
            return;
        };
        // The main verb: the first verb-like word outside a relative clause.
        let chars = &self.paras[pi];
        let mut in_rel = false;
        let mut verb = None;
        for k in first..=last {
            if k > first && chars[ws[k - 1].end..ws[k].start].contains(&',') {
                in_rel = false;
            }
            if ws[k].lower == "yang" {
                in_rel = true;
            }
            let aux = matches!(
                ws[k].lc(),
                "akan" | "telah" | "sudah" | "sedang" | "tidak" | "tak" | "belum"
            );
            if !in_rel && !aux && (verb_like(&ws[k]) || english_verb(&ws[k])) {
                verb = Some(k);
                break;
            }
        }
        let Some(mut verb) = verb else { return };
        let (mut cb, starter) = self.clause_begin(pi, first, verb);
        let mut subj = self.subject_of(pi, first, cb, verb, starter);
        // `Sementara itu dihubungi secara terpisah, Komisaris … Kuswara pun bersyukur`: a
        // fronted clause without a subject; the main clause follows its comma.
        if !matches!(subj, Some(Subj::Run(..)) | Some(Subj::Org(_))) {
            if let Some(c) =
                (verb + 1..=last).find(|&c| chars[ws[c - 1].end..ws[c].start].contains(&','))
            {
                if let Some(v) = (c..=last).find(|&v| {
                    let aux = matches!(
                        ws[v].lc(),
                        "akan" | "telah" | "sudah" | "sedang" | "tidak" | "tak" | "belum"
                    );
                    !aux && verb_like(&ws[v])
                }) {
                    verb = v;
                    cb = c;
                    subj = self.subject_in(pi, c, v);
                }
            }
        }
        let subj = match subj {
            Some(s @ Subj::Run(..)) | Some(s @ Subj::Org(_)) => s,
            _ => return,
        };
        let sp = self.resolve(Some(&subj), pi, ws[verb].start);
        // Only names that can be told apart: `Khorne Group`, `Gladkov` (known as `Vyacheslav
        // Gladkov`); not `Tuhan`.
        let Some(name) = &sp.name else { return };
        // `Jembatan Layang Rawapanjang … membentang …`: a structure or a place does not speak,
        // so a later `katanya` is not about it.
        let head = name.split_whitespace().next().unwrap_or("").to_lowercase();
        if is_in(FACILITY_WORDS, &head) {
            return;
        }
        let spoke_before = self
            .speakers
            .iter()
            .any(|s| s.name.as_deref() == Some(name.as_str()));
        // `Pihak Samsung sendiri …`: a party named as such.
        let party = ws[cb.min(verb)..verb]
            .first()
            .is_some_and(|w| w.is_in(TRANSPARENT) && !w.cap || w.lower == "pihak");
        // Once someone has spoken, a two-word name takes over only with something saying it is
        // someone who could speak: a role (`Komisaris … Kuswara S. Taryono`) or an
        // organisation's word; not `Garuda Jaya tampil kurang menggigit` (a team's nickname)
        // between two quotes of the same player.
        // `Khorne Group … mempublikasikan …`, `Nelly kemudian mencuit …`: the verb itself makes
        // its subject a source, even with a one-word name.
        let publishes = matches!(
            ws[verb].lc(),
            "mempublikasikan"
                | "merilis"
                | "mengunggah"
                | "memposting"
                | "menulis"
                | "menerbitkan"
                | "menyiarkan"
                | "membagikan"
                | "mencuit"
        );
        let introduced = publishes
            || name.split_whitespace().count() >= 2
                && (self.last.is_none()
                    || sp.role.is_some()
                    || name
                        .split_whitespace()
                        .any(|t| is_in(INSTITUTION_WORDS, t) || super::names::is_acronym(t))
                    || matches!(subj, Subj::Org(_))
                    || name.split_whitespace().any(|t| {
                        matches!(
                            t.to_lowercase().as_str(),
                            "group" | "grup" | "news" | "agency" | "company" | "network" | "tim"
                        )
                    })
                    || matches!(&subj, Subj::Run(split, _) if split.org));
        if introduced || spoke_before || party {
            self.bump();
            self.note_person(&sp);
            self.last_subject = Some((sp, self.seq));
        }
    }

    /// Records `sp` (just given the current sequence number) as the latest person, when it is
    /// one.
    fn note_person(&mut self, sp: &Speaker) {
        if sp.name.is_some() && !self.org_like(sp) {
            self.last_person = Some((sp.clone(), self.seq));
        }
    }

    /// Is this named speaker an organisation, a place or a team rather than a person? Told by
    /// the name's own words: an institution word anywhere (`Otoritas Jasa Keuangan`, `Dinas
    /// Pendidikan`), or an organisation head, place word or acronym as its first word
    /// (`Polres Jember`, `BPOM`), where Indonesian puts an organisation's head; acronyms and
    /// place names later in a name are often the remains of a role (`Bos NRL Todd Greenberg`).
    /// Then by the NER entities: an organisation or place entity that is the name, or an
    /// organisation entity as the first word(s) followed by a place entity (`Persib` + `Bandung` in `Persib Bandung`, which the
    /// tagger calls a person as a whole). Without entities, a two-word name whose second word
    /// stands alone as a place elsewhere in the article (`asal Bandung`) is one too. Unnamed
    /// speakers (`korban`) are not organisations.
    fn org_like(&self, sp: &Speaker) -> bool {
        let Some(name) = sp.name.as_deref() else {
            return false;
        };
        let toks: Vec<&str> = name.split_whitespace().collect();
        let Some(head) = toks.first() else {
            return false;
        };
        let head_lower = head.to_lowercase();
        // `Sky sport Italia`: a lower-case common word inside a name is no part of a person's
        // name (particles such as `bin` or `van` are).
        let common_inside = toks.iter().skip(1).any(|t| {
            t.starts_with(|c: char| c.is_lowercase()) && !is_in(super::lexicon::NAME_PARTICLES, t)
        });
        if common_inside
            || is_in(ORG_HEADS, &head_lower)
            || is_in(PLACE_WORDS, &head_lower)
            || super::names::is_acronym(head)
            || toks
                .iter()
                .any(|t| is_in(INSTITUTION_WORDS, &t.to_lowercase()))
        {
            return true;
        }
        // Whole names only, or an organisation followed by its place (`Persib` + `Bandung`): a
        // prefix alone is not trusted, as the tagger labels stray first names (`Charles`) too.
        let entity = |toks: &[&str], kind: &dyn Fn(EntityKind) -> bool| {
            self.entities.iter().any(|e| {
                // Word by word, without collecting each entity's words (asked for every entity
                // at every speaker noted): as many words, each equal.
                kind(e.kind) && {
                    let mut et = e.name.split_whitespace();
                    toks.iter()
                        .all(|y| et.next().is_some_and(|x| x.eq_ignore_ascii_case(y)))
                        && et.next().is_none()
                }
            })
        };
        if entity(&toks, &|k| k != EntityKind::Person) {
            return true;
        }
        if toks.len() == 2 && self.places.contains(&toks[1].to_lowercase()) {
            return true;
        }
        (1..toks.len()).any(|i| {
            entity(&toks[..i], &|k| k == EntityKind::Organization)
                && entity(&toks[i..], &|k| k == EntityKind::Place)
        })
    }

    fn resolve_mut(&mut self, subj: Option<&Subj>, pi: usize, pos: usize) -> Speaker {
        let sp = self.resolve(subj, pi, pos);
        if let (Some(Subj::Alias(alias)), Some(name)) = (subj, &sp.name) {
            self.names.add_alias(&alias.join(" "), name);
        }
        sp
    }

    /// Should this quote segment be reported as a direct quote?
    fn keep(&self, k: usize) -> bool {
        match self.reported.get(k) {
            Some(&r) => r,
            None => {
                let s = &self.segs[k];
                reported(s, &self.paras[s.para])
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn emit(
        &mut self,
        text: String,
        kind: QuoteKind,
        sp: &Speaker,
        cue: Option<String>,
        pi: usize,
        s: usize,
        e: usize,
    ) {
        self.out.push(Quote {
            text,
            kind,
            speaker: sp.name.clone(),
            speaker_role: sp.role.clone(),
            cue,
            paragraph: pi,
            start: s,
            end: e,
            speaker_description: if sp.name.is_none() {
                sp.desc.clone()
            } else {
                None
            },
        });
        self.speakers.push(sp.clone());
        self.note_speaker(sp);
    }

    /// Makes `sp` the latest speaker, for later pronouns and zero cues.
    fn note_speaker(&mut self, sp: &Speaker) {
        // `Menurut informasi yang diperoleh, …`: a document cannot be `dia` later.
        let document = sp.name.is_none()
            && sp.desc.as_deref().is_some_and(|d| {
                let head = d.split_whitespace().next().unwrap_or("").to_lowercase();
                matches!(
                    head.as_str(),
                    "informasi"
                        | "laporan"
                        | "kabar"
                        | "dekrit"
                        | "data"
                        | "berita"
                        | "hasil"
                        | "keterangan"
                        | "report"
                        | "reports"
                )
            });
        if (sp.name.is_some() || sp.desc.is_some()) && !document {
            self.bump();
            self.note_person(sp);
            self.last = Some((sp.clone(), self.seq));
        }
    }

    fn direct(&mut self, k: usize, cues: &[Cue], resolved: &[Option<Speaker>]) {
        let seg = self.segs[k].clone();
        let pi = seg.para;
        let text: String = self.paras[pi][seg.start..seg.end].iter().collect();
        // 1. Attribution after the quote (`,” kata X`), or after the last piece of a quote
        //    running over several paragraphs, or after the next piece of a split quote.
        let mut attr = self.post_attribution(k);
        if attr.is_none() && seg.continues {
            let mut j = k;
            while j + 1 < self.segs.len() && self.segs[j].continues && self.segs[j + 1].continued {
                j += 1;
            }
            if j != k {
                attr = self.post_attribution(j);
            }
        }
        if attr.is_none() && seg.close.is_some() {
            if let Some(next) = self.segs.get(k + 1) {
                let adjacent = next.para == pi
                    && next.open.is_some_and(|o| {
                        let from = seg.close.unwrap_or(0) + 1;
                        o >= from && self.paras[pi][from..o].iter().all(|c| c.is_whitespace())
                    });
                if adjacent {
                    attr = self.post_attribution(k + 1);
                }
            }
        }
        let open = seg.open.unwrap_or(seg.start);
        let (speaker, cue) = if attr.is_none() && self.document_before(pi, open) {
            // `Pesan tersebut berbunyi “…”`, `Pasal 12 …, yang menyatakan …, “…”`: words of a
            // text, not of a person.
            (Speaker::default(), None)
        } else if let Some((subj, cue)) = attr {
            (self.resolve_mut(Some(&subj), pi, open), Some(cue))
        } else if let Some(ci) = cues.iter().rposition(|c| c.pos < open) {
            // 2. A cue earlier in the same sentence: `Benitez mengatakan di FFT: “…”`.
            let sp = resolved[ci]
                .clone()
                .unwrap_or_else(|| self.resolve(cues[ci].subj.as_ref(), pi, cues[ci].pos));
            (sp, Some(cues[ci].cue.clone()))
        } else if let Some(i) = seg
            .continued
            .then(|| k.checked_sub(1).and_then(|p| self.seg_out[p]))
            .flatten()
        {
            // 3. The next paragraph of a quote running over several: the speaker and cue of
            //    its previous piece.
            (self.speakers[i].clone(), self.out[i].cue.clone())
        } else if let Some(sp) = self.embedded_without_cue(pi, open) {
            // 4. `ribuan pengunjuk rasa menggaungkan kata-kata "…"`: a quote inside a sentence
            //    with no cue belongs to the sentence's subject, not to the last speaker.
            (sp, None)
        } else {
            // 5. Continuation of the previous speaker (the second half of a split quote, a
            //    paragraph that is nothing but a quote), keeping its cue.
            let cue = self
                .out
                .last()
                .filter(|q| q.kind == QuoteKind::Direct && (q.paragraph == pi || seg.continued))
                .and_then(|q| q.cue.clone());
            (self.resolve(None, pi, open), cue)
        };
        self.seg_out[k] = Some(self.out.len());
        self.emit(
            text,
            QuoteKind::Direct,
            &speaker,
            cue,
            pi,
            seg.start,
            seg.end,
        );
    }

    /// The speaker of a quote opening at `open` inside a sentence (after words of its own, with
    /// no quote before it in the sentence) that has no cue: the sentence's subject when it is
    /// a name or a pronoun, else nobody. `None` when the quote is not such a quote.
    fn embedded_without_cue(&self, pi: usize, open: usize) -> Option<Speaker> {
        let (ss, _) = self.sents[pi]
            .iter()
            .copied()
            .find(|&(s, e)| open >= s && open < e)?;
        let ws = &self.pwords[pi];
        let first = ws.iter().position(|w| w.start >= ss)?;
        let open_word = ws.iter().position(|w| w.start > open)?;
        if open_word <= first + 1 || ws[first..open_word].iter().any(|w| self.masked_word(pi, w)) {
            return None;
        }
        // Not the second half of a split quote: no earlier quote in this sentence.
        if self
            .out
            .last()
            .is_some_and(|q| q.paragraph == pi && q.start >= ss)
        {
            return None;
        }
        Some(match self.main_subject(pi, first, open_word) {
            Some(subj) => self.resolve(Some(&subj), pi, open),
            None => Speaker::default(),
        })
    }

    /// The sentence holding the quote that opens at `open` names a written text (a law, a
    /// banner, a message `berbunyi`) before it, or reports it without a source
    /// (`Dikatakan bahwa …`).
    fn document_before(&self, pi: usize, open: usize) -> bool {
        let start = self.sents[pi]
            .iter()
            .find(|&&(s, e)| open >= s && open < e)
            .map_or(0, |x| x.0);
        let before: Vec<&Word> = self.pwords[pi]
            .iter()
            .filter(|w| w.start >= start && w.end <= open)
            .collect();
        // `Dikatakan bahwa …`: reported without anyone to report it.
        let agentless = before.len() >= 2
            && matches!(
                before[0].lc(),
                "dikatakan" | "disebutkan" | "dilaporkan" | "dikabarkan" | "diberitakan"
            )
            && before[1].lower == "bahwa";
        agentless || before.iter().any(|w| w.is_in(DOCUMENT_WORDS))
    }

    /// `“…,” kata Gladkov`, `“…” katanya`, `,” he said`, `” … mengutip Putin sebagai berkata`.
    fn post_attribution(&self, k: usize) -> Option<(Subj, String)> {
        let seg = &self.segs[k];
        let close = seg.close?;
        let pi = seg.para;
        let chars = &self.paras[pi];
        let ws = &self.pwords[pi];
        let mut i = ws.iter().position(|w| w.start > close)?;
        // Only spaces, commas and dashes between the mark and the cue.
        if !chars[close + 1..ws[i].start]
            .iter()
            .all(|c| c.is_whitespace() || matches!(c, ',' | '-' | '–' | '—'))
        {
            return None;
        }
        // `,” bunyi pernyataan Jenderal John Nicholson`: the words of someone's statement.
        if ws[i].lower == "bunyi"
            && ws.get(i + 1).is_some_and(|w| {
                matches!(
                    w.lc(),
                    "pernyataan" | "keterangan" | "cuitan" | "unggahan" | "tulisan" | "surat"
                )
            })
        {
            if let Some(subj) = self.phrase_subj(pi, i + 2) {
                if matches!(subj, Subj::Run(..)) {
                    return Some((subj, "bunyi".to_string()));
                }
            }
        }
        if ws[i].lower == "demikian" && i + 1 < ws.len() {
            i += 1;
            // `,” demikian Ausilio memberikan keterangan singkat …`, `demikian Kapolres X
            // menjelaskan`: a name right after `demikian`, then a verb, is whoever said it
            // (the documents below are read when no such name comes first).
            if ws[i].cap {
                if let Some(&(0, e)) = self.names.runs_in(chars, &ws[i..]).first() {
                    let v = i + e;
                    if ws
                        .get(v)
                        .is_some_and(|w| verb_like(w) && only_space(chars, ws[v - 1].end, w.start))
                    {
                        let split = self.names.split(&ws[i..v], false);
                        if !split.name.is_empty() && !split.org {
                            return Some((Subj::Run(split, None), "demikian".to_string()));
                        }
                    }
                }
            }
            // `,” demikian pernyataan resmi Valencia`, `demikian keterangan Kemenpan-RB`,
            // `demikian bunyi pernyataan resmi Jiangsu Suning`, `demikian isi putusan Komdis
            // …`: a named document speaks for whoever issued it.
            let doc = if matches!(ws[i].lc(), "bunyi" | "isi") {
                i + 1
            } else {
                i
            };
            if let Some(subj) = self.document_issuer(pi, doc) {
                return Some((subj, ws[doc].lower.to_string()));
            }
            if ws[i].lower == "pernyataan" {
                return self
                    .phrase_subj(pi, i + 1)
                    .map(|s| (s, "pernyataan".to_string()));
            }
            // `,” demikian isi kicauan McLaughlin`, `demikian bunyi surat X`: the writer.
            if matches!(ws[i].lc(), "isi" | "bunyi")
                && ws.get(i + 1).is_some_and(|w| {
                    matches!(
                        w.lc(),
                        "kicauan"
                            | "cuitan"
                            | "unggahan"
                            | "postingan"
                            | "tulisan"
                            | "surat"
                            | "pesan"
                            | "keterangan"
                            | "pernyataan"
                    )
                })
            {
                if let Some(subj @ Subj::Run(..)) = self.phrase_subj(pi, i + 2) {
                    return Some((subj, ws[i].lower.to_string()));
                }
            }
            // `,” demikian petikan uraian kejadian dalam surat itu`: words of a text with no
            // writer named, not even in a word written capitalised (`demikian bunyi rilis
            // resmi Marseille`, `kutipan wawancara Xavi`), are a document's, nobody's (like
            // `Menurut laporan`); without a cue the quote would go to whoever was named last.
            if matches!(
                ws[i].lc(),
                "petikan" | "kutipan" | "isi" | "bunyi" | "uraian"
            ) {
                let mut e = i;
                while e + 1 < ws.len() && e < i + 6 && only_space(chars, ws[e].end, ws[e + 1].start)
                {
                    e += 1;
                }
                if ws[i + 1..=e].iter().all(|w| !w.cap) {
                    let desc: String = chars[ws[i].start..ws[e].end].iter().collect();
                    return Some((Subj::Anon(desc), "demikian".to_string()));
                }
            }
        }
        // `,” umum otoritas olah raga Saudi`: `umum` (short for `mengumumkan`) is a cue only
        // right after a closing mark; elsewhere it is the adjective (`Ketua Umum`).
        if ws[i].lower == "umum" && !ws[i].cap {
            if let Some(subj) = self.phrase_subj(pi, i + 1) {
                return Some((subj, "umum".to_string()));
            }
        }
        if let Some((cue, nya)) = post_cue(&ws[i].lower) {
            let cue_text = ws[i].lower.to_string();
            let _ = cue;
            if nya {
                return Some((Subj::Pronoun { plural: false }, cue_text));
            }
            // `,” tulis windajunita6.`, `,” tulis akun @TMCPoldaMetro`, `kata akun
            // rafly_rahman.h`: a social-media user name speaks as written (GUIDELINES.md).
            // `cuit pemilik akun @louistomlinsan`, `tulis akun Instagram @X`, `cuit akun Agus
            // Mulyadi`: the account's owner is the handle or name after it.
            let writing = matches!(cue_text.as_str(), "tulis" | "cuit" | "kicau");
            let mut at = i + 1;
            if ws.get(at).is_some_and(|w| w.lower == "pemilik")
                && ws.get(at + 1).is_some_and(|w| w.lower == "akun")
            {
                at += 1;
            }
            let acct = ws.get(at).is_some_and(|w| w.lower == "akun");
            if acct {
                at += 1;
                if ws.get(at).is_some_and(|w| {
                    matches!(
                        w.lc(),
                        "twitter" | "instagram" | "facebook" | "youtube" | "resmi" | "pribadi"
                    )
                }) && self.handle_at(pi, at, false).is_none()
                {
                    at += 1;
                }
            }
            if let Some(handle) = self.handle_at(pi, at, writing && !acct) {
                let split = Split {
                    role: Vec::new(),
                    name: vec![handle],
                    org: false,
                };
                return Some((Subj::Run(split, None), cue_text));
            }
            if acct && ws.get(at).is_some_and(|w| w.cap) {
                if let Some(subj @ Subj::Run(..)) = self.phrase_subj(pi, at) {
                    return Some((subj, cue_text));
                }
            }
            // `,"ujar keterangan resmi Twitter`, `tulis pernyataan tertulis Kemenlu`, `ujar
            // pengumuman resmi Jet Airways`: a named statement speaks for whoever issued it (an
            // anonymous one stays a document).
            if ws.get(i + 1).is_some_and(|w| {
                matches!(
                    w.lc(),
                    "keterangan" | "pernyataan" | "pengumuman" | "siaran" | "rilis" | "release"
                )
            }) {
                let mut j = i + 2;
                while ws
                    .get(j)
                    .is_some_and(|w| matches!(w.lc(), "resmi" | "tertulis" | "pers" | "press"))
                {
                    j += 1;
                }
                if j > i + 2 || ws.get(j).is_some_and(|w| w.cap) {
                    if let Some(subj @ Subj::Run(..)) = self.phrase_subj(pi, j) {
                        return Some((subj, cue_text));
                    }
                }
            }
            let subj = self.phrase_subj(pi, i + 1)?;
            // `,” said Luca Maestri, Apple's chief financial officer.`: an English job
            // description set off after the name is the speaker's role.
            if english_said(&cue_text) {
                if let Subj::Run(split, None) = &subj {
                    if split.role.is_empty() {
                        if let Some(role) = self.english_role_after(pi, i + 1) {
                            return Some((Subj::Run(split.clone(), Some(role)), cue_text));
                        }
                    }
                }
            }
            return Some((subj, cue_text));
        }
        // `,” Jebb mengatakan.`: a name, then a speech verb ending the sentence.
        {
            let runs = self.names.runs_in(chars, &ws[i..]);
            if let Some(&(0, e)) = runs.first() {
                let v = i + e;
                let ends = |j: usize| {
                    ws.get(j + 1).is_none_or(|n| {
                        chars[ws[j].end..n.start]
                            .iter()
                            .any(|c| matches!(c, '.' | ',' | '!' | '?'))
                    })
                };
                if v < ws.len()
                    && pre_cue(&ws[v].lower) == Some(true)
                    && only_space(chars, ws[v - 1].end, ws[v].start)
                    && ends(v)
                {
                    let split = self.names.split(&ws[i..v], false);
                    if !split.name.is_empty() {
                        return Some((Subj::Run(split, None), ws[v].lower.to_string()));
                    }
                }
            }
        }
        // English `,” Putin said` / `,” he said` / `,” air force spokesman Yuriy Ihnat told`.
        for j in i + 1..(i + 8).min(ws.len()) {
            if matches!(ws[j].lc(), "said" | "says" | "added" | "told" | "wrote") {
                if !only_space(chars, ws[j - 1].end, ws[j].start) {
                    // `,” Apple's chief executive, Tim Cook, told reporters.`: a name set off
                    // by two commas, its description before it.
                    let gap: String = chars[ws[j - 1].end..ws[j].start].iter().collect();
                    let commas = chars[ws[i].end..ws[j - 1].end]
                        .iter()
                        .filter(|&&c| c == ',')
                        .count();
                    if gap.trim() == "," && commas == 1 {
                        if let Some(sub) = self.subject_before_comma(pi, i, j) {
                            return Some((sub, ws[j].lower.to_string()));
                        }
                    }
                    break;
                }
                let sub = self.subject_in(pi, i, j);
                return sub.map(|s| (s, ws[j].lower.to_string()));
            }
        }
        // `… agensi berita TASS mengutip Putin sebagai berkata`.
        let sent_end = self.sents[pi]
            .iter()
            .copied()
            .find(|&(s, e)| close >= s && close < e)
            .map_or(chars.len(), |x| x.1);
        for j in i..ws.len() {
            if ws[j].start >= sent_end {
                break;
            }
            if ws[j].lower == "mengutip" {
                let runs = self.names.runs_in(chars, &ws[j + 1..]);
                if let Some(&(s, e)) = runs.first() {
                    if s == 0 {
                        let split = self.names.split(&ws[j + 1 + s..j + 1 + e], false);
                        return Some((Subj::Run(split, None), "mengutip".to_string()));
                    }
                }
            }
        }
        None
    }

    /// The English job description after the name that starts at word `from`, set off by a
    /// comma and running to the sentence end (`Luca Maestri, Apple's chief financial
    /// officer.`, `Kevan Parekh, the company's incoming finance chief.`): a possessive or an
    /// article, then at most nine words holding a job noun in lower case. A leading article is
    /// dropped (`the company's incoming finance chief` → `company's incoming finance chief`).
    fn english_role_after(&self, pi: usize, from: usize) -> Option<String> {
        let ws = &self.pwords[pi];
        let chars = &self.paras[pi];
        let &(0, e) = self.names.runs_in(chars, ws.get(from..)?).first()? else {
            return None;
        };
        let n = from + e;
        let gap: String = chars[ws[n - 1].end..ws.get(n)?.start].iter().collect();
        if gap.trim() != "," {
            return None;
        }
        // To the sentence end: no further comma, quote or clause punctuation inside.
        let mut end = n + 1;
        while end < ws.len() && only_space(chars, ws[end - 1].end, ws[end].start) {
            end += 1;
        }
        let tail: String = chars[ws[end - 1].end..ws.get(end).map_or(chars.len(), |w| w.start)]
            .iter()
            .collect();
        if !matches!(tail.trim(), "" | "." | ".”" | ".\"") || end - n > 10 {
            return None;
        }
        let np = &ws[n..end];
        let first = np.first()?;
        let possessive = first.lower.ends_with("'s") || first.lower.ends_with("’s");
        if !(possessive || first.is_english_article()) || !np[1..].iter().any(english_job_noun) {
            return None;
        }
        let from_word = if first.is_english_article() { n + 1 } else { n };
        let a = ws.get(from_word).filter(|_| from_word < end)?;
        Some(chars[a.start..ws[end - 1].end].iter().collect())
    }

    /// The issuer named after a document noun at word `i` (`pernyataan resmi Valencia`,
    /// `keterangan pers dari LBH Pers`, `pernyataan resmi pihak Sixers`, `putusan Komdis`):
    /// past the document's modifiers (`resmi`, `tertulis`, `pers`), a `dari` and a `pihak`,
    /// a capitalised name. `None` for an unnamed document (`pernyataan tersebut`, `keterangan
    /// resmi agen pengendali …`), which the callers treat as before.
    fn document_issuer(&self, pi: usize, i: usize) -> Option<Subj> {
        let ws = &self.pwords[pi];
        // A capitalised document noun is the start of a document's own name (`Komunike
        // Bersama Menlu ASEAN`), not a noun before its issuer.
        let doc = ws.get(i)?;
        if doc.cap || !doc.is_in(ISSUED_DOCUMENTS) {
            return None;
        }
        let mut j = i + 1;
        while ws.get(j).is_some_and(|w| {
            !w.cap && matches!(w.lc(), "resmi" | "tertulis" | "pers" | "press" | "bersama")
        }) {
            j += 1;
        }
        if ws.get(j).is_some_and(|w| w.lower == "dari" && !w.cap) {
            j += 1;
        }
        if ws
            .get(j)
            .is_some_and(|w| w.is_in(TRANSPARENT) && !w.cap && w.lower != "si")
        {
            j += 1;
        }
        if !ws.get(j).is_some_and(|w| w.cap) {
            return None;
        }
        match self.phrase_subj(pi, j)? {
            subj @ (Subj::Run(..) | Subj::Org(_)) => Some(subj),
            _ => None,
        }
    }

    /// A social-media user name at word `i`: `@TMCPoldaMetro`, `windajunita6`, `rafly_rahman.h`
    /// (an `@`, or a lower-case word with digits or an underscore). With `bare` (after a
    /// writing cue), also a lone lower-case word ending the sentence that is no pronoun, role
    /// or common description (`tulis ryahadhy.`). The handle is returned as written.
    fn handle_at(&self, pi: usize, i: usize, bare: bool) -> Option<String> {
        let chars = &self.paras[pi];
        let ws = &self.pwords[pi];
        let w = ws.get(i)?;
        if i > 0 && !only_space(chars, ws[i - 1].end, w.start.saturating_sub(1)) {
            return None;
        }
        let at = w.start > 0 && chars[w.start - 1] == '@';
        let start = if at { w.start - 1 } else { w.start };
        let mut end = start;
        while end < chars.len() && !chars[end].is_whitespace() {
            end += 1;
        }
        while end > start
            && matches!(
                chars[end - 1],
                '.' | ',' | ';' | ':' | '!' | '?' | ')' | '"' | '”' | '’'
            )
        {
            end -= 1;
        }
        let tok: String = chars[start..end].iter().collect();
        let body = tok.strip_prefix('@').unwrap_or(&tok);
        if body.is_empty()
            || !body.chars().any(char::is_alphabetic)
            || !body
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '_' | '.'))
        {
            return None;
        }
        let marked =
            at || (!w.cap && (body.contains('_') || body.chars().any(|c| c.is_ascii_digit())));
        let lone = bare
            && !w.cap
            && end == w.end
            && w.text.chars().count() >= 5
            && !w.lower.ends_with("nya")
            && !is_in(PRONOUNS, &w.lower)
            && !is_in(ANON_MARKERS, &w.lower)
            && !is_role(&w.lower)
            && !organisation_noun(&w.lower)
            // Readers and followers in general are nobody's user name.
            && !matches!(
                w.lc(),
                "warganet"
                    | "netizen"
                    | "netizens"
                    | "pengguna"
                    | "penggemar"
                    | "penggemarnya"
                    | "fans"
                    | "pengikut"
                    | "followers"
                    | "pembaca"
                    | "penonton"
                    | "admin"
            )
            && chars.get(end).is_none_or(|c| matches!(c, '.' | '!'));
        (marked || lone).then_some(tok)
    }

    /// The speaker phrase after a post cue: `kata Gladkov`, `ujar Direktur …, Eko Riyadi,`,
    /// `kata anggota korps lainnya`, `ucap perempuan berusia 31 tahun tersebut`.
    fn phrase_subj(&self, pi: usize, from: usize) -> Option<Subj> {
        let chars = &self.paras[pi];
        let ws = &self.pwords[pi];
        let first = ws.get(from)?;
        if from > 0
            && !chars[ws[from - 1].end..first.start]
                .iter()
                .all(|c| c.is_whitespace())
        {
            return None;
        }
        if first.is_in(PRONOUNS) {
            return Some(Subj::Pronoun {
                plural: plural_pronoun(&first.lower),
            });
        }
        // `kata pihak Sixers`, `ujar kubu Prabowo`: `pihak`/`kubu` (the side of) before a name
        // is that name speaking, as it is before a cue (`TRANSPARENT`).
        if !first.cap
            && matches!(first.lc(), "pihak" | "kubu")
            && ws.get(from + 1).is_some_and(|w| w.cap)
        {
            return self.phrase_subj(pi, from + 1);
        }
        // The phrase: words up to a stopper or punctuation (parentheses are skipped over).
        let mut end = from;
        while end < ws.len() {
            if end > from {
                let gap: String = chars[ws[end - 1].end..ws[end].start].iter().collect();
                if gap.contains('(') && !gap.contains(')') {
                    // Skip a parenthesis: `Direktur Pusat Studi HAM (Pusham) Universitas …`.
                    let mut j = end;
                    while j + 1 < ws.len() && !chars[ws[j].end..ws[j + 1].start].contains(&')') {
                        j += 1;
                    }
                    if j + 1 < ws.len() && j - end < 6 {
                        let after: String = chars[ws[j].end..ws[j + 1].start].iter().collect();
                        if after.trim() == ")" && ws[j + 1].cap {
                            end = j + 2;
                            continue;
                        }
                    }
                    break;
                }
                // `ujar Kepala Pusat Data, Informasi, dan Humas BNPB Sutopo …`: a list of
                // fields inside an office title; its commas do not end the title, whose
                // holder is named after the list's last field.
                if gap.trim() == "," && ws[from].is_role() && ws[end - 1].cap {
                    if let Some(after) = self.title_list_end(pi, end) {
                        end = after;
                        continue;
                    }
                }
                // `Head of Brand Development & Marketing Research …`: `&` joins a title.
                let gap_ok =
                    gap.trim().is_empty() || (gap.trim() == "&" && ws[end - 1].cap && ws[end].cap);
                if !gap_ok {
                    break;
                }
                // `Dinas Penanggulangan Kebakaran dan Penyelamatan …`: `dan` inside a name.
                let joins_names = ws[end].lower == "dan"
                    && ws[end - 1].cap
                    && ws.get(end + 1).is_some_and(|n| n.cap);
                // `kata Head of GrabPay Indonesia Ongki Kurniawan`: `of` inside an English title.
                let title_of = ws[end].lower == "of"
                    && ws[from].is_role()
                    && ws
                        .get(end + 1)
                        .is_some_and(|n| n.cap || n.text.chars().any(char::is_uppercase));
                // `tutur spesialis nutrisi dan penyakit metabolik dari RSCM, Dr dr …`: `dan`
                // joins two fields of a lower-case description that a comma-set-off name
                // follows.
                let dan_in_description =
                    ws[end].lower == "dan" && !ws[from].cap && !ws[end - 1].cap && {
                        let mut j = end + 1;
                        let mut found = false;
                        while j < ws.len() && j <= end + 8 {
                            let g: String = chars[ws[j - 1].end..ws[j].start].iter().collect();
                            if g.trim() == "," {
                                found = ws[j].cap && !ws[j].lower.ends_with("nya");
                                break;
                            }
                            if !g.trim().is_empty()
                                || (is_in(PHRASE_STOPPERS, &ws[j].lower) && !ws[j].cap)
                                || pre_cue(&ws[j].lower).is_some()
                            {
                                break;
                            }
                            j += 1;
                        }
                        found
                    };
                if is_in(PHRASE_STOPPERS, &ws[end].lower)
                    && !ws[end].cap
                    && !joins_names
                    && !title_of
                    && !dan_in_description
                {
                    break;
                }
            }
            if end - from >= 12 {
                break;
            }
            end += 1;
        }
        let phrase = &ws[from..end];
        if phrase.is_empty() {
            return None;
        }
        // `kata pria yang akrab disapa Emil itu`: a description whose nickname stands for the
        // speaker it points back to (registered as an alias when resolved). `yang` ends the
        // phrase, so look past it.
        if !phrase[0].cap && ws.get(end).is_some_and(|w| w.lower == "yang") {
            let mut a = end + 1;
            if ws
                .get(a)
                .is_some_and(|w| matches!(w.lc(), "akrab" | "karib"))
            {
                a += 1;
            }
            if a + 1 < ws.len()
                && matches!(ws[a].lc(), "disapa" | "dipanggil")
                && !chars[ws[end].end..ws[a + 1].start]
                    .iter()
                    .any(|c| matches!(c, ',' | '.' | ';' | ':'))
            {
                let upto = ws.len().min(a + 5);
                let runs = self.names.runs_in(chars, &ws[a + 1..upto]);
                if let Some(&(0, e)) = runs.first() {
                    let alias = ws[a + 1..a + 1 + e]
                        .iter()
                        .map(|w| w.text.to_string())
                        .collect();
                    return Some(Subj::Alias(alias));
                }
            }
        }
        let phrase_text: String = chars[phrase[0].start..phrase[phrase.len() - 1].end]
            .iter()
            .collect();
        // Appositive: `ucap pelatih Torino, Sinisa Mihajlovic.`
        let lead_lower = !phrase[0].cap || phrase[0].is_role();
        // `kata Kompol Yhogi Hadi Setiawan, Kapolsek Dukuh Pakis`: the part after the comma is
        // a role of the name already given.
        // A rank or honorific is always followed by a person's name (`Kompol Yhogi …`), unlike
        // a position (`Kepala Bagian Penerangan Umum …, Kombes Martinus Sitompul`).
        let named = phrase.len() >= 3
            && (phrase[0].is_in(NAMED_RANKS)
                || matches!(
                    phrase[0].lc(),
                    "kolonel"
                        | "letkol"
                        | "mayor"
                        | "dr"
                        | "prof"
                        | "ir"
                        | "drs"
                        | "pak"
                        | "bu"
                        | "bapak"
                        | "ibu"
                ));
        let role_after = ws.get(end).is_some_and(|w| w.is_role());
        if lead_lower && end < ws.len() && !(named && role_after) {
            let gap: String = chars[ws[end - 1].end..ws[end].start].iter().collect();
            if gap.trim() == "," {
                // `…, Dr dr Damayanti R Sjarif`, `…, dr Damayanti …`: titles, some written in
                // lower case, before the name are part of the appositive run.
                let mut t = end;
                while t + 1 < ws.len()
                    && is_role(&ws[t].lower)
                    && (!ws[t].cap || ws[t + 1].cap || is_role(&ws[t + 1].lower))
                    && only_space(chars, ws[t].end, ws[t + 1].start)
                {
                    t += 1;
                }
                let runs = if t > end && ws[t].cap && !ws[t - 1..t].iter().all(|w| w.cap) {
                    // A lower-case title sits right before the name: the run starts at the
                    // first title.
                    match self.names.runs_in(chars, &ws[t..]).first() {
                        Some(&(0, e)) => vec![(0, t - end + e)],
                        _ => Vec::new(),
                    }
                } else {
                    self.names.runs_in(chars, &ws[end..])
                };
                if let Some(&(s, e)) = runs.first() {
                    let after_ok = end + e >= ws.len() || {
                        let g: String = chars[ws[end + e - 1].end..ws[end + e].start]
                            .iter()
                            .collect();
                        g.contains(',')
                            || g.contains('.')
                            || g.contains('(')
                            || ws[end + e].is_in(PHRASE_STOPPERS)
                    };
                    let time = ws[end..end + e].iter().all(|w| w.is_in(TIME_WORDS));
                    // `ujar Kapolres Kotim AKBP Johanes Panghutan Siboro SH, SIK`: degrees
                    // after a comma go on listing the name's degrees; they are no appositive.
                    let degrees = degree_chain(chars, &ws[end..end + e]);
                    if s == 0 && after_ok && !time && !degrees {
                        let split = self.names.split(&ws[end..end + e], false);
                        // `kata Direktur Pengawasan Bank II, Otoritas Jasa Keuangan (OJK) Anung
                        // Herlianto`: the organisation is part of the title, the person follows.
                        if split.org || e >= 2 {
                            if let Some(person) = self.person_after_org(pi, end + e) {
                                let role: String =
                                    chars[phrase[0].start..ws[end + e - 1].end].iter().collect();
                                return Some(Subj::Run(person, Some(role)));
                            }
                        }
                        if !split.name.is_empty() {
                            return Some(Subj::Run(split, Some(phrase_text)));
                        }
                    }
                }
            }
        }
        Some(self.np_subj(pi, phrase))
    }

    /// The end of a list of fields inside an office title that starts at word `at`, right
    /// after a comma (`Data, Informasi, dan Humas BNPB`, `Politik, Hukum, dan Keamanan`): one
    /// to three capitalised words per field, commas between them, then `dan` and a capitalised
    /// word. Returns the index of that last field's first word. A person's name (a word of a
    /// person the tagger found, or a role word that would start an appositive `…, Kapolres
    /// X, dan …`) is no field, so appositives and lists of people are left alone.
    fn title_list_end(&self, pi: usize, at: usize) -> Option<usize> {
        let chars = &self.paras[pi];
        let ws = &self.pwords[pi];
        let mut j = at;
        for _field in 0..4 {
            let start = j;
            while j < ws.len()
                && ws[j].cap
                && ws[j].lower != "dan"
                && !ws[j].is_role()
                && !self.names.person_token(&ws[j].lower)
                && j - start < 3
                && (j == start || only_space(chars, ws[j - 1].end, ws[j].start))
            {
                j += 1;
            }
            if j == start || j >= ws.len() {
                return None;
            }
            let gap: String = chars[ws[j - 1].end..ws[j].start].iter().collect();
            let gap = gap.trim();
            if ws[j].lower == "dan" && (gap.is_empty() || gap == ",") {
                let last = ws.get(j + 1)?;
                return (last.cap && only_space(chars, ws[j].end, last.start)).then_some(j + 1);
            }
            if gap != "," {
                return None;
            }
        }
        None
    }

    /// The first field of a list of fields inside an office title whose closing `dan` is word
    /// `d` (see `title_list_end`): the list follows a comma, and a role word starts the title
    /// within six words before it, with no punctuation in between.
    fn title_list_start(&self, pi: usize, first: usize, d: usize) -> Option<usize> {
        let chars = &self.paras[pi];
        let ws = &self.pwords[pi];
        (d.saturating_sub(12).max(first + 1)..d).find(|&a| {
            let after_comma = chars[ws[a - 1].end..ws[a].start]
                .iter()
                .collect::<String>()
                .trim()
                == ",";
            after_comma
                && ws[a - 1].cap
                && self.title_list_end(pi, a) == Some(d + 1)
                && (a.saturating_sub(6).max(first)..a - 1).any(|r| {
                    ws[r].is_role()
                        && (r..a - 1).all(|j| only_space(chars, ws[j].end, ws[j + 1].start))
                })
        })
    }

    /// A person's name right after an organisation's name that ends before word `at`, past an
    /// acronym in parentheses: `Otoritas Jasa Keuangan (OJK) Anung Herlianto`.
    fn person_after_org(&self, pi: usize, at: usize) -> Option<Split> {
        let chars = &self.paras[pi];
        let ws = &self.pwords[pi];
        let mut k = at;
        let gap = |a: usize, b: usize| -> String { chars[ws[a].end..ws[b].start].iter().collect() };
        if k >= ws.len() || k == 0 {
            return None;
        }
        if gap(k - 1, k).trim() == "(" {
            if !(super::names::is_acronym(ws[k].text)
                && k + 1 < ws.len()
                && gap(k, k + 1).trim() == ")")
            {
                return None;
            }
            k += 1;
        } else {
            return None;
        }
        let runs = self.names.runs_in(chars, &ws[k..]);
        let &(s, e) = runs.first()?;
        if s != 0 {
            return None;
        }
        let split = self.names.split(&ws[k..k + e], false);
        let institutional = split
            .name
            .iter()
            .any(|t| is_in(INSTITUTION_WORDS, t) || super::names::is_acronym(t));
        (!split.org && !split.name.is_empty() && !institutional).then_some(split)
    }

    /// Classifies a noun phrase that names (or describes) a speaker.
    fn np_subj(&self, pi: usize, phrase: &[Word]) -> Subj {
        let chars = &self.paras[pi];
        let text: String = chars[phrase[0].start..phrase[phrase.len() - 1].end]
            .iter()
            .collect();
        if phrase[0].is_in(ORG_HEADS) && phrase.iter().skip(1).any(|w| w.cap) {
            return Subj::Org(capitalise(&text));
        }
        // `dipanggil Ahok`, `disapa Kang Emil`: the alias names the speaker.
        if let Some(k) = phrase
            .iter()
            .position(|w| matches!(w.lc(), "dipanggil" | "disapa" | "alias"))
        {
            let runs = self.names.runs_in(chars, &phrase[k + 1..]);
            if let Some(&(s, e)) = runs.first() {
                let alias: Vec<String> = phrase[k + 1 + s..k + 1 + e]
                    .iter()
                    .map(|w| w.text.to_string())
                    .collect();
                if !phrase[0].cap {
                    return Subj::Alias(alias);
                }
                return Subj::Run(self.names.split(&phrase[k + 1 + s..k + 1 + e], false), None);
            }
        }
        let runs = self.names.runs_in(chars, phrase);
        let anon = phrase.iter().any(|w| w.is_in(ANON_MARKERS));
        // `mantan gelandang Real Madrid itu`: a description pointing back, whatever names it
        // holds.
        let pointing =
            phrase.len() >= 3 && !phrase[0].cap && is_demonstrative(phrase[phrase.len() - 1].lc());
        if pointing && !anon {
            return Subj::Anaphora(phrase[0].lower.to_string());
        }
        // `according to the Congressional Budget Office`: in English an institution's name
        // takes `the` (a person's never does), so the run is the speaker, not a pointer back.
        if phrase.len() >= 3 && phrase[0].lc() == "the" && runs.first() == Some(&(1, phrase.len()))
        {
            let name: String = chars[phrase[1].start..phrase[phrase.len() - 1].end]
                .iter()
                .collect();
            return Subj::Org(name);
        }
        // `Head of GrabPay Indonesia Ongki Kurniawan`: an English title; the name ends its
        // last run.
        if phrase[0].cap && phrase[0].is_role() && phrase.iter().any(|w| w.lower == "of") {
            if let Some(&(s, e)) = runs.last() {
                if s > 0 && e == phrase.len() {
                    let split = self.names.split(&phrase[s..e], true);
                    if !split.name.is_empty() && !split.org {
                        return name_after_title(chars, phrase, s, split);
                    }
                }
            }
        }
        // A long title joined by `dan`: the name is in the last run.
        if phrase[0].is_role() && runs.len() > 1 && phrase.iter().any(|w| w.lower == "dan") {
            if let Some(&(s, e)) = runs.last() {
                let split = self.names.split(&phrase[s..e], true);
                if !split.name.is_empty() {
                    return name_after_title(chars, phrase, s, split);
                }
            }
        }
        // `kata seorang profesor … Universitas Oxford Susan Jebb`: a full name closing an
        // anonymous-looking description names the speaker.
        if anon {
            if let Some(&(s, e)) = runs.last() {
                if s > 0 && e == phrase.len() && !phrase[s - 1].is_in(PREPOSITIONS) {
                    let split = self.names.split(&phrase[s..e], phrase[s - 1].is_role());
                    let institutional = split.name.iter().any(|t| {
                        is_in(INSTITUTION_WORDS, t)
                            || is_in(PLACE_WORDS, t)
                            || super::names::is_acronym(t)
                    });
                    if !split.org && split.name.len() >= 2 && !institutional {
                        let role: String =
                            chars[phrase[0].start..phrase[s - 1].end].iter().collect();
                        return Subj::Run(split, Some(role));
                    }
                }
            }
        }
        // `kata direktur olahraga Wolfsburg Olaf Rebbe`, `ucap manajer tim Massimo Meregalli`,
        // `kata Menteri Dalam negeri Hamburg Andy Grote`: a role whose field or office is
        // written in lower case before the name. The lower-case words belong to the position;
        // they are not what the description is about, as in `teman dekat Harry` or `sumber
        // dekat Payne`, whose heads are no roles. So the run closing the phrase is the person.
        // Two name words at least: one word after such a role is as often a club or a country
        // (`pelatih tim Persib`, `pelatih asal Kroasia`).
        // Not after `sang`: `sang pemeran Jon Snow` is the actor of a character.
        if !anon && phrase[0].is_role() && phrase[0].lc() != "sang" {
            if let Some(&(s, e)) = runs.last() {
                let position = |w: &Word| {
                    w.is_role()
                        || super::names::office_word(&w.lower)
                        || super::names::field_noun(&w.lower)
                        || (!w.cap
                            && !w.is_in(PREPOSITIONS)
                            && !w.is_in(CLAUSE_STARTERS)
                            && !w.is_in(PRONOUNS)
                            && !w.lower.ends_with("nya")
                            && !matches!(w.lc(), "asal" | "sang" | "dekat")
                            && w.text.chars().all(char::is_alphabetic))
                };
                if s > 0
                    && e == phrase.len()
                    && phrase[1..s].iter().any(|w| !w.cap && !w.is_role())
                    && phrase[..s].iter().all(position)
                {
                    let split = self.names.split(&phrase[s..e], true);
                    if !split.org && split.name.len() >= 2 {
                        return name_after_title(chars, phrase, s, split);
                    }
                }
            }
        }
        // `Dr dr Damayanti R Sjarif`, `RSCM Dr dr …`: a run ending in a title, followed only by
        // lower-case titles (`dr`, `drg`) and then another run, is the name's title.
        let title_only = |i: usize| {
            let (_, e) = runs[i];
            runs.get(i + 1).is_some_and(|&(s2, _)| {
                s2 > e
                    && is_role(&phrase[e - 1].lower)
                    && phrase[e..s2].iter().all(|w| !w.cap && is_role(&w.lower))
            })
        };
        if let Some(&(s, e)) = runs
            .iter()
            .enumerate()
            .filter(|&(i, _)| !title_only(i))
            .map(|(_, r)| r)
            .find(|&&(s, _)| s == 0 || !is_in(PREPOSITIONS, &phrase[s - 1].lower))
        {
            let before_role = s > 0 && phrase[s - 1].is_role();
            let split = self.names.split(&phrase[s..e], before_role);
            let lead_common = s > 0 && !before_role && !phrase[0].cap;
            // `Ketua Unit Layanan Pengadaan (ULP) Kemenag Mohammad Zen`.
            let at = self.pwords[pi]
                .iter()
                .position(|w| w.start == phrase[e - 1].start)
                .map(|i| i + 1);
            if let Some(person) = at.and_then(|at| self.person_after_org(pi, at)) {
                if !lead_common && e - s >= 2 {
                    let role: String = chars[phrase[0].start..phrase[e - 1].end].iter().collect();
                    return Subj::Run(person, Some(role));
                }
            }
            if !(lead_common || anon && s > 0) {
                if split.name.is_empty() {
                    return Subj::Anaphora(phrase[s].lower.to_string());
                }
                let role = if s > 0 {
                    Some(chars[phrase[0].start..phrase[s - 1].end].iter().collect())
                } else {
                    None
                };
                return Subj::Run(split, role);
            }
        }
        if let Some(subj) = self.person_closing(pi, phrase) {
            return subj;
        }
        if anon {
            return Subj::Anon(text);
        }
        if let Some(subj) = english_definite_role(phrase) {
            return subj;
        }
        if let Some(subj) = self.english_description(pi, phrase, &runs) {
            return subj;
        }
        if phrase.len() <= 6 {
            return Subj::Anaphora(phrase[0].lower.to_string());
        }
        Subj::Anon(text)
    }

    /// English `according to a statement from the Home Office`, `according to a YouGov poll`,
    /// `according to the report`: a noun phrase under an article names a source, never a pointer
    /// back to the last speaker (only a role does that: `the minister`). A name closing the
    /// phrase after `from`/`by` (with its `the`) is the source; otherwise the phrase describes it.
    fn english_description(
        &self,
        pi: usize,
        phrase: &[Word],
        runs: &[(usize, usize)],
    ) -> Option<Subj> {
        let chars = &self.paras[pi];
        if !phrase[0].is_english_article() || phrase.iter().any(|w| w.is_role()) {
            return None;
        }
        if let Some(&(s, e)) = runs.last() {
            let the = usize::from(s >= 2 && phrase[s - 1].lc() == "the");
            if e == phrase.len() && s > 1 && matches!(phrase[s - 1 - the].lc(), "from" | "by") {
                let name: String = chars[phrase[s].start..phrase[e - 1].end].iter().collect();
                return Some(if the == 1 {
                    Subj::Org(name)
                } else {
                    Subj::Run(self.names.split(&phrase[s..e], false), None)
                });
            }
        }
        let text = chars[phrase[0].start..phrase[phrase.len() - 1].end]
            .iter()
            .collect();
        Some(Subj::Anon(text))
    }

    /// A description that the entity tagger's person span closes names that person: `kata
    /// pemenang Hadiah Nobel Perdamaian India Kailash Satyarthi`, `kata pakar bahasa Indonesia
    /// dari Universitas Negeri Semarang Profesor Fathur Rokhman`. The rules see a lower-case
    /// description and an unknown title run and give nobody; the tagger knows where a name is.
    /// Only a name of two or more words right after a capitalised title word or a role word:
    /// a name after a lower-case word is what the description is about (`kata sumber dekat
    /// Payne`, `teman dekat Harry`, `pemilik nama asli Marshall Bruce Mathers III`).
    fn person_closing(&self, pi: usize, phrase: &[Word]) -> Option<Subj> {
        let last = phrase.last()?;
        let start = self.names.person_ending_at(pi, last.end)?;
        let k = phrase.iter().position(|w| w.start == start)?;
        if k == 0 || phrase.len() - k < 2 || !phrase[k..].iter().all(|w| w.cap) {
            return None;
        }
        let before = &phrase[k - 1];
        if !(before.cap || before.is_role()) || before.is_in(PREPOSITIONS) {
            return None;
        }
        let split = self.names.split(&phrase[k..], false);
        if split.org || split.name.len() < 2 {
            return None;
        }
        let chars = &self.paras[pi];
        let role: String = chars[phrase[0].start..before.end].iter().collect();
        Some(Subj::Run(split, Some(role)))
    }

    /// Subject of a verb at word `cue` whose clause starts at word `from`.
    fn subject_in(&self, pi: usize, from: usize, cue: usize) -> Option<Subj> {
        let ws = &self.pwords[pi];
        let mut s = from;
        while s < cue {
            // `…, dengan tegas Nagita menjawab bahwa …`: a manner adverbial (`dengan` and one
            // lower-case word) before the subject.
            if s + 2 < cue
                && ws[s].lower == "dengan"
                && !ws[s + 1].cap
                && !is_in(PRONOUNS, &ws[s + 1].lower)
                && (ws[s + 2].cap || is_in(PRONOUNS, &ws[s + 2].lower))
            {
                s += 2;
                continue;
            }
            // `Saat itu dia bertugas … dan menyatakan …`, `Ketika itu`, `Saat ini`: a time
            // adverbial before the subject; its `itu` points at a time, not at a speaker.
            if s + 1 < cue && time_adverbial(&ws[s..s + 2]) {
                s += 2;
                continue;
            }
            if !(is_in(FILLERS, &ws[s].lower)
                || is_in(CLAUSE_STARTERS, &ws[s].lower)
                || is_in(TRANSPARENT, &ws[s].lower))
            {
                break;
            }
            s += 1;
        }
        if s >= cue {
            return None;
        }
        // A prepositional phrase is not a subject: `…, kepada para wartawan mengatakan`.
        if ws[s].is_in(PREPOSITIONS) {
            return None;
        }
        // `Pria yang juga menjabat sebagai Wakil Ketua Komisi III DPR RI itu menilai`: a
        // person noun or a role word with a relative clause, closed by a demonstrative before
        // the cue, points back like `pria itu` (the cut at `yang` below would leave the bare
        // noun, someone unnamed).
        if s + 2 < cue && ws[s + 1].lc() == "yang" && (ws[s].is_in(PERSON_NOUNS) || ws[s].is_role())
        {
            let chars = &self.paras[pi];
            let pointing = (s + 2..cue)
                .rev()
                .find(|&d| !is_in(FILLERS, &ws[d].lower))
                .is_some_and(|d| {
                    is_demonstrative(ws[d].lc())
                        && d - s <= 16
                        && !chars[ws[s].end..ws[d].start]
                            .iter()
                            .any(|c| matches!(c, ',' | ';' | ':' | '(' | '.'))
                });
            if pointing {
                return Some(Subj::Anaphora(ws[s].lower.to_string()));
            }
        }
        // `Kementerian Pendidikan dan Kebudayaan menyatakan`: the whole name joined by `dan`
        // is the organisation (the runs below would keep only `Kebudayaan`).
        if let Some(d) = (s + 1..cue).find(|&d| ws[d].lower == "dan") {
            let chars = &self.paras[pi];
            let whole = (s..cue).all(|j| ws[j].cap || ws[j].lower == "dan")
                && (s..cue - 1).all(|j| only_space(chars, ws[j].end, ws[j + 1].start));
            if whole && self.org_with_dan(pi, s, d) == Some(s) {
                let name = ws[s..cue].iter().map(|w| w.text.to_string()).collect();
                return Some(Subj::Run(
                    Split {
                        role: Vec::new(),
                        name,
                        org: true,
                    },
                    None,
                ));
            }
        }
        // Cut a relative clause or a role: `Krisna yang tinggal … mengaku`, `Adi selaku …`.
        let head_end = (s + 1..cue)
            .find(|&k| matches!(ws[k].lc(), "yang" | "selaku"))
            .unwrap_or(cue);
        let head = &ws[s..head_end];
        if let Some(w) = head.first().filter(|w| w.is_in(PRONOUNS)) {
            return Some(Subj::Pronoun {
                plural: plural_pronoun(&w.lower),
            });
        }
        let chars = &self.paras[pi];
        // `Sang nakhoda menyebut …`: `sang` + a common noun is a definite description of
        // someone already mentioned (`sang` before a name is only honorific).
        if s > from
            && ws[s - 1].lower == "sang"
            && !head[0].cap
            && !head.iter().any(|w| w.cap)
            && head.len() <= 3
        {
            return Some(Subj::Anaphora(format!("sang {}", head[0].lower)));
        }
        // English `Ukraine's air force said …`, `Russia’s defence ministry said …`: a proper
        // noun's possessive before an institution in lower case names that institution, as
        // `militer Ukraina` does in Indonesian (an apostrophe is inside the word).
        if head[0].cap && (head[0].lower.ends_with("'s") || head[0].lower.ends_with("’s")) {
            let np_end = head
                .iter()
                .position(|w| english_verb(w) || w.is_in(FILLERS))
                .unwrap_or(head.len())
                .max(1);
            let np = &head[1..np_end];
            if (1..=3).contains(&np.len())
                && np.iter().all(|w| !w.cap)
                && matches!(
                    np[np.len() - 1].lc(),
                    "military"
                        | "army"
                        | "navy"
                        | "force"
                        | "forces"
                        | "government"
                        | "ministry"
                        | "police"
                        | "parliament"
                        | "embassy"
                        | "cabinet"
                        | "presidency"
                        | "administration"
                        | "command"
                        | "agency"
                        | "council"
                        | "office"
                )
            {
                let text: String = chars[head[0].start..np[np.len() - 1].end].iter().collect();
                return Some(Subj::Org(text));
            }
        }
        // `Majalah sepak bola Jerman Kicker telah melaporkan`: a medium's noun opening the
        // sentence (capitalised only by its place), its field in lower case and its country,
        // then a name right before the verb: that medium speaks, under its own name (a
        // lower-case `harian Kompas` is read below). With only a country after the noun
        // (`Media Inggris melaporkan`) there is no name, and `speaker_of` leaves it unnamed.
        if head[0].cap && head[0].initial && head[0].is_in(MEDIA_WORDS) && head_end == cue {
            let np_end = head
                .iter()
                .position(|w| verb_like(w) || w.is_in(FILLERS))
                .unwrap_or(head.len());
            let mut a = np_end;
            while a > 1 && head[a - 1].cap && !head[a - 1].is_in(PLACE_WORDS) {
                a -= 1;
            }
            let spaced = (1..np_end).all(|j| only_space(chars, head[j - 1].end, head[j].start));
            if a > 1
                && a < np_end
                && spaced
                && head[1..a]
                    .iter()
                    .all(|w| (!w.cap && !w.is_role()) || w.is_in(PLACE_WORDS))
            {
                let name = head[a..np_end].iter().map(|w| w.text.to_string()).collect();
                let role: String = chars[head[0].start..head[a - 1].end].iter().collect();
                return Some(Subj::Run(
                    Split {
                        role: Vec::new(),
                        name,
                        org: true,
                    },
                    Some(lower_first(&role)),
                ));
            }
        }
        if head[0].is_in(ORG_HEADS) && !head[0].cap {
            let np_end = head
                .iter()
                .position(|w| verb_like(w) || w.is_in(FILLERS))
                .unwrap_or(head.len());
            if head[..np_end].iter().skip(1).any(|w| w.cap) {
                let text: String = chars[head[0].start..head[np_end - 1].end].iter().collect();
                return Some(Subj::Org(capitalise(&text)));
            }
        }
        // `Arifi menjelaskan`: a lone capitalised word right before the verb is a name.
        if head.len() == 1
            && head[0].cap
            && !self.names.seen_lower(&head[0].lower)
            && !head[0].is_in(super::lexicon::STARTER_WORDS)
            && head_end == cue
        {
            let split = self.names.split(head, false);
            if split.name.len() == 1
                && (is_in(INSTITUTION_WORDS, &split.name[0]) || is_role(&split.name[0]))
            {
                return Some(Subj::Anaphora(head[0].lower.to_string()));
            }
            return Some(Subj::Run(split, None));
        }
        // `Sky sport Italia mengklaim`: one lower-case common word between two capitalised
        // words, right before the verb, belongs to one name (an outlet's or a company's).
        if head_end == cue && (3..=4).contains(&head.len()) {
            let inner = head.iter().filter(|w| !w.cap).count();
            let lower_ok = |w: &Word| {
                w.cap
                    || !(verb_like(w)
                        || w.is_role()
                        || w.lower.ends_with("nya")
                        || w.is_in(FILLERS)
                        || w.is_in(PREPOSITIONS)
                        || w.is_in(CLAUSE_STARTERS)
                        || w.is_in(PRONOUNS)
                        || w.is_in(TIME_WORDS)
                        || w.is_in(TRANSPARENT)
                        || w.is_in(super::lexicon::NAME_PARTICLES)
                        || w.is_in(ANON_MARKERS)
                        || matches!(
                            w.lc(),
                            "dan"
                                | "atau"
                                | "serta"
                                | "maupun"
                                | "itu"
                                | "ini"
                                | "tersebut"
                                | "alias"
                        ))
            };
            let spaced = head
                .windows(2)
                .all(|p| only_space(chars, p[0].end, p[1].start));
            if inner == 1
                && head[0].cap
                && !head[0].initial
                && !head[0].is_role()
                && head[head.len() - 1].cap
                && spaced
                && head.iter().all(lower_ok)
            {
                let toks = head.iter().map(|w| w.text.to_string()).collect();
                return Some(Subj::Run(
                    Split {
                        role: Vec::new(),
                        name: toks,
                        org: true,
                    },
                    None,
                ));
            }
        }
        let runs = self.names.runs_in(chars, head);
        // The last name not inside a prepositional phrase.
        let ok: Vec<(usize, usize)> = runs
            .into_iter()
            .filter(|&(a, _)| a == 0 || !head[a - 1].is_in(PREPOSITIONS))
            .filter(|&(a, e)| !(e == a + 1 && head[a].is_in(TIME_WORDS)))
            // Not a parenthesis: `Jenson Button (Inggris Raya) meretweet`.
            .filter(|&(a, _)| a == 0 || !chars[head[a - 1].end..head[a].start].contains(&'('))
            .collect();
        // `mantan Kepala Staf Angkatan Darat (KSAD) tersebut mengatakan`: a description
        // pointing back, whatever names it holds.
        // (`Eks pemain Arema FC ini menuturkan`: a role word capitalised only because it opens
        // the sentence counts as lower case.)
        let lead_lower = !head[0].cap
            || (head[0].initial && (head[0].is_role() || self.names.seen_lower(&head[0].lower)));
        // `mantan Wali Kota Blitar ini juga sempat sedikit bernostalgia`: lower-case adverbs
        // between the demonstrative and the verb do not end the description.
        let dem_end = head
            .iter()
            .rposition(|w| is_demonstrative(w.lc()))
            .filter(|&d| {
                // Only adverbs after it (not `… mengutuk serangan itu dan mengatakan`: a verb
                // before the demonstrative, a conjunction after it).
                !head[..d].iter().any(verb_like)
                    && head[d + 1..].iter().all(|w| {
                        !w.cap
                            && !verb_like(w)
                            && !w.lower.ends_with("nya")
                            && !matches!(w.lc(), "dan" | "serta" | "tetapi" | "tapi" | "namun")
                    })
            })
            .map_or(head.len(), |d| d + 1);
        let described = &head[..dem_end];
        // A place or a work inside the description of a person (`pemeran Roman Pearce di film
        // ' Fast & Furious ' itu`) does not stop it pointing back.
        let person_head = !head[0].cap && (head[0].is_in(PERSON_NOUNS) || head[0].is_role());
        if described.len() >= 3
            && lead_lower
            && head_end == cue
            && is_demonstrative(described[described.len() - 1].lc())
            && !described.iter().any(|w| w.is_in(ANON_MARKERS))
            && (person_head || !described.iter().any(|w| w.is_in(PREPOSITIONS)))
        {
            return Some(Subj::Anaphora(head[0].lower.to_string()));
        }
        if let Some(&(a, e)) = ok.last() {
            // `Head of eCommerce Unilever Indonesia Hira Triadi mengatakan`: a title opened by a
            // role word, with lower-case words inside it, still ends in the name.
            let role_led = a > 0
                && head[0].cap
                && head[0].is_role()
                && !head[..a]
                    .iter()
                    .any(|w| verb_like(w) || w.is_in(PREPOSITIONS) && w.lower != "of");
            let before_role = a > 0 && (head[a - 1].is_role() || role_led);
            let split = self.names.split(&head[a..e], before_role);
            let demonstrative = head.get(e).is_some_and(|w| is_demonstrative(w.lc()));
            // `Dirut IKT menyampaikan`: a role at an organisation named by its acronym is a
            // person described, not the organisation.
            let role_at_acronym = !split.role.is_empty()
                && split.name.len() == 1
                && super::names::is_acronym(&split.name[0])
                && e == head.len();
            if split.name.is_empty()
                || role_at_acronym
                || (e == a + 1
                    && demonstrative
                    && (head[a].is_in(INSTITUTION_WORDS) || head[a].is_role()))
            {
                let word = if role_at_acronym {
                    split.role[0].to_lowercase()
                } else {
                    head[a].lower.to_string()
                };
                return Some(Subj::Anaphora(word));
            }
            // Lower-case role words right before the name: `penasihat presiden Mykhailo Podolyak`.
            let mut r = a;
            while r > 0 && head[r - 1].is_role() {
                r -= 1;
            }
            if role_led {
                r = 0;
            }
            let role = if r < a {
                Some(chars[head[r].start..head[a - 1].end].iter().collect())
            } else {
                None
            };
            // `tentara Rusia mengungkapkan`: a common noun heads the phrase, the name only
            // modifies it.
            let lead_common = !head.first().is_some_and(|w| w.is_role())
                && head[..r]
                    .iter()
                    .any(|w| !w.cap && !w.is_in(TRANSPARENT) && !w.is_in(FILLERS));
            // `Laman berita Ukraina berbahasa Rusia Bagnet melaporkan`, `harian Kompas
            // melaporkan`: a medium named right before the verb speaks itself.
            let medium =
                lead_common && e == head.len() && head[..a].iter().any(|w| w.is_in(MEDIA_WORDS));
            if medium {
                // `media Korea Utara melaporkan`: only a country after the medium; see
                // `speaker_of`, which also catches it on the other paths.
                if split.name.iter().all(|t| is_in(PLACE_WORDS, t)) {
                    let text: String = chars[head[0].start..head[e - 1].end].iter().collect();
                    return Some(Subj::Anon(lower_first(&text)));
                }
                let mut name = split.name.clone();
                while name.len() > 1 && is_in(PLACE_WORDS, &name[0]) {
                    name.remove(0);
                }
                let role: String = chars[head[0].start..head[a - 1].end].iter().collect();
                let name_only = Split {
                    role: Vec::new(),
                    name,
                    org: true,
                };
                return Some(Subj::Run(name_only, Some(lower_first(&role))));
            }
            // `Saat dikonfirmasi soal itu Novanto mengaku`, `… yaitu Novel Baswedan mengatakan`:
            // a person's name right before the verb is its subject, whatever came before.
            let linked = a > 0
                && (head[a - 1].is_role()
                    || matches!(
                        head[a - 1].lc(),
                        "itu"
                            | "ini"
                            | "tersebut"
                            | "yaitu"
                            | "yakni"
                            | "bernama"
                            | "ada"
                            | "adalah"
                            | "pun"
                    ));
            let person_before_verb = lead_common
                && linked
                && e == head.len()
                && split.name.iter().all(|t| {
                    t.chars()
                        .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
                })
                && !split.org
                && !split.name.is_empty()
                && !split.name.iter().any(|t| {
                    is_in(INSTITUTION_WORDS, t)
                        || is_in(PLACE_WORDS, t)
                        || super::names::is_acronym(t)
                })
                && self.names.canonical(&split.name).split_whitespace().count() >= 2;
            if person_before_verb {
                let role = (!split.role.is_empty()).then(|| split.role.join(" "));
                let name_only = Split {
                    role: Vec::new(),
                    name: split.name.clone(),
                    org: false,
                };
                return Some(Subj::Run(name_only, role));
            }
            if !lead_common {
                // `Juru bicara` + `Kementerian Luar Negeri Kyiv` (the role part of the run).
                if let (Some(prefix), false) = (&role, split.role.is_empty()) {
                    let full = format!("{prefix} {}", split.role.join(" "));
                    let name_only = Split {
                        role: Vec::new(),
                        name: split.name.clone(),
                        org: false,
                    };
                    return Some(Subj::Run(name_only, Some(full)));
                }
                return Some(Subj::Run(split, role));
            }
        }
        // A lower-case noun phrase: up to the first verb-like word.
        let mut np_end = 0;
        while np_end < head.len() && !verb_like(&head[np_end]) && !head[np_end].is_in(FILLERS) {
            np_end += 1;
        }
        if np_end == 0 {
            return None;
        }
        let np = &head[..np_end];
        let last = np[np.len() - 1].lc();
        let has_prep = np.iter().any(|w| w.is_in(PREPOSITIONS));
        if let Some(subj) = english_definite_role(np) {
            return Some(subj);
        }
        if np[0].is_in(ORG_HEADS) && np.iter().skip(1).any(|w| w.cap) {
            let text: String = chars[np[0].start..np[np.len() - 1].end].iter().collect();
            return Some(Subj::Org(capitalise(&text)));
        }
        // `agensi tersebut mengatakan` (`tersebut` may count as a filler).
        let org_noun = |w: &str| {
            is_role(w)
                || is_in(INSTITUTION_WORDS, w)
                || is_in(ORG_HEADS, w)
                || is_in(MEDIA_WORDS, w)
                || matches!(
                    w,
                    "agensi" | "perusahaan" | "perseroan" | "manajemen" | "grup"
                )
        };
        // A demonstrative closing the noun phrase, or right after it (`Politisi Partai Gerindra
        // itu`).
        let last_dem = is_demonstrative(last);
        let next_dem = head.get(np_end).is_some_and(|w| is_demonstrative(w.lc()));
        let pointing = last_dem || (org_noun(&np[0].lower) && next_dem);
        if pointing && !has_prep && !np.iter().any(|w| w.is_in(ANON_MARKERS)) {
            return Some(Subj::Anaphora(np[0].lower.to_string()));
        }
        // `aktor berusia 38 tahun menyebut …`: a person given an age and no article
        // (`seorang`) is someone already introduced, as with a demonstrative.
        let aged = head.get(np_end).is_some_and(|w| w.lc() == "berusia")
            && head
                .get(np_end + 1)
                .is_some_and(|w| w.text.chars().all(|c| c.is_ascii_digit()))
            && head.get(np_end + 2).is_some_and(|w| w.lc() == "tahun");
        if aged
            && np.len() == 1
            && (np[0].is_in(PERSON_NOUNS) || np[0].is_role())
            && !head.iter().any(|w| w.is_in(ANON_MARKERS))
        {
            return Some(Subj::Anaphora(np[0].lower.to_string()));
        }
        // `Warga asli Jakarta ini menuturkan` right after `ujar Karim, warga RT 13 …`: a
        // demonstrative makes a resident or an official a definite description of someone
        // already introduced, like `pria tersebut`, not someone new and unnamed (`warga
        // setempat mengatakan`). Not `sumber`: a source stays unnamed when pointed back to
        // (`Sumber itu menambahkan`), nor plural or indefinite ones (`para warga`, `warga
        // lainnya`).
        if (last_dem || next_dem)
            && !has_prep
            && matches!(
                np[0].lc(),
                "warga" | "pejabat" | "peneliti" | "korban" | "tentara" | "petarung"
            )
            && !np[1..].iter().any(|w| w.is_in(ANON_MARKERS))
        {
            return Some(Subj::Anaphora(np[0].lower.to_string()));
        }
        // Description: the whole clause before the verb, relative clause included.
        let mut d_end = cue;
        while d_end > s + 1 && (ws[d_end - 1].is_in(FILLERS) || ws[d_end - 1].is_in(TIME_WORDS)) {
            d_end -= 1;
        }
        if let Some(subj) = self.person_closing(pi, &ws[s..d_end]) {
            return Some(subj);
        }
        let text: String = chars[ws[s].start..ws[d_end - 1].end].iter().collect();
        Some(Subj::Anon(lower_first(&text)))
    }

    /// English `<Name>, <apposition>, said` and `<the role>, <Name>, said`: the sentence from
    /// `first` (after an opening `But`/`And`/`However`) is two comma parts before the verb at
    /// `k`, with no quote mark in between, and either the first part is a name run
    /// (`Katy Huberty, an analyst at the bank, said`) or the first is a role and the second
    /// exactly a name (`The shadow home secretary, Yvette Cooper, said`). Either way `said` is
    /// the subject's verb, not an inverted cue.
    fn name_then_apposition(&self, pi: usize, first: usize, k: usize) -> bool {
        let ws = &self.pwords[pi];
        let chars = &self.paras[pi];
        let first = if k > first + 1 && is_in(ENGLISH_OPENERS, ws[first].lc()) {
            first + 1
        } else {
            first
        };
        let between = &chars[ws[first].end..ws[k].start];
        if between.iter().filter(|&&c| c == ',').count() != 2
            || between
                .iter()
                .any(|c| matches!(c, '"' | '“' | '”' | '«' | '»'))
        {
            return false;
        }
        let Some(c1) = (first + 1..k).find(|&j| chars[ws[j - 1].end..ws[j].start].contains(&','))
        else {
            return false;
        };
        let runs = self.names.runs_in(chars, &ws[first..k]);
        if runs
            .first()
            .is_some_and(|&(a, e)| a == 0 && first + e == c1)
        {
            return true;
        }
        self.comma_part_role(pi, first, c1 - 1).is_some()
            && self.names.runs_in(chars, &ws[c1..k]) == [(0, k - c1)]
    }

    /// The role that the comma part `ws[r..=re]` gives the name after it: the part itself when
    /// it opens with a role word (`Kapolsek Ciledug, Kompol Sutrisno mengatakan`), or, in
    /// English, a part of at most five words that ends with one after an article
    /// (`The shadow home secretary, Yvette Cooper, said` gives `shadow home secretary`) or a
    /// possessive (`Labour’s shadow home secretary`). Returns the role's first word.
    fn comma_part_role(&self, pi: usize, r: usize, re: usize) -> Option<usize> {
        let ws = &self.pwords[pi];
        if ws[r].is_role() {
            return Some(r);
        }
        let possessive = |w: &Word| w.text.ends_with("’s") || w.text.ends_with("'s");
        let start = if ws[r].is_english_article() {
            r + 1
        } else if possessive(&ws[r]) {
            r
        } else {
            return None;
        };
        // `Apple's chief executive, Tim Cook, said`: an English post ends in a job noun that
        // is no Indonesian role word (`executive`, `officer`), as in `english_role_after`.
        let job = ws[re].is_role() || english_job_noun(&ws[re]);
        (start <= re && re - start < 5 && job).then_some(start)
    }

    /// The role given by the comma part that ends right before word `end` (and starts after
    /// the comma before it, not before `first`), cut before a `yang` clause (`Kapolsek
    /// Ciledug, Kompol Sutrisno`; `Kepala BNPB yang baru, X`): the text from its
    /// [`Self::comma_part_role`] start on. Shared by the subject before a cue and the one
    /// after a comma, so that both read a role-first part the same way.
    fn role_of_comma_part(&self, pi: usize, first: usize, end: usize) -> Option<String> {
        let ws = &self.pwords[pi];
        let chars = &self.paras[pi];
        let mut r = end - 1;
        while r > first && !chars[ws[r - 1].end..ws[r].start].contains(&',') {
            r -= 1;
        }
        let r = self.comma_part_role(pi, r, end - 1)?;
        let mut re = end - 1;
        if let Some(y) = (r..end).find(|&y| ws[y].lower == "yang") {
            re = y.saturating_sub(1).max(r);
        }
        Some(chars[ws[r].start..ws[re].end].iter().collect())
    }

    /// Cue verbs in one sentence, with their subjects and reported clauses.
    fn cues(&self, pi: usize, ss: usize, se: usize) -> Vec<Cue> {
        let ws = &self.pwords[pi];
        let chars = &self.paras[pi];
        // The first and last words inside the sentence, without listing the ones between.
        let inside = |k: &usize| ws[*k].start >= ss && ws[*k].end <= se;
        let (Some(first), Some(last)) = ((0..ws.len()).find(inside), (0..ws.len()).rfind(inside))
        else {
            return Vec::new();
        };
        let mut cues: Vec<Cue> = Vec::new();
        for k in first..=last {
            let w = &ws[k];
            if self.masked_word(pi, w) {
                continue;
            }
            let gap_before: &[char] = if k > first {
                &chars[ws[k - 1].end..w.start]
            } else {
                &[]
            };
            let closer_before = gap_before.iter().any(|c| CLOSERS.contains(c));
            let comma_before = gap_before.contains(&',') && !closer_before;
            let prev_lower = if k > first { ws[k - 1].lc() } else { "" };
            // Inverted attribution without quote marks: `…, kata Kombes Kamal, …`, `Kata Bang Ocit, …`.
            if let Some((_, nya)) = post_cue(&w.lower) {
                // `Lebih lanjut kata dia, …`: only adverbs before the cue still make it initial.
                let initial = (k == first && w.cap)
                    || (k > first
                        && k - first <= 3
                        && !chars[ws[first].start..w.start].contains(&',')
                        && ws[first..k].iter().all(|x| {
                            x.is_in(FILLERS)
                                || matches!(
                                    x.lc(),
                                    "selanjutnya"
                                        | "namun"
                                        | "tetapi"
                                        | "sementara"
                                        | "itu"
                                        | "sedangkan"
                                        | "adapun"
                                )
                        }));
                if comma_before || initial {
                    if let Some(c) = self.inverted(pi, k, first, last, ss, se, nya) {
                        cues.push(c);
                        continue;
                    }
                }
                // `Katy Huberty, an analyst at the bank, said the price cut was overdue.`: the
                // sentence opens with a name and its apposition, so `said` is no inverted cue
                // but the verb after the subject, as `mengatakan` is.
                if comma_before && english_said(w.lc()) && !self.name_then_apposition(pi, first, k)
                {
                    continue;
                }
            }
            // English `…, the State Department said on Tuesday.`, `…, a senior official told
            // Reuters.`: the wire's commonest attribution, with no quote marks.
            if !comma_before && k > first && english_said(w.lc()) {
                if let Some(c) = self.english_after_clause(pi, k, first, last, ss) {
                    cues.push(c);
                    continue;
                }
            }
            // `Menurut X, …` / `according to X, …`.
            if w.lower == "menurut"
                || w.lower == "menurutnya"
                || (w.lower == "according" && ws.get(k + 1).is_some_and(|n| n.lower == "to"))
            {
                // Only a clause-opening `menurut` reports speech. `… yang menurut Profesor
                // Tierno dapat menimbulkan …` (a relative clause) and `Risiko penularan …
                // menurutnya sangat besar` (an aside inside the clause) attribute an opinion
                // to part of a sentence, not a statement (GUIDELINES.md).
                let opens_clause = k == first
                    || gap_before
                        .iter()
                        .any(|c| matches!(c, ',' | ';' | ':' | '(') || CLOSERS.contains(c))
                    // `JUARA.net - Menurut …`: a dateline's dash ends the dateline.
                    || gap_before.iter().any(|c| matches!(c, '–' | '—' | '-'))
                    || CLAUSE_OPENERS.contains(&prev_lower);
                if w.lower.starts_with("menurut") && !opens_clause {
                    continue;
                }
                if let Some(c) = self.menurut(pi, k, last, se) {
                    cues.push(c);
                }
                continue;
            }
            // `Padahal diakui ketua umum Persipura Benhur Tommy Mano, kiper andalannya …`,
            // `Dikatakan Arief, …`: a passive cue opening the clause, its agent named before a
            // comma, reports the clause after the comma, like `Kata X, …` (GUIDELINES.md,
            // heldout12). Agentless (`Dikatakan bahwa …`) and idioms (`Diakui atau tidak, …`)
            // have no named agent there.
            if matches!(
                w.lc(),
                "dikatakan"
                    | "diakui"
                    | "diungkapkan"
                    | "dijelaskan"
                    | "dituturkan"
                    | "disampaikan"
                    | "ditegaskan"
                    | "ditambahkan"
                    | "dikemukakan"
                    | "diutarakan"
            ) && ws[first..k].iter().all(|x| {
                matches!(
                    x.lc(),
                    "padahal" | "namun" | "tetapi" | "tapi" | "sementara" | "itu" | "bahkan"
                )
            }) && (k == first || !closer_before)
                && ws
                    .get(k + 1)
                    .is_some_and(|n| n.end <= se && (n.cap || n.is_role()))
                && only_space(chars, w.end, ws[k + 1].start)
            {
                let comma = (k + 2..=last.min(k + 12))
                    .find(|&j| chars[ws[j - 1].end..ws[j].start].contains(&','));
                let named = comma.is_some_and(|j| {
                    let runs = self.names.runs_in(chars, &ws[k + 1..j]);
                    runs.last().is_some_and(|&(_, e)| k + 1 + e == j)
                        && !chars[w.end..ws[j - 1].end]
                            .iter()
                            .any(|c| matches!(c, ',' | '.' | ';' | ':'))
                });
                // `Dijelaskan mantan pelatih PSS Sleman tersebut, sebenarnya …` (heldout14): a
                // lower-case description closed by a demonstrative right before the comma is
                // an agent too, pointing back to someone named before (GUIDELINES.md).
                let pointing = !ws[k + 1].cap
                    && comma.is_some_and(|j| {
                        j >= k + 3
                            && is_demonstrative(ws[j - 1].lc())
                            && !chars[w.end..ws[j - 1].end]
                                .iter()
                                .any(|c| matches!(c, ',' | '.' | ';' | ':' | '('))
                    });
                if named || pointing {
                    let c = self.inverted(pi, k, first, last, ss, se, false);
                    let agent = match c.as_ref().and_then(|c| c.subj.as_ref()) {
                        Some(Subj::Run(..)) => named,
                        Some(Subj::Anaphora(..)) => pointing,
                        _ => false,
                    };
                    if let Some(c) = c.filter(|_| agent) {
                        cues.push(c);
                        continue;
                    }
                }
            }
            // `Surat tersebut dikatakan Eko ditandatangani oleh …`: a passive cue with its
            // agent inside the reported sentence, which is the whole sentence.
            if k > first
                && !w.cap
                && matches!(
                    w.lc(),
                    "dikatakan" | "disebutkan" | "dijelaskan" | "diungkapkan" | "dituturkan"
                )
                && !comma_before
                && only_space(chars, w.end, ws.get(k + 1).map_or(w.end, |n| n.start))
            {
                let runs = self.names.runs_in(chars, &ws[k + 1..=last]);
                if let Some(&(0, e)) = runs.first() {
                    let split = self.names.split(&ws[k + 1..k + 1 + e], false);
                    // Not `Hal ini diungkapkan Andi saat …`, `Seperti yang dijelaskan X …`.
                    let after_ok = ws.get(k + 1 + e).is_some_and(|n| {
                        !n.cap
                            && only_space(chars, ws[k + e].end, n.start)
                            && !n.is_in(PHRASE_STOPPERS)
                            && !n.is_in(TIME_WORDS)
                    }) && prev_lower != "yang"
                        && ws[first].lower != "hal"
                        // `Kini disebutkan Kylie …`: no topic before the cue, so the name is
                        // the subject of an agentless report.
                        && ws[first..k]
                            .iter()
                            .filter(|x| {
                                !x.is_in(FILLERS)
                                    && !x.is_in(TIME_WORDS)
                                    && !x.is_in(CLAUSE_STARTERS)
                                    && !matches!(x.lc(), "kini" | "kemudian" | "juga")
                            })
                            .count()
                            >= 2;
                    if !split.name.is_empty() && !split.org && after_ok {
                        if let Some(content) = trim_content(chars, ws[first].start, se) {
                            cues.push(Cue {
                                pos: w.start,
                                clause_start: ws[first].start,
                                cue: w.lower.to_string(),
                                subj: Some(Subj::Run(split, None)),
                                content: Some(content),
                                own_subject: false,
                            });
                            continue;
                        }
                    }
                }
            }
            let Some(mut strong) = pre_cue(&w.lower) else {
                continue;
            };
            if closer_before {
                continue; // `,” said X`: the attribution of a direct quote
            }
            if w.cap && !w.initial {
                continue; // `' Ketika Tangan dan Kaki Berkata '` is a title
            }
            // `menyebut mereka sebagai …`, `menegaskan statusnya sebagai pemain penting`: an
            // object `sebagai` something names or shows, it does not report.
            if ws[k + 1..=last.min(k + 3)]
                .iter()
                .take_while(|n| !matches!(n.lc(), "bahwa" | "kalau" | "that"))
                .any(|n| n.lower == "sebagai")
                && !chars[w.end..ws[last.min(k + 3)].start].contains(&',')
            {
                strong = false;
            }
            // `Grote juga menyebut tindakan warga yang berani mengadang pelaku sebagai hal yang
            // sangat berani` (GUIDELINES.md, heldout15): a longer object is still a noun phrase
            // when no verb comes before `sebagai` outside a relative clause; a verb there opens
            // a reported clause whose own predicate takes `sebagai` (`menyebut pemerintah akan
            // bertindak sebagai penengah`).
            // Only the verbs of naming and judging take such an object (`menilai hal tersebut
            // sebagai …`, heldout12); after `mengaku`, `menegaskan` the words before
            // `sebagai` are a verbless predicate (`mengaku bangga dengan pekerjaan sebagai
            // polisi`), which reports.
            if strong
                && matches!(w.lc(), "menyebut" | "menyebutkan" | "menilai")
                && self.object_named_as(pi, k, last)
            {
                strong = false;
            }
            if matches!(
                prev_lower,
                "tidak"
                    | "tak"
                    | "belum"
                    | "bukan"
                    | "enggan"
                    | "menolak"
                    | "yang"
                    | "not"
                    | "never"
                    | "who"
                    | "which"
            ) {
                continue;
            }
            let content = self.content_after(pi, k, last, se, strong);
            if content.is_none() && !strong {
                continue;
            }
            // Subject: the clause before the verb.
            let (cb, boundary_starter) = self.clause_begin(pi, first, k);
            // `sebelum Min Jae sempat menjawab, Cha Tae Hyun …`: speech that never got the chance
            // is no report (`sebelum X menyatakan …` alone did happen).
            if prev_lower == "sempat"
                && (cb.saturating_sub(1).max(first)..k).any(|j| ws[j].lower == "sebelum")
            {
                continue;
            }
            let subj = if w.lower.ends_with("nya") {
                Some(Subj::Pronoun { plural: false })
            } else if matches!(prev_lower, "dengan" | "sambil" | "sembari") && k > first + 1 {
                // `X meretweet postingan itu dengan menambahkan caption “…”`: the subject of
                // the main verb.
                self.main_subject(pi, first, k - 1)
                    .or_else(|| self.subject_of(pi, first, cb, k, boundary_starter))
            } else {
                self.subject_of(pi, first, cb, k, boundary_starter)
            };
            // Its own subject only when the subject stands between the clause start and the
            // verb (`…, dan Panglima … Sirsky mengklaim`), not when borrowed from the sentence
            // (`X menekankan bahwa … dan menegaskan …`: one report).
            let own_subject =
                matches!(subj, Some(Subj::Run(..)) | Some(Subj::Org(_))) && cb > first && cb < k;
            let after_time = cb >= first + 2 && time_adverbial(&ws[cb - 2..cb]);
            let clause_start = if cb > first && boundary_starter {
                ws[cb - 1].start
            } else if after_time {
                // `…, saat itu Moon juga mengatakan …`: the adverbial belongs to this clause,
                // not to the one before it (see `clause_begin`).
                ws[cb - 2].start
            } else {
                ws[cb.min(k)].start
            };
            cues.push(Cue {
                pos: w.start,
                clause_start,
                cue: w.lower.to_string(),
                subj,
                content,
                own_subject,
            });
        }
        // Coordinated reports: a later cue inside an earlier cue's clause either starts a new
        // report (`…, dan Panglima … Sirsky mengklaim …`) or belongs to it (`… dan mengatakan …`).
        let mut keep = vec![true; cues.len()];
        for b in 1..cues.len() {
            let Some(a) = (0..b).rev().find(|&a| keep[a]) else {
                continue;
            };
            let Some((cs, ce)) = cues[a].content else {
                continue;
            };
            if cues[b].pos >= cs && cues[b].pos < ce {
                // `X mengaku senang …, dengan ia mengatakan: “…”`: a later cue that opens a
                // direct quote ends the clause before it, whoever its subject is.
                let opens_quote = {
                    let after = ws_end_of(&self.pwords[pi], cues[b].pos);
                    self.segs.iter().any(|s| {
                        s.para == pi
                            && s.open.is_some_and(|o| {
                                o >= after
                                    && o < ce
                                    && chars[after..o]
                                        .iter()
                                        .all(|c| c.is_whitespace() || matches!(c, ':' | ','))
                            })
                    })
                };
                if (cues[b].own_subject || opens_quote) && cues[b].clause_start > cs {
                    cues[a].content = trim_content(chars, cs, cues[b].clause_start);
                } else {
                    keep[b] = false;
                }
            }
        }
        let mut out: Vec<Cue> = cues
            .into_iter()
            .zip(keep)
            .filter(|(_, k)| *k)
            .map(|(c, _)| c)
            .collect();
        // A clause that is nothing but a direct quote is attribution, not an indirect quote.
        for c in &mut out {
            if let Some((cs, ce)) = c.content {
                let outside: Vec<char> = (cs..ce)
                    .filter(|&i| !self.masks[pi][i])
                    .map(|i| self.paras[pi][i])
                    .collect();
                let quoted_words = self
                    .segs
                    .iter()
                    .filter(|s| s.para == pi && s.start >= cs && s.start < ce)
                    .map(|s| word_count(&self.paras[pi][s.start..s.end]))
                    .sum::<usize>();
                // `mengatakan: “…,” ujarnya ketika ditanya …`: a quote and its own attribution.
                let quote_then_cue = self
                    .segs
                    .iter()
                    .find(|s| s.para == pi && s.open.is_some_and(|o| o >= cs && o < ce))
                    .is_some_and(|s| {
                        let open = s.open.unwrap_or(cs);
                        let close = s.close.unwrap_or(ce);
                        chars[cs..open].iter().all(|c| c.is_whitespace())
                            && self.pwords[pi]
                                .iter()
                                .find(|w| w.start > close)
                                .is_some_and(|w| !w.cap && post_cue(&w.lower).is_some())
                    });
                if quote_then_cue
                    || word_count(&outside) < 2
                        && (quoted_words >= 3 || word_count(&chars[cs..ce]) < 2)
                {
                    c.content = None;
                }
            }
        }
        out
    }

    /// Where the clause of the verb at word `k` begins (after a comma, a dash, a closing quote
    /// mark or a conjunction), and whether a conjunction ended the search.
    /// `Kementerian Pendidikan dan Kebudayaan`, `Badan Riset dan Sumber Daya Manusia`: the
    /// `dan` at word `d` joins two capitalised parts of one institution's name when the
    /// capitalised words before it start (at `first` or after a lower-case word) with an
    /// institution head, and a capitalised word follows it. Returns where the name starts.
    /// (`Presiden Joko Widodo dan Wakil Presiden Jusuf Kalla` starts with a role: two
    /// reporters.)
    fn org_with_dan(&self, pi: usize, first: usize, d: usize) -> Option<usize> {
        let ws = &self.pwords[pi];
        let chars = &self.paras[pi];
        if d < first + 2 || !ws.get(d + 1).is_some_and(|w| w.cap) || !ws[d - 1].cap {
            return None;
        }
        let mut r = d - 1;
        while r > first && ws[r - 1].cap && only_space(chars, ws[r - 1].end, ws[r].start) {
            r -= 1;
        }
        matches!(
            ws[r].lc(),
            "kementerian"
                | "badan"
                | "dinas"
                | "departemen"
                | "direktorat"
                | "lembaga"
                | "komisi"
                | "pusat"
                | "balai"
                | "biro"
        )
        .then_some(r)
    }

    fn clause_begin(&self, pi: usize, first: usize, k: usize) -> (usize, bool) {
        let ws = &self.pwords[pi];
        let chars = &self.paras[pi];
        let mut cb = k;
        while cb > first {
            let gap = &chars[ws[cb - 1].end..ws[cb].start];
            let dash = gap.iter().any(|c| matches!(c, '–' | '—'))
                || gap.windows(3).any(|w| w == [' ', '-', ' '])
                || gap.windows(2).any(|w| w == ['-', '-']);
            if gap
                .iter()
                .any(|c| matches!(c, ',' | ';' | ':') || CLOSERS.contains(c))
                || dash
                || self.masked_word(pi, &ws[cb - 1])
            {
                return (cb, false);
            }
            // `Saat itu dia menyatakan …`, `Ketika itu`: a time adverbial ends before the
            // subject like a comma would; its `itu` is no part of the subject.
            if cb >= first + 2 && time_adverbial(&ws[cb - 2..cb]) {
                return (cb, false);
            }
            // `Kementerian Pendidikan dan Kebudayaan menyatakan`: a `dan` inside an
            // institution's name (see `org_with_dan`) starts no clause.
            if ws[cb - 1].lower == "dan" {
                if let Some(r) = self.org_with_dan(pi, first, cb - 1) {
                    cb = r;
                    continue;
                }
                // `Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Wiranto mengatakan`:
                // the `dan` and the commas of a list of fields inside an office title start
                // no clause.
                if let Some(a) = self.title_list_start(pi, first, cb - 1) {
                    cb = a - 1;
                    continue;
                }
            }
            if is_in(CLAUSE_STARTERS, &ws[cb - 1].lower) {
                // `…, dengan tegas Nagita menjawab`: `dengan` and one lower-case word is a
                // manner adverbial before the subject, not a clause of its own.
                let manner = ws[cb - 1].lower == "dengan"
                    && cb + 1 < k
                    && !ws[cb].cap
                    && !is_in(PRONOUNS, &ws[cb].lower)
                    && (ws[cb + 1].cap || is_in(PRONOUNS, &ws[cb + 1].lower));
                if !manner {
                    return (cb, true);
                }
            }
            cb -= 1;
        }
        (cb, false)
    }

    fn subject_of(
        &self,
        pi: usize,
        first: usize,
        cb: usize,
        k: usize,
        boundary_starter: bool,
    ) -> Option<Subj> {
        // `dr Fitria Amalia, SpKK, M.Kes mengatakan`: degrees after a name are part of its
        // role, never the subject; the subject is in the part before them.
        if cb > first && degree_chain(&self.paras[pi], &self.pwords[pi][cb..k]) {
            return self.subject_before_comma(pi, first, cb);
        }
        if let Some(s) = self.subject_in(pi, cb, k) {
            if let Some(p) = self.person_before_apposition(pi, first, cb, k, &s) {
                return Some(p);
            }
            Some(self.with_comma_role(pi, first, cb, s))
        } else if boundary_starter {
            // `X mengklaim bahwa dia telah ditanya … dan menjawab: "…"`: inside a reported
            // clause the coordinated verb's subject is that clause's, not the reporter.
            let ws = &self.pwords[pi];
            if let Some(b) = (first..cb)
                .rev()
                .find(|&j| matches!(ws[j].lc(), "bahwa" | "that"))
            {
                match self.subject_in(pi, b + 1, k) {
                    Some(Subj::Pronoun { plural: false }) => return Some(Subj::PersonPronoun),
                    Some(s) => return Some(s),
                    None => {}
                }
            }
            // `… meminta tentara … dan mengatakan`: the sentence subject. `Pelatih AC Milan
            // Vincenzo Montella menaruh kepercayaan … pada rekrutan terbarunya Gerard
            // Deulofeu dan menyatakan …`: coordinated verbs share their subject, the subject
            // of the sentence's first verb, never a name in that verb's object.
            // Only a name the tagger also found (a person or an organisation): a capitalised
            // sentence opening is as often an adverb (`Seiring berjalannya waktu, Miryam …`),
            // and a pronoun there (`mereka`) may stand for a group nobody named.
            if ws[cb - 1].lower == "dan" {
                if let Some(Subj::Run(split, role)) = self.main_subject(pi, first, cb - 1) {
                    let tagged = split.name.iter().any(|t| {
                        self.entities.iter().any(|e| {
                            matches!(e.kind, EntityKind::Person | EntityKind::Organization)
                                && e.name.split_whitespace().any(|x| x.eq_ignore_ascii_case(t))
                        })
                    });
                    if tagged {
                        return Some(Subj::Run(split, role));
                    }
                }
            }
            self.sentence_subject(pi, first, k)
        } else {
            self.subject_before_comma(pi, first, cb)
        }
    }

    /// `Anas Syahrul Alimi, CEO Rajawali Indonesia Communication selaku promotor … mengatakan`:
    /// when the clause before the cue is a role at an organisation (a role word, then no
    /// person's name) and the sentence opens with a plain person's name set off by a comma,
    /// that person reports and the clause is their role.
    fn person_before_apposition(
        &self,
        pi: usize,
        first: usize,
        cb: usize,
        k: usize,
        subj: &Subj,
    ) -> Option<Subj> {
        let Subj::Run(split, _) = subj else {
            return None;
        };
        if cb <= first || split.role.is_empty() {
            return None;
        }
        let orgish = split.org
            || split.name.is_empty()
            || self.org_like(&Speaker {
                name: Some(split.name.join(" ")),
                ..Speaker::default()
            });
        if !orgish {
            return None;
        }
        let ws = &self.pwords[pi];
        let chars = &self.paras[pi];
        if !chars[ws[cb - 1].end..ws[cb].start].contains(&',') {
            return None;
        }
        // The part before is the whole sentence opening, and one name run.
        if (first + 1..cb).any(|j| {
            chars[ws[j - 1].end..ws[j].start]
                .iter()
                .any(|c| !c.is_whitespace() && *c != '.')
        }) {
            return None;
        }
        let part = &ws[first..cb];
        if self.names.runs_in(chars, part) != [(0, part.len())] {
            return None;
        }
        let person = self.names.split(part, false);
        if person.org || !person.role.is_empty() || person.name.len() < 2 {
            return None;
        }
        if self.org_like(&Speaker {
            name: Some(person.name.join(" ")),
            ..Speaker::default()
        }) {
            return None;
        }
        let role: String = chars[ws[cb].start..ws[k - 1].end].iter().collect();
        Some(Subj::Run(person, Some(role)))
    }

    /// `Kapolsek Ciledug, Kompol Sutrisno mengatakan`: the comma part before the subject is its role.
    fn with_comma_role(&self, pi: usize, first: usize, cb: usize, subj: Subj) -> Subj {
        let Subj::Run(split, None) = &subj else {
            return subj;
        };
        if cb <= first || split.org {
            return subj;
        }
        let ws = &self.pwords[pi];
        let chars = &self.paras[pi];
        if !chars[ws[cb - 1].end..ws[cb].start].contains(&',') {
            return subj;
        }
        let Some(mut role) = self.role_of_comma_part(pi, first, cb) else {
            return subj;
        };
        if !split.role.is_empty() {
            role = format!("{role}, {}", split.role.join(" "));
        }
        Subj::Run(
            Split {
                role: Vec::new(),
                name: split.name.clone(),
                org: false,
            },
            Some(role),
        )
    }

    /// `…, kata X, …` / `…, kata X.` / `Kata X, …`.
    #[allow(clippy::too_many_arguments)]
    fn inverted(
        &self,
        pi: usize,
        k: usize,
        first: usize,
        last: usize,
        ss: usize,
        se: usize,
        nya: bool,
    ) -> Option<Cue> {
        let ws = &self.pwords[pi];
        let chars = &self.paras[pi];
        let subj = if nya {
            Subj::Pronoun { plural: false }
        } else {
            let next = ws.get(k + 1)?;
            if next.end > se {
                return None;
            }
            // `…, R-Ky., said Tuesday that …`: a day name after the cue is when, not who
            // (`hari` stays: it is also a given name, `kata Hari Tanoesoedibjo`).
            let when = next.is_in(TIME_WORDS) && next.lc() != "hari";
            let plausible = !when
                && (next.cap || next.is_in(PRONOUNS) || next.is_role() || next.is_in(ORG_HEADS));
            if !plausible {
                return None;
            }
            self.phrase_subj(pi, k + 1)?
        };
        // End of the attribution: the next comma or the sentence end.
        let mut j = k + 1;
        let mut comma_after: Option<usize> = None;
        while j <= last {
            let gap: String = chars[ws[j - 1].end..ws[j].start].iter().collect();
            if gap.contains(',') {
                comma_after = Some(j);
                break;
            }
            if j - k > 14 {
                break;
            }
            j += 1;
        }
        // `…, kata Wakil Ketua Dewan Perwakilan Daerah, Farouk Muhammad.`: after a cue that
        // closes its sentence's clause, a comma and nothing but capitalised words up to the
        // sentence end are the speaker's name (or role) in apposition, not a reported clause;
        // the clause is the one before the cue.
        // English `…, said Mark Smith, a forecaster at the Met Office.`: after an inverted
        // English cue the reported clause is always the one before it.
        let english = english_said(ws[k].lc());
        let appositive = comma_after.is_some_and(|j| {
            (english && k > first)
                || k > first
                    && last + 1 - j <= 8
                    && ws[j..=last]
                        .iter()
                        .all(|w| w.cap || w.is_in(super::lexicon::NAME_PARTICLES))
                    && (j + 1..=last).all(|i| {
                        !chars[ws[i - 1].end..ws[i].start]
                            .iter()
                            .any(|c| matches!(c, ',' | ';' | ':' | '(' | ')'))
                    })
        });
        let after = comma_after
            .filter(|_| !appositive)
            .and_then(|j| trim_content(chars, ws[j].start, se));
        let content = if after.is_some() {
            after
        } else if k > first {
            trim_content(chars, ss, ws[k].start)
        } else {
            None
        };
        let content = content?;
        if (content.0..content.1).any(|i| self.masks[pi][i])
            && word_count(&chars[content.0..content.1]) < 3
        {
            return None;
        }
        Some(Cue {
            pos: ws[k].start,
            clause_start: ws[k].start,
            cue: ws[k].lower.to_string(),
            subj: Some(subj),
            content: Some(content),
            own_subject: false,
        })
    }

    /// English `<clause>, <subject> said[ <adjunct>].`: a subject of at most seven words between
    /// a comma and the verb, and after the verb only the sentence end, an adjunct (`on
    /// Tuesday`, `in a statement`) or, after `told`, its hearer (`told Reuters`). `…, the
    /// minister said the talks …` reports what follows instead and is left to the other cues.
    fn english_after_clause(
        &self,
        pi: usize,
        k: usize,
        first: usize,
        last: usize,
        ss: usize,
    ) -> Option<Cue> {
        let ws = &self.pwords[pi];
        let chars = &self.paras[pi];
        let gap = |j: usize| &chars[ws[j - 1].end..ws[j].start];
        let c = (first + 1..k)
            .rev()
            .take(7)
            .find(|&j| gap(j).contains(&','))?;
        if (c + 1..=k).any(|j| gap(j).iter().any(|ch| !ch.is_whitespace())) {
            return None;
        }
        let mut t = k + 1;
        if ws[k].lc() == "told" {
            let hearer = ws.get(t).is_some_and(|w| {
                t <= last
                    && (w.cap
                        || matches!(
                            w.lc(),
                            "reporters" | "journalists" | "him" | "her" | "us" | "me" | "them"
                        ))
            });
            if !hearer {
                return None;
            }
            t += 1;
            while t <= last && ws[t].cap && only_space(chars, ws[t - 1].end, ws[t].start) {
                t += 1;
            }
        }
        if t <= last
            && !matches!(
                ws[t].lc(),
                "on" | "in"
                    | "at"
                    | "during"
                    | "late"
                    | "earlier"
                    | "last"
                    | "this"
                    | "after"
                    | "before"
                    | "while"
                    | "from"
                    | "when"
                    | "ahead"
                    | "adding"
                    | "citing"
                    | "without"
            )
        {
            return None;
        }
        let subj = self.subject_in(pi, c, k)?;
        let content = trim_content(chars, ss, ws[c].start)?;
        if (content.0..content.1).any(|i| self.masks[pi][i]) {
            return None;
        }
        Some(Cue {
            pos: ws[k].start,
            clause_start: ws[c].start,
            cue: ws[k].lower.to_string(),
            subj: Some(subj),
            content: Some(content),
            own_subject: false,
        })
    }

    /// `Menurut X, …`, `menurut Paolini, …`, `Menurutnya, …`, `Menurut Vitali dirinya …`.
    fn menurut(&self, pi: usize, k: usize, last: usize, se: usize) -> Option<Cue> {
        let ws = &self.pwords[pi];
        let chars = &self.paras[pi];
        // The cue as the article's language writes it.
        let cue = if ws[k].lower == "according" {
            "according to"
        } else {
            "menurut"
        }
        .to_string();
        let gap = |a: usize, b: usize| -> String { chars[ws[a].end..ws[b].start].iter().collect() };
        if ws[k].lower == "menurutnya" {
            let start = if k < last {
                ws[k + 1].start
            } else {
                return None;
            };
            let content = trim_content(chars, start, se)?;
            return Some(Cue {
                pos: ws[k].start,
                clause_start: ws[k].start,
                cue,
                subj: Some(Subj::Pronoun { plural: false }),
                content: Some(content),
                own_subject: false,
            });
        }
        let from = if ws[k].lower == "according" {
            k + 2
        } else {
            k + 1
        };
        if from > last {
            return None;
        }
        let mut comma = None;
        for j in from + 1..=last.min(from + 14) {
            if gap(j - 1, j).contains(',') {
                comma = Some(j);
                break;
            }
        }
        // `Pertemuan itu, menurut Sandi akan membicarakan …, salah satunya …`: a name, then
        // a verb with no comma between: the reported clause starts at the verb, not after the
        // next comma.
        let comma = comma.filter(|_| {
            !ws[from].cap || {
                let runs = self.names.runs_in(chars, &ws[from..=last]);
                !runs.first().is_some_and(|&(s, e)| {
                    s == 0
                        && from + e <= last
                        && from + e < comma.unwrap_or(0)
                        && only_space(chars, ws[from + e - 1].end, ws[from + e].start)
                        && verb_like(&ws[from + e])
                        // Not `Menurut Lei Jun dikutip dari GSMArena …, ini …`: a passive
                        // there is a source credit, not the reported clause.
                        && !ws[from + e].lower.starts_with("di")
                })
            }
        });
        let (subj, content_start) = match comma {
            Some(j) => {
                let phrase = &ws[from..j];
                let mut subj = self.np_subj(pi, phrase);
                let mut start = j;
                // `Menurut menantu Malih, Ucup Nirin alias Bang Ocit, …`: the appositive names.
                // So it does after a capitalised title that names no one the tagger found
                // (`Menurut Ketua Mahkamah Agung, Hatta Ali, …`, `menurut Direktur Utama PT
                // LIB, Berlington Siahaan, …`), when the appositive is the tagger's person:
                // a title's phrase is read as a name otherwise (`Agung`, `Utama PT LIB`),
                // while `Menurut Fifi, Veronica Tan, istri Ahok …` names its speaker first.
                let last_end = phrase[phrase.len() - 1].end;
                let titled = phrase[0].cap
                    && phrase[0].is_role()
                    && self.names.person_ending_at(pi, last_end).is_none();
                // `Menurut Kapolsek Antang Kalang, Iptu Afif Hasan, …`: an appositive opened by
                // a police or military rank is a person's name, whatever the tagger made of the
                // title's place (`Antang Kalang`, which it calls a person).
                let ranked = phrase[0].cap && phrase[0].is_role() && ws[j].is_in(NAMED_RANKS);
                if !phrase[0].cap || titled || ranked {
                    let runs = self.names.runs_in(chars, &ws[j..=last]);
                    let tagged = |e: usize| {
                        !titled
                            || ranked
                            || self
                                .names
                                .person_ending_at(pi, ws[j + e - 1].end)
                                .is_some_and(|start| start >= ws[j].start)
                    };
                    if let Some(&(s, e)) = runs.first().filter(|r| tagged(r.1)) {
                        let mut m = j + e;
                        if m <= last && ws[m].lower == "alias" {
                            m += 1;
                            while m <= last && ws[m].cap && !gap(m - 1, m).contains(',') {
                                m += 1;
                            }
                        }
                        if s == 0 && m <= last && gap(m - 1, m).contains(',') {
                            subj = Subj::Run(
                                self.names.split(&ws[j..j + e], false),
                                Some(
                                    chars[phrase[0].start..phrase[phrase.len() - 1].end]
                                        .iter()
                                        .collect(),
                                ),
                            );
                            start = m;
                        }
                    }
                }
                (subj, start)
            }
            None => {
                let runs = self.names.runs_in(chars, &ws[from..=last]);
                let &(s, e) = runs.first()?;
                if s != 0 {
                    return None;
                }
                (
                    Subj::Run(self.names.split(&ws[from..from + e], false), None),
                    from + e,
                )
            }
        };
        if content_start > last {
            return None;
        }
        let content = trim_content(chars, ws[content_start].start, se)?;
        if word_count(&chars[content.0..content.1]) < 3 {
            return None;
        }
        Some(Cue {
            pos: ws[k].start,
            clause_start: ws[k].start,
            cue,
            subj: Some(subj),
            content: Some(content),
            own_subject: false,
        })
    }

    /// Whether the words after the cue at `k` are a noun phrase followed by `sebagai` (`menyebut
    /// tindakan warga yang berani mengadang pelaku sebagai hal …`): the cue names its object as
    /// something rather than reporting. A clause marker, comma or quote before `sebagai` means
    /// a report, and so does a verb before it that is not inside a `yang` relative clause.
    fn object_named_as(&self, pi: usize, k: usize, last: usize) -> bool {
        let ws = &self.pwords[pi];
        let chars = &self.paras[pi];
        let mut relative = false;
        for j in k + 1..=last.min(k + 12) {
            let w = &ws[j];
            if self.masked_word(pi, w) || chars[ws[j - 1].end..w.start].contains(&',') {
                return false;
            }
            match w.lc() {
                "sebagai" => return j > k + 1,
                // A copula makes the words before it a clause (`menyebut pemberian Wawan
                // tersebut adalah sebagai perekat …`).
                "bahwa" | "bahwasanya" | "kalau" | "jika" | "that" | "adalah" | "ialah" => {
                    return false
                }
                "yang" => relative = true,
                _ if !relative && (verb_like(w) || english_verb(w)) => return false,
                _ => {}
            }
        }
        false
    }

    /// The reported clause after a pre cue, or `None` when a weak cue has no clause.
    fn content_after(
        &self,
        pi: usize,
        k: usize,
        last: usize,
        se: usize,
        strong: bool,
    ) -> Option<(usize, usize)> {
        let ws = &self.pwords[pi];
        let chars = &self.paras[pi];
        if k >= last {
            return None;
        }
        let gap = |a: usize, b: usize| -> String { chars[ws[a].end..ws[b].start].iter().collect() };
        // `Ia belum bisa menjelaskan secara rinci karena polisi sedang …`: a manner adverb
        // (`secara` and one word) then a reason or a topic, or nothing: the cue tells how
        // someone spoke (or did not), and reports no clause (`… secara rinci bahwa …` still
        // does, from `bahwa`, below).
        if ws[k + 1].lower == "secara" && k + 2 <= last && !ws[k + 2].cap {
            let after = ws.get(k + 3).filter(|w| w.end <= se && k + 3 <= last);
            if after.is_none_or(|w| {
                matches!(
                    w.lc(),
                    "karena"
                        | "sebab"
                        | "lantaran"
                        | "tentang"
                        | "soal"
                        | "terkait"
                        | "mengenai"
                        | "perihal"
                )
            }) {
                return None;
            }
        }
        // `mengatakan di situs klub (www.vfl-wolfsburg.de): "…"`, `mengatakan di talkSPORT:
        // "…"`, `mengatakan melalui akun Instagram miliknya: "…"`: a phrase saying where or to
        // whom, then a colon and a quote mark. The cue introduces the direct quote; the phrase
        // is no reported clause.
        if ws[k + 1].is_in(PREPOSITIONS) && !self.masked_word(pi, &ws[k + 1]) {
            if let Some(colon) = (ws[k + 1].end..se).find(|&i| chars[i] == ':') {
                let next = (colon + 1..se).find(|&i| !chars[i].is_whitespace());
                if next.is_some_and(|i| {
                    matches!(chars[i], '"' | '“' | '”' | '«' | '‘')
                        || self.masks[pi].get(i).copied().unwrap_or(false)
                }) {
                    return None;
                }
            }
        }
        let g = gap(k, k + 1);
        if g.contains(',') || g.contains(':') {
            // `menuturkan, soal program khusus itu.`: a topic, not a reported clause.
            let topic = matches!(
                ws[k + 1].lc(),
                "soal" | "tentang" | "terkait" | "mengenai" | "perihal"
            ) && !ws[k + 2..=last]
                .iter()
                .take_while(|w| w.end <= se)
                .any(verb_like);
            if topic {
                return None;
            }
            let from = ws[k].end + g.find([',', ':']).map_or(0, |b| g[..b].chars().count() + 1);
            return trim_content(chars, from, se);
        }
        #[allow(clippy::needless_range_loop)]
        for j in k + 1..=last.min(k + 9) {
            if self.masked_word(pi, &ws[j]) {
                break;
            }
            if matches!(ws[j].lc(), "bahwa" | "bahwasanya" | "kalau") {
                return trim_content(chars, ws[j].end, se);
            }
            // `said on Tuesday that …`; not `said the government had wasted £240m on a scheme
            // that had …`, where a verb before `that` shows the clause began at once and
            // `that` opens a relative clause inside it.
            if ws[j].lc() == "that" {
                if ws[k + 1..j].iter().any(english_verb) {
                    break;
                }
                return trim_content(chars, ws[j].end, se);
            }
            // `mengatakan jika …` reports; `memastikan jika korban telah tewas` (a weak verb)
            // usually does not.
            if ws[j].lower == "jika" && j == k + 1 && strong {
                return trim_content(chars, ws[j].end, se);
            }
        }
        // Skip a time or audience phrase: `mengatakan pada hari Minggu`, `told reporters:`;
        // a weak verb needs the phrase to end with a comma (`mengonfirmasi sebelumnya, …`).
        let mut j = k + 1;
        let mut first_filler: Option<usize> = None;
        while j <= last {
            let w = ws[j].lc();
            if first_filler.is_none() && is_in(FILLERS, w) {
                first_filler = Some(j);
            }
            let skip = is_in(TIME_WORDS, w)
                || is_in(FILLERS, w)
                || matches!(
                    w,
                    "pada"
                        | "kepada"
                        | "para"
                        | "wartawan"
                        | "awak"
                        | "media"
                        | "reporters"
                        | "journalists"
                )
                // `said on Tuesday the …`, `said on X`; not `said on the floor.` (below).
                || (w == "on"
                    && ws
                        .get(j + 1)
                        .is_some_and(|n| n.cap || n.is_in(TIME_WORDS)))
                // `told the reporters`, but `said the border would …` starts the clause.
                || (w == "the"
                    && ws.get(j + 1).is_some_and(|n| {
                        matches!(n.lc(), "reporters" | "journalists" | "media" | "press")
                    }))
                // `told Reuters the water was rising`: the hearer, named.
                || (j == k + 1 && ws[j].cap && ws[k].lc() == "told")
                || (ws[j].cap
                    && j > k + 1
                    && matches!(ws[j - 1].lc(), "di" | "kepada" | "pada" | "on"))
                || (w == "di" && ws.get(j + 1).is_some_and(|n| n.cap));
            if !skip {
                break;
            }
            if j < last && (gap(j, j + 1).contains(',') || gap(j, j + 1).contains(':')) {
                return trim_content(chars, ws[j + 1].start, se);
            }
            j += 1;
        }
        // `told Reuters the water …`, `told reporters the talks …`: a hearer makes `told` report.
        // `Rishi Sunak has insisted his Rwanda plan will work`: English drops `that`, so a
        // weak English cue reports when a finite verb follows within a few words (`insisted the
        // deal was lawful`), not a bare object (`denied the allegations`) or a preposition
        // (`warned of a crisis`, which the check below turns down).
        let clause_follows = || {
            english_weak_pre_cue(ws[k].lc())
                && ws[j..=last.min(j + 5)]
                    .iter()
                    .take_while(|w| w.end <= se)
                    .skip(1)
                    .any(english_verb)
                && !(j..last.min(j + 5)).any(|i| gap(i, i + 1).contains(','))
        };
        let strong = strong || (ws[k].lc() == "told" && j > k + 1) || clause_follows();
        if j > last || !strong {
            return None;
        }
        // `he said in his nightly video address.`: an English cue followed by a prepositional
        // phrase (with no `that` in reach, above) tells where or how it was said, not what.
        if matches!(ws[k].lc(), "said" | "says" | "told" | "added" | "stated")
            && matches!(
                ws[j].lc(),
                "in" | "at"
                    | "on"
                    | "during"
                    | "after"
                    | "before"
                    | "with"
                    | "from"
                    | "via"
                    | "through"
                    | "while"
                    | "as"
                    | "when"
                    | "to"
                    | "of"
                    | "by"
                    // `told reporters outside the Capitol.`
                    | "outside"
                    | "inside"
                    | "near"
                    | "behind"
                    | "following"
            )
        {
            return None;
        }
        // `mengungkapkan rasa takjubnya melihat …`: a noun object, not a reported clause.
        if ws[k].is_in(EXPRESSING_VERBS) && !ws[j].cap && {
            let l = ws[j].lc();
            is_in(EXPRESSED_NOUNS, l)
                || l.strip_suffix("nya")
                    .is_some_and(|b| is_in(EXPRESSED_NOUNS, b))
        } {
            return None;
        }
        // Adverbs without a comma after them belong to the clause: `mengklaim telah …`.
        if let Some(f) = first_filler {
            j = j.min(f);
        }
        // The gap may hold an opening quote mark: start there so the quote is inside.
        let mut from = ws[j].start;
        while from > ws[j - 1].end && !chars[from - 1].is_whitespace() {
            from -= 1;
        }
        trim_content(chars, from, se)
    }

    /// The subject of a sentence (for `… dan mengatakan`): the first clause that is not a
    /// fronted adverbial.
    fn sentence_subject(&self, pi: usize, first: usize, cue: usize) -> Option<Subj> {
        let ws = &self.pwords[pi];
        let chars = &self.paras[pi];
        let mut start = first;
        loop {
            let w = ws[start].lc();
            let adverbial = is_in(PREPOSITIONS, w)
                || matches!(w, "setelah" | "sebelum" | "sementara" | "namun");
            if !adverbial {
                break;
            }
            // Skip to after the next comma.
            let mut j = start + 1;
            while j < cue && !chars[ws[j - 1].end..ws[j].start].contains(&',') {
                j += 1;
            }
            if j >= cue {
                return None;
            }
            start = j;
        }
        self.subject_in(pi, start, cue)
    }

    /// `Gubernur Kursk, Alexei Smirnov, mengumumkan`: the verb follows a comma, so the subject is
    /// in an earlier comma-separated part (descriptions like `, sebuah kantor berita …,` are
    /// skipped).
    fn subject_before_comma(&self, pi: usize, first: usize, cb: usize) -> Option<Subj> {
        let ws = &self.pwords[pi];
        let chars = &self.paras[pi];
        let mut end = cb;
        // `Yvette Cooper, the shadow home secretary, said`: an English apposition skipped
        // on the way to the name is its role when a role word heads it.
        let mut appos_role: Option<String> = None;
        while end > first {
            let mut s = end - 1;
            while s > first
                && !chars[ws[s - 1].end..ws[s].start]
                    .iter()
                    .any(|c| matches!(c, ',' | ';'))
            {
                s -= 1;
            }
            let part = &ws[s..end];
            let descriptive = matches!(
                part[0].lc(),
                "sebuah"
                    | "seorang"
                    | "salah"
                    | "yang"
                    | "yakni"
                    | "yaitu"
                    | "selaku"
                    | "seperti"
                    | "sebagaimana"
                    | "dikutip"
                    | "dilansir"
                    | "menurut"
                    | "kata"
                    // `Robert Jenrick, who resigned last week, said`.
                    | "who"
            ) // `John Smith, a spokesman for the ministry, said`.
                || part[0].is_english_article()
                || part[0].is_in(PREPOSITIONS)
            // `…, SpKK, M.Kes, mengatakan`: a name's degrees.
                || degree_chain(chars, part)
            // `Sen. Rand Paul, R-Ky., said`: an American politician's party and state.
                || (part.len() <= 2 && us_party_tag(part[0].text))
            // `…, Sabtu, mengatakan`, `…, Minggu (11/2/2018)`: a date, not a name.
                || part.iter().all(|w| {
                    w.is_in(TIME_WORDS) || w.text.chars().all(|c| c.is_ascii_digit())
                });
            if !descriptive {
                let runs = self.names.runs_in(chars, part);
                // `Direktur Sumber Daya Akademik dan Perpustakaan Unpad (SDAP) Prof Dr Budi
                // Setiabudiawan, dr., Sp. A(K), M.Kes., mengatakan`: a title opening the part
                // runs over several names; the person is the last run, when it ends the part.
                if let (Some(&(0, _)), Some(&(a, e)), true) =
                    (runs.first(), runs.last(), runs.len() > 1)
                {
                    // `a > 0`: the last run starts after the first one, at 0.
                    // The person's run has a title of its own (`Prof Dr Budi …`, `… Kombes
                    // X`), and is not a place after a preposition (`Menteri Perhubungan Budi
                    // Karya Sumadi di Kulon Progo, Minggu, mengatakan`).
                    if a > 0
                        && is_role(&part[0].lower)
                        && e == part.len()
                        && (is_role(&part[a].lower) || is_role(&part[a - 1].lower))
                        && !is_in(PREPOSITIONS, &part[a - 1].lower)
                    {
                        let split = self.names.split(&part[a..e], is_role(&part[a - 1].lower));
                        let institutional = split.name.iter().any(|t| {
                            let l = t.to_lowercase();
                            is_in(INSTITUTION_WORDS, &l)
                                || is_in(PLACE_WORDS, &l)
                                || super::names::is_acronym(t)
                        });
                        if !split.org && split.name.len() >= 2 && !institutional {
                            let role = chars[part[0].start..part[a - 1].end].iter().collect();
                            return Some(Subj::Run(split, Some(role)));
                        }
                    }
                }
                // Not a place after a preposition: `… I Dewa Wijaya di Mataram, Minggu,`.
                let pick = runs.first().filter(|r| r.0 == 0).or(runs
                    .iter()
                    .rev()
                    .find(|r| r.0 == 0 || !part[r.0 - 1].is_in(PREPOSITIONS)));
                if let Some(&(a, e)) = pick {
                    if e == part.len() || a == 0 {
                        let split = self
                            .names
                            .split(&part[a..e], a > 0 && part[a - 1].is_role());
                        if split.name.is_empty() {
                            return Some(Subj::Anaphora(part[a].lower.to_string()));
                        }
                        // The part before: a role (`Gubernur Kursk`).
                        let role = (s > first)
                            .then(|| self.role_of_comma_part(pi, first, s))
                            .flatten();
                        return Some(Subj::Run(split, role.or(appos_role)));
                    }
                }
                return self.clause_subject_of_part(pi, part);
            }
            if part[0].is_english_article()
                && part.len() > 1
                && part[1..part.len().min(5)].iter().any(|w| w.is_role())
            {
                appos_role = Some(
                    chars[part[1].start..part[part.len() - 1].end]
                        .iter()
                        .collect(),
                );
            }
            end = s;
        }
        None
    }

    /// A participial cue after a comma (`…, menyebut …`) whose preceding part is a whole clause
    /// (`Namun Ronaldo … balik menyerang eks penggawa Spanyol tersebut, menyebut …`): the
    /// clause's subject reports, never the verb's object. After a speech noun (`komentar Xavi
    /// Hernandez beberapa waktu lalu, mengklaim …`) the comment's author does (GUIDELINES.md).
    fn clause_subject_of_part(&self, pi: usize, part: &[Word]) -> Option<Subj> {
        let chars = &self.paras[pi];
        let runs = self.names.runs_in(chars, part);
        if let Some(&(a, e)) = runs.iter().rev().find(|&&(a, _)| {
            a > 0
                && matches!(
                    part[a - 1].lc(),
                    "komentar" | "pernyataan" | "ucapan" | "perkataan" | "klaim" | "kritik"
                )
        }) {
            let split = self.names.split(&part[a..e], false);
            if !split.name.is_empty() {
                return Some(Subj::Run(split, None));
            }
        }
        let ws = &self.pwords[pi];
        let first = part.first()?.start;
        let base = ws.iter().position(|w| w.start == first)?;
        let v = (1..part.len()).find(|&v| verb_like(&part[v]))?;
        match self.subject_in(pi, base, base + v)? {
            s @ Subj::Run(..) => Some(s),
            _ => None,
        }
    }

    /// Turns a subject into a speaker, using what was said before.
    fn resolve(&self, subj: Option<&Subj>, pi: usize, pos: usize) -> Speaker {
        let word_idx = self.unquoted[pi]
            .iter()
            .position(|w| w.start >= pos)
            .unwrap_or(self.unquoted[pi].len());
        let from_last = || -> Speaker {
            if let Some((l, _)) = &self.last {
                return l.clone();
            }
            match self
                .names
                .last_person_before(&self.paras, &self.unquoted, pi, word_idx)
            {
                Some(name) => {
                    let name = self.names.canonical(&name);
                    let role = self.names.role_of(&name);
                    Speaker {
                        name: Some(name),
                        role,
                        desc: None,
                    }
                }
                None => Speaker::default(),
            }
        };
        // The most salient antecedent for a pronoun or a `-nya` cue. Salience, in order:
        // 1. Whoever was mentioned last as a speaker (attributed a quote) or as the named subject
        //    of a sentence of narration (`note_subject`, which already keeps only names that can
        //    speak), whichever is more recent: news text introduces the next speaker as a
        //    subject (`Seusai laga, kapten …, Dani Hamdani berharap …`) before quoting them.
        // 2. But a singular pronoun (`dia`, `ia`, `beliau`, `he`, `she`) or a `-nya` cue means a
        //    person: when that latest mention is an organisation, a place or a team that was
        //    only the subject of narration (`Bahkan harapannya, Persib Bandung bisa menang …`,
        //    where `Persib Bandung` is what the captain hopes about, not who speaks), the latest
        //    person mentioned as a speaker or subject is meant instead. An organisation that is
        //    itself the latest speaker keeps the pronoun (seed 000: `Militer Rusia` says
        //    something, then `“Musuh dihantam …” katanya`), and `mereka`/`pihaknya` may
        //    always be an organisation (`org_ok`), as may an institution's word
        //    (`perusahaan itu`).
        // Names inside quotes never enter this model (only emitted speakers and subjects of
        // sentences without quotes do), and paragraph breaks do not reset it: a quote paragraph
        // ending in `katanya` refers back across them.
        let recent = |org_ok: bool| -> Speaker {
            let top = match (&self.last, &self.last_subject) {
                (Some((l, ls)), Some((t, ts))) => {
                    if ts > ls {
                        Some((t, true))
                    } else {
                        Some((l, false))
                    }
                }
                (Some((l, _)), None) => Some((l, false)),
                (None, Some((t, _))) => Some((t, true)),
                (None, None) => None,
            };
            let Some((top, subject_only)) = top else {
                return from_last();
            };
            let last_speaker = self.last.as_ref().map(|(l, _)| l);
            if !org_ok
                && subject_only
                && last_speaker.is_none_or(|l| l.name != top.name)
                && self.org_like(top)
            {
                if let Some((p, _)) = &self.last_person {
                    return p.clone();
                }
            }
            top.clone()
        };
        match subj {
            None => from_last(),
            Some(Subj::Pronoun { plural }) => recent(*plural),
            Some(Subj::PersonPronoun) => match &self.last_person {
                Some((p, _)) => p.clone(),
                None => recent(false),
            },
            // `kata pria yang akrab disapa Emil itu`: a person described, like a pronoun.
            // `kata sosok yang karib disapa BTM` after `ketua umum Persipura Benhur Tommy
            // Mano`: a nickname that the article's names already explain (initials, a short
            // form) is that person, whoever spoke last.
            Some(Subj::Alias(alias)) => {
                let name = self.names.canonical(alias);
                if name.contains(' ') && name != alias.join(" ") {
                    let split = Split {
                        role: Vec::new(),
                        name: name.split_whitespace().map(str::to_string).collect(),
                        org: false,
                    };
                    self.speaker_of(&split, None)
                } else {
                    recent(false)
                }
            }
            Some(Subj::Run(split, role)) => self.speaker_of(split, role.clone()),
            Some(Subj::Org(name)) => Speaker {
                name: Some(self.names.canonical(std::slice::from_ref(name))),
                role: None,
                desc: None,
            },
            Some(Subj::Anon(desc)) => {
                // `Usai ketuk palu, hakim menegaskan …` after `hakim Kusno juga mengatakan …`: a
                // bare role word means the speaker who holds that role, once one has been
                // named; with nobody so described it stays unnamed (`kepolisian menyebut`).
                // `majelis hakim berpendapat` after `ujar Ketua majelis hakim Yanto`: a
                // description made only of words of a named speaker's role is that speaker
                // too.
                let toks: Vec<&str> = desc.split_whitespace().collect();
                let role_phrase = (2..=3).contains(&toks.len())
                    && toks.last().is_some_and(|t| is_role(t))
                    && toks.iter().all(|t| t.chars().all(char::is_alphabetic));
                if role_phrase {
                    for sp in self.speakers.iter().rev() {
                        if sp.name.is_some()
                            && sp.role.as_ref().is_some_and(|r| {
                                let r: Vec<String> = r
                                    .to_lowercase()
                                    .split_whitespace()
                                    .map(String::from)
                                    .collect();
                                toks.iter().all(|t| r.iter().any(|x| x == t))
                            })
                        {
                            return sp.clone();
                        }
                    }
                }
                if is_role(desc) && !desc.contains(' ') {
                    for sp in self.speakers.iter().rev() {
                        if sp.name.is_some()
                            && sp.role.as_ref().is_some_and(|r| {
                                r.to_lowercase().split_whitespace().any(|t| t == desc)
                            })
                        {
                            return sp.clone();
                        }
                    }
                }
                Speaker {
                    name: None,
                    role: None,
                    desc: Some(desc.clone()),
                }
            }
            // `Police said …`: an English group is no earlier speaker's title.
            Some(Subj::Anaphora(head)) if is_in(ENGLISH_GROUPS, head) => Speaker {
                name: None,
                role: None,
                desc: Some(head.clone()),
            },
            // `the prime minister said` (see `english_definite_role`): whoever holds that
            // title, as a speaker or as a name introduced with it (`Prime Minister Rishi Sunak
            // announced …`), else an unnamed holder; never merely the latest speaker.
            Some(Subj::Anaphora(head)) if head.starts_with("the ") => {
                // Every word of the title must be the holder's: `the foreign minister` is
                // not the prime minister.
                let title: Vec<&str> = head.split(' ').skip(1).collect();
                let holds = |role: &str| {
                    let role = role.to_lowercase();
                    title
                        .iter()
                        .all(|t| role.split_whitespace().any(|r| r == *t))
                };
                for sp in self.speakers.iter().rev() {
                    if sp.role.as_deref().is_some_and(holds) {
                        return sp.clone();
                    }
                }
                if let Some(split) =
                    self.names
                        .last_run_with_role(&self.paras, &self.unquoted, pi, word_idx, &title)
                {
                    return self.speaker_of(&split, None);
                }
                Speaker {
                    name: None,
                    role: None,
                    desc: Some(head.clone()),
                }
            }
            Some(Subj::Anaphora(head)) => {
                // `Sang nakhoda` (see `subject_in`) is marked by its `sang`.
                let (sang, head_owned) = match head.strip_prefix("sang ") {
                    Some(h) => (true, h.to_string()),
                    None => (false, head.clone()),
                };
                let head = &head_owned;
                for sp in self.speakers.iter().rev() {
                    if sp
                        .role
                        .as_ref()
                        .is_some_and(|r| r.to_lowercase().split_whitespace().any(|t| t == head))
                    {
                        return sp.clone();
                    }
                }
                // `pemuda tersebut`, `perempuan berusia 31 tahun tersebut`: the recent speaker if
                // that is a person, else someone unnamed (not `Polres Biak Numfor`).
                // A person described right after someone was named in narration: that person
                // (see `person_named_since`); the role's holder found above comes first.
                let described_person = !organisation_noun(head) && !is_in(ORG_HEADS, head);
                if is_in(PERSON_NOUNS, head) {
                    if let Some(sp) = self.person_named_since(pi) {
                        return sp;
                    }
                    let sp = recent(false);
                    let institutional = |t: &str| {
                        is_in(INSTITUTION_WORDS, t) || is_in(PLACE_WORDS, t) || is_in(ORG_HEADS, t)
                    };
                    let person = sp.name.as_deref().is_some_and(|n| {
                        !n.split_whitespace()
                            .any(|t| institutional(&t.to_lowercase()))
                    }) && !sp.role.as_deref().is_some_and(|r| {
                        r.split_whitespace()
                            .next()
                            .is_some_and(|t| institutional(&t.to_lowercase()))
                    });
                    if person {
                        return sp;
                    }
                    return Speaker {
                        name: None,
                        role: None,
                        desc: Some(head.clone()),
                    };
                }
                if is_role(head) || is_in(INSTITUTION_WORDS, head) {
                    if let Some(split) = self.names.last_run_with_head(
                        &self.paras,
                        &self.unquoted,
                        pi,
                        word_idx,
                        head,
                    ) {
                        return self.speaker_of(&split, None);
                    }
                }
                // `Sang nakhoda menyebut …` right after `komentar manajer Arsenal, Arsene
                // Wenger`: a definite description of a person points at the person mentioned
                // last, even one who has not spoken (a pronoun prefers speakers and subjects).
                if sang && !organisation_noun(head) {
                    if let Some(name) =
                        self.names
                            .person_before(&self.paras, &self.unquoted, pi, word_idx, false)
                    {
                        let name = self.names.canonical(&name);
                        let role = self.names.role_of(&name);
                        return Speaker {
                            name: Some(name),
                            role,
                            desc: None,
                        };
                    }
                }
                if described_person {
                    if let Some(sp) = self.person_named_since(pi) {
                        return sp;
                    }
                }
                // `mantan gelandang Real Madrid itu`: described like a pronoun, meaning a person;
                // `Perusahaan manufaktur teknologi itu` after `Pihak Samsung …`: an
                // institution's word may mean the organisation itself.
                recent(organisation_noun(head))
            }
        }
    }

    fn speaker_of(&self, split: &Split, role: Option<String>) -> Speaker {
        // `Officials said …`, `Police said …`: an English group opening the sentence is
        // capitalised like a name but names nobody.
        if let [only] = split.name.as_slice() {
            let lower = only.to_lowercase();
            if is_in(ENGLISH_GROUPS, &lower) {
                return Speaker {
                    name: None,
                    role: None,
                    desc: Some(lower),
                };
            }
        }
        // `media Prancis mengatakan`, `Media Inggris menyebut`, `Namun media Korea Utara
        // melaporkan`: the press of a country is nobody in particular (GUIDELINES.md: `null`),
        // neither the country nor an outlet named `Media Inggris`. A medium with a name of its
        // own (`Media ET`, `harian Kompas`) keeps it.
        {
            let words: Vec<&str> = role
                .as_deref()
                .unwrap_or("")
                .split_whitespace()
                .chain(split.role.iter().map(String::as_str))
                .chain(split.name.iter().map(String::as_str))
                .collect();
            if let Some(m) = words.iter().rposition(|w| is_in(MEDIA_WORDS, w)) {
                let rest = &words[m + 1..];
                if !rest.is_empty() && rest.iter().all(|w| is_in(PLACE_WORDS, w)) {
                    return Speaker {
                        name: None,
                        role: None,
                        desc: Some(format!("media {}", rest.join(" "))),
                    };
                }
            }
        }
        let name = self.names.canonical(&split.name);
        if split.org {
            return Speaker {
                name: Some(name),
                role: None,
                desc: None,
            };
        }
        // `ujar juru bicara TLC`, `kata juru bicara Pentagon`: an unnamed spokesperson of an
        // organisation speaks, not the organisation (GUIDELINES.md: `juru bicara Samsung` is
        // `null`). A spokesperson with a name (`juru bicara Sean Spicer`) keeps it.
        let role_words: Vec<String> = if split.role.is_empty() {
            role.as_deref()
                .unwrap_or("")
                .split_whitespace()
                .map(str::to_string)
                .collect()
        } else {
            split.role.clone()
        };
        let spokesperson = !role_words.is_empty()
            && role_words.iter().all(|r| {
                matches!(
                    r.to_lowercase().as_str(),
                    "juru"
                        | "bicara"
                        | "jubir"
                        | "seorang"
                        | "sang"
                        | "spokesman"
                        | "spokeswoman"
                        | "spokesperson"
                        | "a"
                )
            });
        if spokesperson {
            let as_org = Speaker {
                name: Some(name.clone()),
                role: None,
                desc: None,
            };
            let one_word = split.name.len() == 1 && !name.contains(' ');
            if one_word || self.org_like(&as_org) {
                return Speaker {
                    name: None,
                    role: None,
                    desc: Some(format!("{} {}", role_words.join(" "), split.name.join(" "))),
                };
            }
        }
        let role = if !split.role.is_empty() {
            Some(split.role.join(" "))
        } else {
            role.filter(|r| !r.is_empty())
        };
        let known = self.names.role_of(&name).or_else(|| {
            self.speakers
                .iter()
                .rev()
                .find(|s| s.name.as_deref() == Some(name.as_str()))
                .and_then(|s| s.role.clone())
        });
        // Prefer the fuller of two compatible roles: `Gubernur` → `Gubernur Belgorod`.
        let role = match (role, known) {
            (Some(r), Some(k)) => {
                let kl = k.to_lowercase();
                if r.to_lowercase()
                    .split_whitespace()
                    .all(|t| kl.split_whitespace().any(|x| x == t))
                {
                    Some(k)
                } else {
                    Some(r)
                }
            }
            (r, k) => r.or(k),
        };
        Speaker {
            name: Some(name),
            role,
            desc: None,
        }
    }
}

/// A common noun naming an organisation (`perusahaan`, `kementerian`, `agensi`, a medium):
/// `Perusahaan … itu` may point back at an organisation, unlike `pria itu`.
/// The end of the word starting at char `pos` (`pos` itself when no word starts there).
fn ws_end_of(ws: &[Word], pos: usize) -> usize {
    ws.iter().find(|w| w.start == pos).map_or(pos, |w| w.end)
}

/// Words that are all academic or professional degrees written after a name (`SpKK`,
/// `M.Kes`, `S.H.`, `SE MM`, `Ph.D`, `Sp. A(K)`, `dr.`): each whitespace-separated token,
/// without periods and parentheses, is a known degree (capitalised, but for the physician's
/// `dr`), or the whole part is a medical specialist's `Sp` + capitals.
fn degree_chain(chars: &[char], part: &[Word]) -> bool {
    let (Some(a), Some(b)) = (part.first(), part.last()) else {
        return false;
    };
    let text: String = chars[a.start..b.end.min(chars.len())].iter().collect();
    let bare = |t: &str| -> String {
        t.chars()
            .filter(|&c| !matches!(c, '.' | '(' | ')'))
            .collect()
    };
    let specialist = |t: &str| {
        (3..=6).contains(&t.len())
            && t.starts_with("Sp")
            && t[2..].chars().all(|c| c.is_ascii_uppercase())
    };
    let compact: String = bare(&text).split_whitespace().collect();
    specialist(&compact)
        || text.split_whitespace().all(|tok| {
            let t = bare(tok);
            specialist(&t)
                || t == "dr"
                || (t.starts_with(|c: char| c.is_ascii_uppercase())
                    && is_in(DEGREES, &t.to_ascii_lowercase()))
        })
}

fn organisation_noun(w: &str) -> bool {
    is_in(INSTITUTION_WORDS, w)
        || is_in(ORG_HEADS, w)
        || is_in(MEDIA_WORDS, w)
        || matches!(
            w,
            "agensi" | "perusahaan" | "perseroan" | "manajemen" | "grup"
        )
}

/// `mereka`, `they`, `pihaknya`, `we`, `it`: pronouns an organisation or a group answers to as
/// naturally as a person does.
/// `itu`, `ini`, `tersebut`: the demonstratives that make a noun phrase point back to someone
/// or something already named.
fn is_demonstrative(lower: &str) -> bool {
    matches!(lower, "itu" | "ini" | "tersebut")
}

fn plural_pronoun(lower: &str) -> bool {
    matches!(lower, "mereka" | "they" | "pihaknya" | "we" | "it")
}

/// An English finite verb opening a predicate: a past form in `-ed` (`urged`, `warned`) or a
/// common auxiliary or reporting form (`is`, `has`, `says`). Used only to find the subject of
/// a sentence of narration (`President Volodymyr Zelenskiy urged allies …`), so that a later
/// `he said` refers to it; such words are rare in Indonesian text, and where they occur the
/// worst outcome is one more noted subject.
fn english_verb(w: &Word) -> bool {
    let l = w.lc();
    !w.cap
        && (l.len() > 4 && l.ends_with("ed") && l.is_ascii() && !l.ends_with("eed")
            || matches!(
                l,
                "is" | "was"
                    | "were"
                    | "are"
                    | "has"
                    | "had"
                    | "have"
                    | "will"
                    | "would"
                    | "could"
                    | "can"
                    | "says"
                    | "urges"
                    | "warns"
                    | "wants"
                    | "plans"
                    | "called"
                    | "met"
                    | "made"
                    | "took"
                    | "gave"
                    | "sent"
                    | "won"
                    | "lost"
                    | "left"
                    | "became"
            ))
}

pub(super) fn verb_like(w: &Word) -> bool {
    let l = w.lc();
    // The word's cached list bits, not a fresh look-up: this is asked of most words of every
    // sentence with a quote, several times.
    if w.cap || w.is_in(NOT_VERBS) {
        return false;
    }
    (l.starts_with("me")
        || l.starts_with("ber")
        || l.starts_with("di") && l.len() > 4
        || l.starts_with("ter"))
        && l.len() > 4
        || matches!(
            l,
            "akan" | "telah" | "sudah" | "sedang" | "tidak" | "tak" | "belum"
        )
}

fn abbreviation(chars: &[char], dot: usize) -> bool {
    let mut s = dot;
    while s > 0 && chars[s - 1].is_alphabetic() {
        s -= 1;
    }
    let w: String = chars[s..dot].iter().collect();
    let n = w.chars().count();
    (n == 1 && w.chars().all(char::is_uppercase))
        || matches!(
            w.to_lowercase().as_str(),
            "dr" | "drs"
                | "prof"
                | "ir"
                | "jl"
                | "no"
                | "st"
                | "mr"
                | "mrs"
                | "ms"
                | "tn"
                | "ny"
                | "sdr"
                | "h"
                | "hj"
                | "kol"
                | "let"
                | "jend"
                | "bpk"
                | "u.s"
                | "gen"
                | "sen"
                | "rep"
                | "gov"
                | "vs"
                // Indonesian: `Pk. 04:30` / `Pkl.` (pukul), `Tgl.`, `Kec.`, `Kab.`, `Kel.`.
                | "pk"
                | "pkl"
                | "tgl"
                | "kec"
                | "kab"
                | "kel"
                // A medical specialist's degree written apart: `Sp. A(K)`.
                | "sp"
                // Titles written before a name with a period: `KH. Ma'ruf Amin` (Kiai Haji),
                // `drg. Raymond` (dentist), `Ust. Abdul Somad`, `Tgk.` (Teungku), `Alm.` /
                // `Almh.` (the late): a sentence never ends on them.
                | "kh"
                | "drg"
                | "ust"
                | "tgk"
                | "alm"
                | "almh"
        )
}

/// `Saat itu`, `Ketika itu`, `Saat ini`: two words that make a time adverbial, whose `itu`
/// points at a time, not at a speaker.
fn time_adverbial(two: &[Word]) -> bool {
    matches!(two[0].lc(), "saat" | "ketika" | "kala" | "waktu")
        && matches!(two[1].lc(), "itu" | "ini")
}

/// Trims whitespace and clause punctuation; `None` if fewer than two words remain.
fn trim_content(chars: &[char], mut s: usize, mut e: usize) -> Option<(usize, usize)> {
    e = e.min(chars.len());
    while s < e && (chars[s].is_whitespace() || matches!(chars[s], ',' | ':' | ';')) {
        s += 1;
    }
    while e > s && (chars[e - 1].is_whitespace() || matches!(chars[e - 1], '.' | ',' | ';' | ':')) {
        e -= 1;
    }
    (s < e && word_count(&chars[s..e]) >= 2).then_some((s, e))
}

/// A lower-case English job noun (`officer`, `executive`), the head of a post set off before or
/// after a name (`english_role_after`, `Ctx::comma_part_role`).
fn english_job_noun(w: &Word) -> bool {
    !w.cap && is_in(ENGLISH_JOB_NOUNS, w.lc())
}

/// English `the prime minister`, `the chief executive`, `the minister`: `the` and one to
/// three lower-case words ending in a title is a definite description of whoever holds that
/// title, already named (`Prime Minister Rishi Sunak …`), not an unnamed source. Kept as
/// `Anaphora("the <words>")` so resolution looks only at holders of the title.
fn english_definite_role(np: &[Word]) -> Option<Subj> {
    let (first, rest) = np.split_first()?;
    let last = rest.last()?;
    if first.lc() != "the"
        || rest.len() > 3
        || rest
            .iter()
            .any(|w| w.cap || !w.text.chars().all(char::is_alphabetic))
        || !last.is_role()
        || is_in(ENGLISH_GROUPS, &last.lower)
    {
        return None;
    }
    let words: Vec<&str> = rest.iter().map(|w| w.lc()).collect();
    Some(Subj::Anaphora(format!("the {}", words.join(" "))))
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) if !c.clone().next().is_some_and(char::is_uppercase) => {
            f.to_lowercase().chain(c).collect()
        }
        Some(f) => std::iter::once(f).chain(c).collect(),
        None => String::new(),
    }
}

/// Words after which `menurut` still opens its clause (`Namun menurut X, …`).
const CLAUSE_OPENERS: &[&str] = &[
    "namun",
    "tetapi",
    "tapi",
    "sedangkan",
    "sementara",
    "dan",
    "bahkan",
    "karena",
    "padahal",
    "jadi",
    "maka",
    "lalu",
    "kemudian",
    "selain",
    "itu",
    "sebab",
    "pun",
    "sehingga",
    "bahwa",
    "kini",
    "sebelumnya",
    "sebaliknya",
    "adapun",
    "apalagi",
    "meski",
    "meskipun",
    "walaupun",
    "jika",
    "kalau",
    "oleh",
];

/// A long title ending in a name run at `phrase[s..]` (`Head of eCommerce … Hira Triadi`,
/// `Direktur … dan … Budi`): the name is the run's name part, and the role is the title words
/// before the run plus any role words the run itself began with.
fn name_after_title(chars: &[char], phrase: &[Word<'_>], s: usize, split: Split) -> Subj {
    let mut role: String = chars[phrase[0].start..phrase[s - 1].end].iter().collect();
    if !split.role.is_empty() {
        role = format!("{role} {}", split.role.join(" "));
    }
    let name_only = Split {
        role: Vec::new(),
        name: split.name,
        org: false,
    };
    Subj::Run(name_only, Some(role))
}

/// `R-Ky`, `D-N.Y`, `I-Vt`: the party letter and state abbreviation that American news puts in
/// commas after a politician's name (the closing full stop is its own word).
fn us_party_tag(text: &str) -> bool {
    let Some((party, state)) = text.split_once('-') else {
        return false;
    };
    matches!(party, "R" | "D" | "I")
        && state.len() <= 6
        && state.starts_with(|c: char| c.is_ascii_uppercase())
        && state.chars().all(|c| c.is_ascii_alphabetic() || c == '.')
}
