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

/// `errors_of`: a kind (`PER`, `LOC`, `ORG`) whose disagreements to list grouped by cause
/// instead of sentence by sentence, so that a weak kind's error classes can be counted.
pub fn run(
    file: Option<PathBuf>,
    model: Option<PathBuf>,
    show_errors: bool,
    errors_of: Option<String>,
) -> ExitCode {
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
    let kind = match errors_of.as_deref() {
        None => None,
        Some(k) => match KINDS.iter().position(|&n| n.eq_ignore_ascii_case(k)) {
            Some(i) => Some(i),
            None => {
                eprintln!(
                    "kliping: --errors-of: {k} is not one of {}",
                    KINDS.join(", ")
                );
                return ExitCode::FAILURE;
            }
        },
    };
    let data = read_conll(&text);
    let scores = evaluate(&model, &data);
    if show_errors {
        print_errors(&model, &data);
    }
    if let Some(kind) = kind {
        print_errors_of(&model, &data, kind);
    }
    println!("{}: {} sentences", file.display(), data.len());
    println!("kind        P      R     F1     tp     fp     fn");
    for (name, c) in &scores.per_kind {
        println!("{}", line(name, c));
    }
    println!("{}", line("micro", &scores.micro));
    ExitCode::SUCCESS
}

/// The kinds in the order of the model's kind indices.
const KINDS: [&str; 3] = ["PER", "LOC", "ORG"];

/// Why one entity of `kind` is wrong, gold or predicted side.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Cause {
    /// Gold `kind`, the same span predicted as another kind (a recall and a precision error).
    OtherKind,
    /// Gold `kind`, a predicted `kind` overlaps it with other edges.
    Edges,
    /// Gold `kind`, nothing of that kind overlaps it (possibly another kind with other edges).
    Missed,
    /// Predicted `kind` where the gold has the same span as another kind.
    TakenFromOtherKind,
    /// Predicted `kind` overlapping nothing gold of that kind.
    Spurious,
}

impl Cause {
    fn title(self, kind: &str) -> String {
        match self {
            Cause::OtherKind => format!("recall: gold {kind} tagged as another kind"),
            Cause::Edges => format!("recall and precision: {kind} with wrong edges"),
            Cause::Missed => format!("recall: gold {kind} missed"),
            Cause::TakenFromOtherKind => format!("precision: another kind tagged as {kind}"),
            Cause::Spurious => format!("precision: {kind} where the gold has none"),
        }
    }
}

/// Lists the dev disagreements involving `kind`, grouped by [`Cause`]: each line is the entity
/// (`gold -> predicted` for edges and kinds) and its sentence, so that each class can be read
/// and counted.
fn print_errors_of(
    model: &kliping_core::entities::Model,
    data: &[kliping_core::entities::train::Sentence],
    kind: usize,
) {
    use kliping_core::entities::train::chunks;
    let name = KINDS[kind];
    let mut found: Vec<(Cause, String)> = Vec::new();
    for s in data {
        let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
        let gold = chunks(&s.labels);
        let got = chunks(&model.tag_words(&words));
        let text =
            |c: &(usize, usize, usize)| format!("{}/{}", words[c.0..c.1].join(" "), KINDS[c.2]);
        let overlaps =
            |a: &(usize, usize, usize), b: &(usize, usize, usize)| a.0 < b.1 && b.0 < a.1;
        let sentence = words.join(" ");
        for g in gold.iter().filter(|g| g.2 == kind && !got.contains(g)) {
            let (cause, shown) = if let Some(p) = got.iter().find(|p| p.0 == g.0 && p.1 == g.1) {
                (Cause::OtherKind, format!("{} -> {}", text(g), text(p)))
            } else if let Some(p) = got.iter().find(|p| p.2 == kind && overlaps(p, g)) {
                (Cause::Edges, format!("{} -> {}", text(g), text(p)))
            } else {
                (Cause::Missed, text(g))
            };
            found.push((cause, format!("{shown}  | {sentence}")));
        }
        for p in got.iter().filter(|p| p.2 == kind && !gold.contains(p)) {
            if let Some(g) = gold.iter().find(|g| g.0 == p.0 && g.1 == p.1) {
                found.push((
                    Cause::TakenFromOtherKind,
                    format!("{} -> {}  | {sentence}", text(g), text(p)),
                ));
            } else if !gold.iter().any(|g| g.2 == kind && overlaps(p, g)) {
                found.push((Cause::Spurious, format!("{}  | {sentence}", text(p))));
            }
        }
    }
    found.sort_by_key(|(c, _)| *c);
    let mut current = None;
    for (cause, line) in &found {
        if current != Some(*cause) {
            let n = found.iter().filter(|(c, _)| c == cause).count();
            println!("== {} ({n})", cause.title(name));
            current = Some(*cause);
        }
        println!("  {line}");
    }
}

/// Prints every sentence with a wrong or missed entity: gold `[text]KIND`, predicted `{text}KIND`.
fn print_errors(
    model: &kliping_core::entities::Model,
    data: &[kliping_core::entities::train::Sentence],
) {
    use kliping_core::entities::train::chunks;
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
