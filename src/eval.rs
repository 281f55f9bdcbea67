//! Evaluation: reads a gold TSV and scores statements with the matching rules of the
//! project's reference scorer (`score.py`): article by file stem, actor alternatives and
//! aliases, strict and polarity stance levels, `new:` proposals by content-word overlap.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use crate::model::{Stance, Statement};
use crate::ontology::Gazetteer;

/// Why a gold file could not be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum EvalError {
    /// The file could not be read.
    #[error("{}: cannot read gold file", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// A required column is missing from the header.
    #[error("{}: header lacks the column {column:?}", path.display())]
    MissingColumn {
        /// The file.
        path: PathBuf,
        /// The column.
        column: &'static str,
    },
    /// A row is malformed.
    #[error("{}:{line}: {message}", path.display())]
    BadRow {
        /// The file.
        path: PathBuf,
        /// Line number, from 1.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// One gold statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldRow {
    /// Article file stem.
    pub article: String,
    /// Acceptable actor names (alternatives of the `actor` cell).
    pub actors: Vec<String>,
    /// The stance.
    pub stance: Stance,
    /// Proposal slug or `new:label`.
    pub proposal: String,
    /// Phenomenon tags (`tags` column), may be empty.
    pub tags: Vec<String>,
    /// Evidence quote, for listings.
    pub evidence: String,
}

/// One predicted statement, as `extract --format tsv` prints it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct PredRow {
    /// Article file name or stem.
    pub article: String,
    /// Actor name, or equally right alternatives separated by `|` as in gold.
    pub actor: String,
    /// The stance.
    pub stance: Stance,
    /// Proposal slug or `new:label`.
    pub proposal: String,
}

impl PredRow {
    /// The row `extract --format tsv` prints for `statement` of `article`.
    pub fn new(article: &str, statement: &Statement, gazetteer: &Gazetteer) -> Self {
        PredRow {
            article: article.to_owned(),
            actor: actor_cell(statement, gazetteer),
            stance: statement.stance,
            proposal: statement.proposal.to_string(),
        }
    }
}

/// The actor cell of a predicted row: the actor's label, and for a person who speaks for a
/// state or organisation also its label ("Sergey Lavrov|Russia"; for a person the ontology
/// lacks, the state their title names: "Heorhii Tykhyi|Ukraine"), in the guidelines' convention
/// of equally right alternatives ("Spokespeople speak for their state", "Donald Trump|United
/// States"). A former official ("former chancellor Olaf Scholz") stands alone.
pub fn actor_cell(statement: &Statement, gazetteer: &Gazetteer) -> String {
    let country = match &statement.new_actor {
        Some(new_actor) => new_actor.country.as_deref(),
        None => gazetteer
            .actor(&statement.actor)
            .and_then(|a| gazetteer.actors[a].speaks_for()),
    }
    .and_then(|slug| gazetteer.actor(slug))
    .map(|c| gazetteer.actors[c].label.as_str());
    match country {
        Some(country) => format!("{}|{country}", statement.actor_label),
        None => statement.actor_label.clone(),
    }
}

/// Precision, recall and F1 at one level.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Figures {
    /// Distinct predicted rows (on gold articles).
    pub predicted: usize,
    /// Gold rows.
    pub gold: usize,
    /// Predicted rows that match some gold row.
    pub correct: usize,
    /// Gold rows matched by some prediction.
    pub found: usize,
    /// correct / predicted.
    pub precision: f64,
    /// found / gold.
    pub recall: f64,
    /// Harmonic mean.
    pub f1: f64,
}

/// The full evaluation report.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Exact stance class.
    pub strict: Figures,
    /// Stance polarity (+, -, ?).
    pub polarity: Figures,
    /// Gold rows not found at the strict level.
    pub missed: Vec<GoldRow>,
    /// Predicted rows not correct at the strict level.
    pub spurious: Vec<PredRow>,
    /// `confusion[gold][predicted]` over supports, opposes, proposes, considers, none
    /// for pairs with the same article, actor and proposal.
    pub confusion: [[usize; 5]; 5],
    /// Per tag: (gold rows with the tag, of which found).
    pub by_tag: BTreeMap<String, (usize, usize)>,
}

/// Row and column names of [`Report::confusion`].
pub const CONFUSION_LABELS: [&str; 5] = ["supports", "opposes", "proposes", "considers", "none"];

fn stance_index(s: Stance) -> usize {
    match s {
        Stance::Supports => 0,
        Stance::Opposes => 1,
        Stance::Proposes => 2,
        Stance::Considers => 3,
    }
}

/// Reads a gold TSV (header with at least article, actor, stance, proposal).
pub fn read_gold(path: &Path) -> Result<Vec<GoldRow>, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|source| EvalError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse_gold(path, &text)
}

/// Parses gold TSV text; `path` is only used in error messages.
pub fn parse_gold(path: &Path, text: &str) -> Result<Vec<GoldRow>, EvalError> {
    let mut lines = text.lines().enumerate();
    let header: Vec<&str> = lines
        .next()
        .map(|(_, h)| h.split('\t').map(str::trim).collect())
        .unwrap_or_default();
    let column = |name: &'static str| {
        header
            .iter()
            .position(|h| *h == name)
            .ok_or(EvalError::MissingColumn {
                path: path.to_path_buf(),
                column: name,
            })
    };
    let (ca, cx, cs, cp) = (
        column("article")?,
        column("actor")?,
        column("stance")?,
        column("proposal")?,
    );
    let ct = header.iter().position(|h| *h == "tags");
    let ce = header.iter().position(|h| *h == "evidence");
    let mut rows = Vec::new();
    for (i, line) in lines {
        let cells: Vec<&str> = line.split('\t').collect();
        let cell = |c: usize| cells.get(c).map_or("", |s| s.trim());
        if cell(ca).is_empty() {
            continue;
        }
        let stance = cell(cs).parse::<Stance>().map_err(|e| EvalError::BadRow {
            path: path.to_path_buf(),
            line: i + 1,
            message: e.to_string(),
        })?;
        if cell(cx).is_empty() || cell(cp).is_empty() {
            return Err(EvalError::BadRow {
                path: path.to_path_buf(),
                line: i + 1,
                message: "empty actor or proposal".into(),
            });
        }
        rows.push(GoldRow {
            article: stem(cell(ca)),
            actors: cell(cx).split('|').map(|a| a.trim().to_owned()).collect(),
            stance,
            proposal: cell(cp).to_owned(),
            tags: ct
                .map(|c| {
                    cell(c)
                        .split([',', ';'])
                        .map(str::trim)
                        .filter(|t| !t.is_empty())
                        .map(str::to_owned)
                        .collect()
                })
                .unwrap_or_default(),
            evidence: ce.map(|c| cell(c).to_owned()).unwrap_or_default(),
        });
    }
    Ok(rows)
}

/// The file stem that identifies an article in gold files.
///
/// ```
/// assert_eq!(stancegraph::eval::stem("dir/000_x.txt"), "000_x");
/// ```
pub fn stem(article: &str) -> String {
    let base = article.trim().rsplit(['/', '\\']).next().unwrap_or("");
    match base.rsplit_once('.') {
        Some((s, _)) => s.to_owned(),
        None => base.to_owned(),
    }
}

/// Lowercase, drop punctuation except `:` and `-`, fold white space (as the reference scorer).
fn norm(text: &str) -> String {
    let lowered = text.to_lowercase().replace('’', "'");
    let kept: String = lowered
        .chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace() || matches!(c, ':' | '-' | '_'))
        .collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Alias table: every label and alias of the gazetteer's actors → normalised canonical label.
pub fn alias_table(gazetteer: &Gazetteer) -> HashMap<String, String> {
    let mut table = HashMap::new();
    for actor in &gazetteer.actors {
        let canon = norm(&actor.label);
        for alias in &actor.aliases {
            table.entry(norm(alias)).or_insert_with(|| canon.clone());
        }
        table.insert(canon.clone(), canon);
    }
    table
}

const STOP: &[&str] = &[
    "", "new", "of", "the", "to", "in", "for", "a", "an", "on", "and", "with", "by", "from", "at",
    "its", "their",
];

fn content_words(slug: &str) -> BTreeSet<String> {
    slug.to_lowercase()
        .split(['-', '_', ' ', ':', '\t'])
        .filter(|w| !STOP.contains(w))
        .map(|w| {
            if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
                w[..w.len() - 1].to_owned()
            } else {
                w.to_owned()
            }
        })
        .collect()
}

fn proposal_match(pred: &str, gold: &str) -> bool {
    let (p, g) = (pred.trim().to_lowercase(), gold.trim().to_lowercase());
    if p == g {
        return true;
    }
    if g.starts_with("new:") && p.starts_with("new:") {
        let (gw, pw) = (content_words(&g), content_words(&p));
        let inter = gw.intersection(&pw).count();
        let union = gw.union(&pw).count();
        return !gw.is_empty() && inter * 2 >= union;
    }
    false
}

fn figures(predicted: usize, gold: usize, correct: usize, found: usize) -> Figures {
    let precision = if predicted > 0 {
        correct as f64 / predicted as f64
    } else {
        0.0
    };
    let recall = if gold > 0 {
        found as f64 / gold as f64
    } else {
        0.0
    };
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    Figures {
        predicted,
        gold,
        correct,
        found,
        precision,
        recall,
        f1,
    }
}

/// A deduplicated prediction as the scorer compares it: article stem, canonical actor
/// alternatives, stance, lowercased proposal, and the row it came from.
type Keyed<'a> = (String, BTreeSet<String>, Stance, String, &'a PredRow);

/// Scores predictions against gold with the reference scorer's rules.
pub fn score(preds: &[PredRow], gold: &[GoldRow], aliases: &HashMap<String, String>) -> Report {
    let canon = |name: &str| {
        let n = norm(name);
        aliases.get(&n).cloned().unwrap_or(n)
    };
    let gold_actors: Vec<BTreeSet<String>> = gold
        .iter()
        .map(|g| g.actors.iter().map(|a| canon(a)).collect())
        .collect();
    let articles: BTreeSet<&str> = gold.iter().map(|g| g.article.as_str()).collect();
    let mut seen = BTreeSet::new();
    let mut unique: Vec<Keyed> = Vec::new();
    for p in preds {
        let key = (
            stem(&p.article),
            p.actor.split('|').map(|a| canon(a.trim())).collect(),
            p.stance,
            p.proposal.trim().to_lowercase(),
        );
        if articles.contains(key.0.as_str()) && seen.insert(key.clone()) {
            unique.push((key.0, key.1, key.2, key.3, p));
        }
    }
    let same_target = |p: &Keyed, gi: usize| {
        p.0 == gold[gi].article
            && !gold_actors[gi].is_disjoint(&p.1)
            && proposal_match(&p.3, &gold[gi].proposal)
    };
    let mut report = Report::default();
    for strict in [true, false] {
        let same = |a: Stance, b: Stance| {
            if strict {
                a == b
            } else {
                a.polarity() == b.polarity()
            }
        };
        let matches = |p: &Keyed, gi: usize| same_target(p, gi) && same(p.2, gold[gi].stance);
        let correct: Vec<bool> = unique
            .iter()
            .map(|p| (0..gold.len()).any(|gi| matches(p, gi)))
            .collect();
        let found: Vec<bool> = (0..gold.len())
            .map(|gi| unique.iter().any(|p| matches(p, gi)))
            .collect();
        let f = figures(
            unique.len(),
            gold.len(),
            correct.iter().filter(|c| **c).count(),
            found.iter().filter(|f| **f).count(),
        );
        if strict {
            report.strict = f;
            report.missed = gold
                .iter()
                .zip(&found)
                .filter(|(_, f)| !**f)
                .map(|(g, _)| g.clone())
                .collect();
            report.spurious = unique
                .iter()
                .zip(&correct)
                .filter(|(_, c)| !**c)
                .map(|(p, _)| (*p.4).clone())
                .collect();
            for (g, f) in gold.iter().zip(&found) {
                for tag in &g.tags {
                    let e = report.by_tag.entry(tag.clone()).or_default();
                    e.0 += 1;
                    e.1 += usize::from(*f);
                }
            }
        } else {
            report.polarity = f;
        }
    }
    for (gi, g) in gold.iter().enumerate() {
        let predicted: BTreeSet<usize> = unique
            .iter()
            .filter(|p| same_target(p, gi))
            .map(|p| stance_index(p.2))
            .collect();
        if predicted.is_empty() {
            report.confusion[stance_index(g.stance)][4] += 1;
        }
        for p in predicted {
            report.confusion[stance_index(g.stance)][p] += 1;
        }
    }
    for p in &unique {
        if !(0..gold.len()).any(|gi| same_target(p, gi)) {
            report.confusion[4][stance_index(p.2)] += 1;
        }
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pred(article: &str, actor: &str, stance: Stance, proposal: &str) -> PredRow {
        PredRow {
            article: article.into(),
            actor: actor.into(),
            stance,
            proposal: proposal.into(),
        }
    }

    #[test]
    fn strict_and_polarity_with_alternatives_and_aliases() {
        let gold = parse_gold(
            Path::new("g.tsv"),
            "article\tactor\tstance\tproposal\ttags\na.txt\tMaria Zakharova|Russia\topposes\tceasefire\tattribution\na.txt\tPoland\tsupports\tsanctions\t\n",
        )
        .expect("gold parses");
        let mut aliases = HashMap::new();
        aliases.insert("moscow".to_string(), "russia".to_string());
        let preds = vec![
            pred("dir/a.txt", "Moscow", Stance::Opposes, "ceasefire"),
            pred("a", "Poland", Stance::Proposes, "sanctions"),
            pred("other.txt", "Poland", Stance::Proposes, "sanctions"),
        ];
        let r = score(&preds, &gold, &aliases);
        assert_eq!(
            (r.strict.predicted, r.strict.correct, r.strict.found),
            (2, 1, 1)
        );
        assert_eq!((r.polarity.correct, r.polarity.found), (2, 2));
        assert_eq!(r.by_tag.get("attribution"), Some(&(1, 1)));
        assert_eq!(r.confusion[0][2], 1, "gold supports predicted proposes");
    }

    #[test]
    fn predicted_alternatives_match_any_gold_actor() {
        let gold = parse_gold(
            Path::new("g.tsv"),
            "article\tactor\tstance\tproposal\na\tUkraine\tsupports\tsecurity-guarantees\n",
        )
        .expect("gold parses");
        let preds = vec![
            pred(
                "a",
                "Heorhii Tykhyi|Ukraine",
                Stance::Supports,
                "security-guarantees",
            ),
            pred("a", "Heorhii Tykhyi", Stance::Supports, "ceasefire"),
        ];
        let r = score(&preds, &gold, &HashMap::new());
        assert_eq!(
            (r.strict.predicted, r.strict.correct, r.strict.found),
            (2, 1, 1)
        );
    }

    #[test]
    fn a_serving_person_is_printed_with_the_state_they_speak_for() {
        use crate::ontology::{Gazetteer, Ontology};
        let gazetteer = Gazetteer::build(&Ontology::embedded().expect("embedded ontology"))
            .expect("valid ontology");
        let raw = "Placeholder headline\n\nSergey Lavrov rejected a ceasefire. Former chancellor \
                   Olaf Scholz backed sanctions. Moscow opposes NATO membership for Ukraine.\n";
        let article =
            crate::ingest::parse_article(Path::new("t.txt"), "t.txt", raw).expect("article parses");
        let cells: Vec<String> = crate::extract::extract_article(&article, &gazetteer)
            .iter()
            .map(|st| format!("{} {}", actor_cell(st, &gazetteer), st.proposal))
            .collect();
        assert_eq!(
            cells,
            [
                "Sergey Lavrov|Russia ceasefire",
                "Olaf Scholz sanctions",
                "Russia nato-membership"
            ]
        );
    }

    #[test]
    fn new_proposals_match_by_content_words() {
        assert!(proposal_match(
            "new:guarantee-for-russia",
            "new:guarantees-for-russia"
        ));
        assert!(!proposal_match("ceasefire", "new:ceasefire"));
    }

    #[test]
    fn unknown_stance_names_line() {
        let err = parse_gold(
            Path::new("g.tsv"),
            "article\tactor\tstance\tproposal\na\tb\tloves\tc\n",
        )
        .expect_err("bad stance");
        assert_eq!(
            err.to_string(),
            "g.tsv:2: unknown stance \"loves\" (expected supports, opposes, proposes or considers)"
        );
    }
}
