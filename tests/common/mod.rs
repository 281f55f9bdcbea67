//! Test helpers: a temporary working directory and the real `stancegraph` binary.
#![allow(
    dead_code,
    reason = "each test binary uses a different subset of the helpers"
)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A temporary directory with a store path inside, and a runner for the real binary.
pub(crate) struct TestEnv {
    pub(crate) dir: tempfile::TempDir,
}

impl TestEnv {
    pub(crate) fn new() -> Self {
        Self {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub(crate) fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub(crate) fn store(&self) -> PathBuf {
        self.path("store.db")
    }

    /// Writes a file below the temp dir, creating folders.
    pub(crate) fn write(&self, rel: &str, content: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path(rel);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(&p, content).expect("write");
        p
    }

    /// Runs the binary with `--store <tmp>/store.db` and the given arguments.
    pub(crate) fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_stancegraph"))
            .arg("--store")
            .arg(self.store())
            .args(args)
            .current_dir(self.dir.path())
            .output()
            .expect("binary runs")
    }

    /// Runs, asserts the exit status, returns stderr.
    pub(crate) fn fails(&self, args: &[&str], code: i32) -> String {
        let out = self.run(args);
        assert_eq!(out.status.code(), Some(code), "stancegraph {args:?}");
        String::from_utf8_lossy(&out.stderr).into_owned()
    }

    /// Runs and asserts success, returning stdout.
    pub(crate) fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "stancegraph {args:?} failed with {:?}\nstdout:\n{}\nstderr:\n{}",
            out.status.code(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8 output")
    }
}

/// The project's bundled corpus.
pub(crate) fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
}

/// The example queries (`examples/queries/*.rq`), sorted; at least five of them.
pub(crate) fn example_queries() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/queries"))
            .expect("examples/queries")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "rq"))
            .collect();
    files.sort();
    assert!(files.len() >= 5, "{files:?}");
    files
}

pub(crate) fn articles_dir() -> String {
    data_dir().join("articles").display().to_string()
}

/// Whether a missing external tool must fail the test (in CI) or only skip it (locally).
pub(crate) fn require_tools() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

/// Writes `copies` × the bundled articles into `dir` (created), each copy with its own file
/// name and one changed line, so every file is a distinct article. Returns the file count.
pub(crate) fn generate_corpus(dir: &Path, copies: usize) -> usize {
    std::fs::create_dir_all(dir).expect("mkdir");
    let mut sources: Vec<PathBuf> = std::fs::read_dir(data_dir().join("articles"))
        .expect("data")
        .map(|e| e.expect("entry").path())
        .collect();
    sources.sort();
    let mut n = 0;
    for copy in 0..copies {
        for src in &sources {
            let text = std::fs::read_to_string(src).expect("article");
            let stem = src.file_stem().expect("stem").to_string_lossy();
            let name = format!("{stem}-{copy:04}.txt");
            std::fs::write(
                dir.join(name),
                format!("{text}\nThis is copy {copy} of {stem}.\n"),
            )
            .expect("write");
            n += 1;
        }
    }
    n
}

/// A sorted N-Quads dump grouped by graph: graph IRI → its sorted lines.
pub(crate) fn graphs_of(nquads: &str) -> std::collections::BTreeMap<String, Vec<String>> {
    let mut out: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for line in nquads.lines().filter(|l| !l.is_empty()) {
        let body = line.strip_suffix(" .").expect("an N-Quads line");
        // Graph IRIs hold no spaces: the graph is the last term of the line.
        let (_, graph) = body.rsplit_once(' ').expect("a quad with a graph");
        out.entry(graph.to_owned())
            .or_default()
            .push(line.to_owned());
    }
    for lines in out.values_mut() {
        lines.sort();
    }
    out
}

/// Runs `program args` with `input` on stdin; `None` when the program is not installed
/// (allowed only outside CI, see [`require_tools`]).
#[expect(clippy::print_stderr, reason = "a skipped check says why")]
pub(crate) fn pipe(program: &str, args: &[&str], input: &[u8]) -> Option<Output> {
    use std::io::Write as _;
    use std::process::Stdio;
    let mut child = match Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(c) => c,
        Err(e) => {
            assert!(!require_tools(), "{program} is required in CI: {e}");
            eprintln!("skipping: {program} not available ({e})");
            return None;
        }
    };
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("write stdin");
    Some(child.wait_with_output().expect("wait"))
}
