//! Framework banks (`questions/*.json`): the raw file shape, and the conversion that checks every
//! rule and lists every problem. The Civic Impact Framework bank is compiled in as the default.

use std::collections::BTreeSet;
use std::path::Path;

use serde::Deserialize;

use super::Error;
use super::read::{expect_object, json_error, read_text, refuse_repeated_keys};
use crate::model::{
    Attribution, Domain, DomainId, Framework, Phase, PhaseInfo, Question, QuestionId, Scale,
};

/// The bank compiled into the binary.
pub const DEFAULT_BANK: &str = include_str!("../../questions/civic-impact-framework.json");

/// The bank schema this build reads.
pub const SCHEMA_VERSION: u32 = 1;

/// The compiled-in Civic Impact Framework.
pub fn default_framework() -> Result<Framework, Error> {
    parse(
        DEFAULT_BANK,
        Path::new("questions/civic-impact-framework.json (built in)"),
    )
}

/// Loads a bank from a file.
pub fn load(path: &Path) -> Result<Framework, Error> {
    parse(&read_text(path)?, path)
}

/// Parses and checks a bank; `path` names it in errors.
pub fn parse(text: &str, path: &Path) -> Result<Framework, Error> {
    expect_object("framework bank", text, path)?;
    refuse_repeated_keys("framework bank", text, path)?;
    let raw: RawFramework =
        serde_json::from_str(text).map_err(|err| json_error("framework bank", path, &err))?;
    Framework::try_from(raw).map_err(|problems| Error::InvalidFramework {
        path: path.to_owned(),
        problems,
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

/// Collects problems while checking a bank.
#[derive(Default)]
struct Checker {
    problems: Vec<String>,
}

impl Checker {
    fn non_empty(&mut self, what: &str, text: &str) {
        if text.trim().is_empty() {
            self.problems.push(format!("{what} is empty"));
        }
    }

    /// A link in the bank is checked as an evidence link is: it must be one that may be opened.
    fn link(&mut self, what: &str, link: &str) {
        if let Some(problem) = crate::model::LinkKind::of(link).problem() {
            self.problems
                .push(format!("{what}: {problem}: {}", link.trim()));
        }
    }

    fn unique(&mut self, seen: &mut BTreeSet<String>, kind: &str, id: &str) {
        if !seen.insert(id.to_owned()) {
            self.problems
                .push(format!("{kind} id \"{id}\" is used more than once"));
        }
    }
}

impl TryFrom<RawFramework> for Framework {
    type Error = Vec<String>;

    fn try_from(raw: RawFramework) -> Result<Self, Self::Error> {
        let mut check = Checker::default();
        if raw.schema_version != SCHEMA_VERSION {
            check.problems.push(format!(
                "schema_version {} is not supported (this build reads {SCHEMA_VERSION})",
                raw.schema_version
            ));
        }
        check.non_empty("framework id", &raw.id);
        check.non_empty("framework version", &raw.version);
        check.non_empty("framework title", &raw.title);
        check.non_empty("attribution name", &raw.attribution.name);
        check.non_empty("attribution url", &raw.attribution.url);
        check.link("attribution url", &raw.attribution.url);
        check.non_empty("wording note", &raw.wording_note);
        let scale = check_scale(&mut check, raw.scale);
        if raw.domains.is_empty() {
            check.problems.push("the bank has no domains".to_owned());
        }
        let mut domain_ids = BTreeSet::new();
        let mut question_ids = BTreeSet::new();
        let domains: Vec<Domain> = raw
            .domains
            .into_iter()
            .enumerate()
            .map(|(index, domain)| {
                check_domain(
                    &mut check,
                    &mut domain_ids,
                    &mut question_ids,
                    index,
                    domain,
                )
            })
            .collect();
        if !check.problems.is_empty() {
            return Err(check.problems);
        }
        Ok(Framework {
            id: raw.id,
            version: raw.version,
            title: raw.title,
            attribution: Attribution {
                name: raw.attribution.name,
                url: raw.attribution.url,
            },
            wording_note: raw.wording_note,
            scale,
            domains,
        })
    }
}

fn check_scale(check: &mut Checker, raw: RawScale) -> Scale {
    check.non_empty("scale name", &raw.name);
    if !raw.ordered {
        check
            .problems
            .push("the scale must be ordered (\"ordered\": true)".to_owned());
    }
    let numbers: Vec<i64> = raw.phases.iter().map(|phase| phase.number).collect();
    let expected: Vec<i64> = Phase::all()
        .map(|phase| i64::from(phase.number()))
        .collect();
    if numbers != expected {
        check.problems.push(format!(
            "the scale must have exactly one ordered list of the six phases numbered 1 to 6, found numbers {numbers:?}"
        ));
    }
    let mut ids = BTreeSet::new();
    let phases = raw
        .phases
        .into_iter()
        .filter_map(|phase| {
            let what = format!("phase {}", phase.number);
            check.non_empty(&format!("{what} id"), &phase.id);
            check.unique(&mut ids, "phase", &phase.id);
            check.non_empty(&format!("{what} name"), &phase.name);
            check.non_empty(&format!("{what} description"), &phase.description);
            Some(PhaseInfo {
                number: Phase::try_from(phase.number).ok()?,
                id: phase.id,
                name: phase.name,
                description: phase.description,
            })
        })
        .collect();
    Scale {
        name: raw.name,
        ordered: raw.ordered,
        cyclical: raw.cyclical,
        provisional: raw.provisional,
        phases,
    }
}

fn check_domain(
    check: &mut Checker,
    domain_ids: &mut BTreeSet<String>,
    question_ids: &mut BTreeSet<String>,
    index: usize,
    raw: RawDomain,
) -> Domain {
    let what = format!("domain {} ({})", index + 1, raw.id);
    check.non_empty(&format!("{what} id"), &raw.id);
    check.unique(domain_ids, "domain", &raw.id);
    check.non_empty(&format!("{what} title"), &raw.title);
    check.non_empty(&format!("{what} summary"), &raw.summary);
    match (&raw.source, raw.provisional) {
        (None, false) => check.problems.push(format!(
            "{what} needs a source URL or \"provisional\": true"
        )),
        (Some(source), _) => {
            check.non_empty(&format!("{what} source"), source);
            check.link(&format!("{what} source"), source);
        }
        (None, true) => {}
    }
    if raw.questions.is_empty() {
        check.problems.push(format!("{what} has no questions"));
    }
    let questions = raw
        .questions
        .into_iter()
        .map(|question| {
            let what = format!("question {}", question.id);
            check.non_empty("question id", &question.id);
            check.unique(question_ids, "question", &question.id);
            check.non_empty(&format!("{what} text"), &question.text);
            for example in &question.evidence_examples {
                check.non_empty(&format!("{what} evidence example"), example);
            }
            Question {
                id: QuestionId::new(question.id),
                text: question.text,
                guidance: question.guidance,
                evidence_examples: question.evidence_examples,
            }
        })
        .collect();
    Domain {
        id: DomainId::new(raw.id),
        title: raw.title,
        summary: raw.summary,
        source: raw.source,
        provisional: raw.provisional,
        questions,
    }
}

/// Loads the map of a move to another version of the bank (`migrate --map MAP.json`).
pub fn load_map(path: &Path) -> Result<crate::model::migrate::Map, Error> {
    let text = read_text(path)?;
    expect_object("migration map", &text, path)?;
    refuse_repeated_keys("migration map", &text, path)?;
    serde_json::from_str(&text).map_err(|err| json_error("migration map", path, &err))
}
