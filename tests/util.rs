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
