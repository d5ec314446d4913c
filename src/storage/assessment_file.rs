//! Assessment files (`NAME.civic.json`): loading with a clear error for every kind of bad input,
//! and saving pretty-printed in a stable order, atomically, with a backup.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::Error;
use super::atomic::{self, Backup};
use super::export_file::same_file;
use super::format::{self, Header, Version};
use super::read::{
    expect_object, json_error, json_error_with, read_text, refuse_repeated_keys, text_from_bytes,
};
use super::{Document, Refusal};
use crate::model::{Assessment, Framework};

/// The file name suffix of assessments.
pub const EXTENSION: &str = ".civic.json";

/// Loads an assessment of `framework` from `path`.
pub fn load(path: &Path, framework: &Framework) -> Result<Assessment, Error> {
    parse(&read_text(path)?, path, framework)
}

/// Parses an assessment from raw bytes; `path` names it in errors.
pub fn from_bytes(bytes: Vec<u8>, path: &Path, framework: &Framework) -> Result<Assessment, Error> {
    parse(&text_from_bytes(bytes, path)?, path, framework)
}

/// Parses an assessment. The header is read first, so a file from a newer format or for another
/// framework is refused as such rather than with whatever field it trips over; the rest is read
/// with the module of the file's own format version and upgraded (see [`super::format`]).
pub fn parse(text: &str, path: &Path, framework: &Framework) -> Result<Assessment, Error> {
    expect_object(Document::Assessment, text, path)?;
    refuse_repeated_keys(Document::Assessment, text, path)?;
    let header = Header::parse(text)
        .map_err(|err| json_error::<Header>(Document::Assessment, path, &err, text))?;
    let version = match header.version() {
        Version::Missing => {
            return Err(Error::NoFormatVersion {
                path: path.to_owned(),
            });
        }
        Version::Newer(found) => {
            return Err(Error::NewerFormat {
                path: path.to_owned(),
                found,
                supported: format::CURRENT,
            });
        }
        Version::Readable(version) => version,
    };
    if let Some(found) = header.framework_id().filter(|id| id != framework.id()) {
        return Err(Error::WrongFramework {
            path: path.to_owned(),
            found,
            expected: framework.id().to_owned(),
        });
    }
    format::read(text, version).map_err(|err| {
        json_error_with(Document::Assessment, path, &err, text, |text| {
            format::shape_of(text, version)
        })
    })
}

/// Writes `assessment` as pretty-printed JSON in the current format version.
pub fn write(assessment: &Assessment, out: &mut dyn Write) -> io::Result<()> {
    format::write(assessment, out)
}

/// The file content of `assessment`.
pub fn to_bytes(assessment: &Assessment) -> Vec<u8> {
    let mut bytes = Vec::new();
    // Writing to a Vec cannot fail for I/O reasons, and every field serializes.
    let _ = write(assessment, &mut bytes);
    bytes
}

/// Saves atomically, keeping the previous file as a backup (see [`backup_for`]).
pub fn save(path: &Path, assessment: &Assessment) -> Result<(), Error> {
    save_keeping(path, assessment, &[]).map(drop)
}

/// Saves atomically, keeping the previous file (if any) as a backup that is none of `inputs`;
/// returns where the previous file is kept.
fn save_keeping(
    path: &Path,
    assessment: &Assessment,
    inputs: &[&Path],
) -> Result<Option<PathBuf>, Error> {
    let failed = |cause| Error::Write {
        path: path.to_owned(),
        cause,
    };
    let staged = atomic::stage(path, |out| write(assessment, out)).map_err(failed)?;
    let target = staged.target().to_owned();
    let backup = backup_for(&target, inputs)?;
    let replaced = target.exists();
    staged.commit(Backup::At(backup.clone())).map_err(failed)?;
    Ok(replaced.then_some(backup))
}

/// Where the file at `path` is kept when a save replaces it: `NAME.bak` when nothing is there,
/// or an assessment or an empty file (an earlier backup); else, so that no other file is ever
/// replaced, the first of `NAME.1.bak`, `NAME.2.bak`, … that is free or holds an assessment.
/// Never one of `inputs` (the files the new one is made from), by any name.
pub fn backup_for(path: &Path, inputs: &[&Path]) -> Result<PathBuf, Error> {
    atomic::choose_backup(path, |candidate| {
        !inputs.iter().any(|input| same_file(candidate, input))
            && (atomic::is_absent(candidate)
                || (atomic::is_plain_file(candidate) && is_assessment_or_empty(candidate)))
    })
    .map_err(|cause| Error::Write {
        path: path.to_owned(),
        cause,
    })
}

/// Whether the file says it is an assessment (of any framework or format version), or is
/// empty: what a backup may replace.
fn is_assessment_or_empty(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.len() == 0)
        || read_text(path).is_ok_and(|text| {
            Header::parse(&text).is_ok_and(|header| header.version() != Version::Missing)
        })
}

/// Saves a file that must not exist yet, in one step: of two people creating the same file at
/// once exactly one succeeds, and the other gets [`Error::AlreadyExists`].
pub fn create_new(path: &Path, assessment: &Assessment) -> Result<(), Error> {
    let staged =
        atomic::stage(path, |out| write(assessment, out)).map_err(|cause| Error::Write {
            path: path.to_owned(),
            cause,
        })?;
    staged.commit_new().map_err(|cause| {
        if cause.kind() == io::ErrorKind::AlreadyExists {
            Error::AlreadyExists {
                path: path.to_owned(),
            }
        } else {
            Error::Write {
                path: path.to_owned(),
                cause,
            }
        }
    })
}

/// Saves a new file made from `inputs` (the files read to make it, which it never replaces,
/// nor keeps a backup over, under any name). Refuses to replace an existing file unless
/// `overwrite`, and then replaces only an assessment (or an empty file), keeping it as a backup;
/// returns where that is.
pub fn create(
    path: &Path,
    assessment: &Assessment,
    overwrite: bool,
    framework: &Framework,
    inputs: &[&Path],
) -> Result<Option<PathBuf>, Error> {
    let refuse = |why: Refusal| Error::Write {
        path: path.to_owned(),
        cause: why.into_io(),
    };
    if let Some(why) = super::not_regular_at(path) {
        return Err(refuse(why));
    }
    if inputs.iter().any(|input| same_file(path, input)) {
        return Err(refuse(Refusal::MadeFrom));
    }
    if !(overwrite && path.exists()) {
        return create_new(path, assessment).map(|()| None);
    }
    // Even with --force, only an assessment (or an empty file) is replaced.
    if !is_replaceable(path, framework) {
        return Err(refuse(Refusal::NotAnAssessment));
    }
    save_keeping(path, assessment, inputs)
}

/// Whether the file at `path` is one the workbook may replace on save: missing, empty, or an
/// assessment it can read with `framework`.
pub fn is_replaceable(path: &Path, framework: &Framework) -> bool {
    !path.exists()
        || std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() == 0)
        || load(path, framework).is_ok()
}
