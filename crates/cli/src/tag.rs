//! `kliping tag`: one line of text in, one JSON array of spans out.

use std::borrow::Cow;
use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use kliping_core::entities::Model;

/// An explicit `--model` file, else the model compiled into the CLI.
pub fn load_model(path: Option<&Path>) -> Result<Cow<'static, Model>, String> {
    match path {
        Some(p) => {
            let bytes = std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()))?;
            Model::from_bytes(&bytes)
                .map(Cow::Owned)
                .map_err(|e| format!("{}: {e}", p.display()))
        }
        None => Ok(Cow::Borrowed(Model::builtin())),
    }
}

pub fn run(model: Option<PathBuf>) -> ExitCode {
    let model = match load_model(model.as_deref()) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("kliping: {e}");
            return ExitCode::FAILURE;
        }
    };
    let stdin = io::stdin();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match tag_stream(&model, stdin.lock(), &mut out).and_then(|()| out.flush()) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
        Err(e) => {
            eprintln!("kliping: {e}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

/// Writes one JSON array of spans per input line (invalid UTF-8 is replaced, never fatal).
pub fn tag_stream(model: &Model, mut input: impl BufRead, out: &mut impl Write) -> io::Result<()> {
    let mut buf = Vec::new();
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            return Ok(());
        }
        let line = String::from_utf8_lossy(&buf);
        let line = line.trim_end_matches(['\n', '\r']);
        let spans = kliping_core::entities::tag_line(model, line);
        serde_json::to_writer(&mut *out, &spans).map_err(io::Error::from)?;
        out.write_all(b"\n")?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_json_array_per_input_line() {
        let input: &[u8] = b"Presiden Rusia Vladimir Putin tiba di Moskow pada 1 April 2023.\n\n\xff\xfe broken\r\n20.000 warga mengungsi";
        let mut out = Vec::new();
        tag_stream(Model::builtin(), input, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 4);
        let rows: Vec<Vec<serde_json::Value>> = lines
            .iter()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let first: Vec<(&str, &str)> = rows[0]
            .iter()
            .map(|v| (v["kind"].as_str().unwrap(), v["text"].as_str().unwrap()))
            .collect();
        assert_eq!(
            first,
            [
                // The country in the role is a place of its own; the role stays off the name.
                ("place", "Rusia"),
                ("person", "Vladimir Putin"),
                ("place", "Moskow"),
                ("date", "1 April 2023")
            ]
        );
        assert_eq!(rows[0][1]["start"], 15);
        assert_eq!(rows[0][1]["end"], 29);
        assert!(rows[1].is_empty());
        assert_eq!(rows[3][0]["kind"], "quantity");
    }
}
