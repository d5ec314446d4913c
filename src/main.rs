//! The `civic-workbook` binary: the desktop workbook, or a headless subcommand.

use std::process::ExitCode;

fn main() -> ExitCode {
    civic_workbook::cli::main()
}
