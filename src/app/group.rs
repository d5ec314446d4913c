//! Working-group commands: combining assessors' files into a group assessment, comparing with
//! an earlier assessment, and exporting the data as CSV or Markdown.

use std::path::PathBuf;

use super::WorkbookApp;
use super::command::Page;
use super::dialogs::{DialogResult, FileKind, ManyResult};
use super::export::export_name;
use super::files::now;
use super::state::{Baseline, Document, Level, PathPurpose, Topic};
use crate::report;
use crate::scoring;
use crate::storage::export_file::{self, ExportKind};
use crate::storage::{assessment_file, group_files};

/// A data export's format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataFormat {
    /// One row per question, and the actions beside it (`NAME-actions.csv`).
    Csv,
    /// The whole assessment as Markdown.
    Markdown,
}

impl DataFormat {
    fn extension(self) -> &'static str {
        match self {
            Self::Csv => "csv",
            Self::Markdown => "md",
        }
    }

    fn file_kind(self) -> FileKind {
        match self {
            Self::Csv => FileKind::Csv,
            Self::Markdown => FileKind::Markdown,
        }
    }

    fn purpose(self) -> PathPurpose {
        match self {
            Self::Csv => PathPurpose::ExportCsv,
            Self::Markdown => PathPurpose::ExportMarkdown,
        }
    }
}

impl WorkbookApp {
    /// Asks for the assessors' files (several at once).
    pub(super) fn combine_dialog(&mut self) {
        let folder = self.current_folder();
        match self
            .dialogs
            .pick_open_many(FileKind::Assessment, folder.as_deref())
        {
            ManyResult::Picked(paths) => self.combine_paths(&paths),
            ManyResult::Cancelled => {}
            ManyResult::Unavailable => self.typed_open_prompt(PathPurpose::Combine, folder),
        }
    }

    /// Combines the assessors' files into a new, unsaved group assessment; on failure says why
    /// and leaves the open document as it was.
    pub(super) fn combine_paths(&mut self, paths: &[PathBuf]) {
        let framework = &self.state.framework;
        let combined = match group_files::combine(paths, framework, now()) {
            Ok(combined) => combined,
            Err(err) => {
                self.notify(
                    Topic::Combine,
                    Level::Error,
                    format!("Nothing was combined: {err}"),
                );
                return;
            }
        };
        let wide = scoring::wide_spreads(&combined.group);
        let (group, names, differences) = (combined.group, combined.names, combined.differences);
        let mut doc = Document::new(framework, group, None);
        "Group assessment".clone_into(&mut doc.untitled_name);
        doc.mark_unsaved();
        self.discard_recovery();
        self.state.notifications.clear();
        self.state.doc = Some(doc);
        self.state.page = Page::Summary;
        self.last_edit_secs = None;
        self.notify(
            Topic::Combine,
            Level::Info,
            format!(
                "Combined {} assessors ({}). {wide} question(s) have assessors {} or more phases apart. \
                 Agree a phase for each question, and save the group assessment to keep it.",
                names.len(),
                names.join(", "),
                scoring::WIDE_SPREAD
            ),
        );
        if !differences.is_empty() {
            self.notify(
                Topic::Combine,
                Level::Warning,
                format!("Check the files: {}.", differences.join("; ")),
            );
        }
    }

    /// Asks for the earlier assessment to compare with.
    pub(super) fn compare_dialog(&mut self) {
        if self.state.doc.is_none() {
            return;
        }
        if let Some(path) = self.pick_assessment(PathPurpose::Baseline) {
            self.compare_with(path);
        }
    }

    /// Compares the open assessment with the one at `path`.
    pub(super) fn compare_with(&mut self, path: PathBuf) {
        let path = std::path::absolute(&path).unwrap_or(path);
        let Some(doc) = &self.state.doc else {
            return;
        };
        if doc
            .path
            .as_deref()
            .is_some_and(|own| export_file::same_file(own, &path))
        {
            self.notify(
                Topic::Comparison,
                Level::Error,
                "That is this assessment's own file: choose the earlier assessment to compare with.",
            );
            return;
        }
        match assessment_file::load(&path, &self.state.framework) {
            Ok(earlier) => {
                let framework = &self.state.framework;
                let Some(doc) = &mut self.state.doc else {
                    return;
                };
                let label = report::content::assessment_label(&earlier);
                let comparison = scoring::compare::compare(framework, &doc.assessment, &earlier);
                let warnings = scoring::compare::warnings(framework, &doc.assessment, &earlier);
                doc.baseline = Some(Baseline {
                    path,
                    label,
                    assessment: earlier,
                    comparison,
                });
                self.state.page = Page::Summary;
                // Earlier messages about comparing are settled now.
                self.state
                    .notifications
                    .retain(|n| n.topic != Topic::Comparison);
                if !warnings.is_empty() {
                    self.notify(
                        Topic::Comparison,
                        Level::Warning,
                        format!("Compared, but note: {}.", warnings.join("; ")),
                    );
                }
            }
            Err(err) => self.notify(
                Topic::Comparison,
                Level::Error,
                format!("Could not compare with the earlier assessment: {err}"),
            ),
        }
    }

    /// Asks where to export the data.
    pub(super) fn export_data_dialog(&mut self, format: DataFormat) {
        let Some(doc) = &self.state.doc else {
            return;
        };
        let name = export_name(doc, "civic-impact-assessment", format.extension());
        let folder = self.current_folder();
        match self
            .dialogs
            .pick_save(format.file_kind(), folder.as_deref(), &name)
        {
            DialogResult::Picked(path) => self.export_data(format, path),
            DialogResult::Cancelled => {}
            DialogResult::Unavailable => self.typed_save_prompt(format.purpose(), folder, &name),
        }
    }

    /// Writes the CSV tables or the Markdown (quick enough to do at once).
    pub(super) fn export_data(&mut self, format: DataFormat, path: PathBuf) {
        let Some(doc) = &self.state.doc else {
            return;
        };
        let path = if path.extension().is_some() {
            path
        } else {
            path.with_extension(format.extension())
        };
        let framework = &self.state.framework;
        let source = doc.path.as_deref();
        let result = match format {
            DataFormat::Csv => {
                let actions = report::csv::actions_path(&path);
                let exports = [
                    (
                        path.clone(),
                        report::csv::questions(framework, &doc.assessment),
                        ExportKind::Csv,
                    ),
                    (
                        actions.clone(),
                        report::csv::actions(framework, &doc.assessment),
                        ExportKind::Csv,
                    ),
                ];
                export_file::write_all(&exports, source).map(|()| {
                    format!(
                        "Exported the questions to {} and the actions to {}",
                        path.display(),
                        actions.display()
                    )
                })
            }
            DataFormat::Markdown => {
                let baseline = doc.baseline.as_ref().map(|b| &b.assessment);
                let text = report::markdown(framework, &doc.assessment, baseline, now().date());
                export_file::write(&path, text.as_bytes(), ExportKind::Markdown, source)
                    .map(|()| format!("Exported Markdown: {}", path.display()))
            }
        };
        match result {
            Ok(text) => self.notify_exported(text, "Open file", path),
            Err(err) => self.notify(
                Topic::Export,
                Level::Error,
                format!("Nothing was exported: {err}"),
            ),
        }
    }
}
