//! A response to one key question: its phase (or not yet rated), the narrative, the evidence, the
//! ambition ("what if?") and the actions agreed.

use serde::{Deserialize, Serialize};

use super::Phase;

/// The working group's answer to one key question.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Response {
    /// The phase reached, or `None` when not yet rated (never counted as zero).
    #[serde(default)]
    pub phase: Option<Phase>,
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
}
