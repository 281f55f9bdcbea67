//! The real binary in a temporary directory: ingest, query, export, dump, and bad input.

mod common;

use common::{articles_dir, data_dir, TestEnv};

#[test]
fn ingest_prints_summary_and_builds_store() {
    let env = TestEnv::new();
    let out = env.ok(&["ingest", &articles_dir()]);
    assert!(out.contains("ingested"), "{out}");
    assert!(out.contains("0 skipped"), "{out}");
    let stats = env.ok(&["stats"]);
    let articles: usize = stats
        .lines()
        .find_map(|l| l.strip_prefix("articles\t"))
        .and_then(|n| n.parse().ok())
        .expect("articles count");
    let files = std::fs::read_dir(data_dir().join("articles"))
        .expect("data")
        .count();
    assert_eq!(articles, files);
}

#[test]
fn reingest_changes_nothing_and_dump_is_stable() {
    let env = TestEnv::new();
    env.ok(&["ingest", &articles_dir()]);
    let first = env.ok(&["dump", "--format", "nquads"]);
    let again = env.ok(&["ingest", &articles_dir()]);
    assert!(again.contains("0 added, 0 replaced"), "{again}");
    let second = env.ok(&["dump", "--format", "nquads"]);
    assert_eq!(first, second, "re-ingest changed the store");
    assert!(first.lines().count() > 100);
}

#[test]
fn two_runs_give_identical_dumps() {
    let a = TestEnv::new();
    let b = TestEnv::new();
    a.ok(&["ingest", &articles_dir()]);
    b.ok(&["ingest", &articles_dir()]);
    assert_eq!(a.ok(&["dump"]), b.ok(&["dump"]));
}

#[test]
fn changed_article_replaces_its_graph() {
    let env = TestEnv::new();
    let file = env.write(
        "in/a.txt",
        "Poland and troops\n2025-08-20\n\nPoland will not send troops to Ukraine.\n",
    );
    env.ok(&["ingest", file.to_str().expect("utf-8 path")]);
    let q = "SELECT ?a ?p WHERE { ?a sg:opposes ?p }";
    let before = env.ok(&["query", q, "--format", "csv"]);
    assert!(before.contains("actor/poland"), "{before}");
    env.write(
        "in/a.txt",
        "Poland and troops\n2025-08-21\n\nPoland supports sending troops to Ukraine.\n",
    );
    let out = env.ok(&["ingest", file.to_str().expect("utf-8 path")]);
    assert!(out.contains("1 replaced"), "{out}");
    let stats = env.ok(&["stats"]);
    assert!(stats.contains("articles\t1\n"), "{stats}");
    let after = env.ok(&["query", q, "--format", "csv"]);
    assert!(
        !after.contains("actor/poland"),
        "old graph survived: {after}"
    );
    let supports = env.ok(&[
        "query",
        "SELECT ?a WHERE { ?a sg:supports ?p }",
        "--format",
        "csv",
    ]);
    assert!(supports.contains("actor/poland"), "{supports}");
}

#[test]
fn gold_facts_are_answered_by_sparql() {
    let env = TestEnv::new();
    env.ok(&["ingest", &articles_dir()]);
    // Poland declining to send troops is in data/gold.tsv; the store must know it.
    let gold = std::fs::read_to_string(data_dir().join("gold.tsv")).expect("gold");
    assert!(gold
        .lines()
        .any(|l| l.contains("\tPoland\topposes\teuropean-troops-in-ukraine")));
    let out = env.ok(&[
        "query",
        "ASK { actor:poland sg:opposes proposal:european-troops-in-ukraine }",
    ]);
    assert_eq!(out.trim(), "true");
}

#[test]
fn query_formats_are_w3c() {
    let env = TestEnv::new();
    env.ok(&["ingest", &articles_dir()]);
    let q = "SELECT ?a WHERE { ?a sg:opposes ?p } LIMIT 1";
    let json = env.ok(&["query", q, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    assert_eq!(v["head"]["vars"][0], "a");
    let xml = env.ok(&["query", q, "--format", "xml"]);
    assert!(
        xml.contains("<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">"),
        "{xml}"
    );
    let tsv = env.ok(&["query", q, "--format", "tsv"]);
    assert!(tsv.starts_with("?a\n"), "{tsv}");
    let ttl = env.ok(&[
        "query",
        "CONSTRUCT { ?a sg:opposes ?p } WHERE { ?a sg:opposes ?p }",
        "--format",
        "turtle",
    ]);
    assert!(ttl.contains("sg:opposes"), "{ttl}");
    let table = env.ok(&["query", q]);
    assert!(table.contains("(1 row)"), "{table}");
}

#[test]
fn one_article_graph_can_be_addressed_by_name() {
    let env = TestEnv::new();
    env.ok(&["ingest", &articles_dir()]);
    let graphs = env.ok(&[
        "query",
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s a sg:Statement } }",
        "--format",
        "csv",
    ]);
    let first = graphs.lines().nth(1).expect("one graph").trim().to_owned();
    let q = format!("SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{first}> {{ ?s a sg:Statement }} }}");
    let n = env.ok(&["query", &q, "--format", "csv"]);
    let count: usize = n
        .lines()
        .nth(1)
        .expect("row")
        .trim()
        .parse()
        .expect("number");
    assert!(count >= 1);
}

#[test]
fn extract_tsv_header_and_rows() {
    let env = TestEnv::new();
    let out = env.ok(&["extract", "--format", "tsv", &articles_dir()]);
    let mut lines = out.lines();
    assert_eq!(
        lines.next(),
        Some("article\tactor\tstance\tproposal\tcondition\tevidence\tconfidence")
    );
    let rows: Vec<&str> = lines.collect();
    assert!(rows.len() >= 20, "only {} rows", rows.len());
    assert!(rows.iter().all(|r| r.split('\t').count() == 7));
    let jsonl = env.ok(&["extract", "--format", "jsonl", &articles_dir()]);
    for line in jsonl.lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("JSON line");
        assert!(v["prov"]["confidence"].as_f64().is_some());
    }
}

#[test]
fn missing_path_is_named_and_exit_1() {
    let env = TestEnv::new();
    let stderr = env.fails(&["ingest", "no/such/dir"], 1);
    assert!(
        stderr.contains("no/such/dir: no such file or directory"),
        "{stderr}"
    );
}

#[test]
fn non_utf8_file_is_skipped_and_counted() {
    let env = TestEnv::new();
    env.write(
        "in/good.txt",
        "Poland\n\nPoland will not send troops to Ukraine.\n",
    );
    env.write("in/bad.txt", b"Title\n\n\xff\xfe\xfa broken\n".as_slice());
    let dir = env.path("in");
    let out = env.run(&["ingest", dir.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stdout.contains("1 skipped"), "{stdout}");
    assert!(stderr.contains("bad.txt: not UTF-8 text"), "{stderr}");
    env.fails(&["ingest", "--strict", dir.to_str().expect("path")], 1);
}

#[test]
fn quiet_ingest_prints_no_warnings_but_still_counts_skipped_files() {
    let env = TestEnv::new();
    env.write(
        "in/good.txt",
        "Poland\n\nPoland will not send troops to Ukraine.\n",
    );
    env.write("in/empty.txt", "");
    let dir = env.path("in");
    let loud = env.run(&["ingest", dir.to_str().expect("path")]);
    assert!(
        String::from_utf8_lossy(&loud.stderr).contains("empty.txt"),
        "without --quiet the skipped file is warned about"
    );
    std::fs::remove_dir_all(env.store()).expect("remove store");
    let quiet = env.run(&["ingest", "--quiet", dir.to_str().expect("path")]);
    assert_eq!(quiet.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&quiet.stderr), "");
    let stdout = String::from_utf8_lossy(&quiet.stdout);
    assert!(stdout.contains("1 skipped"), "{stdout}");
}

#[test]
fn sparql_syntax_error_has_position_and_exit_1() {
    let env = TestEnv::new();
    env.ok(&["ingest", &articles_dir()]);
    let stderr = env.fails(&["query", "SELECT ?x WHERE { ?x ?y }"], 1);
    assert!(stderr.contains("SPARQL syntax error"), "{stderr}");
    assert!(stderr.contains("error at 1:"), "position missing: {stderr}");
}

#[test]
fn unknown_format_is_rejected() {
    let env = TestEnv::new();
    let stderr = env.fails(&["export", "--format", "png"], 1);
    assert!(stderr.contains("invalid value 'png'"));
}

#[test]
fn query_without_store_says_so() {
    let env = TestEnv::new();
    let stderr = env.fails(&["query", "ASK {}"], 2);
    assert!(stderr.contains("run `stancegraph ingest` first"));
}

#[test]
fn export_filters_apply() {
    let env = TestEnv::new();
    env.ok(&["ingest", &articles_dir()]);
    let all = env.ok(&["export", "--format", "dot"]);
    let opposes = env.ok(&["export", "--format", "dot", "--stance", "opposes"]);
    assert!(opposes.contains("stance=\"opposes\""));
    assert!(!opposes.contains("stance=\"supports\""));
    assert!(opposes.len() < all.len());
    let poland = env.ok(&["export", "--format", "dot", "--actor", "Poland"]);
    assert!(poland.contains("actor/poland"));
    assert!(!poland.contains("actor/russia\""));
    env.fails(&["export", "--format", "dot", "--since", "August"], 1);
}

#[test]
fn eval_reports_figures() {
    let env = TestEnv::new();
    let gold = data_dir().join("gold.tsv");
    let out = env.ok(&[
        "eval",
        "--gold",
        gold.to_str().expect("path"),
        &articles_dir(),
    ]);
    assert!(out.starts_with("strict    P="), "{out}");
    assert!(out.contains("confusion"), "{out}");
}

#[test]
fn unknowns_lists_unmatched_phrases_and_speakers() {
    let env = TestEnv::new();
    let file = env.write(
        "u/a.txt",
        "Title\n\nPoland backs a joint naval patrol in the Baltic. \"We are ready,\" said Admiral Jan Kowalczyk.\n",
    );
    let out = env.ok(&["extract", "--unknowns", file.to_str().expect("path")]);
    assert!(out.starts_with("kind\tcount\tphrase\n"), "{out}");
    assert!(out.contains("proposal?\t1\tjoint naval patrol\n"), "{out}");
    assert!(out.contains("actor?\t1\tAdmiral Jan Kowalczyk"), "{out}");
}

#[test]
fn bad_ontology_names_file_line_and_column() {
    let env = TestEnv::new();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("ontology");
    for name in ["schema.ttl", "actors.ttl", "proposals.ttl", "lexicon.ttl"] {
        env.write(
            &format!("onto/{name}"),
            std::fs::read(dir.join(name)).expect("ontology file"),
        );
    }
    let mut lexicon = std::fs::read_to_string(dir.join("lexicon.ttl")).expect("lexicon");
    lexicon.push_str("\nlex:broken a sg:StanceCue ;\n    sg:form \"oops .\n");
    env.write("onto/lexicon.ttl", lexicon);
    let onto = env.path("onto");
    let stderr = env.fails(
        &[
            "--ontology",
            onto.to_str().expect("path"),
            "extract",
            &articles_dir(),
        ],
        1,
    );
    assert!(stderr.contains("lexicon.ttl:"), "{stderr}");
    assert!(stderr.contains("Turtle syntax error"), "{stderr}");

    let mut actors = std::fs::read_to_string(dir.join("actors.ttl")).expect("actors");
    actors.push_str(
        "\nactor:impostor a sg:State ; rdfs:label \"Impostor\" ; skos:altLabel \"Kremlin\" .\n",
    );
    env.write(
        "onto/lexicon.ttl",
        std::fs::read(dir.join("lexicon.ttl")).expect("lexicon"),
    );
    env.write("onto/actors.ttl", actors);
    let stderr = env.fails(
        &[
            "--ontology",
            onto.to_str().expect("path"),
            "extract",
            &articles_dir(),
        ],
        1,
    );
    assert!(
        stderr.contains("alias \"Kremlin\" is claimed by both"),
        "{stderr}"
    );
}

#[test]
fn store_answers_gold_facts() {
    let env = TestEnv::new();
    env.ok(&["ingest", &articles_dir()]);
    let q = "SELECT DISTINCT ?file ?label ?stance ?slug WHERE { ?s sg:actor ?a ; sg:stance ?st ; \
             sg:proposal ?p ; prov:wasDerivedFrom ?art . ?a rdfs:label ?label . \
             ?art dcterms:identifier ?file . BIND(LCASE(STRAFTER(STR(?st), \"#\")) AS ?stance) \
             BIND(STRAFTER(STR(?p), \"proposal/\") AS ?slug) }";
    let rows = env.ok(&["query", q, "--format", "tsv"]);
    let stored: std::collections::HashSet<Vec<String>> = rows
        .lines()
        .skip(1)
        .map(|l| {
            l.split('\t')
                .map(|v| v.trim_matches('"').to_owned())
                .collect()
        })
        .collect();
    let gold = std::fs::read_to_string(data_dir().join("gold.tsv")).expect("gold");
    let mut found = 0;
    for line in gold.lines().skip(1) {
        let c: Vec<&str> = line.split('\t').collect();
        let fact = |actor: &str| {
            vec![
                c[0].to_owned(),
                actor.to_owned(),
                c[2].to_owned(),
                c[3].to_owned(),
            ]
        };
        if c[1].split('|').any(|actor| stored.contains(&fact(actor))) {
            found += 1;
        }
    }
    // 118 gold rows; the store answers what extraction found (measured: 70 of them).
    assert!(found >= 65, "only {found} gold facts answered by the store");
}

#[test]
fn new_person_gets_label_and_country_in_the_store() {
    let env = TestEnv::new();
    let file = env.write(
        "n/a.txt",
        "Riga says no\n\nLatvian Foreign Minister Baiba Braže rejected the idea of NATO troops in Ukraine.\n",
    );
    env.ok(&["ingest", file.to_str().expect("path")]);
    let out = env.ok(&[
        "query",
        "SELECT ?label ?country WHERE { ?a sg:opposes proposal:european-troops-in-ukraine ; \
         rdfs:label ?label ; sg:country ?c . ?c rdfs:label ?country }",
        "--format",
        "csv",
    ]);
    assert!(out.contains("Baiba Braže,Latvia"), "{out}");
}

#[test]
fn open_proposals_are_opt_in_and_merge_by_label() {
    let env = TestEnv::new();
    env.write(
        "o/a.txt",
        "A\n\nPoland backs a joint naval patrol in the Baltic.\n",
    );
    env.write(
        "o/b.txt",
        "B\n\nEstonia backs a joint naval patrol along the coast.\n",
    );
    let dir = env.path("o");
    let dir = dir.to_str().expect("path");
    let plain = env.ok(&["extract", dir]);
    assert!(!plain.contains("new:"), "{plain}");
    let open = env.ok(&["extract", "--open-proposals", dir]);
    assert!(
        open.contains("Poland\tsupports\tnew:joint-naval-patrol"),
        "{open}"
    );
    env.ok(&["ingest", "--open-proposals", dir]);
    let holders = env.ok(&[
        "query",
        "SELECT ?a WHERE { ?a sg:supports <https://stancegraph.org/proposal/new/joint-naval-patrol> } ORDER BY ?a",
        "--format",
        "csv",
    ]);
    assert_eq!(
        holders.lines().count(),
        3,
        "one node, two holders: {holders}"
    );
}
