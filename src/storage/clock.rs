//! The person's own calendar and clock: the system's time zone (British Summer Time included),
//! read here beside the files, for the app's shell and the command line alike ("today" for
//! lateness and a report's date is the local date, not UTC's).

use jiff::tz::TimeZone;
use time::{Date, OffsetDateTime};

/// The system's time zone (jiff reads `TZ`, then `/etc/localtime`); UTC when it cannot tell.
pub fn system_zone() -> TimeZone {
    TimeZone::system()
}

/// `at` carried to the offset `zone` had at that moment (BST in summer, GMT in winter), so a
/// core that reads no clock or zone words it as the person's own time.
pub fn in_zone(at: OffsetDateTime, zone: &TimeZone) -> OffsetDateTime {
    jiff::Timestamp::from_second(at.unix_timestamp())
        .ok()
        .map(|ts| zone.to_offset(ts).seconds())
        .and_then(|seconds| time::UtcOffset::from_whole_seconds(seconds).ok())
        .map_or(at, |offset| at.to_offset(offset))
}

/// The date on the person's calendar at `at`.
pub fn local_date(at: OffsetDateTime, zone: &TimeZone) -> Date {
    in_zone(at, zone).date()
}

/// Today's date on the person's calendar.
pub fn today() -> Date {
    local_date(OffsetDateTime::now_utc(), &system_zone())
}

#[cfg(test)]
mod tests {
    use time::macros::{date, datetime};

    use super::*;

    #[test]
    fn just_after_midnight_in_summer_it_is_already_tomorrow_in_britain() {
        // The rules themselves: on Linux the program reads the system's zone and carries no
        // database to look a name up in.
        let london = TimeZone::posix("GMT0BST,M3.5.0/1,M10.5.0").unwrap_or(TimeZone::UTC);
        let at = datetime!(2026-07-03 23:30:00 UTC);
        assert_eq!(local_date(at, &london), date!(2026 - 07 - 04));
        let winter = datetime!(2026-12-07 23:30:00 UTC);
        assert_eq!(local_date(winter, &london), date!(2026 - 12 - 07));
    }
}
