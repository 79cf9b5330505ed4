//! Loading for the gold-set commands (`eval-quotes`, `eval-entities`): both read IndoSum
//! records by line number and one JSON file per gold set, and report a missing or broken file
//! the same way.

use std::collections::HashSet;
use std::path::Path;

/// `data/indosum/indosum-dev.ndjson` under `root`, or a message saying where it was looked for.
pub fn read_indosum(root: &Path) -> Result<String, String> {
    std::fs::read_to_string(root.join("data/indosum/indosum-dev.ndjson")).map_err(|err| {
        format!(
            "cannot read data/indosum/indosum-dev.ndjson under {}: {err}",
            root.display()
        )
    })
}

/// Checks the `--set` names of an eval command against its gold sets (`known`); the error
/// lists the sets there are.
pub fn check_set_names(only: &[String], known: &[&str]) -> Result<(), String> {
    match only.iter().find(|name| !known.contains(&name.as_str())) {
        Some(name) => Err(format!(
            "--set: {name} is not a gold set ({})",
            known.join(", ")
        )),
        None => Ok(()),
    }
}

/// One gold-set file, parsed; the error names the file.
pub fn read_set<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, String> {
    std::fs::read_to_string(path)
        .map_err(|e| e.to_string())
        .and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string()))
        .map_err(|err| format!("{}: {err}", path.display()))
}

/// Every IndoSum record id that no unlabelled-text mining may read: the records of every gold set
/// under `data/gold/`, and the records `data/gold/reserved.txt` keeps back for future blind sets.
/// The tagger's clusters, capitalisation lexicon and `auto` name list are all mined from IndoSum;
/// had they seen a gold article, its held-out score would be flattered by names and words the
/// model met in that very article.
pub fn unminable_ids(data: &Path) -> Result<HashSet<String>, String> {
    let mut ids = HashSet::new();
    for dir in ["gold/entities", "gold/quotes"] {
        let dir = data.join(dir);
        let entries = std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let mut files: Vec<_> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        for f in files {
            let v: serde_json::Value = read_set(&f)?;
            for a in v
                .get("articles")
                .and_then(|a| a.as_array())
                .into_iter()
                .flatten()
            {
                if let Some(id) = a.get("id").and_then(|i| i.as_str()) {
                    ids.insert(id.to_string());
                }
            }
        }
    }
    let reserved = data.join("gold/reserved.txt");
    let text =
        std::fs::read_to_string(&reserved).map_err(|e| format!("{}: {e}", reserved.display()))?;
    ids.extend(
        text.lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split('\t').next())
            .filter(|id| !id.is_empty())
            .map(str::to_string),
    );
    Ok(ids)
}
