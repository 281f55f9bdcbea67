//! One function per subcommand.

use std::collections::{BTreeMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use oxigraph::io::RdfFormat;
use oxigraph::model::Quad;
use oxigraph::sparql::QueryResults;
use rayon::prelude::*;
use stancegraph::eval::{self, PredRow, CONFUSION_LABELS};
use stancegraph::export::{self, Filter, StanceGraph};
use stancegraph::extract::{extract_article_with, unknowns, ExtractConfig};
use stancegraph::ingest::{self, IngestError};
use stancegraph::model::{Article, Date, Stance, Statement};
use stancegraph::rdf;
use stancegraph::store::{Outcome, QueryLimits, Store, StoreError};

use super::args::{Args, DumpFormat, ExportFormat, ExtractFormat, QueryFormat, StanceArg};
use super::{
    bad_input, load_ontology, output, output::write_results, output::write_table, CliResult, Exit,
    Failed,
};

/// Articles per bulk-loader commit on a fresh store.
const BULK_BATCH: usize = 500;
/// Files read and extracted in parallel before their graphs are written.
const PARALLEL_WINDOW: usize = 256;

pub(crate) fn ingest(
    args: &Args,
    paths: &[PathBuf],
    strict: bool,
    quiet: bool,
    timings: bool,
    config: ExtractConfig,
) -> CliResult {
    let (ontology, gazetteer) = load_ontology(args)?;
    let found = ingest::discover(paths);
    let store = Store::open(&args.store)?;
    store.load_ontology(&ontology)?;
    let bulk = store.has_no_articles()?;
    // indicatif draws only when stderr is a terminal; `--quiet` hides it there too.
    let bar = if quiet {
        ProgressBar::hidden()
    } else {
        ProgressBar::new(found.len() as u64)
    };
    bar.set_style(
        ProgressStyle::with_template(
            "{bar:40} {pos}/{len} articles, {per_sec}, {elapsed} elapsed, ETA {eta}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    // (reason, message) per skipped file, reported grouped by reason at the end.
    let mut skipped: Vec<(&'static str, String)> = Vec::new();
    let (mut added, mut replaced, mut unchanged, mut statements) = (0usize, 0usize, 0usize, 0usize);
    let mut batch: Vec<Quad> = Vec::new();
    let mut batch_articles = 0usize;
    let mut seen_ids = HashSet::new();
    let mut seen_names: BTreeMap<String, PathBuf> = BTreeMap::new();
    // Reading, extraction and lowering run in parallel over a window of files; the store
    // writes stay sequential and in input order. The window bounds memory: articles stream.
    let started = Instant::now();
    let mut write_time = Duration::ZERO;
    let prepare = |path: PathBuf| {
        let article = ingest::read_article(&path)?;
        let extracted = extract_article_with(&article, &gazetteer, config);
        let quads = rdf::lower(&article, &extracted);
        Ok((article, extracted.len(), quads))
    };
    in_parallel_windows(found, prepare, |prepared| {
        let writes_started = Instant::now();
        for item in prepared {
            bar.inc(1);
            let (article, extracted, quads) = match item {
                Ok(prepared) => prepared,
                Err(e) => {
                    if !quiet {
                        bar.suspend(|| eprintln!("warning: skipped {e}"));
                    }
                    skipped.push((e.reason(), e.to_string()));
                    continue;
                }
            };
            if !seen_ids.insert(article.id.clone()) {
                unchanged += 1;
                continue;
            }
            let name_clash = seen_names.insert(article.name.clone(), article.path.clone());
            if let Some(previous) = &name_clash {
                bar.suspend(|| {
                eprintln!(
                    "warning: {} has the same file name as {}; articles are identified by file name, so it replaces it",
                    article.path.display(),
                    previous.display()
                )
            });
            }
            statements += extracted;
            if bulk && name_clash.is_none() {
                batch.extend(quads);
                batch_articles += 1;
                added += 1;
                if batch_articles >= BULK_BATCH {
                    store.bulk_insert(std::mem::take(&mut batch))?;
                    batch_articles = 0;
                }
                continue;
            }
            if !batch.is_empty() {
                store.bulk_insert(std::mem::take(&mut batch))?;
                batch_articles = 0;
            }
            match store.replace_article(&article, &quads)? {
                Outcome::Added => added += 1,
                Outcome::Replaced => replaced += 1,
                Outcome::Unchanged => unchanged += 1,
            }
        }
        if !bulk {
            // Write the window's transactions out of RocksDB's memtables, which otherwise
            // grow towards their budget (gigabytes) over a long incremental run.
            store.flush()?;
        }
        write_time += writes_started.elapsed();
        Ok(())
    })?;
    let prepare_time = started.elapsed().saturating_sub(write_time);
    if !batch.is_empty() {
        store.bulk_insert(batch)?;
    }
    store.flush()?;
    let elapsed = started.elapsed();
    bar.finish_and_clear();
    let summary_started = Instant::now();
    if bulk && added > 0 {
        // Oxigraph's advice after a bulk load: compact before a read workload (the summary's
        // scans below are the first).
        store.optimize()?;
    }
    let summary_rewritten = export::summary::refresh(&store)?;
    // Persist the summary too: a read-only open would otherwise replay the write-ahead log.
    store.flush()?;
    let summary_time = summary_started.elapsed();
    let (quads, graphs) = store.counts()?;
    if timings {
        let write = elapsed.saturating_sub(prepare_time);
        eprintln!(
            "timings: total {:.3} s; read+extract+lower {:.3} s (parallel over {} threads); store writes {:.3} s ({quads} quads in store, {:.0} quads/s); {} path; compaction, edge summary and flush {:.3} s (summary {})",
            (elapsed + summary_time).as_secs_f64(),
            prepare_time.as_secs_f64(),
            rayon::current_num_threads(),
            write.as_secs_f64(),
            quads as f64 / write.as_secs_f64().max(1e-9),
            if bulk { "bulk-load" } else { "per-article transaction" },
            summary_time.as_secs_f64(),
            if summary_rewritten { "rewritten" } else { "unchanged" }
        );
    }
    let ingested = added + replaced + unchanged;
    println!(
        "{ingested} ingested ({added} added, {replaced} replaced, {unchanged} unchanged), {} skipped; {statements} statements extracted",
        skipped.len()
    );
    print_skipped(&mut skipped);
    println!(
        "store {}: {graphs} article graphs, {quads} quads",
        store.path().display()
    );
    if ingested == 0 {
        return Err(bad_input(anyhow::anyhow!("nothing was ingested")));
    }
    if strict && !skipped.is_empty() {
        return Err(bad_input(anyhow::anyhow!(
            "--strict: {} file(s) skipped",
            skipped.len()
        )));
    }
    Ok(Exit::Success)
}

/// The end-of-run account of skipped files: counts per reason, then each file, grouped.
fn print_skipped(skipped: &mut [(&'static str, String)]) {
    if skipped.is_empty() {
        return;
    }
    skipped.sort();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for (reason, _) in skipped.iter() {
        *counts.entry(reason).or_default() += 1;
    }
    let by_reason: Vec<String> = counts.iter().map(|(r, n)| format!("{n} {r}")).collect();
    println!("skipped by reason: {}", by_reason.join(", "));
    for (reason, message) in skipped.iter() {
        println!("  skipped ({reason}): {message}");
    }
}

/// Reads articles, warning about and counting the ones that cannot be read.
fn read_all(paths: &[PathBuf]) -> (Vec<stancegraph::model::Article>, usize) {
    let mut ok = Vec::new();
    let mut skipped = 0;
    for item in ingest::articles(paths) {
        match item {
            Ok(a) => ok.push(a),
            Err(e) => {
                eprintln!("warning: skipped {e}");
                skipped += 1;
            }
        }
    }
    (ok, skipped)
}

/// One TSV cell: tabs and line breaks become spaces, and a cell with a double quote is quoted
/// the way CSV readers expect (`"…""…"`), so that Python's `csv` module and spreadsheet tools
/// read an evidence quote that opens with `"` as one cell instead of running on to the next
/// quotation mark in a later row.
fn tsv_cell(s: &str) -> String {
    let flat = s.replace(['\t', '\n', '\r'], " ");
    if flat.contains('"') {
        format!("\"{}\"", flat.replace('"', "\"\""))
    } else {
        flat
    }
}

/// Runs `work` on the files of `found` in parallel over windows of `PARALLEL_WINDOW` files and
/// hands each window's results to `each_window` in input order. Streaming: at most one window
/// of articles is held at a time.
fn in_parallel_windows<T: Send>(
    found: Vec<Result<PathBuf, IngestError>>,
    work: impl Fn(PathBuf) -> Result<T, IngestError> + Sync,
    mut each_window: impl FnMut(Vec<Result<T, IngestError>>) -> Result<(), Failed>,
) -> Result<(), Failed> {
    let mut found = found.into_iter();
    loop {
        let window: Vec<_> = found.by_ref().take(PARALLEL_WINDOW).collect();
        if window.is_empty() {
            return Ok(());
        }
        each_window(
            window
                .into_par_iter()
                .map(|item| item.and_then(&work))
                .collect(),
        )?;
    }
}

pub(crate) fn extract(
    args: &Args,
    paths: &[PathBuf],
    format: ExtractFormat,
    list_unknowns: bool,
    config: ExtractConfig,
) -> CliResult {
    let (_, gazetteer) = load_ontology(args)?;
    let mut out = output(None)?;
    let (mut read, mut skipped) = (0usize, 0usize);
    let mut counts: BTreeMap<(String, String), usize> = BTreeMap::new();
    let read_and_extract = |path: PathBuf| {
        let article = ingest::read_article(&path)?;
        let statements = if list_unknowns {
            Vec::new()
        } else {
            extract_article_with(&article, &gazetteer, config)
        };
        Ok((article, statements))
    };
    let mut each = |result: Result<(Article, Vec<Statement>), IngestError>| -> Result<(), Failed> {
        let (article, statements) = match result {
            Ok(found) => found,
            Err(e) => {
                eprintln!("warning: skipped {e}");
                skipped += 1;
                return Ok(());
            }
        };
        read += 1;
        if list_unknowns {
            for (kind, phrase) in unknowns(&article, &gazetteer) {
                *counts.entry((kind.to_owned(), phrase)).or_default() += 1;
            }
            return Ok(());
        }
        if read == 1 && matches!(format, ExtractFormat::Tsv) {
            writeln!(
                out,
                "article\tactor\tstance\tproposal\tcondition\tevidence\tconfidence"
            )?;
        }
        for st in statements {
            match format {
                ExtractFormat::Tsv => writeln!(
                    out,
                    "{}\t{}\t{}\t{}\t{}\t{}\t{:.2}",
                    tsv_cell(&article.name),
                    tsv_cell(&eval::actor_cell(&st, &gazetteer)),
                    st.stance,
                    st.proposal,
                    st.condition
                        .as_ref()
                        .map(ToString::to_string)
                        .unwrap_or_default(),
                    tsv_cell(&st.prov.evidence),
                    st.prov.confidence
                )?,
                ExtractFormat::Jsonl => {
                    serde_json::to_writer(&mut out, &st)?;
                    writeln!(out)?;
                }
            }
        }
        Ok(())
    };
    in_parallel_windows(ingest::discover(paths), read_and_extract, |results| {
        results.into_iter().try_for_each(&mut each)
    })?;
    if read == 0 {
        return Err(bad_input(anyhow::anyhow!(
            "no article could be read ({skipped} skipped)"
        )));
    }
    if list_unknowns {
        let mut rows: Vec<((String, String), usize)> = counts.into_iter().collect();
        rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        writeln!(out, "kind\tcount\tphrase")?;
        for ((kind, phrase), n) in rows {
            writeln!(out, "{kind}\t{n}\t{}", tsv_cell(&phrase))?;
        }
    }
    out.flush()?;
    Ok(Exit::Success)
}

/// `--timeout SECS` (0: none) and `--limit N` as store limits.
pub(crate) fn limits(timeout_secs: u64, max_rows: Option<usize>) -> QueryLimits {
    QueryLimits {
        timeout: (timeout_secs > 0).then(|| Duration::from_secs(timeout_secs)),
        max_rows,
    }
}

pub(crate) fn query(
    args: &Args,
    sparql: Option<&str>,
    file: Option<&Path>,
    format: QueryFormat,
    limits: QueryLimits,
) -> CliResult {
    let text = match (sparql, file) {
        (Some(q), _) => q.to_owned(),
        (None, Some(f)) => std::fs::read_to_string(f)
            .with_context(|| format!("cannot read query file {}", f.display()))
            .map_err(bad_input)?,
        (None, None) => return Err(bad_input(anyhow::anyhow!("give a query or --file"))),
    };
    let store = Store::open_read_only(&args.store)?;
    let answer = store.query_limited(&text, limits);
    if matches!(answer, Err(StoreError::Timeout { .. })) {
        store.keep_open_until_exit();
    }
    let answer = answer.map_err(|e| match e {
        StoreError::Syntax(_) => bad_input(e),
        StoreError::Timeout { .. } => bad_input(
            anyhow::Error::new(e)
                .context("query stopped (raise --timeout, or narrow the query with LIMIT)"),
        ),
        other => Failed::from(other),
    })?;
    let truncated = answer.truncated();
    let mut out = output(None)?;
    let exit = write_results(answer, format, &mut out)?;
    if truncated {
        if let Some(n) = limits.max_rows {
            eprintln!("note: output stopped at --limit {n} rows; the query has more");
        }
    }
    Ok(exit)
}

/// The raw filter flags of `export`.
pub(crate) struct ExportFilter<'a> {
    pub(crate) actor: &'a [String],
    pub(crate) proposal: &'a [String],
    pub(crate) stance: &'a [StanceArg],
    pub(crate) since: Option<&'a str>,
    pub(crate) until: Option<&'a str>,
}

fn parse_day(flag: &str, value: Option<&str>) -> Result<Option<Date>, Failed> {
    let Some(v) = value else { return Ok(None) };
    let parts: Vec<&str> = v.split('-').collect();
    let date = match parts.as_slice() {
        [y, m, d] => match (y.parse(), m.parse(), d.parse()) {
            (Ok(year), Ok(month), Ok(day))
                if (1..=12).contains(&month) && (1..=31).contains(&day) =>
            {
                Some(Date { year, month, day })
            }
            _ => None,
        },
        _ => None,
    };
    date.map(Some).ok_or_else(|| {
        bad_input(anyhow::anyhow!(
            "{flag} {v:?}: expected a date as YYYY-MM-DD"
        ))
    })
}

pub(crate) fn export(
    args: &Args,
    format: ExportFormat,
    out_path: Option<&Path>,
    f: ExportFilter<'_>,
) -> CliResult {
    let filter = Filter {
        actors: f.actor.to_vec(),
        proposals: f.proposal.to_vec(),
        stances: f
            .stance
            .iter()
            .map(|s| match s {
                StanceArg::Supports => Stance::Supports,
                StanceArg::Opposes => Stance::Opposes,
                StanceArg::Proposes => Stance::Proposes,
                StanceArg::Considers => Stance::Considers,
            })
            .collect(),
        since: parse_day("--since", f.since)?,
        until: parse_day("--until", f.until)?,
    };
    let store = Store::open_read_only(&args.store)?;
    let graph = StanceGraph::from_store(&store, &filter)?;
    let mut out = output(out_path)?;
    match format {
        ExportFormat::Dot => export::dot::write(&graph, &mut out)?,
        ExportFormat::Graphml => export::graphml::write(&graph, &mut out)?,
    }
    out.flush()?;
    if out_path.is_some() {
        eprintln!(
            "wrote {} nodes and {} edges",
            graph.graph.node_count(),
            graph.graph.edge_count()
        );
    }
    Ok(Exit::Success)
}

pub(crate) fn dump(args: &Args, format: DumpFormat, out_path: Option<&Path>) -> CliResult {
    let store = Store::open_read_only(&args.store)?;
    let rdf = match format {
        DumpFormat::Nquads => RdfFormat::NQuads,
        DumpFormat::Trig => RdfFormat::TriG,
        DumpFormat::Turtle => RdfFormat::Turtle,
        DumpFormat::Ntriples => RdfFormat::NTriples,
    };
    let mut out = output(out_path)?;
    store.dump(rdf, &mut out)?;
    out.flush()?;
    Ok(Exit::Success)
}

const STATS_QUERY: &str = r#"
SELECT (COUNT(DISTINCT ?s) AS ?statements) (COUNT(DISTINCT ?a) AS ?actors) (COUNT(DISTINCT ?p) AS ?proposals)
WHERE { ?s a sg:Statement ; sg:actor ?a ; sg:proposal ?p }"#;

pub(crate) fn stats(args: &Args) -> CliResult {
    let store = Store::open_read_only(&args.store)?;
    let (quads, articles) = store.counts()?;
    let mut out = output(None)?;
    writeln!(out, "articles\t{articles}")?;
    if let QueryResults::Solutions(mut s) = store.query(STATS_QUERY)? {
        if let Some(row) = s.next() {
            let row = row.context("stats query failed")?;
            for name in ["statements", "actors", "proposals"] {
                let n = row.get(name).map(|t| match t {
                    oxigraph::model::Term::Literal(l) => l.value().to_owned(),
                    other => other.to_string(),
                });
                writeln!(out, "{name}\t{}", n.unwrap_or_else(|| "0".into()))?;
            }
        }
    }
    writeln!(out, "quads\t{quads}")?;
    out.flush()?;
    Ok(Exit::Success)
}

pub(crate) fn eval(
    args: &Args,
    gold_path: &Path,
    paths: &[PathBuf],
    show: bool,
    config: ExtractConfig,
) -> CliResult {
    let (_, gazetteer) = load_ontology(args)?;
    let gold = eval::read_gold(gold_path).map_err(bad_input)?;
    let (articles, _) = read_all(paths);
    let mut preds = Vec::new();
    for a in &articles {
        preds.extend(
            extract_article_with(a, &gazetteer, config)
                .iter()
                .map(|st| PredRow::new(&a.name, st, &gazetteer)),
        );
    }
    let report = eval::score(&preds, &gold, &eval::alias_table(&gazetteer));
    let mut out = output(None)?;
    for (level, f) in [("strict", report.strict), ("polarity", report.polarity)] {
        writeln!(
            out,
            "{level:9} P={:.3} R={:.3} F1={:.3} (predicted {}, correct {}, gold {}, found {})",
            f.precision, f.recall, f.f1, f.predicted, f.correct, f.gold, f.found
        )?;
    }
    writeln!(
        out,
        "\nconfusion (rows: gold, columns: predicted, same article/actor/proposal)"
    )?;
    let header: Vec<String> = std::iter::once("gold \\ pred".to_owned())
        .chain(CONFUSION_LABELS.iter().map(|s| (*s).to_owned()))
        .collect();
    let rows: Vec<Vec<String>> = CONFUSION_LABELS
        .iter()
        .enumerate()
        .map(|(i, l)| {
            std::iter::once((*l).to_owned())
                .chain(report.confusion[i].iter().map(|n| n.to_string()))
                .collect()
        })
        .collect();
    write_table(&header, &rows, &mut out)?;
    if !report.by_tag.is_empty() {
        writeln!(out, "\nrecall by tag")?;
        let rows: Vec<Vec<String>> = report
            .by_tag
            .iter()
            .map(|(t, (n, f))| {
                vec![
                    t.clone(),
                    n.to_string(),
                    f.to_string(),
                    format!("{:.3}", *f as f64 / *n as f64),
                ]
            })
            .collect();
        write_table(
            &["tag".into(), "gold".into(), "found".into(), "recall".into()],
            &rows,
            &mut out,
        )?;
    }
    if show {
        writeln!(out, "\n# missed (in gold, not predicted):")?;
        for g in &report.missed {
            writeln!(
                out,
                "  {}\t{}\t{}\t{}\t{}",
                g.article,
                g.actors.join("|"),
                g.stance,
                g.proposal,
                g.evidence
            )?;
        }
        writeln!(out, "# spurious (predicted, not in gold):")?;
        for p in &report.spurious {
            writeln!(
                out,
                "  {}\t{}\t{}\t{}",
                eval::stem(&p.article),
                p.actor,
                p.stance,
                p.proposal
            )?;
        }
    }
    out.flush()?;
    Ok(Exit::Success)
}
