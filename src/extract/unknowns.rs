//! The ontology worklist: phrases next to stance cues that matched no proposal, and
//! capitalised names next to reporting verbs that matched no actor.

use super::mentions::{analyse, CueMention, SentenceView, PREPOSITIONS};
use crate::model::Article;
use crate::ontology::{CueKind, Gazetteer};

/// Words skipped at the start of a candidate proposal phrase.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "any", "its", "their", "this", "that", "to", "such", "all",
];
/// Longest candidate phrase in words.
const PHRASE_WORDS: usize = 4;

/// `(kind, phrase)` pairs: kind is `proposal?` or `actor?`.
pub fn unknowns(article: &Article, gazetteer: &Gazetteer) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    for sentence in &article.sentences {
        let text = article.sentence_text(sentence);
        let view = analyse(text, gazetteer);
        unmatched_targets(&view, text, &mut out);
        unmatched_speakers(&view, text, &mut out);
    }
    out
}

/// The noun phrase right after a stance cue, up to the next punctuation or preposition:
/// determiners skipped, at most four words ("backs a joint naval patrol in the Baltic" →
/// "joint naval patrol").
pub(crate) fn phrase_after<'t>(
    view: &SentenceView,
    text: &'t str,
    cue: &CueMention,
) -> Vec<&'t str> {
    let clause_end = view.tokens[cue.tokens.end..]
        .iter()
        .position(|t| !t.is_word())
        .map_or(view.tokens.len(), |p| cue.tokens.end + p);
    view.tokens[cue.tokens.end..clause_end]
        .iter()
        .map(|t| &text[t.range.clone()])
        .skip_while(|w| DETERMINERS.contains(&w.to_lowercase().as_str()))
        .take_while(|w| !PREPOSITIONS.contains(&w.to_lowercase().as_str()))
        .take(PHRASE_WORDS)
        .collect()
}

fn unmatched_targets(view: &SentenceView, text: &str, out: &mut Vec<(&'static str, String)>) {
    for cue in view
        .cues
        .iter()
        .filter(|c| matches!(c.kind, CueKind::Stance(_)))
    {
        let clause_end = view.tokens[cue.tokens.end..]
            .iter()
            .position(|t| !t.is_word())
            .map_or(view.tokens.len(), |p| cue.tokens.end + p);
        if view
            .proposals
            .iter()
            .any(|p| p.tokens.start >= cue.tokens.end && p.tokens.start < clause_end)
        {
            continue;
        }
        let words = phrase_after(view, text, cue);
        if !words.is_empty() {
            out.push(("proposal?", words.join(" ").to_lowercase()));
        }
    }
}

fn unmatched_speakers(view: &SentenceView, text: &str, out: &mut Vec<(&'static str, String)>) {
    let is_cap = |i: usize| {
        let t = &view.tokens[i];
        t.is_word()
            && text[t.range.clone()]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    };
    let mut i = 0;
    while i < view.tokens.len() {
        if !is_cap(i) {
            i += 1;
            continue;
        }
        let start = i;
        while i < view.tokens.len() && is_cap(i) {
            i += 1;
        }
        let span = start..i;
        // A person found only through a title is still missing from the ontology: list it.
        let known = view.actors.iter().any(|m| {
            m.new_person.is_none() && m.tokens.start < span.end && span.start < m.tokens.end
        });
        let near_reporting = view.cues.iter().any(|c| {
            c.kind == CueKind::Reporting
                && (c.tokens.start.abs_diff(span.end) <= 2
                    || span.start.abs_diff(c.tokens.end) <= 2)
        });
        if span.len() >= 2 && !known && near_reporting {
            let name: Vec<&str> = view.tokens[span]
                .iter()
                .map(|t| &text[t.range.clone()])
                .collect();
            out.push(("actor?", name.join(" ")));
        }
    }
}
