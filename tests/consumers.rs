//! Real consumers read our exports: Graphviz `dot`, Python networkx and rdflib.
//! With `CI=true` a missing tool fails the test; locally it is reported and skipped.
#![expect(clippy::print_stderr, reason = "a skipped consumer check says why")]

mod common;

use std::process::Command;

use common::{articles_dir, pipe, require_tools, TestEnv};

fn python_has(module: &str) -> bool {
    let ok = Command::new("python3")
        .args(["-c", &format!("import {module}")])
        .status()
        .is_ok_and(|s| s.success());
    assert!(
        ok || !require_tools(),
        "python3 module {module} is required in CI"
    );
    if !ok {
        eprintln!("skipping: python3 module {module} not available");
    }
    ok
}

fn hostile_env() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&["ingest", &articles_dir()]);
    // Quotes, backslashes, markup, CDATA ends, braces, control and bidi characters in text.
    env.write(
        "hostile/h.txt",
        "Poland \"says\" <no> & ]]> {braces} \\ back\u{202e}slash\u{1}\n2025-08-22\n\nPoland will not send troops to Ukraine, \"}\"\"\" <b>&amp;</b> \\n said Warsaw \u{202e}today\u{7}.\n",
    );
    env.ok(&["ingest", env.path("hostile").to_str().expect("path")]);
    env
}

#[test]
fn graphviz_renders_the_dot_export() {
    let env = hostile_env();
    let dot = env.ok(&["export", "--format", "dot"]);
    let Some(out) = pipe("dot", &["-Tsvg"], dot.as_bytes()) else {
        return;
    };
    assert!(
        out.status.success(),
        "dot failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let svg = String::from_utf8_lossy(&out.stdout);
    assert!(svg.contains("<svg"), "no SVG");
    assert!(svg.contains("Poland"), "node label missing from SVG");
}

#[test]
fn networkx_reads_the_graphml_export() {
    let env = hostile_env();
    if !python_has("networkx") {
        return;
    }
    let graphml = env.ok(&["export", "--format", "graphml"]);
    let script = r#"
import sys, networkx as nx
g = nx.read_graphml(sys.stdin.buffer)
assert g.number_of_nodes() > 5, g.number_of_nodes()
assert g.number_of_edges() > 5, g.number_of_edges()
kinds = {d["kind"] for _, d in g.nodes(data=True)}
assert "proposal" in kinds, kinds
for _, _, d in g.edges(data=True):
    assert isinstance(d["articles"], int) and d["articles"] >= 1, d
    assert d["stance"] in {"supports", "opposes", "proposes", "considers"}, d
print(g.number_of_nodes(), g.number_of_edges())
"#;
    let out = pipe("python3", &["-c", script], graphml.as_bytes()).expect("python3 present");
    assert!(
        out.status.success(),
        "networkx: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn rdflib_reads_the_dumps() {
    let env = hostile_env();
    if !python_has("rdflib") {
        return;
    }
    let nquads = env.ok(&["dump", "--format", "nquads"]);
    let lines = nquads.lines().count();
    let script = format!(
        r#"
import sys, rdflib
ds = rdflib.Dataset()
ds.parse(data=sys.stdin.read(), format="nquads")
n = len(list(ds.quads((None, None, None, None))))
assert n == {lines}, (n, {lines})
graphs = {{str(g.identifier) for g in ds.graphs()}}
assert "https://stancegraph.org/graph/ontology" in graphs
"#
    );
    let out = pipe("python3", &["-c", &script], nquads.as_bytes()).expect("python3 present");
    assert!(
        out.status.success(),
        "rdflib nquads: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    for (format, rdflib_format) in [("turtle", "turtle"), ("trig", "trig"), ("ntriples", "nt")] {
        let text = env.ok(&["dump", "--format", format]);
        let script = format!(
            "import sys, rdflib\ng = rdflib.Dataset() if '{rdflib_format}' == 'trig' else rdflib.Graph()\ng.parse(data=sys.stdin.read(), format='{rdflib_format}')\nassert len(g) > 0 or '{rdflib_format}' == 'trig'\n"
        );
        let out = pipe("python3", &["-c", &script], text.as_bytes()).expect("python3 present");
        assert!(
            out.status.success(),
            "rdflib {format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn rdflib_reads_sparql_json_results() {
    let env = hostile_env();
    if !python_has("rdflib") {
        return;
    }
    let json = env.ok(&[
        "query",
        "SELECT ?s ?e WHERE { ?s sg:evidence ?e }",
        "--format",
        "json",
    ]);
    let xml = env.ok(&[
        "query",
        "SELECT ?s ?e WHERE { ?s sg:evidence ?e }",
        "--format",
        "xml",
    ]);
    let script = r#"
import sys, io
from rdflib.plugins.sparql.results.jsonresults import JSONResultParser
from rdflib.plugins.sparql.results.xmlresults import XMLResultParser
data = sys.stdin.read().split("\n=====\n")
a = JSONResultParser().parse(io.StringIO(data[0]))
b = XMLResultParser().parse(io.BytesIO(data[1].encode()))
assert len(a.bindings) == len(b.bindings) > 0, (len(a.bindings), len(b.bindings))
"#;
    let input = format!("{json}\n=====\n{xml}");
    let out = pipe("python3", &["-c", script], input.as_bytes()).expect("python3 present");
    assert!(
        out.status.success(),
        "rdflib results: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn python_csv_reads_the_extract_tsv() {
    let env = TestEnv::new();
    // The first statement's evidence opens with a quotation mark that the evidence window
    // cuts before it closes; the second statement must still be its own row.
    env.write(
        "quoted/q.txt",
        "Talks in Paris\n2025-09-05\n\n\"Poland will not send troops to Ukraine. We simply cannot do it,\" Tusk said.\nItaly rejects sending troops to Ukraine, Meloni said.\n",
    );
    let tsv = env.ok(&[
        "extract",
        "--format",
        "tsv",
        env.path("quoted").to_str().expect("path"),
    ]);
    let rows = tsv.lines().count() - 1;
    assert!(rows >= 2, "expected two statements:\n{tsv}");
    let script = "import csv, sys\nrows = list(csv.DictReader(sys.stdin, delimiter='\\t'))\nprint(len(rows))\nfor r in rows: print(r['actor'], '|', r['evidence'])";
    let out = pipe("python3", &["-c", script], tsv.as_bytes()).expect("python3 present");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        stdout.lines().next(),
        Some(rows.to_string().as_str()),
        "{stdout}"
    );
    assert!(
        stdout.contains("Poland | \"Poland will not send troops"),
        "{stdout}"
    );
    assert!(
        stdout.contains("Giorgia Meloni|Italy | Italy rejects"),
        "{stdout}"
    );
}
