//! `push`: copies the store's named graphs to a SPARQL 1.1 Graph Store HTTP Protocol endpoint
//! (`PUT {endpoint}?graph=<iri>` per graph, `DELETE` for graphs the store no longer holds).
//!
//! Only what changed since the last push to the same endpoint is sent: a [`PushRecord`] kept
//! in the store directory maps (endpoint, graph) to the SHA-256 of the graph's sorted
//! N-Triples. The HTTP side is a blocking `ureq` agent with HTTP Basic or Digest
//! authentication (whichever the server's challenge asks for), retries with exponential
//! back-off on connection errors and 5xx answers (but 501 and 505), and none on 4xx.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use base64::Engine;
use oxigraph::model::NamedNode;
use sha2::{Digest, Sha256};

use crate::store::{Store, StoreError};

/// File name of the push record inside the store directory.
pub const RECORD_FILE: &str = "stancegraph-push.tsv";

/// First line of a push record file.
const RECORD_HEADER: &str =
    "# stancegraph push record: endpoint\tgraph\tsha256 of the graph's sorted N-Triples";

/// Media type of the bodies sent: N-Triples is a subset of Turtle, and Turtle is the one
/// format every Graph Store Protocol implementation accepts.
const BODY_TYPE: &str = "text/turtle; charset=utf-8";

/// Longest server answer quoted in an error message.
const BODY_SNIPPET: usize = 300;

/// Graphs between two saves of the push record (so an interrupted push keeps its progress).
const SAVE_EVERY: usize = 100;

/// Longest pause between two attempts.
const MAX_BACKOFF: Duration = Duration::from_secs(30);

/// Why a push failed or stopped.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PushError {
    /// The endpoint is not an absolute `http://` or `https://` URL.
    #[error("{endpoint}: not a usable endpoint URL ({reason})")]
    BadEndpoint {
        /// The endpoint as given.
        endpoint: String,
        /// What is wrong with it.
        reason: String,
    },
    /// Reading the store failed.
    #[error("cannot read the store")]
    Store(#[from] StoreError),
    /// Another process holds the store open for writing (reading it now is unsafe).
    #[error("{}: the store is being written by process {pid}; push when it has finished", path.display())]
    StoreBusy {
        /// The store directory.
        path: PathBuf,
        /// The writing process.
        pid: u32,
    },
    /// The push record could not be read or written.
    #[error("{}: cannot read or write the push record", path.display())]
    RecordIo {
        /// The record file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// A line of the push record is malformed.
    #[error("{}:{line}: malformed push record line (expected endpoint, graph and a SHA-256, tab-separated)", path.display())]
    RecordFormat {
        /// The record file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
    },
    /// The endpoint asks for credentials and none were given.
    #[error("{endpoint}: graph <{graph}>: the endpoint requires authentication (HTTP {status}); give a user and a password")]
    AuthRequired {
        /// The endpoint.
        endpoint: String,
        /// The graph being sent.
        graph: String,
        /// The status (401 or 407).
        status: u16,
    },
    /// The endpoint refused the credentials, or its challenge could not be answered.
    #[error("{endpoint}: graph <{graph}>: authentication failed ({reason})")]
    AuthFailed {
        /// The endpoint.
        endpoint: String,
        /// The graph being sent.
        graph: String,
        /// What went wrong.
        reason: String,
    },
    /// The endpoint answered with an error status (after retries for 5xx).
    #[error("{endpoint}: graph <{graph}>: {method} answered HTTP {status}{}", if body.is_empty() { String::new() } else { format!(": {body}") })]
    Status {
        /// The endpoint.
        endpoint: String,
        /// The graph being sent or deleted.
        graph: String,
        /// `PUT` or `DELETE`.
        method: &'static str,
        /// The HTTP status.
        status: u16,
        /// The start of the answer's body.
        body: String,
    },
    /// The endpoint could not be reached (after retries).
    #[error("{endpoint}: graph <{graph}>: cannot reach the endpoint after {attempts} attempt(s): {reason}")]
    Unreachable {
        /// The endpoint.
        endpoint: String,
        /// The graph being sent or deleted.
        graph: String,
        /// Attempts made.
        attempts: u32,
        /// The last transport error.
        reason: String,
    },
}

impl PushError {
    /// Whether the cause is the caller's input (endpoint URL, credentials, record file)
    /// rather than the remote store.
    pub fn is_bad_input(&self) -> bool {
        matches!(
            self,
            Self::BadEndpoint { .. }
                | Self::AuthRequired { .. }
                | Self::AuthFailed { .. }
                | Self::RecordFormat { .. }
        )
    }
}

/// A user name and password for the endpoint.
#[derive(Clone)]
pub struct Credentials {
    /// The user.
    pub user: String,
    /// The password.
    pub password: String,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("user", &self.user)
            .field("password", &"***")
            .finish()
    }
}

/// How to push.
#[derive(Debug, Clone)]
pub struct PushOptions {
    /// The Graph Store Protocol endpoint, e.g. `http://host:8890/sparql-graph-crud-auth`.
    pub endpoint: String,
    /// Credentials, if the endpoint wants them (Basic or Digest, as its challenge says).
    pub credentials: Option<Credentials>,
    /// Retries after a connection error or a 5xx answer (0: one attempt only).
    pub retries: u32,
    /// Pause before the first retry; it doubles with each further one (at most 30 s).
    pub backoff: Duration,
    /// Time limit for one request.
    pub timeout: Duration,
    /// Send every graph, ignoring the push record.
    pub force: bool,
}

/// What a push did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PushSummary {
    /// Graphs sent (`PUT`).
    pub sent: usize,
    /// Graphs skipped because the endpoint already has the same content.
    pub unchanged: usize,
    /// Graphs deleted on the endpoint because the store no longer has them.
    pub deleted: usize,
    /// Graphs whose body the endpoint rejected (4xx other than authentication).
    pub failed: Vec<GraphFailure>,
    /// Graphs not attempted because the push stopped early.
    pub not_attempted: usize,
    /// Bytes of RDF sent.
    pub bytes: u64,
    /// Triples sent.
    pub triples: u64,
    /// Wall time of the whole push.
    pub elapsed: Duration,
}

/// One graph the endpoint rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GraphFailure {
    /// The graph IRI.
    pub graph: String,
    /// The error message.
    pub message: String,
}

/// The result of [`push`]: the summary, and the error that stopped it early, if any.
#[derive(Debug)]
pub struct PushReport {
    /// What was done (also when the push stopped early).
    pub summary: PushSummary,
    /// Why the push stopped before the last graph (unreachable endpoint, rejected credentials,
    /// a 5xx answer after all retries).
    pub stopped: Option<PushError>,
}

/// What was last pushed where: (endpoint, graph IRI) → SHA-256 (hex) of the graph's sorted
/// N-Triples, stored as a TSV file in the store directory.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PushRecord {
    entries: BTreeMap<String, BTreeMap<String, String>>,
}

impl PushRecord {
    /// The record file of a store.
    pub fn path_for(store: &Path) -> PathBuf {
        store.join(RECORD_FILE)
    }

    /// Reads a record file; a missing file is an empty record.
    pub fn load(path: &Path) -> Result<Self, PushError> {
        let file = match std::fs::File::open(path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Self::default()),
            Err(source) => {
                return Err(PushError::RecordIo {
                    path: path.to_path_buf(),
                    source,
                })
            }
        };
        let mut record = Self::default();
        for (i, line) in std::io::BufReader::new(file).lines().enumerate() {
            let line = line.map_err(|source| PushError::RecordIo {
                path: path.to_path_buf(),
                source,
            })?;
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut fields = line.split('\t');
            match (fields.next(), fields.next(), fields.next(), fields.next()) {
                (Some(endpoint), Some(graph), Some(hash), None)
                    if !endpoint.is_empty()
                        && !graph.is_empty()
                        && hash.len() == 64
                        && hash.bytes().all(|b| b.is_ascii_hexdigit()) =>
                {
                    record.set(endpoint, graph, hash);
                }
                _ => {
                    return Err(PushError::RecordFormat {
                        path: path.to_path_buf(),
                        line: i + 1,
                    })
                }
            }
        }
        Ok(record)
    }

    /// Writes the record atomically (a temporary file renamed over the old one).
    pub fn save(&self, path: &Path) -> Result<(), PushError> {
        let io = |source| PushError::RecordIo {
            path: path.to_path_buf(),
            source,
        };
        let tmp = path.with_extension("tsv.tmp");
        {
            let mut out = std::io::BufWriter::new(std::fs::File::create(&tmp).map_err(io)?);
            writeln!(out, "{RECORD_HEADER}").map_err(io)?;
            for (endpoint, graphs) in &self.entries {
                for (graph, hash) in graphs {
                    writeln!(out, "{endpoint}\t{graph}\t{hash}").map_err(io)?;
                }
            }
            out.flush().map_err(io)?;
        }
        std::fs::rename(&tmp, path).map_err(io)
    }

    /// The hash last pushed for this graph to this endpoint.
    pub fn get(&self, endpoint: &str, graph: &str) -> Option<&str> {
        self.entries
            .get(endpoint)
            .and_then(|g| g.get(graph))
            .map(String::as_str)
    }

    /// Records that the endpoint now holds this content for the graph.
    pub fn set(&mut self, endpoint: &str, graph: &str, hash: &str) {
        self.entries
            .entry(endpoint.to_owned())
            .or_default()
            .insert(graph.to_owned(), hash.to_owned());
    }

    /// Records that the endpoint no longer holds the graph.
    pub fn remove(&mut self, endpoint: &str, graph: &str) {
        if let Some(graphs) = self.entries.get_mut(endpoint) {
            graphs.remove(graph);
            if graphs.is_empty() {
                self.entries.remove(endpoint);
            }
        }
    }

    /// The graphs recorded for an endpoint, sorted.
    pub fn graphs(&self, endpoint: &str) -> Vec<String> {
        self.entries
            .get(endpoint)
            .map(|g| g.keys().cloned().collect())
            .unwrap_or_default()
    }
}

/// Opens the store at `path` read-only for a push (so `serve` and `query` may run beside it),
/// refusing while another process writes it: Oxigraph leaves reading a store that another
/// process writes undefined.
pub fn open_store(path: &Path) -> Result<Store, PushError> {
    if let Some(pid) = Store::writer_pid(path) {
        return Err(PushError::StoreBusy {
            path: path.to_path_buf(),
            pid,
        });
    }
    Ok(Store::open_read_only(path)?)
}

/// SHA-256 of a graph body, lower-case hex.
pub fn content_hash(body: &[u8]) -> String {
    Sha256::digest(body)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Pushes the store's named graphs to `options.endpoint`: `PUT` for each graph whose content
/// differs from the last push recorded for that endpoint, `DELETE` for recorded graphs the
/// store no longer has (an article's older version). The record is updated as graphs
/// succeed and saved at the end, also when the push stops early.
pub fn push(store: &Store, options: &PushOptions) -> Result<PushReport, PushError> {
    let started = Instant::now();
    let endpoint = Endpoint::parse(&options.endpoint)?;
    let record_path = PushRecord::path_for(store.path());
    let mut record = PushRecord::load(&record_path)?;
    let mut client = Client::new(&endpoint, options);
    let mut summary = PushSummary::default();

    let graphs = store.graph_names()?;
    let present: BTreeSet<String> = graphs.iter().map(|g| g.as_str().to_owned()).collect();
    let stale: Vec<String> = record
        .graphs(&endpoint.url)
        .into_iter()
        .filter(|g| !present.contains(g))
        .collect();
    let total = graphs.len() + stale.len();
    let mut done = 0usize;
    let mut stopped = None;

    for graph in &graphs {
        let (body, triples) = store.graph_ntriples(graph.as_ref())?;
        let hash = content_hash(&body);
        done += 1;
        if !options.force && record.get(&endpoint.url, graph.as_str()) == Some(hash.as_str()) {
            summary.unchanged += 1;
            continue;
        }
        match client.put(graph, &body) {
            Ok(()) => {
                summary.sent += 1;
                summary.bytes += body.len() as u64;
                summary.triples += triples as u64;
                record.set(&endpoint.url, graph.as_str(), &hash);
                if summary.sent % SAVE_EVERY == 0 {
                    record.save(&record_path)?;
                }
            }
            Err(e) if e.rejects_graph() => summary.failed.push(GraphFailure {
                graph: graph.as_str().to_owned(),
                message: e.to_string(),
            }),
            Err(e) => {
                stopped = Some(e);
                break;
            }
        }
    }
    if stopped.is_none() {
        for graph in &stale {
            done += 1;
            match client.delete(graph) {
                Ok(()) => {
                    summary.deleted += 1;
                    record.remove(&endpoint.url, graph);
                }
                Err(e) if e.rejects_graph() => summary.failed.push(GraphFailure {
                    graph: graph.clone(),
                    message: e.to_string(),
                }),
                Err(e) => {
                    stopped = Some(e);
                    break;
                }
            }
        }
    }
    summary.not_attempted = total - done;
    if stopped.is_some() {
        // The graph that stopped the push was counted as done but not sent.
        summary.not_attempted += 1;
    }
    record.save(&record_path)?;
    summary.elapsed = started.elapsed();
    Ok(PushReport { summary, stopped })
}

impl PushError {
    /// Whether the endpoint rejected this one graph (the push goes on with the others).
    fn rejects_graph(&self) -> bool {
        matches!(self, Self::Status { status, .. } if matches!(status, 400 | 413 | 415 | 422))
    }
}

/// A parsed endpoint: the URL as given and the request target (path and query) for Digest.
#[derive(Debug, Clone)]
struct Endpoint {
    url: String,
    target: String,
}

impl Endpoint {
    fn parse(url: &str) -> Result<Self, PushError> {
        let bad = |reason: &str| PushError::BadEndpoint {
            endpoint: url.to_owned(),
            reason: reason.to_owned(),
        };
        let rest = url
            .strip_prefix("http://")
            .or_else(|| url.strip_prefix("https://"))
            .ok_or_else(|| bad("it must start with http:// or https://"))?;
        if url.contains('#') || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(bad("it must not contain spaces, control characters or '#'"));
        }
        let (authority, target) = match rest.find('/') {
            Some(i) => (&rest[..i], rest[i..].to_owned()),
            None => (rest, "/".to_owned()),
        };
        if authority.is_empty() || authority.starts_with(':') {
            return Err(bad("it has no host"));
        }
        Ok(Self {
            url: url.to_owned(),
            target,
        })
    }

    /// `(url, request target)` for one graph: `?graph=<iri>` (or `&graph=` when the endpoint
    /// already has a query string).
    fn for_graph(&self, graph: &str) -> (String, String) {
        let sep = if self.target.contains('?') { '&' } else { '?' };
        let param = format!("{sep}graph={}", percent_encode(graph));
        (
            format!("{}{param}", self.url),
            format!("{}{param}", self.target),
        )
    }
}

/// Percent-encodes everything but RFC 3986 unreserved characters.
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3 / 2);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// How requests are authenticated, learned from the server's first challenge.
enum Auth {
    /// No `Authorization` header (yet).
    None,
    /// A precomputed Basic header.
    Basic(String),
    /// The last Digest challenge (its nonce count goes up with every request).
    Digest(Box<digest_auth::WwwAuthenticateHeader>),
}

/// The HTTP side: one agent, the authentication state and the retry policy.
struct Client<'a> {
    agent: ureq::Agent,
    endpoint: &'a Endpoint,
    options: &'a PushOptions,
    auth: Auth,
}

impl<'a> Client<'a> {
    fn new(endpoint: &'a Endpoint, options: &'a PushOptions) -> Self {
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(options.timeout))
            .max_redirects(0)
            .build();
        Self {
            agent: config.into(),
            endpoint,
            options,
            auth: Auth::None,
        }
    }

    fn put(&mut self, graph: &NamedNode, body: &[u8]) -> Result<(), PushError> {
        self.send("PUT", graph.as_str(), Some(body))
    }

    fn delete(&mut self, graph: &str) -> Result<(), PushError> {
        match self.send("DELETE", graph, None) {
            // Already gone: the goal is reached.
            Err(PushError::Status { status: 404, .. }) => Ok(()),
            other => other,
        }
    }

    /// Sends one request with retries (connection errors, 5xx) and at most one answer to an
    /// authentication challenge per attempt.
    fn send(
        &mut self,
        method: &'static str,
        graph: &str,
        body: Option<&[u8]>,
    ) -> Result<(), PushError> {
        let (url, target) = self.endpoint.for_graph(graph);
        let mut attempt = 0u32;
        let mut challenged = false;
        loop {
            attempt += 1;
            let answer = self.request(method, &url, &target, body, graph)?;
            match answer {
                Answer::Status(status, _) if (200..300).contains(&status) => return Ok(()),
                Answer::Status(status, ref headers) if status == 401 || status == 407 => {
                    let Some(credentials) = &self.options.credentials else {
                        return Err(PushError::AuthRequired {
                            endpoint: self.endpoint.url.clone(),
                            graph: graph.to_owned(),
                            status,
                        });
                    };
                    if challenged {
                        return Err(self.auth_failed(graph, "the credentials were refused"));
                    }
                    challenged = true;
                    self.auth = self.answer_challenge(headers, credentials, graph)?;
                    // Answering a challenge is not a retry.
                    attempt -= 1;
                    continue;
                }
                // 501 Not Implemented and 505 HTTP Version Not Supported will not change.
                Answer::Status(status, Headers { body: text, .. })
                    if status >= 500 && status != 501 && status != 505 =>
                {
                    if attempt > self.options.retries {
                        return Err(self.status_error(method, graph, status, text));
                    }
                }
                Answer::Status(status, Headers { body: text, .. }) => {
                    return Err(self.status_error(method, graph, status, text));
                }
                Answer::Transport(reason) => {
                    if attempt > self.options.retries {
                        return Err(PushError::Unreachable {
                            endpoint: self.endpoint.url.clone(),
                            graph: graph.to_owned(),
                            attempts: attempt,
                            reason,
                        });
                    }
                }
            }
            std::thread::sleep(self.backoff(attempt));
        }
    }

    fn backoff(&self, attempt: u32) -> Duration {
        let factor = 1u32 << attempt.saturating_sub(1).min(16);
        self.options.backoff.saturating_mul(factor).min(MAX_BACKOFF)
    }

    fn status_error(
        &self,
        method: &'static str,
        graph: &str,
        status: u16,
        body: String,
    ) -> PushError {
        PushError::Status {
            endpoint: self.endpoint.url.clone(),
            graph: graph.to_owned(),
            method,
            status,
            body,
        }
    }

    fn auth_failed(&self, graph: &str, reason: &str) -> PushError {
        PushError::AuthFailed {
            endpoint: self.endpoint.url.clone(),
            graph: graph.to_owned(),
            reason: reason.to_owned(),
        }
    }

    /// Picks Digest if the server offers it, else Basic.
    fn answer_challenge(
        &self,
        headers: &Headers,
        credentials: &Credentials,
        graph: &str,
    ) -> Result<Auth, PushError> {
        let digest = headers
            .challenges
            .iter()
            .find(|c| c.trim_start().to_ascii_lowercase().starts_with("digest"));
        if let Some(challenge) = digest {
            let parsed = digest_auth::parse(challenge).map_err(|e| {
                self.auth_failed(graph, &format!("cannot read the Digest challenge: {e}"))
            })?;
            return Ok(Auth::Digest(Box::new(parsed)));
        }
        if headers
            .challenges
            .iter()
            .any(|c| c.trim_start().to_ascii_lowercase().starts_with("basic"))
        {
            let token = base64::engine::general_purpose::STANDARD
                .encode(format!("{}:{}", credentials.user, credentials.password));
            return Ok(Auth::Basic(format!("Basic {token}")));
        }
        Err(self.auth_failed(
            graph,
            "the server offers neither Basic nor Digest authentication",
        ))
    }

    /// One HTTP exchange.
    fn request(
        &mut self,
        method: &'static str,
        url: &str,
        target: &str,
        body: Option<&[u8]>,
        graph: &str,
    ) -> Result<Answer, PushError> {
        let authorization = match (&mut self.auth, &self.options.credentials) {
            (Auth::Basic(header), _) => Some(header.clone()),
            (Auth::Digest(challenge), Some(credentials)) => {
                let method_name = digest_auth::HttpMethod(method.into());
                let context = digest_auth::AuthContext::new_with_method(
                    credentials.user.as_str(),
                    credentials.password.as_str(),
                    target,
                    body,
                    method_name,
                );
                let header = challenge.respond(&context).map_err(|e| {
                    self.auth_failed(graph, &format!("cannot answer the Digest challenge: {e}"))
                })?;
                Some(header.to_header_string())
            }
            _ => None,
        };
        let result = match body {
            Some(bytes) => {
                let mut request = self.agent.put(url).header("Content-Type", BODY_TYPE);
                if let Some(a) = &authorization {
                    request = request.header("Authorization", a);
                }
                request.send(bytes)
            }
            None => {
                let mut request = self.agent.delete(url);
                if let Some(a) = &authorization {
                    request = request.header("Authorization", a);
                }
                request.call()
            }
        };
        match result {
            Ok(mut response) => {
                let status = response.status().as_u16();
                let challenges = response
                    .headers()
                    .get_all("www-authenticate")
                    .iter()
                    .chain(response.headers().get_all("proxy-authenticate").iter())
                    .filter_map(|v| v.to_str().ok().map(str::to_owned))
                    .collect();
                let mut text = String::new();
                if !(200..300).contains(&status) {
                    let mut buf = Vec::new();
                    let _ = response
                        .body_mut()
                        .as_reader()
                        .take(4096)
                        .read_to_end(&mut buf);
                    text = snippet(&String::from_utf8_lossy(&buf));
                }
                Ok(Answer::Status(
                    status,
                    Headers {
                        challenges,
                        body: text,
                    },
                ))
            }
            Err(e) => match e {
                ureq::Error::BadUri(reason) => Err(PushError::BadEndpoint {
                    endpoint: self.endpoint.url.clone(),
                    reason,
                }),
                other => Ok(Answer::Transport(other.to_string())),
            },
        }
    }
}

/// What came back from one exchange.
enum Answer {
    /// An HTTP status, with what the caller needs from the answer.
    Status(u16, Headers),
    /// No answer: connection refused or reset, DNS, timeout, protocol error.
    Transport(String),
}

/// The parts of an answer the client looks at.
struct Headers {
    /// `WWW-Authenticate` / `Proxy-Authenticate` values.
    challenges: Vec<String>,
    /// The start of an error answer's body, on one line.
    body: String,
}

/// The first [`BODY_SNIPPET`] characters of an error body, whitespace collapsed.
fn snippet(body: &str) -> String {
    let flat: String = body.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out: String = flat.chars().take(BODY_SNIPPET).collect();
    if flat.chars().count() > BODY_SNIPPET {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoint_urls_and_graph_parameters() {
        let e = Endpoint::parse("http://127.0.0.1:8890/sparql-graph-crud-auth").expect("ok");
        let (url, target) = e.for_graph("https://x.org/article/a b#c");
        assert_eq!(
            url,
            "http://127.0.0.1:8890/sparql-graph-crud-auth?graph=https%3A%2F%2Fx.org%2Farticle%2Fa%20b%23c"
        );
        assert_eq!(
            target,
            "/sparql-graph-crud-auth?graph=https%3A%2F%2Fx.org%2Farticle%2Fa%20b%23c"
        );
        let q = Endpoint::parse("https://h/store?db=x").expect("ok");
        assert_eq!(q.for_graph("g").1, "/store?db=x&graph=g");
        assert_eq!(Endpoint::parse("http://h").expect("ok").target, "/");
        for bad in [
            "ftp://h/x",
            "h:8890/x",
            "http:///x",
            "http://h/a b",
            "http://h/x#f",
        ] {
            let err = Endpoint::parse(bad).expect_err(bad);
            assert!(err.to_string().starts_with(bad), "{err}");
            assert!(err.is_bad_input());
        }
    }

    #[test]
    fn record_round_trips_and_rejects_bad_lines() {
        let dir = tempfile::tempdir().expect("tmp");
        let path = dir.path().join(RECORD_FILE);
        assert_eq!(
            PushRecord::load(&path).expect("missing is empty"),
            PushRecord::default()
        );
        let mut record = PushRecord::default();
        let h1 = content_hash(b"one");
        let h2 = content_hash(b"two");
        record.set("http://a/x", "https://g/1", &h1);
        record.set("http://a/x", "https://g/2", &h2);
        record.set("http://b/y", "https://g/1", &h2);
        record.save(&path).expect("save");
        let loaded = PushRecord::load(&path).expect("load");
        assert_eq!(loaded, record);
        assert_eq!(loaded.get("http://a/x", "https://g/1"), Some(h1.as_str()));
        assert_eq!(loaded.get("http://b/y", "https://g/1"), Some(h2.as_str()));
        assert_eq!(loaded.graphs("http://a/x"), ["https://g/1", "https://g/2"]);
        record.remove("http://b/y", "https://g/1");
        assert!(record.graphs("http://b/y").is_empty());

        std::fs::write(&path, format!("{RECORD_HEADER}\nhttp://a\tg\tnot-a-hash\n")).expect("w");
        let err = PushRecord::load(&path).expect_err("bad hash");
        assert!(
            matches!(err, PushError::RecordFormat { line: 2, .. }),
            "{err}"
        );
        assert!(err.to_string().contains(":2:"), "{err}");
    }

    #[test]
    fn backoff_doubles_up_to_a_cap() {
        let endpoint = Endpoint::parse("http://h/x").expect("ok");
        let options = PushOptions {
            endpoint: endpoint.url.clone(),
            credentials: None,
            retries: 3,
            backoff: Duration::from_millis(500),
            timeout: Duration::from_secs(1),
            force: false,
        };
        let client = Client::new(&endpoint, &options);
        assert_eq!(client.backoff(1), Duration::from_millis(500));
        assert_eq!(client.backoff(2), Duration::from_millis(1000));
        assert_eq!(client.backoff(3), Duration::from_millis(2000));
        assert_eq!(client.backoff(40), MAX_BACKOFF);
    }

    #[test]
    fn error_snippets_are_short_and_on_one_line() {
        let long = "x\n".repeat(1000);
        let s = snippet(&long);
        assert!(!s.contains('\n'));
        assert_eq!(s.chars().count(), BODY_SNIPPET + 1);
        assert_eq!(snippet("  bad\n request "), "bad request");
    }

    #[test]
    fn credentials_do_not_print_the_password() {
        let c = Credentials {
            user: "u".into(),
            password: "secret".into(),
        };
        assert!(!format!("{c:?}").contains("secret"));
    }
}
