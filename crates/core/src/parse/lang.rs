//! Indonesian or English, by counting the commonest function words of each language.

use crate::article::Language;

const ID_WORDS: &[&str] = &[
    "yang", "dan", "di", "ke", "dari", "ini", "itu", "dengan", "untuk", "pada", "tidak", "dalam",
    "akan", "adalah", "juga", "oleh", "sebagai", "bahwa", "karena", "telah", "saat", "kata",
    "atau", "ada", "mereka", "kami", "kita", "sudah", "bisa", "tersebut", "para", "lebih", "dia",
    "hari", "tahun", "menjadi", "masih",
];
const EN_WORDS: &[&str] = &[
    "the", "and", "of", "to", "in", "is", "that", "for", "it", "with", "was", "on", "as", "by",
    "at", "said", "from", "he", "be", "are", "have", "has", "which", "this", "were", "will", "his",
    "they", "not", "an", "their", "but", "been", "who", "would", "its",
];

/// Detects the language of `text` from stop words; Indonesian wins ties (the app's home language).
pub fn detect_language(text: &str) -> Language {
    let (mut id, mut en) = (0usize, 0usize);
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(5000)
    {
        let w = word.to_lowercase();
        if ID_WORDS.contains(&w.as_str()) {
            id += 1;
        }
        if EN_WORDS.contains(&w.as_str()) {
            en += 1;
        }
    }
    if en > id {
        Language::English
    } else {
        Language::Indonesian
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
