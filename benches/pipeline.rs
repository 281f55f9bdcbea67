//! Criterion benchmarks of the in-process stages on a generated corpus.
//!
//! `cargo bench --bench pipeline` (or `bash bench/run.sh`, which also runs whole-program
//! measurements and the peers). Environment:
//! - `STANCEGRAPH_BENCH_ARTICLES`: corpus size (default 10000), generated in memory with
//!   `bench/corpus.rs` (seed `STANCEGRAPH_BENCH_SEED`, default 7);
//! - `STANCEGRAPH_BENCH_STORE`: an existing store to query and export; without it one is
//!   built from the generated corpus in a temporary directory.
//!
//! Groups: `startup` (ontology parse + gazetteer build), `extract` (single thread and rayon
//! over articles, throughput in sentences), `query` (each `examples/queries/*.rq`), `export`
//! (DOT and GraphML of the whole graph).

#![expect(
    missing_docs,
    reason = "criterion's macros generate undocumented functions"
)]

#[path = "../bench/corpus.rs"]
mod corpus;

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, SamplingMode, Throughput};
use rayon::prelude::*;
use stancegraph::export::{dot, graphml, Filter, StanceGraph};
use stancegraph::extract::extract_article;
use stancegraph::ingest::parse_article;
use stancegraph::model::Article;
use stancegraph::ontology::{Gazetteer, Ontology};
use stancegraph::rdf;
use stancegraph::store::Store;

fn env_or(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn gazetteer() -> Gazetteer {
    let ontology = Ontology::embedded().expect("embedded ontology");
    Gazetteer::build(&ontology).expect("gazetteer")
}

fn corpus(gazetteer: &Gazetteer) -> Vec<Article> {
    let count = env_or("STANCEGRAPH_BENCH_ARTICLES", 10_000);
    let seed = env_or("STANCEGRAPH_BENCH_SEED", 7);
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/articles");
    let generator = corpus::CorpusGenerator::new(&data, gazetteer).expect("generator");
    (0..count)
        .filter_map(|i| {
            let name = format!("article-{i:06}.txt");
            parse_article(Path::new(&name), &name, &generator.article(seed, i))
        })
        .collect()
}

fn startup(c: &mut Criterion) {
    c.bench_function("startup/ontology+gazetteer", |b| {
        b.iter(|| {
            let ontology = Ontology::embedded().expect("embedded ontology");
            black_box(Gazetteer::build(&ontology).expect("gazetteer"))
        })
    });
}

fn extract(c: &mut Criterion) {
    let gazetteer = gazetteer();
    let articles = corpus(&gazetteer);
    let sentences: usize = articles.iter().map(|a| a.sentences.len()).sum();
    let mut group = c.benchmark_group("extract");
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .throughput(Throughput::Elements(sentences as u64));
    group.bench_function(format!("single-thread/{}", articles.len()), |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| extract_article(a, &gazetteer).len())
                .sum::<usize>()
        })
    });
    group.bench_function(
        format!(
            "rayon-{}-threads/{}",
            rayon::current_num_threads(),
            articles.len()
        ),
        |b| {
            b.iter(|| {
                articles
                    .par_iter()
                    .map(|a| extract_article(a, &gazetteer).len())
                    .sum::<usize>()
            })
        },
    );
    group.finish();
}

/// The store to query: `STANCEGRAPH_BENCH_STORE`, or one built from the generated corpus.
fn bench_store() -> (Store, Option<tempfile::TempDir>) {
    if let Ok(path) = std::env::var("STANCEGRAPH_BENCH_STORE") {
        let store = Store::open_read_only(Path::new(&path)).expect("STANCEGRAPH_BENCH_STORE");
        return (store, None);
    }
    let ontology = Ontology::embedded().expect("embedded ontology");
    let gazetteer = Gazetteer::build(&ontology).expect("gazetteer");
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(&dir.path().join("bench.db")).expect("store");
    store.load_ontology(&ontology).expect("ontology");
    for chunk in corpus(&gazetteer).chunks(500) {
        let quads = chunk
            .iter()
            .flat_map(|a| rdf::lower(a, &extract_article(a, &gazetteer)))
            .collect();
        store.bulk_insert(quads).expect("bulk insert");
    }
    (store, Some(dir))
}

fn queries_and_export(c: &mut Criterion) {
    let (store, _dir) = bench_store();
    let mut queries: Vec<PathBuf> =
        std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/queries"))
            .expect("examples/queries")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "rq"))
            .collect();
    queries.sort();
    let mut group = c.benchmark_group("query");
    group.sample_size(10);
    for path in &queries {
        let sparql = std::fs::read_to_string(path).expect("query file");
        let name = path.file_stem().map(|s| s.to_string_lossy().into_owned());
        group.bench_function(name.unwrap_or_default(), |b| {
            b.iter(|| {
                let results = store.query(&sparql).expect("query");
                let mut rows = 0usize;
                match results {
                    oxigraph::sparql::QueryResults::Solutions(s) => {
                        rows = s.count();
                    }
                    oxigraph::sparql::QueryResults::Boolean(_) => {}
                    oxigraph::sparql::QueryResults::Graph(g) => rows = g.count(),
                }
                black_box(rows)
            })
        });
    }
    group.finish();
    let mut group = c.benchmark_group("export");
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1));
    group.bench_function("dot", |b| {
        b.iter(|| {
            let graph = StanceGraph::from_store(&store, &Filter::default()).expect("graph");
            dot::write(&graph, std::io::sink()).expect("dot")
        })
    });
    group.bench_function("graphml", |b| {
        b.iter(|| {
            let graph = StanceGraph::from_store(&store, &Filter::default()).expect("graph");
            graphml::write(&graph, std::io::sink()).expect("graphml")
        })
    });
    group.finish();
}

criterion_group!(benches, startup, extract, queries_and_export);
criterion_main!(benches);
