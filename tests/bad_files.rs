//! Bad input files through the real `ingest`: each is named with its reason, the run goes on,
//! the summary groups the skipped files by reason, and the exit status is non-zero only when
//! nothing was ingested or with `--strict`. See RELIABILITY.md for the table of cases.

mod common;

use std::path::Path;
use std::process::Command;

use common::{data_dir, TestEnv};

/// A real article from the bundled corpus, as bytes.
fn article() -> String {
    std::fs::read_to_string(data_dir().join("articles/06_poland-no-troops.txt")).expect("article")
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// Runs `ingest` and returns (exit code, stdout, stderr).
fn ingest(env: &TestEnv, args: &[&str]) -> (Option<i32>, String, String) {
    let mut all = vec!["ingest"];
    all.extend_from_slice(args);
    let out = env.run(&all);
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The statements `extract` finds in one file, without the article column.
fn statements(env: &TestEnv, file: &Path) -> Vec<String> {
    env.ok(&["extract", s(file)])
        .lines()
        .skip(1)
        .map(|l| l.split_once('\t').map_or(l, |(_, rest)| rest).to_owned())
        .collect()
}

#[test]
fn each_bad_file_is_named_and_grouped_and_the_run_goes_on() {
    let env = TestEnv::new();
    let good = env.write("in/good.txt", article());
    env.write("in/empty.txt", "");
    env.write("in/boilerplate.txt", "\n  \nShare\nPrint\n");
    env.write(
        "in/image.txt",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\xff\xd8".as_slice(),
    );
    env.write(
        "in/latin1.txt",
        b"Caf\xe9 au lait\n\nLe ministre a dit non.\n".as_slice(),
    );
    // 50 MB of real text: over the 4 MiB article limit.
    let big = article().repeat(50_000_000 / article().len() + 1);
    env.write("in/huge.txt", &big);
    let missing = env.path("no/such/file.txt");
    let (code, stdout, stderr) = ingest(&env, &[s(&env.path("in")), s(&missing)]);
    assert_eq!(code, Some(0), "{stdout}\n{stderr}");
    for (file, reason) in [
        ("empty.txt", "empty article"),
        ("boilerplate.txt", "empty article"),
        ("image.txt", "binary file (NUL byte at offset 8)"),
        ("latin1.txt", "not UTF-8 text (invalid byte at offset 3)"),
        ("huge.txt", "too large for an article"),
        ("file.txt", "no such file or directory"),
    ] {
        assert!(
            stderr.contains(&format!("{file}: {reason}")),
            "{file}: {reason}\n{stderr}"
        );
    }
    assert!(stdout.contains("1 ingested (1 added"), "{stdout}");
    assert!(stdout.contains("6 skipped"), "{stdout}");
    assert!(
        stdout.contains(
            "skipped by reason: 1 binary, 2 empty, 1 not UTF-8, 1 not found, 1 too large"
        ),
        "{stdout}"
    );
    assert!(stdout.contains("  skipped (too large): "), "{stdout}");
    assert!(!statements(&env, &good).is_empty());
    // --strict turns any skipped file into exit status 1.
    let (code, _, _) = ingest(&env, &["--strict", s(&env.path("in"))]);
    assert_eq!(code, Some(1));
}

#[test]
fn nothing_ingested_is_exit_1() {
    let env = TestEnv::new();
    env.write("in/empty.txt", "");
    env.write("in/bin.txt", b"\0\0\0".as_slice());
    let (code, stdout, stderr) = ingest(&env, &[s(&env.path("in"))]);
    assert_eq!(code, Some(1), "{stdout}\n{stderr}");
    assert!(stderr.contains("nothing was ingested"), "{stderr}");
    assert!(stdout.contains("2 skipped"), "{stdout}");
}

#[test]
fn utf16_with_bom_and_crlf_read_like_utf8() {
    let env = TestEnv::new();
    let text = article();
    let plain = env.write("plain/a.txt", &text);
    let crlf = env.write("crlf/a.txt", text.replace('\n', "\r\n"));
    let mut le = vec![0xFF, 0xFE];
    let mut be = vec![0xFE, 0xFF];
    for u in text.replace('\n', "\r\n").encode_utf16() {
        le.extend(u.to_le_bytes());
        be.extend(u.to_be_bytes());
    }
    let le = env.write("le/a.txt", le);
    let be = env.write("be/a.txt", be);
    let bom = env.write(
        "bom/a.txt",
        [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
    );
    let expected = statements(&env, &plain);
    assert!(!expected.is_empty());
    for file in [&crlf, &le, &be, &bom] {
        assert_eq!(statements(&env, file), expected, "{}", file.display());
    }
    // The same text in any of these encodings is the same article: one graph.
    let out = env.ok(&["ingest", s(&plain), s(&crlf), s(&le), s(&be), s(&bom)]);
    assert!(out.contains("1 added"), "{out}");
    assert!(out.contains("4 unchanged"), "{out}");
}

#[test]
fn a_one_megabyte_line_is_ingested() {
    let env = TestEnv::new();
    // No sentence end anywhere: one 1 MB run of words, cut into bounded units.
    let mut line = String::new();
    while line.len() < 1_000_000 {
        line.push_str("Poland will not send troops to Ukraine and ");
    }
    env.write("in/long.txt", format!("A long line\n\n{line}\n"));
    let (code, stdout, stderr) = ingest(&env, &[s(&env.path("in"))]);
    assert_eq!(code, Some(0), "{stdout}\n{stderr}");
    assert!(stdout.contains("1 added"), "{stdout}");
    assert!(!stdout.contains("; 0 statements"), "{stdout}");
}

#[test]
fn deep_directories_and_symlink_loops() {
    let env = TestEnv::new();
    let mut deep = String::from("in");
    for i in 0..200 {
        deep.push_str(&format!("/d{i}"));
    }
    env.write(&format!("{deep}/deep.txt"), article());
    // A link back to the top, and one to itself.
    std::os::unix::fs::symlink(env.path("in"), env.path("in/d0/d1/up")).expect("symlink");
    std::os::unix::fs::symlink("self.txt", env.path("in/self.txt")).expect("symlink");
    let (code, stdout, stderr) = ingest(&env, &[s(&env.path("in"))]);
    assert_eq!(code, Some(0), "{stdout}\n{stderr}");
    assert!(stdout.contains("1 added"), "{stdout}");
    assert!(
        stderr.contains("in/d0/d1/up: symbolic link loop"),
        "{stderr}"
    );
    assert!(stderr.contains("self.txt: cannot read"), "{stderr}");
    assert!(stdout.contains("1 symlink loop"), "{stdout}");
    assert!(stdout.contains("1 unreadable"), "{stdout}");
}

#[test]
fn special_and_unreadable_files_are_skipped() {
    let env = TestEnv::new();
    env.write("in/good.txt", article());
    // A FIFO named like an article: reading it would block for ever.
    let fifo = env.path("in/pipe.txt");
    let made = Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    // A link to nothing.
    std::os::unix::fs::symlink(env.path("gone.txt"), env.path("in/dangling.txt")).expect("symlink");
    // chmod 000: only unreadable when not running as root (root reads it anyway).
    let locked = env.write("in/locked.txt", article().replace("Poland", "Polska"));
    let mut perms = std::fs::metadata(&locked).expect("meta").permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o000);
    std::fs::set_permissions(&locked, perms).expect("chmod");
    let root = std::fs::File::open(&locked).is_ok();
    let (code, stdout, stderr) = ingest(&env, &[s(&env.path("in"))]);
    assert_eq!(code, Some(0), "{stdout}\n{stderr}");
    assert!(
        stderr.contains("pipe.txt: not a regular file (a FIFO)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("dangling.txt: broken symbolic link"),
        "{stderr}"
    );
    if root {
        assert!(stdout.contains("2 added"), "{stdout}");
    } else {
        assert!(stderr.contains("locked.txt: cannot read"), "{stderr}");
        assert!(stdout.contains("1 added"), "{stdout}");
    }
    // An explicitly named FIFO is refused too.
    let (_, _, stderr) = ingest(&env, &[s(&fifo), s(&env.path("in/good.txt"))]);
    assert!(stderr.contains("not a regular file"), "{stderr}");
}
