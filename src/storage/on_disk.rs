//! What an assessment file held when it was last read or written here, and whether it has
//! changed since: by content, never by modified time or size (some drives keep the time, a sync
//! tool or a virus scanner touches a file without changing it). It is also the merge base.

use std::io;
use std::path::Path;

use super::read::read_text;
use super::{Error, Refusal, assessment_file, atomic};
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
    Unreadable(Unreadable),
}

/// Why a file cannot be read as an assessment: the error, shared (a [`Check`] is cloned).
#[derive(Clone, Debug)]
pub struct Unreadable(pub std::sync::Arc<Error>);

impl Unreadable {
    /// The error.
    pub fn error(&self) -> &Error {
        &self.0
    }
}

/// Two reasons are the same when they are the same error with the same facts.
impl PartialEq for Unreadable {
    fn eq(&self, other: &Self) -> bool {
        std::sync::Arc::ptr_eq(&self.0, &other.0)
            || format!("{:?}", self.0) == format!("{:?}", other.0)
    }
}

impl Eq for Unreadable {}

/// Compares the file at `path` with `base`, what it held when read or written here.
pub fn check(path: &Path, base: &OnDisk, framework: &Framework) -> Check {
    let text = match read_text(path) {
        Ok(text) => text,
        Err(Error::NotFound { .. }) => return Check::Gone,
        Err(err) => return Check::Unreadable(Unreadable(std::sync::Arc::new(err))),
    };
    // The usual case, a touched or untouched file, needs no parsing.
    if text == base.text {
        return Check::Same;
    }
    match OnDisk::parse(text, path, framework) {
        Ok(now) if now.same_content(base) => Check::Same,
        Ok(now) => Check::Changed(Box::new(now)),
        Err(err) => Check::Unreadable(Unreadable(std::sync::Arc::new(err))),
    }
}

/// Why [`save_checked`] wrote nothing; the file there is untouched.
#[derive(Debug)]
pub enum SaveError {
    /// Someone else changed the file since `base`: merge, then save again.
    Changed {
        /// The file.
        path: std::path::PathBuf,
        /// What it holds now.
        theirs: Box<OnDisk>,
    },
    /// Writing failed, or the file there cannot be read to check it.
    Storage(Error),
}

impl From<Error> for SaveError {
    fn from(err: Error) -> Self {
        Self::Storage(err)
    }
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Changed { path, .. } => f.write_str(&crate::tr!(
                "storage-error-at",
                cause = crate::tr!("storage-error-changed"),
                path = crate::model::text::escaped_path(path)
            )),
            Self::Storage(err) => err.fmt(f),
        }
    }
}

impl std::error::Error for SaveError {}

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
                Err(Refusal::Changed.into_io())
            }
            Check::Unreadable(why) => Err(Refusal::Unreadable(why.0).into_io()),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::{assessment_with, framework};

    fn saved(dir: &Path, phase: u8) -> (std::path::PathBuf, OnDisk, Framework) {
        let fw = framework(&[2]);
        let path = dir.join("ours.civic.json");
        let a = assessment_with(&fw, &[("d0.q0", Some(phase), 0)]);
        let written = save_checked(&path, &a, None, &fw).unwrap();
        (path, written, fw)
    }

    #[test]
    fn a_file_is_changed_only_when_its_content_is() {
        let dir = tempfile::tempdir().unwrap();
        let (path, base, fw) = saved(dir.path(), 2);
        assert_eq!(check(&path, &base, &fw), Check::Same);
        // Touched: the same bytes, a new time.
        let file = std::fs::File::options().write(true).open(&path).unwrap();
        let later = std::time::SystemTime::now() + std::time::Duration::from_mins(1);
        file.set_modified(later).unwrap();
        drop(file);
        assert_eq!(check(&path, &base, &fw), Check::Same);
        // Saved again unchanged by another app: only the save time differs.
        let mut again = base.assessment.clone();
        again.modified = Some(time::macros::datetime!(2030-01-01 0:00 UTC));
        std::fs::write(&path, OnDisk::of(&again).text).unwrap();
        assert_eq!(check(&path, &base, &fw), Check::Same);
        // A real change.
        let (_, theirs, _) = saved(dir.path(), 5);
        assert_eq!(
            check(&path, &base, &fw),
            Check::Changed(Box::new(theirs.clone()))
        );
        std::fs::write(&path, "{ cut off").unwrap();
        assert!(matches!(check(&path, &base, &fw), Check::Unreadable(_)));
        std::fs::remove_file(&path).unwrap();
        assert_eq!(check(&path, &base, &fw), Check::Gone);
    }

    #[test]
    fn a_checked_save_writes_nothing_over_a_change() {
        let dir = tempfile::tempdir().unwrap();
        let (path, base, fw) = saved(dir.path(), 2);
        let (_, theirs, _) = saved(dir.path(), 5);
        let mine = assessment_with(&fw, &[("d0.q0", Some(3), 0)]);
        let refused = save_checked(&path, &mine, Some(&base), &fw);
        assert!(
            matches!(&refused, Err(SaveError::Changed { theirs: now, .. }) if **now == theirs),
            "{refused:?}"
        );
        assert_eq!(std::fs::read_to_string(&path).unwrap(), theirs.text);
        // Against the new base it saves, and says what the file now holds.
        let written = save_checked(&path, &mine, Some(&theirs), &fw).unwrap();
        assert_eq!(written.assessment, mine);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), written.text);
    }
}
