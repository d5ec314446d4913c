//! An assessment: one working group's answers to the framework's key questions, with who took
//! part and when. One assessment is one `NAME.civic.json` file.

use std::collections::BTreeMap;

use time::OffsetDateTime;

use super::{Action, Domain, Framework, Question, QuestionId, Response};

/// A self-assessment against one framework.
///
/// How it is written to disk is storage's business (`storage::format`, one module per version
/// of the file format); the model knows nothing of versions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    /// The framework (and version of its wording) the answers refer to.
    pub framework: FrameworkRef,
    /// The university or partnership assessed.
    pub institution: String,
    /// Title of this assessment, such as "Civic impact self-assessment".
    pub title: String,
    /// The period it covers, such as "2026–27".
    pub period: String,
    /// The working group.
    pub team: Vec<TeamMember>,
    /// The language the answers are written in, as a language tag ("en-GB", "cy-GB"); the
    /// report declares it.
    pub language: String,
    /// When the assessment was started.
    pub created: Option<OffsetDateTime>,
    /// When it was last saved.
    pub modified: Option<OffsetDateTime>,
    /// Responses keyed by question id. Ids the framework does not have are kept, not dropped.
    pub responses: BTreeMap<QuestionId, Response>,
}

/// The language of an assessment that names none: British English.
pub const DEFAULT_LANGUAGE: &str = "en-GB";

fn default_language() -> String {
    DEFAULT_LANGUAGE.to_owned()
}

/// Whether `tag` has the shape of a language tag: a primary language of two or three letters,
/// then subtags of one to eight letters or digits, joined by hyphens ("en-GB", "cy", "ar-EG").
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()));
    primary_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Which framework an assessment answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FrameworkRef {
    /// The framework's stable id.
    pub id: String,
    /// The version of its wording.
    pub version: String,
}

/// A member of the working group.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TeamMember {
    /// Full name.
    pub name: String,
    /// Role or organisation, such as "Civic engagement lead" or "Health board partner".
    pub role: String,
}

impl Assessment {
    /// A blank assessment of `framework`, started at `now`.
    pub fn new(framework: &Framework, now: OffsetDateTime) -> Self {
        Self {
            framework: FrameworkRef {
                id: framework.id().to_owned(),
                version: framework.version().to_owned(),
            },
            institution: String::new(),
            title: String::new(),
            period: String::new(),
            team: Vec::new(),
            language: default_language(),
            created: Some(now),
            modified: Some(now),
            responses: BTreeMap::new(),
        }
    }

    /// Gives every piece of evidence and action that lacks an id one derived from its question
    /// and text (see [`Response::assign_missing_ids`]).
    pub fn assign_missing_ids(&mut self) {
        for (question, response) in &mut self.responses {
            response.assign_missing_ids(question);
        }
    }

    /// Whether some piece of evidence or action lacks an id of its own.
    pub fn lacks_ids(&self) -> bool {
        self.responses.values().any(Response::lacks_ids)
    }

    /// Whether this is a group assessment: some question holds several assessors' ratings.
    pub fn is_group(&self) -> bool {
        self.responses.values().any(|r| !r.ratings.is_empty())
    }

    /// The names of everyone who rated a question of this group assessment, sorted.
    pub fn assessors(&self) -> std::collections::BTreeSet<&str> {
        self.responses
            .values()
            .flat_map(|r| r.ratings.keys().map(String::as_str))
            .collect()
    }

    /// Every action, with its domain and question, in framework order and then in the order
    /// recorded.
    pub fn actions_in<'a>(
        &'a self,
        framework: &'a Framework,
    ) -> impl Iterator<Item = (&'a Domain, &'a Question, &'a Action)> {
        framework
            .questions()
            .filter_map(|(domain, question)| {
                self.response(&question.id).map(|r| (domain, question, r))
            })
            .flat_map(|(domain, question, response)| {
                response
                    .actions
                    .iter()
                    .map(move |action| (domain, question, action))
            })
    }

    /// The response to a question, if any was recorded.
    pub fn response(&self, question: &QuestionId) -> Option<&Response> {
        self.responses.get(question)
    }

    /// Responses whose question the framework does not have, in id order.
    pub fn unknown_questions<'a>(
        &'a self,
        framework: &'a Framework,
    ) -> impl Iterator<Item = &'a QuestionId> {
        self.responses
            .keys()
            .filter(|id| framework.question(id).is_none())
    }
}
