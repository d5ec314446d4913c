//! A response to one key question: its phase (or not yet rated), the narrative, the evidence, the
//! ambition ("what if?") and the actions agreed.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::Phase;

/// The working group's answer to one key question.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Response {
    /// The phase reached, or `None` when not yet rated (never counted as zero). In a group
    /// assessment this is the phase the group agreed.
    #[serde(default)]
    pub phase: Option<Phase>,
    /// In a group assessment, each assessor's own phase, by name. Until the group agrees a
    /// phase, scores use the median of these.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub ratings: BTreeMap<String, Phase>,
    /// In a group assessment, one line on why the group agreed its phase.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub rationale: String,
    /// What the group says about where it is and why.
    #[serde(default)]
    pub narrative: String,
    /// Documents, data and links that support the rating.
    #[serde(default)]
    pub evidence: Vec<Evidence>,
    /// The framework's "what if?": what the group would like to be true.
    #[serde(default)]
    pub ambition: String,
    /// What the group will do next.
    #[serde(default)]
    pub actions: Vec<Action>,
}

/// One piece of evidence.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// Short title, such as "Civic University Agreement 2025".
    #[serde(default)]
    pub title: String,
    /// A link (http, https or mailto are opened; anything else is kept and flagged), or empty.
    #[serde(default)]
    pub link: String,
    /// What the evidence shows.
    #[serde(default)]
    pub note: String,
    /// In a group assessment, who brought it; empty otherwise.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub added_by: Vec<String>,
}

/// One action the group commits to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// What will be done.
    #[serde(default)]
    pub description: String,
    /// Who leads it.
    #[serde(default)]
    pub owner: String,
    /// Due date as `YYYY-MM-DD`, or empty. Kept as typed so nothing is lost; validation flags
    /// dates that do not parse.
    #[serde(default)]
    pub due: String,
    /// Where it stands.
    #[serde(default)]
    pub status: ActionStatus,
    /// In a group assessment, who proposed it; empty otherwise.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub added_by: Vec<String>,
}

/// Where an action stands.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    /// Agreed but not started.
    #[default]
    Planned,
    /// Under way.
    InProgress,
    /// Finished.
    Done,
}

impl ActionStatus {
    /// Every status, in order.
    pub const ALL: [Self; 3] = [Self::Planned, Self::InProgress, Self::Done];

    /// Display label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Planned => "Planned",
            Self::InProgress => "In progress",
            Self::Done => "Done",
        }
    }

    /// Whether the action still needs doing.
    pub fn is_open(self) -> bool {
        self != Self::Done
    }
}

impl Response {
    /// Whether the response holds nothing at all.
    pub fn is_empty(&self) -> bool {
        self == &Self::default()
    }

    /// Whether at least one piece of evidence is recorded.
    pub fn has_evidence(&self) -> bool {
        !self.evidence.is_empty()
    }

    /// Whether it holds anything only a group assessment has: several assessors' ratings, a
    /// rationale, or evidence and actions marked with who added them.
    pub fn uses_group_fields(&self) -> bool {
        !self.ratings.is_empty()
            || !self.rationale.is_empty()
            || self.evidence.iter().any(|e| !e.added_by.is_empty())
            || self.actions.iter().any(|a| !a.added_by.is_empty())
    }
}

/// Whether two texts say the same, ignoring case and runs of spaces: how combining and
/// comparing recognise the same action or text written twice.
pub fn same_text(a: &str, b: &str) -> bool {
    let words = |s: &str| {
        s.split_whitespace()
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    words(a) == words(b)
}
