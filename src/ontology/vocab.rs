//! IRI constants: stancegraph's namespaces and the standard vocabularies it uses.
//!
//! Every IRI string the crate writes is spelled here and nowhere else.

/// The stancegraph schema namespace.
pub const SG: &str = "https://stancegraph.org/ns#";
/// Actor IRIs: `actor/<slug>`.
pub const ACTOR: &str = "https://stancegraph.org/actor/";
/// Proposal concept IRIs: `proposal/<slug>`.
pub const PROPOSAL: &str = "https://stancegraph.org/proposal/";
/// Open proposals found in text: `proposal/new/<label>`.
pub const NEW_PROPOSAL: &str = "https://stancegraph.org/proposal/new/";
/// Lexicon entries: `lexicon/<name>`.
pub const LEXICON: &str = "https://stancegraph.org/lexicon/";
/// Article named graphs and article nodes: `article/<id>`.
pub const ARTICLE: &str = "https://stancegraph.org/article/";
/// Statement nodes: `statement/<hash>`.
pub const STATEMENT: &str = "https://stancegraph.org/statement/";
/// Skolem IRIs that replace the ontology's blank nodes: `ontology/<file>#b<n>`.
pub const SKOLEM: &str = "https://stancegraph.org/ontology/";
/// The named graph that holds the ontology.
pub const ONTOLOGY_GRAPH: &str = "https://stancegraph.org/graph/ontology";
/// The named graph of the edge summary (one `sg:StanceEdge` per actor, stance and proposal),
/// derived from the article graphs and refreshed by `ingest`.
pub const SUMMARY_GRAPH: &str = "https://stancegraph.org/graph/summary";
/// Base of edge IRIs in the summary graph.
pub const EDGE: &str = "https://stancegraph.org/edge/";

/// RDF.
pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
/// RDF Schema.
pub const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
/// OWL.
pub const OWL: &str = "http://www.w3.org/2002/07/owl#";
/// SKOS.
pub const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
/// PROV-O.
pub const PROV: &str = "http://www.w3.org/ns/prov#";
/// Dublin Core terms.
pub const DCTERMS: &str = "http://purl.org/dc/terms/";
/// XML Schema datatypes.
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";

/// `rdf:type`.
pub const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
/// `rdfs:label`.
pub const RDFS_LABEL: &str = "http://www.w3.org/2000/01/rdf-schema#label";
/// `skos:prefLabel`.
pub const SKOS_PREF_LABEL: &str = "http://www.w3.org/2004/02/skos/core#prefLabel";
/// `skos:altLabel`.
pub const SKOS_ALT_LABEL: &str = "http://www.w3.org/2004/02/skos/core#altLabel";
/// `skos:Concept`.
pub const SKOS_CONCEPT: &str = "http://www.w3.org/2004/02/skos/core#Concept";
/// `skos:broader`.
pub const SKOS_BROADER: &str = "http://www.w3.org/2004/02/skos/core#broader";
/// `owl:sameAs`.
pub const OWL_SAME_AS: &str = "http://www.w3.org/2002/07/owl#sameAs";
/// `prov:wasDerivedFrom`.
pub const PROV_WAS_DERIVED_FROM: &str = "http://www.w3.org/ns/prov#wasDerivedFrom";
/// `prov:value` (the evidence quote).
pub const PROV_VALUE: &str = "http://www.w3.org/ns/prov#value";
/// `dcterms:title`.
pub const DC_TITLE: &str = "http://purl.org/dc/terms/title";
/// `dcterms:date`.
pub const DC_DATE: &str = "http://purl.org/dc/terms/date";
/// `dcterms:source`.
pub const DC_SOURCE: &str = "http://purl.org/dc/terms/source";
/// `dcterms:identifier` (the article's file name).
pub const DC_IDENTIFIER: &str = "http://purl.org/dc/terms/identifier";
/// `xsd:date`.
pub const XSD_DATE: &str = "http://www.w3.org/2001/XMLSchema#date";
/// `xsd:integer`.
pub const XSD_INTEGER: &str = "http://www.w3.org/2001/XMLSchema#integer";
/// `xsd:decimal`.
pub const XSD_DECIMAL: &str = "http://www.w3.org/2001/XMLSchema#decimal";

/// A term of the stancegraph namespace: `sg(name)` is `SG + name`.
pub fn sg(name: &str) -> String {
    format!("{SG}{name}")
}
