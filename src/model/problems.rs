//! Validation: every problem in an assessment, listed in file order, so `validate` and the app
//! can show them all at once rather than one at a time.

use std::fmt;

use time::Date;
use time::macros::format_description;

use super::{Assessment, Framework, LinkKind, QuestionId, Response};

/// One problem found in an assessment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where it is, such as `economy.prosperity, evidence 2`.
    pub location: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // User text (ids, links, dates as typed) can hold control characters: shown escaped,
        // so a problem is always one line that cannot recolour a terminal.
        write!(
            f,
            "{}: {}",
            super::text::escaped(&self.location),
            super::text::escaped(&self.message)
        )
    }
}

/// Parses a due date written as `YYYY-MM-DD`.
pub fn parse_due_date(text: &str) -> Option<Date> {
    Date::parse(text.trim(), format_description!("[year]-[month]-[day]")).ok()
}

/// What is wrong with a due date as typed, if anything (an empty date is fine).
pub fn due_date_problem(text: &str) -> Option<String> {
    let text = text.trim();
    if text.is_empty() || parse_due_date(text).is_some() {
        return None;
    }
    if super::dates::read_date(text).is_some() {
        return Some(format!(
            "due date \"{text}\" is stored as typed: the workbook saves dates as 2027-03-31"
        ));
    }
    let shaped = text.len() == 10
        && text.char_indices().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        });
    Some(if shaped {
        format!("due date \"{text}\" is not a real date")
    } else {
        format!(
            "due date \"{text}\" is not a date written as 31/03/2027, 31 March 2027 or 2027-03-31"
        )
    })
}

/// Every problem in `assessment` against `framework`, in a stable order.
pub fn problems(framework: &Framework, assessment: &Assessment) -> Vec<Problem> {
    let mut found = Vec::new();
    let mut push = |location: String, message: String| found.push(Problem { location, message });

    if assessment.framework.version != framework.version() {
        push(
            "framework".to_owned(),
            format!(
                "assessment was made with version {} of the wording, the framework in use is version {}",
                assessment.framework.version,
                framework.version()
            ),
        );
    }
    // These are one line on the cover, in page headers and in the PDF's metadata: a tab or a
    // line break pasted into them is a problem, not only other control characters.
    for (field, text) in [
        ("institution", &assessment.institution),
        ("title", &assessment.title),
        ("period", &assessment.period),
    ] {
        if text.chars().any(char::is_control) {
            push(field.to_owned(), ONE_LINE_MESSAGE.to_owned());
        }
    }
    if !super::assessment::is_language_tag(&assessment.language) {
        push(
            "language".to_owned(),
            format!(
                "is not a language tag such as en-GB or cy-GB; the report is declared as {}",
                super::assessment::DEFAULT_LANGUAGE
            ),
        );
    }
    for (index, member) in assessment.team.iter().enumerate() {
        let location = format!("team member {}", index + 1);
        if member.name.trim().is_empty() {
            push(location.clone(), "name is empty".to_owned());
        }
        if format!("{}{}", member.name, member.role)
            .chars()
            .any(char::is_control)
        {
            push(location, ONE_LINE_MESSAGE.to_owned());
        }
    }
    for id in assessment.unknown_questions(framework) {
        push(
            id.to_string(),
            format!(
                "the framework {} {} has no question with this id; the response is kept",
                framework.id(),
                framework.version()
            ),
        );
    }
    for (id, response) in &assessment.responses {
        response_problems(id, response, &mut push);
    }
    found
}

const CONTROL_MESSAGE: &str = "contains control characters";

const ONE_LINE_MESSAGE: &str =
    "should be one line of text: it holds a tab, a line break or another control character";

fn response_problems(id: &QuestionId, response: &Response, push: &mut impl FnMut(String, String)) {
    for (field, text) in [
        ("narrative", &response.narrative),
        ("ambition", &response.ambition),
    ] {
        if has_control_characters(text) {
            push(format!("{id}, {field}"), CONTROL_MESSAGE.to_owned());
        }
    }
    // A rationale is one line: a line break or other control character is a problem.
    if response.rationale.chars().any(char::is_control) {
        push(
            format!("{id}, rationale"),
            "the rationale should be one line of text".to_owned(),
        );
    }
    for name in response.ratings.keys() {
        if name.trim().is_empty() || name.chars().any(char::is_control) {
            push(
                format!("{id}, ratings"),
                format!("an assessor's name is blank or holds control characters: {name:?}"),
            );
        }
    }
    for (index, evidence) in response.evidence.iter().enumerate() {
        let location = format!("{id}, evidence {}", index + 1);
        if evidence.title.trim().is_empty() {
            push(location.clone(), "evidence title is empty".to_owned());
        }
        if let Some(problem) = LinkKind::of(&evidence.link).problem() {
            push(
                location.clone(),
                format!("{problem}: {}", evidence.link.trim()),
            );
        }
        if [&evidence.title, &evidence.link, &evidence.note]
            .into_iter()
            .any(|text| has_control_characters(text))
        {
            push(location, CONTROL_MESSAGE.to_owned());
        }
    }
    for (index, action) in response.actions.iter().enumerate() {
        let location = format!("{id}, action {}", index + 1);
        if action.description.trim().is_empty() {
            push(location.clone(), "action description is empty".to_owned());
        }
        if let Some(problem) = due_date_problem(&action.due) {
            push(location.clone(), problem);
        }
        if [&action.description, &action.owner, &action.due]
            .into_iter()
            .any(|text| has_control_characters(text))
        {
            push(location, CONTROL_MESSAGE.to_owned());
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
    }
}
