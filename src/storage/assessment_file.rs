//! Assessment files (`NAME.civic.json`): loading with a clear error for every kind of bad input,
//! and saving pretty-printed in a stable order, atomically, with a backup.

use std::io::{self, Write};
use std::path::Path;

use super::format::{self, Header, Version};
use super::read::{expect_object, json_error, read_text, refuse_repeated_keys, text_from_bytes};
use super::{Error, atomic};
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
    expect_object("assessment", text, path)?;
    refuse_repeated_keys("assessment", text, path)?;
    let header = Header::parse(text).map_err(|err| json_error("assessment", path, &err))?;
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
    format::read(text, version).map_err(|err| json_error("assessment", path, &err))
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

/// Saves atomically, keeping the previous file as `NAME.bak`.
pub fn save(path: &Path, assessment: &Assessment) -> Result<(), Error> {
    atomic::write_atomic(path, |out| write(assessment, out)).map_err(|cause| Error::Write {
        path: path.to_owned(),
        cause,
    })
}

/// Saves a new file, refusing to replace an existing one unless `overwrite`.
pub fn create(
    path: &Path,
    assessment: &Assessment,
    overwrite: bool,
    framework: &Framework,
) -> Result<(), Error> {
    if let Some(why) = super::not_regular_at(path) {
        return Err(Error::Write {
            path: path.to_owned(),
            cause: std::io::Error::other(why),
        });
    }
    if path.exists() {
        if !overwrite {
            return Err(Error::AlreadyExists {
                path: path.to_owned(),
            });
        }
        // Even with --force, only an assessment (or an empty file) is replaced.
        if !is_replaceable(path, framework) {
            return Err(Error::Write {
                path: path.to_owned(),
                cause: std::io::Error::other(
                    "the file there is not an assessment, so it was left untouched",
                ),
            });
        }
    }
    save(path, assessment)
}

/// Whether the file at `path` is one the workbook may replace on save: missing, empty, or an
/// assessment it can read with `framework`.
pub fn is_replaceable(path: &Path, framework: &Framework) -> bool {
    !path.exists()
        || std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() == 0)
        || load(path, framework).is_ok()
}
