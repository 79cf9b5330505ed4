//! Finding quoted stretches in paragraphs: pairing quote marks, with recovery for the unbalanced
//! marks real text is full of.
//!
//! Handled: `“…”`, `"…"`, `«…»`, `‘…’` (the last only where `‘` opens a word, so apostrophes in
//! `ka’bah` are left alone), Kompas-style `”…”` (a `”` that opens a word starts a quote), quotes
//! running over several paragraphs (every paragraph re-opens, only the last one closes), a
//! missing closing mark (the quote ends with the paragraph) and a stray opening mark with nothing
//! after it (dropped).

/// One quoted stretch inside one paragraph. Offsets are char (Unicode scalar) indices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Segment {
    pub para: usize,
    /// Index of the opening mark; `None` when the paragraph continues an open quote without
    /// re-opening it.
    pub open: Option<usize>,
    /// Index of the closing mark; `None` when the quote runs to the end of the paragraph.
    pub close: Option<usize>,
    /// Inner text, whitespace-trimmed: `[start, end)`.
    pub start: usize,
    pub end: usize,
    /// The quote goes on in the next paragraph.
    pub continues: bool,
    /// The quote started in an earlier paragraph.
    pub continued: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Curly,
    Kompas,
    Ascii,
    Guillemet,
    Single,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Called on every char of every paragraph: inlined, it rules out the (nearly all) chars that
/// open nothing before a call that looks at their neighbours.
#[inline]
fn opens_at(chars: &[char], i: usize) -> Option<Kind> {
    if !matches!(chars[i], '“' | '„' | '«' | '"' | '‘' | '”') {
        return None;
    }
    mark_opens_at(chars, i)
}

/// `Jum"at`, `d"Or`, `N"Zonzi`, `Ma"ruf`: a straight mark typed for an apostrophe, inside a
/// word after a stem of at most three letters. Such marks open and close nothing. (A quote
/// mark glued to a longer word is a lost space: `bahwa"peran …`, `Ronaldo"sangat`.)
fn apostrophe_at(chars: &[char], i: usize) -> bool {
    if chars[i] != '"' || !chars.get(i + 1).is_some_and(|c| c.is_alphabetic()) {
        return false;
    }
    let stem = chars[..i]
        .iter()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .count();
    (1..=3).contains(&stem) && (i == stem || !is_word_char(chars[i - stem - 1]))
}

fn mark_opens_at(chars: &[char], i: usize) -> Option<Kind> {
    if apostrophe_at(chars, i) {
        return None;
    }
    let prev = if i == 0 { None } else { Some(chars[i - 1]) };
    let next = chars.get(i + 1).copied();
    let prev_is_word = prev.is_some_and(is_word_char);
    // `rasanya: ")`: a mark right before a closing parenthesis is an emoticon's, never the
    // start of a quote.
    if next == Some(')') {
        return None;
    }
    match chars[i] {
        '“' | '„' => Some(Kind::Curly),
        '«' => Some(Kind::Guillemet),
        '"' => Some(Kind::Ascii),
        '‘' if !prev_is_word && next.is_some_and(|c| !c.is_whitespace()) => Some(Kind::Single),
        // `”Kami …`, and with a space after the mark (`” Menang …`, `melanjutkan:” Semuanya`)
        // when a capital follows: a closing mark with a stray space before it is only met
        // inside an open quote, where marks are read as closing first.
        '”' if !prev_is_word
            && prev
                .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | ':' | '—' | '–'))
            && (next
                .is_some_and(|c| c.is_alphanumeric() || matches!(c, '[' | '(' | '.' | '…'))
                || (next.is_some_and(char::is_whitespace)
                    && chars[i + 1..]
                        .iter()
                        .find(|c| !c.is_whitespace())
                        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || *c == '['))) =>
        {
            Some(Kind::Kompas)
        }
        _ => None,
    }
}

/// Does a lower-case attribution verb (`ujarnya`, `kata`) start at `i`? Then a mark right
/// before it closes a quote whose space slipped to the wrong side (`bobotoh, "ucap Umuh`,
/// `pengalaman, “ujarnya`).
fn cue_follows(chars: &[char], i: usize) -> bool {
    let word: String = chars[i.min(chars.len())..]
        .iter()
        .take_while(|c| c.is_alphabetic())
        .collect();
    word.chars().next().is_some_and(char::is_lowercase) && super::lexicon::post_cue(&word).is_some()
}

fn closes_at(chars: &[char], i: usize, kind: Kind) -> bool {
    if apostrophe_at(chars, i) {
        return false;
    }
    let next = chars.get(i + 1).copied();
    let prev_space = i > 0 && chars[i - 1].is_whitespace();
    match (kind, chars[i]) {
        (Kind::Curly | Kind::Kompas, '”') => true,
        // A straight mark closing a curly quote (mixed typing), when it ends a word.
        (Kind::Curly | Kind::Kompas, '"') => {
            next.is_none_or(|c| !is_word_char(c)) || (prev_space && cue_follows(chars, i + 1))
        }
        // An opening curly mark typed for a closing one.
        (Kind::Kompas, '“') => prev_space && cue_follows(chars, i + 1),
        (Kind::Ascii, '"') => true,
        (Kind::Ascii, '”') => true,
        (Kind::Guillemet, '»') => true,
        (Kind::Single, '’') => next.is_none_or(|c| !is_word_char(c)),
        _ => false,
    }
}

/// Does this paragraph begin by (re-)opening a quote?
fn starts_with_open(chars: &[char]) -> bool {
    let first = chars.iter().position(|c| !c.is_whitespace());
    first.is_some_and(|i| opens_at(chars, i).is_some())
}

fn trimmed(chars: &[char], mut s: usize, mut e: usize) -> (usize, usize) {
    while s < e && chars[s].is_whitespace() {
        s += 1;
    }
    while e > s && (chars[e - 1].is_whitespace() || chars[e - 1] == ',') {
        e -= 1;
    }
    (s, e)
}

/// Scans all paragraphs. Never fails: whatever the marks, each returned segment is a valid
/// range of its paragraph.
pub(crate) fn scan(paras: &[Vec<char>]) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::new();
    // An open quote carried over from the previous paragraph.
    let mut carry: Option<Kind> = None;
    for (pi, chars) in paras.iter().enumerate() {
        let mut open: Option<(Kind, Option<usize>, usize, bool)> = None; // kind, mark, inner start, continued
        let mut i = 0;
        if let Some(kind) = carry.take() {
            // The previous paragraph ended inside a quote and this one re-opens it (checked
            // before carrying), so the re-opening mark starts a continued segment.
            if let Some(first) = chars.iter().position(|c| !c.is_whitespace()) {
                if opens_at(chars, first).is_some() {
                    open = Some((kind, Some(first), first + 1, true));
                    i = first + 1;
                }
            }
        }
        while i < chars.len() {
            if let Some((kind, mark, start, continued)) = open {
                if closes_at(chars, i, kind) {
                    let (s, e) = trimmed(chars, start, i);
                    out.push(Segment {
                        para: pi,
                        open: mark,
                        close: Some(i),
                        start: s,
                        end: e,
                        continues: false,
                        continued,
                    });
                    open = None;
                    i += 1;
                    continue;
                }
                // A new curly opening mark inside a curly quote: either it was meant as a
                // closing mark (nothing word-like follows) or the previous quote was left open.
                if kind == Kind::Curly && chars[i] == '“' {
                    let next_is_word = chars.get(i + 1).is_some_and(|c| is_word_char(*c))
                        && !cue_follows(chars, i + 1);
                    let (s, e) = trimmed(chars, start, i);
                    if e > s {
                        out.push(Segment {
                            para: pi,
                            open: mark,
                            close: Some(i),
                            start: s,
                            end: e,
                            continues: false,
                            continued,
                        });
                    }
                    open = if next_is_word {
                        Some((Kind::Curly, Some(i), i + 1, false))
                    } else {
                        None
                    };
                    i += 1;
                    continue;
                }
            } else if let Some(kind) = opens_at(chars, i) {
                open = Some((kind, Some(i), i + 1, false));
            }
            i += 1;
        }
        if let Some((kind, mark, start, continued)) = open {
            let (s, e) = trimmed(chars, start, chars.len());
            let next_reopens = paras.get(pi + 1).is_some_and(|n| starts_with_open(n));
            // Paragraph-final stray mark with (almost) nothing after it: not a quote.
            let has_words = chars[s..e].iter().any(|c| is_word_char(*c));
            if has_words {
                let continues = next_reopens && kind != Kind::Single;
                // `dijuluki “ciuman spagetthi’. (embun)`: a quote left open to the paragraph's
                // end was closed with the wrong mark, a `’` ending a word with at most a few
                // words after it.
                let wrong_close = if continues || !matches!(kind, Kind::Curly | Kind::Ascii) {
                    None
                } else {
                    (s + 1..e).find(|&j| {
                        chars[j] == '’'
                            && is_word_char(chars[j - 1])
                            && chars.get(j + 1).is_none_or(|c| !is_word_char(*c))
                            && super::names::word_count(&chars[j + 1..]) <= 3
                    })
                };
                let (e, close) = match wrong_close {
                    Some(j) => (trimmed(chars, s, j).1, Some(j)),
                    None => (e, None),
                };
                out.push(Segment {
                    para: pi,
                    open: mark,
                    close,
                    start: s,
                    end: e,
                    continues,
                    continued,
                });
                if continues {
                    carry = Some(kind);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segs(paras: &[&str]) -> Vec<String> {
        let chars: Vec<Vec<char>> = paras.iter().map(|p| p.chars().collect()).collect();
        scan(&chars)
            .iter()
            .map(|s| chars[s.para][s.start..s.end].iter().collect())
            .collect()
    }

    #[test]
    fn curly_ascii_kompas_guillemets() {
        assert_eq!(
            segs(&["“Satu dua tiga,” kata X. “Empat.”"]),
            vec!["Satu dua tiga", "Empat."]
        );
        assert_eq!(segs(&["\"Satu dua, \"ujar X."]), vec!["Satu dua"]);
        assert_eq!(segs(&["”Satu dua tiga,” kata X."]), vec!["Satu dua tiga"]);
        assert_eq!(segs(&["«Satu dua» kata X."]), vec!["Satu dua"]);
        // Kompas marks with a space after the opening one, and closing marks typed wrongly.
        assert_eq!(
            segs(&["” Satu dua, \"ucap X.", "Y melanjutkan:” Tiga empat.”"]),
            vec!["Satu dua", "Tiga empat."]
        );
        assert_eq!(segs(&["” Satu dua, “ujarnya."]), vec!["Satu dua"]);
        assert_eq!(
            segs(&["“Satu dua, “ujarnya. “Tiga empat.”"]),
            vec!["Satu dua", "Tiga empat."]
        );
        assert_eq!(segs(&["“Satu dua kan? ” ujarnya."]), vec!["Satu dua kan?"]);
        assert_eq!(segs(&["‘Masa Depan Rusia’"]), vec!["Masa Depan Rusia"]);
        assert_eq!(
            segs(&["partai berlambang ka’bah saat ini"]),
            Vec::<String>::new()
        );
    }

    #[test]
    fn multi_paragraph_and_unbalanced() {
        assert_eq!(
            segs(&["\"Satu dua.", "\"Tiga empat,\" katanya."]),
            vec!["Satu dua.", "Tiga empat"]
        );
        assert_eq!(
            segs(&["Kalah dari Prancis. \"", "Kontrak Ventura semula."]),
            Vec::<String>::new()
        );
        assert_eq!(segs(&["“Satu dua tiga", "Lain."]), vec!["Satu dua tiga"]);
        assert_eq!(
            segs(&["“Satu dua “Tiga empat”"]),
            vec!["Satu dua", "Tiga empat"]
        );
        // A quote closed with the wrong mark near the paragraph's end; an apostrophe inside a
        // word (`d’Or`) or followed by more text is no closing mark.
        assert_eq!(
            segs(&["Ciuman itu dijuluki “ciuman spagetthi’. (embun)"]),
            vec!["ciuman spagetthi"]
        );
        assert_eq!(
            segs(&["“Xavi tidak pernah memenangkan Ballon d’Or. Saya punya tiga!"]),
            vec!["Xavi tidak pernah memenangkan Ballon d’Or. Saya punya tiga!"]
        );
    }

    #[test]
    fn a_straight_mark_typed_for_an_apostrophe_is_no_quote_mark() {
        // IndoSum (merdeka): `Jum"at` and `d"Or` had opened spurious quotes running to the
        // next mark; a mark glued to a longer word is a lost space and still a quote mark.
        assert_eq!(
            segs(&[
                "Koscielny mengaku sudah kembali bugar pada hari Jum\"at (21/7). Namun, pemain asal Prancis belum bisa memberi kepastian akan tampil lawan Chelsea.",
                "\"Saya kembali dan itu lebih baik, \"kata Koscielny."
            ]),
            vec!["Saya kembali dan itu lebih baik"]
        );
        assert_eq!(
            segs(&["agar pengoleksi empat trofi Ballon d\"Or itu bersedia datang ke Paris."]),
            Vec::<String>::new()
        );
        assert_eq!(
            segs(&["Ia mengatakan bahwa\"peran kami sangat besar di sini\" kata dia."]),
            vec!["peran kami sangat besar di sini"]
        );
    }
}
