//! Who else has the open file open: the people the shell found in the presence notes beside a
//! file (see `storage::presence`), the note this app keeps for its own open file, and the
//! sentences that say so, worded here once for the prompt, the read-only bar and the refused
//! save.

use std::path::PathBuf;

use time::OffsetDateTime;

/// Someone else who has a file open, as the shell found them in their presence note.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Other {
    /// Their name (the real name where their system has one, else their login); may be empty.
    pub name: String,
    /// Their machine's name; may be empty.
    pub host: String,
    /// Since when, in local time as people read it: "10:02", or "2 March 10:02" on another day.
    pub since: String,
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
pub fn name(other: &Other) -> &str {
    if other.name.is_empty() {
        "Someone"
    } else {
        &other.name
    }
}

/// "Alys Jones has had this open since 10:02 on ALYS-LAPTOP".
pub fn open_since(other: &Other) -> String {
    let on = if other.host.is_empty() {
        String::new()
    } else {
        format!(" on {}", other.host)
    };
    format!(
        "{} has had this open since {}{on}",
        name(other),
        other.since
    )
}

/// "Alys Jones", "Alys Jones and Bryn Evans", "Alys Jones, Bryn Evans and Carys Hughes"; one
/// person with two windows open is named once.
pub fn names(others: &[Other]) -> String {
    let mut shown: Vec<&str> = Vec::new();
    for other in others {
        if !shown.contains(&name(other)) {
            shown.push(name(other));
        }
    }
    match shown.split_last() {
        None => "Someone".to_owned(),
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

/// Whether the names of `others` are one person or several, for the verb that follows.
fn one_person(others: &[Other]) -> bool {
    others
        .iter()
        .all(|o| others.first().is_some_and(|first| name(o) == name(first)))
}

/// The prompt's heading.
pub fn prompt_heading(others: &[Other]) -> &'static str {
    if one_person(others) {
        "Someone else has this file open"
    } else {
        "Others have this file open"
    }
}

/// What the prompt says after naming them.
pub const PROMPT_ADVICE: &str = "If more than one of you saves, one may replace the other's \
     changes. Open read-only to look and take notes: Save as… then keeps your changes in a file \
     of your own.";

/// The read-only bar: "Read-only: Alys Jones has it open".
pub fn read_only_notice(others: &[Other]) -> String {
    let verb = if one_person(others) { "has" } else { "have" };
    format!("Read-only: {} {verb} it open", names(others))
}

/// Why Save did not write to a file opened read-only.
pub fn save_refused(others: &[Other], file: &str) -> String {
    let verb = if one_person(others) { "has" } else { "have" };
    format!(
        "Not saved: {file} is open read-only because {} {verb} it open. Use Save as… to keep your changes in a file of your own.",
        names(others)
    )
}

/// The note beside the open file could not be written.
pub fn not_written(detail: &str) -> String {
    format!(
        "Others who open this file will not see that you have it open: the note saying so could not be written ({detail})."
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn other(name: &str, host: &str) -> Other {
        Other {
            name: name.to_owned(),
            host: host.to_owned(),
            since: "10:02".to_owned(),
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
