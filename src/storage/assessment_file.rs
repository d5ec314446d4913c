//! Assessment files (`NAME.civic.json`): loading with a clear error for every kind of bad input,
//! and saving pretty-printed in a stable order, atomically, with a backup.

use std::io::{self, Write};
use std::path::Path;

use serde::Deserialize;
use serde::de::IgnoredAny;

use super::read::{expect_object, json_error, read_text, refuse_repeated_keys, text_from_bytes};
use super::{Error, atomic};
use crate::model::assessment::FORMAT_VERSION;
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

/// Only what is needed to decide whether the rest can be read.
/// Every other field is skipped, whatever its shape.
#[derive(Deserialize)]
#[serde(expecting = "an assessment (a JSON object)")]
struct Header {
    format_version: Option<IgnoredAnyOr<u64>>,
    framework: Option<IgnoredAnyOr<HeaderFramework>>,
}

#[derive(Deserialize)]
struct HeaderFramework {
    id: Option<IgnoredAnyOr<String>>,
}

/// A value of the expected type, or anything else (left for the full parse to report).
#[derive(Deserialize)]
#[serde(untagged)]
enum IgnoredAnyOr<T> {
    Value(T),
    Other(IgnoredAny),
}

impl<T> IgnoredAnyOr<T> {
    fn value(self) -> Option<T> {
        match self {
            Self::Value(value) => Some(value),
            Self::Other(_) => None,
        }
    }
}

/// Parses an assessment. The header is read first, so a file from a newer format or for another
/// framework is refused as such rather than with whatever field it trips over.
pub fn parse(text: &str, path: &Path, framework: &Framework) -> Result<Assessment, Error> {
    expect_object("assessment", text, path)?;
    refuse_repeated_keys("assessment", text, path)?;
    let header: Header =
        serde_json::from_str(text).map_err(|err| json_error("assessment", path, &err))?;
    let Some(version) = header.format_version else {
        return Err(Error::NoFormatVersion {
            path: path.to_owned(),
        });
    };
    if let Some(found) = version.value().filter(|&v| v > u64::from(FORMAT_VERSION)) {
        return Err(Error::NewerFormat {
            path: path.to_owned(),
            found,
            supported: FORMAT_VERSION,
        });
    }
    if let Some(found) = header
        .framework
        .and_then(IgnoredAnyOr::value)
        .and_then(|f| f.id)
        .and_then(IgnoredAnyOr::value)
        .filter(|id| id != &framework.id)
    {
        return Err(Error::WrongFramework {
            path: path.to_owned(),
            found,
            expected: framework.id.clone(),
        });
    }
    serde_json::from_str(text).map_err(|err| json_error("assessment", path, &err))
}

/// Writes `assessment` as pretty-printed JSON, in the oldest format version that holds it.
pub fn write(assessment: &Assessment, out: &mut dyn Write) -> io::Result<()> {
    let mut current = std::borrow::Cow::Borrowed(assessment);
    let version = assessment.needed_format_version();
    if assessment.format_version != version {
        current.to_mut().format_version = version;
    }
    serde_json::to_writer_pretty(&mut *out, current.as_ref()).map_err(io::Error::from)?;
    out.write_all(b"\n")
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

/// What a file looked like on disk (modified time and size), to notice when someone else
/// changed it.
pub type Stamp = (std::time::SystemTime, u64);

/// The file's stamp, if it exists.
pub fn stamp(path: &Path) -> Option<Stamp> {
    let metadata = std::fs::metadata(path).ok()?;
    Some((metadata.modified().ok()?, metadata.len()))
}

/// Whether the file at `path` is one the workbook may replace on save: missing, empty, or an
/// assessment it can read with `framework`.
pub fn is_replaceable(path: &Path, framework: &Framework) -> bool {
    !path.exists()
        || std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() == 0)
        || load(path, framework).is_ok()
}
