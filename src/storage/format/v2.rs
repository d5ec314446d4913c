//! Format version 2: adds what a group assessment holds (each assessor's phase, the group's
//! rationale, who added each piece of evidence and action). Read only; files are upgraded to
//! version 3 as they are read. Frozen: never change what this module accepts.

use std::collections::BTreeMap;

use serde::Deserialize;
use time::OffsetDateTime;

use super::shared::{self, FrameworkRef, Status, TeamMember};
use super::v3;
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
    #[serde(default, deserialize_with = "shared::ratings")]
    pub ratings: BTreeMap<String, Phase>,
    #[serde(default)]
    pub rationale: String,
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
    #[serde(default)]
    pub added_by: Vec<String>,
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
    #[serde(default)]
    pub added_by: Vec<String>,
}

/// Version 3 gives each piece of evidence and each action a stable id. Here they have none yet:
/// reading the version 3 file into the model derives them from each item's question and text,
/// so two copies of one version 2 file give the same item the same id.
impl From<File> for v3::File {
    fn from(file: File) -> Self {
        debug_assert_eq!(file.format_version, 2, "read by another version's module");
        Self {
            format_version: 3,
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

impl From<Response> for v3::Response {
    fn from(r: Response) -> Self {
        Self {
            phase: r.phase,
            ratings: r.ratings,
            rationale: r.rationale,
            narrative: r.narrative,
            evidence: r
                .evidence
                .into_iter()
                .map(|e| v3::Evidence {
                    id: None,
                    title: e.title,
                    link: e.link,
                    note: e.note,
                    added_by: e.added_by,
                })
                .collect(),
            ambition: r.ambition,
            actions: r
                .actions
                .into_iter()
                .map(|a| v3::Action {
                    id: None,
                    description: a.description,
                    owner: a.owner,
                    due: a.due,
                    status: a.status,
                    added_by: a.added_by,
                })
                .collect(),
        }
    }
}
