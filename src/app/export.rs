//! Exporting the PDF report without freezing the window: the report is rendered and written on
//! a named background thread; each frame polls for the result and hands it to the core.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::Duration;

use super::WorkbookApp;
use super::command::Command;
use crate::export;
use crate::storage::export_file::Replace;
use crate::workbook::effect::{Failure, Format, Outcome, Shared};

/// An export under way.
pub(super) struct Export {
    path: PathBuf,
    result: Receiver<Result<(), Failure>>,
}

impl WorkbookApp {
    /// Renders and writes the report on a background thread, dated `date`. `None` once it
    /// runs; the failure to start it otherwise.
    pub(super) fn start_export(
        &mut self,
        path: PathBuf,
        date: time::Date,
        agreed: Vec<PathBuf>,
    ) -> Option<Command> {
        let doc = self.state.doc.as_ref()?;
        let framework = self.state.framework.clone();
        let assessment = doc.assessment.clone();
        let baseline = doc.baseline.as_ref().map(|b| b.assessment.clone());
        let languages = self.state.prefs.report_languages();
        // The assessment's file and the baseline's are never written over.
        let inputs: Vec<PathBuf> = [
            doc.path.clone(),
            doc.baseline.as_ref().map(|b| b.path.clone()),
        ]
        .into_iter()
        .flatten()
        .collect();
        let (sender, result) = mpsc::channel();
        let target = path.clone();
        // The report is worded in the language of the window that asked for it.
        let lang = crate::i18n::language();
        let spawned = std::thread::Builder::new()
            .name("pdf-export".to_owned())
            .spawn(move || {
                let _lang = crate::i18n::scoped(lang);
                let inputs: Vec<&std::path::Path> = inputs.iter().map(PathBuf::as_path).collect();
                let source = export::Source {
                    framework: &framework,
                    assessment: &assessment,
                    baseline: baseline.as_ref(),
                    date,
                    languages,
                    inputs: &inputs,
                };
                // The one export the command line runs too.
                let outcome = export::export(
                    &source,
                    &[(Format::Pdf, target.as_path())],
                    Replace::Agreed(&agreed),
                )
                .map(drop)
                .map_err(Failure::from);
                // The app may have closed; then nobody needs the answer.
                let _ = sender.send(outcome);
            });
        match spawned {
            Ok(_) => {
                self.export = Some(Export { path, result });
                None
            }
            Err(err) => Some(exported(path, Err(Failure::NotStarted(Shared::new(err))))),
        }
    }

    /// The finished export's result, if one finished; wakes up again shortly while one is
    /// under way.
    pub(super) fn export_tick(&mut self, ctx: &egui::Context) -> Option<Command> {
        let export = self.export.as_ref()?;
        let outcome = match export.result.try_recv() {
            Ok(outcome) => outcome,
            Err(TryRecvError::Empty) => {
                ctx.request_repaint_after(Duration::from_millis(100));
                return None;
            }
            Err(TryRecvError::Disconnected) => Err(Failure::Stopped),
        };
        let path = export.path.clone();
        self.export = None;
        Some(exported(path, outcome))
    }
}

fn exported(path: PathBuf, result: Result<(), Failure>) -> Command {
    Command::Done(Box::new(Outcome::Exported {
        format: Format::Pdf,
        path,
        result,
    }))
}
