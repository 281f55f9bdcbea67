//! The data that flows between stages: articles, sentences, statements and their provenance.
//!
//! Plain data with serde derives and no behaviour beyond parsing and printing names.

use std::fmt;
use std::ops::Range;
use std::path::PathBuf;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A stable article id: the first 16 hex digits of the SHA-256 of the cleaned text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ArticleId(pub String);

impl fmt::Display for ArticleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A calendar date (proleptic Gregorian), as printed in articles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Date {
    /// Four-digit year.
    pub year: i32,
    /// Month, 1 to 12.
    pub month: u32,
    /// Day of month, 1 to 31.
    pub day: u32,
}

impl Date {
    /// The date when `year`, `month` and `day` name a real day of the proleptic Gregorian
    /// calendar ("2025-02-29" does not).
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        (day >= 1 && day <= Date::days_in_month(year, month)).then_some(Date { year, month, day })
    }

    /// The number of days of `month` (1–12) in `year`; 0 for a month out of range.
    pub fn days_in_month(year: i32, month: u32) -> u32 {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => 0,
        }
    }

    /// The month (1–12) an English month name or its abbreviation names, in any case
    /// ("August", "aug", "Sept").
    pub fn month_from_name(name: &str) -> Option<u32> {
        const MONTHS: [(&str, &str); 12] = [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may", "may"),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ];
        let word = name.to_ascii_lowercase();
        let index = MONTHS
            .iter()
            .position(|(full, short)| word == *full || word == *short)
            .or_else(|| (word == "sept").then_some(8))?;
        u32::try_from(index).ok().map(|i| i + 1)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// What kind of text unit a sentence comes from; headlines and bullets are their own units.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum UnitKind {
    /// The article's first line.
    Title,
    /// A short line without final punctuation inside the body (a sub-headline).
    Heading,
    /// An item of a bullet or numbered list.
    Bullet,
    /// A sentence of an ordinary paragraph.
    Body,
}

/// One sentence (or headline, or bullet) of an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Position in the article, from 0.
    pub index: usize,
    /// Byte range into [`Article::text`], always on character boundaries.
    pub span: Range<usize>,
    /// Index of the paragraph (line) the sentence belongs to.
    pub paragraph: usize,
    /// Which kind of unit this is.
    pub kind: UnitKind,
}

/// A cleaned article ready for extraction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// Content hash of [`Article::text`].
    pub id: ArticleId,
    /// The file the article was read from.
    pub path: PathBuf,
    /// The file name, which identifies a document across edits (a changed file replaces its graph).
    pub name: String,
    /// The first non-empty line.
    pub title: String,
    /// Publication date when the text carries one.
    pub date: Option<Date>,
    /// The outlet when the text names it ("Source: …", "By X, Outlet").
    pub source: Option<String>,
    /// Cleaned text: title and body lines joined by `\n`, metadata and boilerplate removed.
    pub text: String,
    /// Sentences in order; their spans index into `text`.
    pub sentences: Vec<Sentence>,
}

impl Article {
    /// The text of one sentence.
    pub fn sentence_text(&self, sentence: &Sentence) -> &str {
        self.text.get(sentence.span.clone()).unwrap_or("")
    }
}

/// The four stances of the annotation guidelines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    /// Endorses, backs, seeks, demands, accepts.
    Supports,
    /// Rejects, refuses, rules out, will not accept.
    Opposes,
    /// Originates, offers, plans, is prepared to deploy.
    Proposes,
    /// Discusses, reviews, weighs, without commitment.
    Considers,
}

impl Stance {
    /// All stances, in a fixed order.
    pub const ALL: [Stance; 4] = [
        Stance::Supports,
        Stance::Opposes,
        Stance::Proposes,
        Stance::Considers,
    ];

    /// The lowercase name used in TSV, JSON and IRIs.
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Supports => "supports",
            Stance::Opposes => "opposes",
            Stance::Proposes => "proposes",
            Stance::Considers => "considers",
        }
    }

    /// Polarity class used by the scorer: `+` for supports/proposes, `-` for opposes, `?` for considers.
    pub fn polarity(self) -> char {
        match self {
            Stance::Supports | Stance::Proposes => '+',
            Stance::Opposes => '-',
            Stance::Considers => '?',
        }
    }
}

impl fmt::Display for Stance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Error for a string that names no stance.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown stance {0:?} (expected supports, opposes, proposes or considers)")]
pub struct UnknownStance(pub String);

impl FromStr for Stance {
    type Err = UnknownStance;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim() {
            "supports" => Ok(Stance::Supports),
            "opposes" => Ok(Stance::Opposes),
            "proposes" => Ok(Stance::Proposes),
            "considers" => Ok(Stance::Considers),
            other => Err(UnknownStance(other.to_owned())),
        }
    }
}

/// A proposal: a concept of the ontology (by slug) or an open one found in text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ProposalRef {
    /// A concept of the proposal scheme, by its slug (the IRI's local name).
    Known(String),
    /// A proposal no concept matches, by a normalised lowercase hyphenated label.
    New(String),
}

impl fmt::Display for ProposalRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProposalRef::Known(slug) => f.write_str(slug),
            ProposalRef::New(label) => write!(f, "new:{label}"),
        }
    }
}

/// Where a statement comes from and how sure the extractor is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Provenance {
    /// The article's id.
    pub article: ArticleId,
    /// The article's file name.
    pub article_name: String,
    /// Index of the sentence that carries the stance.
    pub sentence: usize,
    /// Byte range of the evidence in the article text.
    pub span: Range<usize>,
    /// Character range of the evidence (what is written out).
    pub char_span: Range<usize>,
    /// A short quote from the sentence.
    pub evidence: String,
    /// The statement's date: the day its sentence names ("on the 19th (local time)", "last
    /// week"), resolved against the article's date, else the article's date; `None` when the
    /// article is undated.
    pub date: Option<Date>,
    /// The article's publication date, if known.
    pub article_date: Option<Date>,
    /// Order of the stance in the actor's history as the article tells it: 0 for an earlier
    /// stance it reports as superseded or preceding ("initially rejected"), 1 for the current one.
    pub sequence: u32,
    /// Confidence in 0..=1.
    pub confidence: f32,
    /// Name of the extractor that produced the statement.
    pub extractor: String,
}

/// A person the ontology does not list, introduced in the text by a title
/// ("Latvian Foreign Minister Baiba Braže").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewActor {
    /// Slug of the state the title names, when it names one.
    pub country: Option<String>,
}

/// One actor–stance–proposal statement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// The actor's IRI local name (its slug in the ontology).
    pub actor: String,
    /// The actor's canonical label.
    pub actor_label: String,
    /// Set when the actor is not in the ontology but was introduced by a title in the text.
    pub new_actor: Option<NewActor>,
    /// The stance held.
    pub stance: Stance,
    /// What the stance is about.
    pub proposal: ProposalRef,
    /// A proposal the stance depends on ("accepts X if Y").
    pub condition: Option<ProposalRef>,
    /// Where it was found.
    pub prov: Provenance,
}
