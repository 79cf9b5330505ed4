//! Bytes to text: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, and Windows-1252 for
//! anything that is not valid UTF-8. Line endings are normalised to `\n`.

use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1252};

/// Decodes `bytes`, or returns `None` when they look like binary data rather than text.
pub(crate) fn decode(bytes: &[u8]) -> Option<String> {
    let text = if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        String::from_utf8_lossy(rest).into_owned()
    } else if bytes.starts_with(b"\xff\xfe") {
        UTF_16LE.decode_with_bom_removal(bytes).0.into_owned()
    } else if bytes.starts_with(b"\xfe\xff") {
        UTF_16BE.decode_with_bom_removal(bytes).0.into_owned()
    } else {
        if looks_binary(bytes) {
            return None;
        }
        match std::str::from_utf8(bytes) {
            Ok(s) => s.to_string(),
            Err(_) => WINDOWS_1252
                .decode_without_bom_handling(bytes)
                .0
                .into_owned(),
        }
    };
    if looks_binary_text(&text) {
        return None;
    }
    Some(normalize_newlines(&text))
}

/// NUL bytes or a high share of control characters mean "not text".
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    let control = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    sample.contains(&0) || control * 20 > sample.len()
}

/// The same test on decoded text (catches UTF-16 files full of binary junk).
fn looks_binary_text(text: &str) -> bool {
    let mut total = 0usize;
    let mut control = 0usize;
    for c in text.chars().take(8192) {
        total += 1;
        if (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{0c}' | '\u{85}'))
            || c == '\u{fffd}'
        {
            control += 1;
        }
    }
    control * 20 > total
}

fn normalize_newlines(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_string();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}
