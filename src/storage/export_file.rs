//! Writing exports (the PDF report, CSV tables, Markdown): atomically, never over the assessment
//! they came from, and never over a file that is not already an export of that kind.

use std::fs::File;
use std::io::{self, Read as _};
use std::path::{Path, PathBuf};

use super::Error;
use super::atomic::{Backup, write_atomic_with};

/// What an export file starts with, so an existing file of the kind may be replaced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    /// A PDF report (starts with `%PDF-`).
    Pdf,
    /// A CSV table (a `.csv` file).
    Csv,
    /// A Markdown document (a `.md` or `.markdown` file).
    Markdown,
}

impl ExportKind {
    /// Whether the existing file at `path` is of this kind, so it may be replaced.
    fn is_kind(self, path: &Path) -> bool {
        let extension = path
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        match self {
            Self::Pdf => {
                let mut start = [0_u8; 5];
                File::open(path)
                    .and_then(|mut file| file.read_exact(&mut start))
                    .is_ok_and(|()| start.as_slice() == b"%PDF-")
            }
            // Text formats have no signature: the name says what the file is.
            Self::Csv => extension == "csv",
            Self::Markdown => matches!(extension.as_str(), "md" | "markdown"),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Self::Pdf => "PDF",
            Self::Csv => "CSV file",
            Self::Markdown => "Markdown file",
        }
    }
}

/// Writes `bytes` to `path` atomically. Refuses to write over `source` (the assessment the
/// export comes from) or over an existing file that is not a `kind` file.
pub fn write(
    path: &Path,
    bytes: &[u8],
    kind: ExportKind,
    source: Option<&Path>,
) -> Result<(), Error> {
    check(path, kind, source)?;
    write_atomic_with(path, Backup::Skip, |out| out.write_all(bytes)).map_err(|cause| {
        Error::Write {
            path: path.to_owned(),
            cause,
        }
    })
}

/// Writes several exports of one assessment (`source`): every target is checked first, and
/// must differ from the others, so all are written or, when one is refused, none.
pub fn write_all(
    exports: &[(PathBuf, Vec<u8>, ExportKind)],
    source: Option<&Path>,
) -> Result<(), Error> {
    let targets: Vec<(PathBuf, ExportKind)> = exports
        .iter()
        .map(|(path, _, kind)| (path.clone(), *kind))
        .collect();
    check_all(&targets, source)?;
    for (path, bytes, kind) in exports {
        write(path, bytes, *kind, source)?;
    }
    Ok(())
}

/// Whether every export may be written where it is going: called before anything is made, so
/// a report is not rendered only to be refused (the writes check again).
pub fn check_all(targets: &[(PathBuf, ExportKind)], source: Option<&Path>) -> Result<(), Error> {
    let absolute = |path: &Path| std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    for (index, (path, kind)) in targets.iter().enumerate() {
        let target = absolute(path);
        if targets
            .iter()
            .skip(index + 1)
            .any(|(other, _)| absolute(other) == target)
        {
            return Err(Error::Write {
                path: path.clone(),
                cause: io::Error::other(
                    "two exports would go to the same file; give each its own name",
                ),
            });
        }
        check(path, *kind, source)?;
    }
    Ok(())
}

/// Whether an export of `kind` may be written to `path`.
fn check(path: &Path, kind: ExportKind, source: Option<&Path>) -> Result<(), Error> {
    let refuse = |why: String| Error::Write {
        path: path.to_owned(),
        cause: io::Error::other(why),
    };
    if let Some(source) = source
        && same_file(path, source)
    {
        return Err(refuse(
            "that is the assessment itself; choose another file for the export".to_owned(),
        ));
    }
    if path.is_dir() {
        return Err(refuse("it is a folder".to_owned()));
    }
    if path.exists() && !kind.is_kind(path) {
        return Err(refuse(format!(
            "a file that is not a {} is already there, and it is left untouched",
            kind.name()
        )));
    }
    Ok(())
}

/// Whether two paths name the same file (both must exist to be the same).
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
