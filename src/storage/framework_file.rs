//! Framework banks (`questions/*.json`): the raw file shape, and its conversion to a
//! [`Framework`], which checks every rule and lists every problem. The Civic Impact Framework
//! bank is compiled in as the default.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Deserialize;

use super::read::{expect_object, json_error, read_text, refuse_repeated_keys};
use super::{BankProblem, Document, Error};
use crate::i18n::Lang;
use crate::model::framework::phase_numbers_problem;
use crate::model::{
    Attribution, Domain, DomainId, DomainTranslation, Framework, FrameworkParts, Phase, PhaseInfo,
    PhaseTranslation, Question, QuestionId, QuestionTranslation, Scale, ScaleTranslation,
    Translation,
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
    /// The language of the bank's own texts, as a tag; British English when absent.
    #[serde(default)]
    language: Option<String>,
    title: String,
    attribution: RawAttribution,
    wording_note: String,
    scale: RawScale,
    domains: Vec<RawDomain>,
    /// The texts in other languages, by language tag.
    #[serde(default)]
    translations: BTreeMap<String, RawTranslation>,
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

/// A bank's texts in another language, by the ids of its own; every text optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTranslation {
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    wording_note: Option<String>,
    #[serde(default)]
    scale: RawScaleTranslation,
    #[serde(default)]
    domains: BTreeMap<String, RawDomainTranslation>,
    #[serde(default)]
    questions: BTreeMap<String, RawQuestionTranslation>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScaleTranslation {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    phases: BTreeMap<String, RawPhaseTranslation>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPhaseTranslation {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    description: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDomainTranslation {
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    summary: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestionTranslation {
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    guidance: Option<String>,
    #[serde(default)]
    evidence_examples: Option<Vec<String>>,
}

impl TryFrom<RawFramework> for Framework {
    type Error = Vec<BankProblem>;

    /// The file's own rules (its schema version, phase numbers that are numbers of a phase)
    /// here; every rule of a framework in [`Framework::new`].
    fn try_from(mut raw: RawFramework) -> Result<Self, Self::Error> {
        let mut problems = Vec::new();
        if raw.schema_version != SCHEMA_VERSION {
            problems.push(BankProblem::Schema {
                found: raw.schema_version,
                supported: SCHEMA_VERSION,
            });
        }
        let translations = std::mem::take(&mut raw.translations);
        let (language, translations) = languages(&raw, translations, &mut problems);
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
            language,
            translations,
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

/// The language a bank's tag names: exactly one of the tags the workbook writes.
fn spoken(tag: &str) -> Option<Lang> {
    Lang::SPOKEN.into_iter().find(|lang| lang.tag() == tag)
}

/// The bank's language and its `translations`, whose every id must be one of the bank's.
fn languages(
    raw: &RawFramework,
    translations: BTreeMap<String, RawTranslation>,
    problems: &mut Vec<BankProblem>,
) -> (Lang, BTreeMap<Lang, Translation>) {
    let language = match raw.language.as_deref() {
        None => Lang::EnGb,
        Some(tag) => spoken(tag).unwrap_or_else(|| {
            problems.push(BankProblem::Language {
                tag: tag.to_owned(),
            });
            Lang::EnGb
        }),
    };
    let phases: BTreeSet<&str> = raw.scale.phases.iter().map(|p| p.id.as_str()).collect();
    let domains: BTreeSet<&str> = raw.domains.iter().map(|d| d.id.as_str()).collect();
    let questions: BTreeSet<&str> = raw
        .domains
        .iter()
        .flat_map(|d| d.questions.iter().map(|q| q.id.as_str()))
        .collect();
    let mut kept = BTreeMap::new();
    for (tag, translation) in translations {
        // A problem for each id of a `kind` that is not among the bank's `ids`.
        let unknown = |kind, named: Vec<&String>, ids: &BTreeSet<&str>| {
            named
                .into_iter()
                .filter(|id| !ids.contains(id.as_str()))
                .map(|id| BankProblem::TranslationUnknownId {
                    tag: tag.clone(),
                    kind,
                    id: id.clone(),
                })
                .collect::<Vec<_>>()
        };
        problems.extend(unknown(
            "phase",
            translation.scale.phases.keys().collect(),
            &phases,
        ));
        problems.extend(unknown(
            "domain",
            translation.domains.keys().collect(),
            &domains,
        ));
        problems.extend(unknown(
            "question",
            translation.questions.keys().collect(),
            &questions,
        ));
        match spoken(&tag) {
            None => problems.push(BankProblem::TranslationLanguage { tag }),
            Some(lang) if lang == language => {
                problems.push(BankProblem::TranslationOwnLanguage { tag });
            }
            Some(lang) => {
                kept.insert(lang, translated(translation));
            }
        }
    }
    (language, kept)
}

/// A translation as the model keeps it.
fn translated(raw: RawTranslation) -> Translation {
    Translation {
        title: raw.title,
        wording_note: raw.wording_note,
        scale: ScaleTranslation {
            name: raw.scale.name,
            phases: raw
                .scale
                .phases
                .into_iter()
                .map(|(id, phase)| {
                    let phase = PhaseTranslation {
                        name: phase.name,
                        description: phase.description,
                    };
                    (id, phase)
                })
                .collect(),
        },
        domains: raw
            .domains
            .into_iter()
            .map(|(id, domain)| {
                let domain = DomainTranslation {
                    title: domain.title,
                    summary: domain.summary,
                };
                (DomainId::new(id), domain)
            })
            .collect(),
        questions: raw
            .questions
            .into_iter()
            .map(|(id, question)| {
                let question = QuestionTranslation {
                    text: question.text,
                    guidance: question.guidance,
                    evidence_examples: question.evidence_examples,
                };
                (QuestionId::new(id), question)
            })
            .collect(),
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
