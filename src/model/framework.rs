//! The framework: seven domains of civic commitment, their key questions, and the scale of six
//! phases they are rated on. Built only through `storage::framework_file`, which checks every
//! invariant (unique ids, non-empty text, exactly one ordered scale of six phases).

use serde::Serialize;

use super::{DomainId, Phase, QuestionId};

/// A validated framework bank.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Framework {
    /// Stable id, matched against the `framework.id` of every assessment.
    pub id: String,
    /// Version of the wording, recorded in every assessment.
    pub version: String,
    /// Display title, such as "Civic Impact Framework".
    pub title: String,
    /// Who published the framework, with a link to it.
    pub attribution: Attribution,
    /// Where the wording comes from and which parts are provisional.
    pub wording_note: String,
    /// The phases of progress every question is rated on.
    pub scale: Scale,
    /// The domains, in the framework's order.
    pub domains: Vec<Domain>,
}

/// Who published the framework.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Attribution {
    /// Publisher's name.
    pub name: String,
    /// Publisher's page for the framework.
    pub url: String,
}

/// The ordered, cyclical scale of phases of progress.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Scale {
    /// Display name, such as "Phases of progress".
    pub name: String,
    /// Always true for a valid bank: phases are ordered.
    pub ordered: bool,
    /// Whether the last phase leads back into the first.
    pub cyclical: bool,
    /// True when the phase names are our own, not the published ones.
    pub provisional: bool,
    /// Exactly six phases, numbered 1 to 6, in order.
    pub phases: Vec<PhaseInfo>,
}

/// The name and description of one phase.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PhaseInfo {
    /// The phase's number, 1–6.
    pub number: Phase,
    /// Stable id, such as `exploring`.
    pub id: String,
    /// Display name, such as "Exploring".
    pub name: String,
    /// One or two sentences a workshop can rate against.
    pub description: String,
}

/// One domain of civic commitment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Domain {
    /// Stable id, such as `economy`.
    pub id: DomainId,
    /// Display title.
    pub title: String,
    /// A sentence or two on what the domain covers.
    pub summary: String,
    /// The published page the questions paraphrase, if any.
    pub source: Option<String>,
    /// True when the domain is our own, not in any public copy of the framework.
    pub provisional: bool,
    /// The key questions, in order.
    pub questions: Vec<Question>,
}

/// One key question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Question {
    /// Stable id, such as `economy.prosperity`.
    pub id: QuestionId,
    /// The question as asked.
    pub text: String,
    /// A line or two to help a working group discuss it.
    pub guidance: String,
    /// Examples of evidence or data sources.
    pub evidence_examples: Vec<String>,
}

impl Framework {
    /// The name and description of a phase.
    pub fn phase(&self, phase: Phase) -> Option<&PhaseInfo> {
        self.scale.phases.get(phase.index())
    }

    /// The display name of a phase, or its number when the bank lacks it.
    pub fn phase_name(&self, phase: Phase) -> String {
        self.phase(phase)
            .map_or_else(|| format!("Phase {phase}"), |info| info.name.clone())
    }

    /// A domain by id.
    pub fn domain(&self, id: &DomainId) -> Option<&Domain> {
        self.domains.iter().find(|domain| &domain.id == id)
    }

    /// A question and its domain, by question id.
    pub fn question(&self, id: &QuestionId) -> Option<(&Domain, &Question)> {
        self.domains.iter().find_map(|domain| {
            domain
                .questions
                .iter()
                .find(|question| &question.id == id)
                .map(|question| (domain, question))
        })
    }

    /// A question's number as people say it: "3.1" for the first question of domain 3.
    pub fn question_number(&self, id: &QuestionId) -> Option<String> {
        self.domains.iter().enumerate().find_map(|(d, domain)| {
            let q = domain
                .questions
                .iter()
                .position(|question| &question.id == id)?;
            Some(format!("{}.{}", d + 1, q + 1))
        })
    }

    /// Every question in framework order.
    pub fn questions(&self) -> impl Iterator<Item = (&Domain, &Question)> {
        self.domains.iter().flat_map(|domain| {
            domain
                .questions
                .iter()
                .map(move |question| (domain, question))
        })
    }

    /// How many key questions the framework has.
    pub fn question_count(&self) -> usize {
        self.domains
            .iter()
            .map(|domain| domain.questions.len())
            .sum()
    }

    /// Whether any wording is our own rather than published.
    pub fn has_provisional_parts(&self) -> bool {
        self.scale.provisional || self.domains.iter().any(|domain| domain.provisional)
    }
}
