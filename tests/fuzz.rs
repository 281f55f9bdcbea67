//! No panics: property-based fuzzing of ingest (decode, clean, split) and extraction (mentions,
//! patterns, unknowns) and RDF lowering, in process, with proptest.
//!
//! By default one round of `PROPTEST_CASES` (256) cases per input shape runs, so `cargo test`
//! stays quick. `STANCEGRAPH_FUZZ_SECS=N` keeps starting new rounds with fresh seeds until N
//! seconds have passed (`.ci/run` runs 60 s; RELIABILITY.md has the long local runs).
//! `STANCEGRAPH_FUZZ_SEED=N` fixes the first seed; a failure names the seed that found it.
#![expect(clippy::print_stderr, reason = "the fuzz run reports its figures")]

use std::path::Path;
use std::time::{Duration, Instant};

use oxigraph::io::{RdfFormat, RdfParser};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestCaseError, TestRng, TestRunner};
use stancegraph::extract::{extract_article_with, unknowns, ExtractConfig};
use stancegraph::ingest::{article_from_bytes, MAX_UNIT_BYTES};
use stancegraph::ontology::{Gazetteer, Ontology};

/// Words and characters that steer the tokeniser, splitter and extractor into their branches.
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
    "\n\n",
    "\n• ",
    "\n- ",
    "\n1. ",
    "\nOption 1: ",
    "\n# ",
    "**",
    "[x](y)",
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
    "neither",
    "nor",
    "an end to",
    "Élysée",
    "Київ",
    "😀",
    "\u{202e}",
    "\u{200f}",
    "\u{feff}",
    "\u{0}",
    "\u{7}",
    "\r",
    "\r\n",
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
    "Minister",
    "Foreign Minister",
    "President",
    "<",
    ">",
    "&",
    "]]>",
    "}",
    "{",
    "\"\"\"",
    "\\",
    "@",
    "#",
    "%",
    "ß",
    "İ",
    "ǅ",
    "ﬁ",
    "\u{301}",
    "e\u{301}",
    "ᾼ",
];

/// How a generated text is turned into file bytes.
#[derive(Debug, Clone, Copy)]
enum Encoding {
    Utf8,
    Utf8Bom,
    Utf16Le,
    Utf16Be,
    Crlf,
}

fn encode(text: &str, encoding: Encoding) -> Vec<u8> {
    match encoding {
        Encoding::Utf8 => text.as_bytes().to_vec(),
        Encoding::Utf8Bom => [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
        Encoding::Crlf => text.replace('\n', "\r\n").into_bytes(),
        Encoding::Utf16Le | Encoding::Utf16Be => {
            let le = matches!(encoding, Encoding::Utf16Le);
            let mut out = if le {
                vec![0xFF, 0xFE]
            } else {
                vec![0xFE, 0xFF]
            };
            for u in text.encode_utf16() {
                out.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
            }
            out
        }
    }
}

/// Text made of [`PIECES`], sometimes glued, sometimes spaced, in any encoding.
fn piece_text() -> impl Strategy<Value = Vec<u8>> {
    let encoding = prop_oneof![
        4 => Just(Encoding::Utf8),
        1 => Just(Encoding::Utf8Bom),
        1 => Just(Encoding::Utf16Le),
        1 => Just(Encoding::Utf16Be),
        1 => Just(Encoding::Crlf),
    ];
    (
        proptest::collection::vec((proptest::sample::select(PIECES), any::<bool>()), 0..120),
        encoding,
    )
        .prop_map(|(pieces, encoding)| {
            let mut text = String::new();
            for (piece, space) in pieces {
                text.push_str(piece);
                if space {
                    text.push(' ');
                }
            }
            encode(&text, encoding)
        })
}

/// The input shapes: raw bytes, arbitrary Unicode text, and text built from pieces.
fn inputs() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        1 => proptest::collection::vec(any::<u8>(), 0..2048),
        2 => any::<String>().prop_map(String::into_bytes),
        2 => "[A-Za-z .,\"'\n•\\-]{0,400}".prop_map(String::into_bytes),
        5 => piece_text(),
    ]
}

/// One case: bytes → article → statements → quads, with the invariants that must hold.
fn check(gazetteer: &Gazetteer, bytes: &[u8], open: bool) -> Result<bool, TestCaseError> {
    let Ok(article) = article_from_bytes(Path::new("fuzz.txt"), bytes) else {
        return Ok(false);
    };
    for s in &article.sentences {
        prop_assert!(s.span.start < s.span.end && s.span.end <= article.text.len());
        prop_assert!(article.text.is_char_boundary(s.span.start));
        prop_assert!(article.text.is_char_boundary(s.span.end));
        prop_assert!(s.span.len() <= MAX_UNIT_BYTES);
    }
    let config = ExtractConfig {
        open_proposals: open,
    };
    let statements = extract_article_with(&article, gazetteer, config);
    for st in &statements {
        prop_assert!(article.text.is_char_boundary(st.prov.span.start));
        prop_assert!(article.text.is_char_boundary(st.prov.span.end));
        prop_assert!((0.0..=1.0).contains(&st.prov.confidence));
    }
    let _ = unknowns(&article, gazetteer);
    // Every quad must survive N-Quads serialisation and parsing: IRIs and literals are valid.
    let quads = stancegraph::rdf::lower(&article, &statements);
    let text: String = quads.iter().map(|q| format!("{q} .\n")).collect();
    let parsed = RdfParser::from_format(RdfFormat::NQuads)
        .for_slice(text.as_bytes())
        .collect::<Result<Vec<_>, _>>();
    prop_assert!(parsed.is_ok(), "unparsable N-Quads: {:?}", parsed.err());
    prop_assert_eq!(parsed.map(|p| p.len()).unwrap_or(0), quads.len());
    Ok(true)
}

fn seed_bytes(seed: u64) -> [u8; 32] {
    let mut out = [0u8; 32];
    for (i, chunk) in out.chunks_mut(8).enumerate() {
        chunk.copy_from_slice(
            &(seed ^ (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)).to_le_bytes(),
        );
    }
    out
}

#[test]
fn ingest_and_extract_never_panic() {
    let gazetteer = Gazetteer::build(&Ontology::embedded().expect("ontology")).expect("gazetteer");
    let budget = std::env::var("STANCEGRAPH_FUZZ_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .map(Duration::from_secs);
    let first_seed: u64 = std::env::var("STANCEGRAPH_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed);
    let started = Instant::now();
    let (mut rounds, mut cases, mut articles) = (0u64, 0u64, 0u64);
    loop {
        let seed = first_seed.wrapping_add(rounds);
        let config = Config {
            failure_persistence: None,
            ..Config::default()
        };
        let per_round = u64::from(config.cases);
        let mut runner = TestRunner::new_with_rng(
            config,
            TestRng::from_seed(RngAlgorithm::ChaCha, &seed_bytes(seed)),
        );
        let parsed = std::cell::Cell::new(0u64);
        let result = runner.run(&(inputs(), any::<bool>()), |(bytes, open)| {
            if check(&gazetteer, &bytes, open)? {
                parsed.set(parsed.get() + 1);
            }
            Ok(())
        });
        if let Err(e) = result {
            panic!("seed {seed} (STANCEGRAPH_FUZZ_SEED={seed}): {e}");
        }
        rounds += 1;
        cases += per_round;
        articles += parsed.get();
        if budget.is_none_or(|b| started.elapsed() >= b) {
            break;
        }
    }
    eprintln!(
        "fuzz: {rounds} rounds, {cases} cases ({articles} parsed as articles) in {:.1} s, seeds {first_seed}..{}",
        started.elapsed().as_secs_f64(),
        first_seed.wrapping_add(rounds)
    );
    // The generators do reach the extractor: most cases parse as articles.
    assert!(articles * 4 > cases, "{articles} of {cases}");
}
