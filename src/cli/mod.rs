//! The binary's glue: argument parsing, the subcommands, printing and exit codes.
//!
//! Only this module (and `main.rs`) knows clap and anyhow, and only it prints.
#![expect(
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "the CLI is where output is printed"
)]

mod args;
mod commands;
mod output;
mod push;
mod serve;

use std::io::{self, Write};
use std::process;

use anyhow::Context;
use clap::Parser;
use stancegraph::extract::ExtractConfig;
use stancegraph::ontology::{Gazetteer, Ontology};

use args::{Args, Command};

/// Documented exit statuses (see `--help`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Exit {
    /// Everything worked.
    Success = 0,
    /// Bad input: nothing ingested, bad query, bad file, `--strict` violated.
    BadInput = 1,
    /// Store or internal failure.
    Failure = 2,
}

/// An error that carries its exit status.
#[derive(Debug)]
pub(crate) struct Failed {
    pub(crate) exit: Exit,
    pub(crate) error: anyhow::Error,
}

impl<E: Into<anyhow::Error>> From<E> for Failed {
    fn from(e: E) -> Self {
        Failed {
            exit: Exit::Failure,
            error: e.into(),
        }
    }
}

/// Marks an error as the user's input's fault (exit status 1).
pub(crate) fn bad_input(error: impl Into<anyhow::Error>) -> Failed {
    Failed {
        exit: Exit::BadInput,
        error: error.into(),
    }
}

pub(crate) type CliResult = Result<Exit, Failed>;

/// Entry point called by `main`.
pub(crate) fn main() -> process::ExitCode {
    let args = match Args::try_parse() {
        Ok(args) => args,
        Err(e) => {
            let _ = e.print();
            return process::ExitCode::from(if e.use_stderr() {
                Exit::BadInput as u8
            } else {
                0
            });
        }
    };
    match run(args) {
        Ok(exit) => process::ExitCode::from(exit as u8),
        Err(failed) => {
            if is_broken_pipe(&failed.error) {
                return process::ExitCode::SUCCESS;
            }
            eprintln!("error: {:#}", failed.error);
            process::ExitCode::from(failed.exit as u8)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// Loads the embedded ontology or the one in `--ontology DIR`, and builds the gazetteer.
pub(crate) fn load_ontology(args: &Args) -> Result<(Ontology, Gazetteer), Failed> {
    let ontology = match &args.ontology {
        Some(dir) => Ontology::from_dir(dir).map_err(bad_input)?,
        None => Ontology::embedded().context("the embedded ontology is invalid")?,
    };
    let gazetteer = Gazetteer::build(&ontology).map_err(bad_input)?;
    Ok((ontology, gazetteer))
}

/// Opens `--out FILE` or standard output.
pub(crate) fn output(path: Option<&std::path::Path>) -> Result<Box<dyn Write>, Failed> {
    Ok(match path {
        Some(p) => Box::new(io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("cannot create {}", p.display()))?,
        )),
        None => Box::new(io::BufWriter::new(io::stdout().lock())),
    })
}

fn config(open_proposals: bool) -> ExtractConfig {
    ExtractConfig { open_proposals }
}

fn run(args: Args) -> CliResult {
    match &args.command {
        Command::Ingest {
            paths,
            strict,
            quiet,
            timings,
            open_proposals,
        } => commands::ingest(
            &args,
            paths,
            *strict,
            *quiet,
            *timings,
            config(*open_proposals),
        ),
        Command::Extract {
            paths,
            format,
            unknowns,
            open_proposals,
        } => commands::extract(&args, paths, *format, *unknowns, config(*open_proposals)),
        Command::Query {
            sparql,
            file,
            format,
            timeout,
            limit,
        } => commands::query(
            &args,
            sparql.as_deref(),
            file.as_deref(),
            *format,
            commands::limits(*timeout, *limit),
        ),
        Command::Export {
            format,
            out,
            actor,
            proposal,
            stance,
            since,
            until,
        } => commands::export(
            &args,
            *format,
            out.as_deref(),
            commands::ExportFilter {
                actor,
                proposal,
                stance,
                since: since.as_deref(),
                until: until.as_deref(),
            },
        ),
        Command::Dump { format, out } => commands::dump(&args, *format, out.as_deref()),
        Command::Stats => commands::stats(&args),
        Command::Eval {
            gold,
            paths,
            show,
            open_proposals,
        } => commands::eval(&args, gold, paths, *show, config(*open_proposals)),
        Command::Push(push_args) => push::push(&args, push_args),
        Command::Serve(serve_args) => serve::serve(&args, serve_args),
    }
}
