//! Crash recovery: a few seconds after the last edit the app writes the open assessment to a
//! recovery file in its own data folder (never over the user's file), in a slot of its own.
//! After a crash the next start finds the slot no running app holds and offers to restore it;
//! a save or a deliberate discard removes it.

use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::atomic::{Backup, write_atomic_with};
use super::on_disk::OnDisk;
use super::{Error, assessment_file};
use crate::model::{Assessment, Framework};

/// What is known of the file a recovered assessment belonged to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecoveryInfo {
    /// The user's file, or `None` for an assessment never saved.
    pub original: Option<PathBuf>,
    /// The text of the user's file when the work was opened from it or last saved to it: the
    /// base a save of the restored work merges against. Absent in notes written before autosaves
    /// kept it, which still read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<String>,
}

/// A recovered assessment.
#[derive(Clone, Debug, PartialEq)]
pub struct Recovered {
    /// The slot it was autosaved in, to remove once restored or discarded.
    pub id: String,
    /// The assessment as last autosaved.
    pub assessment: Assessment,
    /// Where it came from.
    pub info: RecoveryInfo,
    /// When it was written, as the file system tells.
    pub written: Option<std::time::SystemTime>,
    /// What the user's file held when the work was opened from it ([`RecoveryInfo::base`]
    /// read), if the note kept it and it still reads.
    pub base: Option<OnDisk>,
}

const PREFIX: &str = "recovery-";

/// The files of slot `id` in `dir`: the assessment, the note of its origin, and the lock its
/// running app holds.
fn paths(dir: &Path, id: &str) -> [PathBuf; 3] {
    [
        dir.join(format!("{PREFIX}{id}.civic.json")),
        dir.join(format!("{PREFIX}{id}.json")),
        dir.join(format!("{PREFIX}{id}.lock")),
    ]
}

/// This app's own autosave files. Each running app has its own slot and holds a lock on it, so
/// two windows never share (or offer each other) their recovery files, and a slot whose lock
/// is free belongs to an app that ended without cleaning up: a crash.
#[derive(Debug)]
pub struct Slot {
    dir: PathBuf,
    id: String,
    /// Held for the life of the app; the operating system releases it if the app dies.
    _lock: File,
}

impl Slot {
    /// Creates and locks a new slot in `dir`.
    pub fn claim(dir: &Path) -> Result<Self, Error> {
        let write_error = |path: &Path| {
            let path = path.to_owned();
            move |cause: io::Error| Error::Write { path, cause }
        };
        fs::create_dir_all(dir).map_err(write_error(dir))?;
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let id = format!("{}-{nanos}", std::process::id());
        let [_, _, lock_path] = paths(dir, &id);
        let lock = File::create(&lock_path).map_err(write_error(&lock_path))?;
        lock.try_lock().map_err(|err| Error::Write {
            path: lock_path.clone(),
            cause: io::Error::from(err),
        })?;
        Ok(Self {
            dir: dir.to_owned(),
            id,
            _lock: lock,
        })
    }

    /// Writes the recovery files (the note of the original file first).
    pub fn write(&self, assessment: &Assessment, info: &RecoveryInfo) -> Result<(), Error> {
        let [file, note, _] = paths(&self.dir, &self.id);
        let write_error = |path: &Path| {
            let path = path.to_owned();
            move |cause: io::Error| Error::Write { path, cause }
        };
        write_atomic_with(&note, Backup::Skip, |out| {
            serde_json::to_writer_pretty(&mut *out, info).map_err(io::Error::from)
        })
        .map_err(write_error(&note))?;
        write_atomic_with(&file, Backup::Skip, |out| {
            assessment_file::write(assessment, out)
        })
        .map_err(write_error(&file))
    }

    /// Removes this slot's recovery files (the work was saved or deliberately dropped); the
    /// lock stays while the app runs.
    pub fn discard(&self) -> Result<(), Error> {
        let [file, note, _] = paths(&self.dir, &self.id);
        remove_files(&[file, note])
    }

    /// The slot's id.
    pub fn id(&self) -> &str {
        &self.id
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        // The lock file goes once there is nothing left to recover.
        let [file, _, lock] = paths(&self.dir, &self.id);
        if !file.exists() {
            let _ = fs::remove_file(lock);
        }
    }
}

/// Removes the recovery files of the slot `id` of an app that is no longer running, lock
/// included; missing files are fine.
pub fn remove(dir: &Path, id: &str) -> Result<(), Error> {
    remove_files(&paths(dir, id))
}

fn remove_files(paths: &[PathBuf]) -> Result<(), Error> {
    for path in paths {
        match fs::remove_file(path) {
            Err(err) if err.kind() != io::ErrorKind::NotFound => {
                return Err(Error::Write {
                    path: path.clone(),
                    cause: err,
                });
            }
            _ => {}
        }
    }
    Ok(())
}

/// Assessments autosaved by apps that are no longer running, newest first. One that cannot be
/// read is reported, and left in place for the person to inspect.
pub fn orphans(dir: &Path, framework: &Framework) -> Vec<Result<Recovered, Error>> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut ids: Vec<String> = entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            name.strip_prefix(PREFIX)?
                .strip_suffix(".civic.json")
                .map(str::to_owned)
        })
        .collect();
    ids.sort();
    let mut found: Vec<Result<Recovered, Error>> = ids
        .into_iter()
        .filter(|id| !is_live(dir, id))
        .map(|id| read(dir, &id, framework))
        .collect();
    found.sort_by_key(|r| std::cmp::Reverse(r.as_ref().ok().and_then(|r| r.written)));
    found
}

/// Whether the app that owns slot `id` is still running (its lock is held).
fn is_live(dir: &Path, id: &str) -> bool {
    let [_, _, lock] = paths(dir, id);
    let Ok(file) = File::options().read(true).write(true).open(lock) else {
        return false;
    };
    matches!(file.try_lock(), Err(std::fs::TryLockError::WouldBlock))
}

fn read(dir: &Path, id: &str, framework: &Framework) -> Result<Recovered, Error> {
    let [file, note, _] = paths(dir, id);
    let assessment = assessment_file::load(&file, framework)?;
    let info = fs::read(&note)
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or_default();
    let written = fs::metadata(&file).and_then(|m| m.modified()).ok();
    let info: RecoveryInfo = info;
    let base = info.base.clone().and_then(|text| {
        let named = info.original.clone().unwrap_or_else(|| note.clone());
        OnDisk::parse(text, &named, framework).ok()
    });
    Ok(Recovered {
        id: id.to_owned(),
        assessment,
        info,
        written,
        base,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_claimed_slot_is_live_until_dropped() {
        let dir = std::env::temp_dir().join(format!("civic-slot-test-{}", std::process::id()));
        let slot = Slot::claim(&dir).unwrap();
        assert!(is_live(&dir, slot.id()), "held by this app");
        let id = slot.id().to_owned();
        drop(slot);
        assert!(!is_live(&dir, &id));
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_recovery_note_keeps_the_base_and_old_notes_still_read() {
        use crate::model::testing::{assessment_with, framework};
        let fw = framework(&[2]);
        let dir = tempfile::tempdir().unwrap();
        let base = OnDisk::of(&assessment_with(&fw, &[("d0.q0", Some(2), 0)]));
        let work = assessment_with(&fw, &[("d0.q0", Some(2), 0), ("d0.q1", Some(5), 0)]);
        let slot = Slot::claim(dir.path()).unwrap();
        let info = RecoveryInfo {
            original: Some(dir.path().join("ours.civic.json")),
            base: Some(base.text.clone()),
        };
        slot.write(&work, &info).unwrap();
        let id = slot.id().to_owned();
        // The app ends without saving: its lock goes, its work stays.
        drop(slot);
        let [_, note, _] = paths(dir.path(), &id);
        let found = orphans(dir.path(), &fw);
        let recovered = found.first().unwrap().as_ref().unwrap();
        assert_eq!(recovered.assessment, work);
        assert_eq!(recovered.base.as_ref(), Some(&base));
        // A note written before autosaves kept the base.
        fs::write(&note, r#"{"original": "/data/ours.civic.json"}"#).unwrap();
        let found = orphans(dir.path(), &fw);
        let recovered = found.first().unwrap().as_ref().unwrap();
        assert_eq!(
            recovered.info.original.as_deref(),
            Some(Path::new("/data/ours.civic.json"))
        );
        assert_eq!(recovered.base, None);
    }
}
