//! Writing exports (the PDF report, CSV tables, Markdown): never over the assessment they came
//! from, never over a file the workbook did not write unless the person said so, never deleting
//! what they replace, and all files of one export or none.
//!
//! | What is already at a target | Command line | `--force` | App |
//! |---|---|---|---|
//! | nothing | written | written | written |
//! | this workbook's earlier export of the same kind, unchanged | replaced, kept as a backup | replaced, kept as a backup | asks, then replaced, kept as a backup |
//! | any other file (an earlier export changed since included) | refused, every such file named | replaced, kept as a backup | asks (saying it is not an export), then replaced, kept as a backup |
//! | the assessment, the `--baseline`, a folder, device, pipe or socket | refused | refused | refused |
//! | the same file named twice among the targets (by any spelling) | refused | refused | refused |
//!
//! The backup of a replaced file is `NAME.bak` when nothing is there or the workbook's own
//! unchanged export of the same kind is; otherwise (someone's file, a changed export, an input)
//! the first of `NAME.1.bak`, `NAME.2.bak`, … that is free or holds such an export. So nothing
//! replaced is ever deleted: a backup replaces only a file that exporting again would write the
//! same way. Every target and every backup is checked, and every backup name chosen, before
//! anything is renamed; then every file is written in full beside its target, every file
//! replaced is kept, and only then are the new files put in place.
//!
//! An earlier export is recognised by its content, not its name, and only while it is exactly
//! as the workbook wrote it:
//! - a PDF with one revision (one `startxref` and one `%%EOF`, at the end: a program that
//!   saves an annotation appends a second revision), naming the workbook as its creator and no
//!   other producer than the library the workbook writes with;
//! - Markdown whose first line is the workbook's mark with a check of the rest that still
//!   matches (see [`export_marks::mark_line`]);
//! - a CSV in exactly the shape the workbook writes it, every field quoted and every row as wide
//!   as the table's columns (why, and what that cannot see: `report::csv`); the words of its
//!   heading row are not compared, as they are in the language it was exported in.
//!
//! Inputs and outputs are compared by file identity (device and inode, or the Windows file
//! index), so a hard link, a symbolic link or `..` does not make one file two.

use std::fs;
use std::path::{Path, PathBuf};

use super::atomic::{self, Backup, Staged};
use super::{Error, Refusal};
use crate::model::export_marks;

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

/// Producers a PDF of the workbook's may name: the PDF library it writes with. A program that
/// rewrites the file puts its own name there.
const OWN_PRODUCERS: [&[u8]; 1] = [b"krilla"];

impl ExportKind {
    /// Whether the regular file at `path` is this program's own earlier export of this kind,
    /// unchanged since (see the module's notes).
    fn is_own(self, path: &Path) -> bool {
        let Some(bytes) = super::read::read_limited(path) else {
            return false;
        };
        match self {
            Self::Pdf => own_pdf(&bytes),
            Self::QuestionsCsv => own_csv(&bytes, export_marks::QUESTIONS_CSV_COLUMNS),
            Self::ActionsCsv => own_csv(&bytes, export_marks::ACTIONS_CSV_COLUMNS),
            Self::Markdown => {
                std::str::from_utf8(&bytes).is_ok_and(export_marks::is_unchanged_markdown)
            }
        }
    }
}

/// Whether `bytes` are a PDF of the workbook's, unchanged: one revision, the workbook as its
/// creator, and no producer but the workbook's PDF library.
fn own_pdf(bytes: &[u8]) -> bool {
    let creator = format!("/Creator({})", export_marks::PDF_CREATOR);
    bytes.starts_with(b"%PDF-")
        && count(bytes, b"startxref") == 1
        && count(bytes, b"%%EOF") == 1
        && bytes.trim_ascii_end().ends_with(b"%%EOF")
        && count(bytes, creator.as_bytes()) >= 1
        && producers(bytes).all(|producer| OWN_PRODUCERS.contains(&producer))
}

/// The UTF-8 byte-order mark the workbook's CSV starts with.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Whether `bytes` are a table of `columns` columns exactly as the workbook writes one (see
/// `report::csv`): the byte-order mark, then rows of that many fields, every field quoted
/// (quotes doubled inside, commas between), each row ended by CRLF, and nothing else. The
/// words of the heading row are not looked at: they are the catalogue's, in the language of
/// the export, and a spreadsheet that saves the file again leaves them unquoted.
fn own_csv(bytes: &[u8], columns: usize) -> bool {
    let Some(text) = bytes
        .strip_prefix(BOM)
        .and_then(|rest| std::str::from_utf8(rest).ok())
    else {
        return false;
    };
    let mut rest = text;
    let mut rows = 0;
    while !rest.is_empty() {
        match quoted_record(rest) {
            Some((fields, after)) if fields == columns => rest = after,
            _ => return false,
        }
        rows += 1;
    }
    rows > 0
}

/// The first record of `text` if it is written as the workbook writes one (every field quoted,
/// quotes doubled inside, commas between, CRLF after): how many fields it has, and the text
/// after it.
fn quoted_record(mut text: &str) -> Option<(usize, &str)> {
    let mut fields = 0;
    loop {
        text = text.strip_prefix('"')?;
        loop {
            let (_, after) = text.split_once('"')?;
            text = after;
            match text.strip_prefix('"') {
                Some(after) => text = after,
                None => break,
            }
        }
        fields += 1;
        if let Some(after) = text.strip_prefix(',') {
            text = after;
        } else {
            return text.strip_prefix("\r\n").map(|after| (fields, after));
        }
    }
}

/// How many times `needle` occurs in `bytes`. Occurrences that overlap count once, which
/// changes nothing for the marks looked for: none begins the way it ends. A vectorised search:
/// an export about to be replaced is read several times over (checked before the report is
/// made, again as it is written, and its backup too), and comparing at every byte of a 250 KB
/// PDF was a fifth of a whole `export`.
fn count(bytes: &[u8], needle: &[u8]) -> usize {
    memchr::memmem::find_iter(bytes, needle).count()
}

/// Every producer the PDF names in its information dictionary (`/Producer(…)`) and its XMP
/// metadata (`<pdf:Producer>…</pdf:Producer>`), as written (PDF escapes are not undone: any
/// other name differs either way).
fn producers(bytes: &[u8]) -> impl Iterator<Item = &[u8]> {
    let between = |open: &'static [u8], close: &'static [u8]| {
        memchr::memmem::find_iter(bytes, open).filter_map(move |at| {
            let rest = bytes.get(at + open.len()..)?;
            let end = memchr::memmem::find(rest, close)?;
            rest.get(..end)
        })
    };
    between(b"/Producer(", b")").chain(between(b"<pdf:Producer>", b"</pdf:Producer>"))
}

/// A file already at an export's target.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Existing {
    /// The file.
    pub path: PathBuf,
    /// Whether it is the workbook's own earlier export of the same kind, unchanged.
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

/// A file an export replaced, and where it is kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kept {
    /// The export's target, where the replaced file was.
    pub path: PathBuf,
    /// Where the replaced file is now.
    pub backup: PathBuf,
}

/// Writes several exports of one assessment (`source`): see [`write_protecting`].
pub fn write_all(
    exports: &[(PathBuf, Vec<u8>, ExportKind)],
    source: Option<&Path>,
    replace: Replace<'_>,
) -> Result<(), Error> {
    let inputs: Vec<&Path> = source.into_iter().collect();
    write_protecting(exports, &inputs, replace).map(drop)
}

/// Writes several exports made from `inputs` (the assessment, a baseline): every target and
/// every backup is checked first and each backup named, then every file is written in full
/// beside its target, then every file it replaces is kept (see the module's notes), and only
/// then are the new files put in place. A failure before that leaves no new file. Returns the
/// files replaced and where each is kept.
pub fn write_protecting(
    exports: &[(PathBuf, Vec<u8>, ExportKind)],
    inputs: &[&Path],
    replace: Replace<'_>,
) -> Result<Vec<Kept>, Error> {
    let targets: Vec<(PathBuf, ExportKind)> = exports
        .iter()
        .map(|(path, _, kind)| (path.clone(), *kind))
        .collect();
    let backups = plan(&targets, inputs, replace)?;
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
    let mut kept = Vec::new();
    for ((file, backup), (path, _, _)) in staged.iter().zip(&backups).zip(exports) {
        // Gone since it was checked: nothing to keep.
        let Some(backup) = backup.as_ref().filter(|_| file.target().exists()) else {
            continue;
        };
        file.keep_backup(Backup::At(backup.clone()))
            .map_err(|cause| Error::NotExported {
                path: backup.clone(),
                cause,
            })?;
        kept.push(Kept {
            path: path.clone(),
            backup: backup.clone(),
        });
    }
    let mut written = Vec::with_capacity(staged.len());
    let mut staged = staged.into_iter().zip(exports);
    while let Some((file, (path, _, _))) = staged.next() {
        if let Err(cause) = file.put() {
            return Err(Error::ExportedInPart {
                written,
                path: path.clone(),
                not_written: staged.map(|(_, (path, _, _))| path.clone()).collect(),
                cause,
            });
        }
        written.push(path.clone());
    }
    Ok(kept)
}

/// Whether every export may be written where it is going: called before anything is made, so
/// a report is not rendered only to be refused (the writes check again).
pub fn check_all(
    targets: &[(PathBuf, ExportKind)],
    source: Option<&Path>,
    replace: Replace<'_>,
) -> Result<(), Error> {
    let inputs: Vec<&Path> = source.into_iter().collect();
    plan(targets, &inputs, replace).map(drop)
}

/// Checks every target (see [`check_all`]) and names the backup of each file already at one:
/// for each target, in order, where the file there goes, or `None` when nothing is there.
pub fn plan(
    targets: &[(PathBuf, ExportKind)],
    inputs: &[&Path],
    replace: Replace<'_>,
) -> Result<Vec<Option<PathBuf>>, Error> {
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
                kind: *kind,
            });
        }
        if targets
            .iter()
            .skip(index + 1)
            .any(|(other, _)| same_place(other, path))
        {
            return Err(Error::Write {
                path: path.clone(),
                cause: Refusal::SameTarget.into_io(),
            });
        }
        check(path, inputs)?;
    }
    let refused: Vec<Existing> = existing(targets)
        .into_iter()
        .filter(|existing| !replace.allows(existing))
        .collect();
    if !refused.is_empty() {
        return Err(Error::WouldReplace { files: refused });
    }
    let mut backups: Vec<Option<PathBuf>> = Vec::with_capacity(targets.len());
    for (path, kind) in targets {
        if !path.exists() {
            backups.push(None);
            continue;
        }
        // Never an input, another target or another target's backup; and only over nothing,
        // or over an unchanged export of the same kind.
        let taken = |candidate: &Path| {
            inputs.iter().any(|input| same_place(candidate, input))
                || targets
                    .iter()
                    .any(|(other, _)| same_place(candidate, other))
                || backups
                    .iter()
                    .flatten()
                    .any(|other| same_place(candidate, other))
        };
        let backup = atomic::choose_backup(path, |candidate| {
            !taken(candidate)
                && (atomic::is_absent(candidate)
                    || (atomic::is_plain_file(candidate) && kind.is_own(candidate)))
        })
        .map_err(|cause| Error::Write {
            path: path.clone(),
            cause,
        })?;
        backups.push(Some(backup));
    }
    Ok(backups)
}

/// Whether anything at all may be written at `path`: not an input (the assessment, a
/// baseline), and not over a folder, device, pipe or socket.
fn check(path: &Path, inputs: &[&Path]) -> Result<(), Error> {
    let refuse = |why: Refusal| Error::Write {
        path: path.to_owned(),
        cause: why.into_io(),
    };
    if inputs.iter().any(|input| same_file(path, input)) {
        return Err(refuse(Refusal::ExportOverInput));
    }
    super::not_regular_at(path).map_or(Ok(()), |why| Err(refuse(why)))
}

/// Whether two paths are the same place: the same file if both exist; else the same name in
/// the same folder (by the folder's identity).
fn same_place(a: &Path, b: &Path) -> bool {
    let folder = |path: &Path| match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    };
    same_file(a, b)
        || (a.file_name().is_some()
            && a.file_name() == b.file_name()
            && same_file(&folder(a), &folder(b)))
}

/// Whether two paths name the same file (device and inode, or the Windows file index; both
/// must exist to be the same).
pub fn same_file(a: &Path, b: &Path) -> bool {
    let (Ok(first), Ok(second)) = (fs::metadata(a), fs::metadata(b)) else {
        return false;
    };
    let plain = |m: &fs::Metadata| m.is_file() || m.is_dir();
    if plain(&first) && plain(&second) {
        return same_file::is_same_file(a, b).unwrap_or(false);
    }
    // Asking opens the file, and opening a pipe waits for its other end: pipes, devices and
    // sockets are compared by what the folder entry says.
    same_special(&first, &second)
}

/// Whether two things that are not regular files are one (by device and inode); never on
/// systems without them.
#[cfg(unix)]
fn same_special(a: &fs::Metadata, b: &fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt as _;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
fn same_special(_: &fs::Metadata, _: &fs::Metadata) -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A table as the workbook's CSV writer makes one: the byte-order mark, every field
    /// quoted, CRLF after every row.
    const OURS: &str = "\u{FEFF}\"Name\",\"Note\"\r\n\"Ann\",\"says \"\"hi\"\", twice\"\r\n\"\",\"two\nlines\"\r\n";

    #[test]
    fn only_a_table_in_the_writers_own_shape_is_an_unchanged_export() {
        assert!(own_csv(OURS.as_bytes(), 2));
        assert!(!own_csv(OURS.as_bytes(), 3), "another table");
        let text = OURS.trim_start_matches('\u{FEFF}');
        let resaved = [
            // As a spreadsheet saves it: quotes only where needed.
            "\u{FEFF}Name,Note\r\nAnn,\"says \"\"hi\"\", twice\"\r\n,\"two\nlines\"\r\n".to_owned(),
            // Without the byte-order mark, or with other line ends.
            text.to_owned(),
            format!("\u{FEFF}{}", text.replace("\r\n", "\n")),
            // A row added with a cell too few, or a note after the table.
            format!("\u{FEFF}{text}\"Bob\"\r\n"),
            format!("\u{FEFF}{text}checked by Bob\r\n"),
            // Cut short.
            format!("\u{FEFF}{}", &text[..text.len() - 2]),
        ];
        for bytes in resaved {
            assert!(!own_csv(bytes.as_bytes(), 2), "{bytes:?}");
        }
    }
}
