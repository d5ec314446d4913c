//! Small builders for unit tests: a framework of made-up domains and an assessment that rates
//! chosen questions.

use time::macros::datetime;

use super::{
    Assessment, Attribution, Domain, DomainId, Evidence, Framework, FrameworkParts, Phase,
    PhaseInfo, QuestionId, Response, Scale,
};

/// A framework whose domains `d0`, `d1`, … have the given numbers (from 1) of questions
/// `d0.q0`, ….
pub fn framework(questions_per_domain: &[usize]) -> Framework {
    let parts = FrameworkParts {
        id: "test-framework".to_owned(),
        version: "1".to_owned(),
        title: "Test framework".to_owned(),
        attribution: Attribution {
            name: "Tests".to_owned(),
            url: "https://example.org/".to_owned(),
        },
        wording_note: "Made up for tests.".to_owned(),
        scale: Scale {
            name: "Phases".to_owned(),
            ordered: true,
            cyclical: true,
            provisional: true,
            phases: Phase::all()
                .map(|number| PhaseInfo {
                    number,
                    id: format!("p{number}"),
                    name: format!("Phase name {number}"),
                    description: format!("Description {number}"),
                })
                .collect(),
        },
        domains: questions_per_domain
            .iter()
            .enumerate()
            .map(|(d, &count)| Domain {
                id: DomainId::new(format!("d{d}")),
                title: format!("Domain {d}"),
                summary: "Summary".to_owned(),
                source: None,
                provisional: true,
                questions: (0..count)
                    .map(|q| super::Question {
                        id: QuestionId::new(format!("d{d}.q{q}")),
                        text: format!("Question {d}.{q}?"),
                        guidance: "Guidance".to_owned(),
                        evidence_examples: vec!["Example".to_owned()],
                    })
                    .collect(),
            })
            .collect(),
        language: crate::i18n::Lang::EnGb,
        translations: std::collections::BTreeMap::new(),
    };
    match Framework::new(parts) {
        Ok(framework) => framework,
        Err(problems) => panic!("the test framework breaks the rules: {problems:?}"),
    }
}

/// An assessment of `framework` rating each `(question id, phase, evidence count)`.
pub fn assessment_with(framework: &Framework, ratings: &[(&str, Option<u8>, usize)]) -> Assessment {
    let mut assessment = Assessment::new(framework, datetime!(2026-11-27 10:00 UTC));
    for &(id, phase, evidence) in ratings {
        let response = Response {
            phase: phase.and_then(Phase::new),
            evidence: (0..evidence)
                .map(|i| Evidence {
                    id: crate::model::ItemId::default(),
                    added_by: Vec::new(),
                    title: format!("Evidence {i}"),
                    link: format!("https://example.org/{i}"),
                    note: String::new(),
                })
                .collect(),
            ..Response::default()
        };
        assessment.responses.insert(QuestionId::new(id), response);
    }
    assessment
}

/// Runs of two or more ASCII letters in `text`: in the pseudo-locale, English that did not come
/// from the catalogue (or the user's own data, which a test allows by name).
pub fn english_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 2)
        .map(str::to_owned)
        .collect()
}
