//! Combining several assessors' files into one group assessment. Pure: the caller names the
//! assessors and passes the time.
//!
//! For each question the group assessment keeps every assessor's phase by name and leaves the
//! agreed phase empty: the facilitator records it after discussion. Narratives and ambitions
//! are merged as paragraphs marked with who wrote them, identical texts once; evidence (the
//! same link, or the same title when there is no link) and actions (the same description) are
//! kept once, marked with everyone who added them. Assessors are taken in name order, so the
//! result does not depend on the order the files were given in.

use std::collections::BTreeMap;

use time::OffsetDateTime;

use super::assessment::FORMAT_VERSION;
use super::response::same_text;
use super::{Action, Assessment, Evidence, Framework, FrameworkRef, Response, TeamMember};

/// Why files could not be combined.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CombineError {
    /// Fewer than two files.
    #[error("combining needs at least two assessments, one per assessor")]
    TooFew,
    /// Two files give the same assessor name.
    #[error("two files are both assessor \"{0}\"; rename one file so each assessor has a name")]
    SameAssessor(String),
    /// A file answers another framework, or another version of its wording.
    #[error(
        "{assessor}'s file answers framework \"{found}\", not \"{expected}\" like the others; only assessments of the same framework can be combined"
    )]
    OtherFramework {
        /// The assessor whose file differs.
        assessor: String,
        /// Its framework and version.
        found: String,
        /// The others'.
        expected: String,
    },
    /// A file is itself a group assessment.
    #[error("{0}'s file is already a group assessment; combine the assessors' own files instead")]
    AlreadyCombined(String),
}

impl CombineError {
    /// The assessor the error is about, if one.
    pub fn assessor(&self) -> Option<&str> {
        match self {
            Self::TooFew => None,
            Self::SameAssessor(name) | Self::AlreadyCombined(name) => Some(name),
            Self::OtherFramework { assessor, .. } => Some(assessor),
        }
    }
}

/// One assessor's file.
#[derive(Clone, Copy, Debug)]
pub struct Assessor<'a> {
    /// The assessor's name.
    pub name: &'a str,
    /// Their assessment.
    pub assessment: &'a Assessment,
}

fn framework_label(framework: &FrameworkRef) -> String {
    if framework.version.is_empty() {
        framework.id.clone()
    } else {
        format!("{} {}", framework.id, framework.version)
    }
}

/// Combines the assessors' files into one group assessment of `framework`, created `now`.
pub fn combine(
    framework: &Framework,
    assessors: &[Assessor<'_>],
    now: OffsetDateTime,
) -> Result<Assessment, CombineError> {
    if assessors.len() < 2 {
        return Err(CombineError::TooFew);
    }
    let mut sorted: Vec<Assessor<'_>> = assessors.to_vec();
    sorted.sort_by(|a, b| a.name.cmp(b.name));
    for pair in sorted.windows(2) {
        if let [a, b] = pair
            && a.name == b.name
        {
            return Err(CombineError::SameAssessor(a.name.to_owned()));
        }
    }
    let expected = FrameworkRef {
        id: framework.id.clone(),
        version: framework.version.clone(),
    };
    for assessor in &sorted {
        if assessor.assessment.framework != expected {
            return Err(CombineError::OtherFramework {
                assessor: assessor.name.to_owned(),
                found: framework_label(&assessor.assessment.framework),
                expected: framework_label(&expected),
            });
        }
        if assessor.assessment.is_group() {
            return Err(CombineError::AlreadyCombined(assessor.name.to_owned()));
        }
    }

    let mut group = Assessment::new(framework, now);
    group.format_version = FORMAT_VERSION;
    group.institution = common(sorted.iter().map(|a| a.assessment.institution.as_str()));
    group.title = common(sorted.iter().map(|a| a.assessment.title.as_str()));
    group.period = common(sorted.iter().map(|a| a.assessment.period.as_str()));
    group.team = team(&sorted);

    let questions: std::collections::BTreeSet<_> = sorted
        .iter()
        .flat_map(|a| a.assessment.responses.keys())
        .collect();
    for id in questions {
        let answers: Vec<(&str, &Response)> = sorted
            .iter()
            .filter_map(|a| a.assessment.response(id).map(|r| (a.name, r)))
            .collect();
        let response = merge(&answers);
        if !response.is_empty() {
            group.responses.insert(id.clone(), response);
        }
    }
    Ok(group)
}

/// The first non-empty text in assessor name order (usually they all share it).
fn common<'a>(texts: impl Iterator<Item = &'a str>) -> String {
    texts
        .map(str::trim)
        .find(|t| !t.is_empty())
        .unwrap_or_default()
        .to_owned()
}

/// Everyone named in any file's team, and every assessor, once each.
fn team(assessors: &[Assessor<'_>]) -> Vec<TeamMember> {
    let mut members: BTreeMap<String, TeamMember> = BTreeMap::new();
    for assessor in assessors {
        for member in &assessor.assessment.team {
            let key = member.name.trim().to_lowercase();
            if key.is_empty() {
                continue;
            }
            let entry = members.entry(key).or_insert_with(|| member.clone());
            if entry.role.trim().is_empty() {
                entry.role.clone_from(&member.role);
            }
        }
        members
            .entry(assessor.name.trim().to_lowercase())
            .or_insert_with(|| TeamMember {
                name: assessor.name.to_owned(),
                role: String::new(),
            });
    }
    members.into_values().collect()
}

/// Merges the assessors' responses to one question.
fn merge(answers: &[(&str, &Response)]) -> Response {
    let mut response = Response {
        ratings: answers
            .iter()
            .filter_map(|(name, r)| r.phase.map(|p| ((*name).to_owned(), p)))
            .collect(),
        narrative: merge_text(answers, |r| &r.narrative),
        ambition: merge_text(answers, |r| &r.ambition),
        ..Response::default()
    };
    for (name, answer) in answers {
        for evidence in &answer.evidence {
            let key = |e: &Evidence| {
                if e.link.trim().is_empty() {
                    e.title
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                        .to_lowercase()
                } else {
                    e.link.trim().to_owned()
                }
            };
            if let Some(kept) = response
                .evidence
                .iter_mut()
                .find(|kept| key(kept) == key(evidence))
            {
                add_name(&mut kept.added_by, name);
                if kept.note.trim().is_empty() {
                    kept.note.clone_from(&evidence.note);
                }
            } else {
                response.evidence.push(Evidence {
                    added_by: (*name).to_owned(),
                    ..evidence.clone()
                });
            }
        }
        for action in &answer.actions {
            if let Some(kept) = response
                .actions
                .iter_mut()
                .find(|kept| same_text(&kept.description, &action.description))
            {
                add_name(&mut kept.added_by, name);
            } else {
                response.actions.push(Action {
                    added_by: (*name).to_owned(),
                    ..action.clone()
                });
            }
        }
    }
    response
}

fn add_name(names: &mut String, name: &str) {
    if !names.split(", ").any(|n| n == name) {
        if !names.is_empty() {
            names.push_str(", ");
        }
        names.push_str(name);
    }
}

/// One paragraph per distinct text, each starting with who wrote it: "Alys, Bryn: …".
fn merge_text(answers: &[(&str, &Response)], field: impl Fn(&Response) -> &String) -> String {
    let mut texts: Vec<(String, &str)> = Vec::new();
    for (name, answer) in answers {
        let text = field(answer).trim();
        if text.is_empty() {
            continue;
        }
        if let Some((names, _)) = texts.iter_mut().find(|(_, kept)| same_text(kept, text)) {
            add_name(names, name);
        } else {
            texts.push(((*name).to_owned(), text));
        }
    }
    texts
        .iter()
        .map(|(names, text)| format!("{names}: {text}"))
        .collect::<Vec<_>>()
        .join("\n\n")
}
