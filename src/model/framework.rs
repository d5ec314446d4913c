//! The framework: seven domains of civic commitment, their key questions, and the scale of six
//! phases they are rated on. Its fields are private: a `Framework` exists only once
//! [`Framework::new`] has checked every rule (unique ids, text where text is needed, links that
//! may be opened, exactly one ordered scale of six phases), so no code that holds one need check
//! again.
//!
//! A bank's texts are in one language, with translations into others by id; a framework is
//! shown in one language ([`Framework::in_language`]), each text in the first language that has
//! it, and knows which language each text it shows is in ([`Framework::text_language`]).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use serde::Serialize;

use super::translation::{BankJson, Chooser, Shown, spoken};
use super::{DomainId, Phase, QuestionId, TextOf, Translation};
use crate::i18n::Lang;
use crate::tr;

/// A validated framework bank, shown in one language. Serialized, it is the bank as written
/// (its own texts and every translation), whichever language it is shown in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Framework {
    id: String,
    version: String,
    /// The texts below are the ones shown, in the language of `shown` where the bank has them.
    title: String,
    attribution: Attribution,
    wording_note: String,
    scale: Scale,
    domains: Vec<Domain>,
    /// The language shown, and the texts shown in another for want of a translation.
    shown: Shown,
    /// The bank as given: its own texts, their language and its translations. Shared by every
    /// copy in another language, so any copy can be shown in any language, or written out.
    bank: Arc<FrameworkParts>,
}

/// What a framework is made of, before its rules are checked: give it to [`Framework::new`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FrameworkParts {
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
    /// The language the texts above are in (the pseudo-locale counts as British English).
    pub language: Lang,
    /// The texts in other languages, by the ids above; a translation into `language` itself
    /// is never shown (the bank reader refuses one), nor are texts for ids the bank lacks.
    pub translations: BTreeMap<Lang, Translation>,
}

/// Who published the framework: a name, never translated.
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
    /// Checks every rule of a framework and builds it, shown in its own language, or lists
    /// every problem found.
    pub fn new(mut parts: FrameworkParts) -> Result<Self, Vec<String>> {
        let mut check = Checker::default();
        check.non_empty(&Part::FrameworkId, &parts.id);
        check.non_empty(&Part::FrameworkVersion, &parts.version);
        check.non_empty(&Part::FrameworkTitle, &parts.title);
        check.non_empty(&Part::AttributionName, &parts.attribution.name);
        check.non_empty(&Part::AttributionUrl, &parts.attribution.url);
        check.link(&Part::AttributionUrl, &parts.attribution.url);
        check.non_empty(&Part::WordingNote, &parts.wording_note);
        check.scale(&parts.scale);
        if parts.domains.is_empty() {
            check.problems.push(tr!("problem-bank-no-domains"));
        }
        let mut domain_ids = BTreeSet::new();
        let mut question_ids = BTreeSet::new();
        for (index, domain) in parts.domains.iter().enumerate() {
            check.domain(&mut domain_ids, &mut question_ids, index, domain);
        }
        if !check.problems.is_empty() {
            return Err(check.problems);
        }
        parts.language = spoken(parts.language);
        let language = parts.language;
        Ok(Self::shown_in(Arc::new(parts), language))
    }

    /// The framework as shown in `lang` (the pseudo-locale counts as British English): each
    /// text in `lang` where the bank has it, else in the language that has it, never blank
    /// while any language has the text; [`Framework::text_language`] says which. Ids, numbers,
    /// order, links, the scale's rules, the id and the version are the same in every language.
    #[must_use]
    pub fn in_language(&self, lang: Lang) -> Self {
        Self::shown_in(Arc::clone(&self.bank), lang)
    }

    /// The bank's texts, chosen for `lang`.
    fn shown_in(bank: Arc<FrameworkParts>, lang: Lang) -> Self {
        let mut choose = Chooser::new(&bank, lang);
        let title = choose.text(TextOf::Title, &bank.title, |t| t.title.as_ref());
        let wording_note = choose.text(TextOf::WordingNote, &bank.wording_note, |t| {
            t.wording_note.as_ref()
        });
        let scale = Scale {
            name: choose.text(TextOf::ScaleName, &bank.scale.name, |t| {
                t.scale.name.as_ref()
            }),
            phases: bank
                .scale
                .phases
                .iter()
                .map(|phase| {
                    let id = &phase.id;
                    PhaseInfo {
                        number: phase.number,
                        id: id.clone(),
                        name: choose.text(TextOf::PhaseName(phase.number), &phase.name, |t| {
                            t.scale.phases.get(id)?.name.as_ref()
                        }),
                        description: choose.text(
                            TextOf::PhaseDescription(phase.number),
                            &phase.description,
                            |t| t.scale.phases.get(id)?.description.as_ref(),
                        ),
                    }
                })
                .collect(),
            ..bank.scale.clone()
        };
        let domains = bank
            .domains
            .iter()
            .map(|domain| choose.domain(domain))
            .collect();
        let shown = choose.finish();
        Self {
            id: bank.id.clone(),
            version: bank.version.clone(),
            title,
            attribution: bank.attribution.clone(),
            wording_note,
            scale,
            domains,
            shown,
            bank,
        }
    }

    /// The bank's parts as given (its own texts and its translations, whichever language this
    /// copy is shown in), to build a changed framework (which [`Framework::new`] checks again).
    pub fn into_parts(self) -> FrameworkParts {
        Arc::unwrap_or_clone(self.bank)
    }

    /// The language this copy is shown in: British English or Welsh, never the pseudo-locale.
    pub fn language(&self) -> Lang {
        self.shown.lang
    }

    /// The language the bank's own texts are in (its file's `language`).
    pub fn bank_language(&self) -> Lang {
        self.bank.language
    }

    /// The bank's texts in `lang`, if it has a translation into it.
    pub fn translation(&self, lang: Lang) -> Option<&Translation> {
        self.bank.translations.get(&lang)
    }

    /// The language a text is shown in: this copy's [`Framework::language`], or another when
    /// the bank lacks the text in it. A text of an id the framework lacks is in the copy's.
    pub fn text_language(&self, of: TextOf<'_>) -> Lang {
        self.shown.of(of)
    }

    /// The language a text is shown in when it is not this copy's, to tag it "(in English)":
    /// `None` for a text in the language asked.
    pub fn other_language(&self, of: TextOf<'_>) -> Option<Lang> {
        let lang = self.text_language(of);
        (lang != self.shown.lang).then_some(lang)
    }

    /// Stable id, matched against the `framework.id` of every assessment.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Version of the wording, recorded in every assessment.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// Display title, such as "Civic Impact Framework".
    pub fn title(&self) -> &str {
        &self.title
    }

    /// Who published the framework, with a link to it.
    pub fn attribution(&self) -> &Attribution {
        &self.attribution
    }

    /// Where the wording comes from and which parts are provisional.
    pub fn wording_note(&self) -> &str {
        &self.wording_note
    }

    /// The phases of progress every question is rated on: always six, numbered 1 to 6.
    pub fn scale(&self) -> &Scale {
        &self.scale
    }

    /// The domains, in the framework's order: at least one, each with at least one question.
    pub fn domains(&self) -> &[Domain] {
        &self.domains
    }

    /// The name and description of a phase.
    pub fn phase(&self, phase: Phase) -> Option<&PhaseInfo> {
        self.scale.phases.get(phase.index())
    }

    /// The display name of a phase, or its number when the bank lacks it.
    pub fn phase_name(&self, phase: Phase) -> String {
        self.phase(phase).map_or_else(
            || tr!("words-phase-fallback", number = phase.number()),
            |info| info.name.clone(),
        )
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

impl Serialize for Framework {
    /// The bank as written, in its own language with its translations: never a shown copy.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        BankJson(&self.bank).serialize(serializer)
    }
}

/// The problem with a scale's phase numbers, as written, unless they are exactly 1 to 6 in
/// order. A bank reader names numbers that are no phase's with it.
pub fn phase_numbers_problem(numbers: &[i64]) -> Option<String> {
    let expected: Vec<i64> = Phase::all().map(|p| i64::from(p.number())).collect();
    (numbers != expected.as_slice()).then(|| {
        tr!(
            "problem-bank-phase-numbers",
            numbers = format!("{numbers:?}")
        )
    })
}

/// A part of a framework that a problem names: "framework title", "domain 2 (economy) source".
enum Part<'a> {
    FrameworkId,
    FrameworkVersion,
    FrameworkTitle,
    AttributionName,
    AttributionUrl,
    WordingNote,
    ScaleName,
    /// A field of a phase ("id", "name", "description").
    Phase {
        number: u8,
        field: &'static str,
    },
    /// A domain, from 1.
    Domain {
        number: usize,
        id: &'a str,
    },
    /// A field of a domain ("id", "title", "summary", "source").
    DomainField {
        number: usize,
        id: &'a str,
        field: &'static str,
    },
    QuestionId,
    QuestionText(&'a str),
    QuestionExample(&'a str),
}

impl Part<'_> {
    /// The part in words, from the catalogue.
    fn words(&self) -> String {
        match self {
            Self::FrameworkId => tr!("problem-bank-part-framework-id"),
            Self::FrameworkVersion => tr!("problem-bank-part-framework-version"),
            Self::FrameworkTitle => tr!("problem-bank-part-framework-title"),
            Self::AttributionName => tr!("problem-bank-part-attribution-name"),
            Self::AttributionUrl => tr!("problem-bank-part-attribution-url"),
            Self::WordingNote => tr!("problem-bank-part-wording-note"),
            Self::ScaleName => tr!("problem-bank-part-scale-name"),
            Self::Phase { number, field } => {
                tr!("problem-bank-part-phase", number = *number, field = *field)
            }
            Self::Domain { number, id } => {
                tr!("problem-bank-part-domain", number = *number, id = *id)
            }
            Self::DomainField { number, id, field } => tr!(
                "problem-bank-part-domain-field",
                number = *number,
                id = *id,
                field = *field
            ),
            Self::QuestionId => tr!("problem-bank-part-question-id"),
            Self::QuestionText(id) => tr!("problem-bank-part-question-text", id = *id),
            Self::QuestionExample(id) => tr!("problem-bank-part-question-example", id = *id),
        }
    }
}

/// Collects problems while checking a framework.
#[derive(Default)]
struct Checker {
    problems: Vec<String>,
}

impl Checker {
    fn non_empty(&mut self, what: &Part<'_>, text: &str) {
        if text.trim().is_empty() {
            self.problems
                .push(tr!("problem-bank-empty", what = what.words()));
        }
    }

    /// A link in the bank is checked as an evidence link is: it must be one that may be opened.
    fn link(&mut self, what: &Part<'_>, link: &str) {
        if let Some(problem) = super::LinkKind::of(link).problem() {
            self.problems.push(tr!(
                "problem-bank-link",
                what = what.words(),
                problem = problem,
                link = link.trim()
            ));
        }
    }

    /// `kind` is "phase", "domain" or "question".
    fn unique(&mut self, seen: &mut BTreeSet<String>, kind: &'static str, id: &str) {
        if !seen.insert(id.to_owned()) {
            self.problems
                .push(tr!("problem-bank-repeated-id", kind = kind, id = id));
        }
    }

    fn scale(&mut self, scale: &Scale) {
        self.non_empty(&Part::ScaleName, &scale.name);
        if !scale.ordered {
            self.problems.push(tr!("problem-bank-not-ordered"));
        }
        let numbers: Vec<i64> = scale
            .phases
            .iter()
            .map(|p| i64::from(p.number.number()))
            .collect();
        self.problems.extend(phase_numbers_problem(&numbers));
        let mut ids = BTreeSet::new();
        for phase in &scale.phases {
            let number = phase.number.number();
            self.non_empty(
                &Part::Phase {
                    number,
                    field: "id",
                },
                &phase.id,
            );
            self.unique(&mut ids, "phase", &phase.id);
            self.non_empty(
                &Part::Phase {
                    number,
                    field: "name",
                },
                &phase.name,
            );
            self.non_empty(
                &Part::Phase {
                    number,
                    field: "description",
                },
                &phase.description,
            );
        }
    }

    fn domain(
        &mut self,
        domain_ids: &mut BTreeSet<String>,
        question_ids: &mut BTreeSet<String>,
        index: usize,
        domain: &Domain,
    ) {
        let (number, id) = (index + 1, domain.id.as_str());
        let field = |field: &'static str| Part::DomainField { number, id, field };
        self.non_empty(&field("id"), id);
        self.unique(domain_ids, "domain", id);
        self.non_empty(&field("title"), &domain.title);
        self.non_empty(&field("summary"), &domain.summary);
        let what = Part::Domain { number, id };
        match (&domain.source, domain.provisional) {
            (None, false) => self
                .problems
                .push(tr!("problem-bank-needs-source", what = what.words())),
            (Some(source), _) => {
                self.non_empty(&field("source"), source);
                self.link(&field("source"), source);
            }
            (None, true) => {}
        }
        if domain.questions.is_empty() {
            self.problems
                .push(tr!("problem-bank-no-questions", what = what.words()));
        }
        for question in &domain.questions {
            let id = question.id.as_str();
            self.non_empty(&Part::QuestionId, id);
            self.unique(question_ids, "question", id);
            self.non_empty(&Part::QuestionText(id), &question.text);
            for example in &question.evidence_examples {
                self.non_empty(&Part::QuestionExample(id), example);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing;

    fn parts() -> FrameworkParts {
        testing::framework(&[2, 1]).into_parts()
    }

    #[test]
    fn a_framework_is_only_built_when_every_rule_holds() {
        let good = Framework::new(parts()).unwrap();
        assert_eq!(good.domains().len(), 2);
        assert_eq!(good.question_count(), 3);
        assert_eq!(Framework::new(good.clone().into_parts()), Ok(good));

        let mut broken = parts();
        broken.title = " ".to_owned();
        broken.attribution.url = "javascript:alert(1)".to_owned();
        broken.scale.phases.pop();
        if let Some(domain) = broken.domains.get_mut(1) {
            domain.id = DomainId::new("d0");
            domain.provisional = false;
            domain.questions.clear();
        }
        if let Some(question) = broken
            .domains
            .get_mut(0)
            .and_then(|d| d.questions.get_mut(1))
        {
            question.id = QuestionId::new("d0.q0");
        }
        let problems = Framework::new(broken).unwrap_err();
        let expected = [
            "framework title is empty",
            "attribution url",
            "found numbers [1, 2, 3, 4, 5]",
            "question id \"d0.q0\" is used more than once",
            "domain id \"d0\" is used more than once",
            "domain 2 (d0) needs a source URL",
            "domain 2 (d0) has no questions",
        ];
        for needle in expected {
            assert!(
                problems.iter().any(|p| p.contains(needle)),
                "no problem mentions {needle:?}: {problems:#?}"
            );
        }
        assert_eq!(problems.len(), expected.len(), "{problems:#?}");
    }

    #[test]
    fn a_framework_without_domains_is_refused() {
        let mut empty = parts();
        empty.domains.clear();
        assert_eq!(
            Framework::new(empty).unwrap_err(),
            ["the bank has no domains"]
        );
    }
}
