//! Loading for the gold-set commands (`eval-quotes`, `eval-entities`): both read IndoSum
//! records by line number and one JSON file per gold set, and report a missing or broken file
//! the same way.

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

/// One gold-set file, parsed; the error names the file.
pub fn read_set<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, String> {
    std::fs::read_to_string(path)
        .map_err(|e| e.to_string())
        .and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string()))
        .map_err(|err| format!("{}: {err}", path.display()))
}
