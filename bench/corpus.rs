//! A deterministic generator of news-like articles for benchmarks and load tests.
//!
//! Shared by `examples/gen_corpus.rs` and `benches/*.rs` (included with `#[path]`).
//! It recombines the sentence shapes of the project's own corpus (`data/articles`): every
//! sentence becomes a template whose actor and proposal mentions (found with the gazetteer)
//! are slots, refilled with other actors of the same kind and other proposal phrases drawn
//! from the ontology. Sentences from which the extractor draws a statement are "stance"
//! templates, the others "filler"; an article takes 25–40 units, about a quarter of them
//! stance templates, under a title template, a date and a byline from the corpus' outlets.
//! Same seed, same corpus: the output depends only on the seed, `data/` and `ontology/`.

use std::fmt::Write as _;
use std::path::Path;

use stancegraph::extract::extract_article;
use stancegraph::ingest;
use stancegraph::model::UnitKind;
use stancegraph::ontology::{ActorKind, Gazetteer, TermRef};

/// One piece of a template: literal text or a slot to refill.
#[derive(Debug, Clone)]
enum Piece {
    Text(String),
    Actor(ActorKind),
    Proposal,
}

/// A sentence shape with its slots.
#[derive(Debug, Clone)]
struct Template {
    pieces: Vec<Piece>,
    /// A headline, sub-heading or bullet: a line of its own.
    standalone: bool,
}

/// Templates and vocabularies drawn from `data/` and the ontology.
#[derive(Debug)]
pub(crate) struct CorpusGenerator {
    titles: Vec<Template>,
    stance: Vec<Template>,
    filler: Vec<Template>,
    outlets: Vec<String>,
    people: Vec<String>,
    states: Vec<String>,
    organisations: Vec<String>,
    proposals: Vec<String>,
}

/// Why the generator could not be built.
#[derive(Debug)]
pub(crate) struct GeneratorError(pub(crate) String);

impl std::fmt::Display for GeneratorError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for GeneratorError {}

impl CorpusGenerator {
    /// Builds the templates from the articles in `data_dir` and the vocabularies from `gazetteer`.
    pub(crate) fn new(data_dir: &Path, gazetteer: &Gazetteer) -> Result<Self, GeneratorError> {
        let mut generator = CorpusGenerator {
            titles: Vec::new(),
            stance: Vec::new(),
            filler: Vec::new(),
            outlets: Vec::new(),
            people: Vec::new(),
            states: Vec::new(),
            organisations: Vec::new(),
            proposals: Vec::new(),
        };
        for actor in &gazetteer.actors {
            let list = match actor.kind {
                ActorKind::Person => &mut generator.people,
                ActorKind::State => &mut generator.states,
                ActorKind::Organization => &mut generator.organisations,
            };
            list.push(actor.label.clone());
            list.extend(actor.aliases.iter().filter(|a| a.len() > 3).cloned());
        }
        for proposal in &gazetteer.proposals {
            generator.proposals.push(proposal.label.to_lowercase());
            generator.proposals.extend(proposal.phrases.iter().cloned());
        }
        for article in ingest::articles(&[data_dir.to_path_buf()]) {
            let article = article.map_err(|e| GeneratorError(e.to_string()))?;
            if let Some(source) = &article.source {
                if !generator.outlets.contains(source) {
                    generator.outlets.push(source.clone());
                }
            }
            let statements = extract_article(&article, gazetteer);
            for sentence in &article.sentences {
                let text = article.sentence_text(sentence);
                let mut template = Template::from_sentence(text, gazetteer);
                template.standalone = sentence.kind != UnitKind::Body;
                if sentence.kind == UnitKind::Title {
                    generator.titles.push(template);
                } else if statements.iter().any(|s| s.prov.sentence == sentence.index) {
                    generator.stance.push(template);
                } else {
                    generator.filler.push(template);
                }
            }
        }
        if generator.titles.is_empty() || generator.stance.is_empty() || generator.filler.is_empty()
        {
            return Err(GeneratorError(format!(
                "{} holds too few articles to take sentence shapes from",
                data_dir.display()
            )));
        }
        if generator.outlets.is_empty() {
            generator.outlets.push("Wire Desk".to_owned());
        }
        Ok(generator)
    }

    /// The text of article number `index` of the corpus with this `seed`.
    pub(crate) fn article(&self, seed: u64, index: u64) -> String {
        let mut rng = fastrand::Rng::with_seed(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ index);
        let mut out = String::new();
        let title = self.fill(&self.titles[rng.usize(..self.titles.len())], &mut rng);
        let _ = writeln!(out, "{title}");
        let _ = writeln!(
            out,
            "{:04}-{:02}-{:02}",
            rng.u32(2024..=2026),
            rng.u32(1..=12),
            rng.u32(1..=28)
        );
        let _ = writeln!(
            out,
            "By {} {}, {}",
            ["Alex", "Sam", "Jordan", "Robin", "Maria", "Tomas"][rng.usize(..6)],
            ["Reyes", "Novak", "Hale", "Okafor", "Lind", "Sato"][rng.usize(..6)],
            self.outlets[rng.usize(..self.outlets.len())]
        );
        out.push('\n');
        let units = rng.usize(25..=40);
        let mut in_paragraph = 0;
        for _ in 0..units {
            let pool = if rng.f32() < 0.25 {
                &self.stance
            } else {
                &self.filler
            };
            let template = &pool[rng.usize(..pool.len())];
            let sentence = self.fill(template, &mut rng);
            let sentence = sentence.trim();
            if template.standalone && in_paragraph > 0 {
                out.pop();
                out.push('\n');
                in_paragraph = 0;
            }
            out.push_str(sentence);
            in_paragraph += 1;
            if template.standalone || in_paragraph >= 3 || rng.bool() || !ends_sentence(sentence) {
                out.push('\n');
                in_paragraph = 0;
            } else {
                out.push(' ');
            }
        }
        out.push('\n');
        out
    }

    fn fill(&self, template: &Template, rng: &mut fastrand::Rng) -> String {
        let mut out = String::new();
        for piece in &template.pieces {
            match piece {
                Piece::Text(text) => out.push_str(text),
                Piece::Actor(kind) => {
                    let list = match kind {
                        ActorKind::Person => &self.people,
                        ActorKind::State => &self.states,
                        ActorKind::Organization => &self.organisations,
                    };
                    out.push_str(&list[rng.usize(..list.len())]);
                }
                Piece::Proposal => {
                    out.push_str(&self.proposals[rng.usize(..self.proposals.len())]);
                }
            }
        }
        out
    }
}

fn ends_sentence(text: &str) -> bool {
    text.ends_with(['.', '!', '?', '"', '\u{201d}'])
}

impl Template {
    /// Cuts `text` at the actor and proposal names the gazetteer finds (longest first, no overlaps).
    fn from_sentence(text: &str, gazetteer: &Gazetteer) -> Self {
        let mut pieces = Vec::new();
        let mut at = 0;
        for hit in gazetteer.scan(text) {
            if hit.start < at {
                continue;
            }
            let slot = match hit.term {
                TermRef::Actor(i) => Piece::Actor(gazetteer.actors[i].kind),
                TermRef::Proposal(_) => Piece::Proposal,
                _ => continue,
            };
            pieces.push(Piece::Text(text[at..hit.start].to_owned()));
            pieces.push(slot);
            at = hit.end;
        }
        pieces.push(Piece::Text(text[at..].to_owned()));
        Template {
            pieces,
            standalone: false,
        }
    }
}
