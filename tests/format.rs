//! The file format's versions and the stable ids of evidence and actions: what each version
//! accepts, how ids are given to items that have none, and which ids are refused.

use std::path::Path;

use civic_workbook::model::{Assessment, Edit, ItemId, QuestionId};
use civic_workbook::storage::{assessment_file, format};

use crate::util::{framework, run_in, stderr, temp_dir};

/// A file of `version` whose one response is `response` (JSON).
fn file(version: u32, response: &str) -> String {
    format!(
        "{{\n\"format_version\": {version},\n\"framework\": {{\"id\": \"civic-impact-framework\", \"version\": \"2026.1\"}},\n\"responses\": {{\n\"economy.impact\": {response}\n}}\n}}\n"
    )
}

fn parse(text: &str) -> Result<Assessment, String> {
    assessment_file::parse(text, Path::new("f.civic.json"), &framework()).map_err(|e| e.to_string())
}

fn impact(a: &Assessment) -> &civic_workbook::model::Response {
    &a.responses[&QuestionId::new("economy.impact")]
}

const TWO_ALIKE: &str = r#"{"evidence": [{"title": "Minutes", "link": ""}, {"title": "Minutes", "link": ""}],
"actions": [{"description": "Meet the council"}]}"#;

#[test]
fn the_current_version_is_the_one_written() {
    assert_eq!(format::CURRENT, 3);
    let a = parse(&file(1, "{\"phase\": 2}")).unwrap();
    let text = String::from_utf8(assessment_file::to_bytes(&a)).unwrap();
    assert!(text.starts_with("{\n  \"format_version\": 3,"), "{text}");
}

#[test]
fn items_without_ids_are_given_distinct_ones_the_same_every_time() {
    for version in [1, 2, 3] {
        let text = file(version, TWO_ALIKE);
        let a = parse(&text).unwrap();
        let b = parse(&text).unwrap();
        let evidence: Vec<&ItemId> = impact(&a).evidence.iter().map(|e| &e.id).collect();
        assert_eq!(evidence.len(), 2);
        assert_ne!(evidence[0], evidence[1], "two items alike still differ");
        assert!(evidence.iter().all(|id| ItemId::is_valid(id.as_str())));
        assert!(ItemId::is_valid(impact(&a).actions[0].id.as_str()));
        assert_eq!(a, b, "version {version}: the same ids on every read");
    }
    // The same item in a file of another version, or under another question, differs only
    // where its question does.
    let one = parse(&file(1, TWO_ALIKE)).unwrap();
    let three = parse(&file(3, TWO_ALIKE)).unwrap();
    assert_eq!(one, three);
}

#[test]
fn an_id_given_in_the_file_is_kept_and_a_missing_one_never_takes_it() {
    let a = parse(&file(
        3,
        r#"{"evidence": [{"title": "Minutes"}, {"id": "minutes-2027", "title": "Minutes"}]}"#,
    ))
    .unwrap();
    let ids: Vec<&str> = impact(&a).evidence.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids[1], "minutes-2027");
    assert_ne!(ids[0], ids[1]);
}

#[test]
fn two_items_of_a_question_with_one_id_are_refused_at_the_second() {
    let text = file(
        3,
        r#"{"actions": [{"id": "a1", "description": "One"},
{"id": "a1", "description": "Two"}]}"#,
    );
    let err = parse(&text).unwrap_err();
    assert!(
        err.contains("two actions of this question have the id \"a1\""),
        "{err}"
    );
    assert!(err.contains("line 6"), "the line of the second: {err}");
}

#[test]
fn the_same_id_under_two_questions_is_two_items() {
    let text = "{\"format_version\": 3, \"framework\": {\"id\": \"civic-impact-framework\"}, \"responses\": {\
        \"economy.impact\": {\"evidence\": [{\"id\": \"e1\", \"title\": \"A\"}]},\
        \"culture.vibrancy\": {\"evidence\": [{\"id\": \"e1\", \"title\": \"B\"}]}}}";
    let a = parse(text).unwrap();
    assert_eq!(a.responses.len(), 2);
}

#[test]
fn ids_that_are_not_short_plain_words_are_refused() {
    let long = "x".repeat(ItemId::MAX_LEN + 1);
    for bad in ["", "with space", "tab\\t", "ü-umlaut", long.as_str()] {
        let text = file(
            3,
            &format!(r#"{{"evidence": [{{"id": "{bad}", "title": "A"}}]}}"#),
        );
        let err = parse(&text).unwrap_err();
        assert!(err.contains("is not an item id"), "{bad:?}: {err}");
        assert!(err.contains("line 5"), "{err}");
    }
    let text = file(3, r#"{"evidence": [{"id": 7, "title": "A"}]}"#);
    assert!(parse(&text).unwrap_err().contains("line 5"));
}

#[test]
fn each_version_accepts_only_its_own_fields() {
    // Ids came in version 3, group fields in version 2: an older file holding them is not a
    // file of its version, and says which field.
    let err = parse(&file(2, r#"{"evidence": [{"id": "e1", "title": "A"}]}"#)).unwrap_err();
    assert!(err.contains("unknown field `id`"), "{err}");
    let err = parse(&file(1, r#"{"ratings": {"Alys": 2}}"#)).unwrap_err();
    assert!(err.contains("unknown field `ratings`"), "{err}");
    parse(&file(2, r#"{"ratings": {"Alys": 2}}"#)).unwrap();
}

#[test]
fn an_item_added_with_an_id_its_question_holds_gets_its_own() {
    let mut a = parse(&file(3, r#"{"evidence": [{"id": "e1", "title": "A"}]}"#)).unwrap();
    let question = QuestionId::new("economy.impact");
    a.apply(Edit::AddEvidence {
        question: question.clone(),
        id: ItemId::new("e1"),
    })
    .unwrap();
    let ids: Vec<&str> = impact(&a).evidence.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids.len(), 2);
    assert_ne!(ids[0], ids[1]);
}

#[test]
fn validate_names_the_repeated_id_and_leaves_the_file() {
    let dir = temp_dir();
    let text = file(
        3,
        r#"{"evidence": [{"id": "e1", "title": "A"}, {"id": "e1", "title": "B"}]}"#,
    );
    let path = dir.path().join("twice.civic.json");
    std::fs::write(&path, &text).unwrap();
    let output = run_in(dir.path(), &["validate", "twice.civic.json"]);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(err.contains("have the id \"e1\""), "{err}");
    assert!(err.contains("twice.civic.json"), "{err}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
}
