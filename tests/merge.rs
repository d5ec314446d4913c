//! `civic-workbook merge BASE MINE THEIRS -o OUT`, run as the real binary on temporary files,
//! and as git's merge driver in a real repository.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use civic_workbook::model::{Assessment, Phase, QuestionId};
use civic_workbook::storage::assessment_file;

use crate::util::{demo, framework, run_in, stderr, stdout, temp_dir};

/// The first `n` questions of the built-in framework, with their numbers as people say them.
fn questions(n: usize) -> Vec<(QuestionId, String, String)> {
    let fw = framework();
    fw.questions()
        .take(n)
        .map(|(_, q)| {
            let number = fw.question_number(&q.id).unwrap();
            (q.id.clone(), number, q.text.clone())
        })
        .collect()
}

fn save(dir: &Path, name: &str, assessment: &Assessment) -> PathBuf {
    let path = dir.join(name);
    assessment_file::save(&path, assessment).unwrap();
    path
}

fn load(path: &Path) -> Assessment {
    assessment_file::load(path, &framework()).unwrap()
}

fn code(output: &Output) -> i32 {
    output
        .status
        .code()
        .unwrap_or_else(|| panic!("killed by a signal: {}", stderr(output)))
}

fn with_narrative(question: &QuestionId, text: &str) -> Assessment {
    let mut a = demo();
    text.clone_into(&mut a.responses.entry(question.clone()).or_default().narrative);
    a
}

#[test]
fn changes_to_different_questions_merge_with_exit_0() {
    let dir = temp_dir();
    let [(first, first_number, _), (second, second_number, _)] =
        <[_; 2]>::try_from(questions(2)).unwrap();
    let mut mine = demo();
    mine.responses.entry(first.clone()).or_default().phase = Phase::new(6);
    let mut theirs = with_narrative(&second, "Theirs wrote this.");
    let removed = theirs.responses.get_mut(&first).unwrap().evidence.remove(0);
    save(dir.path(), "base.civic.json", &demo());
    save(dir.path(), "mine.civic.json", &mine);
    save(dir.path(), "theirs.civic.json", &theirs);

    let output = run_in(
        dir.path(),
        &[
            "merge",
            "base.civic.json",
            "mine.civic.json",
            "theirs.civic.json",
            "-o",
            "out.civic.json",
        ],
    );
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let merged = load(&dir.path().join("out.civic.json"));
    assert_eq!(merged.response(&first).unwrap().phase, Phase::new(6));
    assert!(
        !merged.response(&first).unwrap().evidence.contains(&removed),
        "theirs removed it"
    );
    assert_eq!(
        merged.response(&second).unwrap().narrative,
        "Theirs wrote this."
    );
    let text = stdout(&output);
    assert!(
        text.contains(&format!(
            "Merged 2 changes from theirs.civic.json: the evidence ‘{}’ in {first_number} (removed), the narrative of {second_number}\n",
            removed.title
        )),
        "{text}"
    );
    assert!(
        text.contains("Merged without conflicts into out.civic.json"),
        "{text}"
    );
    assert!(!text.contains("Conflict"), "{text}");
}

#[test]
fn conflicts_exit_1_are_listed_and_both_texts_kept() {
    let dir = temp_dir();
    let [(first, number, asked)] = <[_; 1]>::try_from(questions(1)).unwrap();
    let mut mine = with_narrative(&first, "Mine says so.");
    mine.responses.get_mut(&first).unwrap().phase = Phase::new(3);
    let mut theirs = with_narrative(&first, "Theirs says otherwise.");
    theirs.responses.get_mut(&first).unwrap().phase = Phase::new(5);
    save(dir.path(), "base.civic.json", &demo());
    let mine_path = save(dir.path(), "mine.civic.json", &mine);
    save(dir.path(), "theirs.civic.json", &theirs);

    // OUT is MINE, as git calls a merge driver; the file replaced is kept.
    let output = run_in(
        dir.path(),
        &[
            "merge",
            "base.civic.json",
            "mine.civic.json",
            "theirs.civic.json",
            "-o",
            "mine.civic.json",
        ],
    );
    assert_eq!(code(&output), 1, "{}", stderr(&output));
    let merged = load(&mine_path);
    let response = merged.response(&first).unwrap();
    assert_eq!(
        response.narrative,
        "Mine says so.\n\nTheirs says otherwise."
    );
    assert_eq!(response.phase, Phase::new(3));
    assert_eq!(load(&dir.path().join("mine.civic.json.bak")), mine);

    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().filter(|l| l.starts_with("Conflict")).collect();
    assert_eq!(
        lines,
        [
            format!("Conflict: the phase of {number} ({asked}): mine 3, theirs 5 (kept mine)"),
            format!(
                "Conflict: the narrative of {number} ({asked}): changed differently on both sides (both kept)"
            ),
        ]
    );
    assert!(text.contains("with 2 conflicts"), "{text}");
}

#[test]
fn conflicts_as_json() {
    let dir = temp_dir();
    let [(first, number, _)] = <[_; 1]>::try_from(questions(1)).unwrap();
    save(dir.path(), "base.civic.json", &demo());
    save(dir.path(), "mine.civic.json", &with_narrative(&first, "A"));
    let mut theirs = with_narrative(&first, "B");
    theirs.framework.version = "2025.9".to_owned();
    save(dir.path(), "theirs.civic.json", &theirs);
    let output = run_in(
        dir.path(),
        &[
            "merge",
            "--json",
            "base.civic.json",
            "mine.civic.json",
            "theirs.civic.json",
            "-o",
            "out.civic.json",
        ],
    );
    assert_eq!(code(&output), 1, "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["clean"], false);
    let conflict = &json["conflicts"][0];
    assert_eq!(conflict["place"]["question"], first.as_str());
    assert_eq!(conflict["place"]["number"], number.as_str());
    assert_eq!(conflict["place"]["part"], "narrative");
    assert_eq!(conflict["kept"], "both");
    assert_eq!(conflict["mine"], "A");
    assert_eq!(conflict["theirs"], "B");
    let warning = stderr(&output);
    assert!(
        warning.contains("warning: THEIRS answers another version of the framework (2025.9)"),
        "{warning}"
    );
}

#[test]
fn an_unreadable_input_exits_2_and_writes_nothing() {
    let dir = temp_dir();
    save(dir.path(), "base.civic.json", &demo());
    let mine = save(dir.path(), "mine.civic.json", &demo());
    fs::write(
        dir.path().join("corrupt.civic.json"),
        "{ \"format_version\": 3,",
    )
    .unwrap();
    for theirs in ["missing.civic.json", "corrupt.civic.json"] {
        for out in ["out.civic.json", "mine.civic.json"] {
            let before = fs::read(&mine).unwrap();
            let output = run_in(
                dir.path(),
                &[
                    "merge",
                    "base.civic.json",
                    "mine.civic.json",
                    theirs,
                    "-o",
                    out,
                ],
            );
            assert_eq!(code(&output), 2, "{}", stdout(&output));
            let message = stderr(&output);
            assert!(message.contains("THEIRS could not be read"), "{message}");
            assert!(message.contains(theirs), "{message}");
            assert!(!dir.path().join("out.civic.json").exists());
            assert!(!dir.path().join("mine.civic.json.bak").exists());
            assert_eq!(fs::read(&mine).unwrap(), before);
        }
    }
    // Nor is a file that is not an assessment replaced.
    fs::write(dir.path().join("notes.txt"), "my notes").unwrap();
    let output = run_in(
        dir.path(),
        &[
            "merge",
            "base.civic.json",
            "mine.civic.json",
            "base.civic.json",
            "-o",
            "notes.txt",
        ],
    );
    assert_eq!(code(&output), 2);
    assert_eq!(
        fs::read_to_string(dir.path().join("notes.txt")).unwrap(),
        "my notes"
    );
}

/// Runs git in `dir` with only the repository's own configuration; fails (never skips) when
/// git is missing.
fn git(dir: &Path, args: &[&str]) -> Output {
    Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_AUTHOR_NAME", "Test")
        .env("GIT_AUTHOR_EMAIL", "test@example.org")
        .env("GIT_COMMITTER_NAME", "Test")
        .env("GIT_COMMITTER_EMAIL", "test@example.org")
        .output()
        .expect("git is installed (it is on the machine and in CI)")
}

fn git_ok(dir: &Path, args: &[&str]) {
    let output = git(dir, args);
    assert!(
        output.status.success(),
        "git {args:?}: {}{}",
        stdout(&output),
        stderr(&output)
    );
}

/// A repository with the driver set up as the README says, and the demo committed on `main`.
fn repository() -> tempfile::TempDir {
    let dir = temp_dir();
    let root = dir.path();
    git_ok(root, &["init", "-q", "-b", "main"]);
    fs::write(root.join(".gitattributes"), "*.civic.json merge=civic\n").unwrap();
    let driver = format!(
        "'{}' merge --no-backup %O %A %B -o %A",
        env!("CARGO_BIN_EXE_civic-workbook")
    );
    git_ok(root, &["config", "merge.civic.driver", &driver]);
    save(root, "group.civic.json", &demo());
    git_ok(root, &["add", "."]);
    git_ok(root, &["commit", "-qm", "base"]);
    dir
}

/// Commits `assessment` as group.civic.json on a new branch `name` from main.
fn branch(root: &Path, name: &str, assessment: &Assessment) {
    git_ok(root, &["checkout", "-q", "-b", name, "main"]);
    save(root, "group.civic.json", assessment);
    fs::remove_file(root.join("group.civic.json.bak")).unwrap();
    git_ok(root, &["commit", "-qam", name]);
}

#[test]
fn git_merges_with_the_driver() {
    let [(first, _, _), (second, _, _)] = <[_; 2]>::try_from(questions(2)).unwrap();
    let repo = repository();
    let root = repo.path();
    branch(
        root,
        "theirs",
        &with_narrative(&second, "Theirs wrote this."),
    );
    branch(root, "mine", &with_narrative(&first, "Mine wrote this."));
    let output = git(root, &["merge", "-q", "--no-edit", "theirs"]);
    assert!(
        output.status.success(),
        "{}{}",
        stdout(&output),
        stderr(&output)
    );
    let merged = load(&root.join("group.civic.json"));
    assert_eq!(
        merged.response(&first).unwrap().narrative,
        "Mine wrote this."
    );
    assert_eq!(
        merged.response(&second).unwrap().narrative,
        "Theirs wrote this."
    );
    // The driver leaves nothing behind: no backups of git's scratch files.
    let status = git(root, &["status", "--porcelain", "--ignored"]);
    assert_eq!(stdout(&status), "");

    // The same narrative changed on both branches: both texts kept, and git reports a conflict.
    branch(
        root,
        "theirs2",
        &with_narrative(&first, "Theirs says otherwise."),
    );
    branch(root, "mine2", &with_narrative(&first, "Mine says so."));
    let output = git(root, &["merge", "--no-edit", "theirs2"]);
    assert!(!output.status.success());
    let said = stdout(&output);
    assert!(
        said.contains("CONFLICT") && said.contains("group.civic.json"),
        "{said}"
    );
    let merged = load(&root.join("group.civic.json"));
    assert_eq!(
        merged.response(&first).unwrap().narrative,
        "Mine says so.\n\nTheirs says otherwise."
    );
    let status = stdout(&git(root, &["status", "--porcelain", "--ignored"]));
    assert_eq!(status, "UU group.civic.json\n");
}
