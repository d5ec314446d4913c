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
    found.extend(offences("src/report/content", &IMPURE));
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

/// The top-level modules a module may use: the dependency rule of `src/lib.rs`, read from the
/// code's own paths (`use crate::…`, `crate::…` inside code, `super::` chains that leave the
/// module), not from words.
const MAY_USE: [(&str, &[&str]); 11] = [
    ("i18n", &[]),
    ("fonts", &[]),
    ("model", &["i18n"]),
    ("scoring", &["i18n", "model"]),
    ("storage", &["i18n", "model"]),
    ("report", &["i18n", "fonts", "model", "scoring"]),
    ("export", &["i18n", "model", "scoring", "storage", "report"]),
    (
        "cli",
        &["i18n", "model", "scoring", "storage", "report", "export"],
    ),
    (
        "workbook",
        &["i18n", "model", "scoring", "storage", "report", "export"],
    ),
    ("ui", &["i18n", "fonts", "model", "scoring", "workbook"]),
    (
        "app",
        &[
            "i18n", "fonts", "model", "scoring", "storage", "report", "export", "workbook", "ui",
        ],
    ),
];

/// The module path of a source file: `src/ui/presenter/fit.rs` is `ui::presenter::fit`,
/// `src/ui/mod.rs` and `src/ui.rs` are `ui`.
fn module_path(file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(root().join("src")).unwrap();
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let last = parts.pop().unwrap();
    let stem = last.trim_end_matches(".rs");
    if stem != "mod" {
        parts.push(stem.to_owned());
    }
    parts
}

/// The crate's top-level modules that `text` (the source of the module at `path`) names.
fn top_modules_used(text: &str, path: &[String]) -> Vec<String> {
    let code: String = text
        .lines()
        .filter(|line| {
            let line = line.trim_start();
            !line.starts_with("//")
        })
        .collect::<Vec<_>>()
        .join("\n");
    let mut used = Vec::new();
    let ident_at = |rest: &str| -> Vec<String> {
        // `name`, or each first name of a `{a::b, c}` group.
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            group[..end]
                .split(',')
                .map(|item| {
                    item.trim()
                        .split("::")
                        .next()
                        .unwrap_or("")
                        .trim()
                        .to_owned()
                })
                .filter(|name| !name.is_empty() && name != "self")
                .collect()
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            vec![name]
        }
    };
    for (at, _) in code.match_indices("crate::") {
        if code[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$')
        {
            continue;
        }
        used.extend(ident_at(&code[at + "crate::".len()..]));
    }
    // `super::super::x` from `ui::presenter::fit` reaches the crate root at depth 3: a file's
    // module is `path`; a chain of n `super::` goes up n levels.
    for (at, _) in code.match_indices("super::") {
        if code[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':')
        {
            continue;
        }
        let mut rest = &code[at..];
        let mut ups = 0;
        while let Some(next) = rest.strip_prefix("super::") {
            ups += 1;
            rest = next;
        }
        if ups >= path.len() {
            used.extend(ident_at(rest));
        }
    }
    used.retain(|name| MAY_USE.iter().any(|(module, _)| module == name));
    used
}

#[test]
fn imports_follow_the_dependency_rule() {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let mut found = Vec::new();
    for file in &files {
        let path = module_path(file);
        let Some(top) = path.first() else { continue };
        let Some((_, allowed)) = MAY_USE.iter().find(|(module, _)| module == top) else {
            continue;
        };
        let text = fs::read_to_string(file).unwrap();
        for used in top_modules_used(&text, &path) {
            if used != *top && !allowed.contains(&used.as_str()) {
                found.push(format!(
                    "{} uses {used}",
                    file.strip_prefix(root()).unwrap().display()
                ));
            }
        }
    }
    found.sort();
    found.dedup();
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn every_top_module_has_a_rule() {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    for file in files {
        let path = module_path(&file);
        if path.len() < 2
            && !MAY_USE
                .iter()
                .any(|(module, _)| path.first() == Some(&(*module).to_owned()))
        {
            continue; // lib.rs, main.rs, console.rs, build.rs
        }
        let top = &path[0];
        assert!(
            MAY_USE.iter().any(|(module, _)| module == top),
            "{top} has no dependency rule"
        );
    }
}

#[test]
fn the_reader_of_paths_finds_groups_and_super_chains() {
    let text = "use crate::{model::Framework, scoring};\n// crate::app in a comment\nfn f() { super::super::workbook::x(); crate::report::y(); }";
    let path = vec!["ui".to_owned(), "presenter".to_owned()];
    let mut used = top_modules_used(text, &path);
    used.sort();
    assert_eq!(used, ["model", "report", "scoring", "workbook"]);
}
