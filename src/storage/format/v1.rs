//! Format version 1, the first: one working group's answers. Read only; files are upgraded to
//! version 2 as they are read. Frozen: never change what this module accepts.

use std::collections::BTreeMap;

use serde::Deserialize;
use time::OffsetDateTime;

use super::shared::{self, FrameworkRef, Status, TeamMember};
use super::v2;
use crate::model::{Phase, QuestionId};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct File {
    #[serde(deserialize_with = "shared::format_version")]
    pub format_version: u32,
    pub framework: FrameworkRef,
    #[serde(default)]
    pub institution: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub period: String,
    #[serde(default)]
    pub team: Vec<TeamMember>,
    #[serde(default = "shared::default_language")]
    pub language: String,
    #[serde(default, deserialize_with = "shared::timestamp")]
    pub created: Option<OffsetDateTime>,
    #[serde(default, deserialize_with = "shared::timestamp")]
    pub modified: Option<OffsetDateTime>,
    #[serde(default, deserialize_with = "shared::responses")]
    pub responses: BTreeMap<QuestionId, Response>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Response {
    #[serde(default, deserialize_with = "shared::phase")]
    pub phase: Option<Phase>,
    #[serde(default)]
    pub narrative: String,
    #[serde(default)]
    pub evidence: Vec<Evidence>,
    #[serde(default)]
    pub ambition: String,
    #[serde(default)]
    pub actions: Vec<Action>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub link: String,
    #[serde(default)]
    pub note: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub owner: String,
    #[serde(default)]
    pub due: String,
    #[serde(default)]
    pub status: Status,
}

/// Version 2 only added fields, each empty here.
impl From<File> for v2::File {
    fn from(file: File) -> Self {
        debug_assert_eq!(file.format_version, 1, "read by another version's module");
        Self {
            format_version: 2,
            framework: file.framework,
            institution: file.institution,
            title: file.title,
            period: file.period,
            team: file.team,
            language: file.language,
            created: file.created,
            modified: file.modified,
            responses: file
                .responses
                .into_iter()
                .map(|(id, r)| (id, r.into()))
                .collect(),
        }
    }
}

impl From<Response> for v2::Response {
    fn from(r: Response) -> Self {
        Self {
            phase: r.phase,
            ratings: BTreeMap::new(),
            rationale: String::new(),
            narrative: r.narrative,
            evidence: r
                .evidence
                .into_iter()
                .map(|e| v2::Evidence {
                    title: e.title,
                    link: e.link,
                    note: e.note,
                    added_by: Vec::new(),
                })
                .collect(),
            ambition: r.ambition,
            actions: r
                .actions
                .into_iter()
                .map(|a| v2::Action {
                    description: a.description,
                    owner: a.owner,
                    due: a.due,
                    status: a.status,
                    added_by: Vec::new(),
                })
                .collect(),
        }
    }
}
