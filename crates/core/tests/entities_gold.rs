//! Per-article entity lists against the hand-made gold in `data/gold/entities/` (see its
//! GUIDELINES.md). Prints the scores; the floors sit just under today's figures, so a change
//! that loses entities or merges fails here and has to be looked at.

use kliping_core::entities::article_eval::{score_set, GoldSet, GOLD_SETS};
use kliping_core::entities::Model;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

#[test]
fn article_entity_lists_match_the_gold() {
    let bytes = std::fs::read(format!("{ROOT}/data/model/ner.bin")).expect("data/model/ner.bin");
    let model = Model::from_bytes(&bytes).expect("valid model");
    let indosum = std::fs::read_to_string(format!("{ROOT}/data/indosum/indosum-dev.ndjson"))
        .expect("indosum-dev");
    let lines: Vec<&str> = indosum.lines().collect();
    // (set, micro F1 floor), just under the scores of the leak-free model (`kliping train` no
    // longer mines gold or reserved records): the dev set was used for fixes (0.888); the
    // held-out set was scored blind once (0.757) before the acronym-expansion amendment of its
    // gold and has been read since (0.828); the second held-out set scored 0.757 on its blind
    // first run (0.745 with the leak-free model, read since); the third scored 0.869 blind with
    // the leaky model at `59bb511`, 0.857 with the leak-free one and 0.865 on its last blind
    // run, and has been read since (GUIDELINES.md, "heldout3 spent"); the fourth scored 0.783
    // on its first and last blind run, at `59f15a6`, and has been read since (GUIDELINES.md,
    // "heldout4 spent"); the fifth scored 0.806 on its first blind run and 0.818 on its last,
    // and has been read since (GUIDELINES.md, "heldout5 spent"); the sixth (12 articles, the
    // second reserve block's last `entities` records) scored 0.802 on its first blind run, at
    // `0bc7c32` (gold committed there before it), and 0.852 on its last; it has been read since
    // (GUIDELINES.md, "heldout6 spent"). The seventh (the reserve's third block, ranks #136-#157)
    // is blind: 0.802 on its first run (gold committed before it, errors unread), 0.829 after
    // the fourteenth round's retrain and degree rule, 0.847 with the fifteenth round's model
    // trained on the seven sets above too (whose scores are now fitted, not measured); its
    // floor sits about two entries under. The eighth (15 of the fourth block's records, a
    // weaker blindness: GUIDELINES.md) scored 0.769 on its first run, at the end of the
    // fifteenth round (0.751 with the fourteenth round's model); floor about two entries under.
    let floors = [
        ("indosum-dev.json", 0.86),
        ("indosum-heldout.json", 0.80),
        ("indosum-heldout2.json", 0.72),
        ("indosum-heldout3.json", 0.83),
        ("indosum-heldout4.json", 0.76),
        ("indosum-heldout5.json", 0.78),
        ("indosum-heldout6.json", 0.78),
        ("indosum-heldout7.json", 0.83),
        ("indosum-heldout8.json", 0.75),
    ];
    assert_eq!(floors.len(), GOLD_SETS.len());
    for (set, floor) in floors {
        let text = std::fs::read_to_string(format!("{ROOT}/data/gold/entities/{set}")).unwrap();
        let gold: GoldSet = serde_json::from_str(&text).expect("valid gold");
        // 15 articles a set, except the sixth: the reserve's second block had 12 `entities`
        // records left.
        assert!(gold.articles.len() >= 12, "{set}");
        let scores = score_set(&model, &gold, &lines).expect("every record parses");
        println!("== {set}\n{}", scores.report());
        let f1 = scores.micro().f1();
        assert!(f1 >= floor, "{set}: micro F1 {f1:.3} < {floor}");
    }
}
