//! Crash safety and idempotence with the real binary: `kill -9` during `ingest` of about 1,000
//! articles, on the bulk-loader path (fresh store) and on the per-article transaction path,
//! leaves a store that opens and holds only whole article graphs; a re-run completes it to the
//! same content as an uninterrupted run. Ingesting twice, in another order or in two halves
//! gives the same store.
#![expect(
    clippy::print_stderr,
    reason = "the crash test reports what each kill left"
)]

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{generate_corpus, graphs_of, TestEnv};

const BIN: &str = env!("CARGO_BIN_EXE_stancegraph");

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

fn run(store: &Path, args: &[&str]) -> String {
    let out = Command::new(BIN)
        .arg("--store")
        .arg(store)
        .args(args)
        .output()
        .expect("binary runs");
    assert!(
        out.status.success(),
        "stancegraph {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

fn dump(store: &Path) -> String {
    run(store, &["dump", "--format", "nquads"])
}

/// Starts `ingest corpus`, kills it with SIGKILL after `after`; true if it was still running.
fn ingest_and_kill(store: &Path, corpus: &Path, after: Duration) -> bool {
    let mut child = Command::new(BIN)
        .arg("--store")
        .arg(store)
        .args(["ingest", "--quiet", s(corpus)])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    std::thread::sleep(after);
    let running = child.try_wait().expect("try_wait").is_none();
    child.kill().expect("SIGKILL"); // `Child::kill` is SIGKILL on Unix.
    child.wait().expect("reaped");
    running
}

/// Every article graph in `store` equals the same graph in the reference; returns how many.
fn only_whole_graphs(store: &Path, reference: &BTreeMap<String, Vec<String>>) -> usize {
    let graphs = graphs_of(&dump(store));
    let mut articles = 0;
    for (graph, lines) in &graphs {
        // The edge summary is derived from whatever articles are stored; the re-run recomputes
        // it, and the final comparison below checks it.
        if graph == "<https://stancegraph.org/graph/summary>" {
            continue;
        }
        let expected = reference
            .get(graph)
            .unwrap_or_else(|| panic!("graph {graph} is not in the reference store"));
        assert_eq!(
            lines.len(),
            expected.len(),
            "graph {graph} has {} of {} quads",
            lines.len(),
            expected.len()
        );
        assert_eq!(lines, expected, "graph {graph} differs");
        if graph.contains("/article/") {
            articles += 1;
        }
    }
    articles
}

#[test]
fn kill_9_during_ingest_leaves_whole_articles_and_a_rerun_completes() {
    let env = TestEnv::new();
    let corpus = env.path("corpus");
    let files = generate_corpus(&corpus, 72);
    assert!(files >= 1_000, "{files}");

    let reference_store = env.path("reference.db");
    let started = Instant::now();
    run(&reference_store, &["ingest", "--quiet", s(&corpus)]);
    let full_time = started.elapsed();
    let reference_dump = dump(&reference_store);
    let reference = graphs_of(&reference_dump);
    let reference_articles = reference.keys().filter(|g| g.contains("/article/")).count();
    assert_eq!(reference_articles, files);

    let one_file = corpus.join(
        std::fs::read_dir(&corpus)
            .expect("corpus")
            .map(|e| e.expect("entry").file_name())
            .min()
            .expect("a file"),
    );
    let mut kills = 0;
    for (path, seed_first) in [("bulk", false), ("transactions", true)] {
        for fraction in [0.15, 0.5, 0.85] {
            let store = env.path(&format!("{path}-{fraction}.db"));
            if seed_first {
                // One article already stored: the run takes the per-article transaction path.
                run(&store, &["ingest", "--quiet", s(&one_file)]);
            }
            let after = full_time.mul_f64(fraction);
            let was_running = ingest_and_kill(&store, &corpus, after);
            if !store.join("CURRENT").exists() {
                eprintln!("{path} kill at {after:?}: before the store was created");
                continue;
            }
            kills += usize::from(was_running);
            let present = only_whole_graphs(&store, &reference);
            eprintln!(
                "{path} kill at {:.2} s (running: {was_running}): {present} of {files} articles present, all whole",
                after.as_secs_f64()
            );
            run(&store, &["ingest", "--quiet", s(&corpus)]);
            assert!(
                dump(&store) == reference_dump,
                "{path}: re-run differs from the reference"
            );
            // A bulk load killed before its commit leaves SST files; the next writer removes them.
            let stale: Vec<String> = std::fs::read_dir(&store)
                .expect("store dir")
                .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
                .filter(|n| n.starts_with("bulk-"))
                .collect();
            assert!(stale.is_empty(), "{path}: stale bulk files {stale:?}");
        }
    }
    // Most kills land while the ingest runs (the fractions are of an uninterrupted run).
    assert!(kills >= 3, "only {kills} kills hit a running ingest");
}

#[test]
fn same_corpus_twice_reordered_or_in_halves_gives_the_same_store() {
    let env = TestEnv::new();
    let corpus = env.path("corpus");
    generate_corpus(&corpus, 3);
    let mut names: Vec<String> = std::fs::read_dir(&corpus)
        .expect("corpus")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let (first, second) = names.split_at(names.len() / 2);
    let half = |dir: &str, part: &[String]| {
        let d = env.path(dir);
        std::fs::create_dir_all(&d).expect("mkdir");
        for n in part {
            std::fs::copy(corpus.join(n), d.join(n)).expect("copy");
        }
        d
    };
    let (a, b) = (half("a", first), half("b", second));

    let once = env.path("once.db");
    run(&once, &["ingest", s(&corpus)]);
    let expected = dump(&once);
    assert!(expected.lines().count() > 1_000);

    // Twice: the second run changes nothing.
    let out = run(&once, &["ingest", s(&corpus)]);
    assert!(out.contains("(0 added, 0 replaced"), "{out}");
    assert_eq!(dump(&once), expected);

    // Reversed order: every file named on the command line, last first.
    let reversed = env.path("reversed.db");
    let mut args = vec!["ingest".to_owned()];
    args.extend(names.iter().rev().map(|n| s(&corpus.join(n)).to_owned()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    run(&reversed, &args);
    assert_eq!(dump(&reversed), expected, "reversed order");

    // Halves, in both orders: the first half fills a fresh store (bulk loader), the second
    // goes through per-article transactions.
    for (name, x, y) in [("ab.db", &a, &b), ("ba.db", &b, &a)] {
        let store = env.path(name);
        run(&store, &["ingest", s(x)]);
        run(&store, &["ingest", s(y)]);
        // The halves were copied out of the corpus: compare without the paths.
        assert_eq!(
            without_paths(&dump(&store), &[x, y]),
            without_paths(&expected, &[&corpus]),
            "{name}"
        );
    }
}

/// The dump with the directories the files were read from removed, for comparing stores
/// filled from copies of the same files.
fn without_paths(dump: &str, dirs: &[&Path]) -> String {
    let mut out = dump.to_owned();
    for d in dirs {
        out = out.replace(s(d), "DIR");
    }
    let mut lines: Vec<&str> = out.lines().collect();
    lines.sort();
    lines.join("\n")
}
