//! Export: the store's statements → a petgraph actor–proposal graph → DOT or GraphML.
//!
//! One edge per (actor, stance, proposal) with the number of supporting articles and an
//! example quote. Filters select actors, proposals, stances and a date range.

pub mod dot;
pub mod graphml;
pub mod summary;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;
use petgraph::graph::{DiGraph, NodeIndex};

use crate::model::{Date, Stance};
use crate::ontology::vocab;
use crate::store::{Store, StoreError};

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ExportError {
    /// Reading the store failed.
    #[error("cannot read statements from the store")]
    Store(#[from] StoreError),
    /// Writing the output failed.
    #[error("cannot write the export")]
    Write(#[from] std::io::Error),
}

/// What kind of node a graph node is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum NodeKind {
    /// An actor who is a person.
    Person,
    /// A state.
    State,
    /// An organisation.
    Organization,
    /// An actor whose type the ontology does not give.
    Actor,
    /// A proposal.
    Proposal,
}

impl NodeKind {
    /// Lowercase name written to exports.
    pub fn as_str(self) -> &'static str {
        match self {
            NodeKind::Person => "person",
            NodeKind::State => "state",
            NodeKind::Organization => "organization",
            NodeKind::Actor => "actor",
            NodeKind::Proposal => "proposal",
        }
    }
}

/// A node: an actor or a proposal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    /// The node's IRI.
    pub iri: String,
    /// Human-readable label.
    pub label: String,
    /// Actor type or proposal.
    pub kind: NodeKind,
}

/// An aggregated edge: all statements of one (actor, stance, proposal).
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// The stance.
    pub stance: Stance,
    /// Distinct articles that carry the stance.
    pub articles: usize,
    /// Statements merged into the edge.
    pub statements: usize,
    /// One evidence quote (from the earliest article, ties broken by text).
    pub quote: String,
    /// Earliest statement date.
    pub first_date: Option<Date>,
    /// Latest statement date.
    pub last_date: Option<Date>,
}

/// Which statements to export; empty filters select everything.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Actor slugs or labels (case-insensitive).
    pub actors: Vec<String>,
    /// Proposal slugs or labels (case-insensitive).
    pub proposals: Vec<String>,
    /// Stances to keep.
    pub stances: Vec<Stance>,
    /// Keep statements dated on or after this day.
    pub since: Option<Date>,
    /// Keep statements dated on or before this day.
    pub until: Option<Date>,
}

/// The actor–proposal graph.
#[derive(Debug, Default)]
pub struct StanceGraph {
    /// Nodes and edges; node order is actors then proposals, each sorted by IRI.
    pub graph: DiGraph<Node, Edge>,
}

/// One scan per property instead of one star join with OPTIONALs: Oxigraph evaluates an
/// OPTIONAL by probing every named graph once per row, which made a whole-graph export take
/// tens of seconds on 10,000 articles; single-pattern scans read each index once and the join
/// is a hash lookup here (see BENCHMARKS.md).
const STATEMENT_PROPERTIES: [(&str, &str); 6] = [
    ("actor", "sg:actor"),
    ("stance", "sg:stance"),
    ("proposal", "sg:proposal"),
    ("article", "prov:wasDerivedFrom"),
    ("evidence", "sg:evidence"),
    ("date", "dcterms:date"),
];

/// The scan of one property: every (subject, object) pair over the union of the graphs.
pub(crate) fn property_scan(property: &str) -> String {
    format!("SELECT ?s ?o WHERE {{ ?s {property} ?o }}")
}

/// Runs a `SELECT ?s ?o` query and hands each (subject, object) row to `each`.
pub(crate) fn scan_pairs(
    store: &Store,
    sparql: &str,
    mut each: impl FnMut(String, String),
) -> Result<(), ExportError> {
    if let QueryResults::Solutions(solutions) = store.query(sparql)? {
        for solution in solutions {
            let row = solution.map_err(StoreError::from)?;
            if let (Some(s), Some(o)) = (text(row.get("s")), text(row.get("o"))) {
                each(s, o);
            }
        }
    }
    Ok(())
}

/// Subject → value of one property over the whole store (the union of its graphs).
fn property_values(store: &Store, sparql: &str) -> Result<HashMap<String, String>, ExportError> {
    let mut values = HashMap::new();
    scan_pairs(store, sparql, |subject, value| {
        values.entry(subject).or_insert(value);
    })?;
    Ok(values)
}

struct Row {
    actor: Node,
    proposal: Node,
    stance: Stance,
    article: String,
    date: Option<Date>,
    evidence: String,
}

pub(crate) fn text(term: Option<&Term>) -> Option<String> {
    term.map(|t| match t {
        Term::NamedNode(n) => n.as_str().to_owned(),
        Term::Literal(l) => l.value().to_owned(),
        other => other.to_string(),
    })
}

fn local(iri: &str) -> &str {
    iri.rsplit(['/', '#']).next().unwrap_or(iri)
}

pub(crate) fn parse_date(s: &str) -> Option<Date> {
    let mut parts = s.splitn(3, '-');
    Some(Date {
        year: parts.next()?.parse().ok()?,
        month: parts.next()?.parse().ok()?,
        day: parts.next()?.get(..2)?.parse().ok()?,
    })
}

fn matches_any(wanted: &[String], node: &Node) -> bool {
    wanted.is_empty()
        || wanted.iter().any(|w| {
            let w = w.trim();
            w.eq_ignore_ascii_case(local(&node.iri))
                || w.eq_ignore_ascii_case(&node.label)
                || w == node.iri
        })
}

impl StanceGraph {
    /// Reads the statements from the store with SPARQL and aggregates them into a graph.
    pub fn from_store(store: &Store, filter: &Filter) -> Result<Self, ExportError> {
        let mut columns: HashMap<&str, HashMap<String, String>> = HashMap::new();
        for (name, property) in STATEMENT_PROPERTIES {
            columns.insert(name, property_values(store, &property_scan(property))?);
        }
        let actor_labels = property_values(store, "SELECT ?s ?o WHERE { ?s rdfs:label ?o }")?;
        let actor_types = property_values(
            store,
            "SELECT ?s ?o WHERE { ?s a ?o . FILTER(?o IN (sg:Person, sg:State, sg:Organization)) }",
        )?;
        let proposal_labels =
            property_values(store, "SELECT ?s ?o WHERE { ?s skos:prefLabel ?o }")?;
        let mut statements: Vec<String> = Vec::new();
        if let QueryResults::Solutions(solutions) =
            store.query("SELECT ?s WHERE { ?s a sg:Statement }")?
        {
            for solution in solutions {
                if let Some(s) = text(solution.map_err(StoreError::from)?.get("s")) {
                    statements.push(s);
                }
            }
        }
        let column =
            |name: &str, statement: &str| columns.get(name).and_then(|c| c.get(statement)).cloned();
        let mut rows = Vec::new();
        for statement in &statements {
            let (Some(actor), Some(stance), Some(proposal), Some(article), Some(evidence)) = (
                column("actor", statement),
                column("stance", statement),
                column("proposal", statement),
                column("article", statement),
                column("evidence", statement),
            ) else {
                continue;
            };
            let Some(stance) = stance_from_iri(&stance) else {
                continue;
            };
            let kind = match actor_types.get(&actor).map(|t| local(t)) {
                Some("Person") => NodeKind::Person,
                Some("State") => NodeKind::State,
                Some("Organization") => NodeKind::Organization,
                _ => NodeKind::Actor,
            };
            rows.push(Row {
                actor: Node {
                    label: actor_labels
                        .get(&actor)
                        .cloned()
                        .unwrap_or_else(|| local(&actor).to_owned()),
                    iri: actor,
                    kind,
                },
                proposal: Node {
                    label: proposal_labels
                        .get(&proposal)
                        .cloned()
                        .unwrap_or_else(|| local(&proposal).to_owned()),
                    iri: proposal,
                    kind: NodeKind::Proposal,
                },
                stance,
                article,
                date: column("date", statement).as_deref().and_then(parse_date),
                evidence,
            });
        }
        Ok(Self::from_rows(rows, filter))
    }

    fn from_rows(rows: Vec<Row>, filter: &Filter) -> Self {
        type Key = (String, Stance, String);
        struct Acc {
            articles: BTreeSet<String>,
            statements: usize,
            quotes: BTreeSet<(Option<Date>, String)>,
            first: Option<Date>,
            last: Option<Date>,
        }
        let mut nodes: BTreeMap<String, Node> = BTreeMap::new();
        let mut edges: BTreeMap<Key, Acc> = BTreeMap::new();
        for row in rows {
            let in_range = match row.date {
                Some(d) => {
                    filter.since.is_none_or(|s| d >= s) && filter.until.is_none_or(|u| d <= u)
                }
                None => filter.since.is_none() && filter.until.is_none(),
            };
            if !in_range
                || !matches_any(&filter.actors, &row.actor)
                || !matches_any(&filter.proposals, &row.proposal)
                || !(filter.stances.is_empty() || filter.stances.contains(&row.stance))
            {
                continue;
            }
            let acc = edges
                .entry((row.actor.iri.clone(), row.stance, row.proposal.iri.clone()))
                .or_insert_with(|| Acc {
                    articles: BTreeSet::new(),
                    statements: 0,
                    quotes: BTreeSet::new(),
                    first: None,
                    last: None,
                });
            acc.articles.insert(row.article);
            acc.statements += 1;
            acc.quotes.insert((row.date, row.evidence));
            if let Some(d) = row.date {
                acc.first = Some(acc.first.map_or(d, |f| f.min(d)));
                acc.last = Some(acc.last.map_or(d, |l| l.max(d)));
            }
            nodes.entry(row.actor.iri.clone()).or_insert(row.actor);
            nodes
                .entry(row.proposal.iri.clone())
                .or_insert(row.proposal);
        }
        let mut graph = DiGraph::new();
        let mut index: BTreeMap<String, NodeIndex> = BTreeMap::new();
        let (proposals, actors): (Vec<Node>, Vec<Node>) = nodes
            .into_values()
            .partition(|n| n.kind == NodeKind::Proposal);
        for node in actors.into_iter().chain(proposals) {
            let iri = node.iri.clone();
            index.insert(iri, graph.add_node(node));
        }
        for ((actor, stance, proposal), acc) in edges {
            graph.add_edge(
                index[&actor],
                index[&proposal],
                Edge {
                    stance,
                    articles: acc.articles.len(),
                    statements: acc.statements,
                    quote: acc
                        .quotes
                        .into_iter()
                        .next()
                        .map(|(_, q)| q)
                        .unwrap_or_default(),
                    first_date: acc.first,
                    last_date: acc.last,
                },
            );
        }
        Self { graph }
    }
}

/// The stance of an `sg:Supports`-style individual IRI, as SPARQL rows return it.
pub fn stance_from_iri(iri: &str) -> Option<Stance> {
    iri.strip_prefix(vocab::SG)?.to_lowercase().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(actor: &str, stance: Stance, proposal: &str, article: &str, date: Option<Date>) -> Row {
        Row {
            actor: Node {
                iri: format!("a/{actor}"),
                label: actor.into(),
                kind: NodeKind::State,
            },
            proposal: Node {
                iri: format!("p/{proposal}"),
                label: proposal.into(),
                kind: NodeKind::Proposal,
            },
            stance,
            article: article.into(),
            date,
            evidence: format!("{actor} {stance} {proposal}"),
        }
    }

    #[test]
    fn aggregates_and_filters() {
        let d = |day| {
            Some(Date {
                year: 2025,
                month: 8,
                day,
            })
        };
        let rows = || {
            vec![
                row("Poland", Stance::Opposes, "troops", "x", d(1)),
                row("Poland", Stance::Opposes, "troops", "y", d(5)),
                row("Russia", Stance::Opposes, "troops", "x", d(1)),
            ]
        };
        let g = StanceGraph::from_rows(rows(), &Filter::default()).graph;
        assert_eq!(g.node_count(), 3);
        assert_eq!(g.edge_count(), 2);
        let poland = g
            .edge_weights()
            .find(|e| e.articles == 2)
            .expect("merged edge");
        assert_eq!(poland.first_date, d(1));
        assert_eq!(poland.last_date, d(5));
        let only = Filter {
            actors: vec!["russia".into()],
            ..Filter::default()
        };
        assert_eq!(StanceGraph::from_rows(rows(), &only).graph.edge_count(), 1);
        let late = Filter {
            since: d(3),
            ..Filter::default()
        };
        assert_eq!(StanceGraph::from_rows(rows(), &late).graph.edge_count(), 1);
    }
}
