//! An assessment: one working group's answers to the framework's key questions, with who took
//! part and when. One assessment is one `NAME.civic.json` file.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use time::OffsetDateTime;

use super::{Action, Domain, Framework, Question, QuestionId, Response};

/// The newest assessment file format this build reads and writes. Version 2 adds what group
/// assessments hold (assessors' ratings, a rationale, who added evidence and actions); a file
/// without them is still written as version 1, so earlier builds keep reading it.
pub const FORMAT_VERSION: u32 = 2;

/// The format version of files that hold nothing of a group assessment.
pub const FORMAT_VERSION_SINGLE: u32 = 1;

/// A self-assessment against one framework.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// File format version, from 1; storage refuses files newer than [`FORMAT_VERSION`].
    #[serde(deserialize_with = "format_version")]
    pub format_version: u32,
    /// The framework (and version of its wording) the answers refer to.
    pub framework: FrameworkRef,
    /// The university or partnership assessed.
    #[serde(default)]
    pub institution: String,
    /// Title of this assessment, such as "Civic impact self-assessment".
    #[serde(default)]
    pub title: String,
    /// The period it covers, such as "2026–27".
    #[serde(default)]
    pub period: String,
    /// The working group.
    #[serde(default)]
    pub team: Vec<TeamMember>,
    /// The language the answers are written in, as a language tag ("en-GB", "cy-GB"); the
    /// report declares it. Written to the file only when it is not the default, so files stay
    /// as they were for earlier versions of the workbook.
    #[serde(
        default = "default_language",
        skip_serializing_if = "is_default_language"
    )]
    pub language: String,
    /// When the assessment was started.
    #[serde(
        default,
        serialize_with = "time::serde::rfc3339::option::serialize",
        deserialize_with = "timestamp"
    )]
    pub created: Option<OffsetDateTime>,
    /// When it was last saved.
    #[serde(
        default,
        serialize_with = "time::serde::rfc3339::option::serialize",
        deserialize_with = "timestamp"
    )]
    pub modified: Option<OffsetDateTime>,
    /// Responses keyed by question id. Ids the framework does not have are kept, not dropped.
    #[serde(default, deserialize_with = "responses_without_duplicates")]
    pub responses: BTreeMap<QuestionId, Response>,
}

/// The language of an assessment that names none: British English.
pub const DEFAULT_LANGUAGE: &str = "en-GB";

fn default_language() -> String {
    DEFAULT_LANGUAGE.to_owned()
}

fn is_default_language(language: &String) -> bool {
    language == DEFAULT_LANGUAGE
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrameworkRef {
    /// The framework's stable id.
    pub id: String,
    /// The version of its wording.
    #[serde(default)]
    pub version: String,
}

/// A member of the working group.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TeamMember {
    /// Full name.
    #[serde(default)]
    pub name: String,
    /// Role or organisation, such as "Civic engagement lead" or "Health board partner".
    #[serde(default)]
    pub role: String,
}

impl Assessment {
    /// A blank assessment of `framework`, started at `now`.
    pub fn new(framework: &Framework, now: OffsetDateTime) -> Self {
        Self {
            format_version: FORMAT_VERSION_SINGLE,
            framework: FrameworkRef {
                id: framework.id.clone(),
                version: framework.version.clone(),
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

    /// The format version this assessment needs: 2 when it holds group fields, else 1.
    pub fn needed_format_version(&self) -> u32 {
        if self.responses.values().any(Response::uses_group_fields) {
            FORMAT_VERSION
        } else {
            FORMAT_VERSION_SINGLE
        }
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

/// A positive whole number, named in the error when it is not.
fn format_version<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u32, D::Error> {
    let value = serde_json::Value::deserialize(deserializer)?;
    match value.as_u64().and_then(|v| u32::try_from(v).ok()) {
        Some(version) if version > 0 => Ok(version),
        _ => Err(serde::de::Error::custom(format_args!(
            "format_version must be a whole number from 1, found {value}"
        ))),
    }
}

/// An RFC 3339 timestamp or null, named in the error when it is not.
fn timestamp<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<OffsetDateTime>, D::Error> {
    let Some(text) = Option::<String>::deserialize(deserializer)? else {
        return Ok(None);
    };
    OffsetDateTime::parse(&text, &time::format_description::well_known::Rfc3339)
        .map(Some)
        .map_err(|_| {
            serde::de::Error::custom(format_args!(
                "\"{text}\" is not a timestamp written as RFC 3339, such as 2026-11-20T16:45:00Z"
            ))
        })
}

/// A JSON object can repeat a key; a map would silently keep the last. Refuse instead, so no
/// answer is lost without a word.
fn responses_without_duplicates<'de, D>(
    deserializer: D,
) -> Result<BTreeMap<QuestionId, Response>, D::Error>
where
    D: Deserializer<'de>,
{
    struct ResponsesVisitor;

    impl<'de> Visitor<'de> for ResponsesVisitor {
        type Value = BTreeMap<QuestionId, Response>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an object of responses keyed by question id")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut responses = BTreeMap::new();
            while let Some((id, response)) = map.next_entry::<QuestionId, Response>()? {
                if responses.contains_key(&id) {
                    return Err(serde::de::Error::custom(format_args!(
                        "question {id} has two responses"
                    )));
                }
                responses.insert(id, response);
            }
            Ok(responses)
        }
    }

    deserializer.deserialize_map(ResponsesVisitor)
}
