//! What the user is looking at, as a value that round-trips through the URL fragment.
//!
//! GitHub Pages has no SPA fallback, so state lives in the hash (`#view=quotes&q=putin&…`):
//! a filtered view can be bookmarked or shared, survives a reload, and back/forward walk
//! through it. Unknown or malformed parameters are ignored rather than rejected, because a
//! hand-edited or truncated link should still open something sensible.

use kliping_core::entities::EntityKind;
use kliping_core::index::{EntityKey, Filter, Sort};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    Articles,
    Quotes,
    Entities,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Route {
    pub view: View,
    pub filter: Filter,
    pub sort: Sort,
    /// Id of the article open in the reader.
    pub reader: Option<String>,
    /// Quotes view: only this speaker.
    pub speaker: Option<String>,
    /// Quotes view: group by speaker.
    pub group: bool,
}

/// The short code for a kind, used in URLs and as the CSS class of its colour.
pub fn kind_code(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "person",
        EntityKind::Place => "place",
        EntityKind::Organization => "org",
    }
}

fn parse_kind(code: &str) -> Option<EntityKind> {
    match code {
        "person" => Some(EntityKind::Person),
        "place" => Some(EntityKind::Place),
        "org" | "organization" => Some(EntityKind::Organization),
        _ => None,
    }
}

impl Route {
    /// The fragment for this route, without the leading `#`; empty for the default route.
    pub fn to_hash(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        match self.view {
            View::Articles => {}
            View::Quotes => {
                out.append_pair("view", "quotes");
            }
            View::Entities => {
                out.append_pair("view", "entities");
            }
        }
        if !self.filter.text.is_empty() {
            out.append_pair("q", &self.filter.text);
        }
        for key in &self.filter.entities {
            out.append_pair("e", &format!("{}:{}", kind_code(key.kind), key.name));
        }
        for source in &self.filter.sources {
            out.append_pair("src", source);
        }
        if let Some(d) = &self.filter.date_from {
            out.append_pair("from", d);
        }
        if let Some(d) = &self.filter.date_to {
            out.append_pair("to", d);
        }
        match self.sort {
            Sort::Relevance => {}
            Sort::Date => {
                out.append_pair("sort", "date");
            }
            Sort::Title => {
                out.append_pair("sort", "title");
            }
        }
        if let Some(s) = &self.speaker {
            out.append_pair("speaker", s);
        }
        if self.group {
            out.append_pair("group", "1");
        }
        if let Some(id) = &self.reader {
            out.append_pair("a", id);
        }
        out.finish()
    }

    /// Parses a fragment (with or without the leading `#`).
    pub fn from_hash(hash: &str) -> Self {
        let mut route = Route::default();
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        for (key, value) in form_urlencoded::parse(hash.as_bytes()) {
            let value = value.into_owned();
            match key.as_ref() {
                "view" => {
                    route.view = match value.as_str() {
                        "quotes" => View::Quotes,
                        "entities" => View::Entities,
                        _ => View::Articles,
                    }
                }
                "q" => route.filter.text = value,
                "e" => {
                    if let Some((kind, name)) = value.split_once(':') {
                        if let (Some(kind), false) = (parse_kind(kind), name.is_empty()) {
                            let key = EntityKey {
                                kind,
                                name: name.to_string(),
                            };
                            if !route.filter.entities.contains(&key) {
                                route.filter.entities.push(key);
                            }
                        }
                    }
                }
                "src" if !value.is_empty() => route.filter.sources.push(value),
                "from" if is_iso_date(&value) => route.filter.date_from = Some(value),
                "to" if is_iso_date(&value) => route.filter.date_to = Some(value),
                "sort" => {
                    route.sort = match value.as_str() {
                        "date" => Sort::Date,
                        "title" => Sort::Title,
                        _ => Sort::Relevance,
                    }
                }
                "speaker" if !value.is_empty() => route.speaker = Some(value),
                "group" => route.group = value == "1",
                "a" if !value.is_empty() => route.reader = Some(value),
                _ => {}
            }
        }
        route
    }

    /// Adds `key` to the entity filter (no-op when already there).
    pub fn with_entity(mut self, key: EntityKey) -> Self {
        if !self.filter.entities.contains(&key) {
            self.filter.entities.push(key);
        }
        self
    }
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_route_is_an_empty_hash() {
        assert_eq!(Route::default().to_hash(), "");
        assert_eq!(Route::from_hash(""), Route::default());
        assert_eq!(Route::from_hash("#"), Route::default());
    }

    #[test]
    fn every_field_round_trips_including_awkward_text() {
        let route = Route {
            view: View::Quotes,
            filter: Filter {
                text: "Zelenskyy & “perdamaian” #1".into(),
                entities: vec![
                    EntityKey {
                        kind: EntityKind::Person,
                        name: "Vladimir Putin".into(),
                    },
                    EntityKey {
                        kind: EntityKind::Organization,
                        name: "Kementerian Pertahanan: Ukraina".into(),
                    },
                ],
                sources: vec!["Tribun Kaltim".into()],
                date_from: Some("2024-08-01".into()),
                date_to: Some("2024-08-31".into()),
            },
            sort: Sort::Date,
            reader: Some("0123456789abcdef".into()),
            speaker: Some("Vyacheslav Gladkov".into()),
            group: true,
        };
        let hash = route.to_hash();
        assert!(!hash.contains(' ') && !hash.contains('#'), "{hash}");
        assert_eq!(Route::from_hash(&format!("#{hash}")), route);
    }

    #[test]
    fn malformed_parameters_are_ignored() {
        let r = Route::from_hash(
            "view=nope&e=alien:X&e=person:&from=yesterday&sort=zzz&a=&junk=1&q=ok",
        );
        assert_eq!(r.view, View::Articles);
        assert!(r.filter.entities.is_empty());
        assert_eq!(r.filter.date_from, None);
        assert_eq!(r.sort, Sort::Relevance);
        assert_eq!(r.reader, None);
        assert_eq!(r.filter.text, "ok");
    }
}
