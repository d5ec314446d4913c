//! Writes on a shared drive (issue 22), each reproduction a regression test: creating a file
//! that must not exist is atomic, racing saves leave no temporary file, and an export replaces
//! only its own unchanged earlier output, never deleting what it replaces.

use std::fs;
use std::path::Path;
use std::process::Output;
use std::sync::Barrier;
use std::thread;

use civic_workbook::model::QuestionId;
use civic_workbook::storage::assessment_file;

use crate::util::{demo, demo_path, framework, run_in, stderr, stdout, temp_dir};

/// The names in a folder, sorted.
fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// The exit code; a process killed by a signal fails here.
fn code(output: &Output) -> i32 {
    output.status.code().expect("the process exited")
}

/// Runs the binary once from each of `count` threads, all started together.
fn race(dir: &Path, count: usize, args: &[&str]) -> Vec<Output> {
    let start = Barrier::new(count);
    thread::scope(|scope| {
        let runs: Vec<_> = (0..count)
            .map(|_| {
                scope.spawn(|| {
                    start.wait();
                    run_in(dir, args)
                })
            })
            .collect();
        runs.into_iter().map(|run| run.join().unwrap()).collect()
    })
}

#[test]
fn of_sixty_racing_news_exactly_one_creates_the_file_and_none_leaves_a_temporary_file() {
    let dir = temp_dir();
    let runs = race(dir.path(), 60, &["new", "-o", "x.civic.json"]);
    let created: Vec<&Output> = runs.iter().filter(|run| code(run) == 0).collect();
    assert_eq!(created.len(), 1, "exactly one succeeds");
    for run in runs.iter().filter(|run| code(run) != 0) {
        assert_eq!(code(run), 2);
        assert!(
            stderr(run).contains("file already exists"),
            "{}",
            stderr(run)
        );
    }
    assert_eq!(names_in(dir.path()), ["x.civic.json"], "no backup, no temp");
    assessment_file::load(&dir.path().join("x.civic.json"), &framework()).unwrap();
}

#[test]
fn racing_combines_with_force_leave_no_temporary_file() {
    let dir = temp_dir();
    let mut other = demo();
    other
        .responses
        .entry(QuestionId::new("strategy.vision"))
        .or_default()
        .narrative = "Another assessor's view".to_owned();
    assessment_file::save(&dir.path().join("a.civic.json"), &demo()).unwrap();
    assessment_file::save(&dir.path().join("b.civic.json"), &other).unwrap();
    let args = [
        "combine",
        "a.civic.json",
        "b.civic.json",
        "-o",
        "g.civic.json",
        "--force",
    ];
    assert_eq!(code(&run_in(dir.path(), &args)), 0);
    for _ in 0..3 {
        for run in race(dir.path(), 12, &args) {
            assert_eq!(code(&run), 0, "{}", stderr(&run));
        }
    }
    assert_eq!(
        names_in(dir.path()),
        [
            "a.civic.json",
            "b.civic.json",
            "g.civic.json",
            "g.civic.json.bak"
        ]
    );
    assessment_file::load(&dir.path().join("g.civic.json.bak"), &framework()).unwrap();
}

/// Runs `export` of the demo (copied into `dir` as `ours.civic.json`) with `args` after it.
fn export(dir: &Path, args: &[&str]) -> Output {
    if !dir.join("ours.civic.json").exists() {
        fs::copy(demo_path(), dir.join("ours.civic.json")).unwrap();
    }
    let mut all = vec!["export", "ours.civic.json"];
    all.extend_from_slice(args);
    run_in(dir, &all)
}

#[test]
fn a_backup_the_workbook_did_not_write_is_never_replaced() {
    let dir = temp_dir();
    let first = export(dir.path(), &["-o", "r.pdf", "--date", "2026-11-27"]);
    assert_eq!(code(&first), 0);
    let earlier = fs::read(dir.path().join("r.pdf")).unwrap();
    fs::write(dir.path().join("r.pdf.bak"), "someone's file").unwrap();
    let again = export(dir.path(), &["-o", "r.pdf", "--date", "2026-11-28"]);
    assert_eq!(code(&again), 0, "{}", stderr(&again));
    assert_eq!(
        fs::read_to_string(dir.path().join("r.pdf.bak")).unwrap(),
        "someone's file"
    );
    assert_eq!(fs::read(dir.path().join("r.pdf.1.bak")).unwrap(), earlier);
    assert!(
        stdout(&again).contains("The file that was at r.pdf is kept as r.pdf.1.bak"),
        "{}",
        stdout(&again)
    );
}

#[test]
fn after_force_over_someones_file_the_next_export_keeps_the_backup_that_holds_it() {
    let dir = temp_dir();
    fs::write(
        dir.path().join("contract.pdf"),
        "%PDF-1.7 the signed contract",
    )
    .unwrap();
    let forced = export(dir.path(), &["-o", "contract.pdf", "--force"]);
    assert_eq!(code(&forced), 0, "{}", stderr(&forced));
    let first = fs::read(dir.path().join("contract.pdf")).unwrap();
    let routine = export(dir.path(), &["-o", "contract.pdf"]);
    assert_eq!(code(&routine), 0, "{}", stderr(&routine));
    assert_eq!(
        fs::read_to_string(dir.path().join("contract.pdf.bak")).unwrap(),
        "%PDF-1.7 the signed contract"
    );
    assert_eq!(
        fs::read(dir.path().join("contract.pdf.1.bak")).unwrap(),
        first
    );
    // A third export replaces only its own unchanged backup.
    assert_eq!(code(&export(dir.path(), &["-o", "contract.pdf"])), 0);
    assert_eq!(
        names_in(dir.path()),
        [
            "contract.pdf",
            "contract.pdf.1.bak",
            "contract.pdf.bak",
            "ours.civic.json"
        ]
    );
}

#[test]
fn a_pdf_annotated_since_is_not_an_earlier_export() {
    let dir = temp_dir();
    assert_eq!(code(&export(dir.path(), &["-o", "r.pdf"])), 0);
    let mut annotated = fs::read(dir.path().join("r.pdf")).unwrap();
    let length = annotated.len();
    // An incremental save, as Acrobat writes one for an annotation: a second revision after
    // the first %%EOF.
    annotated.extend_from_slice(
        format!(
            "40 0 obj\n<</Type/Annot/Subtype/Text/Rect[0 0 10 10]/Contents(Check this)>>\nendobj\n\
             xref\n40 1\n{length:010} 00000 n \ntrailer\n<</Size 41/Prev 0>>\nstartxref\n{length}\n%%EOF\n"
        )
        .as_bytes(),
    );
    fs::write(dir.path().join("r.pdf"), &annotated).unwrap();
    let refused = export(dir.path(), &["-o", "r.pdf"]);
    assert_eq!(code(&refused), 2);
    assert!(
        stderr(&refused).contains("not an earlier export"),
        "{}",
        stderr(&refused)
    );
    assert_eq!(fs::read(dir.path().join("r.pdf")).unwrap(), annotated);
    // Replaced on purpose, it is kept; and the export after that keeps it too.
    assert_eq!(code(&export(dir.path(), &["-o", "r.pdf", "--force"])), 0);
    assert_eq!(code(&export(dir.path(), &["-o", "r.pdf"])), 0);
    assert_eq!(fs::read(dir.path().join("r.pdf.bak")).unwrap(), annotated);
    assert!(dir.path().join("r.pdf.1.bak").exists());
}

#[test]
fn a_csv_saved_again_by_a_spreadsheet_is_not_an_earlier_export() {
    let dir = temp_dir();
    assert_eq!(code(&export(dir.path(), &["--csv", "d.csv"])), 0);
    let ours = fs::read_to_string(dir.path().join("d.csv")).unwrap();
    // As Excel saves it ("CSV UTF-8"), header kept: a byte-order mark and CRLF as before, but
    // quotes only where a field needs them.
    let resaved: String = ours
        .split("\r\n")
        .map(|line| {
            if line.contains(',') && !line.contains("\"\"") {
                line.replace('"', "")
            } else {
                line.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\r\n");
    assert_ne!(resaved, ours);
    fs::write(dir.path().join("d.csv"), &resaved).unwrap();
    let refused = export(dir.path(), &["--csv", "d.csv"]);
    assert_eq!(code(&refused), 2);
    assert!(stderr(&refused).contains("d.csv"), "{}", stderr(&refused));
    assert_eq!(
        fs::read_to_string(dir.path().join("d.csv")).unwrap(),
        resaved
    );
    // The actions table beside it, unchanged, is still the workbook's own.
    let actions = export(dir.path(), &["--csv", "d.csv", "--force"]);
    assert_eq!(code(&actions), 0, "{}", stderr(&actions));
    assert_eq!(
        fs::read_to_string(dir.path().join("d.csv.bak")).unwrap(),
        resaved
    );
}

#[test]
fn markdown_edited_since_is_not_an_earlier_export_and_the_mark_of_a_fresh_one_checks() {
    let dir = temp_dir();
    assert_eq!(code(&export(dir.path(), &["--markdown", "r.md"])), 0);
    let ours = fs::read_to_string(dir.path().join("r.md")).unwrap();
    assert!(civic_workbook::report::markdown::is_unchanged_export(&ours));
    assert_eq!(code(&export(dir.path(), &["--markdown", "r.md"])), 0);
    let edited = ours.replacen("# Summary", "# Summary\n\nNotes from the board.", 1);
    assert_ne!(edited, ours);
    fs::write(dir.path().join("r.md"), &edited).unwrap();
    let refused = export(dir.path(), &["--markdown", "r.md"]);
    assert_eq!(code(&refused), 2);
    assert_eq!(fs::read_to_string(dir.path().join("r.md")).unwrap(), edited);
    // The earlier mark, without a check, proves nothing about a file.
    let old_mark = format!(
        "<!-- Exported by Civic Impact Workbook; exporting again replaces this file. -->\n{}",
        ours.split_once('\n').unwrap().1
    );
    fs::write(dir.path().join("r.md"), &old_mark).unwrap();
    assert_eq!(code(&export(dir.path(), &["--markdown", "r.md"])), 2);
}

#[test]
fn an_export_whose_backup_would_be_its_own_assessment_keeps_the_assessment() {
    let dir = temp_dir();
    fs::copy(demo_path(), dir.path().join("notes.md.bak")).unwrap();
    let args = ["export", "notes.md.bak", "--markdown", "notes.md"];
    assert_eq!(code(&run_in(dir.path(), &args)), 0);
    let first = fs::read(dir.path().join("notes.md")).unwrap();
    let again = run_in(dir.path(), &args);
    assert_eq!(code(&again), 0, "{}", stderr(&again));
    assert_eq!(
        fs::read(dir.path().join("notes.md.bak")).unwrap(),
        fs::read(demo_path()).unwrap(),
        "the assessment is untouched"
    );
    assert_eq!(fs::read(dir.path().join("notes.md.1.bak")).unwrap(), first);
    // Nor by another name: a hard link to the assessment as the backup's place.
    fs::remove_file(dir.path().join("notes.md.1.bak")).unwrap();
    fs::hard_link(
        dir.path().join("notes.md.bak"),
        dir.path().join("notes.md.1.bak"),
    )
    .unwrap();
    assert_eq!(code(&run_in(dir.path(), &args)), 0);
    assert_eq!(
        fs::read(dir.path().join("notes.md.1.bak")).unwrap(),
        fs::read(demo_path()).unwrap()
    );
    assert_eq!(fs::read(dir.path().join("notes.md.2.bak")).unwrap(), first);
}

#[test]
fn migrate_with_force_never_writes_over_its_own_input_as_the_backup() {
    let dir = temp_dir();
    fs::copy(demo_path(), dir.path().join("ours.civic.json.bak")).unwrap();
    fs::copy(demo_path(), dir.path().join("ours.civic.json")).unwrap();
    let bank = dir.path().join("bank.json");
    fs::copy(
        crate::util::root().join("questions/civic-impact-framework.json"),
        &bank,
    )
    .unwrap();
    let before = fs::read(dir.path().join("ours.civic.json")).unwrap();
    let output = run_in(
        dir.path(),
        &[
            "migrate",
            "ours.civic.json.bak",
            "--to",
            "bank.json",
            "-o",
            "ours.civic.json",
            "--force",
        ],
    );
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(
        fs::read(dir.path().join("ours.civic.json.bak")).unwrap(),
        fs::read(demo_path()).unwrap(),
        "the input is untouched"
    );
    assert_eq!(
        fs::read(dir.path().join("ours.civic.json.1.bak")).unwrap(),
        before
    );
    assert!(
        stdout(&output).contains("is kept as ours.civic.json.1.bak"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn the_same_file_named_twice_among_an_exports_targets_is_refused() {
    let dir = temp_dir();
    let sub = dir.path().join("dir");
    fs::create_dir(&sub).unwrap();
    fs::copy(demo_path(), sub.join("ours.civic.json")).unwrap();
    let output = run_in(
        &sub,
        &[
            "export",
            "ours.civic.json",
            "-o",
            "z.pdf",
            "--markdown",
            "../dir/z.pdf",
        ],
    );
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains("the same file"),
        "{}",
        stderr(&output)
    );
    assert_eq!(names_in(&sub), ["ours.civic.json"]);
}

#[test]
fn every_backup_is_chosen_before_anything_is_replaced() {
    let dir = temp_dir();
    let args = ["-o", "r.pdf", "--csv", "d.csv"];
    assert_eq!(code(&export(dir.path(), &args)), 0);
    let pdf = fs::read(dir.path().join("r.pdf")).unwrap();
    let csv = fs::read(dir.path().join("d.csv")).unwrap();
    // d.csv's usual backup place cannot take a file: a folder is there.
    fs::create_dir(dir.path().join("d.csv.bak")).unwrap();
    let again = export(dir.path(), &args);
    assert_eq!(code(&again), 0, "{}", stderr(&again));
    assert_eq!(fs::read(dir.path().join("r.pdf.bak")).unwrap(), pdf);
    assert_eq!(fs::read(dir.path().join("d.csv.1.bak")).unwrap(), csv);
    assert!(dir.path().join("d.csv.bak").is_dir());
    assert!(dir.path().join("d-actions.csv.bak").is_file());
}
