//! Two processes on one store, with the real binary: a second writer fails at once naming the
//! process that holds the store; readers (`query`, `export`, `dump`) refuse while a writer runs
//! and say why, and work once it has finished.

mod common;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{generate_corpus, TestEnv};
use stancegraph::store::Store;

#[test]
fn second_writer_and_readers_are_told_who_holds_the_store() {
    let env = TestEnv::new();
    let corpus = env.path("corpus");
    generate_corpus(&corpus, 72);
    let corpus = corpus.to_str().expect("path");
    let store = env.store();
    // One article first, so the long run below goes through per-article transactions.
    env.ok(&["ingest", &format!("{corpus}/01_alaska-aftermath-0000.txt")]);

    let mut writer = Command::new(env!("CARGO_BIN_EXE_stancegraph"))
        .arg("--store")
        .arg(&store)
        .args(["ingest", "--quiet", corpus])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn writer");
    let pid = writer.id();
    let deadline = Instant::now() + Duration::from_secs(20);
    while Store::writer_pid(&store) != Some(pid) {
        assert!(Instant::now() < deadline, "the writer never took the lock");
        assert!(
            writer.try_wait().expect("try_wait").is_none(),
            "writer ended early"
        );
        std::thread::sleep(Duration::from_millis(20));
    }

    let started = Instant::now();
    let stderr = env.fails(&["ingest", corpus], 2);
    assert!(
        stderr.contains(&format!("store is in use by process {pid};")),
        "{stderr}"
    );
    // It fails at once instead of waiting for the writer.
    assert!(started.elapsed() < Duration::from_secs(5));
    for reader in [
        vec!["query", "ASK { ?s ?p ?o }"],
        vec!["export", "--format", "dot"],
        vec!["dump"],
    ] {
        let stderr = env.fails(&reader, 2);
        assert!(
            stderr.contains(&format!(
                "store is in use by process {pid}, which is writing it"
            )),
            "{reader:?}: {stderr}"
        );
    }
    assert!(
        writer.try_wait().expect("try_wait").is_none(),
        "the writer finished before the checks: they proved nothing"
    );

    let out = writer.wait_with_output().expect("writer ends");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(Store::writer_pid(&store), None);
    let answer = env.ok(&["query", "ASK { ?s ?p ?o }", "--format", "tsv"]);
    assert!(answer.contains("true"), "{answer}");
}
