//! The `stancegraph` command line: parses arguments, runs a subcommand, maps errors to exit codes.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
