//! Writes a deterministic corpus of news-like articles for benchmarks and load tests.
//!
//! `cargo run --release --example gen_corpus -- --articles 1000 --seed 7 --out /tmp/corpus-1k`
//!
//! The articles recombine the sentence shapes of `data/articles` with actors and proposals
//! drawn from the ontology (see `bench/corpus.rs`); the same seed gives the same files.
#![expect(clippy::print_stderr, reason = "an example reports what it wrote")]

#[path = "../bench/corpus.rs"]
mod corpus;

use std::path::PathBuf;

use stancegraph::ontology::{Gazetteer, Ontology};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut articles = 100u64;
    let mut seed = 1u64;
    let mut out: Option<PathBuf> = None;
    let mut data = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/data/articles"));
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--articles" => articles = value()?.parse()?,
            "--seed" => seed = value()?.parse()?,
            "--out" => out = Some(PathBuf::from(value()?)),
            "--data" => data = PathBuf::from(value()?),
            other => {
                return Err(format!(
                    "unknown argument {other}; usage: gen_corpus --articles N --seed S --out DIR [--data DIR]"
                )
                .into())
            }
        }
    }
    let out = out.ok_or("--out DIR is required")?;
    let ontology = Ontology::embedded()?;
    let gazetteer = Gazetteer::build(&ontology)?;
    let generator = corpus::CorpusGenerator::new(&data, &gazetteer)?;
    std::fs::create_dir_all(&out)?;
    let mut bytes = 0;
    for i in 0..articles {
        let text = generator.article(seed, i);
        bytes += text.len();
        std::fs::write(out.join(format!("article-{i:06}.txt")), text)?;
    }
    eprintln!(
        "wrote {articles} articles ({:.1} MB) to {} with seed {seed}",
        bytes as f64 / 1e6,
        out.display()
    );
    Ok(())
}
