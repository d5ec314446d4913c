//! Presence files: who else has an assessment open. While the app has a file open it keeps a
//! small note beside it saying who (the person's name and machine), since when, its process id
//! and when it last refreshed the note (every [`REFRESH_SECS`]); it removes the note on closing.
//! Opening a file reads the notes beside it, so the app can say who has had it open since when
//! and on which machine, as `LibreOffice` and Word do.
//!
//! **One note per opening, named after the assessment.** The note of `NAME.civic.json` is
//! `.NAME@HASH.TAG.civic-presence`: a leading dot hides it on Linux and macOS; `NAME` (cut to
//! 24 bytes) says whose note it is and `HASH` tells long names apart, as `atomic` does for
//! temporary names; `TAG` is different for every opening (a hash of the machine's name, the
//! process id and a counter). The suffix `.civic-presence` is ours alone: no other program
//! writes it, and our dialogs and scans look only for `.civic.json`.
//!
//! Why not `LibreOffice`'s `.~lock.NAME#` or Word's `~$NAME`? Those notes must reach the other
//! machines, and sync clients skip such names as temporary files (`Dropbox` lists both `~$` and
//! `.~` names among the files it does not sync; `OneDrive` and `SharePoint` refuse `~$` names).
//! Why not one shared note, as `LibreOffice` has? On a synced folder two machines writing one file
//! is exactly what makes a sync client keep both as a conflict copy (`NAME-MACHINE…`). Here
//! each note is written by one machine only, so there is nothing to conflict; and should a sync
//! client copy one anyway, the copy still ends in `.civic-presence`, never `.civic.json`, so it
//! can never be taken for a copy of the assessment. Several people are several notes.
//!
//! **Stale notes never lock anyone out.** A note is stale when it has not been refreshed for
//! [`STALE_SECS`] (the app died, the laptop slept, the network went), or when it was written on
//! this machine by a process that is gone (on Linux, `/proc/PID` is checked; elsewhere the
//! refresh time alone decides). A note that cannot be read or makes no sense counts as stale: it
//! never blocks opening. The assessment itself is never touched here.
//!
//! The parts that decide (parsing, staleness, names) take the time and the process check as
//! arguments, so they are tested without a clock; only [`write()`], [`remove`], [`others`] and
//! [`Identity::of_this_process`] touch the system.

use std::ffi::OsString;
use std::fs;
use std::io::{self, Read as _};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::Error;
use super::atomic::{fnv1a, shortened, write_atomic_advisory};

/// How often (seconds) an open file's note is rewritten.
pub const REFRESH_SECS: f64 = 30.0;
/// A note not refreshed for this long (seconds) is stale: four refreshes missed.
pub const STALE_SECS: i64 = 120;
/// The end of every presence note's name.
pub const SUFFIX: &str = ".civic-presence";
/// The format of the note, written in it so a later version can tell.
const FORMAT: u32 = 1;
/// How much of the assessment's name the note's name repeats, in bytes.
const NAME_IN_NOTE: usize = 24;
/// A note is a few hundred bytes; anything larger is not ours and is not read.
const MAX_NOTE_BYTES: u64 = 4096;
/// The longest name or machine name shown, in characters: a note is someone else's file.
const MAX_SHOWN_CHARS: usize = 80;

/// Who this opening is: the person, the machine and the process.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Identity {
    /// The person's real name where the system has one, else their login; may be empty.
    pub name: String,
    /// The machine's name; may be empty.
    pub host: String,
    /// The process id.
    pub pid: u32,
    /// Tells apart openings within one process (one per app; several in tests).
    pub session: u32,
}

/// The last [`Identity::session`] given out.
static LAST_SESSION: AtomicU32 = AtomicU32::new(0);

impl Identity {
    /// This process, with a session of its own: the person's real name (or login) and the
    /// machine's name as the operating system tells them.
    pub fn of_this_process() -> Self {
        let real = whoami::fallible::realname().unwrap_or_default();
        // Some systems keep "name,room,phone" in the real-name field.
        let real = real.split(',').next().unwrap_or_default().trim().to_owned();
        let name = if real.is_empty() {
            whoami::fallible::username().unwrap_or_default()
        } else {
            real
        };
        let host = whoami::fallible::hostname().unwrap_or_default();
        Self {
            name: clean(&name),
            host: clean(&host),
            pid: std::process::id(),
            session: LAST_SESSION.fetch_add(1, Ordering::Relaxed) + 1,
        }
    }
}

/// What a presence note says.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Presence {
    /// The note's format.
    pub presence: u32,
    /// The person (see [`Identity::name`]).
    pub name: String,
    /// Their machine.
    pub host: String,
    /// Their process.
    pub pid: u32,
    /// Their opening within that process.
    pub session: u32,
    /// When they opened the file (UTC).
    #[serde(with = "time::serde::rfc3339")]
    pub since: OffsetDateTime,
    /// When the note was last written (UTC).
    #[serde(with = "time::serde::rfc3339")]
    pub refreshed: OffsetDateTime,
}

impl Presence {
    /// The note `me` writes, opened `since`, refreshed `now`.
    pub fn new(me: &Identity, since: OffsetDateTime, now: OffsetDateTime) -> Self {
        Self {
            presence: FORMAT,
            name: me.name.clone(),
            host: me.host.clone(),
            pid: me.pid,
            session: me.session,
            since,
            refreshed: now,
        }
    }

    /// Reads a note; `None` for anything that is not one (it then counts as stale). Names are
    /// kept short and free of control characters: a note is someone else's file.
    pub fn parse(text: &str) -> Option<Self> {
        let mut note: Self = serde_json::from_str(text).ok()?;
        if note.presence == 0 {
            return None;
        }
        note.name = clean(&note.name);
        note.host = clean(&note.host);
        Some(note)
    }

    /// Whether this note is `me`'s own.
    pub fn is_mine(&self, me: &Identity) -> bool {
        self.host == me.host && self.pid == me.pid && self.session == me.session
    }

    /// Whether the note no longer means anyone has the file open: not refreshed for
    /// [`STALE_SECS`] at `now`, or written on `me`'s machine by a process that `alive` says is
    /// gone (`alive` answers `None` where it cannot tell).
    pub fn is_stale(
        &self,
        me: &Identity,
        now: OffsetDateTime,
        alive: impl Fn(u32) -> Option<bool>,
    ) -> bool {
        let silent = (now - self.refreshed).whole_seconds() > STALE_SECS;
        let gone = self.host == me.host && alive(self.pid) == Some(false);
        silent || gone
    }
}

/// `text` without control characters, trimmed and cut to [`MAX_SHOWN_CHARS`].
fn clean(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control())
        .take(MAX_SHOWN_CHARS)
        .collect::<String>()
        .trim()
        .to_owned()
}

/// The start of every note's name beside the assessment named `name`.
fn prefix(name: &std::ffi::OsStr) -> OsString {
    let mut prefix = OsString::from(".");
    prefix.push(shortened(name, NAME_IN_NOTE));
    prefix.push(format!("@{:08x}.", fnv1a(name.as_encoded_bytes())));
    prefix
}

/// The note `me` keeps beside `assessment`.
pub fn path_for(assessment: &Path, me: &Identity) -> PathBuf {
    let name = assessment.file_name().unwrap_or_default();
    let mut note = prefix(name);
    note.push(format!(
        "{:08x}-{}-{}{SUFFIX}",
        fnv1a(me.host.as_bytes()),
        me.pid,
        me.session
    ));
    assessment.with_file_name(note)
}

/// Writes (or refreshes) `me`'s note beside `assessment`, atomically; returns where. The note
/// is not flushed to disk: it says who has the file open now, which a power cut ends anyway.
pub fn write(assessment: &Path, me: &Identity, note: &Presence) -> Result<PathBuf, Error> {
    let path = path_for(assessment, me);
    write_atomic_advisory(&path, |out| {
        serde_json::to_writer_pretty(&mut *out, note).map_err(io::Error::from)
    })
    .map_err(|cause| Error::Write {
        path: path.clone(),
        cause,
    })?;
    Ok(path)
}

/// Removes `me`'s note beside `assessment`; one already gone is fine.
pub fn remove(assessment: &Path, me: &Identity) -> Result<(), Error> {
    let path = path_for(assessment, me);
    match fs::remove_file(&path) {
        Ok(()) => Ok(()),
        Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(cause) => Err(Error::Write { path, cause }),
    }
}

/// Whether process `pid` of this machine is running: `None` where that cannot be told without
/// code of our own that is unsafe (everywhere but Linux, where `/proc/PID` is there for each).
pub fn process_alive(pid: u32) -> Option<bool> {
    if cfg!(target_os = "linux") {
        Some(Path::new("/proc").join(pid.to_string()).exists())
    } else {
        None
    }
}

/// The notes of the people who have `assessment` open at `now`, earliest first: not `me`'s
/// own, and none that is stale, unreadable or malformed. A folder that cannot be listed has
/// none.
pub fn others(assessment: &Path, me: &Identity, now: OffsetDateTime) -> Vec<Presence> {
    let (Some(name), Some(folder)) = (assessment.file_name(), assessment.parent()) else {
        return Vec::new();
    };
    let folder = if folder.as_os_str().is_empty() {
        Path::new(".")
    } else {
        folder
    };
    let Ok(entries) = fs::read_dir(folder) else {
        return Vec::new();
    };
    let prefix = prefix(name);
    let mut found: Vec<Presence> = entries
        .flatten()
        .filter(|entry| {
            let name = entry.file_name();
            let bytes = name.as_encoded_bytes();
            bytes.starts_with(prefix.as_encoded_bytes()) && bytes.ends_with(SUFFIX.as_bytes())
        })
        .filter_map(|entry| read_note(&entry.path()))
        .filter(|note| !note.is_mine(me) && !note.is_stale(me, now, process_alive))
        .collect();
    found.sort_by_key(|note| (note.since, note.name.clone()));
    found
}

/// A note's content, if it is a small regular file that reads as one.
fn read_note(path: &Path) -> Option<Presence> {
    let metadata = fs::metadata(path).ok()?;
    if !metadata.is_file() || metadata.len() > MAX_NOTE_BYTES {
        return None;
    }
    let mut text = String::new();
    fs::File::open(path)
        .ok()?
        .take(MAX_NOTE_BYTES)
        .read_to_string(&mut text)
        .ok()?;
    Presence::parse(&text)
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;

    fn me() -> Identity {
        Identity {
            name: "Bryn Evans".to_owned(),
            host: "BRYN-PC".to_owned(),
            pid: 100,
            session: 1,
        }
    }

    fn alys() -> Identity {
        Identity {
            name: "Alys Jones".to_owned(),
            host: "ALYS-LAPTOP".to_owned(),
            pid: 4242,
            session: 1,
        }
    }

    const OPENED: OffsetDateTime = datetime!(2026-03-02 10:02:00 UTC);

    #[test]
    fn a_note_reads_back_as_written() {
        let note = Presence::new(&alys(), OPENED, OPENED);
        let text = serde_json::to_string_pretty(&note).unwrap();
        assert!(
            text.contains("\"since\": \"2026-03-02T10:02:00Z\""),
            "{text}"
        );
        assert_eq!(Presence::parse(&text), Some(note));
    }

    #[test]
    fn anything_else_is_not_a_note() {
        for text in [
            "",
            "{",
            "[]",
            "{\"presence\": 1}",
            "{\"presence\": 0, \"name\": \"A\", \"host\": \"H\", \"pid\": 1, \"session\": 1, \
             \"since\": \"2026-03-02T10:02:00Z\", \"refreshed\": \"2026-03-02T10:02:00Z\"}",
            "{\"presence\": 1, \"name\": \"A\", \"host\": \"H\", \"pid\": -1, \"session\": 1, \
             \"since\": \"2026-03-02T10:02:00Z\", \"refreshed\": \"2026-03-02T10:02:00Z\"}",
            "{\"presence\": 1, \"name\": \"A\", \"host\": \"H\", \"pid\": 1, \"session\": 1, \
             \"since\": \"yesterday\", \"refreshed\": \"2026-03-02T10:02:00Z\"}",
        ] {
            assert_eq!(Presence::parse(text), None, "{text}");
        }
    }

    #[test]
    fn names_from_a_note_are_short_and_plain() {
        let mut note = Presence::new(&alys(), OPENED, OPENED);
        note.name = format!("Alys\u{1b}[31m Jones\n{}", "x".repeat(500));
        let text = serde_json::to_string(&note).unwrap();
        let read = Presence::parse(&text).unwrap();
        assert!(read.name.starts_with("Alys[31m Jones"), "{}", read.name);
        assert_eq!(read.name.chars().count(), MAX_SHOWN_CHARS);
        assert!(!read.name.chars().any(char::is_control));
    }

    #[test]
    fn a_note_goes_stale_two_minutes_after_its_last_refresh() {
        let note = Presence::new(&alys(), OPENED, OPENED);
        let unknown = |_| None;
        assert!(!note.is_stale(&me(), OPENED, unknown));
        assert!(!note.is_stale(&me(), datetime!(2026-03-02 10:04:00 UTC), unknown));
        assert!(note.is_stale(&me(), datetime!(2026-03-02 10:04:01 UTC), unknown));
    }

    #[test]
    fn a_note_of_a_process_gone_from_this_machine_is_stale_at_once() {
        let mut me = me();
        let note = Presence::new(&alys(), OPENED, OPENED);
        // Another machine's process cannot be checked from here: only the refresh time counts.
        assert!(!note.is_stale(&me, OPENED, |_| Some(false)));
        me.host = "ALYS-LAPTOP".to_owned();
        assert!(note.is_stale(&me, OPENED, |pid| Some(pid != 4242)));
        assert!(!note.is_stale(&me, OPENED, |pid| Some(pid == 4242)));
        assert!(!note.is_stale(&me, OPENED, |_| None));
    }

    #[test]
    fn only_the_same_machine_process_and_session_is_mine() {
        let note = Presence::new(&me(), OPENED, OPENED);
        assert!(note.is_mine(&me()));
        for change in [
            |me: &mut Identity| me.host = "OTHER".to_owned(),
            |me: &mut Identity| me.pid += 1,
            |me: &mut Identity| me.session += 1,
        ] {
            let mut other = me();
            change(&mut other);
            assert!(!note.is_mine(&other));
        }
    }

    #[test]
    fn a_note_is_named_after_its_assessment_and_never_as_one() {
        let path = path_for(Path::new("/share/uni.civic.json"), &alys());
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        assert_eq!(path.parent(), Some(Path::new("/share")));
        assert!(name.starts_with(".uni.civic.json@"), "{name}");
        assert!(name.ends_with(SUFFIX), "{name}");
        assert!(!name.ends_with(".civic.json"), "{name}");
        // Each opening has its own note.
        let mut again = alys();
        again.session += 1;
        assert_ne!(path_for(Path::new("/share/uni.civic.json"), &again), path);
        // A long name stays well inside the file system's limit.
        let long = format!("/share/{}.civic.json", "ŵ".repeat(120));
        let name = path_for(Path::new(&long), &alys());
        assert!(name.file_name().unwrap().len() < 100);
    }

    #[test]
    fn others_are_found_beside_the_file_and_the_rest_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("uni.civic.json");
        let now = OPENED;
        write(&file, &alys(), &Presence::new(&alys(), OPENED, now)).unwrap();
        write(&file, &me(), &Presence::new(&me(), OPENED, now)).unwrap();
        let mut old = alys();
        old.host = "OLD-PC".to_owned();
        let long_ago = datetime!(2026-03-02 09:00:00 UTC);
        write(&file, &old, &Presence::new(&old, long_ago, long_ago)).unwrap();
        // A note of another file, and a damaged note of this one.
        write(
            &dir.path().join("other.civic.json"),
            &old,
            &Presence::new(&old, OPENED, now),
        )
        .unwrap();
        let mut damaged = alys();
        damaged.session = 9;
        fs::write(path_for(&file, &damaged), "{\"presence\": 1, \"name\"").unwrap();
        let found = others(&file, &me(), now);
        assert_eq!(found, vec![Presence::new(&alys(), OPENED, now)]);
        remove(&file, &alys()).unwrap();
        remove(&file, &alys()).unwrap();
        assert!(others(&file, &me(), now).is_empty());
        // The assessment was never made or touched.
        assert!(!file.exists());
    }
}
