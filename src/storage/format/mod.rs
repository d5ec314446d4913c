//! The assessment file format, kept apart from the model so files written years ago still mean
//! what they meant. One module per format version, each frozen once a newer one exists, and a
//! chain of upgrades from each to the next: a file is read with the module of its own version,
//! upgraded step by step to the current one, and only then turned into the model. Files are
//! always written in the current version.
//!
//! | Version | Adds |
//! |---|---|
//! | 1 | one working group's phases, narratives, evidence, ambitions and actions |
//! | 2 | group assessments: assessors' phases, the rationale, who added each item |
//! | 3 | a stable id for each piece of evidence and each action |
//!
//! Golden files of every version are kept in `tests/golden`, each read by the tests.

mod shared;
mod v1;
mod v2;
mod v3;

use serde::Deserialize;
use serde::de::IgnoredAny;

use crate::model::Assessment;

/// The newest format version this build reads, and the one it writes.
pub const CURRENT: u32 = v3::VERSION;

/// Only what is needed to decide how to read the rest. Every other field is skipped, whatever
/// its shape.
#[derive(Deserialize)]
pub struct Header {
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

/// What a file's header says of its format version.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Version {
    /// No `format_version` at all: not an assessment.
    Missing,
    /// A version this build reads, or a value that is not a version (the full read names it).
    Readable(Option<u64>),
    /// A version newer than [`CURRENT`].
    Newer(u64),
}

impl Header {
    /// Reads the header of `text`.
    pub fn parse(text: &str) -> Result<Self, serde_json::Error> {
        serde_json::from_str(text)
    }

    /// The file's format version.
    pub fn version(&self) -> Version {
        match &self.format_version {
            None => Version::Missing,
            Some(IgnoredAnyOr::Value(v)) if *v > u64::from(CURRENT) => Version::Newer(*v),
            Some(IgnoredAnyOr::Value(v)) => Version::Readable(Some(*v)),
            Some(IgnoredAnyOr::Other(_)) => Version::Readable(None),
        }
    }

    /// The framework id the file names, if it names one as text.
    pub fn framework_id(self) -> Option<String> {
        self.framework
            .and_then(IgnoredAnyOr::value)
            .and_then(|f| f.id)
            .and_then(IgnoredAnyOr::value)
    }
}

/// Reads a file of format `version` (from its header) and upgrades it to the model. A value
/// that is no version at all is read as the current version, whose reader names the problem at
/// its line.
pub fn read(text: &str, version: Option<u64>) -> Result<Assessment, serde_json::Error> {
    let current: v3::File = match version {
        Some(1) => v2::File::from(serde_json::from_str::<v1::File>(text)?).into(),
        Some(2) => serde_json::from_str::<v2::File>(text)?.into(),
        _ => serde_json::from_str(text)?,
    };
    Ok(current.into_model())
}

/// What is wrong with the data of a file of format `version` that [`read`] refused (see
/// [`super::shape`]).
pub(crate) fn shape_of(text: &str, version: Option<u64>) -> Option<super::JsonDetail> {
    match version {
        Some(1) => super::shape::shape_of::<v1::File>(text),
        Some(2) => super::shape::shape_of::<v2::File>(text),
        _ => super::shape::shape_of::<v3::File>(text),
    }
}

/// Writes `assessment` in the current format, pretty-printed with a stable key order. Items
/// without an id are given one first.
pub fn write(assessment: &Assessment, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let file = if assessment.lacks_ids() {
        let mut settled = assessment.clone();
        settled.assign_missing_ids();
        v3::File::from_model(&settled)
    } else {
        v3::File::from_model(assessment)
    };
    serde_json::to_writer_pretty(&mut *out, &file).map_err(std::io::Error::from)?;
    out.write_all(b"\n")
}
