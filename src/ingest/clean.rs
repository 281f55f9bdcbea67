//! Line cleaning: trims lines, drops blank and boilerplate lines and repeated captions.

use std::sync::LazyLock;

use regex::Regex;

/// Whole-line patterns of site furniture that carries no news (case-insensitive).
///
/// Separate regexes rather than one `RegexSet`: the set's automaton is too large for the lazy
/// DFA and falls back to the slow PikeVM on every line, while each anchored regex here
/// rejects an ordinary line after a few bytes.
static BOILERPLATE: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        r"(?i)^(share|share this( article| story)?|print|print this( article)?|email|e-mail|tweet|save|subscribe|advertisement|read more|related( articles| news)?|comments?|reply|lock icon|listen|font size|copy link|top)$",
        r"(?i)^(print\s+)?dictionary\s+print$",
        r"(?i)^(please\s+)?(log ?in|sign ?in|sign up|register)(?-u:\b).{0,80}$",
        r"(?i)^to (write|post|leave|view) (a )?comments?(?-u:\b)",
        r"(?i)comments? (are|is) (closed|disabled)",
        r"(?i)^(©|\(c\)|copyright(?-u:\b))",
        r"(?i)all rights reserved\.?$",
        r"(?i)^what did you think of (the|this) (article|story)",
        r"(?i)^home\s*>",
        r"(?i)^(original|source url|url)\s*:\s*(https?://|www\.)\S+$",
        r"(?i)^statement\s*:\s*this article represents",
        r"(?i)^standards board policy",
        r"^[\w.+-]+@[\w-]+(\.[\w-]+)+(\s.*)?$",
        r"^(https?://|www\.)\S+$",
        r"(?i)^(photo|image|caption|getty images|reuters photo|ap photo)\s*[:|/]",
        r"(?i)^(follow us|download (our|the) app|newsletter)(?-u:\b)",
        r"(?i)^(related|read more|read also|also read|see also|more on this|recommended)\s*[:>»|-]",
        r"^[\p{P}\p{S}\s]+$",
    ]
    .iter()
    .map(|pattern| Regex::new(pattern).expect("static boilerplate patterns are valid"))
    .collect()
});

/// Markdown links `[text](url)`: the text stays.
static MARKDOWN_LINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\[([^\]]*)\]\([^)]*\)").expect("static regex"));

/// Strips Markdown markup that is not text: heading hashes, quote marks, emphasis, link targets.
fn strip_markdown(line: &str) -> String {
    let line = line.trim_start();
    let line = line.trim_start_matches('#').trim_start_matches('>');
    let line = MARKDOWN_LINK.replace_all(line, "$1");
    line.replace("**", "").replace("__", "")
}

/// Returns the content lines of `raw`: trimmed, non-empty, not boilerplate, captions deduplicated.
pub(crate) fn clean_lines(raw: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in raw.lines() {
        // Control characters carry no text and are invalid in XML 1.0 outputs: drop them.
        let line: String = line
            .chars()
            .filter(|c| !c.is_control() || *c == '\t')
            .collect();
        let line = strip_markdown(&line);
        let line = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
        if line.is_empty() || BOILERPLATE.iter().any(|re| re.is_match(line)) {
            continue;
        }
        // An image caption is often printed twice in a row; keep one copy.
        if out.last().is_some_and(|prev| prev == line) {
            continue;
        }
        out.push(line.to_owned());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_furniture_keeps_news() {
        let raw = "Title\n  Share this article \nLog in to comment\n© 2025 Baltic Wire. All rights reserved.\nPrint\nKyiv wants guarantees.\nA caption\nA caption\nhankyung@example.com\n";
        assert_eq!(
            clean_lines(raw),
            vec!["Title", "Kyiv wants guarantees.", "A caption"]
        );
    }

    #[test]
    fn drops_control_characters_and_related_links() {
        let raw = "Ti\u{7}tle\u{1}\nRelated: Moscow rejects troops\n";
        assert_eq!(clean_lines(raw), vec!["Title"]);
    }

    #[test]
    fn markdown_markup_is_not_text() {
        let raw = "# Warsaw says no\n\n**Poland** will not send [troops](https://x.example/t) to Ukraine.\n";
        assert_eq!(
            clean_lines(raw),
            vec!["Warsaw says no", "Poland will not send troops to Ukraine."]
        );
    }

    #[test]
    fn keeps_sentences_that_mention_sharing() {
        let raw = "Europe will share the burden of guarantees.";
        assert_eq!(clean_lines(raw).len(), 1);
    }
}
