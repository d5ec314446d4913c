//! Why a subcommand refused to run or could not finish, as facts; worded from the catalogue only
//! when shown (see [`super::exit_code`]).

use std::fmt;
use std::path::PathBuf;

use crate::model::text::escaped_path;
use crate::tr;

/// One of the three files of `merge`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The version both copies started from.
    Base,
    /// My copy.
    Mine,
    /// Their copy.
    Theirs,
}

impl fmt::Display for Side {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            Self::Base => tr!("cli-value-base"),
            Self::Mine => tr!("cli-value-mine"),
            Self::Theirs => tr!("cli-value-theirs"),
        })
    }
}

/// Why a subcommand refused, or what it could not do (with the cause after it).
#[derive(Debug)]
pub enum Refusal {
    /// The built-in bank does not load.
    FrameworkDamaged,
    /// `migrate -o` names the assessment being moved.
    MigrateSameFile { output: PathBuf },
    /// The assessment could not be moved (with `--map`, when given).
    MigrateFailed { file: PathBuf, map: Option<PathBuf> },
    /// `--baseline` names the assessment itself.
    BaselineItself { baseline: PathBuf },
    /// The `--baseline` file could not be read (the cause follows).
    Baseline,
    /// `combine -o` names one of the files combined.
    CombineOutputIsInput { input: PathBuf },
    /// `--date` is shaped as a date but is none (2026-02-30).
    DateNotReal { date: String },
    /// `--date` is not written as year, month and day.
    DateNotIso { date: String },
    /// `--baseline` given to an export that has nothing to compare in.
    BaselineAlone,
    /// The PDF report could not be made.
    ReportFailed { file: PathBuf },
    /// The merged assessment would replace BASE or THEIRS.
    MergeWouldReplace { side: Side, file: PathBuf },
    /// One side of a merge could not be read (the cause follows).
    MergeUnreadable { side: Side },
    /// The merge's output is a file that is not an assessment.
    MergeNotAssessment { output: PathBuf },
    /// The merged assessment could not be written (the cause follows).
    MergeNotWritten { output: PathBuf },
    /// `messages` in the pseudo-locale, which has no catalogue of its own.
    MessagesPseudo,
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = |p: &PathBuf| escaped_path(p);
        let shown = |p: &PathBuf| p.display().to_string();
        f.write_str(&match self {
            Self::FrameworkDamaged => tr!("cli-framework-damaged"),
            Self::MigrateSameFile { output } => {
                tr!("cli-migrate-same-file", file = path(output))
            }
            Self::MigrateFailed { file, map: None } => tr!("cli-migrate-failed", file = path(file)),
            Self::MigrateFailed {
                file,
                map: Some(map),
            } => tr!("cli-migrate-failed-map", file = path(file), map = path(map)),
            Self::BaselineItself { baseline } => {
                tr!("cli-baseline-itself", file = path(baseline))
            }
            // The option's name, as typed.
            Self::Baseline => "--baseline".to_owned(),
            Self::CombineOutputIsInput { input } => {
                tr!("cli-combine-output-is-input", file = path(input))
            }
            Self::DateNotReal { date } => tr!("cli-date-not-real", date = date),
            Self::DateNotIso { date } => tr!("cli-date-not-iso", date = date),
            Self::BaselineAlone => tr!("cli-export-baseline-alone"),
            Self::ReportFailed { file } => tr!("cli-export-report-failed", file = path(file)),
            Self::MergeWouldReplace { side, file } => tr!(
                "cli-merge-would-replace",
                side = side.to_string(),
                file = shown(file)
            ),
            Self::MergeUnreadable { side } => tr!("cli-merge-unreadable", side = side.to_string()),
            Self::MergeNotAssessment { output } => {
                tr!("cli-merge-not-assessment", file = shown(output))
            }
            Self::MergeNotWritten { output } => {
                tr!("cli-merge-not-written", file = shown(output))
            }
            Self::MessagesPseudo => tr!("cli-messages-pseudo"),
        })
    }
}

impl std::error::Error for Refusal {}
