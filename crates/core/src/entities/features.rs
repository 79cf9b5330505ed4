//! Feature extraction for the sequence tagger: every feature is a 32-bit FNV hash of a template
//! id and a string, so no feature strings are ever allocated or stored.

use super::gazetteer::Gazetteer;
use super::tokenize::Lower;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

#[derive(Clone, Copy)]
struct H(u64);

impl H {
    fn new(template: u8) -> Self {
        H((FNV_OFFSET ^ u64::from(template)).wrapping_mul(FNV_PRIME))
    }
    fn bytes(mut self, b: &[u8]) -> Self {
        for &x in b {
            self.0 = (self.0 ^ u64::from(x)).wrapping_mul(FNV_PRIME);
        }
        self
    }
    fn sep(self) -> Self {
        self.bytes(&[0xff])
    }
    fn finish(self) -> u32 {
        let v = (self.0 ^ (self.0 >> 32)) as u32;
        v.max(1)
    }
}

// Trigger classes (bit masks).
pub(crate) const T_PERSON_TITLE: u8 = 1;
const T_SAY: u8 = 2;
pub(crate) const T_PLACE: u8 = 4;
pub(crate) const T_ORG: u8 = 8;
const T_PREP: u8 = 16;

pub(crate) const PERSON_TITLES: &[&str] = &[
    "presiden",
    "wapres",
    "menteri",
    "menlu",
    "menhan",
    "mendagri",
    "gubernur",
    "wagub",
    "bupati",
    "wabup",
    "walikota",
    "wali",
    "camat",
    "lurah",
    "kades",
    "ketua",
    "ketum",
    "wakil",
    "sekretaris",
    "sekjen",
    "direktur",
    "dirut",
    "kepala",
    "kapolri",
    "kapolda",
    "kapolres",
    "kapolsek",
    "kasat",
    "panglima",
    "jenderal",
    "jendral",
    "kolonel",
    "letnan",
    "mayor",
    "kapten",
    "brigjen",
    "mayjen",
    "letjen",
    "irjen",
    "kombes",
    "akbp",
    "kompol",
    "komandan",
    "juru",
    "jubir",
    "bicara",
    "senator",
    "hakim",
    "jaksa",
    "pengacara",
    "profesor",
    "prof",
    "dr",
    "dokter",
    "ustaz",
    "ustadz",
    "kiai",
    "kh",
    "habib",
    "pak",
    "bu",
    "bapak",
    "ibu",
    "sdr",
    "tersangka",
    "terdakwa",
    "pelatih",
    "perdana",
    "raja",
    "ratu",
    "pangeran",
    "paus",
    "sultan",
    "president",
    "minister",
    "governor",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "secretary",
    "chairman",
    "chairwoman",
    "ceo",
    "director",
    "chief",
    "general",
    "commander",
    "mr",
    "mrs",
    "ms",
    "sir",
    "king",
    "queen",
    "prince",
    "pope",
    "premier",
    "prime",
    "leader",
    "kanselir",
    "chancellor",
    "duta",
    "dubes",
    "ambassador",
    "penasihat",
    "adviser",
    "advisor",
    "pemimpin",
    "komisaris",
    "ajudan",
    "lieutenant",
    "colonel",
    "sergeant",
    "captain",
];

const SAY_WORDS: &[&str] = &[
    "kata",
    "ujar",
    "ucap",
    "tutur",
    "jelas",
    "ungkap",
    "tegas",
    "imbuh",
    "katanya",
    "mengatakan",
    "menyatakan",
    "menjelaskan",
    "mengungkapkan",
    "menegaskan",
    "menambahkan",
    "menurut",
    "said",
    "says",
    "told",
    "according",
    "added",
    "stated",
];

const PLACE_TRIGGERS: &[&str] = &[
    "kota",
    "kabupaten",
    "kab",
    "provinsi",
    "prov",
    "desa",
    "kecamatan",
    "kelurahan",
    "kampung",
    "dusun",
    "wilayah",
    "pulau",
    "negara",
    "negeri",
    "distrik",
    "daerah",
    "kawasan",
    "jalan",
    "jl",
    "city",
    "village",
    "province",
    "region",
    "district",
    "town",
    "capital",
    "ibukota",
    "oblast",
    "republik",
    "kerajaan",
    "teluk",
    "gunung",
    "sungai",
    "selat",
    "tanjung",
    "lembah",
];

const ORG_TRIGGERS: &[&str] = &[
    "partai",
    "kementerian",
    "badan",
    "komisi",
    "dinas",
    "lembaga",
    "perusahaan",
    "pt",
    "cv",
    "tbk",
    "universitas",
    "institut",
    "sekolah",
    "bank",
    "tim",
    "klub",
    "kantor",
    "dewan",
    "majelis",
    "mahkamah",
    "pengadilan",
    "kejaksaan",
    "kepolisian",
    "polda",
    "polres",
    "polsek",
    "kodam",
    "korem",
    "kodim",
    "pemerintah",
    "pemkot",
    "pemkab",
    "pemprov",
    "asosiasi",
    "persatuan",
    "serikat",
    "yayasan",
    "organisasi",
    "koalisi",
    "fraksi",
    "pasukan",
    "tentara",
    "militer",
    "angkatan",
    "korps",
    "legiun",
    "brigade",
    "batalion",
    "divisi",
    "ministry",
    "party",
    "agency",
    "committee",
    "company",
    "university",
    "council",
    "army",
    "corps",
    "union",
    "group",
    "inc",
    "ltd",
    "corp",
    "kantor",
    "harian",
    "koran",
    "stasiun",
    "kelompok",
    "federasi",
    "liga",
];

const PREPOSITIONS: &[&str] = &[
    "di", "ke", "dari", "in", "at", "from", "to", "near", "dekat", "menuju", "asal",
];

/// Trigger classes of a lowercase word (a bit mask of `T_*`).
pub(crate) fn trigger_class(lower: &str) -> u8 {
    static MAP: std::sync::OnceLock<super::gazetteer::FastMap<&'static str, u8>> =
        std::sync::OnceLock::new();
    let map = MAP.get_or_init(|| {
        let mut m = super::gazetteer::FastMap::default();
        for (list, bit) in [
            (PERSON_TITLES, T_PERSON_TITLE),
            (SAY_WORDS, T_SAY),
            (PLACE_TRIGGERS, T_PLACE),
            (ORG_TRIGGERS, T_ORG),
            (PREPOSITIONS, T_PREP),
        ] {
            for w in list {
                *m.entry(*w).or_insert(0) |= bit;
            }
        }
        m
    });
    map.get(lower).copied().unwrap_or(0)
}

pub(crate) fn is_person_title(lower: &str) -> bool {
    trigger_class(lower) & T_PERSON_TITLE != 0
}

/// Compressed word shape: `Gladkov` -> `Xx`, `PBB` -> `X`, `20.000` -> `d.d`, `pro-Kiev` -> `x-Xx`.
pub(crate) fn shape(w: &str) -> ([u8; 8], usize) {
    let mut out = [0u8; 8];
    let mut n = 0;
    let mut last = 0u8;
    for c in w.chars() {
        let k = if c.is_uppercase() {
            b'X'
        } else if c.is_lowercase() {
            b'x'
        } else if c.is_numeric() {
            b'd'
        } else if c.is_ascii() {
            c as u8
        } else {
            b'p'
        };
        if k != last {
            if n == out.len() {
                break;
            }
            out[n] = k;
            n += 1;
            last = k;
        }
    }
    (out, n)
}

/// Cluster ids for words without clusters and for the positions before and after a sentence.
pub(crate) const NO_CLUSTER: [u16; 3] = [u16::MAX; 3];
const BOS_CLUSTER: u16 = u16::MAX - 1;
const EOS_CLUSTER: u16 = u16::MAX - 2;

/// The features that depend on nothing but the word itself (`w`, its lowercase form `lc` and
/// its [`shape`] `sh`), appended to `out`. The tagger sums their weights once per distinct word
/// and caches the sum (`Model::word_infos`), so only put a template here if that holds.
pub(crate) fn word_features(w: &str, lc: &str, sh: &[u8], out: &mut Vec<u32>) {
    let l = lc.as_bytes();
    out.push(H::new(0).finish());
    out.push(H::new(1).bytes(l).finish());
    out.push(H::new(24).bytes(w.as_bytes()).finish());
    out.push(H::new(2).bytes(sh).finish());
    // Affixes by chars.
    let nch = lc.chars().count();
    for (t, k) in [(3u8, 2usize), (4, 3)] {
        if nch > k {
            let end = lc.char_indices().nth(k).map_or(lc.len(), |(b, _)| b);
            out.push(H::new(t).bytes(&l[..end]).finish());
        }
    }
    for (t, k) in [(5u8, 2usize), (6, 3), (7, 4)] {
        if nch > k {
            let start = lc.char_indices().nth(nch - k).map_or(0, |(b, _)| b);
            out.push(H::new(t).bytes(&l[start..]).finish());
        }
    }
}

/// Whether a token makes the word after it clause-initial (the `first` of template 16).
pub(crate) fn opens_clause(w: &str) -> bool {
    matches!(
        w,
        "“" | "\"" | "‘" | "'" | "(" | ":" | "-" | "–" | "—" | "." | "!" | "?"
    )
}

// The tagger's fast path (`Model::word_infos` and `Model::emissions_cached`) splits
// [`Prepared::context_features`] by what each feature depends on, so that most of them can be
// summed once per distinct word and cached: the features of word `i` that depend on a single
// neighbour `j` only (templates 8-13, 51, 52) are the same whatever `i` is, so word `j` carries
// their summed weights "as a previous word", "as a next word", and so on; those that depend on
// word `i` alone (23, 26, 50, 54) join its own [`word_features`]. Only the rest
// (the window features, `window_features`) is hashed per token. Together they are exactly the templates of
// `context_features` (the test `cached_emissions_equal_full_feature_emissions` in `model.rs`
// holds them to it): a template added there must be added to one of these.
// `context_features` itself stays as it is: training hashes through it, in its order.

/// A neighbour of a word as the context features see it: a word of the sentence, or the
/// position before ([`Neighbour::BOS`]) or after ([`Neighbour::EOS`]) it.
pub(crate) struct Neighbour<'a> {
    pub lower: &'a [u8],
    pub shape: &'a [u8],
    pub clus: [u16; 3],
}

impl Neighbour<'static> {
    pub(crate) const BOS: Self = Neighbour {
        lower: b"<s>",
        shape: b"<s>",
        clus: [BOS_CLUSTER; 3],
    };
    pub(crate) const EOS: Self = Neighbour {
        lower: b"</s>",
        shape: b"</s>",
        clus: [EOS_CLUSTER; 3],
    };
}

/// Features a word gives the word after it (templates 8, 12, 51).
pub(crate) fn as_prev_features(n: &Neighbour<'_>, out: &mut Vec<u32>) {
    adjacent_features(n, [8, 12, 51], out);
}

/// Features a word gives the word before it (templates 9, 13, 52).
pub(crate) fn as_next_features(n: &Neighbour<'_>, out: &mut Vec<u32>) {
    adjacent_features(n, [9, 13, 52], out);
}

/// A word's lowercase form, shape and two coarser clusters, hashed under the templates of one
/// side (`[lower, shape, cluster]`).
fn adjacent_features(n: &Neighbour<'_>, [t_lower, t_shape, t_clus]: [u8; 3], out: &mut Vec<u32>) {
    out.push(H::new(t_lower).bytes(n.lower).finish());
    out.push(H::new(t_shape).bytes(n.shape).finish());
    for lvl in 0..2u8 {
        let c = n.clus[lvl as usize].to_le_bytes();
        out.push(H::new(t_clus).bytes(&[lvl, c[0], c[1]]).finish());
    }
}

/// Feature a word gives the word two after it (template 10).
pub(crate) fn as_prev2_features(n: &Neighbour<'_>, out: &mut Vec<u32>) {
    out.push(H::new(10).bytes(n.lower).finish());
}

/// Feature a word gives the word two before it (template 11).
pub(crate) fn as_next2_features(n: &Neighbour<'_>, out: &mut Vec<u32>) {
    out.push(H::new(11).bytes(n.lower).finish());
}

/// Context templates that depend on nothing but the word itself (23, 26, 50, 54): its
/// lowercase form `lc`, [`shape`] `sh`, trigger class, clusters and capitalisation.
pub(crate) fn own_context_features(
    lc: &str,
    sh: &[u8],
    trig: u8,
    clus: [u16; 3],
    cap: bool,
    out: &mut Vec<u32>,
) {
    if trig != 0 {
        out.push(H::new(23).bytes(&[trig, u8::from(cap)]).finish());
    }
    let len = lc.chars().count().min(12) as u8;
    out.push(H::new(26).bytes(&[len, u8::from(cap)]).finish());
    for lvl in 0..3u8 {
        let c = clus[lvl as usize].to_le_bytes();
        out.push(H::new(50).bytes(&[lvl, c[0], c[1], u8::from(cap)]).finish());
    }
    cluster_shape_features(clus, sh, out);
}

/// The word's two finer clusters with its whole [`shape`] (template 54), not just whether it
/// is capitalised: `Xx` and `X` (an acronym) or `x-Xx` in one cluster are different evidence,
/// and a linear model cannot form that pair from the separate cluster and shape features.
/// Mean idner dev F1 of seeds 1-8: 86.71 -> 87.20 (see data/model/README.md).
fn cluster_shape_features(clus: [u16; 3], sh: &[u8], out: &mut Vec<u32>) {
    for lvl in 1..3u8 {
        let c = clus[lvl as usize].to_le_bytes();
        out.push(
            H::new(54)
                .bytes(&[lvl, c[0], c[1]])
                .sep()
                .bytes(sh)
                .finish(),
        );
    }
}

/// What the window features (`window_features`) need to know about word `i` and its neighbours: `p`/`n` are
/// words `i-1`/`i+1` (`p2`/`n2`: `i-2`/`i+2`), with the values `Prepared`'s accessors give
/// outside the sentence.
pub(crate) struct Window<'a> {
    pub p1: &'a [u8],
    pub l: &'a [u8],
    pub n1: &'a [u8],
    pub ps: &'a [u8],
    pub sh: &'a [u8],
    pub ns: &'a [u8],
    pub first: bool,
    pub cap: bool,
    /// Gazetteer flags of words `i-1`, `i`, `i+1`.
    pub gaz: [u8; 3],
    /// Trigger classes of words `i-2`, `i-1`, `i+1`.
    pub trig: [u8; 3],
    /// Capitalisation buckets of words `i-1`, `i`, `i+1`.
    pub caps: [u8; 3],
    /// Name-list flags of words `i-1`, `i`, `i+1`.
    pub seen: [u16; 3],
    /// Coarsest cluster ids of words `i-1`, `i`, `i+1`.
    pub clus: [u16; 3],
    /// Finest cluster id of word `i`.
    pub fine: u16,
}

/// The context templates of word `i` that combine it with a neighbour, or depend on the
/// sentence's gazetteer and name-list matches (see the comment above [`Neighbour`]), one
/// function per template below. The tagger (`Model::window_into`) calls those functions
/// itself: it sums the weights of the templates whose inputs are a few small numbers from
/// tables it fills once per model (`SmallSums`), and hashes only the rest
/// ([`window_text_features`], [`caps_window_feature`], [`cluster_window_feature`],
/// [`cluster_first_feature`]). This whole list is what the model test holds that to.
#[cfg(test)]
pub(crate) fn window_features(x: &Window<'_>, out: &mut Vec<u32>) {
    let cap = u8::from(x.cap);
    let first = u8::from(x.first);
    window_text_features(x, out);
    first_cap_feature(first, cap, out);
    let [gp, g, gn] = x.gaz;
    gaz_own_features(g, first, out);
    gaz_side_feature(GAZ_PREV, gp, out);
    gaz_side_feature(GAZ_NEXT, gn, out);
    let [tp2, tp, tn] = x.trig;
    trig_window_feature(TRIG_PREV, tp, cap, out);
    trig_window_feature(TRIG_PREV2, tp2, cap, out);
    trig_window_feature(TRIG_NEXT, tn, cap, out);
    let [cp, c0, cn] = x.caps;
    caps_own_feature(c0, cap, first, out);
    caps_window_feature(x.caps, cap, out);
    caps_side_feature(CAPS_PREV, cp, cap, out);
    caps_side_feature(CAPS_NEXT, cn, cap, out);
    let [sp, s0, sn] = x.seen;
    for (t, shift) in SEEN_TEMPLATES {
        let (p, c, n) = (
            (sp >> shift) as u8,
            (s0 >> shift) as u8,
            (sn >> shift) as u8,
        );
        seen_own_feature(t, c, cap, out);
        seen_side_feature(t + 1, p, out);
        seen_side_feature(t + 2, n, out);
    }
    cluster_window_feature(x.clus, cap, out);
    cluster_first_feature(x.fine, cap, first, out);
}

/// Templates of [`gaz_side_feature`]: the previous and the next word's gazetteer flags.
pub(crate) const GAZ_PREV: u8 = 18;
pub(crate) const GAZ_NEXT: u8 = 19;
/// Templates of [`trig_window_feature`]: the trigger class of word `i-1`, `i-2`, `i+1`.
pub(crate) const TRIG_PREV: u8 = 20;
pub(crate) const TRIG_PREV2: u8 = 21;
pub(crate) const TRIG_NEXT: u8 = 22;
/// Templates of [`caps_side_feature`]: the previous and the next word's capitalisation bucket.
pub(crate) const CAPS_PREV: u8 = 33;
pub(crate) const CAPS_NEXT: u8 = 34;
/// Templates of the training-name and auto-lexicon flags ([`seen_own_feature`], template + 1
/// and + 2 for [`seen_side_feature`] of the previous and next word), with the shift that takes
/// each one's byte out of the `u16` flags.
pub(crate) const SEEN_TEMPLATES: [(u8, u16); 2] = [(38, 0), (41, 8)];

/// The word with its neighbours' words and shapes.
pub(crate) fn window_text_features(x: &Window<'_>, out: &mut Vec<u32>) {
    out.push(H::new(14).bytes(x.p1).sep().bytes(x.l).finish());
    out.push(H::new(15).bytes(x.l).sep().bytes(x.n1).finish());
    out.push(
        H::new(25)
            .bytes(x.ps)
            .sep()
            .bytes(x.sh)
            .sep()
            .bytes(x.ns)
            .finish(),
    );
    out.push(H::new(27).bytes(x.p1).sep().bytes(x.sh).finish());
    out.push(H::new(28).bytes(x.sh).sep().bytes(x.n1).finish());
}

/// Sentence-initial and capitalised (`first`, `cap`: 0 or 1).
pub(crate) fn first_cap_feature(first: u8, cap: u8, out: &mut Vec<u32>) {
    out.push(H::new(16).bytes(&[first, cap]).finish());
}

/// The word's own gazetteer flags `g` (none when 0).
pub(crate) fn gaz_own_features(g: u8, first: u8, out: &mut Vec<u32>) {
    if g != 0 {
        out.push(H::new(17).bytes(&[g]).finish());
        out.push(H::new(29).bytes(&[g, first]).finish());
        for b in 0..6u8 {
            if g & (1 << b) != 0 {
                out.push(H::new(30).bytes(&[b]).finish());
            }
        }
    }
}

/// A neighbour's gazetteer flags `g` ([`GAZ_PREV`], [`GAZ_NEXT`]; none when 0).
pub(crate) fn gaz_side_feature(template: u8, g: u8, out: &mut Vec<u32>) {
    if g != 0 {
        out.push(H::new(template).bytes(&[g]).finish());
    }
}

/// A neighbour's trigger class `t` with the word's capitalisation ([`TRIG_PREV`],
/// [`TRIG_PREV2`], [`TRIG_NEXT`]; none when 0).
pub(crate) fn trig_window_feature(template: u8, t: u8, cap: u8, out: &mut Vec<u32>) {
    if t != 0 {
        out.push(H::new(template).bytes(&[t, cap]).finish());
    }
}

/// The word's capitalisation bucket `c0`.
pub(crate) fn caps_own_feature(c0: u8, cap: u8, first: u8, out: &mut Vec<u32>) {
    out.push(H::new(31).bytes(&[c0, cap, first]).finish());
}

/// The capitalisation buckets of the word and both neighbours.
pub(crate) fn caps_window_feature(caps: [u8; 3], cap: u8, out: &mut Vec<u32>) {
    let [cp, c0, cn] = caps;
    out.push(H::new(32).bytes(&[cp, c0, cn, cap]).finish());
}

/// A neighbour's capitalisation bucket `c` ([`CAPS_PREV`], [`CAPS_NEXT`]).
pub(crate) fn caps_side_feature(template: u8, c: u8, cap: u8, out: &mut Vec<u32>) {
    out.push(H::new(template).bytes(&[c, cap]).finish());
}

/// The word's own name-list flags `c` (none when 0; templates in [`SEEN_TEMPLATES`]).
pub(crate) fn seen_own_feature(template: u8, c: u8, cap: u8, out: &mut Vec<u32>) {
    if c != 0 {
        out.push(H::new(template).bytes(&[c, cap]).finish());
    }
}

/// A neighbour's name-list flags `f` (none when 0).
pub(crate) fn seen_side_feature(template: u8, f: u8, out: &mut Vec<u32>) {
    if f != 0 {
        out.push(H::new(template).bytes(&[f]).finish());
    }
}

/// The coarsest clusters of the word and both neighbours.
pub(crate) fn cluster_window_feature(clus: [u16; 3], cap: u8, out: &mut Vec<u32>) {
    let [kp, k0, kn] = clus.map(u16::to_le_bytes);
    out.push(
        H::new(53)
            .bytes(&[kp[0], kp[1], k0[0], k0[1], kn[0], kn[1], cap])
            .finish(),
    );
}

/// The word's finest cluster with its capitalisation and whether it opens a clause (template
/// 62): a capital is weak evidence of a name where every word has one, and how weak depends on
/// the kind of word (`Menurut` and `Pemerintah` open sentences, names of one cluster open them
/// as names). Mean idner dev F1 of seeds 1-8, on top of template 54: 87.20 -> 87.57.
pub(crate) fn cluster_first_feature(fine: u16, cap: u8, first: u8, out: &mut Vec<u32>) {
    let c = fine.to_le_bytes();
    out.push(H::new(62).bytes(&[c[0], c[1], cap, first]).finish());
}

/// Per-sentence precomputed word data.
pub struct Prepared<'a> {
    pub words: &'a [&'a str],
    pub lower: std::borrow::Cow<'a, [Lower<'a>]>,
    shapes: Vec<([u8; 8], usize)>,
    gaz: std::borrow::Cow<'a, [u8]>,
    trig: Vec<u8>,
    caps: Vec<u8>,
    clus: Vec<[u16; 3]>,
    seen: std::borrow::Cow<'a, [u16]>,
}

impl<'a> Prepared<'a> {
    pub fn new(words: &'a [&'a str], gaz: &Gazetteer) -> Self {
        let lower: Vec<Lower<'a>> = words
            .iter()
            .map(|w| Lower::Owned(w.to_lowercase()))
            .collect();
        let flags = gaz.flags(words, &lower);
        let seen = super::gazetteer::name_flags(gaz.seen(), gaz.auto(), words, &lower);
        Self::with_parts(words, lower.into(), flags.into(), seen.into(), gaz)
    }

    /// Like [`Prepared::new`] with the lowercase words and gazetteer flags already computed
    /// (for a whole paragraph, sliced per sentence).
    pub fn with_parts(
        words: &'a [&'a str],
        lower: std::borrow::Cow<'a, [Lower<'a>]>,
        flags: std::borrow::Cow<'a, [u8]>,
        seen: std::borrow::Cow<'a, [u16]>,
        gaz: &Gazetteer,
    ) -> Self {
        let shapes = words.iter().map(|w| shape(w)).collect();
        let trig = lower.iter().map(|l| trigger_class(l)).collect();
        let caps = lower.iter().map(|l| gaz.cap_bucket(l)).collect();
        let clus = lower
            .iter()
            .map(|l| gaz.clusters(l).unwrap_or(NO_CLUSTER))
            .collect();
        Prepared {
            clus,
            words,
            lower,
            shapes,
            gaz: flags,
            trig,
            caps,
            seen,
        }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    fn lower_at(&self, i: isize) -> &[u8] {
        if i < 0 {
            b"<s>"
        } else if i as usize >= self.len() {
            b"</s>"
        } else {
            self.lower[i as usize].as_bytes()
        }
    }

    fn shape_at(&self, i: isize) -> &[u8] {
        if i < 0 {
            b"<s>"
        } else if i as usize >= self.len() {
            b"</s>"
        } else {
            let (s, n) = &self.shapes[i as usize];
            &s[..*n]
        }
    }

    fn gaz_at(&self, i: isize) -> u8 {
        if i < 0 || i as usize >= self.len() {
            0
        } else {
            self.gaz[i as usize]
        }
    }

    fn caps_at(&self, i: isize) -> u8 {
        if i < 0 || i as usize >= self.len() {
            9
        } else {
            self.caps[i as usize]
        }
    }

    fn clus_at(&self, i: isize) -> [u16; 3] {
        if i < 0 {
            [BOS_CLUSTER; 3]
        } else if i as usize >= self.len() {
            [EOS_CLUSTER; 3]
        } else {
            self.clus[i as usize]
        }
    }

    fn trig_at(&self, i: isize) -> u8 {
        if i < 0 || i as usize >= self.len() {
            0
        } else {
            self.trig[i as usize]
        }
    }

    /// The features of word `i` that name the word itself: its lowercase and exact forms and
    /// its pairs with the words beside it (templates 1, 24, 14, 15). Training's lexical dropout
    /// (`TrainConfig::drop`) hides them now and then, so the model also learns what the
    /// context says about a name.
    pub(crate) fn lexical_features(&self, i: usize) -> [u32; 4] {
        let ii = i as isize;
        let l = self.lower[i].as_bytes();
        [
            H::new(1).bytes(l).finish(),
            H::new(24).bytes(self.words[i].as_bytes()).finish(),
            H::new(14)
                .bytes(self.lower_at(ii - 1))
                .sep()
                .bytes(l)
                .finish(),
            H::new(15)
                .bytes(l)
                .sep()
                .bytes(self.lower_at(ii + 1))
                .finish(),
        ]
    }

    /// Writes the feature hashes of word `i` into `out` (cleared first).
    pub fn features(&self, i: usize, out: &mut Vec<u32>) {
        out.clear();
        word_features(
            self.words[i],
            &self.lower[i],
            self.shape_at(i as isize),
            out,
        );
        self.context_features(i, out);
    }

    /// The features of word `i` beyond [`word_features`] (neighbours, position, gazetteer and
    /// name-list flags), appended to `out`.
    pub(crate) fn context_features(&self, i: usize, out: &mut Vec<u32>) {
        let ii = i as isize;
        let w = self.words[i];
        let l = self.lower[i].as_bytes();
        let lc = &self.lower[i];
        let sh = self.shape_at(ii);
        let nch = lc.chars().count();
        let p1 = self.lower_at(ii - 1);
        let n1 = self.lower_at(ii + 1);
        out.push(H::new(8).bytes(p1).finish());
        out.push(H::new(9).bytes(n1).finish());
        out.push(H::new(10).bytes(self.lower_at(ii - 2)).finish());
        out.push(H::new(11).bytes(self.lower_at(ii + 2)).finish());
        let ps = self.shape_at(ii - 1);
        let ns = self.shape_at(ii + 1);
        out.push(H::new(12).bytes(ps).finish());
        out.push(H::new(13).bytes(ns).finish());
        out.push(H::new(14).bytes(p1).sep().bytes(l).finish());
        out.push(H::new(15).bytes(l).sep().bytes(n1).finish());
        out.push(
            H::new(25)
                .bytes(ps)
                .sep()
                .bytes(sh)
                .sep()
                .bytes(ns)
                .finish(),
        );
        out.push(H::new(27).bytes(p1).sep().bytes(sh).finish());
        out.push(H::new(28).bytes(sh).sep().bytes(n1).finish());
        let first = i == 0 || opens_clause(self.words[i - 1]);
        let cap = w.chars().next().is_some_and(char::is_uppercase);
        out.push(H::new(16).bytes(&[u8::from(first), u8::from(cap)]).finish());
        let g = self.gaz_at(ii);
        if g != 0 {
            out.push(H::new(17).bytes(&[g]).finish());
            out.push(H::new(29).bytes(&[g, u8::from(first)]).finish());
            for b in 0..6u8 {
                if g & (1 << b) != 0 {
                    out.push(H::new(30).bytes(&[b]).finish());
                }
            }
        }
        let gp = self.gaz_at(ii - 1);
        let gn = self.gaz_at(ii + 1);
        if gp != 0 {
            out.push(H::new(18).bytes(&[gp]).finish());
        }
        if gn != 0 {
            out.push(H::new(19).bytes(&[gn]).finish());
        }
        let tp = self.trig_at(ii - 1);
        let tp2 = self.trig_at(ii - 2);
        let tn = self.trig_at(ii + 1);
        let t0 = self.trig_at(ii);
        if tp != 0 {
            out.push(H::new(20).bytes(&[tp, u8::from(cap)]).finish());
        }
        if tp2 != 0 {
            out.push(H::new(21).bytes(&[tp2, u8::from(cap)]).finish());
        }
        if tn != 0 {
            out.push(H::new(22).bytes(&[tn, u8::from(cap)]).finish());
        }
        if t0 != 0 {
            out.push(H::new(23).bytes(&[t0, u8::from(cap)]).finish());
        }
        let c0 = self.caps_at(ii);
        let cp = self.caps_at(ii - 1);
        let cn = self.caps_at(ii + 1);
        out.push(
            H::new(31)
                .bytes(&[c0, u8::from(cap), u8::from(first)])
                .finish(),
        );
        out.push(H::new(32).bytes(&[cp, c0, cn, u8::from(cap)]).finish());
        out.push(H::new(33).bytes(&[cp, u8::from(cap)]).finish());
        out.push(H::new(34).bytes(&[cn, u8::from(cap)]).finish());
        let sp = if i > 0 { self.seen[i - 1] } else { 0 };
        let sn = self.seen.get(i + 1).copied().unwrap_or(0);
        let s0 = self.seen[i];
        for (t, shift) in [(38u8, 0u16), (41, 8)] {
            let (p, c, n) = (
                (sp >> shift) as u8,
                (s0 >> shift) as u8,
                (sn >> shift) as u8,
            );
            if c != 0 {
                out.push(H::new(t).bytes(&[c, u8::from(cap)]).finish());
            }
            if p != 0 {
                out.push(H::new(t + 1).bytes(&[p]).finish());
            }
            if n != 0 {
                out.push(H::new(t + 2).bytes(&[n]).finish());
            }
        }
        let len = nch.min(12) as u8;
        out.push(H::new(26).bytes(&[len, u8::from(cap)]).finish());
        // Word clusters (Brown, from unlabelled news): they generalise from the few thousand
        // annotated words to words that only the unlabelled news has seen, in similar contexts.
        let k0 = self.clus_at(ii);
        let kp = self.clus_at(ii - 1);
        let kn = self.clus_at(ii + 1);
        let b = |c: u16| c.to_le_bytes();
        for lvl in 0..3u8 {
            let c = b(k0[lvl as usize]);
            out.push(H::new(50).bytes(&[lvl, c[0], c[1], u8::from(cap)]).finish());
        }
        for lvl in 0..2u8 {
            let (p, n) = (b(kp[lvl as usize]), b(kn[lvl as usize]));
            out.push(H::new(51).bytes(&[lvl, p[0], p[1]]).finish());
            out.push(H::new(52).bytes(&[lvl, n[0], n[1]]).finish());
        }
        let (p, c, n) = (b(kp[0]), b(k0[0]), b(kn[0]));
        out.push(
            H::new(53)
                .bytes(&[p[0], p[1], c[0], c[1], n[0], n[1], u8::from(cap)])
                .finish(),
        );
        cluster_shape_features(k0, sh, out);
        cluster_first_feature(k0[2], u8::from(cap), u8::from(first), out);
    }
}
