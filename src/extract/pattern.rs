//! The pattern extractor: pairs each stance cue with its holder and its target proposals.
//!
//! Per sentence: find the clause around a cue, take the clause subject (or the quote's
//! speaker, or a passive agent) as holder, the proposals after the cue (or before a predicate
//! cue such as "unacceptable") as targets, and apply negation, hedges and conditions.
//! Pronouns and bare titles are resolved against the actors mentioned earlier in the article.

mod document;

use std::collections::HashMap;
use std::ops::Range;

use super::mentions::{
    after_possessive, analyse, name_case, ActorMention, CueMention, ProposalMention, SentenceView,
    Token, Via, PREPOSITIONS,
};
use super::unknowns::phrase_after;
use super::Extractor;
use crate::model::{Article, Date, NewActor, ProposalRef, Provenance, Stance, Statement, UnitKind};
use crate::ontology::{ActorKind, CueKind, Gazetteer, Gender};

/// Words that tie coordinated actors or proposals together ("France and the UK").
const COORDINATORS: &[&str] = &[",", "and", "&", "as", "well", "both", "the", "or"];
/// Tokens after which a new clause starts.
const CLAUSE_BREAKS: &[&str] = &[";", "—", "–", "(", ")"];
/// How far before a cue a negation still scopes over it, in tokens.
const NEGATION_REACH: usize = 5;
/// Auxiliaries and negation that may stand between a relative pronoun and its verb.
const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could",
    "can", "may", "might", "should", "must", "shall", "not", "also", "still", "now", "already",
    "never", "does", "did", "do", "then", "first", "once",
];
/// The negation and adverbs among `AUXILIARIES`; the rest are verbs ("…, and Italian
/// soldiers will not be deployed" has a verb of its own).
const AUXILIARY_ADVERBS: &[&str] = &[
    "not", "also", "still", "now", "then", "first", "once", "already", "never",
];
/// Forms of "be" that make a participle passive ("is lifted", "would be deployed").
const FORMS_OF_BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];
/// Words that open a noun phrase ("the approach discussed in Istanbul").
const NOUN_PHRASE_OPENERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "any",
];
/// Prepositions and adverbials that follow a participle used as a modifier ("discussed in
/// Istanbul", "negotiated last spring").
const PREPOSITIONS_AFTER_PARTICIPLE: &[&str] = &[
    "in", "at", "on", "during", "with", "last", "earlier", "before", "since", "so", "under",
];
/// Endings of stance nouns ("proposal", "rejection", "endorsement", "initiative").
const NOMINAL_SUFFIXES: &[&str] = &["al", "als", "ion", "ions", "ment", "ments", "ive", "ives"];
/// Longest bracketed aside, in tokens, that stays inside its clause.
const SHORT_ASIDE: usize = 6;
/// Longest evidence quote in words.
const EVIDENCE_WORDS: usize = 25;

/// Pattern extractor over gazetteer mentions (see the module doc).
#[derive(Debug, Default, Clone, Copy)]
pub struct PatternExtractor {
    /// Emit `new:<label>` proposals for phrases after a stance cue that match no concept.
    pub open_proposals: bool,
}

impl Extractor for PatternExtractor {
    fn name(&self) -> &'static str {
        "pattern"
    }

    fn extract(&self, article: &Article, gazetteer: &Gazetteer) -> Vec<Statement> {
        let mut discourse = Discourse::default();
        let mut out = Vec::new();
        let mut turn = Turn::Narration;
        let mut paragraph = usize::MAX;
        let mut in_list_item = false;
        // The holders and stance a list's items carry, and whether the list sets out a
        // document's provisions (then every item is one, conditional mood included).
        let mut list_intro: Option<(Vec<usize>, Stance, bool)> = None;
        let mut first_person: Option<usize> = None;
        let interview = answers_in_first_person(&article.text);
        // The issuers of a statement the article prints in full ("We, the leaders of the
        // Coalition of the Willing, …"): its first-person paragraphs are their words.
        let mut statement_voice: Option<Vec<usize>> = None;
        // A quotation that runs on past its sentence: its sentences without quotation marks
        // are quoted too.
        let mut quote_open = false;
        // Every sentence is analysed once, up front: a quotation's speaker may be named in a
        // later sentence of the paragraph (`closing_speaker`).
        // `views` yields them in turn and keeps the later ones for that look-ahead.
        let mut views = article
            .sentences
            .iter()
            .map(|s| analyse(article.sentence_text(s), gazetteer))
            .collect::<Vec<SentenceView>>()
            .into_iter();
        while let Some(mut view) = views.next() {
            let at = article.sentences.len() - views.len() - 1;
            let sentence = &article.sentences[at];
            let text = article.sentence_text(sentence);
            discourse.resolve(&mut view, gazetteer);
            let inside_quote = quote_open && view.quotes.is_empty();
            if inside_quote {
                view.quotes.push(0..view.tokens.len());
            }
            quote_open = quote_runs_on(&view) || inside_quote;
            // "\"We will not send troops. Our task is …,\" the minister said": the speaker
            // named where the quotation closes speaks its earlier sentences.
            if quote_open {
                if let Some(speaker) = closing_speaker(article, views.as_slice(), at, gazetteer) {
                    discourse.last_speaker = speaker;
                }
            }
            if first_person.is_none() {
                first_person = view.actors.iter().find_map(|m| {
                    m.actor
                        .filter(|&a| a < gazetteer.actors.len())
                        .filter(|&a| gazetteer.actors[a].kind == ActorKind::Person)
                });
            }
            if sentence.paragraph != paragraph {
                paragraph = sentence.paragraph;
                in_list_item = sentence.kind == UnitKind::Bullet;
                let paragraph_text = article
                    .text
                    .get(sentence.span.start..)
                    .and_then(|rest| rest.lines().next())
                    .unwrap_or("");
                if let Some(issuers) = statement_opening(&view) {
                    statement_voice = Some(issuers);
                }
                // The statement runs on through its list and its first-person paragraphs; a
                // heading or a paragraph of reporting ends it.
                let in_statement = match sentence.kind {
                    UnitKind::Bullet => statement_voice.is_some(),
                    UnitKind::Body => speaks_as_we(paragraph_text),
                    UnitKind::Title | UnitKind::Heading => false,
                };
                if !in_statement {
                    statement_voice = None;
                }
                turn = match (&statement_voice, sentence.kind) {
                    (Some(issuers), UnitKind::Body) => Turn::Speaker(issuers.clone()),
                    (_, UnitKind::Body) => Turn::of(
                        &view,
                        paragraph_text,
                        first_person.filter(|_| interview),
                        gazetteer,
                    ),
                    _ => Turn::Narration,
                };
            }
            match &turn {
                Turn::Narration => {}
                // The interviewer's questions are nobody's stance; a statement of fact in a
                // question's lead-in ("Q: Trump has called for a freeze. Do you agree?") is read
                // as prose.
                Turn::Interviewer if text.trim_end().ends_with('?') => {
                    discourse.update(&view, gazetteer, &[]);
                    continue;
                }
                Turn::Interviewer => {}
                // An answer is the speaker's words, as if quoted.
                Turn::Speaker(speaker) => {
                    if view.quotes.is_empty() {
                        view.quotes.push(0..view.tokens.len());
                    }
                    voice_titles(&mut view, speaker, gazetteer);
                    discourse.last_speaker.clone_from(speaker);
                }
            }
            // "Joint statement …, signed by A, B and C: we support …": the signers' words.
            let signers = signed_statement(&view).map(|(colon, signers)| {
                view.quotes.push(colon + 1..view.tokens.len());
                signers
            });
            let ctx = SentenceCtx {
                article,
                gazetteer,
                view: &view,
                text,
                offset: sentence.span.start,
                index: sentence.index,
                kind: sentence.kind,
                in_list_item,
                date: article
                    .date
                    .map(|d| super::time::resolve_date(text, d).unwrap_or(d)),
                extractor: self.name(),
                new_people: &discourse.new_people,
                open_proposals: self.open_proposals,
                signers,
            };
            let mut found = ctx.statements(&discourse);
            let documents = ctx.documents();
            found.extend(ctx.authored_proposals(&documents));
            let provisions = ctx.provisions(&documents, &discourse);
            let sets_out_provisions = !provisions.is_empty();
            if !provisions.is_empty() {
                // A provision replaces a cue's reading of the same words; another clause's
                // stance on the same proposal ("… as Ottawa warns against trading land") stays.
                found.retain(|f| {
                    !provisions.iter().any(|p| {
                        let (a, b) = (&p.tokens, &f.tokens);
                        p.statement.proposal == f.statement.proposal
                            && a.start < b.end
                            && b.start < a.end
                    })
                });
                found.extend(provisions);
            }
            // "… sets out what Tallinn wants to see in any deal:" + "• no caps on the army": a
            // list item with no stance of its own carries the stance of the list's introduction.
            if sentence.kind == UnitKind::Bullet {
                if let Some((holders, stance, provisions)) = &list_intro {
                    if found.is_empty() || *provisions {
                        found = ctx.list_item(holders, *stance);
                    }
                }
            } else {
                list_intro = introduces_list(text)
                    .then(|| {
                        ctx.provision_list(&documents, &discourse)
                            .map(|author| (author, Stance::Proposes, true))
                            .or_else(|| {
                                ctx.introduction(&discourse)
                                    .map(|(holders, stance)| (holders, stance, false))
                            })
                    })
                    .flatten();
            }
            drop_broader(&mut found, gazetteer);
            discourse.note_documents(&documents, sentence.index);
            if sets_out_provisions {
                discourse.continue_document(sentence.index);
            }
            discourse.update(&view, gazetteer, &found);
            out.extend(found.into_iter().map(|f| f.statement));
        }
        out
    }
}

/// Whether the sentence's last quotation opens and does not close in it.
fn quote_runs_on(view: &SentenceView) -> bool {
    view.quotes.last().is_some_and(|q| {
        q.end == view.tokens.len()
            && q.end > q.start + 1
            && !matches!(view.tokens[q.end - 1].lower.as_str(), "\"" | "”")
    })
}

/// "MS. LEAVITT: The President has been very clear …": in an official's own words, a title
/// their state's leader bears ("the president") is that leader, not the article's most named
/// bearer of the title.
fn voice_titles(view: &mut SentenceView, speaker: &[usize], gazetteer: &Gazetteer) {
    let [speaker] = speaker else { return };
    let Some(entry) = gazetteer.actors.get(*speaker) else {
        return;
    };
    if entry.kind != ActorKind::Person || entry.leads {
        return;
    }
    let Some(state) = entry
        .country
        .as_deref()
        .and_then(|c| gazetteer.actor(c))
        .map(|c| &gazetteer.actors[c])
    else {
        return;
    };
    for m in view.actors.iter_mut().filter(|m| m.via == Via::Title) {
        let Some((title, _)) = m.title.and_then(|t| gazetteer.titles.get(t)) else {
            continue;
        };
        let leader = gazetteer
            .actors
            .iter()
            .position(|a| a.heads(state) && a.titles.contains(title));
        if leader.is_some() {
            m.actor = leader;
        }
    }
}

/// The named speaker of the sentence where a quotation running on from sentence `from`
/// closes, within its paragraph; none if the quotation closes without a named speaker.
/// `later` holds the analyses of the sentences after it.
fn closing_speaker(
    article: &Article,
    later: &[SentenceView],
    from: usize,
    gazetteer: &Gazetteer,
) -> Option<Vec<usize>> {
    let paragraph = article.sentences[from].paragraph;
    let later = article.sentences[from + 1..].iter().zip(later);
    for (_, view) in later.take_while(|(s, _)| s.paragraph == paragraph).take(4) {
        // The closing mark comes first, after the quotation's last words.
        let closes = view
            .quotes
            .first()
            .is_some_and(|q| q.start == 0 && !matches!(view.tokens[0].lower.as_str(), "\"" | "“"));
        if closes {
            return quote_speaker(view, gazetteer);
        }
        if !view.quotes.is_empty() {
            return None;
        }
    }
    None
}

/// Words of a speaker talking about themselves, case as written: a lowercase "us" is the
/// pronoun, "US" the country.
const FIRST_PERSON_WORDS: &[&str] = &[
    "I", "I'm", "I’m", "I've", "I’ve", "me", "my", "My", "we", "We", "we're", "We're", "our",
    "Our", "us",
];

/// Whether the word after a definite phrase's head names more than the head ("the plan for a
/// loan", "the force's mandate"): then the phrase does not simply refer back.
fn names_more(tokens: &[Token], head_at: usize) -> bool {
    tokens
        .get(head_at + 1)
        .is_some_and(|t| matches!(t.lower.as_str(), "of" | "for" | "to" | "'s" | "’s"))
}

/// Adds definite phrases that refer back to a proposal ("the force", "the revised text") to the
/// sentence's proposal mentions, in text order.
fn add_anaphors(view: &mut SentenceView, found: Vec<(Range<usize>, usize)>) {
    if found.is_empty() {
        return;
    }
    view.proposals
        .extend(found.into_iter().map(|(tokens, proposal)| ProposalMention {
            tokens,
            proposal,
            by_rule: false,
            negated: false,
            anaphor: true,
        }));
    view.proposals.sort_by_key(|p| p.tokens.start);
}

/// The issuers a sentence opens a statement for in the first person: "We, the leaders of the
/// Coalition of the Willing, …" (the apposition after "We," names them).
fn statement_opening(view: &SentenceView) -> Option<Vec<usize>> {
    let toks = &view.tokens;
    if !(toks.first()?.lower == "we" && toks.get(1)?.lower == "," && toks.get(2)?.lower == "the") {
        return None;
    }
    let close = toks.iter().skip(3).position(|t| t.lower == ",")? + 3;
    let first = view
        .actors
        .iter()
        .find(|m| m.tokens.start > 2 && m.tokens.end <= close && m.actor.is_some())?;
    Some(group_from(view, first))
}

/// A statement introduced by its signers before a colon, in the first person after it: "Joint
/// statement of 21 October, signed by Starmer, Macron and Merz along with Zelensky: we strongly
/// support …". Gives the colon's token and every actor named between "signed by" and the colon.
fn signed_statement(view: &SentenceView) -> Option<(usize, Vec<usize>)> {
    let toks = &view.tokens;
    let by = toks
        .windows(2)
        .position(|w| w[0].lower == "signed" && w[1].lower == "by")?
        + 1;
    let colon = (by + 1..toks.len()).find(|&i| toks[i].lower == ":")?;
    let first_person = toks[colon + 1..]
        .iter()
        .take(3)
        .any(|t| matches!(t.lower.as_str(), "we" | "our"));
    if !first_person || view.quotes.iter().any(|q| q.start <= colon) {
        return None;
    }
    let mut signers = Vec::new();
    for m in &view.actors {
        if m.tokens.start > by && m.tokens.end <= colon && !m.in_proposal && m.via != Via::Pronoun {
            for a in m.actor.into_iter().chain(m.also.iter().copied()) {
                if !signers.contains(&a) {
                    signers.push(a);
                }
            }
        }
    }
    (!signers.is_empty()).then_some((colon, signers))
}

/// Whether a paragraph speaks as "we" outside quotation marks.
fn speaks_as_we(paragraph: &str) -> bool {
    unquoted(paragraph)
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| matches!(w, "We" | "we" | "Our" | "our"))
}

/// A text with what stands inside quotation marks blanked out.
fn unquoted(text: &str) -> String {
    let mut quoted = false;
    text.chars()
        .map(|c| {
            if matches!(c, '"' | '“' | '”') {
                quoted = !quoted;
            }
            if quoted {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// Whether an article's "A:" answers are an interviewee's words: some answer speaks in the
/// first person. An explainer's answers ("A: Not to the full truce. …") are the writer's prose.
fn answers_in_first_person(text: &str) -> bool {
    text.lines()
        .filter_map(|line| {
            let line = line.trim_start();
            ["A:", "A.", "A)", "Answer:"]
                .iter()
                .find_map(|label| line.strip_prefix(label))
        })
        .any(|answer| {
            // Outside quotation marks: a quoted "our constitution" is someone else's voice.
            unquoted(answer)
                .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                .any(|w| FIRST_PERSON_WORDS.contains(&w))
        })
}

/// Drops a sentence's statement on a concept when the same holder takes the same stance on a
/// narrower one (`skos:broader`) in that sentence: "security guarantees modelled on Article 5"
/// name one proposal, the Article 5-style guarantee.
fn drop_broader(found: &mut Vec<Found>, gazetteer: &Gazetteer) {
    let broader: Vec<(String, Stance, String)> = found
        .iter()
        .filter_map(|f| match &f.statement.proposal {
            ProposalRef::Known(slug) => gazetteer
                .proposal(slug)
                .map(|p| (f, &gazetteer.proposals[p].broader)),
            ProposalRef::New(_) => None,
        })
        .flat_map(|(f, broader)| {
            broader
                .iter()
                .map(|b| (f.statement.actor.clone(), f.statement.stance, b.clone()))
        })
        .collect();
    if broader.is_empty() {
        return;
    }
    found.retain(|f| {
        !broader.iter().any(|(actor, stance, slug)| {
            *actor == f.statement.actor
                && *stance == f.statement.stance
                && matches!(&f.statement.proposal, ProposalRef::Known(s) if s == slug)
        })
    });
}

/// Whether a sentence introduces the list that follows it: it ends with a colon, or with
/// "as follows." / "the following." ("The main elements of the plan are as follows.").
fn introduces_list(text: &str) -> bool {
    let text = text.trim_end();
    text.ends_with(':') || {
        let lower = text.trim_end_matches('.').to_lowercase();
        lower.ends_with("as follows") || lower.ends_with("the following")
    }
}

/// Who speaks in a paragraph of an interview transcript.
#[derive(Debug)]
enum Turn {
    /// Ordinary prose.
    Narration,
    /// "Michal: Yes. Estonia will …": the named actor answers.
    Speaker(Vec<usize>),
    /// "Nordic Ledger: Where do you stand?": the interviewer asks.
    Interviewer,
}

impl Turn {
    /// The turn a paragraph opens: a label of one to four capitalised words and a colon at its
    /// start; a label that names no actor is the interviewer's when the paragraph asks something.
    /// "Q:" or "Q." is always the interviewer's, "A:" or "A." the interviewee's (the first
    /// person the article names, when it names one and the article is an interview).
    fn of(
        view: &SentenceView,
        paragraph: &str,
        interviewee: Option<usize>,
        gazetteer: &Gazetteer,
    ) -> Turn {
        // "Q. Is NATO membership off the table?" / "A. Absolutely not.": the transcript's
        // labels written with a full stop.
        let head = paragraph.trim_start();
        if head.starts_with("Q. ") || head.starts_with("Q) ") {
            return Turn::Interviewer;
        }
        let answer = || interviewee.map_or(Turn::Narration, |a| Turn::Speaker(vec![a]));
        if head.starts_with("A. ") || head.starts_with("A) ") {
            return answer();
        }
        let toks = &view.tokens;
        let Some(colon) = toks.iter().take(5).position(|t| t.lower == ":") else {
            return Turn::Narration;
        };
        if colon == 0 || !toks[..colon].iter().all(|t| t.capitalised || !t.is_word()) {
            return Turn::Narration;
        }
        if colon == 1 {
            match toks[0].lower.as_str() {
                "q" | "question" => return Turn::Interviewer,
                "a" | "answer" => return answer(),
                _ => {}
            }
        }
        let label = view
            .actors
            .iter()
            .find(|m| m.tokens.start == 0 && m.tokens.end == colon);
        // "PEVKUR:", "MACRON:", "MS. LEAVITT:": a transcript's label in capitals names the
        // speaker too, past an honorific.
        let capitals = || {
            let honorific = matches!(toks[0].lower.as_str(), "mr" | "ms" | "mrs" | "dr")
                && toks.get(1).is_some_and(|t| t.lower == ".");
            let words = &toks[if honorific { 2 } else { 0 }..colon];
            if words.is_empty() {
                return None;
            }
            if !words.iter().all(|t| t.lower.chars().count() > 1) {
                return None;
            }
            let name: Vec<String> = words.iter().map(|t| name_case(&t.lower)).collect();
            let named = analyse(&name.join(" "), gazetteer);
            let all_caps = paragraph
                .split(':')
                .next()
                .is_some_and(|l| !l.chars().any(char::is_lowercase));
            named
                .actors
                .first()
                .filter(|m| all_caps && m.tokens.start == 0 && m.tokens.end == named.tokens.len())
                .and_then(|m| m.actor)
        };
        match label.and_then(|m| m.actor).or_else(capitals) {
            Some(actor) => Turn::Speaker(vec![actor]),
            None if label.is_none() && paragraph.contains('?') => Turn::Interviewer,
            None => Turn::Narration,
        }
    }
}

/// What earlier sentences tell about who "he", "they" and "the minister" are.
#[derive(Debug, Default)]
struct Discourse {
    last_person: HashMap<Gender, usize>,
    last_titled: HashMap<usize, usize>,
    /// Mentions so far of each bearer of each title: "the president" is the one the article
    /// names most, not merely the last one named.
    titled_mentions: HashMap<(usize, usize), usize>,
    last_collective: Option<usize>,
    last_group: Vec<usize>,
    last_speaker: Vec<usize>,
    /// The sentence and parties of the latest talks ("Trump held talks with Zelensky …").
    last_meeting: Option<(usize, Vec<usize>)>,
    /// The two sides of the latest sentence that named talks between exactly two, with the
    /// number of sentences seen then: what "the two sides" and "both leaders" refer to.
    last_pair: Option<(usize, Vec<usize>)>,
    /// Proposals of the latest sentence that named any: what "this idea" refers to.
    last_proposals: Vec<usize>,
    /// Those of `last_proposals` named with a plural noun ("sanctions", "security
    /// guarantees"): what "them" refers to.
    last_plural_proposals: Vec<usize>,
    /// The author of the latest written proposal whose author was named ("the draft").
    document_author: Option<Vec<usize>>,
    /// The author of the latest named document that was not a counter-proposal, and whether
    /// `document_author` is a counter-proposal's.
    plan_author: Option<Vec<usize>>,
    counter_last: bool,
    /// The written proposal the latest authored document named ("the 28-point plan"): what
    /// "the plan" means once it has been named.
    document_proposal: Option<usize>,
    /// The latest sentence that named a written proposal ("… a counterproposal. It would …").
    document_sentence: Option<usize>,
    /// People the ontology lacks, met in this article: (name, country); actor id is
    /// `gazetteer.actors.len() + index`.
    new_people: Vec<(String, Option<usize>)>,
    /// Head nouns of recent proposal mentions (`sg:AnaphoricHead`) with the proposal and the
    /// number of sentences seen when it was named: what "the force" refers back to.
    proposal_heads: HashMap<String, (usize, usize)>,
    /// Sentences seen so far.
    sentences_seen: usize,
    /// Who issued the latest statement the article names ("In a joint statement, the leaders
    /// of France, Britain and Germany …") and when: whom "the statement said" quotes.
    statement_issuers: Option<(Vec<usize>, usize)>,
}

/// Whether the singular pronoun `m` has a document noun of its sentence as nearest antecedent:
/// one before it with no state or organisation named in between ("The plan grants an amnesty,
/// and it calls for elections").
fn document_antecedent(view: &SentenceView, m: &ActorMention, gazetteer: &Gazetteer) -> bool {
    let Some(noun) = (0..m.tokens.start)
        .rev()
        .find(|&i| gazetteer.documents.is_noun(&view.tokens[i].lower))
    else {
        return false;
    };
    !view.actors.iter().any(|o| {
        o.actor
            .is_some_and(|a| gazetteer.actors[a].kind != ActorKind::Person)
            && !o.in_proposal
            && o.tokens.start > noun
            && o.tokens.start < m.tokens.start
    })
}

/// Whether a reporting verb has, right before or after it, a name of two or more capitalised
/// words that no actor mention covers ("said Cha Min-jun", "Cha Min-jun said").
fn unknown_named_speaker(view: &SentenceView) -> bool {
    let toks = &view.tokens;
    let covered = |i: usize| view.actors.iter().any(|m| m.tokens.contains(&i));
    let name_word = |i: usize| toks[i].is_word() && toks[i].capitalised && !covered(i);
    view.cues.iter().any(|c| {
        if c.kind != CueKind::Reporting {
            return false;
        }
        // "told Fox News" names whom the speaker told.
        let told = matches!(
            toks[c.tokens.end - 1].lower.as_str(),
            "told" | "tells" | "tell" | "telling"
        );
        let after = if told {
            0
        } else {
            (c.tokens.end..toks.len())
                .take_while(|&i| name_word(i))
                .count()
        };
        let before = (0..c.tokens.start)
            .rev()
            .take_while(|&i| name_word(i))
            .count();
        // A name that opens the sentence may be a capitalised common word ("Officials said").
        after >= 2 || (before >= 2 && before < c.tokens.start)
    })
}

/// Conjunctions that open a subordinate clause with a subject of its own ("after Trump urged
/// …", "when Moscow rejected …"). Conditions ("if", "once") are read as conditions instead.
const SUBORDINATORS: &[&str] = &[
    "after", "when", "before", "because", "since", "while", "whereas", "although", "though",
    "until", "as",
];

/// Verbs whose object a judgement after it describes ("called the measures long overdue").
const NAMING_VERBS: &[&str] = &[
    "called",
    "calls",
    "call",
    "calling",
    "described",
    "describes",
    "describing",
    "labelled",
    "labeled",
    "branded",
    "brands",
    "termed",
    "terms",
    "dubbed",
    "deemed",
    "deems",
];

/// Modifiers between "the" and a document noun that still refer back to the document named
/// ("the American text", "the revised version", "the refined framework").
const DOCUMENT_MODIFIERS: &[&str] = &[
    "american", "us", "u.s.", "revised", "updated", "refined", "original", "amended", "initial",
    "latest", "new", "leaked", "draft", "peace", "28-point", "19-point", "current", "whole",
    "entire", "first", "reworked",
];

/// Nouns for a written statement whose issuers "the statement said" stands for.
const STATEMENT_NOUNS: &[&str] = &["statement", "communique", "communiqué", "declaration"];

/// How many sentences back "the force" may find the proposal it refers to, and "the
/// statement" the sentence that named its issuers.
const DISCOURSE_REACH: usize = 8;
/// How many sentences after the talks that named them "the two sides" still refers to their
/// two sides.
const PAIR_REACH: usize = 3;

impl Discourse {
    /// "a reassurance force … Britain would contribute to the force": a definite phrase whose
    /// head named a recent proposal, with no proposal of its own, is that proposal.
    fn resolve_head_anaphors(&self, view: &mut SentenceView, gazetteer: &Gazetteer) {
        let toks = &view.tokens;
        let mut found = Vec::new();
        for i in 0..toks.len() {
            let mut head_at = match toks[i].lower.as_str() {
                "the" | "this" | "that" | "these" | "those" => i + 1,
                "such"
                    if toks
                        .get(i + 1)
                        .is_some_and(|t| t.lower == "a" || t.lower == "an") =>
                {
                    i + 2
                }
                // "any such troops": a plural head right after "such".
                "such" => i + 1,
                _ => continue,
            };
            // "the American measures", "the new package": past one modifier of origin or time;
            // a concept's own noun also past a place ("the Paris pledges").
            let modifier = toks.get(head_at).is_some_and(|t| {
                matches!(
                    t.lower.as_str(),
                    "new" | "latest" | "fresh" | "american" | "us" | "u.s." | "eu" | "european"
                )
            });
            let place = toks
                .get(head_at)
                .is_some_and(|t| t.capitalised && t.is_word())
                && toks.get(head_at + 1).is_some_and(|h| {
                    // A concept's own referring noun (`sg:referredToAs`) only.
                    self.proposal_heads.get(&h.lower).is_some_and(|&(p, _)| {
                        gazetteer.proposals[p].referred_to_as.contains(&h.lower)
                    })
                });
            if modifier || place {
                head_at += 1;
            }
            let Some(head) = toks.get(head_at) else {
                continue;
            };
            let Some(&(proposal, seen)) = self.proposal_heads.get(&head.lower) else {
                continue;
            };
            let covered = view.proposals.iter().any(|p| p.tokens.contains(&head_at));
            if names_more(toks, head_at) || covered || self.sentences_seen - seen > DISCOURSE_REACH
            {
                continue;
            }
            found.push((i..head_at + 1, proposal));
        }
        add_anaphors(view, found);
    }

    /// "the refined framework", "the American text", "the original": once the article has
    /// named a written proposal the ontology knows, a definite document noun (past modifiers
    /// of origin or revision) is that proposal. A counter-proposal noun is not; nor is a noun
    /// that names more ("the plan for a loan").
    fn resolve_document_anaphors(&self, view: &mut SentenceView, gazetteer: &Gazetteer) {
        let Some(proposal) = self.document_proposal.filter(|_| !self.counter_last) else {
            return;
        };
        let toks = &view.tokens;
        let is_noun =
            |t: &Token| !t.lower.starts_with("counter") && gazetteer.documents.is_noun(&t.lower);
        let mut found = Vec::new();
        for i in 0..toks.len() {
            if !matches!(toks[i].lower.as_str(), "the" | "this" | "that") {
                continue;
            }
            let mut head_at = i + 1;
            while head_at < toks.len()
                && head_at <= i + 2
                && DOCUMENT_MODIFIERS.contains(&toks[head_at].lower.as_str())
                && toks.get(head_at + 1).is_some_and(|t| t.is_word())
            {
                head_at += 1;
            }
            let Some(head) = toks.get(head_at) else {
                continue;
            };
            // "Moscow calls the original a possible basis": the adjective alone.
            let bare_original = head_at == i + 2
                && toks[i + 1].lower == "original"
                && matches!(
                    head.lower.as_str(),
                    "a" | "an" | "the" | "," | "." | "as" | "was" | "is" | "would" | "could"
                );
            let head_at = if bare_original { i + 1 } else { head_at };
            if !bare_original && !is_noun(head) {
                continue;
            }
            let covered = view
                .proposals
                .iter()
                .any(|p| p.tokens.contains(&head_at) || p.tokens.contains(&i));
            if names_more(toks, head_at) || covered {
                continue;
            }
            found.push((i..head_at + 1, proposal));
        }
        add_anaphors(view, found);
    }

    /// The pair as "the two presidents" or "both leaders" name it: a pair of states by their
    /// leaders (`sg:leads`), any other pair as it is.
    fn pair_as(pair: &[usize], words: &[Token], gazetteer: &Gazetteer) -> Vec<usize> {
        let presidents = words.iter().any(|t| t.lower == "presidents");
        let leaders = presidents || words.iter().any(|t| t.lower == "leaders");
        // "The two presidents": a state's president, not its prime minister.
        let leader_of = |state: usize| {
            let state = gazetteer.actors.get(state)?;
            let mut leading = gazetteer.actors.iter().enumerate().filter(|(_, e)| {
                e.heads(state) && (!presidents || e.titles.iter().any(|t| t.contains("president")))
            });
            match (leading.next(), leading.next()) {
                (Some((i, _)), None) => Some(i),
                _ => None,
            }
        };
        let states = pair.iter().all(|&a| {
            gazetteer
                .actors
                .get(a)
                .is_some_and(|e| e.kind != ActorKind::Person)
        });
        if leaders && states {
            if let Some(people) = pair
                .iter()
                .map(|&a| leader_of(a))
                .collect::<Option<Vec<_>>>()
            {
                return people;
            }
        }
        pair.to_vec()
    }

    /// "A call between Trump and Putin", "Rubio and Waltz met Lavrov and Ushakov", "senior
    /// American and Russian officials sat across a table": a sentence of talks whose named
    /// actors (and nationalities) belong to exactly two sides is the pair "the two sides"
    /// refers to next — the two people if each side is one person, else the two states.
    fn note_pair(&mut self, view: &SentenceView, gazetteer: &Gazetteer) {
        let side = |a: usize| gazetteer.actor(gazetteer.actors.get(a)?.side()?);
        let named: Vec<usize> = view
            .actors
            .iter()
            .filter(|m| !m.in_proposal && m.via != Via::Pronoun)
            .filter_map(|m| m.actor)
            .filter(|&a| a < gazetteer.actors.len())
            .collect();
        let in_proposal =
            |r: &Range<usize>| view.proposals.iter().any(|p| p.tokens.contains(&r.start));
        let nationalities = view
            .demonyms
            .iter()
            .filter(|(r, _)| !in_proposal(r))
            .map(|&(_, a)| a);
        let mut sides: Vec<usize> = named
            .iter()
            .filter_map(|&a| side(a))
            .chain(nationalities)
            .collect();
        sides.sort_unstable();
        sides.dedup();
        let talks = view.tokens.iter().any(|t| {
            gazetteer.meeting_nouns.contains(&t.lower) || gazetteer.talks_words.contains(&t.lower)
        });
        if sides.len() != 2 || !talks {
            return;
        }
        let mut people: Vec<usize> = named
            .iter()
            .copied()
            .filter(|&a| gazetteer.actors[a].kind == ActorKind::Person)
            .collect();
        people.sort_unstable();
        people.dedup();
        let one_each = people.len() == 2 && side(people[0]) != side(people[1]);
        let pair = if one_each { people } else { sides };
        self.last_pair = Some((self.sentences_seen, pair));
    }

    /// Remembers the anaphoric head nouns of this sentence's proposal mentions.
    fn note_proposal_heads(&mut self, view: &SentenceView, gazetteer: &Gazetteer) {
        self.sentences_seen += 1;
        for p in view.proposals.iter().filter(|p| !p.negated) {
            for t in &view.tokens[p.tokens.clone()] {
                if gazetteer.anaphoric_heads.contains(&t.lower) {
                    self.proposal_heads
                        .insert(t.lower.clone(), (p.proposal, self.sentences_seen));
                }
            }
            // A named concept's own referring nouns ("sanctions" … "the measures").
            for head in &gazetteer.proposals[p.proposal].referred_to_as {
                self.proposal_heads
                    .insert(head.clone(), (p.proposal, self.sentences_seen));
            }
        }
    }

    /// "The statement also said …", "according to the statement": the statement's issuers,
    /// named in one of the last few sentences, speak.
    fn resolve_statement(&self, view: &mut SentenceView) {
        let Some((issuers, seen)) = &self.statement_issuers else {
            return;
        };
        if self.sentences_seen - seen > DISCOURSE_REACH {
            return;
        }
        let toks = &view.tokens;
        let Some(noun) = (1..toks.len()).find(|&i| {
            STATEMENT_NOUNS.contains(&toks[i].lower.as_str())
                && (toks[i - 1].lower == "the"
                    || (i >= 2 && toks[i - 1].lower == "joint" && toks[i - 2].lower == "the"))
        }) else {
            return;
        };
        let start = if toks[noun - 1].lower == "joint" {
            noun - 2
        } else {
            noun - 1
        };
        if view.actors.iter().any(|m| m.tokens.contains(&noun)) {
            return;
        }
        let Some((first, rest)) = issuers.split_first() else {
            return;
        };
        let mut mention = ActorMention::new(start..noun + 1, Some(*first), Via::Name);
        mention.also = rest.to_vec();
        mention.plural = !rest.is_empty();
        view.actors.push(mention);
        view.actors.sort_by_key(|m| m.tokens.start);
    }

    fn resolve(&mut self, view: &mut SentenceView, gazetteer: &Gazetteer) {
        self.resolve_head_anaphors(view, gazetteer);
        self.resolve_document_anaphors(view, gazetteer);
        self.resolve_statement(view);
        for m in &mut view.actors {
            if let Some((name, country)) = &m.new_person {
                let index = match self.new_people.iter().position(|(n, _)| n == name) {
                    Some(i) => i,
                    None => {
                        self.new_people.push((name.clone(), *country));
                        self.new_people.len() - 1
                    }
                };
                m.actor = Some(gazetteer.actors.len() + index);
            }
        }
        // Resolve in text order so that a name earlier in the sentence wins.
        let mut local_person: HashMap<Gender, usize> = HashMap::new();
        let mut local_collective: Option<usize> = None;
        // "Poland and Italy have said they will not …": "they" after a named group in the same
        // sentence stands for that group.
        let local_groups: Vec<(usize, Vec<usize>)> = view
            .actors
            .iter()
            .filter(|m| m.actor.is_some() && !m.after_preposition && !m.in_proposal)
            .map(|m| (m.tokens.start, group_from(view, m)))
            .filter(|(_, g)| g.len() > 1)
            .collect();
        let document_pronouns: Vec<usize> = view
            .actors
            .iter()
            .filter(|m| {
                m.via == Via::Pronoun
                    && m.gender.is_none()
                    && !m.plural
                    && document_antecedent(view, m, gazetteer)
            })
            .map(|m| m.tokens.start)
            .collect();
        for m in &mut view.actors {
            if m.actor.is_none() && m.via == Via::Pronoun && m.plural {
                // "the three governments" refers only to a group of three.
                let count = group_count(&view.tokens, m);
                let fits = |group: &[usize]| count.is_none_or(|n| group.len() == n);
                // "The two leaders also agreed …": the two sides of the latest talks.
                let pair = self
                    .last_pair
                    .as_ref()
                    .filter(|(seen, _)| {
                        let sides = view.tokens[m.tokens.clone()]
                            .iter()
                            .any(|t| gazetteer.side_nouns.contains(&t.lower));
                        (count == Some(2) || sides) && self.sentences_seen - seen <= PAIR_REACH
                    })
                    .map(|(_, pair)| {
                        Self::pair_as(pair, &view.tokens[m.tokens.clone()], gazetteer)
                    });
                // … else, after a sentence whose stance several actors shared, all of them.
                let group = local_groups
                    .iter()
                    .find(|(at, _)| *at < m.tokens.start)
                    .map(|(_, group)| group.clone())
                    .or(pair)
                    .or_else(|| (self.last_group.len() > 1).then(|| self.last_group.clone()))
                    .filter(|group| fits(group));
                if let Some((first, rest)) = group.as_deref().and_then(<[usize]>::split_first) {
                    m.actor = Some(*first);
                    m.also = rest.to_vec();
                    continue;
                }
            }
            if let Some(a) = m.actor {
                let Some(entry) = gazetteer.actors.get(a) else {
                    // "Heorhii Tykhyi, the ministry's spokesman, said he …": a person the
                    // ontology lacks, of unknown gender, is what "he" or "she" after them means.
                    if m.new_person.is_some() && !m.after_preposition {
                        for g in [Gender::Male, Gender::Female] {
                            local_person.entry(g).or_insert(a);
                        }
                    }
                    continue;
                };
                // "Trump interrupted the session to phone Putin and said he …": the first
                // person named, the likelier subject, wins over later objects.
                // "After meeting Vladimir Putin, he dropped …": an object of a preposition or a
                // gerund is no antecedent for the clause's subject.
                if let Some(g) = entry.gender.filter(|_| !m.after_preposition) {
                    local_person.entry(g).or_insert(a);
                }
                // "Ukraine has told the United States it is ready …": as for persons, the first
                // state named wins over a later object.
                if entry.kind != ActorKind::Person && !m.in_proposal && !m.after_preposition {
                    local_collective.get_or_insert(a);
                }
                continue;
            }
            let resolved = match m.via {
                // "they" stands for a state or organisation named alone, never for a person; a
                // counted group ("the three governments") never for one actor.
                Via::Pronoun if m.plural => match self.last_group.as_slice() {
                    [one]
                        if group_count(&view.tokens, m).is_none()
                            && gazetteer
                                .actors
                                .get(*one)
                                .is_some_and(|e| e.kind != ActorKind::Person) =>
                    {
                        Some(*one)
                    }
                    _ => None,
                },
                // "It was reported", "it is difficult": an expletive, not an actor.
                Via::Pronoun if m.gender.is_none() && expletive(&view.tokens, m.tokens.end) => None,
                // "The plan grants an amnesty, and it calls for elections": "it" after a
                // document noun of its sentence, with no state or body named between, is the
                // document.
                Via::Pronoun if document_pronouns.contains(&m.tokens.start) => None,
                Via::Pronoun => match m.gender {
                    Some(g) => local_person.get(&g).or(self.last_person.get(&g)).copied(),
                    None => local_collective.or(self.last_collective),
                },
                Via::Title => m.title.and_then(|t| {
                    let last = self.last_titled.get(&t).copied()?;
                    // The most named bearer; the last named one wins a tie.
                    let best = self
                        .titled_mentions
                        .iter()
                        .filter(|((title, _), _)| *title == t)
                        .max_by_key(|&(&(_, a), &count)| (count, a == last))
                        .map_or(last, |(&(_, a), _)| a);
                    Some(best)
                }),
                Via::Name => None,
            };
            // "The next day he received Zelensky, said he would rather not …": the second
            // "he" is the subject the first one named, not the person named in between.
            if let (Some(a), Via::Pronoun, Some(g)) = (resolved, m.via, m.gender) {
                if !m.after_preposition {
                    local_person.entry(g).or_insert(a);
                }
            }
            m.actor = resolved;
        }
    }

    fn update(&mut self, view: &SentenceView, gazetteer: &Gazetteer, found: &[Found]) {
        self.note_proposal_heads(view, gazetteer);
        self.note_pair(view, gazetteer);
        // "He" in the next sentence is the sentence's subject ("Putin met Trump. He said …"):
        // per gender, the first person outside a prepositional phrase, else the last one named.
        let mut subject_person: HashMap<Gender, usize> = HashMap::new();
        for m in &view.actors {
            let Some(a) = m.actor else { continue };
            let Some(entry) = gazetteer.actors.get(a) else {
                // A person the ontology lacks, named as a subject, is what "he" or "she" in
                // the next sentence means ("… the ministry's spokesman, said …. He added …").
                if m.new_person.is_some() && !m.after_preposition && !m.in_proposal {
                    for g in [Gender::Male, Gender::Female] {
                        subject_person.entry(g).or_insert(a);
                        self.last_person.insert(g, a);
                    }
                }
                continue;
            };
            if let Some(g) = entry.gender {
                if !m.after_preposition && !m.in_proposal {
                    subject_person.entry(g).or_insert(a);
                }
                self.last_person.insert(g, a);
            }
            for title in &entry.titles {
                // `sg:title` values are lowercase already (see `ActorEntry::titles`).
                if let Some(t) = gazetteer.titles.iter().position(|(name, _)| name == title) {
                    self.last_titled.insert(t, a);
                    *self.titled_mentions.entry((t, a)).or_default() += 1;
                }
            }
            if entry.kind != ActorKind::Person && !m.in_proposal && !m.after_preposition {
                self.last_collective = Some(a);
            }
        }
        self.last_person.extend(subject_person);
        // "…, said Cha Min-jun, a senior fellow at a Seoul institute. He added …": a speaker
        // named by a name the ontology lacks and no title is what "he" or "she" then means, so
        // neither refers to a person named before.
        if unknown_named_speaker(view) {
            self.last_person.clear();
        }
        // Talks between several parties: what the next sentences say was discussed is theirs.
        let mut parties: Vec<usize> = found
            .iter()
            .filter(|f| f.statement.stance == Stance::Considers)
            .filter_map(|f| gazetteer.actor(&f.statement.actor))
            .collect();
        parties.sort_unstable();
        parties.dedup();
        if parties.len() > 1 {
            if let Some(f) = found.first() {
                self.last_meeting = Some((f.statement.prov.sentence, parties));
            }
        }
        let subject_group = view
            .actors
            .iter()
            .filter(|m| m.actor.is_some() && !m.after_preposition && !m.in_proposal)
            .map(|m| group_from(view, m))
            .find(|g| g.len() > 1);
        // "Starmer, Merz and Macron said the American draft was a basis …": a holder the
        // sentence names only inside a proposal's name, or not at all (the draft's author), is
        // not whom "they" then refers to when a group of subjects was named.
        let unnamed_subject = |a: usize| {
            !view
                .actors
                .iter()
                .any(|m| m.actor == Some(a) && !m.in_proposal)
        };
        let holders: Vec<usize> = found
            .first()
            .map(|first| {
                found
                    .iter()
                    .filter(|f| f.statement.prov.sentence == first.statement.prov.sentence)
                    .filter_map(|f| gazetteer.actor(&f.statement.actor))
                    .collect()
            })
            .unwrap_or_default();
        let holders_unnamed = !holders.is_empty() && holders.iter().all(|&a| unnamed_subject(a));
        // "Starmer, Merz and Macron said the American draft was a basis …": when the holders
        // include the list of subjects, "they" is that list, not the draft's author as well.
        let subject_list_holds = subject_group
            .as_ref()
            .is_some_and(|g| g.iter().all(|a| holders.contains(a)));
        if subject_list_holds {
            self.last_group = subject_group.unwrap_or_default();
        } else if !holders.is_empty() && (!holders_unnamed || subject_group.is_none()) {
            self.last_group = holders;
            self.last_group.dedup();
        } else if let Some(group) = subject_group {
            // "The leaders of Britain, France and Germany called the draft a basis. They also
            // said …": a sentence with no stance still names the group "they" refers to.
            self.last_group = group;
        }
        // "In a joint statement, France, Britain and Germany …", "X issued a statement": a
        // statement named with an article other than "the" is this sentence's subjects'.
        let names_statement = view.tokens.iter().enumerate().any(|(i, t)| {
            STATEMENT_NOUNS.contains(&t.lower.as_str())
                && i > 0
                && matches!(
                    view.tokens[i - 1].lower.as_str(),
                    "a" | "joint" | "its" | "their"
                )
        });
        if names_statement && !self.last_group.is_empty() {
            self.statement_issuers = Some((self.last_group.clone(), self.sentences_seen));
        }
        if let Some(speaker) = quote_speaker(view, gazetteer) {
            self.last_speaker = speaker;
        }
        // What "this option" can refer to: proposals named, not those ruled out on the way
        // ("… without NATO membership").
        let named: Vec<&ProposalMention> = view
            .proposals
            .iter()
            .filter(|p| {
                let negated = negated_just_before(view, p.tokens.start);
                let without =
                    p.tokens.start > 0 && view.tokens[p.tokens.start - 1].lower == "without";
                // An open proposal is named by its own words, seldom referred back to.
                !negated && !without && !gazetteer.proposals[p.proposal].open
            })
            .collect();
        if !named.is_empty() {
            self.last_proposals = named.iter().map(|p| p.proposal).collect();
            self.last_proposals.dedup();
            self.last_plural_proposals = named
                .iter()
                .filter(|p| names_plural(view, p))
                .map(|p| p.proposal)
                .collect();
            self.last_plural_proposals.dedup();
        }
    }
}

/// A statement plus what the discourse needs to remember of it.
struct Found {
    statement: Statement,
    /// The sentence's tokens the statement was read from: from its cue, subject or document to
    /// its proposal, or a provision's proposal alone.
    tokens: Range<usize>,
}

struct SentenceCtx<'a> {
    article: &'a Article,
    gazetteer: &'a Gazetteer,
    view: &'a SentenceView,
    text: &'a str,
    offset: usize,
    index: usize,
    kind: UnitKind,
    /// The sentence belongs to a bullet or "Option N:" item.
    in_list_item: bool,
    /// The day the sentence names, else the article's date (see `time::resolve_date`).
    date: Option<Date>,
    extractor: &'static str,
    new_people: &'a [(String, Option<usize>)],
    open_proposals: bool,
    /// The signers of a statement the sentence introduces before a colon (`signed_statement`),
    /// who speak its first-person words.
    signers: Option<Vec<usize>>,
}

/// Holders found for a cue and how sure we are of them.
struct Holders {
    actors: Vec<usize>,
    confidence: f32,
    first_token: usize,
}

impl Holders {
    /// The group that mention `m` opens ("France and the UK"), starting at `m`.
    fn of(view: &SentenceView, m: &ActorMention, confidence: f32) -> Holders {
        Holders {
            actors: group_from(view, m),
            confidence,
            first_token: m.tokens.start,
        }
    }
}

impl SentenceCtx<'_> {
    fn statements(&self, discourse: &Discourse) -> Vec<Found> {
        let view = self.view;
        // A sentence that ends in a question mark asks; so does one whose closing quotation
        // ends in one ("Reader question: \"Will the US send troops?\"").
        let trimmed = self.text.trim_end();
        let is_question = (trimmed.ends_with('?') && view.quotes.is_empty())
            || trimmed
                .strip_suffix(['"', '”'])
                .is_some_and(|inner| inner.ends_with('?'));
        if is_question {
            return Vec::new();
        }
        let speaker = self.speaker(discourse);
        let colon_speaker = self.colon_speaker();
        // Cues inside "whether …" or an "if …" clause are not asserted.
        let stance_cues: Vec<&CueMention> = view
            .cues
            .iter()
            .filter(|c| {
                matches!(c.kind, CueKind::Stance(_))
                    && !self.embedded(c)
                    && !self.verb_form_as_noun(c, discourse)
                    && !self.reduced_passive(c)
            })
            .collect();
        let mut out = Vec::new();
        let mut targeted: Vec<usize> = Vec::new();
        let endorsed = self.endorsing_clauses();
        // A cue that is the object of the cue before it ("offered to expand its support for X",
        // "agreed to consider X") carries no stance of its own: the governing cue takes its targets.
        let governed: Vec<bool> = stance_cues
            .iter()
            .enumerate()
            .map(|(ci, c)| ci > 0 && self.governs(stance_cues[ci - 1], c))
            .collect();
        for (ci, cue) in stance_cues.iter().enumerate() {
            let CueKind::Stance(mut base) = cue.kind else {
                continue;
            };
            if let Some(shared) = ci
                .checked_sub(1)
                .and_then(|p| self.shared_infinitive(stance_cues[p], cue))
            {
                base = shared;
            }
            if self.proposed_need(cue) {
                base = Stance::Proposes;
            }
            let possessor = self.possessor(cue);
            // "accepted an American proposal for a ceasefire": a governed offer noun still
            // states its owner's offer.
            let owned = possessor.is_some() || self.nationality_of_offer(cue).is_some();
            if (governed[ci] && !owned)
                || self.judged_after(cue, stance_cues.get(ci + 1).copied())
                || self.modal_of_passive(cue, stance_cues.get(ci + 1).copied())
            {
                continue;
            }
            let segment_start = self.segment_start(cue.tokens.start);
            let mut next = ci + 1;
            while governed.get(next).copied().unwrap_or(false) {
                next += 1;
            }
            let next_cue = stance_cues
                .get(next)
                .map_or(view.tokens.len(), |c| c.tokens.start);
            // A cue inside a quotation takes its objects inside the quotation ("We want to help
            // them," and added, "We can mention air support.").
            let quote_end = view
                .quotes
                .iter()
                .find(|q| q.contains(&cue.tokens.start))
                .map_or(view.tokens.len(), |q| q.end);
            let segment_end = self
                .segment_end(cue.tokens.end)
                .min(next_cue.max(cue.tokens.end))
                .min(quote_end);
            // "would offer alternatives rather than reject the plan": an act set against
            // another is not taken.
            let mut before_cue = cue.tokens.start;
            if before_cue > 0 && view.tokens[before_cue - 1].lower.ends_with("ly") {
                before_cue -= 1;
            }
            let set_aside = before_cue >= 2
                && matches!(
                    (
                        view.tokens[before_cue - 2].lower.as_str(),
                        view.tokens[before_cue - 1].lower.as_str()
                    ),
                    ("rather", "than") | ("instead", "of")
                );
            if set_aside
                || self.hedged(segment_start, cue.tokens.start)
                || self.hypothetical(cue)
                || self.open_question_object(cue)
            {
                continue;
            }
            let conditions = self.condition_spans(cue);
            // The first proposal of the condition; of two overlapping ones the narrower
            // ("in exchange for guarantees similar to Article 5" is the Article 5 guarantee).
            let condition = conditions.iter().find_map(|span| {
                let first = view
                    .proposals
                    .iter()
                    .find(|p| span.contains(&p.tokens.start))?;
                let narrower = view.proposals.iter().find(|q| {
                    span.contains(&q.tokens.start)
                        && q.tokens.start <= first.tokens.end + 3
                        && self.gazetteer.proposals[q.proposal]
                            .broader
                            .contains(&self.gazetteer.proposals[first.proposal].slug)
                });
                Some(narrower.unwrap_or(first).proposal)
            });
            let in_condition = |t: usize| conditions.iter().any(|s| s.contains(&t));
            // "… that China be among the guarantors, an idea Kyiv rejects": the noun in
            // apposition stands for the proposal named before it, and the name after it holds
            // the cue.
            let apposed = self.apposed_contact_clause(cue);
            // "backed the U.S. proposal for X": the noun's possessor holds it.
            let holders = possessor
                .map(|m| Holders::of(view, m, 0.85))
                .or_else(|| self.nationality_of_offer(cue))
                .or_else(|| apposed.map(|(_, m)| Holders::of(view, m, 0.8)));
            let holders = holders.or_else(|| {
                self.holders(
                    cue,
                    segment_start,
                    speaker.as_deref(),
                    colon_speaker.as_deref(),
                )
            });
            // "One of the agenda items was X", "this was discussed at the summit between A and
            // B": what is discussed without a subject is considered by the meeting's parties.
            let mut from_meeting = false;
            let holders = holders.or_else(|| {
                let parties = (base == Stance::Considers)
                    .then(|| self.meeting_parties(cue, discourse))
                    .flatten();
                from_meeting = parties.is_some();
                parties
            });
            let Some(mut holders) = holders else { continue };
            if let Some(person) = self.voicing_person(&holders, cue) {
                holders.actors = vec![person];
            }
            if base == Stance::Considers {
                // "Trump held talks with Zelensky regarding a ceasefire": talks are reciprocal.
                for partner in self.partners(&holders, cue) {
                    if !holders.actors.contains(&partner) {
                        holders.actors.push(partner);
                    }
                }
            }
            // "Trump, who had resisted fresh punitive steps, called the package …": a cue in a
            // relative clause set off by commas takes its objects inside it.
            let segment_end = self
                .relative_clauses()
                .iter()
                .find(|r| r.contains(&cue.tokens.start) && r.end < view.tokens.len())
                .map_or(segment_end, |r| segment_end.min(r.end));
            let mut targets: Vec<(usize, f32)> = view
                .proposals
                .iter()
                .enumerate()
                .filter(|(_, p)| after_cue(&p.tokens, &cue.tokens) && p.tokens.start < segment_end)
                .filter(|(_, p)| !in_condition(p.tokens.start))
                .filter(|(_, p)| !self.excluded(&p.tokens, cue))
                // "could not be compelled to hand over territory …, and that a ceasefire …":
                // what is pressed on a subject is the verb phrase right after, before a comma.
                .filter(|(_, p)| {
                    !cue.patient_subject
                        || !view.tokens[cue.tokens.end..p.tokens.start]
                            .iter()
                            .any(|t| t.lower == ",")
                })
                .map(|(i, p)| (i, if p.by_rule { 0.9 } else { 1.0 }))
                .collect();
            // "offered to serve as the logistics hub for the operation": a definite phrase
            // referring back ("the operation") that hangs on a named target by "for" or "of"
            // qualifies it and is no target of its own.
            let qualifier = |p: &ProposalMention| {
                p.anaphor
                    && p.tokens.start >= 2
                    && matches!(view.tokens[p.tokens.start - 1].lower.as_str(), "for" | "of")
                    && targets
                        .iter()
                        .any(|&(t, _)| view.proposals[t].tokens.end + 1 == p.tokens.start)
            };
            let qualifiers: Vec<usize> = targets
                .iter()
                .map(|&(t, _)| t)
                .filter(|&t| qualifier(&view.proposals[t]))
                .collect();
            targets.retain(|(t, _)| !qualifiers.contains(t));
            // "rejected the ceiling on Ukraine's armed forces contained in the American draft":
            // the document a target stands in is where it comes from, not a target of its own.
            let containers: Vec<usize> = targets
                .iter()
                .map(|&(t, _)| t)
                .filter(|&t| self.contains_target(&view.proposals[t], &targets))
                .collect();
            targets.retain(|(t, _)| !containers.contains(t));
            // "run the hub in Rzeszów through which most military aid reaches Ukraine": a
            // relative clause opened by a preposition describes the target before it; what it
            // names is no target of its own.
            let prepositional_relative = (cue.tokens.end + 1..segment_end.min(view.tokens.len()))
                .find(|&k| {
                    view.tokens[k].lower == "which"
                        && PREPOSITIONS.contains(&view.tokens[k - 1].lower.as_str())
                });
            if let Some(rel) = prepositional_relative {
                if targets
                    .iter()
                    .any(|&(t, _)| view.proposals[t].tokens.start + 1 < rel)
                {
                    targets.retain(|&(t, _)| view.proposals[t].tokens.start < rel);
                }
            }
            if targets.is_empty() && cue.deontic {
                // "every guarantee must be agreed with Moscow": a modal inside a paraphrase
                // match speaks of the whole match.
                targets.extend(
                    view.proposals
                        .iter()
                        .enumerate()
                        .filter(|(_, p)| {
                            p.by_rule
                                && p.tokens.start < cue.tokens.start
                                && p.tokens.end >= cue.tokens.end
                                && !view.cues.iter().any(|c| {
                                    c.kind == CueKind::Negation
                                        && p.tokens.contains(&c.tokens.start)
                                })
                        })
                        .map(|(i, _)| (i, 0.8)),
                );
            }
            if targets.is_empty() {
                // "the ceasefire, which Kyiv accepted": the relative clause's object is the
                // proposal it hangs on.
                if let Some(rel) = self.relative_subject_clause(segment_start, cue) {
                    if let Some((i, _)) =
                        view.proposals.iter().enumerate().rfind(|(_, p)| {
                            p.tokens.end <= rel.start && rel.start - p.tokens.end <= 3
                        })
                    {
                        targets.push((i, 0.8));
                    }
                }
            }
            // "the American plan could serve as the basis for a settlement": a predicate that
            // judges its subject takes the proposal before it; what follows is a purpose.
            let after_copula = view.tokens[cue.tokens.start.saturating_sub(3)..cue.tokens.start]
                .iter()
                .any(|t| {
                    matches!(
                        t.lower.as_str(),
                        "is" | "was"
                            | "be"
                            | "are"
                            | "were"
                            | "remains"
                            | "remained"
                            | "as"
                            | "form"
                            | "forms"
                            | "called"
                            | "calls"
                    )
                });
            if cue.judges_subject
                && after_copula
                && view.proposals.iter().any(|p| {
                    p.tokens.end <= cue.tokens.start
                        && p.tokens.start >= segment_start.max(holders.first_token)
                        && !in_condition(p.tokens.start)
                })
            {
                targets.clear();
            }
            let mut judged_subject = None;
            if targets.is_empty() {
                // Predicate cues: "X is unacceptable", "joining NATO was not possible" — also
                // around a reporting aside: "NATO membership, he added, is off the table".
                let aside = view.cues.iter().any(|c| {
                    c.kind == CueKind::Reporting
                        && c.tokens.start > holders.first_token
                        && c.tokens.end < cue.tokens.start
                        && view
                            .tokens
                            .get(c.tokens.end)
                            .is_some_and(|t| t.lower == ",")
                });
                let from = segment_start.max(if holders.first_token < cue.tokens.start && !aside {
                    holders.first_token
                } else {
                    0
                });
                let relative = self.relative_clauses();
                // The nearest proposal before the cue; when an earlier cue already judged it
                // ("… is a utopian and meaningless path") there is nothing new to code.
                // A phrase referring back ("the force had no intention of …") is described,
                // not judged — unless it is the subject of a passive ("the force would be
                // deployed") or a document ("the revised text was a good basis").
                let passive = cue.tokens.start > 0
                    && FORMS_OF_BE.contains(&view.tokens[cue.tokens.start - 1].lower.as_str());
                // "called the US measures long overdue": the object of a verb of naming is
                // what the judgement after it judges.
                let named_as = |p: &ProposalMention| {
                    p.tokens.start > 0
                        && NAMING_VERBS.contains(&view.tokens[p.tokens.start - 1].lower.as_str())
                };
                // Of two that end nearest, the longer ("a ceasefire along the current line"
                // over the "ceasefire" inside it).
                let nearest = view.proposals.iter().enumerate().filter(|(_, p)| {
                    p.tokens.end <= cue.tokens.start
                        && (!p.anaphor
                            || passive
                            || self.gazetteer.proposals[p.proposal].document
                            || named_as(p))
                        && p.tokens.start >= from
                        && !in_condition(p.tokens.start)
                        && !relative
                            .iter()
                            .any(|r| r.contains(&p.tokens.start) && !r.contains(&cue.tokens.start))
                });
                if let Some((i, _)) = nearest.max_by_key(|(_, p)| (p.tokens.end, p.tokens.len())) {
                    let i = self.narrower_modifier(i);
                    // "announced Eastern Sentry, with assets pledged by France and Germany": a
                    // passive with an agent of its own shares what an earlier cue took.
                    let own_agent = view.actors.iter().any(|m| {
                        m.after_by
                            && m.actor.is_some()
                            && m.tokens.start >= cue.tokens.end
                            && m.tokens.start <= cue.tokens.end + 1
                    });
                    if targeted.contains(&i) && !own_agent {
                        continue;
                    }
                    // "a truce without one would only give Russia time": what is judged is the
                    // proposal lacking something the text does not name as a proposal.
                    let lacking = view.tokens[view.proposals[i].tokens.end..cue.tokens.start]
                        .iter()
                        .any(|t| t.lower == "without");
                    let judges = cue.judges_subject || after_copula;
                    if lacking && judges {
                        continue;
                    }
                    targets.push((i, 0.85));
                    if judges {
                        judged_subject = Some(i);
                    }
                    // … and the phrase it extends, which it names too: analysts code "a
                    // ceasefire along the current line would mean …" as both proposals.
                    let outer = &view.proposals[i];
                    targets.extend(
                        view.proposals
                            .iter()
                            .enumerate()
                            .filter(|(_, p)| {
                                outer.by_rule
                                    && p.proposal != outer.proposal
                                    && !p.by_rule
                                    && p.tokens.start >= outer.tokens.start
                                    && p.tokens.end <= outer.tokens.end
                            })
                            .map(|(j, _)| (j, 0.8)),
                    );
                }
            }
            // "sending Canadian troops to Ukraine as part of the security guarantees": what
            // an object is part of frames it; the frame is no second object.
            if targets.len() > 1 {
                let framed: Vec<usize> = targets
                    .iter()
                    .map(|&(i, _)| i)
                    .filter(|&i| {
                        let start = view.proposals[i].tokens.start;
                        self.part_of_frame(start)
                            && targets.iter().any(|&(j, _)| {
                                view.proposals[j].tokens.end <= start.saturating_sub(3)
                            })
                    })
                    .collect();
                targets.retain(|(i, _)| !framed.contains(i));
            }
            let mut anaphoric: Vec<usize> = Vec::new();
            // "Trump is ready to meet Putin": the label "meet Putin" names the Putin–Zelensky
            // meeting when Zelensky says it; from another leader it is their states' meeting.
            // A meeting the holder's state takes part in ("ready to meet Putin in a bilateral
            // or trilateral format") stays.
            let meeting = self.meeting_with(cue, &holders.actors);
            let holder_side = holders
                .actors
                .first()
                .and_then(|&a| self.gazetteer.actors.get(a)?.side());
            if let (Some(meeting), Some(side)) = (meeting, holder_side) {
                let before = targets.len();
                targets.retain(|&(i, _)| {
                    let of = &self.gazetteer.proposals[view.proposals[i].proposal].meeting_of;
                    of.is_empty() || of.iter().any(|s| s == side)
                });
                if targets.len() < before {
                    anaphoric.push(meeting);
                }
            }
            // "this was discussed", "that is not a realistic outcome": a bare demonstrative
            // subject before a verb stands for the proposal last discussed.
            let demonstrative = (segment_start..cue.tokens.start).any(|i| {
                let word = view.tokens[i].lower.as_str();
                // "Michal: That is not a realistic outcome": a speaker label's colon opens
                // the clause too.
                let clause_opens = i == segment_start || (i > 0 && view.tokens[i - 1].lower == ":");
                (word == "this" || (word == "that" && clause_opens))
                    && view
                        .tokens
                        .get(i + 1)
                        .is_some_and(|t| AUXILIARIES.contains(&t.lower.as_str()))
            });
            let subject_anaphor = demonstrative
                || view.cues.iter().any(|c| {
                    c.kind == CueKind::ProposalAnaphor
                        && c.tokens.start >= segment_start
                        && c.tokens.end <= cue.tokens.start
                        && view.tokens[c.tokens.start].lower != "it"
                });
            let refers_back = self.refers_back(cue);
            // "… gave Kyiv until Thursday to accept the plan", "Putin said the plan could
            // serve as the basis …": once the article has named a written proposal and its
            // author, "the plan" (object or subject) is that document, not the last proposal
            // discussed.
            // An anaphor as the cue's object (right after it) or its subject (before it, in the
            // clause).
            let object_or_subject = |c: &CueMention| {
                (c.tokens.start >= cue.tokens.end && c.tokens.start <= cue.tokens.end + 2)
                    || (c.tokens.start >= segment_start && c.tokens.end <= cue.tokens.start)
            };
            let document_noun = |c: &CueMention| {
                c.kind == CueKind::ProposalAnaphor
                    && self.is_document_noun(c.tokens.end - 1)
                    && object_or_subject(c)
            };
            let document_anaphor =
                discourse.document_author.is_some() && view.cues.iter().any(document_noun);
            if let Some(comma) = apposed
                .map(|(comma, _)| comma)
                .filter(|_| targets.is_empty())
            {
                anaphoric.extend(
                    view.proposals
                        .iter()
                        .rfind(|p| p.tokens.end <= comma)
                        .map(|p| p.proposal),
                );
            }
            if targets.is_empty()
                && anaphoric.is_empty()
                && (refers_back || subject_anaphor)
                && !document_anaphor
            {
                // "Merz supports this idea", "the SPD opposes it", "the new package is backed
                // by Poland": the proposal last discussed — earlier in this sentence if it names
                // one ("Macron backs a ceasefire, and Italy also supports it"), else before.
                // Only a pronoun or a bare verb looks back inside the sentence; "this idea",
                // "the plan" mostly name what the previous sentences discussed.
                let after_cue = view.tokens.get(cue.tokens.end).map(|t| t.lower.as_str());
                let pronoun =
                    after_cue.is_none_or(|w| matches!(w, "it" | "them" | "." | "," | "too"));
                let it_object = after_cue == Some("it");
                // "he might have to revisit them": a plural pronoun refers to a proposal named
                // with a plural noun ("sanctions"), not to the ceasefire discussed in between.
                let them = self.plural_pronoun_object(cue);
                anaphoric = view
                    .proposals
                    .iter()
                    .rfind(|p| {
                        pronoun
                            && p.tokens.end <= cue.tokens.start
                            && (!them || names_plural(view, p))
                    })
                    .map(|p| vec![p.proposal])
                    .unwrap_or_else(|| {
                        // "… the document was detailed and the Ukrainian side would study it":
                        // "it" after a document named in its sentence is that document, which
                        // the article may not have tied to a proposal.
                        let document_before = (0..cue.tokens.start).any(|i| {
                            i > 0
                                && view.tokens[i - 1].lower == "the"
                                && self.is_document_noun(i)
                                && !view.proposals.iter().any(|p| p.tokens.contains(&i))
                        });
                        if them {
                            discourse.last_plural_proposals.clone()
                        } else if pronoun && document_before {
                            discourse.document_proposal.into_iter().collect()
                        } else if it_object {
                            // "Medinsky said Moscow was ready to examine it": one thing, the
                            // proposal named last.
                            discourse
                                .last_proposals
                                .last()
                                .copied()
                                .into_iter()
                                .collect()
                        } else {
                            discourse.last_proposals.clone()
                        }
                    });
                // "Berlin will decide on its contribution": a share of one proposal.
                let single = view.cues.iter().any(|c| c.single && object_or_subject(c));
                if single {
                    anaphoric.truncate(1);
                }
                // A bare "this" names one thing: the first of up to two, none of a longer list.
                if demonstrative && !refers_back {
                    if anaphoric.len() > 2 {
                        anaphoric.clear();
                    }
                    anaphoric.truncate(1);
                }
            }
            if targets.is_empty() && anaphoric.is_empty() {
                // "Zelensky was ready to meet Russian President Vladimir Putin": meeting a
                // leader is the meeting of the holder's state and the leader's.
                anaphoric.extend(meeting);
            }
            if targets.is_empty() && anaphoric.is_empty() {
                // "… to accept the plan", "the document was good for both sides": once a
                // written proposal the ontology knows has been named, a document noun as the
                // cue's object or subject is that proposal.
                if let Some(p) = discourse.document_proposal {
                    if view.cues.iter().any(document_noun) {
                        anaphoric.push(p);
                    }
                }
            }
            if targets.is_empty() && anaphoric.is_empty() {
                // Opt-in: "Poland backs a joint naval patrol" → new:joint-naval-patrol.
                if self.open_proposals
                    && matches!(base, Stance::Supports | Stance::Opposes | Stance::Proposes)
                {
                    let words = phrase_after(view, self.text, cue);
                    let label = open_label(&words);
                    if !label.is_empty() && self.negations_before(segment_start, cue) == 0 {
                        let span = holders.first_token.min(cue.tokens.start)
                            ..cue.tokens.end + words.len() + 1;
                        out.extend(self.found_all(
                            &holders.actors,
                            base,
                            ProposalRef::New(label),
                            None,
                            cue.weight * holders.confidence * 0.4,
                            span,
                        ));
                    }
                }
                continue;
            }
            let negations = self.negations_before(segment_start, cue);
            let unless = conditions.iter().any(|s| {
                view.tokens
                    .get(s.start)
                    .is_some_and(|t| t.lower == "unless")
            });
            // "will not accept X unless Y": a negated cue form with "unless" is conditional support.
            let negative_form = unless
                && view.tokens[cue.tokens.clone()]
                    .iter()
                    .any(|t| self.gazetteer.is_negation_word(&t.lower));
            let (stance, polarity_factor) = match (base, negations % 2 == 1) {
                (Stance::Opposes, false) if negative_form => (Stance::Supports, 0.8),
                (s, false) => (s, 1.0),
                (_, true) if unless => (Stance::Supports, 0.8),
                (_, true) if cue.negated.is_some() => (cue.negated.unwrap_or(base), 0.8),
                (Stance::Supports | Stance::Proposes, true) => (Stance::Opposes, 0.95),
                // "did not reject" says too little to code.
                (Stance::Opposes | Stance::Considers, true) => continue,
            };
            // What a meeting discussed is the head of the object, not what modifies it ("the
            // creation of a buffer zone, protected by a multinational force").
            if from_meeting {
                targets.truncate(1);
                anaphoric.truncate(1);
            }
            for &p in &anaphoric {
                let confidence = cue.weight * holders.confidence * 0.7 * polarity_factor;
                let span_tokens = holders.first_token.min(cue.tokens.start)..cue.tokens.end;
                let condition = condition.filter(|&c| c != p);
                out.extend(self.found_all(
                    &holders.actors,
                    stance,
                    self.known(p),
                    condition,
                    confidence,
                    span_tokens.clone(),
                ));
            }
            for &(ti, target_factor) in &targets {
                targeted.push(ti);
                let proposal = &view.proposals[ti];
                // "demanded an end to arms deliveries": the stance on the proposal is reversed.
                // "a ceasefire without guarantees would lead nowhere": judging a subject that
                // lacks a proposal judges the lack, so the stance on the proposal is reversed.
                let lacked = judged_subject == Some(ti)
                    && view.tokens[proposal.tokens.start.saturating_sub(3)..proposal.tokens.start]
                        .iter()
                        .any(|t| t.lower == "without");
                // "insisted that borders cannot be changed by force": a negation inside a
                // rule's match, past the cue's own reach, names the proposal's absence.
                let inside = (proposal.tokens.start + 1).max(cue.tokens.end + 1);
                let inner_negation = proposal.by_rule
                    && view
                        .tokens
                        .get(inside..proposal.tokens.end)
                        .is_some_and(|toks| {
                            toks.iter()
                                .any(|t| self.gazetteer.is_negation_word(&t.lower))
                        })
                    && !view.tokens[proposal.tokens.clone()]
                        .iter()
                        .any(|t| matches!(t.lower.as_str(), "," | "and" | "or" | "but" | "that"));
                let stance =
                    if self.reversed(proposal, cue.tokens.end) != (lacked != inner_negation) {
                        opposite(stance)
                    } else {
                        stance
                    };
                // "wanted peace, not a ceasefire", "drones rather than American soldiers",
                // "wants Donbas and no foreign troops": what the cue's object excludes.
                // (An opposing cue agrees: "ruled out X and said Ukraine will not become a member".)
                // "agree a prisoner swap, but no truce": a closing outcome, not excluded.
                if self.closing_outcome(proposal) {
                    continue;
                }
                let stance = match (self.set_against(proposal, cue.tokens.end), stance) {
                    (true, Stance::Supports | Stance::Proposes) => Stance::Opposes,
                    (true, Stance::Considers) => continue,
                    (_, s) => s,
                };
                // "prepared to back it with boots on the ground and planes in the air": what
                // one backs something with is one's own offer.
                let stance = if stance == Stance::Supports && self.backed_with(cue, proposal) {
                    Stance::Proposes
                } else {
                    stance
                };
                let condition = condition.filter(|&c| c != proposal.proposal);
                let confidence = cue.weight * holders.confidence * target_factor * polarity_factor;
                let span_tokens = holders
                    .first_token
                    .min(cue.tokens.start)
                    .min(proposal.tokens.start)
                    ..cue.tokens.end.max(proposal.tokens.end);
                // "Trump said Europe would send troops": a name the ontology lacks stands
                // between holder and cue, so the troops may be someone else's.
                // A word of a proposal's name ("the European force") names no one.
                let unknown_name_between = (holders.first_token + 1..cue.tokens.start).any(|i| {
                    view.tokens[i].capitalised
                        && view.tokens[i].is_word()
                        && !view.actors.iter().any(|m| m.tokens.contains(&i))
                        && !view.proposals.iter().any(|p| p.tokens.contains(&i))
                });
                // "Putin agreed that Europe could offer X", with the offer's own subject not
                // found: what the agreeing holder does is support X, not offer it.
                let stance = if stance == Stance::Proposes
                    && endorsed.iter().any(|(opens, agreeing)| {
                        cue.tokens.start > *opens && *agreeing == holders.actors
                    }) {
                    Stance::Supports
                } else {
                    stance
                };
                for &actor in &holders.actors {
                    let concept = (!unknown_name_between)
                        .then(|| self.own_forces(proposal, actor, stance))
                        .flatten()
                        .unwrap_or(proposal.proposal);
                    out.push(self.found(
                        actor,
                        stance,
                        self.known(concept),
                        condition,
                        confidence,
                        span_tokens.clone(),
                    ));
                }
                if matches!(stance, Stance::Supports | Stance::Proposes) {
                    for (opens, agreeing) in &endorsed {
                        if cue.tokens.start > *opens && *agreeing != holders.actors {
                            out.extend(self.found_all(
                                agreeing,
                                Stance::Supports,
                                self.known(proposal.proposal),
                                condition,
                                confidence * 0.8,
                                span_tokens.clone(),
                            ));
                        }
                    }
                }
            }
        }
        for (actors, stance, proposal) in self.bullet_offers() {
            for actor in actors {
                out.push(self.found(
                    actor,
                    stance,
                    self.known(proposal),
                    None,
                    0.6,
                    0..view.tokens.len(),
                ));
            }
        }
        // "No U.S. troops will…", "under no circumstances will…": a negated proposal with no cue.
        for (pi, proposal) in view.proposals.iter().enumerate() {
            // "the force would not be there to wage war": what is said of a proposal referred
            // back to describes it; only a named one can be negated outright.
            if targeted.contains(&pi) || proposal.anaphor {
                continue;
            }
            let start = proposal.tokens.start;
            // "Moscow has no veto": a rule match may carry its own negation.
            let negated_before = negated_just_before(view, start)
                || view.cues.iter().any(|c| {
                    c.kind == CueKind::Negation
                        && proposal.by_rule
                        && c.tokens.start > start
                        && c.tokens.end <= proposal.tokens.end
                });
            // "Polish soldiers would not go to Ukraine, Tusk said": the proposal as subject.
            // … but not when the negation belongs to a stance cue ("a summit had not been
            // discussed"), which the cue's own reading has decided.
            // ("… with Russia, not behind its back": after a comma, "not" contrasts.)
            let negated_after = view.cues.iter().any(|c| {
                c.kind == CueKind::Negation
                    && c.tokens.start >= proposal.tokens.end
                    && c.tokens.start - proposal.tokens.end <= 1
                    && !view.tokens[proposal.tokens.end..c.tokens.start]
                        .iter()
                        .any(|t| t.lower == ",")
                    && !view.cues.iter().any(|s| {
                        matches!(s.kind, CueKind::Stance(_))
                            && s.tokens.start >= c.tokens.end
                            && s.tokens.start <= c.tokens.end + 2
                    })
            }) && self.reporting_subject(start).is_some();
            if !(negated_before || negated_after) {
                out.extend(self.offered_by_modal(proposal));
                continue;
            }
            // "Russia, Ukraine agree prisoner swap, but no truce": a "but no X" that closes the
            // sentence states an outcome, not anyone's stance.
            if self.closing_outcome(proposal) {
                continue;
            }
            let segment_start = self.segment_start(start);
            if self.hedged(segment_start, start) {
                continue;
            }
            let pseudo = CueMention {
                tokens: start..start,
                kind: CueKind::Stance(Stance::Opposes),
                weight: 0.6,
                negated: None,
                deontic: false,
                judges_subject: false,
                keeps_in_force: false,
                patient_subject: false,
                single: false,
            };
            // A flat "there will be no X" is the speaker's stance when someone is reported.
            // "Kremlin: No Foreign Troops in Ukraine, Putin Warns …": the headline's speaker.
            let colon_clause = colon_speaker
                .as_ref()
                .filter(|_| !view.tokens[..start].iter().any(|t| t.lower == ","));
            // "… Zelensky in the Oval Office, said he would not hand over X": a pronoun subject
            // between the reporting verb and the proposal is the speaker as resolved.
            let reporting_end = view
                .cues
                .iter()
                .filter(|c| c.kind == CueKind::Reporting && c.tokens.end <= start)
                .map(|c| c.tokens.end)
                .max();
            let pronoun_subject = || {
                reporting_end.and_then(|from| {
                    view.actors
                        .iter()
                        .rfind(|m| {
                            m.via == Via::Pronoun
                                && m.tokens.start >= from.max(segment_start)
                                && m.tokens.end <= start
                                && self.unquoted_subject(m)
                        })
                        .map(|m| group_from(view, m))
                })
            };
            let reported = colon_clause
                .cloned()
                .or_else(pronoun_subject)
                .or_else(|| self.reporting_subject(start))
                .map(|actors| Holders {
                    actors,
                    confidence: 0.85,
                    first_token: start,
                });
            if let Some(holders) = reported.or_else(|| {
                self.holders(
                    &pseudo,
                    segment_start,
                    speaker.as_deref(),
                    colon_speaker.as_deref(),
                )
            }) {
                let confidence = 0.6 * holders.confidence;
                // "will not lift its sanctions": not reversing a proposal is keeping it.
                let stance = if self.reversed(proposal, 0) {
                    Stance::Supports
                } else {
                    Stance::Opposes
                };
                out.extend(self.found_all(
                    &holders.actors,
                    stance,
                    self.known(proposal.proposal),
                    None,
                    confidence,
                    start..proposal.tokens.end,
                ));
            }
        }
        out
    }

    /// "Putin agreed in Anchorage that the United States could offer Ukraine X", "agreed to
    /// let Europe offer X", "agreed the United States could offer X": where each such clause
    /// opens, with the agreeing subject, who supports what the clause offers or backs.
    fn endorsing_clauses(&self) -> Vec<(usize, Vec<usize>)> {
        let view = self.view;
        view.cues
            .iter()
            .filter(|c| {
                matches!(
                    view.tokens[c.tokens.start].lower.as_str(),
                    "agreed" | "agree" | "agrees" | "accepted" | "accepts" | "accept"
                ) && !matches!(c.kind, CueKind::Negation | CueKind::ProposalAnaphor)
            })
            .filter_map(|c| {
                let toks = &view.tokens;
                // The cue's own form may end in "to" ("agreed to" + "let").
                let mut window = c.tokens.end.saturating_sub(1)..(c.tokens.end + 5).min(toks.len());
                // … or a complement clause without "that": "agreed the United States could
                // offer …".
                let bare_clause = view.actors.iter().any(|m| {
                    m.tokens.start
                        == c.tokens.end
                            + usize::from(toks.get(c.tokens.end).is_some_and(|t| t.lower == "the"))
                        && toks[m.tokens.end..(m.tokens.end + 4).min(toks.len())]
                            .iter()
                            .any(|t| {
                                matches!(
                                    t.lower.as_str(),
                                    "could" | "would" | "will" | "should" | "can" | "may"
                                )
                            })
                });
                let opens = window
                    .find(|&k| {
                        toks[k].lower == "that"
                            || (toks[k].lower == "to"
                                && toks
                                    .get(k + 1)
                                    .is_some_and(|t| matches!(t.lower.as_str(), "let" | "allow")))
                    })
                    .or_else(|| bare_clause.then(|| c.tokens.end - 1))?;
                if toks[c.tokens.end.min(opens)..opens]
                    .iter()
                    .any(|t| !t.is_word())
                {
                    return None;
                }
                let subject = view.actors.iter().rfind(|m| {
                    m.actor.is_some()
                        && m.tokens.end <= c.tokens.start
                        && !m.after_preposition
                        && !m.in_proposal
                })?;
                Some((opens, group_from(view, subject)))
            })
            .collect()
    }

    /// "In exchange, Putin would freeze the front lines", "Russia would stop its advance": an
    /// actor that will or would carry out a proposal named by its verb offers it.
    fn offered_by_modal(&self, proposal: &ProposalMention) -> Vec<Found> {
        let view = self.view;
        let start = proposal.tokens.start;
        let mut modal = start;
        if modal > 0 && view.tokens[modal - 1].lower == "also" {
            modal -= 1;
        }
        let will = modal > 0 && matches!(view.tokens[modal - 1].lower.as_str(), "will" | "would");
        let verb_first = view.tokens[start].is_word()
            && !view.tokens[start].capitalised
            && !NOUN_PHRASE_OPENERS.contains(&view.tokens[start].lower.as_str());
        let subject = view.actors.iter().find(|m| {
            m.actor.is_some()
                && m.tokens.end + 1 == modal
                && !m.after_preposition
                && !m.in_proposal
                && m.via != Via::Pronoun
        });
        let (true, true, Some(subject)) = (will, verb_first, subject) else {
            return Vec::new();
        };
        // "Putin told Trump that Russia would freeze …": a leader reporting what
        // the state he heads would do voices it.
        let group = group_from(view, subject);
        let holders = match self.reporting_subject(start).as_deref() {
            Some(&[speaker]) if group.len() == 1 && self.voices(speaker, group[0]) => {
                vec![speaker]
            }
            _ => group,
        };
        if self.hedged(self.segment_start(start), start) {
            return Vec::new();
        }
        self.found_all(
            &holders,
            Stance::Proposes,
            self.known(proposal.proposal),
            None,
            0.55,
            subject.tokens.start..proposal.tokens.end,
        )
    }

    /// Whether `person` heads `state` (`sg:leads`), so that what they report of it is theirs.
    fn voices(&self, person: usize, state: usize) -> bool {
        let actors = &self.gazetteer.actors;
        match (actors.get(person), actors.get(state)) {
            (Some(p), Some(s)) => p.heads(s),
            _ => false,
        }
    }

    fn found(
        &self,
        actor: usize,
        stance: Stance,
        proposal: ProposalRef,
        condition: Option<usize>,
        confidence: f32,
        tokens: Range<usize>,
    ) -> Found {
        // A minister or spokesperson the graph does not track individually speaks for the state.
        let actor = self
            .gazetteer
            .actors
            .get(actor)
            .filter(|entry| entry.credited_to_country)
            .and_then(|entry| entry.country.as_deref())
            .and_then(|country| self.gazetteer.actor(country))
            .unwrap_or(actor);
        // "EU governments approved a 19th package": a measure its holder enacts itself is
        // that holder's proposal (`sg:enactedBy`).
        let enacts = |slug: &str| match &proposal {
            ProposalRef::Known(p) => self.gazetteer.proposal(p).is_some_and(|p| {
                self.gazetteer.proposals[p]
                    .enacted_by
                    .iter()
                    .any(|a| a == slug)
            }),
            ProposalRef::New(_) => false,
        };
        let (slug, label, new_actor) = match self.gazetteer.actors.get(actor) {
            Some(entry) => (entry.slug.clone(), entry.label.clone(), None),
            None => {
                let (name, country) = &self.new_people[actor - self.gazetteer.actors.len()];
                let country = country.map(|c| self.gazetteer.actors[c].slug.clone());
                (
                    format!("new-{}", slugify(name)),
                    name.clone(),
                    Some(NewActor { country }),
                )
            }
        };
        let end = self.view.tokens.get(tokens.end.saturating_sub(1));
        let sequence =
            super::time::stance_sequence(self.text, end.map_or(self.text.len(), |t| t.range.end));
        // "the EU would keep its sanctions in place": keeping a measure in force is support.
        let keeps_in_force = || {
            self.view
                .cues
                .iter()
                .any(|c| c.keeps_in_force && tokens.contains(&c.tokens.start))
        };
        let stance = match stance {
            Stance::Supports | Stance::Considers if enacts(&slug) && !keeps_in_force() => {
                Stance::Proposes
            }
            _ => stance,
        };
        let (span, evidence) = self.evidence(tokens.clone());
        let char_start = self.article.text[..span.start].chars().count();
        let char_len = self.article.text[span.clone()].chars().count();
        Found {
            statement: Statement {
                actor: slug,
                actor_label: label,
                new_actor,
                stance,
                proposal,
                condition: condition.map(|c| self.gazetteer.proposals[c].reference()),
                prov: Provenance {
                    article: self.article.id.clone(),
                    article_name: self.article.name.clone(),
                    sentence: self.index,
                    span,
                    char_span: char_start..char_start + char_len,
                    evidence,
                    date: self.date,
                    article_date: self.article.date,
                    sequence,
                    confidence: (confidence.clamp(0.05, 0.99) * 100.0).round() / 100.0,
                    extractor: self.extractor.to_owned(),
                },
            },
            tokens,
        }
    }

    /// Whether a written proposal follows another target as the document it stands in:
    /// "the ceiling … contained in / set out in / in the American draft".
    fn contains_target(&self, p: &ProposalMention, targets: &[(usize, f32)]) -> bool {
        let view = self.view;
        if !p.tokens.clone().any(|i| self.is_document_noun(i)) {
            return false;
        }
        let Some(gap_start) = targets
            .iter()
            .map(|&(t, _)| view.proposals[t].tokens.end)
            .filter(|&end| end <= p.tokens.start)
            .max()
        else {
            return false;
        };
        let words: Vec<&str> = view.tokens[gap_start..p.tokens.start]
            .iter()
            .filter(|t| t.is_word() && !t.capitalised)
            .map(|t| t.lower.as_str())
            .filter(|w| !matches!(*w, "the" | "a" | "its" | "their" | "his" | "her" | "this"))
            .collect();
        matches!(
            words.as_slice(),
            ["in" | "under"]
                | [
                    "contained" | "included" | "proposed" | "outlined" | "envisaged" | "foreseen",
                    "in"
                ]
                | ["set" | "laid" | "spelled" | "spelt", "out", "in"]
        )
    }

    /// The subject of a reporting verb whose reported clause ends in ", and" right before
    /// the cue (adverbs aside): "X said Russia was stalling, and called for …" is X's call.
    fn reporter_of_coordinated(&self, cue: &CueMention) -> Option<&ActorMention> {
        let view = self.view;
        let mut k = cue.tokens.start;
        while k > 0
            && matches!(
                view.tokens[k - 1].lower.as_str(),
                "also" | "again" | "later"
            )
        {
            k -= 1;
        }
        let quoted = view.quotes.iter().any(|q| q.contains(&cue.tokens.start));
        if quoted || k < 2 || view.tokens[k - 1].lower != "and" || view.tokens[k - 2].lower != "," {
            return None;
        }
        let and_at = k - 1;
        let reporting = view.cues.iter().rfind(|c| {
            c.kind == CueKind::Reporting && c.tokens.end < and_at && c.tokens.start > 0
        })?;
        // The reported clause has a subject of its own between the verb and the comma.
        let reported_subject = view.actors.iter().any(|m| {
            m.actor.is_some()
                && m.tokens.start >= reporting.tokens.end
                && m.tokens.end < and_at
                && !m.after_preposition
                && !m.in_proposal
        });
        if !reported_subject {
            return None;
        }
        // The reporting verb's subject opens its clause ("Trump, receiving Zelensky, said").
        let clause_start = self.segment_start(reporting.tokens.start);
        view.actors.iter().find(|m| {
            m.actor.is_some()
                && m.tokens.start >= clause_start
                && m.tokens.end <= reporting.tokens.start
                && !m.in_proposal
                && !m.after_preposition
                && self.unquoted_subject(m)
        })
    }

    /// Whether a proposal stands in a closing ", but no X" ("… agree a prisoner swap, but no
    /// truce", "…, but no commitment to stop the fighting"): nothing but punctuation follows
    /// it, and at most a noun and its preposition stand between "no" and it. Without the
    /// comma ("wants a truce but no concessions") "no" excludes.
    fn closing_outcome(&self, proposal: &ProposalMention) -> bool {
        let toks = &self.view.tokens;
        let start = proposal.tokens.start;
        let closes = toks[proposal.tokens.end..].iter().all(|t| !t.is_word());
        closes
            && (1..=3).any(|gap| {
                start >= gap + 2
                    && toks[start - gap - 2].lower == ","
                    && toks[start - gap - 1].lower == "but"
                    && toks[start - gap].lower == "no"
                    && toks[start - gap + 1..start]
                        .iter()
                        .all(|t| t.is_word() && !t.capitalised)
            })
    }

    /// The concept at index `p` of the gazetteer.
    fn known(&self, p: usize) -> ProposalRef {
        self.gazetteer.proposals[p].reference()
    }

    /// "Washington has ruled out sending ground troops": troops named without a nationality
    /// that a state (or its official) rules out or offers are its own forces, where the
    /// ontology names them (`sg:specialises`, `sg:forcesOf`).
    fn own_forces(
        &self,
        proposal: &ProposalMention,
        actor: usize,
        stance: Stance,
    ) -> Option<usize> {
        if !matches!(stance, Stance::Opposes | Stance::Proposes) {
            return None;
        }
        let view = self.view;
        let gazetteer = self.gazetteer;
        let state = gazetteer.actors.get(actor)?.side()?;
        // A nationality other than the state's own names whose troops they are; a place
        // ("to Ukraine") does not.
        let near = proposal.tokens.start.saturating_sub(2)..proposal.tokens.end;
        let other = |a: usize| gazetteer.actors.get(a).is_none_or(|e| e.slug != state);
        let own_or_place = |i: usize| {
            view.demonyms
                .iter()
                .any(|(r, a)| r.contains(&i) && !other(*a))
                || view.actors.iter().any(|m| {
                    m.tokens.contains(&i)
                        && (m.after_preposition || m.actor.is_some_and(|a| !other(a)))
                })
        };
        let nationality = near
            .clone()
            .any(|i| view.tokens[i].capitalised && view.tokens[i].is_word() && !own_or_place(i));
        if nationality {
            return None;
        }
        let broader = &gazetteer.proposals[proposal.proposal].slug;
        gazetteer.proposals.iter().position(|c| {
            c.specialises.as_deref() == Some(broader) && c.forces_of.as_deref() == Some(state)
        })
    }

    /// One statement per holder.
    fn found_all(
        &self,
        actors: &[usize],
        stance: Stance,
        proposal: ProposalRef,
        condition: Option<usize>,
        confidence: f32,
        tokens: Range<usize>,
    ) -> Vec<Found> {
        actors
            .iter()
            .map(|&actor| {
                self.found(
                    actor,
                    stance,
                    proposal.clone(),
                    condition,
                    confidence,
                    tokens.clone(),
                )
            })
            .collect()
    }

    /// The evidence quote: the tokens from holder to target, or the whole sentence when short.
    fn evidence(&self, tokens: Range<usize>) -> (Range<usize>, String) {
        let toks = &self.view.tokens;
        let words = toks.iter().filter(|t| t.is_word()).count();
        let range = if words <= EVIDENCE_WORDS || tokens.is_empty() {
            0..toks.len()
        } else {
            let mut r = tokens.start.min(toks.len().saturating_sub(1))..tokens.end.min(toks.len());
            if r.len() > EVIDENCE_WORDS + 10 {
                r.start = r.end.saturating_sub(EVIDENCE_WORDS);
            }
            r
        };
        if range.is_empty() || toks.is_empty() {
            let s = self.offset..self.offset + self.text.len();
            return (s, self.text.to_owned());
        }
        let start = toks[range.start].range.start;
        let end = toks[range.end - 1].range.end;
        (
            self.offset + start..self.offset + end,
            self.text[start..end].to_owned(),
        )
    }

    /// "Estonia's prime minister said that Estonia is prepared to send troops": a head of state
    /// or government who reports a stance of their own state voices it, and holds it.
    fn voicing_person(&self, holders: &Holders, cue: &CueMention) -> Option<usize> {
        let [state] = holders.actors.as_slice() else {
            return None;
        };
        let state_slug = &self.gazetteer.actors.get(*state)?.slug;
        let in_quote = |t: usize| self.view.quotes.iter().any(|q| q.contains(&t));
        // "Putin said … would be legitimate targets for Russia": a state named after the cue
        // as whom the judgement is for is voiced from before the cue as well.
        let anchor = holders.first_token.min(cue.tokens.start);
        if in_quote(holders.first_token) || in_quote(anchor) {
            return None;
        }
        let reporters = self.reporting_subject(anchor)?;
        let [person] = reporters.as_slice() else {
            return None;
        };
        // Only a head of state or government (`sg:leads`) speaks as the state itself; a minister
        // saying "Poland will not send troops" reports Poland's stance.
        let country = match self.gazetteer.actors.get(*person) {
            Some(entry) if entry.leads => entry.country.clone(),
            _ => None,
        };
        (country.as_ref() == Some(state_slug)).then_some(*person)
    }

    /// The last word of a cue, lowercase; empty for the pseudo cue of a negated proposal.
    fn last_word(&self, cue: &CueMention) -> &str {
        cue.tokens
            .end
            .checked_sub(1)
            .and_then(|i| self.view.tokens.get(i))
            .map_or("", |t| t.lower.as_str())
    }

    /// Whether a cue's object refers back to an earlier proposal: an anaphor ("this idea",
    /// "it") right after it, or nothing at all ("the CDU also agrees.").
    /// "from the start", "from the first day", "from day one", "from the outset" at `at`: an
    /// adverbial that closes the phrase before it.
    fn since_the_start(&self, at: usize) -> bool {
        let words: Vec<&str> = self.view.tokens[at.min(self.view.tokens.len())..]
            .iter()
            .take(3)
            .map(|t| t.lower.as_str())
            .collect();
        matches!(
            words.as_slice(),
            [
                "from",
                "the",
                "start" | "outset" | "beginning" | "first",
                ..
            ] | ["from", "day", "one", ..]
        )
    }

    /// Whether the anaphor a cue refers back with is "them" ("impose them", "rule them out").
    fn plural_pronoun_object(&self, cue: &CueMention) -> bool {
        let view = self.view;
        let inside = view.tokens[cue.tokens.clone()]
            .iter()
            .any(|t| t.lower == "them");
        inside
            || view.cues.iter().any(|c| {
                c.kind == CueKind::ProposalAnaphor
                    && c.tokens.start >= cue.tokens.end
                    && c.tokens.start <= cue.tokens.end + 2
                    && view.tokens[c.tokens.start].lower == "them"
            })
    }

    /// "…, an idea Kyiv rejects", "— an invitation Kyiv has dismissed as a stunt": a noun in
    /// apposition after a comma or dash, then the named holder, then the cue, with only
    /// auxiliaries and adverbs between. Returns the comma's position and the holder.
    fn apposed_contact_clause(&self, cue: &CueMention) -> Option<(usize, &ActorMention)> {
        let toks = &self.view.tokens;
        let holder = self.view.actors.iter().rfind(|m| {
            m.actor.is_some()
                && m.via != Via::Pronoun
                && m.tokens.end <= cue.tokens.start
                && toks[m.tokens.end..cue.tokens.start].iter().all(|t| {
                    let w = t.lower.as_str();
                    // "an offer Kyiv calls a nonstarter": a naming verb before a judgement.
                    AUXILIARIES.contains(&w)
                        || AUXILIARY_ADVERBS.contains(&w)
                        || NAMING_VERBS.contains(&w)
                        || matches!(
                            w,
                            "a" | "an" | "as" | "regards" | "regarded" | "sees" | "saw"
                        )
                })
        })?;
        let comma = holder.tokens.start.checked_sub(3)?;
        let apposed = matches!(toks[comma].lower.as_str(), "," | "—" | "–")
            && matches!(toks[comma + 1].lower.as_str(), "a" | "an")
            && APPOSED_NOUNS.contains(&toks[comma + 2].lower.as_str());
        apposed.then_some((comma, holder))
    }

    /// "Article 5-style guarantees were not a realistic outcome": a narrower proposal
    /// (`skos:broader`) named by the modifier right before the head that names proposal `i` is
    /// what the phrase names.
    fn narrower_modifier(&self, i: usize) -> usize {
        let proposals = &self.view.proposals;
        let head = &proposals[i];
        let broad = &self.gazetteer.proposals[head.proposal].slug;
        proposals
            .iter()
            .position(|p| {
                p.tokens.start < head.tokens.start
                    && p.tokens.end >= head.tokens.start
                    && p.tokens.end <= head.tokens.end
                    && self.gazetteer.proposals[p.proposal]
                        .broader
                        .iter()
                        .any(|b| b == broad)
            })
            .unwrap_or(i)
    }

    /// The meeting proposal (`sg:meetingOf`) of the first holder's state and the state of the
    /// actor a meeting cue names right after it ("ready to meet Putin", "ready for a meeting
    /// with Mr. Putin"), or another cue's object "a meeting with" names ("never excluded a
    /// meeting with Zelensky"), if the ontology has one.
    fn meeting_with(&self, cue: &CueMention, holders: &[usize]) -> Option<usize> {
        let toks = &self.view.tokens;
        let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
        let mut at = cue.tokens.end;
        if toks[cue.tokens.clone()]
            .iter()
            .any(|t| t.lower.starts_with("meet"))
        {
            if word(at) == "with" {
                at += 1;
            }
        } else if matches!(word(at), "a" | "any")
            && matches!(word(at + 1), "meeting" | "summit")
            && word(at + 2) == "with"
        {
            // "has never excluded a meeting with Zelensky".
            at += 3;
        } else {
            return None;
        }
        let other = self
            .view
            .actors
            .iter()
            .find(|m| m.tokens.start >= at && m.tokens.start <= at + 2 && m.via != Via::Pronoun)?
            .actor?;
        // Only a head of state or government (`sg:leads`) meets for their state: "Rubio is
        // ready to meet Lavrov" is no summit of the United States and Russia.
        let side = |a: usize| {
            let entry = self.gazetteer.actors.get(a)?;
            (entry.kind != ActorKind::Person || entry.leads)
                .then(|| entry.side())
                .flatten()
        };
        let mut states = vec![side(*holders.first()?)?, side(other)?];
        if states[0] == states[1] {
            return None;
        }
        states.sort_unstable();
        self.gazetteer.meeting_proposal(&states)
    }

    fn refers_back(&self, cue: &CueMention) -> bool {
        let view = self.view;
        let next = cue.tokens.end;
        // The anaphor must close its phrase: "supports this idea." but not "the approach
        // discussed in Istanbul", where a modifier names something new.
        // "offered to lead it": an infinitive may stand between the cue and the anaphor.
        let infinitive = view.tokens.get(next).is_some_and(|t| t.lower == "to")
            && view.tokens.get(next + 1).is_some_and(|t| t.is_word())
            && !view.actors.iter().any(|m| m.tokens.start == next + 1);
        let reach = if infinitive { 2 } else { 1 };
        let anaphor = view.cues.iter().any(|c| {
            c.kind == CueKind::ProposalAnaphor
                && c.tokens.start >= next
                && c.tokens.start <= next + reach
                && (view.tokens.get(c.tokens.end).is_none_or(|t| {
                    matches!(
                        t.lower.as_str(),
                        "." | "," | ";" | "!" | "and" | "but" | "as" | "because" | "\"" | "”"
                    ) || ADVERBS_CLOSING_A_PHRASE.contains(&t.lower.as_str())
                        // "decide on any military contribution later": a share needs no
                        // closing word, only no "of"/"to"/"for" naming what it is a share of.
                        || (c.single && !matches!(t.lower.as_str(), "of" | "to" | "for"))
                }) || self.since_the_start(c.tokens.end))
        });
        let bare = view
            .tokens
            .get(next)
            .is_none_or(|t| matches!(t.lower.as_str(), "." | "," | ";" | "!" | "\"" | "”"));
        // A bare verb only refers back when marked so ("also agrees", "agrees too").
        let marked = cue.tokens.start > 0
            && matches!(
                view.tokens[cue.tokens.start - 1].lower.as_str(),
                "also" | "likewise" | "too"
            )
            || view.tokens.get(next).is_some_and(|t| t.lower == "too");
        // "Trump does not rule it out": the pronoun inside the cue's own form.
        let inside = view.tokens[cue.tokens.clone()]
            .iter()
            .any(|t| matches!(t.lower.as_str(), "it" | "them"));
        anaphor || inside || (bare && marked)
    }

    /// "Russia read the drafts on troops": a cue spelt like a verb ("drafts", "plans") after a
    /// determiner is a noun; without an owner ("Russia's drafts") and without a cue that
    /// governs it ("rejected the plans"), it names nobody's stance. Once the article has
    /// named a written proposal's author, "the proposed limits" are that author's.
    fn verb_form_as_noun(&self, cue: &CueMention, discourse: &Discourse) -> bool {
        let toks = &self.view.tokens;
        let start = cue.tokens.start;
        if start == 0 {
            return false;
        }
        let word = toks[start].lower.as_str();
        // "the European plans for peacekeepers": a capitalised adjective that names no actor
        // between the determiner and the cue leaves it a noun ("the White House plans to …"
        // stays a verb).
        let adjective = start >= 2
            && toks[start - 1].capitalised
            && !self
                .view
                .actors
                .iter()
                .any(|m| m.tokens.contains(&(start - 1)));
        let before = if adjective { start - 2 } else { start - 1 };
        // "a planned summit", "his planned summit … would not go ahead": an attributive
        // participle after an article or a possessive describes the noun.
        let determiner = match toks[before].lower.as_str() {
            "the" | "these" | "those" => true,
            "a" | "an" | "his" | "her" | "its" | "their" => {
                word.ends_with("ed") && cue.tokens.len() == 1
            }
            _ => false,
        };
        if !determiner {
            return false;
        }
        let verb_like = !NOMINAL_SUFFIXES.iter().any(|s| word.ends_with(s))
            && (word.ends_with('s') || word.ends_with("ed") || word.ends_with("ing"));
        let governed = start >= 2
            && self
                .view
                .cues
                .iter()
                .any(|c| c.tokens.end == start - 1 && matches!(c.kind, CueKind::Stance(_)));
        let authored = word == "proposed" && discourse.document_author.is_some();
        verb_like && !governed && !authored && self.possessor(cue).is_none()
    }

    /// The actor that owns a stance noun: "Putin's demand for …", "the U.S. proposal for …".
    /// After "the" + actor only a noun form counts ("the U.S. plan", not "the White House plans").
    fn possessor(&self, cue: &CueMention) -> Option<&ActorMention> {
        let view = self.view;
        let toks = &view.tokens;
        let m = view.actors.iter().find(|m| {
            m.actor.is_some()
                && m.via != Via::Pronoun
                && (m.tokens.end == cue.tokens.start
                    || (m.tokens.end + 1 == cue.tokens.start
                        && matches!(toks[m.tokens.end].lower.as_str(), "'s" | "’s")))
        })?;
        let last = toks[m.tokens.end - 1].lower.as_str();
        let possessive =
            last.ends_with("'s") || last.ends_with("’s") || m.tokens.end + 1 == cue.tokens.start;
        let word = toks[cue.tokens.start].lower.as_str();
        let noun = NOMINAL_SUFFIXES.iter().any(|s| word.ends_with(s))
            || !(word.ends_with('s') || word.ends_with("ed") || word.ends_with("ing"));
        let determiner = m.tokens.start > 0
            && matches!(toks[m.tokens.start - 1].lower.as_str(), "the" | "a" | "an")
            || toks[m.tokens.start].lower == "the";
        (possessive || (determiner && noun)).then_some(m)
    }

    /// "Merz said the American offer on guarantees was remarkable": an offer noun after a
    /// determiner and an adjective of nationality is that state's, not the speaker's.
    fn nationality_of_offer(&self, cue: &CueMention) -> Option<Holders> {
        let view = self.view;
        if cue.kind != CueKind::Stance(Stance::Proposes) {
            return None;
        }
        let (range, state) = view
            .demonyms
            .iter()
            .find(|(r, _)| r.end == cue.tokens.start && r.start > 0)?;
        let determiner = matches!(
            view.tokens[range.start - 1].lower.as_str(),
            "the" | "a" | "an" | "this" | "that"
        );
        // An offer of something ("on guarantees", "of air cover"), not a bare noun ("whatever
        // the size of the American contribution").
        // The cue may end in the preposition itself ("plan for").
        let of_something = view.tokens[cue.tokens.start + 1..]
            .iter()
            .take(cue.tokens.len())
            .any(|t| matches!(t.lower.as_str(), "on" | "of" | "for" | "to"));
        (determiner && of_something).then(|| Holders {
            actors: vec![*state],
            confidence: 0.8,
            first_token: range.start,
        })
    }

    /// Whether `inner` is the object of `outer`: close behind it, no actor or clause break
    /// between ("offered to expand its support for", "agreed to consider").
    fn governs(&self, outer: &CueMention, inner: &CueMention) -> bool {
        let view = self.view;
        // "must rule out": the modal yields to the verb it governs; "ready to discuss": what
        // is only discussed is considered, not offered.
        // … but "warned against a debate about X", "refused to discuss X" oppose X itself.
        let opposes_outer = outer.kind == CueKind::Stance(Stance::Opposes);
        if outer.deontic || (inner.kind == CueKind::Stance(Stance::Considers) && !opposes_outer) {
            return false;
        }
        if inner.tokens.start < outer.tokens.end || inner.tokens.start - outer.tokens.end > 4 {
            return false;
        }
        let gap = outer.tokens.end..inner.tokens.start;
        let possessor = self.possessor(inner).map(|m| m.tokens.start);
        // "no question of Ukraine being forced to …": the subject of a passive of pressure is
        // part of what the outer cue judges.
        let actor_between = !inner.patient_subject
            && view.actors.iter().any(|m| {
                m.tokens.start >= gap.start
                    && m.tokens.start < gap.end
                    && m.via != Via::Pronoun
                    && Some(m.tokens.start) != possessor
            });
        // "rather than", "instead of" open an alternative; "offering instead to serve as" is an
        // adverb inside the governed phrase.
        let break_between = gap.clone().any(|k| {
            let next = view.tokens.get(k + 1).map(|t| t.lower.as_str());
            match view.tokens[k].lower.as_str() {
                "," | ";" | ":" | "and" | "but" | "while" | "that" => true,
                "rather" | "instead" => matches!(next, Some("than" | "of")),
                _ => false,
            }
        });
        let proposal_between = view.proposals.iter().any(|p| gap.contains(&p.tokens.start));
        !actor_between && !break_between && !proposal_between
    }

    /// "Moscow considers X unacceptable": a considers cue whose object is judged by the next
    /// cue right after it gives way to that judgement.
    fn judged_after(&self, cue: &CueMention, next: Option<&CueMention>) -> bool {
        let Some(next) = next else { return false };
        if cue.kind != CueKind::Stance(Stance::Considers)
            || matches!(next.kind, CueKind::Stance(Stance::Considers))
        {
            return false;
        }
        let view = self.view;
        // The object is the cue's own: no clause opens between them ("examining its role in
        // guarantees, but that sending troops was not under consideration").
        let object_end = view
            .proposals
            .iter()
            .filter(|p| p.tokens.start >= cue.tokens.end && p.tokens.end <= next.tokens.start)
            .filter(|p| {
                !view.tokens[cue.tokens.end..p.tokens.start]
                    .iter()
                    .any(|t| matches!(t.lower.as_str(), "," | ";" | "but"))
            })
            .map(|p| p.tokens.end)
            .max();
        object_end.is_some_and(|end| {
            next.tokens.start.saturating_sub(end) <= 3
                && !view.tokens[end..next.tokens.start]
                    .iter()
                    .any(|t| matches!(t.lower.as_str(), "," | ";" | "and" | "but"))
        })
    }

    /// "Merz proposed that Europe should send troops": a need in the that-clause of a verb of
    /// proposing (the nearest stance or reporting verb before it) is proposed, not supported.
    fn proposed_need(&self, cue: &CueMention) -> bool {
        let view = self.view;
        cue.deontic
            && view
                .cues
                .iter()
                .rfind(|c| {
                    matches!(c.kind, CueKind::Stance(_) | CueKind::Reporting)
                        && c.tokens.end < cue.tokens.start
                })
                .is_some_and(|c| {
                    c.kind == CueKind::Stance(Stance::Proposes)
                        && view
                            .tokens
                            .get(c.tokens.end)
                            .is_some_and(|t| t.lower == "that")
                })
    }

    /// "sending troops must be ruled out", "should not be taken off the table": a modal before a
    /// passive cue of rejection or consideration says how the speaker judges its subject; the
    /// passive cue carries the stance, not the modal's need.
    fn modal_of_passive(&self, cue: &CueMention, next: Option<&CueMention>) -> bool {
        let Some(next) = next else { return false };
        let toks = &self.view.tokens;
        // "must be accepted by Russia" is still the speaker's demand: only a judgement that
        // is no need (a rejection, a consideration) without an agent of its own yields.
        let judgement = matches!(
            next.kind,
            CueKind::Stance(Stance::Opposes | Stance::Considers)
        );
        let agent = toks.get(next.tokens.end).is_some_and(|t| t.lower == "by");
        // "must be" or "should" + "be considered"; "be taken off the table".
        judgement
            && !agent
            && cue.deontic
            && next.tokens.start >= cue.tokens.end
            && next.tokens.start <= cue.tokens.end + 3
            && toks[cue.tokens.start..next.tokens.end]
                .iter()
                .any(|t| t.lower == "be")
            && toks[cue.tokens.end..next.tokens.start].iter().all(|t| {
                matches!(t.lower.as_str(), "be" | "not" | "never" | "also" | "first")
                    || participle(&t.lower)
            })
    }

    /// "prepared to deploy X, protect Y, and support Z": a cue right after "and" in a series
    /// that an earlier "… to" cue opens shares that cue's stance.
    fn shared_infinitive(&self, previous: &CueMention, cue: &CueMention) -> Option<Stance> {
        let toks = &self.view.tokens;
        let CueKind::Stance(stance) = previous.kind else {
            return None;
        };
        let opens_infinitive = toks[previous.tokens.end - 1].lower == "to";
        let after_and = cue.tokens.start > 0 && toks[cue.tokens.start - 1].lower == "and";
        let no_new_subject = !self.view.actors.iter().any(|m| {
            m.tokens.start >= previous.tokens.end
                && m.tokens.end <= cue.tokens.start
                && !m.in_proposal
        });
        (opens_infinitive && after_and && no_new_subject && stance != Stance::Considers)
            .then_some(stance)
    }

    /// Token ranges of non-restrictive relative clauses: ", which … ," and ", who … ,".
    fn relative_clauses(&self) -> Vec<Range<usize>> {
        let toks = &self.view.tokens;
        let mut out = Vec::new();
        for i in 1..toks.len() {
            if toks[i - 1].lower == ","
                && matches!(toks[i].lower.as_str(), "which" | "who" | "whose")
            {
                let end = toks[i..]
                    .iter()
                    .position(|t| t.lower == ",")
                    .map_or(toks.len(), |p| i + p);
                out.push(i..end);
            }
        }
        out
    }

    /// "… without Kyiv formally joining the alliance": a proposal after "without" (and no cue of
    /// its own in between) is excluded, not a target; so is what a pronoun is called.
    fn excluded(&self, proposal: &Range<usize>, cue: &CueMention) -> bool {
        let view = self.view;
        // "…, calling them NATO membership by another name": what a pronoun is called
        // describes it; it is not the cue's object.
        let renamed = proposal.start >= 2
            && matches!(
                view.tokens[proposal.start - 1].lower.as_str(),
                "it" | "them"
            )
            && NAMING_VERBS.contains(&view.tokens[proposal.start - 2].lower.as_str());
        if renamed {
            return true;
        }
        let from = proposal.start.saturating_sub(4).max(cue.tokens.end);
        (from..proposal.start).any(|i| {
            view.tokens[i].lower == "without"
                && !view.cues.iter().any(|c| {
                    matches!(c.kind, CueKind::Stance(_))
                        && c.tokens.start > i
                        && c.tokens.start < proposal.start
                })
        })
    }

    /// The span between a relative pronoun and `cue` when the relative clause has a subject of
    /// its own ("the pledge, under which allies would promise …", "the ceasefire, which Kyiv
    /// accepted"); `None` when the antecedent is the subject ("Italy, which has backed …").
    fn relative_subject_clause(
        &self,
        segment_start: usize,
        cue: &CueMention,
    ) -> Option<Range<usize>> {
        let toks = &self.view.tokens;
        let Some(rel) = (segment_start..cue.tokens.start).rev().find(|&i| {
            matches!(toks[i].lower.as_str(), "which" | "whom" | "whereby")
                && i > 0
                && (toks[i - 1].lower == "," || PREPOSITIONS.contains(&toks[i - 1].lower.as_str()))
        }) else {
            return self.restrictive_relative_clause(segment_start, cue);
        };
        if toks[rel + 1..cue.tokens.start]
            .iter()
            .any(|t| t.lower == ",")
        {
            return None;
        }
        let own_subject = toks[rel + 1..cue.tokens.start].iter().any(|t| {
            t.is_word() && !AUXILIARIES.contains(&t.lower.as_str()) && !t.lower.ends_with("ly")
        });
        own_subject.then(|| rel + 1..cue.tokens.start)
    }

    /// The span from the subject of a restrictive relative clause on a proposal to `cue`
    /// ("the Tomahawk missiles that Kyiv had come to ask for", "the missiles he had come to
    /// request"): the subject, with or without "that", right after the proposal, and nothing
    /// but a few lowercase words (auxiliaries, "come to") before the cue.
    fn restrictive_relative_clause(
        &self,
        segment_start: usize,
        cue: &CueMention,
    ) -> Option<Range<usize>> {
        let view = self.view;
        let toks = &view.tokens;
        let end = view
            .proposals
            .iter()
            .map(|p| p.tokens.end)
            .filter(|&e| e > segment_start && e < cue.tokens.start)
            .max()?;
        let start = if toks[end].lower == "that" {
            end + 1
        } else {
            end
        };
        let subject = view.actors.iter().find(|m| {
            m.tokens.start == start && m.actor.is_some() && m.tokens.end < cue.tokens.start
        })?;
        // "the ceasefire that Washington and Kyiv had agreed": the subject may be a list.
        let list_end = group_span(view, subject).1;
        let subject_end = if list_end < cue.tokens.start {
            list_end
        } else {
            subject.tokens.end
        };
        let between = &toks[subject_end..cue.tokens.start];
        let plain = between.len() <= 4
            && between
                .iter()
                .all(|t| t.is_word() && !t.capitalised && t.lower != "that");
        plain.then_some(start..cue.tokens.start)
    }

    /// Whether a reversal cue ("an end to") stands right before the proposal, at or after
    /// token `from` (the end of the stance cue that governs it).
    fn reversed(&self, proposal: &ProposalMention, from: usize) -> bool {
        let start = proposal.tokens.start;
        // A rule match that names the proposal's absence ("stay out of NATO"), or a
        // reversal cue right before the proposal with nothing coordinated between.
        let cue_before = self.view.cues.iter().any(|c| {
            c.kind == CueKind::Reversal
                && c.tokens.start >= from
                && c.tokens.end <= start
                && (start - c.tokens.end <= 2
                    // "stop at the current battle lines" halts where the proposal is.
                    && !self.view.tokens[c.tokens.end..start]
                        .iter()
                        .any(|t| matches!(t.lower.as_str(), "and" | "or" | "," | "at" | "along"))
                    || start - c.tokens.end <= 6 && self.aim_words_only(c.tokens.end..start)
                    || self.barred_from(c.tokens.end..start))
        });
        // A passive reversal after it ("sanctions are lifted") reverses once more.
        (cue_before != proposal.negated) != self.reversed_after(proposal)
    }

    /// "bar the country from ever joining NATO", "prevent Kyiv from joining": between a
    /// reversal verb and the proposal, a short object (no list, no clause) and "from".
    fn barred_from(&self, span: Range<usize>) -> bool {
        let toks = &self.view.tokens[span];
        let Some(from) = toks.iter().position(|t| t.lower == "from") else {
            return false;
        };
        (1..=3).contains(&from)
            && toks[..from]
                .iter()
                .all(|t| t.is_word() && !matches!(t.lower.as_str(), "and" | "or"))
            && toks[from + 1..]
                .iter()
                .all(|t| matches!(t.lower.as_str(), "ever" | "permanently" | "forever"))
    }

    /// Whether the proposal is what a verb of backing (`sg:BackingVerb`: "back", "support")
    /// backs its object with: after "with" that follows an object of the verb, alone or in a list
    /// ("back a settlement with boots on the ground and planes in the air").
    fn backed_with(&self, cue: &CueMention, proposal: &ProposalMention) -> bool {
        let toks = &self.view.tokens;
        let last = self.last_word(cue);
        let backing = self.gazetteer.backing_verbs.iter().any(|w| w == last);
        let with = (cue.tokens.end + 1..proposal.tokens.start).find(|&k| toks[k].lower == "with");
        backing
            && with.is_some_and(|w| {
                !toks[cue.tokens.end..w]
                    .iter()
                    .any(|t| matches!(t.lower.as_str(), "," | ";" | "and" | "but"))
                    && !toks[w + 1..proposal.tokens.start]
                        .iter()
                        .any(|t| matches!(t.lower.as_str(), "," | ";" | "but" | "that" | "which"))
            })
    }

    /// Whether the proposal is excluded right after a cue that ends at `from`: "not", "no",
    /// "never", "rather than", "instead of", "as opposed to" or "in place of" stands just
    /// before it, past at most an article or "any" ("peace, not a ceasefire", "demanded that
    /// Ukraine never join NATO").
    fn set_against(&self, proposal: &ProposalMention, from: usize) -> bool {
        let toks = &self.view.tokens;
        let mut at = proposal.tokens.start;
        while at > from && matches!(toks[at - 1].lower.as_str(), "a" | "an" | "the" | "any") {
            at -= 1;
        }
        let word = |back: usize| {
            at.checked_sub(back)
                .filter(|&i| i >= from)
                .map(|i| toks[i].lower.as_str())
        };
        match (word(2), word(1)) {
            // A negation right after the cue is the cue's own ("wants no guarantees").
            (_, Some("not" | "no" | "never")) => at - 1 > from,
            (Some("rather"), Some("than")) | (Some("instead"), Some("of")) => true,
            (Some("opposed" | "place"), Some("to" | "of")) => {
                matches!(word(3), Some("as" | "in"))
            }
            _ => false,
        }
    }

    /// "sanctions on Russia are lifted", "arms deliveries were halted": the proposal is the
    /// subject of a passive reversal participle (`sg:ReversalParticiple`) within a few words.
    fn reversed_after(&self, proposal: &ProposalMention) -> bool {
        let toks = &self.view.tokens;
        let end = (proposal.tokens.end + 5).min(toks.len());
        for j in proposal.tokens.end..end {
            let word = toks[j].lower.as_str();
            if matches!(
                word,
                "," | ";" | "and" | "but" | "or" | "that" | "which" | "who"
            ) {
                return false;
            }
            if FORMS_OF_BE.contains(&word) {
                let mut k = j + 1;
                while toks
                    .get(k)
                    .is_some_and(|t| t.lower.ends_with("ly") || t.lower == "being")
                {
                    k += 1;
                }
                return document::match_at(&self.gazetteer.reversal_participles, toks, k).is_some();
            }
        }
        false
    }

    /// Whether a span holds only words that name an aim ("any plan to", "its bid to"), so
    /// that a reversal before them reaches the proposal ("renunciation of any plan to join NATO").
    /// The aim nouns are the lexicon's `sg:AimNoun`; the rest are function words.
    fn aim_words_only(&self, span: Range<usize>) -> bool {
        let view = self.view;
        let possessor = |i: usize| view.actors.iter().any(|m| m.tokens.contains(&i));
        let last = span.end.saturating_sub(1);
        // "any plan to send troops": the infinitive after the aim is part of it.
        let infinitive = |i: usize| i == last && i > span.start && view.tokens[i - 1].lower == "to";
        span.clone().zip(&view.tokens[span.clone()]).all(|(i, t)| {
            possessor(i)
                || infinitive(i)
                || self.gazetteer.aim_nouns.contains(&t.lower)
                || matches!(
                    t.lower.as_str(),
                    "any"
                        | "all"
                        | "the"
                        | "its"
                        | "their"
                        | "a"
                        | "of"
                        | "to"
                        | "'s"
                        | "’s"
                        | "further"
                )
        })
    }

    /// The subject of a reporting verb before token `at` ("Trump said …"), or of one after it
    /// ("…, Sybiha said"), if any.
    fn reporting_subject(&self, at: usize) -> Option<Vec<usize>> {
        let view = self.view;
        // "Starmer, Macron and Merz, joined by Mr Zelensky, said …": an agent after "by" is
        // no subject of the reporting verb.
        let usable = |m: &&ActorMention| {
            m.actor.is_some() && !m.in_proposal && !m.after_preposition && !m.after_by
        };
        // "insisted that …", "warned that …": a stance verb with a that-clause reports too.
        let reports = |c: &&CueMention| {
            c.kind == CueKind::Reporting
                || (matches!(c.kind, CueKind::Stance(_))
                    && view
                        .tokens
                        .get(c.tokens.end)
                        .is_some_and(|t| t.lower == "that"))
        };
        if let Some(reporting) = view
            .cues
            .iter()
            .filter(reports)
            .rfind(|c| c.tokens.end <= at)
        {
            // "His offer came after the leaders of France and Poland met and demanded that …".
            if let Some(holders) = self.subordinate_group(reporting) {
                return Some(holders.actors);
            }
            // "Zelensky called the Paris commitments a first step and said …": a reporting
            // verb after "and" shares the sentence's first subject, not the object between.
            let coordinated = reporting.tokens.start > 0
                && view.tokens[reporting.tokens.start - 1].lower == "and";
            // "France … welcomed Trump's efforts but said …", "Zelensky welcomed the Paris
            // pledges and said …": a possessor or modifier inside the object of an earlier
            // verb is not the subject of the coordinated reporting verb.
            let object_possessor = |m: &ActorMention| {
                let modifier = view
                    .tokens
                    .get(m.tokens.end)
                    .is_some_and(|t| t.is_word() && !t.capitalised && t.lower != "and")
                    && m.tokens.start > 0
                    && view.tokens[m.tokens.start - 1].lower == "the";
                (after_possessive(&view.tokens, &m.tokens).is_some() || modifier)
                    && view.cues.iter().any(|c| {
                        matches!(c.kind, CueKind::Stance(_))
                            && c.tokens.end <= m.tokens.start
                            && m.tokens.start - c.tokens.end <= 2
                    })
            };
            // "Macron, who had received Zelensky in Paris, said …": not a name inside a
            // relative clause between the subject and its verb.
            let relative = self.relative_clauses();
            let before_verb = |m: &&ActorMention| {
                m.tokens.end <= reporting.tokens.start
                    && !object_possessor(m)
                    && !in_relative_clause_before(&relative, m, reporting.tokens.start)
            };
            let subject = if coordinated {
                view.actors.iter().filter(usable).find(before_verb)
            } else {
                view.actors.iter().filter(usable).rfind(before_verb)
            };
            if let Some(subject) = subject {
                // "… among them Mr Merz and France's Emmanuel Macron, had argued": the whole
                // list that ends in the subject.
                return Some(group_ending_in(view, subject, |m| usable(&m)));
            }
        }
        let reporting = view
            .cues
            .iter()
            .find(|c| c.kind == CueKind::Reporting && c.tokens.start > at)?;
        let subject = view.actors.iter().filter(usable).find(|m| {
            (m.tokens.end <= reporting.tokens.start && reporting.tokens.start - m.tokens.end <= 1)
                || (m.tokens.start >= reporting.tokens.end
                    && m.tokens.start <= reporting.tokens.end + 1)
        })?;
        Some(group_from(view, subject))
    }

    /// A passive participle: a form of "be" (maybe an adverb between) before a cue that ends in
    /// a participle and is not followed by "to" ("is being considered", "was rejected").
    fn passive(&self, cue: &CueMention) -> bool {
        let toks = &self.view.tokens;
        let last = self.last_word(cue);
        let participle = participle(last) && !ADJECTIVES_LIKE_PARTICIPLES.contains(&last);
        let next_is_complement = toks
            .get(cue.tokens.end)
            .is_some_and(|t| matches!(t.lower.as_str(), "to" | "that" | "of"));
        // A multi-word cue that opens with "be" ("be discussed") is passive by itself.
        let opens_with_be =
            cue.tokens.len() > 1 && FORMS_OF_BE.contains(&toks[cue.tokens.start].lower.as_str());
        if !participle || next_is_complement || (cue.tokens.len() > 1 && !opens_with_be) {
            return false;
        }
        if opens_with_be {
            return true;
        }
        let before: Vec<&str> = toks[cue.tokens.start.saturating_sub(2)..cue.tokens.start]
            .iter()
            .map(|t| t.lower.as_str())
            .collect();
        before.iter().any(|w| FORMS_OF_BE.contains(w))
    }

    /// "the security guarantees being drawn up": a participle after "being" that follows a
    /// noun, not a form of "be", modifies that noun; no one in the clause is its agent unless
    /// "by" names one.
    fn reduced_passive(&self, cue: &CueMention) -> bool {
        let toks = &self.view.tokens;
        let start = cue.tokens.start;
        start >= 2
            && toks[start - 1].lower == "being"
            && toks[start - 2].is_word()
            && !FORMS_OF_BE.contains(&toks[start - 2].lower.as_str())
            && !self.gazetteer.is_negation_word(&toks[start - 2].lower)
            && !self.names_agent(cue.tokens.end)
    }

    /// Whether "by" at `at` introduces an actor the text names as such ("drafted by Ukraine"),
    /// not a group defined by one ("drawn up by Kyiv's allies").
    fn names_agent(&self, at: usize) -> bool {
        let toks = &self.view.tokens;
        if toks.get(at).is_none_or(|t| t.lower != "by") {
            return false;
        }
        self.view.actors.iter().any(|m| {
            m.actor.is_some()
                && (m.tokens.start == at + 1
                    || (m.tokens.start == at + 2 && toks[at + 1].lower == "the"))
                && toks
                    .get(m.tokens.end)
                    .is_none_or(|t| !matches!(t.lower.as_str(), "'s" | "’s" | "'" | "’"))
        })
    }

    /// A cue in a "whether …" clause or inside an "if …" condition is not asserted.
    fn embedded(&self, cue: &CueMention) -> bool {
        let view = self.view;
        // Inside a quotation the clause starts at the quotation mark at the latest.
        let quote_start = view
            .quotes
            .iter()
            .find(|q| q.contains(&cue.tokens.start))
            .map_or(0, |q| q.start + 1);
        let start = self
            .segment_start(cue.tokens.start)
            .max(quote_start.min(cue.tokens.start));
        // "Asked whether US troops could go, Trump did not rule it out": the whether-clause
        // ends at a comma.
        // "… whatever the great powers agree among themselves": a concessive free relative
        // asserts nothing either.
        let whether = view.tokens[start..cue.tokens.start]
            .iter()
            .rposition(|t| matches!(t.lower.as_str(), "whether" | "whatever" | "whichever"))
            .is_some_and(|w| {
                !view.tokens[start + w..cue.tokens.start]
                    .iter()
                    .any(|t| t.lower == ",")
            });
        // "said after a long call with Trump that Ukraine backed …": a condition right after a
        // reporting verb qualifies the saying; the reported clause after "that" is outside it.
        let qualifies_saying = |c: &CueMention| {
            view.cues
                .iter()
                .any(|r| r.kind == CueKind::Reporting && r.tokens.end == c.tokens.start)
                && view.tokens[c.tokens.end..cue.tokens.start]
                    .iter()
                    .any(|t| t.lower == "that")
        };
        let in_condition = view.cues.iter().any(|c| {
            c.kind == CueKind::Condition
                && c.tokens.end <= cue.tokens.start
                && !view.tokens[c.tokens.end..cue.tokens.start]
                    .iter()
                    .any(|t| t.lower == ",")
                && c.tokens.end + 12 >= cue.tokens.start
                && !qualifies_saying(c)
        });
        // "options such as forming a force", "Seriously discussing guarantees … is meaningless":
        // a gerund used as a noun is not asserted.
        let toks = &view.tokens;
        let gerund = toks[cue.tokens.start].lower.ends_with("ing");
        let before: Vec<&str> = toks[start..cue.tokens.start]
            .iter()
            .map(|t| t.lower.as_str())
            .filter(|w| !w.ends_with("ly") && !matches!(*w, "\"" | "“" | "'" | "‘"))
            .collect();
        // "Downing Street said planning for the force would continue": a reported clause that
        // opens with the gerund of an offer, with no judgement after it, states the activity.
        let reported_activity = before.is_empty()
            && cue.kind == CueKind::Stance(Stance::Proposes)
            && start > 0
            && view
                .cues
                .iter()
                .any(|c| c.kind == CueKind::Reporting && c.tokens.end == start)
            && {
                // A judgement after it ("… was meaningless") makes the gerund its subject; one
                // in a free relative ("whatever the size of the contribution") does not.
                let clause_end = self.segment_end(cue.tokens.start);
                !view.cues.iter().any(|c| {
                    matches!(c.kind, CueKind::Stance(_))
                        && c.tokens.start >= cue.tokens.end
                        && c.tokens.start < clause_end
                        && !view.tokens[cue.tokens.end..c.tokens.start].iter().any(|t| {
                            matches!(t.lower.as_str(), "whatever" | "whichever" | "whether")
                        })
                })
            };
        let nominal = gerund
            && !reported_activity
            && (before.is_empty()
                || matches!(
                    before.last().copied(),
                    Some("as" | "of" | "for" | "on" | "about" | "by" | "in" | "to" | "from")
                ));
        // "guarantees drawn up by the West": a participle after a noun modifies it, unless a
        // known actor is its agent ("the plan proposed by Meloni").
        let participle = participle(self.last_word(cue));
        let after_proposal = view
            .proposals
            .iter()
            .any(|p| p.tokens.end == cue.tokens.start);
        let actor_agent = view.actors.iter().any(|m| {
            m.after_by
                && m.actor.is_some()
                && m.tokens.start >= cue.tokens.end
                && m.tokens.start <= cue.tokens.end + 3
        });
        // "… German soldiers taking part in a mission": a gerund after a proposal describes it.
        // … but "a truce is needed" has a finite verb of its own.
        let finite = matches!(
            toks[cue.tokens.start].lower.as_str(),
            "is" | "are"
                | "was"
                | "were"
                | "will"
                | "would"
                | "could"
                | "can"
                | "may"
                | "might"
                | "should"
                | "must"
        );
        // "Russia favoured the approach discussed in Istanbul": a participle right after the
        // head of a short noun phrase ("the approach", "the Istanbul framework") that has no
        // object of its own modifies that noun; the clause's verb is elsewhere.
        let after_noun_phrase = participle
            && cue.tokens.len() == 1
            && cue.tokens.start >= 2
            && {
                let head = &toks[cue.tokens.start - 1];
                head.is_word()
                    && !head.capitalised
                    && !AUXILIARIES.contains(&head.lower.as_str())
                    && !head.lower.ends_with("ly")
                    && !view.actors.iter().any(|m| m.tokens.end == cue.tokens.start)
            }
            && (2..=3).any(|back| {
                cue.tokens.start >= back
                    && NOUN_PHRASE_OPENERS.contains(&toks[cue.tokens.start - back].lower.as_str())
            })
            && toks.get(cue.tokens.end).is_none_or(|t| {
                !t.is_word() || PREPOSITIONS_AFTER_PARTICIPLE.contains(&t.lower.as_str())
            });
        let reduced_relative = !finite
            && (((participle && after_proposal) || after_noun_phrase) && !actor_agent
                || (gerund && after_proposal));
        // "any attempt to impose a no-fly zone would mean war": what "any" aim names is
        // hypothetical, not the holder's plan.
        let any_aim = cue.tokens.start >= 3
            && toks[cue.tokens.start - 1].lower == "to"
            && self
                .gazetteer
                .aim_nouns
                .contains(&toks[cue.tokens.start - 2].lower)
            && toks[cue.tokens.start - 3].lower == "any";
        // "Ukraine, backed by the EU, can …", "Ukraine, with the backing of the EU, …": an
        // aside on an actor says who backs the actor, not a proposal.
        let mut k = cue.tokens.start;
        while k > 0
            && matches!(
                toks[k - 1].lower.as_str(),
                "with" | "the" | "strong" | "full"
            )
        {
            k -= 1;
        }
        let passive_or_with = toks[k..cue.tokens.start].iter().any(|t| t.lower == "with")
            || toks.get(cue.tokens.end).is_some_and(|t| t.lower == "by");
        let actor_aside = passive_or_with
            && k >= 2
            && toks[k - 1].lower == ","
            && view.actors.iter().any(|m| {
                m.actor.is_some() && !m.in_proposal && !m.after_preposition && m.tokens.end == k - 1
            });
        // "Zelensky urged Trump to impose sanctions": what an addressee is urged to do is
        // not the addressee's stance (nor the speaker's offer); the urging cue holds it.
        let urged_addressee = cue.tokens.start >= 3
            && toks[cue.tokens.start - 1].lower == "to"
            && view.actors.iter().any(|m| {
                m.actor.is_some()
                    && m.tokens.end == cue.tokens.start - 1
                    && view.cues.iter().any(|c| {
                        c.kind == CueKind::Stance(Stance::Supports)
                            && c.tokens.end == m.tokens.start
                    })
            });
        whether
            || in_condition
            || nominal
            || reduced_relative
            || any_aim
            || actor_aside
            || urged_addressee
    }

    /// Start of the clause containing token `at`.
    fn segment_start(&self, at: usize) -> usize {
        let view = self.view;
        let mut start = 0;
        let headline = self.kind != UnitKind::Body;
        for (i, t) in view.tokens[..at].iter().enumerate() {
            // Headlines join clauses with commas: "US Draws Line …, Europe Pushes for …".
            // … and "Putin Presses for Donbas as Trump Talks Up a Summit".
            // … but not a list of names ("Merz, Macron and Starmer propose …").
            let listed = t.lower == ","
                && view.actors.iter().any(|m| m.tokens.end == i)
                && view.actors.iter().any(|m| m.tokens.start == i + 1);
            let headline_comma = headline
                && !listed
                && matches!(t.lower.as_str(), "," | "as" | "while" | "after")
                && view
                    .tokens
                    .get(i + 1)
                    .is_some_and(|n| self.text[n.range.clone()].starts_with(char::is_uppercase));
            // "… are cooler still: the SPD has warned against …": after a colon, a clause with
            // a subject of its own.
            let colon_clause = t.lower == ":"
                && view.actors.iter().any(|m| {
                    m.tokens.start > i
                        && m.tokens.end <= at
                        && m.actor.is_some()
                        && m.via != Via::Pronoun
                        && !m.in_proposal
                        && !m.after_preposition
                });
            if (CLAUSE_BREAKS.contains(&t.lower.as_str()) && !self.aside_bracket(i))
                || headline_comma
                || colon_clause
            {
                start = i + 1;
            }
        }
        for c in &view.cues {
            // "Ukraine has told the United States it is ready …": the addressee of a verb of
            // telling is no subject of what follows.
            let telling = c.kind == CueKind::Reporting
                && self
                    .gazetteer
                    .telling_verbs
                    .contains(&view.tokens[c.tokens.end - 1].lower);
            let the = usize::from(
                view.tokens
                    .get(c.tokens.end)
                    .is_some_and(|t| t.lower == "the"),
            );
            let verb_end = view
                .actors
                .iter()
                .find(|m| telling && m.tokens.start == c.tokens.end + the && m.tokens.end < at)
                .map_or(c.tokens.end, |addressee| addressee.tokens.end);
            // "NATO membership, he added, is off the table", "…, he told them, was …": a
            // reporting clause set off by commas inside the clause does not start a new one.
            let parenthetical = c.kind == CueKind::Reporting
                && view.tokens.get(verb_end).is_some_and(|t| t.lower == ",")
                && (c.tokens.start.saturating_sub(4)..c.tokens.start)
                    .any(|i| view.tokens[i].lower == ",");
            if c.tokens.end <= at
                && !parenthetical
                && matches!(c.kind, CueKind::Contrast | CueKind::Reporting)
            {
                let mut s = verb_end;
                while s < at
                    && matches!(
                        view.tokens[s].lower.as_str(),
                        "that" | "," | ":" | "\"" | "“"
                    )
                {
                    s += 1;
                }
                start = start.max(s);
            }
        }
        start.min(at)
    }

    /// Whether token `i` is a bracket of a short aside that does not break the clause: an
    /// acronym or a gloss ("the North Atlantic Treaty Organization (NATO) and …", "(local time)").
    fn aside_bracket(&self, i: usize) -> bool {
        let toks = &self.view.tokens;
        let words_inside = |range: &[Token]| range.len() <= SHORT_ASIDE;
        match toks[i].lower.as_str() {
            "(" => toks[i + 1..]
                .iter()
                .position(|t| t.lower == ")")
                .is_some_and(|p| words_inside(&toks[i + 1..i + 1 + p])),
            ")" => toks[..i]
                .iter()
                .rposition(|t| t.lower == "(")
                .is_some_and(|p| words_inside(&toks[p + 1..i])),
            // "The leaders of France and Poland – Emmanuel Macron and Donald Tusk – had …": a
            // pair of dashes around names only is an apposition, not a clause break.
            "–" | "—" => {
                let names_only = |range: &[Token]| {
                    range.len() <= 2 * SHORT_ASIDE
                        && range.iter().all(|t| {
                            (t.is_word() && t.capitalised)
                                || matches!(t.lower.as_str(), "," | "and" | "'s" | "’s")
                        })
                };
                let dash = |t: &Token| matches!(t.lower.as_str(), "–" | "—");
                toks[i + 1..]
                    .iter()
                    .position(dash)
                    .is_some_and(|p| names_only(&toks[i + 1..i + 1 + p]))
                    || toks[..i]
                        .iter()
                        .rposition(dash)
                        .is_some_and(|p| names_only(&toks[p + 1..i]))
            }
            _ => false,
        }
    }

    /// End of the clause that starts after token `from`.
    fn segment_end(&self, from: usize) -> usize {
        let view = self.view;
        let mut end = view.tokens.len();
        let headline = self.kind != UnitKind::Body;
        // "Kremlin Hits Back at Paris Pledge, Trump Signals …": in a headline, a comma before
        // an actor joins two clauses, unless an actor before it makes it a list ("Italy,
        // Poland: …").
        let headline_clause = |i: usize| {
            let actor_at = |k: usize| {
                view.actors
                    .iter()
                    .any(|m| m.actor.is_some() && m.tokens.start == k)
            };
            let actor_ends_at = |k: usize| view.actors.iter().any(|m| m.tokens.end == k);
            headline
                && (actor_at(i + 1)
                    || (view.tokens.get(i + 1).is_some_and(|t| t.lower == "the")
                        && actor_at(i + 2)))
                && !actor_ends_at(i)
        };
        for (i, t) in view.tokens.iter().enumerate().skip(from) {
            // "… because it would have handed Russia a veto": a reason is a clause of its own.
            if (CLAUSE_BREAKS.contains(&t.lower.as_str()) && !self.aside_bracket(i))
                || (t.lower == "because" && i > from)
                // "said he had discussed the plan and that any deal would have to …": a second
                // that-clause is the reporting verb's, not the cue's before it.
                || (t.lower == "and"
                    && i > from
                    && view.tokens.get(i + 1).is_some_and(|n| n.lower == "that"))
                || (i > from && self.new_subject_clause(i))
                || (i > from && self.named_subordinate_clause(i))
                || (t.lower == "," && headline_clause(i))
            {
                end = i;
                break;
            }
        }
        for c in &view.cues {
            // ", saying a truce without one …", "condemned the attack and said …": a reporting
            // verb after a comma or a coordinating "and" opens a clause of its own.
            let new_clause = c.kind == CueKind::Contrast
                || (c.kind == CueKind::Reporting
                    && c.tokens.start > 0
                    && matches!(view.tokens[c.tokens.start - 1].lower.as_str(), "," | "and"));
            if c.tokens.start >= from && new_clause {
                end = end.min(c.tokens.start);
            }
        }
        end
    }

    /// Whether the conjunction at `at` opens a subordinate clause whose subject is a named
    /// actor ("Tokyo weighs its role as Brussels keeps Ukraine's EU path open", "… after
    /// Moscow rejected it"): what a cue before it targets ends there. "Such as" and "as well
    /// as" open no clause.
    fn named_subordinate_clause(&self, at: usize) -> bool {
        let toks = &self.view.tokens;
        if !SUBORDINATORS.contains(&toks[at].lower.as_str())
            || at == 0
            || matches!(
                toks[at - 1].lower.as_str(),
                "such" | "well" | "as" | "so" | "just"
            )
        {
            return false;
        }
        let subject_at = if toks.get(at + 1).is_some_and(|t| t.lower == "the") {
            at + 2
        } else {
            at + 1
        };
        // "Warsaw rules out sending soldiers as US peace plan is rewritten": a proposal as
        // the subject of an auxiliary opens a clause too.
        let proposal_subject = self.view.proposals.iter().any(|p| {
            p.tokens.start == subject_at
                && toks
                    .get(p.tokens.end)
                    .is_some_and(|t| AUXILIARIES.contains(&t.lower.as_str()))
        });
        proposal_subject
            || self
                .view
                .actors
                .iter()
                // The conjunction may have marked its subject as a prepositional object ("as").
                .any(|m| m.tokens.start == subject_at && m.actor.is_some() && !m.in_proposal)
    }

    /// Whether the comma at `comma` opens a coordinated clause with a subject and verb of its
    /// own ("…, and his press secretary, Karoline Leavitt, has described …", "…, and Italian
    /// soldiers will not be deployed"), rather than the last item of a list ("sanctions, a
    /// ceasefire, and NATO membership").
    fn new_subject_clause(&self, comma: usize) -> bool {
        let toks = &self.view.tokens;
        if toks[comma].lower != ","
            || !toks
                .get(comma + 1)
                .is_some_and(|t| matches!(t.lower.as_str(), "and" | "but" | "while"))
        {
            return false;
        }
        let subject_start = comma + 2;
        let opens_subject = toks.get(subject_start).is_some_and(|t| {
            t.capitalised || matches!(t.lower.as_str(), "his" | "her" | "its" | "their")
        });
        if !opens_subject {
            return false;
        }
        // A finite verb within a few words, before any relative pronoun or clause break.
        for t in toks.iter().skip(subject_start + 1).take(8) {
            let w = t.lower.as_str();
            if matches!(w, "which" | "that" | "who" | "." | ";" | ":") {
                return false;
            }
            if AUXILIARIES.contains(&w) && !AUXILIARY_ADVERBS.contains(&w) {
                return true;
            }
        }
        false
    }

    /// "Option 4: … Ukraine would renounce NATO membership": in a list item, the conditional
    /// mood with nobody reporting it describes a model, not anyone's stance.
    fn hypothetical(&self, cue: &CueMention) -> bool {
        let view = self.view;
        let would = (self.segment_start(cue.tokens.start)..cue.tokens.start)
            .any(|i| view.tokens[i].lower == "would");
        let reported =
            !view.quotes.is_empty() || view.cues.iter().any(|c| c.kind == CueKind::Reporting);
        self.in_list_item && would && !reported
    }

    fn hedged(&self, from: usize, to: usize) -> bool {
        self.view.cues.iter().any(|c| {
            c.kind == CueKind::Hedge
                && c.tokens.start >= from.saturating_sub(2)
                && c.tokens.start < to
        })
    }

    fn negations_before(&self, segment_start: usize, cue: &CueMention) -> usize {
        let view = self.view;
        // "had not changed: Ukrainian forces must leave": a negation does not reach past a
        // comma or a colon.
        let comma_between = |from: usize, to: usize| {
            from < to
                && view.tokens[from..to]
                    .iter()
                    .any(|t| t.lower == "," || t.lower == ":")
        };
        let mut neither = false;
        // "without allowing X": a gerund cue right after "without" is negated.
        let mut count = usize::from(
            cue.tokens.start > 0
                && view.tokens[cue.tokens.start - 1].lower == "without"
                && view.tokens[cue.tokens.start].lower.ends_with("ing"),
        );
        // "Nothing in any deal, he told reporters, should block X": a negative quantifier that
        // opens the sentence is the subject of its first stance verb, past asides and commas.
        let quantifier_subject = view
            .tokens
            .first()
            .is_some_and(|t| matches!(t.lower.as_str(), "nothing" | "nobody" | "none"))
            && !view.cues.iter().any(|c| {
                matches!(c.kind, CueKind::Stance(_))
                    && !c.deontic
                    && c.tokens.end <= cue.tokens.start
            });
        count += usize::from(quantifier_subject);
        for c in &view.cues {
            if quantifier_subject && c.tokens.start == 0 {
                continue;
            }
            // "no limit on the size of the army was acceptable": "no" before the proposal that
            // is the predicate's subject reaches the predicate however long the proposal.
            let negated_subject = view.tokens[c.tokens.start].lower == "no"
                && c.tokens.len() == 1
                && view.proposals.iter().any(|p| {
                    // "no limit on the size of …": the proposal may start inside the phrase.
                    (c.tokens.end..=c.tokens.end + 3).contains(&p.tokens.start)
                        && view.tokens[c.tokens.end..p.tokens.start]
                            .iter()
                            .all(|t| t.is_word() && !t.capitalised)
                        && p.tokens.end <= cue.tokens.start
                        && view.tokens[p.tokens.end..cue.tokens.start].iter().all(|t| {
                            AUXILIARIES.contains(&t.lower.as_str())
                                || t.lower == "ever"
                                || t.lower.ends_with("ly")
                        })
                });
            let scoped = c.tokens.start == cue.tokens.end
                || (c.tokens.end <= cue.tokens.start
                    && c.tokens.start >= segment_start
                    && (cue.tokens.start - c.tokens.end <= NEGATION_REACH
                        || c.tokens.len() >= 3
                        || negated_subject)
                    && !comma_between(c.tokens.end, cue.tokens.start));
            if !scoped {
                continue;
            }
            match c.kind {
                CueKind::Negation => {
                    let word = view.tokens[c.tokens.start].lower.as_str();
                    // "Neither Paris nor Berlin supports": one negation, not two.
                    if word == "nor" && neither {
                        continue;
                    }
                    neither |= word == "neither";
                    count += 1;
                }
                // "will not stop demanding X": stopping reverses the cue right after it …
                // but not a purpose clause's object before the verb ("a plan to end the war
                // calls on Kyiv to …").
                CueKind::Reversal
                    if c.tokens.end <= cue.tokens.start
                        && view.tokens[c.tokens.end..cue.tokens.start]
                            .iter()
                            .all(|t| t.lower == "to" || t.lower.ends_with("ly")) =>
                {
                    count += 1;
                }
                _ => {}
            }
        }
        count + usize::from(self.negated_belief(segment_start, cue))
    }

    /// "He did not believe a ceasefire was needed": a negated verb of belief that opens the
    /// clause negates what it reports, when that clause judges a proposal rather than telling
    /// what another actor wants ("I don't believe Putin wants peace" stays a claim).
    fn negated_belief(&self, segment_start: usize, cue: &CueMention) -> bool {
        let view = self.view;
        let own_subject = view
            .actors
            .iter()
            .any(|m| m.tokens.start >= segment_start && m.tokens.end <= cue.tokens.start);
        if own_subject {
            return false;
        }
        view.cues.iter().any(|c| {
            c.kind == CueKind::Reporting
                && c.tokens.end <= segment_start
                && matches!(
                    view.tokens[c.tokens.end - 1].lower.as_str(),
                    "believe" | "believes" | "believed"
                )
                && view.tokens[c.tokens.end..segment_start]
                    .iter()
                    .all(|t| t.lower == "that")
                && view.cues.iter().any(|n| {
                    n.kind == CueKind::Negation
                        && n.tokens.end <= c.tokens.start
                        && c.tokens.start - n.tokens.end <= 1
                })
        })
    }

    /// Whether "as part of" (with up to two determiners or modifiers) stands right before
    /// token `start`.
    fn part_of_frame(&self, start: usize) -> bool {
        let toks = &self.view.tokens;
        (start.saturating_sub(5)..start.saturating_sub(2)).any(|i| {
            toks[i].lower == "as"
                && toks[i + 1].lower == "part"
                && toks[i + 2].lower == "of"
                && toks[i + 3..start].iter().all(|t| t.is_word())
        })
    }

    /// "cannot even agree on whether a ceasefire should come first": a cue of backing or
    /// rejecting whose object is an open question ("whether …") takes no side on it. Weighing
    /// cues keep it ("will decide whether to impose sanctions").
    fn open_question_object(&self, cue: &CueMention) -> bool {
        let CueKind::Stance(stance) = cue.kind else {
            return false;
        };
        if stance == Stance::Considers {
            return false;
        }
        let toks = &self.view.tokens;
        let mut at = cue.tokens.end;
        if toks
            .get(at)
            .is_some_and(|t| matches!(t.lower.as_str(), "on" | "over" | "about"))
        {
            at += 1;
        }
        toks.get(at).is_some_and(|t| t.lower == "whether")
    }

    /// Token spans of condition clauses that bear on `cue`.
    fn condition_spans(&self, cue: &CueMention) -> Vec<Range<usize>> {
        let view = self.view;
        let mut spans = Vec::new();
        for c in view.cues.iter().filter(|c| c.kind == CueKind::Condition) {
            if c.tokens.start < cue.tokens.start {
                // "If hostilities cease, we are prepared to …": up to the comma before the cue.
                let comma = view.tokens[c.tokens.end..cue.tokens.start]
                    .iter()
                    .position(|t| t.lower == ",")
                    .map(|p| c.tokens.end + p);
                if let Some(comma) = comma {
                    spans.push(c.tokens.start..comma);
                }
            } else {
                spans.push(c.tokens.start..self.segment_end(c.tokens.end));
            }
        }
        spans
    }

    /// Actors joined to the holders by "with" or "between" in the same clause, before the first
    /// proposal after the cue ("talks with Zelensky and European leaders regarding …").
    fn partners(&self, holders: &Holders, cue: &CueMention) -> Vec<usize> {
        let view = self.view;
        let start = holders.first_token.min(cue.tokens.start);
        let end = view
            .proposals
            .iter()
            .map(|p| p.tokens.start)
            .filter(|&p| p >= cue.tokens.end)
            .min()
            .unwrap_or(cue.tokens.end);
        let mut out = Vec::new();
        for m in &view.actors {
            if m.tokens.start < start || m.tokens.start >= end || m.in_proposal {
                continue;
            }
            if self.joined_by(m, &["with", "between"]) {
                out.extend(group_from(view, m));
            }
        }
        out
    }

    /// The parties of a meeting: actors after "between" later in this sentence, else those who
    /// held talks in one of the two sentences before.
    fn meeting_parties(&self, cue: &CueMention, discourse: &Discourse) -> Option<Holders> {
        let view = self.view;
        let between = view.actors.iter().find(|m| {
            m.tokens.start > cue.tokens.end
                && m.actor.is_some()
                && !m.in_proposal
                && self.joined_by(m, &["between"])
        });
        if let Some(m) = between {
            return Some(Holders::of(view, m, 0.7));
        }
        let (sentence, parties) = discourse.last_meeting.as_ref()?;
        (self.index - sentence <= 2).then(|| Holders {
            actors: parties.clone(),
            confidence: 0.6,
            first_token: cue.tokens.start,
        })
    }

    /// Whether mention `m` follows one of `words` (over articles, titles and list commas).
    fn joined_by(&self, m: &ActorMention, words: &[&str]) -> bool {
        let toks = &self.view.tokens;
        let mut k = m.tokens.start;
        while k > 0
            && (matches!(toks[k - 1].lower.as_str(), "the" | "and" | ",")
                || (toks[k - 1].capitalised && !words.contains(&toks[k - 1].lower.as_str())))
        {
            k -= 1;
        }
        k > 0 && words.contains(&toks[k - 1].lower.as_str())
    }

    /// Who speaks the sentence's quotation: named beside it, else the last quoted speaker.
    fn speaker(&self, discourse: &Discourse) -> Option<Vec<usize>> {
        let view = self.view;
        if let Some(signers) = &self.signers {
            return Some(signers.clone());
        }
        quote_speaker(view, self.gazetteer).or_else(|| {
            (!view.quotes.is_empty()
                && !discourse.last_speaker.is_empty()
                && !self.unknown_label()
                && !self.unnamed_speaker())
            .then(|| discourse.last_speaker.clone())
        })
    }

    /// `"Nobody will hand over the Donbas," a source in the presidential office told our
    /// correspondent`: a reporting verb whose subject is an indefinite person the text does not
    /// name, so the quotation is not the last speaker's.
    fn unnamed_speaker(&self) -> bool {
        let view = self.view;
        let outside = |i: usize| !view.quotes.iter().any(|q| q.contains(&i));
        view.cues.iter().any(|c| {
            if c.kind != CueKind::Reporting || !outside(c.tokens.start) {
                return false;
            }
            // The subject: from the end of the quotation (or the sentence start) to the verb.
            let from = view
                .quotes
                .iter()
                .map(|q| q.end)
                .filter(|&e| e <= c.tokens.start)
                .max()
                .unwrap_or(0);
            let subject = &view.tokens[from..c.tokens.start];
            let opens = subject
                .iter()
                .position(|t| t.is_word())
                .map(|i| subject[i].lower.as_str());
            matches!(opens, Some("a" | "an" | "one" | "another"))
                && !view
                    .actors
                    .iter()
                    .any(|m| m.tokens.start >= from && m.tokens.end <= c.tokens.start)
        })
    }

    /// `■ Europe: "No limits on Ukraine's armed forces"`: a label before a colon that names
    /// no actor says who speaks, so the quote is not the last speaker's.
    fn unknown_label(&self) -> bool {
        let view = self.view;
        let Some(colon) = view.tokens.iter().position(|t| t.lower == ":") else {
            return false;
        };
        let label = &view.tokens[..colon];
        let words: Vec<_> = label.iter().filter(|t| t.is_word()).collect();
        !words.is_empty()
            && words.len() <= 3
            && words.iter().all(|t| t.capitalised)
            && view.quotes.first().is_some_and(|q| q.start > colon)
            && !view.actors.iter().any(|m| m.tokens.start < colon)
    }

    /// The holders and stance of a list's introduction ("Estonia wants to see in any deal:"):
    /// its last asserted stance cue, negation applied.
    fn introduction(&self, discourse: &Discourse) -> Option<(Vec<usize>, Stance)> {
        let view = self.view;
        let cue = view
            .cues
            .iter()
            .rfind(|c| matches!(c.kind, CueKind::Stance(_)) && !self.embedded(c))?;
        let CueKind::Stance(base) = cue.kind else {
            return None;
        };
        let segment_start = self.segment_start(cue.tokens.start);
        if self.hedged(segment_start, cue.tokens.start) {
            return None;
        }
        let speaker = self.speaker(discourse);
        let holders = self.holders(cue, segment_start, speaker.as_deref(), None)?;
        // "According to a statement issued by the Élysée, …": a source is not the holder.
        let from_source = view.cues.iter().any(|c| {
            c.kind == CueKind::Source
                && c.tokens.end <= holders.first_token
                && !view.tokens[c.tokens.end..holders.first_token]
                    .iter()
                    .any(|t| t.lower == ",")
        });
        if from_source {
            return None;
        }
        let stance = match (base, self.negations_before(segment_start, cue) % 2 == 1) {
            (s, false) => s,
            (Stance::Supports | Stance::Proposes, true) => Stance::Opposes,
            (_, true) => return None,
        };
        Some((holders.actors, stance))
    }

    /// The statements of a list item under an introduction: one per proposal it names, the
    /// stance reversed where the item negates it ("no caps on …").
    fn list_item(&self, holders: &[usize], stance: Stance) -> Vec<Found> {
        let view = self.view;
        let mut out = Vec::new();
        let conditions: Vec<usize> = view
            .cues
            .iter()
            .filter(|c| c.kind == CueKind::Condition)
            .map(|c| c.tokens.start)
            .collect();
        for p in &view.proposals {
            // "… once a ceasefire takes hold": a condition, not an item.
            if conditions.iter().any(|&c| c < p.tokens.start) {
                continue;
            }
            // "… from the current line of contact, not from a Ukrainian withdrawal": a
            // contrasted phrase after a comma names what the item rules out.
            let clause_start = view.tokens[..p.tokens.start]
                .iter()
                .rposition(|t| t.lower == ",")
                .map_or(0, |c| c + 1);
            let contrasted = clause_start > 0
                && view.tokens[clause_start..p.tokens.start]
                    .first()
                    .is_some_and(|t| t.lower == "not")
                && !view
                    .proposals
                    .iter()
                    .any(|q| q.tokens.start >= clause_start && q.tokens.start < p.tokens.start);
            let negated = negated_just_before(view, p.tokens.start) || contrasted;
            let stance = match (negated != self.reversed(p, 0), stance) {
                (false, s) => s,
                (true, Stance::Considers) => continue,
                (true, s) => opposite(s),
            };
            out.extend(self.found_all(
                holders,
                stance,
                self.known(p.proposal),
                None,
                0.55,
                p.tokens.clone(),
            ));
        }
        out
    }

    /// "Germany: financing for a package of missiles" — a list item that names who offers what;
    /// items joined by semicolons ("Russia: the whole of Donetsk; a ban on NATO membership")
    /// are positions, read one by one as demands, and a reversal ("a ban on") before the
    /// proposal opposes it.
    fn bullet_offers(&self) -> Vec<(Vec<usize>, Stance, usize)> {
        let mut out = Vec::new();
        if self.kind != UnitKind::Bullet {
            return out;
        }
        let view = self.view;
        let Some(speaker) = self.colon_speaker() else {
            return out;
        };
        let several = view.tokens.iter().any(|t| t.lower == ";");
        let mut start = 0;
        while start < view.tokens.len() {
            let end = (start..view.tokens.len())
                .find(|&i| view.tokens[i].lower == ";")
                .unwrap_or(view.tokens.len());
            let has_cue = view.cues.iter().any(|c| {
                matches!(c.kind, CueKind::Stance(_) | CueKind::Negation)
                    && c.tokens.start >= start
                    && c.tokens.start < end
            });
            let first = view
                .proposals
                .iter()
                .find(|p| p.tokens.start >= start && p.tokens.start < end);
            if let (false, Some(p)) = (has_cue, first) {
                let reversed = view.cues.iter().any(|c| {
                    c.kind == CueKind::Reversal
                        && c.tokens.start >= start
                        && c.tokens.end <= p.tokens.start
                });
                // "Russia: the whole of Donetsk; no European troops": several positions in a
                // row are demands; a single item offers what it names.
                let stance = if reversed {
                    Stance::Opposes
                } else if several {
                    Stance::Supports
                } else {
                    Stance::Proposes
                };
                out.push((speaker.clone(), stance, p.proposal));
            }
            start = end + 1;
        }
        out
    }

    /// "Russia: …", "Lavrov: …" at the start of a headline, sub-heading or bullet.
    fn colon_speaker(&self) -> Option<Vec<usize>> {
        if self.kind == UnitKind::Body {
            return None;
        }
        let view = self.view;
        let first = view.actors.first()?;
        let after = view.tokens.get(first.tokens.end)?;
        (first.tokens.start <= 1 && after.lower == ":" && !first.in_proposal)
            .then(|| first.actor.map(|a| vec![a]))
            .flatten()
    }

    /// The named group that opens a subordinate clause holding the cue: "His offer came a day
    /// after the leaders of France, Germany and Poland — Macron, Merz and Tusk — stood together
    /// in Kyiv and demanded a ceasefire". The clause runs from the group to the cue without a
    /// comma, a clause of its own or another cue.
    fn subordinate_group(&self, cue: &CueMention) -> Option<Holders> {
        let view = self.view;
        let tokens = &view.tokens;
        let conjunction = (1..cue.tokens.start)
            .rev()
            .find(|&i| SUBORDINATORS.contains(&tokens[i].lower.as_str()))?;
        let first = view.actors.iter().find(|m| {
            m.tokens.start > conjunction
                && m.tokens.start <= conjunction + 5
                && m.tokens.end <= cue.tokens.start
                && m.actor.is_some()
                && m.via != Via::Pronoun
                && !m.in_proposal
        })?;
        // Right after the conjunction, or after "the leaders of", "the foreign ministers of".
        let between = &tokens[conjunction + 1..first.tokens.start];
        let heads_of = match between {
            [] => true,
            [the, words @ .., of] => {
                the.lower == "the"
                    && of.lower == "of"
                    && (1..=2).contains(&words.len())
                    && words.iter().all(|t| t.is_word() && !t.capitalised)
                    && words.last().is_some_and(|t| t.lower.ends_with('s'))
            }
            _ => false,
        };
        if !heads_of || view.quotes.iter().any(|q| q.contains(&cue.tokens.start)) {
            return None;
        }
        let (group, mut end) = group_span(view, first);
        // "… — Emmanuel Macron, Friedrich Merz and Donald Tusk — …": an apposition in dashes.
        if tokens
            .get(end)
            .is_some_and(|t| matches!(t.lower.as_str(), "—" | "–"))
        {
            end = (end + 1..cue.tokens.start).find(|&i| tokens[i].lower == tokens[end].lower)? + 1;
        }
        let verb_phrase = &tokens[end.min(cue.tokens.start)..cue.tokens.start];
        let clause_of_its_own = verb_phrase.iter().any(|t| {
            !t.is_word()
                || matches!(t.lower.as_str(), "that" | "which" | "who" | "whom")
                || SUBORDINATORS.contains(&t.lower.as_str())
        });
        let cue_between = view.cues.iter().any(|c| {
            c.tokens.start >= end
                && c.tokens.end <= cue.tokens.start
                && matches!(c.kind, CueKind::Stance(_) | CueKind::Reporting)
        });
        if clause_of_its_own || cue_between || verb_phrase.len() > 8 {
            return None;
        }
        Some(Holders {
            actors: group,
            confidence: 0.8,
            first_token: first.tokens.start,
        })
    }

    /// "his press secretary, Karoline Leavitt, has described …": for a possessive pronoun,
    /// the actor named in apposition after it (before the cue), who is the subject.
    fn apposed_name(&self, m: &ActorMention, cue: &CueMention) -> Option<&ActorMention> {
        let view = self.view;
        let pronoun = m.via == Via::Pronoun
            && matches!(
                view.tokens[m.tokens.start].lower.as_str(),
                "his" | "her" | "their" | "its"
            );
        // "Turkey's foreign minister, Hakan Fidan, urged …": a state's possessive before a
        // lowercase title, with the person's name apposed.
        let state_title = m.via == Via::Name
            && after_possessive(&view.tokens, &m.tokens).is_some_and(|title| {
                view.tokens
                    .get(title)
                    .is_some_and(|t| t.is_word() && !t.capitalised)
            });
        if !pronoun && !state_title {
            return None;
        }
        view.actors.iter().find(|n| {
            n.via == Via::Name
                && n.tokens.start > m.tokens.end
                && n.tokens.start <= m.tokens.end + 4
                && n.tokens.end <= cue.tokens.start
                && view.tokens[n.tokens.start - 1].lower == ","
                && view.tokens[m.tokens.end..n.tokens.start - 1]
                    .iter()
                    .all(|t| t.is_word() || matches!(t.lower.as_str(), "'s" | "’s"))
                && (pronoun
                    || n.actor
                        .and_then(|a| self.gazetteer.actors.get(a))
                        .is_some_and(|e| e.kind == ActorKind::Person))
                && self.unquoted_subject(n)
        })
    }

    /// Whether `m` stands in a subordinate clause that opens the clause of `cue` and closes
    /// with a comma before it ("if the Russian delegation walks out, the world must respond
    /// …", "when Moscow refused, Berlin backed …"): the subject of that clause, not of the cue.
    fn in_fronted_clause(&self, m: &ActorMention, cue: &CueMention, segment_start: usize) -> bool {
        let tokens = &self.view.tokens;
        let Some(opener) = (segment_start..m.tokens.start).rev().find(|&i| {
            let word = tokens[i].lower.as_str();
            // "And where Washington offered vague assurances, the three governments sought …".
            (matches!(word, "if" | "unless" | "once" | "where") || SUBORDINATORS.contains(&word))
                && (i == segment_start
                    || matches!(
                        tokens[i - 1].lower.as_str(),
                        "," | "that" | ":" | ";" | "\"" | "“" | "and" | "but"
                    ))
        }) else {
            return false;
        };
        // The clause's subject follows the conjunction ("if the Russian delegation …"); "before
        // the summit he had …" is a prepositional phrase before the subject.
        let subject_first = tokens[opener + 1..m.tokens.start]
            .iter()
            .all(|t| matches!(t.lower.as_str(), "the" | "a" | "an"));
        subject_first
            && tokens[opener..cue.tokens.start]
                .iter()
                .position(|t| t.lower == ",")
                .is_some_and(|p| opener + p >= m.tokens.end)
    }

    /// Whether `m` stands in the that-clause of a noun before the cue ("the idea that Ukraine
    /// can regain its land was mistaken"): the noun phrase, not `m`, is the cue's subject.
    fn in_noun_complement(&self, m: &ActorMention, segment_start: usize) -> bool {
        let tokens = &self.view.tokens;
        (segment_start.max(1)..m.tokens.start).any(|i| {
            tokens[i].lower == "that"
                && NOUNS_TAKING_THAT_CLAUSES.contains(&tokens[i - 1].lower.as_str())
        })
    }

    /// Whether mention `m` can be a clause's subject: a known actor, outside proposal names,
    /// prepositional phrases and quotations.
    fn unquoted_subject(&self, m: &ActorMention) -> bool {
        m.actor.is_some()
            && !m.in_proposal
            && !m.after_preposition
            && !self.view.quotes.iter().any(|q| q.contains(&m.tokens.start))
    }

    /// "… as Europeans at the G20 push back on the army cap", "while European leaders
    /// rejected it": a subordinate clause whose subject names no actor (and no nationality)
    /// is nobody's stance in the graph — neither the reporter's nor the main subject's.
    fn unnamed_subordinate_subject(&self, cue: &CueMention) -> bool {
        let view = self.view;
        let toks = &view.tokens;
        let Some(sub) = (cue.tokens.start.saturating_sub(8)..cue.tokens.start)
            .rev()
            .find(|&i| SUBORDINATORS.contains(&toks[i].lower.as_str()))
        else {
            return false;
        };
        let mut end = cue.tokens.start;
        while end > sub + 1 && AUXILIARIES.contains(&toks[end - 1].lower.as_str()) {
            end -= 1;
        }
        let subject = sub + 1..end;
        let overlaps = |r: &Range<usize>| r.start < subject.end && r.end > subject.start;
        let opens_name = toks.get(subject.start).is_some_and(|t| {
            t.capitalised
                || (t.lower == "the" && toks.get(subject.start + 1).is_some_and(|n| n.capitalised))
        });
        !subject.is_empty()
            && opens_name
            // "until Thanksgiving to accept": a time, not a subject.
            && toks[subject.clone()].iter().all(|t| t.is_word() && t.lower != "to")
            && !view.actors.iter().any(|m| overlaps(&m.tokens))
            && !view.proposals.iter().any(|p| overlaps(&p.tokens))
            && !view.demonyms.iter().any(|(r, _)| overlaps(r))
    }

    fn holders(
        &self,
        cue: &CueMention,
        segment_start: usize,
        speaker: Option<&[usize]>,
        colon_speaker: Option<&[usize]>,
    ) -> Option<Holders> {
        let view = self.view;
        let in_quote = view.quotes.iter().any(|q| q.contains(&cue.tokens.start));
        // "… the language Putin understands, and we need them": a first- or second-person
        // subject between an actor and the cue is the speaker (or the speaker's side), not
        // that actor.
        let speaker_between = |m: &ActorMention| {
            view.tokens[m.tokens.end..cue.tokens.start]
                .iter()
                .any(|t| matches!(t.lower.as_str(), "we" | "i" | "you"))
        };
        // Passive: "… was rejected by Moscow", "backed by France", "was put forward by Meloni".
        let last = self.last_word(cue);
        let be_before = view.tokens[cue.tokens.start.saturating_sub(3)..cue.tokens.start]
            .iter()
            .any(|t| {
                matches!(
                    t.lower.as_str(),
                    "is" | "are" | "was" | "were" | "been" | "being"
                )
            });
        let passive_form = participle(last) || (cue.tokens.len() > 1 && be_before);
        if let Some(agent) = view.actors.iter().find(|m| {
            passive_form
                && m.after_by
                && m.actor.is_some()
                && m.tokens.start >= cue.tokens.end
                && m.tokens.start <= cue.tokens.end + 6
                && !view.tokens[cue.tokens.end..m.tokens.start].iter().any(|t| {
                    matches!(t.lower.as_str(), "," | ";" | "and" | "but")
                        // "promoted a clause inspired by NATO's Article 5": "by" belongs to
                        // the nearer participle.
                        || (t.is_word() && !t.capitalised && participle(&t.lower))
                })
        }) {
            return Some(Holders::of(view, agent, 0.9));
        }
        // "…, with Warsaw offering instead to serve as a hub": the actor after "with" is the
        // subject of the gerund that follows it.
        if view.tokens[cue.tokens.start].lower.ends_with("ing") {
            if let Some(m) = view.actors.iter().find(|m| {
                m.actor.is_some()
                    && m.tokens.end == cue.tokens.start
                    && m.tokens.start > 0
                    && view.tokens[m.tokens.start - 1].lower == "with"
            }) {
                return Some(Holders::of(view, m, 0.8));
            }
        }
        if self.unnamed_subordinate_subject(cue) {
            return None;
        }
        // "Sybiha said Russia was choosing missiles over talks, and called for new sanctions":
        // a verb joined by ", and" to a reported clause is the reporter's second verb.
        if let Some(m) = self.reporter_of_coordinated(cue) {
            return Some(Holders::of(view, m, 0.8));
        }
        // "This is not a force that wants to wage war": a relative pronoun is the subject, and
        // its antecedent is no actor.
        let mut k = cue.tokens.start;
        while k > 0 && AUXILIARIES.contains(&view.tokens[k - 1].lower.as_str()) {
            k -= 1;
        }
        if k >= 2 && matches!(view.tokens[k - 1].lower.as_str(), "that" | "which" | "who") {
            let pronoun = k - 1;
            let antecedent_end = if view.tokens[pronoun - 1].lower == "," {
                pronoun - 1
            } else {
                pronoun
            };
            let actor_antecedent = view
                .actors
                .iter()
                .any(|m| m.actor.is_some() && m.tokens.end == antecedent_end);
            let previous = &view.tokens[pronoun - 1];
            let complementiser = view.cues.iter().any(|c| {
                c.tokens.end == pronoun && matches!(c.kind, CueKind::Reporting | CueKind::Stance(_))
            });
            // A noun phrase before it ("a force that"), not a verb ("repeats that there …").
            let noun_phrase = view.tokens[pronoun.saturating_sub(3)..pronoun]
                .iter()
                .any(|t| {
                    matches!(
                        t.lower.as_str(),
                        "a" | "an" | "the" | "any" | "every" | "no" | "this" | "such" | "some"
                    )
                });
            if !actor_antecedent
                && !complementiser
                && noun_phrase
                && previous.is_word()
                && !previous.capitalised
            {
                return None;
            }
        }
        let after_modal = view.cues.iter().any(|c| {
            c.deontic && c.tokens.end <= cue.tokens.start && cue.tokens.start - c.tokens.end <= 2
        });
        if (cue.deontic || after_modal) && !in_quote {
            // "Putin repeated that Ukraine must never join NATO": the demand is the speaker's.
            if let Some(actors) = self.reporting_subject(cue.tokens.start) {
                return Some(Holders {
                    actors,
                    confidence: 0.8,
                    first_token: cue.tokens.start,
                });
            }
            // "Some in Washington argue that Ukraine should accept X": the demand of a party
            // the text does not name is nobody's stance here.
            if view.cues.iter().any(|c| {
                c.kind == CueKind::Reporting
                    && c.tokens.start > 0
                    && c.tokens.end <= cue.tokens.start
            }) {
                return None;
            }
            // "Lavrov restated the positions Moscow has held: Ukraine must be neutral": after
            // a colon, a demand is the subject's before it, who sets it out.
            let colon = (1..cue.tokens.start)
                .rev()
                .find(|&i| view.tokens[i].lower == ":");
            let setter = colon.and_then(|colon| {
                view.actors.iter().find(|m| {
                    m.tokens.end <= colon
                        && m.actor.is_some()
                        && !m.in_proposal
                        && !m.after_preposition
                        && !view.quotes.iter().any(|q| q.contains(&m.tokens.start))
                })
            });
            if let Some(m) = setter {
                return Some(Holders::of(view, m, 0.75));
            }
        }
        // "Ukraine must not be forced to cede land", said by nobody: no one's stance here.
        if self.passive(cue) || (cue.patient_subject && !in_quote) {
            // "… is being considered" with no agent: the subject is what is considered.
            return None;
        }
        if in_quote {
            // A third party named inside the quote before the cue holds the stance
            // ("…, reported, \"Putin is said to have proposed a ceasefire\"").
            let quote = view.quotes.iter().find(|q| q.contains(&cue.tokens.start));
            let inner_from = |from: usize| {
                quote.and_then(|q| {
                    view.actors.iter().find(|m| {
                        q.contains(&m.tokens.start)
                            && m.tokens.start >= q.start.max(from)
                            && m.tokens.end <= cue.tokens.start
                            && m.actor.is_some()
                            && m.via != Via::Pronoun
                            && !m.in_proposal
                            && !m.after_preposition
                            // "we support Trump's position that …": a possessor is no subject.
                            && after_possessive(&view.tokens, &m.tokens).is_none()
                            && !speaker_between(m)
                            && !self.in_fronted_clause(m, cue, q.start.max(from))
                    })
                })
            };
            // In the clause first; else the subject of a reporting verb inside the quote
            // ("Putin is said to have proposed …").
            let inner = || {
                inner_from(segment_start.min(cue.tokens.start)).or_else(|| {
                    let reporting_inside = view.cues.iter().any(|c| {
                        c.kind == CueKind::Reporting
                            && c.tokens.end <= cue.tokens.start
                            && quote.is_some_and(|q| q.contains(&c.tokens.start))
                    });
                    if reporting_inside {
                        inner_from(0)
                    } else {
                        None
                    }
                })
            };
            // A negated proposal (the pseudo cue, no words of its own) names its own actors
            // ("Ukraine cannot be asked to surrender land"); only the quote's speaker holds it.
            // … nor does the subject of a passive of pressure ("Ukraine should not be pushed
            // to give away land").
            let pseudo = cue.tokens.is_empty() || cue.patient_subject;
            if let Some(m) = (!pseudo).then(inner).flatten() {
                return Some(Holders::of(view, m, 0.85));
            }
            if let Some(speaker) = speaker.or(colon_speaker) {
                return Some(Holders {
                    actors: speaker.to_vec(),
                    confidence: 0.85,
                    first_token: cue.tokens.start,
                });
            }
            return None;
        }
        // "Merz supports this idea, and the CDU, which he leads, also agrees": after a stance
        // clause, ", and" opens a new clause whose subject is the first actor after it, outside
        // a relative clause.
        let coordinated_from = (segment_start + 1..cue.tokens.start).rev().find(|&i| {
            view.tokens[i].lower == "and"
                && view.tokens[i - 1].lower == ","
                && view.cues.iter().any(|c| {
                    matches!(c.kind, CueKind::Stance(_))
                        && c.tokens.start >= segment_start
                        && c.tokens.end < i
                })
        });
        if let Some(from) = coordinated_from {
            let relative = self.relative_clauses();
            // The new subject stands right after ", and" ("and" otherwise counts as a
            // preposition's continuation: "talks with France and Italy").
            if let Some(m) = view.actors.iter().find(|m| {
                m.tokens.start > from
                    && m.tokens.start <= from + 2
                    && m.tokens.end <= cue.tokens.start
                    && m.actor.is_some()
                    && !m.in_proposal
                    && !relative.iter().any(|r| r.contains(&m.tokens.start))
                    && !view.quotes.iter().any(|q| q.contains(&m.tokens.start))
            }) {
                let m = self.apposed_name(m, cue).unwrap_or(m);
                return Some(Holders::of(view, m, 0.85));
            }
        }
        // "a pledge, under which allies would promise …": in a relative clause with a subject of
        // its own, only an actor named there holds the stance.
        if let Some(rel) = self.relative_subject_clause(segment_start, cue) {
            let m = view.actors.iter().find(|m| {
                rel.contains(&m.tokens.start)
                    && m.actor.is_some()
                    && !m.in_proposal
                    && !m.after_preposition
            })?;
            return Some(Holders::of(view, m, 0.85));
        }
        // "A US commitment along the lines of Article 5 is essential, Tusk said": a name that
        // only modifies the noun a copular judgement judges is no holder.
        let copular = matches!(
            view.tokens[cue.tokens.start].lower.as_str(),
            "is" | "are" | "was" | "were"
        );
        let modifies_judged_noun = |m: &ActorMention| {
            copular
                && m.tokens.start > 0
                && matches!(
                    view.tokens[m.tokens.start - 1].lower.as_str(),
                    "a" | "an" | "the"
                )
                && view.tokens.get(m.tokens.end).is_some_and(|t| {
                    t.is_word() && !t.capitalised && m.tokens.end < cue.tokens.start
                })
        };
        let subject = |m: &&ActorMention| {
            m.tokens.start >= segment_start
                && m.tokens.end <= cue.tokens.start
                && !modifies_judged_noun(m)
                && self.unquoted_subject(m)
                && !speaker_between(m)
                && !self.in_fronted_clause(m, cue, segment_start)
                && !self.in_noun_complement(m, segment_start)
        };
        // "Wadephul said Moscow's demands amounted to a veto and that Berlin would not accept
        // X": a second reported that-clause has its own subject.
        let complement_start = (segment_start + 1..cue.tokens.start)
            .rev()
            .find(|&i| {
                view.tokens[i].lower == "that"
                    && view.tokens[i - 1].lower == "and"
                    && view
                        .cues
                        .iter()
                        .any(|c| c.kind == CueKind::Reporting && c.tokens.end + 1 < i)
            })
            .map(|i| i + 1);
        // "Zelensky left after Trump urged both sides to stop …": a name right after a
        // subordinating conjunction and right before the cue (past auxiliaries) is the subject
        // of a clause of its own, not the object of a preposition.
        let subordinate_subject = view.actors.iter().find(|m| {
            m.tokens.start >= segment_start.max(1)
                && SUBORDINATORS.contains(&view.tokens[m.tokens.start - 1].lower.as_str())
                && m.tokens.end <= cue.tokens.start
                && view.tokens[m.tokens.end..cue.tokens.start]
                    .iter()
                    .all(|t| AUXILIARIES.contains(&t.lower.as_str()))
                && m.actor.is_some()
                && !m.in_proposal
                && !view.quotes.iter().any(|q| q.contains(&m.tokens.start))
        });
        if let Some(m) = subordinate_subject {
            return Some(Holders::of(view, m, 0.85));
        }
        // … also for the that-clause of a stance verb in that clause ("… after the leaders of
        // France and Poland demanded that Russia accept a ceasefire").
        let demanding = view.cues.iter().rfind(|c| {
            matches!(c.kind, CueKind::Stance(_))
                && c.tokens.start >= segment_start
                && c.tokens.end < cue.tokens.start
                && view.tokens[c.tokens.end].lower == "that"
        });
        if let Some(holders) = std::iter::once(cue)
            .chain(demanding)
            .find_map(|c| self.subordinate_group(c))
        {
            return Some(holders);
        }
        // "… the three governments sought a pledge": a counted group that refers back to no
        // group of that size holds the stance, so no other name in the sentence does.
        let unresolved_subject = view.actors.iter().any(|m| {
            m.actor.is_none()
                && m.via == Via::Pronoun
                && m.plural
                && group_count(&view.tokens, m).is_some()
                && m.tokens.start >= segment_start
                && m.tokens.end <= cue.tokens.start
                && view.tokens[m.tokens.end..cue.tokens.start]
                    .iter()
                    .all(|t| AUXILIARIES.contains(&t.lower.as_str()))
        });
        if unresolved_subject {
            return None;
        }
        // … and without a named subject of its own ("… and that the priority should be
        // tougher sanctions") it is the reporter's, not the first clause's subject's.
        let candidate = match complement_start {
            Some(from) => view
                .actors
                .iter()
                .filter(subject)
                .find(|m| m.tokens.start >= from),
            None => view.actors.iter().find(subject),
        }
        .map(|m| self.apposed_name(m, cue).unwrap_or(m));
        if let Some(m) = candidate {
            let confidence = match m.via {
                Via::Name => 1.0,
                Via::Title => 0.9,
                Via::Pronoun => 0.8,
            };
            return Some(Holders::of(view, m, confidence));
        }
        // "The Russian side went further, demanding that Ukraine withdraw …": a participle
        // clause after a comma shares the subject of the clause before it.
        let participle_clause = cue.tokens.start > 0
            && view.tokens[cue.tokens.start - 1].lower == ","
            && view.tokens[cue.tokens.start].lower.ends_with("ing");
        if participle_clause {
            if let Some(m) = view
                .actors
                .iter()
                .rfind(|m| m.tokens.end < cue.tokens.start && self.unquoted_subject(m))
            {
                return Some(Holders::of(view, m, 0.75));
            }
        }
        // "… is out of the question for Kyiv", "unacceptable to Moscow": predicate cues only.
        let predicative = view.tokens[cue.tokens.start.saturating_sub(2)..cue.tokens.start]
            .iter()
            .any(|t| {
                matches!(
                    t.lower.as_str(),
                    "is" | "are" | "was" | "were" | "be" | "been" | "remains"
                )
            });
        if let Some(m) = view.actors.iter().find(|m| {
            predicative
                && m.actor.is_some()
                && m.tokens.start > cue.tokens.end
                && m.tokens.start <= cue.tokens.end + 2
                && view.tokens[m.tokens.start - 1..m.tokens.start]
                    .iter()
                    .any(|t| matches!(t.lower.as_str(), "for" | "to"))
        }) {
            return Some(Holders::of(view, m, 0.8));
        }
        // "Portugal backs sanctions but will not send troops": the second verb shares the subject.
        let coordinated = view.cues.iter().any(|c| {
            c.kind == CueKind::Contrast
                && c.tokens.end <= segment_start
                && segment_start - c.tokens.end <= 1
                || (segment_start > 0 && view.tokens[segment_start - 1].lower == "and")
        });
        // "…, but discussions followed on X": a clause that opens with a noun has a subject of
        // its own.
        let opens_with_noun = cue.tokens.start == segment_start
            && ["ion", "ions", "ment", "ments"]
                .iter()
                .any(|suffix| self.last_word(cue).ends_with(suffix));
        if coordinated && !opens_with_noun {
            // The subject of the clause before: the last actor that opens a clause ("Others
            // say they will help: Poland will not send troops but has offered …"), else the
            // first actor of the sentence.
            let opens_clause = |m: &ActorMention| {
                m.tokens.start == 0
                    || matches!(
                        view.tokens[m.tokens.start - 1].lower.as_str(),
                        ":" | ";" | "\"" | "“"
                    )
            };
            let before =
                |m: &&ActorMention| m.tokens.end <= segment_start && self.unquoted_subject(m);
            if let Some(m) = view
                .actors
                .iter()
                .filter(before)
                .rfind(|m| opens_clause(m))
                .or_else(|| view.actors.iter().find(before))
            {
                return Some(Holders::of(view, m, 0.8));
            }
        }
        // The clause has no subject: a reported clause ("Trump said that joining NATO was not
        // possible") belongs to the reporting verb's subject — not a clause after "but" ("X
        // confirmed Y, but discussions followed on Z").
        if let Some(reporting) = view.cues.iter().rfind(|c| {
            c.kind == CueKind::Reporting
                && c.tokens.end <= cue.tokens.start
                && !view.cues.iter().any(|k| {
                    k.kind == CueKind::Contrast
                        && k.tokens.start >= c.tokens.end
                        && k.tokens.end <= cue.tokens.start
                })
        }) {
            // "Kallas said any plan needed Ukraine on board, and made clear that …": a
            // reporting verb coordinated with an earlier one shares that one's subject.
            let mut subject_before = reporting.tokens.start;
            while let Some(earlier) = view.cues.iter().rfind(|c| {
                c.kind == CueKind::Reporting
                    && c.tokens.end < subject_before
                    && subject_before >= 1
                    && view.tokens[subject_before - 1].lower == "and"
            }) {
                subject_before = earlier.tokens.start;
            }
            // "Macron, who met Zelensky on Monday, said …": not a name inside a relative
            // clause that ends before the verb.
            let relative = self.relative_clauses();
            let subject = view.actors.iter().rfind(|m| {
                m.tokens.end <= subject_before
                    && m.actor.is_some()
                    && !m.in_proposal
                    && !m.after_preposition
                    && !in_relative_clause_before(&relative, m, subject_before)
            });
            // "…," said Lavrov: the subject follows the reporting verb.
            let after = || {
                view.actors.iter().find(|m| {
                    m.tokens.start >= reporting.tokens.end
                        && m.tokens.start <= reporting.tokens.end + 2
                        && m.actor.is_some()
                })
            };
            let m = subject.or_else(after)?;
            // "Poland, Greece and Italy said sending troops was unacceptable": the whole list
            // that ends in the subject.
            let usable =
                |m: &ActorMention| m.actor.is_some() && !m.in_proposal && !m.after_preposition;
            return Some(Holders {
                actors: group_ending_in(view, m, usable),
                confidence: 0.85,
                first_token: m.tokens.start,
            });
        }
        // "A limit on the army was a non-starter, according to Rustem Umerov": a source the
        // ontology knows as an actor (not a newspaper) speaks when the clause has no subject.
        let according_to = || {
            let source = view.cues.iter().find(|c| c.kind == CueKind::Source)?;
            let m = view.actors.iter().find(|m| {
                m.actor.is_some()
                    && m.via != Via::Pronoun
                    && m.tokens.start >= source.tokens.end
                    && m.tokens.start <= source.tokens.end + 1
            })?;
            Some(Holders::of(view, m, 0.75))
        };
        // "Sending Polish troops is out of the question, Tusk said": the report follows —
        // not across a contrast ("Europeans pressed for a ceasefire, but Trump said …").
        let Some(reporting) = view
            .cues
            .iter()
            .find(|c| c.kind == CueKind::Reporting && c.tokens.start >= cue.tokens.end)
            .filter(|r| {
                !view.cues.iter().any(|c| {
                    c.kind == CueKind::Contrast
                        && c.tokens.start >= cue.tokens.end
                        && c.tokens.end <= r.tokens.start
                })
            })
        else {
            return according_to();
        };
        let m = view.actors.iter().find(|m| {
            m.actor.is_some()
                && !m.in_proposal
                && m.tokens.start >= cue.tokens.end
                && ((m.tokens.end <= reporting.tokens.start
                    && reporting.tokens.start - m.tokens.end <= 1)
                    || (m.tokens.start >= reporting.tokens.end
                        && m.tokens.start <= reporting.tokens.end + 1))
        });
        match m {
            Some(m) => Some(Holders::of(view, m, 0.8)),
            None => according_to(),
        }
    }
}

/// Adverbs after an anaphor that add nothing to what it names ("backs it fully").
const ADVERBS_CLOSING_A_PHRASE: &[&str] = &[
    "again",
    "too",
    "also",
    "entirely",
    "fully",
    "outright",
    "completely",
    "firmly",
    "strongly",
    "wholeheartedly",
    "publicly",
    "immediately",
    "today",
    "yesterday",
    "now",
    "then",
    "either",
];

/// Nouns whose that-clause states what they are about ("the idea that Ukraine can regain its
/// land"): a name inside that clause is not the subject of the sentence.
const NOUNS_TAKING_THAT_CLAUSES: &[&str] = &[
    "idea",
    "notion",
    "claim",
    "suggestion",
    "assumption",
    "belief",
    "view",
];

/// Judgements that end like a past participle but are adjectives ("the idea was mistaken"
/// has no agent to look for).
/// Nouns that, in apposition to a clause, stand for the proposal it names ("…, an idea Kyiv
/// rejects").
const APPOSED_NOUNS: &[&str] = &[
    "idea",
    "offer",
    "invitation",
    "proposal",
    "suggestion",
    "demand",
    "plan",
    "move",
    "step",
    "request",
    "condition",
    "option",
    "scenario",
    "notion",
    "prospect",
];

const ADJECTIVES_LIKE_PARTICIPLES: &[&str] = &["mistaken", "misguided", "ill-conceived"];

/// A past participle by its ending ("rejected", "taken", "drawn").
fn participle(word: &str) -> bool {
    word.ends_with("ed") || word.ends_with("en") || word.ends_with("wn")
}

/// The stance reversed: "an end to X" supported is X opposed; considering stays considering.
fn opposite(stance: Stance) -> Stance {
    match stance {
        Stance::Supports | Stance::Proposes => Stance::Opposes,
        Stance::Opposes => Stance::Supports,
        Stance::Considers => Stance::Considers,
    }
}

/// Whether a proposal mention names it with a plural noun ("sanctions", "security guarantees",
/// "troops on Ukrainian soil"): a lowercase word ending in a plural "-s".
fn names_plural(view: &SentenceView, mention: &ProposalMention) -> bool {
    view.tokens[mention.tokens.clone()].iter().any(|t| {
        let w = t.lower.as_str();
        !t.capitalised
            && w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
            && !w.ends_with("'s")
            && !w.ends_with("’s")
    })
}

/// Whether mention `m` lies inside one of the `relative` clauses and that clause ends before
/// token `verb` ("Macron, who met Zelensky on Monday, said …": Zelensky).
fn in_relative_clause_before(relative: &[Range<usize>], m: &ActorMention, verb: usize) -> bool {
    relative
        .iter()
        .any(|r| r.contains(&m.tokens.start) && r.end <= verb)
}

/// Whether a negation ends at most two tokens before token `start` ("no U.S. troops").
fn negated_just_before(view: &SentenceView, start: usize) -> bool {
    view.cues
        .iter()
        .any(|c| c.kind == CueKind::Negation && c.tokens.end <= start && start - c.tokens.end <= 2)
}

/// A normalised label for an open proposal: lowercase content words joined by `-`, short
/// trailing words dropped ("joint naval patrol" → "joint-naval-patrol").
fn open_label(words: &[&str]) -> String {
    let mut words: Vec<String> = words
        .iter()
        .map(|w| w.to_lowercase())
        .filter(|w| w.chars().all(|c| c.is_alphanumeric() || c == '-'))
        .collect();
    while words.last().is_some_and(|w| w.len() <= 3) {
        words.pop();
    }
    // "the new maritime corridor": "new" says nothing about what is proposed.
    if words
        .first()
        .is_some_and(|w| matches!(w.as_str(), "new" | "fresh" | "further" | "more"))
    {
        words.remove(0);
    }
    if words.iter().all(|w| w.len() < 4) {
        return String::new();
    }
    words.join("-")
}

/// A slug for a new person: lowercase words joined by `-` ("Baiba Braže" → "baiba-braže").
fn slugify(name: &str) -> String {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join("-")
}

/// "it" followed by a form of "be" or a raising verb is an expletive ("it is expected").
fn expletive(tokens: &[super::mentions::Token], after: usize) -> bool {
    tokens.get(after).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "is" | "was"
                | "has"
                | "had"
                | "will"
                | "would"
                | "seems"
                | "seemed"
                | "appears"
                | "remains"
        )
    }) && !tokens.get(after + 1).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "opposed" | "ready" | "prepared" | "willing" | "against" | "not"
        )
    })
}

/// Whether a proposal follows a cue; it may begin inside a cue that includes its verb
/// ("will not send" + "send troops").
fn after_cue(proposal: &Range<usize>, cue: &Range<usize>) -> bool {
    proposal.start >= cue.end || (proposal.start > cue.start && proposal.end > cue.end)
}

/// The actor of `first` plus actors coordinated with it ("France and the United Kingdom").
fn group_from(view: &SentenceView, first: &ActorMention) -> Vec<usize> {
    group_span(view, first).0
}

/// The group a list opened by `first` names, with the token where its last member ends.
fn group_span(view: &SentenceView, first: &ActorMention) -> (Vec<usize>, usize) {
    let mut group: Vec<usize> = first.actor.into_iter().collect();
    group.extend(first.also.iter().copied());
    let mut end = first.tokens.end;
    for m in view
        .actors
        .iter()
        .filter(|m| m.tokens.start >= first.tokens.end)
    {
        if m.tokens.start < end {
            continue;
        }
        // "welcomed by Macron, by von der Leyen and by Costa": a list of agents may repeat "by".
        let gap: Vec<&Token> = view.tokens[end..m.tokens.start]
            .iter()
            .filter(|t| !(first.after_by && t.lower == "by"))
            .collect();
        // "The US, Europe, and Ukraine": a list may pass over a name that is no actor.
        let capitalised = gap
            .iter()
            .filter(|t| !COORDINATORS.contains(&t.lower.as_str()))
            .all(|t| t.is_word() && t.capitalised);
        // "Mr Merz and France's Emmanuel Macron": a possessive state before a name qualifies it.
        let items = gap
            .iter()
            .filter(|t| !COORDINATORS.contains(&t.lower.as_str()))
            .filter(|t| !(t.capitalised && (t.lower.ends_with("'s") || t.lower.ends_with("’s"))))
            .count();
        // "France, Britain and Germany, together with the European Commission, …".
        let words: Vec<&str> = gap
            .iter()
            .map(|t| t.lower.as_str())
            .filter(|w| !COORDINATORS.contains(w))
            .collect();
        let together = matches!(words.as_slice(), ["together" | "along", "with"])
            && gap.first().is_some_and(|t| t.lower == ",");
        // "…, British Prime Minister Keir Starmer and German Chancellor Friedrich Merz": a
        // capitalised title of up to four words may open an item.
        let joined = together
            || !gap.is_empty()
                && gap.iter().any(|t| t.lower == "," || t.lower == "and")
                && (items == 0
                    || (items <= 4
                        && capitalised
                        && gap
                            .first()
                            .is_some_and(|t| t.lower == "," || t.lower == "and")));
        if !joined || m.in_proposal || m.via == Via::Pronoun {
            break;
        }
        if let Some(a) = m.actor {
            if !group.contains(&a) {
                group.push(a);
            }
        }
        end = m.tokens.end;
    }
    (group, end)
}

/// The size a counted group names ("the three governments": 3, "both leaders": 2), for a
/// pronoun mention; `None` for "they" and every other mention.
fn group_count(tokens: &[Token], m: &ActorMention) -> Option<usize> {
    if m.via != Via::Pronoun {
        return None;
    }
    tokens[m.tokens.clone()]
        .iter()
        .find_map(|t| match t.lower.as_str() {
            "two" | "both" => Some(2),
            "three" => Some(3),
            "four" => Some(4),
            _ => None,
        })
}

/// The group of a list that ends in `last` ("Poland, Greece and Italy" for "Italy"): the
/// group opened by the earliest usable mention whose group reaches `last`'s actor.
fn group_ending_in(
    view: &SentenceView,
    last: &ActorMention,
    usable: impl Fn(&ActorMention) -> bool,
) -> Vec<usize> {
    let first = view
        .actors
        .iter()
        .filter(|m| usable(m))
        .find(|m| {
            m.tokens.start <= last.tokens.start
                && last.actor.is_some_and(|a| group_from(view, m).contains(&a))
        })
        .unwrap_or(last);
    group_from(view, first)
}

/// The speaker of a quotation: the actor next to a reporting verb outside the quotes.
fn quote_speaker(view: &SentenceView, gazetteer: &Gazetteer) -> Option<Vec<usize>> {
    if view.quotes.is_empty() {
        return None;
    }
    let outside = |r: &Range<usize>| !view.quotes.iter().any(|q| q.contains(&r.start));
    for reporting in view
        .cues
        .iter()
        .filter(|c| c.kind == CueKind::Reporting && outside(&c.tokens))
    {
        let near = view
            .actors
            .iter()
            .filter(|m| {
                m.actor.is_some() && outside(&m.tokens) && !m.in_proposal && !m.after_preposition
            })
            .min_by_key(|m| {
                if m.tokens.end <= reporting.tokens.start {
                    reporting.tokens.start - m.tokens.end
                } else {
                    m.tokens.start.saturating_sub(reporting.tokens.end)
                }
            });
        if let Some(m) = near {
            return Some(group_from(view, m));
        }
    }
    let _ = gazetteer;
    view.actors
        .iter()
        .find(|m| m.actor.is_some() && outside(&m.tokens) && !m.in_proposal && !m.after_preposition)
        .map(|m| group_from(view, m))
}
