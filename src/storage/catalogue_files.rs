//! The catalogue's files on disk, for a translation unit: a language's built-in files written
//! out to correct ([`write()`]), and a corrected copy read back and put in use at once
//! ([`use_corrections`], checked message by message in [`crate::i18n::Corrections`]).

use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::Error;
use super::atomic;
use crate::i18n::{self, CorrectionKind, CorrectionProblem, Lang};
use crate::model::text::escaped_path;
use crate::tr;

/// Something in a folder of corrections that is not used; the built-in messages stand in.
#[derive(Debug)]
pub enum Problem {
    /// The folder, or one of the catalogue's files in it, could not be read.
    Unreadable(Error),
    /// A file, or a message in one, is not used.
    Message {
        /// The file.
        path: PathBuf,
        /// What is wrong, and with which message.
        problem: CorrectionProblem,
    },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Self::Unreadable(err) => tr!("storage-corrections-unreadable", error = err.to_string()),
            Self::Message { path, problem } => {
                let id = problem.id.clone().unwrap_or_default();
                let cause = match &problem.kind {
                    CorrectionKind::UnknownFile => tr!("storage-corrections-unknown-file"),
                    CorrectionKind::Malformed { line } if id.is_empty() => {
                        tr!("storage-corrections-malformed-text", line = *line)
                    }
                    CorrectionKind::Malformed { line } => {
                        tr!("storage-corrections-malformed", id = id, line = *line)
                    }
                    CorrectionKind::OtherVariables { expected, found } => tr!(
                        "storage-corrections-variables",
                        id = id,
                        expected = variables(expected),
                        found = variables(found)
                    ),
                    CorrectionKind::UnknownReference { name } => tr!(
                        "storage-corrections-reference",
                        id = id,
                        name = name.as_str()
                    ),
                    CorrectionKind::Repeated => tr!("storage-corrections-repeated", id = id),
                    CorrectionKind::Extra => tr!("storage-corrections-extra", id = id),
                    CorrectionKind::Missing => tr!("storage-corrections-missing", id = id),
                };
                tr!("storage-error-at", cause = cause, path = escaped_path(path))
            }
        };
        f.write_str(&text)
    }
}

/// Variables as Fluent writes them (`$count, $file`), or the catalogue's word for none.
fn variables(names: &[String]) -> String {
    if names.is_empty() {
        return tr!("storage-corrections-no-variables");
    }
    let names: Vec<String> = names.iter().map(|name| format!("${name}")).collect();
    i18n::join_and(&names)
}

/// Reads the catalogue's files found in `dir` (only the catalogue's names; a file of another
/// name is reported and not read), each as its name and text, with every problem.
pub fn read(dir: &Path) -> (Vec<(String, String)>, Vec<Problem>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(cause) => {
            let err = if cause.kind() == io::ErrorKind::NotFound {
                Error::NotFound {
                    path: dir.to_owned(),
                }
            } else {
                Error::Read {
                    path: dir.to_owned(),
                    cause,
                }
            };
            return (files, vec![Problem::Unreadable(err)]);
        }
    };
    let mut names: Vec<std::ffi::OsString> = entries.flatten().map(|e| e.file_name()).collect();
    names.sort();
    for name in names {
        let path = dir.join(&name);
        let known = name
            .to_str()
            .filter(|name| i18n::EN_GB.iter().any(|(known, _)| known == name));
        match known {
            Some(name) => match super::read::read_text(&path) {
                Ok(text) => files.push((name.to_owned(), text)),
                Err(err) => problems.push(Problem::Unreadable(err)),
            },
            // Hidden files are the system's and editors' (.DS_Store, swap files), not ours.
            None if name.as_encoded_bytes().starts_with(b".") => {}
            None => problems.push(Problem::Message {
                problem: CorrectionProblem {
                    kind: CorrectionKind::UnknownFile,
                    file: name.to_string_lossy().into_owned(),
                    id: None,
                },
                path,
            }),
        }
    }
    (files, problems)
}

/// Reads the corrected copy of `lang`'s catalogue in `dir` and uses it for the whole process
/// from now on, in place of any earlier corrections of `lang`: every message that can be used
/// replaces the built-in one. Returns what is not used, each naming its file (and message).
/// A folder that cannot be read leaves the built-in messages.
pub fn use_corrections(lang: Lang, dir: &Path) -> Vec<Problem> {
    let (files, mut problems) = read(dir);
    for problem in i18n::use_corrections(lang, files) {
        problems.push(Problem::Message {
            path: dir.join(&problem.file),
            problem,
        });
    }
    problems
}

/// Writes `lang`'s built-in catalogue into `dir` (made if missing), one file for each of its
/// files, and returns their paths. Never replaces a file: when any of them is already there,
/// nothing is written and every one is named. All are written or none.
pub fn write(lang: Lang, dir: &Path) -> Result<Vec<PathBuf>, Error> {
    fs::create_dir_all(dir).map_err(|cause| Error::Write {
        path: dir.to_owned(),
        cause,
    })?;
    let files: Vec<(PathBuf, &str)> = lang
        .files()
        .iter()
        .map(|(name, text)| (dir.join(name), *text))
        .collect();
    let there: Vec<PathBuf> = files
        .iter()
        .filter(|(path, _)| !atomic::is_absent(path))
        .map(|(path, _)| path.clone())
        .collect();
    if !there.is_empty() {
        return Err(Error::CatalogueThere { files: there });
    }
    let mut staged = Vec::new();
    for (path, text) in &files {
        let file = atomic::stage(path, |out| out.write_all(text.as_bytes())).map_err(|cause| {
            Error::Write {
                path: path.clone(),
                cause,
            }
        })?;
        staged.push((path.clone(), file));
    }
    let mut written = Vec::new();
    for (path, file) in staged {
        if let Err(cause) = file.commit_new() {
            // Someone made one of the files since they were checked: the ones just made here
            // go again (nothing they replaced), so that all are written or none.
            for done in &written {
                let _ = fs::remove_file(done);
            }
            return Err(if cause.kind() == io::ErrorKind::AlreadyExists {
                Error::CatalogueThere { files: vec![path] }
            } else {
                Error::Write { path, cause }
            });
        }
        written.push(path);
    }
    Ok(written)
}
