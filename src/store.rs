//! The on-disk store: Oxigraph (RocksDB) with one named graph per article and one for the
//! ontology. The only module that opens Oxigraph.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use oxigraph::io::RdfFormat;
use oxigraph::model::{
    Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term, TermRef, Triple, Variable,
};
use oxigraph::sparql::{
    CancellationToken, QueryEvaluationError, QueryResults, QuerySolution, SparqlEvaluator,
    SparqlSyntaxError,
};
use oxigraph::store::{StorageError, Store as OxStore};
use sha2::{Digest, Sha256};

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
    /// A SPARQL Update failed while running.
    #[error("SPARQL update failed")]
    Update(#[source] oxigraph::sparql::UpdateEvaluationError),
    /// Writing a dump failed.
    #[error("cannot write dump")]
    Write(#[source] std::io::Error),
    /// The query ran longer than its time limit and was cancelled.
    #[error("the query ran longer than {} s and was stopped", .after.as_secs_f64())]
    Timeout {
        /// The time limit.
        after: Duration,
    },
    /// The query could not be started on a worker thread.
    #[error("cannot start the query thread")]
    Thread(#[source] std::io::Error),
    /// Another process holds the store open for writing (RocksDB's lock).
    #[error("{}: store is in use by {}{}", path.display(), pid.map_or_else(|| "another process".to_owned(), |p| format!("process {p}")), if *reading {
        ", which is writing it; Oxigraph cannot read a store while another process writes it, so run this again when that process has finished"
    } else {
        "; wait for it to finish (only one process can write a store at a time)"
    })]
    InUse {
        /// The store directory.
        path: PathBuf,
        /// The writing process, when `/proc/locks` names it.
        pid: Option<u32>,
        /// Whether the refused open was a read-only one.
        reading: bool,
    },
}

/// Limits for one query run through [`Store::query_limited`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QueryLimits {
    /// Stop the query (cancel its evaluation) after this long.
    pub timeout: Option<Duration>,
    /// Keep at most this many result rows (solutions or triples); the rest are not read.
    pub max_rows: Option<usize>,
}

/// The whole answer to a query, read within [`QueryLimits`].
#[derive(Debug)]
pub enum Answer {
    /// SELECT: the projected variables and the rows.
    Solutions {
        /// The variables, in projection order.
        variables: Vec<Variable>,
        /// The rows (at most `max_rows`).
        rows: Vec<QuerySolution>,
        /// Whether rows were left out because of `max_rows`.
        truncated: bool,
    },
    /// ASK.
    Boolean(bool),
    /// CONSTRUCT or DESCRIBE.
    Graph {
        /// The triples (at most `max_rows`).
        triples: Vec<Triple>,
        /// Whether triples were left out because of `max_rows`.
        truncated: bool,
    },
}

impl Answer {
    /// Whether rows were left out because of the row limit.
    pub fn truncated(&self) -> bool {
        match self {
            Answer::Solutions { truncated, .. } | Answer::Graph { truncated, .. } => *truncated,
            Answer::Boolean(_) => false,
        }
    }

    /// Reads `results` whole, keeping at most `max_rows` rows.
    fn collect(results: QueryResults<'_>, max_rows: Option<usize>) -> Result<Self, StoreError> {
        let max = max_rows.unwrap_or(usize::MAX);
        Ok(match results {
            QueryResults::Boolean(b) => Answer::Boolean(b),
            QueryResults::Solutions(solutions) => {
                let variables = solutions.variables().to_vec();
                let (rows, truncated) = take_at_most(solutions, max)?;
                Answer::Solutions {
                    variables,
                    rows,
                    truncated,
                }
            }
            QueryResults::Graph(triples) => {
                let (triples, truncated) = take_at_most(triples, max)?;
                Answer::Graph { triples, truncated }
            }
        })
    }

    /// Turns the answer back into Oxigraph results (for Oxigraph's serializers).
    pub fn into_results(self) -> QueryResults<'static> {
        match self {
            Answer::Boolean(b) => QueryResults::Boolean(b),
            Answer::Solutions {
                variables, rows, ..
            } => QueryResults::Solutions(oxigraph::sparql::QuerySolutionIter::new(
                variables.into(),
                rows.into_iter().map(Ok),
            )),
            Answer::Graph { triples, .. } => QueryResults::Graph(
                oxigraph::sparql::QueryTripleIter::new(triples.into_iter().map(Ok)),
            ),
        }
    }
}

fn is_lock_error(e: &StorageError) -> bool {
    let msg = e.to_string().to_lowercase();
    msg.contains("lock")
}

/// Deletes `bulk-*.sst` files that a bulk load killed before its commit left in the store
/// directory. Oxigraph writes them there and removes them after ingesting them; RocksDB never
/// reads them. Called right after a read-write open: this process holds RocksDB's lock and has
/// no bulk load running, so every such file is garbage. Best effort: a file that cannot be
/// removed stays.
fn remove_stale_bulk_files(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with("bulk-") && name.ends_with(".sst") {
            let _ = std::fs::remove_file(entry.path());
        }
    }
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
    ///
    /// Fails at once with [`StoreError::InUse`] (naming the process) when another process
    /// has it open for writing.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        match OxStore::open(path) {
            Err(e) if is_lock_error(&e) => Err(StoreError::InUse {
                path: path.to_path_buf(),
                pid: Self::writer_pid(path),
                reading: false,
            }),
            other => {
                let store = Self::opened(path, other)?;
                remove_stale_bulk_files(path);
                Ok(store)
            }
        }
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

    /// Opens an existing store read-only; fails if it does not exist, and with
    /// [`StoreError::InUse`] while another process writes it (Oxigraph documents a read-only
    /// open during another process's writes as undefined behaviour).
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
        // This process's own writer is its own business (the lock is per process).
        if let Some(pid) = Self::writer_pid(path).filter(|p| *p != std::process::id()) {
            return Err(StoreError::InUse {
                path: path.to_path_buf(),
                pid: Some(pid),
                reading: true,
            });
        }
        Self::opened(path, OxStore::open_read_only(path))
    }

    /// Opens an existing store for reading and writing; fails if it does not exist, and at
    /// once if another process holds it (RocksDB's lock).
    pub fn open_existing(path: &Path) -> Result<Self, StoreError> {
        if !path.join("CURRENT").exists() {
            return Err(StoreError::Open {
                path: path.to_path_buf(),
                source: StorageError::Io(std::io::Error::new(
                    std::io::ErrorKind::NotFound,
                    "no store here: run `stancegraph ingest` first",
                )),
            });
        }
        Self::open(path)
    }

    /// The process that holds the store at `path` open for writing (RocksDB's lock on its
    /// `LOCK` file, as `/proc/locks` lists it); `None` when none does, or on systems without
    /// `/proc/locks`. A read-only open while another process writes is undefined behaviour in
    /// Oxigraph, so long-running readers (`serve`) check this before they touch the store.
    pub fn writer_pid(path: &Path) -> Option<u32> {
        #[cfg(target_os = "linux")]
        {
            use std::os::unix::fs::MetadataExt;
            let meta = std::fs::metadata(path.join("LOCK")).ok()?;
            let dev = meta.dev();
            let major = ((dev >> 8) & 0xfff) | ((dev >> 32) & !0xfff);
            let minor = (dev & 0xff) | ((dev >> 12) & !0xff);
            let id = format!("{major:02x}:{minor:02x}:{}", meta.ino());
            let locks = std::fs::read_to_string("/proc/locks").ok()?;
            locks
                .lines()
                .filter(|l| !l.contains("->"))
                .map(|l| l.split_whitespace().collect::<Vec<_>>())
                .find(|f| f.len() > 5 && f[1] == "POSIX" && f[3] == "WRITE" && f[5] == id)
                .and_then(|f| f[4].parse().ok())
        }
        #[cfg(not(target_os = "linux"))]
        {
            let _ = path;
            None
        }
    }

    /// Which version of the store's metadata is current (RocksDB's `CURRENT` file names the
    /// manifest; every read-write open writes a new one). A reader that sees it change knows
    /// the store was written since it opened, and can open it again to see the new data.
    pub fn generation(path: &Path) -> Option<String> {
        std::fs::read_to_string(path.join("CURRENT")).ok()
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
        Ok(self.article_graph_names()?.is_empty())
    }

    /// Runs a SPARQL query; the default graph is the union of all named graphs, and every
    /// article's graph can still be addressed with `GRAPH`.
    pub fn query(&self, sparql: &str) -> Result<QueryResults<'static>, StoreError> {
        let mut prepared = evaluator()?.parse_query(sparql)?;
        prepared.dataset_mut().set_default_graph_as_union();
        Ok(prepared.on_store(&self.inner).execute()?)
    }

    /// Runs a SPARQL query like [`Store::query`] and reads its whole answer, within `limits`.
    ///
    /// The query runs on its own thread with an Oxigraph cancellation token. When the timeout
    /// passes, the token is cancelled (evaluation stops at its next read from the store) and
    /// [`StoreError::Timeout`] is returned at once, even if the evaluation is still busy
    /// with data it already read. Syntax errors are reported before any thread starts.
    pub fn query_limited(&self, sparql: &str, limits: QueryLimits) -> Result<Answer, StoreError> {
        let token = CancellationToken::new();
        let mut prepared = evaluator()?
            .with_cancellation_token(token.clone())
            .parse_query(sparql)?;
        prepared.dataset_mut().set_default_graph_as_union();
        let Some(timeout) = limits.timeout else {
            let results = prepared.on_store(&self.inner).execute()?;
            return Answer::collect(results, limits.max_rows);
        };
        let store = self.inner.clone();
        let (send, receive) = mpsc::sync_channel(1);
        let worker = std::thread::Builder::new()
            .name("stancegraph-query".into())
            .spawn(move || {
                let answer = prepared
                    .on_store(&store)
                    .execute()
                    .map_err(StoreError::from)
                    .and_then(|results| Answer::collect(results, limits.max_rows));
                // The receiver is gone when the caller timed out; nothing to report then.
                let _ = send.send(answer);
            })
            .map_err(StoreError::Thread)?;
        let received = receive.recv_timeout(timeout);
        if received.is_ok() {
            // The worker only has its clone of the store left to drop: wait for that, so that
            // it never closes RocksDB while the process exits (RocksDB aborts then).
            let _ = worker.join();
        }
        match received {
            Ok(Err(StoreError::Evaluation(QueryEvaluationError::Cancelled))) => {
                Err(StoreError::Timeout { after: timeout })
            }
            Ok(answer) => answer,
            Err(mpsc::RecvTimeoutError::Timeout) => {
                // The evaluation stops at its next read from the store. The worker keeps its
                // clone of the store until then: a caller that exits right away should keep
                // its own `Store` alive (see `Store::keep_open_until_exit`).
                token.cancel();
                Err(StoreError::Timeout { after: timeout })
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => Err(StoreError::Thread(
                std::io::Error::other("the query thread stopped without an answer"),
            )),
        }
    }

    /// Leaves the store open until the process exits, instead of closing it now. For a
    /// process about to exit after [`StoreError::Timeout`]: the cancelled query's thread still
    /// holds the store, and RocksDB must not be closed by that thread while the process exits.
    pub fn keep_open_until_exit(self) {
        std::mem::forget(self);
    }

    /// Runs a SPARQL 1.1 Update (`INSERT`, `DELETE`, `LOAD`, `CLEAR`, …) on the store, with the
    /// same predefined prefixes as [`Store::query`]. Fails on a store opened read-only.
    pub fn update(&self, sparql: &str) -> Result<(), StoreError> {
        evaluator()?
            .parse_update(sparql)?
            .on_store(&self.inner)
            .execute()
            .map_err(|e| match e {
                oxigraph::sparql::UpdateEvaluationError::Storage(s) => StoreError::Storage(s),
                other => StoreError::Update(other),
            })
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

    /// Every named graph in the store (the ontology's, the edge summary's and one per
    /// article), sorted by IRI.
    pub fn graph_names(&self) -> Result<Vec<NamedNode>, StoreError> {
        let mut out = Vec::new();
        for g in self.inner.named_graphs() {
            if let NamedOrBlankNode::NamedNode(n) = g? {
                out.push(n);
            }
        }
        out.sort();
        Ok(out)
    }

    /// The article graphs, sorted by IRI.
    fn article_graph_names(&self) -> Result<Vec<NamedNode>, StoreError> {
        let mut names = self.graph_names()?;
        names.retain(|n| n.as_str().starts_with(vocab::ARTICLE));
        Ok(names)
    }

    /// One named graph as N-Triples, lines sorted (so equal content gives equal bytes), and
    /// the number of triples.
    pub fn graph_ntriples(&self, graph: NamedNodeRef<'_>) -> Result<(Vec<u8>, usize), StoreError> {
        let mut lines: Vec<String> = Vec::new();
        for quad in self
            .inner
            .quads_for_pattern(None, None, None, Some(graph.into()))
        {
            let quad = quad?;
            // Oxigraph's `Display` of terms is their N-Triples form (escapes included).
            lines.push(format!(
                "{} {} {} .\n",
                quad.subject, quad.predicate, quad.object
            ));
        }
        lines.sort_unstable();
        let count = lines.len();
        Ok((lines.concat().into_bytes(), count))
    }

    /// Number of quads, named graphs (articles) and statements.
    pub fn counts(&self) -> Result<(usize, usize), StoreError> {
        Ok((self.inner.len()?, self.article_graph_names()?.len()))
    }

    /// A fingerprint of the set of article graphs (SHA-256 of their sorted IRIs; an article's
    /// IRI is its content hash, so any added, changed or removed article changes it).
    pub fn articles_fingerprint(&self) -> Result<String, StoreError> {
        let mut hasher = Sha256::new();
        for name in self.article_graph_names()? {
            hasher.update(name.as_str().as_bytes());
            hasher.update(b"\n");
        }
        Ok(hasher
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect())
    }

    /// The article-set fingerprint the summary graph was computed from, if there is one.
    pub fn summary_fingerprint(&self) -> Result<Option<String>, StoreError> {
        let graph = NamedNodeRef::new_unchecked(vocab::SUMMARY_GRAPH);
        let predicate = vocab::sg("sourceFingerprint");
        for quad in self.inner.quads_for_pattern(
            Some(graph.into()),
            Some(NamedNodeRef::new_unchecked(&predicate)),
            None,
            Some(graph.into()),
        ) {
            if let Term::Literal(l) = quad?.object {
                return Ok(Some(l.value().to_owned()));
            }
        }
        Ok(None)
    }

    /// Replaces the summary graph with `quads`, in one transaction.
    pub fn replace_summary(&self, quads: &[Quad]) -> Result<(), StoreError> {
        let graph = NamedNode::new_unchecked(vocab::SUMMARY_GRAPH);
        let mut tx = self.inner.start_transaction()?;
        tx.remove_named_graph(&graph)?;
        tx.insert_named_graph(&graph);
        for quad in quads {
            tx.insert(quad.as_ref());
        }
        tx.commit()?;
        Ok(())
    }

    /// Compacts the database (Oxigraph's `optimize`): after a bulk load, lookups otherwise seek
    /// through many overlapping files (queries on 1,000 generated articles ran 2–3× slower).
    pub fn optimize(&self) -> Result<(), StoreError> {
        self.inner.optimize()?;
        Ok(())
    }

    /// Flushes writes to disk.
    pub fn flush(&self) -> Result<(), StoreError> {
        self.inner.flush()?;
        Ok(())
    }
}

/// The first `max` items of `items`, and whether more followed.
fn take_at_most<T, E>(
    items: impl Iterator<Item = Result<T, E>>,
    max: usize,
) -> Result<(Vec<T>, bool), E> {
    let mut out = Vec::new();
    for item in items {
        if out.len() == max {
            return Ok((out, true));
        }
        out.push(item?);
    }
    Ok((out, false))
}

/// The SPARQL evaluator with stancegraph's predefined prefixes.
fn evaluator() -> Result<SparqlEvaluator, StoreError> {
    SparqlEvaluator::new()
        .with_prefix("sg", vocab::SG)
        .and_then(|e| e.with_prefix("actor", vocab::ACTOR))
        .and_then(|e| e.with_prefix("proposal", vocab::PROPOSAL))
        .and_then(|e| e.with_prefix("rdfs", vocab::RDFS))
        .and_then(|e| e.with_prefix("skos", vocab::SKOS))
        .and_then(|e| e.with_prefix("prov", vocab::PROV))
        .and_then(|e| e.with_prefix("dcterms", vocab::DCTERMS))
        .and_then(|e| e.with_prefix("xsd", vocab::XSD))
        .map_err(|_| StoreError::Write(std::io::Error::other("invalid built-in prefix")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store_with_ontology() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(&dir.path().join("s.db")).expect("open");
        store
            .load_ontology(&Ontology::embedded().expect("ontology"))
            .expect("load");
        (dir, store)
    }

    #[test]
    fn a_graph_as_ntriples_is_sorted_and_parses_back_to_the_same_triples() {
        let (_dir, store) = store_with_ontology();
        let graphs = store.graph_names().expect("graphs");
        let ontology = NamedNode::new_unchecked(vocab::ONTOLOGY_GRAPH);
        assert_eq!(graphs, std::slice::from_ref(&ontology));
        let (body, count) = store.graph_ntriples(ontology.as_ref()).expect("ntriples");
        let text = String::from_utf8(body.clone()).expect("utf-8");
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), count);
        assert!(
            lines.windows(2).all(|w| w[0] < w[1]),
            "sorted, no duplicates"
        );
        let parsed: Vec<oxigraph::model::Triple> =
            oxigraph::io::RdfParser::from_format(RdfFormat::NTriples)
                .for_slice(&body)
                .map(|q| q.map(|q| q.into()))
                .collect::<Result<_, _>>()
                .expect("valid N-Triples");
        let stored: std::collections::HashSet<oxigraph::model::Triple> = store
            .inner
            .quads_for_pattern(None, None, None, Some(ontology.as_ref().into()))
            .map(|q| q.map(|q| q.into()))
            .collect::<Result<_, _>>()
            .expect("quads");
        assert_eq!(parsed.len(), stored.len());
        assert!(parsed.iter().all(|t| stored.contains(t)));
    }

    #[test]
    fn row_limit_truncates_and_says_so() {
        let (_dir, store) = store_with_ontology();
        let q = "SELECT ?s WHERE { ?s ?p ?o }";
        let limits = |max_rows| QueryLimits {
            timeout: None,
            max_rows,
        };
        let Answer::Solutions {
            rows, truncated, ..
        } = store.query_limited(q, limits(Some(3))).expect("query")
        else {
            panic!("SELECT gives solutions");
        };
        assert_eq!(rows.len(), 3);
        assert!(truncated);
        let all = store.query_limited(q, limits(None)).expect("query");
        assert!(!all.truncated());
        let Answer::Solutions { rows, .. } = all else {
            panic!("SELECT gives solutions");
        };
        assert!(rows.len() > 3);
    }

    #[test]
    fn a_runaway_query_times_out() {
        let (_dir, store) = store_with_ontology();
        let limits = QueryLimits {
            timeout: Some(Duration::from_millis(200)),
            max_rows: None,
        };
        let err = store
            .query_limited(
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
                limits,
            )
            .expect_err("cannot finish");
        assert!(matches!(err, StoreError::Timeout { .. }), "{err:?}");
    }

    #[test]
    fn syntax_errors_come_before_any_thread() {
        let (_dir, store) = store_with_ontology();
        let limits = QueryLimits {
            timeout: Some(Duration::from_secs(5)),
            max_rows: None,
        };
        let err = store
            .query_limited("SELECT ?x WHERE { ?x ?y }", limits)
            .expect_err("bad syntax");
        assert!(matches!(err, StoreError::Syntax(_)), "{err:?}");
    }

    #[test]
    fn the_writing_process_is_found_by_its_lock() {
        let (dir, store) = store_with_ontology();
        let path = dir.path().join("s.db");
        assert_eq!(Store::writer_pid(&path), Some(std::process::id()));
        let before = Store::generation(&path).expect("CURRENT");
        drop(store);
        assert_eq!(Store::writer_pid(&path), None);
        let _again = Store::open(&path).expect("reopen");
        assert_ne!(
            Store::generation(&path),
            Some(before),
            "a new manifest per open"
        );
    }

    #[test]
    fn answers_round_trip_into_results() {
        let (_dir, store) = store_with_ontology();
        let answer = store
            .query_limited("ASK { ?s ?p ?o }", QueryLimits::default())
            .expect("ask");
        assert!(matches!(answer.into_results(), QueryResults::Boolean(true)));
    }
}
