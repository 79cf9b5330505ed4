//! From tagged words to entities: role splitting, document-level consistency, acronym linking,
//! alias merging within an article, and the corpus-level canonicaliser.

use std::collections::BTreeMap;

use super::features::{is_person_title, trigger_class, T_ORG, T_PLACE};
use super::gazetteer::{normalize, FastMap, Gazetteer};
use super::model::Model;
use super::tokenize::{lowercase, sentences, tokenize, Lower, Token};
use super::train::chunks;
use super::{Entity, EntityKind, Mention};

/// `$list.contains(&$word)` for a word list asked about per word or per name (titles, role
/// connectors, country words...), answered from a hash set of the list built on first use:
/// scanning the longer lists string by string was ~2% of IndoSum dev extraction.
macro_rules! listed {
    ($list:expr, $word:expr) => {{
        static SET: std::sync::OnceLock<
            std::collections::HashSet<
                &'static str,
                std::hash::BuildHasherDefault<super::gazetteer::WordHash>,
            >,
        > = std::sync::OnceLock::new();
        let word: &str = $word;
        SET.get_or_init(|| $list.iter().copied().collect())
            .contains(word)
    }};
}

const KINDS: [EntityKind; 3] = [
    EntityKind::Person,
    EntityKind::Place,
    EntityKind::Organization,
];

/// The words of [`NOT_ENTITIES`] that also name a place (an island, a region, a country).
const PLACE_READING: &[&str] = &[
    "jawa", "sunda", "batak", "papua", "rusia", "ukraina", "inggris", "arab",
];

/// Demonyms, ethnic and religious groups: never entities on their own.
const NOT_ENTITIES: &[&str] = &[
    "muslim",
    "islam",
    "kristen",
    "katolik",
    "protestan",
    "hindu",
    "buddha",
    "yahudi",
    "rohingya",
    "uighur",
    "uyghur",
    "kurdi",
    "arab",
    "tionghoa",
    "jawa",
    "sunda",
    "batak",
    "papua",
    "sunni",
    "syiah",
    "christian",
    "jewish",
    "russian",
    "ukrainian",
    "american",
    "indonesian",
    "british",
    "chinese",
    "israeli",
    "palestinian",
    "rusia",
    "ukraina",
    "inggris",
    "tuhan",
    "allah",
    "god",
    "wib",
    "wita",
    "wit",
    "covid-19",
    "covid",
];

/// Capitalised words that are never a name on their own (pronouns, compass points, forms of
/// address).
const NEVER_ALONE: &[&str] = &[
    "anda", "kami", "kita", "dia", "beliau", "mereka", "saya", "ia", "aku", "engkau", "barat",
    "timur", "utara", "selatan", "tengah", "pak", "bu", "bapak", "ibu", "tuan", "nyonya",
    "presiden", "menteri", "gubernur", "the", "he", "she", "they", "we", "it",
    // English league and body words alone (`main di Premier League` cut to `League`).
    "league", "assembly",
];

/// Technical standards and media formats (`kaset DVD`, `port HDMI`, `koneksi Bluetooth`):
/// capitalised or written as acronyms like a company's name, but they name no organisation,
/// and the gold counts no products.
const TECH_TERMS: &[&str] = &[
    "dvd",
    "vcd",
    "cd",
    "hdmi",
    "usb",
    "bluetooth",
    "wifi",
    "wi-fi",
    "nfc",
    "gps",
    "lte",
    "4g",
    "3g",
    "5g",
    "led",
    "lcd",
    "oled",
    "ssd",
    "hdd",
    "cpu",
    "gpu",
    "mp3",
    "jpeg",
    "pdf",
];

/// A company's legal form after its name (`Starbucks Corp`, `Qualcomm Inc`).
const LEGAL_FORMS: &[&str] = &[
    "inc",
    "corp",
    "corporation",
    "co",
    "ltd",
    "llc",
    "plc",
    "tbk",
    "limited",
    "incorporated",
];

/// A group or line of business after a company's name (`Hyundai Motor Group`, `Huawei
/// Technologies`).
const BUSINESS_SUFFIXES: &[&str] = &[
    "group",
    "grup",
    "motor",
    "motors",
    "holdings",
    "technologies",
    "technology",
    "industries",
    "company",
];

/// Words after a company's name that make no other company: its legal form or its group or
/// line of business.
fn company_suffix(w: &str) -> bool {
    LEGAL_FORMS.contains(&w) || BUSINESS_SUFFIXES.contains(&w)
}

/// Personal pronouns, capitalised as forms of address (`Anda`) or at a sentence's start.
const PRONOUNS: &[&str] = &[
    "anda", "kami", "kita", "dia", "beliau", "mereka", "saya", "ia", "aku", "engkau", "kamu",
];

/// Lowercase words that may sit inside a role phrase (`juru bicara Kementerian Luar Negeri`).
const ROLE_CONNECTORS: &[&str] = &[
    "wilayah",
    "provinsi",
    "kota",
    "kabupaten",
    "daerah",
    "luar",
    "negeri",
    "dalam",
    "bicara",
    "urusan",
    "bidang",
    "besar",
    "umum",
    "utama",
    "jenderal",
    "republik",
    "federal",
    "foreign",
    "affairs",
    "state",
    "defence",
    "defense",
    "'s",
    "’s",
    "wakil",
    "pertahanan",
    "keuangan",
    "menteri",
    "kepala",
    "staf",
    "kantor",
    "kepresidenan",
    "and",
    "dan",
    "deputy",
    "senior",
    "former",
    "mantan",
    "interior",
    "health",
    "kesehatan",
    "militer",
    "military",
    "regional",
    "distrik",
    "perdana",
    "prime",
    "vice",
    "head",
    "of",
    "intelijen",
    "intelligence",
    "angkatan",
    "bersenjata",
    "armed",
    "forces",
    "darat",
    "laut",
    "udara",
    "nasional",
    "national",
    "eksekutif",
    "executive",
    "humas",
];

/// Titles that are also given names or name parts (`Ratu Atut Chosiyah`, `Raja Juli Antoni`), so
/// they never cut a name in the middle.
const NAME_LIKE_TITLES: &[&str] = &[
    "raja", "ratu", "sultan", "pangeran", "habib", "hakim", "perdana", "ibu", "bu", "pak", "bapak",
    "prince", "king", "queen", "general", "chief", "leader", "mayor", "captain", "kapten", "juru",
    "bicara", "duta", "sir", "paus", "pope",
];

/// Titles of heads of state, government and royals: what follows them is a person or a place
/// (`Presiden Ukraina`), never an institution.
const HEAD_OF_STATE: &[&str] = &[
    "mahkota",
    "pangeran",
    "raja",
    "ratu",
    "sultan",
    "presiden",
    "pm",
    "kanselir",
    "prince",
    "king",
    "queen",
    "president",
    "chancellor",
];

/// First words of events and competitions (`Piala Dunia`, `Olimpiade Tokyo`).
const EVENT_HEADS: &[&str] = &[
    "piala",
    "olimpiade",
    "kejuaraan",
    "turnamen",
    "festival",
    "pilkada",
    "pilpres",
    "pemilu",
    "pileg",
    // Leagues (`Liga Champions`, `Serie A`, `Bundesliga Jerman`) are competitions too; the
    // companies running them are listed (`PT Liga Indonesia Baru`) and so kept.
    "liga",
    "serie",
    "ligue",
    "bundesliga",
    "eredivisie",
];

/// Last words of events and competitions (`Asian Games`, `Indonesia Open`, `Grand Prix`).
const EVENT_TAILS: &[&str] = &[
    "games",
    "cup",
    "championship",
    "championships",
    "open",
    "olympics",
    "festival",
    "prix",
    "awards",
    "expo",
    "league",
    // `La Liga`, `La Liga Spanyol`.
    "liga",
];

/// Romance and German articles that open club and player nicknames (`Los Blancos`, `El Real`,
/// `Die Roten`, `La Vecchia Signora`) and the Spanish league (`La Liga`). Not `le` (`Le Pen`,
/// `Le Cong Vinh`) nor Balinese `I` (`I Wayan Dipta`), which open people's names.
const NICKNAME_ARTICLES: &[&str] = &["los", "las", "el", "la", "il", "gli", "les", "die", "der"];

pub(crate) struct Para<'a> {
    pub text: &'a str,
    pub toks: Vec<Token>,
    lower: Vec<Lower<'a>>,
    flags: Vec<u8>,
    /// Each word's capitalisation bucket ([`Gazetteer::cap_bucket`] of its lowercase form),
    /// as the tagger already looked it up: asked again of many words, in a map large enough
    /// that each look-up is a cache miss.
    caps: Vec<u8>,
}

#[derive(Debug, Clone)]
struct Raw {
    p: usize,
    s: usize,
    e: usize,
    kind: EntityKind,
    role: Option<String>,
}

fn is_title(lower: &str) -> bool {
    is_person_title(lower) || listed!(EXTRA_TITLES, lower) || listed!(ENLISTED_RANKS, lower)
}

/// Titles and ranks known to role splitting only. The tagger's title feature list
/// (`features::PERSON_TITLES`) is part of the trained model, so growing it means retraining
/// and moves dev scores by noise; these only decide where a role ends and a name begins.
const EXTRA_TITLES: &[&str] = &[
    "pm",
    // US titles, abbreviated (`Sen. Mitch McConnell`, `Gov. Gavin Newsom`): the tokenizer
    // keeps a short capitalised word's period. Not `Rep.`: Indonesian news writes `Rep. Ceska`
    // (the Czech Republic).
    "sen.",
    "gov.",
    // A Javanese noble title, like `Habib` or `Pangeran`: `Kombes Raden Prabowo Argo Yuwono`
    // is Prabowo Argo Yuwono.
    "raden",
    "mahkota",
    "anggota",
    "wakapolri",
    "wakapolda",
    "kabareskrim",
    "kapuspen",
    "kapolresta",
    "kapolrestabes",
    "pangdam",
    "danrem",
    "dandim",
    "kasad",
    "kasal",
    "kasau",
    "kajati",
    "kajari",
    "dirjen",
    "kadis",
    "kabid",
    "kabag",
    "plt",
    "plh",
    "capres",
    "cawapres",
    "cagub",
    "cawagub",
    "waketum",
    "sekda",
    "rektor",
    "dekan",
    "komisioner",
    "mendikbud",
    "menpora",
    "menkeu",
    "menkes",
    "menpar",
    "menaker",
    "mensos",
    "menko",
    "menkumham",
    "menkominfo",
    "mendag",
    "menperin",
    "mentan",
    "menhub",
    "menag",
    "menristekdikti",
    "menpan",
    "menlhk",
    "manajer",
    "manager",
    "pendiri",
    "founder",
    "komjen",
    "letkol",
    "laksamana",
    "marsekal",
    "akp",
    "iptu",
    "ipda",
    "aiptu",
    "bripka",
    "briptu",
    "bharada",
];

/// Enlisted and junior ranks of the army and police (`Prada Danar`, `Pratu Ridai`, `Serda
/// Alpredo`, `Brigpol Jitro`): without them the rank stays glued to the name, and `Prada`,
/// a listed fashion brand, made an organisation of a wounded private.
const ENLISTED_RANKS: &[&str] = &[
    "prada", "pratu", "praka", "kopda", "koptu", "kopka", "serda", "sertu", "serka", "serma",
    "pelda", "peltu", "letda", "lettu", "bripda", "brigpol", "aipda",
];

/// Countries that often stand before a title-less name in a role (`Presiden AS Biden`).
/// Lowercase words that may sit inside a name: `Bank of America`, `Kementerian Hukum dan HAM`,
/// `Legiun untuk Kebebasan Rusia`, `Ludwig van Beethoven`, `Rusia selatan`.
const NAME_CONNECTORS: &[&str] = &[
    "of", "the", "and", "for", "on", "de", "del", "della", "da", "di", "van", "von", "der", "den",
    "la", "le", "du", "bin", "binti", "bint", "dan", "untuk", "atas", "dari", "dalam", "se",
];

/// Whether a word inside a tagged span cannot belong to the name: a lowercase word that is not
/// a connector, or a day name. (`on` is a connector for `Council on Foreign Relations`;
/// `Beijing on Tuesday` ends at the day name and then sheds the dangling `on`.)
fn breaks_name(word: &str, lower: &str) -> bool {
    let Some(first) = word.chars().next() else {
        return false;
    };
    if !first.is_lowercase() {
        // Day names never belong to a name (`Beijing on Tuesday`, `Jakarta Senin`).
        return super::numeric::is_weekday(lower);
    }
    if lower.starts_with("al-") || lower.starts_with("el-") || lower.starts_with("ke-") {
        return false;
    }
    !listed!(NAME_CONNECTORS, lower) && !DIRECTIONS.contains(&lower)
}

/// A lowercase place word (`desa`, `kota`, `village`), also reduplicated as a plural
/// (`desa-desa`).
fn is_place_word(lower: &str) -> bool {
    let single = unreduplicated(lower);
    trigger_class(single) & T_PLACE != 0 && !matches!(single, "negara" | "negeri" | "republik")
}

/// A reduplicated plural's single form (`desa-desa` -> `desa`); any other word as it is.
fn unreduplicated(lower: &str) -> &str {
    match lower.split_once('-') {
        Some((a, b)) if a == b => a,
        _ => lower,
    }
}

/// Words that complete a rank or title (`Ajun Komisaris Besar`, `Komisaris Jenderal Polisi`,
/// `Marsekal Madya`, `Secretary General`), and the corps an officer's rank names (`Kolonel
/// Penerbang`, `Letnan Kolonel Pelaut`, `Kapten Arh`, `Letkol Inf`).
const RANK_MODIFIERS: &[&str] = &[
    "ajun",
    "besar",
    "polisi",
    "utama",
    "muda",
    "madya",
    "pertama",
    "dua",
    "satu",
    "general",
    "penerbang",
    "pelaut",
    "laut",
    "udara",
    "marinir",
    "inf",
    "arh",
    "kav",
    "czi",
    "cpl",
    "cku",
    "cba",
    "chb",
    "ckm",
    "cpm",
    "pnb",
    "tek",
    "kes",
    "psk",
    "lek",
    "adm",
];

/// Words before `Jenderal` that make it a civil office, not a rank (`Direktur Jenderal Pajak`,
/// `Sekretaris Jenderal Komite Anti Korupsi`, `Konsulat Jenderal Republik Indonesia`), and
/// places named after an officer (`Stadion Kapten I Wayan Dipta`).
const RANK_NOT_AFTER: &[&str] = &[
    "direktur",
    "direktorat",
    "sekretaris",
    "konsulat",
    "konsul",
    "kedutaan",
    "jaksa",
    "inspektorat",
    "stadion",
    "bandara",
    "jalan",
    "jl",
    "jln",
    "stadium",
    "director",
];

/// English titles written right before a name (`Governor Oleh Kiper`, `Secretary General
/// Mark Rutte`). Indonesian text writes its own (`Gubernur`), whose next capitalised words are
/// often a place (`Gubernur Jawa Barat`), so only these open a name by themselves.
const ENGLISH_TITLES: &[&str] = &[
    "president",
    "governor",
    "minister",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "secretary",
    "chairman",
    "chairwoman",
    "senator",
    "mayor",
    "chancellor",
    "ambassador",
    "commissioner",
    "judge",
    "sheriff",
];

/// Military and police ranks: at the end of an organisation's span they begin the next
/// person's role (`Polda Metro Jaya Kombes Argo Yuwono`).
pub(crate) const RANKS: &[&str] = &[
    "jenderal",
    "jendral",
    "kolonel",
    "letkol",
    "letnan",
    "mayor",
    "kapten",
    "brigjen",
    "mayjen",
    "letjen",
    "irjen",
    "komjen",
    "kombes",
    "akbp",
    "akp",
    "kompol",
    "iptu",
    "ipda",
    "aiptu",
    "bripka",
    "brigadir",
    "laksamana",
    "laksda",
    "laksma",
    "marsekal",
    "marsda",
    "marsma",
    "inspektur",
    "komisaris",
];

/// Compass words that make a region of a country (`Korea Utara`, `Afrika Selatan`).
const DIRECTIONS: &[&str] = &[
    "utara", "selatan", "barat", "timur", "tengah", "raya", "baru", "laut", "north", "south",
    "east", "west", "central",
];

const COUNTRY_WORDS: &[&str] = &[
    "as",
    "amerika",
    "rusia",
    "ukraina",
    "inggris",
    "china",
    "tiongkok",
    "jepang",
    "jerman",
    "prancis",
    "perancis",
    "israel",
    "iran",
    "india",
    "indonesia",
    "ri",
    "turki",
    "korea",
    "korut",
    "korsel",
    "arab",
    "belarus",
    "polandia",
    "russia",
    "ukraine",
    "us",
    "u.s.",
    "uk",
    "chechnya",
    "palestina",
    "suriah",
    "irak",
    "mesir",
    "kanada",
    "australia",
    "malaysia",
    "singapura",
    "filipina",
    "thailand",
    "vietnam",
    "pakistan",
    "afghanistan",
    "uni",
    "eropa",
    "nato",
    "pbb",
    "un",
    "eu",
    "ue",
];

/// Titles of princes and princesses, before a given name (`Pangeran George`, `Putri
/// Charlotte`). `Ratu`/`Raja`/`Sultan` are [`RULER_TITLES`]: they as often name a country's or a
/// region's ruler (`Ratu Belanda`, `Sultan Yogyakarta`).
const ROYAL_TITLES: &[&str] = &["pangeran", "putri", "prince", "princess"];

/// Rulers' titles (`Raja Salman`, `Ratu Elizabeth`): before a given name as royal titles are,
/// but also before the land ruled (`Ratu Belanda`, `Sultan Yogyakarta`) or inside a place's
/// name (`Raja Ampat`), so a given name after one must be nothing the lists know.
const RULER_TITLES: &[&str] = &["raja", "ratu", "sultan", "king", "queen"];

/// The royal title before word `n` (`Pangeran` of `--Pangeran George`), if word `n` is a given
/// name after it: one capitalised word (GeoNames lists cities called George and Charlotte, so
/// the lists alone call them places) that names no country (`Putri Indonesia`), no listed
/// organisation and no institution, with no capitalised word after it.
fn royal_title_before<'p>(gaz: &Gazetteer, para: &'p Para<'_>, n: usize) -> Option<&'p str> {
    if n == 0 {
        return None;
    }
    // `--Pangeran George`: a dash glued to the title is no part of it.
    let title = para.word(n - 1).trim_start_matches('-');
    let (w, l) = (para.word(n), para.lower(n));
    let t = para.lower(n - 1).trim_start_matches('-');
    // (`Raja Game`, a shop: an ordinary word is no given name.)
    // (`Pangeran Biru`, the Blue Prince, is Persib's nickname: a word the news writes in lower
    // case is no given name after either kind of title.)
    let ruler = RULER_TITLES.contains(&t)
        && gaz.kind_of(w).is_none()
        && gaz.kind_of(para.slice(n - 1, n + 1)).is_none();
    (is_cap(title)
        && (ROYAL_TITLES.contains(&t) || ruler)
        && !matches!(para.cap_bucket(n), 1 | 2)
        && is_cap(w)
        && w.chars().any(char::is_lowercase)
        && !listed!(COUNTRY_WORDS, l)
        && gaz.kind_of(w) != Some(EntityKind::Organization)
        && trigger_class(l) & (T_ORG | T_PLACE) == 0
        && !is_org_head(l)
        && !(n + 1 < para.toks.len() && is_cap(para.word(n + 1))))
    .then_some(title)
}

/// Geographic feature words that open a place's name (`Teluk Jakarta`, `Selat Sunda`, `Laut
/// China Selatan`). Not `Pulau`, `Kota` or `Provinsi`, which the gold treats like a type word
/// before the place's own name (`Bali`, also `Pulau Bali`).
const GEO_HEADS: &[&str] = &[
    "teluk",
    "selat",
    "gunung",
    "danau",
    "sungai",
    "tanjung",
    "laut",
    "semenanjung",
    "lembah",
    "samudra",
    "samudera",
];

/// First words of schools and universities (`Universitas Bung Karno`, `SMA Negeri 1 Jember`).
const INSTITUTION_HEADS: &[&str] = &[
    "universitas",
    "university",
    "institut",
    "politeknik",
    "akademi",
    "sekolah",
    "madrasah",
    "sma",
    "smp",
    "smk",
    "sd",
    "sdn",
    "sman",
    "smpn",
    "smkn",
];

/// Final words that make a name an organisation (`Khorne Group`, `Daily Star`, `Ocean Hugger
/// Foods`, `Airy Rooms`).
fn is_org_head(lower: &str) -> bool {
    matches!(
        lower,
        "group"
            | "grup"
            | "news"
            | "times"
            | "post"
            | "star"
            | "agency"
            | "corps"
            | "korps"
            | "inc"
            | "ltd"
            | "corp"
            | "company"
            | "party"
            | "tbk"
            | "fc"
            | "university"
            | "institute"
            | "council"
            | "committee"
            | "ministry"
            | "army"
            | "brigade"
            | "batalyon"
            | "battalion"
            | "resimen"
            | "regiment"
            | "legion"
            | "legiun"
            | "entertainment"
            | "records"
            | "studios"
            | "pictures"
            | "motors"
            | "airways"
            | "kementerian"
            | "partai"
            | "badan"
            | "komisi"
            | "dewan"
            | "bank"
            | "telegraph"
            | "gazette"
            | "herald"
            | "tribune"
            | "journal"
            | "press"
            | "media"
            | "tv"
            | "radio"
            | "airlines"
            | "air"
            | "federation"
            | "association"
            | "union"
            | "foundation"
            | "club"
            // Company names ending in an English business word (`Ocean Hugger Foods`, `Airy
            // Rooms`, a hotel network, `Tournament Software`), otherwise read as people's names.
            | "foods"
            | "rooms"
            | "software"
            | "technologies"
            | "labs"
            | "holdings"
            | "ventures"
            | "systems"
            | "solutions"
            // `Storybook Cosmetics`, `Pelni Logistics`: the same kind of word.
            | "cosmetics"
            | "pharmaceuticals"
            | "logistics"
    )
}

/// The two names on either side of the separator at `sep` in `s..e` (a score, a slash), each of
/// the span's kind. A lone head or title word (`Kementerian / Lembaga`) is no name.
fn push_sides(
    raws: &mut Vec<Raw>,
    para: &Para<'_>,
    p: usize,
    kind: EntityKind,
    (s, sep, e): (usize, usize, usize),
) {
    for (a, b) in [(s, sep), (sep + 1, e)] {
        if a >= b {
            continue;
        }
        let l = para.lower(a);
        if b == a + 1 && (trigger_class(l) & T_ORG != 0 || is_title(l)) {
            continue;
        }
        raws.push(Raw {
            p,
            s: a,
            e: b,
            kind,
            role: None,
        });
    }
}

/// Common nouns for a make's product, in Indonesian and English: after one of them, a listed
/// company and one more capitalised word (`mobil Honda Jazz`) are the brand and its model.
const PRODUCT_NOUNS: &[&str] = &[
    "mobil",
    "motor",
    "ponsel",
    "smartphone",
    "laptop",
    "tablet",
    "pesawat",
    "jet",
    "kamera",
    "car",
    "phone",
    "truk",
    "bus",
    "skuter",
];

/// Weapons (`senjata antitank NLAW`, `rudal Tomahawk`): the name after one of them, with at most
/// one lowercase word between, is the weapon's own, a product, unless a list knows it as a maker.
const WEAPON_NOUNS: &[&str] = &["senjata", "senapan", "rudal", "misil", "roket", "missile"];

/// A product's model code: one to four capitals, then digits, then at most two more capitals
/// (`S8`, `V20`, `F430`, `DTEK60`, `CB650F`). Not a mixed-case word (`Tech3`, `Trans7`, names
/// of teams and channels) nor digits first (`2NE1`).
fn is_model_code(w: &str) -> bool {
    let b = w.as_bytes();
    let letters = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    let digits = b[letters..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let tail = &b[letters + digits..];
    (1..=4).contains(&letters)
        && digits > 0
        && tail.len() <= 2
        && tail.iter().all(u8::is_ascii_uppercase)
}

/// Indonesian colour words: a national team's nicknames are its colours (`Merah Putih`).
fn is_colour(lower: &str) -> bool {
    matches!(
        lower,
        "merah" | "putih" | "biru" | "hitam" | "kuning" | "hijau" | "jingga" | "ungu" | "oranye"
    )
}

/// Words for a squad that open a team's nickname (`Tim Merah Putih`, `Srikandi Merah Putih`,
/// the women's team).
fn is_team_word(lower: &str) -> bool {
    matches!(
        lower,
        "tim" | "skuad" | "skuat" | "pasukan" | "srikandi" | "laskar" | "armada"
    )
}

/// Whether `name` is a known person's: in the people list, or a person's name in the training
/// lexicon or the stacked `auto` lexicon (kind bit 1 of [`super::gazetteer::SeenNames`]). A
/// span the tagger alone calls a person is no such evidence.
fn known_person(gaz: &Gazetteer, name: &str) -> bool {
    let n = normalize(name);
    let seen_person = |m: &super::gazetteer::SeenNames| m.get(&n).is_some_and(|b| b & 1 != 0);
    gaz.kind_of(name) == Some(EntityKind::Person)
        || seen_person(gaz.seen())
        || seen_person(gaz.auto())
}

/// `Bintang Chelsea Willian`, `Dirjen Anggaran Kemenkeu Askolani`, `legenda Inter Milan
/// Luisito Suarez`: the tagger often joins a listed organisation (a club, a ministry) to the
/// name after it, as one person or one organisation. Split such a span into the organisation
/// and the person when what follows reads as a person's name: a listed or already seen
/// person, a name the article tags as a person elsewhere, or (in a person span) two or more
/// capitalised words without digits. `Honda Jazz` or `Asus ROG Strix` (a brand and its
/// product) and listed names (`Inter Milan`) stay as they are.
fn split_org_before_person(gaz: &Gazetteer, paras: &[Para<'_>], raws: &mut Vec<Raw>) {
    let persons: std::collections::HashSet<String> = raws
        .iter()
        .filter(|r| r.kind == EntityKind::Person)
        .map(|r| normalize(paras[r.p].slice(r.s, r.e)))
        .collect();
    let mut out = Vec::with_capacity(raws.len());
    for r in raws.drain(..) {
        let para = &paras[r.p];
        // `Twitter Anda` (your Twitter): a pronoun after a listed organisation is no name.
        let pronoun = |k: usize| r.e == r.s + k + 1 && PRONOUNS.contains(&para.lower(r.s + k));
        let mut product = false;
        let split = (r.e - r.s >= 2 && gaz.kind_of(para.slice(r.s, r.e)).is_none())
            .then(|| {
                (1..=3usize).rev().filter(|&k| r.s + k < r.e).find(|&k| {
                    if gaz.kind_of(para.slice(r.s, r.s + k)) != Some(EntityKind::Organization) {
                        return false;
                    }
                    if pronoun(k) {
                        product = true;
                        return true;
                    }
                    if r.kind == EntityKind::Place {
                        return false;
                    }
                    // `Polsek Tambun`: a bare unit word heads a longer name.
                    if k == 1 && trigger_class(para.lower(r.s)) & T_ORG != 0 {
                        return false;
                    }
                    let rest = para.slice(r.s + k, r.e);
                    // `Pemuda Muhammadiyah`: what follows is itself a listed body or place.
                    if matches!(
                        gaz.kind_of(rest),
                        Some(EntityKind::Organization | EntityKind::Place)
                    ) {
                        return false;
                    }
                    // `BNI City`, `Yonhap News`: an institution or place word ends a name.
                    if !(r.s + k..r.e).all(|i| {
                        let (w, l) = (para.word(i), para.lower(i));
                        is_cap(w)
                            && w.chars().any(char::is_lowercase)
                            && trigger_class(l) & (T_ORG | T_PLACE) == 0
                            && !is_org_head(l)
                    }) || rest.chars().any(|c| c.is_ascii_digit())
                    {
                        return false;
                    }
                    let norm = normalize(rest);
                    let person = known_person(gaz, rest)
                        || persons.contains(&norm)
                        || (r.kind == EntityKind::Person && r.e - (r.s + k) >= 2);
                    // `Google Glass`, `Hyundai Kona` tagged as a person: a listed company and one
                    // capitalised word that reads as no person's name is the brand and its product;
                    // products are no entities, the brand is. (Organisation spans are left alone:
                    // `Arema Cronus` is a club's full name.)
                    // A hyphenated word (`Eco-marathon`, `Al-Sham`) more often ends an event's or a
                    // group's own name than a product's, and a title before a name (`Prada Danar`,
                    // private Danar) is no brand.
                    // An organisation span is a product only after a product noun (`mobil
                    // Honda Jazz`, `ponsel Samsung Galaxy`): the noun says what is named.
                    let after_product_noun =
                        r.s > 0 && PRODUCT_NOUNS.contains(&para.lower(r.s - 1));
                    // A company listed under its own bare name (no club's short form: `Juve`,
                    // `Spurs`) before one plain word the lists do not know is its product too,
                    // with no noun before it (`Hyundai Kona harus laku …`): a company's own
                    // unit or subsidiary is written with an institution or place word, which
                    // the checks above keep whole (`Samsung Electronics`, `Google Indonesia`).
                    let bare_brand = k == 1
                        && gaz.canonical(para.word(r.s)).is_none()
                        && !is_team_word(para.lower(r.s))
                        && gaz.kind_of(rest).is_none()
                        && rest.chars().skip(1).all(|c| !c.is_uppercase())
                        // (`Chelsea Islan`, an actress: a name seen as a person's whole.)
                        && !known_person(gaz, para.slice(r.s, r.e));
                    if !person
                        && (r.kind == EntityKind::Person
                            || (r.kind == EntityKind::Organization
                                && (after_product_noun || bare_brand)))
                        && r.e - (r.s + k) == 1
                        && !rest.contains('-')
                        && !(r.s..r.s + k).any(|i| is_title(para.lower(i)))
                    {
                        product = true;
                        return true;
                    }
                    person
                })
            })
            .flatten();
        match split {
            Some(k) => {
                out.push(Raw {
                    p: r.p,
                    s: r.s,
                    e: r.s + k,
                    kind: EntityKind::Organization,
                    role: None,
                });
                if !product {
                    out.push(Raw {
                        s: r.s + k,
                        kind: EntityKind::Person,
                        ..r
                    });
                }
            }
            None => out.push(r),
        }
    }
    *raws = out;
}

/// The last words (lowercase) of the listed organisations an article names in full with two or
/// more words (`dortmund` of `Borussia Dortmund`, `wolfsburg` of `VfL Wolfsburg`): the short
/// forms by which the article may mention those clubs again. Not a body of the city (`Pemkot
/// Bandung`, `Universitas Jember`): its words would be organisation triggers.
fn listed_club_tails(gaz: &Gazetteer, paras: &[Para<'_>], raws: &[Raw]) -> Vec<String> {
    raws.iter()
        .filter(|r| r.kind == EntityKind::Organization && r.e - r.s >= 2)
        .filter(|r| gaz.kind_of(paras[r.p].slice(r.s, r.e)) == Some(EntityKind::Organization))
        .filter(|r| (r.s..r.e - 1).all(|i| trigger_class(paras[r.p].lower(i)) & T_ORG == 0))
        .flat_map(|r| {
            // `Leicester City`, `Leicester` for short: a listed town inside the name is a short
            // form as well as the last word (not a country: `Timnas Indonesia`).
            let para = &paras[r.p];
            (r.s..r.e - 1)
                .filter(move |&i| {
                    is_cap(para.word(i))
                        && !listed!(COUNTRY_WORDS, para.lower(i))
                        && gaz.kind_of(para.word(i)) == Some(EntityKind::Place)
                })
                .chain(std::iter::once(r.e - 1))
                .map(move |i| para.lower(i).to_string())
        })
        .collect()
}

/// `Bupati Ogan Ilir Ilyas Panji Alam` tagged as the place `Ogan` and the person `Ilir Ilyas
/// Panji Alam`, `direktur olahraga Wolfsburg Olaf Rebbe` tagged as one person: the tagger ran
/// the end of a listed name, or a club's short form, into the name of the person after it. When
/// the place or organisation before the person and the person's first words make a listed name
/// (`Ogan Ilir`), those words go back to it; a first word that is the last word of a listed
/// organisation the article names in full (`Wolfsburg` of `VfL Wolfsburg`) is a mention of that
/// club and is dropped from the name, as [`city_clubs`] drops the club's other short mentions.
/// Either way only when two or more capitalised words are left for the person.
fn split_listed_before_person(gaz: &Gazetteer, paras: &[Para<'_>], raws: &mut [Raw]) {
    let tails = listed_club_tails(gaz, paras, raws);
    for i in 0..raws.len() {
        let (p, s, e) = (raws[i].p, raws[i].s, raws[i].e);
        let para = &paras[p];
        let name_word = |k: usize| {
            let w = para.word(k);
            is_cap(w)
                && w.chars().any(char::is_lowercase)
                && !w.chars().any(|c| c.is_ascii_digit())
                && !is_title(para.lower(k))
        };
        if raws[i].kind != EntityKind::Person
            || e - s < 3
            || !(s..e).all(name_word)
            || gaz.kind_of(para.slice(s, e)).is_some()
        {
            continue;
        }
        let mut cut = None;
        if i > 0 {
            let q = &raws[i - 1];
            if q.p == p && q.e == s && q.kind != EntityKind::Person {
                cut = (1..=2usize)
                    .rev()
                    .filter(|&k| e - (s + k) >= 2)
                    .find_map(|k| {
                        gaz.kind_of(para.slice(q.s, s + k))
                            .filter(|&kind| kind != EntityKind::Person)
                            .map(|kind| (k, kind))
                    });
            }
        }
        if let Some((k, kind)) = cut {
            raws[i - 1].e = s + k;
            raws[i - 1].kind = kind;
            raws[i].s = s + k;
        } else if tails.iter().any(|t| t == para.lower(s))
            && gaz.kind_of(para.word(s)) != Some(EntityKind::Person)
        {
            raws[i].s = s + 1;
        } else {
            continue;
        }
        if let Some(role) = find_role(para, raws[i].s, e) {
            raws[i].role = Some(role);
        }
    }
}

/// A match score (`0-1`, `3-2`): digits, one hyphen or en dash, digits.
fn is_score(w: &str) -> bool {
    let Some((a, b)) = w.split_once(['-', '–']) else {
        return false;
    };
    !a.is_empty()
        && !b.is_empty()
        && a.len() <= 2
        && b.len() <= 2
        && a.chars().chain(b.chars()).all(|c| c.is_ascii_digit())
}

/// The end of a capitalised name starting at `s` that is followed by an appositive place
/// description: `, sebuah kota`, `, desa`, `, a village`. The article (`sebuah`, `a`) is needed
/// after a sentence-initial word, where `Kemarin, kota itu …` would otherwise qualify; words
/// usually written in lower case never start such a name.
fn described_place(para: &Para<'_>, s: usize) -> Option<usize> {
    let n = para.toks.len();
    let starts_name = |i: usize| {
        is_cap(para.word(i)) && !is_punct(para.word(i)) && para.word(i).chars().count() > 2
    };
    // Asked of every word of every paragraph, and nearly every word fails the first test:
    // the cheap tests come first.
    if !starts_name(s) || (s > 0 && starts_name(s - 1)) {
        return None;
    }
    // After a clock time the word is a time zone (`pukul 02.30 Wita, wilayah …`).
    let after_number = s > 0 && para.word(s - 1).chars().any(|c| c.is_ascii_digit());
    if after_number {
        return None;
    }
    let mut e = s + 1;
    while e < n && e - s < 3 && starts_name(e) {
        e += 1;
    }
    if e + 2 >= n || para.word(e) != "," {
        return None;
    }
    let mut k = e + 1;
    let article = matches!(para.lower(k), "sebuah" | "suatu" | "a" | "an");
    if article {
        k += 1;
    }
    let sentence_start = s == 0 || matches!(para.word(s - 1), "." | "!" | "?" | "“" | "\"" | ":");
    let word = para.lower(k);
    let ok = is_place_word(word) && (article || !sentence_start) && !is_cap(para.word(k));
    // The capitalisation lexicon is a large map, so its look-up (a cache miss for most words)
    // comes last, once the cheap tests on the words after the name have passed.
    (ok && !matches!(para.cap_bucket(s), 1 | 2)).then_some(e)
}

fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Word `k` could be a word of a person's name after an employer written into the same span
/// (`Kemendagri Irman`, `Partai Golkar Setya Novanto`): capitalised with lower-case letters
/// (no acronym, no punctuation), no organisation or place trigger, no organisation head or
/// title, and nothing the lists know as a place or an organisation.
fn plain_name_word(gaz: &Gazetteer, para: &Para<'_>, k: usize) -> bool {
    let (w, l) = (para.word(k), para.lower(k));
    is_cap(w)
        && w.chars().any(char::is_lowercase)
        && trigger_class(l) & (T_ORG | T_PLACE) == 0
        && !is_org_head(l)
        && !is_title(l)
        && !matches!(
            gaz.kind_of(w),
            Some(EntityKind::Place | EntityKind::Organization)
        )
}

fn is_punct(w: &str) -> bool {
    w.chars().all(|c| !c.is_alphanumeric())
}

impl<'a> Para<'a> {
    fn word(&self, i: usize) -> &str {
        self.toks[i].text(self.text)
    }
    fn slice(&self, s: usize, e: usize) -> &str {
        &self.text[self.toks[s].start..self.toks[e - 1].end]
    }
    pub(crate) fn lower_words(&self) -> &[Lower<'a>] {
        &self.lower
    }

    fn lower(&self, i: usize) -> &str {
        &self.lower[i]
    }

    /// `gaz.cap_bucket(self.lower(i))`.
    fn cap_bucket(&self, i: usize) -> u8 {
        self.caps[i]
    }
}

/// Tags every paragraph and returns raw mentions (token ranges).
/// Tagged chunks of each paragraph: `(first word, end word, kind)`.
pub(crate) type Tagged = Vec<Vec<(usize, usize, EntityKind)>>;

pub(crate) fn tag_paragraphs<'a>(
    model: &Model,
    paragraphs: &'a [String],
) -> (Vec<Para<'a>>, Tagged) {
    let mut paras = Vec::with_capacity(paragraphs.len());
    let mut tagged = Vec::with_capacity(paragraphs.len());
    for text in paragraphs {
        let toks = tokenize(text);
        let words: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
        let lower: Vec<Lower<'a>> = toks.iter().map(|t| lowercase(t.text(text))).collect();
        let (flags, seen) = model.gazetteer().flags_and_names(&words, &lower);
        let infos = model.word_infos(&words, &lower);
        let mut found = Vec::new();
        for r in sentences(text, &toks) {
            let off = r.start;
            let labels = model.tag_prepared(
                &words[r.clone()],
                &lower[r.clone()],
                &flags[r.clone()],
                &seen[r.clone()],
                &infos[r],
            );
            for (s, e, k) in chunks(&labels) {
                found.push((s + off, e + off, KINDS[k]));
            }
        }
        let caps = infos.iter().map(|x| x.caps).collect();
        paras.push(Para {
            text,
            toks,
            lower,
            flags,
            caps,
        });
        tagged.push(found);
    }
    (paras, tagged)
}

/// Role phrase written before the name at token `s` (`Presiden Rusia Vladimir Putin`,
/// `Gubernur wilayah Belgorod yang terkepung, Vyacheslav Gladkov`) or after it as an apposition.
fn find_role(para: &Para<'_>, s: usize, e: usize) -> Option<String> {
    if let Some(first) = role_before(para, s) {
        // `Mr Johnson`, `Pak Basuki`: a courtesy title alone says nothing about what the person
        // does (the guidelines strip it from names like any title), so it is no role. (Nor is
        // what a comma before it holds: `Bapak Aziz S, Bapak Masinton Pasaribu` lists people.)
        if (first..s).all(|i| is_courtesy(para.lower(i))) {
            return None;
        }
        return Some(para.slice(first, s).to_string());
    }
    find_role_around(para, s, e)
}

/// English nouns a demonym qualifies (`the Kenyan government`, `Syrian troops`).
const DEMONYM_HEADS: &[&str] = &[
    "government",
    "army",
    "military",
    "police",
    "president",
    "minister",
    "ministry",
    "officials",
    "authorities",
    "forces",
    "troops",
    "embassy",
    "parliament",
    "navy",
    "people",
    "media",
];

/// `Rwandan`, `Nigerian`, `Iranian`, `Mexican`, `Japanese`: the adjective of a listed place.
fn is_demonym(gaz: &Gazetteer, lower: &str) -> bool {
    let mut stems: Vec<String> = Vec::new();
    for (suffix, ends) in [
        ("ian", &["", "a", "y"][..]),
        ("an", &["", "a", "o"][..]),
        ("n", &[""][..]),
        ("ese", &["", "a"][..]),
    ] {
        if let Some(stem) = lower.strip_suffix(suffix) {
            stems.extend(ends.iter().map(|e| format!("{stem}{e}")));
        }
    }
    stems
        .iter()
        .any(|s| s.chars().count() >= 4 && gaz.kind_of(s) == Some(EntityKind::Place))
}

/// Forms of address that are no office, rank or occupation.
fn is_courtesy(lower: &str) -> bool {
    matches!(
        lower.trim_end_matches('.'),
        "mr" | "mrs"
            | "ms"
            | "miss"
            | "mx"
            | "madam"
            | "pak"
            | "bu"
            | "bapak"
            | "ibu"
            | "tuan"
            | "nyonya"
            | "nona"
            | "saudara"
            | "saudari"
            | "sdr"
            | "sdri"
    )
}

/// Start of a role written right before the name at `s` (`Presiden Rusia`, `Russian President`).
fn role_before(para: &Para<'_>, s: usize) -> Option<usize> {
    let mut j = s;
    while j > 0 && s - j < 8 {
        let w = para.word(j - 1);
        // The paragraph's lowercase form of the word (what `w.to_lowercase()` gives).
        let l = para.lower(j - 1);
        let ok = is_title(l) || listed!(ROLE_CONNECTORS, l) || (is_cap(w) && !is_punct(w));
        if !ok {
            break;
        }
        j -= 1;
    }
    if let Some(mut first) = (j..s).find(|&i| is_title(para.lower(i))) {
        // `Putra Mahkota Arab Saudi Mohammed bin Salman`: `Putra` (otherwise a given name)
        // opens the title `Putra Mahkota`, crown prince.
        if first > 0 && para.lower(first) == "mahkota" && para.lower(first - 1) == "putra" {
            first -= 1;
        }
        // `Russian President`, `U.S. Secretary`: a proper adjective before the title.
        while first > j
            && is_cap(para.word(first - 1))
            && !matches!(para.cap_bucket(first - 1), 1 | 2)
        {
            first -= 1;
        }
        return Some(first);
    }
    None
}

/// A role set off by commas: `<role> [yang ...], Name` or `Name, <role>,`.
fn find_role_around(para: &Para<'_>, s: usize, e: usize) -> Option<String> {
    // B: `<role> [yang ...], Name`
    if s >= 2 && para.word(s - 1) == "," {
        let end = s - 1;
        let mut k = end;
        while k > 0 && end - k < 12 {
            let w = para.word(k - 1);
            if is_punct(w) && w != "-" {
                break;
            }
            k -= 1;
        }
        let start = if k < end && matches!(para.lower(k), "sang" | "the" | "seorang") {
            k + 1
        } else {
            k
        };
        if start < end && is_title(para.lower(start)) {
            let stop = (start..end)
                .find(|&i| matches!(para.lower(i), "yang" | "who" | "which"))
                .unwrap_or(end);
            if stop > start {
                return Some(para.slice(start, stop).to_string());
            }
        }
    }
    // C: `Name, <role>,`
    if e + 1 < para.toks.len() && para.word(e) == "," && is_title(para.lower(e + 1)) {
        let mut k = e + 1;
        while k < para.toks.len() && k - e <= 8 && !is_punct(para.word(k)) {
            k += 1;
        }
        if k < para.toks.len() && para.word(k) == "," {
            return Some(para.slice(e + 1, k).to_string());
        }
    }
    None
}

/// Words right before a city that make it the club named after it (`markas Stuttgart`,
/// `pertahanan Stuttgart`, `pelatih Bandung`): a city has no home ground, defence or coach.
const CLUB_BEFORE: &[&str] = &[
    "markas",
    "kubu",
    "skuad",
    "skuat",
    "pelatih",
    "kiper",
    "bek",
    "gelandang",
    "striker",
    "winger",
    "penyerang",
    "pertahanan",
    "keunggulan",
    "menjamu",
    "dijamu",
    "kontra",
    "mengalahkan",
    "dikalahkan",
    "ditahan",
    "menahan",
    "menundukkan",
    "ditundukkan",
    "membungkam",
    "dibungkam",
    "menekuk",
    "mencukur",
];

/// Words right after a city that make it the club (`Bandung menang`, `Stuttgart unggul`).
const CLUB_AFTER: &[&str] = &[
    "menang",
    "kalah",
    "unggul",
    "takluk",
    "menjamu",
    "dijamu",
    "ditahan",
    "membungkam",
    "menundukkan",
    "mengalahkan",
    "dikalahkan",
];

/// Words before a city that keep it the place (`pulang ke Madrid`, `kota Dortmund`, `luar
/// Bandung`). The comma of an address (`Rumah Sakit Santo Yusup, Bandung`) does the same; a
/// clause's comma (`sejak awal, Stuttgart mampu`) does not.
const LOCATIVES: &[&str] = &[
    "di",
    "ke",
    "dari",
    "kota",
    "menuju",
    "wilayah",
    "asal",
    "kawasan",
    "warga",
    "luar",
    "dalam",
    "sekitar",
    "daerah",
    "provinsi",
    "kabupaten",
    "in",
    "at",
];

/// Clubs named by their city (`Dortmund tetap …`, `markas Stuttgart`). In a sports article a bare
/// city is the club when a club cue stands next to one of its mentions, or when the article
/// also names a listed club that ends with it (`Borussia Dortmund`); then every mention of it
/// that no locative opens (`di Dortmund` stays the city) is the club. A mention of a club the
/// article names in full, not a body of the city, is dropped (the guidelines list `Dortmund` in `Borussia Dortmund`'s
/// `also`, not apart); others become organisations (`Stuttgart`).
fn city_clubs(gaz: &Gazetteer, paras: &[Para<'_>], raws: &mut Vec<Raw>) {
    let sporty = paras.iter().any(|p| {
        p.lower_words().iter().any(|w| {
            matches!(
                &**w,
                "gol" | "laga" | "klasemen" | "pertandingan" | "liga" | "klub" | "kiper"
            )
        })
    });
    if !sporty {
        return;
    }
    let city = |r: &Raw| {
        r.kind == EntityKind::Place
            && r.e == r.s + 1
            && !listed!(COUNTRY_WORDS, paras[r.p].lower(r.s))
            && gaz.kind_of(paras[r.p].word(r.s)) == Some(EntityKind::Place)
    };
    let before = |r: &Raw| (r.s > 0).then(|| paras[r.p].lower(r.s - 1));
    let after = |r: &Raw| (r.e < paras[r.p].toks.len()).then(|| paras[r.p].lower(r.e));
    // Cities with a club cue next to one mention.
    let mut clubs: Vec<String> = Vec::new();
    for r in raws.iter().filter(|r| city(r)) {
        let cue = before(r).is_some_and(|w| listed!(CLUB_BEFORE, w))
            || after(r).is_some_and(|w| CLUB_AFTER.contains(&w));
        let w = paras[r.p].lower(r.s).to_string();
        // Only a city some listed club or body is named after (`VfB Stuttgart`, `Persib
        // Bandung`): a country before `pelatih` or after `kalah` is its national team, which
        // the guidelines keep as the country.
        if cue && gaz.in_org_name(&w) && !clubs.contains(&w) {
            clubs.push(w);
        }
    }
    // Listed clubs the article names in full, by their last word (`dortmund`).
    let full = listed_club_tails(gaz, paras, raws);
    let address =
        |r: &Raw| r.s >= 2 && paras[r.p].word(r.s - 1) == "," && is_cap(paras[r.p].word(r.s - 2));
    // `Atletico`, `Bayern` tagged as people where the article names `Atletico Madrid`, `Bayern
    // Munich`: short forms of a listed club, mentions of it rather than names of their own.
    let club_words: Vec<&str> = raws
        .iter()
        .filter(|r| r.kind == EntityKind::Organization && r.e - r.s >= 2)
        .filter(|r| gaz.kind_of(paras[r.p].slice(r.s, r.e)) == Some(EntityKind::Organization))
        .flat_map(|r| (r.s..r.e).map(|i| paras[r.p].lower(i)))
        .collect();
    raws.retain(|r| {
        !(r.kind == EntityKind::Person
            && r.e == r.s + 1
            && club_words.contains(&paras[r.p].lower(r.s))
            && gaz.kind_of(paras[r.p].word(r.s)).is_none())
    });
    raws.retain_mut(|r| {
        if !city(r) || before(r).is_some_and(|w| LOCATIVES.contains(&w)) || address(r) {
            return true;
        }
        let w = paras[r.p].lower(r.s);
        if full.iter().any(|f| f == w) {
            return false;
        }
        if clubs.iter().any(|c| c == w) {
            r.kind = EntityKind::Organization;
        }
        true
    });
}

/// Verbs that cite a source (`seperti dilansir Calciomercato`, `dikutip dari laman Gulfnews`):
/// what they cite is a news outlet, a website or an agency, never a place, and a person only
/// when the tagger or a list says so.
const CITE_CUES: &[&str] = &["dilansir", "melansir", "lansir", "dikutip"];

/// Common nouns that may stand between a citing verb and the outlet's name (`dilansir dari
/// laman resmi Tribratanews`).
const CITE_FILLERS: &[&str] = &[
    "dari", "laman", "situs", "media", "portal", "harian", "resmi", "kantor", "berita", "majalah",
];

/// `seperti dilansir Calciomercato`, `dikutip dari GSM Arena`, `dilansir dari boldsky.com`: the
/// name a citing verb introduces is the outlet cited, which the guidelines count as an
/// organisation. The tagger, which sees the name but not what the verb implies, calls an
/// unfamiliar outlet a person (`Calciomercato`, `Gulfnews`) or a place (`Tribratanews`, `GSM
/// Arena`), or misses it (`A Bola`, `boldsky.com`). A name the lists give a kind keeps it
/// (`dikutip dari Jokowi` cites what he said); an untagged name is up to three capitalised
/// words, or a bare domain.
fn cited_outlets(gaz: &Gazetteer, paras: &[Para<'_>], tagged: &mut Tagged) {
    for (p, para) in paras.iter().enumerate() {
        let n = para.toks.len();
        for i in 0..n {
            if !CITE_CUES.contains(&para.lower(i)) {
                continue;
            }
            let mut j = i + 1;
            while j < n && !is_cap(para.word(j)) && CITE_FILLERS.contains(&para.lower(j)) {
                j += 1;
            }
            if j >= n {
                continue;
            }
            let found = &mut tagged[p];
            if let Some(c) = found.iter_mut().find(|c| c.0 == j) {
                if gaz.kind_of(para.slice(c.0, c.1)).is_none() {
                    c.2 = EntityKind::Organization;
                }
                continue;
            }
            if found.iter().any(|c| c.0 < j && j < c.1) {
                continue;
            }
            let e = if is_domain(para.word(j)) {
                j + 1
            } else {
                untagged_name_end(para, j)
            };
            // `Melansir E! News`: a lone letter before punctuation is too little to name.
            let letters = |s: &str| s.chars().filter(|c| c.is_alphabetic()).count();
            if e > j && letters(para.slice(j, e)) > 1 && gaz.kind_of(para.slice(j, e)).is_none() {
                found.push((j, e, EntityKind::Organization));
                found.sort_by_key(|c| (c.0, c.1));
            }
        }
    }
}

/// End of the name that a cue word introduces at token `j` when the tagger tagged nothing
/// there: up to three capitalised words (not titles, weekdays or the pronoun `Anda`), with
/// `and`/`of`/`&` inside (`Travel and Leisure`, `Times of India`) and a closing number (`Sport
/// 1`). `j` when no name starts there.
fn untagged_name_end(para: &Para<'_>, j: usize) -> usize {
    let n = para.toks.len();
    let name_word = |k: usize| {
        is_cap(para.word(k))
            && !is_punct(para.word(k))
            && !is_title(para.lower(k))
            && !super::numeric::is_weekday(para.lower(k))
            && para.lower(k) != "anda"
    };
    let mut e = j;
    let mut words = 0;
    while e < n && words < 3 {
        if name_word(e) {
            e += 1;
            words += 1;
        } else if e > j
            && e + 1 < n
            && matches!(para.lower(e), "and" | "of" | "&")
            && name_word(e + 1)
        {
            e += 2;
            words += 1;
        } else if e > j && para.word(e).chars().all(|c| c.is_ascii_digit()) {
            e += 1;
            break;
        } else {
            break;
        }
    }
    e
}

/// `desa Ustinka`, `kabupaten Sleman`, `village of Kozinka`: a capitalised name right after a
/// lowercase word for a settlement or an administrative unit names that place, even when the
/// tagger, which sees the word only as a feature, tagged nothing there (names of small villages
/// are rare words with noisy clusters). Only settlement words: after `wilayah`, `kawasan` or
/// `jalan` a capital may open an organisation or a street. A name the lists give another kind
/// keeps it (`kota Persib` is no phrase; `kabupaten Bupati …` no place).
fn names_after_settlement_words(gaz: &Gazetteer, paras: &[Para<'_>], tagged: &mut Tagged) {
    for (p, para) in paras.iter().enumerate() {
        let n = para.toks.len();
        for i in 0..n.saturating_sub(1) {
            let single = unreduplicated(para.lower(i));
            if is_cap(para.word(i)) || !listed!(SETTLEMENT_WORDS, single) {
                continue;
            }
            let j = if matches!(single, "village" | "town" | "province")
                && i + 2 < n
                && para.lower(i + 1) == "of"
            {
                i + 2
            } else {
                i + 1
            };
            let found = &mut tagged[p];
            if found.iter().any(|c| c.0 <= j && j < c.1) {
                continue;
            }
            let e = untagged_name_end(para, j);
            if e > j
                && (j..e).all(|k| para.word(k).chars().any(char::is_alphabetic))
                && gaz
                    .kind_of(para.slice(j, e))
                    .is_none_or(|k| k == EntityKind::Place)
                && !found.iter().any(|c| c.0 < e && j < c.1)
            {
                found.push((j, e, EntityKind::Place));
                found.sort_by_key(|c| (c.0, c.1));
            }
        }
    }
}

/// `Praka Edy`, `Raja Salman`, `Pangeran George`: a capitalised name right after an enlisted
/// rank, or a given name after a royal or ruler's title ([`royal_title_before`]), names a
/// person even when the tagger, which sees the title only as a feature, tagged nothing there
/// (short given names are rare words with noisy clusters). Only untagged words, up to three
/// plain name words after a rank (none listed as another kind, no title or institution word);
/// not after `Putri`, which is also a given name and a daughter.
fn names_after_ranks_and_rulers(gaz: &Gazetteer, paras: &[Para<'_>], tagged: &mut Tagged) {
    for (p, para) in paras.iter().enumerate() {
        let n = para.toks.len();
        for j in 1..n {
            let t = para.lower(j - 1).trim_start_matches('-');
            let found = &mut tagged[p];
            if found.iter().any(|c| c.0 <= j && j < c.1) {
                continue;
            }
            let e = if listed!(ENLISTED_RANKS, t) && is_cap(para.word(j - 1)) {
                let mut e = untagged_name_end(para, j);
                // (`Praka Edy 3. Pratu …`: a list's next number is no part of the name.)
                while e > j && para.word(e - 1).chars().all(|c| c.is_ascii_digit()) {
                    e -= 1;
                }
                let plain = (j..e).all(|k| {
                    let (w, l) = (para.word(k), para.lower(k));
                    w.chars().any(char::is_lowercase)
                        && w.chars().all(char::is_alphabetic)
                        && trigger_class(l) & (T_ORG | T_PLACE) == 0
                        && !is_org_head(l)
                        && !listed!(COUNTRY_WORDS, l)
                });
                let listed = e > j
                    && gaz
                        .kind_of(para.slice(j, e))
                        .is_some_and(|k| k != EntityKind::Person);
                if plain && !listed {
                    e
                } else {
                    j
                }
            } else if t != "putri" && royal_title_before(gaz, para, j).is_some() {
                j + 1
            } else {
                j
            };
            if e > j && !found.iter().any(|c| c.0 < e && j < c.1) {
                found.push((j, e, EntityKind::Person));
                found.sort_by_key(|c| (c.0, c.1));
            }
        }
    }
}

/// A person's name the tagger cut short at a word it has little evidence for: the given name
/// before an Arabic patronymic (`Mohammed bin Salman` tagged as `Salman`), the patronymic after
/// it (`Osama` + `bin Laden`), or an initial before a surname (`Jaksa Agung M Prasetyo` tagged as
/// `Prasetyo`). Those words belong to the name whatever the tagger said of them, as long as no
/// other chunk holds them.
fn person_name_edges(paras: &[Para<'_>], tagged: &mut Tagged) {
    let initial = |w: &str| {
        let w = w.strip_suffix('.').unwrap_or(w);
        w.len() == 1 && w.chars().all(|c| c.is_ascii_uppercase())
    };
    for (p, para) in paras.iter().enumerate() {
        let n = para.toks.len();
        let found = &mut tagged[p];
        for c in 0..found.len() {
            let (s, e, kind) = found[c];
            if kind != EntityKind::Person {
                continue;
            }
            let free = |k: usize, found: &[(usize, usize, EntityKind)]| {
                !found.iter().any(|x| x.0 <= k && k < x.1)
            };
            let mut s2 = s;
            if s >= 2
                && is_patronymic(para.lower(s - 1))
                && is_cap(para.word(s - 2))
                && !is_title(para.lower(s - 2))
                && free(s - 2, found)
            {
                s2 = s - 2;
            }
            // Only an initial the role phrase would otherwise end in (`Wakil Presiden M`,
            // `AKBP M`), or the Balinese `I` before a birth-order name (`I Made`, `I Ketut`):
            // after a lowercase word, a lone capital may be the English article (`Rogue One: A
            // Star Wars Story`), and the tagger's shorter name merges more reliably.
            if s2 >= 2
                && initial(para.word(s2 - 1))
                && free(s2 - 1, found)
                && (is_cap(para.word(s2 - 2)) && !is_punct(para.word(s2 - 2))
                    || para.word(s2 - 1) == "I" && BALINESE_BIRTH_NAMES.contains(&para.lower(s2)))
            {
                s2 -= 1;
            }
            // `J.K Rowling`, `J.R.R. Tolkien`: dotted initials are a name's own, after any word
            // (no article or sentence end is written that way).
            if s2 >= 1 && dotted_initials(para.word(s2 - 1)) && free(s2 - 1, found) {
                s2 -= 1;
            }
            let mut e2 = e;
            if e + 1 < n
                && is_patronymic(para.lower(e))
                && is_cap(para.word(e + 1))
                && free(e + 1, found)
            {
                e2 = e + 2;
            }
            found[c] = (s2, e2, kind);
        }
    }
}

/// `J.K`, `J.K.`, `J.R.R.`: two or more single capitals joined by dots.
fn dotted_initials(w: &str) -> bool {
    let parts: Vec<&str> = w.trim_end_matches('.').split('.').collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|x| x.len() == 1 && x.bytes().all(|c| c.is_ascii_uppercase()))
}

/// `bin` (son of), `binti` (daughter of): in `Mohammed bin Salman` the word after it is the
/// father's name, not the person's surname, so a bare `Salman` (his father, the king) is not him.
fn is_patronymic(lower: &str) -> bool {
    matches!(lower, "bin" | "binti" | "ibn" | "bint")
}

/// Balinese birth-order names, which follow the gender prefix `I` (`I Made Wirawan`).
const BALINESE_BIRTH_NAMES: &[&str] = &[
    "wayan", "made", "nyoman", "ketut", "putu", "kadek", "komang", "gede", "nengah", "gusti",
];

/// Compass words, and `Pusat` (central), which end the names of regions and cities (`Jakarta
/// Pusat`, `Eropa Tenggara`) but name nothing alone.
const COMPASS_WORDS: &[&str] = &[
    "utara", "selatan", "timur", "barat", "tengah", "tenggara", "pusat", "north", "south", "east",
    "west",
];

/// Titles a street named after a person keeps between the street word and the name (`Jalan
/// Jenderal Sudirman`, `Jl. Jend. Gatot Subroto`, `Jalan KH Wahid Hasyim`).
const STREET_TITLES: &[&str] = &[
    "jenderal",
    "jend",
    "letjen",
    "mayjen",
    "brigjen",
    "kolonel",
    "kol",
    "laksamana",
    "marsekal",
    "dr",
    "prof",
    "ir",
    "kh",
    "h",
    "haji",
    "raden",
    "r",
    "pangeran",
    "sultan",
    "mr",
    "kyai",
];

/// Short forms and nicknames the news writes beside the full name of one referent (see the
/// grouping in [`resolve`]): the five cities of Jakarta and South Tangerang by their standard
/// contractions (the provinces' are in the alias table), public figures by the nickname the press
/// uses for them, and a club by its initials. A short form only joins a full name the same
/// article writes, so an ambiguous one (`Sandi`, `Emil`) costs nothing elsewhere.
const SHORT_FORMS: &[(&str, &str)] = &[
    ("Jaksel", "Jakarta Selatan"),
    ("Jaktim", "Jakarta Timur"),
    ("Jakbar", "Jakarta Barat"),
    ("Jakut", "Jakarta Utara"),
    ("Jakpus", "Jakarta Pusat"),
    ("Tangsel", "Tangerang Selatan"),
    ("Aher", "Ahmad Heryawan"),
    ("Emil", "Ridwan Kamil"),
    ("Kang Emil", "Ridwan Kamil"),
    ("Sandi", "Sandiaga Uno"),
    ("Sandi", "Sandiaga Salahuddin Uno"),
    ("Demiz", "Deddy Mizwar"),
    ("Ahok", "Basuki Tjahaja Purnama"),
    ("JK", "Jusuf Kalla"),
    ("Gus Dur", "Abdurrahman Wahid"),
    ("Cak Imin", "Muhaimin Iskandar"),
    ("Zulhas", "Zulkifli Hasan"),
    ("MU", "Manchester United"),
    ("ManUnited", "Manchester United"),
];

/// Administrative type words that open a place's name (`Kabupaten Garut`, `Republik Turki`) and
/// that a bare mention of the same place leaves out. `Provinsi` is stripped everywhere.
const ADMIN_WORDS: &[&str] = &[
    "kabupaten",
    "kota",
    "kecamatan",
    "kelurahan",
    "desa",
    "republik",
];

/// Lowercase words for a settlement or an administrative unit, whose capitalised complement is a
/// place name (`desa Ustinka`, `kecamatan Cibinong`).
const SETTLEMENT_WORDS: &[&str] = &[
    "desa",
    "dusun",
    "kampung",
    "kelurahan",
    "kecamatan",
    "kabupaten",
    "kota",
    "provinsi",
    "distrik",
    "village",
    "town",
    "province",
];

/// `boldsky.com`, `Crash.net`: a word ending in a dot and a short lowercase top-level domain.
fn is_domain(w: &str) -> bool {
    w.trim_end_matches('.')
        .rsplit_once('.')
        .is_some_and(|(a, b)| {
            a.chars().any(char::is_alphabetic)
                && (2..=4).contains(&b.len())
                && b.chars().all(|c| c.is_ascii_lowercase())
        })
}

/// `Paris Saint - Germain`: IndoSum's text spaces the hyphens inside names, and the tagger, which
/// never saw a name run across a lone `-`, tags the two sides apart (`Paris Saint` an
/// organisation, `Germain` a person). When capitalised words on both sides of a lone hyphen make
/// a listed name, they are that one name, in the list's kind; the longest such run wins. Only
/// listed names: `Jakarta - Bandung` (a route) or `Persib - Persija` (a fixture) stay two.
fn hyphenated_names(gaz: &Gazetteer, paras: &[Para<'_>], tagged: &mut Tagged) {
    for (p, para) in paras.iter().enumerate() {
        let n = para.toks.len();
        let word = |k: usize| is_cap(para.word(k)) && !is_punct(para.word(k));
        for i in 1..n.saturating_sub(1) {
            if para.word(i) != "-" || !word(i - 1) || !word(i + 1) {
                continue;
            }
            let mut best: Option<(usize, usize, EntityKind)> = None;
            let mut a = i;
            while a > 0 && i - a < 3 && word(a - 1) {
                a -= 1;
                let mut b = i + 1;
                while b < n && b - i <= 3 && word(b) {
                    b += 1;
                    // The list writes the hyphen closed up: `Paris Saint-Germain`.
                    let joined = format!(
                        "{}-{}",
                        para.slice(a, i).trim_end(),
                        para.slice(i + 1, b).trim_start()
                    );
                    if let Some(k) = gaz.kind_of(&joined) {
                        if best.is_none_or(|(x, y, _)| b - a > y - x) {
                            best = Some((a, b, k));
                        }
                    }
                }
            }
            if let Some((a, b, k)) = best {
                // A chunk running past the name (`GO - JEK Nadiem Makarim`, one person) keeps
                // what lies outside it.
                let found = &mut tagged[p];
                for c in found.iter_mut() {
                    if c.0 < b && b < c.1 {
                        c.0 = b;
                    } else if c.0 < a && a < c.1 {
                        c.1 = a;
                    }
                }
                found.retain(|c| c.1 <= a || b <= c.0);
                found.push((a, b, k));
                found.sort_by_key(|c| (c.0, c.1));
            }
        }
    }
}

/// Legal prefixes of football clubs, as written (`FC`, `UD`, `VfL`). Not `RB` (`RB Leipzig`):
/// `Menpan RB Asman Abnur` ends a minister's title with it.
const CLUB_PREFIXES: &[&str] = &[
    "FC", "AC", "SS", "UD", "CD", "CF", "SD", "RCD", "SC", "SV", "VfL", "VfB", "TSG", "AFC",
];

/// Builds the article's entities from its paragraphs.
pub(crate) fn resolve(model: &Model, paras: &[Para<'_>], tagged: Tagged) -> Vec<Entity> {
    let gaz = model.gazetteer();
    let mut tagged = tagged;
    hyphenated_names(gaz, paras, &mut tagged);
    cited_outlets(gaz, paras, &mut tagged);
    names_after_settlement_words(gaz, paras, &mut tagged);
    person_name_edges(paras, &mut tagged);
    names_after_ranks_and_rulers(gaz, paras, &mut tagged);
    let mut raws: Vec<Raw> = Vec::new();
    // Second words of the nicknames dropped below (`real` of `El Real`).
    let mut nicknames: Vec<String> = Vec::new();
    // Words the tagger reads as a person on their own somewhere in the text (`Diana`).
    let lone_persons: std::collections::HashSet<&str> = tagged
        .iter()
        .enumerate()
        .flat_map(|(p, found)| {
            found
                .iter()
                .filter(|c| c.2 == EntityKind::Person && c.1 == c.0 + 1)
                .map(move |c| paras[p].lower(c.0))
        })
        .collect();
    for (p, found) in tagged.into_iter().enumerate() {
        let para = &paras[p];
        for (mut s, mut e, kind) in found {
            // Strip brackets/quotes the tagger may have swallowed at the edges.
            while s < e && is_punct(para.word(s)) {
                s += 1;
            }
            // `QR Code Twitter Anda`: the polite `Anda` (you) is capitalised mid-sentence, so
            // the tagger may run a name on into it.
            while e > s
                && (is_punct(para.word(e - 1)) && para.word(e - 1) != ")"
                    || para.lower(e - 1) == "anda")
            {
                e -= 1;
            }
            // A day name alone is a date, never a name (`said Tuesday that`, tagged as a person
            // in a speaker's slot), except in `Pasar Minggu`, the Jakarta district named after
            // its market day. In a longer name it stays: `Sunday Express`, `Monday Mayhem`.
            if e == s + 1
                && super::numeric::is_weekday(para.lower(s))
                && !(s > 0 && para.lower(s - 1) == "pasar")
            {
                continue;
            }
            // A chunk of punctuation only (`--` tagged as a name) leaves nothing: slicing it
            // would panic below.
            if s >= e {
                continue;
            }
            let mut role = None;
            let mut kind = kind;
            // `Pangeran George`, `Putri Charlotte` tagged as a place or an organisation, or as a
            // person whose name GeoNames lists as a city: a royal's given name.
            let given_name = (e - s == 1 && royal_title_before(gaz, para, s).is_some())
                || (e - s == 2 && royal_title_before(gaz, para, s + 1).is_some());
            // (Tagged a person already, the title is still the role: a dash glued to it
            // (`--Pangeran George`) hides it from the role search below.)
            if given_name {
                kind = EntityKind::Person;
                if e - s == 1 {
                    role = royal_title_before(gaz, para, s).map(str::to_string);
                }
            }
            if kind == EntityKind::Person {
                let t0 = s;
                while s + 1 < e && {
                    let l = para.lower(s);
                    // `Putra Mahkota` (crown prince): `Putra` is otherwise a given name;
                    // `Jaksa Agung` (attorney general): `Agung` is one too.
                    is_title(l)
                        || listed!(ROLE_CONNECTORS, l)
                        || (l == "putra" && para.lower(s + 1) == "mahkota")
                        || (l == "agung" && s > 0 && para.lower(s - 1) == "jaksa")
                        // `Irjen Pol Fadil Imran`, but `Pol Espargaro` is a rider.
                        || (s > t0 && matches!(l, "pol" | "polisi"))
                } {
                    s += 1;
                }
                // `Arwah Diana muncul …` (Diana's ghost): a sentence's first word that the news
                // nearly always writes in lower case (or too rarely to say), no known name,
                // before a word the text names as a person on its own, is capitalised by its
                // place only, no part of the name.
                if e - s == 2
                    && (s == 0 || matches!(para.word(s - 1), "." | "!" | "?" | "\"" | "“"))
                    && lone_persons.contains(para.lower(s + 1))
                    && !is_title(para.lower(s))
                    && matches!(para.cap_bucket(s), 0 | 1)
                    && !known_person(gaz, para.slice(s, e))
                    && !known_person(gaz, para.word(s))
                    && gaz.kind_of(para.word(s)).is_none()
                {
                    s += 1;
                }
                // `Presiden AS Biden`: a country before the name belongs to the role.
                let listed = gaz.kind_of(para.slice(s, e)) == Some(EntityKind::Person);
                while !listed && s + 1 < e && listed!(COUNTRY_WORDS, para.lower(s)) {
                    s += 1;
                }
                // `Belgorod Vyacheslav Gladkov`: a known place before a two-word name.
                while !listed && e - s > 2 && gaz.kind_of(para.word(s)) == Some(EntityKind::Place) {
                    s += 1;
                }
                // `Kapolda Metro Jaya Irjen Fadil Imran`: a rank or office inside the span ends
                // the role (not a title that is also a given name: `Ratu Atut`, `Raja`).
                if let Some(k) = (s + 1..e.saturating_sub(1))
                    .rev()
                    .find(|&i| is_title(para.lower(i)) && !listed!(NAME_LIKE_TITLES, para.lower(i)))
                {
                    s = k + 1;
                    // `Ajun Komisaris Besar Sunarto`, `Irjen Pol Fadil Imran`.
                    while s + 1 < e && {
                        let l = para.lower(s);
                        listed!(ROLE_CONNECTORS, l) || matches!(l, "pol" | "polisi")
                    } {
                        s += 1;
                    }
                }
                // `Ditjen Dukcapil Kemendagri Irman` tagged as one person: a listed
                // organisation's short form inside the span (an acronym, or a listed short form
                // of a longer name), with one to three plain name words after it, is the
                // person's employer, the end of the role before the name; it is named too. Not
                // the first word (`Toyota Prius`, a brand and its product, is left to
                // `split_org_before_person`), not a patronymic (`bin` is also BIN's acronym), and
                // not a full name a person may bear (`Harry Tirto Djatmiko`).
                if gaz.kind_of(para.slice(s, e)).is_none() {
                    if let Some(i) = (s + 1..e - 1).rev().find(|&i| {
                        let w = para.word(i);
                        let short_form = w.chars().filter(|c| c.is_uppercase()).count() >= 2
                            || gaz
                                .canonical(w)
                                .is_some_and(|c| normalize(c) != normalize(w));
                        is_cap(w)
                            && short_form
                            && !is_patronymic(para.lower(i))
                            && gaz.kind_of(w) == Some(EntityKind::Organization)
                    }) {
                        let plain =
                            e - (i + 1) <= 3 && (i + 1..e).all(|k| plain_name_word(gaz, para, k));
                        if plain {
                            raws.push(Raw {
                                p,
                                s: i,
                                e: i + 1,
                                kind: EntityKind::Organization,
                                role: None,
                            });
                            s = i + 1;
                        }
                    }
                }
                // `Kepala Humas`, `Menpan RB`, `Konsul Jenderal RI`, `Metro Jaya Kombes`: what is
                // left is a department, an acronym or a title, not a person's name.
                let l = para.lower(e - 1);
                if (e - s == 1
                    && (listed!(ROLE_CONNECTORS, l)
                        || is_title(l)
                        || para.word(s).chars().filter(|c| c.is_alphabetic()).count() > 1
                            && para.word(s).chars().all(|c| !c.is_lowercase())))
                    || (is_title(l) && !listed!(NAME_LIKE_TITLES, l))
                {
                    continue;
                }
                if s > t0 && (t0..s).any(|i| is_title(para.lower(i))) {
                    role = Some(para.slice(t0, s).to_string());
                }
                // `desa Ustinka`, `desa-desa Rusia Snagost`: a name right after a place word
                // (past a country used as an adjective) is a place, whatever the tagger said.
                if role.is_none() && e - s <= 2 {
                    let mut j = s;
                    if j > 0 && listed!(COUNTRY_WORDS, para.lower(j - 1)) {
                        j -= 1;
                    }
                    // Lowercase only: `Wali Kota Ridwan Kamil` is a title, not a place word.
                    if j > 0 && !is_cap(para.word(j - 1)) && is_place_word(para.lower(j - 1)) {
                        kind = EntityKind::Place;
                    }
                    // `desa-desa Rusia Snagost dan Kauchuk`: the place word governs the
                    // second name of the pair too (the first is up to three capitalised words).
                    if e - s == 1
                        && s >= 3
                        && matches!(para.lower(s - 1), "dan" | "serta" | "and")
                        && gaz.kind_of(para.slice(s, e)).is_none()
                    {
                        let mut t = s - 1;
                        while t > 0 && s - 1 - t < 3 && is_cap(para.word(t - 1)) {
                            t -= 1;
                        }
                        if t > 0
                            && t < s - 1
                            && !is_cap(para.word(t - 1))
                            && is_place_word(para.lower(t - 1))
                        {
                            kind = EntityKind::Place;
                        }
                    }
                }
            } else {
                // `kantor PM Singapura` tagged as one place: a leading common noun goes first,
                // so that the title after it is seen as one.
                while s + 1 < e && !is_cap(para.word(s)) {
                    s += 1;
                }
                // `Presiden Ukraina` tagged as a place: the title is not part of it.
                let t0 = s;
                while s + 1 < e && {
                    let l = para.lower(s);
                    (is_title(l) && !is_org_head(l))
                        || (l == "putra" && para.lower(s + 1) == "mahkota")
                } {
                    s += 1;
                }
                // `Putra Mahkota Mohammed bin Salman` tagged as a place: what follows a head of
                // state's or a royal's title, if it is no listed name and holds no institution
                // word, is a person.
                if s > t0
                    && e - s >= 2
                    // Heads of state and royals only: `Dekan Fakultas …`, `Kepala Bandara …`
                    // head institutions.
                    && (t0..s).any(|k| HEAD_OF_STATE.contains(&para.lower(k)))
                    && gaz.kind_of(para.slice(s, e)).is_none()
                    && (s..e).all(|k| {
                        let l = para.lower(k);
                        trigger_class(l) & (T_ORG | T_PLACE) == 0
                            && !is_org_head(l)
                            && !matches!(l, "agensi" | "stadium" | "stadion" | "arena")
                            && gaz.kind_of(para.word(k)).is_none()
                    })
                {
                    kind = EntityKind::Person;
                    role = Some(para.slice(t0, s).to_string());
                }
                // `selatan Ukraina`, `wilayah Gaza`: names start with a capital.
                while s + 1 < e && !is_cap(para.word(s)) {
                    s += 1;
                }
            }
            // `Beijing on Tuesday`, `Conservative Party would`: a lowercase word that cannot sit
            // inside a name ends it (names keep `of`, `dan`, `untuk`, `al-`, compass words, …).
            // `Pasar Minggu`, a Jakarta district named after its market day: the day name after
            // `Pasar` is the name's own.
            if let Some(cut) = (s + 1..e).find(|&i| {
                breaks_name(para.word(i), para.lower(i))
                    && !(para.lower(i - 1) == "pasar" && is_cap(para.word(i)))
            }) {
                e = cut;
            }
            while e > s + 1 && listed!(NAME_CONNECTORS, para.word(e - 1)) {
                e -= 1;
            }
            // `The United Nations Security Council`: the article is not part of the name, unless
            // the name is listed with it (`The Jakarta Post`).
            if e > s + 1 && para.lower(s) == "the" && gaz.kind_of(para.slice(s, e)).is_none() {
                s += 1;
            }
            // `Legiun` + `Kebebasan Rusia`: an untagged organisation head word before the name.
            if kind != EntityKind::Person {
                loop {
                    let head = |i: usize| {
                        is_cap(para.word(i)) && trigger_class(para.lower(i)) & T_ORG != 0
                    };
                    if s > 0 && head(s - 1) {
                        s -= 1;
                    } else if s > 1
                        && matches!(para.lower(s - 1), "untuk" | "for" | "of")
                        && head(s - 2)
                    {
                        s -= 2;
                    } else {
                        break;
                    }
                    kind = EntityKind::Organization;
                }
            }
            // A royal's given name stays a person over a listed city of that name.
            // `Teluk Jakarta`, `Selat Sunda` tagged from the city's or island's name on: the
            // capitalised feature word before it makes a place of its own.
            if kind == EntityKind::Place
                && s > 0
                && is_cap(para.word(s - 1))
                && GEO_HEADS.contains(&para.lower(s - 1))
            {
                s -= 1;
            }
            if let Some(k) = gaz.kind_of(para.slice(s, e)).filter(|_| !given_name) {
                kind = k;
            }
            if e == s + 1 && trigger_class(para.lower(s)) & T_ORG != 0 {
                continue;
            }
            // `Universitas Bung Karno`, `SMA Negeri 1` tagged as a place (`di Universitas …`): a
            // school is an organisation, also where it is the venue.
            if kind == EntityKind::Place
                && e > s + 1
                && is_cap(para.word(s))
                && INSTITUTION_HEADS.contains(&para.lower(s))
            {
                kind = EntityKind::Organization;
            }
            // `Pengadilan Tipikor Jakarta`, `Pemprov Banten`, `Sekretariat Presiden` tagged as a
            // place: a capitalised institution word opens a body, which at worst is only the
            // venue (and then optional in the gold, whatever its kind). Not `Kantor` nor
            // `Stasiun`: an office and a railway station are buildings (the tagger's list has
            // `stasiun` for broadcasters).
            if kind == EntityKind::Place
                && e > s + 1
                && is_cap(para.word(s))
                && (trigger_class(para.lower(s)) & T_ORG != 0 || para.lower(s) == "sekretariat")
                && !matches!(para.lower(s), "kantor" | "stasiun")
                && gaz.kind_of(para.slice(s, e)).is_none()
            {
                kind = EntityKind::Organization;
            }
            // `Presiden Republik Indonesia`, `petarung asal Republik Irlandia` tagged as an
            // organisation: `Republik` and a listed country is the country.
            if kind == EntityKind::Organization
                && e > s + 1
                && para.lower(s) == "republik"
                && gaz.kind_of(para.slice(s + 1, e)) == Some(EntityKind::Place)
            {
                kind = EntityKind::Place;
            }
            if kind != EntityKind::Organization
                && e > s
                && is_org_head(para.lower(e - 1))
                && is_cap(para.word(e - 1))
            {
                kind = EntityKind::Organization;
            }
            // `UD Socuéllamos`, `SD Eibar`, `VfL Wolfsburg` tagged as a person or a place: a
            // club's legal prefix opens a club. Not `AS` nor `US` (the United States in
            // Indonesian and English: `Presiden AS Donald Trump`).
            if kind != EntityKind::Organization
                && e > s + 1
                && CLUB_PREFIXES.contains(&para.word(s))
                && gaz.kind_of(para.slice(s, e)).is_none()
            {
                kind = EntityKind::Organization;
            }
            if s >= e {
                continue;
            }
            // `Piala Thomas`, `Asian Games`: events and competitions are none of the three
            // kinds, whatever the tagger made of the name inside them.
            if gaz.kind_of(para.slice(s, e)).is_none()
                && (EVENT_HEADS.contains(&para.lower(s))
                    || (s + 1..e).any(|i| EVENT_TAILS.contains(&para.lower(i))))
            {
                // `raksasa Liga Primer Inggris Manchester United`: a listed club or person the
                // tagger ran into the competition's name is still named.
                if let Some((t, k)) = (s + 1..e).find_map(|t| {
                    gaz.kind_of(para.slice(t, e))
                        .filter(|&k| k != EntityKind::Place && e - t >= 2)
                        .map(|k| (t, k))
                }) {
                    raws.push(Raw {
                        p,
                        s: t,
                        e,
                        kind: k,
                        role: None,
                    });
                }
                continue;
            }
            // `Los Blancos`, `El Real`, `Die Roten`: an article plus one capitalised word that no
            // list knows is a nickname (of a club, a national team, a player), not a person's or
            // a place's name; the guidelines count a nickname as a mention of its referent, never
            // as an entry of its own. Listed names (`Los Angeles`, `Las Vegas`) are kept.
            if kind != EntityKind::Organization
                && e - s == 2
                && NICKNAME_ARTICLES.contains(&para.lower(s))
                && gaz.kind_of(para.slice(s, e)).is_none()
            {
                nicknames.push(para.lower(s + 1).to_string());
                continue;
            }
            // `The Hammers`, `The Red Devils`, `The Foxes`: `The` and a plural that no list
            // knows is a team's nickname (or a band's, a film's), which the guidelines never
            // count as an entry of its own; listed names stay (`The Netherlands`, `The Times`).
            if s > 0
                && para.lower(s - 1) == "the"
                && e - s <= 2
                && para.word(e - 1).ends_with('s')
                && !matches!(para.lower(e - 1), "times" | "news")
                && (s..e).all(|i| is_cap(para.word(i)) && gaz.kind_of(para.word(i)).is_none())
                && gaz.kind_of(para.slice(s - 1, e)).is_none()
                && gaz.kind_of(para.slice(s, e)).is_none()
            {
                if e - s == 1 {
                    nicknames.push(para.lower(s).to_string());
                }
                continue;
            }
            // `Merah Putih`, `Tim Merah Putih`, `Srikandi Merah Putih`: colours alone, or a
            // team word before them, are the flag or a national team's nickname (the guidelines
            // count a nickname as a mention, never as an entry). A body with a name of its own
            // before the colours stays (`Koalisi Merah Putih`, `Satgas Merah Putih`).
            let colours = (s..e)
                .rev()
                .take_while(|&i| is_colour(para.lower(i)))
                .count();
            if colours >= 2
                && (colours == e - s || (colours + 1 == e - s && is_team_word(para.lower(s))))
                && gaz.kind_of(para.slice(s, e)).is_none()
            {
                continue;
            }
            // `Negeri Sakura`, `Negeri Paman Sam`, `Negeri Ginseng`: `Negeri` (land of) and what
            // no list knows as a place is a country's epithet, a nickname the guidelines never
            // count; `Negeri Indonesia` and listed names (a state like `Negeri Sembilan`) stay.
            if e - s >= 2
                && para.lower(s) == "negeri"
                && gaz.kind_of(para.slice(s, e)).is_none()
                && gaz.kind_of(para.slice(s + 1, e)) != Some(EntityKind::Place)
            {
                continue;
            }
            // `Pemerintah Brazil mengatakan …`: a country's government, capitalised at a
            // sentence's start, is the generic noun `pemerintah` (guidelines) before the
            // country. A regional government named in full (`Pemerintah Kabupaten Ngada`,
            // `Pemerintah Provinsi …`) stays an organisation.
            if kind == EntityKind::Organization
                && e - s >= 2
                && para.lower(s) == "pemerintah"
                && !is_place_word(para.lower(s + 1))
                && !matches!(para.lower(s + 1), "provinsi" | "pusat" | "daerah")
                && gaz.kind_of(para.slice(s + 1, e)) == Some(EntityKind::Place)
            {
                raws.push(Raw {
                    p,
                    s: s + 1,
                    e,
                    kind: EntityKind::Place,
                    role: None,
                });
                continue;
            }
            // `kantor PM Singapura`, `Presiden Rusia` with no name after it: the office is no
            // organisation of its own, but it names the country (a role place, as in
            // `Presiden Rusia Vladimir Putin`).
            if kind == EntityKind::Organization && gaz.kind_of(para.slice(s, e)).is_none() {
                let t = (s..e).take_while(|&i| is_title(para.lower(i))).count();
                if t > 0
                    && s + t < e
                    && gaz.kind_of(para.slice(s + t, e)) == Some(EntityKind::Place)
                {
                    raws.push(Raw {
                        p,
                        s: s + t,
                        e,
                        kind: EntityKind::Place,
                        role: None,
                    });
                    continue;
                }
                // `Polda Metro Jaya Kombes` (… `Argo Yuwono`): a military or police rank at the
                // end of an organisation starts the next person's role; it is not part of it.
                // `NATO Secretary General` (… `Jens Stoltenberg`), `Manchester United Sir` (…
                // `Bobby Charlton`): a person's title at the end, with a name right after it,
                // is that person's role, not the organisation's last word.
                while e > s + 1 && {
                    let l = para.lower(e - 1);
                    // English titles only: an Indonesian body's name may end in a title word
                    // (`Majelis Hakim`, the panel of judges).
                    listed!(RANKS, l)
                        || ((ENGLISH_TITLES.contains(&l) || matches!(l, "sir" | "general"))
                            && e < para.toks.len()
                            && is_cap(para.word(e))
                            && !is_punct(para.word(e)))
                } {
                    e -= 1;
                }
                // `Kepala BPS Suhariyanto`, `Ketua Umum Partai Golkar Setya Novanto`: a listed
                // organisation after a title, then a name that is nothing listed and no
                // organisation word, is the organisation and the person who heads it.
                let title_at = if s > 0 && is_title(para.lower(s - 1)) {
                    Some(s - 1)
                } else {
                    // `Ketua Umum`, `Pelatih Kepala`: a title's second word.
                    (s > 1 && is_title(para.lower(s - 2)) && is_cap(para.word(s - 1)))
                        .then(|| s - 2)
                };
                if let Some(t) = title_at {
                    let listed_org = |a: usize, k: usize| {
                        gaz.kind_of(para.slice(a, k)) == Some(EntityKind::Organization)
                    };
                    // Not a company's name (`PT Toyota Astra Motor`, `Maybank Asset
                    // Management`), a unit's (`Polsek Bawang Ajun`: a bare unit word heads a
                    // longer name) or a department's (`Kadin Bidang Perhubungan`): a name's
                    // words are seldom written lowercase elsewhere.
                    let extended_ok = |k: usize| {
                        let unit_word = k == s + 1 && trigger_class(para.lower(s)) & T_ORG != 0;
                        let company = matches!(para.lower(s), "pt" | "cv" | "pd")
                            || company_suffix(para.lower(e - 1));
                        !unit_word
                            && !company
                            && (k..e).all(|i| !matches!(para.cap_bucket(i), 1 | 2))
                    };
                    // The longest listed prefix ending in an acronym (`BPS`, `Komnas HAM`), or any
                    // listed prefix before a name of two or more words (`Persipura Jayapura
                    // Wanderley Jr`, `Pertamina Elia Massa Manik`; `Partai Golkar`, a party word
                    // before a listed party): `Polsek Dringu` and `Freeport McMoran` are whole
                    // names.
                    if let Some(k) = (s + 1..e).rev().find(|&k| {
                        let last = para.word(k - 1);
                        (last.chars().count() > 1
                            && last.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
                            && listed_org(s, k))
                            || (e - k >= 2
                                && extended_ok(k)
                                && (listed_org(s, k)
                                    || (k - s >= 2
                                        && trigger_class(para.lower(s)) & T_ORG != 0
                                        && listed_org(s + 1, k))))
                    }) {
                        let plain_name = (k..e).all(|i| plain_name_word(gaz, para, i))
                            && !matches!(
                                gaz.kind_of(para.slice(k, e)),
                                Some(EntityKind::Place | EntityKind::Organization)
                            );
                        if plain_name && e - k <= 3 {
                            raws.push(Raw {
                                p,
                                s,
                                e: k,
                                kind,
                                role: None,
                            });
                            raws.push(Raw {
                                p,
                                s: k,
                                e,
                                kind: EntityKind::Person,
                                role: Some(para.slice(t, k).to_string()),
                            });
                            continue;
                        }
                    }
                }
            }
            // `West Bromwich Albion 0-1 Chelsea`: a score line names two teams.
            if let Some(score) = (s + 1..e).find(|&i| is_score(para.word(i))) {
                push_sides(&mut raws, para, p, kind, (s, score, e));
                continue;
            }
            // `Valentino Rossi ITA Movistar Yamaha`, `Andrea Dovizioso ITA`: in results lists a
            // three-letter country code ends the rider's or player's name.
            if kind == EntityKind::Person {
                if let Some(code) = (s + 2..e).find(|&i| {
                    let w = para.word(i);
                    w.len() == 3 && w.chars().all(|c| c.is_ascii_uppercase())
                }) {
                    e = code;
                }
            }
            // `Afif Hasan SH`, `Eggi Sudjana SH Msc`, `Damayanti R Sjarif SpA(K)`: degrees
            // written after a person's name are no part of it (nor of its canonical form); the
            // first degree after a real name word ends the name. The name before it must hold a
            // word with lower case (`E STD MT` is a car's trim, not `E STD`).
            if kind == EntityKind::Person {
                if let Some(k) = (s + 1..e).find(|&k| {
                    crate::quotes::degree_word(&bare_degree(para.word(k)))
                        && (s..k).any(|i| {
                            let w = para.word(i);
                            w.chars().count() > 1 && w.chars().any(char::is_lowercase)
                        })
                }) {
                    e = k;
                }
            }
            // `Rusia selatan`: a lowercase compass word after a name is a description (southern
            // Russia), not part of a named region (unless the whole is listed: `Jawa timur`).
            while e > s + 1
                && !is_cap(para.word(e - 1))
                && DIRECTIONS.contains(&para.lower(e - 1))
                && gaz.kind_of(para.slice(s, e)).is_none()
            {
                e -= 1;
            }
            // `Tontowi / Liliyana`: a pair joined by a slash is two names.
            if let Some(slash) = (s + 1..e.saturating_sub(1)).find(|&i| para.word(i) == "/") {
                push_sides(&mut raws, para, p, kind, (s, slash, e));
                continue;
            }
            // `India and the Middle East`, `Jawa dan Bali`: two listed places joined by a
            // lowercase `and` are two places (a body's name may hold `dan`, `Kementerian
            // Pendidikan dan Kebudayaan`, but its sides are no listed places).
            if kind == EntityKind::Place {
                // The first word after `and` (past a `the`) opens the second place.
                let joined = (s + 1..e.saturating_sub(1)).find_map(|i| {
                    let b = if para.lower(i + 1) == "the" {
                        i + 2
                    } else {
                        i + 1
                    };
                    (matches!(para.word(i), "and" | "dan")
                        && gaz.kind_of(para.slice(s, i)) == Some(EntityKind::Place)
                        && b < e
                        && gaz.kind_of(para.slice(b, e)) == Some(EntityKind::Place))
                    .then_some((i, b))
                });
                if let Some((i, b)) = joined {
                    for (a, z) in [(s, i), (b, e)] {
                        raws.push(Raw {
                            p,
                            s: a,
                            e: z,
                            kind,
                            role: None,
                        });
                    }
                    continue;
                }
            }
            // `Mahkamah Konstitusi (MK)` tagged as one chunk: split off the acronym.
            if let Some(open) = (s..e).find(|&i| para.word(i) == "(") {
                if open > s {
                    raws.push(Raw {
                        p,
                        s,
                        e: open,
                        kind,
                        role: role.clone(),
                    });
                    let close = (open + 1..e).find(|&i| para.word(i) == ")").unwrap_or(e);
                    if close > open + 1 {
                        raws.push(Raw {
                            p,
                            s: open + 1,
                            e: close,
                            kind,
                            role: None,
                        });
                    }
                    continue;
                }
            }
            // `Korps Relawan Rusia Pro-Kiev`: the allegiance is not part of the name.
            while e > s + 1 && {
                let l = para.lower(e - 1);
                is_punct(l) || l.starts_with("pro-") || l.starts_with("anti-")
            } {
                e -= 1;
            }
            if s >= e {
                continue;
            }
            // `Siboro SH, SIK`: a degree after a comma and another degree goes on listing the
            // name's degrees; it names nothing of its own.
            if e - s == 1
                && s >= 2
                && para.word(s - 1) == ","
                && crate::quotes::degree_word(&bare_degree(para.word(s)))
                && crate::quotes::degree_word(&bare_degree(para.word(s - 2)))
            {
                continue;
            }
            // The list holds no place, but some of its words also name one when tagged so
            // (`di Jawa`, `ke Rusia`, `Papua`); `Tuhan`, `Allah`, `WIB`, `Muslim` never do.
            if e - s == 1
                && listed!(NOT_ENTITIES, para.lower(s))
                && (kind != EntityKind::Place || !PLACE_READING.contains(&para.lower(s)))
            {
                continue;
            }
            if e - s == 1 && listed!(NEVER_ALONE, para.lower(s)) {
                continue;
            }
            if e - s == 1 && listed!(TECH_TERMS, para.lower(s)) {
                continue;
            }
            let weapon_noun = |i: usize| listed!(WEAPON_NOUNS, para.lower(i));
            if e - s <= 2
                && kind != EntityKind::Person
                && gaz.kind_of(para.slice(s, e)).is_none()
                && ((s > 0 && weapon_noun(s - 1))
                    || (s > 1 && weapon_noun(s - 2) && !is_cap(para.word(s - 1))))
            {
                continue;
            }
            // `sepakbola Tanah Air`, `Ibu Pertiwi`: the homeland, capitalised in respect, is no
            // named place (guidelines).
            if e - s == 2
                && matches!(
                    (para.lower(s), para.lower(s + 1)),
                    ("tanah", "air") | ("ibu", "pertiwi")
                )
            {
                continue;
            }
            // `negeri Paman Sam` (Uncle Sam, the United States): a nickname, not a person named
            // Sam with the role `Paman`.
            // The tagger may take the nickname's first word in (`Paman Sam` as a person).
            let uncle = |i: usize| matches!(para.lower(i), "paman" | "abang");
            if para.lower(e - 1) == "sam"
                && ((e - s == 1 && s > 0 && uncle(s - 1)) || (e - s == 2 && uncle(s)))
            {
                continue;
            }
            // `The Rwandan government`: an English demonym before the noun it qualifies names no
            // body, and, differing from the country's name, no place either.
            if e - s == 1
                && kind != EntityKind::Place
                && e < para.toks.len()
                && DEMONYM_HEADS.contains(&para.lower(e))
                && is_demonym(gaz, para.lower(s))
            {
                continue;
            }
            // `Kursk Rusia`: a known place followed by its country is two places.
            if kind == EntityKind::Place
                && e - s >= 2
                && listed!(COUNTRY_WORDS, para.lower(e - 1))
                && gaz.kind_of(para.slice(s, e - 1)) == Some(EntityKind::Place)
                && gaz.kind_of(para.slice(s, e)).is_none()
            {
                raws.push(Raw {
                    p,
                    s,
                    e: e - 1,
                    kind,
                    role: None,
                });
                raws.push(Raw {
                    p,
                    s: e - 1,
                    e,
                    kind,
                    role: None,
                });
                continue;
            }
            // `desa-desa Rusia Snagost`: a country used as an adjective before an unknown
            // place name is two places, not one place called "Rusia Snagost".
            if kind == EntityKind::Place
                && e - s == 2
                && listed!(COUNTRY_WORDS, para.lower(s))
                && is_cap(para.word(s + 1))
                && !DIRECTIONS.contains(&para.lower(s + 1))
                && gaz.kind_of(para.slice(s, e)).is_none()
            {
                for (a, b) in [(s, s + 1), (s + 1, e)] {
                    raws.push(Raw {
                        p,
                        s: a,
                        e: b,
                        kind,
                        role: None,
                    });
                }
                continue;
            }
            if e - s == 1
                && matches!(
                    para.lower(s),
                    "muslim" | "rohingya" | "yahudi" | "islam" | "kristen"
                )
            {
                continue;
            }
            // `BlackBerry DTEK60`, `Galaxy S7`, `Apple A1822`: a word with a digit after a letter
            // is a model number; people's names hold none, and products are no entities. (A
            // digit before the letters is a shirt number in a line-up: `7-Cristiano Ronaldo`.)
            if kind == EntityKind::Person
                && (s..e).any(|i| {
                    let w = para.word(i);
                    w.find(char::is_alphabetic)
                        .is_some_and(|a| w[a..].chars().any(|c| c.is_ascii_digit()))
                })
            {
                continue;
            }
            // `Oppo F5`, `LG V20`, `Galaxy S8 Plus`, `BlackBerry DTEK60`: a short model code
            // (capitals and digits) after a name, or after a listed maker, marks a product, which
            // the guidelines never count. Only the maker stays, when a list knows it as a
            // company. Addresses (`Blok A12`, a rail or toll-road marker `KM239`) and listed names
            // are left alone.
            if gaz.kind_of(para.slice(s, e)).is_none()
                && (s..e).any(|i| {
                    is_model_code(para.word(i))
                        && (i > s
                            || (s > 0
                                && gaz.kind_of(para.word(s - 1)) == Some(EntityKind::Organization)))
                        && !para.lower(i).starts_with("km")
                        && !(i > 0 && matches!(para.lower(i - 1), "blok" | "km" | "kav" | "hall"))
                })
            {
                if e - s > 1 && gaz.kind_of(para.word(s)) == Some(EntityKind::Organization) {
                    raws.push(Raw {
                        p,
                        s,
                        e: s + 1,
                        kind: EntityKind::Organization,
                        role: None,
                    });
                }
                continue;
            }
            raws.push(Raw {
                p,
                s,
                e,
                kind,
                role,
            });
        }
    }

    // Known names the tagger missed (`The governor of Belgorod`).
    for (p, para) in paras.iter().enumerate() {
        let words: Vec<&str> = (0..para.toks.len()).map(|i| para.word(i)).collect();
        let lower = &para.lower;
        let flags = &para.flags;
        let mut covered = vec![false; words.len()];
        for r in raws.iter().filter(|r| r.p == p) {
            covered[r.s..r.e].iter_mut().for_each(|c| *c = true);
        }
        for (class, kind) in [
            (0, EntityKind::Place),
            (1, EntityKind::Organization),
            (2, EntityKind::Person),
        ] {
            let begin = 1u8 << (2 * class);
            let inside = 1u8 << (2 * class + 1);
            for s in 0..words.len() {
                if flags[s] & begin == 0 {
                    continue;
                }
                let mut e = s + 1;
                while e < words.len() && flags[e] & inside != 0 {
                    e += 1;
                }
                let lowercase_word = e - s == 1 && matches!(para.cap_bucket(s), 1 | 2);
                // `reklamasi Teluk Jakarta`: a listed place after a feature word is named with it
                // (see `GEO_HEADS`), not glued to an unknown name.
                let geo = kind == EntityKind::Place
                    && s > 0
                    && is_cap(words[s - 1])
                    && GEO_HEADS.contains(&&*lower[s - 1])
                    && !covered[s - 1];
                // `Presiden AS Biden`: a country before a listed person belongs to the role.
                let prev_cap = s > 0
                    && is_cap(words[s - 1])
                    && !is_title(&lower[s - 1])
                    && !is_punct(words[s - 1])
                    && !(kind == EntityKind::Person && listed!(COUNTRY_WORDS, &*lower[s - 1]));
                let prev_starts_sentence = s < 2 || matches!(words[s - 2], "." | "“" | "\"");
                let glued = (prev_cap && !geo && !prev_starts_sentence)
                    || (e < words.len() && is_cap(words[e]) && !is_punct(words[e]));
                // A listed name the tagger cut in pieces at its commas
                // (`Badan Meteorologi, Klimatologi` + `Geofisika`): one name.
                let pieces = raws
                    .iter()
                    .filter(|r| r.p == p && r.s < e && s < r.e)
                    .count();
                if pieces > 1
                    && raws
                        .iter()
                        .filter(|r| r.p == p && r.s < e && s < r.e)
                        .all(|r| r.s >= s && r.e <= e)
                    && raws.iter().any(|r| r.p == p && r.s == s)
                {
                    raws.retain(|r| !(r.p == p && r.s > s && r.e <= e));
                    if let Some(r) = raws.iter_mut().find(|r| r.p == p && r.s == s) {
                        r.e = e;
                        r.kind = kind;
                    }
                    covered[s..e].iter_mut().for_each(|c| *c = true);
                    continue;
                }
                // A tagged name cut short of a listed one (`Nizhny` of `Nizhny Novgorod`) is
                // the listed name, with the list's kind (`Uni` of `Uni Emirat Arab` was tagged
                // an organisation).
                if e - s > 1 && !covered[e - 1] {
                    if let Some(r) = raws.iter_mut().find(|r| r.p == p && r.s == s && r.e < e) {
                        if !covered[r.e..e].iter().any(|c| *c) {
                            covered[r.e..e].iter_mut().for_each(|c| *c = true);
                            r.e = e;
                            r.kind = gaz.kind_of(para.slice(s, e)).unwrap_or(kind);
                            continue;
                        }
                    }
                }
                if covered[s..e].iter().any(|c| *c)
                    || lowercase_word
                    || glued
                    || words[s].chars().count() < 2
                {
                    continue;
                }
                let s = if geo { s - 1 } else { s };
                covered[s..e].iter_mut().for_each(|c| *c = true);
                // `Pangeran George`: a listed city's name after a royal title is the royal.
                let royal = (e - s == 1 && kind == EntityKind::Place)
                    .then(|| royal_title_before(gaz, para, s))
                    .flatten();
                raws.push(Raw {
                    p,
                    s,
                    e,
                    kind: if royal.is_some() {
                        EntityKind::Person
                    } else {
                        kind
                    },
                    role: royal.map(str::to_string),
                });
            }
        }
    }

    // `Korenevo, sebuah kota di barat laut …`, `Sudzha, a town near …`: an unknown name the
    // text itself describes as a town, village or region is a place.
    for (p, para) in paras.iter().enumerate() {
        for s in 0..para.toks.len() {
            if let Some(e) = described_place(para, s) {
                // The description outweighs the tagger's guess for the same words
                // (`Sudzha, a town` tagged a person), not the lists.
                if let Some(r) = raws.iter_mut().find(|r| r.p == p && r.s == s && r.e == e) {
                    if gaz.kind_of(para.slice(s, e)).is_none() {
                        r.kind = EntityKind::Place;
                        r.role = None;
                    }
                } else if !raws.iter().any(|r| r.p == p && r.s < e && s < r.e) {
                    raws.push(Raw {
                        p,
                        s,
                        e,
                        kind: EntityKind::Place,
                        role: None,
                    });
                }
            }
        }
    }

    // `desa-desa Rusia Snagost dan Kauchuk`: a plural place word governs both names of the
    // pair, so an unknown capitalised word after `dan` that the tagger left out is a place too.
    let mut pairs = Vec::new();
    for r in raws.iter().filter(|r| r.kind == EntityKind::Place) {
        let para = &paras[r.p];
        let n = para.toks.len();
        if r.e + 1 >= n
            || !matches!(para.lower(r.e), "dan" | "serta")
            || !is_cap(para.word(r.e + 1))
            || is_punct(para.word(r.e + 1))
            || raws
                .iter()
                .any(|o| o.p == r.p && o.s <= r.e + 1 && r.e + 1 < o.e)
        {
            continue;
        }
        // Back over the first name (and a country before it) to the place word.
        let mut t = r.s;
        while t > 0 && r.s - t < 3 && is_cap(para.word(t - 1)) {
            t -= 1;
        }
        let plural = t > 0 && {
            let w = para.lower(t - 1);
            w.contains('-') && is_place_word(w)
        };
        let b = r.e + 1;
        if plural && !(b + 1 < n && is_cap(para.word(b + 1))) && gaz.kind_of(para.word(b)).is_none()
        {
            pairs.push(Raw {
                p: r.p,
                s: b,
                e: b + 1,
                kind: EntityKind::Place,
                role: None,
            });
        }
    }
    raws.extend(pairs);

    // `Ajun Komisaris Besar Sunarto membenarkan …`, `Odesa Governor Oleh Kiper said …`: the
    // capitalised words right after a police or military rank, or an English title, name a
    // person, even where the tagger saw only the rank (here it took `Oleh`, Indonesian `by`,
    // for no name). Words that name an institution or a place (`Kapten Timnas`), listed names,
    // street names (`Jalan Jenderal Sudirman`) and civil offices (`Direktur Jenderal Pajak`)
    // are left alone.
    let mut ranked = Vec::new();
    for (p, para) in paras.iter().enumerate() {
        let n = para.toks.len();
        let mut i = 0;
        while i < n {
            let l = para.lower(i);
            // Not after an institution's or a place's word, a venue, a street or a civil office
            // (`Direktorat Jenderal Anggaran`, `Stadion Kapten I Wayan Dipta`, `RANK_NOT_AFTER`).
            if !(is_cap(para.word(i)) && (listed!(RANKS, l) || ENGLISH_TITLES.contains(&l)))
                || (i > 0 && {
                    let prev = para.lower(i - 1);
                    trigger_class(prev) & (T_ORG | T_PLACE) != 0 || RANK_NOT_AFTER.contains(&prev)
                })
            {
                i += 1;
                continue;
            }
            let mut s = i + 1;
            while s < n
                && is_cap(para.word(s))
                && (listed!(RANKS, para.lower(s)) || listed!(RANK_MODIFIERS, para.lower(s)))
            {
                s += 1;
            }
            // `Inspektur Upacara` (who inspects a ceremony): alone, `inspektur` is no rank;
            // the police's is `Inspektur Polisi Dua …`.
            if l == "inspektur" && s == i + 1 {
                i += 1;
                continue;
            }
            let mut e = s;
            while e < n && e - s < 3 && is_cap(para.word(e)) && !is_punct(para.word(e)) {
                e += 1;
            }
            let plain = (s..e).all(|k| {
                let w = para.lower(k);
                trigger_class(w) & (T_ORG | T_PLACE) == 0 && !is_title(w) && !is_org_head(w)
            });
            // The name must end the phrase: `Vice President Bisnis Komersial & SME BCA` names
            // a department, not a person.
            let ends = e >= n || !is_cap(para.word(e)) && !matches!(para.word(e), "&" | "/" | "-");
            if e > s
                && plain
                && ends
                && gaz.kind_of(para.slice(s, e)).is_none()
                && !raws.iter().any(|r| r.p == p && r.s < e && s < r.e)
            {
                ranked.push(Raw {
                    p,
                    s,
                    e,
                    kind: EntityKind::Person,
                    role: None,
                });
            }
            i = e.max(i + 1);
        }
    }
    raws.extend(ranked);

    // `Marcus/Kevin`, `Tontowi / Liliyana`: the two sides of a slash pair are the same kind of
    // thing, and a person on either side makes both people (the tagger often calls the word
    // after the slash an organisation).
    raws.sort_by_key(|r| (r.p, r.s, r.e));
    for i in 1..raws.len() {
        let (a, b) = (&raws[i - 1], &raws[i]);
        if a.p == b.p
            && a.e + 1 == b.s
            && paras[a.p].word(a.e) == "/"
            && a.kind != b.kind
            && (a.kind == EntityKind::Person || b.kind == EntityKind::Person)
        {
            // Never a listed or plainly institutional name (`PT Kereta Api Indonesia/…`).
            let plain = |r: &Raw| {
                let para = &paras[r.p];
                gaz.kind_of(para.slice(r.s, r.e)).is_none()
                    && (r.s..r.e).all(|k| trigger_class(para.lower(k)) & (T_ORG | T_PLACE) == 0)
                    && !is_org_head(para.lower(r.e - 1))
            };
            if plain(a) && plain(b) {
                raws[i - 1].kind = EntityKind::Person;
                raws[i].kind = EntityKind::Person;
            }
        }
    }

    // Document-level consistency: majority kind per surface form, and untagged repeats of a
    // tagged name (or of a person's last name) become mentions too.
    let mut votes: FastMap<String, [usize; 3]> = FastMap::default();
    for r in &raws {
        let k = KINDS.iter().position(|k| *k == r.kind).unwrap_or(0);
        votes
            .entry(paras[r.p].slice(r.s, r.e).to_string())
            .or_default()[k] += 1;
    }
    // `Oleksandr Sirsky` ... `Sirsky` tagged as an organisation: a bare word that is the last
    // name of a person named in full in this article is that person (unless it is listed as
    // something else), so the full name's kind outvotes the lone mention.
    let surnames: Vec<String> = raws
        .iter()
        .filter(|r| r.kind == EntityKind::Person && r.e - r.s >= 2)
        .map(|r| paras[r.p].word(r.e - 1).to_string())
        .filter(|w| is_cap(w) && w.chars().count() > 2)
        .filter(|w| gaz.kind_of(w).is_none_or(|k| k == EntityKind::Person))
        .collect();
    for w in surnames {
        votes.entry(w).or_default()[0] += 2;
    }
    // `Lewis Hamilton` … `Pemimpin klasemen Hamilton`: a surname that is also a listed town
    // (GeoNames holds every city of 150,000, many named after people) is tagged as the place by
    // the gazetteer feature on every lone mention, so two votes do not outweigh it. When the full
    // name is a known person's (the people list, or a person's name in the training or
    // auto lexicon) and the article never writes the word after a locative (`di Hamilton`), the
    // lone word is that person. A full name the tagger alone calls a person is no evidence: it
    // is as often a place or body ending with a town (`Dinamo Zagreb`, `Pemkab Purwakarta`).
    // Or, whoever the full name is, the lone word speaks (`"…," Munster said`, `kata Hamilton`):
    // a town that speaks would be its government, and no person in the article has its name.
    let locative = |w: &str| w != "dari" && LOCATIVES.contains(&w);
    let speaks = |w: &str| {
        paras.iter().any(|para| {
            (0..para.toks.len()).any(|i| {
                para.word(i) == w
                    && ((i + 1 < para.toks.len()
                        && matches!(para.lower(i + 1), "said" | "says" | "told" | "added"))
                        || (i > 0
                            && matches!(
                                para.lower(i - 1),
                                "said" | "kata" | "ujar" | "tutur" | "ungkap" | "imbuh" | "pungkas"
                            )))
            })
        })
    };
    let place_surnames: Vec<String> = raws
        .iter()
        .filter(|r| r.kind == EntityKind::Person && r.e - r.s >= 2)
        .filter_map(|r| {
            let w = paras[r.p].word(r.e - 1);
            let placed =
                is_cap(w) && w.chars().count() > 2 && gaz.kind_of(w) == Some(EntityKind::Place);
            (placed && (known_person(gaz, paras[r.p].slice(r.s, r.e)) || speaks(w)))
                .then(|| w.to_string())
        })
        .filter(|w| {
            !paras.iter().any(|para| {
                (1..para.toks.len()).any(|i| para.word(i) == w && locative(para.lower(i - 1)))
            })
        })
        .collect();
    for w in place_surnames {
        let v = votes.entry(w).or_default();
        v[0] = v[0].max(v[1] + v[2] + 1);
    }
    let mut surfaces: FastMap<String, Vec<(Vec<String>, EntityKind)>> = FastMap::default();
    let mut add_surface = |words: Vec<String>, kind: EntityKind| {
        if let Some(first) = words.first().cloned() {
            let v = surfaces.entry(first).or_default();
            if !v.iter().any(|(w, _)| *w == words) {
                v.push((words, kind));
            }
        }
    };
    for r in &raws {
        let para = &paras[r.p];
        let words: Vec<String> = (r.s..r.e).map(|i| para.word(i).to_string()).collect();
        if !is_cap(&words[0]) && !words[0].chars().next().is_some_and(|c| c.is_ascii_digit()) {
            continue;
        }
        let kind = best_kind(&votes, para.slice(r.s, r.e)).unwrap_or(r.kind);
        if kind == EntityKind::Person && words.len() >= 2 {
            // `Wanderley Jr` … `Menurut Wanderley`: the name before a generation suffix is what
            // a lone mention writes.
            let lowered = [words[words.len() - 1].to_lowercase()];
            let last = if is_generation_suffix(&lowered) {
                &words[words.len() - 2]
            } else {
                &words[words.len() - 1]
            };
            if is_cap(last) && last.chars().count() > 2 {
                add_surface(vec![last.clone()], kind);
            }
        }
        add_surface(words, kind);
    }
    for (p, para) in paras.iter().enumerate() {
        let mut covered = vec![false; para.toks.len()];
        for r in raws.iter().filter(|r| r.p == p) {
            covered[r.s..r.e].iter_mut().for_each(|c| *c = true);
        }
        let mut i = 0;
        while i < para.toks.len() {
            let mut best: Option<(usize, EntityKind)> = None;
            if !covered[i] {
                for (words, kind) in surfaces.get(para.word(i)).into_iter().flatten() {
                    let n = words.len();
                    let fits = i + n <= para.toks.len()
                        && (0..n).all(|k| !covered[i + k] && para.word(i + k) == words[k])
                        && !(i + n < para.toks.len()
                            && is_cap(para.word(i + n))
                            && !is_punct(para.word(i + n)))
                        && (i == 0
                            || !is_cap(para.word(i - 1))
                            || is_punct(para.word(i - 1))
                            || is_title(para.lower(i - 1))
                            // `Menurut Wanderley,`: a word capitalised only because it opens
                            // the sentence, which the news writes lowercase elsewhere.
                            || ((i == 1 || matches!(para.word(i - 2), "." | "!" | "?" | "“" | "\""))
                                && para.cap_bucket(i - 1) == 1));
                    if fits && best.is_none_or(|(m, _)| n > m) {
                        best = Some((n, *kind));
                    }
                }
            }
            if let Some((n, kind)) = best {
                raws.push(Raw {
                    p,
                    s: i,
                    e: i + n,
                    kind,
                    role: None,
                });
                covered[i..i + n].iter_mut().for_each(|c| *c = true);
                i += n;
            } else {
                i += 1;
            }
        }
    }
    // `Marcus/Kevin`: doubles pairs in sports news go by given names, which the tagger, never
    // having seen them alone, often misses. Across a slash, a lone capitalised word that is
    // the first name of a person named in full in this article is that person, when the other
    // side is a person too (found, or another such first name).
    let given: Vec<&str> = raws
        .iter()
        .filter(|r| r.kind == EntityKind::Person && r.e - r.s >= 2)
        .map(|r| paras[r.p].word(r.s))
        .filter(|w| is_cap(w) && w.chars().count() > 2)
        .collect();
    let mut pairs = Vec::new();
    for (p, para) in paras.iter().enumerate() {
        let n = para.toks.len();
        let taken = |i: usize| raws.iter().any(|o| o.p == p && o.s <= i && i < o.e);
        let person_at = |i: usize| {
            raws.iter()
                .any(|o| o.p == p && o.s <= i && i < o.e && o.kind == EntityKind::Person)
        };
        // A bare first name at `i`, not part of a longer capitalised run.
        let bare = |i: usize| {
            !taken(i)
                && given.contains(&para.word(i))
                && (i == 0 || !is_cap(para.word(i - 1)))
                && (i + 1 >= n || !is_cap(para.word(i + 1)))
        };
        for k in (1..n.saturating_sub(1)).filter(|&k| para.word(k) == "/") {
            let (l, r) = (k - 1, k + 1);
            let (bl, br) = (bare(l), bare(r));
            if (bl || person_at(l)) && (br || person_at(r)) {
                for i in [(bl, l), (br, r)].into_iter().filter(|x| x.0).map(|x| x.1) {
                    pairs.push(Raw {
                        p,
                        s: i,
                        e: i + 1,
                        kind: EntityKind::Person,
                        role: None,
                    });
                }
            }
        }
    }
    raws.extend(pairs);
    for r in raws.iter_mut() {
        if let Some(k) = best_kind(&votes, paras[r.p].slice(r.s, r.e)) {
            r.kind = k;
        }
    }
    raws.sort_by_key(|r| (r.p, r.s, r.e));
    raws.dedup_by_key(|r| (r.p, r.s, r.e));

    // Acronyms linked in the text: `Perserikatan Bangsa-Bangsa (PBB)`.
    let mut acronyms: FastMap<String, String> = FastMap::default();
    for r in &raws {
        let para = &paras[r.p];
        if r.e + 2 < para.toks.len() && para.word(r.e) == "(" && para.word(r.e + 2) == ")" {
            let acr = para.word(r.e + 1);
            // `Badan Pengawas Pemilihan Umum (Bawaslu)`: syllable acronyms the letter test
            // cannot follow are linked when the organisation list pairs them.
            if looks_like_acronym(acr, para.slice(r.s, r.e))
                || gaz.lists_acronym(acr, para.slice(r.s, r.e))
            {
                acronyms.insert(normalize(acr), normalize(para.slice(r.s, r.e)));
            }
        }
    }
    // `Lembaga Penjamin Simpanan (LPS)` with the expansion untagged: the capitalised words
    // before the bracket whose initials spell the acronym.
    let mut extra = Vec::new();
    for (p, para) in paras.iter().enumerate() {
        for i in 1..para.toks.len().saturating_sub(2) {
            if para.word(i) != "(" || para.word(i + 2) != ")" {
                continue;
            }
            let acr = para.word(i + 1);
            if raws.iter().any(|r| r.p == p && r.e == i) {
                continue;
            }
            let mut k = i;
            while k > 0
                && i - k < 8
                && (is_cap(para.word(k - 1))
                    || matches!(para.lower(k - 1), "dan" | "and" | "of" | "untuk" | "for"))
                && !is_punct(para.word(k - 1))
            {
                k -= 1;
            }
            while k < i && !is_cap(para.word(k)) {
                k += 1;
            }
            if i - k < 2 {
                continue;
            }
            let initials: String = (k..i)
                .filter(|&x| is_cap(para.word(x)))
                .filter_map(|x| para.word(x).chars().next())
                .collect();
            if initials != acr {
                continue;
            }
            let kind = raws
                .iter()
                .find(|r| r.p == p && r.s == i + 1)
                .map_or(EntityKind::Organization, |r| r.kind);
            let expansion = normalize(para.slice(k, i));
            acronyms.insert(normalize(acr), expansion);
            raws.retain(|r| !(r.p == p && r.s < i && r.e > k));
            extra.push(Raw {
                p,
                s: k,
                e: i,
                kind,
                role: None,
            });
        }
    }
    raws.extend(extra);
    // Untagged acronyms in brackets get the expansion's kind.
    let mut extra = Vec::new();
    for r in &raws {
        let para = &paras[r.p];
        if r.e + 2 < para.toks.len() && para.word(r.e) == "(" && para.word(r.e + 2) == ")" {
            let acr_i = r.e + 1;
            if acronyms.contains_key(&normalize(para.word(acr_i)))
                && !raws.iter().any(|x| x.p == r.p && x.s == acr_i)
            {
                extra.push(Raw {
                    p: r.p,
                    s: acr_i,
                    e: acr_i + 1,
                    kind: r.kind,
                    role: None,
                });
            }
        }
    }
    raws.extend(extra);
    raws.sort_by_key(|r| (r.p, r.s, r.e));

    for r in raws.iter_mut().filter(|r| r.kind == EntityKind::Person) {
        let found = find_role(&paras[r.p], r.s, r.e);
        if found.as_ref().map_or(0, String::len) > r.role.as_ref().map_or(0, String::len) {
            r.role = found;
        }
        // A courtesy title the name was stripped of (`Mr Johnson`) is no role either.
        if r.role
            .as_ref()
            .is_some_and(|x| x.split_whitespace().all(|w| is_courtesy(&w.to_lowercase())))
        {
            r.role = None;
        }
    }

    // Places and organisations named inside a role are entities of their own: `Presiden Rusia`
    // names Rusia, `Ketua DPR` names the DPR. Only runs of capitalised words that are listed as
    // a whole count (`Kapolda Metro Jaya` names no place `Metro`).
    let mut extra: Vec<Raw> = Vec::new();
    for r in raws.iter().filter(|r| r.kind == EntityKind::Person) {
        let para = &paras[r.p];
        let Some(a) = role_before(para, r.s) else {
            continue;
        };
        let run_word = |k: usize| {
            let l = para.lower(k);
            is_cap(para.word(k))
                && !is_punct(para.word(k))
                && !is_title(l)
                && !listed!(ROLE_CONNECTORS, l)
        };
        let mut i = a;
        while i < r.s {
            if !run_word(i) {
                i += 1;
                continue;
            }
            let mut j = i;
            while j < r.s && run_word(j) {
                j += 1;
            }
            if let Some(kind @ (EntityKind::Place | EntityKind::Organization)) =
                gaz.kind_of(para.slice(i, j))
            {
                let free = |x: &Raw| !(x.p == r.p && x.s < j && i < x.e);
                if raws.iter().all(free) && extra.iter().all(free) {
                    extra.push(Raw {
                        p: r.p,
                        s: i,
                        e: j,
                        kind,
                        role: None,
                    });
                }
            }
            i = j;
        }
    }
    raws.extend(extra);
    raws.sort_by_key(|r| (r.p, r.s, r.e));
    city_clubs(gaz, paras, &mut raws);
    split_org_before_person(gaz, paras, &mut raws);
    split_listed_before_person(gaz, paras, &mut raws);
    // `Real unggul 2-0` after `El Real`: the tagger's person `Real` is the nickname again
    // (which merged into `El Real` before that was dropped), unless a list knows it.
    raws.retain(|r| {
        let para = &paras[r.p];
        !(r.kind == EntityKind::Person
            && r.e == r.s + 1
            && nicknames.iter().any(|n| n == para.lower(r.s))
            && gaz.kind_of(para.word(r.s)).is_none())
    });

    // `Basuki Tjahaja Purnama alias Ahok`, `Budi alias Bedul`: the name after `alias` is
    // another name of the person before it (a nickname or a street name), so its mentions
    // join that person, like an acronym in brackets joins its expansion.
    for w in raws.windows(2) {
        let (a, b) = (&w[0], &w[1]);
        let para = &paras[a.p];
        if a.kind == EntityKind::Person
            && b.kind == EntityKind::Person
            && b.p == a.p
            && b.s == a.e + 1
            && para.lower(a.e) == "alias"
        {
            acronyms
                .entry(normalize(para.slice(b.s, b.e)))
                .or_insert_with(|| normalize(para.slice(a.s, a.e)));
        }
    }
    // `Jalan Jenderal Gatot Subroto`, `Jl. Ahmad Yani`: a person's name right after a street
    // word (and the titles the street keeps) names the street, not the person (the gold counts
    // the street as optional and lists no person for it): the span takes the street word and
    // becomes that street, and the lone `Jalan` the tagger may have left is dropped with it.
    let mut streets: Vec<(usize, usize, usize)> = Vec::new();
    for r in raws.iter_mut().filter(|r| r.kind == EntityKind::Person) {
        let para = &paras[r.p];
        let mut k = r.s;
        while k > 0
            && is_cap(para.word(k - 1))
            && STREET_TITLES.contains(&para.lower(k - 1).trim_end_matches('.'))
        {
            k -= 1;
        }
        // Capitalised only: `membuka jalan Greysia` is the way for her.
        if k > 0
            && is_cap(para.word(k - 1))
            && matches!(
                para.lower(k - 1).trim_end_matches('.'),
                "jalan" | "jl" | "jln"
            )
        {
            r.s = k - 1;
            r.kind = EntityKind::Place;
            r.role = None;
            streets.push((r.p, r.s, r.e));
        }
    }
    if !streets.is_empty() {
        raws.retain(|r| {
            !streets
                .iter()
                .any(|&(p, s, e)| r.p == p && r.s >= s && r.e <= e && (r.s, r.e) != (s, e))
        });
    }
    // `Kabupaten Garut` … `di Garut`, `Republik Turki` … `Turki`: a place written once with
    // its administrative type word and once bare is one place, as `Provinsi Banten` and `Banten`
    // are (the guidelines name it without the word). Only when the article uses one such word
    // with the name: `Kota Bandung` and `Kabupaten Bandung` are two places, and a bare `Bandung`
    // beside both is neither for sure. `Republik` only before a listed place (`Republik
    // Indonesia`), not before a party or a film.
    let mut admin_base: FastMap<String, Option<&'static str>> = FastMap::default();
    for r in raws
        .iter()
        .filter(|r| r.kind == EntityKind::Place && r.e > r.s + 1)
    {
        let para = &paras[r.p];
        let Some(word) = ADMIN_WORDS.iter().find(|w| **w == para.lower(r.s)) else {
            continue;
        };
        if *word == "republik" && gaz.kind_of(para.slice(r.s + 1, r.e)) != Some(EntityKind::Place) {
            continue;
        }
        let base = normalize(para.slice(r.s + 1, r.e));
        admin_base
            .entry(base)
            .and_modify(|w| {
                if *w != Some(*word) {
                    *w = None;
                }
            })
            .or_insert(Some(word));
    }
    // Each mention's normal form, once: the three passes below each asked it of every mention.
    let norms: Vec<String> = raws
        .iter()
        .map(|r| normalize(paras[r.p].slice(r.s, r.e)))
        .collect();
    // Only bases also written bare are merged: a prefixed name alone stays as written.
    let bare: Vec<&String> = raws
        .iter()
        .zip(&norms)
        .filter(|(r, _)| r.kind == EntityKind::Place)
        .map(|(_, n)| n)
        .collect();
    admin_base.retain(|base, w| w.is_some() && bare.contains(&base));
    // `Aher` … `Ahmad Heryawan`, `Jaksel` … `Jakarta Selatan`, `MU` … `Manchester United`: a
    // well-known short form or nickname joins its referent when the article also names it in
    // full (the gold counts such a short form as a mention, never as an entry of its own), in
    // the full name's kind. Only then: `Sandi` alone may be any Sandi, and a person of the
    // article whose own name holds the short form (`Emil Dardak` for `Emil`) keeps it.
    let full_kinds: FastMap<String, EntityKind> = raws
        .iter()
        .zip(&norms)
        .map(|(r, n)| (n.clone(), r.kind))
        .collect();
    let mut short_keys: FastMap<(usize, usize), String> = FastMap::default();
    for (r, surface) in raws.iter_mut().zip(&norms) {
        let surface = surface.as_str();
        let Some((full, kind)) = SHORT_FORMS
            .iter()
            // Every short form is plain ASCII words, whose normal form is their lowercase
            // (a test checks it): no normalising of the list for every mention.
            .filter(|(short, _)| short.eq_ignore_ascii_case(surface))
            .find_map(|(_, full)| {
                let full = normalize(full);
                full_kinds.get(&full).map(|&k| (full, k))
            })
        else {
            continue;
        };
        let claimed = full_kinds.iter().any(|(n, k)| {
            *k == EntityKind::Person
                && *n != surface
                && *n != full
                && n.split(' ').any(|w| w == surface)
        });
        if !claimed {
            r.kind = kind;
            short_keys.insert((r.p, r.s), full);
        }
    }
    // Group mentions into entities.
    struct Group {
        kind: EntityKind,
        surfaces: Vec<String>,
        words: Vec<String>,
        role: Option<String>,
        mentions: Vec<Mention>,
    }
    let mut groups: Vec<Group> = Vec::new();
    let mut by_key: FastMap<(EntityKind, String), usize> = FastMap::default();
    let mut order: Vec<usize> = (0..raws.len()).collect();
    order.sort_by_key(|&i| {
        (
            std::cmp::Reverse(raws[i].e - raws[i].s),
            raws[i].p,
            raws[i].s,
        )
    });
    for i in order {
        let r = &raws[i];
        let para = &paras[r.p];
        // `Paris Saint - Germain` (see [`hyphenated_names`]) is written closed up, as the lists
        // and every other source write it, and so keyed with `PSG`'s canonical name.
        let surface = para.slice(r.s, r.e).replace(" - ", "-");
        let norm = normalize(&surface);
        let mut key = acronyms.get(&norm).cloned().unwrap_or_else(|| norm.clone());
        // `Provinsi Banten` and `Banten` are one place (province names are unique, unlike
        // `Kota Bandung` / `Kabupaten Bandung`).
        if r.kind == EntityKind::Place {
            if let Some(rest) = key
                .strip_prefix("provinsi ")
                .or_else(|| key.strip_prefix("propinsi "))
            {
                key = rest.to_string();
            } else if let Some((_, rest)) = key
                .split_once(' ')
                .filter(|(w, rest)| ADMIN_WORDS.contains(w) && admin_base.contains_key(*rest))
            {
                key = rest.to_string();
            }
        }
        if let Some(full) = short_keys.get(&(r.p, r.s)) {
            key = full.clone();
        }
        if let Some(c) = gaz.canonical_norm(&key) {
            key = normalize(c);
        }
        let mention = Mention {
            paragraph: r.p,
            start: para.toks[r.s].cstart,
            end: para.toks[r.e - 1].cend,
        };
        let mut gi = by_key.get(&(r.kind, key.clone())).copied();
        if gi.is_none() && r.kind == EntityKind::Person && r.e - r.s <= 2 {
            // `Gladkov` -> the unique longer person whose name ends (or starts) with it.
            let words: Vec<String> = (r.s..r.e).map(|k| para.lower(k).to_string()).collect();
            let hits: Vec<usize> = groups
                .iter()
                .enumerate()
                .filter(|(_, g)| g.kind == EntityKind::Person && g.words.len() > words.len())
                .filter(|(_, g)| {
                    // `Tito` after `M. Tito Karnavian`, `Made` after `I Made Suprateka`: the
                    // name opens after its initials.
                    let gw = without_initials(&g.words);
                    (g.words.ends_with(&words)
                        && !famous_alone(gaz, &words, &g.words)
                        && !is_patronymic(&g.words[g.words.len() - words.len() - 1]))
                        || (gw.len() > words.len()
                            && gw.starts_with(&words)
                            && !(words.len() > 1 && is_generation_suffix(&gw[words.len()..])))
                        // `Juan Belencoso` after `Juan Carlos Rodriguez Belencoso`: a given
                        // name and surname that open and close a longer name, its middle
                        // names left out.
                        || (words.len() == 2
                            && gw.first() == words.first()
                            && gw.last() == words.last())
                })
                .map(|(gi, _)| gi)
                .collect();
            // `Mayweather` after `Floyd Mayweather Jr`, when no other name (the father's)
            // claims it: the name before a generation suffix.
            let hits: Vec<usize> = if hits.is_empty() {
                groups
                    .iter()
                    .enumerate()
                    .filter(|(_, g)| {
                        g.kind == EntityKind::Person
                            && g.words.len() > words.len() + 1
                            && g.words[..g.words.len() - 1].ends_with(&words)
                            && is_generation_suffix(&g.words[g.words.len() - 1..])
                    })
                    .map(|(gi, _)| gi)
                    .collect()
            } else {
                hits
            };
            if hits.len() == 1 {
                gi = Some(hits[0]);
            }
        }
        if gi.is_none() && r.e - r.s == 1 && r.kind != EntityKind::Place {
            // `Pertamina` -> `PT Pertamina`, `Calendar` -> `Google Calendar`.
            let w = para.lower(r.s);
            let hits: Vec<usize> = groups
                .iter()
                .enumerate()
                .filter(|(_, g)| g.kind == EntityKind::Organization && g.words.len() > 1)
                .filter(|(_, g)| g.words.last().is_some_and(|l| l == w))
                .map(|(gi, _)| gi)
                .collect();
            if hits.len() == 1 {
                gi = Some(hits[0]);
            }
        }
        if gi.is_none() && r.kind == EntityKind::Organization {
            // `Hyundai`, `Hyundai Motor` -> `Hyundai Motor Group`; `Starbucks` -> `Starbucks
            // Corp`: a company named once with its legal or group suffix and once without is
            // one company. (Not `Google Indonesia`: a country after a company is its local arm.)
            let words: Vec<String> = (r.s..r.e).map(|k| para.lower(k).to_string()).collect();
            let hits: Vec<usize> = groups
                .iter()
                .enumerate()
                .filter(|(_, g)| g.kind == EntityKind::Organization && g.words.len() > words.len())
                .filter(|(_, g)| {
                    g.words.starts_with(&words)
                        && g.words[words.len()..].iter().all(|w| company_suffix(w))
                })
                .map(|(gi, _)| gi)
                .collect();
            // `Qualcomm` with `Qualcomm Inc`, `Qualcomm Technologies` and `Qualcomm
            // Technologies Inc` in the article: the nearest form, and among equally near ones
            // the one whose suffix is only a legal form (`Inc`), not a line of business.
            let nearest = hits.iter().map(|&gi| groups[gi].words.len()).min();
            let mut near: Vec<usize> = hits
                .into_iter()
                .filter(|&gi| Some(groups[gi].words.len()) == nearest)
                .collect();
            if near.len() > 1 {
                near.retain(|&gi| {
                    groups[gi].words[words.len()..]
                        .iter()
                        .all(|w| LEGAL_FORMS.contains(&w.as_str()))
                });
            }
            if near.len() == 1 {
                gi = Some(near[0]);
            }
        }
        let gi = gi.unwrap_or_else(|| {
            groups.push(Group {
                kind: r.kind,
                surfaces: Vec::new(),
                words: norm.split(' ').map(str::to_string).collect(),
                role: None,
                mentions: Vec::new(),
            });
            groups.len() - 1
        });
        by_key.entry((r.kind, key)).or_insert(gi);
        let g = &mut groups[gi];
        if !g.surfaces.contains(&surface) {
            g.surfaces.push(surface);
        }
        g.mentions.push(mention);
        if let Some(role) = &r.role {
            keep_longer_role(&mut g.role, role);
        }
    }
    let mut out: Vec<Entity> = groups
        .into_iter()
        .map(|mut g| {
            g.mentions.sort_by_key(|m| (m.paragraph, m.start));
            let longest = g
                .surfaces
                .iter()
                .max_by_key(|s| (s.chars().count(), std::cmp::Reverse((*s).clone())))
                .cloned()
                .unwrap_or_default();
            let mut name = gaz
                .canonical(&longest)
                .map(str::to_string)
                .unwrap_or(longest);
            if g.kind == EntityKind::Place {
                if let Some(rest) = name
                    .strip_prefix("Provinsi ")
                    .or_else(|| name.strip_prefix("Propinsi "))
                {
                    name = rest.to_string();
                } else if let Some((_, rest)) = name.split_once(' ').filter(|(w, rest)| {
                    ADMIN_WORDS.contains(&w.to_lowercase().as_str())
                        && g.surfaces.iter().any(|s| s == rest)
                }) {
                    // `Kabupaten Garut` merged with `Garut` above: named bare.
                    name = rest.to_string();
                }
            }
            if let Some(exp) = acronyms.get(&normalize(&name)) {
                if let Some(s) = g.surfaces.iter().find(|s| normalize(s) == *exp) {
                    name = s.clone();
                }
            }
            let mut aliases = g.surfaces.clone();
            aliases.sort();
            Entity {
                name,
                kind: g.kind,
                aliases,
                role: g.role,
                mentions: g.mentions,
            }
        })
        .collect();
    // A name with no capital letter and no digit (`pendidikan`, left over from an acronym
    // link or a split) names nothing; `eBay`, `iPhone` and `detikcom`-style outlets written
    // with a capital somewhere stay.
    // A bare domain (`boldsky.com`, from [`cited_outlets`]) names its site.
    out.retain(|e| {
        e.name
            .chars()
            .any(|c| c.is_uppercase() || c.is_ascii_digit())
            || is_domain(&e.name)
    });
    // A lone compass word (`Jakarta Barat, Pusat, Utara`: `Pusat` left over from a list that
    // drops the city's name; `Eropa Tenggara` cut short) is a fragment of a place's name, and a
    // single letter is a model's (`E - Class`, `T - Mobile`) or an initial, which the gold
    // never counts; an initial with a role (`Aiptu Y`) or after `berinisial` stays a person.
    out.retain(|e| {
        let lower = e.name.to_lowercase();
        if COMPASS_WORDS.contains(&lower.as_str()) {
            return false;
        }
        if e.name.chars().count() == 1 && e.role.is_none() {
            return e.mentions.iter().any(|m| {
                paras.get(m.paragraph).is_some_and(|para| {
                    para.toks
                        .iter()
                        .position(|t| t.cstart == m.start)
                        .is_some_and(|k| {
                            k > 0
                                && matches!(para.lower(k - 1), "inisial" | "berinisial" | "initial")
                        })
                })
            });
        }
        true
    });
    out.sort_by_key(|e| e.mentions.first().map(|m| (m.paragraph, m.start)));
    out
}

/// `Soeharto` in an article about `Titiek Soeharto` is mostly her father: a bare name the
/// people list has on its own does not join a longer, unlisted name ending with it.
fn famous_alone(gaz: &Gazetteer, bare: &[String], full: &[String]) -> bool {
    bare.len() == 1
        && gaz.kind_of(&bare[0]) == Some(EntityKind::Person)
        && gaz.kind_of(&full.join(" ")) != Some(EntityKind::Person)
}

/// A lowercased name without the initials that open it (`m. tito karnavian` -> `tito
/// karnavian`, the Balinese `i made suprateka` -> `made suprateka`); at least one word is kept.
fn without_initials(words: &[String]) -> &[String] {
    let mut k = 0;
    while k + 1 < words.len() && words[k].chars().filter(|c| c.is_alphabetic()).count() == 1 {
        k += 1;
    }
    &words[k..]
}

/// `Jr`, `Sr`, `III` after a full name: `Donald Trump Jr` is the son, not a longer way of
/// writing `Donald Trump`, so the father named in the same article stays his own person. (A
/// lone given name still joins: `Wanderley` is `Wanderley Junior`.)
fn is_generation_suffix(rest: &[String]) -> bool {
    let mut words = rest.iter().filter(|w| w.chars().any(char::is_alphanumeric));
    match (words.next(), words.next()) {
        (Some(w), None) => matches!(
            w.as_str(),
            "jr" | "sr" | "ii" | "iii" | "iv" | "junior" | "senior"
        ),
        _ => false,
    }
}

fn best_kind(votes: &FastMap<String, [usize; 3]>, surface: &str) -> Option<EntityKind> {
    let v = votes.get(surface)?;
    let (i, n) = v
        .iter()
        .enumerate()
        .max_by_key(|(i, n)| (**n, std::cmp::Reverse(*i)))?;
    (*n > 0).then_some(KINDS[i])
}

/// `PBB` for `Perserikatan Bangsa-Bangsa`: mostly capitals, and its letters in order among the
/// expansion's word initials (loosely, as Indonesian acronyms take syllables: `Kemlu`).
fn looks_like_acronym(acr: &str, expansion: &str) -> bool {
    let n = acr.chars().count();
    if !(2..=10).contains(&n) || !acr.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let upper = acr.chars().filter(|c| c.is_uppercase()).count();
    if upper * 2 < n {
        return false;
    }
    let exp_lower = expansion.to_lowercase();
    let initials: Vec<char> = exp_lower
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(|w| w.chars().next())
        .collect();
    let first = acr
        .chars()
        .next()
        .map(|c| c.to_lowercase().next().unwrap_or(c));
    first.is_some_and(|f| initials.first() == Some(&f))
}

/// Gives the same real-world entity the same `name` across the articles of one run: merges
/// through the alias table, shared aliases (an acronym linked in one article names the same
/// organisation everywhere) and, for people, a bare surname matching exactly one full name.
/// Every article counts as Indonesian; [`canonicalize_corpus_in`] knows their languages.
pub fn canonicalize_corpus(model: &Model, docs: &mut [Vec<Entity>]) {
    canonicalize_corpus_in(model, docs, &[]);
}

/// [`canonicalize_corpus`], where `english[i]` says that `docs[i]` is an English article (a
/// missing flag means Indonesian). An entity that English articles name more often than
/// Indonesian ones is shown by its English name when the canonical one is Indonesian
/// (`Russia`, not `Rusia`), so an English corpus reads in English; a mixed corpus still
/// gives each entity one name.
pub fn canonicalize_corpus_in(model: &Model, docs: &mut [Vec<Entity>], english: &[bool]) {
    canonicalize_corpus_renames(model, docs, english);
}

/// An entity's name changed by [`canonicalize_corpus_renames`]: its old and new name.
pub(crate) type Rename = (String, String);

/// [`canonicalize_corpus_in`], returning per article the entities it renamed, so the caller
/// can rename what it derived from the old names (quote speakers) instead of deriving it again.
pub(crate) fn canonicalize_corpus_renames(
    model: &Model,
    docs: &mut [Vec<Entity>],
    english: &[bool],
) -> Vec<Vec<Rename>> {
    let gaz = model.gazetteer();
    let mut uf = UnionFind::default();
    // The union-find key of a name, and whether the alias table lists the name.
    let key = |kind: EntityKind, s: &str| -> ((EntityKind, String), bool) {
        let n = normalize(s);
        match gaz.canonical_norm(&n) {
            Some(c) => ((kind, normalize(c)), true),
            None => ((kind, n), false),
        }
    };
    // Per article, the union-find id of each entity's name: found once here, since every pass
    // below asks for it (normalising the name and looking it up in the alias table each time
    // was most of this function's cost).
    let mut ids: Vec<Vec<usize>> = Vec::with_capacity(docs.len());
    for doc in docs.iter() {
        let mut doc_ids = Vec::with_capacity(doc.len());
        for e in doc {
            let (name_key, listed) = key(e.kind, &e.name);
            let a = uf.id(name_key.clone());
            doc_ids.push(a);
            for alias in &e.aliases {
                if e.kind == EntityKind::Person && !alias.contains(' ') {
                    continue;
                }
                // `San Antonio Spurs` … `Spurs`: a name the alias table lists as an entity of
                // its own is not renamed through a short form the table gives to another
                // entity (`Spurs` is `Tottenham Hotspur`).
                let (k, alias_listed) = key(e.kind, alias);
                if listed && alias_listed && k != name_key {
                    continue;
                }
                // `Garut` … `Kabupaten Garut` in one article is one place, but another article
                // may name `Kota Bogor` and `Kabupaten Bogor` apart: the prefixed form joins
                // nothing across articles through the bare one.
                if e.kind == EntityKind::Place
                    && k.1
                        .split_once(' ')
                        .is_some_and(|(w, rest)| ADMIN_WORDS.contains(&w) && rest == name_key.1)
                {
                    continue;
                }
                let b = uf.id(k);
                uf.union(a, b);
            }
        }
        ids.push(doc_ids);
    }
    // Bare surnames. A full name is "vouched" for its surname when the people list has it
    // or an article naming it in full also writes the bare surname for it (`PK Ahok` …
    // `Ahok`).
    let mut last_names: FastMap<String, Vec<(usize, bool)>> = FastMap::default();
    for (doc, doc_ids) in docs.iter().zip(&ids) {
        for (e, &id) in doc
            .iter()
            .zip(doc_ids)
            .filter(|(e, _)| e.kind == EntityKind::Person && e.name.contains(' '))
        {
            let norm = normalize(&e.name);
            let mut tail = norm.rsplit(' ');
            let last = tail
                .next()
                .filter(|_| !tail.next().is_some_and(is_patronymic));
            if let Some(last) = last {
                let vouched = gaz.kind_of(&e.name) == Some(EntityKind::Person)
                    || e.aliases.iter().any(|a| normalize(a) == last);
                let root = uf.find(id);
                let v = last_names.entry(last.to_string()).or_default();
                match v.iter_mut().find(|(r, _)| *r == root) {
                    Some(slot) => slot.1 |= vouched,
                    None => v.push((root, vouched)),
                }
            }
        }
    }
    for (doc, doc_ids) in docs.iter().zip(&ids) {
        for (e, &id) in doc
            .iter()
            .zip(doc_ids)
            .filter(|(e, _)| e.kind == EntityKind::Person && !e.name.contains(' '))
        {
            // A bare name the people list has on its own (`Soekarno`) is that well-known
            // person, so it joins only a vouched full name, never the one other `… Soekarno`
            // of the corpus (`Handang Soekarno`).
            let listed = gaz.kind_of(&e.name) == Some(EntityKind::Person);
            if let Some(roots) = last_names.get(&normalize(&e.name)) {
                let roots: Vec<usize> = {
                    let mut r: Vec<usize> = roots
                        .iter()
                        .filter(|(_, vouched)| *vouched || !listed)
                        .map(|&(r, _)| uf.find(r))
                        .collect();
                    r.sort_unstable();
                    r.dedup();
                    r
                };
                if roots.len() == 1 {
                    uf.union(id, roots[0]);
                }
            }
        }
    }
    // Pick one name per group: the alias table's, else the longest well-supported one (ties:
    // most used, then alphabetical, so the choice does not depend on file order). "Well
    // supported": the name of the entity in at least a quarter as many articles as the group's
    // most common name. One mis-tagged span (`VR Google`, `PK Ahok`) would otherwise rename the
    // entity in every article of the corpus; a full name written in a few articles
    // (`Vyacheslav Gladkov` beside many bare `Gladkov`s) still wins.
    let mut candidates: BTreeMap<usize, BTreeMap<String, (usize, usize)>> = BTreeMap::new();
    // Per group: articles in English minus articles in Indonesian naming it, and every
    // surface form its articles write, with the number of articles writing it.
    let mut english_lead: FastMap<usize, i64> = FastMap::default();
    let mut written: FastMap<usize, BTreeMap<&str, usize>> = FastMap::default();
    // Unions only ever join names of one kind.
    let mut kinds: FastMap<usize, EntityKind> = FastMap::default();
    for (i, (doc, doc_ids)) in docs.iter().zip(&ids).enumerate() {
        let en = english.get(i).copied().unwrap_or(false);
        for (e, &id) in doc.iter().zip(doc_ids) {
            let root = uf.find(id);
            *english_lead.entry(root).or_default() += if en { 1 } else { -1 };
            kinds.insert(root, e.kind);
            let forms = written.entry(root).or_default();
            for a in &e.aliases {
                *forms.entry(a.as_str()).or_default() += 1;
            }
            let names = candidates.entry(root).or_default();
            // Most names were met before: cloned only when new.
            let c = match names.get_mut(&e.name) {
                Some(c) => c,
                None => names.entry(e.name.clone()).or_default(),
            };
            c.0 += 1;
            c.1 += e.mentions.len();
        }
    }
    let chosen: FastMap<usize, String> = candidates
        .into_iter()
        .map(|(root, names)| {
            let table = names
                .keys()
                .find_map(|n| gaz.canonical(n).map(str::to_string));
            let top = names.values().map(|c| c.0).max().unwrap_or(0);
            let best = table.unwrap_or_else(|| {
                names
                    .iter()
                    .filter(|(_, c)| c.0 * 4 >= top)
                    .max_by(|a, b| {
                        (a.0.chars().count(), a.1 .1)
                            .cmp(&(b.0.chars().count(), b.1 .1))
                            .then_with(|| b.0.cmp(a.0))
                    })
                    .map(|(n, _)| n.clone())
                    .unwrap_or_default()
            });
            let forms = written.get(&root);
            let kind = kinds.get(&root).copied().unwrap_or(EntityKind::Place);
            let best = name_as_written(gaz, best, kind, english_lead.get(&root) > Some(&0), forms);
            (root, best)
        })
        .collect();
    let mut renames = Vec::with_capacity(docs.len());
    for (doc, doc_ids) in docs.iter_mut().zip(&ids) {
        let mut renamed = Vec::new();
        for (e, &id) in doc.iter_mut().zip(doc_ids) {
            let root = uf.find(id);
            if let Some(n) = chosen.get(&root) {
                if e.name != *n {
                    let old = std::mem::replace(&mut e.name, n.clone());
                    renamed.push((old, n.clone()));
                }
            }
        }
        merge_same_names(doc);
        renames.push(renamed);
    }
    renames
}

/// The name shown for a group whose canonical name (`canonical`) comes from the alias table or
/// has an English form: a name the corpus writes wherever one will do, since a reader checks
/// the name against the text. In order: the English name if English articles lead and write
/// it (`Russia` over `Rusia`); the canonical name if written; the spelling of it the corpus
/// writes most (`Brazil` for an article that never writes `Brasil`), acronyms, shorter forms
/// and people aside; else the
/// canonical (or, English leading, English) name, which expands an acronym (`AS` ->
/// `Amerika Serikat`).
fn name_as_written(
    gaz: &Gazetteer,
    canonical: String,
    kind: EntityKind,
    english_leads: bool,
    forms: Option<&BTreeMap<&str, usize>>,
) -> String {
    let known = gaz.canonical(&canonical).is_some() || gaz.english_name(&canonical).is_some();
    if !known {
        // A name no table knows was itself chosen from the forms written.
        return canonical;
    }
    let english = gaz.english_name(&canonical).filter(|_| english_leads);
    let Some(forms) = forms else {
        return english.map_or(canonical, str::to_string);
    };
    let is_written = |n: &str| {
        let n = normalize(n);
        forms.keys().any(|f| normalize(f) == n)
    };
    if let Some(en) = english.filter(|en| is_written(en)) {
        return en.to_string();
    }
    // People keep the table's spelling (`Volodymyr Zelensky` for `Zelenskyy`): it is a chosen
    // transliteration, not another language's name.
    if is_written(&canonical) || kind == EntityKind::Person {
        return english.map_or(canonical, str::to_string);
    }
    let spelling = forms
        .iter()
        .filter(|(f, _)| f.chars().any(char::is_lowercase))
        // A short form (`Amerika` for `Amerika Serikat`) names less than the canonical name.
        .filter(|(f, _)| f.split_whitespace().count() >= canonical.split_whitespace().count())
        .filter(|(f, _)| gaz.canonical(f) == Some(canonical.as_str()))
        .max_by(|a, b| {
            (a.1, a.0.chars().count())
                .cmp(&(b.1, b.0.chars().count()))
                .then_with(|| b.0.cmp(a.0))
        });
    match spelling {
        Some((f, _)) => f.to_string(),
        None => english.map_or(canonical, str::to_string),
    }
}

/// Of two roles given for one entity, the longer says more (`Gubernur wilayah Belgorod` over
/// `Gubernur`).
fn keep_longer_role(slot: &mut Option<String>, role: &str) {
    if slot.as_ref().is_none_or(|old| role.len() > old.len()) {
        *slot = Some(role.to_string());
    }
}

/// Two entities of one article that the corpus now calls by the same name (`Donald Trump` and
/// a bare `Trump` that only other articles linked to him) are one entity: one card chip, one
/// facet count, one list of mentions.
fn merge_same_names(doc: &mut Vec<Entity>) {
    let mut i = 0;
    while i < doc.len() {
        let mut j = i + 1;
        while j < doc.len() {
            if doc[j].kind == doc[i].kind && doc[j].name == doc[i].name {
                let other = doc.remove(j);
                let e = &mut doc[i];
                e.mentions.extend(other.mentions);
                e.mentions.sort_by_key(|m| (m.paragraph, m.start));
                e.mentions.dedup();
                e.aliases.extend(other.aliases);
                e.aliases.sort();
                e.aliases.dedup();
                if let Some(role) = &other.role {
                    keep_longer_role(&mut e.role, role);
                }
            } else {
                j += 1;
            }
        }
        i += 1;
    }
}

#[derive(Default)]
struct UnionFind {
    ids: FastMap<(EntityKind, String), usize>,
    parent: Vec<usize>,
}

impl UnionFind {
    fn id(&mut self, k: (EntityKind, String)) -> usize {
        let n = self.parent.len();
        let id = *self.ids.entry(k).or_insert(n);
        if id == n {
            self.parent.push(n);
        }
        id
    }
    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[hi] = lo;
        }
    }
}

/// A word as a degree is compared: without periods and parentheses (`SpA(K)` -> `SpAK`,
/// `M.Kes` -> `MKes`).
fn bare_degree(w: &str) -> String {
    w.chars()
        .filter(|&c| !matches!(c, '.' | '(' | ')'))
        .collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// A tagger may call a lone punctuation token a name (an earlier model tagged the `--` of
    /// `Jakarta, CNN Indonesia -- Atap …`): resolving it must give nothing, not panic.
    #[test]
    fn punctuation_only_chunk_is_no_entity() {
        let model = Model::from_bytes(include_bytes!("../../../../data/model/ner.bin")).unwrap();
        let text =
            vec!["Jakarta, CNN Indonesia -- Atap Stadion Gelora Bung Karno runtuh.".to_string()];
        let (paras, _) = tag_paragraphs(&model, &text);
        let dash = (0..paras[0].toks.len())
            .find(|&i| paras[0].word(i) == "--")
            .unwrap();
        for kind in [
            EntityKind::Person,
            EntityKind::Place,
            EntityKind::Organization,
        ] {
            let tagged = vec![vec![(dash, dash + 1, kind)]];
            let found = resolve(&model, &paras, tagged);
            assert!(!found.iter().any(|e| e.name.contains("--")), "{found:?}");
        }
    }

    /// `resolve` matches a mention's normal form against the short forms by their lowercase,
    /// which is only their normal form while every entry is plain ASCII words.
    #[test]
    fn short_forms_normalise_to_their_lowercase() {
        for (short, full) in SHORT_FORMS {
            assert_eq!(
                normalize(short),
                short.to_ascii_lowercase(),
                "{short} ({full})"
            );
        }
    }
}
