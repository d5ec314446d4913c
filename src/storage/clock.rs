//! The person's own calendar and clock: the system's time zone (British Summer Time included),
//! read here beside the files, for the app's shell and the command line alike ("today" for
//! lateness and a report's date is the local date, not UTC's).

use std::path::PathBuf;

use jiff::tz::TimeZone;
use time::{Date, OffsetDateTime};

/// The system's time zone (jiff reads `TZ`, then `/etc/localtime`); UTC when it cannot tell.
///
/// A `TZ` that names a zone (`Europe/London`, as containers and many shells set it) is looked
/// up here in the system's zone files: jiff would need its own copy of the database for names,
/// which on Linux lists all of /usr/share/zoneinfo at first use, and without it read such a
/// `TZ` as UTC.
pub fn system_zone() -> TimeZone {
    TimeZone::try_system()
        .ok()
        .or_else(|| zone_named_in_tz(std::env::var("TZ").ok()?))
        .unwrap_or(TimeZone::UTC)
}

/// [`zone_named`] for `TZ`'s value, kept for as long as `TZ` keeps it: the app asks for the
/// zone every frame, and a zone file is read once.
fn zone_named_in_tz(tz: String) -> Option<TimeZone> {
    type Found = Option<(String, Option<TimeZone>)>;
    static FOUND: std::sync::Mutex<Found> = std::sync::Mutex::new(None);
    let mut found = FOUND
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    match &*found {
        Some((name, zone)) if *name == tz => zone.clone(),
        _ => {
            let zone = zone_named(&tz, &zone_folders());
            *found = Some((tz, zone.clone()));
            zone
        }
    }
}

/// Where the system keeps its zone files: `TZDIR` when set, then glibc's usual places.
fn zone_folders() -> Vec<PathBuf> {
    std::env::var_os("TZDIR")
        .map(PathBuf::from)
        .into_iter()
        .chain(["/usr/share/zoneinfo", "/usr/lib/zoneinfo"].map(PathBuf::from))
        .collect()
}

/// The zone `name` (a `TZ` value such as `Europe/London` or `:Europe/London`) read from the
/// first of `folders` that has it. Only a zone's name is looked up: a path that leaves the
/// folder, or any other character, finds nothing.
fn zone_named(name: &str, folders: &[PathBuf]) -> Option<TimeZone> {
    let name = name.strip_prefix(':').unwrap_or(name);
    let is_name = !name.is_empty()
        && name.split('/').all(|part| {
            !part.is_empty()
                && part != "."
                && part != ".."
                && part
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '+'))
        });
    if !is_name {
        return None;
    }
    folders.iter().find_map(|folder| {
        let bytes = super::read::read_limited(&folder.join(name))?;
        TimeZone::tzif(name, &bytes).ok()
    })
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
    use std::path::Path;

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

    #[test]
    fn a_zone_named_in_tz_is_read_from_the_system_zone_files() {
        // The system's own file, copied into a folder of the test's (Debian's tzdata, which
        // .ci/run installs).
        let system = Path::new("/usr/share/zoneinfo/Europe/London");
        let bytes = std::fs::read(system)
            .unwrap_or_else(|err| panic!("{} is needed: {err}", system.display()));
        let folder = tempfile::tempdir().unwrap();
        std::fs::create_dir(folder.path().join("Europe")).unwrap();
        std::fs::write(folder.path().join("Europe/London"), bytes).unwrap();
        let folders = [folder.path().join("missing"), folder.path().to_owned()];
        for name in ["Europe/London", ":Europe/London"] {
            let london = zone_named(name, &folders).unwrap();
            let summer = datetime!(2026-07-03 23:30:00 UTC);
            assert_eq!(local_date(summer, &london), date!(2026 - 07 - 04), "{name}");
            let winter = datetime!(2026-12-07 23:30:00 UTC);
            assert_eq!(local_date(winter, &london), date!(2026 - 12 - 07), "{name}");
        }
        assert!(zone_named("Europe/Paris", &folders).is_none());
    }

    #[test]
    fn a_tz_that_is_no_zone_name_reads_no_file() {
        let folder = tempfile::tempdir().unwrap();
        let inside = folder.path().join("zones");
        std::fs::create_dir_all(inside.join("Europe")).unwrap();
        // A valid zone file outside the zone folder, which a path must not reach.
        let bytes = std::fs::read("/usr/share/zoneinfo/Europe/London").unwrap();
        std::fs::write(folder.path().join("London"), &bytes).unwrap();
        std::fs::write(inside.join("Europe/London"), &bytes).unwrap();
        let folders = [inside];
        for name in [
            "",
            ":",
            "../London",
            "Europe/../../London",
            "./Europe/London",
            "Europe//London",
            "/etc/localtime",
            "Europe/London ",
            "Europe",
        ] {
            assert!(zone_named(name, &folders).is_none(), "{name:?}");
        }
    }
}
