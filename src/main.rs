//! The `civic-workbook` binary: the desktop workbook, or a headless subcommand.

use std::process::ExitCode;

use clap::Parser as _;

use civic_workbook::cli::{self, Cli};

fn main() -> ExitCode {
    let cli = Cli::parse();
    if cli.command.is_some() {
        return cli::exit_code(cli::run(cli));
    }
    // No subcommand: the desktop workbook, with the file given if any.
    let framework = match cli::framework_for(cli.framework.as_deref()) {
        Ok(framework) => framework,
        Err(err) => return cli::exit_code(Err(err)),
    };
    match civic_workbook::app::run_native(framework, cli.file) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!(
                "civic-workbook: the window could not be opened ({err}); the headless subcommands still work, see --help"
            );
            ExitCode::from(2)
        }
    }
}
