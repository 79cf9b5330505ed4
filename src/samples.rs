//! The built-in sample corpus: the five seed articles Kliping grew from, compiled into the app
//! so "Try the sample articles" works offline and without any request.

pub const SAMPLES: &[(&str, &[u8])] = &[
    (
        "000_fd82f42624df11bb.txt",
        include_bytes!("../data/samples/000_fd82f42624df11bb.txt"),
    ),
    (
        "001_4c77c4df9ca33e62.txt",
        include_bytes!("../data/samples/001_4c77c4df9ca33e62.txt"),
    ),
    (
        "002_d149c1def1f10f1d.txt",
        include_bytes!("../data/samples/002_d149c1def1f10f1d.txt"),
    ),
    (
        "003_2110f54099994ca6.txt",
        include_bytes!("../data/samples/003_2110f54099994ca6.txt"),
    ),
    (
        "004_6e1be6000b9ebbe3.txt",
        include_bytes!("../data/samples/004_6e1be6000b9ebbe3.txt"),
    ),
];
