//! Framework banks (`questions/*.json`): the raw file shape, and its conversion to a
//! [`Framework`], which checks every rule and lists every problem. The Civic Impact Framework
//! bank is compiled in as the default.

use std::path::Path;

use serde::Deserialize;

use super::read::{expect_object, json_error, read_text, refuse_repeated_keys};
use super::{BankProblem, Document, Error};
use crate::model::framework::phase_numbers_problem;
use crate::model::{
    Attribution, Domain, DomainId, Framework, FrameworkParts, Phase, PhaseInfo, Question,
    QuestionId, Scale,
};

/// The bank compiled into the binary.
pub const DEFAULT_BANK: &str = include_str!("../../questions/civic-impact-framework.json");

/// The bank schema this build reads.
pub const SCHEMA_VERSION: u32 = 1;

/// The compiled-in Civic Impact Framework.
pub fn default_framework() -> Result<Framework, Error> {
    let name = crate::tr!(
        "storage-built-in-bank",
        file = "questions/civic-impact-framework.json"
    );
    parse(DEFAULT_BANK, Path::new(&name))
}

/// Loads a bank from a file.
pub fn load(path: &Path) -> Result<Framework, Error> {
    parse(&read_text(path)?, path)
}

/// Parses and checks a bank; `path` names it in errors.
pub fn parse(text: &str, path: &Path) -> Result<Framework, Error> {
    expect_object(Document::FrameworkBank, text, path)?;
    refuse_repeated_keys(Document::FrameworkBank, text, path)?;
    let raw: RawFramework = serde_json::from_str(text)
        .map_err(|err| json_error::<RawFramework>(Document::FrameworkBank, path, &err, text))?;
    Framework::try_from(raw).map_err(|problems| Error::InvalidFramework {
        path: path.to_owned(),
        problems: problems.iter().map(ToString::to_string).collect(),
    })
}

/// A bank as written, before its rules are checked.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFramework {
    schema_version: u32,
    id: String,
    version: String,
    title: String,
    attribution: RawAttribution,
    wording_note: String,
    scale: RawScale,
    domains: Vec<RawDomain>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAttribution {
    name: String,
    url: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScale {
    name: String,
    ordered: bool,
    #[serde(default)]
    cyclical: bool,
    #[serde(default)]
    provisional: bool,
    phases: Vec<RawPhase>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPhase {
    number: i64,
    id: String,
    name: String,
    description: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDomain {
    id: String,
    title: String,
    summary: String,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    provisional: bool,
    questions: Vec<RawQuestion>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: String,
    text: String,
    #[serde(default)]
    guidance: String,
    #[serde(default)]
    evidence_examples: Vec<String>,
}

impl TryFrom<RawFramework> for Framework {
    type Error = Vec<BankProblem>;

    /// The file's own rules (its schema version, phase numbers that are numbers of a phase)
    /// here; every rule of a framework in [`Framework::new`].
    fn try_from(raw: RawFramework) -> Result<Self, Self::Error> {
        let mut problems = Vec::new();
        if raw.schema_version != SCHEMA_VERSION {
            problems.push(BankProblem::Schema {
                found: raw.schema_version,
                supported: SCHEMA_VERSION,
            });
        }
        let numbers: Vec<i64> = raw.scale.phases.iter().map(|phase| phase.number).collect();
        // A phase whose number is no phase's cannot reach the model's checks: its text is
        // checked here, so a bank's every problem is still listed at once.
        for phase in raw
            .scale
            .phases
            .iter()
            .filter(|p| Phase::try_from(p.number).is_err())
        {
            for (field, text) in [
                ("id", &phase.id),
                ("name", &phase.name),
                ("description", &phase.description),
            ] {
                if text.trim().is_empty() {
                    problems.push(BankProblem::PhaseFieldEmpty {
                        number: phase.number,
                        field,
                    });
                }
            }
        }
        let phases: Vec<PhaseInfo> = raw
            .scale
            .phases
            .into_iter()
            .filter_map(|phase| {
                Some(PhaseInfo {
                    number: Phase::try_from(phase.number).ok()?,
                    id: phase.id,
                    name: phase.name,
                    description: phase.description,
                })
            })
            .collect();
        // With a number that is no phase's, the numbers are named as the file has them, in
        // place of what the model would say of those left.
        let (as_written, as_read) = if phases.len() == numbers.len() {
            (None, None)
        } else {
            let read: Vec<i64> = phases
                .iter()
                .map(|p| i64::from(p.number.number()))
                .collect();
            (
                phase_numbers_problem(&numbers),
                phase_numbers_problem(&read),
            )
        };
        problems.extend(as_written.map(BankProblem::Framework));
        let parts = FrameworkParts {
            id: raw.id,
            version: raw.version,
            title: raw.title,
            attribution: Attribution {
                name: raw.attribution.name,
                url: raw.attribution.url,
            },
            wording_note: raw.wording_note,
            scale: Scale {
                name: raw.scale.name,
                ordered: raw.scale.ordered,
                cyclical: raw.scale.cyclical,
                provisional: raw.scale.provisional,
                phases,
            },
            domains: raw.domains.into_iter().map(domain).collect(),
        };
        match Framework::new(parts) {
            Ok(framework) if problems.is_empty() => Ok(framework),
            Ok(_) => Err(problems),
            Err(more) => {
                problems.extend(
                    more.into_iter()
                        .filter(|p| Some(p) != as_read.as_ref())
                        .map(BankProblem::Framework),
                );
                Err(problems)
            }
        }
    }
}

fn domain(raw: RawDomain) -> Domain {
    Domain {
        id: DomainId::new(raw.id),
        title: raw.title,
        summary: raw.summary,
        source: raw.source,
        provisional: raw.provisional,
        questions: raw
            .questions
            .into_iter()
            .map(|question| Question {
                id: QuestionId::new(question.id),
                text: question.text,
                guidance: question.guidance,
                evidence_examples: question.evidence_examples,
            })
            .collect(),
    }
}

/// Loads the map of a move to another version of the bank (`migrate --map MAP.json`).
pub fn load_map(path: &Path) -> Result<crate::model::migrate::Map, Error> {
    let text = read_text(path)?;
    expect_object(Document::MigrationMap, &text, path)?;
    refuse_repeated_keys(Document::MigrationMap, &text, path)?;
    serde_json::from_str(&text).map_err(|err| {
        json_error::<crate::model::migrate::Map>(Document::MigrationMap, path, &err, &text)
    })
}
