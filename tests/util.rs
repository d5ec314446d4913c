//! Shared helpers: the built-in framework, the demo assessment, temporary folders and running the
//! real binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use civic_workbook::model::{Assessment, Framework};
use civic_workbook::storage::{assessment_file, framework_file};

/// The project root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The demo assessment's path.
pub fn demo_path() -> PathBuf {
    root().join("assets/demo.civic.json")
}

/// The built-in framework.
pub fn framework() -> Framework {
    framework_file::default_framework().expect("the built-in bank loads")
}

/// The demo assessment.
pub fn demo() -> Assessment {
    assessment_file::load(&demo_path(), &framework()).expect("the demo loads")
}

/// A fresh temporary folder, removed when dropped.
pub fn temp_dir() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary folder")
}

/// A copy of the demo in a fresh temporary folder (removed when the folder is dropped).
pub fn demo_copy() -> (tempfile::TempDir, PathBuf) {
    let dir = temp_dir();
    let path = dir.path().join("demo.civic.json");
    std::fs::copy(demo_path(), &path).expect("the demo copied");
    (dir, path)
}

/// Runs the real `civic-workbook` binary in `dir` with `args`.
pub fn run_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_civic-workbook"))
        // The language is the system's: tests read British English unless they ask.
        .env("LC_ALL", "en_GB.UTF-8")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the binary runs")
}

/// Standard output as text.
pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Standard error as text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The words of the English catalogue's texts (three letters or more, in lower case) that no
/// Welsh message uses: "the", "summary", "save"… Seen in Welsh, one came from English.
pub fn english_only() -> &'static std::collections::BTreeSet<String> {
    static WORDS: std::sync::OnceLock<std::collections::BTreeSet<String>> =
        std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let words = |lang: civic_workbook::i18n::Lang| -> std::collections::BTreeSet<String> {
            lang.files()
                .iter()
                .flat_map(|(_, text)| text.lines())
                // Comments are notes for translators; ids and variables are not shown.
                .filter(|line| !line.trim_start().starts_with('#'))
                .map(|line| match line.split_once('=') {
                    // "id = value": the id is not shown.
                    Some((id, value)) if !line.starts_with(' ') && !id.contains(' ') => value,
                    Some((id, value))
                        if !line.starts_with(' ') && id.trim_end().len() + 1 == id.len() =>
                    {
                        value
                    }
                    _ => line,
                })
                // A selector's variant keys ("[one]", "*[summary]") are not shown either.
                .map(|line| {
                    let trimmed = line.trim_start().trim_start_matches('*');
                    match trimmed
                        .strip_prefix('[')
                        .and_then(|rest| rest.split_once(']'))
                    {
                        Some((_, text)) => text,
                        None => line,
                    }
                })
                .flat_map(|line| {
                    let mut kept = String::new();
                    let mut depth = 0;
                    for c in line.chars() {
                        match c {
                            '{' => depth += 1,
                            '}' => depth -= 1,
                            _ if depth == 0 => kept.push(c),
                            _ => {}
                        }
                    }
                    kept.split(|c: char| !c.is_alphabetic())
                        .filter(|w| w.chars().count() >= 3)
                        .map(str::to_lowercase)
                        .collect::<Vec<_>>()
                })
                .collect()
        };
        let welsh = words(civic_workbook::i18n::Lang::Cy);
        words(civic_workbook::i18n::Lang::EnGb)
            .into_iter()
            .filter(|word| !welsh.contains(word))
            .collect()
    })
}

/// The words of `text` that only the English catalogue uses ([`english_only`]): seen in
/// Welsh, each came from English.
pub fn english_words(text: &str) -> impl Iterator<Item = &str> {
    let english = english_only();
    text.split(|c: char| !c.is_alphabetic())
        .filter(move |word| english.contains(&word.to_lowercase()))
}
