//! Atomic saves: the new content goes to a temporary file in the target's folder, is flushed to
//! disk, and only then renamed over the target. The previous version is kept beside it as
//! `NAME.bak`. A crash or a failed write at any moment leaves either the old file or the new one,
//! never a mix.

use std::ffi::OsString;
use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

/// The backup kept beside `path`: `NAME.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().map_or_else(OsString::new, OsString::from);
    name.push(".bak");
    path.with_file_name(name)
}

/// Whether a save keeps the previous version as [`backup_path`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backup {
    /// Keep the previous version (the user's own files).
    Keep,
    /// Do not (the app's own scratch files, such as the recovery file).
    Skip,
}

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
    // Saving through a symbolic link writes the file it points to, not over the link.
    let resolved;
    let path = if fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        resolved = fs::canonicalize(path)?;
        resolved.as_path()
    } else {
        path
    };
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let file_name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the path has no file name"))?;
    let mut prefix = OsString::from(".");
    prefix.push(file_name);
    prefix.push(".");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    // Temporary files are private (0600) by default; a saved assessment gets the permissions a
    // new file normally has (0666 less the umask).
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let temp = builder.tempfile_in(folder)?;
    // Replacing a file keeps its permissions.
    if let Ok(existing) = fs::metadata(path) {
        temp.as_file().set_permissions(existing.permissions())?;
    }
    let mut writer = BufWriter::new(temp);
    write(&mut writer)?;
    let temp = writer
        .into_inner()
        .map_err(io::IntoInnerError::into_error)?;
    temp.as_file().sync_all()?;
    if backup == Backup::Keep && path.exists() {
        keep_backup(path, folder)?;
    }
    temp.persist(path).map_err(|err| err.error)?;
    sync_folder(folder);
    Ok(())
}

/// Replaces the backup with the current file, atomically: a hard link (instant) where the file
/// system has them, a copy where it does not.
fn keep_backup(path: &Path, folder: &Path) -> io::Result<()> {
    let backup = backup_path(path);
    let staging: NamedTempFile = tempfile::Builder::new()
        .prefix(".backup.")
        .suffix(".tmp")
        .tempfile_in(folder)?;
    let staging_path = staging.into_temp_path();
    fs::remove_file(&staging_path)?;
    if fs::hard_link(path, &staging_path).is_err() {
        fs::copy(path, &staging_path)?;
    }
    fs::rename(&staging_path, &backup)?;
    // The staged name is gone after the rename; forgetting it avoids a spurious delete.
    staging_path.keep().map(drop).map_err(|err| err.error)
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
    fn backup_name_appends_bak() {
        assert_eq!(
            backup_path(Path::new("/a/demo.civic.json")),
            Path::new("/a/demo.civic.json.bak")
        );
        assert_eq!(backup_path(Path::new("x.json")), Path::new("x.json.bak"));
    }
}
