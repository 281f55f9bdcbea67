//! `stancegraph serve`: opens the store, binds, reports the address and runs the server.

use anyhow::Context;
use stancegraph::serve::{self, Config, Handler, Server};

use super::args::{Args, ServeArgs};
use super::{bad_input, commands::limits, CliResult, Exit};

pub(crate) fn serve(args: &Args, serve_args: &ServeArgs) -> CliResult {
    let query_limits = limits(serve_args.timeout, serve_args.limit);
    let config = Config {
        timeout: query_limits.timeout,
        max_rows: query_limits.max_rows,
        writable: serve_args.writable,
        threads: serve_args.threads,
        ..Config::default()
    };
    let handler = Handler::open(&args.store, config)?;
    let server = Server::bind(&serve_args.bind, handler).map_err(bad_input)?;
    let addr = server
        .local_addr()
        .context("the server has no IP address")?;
    if !serve::is_loopback(&addr) {
        eprintln!(
            "warning: listening on {addr}, which is not a loopback address: anyone who can reach this machine can query the store{}",
            if serve_args.writable { " and change it (--writable)" } else { "" }
        );
    }
    println!(
        "serving {} on http://{addr}/ (SPARQL endpoint http://{addr}/sparql){}",
        args.store.display(),
        if serve_args.writable {
            ", writable"
        } else {
            ", read-only"
        }
    );
    // Tests and scripts read the address from the first line.
    use std::io::Write;
    std::io::stdout().flush()?;
    server.run()?;
    Ok(Exit::Success)
}
