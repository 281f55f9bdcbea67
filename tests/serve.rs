//! `stancegraph serve` asked by real clients: curl (the SPARQL 1.1 Protocol, status codes),
//! Python SPARQLWrapper (the example queries give the same rows as `stancegraph query`) and a
//! headless Chromium (the browser view). Each test starts the real binary on a free port
//! against a store built from `data/` and kills it at the end.
//! With `CI=true` a missing client fails the test; locally it is reported and skipped.
#![expect(clippy::print_stderr, reason = "a skipped client check says why")]

mod common;

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

use common::{articles_dir, example_queries, require_tools, TestEnv};

/// A running `stancegraph serve`, killed when dropped.
struct Served {
    child: Child,
    /// `http://127.0.0.1:PORT`
    base: String,
    stderr: PathBuf,
}

impl Served {
    /// Starts `serve --bind 127.0.0.1:0` plus `extra` on the env's store; waits for the address.
    fn start(env: &TestEnv, extra: &[&str]) -> Self {
        Self::start_on(env, "127.0.0.1:0", extra)
    }

    fn start_on(env: &TestEnv, bind: &str, extra: &[&str]) -> Self {
        let stderr = env.path(&format!("serve-{}.err", std::process::id()));
        let mut child = Command::new(env!("CARGO_BIN_EXE_stancegraph"))
            .arg("--store")
            .arg(env.store())
            .args(["serve", "--bind", bind])
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(&stderr).expect("stderr file"))
            .spawn()
            .expect("serve starts");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut line)
            .expect("first line");
        let base = line
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .unwrap_or_else(|| panic!("no address in {line:?}"))
            .trim_end_matches('/')
            .to_owned();
        Served {
            child,
            base,
            stderr,
        }
    }

    fn stderr(&self) -> String {
        std::fs::read_to_string(&self.stderr).unwrap_or_default()
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An HTTP response as curl saw it.
#[derive(Debug)]
struct Response {
    status: u16,
    content_type: String,
    headers: String,
    body: String,
}

/// Runs `curl -s -i ARGS URL`; `None` when curl is not installed (and CI does not need it).
fn curl(url: &str, args: &[&str]) -> Option<Response> {
    let out = match Command::new("curl")
        .args(["-s", "-i", "--max-time", "60"])
        .args(args)
        .arg(url)
        .output()
    {
        Ok(out) => out,
        Err(e) => {
            assert!(!require_tools(), "curl is required in CI: {e}");
            eprintln!("skipping: curl not available ({e})");
            return None;
        }
    };
    assert!(out.status.success(), "curl {url} failed: {out:?}");
    let text = String::from_utf8(out.stdout).expect("utf-8 response");
    let (head, body) = text.split_once("\r\n\r\n").expect("headers and body");
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .expect("status");
    let content_type = head
        .lines()
        .find_map(|l| {
            l.to_ascii_lowercase()
                .strip_prefix("content-type:")
                .map(|v| v.trim().to_owned())
        })
        .unwrap_or_default();
    Some(Response {
        status,
        content_type,
        headers: head.to_owned(),
        body: body.to_owned(),
    })
}

fn ingested() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&["ingest", &articles_dir()]);
    env
}

#[test]
fn curl_gets_the_same_rows_as_the_cli_by_get_and_both_posts() {
    let env = ingested();
    let server = Served::start(&env, &[]);
    let url = format!("{}/sparql", server.base);
    for file in example_queries() {
        let path = file.to_str().expect("path");
        let expected = env.ok(&["query", "--file", path, "--format", "csv"]);
        let query_arg = format!("query@{path}");
        let data_arg = format!("@{path}");
        let requests: [&[&str]; 3] = [
            &[
                "-G",
                "--data-urlencode",
                &query_arg,
                "-H",
                "Accept: text/csv",
            ],
            &["--data-urlencode", &query_arg, "-H", "Accept: text/csv"],
            &[
                "-H",
                "Content-Type: application/sparql-query",
                "--data-binary",
                &data_arg,
                "-H",
                "Accept: text/csv",
            ],
        ];
        for args in requests {
            let Some(r) = curl(&url, args) else { return };
            assert_eq!(r.status, 200, "{file:?} {args:?}: {}", r.body);
            assert!(r.content_type.starts_with("text/csv"), "{}", r.content_type);
            assert_eq!(r.body, expected, "{file:?} {args:?}");
        }
    }
}

/// `{"vars": [...], "rows": [[value or null]]}` of a W3C JSON result, as the Python client prints.
fn rows_of(w3c_json: &str) -> serde_json::Value {
    let parsed: serde_json::Value = serde_json::from_str(w3c_json).expect("W3C JSON");
    let vars: Vec<String> = parsed["head"]["vars"]
        .as_array()
        .expect("vars")
        .iter()
        .map(|v| v.as_str().expect("var").to_owned())
        .collect();
    let rows: Vec<serde_json::Value> = parsed["results"]["bindings"]
        .as_array()
        .expect("bindings")
        .iter()
        .map(|b| vars.iter().map(|v| b[v]["value"].clone()).collect())
        .collect();
    serde_json::json!({ "vars": vars, "rows": rows })
}

#[test]
fn sparqlwrapper_gets_the_same_rows_as_the_cli() {
    let module = Command::new("python3")
        .args(["-c", "import SPARQLWrapper"])
        .status()
        .is_ok_and(|s| s.success());
    if !module {
        assert!(
            !require_tools(),
            "python3 module SPARQLWrapper is required in CI"
        );
        eprintln!("skipping: python3 module SPARQLWrapper not available");
        return;
    }
    let env = ingested();
    let server = Served::start(&env, &[]);
    let files = example_queries();
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/clients/sparqlwrapper_rows.py");
    let out = Command::new("python3")
        .arg(&script)
        .arg(format!("{}/sparql", server.base))
        .args(&files)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let answers: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    for file in &files {
        let name = file.file_name().and_then(|n| n.to_str()).expect("name");
        let cli = env.ok(&[
            "query",
            "--file",
            file.to_str().expect("path"),
            "--format",
            "json",
        ]);
        let expected = rows_of(&cli);
        assert!(
            !expected["rows"].as_array().expect("rows").is_empty(),
            "{name} has no rows to compare"
        );
        assert_eq!(answers[name], expected, "{name}");
    }
}

#[test]
fn curl_negotiates_the_w3c_formats() {
    let env = ingested();
    let server = Served::start(&env, &[]);
    let url = format!("{}/sparql", server.base);
    let select = "query=SELECT ?s WHERE { ?s a sg:Statement } ORDER BY ?s LIMIT 3";
    let cases = [
        (
            "application/sparql-results+json",
            "application/sparql-results+json",
        ),
        (
            "application/sparql-results+xml",
            "application/sparql-results+xml",
        ),
        ("text/tab-separated-values", "text/tab-separated-values"),
        (
            "text/csv;q=0.5, application/sparql-results+xml",
            "application/sparql-results+xml",
        ),
        ("*/*", "application/sparql-results+json"),
    ];
    for (accept, expected) in cases {
        let Some(r) = curl(
            &url,
            &[
                "-G",
                "--data-urlencode",
                select,
                "-H",
                &format!("Accept: {accept}"),
            ],
        ) else {
            return;
        };
        assert_eq!(r.status, 200, "{accept}: {}", r.body);
        assert!(
            r.content_type.starts_with(expected),
            "{accept}: {}",
            r.content_type
        );
    }
    let json = curl(&url, &["-G", "--data-urlencode", select]).expect("curl");
    let parsed: serde_json::Value = serde_json::from_str(&json.body).expect("W3C JSON");
    assert_eq!(parsed["head"]["vars"][0], "s");
    assert_eq!(
        parsed["results"]["bindings"].as_array().map(Vec::len),
        Some(3)
    );

    let ask = curl(
        &url,
        &["-G", "--data-urlencode", "query=ASK { ?s a sg:Statement }"],
    )
    .expect("curl");
    assert!(ask.body.contains("\"boolean\":true"), "{}", ask.body);

    let construct = "query=CONSTRUCT { ?s a sg:Statement } WHERE { ?s a sg:Statement }";
    let nt = curl(
        &url,
        &[
            "-G",
            "--data-urlencode",
            construct,
            "-H",
            "Accept: application/n-triples",
        ],
    )
    .expect("curl");
    assert!(
        nt.content_type.starts_with("application/n-triples"),
        "{}",
        nt.content_type
    );
    let statements = env.ok(&[
        "query",
        "SELECT ?s WHERE { ?s a sg:Statement }",
        "--format",
        "tsv",
    ]);
    assert_eq!(nt.body.lines().count(), statements.lines().count() - 1);
    let ttl = curl(&url, &["-G", "--data-urlencode", construct]).expect("curl");
    assert!(
        ttl.content_type.starts_with("text/turtle"),
        "{}",
        ttl.content_type
    );
    assert!(ttl.body.contains("@prefix sg:"), "{}", ttl.body);
}

#[test]
fn curl_sees_clear_errors_with_the_right_status() {
    let env = ingested();
    let server = Served::start(&env, &[]);
    let url = format!("{}/sparql", server.base);
    let bad = curl(
        &url,
        &["-G", "--data-urlencode", "query=SELECT ?x WHERE { ?x ?y }"],
    )
    .expect("curl");
    assert_eq!(bad.status, 400);
    assert!(
        bad.body.contains("SPARQL syntax error") && bad.body.contains("1:"),
        "{}",
        bad.body
    );

    let update = curl(
        &url,
        &[
            "-H",
            "Content-Type: application/sparql-update",
            "--data-binary",
            "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        ],
    )
    .expect("curl");
    assert_eq!(update.status, 403, "{}", update.body);
    assert!(update.body.contains("--writable"), "{}", update.body);
    let form_update = curl(&url, &["--data-urlencode", "update=CLEAR ALL"]).expect("curl");
    assert_eq!(form_update.status, 403, "{}", form_update.body);
    let still_there = env.ok(&["query", "ASK { ?s a sg:Statement }", "--format", "tsv"]);
    assert!(still_there.contains("true"), "{still_there}");

    let big = env.write("big.rq", vec![b' '; (1 << 20) + 10]);
    let too_large = curl(
        &url,
        &[
            "-H",
            "Content-Type: application/sparql-query",
            "--data-binary",
            &format!("@{}", big.display()),
        ],
    )
    .expect("curl");
    assert_eq!(too_large.status, 413, "{}", too_large.body);

    let not_acceptable = curl(
        &url,
        &[
            "-G",
            "--data-urlencode",
            "query=ASK {}",
            "-H",
            "Accept: image/png",
        ],
    )
    .expect("curl");
    assert_eq!(not_acceptable.status, 406);
    assert!(
        not_acceptable
            .body
            .contains("application/sparql-results+json"),
        "{}",
        not_acceptable.body
    );

    let media = curl(
        &url,
        &["-H", "Content-Type: image/png", "--data-binary", "x"],
    )
    .expect("curl");
    assert_eq!(media.status, 415, "{}", media.body);
    let method = curl(&url, &["-X", "DELETE"]).expect("curl");
    assert_eq!(method.status, 405);
    assert!(
        method
            .headers
            .to_ascii_lowercase()
            .contains("allow: get, post"),
        "{}",
        method.headers
    );
    let missing = curl(&format!("{}/nothing-here", server.base), &[]).expect("curl");
    assert_eq!(missing.status, 404);
    let empty = curl(&url, &[]).expect("curl");
    assert_eq!(empty.status, 400);
    assert!(empty.body.contains("no query"), "{}", empty.body);
}

#[test]
fn a_runaway_query_gets_503_after_the_timeout() {
    let env = ingested();
    let server = Served::start(&env, &["--timeout", "1"]);
    let runaway = "query=SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    let Some(r) = curl(
        &format!("{}/sparql", server.base),
        &["-G", "--data-urlencode", runaway],
    ) else {
        return;
    };
    assert_eq!(r.status, 503, "{}", r.body);
    assert!(r.body.contains("ran longer than 1 s"), "{}", r.body);
    // The server still answers afterwards.
    let ok = curl(
        &format!("{}/sparql", server.base),
        &["-G", "--data-urlencode", "query=ASK {}"],
    )
    .expect("curl");
    assert_eq!(ok.status, 200);
}

#[test]
fn row_limit_is_applied_and_announced() {
    let env = ingested();
    let server = Served::start(&env, &["--limit", "2"]);
    let q = "query=SELECT ?s WHERE { ?s a sg:Statement }";
    let Some(r) = curl(
        &format!("{}/sparql", server.base),
        &["-G", "--data-urlencode", q, "-H", "Accept: text/csv"],
    ) else {
        return;
    };
    assert_eq!(r.body.lines().count(), 3, "{}", r.body);
    assert!(
        r.headers.contains("X-Stancegraph-Truncated"),
        "{}",
        r.headers
    );
}

#[test]
fn writable_server_accepts_updates() {
    let env = ingested();
    let server = Served::start(&env, &["--writable"]);
    let url = format!("{}/sparql", server.base);
    let Some(r) = curl(
        &url,
        &[
            "-H",
            "Content-Type: application/sparql-update",
            "--data-binary",
            "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> \"added\" } }",
        ],
    ) else {
        return;
    };
    assert_eq!(r.status, 204, "{}", r.body);
    let ask = curl(
        &url,
        &[
            "-G",
            "--data-urlencode",
            "query=ASK { <urn:a> <urn:b> \"added\" }",
        ],
    )
    .expect("curl");
    assert!(ask.body.contains("\"boolean\":true"), "{}", ask.body);
    assert!(
        !ask.headers.contains("Access-Control-Allow-Origin"),
        "a writable endpoint allows no other origin"
    );
}

#[test]
fn a_read_only_server_follows_ingest_and_refuses_while_a_writer_holds_the_store() {
    let env = ingested();
    let server = Served::start(&env, &[]);
    let url = format!("{}/sparql", server.base);
    let count = "query=SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s a sg:Statement } }";
    let Some(before) = curl(
        &url,
        &["-G", "--data-urlencode", count, "-H", "Accept: text/csv"],
    ) else {
        return;
    };
    assert_eq!(before.status, 200);
    // Readers work beside the server.
    let cli = env.ok(&["query", &count["query=".len()..], "--format", "csv"]);
    assert_eq!(before.body, cli);

    // An ingest while the server runs works, and the server then answers from the new store.
    let extra = std::fs::read_dir(common::data_dir().join("articles"))
        .expect("articles")
        .map(|e| e.expect("entry").path())
        .find(|p| p.extension().is_some_and(|e| e == "txt"))
        .expect("an article");
    let text = std::fs::read_to_string(&extra).expect("article");
    let copy = env.write(
        "more/copy-of-an-article.txt",
        format!("{text}\nOne more line.\n"),
    );
    env.ok(&["ingest", copy.to_str().expect("path")]);
    let after = curl(
        &url,
        &["-G", "--data-urlencode", count, "-H", "Accept: text/csv"],
    )
    .expect("curl");
    assert_eq!(after.status, 200, "{}", after.body);
    assert_ne!(after.body, before.body, "the server did not see the ingest");
    assert_eq!(
        after.body,
        env.ok(&["query", &count["query=".len()..], "--format", "csv"])
    );

    // While another process holds the store for writing, the read-only server says so (503)...
    let writer = Served::start(&env, &["--writable"]);
    let busy = curl(&url, &["-G", "--data-urlencode", count]).expect("curl");
    assert_eq!(busy.status, 503, "{}", busy.body);
    assert!(
        busy.body
            .contains(&format!("being written by process {}", writer.child.id())),
        "{}",
        busy.body
    );
    assert!(busy.headers.contains("Retry-After"), "{}", busy.headers);
    // ...a new read-only server refuses to start, and an ingest is refused as before.
    let stderr = env.fails(&["serve", "--bind", "127.0.0.1:0"], 2);
    assert!(stderr.contains("being written by process"), "{stderr}");
    let stderr = env.fails(&["ingest", &articles_dir()], 2);
    assert!(
        stderr.contains(&format!(
            "store is in use by process {};",
            writer.child.id()
        )),
        "{stderr}"
    );
    let marker = "INSERT DATA { GRAPH <urn:test> { <urn:a> <urn:b> \"written\" } }";
    let written = curl(
        &format!("{}/sparql", writer.base),
        &[
            "-H",
            "Content-Type: application/sparql-update",
            "--data-binary",
            marker,
        ],
    )
    .expect("curl");
    assert_eq!(written.status, 204, "{}", written.body);
    drop(writer);
    // When the writer is gone, the read-only server answers again, with what was written.
    let ask = "query=ASK { <urn:a> <urn:b> \"written\" }";
    let seen = curl(&url, &["-G", "--data-urlencode", ask]).expect("curl");
    assert_eq!(seen.status, 200, "{}", seen.body);
    assert!(seen.body.contains("\"boolean\":true"), "{}", seen.body);
}

#[test]
fn serving_a_missing_store_or_a_taken_port_fails_clearly() {
    let env = TestEnv::new();
    let stderr = env.fails(&["serve", "--bind", "127.0.0.1:0"], 2);
    assert!(
        stderr.contains("run `stancegraph ingest` first"),
        "{stderr}"
    );
    let env = ingested();
    let server = Served::start(&env, &[]);
    let port = server.base.rsplit(':').next().expect("port").to_owned();
    let other = TestEnv::new();
    other.ok(&["ingest", &articles_dir()]);
    let stderr = other.fails(&["serve", "--bind", &format!("127.0.0.1:{port}")], 1);
    assert!(stderr.contains("cannot listen on"), "{stderr}");
}

#[test]
fn binding_beyond_loopback_warns() {
    let env = ingested();
    let server = Served::start_on(&env, "0.0.0.0:0", &[]);
    assert!(
        server.stderr().contains("warning: listening on 0.0.0.0"),
        "{}",
        server.stderr()
    );
    let local = Served::start(&ingested(), &[]);
    assert!(local.stderr().is_empty(), "{}", local.stderr());
}

#[test]
fn api_graph_is_the_export_graph_as_json_and_filters() {
    let env = ingested();
    let server = Served::start(&env, &[]);
    let Some(all) = curl(&format!("{}/api/graph", server.base), &[]) else {
        return;
    };
    assert!(all.content_type.starts_with("application/json"));
    let all: serde_json::Value = serde_json::from_str(&all.body).expect("json");
    let dot = env.ok(&["export", "--format", "dot"]);
    let edges = all["edges"].as_array().expect("edges");
    assert_eq!(edges.len(), dot.matches(" -> ").count());
    let opposes = curl(&format!("{}/api/graph?stance=opposes", server.base), &[]).expect("curl");
    let opposes: serde_json::Value = serde_json::from_str(&opposes.body).expect("json");
    let opposes = opposes["edges"].as_array().expect("edges");
    assert!(!opposes.is_empty() && opposes.len() < edges.len());
    assert!(opposes.iter().all(|e| e["stance"] == "opposes"));
    let dot = env.ok(&["export", "--format", "dot", "--stance", "opposes"]);
    assert_eq!(opposes.len(), dot.matches(" -> ").count());
    let bad = curl(&format!("{}/api/graph?since=yesterday", server.base), &[]).expect("curl");
    assert_eq!(bad.status, 400);
    assert!(bad.body.contains("YYYY-MM-DD"), "{}", bad.body);
}

#[test]
fn an_article_graph_is_served_as_turtle() {
    let env = ingested();
    let server = Served::start(&env, &[]);
    let graphs = env.ok(&[
        "query",
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s a sg:Statement } } ORDER BY ?g LIMIT 1",
        "--format",
        "tsv",
    ]);
    let iri = graphs
        .lines()
        .nth(1)
        .expect("one graph")
        .trim_matches(['<', '>']);
    let Some(r) = curl(
        &format!("{}/graph", server.base),
        &["-G", "--data-urlencode", &format!("iri={iri}")],
    ) else {
        return;
    };
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.content_type.starts_with("text/turtle"));
    assert!(r.body.contains("sg:Statement"), "{}", r.body);
    let bad = curl(&format!("{}/graph?iri=not%20an%20iri", server.base), &[]).expect("curl");
    assert_eq!(bad.status, 400);
}

/// Whether the browser test can run: Chromium, chromedriver and Python's selenium.
fn browser_available() -> bool {
    let tools = ["/usr/bin/chromium", "/usr/bin/chromedriver"]
        .iter()
        .all(|p| std::path::Path::new(p).exists());
    let selenium = Command::new("python3")
        .args(["-c", "import selenium"])
        .status()
        .is_ok_and(|s| s.success());
    if !(tools && selenium) {
        assert!(
            !require_tools(),
            "chromium, chromium-driver and python3 selenium are required in CI"
        );
        eprintln!("skipping: chromium, chromedriver or python3 selenium not available");
    }
    tools && selenium
}

#[test]
fn the_browser_view_renders_filters_and_lists_statements_in_chromium() {
    if !browser_available() {
        return;
    }
    let env = ingested();
    let server = Served::start(&env, &[]);
    let Some(api) = curl(&format!("{}/api/graph", server.base), &[]) else {
        return;
    };
    let api: serde_json::Value = serde_json::from_str(&api.body).expect("json");
    let opposes = curl(&format!("{}/api/graph?stance=opposes", server.base), &[]).expect("curl");
    let opposes: serde_json::Value = serde_json::from_str(&opposes.body).expect("json");
    let count = |v: &serde_json::Value, key: &str| v[key].as_array().map_or(0, Vec::len);

    let shot = env.path("browser-view.png");
    let script =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/clients/browser_view.py");
    let out = Command::new("python3")
        .arg(&script)
        .arg(&server.base)
        .arg(&shot)
        .arg(env.path("chromium-profile"))
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "browser run failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let seen: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");

    // Every node label renders, in the list and on the canvas.
    let mut expected: Vec<&str> = api["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .map(|n| n["label"].as_str().expect("label"))
        .collect();
    expected.sort_unstable();
    for key in ["labels", "canvas_nodes"] {
        let mut labels: Vec<&str> = seen[key]
            .as_array()
            .expect(key)
            .iter()
            .map(|l| l.as_str().expect("label"))
            .collect();
        labels.sort_unstable();
        assert_eq!(labels, expected, "{key}");
    }
    assert_eq!(seen["edges_all"], count(&api, "edges"));
    assert_eq!(seen["canvas_edges"], count(&api, "edges"));

    // The stance filter changes the visible edges, to those of /api/graph?stance=opposes.
    let filtered = count(&opposes, "edges");
    assert!(filtered > 0 && filtered < count(&api, "edges"));
    assert_eq!(seen["edges_opposes"], filtered);
    assert_eq!(seen["canvas_edges_opposes"], filtered);
    assert_eq!(seen["stances_after_filter"], serde_json::json!(["opposes"]));
    assert!(
        seen["url_after_filter"]
            .as_str()
            .is_some_and(|u| u.ends_with("/?stance=opposes")),
        "{}",
        seen["url_after_filter"]
    );
    assert_eq!(seen["edges_from_url"], filtered);

    // Clicking an edge lists at least one statement per supporting article, each with its
    // quote and a link to its article's graph, which the server answers.
    let statements = seen["statements"].as_u64().expect("statements");
    assert!(statements >= seen["edge_articles"].as_u64().expect("articles"));
    assert!(statements > 0);
    assert!(seen["quotes"]
        .as_array()
        .expect("quotes")
        .iter()
        .all(|q| !q.as_str().unwrap_or("").is_empty()));
    let link = seen["article_links"][0].as_str().expect("link");
    assert!(
        link.starts_with(&format!("{}/graph?iri=", server.base)),
        "{link}"
    );
    let graph = curl(link, &[]).expect("curl");
    assert_eq!(graph.status, 200);
    assert!(graph.body.contains("sg:Statement"), "{}", graph.body);

    // The query box shows a table, and a bad query's reason.
    assert_eq!(seen["query_rows"], 5);
    assert!(
        seen["query_error"]
            .as_str()
            .is_some_and(|e| e.contains("400") && e.contains("syntax")),
        "{}",
        seen["query_error"]
    );

    let png = std::fs::read(&shot).expect("screenshot");
    assert!(png.starts_with(b"\x89PNG"), "not a PNG");
    assert!(
        png.len() > 20_000,
        "screenshot too small: {} bytes",
        png.len()
    );
    if let Some(keep) = std::env::var_os("STANCEGRAPH_SCREENSHOT") {
        std::fs::copy(&shot, keep).expect("copy screenshot");
    }
}
