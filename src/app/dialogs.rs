//! The desktop behind traits: native file dialogs, so the app never depends on one appearing
//! (with no desktop portal rfd returns at once as if cancelled, and the app then offers a typed
//! path instead), and opening links and files with the system's programs. Tests use fakes.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::tr;

/// What a file dialog gave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogResult {
    /// The person chose this file.
    Picked(PathBuf),
    /// The person closed the dialog.
    Cancelled,
    /// No dialog could be shown.
    Unavailable,
}

/// What a dialog for several files gave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ManyResult {
    /// The person chose these files.
    Picked(Vec<PathBuf>),
    /// The person closed the dialog.
    Cancelled,
    /// No dialog could be shown.
    Unavailable,
}

pub use crate::workbook::effect::FileKind;

/// Opens file dialogs.
pub trait FileDialogs {
    /// Asks for a file to open.
    fn pick_open(&mut self, kind: FileKind, folder: Option<&Path>) -> DialogResult;
    /// Asks where to save, suggesting a file name.
    fn pick_save(&mut self, kind: FileKind, folder: Option<&Path>, file_name: &str)
    -> DialogResult;
    /// Asks for several files to open.
    fn pick_open_many(&mut self, kind: FileKind, folder: Option<&Path>) -> ManyResult;
}

/// The desktop's own dialogs, through rfd.
#[derive(Debug, Default)]
pub struct NativeDialogs;

/// A dialog that "returns" faster than this was never shown: no person cancels that fast.
const NO_DIALOG_WITHIN: Duration = Duration::from_millis(150);

fn dialog(kind: FileKind, folder: Option<&Path>) -> rfd::FileDialog {
    let dialog = match kind {
        FileKind::Assessment => rfd::FileDialog::new()
            .add_filter(tr!("wb-filter-assessment"), &["json"])
            .add_filter(tr!("wb-filter-all"), &["*"]),
        FileKind::Pdf => rfd::FileDialog::new().add_filter(tr!("wb-filter-pdf"), &["pdf"]),
        FileKind::Csv => rfd::FileDialog::new().add_filter(tr!("wb-filter-csv"), &["csv"]),
        FileKind::Markdown => {
            rfd::FileDialog::new().add_filter(tr!("wb-filter-markdown"), &["md", "markdown"])
        }
        FileKind::Messages => rfd::FileDialog::new()
            .add_filter(tr!("wb-filter-messages"), &["ftl"])
            .add_filter(tr!("wb-filter-all"), &["*"]),
    };
    match folder {
        Some(folder) => dialog.set_directory(folder),
        None => dialog,
    }
}

fn result(started: Instant, picked: Option<PathBuf>) -> DialogResult {
    match picked {
        Some(path) => DialogResult::Picked(path),
        None if started.elapsed() < NO_DIALOG_WITHIN => DialogResult::Unavailable,
        None => DialogResult::Cancelled,
    }
}

impl FileDialogs for NativeDialogs {
    fn pick_open(&mut self, kind: FileKind, folder: Option<&Path>) -> DialogResult {
        let started = Instant::now();
        result(
            started,
            dialog(kind, folder)
                .set_title(tr!("wb-dialog-open"))
                .pick_file(),
        )
    }

    fn pick_save(
        &mut self,
        kind: FileKind,
        folder: Option<&Path>,
        file_name: &str,
    ) -> DialogResult {
        let started = Instant::now();
        result(
            started,
            dialog(kind, folder).set_file_name(file_name).save_file(),
        )
    }

    fn pick_open_many(&mut self, kind: FileKind, folder: Option<&Path>) -> ManyResult {
        let started = Instant::now();
        let picked = dialog(kind, folder)
            .set_title(tr!("wb-dialog-combine"))
            .pick_files();
        match picked {
            Some(paths) if !paths.is_empty() => ManyResult::Picked(paths),
            _ if started.elapsed() < NO_DIALOG_WITHIN => ManyResult::Unavailable,
            _ => ManyResult::Cancelled,
        }
    }
}

/// Dialogs that answer from a script, for tests: each call takes the next answer, and
/// `Unavailable` once the script runs out.
#[derive(Debug, Default)]
pub struct ScriptedDialogs {
    /// The answers still to give, first first.
    pub answers: std::collections::VecDeque<DialogResult>,
    /// The answers to dialogs for several files, first first.
    pub many_answers: std::collections::VecDeque<ManyResult>,
}

impl FileDialogs for ScriptedDialogs {
    fn pick_open(&mut self, _kind: FileKind, _folder: Option<&Path>) -> DialogResult {
        self.answers
            .pop_front()
            .unwrap_or(DialogResult::Unavailable)
    }

    fn pick_save(
        &mut self,
        _kind: FileKind,
        _folder: Option<&Path>,
        _file_name: &str,
    ) -> DialogResult {
        self.answers
            .pop_front()
            .unwrap_or(DialogResult::Unavailable)
    }

    fn pick_open_many(&mut self, _kind: FileKind, _folder: Option<&Path>) -> ManyResult {
        self.many_answers
            .pop_front()
            .unwrap_or(ManyResult::Unavailable)
    }
}

/// Opens web links, email links, files and folders with the desktop's own programs.
pub trait Opener {
    /// Opens `target` (a URL or a path); an error when no program could be started.
    fn open(&mut self, target: &str) -> std::io::Result<()>;
}

/// The system's opener (xdg-open, `open`, `start`), run detached so the app never waits.
#[derive(Debug, Default)]
pub struct SystemOpener;

impl Opener for SystemOpener {
    fn open(&mut self, target: &str) -> std::io::Result<()> {
        open::that_detached(target)
    }
}

/// An opener that records what it was asked to open, for tests.
#[derive(Debug, Default, Clone)]
pub struct RecordingOpener {
    /// Everything opened so far, shared with the test.
    pub opened: std::rc::Rc<std::cell::RefCell<Vec<String>>>,
}

/// An opener for tests of a desktop with no program for links or files: every open fails as
/// a launcher does.
#[derive(Clone, Debug, Default)]
pub struct NoOpener;

impl Opener for NoOpener {
    fn open(&mut self, _target: &str) -> std::io::Result<()> {
        Err(std::io::Error::other(
            "Launcher \"xdg-open\" failed with ExitStatus(unix_wait_status(512))",
        ))
    }
}

impl Opener for RecordingOpener {
    fn open(&mut self, target: &str) -> std::io::Result<()> {
        self.opened.borrow_mut().push(target.to_owned());
        Ok(())
    }
}
