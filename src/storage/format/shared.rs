//! The parts of the file format every version shares, frozen here rather than taken from the
//! model, so a change to the model can never change what a file means: the framework reference,
//! team members, timestamps, action statuses, and the rules for `format_version` and for
//! repeated questions.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use time::OffsetDateTime;

use crate::model::{self, Phase, QuestionId};
use crate::storage::shape::{JsonDetail, fail};

/// Which framework (and version of its wording) the answers refer to.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrameworkRef {
    pub id: String,
    #[serde(default)]
    pub version: String,
}

/// A member of the working group.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TeamMember {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub role: String,
}

/// Where an action stands, as files spell it.
#[derive(Clone, Copy, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Planned,
    InProgress,
    Done,
}

impl From<FrameworkRef> for model::FrameworkRef {
    fn from(f: FrameworkRef) -> Self {
        Self {
            id: f.id,
            version: f.version,
        }
    }
}

impl From<&model::FrameworkRef> for FrameworkRef {
    fn from(f: &model::FrameworkRef) -> Self {
        Self {
            id: f.id.clone(),
            version: f.version.clone(),
        }
    }
}

impl From<TeamMember> for model::TeamMember {
    fn from(m: TeamMember) -> Self {
        Self {
            name: m.name,
            role: m.role,
        }
    }
}

impl From<&model::TeamMember> for TeamMember {
    fn from(m: &model::TeamMember) -> Self {
        Self {
            name: m.name.clone(),
            role: m.role.clone(),
        }
    }
}

impl From<Status> for model::ActionStatus {
    fn from(status: Status) -> Self {
        match status {
            Status::Planned => Self::Planned,
            Status::InProgress => Self::InProgress,
            Status::Done => Self::Done,
        }
    }
}

impl From<model::ActionStatus> for Status {
    fn from(status: model::ActionStatus) -> Self {
        match status {
            model::ActionStatus::Planned => Self::Planned,
            model::ActionStatus::InProgress => Self::InProgress,
            model::ActionStatus::Done => Self::Done,
        }
    }
}

/// The language an assessment that names none is written in.
pub fn default_language() -> String {
    model::assessment::DEFAULT_LANGUAGE.to_owned()
}

/// The language is written only when it is not the default, as files have always been.
pub fn is_default_language(language: &String) -> bool {
    language == model::assessment::DEFAULT_LANGUAGE
}

/// A positive whole number, named in the error when it is not.
pub fn format_version<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u32, D::Error> {
    let value = serde_json::Value::deserialize(deserializer)?;
    match value.as_u64().and_then(|v| u32::try_from(v).ok()) {
        Some(version) if version > 0 => Ok(version),
        _ => Err(fail(JsonDetail::BadFormatVersion {
            found: value.to_string(),
        })),
    }
}

/// An RFC 3339 timestamp or null, named in the error when it is not.
pub fn timestamp<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<OffsetDateTime>, D::Error> {
    let Some(text) = Option::<String>::deserialize(deserializer)? else {
        return Ok(None);
    };
    OffsetDateTime::parse(&text, &time::format_description::well_known::Rfc3339)
        .map(Some)
        .map_err(|_| fail(JsonDetail::NotATimestamp { text }))
}

/// A JSON object can repeat a key; a map would silently keep the last. Refuse instead, so no
/// answer is lost without a word.
pub fn responses<'de, D, R>(deserializer: D) -> Result<BTreeMap<QuestionId, R>, D::Error>
where
    D: Deserializer<'de>,
    R: Deserialize<'de>,
{
    struct ResponsesVisitor<R>(PhantomData<R>);

    impl<'de, R: Deserialize<'de>> Visitor<'de> for ResponsesVisitor<R> {
        type Value = BTreeMap<QuestionId, R>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(&crate::tr!("storage-expect-responses"))
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut responses = BTreeMap::new();
            while let Some((id, response)) = map.next_entry::<QuestionId, R>()? {
                if responses.contains_key(&id) {
                    return Err(fail(JsonDetail::TwoResponses {
                        question: id.to_string(),
                    }));
                }
                responses.insert(id, response);
            }
            Ok(responses)
        }
    }

    deserializer.deserialize_map(ResponsesVisitor(PhantomData))
}

/// A phase as every version of the file holds it: a whole number from 1 to 6. Anything else
/// is refused in words a person reads ("a phase is a whole number from 1 to 6"), not the
/// parser's ("expected i64").
pub struct FilePhase(pub Phase);

impl<'de> Deserialize<'de> for FilePhase {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(PhaseVisitor)
    }
}

/// Why a value is not a phase, in one place: `found` as written.
fn not_a_phase<E: serde::de::Error>(found: String) -> E {
    fail(JsonDetail::NotAPhase { found })
}

struct PhaseVisitor;

impl Visitor<'_> for PhaseVisitor {
    type Value = FilePhase;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::tr!("storage-expect-phase"))
    }

    fn visit_i64<E: serde::de::Error>(self, number: i64) -> Result<Self::Value, E> {
        Phase::try_from(number)
            .map(FilePhase)
            .map_err(|_| fail(JsonDetail::PhaseOutOfRange { phase: number }))
    }

    fn visit_u64<E: serde::de::Error>(self, number: u64) -> Result<Self::Value, E> {
        match i64::try_from(number) {
            Ok(number) => self.visit_i64(number),
            Err(_) => Err(not_a_phase(number.to_string())),
        }
    }

    fn visit_f64<E: serde::de::Error>(self, number: f64) -> Result<Self::Value, E> {
        // Debug keeps the decimal point (4.0), so the message shows the value as written.
        Err(not_a_phase(format!("{number:?}")))
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Self::Value, E> {
        Err(not_a_phase(format!("\"{}\"", text.escape_debug())))
    }

    fn visit_bool<E: serde::de::Error>(self, value: bool) -> Result<Self::Value, E> {
        Err(not_a_phase(value.to_string()))
    }
}

/// A phase or null (not yet rated), as [`FilePhase`] reads it.
pub fn phase<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Phase>, D::Error> {
    Ok(Option::<FilePhase>::deserialize(deserializer)?.map(|phase| phase.0))
}

/// Each assessor's phase, by name, as [`FilePhase`] reads them.
pub fn ratings<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<BTreeMap<String, Phase>, D::Error> {
    let ratings = BTreeMap::<String, FilePhase>::deserialize(deserializer)?;
    Ok(ratings
        .into_iter()
        .map(|(name, phase)| (name, phase.0))
        .collect())
}
