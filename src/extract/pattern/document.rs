//! Written proposals: who authored "the plan", and what its provisions propose.
//!
//! "The draft would require Ukraine to withdraw from Donetsk and cap its army" states what the
//! draft's author proposes. The author is named where the document is ("Washington's peace
//! plan", "a counterproposal drafted by Britain, France and Germany", "Britain circulated a
//! counterproposal", "the plan that Washington handed to Kyiv") and remembered for later
//! sentences ("The draft …", "It would …", "Its main provisions included:").

use std::ops::Range;

use super::{group_from, negated_just_before, opposite, Discourse, Found, SentenceCtx};
use crate::extract::mentions::{after_possessive, Token};
use crate::model::Stance;
use crate::ontology::CueKind;

/// A document noun in a sentence and the author the sentence names for it.
pub(super) struct DocumentMention {
    /// The noun's tokens ("peace plan").
    pub(super) tokens: Range<usize>,
    /// Who wrote it, when this sentence says.
    pub(super) author: Option<Vec<usize>>,
    /// The written proposal it names ("the 28-point plan"), if the ontology knows it.
    pub(super) proposal: Option<usize>,
    /// A counter-proposal ("counter-draft", "counterproposal"): a reply to another document.
    pub(super) counter: bool,
}

/// How far back from a document noun a possessive or adjective author may stand
/// ("Washington's 28-point peace plan").
const MODIFIER_REACH: usize = 3;
/// How far a provision verb may stand from its document subject ("The draft, whose
/// authorship has been disputed in Washington, would require …").
const SUBJECT_REACH: usize = 20;
/// How far into its clause the "would" of a provision may stand after a sentence about a
/// document ("the lines in Kherson and Zaporizhzhia would be frozen …").
const CONDITIONAL_REACH: usize = 8;
/// How many words of an adverbial may stand between an authoring verb and its "by"
/// ("drawn up over several weeks by Steve Witkoff").
const AGENT_ADVERBIAL_REACH: usize = 4;

/// The token at `at`, or after it when it is "the": where a name begins ("by the Trump
/// administration", "that the Trump administration drew up").
fn past_article(tokens: &[Token], at: usize) -> usize {
    if tokens.get(at).is_some_and(|t| t.lower == "the") {
        at + 1
    } else {
        at
    }
}

/// The length in tokens of the longest form of `forms` that starts at token `at`, if any.
pub(super) fn match_at(forms: &[Vec<String>], tokens: &[Token], at: usize) -> Option<usize> {
    let tokens = tokens.get(at..)?;
    forms
        .iter()
        .filter(|f| f.len() <= tokens.len() && f.iter().zip(tokens).all(|(w, t)| *w == t.lower))
        .map(Vec::len)
        .max()
}

impl SentenceCtx<'_> {
    /// Whether the word at `at` is a document noun ("plan" in "the plan").
    pub(super) fn is_document_noun(&self, at: usize) -> bool {
        self.view
            .tokens
            .get(at)
            .is_some_and(|t| self.gazetteer.documents.is_noun(&t.lower))
    }

    /// Every document noun of the sentence with the author the sentence names for it.
    pub(super) fn documents(&self) -> Vec<DocumentMention> {
        let view = self.view;
        let forms = &self.gazetteer.documents;
        let mut out = Vec::new();
        let mut i = 0;
        while i < view.tokens.len() {
            let Some(len) = match_at(&forms.nouns, &view.tokens, i) else {
                i += 1;
                continue;
            };
            // A noun inside a proposal's name ("draft treaty") names the proposal, unless the
            // proposal is itself a written one ("the 28-point plan").
            if view
                .proposals
                .iter()
                .any(|p| p.tokens.contains(&i) && !self.gazetteer.proposals[p.proposal].document)
            {
                i += len;
                continue;
            }
            let tokens = i..i + len;
            let author = self
                .modifier_author(&tokens)
                .or_else(|| self.agent_author(&tokens))
                .or_else(|| self.subject_author(&tokens));
            let proposal = view
                .proposals
                .iter()
                .find(|p| p.tokens.contains(&i))
                .map(|p| p.proposal);
            let counter = view.tokens[tokens.clone()]
                .iter()
                .any(|t| t.lower.starts_with("counter"));
            out.push(DocumentMention {
                tokens,
                author,
                proposal,
                counter,
            });
            i += len;
        }
        out
    }

    /// "Washington's peace plan", "a Trump administration plan", "the American draft".
    fn modifier_author(&self, noun: &Range<usize>) -> Option<Vec<usize>> {
        let view = self.view;
        let near = |end: usize| end <= noun.start && noun.start - end <= MODIFIER_REACH;
        // Only modifiers between: possessive marks, names, "28-point", one plain adjective
        // ("peace") — no article or verb ("Germany circulated a plan" names a subject).
        let clean = |end: usize| {
            let gap = &view.tokens[end..noun.start];
            let plain = gap
                .iter()
                .filter(|t| t.is_word() && !t.capitalised)
                .filter(|t| !t.lower.contains('-') && !t.lower.chars().any(|c| c.is_ascii_digit()))
                .collect::<Vec<_>>();
            gap.iter()
                .all(|t| t.is_word() || matches!(t.lower.as_str(), "'s" | "’s" | "-"))
                && plain.len() <= 1
                && !plain.iter().any(|t| {
                    matches!(
                        t.lower.as_str(),
                        "a" | "an" | "the" | "this" | "that" | "its" | "his" | "her" | "their"
                    ) || t.lower.ends_with("ed")
                })
        };
        // "Trump sent Kyiv his plan": a possessive pronoun names the author, not the name
        // before it.
        let possessive_pronoun = |m: &super::ActorMention| {
            m.via == super::Via::Pronoun
                && matches!(
                    view.tokens[m.tokens.start].lower.as_str(),
                    "his" | "her" | "their"
                )
        };
        if let Some(m) = view.actors.iter().rfind(|m| {
            m.actor.is_some()
                && (m.via != super::Via::Pronoun || possessive_pronoun(m))
                && near(m.tokens.end)
                && clean(m.tokens.end)
        }) {
            return Some(vec![m.actor?]);
        }
        view.demonyms
            .iter()
            .rfind(|(r, _)| near(r.end) && clean(r.end))
            .map(|(_, a)| vec![*a])
    }

    /// "a counterproposal drafted by Britain, France and Germany".
    fn agent_author(&self, noun: &Range<usize>) -> Option<Vec<usize>> {
        let view = self.view;
        let forms = &self.gazetteer.documents;
        let mut verb = (noun.end..(noun.end + 3).min(view.tokens.len()))
            .find_map(|k| match_at(&forms.authoring, &view.tokens, k).map(|n| k + n))?;
        // "drafted largely by Steve Witkoff", "drawn up over several weeks by …": an adverb or
        // a short adverbial phrase (no actor, no comma, no new clause) may stand before "by".
        let adverbial = |k: usize| {
            view.tokens.get(k).is_some_and(|t| {
                t.is_word() && !matches!(t.lower.as_str(), "and" | "but" | "that" | "which")
            }) && !view.actors.iter().any(|m| m.tokens.contains(&k))
        };
        let mut skipped = 0;
        while view.tokens.get(verb)?.lower != "by" {
            if skipped == AGENT_ADVERBIAL_REACH || !adverbial(verb) {
                return None;
            }
            verb += 1;
            skipped += 1;
        }
        // "drawn up by the Trump administration": an article may stand before the agent, and
        // so may a qualifying state and title ("by US special envoy Steve Witkoff").
        let agent_start = past_article(&view.tokens, verb + 1);
        let m = view.actors.iter().find(|m| {
            m.actor.is_some()
                && m.tokens.start >= agent_start
                && m.tokens.start <= agent_start + 3
                && view.tokens[agent_start..m.tokens.start]
                    .iter()
                    .all(|t| t.is_word() && t.lower != "and")
        })?;
        // "drafted by Donald Trump's special envoy Steve Witkoff": the possessor qualifies.
        let m = if after_possessive(&view.tokens, &m.tokens).is_some() {
            view.actors
                .iter()
                .find(|n| {
                    n.actor.is_some()
                        && n.tokens.start >= m.tokens.end
                        && n.tokens.start <= m.tokens.end + 4
                })
                .unwrap_or(m)
        } else {
            m
        };
        // "drafted by Steve Witkoff, Donald Trump's envoy, …": a possessor in an apposition
        // qualifies the agent and is no co-author.
        let mut group = group_from(view, m);
        group.retain(|&a| {
            !view.actors.iter().any(|n| {
                n.actor == Some(a)
                    && n.tokens.start > m.tokens.start
                    && after_possessive(&view.tokens, &n.tokens).is_some()
            })
        });
        Some(group)
    }

    /// "Britain, France and Germany circulated a counterproposal"; "the plan that Washington
    /// handed to Kyiv".
    fn subject_author(&self, noun: &Range<usize>) -> Option<Vec<usize>> {
        let view = self.view;
        let forms = &self.gazetteer.documents;
        let authoring_at = |k: usize| match_at(&forms.authoring, &view.tokens, k);
        // "the plan that Washington handed …"
        if view
            .tokens
            .get(noun.end)
            .is_some_and(|t| matches!(t.lower.as_str(), "that" | "which"))
        {
            // "the plan that the Trump administration drew up": an article may open the name.
            let subject_start = past_article(&view.tokens, noun.end + 1);
            if let Some(m) = view
                .actors
                .iter()
                .find(|m| m.actor.is_some() && m.tokens.start == subject_start)
            {
                // "the counter-proposal that Britain, France and Germany put on the table":
                // the verb follows the list's last name.
                let group = group_from(view, m);
                let group_end = view
                    .actors
                    .iter()
                    .filter(|n| {
                        n.tokens.start >= m.tokens.start
                            && n.tokens.start <= m.tokens.end + 12
                            && n.actor.is_some_and(|a| group.contains(&a))
                    })
                    .map(|n| n.tokens.end)
                    .max()
                    .unwrap_or(m.tokens.end);
                if (group_end..group_end + 3).any(|k| authoring_at(k).is_some()) {
                    return Some(group);
                }
            }
        }
        // "Britain, France and Germany circulated a counterproposal".
        let verb =
            (noun.start.saturating_sub(4)..noun.start).find(|&k| authoring_at(k).is_some())?;
        // The subject right before the verb, or the list it ends ("Britain, France and
        // Germany circulated …").
        let m = view.actors.iter().rfind(|m| {
            m.actor.is_some()
                && !m.in_proposal
                && m.via != super::Via::Pronoun
                && m.tokens.end <= verb
                && verb - m.tokens.end <= 1
        })?;
        let last = m.actor?;
        let first = view.actors.iter().find(|f| {
            f.actor.is_some() && !f.after_preposition && group_from(view, f).contains(&last)
        })?;
        Some(group_from(view, first))
    }

    /// "The draft would require Ukraine to withdraw from Donetsk, cap its army and never join
    /// NATO": with a document (or "it" right after one) as the clause's subject and a
    /// provision verb, each proposal of the clause is one its author proposes — opposes where
    /// the clause negates it ("No NATO troops would be stationed").
    /// "The 28-point plan that the Trump administration has drawn up": the named author of a
    /// written proposal the ontology knows proposes it. A counter-proposal's authors named in
    /// passing ("the counter-proposal that Britain, France and Germany put on the table") are
    /// not: most annotators code only a stance cue's own holder ("X tabled a counter-proposal").
    pub(super) fn authored_proposals(&self, documents: &[DocumentMention]) -> Vec<Found> {
        let mut out = Vec::new();
        for d in documents {
            if let (Some(author), Some(p), false) = (&d.author, d.proposal, d.counter) {
                out.extend(self.found_all(
                    author,
                    Stance::Proposes,
                    self.known(p),
                    None,
                    0.7,
                    d.tokens.clone(),
                ));
            }
        }
        out
    }

    pub(super) fn provisions(
        &self,
        documents: &[DocumentMention],
        discourse: &Discourse,
    ) -> Vec<Found> {
        let view = self.view;
        let forms = &self.gazetteer.documents;
        // The subject: a document noun near its clause's start, or "it" when the previous
        // sentence named a document.
        let mut subjects: Vec<(usize, Option<Vec<usize>>)> = documents
            .iter()
            .filter(|d| {
                let start = self.segment_start(d.tokens.start);
                d.tokens.start - start <= 5
                    && !view.cues.iter().any(|c| {
                        matches!(c.kind, CueKind::Stance(_))
                            && c.tokens.start >= start
                            && c.tokens.end <= d.tokens.start
                    })
            })
            .map(|d| (d.tokens.end, d.author.clone()))
            .collect();
        // "a 28-point framework for ending the war that would require Kyiv to …": a relative
        // clause on a document noun sets out its provisions too.
        for d in documents {
            let relative = (d.tokens.end..(d.tokens.end + 6).min(view.tokens.len())).find(|&k| {
                matches!(view.tokens[k].lower.as_str(), "that" | "which")
                    && match_at(&forms.provisions, &view.tokens, k + 1).is_some()
            });
            if let Some(k) = relative {
                if !subjects.iter().any(|(after, _)| *after == d.tokens.end) {
                    subjects.push((k + 1, d.author.clone()));
                }
            }
        }
        // "The plan grants an amnesty, and it calls for elections": "it" opening a later
        // clause of a sentence about a document is that document.
        for d in documents {
            let it = (d.tokens.end..view.tokens.len()).find(|&k| {
                view.tokens[k].lower == "it"
                    && matches!(view.tokens[k - 1].lower.as_str(), "and" | "," | ";")
            });
            if let Some(it) = it {
                subjects.push((it + 1, d.author.clone()));
            }
        }
        if discourse.document_recent(self.index) {
            if let Some(it) = view.tokens.iter().position(|t| t.lower == "it") {
                if self.segment_start(it) + 1 >= it && documents.is_empty() {
                    subjects.push((it + 1, None));
                }
            }
        }
        // "The leaked draft read like a catalogue of demands. Ukraine would withdraw from …;
        // the lines in Kherson would be frozen …": right after a sentence about a document, a
        // clause in the conditional with no stance or reporting cue of its own sets out one of
        // its provisions.
        if discourse.document_recent(self.index) && documents.is_empty() {
            for (k, t) in view.tokens.iter().enumerate() {
                if t.lower != "would" {
                    continue;
                }
                let (start, end) = (self.segment_start(k), self.segment_end(k));
                // "Its main points, as published by several outlets, would require …": a
                // source's aside between commas is neither the clause's cue nor its length.
                let asides = self.source_asides(start, k);
                let in_aside = |i: usize| asides.iter().any(|a| a.contains(&i));
                let own_cue = view.cues.iter().any(|c| {
                    matches!(c.kind, CueKind::Stance(_) | CueKind::Reporting)
                        && c.tokens.start >= start
                        && c.tokens.start < end
                        && !in_aside(c.tokens.start)
                });
                // "In return, Russia would be invited back into the G8, … and Ukraine would be
                // eligible for EU membership": in a series of clauses each "would" counts from
                // the comma or "and" that opens its own clause.
                let clause_start = (start..k)
                    .rev()
                    .find(|&i| matches!(view.tokens[i].lower.as_str(), "," | "and") && !in_aside(i))
                    .map_or(start, |i| i + 1);
                let aside_len: usize = asides
                    .iter()
                    .filter(|a| a.start >= clause_start)
                    .map(|a| a.len())
                    .sum();
                // "Zelensky said he would not hand over land": a clause an actor reports is
                // that actor's, not the document's.
                let reported_by_actor = view.cues.iter().any(|c| {
                    c.kind == CueKind::Reporting
                        && c.tokens.end <= k
                        && !in_aside(c.tokens.start)
                        && view.actors.iter().any(|m| {
                            m.tokens.end <= c.tokens.start && !m.after_preposition && !m.in_proposal
                        })
                });
                if !own_cue
                    && !reported_by_actor
                    && k - clause_start - aside_len <= CONDITIONAL_REACH
                {
                    subjects.push((k, None));
                }
            }
        }
        let mut out = Vec::new();
        for (after, named) in subjects {
            let Some(author) = named.or_else(|| discourse.document_author.clone()) else {
                continue;
            };
            let verb = (after..(after + SUBJECT_REACH).min(view.tokens.len()))
                .find(|&k| match_at(&forms.provisions, &view.tokens, k).is_some());
            let Some(verb) = verb else { continue };
            // The document must be the subject: no actor of its own stands before the verb
            // (the agent of "drafted by Washington" is not one).
            if view.actors.iter().any(|m| {
                m.actor.is_some()
                    && !m.after_preposition
                    && !m.after_by
                    && m.tokens.start >= after
                    && m.tokens.end <= verb
            }) {
                continue;
            }
            // "… contained many points worth discussing and renewed her call for X": a stance
            // cue of its own after the provision verb starts a clause the document does not own.
            let end = view
                .cues
                .iter()
                .filter(|c| matches!(c.kind, CueKind::Stance(_)) && c.tokens.start > verb)
                .map(|c| c.tokens.start)
                .fold(self.segment_end(verb), usize::min);
            for p in view
                .proposals
                .iter()
                // "Its army would be capped at …": a passive match that spans the verb counts.
                .filter(|p| {
                    (p.tokens.start > verb || p.tokens.contains(&verb)) && p.tokens.start < end
                })
            {
                // "… states that NATO troops will not be stationed": a negated verb right
                // after the proposal negates it too.
                let word = |k: usize| view.tokens.get(k).map(|t| t.lower.as_str());
                let negated_after = matches!(
                    word(p.tokens.end),
                    Some(
                        "will"
                            | "would"
                            | "is"
                            | "are"
                            | "was"
                            | "were"
                            | "should"
                            | "must"
                            | "can"
                            | "could"
                            | "shall"
                    )
                ) && matches!(word(p.tokens.end + 1), Some("not" | "never"));
                let negated = negated_just_before(view, p.tokens.start)
                    || negated_after
                    || view.tokens[verb..p.tokens.start.max(verb)]
                        .iter()
                        .any(|t| matches!(t.lower.as_str(), "never" | "not"));
                let stance = if negated != self.reversed(p, verb) {
                    opposite(Stance::Proposes)
                } else {
                    Stance::Proposes
                };
                out.extend(self.found_all(
                    &author,
                    stance,
                    self.known(p.proposal),
                    None,
                    0.6,
                    p.tokens.clone(),
                ));
            }
        }
        out
    }

    /// Spans between two commas in `start..end` that hold no stance cue and name no actor,
    /// commas included: a source's aside ("as published by several outlets", "according to
    /// the newspaper") that interrupts a clause without changing who speaks in it.
    fn source_asides(&self, start: usize, end: usize) -> Vec<Range<usize>> {
        let view = self.view;
        let commas: Vec<usize> = (start..end)
            .filter(|&i| view.tokens[i].lower == ",")
            .collect();
        commas
            .windows(2)
            .map(|w| w[0]..w[1] + 1)
            .filter(|span| {
                !view
                    .cues
                    .iter()
                    .any(|c| matches!(c.kind, CueKind::Stance(_)) && span.contains(&c.tokens.start))
                    && !view
                        .actors
                        .iter()
                        .any(|m| m.actor.is_some() && span.contains(&m.tokens.start))
            })
            .collect()
    }

    /// "Its main provisions included:", "The plan includes:", "The main elements of the plan
    /// are as follows.", "The European text changes it at several points:": a sentence that
    /// introduces a list (see `introduces_list`) with a document as its subject (named in the
    /// first words, no actor subject after it) lists the document's provisions, whose items
    /// its author proposes.
    pub(super) fn provision_list(
        &self,
        documents: &[DocumentMention],
        discourse: &Discourse,
    ) -> Option<Vec<usize>> {
        let view = self.view;
        let forms = &self.gazetteer.documents;
        let first_word = view.tokens.iter().position(|t| t.is_word())?;
        // "The original document, drafted by Witkoff, … . Its main elements were:": "its"
        // opening the sentence right after one that named a document is that document.
        if view.tokens[first_word].lower == "its"
            && !documents.iter().any(|d| d.tokens.start <= first_word + 5)
            && discourse.document_recent(self.index)
        {
            return discourse.document_author.clone();
        }
        let document = documents
            .iter()
            .find(|d| d.tokens.start <= first_word + 5)?;
        let verb = (document.tokens.end..view.tokens.len())
            .find(|&k| match_at(&forms.provisions, &view.tokens, k).is_some());
        // The document is the subject: no actor stands between it and the verb, or the end
        // ("According to that document, Moscow's conditions include:" lists Moscow's demands).
        let subject_end = verb.unwrap_or(view.tokens.len());
        let own_subject = view.actors.iter().any(|m| {
            m.actor.is_some()
                && !m.after_preposition
                && !m.after_by
                && m.via != super::Via::Pronoun
                && !m
                    .actor
                    .is_some_and(|a| document.author.as_ref().is_some_and(|au| au.contains(&a)))
                && m.tokens.start >= document.tokens.end
                && m.tokens.end <= subject_end
        });
        (!own_subject)
            .then(|| {
                document
                    .author
                    .clone()
                    .or_else(|| discourse.document_author.clone())
            })
            .flatten()
    }
}

impl Discourse {
    /// Remembers the last document's author and the sentence that named a document.
    pub(super) fn note_documents(&mut self, documents: &[DocumentMention], sentence: usize) {
        if documents.is_empty() {
            return;
        }
        self.document_sentence = Some(sentence);
        if let Some(d) = documents.iter().rev().find(|d| d.author.is_some()) {
            self.document_author.clone_from(&d.author);
            if !d.counter {
                self.plan_author.clone_from(&d.author);
            }
            self.counter_last = d.counter;
        } else if self.counter_last && documents.iter().all(|d| !d.counter) {
            // "Britain, France and Germany tabled a counter-proposal. … The leaked draft read
            // …": a plain document noun after a counter-proposal is the text it answers.
            self.document_author.clone_from(&self.plan_author);
            self.counter_last = false;
        }
        // A document named anew replaces the written proposal "the plan" refers to.
        // A counter-proposal answers it and does not replace it.
        self.document_proposal = documents
            .iter()
            .rev()
            .filter(|d| !d.counter)
            .find_map(|d| d.proposal)
            .or(if documents.iter().any(|d| d.author.is_some()) {
                None
            } else {
                self.document_proposal
            });
    }

    /// A sentence that set out a provision of the last document keeps it the subject of the
    /// next one ("Ukraine would withdraw …. NATO would undertake …").
    pub(super) fn continue_document(&mut self, sentence: usize) {
        if self.document_sentence.is_some() {
            self.document_sentence = Some(sentence);
        }
    }

    /// Whether the previous sentence named a document ("… a counterproposal. It would …").
    pub(super) fn document_recent(&self, sentence: usize) -> bool {
        self.document_sentence
            .is_some_and(|s| s + 1 == sentence || s == sentence)
    }
}
