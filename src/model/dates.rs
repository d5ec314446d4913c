//! Dates as people write them: due dates are stored as ISO 8601 (`2027-03-31`) but typed as
//! `31/03/2027`, `31 March 2027`, `31 Mar 2027` or `2027-03-31`, and shown as `31 Mar 2027`.

use time::{Date, Month};

/// The English month names and their three-letter forms, January first.
const MONTHS: [(&str, Month); 12] = [
    ("january", Month::January),
    ("february", Month::February),
    ("march", Month::March),
    ("april", Month::April),
    ("may", Month::May),
    ("june", Month::June),
    ("july", Month::July),
    ("august", Month::August),
    ("september", Month::September),
    ("october", Month::October),
    ("november", Month::November),
    ("december", Month::December),
];

/// Reads a date written as `2027-03-31`, `31/03/2027` (day first, as in the UK), `31.3.2027`,
/// `31 March 2027` or `31 Mar 2027`; `None` for anything else or a day that does not exist.
pub fn read_date(text: &str) -> Option<Date> {
    let text = text.trim();
    let numbers = |separator: char| -> Option<Vec<u32>> {
        let parts: Vec<&str> = text.split(separator).collect();
        if parts.len() != 3 || parts.iter().any(|p| p.is_empty() || p.len() > 4) {
            return None;
        }
        parts.iter().map(|p| p.parse::<u32>().ok()).collect()
    };
    if let Some([year, month, day]) = numbers('-').as_deref()
        && text.split('-').next().is_some_and(|y| y.len() == 4)
    {
        return date(*year, *month, *day);
    }
    for separator in ['/', '.'] {
        if let Some([day, month, year]) = numbers(separator).as_deref()
            && text.rsplit(separator).next().is_some_and(|y| y.len() == 4)
        {
            return date(*year, *month, *day);
        }
    }
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let [day, month, year] = words.as_slice() else {
        return None;
    };
    let month = month.to_lowercase();
    let month = MONTHS
        .iter()
        .find(|(name, _)| month.len() >= 3 && name.starts_with(month.trim_end_matches('.')))?
        .1;
    let day: u8 = day
        .trim_end_matches(['s', 't', 'n', 'd', 'r', 'h'])
        .parse()
        .ok()?;
    let year: i32 = year.parse().ok().filter(|_| year.len() == 4)?;
    Date::from_calendar_date(year, month, day).ok()
}

fn date(year: u32, month: u32, day: u32) -> Option<Date> {
    let month = Month::try_from(u8::try_from(month).ok()?).ok()?;
    Date::from_calendar_date(i32::try_from(year).ok()?, month, u8::try_from(day).ok()?).ok()
}

/// The stored form: `2027-03-31`.
pub fn iso(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// How a date is shown: `31 Mar 2027`.
pub fn short(date: Date) -> String {
    let name = MONTHS
        .iter()
        .find(|(_, month)| *month == date.month())
        .map_or("", |(name, _)| name);
    let mut abbreviation: String = name.chars().take(3).collect();
    if let Some(first) = abbreviation.get(..1) {
        abbreviation = first.to_uppercase() + abbreviation.get(1..).unwrap_or_default();
    }
    format!("{} {abbreviation} {}", date.day(), date.year())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_forms_people_write_all_read_as_one_date() {
        let expected = Date::from_calendar_date(2027, Month::March, 31).ok();
        for text in [
            "2027-03-31",
            " 31/03/2027 ",
            "31/3/2027",
            "31.03.2027",
            "31 March 2027",
            "31 Mar 2027",
            "31 mar. 2027",
            "31st March, 2027",
        ] {
            assert_eq!(read_date(text), expected, "{text:?}");
        }
    }

    #[test]
    fn impossible_or_ambiguous_dates_are_refused() {
        for text in [
            "",
            "31/02/2027",
            "2027-02-30",
            "03/31/27",
            "31/03/27",
            "31 Marchember 2027",
            "31 Ma 2027",
            "March 2027",
            "tomorrow",
            "2027-3",
            "1/1/1/2027",
        ] {
            assert_eq!(read_date(text), None, "{text:?}");
        }
    }

    #[test]
    fn stored_and_shown_forms() {
        let date = Date::from_calendar_date(2027, Month::March, 1).unwrap();
        assert_eq!(iso(date), "2027-03-01");
        assert_eq!(short(date), "1 Mar 2027");
        assert_eq!(read_date(&iso(date)), Some(date));
        assert_eq!(read_date(&short(date)), Some(date));
    }
}
