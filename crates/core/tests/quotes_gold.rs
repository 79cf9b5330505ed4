//! Quote extraction scored against the hand-made gold in `data/gold/quotes/`.
//!
//! Run with `--nocapture` to see the score table; set `KLIPING_QUOTE_MISSES=1` to also list
//! every disagreement with the gold.

#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use kliping_core::entities::{extract, Model};
use kliping_core::quotes::eval::{
    article_from_blocks, article_from_lines, normalise, GoldSet, Scores, GOLD_SETS,
};
use kliping_core::quotes::{extract_quotes, Quote};
use kliping_core::Article;

fn data() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data")
}

/// The NER model users get (`data/model/ner.bin`), whose entities give speakers their
/// canonical names.
fn model() -> &'static Model {
    static M: std::sync::OnceLock<Model> = std::sync::OnceLock::new();
    M.get_or_init(|| {
        let bytes = std::fs::read(data().join("model/ner.bin")).expect("data/model/ner.bin");
        Model::from_bytes(&bytes).expect("valid model")
    })
}

/// Quotes as `kliping extract` and the app produce them (with the article's NER entities), or
/// from the extractor alone.
fn quotes_of(article: &Article, entities: bool) -> Vec<Quote> {
    if entities {
        extract_quotes(article, &extract(model(), article).entities)
    } else {
        extract_quotes(article, &[])
    }
}

fn load(name: &str) -> GoldSet {
    let text = std::fs::read_to_string(data().join("gold/quotes").join(name)).expect("gold file");
    serde_json::from_str(&text).expect("gold parses")
}

fn score_seeds(entities: bool) -> Scores {
    let mut scores = Scores::default();
    for a in load("seeds.json").articles {
        let file = a.file.as_deref().expect("seed gold names its file");
        let text = std::fs::read_to_string(data().join("..").join(file)).expect("seed file");
        let article = article_from_lines(file, &text);
        scores.add(file, &a.quotes, &quotes_of(&article, entities));
    }
    scores
}

fn score_indosum(gold_file: &str, entities: bool) -> Scores {
    let ndjson =
        std::fs::read_to_string(data().join("indosum/indosum-dev.ndjson")).expect("indosum");
    let lines: Vec<&str> = ndjson.lines().collect();
    let mut scores = Scores::default();
    let gold = load(gold_file);
    for a in gold.articles {
        let line = a.line.expect("indosum gold has a line number");
        let record: serde_json::Value = serde_json::from_str(lines[line - 1]).expect("record");
        assert_eq!(
            record["id"].as_str(),
            a.id.as_deref(),
            "gold line {line} points at its id"
        );
        let text = record["text"].as_str().expect("text");
        let article = article_from_blocks(a.id.as_deref().unwrap_or(""), text);
        scores.add(
            a.id.as_deref().unwrap_or(""),
            &a.quotes,
            &quotes_of(&article, entities),
        );
    }
    scores
}

/// Every gold article, built as `kliping eval-quotes` builds it (seeds one paragraph per
/// non-empty line, IndoSum records split at blank lines), with its gold quotes.
fn gold_articles(gold_file: &str) -> Vec<(String, Article, GoldSet)> {
    let gold = load(gold_file);
    let mut out = Vec::new();
    if gold_file == "seeds.json" {
        for a in &gold.articles {
            let file = a.file.as_deref().expect("seed gold names its file");
            let text = std::fs::read_to_string(data().join("..").join(file)).expect("seed file");
            let one = GoldSet {
                note: String::new(),
                articles: vec![a.clone()],
            };
            out.push((file.to_string(), article_from_lines(file, &text), one));
        }
        return out;
    }
    let ndjson =
        std::fs::read_to_string(data().join("indosum/indosum-dev.ndjson")).expect("indosum");
    let lines: Vec<&str> = ndjson.lines().collect();
    for a in &gold.articles {
        let line = a.line.expect("indosum gold has a line number");
        let record: serde_json::Value = serde_json::from_str(lines[line - 1]).expect("record");
        assert_eq!(
            record["id"].as_str(),
            a.id.as_deref(),
            "{gold_file}: line {line} points at its id"
        );
        let id = a.id.clone().unwrap_or_default();
        let article = article_from_blocks(&id, record["text"].as_str().expect("text"));
        let one = GoldSet {
            note: String::new(),
            articles: vec![a.clone()],
        };
        out.push((id, article, one));
    }
    out
}

/// The gold stores no offsets, so a typo in a gold text would only show up as a "missed" quote.
/// Every gold quote's words must therefore stand, in order and contiguous, inside one paragraph
/// of its article (words as the scorer splits them, so quote marks and spacing do not matter).
#[test]
fn gold_quotes_are_in_their_articles() {
    let mut checked = 0;
    for set in GOLD_SETS {
        for (name, article, gold) in gold_articles(set) {
            let paragraphs: Vec<Vec<String>> =
                article.paragraphs.iter().map(|p| normalise(p)).collect();
            for q in &gold.articles[0].quotes {
                let words = normalise(&q.text);
                assert!(!words.is_empty(), "{set}: {name}: empty gold text");
                let found = paragraphs
                    .iter()
                    .any(|p| p.windows(words.len()).any(|w| w == words.as_slice()));
                assert!(
                    found,
                    "{set}: {name}: gold text not in any paragraph: {:?}",
                    q.text
                );
                checked += 1;
            }
        }
    }
    // 17 sets held 716 quotes before heldout14 and heldout15 added 77, heldout16 28 and
    // heldout17 72, heldout18 31, heldout19 30, heldout20 37, heldout21 31 and heldout22 40.
    assert!(checked >= 1062, "only {checked} gold quotes checked");
}

fn show(name: &str, s: &Scores) {
    println!("== {name}\n{}", s.report());
    if std::env::var_os("KLIPING_QUOTE_MISSES").is_some() {
        for (article, miss) in &s.misses {
            println!("{article}: {miss:?}");
        }
    }
}

/// Floors sit slightly below the measured scores, so a regression fails the test.
fn floors(s: &Scores, detection: f64, speaker: f64) {
    for (kind, c) in [
        ("direct", &s.direct),
        ("indirect", &s.indirect),
        ("all", &s.all),
    ] {
        assert!(
            c.precision() >= detection,
            "{kind} precision {:.3} < {detection}",
            c.precision()
        );
        assert!(
            c.recall() >= detection,
            "{kind} recall {:.3} < {detection}",
            c.recall()
        );
    }
    assert!(
        s.all.speaker_accuracy() >= speaker,
        "speaker accuracy {:.3} < {speaker}",
        s.all.speaker_accuracy()
    );
}

// Floors are measured with the NER entities, as users get the quotes, and sit about one quote
// below the measured scores.

#[test]
fn seeds_against_gold() {
    let s = score_seeds(true);
    show("seeds", &s);
    // Measured: 1.000 / 1.000 detection, 1.000 speaker accuracy (0.964 before the 2nd round).
    floors(&s, 0.97, 0.98);
}

#[test]
fn indosum_against_gold() {
    assert!(
        load("indosum-dev.json").articles.len() >= 30,
        "at least 30 annotated indosum articles"
    );
    let s = score_indosum("indosum-dev.json", true);
    show("indosum-dev", &s);
    // Measured: direct 1.000/1.000, indirect 1.000/0.984, speaker accuracy 0.974.
    floors(&s, 0.96, 0.96);
}

/// Annotated blind after the first version of the extractor; its first score (before any fix it
/// prompted) was detection 0.968/0.968 and speaker accuracy 0.600.
#[test]
fn indosum_heldout_against_gold() {
    let s = score_indosum("indosum-heldout.json", true);
    show("indosum-heldout", &s);
    // Measured: 1.000 / 1.000 detection, speaker accuracy 0.968.
    floors(&s, 0.95, 0.93);
}

/// A second blind set. Its blind score (before the fixes its errors prompted) was detection
/// precision 0.941, recall 1.000, speaker accuracy 0.688; it is no longer untouched either.
#[test]
fn indosum_heldout2_against_gold() {
    let s = score_indosum("indosum-heldout2.json", true);
    show("indosum-heldout2", &s);
    // Measured now: 1.000 / 1.000 detection, 1.000 speaker accuracy.
    floors(&s, 0.95, 0.96);
}

/// The third blind set. Blind score: detection 0.972 / 0.972, speaker accuracy 0.571; its
/// errors then prompted generic name-splitting fixes.
#[test]
fn indosum_heldout3_against_gold() {
    let s = score_indosum("indosum-heldout3.json", true);
    show("indosum-heldout3", &s);
    // Measured now: 1.000 / 1.000 detection, 0.972 speaker accuracy.
    floors(&s, 0.95, 0.94);
}

/// The fourth blind set: scored once with the extractor frozen (detection 1.000 / 0.976, speaker
/// accuracy 0.825); its errors then prompted the third round of generic fixes.
#[test]
fn indosum_heldout4_against_gold() {
    let s = score_indosum("indosum-heldout4.json", true);
    show("indosum-heldout4", &s);
    // Measured now: 1.000 / 1.000 detection, 1.000 speaker accuracy.
    floors(&s, 0.95, 0.97);
}

/// The fifth blind set (mixed sources), committed before the third-round extractor ran on it.
/// Blind score: detection 0.967 / 1.000, speaker accuracy 0.724 (0.862 without entities); its
/// errors then prompted generic fixes.
#[test]
fn indosum_heldout5_against_gold() {
    let s = score_indosum("indosum-heldout5.json", true);
    show("indosum-heldout5", &s);
    // Measured now: 1.000 / 1.000 detection, 0.966 speaker accuracy.
    floors(&s, 0.96, 0.93);
}

/// Kompas-style text (`”` opens quotes too), blind like heldout5. Blind score: detection
/// 0.812 / 0.684, speaker accuracy 0.821; its errors then prompted generic fixes.
#[test]
fn indosum_kompas_against_gold() {
    let s = score_indosum("indosum-kompas.json", true);
    show("indosum-kompas", &s);
    // Measured now: direct 1.000 / 1.000, indirect 0.955 / 0.955, speaker accuracy 1.000
    // (0.911 without entities, and 0.911 with main's newer tagger, which names the speaker
    // `Arsenal Arsene Wenger`: the floor allows for that).
    floors(&s, 0.93, 0.90);
}

/// The other 4 Kompas-style records, annotated and committed after all the third-round fixes and
/// scored once: detection 1.000 / 1.000 but speaker accuracy 0.571 (8 of 14) — the honest
/// estimate for speakers. One fix followed (`manajemen JDT` is an organisation speaking), then
/// the salience model for pronoun antecedents (`katanya` after `Bahkan harapannya, Persib
/// Bandung bisa menang …` is the captain, not the club).
#[test]
fn indosum_kompas2_against_gold() {
    let s = score_indosum("indosum-kompas2.json", true);
    show("indosum-kompas2", &s);
    // Measured now: 1.000 / 1.000 detection, 0.929 speaker accuracy (13 of 14; also without
    // entities).
    floors(&s, 0.95, 0.9);
}

/// The sixth blind set, one record per source. Blind score: detection 0.862 / 0.926, speaker
/// accuracy 0.920; its errors then prompted generic fixes (fourth and fifth rounds).
#[test]
fn indosum_heldout6_against_gold() {
    let s = score_indosum("indosum-heldout6.json", true);
    show("indosum-heldout6", &s);
    // Measured now: 1.000 / 1.000 detection, 1.000 speaker accuracy (27 quotes).
    floors(&s, 0.96, 0.96);
}

/// The seventh blind set, annotated and committed before any extractor run on it. Blind
/// score: detection 0.879 / 1.000 (indirect precision 0.750), speaker accuracy 0.828; its
/// errors then prompted the fifth round of generic fixes.
#[test]
fn indosum_heldout7_against_gold() {
    let s = score_indosum("indosum-heldout7.json", true);
    show("indosum-heldout7", &s);
    // Measured now: direct 1.000 / 1.000, indirect 0.857 / 1.000 (the one spurious quote is
    // a comma-set-off `menurut` that heldout counts as a report and heldout7 does not),
    // speaker accuracy 1.000.
    floors(&s, 0.85, 0.96);
}

/// The eighth blind set, committed with heldout7 and scored once at the end of the fifth
/// round. Blind score: detection 1.000 / 0.968 (indirect recall 0.917), speaker accuracy
/// 0.700; its errors then prompted the sixth round of generic fixes.
#[test]
fn indosum_heldout8_against_gold() {
    let s = score_indosum("indosum-heldout8.json", true);
    show("indosum-heldout8", &s);
    // Measured now: 1.000 / 1.000 detection, 1.000 speaker accuracy (31 of 31).
    floors(&s, 0.95, 0.96);
}

/// The ninth blind set (the next unused rank of each source), annotated from the article text
/// only and committed (`e2f1b6b`) before any extractor run on it, then scored once at the end
/// of the sixth round. Blind score: detection 1.000 / 1.000, speaker accuracy 0.744 (29 of
/// 39; the same without entities); its errors were then used for tuning (GUIDELINES.md).
#[test]
fn indosum_heldout9_against_gold() {
    let s = score_indosum("indosum-heldout9.json", true);
    show("indosum-heldout9", &s);
    // Measured now: 1.000 / 1.000 detection, 1.000 speaker accuracy (39 of 39, after the
    // seventh round's short forms of names and commenters' user names).
    floors(&s, 0.97, 0.97);
}

/// The tenth blind set (the rank after heldout9's of each source), annotated from the article
/// text only and committed with heldout11 (`81de611`) before any extractor run on it, then
/// scored once. Blind score: detection 0.935 / 1.000, speaker accuracy 0.862 (25 of 29; the
/// same without entities); its errors then prompted the seventh round (GUIDELINES.md).
#[test]
fn indosum_heldout10_against_gold() {
    let s = score_indosum("indosum-heldout10.json", true);
    show("indosum-heldout10", &s);
    // Measured now: 1.000 / 1.000 detection, 1.000 speaker accuracy (29 of 29).
    floors(&s, 0.96, 0.96);
}

/// The eleventh blind set, committed with heldout10 (`81de611`) before any extractor run on
/// it, kept out of `GOLD_SETS` until the seventh round was frozen (`4c29286`), then scored
/// once: blind speaker accuracy 0.438. Its generic error classes (a rank, a reduplicated
/// institution word, a link headline, a pointing description before adverbs) were then fixed in a short eighth round, so it is no
/// longer blind (GUIDELINES.md).
#[test]
fn indosum_heldout11_against_gold() {
    let s = score_indosum("indosum-heldout11.json", true);
    show("indosum-heldout11", &s);
    // Measured (blind, `4c29286`): direct 1.000 / 1.000, indirect 0.889 / 1.000 (one spurious
    // `menyatakan kesetiaannya …`), speaker accuracy 0.438 (14 of 32).
    // Measured after tuning on it (eighth round): the same detection, speaker accuracy 0.844
    // (27 of 32). Floors one quote below, so a regression fails.
    floors(&s, 0.85, 0.80);
}

/// The NER entities only rename speakers whose entity is trustworthy, so they never cost
/// speaker accuracy on any gold set.
#[test]
fn entities_do_not_lower_speaker_accuracy() {
    let mut sets = vec![("seeds".to_string(), score_seeds(false), score_seeds(true))];
    for &f in GOLD_SETS.iter().filter(|f| f.starts_with("indosum-")) {
        sets.push((
            f.to_string(),
            score_indosum(f, false),
            score_indosum(f, true),
        ));
    }
    for (name, without, with) in sets {
        let (a, b) = (without.all.speaker_accuracy(), with.all.speaker_accuracy());
        println!("{name}: speaker accuracy {a:.3} without entities, {b:.3} with");
        assert!(
            b >= a,
            "{name}: entities lower speaker accuracy {a:.3} -> {b:.3}"
        );
    }
}

/// The twelfth and thirteenth blind sets, chosen from `data/gold/reserved.txt` (records no
/// mining ever reads) and annotated from the article text only, then scored at `59bb511`
/// before any change was made with them in reach. Blind at `59bb511`, with entities:
/// heldout12 detection 0.977 / 0.935 (indirect 0.950 / 0.864), speaker accuracy 0.791
/// (direct 0.750); heldout13 detection 0.941 / 0.914 (indirect 0.857 / 0.800), speaker
/// accuracy 0.969.
///
/// heldout12 was spent in the tenth round (its errors read and fixed generically): now
/// 1.000 / 1.000 detection and 0.957 speaker accuracy (44 of 46; direct 0.917), so its floors
/// guard the fixes. heldout13 stayed blind until the eleventh round, which scored it once more
/// at `da26e8a` (0.943 / 0.943, speaker accuracy 0.970) and then spent it: after its
/// generic fixes (titles with a period, a name in apposition after a closing cue, the name
/// set off after a role) it is 1.000 / 1.000 and 1.000, so its floors guard them.
#[test]
fn indosum_heldout12_against_gold() {
    let s = score_indosum("indosum-heldout12.json", true);
    show("indosum-heldout12", &s);
    floors(&s, 0.97, 0.93);
}

#[test]
fn indosum_heldout13_against_gold() {
    let s = score_indosum("indosum-heldout13.json", true);
    show("indosum-heldout13", &s);
    floors(&s, 0.97, 0.97);
}

/// The fourteenth and fifteenth blind sets: the rest of `data/gold/reserved.txt`'s quote records
/// (heldout14 the `next+3` ranks, heldout15 the `next+4` ranks, goal indonesia two each),
/// annotated from the article text only and committed (`40010c3`) before the extractor ever ran
/// on them. heldout15 stayed blind until the fourteenth round, which scored it once more at
/// `e6131d5` (0.946 / 0.946, speaker accuracy 0.829) and then spent it (its errors read);
/// heldout14 was spent in the twelfth round (0.667 after it, see GUIDELINES.md). Blind
/// at `40010c3` (the extractor of `da26e8a`), with entities and without alike: heldout14
/// detection 0.975 / 0.975 (direct 1.000 / 1.000, indirect 0.938 / 0.938), speaker accuracy
/// 0.564 (22 of 39); heldout15 detection 0.946 / 0.946 (direct 1.000 / 1.000, indirect
/// 0.867 / 0.867), speaker accuracy 0.829 (29 of 35). Floors sit about one quote under those,
/// so a change that loses quotes or speakers on unseen text fails here without showing which.
#[test]
fn indosum_heldout14_against_gold() {
    let s = score_indosum("indosum-heldout14.json", true);
    show("indosum-heldout14", &s);
    floors(&s, 0.85, 0.53);
}

#[test]
fn indosum_heldout15_against_gold() {
    let s = score_indosum("indosum-heldout15.json", true);
    show("indosum-heldout15", &s);
    floors(&s, 0.78, 0.78);
}

/// The sixteenth blind set, from the second block of `data/gold/reserved.txt` (the `next2+1`
/// quote records, goal indonesia two), annotated from the article text only and committed
/// (`127521e`) before the extractor ever ran on it. Blind at `127521e` (the extractor of
/// `e6131d5` with the model retrained on the new reserve), with entities: detection 1.000 /
/// 0.964 (direct 1.000 / 1.000, indirect 1.000 / 0.875), speaker accuracy 0.815 (22 of 27); last
/// blind score at `efcecb2`: speaker accuracy 0.852, then spent (GUIDELINES.md, fifteenth
/// round). Floors about one quote under the first blind score (indirect recall 6 of 8).
#[test]
fn indosum_heldout16_against_gold() {
    let s = score_indosum("indosum-heldout16.json", true);
    show("indosum-heldout16", &s);
    floors(&s, 0.74, 0.77);
}

/// The seventeenth blind set, the second reserve block's last quote records (its `next2+2`
/// and `next2+3` records, goal indonesia's `next2+3` to `next2+6`; 19 articles, 72 quotes),
/// annotated from the article text only and committed (`0bc7c32`) before the extractor ever ran
/// on it; blind until it was spent on 2026-11-24 (GUIDELINES.md). Blind at `0bc7c32`
/// (the extractor and model of `14f1aea`), with entities: detection 0.959 / 0.972 (direct 0.957 / 1.000, indirect 0.963 /
/// 0.929), speaker accuracy 0.771 (54 of 70; direct 0.795, indirect 0.731). Floors about one
/// quote under those (indirect recall 25 of 28, speaker 53 of 70).
#[test]
fn indosum_heldout17_against_gold() {
    let s = score_indosum("indosum-heldout17.json", true);
    show("indosum-heldout17", &s);
    floors(&s, 0.88, 0.75);
}

/// The eighteenth blind set, the third reserve block's `next3+1` quote records (goal indonesia's
/// `next3+2` too; 10 articles, 31 quotes), annotated from the article text only and committed
/// (`c547444`) before the extractor ever ran on it; blind until it was spent on 2026-11-24
/// (GUIDELINES.md, "heldout18 spent"; last blind speaker accuracy 0.700). First
/// blind run (the extractor and model of `c187b70`), with entities: detection 0.938 / 0.968
/// (indirect 13 of 14 both ways), speaker accuracy 0.700 (21 of 30). Floors about one quote
/// under those.
#[test]
fn indosum_heldout18_against_gold() {
    let s = score_indosum("indosum-heldout18.json", true);
    show("indosum-heldout18", &s);
    // Spent and tuned on since: 1.000 / 0.968, speaker accuracy 1.000 (30 of 30) after its
    // classes were fixed (indirect recall 13 of 14); floors about one quote under.
    floors(&s, 0.85, 0.96);
}

/// The nineteenth blind set, the third reserve block's `next3+2` quote records (goal indonesia's
/// `next3+3` and `next3+4`; 10 articles, 30 quotes), annotated and committed (`364d0ca`) like
/// heldout18; blind. First blind run (the extractor and model of `c187b70`), with entities:
/// detection 0.967 / 0.967 (indirect 11 of 12 both ways), speaker accuracy 0.828 (24 of 29).
/// Floors about one quote under those.
#[test]
fn indosum_heldout19_against_gold() {
    let s = score_indosum("indosum-heldout19.json", true);
    show("indosum-heldout19", &s);
    floors(&s, 0.83, 0.79);
}

/// The twentieth blind set, the reserve's last quote records (every source's `next3+3` but goal
/// indonesia's, plus goal indonesia's `next3+5` and `next3+6`; 10 articles, 37 quotes),
/// annotated from the article text only and committed (`c5537a3`) before the extractor ever ran
/// on it; blind (`quotes::eval::BLIND_SETS`). First blind run (the extractor and model of
/// `1607dd3`), with entities: detection 1.000 / 0.946 (indirect recall 13 of 15), speaker
/// accuracy 0.743 (26 of 35). Floors about one quote under those.
#[test]
fn indosum_heldout20_against_gold() {
    let s = score_indosum("indosum-heldout20.json", true);
    show("indosum-heldout20", &s);
    floors(&s, 0.80, 0.71);
}

/// The twenty-first blind set, the reserve's fourth block's `next4+1` quote records (goal
/// indonesia's `next4+1` and `next4+2`; 10 articles, 31 quotes), annotated from the article
/// text only and committed (`d5d8ae8`) before the extractor ever ran on it; blind, though only
/// from 2026-11-24 on (the block was reserved after the clusters were built; GUIDELINES.md).
/// First blind run (the extractor and model of `7c67027`), with entities: detection 0.967 /
/// 0.935 (indirect 8 of 9 both ways), speaker accuracy 0.931 (27 of 29). Floors about one
/// quote under those.
#[test]
fn indosum_heldout21_against_gold() {
    let s = score_indosum("indosum-heldout21.json", true);
    show("indosum-heldout21", &s);
    floors(&s, 0.85, 0.89);
}

/// The twenty-second blind set, the fourth block's `next4+2` quote records (goal indonesia's
/// `next4+3` and `next4+4`; 10 articles, 40 quotes), made like heldout21 (`4ea6fb0`). First
/// blind run (`7c67027`), with entities: detection 1.000 / 0.950 (indirect recall 9 of 11),
/// speaker accuracy 0.868 (33 of 38). Floors about one quote under those.
#[test]
fn indosum_heldout22_against_gold() {
    let s = score_indosum("indosum-heldout22.json", true);
    show("indosum-heldout22", &s);
    floors(&s, 0.80, 0.84);
}
