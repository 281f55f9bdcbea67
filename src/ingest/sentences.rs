//! Sentence splitting with byte spans: one unit per headline, sub-heading, bullet item or sentence.

use crate::model::{Sentence, UnitKind};

/// Abbreviations whose period does not end a sentence (compared without the period, lowercase).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "adm", "cmdr", "sen", "rep", "gov",
    "pres", "prof", "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "no", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "mt", "ft", "est",
    "dept", "min", "amb", "rev",
];

/// Bullet markers that open a list item.
const BULLETS: &[char] = &[
    '•', '-', '*', '–', '—', '■', '▶', '►', '·', '○', '◆', '▪', '●',
];

/// Block markers that, before a short line without a sentence end, open a sub-headline.
const SECTION_MARKERS: &[char] = &['■', '▶', '►', '◆'];

/// A line of at most 25 words that does not end a sentence (a closing quotation mark may
/// follow the last word, as in headlines that quote).
fn is_short_title(line: &str) -> bool {
    let end = line.trim_end().trim_end_matches(['"', '”', '’', '\'']);
    !end.ends_with(['.', '!', '?', ';', ':']) && line.split_whitespace().count() <= 25
}

/// The longest unit, in bytes, handed to extraction. Longer runs without a sentence end (a
/// 1 MB line with no full stop) are cut at whitespace: extraction time grows faster than
/// linearly with a unit's length, and no real sentence comes near this (the longest line of
/// the bundled and seed corpora is under 800 bytes).
pub const MAX_UNIT_BYTES: usize = 2_000;

/// Splits cleaned text (lines joined by `\n`, line 0 is the title) into units with byte spans.
///
/// No unit is longer than [`MAX_UNIT_BYTES`].
pub fn split_sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for (paragraph, line) in text.split('\n').enumerate() {
        let (offset, body, kind) = classify(line, paragraph);
        let base = line_start + offset;
        let spans = split_line(body)
            .into_iter()
            .flat_map(|span| cap_span(body, span));
        for span in spans {
            let (s, e) = trim_span(body, span);
            if s < e {
                out.push(Sentence {
                    index: out.len(),
                    span: base + s..base + e,
                    paragraph,
                    kind,
                });
            }
        }
        line_start += line.len() + 1;
    }
    out
}

/// Decides the unit kind of a line and strips a bullet marker; returns (offset, rest, kind).
fn classify(line: &str, paragraph: usize) -> (usize, &str, UnitKind) {
    if paragraph == 0 {
        return (0, line, UnitKind::Title);
    }
    if let Some(first) = line.chars().next() {
        if BULLETS.contains(&first) {
            let rest = &line[first.len_utf8()..];
            if rest.starts_with(char::is_whitespace) {
                let trimmed = rest.trim_start();
                // "■ Merz: \"Hard to Imagine …\"": a block marker before a short line with no
                // sentence end marks a sub-headline (Korean and Japanese news style).
                let kind = if SECTION_MARKERS.contains(&first) && is_short_title(trimmed) {
                    UnitKind::Heading
                } else {
                    UnitKind::Bullet
                };
                return (line.len() - trimmed.len(), trimmed, kind);
            }
        }
    }
    if numbered_item(line) {
        let digits = line.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 {
            // "2. Second item": the marker is not part of the unit.
            let rest = line[digits + 1..].trim_start();
            return (line.len() - rest.len(), rest, UnitKind::Bullet);
        }
        return (0, line, UnitKind::Bullet);
    }
    let ends_like_sentence = line
        .trim_end()
        .ends_with(['.', '!', '?', '"', '”', '’', '\'', ':', ';', ')']);
    if !ends_like_sentence && line.split_whitespace().count() <= 25 {
        return (0, line, UnitKind::Heading);
    }
    (0, line, UnitKind::Body)
}

/// "1. …", "2) …", "Option 3: …".
fn numbered_item(line: &str) -> bool {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && digits <= 2 {
        let rest = &line[digits..];
        return (rest.starts_with(". ") || rest.starts_with(") "))
            && rest[2..].starts_with(char::is_uppercase);
    }
    let lower = line.to_ascii_lowercase();
    lower.starts_with("option ")
        && lower[7..].split_once(':').is_some_and(|(n, _)| {
            n.trim().chars().all(|c| c.is_ascii_alphanumeric()) && n.len() <= 3
        })
}

/// Byte ranges of the sentences of one line.
fn split_line(line: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        let is_terminal = matches!(c, '.' | '!' | '?' | '…');
        if !is_terminal {
            i += 1;
            continue;
        }
        // Consume a run of terminal punctuation and closing quotes/brackets.
        let mut j = i + 1;
        while j < chars.len()
            && matches!(
                chars[j].1,
                '.' | '!' | '?' | '…' | '"' | '”' | '’' | '\'' | ')'
            )
        {
            j += 1;
        }
        let end = chars.get(j).map_or(line.len(), |&(p, _)| p);
        let followed_by_space = chars.get(j).is_some_and(|&(_, c)| c.is_whitespace());
        let next_word_start = chars[j..]
            .iter()
            .find(|(_, c)| !c.is_whitespace())
            .map(|&(_, c)| c);
        let opens_sentence = next_word_start.is_some_and(|c| {
            c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '\'' | '(')
        });
        let single_period = c == '.' && j == i + 1;
        // "No. 10" abbreviates a number; "No. We need …" ends an answer.
        let numero = line[start..pos]
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("no"));
        let abbreviation = is_abbreviation(&line[start..pos])
            && (!numero || next_word_start.is_some_and(|c| c.is_ascii_digit()));
        if followed_by_space && opens_sentence && !(single_period && abbreviation) {
            spans.push((start, end));
            start = end;
        }
        i = j;
    }
    if start < line.len() {
        spans.push((start, line.len()));
    }
    spans
}

/// Whether the word before a period is an abbreviation or an initial.
fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .next()
        .unwrap_or("");
    if word.is_empty() {
        return false;
    }
    // "U.S", "U.K", "a.m": a dotted abbreviation; "J": an initial.
    if word.contains('.') && word.chars().all(|c| c.is_alphabetic() || c == '.') {
        return true;
    }
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return true;
    }
    ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}

/// Cuts a span longer than [`MAX_UNIT_BYTES`] into pieces that fit, at the last whitespace
/// before the limit (or at a character boundary when a piece has no whitespace).
fn cap_span(line: &str, (mut s, e): (usize, usize)) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    while e - s > MAX_UNIT_BYTES {
        let mut cut = s + MAX_UNIT_BYTES;
        while !line.is_char_boundary(cut) {
            cut -= 1;
        }
        if let Some(ws) = line[s..cut].rfind(char::is_whitespace) {
            if ws > 0 {
                cut = s + ws;
            }
        }
        out.push((s, cut));
        s = cut;
    }
    out.push((s, e));
    out
}

fn trim_span(line: &str, (s, e): (usize, usize)) -> (usize, usize) {
    let piece = &line[s..e];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    (s + lead, e - trail)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(text: &str) -> Vec<(UnitKind, &str)> {
        split_sentences(text)
            .into_iter()
            .map(|s| (s.kind, &text[s.span]))
            .collect()
    }

    #[test]
    fn overlong_runs_are_cut_at_whitespace() {
        let line = "word ".repeat(1_000) + &"x".repeat(5_000);
        let text = format!("Title\n{line}");
        let units = split_sentences(&text);
        assert!(units.len() > 3, "{}", units.len());
        let mut covered = 0;
        for u in &units[1..] {
            assert!(u.span.len() <= MAX_UNIT_BYTES, "{}", u.span.len());
            assert!(text.is_char_boundary(u.span.start) && text.is_char_boundary(u.span.end));
            covered += text[u.span.clone()].len();
        }
        // Only whitespace is lost at the cuts.
        assert!(covered + units.len() >= line.trim_end().len(), "{covered}");
        // Multi-byte characters with no whitespace: cut on character boundaries.
        let text = format!("T\n{}", "é".repeat(3_001));
        for u in split_sentences(&text) {
            assert!(u.span.len() <= MAX_UNIT_BYTES);
            assert!(text.is_char_boundary(u.span.start) && text.is_char_boundary(u.span.end));
        }
    }

    #[test]
    fn a_bare_no_ends_a_sentence_but_no_before_a_number_does_not() {
        let got = units("Title\nMichal: No. We need more. He lives at No. 10 Downing Street.");
        let bodies: Vec<&str> = got.iter().skip(1).map(|(_, s)| *s).collect();
        assert_eq!(
            bodies,
            vec![
                "Michal: No.",
                "We need more.",
                "He lives at No. 10 Downing Street."
            ]
        );
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        let text = "T\nThe U.S. and Gen. Smith met Mr. J. Doe in Kyiv. Then they left.";
        assert_eq!(
            units(text),
            vec![
                (UnitKind::Title, "T"),
                (
                    UnitKind::Body,
                    "The U.S. and Gen. Smith met Mr. J. Doe in Kyiv."
                ),
                (UnitKind::Body, "Then they left."),
            ]
        );
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        let text = "T\nHe said, \"No troops.\" Moscow agreed. Is it over? Yes.";
        let got: Vec<&str> = units(text).into_iter().skip(1).map(|u| u.1).collect();
        assert_eq!(
            got,
            vec![
                "He said, \"No troops.\"",
                "Moscow agreed.",
                "Is it over?",
                "Yes."
            ]
        );
    }

    #[test]
    fn a_block_marker_before_a_short_title_is_a_sub_headline() {
        let text = "T\n■ Merz: \"Hard to Imagine a Meeting Without a Ceasefire\"\n■ Poland will not send troops.\n◆ Italy, Poland: No Troops";
        assert_eq!(
            units(text),
            vec![
                (UnitKind::Title, "T"),
                (
                    UnitKind::Heading,
                    "Merz: \"Hard to Imagine a Meeting Without a Ceasefire\""
                ),
                (UnitKind::Bullet, "Poland will not send troops."),
                (UnitKind::Heading, "Italy, Poland: No Troops"),
            ]
        );
    }

    #[test]
    fn headings_bullets_and_options() {
        let text = "Title here\nRussia Opposes NATO Troops\n• Poland will not send troops.\nOption 1: A buffer zone.\n2. Second item.";
        let kinds: Vec<UnitKind> = units(text).into_iter().map(|u| u.0).collect();
        assert_eq!(
            kinds,
            vec![
                UnitKind::Title,
                UnitKind::Heading,
                UnitKind::Bullet,
                UnitKind::Bullet,
                UnitKind::Bullet
            ]
        );
        assert_eq!(units(text)[2].1, "Poland will not send troops.");
    }

    #[test]
    fn ellipsis_separates_headline_parts() {
        let text = "Putin Rejects Peacekeepers... Talks Expected\nBody.";
        assert_eq!(units(text)[0].1, "Putin Rejects Peacekeepers...");
        assert_eq!(units(text)[1].1, "Talks Expected");
    }

    #[test]
    fn spans_are_char_boundaries() {
        let text = "Élysée résumé\n«Non» dit l’Élysée. Fin.";
        for s in split_sentences(text) {
            assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
        }
    }
}
