//! Query results → a readable table, the W3C result formats, or RDF for graph results.

use std::io::Write;

use anyhow::Context;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::Term;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::QueryResults;
use stancegraph::ontology::vocab;

use super::args::QueryFormat;
use super::{bad_input, Exit, Failed};

/// Prefixes used to shorten IRIs in tables.
const PREFIXES: &[(&str, &str)] = &[
    ("actor:", vocab::ACTOR),
    ("proposal:", vocab::PROPOSAL),
    ("article:", vocab::ARTICLE),
    ("statement:", vocab::STATEMENT),
    ("sg:", vocab::SG),
    ("skos:", vocab::SKOS),
    ("rdfs:", vocab::RDFS),
];

fn short(term: &Term) -> String {
    match term {
        Term::NamedNode(n) => {
            let iri = n.as_str();
            // Longest namespace first so that proposal/new/… stays readable.
            PREFIXES
                .iter()
                .filter(|(_, ns)| iri.starts_with(ns))
                .max_by_key(|(_, ns)| ns.len())
                .map_or_else(
                    || format!("<{iri}>"),
                    |(p, ns)| format!("{p}{}", &iri[ns.len()..]),
                )
        }
        Term::Literal(l) => l.value().replace(['\n', '\t'], " "),
        other => other.to_string(),
    }
}

/// Writes query results in the requested format.
pub(crate) fn write_results(
    results: QueryResults<'_>,
    format: QueryFormat,
    out: &mut dyn Write,
) -> Result<Exit, Failed> {
    match results {
        QueryResults::Solutions(solutions) => {
            let variables = solutions.variables().to_vec();
            let w3c = match format {
                QueryFormat::Json => Some(QueryResultsFormat::Json),
                QueryFormat::Xml => Some(QueryResultsFormat::Xml),
                QueryFormat::Csv => Some(QueryResultsFormat::Csv),
                QueryFormat::Tsv => Some(QueryResultsFormat::Tsv),
                QueryFormat::Table => None,
                QueryFormat::Turtle | QueryFormat::Ntriples => {
                    return Err(bad_input(anyhow::anyhow!(
                        "--format {format:?} is for CONSTRUCT and DESCRIBE; a SELECT query gives table, json, xml, csv or tsv"
                    )))
                }
            };
            if let Some(f) = w3c {
                let mut ser = QueryResultsSerializer::from_format(f)
                    .serialize_solutions_to_writer(&mut *out, variables)?;
                for solution in solutions {
                    let solution = solution.context("query evaluation failed")?;
                    ser.serialize(solution.iter())?;
                }
                ser.finish()?;
            } else {
                let mut rows: Vec<Vec<String>> = Vec::new();
                for solution in solutions {
                    let solution = solution.context("query evaluation failed")?;
                    rows.push(
                        variables
                            .iter()
                            .map(|v| solution.get(v).map(short).unwrap_or_default())
                            .collect(),
                    );
                }
                let header: Vec<String> = variables.iter().map(|v| v.as_str().to_owned()).collect();
                write_table(&header, &rows, out)?;
            }
        }
        QueryResults::Boolean(value) => match format {
            QueryFormat::Json | QueryFormat::Xml | QueryFormat::Csv | QueryFormat::Tsv => {
                let f = match format {
                    QueryFormat::Json => QueryResultsFormat::Json,
                    QueryFormat::Xml => QueryResultsFormat::Xml,
                    QueryFormat::Csv => QueryResultsFormat::Csv,
                    _ => QueryResultsFormat::Tsv,
                };
                QueryResultsSerializer::from_format(f)
                    .serialize_boolean_to_writer(&mut *out, value)?;
            }
            _ => writeln!(out, "{value}")?,
        },
        QueryResults::Graph(triples) => {
            let rdf = match format {
                QueryFormat::Ntriples => RdfFormat::NTriples,
                QueryFormat::Turtle | QueryFormat::Table => RdfFormat::Turtle,
                other => {
                    return Err(bad_input(anyhow::anyhow!(
                        "--format {other:?} is for SELECT and ASK; a CONSTRUCT or DESCRIBE query gives turtle or ntriples"
                    )))
                }
            };
            let mut ser = RdfSerializer::from_format(rdf)
                .with_prefix("sg", vocab::SG)
                .and_then(|s| s.with_prefix("actor", vocab::ACTOR))
                .and_then(|s| s.with_prefix("proposal", vocab::PROPOSAL))
                .context("built-in prefixes")?
                .for_writer(&mut *out);
            for triple in triples {
                ser.serialize_triple(&triple.context("query evaluation failed")?)?;
            }
            ser.finish()?;
        }
    }
    out.flush()?;
    Ok(Exit::Success)
}

/// Writes an aligned text table with a header rule and a row count.
pub(crate) fn write_table(
    header: &[String],
    rows: &[Vec<String>],
    out: &mut dyn Write,
) -> std::io::Result<()> {
    const MAX: usize = 60;
    let clip = |s: &str| -> String {
        if s.chars().count() > MAX {
            let mut c: String = s.chars().take(MAX - 1).collect();
            c.push('…');
            c
        } else {
            s.to_owned()
        }
    };
    let widths: Vec<usize> = (0..header.len())
        .map(|i| {
            rows.iter()
                .map(|r| clip(&r[i]).chars().count())
                .chain(std::iter::once(header[i].chars().count()))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cells: Vec<String>| -> String {
        cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c:<w$}", w = *w))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_owned()
    };
    writeln!(out, "{}", line(header.to_vec()))?;
    writeln!(
        out,
        "{}",
        widths
            .iter()
            .map(|w| "-".repeat(*w))
            .collect::<Vec<_>>()
            .join("  ")
    )?;
    for r in rows {
        writeln!(out, "{}", line(r.iter().map(|c| clip(c)).collect()))?;
    }
    writeln!(
        out,
        "({} row{})",
        rows.len(),
        if rows.len() == 1 { "" } else { "s" }
    )
}
