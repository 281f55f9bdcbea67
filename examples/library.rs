//! The whole pipeline through the library API: ingest → extract → lower → store → query → export.
//!
//! Run with `cargo run --release --example library -- data/articles`.
#![expect(clippy::print_stdout, reason = "an example prints its results")]

use std::path::PathBuf;

use oxigraph::sparql::QueryResults;
use stancegraph::export::{dot, Filter, StanceGraph};
use stancegraph::extract::extract_article;
use stancegraph::ontology::{Gazetteer, Ontology};
use stancegraph::store::Store;
use stancegraph::{ingest, rdf};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let input: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    let input = if input.is_empty() {
        vec![PathBuf::from("data/articles")]
    } else {
        input
    };
    let ontology = Ontology::embedded()?;
    let gazetteer = Gazetteer::build(&ontology)?;
    let dir = tempfile::tempdir()?;
    let store = Store::open(&dir.path().join("example.db"))?;
    store.load_ontology(&ontology)?;
    for article in ingest::articles(&input) {
        let article = article?;
        let statements = extract_article(&article, &gazetteer);
        store.replace_article(&article, &rdf::lower(&article, &statements))?;
        println!("{}: {} statements", article.name, statements.len());
    }
    if let QueryResults::Solutions(rows) =
        store.query("SELECT ?a WHERE { ?a sg:opposes proposal:european-troops-in-ukraine }")?
    {
        for row in rows {
            println!(
                "opposes European troops: {}",
                row?.get("a").map(ToString::to_string).unwrap_or_default()
            );
        }
    }
    let graph = StanceGraph::from_store(&store, &Filter::default())?;
    dot::write(&graph, std::io::stdout().lock())?;
    Ok(())
}
