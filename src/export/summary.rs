//! The edge summary graph: one `sg:StanceEdge` per actor, stance and proposal with its
//! statement and article counts and first and last dates, kept in its own named graph so that
//! aggregate questions ("which proposals are contested?", "stances by country") read a few
//! hundred edges instead of every statement. It is derived data: `refresh` recomputes it from
//! the article graphs whenever the set of articles changed (a fingerprint of the article graph
//! IRIs, which are content hashes, is stored with it), so it is consistent after every ingest.

use crate::rdf::{self, EdgeSummary};
use crate::store::Store;

use super::{ExportError, Filter, StanceGraph};

/// Recomputes the summary graph if the articles changed since it was computed; returns
/// whether it was rewritten.
pub fn refresh(store: &Store) -> Result<bool, ExportError> {
    let fingerprint = store.articles_fingerprint()?;
    if store.summary_fingerprint()?.as_deref() == Some(fingerprint.as_str()) {
        return Ok(false);
    }
    let graph = StanceGraph::from_store(store, &Filter::default())?;
    let edges: Vec<EdgeSummary> = graph
        .graph
        .edge_indices()
        .filter_map(|e| {
            let (actor, proposal) = graph.graph.edge_endpoints(e)?;
            let edge = &graph.graph[e];
            Some(EdgeSummary {
                actor: graph.graph[actor].iri.clone(),
                stance: edge.stance,
                proposal: graph.graph[proposal].iri.clone(),
                statements: edge.statements,
                articles: edge.articles,
                first: edge.first_date,
                last: edge.last_date,
            })
        })
        .collect();
    store.replace_summary(&rdf::summary(&edges, &fingerprint))?;
    Ok(true)
}
