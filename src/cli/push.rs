//! `stancegraph push`: options → [`stancegraph::push::push`] → a summary and an exit status.

use std::time::Duration;

use anyhow::anyhow;
use stancegraph::push::{self, Credentials, PushOptions, PushSummary};

use super::args::{Args, PushArgs};
use super::{bad_input, CliResult, Exit, Failed};

/// The environment variable that holds the endpoint password.
pub(crate) const PASSWORD_VAR: &str = "STANCEGRAPH_PUSH_PASSWORD";

pub(crate) fn push(args: &Args, push_args: &PushArgs) -> CliResult {
    let credentials = match &push_args.user {
        Some(user) => match std::env::var(PASSWORD_VAR) {
            Ok(password) => Some(Credentials {
                user: user.clone(),
                password,
            }),
            Err(_) => {
                return Err(bad_input(anyhow!(
                    "--user {user} given but {PASSWORD_VAR} is not set (or not UTF-8): put the password there"
                )))
            }
        },
        None => None,
    };
    let options = PushOptions {
        endpoint: push_args.endpoint.clone(),
        credentials,
        retries: push_args.retries,
        backoff: Duration::from_millis(push_args.backoff_ms),
        timeout: Duration::from_secs(push_args.timeout.max(1)),
        force: push_args.force,
    };
    let report = match push::open_store(&args.store).and_then(|store| push::push(&store, &options))
    {
        Ok(report) => report,
        Err(e) if e.is_bad_input() => return Err(bad_input(e)),
        Err(e) => return Err(e.into()),
    };
    print_summary(&push_args.endpoint, &report.summary);
    for failure in &report.summary.failed {
        eprintln!("error: {}", failure.message);
    }
    if let Some(e) = report.stopped {
        let exit = if e.is_bad_input() {
            Exit::BadInput
        } else {
            Exit::Failure
        };
        return Err(Failed {
            exit,
            error: anyhow::Error::new(e).context(format!(
                "push stopped; {} graph(s) not sent (the next push resumes)",
                report.summary.not_attempted
            )),
        });
    }
    if !report.summary.failed.is_empty() {
        return Err(anyhow!(
            "{}: {} graph(s) rejected by the endpoint",
            push_args.endpoint,
            report.summary.failed.len()
        )
        .into());
    }
    Ok(Exit::Success)
}

fn print_summary(endpoint: &str, s: &PushSummary) {
    let secs = s.elapsed.as_secs_f64();
    let rate = |n: f64| if secs > 0.0 { n / secs } else { 0.0 };
    println!(
        "push to {endpoint}: {} sent, {} unchanged, {} deleted, {} failed",
        s.sent,
        s.unchanged,
        s.deleted,
        s.failed.len()
    );
    println!(
        "{} triples, {} bytes in {secs:.2} s ({:.1} graphs/s, {:.0} triples/s)",
        s.triples,
        s.bytes,
        rate(s.sent as f64),
        rate(s.triples as f64)
    );
}
