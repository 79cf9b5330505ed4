//! The trained tagger: hashed features -> quantised `i16` weights per label, a label
//! transition matrix, and the gazetteers, all in one compact binary blob.
//!
//! File layout (little endian): `KNER\x05`, eight length-prefixed UTF-8 texts (places,
//! organisations, people, aliases, capitalisation lexicon, names seen in training, auto-tagged
//! names, word clusters), `u32` label count, `f32` weight scale, `(labels+1)*labels`
//! `f32` transitions (last row = sentence start), `u32` feature count, the sorted feature hashes
//! as LEB128 deltas, then `count*labels` `i16` weights.

use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};

use super::features::{
    as_next2_features, as_next_features, as_prev2_features, as_prev_features, caps_own_feature,
    caps_side_feature, caps_window_feature, cluster_first_feature, cluster_window_feature,
    first_cap_feature, gaz_own_features, gaz_side_feature, opens_clause, own_context_features,
    seen_own_feature, seen_side_feature, shape, trig_window_feature, trigger_class,
    window_text_features, word_features, Neighbour, Prepared, Window, CAPS_NEXT, CAPS_PREV,
    GAZ_NEXT, GAZ_PREV, NO_CLUSTER, SEEN_TEMPLATES, TRIG_NEXT, TRIG_PREV, TRIG_PREV2,
};
use super::gazetteer::{Gazetteer, GazetteerTexts, WordHash};
use super::tokenize::Lower;

pub const NL: usize = 7;
pub const LABELS: [&str; NL] = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"];
const MAGIC: &[u8; 5] = b"KNER\x05";

/// Errors reading a model file.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ModelError {
    #[error("not a kliping NER model (bad magic)")]
    BadMagic,
    #[error("model file is truncated or corrupt")]
    Truncated,
    #[error("model has {0} labels, expected 7")]
    Labels(usize),
}

/// Whether label `cur` may follow `prev` (`None` = sentence start) in BIO.
pub fn allowed(prev: Option<usize>, cur: usize) -> bool {
    if cur == 0 || cur % 2 == 1 {
        return true;
    }
    matches!(prev, Some(p) if p == cur || p == cur - 1)
}

const FILTER_BITS: usize = 1 << 18;

fn filter_bit(k: u32) -> usize {
    (k.wrapping_mul(0x85eb_ca6b) >> 14) as usize & (FILTER_BITS - 1)
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    key: u32,
    w: [i16; NL],
}

/// A loaded NER model.
#[derive(Debug, Clone)]
pub struct Model {
    pub(crate) gaz: Gazetteer,
    pub(crate) texts: GazetteerTexts,
    scale: f32,
    trans: Vec<f32>,
    /// Open-addressing table: key and weights side by side, so a hit costs one cache miss.
    table: Vec<Entry>,
    /// One bit per key hash: most features are not in the model, and this rejects them from L1.
    filter: Vec<u64>,
    count: usize,
    mask: usize,
    /// Identifies this model's weights in the per-thread word cache ([`Model::word_infos`]).
    id: u64,
    /// What the positions before and after a sentence give its first and last words, as the
    /// cached [`WordInfo::roles`] of a word would.
    bos: Roles,
    eos: Roles,
    /// The summed weights of the window templates whose inputs are a few small numbers.
    small: SmallSums,
    /// Whether any [`cluster_first_feature`] (template 62) has weights: a model trained
    /// before the template has none, and the tagger then skips its hash and look-up per token.
    fine_first: bool,
}

type Sums = [i32; NL];

/// Summed weights of the [`window_features`](super::features::window_features) templates
/// whose inputs are one to three small numbers (flags, trigger classes, capitalisation
/// buckets), for every value up to a bound: read from these tables, the tagger hashes and
/// looks up only the word, shape and cluster templates of each token. Filled by calling the
/// same feature functions, so the sums are those of hashing every feature one by one; a value
/// past a table's bound (none the tagger makes today) is hashed as before.
#[derive(Debug, Clone, Default)]
struct SmallSums {
    /// [`first_cap_feature`] by `first << 1 | cap`.
    first_cap: Vec<Sums>,
    /// [`gaz_own_features`] by `g << 1 | first`, `g < 64`.
    gaz_own: Vec<Sums>,
    /// [`gaz_side_feature`] of the previous and the next word, by `g < 64`.
    gaz_side: [Vec<Sums>; 2],
    /// [`trig_window_feature`] of words `i-1`, `i-2`, `i+1`, by `t << 1 | cap`, `t < 32`.
    trig: [Vec<Sums>; 3],
    /// [`caps_own_feature`] by `c0 << 2 | cap << 1 | first`, `c0 < 16`.
    caps_own: Vec<Sums>,
    /// [`caps_side_feature`] of the previous and the next word, by `c << 1 | cap`, `c < 16`.
    caps_side: [Vec<Sums>; 2],
    /// Per [`SEEN_TEMPLATES`] entry: [`seen_own_feature`] by `c << 1 | cap` (`c < 64`), and
    /// [`seen_side_feature`] of the previous and the next word by `f < 64`.
    seen_own: [Vec<Sums>; 2],
    seen_side: [[Vec<Sums>; 2]; 2],
}

const GAZ_VALUES: usize = 64;
const TRIG_VALUES: usize = 32;
const CAPS_VALUES: usize = 16;
const SEEN_VALUES: usize = 64;

/// Source of [`Model::id`]s: every assembled model gets a fresh one.
static NEXT_ID: AtomicU64 = AtomicU64::new(1);

/// What the tagger needs to know about one distinct word, whatever its context: the summed
/// weights of its own features ([`word_features`] and [`own_context_features`]) and of the
/// features it gives its neighbours ([`Roles`]), its shape, trigger class, capitalisation
/// bucket and clusters.
#[derive(Debug, Clone, Copy)]
pub(crate) struct WordInfo {
    em: [i32; NL],
    roles: Roles,
    pub(crate) shape: [u8; 8],
    pub(crate) shape_len: u8,
    pub(crate) trig: u8,
    pub(crate) caps: u8,
    pub(crate) clus: [u16; 3],
    /// Starts with an uppercase letter.
    cap: bool,
    /// Makes the next word clause-initial ([`opens_clause`]).
    opens: bool,
}

impl WordInfo {
    fn shape(&self) -> &[u8] {
        self.shape
            .get(..usize::from(self.shape_len))
            .unwrap_or(&self.shape)
    }
}

/// Summed weights of the features a word gives the words around it: to word `i` when it is
/// word `i-1` (`prev`), `i+1` (`next`), `i-2` (`prev2`) or `i+2` (`next2`). Integer sums, so
/// adding them up in any grouping gives the scores of hashing every feature one by one.
#[derive(Debug, Clone, Copy)]
struct Roles {
    prev: [i32; NL],
    next: [i32; NL],
    prev2: [i32; NL],
    next2: [i32; NL],
}

#[inline]
fn add(acc: &mut [i32; NL], w: &[i32; NL]) {
    for (a, x) in acc.iter_mut().zip(w) {
        *a += x;
    }
}

/// Per-thread memo of [`WordInfo`]s for one model. News repeats its words heavily (in IndoSum
/// dev 90% of tokens are a word seen before), so most tokens skip the word's own hashing and
/// weight lookups. Direct-mapped: a word has one slot (by hash) and evicts whatever was there,
/// so memory is fixed (6 MiB: 192-byte slots, most of it the word's [`Roles`]), there is
/// nothing to clear, and a hit costs three cache lines: the key is stored inline. Hit rate on
/// IndoSum dev ~80%. Words longer than [`KEY`] bytes are never cached.
struct WordCache {
    model: u64,
    slots: Vec<Slot>,
}

const KEY: usize = 23;
const SLOTS: usize = 1 << 15;

#[derive(Clone, Copy)]
#[repr(align(64))]
struct Slot {
    /// Key length + 1 (0 = empty slot).
    len: u8,
    key: [u8; KEY],
    info: WordInfo,
}

// The memory figure in [`WordCache`]'s docs.
const _: () = assert!(std::mem::size_of::<Slot>() == 192);

thread_local! {
    static WORDS: RefCell<WordCache> = const { RefCell::new(WordCache { model: 0, slots: Vec::new() }) };
}

fn put_u32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let end = self.pos.checked_add(n).ok_or(ModelError::Truncated)?;
        let s = self.b.get(self.pos..end).ok_or(ModelError::Truncated)?;
        self.pos = end;
        Ok(s)
    }
    fn u32(&mut self) -> Result<u32, ModelError> {
        let s = self.take(4)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
    fn f32(&mut self) -> Result<f32, ModelError> {
        Ok(f32::from_bits(self.u32()?))
    }
    fn string(&mut self) -> Result<String, ModelError> {
        let n = self.u32()? as usize;
        let s = self.take(n)?;
        String::from_utf8(s.to_vec()).map_err(|_| ModelError::Truncated)
    }
    fn varint(&mut self) -> Result<u32, ModelError> {
        let mut v: u64 = 0;
        for shift in (0..35).step_by(7) {
            let b = self.take(1)?[0];
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return u32::try_from(v).map_err(|_| ModelError::Truncated);
            }
        }
        Err(ModelError::Truncated)
    }
}

impl Model {
    /// Builds a model from raw parts: `feats` sorted by hash, each with `NL` float weights.
    pub fn from_parts(texts: GazetteerTexts, trans: Vec<f32>, feats: &[(u32, [f32; NL])]) -> Self {
        let max = feats
            .iter()
            .flat_map(|(_, w)| w.iter())
            .fold(0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let mut keys = Vec::with_capacity(feats.len());
        let mut weights = Vec::with_capacity(feats.len() * NL);
        for (k, w) in feats {
            let q: Vec<i16> = w
                .iter()
                .map(|x| (x / scale).round().clamp(-32767.0, 32767.0) as i16)
                .collect();
            if q.iter().all(|&x| x == 0) {
                continue;
            }
            keys.push(*k);
            weights.extend_from_slice(&q);
        }
        Self::assemble(texts, scale, trans, keys, weights)
    }

    fn assemble(
        texts: GazetteerTexts,
        scale: f32,
        trans: Vec<f32>,
        keys: Vec<u32>,
        weights: Vec<i16>,
    ) -> Self {
        let cap = (keys.len() * 2).next_power_of_two().max(16);
        let mask = cap - 1;
        let mut table = vec![Entry { key: 0, w: [0; NL] }; cap];
        for (idx, &k) in keys.iter().enumerate() {
            let mut h = (k.wrapping_mul(0x9e37_79b9) as usize) & mask;
            while table[h].key != 0 && table[h].key != k {
                h = (h + 1) & mask;
            }
            table[h].key = k;
            if let Some(w) = weights.get(idx * NL..idx * NL + NL) {
                table[h].w.copy_from_slice(w);
            }
        }
        let mut filter = vec![0u64; FILTER_BITS / 64];
        for &k in &keys {
            let b = filter_bit(k);
            filter[b / 64] |= 1 << (b % 64);
        }
        let gaz = Gazetteer::new(&texts);
        let zero = Roles {
            prev: [0; NL],
            next: [0; NL],
            prev2: [0; NL],
            next2: [0; NL],
        };
        let mut model = Model {
            filter,
            gaz,
            texts,
            scale,
            trans,
            table,
            count: keys.len(),
            mask,
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            bos: zero,
            eos: zero,
            small: SmallSums::default(),
            fine_first: true,
        };
        let mut feats = Vec::with_capacity(8);
        model.bos = model.roles(&Neighbour::BOS, &mut feats);
        model.eos = model.roles(&Neighbour::EOS, &mut feats);
        model.small = model.small_sums();
        model.fine_first = model.has_fine_first();
        model
    }

    /// Whether some value [`cluster_first_feature`] can take has weights. Its inputs are a
    /// word's finest cluster (one of the lexicon's, or [`NO_CLUSTER`]'s) and two flags, so
    /// trying every such value is exact: when none has weights, skipping the template leaves
    /// every score unchanged.
    fn has_fine_first(&self) -> bool {
        let mut fines: Vec<u16> = self.gaz.cluster_ids().map(|c| c[2]).collect();
        fines.push(NO_CLUSTER[2]);
        fines.sort_unstable();
        fines.dedup();
        let mut feats = Vec::with_capacity(4);
        fines.iter().any(|&fine| {
            feats.clear();
            for (cap, first) in [(0, 0), (0, 1), (1, 0), (1, 1)] {
                cluster_first_feature(fine, cap, first, &mut feats);
            }
            feats.iter().any(|&k| self.lookup(k).is_some())
        })
    }

    /// Fills [`SmallSums`] from the weights.
    fn small_sums(&self) -> SmallSums {
        let mut feats = Vec::with_capacity(8);
        // The sums of what `f` pushes for every index below `n`.
        let mut table = |n: usize, f: &dyn Fn(usize, &mut Vec<u32>)| -> Vec<Sums> {
            (0..n)
                .map(|i| {
                    feats.clear();
                    f(i, &mut feats);
                    let mut acc = [0; NL];
                    self.sum_into(&feats, &mut acc);
                    acc
                })
                .collect()
        };
        let byte = |i: usize| i as u8;
        let bit = |i: usize| (i & 1) as u8;
        SmallSums {
            first_cap: table(4, &|i, o| first_cap_feature(byte(i >> 1), bit(i), o)),
            gaz_own: table(GAZ_VALUES * 2, &|i, o| {
                gaz_own_features(byte(i >> 1), bit(i), o)
            }),
            gaz_side: [GAZ_PREV, GAZ_NEXT]
                .map(|t| table(GAZ_VALUES, &|i, o| gaz_side_feature(t, byte(i), o))),
            trig: [TRIG_PREV, TRIG_PREV2, TRIG_NEXT].map(|t| {
                table(TRIG_VALUES * 2, &|i, o| {
                    trig_window_feature(t, byte(i >> 1), bit(i), o)
                })
            }),
            caps_own: table(CAPS_VALUES * 4, &|i, o| {
                caps_own_feature(byte(i >> 2), bit(i >> 1), bit(i), o)
            }),
            caps_side: [CAPS_PREV, CAPS_NEXT].map(|t| {
                table(CAPS_VALUES * 2, &|i, o| {
                    caps_side_feature(t, byte(i >> 1), bit(i), o)
                })
            }),
            seen_own: SEEN_TEMPLATES.map(|(t, _)| {
                table(SEEN_VALUES * 2, &|i, o| {
                    seen_own_feature(t, byte(i >> 1), bit(i), o)
                })
            }),
            seen_side: SEEN_TEMPLATES.map(|(t, _)| {
                [t + 1, t + 2].map(|t| table(SEEN_VALUES, &|i, o| seen_side_feature(t, byte(i), o)))
            }),
        }
    }

    /// Adds the [`window_features`](super::features::window_features) of `x` to `acc`: the
    /// small templates from [`SmallSums`], the rest (and any small one past its table) hashed
    /// into `feats` and looked up.
    fn window_into(&self, x: &Window<'_>, acc: &mut Sums, feats: &mut Vec<u32>) {
        let t = &self.small;
        let cap = u8::from(x.cap);
        let first = u8::from(x.first);
        let (c, f) = (usize::from(cap), usize::from(first));
        let mut table = |sums: &[Sums], i: usize| match sums.get(i) {
            Some(w) => {
                add(acc, w);
                true
            }
            None => false,
        };
        feats.clear();
        window_text_features(x, feats);
        table(&t.first_cap, f << 1 | c);
        let [gp, g, gn] = x.gaz;
        if !table(&t.gaz_own, usize::from(g) << 1 | f) {
            gaz_own_features(g, first, feats);
        }
        for ((sums, template), g) in t.gaz_side.iter().zip([GAZ_PREV, GAZ_NEXT]).zip([gp, gn]) {
            if !table(sums, usize::from(g)) {
                gaz_side_feature(template, g, feats);
            }
        }
        let [tp2, tp, tn] = x.trig;
        for ((sums, template), v) in t
            .trig
            .iter()
            .zip([TRIG_PREV, TRIG_PREV2, TRIG_NEXT])
            .zip([tp, tp2, tn])
        {
            if !table(sums, usize::from(v) << 1 | c) {
                trig_window_feature(template, v, cap, feats);
            }
        }
        let [cp, c0, cn] = x.caps;
        if !table(&t.caps_own, usize::from(c0) << 2 | c << 1 | f) {
            caps_own_feature(c0, cap, first, feats);
        }
        caps_window_feature(x.caps, cap, feats);
        for ((sums, template), v) in t.caps_side.iter().zip([CAPS_PREV, CAPS_NEXT]).zip([cp, cn]) {
            if !table(sums, usize::from(v) << 1 | c) {
                caps_side_feature(template, v, cap, feats);
            }
        }
        let [sp, s0, sn] = x.seen;
        for (k, (template, shift)) in SEEN_TEMPLATES.into_iter().enumerate() {
            let (p, own, n) = (
                (sp >> shift) as u8,
                (s0 >> shift) as u8,
                (sn >> shift) as u8,
            );
            if !table(&t.seen_own[k], usize::from(own) << 1 | c) {
                seen_own_feature(template, own, cap, feats);
            }
            if !table(&t.seen_side[k][0], usize::from(p)) {
                seen_side_feature(template + 1, p, feats);
            }
            if !table(&t.seen_side[k][1], usize::from(n)) {
                seen_side_feature(template + 2, n, feats);
            }
        }
        cluster_window_feature(x.clus, cap, feats);
        if self.fine_first {
            cluster_first_feature(x.fine, cap, first, feats);
        }
        self.sum_into(feats, acc);
    }

    /// The [`Roles`] of a neighbour (`feats`: a scratch buffer, so a word-cache miss does not
    /// allocate).
    fn roles(&self, n: &Neighbour<'_>, feats: &mut Vec<u32>) -> Roles {
        let mut sum = |f: fn(&Neighbour<'_>, &mut Vec<u32>)| {
            feats.clear();
            f(n, feats);
            let mut acc = [0; NL];
            self.sum_into(feats, &mut acc);
            acc
        };
        Roles {
            prev: sum(as_prev_features),
            next: sum(as_next_features),
            prev2: sum(as_prev2_features),
            next2: sum(as_next2_features),
        }
    }

    /// Serialises the model (see the module docs for the layout).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        for t in self.texts.parts() {
            put_u32(&mut out, t.len() as u32);
            out.extend_from_slice(t.as_bytes());
        }
        put_u32(&mut out, NL as u32);
        put_u32(&mut out, self.scale.to_bits());
        for t in &self.trans {
            put_u32(&mut out, t.to_bits());
        }
        let mut pairs: Vec<(u32, [i16; NL])> = self
            .table
            .iter()
            .filter(|e| e.key != 0)
            .map(|e| (e.key, e.w))
            .collect();
        pairs.sort_unstable();
        put_u32(&mut out, pairs.len() as u32);
        let mut prev = 0u32;
        for (k, _) in &pairs {
            let mut d = k - prev;
            prev = *k;
            loop {
                let b = (d & 0x7f) as u8;
                d >>= 7;
                if d == 0 {
                    out.push(b);
                    break;
                }
                out.push(b | 0x80);
            }
        }
        for (_, w) in &pairs {
            for x in w {
                out.extend_from_slice(&x.to_le_bytes());
            }
        }
        out
    }

    /// Reads a model written by [`Model::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, ModelError> {
        let mut r = Reader { b: bytes, pos: 0 };
        if r.take(MAGIC.len())? != MAGIC {
            return Err(ModelError::BadMagic);
        }
        let texts = GazetteerTexts {
            place: r.string()?,
            org: r.string()?,
            person: r.string()?,
            aliases: r.string()?,
            lexicon: r.string()?,
            seen: r.string()?,
            auto: r.string()?,
            clusters: r.string()?,
        };
        let nl = r.u32()? as usize;
        if nl != NL {
            return Err(ModelError::Labels(nl));
        }
        let scale = r.f32()?;
        let mut trans = Vec::with_capacity((NL + 1) * NL);
        for _ in 0..(NL + 1) * NL {
            trans.push(r.f32()?);
        }
        let n = r.u32()? as usize;
        if n > bytes.len() {
            return Err(ModelError::Truncated);
        }
        let mut keys = Vec::with_capacity(n);
        let mut prev = 0u32;
        for _ in 0..n {
            prev = prev.checked_add(r.varint()?).ok_or(ModelError::Truncated)?;
            keys.push(prev);
        }
        let raw = r.take(n.checked_mul(NL * 2).ok_or(ModelError::Truncated)?)?;
        let weights = raw
            .chunks_exact(2)
            .map(|c| i16::from_le_bytes([c[0], c[1]]))
            .collect();
        if keys.contains(&0) {
            return Err(ModelError::Truncated);
        }
        Ok(Self::assemble(texts, scale, trans, keys, weights))
    }

    /// The model shipped in `data/model/ner.bin`, compiled in for native tools only. The browser
    /// app fetches the file and calls [`Model::from_bytes`] instead.
    #[cfg(all(not(target_arch = "wasm32"), feature = "builtin-model"))]
    pub fn builtin() -> &'static Model {
        static MODEL: std::sync::OnceLock<Model> = std::sync::OnceLock::new();
        MODEL.get_or_init(|| {
            Model::from_bytes(include_bytes!("../../../../data/model/ner.bin"))
                .expect("bundled model is valid")
        })
    }

    /// A copy with its own identity in the word cache (tests: two models sharing a thread).
    #[cfg(test)]
    fn clone_fresh(&self) -> Self {
        let mut m = self.clone();
        m.id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
        m
    }

    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gaz
    }

    pub fn feature_count(&self) -> usize {
        self.count
    }

    #[inline]
    fn lookup(&self, k: u32) -> Option<&[i16; NL]> {
        let b = filter_bit(k);
        if self
            .filter
            .get(b / 64)
            .is_none_or(|w| w & (1 << (b % 64)) == 0)
        {
            return None;
        }
        let mut h = (k.wrapping_mul(0x9e37_79b9) as usize) & self.mask;
        loop {
            let e = self.table.get(h)?;
            if e.key == k {
                return Some(&e.w);
            }
            if e.key == 0 {
                return None;
            }
            h = (h + 1) & self.mask;
        }
    }

    /// Emission scores for every word.
    pub(crate) fn emissions(&self, p: &Prepared<'_>) -> Vec<[f32; NL]> {
        let mut feats = Vec::with_capacity(48);
        let mut out = Vec::with_capacity(p.len());
        for i in 0..p.len() {
            p.features(i, &mut feats);
            let mut acc = [0i32; NL];
            self.sum_into(&feats, &mut acc);
            out.push(acc.map(|a| a as f32 * self.scale));
        }
        out
    }

    /// Tags pre-split words with BIO label indices (see [`LABELS`]).
    pub fn tag_words(&self, words: &[&str]) -> Vec<usize> {
        if words.is_empty() {
            return Vec::new();
        }
        let p = Prepared::new(words, &self.gaz);
        viterbi(&self.emissions(&p), &self.trans)
    }

    /// [`Model::emissions`] of one sentence from its words' cached sums (`infos`): each word's
    /// own sum plus what its neighbours give it, so only the
    /// [`window_features`](super::features::window_features) are hashed and
    /// looked up here. Identical scores: the sums are integers, whose order cannot matter.
    fn emissions_cached(
        &self,
        lower: &[Lower<'_>],
        flags: &[u8],
        seen: &[u16],
        infos: &[WordInfo],
    ) -> Vec<[f32; NL]> {
        let mut feats = Vec::with_capacity(24);
        let n = infos
            .len()
            .min(lower.len())
            .min(flags.len())
            .min(seen.len());
        (0..n)
            .map(|i| {
                let x = &infos[i];
                let p = i.checked_sub(1).map(|j| &infos[j]);
                let nx = infos.get(i + 1).filter(|_| i + 1 < n);
                let mut acc = x.em;
                add(&mut acc, &p.map_or(&self.bos, |y| &y.roles).prev);
                add(&mut acc, &nx.map_or(&self.eos, |y| &y.roles).next);
                let p2 = i.checked_sub(2).map(|j| &infos[j].roles);
                add(&mut acc, &p2.unwrap_or(&self.bos).prev2);
                let n2 = infos.get(i + 2).filter(|_| i + 2 < n).map(|y| &y.roles);
                add(&mut acc, &n2.unwrap_or(&self.eos).next2);
                let window = window_at(lower, flags, seen, infos, n, i);
                self.window_into(&window, &mut acc, &mut feats);
                acc.map(|a| a as f32 * self.scale)
            })
            .collect()
    }

    /// Summed weights of `feats` (integer sums: the order of features cannot change a score).
    #[inline]
    fn sum_into(&self, feats: &[u32], acc: &mut [i32; NL]) {
        for &f in feats {
            if let Some(w) = self.lookup(f) {
                for (a, x) in acc.iter_mut().zip(w) {
                    *a += i32::from(*x);
                }
            }
        }
    }

    fn word_info(&self, w: &str, lower: &str, feats: &mut Vec<u32>) -> WordInfo {
        let (shape, shape_len) = shape(w);
        let trig = trigger_class(lower);
        let (caps, clus) = self.gaz.cap_bucket_and_clusters(lower);
        let clus = clus.unwrap_or(NO_CLUSTER);
        let cap = w.chars().next().is_some_and(char::is_uppercase);
        feats.clear();
        word_features(w, lower, &shape[..shape_len], feats);
        own_context_features(lower, &shape[..shape_len], trig, clus, cap, feats);
        let mut em = [0i32; NL];
        self.sum_into(feats, &mut em);
        WordInfo {
            em,
            roles: self.roles(
                &Neighbour {
                    lower: lower.as_bytes(),
                    shape: &shape[..shape_len],
                    clus,
                },
                feats,
            ),
            shape,
            shape_len: shape_len as u8,
            trig,
            caps,
            clus,
            cap,
            opens: opens_clause(w),
        }
    }

    /// [`WordInfo`] of every word (`lower` = the words lowercased), memoised per thread.
    pub(crate) fn word_infos(&self, words: &[&str], lower: &[Lower<'_>]) -> Vec<WordInfo> {
        let mut feats = Vec::with_capacity(16);
        WORDS.with(|cache| {
            let mut cache = cache.borrow_mut();
            if cache.model != self.id || cache.slots.is_empty() {
                cache.model = self.id;
                let empty = Slot {
                    len: 0,
                    key: [0; KEY],
                    info: WordInfo {
                        em: [0; NL],
                        roles: self.bos,
                        shape: [0; 8],
                        shape_len: 0,
                        trig: 0,
                        caps: 0,
                        clus: NO_CLUSTER,
                        cap: false,
                        opens: false,
                    },
                };
                cache.slots = vec![empty; SLOTS];
            }
            words
                .iter()
                .zip(lower)
                .map(|(w, l)| {
                    let b = w.as_bytes();
                    if b.len() > KEY {
                        return self.word_info(w, l, &mut feats);
                    }
                    // Eight bytes a step: only the slot index depends on the hash.
                    let h = WordHash::of(b);
                    let Some(slot) = cache.slots.get_mut(h as usize & (SLOTS - 1)) else {
                        return self.word_info(w, l, &mut feats);
                    };
                    if usize::from(slot.len) == b.len() + 1 && slot.key[..b.len()] == *b {
                        return slot.info;
                    }
                    let info = self.word_info(w, l, &mut feats);
                    slot.len = b.len() as u8 + 1;
                    slot.key[..b.len()].copy_from_slice(b);
                    slot.info = info;
                    info
                })
                .collect()
        })
    }

    /// [`Model::tag_words`] with lowercase forms, gazetteer flags and [`Model::word_infos`]
    /// precomputed. Same scores as [`Model::emissions`]: the word's own features come summed
    /// from `infos`, the rest are hashed here.
    pub(crate) fn tag_prepared(
        &self,
        words: &[&str],
        lower: &[Lower<'_>],
        flags: &[u8],
        seen: &[u16],
        infos: &[WordInfo],
    ) -> Vec<usize> {
        if words.is_empty() {
            return Vec::new();
        }
        let em = self.emissions_cached(lower, flags, seen, infos);
        viterbi(&em, &self.trans)
    }
}

/// The [`Window`] of word `i` of a sentence of `n` words (`n`: the shortest input), with the
/// sentence-edge values `Prepared`'s accessors give outside it.
fn window_at<'a>(
    lower: &'a [Lower<'_>],
    flags: &[u8],
    seen: &[u16],
    infos: &'a [WordInfo],
    n: usize,
    i: usize,
) -> Window<'a> {
    let x = &infos[i];
    let p = i.checked_sub(1).map(|j| &infos[j]);
    let nx = infos.get(i + 1).filter(|_| i + 1 < n);
    Window {
        p1: p.map_or(Neighbour::BOS.lower, |_| lower[i - 1].as_bytes()),
        l: lower[i].as_bytes(),
        n1: nx.map_or(Neighbour::EOS.lower, |_| lower[i + 1].as_bytes()),
        ps: p.map_or(Neighbour::BOS.shape, WordInfo::shape),
        sh: x.shape(),
        ns: nx.map_or(Neighbour::EOS.shape, WordInfo::shape),
        first: p.is_none_or(|y| y.opens),
        cap: x.cap,
        gaz: [
            p.map_or(0, |_| flags[i - 1]),
            flags[i],
            nx.map_or(0, |_| flags[i + 1]),
        ],
        trig: [
            i.checked_sub(2).map_or(0, |j| infos[j].trig),
            p.map_or(0, |y| y.trig),
            nx.map_or(0, |y| y.trig),
        ],
        caps: [p.map_or(9, |y| y.caps), x.caps, nx.map_or(9, |y| y.caps)],
        seen: [
            p.map_or(0, |_| seen[i - 1]),
            seen[i],
            nx.map_or(0, |_| seen[i + 1]),
        ],
        clus: [
            p.map_or(Neighbour::BOS.clus[0], |y| y.clus[0]),
            x.clus[0],
            nx.map_or(Neighbour::EOS.clus[0], |y| y.clus[0]),
        ],
        fine: x.clus[2],
    }
}

/// Best BIO-valid label sequence. `trans[(prev)*NL + cur]`, row `NL` = start.
pub(crate) fn viterbi(em: &[[f32; NL]], trans: &[f32]) -> Vec<usize> {
    let n = em.len();
    if n == 0 {
        return Vec::new();
    }
    // The transitions with every BIO-invalid one set to -inf, so the inner loop needs no
    // `allowed` test: an invalid step scores -inf, which never beats `best` (it starts at
    // -inf and only a strictly greater score replaces it), exactly as if it were skipped.
    let mut t = [[f32::NEG_INFINITY; NL]; NL + 1];
    for (p, row) in t.iter_mut().enumerate() {
        let prev = (p < NL).then_some(p);
        for (y, v) in row.iter_mut().enumerate() {
            if allowed(prev, y) {
                *v = trans.get(p * NL + y).copied().unwrap_or(f32::NEG_INFINITY);
            }
        }
    }
    let mut score = vec![[f32::NEG_INFINITY; NL]; n];
    let mut back = vec![[0u8; NL]; n];
    for y in 0..NL {
        if allowed(None, y) {
            score[0][y] = em[0][y] + t[NL][y];
        }
    }
    // The previous labels worth trying for each label: every one for `O` and `B-*`, only `B-x`
    // and `I-x` for `I-x` (the others are -inf in `t`). Tried in increasing order, as the full
    // loop does, so ties still go to the lowest label: same path, a third fewer steps.
    let from = |y: usize| if y == 0 || y % 2 == 1 { 0 } else { y - 1 };
    let to = |y: usize| if y == 0 || y % 2 == 1 { NL } else { y + 1 };
    for i in 1..n {
        let prev = score[i - 1];
        for y in 0..NL {
            let mut best = f32::NEG_INFINITY;
            let mut arg = 0;
            for (p, row) in t.iter().enumerate().take(to(y)).skip(from(y)) {
                let s = prev[p] + row[y];
                if s > best {
                    best = s;
                    arg = p;
                }
            }
            score[i][y] = best + em[i][y];
            back[i][y] = arg as u8;
        }
    }
    let mut y = (0..NL).fold(0, |b, y| {
        if score[n - 1][y] > score[n - 1][b] {
            y
        } else {
            b
        }
    });
    let mut out = vec![0; n];
    for i in (0..n).rev() {
        out[i] = y;
        y = back[i][y] as usize;
    }
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::entities::features::window_features;
    use crate::entities::tokenize::tokenize;

    /// The memoised word features must give exactly the scores of hashing every feature, on
    /// first sight of a word (cache miss) and on every later one (hit), for words too long to
    /// cache, and after another model has used the cache.
    #[test]
    fn cached_emissions_equal_full_feature_emissions() {
        let model = Model::from_bytes(include_bytes!("../../../../data/model/ner.bin")).unwrap();
        let other = model.clone_fresh();
        // Every sample article: names in gazetteers and name lists, trigger words, quotes and
        // clause-opening punctuation all change which features fire.
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/samples");
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        let mut text = String::new();
        for f in files {
            text += &std::fs::read_to_string(f).unwrap();
            text.push('\n');
        }
        text += " Kementerian-Koordinator-Bidang-Perekonomian-RI menyatakan.";
        let mut checked = 0;
        for round in 0..3 {
            let m = if round == 1 { &other } else { &model };
            for line in text.lines().filter(|l| !l.trim().is_empty()) {
                let toks = tokenize(line);
                let words: Vec<&str> = toks.iter().map(|t| t.text(line)).collect();
                let lower: Vec<Lower> = words
                    .iter()
                    .map(|w| Lower::Owned(w.to_lowercase()))
                    .collect();
                let flags = m.gaz.flags(&words, &lower);
                let seen =
                    super::super::gazetteer::name_flags(m.gaz.seen(), m.gaz.auto(), &words, &lower);
                // The one walk the tagger makes over the merged lexicons gives what the three
                // separate ones give.
                assert_eq!(
                    m.gaz.flags_and_names(&words, &lower),
                    (flags.clone(), seen.clone()),
                    "{line:?}"
                );
                let infos = m.word_infos(&words, &lower);
                let full = Prepared::with_parts(
                    &words,
                    lower.as_slice().into(),
                    flags.as_slice().into(),
                    seen.as_slice().into(),
                    &m.gaz,
                );
                let want = m.emissions(&full);
                let got = m.emissions_cached(&lower, &flags, &seen, &infos);
                // The window templates from the small-value tables and hashing, against
                // hashing every one of them.
                for (i, word) in words.iter().enumerate() {
                    let x = window_at(&lower, &flags, &seen, &infos, infos.len(), i);
                    let (mut table, mut hashed) = ([0; NL], [0; NL]);
                    let mut feats = Vec::new();
                    m.window_into(&x, &mut table, &mut feats);
                    feats.clear();
                    window_features(&x, &mut feats);
                    m.sum_into(&feats, &mut hashed);
                    assert_eq!(table, hashed, "word {word:?} in {line:?}");
                }
                assert_eq!(want.len(), got.len());
                for (i, (a, b)) in want.iter().zip(&got).enumerate() {
                    let bits = |v: &[f32; NL]| v.map(f32::to_bits);
                    assert_eq!(bits(a), bits(b), "word {:?} in {line:?}", words[i]);
                    checked += 1;
                }
            }
        }
        assert!(checked > 5000, "{checked}");
    }

    /// The template-62 skip is exact: a model with a weight for that template keeps hashing
    /// it (the weight reaches the scores, cached as uncached), one without skips it.
    #[test]
    fn cluster_first_template_is_skipped_only_without_weights() {
        let shipped = Model::from_bytes(include_bytes!("../../../../data/model/ner.bin")).unwrap();
        let mut key = Vec::new();
        // A capitalised word the cluster lexicon does not know, inside a sentence.
        cluster_first_feature(NO_CLUSTER[2], 1, 0, &mut key);
        let mut w = [0f32; NL];
        w[1] = 1.0;
        let with = Model::from_parts(shipped.texts.clone(), shipped.trans.clone(), &[(key[0], w)]);
        let without = Model::from_parts(
            shipped.texts.clone(),
            shipped.trans.clone(),
            &[(key[0] ^ 1, w)],
        );
        assert!(with.fine_first);
        assert!(!without.fine_first);
        let line = "Kemarin Zyxwvut Qwertyuiop berkunjung ke kantor itu.";
        let toks = tokenize(line);
        let words: Vec<&str> = toks.iter().map(|t| t.text(line)).collect();
        let lower: Vec<Lower> = words
            .iter()
            .map(|w| Lower::Owned(w.to_lowercase()))
            .collect();
        let mut scores = Vec::new();
        for m in [&with, &without] {
            let flags = m.gaz.flags(&words, &lower);
            let seen =
                super::super::gazetteer::name_flags(m.gaz.seen(), m.gaz.auto(), &words, &lower);
            let infos = m.word_infos(&words, &lower);
            let full = Prepared::with_parts(
                &words,
                lower.as_slice().into(),
                flags.as_slice().into(),
                seen.as_slice().into(),
                &m.gaz,
            );
            let want = m.emissions(&full);
            let got = m.emissions_cached(&lower, &flags, &seen, &infos);
            let bits = |v: &Vec<[f32; NL]>| -> Vec<[u32; NL]> {
                v.iter().map(|x| x.map(f32::to_bits)).collect()
            };
            assert_eq!(bits(&want), bits(&got));
            scores.push(got);
        }
        // `Qwertyuiop`: capitalised, unclustered, not clause-initial: the weight is its score.
        assert!(scores[0][2][1] > 0.0, "{:?}", scores[0]);
        assert_eq!(scores[1][2][1], 0.0);
    }
}
