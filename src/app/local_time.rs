//! Times shown to people, in the system's time zone (British Summer Time included), worded by
//! the catalogue: "09:30" and "7 Dec 2026 at 9:30", with no zone name. The shell reads the
//! zone; each function takes it, so tests pass a fixed one.

use jiff::tz::TimeZone;
use time::OffsetDateTime;

use crate::workbook::presence::Since;
use crate::workbook::words;

pub use crate::storage::clock::{in_zone, system_zone};

/// `at` as a jiff timestamp; `None` outside jiff's range.
fn timestamp(at: OffsetDateTime) -> Option<jiff::Timestamp> {
    jiff::Timestamp::from_second(at.unix_timestamp()).ok()
}

/// The time of day of `at` in `zone`, to the minute.
pub fn time_of(at: jiff::Timestamp, zone: &TimeZone) -> time::Time {
    let local = at.to_zoned(zone.clone());
    let (hour, minute) = (local.hour(), local.minute());
    u8::try_from(hour)
        .ok()
        .zip(u8::try_from(minute).ok())
        .and_then(|(hour, minute)| time::Time::from_hms(hour, minute, 0).ok())
        .unwrap_or(time::Time::MIDNIGHT)
}

/// The clock time of `at` in `zone`, in words: "09:30", "14:02".
pub fn clock(at: jiff::Timestamp, zone: &TimeZone) -> String {
    words::clock(time_of(at, zone))
}

/// The time of day now in `zone`.
pub fn clock_now(zone: &TimeZone) -> time::Time {
    time_of(jiff::Timestamp::now(), zone)
}

/// `at` in `zone` with its date: "7 Dec 2026 at 9:30".
pub fn date_and_clock(at: OffsetDateTime, zone: &TimeZone) -> String {
    timestamp(at).map_or_else(String::new, |_| words::date_at_time(in_zone(at, zone)))
}

/// `at` beside "since": the time alone on the same day as `now`, with its date on another.
pub fn since(at: OffsetDateTime, now: OffsetDateTime, zone: &TimeZone) -> Since {
    let (Some(_), Some(_)) = (timestamp(at), timestamp(now)) else {
        return Since::Unknown;
    };
    let (at, now) = (in_zone(at, zone), in_zone(now, zone));
    if at.date() == now.date() {
        Since::Today(at.time().replace_second(0).unwrap_or(at.time()))
    } else {
        Since::Day(at)
    }
}

#[cfg(test)]
mod tests {
    use time::macros::{datetime, time};

    use super::*;

    fn london() -> TimeZone {
        TimeZone::posix("GMT0BST,M3.5.0/1,M10.5.0").unwrap()
    }

    #[test]
    fn winter_times_are_gmt_and_summer_times_bst() {
        let winter = datetime!(2026-12-07 09:30:00 UTC);
        assert_eq!(date_and_clock(winter, &london()), "7 Dec 2026 at 9:30");
        let summer = datetime!(2026-07-03 08:05:00 UTC);
        assert_eq!(date_and_clock(summer, &london()), "3 Jul 2026 at 9:05");
        assert_eq!(
            in_zone(summer, &london()).offset(),
            time::UtcOffset::from_hms(1, 0, 0).unwrap()
        );
        assert_eq!(in_zone(summer, &london()), summer);
        let summer = jiff::Timestamp::from_second(summer.unix_timestamp()).unwrap();
        assert_eq!(clock(summer, &london()), "9:05");
    }

    #[test]
    fn since_shows_the_time_alone_today_and_the_date_on_another_day() {
        let now = datetime!(2026-03-02 12:00:00 UTC);
        let today = since(datetime!(2026-03-02 09:02:00 UTC), now, &london());
        assert_eq!(today, Since::Today(time!(9:02)));
        assert_eq!(today.words(), "9:02");
        let earlier = since(datetime!(2026-02-20 11:02:00 UTC), now, &london());
        assert_eq!(earlier.words(), "20 Feb 2026 at 11:02");
    }

    #[test]
    fn times_are_worded_from_the_catalogue() {
        let _lang = crate::i18n::scoped(crate::i18n::Lang::Pseudo);
        let text = date_and_clock(datetime!(2026-12-07 09:30:00 UTC), &london());
        assert!(!crate::workbook::words::has_plain_word(&text), "{text}");
    }
}
