use super::*;
use crate::model::{Framework, testing};

/// Every text of `framework` that a copy shows, with what it is.
fn texts(framework: &Framework) -> Vec<(TextOf<'_>, String)> {
    let mut texts = vec![
        (TextOf::Title, framework.title().to_owned()),
        (TextOf::WordingNote, framework.wording_note().to_owned()),
        (TextOf::ScaleName, framework.scale().name.clone()),
    ];
    for phase in &framework.scale().phases {
        texts.push((TextOf::PhaseName(phase.number), phase.name.clone()));
        texts.push((
            TextOf::PhaseDescription(phase.number),
            phase.description.clone(),
        ));
    }
    for domain in framework.domains() {
        texts.push((TextOf::DomainTitle(&domain.id), domain.title.clone()));
        texts.push((TextOf::DomainSummary(&domain.id), domain.summary.clone()));
        for question in &domain.questions {
            texts.push((TextOf::QuestionText(&question.id), question.text.clone()));
            texts.push((
                TextOf::QuestionGuidance(&question.id),
                question.guidance.clone(),
            ));
            texts.push((
                TextOf::QuestionExamples(&question.id),
                question.evidence_examples.join(" | "),
            ));
        }
    }
    texts
}

/// A Welsh translation of every text of `testing::framework`.
fn welsh(framework: &Framework) -> Translation {
    let text = |english: &str| Some(format!("Cy {english}"));
    Translation {
        title: text(framework.title()),
        wording_note: text(framework.wording_note()),
        scale: ScaleTranslation {
            name: text(&framework.scale().name),
            phases: framework
                .scale()
                .phases
                .iter()
                .map(|phase| {
                    let translated = PhaseTranslation {
                        name: text(&phase.name),
                        description: text(&phase.description),
                    };
                    (phase.id.clone(), translated)
                })
                .collect(),
        },
        domains: framework
            .domains()
            .iter()
            .map(|domain| {
                let translated = DomainTranslation {
                    title: text(&domain.title),
                    summary: text(&domain.summary),
                };
                (domain.id.clone(), translated)
            })
            .collect(),
        questions: framework
            .questions()
            .map(|(_, question)| {
                let translated = QuestionTranslation {
                    text: text(&question.text),
                    guidance: text(&question.guidance),
                    // A list of its own: longer than the English one.
                    evidence_examples: Some(vec!["Cy 1".to_owned(), "Cy 2".to_owned()]),
                };
                (question.id.clone(), translated)
            })
            .collect(),
    }
}

fn with(framework: Framework, lang: Lang, translation: Translation) -> Framework {
    let mut parts = framework.into_parts();
    parts.translations.insert(lang, translation);
    Framework::new(parts).unwrap()
}

fn bilingual() -> Framework {
    let english = testing::framework(&[2, 1]);
    let welsh = welsh(&english);
    with(english, Lang::Cy, welsh)
}

/// The same framework but for its texts: ids, numbers, order, links, id and version.
fn assert_same_shape(a: &Framework, b: &Framework) {
    assert_eq!(a.id(), b.id());
    assert_eq!(a.version(), b.version());
    assert_eq!(a.attribution(), b.attribution());
    let phases = |f: &Framework| -> Vec<(Phase, String)> {
        let scale = f.scale();
        scale
            .phases
            .iter()
            .map(|p| (p.number, p.id.clone()))
            .collect()
    };
    assert_eq!(phases(a), phases(b));
    let (sa, sb) = (a.scale(), b.scale());
    assert_eq!(
        (sa.ordered, sa.cyclical, sa.provisional),
        (sb.ordered, sb.cyclical, sb.provisional)
    );
    let shape = |f: &Framework| -> Vec<(DomainId, Option<String>, bool, Vec<QuestionId>)> {
        f.domains()
            .iter()
            .map(|d| {
                let ids = d.questions.iter().map(|q| q.id.clone()).collect();
                (d.id.clone(), d.source.clone(), d.provisional, ids)
            })
            .collect()
    };
    assert_eq!(shape(a), shape(b));
}

#[test]
fn a_bank_in_both_languages_shows_each_whole() {
    let bank = bilingual();
    assert_eq!(bank.language(), Lang::EnGb);
    assert_eq!(bank.bank_language(), Lang::EnGb);
    let cy = bank.in_language(Lang::Cy);
    assert_eq!(cy.language(), Lang::Cy);
    assert_same_shape(&bank, &cy);
    for ((of, english), (_, welsh)) in texts(&bank).into_iter().zip(texts(&cy)) {
        assert_eq!(bank.other_language(of), None, "{of:?}");
        assert_eq!(cy.other_language(of), None, "{of:?}");
        assert_eq!(cy.text_language(of), Lang::Cy, "{of:?}");
        assert_ne!(english, welsh, "{of:?}");
        if let TextOf::QuestionExamples(_) = of {
            assert_eq!(welsh, "Cy 1 | Cy 2");
        } else {
            assert_eq!(welsh, format!("Cy {english}"), "{of:?}");
        }
    }
    // A copy can be shown again in the bank's language, and is then the bank itself.
    assert_eq!(cy.in_language(Lang::EnGb), bank);
    assert_eq!(bank.in_language(Lang::EnGb), bank);
    // Its parts are the bank's, not the copy's texts.
    assert_eq!(cy.clone().into_parts(), bank.clone().into_parts());
}

#[test]
fn a_bank_only_in_english_is_shown_in_english_tagged_never_blank() {
    let bank = testing::framework(&[2, 1]);
    let cy = bank.in_language(Lang::Cy);
    assert_eq!(cy.language(), Lang::Cy);
    assert_same_shape(&bank, &cy);
    for ((of, english), (_, shown)) in texts(&bank).into_iter().zip(texts(&cy)) {
        assert_eq!(shown, english, "{of:?}");
        assert!(!shown.trim().is_empty(), "{of:?}");
        assert_eq!(cy.other_language(of), Some(Lang::EnGb), "{of:?}");
        assert_eq!(cy.text_language(of), Lang::EnGb, "{of:?}");
    }
}

#[test]
fn a_question_with_only_some_welsh_shows_the_rest_in_english() {
    let english = testing::framework(&[2, 1]);
    let q0 = QuestionId::new("d0.q0");
    let mut translation = Translation::default();
    translation.questions.insert(
        q0.clone(),
        QuestionTranslation {
            text: Some("Cwestiwn?".to_owned()),
            // Blank is as good as missing: the English is shown, never a blank.
            guidance: Some("  ".to_owned()),
            evidence_examples: Some(vec![" ".to_owned()]),
        },
    );
    let bank = with(english, Lang::Cy, translation);
    let cy = bank.in_language(Lang::Cy);
    let (_, question) = cy.question(&q0).unwrap();
    assert_eq!(question.text, "Cwestiwn?");
    assert_eq!(cy.other_language(TextOf::QuestionText(&q0)), None);
    assert_eq!(question.guidance, "Guidance");
    assert_eq!(
        cy.other_language(TextOf::QuestionGuidance(&q0)),
        Some(Lang::EnGb)
    );
    assert_eq!(question.evidence_examples, ["Example"]);
    assert_eq!(
        cy.other_language(TextOf::QuestionExamples(&q0)),
        Some(Lang::EnGb)
    );
    let q1 = QuestionId::new("d0.q1");
    assert_eq!(cy.question(&q1).unwrap().1.text, "Question 0.1?");
    assert_eq!(
        cy.text_language(TextOf::QuestionText(&q1)),
        Lang::EnGb,
        "another question is in English"
    );
    assert_eq!(
        cy.other_language(TextOf::DomainTitle(&DomainId::new("d0"))),
        Some(Lang::EnGb)
    );
}

#[test]
fn the_pseudo_locale_shows_the_english() {
    let bank = bilingual();
    let pseudo = bank.in_language(Lang::Pseudo);
    assert_eq!(pseudo.language(), Lang::EnGb);
    assert_eq!(pseudo, bank);
    for (of, _) in texts(&pseudo) {
        assert_eq!(pseudo.other_language(of), None, "{of:?}");
    }
}

#[test]
fn a_welsh_bank_without_english_is_shown_in_welsh_tagged() {
    let mut parts = testing::framework(&[1]).into_parts();
    parts.language = Lang::Cy;
    parts.title = "Fframwaith prawf".to_owned();
    let bank = Framework::new(parts).unwrap();
    assert_eq!(bank.language(), Lang::Cy);
    let en = bank.in_language(Lang::EnGb);
    assert_eq!(en.language(), Lang::EnGb);
    assert_eq!(en.title(), "Fframwaith prawf");
    for (of, text) in texts(&en) {
        assert!(!text.trim().is_empty(), "{of:?}");
        assert_eq!(en.other_language(of), Some(Lang::Cy), "{of:?}");
    }
    assert_eq!(en.in_language(Lang::Cy), bank);
}

#[test]
fn a_text_the_bank_leaves_blank_is_shown_from_the_translation() {
    let mut parts = testing::framework(&[1]).into_parts();
    let q0 = QuestionId::new("d0.q0");
    if let Some(question) = parts.domains[0].questions.get_mut(0) {
        question.guidance = String::new();
        question.evidence_examples.clear();
    }
    let mut translation = Translation::default();
    translation.questions.insert(
        q0.clone(),
        QuestionTranslation {
            guidance: Some("Canllaw".to_owned()),
            ..QuestionTranslation::default()
        },
    );
    parts.translations.insert(Lang::Cy, translation);
    let bank = Framework::new(parts).unwrap();
    let (_, question) = bank.question(&q0).unwrap();
    assert_eq!(question.guidance, "Canllaw");
    assert_eq!(
        bank.other_language(TextOf::QuestionGuidance(&q0)),
        Some(Lang::Cy)
    );
    // No language has examples: none to show, and nothing to tag.
    assert!(question.evidence_examples.is_empty());
    assert_eq!(bank.other_language(TextOf::QuestionExamples(&q0)), None);
}

#[test]
fn the_bank_is_written_with_its_language_and_translations_in_framework_order() {
    let plain = serde_json::to_value(testing::framework(&[1])).unwrap();
    assert_eq!(plain["language"], "en-GB");
    assert!(plain.get("translations").is_none(), "{plain:#}");

    let bank = bilingual();
    // A copy in Welsh is written as the bank it came from.
    let text = serde_json::to_string(&bank.in_language(Lang::Cy)).unwrap();
    assert_eq!(text, serde_json::to_string(&bank).unwrap());
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["title"], "Test framework");
    let cy = &value["translations"]["cy"];
    assert_eq!(cy["title"], "Cy Test framework");
    assert_eq!(cy["scale"]["phases"]["p1"]["name"], "Cy Phase name 1");
    assert_eq!(cy["questions"]["d1.q0"]["evidence_examples"][1], "Cy 2");
    // The framework's order, not the ids' sorted order.
    let phases = text.find("\"p1\"").unwrap()..text.find("\"p6\"").unwrap();
    assert!(!phases.is_empty());
    let domains = text.find("\"d0\":").unwrap() < text.find("\"d1\":").unwrap();
    assert!(domains);

    let mut only_one = Translation::default();
    only_one.scale.name = Some("Cyfnodau".to_owned());
    let value = serde_json::to_value(with(testing::framework(&[1]), Lang::Cy, only_one)).unwrap();
    assert_eq!(
        value["translations"],
        serde_json::json!({ "cy": { "scale": { "name": "Cyfnodau" } } })
    );
}
