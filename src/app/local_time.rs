//! Times shown to people, in the system's time zone (British Summer Time included) and the
//! app's one style: "9:30" and "7 Dec 2026 at 9:30", with no leading zero and no zone name.
//! The shell reads the zone; each function takes it, so tests pass a fixed one.

use jiff::tz::TimeZone;
use time::OffsetDateTime;

/// The system's time zone (jiff reads `TZ`, then `/etc/localtime`); UTC when it cannot tell.
pub fn system_zone() -> TimeZone {
    TimeZone::system()
}

/// `at` as a jiff timestamp; `None` outside jiff's range.
fn timestamp(at: OffsetDateTime) -> Option<jiff::Timestamp> {
    jiff::Timestamp::from_second(at.unix_timestamp()).ok()
}

/// The clock time of `at` in `zone`: "9:30", "14:02".
pub fn clock(at: jiff::Timestamp, zone: &TimeZone) -> String {
    at.to_zoned(zone.clone()).strftime("%-H:%M").to_string()
}

/// The clock time now in `zone`.
pub fn clock_now(zone: &TimeZone) -> String {
    clock(jiff::Timestamp::now(), zone)
}

/// `at` in `zone` with its date: "7 Dec 2026 at 9:30".
pub fn date_and_clock(at: OffsetDateTime, zone: &TimeZone) -> String {
    timestamp(at).map_or_else(String::new, |ts| {
        ts.to_zoned(zone.clone())
            .strftime("%-d %b %Y at %-H:%M")
            .to_string()
    })
}

/// `at` beside "since": "10:02" on the same day as `now`, "2 March 10:02" on another.
pub fn since(at: OffsetDateTime, now: OffsetDateTime, zone: &TimeZone) -> String {
    let local = |at: OffsetDateTime| timestamp(at).map(|ts| ts.to_zoned(zone.clone()));
    let (Some(at), Some(now)) = (local(at), local(now)) else {
        return String::new();
    };
    if at.date() == now.date() {
        at.strftime("%-H:%M").to_string()
    } else {
        at.strftime("%-d %B %-H:%M").to_string()
    }
}

/// `at` carried to the offset `zone` had at that moment (BST in summer, GMT in winter), so a
/// core that reads no clock or zone words it as the person's own time.
pub fn in_zone(at: OffsetDateTime, zone: &TimeZone) -> OffsetDateTime {
    timestamp(at)
        .map(|ts| zone.to_offset(ts).seconds())
        .and_then(|seconds| time::UtcOffset::from_whole_seconds(seconds).ok())
        .map_or(at, |offset| at.to_offset(offset))
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;

    fn london() -> TimeZone {
        TimeZone::posix("GMT0BST,M3.5.0/1,M10.5.0").unwrap()
    }

    #[test]
    fn winter_times_are_gmt_and_summer_times_bst_without_leading_zeros() {
        let winter = datetime!(2026-12-07 09:30:00 UTC);
        assert_eq!(date_and_clock(winter, &london()), "7 Dec 2026 at 9:30");
        let summer = datetime!(2026-07-03 08:05:00 UTC);
        assert_eq!(date_and_clock(summer, &london()), "3 Jul 2026 at 9:05");
        assert_eq!(
            in_zone(summer, &london()).offset(),
            time::UtcOffset::from_hms(1, 0, 0).unwrap()
        );
        assert_eq!(in_zone(summer, &london()), summer);
    }

    #[test]
    fn since_shows_the_time_alone_today_and_the_date_on_another_day() {
        let now = datetime!(2026-03-02 12:00:00 UTC);
        assert_eq!(
            since(datetime!(2026-03-02 09:02:00 UTC), now, &london()),
            "9:02"
        );
        assert_eq!(
            since(datetime!(2026-02-20 11:02:00 UTC), now, &london()),
            "20 February 11:02"
        );
    }
}
