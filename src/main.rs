//! The `civic-workbook` binary: the desktop workbook, or a headless subcommand.

// On Windows a release build is a GUI program: started from Explorer, the Start menu or a
// double-clicked file it opens no console window. The command line there goes through
// `civic-workbook.com` (src/console.rs), which relays this program's output and exit code.
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

use std::process::ExitCode;

use civic_workbook::cli;
use civic_workbook::tr;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    cli::set_language(&args);
    cli::use_messages(&args);
    let cli = cli::help::parse(&args);
    if cli.command.is_some() {
        return cli::exit_code(cli::run(cli));
    }
    // No subcommand: the desktop workbook, with the file given if any.
    let framework = match cli::framework_for(cli.framework.as_deref()) {
        Ok(framework) => framework,
        Err(err) => return cli::exit_code(Err(err)),
    };
    let lang_asked = cli::language_asked(&args);
    match civic_workbook::app::run_native(framework, cli.file, lang_asked) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            let message = tr!("cli-window-failed", error = err.to_string());
            eprintln!(
                "{}",
                tr!("cli-error", program = cli::PROGRAM, message = message)
            );
            ExitCode::from(2)
        }
    }
}
