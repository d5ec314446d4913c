//! Writing exports (the PDF report): atomically, never over the assessment they came from, and
//! never over a file that is not already an export of that kind.

use std::fs::File;
use std::io::{self, Read as _};
use std::path::Path;

use super::Error;
use super::atomic::{Backup, write_atomic_with};

/// What an export file starts with, so an existing file of the kind may be replaced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    /// A PDF report (`%PDF-`).
    Pdf,
}

impl ExportKind {
    fn magic(self) -> &'static [u8] {
        match self {
            Self::Pdf => b"%PDF-",
        }
    }

    fn name(self) -> &'static str {
        match self {
            Self::Pdf => "PDF",
        }
    }
}

/// Writes `bytes` to `path` atomically. Refuses to write over `source` (the assessment the
/// export comes from) or over an existing file that is not a `kind` file.
pub fn write(
    path: &Path,
    bytes: &[u8],
    kind: ExportKind,
    source: Option<&Path>,
) -> Result<(), Error> {
    let refuse = |why: String| Error::Write {
        path: path.to_owned(),
        cause: io::Error::other(why),
    };
    if let Some(source) = source
        && same_file(path, source)
    {
        return Err(refuse(
            "that is the assessment itself; choose another file for the export".to_owned(),
        ));
    }
    if path.exists() {
        let mut start = [0_u8; 5];
        let is_kind = File::open(path)
            .and_then(|mut file| file.read_exact(&mut start))
            .is_ok_and(|()| start.as_slice() == kind.magic());
        if !is_kind {
            return Err(refuse(format!(
                "a file that is not a {} is already there, and it is left untouched",
                kind.name()
            )));
        }
    }
    write_atomic_with(path, Backup::Skip, |out| out.write_all(bytes)).map_err(|cause| {
        Error::Write {
            path: path.to_owned(),
            cause,
        }
    })
}

/// Whether two paths name the same file (both must exist to be the same).
fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
