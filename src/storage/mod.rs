//! Storage: the only module that touches the file system. Reads framework banks and assessment
//! files with clear errors (never a panic), and writes atomically with a backup.

pub mod assessment_file;
pub mod atomic;
mod error;
pub mod export_file;
pub mod framework_file;
pub mod group_files;
mod read;
pub mod recovery;

pub use error::Error;

/// The largest file the workbook will read. Real assessments are well under a megabyte; the
/// limit keeps a wrong file (a video, a disk image) from exhausting memory.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;
