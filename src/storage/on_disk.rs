//! What an assessment file held when it was last read or written here, and whether it has
//! changed since: by content, never by modified time or size (some drives keep the time, a sync
//! tool or a virus scanner touches a file without changing it). It is also the merge base.

use std::io;
use std::path::Path;

use super::read::read_text;
use super::{Error, assessment_file, atomic};
use crate::model::{Assessment, Framework};

/// An assessment file's content as read or written here: its text and what it reads as.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OnDisk {
    /// The file's text (a leading byte-order mark left out).
    pub text: String,
    /// The assessment it holds.
    pub assessment: Assessment,
}

impl OnDisk {
    /// The content this workbook writes for `assessment`.
    pub fn of(assessment: &Assessment) -> Self {
        let bytes = assessment_file::to_bytes(assessment);
        Self {
            // The writer only writes UTF-8.
            text: String::from_utf8_lossy(&bytes).into_owned(),
            assessment: assessment.clone(),
        }
    }

    /// Reads the file at `path`.
    pub fn read(path: &Path, framework: &Framework) -> Result<Self, Error> {
        let text = read_text(path)?;
        let assessment = assessment_file::parse(&text, path, framework)?;
        Ok(Self { text, assessment })
    }

    /// Parses `text` as the content of the file at `path` (which names it in errors).
    pub fn parse(text: String, path: &Path, framework: &Framework) -> Result<Self, Error> {
        let assessment = assessment_file::parse(&text, path, framework)?;
        Ok(Self { text, assessment })
    }

    /// Whether `other` holds the same assessment: the same text, or text that reads the same
    /// apart from when it was last saved (a save of identical content).
    pub fn same_content(&self, other: &Self) -> bool {
        self.text == other.text || same_apart_from_modified(&self.assessment, &other.assessment)
    }
}

/// Whether two assessments are equal once their "last saved" times are set aside.
fn same_apart_from_modified(a: &Assessment, b: &Assessment) -> bool {
    if a.modified == b.modified {
        return a == b;
    }
    let mut b = b.clone();
    b.modified = a.modified;
    *a == b
}

/// What the file at a path holds now, compared with what it held when read or written here.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Check {
    /// The same content (perhaps touched, or saved again unchanged).
    Same,
    /// Someone else changed it: this is what it holds now.
    Changed(Box<OnDisk>),
    /// There is no file there any more: a save puts it back.
    Gone,
    /// It cannot be read as an assessment (half written by another program, or a newer
    /// format): it is never overwritten, and nothing is merged from it.
    Unreadable(String),
}

/// Compares the file at `path` with `base`, what it held when read or written here.
pub fn check(path: &Path, base: &OnDisk, framework: &Framework) -> Check {
    let text = match read_text(path) {
        Ok(text) => text,
        Err(Error::NotFound { .. }) => return Check::Gone,
        Err(err) => return Check::Unreadable(err.for_people()),
    };
    // The usual case, a touched or untouched file, needs no parsing.
    if text == base.text {
        return Check::Same;
    }
    match OnDisk::parse(text, path, framework) {
        Ok(now) if now.same_content(base) => Check::Same,
        Ok(now) => Check::Changed(Box::new(now)),
        Err(err) => Check::Unreadable(err.for_people()),
    }
}

/// Why [`save_checked`] wrote nothing; the file there is untouched.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// Someone else changed the file since `base`: merge, then save again.
    #[error("the file changed on disk since it was opened here: {}", path.display())]
    Changed {
        /// The file.
        path: std::path::PathBuf,
        /// What it holds now.
        theirs: Box<OnDisk>,
    },
    /// Writing failed, or the file there cannot be read to check it.
    #[error(transparent)]
    Storage(#[from] Error),
}

/// Saves `assessment` to `path` atomically with a backup; with a `base`, only if the file
/// there still holds it, checked just before the new file takes its place. Returns what the
/// file now holds, the next base.
pub fn save_checked(
    path: &Path,
    assessment: &Assessment,
    base: Option<&OnDisk>,
    framework: &Framework,
) -> Result<OnDisk, SaveError> {
    let written = OnDisk::of(assessment);
    let write_error = |cause: io::Error| Error::Write {
        path: path.to_owned(),
        cause,
    };
    let staged =
        atomic::stage(path, |out| out.write_all(written.text.as_bytes())).map_err(write_error)?;
    let mut theirs = None;
    let result = staged.commit_checked(atomic::Backup::Keep, |target| match base {
        None => Ok(()),
        Some(base) => match check(target, base, framework) {
            Check::Same | Check::Gone => Ok(()),
            Check::Changed(now) => {
                theirs = Some(now);
                Err(io::Error::other("the file changed on disk"))
            }
            Check::Unreadable(why) => Err(io::Error::other(why)),
        },
    });
    match (result, theirs) {
        (_, Some(theirs)) => Err(SaveError::Changed {
            path: path.to_owned(),
            theirs,
        }),
        (Ok(()), None) => Ok(written),
        (Err(cause), None) => Err(write_error(cause).into()),
    }
}

