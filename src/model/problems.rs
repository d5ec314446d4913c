//! Validation: every problem in an assessment, listed in file order, so `validate` and the app
//! can show them all at once rather than one at a time.
//!
//! A problem is typed: where it is ([`Location`]: the assessment's field, a team member, or a
//! question with the field and item of its answer) and what is wrong ([`ProblemKind`], with the
//! facts as fields). Both are worded from the catalogue only where shown, so no code reads a
//! location or a message back from its text.

use std::fmt;

use time::Date;

use super::{Assessment, Framework, ItemId, LinkKind, QuestionId, Response};
use crate::tr;

/// One problem found in an assessment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where it is, such as the second evidence of `economy.prosperity`.
    pub location: Location,
    /// What is wrong.
    pub kind: ProblemKind,
}

impl Problem {
    /// A problem at `location`.
    pub fn new(location: Location, kind: ProblemKind) -> Self {
        Self { location, kind }
    }

    /// What is wrong, in words: "evidence title is empty".
    pub fn message(&self) -> String {
        self.kind.to_string()
    }

    /// The question the problem is in, if it is in an answer.
    pub fn question(&self) -> Option<&QuestionId> {
        self.location.question()
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // User text (ids, links, dates as typed) can hold control characters: shown escaped,
        // so a problem is always one line that cannot recolour a terminal.
        let location = self.location.to_string();
        let message = self.message();
        f.write_str(&tr!(
            "problem-line",
            location = super::text::escaped(&location),
            message = super::text::escaped(&message)
        ))
    }
}

/// A one-line field of the assessment itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AssessmentField {
    /// The institution's name.
    Institution,
    /// The assessment's title.
    Title,
    /// The period it covers.
    Period,
    /// The language the report is declared in.
    Language,
}

impl fmt::Display for AssessmentField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            Self::Institution => tr!("problem-field-institution"),
            Self::Title => tr!("problem-field-title"),
            Self::Period => tr!("problem-field-period"),
            Self::Language => tr!("problem-field-language"),
        })
    }
}

/// A field or item of an answer to a question.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum AnswerField {
    /// The narrative.
    Narrative,
    /// The ambition.
    Ambition,
    /// The rationale for the phase.
    Rationale,
    /// The assessors' ratings.
    Ratings,
    /// A piece of evidence.
    Evidence {
        /// Its place in the list, from 0.
        index: usize,
        /// Its id (empty in a file that gives none).
        id: ItemId,
    },
    /// An action.
    Action {
        /// Its place in the list, from 0.
        index: usize,
        /// Its id (empty in a file that gives none).
        id: ItemId,
    },
}

impl AnswerField {
    /// The item's id, for evidence and actions.
    pub fn item(&self) -> Option<&ItemId> {
        match self {
            Self::Evidence { id, .. } | Self::Action { id, .. } => Some(id),
            _ => None,
        }
    }
}

impl fmt::Display for AnswerField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            Self::Narrative => tr!("problem-field-narrative"),
            Self::Ambition => tr!("problem-field-ambition"),
            Self::Rationale => tr!("problem-field-rationale"),
            Self::Ratings => tr!("problem-field-ratings"),
            Self::Evidence { index, .. } => tr!("problem-field-evidence", number = index + 1),
            Self::Action { index, .. } => tr!("problem-field-action", number = index + 1),
        })
    }
}

/// Where a problem is.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Location {
    /// The framework the assessment answers.
    Framework,
    /// A field of the assessment itself.
    Assessment(AssessmentField),
    /// A member of the team, from 0.
    TeamMember(usize),
    /// An answer as a whole (to a question the framework may not have).
    Question(QuestionId),
    /// A field or item of an answer.
    Answer {
        /// The question answered.
        question: QuestionId,
        /// Where in the answer.
        field: AnswerField,
    },
}

impl Location {
    /// The question the location is in, if any.
    pub fn question(&self) -> Option<&QuestionId> {
        match self {
            Self::Question(question) | Self::Answer { question, .. } => Some(question),
            _ => None,
        }
    }

    /// Where in the answer, for a location in one.
    pub fn field(&self) -> Option<&AnswerField> {
        match self {
            Self::Answer { field, .. } => Some(field),
            _ => None,
        }
    }

    /// The id of the evidence or action, for a location at one.
    pub fn item(&self) -> Option<&ItemId> {
        self.field().and_then(AnswerField::item)
    }
}

impl fmt::Display for Location {
    /// "framework", "title", "team member 2", "economy.prosperity", "economy.prosperity,
    /// evidence 2".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Framework => f.write_str(&tr!("problem-location-framework")),
            Self::Assessment(field) => field.fmt(f),
            Self::TeamMember(index) => {
                f.write_str(&tr!("problem-location-team-member", number = index + 1))
            }
            Self::Question(question) => f.write_str(question.as_str()),
            Self::Answer { question, field } => f.write_str(&tr!(
                "problem-location-answer",
                question = question.as_str(),
                field = field.to_string()
            )),
        }
    }
}

/// What is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// The assessment answers another version of the framework's wording.
    OtherVersion {
        /// The version the assessment was made with.
        assessment: String,
        /// The version in use.
        framework: String,
    },
    /// A one-line field holds a tab, a line break or another control character.
    NotOneLine,
    /// The language is not a language tag.
    NotALanguageTag {
        /// The language the report is declared in instead.
        declared: String,
    },
    /// A team member has no name.
    EmptyName,
    /// An answer to a question the framework does not have.
    UnknownQuestion {
        /// The framework's id.
        framework: String,
        /// Its version.
        version: String,
    },
    /// Text holds control characters.
    ControlCharacters,
    /// The rationale is more than one line.
    RationaleNotOneLine,
    /// An assessor's name is blank or holds control characters.
    BadAssessorName {
        /// The name as given.
        name: String,
    },
    /// A piece of evidence has no title.
    EmptyEvidenceTitle,
    /// An evidence link that will not be opened.
    Link {
        /// What the link is.
        kind: LinkKind,
        /// The link as given (trimmed).
        link: String,
    },
    /// An action has no description.
    EmptyActionDescription,
    /// A due date that is not stored as one.
    DueDate(DueDateProblem),
    /// Characters the report cannot draw (no bundled font has them).
    Unprintable {
        /// The characters, in the order found, each once.
        characters: Vec<char>,
    },
}

/// How many unprintable characters a problem names before saying how many more there are.
const UNPRINTABLE_SHOWN: usize = 6;

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Self::OtherVersion {
                assessment,
                framework,
            } => tr!(
                "problem-other-version",
                assessment = assessment.as_str(),
                framework = framework.as_str()
            ),
            Self::NotOneLine => tr!("problem-not-one-line"),
            Self::NotALanguageTag { declared } => {
                tr!("problem-not-a-language-tag", declared = declared.as_str())
            }
            Self::EmptyName => tr!("problem-empty-name"),
            Self::UnknownQuestion { framework, version } => tr!(
                "problem-unknown-question",
                framework = framework.as_str(),
                version = version.as_str()
            ),
            Self::ControlCharacters => tr!("problem-control-characters"),
            Self::RationaleNotOneLine => tr!("problem-rationale-not-one-line"),
            Self::BadAssessorName { name } => {
                tr!("problem-bad-assessor-name", name = format!("{name:?}"))
            }
            Self::EmptyEvidenceTitle => tr!("problem-empty-evidence-title"),
            Self::Link { kind, link } => tr!(
                "problem-link",
                problem = kind.problem().unwrap_or_default(),
                link = link.as_str()
            ),
            Self::EmptyActionDescription => tr!("problem-empty-action-description"),
            Self::DueDate(problem) => problem.to_string(),
            Self::Unprintable { characters } => {
                let mut listed: Vec<String> = characters
                    .iter()
                    .take(UNPRINTABLE_SHOWN)
                    .map(|&c| {
                        tr!(
                            "problem-unprintable-character",
                            character = c.to_string(),
                            code = format!("U+{:04X}", u32::from(c))
                        )
                    })
                    .collect();
                if characters.len() > UNPRINTABLE_SHOWN {
                    listed.push(tr!(
                        "problem-unprintable-more",
                        count = characters.len() - UNPRINTABLE_SHOWN
                    ));
                }
                tr!(
                    "problem-unprintable",
                    characters = crate::i18n::join_and(&listed),
                    count = characters.len()
                )
            }
        };
        f.write_str(&text)
    }
}

/// Reads a due date in any form people write one (`2027-03-31`, `31/03/2027`, `31 March 2027`,
/// …; see [`super::dates::read_date`]): the one reader of due dates, for sorting, lateness and
/// showing them, in the app, the report and the command line alike.
pub fn parse_due_date(text: &str) -> Option<Date> {
    super::dates::read_date(text)
}

/// What is wrong with a date as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DueDateProblem {
    /// The date as typed (trimmed).
    pub text: String,
    /// What is wrong with it.
    pub kind: DueDateProblemKind,
}

/// What is wrong with a due date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DueDateProblemKind {
    /// A date, but not in the stored form `2027-03-31`: it is kept as typed.
    StoredAsTyped,
    /// Shaped as `2027-02-30`, but no such day exists.
    NotReal,
    /// Not a date at all.
    NotADate,
}

impl DueDateProblem {
    /// What is wrong with `text` as a due date, if anything (an empty date is fine).
    pub fn of(text: &str) -> Option<Self> {
        let text = text.trim();
        if text.is_empty() || super::dates::read_iso(text).is_some() {
            return None;
        }
        let kind = if super::dates::read_date(text).is_some() {
            DueDateProblemKind::StoredAsTyped
        } else if text.len() == 10
            && text.char_indices().all(|(i, c)| {
                if i == 4 || i == 7 {
                    c == '-'
                } else {
                    c.is_ascii_digit()
                }
            })
        {
            DueDateProblemKind::NotReal
        } else {
            DueDateProblemKind::NotADate
        };
        Some(Self {
            text: text.to_owned(),
            kind,
        })
    }

    /// The same problem for a date that is not a due date (a report's date given on the
    /// command line): "date "2027-02-30" is not a real date".
    pub fn as_date(&self) -> String {
        let text = self.text.as_str();
        match self.kind {
            DueDateProblemKind::NotReal => tr!("problem-date-not-real", text = text),
            // A date the reader reads is taken as it is: only the other two reach here.
            DueDateProblemKind::StoredAsTyped | DueDateProblemKind::NotADate => {
                tr!("problem-date-not-a-date", text = text)
            }
        }
    }
}

impl fmt::Display for DueDateProblem {
    /// "due date "2027-02-30" is not a real date".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.text.as_str();
        f.write_str(&match self.kind {
            DueDateProblemKind::StoredAsTyped => {
                tr!("problem-due-date-stored-as-typed", text = text)
            }
            DueDateProblemKind::NotReal => tr!("problem-due-date-not-real", text = text),
            DueDateProblemKind::NotADate => tr!("problem-due-date-not-a-date", text = text),
        })
    }
}

/// What is wrong with a due date as typed, in words, if anything (an empty date is fine); see
/// [`DueDateProblem`] for the typed problem.
pub fn due_date_problem(text: &str) -> Option<String> {
    DueDateProblem::of(text).map(|problem| problem.to_string())
}

/// Every problem in `assessment` against `framework`, in a stable order.
pub fn problems(framework: &Framework, assessment: &Assessment) -> Vec<Problem> {
    let mut found = Vec::new();
    let mut push = |location: Location, kind: ProblemKind| found.push(Problem { location, kind });

    if assessment.framework.version != framework.version() {
        push(
            Location::Framework,
            ProblemKind::OtherVersion {
                assessment: assessment.framework.version.clone(),
                framework: framework.version().to_owned(),
            },
        );
    }
    // These are one line on the cover, in page headers and in the PDF's metadata: a tab or a
    // line break pasted into them is a problem, not only other control characters.
    for (field, text) in [
        (AssessmentField::Institution, &assessment.institution),
        (AssessmentField::Title, &assessment.title),
        (AssessmentField::Period, &assessment.period),
    ] {
        if text.chars().any(char::is_control) {
            push(Location::Assessment(field), ProblemKind::NotOneLine);
        }
    }
    if !super::assessment::is_language_tag(&assessment.language) {
        push(
            Location::Assessment(AssessmentField::Language),
            ProblemKind::NotALanguageTag {
                declared: super::assessment::DEFAULT_LANGUAGE.to_owned(),
            },
        );
    }
    for (index, member) in assessment.team.iter().enumerate() {
        if member.name.trim().is_empty() {
            push(Location::TeamMember(index), ProblemKind::EmptyName);
        }
        if format!("{}{}", member.name, member.role)
            .chars()
            .any(char::is_control)
        {
            push(Location::TeamMember(index), ProblemKind::NotOneLine);
        }
    }
    for id in assessment.unknown_questions(framework) {
        push(
            Location::Question(id.clone()),
            ProblemKind::UnknownQuestion {
                framework: framework.id().to_owned(),
                version: framework.version().to_owned(),
            },
        );
    }
    for (id, response) in &assessment.responses {
        response_problems(id, response, &mut push);
    }
    found
}

fn response_problems(
    id: &QuestionId,
    response: &Response,
    push: &mut impl FnMut(Location, ProblemKind),
) {
    let at = |field: AnswerField| Location::Answer {
        question: id.clone(),
        field,
    };
    for (field, text) in [
        (AnswerField::Narrative, &response.narrative),
        (AnswerField::Ambition, &response.ambition),
    ] {
        if has_control_characters(text) {
            push(at(field), ProblemKind::ControlCharacters);
        }
    }
    // A rationale is one line: a line break or other control character is a problem.
    if response.rationale.chars().any(char::is_control) {
        push(at(AnswerField::Rationale), ProblemKind::RationaleNotOneLine);
    }
    for name in response.ratings.keys() {
        if name.trim().is_empty() || name.chars().any(char::is_control) {
            push(
                at(AnswerField::Ratings),
                ProblemKind::BadAssessorName { name: name.clone() },
            );
        }
    }
    for (index, evidence) in response.evidence.iter().enumerate() {
        let location = at(AnswerField::Evidence {
            index,
            id: evidence.id.clone(),
        });
        if evidence.title.trim().is_empty() {
            push(location.clone(), ProblemKind::EmptyEvidenceTitle);
        }
        let kind = LinkKind::of(&evidence.link);
        if kind.problem().is_some() {
            push(
                location.clone(),
                ProblemKind::Link {
                    kind,
                    link: evidence.link.trim().to_owned(),
                },
            );
        }
        if [&evidence.title, &evidence.link, &evidence.note]
            .into_iter()
            .any(|text| has_control_characters(text))
        {
            push(location, ProblemKind::ControlCharacters);
        }
    }
    for (index, action) in response.actions.iter().enumerate() {
        let location = at(AnswerField::Action {
            index,
            id: action.id.clone(),
        });
        if action.description.trim().is_empty() {
            push(location.clone(), ProblemKind::EmptyActionDescription);
        }
        if let Some(problem) = DueDateProblem::of(&action.due) {
            push(location.clone(), ProblemKind::DueDate(problem));
        }
        if [&action.description, &action.owner, &action.due]
            .into_iter()
            .any(|text| has_control_characters(text))
        {
            push(location, ProblemKind::ControlCharacters);
        }
    }
}

/// Control characters other than line breaks and tabs do not belong in text a person typed.
fn has_control_characters(text: &str) -> bool {
    text.chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, scoped};
    use crate::model::testing::{assessment_with, framework};
    use crate::model::{Action, Evidence, TeamMember};

    #[test]
    fn due_dates_say_what_is_wrong() {
        assert_eq!(due_date_problem(""), None);
        assert_eq!(due_date_problem("2027-03-31"), None);
        assert_eq!(
            due_date_problem("2027-02-30").as_deref(),
            Some("due date \"2027-02-30\" is not a real date")
        );
        assert!(due_date_problem("31/03/2027").is_some_and(|p| p.contains("saves dates as")));
        assert!(due_date_problem("someday").is_some_and(|p| p.contains("31 March 2027")));
        assert_eq!(
            DueDateProblem::of("2027-02-30")
                .map(|p| p.as_date())
                .as_deref(),
            Some("date \"2027-02-30\" is not a real date")
        );
    }

    #[test]
    fn a_due_date_written_day_first_is_read_everywhere() {
        let date = Date::from_calendar_date(2027, time::Month::March, 31).ok();
        assert_eq!(parse_due_date("31/03/2027"), date);
        assert_eq!(parse_due_date("2027-03-31"), date);
        assert_eq!(parse_due_date("31 March 2027"), date);
        assert_eq!(parse_due_date("someday"), None);
    }

    /// A file with one of every problem.
    fn troubled() -> (Framework, Assessment) {
        let fw = framework(&[2]);
        let mut a = assessment_with(&fw, &[("d0.q0", Some(2), 1), ("gone.q9", Some(1), 0)]);
        a.framework.version = "0.9".to_owned();
        a.title = "Title\twith a tab".to_owned();
        a.language = "not a tag!".to_owned();
        a.team.push(TeamMember {
            name: " ".to_owned(),
            role: String::new(),
        });
        let response = a
            .responses
            .get_mut(&QuestionId::new("d0.q0"))
            .expect("rated");
        response.narrative = "bell\u{7}".to_owned();
        response.rationale = "two\nlines".to_owned();
        response
            .ratings
            .insert(String::new(), crate::model::Phase::new(2).expect("a phase"));
        response.evidence.push(Evidence {
            id: ItemId::default(),
            title: String::new(),
            link: "javascript:alert(1)".to_owned(),
            note: String::new(),
            added_by: Vec::new(),
        });
        response.actions.push(Action {
            description: String::new(),
            due: "someday".to_owned(),
            ..Action::default()
        });
        (fw, a)
    }

    #[test]
    fn problems_are_typed_and_worded_where_shown() {
        let (fw, a) = troubled();
        let found = problems(&fw, &a);
        let lines: Vec<String> = found.iter().map(ToString::to_string).collect();
        for expected in [
            "framework: assessment was made with version 0.9 of the wording, the framework in use is version 1",
            "title: should be one line of text: it holds a tab, a line break or another control character",
            "language: is not a language tag such as en-GB or cy-GB; the report is declared as en-GB",
            "team member 1: name is empty",
            "gone.q9: the framework test-framework 1 has no question with this id; the response is kept",
            "d0.q0, narrative: contains control characters",
            "d0.q0, rationale: the rationale should be one line of text",
            "d0.q0, ratings: an assessor's name is blank or holds control characters: \"\"",
            "d0.q0, evidence 2: evidence title is empty",
            "d0.q0, evidence 2: link scheme \"javascript:\" is not allowed (only http, https and mailto links are opened): javascript:alert(1)",
            "d0.q0, action 1: action description is empty",
            "d0.q0, action 1: due date \"someday\" is not a date written as 31/03/2027, 31 March 2027 or 2027-03-31",
        ] {
            assert!(
                lines.iter().any(|l| l == expected),
                "{expected}\n{lines:#?}"
            );
        }
        let evidence = found
            .iter()
            .find(|p| p.kind == ProblemKind::EmptyEvidenceTitle)
            .expect("found");
        assert_eq!(evidence.question().map(QuestionId::as_str), Some("d0.q0"));
        assert!(matches!(
            evidence.location.field(),
            Some(AnswerField::Evidence { index: 1, .. })
        ));
    }

    #[test]
    fn every_problem_is_worded_by_the_catalogue() {
        let _lang = scoped(Lang::Pseudo);
        let (fw, a) = troubled();
        let mut found = problems(&fw, &a);
        found.push(Problem::new(
            Location::Assessment(AssessmentField::Institution),
            ProblemKind::Unprintable {
                characters: "漢字🙂αβγδε".chars().collect(),
            },
        ));
        found.push(Problem::new(
            Location::Assessment(AssessmentField::Period),
            ProblemKind::DueDate(DueDateProblem::of("31/03/2027").expect("a problem")),
        ));
        // The user's data stays as it is: ids, the link, the date and versions as given.
        let data = [
            "d0",
            "q0",
            "gone",
            "q9",
            "javascript",
            "alert",
            "someday",
            "test",
            "framework",
            "en",
            "GB",
            "cy",
        ];
        for problem in &found {
            let line = problem.to_string();
            let english: Vec<String> = crate::model::testing::english_words(&line)
                .into_iter()
                .filter(|w| !data.contains(&w.as_str()))
                .collect();
            assert!(english.is_empty(), "{line}: {english:?}");
        }
    }

    /// The errors and notes of the rest of the model, in the pseudo-locale: only the data they
    /// name (ids, names, versions) is left in plain letters.
    #[test]
    fn the_models_errors_are_worded_by_the_catalogue() {
        use crate::model::migrate::{MapProblem, MigrateError};
        use crate::model::{CombineError, Difference, EditError, EditItem, ItemKind, SharedField};

        let _lang = scoped(Lang::Pseudo);
        let q = |id: &str| QuestionId::new(id);
        let said: Vec<String> = vec![
            CombineError::TooFew.to_string(),
            CombineError::SameAssessor("Alys".to_owned()).to_string(),
            CombineError::OtherFramework {
                assessor: "Alys".to_owned(),
                found: "cif 1".to_owned(),
                other: "Bryn".to_owned(),
                expected: "cif 2".to_owned(),
            }
            .to_string(),
            CombineError::AlreadyCombined("Bryn".to_owned()).to_string(),
            Difference::Field {
                field: SharedField::Period,
                values: vec!["Alys".to_owned(), "Bryn".to_owned()],
            }
            .to_string(),
            Difference::ChangedItem {
                question: "2.1".to_owned(),
                assessor: "Bryn".to_owned(),
                kind: ItemKind::Action,
                label: "Alys".to_owned(),
                earlier: "Alys".to_owned(),
            }
            .to_string(),
            MigrateError::Map(vec![
                MapProblem::UnknownQuestion(q("d0.q0")),
                MapProblem::UnknownDomain("d9".to_owned()),
                MapProblem::NoSuchQuestion {
                    from: q("d0.q0"),
                    to: q("d1.q0"),
                },
                MapProblem::NoSuchDomain {
                    from: "d0".to_owned(),
                    to: "d1".to_owned(),
                },
                MapProblem::Nowhere(q("d0.q0")),
                MapProblem::Repeated {
                    from: q("d0.q0"),
                    to: q("d1.q0"),
                },
            ])
            .to_string(),
            EditError::NoResponse(q("d0.q0")).to_string(),
            EditError::NoItem {
                item: EditItem::Evidence,
                index: 2,
            }
            .to_string(),
            crate::model::phase::PhaseOutOfRange(9).to_string(),
            crate::model::ActionStatus::InProgress.label().to_owned(),
            crate::model::dates::month_and_year(2027, time::Month::May),
        ];
        let data = ["Alys", "Bryn", "cif", "d0", "d1", "d9", "q0"];
        for text in &said {
            let english: Vec<String> = crate::model::testing::english_words(text)
                .into_iter()
                .filter(|w| !data.contains(&w.as_str()))
                .collect();
            assert!(english.is_empty(), "{text}: {english:?}");
        }
        // A framework that breaks every rule says so in the catalogue's words too.
        let mut parts = framework(&[1, 1]).into_parts();
        parts.title = String::new();
        parts.attribution.url = "javascript:alert(1)".to_owned();
        parts.scale.ordered = false;
        parts.domains[1].id = parts.domains[0].id.clone();
        parts.domains[1].source = None;
        parts.domains[1].questions.clear();
        let Err(problems) = Framework::new(parts) else {
            panic!("a broken bank was taken");
        };
        for text in &problems {
            let english: Vec<String> = crate::model::testing::english_words(text)
                .into_iter()
                .filter(|w| !["d0", "javascript", "alert"].contains(&w.as_str()))
                .collect();
            assert!(english.is_empty(), "{text}: {english:?}");
        }
    }
}
