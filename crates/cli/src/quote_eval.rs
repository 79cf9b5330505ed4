//! `kliping eval-quotes`: scores quote extraction against the hand-made gold in
//! `data/gold/quotes/` (see its GUIDELINES.md for the matching rules).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use kliping_core::quotes::eval::{
    article_from_blocks, article_from_lines, GoldArticle, GoldSet, Scores,
};
use kliping_core::quotes::{extract_quotes, extract_quotes_chosen};
use kliping_core::Article;

use kliping_core::quotes::eval::{BLIND_SETS, GOLD_SETS as SETS};

/// `root` is the repository root (holding `data/`); `entities` also runs the NER model and
/// gives its entities to the quote extractor; `chooser` lets the learnt chooser decide the
/// speakers; `errors` lists every disagreement with the sets
/// already tuned on, `blind_errors` those with the blind ones too (which spends them). `only`,
/// when not empty, names the sets to score; the others are skipped, so someone tuning on one
/// set never sees a blind set's score go by.
pub fn run(
    root: &Path,
    entities: bool,
    errors: bool,
    chooser: bool,
    blind_errors: bool,
    only: &[String],
) -> ExitCode {
    if let Err(err) = crate::gold::check_set_names(only, SETS) {
        eprintln!("kliping: {err}");
        return ExitCode::FAILURE;
    }
    let gold_dir = root.join("data/gold/quotes");
    let indosum = match crate::gold::read_indosum(root) {
        Ok(t) => t,
        Err(err) => {
            eprintln!("kliping: {err}");
            return ExitCode::FAILURE;
        }
    };
    let lines: Vec<&str> = indosum.lines().collect();
    let model = kliping_core::entities::Model::builtin();
    let mut tuned = Scores::default();
    let mut blind = Scores::default();
    for set in SETS
        .iter()
        .filter(|s| only.is_empty() || only.iter().any(|o| o == *s))
    {
        let is_blind = BLIND_SETS.contains(set);
        let path: PathBuf = gold_dir.join(set);
        let gold: GoldSet = match crate::gold::read_set(&path) {
            Ok(g) => g,
            Err(err) => {
                eprintln!("kliping: {err}");
                return ExitCode::FAILURE;
            }
        };
        let mut scores = Scores::default();
        for a in &gold.articles {
            let (name, article) = match article_of(root, set, a, &lines) {
                Ok(Some(x)) => x,
                Ok(None) => continue,
                Err(err) => {
                    eprintln!("kliping: {err}");
                    return ExitCode::FAILURE;
                }
            };
            let predicted = quotes_of(&article, entities.then_some(model), chooser);
            // `KLIPING_QUOTES_DUMP=<id or file>`: print one article's predicted quotes, as the
            // scorer sees them (for looking into an error).
            if std::env::var("KLIPING_QUOTES_DUMP").is_ok_and(|d| d == name) {
                for q in &predicted {
                    println!(
                        "  {:?} | {:?} | {:?} | {:?} | p{} | {}",
                        q.kind, q.speaker, q.speaker_role, q.cue, q.paragraph, q.text
                    );
                }
            }
            scores.add(&name, &a.quotes, &predicted);
        }
        println!(
            "== {set} ({} articles)\n{}",
            gold.articles.len(),
            scores.report()
        );
        if (errors && !is_blind) || blind_errors {
            for (article, miss) in &scores.misses {
                println!("  {article}: {miss:?}");
            }
        }
        let part = if is_blind { &mut blind } else { &mut tuned };
        part.merge(&scores);
    }
    if !only.is_empty() {
        // Only some sets were asked for: one total over them, no tuned/blind split (which
        // would print the scores of sets nobody asked to see, or perfect scores over none).
        tuned.merge(&blind);
        println!("== these sets\n{}", tuned.report());
        return ExitCode::SUCCESS;
    }
    let mut total = tuned.clone();
    total.merge(&blind);
    println!("== sets tuned on\n{}", tuned.report());
    // An empty part would print perfect scores over no quotes; say there is none instead.
    if BLIND_SETS.is_empty() {
        println!("== blind sets\nnone (quotes::eval::BLIND_SETS is empty)\n");
    } else {
        println!("== blind sets\n{}", blind.report());
    }
    println!("== all sets\n{}", total.report());
    ExitCode::SUCCESS
}

fn quotes_of(
    article: &Article,
    model: Option<&kliping_core::entities::Model>,
    chooser: bool,
) -> Vec<kliping_core::quotes::Quote> {
    let entities = model.map(|m| kliping_core::entities::extract(m, article).entities);
    let entities = entities.as_deref().unwrap_or(&[]);
    if chooser {
        extract_quotes_chosen(article, entities)
    } else {
        extract_quotes(article, entities)
    }
}

/// The article a gold entry annotates (a seed file or an IndoSum record, from `lines`), with
/// the name the scorer reports it under; `None` for an entry naming neither.
pub(crate) fn article_of(
    root: &Path,
    set: &str,
    a: &GoldArticle,
    lines: &[&str],
) -> Result<Option<(String, Article)>, String> {
    Ok(Some(match (&a.file, a.line) {
        (Some(file), _) => {
            let text =
                std::fs::read_to_string(root.join(file)).map_err(|e| format!("{file}: {e}"))?;
            (file.clone(), article_from_lines(file, &text))
        }
        (None, Some(line)) => {
            let text = lines
                .get(line.wrapping_sub(1))
                .and_then(|l| serde_json::from_str::<serde_json::Value>(l).ok())
                .and_then(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
                .ok_or_else(|| format!("{set}: no indosum record on line {line}"))?;
            let id = a.id.clone().unwrap_or_default();
            let article = article_from_blocks(&id, &text);
            (id, article)
        }
        (None, None) => return Ok(None),
    }))
}
