//! Which characters of an assessment no bundled font can draw: the report shows each as a
//! white square (keeping the character in its text layer), and `validate`, `export` and the
//! app say where, so nobody finds out from the printed page.

use crate::model::problems::Problem;
use crate::model::{Assessment, Response};

use super::fonts::Metrics;

/// Every field of `assessment` holding characters the report cannot draw, as problems in the
/// form `validate` lists them (`strategy.governance, narrative`), in file order.
pub fn unprintable(assessment: &Assessment) -> Vec<Problem> {
    let Some(metrics) = Metrics::new() else {
        return Vec::new();
    };
    let mut found = Vec::new();
    let mut check = |location: String, text: &str| {
        let missing = metrics.missing(text);
        if !missing.is_empty() {
            found.push(Problem {
                location,
                message: message(&missing),
            });
        }
    };
    for (field, text) in [
        ("institution", &assessment.institution),
        ("title", &assessment.title),
        ("period", &assessment.period),
    ] {
        check(field.to_owned(), text);
    }
    for (index, member) in assessment.team.iter().enumerate() {
        check(
            format!("team member {}", index + 1),
            &format!("{} {}", member.name, member.role),
        );
    }
    for (id, response) in &assessment.responses {
        for (field, text) in fields(response) {
            check(format!("{id}, {field}"), &text);
        }
    }
    found
}

/// A response's text fields, named as `validate` names them.
fn fields(response: &Response) -> Vec<(String, String)> {
    let mut fields = vec![
        ("narrative".to_owned(), response.narrative.clone()),
        ("ambition".to_owned(), response.ambition.clone()),
        ("rationale".to_owned(), response.rationale.clone()),
    ];
    let names: Vec<&str> = response.ratings.keys().map(String::as_str).collect();
    if !names.is_empty() {
        fields.push(("ratings".to_owned(), names.join(" ")));
    }
    for (index, evidence) in response.evidence.iter().enumerate() {
        fields.push((
            format!("evidence {}", index + 1),
            format!("{} {} {}", evidence.title, evidence.link, evidence.note),
        ));
    }
    for (index, action) in response.actions.iter().enumerate() {
        fields.push((
            format!("action {}", index + 1),
            format!("{} {}", action.description, action.owner),
        ));
    }
    fields
}

/// "the report shows 漢 (U+6F22) and 🙂 (U+1F642) as empty boxes: …" ([`super::fonts::PLACEHOLDER`]).
fn message(missing: &[char]) -> String {
    const SHOWN: usize = 6;
    let mut listed: Vec<String> = missing
        .iter()
        .take(SHOWN)
        .map(|&c| format!("{c} (U+{:04X})", u32::from(c)))
        .collect();
    if missing.len() > SHOWN {
        listed.push(format!("{} more", missing.len() - SHOWN));
    }
    let listed = match listed.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    };
    // In words, not the box itself: the app's own font has no box either.
    let (boxes, them) = if missing.len() == 1 {
        ("an empty box", "it")
    } else {
        ("empty boxes", "them")
    };
    format!(
        "the report shows {listed} as {boxes}: no font bundled with the workbook has {them}; the text itself is kept in the PDF"
    )
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
                .map(|p| p.location.as_str())
                .collect::<Vec<_>>(),
            ["d0.q1, narrative", "d0.q1, evidence 1"],
            "symbols, arithmetic, Arabic and Hebrew are drawn: {problems:?}"
        );
        assert!(
            problems[0].message.starts_with(
                "the report shows 漢 (U+6F22), 字 (U+5B57) and 🙂 (U+1F642) as empty boxes"
            ),
            "{}",
            problems[0].message
        );
        assert!(
            problems[1]
                .message
                .contains("shows 漢 (U+6F22) as an empty box: no font")
        );
    }
}
