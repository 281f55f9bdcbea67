//! `/api/graph`: the actor–proposal graph ([`StanceGraph`]) as JSON for the browser view.

use serde::Serialize;

use crate::export::{Filter, StanceGraph};
use crate::model::{Date, Stance};
use crate::rdf;
use crate::store::Store;

use super::ServeError;

/// A node as the browser view reads it.
#[derive(Debug, Serialize)]
struct JsonNode<'a> {
    id: &'a str,
    label: &'a str,
    kind: &'static str,
}

/// An aggregated edge as the browser view reads it.
#[derive(Debug, Serialize)]
struct JsonEdge<'a> {
    source: &'a str,
    target: &'a str,
    stance: &'static str,
    #[serde(rename = "stanceIri")]
    stance_iri: String,
    articles: usize,
    statements: usize,
    quote: &'a str,
    first: Option<String>,
    last: Option<String>,
}

#[derive(Debug, Serialize)]
struct JsonGraph<'a> {
    nodes: Vec<JsonNode<'a>>,
    edges: Vec<JsonEdge<'a>>,
}

/// Parses a `YYYY-MM-DD` filter value.
fn parse_day(name: &str, value: &str) -> Result<Date, ServeError> {
    let bad = || ServeError::BadRequest(format!("{name}={value:?}: expected a date as YYYY-MM-DD"));
    let parts: Vec<&str> = value.trim().split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return Err(bad());
    };
    match (y.parse(), m.parse(), d.parse()) {
        (Ok(year), Ok(month), Ok(day)) if (1..=12).contains(&month) && (1..=31).contains(&day) => {
            Ok(Date { year, month, day })
        }
        _ => Err(bad()),
    }
}

/// Builds an export filter from query parameters `actor`, `proposal`, `stance` (each
/// repeatable), `since` and `until`; empty values are ignored. Unknown parameters are ignored.
pub(crate) fn filter_from_params(params: &[(String, String)]) -> Result<Filter, ServeError> {
    let mut filter = Filter::default();
    for (key, value) in params {
        if value.trim().is_empty() {
            continue;
        }
        match key.as_str() {
            "actor" => filter.actors.push(value.clone()),
            "proposal" => filter.proposals.push(value.clone()),
            "stance" => filter.stances.push(value.parse::<Stance>().map_err(|_| {
                ServeError::BadRequest(format!(
                    "stance={value:?}: expected supports, opposes, proposes or considers"
                ))
            })?),
            "since" => filter.since = Some(parse_day("since", value)?),
            "until" => filter.until = Some(parse_day("until", value)?),
            _ => {}
        }
    }
    Ok(filter)
}

/// The graph selected by `filter`, as JSON: `{"nodes": [{id, label, kind}], "edges": [{source,
/// target, stance, stanceIri, articles, statements, quote, first, last}]}`.
pub(crate) fn graph_json(store: &Store, filter: &Filter) -> Result<Vec<u8>, ServeError> {
    let graph = StanceGraph::from_store(store, filter)?;
    let g = &graph.graph;
    let nodes = g
        .node_weights()
        .map(|n| JsonNode {
            id: &n.iri,
            label: &n.label,
            kind: n.kind.as_str(),
        })
        .collect();
    let edges = g
        .edge_indices()
        .filter_map(|e| {
            let (a, p) = g.edge_endpoints(e)?;
            let w = g.edge_weight(e)?;
            Some(JsonEdge {
                source: &g[a].iri,
                target: &g[p].iri,
                stance: w.stance.as_str(),
                stance_iri: rdf::stance_individual(w.stance).as_str().to_owned(),
                articles: w.articles,
                statements: w.statements,
                quote: &w.quote,
                first: w.first_date.map(|d| d.to_string()),
                last: w.last_date.map(|d| d.to_string()),
            })
        })
        .collect();
    serde_json::to_vec(&JsonGraph { nodes, edges }).map_err(|e| ServeError::Internal(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn filters_come_from_parameters() {
        let f = filter_from_params(&params(&[
            ("actor", "a"),
            ("actor", "b"),
            ("stance", "opposes"),
            ("since", "2025-08-01"),
            ("until", ""),
            ("other", "x"),
        ]))
        .expect("valid");
        assert_eq!(f.actors, vec!["a", "b"]);
        assert_eq!(f.stances, vec![Stance::Opposes]);
        assert_eq!(
            f.since.map(|d| d.to_string()).as_deref(),
            Some("2025-08-01")
        );
        assert!(f.until.is_none());
    }

    #[test]
    fn bad_filter_values_are_named() {
        let err = filter_from_params(&params(&[("stance", "likes")])).expect_err("bad stance");
        assert!(err.to_string().contains("likes"), "{err}");
        let err = filter_from_params(&params(&[("since", "2025-13-01")])).expect_err("bad date");
        assert!(err.to_string().contains("since"), "{err}");
    }
}
