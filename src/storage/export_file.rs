//! Writing exports (the PDF report, CSV tables, Markdown): never over the assessment they came
//! from, never over a file the workbook did not write unless the person said so, and all files
//! of one export or none.
//!
//! | What is already at a target | Command line | `--force` | App |
//! |---|---|---|---|
//! | nothing | written | written | written |
//! | this workbook's earlier export of the same kind | replaced, kept as `.bak` | replaced, kept as `.bak` | asks, then replaced, kept as `.bak` |
//! | any other file | refused, every such file named | replaced, kept as `.bak` | asks (saying it is not an export), then replaced, kept as `.bak` |
//! | the assessment itself, a folder, device, pipe or socket | refused | refused | refused |
//!
//! An earlier export is recognised by its content, not its name: a PDF made by the workbook (its
//! metadata names it as the creator), a CSV starting with the exact header row of that table,
//! Markdown starting with the workbook's mark.

use std::fs::{self, File};
use std::io::{self, BufRead as _, BufReader, Read as _, Seek as _, SeekFrom};
use std::path::{Path, PathBuf};

use super::Error;
use super::atomic::{self, Backup, Staged};
use crate::report;

/// What an export is, and so how an earlier one is recognised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    /// The PDF report.
    Pdf,
    /// The CSV table of questions.
    QuestionsCsv,
    /// The CSV table of actions.
    ActionsCsv,
    /// The Markdown document.
    Markdown,
}

/// How far the PDF's end is searched for its creator: its information dictionary and metadata
/// are written last, just before the cross-reference table.
const PDF_TAIL_BYTES: u64 = 4 * 1024 * 1024;

impl ExportKind {
    /// Whether the regular file at `path` is this program's own earlier export of this kind.
    fn is_own(self, path: &Path) -> bool {
        match self {
            Self::Pdf => own_pdf(path).unwrap_or(false),
            Self::QuestionsCsv => {
                first_line(path).is_some_and(|line| line == report::csv::QUESTION_COLUMNS.join(","))
            }
            Self::ActionsCsv => first_line(path).is_some_and(|line| {
                line == report::csv::ACTION_COLUMNS.join(",")
                    || report::csv::EARLIER_ACTION_HEADERS.contains(&line.as_str())
            }),
            Self::Markdown => first_line(path).is_some_and(|line| line == report::markdown::MARK),
        }
    }
}

/// Whether the file is a PDF whose information dictionary names the workbook as its creator.
fn own_pdf(path: &Path) -> io::Result<bool> {
    let mut file = File::open(path)?;
    let mut start = [0_u8; 5];
    file.read_exact(&mut start)?;
    if start.as_slice() != b"%PDF-" {
        return Ok(false);
    }
    let length = file.metadata()?.len();
    file.seek(SeekFrom::Start(length.saturating_sub(PDF_TAIL_BYTES)))?;
    let mut tail = Vec::new();
    file.take(PDF_TAIL_BYTES).read_to_end(&mut tail)?;
    let creator = format!("/Creator({})", report::pdf::CREATOR);
    Ok(tail
        .windows(creator.len())
        .any(|window| window == creator.as_bytes()))
}

/// The first line of a text file, without a byte-order mark or line end, read no further than
/// a few kilobytes.
fn first_line(path: &Path) -> Option<String> {
    let file = File::open(path).ok()?;
    let mut line = Vec::new();
    BufReader::new(file.take(8 * 1024))
        .read_until(b'\n', &mut line)
        .ok()?;
    let line = String::from_utf8(line).ok()?;
    let line = line.strip_prefix('\u{FEFF}').unwrap_or(&line);
    Some(line.trim_end_matches(['\r', '\n']).to_owned())
}

/// A file already at an export's target.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Existing {
    /// The file.
    pub path: PathBuf,
    /// Whether it is the workbook's own earlier export of the same kind.
    pub own: bool,
}

/// Which files already there an export may replace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Replace<'a> {
    /// The workbook's own earlier exports (the command line).
    OwnExports,
    /// These files, which the person agreed to replace (the app asks first).
    Agreed(&'a [PathBuf]),
    /// Any regular file (`--force`).
    Any,
}

impl Replace<'_> {
    fn allows(&self, existing: &Existing) -> bool {
        match self {
            Self::OwnExports => existing.own,
            Self::Agreed(paths) => paths.iter().any(|p| same_place(p, &existing.path)),
            Self::Any => true,
        }
    }
}

/// The files already at `targets`, each said to be an earlier export of its kind or not.
pub fn existing(targets: &[(PathBuf, ExportKind)]) -> Vec<Existing> {
    targets
        .iter()
        .filter(|(path, _)| fs::metadata(path).is_ok_and(|m| m.is_file()))
        .map(|(path, kind)| Existing {
            path: path.clone(),
            own: kind.is_own(path),
        })
        .collect()
}

/// Writes several exports of one assessment (`source`): every target is checked first, then
/// every file is written in full beside its target, and only when all are written are they put
/// in place, each file it replaces kept as `NAME.bak`. A failure before that leaves no new file.
pub fn write_all(
    exports: &[(PathBuf, Vec<u8>, ExportKind)],
    source: Option<&Path>,
    replace: Replace<'_>,
) -> Result<(), Error> {
    let targets: Vec<(PathBuf, ExportKind)> = exports
        .iter()
        .map(|(path, _, kind)| (path.clone(), *kind))
        .collect();
    check_all(&targets, source, replace)?;
    let mut staged: Vec<Staged> = Vec::with_capacity(exports.len());
    for (path, bytes, _) in exports {
        // Should one fail, those staged so far are dropped, and with them their files.
        let file = atomic::stage(path, |out| out.write_all(bytes)).map_err(|cause| {
            Error::NotExported {
                path: path.clone(),
                cause,
            }
        })?;
        staged.push(file);
    }
    let mut written = Vec::with_capacity(staged.len());
    let mut staged = staged.into_iter().zip(exports);
    while let Some((file, (path, _, _))) = staged.next() {
        if let Err(cause) = file.commit(Backup::Keep) {
            return Err(Error::ExportedInPart {
                written,
                path: path.clone(),
                not_written: staged.map(|(_, (path, _, _))| path.clone()).collect(),
                cause,
            });
        }
        written.push(path.clone());
    }
    Ok(())
}

/// Whether every export may be written where it is going: called before anything is made, so
/// a report is not rendered only to be refused (the writes check again).
pub fn check_all(
    targets: &[(PathBuf, ExportKind)],
    source: Option<&Path>,
    replace: Replace<'_>,
) -> Result<(), Error> {
    for (index, (path, kind)) in targets.iter().enumerate() {
        // A path ending in a separator (`newdir/`) names a folder, which no export can be.
        let ends_in_separator = path
            .as_os_str()
            .as_encoded_bytes()
            .last()
            .is_some_and(|&b| std::path::is_separator(char::from(b)));
        if ends_in_separator || path.file_name().is_none() {
            return Err(Error::NotAFileName {
                path: path.clone(),
                example: match kind {
                    ExportKind::Pdf => "report.pdf",
                    ExportKind::QuestionsCsv | ExportKind::ActionsCsv => "report.csv",
                    ExportKind::Markdown => "report.md",
                },
            });
        }
        if targets
            .iter()
            .skip(index + 1)
            .any(|(other, _)| same_place(other, path))
        {
            return Err(Error::Write {
                path: path.clone(),
                cause: io::Error::other(
                    "two exports would go to the same file; give each its own name",
                ),
            });
        }
        check(path, source)?;
    }
    let refused: Vec<Existing> = existing(targets)
        .into_iter()
        .filter(|existing| !replace.allows(existing))
        .collect();
    if refused.is_empty() {
        Ok(())
    } else {
        Err(Error::WouldReplace { files: refused })
    }
}

/// Whether anything at all may be written at `path`: not the assessment itself, and not over
/// a folder, device, pipe or socket.
fn check(path: &Path, source: Option<&Path>) -> Result<(), Error> {
    let refuse = |why: &str| Error::Write {
        path: path.to_owned(),
        cause: io::Error::other(why.to_owned()),
    };
    if let Some(source) = source
        && same_file(path, source)
    {
        return Err(refuse(
            "that is the assessment itself; choose another file for the export",
        ));
    }
    super::not_regular_at(path).map_or(Ok(()), |why| Err(refuse(why)))
}

/// Whether two paths are the same place: the same file if both exist, else the same absolute
/// path.
fn same_place(a: &Path, b: &Path) -> bool {
    let absolute = |path: &Path| std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    same_file(a, b) || absolute(a) == absolute(b)
}

/// Whether two paths name the same file (both must exist to be the same).
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
