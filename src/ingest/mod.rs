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
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::model::{Article, ArticleId};

pub use sentences::split_sentences;

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
    #[error("{}: cannot read", path.display())]
    Io {
        /// The unreadable path.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// The bytes are not text in a supported encoding.
    #[error("{}: not UTF-8 text (invalid byte at offset {offset})", path.display())]
    NotText {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// Nothing is left after cleaning.
    #[error("{}: empty article (no text after removing blank and boilerplate lines)", path.display())]
    Empty {
        /// The file.
        path: PathBuf,
    },
}

/// File extensions read when a directory is walked.
pub const ARTICLE_EXTENSIONS: [&str; 2] = ["txt", "md"];

/// Expands files and directories (recursively, sorted, symlink loops broken) into article files.
///
/// Explicitly named files are taken whatever their extension; inside directories only
/// [`ARTICLE_EXTENSIONS`] count. Problems with a path come out as errors in the list.
pub fn discover(paths: &[PathBuf]) -> Vec<Result<PathBuf, IngestError>> {
    let mut out = Vec::new();
    let mut seen_dirs = HashSet::new();
    for path in paths {
        if !path.exists() {
            out.push(Err(IngestError::NotFound { path: path.clone() }));
        } else if path.is_dir() {
            walk(path, &mut seen_dirs, &mut out);
        } else {
            out.push(Ok(path.clone()));
        }
    }
    out
}

fn walk(dir: &Path, seen: &mut HashSet<PathBuf>, out: &mut Vec<Result<PathBuf, IngestError>>) {
    let key = fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    if !seen.insert(key) {
        return;
    }
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(source) => {
            out.push(Err(IngestError::Io {
                path: dir.to_path_buf(),
                source,
            }));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            walk(&path, seen, out);
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        {
            out.push(Ok(path));
        }
    }
}

/// Reads and parses every article below `paths`, one `Result` per file, lazily.
pub fn articles(paths: &[PathBuf]) -> impl Iterator<Item = Result<Article, IngestError>> {
    discover(paths)
        .into_iter()
        .map(|found| found.and_then(|path| read_article(&path)))
}

/// Reads one file and parses it into an [`Article`].
pub fn read_article(path: &Path) -> Result<Article, IngestError> {
    let bytes = fs::read(path).map_err(|source| IngestError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let raw = decode::decode(&bytes).map_err(|offset| IngestError::NotText {
        path: path.to_path_buf(),
        offset,
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
