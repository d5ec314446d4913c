//! Words the workbook's core and shell share: times as the app shows them.

use time::{OffsetDateTime, Time};

use crate::i18n::{self, DateStyle};
use crate::tr;

/// A time of day as the app shows it: "09:30", "14:02".
pub fn clock(at: Time) -> String {
    i18n::time_of_day(at.hour(), at.minute())
}

/// A date and time as the app shows it: "7 Dec 2026 at 9:30" (`at` already in the person's
/// time zone).
pub fn date_at_time(at: OffsetDateTime) -> String {
    tr!(
        "wb-date-at-time",
        date = i18n::date(at.date(), DateStyle::Short),
        time = clock(at.time())
    )
}

/// Whether `text` has a run of two or more ASCII letters: a word that did not come from the
/// catalogue, when checked in the pseudo-locale (tests).
#[cfg(test)]
pub(crate) fn has_plain_word(text: &str) -> bool {
    let mut run = 0;
    for c in text.chars() {
        if c.is_ascii_alphabetic() {
            run += 1;
            if run >= 2 {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use time::macros::{datetime, time};

    use super::*;

    #[test]
    fn times_and_dates_come_from_the_catalogue() {
        assert_eq!(clock(time!(9:05)), "9:05");
        assert_eq!(
            date_at_time(datetime!(2026-12-07 09:30 UTC)),
            "7 Dec 2026 at 9:30"
        );
        let _lang = i18n::scoped(i18n::Lang::Pseudo);
        let text = date_at_time(datetime!(2026-12-07 09:30 UTC));
        assert!(!has_plain_word(&text), "{text}");
    }

    #[test]
    fn the_same_text_is_kept_once() {
        let a = i18n::kept("Open…".to_owned());
        let b = i18n::kept("Open…".to_owned());
        assert!(std::ptr::eq(a, b));
    }
}
