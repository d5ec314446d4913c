//! A framework's texts in another language, by id (a bank's `translations`), and which language
//! each text of a copy shown in one language is actually in ([`super::Framework::in_language`]):
//! a text a translation lacks is shown in the language that has it, never left blank.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{Domain, DomainId, FrameworkParts, Phase, Question, QuestionId};
use crate::i18n::Lang;

mod json;
#[cfg(test)]
mod tests;

pub(super) use json::BankJson;

/// A bank's texts in one other language, by the ids of its own; every text optional. A text
/// missing or blank here is shown in the bank's own language, and says so.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Translation {
    /// The framework's title.
    pub title: Option<String>,
    /// Where the wording comes from and which parts are provisional.
    pub wording_note: Option<String>,
    /// The scale's name and its phases' texts.
    pub scale: ScaleTranslation,
    /// Domains' texts, by domain id.
    pub domains: BTreeMap<DomainId, DomainTranslation>,
    /// Questions' texts, by question id.
    pub questions: BTreeMap<QuestionId, QuestionTranslation>,
}

/// The scale's texts in another language.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScaleTranslation {
    /// The scale's name, such as "Cyfnodau cynnydd".
    pub name: Option<String>,
    /// Phases' texts, by phase id (`exploring`), as a bank names them.
    pub phases: BTreeMap<String, PhaseTranslation>,
}

/// A phase's texts in another language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct PhaseTranslation {
    /// The phase's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// What the phase looks like.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// A domain's texts in another language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct DomainTranslation {
    /// The domain's title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// What the domain covers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
}

/// A question's texts in another language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct QuestionTranslation {
    /// The question as asked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Help for discussing it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub guidance: Option<String>,
    /// The translation's own examples of evidence: a list of its own, of any length, shown
    /// whole in place of the bank's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence_examples: Option<Vec<String>>,
}

impl ScaleTranslation {
    fn is_empty(&self) -> bool {
        self.name.is_none() && self.phases.is_empty()
    }
}

/// One text of a framework, to ask which language it is shown in
/// ([`super::Framework::text_language`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextOf<'a> {
    /// The framework's title.
    Title,
    /// The note on where the wording comes from.
    WordingNote,
    /// The scale's name.
    ScaleName,
    /// A phase's name.
    PhaseName(Phase),
    /// A phase's description.
    PhaseDescription(Phase),
    /// A domain's title.
    DomainTitle(&'a DomainId),
    /// A domain's summary.
    DomainSummary(&'a DomainId),
    /// A question as asked.
    QuestionText(&'a QuestionId),
    /// A question's guidance.
    QuestionGuidance(&'a QuestionId),
    /// A question's examples of evidence, as one list.
    QuestionExamples(&'a QuestionId),
}

/// Which of a framework's texts a [`TextOf`] is, owned, to key a map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Field {
    Title,
    WordingNote,
    ScaleName,
    PhaseName,
    PhaseDescription,
    DomainTitle,
    DomainSummary,
    QuestionText,
    QuestionGuidance,
    QuestionExamples,
}

impl TextOf<'_> {
    /// The text as a map's key: its field, and the id (or phase number) of what it belongs to.
    fn key(self) -> (Field, String) {
        match self {
            Self::Title => (Field::Title, String::new()),
            Self::WordingNote => (Field::WordingNote, String::new()),
            Self::ScaleName => (Field::ScaleName, String::new()),
            Self::PhaseName(phase) => (Field::PhaseName, phase.number().to_string()),
            Self::PhaseDescription(phase) => (Field::PhaseDescription, phase.number().to_string()),
            Self::DomainTitle(id) => (Field::DomainTitle, id.as_str().to_owned()),
            Self::DomainSummary(id) => (Field::DomainSummary, id.as_str().to_owned()),
            Self::QuestionText(id) => (Field::QuestionText, id.as_str().to_owned()),
            Self::QuestionGuidance(id) => (Field::QuestionGuidance, id.as_str().to_owned()),
            Self::QuestionExamples(id) => (Field::QuestionExamples, id.as_str().to_owned()),
        }
    }
}

/// The language people read, for the bank: the pseudo-locale is English underneath.
pub(super) fn spoken(lang: Lang) -> Lang {
    match lang {
        Lang::Pseudo => Lang::EnGb,
        Lang::EnGb | Lang::Cy => lang,
    }
}

/// The language a copy of a framework is shown in, and its texts shown in another.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Shown {
    /// The language asked for (never the pseudo-locale).
    pub(super) lang: Lang,
    /// Texts in another language than `lang`, for want of one in it.
    others: BTreeMap<(Field, String), Lang>,
}

impl Shown {
    /// The language `of` is shown in.
    pub(super) fn of(&self, of: TextOf<'_>) -> Lang {
        self.others.get(&of.key()).copied().unwrap_or(self.lang)
    }
}

/// Chooses each text of a copy in one language from the bank: the text in that language, else
/// in the bank's own, else in any other it has. Only a text no language has stays blank.
pub(super) struct Chooser<'a> {
    bank: &'a FrameworkParts,
    /// The languages to look in, in turn.
    order: Vec<Lang>,
    shown: Shown,
}

impl<'a> Chooser<'a> {
    pub(super) fn new(bank: &'a FrameworkParts, lang: Lang) -> Self {
        let lang = spoken(lang);
        let mut order = vec![lang];
        for other in [bank.language].into_iter().chain(Lang::SPOKEN) {
            if !order.contains(&other) {
                order.push(other);
            }
        }
        Self {
            bank,
            order,
            shown: Shown {
                lang,
                others: BTreeMap::new(),
            },
        }
    }

    /// The text `of` in the first language that has it; `own` is the bank's own text, and
    /// `translated` finds it in a translation.
    pub(super) fn text(
        &mut self,
        of: TextOf<'_>,
        own: &str,
        translated: impl Fn(&'a Translation) -> Option<&'a String>,
    ) -> String {
        let bank = self.bank;
        self.choose(of, |lang| {
            let text = if lang == bank.language {
                Some(own)
            } else {
                bank.translations
                    .get(&lang)
                    .and_then(&translated)
                    .map(String::as_str)
            };
            text.filter(|text| !text.trim().is_empty())
                .map(str::to_owned)
        })
    }

    /// A question's examples of evidence: the first language's list with any, whole.
    pub(super) fn examples(&mut self, id: &QuestionId, own: &[String]) -> Vec<String> {
        let bank = self.bank;
        self.choose(TextOf::QuestionExamples(id), |lang| {
            let list: Vec<String> = if lang == bank.language {
                own.to_vec()
            } else {
                let translated = bank
                    .translations
                    .get(&lang)
                    .and_then(|t| t.questions.get(id))
                    .and_then(|q| q.evidence_examples.as_ref());
                translated
                    .into_iter()
                    .flatten()
                    .filter(|example| !example.trim().is_empty())
                    .cloned()
                    .collect()
            };
            (!list.is_empty()).then_some(list)
        })
    }

    /// A domain and its questions, their texts chosen.
    pub(super) fn domain(&mut self, domain: &Domain) -> Domain {
        let id = &domain.id;
        Domain {
            id: id.clone(),
            title: self.text(TextOf::DomainTitle(id), &domain.title, |t| {
                t.domains.get(id)?.title.as_ref()
            }),
            summary: self.text(TextOf::DomainSummary(id), &domain.summary, |t| {
                t.domains.get(id)?.summary.as_ref()
            }),
            source: domain.source.clone(),
            provisional: domain.provisional,
            questions: domain
                .questions
                .iter()
                .map(|question| {
                    let id = &question.id;
                    Question {
                        id: id.clone(),
                        text: self.text(TextOf::QuestionText(id), &question.text, |t| {
                            t.questions.get(id)?.text.as_ref()
                        }),
                        guidance: self.text(
                            TextOf::QuestionGuidance(id),
                            &question.guidance,
                            |t| t.questions.get(id)?.guidance.as_ref(),
                        ),
                        evidence_examples: self.examples(id, &question.evidence_examples),
                    }
                })
                .collect(),
        }
    }

    /// The first language's text that `in_lang` finds, noting its language when it is not the
    /// one asked; a blank when none has it.
    fn choose<T: Default>(&mut self, of: TextOf<'_>, in_lang: impl Fn(Lang) -> Option<T>) -> T {
        for &lang in &self.order {
            if let Some(found) = in_lang(lang) {
                if lang != self.shown.lang {
                    self.shown.others.insert(of.key(), lang);
                }
                return found;
            }
        }
        T::default()
    }

    /// Which language each text chosen is in.
    pub(super) fn finish(self) -> Shown {
        self.shown
    }
}
