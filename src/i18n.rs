//! Interface strings in English and Indonesian. The language follows the browser
//! (`navigator.language`) until the user picks one, and the pick is remembered.
//!
//! Keys are an enum rather than strings so a missing translation is a compile error.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Id,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Id => "id",
        }
    }

    /// `id`, `id-ID`, `in` (old Java code) → Indonesian; anything else → English.
    pub fn from_tag(tag: &str) -> Self {
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        if primary == "id" || primary == "in" {
            Lang::Id
        } else {
            Lang::En
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum K {
    Tagline,
    DropHere,
    DropFormats,
    OpenFiles,
    TrySamples,
    Reading,
    DismissMessages,
    ClearAll,
    ConfirmClear,
    Articles,
    Quotes,
    Entities,
    Search,
    SearchPlaceholder,
    SortBy,
    SortRelevance,
    SortDate,
    SortTitle,
    People,
    Places,
    Organizations,
    Outlets,
    Dates,
    From,
    To,
    FilterNames,
    ActiveFilters,
    ClearFilters,
    Words,
    QuotesCount,
    QuoteOne,
    NoMatches,
    DownloadJson,
    DownloadCsv,
    GroupBySpeaker,
    Kind,
    Name,
    Aliases,
    Mentions,
    Direct,
    Indirect,
    Unknown,
    /// An entity named only in the dateline, so it has no mention to count.
    FromDateline,
    Close,
    Remove,
    ConfirmRemove,
    Legend,
    InThisArticle,
    KeysHint,
    Language,
    ShowMore,
    Previous,
    Next,
    OfflineNote,
    StorageFailed,
}

pub fn t(lang: Lang, key: K) -> &'static str {
    use K::*;
    let (en, id) = match key {
        Tagline => (
            "Kliping reads your news articles right here in your browser and shows who and what they are about — no article ever leaves your computer.",
            "Kliping membaca artikel berita Anda langsung di peramban dan menunjukkan siapa dan apa isinya — tidak ada artikel yang meninggalkan komputer Anda.",
        ),
        DropHere => ("Drop article files here", "Letakkan berkas artikel di sini"),
        DropFormats => (
            " — text, Markdown, saved web pages, JSON/NDJSON or ZIP.",
            " — teks, Markdown, halaman web tersimpan, JSON/NDJSON atau ZIP.",
        ),
        OpenFiles => ("Open files", "Buka berkas"),
        TrySamples => ("Try the sample articles", "Coba artikel contoh"),
        Reading => ("Reading files…", "Membaca berkas…"),
        DismissMessages => ("Dismiss messages", "Tutup pesan"),
        ClearAll => ("Clear all", "Hapus semua"),
        ConfirmClear => (
            "Remove all loaded articles? This also clears them from this browser's storage.",
            "Hapus semua artikel? Artikel juga akan dihapus dari penyimpanan peramban ini.",
        ),
        Articles => ("Articles", "Artikel"),
        Quotes => ("Quotes", "Kutipan"),
        Entities => ("Entities", "Entitas"),
        Search => ("Search", "Cari"),
        SearchPlaceholder => ("Search titles and text  ( / )", "Cari judul dan teks  ( / )"),
        SortBy => ("Sort by", "Urutkan"),
        SortRelevance => ("Relevance", "Relevansi"),
        SortDate => ("Date", "Tanggal"),
        SortTitle => ("Title", "Judul"),
        People => ("People", "Orang"),
        Places => ("Places", "Tempat"),
        Organizations => ("Organisations", "Organisasi"),
        Outlets => ("Outlets", "Media"),
        Dates => ("Dates", "Tanggal"),
        From => ("From", "Dari"),
        To => ("To", "Sampai"),
        FilterNames => ("Filter names", "Saring nama"),
        ActiveFilters => ("Active filters", "Filter aktif"),
        ClearFilters => ("Clear filters", "Hapus filter"),
        Words => ("words", "kata"),
        QuotesCount => ("quotes", "kutipan"),
        QuoteOne => ("quote", "kutipan"),
        NoMatches => ("Nothing matches these filters.", "Tidak ada yang cocok dengan filter ini."),
        DownloadJson => ("Download JSON", "Unduh JSON"),
        DownloadCsv => ("Download CSV", "Unduh CSV"),
        GroupBySpeaker => ("Group by speaker", "Kelompokkan per pembicara"),
        Kind => ("Kind", "Jenis"),
        Name => ("Name", "Nama"),
        Aliases => ("Aliases", "Alias"),
        Mentions => ("Mentions", "Sebutan"),
        Direct => ("direct", "langsung"),
        Indirect => ("indirect", "tidak langsung"),
        Unknown => ("unnamed speaker", "pembicara tanpa nama"),
        FromDateline => ("dateline", "dateline"),
        Close => ("Close", "Tutup"),
        Remove => ("Remove article", "Hapus artikel"),
        ConfirmRemove => ("Remove this article?", "Hapus artikel ini?"),
        Legend => ("Highlight", "Sorotan"),
        InThisArticle => ("In this article", "Dalam artikel ini"),
        KeysHint => ("j / k: next / previous · Esc: close", "j / k: berikutnya / sebelumnya · Esc: tutup"),
        Language => ("Bahasa Indonesia", "English"),
        ShowMore => ("Show more", "Tampilkan lagi"),
        Previous => ("Previous article", "Artikel sebelumnya"),
        Next => ("Next article", "Artikel berikutnya"),
        OfflineNote => (
            "Everything runs locally in your browser.",
            "Semuanya berjalan secara lokal di peramban Anda.",
        ),
        StorageFailed => (
            "Could not save to this browser's storage; your articles stay loaded until you close the tab",
            "Tidak dapat menyimpan ke penyimpanan peramban; artikel tetap dimuat sampai tab ditutup",
        ),
    };
    match lang {
        Lang::En => en,
        Lang::Id => id,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_tags_pick_the_language() {
        assert_eq!(Lang::from_tag("id-ID"), Lang::Id);
        assert_eq!(Lang::from_tag("in"), Lang::Id);
        assert_eq!(Lang::from_tag("en-GB"), Lang::En);
        assert_eq!(Lang::from_tag(""), Lang::En);
    }

    #[test]
    fn translations_differ_where_the_languages_do() {
        assert_ne!(t(Lang::En, K::OpenFiles), t(Lang::Id, K::OpenFiles));
        assert_eq!(t(Lang::Id, K::Quotes), "Kutipan");
    }
}
