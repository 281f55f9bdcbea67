//! Ingest and extraction never panic: deterministic pseudo-random texts built from the
//! characters and words that trip tokenisers (quotes, bullets, abbreviations, non-ASCII).

use std::path::Path;

use stancegraph::extract::extract_article;
use stancegraph::ingest::parse_article;
use stancegraph::ontology::{Gazetteer, Ontology};

/// A small xorshift generator: reproducible without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const PIECES: &[&str] = &[
    "Poland",
    "will",
    "not",
    "send",
    "troops",
    "to",
    "Ukraine",
    "U.S.",
    "Gen.",
    "\"",
    "“",
    "”",
    "'",
    "’s",
    ",",
    ".",
    "...",
    "…",
    ":",
    ";",
    "?",
    "!",
    "\n",
    "\n• ",
    "\n- ",
    "\nOption 1: ",
    "Moscow",
    "rejects",
    "security guarantees",
    "if",
    "unless",
    "by",
    "he",
    "she",
    "it",
    "they",
    "this idea",
    "never",
    "no",
    "an end to",
    "Élysée",
    "Київ",
    "😀",
    "\u{202e}",
    "\t",
    "  ",
    "Mr.",
    "J.",
    "2025-08-20",
    "Aug. 20, 2025",
    "Source:",
    "said",
    "according to",
    "NATO",
    "membership",
    "(",
    ")",
    "—",
    "the",
    "a",
    "which",
    "whether",
    "must",
    "refused to rule out",
    "backed",
    "Lavrov",
    "Kremlin",
];

#[test]
fn random_texts_never_panic() {
    let gazetteer = Gazetteer::build(&Ontology::embedded().expect("ontology")).expect("gazetteer");
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    let mut articles = 0;
    let mut statements = 0;
    for _ in 0..2_000 {
        let len = 1 + rng.next() % 60;
        let mut text = String::new();
        for _ in 0..len {
            text.push_str(rng.pick(PIECES));
            if !rng.next().is_multiple_of(3) {
                text.push(' ');
            }
        }
        if let Some(article) = parse_article(Path::new("r.txt"), "r.txt", &text) {
            articles += 1;
            for st in extract_article(&article, &gazetteer) {
                assert!(article.text.is_char_boundary(st.prov.span.start));
                assert!(article.text.is_char_boundary(st.prov.span.end));
                assert!((0.0..=1.0).contains(&st.prov.confidence));
                statements += 1;
            }
        }
    }
    // The generator does produce parseable articles and statements, so the loop tests something.
    assert!(articles > 1_500, "{articles}");
    assert!(statements > 20, "{statements}");
}
