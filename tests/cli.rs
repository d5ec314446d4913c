//! The headless command line, run as the real binary on temporary files: every subcommand, every
//! exit code, and hostile files that must be refused (or kept) with a clear message.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

use crate::util::{demo_path, framework, root, run_in, stderr, stdout, temp_dir};

/// The smallest file the workbook loads, with `responses` spliced in.
fn minimal_with_responses(responses: &str) -> String {
    format!(
        "{{\"format_version\":1,\"framework\":{{\"id\":\"civic-impact-framework\",\"version\":\"2026.1\"}},\n\"responses\":{responses}}}"
    )
}

/// The demo assessment's text.
fn demo_text() -> String {
    fs::read_to_string(demo_path()).expect("the demo is readable")
}

/// The demo with the first `from` replaced by `to`; fails if `from` is not there.
fn demo_with(from: &str, to: &str) -> String {
    let text = demo_text();
    assert!(text.contains(from), "the demo has no {from:?}");
    text.replacen(from, to, 1)
}

/// The line (from 1) on which `needle` first appears in `text`.
fn line_of(text: &str, needle: &str) -> usize {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("no {needle:?} in the text"));
    text[..at].matches('\n').count() + 1
}

/// Writes `bytes` to `name` in `dir`.
fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, bytes).expect("the temporary file is written");
    path
}

/// The exit code; a process killed by a signal (a stack overflow, say) fails here.
fn code(output: &Output) -> i32 {
    output
        .status
        .code()
        .unwrap_or_else(|| panic!("killed by a signal: {}", stderr(output)))
}

/// The `line N, column M` of a JSON error message.
fn json_position(message: &str) -> (usize, usize) {
    let (_, rest) = message
        .split_once("line ")
        .unwrap_or_else(|| panic!("no line in {message:?}"));
    let (line, rest) = rest
        .split_once(", column ")
        .unwrap_or_else(|| panic!("no column in {message:?}"));
    let column: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let number = |text: &str| text.parse().expect("a number");
    (number(line), number(&column))
}

/// Checks a "could not run" result: exit 2, nothing on stdout, and one clear message on stderr
/// that starts with the program name, gives the cause and ends with the path. Returns stderr.
fn assert_could_not_run(output: &Output, path: &str) -> String {
    let err = stderr(output);
    assert_eq!(code(output), 2, "stderr: {err}");
    assert_eq!(stdout(output), "", "errors print nothing on stdout");
    assert!(
        err.starts_with("civic-workbook: "),
        "no program name: {err:?}"
    );
    assert_no_debug_dump(&err);
    let message = err.trim_end();
    assert!(message.ends_with(path), "the path is not last: {err:?}");
    let cause = &message["civic-workbook: ".len()..message.len() - path.len()];
    assert!(
        cause.trim_end_matches([':', ' ']).len() > 10,
        "no cause before the path: {err:?}"
    );
    err
}

/// No panic, backtrace or `{:?}` output reaches the user.
fn assert_no_debug_dump(err: &str) {
    for dump in [
        "panicked",
        "RUST_BACKTRACE",
        "Error {",
        "Os {",
        "kind:",
        "Custom {",
    ] {
        assert!(!err.contains(dump), "{dump:?} in {err:?}");
    }
}

/// Runs `validate` and `score` on `name` in `dir`: both refuse it with the same message, which is
/// returned.
fn refused(dir: &Path, name: &str) -> String {
    let validate = assert_could_not_run(&run_in(dir, &["validate", name]), name);
    let score = assert_could_not_run(&run_in(dir, &["score", name]), name);
    assert_eq!(validate, score, "validate and score disagree");
    validate
}

/// Writes a hostile file, checks that it is refused and left byte-identical; returns the message.
fn write_and_refuse(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> String {
    let path = write(dir, name, bytes.as_ref());
    let message = refused(dir, name);
    assert_eq!(
        fs::read(&path).expect("the file is still there"),
        bytes.as_ref(),
        "the file was changed"
    );
    message
}

/// `score --json` of `file`, parsed.
fn score_json(dir: &Path, file: &str) -> Value {
    let output = run_in(dir, &["score", "--json", file]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    serde_json::from_str(&stdout(&output)).expect("score --json prints JSON")
}

/// The domain with `id` in a `score --json` document.
fn domain<'a>(score: &'a Value, id: &str) -> &'a Value {
    score["domains"]
        .as_array()
        .expect("a list of domains")
        .iter()
        .find(|d| d["id"] == id)
        .unwrap_or_else(|| panic!("no domain {id}"))
}

// `new`

#[test]
fn new_creates_a_file_that_validates_and_has_nothing_rated() {
    let dir = temp_dir();
    let output = run_in(
        dir.path(),
        &[
            "new",
            "-o",
            "tawe.civic.json",
            "--institution",
            "Prifysgol Cwm Tawe",
            "--title",
            "Baseline",
            "--period",
            "2026–27",
        ],
    );
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(stdout(&output), "Created tawe.civic.json\n");
    assert_eq!(stderr(&output), "");

    let file: Value =
        serde_json::from_slice(&fs::read(dir.path().join("tawe.civic.json")).unwrap()).unwrap();
    assert_eq!(file["format_version"], 3);
    assert_eq!(file["framework"]["id"], "civic-impact-framework");
    assert_eq!(file["institution"], "Prifysgol Cwm Tawe");
    assert_eq!(file["title"], "Baseline");
    assert_eq!(file["period"], "2026–27");
    assert_eq!(file["responses"], serde_json::json!({}));

    let validate = run_in(dir.path(), &["validate", "tawe.civic.json"]);
    assert_eq!(code(&validate), 0, "{}", stderr(&validate));
    assert_eq!(stdout(&validate), "No problems found: tawe.civic.json\n");

    let score = score_json(dir.path(), "tawe.civic.json");
    assert_eq!(score["overall"]["rated_questions"], 0);
    assert_eq!(score["overall"]["rated_domains"], 0);
    assert_eq!(score["overall"]["total_questions"], 20);
    assert!(score["overall"]["maturity"].is_null());
}

#[test]
fn new_without_options_gives_a_default_title() {
    let dir = temp_dir();
    let output = run_in(dir.path(), &["new", "--output", "blank.civic.json"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let file: Value =
        serde_json::from_slice(&fs::read(dir.path().join("blank.civic.json")).unwrap()).unwrap();
    assert_eq!(file["title"], "Civic impact self-assessment");
    assert_eq!(file["institution"], "");
}

#[test]
fn new_refuses_to_overwrite_an_existing_file() {
    let dir = temp_dir();
    let old = demo_text();
    let path = write(dir.path(), "mine.civic.json", &old);
    let output = run_in(dir.path(), &["new", "-o", "mine.civic.json"]);
    let err = assert_could_not_run(&output, "mine.civic.json");
    assert!(err.contains("already exists"), "{err}");
    assert!(err.contains("--force"), "{err}");
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        old,
        "the old file was changed"
    );
    assert!(!dir.path().join("mine.civic.json.bak").exists());
}

#[test]
fn new_with_force_replaces_the_file_and_keeps_a_backup() {
    let dir = temp_dir();
    let old = demo_text();
    write(dir.path(), "mine.civic.json", &old);
    let output = run_in(dir.path(), &["new", "-o", "mine.civic.json", "--force"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let score = score_json(dir.path(), "mine.civic.json");
    assert_eq!(score["overall"]["rated_questions"], 0);
    let backup = fs::read_to_string(dir.path().join("mine.civic.json.bak")).unwrap();
    assert_eq!(backup, old, "the previous version is kept as the backup");
}

#[test]
fn new_into_a_missing_folder_exits_2_with_the_path_last() {
    let dir = temp_dir();
    let output = run_in(dir.path(), &["new", "-o", "no-such-folder/new.civic.json"]);
    let err = assert_could_not_run(&output, "no-such-folder/new.civic.json");
    assert!(err.contains("could not save"), "{err}");
    assert_eq!(
        err.matches("no such file or folder").count(),
        1,
        "the cause is given once: {err}"
    );
    assert!(!dir.path().join("no-such-folder").exists());
}

// `questions`

#[test]
fn questions_lists_the_seven_domains_and_six_phases() {
    let dir = temp_dir();
    let output = run_in(dir.path(), &["questions"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let text = stdout(&output);
    let bank = framework();
    assert_eq!(bank.domains().len(), 7);
    for (index, domain) in bank.domains().iter().enumerate() {
        let heading = format!("{}. {} [{}]", index + 1, domain.title, domain.id);
        assert!(text.contains(&heading), "no {heading:?}");
        for question in &domain.questions {
            assert!(
                text.contains(&format!("[{}]", question.id)),
                "no {}",
                question.id
            );
        }
    }
    assert!(!text.contains("\n8. "), "more than seven domains");
    let phases = [
        "Exploring",
        "Planning",
        "Delivering",
        "Embedding",
        "Evaluating",
        "Renewing",
    ];
    for (number, name) in (1..).zip(phases) {
        assert!(
            text.contains(&format!("\n  {number} {name}: ")),
            "no phase {number}"
        );
    }
    assert!(!text.contains("\n  7 "), "more than six phases");
}

#[test]
fn questions_json_is_the_bank_with_seven_domains_and_twenty_questions() {
    let dir = temp_dir();
    let output = run_in(dir.path(), &["questions", "--json"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let bank: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(bank["schema_version"], 1);
    assert_eq!(bank["id"], "civic-impact-framework");
    assert_eq!(bank["scale"]["phases"].as_array().unwrap().len(), 6);
    let domains = bank["domains"].as_array().unwrap();
    assert_eq!(domains.len(), 7);
    let questions: usize = domains
        .iter()
        .map(|d| d["questions"].as_array().unwrap().len())
        .sum();
    assert_eq!(questions, 20);
}

#[test]
fn questions_json_loads_back_with_the_framework_flag() {
    let dir = temp_dir();
    let json = run_in(dir.path(), &["questions", "--json"]);
    write(dir.path(), "bank.json", &json.stdout);

    let builtin = run_in(dir.path(), &["questions"]);
    let loaded = run_in(dir.path(), &["questions", "--framework", "bank.json"]);
    assert_eq!(code(&loaded), 0, "{}", stderr(&loaded));
    assert_eq!(stdout(&loaded), stdout(&builtin));

    let again = run_in(
        dir.path(),
        &["questions", "--json", "--framework", "bank.json"],
    );
    assert_eq!(
        again.stdout, json.stdout,
        "the bank round-trips byte for byte"
    );

    let demo = demo_path();
    let demo = demo.to_str().unwrap();
    let scored = run_in(dir.path(), &["score", demo, "--framework", "bank.json"]);
    assert_eq!(code(&scored), 0, "{}", stderr(&scored));
    assert_eq!(
        stdout(&scored),
        stdout(&run_in(dir.path(), &["score", demo]))
    );
}

#[test]
fn questions_json_is_the_bank_file_in_either_language() {
    let dir = temp_dir();
    let file = fs::read(root().join("questions/civic-impact-framework.json")).unwrap();
    for lang in ["en-GB", "cy"] {
        let output = run_in(dir.path(), &["--lang", lang, "questions", "--json"]);
        assert_eq!(code(&output), 0, "{}", stderr(&output));
        assert!(
            output.stdout == file,
            "questions --json in {lang} is not the bank file:\n{}",
            stdout(&output)
        );
    }
}

#[test]
fn questions_in_welsh_show_the_welsh_bank() {
    let dir = temp_dir();
    let output = run_in(dir.path(), &["--lang", "cy", "questions"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("\n  1 Archwilio: "), "{text}");
    let welsh = framework().in_language(civic_workbook::i18n::Lang::Cy);
    let (_, question) = welsh.questions().next().unwrap();
    let line = format!("- {} [{}]", question.text, question.id);
    assert!(text.contains(&line), "no {line:?} in {text}");
    assert!(text.contains("1. Strategaeth ac arweinyddiaeth y sefydliad [strategy]"));
    assert!(!text.contains("(yn Saesneg)"), "{text}");
    assert!(!text.contains("Exploring"), "{text}");
    // The system's language does as well as --lang.
    let by_system = std::process::Command::new(env!("CARGO_BIN_EXE_civic-workbook"))
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "cy_GB.UTF-8")
        .arg("questions")
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(stdout(&by_system), text);
}

#[test]
fn a_bank_without_welsh_is_shown_in_english_tagged_as_such() {
    let dir = temp_dir();
    let json = stdout(&run_in(dir.path(), &["questions", "--json"]));
    let mut bank: Value = serde_json::from_str(&json).unwrap();
    let object = bank.as_object_mut().unwrap();
    object.remove("translations");
    object.remove("language");
    write(dir.path(), "english.json", bank.to_string());
    let output = run_in(
        dir.path(),
        &["--lang", "cy", "--framework", "english.json", "questions"],
    );
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.contains("\n  1 Exploring (yn Saesneg): We are finding out"),
        "{text}"
    );
    let english = framework();
    let (_, question) = english.questions().next().unwrap();
    let line = format!("- {} (yn Saesneg) [{}]", question.text, question.id);
    assert!(text.contains(&line), "no {line:?} in {text}");
    // The catalogue's own words are still Welsh.
    assert!(text.contains("Cyhoeddwr: "), "{text}");
    // In English, nothing is tagged.
    let output = run_in(dir.path(), &["--framework", "english.json", "questions"]);
    let text = stdout(&output);
    assert!(
        !text.contains("(in English)") && !text.contains("(in Welsh)"),
        "{text}"
    );
}

#[test]
fn framework_flag_is_accepted_before_the_subcommand() {
    // `--framework` is a global flag, and the error messages tell users to add it; it must work
    // wherever it is written.
    let dir = temp_dir();
    let json = run_in(dir.path(), &["questions", "--json"]);
    write(dir.path(), "bank.json", &json.stdout);
    let demo = demo_path();
    let demo = demo.to_str().unwrap();

    let questions = run_in(dir.path(), &["--framework", "bank.json", "questions"]);
    assert_eq!(code(&questions), 0, "{}", stderr(&questions));
    assert_eq!(
        stdout(&questions),
        stdout(&run_in(dir.path(), &["questions"]))
    );

    let score = run_in(dir.path(), &["--framework", "bank.json", "score", demo]);
    assert_eq!(code(&score), 0, "{}", stderr(&score));
    assert!(stdout(&score).contains("Overall maturity 3.1"));
}

// `validate` and `score` of the demo

#[test]
fn validate_accepts_the_demo() {
    let demo = demo_path();
    let output = run_in(&root(), &["validate", demo.to_str().unwrap()]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        format!("No problems found: {}\n", demo.display())
    );
    assert_eq!(stderr(&output), "");
}

#[test]
fn score_text_of_the_demo_shows_overall_and_completion() {
    let output = run_in(&root(), &["score", demo_path().to_str().unwrap()]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("Overall maturity 3.1"), "{text}");
    assert!(text.contains("across 6 of 7 domains"), "{text}");
    assert!(text.contains("15 of 20 questions rated"), "{text}");
    assert!(text.contains("Economic impact"), "{text}");
    assert!(!text.contains("Not scored"), "{text}");
    // The same key messages as the app's summary and the report.
    assert!(
        text.contains("\nKey messages\n- Strongest: Cultural contribution, 3.5 (Delivering).\n"),
        "{text}"
    );
    assert_eq!(stderr(&output), "");
}

#[test]
fn score_json_of_the_demo_has_the_published_figures() {
    let score = score_json(&root(), demo_path().to_str().unwrap());
    let overall = &score["overall"];
    assert_eq!(overall["maturity"].as_f64(), Some(3.1));
    assert_eq!(overall["rated_domains"], 6);
    assert_eq!(overall["total_domains"], 7);
    assert_eq!(overall["rated_questions"], 15);
    assert_eq!(overall["total_questions"], 20);
    assert_eq!(score["framework"]["id"], "civic-impact-framework");
    assert_eq!(score["domains"].as_array().unwrap().len(), 7);

    let environment = domain(&score, "environment");
    assert!(environment["maturity"].is_null(), "{environment}");
    assert!(environment["phase"].is_null(), "{environment}");
    assert_eq!(environment["rated"], 0);

    let economy = domain(&score, "economy");
    assert_eq!(economy["maturity"].as_f64(), Some(2.7));
    assert_eq!(economy["phase"]["number"], 2);
    assert_eq!(economy["phase"]["name"], "Planning");
}

// Exit code 1: problems found

#[test]
fn validate_reports_every_problem_on_its_own_line_and_exits_1() {
    let dir = temp_dir();
    let responses = r#"{
"economy.vision":{"phase":2,
 "evidence":[{"title":"Board paper","link":"javascript:alert(1)"},{"title":" ","link":"https://a.example/"}],
 "actions":[{"description":"Agree the vision","due":"31/03/2027"}]},
"nowhere.question":{"phase":3}}"#;
    write(
        dir.path(),
        "problems.civic.json",
        minimal_with_responses(responses),
    );
    let output = run_in(dir.path(), &["validate", "problems.civic.json"]);
    assert_eq!(code(&output), 1, "{}", stderr(&output));
    assert_eq!(stderr(&output), "");
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4, "{text}");
    for line in &lines {
        assert!(line.starts_with("problems.civic.json: "), "{line}");
    }
    let has = |needle: &str| lines.iter().any(|line| line.contains(needle));
    assert!(
        has("economy.vision, evidence 1") && has("javascript"),
        "{text}"
    );
    assert!(
        has("economy.vision, evidence 2: evidence title is empty"),
        "{text}"
    );
    assert!(
        has("economy.vision, action 1") && has("31/03/2027"),
        "{text}"
    );
    assert!(has("nowhere.question"), "{text}");
}

// Exit code 2: could not run

#[test]
fn missing_file_exits_2_naming_it() {
    let dir = temp_dir();
    let err = refused(dir.path(), "absent.civic.json");
    assert!(err.contains("not found"), "{err}");
}

#[test]
fn bad_json_exits_2() {
    let dir = temp_dir();
    let err = write_and_refuse(dir.path(), "bad.civic.json", "{\"format_version\": 1,,}");
    assert_eq!(json_position(&err).0, 1, "{err}");
}

#[test]
fn missing_framework_file_exits_2() {
    let dir = temp_dir();
    let output = run_in(dir.path(), &["questions", "--framework", "no-bank.json"]);
    let err = assert_could_not_run(&output, "no-bank.json");
    assert!(err.contains("not found"), "{err}");
}

#[test]
fn assessment_given_as_framework_exits_2_with_a_position() {
    let dir = temp_dir();
    write(dir.path(), "bank.json", demo_text());
    let output = run_in(dir.path(), &["questions", "--framework", "bank.json"]);
    let err = assert_could_not_run(&output, "bank.json");
    assert!(err.contains("framework bank is not valid"), "{err}");
    assert_eq!(json_position(&err).0, 2, "{err}");
}

#[test]
fn framework_file_breaking_bank_rules_exits_2_listing_the_problem() {
    let dir = temp_dir();
    let json = stdout(&run_in(dir.path(), &["questions", "--json"]));
    assert!(json.contains("\"schema_version\": 1,"));
    write(
        dir.path(),
        "bank.json",
        json.replacen("\"schema_version\": 1,", "\"schema_version\": 9,", 1),
    );
    let output = run_in(dir.path(), &["questions", "--framework", "bank.json"]);
    let err = assert_could_not_run(&output, "bank.json");
    assert!(err.contains("schema_version 9 is not supported"), "{err}");
}

#[test]
fn unknown_flag_is_a_usage_error_exiting_2() {
    let dir = temp_dir();
    let output = run_in(dir.path(), &["score", "--bogus", "x.civic.json"]);
    assert_eq!(code(&output), 2);
    assert_eq!(stdout(&output), "");
    let err = stderr(&output);
    assert!(err.contains("--bogus"), "{err}");
    assert!(err.contains("Usage:"), "{err}");
    assert_no_debug_dump(&err);
}

#[test]
fn missing_argument_is_a_usage_error_exiting_2() {
    let dir = temp_dir();
    let output = run_in(dir.path(), &["validate"]);
    assert_eq!(code(&output), 2);
    assert_eq!(stdout(&output), "");
    assert!(stderr(&output).contains("<FILE>"), "{}", stderr(&output));
}

// Hostile files

#[test]
fn empty_file_is_refused() {
    let dir = temp_dir();
    let err = write_and_refuse(dir.path(), "empty.civic.json", "");
    assert_eq!(json_position(&err).0, 1, "{err}");
    assert!(err.contains("the file is empty"), "{err}");
}

#[test]
fn whitespace_only_file_is_refused() {
    let dir = temp_dir();
    let err = write_and_refuse(dir.path(), "blank.civic.json", " \n\t\n  ");
    assert!(err.contains("the file is empty"), "{err}");
}

#[test]
fn truncated_file_is_refused_at_its_end() {
    let dir = temp_dir();
    let text = demo_text();
    let mut half = text.len() / 2;
    while !text.is_char_boundary(half) {
        half -= 1;
    }
    let truncated = &text[..half];
    let err = write_and_refuse(dir.path(), "cut.civic.json", truncated);
    let last_line = truncated.matches('\n').count() + 1;
    assert_eq!(json_position(&err).0, last_line, "{err}");
    assert!(err.contains("EOF"), "{err}");
}

#[test]
fn trailing_comma_is_refused_at_its_line() {
    let dir = temp_dir();
    let demo = demo_text();
    let body = demo.trim_end().strip_suffix('}').unwrap().trim_end();
    let text = format!("{body},\n}}\n");
    let err = write_and_refuse(dir.path(), "comma.civic.json", &text);
    assert!(err.contains("trailing comma"), "{err}");
    assert_eq!(json_position(&err).0, body.lines().count() + 1, "{err}");
}

#[test]
fn invalid_utf8_is_refused_with_its_line() {
    let dir = temp_dir();
    let mut bytes = b"{\"format_version\": 1,\n\"title\": \"Caf".to_vec();
    bytes.extend_from_slice(b"\xE9 Tawe\"}");
    let err = write_and_refuse(dir.path(), "latin1.civic.json", bytes);
    assert!(err.contains("UTF-8"), "{err}");
    assert!(err.contains("line 2"), "{err}");
}

#[test]
fn byte_order_mark_before_a_valid_file_loads() {
    let dir = temp_dir();
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(demo_text().as_bytes());
    write(dir.path(), "notepad.civic.json", &bytes);
    let validate = run_in(dir.path(), &["validate", "notepad.civic.json"]);
    assert_eq!(code(&validate), 0, "{}", stderr(&validate));
    let score = run_in(dir.path(), &["score", "notepad.civic.json"]);
    assert_eq!(code(&score), 0, "{}", stderr(&score));
    let demo = run_in(&root(), &["score", demo_path().to_str().unwrap()]);
    assert_eq!(stdout(&score), stdout(&demo));
}

#[test]
fn empty_top_level_array_is_refused() {
    let dir = temp_dir();
    let err = write_and_refuse(dir.path(), "array.civic.json", "[]");
    assert!(err.contains("JSON object"), "{err}");
}

#[test]
fn top_level_array_with_the_fields_in_order_is_refused() {
    // serde accepts a struct written as a sequence of its fields; an assessment is an object.
    let dir = temp_dir();
    let text = r#"[1, {"id": "civic-impact-framework", "version": "2026.1"}]"#;
    let err = write_and_refuse(dir.path(), "sequence.civic.json", text);
    assert!(err.contains("JSON object"), "{err}");
}

#[test]
fn top_level_string_is_refused() {
    let dir = temp_dir();
    let err = write_and_refuse(dir.path(), "string.civic.json", "\"an assessment\"\n");
    assert!(err.contains("JSON object"), "{err}");
    assert_eq!(json_position(&err).0, 1, "{err}");
}

#[test]
fn phase_of_the_wrong_type_is_refused_at_its_line() {
    let dir = temp_dir();
    let text = demo_with("\"phase\": 4,", "\"phase\": \"three\",");
    let err = write_and_refuse(dir.path(), "type.civic.json", &text);
    assert!(err.contains("\"three\""), "{err}");
    assert_eq!(json_position(&err).0, line_of(&text, "\"three\""), "{err}");
}

#[test]
fn missing_format_version_is_refused() {
    let dir = temp_dir();
    let text = demo_with("\"format_version\": 3,\n", "");
    let err = write_and_refuse(dir.path(), "old.civic.json", text);
    assert!(err.contains("no format_version"), "{err}");
}

#[test]
fn newer_format_version_is_refused_as_newer() {
    let dir = temp_dir();
    let text = demo_with("\"format_version\": 3,", "\"format_version\": 4,");
    let err = write_and_refuse(dir.path(), "future.civic.json", text);
    assert!(err.contains("format version 4"), "{err}");
    assert!(err.contains("newer"), "{err}");
}

#[test]
fn format_version_as_a_string_is_refused_at_its_line() {
    let dir = temp_dir();
    let text = demo_with("\"format_version\": 3,", "\"format_version\": \"1\",");
    let err = write_and_refuse(dir.path(), "quoted.civic.json", &text);
    assert_eq!(
        json_position(&err).0,
        line_of(&text, "\"format_version\""),
        "{err}"
    );
    assert!(
        err.contains("format_version must be a whole number"),
        "{err}"
    );
    assert!(err.contains("found \"1\""), "{err}");
}

#[test]
fn format_version_zero_is_refused_with_a_real_position() {
    // Lines and columns count from 1; "line 0, column 0" points nowhere.
    let dir = temp_dir();
    let text = demo_with("\"format_version\": 3,", "\"format_version\": 0,");
    let err = write_and_refuse(dir.path(), "zero.civic.json", &text);
    assert!(
        err.contains("format_version must be a whole number from 1, found 0"),
        "{err}"
    );
    let (line, column) = json_position(&err);
    assert!(line >= 1 && column >= 1, "{err}");
}

#[test]
fn unknown_framework_is_refused_naming_both_ids() {
    let dir = temp_dir();
    let text = demo_with(
        "\"id\": \"civic-impact-framework\"",
        "\"id\": \"knowledge-exchange-framework\"",
    );
    let err = write_and_refuse(dir.path(), "kef.civic.json", text);
    assert!(err.contains("\"knowledge-exchange-framework\""), "{err}");
    assert!(err.contains("\"civic-impact-framework\""), "{err}");
    assert!(err.contains("--framework"), "{err}");
}

#[test]
fn phases_out_of_range_are_refused_at_their_line() {
    let dir = temp_dir();
    for phase in ["0", "7", "-1", "300"] {
        let text = demo_with("\"phase\": 4,", &format!("\"phase\": {phase},"));
        let name = format!("phase{phase}.civic.json");
        let err = write_and_refuse(dir.path(), &name, &text);
        assert!(err.contains("out of range"), "{err}");
        assert!(err.contains(&format!("phase {phase} ")), "{err}");
        assert_eq!(json_position(&err).0, line_of(&text, "\"phase\""), "{err}");
    }
}

#[test]
fn misspelt_field_is_refused_naming_it() {
    let dir = temp_dir();
    let text = demo_with("\"narrative\":", "\"narative\":");
    let err = write_and_refuse(dir.path(), "typo.civic.json", &text);
    assert!(err.contains("`narative`"), "{err}");
    assert_eq!(
        json_position(&err).0,
        line_of(&text, "\"narative\""),
        "{err}"
    );
}

#[test]
fn duplicate_response_is_refused_naming_the_question() {
    let dir = temp_dir();
    let text = minimal_with_responses(
        "{\n\"economy.vision\":{\"phase\":2},\n\"economy.vision\":{\"phase\":5}}",
    );
    let err = write_and_refuse(dir.path(), "twice.civic.json", &text);
    assert!(err.contains("economy.vision"), "{err}");
    assert!(err.contains("appears twice"), "{err}");
    assert_eq!(json_position(&err).0, 4, "{err}");
}

#[test]
fn any_repeated_key_is_refused_with_its_line_and_column() {
    let dir = temp_dir();
    // An assessor named twice in one question's ratings: one rating would be lost unseen.
    let text = minimal_with_responses(
        "{\"economy.vision\":{\"phase\":3,\"ratings\":{\n  \"Alys\": 2,\n  \"Alys\": 5}}}",
    );
    let err = write_and_refuse(dir.path(), "ratings.civic.json", &text);
    assert!(err.contains("\"Alys\" appears twice"), "{err}");
    // The position is the repeated key's: its line, and a column within it.
    let (line, column) = json_position(&err);
    assert_eq!(line, line_of(&text, "\"Alys\": 5"), "{err}");
    assert!((3..=8).contains(&column), "{err}");
    // A field the workbook does not know, twice: still refused, not passed over.
    let text = "{\"format_version\": 1, \"x_note\": 1,\n\"x_note\": 2}";
    let err = write_and_refuse(dir.path(), "unknown.civic.json", text);
    assert!(err.contains("\"x_note\" appears twice"), "{err}");
    // And in a question bank.
    let bank = fs::read_to_string(root().join("questions/civic-impact-framework.json")).unwrap();
    let twice = bank.replacen("\"title\":", "\"title\": \"Once\",\n  \"title\":", 1);
    let path = write(dir.path(), "twice.json", &twice);
    let output = run_in(dir.path(), &["--framework", "twice.json", "questions"]);
    let err = assert_could_not_run(&output, "twice.json");
    assert!(err.contains("\"title\" appears twice"), "{err}");
    assert!(path.exists());
}

#[test]
fn deeply_nested_arrays_are_refused_without_a_stack_overflow() {
    let dir = temp_dir();
    let text = format!(
        "{{\"format_version\": 1, \"institution\": {}",
        "[".repeat(100_000)
    );
    let err = write_and_refuse(dir.path(), "deep.civic.json", &text);
    // Unclosed: refused without overflowing the stack, at the depth limit or the end.
    assert!(
        err.contains("EOF while parsing") || err.contains("recursion limit"),
        "{err}"
    );
    assert_eq!(json_position(&err).0, 1, "{err}");
    let closed = format!(
        "{{\"format_version\": 1, \"x\": {}{}}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let err = write_and_refuse(dir.path(), "closed.civic.json", &closed);
    assert!(
        err.contains("recursion limit") || err.contains("unknown field"),
        "{err}"
    );
    // A top-level list is refused before any parsing.
    let err = write_and_refuse(dir.path(), "list.civic.json", "[".repeat(100_000));
    assert!(err.contains("expected a JSON object"), "{err}");
}

#[test]
fn huge_file_is_refused_as_too_large() {
    let dir = temp_dir();
    let path = dir.path().join("huge.civic.json");
    let size = 40 * 1024 * 1024;
    fs::File::create(&path).unwrap().set_len(size).unwrap();
    let err = refused(dir.path(), "huge.civic.json");
    assert!(err.contains("too large"), "{err}");
    assert!(err.contains(&size.to_string()), "{err}");
    assert_eq!(fs::metadata(&path).unwrap().len(), size);
}

#[test]
fn folder_is_refused_once_with_the_path_last() {
    let dir = temp_dir();
    fs::create_dir(dir.path().join("folder.civic.json")).unwrap();
    let err = refused(dir.path(), "folder.civic.json");
    assert!(err.contains("folder"), "{err}");
    assert_eq!(
        err.matches("not a file").count(),
        1,
        "the cause is repeated: {err}"
    );
}

#[test]
fn control_characters_load_and_are_reported() {
    let dir = temp_dir();
    let text = demo_with("\"narrative\": \"", "\"narrative\": \"Ding \\u0007 ");
    write(dir.path(), "bell.civic.json", &text);
    let validate = run_in(dir.path(), &["validate", "bell.civic.json"]);
    assert_eq!(code(&validate), 1, "{}", stderr(&validate));
    assert_eq!(
        stdout(&validate),
        "bell.civic.json: culture.enrichment, narrative: contains control characters\n"
    );
    let score = run_in(dir.path(), &["score", "bell.civic.json"]);
    assert_eq!(code(&score), 0, "{}", stderr(&score));
    assert!(stdout(&score).contains("Overall maturity 3.1"));
}

#[test]
fn characters_no_font_has_are_named_by_validate_and_export() {
    let dir = temp_dir();
    let text = demo_with("\"narrative\": \"", "\"narrative\": \"≥ 31% → 漢字 ");
    write(dir.path(), "cjk.civic.json", &text);
    let validate = run_in(dir.path(), &["validate", "cjk.civic.json"]);
    assert_eq!(code(&validate), 1, "{}", stderr(&validate));
    assert_eq!(
        stdout(&validate),
        "cjk.civic.json: culture.enrichment, narrative: the report shows 漢 (U+6F22) and 字 (U+5B57) as empty boxes: \
         no font bundled with the workbook has them; the text itself is kept in the PDF\n",
        "≥ and → are drawn by the fallback fonts"
    );
    let export = run_in(
        dir.path(),
        &[
            "export",
            "cjk.civic.json",
            "-o",
            "cjk.pdf",
            "--date",
            "2026-11-27",
        ],
    );
    assert_eq!(
        code(&export),
        0,
        "the report is still made: {}",
        stderr(&export)
    );
    assert!(
        stderr(&export).contains(
            "warning: cjk.civic.json: culture.enrichment, narrative: the report shows 漢"
        ),
        "{}",
        stderr(&export)
    );
}

#[test]
fn single_line_fields_with_tabs_or_line_breaks_are_reported() {
    let dir = temp_dir();
    let text = demo_with("\"institution\": \"", "\"institution\": \"Cwm\\tTawe\\n");
    write(dir.path(), "tab.civic.json", &text);
    let validate = run_in(dir.path(), &["validate", "tab.civic.json"]);
    assert_eq!(code(&validate), 1, "{}", stderr(&validate));
    assert!(
        stdout(&validate).starts_with("tab.civic.json: institution: should be one line of text"),
        "{}",
        stdout(&validate)
    );
}

#[test]
fn malformed_timestamp_is_refused_at_its_line() {
    let dir = temp_dir();
    let text = demo_with("\"2026-11-20T16:45:00Z\"", "\"20/11/2026 16:45\"");
    let err = write_and_refuse(dir.path(), "clock.civic.json", &text);
    assert_eq!(
        json_position(&err).0,
        line_of(&text, "\"modified\""),
        "{err}"
    );
}

#[test]
fn responses_to_unknown_questions_are_kept_reported_and_not_scored() {
    let dir = temp_dir();
    let text = minimal_with_responses(
        "{\"economy.retired\":{\"phase\":6},\"economy.vision\":{\"phase\":2}}",
    );
    let path = write(dir.path(), "retired.civic.json", &text);
    let validate = run_in(dir.path(), &["validate", "retired.civic.json"]);
    assert_eq!(code(&validate), 1, "{}", stderr(&validate));
    let problems = stdout(&validate);
    assert_eq!(problems.lines().count(), 1, "{problems}");
    assert!(
        problems.starts_with("retired.civic.json: economy.retired: "),
        "{problems}"
    );
    assert!(problems.contains("kept"), "{problems}");

    let score = run_in(dir.path(), &["score", "retired.civic.json"]);
    assert_eq!(code(&score), 0, "{}", stderr(&score));
    let text_out = stdout(&score);
    assert!(text_out.contains("Not scored: 1 response"), "{text_out}");
    assert!(text_out.contains("1 of 20 questions rated"), "{text_out}");
    let json = score_json(dir.path(), "retired.civic.json");
    assert_eq!(json["overall"]["maturity"].as_f64(), Some(2.0));
    let export = run_in(
        dir.path(),
        &[
            "export",
            "retired.civic.json",
            "-o",
            "retired.pdf",
            "--date",
            "2026-11-27",
        ],
    );
    assert_eq!(code(&export), 0, "{}", stderr(&export));
    assert!(
        stdout(&export).contains(
            "The report includes 1 answer to questions not in this version of the framework, in its appendix."
        ),
        "{}",
        stdout(&export)
    );
    assert_eq!(
        fs::read_to_string(path).unwrap(),
        text,
        "the file was changed"
    );
}

// Export

#[test]
fn export_writes_a_pdf_report_and_exits_0() {
    let dir = temp_dir();
    let out = dir.path().join("report.pdf");
    let output = run_in(
        dir.path(),
        &[
            "export",
            &demo_path().display().to_string(),
            "-o",
            "report.pdf",
            "--date",
            "2026-11-27",
        ],
    );
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert!(stdout(&output).contains("report.pdf"));
    let bytes = fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    // Existing an earlier export is fine, and the same date gives the same bytes.
    let again = run_in(
        dir.path(),
        &[
            "export",
            &demo_path().display().to_string(),
            "-o",
            "report.pdf",
            "--date",
            "2026-11-27",
        ],
    );
    assert_eq!(code(&again), 0);
    assert_eq!(fs::read(&out).unwrap(), bytes);
}

#[test]
fn export_never_writes_over_the_assessment_or_a_file_it_did_not_write() {
    let dir = temp_dir();
    let assessment = write(dir.path(), "ours.civic.json", demo_text());
    let output = run_in(
        dir.path(),
        &[
            "export",
            "ours.civic.json",
            "-o",
            "ours.civic.json",
            "--force",
        ],
    );
    let err = assert_could_not_run(&output, "ours.civic.json");
    assert!(err.contains("the assessment itself"), "{err}");
    assert_eq!(fs::read_to_string(&assessment).unwrap(), demo_text());
    // Not a PDF, and a PDF another program made: both left as they are, and both named.
    let notes = write(dir.path(), "notes.pdf", "my notes, not a PDF");
    let theirs = "%PDF-1.7\n1 0 obj <</Creator(Word)>> endobj\n%%EOF\n";
    let other = write(dir.path(), "minutes.pdf", theirs);
    for name in ["notes.pdf", "minutes.pdf"] {
        let output = run_in(dir.path(), &["export", "ours.civic.json", "-o", name]);
        let err = assert_could_not_run(&output, name);
        assert!(err.contains("not an earlier export"), "{err}");
        assert!(err.contains("--force"), "{err}");
    }
    assert_eq!(fs::read_to_string(&notes).unwrap(), "my notes, not a PDF");
    assert_eq!(fs::read_to_string(&other).unwrap(), theirs);
    // --force replaces it, keeping it as .bak.
    let output = run_in(
        dir.path(),
        &["export", "ours.civic.json", "-o", "minutes.pdf", "--force"],
    );
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert!(fs::read(&other).unwrap().starts_with(b"%PDF-"));
    assert_ne!(fs::read_to_string(&other).ok().as_deref(), Some(theirs));
    assert_eq!(
        fs::read_to_string(dir.path().join("minutes.pdf.bak")).unwrap(),
        theirs
    );
}

#[test]
fn exporting_again_replaces_the_earlier_export_and_keeps_it() {
    let dir = temp_dir();
    write(dir.path(), "ours.civic.json", demo_text());
    let args = [
        "export",
        "ours.civic.json",
        "-o",
        "r.pdf",
        "--csv",
        "d.csv",
        "--markdown",
        "r.md",
        "--date",
        "2026-11-27",
    ];
    assert_eq!(code(&run_in(dir.path(), &args)), 0);
    let names = ["r.pdf", "d.csv", "d-actions.csv", "r.md"];
    let first: Vec<Vec<u8>> = names
        .iter()
        .map(|n| fs::read(dir.path().join(n)).unwrap())
        .collect();
    let again = run_in(dir.path(), &args);
    assert_eq!(code(&again), 0, "{}", stderr(&again));
    for (name, before) in names.iter().zip(&first) {
        let backup = fs::read(dir.path().join(format!("{name}.bak"))).unwrap();
        assert_eq!(&backup, before, "{name}.bak is the earlier export");
    }
}

#[test]
fn a_csv_export_names_every_file_it_would_replace_companions_included() {
    let dir = temp_dir();
    write(dir.path(), "ours.civic.json", demo_text());
    // The person's own table, whose name the actions table would take.
    let theirs = write(dir.path(), "data-actions.csv", "Name,Owner\nBudget,Ann\n");
    let mine = write(dir.path(), "data.csv", "a,b\n");
    let output = run_in(
        dir.path(),
        &["export", "ours.civic.json", "--csv", "data.csv"],
    );
    let err = assert_could_not_run(&output, "data.csv and data-actions.csv");
    assert!(err.contains("these files are already there"), "{err}");
    assert_eq!(
        fs::read_to_string(&theirs).unwrap(),
        "Name,Owner\nBudget,Ann\n"
    );
    assert_eq!(fs::read_to_string(&mine).unwrap(), "a,b\n");
    // An earlier questions table is replaced; the person's actions table still stops it.
    fs::remove_file(&mine).unwrap();
    assert_eq!(
        code(&run_in(
            dir.path(),
            &["export", "ours.civic.json", "--csv", "x.csv"]
        )),
        0
    );
    fs::rename(dir.path().join("x.csv"), &mine).unwrap();
    let output = run_in(
        dir.path(),
        &["export", "ours.civic.json", "--csv", "data.csv"],
    );
    let err = assert_could_not_run(&output, "data-actions.csv");
    assert!(err.contains("this file is already there"), "{err}");
    assert!(
        !dir.path().join("data.csv.bak").exists(),
        "nothing was replaced"
    );
}

#[cfg(unix)]
#[test]
fn pipes_and_devices_are_refused_at_once_as_inputs_and_outputs() {
    let dir = temp_dir();
    write(dir.path(), "ours.civic.json", demo_text());
    let fifo = dir.path().join("pipe.civic.json");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    // Each would wait forever for a writer if the pipe were opened; `timeout` ends the test
    // with exit 124 should one hang.
    let with_timeout = |args: &[&str]| {
        std::process::Command::new("timeout")
            .arg("20")
            .arg(env!("CARGO_BIN_EXE_civic-workbook"))
            .args(args)
            .env("LC_ALL", "en_GB.UTF-8")
            .current_dir(dir.path())
            .output()
            .unwrap()
    };
    for args in [
        &["validate", "pipe.civic.json"][..],
        &["score", "pipe.civic.json"],
        &["new", "-o", "pipe.civic.json", "--force"],
        &[
            "export",
            "ours.civic.json",
            "--markdown",
            "pipe.civic.json",
            "--force",
        ],
        &["export", "pipe.civic.json", "-o", "r.pdf"],
    ] {
        let output = with_timeout(args);
        let err = assert_could_not_run(&output, "pipe.civic.json");
        assert!(err.contains("not a regular file"), "{args:?}: {err}");
    }
    for (args, device) in [
        (&["validate", "/dev/zero"][..], "/dev/zero"),
        (
            &[
                "export",
                "ours.civic.json",
                "--markdown",
                "/dev/null",
                "--force",
            ],
            "/dev/null",
        ),
    ] {
        let output = with_timeout(args);
        let err = assert_could_not_run(&output, device);
        assert!(err.contains("not a regular file"), "{args:?}: {err}");
    }
}

#[test]
fn export_refuses_a_bad_date_or_a_bad_file() {
    let dir = temp_dir();
    write(dir.path(), "ours.civic.json", demo_text());
    let output = run_in(
        dir.path(),
        &[
            "export",
            "ours.civic.json",
            "-o",
            "r.pdf",
            "--date",
            "2026-02-30",
        ],
    );
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains("not a real date"),
        "{}",
        stderr(&output)
    );
    write(dir.path(), "broken.civic.json", "{\"format_version\": 1,");
    let output = run_in(dir.path(), &["export", "broken.civic.json", "-o", "r.pdf"]);
    assert_could_not_run(&output, "broken.civic.json");
    assert!(
        !dir.path().join("r.pdf").exists(),
        "nothing written for a file that cannot be read"
    );
}

#[test]
fn an_export_that_cannot_write_one_file_writes_none() {
    let dir = temp_dir();
    write(dir.path(), "ours.civic.json", demo_text());
    // The PDF's folder is there, the CSV's is not: found out only when writing.
    let output = run_in(
        dir.path(),
        &[
            "export",
            "ours.civic.json",
            "-o",
            "r.pdf",
            "--markdown",
            "r.md",
            "--csv",
            "missing/d.csv",
        ],
    );
    let err = assert_could_not_run(&output, "d.csv");
    assert!(err.contains("nothing was exported"), "{err}");
    let names: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        ["ours.civic.json"],
        "no file, temporary or not, is left"
    );
}

#[test]
fn output_is_safe_for_a_terminal_and_every_problem_line_starts_with_the_file() {
    let dir = temp_dir();
    // A link, a due date and the institution carrying escape sequences and line breaks that
    // would print a fake problem line.
    let forged = "\\u001b[31mred\\u0007\\r\\nours.civic.json: all fine";
    let text = demo_with("\"narrative\": \"", "\"narrative\": \"x")
        .replacen(
            "\"institution\": \"",
            &format!("\"institution\": \"{forged} "),
            1,
        )
        .replacen("\"due\": \"", &format!("\"due\": \"{forged}"), 1)
        .replacen("\"link\": \"", &format!("\"link\": \"{forged}"), 1);
    write(dir.path(), "ours.civic.json", &text);
    let no_controls = |out: &str| {
        assert!(
            !out.chars().any(|c| c.is_control() && c != '\n'),
            "a control character reached the terminal: {out:?}"
        );
    };
    let validate = run_in(dir.path(), &["validate", "ours.civic.json"]);
    assert_eq!(code(&validate), 1);
    let out = stdout(&validate);
    no_controls(&out);
    assert!(out.contains("\\u{1b}[31mred\\u{7}\\r\\n"), "{out}");
    for line in out.lines() {
        assert!(line.starts_with("ours.civic.json: "), "{line:?}");
        assert!(
            !line.contains("all fine") || line.contains("\\r\\n"),
            "{line:?}"
        );
    }
    let score = run_in(dir.path(), &["score", "ours.civic.json"]);
    assert_eq!(code(&score), 0, "{}", stderr(&score));
    no_controls(&stdout(&score));
    assert!(
        stdout(&score).starts_with("\\u{1b}[31mred"),
        "{}",
        stdout(&score)
    );
    // An unknown field's name is quoted in the error: escaped too, on one line.
    let text = "{\"format_version\": 1, \"\\u001b]0;owned\\u0007\\n\": 1}";
    write(dir.path(), "field.civic.json", text);
    let output = run_in(dir.path(), &["validate", "field.civic.json"]);
    let err = assert_could_not_run(&output, "field.civic.json");
    no_controls(&err);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("\\u{1b}]0;owned\\u{7}\\n"), "{err}");
}

#[test]
fn links_that_hide_where_they_go_are_flagged_in_files_and_banks() {
    let dir = temp_dir();
    // The first evidence link, with a name before "@" that reads like the university's site.
    let replaced = |text: &str, key: &str, value: &str| {
        let at = text.find(key).unwrap() + key.len();
        let end = at + text[at..].find('"').unwrap();
        let mut text = text.to_owned();
        text.replace_range(at..end, value);
        text
    };
    let text = replaced(
        &demo_text(),
        "\"link\": \"",
        "https://www.cwmtawe.ac.uk@evil.example/",
    );
    write(dir.path(), "ours.civic.json", &text);
    let validate = run_in(dir.path(), &["validate", "ours.civic.json"]);
    let out = stdout(&validate);
    assert!(
        out.contains("reads like the address, but it opens evil.example"),
        "{out}{}",
        stderr(&validate)
    );
    // A bank whose attribution is a script, and whose domain source hides its host.
    let bank = fs::read_to_string(root().join("questions/civic-impact-framework.json")).unwrap();
    let bad = replaced(&bank, "\"url\": \"", "javascript:alert(1)");
    write(dir.path(), "bank.json", &bad);
    let output = run_in(dir.path(), &["--framework", "bank.json", "questions"]);
    let err = assert_could_not_run(&output, "bank.json");
    assert!(
        err.contains("attribution url: link scheme \"javascript:\" is not allowed"),
        "{err}"
    );
}

// Issue 22 (scale): every file name and every piece of the person's text reaches the terminal
// escaped, JSON included; four errors say what is wrong in people's words.

#[test]
fn file_names_are_printed_escaped_even_when_all_is_well() {
    let dir = temp_dir();
    // A name that would retitle the terminal, ring its bell and print a line of its own.
    let name = "t\u{1b}]0;owned\u{7}\nfake.civic.json";
    let shown = "t\\u{1b}]0;owned\\u{7}\\nfake.civic.json";
    let created = run_in(dir.path(), &["new", "-o", name]);
    assert_eq!(code(&created), 0, "{}", stderr(&created));
    assert_eq!(stdout(&created), format!("Created {shown}\n"));
    let validate = run_in(dir.path(), &["validate", name]);
    assert_eq!(code(&validate), 0, "{}", stderr(&validate));
    assert_eq!(stdout(&validate), format!("No problems found: {shown}\n"));
    let export = run_in(dir.path(), &["export", name, "--markdown", name]);
    let err = assert_could_not_run(&export, shown);
    assert!(!err.contains('\u{1b}') && !err.contains('\u{7}'), "{err:?}");
    assert_eq!(err.lines().count(), 1, "{err:?}");
}

#[test]
fn json_output_escapes_c1_controls_and_means_the_same() {
    let dir = temp_dir();
    // U+009B is a terminal's CSI: "\u{9b}2J" clears the screen. U+202E reverses the line.
    let title = "Economic\u{9b}2J impact\u{202e}";
    let mut bank: Value = serde_json::from_str(
        &fs::read_to_string(root().join("questions/civic-impact-framework.json")).unwrap(),
    )
    .unwrap();
    bank["domains"][0]["title"] = Value::from(title);
    write(dir.path(), "bank.json", bank.to_string());
    fs::copy(demo_path(), dir.path().join("demo.civic.json")).unwrap();
    for args in [
        &["--framework", "bank.json", "questions", "--json"][..],
        &[
            "--framework",
            "bank.json",
            "score",
            "--json",
            "demo.civic.json",
        ][..],
    ] {
        let output = run_in(dir.path(), args);
        assert_eq!(code(&output), 0, "{args:?}: {}", stderr(&output));
        let out = stdout(&output);
        assert!(
            !out.chars().any(|c| c.is_control() && c != '\n'),
            "{args:?}: a control character reached the terminal: {out:?}"
        );
        assert!(!out.contains('\u{202e}'), "{args:?}");
        assert!(
            out.contains("Economic\\u009b2J impact\\u202e"),
            "{args:?}: {out}"
        );
        let parsed: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(
            parsed["domains"][0]["title"], title,
            "{args:?}: the JSON means the same"
        );
    }
}

#[test]
#[cfg(unix)]
fn a_link_to_a_missing_file_says_so_and_where_it_points() {
    let dir = temp_dir();
    std::os::unix::fs::symlink("gone/old.civic.json", dir.path().join("link.civic.json")).unwrap();
    let err = refused(dir.path(), "link.civic.json");
    assert!(
        err.contains("is a link to gone/old.civic.json, which is not there"),
        "{err}"
    );
    assert!(!err.contains("No such file"), "{err}");
}

#[test]
fn an_export_to_a_folder_name_says_it_names_no_file() {
    let dir = temp_dir();
    write(dir.path(), "ours.civic.json", demo_text());
    for (flag, example) in [
        ("--csv", "newdir/report.csv"),
        ("-o", "newdir/report.pdf"),
        ("--markdown", "newdir/report.md"),
    ] {
        let output = run_in(dir.path(), &["export", "ours.civic.json", flag, "newdir/"]);
        let err = assert_could_not_run(&output, "newdir/");
        assert!(err.contains("names a folder, not a file"), "{err}");
        assert!(err.contains(example), "{err}");
        assert!(!err.contains("cut short"), "{err}");
    }
    let names: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["ours.civic.json"], "nothing is written");
}

#[test]
fn a_phase_that_is_not_a_whole_number_is_refused_in_words() {
    let dir = temp_dir();
    for (phase, shown) in [("4.0", "4.0"), ("2.5", "2.5"), ("true", "true")] {
        let text = demo_with("\"phase\": 4,", &format!("\"phase\": {phase},"));
        let err = write_and_refuse(dir.path(), "phase.civic.json", &text);
        assert!(
            err.contains(&format!(
                "phase {shown} cannot be read: a phase is a whole number from 1 to 6"
            )),
            "{err}"
        );
        assert!(!err.contains("expected i64"), "{err}");
        assert_eq!(json_position(&err).0, line_of(&text, "\"phase\""), "{err}");
    }
}

#[test]
fn a_broken_character_escape_is_named_with_its_line_and_column() {
    let dir = temp_dir();
    for escape in ["\\ud800", "\\ud800\\u0041", "\\udc00"] {
        let text = demo_with("\"narrative\": \"", &format!("\"narrative\": \"{escape}"));
        let err = write_and_refuse(dir.path(), "escape.civic.json", &text);
        assert!(err.contains("broken character escape"), "{escape}: {err}");
        assert!(!err.contains("hex escape"), "{escape}: {err}");
        let (line, column) = json_position(&err);
        assert_eq!(line, line_of(&text, escape), "{escape}: {err}");
        assert!(column > 1, "{escape}: {err}");
    }
}

// The pseudo-locale: every word the command line prints comes from the catalogue.

/// The words of every text value (never a key) of a JSON document: the user's data, or the
/// framework's own texts.
fn text_values(json: &Value, words: &mut std::collections::BTreeSet<String>) {
    match json {
        Value::String(text) => words.extend(ascii_words(text)),
        Value::Array(items) => items.iter().for_each(|item| text_values(item, words)),
        Value::Object(fields) => fields.values().for_each(|value| text_values(value, words)),
        _ => {}
    }
}

/// Every run of two or more ASCII letters in `text`, except those of an option's name
/// (`--no-backup`), which people type as they are in any language.
fn ascii_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut is_option = false;
    let mut previous = ' ';
    for c in text.chars().chain([' ']) {
        if c.is_ascii_alphabetic() {
            if word.is_empty() {
                is_option = previous == '-';
            }
            word.push(c);
        } else {
            if word.len() >= 2 && !is_option {
                words.push(std::mem::take(&mut word));
            }
            word.clear();
        }
        previous = c;
    }
    words
}

/// The words of `text` that are neither the catalogue's (accented in the pseudo-locale) nor in
/// `allowed`: the user's data, the framework's texts, paths, the program's and subcommands'
/// names.
fn leaks(text: &str, allowed: &std::collections::BTreeSet<String>) -> Vec<String> {
    ascii_words(text)
        .into_iter()
        .filter(|word| !allowed.contains(word))
        .collect()
}

/// Words that may stay as they are: the program's and subcommands' names, the framework's and
/// the demo's texts, and what clap itself writes that cannot be replaced ("[OPTIONS]").
fn allowed_words(extra: &[&str]) -> std::collections::BTreeSet<String> {
    let mut words: std::collections::BTreeSet<String> = [
        "civic",
        "workbook",
        "new",
        "questions",
        "validate",
        "export",
        "score",
        "combine",
        "migrate",
        "merge",
        "messages",
        "help",
        "OPTIONS",
        "cy",
        "en",
        "GB",
        "qps",
        "ploc",
    ]
    .into_iter()
    .chain(extra.iter().copied())
    .map(str::to_owned)
    .collect();
    let bank = run_in(&root(), &["questions", "--json"]);
    text_values(&serde_json::from_slice(&bank.stdout).unwrap(), &mut words);
    text_values(&serde_json::from_str(&demo_text()).unwrap(), &mut words);
    words
}

#[test]
fn the_pseudo_locale_leaves_no_english_in_the_help() {
    let dir = temp_dir();
    let allowed = allowed_words(&[]);
    let mut calls: Vec<Vec<&str>> = vec![vec!["--help"], vec!["-h"], vec!["help"]];
    for sub in [
        "new",
        "questions",
        "validate",
        "export",
        "score",
        "combine",
        "migrate",
        "merge",
        "messages",
    ] {
        calls.push(vec![sub, "--help"]);
    }
    calls.push(vec!["help", "score"]);
    for call in calls {
        let mut args = vec!["--lang", "qps-ploc"];
        args.extend(call.iter().copied());
        let output = run_in(dir.path(), &args);
        let text = stdout(&output) + &stderr(&output);
        assert_eq!(code(&output), 0, "{call:?}: {text}");
        assert!(text.contains('⟦'), "{call:?}: {text}");
        let leaked = leaks(&text, &allowed);
        assert!(leaked.is_empty(), "{call:?} leaks {leaked:?}:\n{text}");
    }
}

#[test]
fn the_pseudo_locale_leaves_no_english_in_mistakes_of_the_command_line() {
    let dir = temp_dir();
    let allowed = allowed_words(&["bogus", "xx", "zz", "json"]);
    for call in [
        vec!["score", "--bogus", "x.civic.json"],
        vec!["validate"],
        vec!["merge", "a.civic.json", "b.civic.json"],
        vec!["--lang", "xx", "questions"],
        vec!["export", "ours.civic.json", "-o", "r.pdf", "--date", "zz"],
    ] {
        let mut args = vec!["--lang", "qps-ploc"];
        args.extend(call.iter().copied());
        let output = run_in(dir.path(), &args);
        let text = stderr(&output);
        assert_eq!(code(&output), 2, "{call:?}: {text}");
        assert!(text.contains('⟦'), "{call:?}: {text}");
        let leaked = leaks(&text, &allowed);
        assert!(leaked.is_empty(), "{call:?} leaks {leaked:?}:\n{text}");
    }
}

#[test]
fn the_pseudo_locale_leaves_no_english_in_questions() {
    let dir = temp_dir();
    let output = run_in(dir.path(), &["--lang", "qps-ploc", "questions"]);
    let text = stdout(&output) + &stderr(&output);
    assert_eq!(code(&output), 0, "{text}");
    let leaked = leaks(&text, &allowed_words(&[]));
    assert!(leaked.is_empty(), "questions leaks {leaked:?}:\n{text}");
}

#[test]

fn the_pseudo_locale_leaves_no_english_in_score_validate_and_errors() {
    let dir = temp_dir();
    write(dir.path(), "ours.civic.json", demo_text());
    let responses = r#"{"economy.vision":{"phase":2,
 "actions":[{"description":"Agree the vision","due":"31/03/2027"}]},
"nowhere.question":{"phase":3}}"#;
    write(
        dir.path(),
        "problems.civic.json",
        minimal_with_responses(responses),
    );
    let allowed = allowed_words(&["ours", "json", "problems", "nowhere", "question", "missing"]);
    for (call, exit) in [
        (vec!["score", "ours.civic.json"], 0),
        (
            vec![
                "score",
                "ours.civic.json",
                "--baseline",
                "problems.civic.json",
            ],
            0,
        ),
        (vec!["validate", "problems.civic.json"], 1),
        (vec!["validate", "missing.civic.json"], 2),
    ] {
        let mut args = vec!["--lang", "qps-ploc"];
        args.extend(call.iter().copied());
        let output = run_in(dir.path(), &args);
        let text = stdout(&output) + &stderr(&output);
        assert_eq!(code(&output), exit, "{call:?}: {text}");
        let leaked = leaks(&text, &allowed);
        assert!(leaked.is_empty(), "{call:?} leaks {leaked:?}:\n{text}");
    }
}

#[test]
fn messages_follow_the_systems_language_unless_lang_is_given() {
    let dir = temp_dir();
    let run = |vars: &[(&str, &str)], args: &[&str]| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_civic-workbook"));
        command
            .args(args)
            .current_dir(dir.path())
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG");
        for (name, value) in vars {
            command.env(name, value);
        }
        stderr(&command.output().expect("the binary runs"))
    };
    let missing = ["validate", "missing.civic.json"];
    let welsh = "ni chafwyd hyd i’r ffeil";
    let english = "file not found";
    assert!(run(&[("LANG", "cy_GB.UTF-8")], &missing).contains(welsh));
    assert!(run(&[("LANG", "en_GB.UTF-8")], &missing).contains(english));
    // LC_ALL before LC_MESSAGES before LANG, as POSIX has it.
    let both = [("LANG", "en_GB.UTF-8"), ("LC_MESSAGES", "cy_GB.UTF-8")];
    assert!(run(&both, &missing).contains(welsh));
    let all = [("LC_ALL", "en_GB.UTF-8"), ("LANG", "cy_GB.UTF-8")];
    assert!(run(&all, &missing).contains(english));
    // A language the workbook does not speak: British English.
    assert!(run(&[("LANG", "fr_FR.UTF-8")], &missing).contains(english));
    // --lang wins over the system.
    let asked = ["--lang", "en-GB", "validate", "missing.civic.json"];
    assert!(run(&[("LANG", "cy_GB.UTF-8")], &asked).contains(english));
    let asked = ["--lang", "cy", "validate", "missing.civic.json"];
    assert!(run(&[("LANG", "en_GB.UTF-8")], &asked).contains(welsh));
}

/// Every key of a JSON document, depth first.
fn keys(value: &Value) -> Vec<String> {
    match value {
        Value::Object(map) => map
            .iter()
            .flat_map(|(k, v)| std::iter::once(k.clone()).chain(keys(v)))
            .collect(),
        Value::Array(items) => items.iter().flat_map(keys).collect(),
        _ => Vec::new(),
    }
}

#[test]
fn score_json_keeps_its_keys_in_every_language() {
    let dir = temp_dir();
    std::fs::copy(demo_path(), dir.path().join("demo.civic.json")).expect("copied");
    let json = |lang: &str| {
        let output = run_in(
            dir.path(),
            &["--lang", lang, "score", "--json", "demo.civic.json"],
        );
        assert!(output.status.success(), "{}", stderr(&output));
        let value: Value = serde_json::from_str(&stdout(&output)).expect("JSON");
        keys(&value)
    };
    let english = json("en-GB");
    assert!(english.len() > 20, "{english:?}");
    assert_eq!(json("cy"), english);
    assert_eq!(json("qps-ploc"), english);
}

/// Runs `messages -o DIR` in `lang` in `dir`, checking it succeeded.
fn write_catalogue(dir: &Path, lang: &str, out: &str) {
    let output = run_in(dir, &["--lang", lang, "messages", "-o", out]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
}

#[test]
fn messages_writes_the_built_in_catalogue_and_never_replaces_a_file() {
    use civic_workbook::i18n::Lang;

    let dir = temp_dir();
    let output = run_in(dir.path(), &["--lang", "cy", "messages", "-o", "cy/new"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let said = stdout(&output);
    for (name, text) in Lang::Cy.files() {
        let written = fs::read_to_string(dir.path().join("cy/new").join(name)).unwrap();
        assert_eq!(written, *text, "{name}");
        assert!(
            fluent_syntax::parser::parse(written.as_str()).is_ok(),
            "{name}"
        );
        assert!(said.contains(&format!("cy/new/{name}")), "{said}");
    }
    assert!(said.contains("--messages cy/new"), "{said}");
    assert_eq!(fs::read_dir(dir.path().join("cy/new")).unwrap().count(), 10);

    // One file already there: refused, naming it, and nothing written.
    fs::create_dir(dir.path().join("half")).unwrap();
    write(&dir.path().join("half"), "cli.ftl", "ours");
    let output = run_in(dir.path(), &["messages", "-o", "half"]);
    assert_could_not_run(&output, "half/cli.ftl");
    assert_eq!(fs::read_dir(dir.path().join("half")).unwrap().count(), 1);
    assert_eq!(
        fs::read_to_string(dir.path().join("half/cli.ftl")).unwrap(),
        "ours"
    );

    // The pseudo-locale has no catalogue of its own.
    let output = run_in(
        dir.path(),
        &["--lang", "qps-ploc", "messages", "-o", "pseudo"],
    );
    assert_eq!(code(&output), 2, "{}", stderr(&output));
    assert!(!dir.path().join("pseudo").exists());
}

#[test]
fn a_corrected_catalogue_is_used_and_what_cannot_be_is_reported_by_name() {
    let dir = temp_dir();
    write_catalogue(dir.path(), "cy", "cat");
    let cat = dir.path().join("cat");
    let edit = |name: &str, from: &str, to: &str| {
        let text = fs::read_to_string(cat.join(name)).unwrap();
        assert!(text.contains(from), "{name} has no {from:?}");
        fs::write(cat.join(name), text.replacen(from, to, 1)).unwrap();
    };
    edit(
        "storage.ftl",
        "storage-error-not-found = ni chafwyd hyd i’r ffeil",
        "storage-error-not-found = nid yw’r ffeil yno",
    );
    let missing = [
        "--lang",
        "cy",
        "--messages",
        "cat",
        "validate",
        "missing.civic.json",
    ];
    let output = run_in(dir.path(), &missing);
    let err = stderr(&output);
    assert_eq!(code(&output), 2, "{err}");
    assert_eq!(
        err, "civic-workbook: nid yw’r ffeil yno: missing.civic.json\n",
        "one line, corrected"
    );

    // A broken message, one with other variables, an unknown file: each named, the
    // built-in message used, and the command still runs.
    edit(
        "cli.ftl",
        "cli-error = { $program }: { $message }",
        "cli-error = { $program }: { $message",
    );
    edit(
        "storage.ftl",
        "storage-error-at = { $cause }: { $path }",
        "storage-error-at = { $cause }: { $file }",
    );
    write(&cat, "notes.txt", "not a catalogue file");
    let output = run_in(dir.path(), &missing);
    let err = stderr(&output);
    assert_eq!(code(&output), 2, "{err}");
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 4, "{err}");
    let warned = |words: &[&str]| {
        lines[..3].iter().any(|line| {
            line.starts_with("civic-workbook: ") && words.iter().all(|w| line.contains(w))
        })
    };
    assert!(warned(&["cli-error", "cat/cli.ftl"]), "{err}");
    assert!(
        warned(&["storage-error-at", "$file", "$path", "cat/storage.ftl"]),
        "{err}"
    );
    assert!(warned(&["cat/notes.txt"]), "{err}");
    // The built-in cli-error and storage-error-at, around the corrected message.
    assert_eq!(
        lines[3],
        "civic-workbook: nid yw’r ffeil yno: missing.civic.json"
    );

    // A folder that is not there: a warning, and the built-in messages.
    let output = run_in(
        dir.path(),
        &[
            "--lang",
            "en-GB",
            "--messages",
            "nowhere",
            "validate",
            "missing.civic.json",
        ],
    );
    let err = stderr(&output);
    assert_eq!(code(&output), 2, "{err}");
    assert!(err.lines().next().unwrap().contains("nowhere"), "{err}");
    assert!(err.contains("file not found: missing.civic.json"), "{err}");
}

/// The Markdown export's "Prepared on" line, written with `TZ` set to `tz` and no `--date`.
fn prepared_on_with_tz(dir: &Path, tz: &str) -> String {
    let out = dir.join(format!("{}.md", tz.replace(['/', ':', ','], "-")));
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_civic-workbook"))
        .env("LC_ALL", "en_GB.UTF-8")
        .env("TZ", tz)
        .env_remove("TZDIR")
        .args(["export", "demo.civic.json", "--markdown"])
        .arg(&out)
        .current_dir(dir)
        .output()
        .unwrap();
    assert_eq!(code(&output), 0, "TZ={tz}: {}", stderr(&output));
    let text = std::fs::read_to_string(&out).unwrap();
    let line = text
        .lines()
        .find(|line| line.starts_with("**Prepared on**"));
    line.unwrap_or_else(|| panic!("no date in {text}"))
        .to_owned()
}

#[test]
fn today_is_the_date_in_the_zone_tz_names() {
    let dir = temp_dir();
    std::fs::copy(demo_path(), dir.path().join("demo.civic.json")).unwrap();
    // 25 hours apart: their dates always differ, by one day or two. Read as UTC (as a zone's
    // name once was, with no database to look it up in), they were the same.
    let east = prepared_on_with_tz(dir.path(), "Pacific/Kiritimati");
    let west = prepared_on_with_tz(dir.path(), "Pacific/Pago_Pago");
    assert_ne!(east, west);
    // A name, the same name after a colon and the zone's rule say the same.
    let rule = prepared_on_with_tz(dir.path(), "<+14>-14");
    assert_eq!(prepared_on_with_tz(dir.path(), ":Pacific/Kiritimati"), rule);
    assert_eq!(east, rule);
}
