//! Word lists the quote extractor relies on. All entries are lowercase; look-ups lowercase the
//! word first. Indonesian and English share the lists: the words hardly collide.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// Verbs that follow a quote (`“…,” kata Gladkov`) or open an inverted attribution
/// (`…, kata Kombes Kamal, …`). They also take `-nya` (`katanya` = "he/she said").
pub(crate) static POST_CUES: &[&str] = &[
    "kata",
    "ujar",
    "tutur",
    "ungkap",
    "jelas",
    "tegas",
    "imbuh",
    "tambah",
    "pungkas",
    "papar",
    "ucap",
    "terang",
    "lanjut",
    "sambung",
    "beber",
    "tutup",
    "tulis",
    // `,” cuit akun @Benzemavote5`: tweeted.
    "cuit",
    "sebut",
    "seru",
    "cetus",
    "timpal",
    "urai",
    "tandas",
    "kilah",
    "ungkapnya",
    "aku",
    "terangnya",
    "sergah",
    "bilang",
    "jawab",
    "tanya",
    "katakan",
    // English
    "said",
    "says",
    "added",
    "told",
    "wrote",
    "asked",
    "explained",
    "stated",
    "insisted",
    "claimed",
    "noted",
    "warned",
    "continued",
    "replied",
];

/// Verbs that introduce reported speech after their subject: `X mengatakan (bahwa) …`.
/// `true` = the verb always takes a clause; `false` = only with `bahwa`/`kalau`/a comma after
/// it, because with a noun object it is not speech (`mengumumkan keadaan darurat`).
pub(crate) const PRE_CUES: &[(&str, bool)] = &[
    ("mengatakan", true),
    ("menyatakan", true),
    ("menegaskan", true),
    ("menjelaskan", true),
    ("menerangkan", true),
    ("menambahkan", true),
    ("mengklaim", true),
    ("mengungkapkan", true),
    ("menuturkan", true),
    ("mengaku", true),
    ("mengakui", true),
    ("menilai", true),
    ("berkata", true),
    ("bersikeras", true),
    ("menyebutkan", true),
    ("menyebut", true),
    ("memastikan", false),
    ("mengungkap", false),
    ("mengumumkan", false),
    // `Sang gubernur berpendapat bahwa …`: an opinion stated, like `menilai` (GUIDELINES.md,
    // heldout12); weak, so `berpendapat lain` without a clause is no report.
    ("berpendapat", false),
    ("melaporkan", false),
    ("menyampaikan", false),
    ("mengkonfirmasi", false),
    ("mengonfirmasi", false),
    ("menekankan", false),
    ("membantah", false),
    ("membenarkan", false),
    ("memperingatkan", false),
    ("menginformasikan", false),
    ("melanjutkan", false),
    // `dia … menjawab: "…"` (weak: `menjawab pertanyaan` is no speech by itself).
    ("menjawab", false),
    ("dikatakannya", true),
];

/// [`PRE_CUES`] for English, kept apart so that the extractor can ask whether an English cue
/// is weak (see [`english_weak_pre_cue`]).
pub(crate) const ENGLISH_PRE_CUES: &[(&str, bool)] = &[
    ("said", true),
    ("says", true),
    ("say", true),
    ("told", false),
    ("added", true),
    ("stated", true),
    ("claimed", true),
    ("insisted", false),
    ("warned", false),
    ("announced", false),
    ("confirmed", false),
    ("denied", false),
];

pub(crate) fn pre_cue(word_lower: &str) -> Option<bool> {
    // Asked for every word of every sentence: a hash map, not a scan of the list.
    static MAP: OnceLock<HashMap<&'static str, bool, std::hash::BuildHasherDefault<WordHasher>>> =
        OnceLock::new();
    MAP.get_or_init(|| {
        let mut m = HashMap::default();
        for &(w, strong) in PRE_CUES.iter().chain(ENGLISH_PRE_CUES) {
            // The first entry wins, as the scan it replaces did.
            m.entry(w).or_insert(strong);
        }
        m
    })
    .get(word_lower)
    .copied()
}

/// A weak English pre-cue (`insisted`, `warned`, `denied`): one that reports only when a clause
/// follows, since English drops `that` (`has insisted his plan will work`) but the same verb
/// takes a noun object (`denied the allegations`). Not `told`, whose object is the hearer: the
/// extractor skips the hearer before it looks for the clause.
pub(crate) fn english_weak_pre_cue(word_lower: &str) -> bool {
    word_lower != "told"
        && ENGLISH_PRE_CUES
            .iter()
            .any(|&(w, strong)| !strong && w == word_lower)
}

/// `kata`, `katanya`, `ujarnya`: the bare post cue and whether it carried `-nya`.
pub(crate) fn post_cue(word_lower: &str) -> Option<(&'static str, bool)> {
    let set = set_of(POST_CUES)?;
    if let Some(w) = set.get(word_lower) {
        return Some((w, false));
    }
    let stem = word_lower.strip_suffix("nya")?;
    set.get(stem).map(|w| (*w, true))
}

/// Nouns of feeling, intention or stance that verbs like `mengungkapkan`, `menyatakan` and
/// `menyampaikan` take as their object (`mengungkapkan rasa takjubnya melihat …`,
/// `mengungkapkan tekadnya untuk …`, `menyatakan kesiapannya`): the verb expresses a thing, it
/// does not report a clause (GUIDELINES.md: cues with a noun object are not quotes). Matched
/// with or without `-nya`.
pub(crate) static EXPRESSED_NOUNS: &[&str] = &[
    "rasa",
    "perasaan",
    "tekad",
    "harapan",
    "impian",
    "keinginan",
    "niat",
    "alasan",
    "komitmen",
    "dukungan",
    "apresiasi",
    "simpati",
    "duka",
    "belasungkawa",
    "kekecewaan",
    "kebahagiaan",
    "kegembiraan",
    "kesedihan",
    "keprihatinan",
    "kekhawatiran",
    "kebanggaan",
    "kekaguman",
    "keheranan",
    "kekesalan",
    "kemarahan",
    "ketidakpuasan",
    "penyesalan",
    "kesiapan",
    "kesediaan",
    "ketertarikan",
    "keberatan",
    "terima",
    "ucapan",
    "permintaan",
    "permohonan",
    "isi",
    "unek-unek",
    "kritik",
    "pujian",
    "keluhan",
];

/// Verbs that take such a noun object as readily as a clause. Not `mengatakan`, `berkata`,
/// `menilai`, `mengaku`: their object is a clause even when it opens with one of those nouns
/// (`mengatakan harapan klub masih terbuka`).
pub(crate) static EXPRESSING_VERBS: &[&str] = &[
    "mengungkapkan",
    "mengungkap",
    "menyatakan",
    "menyampaikan",
    "menegaskan",
    "menjelaskan",
    "menerangkan",
    "mengakui",
    "menyebutkan",
    "menuturkan",
    "menekankan",
    "membenarkan",
];

pub(crate) static PRONOUNS: &[&str] = &[
    "dia", "ia", "mereka", "beliau", "pihaknya", "dirinya", "he", "she", "they", "it", "we", "i",
];

/// Words after which a following capitalised run is inside a prepositional phrase, not a subject.
pub(crate) static PREPOSITIONS: &[&str] = &[
    "di", "ke", "dari", "kepada", "melalui", "untuk", "pada", "dalam", "oleh", "bagi", "terhadap",
    "atas", "tentang", "sejak", "via", "lewat", "antara", "seperti", "dilansir", "mengutip",
    "bersama", "in", "at", "to", "from", "on", "by", "for", "of", "with", "via", "about",
];

/// Words that start a new clause: the subject of a cue is looked for after the last of them.
pub(crate) static CLAUSE_STARTERS: &[&str] = &[
    "dan",
    "tetapi",
    "tapi",
    "namun",
    "sementara",
    "sedangkan",
    "saat",
    "ketika",
    "dengan",
    "setelah",
    "sebelum",
    "karena",
    "sebab",
    "bahwa",
    "sedang",
    "while",
    "but",
    "and",
    "as",
    "when",
    "after",
    "though",
    "although",
    "because",
    "where",
    "whereas",
    "since",
];

/// Adverbs and fillers that may stand between a subject and its cue, or between a cue and the
/// reported clause.
pub(crate) static FILLERS: &[&str] = &[
    "kemudian",
    "juga",
    "pun",
    "sebelumnya",
    "lalu",
    "telah",
    "sudah",
    "masih",
    "lagi",
    "pula",
    "sendiri",
    "secara",
    "terpisah",
    "pernah",
    "sempat",
    "tampaknya",
    "akhirnya",
    "lantas",
    "kembali",
    "langsung",
    "hanya",
    "justru",
    "bahkan",
    "mencoba",
    "terus",
    "lebih",
    "lanjut",
    "lajut",
    "konon",
    "kabarnya",
    "also",
    "later",
    "earlier",
    "then",
    "again",
    "previously",
    // English auxiliaries between a subject and its cue (`Johnson has said`, `had told`).
    "has",
    "have",
    "had",
];

/// Words that mark an anonymous speaker description (`kata anggota korps lainnya`).
pub(crate) static ANON_MARKERS: &[&str] = &[
    "seorang",
    "sebuah",
    "salah",
    "lainnya",
    "lain",
    "sumber",
    "identitas",
    "identitasnya",
    "para",
    "beberapa",
    "sejumlah",
    "warga",
    "petarung",
    "tentara",
    "pejabat",
    "peneliti",
    "korban",
    "narasi",
    "laporan",
    "informasi",
    "kabar",
    "dekrit",
    "anonim",
    "someone",
    "source",
    "sources",
    "official",
    "officials",
    "residents",
    "witnesses",
];

/// Title and role words that precede a name (`Gubernur`, `Kapolri Jenderal Polisi`, `Dr`).
pub(crate) static ROLE_WORDS: &[&str] = &[
    // Occupations written before a name like a title (`ujar Psikolog Andri`, `Gitaris
    // Satriyo Yudi Wahono`, `Komedian Louis C.K.`).
    "psikolog",
    "gitaris",
    "komedian",
    "seniman",
    "chef",
    "produser",
    "arkeolog",
    "rapper",
    "drummer",
    "bassis",
    "sutradara",
    "desainer",
    "fotografer",
    "koreografer",
    "musisi",
    "komposer",
    "sejarawan",
    "budayawan",
    "sosiolog",
    "presiden",
    "wakil",
    "gubernur",
    "wagub",
    "bupati",
    "walikota",
    "wali",
    "menteri",
    "mendag",
    "menlu",
    "menpora",
    // The other ministers' short titles, one word each (`Menhub Budi Karya Sumadi`,
    // `Mendagri Tjahjo Kumolo`): without them the title stayed in the name. (Not the bare
    // `Menko`, whose field follows as a separate word or acronym: `Menko PMK`, `Menko
    // Polhukam Wiranto`.)
    "menkopolhukam",
    "menkopmk",
    "menkomaritim",
    "mendagri",
    "menhub",
    "menaker",
    "menakertrans",
    "menag",
    "menpar",
    "menkominfo",
    "mendikbud",
    "menkeu",
    "menperin",
    "menkes",
    "mensos",
    "menkumham",
    "mentan",
    "menhan",
    "menristekdikti",
    "menpan",
    "menpanrb",
    "menlhk",
    "menpupr",
    "mendes",
    "menkop",
    "menpppa",
    "menparekraf",
    "ketua",
    "umum",
    "ketum",
    "sekretaris",
    "sekjen",
    "jenderal",
    "direktur",
    "dirut",
    // A club's or a party's official, written before the organisation and the name like a
    // title (`Petinggi Inter Milan Piero Ausilio`, `petinggi Arsenal Stan Kroenke`).
    "petinggi",
    "kepala",
    "kabid",
    "juru",
    "bicara",
    "jubir",
    "kapolri",
    "kapolda",
    "kapolres",
    "kapolsek",
    "kombes",
    "kompol",
    "akbp",
    "akp",
    "iptu",
    "ipda",
    "brigjen",
    "irjen",
    "komjen",
    "letjen",
    "mayjen",
    "marsekal",
    "laksamana",
    "polisi",
    "kolonel",
    "mayor",
    "kapten",
    "panglima",
    "komandan",
    "dr",
    "drs",
    "prof",
    "ir",
    "hj",
    "pak",
    "bu",
    "bapak",
    "ibu",
    "tuan",
    "nyonya",
    "mr",
    "mrs",
    "ms",
    "sir",
    "manajer",
    "pelatih",
    "ceo",
    "cfo",
    "cto",
    "coo",
    "founder",
    "pendiri",
    "penasihat",
    "anggota",
    "duta",
    "besar",
    "perdana",
    "mantan",
    "eks",
    "senator",
    "hakim",
    "jaksa",
    "pengacara",
    "kuasa",
    "pejabat",
    "sang",
    "pangeran",
    "paus",
    "uskup",
    "kiai",
    "ustaz",
    "ustadz",
    // An honorific of descent, not a name (GUIDELINES.md, heldout14: `Habib Muchsin Al Atas`).
    "habib",
    "dubes",
    "camat",
    "lurah",
    "pembina",
    "komisaris",
    "president",
    "minister",
    "governor",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chief",
    "director",
    "general",
    "prime",
    "chairman",
    "coach",
    "manager",
    // English job titles that head an apposition (`Katy Huberty, an analyst at the bank,
    // said`).
    "analyst",
    "economist",
    "strategist",
    "sen",
    "gov",
    // US titles (`Senate Majority Leader Chuck Schumer`, `House Speaker Mike Johnson`, `Rep.
    // Nancy Pelosi`).
    "leader",
    "speaker",
    "rep",
    "representative",
    "congressman",
    "congresswoman",
    "ambassador",
    "chancellor",
    "commissioner",
    "attorney",
    "lt",
    "col",
    "capt",
    "sgt",
    "asisten",
    "deputi",
    "staf",
    "khusus",
    "koordinator",
    "profesor",
    "dosen",
    "rektor",
    "dekan",
    "pebalap",
    "petinju",
    "pemain",
    "striker",
    "kiper",
    "penyanyi",
    "aktris",
    "aktor",
    "selebriti",
    "personel",
    "vokalis",
    "kapten",
    "pangdam",
    "kasad",
    "kasal",
    "kasau",
    "danrem",
    "dandim",
    "kadis",
    "kasubdit",
    "dirjen",
    "kabareskrim",
    "wamen",
    "wapres",
    "kapuspen",
    "kabag",
    "pol",
    "penum",
    "kanit",
    "kadiv",
    "kasubbag",
    "kapolrestabes",
    "kapolresta",
    "wakapolri",
    "wakapolda",
    "agung",
    "kasat",
    // Occupations that stand before a name like titles (`Akademisi Universitas Indonesia
    // Effendi Gazali`, `Bek Juventus Dani Alves`).
    "akademisi",
    "bek",
    "gelandang",
    "penyerang",
    "legenda",
    "pengusaha",
    "komisioner",
    "pengamat",
    "analis",
    "ekonom",
    "politikus",
    "politisi",
    "astronaut",
    "teknisi",
    "dokter",
    // `Pilot Jet Airways kemudian mengalihkan …`: the airline's pilot, not a name word (the
    // tagger's `Pilot Jet Airways` must not become the fuller form of `Jet Airways`).
    "pilot",
    "kopilot",
    "wartawan",
    "jurnalis",
    // English titles in Indonesian business news (`Head of eCommerce …`, `Vice President …`).
    "head",
    "vice",
    "executive",
    // Descriptions that stand before a name like a title (`Bintang Atletico Madrid Antoine
    // Griezmann`, `Raksasa Liga Primer Skotlandia Celtic`): in IndoSum never a given name.
    "bintang",
    "megabintang",
    "raksasa",
    // Police and military ranks below the officers' (`Petugas Traffic Management Center,
    // Brigadir Harlem, mengatakan`): like `Kombes`, a rank before a name is a role, never
    // part of it (the entity side has the same list, `RANKS` in `entities/resolve.rs`).
    "brigadir",
    "bripka",
    "briptu",
    "bripda",
    "aiptu",
    "aipda",
    "letnan",
    "letkol",
    "jendral",
    "sersan",
    "serma",
    "serka",
    "sertu",
    "serda",
    "kopral",
    "pratu",
    "praka",
    "prada",
    "laksda",
    "laksma",
    "marsda",
    "marsma",
    "inspektur",
    // The army and navy corps written between a rank and the name (`Letkol Czi Dwi Bima
    // Nurahmat`, `Letnan Kolonel Pelaut Bagus Amarullah`).
    "czi",
    "inf",
    "kav",
    "arh",
    "arm",
    "cpm",
    "ckm",
    "cba",
    "chb",
    "cpl",
    "caj",
    "chk",
    "cpn",
    "pnb",
    "psk",
    "pelaut",
];

/// Words naming an institution rather than a person (`Kementerian`, `Dinas`, `Militer`).
pub(crate) static INSTITUTION_WORDS: &[&str] = &[
    // Fields that end the titles of officials (`Direktur … dan Pembinaan Syariah`).
    "pembinaan",
    "syariah",
    "urusan",
    "pengelolaan",
    "pengawasan",
    "pelayanan",
    "penanggulangan",
    "kebakaran",
    "penyelamatan",
    "pemadam",
    "bencana",
    "publikasi",
    "pemberitaan",
    "penerangan",
    "perikanan",
    "kelautan",
    "kehutanan",
    "kemaritiman",
    "pengembangan",
    "penelitian",
    "perencanaan",
    "pembangunan",
    "pemberantasan",
    "korupsi",
    "narkotika",
    "kementerian",
    "dinas",
    "badan",
    "bidang",
    "humas",
    "pusat",
    "komisi",
    "dewan",
    "mahkamah",
    "pemerintah",
    "pemprov",
    "pemkot",
    "pemkab",
    "partai",
    "universitas",
    "kantor",
    "lembaga",
    "korps",
    "legiun",
    "angkatan",
    "darat",
    "laut",
    "udara",
    "armada",
    "militer",
    "polda",
    "polres",
    "polsek",
    "kepolisian",
    "pengadilan",
    "kejaksaan",
    "kejagung",
    "bank",
    "pt",
    "kwartir",
    "nasional",
    "pertahanan",
    "perdagangan",
    "keuangan",
    "kesehatan",
    "pendidikan",
    "perhubungan",
    "perumahan",
    "rakyat",
    "luar",
    "negeri",
    "dalam",
    "pariwisata",
    "kedokteran",
    "sosial",
    "agama",
    "hukum",
    "pertanian",
    "perindustrian",
    "kebudayaan",
    "pemuda",
    "olahraga",
    "keamanan",
    "tata",
    "air",
    "studi",
    "hak",
    "asasi",
    "manusia",
    "daerah",
    "provinsi",
    "kabupaten",
    "wilayah",
    "regional",
    "federal",
    "federasi",
    "asosiasi",
    "persatuan",
    "ikatan",
    "organisasi",
    "yayasan",
    "klub",
    "tim",
    "komite",
    "departemen",
    "istana",
    "kedutaan",
    "konsulat",
    "parlemen",
    "senat",
    "kongres",
    "ministry",
    "department",
    "council",
    "office",
    "agency",
    "police",
    "army",
    "navy",
    "force",
    "forces",
    "house",
    "white",
    "university",
    "committee",
    "watch",
    "institute",
    "center",
    "centre",
    "commission",
    "court",
    "government",
    "party",
    // English fields that end business titles (`Head of Product Management Raf Van Nuffel`,
    // `Head of Corporate Communication CMNP Solahuddin`).
    "management",
    "development",
    "marketing",
    "communication",
    "communications",
    "research",
    "corporate",
    "relations",
    "affairs",
    "operations",
    "engineering",
    "strategy",
    "ecommerce",
    "e-commerce",
];

/// Countries and big places, which open runs like `Presiden Rusia Vladimir Putin`.
pub(crate) static PLACE_WORDS: &[&str] = &[
    "indonesia",
    "ri",
    "rusia",
    "ukraina",
    "amerika",
    "serikat",
    "as",
    "jepang",
    "china",
    "tiongkok",
    "inggris",
    "prancis",
    "perancis",
    "jerman",
    "italia",
    "spanyol",
    "belanda",
    "australia",
    "malaysia",
    "singapura",
    "thailand",
    "korea",
    "selatan",
    "utara",
    "timur",
    "barat",
    "tengah",
    "india",
    "arab",
    "saudi",
    "iran",
    "irak",
    "suriah",
    "israel",
    "palestina",
    "turki",
    "mesir",
    "eropa",
    "asia",
    "afrika",
    "uni",
    "jakarta",
    "bandung",
    "surabaya",
    "yogyakarta",
    "papua",
    "kiev",
    "kyiv",
    "moskow",
    "washington",
    "london",
    "beijing",
    "filipina",
    "vietnam",
    "myanmar",
    "kanada",
    "brasil",
    "meksiko",
    "jawa",
    "sumatera",
    "kalimantan",
    "sulawesi",
    "bali",
    "dki",
    "jabar",
    "jateng",
    "jatim",
    "russia",
    "ukraine",
    "america",
    "united",
    "states",
    "us",
    "uk",
    "britain",
    "japan",
    "france",
    "germany",
    "haiti",
    // Countries named in sports descriptions before a club or player (`Raksasa Liga Primer
    // Skotlandia Celtic`), in Indonesian spelling.
    "skotlandia",
    "irlandia",
    "wales",
    "portugal",
    "argentina",
    "belgia",
    "swiss",
    "swedia",
    "norwegia",
    "denmark",
    "polandia",
    "kroasia",
    "serbia",
    "yunani",
    "austria",
    "ceko",
    "hungaria",
    "rumania",
    "uruguay",
    "kolombia",
    "chile",
    "cile",
    "nigeria",
    "senegal",
    "kamerun",
];

/// Words heading a lower-case noun phrase that still names an organisation when a proper noun
/// follows (`militer Ukraina` → `Militer Ukraina`).
pub(crate) static ORG_HEADS: &[&str] = &[
    "militer",
    "pemerintah",
    "kementerian",
    "kepolisian",
    "polisi",
    "pasukan",
    "angkatan",
    "armada",
    "komando",
    "otoritas",
    "kantor",
    "kedutaan",
    "istana",
    "parlemen",
    "misi",
    "manajemen",
    "military",
    "government",
    "police",
    "ministry",
    "army",
];

/// Connectors allowed inside a name (`Olaf van Schagen`, `Sa Amah binti Saidih`).
pub(crate) static NAME_PARTICLES: &[&str] = &[
    "van", "von", "de", "der", "den", "da", "dos", "bin", "binti", "al", "el", "la", "le", "du",
    "ter",
];

/// Words that end an attribution phrase after a cue (`kata Tito di Jakarta`).
pub(crate) static PHRASE_STOPPERS: &[&str] = &[
    "di",
    "saat",
    "ketika",
    "kepada",
    "dalam",
    "seperti",
    "yang",
    "pada",
    "usai",
    "dilansir",
    "dikutip",
    "kemarin",
    "dihubungi",
    "ditemui",
    "tanpa",
    "melalui",
    "lewat",
    "sebagaimana",
    "sambil",
    "sembari",
    "selepas",
    "seusai",
    "setelah",
    "sebelum",
    "dengan",
    "untuk",
    "tentang",
    "terkait",
    "mengutip",
    "menurut",
    "dan",
    "kala",
    "sewaktu",
    "via",
    "secara",
    "in",
    "at",
    "on",
    "to",
    "during",
    "after",
    "before",
    "while",
    "when",
    "according",
    "who",
    "which",
    "as",
    "told",
    "of",
];

/// Days and time words skipped between a cue and its clause (`mengatakan Minggu bahwa`).
pub(crate) static TIME_WORDS: &[&str] = &[
    "senin",
    "selasa",
    "rabu",
    "kamis",
    "jumat",
    "sabtu",
    "minggu",
    "hari",
    "pekan",
    "malam",
    "pagi",
    "siang",
    "sore",
    "lalu",
    "ini",
    "kemarin",
    "tadi",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
];

/// Common nouns that begin with `me`/`ber`/`di`/`ter` but are not verbs.
pub(crate) static NOT_VERBS: &[&str] = &[
    "menteri",
    "media",
    "mereka",
    "merek",
    "meja",
    "menantu",
    "mertua",
    "berita",
    "dinas",
    "direktur",
    "terdakwa",
    // Determiners, prepositions and nouns that only look like ter-/ber- verbs.
    "tersebut",
    "terhadap",
    "terkait",
    "termasuk",
    "tertentu",
    "terbaru",
    "tersangka",
    "beberapa",
    "berbagai",
    "berdasarkan",
];

/// A title or role word, including the police and military compounds built on `ka-`/`waka-`
/// (`Kapolrestabes`, `Kasatreskrim`, `Wakapolda`).
pub(crate) fn is_role(word: &str) -> bool {
    let lower = lowered(word);
    is_in(ROLE_WORDS, &lower) || role_prefixed(&lower)
}

/// A lower-case word starting with a role's short form (`kapolres`, `kasatreskrim`).
pub(crate) fn role_prefixed(lower: &str) -> bool {
    [
        "kapol", "wakapol", "kasat", "kabag", "kasub", "kadis", "kabid", "kapus", "kajati",
        "kajari",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
}

/// Is `word` its own lower-case form, as [`is_role`] and [`is_in`] compute it?
pub(crate) fn is_lowered(word: &str) -> bool {
    matches!(lowered(word), Cow::Borrowed(_))
}

/// A small multiply-rotate hasher for the word sets: the keys are short lower-case words
/// from the article, so SipHash's flooding resistance buys nothing and costs a large share of
/// the extractor's time.
#[derive(Default, Clone, Copy)]
pub(crate) struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }

    fn write_u8(&mut self, b: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x517c_c1b7_2722_0a95);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type WordSet = HashSet<&'static str, std::hash::BuildHasherDefault<WordHasher>>;

/// The word lists registered for hashed look-up, in bit order of [`Lexicon::masks`]. The
/// lists are `static`, so each is found by its address (a scan over 16 addresses is cheaper
/// than hashing one). Lists not registered here fall back to a linear scan.
fn registered() -> [&'static [&'static str]; 16] {
    [
        POST_CUES,
        PRONOUNS,
        PREPOSITIONS,
        CLAUSE_STARTERS,
        FILLERS,
        ANON_MARKERS,
        ROLE_WORDS,
        INSTITUTION_WORDS,
        PLACE_WORDS,
        ORG_HEADS,
        NAME_PARTICLES,
        PHRASE_STOPPERS,
        TIME_WORDS,
        NOT_VERBS,
        STARTER_WORDS,
        HEAD_ROLES,
    ]
}

struct Lexicon {
    /// List addresses, by bit.
    keys: [usize; 16],
    /// Per list, its words as a set (`post_cue` needs the `'static` entry back).
    sets: Vec<WordSet>,
    /// Every listed word with the bit mask of the lists holding it: `is_in` is asked half a
    /// million times per 400 articles, so one hash look-up per call, not one per list.
    /// Keyed by bytes so a word lowercased into a stack buffer needs no UTF-8 check.
    masks: HashMap<&'static [u8], u16, std::hash::BuildHasherDefault<WordHasher>>,
    /// No listed word is longer (in bytes): longer ASCII words are in no list.
    longest: usize,
}

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let lists = registered();
        let mut masks: HashMap<&'static [u8], u16, _> = HashMap::default();
        for (bit, list) in lists.iter().enumerate() {
            for &w in *list {
                *masks.entry(w.as_bytes()).or_insert(0) |= 1 << bit;
            }
        }
        Lexicon {
            keys: lists.map(|l| l.as_ptr() as usize),
            sets: lists.iter().map(|l| l.iter().copied().collect()).collect(),
            longest: lists
                .iter()
                .flat_map(|l| l.iter())
                .map(|w| w.len())
                .max()
                .unwrap_or(0),
            masks,
        }
    })
}

fn set_of(list: &[&str]) -> Option<&'static WordSet> {
    let key = list.as_ptr() as usize;
    let lex = lexicon();
    lex.keys
        .iter()
        .position(|k| *k == key)
        .map(|b| &lex.sets[b])
}

/// `word` in lower case, borrowed when it already is (most callers pass lower-case words).
/// ASCII words, nearly all of them, are checked and converted byte-wise.
fn lowered(word: &str) -> Cow<'_, str> {
    if word.is_ascii() {
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            word.to_ascii_lowercase().into()
        } else {
            word.into()
        }
    } else if word.chars().any(char::is_uppercase) {
        word.to_lowercase().into()
    } else {
        word.into()
    }
}

pub(crate) fn is_in(list: &[&str], word: &str) -> bool {
    match list_bit(list) {
        Some(bit) => masks_of(word) & (1 << bit) != 0,
        None => list.contains(&lowered(word).as_ref()),
    }
}

/// The bit of `list` in [`masks_of`], if it is a registered list.
pub(crate) fn list_bit(list: &[&str]) -> Option<usize> {
    let key = list.as_ptr() as usize;
    lexicon().keys.iter().position(|k| *k == key)
}

/// Bit mask of the registered lists holding `word` (in lower case): one hash look-up answers
/// [`is_in`] for every list, and a [`super::names::Word`] keeps it for its later questions.
pub(crate) fn masks_of(word: &str) -> u16 {
    let lex = lexicon();
    let has = |lower: &[u8]| lex.masks.get(lower).copied().unwrap_or(0);
    if !word.is_ascii() {
        return has(lowered(word).as_bytes());
    }
    // ASCII lowercasing keeps the length, so a longer word is in no list.
    if word.len() > lex.longest {
        return 0;
    }
    if !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return has(word.as_bytes());
    }
    // Lowercased on the stack, not in a new String.
    let mut buf = [0u8; 24];
    match buf.get_mut(..word.len()) {
        Some(b) => {
            b.copy_from_slice(word.as_bytes());
            b.make_ascii_lowercase();
            has(b)
        }
        None => has(word.to_ascii_lowercase().as_bytes()),
    }
}

/// Words that start sentences but never names (`Namun`, `Hal`, `Kata`).
pub(crate) static STARTER_WORDS: &[&str] = &[
    // `Diakui Gatot, …`, `Ditambahkan Rantala, …`: a passive cue opening the sentence is no
    // part of the agent's name after it.
    "diakui",
    "diungkapkan",
    "dijelaskan",
    "dituturkan",
    "disampaikan",
    "ditegaskan",
    "ditambahkan",
    "dikemukakan",
    "diutarakan",
    // `Sambil menegaskan dukungannya …, Maradona juga …`: a fronted adverbial clause.
    "sambil",
    "sembari",
    "hal",
    "ini",
    "itu",
    "kata",
    "baca",
    "simak",
    "selain",
    "meski",
    "meskipun",
    "kendati",
    "walau",
    "walaupun",
    "biarpun",
    "jika",
    "kalau",
    "bila",
    "untuk",
    "agar",
    "supaya",
    "tak",
    "tidak",
    "belum",
    "sudah",
    "apalagi",
    "sebab",
    "akibat",
    "kini",
    "saat",
    "ketika",
    "usai",
    "seusai",
    "jadi",
    "maka",
    "adapun",
    "sedangkan",
    "sementara",
    "terkait",
    "soal",
    "mengenai",
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "in",
    "on",
    "at",
    "but",
    "and",
    "dikatakannya",
    "disebutkan",
    "dikatakan",
    "menurut",
    "sumber",
    "para",
    "seorang",
    "sebuah",
    "beberapa",
    "sejumlah",
    "semua",
    "setiap",
    "tiap",
    "pihak",
    "kedua",
    "ketiga",
    "salah",
    // Common nouns heading a possessive phrase at a sentence's start (`Kondisi Cole …`,
    // `Upaya Jordi Alba …`, `Hasil …`): what the sentence is about, not a first name.
    "kondisi",
    "upaya",
    "hasil",
    "peran",
    "nyanyian",
    "putusan",
    "laporan",
    // `Data Soompi menyebut …`, `Data TNBTS menyebutkan …`: the figures of a source, like its
    // `laporan`; the source speaks.
    "data",
    "diberitakan",
    "dilansir",
    "dikutip",
];

/// Words that do not change who the subject is: `pihak OLX Indonesia`.
pub(crate) static TRANSPARENT: &[&str] = &["pihak", "kubu", "sang", "si"];

/// Academic and professional degrees written after a name, lower case without periods
/// (`M.Kes` → `mkes`, `S.H.` → `sh`). `MA` is left out: it is also Mahkamah Agung. `SIK`
/// (Sarjana Ilmu Kepolisian) is the police academy's degree, written after most senior
/// officers' names in police news (`AKBP … Siboro SH, SIK`).
pub(crate) static DEGREES: &[&str] = &[
    "sh", "mh", "se", "mm", "msi", "ssi", "mkes", "skes", "skm", "phd", "st", "mt", "sked", "ssos",
    "msos", "msc", "bsc", "mba", "spd", "mpd", "skom", "mkom", "sip", "mhum", "shum", "spsi",
    "mpsi", "apt", "sag", "mag", "sth", "mth", "sfarm", "mfarm", "mkn", "llm", "mph", "mak", "sak",
    "cpa", "sik",
];

/// Role words that head a title even inside a capitalised run (`Health Minister X`).
pub(crate) static HEAD_ROLES: &[&str] = &[
    "leader",
    "speaker",
    "ambassador",
    "chancellor",
    "minister",
    "president",
    "secretary",
    "governor",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chief",
    "director",
    "chairman",
    "menteri",
    "presiden",
    "gubernur",
    "direktur",
    "ketua",
    "kepala",
    "bupati",
    "walikota",
    "panglima",
    "komandan",
    "manajer",
    "pelatih",
    "ceo",
];

/// Police and military ranks that are always followed by a person's name (`Kompol Yhogi …`,
/// `Humas Polres Labuhan Batu AKP Viktor Sibarani`), unlike a position (`Kepala Bagian …`).
pub(crate) const NAMED_RANKS: &[&str] = &[
    "akp", "akbp", "kompol", "kombes", "iptu", "ipda", "aiptu", "aipda", "bripka", "brigpol",
    "briptu", "bripda", "brigjen", "irjen", "komjen", "letjen", "mayjen", "letkol",
];

/// English plural groups that speak without a name (`Officials said`, `Analysts say`).
pub(crate) static ENGLISH_GROUPS: &[&str] = &[
    "officials",
    "police",
    "analysts",
    "residents",
    "witnesses",
    "experts",
    "critics",
    "diplomats",
    "sources",
    "investigators",
    "authorities",
    "prosecutors",
    "doctors",
    "activists",
    "protesters",
    "rescuers",
    "soldiers",
    "observers",
    "economists",
    "traders",
    "scientists",
    "researchers",
    "lawmakers",
    "organisers",
    "organizers",
    "medics",
    "villagers",
];

/// English conjunctions and adverbs that open a sentence before its subject (`But Robert
/// Jenrick, who …, said`).
pub(crate) static ENGLISH_OPENERS: &[&str] =
    &["but", "and", "however", "meanwhile", "yet", "still"];

/// English speech verbs that report the clause before them, whether the subject follows
/// (`…, said Mark Smith.`) or comes first (`…, the State Department said.`).
pub(crate) static ENGLISH_SAID: &[&str] = &["said", "says", "added", "told"];

/// Whether a lower-case word is in [`ENGLISH_SAID`]. A plain scan, not [`is_in`]: the cue loop
/// asks it of every word, and the list is not one of the registered ones.
pub(crate) fn english_said(lower: &str) -> bool {
    ENGLISH_SAID.contains(&lower)
}
