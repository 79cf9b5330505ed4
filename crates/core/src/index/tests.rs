use super::*;
use crate::entities::{Entity, Mention};
use crate::{parse_file, Input};

const SEEDS: &[(&str, &[u8])] = &[
    (
        "000.txt",
        include_bytes!("../../../../data/samples/000_fd82f42624df11bb.txt"),
    ),
    (
        "001.txt",
        include_bytes!("../../../../data/samples/001_4c77c4df9ca33e62.txt"),
    ),
    (
        "002.txt",
        include_bytes!("../../../../data/samples/002_d149c1def1f10f1d.txt"),
    ),
    (
        "003.txt",
        include_bytes!("../../../../data/samples/003_2110f54099994ca6.txt"),
    ),
    (
        "004.txt",
        include_bytes!("../../../../data/samples/004_6e1be6000b9ebbe3.txt"),
    ),
];

fn seed_docs() -> Vec<Doc> {
    SEEDS
        .iter()
        .map(|(name, bytes)| {
            let article = parse_file(Input::new(name, bytes))
                .remove(0)
                .expect("seed parses");
            Doc::from(article)
        })
        .collect()
}

fn person(name: &str, mentions: usize) -> Entity {
    Entity {
        name: name.to_string(),
        kind: EntityKind::Person,
        aliases: vec![name.to_string()],
        role: None,
        mentions: vec![
            Mention {
                paragraph: 0,
                start: 0,
                end: 1
            };
            mentions
        ],
    }
}

#[test]
fn normalize_folds_case_and_diacritics() {
    assert_eq!(normalize("Zelenskyy"), "zelenskyy");
    assert_eq!(normalize("Pérez Ñúñez"), "perez nunez");
    assert_eq!(normalize("ÉCOLE"), "ecole");
}

#[test]
fn tokens_report_char_offsets() {
    let toks: Vec<_> = tokens("“Saya harap,” kata Gladkov.").collect();
    assert_eq!(toks[0], (1, 5, "saya".to_string()));
    assert_eq!(toks.last().unwrap(), &(19, 26, "gladkov".to_string()));
}

#[test]
fn search_is_prefix_and_case_insensitive_and_ands_words() {
    let docs = seed_docs();
    let index = Index::build(&docs);
    // "Gladkov" appears in seeds 000 and 004 only.
    let mut hits: Vec<usize> = index.search("GLADK").into_iter().map(|(i, _)| i).collect();
    hits.sort_unstable();
    assert_eq!(hits, vec![0, 4]);
    // AND: "Gladkov" and "Telegram" co-occur only in 004.
    let hits: Vec<usize> = index
        .search("gladkov telegram")
        .into_iter()
        .map(|(i, _)| i)
        .collect();
    assert_eq!(hits, vec![4]);
    assert!(index.search("zzzzqqq").is_empty());
    assert!(index.search("  ").is_empty());
}

#[test]
fn relevance_puts_the_densest_match_first() {
    let docs = seed_docs();
    let index = Index::build(&docs);
    let ranked = index.select(
        &docs,
        &Filter {
            text: "Gladkov".into(),
            ..Filter::default()
        },
        Sort::Relevance,
    );
    // Seed 000 names Gladkov far more often than 004.
    assert_eq!(ranked, vec![0, 4]);
}

#[test]
fn filters_and_across_entities_sources_and_dates_and_facets_follow_hits() {
    let mut docs = seed_docs();
    docs[0].entities = vec![person("Vyacheslav Gladkov", 9), person("Vladimir Putin", 2)];
    docs[2].entities = vec![person("Vladimir Putin", 4)];
    docs[4].entities = vec![person("Vyacheslav Gladkov", 3), person("Vladimir Putin", 5)];
    let index = Index::build(&docs);
    let putin = EntityKey {
        kind: EntityKind::Person,
        name: "Vladimir Putin".into(),
    };
    let gladkov = EntityKey {
        kind: EntityKind::Person,
        name: "Vyacheslav Gladkov".into(),
    };

    let all = index.select(&docs, &Filter::default(), Sort::Relevance);
    assert_eq!(all, vec![0, 1, 2, 3, 4]);
    let facets = Index::facets(&docs, &all);
    assert_eq!(facets.entities[0].key, putin);
    assert_eq!(
        (facets.entities[0].articles, facets.entities[0].mentions),
        (3, 11)
    );

    let f = Filter {
        entities: vec![putin.clone(), gladkov.clone()],
        ..Filter::default()
    };
    let hits = index.select(&docs, &f, Sort::Relevance);
    assert_eq!(hits, vec![0, 4]);
    let facets = Index::facets(&docs, &hits);
    let g = facets.entities.iter().find(|e| e.key == gladkov).unwrap();
    assert_eq!((g.articles, g.mentions), (2, 12));

    let f = Filter {
        date_from: Some("2000-01-01".into()),
        ..Filter::default()
    };
    let dated = index.select(&docs, &f, Sort::Date);
    assert!(dated.iter().all(|&i| docs[i].article.published.is_some()));
}

#[test]
fn highlight_marks_prefix_matches_in_original_offsets() {
    let text = "Presiden Ukraina Volodymyr Zelenskyy mengatakan";
    let ranges = highlight(text, "zelensk ukr");
    let words: Vec<String> = ranges
        .iter()
        .map(|&(s, e)| text.chars().skip(s).take(e - s).collect())
        .collect();
    assert_eq!(words, vec!["Ukraina", "Zelenskyy"]);
}

#[test]
fn title_sort_ignores_case_and_accents() {
    let docs = seed_docs();
    let index = Index::build(&docs);
    let sorted = index.select(&docs, &Filter::default(), Sort::Title);
    let titles: Vec<String> = sorted
        .iter()
        .map(|&i| normalize(&docs[i].article.title))
        .collect();
    let mut expected = titles.clone();
    expected.sort();
    assert_eq!(titles, expected);
}

#[test]
fn segments_cover_the_paragraph_exactly_and_carry_marks() {
    let mut docs = seed_docs();
    let doc = &mut docs[4];
    let p = doc
        .article
        .paragraphs
        .iter()
        .position(|p| p.contains("Vyacheslav Gladkov"))
        .expect("seed 004 names Gladkov");
    let text = doc.article.paragraphs[p].clone();
    let start = text.chars().collect::<String>().find("Vyacheslav").unwrap();
    let start = text[..start].chars().count();
    let end = start + "Vyacheslav Gladkov".chars().count();
    doc.entities = vec![Entity {
        mentions: vec![Mention {
            paragraph: p,
            start,
            end,
        }],
        ..person("Vyacheslav Gladkov", 0)
    }];
    let segs = paragraph_segments(doc, p, "sulit");
    let joined: String = segs.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(joined, text, "segments reassemble the paragraph");
    let named = segs.iter().find(|s| s.entity == Some(0)).unwrap();
    assert_eq!(named.text, "Vyacheslav Gladkov");
    assert_eq!(named.kind, Some(EntityKind::Person));
    assert!(segs.iter().any(|s| s.matched && s.text == "sulit"));
    assert!(paragraph_segments(doc, 999, "").is_empty());
}
