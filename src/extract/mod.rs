//! Extract: one article in, actor–stance–proposal statements out.
//!
//! Extraction never fails and never does I/O: an article with nothing to say yields an empty
//! `Vec`. [`extract_article`] runs the default extractors and merges duplicate statements.

mod mentions;
mod pattern;
#[cfg(test)]
mod tests;
pub mod time;
mod unknowns;

use std::collections::BTreeMap;

use crate::model::{Article, ProposalRef, Stance, Statement};
use crate::ontology::Gazetteer;

pub use pattern::PatternExtractor;
pub use unknowns::unknowns;

/// Anything that reads an article and emits statements.
pub trait Extractor {
    /// A short name recorded in every statement's provenance.
    fn name(&self) -> &'static str;
    /// The statements found in `article`, in text order; never fails.
    fn extract(&self, article: &Article, gazetteer: &Gazetteer) -> Vec<Statement>;
}

/// Options of the default extraction.
#[derive(Debug, Clone, Copy, Default)]
pub struct ExtractConfig {
    /// Emit `new:<label>` proposals for phrases after a stance cue that match no concept
    /// (off by default: they help grow the ontology but cost precision).
    pub open_proposals: bool,
}

/// [`extract_article`] with options.
pub fn extract_article_with(
    article: &Article,
    gazetteer: &Gazetteer,
    config: ExtractConfig,
) -> Vec<Statement> {
    let extractor = PatternExtractor {
        open_proposals: config.open_proposals,
    };
    merge_duplicates(extractor.extract(article, gazetteer))
}

/// Runs the default extractor and merges duplicates (see [`merge_duplicates`]).
///
/// ```
/// use std::path::Path;
/// use stancegraph::{extract::extract_article, ingest::parse_article, ontology::{Gazetteer, Ontology}};
///
/// let gazetteer = Gazetteer::build(&Ontology::embedded().unwrap()).unwrap();
/// let article = parse_article(Path::new("a.txt"), "a.txt", "Title\n\nPoland will not send troops to Ukraine.").unwrap();
/// let statements = extract_article(&article, &gazetteer);
/// assert_eq!(statements[0].actor_label, "Poland");
/// assert_eq!(statements[0].stance.as_str(), "opposes");
/// assert_eq!(statements[0].proposal.to_string(), "european-troops-in-ukraine");
/// ```
pub fn extract_article(article: &Article, gazetteer: &Gazetteer) -> Vec<Statement> {
    extract_article_with(article, gazetteer, ExtractConfig::default())
}

/// Keeps one statement per (actor, stance, proposal, condition): the earliest, with its
/// confidence raised by agreement (`1 - Π(1 - cᵢ)`, capped at 0.99); the kept statement's
/// date and sequence are those of its earliest sentence. Output is sorted by sentence, then
/// sequence (an earlier stance before the current one), actor, stance and proposal.
pub fn merge_duplicates(statements: Vec<Statement>) -> Vec<Statement> {
    type Key = (String, Stance, ProposalRef, Option<ProposalRef>);
    let mut merged: BTreeMap<Key, (Statement, f32)> = BTreeMap::new();
    for st in statements {
        let key = (
            st.actor.clone(),
            st.stance,
            st.proposal.clone(),
            st.condition.clone(),
        );
        match merged.get_mut(&key) {
            Some((kept, miss)) => {
                *miss *= 1.0 - st.prov.confidence;
                if st.prov.sentence < kept.prov.sentence {
                    let miss_now = *miss;
                    *kept = st;
                    *miss = miss_now;
                }
            }
            None => {
                let miss = 1.0 - st.prov.confidence;
                merged.insert(key, (st, miss));
            }
        }
    }
    let mut out: Vec<Statement> = merged
        .into_values()
        .map(|(mut st, miss)| {
            st.prov.confidence = ((1.0 - miss).min(0.99) * 100.0).round() / 100.0;
            st
        })
        .collect();
    out.sort_by(|a, b| {
        (
            a.prov.sentence,
            a.prov.sequence,
            &a.actor,
            a.stance,
            &a.proposal,
        )
            .cmp(&(
                b.prov.sentence,
                b.prov.sequence,
                &b.actor,
                b.stance,
                &b.proposal,
            ))
    });
    out
}
