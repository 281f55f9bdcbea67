//! Tidy checks on the source tree: module docs, where printing and CLI crates may appear,
//! and that domain knowledge (actor names, proposal slugs, cue words) lives in ontology/ only.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn sources() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let rel = p
                .strip_prefix(root)
                .expect("under root")
                .display()
                .to_string();
            (rel, std::fs::read_to_string(&p).expect("read"))
        })
        .collect()
}

/// The code of a file without its `#[cfg(test)]` part (tests may name actors).
fn non_test_code(text: &str) -> &str {
    text.split("#[cfg(test)]").next().unwrap_or(text)
}

#[test]
fn every_source_file_opens_with_a_module_doc() {
    for (path, text) in sources() {
        assert!(
            text.starts_with("//!"),
            "{path} does not start with a //! module doc"
        );
    }
}

#[test]
fn only_the_cli_prints_or_uses_anyhow_and_clap() {
    for (path, text) in sources() {
        if path == "src/main.rs" || path.starts_with("src/cli/") {
            continue;
        }
        let code = non_test_code(&text);
        for banned in ["println!", "eprintln!", "anyhow", "clap::", "process::exit"] {
            assert!(!code.contains(banned), "{path} uses {banned}");
        }
    }
}

/// Quoted strings from a Turtle file: the literals after a given predicate.
fn literals_after(ttl: &str, predicate: &str) -> Vec<String> {
    let mut out = Vec::new();
    for chunk in ttl.split(predicate).skip(1) {
        let stmt = chunk.split([';', '.']).next().unwrap_or("");
        for (i, piece) in stmt.split('"').enumerate() {
            if i % 2 == 1 && piece.len() >= 4 {
                out.push(piece.to_owned());
            }
        }
    }
    out
}

#[test]
fn no_domain_knowledge_in_rust_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("ontology");
    let actors = std::fs::read_to_string(root.join("actors.ttl")).expect("actors.ttl");
    let proposals = std::fs::read_to_string(root.join("proposals.ttl")).expect("proposals.ttl");
    let lexicon = std::fs::read_to_string(root.join("lexicon.ttl")).expect("lexicon.ttl");
    let mut needles: Vec<String> = literals_after(&actors, "rdfs:label");
    needles.extend(
        proposals
            .split("prop:")
            .skip(1)
            .filter_map(|s| s.split_whitespace().next())
            .filter(|s| s.contains('-'))
            .map(|s| s.trim_end_matches([';', '.', ',']).to_owned()),
    );
    // Multi-word cue phrases are distinctive enough to search for.
    needles.extend(
        literals_after(&lexicon, "sg:form")
            .into_iter()
            .filter(|f| f.contains(' ') && f.len() >= 8),
    );
    assert!(needles.len() > 50, "too few needles: {}", needles.len());
    for (path, text) in sources()
        .into_iter()
        .filter(|(p, _)| !p.ends_with("/tests.rs"))
    {
        // Comments may use examples; code and string literals may not.
        let code: String = non_test_code(&text)
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        for needle in &needles {
            assert!(
                !code.contains(&format!("\"{needle}\"")) && !code.contains(&format!("\"{needle} ")),
                "{path} spells domain knowledge {needle:?}; put it in ontology/"
            );
        }
    }
}
