//! `kliping train`: trains the NER tagger on idner-news-2k and writes `data/model/ner.bin`.
//! Deterministic: fixed seed and epoch count, so the same inputs give the same bytes.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use kliping_core::entities::gazetteer::{build_lexicon, GazetteerTexts};
use kliping_core::entities::train::{read_conll, train, TrainConfig};

/// The repository's `data/` folder (the CLI is run from a checkout).
pub fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data")
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// The `text` fields of an NDJSON news file (unlabelled text for the capitalisation lexicon and
/// the `auto` name list), minus every record a gold set uses or the reserve keeps back
/// ([`crate::gold::unminable_ids`]).
fn ndjson_texts(path: &Path) -> Result<Vec<String>, String> {
    let raw = read(path)?;
    let skip = crate::gold::unminable_ids(&data_dir())?;
    Ok(raw
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|v| {
            !v.get("id")
                .and_then(|i| i.as_str())
                .is_some_and(|i| skip.contains(i))
        })
        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
        .collect())
}

/// Reads the hand-written and generated lists in `dir` (see data/model/gazetteer/) and mines the
/// capitalisation lexicon from the `unlabelled` news texts.
pub fn load_gazetteers(dir: &Path, unlabelled: &[String]) -> Result<GazetteerTexts, String> {
    Ok(GazetteerTexts {
        place: format!(
            "{}\n{}",
            read(&dir.join("place.txt"))?,
            read(&dir.join("place-extra.txt"))?
        ),
        org: read(&dir.join("org.txt"))?,
        person: read(&dir.join("person.txt"))?,
        aliases: read(&dir.join("aliases.txt"))?,
        lexicon: build_lexicon(unlabelled.iter().map(String::as_str)),
        seen: String::new(),
        auto: String::new(),
        clusters: crate::clusters::levels(&read(&dir.join("../clusters/brown.txt"))?),
    })
}

/// The training settings `kliping train` takes; `None` keeps [`TrainConfig::default`]'s.
pub struct Knobs {
    pub epochs: usize,
    pub seed: Option<u64>,
    pub ensemble: Option<usize>,
    pub drop: Option<f32>,
    pub cost: Option<f32>,
    pub prune: Option<f32>,
    /// `--extra-gold`: empty for [`DEFAULT_EXTRA_GOLD`], `none` for none.
    pub extra_gold: Vec<String>,
    pub extra_weight: usize,
}

/// The entity gold sets `kliping train` projects onto IndoSum text by default: every non-blind
/// entity gold set (the shipped `ner.bin` is trained with them; see "Extra gold" in
/// data/model/README.md). A set that becomes spent joins this list when the model is retrained;
/// blind sets never do (`silver::project` refuses them).
pub const DEFAULT_EXTRA_GOLD: &[&str] = &[
    "indosum-dev.json",
    "indosum-heldout.json",
    "indosum-heldout2.json",
    "indosum-heldout3.json",
    "indosum-heldout4.json",
    "indosum-heldout5.json",
    "indosum-heldout6.json",
];

pub fn run(train_file: Option<PathBuf>, out: PathBuf, knobs: Knobs) -> ExitCode {
    let data = data_dir();
    let train_file = train_file.unwrap_or_else(|| data.join("idner-news-2k/train.txt"));
    let result = (|| -> Result<(), String> {
        let mut sentences = read_conll(&read(&train_file)?);
        let extra_from = sentences.len();
        let sets: Vec<String> = match knobs.extra_gold.as_slice() {
            [] => DEFAULT_EXTRA_GOLD.iter().map(|s| s.to_string()).collect(),
            [none] if none == "none" => Vec::new(),
            sets => sets.to_vec(),
        };
        if !sets.is_empty() {
            let (extra, stats) = crate::silver::project(&data, &sets)?;
            eprintln!(
                "kliping: {} extra-gold sentences ({} names labelled, {} left open) from {} articles of {}",
                stats.sentences,
                stats.names,
                stats.open,
                stats.articles,
                sets.join(", ")
            );
            sentences.extend(extra);
        }
        // Read once: the lexicon and the stacked `auto` list both mine these texts.
        let unlabelled = ndjson_texts(&data.join("indosum/indosum-dev.ndjson"))?;
        let texts = load_gazetteers(&data.join("model/gazetteer"), &unlabelled)?;
        eprintln!(
            "kliping: training on {} sentences from {}",
            sentences.len(),
            train_file.display()
        );
        let d = TrainConfig::default();
        let cfg = TrainConfig {
            epochs: knobs.epochs,
            seed: knobs.seed.unwrap_or(d.seed),
            ensemble: knobs.ensemble.unwrap_or(d.ensemble),
            drop: knobs.drop.unwrap_or(d.drop),
            cost: knobs.cost.unwrap_or(d.cost),
            prune: knobs.prune.unwrap_or(d.prune),
            extra_from,
            extra_weight: knobs.extra_weight,
            ..d
        };
        let model = train(&sentences, texts, cfg, &unlabelled, |line| {
            eprintln!("kliping: {line}")
        });
        let bytes = model.to_bytes();
        std::fs::write(&out, &bytes).map_err(|e| format!("{}: {e}", out.display()))?;
        eprintln!(
            "kliping: wrote {} ({} bytes, {} features)",
            out.display(),
            bytes.len(),
            model.feature_count()
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
