//! Who else has the open file open: the people the shell found in the presence notes beside a
//! file (see `storage::presence`), the note this app keeps for its own open file, and the
//! sentences that say so, worded here once for the prompt, the read-only bar and the refused
//! save.

use std::path::PathBuf;

use time::OffsetDateTime;

use crate::tr;

/// Someone else who has a file open, as the shell found them in their presence note.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Other {
    /// Their name (the real name where their system has one, else their login); may be empty.
    pub name: String,
    /// Their machine's name; may be empty.
    pub host: String,
    /// Since when, in the person's local time.
    pub since: Since,
}

/// Since when someone has had a file open, in local time (the shell carries it to the
/// person's zone; the words are the core's).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Since {
    /// Earlier today: "10:02".
    Today(time::Time),
    /// On another day: "2 Mar 2026 at 10:02".
    Day(OffsetDateTime),
    /// Not known (a time outside the range the app can show).
    Unknown,
}

impl Since {
    /// In words: "10:02", "2 Mar 2026 at 10:02".
    pub fn words(self) -> String {
        match self {
            Self::Today(at) => super::words::clock(at),
            Self::Day(at) => super::words::date_at_time(at),
            Self::Unknown => tr!("wb-presence-since-unknown"),
        }
    }
}

/// The presence note this app keeps beside its open file while it has it open (not when the
/// file was opened read-only).
#[derive(Clone, Debug, PartialEq)]
pub struct Held {
    /// The open file.
    pub file: PathBuf,
    /// When it was opened here.
    pub since: OffsetDateTime,
    /// When (app clock, seconds) the note was last written.
    pub written_secs: f64,
    /// Whether the person was told that the note could not be written (told once per file).
    pub warned: bool,
}

/// A person's name as shown: "Someone" when their system gave none.
pub fn name(other: &Other) -> String {
    if other.name.is_empty() {
        tr!("wb-presence-someone")
    } else {
        other.name.clone()
    }
}

/// "Alys Jones has had this open since 10:02 on ALYS-LAPTOP".
pub fn open_since(other: &Other) -> String {
    let since = other.since.words();
    if other.host.is_empty() {
        tr!("wb-presence-open-since", name = name(other), since = since)
    } else {
        tr!(
            "wb-presence-open-since-on",
            name = name(other),
            since = since,
            host = other.host.as_str()
        )
    }
}

/// Each person once (one person with two windows open is named once), in order.
fn people(others: &[Other]) -> Vec<String> {
    let mut shown: Vec<String> = Vec::new();
    for other in others {
        let name = name(other);
        if !shown.contains(&name) {
            shown.push(name);
        }
    }
    shown
}

/// "Alys Jones", "Alys Jones and Bryn Evans", "Alys Jones, Bryn Evans and Carys Hughes"; one
/// person with two windows open is named once.
pub fn names(others: &[Other]) -> String {
    let shown = people(others);
    if shown.is_empty() {
        tr!("wb-presence-someone")
    } else {
        crate::i18n::join_and(&shown)
    }
}

/// How many people `others` are, for the verb that follows (at least one).
fn count(others: &[Other]) -> usize {
    people(others).len().max(1)
}

/// The prompt's heading (kept for the process, as a menu label is: see
/// [`crate::i18n::kept`]).
pub fn prompt_heading(others: &[Other]) -> &'static str {
    crate::i18n::kept(tr!("wb-presence-heading", people = count(others)))
}

/// What the prompt says after naming them.
pub fn prompt_advice() -> String {
    tr!("wb-presence-advice")
}

/// The read-only bar: "Read-only: Alys Jones has it open".
pub fn read_only_notice(others: &[Other]) -> String {
    tr!(
        "wb-presence-read-only",
        names = names(others),
        people = count(others)
    )
}

/// Why Save did not write to a file opened read-only.
pub fn save_refused(others: &[Other], file: &str) -> String {
    tr!(
        "wb-presence-save-refused",
        file = file,
        names = names(others),
        people = count(others)
    )
}

/// The note beside the open file could not be written (`detail`: why, from the storage layer).
pub fn not_written(detail: &str) -> String {
    tr!("wb-presence-not-written", detail = detail)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn other(name: &str, host: &str) -> Other {
        Other {
            name: name.to_owned(),
            host: host.to_owned(),
            since: Since::Today(time::macros::time!(10:02)),
        }
    }

    #[test]
    fn one_person_is_named_with_time_and_machine() {
        let alys = other("Alys Jones", "ALYS-LAPTOP");
        assert_eq!(
            open_since(&alys),
            "Alys Jones has had this open since 10:02 on ALYS-LAPTOP"
        );
        assert_eq!(
            open_since(&other("", "")),
            "Someone has had this open since 10:02"
        );
        assert_eq!(
            read_only_notice(std::slice::from_ref(&alys)),
            "Read-only: Alys Jones has it open"
        );
        assert_eq!(prompt_heading(&[alys]), "Someone else has this file open");
    }

    #[test]
    fn presence_is_worded_from_the_catalogue() {
        let _lang = crate::i18n::scoped(crate::i18n::Lang::Pseudo);
        let people = [other("", ""), other("", "")];
        let day = Other {
            since: Since::Day(time::macros::datetime!(2026-03-02 10:02 UTC)),
            ..other("", "")
        };
        for text in [
            open_since(&people[0]),
            open_since(&day),
            names(&people),
            prompt_heading(&people).to_owned(),
            prompt_heading(&[]).to_owned(),
            prompt_advice(),
            read_only_notice(&people),
            save_refused(&people, "uni.civic.json").replace("uni.civic.json", ""),
            not_written("42"),
            Since::Unknown.words(),
        ] {
            assert!(!crate::workbook::words::has_plain_word(&text), "{text}");
        }
    }

    #[test]
    fn several_people_are_listed_once_each() {
        let people = [
            other("Alys Jones", "ALYS-LAPTOP"),
            other("Bryn Evans", "BRYN-PC"),
            other("Alys Jones", "ALYS-DESKTOP"),
            other("Carys Hughes", "CARYS-PC"),
        ];
        assert_eq!(names(&people), "Alys Jones, Bryn Evans and Carys Hughes");
        assert_eq!(
            read_only_notice(&people[..2]),
            "Read-only: Alys Jones and Bryn Evans have it open"
        );
        assert_eq!(prompt_heading(&people), "Others have this file open");
        // One person in two windows is one person.
        assert_eq!(
            read_only_notice(&[people[0].clone(), people[2].clone()]),
            "Read-only: Alys Jones has it open"
        );
    }
}
