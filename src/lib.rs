//! stancegraph turns diplomatic news into a queryable graph of actor–stance–proposal statements.
//!
//! The pipeline, one module per stage:
//!
//! 1. [`ingest`]: paths → cleaned, sentence-split [`model::Article`]s (one `Result` per file);
//! 2. [`ontology`]: Turtle files → [`ontology::Gazetteer`] (actors, proposals, cue lexicon);
//! 3. [`extract`]: article + gazetteer → [`model::Statement`]s (never fails, no I/O);
//! 4. [`rdf`]: article + statements → quads in the article's named graph;
//! 5. [`store`]: quads → Oxigraph on disk, one transaction per article; SPARQL queries;
//! 6. [`export`]: store → petgraph actor–proposal graph → DOT or GraphML;
//! 7. [`eval`]: statements vs a gold TSV, with the reference scorer's rules;
//! 8. [`push`]: store → a SPARQL 1.1 Graph Store Protocol endpoint, only what changed;
//! 9. [`serve`]: the SPARQL 1.1 Protocol and a browser view over HTTP.

pub mod eval;
pub mod export;
pub mod extract;
pub mod ingest;
pub mod model;
pub mod ontology;
pub mod push;
pub mod rdf;
pub mod serve;
pub mod store;
