//! `kliping`: the command-line face of kliping-core.
//!
//! The CLI is deliberately thin: it turns paths into [`kliping_core::Input`]s, hands them to the
//! same parser the browser uses, and prints JSON. Anything smarter belongs in core.

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use kliping_core::record::ExtractRecord;
use kliping_core::{parse_file, pipeline, Corpus, Input};

mod brown;
mod clusters;
mod entity_eval;
mod eval;
mod gold;
mod quote_eval;
mod silver;
mod speakers;
mod tag;
mod train;

#[derive(Parser)]
#[command(
    name = "kliping",
    version,
    about = "Explore news article collections: parse, extract, export"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse articles and print one JSON object per article.
    Extract {
        /// Output format: one object per line (ndjson) or one JSON array (json).
        #[arg(long, value_enum, default_value_t = Format::Ndjson)]
        format: Format,
        /// Files or folders (searched recursively); `-` reads one article from stdin.
        #[arg(required = true)]
        paths: Vec<String>,
    },
    /// Tag named entities, dates and quantities: one input line in, one JSON array out.
    Tag {
        /// Model file (default: the model built into this binary).
        #[arg(long)]
        model: Option<PathBuf>,
    },
    /// Score the tagger (entity-level exact match) on a CoNLL file (default: idner-news-2k dev).
    Eval {
        #[arg(long)]
        model: Option<PathBuf>,
        /// Also print every sentence with a wrong or missed entity.
        #[arg(long)]
        errors: bool,
        /// Also list the disagreements involving one kind (PER, LOC or ORG), grouped by cause:
        /// another kind, wrong edges, missed, spurious.
        #[arg(long, value_name = "KIND")]
        errors_of: Option<String>,
        file: Option<PathBuf>,
    },
    /// Score quote extraction against the hand-made gold in data/gold/quotes/.
    EvalQuotes {
        /// Repository root holding `data/`.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Give the extractor the NER model's entities (canonical speaker names).
        #[arg(long)]
        entities: bool,
        /// Also print every disagreement with the gold sets already tuned on.
        #[arg(long)]
        errors: bool,
        /// Speakers decided by the learnt chooser (data/model/speakers.tsv) instead of the rules.
        #[arg(long)]
        chooser: bool,
        /// Also print the disagreements with the blind sets (quotes::eval::BLIND_SETS). Reading
        /// them spends those sets: they stop being honest estimates.
        #[arg(long)]
        blind_errors: bool,
        /// Score only this gold set (a file name such as `indosum-heldout15.json`); repeat for
        /// several. Default: every set. Leaving out the blind sets keeps even their scores
        /// unseen while tuning.
        #[arg(long = "set")]
        sets: Vec<String>,
    },
    /// Measure the learnt speaker chooser on the quote gold sets that are not blind: candidate
    /// recall, and speaker accuracy by leave-one-set-out cross-validation (blind sets unread).
    SpeakerCv {
        /// Repository root holding `data/`.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        #[arg(long, default_value_t = 10)]
        epochs: usize,
    },
    /// Train the speaker chooser on every non-blind quote gold set (deterministic) and write
    /// its weights (see data/model/README-speakers.md).
    TrainSpeakers {
        /// Repository root holding `data/`.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        #[arg(long, default_value = "data/model/speakers.tsv")]
        out: PathBuf,
        #[arg(long, default_value_t = 10)]
        epochs: usize,
    },
    /// Score per-article entity lists against the hand-made gold in data/gold/entities/.
    EvalEntities {
        /// Repository root holding `data/`.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Model file (default: the model built into this binary).
        #[arg(long)]
        model: Option<PathBuf>,
        /// Also print every disagreement with the development gold (not the held-out sets).
        #[arg(long)]
        errors: bool,
        /// Also print the disagreements with these held-out sets (file names, e.g.
        /// `indosum-heldout2.json`). Reading them spends the set: its score no longer measures
        /// unseen text. Blind sets are refused.
        #[arg(long, num_args = 1..)]
        heldout_errors: Vec<String>,
        /// Score only this gold set (a file name such as `indosum-dev.json`); repeat for
        /// several. Default: every set.
        #[arg(long = "set")]
        sets: Vec<String>,
    },
    /// Build the Brown word clusters (data/model/clusters/brown.txt) the tagger uses as features,
    /// from IndoSum dev minus the gold sets' records and idner-news-2k train (deterministic).
    Clusters {
        #[arg(long, default_value = "data/model/clusters/brown.txt")]
        out: PathBuf,
        /// Number of clusters (leaves of the hierarchy).
        #[arg(long, default_value_t = 512)]
        clusters: usize,
        /// Words seen fewer times get no cluster.
        #[arg(long, default_value_t = 3)]
        min_count: u32,
    },
    /// Train the tagger on idner-news-2k train (deterministic) and write the model file.
    Train {
        #[arg(long, default_value = "data/model/ner.bin")]
        out: PathBuf,
        /// CoNLL training file (default: data/idner-news-2k/train.txt).
        #[arg(long)]
        data: Option<PathBuf>,
        #[arg(long, default_value_t = 9)]
        epochs: usize,
        /// Seed of the sentence shuffle (default: the fixed seed the shipped model uses);
        /// another seed gives another, equally valid model, to tell a change from noise.
        #[arg(long)]
        seed: Option<u64>,
        /// How many perceptron runs (each its own sentence order) the final model averages
        /// (default: the shipped setting, see data/model/README.md).
        #[arg(long)]
        ensemble: Option<usize>,
        /// Lexical dropout rate on tokens of gold names (default 0: off).
        #[arg(long)]
        drop: Option<f32>,
        /// Hamming cost of loss-augmented decoding in training (default 0: off).
        #[arg(long)]
        cost: Option<f32>,
        /// Averaged weights below this magnitude are dropped from the final model (default: the
        /// shipped setting, see data/model/README.md).
        #[arg(long)]
        prune: Option<f32>,
        /// Entity gold sets (file names under data/gold/entities/) projected onto their
        /// articles as extra training sentences; repeat for several, `none` for none
        /// (default: the shipped setting, see data/model/README.md). Blind sets are refused.
        #[arg(long = "extra-gold")]
        extra_gold: Vec<String>,
        /// How many times per epoch each extra-gold sentence is visited (default 1).
        #[arg(long, default_value_t = 1)]
        extra_weight: usize,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Ndjson,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Extract { format, paths } => extract(format, &paths),
        Command::Tag { model } => tag::run(model),
        Command::Eval {
            model,
            file,
            errors,
            errors_of,
        } => eval::run(file, model, errors, errors_of),
        Command::Train {
            out,
            data,
            epochs,
            seed,
            ensemble,
            drop,
            cost,
            prune,
            extra_gold,
            extra_weight,
        } => train::run(
            data,
            out,
            train::Knobs {
                epochs,
                seed,
                ensemble,
                drop,
                cost,
                prune,
                extra_gold,
                extra_weight,
            },
        ),
        Command::EvalQuotes {
            root,
            entities,
            errors,
            chooser,
            blind_errors,
            sets,
        } => quote_eval::run(&root, entities, errors, chooser, blind_errors, &sets),
        Command::SpeakerCv { root, epochs } => speakers::cv(&root, epochs),
        Command::TrainSpeakers { root, out, epochs } => speakers::train_cmd(&root, &out, epochs),
        Command::Clusters {
            out,
            clusters: k,
            min_count,
        } => clusters::run(&out, k, min_count),
        Command::EvalEntities {
            root,
            model,
            errors,
            heldout_errors,
            sets,
        } => entity_eval::run(&root, model.as_deref(), errors, &heldout_errors, &sets),
    }
}

fn extract(format: Format, paths: &[String]) -> ExitCode {
    let mut failed = false;
    let model = kliping_core::entities::Model::builtin();
    let mut corpus = Corpus::new();
    for (name, bytes, modified_ms) in collect_inputs(paths, &mut failed) {
        let input = Input {
            name: &name,
            bytes: &bytes,
            modified_ms,
        };
        for result in parse_file(input) {
            match result {
                Ok(article) => {
                    // Check for a duplicate before paying for extraction.
                    if let Some(existing) = corpus.get(&article.id) {
                        eprintln!(
                            "kliping: {}: duplicate of {}, skipped",
                            article.file, existing.article.file
                        );
                        continue;
                    }
                    corpus.add(pipeline::analyze(model, article));
                }
                Err(err) => {
                    eprintln!("kliping: {err}");
                    failed = true;
                }
            }
        }
    }
    // One name per real-world entity across every file of this run.
    pipeline::canonicalize(model, corpus.docs_mut());
    let records: Vec<ExtractRecord<'_>> =
        corpus.docs().iter().map(ExtractRecord::from_doc).collect();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let written = match format {
        Format::Ndjson => records.iter().try_for_each(|r| {
            serde_json::to_writer(&mut out, r).map_err(io::Error::from)?;
            out.write_all(b"\n")
        }),
        Format::Json => serde_json::to_writer_pretty(&mut out, &records)
            .map_err(io::Error::from)
            .and_then(|()| out.write_all(b"\n")),
    };
    if let Err(err) = written.and_then(|()| out.flush()) {
        if err.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("kliping: cannot write output: {err}");
            return ExitCode::FAILURE;
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

type Loaded = (String, Vec<u8>, Option<i64>);

/// Reads every path (recursing into folders, in sorted order so output is reproducible).
/// Unreadable paths are reported on stderr and set `failed`.
fn collect_inputs(paths: &[String], failed: &mut bool) -> Vec<Loaded> {
    let mut out = Vec::new();
    for given in paths {
        if given == "-" {
            let mut bytes = Vec::new();
            match io::stdin().read_to_end(&mut bytes) {
                Ok(_) => out.push(("-".to_string(), bytes, None)),
                Err(err) => {
                    eprintln!("kliping: -: cannot read stdin: {err}");
                    *failed = true;
                }
            }
            continue;
        }
        let path = Path::new(given);
        if path.is_dir() {
            let mut files = Vec::new();
            walk(path, &mut files, failed);
            files.sort();
            for file in files {
                read_one(&file.to_string_lossy(), &file, &mut out, failed);
            }
        } else {
            read_one(given, path, &mut out, failed);
        }
    }
    out
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, failed: &mut bool) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            eprintln!("kliping: {}: cannot read folder: {err}", dir.display());
            *failed = true;
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let hidden = path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() {
            walk(&path, files, failed);
        } else {
            files.push(path);
        }
    }
}

fn read_one(name: &str, path: &Path, out: &mut Vec<Loaded>, failed: &mut bool) {
    match std::fs::read(path) {
        Ok(bytes) => {
            let modified_ms = std::fs::metadata(path)
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .and_then(|d| i64::try_from(d.as_millis()).ok());
            out.push((name.to_string(), bytes, modified_ms));
        }
        Err(err) => {
            eprintln!("kliping: {name}: cannot read: {err}");
            *failed = true;
        }
    }
}
