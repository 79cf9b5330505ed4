//! Bytes to text: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, and Windows-1252 for
//! anything that is not valid UTF-8 (unless it is UTF-8 with a few damaged bytes). Line endings
//! are normalised to `\n`.

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
            Err(_) if mostly_utf8(bytes) => String::from_utf8_lossy(bytes).into_owned(),
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

/// UTF-8 with a few damaged bytes (a truncated copy, one stray byte) stays UTF-8: more valid
/// multi-byte characters than invalid bytes. Windows-1252 text has almost no valid sequences.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut multibyte, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += chunk.invalid().len();
    }
    multibyte > invalid
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
    let (mut total, mut control, mut replaced) = (0usize, 0usize, 0usize);
    for c in text.chars().take(8192) {
        total += 1;
        if c == '\u{fffd}' {
            replaced += 1;
        } else if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{0c}' | '\u{85}') {
            control += 1;
        }
    }
    control * 20 > total || (replaced >= 3 && replaced * 10 > total)
}

fn normalize_newlines(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_string();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings() {
        assert_eq!(decode("a\r\nb\rc".as_bytes()).as_deref(), Some("a\nb\nc"));
        assert_eq!(
            decode(b"caf\xe9 \x93kutip\x94").as_deref(),
            Some("café “kutip”")
        );
        // Valid UTF-8 with one stray byte keeps its accents.
        let mut damaged = "café “x” é".as_bytes().to_vec();
        damaged.push(0xff);
        assert_eq!(decode(&damaged).as_deref(), Some("café “x” é\u{fffd}"));
        assert_eq!(decode(b"\x00\x01\x02binary"), None);
    }
}
