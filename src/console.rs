//! `civic-workbook.com`, the command line on Windows. The workbook's `civic-workbook.exe` is a
//! GUI program, so that starting it from Explorer, the Start menu or a double-clicked file opens
//! no console window; but then cmd and PowerShell neither wait for it nor show its output. This
//! small console program sits beside it (typing `civic-workbook` finds the `.com` first, as
//! `devenv.com` beside `devenv.exe`), runs the `.exe` with the same arguments, relays its output
//! and returns its exit code. Without a subcommand it starts the window and returns at once.
//! Elsewhere it works the same way, beside `civic-workbook`, so the tests run it on Linux too.

use std::ffi::OsString;
use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::process::{Child, Command, ExitCode, Stdio};
use std::{env, fmt, thread};

use civic_workbook::cli::{self, Cli};
use civic_workbook::tr;

/// The exit code for "could not run", as the workbook's own.
const COULD_NOT_RUN: u8 = 2;

fn main() -> ExitCode {
    let args: Vec<OsString> = env::args_os().collect();
    cli::set_language(&args);
    match run(&args) {
        Ok(code) => code,
        Err(err) => {
            eprintln!(
                "{}",
                tr!(
                    "cli-error",
                    program = cli::PROGRAM,
                    message = err.to_string()
                )
            );
            ExitCode::from(COULD_NOT_RUN)
        }
    }
}

/// Why the workbook could not be run, worded when shown.
#[derive(Debug)]
enum StartError {
    /// The workbook program did not start.
    CannotStart { error: io::Error, workbook: PathBuf },
    /// Its output could not be copied here.
    CannotRelay(io::Error),
    /// This program does not know where it is.
    NoLocation(io::Error),
    /// This program has the workbook's own name.
    IsStarter(PathBuf),
}

impl fmt::Display for StartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            Self::CannotStart { error, workbook } => tr!(
                "cli-console-cannot-start",
                error = error.to_string(),
                file = workbook.display().to_string()
            ),
            Self::CannotRelay(error) => {
                tr!("cli-console-cannot-relay", error = error.to_string())
            }
            Self::NoLocation(error) => {
                tr!("cli-console-no-location", error = error.to_string())
            }
            Self::IsStarter(this) => {
                tr!("cli-console-is-starter", file = this.display().to_string())
            }
        })
    }
}

fn run(args: &[OsString]) -> Result<ExitCode, StartError> {
    let workbook = workbook_path()?;
    let mut command = Command::new(&workbook);
    command.args(args.iter().skip(1));
    let cannot_start = |error: io::Error| StartError::CannotStart {
        error,
        workbook: workbook.clone(),
    };
    if let Some(window) = window_call(args) {
        // A bank that cannot be read is said here, with the exit code, not lost with the
        // window program's output.
        if let Some(path) = window.framework.as_deref()
            && let Err(err) = cli::framework_for(Some(path))
        {
            return Ok(cli::exit_code(Err(err)));
        }
        // As if started from the Start menu: the prompt comes back while the window stays.
        // Anything the window program still says on failing reaches the console if it can.
        command
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit());
        return command
            .spawn()
            .map(|_| ExitCode::SUCCESS)
            .map_err(cannot_start);
    }
    // Pipes, not the console's own handles: a GUI program is not attached to the console, and
    // pipes reach it whether this program's output is a console, a file or another pipe.
    command
        .stdin(Stdio::inherit())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().map_err(cannot_start)?;
    let status = relay(&mut child)
        .and_then(|()| child.wait())
        .map_err(StartError::CannotRelay)?;
    // The workbook's own code (0, 1 or 2); a code beyond 255 (a Windows crash) or none (killed
    // by a signal) is "could not run".
    let code = status
        .code()
        .and_then(|code| u8::try_from(code).ok())
        .unwrap_or(COULD_NOT_RUN);
    Ok(ExitCode::from(code))
}

/// The call, if these arguments open the window rather than run a subcommand. The same parser
/// as the workbook's decides: help, versions and usage errors are the workbook's to print.
fn window_call(args: &[OsString]) -> Option<Cli> {
    cli::help::try_parse(args)
        .ok()
        .filter(|cli| cli.command.is_none())
}

/// The workbook beside this program: `civic-workbook.exe` on Windows, `civic-workbook` elsewhere.
fn workbook_path() -> Result<PathBuf, StartError> {
    let this = env::current_exe().map_err(StartError::NoLocation)?;
    let workbook = this.with_file_name(format!("civic-workbook{}", env::consts::EXE_SUFFIX));
    // Renamed to the workbook's own name, this program would only start itself again.
    if workbook == this {
        return Err(StartError::IsStarter(this));
    }
    Ok(workbook)
}

/// Copies the child's standard error on a second thread while its standard output is copied
/// here, so neither pipe fills up and stalls it.
fn relay(child: &mut Child) -> io::Result<()> {
    let stderr = child.stderr.take();
    let errors = thread::Builder::new()
        .name("relay stderr".to_owned())
        .spawn(move || stderr.map_or(Ok(()), |stderr| copy(stderr, io::stderr())))?;
    if let Some(stdout) = child.stdout.take() {
        copy(stdout, io::stdout())?;
    }
    errors
        .join()
        .unwrap_or_else(|_| Err(io::Error::other(tr!("cli-console-relay-stopped"))))
}

/// Copies as the bytes arrive, flushing each piece, so progress shows as it happens. If the
/// reader went away (`| more` closed early), the rest is read and dropped, so that the workbook
/// never stalls on a full pipe.
fn copy(mut from: impl Read, mut to: impl Write) -> io::Result<()> {
    let mut buffer = [0_u8; 8192];
    let mut is_reader_gone = false;
    loop {
        let read = match from.read(&mut buffer) {
            Ok(0) => return Ok(()),
            Ok(read) => read,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
            Err(err) => return Err(err),
        };
        if is_reader_gone {
            continue;
        }
        let written = buffer
            .get(..read)
            .map_or(Ok(()), |bytes| to.write_all(bytes));
        match written.and_then(|()| to.flush()) {
            Ok(()) => {}
            Err(err) if err.kind() == io::ErrorKind::BrokenPipe => is_reader_gone = true,
            Err(err) => return Err(err),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opens(args: &[&str]) -> bool {
        let args: Vec<OsString> = ["civic-workbook"]
            .iter()
            .chain(args)
            .map(OsString::from)
            .collect();
        window_call(&args).is_some()
    }

    #[test]
    fn the_window_opens_without_a_subcommand() {
        assert!(opens(&[]));
        assert!(opens(&["ours.civic.json"]));
        assert!(opens(&["--framework", "bank.json", "ours.civic.json"]));
    }

    #[test]
    fn subcommands_help_and_mistakes_wait_for_the_workbook() {
        assert!(!opens(&["score", "ours.civic.json"]));
        assert!(!opens(&["validate", "ours.civic.json"]));
        assert!(!opens(&["--help"]));
        assert!(!opens(&["--version"]));
        assert!(!opens(&["--no-such-option"]));
        assert!(!opens(&["score"]));
    }
}
