//! The real question bank: seven domains, six ordered phases, unique ids, no empty text; and a
//! malformed bank gets every problem listed.

use std::collections::BTreeSet;
use std::path::Path;

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
