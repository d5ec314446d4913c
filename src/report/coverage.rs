//! Which characters of an assessment no bundled font can draw: the report shows each as a
//! white square (keeping the character in its text layer), and `validate`, `export` and the
//! app say where, so nobody finds out from the printed page.

use crate::model::problems::Problem;
use crate::model::{Assessment, QuestionId, Response};
use crate::tr;

use super::fonts::Metrics;

/// Where characters the report cannot draw were found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    Institution,
    Title,
    Period,
    /// A member of the working group, counted from 1.
    TeamMember(usize),
    /// A field of the answer to a question.
    Answer {
        question: QuestionId,
        field: Field,
    },
}

/// A field of an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Narrative,
    Ambition,
    Rationale,
    /// The assessors' names of a group's ratings.
    Ratings,
    /// A piece of evidence, counted from 1.
    Evidence(usize),
    /// An action, counted from 1.
    Action(usize),
}

/// Characters the report cannot draw, and where they are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unprintable {
    /// Where they are.
    pub place: Place,
    /// The characters, in the order found, each once.
    pub missing: Vec<char>,
}

impl Place {
    /// The place as `validate` names one (`strategy.governance, narrative`): ids and the
    /// file's field names, as a problem's location reads until problems carry typed places.
    pub fn location(&self) -> String {
        let field = |field: &Field| match field {
            Field::Narrative => "narrative".to_owned(),
            Field::Ambition => "ambition".to_owned(),
            Field::Rationale => "rationale".to_owned(),
            Field::Ratings => "ratings".to_owned(),
            Field::Evidence(n) => format!("evidence {n}"),
            Field::Action(n) => format!("action {n}"),
        };
        match self {
            Self::Institution => "institution".to_owned(),
            Self::Title => "title".to_owned(),
            Self::Period => "period".to_owned(),
            Self::TeamMember(n) => format!("team member {n}"),
            Self::Answer { question, field: f } => format!("{question}, {}", field(f)),
        }
    }
}

impl Unprintable {
    /// What the report does with the characters, in words.
    pub fn message(&self) -> String {
        message(&self.missing)
    }

    /// As one of the problems `validate`, `export` and the app list.
    pub fn problem(&self) -> Problem {
        Problem {
            location: self.place.location(),
            message: self.message(),
        }
    }
}

/// Every field of `assessment` holding characters the report cannot draw, as problems in the
/// form `validate` lists them (`strategy.governance, narrative`), in file order.
pub fn unprintable(assessment: &Assessment) -> Vec<Problem> {
    unprintable_places(assessment)
        .iter()
        .map(Unprintable::problem)
        .collect()
}

/// Every place in `assessment` holding characters the report cannot draw, in file order.
pub fn unprintable_places(assessment: &Assessment) -> Vec<Unprintable> {
    let Some(metrics) = Metrics::new() else {
        return Vec::new();
    };
    let mut found = Vec::new();
    let mut check = |place: Place, text: &str| {
        let missing = metrics.missing(text);
        if !missing.is_empty() {
            found.push(Unprintable { place, missing });
        }
    };
    for (place, text) in [
        (Place::Institution, &assessment.institution),
        (Place::Title, &assessment.title),
        (Place::Period, &assessment.period),
    ] {
        check(place, text);
    }
    for (index, member) in assessment.team.iter().enumerate() {
        check(
            Place::TeamMember(index + 1),
            &format!("{} {}", member.name, member.role),
        );
    }
    for (id, response) in &assessment.responses {
        for (field, text) in fields(response) {
            check(
                Place::Answer {
                    question: id.clone(),
                    field,
                },
                &text,
            );
        }
    }
    found
}

/// A response's text fields (their text joined where a field has several parts).
fn fields(response: &Response) -> Vec<(Field, String)> {
    let mut fields = vec![
        (Field::Narrative, response.narrative.clone()),
        (Field::Ambition, response.ambition.clone()),
        (Field::Rationale, response.rationale.clone()),
    ];
    let names: Vec<&str> = response.ratings.keys().map(String::as_str).collect();
    if !names.is_empty() {
        fields.push((Field::Ratings, names.join(" ")));
    }
    for (index, evidence) in response.evidence.iter().enumerate() {
        fields.push((
            Field::Evidence(index + 1),
            format!("{} {} {}", evidence.title, evidence.link, evidence.note),
        ));
    }
    for (index, action) in response.actions.iter().enumerate() {
        fields.push((
            Field::Action(index + 1),
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
        .map(|&c| {
            tr!(
                "report-unprintable-char",
                char = c.to_string(),
                code = format!("U+{:04X}", u32::from(c))
            )
        })
        .collect();
    if missing.len() > SHOWN {
        listed.push(tr!(
            "report-unprintable-more",
            count = missing.len() - SHOWN
        ));
    }
    // In words, not the box itself: the app's own font has no box either.
    tr!(
        "report-unprintable",
        chars = crate::i18n::join_and(&listed),
        count = missing.len()
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

    #[test]
    fn the_message_is_the_catalogues_in_every_language() {
        let _lang = crate::i18n::scoped(crate::i18n::Lang::Pseudo);
        let missing: Vec<char> = "漢字🙂一二三四五".chars().collect();
        let text = message(&missing);
        // Only the code points ("U+6F22") are not the catalogue's words.
        let words = missing.iter().fold(text.clone(), |words, c| {
            words.replace(&format!("U+{:04X}", u32::from(*c)), "")
        });
        assert!(
            !words
                .as_bytes()
                .windows(2)
                .any(|pair| pair.iter().all(u8::is_ascii_alphabetic)),
            "{text}"
        );
        assert!(text.contains("漢 (U+6F22)"), "{text}");
    }
}
