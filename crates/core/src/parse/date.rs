//! Dates in the forms Indonesian and English news use: `Minggu (4/6/2023)`, `4 Juni 2023`,
//! `June 4, 2023`, `2023-06-04T10:00:00+07:00`, `01-11-2016 18:35:47`.

/// A calendar date, checked to exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Ymd {
    pub y: i32,
    pub m: u32,
    pub d: u32,
}

impl Ymd {
    pub(crate) fn new(y: i32, m: u32, d: u32) -> Option<Self> {
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        let days = match m {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        ((1900..=2100).contains(&y) && (1..=days).contains(&d)).then_some(Ymd { y, m, d })
    }

    pub(crate) fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }
}

/// `YYYY-MM-DD` (UTC) for a Unix time in milliseconds.
pub fn iso_date_from_ms(ms: i64) -> Option<String> {
    let days = ms.div_euclid(86_400_000);
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    Ymd::new(
        i32::try_from(y).ok()?,
        u32::try_from(m).ok()?,
        u32::try_from(d).ok()?,
    )
    .map(Ymd::iso)
}

fn month(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.');
    if !(3..=9).contains(&word.len())
        || !word.starts_with([
            'J', 'F', 'M', 'A', 'S', 'O', 'N', 'D', 'P', 'j', 'f', 'm', 'a', 's', 'o', 'n', 'd',
            'p',
        ])
    {
        return None;
    }
    let w = word.to_ascii_lowercase();
    Some(match w.as_str() {
        "januari" | "january" | "jan" => 1,
        "februari" | "pebruari" | "february" | "feb" | "peb" => 2,
        "maret" | "march" | "mar" => 3,
        "april" | "apr" => 4,
        "mei" | "may" => 5,
        "juni" | "june" | "jun" => 6,
        "juli" | "july" | "jul" => 7,
        "agustus" | "august" | "agu" | "agt" | "aug" | "agust" => 8,
        "september" | "sept" | "sep" => 9,
        "oktober" | "october" | "okt" | "oct" => 10,
        "november" | "nopember" | "nov" | "nop" => 11,
        "desember" | "december" | "des" | "dec" => 12,
        _ => return None,
    })
}

/// `March 3`, `3 Maret`, `Sept. 12`: a day and a month without a year, as wire datelines give
/// them (`KYIV, March 3 (Reuters) -`). Not a date this module can return, but not a place either.
pub(crate) fn is_day_month(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    let day = |w: &str| num(w).is_some_and(|d| (1..=31).contains(&d));
    match words.as_slice() {
        [a, b] => (month(a).is_some() && day(b)) || (day(a) && month(b).is_some()),
        _ => false,
    }
}

fn num(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn year(s: &str) -> Option<i32> {
    (s.len() == 4)
        .then(|| num(s))
        .flatten()
        .and_then(|y| i32::try_from(y).ok())
}

/// Numeric forms: `2023-06-04`, `2023/06/04`, `4/6/2023`, `04-06-2023`, `4.6.2023` (day first).
fn numeric(token: &str) -> Option<Ymd> {
    let token = token.split('T').next().unwrap_or(token);
    for sep in ['-', '/', '.'] {
        let parts: Vec<&str> = token.split(sep).collect();
        if parts.len() != 3 {
            continue;
        }
        if let (Some(y), Some(m), Some(d)) = (year(parts[0]), num(parts[1]), num(parts[2])) {
            return Ymd::new(y, m, d);
        }
        if let (Some(d), Some(m), Some(y)) = (num(parts[0]), num(parts[1]), year(parts[2])) {
            if parts[0].len() <= 2 && parts[1].len() <= 2 {
                return Ymd::new(y, m, d);
            }
        }
    }
    None
}

fn trim_token(t: &str) -> &str {
    t.trim_matches(|c: char| {
        matches!(
            c,
            '(' | ')' | '[' | ']' | ',' | ';' | '"' | '“' | '”' | '\''
        ) || c == '.'
    })
}

/// The first date written in `text`, if any.
pub(crate) fn find_date(text: &str) -> Option<Ymd> {
    // Every form this function knows has a four-digit year.
    if !text
        .as_bytes()
        .windows(4)
        .any(|w| w.iter().all(u8::is_ascii_digit))
    {
        return None;
    }
    let tokens: Vec<&str> = text.split_whitespace().map(trim_token).collect();
    for (i, raw) in tokens.iter().enumerate() {
        let t = *raw;
        if t.is_empty() {
            continue;
        }
        let first = t.as_bytes()[0];
        if first.is_ascii_digit() {
            if let Some(d) = numeric(t) {
                return Some(d);
            }
            // 4 Juni 2023
            if let (Some(day), Some(m), Some(y)) = (
                num(t),
                tokens.get(i + 1).and_then(|w| month(w)),
                tokens.get(i + 2).and_then(|w| year(w)),
            ) {
                if let Some(d) = Ymd::new(y, m, day) {
                    return Some(d);
                }
            }
        } else if first.is_ascii_alphabetic() {
            // June 4, 2023
            if let (Some(m), Some(day), Some(y)) = (
                month(t),
                tokens
                    .get(i + 1)
                    .and_then(|w| num(w.trim_end_matches(|c: char| c.is_ascii_alphabetic()))),
                tokens.get(i + 2).and_then(|w| year(w)),
            ) {
                if let Some(d) = Ymd::new(y, m, day) {
                    return Some(d);
                }
            }
        }
    }
    None
}

/// A metadata date value: ISO timestamps, Unix times, or any form [`find_date`] knows.
pub(crate) fn parse_date_value(value: &str) -> Option<Ymd> {
    let v = value.trim();
    if !v.is_empty() && v.len() >= 9 && v.bytes().all(|b| b.is_ascii_digit()) {
        let n: i64 = v.parse().ok()?;
        return epoch(n);
    }
    if let Some(d) = numeric(v.split_whitespace().next().unwrap_or("")) {
        return Some(d);
    }
    find_date(v)
}

/// The publication date many outlets put in article URLs: `/2018/02/24/`, or a segment that
/// starts with `YYYYMMDD` (`/20170511181508-12-214171/`, `/read/20170415/`).
pub(crate) fn date_from_url(url: &str) -> Option<Ymd> {
    let path = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let segments: Vec<&str> = path.split('/').skip(1).collect();
    for w in segments.windows(3) {
        if let (Some(y), Some(m), Some(d)) = (year(w[0]), num(w[1]), num(w[2])) {
            if w[1].len() <= 2 && w[2].len() <= 2 {
                if let Some(ymd) = Ymd::new(y, m, d) {
                    return Some(ymd);
                }
            }
        }
    }
    segments.iter().find_map(|seg| {
        let digits: String = seg.chars().take_while(char::is_ascii_digit).collect();
        if digits.len() < 8 {
            return None;
        }
        let y = digits[..4].parse().ok()?;
        let m = digits[4..6].parse().ok()?;
        let d = digits[6..8].parse().ok()?;
        (1990..=2100)
            .contains(&y)
            .then(|| Ymd::new(y, m, d))
            .flatten()
    })
}

/// A Unix time in seconds or milliseconds.
pub(crate) fn epoch(n: i64) -> Option<Ymd> {
    let ms = if n.abs() < 100_000_000_000 {
        n.checked_mul(1000)?
    } else {
        n
    };
    let iso = iso_date_from_ms(ms)?;
    let parts: Vec<&str> = iso.split('-').collect();
    Ymd::new(
        parts.first()?.parse().ok()?,
        parts.get(1)?.parse().ok()?,
        parts.get(2)?.parse().ok()?,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        let d = Ymd::new(2023, 6, 4);
        assert_eq!(find_date("kata dia, Minggu (4/6/2023)."), d);
        assert_eq!(find_date("pada 4 Juni 2023 lalu"), d);
        assert_eq!(find_date("on June 4, 2023, the"), d);
        assert_eq!(find_date("on 4th of nothing 2023-06-04T10:00"), d);
        assert_eq!(find_date("(T.M052/B) 04-06-2023 18:35:47"), d);
        assert_eq!(find_date("Senin (27/3) lalu"), None);
        assert_eq!(find_date("31 Februari 2023"), None);
        assert_eq!(parse_date_value("2023-06-04T10:00:00+07:00"), d);
        assert_eq!(parse_date_value("1685836800"), d);
        assert_eq!(iso_date_from_ms(0).as_deref(), Some("1970-01-01"));
        assert_eq!(
            date_from_url("https://www.suara.com/news/2023/06/04/110040/x"),
            d
        );
        assert_eq!(
            date_from_url("http://www.cnnindonesia.com/nasional/20230604181508-12-214171/x/"),
            d
        );
        assert_eq!(
            date_from_url("http://www.antaranews.com/berita/613265/x"),
            None
        );
        assert_eq!(date_from_url("http://x.com/a/31293822/b"), None);
        assert_eq!(
            iso_date_from_ms(1_685_836_800_000).as_deref(),
            Some("2023-06-04")
        );
    }
}
