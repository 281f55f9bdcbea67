//! Result formats of the SPARQL 1.1 Protocol, content negotiation, and serialisation of an
//! [`Answer`] into bytes.

use std::io::Write;

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};

use crate::ontology::vocab;
use crate::store::Answer;

/// A format the server can write a query answer in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultFormat {
    /// SPARQL 1.1 Query Results JSON.
    Json,
    /// SPARQL Query Results XML.
    Xml,
    /// SPARQL 1.1 Query Results CSV.
    Csv,
    /// SPARQL 1.1 Query Results TSV.
    Tsv,
    /// Turtle (CONSTRUCT and DESCRIBE).
    Turtle,
    /// N-Triples (CONSTRUCT and DESCRIBE).
    NTriples,
}

/// Media types accepted per format; the first is the one the server answers with.
const MEDIA_TYPES: &[(ResultFormat, &[&str])] = &[
    (
        ResultFormat::Json,
        &["application/sparql-results+json", "application/json"],
    ),
    (
        ResultFormat::Xml,
        &[
            "application/sparql-results+xml",
            "application/xml",
            "text/xml",
        ],
    ),
    (ResultFormat::Csv, &["text/csv"]),
    (ResultFormat::Tsv, &["text/tab-separated-values"]),
    (
        ResultFormat::Turtle,
        &["text/turtle", "application/x-turtle"],
    ),
    (
        ResultFormat::NTriples,
        &["application/n-triples", "text/plain"],
    ),
];

impl ResultFormat {
    /// The `Content-Type` of a response in this format.
    pub fn content_type(self) -> &'static str {
        match self {
            ResultFormat::Json => "application/sparql-results+json; charset=utf-8",
            ResultFormat::Xml => "application/sparql-results+xml; charset=utf-8",
            ResultFormat::Csv => "text/csv; charset=utf-8",
            ResultFormat::Tsv => "text/tab-separated-values; charset=utf-8",
            ResultFormat::Turtle => "text/turtle; charset=utf-8",
            ResultFormat::NTriples => "application/n-triples; charset=utf-8",
        }
    }

    /// Whether the format is for SELECT and ASK results (otherwise for graphs).
    pub fn is_for_solutions(self) -> bool {
        !matches!(self, ResultFormat::Turtle | ResultFormat::NTriples)
    }

    /// The format named by a short name (`json`, `xml`, `csv`, `tsv`, `turtle`, `ntriples`) or
    /// by a media type, as in a `format=` request parameter.
    pub fn from_name(name: &str) -> Option<Self> {
        let name = name.trim().to_ascii_lowercase();
        let short = match name.as_str() {
            "json" => Some(ResultFormat::Json),
            "xml" => Some(ResultFormat::Xml),
            "csv" => Some(ResultFormat::Csv),
            "tsv" => Some(ResultFormat::Tsv),
            "turtle" | "ttl" => Some(ResultFormat::Turtle),
            "ntriples" | "nt" | "n-triples" => Some(ResultFormat::NTriples),
            _ => None,
        };
        short.or_else(|| {
            MEDIA_TYPES
                .iter()
                .find(|(_, types)| types.contains(&name.as_str()))
                .map(|(f, _)| *f)
        })
    }

    /// The media types a client may ask for, for error messages.
    pub fn supported(solutions: bool) -> String {
        MEDIA_TYPES
            .iter()
            .filter(|(f, _)| f.is_for_solutions() == solutions)
            .map(|(_, t)| t[0])
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// One entry of an `Accept` header: media type (lowercase) and quality.
fn accept_entries(accept: &str) -> Vec<(String, f32)> {
    accept
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.split(';');
            let media = pieces.next()?.trim().to_ascii_lowercase();
            if media.is_empty() {
                return None;
            }
            let q = pieces
                .filter_map(|p| p.trim().strip_prefix("q="))
                .find_map(|v| v.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            Some((media, q))
        })
        .collect()
}

/// Picks the format for an answer from an `Accept` header: the highest quality wins, ties go
/// to the earlier entry; wildcards pick the default (JSON for solutions, Turtle for graphs).
/// `None` when the header names only formats that do not fit the answer (HTTP 406).
pub fn negotiate(accept: Option<&str>, solutions: bool) -> Option<ResultFormat> {
    let default = if solutions {
        ResultFormat::Json
    } else {
        ResultFormat::Turtle
    };
    let Some(accept) = accept.filter(|a| !a.trim().is_empty()) else {
        return Some(default);
    };
    let mut best: Option<(f32, ResultFormat)> = None;
    for (media, q) in accept_entries(accept) {
        if q <= 0.0 {
            continue;
        }
        let candidate = match media.as_str() {
            "*/*" => Some(default),
            "application/*" if solutions => Some(ResultFormat::Json),
            "application/*" => Some(ResultFormat::NTriples),
            "text/*" if solutions => Some(ResultFormat::Csv),
            "text/*" => Some(ResultFormat::Turtle),
            other => ResultFormat::from_name(other).filter(|f| f.is_for_solutions() == solutions),
        };
        if let Some(f) = candidate {
            if best.is_none_or(|(bq, _)| q > bq) {
                best = Some((q, f));
            }
        }
    }
    best.map(|(_, f)| f)
}

/// Writes an answer in `format`; the caller has checked that the format fits the answer.
pub fn write_answer(
    answer: Answer,
    format: ResultFormat,
    out: &mut (impl Write + ?Sized),
) -> std::io::Result<()> {
    let w3c = match format {
        ResultFormat::Json => Some(QueryResultsFormat::Json),
        ResultFormat::Xml => Some(QueryResultsFormat::Xml),
        ResultFormat::Csv => Some(QueryResultsFormat::Csv),
        ResultFormat::Tsv => Some(QueryResultsFormat::Tsv),
        ResultFormat::Turtle | ResultFormat::NTriples => None,
    };
    match (answer, w3c) {
        (Answer::Boolean(value), Some(f)) => {
            QueryResultsSerializer::from_format(f).serialize_boolean_to_writer(out, value)?;
        }
        (
            Answer::Solutions {
                variables, rows, ..
            },
            Some(f),
        ) => {
            let mut ser = QueryResultsSerializer::from_format(f)
                .serialize_solutions_to_writer(out, variables)?;
            for row in &rows {
                ser.serialize(row.iter())?;
            }
            ser.finish()?;
        }
        (Answer::Graph { triples, .. }, None) => {
            let rdf = if format == ResultFormat::NTriples {
                RdfFormat::NTriples
            } else {
                RdfFormat::Turtle
            };
            let mut ser = RdfSerializer::from_format(rdf)
                .with_prefix("sg", vocab::SG)
                .and_then(|s| s.with_prefix("actor", vocab::ACTOR))
                .and_then(|s| s.with_prefix("proposal", vocab::PROPOSAL))
                .map_err(std::io::Error::other)?
                .for_writer(out);
            for triple in &triples {
                ser.serialize_triple(triple)?;
            }
            ser.finish()?;
        }
        _ => {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "the result format does not fit the query form",
            ))
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_follows_quality_and_query_form() {
        assert_eq!(negotiate(None, true), Some(ResultFormat::Json));
        assert_eq!(negotiate(None, false), Some(ResultFormat::Turtle));
        assert_eq!(
            negotiate(Some("text/csv;q=0.5, application/sparql-results+xml"), true),
            Some(ResultFormat::Xml)
        );
        assert_eq!(
            negotiate(Some("text/tab-separated-values"), true),
            Some(ResultFormat::Tsv)
        );
        assert_eq!(
            negotiate(Some("application/n-triples, */*;q=0.1"), false),
            Some(ResultFormat::NTriples)
        );
        // A graph format for a SELECT cannot be served.
        assert_eq!(negotiate(Some("text/turtle"), true), None);
        assert_eq!(
            negotiate(Some("text/turtle, */*;q=0.1"), true),
            Some(ResultFormat::Json)
        );
        assert_eq!(negotiate(Some("text/csv;q=0"), true), None);
    }

    #[test]
    fn names_and_media_types_resolve() {
        assert_eq!(ResultFormat::from_name("CSV"), Some(ResultFormat::Csv));
        assert_eq!(
            ResultFormat::from_name("application/sparql-results+json"),
            Some(ResultFormat::Json)
        );
        assert_eq!(ResultFormat::from_name("image/png"), None);
        assert!(ResultFormat::supported(false).contains("text/turtle"));
    }
}
