//! Bad ontology, lexicon and gold files through the real binary: exit status 1, a message that
//! names the file (and line and column where there is one), never a panic.

mod common;

use std::path::Path;

use common::{articles_dir, TestEnv};

/// A copy of the bundled ontology in `onto/`, with `edit` appended to one file.
fn ontology_with(env: &TestEnv, file: &str, edit: &str) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("ontology");
    for name in ["schema.ttl", "actors.ttl", "proposals.ttl", "lexicon.ttl"] {
        let mut text = std::fs::read_to_string(dir.join(name)).expect("ontology file");
        if name == file {
            text.push_str(edit);
        }
        env.write(&format!("onto/{name}"), text);
    }
    env.path("onto").to_str().expect("path").to_owned()
}

/// Runs `extract` with the ontology in `onto`, expects exit 1 and returns stderr.
fn extract_fails(env: &TestEnv, onto: &str) -> String {
    let stderr = env.fails(&["--ontology", onto, "extract", &articles_dir()], 1);
    assert!(!stderr.contains("panicked"), "{stderr}");
    stderr
}

#[test]
fn turtle_syntax_error_names_file_line_and_column() {
    let env = TestEnv::new();
    let lines =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("ontology/lexicon.ttl"))
            .expect("lexicon")
            .lines()
            .count();
    // The unterminated literal opens on the third appended line, column 13.
    let onto = ontology_with(
        &env,
        "lexicon.ttl",
        "\nlex:broken a sg:StanceCue ;\n    sg:form \"oops .\n",
    );
    let stderr = extract_fails(&env, &onto);
    let expected = format!("lexicon.ttl:{}:13: Turtle syntax error", lines + 3);
    assert!(stderr.contains(&expected), "{expected}\n{stderr}");
}

#[test]
fn undeclared_prefix_names_its_line() {
    let env = TestEnv::new();
    let onto = ontology_with(&env, "actors.ttl", "\nnope:x a nope:Y .\n");
    let stderr = extract_fails(&env, &onto);
    assert!(stderr.contains("actors.ttl:"), "{stderr}");
    assert!(stderr.contains("nope: has not been declared"), "{stderr}");
}

#[test]
fn proposal_or_actor_without_a_label_is_named() {
    let env = TestEnv::new();
    let onto = ontology_with(
        &env,
        "proposals.ttl",
        "\nprop:nameless a skos:Concept ;\n    skos:inScheme sg:ProposalScheme ;\n    skos:altLabel \"a phrase\"@en .\n",
    );
    let stderr = extract_fails(&env, &onto);
    assert!(
        stderr.contains(
            "proposals.ttl: <https://stancegraph.org/proposal/nameless> has no skos:prefLabel"
        ),
        "{stderr}"
    );
    let env = TestEnv::new();
    let onto = ontology_with(&env, "actors.ttl", "\nactor:nobody a sg:State .\n");
    let stderr = extract_fails(&env, &onto);
    assert!(
        stderr.contains("actors.ttl: <https://stancegraph.org/actor/nobody> has no rdfs:label"),
        "{stderr}"
    );
}

#[test]
fn alias_claimed_by_two_actors_is_refused() {
    let env = TestEnv::new();
    let onto = ontology_with(
        &env,
        "actors.ttl",
        "\nactor:twin a sg:State ; rdfs:label \"Twin\" ; skos:altLabel \"Twinland\" .\nactor:other a sg:State ; rdfs:label \"Other\" ; skos:altLabel \"Twinland\" .\n",
    );
    let stderr = extract_fails(&env, &onto);
    assert!(
        stderr.contains("alias \"Twinland\" is claimed by both"),
        "{stderr}"
    );
}

#[test]
fn missing_ontology_file_is_named() {
    let env = TestEnv::new();
    let empty = env.path("empty-onto");
    std::fs::create_dir_all(&empty).expect("mkdir");
    let stderr = extract_fails(&env, empty.to_str().expect("path"));
    assert!(
        stderr.contains("schema.ttl: cannot read ontology file"),
        "{stderr}"
    );
}

#[test]
fn bad_gold_files_are_named_with_their_line() {
    let env = TestEnv::new();
    let header = "article\tactor\tstance\tproposal\tcondition\tevidence\ttags\n";
    let gold = env.write(
        "gold.tsv",
        format!("{header}06_poland-no-troops.txt\tPoland\tendorses\teuropean-troops-in-ukraine\t\tx\t\n"),
    );
    let gold = gold.to_str().expect("path");
    let stderr = env.fails(&["eval", "--gold", gold, &articles_dir()], 1);
    assert!(
        stderr.contains("gold.tsv:2: unknown stance \"endorses\""),
        "{stderr}"
    );
    let short = env.write("short.tsv", "article\tactor\n");
    let stderr = env.fails(
        &[
            "eval",
            "--gold",
            short.to_str().expect("path"),
            &articles_dir(),
        ],
        1,
    );
    assert!(
        stderr.contains("short.tsv: header lacks the column \"stance\""),
        "{stderr}"
    );
    let stderr = env.fails(&["eval", "--gold", "no-such.tsv", &articles_dir()], 1);
    assert!(
        stderr.contains("no-such.tsv: cannot read gold file"),
        "{stderr}"
    );
}
