//! Outlet names: `KONTAN.CO.ID`, `kontan.co.id`, `https://www.kontan.co.id/...` and `kontan` all
//! become `Kontan`.

/// Normalised key → display name. Keys are lowercase with `www.`, the domain suffix, spaces and
/// punctuation removed (see [`key`]).
const OUTLETS: &[(&str, &str)] = &[
    ("antara", "ANTARA"),
    ("antaranews", "ANTARA"),
    ("antarafoto", "ANTARA"),
    ("cnnindonesia", "CNN Indonesia"),
    ("cnn", "CNN"),
    ("cnbcindonesia", "CNBC Indonesia"),
    ("kontan", "Kontan"),
    ("kumparan", "kumparan"),
    ("kumparannews", "kumparan"),
    ("merdeka", "merdeka.com"),
    ("suara", "Suara"),
    ("poskota", "Poskota"),
    ("poskotanews", "Poskota"),
    ("goal", "Goal"),
    ("goalindonesia", "Goal"),
    ("juara", "Juara"),
    ("bolasport", "BolaSport"),
    ("kompas", "Kompas"),
    ("kompasiana", "Kompasiana"),
    ("kompastv", "Kompas TV"),
    ("detik", "Detik"),
    ("detikcom", "Detik"),
    ("detiknews", "Detik"),
    ("tempo", "Tempo"),
    ("tempointeraktif", "Tempo"),
    ("bbc", "BBC"),
    ("bbcnews", "BBC"),
    ("bbcindonesia", "BBC"),
    ("reuters", "Reuters"),
    ("ap", "AP"),
    ("apnews", "AP"),
    ("afp", "AFP"),
    ("xinhua", "Xinhua"),
    ("bernama", "Bernama"),
    ("dpa", "dpa"),
    ("dailysocial", "DailySocial"),
    ("rimanews", "Rimanews"),
    ("tribunnews", "Tribunnews"),
    ("liputan6", "Liputan6"),
    ("okezone", "Okezone"),
    ("republika", "Republika"),
    ("viva", "VIVA"),
    ("vivanews", "VIVA"),
    ("idntimes", "IDN Times"),
    ("sindonews", "SINDOnews"),
    ("jpnn", "JPNN"),
    ("jawapos", "Jawa Pos"),
    ("bisnis", "Bisnis"),
    ("beritasatu", "Beritasatu"),
    ("medcom", "Medcom"),
    ("metrotvnews", "Metro TV"),
    ("katadata", "Katadata"),
    ("thejakartapost", "The Jakarta Post"),
    ("jakartapost", "The Jakarta Post"),
    ("jakartaglobe", "Jakarta Globe"),
    ("voaindonesia", "VOA Indonesia"),
    ("voanews", "VOA"),
    ("dw", "DW"),
    ("telegraph", "Telegraph"),
    ("theguardian", "The Guardian"),
    ("guardian", "The Guardian"),
    ("nytimes", "The New York Times"),
    ("aljazeera", "Al Jazeera"),
    ("tirto", "Tirto"),
    ("gatra", "Gatra"),
    ("inews", "iNews"),
    ("mediaindonesia", "Media Indonesia"),
];

const SUFFIXES: &[&str] = &[
    ".co.id", ".or.id", ".go.id", ".co.uk", ".com", ".co", ".id", ".net", ".org", ".news", ".tv",
];

/// Lowercase, without `www.`, domain suffix, spaces or punctuation.
fn key(name: &str) -> String {
    let mut s = name.trim().to_lowercase();
    if let Some(rest) = s.strip_prefix("www.") {
        s = rest.to_string();
    }
    for suffix in SUFFIXES {
        if let Some(rest) = s.strip_suffix(suffix) {
            if !rest.is_empty() {
                s = rest.to_string();
                break;
            }
        }
    }
    s.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// `tribunkaltim` → `Tribun Kaltim`.
fn tribun(key: &str) -> Option<String> {
    let region = key.strip_prefix("tribun")?;
    if region.is_empty() || region == "news" || !region.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let mut chars = region.chars();
    let first = chars.next()?.to_ascii_uppercase();
    Some(format!("Tribun {first}{}", chars.as_str()))
}

/// The display name when `name` is a known outlet (by name, prefix or domain).
pub(crate) fn known_outlet(name: &str) -> Option<String> {
    let k = key(name);
    if k.is_empty() {
        return None;
    }
    OUTLETS
        .iter()
        .find(|(key, _)| *key == k)
        .map(|(_, v)| (*v).to_string())
        .or_else(|| tribun(&k))
}

/// `KOMPAS.com`, `TRIBUNKALTIM.CO`, `JUARA.net`: a single word ending in a domain suffix.
pub(crate) fn looks_like_domain(name: &str) -> bool {
    let lower = name.trim().to_lowercase();
    !lower.contains(' ')
        && lower.len() > 3
        && SUFFIXES
            .iter()
            .any(|s| lower.ends_with(s) && lower.len() > s.len())
        && lower
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
}

/// Normalises an outlet name as found in metadata or a dateline. Unknown names are kept as given
/// (a domain loses its suffix: `example.com` → `example`).
pub fn normalize_source(name: &str) -> String {
    let name = name.trim();
    if let Some(known) = known_outlet(name) {
        return known;
    }
    if let Some(host) = host_of(name) {
        if let Some(known) = outlet_from_host(&host) {
            return known;
        }
    }
    name.to_string()
}

/// The host part of a URL (`https://news.detik.com/x` → `news.detik.com`).
pub(crate) fn host_of(url: &str) -> Option<String> {
    let rest = url.trim().split_once("://").map_or(url.trim(), |(_, r)| r);
    let host = rest
        .split(['/', '?', '#'])
        .next()?
        .rsplit('@')
        .next()?
        .split(':')
        .next()?;
    (host.contains('.') && !host.contains(' ')).then(|| host.to_ascii_lowercase())
}

/// The outlet for a host, trying `a.b.c.com`, `b.c.com`, `c.com`.
pub(crate) fn outlet_from_host(host: &str) -> Option<String> {
    let host = host.strip_prefix("www.").unwrap_or(host);
    let labels: Vec<&str> = host.split('.').collect();
    if host.ends_with("tribunnews.com") && labels.len() >= 3 && labels[0] != "www" {
        if let Some(t) = tribun(&format!("tribun{}", labels[0])) {
            return Some(t);
        }
    }
    (0..labels.len().saturating_sub(1)).find_map(|i| known_outlet(&labels[i..].join(".")))
}

/// The outlet named by a URL.
pub(crate) fn outlet_from_url(url: &str) -> Option<String> {
    outlet_from_host(&host_of(url)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(normalize_source("KONTAN.CO.ID"), "Kontan");
        assert_eq!(normalize_source("TRIBUNKALTIM.CO"), "Tribun Kaltim");
        assert_eq!(normalize_source("ANTARA News"), "ANTARA");
        assert_eq!(normalize_source("cnn indonesia"), "CNN Indonesia");
        assert_eq!(normalize_source("poskotanews"), "Poskota");
        assert_eq!(normalize_source("Some Blog"), "Some Blog");
        assert_eq!(
            outlet_from_url("https://news.detik.com/berita/d-1/x").as_deref(),
            Some("Detik")
        );
        assert_eq!(
            outlet_from_url("https://kaltim.tribunnews.com/2023/x").as_deref(),
            Some("Tribun Kaltim")
        );
        assert_eq!(
            outlet_from_url("http://www.bbc.co.uk/news").as_deref(),
            Some("BBC")
        );
        assert!(looks_like_domain("JUARA.net"));
        assert!(!looks_like_domain("Jakarta"));
    }
}
