//! The data as CSV, for spreadsheets: one row per key question, and a second table of every
//! action. Written for Excel: UTF-8 with a byte-order mark (so Welsh letters show), CRLF line
//! ends, and every field quoted. A field that starts like a formula (`=`, `+`, `-`, `@`) gets a
//! leading apostrophe, so a spreadsheet shows it as text instead of running it.
//!
//! **How an earlier export is known** (by storage, from the shape this writer makes), so exporting again may replace
//! it and a backup of it may be replaced: by its shape, exactly as this writer makes it: the
//! byte-order mark, a header row as wide as the table, every field of every row quoted (empty
//! ones as `""`), every row as wide as the header and ended by CRLF, and nothing else. The
//! heading words are not looked at: they are the catalogue's, in the language of the export and
//! of the workbook's version, and a file exported in Welsh, or before a heading was reworded, is
//! still known. Every field is quoted for this: spreadsheets (Excel, `LibreOffice`, Google
//! Sheets, Numbers) quote only the fields that need it when they save a CSV, so a file opened
//! and saved again in one, edited or not, no longer has this shape (its header row alone, which
//! needs no quotes, shows it), and is kept as someone's file. A hash of the content, as the Markdown carries, would need a row
//! that every spreadsheet and data import would read as data, so there is none. What the rule
//! cannot see is an edit made in a text editor that keeps every quote, the header and the
//! width; that is the one kind of change it takes as the workbook's own. Files exported before
//! every field was quoted are not recognised: the first export over one asks for `--force`
//! (or, in the app, asks), and keeps it.

use std::path::{Path, PathBuf};

use crate::model::{Assessment, Framework, Response};
use crate::scoring::{self, Basis};
use crate::tr;

/// The UTF-8 byte-order mark Excel looks for.
const BOM: &[u8] = b"\xEF\xBB\xBF";

use crate::model::export_marks::{ACTIONS_CSV_COLUMNS, QUESTIONS_CSV_COLUMNS};

/// The questions table's header row, in this thread's language.
pub fn question_headings() -> [String; QUESTIONS_CSV_COLUMNS] {
    [
        tr!("report-csv-domain"),
        tr!("report-csv-question-id"),
        tr!("report-csv-question"),
        tr!("report-csv-phase"),
        tr!("report-csv-phase-name"),
        tr!("report-csv-scored-as"),
        tr!("report-csv-score"),
        tr!("report-csv-assessor-phases"),
        tr!("report-csv-lowest"),
        tr!("report-csv-highest"),
        tr!("report-csv-apart"),
        tr!("report-csv-rationale"),
        tr!("report-csv-narrative"),
        tr!("report-csv-ambition"),
        tr!("report-csv-evidence-count"),
        tr!("report-csv-evidence"),
        tr!("report-csv-action-count"),
    ]
}

/// The actions table's header row, in this thread's language.
pub fn action_headings() -> [String; ACTIONS_CSV_COLUMNS] {
    [
        tr!("report-csv-domain"),
        tr!("report-csv-question-id"),
        tr!("report-csv-question"),
        tr!("report-csv-action-id"),
        tr!("report-csv-action"),
        tr!("report-csv-owner"),
        tr!("report-csv-due"),
        tr!("report-csv-status"),
        tr!("report-csv-added-by"),
    ]
}

/// Items listed one after the other with a catalogue's joining message.
fn listed(
    items: impl IntoIterator<Item = String>,
    join: impl Fn(String, String) -> String,
) -> String {
    items.into_iter().reduce(join).unwrap_or_default()
}

/// Text a spreadsheet would not take for a formula.
fn cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

fn table(header: &[String], rows: Vec<Vec<String>>) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Always)
        .from_writer(BOM.to_vec());
    // Writing to memory cannot fail for I/O reasons, and every record has the header's width.
    let _ = writer.write_record(header);
    for row in rows {
        let _ = writer.write_record(row.iter().map(|text| cell(text)));
    }
    writer.into_inner().unwrap_or_default()
}

/// One row per key question of the framework, in its order, answered or not; then a row for
/// each answer to a question the framework does not have (kept in the file, so kept here).
pub fn questions(framework: &Framework, assessment: &Assessment) -> Vec<u8> {
    let empty = Response::default();
    let known = framework.questions().map(|(domain, question)| {
        (
            domain.title.as_str(),
            question.id.to_string(),
            question.text.as_str(),
            assessment.response(&question.id).unwrap_or(&empty),
        )
    });
    let not_in_framework = tr!("report-csv-not-in-framework");
    let unknown = assessment.unknown_questions(framework).filter_map(|id| {
        let response = assessment.response(id)?;
        Some((not_in_framework.as_str(), id.to_string(), "", response))
    });
    let rows = known
        .chain(unknown)
        .map(|(domain, question_id, question, response)| {
            let score = scoring::question_score(response);
            let spread = scoring::spread(response);
            let evidence: Vec<String> = response
                .evidence
                .iter()
                .map(|e| {
                    let mut text = match (e.title.trim(), e.link.trim()) {
                        (title, "") => title.to_owned(),
                        ("", link) => link.to_owned(),
                        (title, link) => {
                            tr!("report-csv-evidence-link", title = title, link = link)
                        }
                    };
                    if !e.note.trim().is_empty() {
                        text = tr!(
                            "report-csv-evidence-note",
                            evidence = text,
                            note = e.note.trim()
                        );
                    }
                    if !e.added_by.is_empty() {
                        text = tr!(
                            "report-csv-evidence-added",
                            evidence = text,
                            names = names(&e.added_by)
                        );
                    }
                    text
                })
                .collect();
            vec![
                domain.to_owned(),
                question_id,
                question.to_owned(),
                response
                    .phase
                    .map(|p| p.number().to_string())
                    .unwrap_or_default(),
                response
                    .phase
                    .map(|p| framework.phase_name(p))
                    .unwrap_or_default(),
                match score.map(|s| s.basis) {
                    Some(Basis::Rated) => tr!("report-csv-basis-rated"),
                    Some(Basis::Agreed) => tr!("report-csv-basis-agreed"),
                    Some(Basis::Median) => tr!("report-csv-basis-median"),
                    None => tr!("report-csv-basis-none"),
                },
                score.map(|s| s.value.to_string()).unwrap_or_default(),
                listed(
                    response.ratings.iter().map(|(name, phase)| {
                        tr!("report-csv-rating", name = name, phase = phase.number())
                    }),
                    |init, next| tr!("report-csv-ratings", init = init, next = next),
                ),
                spread
                    .map(|s| s.lowest.number().to_string())
                    .unwrap_or_default(),
                spread
                    .map(|s| s.highest.number().to_string())
                    .unwrap_or_default(),
                spread.map(|s| s.apart().to_string()).unwrap_or_default(),
                response.rationale.clone(),
                response.narrative.clone(),
                response.ambition.clone(),
                response.evidence.len().to_string(),
                evidence.join("\n"),
                response.actions.len().to_string(),
            ]
        })
        .collect();
    table(&question_headings(), rows)
}

/// People named in a cell: "Alys Jones, Bryn Jones".
fn names(names: &[String]) -> String {
    listed(names.iter().cloned(), |init, next| {
        tr!("report-group-names", init = init, next = next)
    })
}

/// One row per action, in framework order, then in the order recorded.
pub fn actions(framework: &Framework, assessment: &Assessment) -> Vec<u8> {
    let row = |domain: &str, id: String, question: &str, action: &crate::model::Action| {
        vec![
            domain.to_owned(),
            id,
            question.to_owned(),
            // The stable id: the same action in next year's export, however it is reworded.
            action.id.to_string(),
            action.description.clone(),
            action.owner.clone(),
            action.due.clone(),
            action.status.label().to_owned(),
            names(&action.added_by),
        ]
    };
    let not_in_framework = tr!("report-csv-not-in-framework");
    let not_in_framework = not_in_framework.as_str();
    let known = assessment
        .actions_in(framework)
        .map(|(domain, question, action)| {
            row(
                &domain.title,
                question.id.to_string(),
                &question.text,
                action,
            )
        });
    // Answers to questions the framework does not have keep their actions too, as the
    // questions table keeps their rows.
    let unknown = assessment
        .unknown_questions(framework)
        .filter_map(|id| Some((id, assessment.response(id)?)))
        .flat_map(|(id, response)| {
            response
                .actions
                .iter()
                .map(move |action| row(not_in_framework, id.to_string(), "", action))
        });
    let rows = known.chain(unknown).collect();
    table(&action_headings(), rows)
}

/// Where the actions table goes, beside the questions table: `NAME.csv` → `NAME-actions.csv`.
pub fn actions_path(questions: &Path) -> PathBuf {
    let stem = questions
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    questions.with_file_name(format!("{stem}-actions.csv"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The questions table's column headings in British English, the source language, in order:
    /// what a program reading an English export finds. The file's header row is the catalogue's
    /// ([`question_headings`]), in the language of the export; only the number of columns counts in
    /// knowing an export again.
    const QUESTION_COLUMNS: [&str; 17] = [
        "Domain",
        "Question id",
        "Question",
        "Phase",
        "Phase name",
        "Scored as",
        "Score",
        "Assessors' phases",
        "Lowest",
        "Highest",
        "Phases apart",
        "Rationale",
        "Narrative",
        "Ambition",
        "Evidence count",
        "Evidence",
        "Action count",
    ];

    /// The actions table's column headings in British English (see [`QUESTION_COLUMNS`]).
    const ACTION_COLUMNS: [&str; 9] = [
        "Domain",
        "Question id",
        "Question",
        "Action id",
        "Action",
        "Owner",
        "Due",
        "Status",
        "Added by",
    ];

    #[test]
    fn the_headings_are_the_catalogues_and_in_english_the_constants() {
        let english = crate::i18n::scoped(crate::i18n::Lang::EnGb);
        assert_eq!(question_headings(), QUESTION_COLUMNS);
        assert_eq!(action_headings(), ACTION_COLUMNS);
        drop(english);
        let _pseudo = crate::i18n::scoped(crate::i18n::Lang::Pseudo);
        for heading in question_headings().iter().chain(&action_headings()) {
            assert!(
                !heading.chars().any(|c| c.is_ascii_alphabetic()),
                "{heading}"
            );
        }
    }
}
