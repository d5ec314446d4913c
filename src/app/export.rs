//! Exporting the PDF report without freezing the window: the report is rendered and written on
//! a named background thread; each frame polls for the result, and the person gets a message
//! with buttons to open the PDF or its folder.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::Duration;

use time::OffsetDateTime;

use super::WorkbookApp;
use super::command::Command;
use super::dialogs::{DialogResult, FileKind};
use super::state::{Document, Level, Notification, PathPurpose, Pending, Topic};
use crate::report;
use crate::storage::export_file::{self, ExportKind};

/// An export under way.
pub(super) struct Export {
    path: PathBuf,
    result: Receiver<Result<(), String>>,
}

impl WorkbookApp {
    /// Asks where to export, suggesting the assessment's name with `.pdf`.
    pub(super) fn export_dialog(&mut self) {
        let Some(doc) = &self.state.doc else {
            return;
        };
        if self.export.is_some() {
            self.notify(
                Topic::Export,
                Level::Info,
                "An export is already under way.",
            );
            return;
        }
        let name = export_name(doc, "civic-impact-report", "pdf");
        let folder = doc
            .path
            .as_deref()
            .and_then(Path::parent)
            .map(Path::to_path_buf);
        match self
            .dialogs
            .pick_save(FileKind::Pdf, folder.as_deref(), &name)
        {
            DialogResult::Picked(path) => self.start_export(path),
            DialogResult::Cancelled => {}
            DialogResult::Unavailable => {
                self.typed_save_prompt(PathPurpose::ExportPdf, folder, &name);
            }
        }
    }

    /// Renders and writes the report on a background thread.
    pub(super) fn start_export(&mut self, path: PathBuf) {
        let Some(doc) = &self.state.doc else {
            return;
        };
        let path = if path.extension().is_some() {
            path
        } else {
            path.with_extension("pdf")
        };
        let framework = self.state.framework.clone();
        let assessment = doc.assessment.clone();
        let baseline = doc.baseline.as_ref().map(|b| b.assessment.clone());
        let source = doc.path.clone();
        let date = OffsetDateTime::now_utc().date();
        let (sender, result) = mpsc::channel();
        let target = path.clone();
        let spawned = std::thread::Builder::new()
            .name("pdf-export".to_owned())
            .spawn(move || {
                let outcome =
                    report::render_with_baseline(&framework, &assessment, baseline.as_ref(), date)
                        .map_err(|err| format!("{err}"))
                        .and_then(|bytes| {
                            export_file::write(&target, &bytes, ExportKind::Pdf, source.as_deref())
                                .map_err(|err| format!("{err}"))
                        });
                // The app may have closed; then nobody needs the answer.
                let _ = sender.send(outcome);
            });
        match spawned {
            Ok(_) => {
                self.state.exporting = Some(path.clone());
                self.export = Some(Export { path, result });
            }
            Err(err) => self.notify(
                Topic::Export,
                Level::Error,
                format!("The export could not start: {err}"),
            ),
        }
    }

    /// Collects a finished export; wakes up again shortly while one is under way.
    pub(super) fn export_tick(&mut self, ctx: &egui::Context) {
        let Some(export) = &self.export else {
            return;
        };
        let outcome = match export.result.try_recv() {
            Ok(outcome) => outcome,
            Err(TryRecvError::Empty) => {
                ctx.request_repaint_after(Duration::from_millis(100));
                return;
            }
            Err(TryRecvError::Disconnected) => Err("the export stopped unexpectedly".to_owned()),
        };
        let path = export.path.clone();
        self.export = None;
        self.state.exporting = None;
        // Quitting waited for this report: close once it is written, stay open to say why
        // when it was not.
        if self.state.after_export.take() == Some(Pending::Quit) && outcome.is_ok() {
            self.close_now(ctx);
            return;
        }
        self.report_export(path, outcome);
    }

    /// Tells how an export to `path` went.
    fn report_export(&mut self, path: PathBuf, outcome: Result<(), String>) {
        match outcome {
            Ok(()) => {
                let text = format!("Report exported: {}", path.display());
                self.notify_exported(text, "Open PDF", path);
            }
            Err(err) => self.notify(
                Topic::Export,
                Level::Error,
                format!("The report was not exported: {err}"),
            ),
        }
    }

    /// Says an export is written, with buttons to open it (`open_label`) or its folder.
    pub(super) fn notify_exported(&mut self, text: String, open_label: &str, path: PathBuf) {
        self.post(Notification {
            id: 0,
            topic: Topic::Export,
            posted_secs: 0.0,
            level: Level::Info,
            text,
            actions: vec![
                (open_label.to_owned(), Command::OpenFile(path.clone())),
                ("Open folder".to_owned(), Command::OpenFolder(path)),
            ],
        });
    }

    /// Opens a file or folder with the desktop's program for it.
    pub(super) fn open_external(&mut self, path: &Path) {
        if self.opener.open(&path.display().to_string()).is_err() {
            self.notify(
                Topic::Opening,
                Level::Warning,
                format!(
                    "No program is set up here to open it. It is at {}",
                    path.display()
                ),
            );
        }
    }
}

/// The file name an export of `doc` suggests: the assessment's own name with `extension`, or
/// `fallback` for an assessment not yet saved.
pub(super) fn export_name(doc: &Document, fallback: &str, extension: &str) -> String {
    let stem = doc.path.as_deref().and_then(Path::file_name).map_or_else(
        || fallback.to_owned(),
        |name| {
            name.to_string_lossy()
                .trim_end_matches(".civic.json")
                .trim_end_matches(".json")
                .to_owned()
        },
    );
    format!("{stem}.{extension}")
}
