//! A small, allocation-light word tokenizer that keeps character offsets.
//!
//! Whitespace separates chunks; leading and trailing punctuation is split off each chunk, while
//! punctuation inside a chunk (`Bangsa-Bangsa`, `20.000`, `17:00`, `U.S.`) stays. An English
//! possessive `'s` becomes its own token.

/// One token: byte range into the source text plus Unicode-scalar (char) offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub cstart: usize,
    pub cend: usize,
}

impl Token {
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        &src[self.start..self.end]
    }
}

fn is_edge_punct(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '"'
            | '\''
            | '('
            | ')'
            | '['
            | ']'
            | '{'
            | '}'
            | '“'
            | '”'
            | '‘'
            | '’'
            | '«'
            | '»'
            | '„'
            | '…'
            | '*'
            | '–'
            | '—'
    )
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    each_token(text, |t| out.push(t));
    out
}

/// Chars of a chunk kept on the stack: nearly every whitespace-separated chunk is shorter, so
/// tokenizing allocates nothing but its output (longer chunks, such as URLs, go to the heap).
const CHUNK: usize = 48;

/// Calls `emit` with each token of `text`, in order: [`tokenize`] without the token list, for
/// callers that only look at each token once ([`super::gazetteer::normalize`]).
pub(crate) fn each_token(text: &str, mut emit: impl FnMut(Token)) {
    let mut buf = [(0usize, '\0'); CHUNK];
    // The chars of a chunk too long for `buf` (all of them, `buf`'s first).
    let mut long: Vec<(usize, char)> = Vec::new();
    // Chars in the current chunk, and the char offset where it starts.
    let mut n = 0usize;
    let mut cstart = 0usize;
    for (cpos, (i, c)) in text.char_indices().enumerate() {
        if c.is_whitespace() {
            if n > 0 {
                let chars = if n <= CHUNK { &buf[..n] } else { &long[..] };
                split_chunk(text, chars, cstart, &mut emit);
                n = 0;
                long.clear();
            }
        } else {
            if n == 0 {
                cstart = cpos;
            }
            if n < CHUNK {
                buf[n] = (i, c);
            } else {
                if n == CHUNK {
                    long.extend_from_slice(&buf);
                }
                long.push((i, c));
            }
            n += 1;
        }
    }
    if n > 0 {
        let chars = if n <= CHUNK { &buf[..n] } else { &long[..] };
        split_chunk(text, chars, cstart, &mut emit);
    }
}

/// Short capitalised abbreviations written with a period (`Jl. Sudirman`, `Dr. Smith`, `Sen.
/// Mitch McConnell`, `Kab. Bogor`, `Jan. 6`): titles, forms of address, address and
/// administrative words, company suffixes, English month names, a doctor's specialty (`Sp.OG`)
/// and `Alm.` (the late).
const ABBREVIATIONS: &[&str] = &[
    "jl", "jln", "dr", "drs", "dra", "ir", "hj", "st", "tn", "ny", "sdr", "bpk", "yth", "kec",
    "kab", "kel", "ds", "gg", "kav", "no", "pol", "inf", "arh", "mr", "ms", "mrs", "jr", "sr",
    "co", "inc", "ltd", "gov", "sen", "rep", "gen", "col", "lt", "sgt", "maj", "mt", "ft", "ave",
    "rd", "vol", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    "fig", "ed", "vs", "prof", "dkk", "tbk", "bhd", "sdn", "pte", "corp", "sp", "alm", "almh",
    "arg",
];

fn split_chunk(text: &str, chunk: &[(usize, char)], cstart: usize, out: &mut impl FnMut(Token)) {
    let n = chunk.len();
    let byte_end = |k: usize| {
        if k < n {
            chunk[k].0
        } else {
            chunk[n - 1].0 + chunk[n - 1].1.len_utf8()
        }
    };
    let mut lo = 0;
    while lo < n && is_edge_punct(chunk[lo].1) {
        lo += 1;
    }
    let mut hi = n;
    while hi > lo && is_edge_punct(chunk[hi - 1].1) {
        hi -= 1;
    }
    // Keep an abbreviation's final period (`U.S.`, `Jl.`, `Dr.`) attached.
    if hi < n && hi > lo && chunk[hi].1 == '.' {
        let word = &text[chunk[lo].0..byte_end(hi)];
        let inner_dot = word.contains('.');
        // A short capitalised word keeps its period only when it is a known abbreviation:
        // otherwise it is a short name ending its sentence (`Sandiaga Uno.`, `kata Ira.`), and
        // the period would make it another word than the name written mid-sentence.
        let short_cap = word.chars().count() <= 3
            && word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().all(char::is_alphabetic)
            && !word.chars().all(char::is_uppercase)
            && ABBREVIATIONS.contains(&word.to_lowercase().as_str());
        if inner_dot
            || short_cap
            || word.chars().count() == 1 && word.chars().all(char::is_uppercase)
        {
            hi += 1;
        }
    }
    for (k, _) in chunk.iter().enumerate().take(lo) {
        out(Token {
            start: chunk[k].0,
            end: byte_end(k + 1),
            cstart: cstart + k,
            cend: cstart + k + 1,
        });
    }
    if hi > lo {
        // English possessive: Russia's -> Russia + 's
        let mut word_hi = hi;
        if hi - lo > 2
            && matches!(chunk[hi - 2].1, '\'' | '’')
            && matches!(chunk[hi - 1].1, 's' | 'S')
        {
            word_hi = hi - 2;
        }
        // `Kevin/Marcus`, `Tontowi/Liliyana`: a slash between letters joins two words (a
        // doubles pair, `dan/atau`), so it is a token of its own; `24/7` and dates stay whole.
        let mut from = lo;
        for k in lo + 1..word_hi.saturating_sub(1) {
            if chunk[k].1 == '/' && chunk[k - 1].1.is_alphabetic() && chunk[k + 1].1.is_alphabetic()
            {
                for (a, b) in [(from, k), (k, k + 1)] {
                    out(Token {
                        start: chunk[a].0,
                        end: byte_end(b),
                        cstart: cstart + a,
                        cend: cstart + b,
                    });
                }
                from = k + 1;
            }
        }
        out(Token {
            start: chunk[from].0,
            end: byte_end(word_hi),
            cstart: cstart + from,
            cend: cstart + word_hi,
        });
        if word_hi < hi {
            out(Token {
                start: chunk[word_hi].0,
                end: byte_end(hi),
                cstart: cstart + word_hi,
                cend: cstart + hi,
            });
        }
    }
    for (k, _) in chunk.iter().enumerate().skip(hi) {
        out(Token {
            start: chunk[k].0,
            end: byte_end(k + 1),
            cstart: cstart + k,
            cend: cstart + k + 1,
        });
    }
}

/// A word's lowercase form: borrowed when the word has none to change (most words of running
/// text), so a paragraph's lowercase words cost no allocation each.
pub(crate) type Lower<'a> = std::borrow::Cow<'a, str>;

/// `w.to_lowercase()`, byte-wise for ASCII words (nearly all of them): the same string
/// without the Unicode case tables, and without a copy when nothing changes.
pub(crate) fn lowercase(w: &str) -> Lower<'_> {
    if w.is_ascii() {
        if w.bytes().any(|b| b.is_ascii_uppercase()) {
            Lower::Owned(w.to_ascii_lowercase())
        } else {
            Lower::Borrowed(w)
        }
    } else if w.chars().all(|c| {
        let mut l = c.to_lowercase();
        l.next() == Some(c) && l.next().is_none()
    }) {
        // No char changes (quotation marks and dashes, which are tokens of their own, and
        // lowercase accented words): nor does the whole word, as `Σ`, the one char lowered
        // by context, changes on its own too.
        Lower::Borrowed(w)
    } else {
        Lower::Owned(w.to_lowercase())
    }
}

/// Splits a token list into sentences at `.`, `!`, `?` tokens followed by something that does
/// not continue the sentence. Returns index ranges.
pub fn sentences(text: &str, toks: &[Token]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, t) in toks.iter().enumerate() {
        let s = t.text(text);
        let end_here = matches!(s, "." | "!" | "?" | "…")
            && toks.get(i + 1).is_none_or(|n| {
                let ns = n.text(text);
                ns.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || matches!(c, '“' | '"' | '‘' | '\''))
            });
        if end_here || i - start >= 120 {
            out.push(start..i + 1);
            start = i + 1;
        }
    }
    if start < toks.len() {
        out.push(start..toks.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn splits_edge_punctuation_only() {
        assert_eq!(
            words("“Ada pertempuran di Novaya Tavolzhanka (desa perbatasan),” kata Gladkov."),
            [
                "“",
                "Ada",
                "pertempuran",
                "di",
                "Novaya",
                "Tavolzhanka",
                "(",
                "desa",
                "perbatasan",
                ")",
                ",",
                "”",
                "kata",
                "Gladkov",
                "."
            ]
        );
        assert_eq!(
            words("20.000 warga, pukul 17:00 Bangsa-Bangsa"),
            ["20.000", "warga", ",", "pukul", "17:00", "Bangsa-Bangsa"]
        );
        assert_eq!(
            words("the U.S. and Russia's army"),
            ["the", "U.S.", "and", "Russia", "'s", "army"]
        );
        assert_eq!(
            words("Kevin/Marcus (23/8) dan/atau 24/7"),
            ["Kevin", "/", "Marcus", "(", "23/8", ")", "dan", "/", "atau", "24/7"]
        );
    }

    #[test]
    fn a_short_name_ending_its_sentence_loses_the_period() {
        // `Uno.` is the name `Uno` and a full stop; `Jl.`, `Dr.`, `Sen.` stay abbreviations.
        assert_eq!(
            words("kata Sandiaga Uno. Lalu Dr. Ira tiba di Jl. Sudirman bersama Sen. Ed Markey."),
            [
                "kata", "Sandiaga", "Uno", ".", "Lalu", "Dr.", "Ira", "tiba", "di", "Jl.",
                "Sudirman", "bersama", "Sen.", "Ed", "Markey", "."
            ]
        );
    }

    #[test]
    fn lowercase_is_to_lowercase() {
        for w in [
            "kota",
            "Kota",
            "PBB",
            "“",
            "–",
            "é",
            "Élysée",
            "ΣΟΦΙΑ",
            "ǅemal",
            "Ⅻ",
            "ⓐ",
            "ß",
            "İstanbul",
        ] {
            let l = lowercase(w);
            assert_eq!(l, w.to_lowercase(), "{w}");
            assert_eq!(matches!(l, Lower::Borrowed(_)), l == w, "{w}");
        }
    }

    #[test]
    fn char_offsets_count_scalars() {
        let s = "“Kyiv” é Kharkiv";
        let t = tokenize(s);
        let k = t.iter().find(|t| t.text(s) == "Kharkiv").unwrap();
        assert_eq!((k.cstart, k.cend), (9, 16));
        let chars: String = s.chars().skip(k.cstart).take(k.cend - k.cstart).collect();
        assert_eq!(chars, "Kharkiv");
    }
}
