//! Reading several assessors' files to combine them: each read like any assessment, the same
//! file (or a copy of it) refused, and each assessor named.

use std::path::{Path, PathBuf};

use time::OffsetDateTime;

use super::{Error, assessment_file, export_file::same_file};
use crate::model::{self, Assessment, Assessor, Framework};

/// One assessor's file, read.
#[derive(Clone, Debug)]
pub struct AssessorFile {
    /// The assessor's name: the one person in the file's team, or else the file's name.
    pub name: String,
    /// Where it was read from.
    pub path: PathBuf,
    /// The assessment.
    pub assessment: Assessment,
}

impl AssessorFile {
    /// The assessor as combining takes it.
    pub fn assessor(&self) -> Assessor<'_> {
        Assessor {
            name: &self.name,
            assessment: &self.assessment,
        }
    }
}

/// The file's name without `.civic.json` (or its extension).
pub fn file_label(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    name.strip_suffix(assessment_file::EXTENSION)
        .map(str::to_owned)
        .or_else(|| {
            path.file_stem()
                .map(|stem| stem.to_string_lossy().into_owned())
        })
        .unwrap_or(name)
}

/// Reads every file. Refuses the same file given twice, and a copy of another (the same
/// answers, ignoring timestamps; blank files excepted, such as two untouched copies of a
/// template). Names each assessor by the one person in the file's team, or by the file's name;
/// when two files give the same person (a template's facilitator, say), both are named by their
/// file names instead.
pub fn read(paths: &[PathBuf], framework: &Framework) -> Result<Vec<AssessorFile>, Error> {
    let mut files: Vec<(AssessorFile, Vec<u8>)> = Vec::new();
    for path in paths {
        if let Some((earlier, _)) = files.iter().find(|(f, _)| same_file(&f.path, path)) {
            return Err(Error::SameFileTwice {
                path: path.clone(),
                first: earlier.path.clone(),
            });
        }
        let assessment = assessment_file::load(path, framework)?;
        let bytes = assessment_file::to_bytes(&Assessment {
            created: None,
            modified: None,
            ..assessment.clone()
        });
        let copy = files
            .iter()
            .find(|(_, b)| *b == bytes)
            .filter(|_| !assessment.responses.is_empty());
        if let Some((earlier, _)) = copy {
            return Err(Error::SameFileTwice {
                path: path.clone(),
                first: earlier.path.clone(),
            });
        }
        let members: Vec<&str> = assessment
            .team
            .iter()
            .map(|m| m.name.trim())
            .filter(|n| !n.is_empty())
            .collect();
        let name = match members.as_slice() {
            [one] => (*one).to_owned(),
            _ => file_label(path),
        };
        files.push((
            AssessorFile {
                name,
                path: path.clone(),
                assessment,
            },
            bytes,
        ));
    }
    let mut files: Vec<AssessorFile> = files.into_iter().map(|(f, _)| f).collect();
    let names: Vec<String> = files.iter().map(|f| f.name.clone()).collect();
    for file in &mut files {
        if names.iter().filter(|n| **n == file.name).count() > 1 {
            file.name = file_label(&file.path);
        }
    }
    Ok(files)
}

/// Assessors' files combined into one group assessment.
#[derive(Clone, Debug)]
pub struct Combined {
    /// The group assessment (not yet saved anywhere).
    pub group: Assessment,
    /// The assessors' names, sorted.
    pub names: Vec<String>,
    /// What the files disagree on (see [`model::differences`]), for a warning.
    pub differences: Vec<String>,
}

/// Reads the assessors' files at `paths` and combines them into a group assessment created
/// `now`; an error names the file it is about last.
pub fn combine(
    paths: &[PathBuf],
    framework: &Framework,
    now: OffsetDateTime,
) -> Result<Combined, Error> {
    let files = read(paths, framework)?;
    let assessors: Vec<Assessor<'_>> = files.iter().map(AssessorFile::assessor).collect();
    let group = model::combine(framework, &assessors, now).map_err(|err| {
        match files
            .iter()
            .find(|f| err.assessor() == Some(f.name.as_str()))
        {
            Some(file) => Error::Combine(format!("{err}: {}", file.path.display())),
            None => Error::Combine(err.to_string()),
        }
    })?;
    let differences = model::differences(framework, &assessors);
    let mut names: Vec<String> = files.into_iter().map(|f| f.name).collect();
    names.sort();
    Ok(Combined {
        group,
        names,
        differences,
    })
}
