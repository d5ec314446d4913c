//! Content far beyond the usual, still valid: a letter under thousands of combining marks and a
//! linked evidence title of many kilobytes export with a sound text layer and annotations of a
//! bounded size (their cost is linear in the content; the report benchmark measures it).

use std::process::Command;

use civic_workbook::model::{Assessment, Evidence, QuestionId};
use civic_workbook::report;
use lopdf::{Document, decode_text_string};
use time::macros::date;

use crate::util::{demo, framework, temp_dir};

fn render(assessment: &Assessment) -> Vec<u8> {
    report::render(&framework(), assessment, date!(2026 - 11 - 27)).unwrap()
}

/// The text poppler's `pdftotext` extracts, and what it complained of.
fn pdftotext(bytes: &[u8]) -> (String, String) {
    let dir = temp_dir();
    let path = dir.path().join("report.pdf");
    std::fs::write(&path, bytes).unwrap();
    let output = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(output.status.success(), "{output:?}");
    (
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// The text alternative (`/Contents`) of every link annotation.
fn annotation_alternatives(pdf: &Document) -> Vec<String> {
    let mut found = Vec::new();
    for page in pdf.get_pages().into_values() {
        for annotation in pdf.get_page_annotations(page).unwrap() {
            let contents = annotation.get(b"Contents").unwrap();
            let contents = pdf.dereference(contents).unwrap().1;
            found.push(decode_text_string(contents).unwrap());
        }
    }
    found
}

#[test]
fn a_letter_under_thousands_of_combining_marks_keeps_a_sound_text_layer() {
    let mut assessment = demo();
    assessment
        .responses
        .entry(QuestionId::new("economy.impact"))
        .or_default()
        .narrative = format!("Start e{} end", "\u{301}".repeat(5_000));
    let (text, complaints) = pdftotext(&render(&assessment));
    // Given the whole cluster as one glyph's text, the font's character map had an entry poppler
    // rejects, and the line was lost from the text layer.
    assert!(!complaints.contains("CMap"), "{complaints:.500}");
    assert!(text.contains("Start e\u{301}"), "{text:.3000}");
    assert!(text.contains(" end"), "{text:.3000}");
}

#[test]
fn a_long_linked_title_gives_short_annotation_alternatives() {
    let mut assessment = demo();
    let title = "Community partnership evaluation report ".repeat(500);
    assessment
        .responses
        .entry(QuestionId::new("economy.impact"))
        .or_default()
        .evidence
        .push(Evidence {
            id: civic_workbook::model::ItemId::default(),
            added_by: Vec::new(),
            title: title.clone(),
            link: "https://example.org/evaluation".to_owned(),
            note: String::new(),
        });
    let bytes = render(&assessment);
    let pdf = Document::load_mem(&bytes).unwrap();
    let alternatives = annotation_alternatives(&pdf);
    let cut: Vec<&String> = alternatives
        .iter()
        .filter(|alt| alt.starts_with("Community partnership"))
        .collect();
    assert!(cut.len() > 100, "one link area per line: {}", cut.len());
    for alt in &cut {
        assert!(alt.chars().count() <= 250 && alt.ends_with('…'), "{alt}");
    }
    assert!(
        alternatives.iter().all(|alt| alt.chars().count() <= 250),
        "{alternatives:?}"
    );
    // 20 KB on every one of some 250 lines made a 10 MB file.
    assert!(bytes.len() < 1_000_000, "{} bytes", bytes.len());
    let (text, _) = pdftotext(&bytes);
    assert!(
        text.contains("Community partnership evaluation report Community"),
        "the title itself is all on the page"
    );
}
