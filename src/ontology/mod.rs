//! The ontology: Turtle files of schema, actors, proposals and the cue lexicon.
//!
//! The four files under `ontology/` are embedded in the binary; [`Ontology::from_dir`] loads
//! another set. [`Gazetteer::build`] turns the triples into lookup tables for the extractors.

mod gazetteer;
pub mod vocab;

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{BlankNode, NamedNode, NamedOrBlankNode, Quad, Term};

pub use gazetteer::{
    ActorEntry, ActorKind, Cue, CueKind, DocumentWords, Gazetteer, Gender, ProposalEntry,
    ProposalRule, TermHit, TermRef,
};

/// The ontology files, in load order.
pub const FILES: [&str; 4] = ["schema.ttl", "actors.ttl", "proposals.ttl", "lexicon.ttl"];

const EMBEDDED: [(&str, &str); 4] = [
    ("schema.ttl", include_str!("../../ontology/schema.ttl")),
    ("actors.ttl", include_str!("../../ontology/actors.ttl")),
    (
        "proposals.ttl",
        include_str!("../../ontology/proposals.ttl"),
    ),
    ("lexicon.ttl", include_str!("../../ontology/lexicon.ttl")),
];

/// Why the ontology could not be loaded.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum OntologyError {
    /// A file could not be read.
    #[error("{}: cannot read ontology file", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// Turtle syntax error, with 1-based line and column.
    #[error("{file}:{line}:{column}: Turtle syntax error: {message}")]
    Syntax {
        /// The file.
        file: String,
        /// Line, from 1.
        line: u64,
        /// Column, from 1.
        column: u64,
        /// What the parser said.
        message: String,
    },
    /// A required property is missing on an entity.
    #[error("{file}: <{iri}> has no {property}")]
    Missing {
        /// The file that declares the entity (or "ontology" when unknown).
        file: String,
        /// The entity.
        iri: String,
        /// The missing property, as a prefixed name.
        property: &'static str,
    },
    /// Two actors claim the same surface form.
    #[error("alias {alias:?} is claimed by both <{first}> and <{second}>")]
    DuplicateAlias {
        /// The surface form.
        alias: String,
        /// One actor.
        first: String,
        /// The other actor.
        second: String,
    },
    /// A value is not what the schema allows.
    #[error("{file}: <{iri}>: {message}")]
    Invalid {
        /// The file that declares the entity.
        file: String,
        /// The entity.
        iri: String,
        /// What is wrong.
        message: String,
    },
}

/// The parsed ontology: every file's quads, tagged with their file name.
#[derive(Debug, Clone)]
pub struct Ontology {
    /// `(file name, triples as quads in the default graph)` per file.
    pub files: Vec<(String, Vec<Quad>)>,
}

impl Ontology {
    /// The ontology compiled into the binary.
    pub fn embedded() -> Result<Self, OntologyError> {
        let files = EMBEDDED
            .iter()
            .map(|(name, text)| Ok(((*name).to_owned(), parse_turtle(name, text)?)))
            .collect::<Result<_, OntologyError>>()?;
        Ok(Self { files })
    }

    /// Loads [`FILES`] from `dir`.
    pub fn from_dir(dir: &Path) -> Result<Self, OntologyError> {
        let mut files = Vec::new();
        for name in FILES {
            let path = dir.join(name);
            let text = fs::read_to_string(&path).map_err(|source| OntologyError::Io {
                path: path.clone(),
                source,
            })?;
            files.push((
                name.to_owned(),
                parse_turtle(&path.display().to_string(), &text)?,
            ));
        }
        Ok(Self { files })
    }

    /// All quads of all files.
    pub fn quads(&self) -> impl Iterator<Item = &Quad> {
        self.files.iter().flat_map(|(_, quads)| quads.iter())
    }
}

/// Parses one Turtle document, mapping syntax errors to file:line:column.
///
/// Blank nodes are replaced by IRIs numbered in document order (`…/ontology/<file>#b<n>`), so
/// that loading the same files twice writes the same quads.
fn parse_turtle(file: &str, text: &str) -> Result<Vec<Quad>, OntologyError> {
    let base = Path::new(file)
        .file_name()
        .map_or_else(|| file.to_owned(), |n| n.to_string_lossy().into_owned());
    let mut skolem: HashMap<String, NamedNode> = HashMap::new();
    let mut skolemize = |b: &BlankNode| {
        let next = skolem.len();
        skolem
            .entry(b.as_str().to_owned())
            .or_insert_with(|| NamedNode::new_unchecked(format!("{}{base}#b{next}", vocab::SKOLEM)))
            .clone()
    };
    let mut out = Vec::new();
    for quad in RdfParser::from_format(RdfFormat::Turtle).for_slice(text) {
        let quad = quad.map_err(|syntax| {
            let (line, column) = syntax
                .location()
                .map_or((0, 0), |l| (l.start.line + 1, l.start.column + 1));
            OntologyError::Syntax {
                file: file.to_owned(),
                line,
                column,
                message: syntax.to_string(),
            }
        })?;
        let subject = match quad.subject {
            NamedOrBlankNode::BlankNode(b) => NamedOrBlankNode::NamedNode(skolemize(&b)),
            other => other,
        };
        let object = match quad.object {
            Term::BlankNode(b) => Term::NamedNode(skolemize(&b)),
            other => other,
        };
        out.push(Quad::new(subject, quad.predicate, object, quad.graph_name));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_ontology_parses_and_builds() {
        let ontology = Ontology::embedded().expect("embedded ontology parses");
        let gazetteer = Gazetteer::build(&ontology).expect("embedded ontology is valid");
        assert!(gazetteer.actors.len() >= 20);
        assert!(gazetteer.proposals.len() >= 20);
    }

    /// `rdf::lower` labels an open proposal with its slug's words; an open concept of the
    /// ontology must use the same preferred label, or the merged graph has two.
    #[test]
    fn open_concepts_prefer_their_slugs_words() {
        let ontology = Ontology::embedded().expect("embedded ontology parses");
        let gazetteer = Gazetteer::build(&ontology).expect("embedded ontology is valid");
        let open: Vec<_> = gazetteer.proposals.iter().filter(|p| p.open).collect();
        assert!(!open.is_empty());
        for p in open {
            assert_eq!(p.label, p.slug.replace('-', " "), "{}", p.slug);
            assert_eq!(p.reference().to_string(), format!("new:{}", p.slug));
        }
    }

    /// The embedded ontology with `turtle` added to its file `file`.
    fn embedded_with(file: &str, turtle: &str) -> Ontology {
        let mut ontology = Ontology::embedded().expect("embedded ontology parses");
        let extra = parse_turtle(file, turtle).expect("extra triples parse");
        ontology
            .files
            .iter_mut()
            .find(|(name, _)| name == file)
            .expect("the file is part of the ontology")
            .1
            .extend(extra);
        ontology
    }

    /// A form given to two stance cues with different stances is refused with both names.
    #[test]
    fn a_form_with_two_stances_is_invalid() {
        let ontology = embedded_with(
            "lexicon.ttl",
            "@prefix sg: <https://stancegraph.org/ns#> .\n\
             @prefix lex: <https://stancegraph.org/lexicon/> .\n\
             lex:contrary a sg:StanceCue ; sg:stance sg:Opposes ; sg:form \"welcomed\" .\n",
        );
        let err = Gazetteer::build(&ontology).expect_err("contradictory forms");
        let msg = err.to_string();
        assert!(msg.contains("\"welcomed\""), "{msg}");
        assert!(
            msg.contains("lexicon/contrary") && msg.contains("lexicon/welcome"),
            "{msg}"
        );
    }

    /// A meeting proposal whose `sg:meetingOf` names no state is refused, naming the file.
    #[test]
    fn a_meeting_of_a_person_is_invalid() {
        let ontology = embedded_with(
            "proposals.ttl",
            "@prefix sg: <https://stancegraph.org/ns#> .\n\
             @prefix prop: <https://stancegraph.org/proposal/> .\n\
             @prefix actor: <https://stancegraph.org/actor/> .\n\
             prop:bilateral-summit sg:meetingOf actor:vladimir-putin .\n",
        );
        let err = Gazetteer::build(&ontology).expect_err("a person is no state");
        let msg = err.to_string();
        assert!(msg.contains("proposals.ttl"), "{msg}");
        assert!(
            msg.contains("sg:meetingOf") && msg.contains("actor/vladimir-putin"),
            "{msg}"
        );
    }

    /// A measure `sg:enactedBy` something that is no actor is refused, naming the file.
    #[test]
    fn a_measure_enacted_by_no_actor_is_invalid() {
        let ontology = embedded_with(
            "proposals.ttl",
            "@prefix sg: <https://stancegraph.org/ns#> .\n\
             @prefix prop: <https://stancegraph.org/proposal/> .\n\
             @prefix actor: <https://stancegraph.org/actor/> .\n\
             prop:sanctions sg:enactedBy actor:atlantis .\n",
        );
        let err = Gazetteer::build(&ontology).expect_err("atlantis is no actor");
        let msg = err.to_string();
        assert!(msg.contains("proposals.ttl"), "{msg}");
        assert!(
            msg.contains("sg:enactedBy") && msg.contains("actor/atlantis"),
            "{msg}"
        );
    }

    #[test]
    fn syntax_error_has_position() {
        let err = parse_turtle(
            "bad.ttl",
            "@prefix ex: <http://e/> .\nex:a ex:b ex:c ;\n ex:d \"x .\n",
        )
        .expect_err("syntax error");
        let msg = err.to_string();
        assert!(msg.starts_with("bad.ttl:3:"), "{msg}");
    }
}
