#!/usr/bin/env bash
# Every performance measurement of BENCHMARKS.md in one run, with its peers, printed as one table.
#
#   bash bench/run.sh            # corpora of 1,000 and 10,000 generated articles (about 10 minutes)
#   bash bench/run.sh --smoke    # 100 articles, each stage once, short criterion runs (CI)
#   SIZES="1000 10000 50000" bash bench/run.sh
#
# Per corpus size: generate the corpus (examples/gen_corpus.rs, seed 7); `stancegraph ingest`
# into a cold store (bulk loader) and into a store that already holds data/ (one transaction per
# article), each timed with /usr/bin/time (wall, peak RSS) and --timings (write phase); dump the
# store to N-Quads and time `oxigraph load` (the Oxigraph CLI from PyPI) on it, the raw ceiling of
# the write phase; time rdflib parsing the same dump; run the spaCy peer (bench/peer_spacy.py).
# Then criterion (benches/pipeline.rs) on the largest size: start-up, extraction single-threaded
# and with rayon, each example query on the cold store, DOT and GraphML export.
# STANCEGRAPH_BIN overrides the binary under test (default: the one cargo just built).
# Results: a table on stdout, raw figures in $BENCH_OUT (default target dir/bench/results.tsv).
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/setup

smoke=false
if [ "${1:-}" = "--smoke" ]; then smoke=true; fi
if $smoke; then SIZES="${SIZES:-100}"; else SIZES="${SIZES:-1000 10000}"; fi
SEED="${SEED:-7}"

# Peers and tools, installed here (not needed by the tests).
if ! python3 -c "import spacy, rdflib" >/dev/null 2>&1 || ! command -v oxigraph >/dev/null 2>&1; then
  echo "bench: installing spacy, oxigraph (CLI), rdflib from PyPI" >&2
  python3 -m pip install --quiet --disable-pip-version-check spacy oxigraph rdflib
fi
if [ ! -x /usr/bin/time ]; then
  echo "bench: installing time" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq time >/dev/null
fi

cargo build --release --quiet --bin stancegraph --example gen_corpus
cargo bench --quiet --bench pipeline --no-run 2>/dev/null
work="$(mktemp -d "${TMPDIR:-/tmp}/stancegraph-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# Copies, so that another build into the shared target directory cannot swap them mid-run.
cp "${STANCEGRAPH_BIN:-$CARGO_TARGET_DIR/release/stancegraph}" "$work/stancegraph"
cp "$CARGO_TARGET_DIR/release/examples/gen_corpus" "$work/"
bin="$work/stancegraph"
gen="$work/gen_corpus"
out="${BENCH_OUT:-$CARGO_TARGET_DIR/bench/results.tsv}"
mkdir -p "$(dirname "$out")"
printf 'figure\tvalue\tunit\n' > "$out"
record() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >> "$out"; }
# Field $2 of `/usr/bin/time -f '%e %M'` output and the --timings line.
timed() { /usr/bin/time -f '%e %M' -o "$work/time" "$@"; }

echo "bench: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg); sizes: $SIZES" >&2
largest=""
for n in $SIZES; do
  largest="$n"
  corpus="$work/corpus-$n"
  "$gen" --articles "$n" --seed "$SEED" --out "$corpus" 2>/dev/null
  record "corpus/$n/bytes" "$(du -sb "$corpus" | cut -f1)" bytes

  # Cold store: the bulk loader.
  timed "$bin" --store "$work/cold-$n" ingest --quiet --timings "$corpus" >"$work/ingest.out" 2>"$work/ingest.err"
  read -r wall rss < "$work/time"
  record "ingest-cold/$n/wall" "$wall" s
  record "ingest-cold/$n/peak-rss" "$rss" KB
  record "ingest-cold/$n/articles-per-s" "$(python3 -c "print(round($n / $wall, 1))")" articles/s
  write_rate="$(grep -o '[0-9]* quads/s' "$work/ingest.err" | cut -d' ' -f1)"
  quads="$(grep -o '([0-9]* quads in store' "$work/ingest.err" | tr -dc 0-9)"
  record "ingest-cold/$n/quads" "$quads" quads
  record "ingest-cold/$n/write-phase" "$write_rate" quads/s

  # Incremental: a store that already holds data/, so every article is its own transaction.
  "$bin" --store "$work/warm-$n" ingest --quiet data/articles >/dev/null
  timed "$bin" --store "$work/warm-$n" ingest --quiet --timings "$corpus" >/dev/null 2>"$work/ingest.err"
  read -r wall rss < "$work/time"
  record "ingest-incremental/$n/wall" "$wall" s
  record "ingest-incremental/$n/peak-rss" "$rss" KB
  record "ingest-incremental/$n/write-phase" "$(grep -o '[0-9]* quads/s' "$work/ingest.err" | cut -d' ' -f1)" quads/s
  rm -rf "$work/warm-$n"

  # The raw ceiling: the Oxigraph CLI bulk-loading the same quads.
  "$bin" --store "$work/cold-$n" dump --format nquads > "$work/dump-$n.nq"
  timed oxigraph load --location "$work/oxigraph-$n" --file "$work/dump-$n.nq" >/dev/null 2>&1
  read -r wall rss < "$work/time"
  lines="$(wc -l < "$work/dump-$n.nq")"
  record "oxigraph-load/$n/wall" "$wall" s
  record "oxigraph-load/$n/rate" "$(python3 -c "print(round($lines / $wall))")" quads/s
  rm -rf "$work/oxigraph-$n"

  # rdflib, the common Python way to load the same dump.
  timed python3 -c "import rdflib, sys; g = rdflib.Dataset(); g.parse(sys.argv[1], format='nquads')" "$work/dump-$n.nq"
  read -r wall rss < "$work/time"
  record "rdflib-parse/$n/wall" "$wall" s
  record "rdflib-parse/$n/rate" "$(python3 -c "print(round($lines / $wall))")" quads/s
  rm -f "$work/dump-$n.nq"

  # The spaCy peer on the same corpus.
  python3 bench/peer_spacy.py ontology "$corpus" > "$work/peer.json"
  record "spacy-peer/$n/sentences-per-s" "$(python3 -c "import json; print(json.load(open('$work/peer.json'))['sentences_per_s'])")" sentences/s
  record "spacy-peer/$n/articles-per-s" "$(python3 -c "import json; d = json.load(open('$work/peer.json')); print(round(d['articles'] / d['seconds'], 1))")" articles/s
  [ "$n" = "$largest" ] || rm -rf "$work/cold-$n"
  rm -rf "$corpus"
done

# Criterion on the largest corpus, querying and exporting its cold store.
crit=(--noplot)
if $smoke; then crit+=(--warm-up-time 0.1 --measurement-time 0.5); fi
STANCEGRAPH_BENCH_ARTICLES="$largest" STANCEGRAPH_BENCH_SEED="$SEED" STANCEGRAPH_BENCH_STORE="$work/cold-$largest" \
  cargo bench --quiet --bench pipeline -- "${crit[@]}" > "$work/criterion.out" 2>&1 \
  || { cat "$work/criterion.out" >&2; exit 1; }
python3 - "$CARGO_TARGET_DIR/criterion" "$largest" "$out" <<'EOF'
import json, pathlib, sys
root, size, out = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3]
rows = []
for est in sorted(root.glob("**/new/estimates.json")):
    bench = json.loads((est.parent / "benchmark.json").read_text())
    name = bench["full_id"]
    # Extraction results of other corpus sizes are left from earlier runs: skip them.
    if bench["group_id"] == "extract" and not name.endswith(f"/{size}"):
        continue
    median_ns = json.loads(est.read_text())["median"]["point_estimate"]
    rows.append((f"criterion/{name}", round(median_ns / 1e6, 3), "ms (median)"))
    elements = (bench.get("throughput") or {}).get("Elements")
    if elements:
        rows.append((f"criterion/{name}/throughput", round(elements / (median_ns / 1e9)), "sentences/s"))
with open(out, "a") as f:
    for r in rows:
        f.write("\t".join(map(str, r)) + "\n")
EOF

python3 bench/table.py "$out" "$largest"
echo "raw figures: $out" >&2
