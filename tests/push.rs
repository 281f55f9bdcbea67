//! `stancegraph push` against a scripted Graph Store Protocol server on loopback (auth, retries,
//! what is re-sent) and against a real Virtuoso Open-Source server (the rows of the example
//! queries). Virtuoso is required when `CI=true`; locally a missing `virtuoso-t` skips that test.
#![expect(clippy::print_stderr, reason = "a skipped test says why")]

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use base64::Engine;
use common::{articles_dir, example_queries, require_tools, TestEnv};

const PASSWORD_VAR: &str = "STANCEGRAPH_PUSH_PASSWORD";

/// One request the scripted server received.
#[derive(Debug, Clone)]
struct Seen {
    method: String,
    target: String,
    authorization: Option<String>,
    content_type: Option<String>,
    body: String,
}

impl Seen {
    fn graph(&self) -> String {
        self.target
            .split_once("graph=")
            .map(|(_, g)| g.replace("%3A", ":").replace("%2F", "/"))
            .unwrap_or_default()
    }
}

type Handler = dyn Fn(&Seen, usize) -> (u16, Vec<(&'static str, String)>) + Send + Sync;

/// A one-connection-at-a-time HTTP/1.1 server that answers with `handler` and records requests.
struct Scripted {
    url: String,
    seen: Arc<Mutex<Vec<Seen>>>,
    stop: Arc<Mutex<bool>>,
    port: u16,
    thread: Option<JoinHandle<()>>,
}

impl Scripted {
    fn start(handler: Box<Handler>) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(Mutex::new(false));
        let (seen2, stop2) = (Arc::clone(&seen), Arc::clone(&stop));
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if *stop2.lock().expect("lock") {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let Some(request) = read_request(&stream) else {
                    continue;
                };
                let n = {
                    let mut seen = seen2.lock().expect("lock");
                    seen.push(request.clone());
                    seen.len()
                };
                let (status, headers) = handler(&request, n);
                let mut out = format!(
                    "HTTP/1.1 {status} Scripted\r\nContent-Length: 0\r\nConnection: close\r\n"
                );
                for (k, v) in headers {
                    out.push_str(&format!("{k}: {v}\r\n"));
                }
                out.push_str("\r\n");
                let mut stream = stream;
                let _ = stream.write_all(out.as_bytes());
            }
        });
        Self {
            url: format!("http://127.0.0.1:{port}/store"),
            seen,
            stop,
            port,
            thread: Some(thread),
        }
    }

    fn seen(&self) -> Vec<Seen> {
        self.seen.lock().expect("lock").clone()
    }
}

impl Drop for Scripted {
    fn drop(&mut self) {
        *self.stop.lock().expect("lock") = true;
        let _ = TcpStream::connect(("127.0.0.1", self.port));
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn read_request(stream: &TcpStream) -> Option<Seen> {
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let mut parts = line.split_whitespace();
    let method = parts.next()?.to_owned();
    let target = parts.next()?.to_owned();
    let (mut length, mut authorization, mut content_type) = (0usize, None, None);
    loop {
        let mut h = String::new();
        reader.read_line(&mut h).ok()?;
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        let (k, v) = h.split_once(':')?;
        match k.to_ascii_lowercase().as_str() {
            "content-length" => length = v.trim().parse().ok()?,
            "authorization" => authorization = Some(v.trim().to_owned()),
            "content-type" => content_type = Some(v.trim().to_owned()),
            _ => {}
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    Some(Seen {
        method,
        target,
        authorization,
        content_type,
        body: String::from_utf8_lossy(&body).into_owned(),
    })
}

/// Runs `stancegraph --store <env store> push --endpoint URL extra…` with an optional password.
fn push(env: &TestEnv, endpoint: &str, extra: &[&str], password: Option<&str>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_stancegraph"));
    cmd.arg("--store")
        .arg(env.store())
        .args(["push", "--endpoint", endpoint, "--backoff-ms", "1"])
        .args(extra)
        .env_remove(PASSWORD_VAR);
    if let Some(p) = password {
        cmd.env(PASSWORD_VAR, p);
    }
    cmd.output().expect("binary runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A store with `data/articles` copied into the temp dir (so a test can edit one) and ingested;
/// returns the number of named graphs (articles + the ontology + the edge summary).
fn ingested_copy(env: &TestEnv) -> usize {
    let mut n = 0;
    for entry in std::fs::read_dir(articles_dir()).expect("data/articles") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        env.write(
            &format!("articles/{name}"),
            std::fs::read(&path).expect("read"),
        );
        n += 1;
    }
    env.ok(&["ingest", env.path("articles").to_str().expect("utf-8 path")]);
    n + 2
}

/// Appends a sentence to the first article of the copy: a new content id, a new graph.
fn edit_one_article(env: &TestEnv) -> PathBuf {
    let mut names: Vec<PathBuf> = std::fs::read_dir(env.path("articles"))
        .expect("dir")
        .map(|e| e.expect("entry").path())
        .collect();
    names.sort();
    let first = names.remove(0);
    let mut text = std::fs::read_to_string(&first).expect("read");
    text.push_str("\nThe talks resume next week.\n");
    std::fs::write(&first, text).expect("write");
    env.ok(&["ingest", env.path("articles").to_str().expect("utf-8 path")]);
    first
}

#[test]
fn basic_auth_sends_each_graph_once_then_only_changes() {
    let env = TestEnv::new();
    let graphs = ingested_copy(&env);
    let good = format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode("alice:s3cret")
    );
    let expected = good.clone();
    let server = Scripted::start(Box::new(move |req, _| {
        if req.authorization.as_deref() == Some(expected.as_str()) {
            (201, vec![])
        } else {
            (
                401,
                vec![("WWW-Authenticate", "Basic realm=\"test\"".to_owned())],
            )
        }
    }));
    let out = push(&env, &server.url, &["--user", "alice"], Some("s3cret"));
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains(&format!("{graphs} sent, 0 unchanged, 0 deleted, 0 failed")),
        "{}",
        stdout(&out)
    );
    let seen = server.seen();
    // One unauthenticated request gets the challenge; then every graph once, with credentials.
    assert_eq!(seen.len(), graphs + 1);
    assert_eq!(seen[0].authorization, None);
    let authed: Vec<&Seen> = seen[1..].iter().collect();
    assert!(authed
        .iter()
        .all(|r| r.method == "PUT" && r.authorization.as_deref() == Some(good.as_str())));
    let mut names: Vec<String> = authed.iter().map(|r| r.graph()).collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), graphs, "each graph once");
    assert!(
        names.iter().any(|g| g.ends_with("/graph/ontology")),
        "{names:?}"
    );
    for r in &authed {
        assert!(r
            .content_type
            .as_deref()
            .is_some_and(|t| t.starts_with("text/turtle")));
        assert!(
            !r.body.is_empty() && r.body.lines().all(|l| l.ends_with(" .")),
            "N-Triples body"
        );
    }

    // Nothing changed: nothing is sent.
    let again = push(&env, &server.url, &["--user", "alice"], Some("s3cret"));
    assert!(again.status.success(), "{}", stderr(&again));
    assert!(
        stdout(&again).contains(&format!("0 sent, {graphs} unchanged")),
        "{}",
        stdout(&again)
    );
    assert_eq!(server.seen().len(), graphs + 1);

    // One article edited: its new graph and the recomputed edge summary are sent and its old
    // graph deleted, nothing else.
    edit_one_article(&env);
    let before = server.seen().len();
    let third = push(&env, &server.url, &["--user", "alice"], Some("s3cret"));
    assert!(third.status.success(), "{}", stderr(&third));
    assert!(
        stdout(&third).contains(&format!("2 sent, {} unchanged, 1 deleted", graphs - 2)),
        "{}",
        stdout(&third)
    );
    // (A new process starts unauthenticated: its first request only fetches the challenge.)
    let new: Vec<Seen> = server.seen()[before..]
        .iter()
        .filter(|r| r.authorization.is_some())
        .cloned()
        .collect();
    let mut methods: Vec<&str> = new.iter().map(|r| r.method.as_str()).collect();
    methods.sort_unstable();
    assert_eq!(methods, ["DELETE", "PUT", "PUT"]);
    let put: Vec<String> = new
        .iter()
        .filter(|r| r.method == "PUT")
        .map(Seen::graph)
        .collect();
    assert!(
        put.iter().any(|g| g.contains("/graph/summary")),
        "the edge summary is re-sent: {put:?}"
    );
    let deleted = new
        .iter()
        .find(|r| r.method == "DELETE")
        .map(Seen::graph)
        .expect("a DELETE");
    assert!(!put.contains(&deleted));
    assert!(
        names.contains(&deleted),
        "the deleted graph was pushed before"
    );
}

#[test]
fn server_errors_are_retried_client_errors_are_not() {
    let env = TestEnv::new();
    let graphs = ingested_copy(&env);

    // Two 503s, then success: retried, everything arrives.
    let flaky = Scripted::start(Box::new(
        |_, n| if n <= 2 { (503, vec![]) } else { (204, vec![]) },
    ));
    let out = push(&env, &flaky.url, &["--retries", "3"], None);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains(&format!("{graphs} sent")),
        "{}",
        stdout(&out)
    );
    assert_eq!(flaky.seen().len(), graphs + 2);
    assert_eq!(
        flaky.seen()[0].target,
        flaky.seen()[2].target,
        "the same graph again"
    );

    // 400 for every graph: each is tried once, reported, and the push goes on; exit 2.
    let picky = Scripted::start(Box::new(|_, _| (400, vec![])));
    let out = push(&env, &picky.url, &["--retries", "3", "--force"], None);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(picky.seen().len(), graphs, "no retries on 4xx");
    let err = stderr(&out);
    assert!(
        err.contains(&picky.url) && err.contains("graph <https://") && err.contains("HTTP 400"),
        "{err}"
    );

    // 500 forever: retried, then the push stops and names the endpoint and the graph.
    let down = Scripted::start(Box::new(|_, _| (500, vec![])));
    let out = push(&env, &down.url, &["--retries", "2", "--force"], None);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(
        down.seen().len(),
        3,
        "one attempt and two retries, then stop"
    );
    assert!(
        stderr(&out).contains("HTTP 500") && stderr(&out).contains(&down.url),
        "{}",
        stderr(&out)
    );

    // Authentication wanted but no user given: exit 1 with a hint.
    let locked = Scripted::start(Box::new(|_, _| {
        (
            401,
            vec![("WWW-Authenticate", "Basic realm=\"x\"".to_owned())],
        )
    }));
    let out = push(&env, &locked.url, &["--force"], None);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("requires authentication"),
        "{}",
        stderr(&out)
    );

    // --user without the password variable: exit 1 naming the variable, nothing sent.
    let out = push(&env, &locked.url, &["--user", "bob", "--force"], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains(PASSWORD_VAR), "{}", stderr(&out));
    assert_eq!(locked.seen().len(), 1);
}

#[test]
fn unreachable_and_malformed_endpoints_are_named() {
    let env = TestEnv::new();
    ingested_copy(&env);
    // A port nobody listens on (bound, then released).
    let port = TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port();
    let url = format!("http://127.0.0.1:{port}/store");
    let out = push(&env, &url, &["--retries", "1"], None);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains(&url) && err.contains("cannot reach") && err.contains("2 attempt(s)"),
        "{err}"
    );

    // While another process writes the store, push refuses to read it (exit 2, names the pid).
    {
        let _writer = stancegraph::store::Store::open(&env.store()).expect("open for writing");
        let out = push(&env, &url, &[], None);
        assert_eq!(out.status.code(), Some(2));
        let expected = format!("being written by process {}", std::process::id());
        assert!(stderr(&out).contains(&expected), "{}", stderr(&out));
    }

    let out = push(&env, "localhost:8890/store", &[], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("localhost:8890/store: not a usable endpoint URL"),
        "{}",
        stderr(&out)
    );
}

// ---------------------------------------------------------------------------------------------
// Real Virtuoso Open-Source.

/// A Virtuoso server in a temp dir on free ports; killed when dropped (also on test failure).
struct Virtuoso {
    child: Child,
    http: u16,
    _dir: tempfile::TempDir,
}

impl Drop for Virtuoso {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port()
}

/// The packaged virtuoso.ini with the database in `dir` and the SQL and HTTP ports replaced.
fn virtuoso_ini(template: &str, dir: &Path, sql: u16, http: u16) -> String {
    let mut section = String::new();
    let mut out = String::new();
    for line in template.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with('[') {
            section = trimmed.to_owned();
        }
        let key = trimmed.split('=').next().unwrap_or("").trim();
        let line = if key == "ServerPort" && section == "[Parameters]" {
            format!("ServerPort = {sql}")
        } else if key == "ServerPort" && section == "[HTTPServer]" {
            format!("ServerPort = {http}")
        } else {
            line.replace(
                "/var/lib/virtuoso-opensource-7/db",
                &dir.display().to_string(),
            )
        };
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// Starts Virtuoso, or returns `None` (locally, when it is not installed).
fn start_virtuoso() -> Option<Virtuoso> {
    let template = [
        "/etc/virtuoso-opensource-7/virtuoso.ini",
        "/usr/share/virtuoso-opensource-7/virtuoso.ini",
    ]
    .iter()
    .find_map(|p| std::fs::read_to_string(p).ok());
    let installed = Command::new("virtuoso-t")
        .arg("-?")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok();
    let Some(template) = template.filter(|_| installed) else {
        assert!(
            !require_tools(),
            "virtuoso-opensource is required in CI (.ci/setup installs it)"
        );
        eprintln!("skipping: virtuoso-opensource is not installed");
        return None;
    };
    let dir = tempfile::tempdir().expect("tmp");
    let (sql, http) = (free_port(), free_port());
    let ini = dir.path().join("virtuoso.ini");
    std::fs::write(&ini, virtuoso_ini(&template, dir.path(), sql, http)).expect("ini");
    let log = std::fs::File::create(dir.path().join("server.log")).expect("log");
    let child = Command::new("virtuoso-t")
        .arg("+configfile")
        .arg(&ini)
        .arg("+foreground")
        .current_dir(dir.path())
        .stdin(Stdio::null())
        .stdout(log.try_clone().expect("log"))
        .stderr(log)
        .spawn()
        .expect("virtuoso-t starts");
    let mut server = Virtuoso {
        child,
        http,
        _dir: dir,
    };
    let deadline = Instant::now() + Duration::from_secs(180);
    loop {
        if let Ok(Some(status)) = server.child.try_wait() {
            let log =
                std::fs::read_to_string(server._dir.path().join("server.log")).unwrap_or_default();
            panic!("virtuoso-t exited with {status}:\n{log}");
        }
        if sparql(&server, "ASK { }").is_some() {
            return Some(server);
        }
        assert!(
            Instant::now() < deadline,
            "virtuoso did not answer on port {http} within 180 s"
        );
        std::thread::sleep(Duration::from_millis(500));
    }
}

/// Asks Virtuoso's /sparql for SPARQL JSON results (None if it does not answer 200).
fn sparql(server: &Virtuoso, query: &str) -> Option<serde_json::Value> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(60)))
        .build()
        .into();
    let mut response = agent
        .post(format!("http://127.0.0.1:{}/sparql", server.http))
        .header("Accept", "application/sparql-results+json")
        .send_form([("query", query)])
        .ok()?;
    let text = response.body_mut().read_to_string().ok()?;
    serde_json::from_str(&text).ok()
}

/// SPARQL JSON results → rows of (variable, value) with values in a canonical form: lists that
/// GROUP_CONCAT builds are sorted (their order is up to the engine), and rows are sorted.
fn rows(results: &serde_json::Value) -> Vec<Vec<(String, String)>> {
    let vars: Vec<String> = results["head"]["vars"]
        .as_array()
        .expect("vars")
        .iter()
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect();
    let mut out: Vec<Vec<(String, String)>> = results["results"]["bindings"]
        .as_array()
        .expect("bindings")
        .iter()
        .map(|b| {
            vars.iter()
                .map(|v| {
                    let value = b[v.as_str()]["value"].as_str().unwrap_or("").to_owned();
                    let mut parts: Vec<&str> = value.split(", ").collect();
                    parts.sort_unstable();
                    (v.clone(), parts.join(", "))
                })
                .collect()
        })
        .collect();
    out.sort();
    out
}

fn prefixes() -> String {
    use stancegraph::ontology::vocab;
    [
        ("sg", vocab::SG),
        ("actor", vocab::ACTOR),
        ("proposal", vocab::PROPOSAL),
        ("rdfs", vocab::RDFS),
        ("skos", vocab::SKOS),
        ("prov", vocab::PROV),
        ("dcterms", vocab::DCTERMS),
        ("xsd", vocab::XSD),
    ]
    .iter()
    .map(|(p, iri)| format!("PREFIX {p}: <{iri}>\n"))
    .collect()
}

fn article_graphs_on(server: &Virtuoso) -> Vec<String> {
    let q = format!(
        "SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?g ?p ?o }} FILTER(STRSTARTS(STR(?g), \"{}\")) }}",
        stancegraph::ontology::vocab::ARTICLE
    );
    let mut graphs: Vec<String> = rows(&sparql(server, &q).expect("graph query"))
        .into_iter()
        .map(|r| r[0].1.clone())
        .collect();
    graphs.sort();
    graphs
}

#[test]
fn virtuoso_answers_the_example_queries_like_the_local_store() {
    let Some(server) = start_virtuoso() else {
        return;
    };
    let env = TestEnv::new();
    let graphs = ingested_copy(&env);
    let endpoint = format!("http://127.0.0.1:{}/sparql-graph-crud-auth", server.http);

    let out = push(&env, &endpoint, &["--user", "dba"], Some("dba"));
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains(&format!("{graphs} sent, 0 unchanged")),
        "{}",
        stdout(&out)
    );

    let files = example_queries();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("query");
        let local: serde_json::Value = serde_json::from_str(&env.ok(&[
            "query",
            "--format",
            "json",
            "--file",
            file.to_str().expect("utf-8 path"),
        ]))
        .expect("local JSON");
        let remote = sparql(&server, &format!("{}{text}", prefixes()))
            .unwrap_or_else(|| panic!("virtuoso refused {}", file.display()));
        let (local, remote) = (rows(&local), rows(&remote));
        assert!(!local.is_empty(), "{}: no rows locally", file.display());
        assert_eq!(local, remote, "{}: rows differ", file.display());
    }

    // Pushing again sends nothing.
    let again = push(&env, &endpoint, &["--user", "dba"], Some("dba"));
    assert!(again.status.success(), "{}", stderr(&again));
    assert!(
        stdout(&again).contains(&format!("0 sent, {graphs} unchanged, 0 deleted")),
        "{}",
        stdout(&again)
    );

    // An edited article: only its graph and the edge summary are sent; Virtuoso holds the new
    // graph, not the old one.
    let before = article_graphs_on(&server);
    assert_eq!(before.len(), graphs - 2);
    edit_one_article(&env);
    let third = push(&env, &endpoint, &["--user", "dba"], Some("dba"));
    assert!(third.status.success(), "{}", stderr(&third));
    assert!(
        stdout(&third).contains(&format!("2 sent, {} unchanged, 1 deleted", graphs - 2)),
        "{}",
        stdout(&third)
    );
    let after = article_graphs_on(&server);
    assert_eq!(after.len(), before.len());
    assert_eq!(after.iter().filter(|g| !before.contains(g)).count(), 1);

    // Wrong password: exit 1, the endpoint and the graph named.
    let wrong = push(
        &env,
        &endpoint,
        &["--user", "dba", "--force"],
        Some("not-the-password"),
    );
    assert_eq!(wrong.status.code(), Some(1));
    let err = stderr(&wrong);
    assert!(
        err.contains(&endpoint) && err.contains("graph <") && err.contains("authentication failed"),
        "{err}"
    );

    // A path Virtuoso does not serve: exit 2 with the status.
    let nowhere = format!("http://127.0.0.1:{}/no-such-store", server.http);
    let bad = push(&env, &nowhere, &["--retries", "0", "--force"], None);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains(&nowhere) && stderr(&bad).contains("HTTP"),
        "{}",
        stderr(&bad)
    );
}
