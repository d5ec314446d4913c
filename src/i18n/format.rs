//! Dates and numbers as the language writes them.

use std::borrow::Cow;

use time::Date;

use crate::tr;

/// How much of a date to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateStyle {
    /// "1 March 2027": running text, the cover, the report's date.
    Long,
    /// "1 Mar 2027": tables and lists, where columns are narrow.
    Short,
}

/// A calendar date in this thread's language.
pub fn date(date: Date, style: DateStyle) -> String {
    let day = date.day();
    let month = u8::from(date.month());
    let year = date.year();
    match style {
        DateStyle::Long => tr!("date-long", day = day, month = month, year = year),
        DateStyle::Short => tr!("date-short", day = day, month = month, year = year),
    }
}

/// A time of day, on the 24-hour clock: "9:05", "14:30".
pub fn time_of_day(hour: u8, minute: u8) -> String {
    tr!("time-of-day", hour = hour, minute = format!("{minute:02}"))
}

/// The minus sign of printed figures (U+2212), wider and clearer than a hyphen.
const MINUS: char = '\u{2212}';

/// A number with `places` decimals: "3.3", "−0.7" (a true minus sign).
pub fn decimal(value: f64, places: usize) -> String {
    let text = format!("{:.*}", places, value.abs());
    // A value that rounds to zero has no sign.
    if value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        format!("{MINUS}{text}")
    } else {
        text
    }
}

/// A change counted in tenths, signed: "+0.6", "−0.3", "0.0".
pub fn signed_tenths(tenths: i32) -> String {
    let whole = tenths.unsigned_abs() / 10;
    let tenth = tenths.unsigned_abs() % 10;
    match tenths.signum() {
        1 => format!("+{whole}.{tenth}"),
        -1 => format!("{MINUS}{whole}.{tenth}"),
        _ => format!("{whole}.{tenth}"),
    }
}

/// Whether `text` starts with a vowel, as Welsh counts them (w and y too, with their accents).
fn starts_with_vowel(text: &str) -> bool {
    text.chars().next().is_some_and(|c| {
        c.to_lowercase()
            .any(|c| "aeiouwyàáâäèéêëìíîïòóôöùúûüẁẃŵẅỳýŷÿ".contains(c))
    })
}

/// Items listed in a sentence: "A", "A and B", "A, B and C"; empty for none. For names, numbers
/// and addresses, which keep their spelling in every language; the framework's own words take
/// [`join_and_terms`].
pub fn join_and<S: AsRef<str>>(items: &[S]) -> String {
    join(items, |head, last| {
        // Welsh says "ac" before a vowel ("Dysgu ac Effaith economaidd"): the catalogue words
        // it, told only whether the last item starts with one.
        if starts_with_vowel(last) {
            tr!("list-and-vowel", init = head, last = last)
        } else {
            tr!("list-and", init = head, last = last)
        }
    })
}

/// [`join_and`] for the framework's own words (domains' titles), which a language may change
/// after "and" as its grammar asks: Welsh "Dysgu a sgiliau a Chyfraniad diwylliannol" (see
/// the catalogue's `ASPIRATE()`), where a person's name keeps its spelling.
pub fn join_and_terms<S: AsRef<str>>(items: &[S]) -> String {
    join(items, |head, last| {
        if starts_with_vowel(last) {
            tr!("list-and-terms-vowel", init = head, last = last)
        } else {
            tr!("list-and-terms", init = head, last = last)
        }
    })
}

/// Items joined by "list-comma", the last by `and` (given the rest joined, and the last).
fn join<S: AsRef<str>>(items: &[S], and: impl FnOnce(String, &str) -> String) -> String {
    match items {
        [] => String::new(),
        [only] => only.as_ref().to_owned(),
        [init @ .., last] => {
            let mut head = String::new();
            for item in init {
                head = if head.is_empty() {
                    item.as_ref().to_owned()
                } else {
                    tr!("list-comma", init = head, next = item.as_ref())
                };
            }
            and(head, last.as_ref())
        }
    }
}

/// `word` after the Welsh aspirate mutation, as "a" (and), "â" (with) and "ei" (her) ask: a
/// first c, p or t is followed by h ("Cyfraniad" → "Chyfraniad", "Partneriaeth" →
/// "Phartneriaeth", "Twf" → "Thwf"). A word that starts ch, ph or th already, any other word,
/// and a word whose first two letters are capitals (an abbreviation, "TGAU") are as they were.
/// The catalogue's `ASPIRATE()`: the code never mutates; a translation chooses.
pub(super) fn aspirated(word: &str) -> Cow<'_, str> {
    let mut chars = word.chars();
    let (Some(first), second) = (chars.next(), chars.next()) else {
        return Cow::Borrowed(word);
    };
    let mutates = matches!(first, 'c' | 'p' | 't' | 'C' | 'P' | 'T')
        && !matches!(second, Some('h' | 'H'))
        && !(first.is_uppercase() && second.is_some_and(char::is_uppercase));
    if !mutates {
        return Cow::Borrowed(word);
    }
    let (head, rest) = word.split_at(first.len_utf8());
    Cow::Owned(format!("{head}h{rest}"))
}
