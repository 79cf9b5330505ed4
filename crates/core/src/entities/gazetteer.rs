//! Gazetteers (known places, organisations, people) and the alias table, matched over token
//! sequences with Aho-Corasick.
//!
//! The lists are plain text, one name per line (`#` comments), and travel inside the model file
//! so the browser fetches one blob. Organisation lines may be `Full Name|ACR`.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The hasher of [`FastMap`]: a multiply-rotate hash that takes eight bytes a step (FNV-1a,
/// its predecessor here, took one, and hashing the short word keys looked up per token was a
/// visible share of tagging). No untrusted-input DoS concern: keys come from the model file and
/// the article. Nothing iterates these maps where order could reach the output, so the hash
/// function is free to change.
#[derive(Default, Clone, Copy)]
pub struct WordHash(u64);

const WORD_HASH_K: u64 = 0x517c_c1b7_2722_0a95;

impl WordHash {
    #[inline]
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(WORD_HASH_K);
    }

    /// The hash of `bytes` alone (the word cache's slot index in `model.rs`).
    #[inline]
    pub(crate) fn of(bytes: &[u8]) -> u64 {
        let mut h = WordHash::default();
        h.write(bytes);
        h.finish()
    }
}

impl Hasher for WordHash {
    /// The product's high bits mix every input bit, its low bits only the low input bits:
    /// rotated so the table index (the low bits) comes from the well-mixed ones.
    #[inline]
    fn finish(&self) -> u64 {
        self.0.rotate_left(26)
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([
                c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
            ]));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            // The length keeps `ab` and `ab\0` apart.
            self.add(u64::from_le_bytes(last) ^ ((rest.len() as u64) << 59));
        }
    }
    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b));
    }
    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
}

/// A `HashMap` with [`WordHash`] hashing.
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHash>>;

/// Marks a key in `Gazetteer::lex` as the first words of a longer list name.
const PREFIX: u8 = 0x80;

use super::tokenize::{each_token, tokenize, Lower};
use super::EntityKind;

/// Lowercase words that may sit inside a listed name (`Kementerian Energi dan Sumber Daya
/// Mineral`, `Rostov-on-Don` is one word).
const CONNECTORS: &[&str] = &[
    ",", "&", ".", "-", "'", "dan", "untuk", "of", "the", "and", "for", "de", "al", "bin", "van",
    "von", "der", "la", "le", "di", "el",
];

pub const GAZ_PLACE: usize = 0;
pub const GAZ_ORG: usize = 1;
pub const GAZ_PERSON: usize = 2;

/// Source texts of the lists, in model-file order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GazetteerTexts {
    pub place: String,
    pub org: String,
    pub person: String,
    pub aliases: String,
    /// Capitalisation lexicon mined from unlabelled news: `word<TAB>bucket` lines, see
    /// [`build_lexicon`].
    pub lexicon: String,
    /// Names annotated in the training data: `PER|LOC|ORG<TAB>name` lines (see [`seen_flags`]).
    pub seen: String,
    /// Names the first-stage tagger found in unlabelled news, same format as `seen`.
    pub auto: String,
    /// Word clusters: `word<TAB>id<TAB>id<TAB>id` lines (lowercase words, cluster ids coarse to
    /// fine; `kliping train` makes them from the Brown paths in `data/model/clusters/brown.txt`).
    pub clusters: String,
}

impl GazetteerTexts {
    pub fn parts(&self) -> [&str; 8] {
        [
            &self.place,
            &self.org,
            &self.person,
            &self.aliases,
            &self.lexicon,
            &self.seen,
            &self.auto,
            &self.clusters,
        ]
    }
}

#[derive(Debug, Clone)]
pub struct Gazetteer {
    /// Every name the tagger matches over a sentence's words (normalised), with what three
    /// lexicons say about it, `[list, seen, auto]`, in one map so that each step of a match
    /// costs one look-up, not three (0 = not in that lexicon):
    /// * `list`: bit mask of the gazetteer lists the name is in (bit `class`), plus [`PREFIX`]
    ///   on every leading run of whole words of a longer name, so a match over words can stop
    ///   as soon as its words stop being a prefix of some name;
    /// * `seen`, `auto`: the name's entry in [`Gazetteer::seen`] and [`Gazetteer::auto`].
    lex: FastMap<String, [u8; 3]>,
    /// Normalised (lowercase, single-spaced) surface form -> canonical name.
    aliases: FastMap<String, String>,
    /// Canonical name -> the name English articles use (`Rusia` -> `Russia`), from
    /// [`ENGLISH_NAMES`].
    english: FastMap<String, String>,
    /// Every word of a listed organisation name of two words or more (`stuttgart` from `VfB
    /// Stuttgart`): a place word here may also name a club or body called after it.
    org_words: std::collections::HashSet<String>,
    /// Normalised name -> kind, for names from the lists.
    kinds: FastMap<String, EntityKind>,
    /// (acronym, full name), normalised, for every `Full Name|ACR` line of the organisation
    /// list: the alias table keeps one full name per acronym, but a body may be listed under
    /// two spellings (`Badan Pengawas Pemilu|Bawaslu`, `Badan Pengawas Pemilihan Umum|Bawaslu`).
    acronym_pairs: std::collections::HashSet<(String, String)>,
    /// Lowercase word -> its capitalisation bucket and word clusters, in one map: the tagger
    /// asks for both of every new word, and one look-up in a map this large (a cache miss or
    /// two) costs about as much as the rest of the word's features.
    words: FastMap<String, WordLex>,
    seen: SeenNames,
    auto: SeenNames,
}

/// What the lexicon and the word clusters say about one lowercase word.
#[derive(Debug, Clone, Copy, Default)]
struct WordLex {
    /// Capitalisation bucket (1 = nearly always lowercase mid-sentence, 4 = nearly always
    /// capitalised; 0 = not in the lexicon).
    caps: u8,
    /// Cluster ids (coarse, middle, fine); words not listed have none.
    clusters: Option<[u16; 3]>,
}

/// Training-name flags in the low byte, auto-lexicon flags in the high byte.
pub fn name_flags(
    seen: &SeenNames,
    auto: &SeenNames,
    words: &[&str],
    lower: &[Lower<'_>],
) -> Vec<u16> {
    let a = seen_flags(seen, words, lower);
    let b = seen_flags(auto, words, lower);
    a.iter()
        .zip(&b)
        .map(|(x, y)| u16::from(*x) | u16::from(*y) << 8)
        .collect()
}

/// Normalised name -> kind bits (1 = PER, 2 = LOC, 4 = ORG).
pub type SeenNames = FastMap<String, u8>;

/// Parses `PER|LOC|ORG<TAB>name` lines.
pub fn parse_seen(text: &str) -> SeenNames {
    let mut map = SeenNames::default();
    for l in text.lines() {
        let Some((k, name)) = l.split_once('\t') else {
            continue;
        };
        let bit = match k {
            "PER" => 1,
            "LOC" => 2,
            "ORG" => 4,
            _ => continue,
        };
        let norm = normalize(name);
        // Every word prefix is marked (bit 0x80) so lookups can stop early.
        for (i, _) in norm.match_indices(' ') {
            *map.entry(norm[..i].to_string()).or_default() |= 0x80;
        }
        *map.entry(norm).or_default() |= bit;
    }
    map
}

/// For each word, bits `2*kind` (a name seen in training starts here) and `2*kind+1` (inside),
/// kind 0 = PER, 1 = LOC, 2 = ORG; longest match first, capitalised starts only.
pub fn seen_flags(map: &SeenNames, words: &[&str], lower: &[Lower<'_>]) -> Vec<u8> {
    let mut flags = vec![0u8; words.len()];
    if map.is_empty() {
        return flags;
    }
    // Room for a few words up front: grown from empty it reallocated in every call.
    let mut key = String::with_capacity(64);
    let mut i = 0;
    while i < words.len() {
        if !words[i].chars().next().is_some_and(char::is_uppercase) {
            i += 1;
            continue;
        }
        let mut best = None;
        key.clear();
        for (n, l) in lower.iter().enumerate().skip(i).take(6) {
            if n > i {
                key.push(' ');
            }
            key.push_str(l);
            match map.get(key.as_str()) {
                Some(&bits) if bits & 7 != 0 => best = Some((n + 1, bits & 7)),
                Some(_) => {}
                None => break,
            }
        }
        match best {
            Some((end, bits)) => {
                for kind in (0..3).filter(|k| bits & (1 << k) != 0) {
                    flags[i] |= 1 << (2 * kind);
                    for f in &mut flags[i + 1..end] {
                        *f |= 1 << (2 * kind + 1);
                    }
                }
                i = end;
            }
            None => i += 1,
        }
    }
    flags
}

/// Lowercases and joins the words of `s` with single spaces, the key used for every lookup.
pub fn normalize(s: &str) -> String {
    if is_plain(s) {
        // Every token is a whole space-separated word: tokenizing would give `s` back.
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    // Token by token, without a token list: this runs for every name looked up.
    each_token(s, |t| {
        if !out.is_empty() {
            out.push(' ');
        }
        let w = t.text(s);
        if w.is_ascii() {
            // What the per-char mapping below gives an ASCII word, without its tables.
            out.extend(w.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            for c in w.chars() {
                out.extend(c.to_lowercase());
            }
        }
    });
    out
}

/// ASCII letters, digits and inner hyphens or ampersands, in words separated by single spaces:
/// the shape of nearly every name looked up, which [`normalize`] need not tokenize (none of these
/// characters is split off a word or splits one).
fn is_plain(s: &str) -> bool {
    // One pass over the bytes (`contains("  ")` set up a substring search per call, and this
    // runs for every name looked up): a space may neither open nor close `s` nor follow a
    // space, and the empty string is not plain.
    let mut after_space = true;
    for b in s.bytes() {
        if b == b' ' {
            if after_space {
                return false;
            }
            after_space = true;
        } else if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'&') {
            after_space = false;
        } else {
            return false;
        }
    }
    !after_space
}

fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// `data/model/gazetteer/english.txt`: canonical name, English name, more English spellings.
/// Compiled in rather than stored in `ner.bin`: it only names and merges entities after
/// tagging, so the tagger's weights never depend on it and editing it needs no retrain.
const ENGLISH_NAMES: &str = include_str!("../../../../data/model/gazetteer/english.txt");

impl Gazetteer {
    pub fn new(texts: &GazetteerTexts) -> Self {
        let mut kinds = FastMap::default();
        let mut aliases = FastMap::default();
        let mut lists: [Vec<String>; 3] = Default::default();
        let mut removed = std::collections::HashSet::new();
        let mut acronym_pairs = std::collections::HashSet::new();
        for l in lines(&texts.place) {
            if let Some(r) = l.strip_prefix('-') {
                removed.insert(normalize(r));
            }
        }
        for l in lines(&texts.place) {
            if l.starts_with('-') {
                continue;
            }
            let n = normalize(l);
            if !removed.contains(&n) {
                kinds.entry(n.clone()).or_insert(EntityKind::Place);
                lists[GAZ_PLACE].push(n);
            }
        }
        for l in lines(&texts.org) {
            let mut parts = l.split('|');
            let full = parts.next().unwrap_or("").trim();
            let nf = normalize(full);
            kinds.insert(nf.clone(), EntityKind::Organization);
            lists[GAZ_ORG].push(nf.clone());
            for acr in parts {
                let na = normalize(acr);
                kinds.insert(na.clone(), EntityKind::Organization);
                lists[GAZ_ORG].push(na.clone());
                acronym_pairs.insert((na.clone(), nf.clone()));
                aliases.entry(na).or_insert_with(|| full.to_string());
            }
        }
        for l in lines(&texts.person) {
            let n = normalize(l);
            kinds.insert(n.clone(), EntityKind::Person);
            lists[GAZ_PERSON].push(n);
        }
        for l in lines(&texts.aliases) {
            let mut parts = l.split('\t').map(str::trim).filter(|p| !p.is_empty());
            let Some(canon) = parts.next() else { continue };
            aliases.insert(normalize(canon), canon.to_string());
            for v in parts {
                aliases.insert(normalize(v), canon.to_string());
            }
        }
        let mut english = FastMap::default();
        // Normalised canonical name -> the canonical name, for every name the table or an
        // acronym already points to.
        let targets: FastMap<String, String> = aliases
            .values()
            .map(|t| (normalize(t), t.clone()))
            .collect();
        for l in lines(ENGLISH_NAMES) {
            let mut parts = l.split('\t').map(str::trim).filter(|p| !p.is_empty());
            let (Some(canon), Some(name)) = (parts.next(), parts.next()) else {
                continue;
            };
            // `IMF` already names the `International Monetary Fund`: the Indonesian
            // `Dana Moneter Internasional` joins that name rather than start a second one.
            if let Some(target) = targets.get(&normalize(name)) {
                aliases
                    .entry(normalize(canon))
                    .or_insert_with(|| target.clone());
                continue;
            }
            // The alias table and the lists win: an English spelling only joins a canonical
            // name that nothing else already claims.
            let canon = aliases
                .get(&normalize(canon))
                .cloned()
                .unwrap_or_else(|| canon.to_string());
            for v in std::iter::once(name).chain(parts) {
                aliases.entry(normalize(v)).or_insert_with(|| canon.clone());
            }
            english.insert(canon, name.to_string());
        }
        // A later line for the same word wins, in each list on its own.
        let mut words: FastMap<String, WordLex> = FastMap::default();
        for (w, b) in texts.lexicon.lines().filter_map(|l| {
            let (w, b) = l.split_once('\t')?;
            Some((w, b.parse::<u8>().ok()?))
        }) {
            words.entry(w.to_string()).or_default().caps = b;
        }
        let mut names: FastMap<String, u8> = FastMap::default();
        for (class, list) in lists.iter().enumerate() {
            for p in list.iter().filter(|p| !p.is_empty()) {
                for (i, _) in p.match_indices(' ') {
                    *names.entry(p[..i].to_string()).or_insert(0) |= PREFIX;
                }
                *names.entry(p.clone()).or_insert(0) |= 1 << class;
            }
        }
        let org_words = lists[GAZ_ORG]
            .iter()
            .filter(|n| n.contains(' '))
            .flat_map(|n| n.split(' '))
            .map(str::to_string)
            .collect();
        let seen = parse_seen(&texts.seen);
        let auto = parse_seen(&texts.auto);
        let mut lex: FastMap<String, [u8; 3]> = FastMap::default();
        for (k, map) in [names, seen.clone(), auto.clone()].into_iter().enumerate() {
            for (name, bits) in map {
                lex.entry(name).or_default()[k] = bits;
            }
        }
        for (w, ids) in texts.clusters.lines().filter_map(|l| {
            let mut cols = l.split('\t');
            let w = cols.next()?;
            let mut ids = [0u16; 3];
            for id in &mut ids {
                *id = cols.next()?.parse().ok()?;
            }
            Some((w, ids))
        }) {
            words.entry(w.to_string()).or_default().clusters = Some(ids);
        }
        Self {
            words,
            seen,
            auto,
            lex,
            aliases,
            english,
            org_words,
            kinds,
            acronym_pairs,
        }
    }

    /// For each word, a bit mask: bit `2*class` = a list match begins here, `2*class+1` = inside.
    /// `lower` are the lowercased words; matches must start on a capitalised or digit word.
    pub fn flags(&self, words: &[&str], lower: &[Lower<'_>]) -> Vec<u8> {
        self.match_words(words, lower, false).0
    }

    /// [`Gazetteer::flags`] and [`name_flags`] of the model's own [`Gazetteer::seen`] and
    /// [`Gazetteer::auto`], matched together: one look-up per step serves all three lexicons.
    pub fn flags_and_names(&self, words: &[&str], lower: &[Lower<'_>]) -> (Vec<u8>, Vec<u16>) {
        self.match_words(words, lower, true)
    }

    /// The work of [`Gazetteer::flags_and_names`], the name flags only when `names` (all zero
    /// otherwise). From every start word, three matches walk forward over the same key, each
    /// under its own rules (those of [`Gazetteer::flags`] and of [`seen_flags`]), and the
    /// walk stops when none of them goes on.
    fn match_words(&self, words: &[&str], lower: &[Lower<'_>], names: bool) -> (Vec<u8>, Vec<u16>) {
        let n = words.len().min(lower.len());
        let mut flags = vec![0u8; words.len()];
        let mut name_bits = [vec![0u8; words.len()], vec![0u8; words.len()]];
        // A list name matches a stretch of whole words, joined by single spaces, that starts on
        // a capitalised word or a digit and goes on over capitalised words, digits and
        // lowercase connectors (`Kementerian Energi dan Sumber Daya Mineral`). Every such
        // stretch is tried from every start, word by word, while its words are still the
        // start of some name. A name from the training data or the auto lexicon starts on a
        // capitalised word outside that lexicon's previous match and runs up to six words,
        // as long as its words are in the lexicon.
        let opener = |w: &str| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        };
        let mut found: Vec<(usize, usize, u8)> = Vec::new();
        // Per name lexicon: the first word its next match may start on.
        let mut next_start = [0usize; 2];
        let mut key = String::with_capacity(64);
        for first in 0..n {
            let list_start = opener(words[first]);
            let upper = names && words[first].chars().next().is_some_and(char::is_uppercase);
            let mut alive = [
                list_start,
                upper && first >= next_start[0],
                upper && first >= next_start[1],
            ];
            if alive == [false; 3] {
                continue;
            }
            let mut best: [Option<(usize, u8)>; 2] = [None; 2];
            key.clear();
            for last in first..n {
                if last > first {
                    if alive[0] && !(opener(words[last]) || CONNECTORS.contains(&&*lower[last])) {
                        alive[0] = false;
                    }
                    if last - first >= 6 {
                        alive[1] = false;
                        alive[2] = false;
                    }
                    if alive == [false; 3] {
                        break;
                    }
                    key.push(' ');
                }
                key.push_str(&lower[last]);
                let bits = self.lex.get(key.as_str()).copied().unwrap_or_default();
                if alive[0] {
                    let list = bits[0];
                    if list & !PREFIX != 0 {
                        found.push((first, last, list & !PREFIX));
                    }
                    if list & PREFIX == 0 {
                        alive[0] = false;
                    }
                }
                for k in 0..2 {
                    if alive[k + 1] {
                        match bits[k + 1] {
                            0 => alive[k + 1] = false,
                            b if b & 7 != 0 => best[k] = Some((last + 1, b & 7)),
                            _ => {}
                        }
                    }
                }
                if alive == [false; 3] {
                    break;
                }
            }
            for k in 0..2 {
                if let Some((end, bits)) = best[k] {
                    let out = &mut name_bits[k];
                    for kind in (0..3).filter(|c| bits & (1 << c) != 0) {
                        out[first] |= 1 << (2 * kind);
                        for f in &mut out[first + 1..end] {
                            *f |= 1 << (2 * kind + 1);
                        }
                    }
                    next_start[k] = end;
                }
            }
        }
        // Per list, keep the leftmost-longest non-overlapping matches.
        found.sort_unstable_by_key(|&(first, last, _)| (first, std::cmp::Reverse(last)));
        for class in 0..3 {
            let mut next_free = 0;
            for &(first, last, mask) in &found {
                if mask & (1 << class) == 0 || first < next_free {
                    continue;
                }
                flags[first] |= 1 << (2 * class);
                for f in flags.iter_mut().take(last + 1).skip(first + 1) {
                    *f |= 1 << (2 * class + 1);
                }
                next_free = last + 1;
            }
        }
        let [seen, auto] = name_bits;
        let names = seen
            .iter()
            .zip(&auto)
            .map(|(x, y)| u16::from(*x) | u16::from(*y) << 8)
            .collect();
        (flags, names)
    }

    /// Canonical spelling from the alias table (`Kiev` -> `Kyiv`, `PBB` -> `Perserikatan
    /// Bangsa-Bangsa`), if any.
    pub fn canonical(&self, name: &str) -> Option<&str> {
        self.aliases.get(&normalize(name)).map(String::as_str)
    }

    pub fn canonical_norm(&self, norm: &str) -> Option<&str> {
        self.aliases.get(norm).map(String::as_str)
    }

    /// The name English news gives an entity whose canonical name is Indonesian (`Tiongkok`
    /// -> `China`), if the table has one.
    pub fn english_name(&self, canonical: &str) -> Option<&str> {
        self.english.get(canonical).map(String::as_str)
    }

    /// Kind of a listed name.
    /// Whether a lowercase word is part of a listed organisation name of two words or more.
    /// Whether the organisation list gives `acronym` as the acronym of `full` (any spelling).
    pub fn lists_acronym(&self, acronym: &str, full: &str) -> bool {
        self.acronym_pairs
            .contains(&(normalize(acronym), normalize(full)))
    }

    pub fn in_org_name(&self, lower: &str) -> bool {
        self.org_words.contains(lower)
    }

    pub fn kind_of(&self, name: &str) -> Option<EntityKind> {
        self.kinds.get(&normalize(name)).copied()
    }
}

impl Gazetteer {
    /// Names seen in the training data.
    pub fn seen(&self) -> &SeenNames {
        &self.seen
    }

    /// Names found by the first-stage tagger in unlabelled news.
    pub fn auto(&self) -> &SeenNames {
        &self.auto
    }

    /// Capitalisation bucket of a lowercase word (0 = unknown).
    pub fn cap_bucket(&self, lower: &str) -> u8 {
        self.words.get(lower).map_or(0, |x| x.caps)
    }

    /// The word's cluster ids at three granularities, if it has any.
    pub fn clusters(&self, lower: &str) -> Option<[u16; 3]> {
        self.words.get(lower).and_then(|x| x.clusters)
    }

    /// [`Gazetteer::cap_bucket`] and [`Gazetteer::clusters`] of one word, in one look-up.
    pub fn cap_bucket_and_clusters(&self, lower: &str) -> (u8, Option<[u16; 3]>) {
        self.words
            .get(lower)
            .map_or((0, None), |x| (x.caps, x.clusters))
    }

    /// Every cluster id at the three granularities that some word has (with repeats).
    pub(crate) fn cluster_ids(&self) -> impl Iterator<Item = [u16; 3]> + '_ {
        self.words.values().filter_map(|x| x.clusters)
    }
}

/// Mines a capitalisation lexicon from unlabelled text: for every word seen at least three
/// times away from a sentence start, how often it is capitalised, in four buckets. Output is
/// sorted, so training stays reproducible.
pub fn build_lexicon<'a>(texts: impl IntoIterator<Item = &'a str>) -> String {
    let mut counts: HashMap<String, (u32, u32)> = HashMap::new();
    for text in texts {
        let toks = tokenize(text);
        for (i, t) in toks.iter().enumerate() {
            let w = t.text(text);
            let Some(c0) = w.chars().next() else { continue };
            if !c0.is_alphabetic() || i == 0 {
                continue;
            }
            let prev = toks[i - 1].text(text);
            if matches!(
                prev,
                "." | "!" | "?" | "“" | "\"" | ":" | "(" | "‘" | "'" | "-" | "–" | "—"
            ) {
                continue;
            }
            let e = counts.entry(w.to_lowercase()).or_default();
            if c0.is_uppercase() {
                e.0 += 1;
            } else {
                e.1 += 1;
            }
        }
    }
    let mut rows: Vec<(String, u8)> = counts
        .into_iter()
        .filter(|(_, (c, l))| c + l >= 3)
        .map(|(w, (c, l))| {
            let r = f64::from(c) / f64::from(c + l);
            let b = if r < 0.1 {
                1
            } else if r < 0.5 {
                2
            } else if r < 0.9 {
                3
            } else {
                4
            };
            (w, b)
        })
        .collect();
    rows.sort();
    let mut out = String::new();
    for (w, b) in rows {
        out.push_str(&w);
        out.push('\t');
        out.push(char::from(b'0' + b));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flags_of(g: &Gazetteer, text: &str) -> Vec<(String, u8)> {
        let words: Vec<&str> = tokenize(text).iter().map(|t| t.text(text)).collect();
        let lower: Vec<Lower> = words
            .iter()
            .map(|w| Lower::Owned(w.to_lowercase()))
            .collect();
        let flags = g.flags(&words, &lower);
        words.iter().map(|w| w.to_string()).zip(flags).collect()
    }

    /// Names match whole words only, longest first per list, through lowercase connectors, and
    /// only from a capitalised (or digit) first word; one name can be in several lists.
    #[test]
    fn normalize_shortcut_agrees_with_tokenizing() {
        // The plain-name shortcut must give what joining the lowercased tokens gives.
        for s in [
            "Joko Widodo",
            "PT Bank Rakyat Indonesia",
            "Bangsa-Bangsa Bersatu",
            "AT&T",
            "G20",
            "Kevin/Marcus",
            "U.S. Army",
            "Russia's",
            " Jakarta",
            "Jakarta  Pusat",
            "Élysée",
        ] {
            let slow: Vec<String> = tokenize(s)
                .iter()
                .map(|t| t.text(s).to_lowercase())
                .collect();
            assert_eq!(normalize(s), slow.join(" "), "{s}");
        }
        assert!(is_plain("Bangsa-Bangsa Bersatu") && !is_plain("Kevin/Marcus"));
        assert!(is_plain("G20") && is_plain("AT&T Inc"));
        for s in [
            "",
            " ",
            "Jakarta ",
            " Jakarta",
            "Jakarta  Pusat",
            "U.S.",
            "Élysée",
        ] {
            assert!(!is_plain(s), "{s:?}");
        }
    }

    #[test]
    fn list_matches_are_whole_words_longest_first() {
        let g = Gazetteer::new(&GazetteerTexts {
            place: "Nizhny Novgorod\nNovgorod\nGeorgia\n".into(),
            org: "Kementerian Energi dan Sumber Daya Mineral|ESDM\n".into(),
            person: "Georgia\n".into(),
            ..Default::default()
        });
        let got = flags_of(
            &g,
            "Kementerian Energi dan Sumber Daya Mineral di Nizhny Novgorod, Georgia dan novgorod Novgorodian ESDM",
        );
        let f = |w: &str| got.iter().find(|(x, _)| x == w).map(|(_, f)| *f).unwrap();
        // Org begins (bit 2) on `Kementerian`, the rest of the name is inside (bit 3).
        assert_eq!(f("Kementerian"), 1 << 2);
        assert_eq!(f("dan"), 1 << 3);
        assert_eq!(f("Mineral"), 1 << 3);
        assert_eq!(f("di"), 0);
        // `Nizhny Novgorod` wins over the shorter `Novgorod` inside it.
        assert_eq!(f("Nizhny"), 1);
        assert_eq!(f("Novgorod"), 1 << 1);
        // Place and person at once.
        assert_eq!(f("Georgia"), 1 | 1 << 4);
        // Lowercase starts and partial words do not match.
        assert_eq!(f("novgorod"), 0);
        assert_eq!(f("Novgorodian"), 0);
        assert_eq!(f("ESDM"), 1 << 2);
    }

    /// The merged walk of [`Gazetteer::flags_and_names`] gives what [`Gazetteer::flags`] and
    /// [`name_flags`] give apart, where the lexicons' matches overlap, nest, run past six
    /// words, or cross a word no list name may hold.
    #[test]
    fn merged_lexicon_walk_equals_separate_walks() {
        let g = Gazetteer::new(&GazetteerTexts {
            place: "Jawa Barat\nBandung\n".into(),
            org: "Persib Bandung\nBank Rakyat Indonesia|BRI\n".into(),
            person: "Ridwan Kamil\n".into(),
            seen: "PER\tRidwan Kamil\nORG\tPersib\nLOC\tBandung Barat\nORG\tSatu Dua Tiga Empat Lima Enam Tujuh\nPER\tSatu Dua\n"
                .into(),
            auto: "PER\tKamil\nORG\tPersib Bandung ke Jawa\nLOC\tJawa Barat\n".into(),
            ..Default::default()
        });
        let mut list_matches = 0;
        for text in [
            "Ridwan Kamil menonton Persib Bandung di Bandung Barat, Jawa Barat.",
            "Persib Bandung ke Jawa Barat bersama Ridwan Kamil Kamil dan BRI.",
            "Satu Dua Tiga Empat Lima Enam Tujuh Delapan, Satu Dua Tiga Empat Lima Enam.",
            "persib Bandung 2024 Bank Rakyat Indonesia Kamil",
        ] {
            let words: Vec<&str> = tokenize(text).iter().map(|t| t.text(text)).collect();
            let lower: Vec<Lower> = words
                .iter()
                .map(|w| Lower::Owned(w.to_lowercase()))
                .collect();
            let apart = (
                g.flags(&words, &lower),
                name_flags(g.seen(), g.auto(), &words, &lower),
            );
            // Every text matches some name (the third only names from the training data).
            assert!(apart.1.iter().any(|&f| f != 0), "{text}");
            assert_eq!(g.flags_and_names(&words, &lower), apart, "{text}");
            list_matches += apart.0.iter().filter(|&&f| f != 0).count();
        }
        assert!(list_matches > 10, "{list_matches}");
    }
}
