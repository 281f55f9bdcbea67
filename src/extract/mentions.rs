//! Mentions: a sentence's tokens, and the actors, proposals and cues found in it.
//!
//! Built from the gazetteer's raw term hits; overlapping hits are resolved here so that the
//! pattern rules see one consistent reading of the sentence.

use std::ops::Range;

use crate::model::Stance;
use crate::ontology::{ActorEntry, ActorKind, Cue, CueKind, Gazetteer, Gender, TermHit, TermRef};

/// Prepositions after which a noun phrase is not a clause subject.
pub(crate) const PREPOSITIONS: &[&str] = &[
    "along",
    "near",
    "around",
    "beside",
    "of",
    "from",
    "with",
    "to",
    "for",
    "at",
    "in",
    "on",
    "between",
    "than",
    "against",
    "among",
    "toward",
    "towards",
    "into",
    "about",
    "regarding",
    "including",
    "without",
    "under",
    "over",
    "like",
    "via",
    "amid",
    "after",
    "before",
    "since",
    "during",
    "through",
    "across",
    "within",
    "behind",
    "beyond",
    "upon",
    "whom",
    "and",
    "or",
];

/// Prefixes that turn a proposal's name into a modifier ("post-ceasefire").
const BOUND_PREFIXES: &[&str] = &["post", "pre", "anti", "non"];

/// A word or punctuation token with its byte range in the sentence.
#[derive(Debug, Clone)]
pub(crate) struct Token {
    pub(crate) range: Range<usize>,
    pub(crate) lower: String,
    /// Starts with a capital letter in the text.
    pub(crate) capitalised: bool,
}

impl Token {
    pub(crate) fn is_word(&self) -> bool {
        self.lower.chars().next().is_some_and(char::is_alphanumeric)
    }
}

/// How an actor mention was recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Via {
    /// A label or alias.
    Name,
    /// A role noun with a known country or in discourse ("Russia's foreign minister").
    Title,
    /// A personal pronoun.
    Pronoun,
}

/// An actor reference in a sentence; `actor` is `None` until a pronoun or bare title is resolved.
#[derive(Debug, Clone)]
pub(crate) struct ActorMention {
    pub(crate) tokens: Range<usize>,
    pub(crate) actor: Option<usize>,
    pub(crate) via: Via,
    /// For unresolved mentions: the gender a pronoun requires, or the title index.
    pub(crate) gender: Option<Gender>,
    pub(crate) title: Option<usize>,
    /// Plural pronoun ("they").
    pub(crate) plural: bool,
    /// Inside a proposal phrase ("NATO membership"): never a holder.
    pub(crate) in_proposal: bool,
    /// Preceded by a preposition: an object, not a subject.
    pub(crate) after_preposition: bool,
    /// Preceded by "by": the agent of a passive.
    pub(crate) after_by: bool,
    /// The object of a gerund ("Receiving Mark Rutte, …"): set with `after_preposition`.
    pub(crate) gerund_object: bool,
    /// A person the gazetteer does not know, introduced by a title
    /// ("Latvian Foreign Minister Baiba Braže"): the name and the country index.
    pub(crate) new_person: Option<(String, Option<usize>)>,
    /// For "they" resolved to a group ("France and the UK … They …"): the other members.
    pub(crate) also: Vec<usize>,
}

impl ActorMention {
    /// A mention with no title, gender or flags; the flags are set once all mentions are known.
    pub(crate) fn new(tokens: Range<usize>, actor: Option<usize>, via: Via) -> Self {
        Self {
            tokens,
            actor,
            via,
            gender: None,
            title: None,
            plural: false,
            in_proposal: false,
            after_preposition: false,
            after_by: false,
            gerund_object: false,
            new_person: None,
            also: Vec::new(),
        }
    }
}

/// A proposal reference (index into the gazetteer's proposals).
#[derive(Debug, Clone)]
pub(crate) struct ProposalMention {
    pub(crate) tokens: Range<usize>,
    pub(crate) proposal: usize,
    /// Found by a co-occurrence rule rather than a phrase.
    pub(crate) by_rule: bool,
    /// Names the proposal's absence ("stay out of NATO"): stances on it are reversed.
    pub(crate) negated: bool,
    /// A definite phrase referring back to it ("the force"), not its name.
    pub(crate) anaphor: bool,
}

/// A lexicon cue occurrence.
#[derive(Debug, Clone)]
pub(crate) struct CueMention {
    pub(crate) tokens: Range<usize>,
    pub(crate) kind: CueKind,
    pub(crate) weight: f32,
    /// The stance the cue expresses when negated, where the lexicon says.
    pub(crate) negated: Option<crate::model::Stance>,
    /// An obligation modal ("must"): in reported speech the speaker holds the stance.
    pub(crate) deontic: bool,
    /// A predicate that judges its subject ("X could serve as a basis for talks").
    pub(crate) judges_subject: bool,
    /// Keeping a measure in force ("keep its sanctions in place"): support, even by its enactor.
    pub(crate) keeps_in_force: bool,
    /// A passive of pressure ("Ukraine cannot be forced to …"): the subject holds nothing.
    pub(crate) patient_subject: bool,
    /// A proposal anaphor for one share of one proposal ("its contribution").
    pub(crate) single: bool,
}

impl CueMention {
    /// An occurrence of lexicon cue `cue` over `tokens`.
    fn of(tokens: Range<usize>, cue: &Cue) -> Self {
        CueMention {
            tokens,
            kind: cue.kind,
            weight: cue.weight,
            negated: cue.negated,
            deontic: cue.deontic,
            judges_subject: cue.judges_subject,
            keeps_in_force: cue.keeps_in_force,
            patient_subject: cue.patient_subject,
            single: cue.single,
        }
    }
}

/// Everything known about one sentence.
#[derive(Debug, Clone)]
pub(crate) struct SentenceView {
    pub(crate) tokens: Vec<Token>,
    pub(crate) actors: Vec<ActorMention>,
    pub(crate) proposals: Vec<ProposalMention>,
    pub(crate) cues: Vec<CueMention>,
    /// Token ranges inside quotation marks.
    pub(crate) quotes: Vec<Range<usize>>,
    /// Adjectives of nationality with their state ("American" in "the American draft").
    pub(crate) demonyms: Vec<(Range<usize>, usize)>,
}

/// Splits a sentence into word and punctuation tokens.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut end = start + c.len_utf8();
        if c.is_alphanumeric() {
            while let Some(&(at, d)) = chars.peek() {
                if d.is_alphanumeric() {
                    end = at + d.len_utf8();
                    chars.next();
                    continue;
                }
                // '.', apostrophes and hyphens join when a letter or digit follows ("U.S", "Kyiv's").
                let joins = matches!(d, '.' | '\'' | '’' | '-')
                    && text[at + d.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric);
                if !joins {
                    break;
                }
                end = at + d.len_utf8();
                chars.next();
            }
        }
        let word = &text[start..end];
        let lower = if word
            .bytes()
            .any(|b| b.is_ascii_uppercase() || !b.is_ascii())
        {
            word.to_lowercase()
        } else {
            word.to_owned()
        };
        tokens.push(Token {
            range: start..end,
            lower,
            capitalised: c.is_uppercase(),
        });
    }
    tokens
}

/// Index of the token that contains or follows byte `offset`.
fn token_at(tokens: &[Token], offset: usize) -> usize {
    tokens.partition_point(|t| t.range.end <= offset)
}

/// Token range covering bytes `start..end`.
fn token_range(tokens: &[Token], start: usize, end: usize) -> Range<usize> {
    let first = token_at(tokens, start);
    let last = tokens.partition_point(|t| t.range.start < end);
    first..last.max(first + 1).min(tokens.len().max(first + 1))
}

fn contains(outer: &Range<usize>, inner: &Range<usize>) -> bool {
    outer.start <= inner.start && inner.end <= outer.end
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// Builds the view of one sentence from the gazetteer's hits.
pub(crate) fn analyse(text: &str, gazetteer: &Gazetteer) -> SentenceView {
    let tokens = tokenize(text);
    let mut hits = gazetteer.scan(text);
    // "a post-ceasefire force", "anti-sanctions": a prefixed proposal name only modifies.
    hits.retain(|h| {
        !matches!(h.term, TermRef::Proposal(_))
            || !text[..h.start].ends_with('-')
            || !text[..h.start - 1]
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .is_some_and(|w| BOUND_PREFIXES.contains(&w.to_lowercase().as_str()))
    });
    let proposals = proposal_mentions(&tokens, &hits, gazetteer);
    let mut cues = cue_mentions(text, &tokens, &hits, gazetteer, &proposals);
    let mut actors = actor_mentions(text, &tokens, &hits, gazetteer, &proposals, &cues);
    let mut proposals = proposals;
    clause_conditions(&tokens, gazetteer, &actors, &mut cues);
    durations_after_for(&tokens, gazetteer, &mut cues);
    meeting_mentions(&tokens, gazetteer, &mut actors, &mut proposals);
    split_requests(&tokens, &actors, gazetteer, &mut cues);
    split_placements(&tokens, gazetteer, &mut cues);
    let quotes = quote_spans(&tokens);
    let demonyms = hits
        .iter()
        .filter_map(|h| match h.term {
            TermRef::Demonym(a) => Some((token_range(&tokens, h.start, h.end), a)),
            _ => None,
        })
        .collect();
    SentenceView {
        tokens,
        actors,
        proposals,
        cues,
        quotes,
        demonyms,
    }
}

/// "SECRETARY OF STATE MARCO RUBIO": a name written in capitals, as transcripts write their
/// speakers, that is a known actor's name once its words are capitalised as names are.
fn known_in_capitals(name: &str, gazetteer: &Gazetteer) -> Option<usize> {
    if name.chars().any(char::is_lowercase) {
        return None;
    }
    let capitalised: Vec<String> = name
        .split_whitespace()
        .map(|word| name_case(&word.to_lowercase()))
        .collect();
    let capitalised = capitalised.join(" ");
    gazetteer
        .scan(&capitalised)
        .iter()
        .find_map(|h| match h.term {
            TermRef::Actor(a) if h.start == 0 && h.end == capitalised.len() => Some(a),
            _ => None,
        })
}

/// A lowercase word written as names are: its first letter in capitals ("rubio" → "Rubio").
pub(crate) fn name_case(lower: &str) -> String {
    let mut chars = lower.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// Condition cues that depend on a clause's subject following them: "until Moscow agrees to a
/// ceasefire" sets a condition, "until Thursday" only a deadline; a "should" before its
/// subject ("Should Moscow refuse, Europe would …", "… should the fighting end") states a
/// condition, as "if Moscow refuses" would.
fn clause_conditions(
    tokens: &[Token],
    gazetteer: &Gazetteer,
    actors: &[ActorMention],
    cues: &mut Vec<CueMention>,
) {
    // A known actor or a pronoun (the lexicon's `sg:Pronoun` forms are actor mentions too).
    let subject_at = |at: usize| {
        actors.iter().any(|a| a.tokens.start == at)
            || tokens.get(at).is_some_and(|t| t.lower == "we")
    };
    cues.retain(|c| {
        c.kind != CueKind::Condition
            || tokens[c.tokens.clone()].iter().any(|t| t.lower != "until")
            || subject_at(c.tokens.end)
    });
    // "Should Moscow refuse, …", "… economic co-operation should the fighting end": a modal
    // "should" before its subject (a name, a pronoun, a determiner) opens a condition.
    let inverted: Vec<usize> = (0..tokens.len())
        .filter(|&i| {
            tokens[i].lower == "should"
                && (subject_at(i + 1)
                    || tokens
                        .get(i + 1)
                        .is_some_and(|t| matches!(t.lower.as_str(), "the" | "a" | "an" | "any")))
        })
        .collect();
    if let Some(condition) = cue_of_kind(gazetteer, CueKind::Condition) {
        for i in inverted {
            cues.push(CueMention::of(i..i + 1, condition));
        }
        cues.sort_by_key(|c| (c.tokens.start, c.tokens.end));
    }
}

/// Whether a rule match of a concept about one state (`sg:concerns`) names another state,
/// or a person or nationality of one, inside it: "limits on Russia's own armed forces" are no
/// limits on Ukraine's army.
fn names_other_state(
    tokens: &[Token],
    hits: &[TermHit],
    gazetteer: &Gazetteer,
    proposal: usize,
    span: &Range<usize>,
) -> bool {
    let Some(state) = gazetteer.proposals[proposal].concerns.as_deref() else {
        return false;
    };
    hits.iter().any(|h| {
        let inside = {
            let r = token_range(tokens, h.start, h.end);
            r.start >= span.start && r.end <= span.end
        };
        let other = match h.term {
            TermRef::Actor(a) | TermRef::Demonym(a) => gazetteer
                .actors
                .get(a)
                .and_then(ActorEntry::side)
                .is_some_and(|side| side != state),
            _ => false,
        };
        inside && other
    })
}

/// "Zelensky has argued for weeks that …", "had pressed for months": "for" and a length of
/// time is no object, so a stance cue ending in "for" is only its verb — which reports.
fn durations_after_for(tokens: &[Token], gazetteer: &Gazetteer, cues: &mut [CueMention]) {
    let word = |i: usize| tokens.get(i).map(|t| t.lower.as_str());
    let units = |w: Option<&str>| {
        matches!(
            w,
            Some(
                "day"
                    | "days"
                    | "week"
                    | "weeks"
                    | "month"
                    | "months"
                    | "year"
                    | "years"
                    | "decades"
                    | "hours"
                    | "time"
                    | "while"
            )
        )
    };
    let Some(reporting) = cue_of_kind(gazetteer, CueKind::Reporting) else {
        return;
    };
    for cue in cues.iter_mut() {
        let end = cue.tokens.end;
        let duration = units(word(end))
            || (matches!(
                word(end),
                Some("a" | "two" | "three" | "several" | "many" | "some" | "the")
            ) && units(word(end + 1)));
        if matches!(cue.kind, CueKind::Stance(_))
            && cue.tokens.len() > 1
            && word(end - 1) == Some("for")
            && duration
        {
            *cue = CueMention::of(cue.tokens.start..end - 1, reporting);
        }
    }
}

/// "a meeting between President Volodymyr Zelensky and Russian President Vladimir Putin": a
/// meeting noun (`sg:MeetingNoun`) with "between" and a list of heads of state or government
/// names the meeting proposal whose `sg:meetingOf` states are exactly theirs. The names become
/// part of the proposal's name, so none of them is a holder.
fn meeting_mentions(
    tokens: &[Token],
    gazetteer: &Gazetteer,
    actors: &mut [ActorMention],
    proposals: &mut Vec<ProposalMention>,
) {
    for i in 0..tokens.len().saturating_sub(2) {
        if tokens[i + 1].lower != "between" || !gazetteer.meeting_nouns.contains(&tokens[i].lower) {
            continue;
        }
        // The list: names joined by commas and "and", titles ("Russian President") between.
        let mut end = i + 2;
        let mut members = Vec::new();
        for (k, m) in actors.iter().enumerate() {
            if m.tokens.start < end {
                continue;
            }
            let gap = &tokens[end..m.tokens.start];
            let titles_only = gap.len() <= 4
                && gap.iter().all(|t| {
                    (t.is_word() && t.capitalised)
                        || matches!(t.lower.as_str(), "," | "and" | "the" | "'s" | "’s")
                });
            let joined =
                members.is_empty() || gap.iter().any(|t| matches!(t.lower.as_str(), "," | "and"));
            if !titles_only || !joined {
                break;
            }
            members.push(k);
            end = m.tokens.end;
        }
        // The states their leaders head; any other member (an official, a state named as
        // such, an alliance) leaves the meeting unnamed.
        let mut states: Vec<&str> = Vec::new();
        for &k in &members {
            let leader = actors[k]
                .actor
                .and_then(|a| gazetteer.actors.get(a))
                .filter(|e| e.kind == ActorKind::Person && e.leads);
            match leader.and_then(|e| e.country.as_deref()) {
                Some(state) => states.push(state),
                None => {
                    states.clear();
                    break;
                }
            }
        }
        states.sort_unstable();
        states.dedup();
        let span = i..end;
        // A meeting named inside the list ("Putin and Zelensky" in "between Trump, Putin and
        // Zelensky") yields to the whole list's; any other name there keeps the span.
        let inner_meeting = |p: &ProposalMention| {
            !gazetteer.proposals[p.proposal].meeting_of.is_empty()
                && p.tokens.start >= span.start
                && p.tokens.end <= span.end
        };
        let named_otherwise = proposals
            .iter()
            .any(|p| overlaps(&p.tokens, &span) && !inner_meeting(p));
        if states.len() < 2 || named_otherwise {
            continue;
        }
        let Some(proposal) = gazetteer.meeting_proposal(&states) else {
            continue;
        };
        proposals.retain(|p| !inner_meeting(p));
        proposals.push(ProposalMention {
            tokens: span,
            proposal,
            by_rule: true,
            negated: false,
            anaphor: false,
        });
        for &k in &members {
            actors[k].in_proposal = true;
        }
    }
    proposals.sort_by_key(|p| p.tokens.start);
}

/// "Zelensky asked Trump for Tomahawk missiles": a stance cue of the form "<verb> for" (the
/// lexicon's "asked for") also holds with an addressee between the verb and "for"; the cue is
/// the verb.
fn split_requests(
    tokens: &[Token],
    actors: &[ActorMention],
    gazetteer: &Gazetteer,
    cues: &mut Vec<CueMention>,
) {
    for (i, t) in tokens.iter().enumerate() {
        let Some(addressee) = actors.iter().find(|m| m.tokens.start == i + 1) else {
            continue;
        };
        let before_for = tokens
            .get(addressee.tokens.end)
            .is_some_and(|f| f.lower == "for");
        if !before_for || !t.is_word() || cues.iter().any(|c| c.tokens.contains(&i)) {
            continue;
        }
        let Some(cue) = stance_cue_of_form(gazetteer, &format!("{} for", t.lower)) else {
            continue;
        };
        cues.push(CueMention::of(i..i + 1, cue));
    }
    cues.sort_by_key(|c| (c.tokens.start, c.tokens.end));
}

/// A lexicon entry of this kind, for a cue the analysis adds where the text has none of its
/// forms ("should" opening a condition, "argued" left of "for weeks" reporting).
fn cue_of_kind(gazetteer: &Gazetteer, kind: CueKind) -> Option<&Cue> {
    gazetteer.cues.iter().find(|c| c.kind == kind)
}

/// The lexicon's stance cue that has `form` (lowercase) among its forms.
fn stance_cue_of_form<'g>(gazetteer: &'g Gazetteer, form: &str) -> Option<&'g Cue> {
    gazetteer
        .cues
        .iter()
        .find(|c| matches!(c.kind, CueKind::Stance(_)) && c.forms.iter().any(|f| f == form))
}

/// "Kyiv had put three items on the table": a stance cue of the form "<verb> on the table" (the
/// lexicon's "put on the table") also holds with its object between; the cue is the verb, and
/// "on the table" is no cue of its own there.
fn split_placements(tokens: &[Token], gazetteer: &Gazetteer, cues: &mut Vec<CueMention>) {
    const TABLE: [&str; 3] = ["on", "the", "table"];
    for (i, t) in tokens.iter().enumerate() {
        if !t.is_word() || cues.iter().any(|c| c.tokens.contains(&i)) {
            continue;
        }
        // The object: up to six words, no punctuation.
        let Some(on) = (i + 2..tokens.len().min(i + 8)).find(|&j| {
            tokens[j..]
                .iter()
                .map(|t| t.lower.as_str())
                .take(3)
                .eq(TABLE)
        }) else {
            continue;
        };
        if !tokens[i + 1..on].iter().all(Token::is_word) {
            continue;
        }
        let Some(cue) = stance_cue_of_form(gazetteer, &format!("{} on the table", t.lower)) else {
            continue;
        };
        cues.retain(|c| !(c.tokens.start >= on && c.tokens.end <= on + 3));
        cues.push(CueMention::of(i..i + 1, cue));
    }
    cues.sort_by_key(|c| (c.tokens.start, c.tokens.end));
}

fn proposal_mentions(
    tokens: &[Token],
    hits: &[TermHit],
    gazetteer: &Gazetteer,
) -> Vec<ProposalMention> {
    let mut phrases: Vec<ProposalMention> = hits
        .iter()
        .filter_map(|h| match h.term {
            TermRef::Proposal(p) => Some(ProposalMention {
                tokens: token_range(tokens, h.start, h.end),
                proposal: p,
                by_rule: false,
                negated: false,
                anaphor: false,
            }),
            _ => None,
        })
        .collect();
    // A phrase inside a longer phrase of another concept ("armistice" in "armistice line") yields.
    let snapshot = phrases.clone();
    phrases.retain(|m| {
        !snapshot.iter().any(|o| {
            o.proposal != m.proposal
                && contains(&o.tokens, &m.tokens)
                && o.tokens.len() > m.tokens.len()
        })
    });
    let mut out = phrases;
    // Only the rules whose head occurs in the sentence can match: visit those, once each.
    let mut rules: Vec<(usize, usize)> = hits
        .iter()
        .filter_map(|h| match h.term {
            TermRef::RuleHead(p, r) => Some((p, r)),
            _ => None,
        })
        .collect();
    rules.sort_unstable();
    rules.dedup();
    for (p, r) in rules {
        let rule = &gazetteer.proposals[p].rules[r];
        let heads: Vec<Range<usize>> = hits
            .iter()
            .filter(|h| h.term == TermRef::RuleHead(p, r))
            .map(|h| token_range(tokens, h.start, h.end))
            .collect();
        let modifiers: Vec<Range<usize>> = hits
            .iter()
            .filter(|h| h.term == TermRef::RuleModifier(p, r))
            .map(|h| token_range(tokens, h.start, h.end))
            .collect();
        for head in &heads {
            let best = modifiers
                .iter()
                .filter(|m| !overlaps(m, head))
                .map(|m| (word_distance(tokens, m, head), m))
                .filter(|(d, _)| *d <= rule.window)
                .min_by_key(|(d, _)| *d);
            if let Some((_, m)) = best {
                let span = m.start.min(head.start)..m.end.max(head.end);
                if names_other_state(tokens, hits, gazetteer, p, &span) {
                    continue;
                }
                let already = out.iter().any(|o| {
                    o.proposal == p && o.negated == rule.negates && overlaps(&o.tokens, &span)
                });
                if !already {
                    out.push(ProposalMention {
                        tokens: span,
                        proposal: p,
                        by_rule: true,
                        negated: rule.negates,
                        anaphor: false,
                    });
                }
            }
        }
    }
    // A match naming a proposal's absence overrules an overlapping match naming it
    // ("guarantees drawn up without Russian involvement" is not Russian involvement).
    let snapshot = out.clone();
    out.retain(|m| {
        m.negated
            || !snapshot
                .iter()
                .any(|o| o.negated && o.proposal == m.proposal && overlaps(&o.tokens, &m.tokens))
    });
    // A rule match whose head belongs to a phrase of another concept yields to the phrase
    // ("U.S. troop deployment" is not also a European deployment) — unless the two modifiers
    // are coordinated and share the head ("U.S. and European troops").
    let snapshot = out.clone();
    out.retain(|m| {
        !m.by_rule
            || m.negated
            || !snapshot.iter().any(|o| {
                let coordinated = o.tokens.start > m.tokens.start
                    && o.tokens.start > 0
                    && matches!(
                        tokens[o.tokens.start - 1].lower.as_str(),
                        "and" | "or" | ","
                    );
                // … unless the match strictly contains the phrase and adds to it ("a ceasefire
                // along the present lines" is a frozen front, not a bare ceasefire).
                let extends = contains(&m.tokens, &o.tokens) && m.tokens.len() > o.tokens.len();
                !o.by_rule
                    && o.proposal != m.proposal
                    && !coordinated
                    && !extends
                    && (contains(&o.tokens, &m.tokens) || rule_head_in(tokens, hits, m, &o.tokens))
            })
    });
    // A phrase that is the modifier of another concept's rule match ("monitor a truce") is
    // part of that concept; a shared head ("U.S. and European troops") keeps both.
    let snapshot = out.clone();
    out.retain(|m| {
        !snapshot.iter().any(|o| {
            o.by_rule
                && !o.negated
                && o.proposal != m.proposal
                && contains(&o.tokens, &m.tokens)
                && o.tokens.len() > m.tokens.len()
                && !rule_head_in(tokens, hits, o, &m.tokens)
        })
    });
    // Longest first at each start, so that the kept mention of a concept is its longest.
    out.sort_by_key(|m| (m.tokens.start, std::cmp::Reverse(m.tokens.end), m.proposal));
    let mut kept: Vec<ProposalMention> = Vec::new();
    for m in out {
        if !kept
            .iter()
            .any(|k| k.proposal == m.proposal && overlaps(&k.tokens, &m.tokens))
        {
            kept.push(m);
        }
    }
    kept
}

/// Whether the head of rule mention `m` lies inside `range`.
fn rule_head_in(
    tokens: &[Token],
    hits: &[TermHit],
    m: &ProposalMention,
    range: &Range<usize>,
) -> bool {
    hits.iter().any(|h| {
        matches!(h.term, TermRef::RuleHead(p, _) if p == m.proposal) && {
            let head = token_range(tokens, h.start, h.end);
            contains(&m.tokens, &head) && contains(range, &head)
        }
    })
}

/// Words between two token ranges (0 when adjacent); punctuation does not count.
fn word_distance(tokens: &[Token], a: &Range<usize>, b: &Range<usize>) -> usize {
    let (lo, hi) = if a.end <= b.start {
        (a.end, b.start)
    } else {
        (b.end, a.start)
    };
    tokens[lo.min(hi)..hi.max(lo)]
        .iter()
        .filter(|t| t.is_word())
        .count()
}

fn cue_mentions(
    text: &str,
    tokens: &[Token],
    hits: &[TermHit],
    gazetteer: &Gazetteer,
    proposals: &[ProposalMention],
) -> Vec<CueMention> {
    // A cue word that only modifies in a hyphenated compound ("veto-holding powers") is no
    // cue; as the compound's head ("a counter-proposal") it still is.
    let heads_its_word = |h: &TermHit, r: &Range<usize>| {
        r.is_empty() || tokens[r.end - 1].range.end == h.end || !text[h.end..].starts_with('-')
    };
    let mut cues: Vec<CueMention> = hits
        .iter()
        .filter_map(|h| match h.term {
            TermRef::Cue(c) => {
                let range = token_range(tokens, h.start, h.end);
                heads_its_word(h, &range).then(|| CueMention::of(range, &gazetteer.cues[c]))
            }
            _ => None,
        })
        .collect();
    // A cue word inside a proposal phrase ("support" in "air support") or inside a match that
    // names a proposal's absence ("drawn up" in "guarantees drawn up without Russia") is part
    // of the name — unless it heads a written proposal's name before a relative clause that
    // sets out what it proposes ("a counter-proposal that drops the demand for …").
    let heads_document_clause = |p: &ProposalMention, c: &CueMention| {
        gazetteer.proposals[p.proposal].document
            && c.tokens.end == p.tokens.end
            && tokens
                .get(p.tokens.end)
                .is_some_and(|t| matches!(t.lower.as_str(), "that" | "which"))
    };
    cues.retain(|c| {
        !proposals.iter().any(|p| {
            (!p.by_rule || p.negated)
                && contains(&p.tokens, &c.tokens)
                && !heads_document_clause(p, c)
        })
    });
    // Overlapping stance cues ("never agree" / "agree to"): the one that starts first wins.
    let snapshot = cues.clone();
    cues.retain(|c| {
        !matches!(c.kind, CueKind::Stance(_))
            || !snapshot.iter().any(|o| {
                matches!(o.kind, CueKind::Stance(_))
                    && o.tokens.start < c.tokens.start
                    && overlaps(&o.tokens, &c.tokens)
                    && !contains(&o.tokens, &c.tokens)
            })
    });
    // "refused to back": a stance cue that starts inside a negation cue ("to back" across
    // "refused to") begins where the negation ends, so that both count.
    let negations: Vec<Range<usize>> = cues
        .iter()
        .filter(|c| c.kind == CueKind::Negation)
        .map(|c| c.tokens.clone())
        .collect();
    for c in cues
        .iter_mut()
        .filter(|c| matches!(c.kind, CueKind::Stance(_)))
    {
        if let Some(n) = negations
            .iter()
            .find(|n| n.start < c.tokens.start && c.tokens.start < n.end && c.tokens.end > n.end)
        {
            c.tokens.start = n.end;
        }
    }
    // A cue inside a longer cue ("not" in "not possible") yields to it.
    let snapshot = cues.clone();
    cues.retain(|c| {
        !snapshot
            .iter()
            .any(|o| contains(&o.tokens, &c.tokens) && o.tokens.len() > c.tokens.len())
    });
    cues.sort_by_key(|c| (c.tokens.start, c.tokens.end));
    cues.dedup_by(|a, b| a.tokens == b.tokens && a.kind == b.kind);
    // "Lavrov insisted that any guarantees … would be worthless": a verb whose "that" clause
    // states a stance of its own with a finite verb reports that stance. Not a subjunctive
    // demand ("demands that Ukraine … give up X"), nor an opposing verb ("denied that").
    let snapshot = cues.clone();
    for c in &mut cues {
        let reports = matches!(
            c.kind,
            CueKind::Stance(Stance::Supports | Stance::Proposes | Stance::Considers)
        ) && tokens.get(c.tokens.end).is_some_and(|t| t.lower == "that")
            && snapshot.iter().any(|o| {
                let clause = &tokens[c.tokens.end..o.tokens.start.max(c.tokens.end)];
                matches!(o.kind, CueKind::Stance(_))
                    && o.tokens.start > c.tokens.end
                    && !clause.iter().any(|t| t.lower == ";")
                    && clause.iter().any(|t| {
                        matches!(
                            t.lower.as_str(),
                            "would" | "will" | "is" | "are" | "was" | "were" | "could" | "can"
                        )
                    })
            });
        if reports {
            c.kind = CueKind::Reporting;
        }
    }
    cues
}

/// Whether a possessive name is followed (past at most one modifier) by a noun for its
/// allies: "Ukraine's Western allies", "Kyiv's partners".
fn names_possessors_allies(tokens: &[Token], range: &Range<usize>) -> bool {
    const ALLIES: &[&str] = &[
        "allies",
        "partners",
        "backers",
        "supporters",
        "friends",
        "neighbours",
        "neighbors",
    ];
    let Some(after) = after_possessive(tokens, range) else {
        return false;
    };
    [after, after + 1].iter().any(|&i| {
        tokens
            .get(i)
            .is_some_and(|t| ALLIES.contains(&t.lower.as_str()))
    })
}

fn actor_mentions(
    text: &str,
    tokens: &[Token],
    hits: &[TermHit],
    gazetteer: &Gazetteer,
    proposals: &[ProposalMention],
    cues: &[CueMention],
) -> Vec<ActorMention> {
    // Names: longest first, no overlaps.
    let mut names: Vec<(Range<usize>, usize)> = hits
        .iter()
        .filter_map(|h| match h.term {
            TermRef::Actor(a) => Some((token_range(tokens, h.start, h.end), a)),
            _ => None,
        })
        .collect();
    names.sort_by_key(|(r, _)| (std::cmp::Reverse(r.len()), r.start));
    let mut chosen: Vec<(Range<usize>, usize)> = Vec::new();
    for (range, actor) in names {
        if !chosen.iter().any(|(r, _)| overlaps(r, &range)) {
            chosen.push((range, actor));
        }
    }
    // "the Donald Trump administration", "the Starmer government": a leader's name before
    // "administration" or "government" names the state that leader heads.
    for (range, actor) in &mut chosen {
        let entry = &gazetteer.actors[*actor];
        let follows = tokens
            .get(range.end)
            .is_some_and(|t| matches!(t.lower.as_str(), "administration" | "government"));
        if let (true, true, Some(country)) = (entry.leads, follows, entry.country.as_deref()) {
            if let Some(state) = gazetteer.actor(country) {
                *actor = state;
                range.end += 1;
            }
        }
    }
    // "Ukraine's Western allies", "Kyiv's European partners": a possessor's allies are
    // others, not the possessor.
    chosen.retain(|(range, _)| !names_possessors_allies(tokens, range));
    let demonyms: Vec<(Range<usize>, usize)> = hits
        .iter()
        .filter_map(|h| match h.term {
            TermRef::Demonym(a) => Some((token_range(tokens, h.start, h.end), a)),
            _ => None,
        })
        .collect();
    let mut out: Vec<ActorMention> = Vec::new();
    let mut consumed_possessors: Vec<usize> = Vec::new();
    // Titles: "Russia's foreign minister", "Russian Foreign Minister", "the chancellor".
    for h in hits {
        let TermRef::Title(t) = h.term else { continue };
        let range = token_range(tokens, h.start, h.end);
        if chosen.iter().any(|(r, _)| overlaps(r, &range)) {
            continue;
        }
        // A name right after the title ("Prime Minister Keir Starmer") is the mention itself.
        let next_is_person = chosen.iter().any(|(r, a)| {
            gazetteer.actors[*a].kind == ActorKind::Person
                && r.start >= range.end
                && r.start <= range.end + 1
        });
        // Apposition: "Maria Zakharova, spokeswoman for …".
        let apposition = chosen.iter().any(|(r, a)| {
            gazetteer.actors[*a].kind == ActorKind::Person
                && r.end <= range.start
                && range.start - r.end <= 3
                && tokens[r.end..range.start].iter().any(|t| t.lower == ",")
        });
        if apposition {
            // "Yuri Ushakov, Putin's foreign policy aide, said": the possessor only describes
            // the person named before; it is no subject of its own.
            if let Some((r, _)) = chosen
                .iter()
                .find(|(r, _)| after_possessive(tokens, r) == Some(range.start))
            {
                consumed_possessors.push(r.start);
            }
        }
        if next_is_person || apposition {
            continue;
        }
        let before = range.start;
        let mut country = None;
        let mut start = range.start;
        if before >= 1 {
            if let Some((r, a)) = demonyms.iter().find(|(r, _)| r.end == before) {
                country = Some(*a);
                start = r.start;
            } else if let Some((r, a)) = chosen.iter().find(|(r, _)| {
                r.end == before
                    || (r.end + 1 == before && matches!(tokens[r.end].lower.as_str(), "'s" | "’s"))
            }) {
                // "Russia's foreign minister"; "the Kremlin spokesman", "the NATO
                // secretary-general": a collective name as modifier.
                if tokens[r.end - 1].lower.ends_with("'s")
                    || tokens[r.end - 1].lower.ends_with("’s")
                    || r.end + 1 == before
                    || gazetteer.actors[*a].kind != ActorKind::Person
                {
                    country = Some(*a);
                    start = r.start;
                    consumed_possessors.push(r.start);
                }
            }
        }
        let bearers = &gazetteer.titles[t].1;
        let actor = country.and_then(|c| {
            let slug = &gazetteer.actors[c].slug;
            let matching: Vec<usize> = bearers
                .iter()
                .copied()
                .filter(|&p| gazetteer.actors[p].country.as_deref() == Some(slug.as_str()))
                .collect();
            (matching.len() == 1).then(|| matching[0])
        });
        // An unknown name right after the title: two to three capitalised words.
        let name_len = tokens[range.end..]
            .iter()
            .take(3)
            .take_while(|t| {
                t.is_word() && t.capitalised && !chosen.iter().any(|(r, _)| r.contains(&range.end))
            })
            .count();
        let name_known = chosen
            .iter()
            .any(|(r, _)| r.start >= range.end && r.start < range.end + name_len.max(1));
        if name_len >= 2 && !name_known && actor.is_none() {
            let name_range = range.end..range.end + name_len;
            // "President Cyril Ramaphosa's offer": the possessive is no part of the name.
            let written =
                &text[tokens[name_range.start].range.start..tokens[name_range.end - 1].range.end];
            let name = written
                .strip_suffix("'s")
                .or_else(|| written.strip_suffix("’s"))
                .unwrap_or(written)
                .to_owned();
            if let Some(known) = known_in_capitals(&name, gazetteer) {
                out.push(ActorMention {
                    title: Some(t),
                    ..ActorMention::new(start..name_range.end, Some(known), Via::Name)
                });
                continue;
            }
            out.push(ActorMention {
                title: Some(t),
                new_person: Some((name, country)),
                ..ActorMention::new(start..name_range.end, None, Via::Name)
            });
            continue;
        }
        // "at his last summit as German chancellor": a role the person before holds, no
        // mention of its bearer.
        // ("as well as the foreign minister" still names one.)
        let as_role = start > 0
            && tokens[start - 1].lower == "as"
            && (start < 2 || tokens[start - 2].lower != "well");
        if as_role {
            continue;
        }
        // "the president" refers back; "the president of the European Commission" names
        // whom it heads instead.
        let anaphoric = country.is_none()
            && before >= 1
            && tokens[before - 1].lower == "the"
            && tokens.get(range.end).is_none_or(|t| t.lower != "of");
        if actor.is_some() || anaphoric {
            out.push(ActorMention {
                title: Some(t),
                ..ActorMention::new(start..range.end, actor, Via::Title)
            });
        } else if let Some(state) = country {
            // "Russia's ambassador to France, Alexei Meshkov, warned …": an official the
            // gazetteer does not know speaks for the state named with the title.
            out.push(ActorMention::new(start..range.end, Some(state), Via::Title));
        }
    }
    // "Italy's Giorgia Meloni", "Russia's foreign minister Sergey Lavrov": a state's
    // possessive before a person's name only qualifies the person.
    let titles: Vec<Range<usize>> = hits
        .iter()
        .filter(|h| matches!(h.term, TermRef::Title(_)))
        .map(|h| token_range(tokens, h.start, h.end))
        .collect();
    for (range, actor) in &chosen {
        if gazetteer.actors[*actor].kind == ActorKind::Person {
            continue;
        }
        // "European Commission President Ursula von der Leyen", "US President Donald Trump": an
        // organisation's or a state's name right before a title and a person qualifies the
        // person like a possessive.
        let Some(after) = after_possessive(tokens, range).or_else(|| {
            (matches!(
                gazetteer.actors[*actor].kind,
                ActorKind::Organization | ActorKind::State
            ) && titles.iter().any(|t| t.start == range.end))
            .then_some(range.end)
        }) else {
            continue;
        };
        if titled_person_follows(&chosen, &titles, gazetteer, after, 0) {
            consumed_possessors.push(range.start);
        }
    }
    for (range, actor) in &chosen {
        if consumed_possessors.contains(&range.start) {
            continue;
        }
        out.push(ActorMention::new(range.clone(), Some(*actor), Via::Name));
    }
    for cue in cues {
        let CueKind::Pronoun(gender) = cue.kind else {
            continue;
        };
        let word = tokens[cue.tokens.start].lower.as_str();
        // "His aide Yuri Ushakov dismissed …": a possessive pronoun before a title and a
        // person's name only qualifies the person, as a state's possessive does.
        let possessive = matches!(word, "his" | "her" | "their" | "its");
        let after = cue.tokens.end;
        if possessive && titled_person_follows(&chosen, &titles, gazetteer, after, 1) {
            continue;
        }
        // "the three governments", "both leaders": a counted group refers back like "they".
        let plural = matches!(word, "they" | "their" | "them" | "the" | "both");
        out.push(ActorMention {
            gender,
            plural,
            ..ActorMention::new(cue.tokens.clone(), None, Via::Pronoun)
        });
    }
    // Title and demonym words right before a name ("Italian Prime Minister Meloni").
    let modifiers: Vec<Range<usize>> = hits
        .iter()
        .filter(|h| matches!(h.term, TermRef::Title(_) | TermRef::Demonym(_)))
        .map(|h| token_range(tokens, h.start, h.end))
        .collect();
    let institutions: Vec<&Range<usize>> = cues
        .iter()
        .filter(|c| c.kind == CueKind::Institution)
        .map(|c| &c.tokens)
        .collect();
    for m in &mut out {
        m.in_proposal = proposals.iter().any(|p| contains(&p.tokens, &m.tokens))
            || possessive_of_proposal(tokens, &m.tokens, proposals);
        let mut k = m.tokens.start;
        loop {
            if let Some(r) = modifiers.iter().find(|r| r.end == k && r.start < k) {
                k = r.start;
            } else if k > 0
                && matches!(
                    tokens[k - 1].lower.as_str(),
                    // "joined by Mr Zelensky": an honorific belongs to the name.
                    "the" | "a" | "an" | "mr" | "mrs" | "ms" | "mr." | "mrs." | "ms."
                )
            {
                k -= 1;
            } else {
                break;
            }
        }
        if k > 0 {
            let prev = tokens[k - 1].lower.as_str();
            m.after_by = prev == "by";
            // "the governments of France": an institution's "of" names the holder, also for
            // the later items of a list after it ("the point of view of Europe and Kyiv").
            let mut of_at = k - 1;
            if matches!(prev, "and" | "or" | ",") {
                while of_at > 0
                    && (matches!(tokens[of_at].lower.as_str(), "and" | "or" | ",")
                        || tokens[of_at].capitalised)
                {
                    of_at -= 1;
                }
            }
            let of_institution = tokens[of_at].lower == "of"
                && of_at >= 1
                && institutions.iter().any(|r| r.end == of_at);
            // "Giving Moscow a seat …": the object of a gerund is not a subject either.
            let sentence_initial = k == 1 || (k >= 2 && !tokens[k - 2].is_word());
            // … but not a noun in -ing ("On Friday evening the Ukrainian leader …", "at the
            // briefing Zelensky said …").
            let noun_in_ing = matches!(prev, "evening" | "morning" | "spring")
                || (k >= 2
                    && matches!(
                        tokens[k - 2].lower.as_str(),
                        "the" | "a" | "an" | "this" | "that" | "his" | "her" | "its" | "their"
                    ));
            let gerund = prev.len() > 4
                && prev.ends_with("ing")
                && !noun_in_ing
                && (!tokens[k - 1].capitalised || sentence_initial);
            // "hours after President Donald Trump said he …": a conjunction that opens a
            // clause, whose subject the name is, not a preposition.
            let next = tokens.get(m.tokens.end).map(|t| t.lower.as_str());
            let clause_subject = matches!(prev, "after" | "before" | "since" | "until")
                && (matches!(
                    next,
                    Some(
                        "is" | "was"
                            | "are"
                            | "were"
                            | "has"
                            | "had"
                            | "have"
                            | "will"
                            | "would"
                            | "could"
                            | "did"
                            | "does"
                            | "said"
                            | "says"
                            | "told"
                            | "announced"
                    )
                ) || cues.iter().any(|c| {
                    c.tokens.start == m.tokens.end
                        && matches!(c.kind, CueKind::Reporting | CueKind::Stance(_))
                }));
            m.after_preposition =
                (PREPOSITIONS.contains(&prev) || gerund) && !of_institution && !clause_subject;
            m.gerund_object = gerund && !of_institution;
        }
        // "[Washington·Moscow=Kim Ji-hoon Correspondent] Russian President …": a name inside
        // square brackets (a dateline, an editor's insertion) is no clause subject.
        let opened = tokens[..m.tokens.start]
            .iter()
            .rposition(|t| t.lower == "[")
            .is_some_and(|o| !tokens[o..m.tokens.start].iter().any(|t| t.lower == "]"));
        if opened {
            m.after_preposition = true;
        }
    }
    out.sort_by_key(|m| m.tokens.start);
    // "Receiving the NATO secretary general, Mark Rutte, in the Oval Office, Trump said …": a
    // name in apposition to a gerund's object (set off by commas) is an object too — not one
    // apposed to a subject that holds a prepositional phrase ("the deputy chairman of Russia's
    // Security Council, Dmitry Medvedev, wrote").
    for i in 1..out.len() {
        let start = out[i].tokens.start;
        let apposed = start > 0
            && tokens[start - 1].lower == ","
            && tokens
                .get(out[i].tokens.end)
                .is_some_and(|t| t.lower == ",")
            && out[..i].iter().any(|n| {
                // The object may end in a title after the name ("the NATO secretary general").
                n.gerund_object
                    && n.tokens.end < start
                    && start - 1 - n.tokens.end <= 3
                    && tokens[n.tokens.end..start - 1]
                        .iter()
                        .all(|t| t.is_word() && !matches!(t.lower.as_str(), "and" | "or"))
            });
        if apposed {
            out[i].after_preposition = true;
        }
    }
    out
}

/// Whether a known person's name starts at `after`, or after at least `min_titles` and at most
/// three title words ("Italy's Giorgia Meloni", "His aide Yuri Ushakov"): the possessor before
/// `after` then only qualifies that person.
fn titled_person_follows(
    chosen: &[(Range<usize>, usize)],
    titles: &[Range<usize>],
    gazetteer: &Gazetteer,
    after: usize,
    min_titles: usize,
) -> bool {
    chosen.iter().any(|(r, a)| {
        gazetteer.actors[*a].kind == ActorKind::Person
            && r.start >= after + min_titles
            && r.start <= after + 3
            && (after..r.start).all(|i| titles.iter().any(|t| t.contains(&i)))
    })
}

/// The token after a possessive "'s" that ends or follows `range` ("Russia's", "Russia 's"),
/// if there is one.
pub(crate) fn after_possessive(tokens: &[Token], range: &Range<usize>) -> Option<usize> {
    let last = &tokens.get(range.end.checked_sub(1)?)?.lower;
    if last.ends_with("'s") || last.ends_with("’s") {
        Some(range.end)
    } else {
        tokens
            .get(range.end)
            .is_some_and(|t| matches!(t.lower.as_str(), "'s" | "’s"))
            .then_some(range.end + 1)
    }
}

/// "Ukraine's NATO membership": a possessive actor that opens a proposal's noun phrase.
fn possessive_of_proposal(
    tokens: &[Token],
    mention: &Range<usize>,
    proposals: &[ProposalMention],
) -> bool {
    // "the allies' plan": a bare apostrophe marks a plural possessive too.
    let bare_apostrophe = tokens
        .get(mention.end)
        .is_some_and(|t| matches!(t.lower.as_str(), "'" | "’"));
    let (possessive, next) = match after_possessive(tokens, mention) {
        Some(next) => (true, next),
        None if bare_apostrophe => (true, mention.end + 1),
        None => (false, mention.end),
    };
    if possessive {
        return proposals
            .iter()
            .any(|p| p.tokens.start == next || p.tokens.start == next + 1);
    }
    // "Ukraine joining NATO", "require Ukraine to join NATO": the proposal's own subject.
    let to = tokens.get(next).is_some_and(|t| t.lower == "to");
    proposals
        .iter()
        .any(|p| p.tokens.start == next || (to && p.tokens.start == next + 1))
}

/// Token ranges between matching quotation marks.
fn quote_spans(tokens: &[Token]) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut open: Option<usize> = None;
    // "That would only weaken Ukraine," he said, …: a sentence that goes on with a quotation
    // begun in the previous one opens with its closing mark — an odd number of straight quotes,
    // the first right after punctuation.
    let straight: Vec<usize> = (0..tokens.len())
        .filter(|&i| tokens[i].lower == "\"")
        .collect();
    let mut from = 0;
    if let Some(&first) = straight.first() {
        let closes = first > 0 && matches!(tokens[first - 1].lower.as_str(), "," | "." | "!" | "?");
        if straight.len() % 2 == 1 && closes {
            spans.push(0..first + 1);
            from = first + 1;
        }
    }
    for (i, t) in tokens.iter().enumerate().skip(from) {
        match t.lower.as_str() {
            "“" => open = Some(i),
            "”" => match open.take() {
                Some(o) => spans.push(o..i + 1),
                // A quotation begun in an earlier sentence closes here.
                None if spans.is_empty() => spans.push(0..i + 1),
                None => {}
            },
            "\"" => match open.take() {
                Some(o) => spans.push(o..i + 1),
                None => open = Some(i),
            },
            _ => {}
        }
    }
    if let Some(o) = open {
        spans.push(o..tokens.len());
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_abbreviations_and_possessives() {
        let words: Vec<String> = tokenize("U.S. troops, Russia's \"no\".")
            .into_iter()
            .map(|t| t.lower)
            .collect();
        assert_eq!(
            words,
            vec!["u.s", ".", "troops", ",", "russia's", "\"", "no", "\"", "."]
        );
    }

    #[test]
    fn quotes_found() {
        let toks = tokenize("He said \"no way\" today");
        assert_eq!(quote_spans(&toks), vec![2..6]);
    }

    #[test]
    fn a_quotation_closing_in_a_later_sentence_is_a_span_from_the_start() {
        let toks = tokenize("Our task is the flank,” the minister said.");
        assert_eq!(quote_spans(&toks), vec![0..7]);
        let toks = tokenize("Our task is the flank,\" the minister said.");
        assert_eq!(quote_spans(&toks), vec![0..7]);
    }
}
