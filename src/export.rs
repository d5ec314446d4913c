//! Exporting an assessment, for the app and the command line alike: what each format writes
//! and where, then every file rendered and written as one step (all files or none), with the
//! files it is made from never written over. The app runs it on a background thread; `export`
//! runs it in place.

use std::path::{Path, PathBuf};

use time::Date;

use crate::model::{Assessment, Framework};
use crate::report;
use crate::storage;
use crate::storage::export_file::{self, ExportKind, Kept, Replace};

/// What an export writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// The PDF report.
    Pdf,
    /// One row per question, and the actions beside it (`NAME-actions.csv`).
    Csv,
    /// The whole assessment as Markdown.
    Markdown,
}

impl Format {
    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Csv => "csv",
            Self::Markdown => "md",
        }
    }

    /// The files an export to `path` writes, in order: the CSV's actions table goes beside it.
    pub fn targets(self, path: &Path) -> Vec<(PathBuf, ExportKind)> {
        match self {
            Self::Pdf => vec![(path.to_owned(), ExportKind::Pdf)],
            Self::Csv => vec![
                (path.to_owned(), ExportKind::QuestionsCsv),
                (report::csv::actions_path(path), ExportKind::ActionsCsv),
            ],
            Self::Markdown => vec![(path.to_owned(), ExportKind::Markdown)],
        }
    }

    /// The file name suggested for an assessment not yet saved: a file's name, the same in
    /// every language, like the data it names.
    pub fn fallback_stem(self) -> &'static str {
        match self {
            Self::Pdf => "civic-impact-report",
            Self::Csv | Self::Markdown => "civic-impact-assessment",
        }
    }
}

/// What an export is made from.
#[derive(Clone, Copy, Debug)]
pub struct Source<'a> {
    pub framework: &'a Framework,
    pub assessment: &'a Assessment,
    /// The earlier assessment the report compares with, if any.
    pub baseline: Option<&'a Assessment>,
    /// The report's date.
    pub date: Date,
    /// The language of the report and the Markdown (the CSV's headings take the first).
    pub languages: report::Languages,
    /// The files the export is made from (the assessment's, the baseline's): never an
    /// export's target or a backup's place.
    pub inputs: &'a [&'a Path],
}

/// Why an export wrote nothing.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The report could not be made.
    #[error(transparent)]
    Report(#[from] report::Error),
    /// A file could not be checked or written.
    #[error(transparent)]
    Storage(#[from] storage::Error),
}

/// Every file the exports asked for write, in order.
pub fn targets(requests: &[(Format, &Path)]) -> Vec<(PathBuf, ExportKind)> {
    requests
        .iter()
        .flat_map(|(format, path)| format.targets(path))
        .collect()
}

/// Checks every target before anything is made: a file already there that `replace` does not
/// allow, an input named as a target, a folder or a target named twice.
pub fn check(
    source: &Source<'_>,
    requests: &[(Format, &Path)],
    replace: Replace<'_>,
) -> Result<(), storage::Error> {
    export_file::plan(&targets(requests), source.inputs, replace).map(drop)
}

/// The files of one format, in the order of its targets.
pub fn render(source: &Source<'_>, format: Format) -> Result<Vec<Vec<u8>>, report::Error> {
    Ok(match format {
        Format::Pdf => vec![report::render_in(
            source.framework,
            source.assessment,
            source.baseline,
            source.date,
            source.languages,
        )?],
        Format::Csv => {
            let _lang = crate::i18n::scoped(source.languages.first());
            vec![
                report::csv::questions(source.framework, source.assessment),
                report::csv::actions(source.framework, source.assessment),
            ]
        }
        Format::Markdown => vec![
            report::markdown_in(
                source.framework,
                source.assessment,
                source.baseline,
                source.date,
                source.languages,
            )
            .into_bytes(),
        ],
    })
}

/// Renders every export asked for and writes them all or none (see
/// [`export_file::write_protecting`]): returns the files replaced and where each is kept.
pub fn export(
    source: &Source<'_>,
    requests: &[(Format, &Path)],
    replace: Replace<'_>,
) -> Result<Vec<Kept>, Error> {
    // Checked before anything is rendered: a refusal costs no work.
    check(source, requests, replace)?;
    let mut files = Vec::new();
    for (format, path) in requests {
        for ((target, kind), bytes) in format
            .targets(path)
            .into_iter()
            .zip(render(source, *format)?)
        {
            files.push((target, bytes, kind));
        }
    }
    Ok(export_file::write_protecting(
        &files,
        source.inputs,
        replace,
    )?)
}
