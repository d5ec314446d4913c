//! Saving and loading: byte-stable round trips, atomic saves with a backup, a write that fails
//! half-way, and a process killed mid-save (many times, at random moments).

use std::io::{self, BufRead as _, BufReader, Write as _};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use std::{env, fs, thread};

use civic_workbook::model::{Assessment, QuestionId, Response};
use civic_workbook::storage::{Error, JsonDetail, assessment_file, atomic};

use crate::util::{demo, demo_path, framework, temp_dir};

#[test]
fn demo_round_trips_byte_for_byte() {
    let original = fs::read(demo_path()).unwrap();
    let loaded = demo();
    assert_eq!(
        assessment_file::to_bytes(&loaded),
        original,
        "the demo is not in canonical form"
    );
    let again = assessment_file::from_bytes(original, Path::new("demo"), &framework()).unwrap();
    assert_eq!(again, loaded);
}

#[test]
fn unknown_question_ids_are_kept_through_a_save() {
    let dir = temp_dir();
    let path = dir.path().join("kept.civic.json");
    let mut assessment = demo();
    let unknown = QuestionId::new("retired.question");
    assessment.responses.insert(
        unknown.clone(),
        Response {
            narrative: "Written against last year's bank".to_owned(),
            ..Response::default()
        },
    );
    assessment_file::save(&path, &assessment).unwrap();
    let loaded = assessment_file::load(&path, &framework()).unwrap();
    assert_eq!(
        loaded.responses.get(&unknown).map(|r| r.narrative.as_str()),
        Some("Written against last year's bank")
    );
    let fw = framework();
    assert_eq!(
        loaded.unknown_questions(&fw).collect::<Vec<_>>(),
        [&unknown]
    );
}

#[test]
fn save_keeps_the_previous_version_as_backup() {
    let dir = temp_dir();
    let path = dir.path().join("group.civic.json");
    let first = demo();
    let mut second = demo();
    second.institution = "Second save".to_owned();
    assessment_file::save(&path, &first).unwrap();
    assert!(
        !atomic::backup_path(&path).exists(),
        "no backup before there is a previous version"
    );
    assessment_file::save(&path, &second).unwrap();
    let fw = framework();
    assert_eq!(assessment_file::load(&path, &fw).unwrap(), second);
    assert_eq!(
        assessment_file::load(&atomic::backup_path(&path), &fw).unwrap(),
        first
    );
    assert_eq!(
        names_in(dir.path()),
        ["group.civic.json", "group.civic.json.bak"]
    );
}

#[test]
fn write_failing_half_way_leaves_the_old_file_intact() {
    let dir = temp_dir();
    let path = dir.path().join("precious.civic.json");
    assessment_file::save(&path, &demo()).unwrap();
    let before = fs::read(&path).unwrap();
    let mut changed = demo();
    changed.title = "Changed".to_owned();
    let new_bytes = assessment_file::to_bytes(&changed);
    let result = atomic::write_atomic(&path, |out| {
        out.write_all(&new_bytes[..new_bytes.len() / 2])?;
        out.flush()?;
        Err(io::Error::other("disk full"))
    });
    assert_eq!(result.unwrap_err().to_string(), "disk full");
    assert_eq!(fs::read(&path).unwrap(), before);
    assert_eq!(
        names_in(dir.path()),
        ["precious.civic.json"],
        "no temporary file is left behind"
    );
}

#[test]
fn save_into_a_missing_folder_is_a_clear_error() {
    let dir = temp_dir();
    let path = dir.path().join("no-such-folder").join("a.civic.json");
    let err = assessment_file::save(&path, &demo()).unwrap_err();
    assert!(matches!(err, Error::Write { .. }), "{err:#}");
    let message = err.to_string();
    assert!(message.starts_with("could not save ("), "{message}");
    assert!(message.ends_with("a.civic.json"), "{message}");
}

#[cfg(unix)]
#[test]
fn save_keeps_the_file_permissions() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = temp_dir();
    let path = dir.path().join("shared.civic.json");
    assessment_file::save(&path, &demo()).unwrap();
    let fresh = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_ne!(
        fresh & 0o044,
        0,
        "a new file is readable by others as usual, not private: {fresh:o}"
    );
    fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
    assessment_file::save(&path, &demo()).unwrap();
    assert_eq!(
        fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o640
    );
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

const CHILD_ENV: &str = "CIVIC_WORKBOOK_SAVE_LOOP_FILE";

/// Two large, different versions of one assessment, so a save takes long enough to be killed in
/// the middle of it.
fn versions() -> (Assessment, Assessment) {
    let mut old = demo();
    let mut new = demo();
    for (index, response) in new.responses.values_mut().enumerate() {
        response.narrative = format!("Version two, response {index}. ").repeat(500);
    }
    "Version one".clone_into(&mut old.title);
    "Version two".clone_into(&mut new.title);
    (old, new)
}

/// Not a test: the child process of `killed_mid_save_always_leaves_old_or_new`, which saves the
/// two versions in turn until it is killed.
#[test]
#[ignore = "helper process, started by killed_mid_save_always_leaves_old_or_new"]
fn save_loop_child() {
    let Some(path) = env::var_os(CHILD_ENV) else {
        return;
    };
    let (old, new) = versions();
    let mut stdout = io::stdout();
    writeln!(stdout, "saving").unwrap();
    stdout.flush().unwrap();
    // Bounded, so a parent that dies cannot leave it running for long.
    // Start with either version, so kills find both on disk.
    let start = std::process::id() % 2;
    for round in start..2_000 + start {
        let version = if round % 2 == 0 { &new } else { &old };
        assessment_file::save(Path::new(&path), version).unwrap();
    }
}

#[test]
fn killed_mid_save_always_leaves_old_or_new() {
    let dir = temp_dir();
    let path = dir.path().join("killed.civic.json");
    let (old, new) = versions();
    assessment_file::save(&path, &old).unwrap();
    let fw = framework();
    let mut seed = u64::from(
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .subsec_nanos(),
    ) | 1;
    eprintln!("kill test seed {seed}");
    let (mut saw_old, mut saw_new) = (0, 0);
    for _ in 0..30 {
        let mut child = Command::new(env::current_exe().unwrap())
            .args([
                "--exact",
                "storage::save_loop_child",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_ENV, &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // The test harness prints its own lines first.
        let mut reader = BufReader::new(child.stdout.as_mut().unwrap());
        let mut line = String::new();
        while !line.contains("saving") {
            line.clear();
            let read = reader.read_line(&mut line).unwrap();
            assert!(read > 0, "the child ended before it started saving");
        }
        // xorshift: a random moment in the next 0–150 ms.
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        thread::sleep(Duration::from_micros(seed % 150_000));
        child.kill().unwrap(); // SIGKILL on Unix.
        child.wait().unwrap();
        let loaded = assessment_file::load(&path, &fw)
            .unwrap_or_else(|err| panic!("a kill left an unreadable file: {err:#}"));
        if loaded == old {
            saw_old += 1;
        } else if loaded == new {
            saw_new += 1;
        } else {
            panic!("a kill left a file that is neither version");
        }
        let backup = atomic::backup_path(&path);
        if backup.exists() {
            let kept = assessment_file::load(&backup, &fw).expect("the backup always loads");
            assert!(
                kept == old || kept == new,
                "a kill left a backup that is neither version"
            );
        }
    }
    assert_eq!(saw_old + saw_new, 30);
    // Temporary files left by kills that landed mid-write: the interesting cases.
    let interrupted = names_in(dir.path())
        .iter()
        .filter(|n| Path::new(n).extension().is_some_and(|ext| ext == "tmp"))
        .count();
    eprintln!("old {saw_old}, new {saw_new}, interrupted mid-write {interrupted}");
    assert!(
        interrupted > 0 || (saw_old > 0 && saw_new > 0),
        "no kill landed while a save was under way"
    );
}

#[test]
fn a_failure_at_every_step_of_a_save_leaves_the_original() {
    let dir = temp_dir();
    let path = dir.path().join("ours.civic.json");
    fs::write(&path, "the original").unwrap();
    for step in atomic::Step::ALL {
        // A full disk, as the operating system reports it.
        let result = atomic::write_atomic_failing_at(
            &path,
            step,
            || io::Error::from(io::ErrorKind::StorageFull),
            |out| out.write_all(b"the new version"),
        );
        let err = result.expect_err("the injected failure is reported");
        assert_eq!(err.kind(), io::ErrorKind::StorageFull, "{step:?}");
        assert_eq!(
            fs::read_to_string(&path).unwrap(),
            "the original",
            "{step:?}"
        );
        let left: Vec<String> = names_in(dir.path())
            .into_iter()
            .filter(|n| is_temporary(n))
            .collect();
        assert!(left.is_empty(), "{step:?} left {left:?}");
    }
    // And the message a person reads for it names the file and says nothing was written over.
    let err = Error::Write {
        path: path.clone(),
        cause: io::Error::from(io::ErrorKind::StorageFull),
    };
    let message = err.to_string();
    assert!(message.contains("nothing was written over"), "{message}");
    assert!(message.ends_with("ours.civic.json"), "{message}");
    // Without a fault the same call saves, keeping the original as the backup.
    atomic::write_atomic(&path, |out| out.write_all(b"the new version")).unwrap();
    assert_eq!(fs::read_to_string(&path).unwrap(), "the new version");
    assert_eq!(
        fs::read_to_string(atomic::backup_path(&path)).unwrap(),
        "the original"
    );
}

#[test]
fn a_file_whose_name_is_near_the_limit_saves_with_its_backup() {
    let dir = temp_dir();
    // 250 bytes: the longest name most file systems allow is 255.
    let name = format!("{}.civic.json", "ŵ".repeat(120));
    assert_eq!(name.len(), 251);
    let path = dir.path().join(&name);
    let (first, second) = versions();
    assessment_file::save(&path, &first).unwrap();
    assessment_file::save(&path, &second).unwrap();
    assert_eq!(assessment_file::load(&path, &framework()).unwrap(), second);
    assert_eq!(
        assessment_file::load(&atomic::backup_path(&path), &framework()).unwrap(),
        first
    );
}

#[test]
fn a_save_removes_only_its_own_stale_temporary_files() {
    let dir = temp_dir();
    let path = dir.path().join("ours.civic.json");
    let (first, second) = versions();
    assessment_file::save(&path, &first).unwrap();
    // What killed saves left: found by writing one with a fault after it is created.
    let leave_temp = || {
        let staged = atomic::stage(&path, |out| out.write_all(b"half")).unwrap();
        let name = staged.target().to_owned();
        assert_eq!(name, path);
        // Dropping a staged file removes it; a killed process cannot, so keep it as it would be.
        std::mem::forget(staged);
    };
    leave_temp();
    leave_temp();
    let temps: Vec<String> = names_in(dir.path())
        .into_iter()
        .filter(|n| is_temporary(n))
        .collect();
    assert_eq!(temps.len(), 2, "{temps:?}");
    // One is old, one is from a save that might still be under way; plus someone else's files.
    let old = SystemTime::now() - atomic::STALE_AFTER - Duration::from_mins(1);
    let stale = dir.path().join(&temps[0]);
    fs::File::options()
        .write(true)
        .open(&stale)
        .unwrap()
        .set_modified(old)
        .unwrap();
    for other in [".other.civic.json~00000000.abcdef.tmp", "notes.tmp"] {
        let other = dir.path().join(other);
        fs::write(&other, "not ours").unwrap();
        fs::File::options()
            .write(true)
            .open(&other)
            .unwrap()
            .set_modified(old)
            .unwrap();
    }
    assessment_file::save(&path, &second).unwrap();
    let names = names_in(dir.path());
    assert!(
        !names.contains(&temps[0]),
        "the stale one is gone: {names:?}"
    );
    assert!(names.contains(&temps[1]), "a recent one stays: {names:?}");
    assert!(names.contains(&".other.civic.json~00000000.abcdef.tmp".to_owned()));
    assert!(names.contains(&"notes.tmp".to_owned()));
}

/// Whether a file name is one of the save's temporary files.
fn is_temporary(name: &str) -> bool {
    Path::new(name)
        .extension()
        .is_some_and(|extension| extension == "tmp")
}

/// A small tmpfs mounted for one test and unmounted when dropped: a disk that really fills.
/// Mounting needs root with the right to mount; `.ci/run` checks that it has it and then sets
/// `CIVIC_WORKBOOK_TMPFS`, so the test cannot pass there without a real full disk. Elsewhere,
/// `mount` says why not and the injected full-disk writer
/// (`a_failure_at_every_step_of_a_save_leaves_the_original`) is what covers a full disk.
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    fn mount(bytes: u64) -> Result<Self, String> {
        let dir = temp_dir();
        let output = Command::new("mount")
            .args([
                "-t",
                "tmpfs",
                "-o",
                &format!("size={bytes},mode=0755"),
                "tmpfs",
            ])
            .arg(dir.path())
            .output()
            .map_err(|err| err.to_string())?;
        if output.status.success() {
            Ok(Self { dir })
        } else {
            Err(String::from_utf8_lossy(&output.stderr).trim().to_owned())
        }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Fills the disk with one file, then frees `free` bytes of it.
    fn fill_leaving(&self, free: u64) {
        let filler = self.path().join("filler");
        let mut file = fs::File::create(&filler).unwrap();
        let block = vec![b'x'; 4096];
        while file.write_all(&block).is_ok() {}
        drop(file);
        let len = fs::metadata(&filler).unwrap().len();
        fs::OpenOptions::new()
            .write(true)
            .open(&filler)
            .unwrap()
            .set_len(len.saturating_sub(free))
            .unwrap();
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}

#[test]
fn on_a_disk_that_is_really_full_saves_and_exports_lose_nothing() {
    let disk = match SmallDisk::mount(256 * 1024) {
        Ok(disk) => disk,
        // CI sets this when it could mount one itself: then a failure here is a failure.
        Err(why) if env::var_os("CIVIC_WORKBOOK_TMPFS").is_some() => {
            panic!("this machine mounts a tmpfs, but the test could not: {why}")
        }
        Err(why) => {
            eprintln!("no tmpfs on this machine ({why}); the injected full disk covers it");
            return;
        }
    };
    let path = disk.path().join("ours.civic.json");
    let original = fs::read(demo_path()).unwrap();
    fs::write(&path, &original).unwrap();
    disk.fill_leaving(8 * 1024);

    // A save that does not fit: the original stays, nothing of the attempt is left.
    let mut bigger = demo();
    bigger.title = "A much longer title ".repeat(2_000);
    let err = assessment_file::save(&path, &bigger).expect_err("the disk is full");
    let message = err.to_string();
    assert!(message.contains("nothing was written over"), "{message}");
    assert_eq!(fs::read(&path).unwrap(), original);
    assert_eq!(names_in(disk.path()), ["filler", "ours.civic.json"]);

    // An export of the PDF, CSVs and Markdown where only the small files would fit: none is
    // written, and the message says so.
    let output = crate::util::run_in(
        disk.path(),
        &[
            "export",
            "ours.civic.json",
            "--csv",
            "data.csv",
            "--markdown",
            "notes.md",
            "-o",
            "report.pdf",
        ],
    );
    let stderr = crate::util::stderr(&output);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("nothing was exported"), "{stderr}");
    assert_eq!(names_in(disk.path()), ["filler", "ours.civic.json"]);
    assert_eq!(fs::read(&path).unwrap(), original);

    // With room again, the same save works and keeps the original as its backup.
    fs::remove_file(disk.path().join("filler")).unwrap();
    assessment_file::save(&path, &bigger).unwrap();
    assert_eq!(fs::read(atomic::backup_path(&path)).unwrap(), original);
}

#[test]
fn a_checked_commit_that_the_check_refuses_renames_nothing_and_leaves_no_temporary_file() {
    let dir = temp_dir();
    let path = dir.path().join("shared.civic.json");
    fs::write(&path, "theirs").unwrap();
    let staged = atomic::stage(&path, |out| out.write_all(b"mine")).unwrap();
    let mut seen = None;
    let err = staged
        .commit_checked(atomic::Backup::Keep, |target| {
            seen = Some(target.to_owned());
            Err(io::Error::other("changed by someone else"))
        })
        .unwrap_err();
    assert_eq!(err.to_string(), "changed by someone else");
    assert_eq!(
        seen.as_deref(),
        Some(path.as_path()),
        "the check sees the target"
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), "theirs");
    assert_eq!(names_in(dir.path()), ["shared.civic.json"]);

    // A check that passes lets the commit go ahead, backup and all.
    let staged = atomic::stage(&path, |out| out.write_all(b"mine")).unwrap();
    staged
        .commit_checked(atomic::Backup::Keep, |target| {
            assert_eq!(fs::read_to_string(target)?, "theirs");
            Ok(())
        })
        .unwrap();
    assert_eq!(fs::read_to_string(&path).unwrap(), "mine");
    assert_eq!(
        names_in(dir.path()),
        ["shared.civic.json", "shared.civic.json.bak"]
    );
}

#[test]
fn a_save_over_a_backup_linked_to_the_file_itself_leaves_no_temporary_file() {
    // What two racing saves make: the backup a second link to the file being saved, so the
    // rename of the staged backup over it does nothing.
    let dir = temp_dir();
    let path = dir.path().join("group.civic.json");
    fs::write(&path, "first").unwrap();
    fs::hard_link(&path, atomic::backup_path(&path)).unwrap();
    atomic::write_atomic(&path, |out| out.write_all(b"second")).unwrap();
    assert_eq!(fs::read_to_string(&path).unwrap(), "second");
    assert_eq!(
        fs::read_to_string(atomic::backup_path(&path)).unwrap(),
        "first"
    );
    assert_eq!(
        names_in(dir.path()),
        ["group.civic.json", "group.civic.json.bak"]
    );
}

#[test]
fn a_save_never_replaces_a_backup_that_is_not_an_assessment() {
    let dir = temp_dir();
    let path = dir.path().join("group.civic.json");
    let first = demo();
    let mut second = demo();
    second.institution = "Second save".to_owned();
    assessment_file::save(&path, &first).unwrap();
    fs::write(atomic::backup_path(&path), "someone's notes").unwrap();
    assessment_file::save(&path, &second).unwrap();
    assert_eq!(
        fs::read_to_string(atomic::backup_path(&path)).unwrap(),
        "someone's notes"
    );
    let fw = framework();
    let numbered = dir.path().join("group.civic.json.1.bak");
    assert_eq!(assessment_file::load(&numbered, &fw).unwrap(), first);
    // The numbered backup holds an assessment, so the next save replaces it.
    assessment_file::save(&path, &first).unwrap();
    assert_eq!(assessment_file::load(&numbered, &fw).unwrap(), second);
    assert_eq!(
        names_in(dir.path()),
        [
            "group.civic.json",
            "group.civic.json.1.bak",
            "group.civic.json.bak"
        ]
    );
}

#[test]
fn creating_a_file_that_is_there_fails_and_leaves_no_temporary_file() {
    let dir = temp_dir();
    let path = dir.path().join("new.civic.json");
    assessment_file::create_new(&path, &demo()).unwrap();
    fs::write(&path, "made by someone else meanwhile").unwrap();
    let err = assessment_file::create_new(&path, &demo()).unwrap_err();
    assert!(matches!(err, Error::AlreadyExists { .. }), "{err:?}");
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        "made by someone else meanwhile"
    );
    assert_eq!(names_in(dir.path()), ["new.civic.json"]);
}

// Issue 22 (scale): reading stays linear and its errors say what is wrong in people's words.

/// A format 3 file whose first question holds `items` pieces of evidence, with ids `e-0`,
/// `e-1`, …, and then one more with `last_id`.
fn with_many_ids(items: usize, last_id: &str) -> String {
    let mut evidence: Vec<serde_json::Value> = (0..items)
        .map(|i| serde_json::json!({"id": format!("e-{i}"), "title": "Minutes"}))
        .collect();
    evidence.push(serde_json::json!({"id": last_id, "title": "Minutes"}));
    serde_json::json!({
        "format_version": 3,
        "framework": {"id": "civic-impact-framework"},
        "responses": {"economy.prosperity": {"evidence": evidence}},
    })
    .to_string()
}

#[test]
fn many_items_with_ids_load_and_a_repeated_id_among_them_is_refused() {
    let path = Path::new("many.civic.json");
    let text = with_many_ids(80_000, "e-80000");
    let loaded = assessment_file::parse(&text, path, &framework()).unwrap();
    let evidence = &loaded.responses[&QuestionId::new("economy.prosperity")].evidence;
    assert_eq!(evidence.len(), 80_001);
    assert_eq!(evidence[79_999].id.as_str(), "e-79999");
    let text = with_many_ids(80_000, "e-12345");
    let err = assessment_file::parse(&text, path, &framework()).unwrap_err();
    assert!(
        err.to_string().contains("have the id \"e-12345\""),
        "{err:#}"
    );
}

#[test]
fn many_identical_items_without_ids_are_numbered_as_before() {
    // Format 1 files have no ids: 5,000 empty pieces of evidence all read alike, and each gets
    // the id derived from the seed and how many before it read alike, as ever.
    let evidence = vec![serde_json::json!({}); 5_000];
    let text = serde_json::json!({
        "format_version": 1,
        "framework": {"id": "civic-impact-framework"},
        "responses": {"economy.prosperity": {"evidence": evidence}},
    })
    .to_string();
    let loaded = assessment_file::parse(&text, Path::new("old.civic.json"), &framework()).unwrap();
    let evidence = &loaded.responses[&QuestionId::new("economy.prosperity")].evidence;
    let seed = "economy.prosperity\0evidence title\0";
    for (n, item) in evidence.iter().enumerate() {
        let expected = civic_workbook::model::ItemId::derived(
            civic_workbook::model::ItemKind::Evidence,
            &format!("{seed}\0{n}"),
        );
        assert_eq!(item.id, expected, "item {n}");
    }
}

#[test]
#[cfg(unix)]
fn a_link_to_a_missing_file_names_where_it_points() {
    let dir = temp_dir();
    let path = dir.path().join("link.civic.json");
    std::os::unix::fs::symlink("../elsewhere/gone.civic.json", &path).unwrap();
    let err = assessment_file::load(&path, &framework()).unwrap_err();
    let Error::DanglingLink { target, .. } = &err else {
        panic!("not a dangling link: {err:#}");
    };
    assert_eq!(target, Path::new("../elsewhere/gone.civic.json"));
    assert!(
        err.to_string().starts_with(
            "the file is a link to ../elsewhere/gone.civic.json, which is not there: "
        ),
        "{err:#}"
    );
    assert!(
        err.for_people()
            .contains("link to ../elsewhere/gone.civic.json, which is not there"),
        "{}",
        err.for_people()
    );
    // A plain missing file is still just missing.
    let err = assessment_file::load(&dir.path().join("none.civic.json"), &framework()).unwrap_err();
    assert!(matches!(err, Error::NotFound { .. }), "{err:#}");
}

#[test]
fn a_lone_surrogate_is_a_broken_character_escape_at_its_place() {
    let text = "{\"format_version\": 3,\n \"framework\": {\"id\": \"civic-impact-framework\"},\n \"title\": \"Cwm \\ud800 Tawe\"}";
    let err = assessment_file::parse(text, Path::new("s.civic.json"), &framework()).unwrap_err();
    let Error::Json {
        line,
        column,
        problem,
        ..
    } = &err
    else {
        panic!("not a JSON error: {err:#}");
    };
    assert_eq!(*problem, civic_workbook::storage::JsonProblem::BrokenEscape);
    assert_eq!((*line, *column), (3, 22), "{err:#}");
    assert!(
        err.to_string().contains("broken character escape"),
        "{err:#}"
    );
    assert!(
        err.for_people().contains("broken character escape"),
        "{}",
        err.for_people()
    );
    // An ordinary syntax error near an escape that is whole is not one.
    let text = "{\"format_version\": 3, \"title\": \"a\\u00e9\" x}";
    let err = assessment_file::parse(text, Path::new("s.civic.json"), &framework()).unwrap_err();
    assert!(
        matches!(
            err,
            Error::Json {
                problem: civic_workbook::storage::JsonProblem::Syntax,
                ..
            }
        ),
        "{err:#}"
    );
    // A file cut off is said to be cut off, from its kind and not its words.
    let text = "{\"format_version\": 3, \"title\": \"a";
    let err = assessment_file::parse(text, Path::new("s.civic.json"), &framework()).unwrap_err();
    assert!(
        err.for_people().starts_with("This file is cut off"),
        "{}",
        err.for_people()
    );
}

#[test]
fn a_phase_as_a_decimal_is_refused_in_words() {
    for version in [1, 2, 3] {
        let text = format!(
            "{{\"format_version\": {version}, \"framework\": {{\"id\": \"civic-impact-framework\"}},\n\"responses\": {{\"economy.prosperity\": {{\"phase\": 4.0}}}}}}"
        );
        let err =
            assessment_file::parse(&text, Path::new("p.civic.json"), &framework()).unwrap_err();
        let message = err.to_string();
        assert!(
            message.contains("phase 4.0 cannot be read: a phase is a whole number from 1 to 6"),
            "version {version}: {message}"
        );
        assert!(matches!(err, Error::Json { line: 2, .. }), "{message}");
    }
    let text = "{\"format_version\": 2, \"framework\": {\"id\": \"civic-impact-framework\"}, \"responses\": {\"economy.prosperity\": {\"ratings\": {\"Siân\": 3.5}}}}";
    let err = assessment_file::parse(text, Path::new("p.civic.json"), &framework()).unwrap_err();
    assert!(
        err.to_string().contains("phase 3.5 cannot be read"),
        "{err:#}"
    );
}

/// Runs of two or more ASCII letters left in `text` once every value it carries is taken out
/// (and every name in backticks, a field of the file): words that did not come from the
/// catalogue.
fn plain_words(text: &str, carried: &[&str]) -> Vec<String> {
    let mut rest = text.to_owned();
    for value in carried {
        rest = rest.replace(value, " ");
    }
    // Names in backticks are the file's own fields.
    let rest: String = rest
        .split('`')
        .enumerate()
        .filter(|(i, _)| i % 2 == 0)
        .map(|(_, part)| part)
        .collect::<Vec<_>>()
        .join(" ");
    rest.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|word| word.len() >= 2)
        .map(str::to_owned)
        .collect()
}

/// One I/O error of each kind the workbook words, and one of each of its own refusals.
fn io_causes(path: &Path) -> Vec<io::Error> {
    use civic_workbook::storage::Refusal;
    use std::sync::Arc;

    let path = path.to_owned();
    Vec::from([
        io::Error::from(io::ErrorKind::NotFound),
        io::Error::from(io::ErrorKind::PermissionDenied),
        io::Error::from(io::ErrorKind::StorageFull),
        io::Error::from(io::ErrorKind::ReadOnlyFilesystem),
        io::Error::from(io::ErrorKind::AlreadyExists),
        io::Error::from(io::ErrorKind::IsADirectory),
        Refusal::Folder.into_io(),
        Refusal::NotWrittenThere(Box::new(Refusal::NotRegular)).into_io(),
        Refusal::NoFileName.into_io(),
        Refusal::NoBackupName { tries: 1000 }.into_io(),
        Refusal::ExportOverInput.into_io(),
        Refusal::SameTarget.into_io(),
        Refusal::MadeFrom.into_io(),
        Refusal::NotAnAssessment.into_io(),
        Refusal::Changed.into_io(),
        Refusal::Unreadable(Arc::new(Error::NotFound { path: path.clone() })).into_io(),
    ])
}

/// One JSON detail of each kind.
fn json_details() -> Vec<JsonDetail> {
    use civic_workbook::storage::{Expected, Found, ItemKind};

    vec![
        JsonDetail::Empty,
        JsonDetail::NotAnObject,
        JsonDetail::CutOff,
        JsonDetail::TrailingComma,
        JsonDetail::TooDeep,
        JsonDetail::Syntax,
        JsonDetail::BrokenEscape,
        JsonDetail::RepeatedKey {
            key: "fieldx".to_owned(),
        },
        JsonDetail::UnknownField {
            field: "fieldx".to_owned(),
            expected: &["fieldx", "fieldx"],
        },
        JsonDetail::UnknownField {
            field: "fieldx".to_owned(),
            expected: &["fieldx"],
        },
        JsonDetail::MissingField { field: "fieldx" },
        JsonDetail::DuplicateField { field: "fieldx" },
        JsonDetail::InvalidType {
            found: Found::Boolean(true),
            expected: Expected::Described("valuex".to_owned()),
        },
        JsonDetail::InvalidType {
            found: Found::Integer("7".to_owned()),
            expected: Expected::Described("valuex".to_owned()),
        },
        JsonDetail::InvalidValue {
            found: Found::Number("4.5".to_owned()),
            expected: Expected::Described("valuex".to_owned()),
        },
        JsonDetail::InvalidValue {
            found: Found::Text("valuex".to_owned()),
            expected: Expected::Described("valuex".to_owned()),
        },
        JsonDetail::InvalidType {
            found: Found::Null,
            expected: Expected::Described("valuex".to_owned()),
        },
        JsonDetail::InvalidType {
            found: Found::List,
            expected: Expected::Described("valuex".to_owned()),
        },
        JsonDetail::InvalidType {
            found: Found::Object,
            expected: Expected::Described("valuex".to_owned()),
        },
        JsonDetail::InvalidLength {
            length: 3,
            expected: Expected::Described("valuex".to_owned()),
        },
        JsonDetail::UnknownVariant {
            variant: "valuex".to_owned(),
            expected: &["valuex", "valuex", "valuex"],
        },
        JsonDetail::BadFormatVersion {
            found: "0".to_owned(),
        },
        JsonDetail::NotATimestamp {
            text: "valuex".to_owned(),
        },
        JsonDetail::TwoResponses {
            question: "fieldx".to_owned(),
        },
        JsonDetail::NotAPhase {
            found: "4.0".to_owned(),
        },
        JsonDetail::PhaseOutOfRange { phase: 9 },
        JsonDetail::BadItemId {
            id: "valuex".to_owned(),
            max: 64,
        },
        JsonDetail::SameItemId {
            kind: ItemKind::Evidence,
            id: "valuex".to_owned(),
        },
        JsonDetail::SameItemId {
            kind: ItemKind::Actions,
            id: "valuex".to_owned(),
        },
    ]
}

/// A JSON error of every problem, document and detail.
fn json_errors(path: &Path) -> Vec<Error> {
    use civic_workbook::storage::{Document, JsonProblem};

    let mut errors = Vec::new();
    for problem in [
        JsonProblem::CutOff,
        JsonProblem::BrokenEscape,
        JsonProblem::Syntax,
        JsonProblem::Shape,
    ] {
        for what in [
            Document::Assessment,
            Document::FrameworkBank,
            Document::MigrationMap,
        ] {
            for detail in json_details() {
                errors.push(Error::Json {
                    what,
                    path: path.to_owned(),
                    line: 3,
                    column: 14,
                    problem,
                    detail: detail.clone(),
                });
            }
        }
    }
    errors
}

/// One storage error of each kind, with each detail and cause.
fn every_error(path: &Path, other: &Path) -> Vec<Error> {
    use civic_workbook::storage::export_file::{Existing, ExportKind};
    use std::path::PathBuf;

    let path = path.to_owned();
    let other = other.to_owned();
    let io_causes = || io_causes(&path);
    let mut errors = vec![
        Error::NotFound { path: path.clone() },
        Error::DanglingLink {
            path: path.clone(),
            target: PathBuf::from("/data/gone.civic.json"),
        },
        Error::TooLarge {
            path: path.clone(),
            size: 40_000_000,
            limit: 33_554_432,
        },
        Error::NotUtf8 {
            path: path.clone(),
            line: 2,
            column: 5,
        },
        Error::NoFormatVersion { path: path.clone() },
        Error::NewerFormat {
            path: path.clone(),
            found: 9,
            supported: 3,
        },
        Error::WrongFramework {
            path: path.clone(),
            found: "framework-a".to_owned(),
            expected: "framework-b".to_owned(),
        },
        Error::InvalidFramework {
            path: path.clone(),
            problems: vec![
                civic_workbook::storage::BankProblem::Schema {
                    found: 9,
                    supported: 1,
                }
                .to_string(),
            ],
        },
        Error::AlreadyExists { path: path.clone() },
        Error::SameFileTwice {
            path: path.clone(),
            first: other.clone(),
        },
        Error::NotAFileName {
            path: PathBuf::from("/data/"),
            kind: ExportKind::Pdf,
        },
    ];
    for (count, own) in [(1, false), (2, true)] {
        errors.push(Error::WouldReplace {
            files: (0..count)
                .map(|_| Existing {
                    path: path.clone(),
                    own,
                })
                .collect(),
        });
    }
    for count in [1, 2] {
        errors.push(Error::CatalogueThere {
            files: vec![path.clone(); count],
        });
    }
    errors.extend(json_errors(&path));
    for cause in io_causes() {
        errors.push(Error::Read {
            path: path.clone(),
            cause,
        });
    }
    for cause in io_causes() {
        errors.push(Error::Write {
            path: path.clone(),
            cause,
        });
    }
    for cause in io_causes() {
        errors.push(Error::NotExported {
            path: path.clone(),
            cause,
        });
    }
    for (written, not_written) in [(0, 0), (1, 0), (0, 2), (2, 1)] {
        errors.push(Error::ExportedInPart {
            written: vec![path.clone(); written],
            path: other.clone(),
            not_written: vec![path.clone(); not_written],
            cause: io::Error::from(io::ErrorKind::StorageFull),
        });
    }
    errors
}

#[test]
fn every_storage_error_is_worded_from_the_catalogue() {
    use civic_workbook::i18n::{self, Lang};
    use civic_workbook::storage::{Expected, Found};

    let _lang = i18n::scoped(Lang::Pseudo);
    let path = Path::new("/data/uni.civic.json");
    let other = Path::new("/data/copy.civic.json");
    let carried = [
        "/data/uni.civic.json",
        "/data/copy.civic.json",
        "/data/gone.civic.json",
        "fieldx",
        "valuex",
        "framework-a",
        "framework-b",
        "/data/",
        // A JSON value as the file has it.
        "`true`",
    ];
    let errors = every_error(path, other);
    for err in &errors {
        for text in [err.to_string(), err.for_people()] {
            let words = plain_words(&text, &carried);
            assert!(words.is_empty(), "{words:?} in {text} ({err:?})");
            assert!(text.contains('⟦'), "{text}");
        }
    }
    for expected in [
        Expected::Boolean,
        Expected::WholeNumber,
        Expected::Number,
        Expected::Character,
        Expected::Text,
        Expected::Null,
        Expected::List,
        Expected::Object,
    ] {
        let text = JsonDetail::InvalidType {
            found: Found::Character('x'),
            expected,
        }
        .to_string();
        let words = plain_words(&text, &[]);
        assert!(words.is_empty(), "{words:?} in {text}");
    }
    // And as they come from reading files.
    let dir = temp_dir();
    for (name, text) in [
        ("empty.civic.json", ""),
        ("list.civic.json", "[1]"),
        ("cut.civic.json", "{\"format_version\": 3, "),
        ("comma.civic.json", "{\"format_version\": 3,}"),
        (
            "unknown.civic.json",
            "{\"format_version\": 3, \"fieldx\": 1}",
        ),
        ("version.civic.json", "{\"format_version\": \"valuex\"}"),
        (
            "type.civic.json",
            "{\"format_version\": 3, \"institution\": 7}",
        ),
    ] {
        let file = dir.path().join(name);
        fs::write(&file, text).unwrap();
        let err = assessment_file::load(&file, &framework()).unwrap_err();
        let file = file.display().to_string();
        for text in [err.to_string(), err.for_people()] {
            let words = plain_words(&text, &[&file, "fieldx", "valuex"]);
            assert!(words.is_empty(), "{words:?} in {text} ({err:?})");
        }
    }
}

#[test]
fn json_errors_carry_their_kind_from_the_reader_not_its_words() {
    use civic_workbook::storage::{Found, JsonDetail, JsonProblem};

    let dir = temp_dir();
    let load = |name: &str, text: &str| {
        let file = dir.path().join(name);
        fs::write(&file, text).unwrap();
        assessment_file::load(&file, &framework()).unwrap_err()
    };
    let err = load(
        "unknown.civic.json",
        "{\"format_version\": 3, \"narative\": 1}",
    );
    assert!(
        matches!(
            &err,
            Error::Json { problem: JsonProblem::Shape, detail: JsonDetail::UnknownField { field, .. }, line: 1, .. }
                if field == "narative"
        ),
        "{err:?}"
    );
    let err = load(
        "type.civic.json",
        "{\"format_version\": 3,\n \"institution\": 7}",
    );
    assert!(
        matches!(
            &err,
            Error::Json { detail: JsonDetail::InvalidType { found: Found::Integer(n), .. }, line: 2, .. }
                if n == "7"
        ),
        "{err:?}"
    );
    let err = load("comma.civic.json", "{\"format_version\": 3,\n}");
    assert!(
        matches!(
            &err,
            Error::Json {
                problem: JsonProblem::Syntax,
                detail: JsonDetail::TrailingComma,
                line: 2,
                ..
            }
        ),
        "{err:?}"
    );
    let err = load("cut.civic.json", "{\"format_version\": 3");
    assert!(
        matches!(
            &err,
            Error::Json {
                problem: JsonProblem::CutOff,
                detail: JsonDetail::CutOff,
                ..
            }
        ),
        "{err:?}"
    );
    // A path holding ": " is named whole, and the message for people leaves it out.
    let odd = dir.path().join("a: b.civic.json");
    let err = assessment_file::load(&odd, &framework()).unwrap_err();
    assert!(err.to_string().ends_with("a: b.civic.json"), "{err}");
    assert!(!err.for_people().contains("a: b"), "{}", err.for_people());
}

#[test]
fn a_folder_of_corrections_is_read_by_the_catalogues_names_only() {
    use civic_workbook::i18n::{CorrectionKind, Lang};
    use civic_workbook::storage::catalogue_files::{self, Problem};

    let dir = temp_dir();
    let written = catalogue_files::write(Lang::Cy, dir.path()).unwrap();
    assert_eq!(written.len(), 10);
    fs::write(dir.path().join("notes.txt"), "x").unwrap();
    // The system's and editors' hidden files are passed over in silence.
    fs::write(dir.path().join(".DS_Store"), "x").unwrap();
    fs::write(dir.path().join("pdf.ftl"), b"pdf-title = \xff\n").unwrap();
    let (files, problems) = catalogue_files::read(dir.path());
    let names: Vec<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(names.len(), 9, "{names:?}");
    assert!(!names.contains(&"pdf.ftl"), "{names:?}");
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(problems.iter().any(|p| matches!(
        p,
        Problem::Message { path, problem }
            if problem.kind == CorrectionKind::UnknownFile && path.ends_with("notes.txt")
    )));
    assert!(
        problems
            .iter()
            .any(|p| matches!(p, Problem::Unreadable(Error::NotUtf8 { line: 1, .. })))
    );

    // Written again, nothing is replaced and every file there is named.
    match catalogue_files::write(Lang::Cy, dir.path()) {
        Err(Error::CatalogueThere { files }) => assert_eq!(files.len(), 10),
        other => panic!("{other:?}"),
    }
    // A folder that is not there is one problem, and no files.
    let (files, problems) = catalogue_files::read(&dir.path().join("nowhere"));
    assert!(files.is_empty());
    assert!(
        matches!(
            problems.as_slice(),
            [Problem::Unreadable(Error::NotFound { .. })]
        ),
        "{problems:#?}"
    );
}
