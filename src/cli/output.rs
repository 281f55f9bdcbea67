//! Query results → a readable table, the W3C result formats, or RDF for graph results.

use std::io::Write;

use oxigraph::model::Term;
use stancegraph::ontology::vocab;
use stancegraph::serve::format::{write_answer, ResultFormat};
use stancegraph::store::Answer;

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

/// Writes a query's answer in the requested format: a table here, the W3C and RDF formats
/// through the library's writer (the one `serve` uses).
pub(crate) fn write_results(
    answer: Answer,
    format: QueryFormat,
    out: &mut dyn Write,
) -> Result<Exit, Failed> {
    let solutions = !matches!(answer, Answer::Graph { .. });
    let chosen = match format {
        QueryFormat::Table => None,
        QueryFormat::Json => Some(ResultFormat::Json),
        QueryFormat::Xml => Some(ResultFormat::Xml),
        QueryFormat::Csv => Some(ResultFormat::Csv),
        QueryFormat::Tsv => Some(ResultFormat::Tsv),
        QueryFormat::Turtle => Some(ResultFormat::Turtle),
        QueryFormat::Ntriples => Some(ResultFormat::NTriples),
    };
    if let (Answer::Boolean(value), Some(f)) = (&answer, chosen) {
        if !f.is_for_solutions() {
            // An ASK has no RDF form; print the value as the table does.
            writeln!(out, "{value}")?;
            out.flush()?;
            return Ok(Exit::Success);
        }
    }
    match chosen {
        Some(f) if f.is_for_solutions() != solutions => {
            return Err(bad_input(if solutions {
                anyhow::anyhow!("--format {format:?} is for CONSTRUCT and DESCRIBE; a SELECT query gives table, json, xml, csv or tsv")
            } else {
                anyhow::anyhow!("--format {format:?} is for SELECT and ASK; a CONSTRUCT or DESCRIBE query gives turtle or ntriples")
            }))
        }
        Some(f) => write_answer(answer, f, &mut *out)?,
        None => match answer {
            Answer::Solutions {
                variables, rows, ..
            } => {
                let cells: Vec<Vec<String>> = rows
                    .iter()
                    .map(|row| {
                        variables
                            .iter()
                            .map(|v| row.get(v).map(short).unwrap_or_default())
                            .collect()
                    })
                    .collect();
                let header: Vec<String> = variables.iter().map(|v| v.as_str().to_owned()).collect();
                write_table(&header, &cells, out)?;
            }
            Answer::Boolean(value) => writeln!(out, "{value}")?,
            graph @ Answer::Graph { .. } => write_answer(graph, ResultFormat::Turtle, &mut *out)?,
        },
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
