//! `query --timeout` and `query --limit` on the real binary.

mod common;

use common::{articles_dir, TestEnv};

/// A triple cross product of every quad: far too large to finish within a second.
const RUNAWAY: &str = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

#[test]
fn a_runaway_query_stops_at_the_timeout_with_exit_1() {
    let env = TestEnv::new();
    env.ok(&["ingest", &articles_dir()]);
    let stderr = env.fails(&["query", "--timeout", "1", RUNAWAY], 1);
    assert!(
        stderr.contains("ran longer than 1 s and was stopped"),
        "{stderr}"
    );
    assert!(stderr.contains("--timeout"), "no hint: {stderr}");
}

#[test]
fn limit_keeps_the_first_rows_and_says_so() {
    let env = TestEnv::new();
    env.ok(&["ingest", &articles_dir()]);
    let q = "SELECT ?s WHERE { ?s a sg:Statement } ORDER BY ?s";
    let all = env.ok(&["query", q, "--format", "csv"]);
    let all: Vec<&str> = all.lines().collect();
    assert!(all.len() > 4, "too few statements: {all:?}");

    let out = env.run(&["query", q, "--format", "csv", "--limit", "3"]);
    assert!(out.status.success());
    let limited = String::from_utf8(out.stdout).expect("utf-8");
    let limited: Vec<&str> = limited.lines().collect();
    // Header plus the first three rows of the full answer.
    assert_eq!(limited, all[..4].to_vec());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("--limit 3"), "{stderr}");

    // A limit above the answer's size changes nothing and notes nothing.
    let out = env.run(&["query", q, "--format", "csv", "--limit", "100000"]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).lines().count(),
        all.len()
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn limit_applies_to_construct_triples() {
    let env = TestEnv::new();
    env.ok(&["ingest", &articles_dir()]);
    let out = env.ok(&[
        "query",
        "CONSTRUCT { ?s a sg:Statement } WHERE { ?s a sg:Statement }",
        "--format",
        "ntriples",
        "--limit",
        "2",
    ]);
    assert_eq!(out.lines().count(), 2, "{out}");
}
