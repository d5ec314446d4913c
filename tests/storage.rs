//! Saving and loading: byte-stable round trips, atomic saves with a backup, a write that fails
//! half-way, and a process killed mid-save (many times, at random moments).

use std::io::{self, BufRead as _, BufReader, Write as _};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use std::{env, fs, thread};

use civic_workbook::model::{Assessment, QuestionId, Response};
use civic_workbook::storage::{Error, assessment_file, atomic};

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
