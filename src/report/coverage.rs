//! Which characters of an assessment no bundled font can draw: the report shows each as a
//! white square (keeping the character in its text layer), and `validate`, `export` and the
//! app say where, so nobody finds out from the printed page.

use crate::model::problems::{AnswerField, AssessmentField, Location, Problem, ProblemKind};
use crate::model::{Assessment, Response};

use super::fonts::Metrics;

/// Every field of `assessment` holding characters the report cannot draw, as problems in the
/// form `validate` lists them (`strategy.governance, narrative`), in file order.
pub fn unprintable(assessment: &Assessment) -> Vec<Problem> {
    let Some(metrics) = Metrics::shared() else {
        return Vec::new();
    };
    let mut found = Vec::new();
    let mut check = |location: Location, text: &str| {
        let characters = metrics.missing(text);
        if !characters.is_empty() {
            found.push(Problem::new(
                location,
                ProblemKind::Unprintable { characters },
            ));
        }
    };
    for (field, text) in [
        (AssessmentField::Institution, &assessment.institution),
        (AssessmentField::Title, &assessment.title),
        (AssessmentField::Period, &assessment.period),
    ] {
        check(Location::Assessment(field), text);
    }
    for (index, member) in assessment.team.iter().enumerate() {
        check(
            Location::TeamMember(index),
            &format!("{} {}", member.name, member.role),
        );
    }
    for (id, response) in &assessment.responses {
        for (field, text) in fields(response) {
            check(
                Location::Answer {
                    question: id.clone(),
                    field,
                },
                &text,
            );
        }
    }
    found
}

/// A response's text fields, named as `validate` names them.
fn fields(response: &Response) -> Vec<(AnswerField, String)> {
    let mut fields = vec![
        (AnswerField::Narrative, response.narrative.clone()),
        (AnswerField::Ambition, response.ambition.clone()),
        (AnswerField::Rationale, response.rationale.clone()),
    ];
    let names: Vec<&str> = response.ratings.keys().map(String::as_str).collect();
    if !names.is_empty() {
        fields.push((AnswerField::Ratings, names.join(" ")));
    }
    for (index, evidence) in response.evidence.iter().enumerate() {
        fields.push((
            AnswerField::Evidence {
                index,
                id: evidence.id.clone(),
            },
            format!("{} {} {}", evidence.title, evidence.link, evidence.note),
        ));
    }
    for (index, action) in response.actions.iter().enumerate() {
        fields.push((
            AnswerField::Action {
                index,
                id: action.id.clone(),
            },
            format!("{} {}", action.description, action.owner),
        ));
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::framework;
    use crate::model::{Evidence, QuestionId};

    #[test]
    fn names_the_field_and_the_characters_no_font_has() {
        let framework = framework(&[2]);
        let mut assessment = Assessment::new(&framework, time::OffsetDateTime::UNIX_EPOCH);
        "Prifysgol ≥ 31% → ✓ جامعة שלום".clone_into(&mut assessment.institution);
        let response = assessment
            .responses
            .entry(QuestionId::new("d0.q1"))
            .or_default();
        "Partners in 漢字 🙂".clone_into(&mut response.narrative);
        response.evidence.push(Evidence {
            id: crate::model::ItemId::default(),
            title: "Plan 漢".to_owned(),
            link: String::new(),
            note: String::new(),
            added_by: Vec::new(),
        });
        let problems = unprintable(&assessment);
        assert_eq!(
            problems
                .iter()
                .map(|p| p.location.to_string())
                .collect::<Vec<_>>(),
            ["d0.q1, narrative", "d0.q1, evidence 1"],
            "symbols, arithmetic, Arabic and Hebrew are drawn: {problems:?}"
        );
        assert!(
            problems[0].message().starts_with(
                "the report shows 漢 (U+6F22), 字 (U+5B57) and 🙂 (U+1F642) as empty boxes"
            ),
            "{}",
            problems[0].message()
        );
        assert!(
            problems[1]
                .message()
                .contains("shows 漢 (U+6F22) as an empty box: no font")
        );
    }
}
