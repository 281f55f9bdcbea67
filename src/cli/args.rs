//! Command-line arguments (clap derive); the `///` comments are the help text.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Build a knowledge graph of who supports, opposes, proposes or considers what, from news articles.
///
/// Exit status: 0 success; 1 bad input (nothing ingested, a bad query, an unknown format, or
/// `--strict` with a skipped file); 2 store or internal failure.
#[derive(Debug, Parser)]
#[command(name = "stancegraph", version, propagate_version = true)]
pub(crate) struct Args {
    /// The on-disk store (an Oxigraph RocksDB directory).
    #[arg(long, global = true, default_value = "stancegraph.db", value_hint = clap::ValueHint::DirPath)]
    pub(crate) store: PathBuf,
    /// Load the ontology (schema.ttl, actors.ttl, proposals.ttl, lexicon.ttl) from this directory
    /// instead of the embedded one.
    #[arg(long, global = true, value_hint = clap::ValueHint::DirPath)]
    pub(crate) ontology: Option<PathBuf>,
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Read articles, extract statements and write them to the store.
    ///
    /// Each article becomes its own named graph. Unchanged articles are skipped; a changed file
    /// replaces its old graph in one transaction.
    ///
    /// Example: stancegraph ingest data/articles
    Ingest {
        /// Files or directories (searched recursively for .txt and .md).
        #[arg(required = true, value_hint = clap::ValueHint::AnyPath)]
        paths: Vec<PathBuf>,
        /// Exit with status 1 if any file was skipped.
        #[arg(long)]
        strict: bool,
        /// No progress bar and no per-file warnings (the summary still lists skipped files).
        #[arg(long, short)]
        quiet: bool,
        /// Print on stderr how long reading+extraction and the store writes took.
        #[arg(long)]
        timings: bool,
        /// Also emit `new:<label>` proposals for phrases after a stance cue that match no
        /// concept (they merge across articles by label; off by default, they cost precision).
        #[arg(long)]
        open_proposals: bool,
    },
    /// Print the statements found in articles, without touching the store.
    ///
    /// Example: stancegraph extract --format tsv data/articles > statements.tsv
    Extract {
        /// Files or directories.
        #[arg(required = true, value_hint = clap::ValueHint::AnyPath)]
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value = "tsv")]
        format: ExtractFormat,
        /// List phrases next to stance cues that matched no proposal, and capitalised names
        /// that looked like speakers but matched no actor, with counts.
        #[arg(long)]
        unknowns: bool,
        /// Also emit `new:<label>` proposals for phrases after a stance cue that match no
        /// concept (they merge across articles by label; off by default, they cost precision).
        #[arg(long)]
        open_proposals: bool,
    },
    /// Run a SPARQL query over all articles (the default graph is the union of their graphs).
    ///
    /// Prefixes sg:, actor:, proposal:, rdfs:, skos:, prov:, dcterms: and xsd: are predefined.
    ///
    /// Example: stancegraph query 'SELECT ?a WHERE { ?a sg:opposes proposal:european-troops-in-ukraine }'
    Query {
        /// The query text (or use --file).
        #[arg(required_unless_present = "file", conflicts_with = "file")]
        sparql: Option<String>,
        /// Read the query from a file.
        #[arg(long, value_hint = clap::ValueHint::FilePath)]
        file: Option<PathBuf>,
        /// Result format: a readable table, or a W3C format (json, xml, csv, tsv) for SELECT/ASK;
        /// turtle or ntriples for CONSTRUCT/DESCRIBE.
        #[arg(long, value_enum, default_value = "table")]
        format: QueryFormat,
        /// Stop the query after this many seconds (0: no limit); exit status 1 when it stops.
        #[arg(long, value_name = "SECS", default_value_t = 30)]
        timeout: u64,
        /// Print at most this many result rows (solutions or triples); a note on standard
        /// error says when rows were left out.
        #[arg(long, value_name = "N")]
        limit: Option<usize>,
    },
    /// Export the actor–proposal graph for Graphviz (dot) or Gephi/yEd/networkx (graphml).
    ///
    /// Example: stancegraph export --format dot --stance opposes | dot -Tsvg > opposes.svg
    Export {
        /// Output format.
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Write to this file instead of standard output.
        #[arg(long, value_hint = clap::ValueHint::FilePath)]
        out: Option<PathBuf>,
        /// Keep only these actors (slug or label; repeatable).
        #[arg(long)]
        actor: Vec<String>,
        /// Keep only these proposals (slug or label; repeatable).
        #[arg(long)]
        proposal: Vec<String>,
        /// Keep only these stances (repeatable).
        #[arg(long, value_enum)]
        stance: Vec<StanceArg>,
        /// Keep statements dated on or after this day (YYYY-MM-DD).
        #[arg(long)]
        since: Option<String>,
        /// Keep statements dated on or before this day (YYYY-MM-DD).
        #[arg(long)]
        until: Option<String>,
    },
    /// Write the whole store: N-Quads or TriG keep the named graphs; Turtle or N-Triples merge them.
    ///
    /// Example: stancegraph dump --format nquads > store.nq
    Dump {
        /// Output format.
        #[arg(long, value_enum, default_value = "nquads")]
        format: DumpFormat,
        /// Write to this file instead of standard output.
        #[arg(long, value_hint = clap::ValueHint::FilePath)]
        out: Option<PathBuf>,
    },
    /// Print counts: articles, statements, actors, proposals, quads.
    ///
    /// Example: stancegraph stats
    Stats,
    /// Score extraction on articles against a gold TSV (same rules as the project's score.py).
    ///
    /// Example: stancegraph eval --gold data/gold.tsv data/articles
    Eval {
        /// Gold statements (TSV: article, actor, stance, proposal[, condition, evidence, tags]).
        #[arg(long, value_hint = clap::ValueHint::FilePath)]
        gold: PathBuf,
        /// Files or directories to extract from.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// List missed and spurious rows.
        #[arg(long)]
        show: bool,
        /// Also emit `new:<label>` proposals for phrases after a stance cue that match no
        /// concept (they merge across articles by label; off by default, they cost precision).
        #[arg(long)]
        open_proposals: bool,
    },
    /// Copy the store's named graphs to a SPARQL 1.1 Graph Store HTTP Protocol endpoint.
    ///
    /// One `PUT {endpoint}?graph=<iri>` per graph that changed since the last push to that
    /// endpoint (recorded in the store directory), `DELETE` for graphs the store dropped. The
    /// password is read from the environment variable STANCEGRAPH_PUSH_PASSWORD; Basic or
    /// Digest authentication as the server asks.
    ///
    /// Example: STANCEGRAPH_PUSH_PASSWORD=dba stancegraph push --endpoint http://localhost:8890/sparql-graph-crud-auth --user dba
    Push(PushArgs),
    /// Serve the store over HTTP: the SPARQL 1.1 Protocol at /sparql and a graph view at /.
    ///
    /// Read-only unless --writable: the store is opened read-only and opened again after an
    /// `ingest` wrote it; while another process writes it, requests get 503 and the reason.
    /// With --writable the server holds the store, and `ingest` stops with "in use".
    ///
    /// Example: stancegraph serve --bind 127.0.0.1:7878
    Serve(ServeArgs),
}

/// Options of `push`.
#[derive(Debug, clap::Args)]
pub(crate) struct PushArgs {
    /// The Graph Store Protocol endpoint URL (e.g. Virtuoso's .../sparql-graph-crud-auth).
    #[arg(long)]
    pub(crate) endpoint: String,
    /// User name for the endpoint (the password comes from STANCEGRAPH_PUSH_PASSWORD).
    #[arg(long)]
    pub(crate) user: Option<String>,
    /// Retries after a connection error or a 5xx answer (not after a 4xx).
    #[arg(long, default_value_t = 4)]
    pub(crate) retries: u32,
    /// Pause before the first retry in milliseconds; it doubles with each retry (max 30 s).
    #[arg(long, default_value_t = 500)]
    pub(crate) backoff_ms: u64,
    /// Time limit for one request, in seconds.
    #[arg(long, default_value_t = 120)]
    pub(crate) timeout: u64,
    /// Send every graph, even those the record says the endpoint already has.
    #[arg(long)]
    pub(crate) force: bool,
}

/// Options of `serve`.
#[derive(Debug, clap::Args)]
pub(crate) struct ServeArgs {
    /// Address to listen on (host:port; port 0 picks a free port). A non-loopback address
    /// exposes the store to the network and prints a warning.
    #[arg(long, default_value = "127.0.0.1:7878")]
    pub(crate) bind: String,
    /// Stop a query after this many seconds and answer 503 (0: no limit).
    #[arg(long, value_name = "SECS", default_value_t = 30)]
    pub(crate) timeout: u64,
    /// Answer at most this many rows per query.
    #[arg(long, value_name = "N")]
    pub(crate) limit: Option<usize>,
    /// Accept SPARQL Update (refused with 403 otherwise).
    #[arg(long)]
    pub(crate) writable: bool,
    /// Worker threads answering requests.
    #[arg(long, default_value_t = 4)]
    pub(crate) threads: usize,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum ExtractFormat {
    Tsv,
    Jsonl,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub(crate) enum QueryFormat {
    Table,
    Json,
    Xml,
    Csv,
    Tsv,
    Turtle,
    Ntriples,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum ExportFormat {
    Dot,
    Graphml,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum DumpFormat {
    Nquads,
    Trig,
    Turtle,
    Ntriples,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum StanceArg {
    Supports,
    Opposes,
    Proposes,
    Considers,
}
