//! Dates as people write them: due dates are stored as ISO 8601 (`2027-03-31`) but typed as
//! `31/03/2027`, `1/4/27`, `31 March 2027`, `31 Mar 2027` or `2027-03-31`, shown as
//! `31 Mar 2027`, and edited as `31/03/2027`. Typed dates are read in English or Welsh month
//! names (`31 Mawrth 2027`, `31 Maw 2027`), whatever the language shown; how dates are shown
//! comes from the catalogue.

use time::{Date, Month};

/// The month names a typed date may use, English then Welsh (a name, or its first three letters
/// or more: "Mar", "Maw", "Chwef").
const MONTHS: [(&str, Month); 24] = [
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
    ("ionawr", Month::January),
    ("chwefror", Month::February),
    ("mawrth", Month::March),
    ("ebrill", Month::April),
    ("mai", Month::May),
    ("mehefin", Month::June),
    ("gorffennaf", Month::July),
    ("awst", Month::August),
    ("medi", Month::September),
    ("hydref", Month::October),
    ("tachwedd", Month::November),
    ("rhagfyr", Month::December),
];

/// Reads a date written as `2027-03-31`, `31/03/2027` (day first, as in the UK), `1/4/27` (a
/// two-digit year is this century's), `31.3.2027`, `31 March 2027` or `31 Mar 2027`; `None` for
/// anything else or a day that does not exist.
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
            && let Some(year) = text
                .rsplit(separator)
                .next()
                .and_then(|y| full_year(y, *year))
        {
            return date(year, *month, *day);
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
    let year = full_year(year, year.parse().ok()?)?;
    Date::from_calendar_date(i32::try_from(year).ok()?, month, day).ok()
}

/// The year written as `written` (its digits read as `value`): four digits as they are, two
/// digits in this century (`27` is 2027); `None` for any other length.
fn full_year(written: &str, value: u32) -> Option<u32> {
    match written.len() {
        4 => Some(value),
        2 => Some(2000 + value),
        _ => None,
    }
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

/// How a date is shown: `31 Mar 2027` (the catalogue's short date).
pub fn short(date: Date) -> String {
    crate::i18n::date(date, crate::i18n::DateStyle::Short)
}

/// Reads only the stored form, `2027-03-31`; `None` for anything else.
pub fn read_iso(text: &str) -> Option<Date> {
    let text = text.trim();
    let shaped = text.len() == 10
        && text.char_indices().all(|(i, c)| {
            matches!((i, c), (4 | 7, '-')) || (i != 4 && i != 7 && c.is_ascii_digit())
        });
    if shaped { read_date(text) } else { None }
}

/// How a date is edited, day first as typed in the UK: `31/03/2027`.
pub fn numeric(date: Date) -> String {
    format!(
        "{:02}/{:02}/{:04}",
        date.day(),
        u8::from(date.month()),
        date.year()
    )
}

/// What a due-date field shows while it is edited: the text as it was typed, or `31/03/2027`
/// where the stored text is the ISO form (never ISO).
pub fn for_editing(stored: &str) -> String {
    match read_date(stored) {
        Some(date) if iso(date) == stored.trim() => numeric(date),
        _ => stored.to_owned(),
    }
}

/// A calendar's heading: `March 2027`.
pub fn month_and_year(year: i32, month: Month) -> String {
    crate::tr!("words-month-and-year", month = u8::from(month), year = year)
}

/// The short names of the days of the week, Monday first, for a calendar's columns: `Mo`, `Tu`…
pub fn weekdays_from_monday() -> [String; 7] {
    [
        crate::tr!("words-weekday-short-monday"),
        crate::tr!("words-weekday-short-tuesday"),
        crate::tr!("words-weekday-short-wednesday"),
        crate::tr!("words-weekday-short-thursday"),
        crate::tr!("words-weekday-short-friday"),
        crate::tr!("words-weekday-short-saturday"),
        crate::tr!("words-weekday-short-sunday"),
    ]
}

/// A day in full, for screen readers: `Monday 15 March 2027`.
pub fn long(date: Date) -> String {
    crate::tr!(
        "words-date-with-weekday",
        weekday = date.weekday().number_from_monday(),
        day = date.day(),
        month = u8::from(date.month()),
        year = date.year()
    )
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
            "31/03/27",
            "31/3/27",
            "31 Mar 27",
            // In Welsh, whatever the language shown.
            "31 Mawrth 2027",
            "31 Maw 2027",
            "31 mawrth 27",
        ] {
            assert_eq!(read_date(text), expected, "{text:?}");
        }
        let may = Date::from_calendar_date(2027, Month::May, 1).ok();
        assert_eq!(read_date("1 Mai 2027"), may);
        assert_eq!(read_date("1 May 2027"), may);
        let february = Date::from_calendar_date(2027, Month::February, 26).ok();
        assert_eq!(read_date("26 Chwef 2027"), february);
    }

    #[test]
    fn impossible_or_ambiguous_dates_are_refused() {
        for text in [
            "",
            "31/02/2027",
            "2027-02-30",
            "03/31/27",
            "31/03/027",
            "31/03/7",
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
    fn a_two_digit_year_is_this_century_and_the_day_comes_first() {
        let first_of_april = Date::from_calendar_date(2027, Month::April, 1).ok();
        for text in [
            "1/4/27",
            "01/04/2027",
            "1 Apr 2027",
            "1 April 27",
            "2027-04-01",
        ] {
            assert_eq!(read_date(text), first_of_april, "{text:?}");
        }
    }

    #[test]
    fn a_date_is_edited_as_typed_or_day_first_never_iso() {
        assert_eq!(for_editing("2027-03-31"), "31/03/2027");
        assert_eq!(for_editing("1/4/27"), "1/4/27");
        assert_eq!(for_editing("31 March 2027"), "31 March 2027");
        assert_eq!(for_editing("next spring"), "next spring");
        assert_eq!(for_editing(""), "");
    }

    #[test]
    fn calendar_words() {
        let date = Date::from_calendar_date(2027, Month::March, 15).unwrap();
        assert_eq!(month_and_year(2027, Month::March), "March 2027");
        assert_eq!(long(date), "Monday 15 March 2027");
        assert_eq!(numeric(date), "15/03/2027");
        assert_eq!(weekdays_from_monday()[0], "Mo");
        assert_eq!(weekdays_from_monday()[6], "Su");
    }

    #[test]
    fn stored_and_shown_forms() {
        let date = Date::from_calendar_date(2027, Month::March, 1).unwrap();
        assert_eq!(iso(date), "2027-03-01");
        assert_eq!(short(date), "1 Mar 2027");
        assert_eq!(read_date(&iso(date)), Some(date));
        assert_eq!(read_date(&short(date)), Some(date));
        assert_eq!(read_iso("2027-03-01"), Some(date));
        assert_eq!(read_iso("1/3/2027"), None);
        assert_eq!(read_iso("2027-3-1"), None);
    }

    #[test]
    fn calendar_words_come_from_the_catalogue() {
        let _lang = crate::i18n::scoped(crate::i18n::Lang::Pseudo);
        let date = Date::from_calendar_date(2027, Month::March, 15).unwrap();
        let mut said = vec![short(date), long(date), month_and_year(2027, Month::May)];
        said.extend(weekdays_from_monday());
        for text in &said {
            assert!(
                crate::model::testing::english_words(text).is_empty(),
                "{text}"
            );
        }
    }
}
