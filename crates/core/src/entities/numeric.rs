//! Dates, times and quantities as typed, normalised values (Indonesian and English).

use serde::{Deserialize, Serialize};

use super::tokenize::{Lower, Token};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateKind {
    /// `value` is `YYYY-MM-DD`, or `--MM-DD` when the year is not written.
    Date,
    /// `YYYY-MM`.
    Month,
    /// `YYYY`.
    Year,
    /// `HH:MM`.
    Time,
    /// English day name, `Sunday`.
    Weekday,
}

/// A date, time or range of them. `start`/`end` are character offsets into
/// `paragraphs[paragraph]` (`end` exclusive).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateValue {
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: DateKind,
    pub value: String,
    /// End of a range (`1 April hingga 15 Juli`), same format as `value`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
}

/// A number with what it counts: `20.000 warga` -> 20000 `warga`; `385 mil persegi`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub value: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

const MONTHS: &[(&str, u32)] = &[
    ("januari", 1),
    ("january", 1),
    ("jan", 1),
    ("februari", 2),
    ("february", 2),
    ("feb", 2),
    ("pebruari", 2),
    ("maret", 3),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("mei", 5),
    ("may", 5),
    ("juni", 6),
    ("june", 6),
    ("jun", 6),
    ("juli", 7),
    ("july", 7),
    ("jul", 7),
    ("agustus", 8),
    ("august", 8),
    ("agu", 8),
    ("agt", 8),
    ("ags", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("oktober", 10),
    ("october", 10),
    ("okt", 10),
    ("oct", 10),
    ("november", 11),
    ("nopember", 11),
    ("nov", 11),
    ("desember", 12),
    ("december", 12),
    ("des", 12),
    ("dec", 12),
];

const WEEKDAYS: &[(&str, &str)] = &[
    ("senin", "Monday"),
    ("selasa", "Tuesday"),
    ("rabu", "Wednesday"),
    ("kamis", "Thursday"),
    ("jumat", "Friday"),
    ("jum'at", "Friday"),
    ("sabtu", "Saturday"),
    ("minggu", "Sunday"),
    ("ahad", "Sunday"),
    ("monday", "Monday"),
    ("tuesday", "Tuesday"),
    ("wednesday", "Wednesday"),
    ("thursday", "Thursday"),
    ("friday", "Friday"),
    ("saturday", "Saturday"),
    ("sunday", "Sunday"),
];

/// Whether a lowercase word is a day name (Indonesian or English).
pub(crate) fn is_weekday(lower: &str) -> bool {
    WEEKDAYS.iter().any(|(d, _)| *d == lower)
}

const RANGE_WORDS: &[&str] = &[
    "hingga", "sampai", "s.d.", "s/d", "sd", "-", "–", "—", "to", "until", "through", "till",
];
const YEAR_CUES: &[&str] = &[
    "tahun", "thn", "pada", "sejak", "in", "since", "hingga", "sampai", "until", "akhir", "awal",
];

const MULTIPLIERS: &[(&str, f64)] = &[
    ("ribu", 1e3),
    ("rb", 1e3),
    ("thousand", 1e3),
    ("juta", 1e6),
    ("jt", 1e6),
    ("million", 1e6),
    ("miliar", 1e9),
    ("milyar", 1e9),
    ("billion", 1e9),
    ("triliun", 1e12),
    ("trillion", 1e12),
];

const NUMBER_WORDS: &[(&str, f64)] = &[
    ("satu", 1.0),
    ("dua", 2.0),
    ("tiga", 3.0),
    ("empat", 4.0),
    ("lima", 5.0),
    ("enam", 6.0),
    ("tujuh", 7.0),
    ("delapan", 8.0),
    ("sembilan", 9.0),
    ("sepuluh", 10.0),
    ("sebelas", 11.0),
    ("selusin", 12.0),
    ("seratus", 100.0),
    ("seribu", 1000.0),
    ("sejuta", 1e6),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("dozen", 12.0),
    ("hundred", 100.0),
];

/// Nouns a spelled-out number may count (digits may count any lowercase noun).
const COUNT_NOUNS: &[&str] = &[
    "orang",
    "warga",
    "tentara",
    "prajurit",
    "anak",
    "korban",
    "rumah",
    "unit",
    "buah",
    "kali",
    "hari",
    "pekan",
    "bulan",
    "tahun",
    "jam",
    "menit",
    "detik",
    "drone",
    "rudal",
    "pesawat",
    "tank",
    "kapal",
    "desa",
    "negara",
    "kota",
    "wilayah",
    "persen",
    "people",
    "soldiers",
    "civilians",
    "drones",
    "missiles",
    "days",
    "weeks",
    "months",
    "years",
    "hours",
    "minutes",
    "villages",
    "times",
    "kilometer",
    "km",
    "meter",
    "mil",
    "ton",
    "kg",
    "dolar",
    "dollars",
    "euro",
    "rupiah",
    "pasukan",
    "personel",
    "pengungsi",
    "penduduk",
    "jiwa",
    "ekor",
    "helikopter",
];

const NOT_UNITS: &[&str] = &[
    "yang", "dan", "di", "ke", "dari", "pada", "untuk", "dengan", "atau", "itu", "ini", "tersebut",
    "lalu", "ini", "adalah", "akan", "telah", "sudah", "juga", "of", "the", "and", "in", "to",
    "at", "on", "for", "a", "an", "by", "was", "were", "is", "are", "has", "have", "lebih",
    "hingga", "sampai", "per", "oleh", "sebagai", "tahun", "bulan", "sejak", "saat", "ketika",
    "kemudian", "bahwa", "tidak", "belum", "masih", "setelah", "sebelum",
];

const MULTIWORD_UNITS: &[&[&str]] = &[
    &["mil", "persegi"],
    &["kilometer", "persegi"],
    &["km", "persegi"],
    &["meter", "persegi"],
    &["hektare"],
    &["square", "miles"],
    &["square", "kilometers"],
    &["square", "kilometres"],
    &["km", "per", "jam"],
    &["kilometer", "per", "jam"],
    // Conscripts: `wajib` alone means "obligatory" (seed 003: `134.500 wajib militer`).
    &["wajib", "militer"],
];

const CURRENCIES: &[(&str, &str)] = &[
    ("rp", "IDR"),
    ("rp.", "IDR"),
    ("idr", "IDR"),
    ("us$", "USD"),
    ("$", "USD"),
    ("usd", "USD"),
    ("€", "EUR"),
    ("eur", "EUR"),
    ("£", "GBP"),
];

struct Words<'a> {
    text: &'a str,
    toks: &'a [Token],
    lower: &'a [Lower<'a>],
}

impl Words<'_> {
    fn w(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }
    fn l(&self, i: usize) -> &str {
        self.lower.get(i).map_or("", |l| l)
    }
}

fn lowercase_starter(l: &str) -> bool {
    static SET: std::sync::OnceLock<super::gazetteer::FastMap<&'static str, ()>> =
        std::sync::OnceLock::new();
    let set = SET.get_or_init(|| {
        let mut m = super::gazetteer::FastMap::default();
        for w in [
            "pukul", "jam", "pkl", "pkl.", "tahun", "thn", "rp", "rp.", "idr", "usd", "eur", "us$",
        ] {
            m.insert(w, ());
        }
        for w in YEAR_CUES {
            m.insert(*w, ());
        }
        for (w, _) in NUMBER_WORDS {
            m.insert(*w, ());
        }
        for (w, _) in WEEKDAYS {
            m.insert(*w, ());
        }
        m
    });
    set.contains_key(l)
}

fn month(l: &str) -> Option<u32> {
    MONTHS.iter().find(|(m, _)| *m == l).map(|(_, n)| *n)
}

fn small_int(s: &str, max: u32) -> Option<u32> {
    if s.is_empty() || s.len() > 2 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok().filter(|n| (1..=max).contains(n))
}

fn year(s: &str) -> Option<u32> {
    if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok().filter(|y| (1800..=2100).contains(y))
}

/// A date/time starting at word `i`: (end word, kind, value).
fn date_at(w: &Words<'_>, i: usize, in_range: bool) -> Option<(usize, DateKind, String)> {
    let l0 = w.l(i);
    // 29/10/2013, 29/10
    if l0.contains('/') && l0.bytes().all(|b| b.is_ascii_digit() || b == b'/') {
        let parts: Vec<&str> = l0.split('/').collect();
        match parts.as_slice() {
            [d, m, y] => {
                let (d, m) = (small_int(d, 31)?, small_int(m, 12)?);
                let y: u32 = match y.len() {
                    4 => year(y)?,
                    2 => 2000 + y.parse::<u32>().ok()?,
                    _ => return None,
                };
                return Some((i + 1, DateKind::Date, format!("{y:04}-{m:02}-{d:02}")));
            }
            [d, m] => {
                let (d, m) = (small_int(d, 31)?, small_int(m, 12)?);
                return Some((i + 1, DateKind::Date, format!("--{m:02}-{d:02}")));
            }
            _ => return None,
        }
    }
    // pukul 17:00 / 17.00 WIB
    let time_start = if matches!(l0, "pukul" | "jam" | "pkl" | "pkl.") {
        i + 1
    } else {
        i
    };
    if let Some((h, m)) = clock(w.l(time_start), time_start > i || in_range) {
        let mut end = time_start + 1;
        if matches!(w.l(end), "wib" | "wita" | "wit" | "gmt" | "utc" | "waktu") {
            end += 1;
        }
        return Some((end, DateKind::Time, format!("{h:02}:{m:02}")));
    }
    // 1 April [2023]
    if let Some(d) = small_int(l0, 31) {
        if let Some(m) = month(w.l(i + 1)) {
            if let Some(y) = year(w.l(i + 2)) {
                return Some((i + 3, DateKind::Date, format!("{y:04}-{m:02}-{d:02}")));
            }
            return Some((i + 2, DateKind::Date, format!("--{m:02}-{d:02}")));
        }
    }
    // Month-first: April 1, 2023 / April 2023 / Februari 2022
    if let Some(m) = month(l0) {
        let full = l0.len() > 3 || l0 == "mei" || l0 == "may";
        if !is_cap(w.w(i)) || !(full || w.w(i + 1) == "." || year(w.l(i + 1)).is_some()) {
            return None;
        }
        if l0 == "may" && year(w.l(i + 1)).is_none() && small_int(w.l(i + 1), 31).is_none() {
            return None;
        }
        if let Some(d) = small_int(w.l(i + 1), 31) {
            let mut j = i + 2;
            if w.l(j) == "," {
                j += 1;
            }
            if let Some(y) = year(w.l(j)) {
                return Some((j + 1, DateKind::Date, format!("{y:04}-{m:02}-{d:02}")));
            }
            return Some((i + 2, DateKind::Date, format!("--{m:02}-{d:02}")));
        }
        if let Some(y) = year(w.l(i + 1)) {
            return Some((i + 2, DateKind::Month, format!("{y:04}-{m:02}")));
        }
        if full && w.l(i).len() > 3 {
            return Some((i + 1, DateKind::Month, format!("--{m:02}")));
        }
        return None;
    }
    // tahun 2022 / in 2022
    // (the cue is part of the span only when it is `tahun`)
    if matches!(l0, "tahun" | "thn") {
        if let Some(y) = year(w.l(i + 1)) {
            return Some((i + 2, DateKind::Year, format!("{y:04}")));
        }
    }
    if let Some(y) = year(l0) {
        if i > 0 && YEAR_CUES.contains(&w.l(i - 1)) {
            return Some((i + 1, DateKind::Year, format!("{y:04}")));
        }
    }
    // Weekdays
    if let Some((_, en)) = WEEKDAYS.iter().find(|(d, _)| *d == l0) {
        let minggu = l0 == "minggu";
        let prev_hari = i > 0 && w.l(i - 1) == "hari";
        if is_cap(w.w(i)) && (!minggu || prev_hari || w.w(i + 1) == "(" || w.w(i + 1) == ",") {
            return Some((i + 1, DateKind::Weekday, (*en).to_string()));
        }
    }
    None
}

fn is_cap(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

fn clock(s: &str, cued: bool) -> Option<(u32, u32)> {
    let sep = if s.contains(':') {
        ':'
    } else if cued && s.contains('.') {
        '.'
    } else {
        return None;
    };
    let (h, m) = s.split_once(sep)?;
    if h.is_empty()
        || h.len() > 2
        || m.len() != 2
        || !h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h <= 24 && m < 60).then_some((h, m))
}

/// Fills the missing year/month of a range start from its end (`1 April hingga 15 Juli 2023`).
fn complete(start: &str, until: &str) -> String {
    if let (Some(rest), true) = (
        start.strip_prefix("--"),
        until.len() >= 10 && !until.starts_with("--"),
    ) {
        return format!("{}-{rest}", &until[..4]);
    }
    start.to_string()
}

/// Parses `20.000`, `2,5`, `20,000`, `1.5`: returns the value.
fn number(s: &str) -> Option<f64> {
    if s.is_empty() || !s.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
        return None;
    }
    if !s
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    {
        return None;
    }
    let groups: Vec<&str> = s.split(['.', ',']).collect();
    let seps: Vec<char> = s.chars().filter(|c| *c == '.' || *c == ',').collect();
    if groups.iter().any(|g| g.is_empty()) {
        return None;
    }
    if seps.is_empty() {
        return s.parse().ok();
    }
    // Thousands grouping: every group after the first has 3 digits and all separators equal,
    // or mixed separators where the last one is the decimal mark.
    let all_same = seps.iter().all(|c| *c == seps[0]);
    let thousands = groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3);
    if all_same && thousands {
        return groups.concat().parse().ok();
    }
    if !all_same {
        let last = *seps.last()?;
        let int: String = s[..s.rfind(last)?]
            .chars()
            .filter(char::is_ascii_digit)
            .collect();
        let frac = &s[s.rfind(last)? + 1..];
        return format!("{int}.{frac}").parse().ok();
    }
    if seps.len() == 1 {
        return s.replace(',', ".").parse().ok();
    }
    None
}

/// Finds dates and quantities in one paragraph.
pub(crate) fn find(
    text: &str,
    toks: &[Token],
    lower: &[Lower<'_>],
    paragraph: usize,
) -> (Vec<DateValue>, Vec<Quantity>) {
    let w = Words { text, toks, lower };
    let span = |s: usize, e: usize| {
        (
            toks[s].cstart,
            toks[e - 1].cend,
            text[toks[s].start..toks[e - 1].end].to_string(),
        )
    };
    let mut dates = Vec::new();
    let mut quantities = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        // Cheap gate: every date or quantity starts with a digit, a capital (month, weekday),
        // a currency sign or one of a few lowercase cue or number words.
        let first = w.w(i).chars().next().unwrap_or(' ');
        if !(first.is_ascii_digit()
            || first.is_uppercase()
            || "$€£".contains(first)
            || lowercase_starter(w.l(i)))
        {
            i += 1;
            continue;
        }
        if let Some((mut end, kind, value)) = date_at(&w, i, false) {
            let mut until = None;
            if RANGE_WORDS.contains(&w.l(end)) {
                if let Some((e2, k2, v2)) = date_at(&w, end + 1, kind == DateKind::Time) {
                    if k2 == kind || kind == DateKind::Date && k2 == DateKind::Date {
                        until = Some(v2);
                        end = e2;
                    }
                }
            }
            let value = until
                .as_deref()
                .map_or(value.clone(), |u| complete(&value, u));
            let (start, cend, text) = span(i, end);
            dates.push(DateValue {
                paragraph,
                start,
                end: cend,
                text,
                kind,
                value,
                until,
            });
            i = end;
            continue;
        }
        // `1-15 Juli`
        if let Some((a, b)) = w.l(i).split_once(['-', '–']) {
            if let (Some(a), Some(b), Some(m)) =
                (small_int(a, 31), small_int(b, 31), month(w.l(i + 1)))
            {
                let mut end = i + 2;
                let y = year(w.l(end));
                if y.is_some() {
                    end += 1;
                }
                let fmt = |d: u32| match y {
                    Some(y) => format!("{y:04}-{m:02}-{d:02}"),
                    None => format!("--{m:02}-{d:02}"),
                };
                let (start, cend, text) = span(i, end);
                dates.push(DateValue {
                    paragraph,
                    start,
                    end: cend,
                    text,
                    kind: DateKind::Date,
                    value: fmt(a),
                    until: Some(fmt(b)),
                });
                i = end;
                continue;
            }
        }
        if let Some((end, q)) = quantity_at(&w, i) {
            let (start, cend, text) = span(i, end);
            quantities.push(Quantity {
                paragraph,
                start,
                end: cend,
                text,
                value: q.0,
                unit: q.1,
            });
            i = end;
            continue;
        }
        i += 1;
    }
    (dates, quantities)
}

fn quantity_at(w: &Words<'_>, i: usize) -> Option<(usize, (f64, Option<String>))> {
    let mut j = i;
    let mut currency = None;
    let l0 = w.l(i);
    if let Some((_, c)) = CURRENCIES.iter().find(|(p, _)| *p == l0) {
        currency = Some(*c);
        j += 1;
    } else if let Some((p, c)) = CURRENCIES
        .iter()
        .find(|(p, _)| l0.starts_with(*p) && number(&l0[p.len()..]).is_some())
    {
        // `Rp5` glued
        let v = number(&l0[p.len()..])?;
        return finish(w, i + 1, v, Some(*c), true);
    }
    let lj = w.l(j);
    if i > 0 && matches!(w.l(i - 1), "ke" | "nomor" | "no" | "no." | "pasal") {
        return None;
    }
    if let Some(v) = number(lj) {
        if currency.is_none() && year(lj).is_some() && !COUNT_NOUNS.contains(&w.l(j + 1)) {
            return None;
        }
        return finish(w, j + 1, v, currency, true);
    }
    if currency.is_none() {
        if let Some((_, v)) = NUMBER_WORDS.iter().find(|(n, _)| *n == lj) {
            return finish(w, j + 1, *v, None, false);
        }
    }
    None
}

fn finish(
    w: &Words<'_>,
    mut j: usize,
    mut v: f64,
    currency: Option<&str>,
    digits: bool,
) -> Option<(usize, (f64, Option<String>))> {
    if let Some((_, m)) = MULTIPLIERS.iter().find(|(m, _)| *m == w.l(j)) {
        v *= m;
        j += 1;
    }
    if let Some(c) = currency {
        return Some((j, (v, Some(c.to_string()))));
    }
    let l = w.l(j);
    if l == "%" || l == "persen" || l == "percent" || l == "per cent" {
        return Some((j + 1, (v, Some("%".to_string()))));
    }
    for unit in MULTIWORD_UNITS {
        if unit.iter().enumerate().all(|(k, u)| w.l(j + k) == *u) {
            return Some((j + unit.len(), (v, Some(unit.join(" ")))));
        }
    }
    let word = w.w(j);
    let plain =
        !word.is_empty() && word.chars().all(|c| c.is_alphabetic() || c == '-') && !is_cap(word);
    if plain && !NOT_UNITS.contains(&l) && (digits || COUNT_NOUNS.contains(&l)) {
        return Some((j + 1, (v, Some(l.to_string()))));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::tokenize::tokenize;
    use super::*;

    fn run(s: &str) -> (Vec<DateValue>, Vec<Quantity>) {
        let toks = tokenize(s);
        let lower: Vec<Lower> = toks
            .iter()
            .map(|t| Lower::Owned(t.text(s).to_lowercase()))
            .collect();
        find(s, &toks, &lower, 0)
    }

    #[test]
    fn numbers_in_both_conventions() {
        assert_eq!(number("20.000"), Some(20000.0));
        assert_eq!(number("20,000"), Some(20000.0));
        assert_eq!(number("2,5"), Some(2.5));
        assert_eq!(number("1.5"), Some(1.5));
        assert_eq!(number("1.234.567,89"), Some(1234567.89));
        assert_eq!(number("abc"), None);
    }

    #[test]
    fn quantities() {
        let (_, q) = run("Sekitar 20.000 warga mengungsi dari wilayah seluas 385 mil persegi setelah 117 drone menyerang.");
        let got: Vec<(f64, Option<&str>, &str)> = q
            .iter()
            .map(|q| (q.value, q.unit.as_deref(), q.text.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (20000.0, Some("warga"), "20.000 warga"),
                (385.0, Some("mil persegi"), "385 mil persegi"),
                (117.0, Some("drone"), "117 drone")
            ]
        );
        let (_, q) = run("Anggaran Rp 5 triliun dan US$10 juta, naik 3,5 persen.");
        let got: Vec<(f64, Option<&str>)> =
            q.iter().map(|q| (q.value, q.unit.as_deref())).collect();
        assert_eq!(
            got,
            [(5e12, Some("IDR")), (1e7, Some("USD")), (3.5, Some("%"))]
        );
        let (_, q) = run("Putin dilaporkan memanggil 134.500 wajib militer lagi.");
        assert_eq!(q[0].text, "134.500 wajib militer");
        assert_eq!(q[0].unit.as_deref(), Some("wajib militer"));
    }

    #[test]
    fn dates_and_ranges() {
        let (d, q) = run("Jam malam berlaku 1 April hingga 15 Juli 2023, pukul 17:00 hingga 18:00, sejak Februari 2022.");
        let got: Vec<(DateKind, &str, Option<&str>, &str)> = d
            .iter()
            .map(|d| {
                (
                    d.kind,
                    d.value.as_str(),
                    d.until.as_deref(),
                    d.text.as_str(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (
                    DateKind::Date,
                    "2023-04-01",
                    Some("2023-07-15"),
                    "1 April hingga 15 Juli 2023"
                ),
                (
                    DateKind::Time,
                    "17:00",
                    Some("18:00"),
                    "pukul 17:00 hingga 18:00"
                ),
                (DateKind::Month, "2022-02", None, "Februari 2022")
            ]
        );
        assert!(q.is_empty(), "{q:?}");
        let (d, _) =
            run("Selasa (29/10/2013) dan pada hari Minggu, serta on March 3, 2024 in 2021.");
        let got: Vec<&str> = d.iter().map(|d| d.value.as_str()).collect();
        assert_eq!(
            got,
            ["Tuesday", "2013-10-29", "Sunday", "2024-03-03", "2021"]
        );
    }

    #[test]
    fn no_false_dates_or_quantities() {
        let (d, q) =
            run("Minggu lalu dia bilang mungkin, may be, dua berbaring di Jalan 17 Agustusan.");
        assert!(d.is_empty(), "{d:?}");
        assert!(q.is_empty(), "{q:?}");
    }
}
