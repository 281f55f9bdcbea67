#!/usr/bin/env python3
"""Peer for stancegraph's extraction throughput: the same gazetteer + cue-phrase pass in spaCy.

spaCy's blank English pipeline (tokenizer) with the sentencizer, and two PhraseMatchers run over each document built
from the same ontology/*.ttl forms stancegraph matches: actor names and aliases matched on the
exact text (ORTH), proposal phrases, rule terms, titles and lexicon cues matched case-blind
(LOWER). Articles are read and cleaned before the clock starts (stancegraph's extraction figure
also excludes loading); the timed part tokenizes, splits sentences and matches, and counts the
sentences and matches.

Usage: python3 bench/peer_spacy.py ONTOLOGY_DIR CORPUS_DIR
Prints one JSON object: articles, sentences, matches, seconds, sentences_per_s.
"""

import bisect
import json
import pathlib
import sys
import time

import rdflib
import spacy
from spacy.matcher import PhraseMatcher

SG = "https://stancegraph.org/ns#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"

# Predicates whose literals are matched case-blind (actor names are matched exactly).
FOLDED = {SG + "form", SG + "title", SG + "head", SG + "modifier"}


def ontology_forms(directory):
    graph = rdflib.Graph()
    for path in sorted(pathlib.Path(directory).glob("*.ttl")):
        graph.parse(path, format="turtle")
    actor_ns = "https://stancegraph.org/actor/"
    exact, folded = set(), set()
    for subject, predicate, obj in graph:
        if not isinstance(obj, rdflib.Literal):
            continue
        text = str(obj).strip()
        if not text:
            continue
        pred = str(predicate)
        is_actor = str(subject).startswith(actor_ns)
        if pred in (SKOS + "altLabel", RDFS + "label", SKOS + "prefLabel") and is_actor:
            exact.add(text)
        elif pred in (SKOS + "altLabel", SKOS + "prefLabel"):
            folded.add(text.lower())
        elif pred in FOLDED:
            folded.add(text.lower())
        elif pred == SG + "demonym":
            exact.add(text)
    return sorted(exact), sorted(folded)


def read_articles(directory):
    texts = []
    for path in sorted(pathlib.Path(directory).rglob("*.txt")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        texts.append("\n".join(line for line in lines if line))
    return texts


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: peer_spacy.py ONTOLOGY_DIR CORPUS_DIR")
    exact_forms, folded_forms = ontology_forms(sys.argv[1])
    texts = read_articles(sys.argv[2])
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    exact.add("NAME", list(nlp.tokenizer.pipe(exact_forms)))
    folded = PhraseMatcher(nlp.vocab, attr="LOWER")
    folded.add("TERM", list(nlp.tokenizer.pipe(folded_forms)))

    started = time.perf_counter()
    sentences = 0
    matches = 0
    for doc in nlp.pipe(texts, batch_size=64):
        # Matching the whole document once and bucketing by sentence is spaCy's fast path
        # (matching each `sent.as_doc()` copy is several times slower).
        starts = [sent.start for sent in doc.sents]
        sentences += len(starts)
        per_sentence = [0] * len(starts)
        for _, start, _ in list(exact(doc)) + list(folded(doc)):
            per_sentence[bisect.bisect_right(starts, start) - 1] += 1
        matches += sum(per_sentence)
    seconds = time.perf_counter() - started
    print(
        json.dumps(
            {
                "articles": len(texts),
                "sentences": sentences,
                "matches": matches,
                "exact_forms": len(exact_forms),
                "folded_forms": len(folded_forms),
                "seconds": round(seconds, 3),
                "sentences_per_s": round(sentences / seconds, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
