//! Atomic saves: the new content goes to a temporary file in the target's folder, is flushed to
//! disk, and only then renamed over the target. The previous version is kept beside it as
//! `NAME.bak`. A crash or a failed write at any moment leaves either the old file or the new one,
//! never a mix. The one exception is [`write_atomic_advisory`], for notes that only say
//! something now: it is not flushed to disk.
//!
//! A save is two steps, [`stage`] and [`Staged::commit`], so that several files (an export's PDF,
//! CSV and Markdown) can all be written in full before any of them replaces anything.
//! [`Staged::commit_new`] creates a file that must not exist: the rename itself refuses to
//! replace one (`renameat2(RENAME_NOREPLACE)` on Linux, `MoveFileExW` without
//! `MOVEFILE_REPLACE_EXISTING` on Windows), so of two people creating the same file at once
//! exactly one succeeds, and the other is told the file is already there.
//!
//! The backup of a file the workbook did not write is never replaced: callers choose the
//! backup's name with [`choose_backup`] (`NAME.bak`, or `NAME.1.bak`, `NAME.2.bak`, … when
//! `NAME.bak` holds something else) and pass it as [`Backup::At`].
//!
//! Temporary names are short whatever the target's name (`.NAME~HASH.RANDOM.tmp`, with `NAME`
//! cut to 24 bytes), so a file whose own name is near the file system's limit still
//! saves; and a save removes the temporary files that earlier saves of the same file left when
//! they were killed (only that pattern, only beside that file, only once [`STALE_AFTER`] old).

use std::ffi::{OsStr, OsString};
use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use tempfile::NamedTempFile;

/// The longest file name most file systems allow, in bytes.
const MAX_NAME_BYTES: usize = 255;
/// How much of the target's name a temporary name repeats, in bytes, so people can tell whose
/// it is.
const NAME_IN_TEMP: usize = 24;
/// A temporary file of ours this old is left from a save that was killed: no save takes
/// minutes.
pub const STALE_AFTER: Duration = Duration::from_mins(10);

/// The backup kept beside `path`: `NAME.bak`, with `NAME` shortened (at a character boundary)
/// when the whole would be longer than a file name may be.
pub fn backup_path(path: &Path) -> PathBuf {
    numbered_backup_path(path, 0)
}

/// The `number`th backup name of `path`: `NAME.bak` for 0, else `NAME.NUMBER.bak`, shortened
/// as [`backup_path`] is.
fn numbered_backup_path(path: &Path, number: u32) -> PathBuf {
    let end = if number == 0 {
        ".bak".to_owned()
    } else {
        format!(".{number}.bak")
    };
    let name = path.file_name().unwrap_or_default();
    let mut name = shortened(name, MAX_NAME_BYTES - end.len());
    name.push(end);
    path.with_file_name(name)
}

/// How many numbered backup names [`choose_backup`] tries before giving up.
const MAX_BACKUPS: u32 = 1000;

/// The backup name for `path`: the first of `NAME.bak`, `NAME.1.bak`, `NAME.2.bak`, … that
/// `usable` accepts. `usable` is given each name in turn and says whether the file there (if
/// any) may be replaced by the backup; see [`is_absent`]. Fails when none of the first thousand
/// is usable.
pub fn choose_backup(path: &Path, mut usable: impl FnMut(&Path) -> bool) -> io::Result<PathBuf> {
    (0..MAX_BACKUPS)
        .map(|number| numbered_backup_path(path, number))
        .find(|candidate| usable(candidate))
        .ok_or_else(|| super::Refusal::NoBackupName { tries: MAX_BACKUPS }.into_io())
}

/// Whether nothing at all is at `path`, not even a broken symbolic link.
pub fn is_absent(path: &Path) -> bool {
    fs::symlink_metadata(path).is_err_and(|err| err.kind() == io::ErrorKind::NotFound)
}

/// Whether `path` is a regular file itself (not a symbolic link, folder, device, pipe or
/// socket): the only kind of thing a backup may replace.
pub fn is_plain_file(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_file())
}

/// `name` cut to at most `limit` bytes at a character boundary; a name that is not Unicode
/// (possible on Unix) is cut as text with its odd bytes replaced.
pub(crate) fn shortened(name: &OsStr, limit: usize) -> OsString {
    if name.len() <= limit {
        return name.to_owned();
    }
    let text = name.to_string_lossy();
    let mut end = limit.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    OsString::from(text.get(..end).unwrap_or_default())
}

/// The start of every temporary name for the target called `name`: `.`, the name's first
/// bytes, `~`, and a hash of the whole name (so two long names that start alike differ).
fn temp_prefix(name: &OsStr) -> OsString {
    let mut prefix = OsString::from(".");
    prefix.push(shortened(name, NAME_IN_TEMP));
    prefix.push(format!("~{:08x}.", fnv1a(name.as_encoded_bytes())));
    prefix
}

/// The 32-bit FNV-1a hash: small, and the same in every build, so a later version of the
/// program still recognises an earlier one's temporary files.
pub(crate) fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |hash, &byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    })
}

/// The end of every temporary name.
const TEMP_SUFFIX: &str = ".tmp";

/// Whether and where a save keeps the previous version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Backup {
    /// Keep the previous version as [`backup_path`], replacing whatever is there: only for
    /// callers that know what that is (tests, files of the app's own).
    Keep,
    /// Keep the previous version here (a name from [`choose_backup`]).
    At(PathBuf),
    /// Do not (the app's own scratch files, such as the recovery file).
    Skip,
}

/// A step of a save, at which [`write_atomic_failing_at`] makes it fail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Creating the temporary file.
    Create,
    /// Writing the content.
    Write,
    /// Flushing the buffered content to the file.
    Flush,
    /// Asking the disk to hold it (fsync).
    Sync,
    /// Keeping the previous version as `NAME.bak`.
    Backup,
    /// Renaming the temporary file over the target.
    Rename,
}

impl Step {
    /// Every step, in the order a save takes them.
    pub const ALL: [Self; 6] = [
        Self::Create,
        Self::Write,
        Self::Flush,
        Self::Sync,
        Self::Backup,
        Self::Rename,
    ];
}

/// What may fail a step: nothing, in real saves.
type Fault<'a> = &'a dyn Fn(Step) -> io::Result<()>;

/// Nothing fails: the [`Fault`] of every real save.
const NO_FAULT: Fault<'static> = &|_| Ok(());

/// Writes `path` atomically with whatever `write` produces, keeping the previous version (if
/// any) as [`backup_path`]. When `write` fails, nothing at `path` changes.
pub fn write_atomic(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    write_atomic_with(path, Backup::Keep, write)
}

/// [`write_atomic`], choosing whether to keep a backup.
pub fn write_atomic_with(
    path: &Path,
    backup: Backup,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    stage_with(path, write, NO_FAULT)?.commit_with(backup, NO_FAULT)
}

/// [`write_atomic_with`] with no backup and without asking the disk to hold the file (no
/// fsync of it or of its folder): for notes that only say something now, such as a presence
/// note, which a power cut makes stale anyway. While the system runs, a reader sees the old note
/// or the new one whole, never a part; after a power cut the note may be empty, which readers
/// treat as no note. It saves a millisecond on every start-up with a file.
pub fn write_atomic_advisory(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    stage_durably(path, write, NO_FAULT, false)?.commit_with(Backup::Skip, NO_FAULT)
}

/// [`write_atomic`], failing at `step` with `error` as a disk would: for tests that prove the
/// original survives a failure at every step.
pub fn write_atomic_failing_at(
    path: &Path,
    step: Step,
    error: impl Fn() -> io::Error,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let fault = |at: Step| if at == step { Err(error()) } else { Ok(()) };
    stage_with(path, write, &fault)?.commit_with(Backup::Keep, &fault)
}

/// A file written in full beside its target, not yet in its place. Dropped without
/// [`commit`](Self::commit), it is removed and the target is untouched.
#[derive(Debug)]
pub struct Staged {
    temp: NamedTempFile,
    /// The target, with a symbolic link followed.
    path: PathBuf,
    folder: PathBuf,
    /// Whether the rename is flushed to disk (the folder synced) when the file is put in place.
    durable: bool,
}

/// Writes the content of `path` to a temporary file beside it, flushed to disk. Refuses a target
/// that exists but is not a regular file (a folder, device, pipe or socket) at once, without
/// opening it.
pub fn stage(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<Staged> {
    stage_with(path, write, NO_FAULT)
}

fn stage_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
    fault: Fault<'_>,
) -> io::Result<Staged> {
    stage_durably(path, write, fault, true)
}

/// [`stage_with`], asking the disk to hold the file (fsync) when `durable`.
fn stage_durably(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
    fault: Fault<'_>,
    durable: bool,
) -> io::Result<Staged> {
    // Saving through a symbolic link writes the file it points to, not over the link.
    let path = if fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        fs::canonicalize(path)?
    } else {
        path.to_owned()
    };
    let existing = fs::metadata(&path).ok();
    if let Some(why) = existing.as_ref().and_then(super::not_regular) {
        return Err(super::Refusal::NotWrittenThere(Box::new(why)).into_io());
    }
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    };
    let file_name = path
        .file_name()
        .ok_or_else(|| super::Refusal::NoFileName.into_io())?;
    let prefix = temp_prefix(file_name);
    remove_stale(&folder, &prefix);
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(TEMP_SUFFIX).rand_bytes(6);
    // Temporary files are private (0600) by default; a saved assessment gets the permissions a
    // new file normally has (0666 less the umask).
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    fault(Step::Create)?;
    let temp = builder.tempfile_in(&folder)?;
    // Existing a file keeps its permissions.
    if let Some(existing) = existing {
        temp.as_file().set_permissions(existing.permissions())?;
    }
    let mut writer = BufWriter::new(temp);
    write(&mut writer)?;
    fault(Step::Write)?;
    fault(Step::Flush)?;
    let temp = writer
        .into_inner()
        .map_err(io::IntoInnerError::into_error)?;
    fault(Step::Sync)?;
    if durable {
        temp.as_file().sync_all()?;
    }
    Ok(Staged {
        temp,
        path,
        folder,
        durable,
    })
}

impl Staged {
    /// The file this will replace.
    pub fn target(&self) -> &Path {
        &self.path
    }

    /// Puts the file in its place, keeping the previous version first when `backup` says so.
    pub fn commit(self, backup: Backup) -> io::Result<()> {
        self.commit_with(backup, NO_FAULT)
    }

    /// [`commit`](Self::commit), running `check` on the target immediately before the backup
    /// and the rename: the app re-reads the file there and refuses (returns an error) if someone
    /// else changed it since it was read. On an error nothing is renamed and the temporary file
    /// is removed.
    pub fn commit_checked(
        self,
        backup: Backup,
        check: impl FnOnce(&Path) -> io::Result<()>,
    ) -> io::Result<()> {
        // On an error `self` is dropped here, and with it the temporary file.
        check(&self.path)?;
        self.commit_with(backup, NO_FAULT)
    }

    fn commit_with(self, backup: Backup, fault: Fault<'_>) -> io::Result<()> {
        self.keep_backup_with(backup, fault)?;
        self.put_with(fault)
    }

    /// Keeps the file now at the target (if any) as `backup` says, leaving the target as it is:
    /// the first half of [`commit`](Self::commit), so that several files can all be backed up
    /// before any of them is replaced. Follow it with [`put`](Self::put).
    pub fn keep_backup(&self, backup: Backup) -> io::Result<()> {
        self.keep_backup_with(backup, NO_FAULT)
    }

    fn keep_backup_with(&self, backup: Backup, fault: Fault<'_>) -> io::Result<()> {
        let backup = match backup {
            Backup::Skip => return Ok(()),
            Backup::Keep => backup_path(&self.path),
            Backup::At(path) => path,
        };
        if self.path.exists() {
            fault(Step::Backup)?;
            keep_backup(&self.path, &backup, &self.folder)?;
        }
        Ok(())
    }

    /// Renames the file over the target, with no backup: the second half of
    /// [`commit`](Self::commit).
    pub fn put(self) -> io::Result<()> {
        self.put_with(NO_FAULT)
    }

    fn put_with(self, fault: Fault<'_>) -> io::Result<()> {
        fault(Step::Rename)?;
        // On an error the temporary file is dropped with the error, and so removed.
        self.temp.persist(&self.path).map_err(|err| err.error)?;
        if self.durable {
            sync_folder(&self.folder);
        }
        Ok(())
    }

    /// Puts the file in its place only if nothing is there: the rename itself refuses to
    /// replace anything, so two processes creating the same file cannot both succeed. When
    /// something is there, the error's kind is [`io::ErrorKind::AlreadyExists`], the target is
    /// untouched and the temporary file is removed.
    pub fn commit_new(self) -> io::Result<()> {
        let Self {
            temp,
            path,
            folder,
            durable,
        } = self;
        // On an error the temporary file is dropped with the error, and so removed.
        let temp = match temp.persist_noclobber(&path) {
            Ok(_) => {
                if durable {
                    sync_folder(&folder);
                }
                return Ok(());
            }
            Err(err) if err.error.kind() == io::ErrorKind::AlreadyExists => return Err(err.error),
            Err(err) => err.file,
        };
        // A file system that can neither rename without replacing nor link (FAT, some network
        // drives): the name is claimed by creating it empty, which fails if anything is there,
        // and the file is then renamed over the empty one. Should that rename fail, the empty
        // file stays (it holds nothing, and any save may replace it).
        fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)?;
        temp.persist(&path).map_err(|err| err.error)?;
        if durable {
            sync_folder(&folder);
        }
        Ok(())
    }
}

/// Replaces `backup` with the current file at `path`, atomically: a hard link (instant) where
/// the file system has them, a copy where it does not. Leaves no temporary file, whatever
/// happens.
fn keep_backup(path: &Path, backup: &Path, folder: &Path) -> io::Result<()> {
    let prefix = temp_prefix(path.file_name().unwrap_or_default());
    let staging: NamedTempFile = tempfile::Builder::new()
        .prefix(&prefix)
        .suffix(&format!(".bak{TEMP_SUFFIX}"))
        .rand_bytes(6)
        .tempfile_in(folder)?;
    // Dropped on every path out of here, the staging name is removed if it is still there.
    let staging_path = staging.into_temp_path();
    fs::remove_file(&staging_path)?;
    if fs::hard_link(path, &staging_path).is_err() {
        fs::copy(path, &staging_path)?;
    }
    fs::rename(&staging_path, backup)?;
    // A rename between two links to the same file (a racing save linked the backup to the
    // same file a moment ago) does nothing and leaves the staging name: removing it is right
    // then, as the backup already holds that file.
    match fs::remove_file(&staging_path) {
        Ok(()) => Ok(()),
        Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(err) => Err(err),
    }
}

/// Removes this target's temporary files that saves killed part-way left behind: regular files
/// named with its `prefix` and [`TEMP_SUFFIX`], untouched for [`STALE_AFTER`]. A save under way
/// in another window is younger than that and stays. Failures are ignored: tidying is a
/// courtesy, never a reason for a save to fail.
fn remove_stale(folder: &Path, prefix: &OsStr) {
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    let now = SystemTime::now();
    let prefix = prefix.as_encoded_bytes();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let bytes = name.as_encoded_bytes();
        if !bytes.starts_with(prefix) || !bytes.ends_with(TEMP_SUFFIX.as_bytes()) {
            continue;
        }
        let stale = entry.metadata().is_ok_and(|m| {
            m.is_file()
                && m.modified()
                    .ok()
                    .and_then(|modified| now.duration_since(modified).ok())
                    .is_some_and(|age| age >= STALE_AFTER)
        });
        if stale {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Flushes the folder entry so the rename survives a power cut. Not possible on every platform
/// and file system, so a failure here is not an error.
fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = fs::File::open(folder) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_backup_names_stay_within_the_limit() {
        assert_eq!(
            numbered_backup_path(Path::new("/a/r.pdf"), 2),
            Path::new("/a/r.pdf.2.bak")
        );
        let long = "b".repeat(255);
        let name = numbered_backup_path(Path::new(&long), 999);
        assert!(name.as_os_str().len() <= MAX_NAME_BYTES);
        assert!(name.to_string_lossy().ends_with("b.999.bak"));
    }

    #[test]
    fn backup_name_appends_bak() {
        assert_eq!(
            backup_path(Path::new("/a/demo.civic.json")),
            Path::new("/a/demo.civic.json.bak")
        );
        assert_eq!(backup_path(Path::new("x.json")), Path::new("x.json.bak"));
    }

    #[test]
    fn a_backup_name_never_passes_the_limit() {
        let long = format!("{}ŵ.civic.json", "a".repeat(240));
        let backup = backup_path(Path::new(&long));
        let name = backup.file_name().unwrap();
        assert!(name.len() <= MAX_NAME_BYTES, "{} bytes", name.len());
        assert!(name.to_string_lossy().ends_with(".bak"));
        assert!(name.to_string_lossy().starts_with("aaaa"));
    }

    #[test]
    fn temporary_names_are_short_and_tell_long_names_apart() {
        let a = format!("{}-one.civic.json", "x".repeat(240));
        let b = format!("{}-two.civic.json", "x".repeat(240));
        let (pa, pb) = (temp_prefix(OsStr::new(&a)), temp_prefix(OsStr::new(&b)));
        assert_ne!(pa, pb);
        assert!(pa.len() <= 1 + NAME_IN_TEMP + 10, "{pa:?}");
    }
}
