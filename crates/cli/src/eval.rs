//! `kliping eval`: entity-level exact-match precision, recall and F1 on a CoNLL file
//! (default: the idner-news-2k dev split).

use std::path::PathBuf;
use std::process::ExitCode;

use kliping_core::entities::train::{evaluate, read_conll, Counts};

use crate::tag::load_model;

fn line(name: &str, c: &Counts) -> String {
    format!(
        "{name:<6} {:>6.2} {:>6.2} {:>6.2} {:>6} {:>6} {:>6}",
        100.0 * c.precision(),
        100.0 * c.recall(),
        100.0 * c.f1(),
        c.tp,
        c.fp,
        c.fn_
    )
}

pub fn run(file: Option<PathBuf>, model: Option<PathBuf>, show_errors: bool) -> ExitCode {
    let file = file.unwrap_or_else(|| crate::train::data_dir().join("idner-news-2k/dev.txt"));
    let text = match std::fs::read_to_string(&file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("kliping: {}: {e}", file.display());
            return ExitCode::FAILURE;
        }
    };
    let model = match load_model(model.as_deref()) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("kliping: {e}");
            return ExitCode::FAILURE;
        }
    };
    let data = read_conll(&text);
    let scores = evaluate(&model, &data);
    if show_errors {
        print_errors(&model, &data);
    }
    println!("{}: {} sentences", file.display(), data.len());
    println!("kind        P      R     F1     tp     fp     fn");
    for (name, c) in &scores.per_kind {
        println!("{}", line(name, c));
    }
    println!("{}", line("micro", &scores.micro));
    ExitCode::SUCCESS
}

/// Prints every sentence with a wrong or missed entity: gold `[text]KIND`, predicted `{text}KIND`.
fn print_errors(
    model: &kliping_core::entities::Model,
    data: &[kliping_core::entities::train::Sentence],
) {
    use kliping_core::entities::train::chunks;
    const KINDS: [&str; 3] = ["PER", "LOC", "ORG"];
    for s in data {
        let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
        let gold = chunks(&s.labels);
        let got = chunks(&model.tag_words(&words));
        if gold == got {
            continue;
        }
        let show = |c: &[(usize, usize, usize)]| -> String {
            c.iter()
                .map(|(a, b, k)| format!("{}/{}", words[*a..*b].join(" "), KINDS[*k]))
                .collect::<Vec<_>>()
                .join("; ")
        };
        let missed: Vec<_> = gold.iter().filter(|g| !got.contains(g)).copied().collect();
        let wrong: Vec<_> = got.iter().filter(|g| !gold.contains(g)).copied().collect();
        println!(
            "- {}\n    missed: {}\n    wrong:  {}",
            words.join(" "),
            show(&missed),
            show(&wrong)
        );
    }
}
