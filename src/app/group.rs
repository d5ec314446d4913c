//! Working-group commands: combining assessors' files into a group assessment, comparing with
//! an earlier assessment, and exporting the data as CSV or Markdown.

use std::path::{Path, PathBuf};

use time::OffsetDateTime;

use super::WorkbookApp;
use super::command::{Command, Page};
use super::dialogs::{DialogResult, FileKind, ManyResult};
use super::state::{Baseline, Document, Level, Modal, Notification, PathPurpose};
use crate::model::{self, Assessor};
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
}

fn now() -> OffsetDateTime {
    let now = OffsetDateTime::now_utc();
    now.replace_nanosecond(0).unwrap_or(now)
}

impl WorkbookApp {
    fn typed_path_prompt(&mut self, purpose: PathPurpose, text: String) {
        self.state.modal = Some(Modal::TypedPath {
            purpose,
            text,
            problem: None,
        });
    }

    /// Asks for the assessors' files (several at once).
    pub(super) fn combine_dialog(&mut self) {
        let folder = self.current_folder();
        match self
            .dialogs
            .pick_open_many(FileKind::Assessment, folder.as_deref())
        {
            ManyResult::Picked(paths) => self.combine_paths(&paths),
            ManyResult::Cancelled => {}
            ManyResult::Unavailable => {
                let text = folder
                    .map(|f| format!("{}{}", f.display(), std::path::MAIN_SEPARATOR))
                    .unwrap_or_default();
                self.typed_path_prompt(PathPurpose::Combine, text);
            }
        }
    }

    /// Combines the assessors' files into a new, unsaved group assessment; on failure says why
    /// and leaves the open document as it was.
    pub(super) fn combine_paths(&mut self, paths: &[PathBuf]) {
        let framework = &self.state.framework;
        let files = match group_files::read(paths, framework) {
            Ok(files) => files,
            Err(err) => {
                self.notify(Level::Error, format!("Nothing was combined: {err}"));
                return;
            }
        };
        let assessors: Vec<Assessor<'_>> = files
            .iter()
            .map(|f| Assessor {
                name: &f.name,
                assessment: &f.assessment,
            })
            .collect();
        let group = match model::combine(framework, &assessors, now()) {
            Ok(group) => group,
            Err(err) => {
                let file = files
                    .iter()
                    .find(|f| err.assessor() == Some(f.name.as_str()))
                    .map(|f| format!(": {}", f.path.display()))
                    .unwrap_or_default();
                self.notify(Level::Error, format!("Nothing was combined: {err}{file}"));
                return;
            }
        };
        let wide = group
            .responses
            .values()
            .filter_map(scoring::spread)
            .filter(scoring::Spread::is_wide)
            .count();
        let differences = model::differences(&assessors);
        let mut names: Vec<String> = files.iter().map(|f| f.name.clone()).collect();
        names.sort();
        let mut doc = Document::new(framework, group, None);
        "Group assessment".clone_into(&mut doc.untitled_name);
        doc.mark_unsaved();
        self.discard_recovery();
        self.state.notifications.clear();
        self.state.doc = Some(doc);
        self.state.page = Page::Summary;
        self.last_edit_secs = None;
        self.notify(
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
        let folder = self.current_folder();
        match self
            .dialogs
            .pick_open(FileKind::Assessment, folder.as_deref())
        {
            DialogResult::Picked(path) => self.compare_with(path),
            DialogResult::Cancelled => {}
            DialogResult::Unavailable => {
                let text = folder
                    .map(|f| format!("{}{}", f.display(), std::path::MAIN_SEPARATOR))
                    .unwrap_or_default();
                self.typed_path_prompt(PathPurpose::Baseline, text);
            }
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
                    .retain(|n| !n.text.contains("compare with"));
                if !warnings.is_empty() {
                    self.notify(
                        Level::Warning,
                        format!("Compared, but note: {}.", warnings.join("; ")),
                    );
                }
            }
            Err(err) => self.notify(
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
        let stem = doc.path.as_deref().and_then(Path::file_name).map_or_else(
            || "civic-impact-assessment".to_owned(),
            |name| {
                name.to_string_lossy()
                    .trim_end_matches(".civic.json")
                    .trim_end_matches(".json")
                    .to_owned()
            },
        );
        let name = format!("{stem}.{}", format.extension());
        let folder = self.current_folder();
        let kind = match format {
            DataFormat::Csv => FileKind::Csv,
            DataFormat::Markdown => FileKind::Markdown,
        };
        match self.dialogs.pick_save(kind, folder.as_deref(), &name) {
            DialogResult::Picked(path) => self.export_data(format, path),
            DialogResult::Cancelled => {}
            DialogResult::Unavailable => {
                let folder = folder
                    .or_else(|| std::env::current_dir().ok())
                    .unwrap_or_default();
                let purpose = match format {
                    DataFormat::Csv => PathPurpose::ExportCsv,
                    DataFormat::Markdown => PathPurpose::ExportMarkdown,
                };
                self.typed_path_prompt(purpose, folder.join(name).display().to_string());
            }
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
                export_file::write(
                    &path,
                    &report::csv::questions(framework, &doc.assessment),
                    ExportKind::Csv,
                    source,
                )
                .and_then(|()| {
                    export_file::write(
                        &actions,
                        &report::csv::actions(framework, &doc.assessment),
                        ExportKind::Csv,
                        source,
                    )
                })
                .map(|()| {
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
            Ok(text) => {
                self.state.notifications.retain(|n| n.text != text);
                self.state.notifications.push(Notification {
                    level: Level::Info,
                    text,
                    actions: vec![
                        ("Open file".to_owned(), Command::OpenFile(path.clone())),
                        ("Open folder".to_owned(), Command::OpenFolder(path)),
                    ],
                });
            }
            Err(err) => self.notify(Level::Error, format!("Nothing was exported: {err}")),
        }
    }
}
