//! The dependency rule of `src/lib.rs`: model and scoring stay pure (no UI, no PDF writer, no
//! file system, no clock), and only storage touches files.

use std::fs;
use std::path::Path;

use crate::util::root;

fn rust_files(dir: &Path, found: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(path);
        }
    }
}

/// Whether `text` mentions `word` as a word of its own: `fs::` is not in `Prefs::default`.
fn mentions(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        !text[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

fn offences(dir: &str, forbidden: &[&str]) -> Vec<String> {
    let mut files = Vec::new();
    rust_files(&root().join(dir), &mut files);
    assert!(!files.is_empty(), "no sources under {dir}");
    let mut found = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        for word in forbidden {
            if mentions(&text, word) {
                found.push(format!("{} mentions {word}", file.display()));
            }
        }
    }
    found
}

const IMPURE: [&str; 10] = [
    "egui",
    "eframe",
    "rfd",
    "krilla",
    "std::fs",
    "fs::",
    "File::",
    "SystemTime",
    "now_utc",
    "Instant::",
];

#[test]
fn model_and_scoring_are_pure() {
    let mut found = offences("src/model", &IMPURE);
    found.extend(offences("src/scoring", &IMPURE));
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn only_storage_touches_files() {
    let found = offences("src/cli", &["std::fs", "fs::", "File::"]);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn views_touch_neither_files_nor_storage() {
    let found = offences(
        "src/ui",
        &[
            "storage::",
            "std::fs",
            "fs::",
            "File::",
            "std::env",
            "SystemTime",
        ],
    );
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn the_command_line_never_uses_the_app() {
    let found = offences("src/cli", &["crate::app", "crate::ui", "egui", "eframe"]);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn report_content_and_layout_are_pure() {
    let mut found = offences("src/report/layout", &IMPURE);
    for file in ["src/report/content.rs", "src/report/doc.rs"] {
        let text = fs::read_to_string(root().join(file)).unwrap();
        for word in IMPURE {
            if mentions(&text, word) {
                found.push(format!("{file} mentions {word}"));
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn views_and_app_meet_only_in_the_workbook_vocabulary() {
    // The views read state and push commands from `workbook`; they never reach into `app`.
    let found = offences("src/ui", &["crate::app", "super::app"]);
    assert!(found.is_empty(), "{found:#?}");
    let mut found = offences(
        "src/workbook",
        &["crate::app", "crate::ui", "storage::atomic"],
    );
    found.extend(offences(
        "src/workbook",
        &["std::fs", "fs::", "File::", "SystemTime"],
    ));
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn the_app_core_reads_no_clock_and_drives_no_window() {
    // `workbook::update` gets the time passed in and returns effects: the shell alone reads
    // clocks and the environment, and talks to the window.
    let found = offences(
        "src/workbook",
        &[
            "now_utc",
            "Zoned::now",
            "Instant::",
            "std::env",
            "std::thread",
            "egui::Context",
            "ViewportCommand",
            "rfd",
        ],
    );
    assert!(found.is_empty(), "{found:#?}");
}
