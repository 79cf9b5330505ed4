//! Indonesian or English, by counting the commonest function words of each language.

use crate::article::Language;

/// Commonest Indonesian function words.
const ID_WORDS: &[&str] = &[
    "ada", "adalah", "akan", "atau", "bahwa", "bisa", "dalam", "dan", "dari", "dengan", "di",
    "dia", "hari", "ini", "itu", "juga", "karena", "kata", "ke", "kami", "kita", "lebih", "masih",
    "menjadi", "mereka", "oleh", "pada", "para", "saat", "sebagai", "sudah", "tahun", "telah",
    "tersebut", "tidak", "untuk", "yang",
];
/// Commonest English function words.
const EN_WORDS: &[&str] = &[
    "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "has", "have", "he",
    "his", "in", "is", "it", "its", "not", "of", "on", "said", "that", "the", "their", "they",
    "this", "to", "was", "were", "which", "who", "will", "with", "would",
];

/// Detects the language of `text` from stop words; Indonesian wins ties (the app's home language).
pub fn detect_language(text: &str) -> Language {
    let (mut id, mut en) = (0usize, 0usize);
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(300)
    {
        let Some(key) = pack(word.as_bytes()) else {
            continue;
        };
        id += usize::from(ID_KEYS.binary_search(&key).is_ok());
        en += usize::from(EN_KEYS.binary_search(&key).is_ok());
    }
    if en > id {
        Language::English
    } else {
        Language::Indonesian
    }
}

/// A word of up to 8 ASCII letters as one lowercase integer, so lookups compare integers.
const fn pack(word: &[u8]) -> Option<u64> {
    if word.is_empty() || word.len() > 8 {
        return None;
    }
    let mut key = 0u64;
    let mut i = 0;
    while i < word.len() {
        let b = word[i];
        if !b.is_ascii_alphabetic() {
            return None;
        }
        key = (key << 8) | b.to_ascii_lowercase() as u64;
        i += 1;
    }
    Some(key)
}

const fn keys<const N: usize>(words: &[&str]) -> [u64; N] {
    let mut out = [0u64; N];
    let mut i = 0;
    while i < N {
        out[i] = match pack(words[i].as_bytes()) {
            Some(k) => k,
            None => panic!("stop words are short ASCII words"),
        };
        i += 1;
    }
    // Insertion sort, at compile time.
    let mut j = 1;
    while j < N {
        let mut k = j;
        while k > 0 && out[k - 1] > out[k] {
            let t = out[k];
            out[k] = out[k - 1];
            out[k - 1] = t;
            k -= 1;
        }
        j += 1;
    }
    out
}

const ID_KEYS: [u64; ID_WORDS.len()] = keys(ID_WORDS);
const EN_KEYS: [u64; EN_WORDS.len()] = keys(EN_WORDS);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_sorted() {
        assert!(ID_KEYS.windows(2).all(|w| w[0] < w[1]));
        assert!(EN_KEYS.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(pack(b"Yang"), pack(b"yang"));
        assert_eq!(pack(b"panjangsekali"), None);
    }

    #[test]
    fn detects() {
        assert_eq!(
            detect_language("Presiden mengatakan bahwa pasukan itu akan tetap di sana."),
            Language::Indonesian
        );
        assert_eq!(
            detect_language("The president said that the troops will stay in the region."),
            Language::English
        );
    }
}
