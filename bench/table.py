#!/usr/bin/env python3
"""Prints bench/run.sh's raw figures (results.tsv) as one table: figure, value, target or peer, ratio.

Usage: python3 bench/table.py RESULTS_TSV LARGEST_SIZE
"""

import csv
import sys


def main():
    path, largest = sys.argv[1], sys.argv[2]
    fig = {}
    with open(path, newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            try:
                fig[row["figure"]] = float(row["value"])
            except ValueError:
                continue
    sizes = sorted({int(k.split("/")[1]) for k in fig if k.startswith("ingest-cold/")})
    rows = []

    def add(name, value, unit, target="", ratio=""):
        rows.append((name, value, unit, target, ratio))

    def fmt(x, digits=0):
        return f"{x:,.{digits}f}"

    single = fig.get(f"criterion/extract/single-thread/{largest}/throughput")
    rayon = next(
        (v for k, v in fig.items() if k.startswith("criterion/extract/rayon-") and k.endswith(f"/{largest}/throughput")),
        None,
    )
    if single:
        add(f"extract, 1 thread ({largest} articles)", fmt(single), "sentences/s", "≥ 100,000", f"{single / 100_000:.2f}× target")
    if single and rayon:
        add(f"extract, rayon ({largest} articles)", fmt(rayon), "sentences/s", "≥ 1.8× 1 thread", f"{rayon / single:.2f}×")
    spacy = fig.get(f"spacy-peer/{largest}/articles-per-s")
    single_ms = fig.get(f"criterion/extract/single-thread/{largest}")
    if spacy and single_ms:
        ours = int(largest) / (single_ms / 1000)
        add(
            f"extract vs spaCy peer ({largest} articles, 1 thread each)",
            fmt(ours, 1),
            "articles/s",
            f"spaCy {fmt(spacy, 1)} articles/s ({fmt(fig.get(f'spacy-peer/{largest}/sentences-per-s', 0))} sentences/s); ≥ 10×",
            f"{ours / spacy:.1f}×",
        )
    for n in sizes:
        wall = fig.get(f"ingest-cold/{n}/wall")
        target = "< 60 s" if n == 10000 else ""
        add(f"ingest, cold store ({n} articles)", fmt(wall, 2), "s", target,
            f"{fmt(n / wall, 1)} articles/s")
    if 1000 in sizes and 10000 in sizes:
        growth = fig["ingest-cold/10000/wall"] / fig["ingest-cold/1000/wall"] / 10
        add("ingest growth 1,000 → 10,000 (wall / linear)", f"{growth:.2f}", "×", "≤ 1.2×", "")
    for n in sizes:
        wall = fig.get(f"ingest-incremental/{n}/wall")
        add(f"ingest, one transaction per article ({n} into a non-empty store)", fmt(wall, 2), "s", "", f"{fmt(n / wall, 1)} articles/s")
    for n in sizes:
        ours = fig.get(f"ingest-cold/{n}/write-phase")
        ceiling = fig.get(f"oxigraph-load/{n}/rate")
        if ours and ceiling:
            add(f"write phase vs `oxigraph load` ({n} articles, {fmt(fig.get(f'ingest-cold/{n}/quads', 0))} quads)",
                fmt(ours), "quads/s", f"oxigraph CLI {fmt(ceiling)} quads/s; ≥ 50 %", f"{ours / ceiling * 100:.0f} %")
        rdflib = fig.get(f"rdflib-parse/{n}/rate")
        if ours and rdflib:
            add(f"rdflib parsing the same N-Quads ({n} articles)", fmt(rdflib), "quads/s", "", f"stancegraph writes {ours / rdflib:.1f}× faster")
    for n in sizes:
        add(f"peak RSS, cold ingest ({n} articles)", fmt(fig[f"ingest-cold/{n}/peak-rss"] / 1024, 1), "MiB", "bounded", "")
    for k in sorted(fig):
        if k.startswith("criterion/query/"):
            add(f"query {k.split('/')[-1]} ({largest} articles, median)", fmt(fig[k], 2), "ms", "< 100 ms", "")
    for k in sorted(fig):
        if k.startswith("criterion/export/"):
            add(f"export {k.split('/')[-1]} ({largest} articles, median)", fmt(fig[k], 1), "ms", "< 5,000 ms", "")
    startup = fig.get("criterion/startup/ontology+gazetteer")
    if startup:
        add("start-up: ontology parse + gazetteer (median)", fmt(startup, 2), "ms", "< 50 ms", "")

    widths = [max(len(str(r[i])) for r in rows + [("figure", "value", "unit", "target / peer", "ratio")]) for i in range(5)]
    header = ("figure", "value", "unit", "target / peer", "ratio")
    print(" | ".join(h.ljust(w) for h, w in zip(header, widths)))
    print("-+-".join("-" * w for w in widths))
    for r in rows:
        print(" | ".join(str(c).ljust(w) for c, w in zip(r, widths)))


if __name__ == "__main__":
    main()
