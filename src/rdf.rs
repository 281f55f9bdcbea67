//! Lowering: an article and its statements → RDF quads in the article's named graph.
//!
//! The only place that mints IRIs. Output is deterministic: the same input gives the same
//! quads in the same order.

use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use sha2::{Digest, Sha256};

use crate::model::{Article, ArticleId, ProposalRef, Stance, Statement};
use crate::ontology::vocab;

/// The named graph (and node) of an article.
pub fn article_iri(id: &ArticleId) -> NamedNode {
    NamedNode::new_unchecked(format!("{}{}", vocab::ARTICLE, id.0))
}

/// An actor's IRI from its slug.
pub fn actor_iri(slug: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{}{}", vocab::ACTOR, iri_safe(slug)))
}

/// A proposal's IRI: a concept of the scheme, or an open proposal under `proposal/new/`.
pub fn proposal_iri(proposal: &ProposalRef) -> NamedNode {
    match proposal {
        ProposalRef::Known(slug) => {
            NamedNode::new_unchecked(format!("{}{}", vocab::PROPOSAL, iri_safe(slug)))
        }
        ProposalRef::New(label) => {
            NamedNode::new_unchecked(format!("{}{}", vocab::NEW_PROPOSAL, iri_safe(label)))
        }
    }
}

/// The property `sg:supports` etc. for a stance.
pub fn stance_property(stance: Stance) -> NamedNode {
    NamedNode::new_unchecked(vocab::sg(stance.as_str()))
}

/// The individual `sg:Supports` etc. for a stance.
pub fn stance_individual(stance: Stance) -> NamedNode {
    let name = match stance {
        Stance::Supports => "Supports",
        Stance::Opposes => "Opposes",
        Stance::Proposes => "Proposes",
        Stance::Considers => "Considers",
    };
    NamedNode::new_unchecked(vocab::sg(name))
}

/// A statement's IRI: a hash of article, sentence, actor, stance, proposal and condition.
pub fn statement_iri(st: &Statement) -> NamedNode {
    let key = format!(
        "{}\n{}\n{}\n{}\n{}\n{}",
        st.prov.article.0,
        st.prov.sentence,
        st.actor,
        st.stance,
        st.proposal,
        st.condition
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default()
    );
    let digest = Sha256::digest(key.as_bytes());
    let hex: String = digest.iter().take(12).map(|b| format!("{b:02x}")).collect();
    NamedNode::new_unchecked(format!("{}{}", vocab::STATEMENT, hex))
}

/// Keeps IRI-safe characters of a slug; anything else becomes `-`.
fn iri_safe(s: &str) -> String {
    s.chars()
        .map(|c| {
            // IRIs allow Unicode letters ("baiba-braže"); anything else becomes `-`.
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '-'
            }
        })
        .collect()
}

fn node(iri: &str) -> NamedNode {
    NamedNode::new_unchecked(iri)
}

/// All quads of one article: its metadata, one node per statement and the direct stance triples.
pub fn lower(article: &Article, statements: &[Statement]) -> Vec<Quad> {
    let graph = GraphName::NamedNode(article_iri(&article.id));
    let mut quads = Vec::new();
    let mut add =
        |s: NamedOrBlankNode, p: &str, o: Term| quads.push(Quad::new(s, node(p), o, graph.clone()));
    let art: NamedOrBlankNode = article_iri(&article.id).into();
    add(
        art.clone(),
        vocab::RDF_TYPE,
        node(&vocab::sg("Article")).into(),
    );
    add(
        art.clone(),
        vocab::DC_TITLE,
        Literal::new_simple_literal(&article.title).into(),
    );
    add(
        art.clone(),
        vocab::DC_IDENTIFIER,
        Literal::new_simple_literal(&article.name).into(),
    );
    add(
        art.clone(),
        &vocab::sg("contentHash"),
        Literal::new_simple_literal(&article.id.0).into(),
    );
    if let Some(date) = article.date {
        add(
            art.clone(),
            vocab::DC_DATE,
            date_literal(&date.to_string()).into(),
        );
    }
    if let Some(source) = &article.source {
        add(
            art.clone(),
            vocab::DC_SOURCE,
            Literal::new_simple_literal(source).into(),
        );
    }
    for st in statements {
        let s: NamedOrBlankNode = statement_iri(st).into();
        let actor = actor_iri(&st.actor);
        let proposal = proposal_iri(&st.proposal);
        add(
            s.clone(),
            vocab::RDF_TYPE,
            node(&vocab::sg("Statement")).into(),
        );
        add(s.clone(), &vocab::sg("actor"), actor.clone().into());
        add(
            s.clone(),
            &vocab::sg("stance"),
            stance_individual(st.stance).into(),
        );
        add(s.clone(), &vocab::sg("proposal"), proposal.clone().into());
        if let Some(condition) = &st.condition {
            add(
                s.clone(),
                &vocab::sg("condition"),
                proposal_iri(condition).into(),
            );
        }
        add(s.clone(), vocab::PROV_WAS_DERIVED_FROM, art.clone().into());
        add(
            s.clone(),
            &vocab::sg("sentenceIndex"),
            integer(st.prov.sentence).into(),
        );
        add(
            s.clone(),
            &vocab::sg("charStart"),
            integer(st.prov.char_span.start).into(),
        );
        add(
            s.clone(),
            &vocab::sg("charEnd"),
            integer(st.prov.char_span.end).into(),
        );
        add(
            s.clone(),
            &vocab::sg("evidence"),
            Literal::new_simple_literal(&st.prov.evidence).into(),
        );
        add(
            s.clone(),
            &vocab::sg("confidence"),
            Literal::new_typed_literal(
                format!("{:.2}", st.prov.confidence),
                node(vocab::XSD_DECIMAL),
            )
            .into(),
        );
        add(
            s.clone(),
            &vocab::sg("extractor"),
            Literal::new_simple_literal(&st.prov.extractor).into(),
        );
        if let Some(date) = st.prov.date {
            add(
                s.clone(),
                vocab::DC_DATE,
                date_literal(&date.to_string()).into(),
            );
        }
        add(
            s.clone(),
            &vocab::sg("sequence"),
            Literal::new_typed_literal(st.prov.sequence.to_string(), node(vocab::XSD_INTEGER))
                .into(),
        );
        add(
            actor.clone().into(),
            &vocab::sg(st.stance.as_str()),
            proposal.clone().into(),
        );
        if let Some(new) = &st.new_actor {
            // A person the ontology lacks: typed, labelled and tied to a state in this graph.
            add(
                actor.clone().into(),
                vocab::RDF_TYPE,
                node(&vocab::sg("Person")).into(),
            );
            add(
                actor.clone().into(),
                vocab::RDFS_LABEL,
                Literal::new_simple_literal(&st.actor_label).into(),
            );
            if let Some(country) = &new.country {
                add(
                    actor.into(),
                    &vocab::sg("country"),
                    actor_iri(country).into(),
                );
            }
        }
        if let ProposalRef::New(label) = &st.proposal {
            add(
                proposal.clone().into(),
                vocab::RDF_TYPE,
                node(vocab::SKOS_CONCEPT).into(),
            );
            add(
                proposal.into(),
                vocab::SKOS_PREF_LABEL,
                Literal::new_language_tagged_literal_unchecked(label.replace('-', " "), "en")
                    .into(),
            );
        }
    }
    quads.sort_by_cached_key(|q| q.to_string());
    quads.dedup();
    quads
}

fn date_literal(date: &str) -> Literal {
    Literal::new_typed_literal(date, node(vocab::XSD_DATE))
}

fn integer(n: usize) -> Literal {
    Literal::new_typed_literal(n.to_string(), node(vocab::XSD_INTEGER))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iri_safe_replaces_specials() {
        assert_eq!(iri_safe("a b<c>"), "a-b-c-");
        assert_eq!(
            proposal_iri(&ProposalRef::New("x y".into())).as_str(),
            "https://stancegraph.org/proposal/new/x-y"
        );
    }

    /// The objects of `predicate` on `subject` in `quads`, as N-Triples terms.
    fn objects(quads: &[Quad], subject: &str, predicate: &str) -> Vec<String> {
        quads
            .iter()
            .filter(|q| q.subject.to_string() == subject && q.predicate.as_str() == predicate)
            .map(|q| q.object.to_string())
            .collect()
    }

    #[test]
    fn statements_carry_their_own_date_and_sequence() {
        let ontology = crate::ontology::Ontology::embedded().expect("ontology");
        let gazetteer = crate::ontology::Gazetteer::build(&ontology).expect("gazetteer");
        let raw = "Headline\n\nAugust 22, 2025\n\nGermany initially rejected sending troops to \
                   Ukraine but now supports the deployment of European troops in Ukraine. \
                   Poland said on the 19th (local time) that it will not send troops to Ukraine.\n";
        let article = crate::ingest::parse_article(std::path::Path::new("t.txt"), "t.txt", raw)
            .expect("article");
        let statements = crate::extract::extract_article(&article, &gazetteer);
        let quads = lower(&article, &statements);
        let date = |d: &str| format!("\"{d}\"^^<{}>", vocab::XSD_DATE);
        let int = |n: u32| format!("\"{n}\"^^<{}>", vocab::XSD_INTEGER);
        let art = article_iri(&article.id).to_string();
        assert_eq!(objects(&quads, &art, vocab::DC_DATE), [date("2025-08-22")]);
        let mut seen = Vec::new();
        for st in &statements {
            let s = statement_iri(st).to_string();
            let dates = objects(&quads, &s, vocab::DC_DATE);
            let sequence = objects(&quads, &s, &vocab::sg("sequence"));
            assert_eq!(dates.len(), 1, "{st:?}");
            assert_eq!(sequence.len(), 1, "{st:?}");
            seen.push((
                st.actor_label.as_str(),
                st.stance,
                dates[0].clone(),
                sequence[0].clone(),
            ));
        }
        assert_eq!(
            seen,
            [
                ("Germany", Stance::Opposes, date("2025-08-22"), int(0)),
                ("Germany", Stance::Supports, date("2025-08-22"), int(1)),
                ("Poland", Stance::Opposes, date("2025-08-19"), int(1)),
            ]
        );
    }
}

/// One actor–stance–proposal edge of the summary graph, aggregated over all articles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EdgeSummary {
    /// The actor's IRI.
    pub actor: String,
    /// The stance.
    pub stance: Stance,
    /// The proposal's IRI.
    pub proposal: String,
    /// Statements behind the edge.
    pub statements: usize,
    /// Articles those statements come from.
    pub articles: usize,
    /// Earliest statement date, if any is dated.
    pub first: Option<crate::model::Date>,
    /// Latest statement date, if any is dated.
    pub last: Option<crate::model::Date>,
}

/// The summary graph: one `sg:StanceEdge` per edge, and the fingerprint of the article set it
/// was computed from (`sg:sourceFingerprint` on the graph's own IRI).
pub fn summary(edges: &[EdgeSummary], fingerprint: &str) -> Vec<Quad> {
    let graph_node = NamedNode::new_unchecked(vocab::SUMMARY_GRAPH);
    let graph = GraphName::NamedNode(graph_node.clone());
    let mut quads = vec![Quad::new(
        graph_node,
        node(&vocab::sg("sourceFingerprint")),
        Literal::new_simple_literal(fingerprint),
        graph.clone(),
    )];
    let integer = |n: usize| {
        Term::from(Literal::new_typed_literal(
            n.to_string(),
            node(vocab::XSD_INTEGER),
        ))
    };
    let date = |d: crate::model::Date| {
        Term::from(Literal::new_typed_literal(
            d.to_string(),
            node(vocab::XSD_DATE),
        ))
    };
    for e in edges {
        let digest = Sha256::digest(format!("{}|{}|{}", e.actor, e.stance.as_str(), e.proposal));
        let hex: String = digest.iter().take(12).map(|b| format!("{b:02x}")).collect();
        let edge =
            NamedOrBlankNode::NamedNode(NamedNode::new_unchecked(format!("{}{hex}", vocab::EDGE)));
        let mut add =
            |p: &str, o: Term| quads.push(Quad::new(edge.clone(), node(p), o, graph.clone()));
        add(vocab::RDF_TYPE, node(&vocab::sg("StanceEdge")).into());
        add(
            &vocab::sg("edgeActor"),
            NamedNode::new_unchecked(&e.actor).into(),
        );
        add(&vocab::sg("edgeStance"), stance_individual(e.stance).into());
        add(
            &vocab::sg("edgeProposal"),
            NamedNode::new_unchecked(&e.proposal).into(),
        );
        add(&vocab::sg("statementCount"), integer(e.statements));
        add(&vocab::sg("articleCount"), integer(e.articles));
        if let Some(d) = e.first {
            add(&vocab::sg("firstDate"), date(d));
        }
        if let Some(d) = e.last {
            add(&vocab::sg("lastDate"), date(d));
        }
    }
    quads.sort_by_cached_key(|q| q.to_string());
    quads
}
