//! Exports (the PDF report in the background, CSV and Markdown), combining assessors' files
//! into a group assessment, and comparing with an earlier assessment.

use std::path::PathBuf;

use super::Core;
use super::files::export_name;
use crate::model::Assessment;
use crate::workbook::command::{Command, Page};
use crate::workbook::effect::{Effect, Existing, Failure, Format, Load};
use crate::workbook::notice::Notice;
use crate::workbook::state::{Baseline, CombineDetails, Document, Flow, Level, PathPurpose, Topic};
use crate::{report, scoring};

impl Core<'_> {
    /// Asks where to export, suggesting the assessment's name.
    pub(super) fn export_dialog(&mut self, format: Format) {
        let Some(doc) = &self.state.doc else {
            return;
        };
        if format == Format::Pdf && self.state.exporting.is_some() {
            self.notify(Topic::Export, Level::Info, Notice::ExportUnderWay);
            return;
        }
        let name = export_name(doc, format);
        self.effects.push(Effect::PickSave {
            purpose: crate::workbook::effect::purpose(format),
            kind: crate::workbook::effect::file_kind(format),
            folder: self.current_folder(),
            name,
        });
    }

    /// Exports to `path` (the format's extension added when it has none). The report is
    /// rendered in the background; the data is quick enough to write at once.
    pub(super) fn export_to(&mut self, format: Format, path: PathBuf, replace: Vec<PathBuf>) {
        if self.state.doc.is_none() {
            return;
        }
        let path = if path.extension().is_some() {
            path
        } else {
            path.with_extension(format.extension())
        };
        if format == Format::Pdf {
            if self.state.exporting.is_some() {
                self.notify(Topic::Export, Level::Info, Notice::ExportUnderWay);
                return;
            }
            self.state.exporting = Some(path.clone());
        }
        self.effects.push(Effect::Export {
            format,
            path,
            date: self.now.today,
            replace,
        });
    }

    /// An export found files already there that the person has not agreed to replace: ask.
    pub(super) fn would_replace(&mut self, format: Format, path: PathBuf, files: Vec<Existing>) {
        if format == Format::Pdf {
            self.state.exporting = None;
        }
        self.state.flow = Flow::ConfirmReplace {
            format,
            path,
            files,
        };
    }

    /// "Replace" in the replace question: the export goes ahead, replacing what it listed
    /// (each kept as `.bak`), and nothing else.
    pub(super) fn confirm_replace(&mut self) {
        let Flow::ConfirmReplace {
            format,
            path,
            files,
        } = std::mem::take(&mut self.state.flow)
        else {
            return;
        };
        let agreed = files.into_iter().map(|file| file.path).collect();
        self.export_to(format, path, agreed);
    }

    /// Tells how an export went; a Quit that waited for the report closes the window now, or
    /// stays open to show why the report was not written.
    pub(super) fn exported(&mut self, format: Format, path: PathBuf, result: &Result<(), Failure>) {
        if format == Format::Pdf {
            self.state.exporting = None;
            if self.state.flow == Flow::QuitAfterExport {
                self.state.flow = Flow::Idle;
                if result.is_ok() {
                    self.close_now();
                    return;
                }
            }
        }
        let unknown = self.unknown_answers();
        if let Err(why) = result {
            let notice = Notice::NotExported {
                format,
                why: why.clone(),
            };
            self.notify(Topic::Export, Level::Error, notice);
            return;
        }
        if format == Format::Pdf {
            self.unprintable();
        }
        let actions = vec![
            Command::OpenFile(path.clone()),
            Command::OpenFolder(path.clone()),
        ];
        let notice = Notice::Exported {
            format,
            path,
            unknown,
        };
        self.offer(Topic::Export, Level::Info, notice, actions);
    }

    /// How many answers the open assessment has to questions not in this version of the
    /// framework: said when a report or Markdown is written ("It includes 2 answers …").
    fn unknown_answers(&self) -> usize {
        self.state.doc.as_ref().map_or(0, |doc| {
            doc.assessment
                .unknown_questions(&self.state.framework)
                .count()
        })
    }

    /// Says, after a report is written, which text it shows as a placeholder because no
    /// bundled font has the characters; they join the file's problems, where each is named.
    fn unprintable(&mut self) {
        let Some(doc) = &mut self.state.doc else {
            return;
        };
        let found = report::coverage::unprintable(&doc.assessment);
        if found.is_empty() {
            return;
        }
        let count = found.len();
        doc.problems = crate::model::problems(&self.state.framework, &doc.assessment);
        doc.problems.extend(found);
        self.offer(
            Topic::Export,
            Level::Warning,
            Notice::Unprintable(count),
            vec![Command::ShowProblems],
        );
    }

    /// Combines the assessors' files (read by the shell).
    pub(super) fn combine(&mut self, paths: Vec<PathBuf>) {
        self.effects.push(Effect::Combine {
            paths,
            at: self.now.utc,
        });
    }

    /// The combined group assessment becomes the open document, not yet saved. The toast says
    /// what happened in a line or two; Show details lists the rest.
    pub(super) fn combined(&mut self, group: Assessment, names: &[String], differences: &[String]) {
        let wide = scoring::wide_spreads(&group);
        let mut doc = Document::new(&self.state.framework, group, None);
        doc.untitled = crate::workbook::state::Untitled::Group;
        doc.mark_unsaved();
        self.replace_document(doc, Page::Summary);
        self.state.combine_details = Some(CombineDetails {
            names: names.to_vec(),
            wide,
            differences: differences.to_vec(),
            is_open: false,
        });
        let details = || vec![Command::ShowCombineDetails];
        let notice = Notice::Combined {
            names: names.to_vec(),
            wide,
        };
        self.offer(Topic::Combine, Level::Info, notice, details());
        if !differences.is_empty() {
            let notice = Notice::CombineDifferences(differences.len());
            self.offer(Topic::Combine, Level::Warning, notice, details());
        }
    }

    /// Opens or closes the combining details.
    pub(super) fn show_combine_details(&mut self, open: bool) {
        if let Some(details) = &mut self.state.combine_details {
            details.is_open = open;
        }
    }

    /// Asks for the earlier assessment to compare with.
    pub(super) fn compare_dialog(&mut self) {
        if self.state.doc.is_some() {
            self.pick_open(PathPurpose::Baseline);
        }
    }

    /// Compares the open assessment with the one at `path` (read by the shell).
    pub(super) fn compare_with(&mut self, path: PathBuf) {
        if self.state.doc.is_some() {
            self.effects.push(Effect::Load(Load::Baseline(path)));
        }
    }

    /// The earlier assessment was read: the comparison is on, from the summary.
    pub(super) fn compared(&mut self, path: PathBuf, earlier: Assessment) {
        let framework = &self.state.framework;
        let Some(doc) = &mut self.state.doc else {
            return;
        };
        let label = report::content::assessment_label(&earlier);
        let comparison = scoring::compare::compare(framework, &doc.assessment, &earlier);
        let warnings = scoring::compare::comparison_warnings(framework, &doc.assessment, &earlier);
        doc.baseline = Some(Baseline {
            path,
            label,
            assessment: earlier,
            comparison,
        });
        self.state.page = Page::Summary;
        // Earlier messages about comparing are settled now.
        self.settle(Topic::Comparison, None);
        if !warnings.is_empty() {
            self.notify(
                Topic::Comparison,
                Level::Warning,
                Notice::Compared(warnings),
            );
        }
    }
}
