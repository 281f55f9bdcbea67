//! Every example query in `examples/queries/` runs on the bundled corpus and answers.

mod common;

use std::path::Path;

use common::{articles_dir, example_queries, TestEnv};

fn run_query(env: &TestEnv, name: &str) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/queries")
        .join(name);
    let out = env.ok(&[
        "query",
        "--file",
        path.to_str().expect("path"),
        "--format",
        "tsv",
    ]);
    out.lines().skip(1).map(str::to_owned).collect()
}

#[test]
fn every_example_query_answers() {
    let env = TestEnv::new();
    env.ok(&["ingest", &articles_dir()]);
    let names: Vec<String> = example_queries()
        .iter()
        .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    assert!(names.len() >= 6, "{names:?}");
    for name in &names {
        let rows = run_query(&env, name);
        assert!(!rows.is_empty(), "{name} returned no rows");
    }

    let opposes = run_query(&env, "who-opposes.rq").join("\n");
    assert!(opposes.contains("\"Poland\""), "{opposes}");
    assert!(
        opposes.contains("\"Russia\"") || opposes.contains("\"Sergey Lavrov\""),
        "{opposes}"
    );

    let contested = run_query(&env, "contested-proposals.rq").join("\n");
    assert!(
        contested.contains("European / multinational troops"),
        "{contested}"
    );

    let article = run_query(&env, "one-article.rq");
    assert!(
        article.iter().any(|r| r.contains("\"Poland\"")),
        "{article:?}"
    );

    let by_country = run_query(&env, "actors-by-country.rq").join("\n");
    assert!(by_country.contains("\"Russia\""), "{by_country}");
}
