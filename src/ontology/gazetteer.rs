//! Turtle triples → lookup tables: actors, proposals with co-occurrence rules, and cue lexicon,
//! compiled into Aho-Corasick automata that find every term of a sentence in one pass.

use std::collections::{BTreeMap, HashMap};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use oxigraph::model::{Literal, Quad, Term};

use super::vocab::{self, sg};
use super::{Ontology, OntologyError};
use crate::model::Stance;

/// What kind of actor an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ActorKind {
    /// A person who speaks or acts.
    Person,
    /// A state and its government.
    State,
    /// An organisation, alliance or party.
    Organization,
}

/// Grammatical gender used for pronoun resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    /// "he", "his".
    Male,
    /// "she", "her".
    Female,
}

/// One actor of `actors.ttl`.
#[derive(Debug, Clone)]
pub struct ActorEntry {
    /// IRI local name.
    pub slug: String,
    /// Canonical `rdfs:label`.
    pub label: String,
    /// Person, state or organisation.
    pub kind: ActorKind,
    /// `skos:altLabel` surface forms (matched case-sensitively).
    pub aliases: Vec<String>,
    /// Lowercase role nouns (`sg:title`): "president", "foreign minister".
    pub titles: Vec<String>,
    /// For pronouns.
    pub gender: Option<Gender>,
    /// Slug of the state or organisation the person speaks for.
    pub country: Option<String>,
    /// Adjectival forms of a state ("Russian").
    pub demonyms: Vec<String>,
    /// An official whose statements the graph credits to `country` (`sg:creditedToCountry`).
    pub credited_to_country: bool,
    /// Heads `country` (`sg:leads`): voices the state when reporting its stance.
    pub leads: bool,
}

impl ActorEntry {
    /// The slug of the state or organisation the actor belongs to: a person's `country`,
    /// anything else itself.
    pub fn side(&self) -> Option<&str> {
        match self.kind {
            ActorKind::Person => self.country.as_deref(),
            _ => Some(self.slug.as_str()),
        }
    }

    /// The state or organisation a serving person speaks for: a leader's, an official's or a
    /// spokesperson's `country`, but not that of someone whose every title is a former one
    /// ("former chancellor"), who speaks only for themself.
    pub fn speaks_for(&self) -> Option<&str> {
        let serving = self.leads
            || self.credited_to_country
            || self.titles.iter().any(|t| !t.starts_with("former "));
        match self.kind {
            ActorKind::Person if serving => self.country.as_deref(),
            _ => None,
        }
    }

    /// Whether this person heads `state` (`sg:leads`) and so voices it.
    pub fn heads(&self, state: &ActorEntry) -> bool {
        self.leads && self.country.as_deref() == Some(state.slug.as_str())
    }
}

/// A co-occurrence rule: a head form and a modifier form within `window` tokens.
#[derive(Debug, Clone)]
pub struct ProposalRule {
    /// Head nouns or phrases ("troops").
    pub heads: Vec<String>,
    /// Modifiers ("American").
    pub modifiers: Vec<String>,
    /// Maximal distance in tokens between head and modifier.
    pub window: usize,
    /// A match names the proposal's absence (`sg:negates true`): stances on it are reversed.
    pub negates: bool,
}

/// One proposal concept of `proposals.ttl`.
#[derive(Debug, Clone)]
pub struct ProposalEntry {
    /// IRI local name, the slug of PROPOSALS.tsv.
    pub slug: String,
    /// `skos:prefLabel`.
    pub label: String,
    /// `skos:altLabel` phrases (matched case-insensitively).
    pub phrases: Vec<String>,
    /// Co-occurrence rules.
    pub rules: Vec<ProposalRule>,
    /// `sg:specialises`: the slug of the broader concept whose un-nationalised mentions
    /// ("ground troops") this concept takes when `forces_of` rules them out or offers them.
    pub specialises: Option<String>,
    /// `sg:forcesOf`: the slug of the state whose own forces this concept is.
    pub forces_of: Option<String>,
    /// A recurring proposal outside the evaluation scheme (`sg:OpenProposalScheme`, IRI under
    /// `proposal/new/`): statements name it `new:<slug>`, as open proposals are.
    pub open: bool,
    /// `skos:broader`: slugs of the broader concepts. A sentence that gives a holder a stance
    /// on this concept names it, not the broader one ("a guarantee mirroring Article 5").
    pub broader: Vec<String>,
    /// A written proposal (`sg:document true`: "the 28-point plan"): its mentions are also
    /// documents, with authors and provisions, and "the plan" refers back to it.
    pub document: bool,
    /// Head nouns that refer back to a mention of this concept although its name lacks them
    /// (`sg:referredToAs`: sanctions are "the measures", "the package").
    pub referred_to_as: Vec<String>,
    /// `sg:meetingOf`: for a meeting of leaders, the slugs of the states that meet, sorted.
    pub meeting_of: Vec<String>,
    /// `sg:enactedBy`: slugs of the actors that draft and enact this measure themselves (the
    /// EU its sanctions packages): their support for it or work on it is proposing it.
    pub enacted_by: Vec<String>,
    /// `sg:concerns`: the slug of the state the concept is about (limits on Ukraine's army):
    /// a rule match that names another state inside it ("limits on Russia's armed forces")
    /// is no mention of it.
    pub concerns: Option<String>,
}

impl ProposalEntry {
    /// How a statement names this proposal: `Known(slug)`, or `New(slug)` for an open one.
    pub fn reference(&self) -> crate::model::ProposalRef {
        if self.open {
            crate::model::ProposalRef::New(self.slug.clone())
        } else {
            crate::model::ProposalRef::Known(self.slug.clone())
        }
    }
}

/// The lexicon classes of `lexicon.ttl`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CueKind {
    /// A stance cue with its stance.
    Stance(Stance),
    /// Negation ("not", "never", "under no circumstances").
    Negation,
    /// Speculation that voids a stance ("is likely to").
    Hedge,
    /// Opens a condition ("if", "in exchange for").
    Condition,
    /// Reporting verb ("said").
    Reporting,
    /// Names a source, not an actor ("according to").
    Source,
    /// Contrast ("but", "however").
    Contrast,
    /// Personal pronoun, with gender when it has one.
    Pronoun(Option<Gender>),
    /// Refers back to a proposal ("this idea", "the plan").
    ProposalAnaphor,
    /// A collective noun after which "of X" names a holder ("the governments of France").
    Institution,
    /// Reverses the proposal it governs ("an end to", "a halt to").
    Reversal,
}

/// One lexicon entry.
#[derive(Debug, Clone)]
pub struct Cue {
    /// IRI local name.
    pub name: String,
    /// Class of the cue.
    pub kind: CueKind,
    /// Reliability in 0..=1 (`sg:weight`, default 0.8).
    pub weight: f32,
    /// Surface forms (`sg:form`), matched case-insensitively.
    pub forms: Vec<String>,
    /// What the cue means when negated (`sg:negatedStance`), for stance cues that define it.
    pub negated: Option<Stance>,
    /// An obligation modal (`sg:deontic true`): in reported speech the speaker holds the stance.
    pub deontic: bool,
    /// A predicate that judges its subject (`sg:judgesSubject true`): "X is a basis for talks".
    pub judges_subject: bool,
    /// Keeping a measure in force (`sg:keepsInForce true`): support, even by its enactor.
    pub keeps_in_force: bool,
    /// A passive of pressure (`sg:patientSubject true`): "Ukraine cannot be forced to …" is
    /// never Ukraine's stance.
    pub patient_subject: bool,
    /// A proposal anaphor naming one share of one proposal (`sg:single true`): "its
    /// contribution".
    pub single: bool,
}

/// What a matched surface form stands for; one form may stand for several things.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TermRef {
    /// An actor alias or label (index into [`Gazetteer::actors`]).
    Actor(usize),
    /// A state's demonym ("Russian").
    Demonym(usize),
    /// A role noun; the `usize` indexes [`Gazetteer::titles`].
    Title(usize),
    /// A proposal phrase (index into [`Gazetteer::proposals`]).
    Proposal(usize),
    /// A rule head: (proposal, rule).
    RuleHead(usize, usize),
    /// A rule modifier: (proposal, rule).
    RuleModifier(usize, usize),
    /// A lexicon cue (index into [`Gazetteer::cues`]).
    Cue(usize),
}

/// One occurrence of a known form in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermHit {
    /// Byte range in the scanned text.
    pub start: usize,
    /// End of the byte range.
    pub end: usize,
    /// What the form stands for.
    pub term: TermRef,
}

/// Words of `lexicon.ttl` about written proposals (a peace plan, a draft, a counterproposal),
/// each form as its lowercase words; matched word by word, outside the cue automaton, since
/// "proposal" and "draft" are stance cues too.
#[derive(Debug, Clone, Default)]
pub struct DocumentWords {
    /// Nouns naming a written proposal (`sg:DocumentNoun`: "plan", "draft", "counterproposal").
    pub nouns: Vec<Vec<String>>,
    /// Verbs by which a document states a provision (`sg:ProvisionVerb`: "would", "calls for").
    pub provisions: Vec<Vec<String>>,
    /// Verbs by which an actor authors a document (`sg:AuthoringVerb`: "drafted", "handed").
    pub authoring: Vec<Vec<String>>,
}

impl DocumentWords {
    /// Whether a lowercase word is a one-word document noun ("plan" in "the plan").
    pub fn is_noun(&self, word: &str) -> bool {
        self.nouns.iter().any(|f| f.len() == 1 && f[0] == word)
    }
}

/// Lookup tables and automata built once from the ontology.
#[derive(Debug)]
pub struct Gazetteer {
    /// Actors, sorted by slug.
    pub actors: Vec<ActorEntry>,
    /// Proposal concepts, sorted by slug.
    pub proposals: Vec<ProposalEntry>,
    /// Lexicon cues, sorted by name.
    pub cues: Vec<Cue>,
    /// Distinct role nouns with the persons that bear them.
    pub titles: Vec<(String, Vec<usize>)>,
    /// The lexicon's words for written proposals and their provisions.
    pub documents: DocumentWords,
    /// Single words naming an aim (`sg:AimNoun`: "plan", "bid") or the carrying out of a
    /// proposal (`sg:ActionNoun`: "deployment", "delivery"), lowercase: a reversal reaches a
    /// proposal across them ("renunciation of any plan to join NATO", "an end to the
    /// deployment of European troops").
    pub aim_nouns: Vec<String>,
    /// Head nouns a definite phrase can refer back with (`sg:AnaphoricHead`: "the force", "such
    /// a mission"), lowercase single words.
    pub anaphoric_heads: Vec<String>,
    /// Participles that, after a proposal and a form of "be", reverse it
    /// (`sg:ReversalParticiple`: "sanctions are lifted"), each as its lowercase words.
    pub reversal_participles: Vec<Vec<String>>,
    /// Single words naming a meeting (`sg:MeetingNoun`: "meeting", "summit"), lowercase: with
    /// "between" and a list of states or their leaders they name a meeting proposal.
    pub meeting_nouns: Vec<String>,
    /// Verbs of telling (`sg:TellingVerb`: "told", "assured"), lowercase single words: the
    /// addressee after them is no subject of the reported clause.
    pub telling_verbs: Vec<String>,
    /// Words that mark an account of talks besides a meeting noun (`sg:TalksWord`:
    /// "between", "met"), lowercase single words.
    pub talks_words: Vec<String>,
    /// Plural nouns for the two parties of talks (`sg:SideNoun`: "sides", "delegations"),
    /// lowercase single words.
    pub side_nouns: Vec<String>,
    /// Verbs of backing (`sg:BackingVerb`: "back", "support"), lowercase single words: what
    /// a cue ending in one backs its object with is offered.
    pub backing_verbs: Vec<String>,
    exact: Matcher,
    folded: Matcher,
}

#[derive(Debug)]
struct Matcher {
    automaton: AhoCorasick,
    terms: Vec<Vec<TermRef>>,
}

impl Matcher {
    fn new(
        forms: BTreeMap<String, Vec<TermRef>>,
        case_insensitive: bool,
    ) -> Result<Self, OntologyError> {
        let (patterns, terms): (Vec<String>, Vec<Vec<TermRef>>) = forms.into_iter().unzip();
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .ascii_case_insensitive(case_insensitive)
            .build(&patterns)
            .map_err(|e| OntologyError::Invalid {
                file: "ontology".into(),
                iri: vocab::SG.into(),
                message: format!("cannot build matcher: {e}"),
            })?;
        Ok(Self { automaton, terms })
    }

    fn scan(&self, text: &str, out: &mut Vec<TermHit>) {
        for m in self.automaton.find_overlapping_iter(text) {
            if !at_word_boundaries(text, m.start(), m.end()) {
                continue;
            }
            for &term in &self.terms[m.pattern().as_usize()] {
                out.push(TermHit {
                    start: m.start(),
                    end: m.end(),
                    term,
                });
            }
        }
    }
}

/// Whether `text[start..end]` is delimited by non-word characters.
fn at_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let first = text[start..end].chars().next();
    let last = text[start..end].chars().next_back();
    let is_word = |c: char| c.is_alphanumeric();
    let left_ok = before.is_none_or(|b| !(is_word(b) && first.is_some_and(is_word)));
    let right_ok = after.is_none_or(|a| !(is_word(a) && last.is_some_and(is_word)));
    left_ok && right_ok
}

/// Triples grouped by subject, remembering which file declared each subject.
struct Index<'a> {
    by_subject: HashMap<String, Vec<(&'a str, &'a Term)>>,
    file_of: HashMap<String, String>,
}

impl<'a> Index<'a> {
    fn new(ontology: &'a Ontology) -> Self {
        let mut by_subject: HashMap<String, Vec<(&str, &Term)>> = HashMap::new();
        let mut file_of = HashMap::new();
        for (file, quads) in &ontology.files {
            for Quad {
                subject,
                predicate,
                object,
                ..
            } in quads
            {
                let key = subject.to_string();
                file_of.entry(key.clone()).or_insert_with(|| file.clone());
                by_subject
                    .entry(key)
                    .or_default()
                    .push((predicate.as_str(), object));
            }
        }
        Self {
            by_subject,
            file_of,
        }
    }

    fn subjects_of_type(&self, class: &str) -> Vec<String> {
        let mut out: Vec<String> = self
            .by_subject
            .iter()
            .filter(|(_, props)| {
                props.iter().any(|(p, o)| {
                    *p == vocab::RDF_TYPE && matches!(o, Term::NamedNode(n) if n.as_str() == class)
                })
            })
            .map(|(s, _)| s.clone())
            .collect();
        out.sort();
        out
    }

    fn objects(&self, subject: &str, predicate: &str) -> Vec<&'a Term> {
        self.by_subject
            .get(subject)
            .map(|props| {
                props
                    .iter()
                    .filter(|(p, _)| *p == predicate)
                    .map(|(_, o)| *o)
                    .collect()
            })
            .unwrap_or_default()
    }

    fn strings(&self, subject: &str, predicate: &str) -> Vec<String> {
        let mut out: Vec<String> = self
            .objects(subject, predicate)
            .into_iter()
            .filter_map(|o| match o {
                Term::Literal(l) => Some(l.value().trim().to_owned()),
                _ => None,
            })
            .filter(|s| !s.is_empty())
            .collect();
        out.dedup();
        out
    }

    /// Whether an `xsd:boolean` property (`sg:leads true`) is set on `subject`.
    fn flag(&self, subject: &str, predicate: &str) -> bool {
        self.objects(subject, predicate)
            .iter()
            .any(|t| matches!(t, Term::Literal(l) if l.value() == "true"))
    }

    fn iris(&self, subject: &str, predicate: &str) -> Vec<String> {
        self.objects(subject, predicate)
            .into_iter()
            .filter_map(|o| match o {
                Term::NamedNode(n) => Some(n.as_str().to_owned()),
                _ => None,
            })
            .collect()
    }

    fn file(&self, subject: &str) -> String {
        self.file_of
            .get(subject)
            .cloned()
            .unwrap_or_else(|| "ontology".into())
    }
}

/// `<iri>` as written by oxrdf's Display → the bare IRI.
fn bare(subject: &str) -> &str {
    subject.trim_start_matches('<').trim_end_matches('>')
}

fn local_name<'s>(iri: &'s str, namespace: &str) -> Option<&'s str> {
    bare(iri).strip_prefix(namespace).filter(|s| !s.is_empty())
}

impl Gazetteer {
    /// The meeting proposal whose `sg:meetingOf` states are exactly `states` (slugs, sorted and
    /// without repeats), if the ontology has one.
    pub fn meeting_proposal(&self, states: &[&str]) -> Option<usize> {
        self.proposals.iter().position(|p| p.meeting_of == states)
    }

    /// Builds and validates the tables; errors name the file and the IRI at fault.
    pub fn build(ontology: &Ontology) -> Result<Self, OntologyError> {
        let index = Index::new(ontology);
        let actors = build_actors(&index)?;
        let proposals = build_proposals(&index)?;
        let cues = build_cues(&index)?;
        let word_forms = |class: &str| -> Vec<Vec<String>> {
            index
                .subjects_of_type(&sg(class))
                .iter()
                .flat_map(|s| index.strings(s, &sg("form")))
                .map(|f| {
                    f.to_lowercase()
                        .split_whitespace()
                        .map(str::to_owned)
                        .collect()
                })
                .collect()
        };
        let documents = DocumentWords {
            nouns: word_forms("DocumentNoun"),
            provisions: word_forms("ProvisionVerb"),
            authoring: word_forms("AuthoringVerb"),
        };
        let aim_nouns = word_forms("AimNoun")
            .into_iter()
            .chain(word_forms("ActionNoun"))
            .flatten()
            .collect::<Vec<_>>();

        let mut exact: BTreeMap<String, Vec<TermRef>> = BTreeMap::new();
        let mut folded: BTreeMap<String, Vec<TermRef>> = BTreeMap::new();
        let mut alias_owner: HashMap<String, usize> = HashMap::new();
        let mut titles: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (i, actor) in actors.iter().enumerate() {
            for alias in std::iter::once(&actor.label).chain(&actor.aliases) {
                if let Some(&other) = alias_owner.get(alias) {
                    if other != i {
                        return Err(OntologyError::DuplicateAlias {
                            alias: alias.clone(),
                            first: format!("{}{}", vocab::ACTOR, actors[other].slug),
                            second: format!("{}{}", vocab::ACTOR, actor.slug),
                        });
                    }
                    continue;
                }
                alias_owner.insert(alias.clone(), i);
                for form in capitalised_variants(alias) {
                    push_unique(exact.entry(form).or_default(), TermRef::Actor(i));
                }
            }
            for demonym in &actor.demonyms {
                push_unique(
                    exact.entry(demonym.clone()).or_default(),
                    TermRef::Demonym(i),
                );
            }
            for title in &actor.titles {
                titles.entry(title.to_lowercase()).or_default().push(i);
            }
        }
        let titles: Vec<(String, Vec<usize>)> = titles.into_iter().collect();
        for (t, (title, _)) in titles.iter().enumerate() {
            push_unique(folded.entry(title.clone()).or_default(), TermRef::Title(t));
        }
        for (p, proposal) in proposals.iter().enumerate() {
            for phrase in std::iter::once(&proposal.label).chain(&proposal.phrases) {
                push_unique(
                    folded.entry(phrase.to_lowercase()).or_default(),
                    TermRef::Proposal(p),
                );
            }
            for (r, rule) in proposal.rules.iter().enumerate() {
                for head in &rule.heads {
                    push_unique(
                        folded.entry(head.to_lowercase()).or_default(),
                        TermRef::RuleHead(p, r),
                    );
                }
                for modifier in &rule.modifiers {
                    push_unique(
                        folded.entry(modifier.to_lowercase()).or_default(),
                        TermRef::RuleModifier(p, r),
                    );
                }
            }
        }
        for (c, cue) in cues.iter().enumerate() {
            for form in &cue.forms {
                push_unique(
                    folded.entry(form.to_lowercase()).or_default(),
                    TermRef::Cue(c),
                );
            }
        }
        Ok(Self {
            actors,
            proposals,
            cues,
            titles,
            documents,
            aim_nouns,
            meeting_nouns: word_forms("MeetingNoun").into_iter().flatten().collect(),
            telling_verbs: word_forms("TellingVerb").into_iter().flatten().collect(),
            backing_verbs: word_forms("BackingVerb").into_iter().flatten().collect(),
            talks_words: word_forms("TalksWord").into_iter().flatten().collect(),
            side_nouns: word_forms("SideNoun").into_iter().flatten().collect(),
            anaphoric_heads: word_forms("AnaphoricHead").into_iter().flatten().collect(),
            reversal_participles: word_forms("ReversalParticiple"),
            exact: Matcher::new(exact, false)?,
            folded: Matcher::new(folded, true)?,
        })
    }

    /// Every known form in `text`, overlapping matches included, sorted by position.
    pub fn scan(&self, text: &str) -> Vec<TermHit> {
        let mut hits = Vec::new();
        self.exact.scan(text, &mut hits);
        self.folded.scan(text, &mut hits);
        hits.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
        hits
    }

    /// Whether `word` (lowercase) is by itself a negation cue of the lexicon ("not", "never",
    /// "won't"), so that a cue form containing it is a negated form ("will not accept").
    pub fn is_negation_word(&self, word: &str) -> bool {
        self.cues.iter().any(|cue| {
            cue.kind == CueKind::Negation && cue.forms.iter().any(|f| f.eq_ignore_ascii_case(word))
        })
    }

    /// The actor with this slug.
    pub fn actor(&self, slug: &str) -> Option<usize> {
        self.actors.iter().position(|a| a.slug == slug)
    }

    /// The proposal with this slug.
    pub fn proposal(&self, slug: &str) -> Option<usize> {
        self.proposals.iter().position(|p| p.slug == slug)
    }
}

fn push_unique(list: &mut Vec<TermRef>, term: TermRef) {
    if !list.contains(&term) {
        list.push(term);
    }
}

/// An alias as written, plus a sentence-initial capitalised variant ("the Kremlin" → "The Kremlin").
fn capitalised_variants(alias: &str) -> Vec<String> {
    let mut out = vec![alias.to_owned()];
    let mut chars = alias.chars();
    if let Some(first) = chars.next() {
        if first.is_lowercase() {
            out.push(first.to_uppercase().chain(chars).collect());
        }
    }
    out
}

fn build_actors(index: &Index<'_>) -> Result<Vec<ActorEntry>, OntologyError> {
    let mut actors = Vec::new();
    for (class, kind) in [
        ("Person", ActorKind::Person),
        ("State", ActorKind::State),
        ("Organization", ActorKind::Organization),
    ] {
        for subject in index.subjects_of_type(&sg(class)) {
            let Some(slug) = local_name(&subject, vocab::ACTOR) else {
                continue;
            };
            let label = index
                .strings(&subject, vocab::RDFS_LABEL)
                .into_iter()
                .next()
                .ok_or_else(|| OntologyError::Missing {
                    file: index.file(&subject),
                    iri: bare(&subject).to_owned(),
                    property: "rdfs:label",
                })?;
            let gender = match index
                .strings(&subject, &sg("gender"))
                .first()
                .map(String::as_str)
            {
                None => None,
                Some("male") => Some(Gender::Male),
                Some("female") => Some(Gender::Female),
                Some(other) => {
                    return Err(OntologyError::Invalid {
                        file: index.file(&subject),
                        iri: bare(&subject).to_owned(),
                        message: format!("sg:gender {other:?} is neither \"male\" nor \"female\""),
                    })
                }
            };
            actors.push(ActorEntry {
                slug: slug.to_owned(),
                label,
                kind,
                aliases: index.strings(&subject, vocab::SKOS_ALT_LABEL),
                titles: index
                    .strings(&subject, &sg("title"))
                    .iter()
                    .map(|t| t.to_lowercase())
                    .collect(),
                gender,
                country: index
                    .iris(&subject, &sg("country"))
                    .first()
                    .and_then(|c| local_name(c, vocab::ACTOR).map(str::to_owned)),
                demonyms: index.strings(&subject, &sg("demonym")),
                credited_to_country: index.flag(&subject, &sg("creditedToCountry")),
                leads: index.flag(&subject, &sg("leads")),
            });
        }
    }
    actors.sort_by(|a, b| a.slug.cmp(&b.slug));
    Ok(actors)
}

fn build_proposals(index: &Index<'_>) -> Result<Vec<ProposalEntry>, OntologyError> {
    let mut proposals = Vec::new();
    for subject in index.subjects_of_type(vocab::SKOS_CONCEPT) {
        let Some(slug) = local_name(&subject, vocab::PROPOSAL) else {
            continue;
        };
        let (slug, open) = match slug.strip_prefix("new/") {
            Some(rest) => (rest, true),
            None => (slug, false),
        };
        let label = index
            .strings(&subject, vocab::SKOS_PREF_LABEL)
            .into_iter()
            .next()
            .ok_or_else(|| OntologyError::Missing {
                file: index.file(&subject),
                iri: bare(&subject).to_owned(),
                property: "skos:prefLabel",
            })?;
        let mut rules = Vec::new();
        for rule in index.objects(&subject, &sg("rule")) {
            let key = rule.to_string();
            let heads = index.strings(&key, &sg("head"));
            let modifiers = index.strings(&key, &sg("modifier"));
            if heads.is_empty() || modifiers.is_empty() {
                return Err(OntologyError::Invalid {
                    file: index.file(&subject),
                    iri: bare(&subject).to_owned(),
                    message: "an sg:rule needs at least one sg:head and one sg:modifier".into(),
                });
            }
            let window = index
                .objects(&key, &sg("window"))
                .first()
                .and_then(|t| match t {
                    Term::Literal(l) => l.value().parse().ok(),
                    _ => None,
                })
                .unwrap_or(4);
            let negates = index.flag(&key, &sg("negates"));
            rules.push(ProposalRule {
                heads,
                modifiers,
                window,
                negates,
            });
        }
        let first_iri = |property: &str, namespace: &str| {
            index
                .iris(&subject, &sg(property))
                .first()
                .and_then(|iri| local_name(iri, namespace).map(str::to_owned))
        };
        // The actors a property names: each must be one of actors.ttl, and a sg:State where
        // `state` is asked for ("a meeting between Zelensky and Putin": the meeting's states
        // must be states).
        let actors_of = |property: &str, state: bool| -> Result<Vec<String>, OntologyError> {
            let mut slugs = Vec::new();
            for iri in index.iris(&subject, &sg(property)) {
                let types = index.objects(&format!("<{iri}>"), vocab::RDF_TYPE);
                let fits = if state {
                    types.iter().any(
                        |t| matches!(t, Term::NamedNode(n) if n.as_str() == sg("State").as_str()),
                    )
                } else {
                    !types.is_empty()
                };
                match local_name(&iri, vocab::ACTOR).filter(|_| fits) {
                    Some(slug) => slugs.push(slug.to_owned()),
                    None => {
                        let kind = if state { "sg:State" } else { "actor" };
                        return Err(OntologyError::Invalid {
                            file: index.file(&subject),
                            iri: bare(&subject).to_owned(),
                            message: format!("sg:{property} <{iri}> is no {kind} of actors.ttl"),
                        });
                    }
                }
            }
            Ok(slugs)
        };
        let mut meeting_of = actors_of("meetingOf", true)?;
        meeting_of.sort();
        let enacted_by = actors_of("enactedBy", false)?;
        let concerns = actors_of("concerns", true)?.into_iter().next();
        proposals.push(ProposalEntry {
            slug: slug.to_owned(),
            label,
            phrases: index.strings(&subject, vocab::SKOS_ALT_LABEL),
            rules,
            specialises: first_iri("specialises", vocab::PROPOSAL),
            forces_of: first_iri("forcesOf", vocab::ACTOR),
            open,
            document: index.flag(&subject, &sg("document")),
            referred_to_as: index
                .strings(&subject, &sg("referredToAs"))
                .into_iter()
                .map(|s| s.to_lowercase())
                .collect(),
            meeting_of,
            enacted_by,
            concerns,
            broader: index
                .iris(&subject, vocab::SKOS_BROADER)
                .iter()
                .filter_map(|iri| local_name(iri, vocab::PROPOSAL).map(str::to_owned))
                .collect(),
        });
    }
    proposals.sort_by(|a, b| a.slug.cmp(&b.slug));
    Ok(proposals)
}

fn build_cues(index: &Index<'_>) -> Result<Vec<Cue>, OntologyError> {
    let stance_of = |iri: &str| match iri.strip_prefix(vocab::SG) {
        Some("Supports") => Some(Stance::Supports),
        Some("Opposes") => Some(Stance::Opposes),
        Some("Proposes") => Some(Stance::Proposes),
        Some("Considers") => Some(Stance::Considers),
        _ => None,
    };
    let mut cues = Vec::new();
    let classes = [
        "StanceCue",
        "NegationCue",
        "HedgeCue",
        "ConditionCue",
        "ReportingCue",
        "SourceCue",
        "ContrastCue",
        "Pronoun",
        "ProposalAnaphor",
        "InstitutionNoun",
        "ReversalCue",
    ];
    for class in classes {
        for subject in index.subjects_of_type(&sg(class)) {
            let Some(name) = local_name(&subject, vocab::LEXICON) else {
                continue;
            };
            let invalid = |message: String| OntologyError::Invalid {
                file: index.file(&subject),
                iri: bare(&subject).to_owned(),
                message,
            };
            let forms = index.strings(&subject, &sg("form"));
            if forms.is_empty() {
                return Err(OntologyError::Missing {
                    file: index.file(&subject),
                    iri: bare(&subject).to_owned(),
                    property: "sg:form",
                });
            }
            let kind = match class {
                "StanceCue" => {
                    let stances = index.iris(&subject, &sg("stance"));
                    match stances.as_slice() {
                        [one] => CueKind::Stance(stance_of(one).ok_or_else(|| {
                            invalid(format!("sg:stance <{one}> is not one of sg:Supports, sg:Opposes, sg:Proposes, sg:Considers"))
                        })?),
                        _ => return Err(invalid(format!("a stance cue needs exactly one sg:stance, found {}", stances.len()))),
                    }
                }
                "NegationCue" => CueKind::Negation,
                "HedgeCue" => CueKind::Hedge,
                "ConditionCue" => CueKind::Condition,
                "ReportingCue" => CueKind::Reporting,
                "SourceCue" => CueKind::Source,
                "ContrastCue" => CueKind::Contrast,
                "ProposalAnaphor" => CueKind::ProposalAnaphor,
                "InstitutionNoun" => CueKind::Institution,
                "ReversalCue" => CueKind::Reversal,
                _ => CueKind::Pronoun(
                    match index
                        .strings(&subject, &sg("gender"))
                        .first()
                        .map(String::as_str)
                    {
                        Some("male") => Some(Gender::Male),
                        Some("female") => Some(Gender::Female),
                        _ => None,
                    },
                ),
            };
            let weight = index
                .objects(&subject, &sg("weight"))
                .first()
                .and_then(|t| match t {
                    Term::Literal(l) => literal_f32(l),
                    _ => None,
                })
                .unwrap_or(0.8);
            let negated = match index.iris(&subject, &sg("negatedStance")).as_slice() {
                [] => None,
                [one] => Some(stance_of(one).ok_or_else(|| {
                    invalid(format!(
                        "sg:negatedStance <{one}> is not a stance individual"
                    ))
                })?),
                more => {
                    return Err(invalid(format!(
                        "at most one sg:negatedStance, found {}",
                        more.len()
                    )))
                }
            };
            let deontic = index.flag(&subject, &sg("deontic"));
            let judges_subject = index.flag(&subject, &sg("judgesSubject"));
            let keeps_in_force = index.flag(&subject, &sg("keepsInForce"));
            let patient_subject = index.flag(&subject, &sg("patientSubject"));
            let single = index.flag(&subject, &sg("single"));
            cues.push(Cue {
                name: name.to_owned(),
                kind,
                weight,
                forms,
                negated,
                deontic,
                judges_subject,
                keeps_in_force,
                patient_subject,
                single,
            });
        }
    }
    cues.sort_by(|a, b| a.name.cmp(&b.name));
    // The longest-match automaton gives a form to one entry only: two stance cues that share a
    // form with different stances would contradict each other.
    let mut stance_of_form: HashMap<&str, (&Cue, Stance)> = HashMap::new();
    for cue in &cues {
        let CueKind::Stance(stance) = cue.kind else {
            continue;
        };
        for form in &cue.forms {
            match stance_of_form.get(form.as_str()) {
                Some((other, other_stance)) if *other_stance != stance => {
                    return Err(OntologyError::Invalid {
                        file: "lexicon.ttl".to_owned(),
                        iri: format!("{}{}", vocab::LEXICON, cue.name),
                        message: format!(
                            "sg:form {form:?} is also a form of <{}{}> with another stance",
                            vocab::LEXICON,
                            other.name
                        ),
                    });
                }
                Some(_) => {}
                None => {
                    stance_of_form.insert(form, (cue, stance));
                }
            }
        }
    }
    Ok(cues)
}

fn literal_f32(l: &Literal) -> Option<f32> {
    l.value().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_boundaries() {
        assert!(at_word_boundaries("no troops", 0, 2));
        assert!(!at_word_boundaries("not", 0, 2));
        assert!(!at_word_boundaries("Norway", 0, 2));
        assert!(at_word_boundaries("U.S. troops", 0, 4));
    }

    #[test]
    fn capitalised_variant() {
        assert_eq!(
            capitalised_variants("the Kremlin"),
            vec!["the Kremlin", "The Kremlin"]
        );
        assert_eq!(capitalised_variants("Moscow"), vec!["Moscow"]);
    }
}
