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
    let mut buf = Vec::new();
    let mut input = stdin.lock();
    loop {
        buf.clear();
        match input.read_until(b'\n', &mut buf) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                eprintln!("kliping: cannot read stdin: {e}");
                return ExitCode::FAILURE;
            }
        }
        let line = String::from_utf8_lossy(&buf);
        let line = line.trim_end_matches(['\n', '\r']);
        let spans = kliping_core::entities::tag_line(&model, line);
        let written = serde_json::to_writer(&mut out, &spans)
            .map_err(io::Error::from)
            .and_then(|()| out.write_all(b"\n"));
        if let Err(e) = written {
            if e.kind() == io::ErrorKind::BrokenPipe {
                return ExitCode::SUCCESS;
            }
            eprintln!("kliping: cannot write output: {e}");
            return ExitCode::FAILURE;
        }
    }
    if let Err(e) = out.flush() {
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("kliping: cannot write output: {e}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
