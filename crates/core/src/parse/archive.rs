//! Zip archives of article files, in subfolders too. Members are named `archive.zip!/inner/path`.
//! The uncompressed total and the entry count are bounded, whatever the archive claims, so a zip
//! bomb costs at most [`Limits::max_archive_bytes`] of reading.

use std::io::{Cursor, Read};

use zip::ZipArchive;

use crate::parse::{parse_inner, Input, Limits, ParseError};
use crate::Article;

/// What is left to spend on decompression across nested archives.
pub(crate) struct Budget {
    pub(crate) limits: Limits,
    bytes_left: u64,
}

impl Budget {
    pub(crate) fn new(limits: Limits) -> Self {
        Self {
            limits,
            bytes_left: limits.max_archive_bytes,
        }
    }
}

fn skip(inner: &str) -> bool {
    let base = inner.rsplit('/').next().unwrap_or(inner);
    inner.starts_with("__MACOSX/")
        || inner.contains("/__MACOSX/")
        || base.is_empty()
        || base.starts_with('.')
        || base.eq_ignore_ascii_case("thumbs.db")
        || base.eq_ignore_ascii_case("desktop.ini")
}

pub(crate) fn parse_zip(
    input: Input<'_>,
    depth: usize,
    budget: &mut Budget,
) -> Vec<Result<Article, ParseError>> {
    let file = input.name.to_string();
    let mut zip = match ZipArchive::new(Cursor::new(input.bytes)) {
        Ok(z) => z,
        Err(e) => {
            return vec![Err(ParseError::BadArchive {
                file,
                reason: e.to_string(),
            })]
        }
    };
    let limits = budget.limits;
    let max_file = limits.max_file_bytes as u64;
    if zip.len() > limits.max_archive_entries {
        return vec![Err(ParseError::TooManyEntries {
            file,
            entries: zip.len(),
            limit: limits.max_archive_entries,
        })];
    }
    let mut out = Vec::new();
    for i in 0..zip.len() {
        let mut entry = match zip.by_index(i) {
            Ok(e) => e,
            Err(e) => {
                out.push(Err(ParseError::BadArchive {
                    file: format!("{file}!/#{}", i + 1),
                    reason: e.to_string(),
                }));
                continue;
            }
        };
        if entry.is_dir() {
            continue;
        }
        let inner = entry.name().replace('\\', "/");
        if skip(&inner) {
            continue;
        }
        let member = format!("{file}!/{inner}");
        let declared = entry.size();
        if declared > max_file {
            out.push(Err(ParseError::TooLarge {
                file: member,
                size: usize::try_from(declared).unwrap_or(usize::MAX),
                limit: limits.max_file_bytes,
            }));
            continue;
        }
        // Never trust the declared size: read at most the limit plus one byte.
        let cap = budget.bytes_left.min(max_file);
        let mut bytes = Vec::new();
        let read = (&mut entry).take(cap + 1).read_to_end(&mut bytes);
        if let Err(e) = read {
            out.push(Err(ParseError::BadArchive {
                file: member,
                reason: e.to_string(),
            }));
            continue;
        }
        let len = bytes.len() as u64;
        if len > cap {
            if cap < max_file {
                out.push(Err(ParseError::ArchiveTooLarge {
                    file,
                    limit: limits.max_archive_bytes,
                }));
                return out;
            }
            out.push(Err(ParseError::TooLarge {
                file: member,
                size: bytes.len(),
                limit: limits.max_file_bytes,
            }));
            continue;
        }
        budget.bytes_left -= len;
        let modified_ms = entry
            .last_modified()
            .and_then(zip_time_ms)
            .or(input.modified_ms);
        drop(entry);
        let child = Input {
            name: &member,
            bytes: &bytes,
            modified_ms,
        };
        out.extend(parse_inner(child, depth + 1, budget));
    }
    if out.is_empty() {
        out.push(Err(ParseError::EmptyArchive { file }));
    }
    out
}

/// A zip entry's DOS timestamp as Unix milliseconds (treating it as UTC).
fn zip_time_ms(t: zip::DateTime) -> Option<i64> {
    let (y, m, d) = (
        i64::from(t.year()),
        i64::from(t.month()),
        i64::from(t.day()),
    );
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // days_from_civil (Howard Hinnant).
    let y2 = if m <= 2 { y - 1 } else { y };
    let era = y2.div_euclid(400);
    let yoe = y2 - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    let secs = days * 86_400
        + i64::from(t.hour()) * 3600
        + i64::from(t.minute()) * 60
        + i64::from(t.second());
    Some(secs * 1000)
}
