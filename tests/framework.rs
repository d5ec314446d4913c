//! The real question bank: seven domains, six ordered phases, unique ids, no empty text; and a
//! malformed bank gets every problem listed.

use std::collections::BTreeSet;
use std::path::Path;

use civic_workbook::i18n::Lang;
use civic_workbook::model::TextOf;
use civic_workbook::storage::{Error, framework_file};

use crate::util::framework;

#[test]
fn bank_has_seven_domains_and_six_phases() {
    let fw = framework();
    let ids: Vec<&str> = fw.domains().iter().map(|d| d.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "strategy",
            "economy",
            "health",
            "culture",
            "estates",
            "learning",
            "environment"
        ]
    );
    let phases: Vec<&str> = fw.scale().phases.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        phases,
        [
            "Exploring",
            "Planning",
            "Delivering",
            "Embedding",
            "Evaluating",
            "Renewing"
        ]
    );
    assert!(fw.scale().ordered && fw.scale().cyclical && fw.scale().provisional);
    assert_eq!(fw.question_count(), 20);
    assert!(
        fw.attribution()
            .url
            .starts_with("https://civicuniversitynetwork.co.uk/")
    );
    assert!(fw.wording_note().contains("paraphrase"));
}

#[test]
fn every_domain_says_where_its_wording_comes_from() {
    for domain in framework().domains() {
        let provisional = matches!(domain.id.as_str(), "learning" | "environment");
        assert_eq!(domain.provisional, provisional, "{}", domain.id);
        if !provisional {
            let source = domain.source.as_deref().unwrap_or_default();
            assert!(
                source.starts_with("https://civicuniversitynetwork.co.uk/civic-impact/"),
                "{}",
                domain.id
            );
        }
        assert!((2..=4).contains(&domain.questions.len()), "{}", domain.id);
    }
}

#[test]
fn questions_have_unique_ids_text_guidance_and_examples() {
    let fw = framework();
    let mut seen = BTreeSet::new();
    for (domain, question) in fw.questions() {
        assert!(
            seen.insert(question.id.clone()),
            "duplicate {}",
            question.id
        );
        assert!(
            question.id.as_str().starts_with(&format!("{}.", domain.id)),
            "{}",
            question.id
        );
        assert!(question.text.trim().ends_with('?'), "{}", question.id);
        assert!(!question.guidance.trim().is_empty(), "{}", question.id);
        assert!(!question.evidence_examples.is_empty(), "{}", question.id);
    }
}

#[test]
fn malformed_bank_lists_every_problem() {
    let mut bank: serde_json::Value = serde_json::from_str(framework_file::DEFAULT_BANK).unwrap();
    // Ids changed below would leave the Welsh naming ids the bank lacks: a problem of its own,
    // tested apart.
    bank.as_object_mut().unwrap().remove("translations");
    bank["title"] = "".into();
    bank["scale"]["ordered"] = false.into();
    bank["scale"]["phases"][5]["number"] = 7.into();
    bank["domains"][1]["id"] = "strategy".into();
    bank["domains"][2]["questions"][0]["text"] = " ".into();
    bank["domains"][3]["questions"][1]["id"] = bank["domains"][3]["questions"][0]["id"].clone();
    let text = serde_json::to_string(&bank).unwrap();
    let err = framework_file::parse(&text, Path::new("bank.json")).unwrap_err();
    let Error::InvalidFramework { problems, .. } = &err else {
        panic!("expected an invalid framework, got {err:#}");
    };
    let expected = [
        "framework title is empty",
        "the scale must be ordered",
        "numbered 1 to 6",
        "domain id \"strategy\" is used more than once",
        "text is empty",
        "question id \"culture.",
    ];
    for needle in expected {
        assert!(
            problems.iter().any(|p| p.contains(needle)),
            "no problem mentions {needle:?}: {problems:#?}"
        );
    }
    assert_eq!(problems.len(), expected.len(), "{problems:#?}");
    let message = err.to_string();
    assert!(
        message.starts_with("framework bank has 6 problems"),
        "{message}"
    );
    assert!(message.ends_with("bank.json"), "{message}");
}

#[test]
fn bank_with_unknown_field_or_missing_scale_is_refused_with_position() {
    let text = framework_file::DEFAULT_BANK.replacen("\"title\"", "\"titel\"", 1);
    let err = framework_file::parse(&text, Path::new("typo.json")).unwrap_err();
    assert!(matches!(err, Error::Json { line: 5, .. }), "{err:#}");
    assert!(err.to_string().contains("unknown field `titel`"), "{err:#}");
}

#[test]
fn a_phase_numbered_out_of_range_still_has_its_text_checked() {
    let mut bank: serde_json::Value = serde_json::from_str(framework_file::DEFAULT_BANK).unwrap();
    bank["scale"]["phases"][5]["number"] = 9.into();
    bank["scale"]["phases"][5]["name"] = " ".into();
    let text = serde_json::to_string(&bank).unwrap();
    let err = framework_file::parse(&text, Path::new("bank.json")).unwrap_err();
    let Error::InvalidFramework { problems, .. } = &err else {
        panic!("expected an invalid framework, got {err:#}");
    };
    assert_eq!(
        problems,
        &[
            "phase 9 name is empty".to_owned(),
            "the scale must have exactly one ordered list of the six phases numbered 1 to 6, found numbers [1, 2, 3, 4, 5, 9]".to_owned(),
        ]
    );
}

/// The problems a bank changed by `change` is refused with.
fn problems_of(change: impl FnOnce(&mut serde_json::Value)) -> Vec<String> {
    let mut bank: serde_json::Value = serde_json::from_str(framework_file::DEFAULT_BANK).unwrap();
    change(&mut bank);
    let text = serde_json::to_string(&bank).unwrap();
    match framework_file::parse(&text, Path::new("bank.json")) {
        Err(Error::InvalidFramework { problems, .. }) => problems,
        other => panic!("expected an invalid framework, got {other:?}"),
    }
}

#[test]
fn a_translation_naming_what_the_bank_lacks_is_refused_naming_it() {
    let problems = problems_of(|bank| {
        let cy = &mut bank["translations"]["cy"];
        cy["questions"]["economy.nope"] = serde_json::json!({ "text": "Pam?" });
        cy["domains"]["sport"] = serde_json::json!({ "title": "Chwaraeon" });
        cy["scale"]["phases"]["dreaming"] = serde_json::json!({ "name": "Breuddwydio" });
    });
    assert_eq!(
        problems,
        [
            "translations.\"cy\" has a phase \"dreaming\" that the bank does not have",
            "translations.\"cy\" has a domain \"sport\" that the bank does not have",
            "translations.\"cy\" has a question \"economy.nope\" that the bank does not have",
        ]
    );
}

#[test]
fn a_translations_examples_are_its_own_list_of_any_length() {
    let mut bank: serde_json::Value = serde_json::from_str(framework_file::DEFAULT_BANK).unwrap();
    let examples =
        &mut bank["translations"]["cy"]["questions"]["economy.vision"]["evidence_examples"];
    *examples = serde_json::json!(["Un enghraifft"]);
    let text = serde_json::to_string(&bank).unwrap();
    let framework = framework_file::parse(&text, Path::new("bank.json")).unwrap();
    let id = civic_workbook::model::QuestionId::new("economy.vision");
    let (_, english) = framework.question(&id).unwrap();
    assert_eq!(english.evidence_examples.len(), 4);
    let cy = framework.in_language(Lang::Cy);
    let (_, welsh) = cy.question(&id).unwrap();
    assert_eq!(welsh.evidence_examples, ["Un enghraifft"]);
    assert_eq!(cy.other_language(TextOf::QuestionExamples(&id)), None);
}

#[test]
fn a_bank_in_a_language_the_workbook_does_not_know_is_refused() {
    let problems = problems_of(|bank| {
        bank["language"] = "fr".into();
        bank["translations"]["de"] = serde_json::json!({ "title": "Rahmen" });
    });
    assert_eq!(
        problems,
        [
            "language \"fr\" is not one the workbook knows (en-GB or cy)",
            "translations.\"de\" is in a language the workbook does not know (en-GB or cy)",
        ]
    );
    let problems = problems_of(|bank| {
        bank["translations"]["en-GB"] = serde_json::json!({ "title": "Framework" });
    });
    assert_eq!(
        problems,
        [
            "translations.\"en-GB\" is in the bank's own language: its texts belong in the bank itself"
        ]
    );
}

#[test]
fn a_bank_without_language_or_translations_reads_as_before() {
    let mut bank: serde_json::Value = serde_json::from_str(framework_file::DEFAULT_BANK).unwrap();
    let object = bank.as_object_mut().unwrap();
    object.remove("language");
    object.remove("translations");
    let text = serde_json::to_string(&bank).unwrap();
    let english = framework_file::parse(&text, Path::new("bank.json")).unwrap();
    assert_eq!(english.bank_language(), Lang::EnGb);
    assert_eq!(english.translation(Lang::Cy), None);
    let built_in = framework();
    assert_eq!(english.title(), built_in.title());
    assert_eq!(english.domains(), built_in.domains());
    assert_eq!(english.scale(), built_in.scale());
    // In Welsh, every text is the English, and says so.
    let cy = english.in_language(Lang::Cy);
    assert_eq!(cy.domains(), built_in.domains());
    let (_, question) = cy.questions().next().unwrap();
    assert_eq!(
        cy.other_language(TextOf::QuestionText(&question.id)),
        Some(Lang::EnGb)
    );
}

#[test]
fn the_built_in_bank_has_welsh_for_every_domain_question_and_phase() {
    let english = framework();
    let cy = english.in_language(Lang::Cy);
    assert_eq!((cy.id(), cy.version()), (english.id(), english.version()));
    let differs = |of: TextOf<'_>, en: &str, cy_text: &str| {
        assert_eq!(cy.other_language(of), None, "{of:?} is not in Welsh");
        assert!(!cy_text.trim().is_empty(), "{of:?}");
        assert_ne!(en, cy_text, "{of:?} is still the English");
    };
    differs(TextOf::Title, english.title(), cy.title());
    differs(
        TextOf::WordingNote,
        english.wording_note(),
        cy.wording_note(),
    );
    differs(TextOf::ScaleName, &english.scale().name, &cy.scale().name);
    for (en, welsh) in english.scale().phases.iter().zip(&cy.scale().phases) {
        assert_eq!(en.id, welsh.id);
        differs(TextOf::PhaseName(en.number), &en.name, &welsh.name);
        differs(
            TextOf::PhaseDescription(en.number),
            &en.description,
            &welsh.description,
        );
    }
    assert_eq!(cy.domains().len(), english.domains().len());
    for (en, welsh) in english.domains().iter().zip(cy.domains()) {
        assert_eq!(en.id, welsh.id);
        differs(TextOf::DomainTitle(&en.id), &en.title, &welsh.title);
        differs(TextOf::DomainSummary(&en.id), &en.summary, &welsh.summary);
        assert_eq!(en.questions.len(), welsh.questions.len());
        for (en, welsh) in en.questions.iter().zip(&welsh.questions) {
            assert_eq!(en.id, welsh.id);
            differs(TextOf::QuestionText(&en.id), &en.text, &welsh.text);
            differs(
                TextOf::QuestionGuidance(&en.id),
                &en.guidance,
                &welsh.guidance,
            );
            differs(
                TextOf::QuestionExamples(&en.id),
                &en.evidence_examples.join("\n"),
                &welsh.evidence_examples.join("\n"),
            );
        }
    }
    assert_eq!(cy.scale().phases[0].name, "Archwilio");
}
