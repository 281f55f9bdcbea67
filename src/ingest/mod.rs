//! Ingest: paths → cleaned, sentence-split [`Article`]s.
//!
//! Files are read one at a time (streaming); a bad file yields an [`IngestError`] naming it and
//! the iteration goes on with the next one.

mod clean;
mod decode;
mod meta;
mod sentences;

use std::collections::HashSet;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::model::{Article, ArticleId};

pub use sentences::{split_sentences, MAX_UNIT_BYTES};

/// The largest file read as an article, in bytes (4 MiB). News articles are a few kilobytes;
/// a larger file is a data dump, a log or a mistake, and reading it whole would let one file
/// decide the memory of a run. Larger files are skipped with [`IngestError::TooLarge`].
pub const MAX_ARTICLE_BYTES: u64 = 4 * 1024 * 1024;

/// Why one input could not be ingested.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum IngestError {
    /// The path does not exist.
    #[error("{}: no such file or directory", path.display())]
    NotFound {
        /// The missing path.
        path: PathBuf,
    },
    /// The file or directory could not be read.
    #[error("{}: cannot read: {source}", path.display())]
    Io {
        /// The unreadable path.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// The bytes are not text in a supported encoding (UTF-8, or UTF-16 with a BOM).
    #[error("{}: not UTF-8 text (invalid byte at offset {offset}); convert it to UTF-8", path.display())]
    NotText {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// The file holds NUL bytes: it is binary, not text.
    #[error("{}: binary file (NUL byte at offset {offset})", path.display())]
    Binary {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first NUL.
        offset: usize,
    },
    /// Nothing is left after cleaning.
    #[error("{}: empty article (no text after removing blank and boilerplate lines)", path.display())]
    Empty {
        /// The file.
        path: PathBuf,
    },
    /// The file is larger than [`MAX_ARTICLE_BYTES`].
    #[error("{}: too large for an article ({size} bytes; the limit is {limit} bytes)", path.display())]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size in bytes (at least; reading stops past the limit).
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// The path names a FIFO, socket or device, which could block or never end.
    #[error("{}: not a regular file (a {kind})", path.display())]
    NotAFile {
        /// The path.
        path: PathBuf,
        /// What it is instead.
        kind: &'static str,
    },
    /// A symbolic link whose target does not exist.
    #[error("{}: broken symbolic link (to {})", path.display(), target.display())]
    BrokenLink {
        /// The link.
        path: PathBuf,
        /// Where it points.
        target: PathBuf,
    },
    /// A symbolic link back to a directory already being walked.
    #[error("{}: symbolic link loop (to {}, already visited)", path.display(), target.display())]
    Loop {
        /// The link.
        path: PathBuf,
        /// The directory it leads back to.
        target: PathBuf,
    },
}

impl IngestError {
    /// A short name for the kind of problem, for grouping skipped files in a summary.
    pub fn reason(&self) -> &'static str {
        match self {
            Self::NotFound { .. } => "not found",
            Self::Io { .. } => "unreadable",
            Self::NotText { .. } => "not UTF-8",
            Self::Binary { .. } => "binary",
            Self::Empty { .. } => "empty",
            Self::TooLarge { .. } => "too large",
            Self::NotAFile { .. } => "not a regular file",
            Self::BrokenLink { .. } => "broken link",
            Self::Loop { .. } => "symlink loop",
        }
    }

    /// The file or directory the problem is about.
    pub fn path(&self) -> &Path {
        match self {
            Self::NotFound { path }
            | Self::Io { path, .. }
            | Self::NotText { path, .. }
            | Self::Binary { path, .. }
            | Self::Empty { path }
            | Self::TooLarge { path, .. }
            | Self::NotAFile { path, .. }
            | Self::BrokenLink { path, .. }
            | Self::Loop { path, .. } => path,
        }
    }
}

/// File extensions read when a directory is walked.
pub const ARTICLE_EXTENSIONS: [&str; 2] = ["txt", "md"];

/// Expands files and directories (recursively, sorted, symlink loops broken) into article files.
///
/// Explicitly named files are taken whatever their extension; inside directories only
/// [`ARTICLE_EXTENSIONS`] count. Problems with a path come out as errors in the list: a missing
/// path, an unreadable directory, a symbolic link that loops back or points nowhere. The walk
/// keeps its own stack, so directory depth is limited by the file system, not by recursion.
pub fn discover(paths: &[PathBuf]) -> Vec<Result<PathBuf, IngestError>> {
    let mut out = Vec::new();
    let mut seen_dirs = HashSet::new();
    for path in paths {
        match fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk(path, &mut seen_dirs, &mut out),
            Ok(_) => out.push(Ok(path.clone())),
            Err(source) => out.push(Err(missing(path, source))),
        }
    }
    out
}

/// The error for a path whose metadata cannot be read: missing, a broken link, or other.
fn missing(path: &Path, source: std::io::Error) -> IngestError {
    if let Ok(target) = fs::read_link(path) {
        if source.kind() == std::io::ErrorKind::NotFound {
            return IngestError::BrokenLink {
                path: path.to_path_buf(),
                target,
            };
        }
    } else if source.kind() == std::io::ErrorKind::NotFound {
        return IngestError::NotFound {
            path: path.to_path_buf(),
        };
    }
    IngestError::Io {
        path: path.to_path_buf(),
        source,
    }
}

fn has_article_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// Depth-first, sorted walk with an explicit stack (the order of a recursive walk).
fn walk(root: &Path, seen: &mut HashSet<PathBuf>, out: &mut Vec<Result<PathBuf, IngestError>>) {
    let mut stack = vec![root.to_path_buf()];
    while let Some(path) = stack.pop() {
        match fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => enter(path, seen, &mut stack, out),
            // Files and special files with an article extension; `read_article` refuses what
            // is not a regular file.
            Ok(_) if has_article_extension(&path) => out.push(Ok(path)),
            Ok(_) => {}
            // A broken or looping link named like an article is reported, not ignored.
            Err(source) if has_article_extension(&path) => out.push(Err(missing(&path, source))),
            Err(_) => {}
        }
    }
}

/// Pushes a directory's entries (sorted) on the walk's stack, unless it was seen already.
fn enter(
    dir: PathBuf,
    seen: &mut HashSet<PathBuf>,
    stack: &mut Vec<PathBuf>,
    out: &mut Vec<Result<PathBuf, IngestError>>,
) {
    let key = fs::canonicalize(&dir).unwrap_or_else(|_| dir.clone());
    if seen.contains(&key) {
        // A symbolic link back into the walk is reported; the same directory named twice on
        // the command line is just not walked again.
        if fs::symlink_metadata(&dir).is_ok_and(|m| m.file_type().is_symlink()) {
            out.push(Err(IngestError::Loop {
                path: dir,
                target: key,
            }));
        }
        return;
    }
    seen.insert(key);
    let entries = match fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(source) => {
            out.push(Err(IngestError::Io { path: dir, source }));
            return;
        }
    };
    let mut paths = Vec::new();
    for entry in entries {
        match entry {
            Ok(e) => paths.push(e.path()),
            Err(source) => out.push(Err(IngestError::Io {
                path: dir.clone(),
                source,
            })),
        }
    }
    paths.sort();
    stack.extend(paths.into_iter().rev());
}

/// Reads and parses every article below `paths`, one `Result` per file, lazily.
pub fn articles(paths: &[PathBuf]) -> impl Iterator<Item = Result<Article, IngestError>> {
    discover(paths)
        .into_iter()
        .map(|found| found.and_then(|path| read_article(&path)))
}

/// What a non-regular file is, for the error message.
fn special_kind(file_type: fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "FIFO";
        }
        if file_type.is_socket() {
            return "socket";
        }
        if file_type.is_block_device() || file_type.is_char_device() {
            return "device";
        }
    }
    if file_type.is_dir() {
        "directory"
    } else {
        "special file"
    }
}

/// Reads a regular file of at most [`MAX_ARTICLE_BYTES`]; other paths are errors.
fn read_bounded(path: &Path) -> Result<Vec<u8>, IngestError> {
    let meta = fs::metadata(path).map_err(|source| missing(path, source))?;
    if !meta.is_file() {
        return Err(IngestError::NotAFile {
            path: path.to_path_buf(),
            kind: special_kind(meta.file_type()),
        });
    }
    let too_large = |size| IngestError::TooLarge {
        path: path.to_path_buf(),
        size,
        limit: MAX_ARTICLE_BYTES,
    };
    if meta.len() > MAX_ARTICLE_BYTES {
        return Err(too_large(meta.len()));
    }
    let io = |source| IngestError::Io {
        path: path.to_path_buf(),
        source,
    };
    let file = fs::File::open(path).map_err(io)?;
    // The file may grow between `metadata` and the read: read one byte past the limit at most.
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(MAX_ARTICLE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_ARTICLE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Reads one file and parses it into an [`Article`].
///
/// Refuses, with an error naming the file: special files (FIFOs, sockets, devices), files over
/// [`MAX_ARTICLE_BYTES`], binary files (NUL bytes), text that is not UTF-8 or BOM-marked
/// UTF-16, and files with no text left after cleaning.
pub fn read_article(path: &Path) -> Result<Article, IngestError> {
    let bytes = read_bounded(path)?;
    article_from_bytes(path, &bytes)
}

/// Decodes, cleans and splits a file's bytes into an [`Article`] (`path` names it in errors
/// and gives the file name). Never panics, whatever the bytes.
///
/// ```
/// use std::path::Path;
/// use stancegraph::ingest::{article_from_bytes, IngestError};
///
/// let a = article_from_bytes(Path::new("a.txt"), b"Title\r\n\r\nBody text.").unwrap();
/// assert_eq!(a.text, "Title\nBody text.");
/// let e = article_from_bytes(Path::new("b.txt"), b"\x00\x01").unwrap_err();
/// assert_eq!(e.reason(), "binary");
/// ```
pub fn article_from_bytes(path: &Path, bytes: &[u8]) -> Result<Article, IngestError> {
    let raw = decode::decode(bytes).map_err(|e| match e {
        decode::DecodeError::Invalid(offset) => IngestError::NotText {
            path: path.to_path_buf(),
            offset,
        },
        decode::DecodeError::Binary(offset) => IngestError::Binary {
            path: path.to_path_buf(),
            offset,
        },
    })?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    parse_article(path, &name, &raw).ok_or_else(|| IngestError::Empty {
        path: path.to_path_buf(),
    })
}

/// Parses decoded text into an article; `None` when no text remains after cleaning.
///
/// ```
/// use std::path::Path;
///
/// let raw = "Warsaw rules out troops\nAug. 19, 2025\nSource: Vistula Post\n\nPoland will not send troops. Print\n";
/// let article = stancegraph::ingest::parse_article(Path::new("a.txt"), "a.txt", raw).unwrap();
/// assert_eq!(article.title, "Warsaw rules out troops");
/// assert_eq!(article.date.unwrap().to_string(), "2025-08-19");
/// assert_eq!(article.source.as_deref(), Some("Vistula Post"));
/// assert_eq!(article.sentences.len(), 3);
/// ```
pub fn parse_article(path: &Path, name: &str, raw: &str) -> Option<Article> {
    let lines = clean::clean_lines(raw);
    let meta = meta::extract_meta(&lines);
    let kept: Vec<&str> = lines
        .iter()
        .enumerate()
        .filter(|(i, _)| !meta.metadata_lines.contains(i))
        .map(|(_, l)| l.as_str())
        .collect();
    let title = kept.first()?.to_string();
    let text = kept.join("\n");
    let sentences = sentences::split_sentences(&text);
    if sentences.is_empty() {
        return None;
    }
    Some(Article {
        id: content_id(&text),
        path: path.to_path_buf(),
        name: name.to_owned(),
        title,
        date: meta.date,
        source: meta.source,
        text,
        sentences,
    })
}

/// The content hash that identifies an article's text.
pub fn content_id(text: &str) -> ArticleId {
    let digest = Sha256::digest(text.as_bytes());
    ArticleId(digest.iter().take(8).map(|b| format!("{b:02x}")).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_date_source_and_body() {
        let raw = "Poland rules out troops\n2025-08-20 15:47:03\nSource: Baltic Wire\n\nWarsaw said no.\nShare this article\n";
        let a = parse_article(Path::new("x.txt"), "x.txt", raw).expect("article");
        assert_eq!(a.title, "Poland rules out troops");
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2025-08-20"));
        assert_eq!(a.source.as_deref(), Some("Baltic Wire"));
        assert_eq!(a.text, "Poland rules out troops\nWarsaw said no.");
        assert_eq!(a.sentences.len(), 2);
    }

    #[test]
    fn same_text_same_id() {
        assert_eq!(content_id("a b"), content_id("a b"));
        assert_ne!(content_id("a b"), content_id("a c"));
        assert_eq!(content_id("a").0.len(), 16);
    }

    #[test]
    fn boilerplate_only_is_empty() {
        assert!(parse_article(Path::new("x"), "x", "\n\nPrint\nShare\n").is_none());
    }
}
