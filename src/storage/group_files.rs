//! Reading several assessors' files to combine them: each read like any assessment, the same
//! file (or a copy of it) refused, and each assessor named.

use std::path::{Path, PathBuf};

use time::OffsetDateTime;

use super::{Error, assessment_file, export_file::same_file};
use crate::model::{self, Assessment, Assessor, Framework};

/// One assessor's file, read.
#[derive(Clone, Debug)]
pub struct AssessorFile {
    /// The assessor's name, from the file (see [`names`]).
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

/// Reads every file. Refuses the same file given twice, and a copy of another (the same
/// answers, ignoring timestamps; blank files excepted, such as two untouched copies of a
/// template). Names each assessor by their own name from their file (see [`names`]), never by
/// the file's name.
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
        files.push((
            AssessorFile {
                name: String::new(),
                path: path.clone(),
                assessment,
            },
            bytes,
        ));
    }
    let mut files: Vec<AssessorFile> = files.into_iter().map(|(f, _)| f).collect();
    let teams: Vec<&Assessment> = files.iter().map(|f| &f.assessment).collect();
    let named = names(&teams);
    for (file, name) in files.iter_mut().zip(named) {
        file.name = name.name();
    }
    Ok(files)
}

/// How an assessor is named.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Naming {
    /// By their own name from their file.
    Named(String),
    /// The file does not say whose it is: "Assessor 2", by its place in the list given.
    Unnamed {
        /// Its place in the list given, from 1.
        number: usize,
        /// Why no name could be taken from it.
        why: Unnamed,
    },
}

/// Why a file gives no assessor's name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unnamed {
    /// Its team names nobody.
    NoTeam,
    /// Everyone its team names is in another file's team too (a template's facilitator, say).
    Shared,
    /// Its team names this many people that no other file names.
    Several(usize),
}

impl Naming {
    /// The name the group file keeps the ratings under.
    pub fn name(&self) -> String {
        match self {
            Self::Named(name) => name.clone(),
            Self::Unnamed { number, .. } => {
                crate::tr!("storage-assessor-numbered", number = *number)
            }
        }
    }
}

/// Each file's assessor, named from the file itself: the one person its team names that no
/// other file's team does. So one person per file names each file, and an assessor who added
/// themselves to a shared starting file is found beside its facilitator. A file naming nobody,
/// only people other files name too, or several of its own is numbered ("Assessor 2", by its
/// place in the list) and says why.
pub fn names(files: &[&Assessment]) -> Vec<Naming> {
    let teams: Vec<Vec<&str>> = files
        .iter()
        .map(|a| {
            a.team
                .iter()
                .map(|m| m.name.trim())
                .filter(|n| !n.is_empty())
                .collect()
        })
        .collect();
    let elsewhere = |index: usize, name: &str| {
        teams.iter().enumerate().any(|(other, team)| {
            other != index && team.iter().any(|n| model::response::same_text(n, name))
        })
    };
    teams
        .iter()
        .enumerate()
        .map(|(index, members)| {
            let own: Vec<&str> = members
                .iter()
                .copied()
                .filter(|name| !elsewhere(index, name))
                .collect();
            let why = match (members.len(), own.as_slice()) {
                (_, [one]) => return Naming::Named((*one).to_owned()),
                (0, _) => Unnamed::NoTeam,
                (_, []) => Unnamed::Shared,
                (_, several) => Unnamed::Several(several.len()),
            };
            Naming::Unnamed {
                number: index + 1,
                why,
            }
        })
        .collect()
}

/// Why a file's ratings are under a number, in words, naming the file (the only way to tell
/// which it is): "demo.civic.json names only people who are in another file's team too, so its
/// ratings are under "Assessor 2"; …".
fn unnamed_note(path: &Path, naming: &Naming) -> Option<String> {
    let Naming::Unnamed { why, .. } = naming else {
        return None;
    };
    let file = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let (why, count) = match why {
        Unnamed::NoTeam => ("none", 0),
        Unnamed::Shared => ("shared", 0),
        Unnamed::Several(n) => ("several", *n),
    };
    Some(crate::tr!(
        "storage-unnamed-note",
        why = why,
        file = file,
        count = count,
        name = naming.name()
    ))
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
    let mut group = model::combine(framework, &assessors, now).map_err(|cause| {
        let path = files
            .iter()
            .find(|f| cause.assessor() == Some(f.name.as_str()))
            .map(|file| file.path.clone());
        Error::Combine { cause, path }
    })?;
    // A numbered assessor is not a person: the group's team lists only people.
    let teams: Vec<&Assessment> = files.iter().map(|f| &f.assessment).collect();
    let namings = names(&teams);
    let numbered: Vec<String> = namings
        .iter()
        .filter(|n| matches!(n, Naming::Unnamed { .. }))
        .map(Naming::name)
        .collect();
    group.team.retain(|member| !numbered.contains(&member.name));
    let mut differences: Vec<String> = files
        .iter()
        .zip(&namings)
        .filter_map(|(file, naming)| unnamed_note(&file.path, naming))
        .collect();
    differences.extend(model::differences(framework, &assessors));
    let mut names: Vec<String> = files.into_iter().map(|f| f.name).collect();
    names.sort();
    Ok(Combined {
        group,
        names,
        differences,
    })
}
