//! Hostile names: an actor whose label holds quotes, `\`, `<`, `&`, `]]>`, `}`, `"""`, a
//! control character and right-to-left marks goes through every exporter and is
//! read back by the real consumers (`dot`, networkx, rdflib; required when `CI=true`), and
//! hostile `--actor`/`--proposal` filter values select by equality, never as query text.
#![expect(clippy::print_stderr, reason = "a skipped consumer check says why")]

mod common;

use std::path::Path;

use common::{pipe, require_tools, TestEnv};

/// The label as the consumers must read it back, character for character.
const LABEL: &str =
    "Evil \"Q\" <b>&amp;</b> ]]> {x} \\ back \u{202e}mark\u{200f} \"\"\" bell\u{7} end";

/// The same label as a Turtle string literal.
const LABEL_TTL: &str =
    r#""Evil \"Q\" <b>&amp;</b> ]]> {x} \\ back \u202Emark\u200F \"\"\" bell\u0007 end""#;

fn env_with_hostile_actor() -> (TestEnv, String) {
    let env = TestEnv::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("ontology");
    for name in ["schema.ttl", "actors.ttl", "proposals.ttl", "lexicon.ttl"] {
        let mut text = std::fs::read_to_string(dir.join(name)).expect("ontology file");
        if name == "actors.ttl" {
            text.push_str(&format!(
                "\nactor:evilland a sg:State ; rdfs:label {LABEL_TTL} ; skos:altLabel \"Evilland\" .\n"
            ));
        }
        env.write(&format!("onto/{name}"), text);
    }
    let onto = env.path("onto").to_str().expect("path").to_owned();
    env.write(
        "in/evil.txt",
        "Evilland \"rejects\" <troops> & ]]> {}\n2025-08-22\n\nEvilland will not send troops to Ukraine, \"}\"\"\" <b>&amp;</b> \\n said a spokesman \u{202e}today.\n",
    );
    let out = env.ok(&[
        "--ontology",
        &onto,
        "ingest",
        env.path("in").to_str().expect("path"),
    ]);
    assert!(out.contains("1 added"), "{out}");
    (env, onto)
}

fn python(script: &str, input: &[u8]) -> Option<String> {
    let out = pipe("python3", &["-c", script], input)?;
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        if stderr.contains("ModuleNotFoundError") && !require_tools() {
            eprintln!("skipping: {stderr}");
            return None;
        }
        panic!("python: {stderr}");
    }
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn hostile_label_survives_every_exporter() {
    let (env, onto) = env_with_hostile_actor();
    let dot = env.ok(&["--ontology", &onto, "export", "--format", "dot"]);
    if let Some(out) = pipe("dot", &["-Tsvg"], dot.as_bytes()) {
        assert!(
            out.status.success(),
            "dot: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(String::from_utf8_lossy(&out.stdout).contains("Evil"));
    }
    let graphml = env.ok(&["--ontology", &onto, "export", "--format", "graphml"]);
    let script = r#"
import sys, networkx as nx
g = nx.read_graphml(sys.stdin.buffer)
print("\n".join(sorted(d.get("label", "") for _, d in g.nodes(data=True))))
"#;
    if let Some(labels) = python(script, graphml.as_bytes()) {
        // XML 1.0 cannot carry U+0007 at all: GraphML drops it, and only it.
        let xml_label = LABEL.replace('\u{7}', "");
        assert!(labels.lines().any(|l| l == xml_label), "{labels}");
    }
    for (format, parse) in [
        (
            "nquads",
            "rdflib.Dataset(); g.parse(data=data, format='nquads')",
        ),
        (
            "trig",
            "rdflib.Dataset(); g.parse(data=data, format='trig')",
        ),
        (
            "turtle",
            "rdflib.Graph(); g.parse(data=data, format='turtle')",
        ),
        (
            "ntriples",
            "rdflib.Graph(); g.parse(data=data, format='nt')",
        ),
    ] {
        let text = env.ok(&["dump", "--format", format]);
        let script = format!(
            "import sys, rdflib\ndata = sys.stdin.read()\ng = {parse}\nlabels = {{str(o) for s, p, o in g.triples((rdflib.URIRef('https://stancegraph.org/actor/evilland'), rdflib.RDFS.label, None))}} if '{format}' in ('turtle', 'ntriples') else {{str(q[2]) for q in g.quads((rdflib.URIRef('https://stancegraph.org/actor/evilland'), rdflib.RDFS.label, None, None))}}\nprint('\\n'.join(labels))\n"
        );
        if let Some(labels) = python(&script, text.as_bytes()) {
            assert!(labels.lines().any(|l| l == LABEL), "{format}: {labels:?}");
        }
    }
    let json = env.ok(&[
        "query",
        "SELECT ?l WHERE { actor:evilland rdfs:label ?l }",
        "--format",
        "json",
    ]);
    let parsed: serde_json::Value = serde_json::from_str(&json).expect("SPARQL JSON");
    assert_eq!(
        parsed["results"]["bindings"][0]["l"]["value"].as_str(),
        Some(LABEL)
    );
}

#[test]
fn hostile_filter_values_are_compared_not_spliced() {
    let (env, onto) = env_with_hostile_actor();
    let export = |args: &[&str]| {
        let mut all = vec!["--ontology", &onto, "export", "--format", "graphml"];
        all.extend_from_slice(args);
        env.ok(&all)
    };
    let edges = |graphml: &str| graphml.matches("<edge ").count();
    // The hostile label itself selects the actor's edges.
    let by_label = export(&["--actor", LABEL]);
    assert!(edges(&by_label) >= 1, "{by_label}");
    assert!(by_label.contains("Evil &quot;Q&quot;"), "{by_label}");
    // SPARQL-, DOT- and XML-shaped values match nothing and break nothing.
    for value in [
        "\" } ; DROP ALL ; #",
        "> } UNION { ?s ?p ?o",
        "\\\"\"\"' ]]> <x> & {",
        "\u{1}\u{7}\n\u{202e}",
    ] {
        for flag in ["--actor", "--proposal"] {
            let out = export(&[flag, value]);
            assert_eq!(edges(&out), 0, "{flag} {value:?}: {out}");
            assert!(out.contains("<graphml"), "{out}");
        }
    }
    // The store is untouched by any of it.
    let stats = env.ok(&["stats"]);
    assert!(stats.contains("articles\t1\n"), "{stats}");
}
