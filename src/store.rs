//! The on-disk store: Oxigraph (RocksDB) with one named graph per article and one for the
//! ontology. The only module that opens Oxigraph.

use std::io::Write;
use std::path::{Path, PathBuf};

use oxigraph::io::RdfFormat;
use oxigraph::model::{Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, TermRef};
use oxigraph::sparql::{QueryEvaluationError, QueryResults, SparqlEvaluator, SparqlSyntaxError};
use oxigraph::store::{StorageError, Store as OxStore};

use crate::model::Article;
use crate::ontology::{vocab, Ontology};
use crate::rdf;

/// Why a store operation failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The store could not be opened (missing, locked or corrupt).
    #[error("{}: cannot open store{}", path.display(), if is_lock_error(source) { " (it is in use by another stancegraph process)" } else { "" })]
    Open {
        /// The store directory.
        path: PathBuf,
        /// The cause.
        #[source]
        source: StorageError,
    },
    /// Reading or writing failed.
    #[error("store operation failed")]
    Storage(#[from] StorageError),
    /// The query text is not valid SPARQL.
    #[error("SPARQL syntax error")]
    Syntax(#[from] SparqlSyntaxError),
    /// The query failed while running.
    #[error("SPARQL evaluation failed")]
    Evaluation(#[from] QueryEvaluationError),
    /// Writing a dump failed.
    #[error("cannot write dump")]
    Write(#[source] std::io::Error),
}

fn is_lock_error(e: &StorageError) -> bool {
    let msg = e.to_string().to_lowercase();
    msg.contains("lock")
}

/// What [`Store::replace_article`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The same content was already stored; nothing changed.
    Unchanged,
    /// A new article graph was written.
    Added,
    /// An older version of the same file was replaced.
    Replaced,
}

/// A stancegraph store on disk.
pub struct Store {
    inner: OxStore,
    path: PathBuf,
}

impl Store {
    /// Opens (or creates) the store at `path` for reading and writing.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        Self::opened(path, OxStore::open(path))
    }

    fn opened(path: &Path, inner: Result<OxStore, StorageError>) -> Result<Self, StoreError> {
        match inner {
            Ok(inner) => Ok(Self {
                inner,
                path: path.to_path_buf(),
            }),
            Err(source) => Err(StoreError::Open {
                path: path.to_path_buf(),
                source,
            }),
        }
    }

    /// Opens an existing store read-only; fails if it does not exist.
    pub fn open_read_only(path: &Path) -> Result<Self, StoreError> {
        if !path.join("CURRENT").exists() {
            return Err(StoreError::Open {
                path: path.to_path_buf(),
                source: StorageError::Io(std::io::Error::new(
                    std::io::ErrorKind::NotFound,
                    "no store here: run `stancegraph ingest` first",
                )),
            });
        }
        Self::opened(path, OxStore::open_read_only(path))
    }

    /// The store directory.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Writes the ontology into its named graph, replacing what was there, in one transaction.
    pub fn load_ontology(&self, ontology: &Ontology) -> Result<(), StoreError> {
        let graph = NamedNode::new_unchecked(vocab::ONTOLOGY_GRAPH);
        let mut tx = self.inner.start_transaction()?;
        tx.remove_named_graph(&graph)?;
        tx.insert_named_graph(&graph);
        for quad in ontology.quads() {
            tx.insert(
                Quad::new(
                    quad.subject.clone(),
                    quad.predicate.clone(),
                    quad.object.clone(),
                    graph.clone(),
                )
                .as_ref(),
            );
        }
        tx.commit()?;
        Ok(())
    }

    /// Whether an article with this content is already stored.
    pub fn contains_article(&self, article: &Article) -> Result<bool, StoreError> {
        let graph = rdf::article_iri(&article.id);
        Ok(self.inner.contains_named_graph(&graph)?)
    }

    /// Graphs of earlier versions of the same file (same `dcterms:identifier`, other content).
    fn older_versions(&self, article: &Article) -> Result<Vec<NamedOrBlankNode>, StoreError> {
        let name = Literal::new_simple_literal(&article.name);
        let own = rdf::article_iri(&article.id);
        let mut out = Vec::new();
        for quad in self.inner.quads_for_pattern(
            None,
            Some(NamedNodeRef::new_unchecked(vocab::DC_IDENTIFIER)),
            Some(TermRef::from(name.as_ref())),
            None,
        ) {
            let quad = quad?;
            if let oxigraph::model::GraphName::NamedNode(g) = quad.graph_name {
                if g != own {
                    out.push(g.into());
                }
            }
        }
        Ok(out)
    }

    /// Writes an article's graph in one transaction: a no-op when the same content is stored,
    /// otherwise older versions of the same file are removed and the new graph inserted.
    pub fn replace_article(
        &self,
        article: &Article,
        quads: &[Quad],
    ) -> Result<Outcome, StoreError> {
        if self.contains_article(article)? {
            return Ok(Outcome::Unchanged);
        }
        let older = self.older_versions(article)?;
        let graph = rdf::article_iri(&article.id);
        let mut tx = self.inner.start_transaction()?;
        for g in &older {
            tx.remove_named_graph(g)?;
        }
        tx.insert_named_graph(&graph);
        for quad in quads {
            tx.insert(quad);
        }
        tx.commit()?;
        Ok(if older.is_empty() {
            Outcome::Added
        } else {
            Outcome::Replaced
        })
    }

    /// Loads many new articles through Oxigraph's bulk loader (atomic for the whole batch).
    /// Only for articles that [`Store::contains_article`] and older versions do not concern.
    pub fn bulk_insert(&self, quads: Vec<Quad>) -> Result<(), StoreError> {
        let mut loader = self.inner.bulk_loader();
        loader.load_quads(quads)?;
        loader.commit()?;
        Ok(())
    }

    /// Whether the store holds no article yet (the bulk path is safe).
    pub fn has_no_articles(&self) -> Result<bool, StoreError> {
        for g in self.inner.named_graphs() {
            if let NamedOrBlankNode::NamedNode(n) = g? {
                if n.as_str().starts_with(vocab::ARTICLE) {
                    return Ok(false);
                }
            }
        }
        Ok(true)
    }

    /// Runs a SPARQL query; the default graph is the union of all named graphs, and every
    /// article's graph can still be addressed with `GRAPH`.
    pub fn query(&self, sparql: &str) -> Result<QueryResults<'static>, StoreError> {
        let mut prepared = SparqlEvaluator::new()
            .with_prefix("sg", vocab::SG)
            .and_then(|e| e.with_prefix("actor", vocab::ACTOR))
            .and_then(|e| e.with_prefix("proposal", vocab::PROPOSAL))
            .and_then(|e| e.with_prefix("rdfs", vocab::RDFS))
            .and_then(|e| e.with_prefix("skos", vocab::SKOS))
            .and_then(|e| e.with_prefix("prov", vocab::PROV))
            .and_then(|e| e.with_prefix("dcterms", vocab::DCTERMS))
            .and_then(|e| e.with_prefix("xsd", vocab::XSD))
            .map_err(|_| StoreError::Write(std::io::Error::other("invalid built-in prefix")))?
            .parse_query(sparql)?;
        prepared.dataset_mut().set_default_graph_as_union();
        Ok(prepared.on_store(&self.inner).execute()?)
    }

    /// Writes the whole store (N-Quads or TriG) or its union as one graph (Turtle, N-Triples).
    pub fn dump(&self, format: RdfFormat, writer: impl Write) -> Result<(), StoreError> {
        if format.supports_datasets() {
            // Sorted so that two dumps of the same content are byte-identical.
            let mut quads: Vec<Quad> = self.inner.iter().collect::<Result<_, _>>()?;
            quads.sort_by_cached_key(|q| q.to_string());
            let mut serializer =
                oxigraph::io::RdfSerializer::from_format(format).for_writer(writer);
            for q in &quads {
                serializer.serialize_quad(q).map_err(StoreError::Write)?;
            }
            serializer.finish().map_err(StoreError::Write)?;
        } else {
            let mut triples: Vec<Quad> = self
                .inner
                .iter()
                .map(|q| {
                    q.map(|q| {
                        Quad::new(
                            q.subject,
                            q.predicate,
                            q.object,
                            oxigraph::model::GraphName::DefaultGraph,
                        )
                    })
                })
                .collect::<Result<_, _>>()?;
            triples.sort_by_cached_key(|q| q.to_string());
            triples.dedup();
            let mut serializer = oxigraph::io::RdfSerializer::from_format(format)
                .with_prefix("sg", vocab::SG)
                .and_then(|s| s.with_prefix("actor", vocab::ACTOR))
                .and_then(|s| s.with_prefix("proposal", vocab::PROPOSAL))
                .map_err(|e| StoreError::Write(std::io::Error::other(e)))?
                .for_writer(writer);
            for q in &triples {
                serializer
                    .serialize_triple(q.as_ref())
                    .map_err(StoreError::Write)?;
            }
            serializer.finish().map_err(StoreError::Write)?;
        }
        Ok(())
    }

    /// Number of quads, named graphs (articles) and statements.
    pub fn counts(&self) -> Result<(usize, usize), StoreError> {
        let quads = self.inner.len()?;
        let mut articles = 0;
        for g in self.inner.named_graphs() {
            if let NamedOrBlankNode::NamedNode(n) = g? {
                if n.as_str().starts_with(vocab::ARTICLE) {
                    articles += 1;
                }
            }
        }
        Ok((quads, articles))
    }

    /// Flushes writes to disk.
    pub fn flush(&self) -> Result<(), StoreError> {
        self.inner.flush()?;
        Ok(())
    }
}
