//! Storage: the only module that touches the file system. Reads framework banks and assessment
//! files with clear errors (never a panic), and writes atomically with a backup.

pub mod assessment_file;
pub mod atomic;
pub mod catalogue_files;
pub mod clock;
pub mod copies;
mod error;
pub mod export_file;
pub mod format;
pub mod framework_file;
pub mod group_files;
pub mod locale;
pub mod on_disk;
pub mod presence;
mod read;
pub mod recovery;
mod shape;

pub use error::{BankProblem, Document, Error, JsonProblem, Refusal};
pub use shape::{Expected, Found, ItemKind, JsonDetail};

/// Why nothing is read from or written at a path that exists but is not a regular file (a
/// folder, device, pipe or socket); `None` for a regular file. Pipes are refused before they are
/// opened, as opening one waits for the other end.
pub(crate) fn not_regular(metadata: &std::fs::Metadata) -> Option<Refusal> {
    if metadata.is_file() {
        None
    } else if metadata.is_dir() {
        Some(Refusal::Folder)
    } else {
        Some(Refusal::NotRegular)
    }
}

/// [`not_regular`] for whatever is at `path`, following links; `None` when nothing is there.
pub(crate) fn not_regular_at(path: &std::path::Path) -> Option<Refusal> {
    std::fs::metadata(path).ok().as_ref().and_then(not_regular)
}

/// The largest file the workbook will read. Real assessments are well under a megabyte; the
/// limit keeps a wrong file (a video, a disk image) from exhausting memory.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;
