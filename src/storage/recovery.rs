//! Crash recovery: a few seconds after the last edit the app writes the open assessment to a
//! recovery file in its own data folder (never over the user's file). After a crash the next
//! start finds it and offers to restore it; a save or a deliberate discard removes it.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::atomic::{Backup, write_atomic_with};
use super::{Error, assessment_file};
use crate::model::{Assessment, Framework};

/// When the next autosave is due: pure, so the timing rule is tested without a clock.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AutosavePolicy {
    /// Seconds of quiet after the last edit before the recovery file is written.
    pub delay_secs: f64,
}

impl Default for AutosavePolicy {
    fn default() -> Self {
        Self { delay_secs: 3.0 }
    }
}

impl AutosavePolicy {
    /// Seconds until the recovery file should be written: `None` when nothing needs writing
    /// (no unsaved edit since the last autosave), zero or less when it is due now.
    pub fn due_in(
        &self,
        now_secs: f64,
        last_edit_secs: Option<f64>,
        has_unsaved_edits: bool,
    ) -> Option<f64> {
        if !has_unsaved_edits {
            return None;
        }
        last_edit_secs.map(|last_edit| last_edit + self.delay_secs - now_secs)
    }
}

/// What is known of the file a recovered assessment belonged to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecoveryInfo {
    /// The user's file, or `None` for an assessment never saved.
    pub original: Option<PathBuf>,
}

/// A recovered assessment.
#[derive(Clone, Debug, PartialEq)]
pub struct Recovered {
    /// The assessment as last autosaved.
    pub assessment: Assessment,
    /// Where it came from.
    pub info: RecoveryInfo,
    /// When it was written, as the file system tells.
    pub written: Option<std::time::SystemTime>,
}

/// The recovery files in `dir`.
fn paths(dir: &Path) -> (PathBuf, PathBuf) {
    (
        dir.join("recovery.civic.json"),
        dir.join("recovery-info.json"),
    )
}

/// Writes the recovery file (and a note of the original file) into `dir`, creating it.
pub fn write(dir: &Path, assessment: &Assessment, info: &RecoveryInfo) -> Result<(), Error> {
    let (file, note) = paths(dir);
    let write_error = |path: &Path| {
        let path = path.to_owned();
        move |cause: io::Error| Error::Write { path, cause }
    };
    fs::create_dir_all(dir).map_err(write_error(dir))?;
    write_atomic_with(&note, Backup::Skip, |out| {
        serde_json::to_writer_pretty(&mut *out, info).map_err(io::Error::from)
    })
    .map_err(write_error(&note))?;
    write_atomic_with(&file, Backup::Skip, |out| {
        assessment_file::write(assessment, out)
    })
    .map_err(write_error(&file))
}

/// The recovered assessment in `dir`, if there is one. A recovery file that cannot be read is
/// reported, and left in place for the person to inspect.
pub fn read(dir: &Path, framework: &Framework) -> Result<Option<Recovered>, Error> {
    let (file, note) = paths(dir);
    if !file.exists() {
        return Ok(None);
    }
    let assessment = assessment_file::load(&file, framework)?;
    let info = fs::read(&note)
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or_default();
    let written = fs::metadata(&file).and_then(|m| m.modified()).ok();
    Ok(Some(Recovered {
        assessment,
        info,
        written,
    }))
}

/// Removes the recovery files from `dir`; missing files are fine.
pub fn discard(dir: &Path) -> Result<(), Error> {
    for path in <[PathBuf; 2]>::from(paths(dir)) {
        match fs::remove_file(&path) {
            Err(err) if err.kind() != io::ErrorKind::NotFound => {
                return Err(Error::Write { path, cause: err });
            }
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn autosave_waits_for_quiet_after_the_last_edit() {
        let policy = AutosavePolicy { delay_secs: 3.0 };
        assert_eq!(policy.due_in(10.0, Some(9.0), true), Some(2.0));
        assert_eq!(policy.due_in(12.0, Some(9.0), true), Some(0.0));
        assert!(
            policy
                .due_in(15.0, Some(9.0), true)
                .is_some_and(|s| s < 0.0)
        );
        assert_eq!(policy.due_in(15.0, Some(9.0), false), None);
        assert_eq!(policy.due_in(15.0, None, true), None);
    }
}
