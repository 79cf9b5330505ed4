//! `kliping clusters`: builds `data/model/clusters/brown.txt`, the Brown word clusters the entity
//! tagger uses as features (see [`crate::brown`]), from unlabelled text in the repository:
//! IndoSum dev minus every record a gold set uses (so held-out scores stay clean) and the words
//! of idner-news-2k train (never dev). Deterministic: same inputs, same file.
//!
//! File format: one cluster a line, `bits<TAB>word word …` (lowercase words, most frequent
//! first), sorted by bit string. [`levels`] turns it into the three cluster ids per word that
//! go into the model.

use std::path::Path;
use std::process::ExitCode;

use kliping_core::entities::tokenize::{sentences, tokenize};

/// Path prefixes the tagger gets as cluster ids, coarse to fine (the classic 4/6/10 of Miller et
/// al. 2004; 5/8/12 scored the same on idner dev). Short paths keep what they have. At most 14
/// bits, so an id (`1` followed by the prefix) stays below the tagger's reserved ids near
/// `u16::MAX`.
const PREFIXES: [usize; 3] = [4, 6, 10];

/// The clusters of a Brown file as `word<TAB>id<TAB>id<TAB>id` lines, the model's cluster
/// format (see `GazetteerTexts::clusters`): each id is the word's path prefix of one of
/// [`PREFIXES`] lengths with a leading 1, so `01` and `001` differ.
pub fn levels(brown: &str) -> String {
    let mut out = String::new();
    for line in brown.lines() {
        let Some((bits, words)) = line.split_once('\t') else {
            continue;
        };
        if !bits.bytes().all(|b| b == b'0' || b == b'1') {
            continue;
        }
        let ids = PREFIXES.map(|n| {
            bits.bytes()
                .take(n.min(14))
                .fold(1u16, |id, b| id << 1 | u16::from(b == b'1'))
        });
        for w in words.split(' ').filter(|w| !w.is_empty()) {
            out += &format!("{w}\t{}\t{}\t{}\n", ids[0], ids[1], ids[2]);
        }
    }
    out
}

/// The lowercased sentences the clusters are learnt from, and how many IndoSum records were
/// left out for being in a gold set or kept back for one.
pub fn corpus(data: &Path) -> Result<(Vec<Vec<String>>, usize), String> {
    let gold = crate::gold::unminable_ids(data)?;
    let path = data.join("indosum/indosum-dev.ndjson");
    let raw = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = Vec::new();
    let mut skipped = 0;
    for line in raw.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        if v.get("id")
            .and_then(|i| i.as_str())
            .is_some_and(|i| gold.contains(i))
        {
            skipped += 1;
            continue;
        }
        let Some(text) = v.get("text").and_then(|t| t.as_str()) else {
            continue;
        };
        for para in text.lines() {
            let toks = tokenize(para);
            for r in sentences(para, &toks) {
                out.push(
                    toks[r]
                        .iter()
                        .map(|t| t.text(para).to_lowercase())
                        .collect(),
                );
            }
        }
    }
    let path = data.join("idner-news-2k/train.txt");
    let raw = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    for s in kliping_core::entities::train::read_conll(&raw) {
        out.push(s.words.iter().map(|w| w.to_lowercase()).collect());
    }
    Ok((out, skipped))
}

pub fn run(out: &Path, k: usize, min_count: u32) -> ExitCode {
    let data = crate::train::data_dir();
    let result = (|| -> Result<(), String> {
        let (sents, skipped) = corpus(&data)?;
        eprintln!(
            "kliping: {} sentences, {} tokens ({skipped} gold records left out)",
            sents.len(),
            sents.iter().map(Vec::len).sum::<usize>()
        );
        let clusters = crate::brown::cluster(&sents, min_count, k);
        let mut text = String::new();
        for (bits, words) in &clusters {
            text += &format!("{bits}\t{}\n", words.join(" "));
        }
        std::fs::write(out, &text).map_err(|e| format!("{}: {e}", out.display()))?;
        eprintln!(
            "kliping: wrote {} ({} clusters, {} words)",
            out.display(),
            clusters.len(),
            clusters.iter().map(|(_, w)| w.len()).sum::<usize>()
        );
        Ok(())
    })();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("kliping: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_are_prefixes_with_a_leading_one() {
        let t = levels("0110100111\tjakarta bandung\n01\tdi\nbad line\n2\tx\n");
        assert_eq!(
            t,
            "jakarta\t22\t90\t1447\nbandung\t22\t90\t1447\ndi\t5\t5\t5\n"
        );
    }

    /// The clustering corpus never holds a record of a gold set or of the reserve.
    #[test]
    fn gold_records_are_left_out() {
        let data = crate::train::data_dir();
        let ids = crate::gold::unminable_ids(&data).unwrap();
        assert!(ids.len() >= 150, "{}", ids.len());
        let (_, skipped) = corpus(&data).unwrap();
        assert_eq!(skipped, ids.len());
    }
}
