//! `serve`: the SPARQL 1.1 Protocol over HTTP and a browser view of the actor–proposal graph.
//!
//! A small synchronous server ([`tiny_http`]) with a fixed pool of worker threads. Routes:
//!
//! - `GET /sparql?query=…`, `POST /sparql` (form-encoded `query=`/`update=`,
//!   `application/sparql-query`, `application/sparql-update`): the SPARQL 1.1 Protocol, with
//!   content negotiation ([`format::negotiate`]), 400 for a bad query, 503 after the timeout,
//!   403 for an update unless the server is writable, 413 for a body over the limit;
//! - `GET /api/graph?actor=&proposal=&stance=&since=&until=`: the graph as JSON ([`api`]);
//! - `GET /graph?iri=…`: one named graph (an article) as Turtle;
//! - `GET /` and `GET /assets/…`: the browser view, embedded in the binary.
//!
//! Nothing here prints; the binary reports [`Server::local_addr`] and errors.

pub mod api;
pub mod format;

use std::io::{Cursor, Read};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use oxigraph::model::NamedNode;

use crate::export::ExportError;
use crate::store::{QueryLimits, Store, StoreError};
use format::ResultFormat;

/// Why the server could not start, or why one request failed (each maps to an HTTP status).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ServeError {
    /// The address could not be bound (in use, not local, no permission).
    #[error("cannot listen on {addr}: {reason}")]
    Bind {
        /// The address asked for.
        addr: String,
        /// The cause, as the HTTP library reports it.
        reason: String,
    },
    /// The request is malformed (400).
    #[error("{0}")]
    BadRequest(String),
    /// The request is refused (403).
    #[error("{0}")]
    Forbidden(String),
    /// No such resource (404).
    #[error("{0}")]
    NotFound(String),
    /// The method is not allowed on this path (405).
    #[error("method not allowed; this path accepts {allow}")]
    MethodNotAllowed {
        /// The methods the path accepts.
        allow: &'static str,
    },
    /// None of the accepted media types fits the answer (406).
    #[error("{0}")]
    NotAcceptable(String),
    /// The request body is over the limit (413).
    #[error("the request body is over the limit of {limit} bytes")]
    TooLarge {
        /// The limit in bytes.
        limit: usize,
    },
    /// The request body has a media type the endpoint does not take (415).
    #[error("{0}")]
    UnsupportedMediaType(String),
    /// Another process is writing the store (503 while serving; a refusal at start).
    #[error("the store {} is being written by process {pid} (an `ingest`?); a read-only server cannot read a store while another process writes it, so it answers again when that process has finished", path.display())]
    Busy {
        /// The store.
        path: PathBuf,
        /// The writing process.
        pid: u32,
    },
    /// The store failed, the query is bad (400) or ran too long (503).
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Building the graph failed.
    #[error(transparent)]
    Export(#[from] ExportError),
    /// Anything else (500).
    #[error("internal error: {0}")]
    Internal(String),
}

impl ServeError {
    /// The HTTP status code of a failed request.
    pub fn status(&self) -> u16 {
        match self {
            ServeError::BadRequest(_) => 400,
            ServeError::Forbidden(_) => 403,
            ServeError::NotFound(_) => 404,
            ServeError::MethodNotAllowed { .. } => 405,
            ServeError::NotAcceptable(_) => 406,
            ServeError::TooLarge { .. } => 413,
            ServeError::UnsupportedMediaType(_) => 415,
            ServeError::Store(StoreError::Syntax(_)) => 400,
            ServeError::Store(StoreError::Timeout { .. }) | ServeError::Busy { .. } => 503,
            ServeError::Bind { .. }
            | ServeError::Store(_)
            | ServeError::Export(_)
            | ServeError::Internal(_) => 500,
        }
    }

    /// The message with its causes, for a plain-text error body.
    pub fn message(&self) -> String {
        let mut text = self.to_string();
        let mut source = std::error::Error::source(self);
        while let Some(s) = source {
            let part = s.to_string();
            if !text.contains(&part) {
                text.push_str(": ");
                text.push_str(&part);
            }
            source = s.source();
        }
        text
    }
}

/// How the server behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Config {
    /// Stop a query after this long and answer 503.
    pub timeout: Option<Duration>,
    /// Answer at most this many rows per query (a response header says when rows were left out).
    pub max_rows: Option<usize>,
    /// Accept SPARQL Update (otherwise 403).
    pub writable: bool,
    /// Largest request body accepted, in bytes (otherwise 413).
    pub body_limit: usize,
    /// Worker threads answering requests.
    pub threads: usize,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            timeout: Some(Duration::from_secs(30)),
            max_rows: None,
            writable: false,
            body_limit: 1 << 20,
            threads: 4,
        }
    }
}

/// A response before it is written: status, content type, extra headers and body.
#[derive(Debug)]
pub struct Reply {
    /// HTTP status code.
    pub status: u16,
    /// `Content-Type` header value.
    pub content_type: String,
    /// Further headers.
    pub headers: Vec<(&'static str, String)>,
    /// The body.
    pub body: Vec<u8>,
}

impl Reply {
    fn new(status: u16, content_type: &str, body: Vec<u8>) -> Self {
        Self {
            status,
            content_type: content_type.to_owned(),
            headers: Vec::new(),
            body,
        }
    }

    fn error(e: &ServeError) -> Self {
        let mut reply = Self::new(
            e.status(),
            "text/plain; charset=utf-8",
            format!("{}\n", e.message()).into_bytes(),
        );
        if let ServeError::MethodNotAllowed { allow } = e {
            reply.headers.push(("Allow", (*allow).to_owned()));
        }
        if let ServeError::Busy { .. } = e {
            reply.headers.push(("Retry-After", "10".to_owned()));
        }
        reply
    }
}

/// A request as the router sees it: method, target (path and query string), the two headers
/// that matter, and the body (already bounded by [`Config::body_limit`]).
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// `GET`, `POST`, …
    pub method: String,
    /// Path and query string, e.g. `/sparql?query=ASK%7B%7D`.
    pub target: String,
    /// The `Content-Type` header.
    pub content_type: Option<String>,
    /// The `Accept` header.
    pub accept: Option<String>,
    /// The body.
    pub body: Vec<u8>,
}

/// An embedded file of the browser view.
struct Asset {
    path: &'static str,
    content_type: &'static str,
    bytes: &'static [u8],
}

const ASSETS: &[Asset] = &[
    Asset {
        path: "/",
        content_type: "text/html; charset=utf-8",
        bytes: include_bytes!("assets/index.html"),
    },
    Asset {
        path: "/assets/app.js",
        content_type: "text/javascript; charset=utf-8",
        bytes: include_bytes!("assets/app.js"),
    },
    Asset {
        path: "/assets/app.css",
        content_type: "text/css; charset=utf-8",
        bytes: include_bytes!("assets/app.css"),
    },
    Asset {
        path: "/assets/cytoscape.min.js",
        content_type: "text/javascript; charset=utf-8",
        bytes: include_bytes!("assets/cytoscape.min.js"),
    },
    Asset {
        path: "/assets/cytoscape.LICENSE.txt",
        content_type: "text/plain; charset=utf-8",
        bytes: include_bytes!("assets/cytoscape.LICENSE.txt"),
    },
];

/// Decodes `a=1&b=2` (form or query string) into pairs.
fn decode_pairs(text: &[u8]) -> Vec<(String, String)> {
    form_urlencoded::parse(text).into_owned().collect()
}

fn param<'a>(params: &'a [(String, String)], name: &str) -> Option<&'a str> {
    params
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// The media type of a `Content-Type` value, lowercase, without parameters.
fn media_type(content_type: Option<&str>) -> String {
    content_type
        .and_then(|c| c.split(';').next())
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// What a SPARQL Protocol request asks for.
enum Operation {
    Query(String),
    Update(String),
}

/// The store as the server holds it: read-only and reopened when another process has written
/// it since (so answers follow `ingest` runs), or read-write for `--writable`.
struct Held {
    path: PathBuf,
    writable: bool,
    /// The open store and the generation ([`Store::generation`]) it was opened at.
    current: Mutex<(Arc<Store>, Option<String>)>,
}

impl Held {
    fn open(path: &Path, writable: bool) -> Result<Self, ServeError> {
        let generation = Store::generation(path);
        let store = if writable {
            Store::open_existing(path)?
        } else {
            if let Some(pid) = Store::writer_pid(path) {
                return Err(ServeError::Busy {
                    path: path.to_path_buf(),
                    pid,
                });
            }
            Store::open_read_only(path)?
        };
        Ok(Self {
            path: path.to_path_buf(),
            writable,
            current: Mutex::new((Arc::new(store), generation)),
        })
    }

    /// The store to answer from: refused while another process writes it; opened again when
    /// it was written since the last open.
    fn get(&self) -> Result<Arc<Store>, ServeError> {
        let mut current = self.current.lock().unwrap_or_else(PoisonError::into_inner);
        if self.writable {
            return Ok(Arc::clone(&current.0));
        }
        if let Some(pid) = Store::writer_pid(&self.path) {
            return Err(ServeError::Busy {
                path: self.path.clone(),
                pid,
            });
        }
        let generation = Store::generation(&self.path);
        if generation != current.1 {
            *current = (Arc::new(Store::open_read_only(&self.path)?), generation);
        }
        Ok(Arc::clone(&current.0))
    }
}

/// The router and handlers; shared by the worker threads.
pub struct Handler {
    store: Held,
    config: Config,
}

impl Handler {
    /// Opens the store at `path` for serving with `config`: read-only unless
    /// [`Config::writable`]. Fails when the store is missing, or (read-only) when another
    /// process is writing it, or (writable) when another process holds it.
    pub fn open(path: &Path, config: Config) -> Result<Self, ServeError> {
        Ok(Self {
            store: Held::open(path, config.writable)?,
            config,
        })
    }

    /// Answers one request. Never fails: errors become error replies.
    pub fn handle(&self, request: &Request) -> Reply {
        let mut reply = self.route(request).unwrap_or_else(|e| Reply::error(&e));
        reply
            .headers
            .push(("X-Content-Type-Options", "nosniff".to_owned()));
        if !self.config.writable {
            // A read-only endpoint may be asked from any page (YASGUI and the like).
            reply
                .headers
                .push(("Access-Control-Allow-Origin", "*".to_owned()));
        }
        reply
    }

    fn route(&self, request: &Request) -> Result<Reply, ServeError> {
        let (path, query_string) = request
            .target
            .split_once('?')
            .unwrap_or((request.target.as_str(), ""));
        let params = decode_pairs(query_string.as_bytes());
        let method = request.method.as_str();
        match path {
            "/sparql" => match method {
                "GET" | "POST" => self.sparql(request, &params),
                "OPTIONS" if !self.config.writable => {
                    let mut reply = Reply::new(204, "text/plain", Vec::new());
                    reply
                        .headers
                        .push(("Access-Control-Allow-Methods", "GET, POST".to_owned()));
                    reply.headers.push((
                        "Access-Control-Allow-Headers",
                        "Content-Type, Accept".to_owned(),
                    ));
                    Ok(reply)
                }
                _ => Err(ServeError::MethodNotAllowed { allow: "GET, POST" }),
            },
            "/api/graph" => {
                only_get(method)?;
                let filter = api::filter_from_params(&params)?;
                Ok(Reply::new(
                    200,
                    "application/json; charset=utf-8",
                    api::graph_json(&*self.store.get()?, &filter)?,
                ))
            }
            "/graph" => {
                only_get(method)?;
                self.named_graph(request, &params)
            }
            _ => {
                let asset = ASSETS
                    .iter()
                    .find(|a| a.path == path)
                    .ok_or_else(|| ServeError::NotFound(format!("no resource at {path}")))?;
                only_get(method)?;
                Ok(Reply::new(200, asset.content_type, asset.bytes.to_vec()))
            }
        }
    }

    /// Reads the operation from a SPARQL Protocol request.
    fn operation(request: &Request, params: &[(String, String)]) -> Result<Operation, ServeError> {
        let unsupported = [
            "default-graph-uri",
            "named-graph-uri",
            "using-graph-uri",
            "using-named-graph-uri",
        ];
        let body_params;
        let mut all: Vec<&[(String, String)]> = vec![params];
        let op = if request.method == "GET" {
            if param(params, "update").is_some() {
                return Err(ServeError::BadRequest(
                    "a SPARQL Update must be sent with POST".into(),
                ));
            }
            param(params, "query").map(|q| Operation::Query(q.to_owned()))
        } else {
            let text = || {
                String::from_utf8(request.body.clone())
                    .map_err(|_| ServeError::BadRequest("the request body is not UTF-8".into()))
            };
            match media_type(request.content_type.as_deref()).as_str() {
                "application/x-www-form-urlencoded" => {
                    body_params = decode_pairs(&request.body);
                    all.push(&body_params);
                    match (param(&body_params, "query"), param(&body_params, "update")) {
                        (Some(q), None) => Some(Operation::Query(q.to_owned())),
                        (None, Some(u)) => Some(Operation::Update(u.to_owned())),
                        (Some(_), Some(_)) => {
                            return Err(ServeError::BadRequest(
                                "give either query= or update=, not both".into(),
                            ))
                        }
                        (None, None) => None,
                    }
                }
                "application/sparql-query" => Some(Operation::Query(text()?)),
                "application/sparql-update" => Some(Operation::Update(text()?)),
                other => {
                    return Err(ServeError::UnsupportedMediaType(format!(
                        "POST /sparql takes application/x-www-form-urlencoded, application/sparql-query or application/sparql-update, not {:?}",
                        other
                    )))
                }
            }
        };
        if let Some(name) = unsupported
            .iter()
            .find(|name| all.iter().any(|p| param(p, name).is_some()))
        {
            return Err(ServeError::BadRequest(format!(
                "{name} is not supported: the default graph is the union of all article graphs; use FROM or GRAPH in the query"
            )));
        }
        op.ok_or_else(|| {
            ServeError::BadRequest(
                "no query: send GET /sparql?query=…, or POST a form with query= or update=, or an application/sparql-query body".into(),
            )
        })
    }

    fn sparql(&self, request: &Request, params: &[(String, String)]) -> Result<Reply, ServeError> {
        match Self::operation(request, params)? {
            Operation::Update(update) => {
                if !self.config.writable {
                    return Err(ServeError::Forbidden(
                        "this endpoint is read-only: SPARQL Update is refused (start `stancegraph serve --writable` to allow it)".into(),
                    ));
                }
                self.store.get()?.update(&update)?;
                Ok(Reply::new(204, "text/plain", Vec::new()))
            }
            Operation::Query(query) => {
                let forced = param(params, "format").and_then(ResultFormat::from_name);
                self.answer(&query, request.accept.as_deref(), forced)
            }
        }
    }

    /// Runs a query within the limits and writes the answer in the negotiated format.
    fn answer(
        &self,
        query: &str,
        accept: Option<&str>,
        forced: Option<ResultFormat>,
    ) -> Result<Reply, ServeError> {
        let answer = self.store.get()?.query_limited(
            query,
            QueryLimits {
                timeout: self.config.timeout,
                max_rows: self.config.max_rows,
            },
        )?;
        let solutions = !matches!(answer, crate::store::Answer::Graph { .. });
        let format = forced
            .filter(|f| f.is_for_solutions() == solutions)
            .or_else(|| format::negotiate(accept, solutions))
            .ok_or_else(|| {
                ServeError::NotAcceptable(format!(
                    "none of the accepted media types fits this {} query; ask for one of: {}",
                    if solutions {
                        "SELECT/ASK"
                    } else {
                        "CONSTRUCT/DESCRIBE"
                    },
                    ResultFormat::supported(solutions)
                ))
            })?;
        let truncated = answer.truncated();
        let mut body = Vec::new();
        format::write_answer(answer, format, &mut body)
            .map_err(|e| ServeError::Internal(format!("cannot write the results: {e}")))?;
        let mut reply = Reply::new(200, format.content_type(), body);
        if truncated {
            if let Some(n) = self.config.max_rows {
                reply.headers.push((
                    "X-Stancegraph-Truncated",
                    format!("only the first {n} rows are returned"),
                ));
            }
        }
        Ok(reply)
    }

    /// `GET /graph?iri=…`: one named graph as Turtle (shown as text in a browser).
    fn named_graph(
        &self,
        request: &Request,
        params: &[(String, String)],
    ) -> Result<Reply, ServeError> {
        let iri = param(params, "iri")
            .ok_or_else(|| ServeError::BadRequest("give the graph as /graph?iri=…".into()))?;
        let graph = NamedNode::new(iri.trim())
            .map_err(|e| ServeError::BadRequest(format!("iri={iri:?} is not an IRI: {e}")))?;
        let query = format!("CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}");
        let browser = request
            .accept
            .as_deref()
            .is_some_and(|a| a.to_ascii_lowercase().contains("text/html"));
        let forced = param(params, "format")
            .and_then(ResultFormat::from_name)
            .or(browser.then_some(ResultFormat::Turtle));
        let mut reply = self.answer(&query, request.accept.as_deref(), forced)?;
        if browser {
            reply.content_type = "text/plain; charset=utf-8".into();
        }
        Ok(reply)
    }
}

fn only_get(method: &str) -> Result<(), ServeError> {
    if method == "GET" || method == "HEAD" {
        Ok(())
    } else {
        Err(ServeError::MethodNotAllowed { allow: "GET" })
    }
}

/// Whether `addr` listens only on the loopback interface.
pub fn is_loopback(addr: &SocketAddr) -> bool {
    addr.ip().is_loopback()
}

/// A bound HTTP server, ready to [`Server::run`].
pub struct Server {
    http: Arc<tiny_http::Server>,
    handler: Arc<Handler>,
}

impl Server {
    /// Binds `addr` (`host:port`; port 0 picks a free one).
    pub fn bind(addr: &str, handler: Handler) -> Result<Self, ServeError> {
        let http = tiny_http::Server::http(addr).map_err(|e| ServeError::Bind {
            addr: addr.to_owned(),
            reason: e.to_string(),
        })?;
        Ok(Self {
            http: Arc::new(http),
            handler: Arc::new(handler),
        })
    }

    /// The address actually bound (with the chosen port).
    pub fn local_addr(&self) -> Option<SocketAddr> {
        self.http.server_addr().to_ip()
    }

    /// Answers requests on `threads` worker threads until the process ends.
    pub fn run(self) -> Result<(), ServeError> {
        let threads = self.handler.config.threads.max(1);
        let mut workers = Vec::with_capacity(threads);
        for i in 0..threads {
            let http = Arc::clone(&self.http);
            let handler = Arc::clone(&self.handler);
            let worker = std::thread::Builder::new()
                .name(format!("stancegraph-http-{i}"))
                .spawn(move || {
                    // `recv` fails only when the listener is gone; the worker ends then.
                    while let Ok(request) = http.recv() {
                        respond(&handler, request);
                    }
                })
                .map_err(|e| ServeError::Internal(format!("cannot start a worker thread: {e}")))?;
            workers.push(worker);
        }
        for worker in workers {
            worker
                .join()
                .map_err(|_| ServeError::Internal("a worker thread stopped".into()))?;
        }
        Ok(())
    }
}

/// Reads a tiny_http request (body bounded by the limit), handles it and writes the reply.
fn respond(handler: &Handler, mut raw: tiny_http::Request) {
    let header = |name: &str| {
        raw.headers()
            .iter()
            .find(|h| h.field.as_str().as_str().eq_ignore_ascii_case(name))
            .map(|h| h.value.as_str().to_owned())
    };
    let mut request = Request {
        method: raw.method().as_str().to_ascii_uppercase(),
        target: raw.url().to_owned(),
        content_type: header("Content-Type"),
        accept: header("Accept"),
        body: Vec::new(),
    };
    let limit = handler.config.body_limit;
    let reply = if raw.body_length().is_some_and(|n| n > limit) {
        Reply::error(&ServeError::TooLarge { limit })
    } else {
        let read = raw
            .as_reader()
            .take(limit as u64 + 1)
            .read_to_end(&mut request.body);
        match read {
            Err(e) => Reply::error(&ServeError::BadRequest(format!(
                "cannot read the request body: {e}"
            ))),
            Ok(_) if request.body.len() > limit => Reply::error(&ServeError::TooLarge { limit }),
            Ok(_) => handler.handle(&request),
        }
    };
    let head = request.method == "HEAD";
    let mut response = tiny_http::Response::new(
        tiny_http::StatusCode(reply.status),
        Vec::new(),
        Cursor::new(if head { Vec::new() } else { reply.body.clone() }),
        Some(if head { 0 } else { reply.body.len() }),
        None,
    );
    for (name, value) in std::iter::once(("Content-Type", reply.content_type.clone()))
        .chain(reply.headers.iter().map(|(n, v)| (*n, v.clone())))
    {
        if let Ok(h) = tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()) {
            response.add_header(h);
        }
    }
    // The client may have gone away; there is no one left to tell.
    let _ = raw.respond(response);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ontology::Ontology;

    fn handler(config: Config) -> (tempfile::TempDir, Handler) {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("s.db");
        let store = Store::open(&path).expect("open");
        store
            .load_ontology(&Ontology::embedded().expect("ontology"))
            .expect("load");
        drop(store);
        let handler = Handler::open(&path, config).expect("handler");
        (dir, handler)
    }

    fn request(method: &str, target: &str) -> Request {
        Request {
            method: method.into(),
            target: target.into(),
            ..Request::default()
        }
    }

    #[test]
    fn routes_answer_with_the_right_status() {
        let (_dir, h) = handler(Config::default());
        let page = h.handle(&request("GET", "/"));
        assert_eq!(page.status, 200);
        assert!(String::from_utf8_lossy(&page.body).contains("/assets/cytoscape.min.js"));
        assert_eq!(h.handle(&request("GET", "/nowhere")).status, 404);
        assert_eq!(h.handle(&request("POST", "/api/graph")).status, 405);
        let options = h.handle(&request("OPTIONS", "/sparql"));
        assert_eq!(options.status, 204);
        assert!(options
            .headers
            .iter()
            .any(|(n, v)| *n == "Access-Control-Allow-Origin" && v == "*"));
        let graph = h.handle(&request("GET", "/api/graph"));
        assert_eq!(graph.status, 200);
        let json: serde_json::Value = serde_json::from_slice(&graph.body).expect("json");
        assert!(json["nodes"].is_array() && json["edges"].is_array());
    }

    #[test]
    fn the_protocol_reads_get_form_and_direct_bodies() {
        let (_dir, h) = handler(Config::default());
        let get = h.handle(&request(
            "GET",
            "/sparql?query=ASK%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D",
        ));
        assert_eq!(get.status, 200);
        assert!(String::from_utf8_lossy(&get.body).contains("true"));
        let form = Request {
            content_type: Some("application/x-www-form-urlencoded; charset=utf-8".into()),
            accept: Some("text/csv".into()),
            body: b"query=SELECT+%3Fs+WHERE+%7B+%3Fs+a+sg%3AProposal+%7D+LIMIT+2".to_vec(),
            ..request("POST", "/sparql")
        };
        let reply = h.handle(&form);
        assert_eq!(
            reply.status,
            200,
            "{}",
            String::from_utf8_lossy(&reply.body)
        );
        assert!(reply.content_type.starts_with("text/csv"));
        let update = Request {
            content_type: Some("application/sparql-update".into()),
            body: b"CLEAR ALL".to_vec(),
            ..request("POST", "/sparql")
        };
        assert_eq!(h.handle(&update).status, 403);
        let both = Request {
            content_type: Some("application/x-www-form-urlencoded".into()),
            body: b"query=ASK{}&update=CLEAR+ALL".to_vec(),
            ..request("POST", "/sparql")
        };
        assert_eq!(h.handle(&both).status, 400);
        let named = h.handle(&request(
            "GET",
            "/sparql?query=ASK%7B%7D&default-graph-uri=urn%3Ax",
        ));
        assert_eq!(named.status, 400);
        assert!(String::from_utf8_lossy(&named.body).contains("default-graph-uri"));
    }

    #[test]
    fn a_writable_handler_applies_updates_and_allows_no_other_origin() {
        let (_dir, h) = handler(Config {
            writable: true,
            ..Config::default()
        });
        let update = Request {
            content_type: Some("application/sparql-update".into()),
            body: b"INSERT DATA { <urn:a> <urn:b> <urn:c> }".to_vec(),
            ..request("POST", "/sparql")
        };
        let reply = h.handle(&update);
        assert_eq!(reply.status, 204);
        assert!(!reply
            .headers
            .iter()
            .any(|(n, _)| *n == "Access-Control-Allow-Origin"));
        let ask = h.handle(&request(
            "GET",
            "/sparql?query=ASK%7B%3Curn%3Aa%3E%20%3Curn%3Ab%3E%20%3Curn%3Ac%3E%7D",
        ));
        assert!(String::from_utf8_lossy(&ask.body).contains("true"));
    }
}
