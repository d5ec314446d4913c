use time::macros::date;

use super::*;

#[test]
fn dates_are_worded_from_the_catalogue() {
    let _lang = scoped(Lang::EnGb);
    assert_eq!(
        super::date(date!(2027 - 03 - 01), DateStyle::Long),
        "1 March 2027"
    );
    assert_eq!(
        super::date(date!(2026 - 12 - 31), DateStyle::Short),
        "31 Dec 2026"
    );
    assert_eq!(time_of_day(9, 5), "9:05");
    assert_eq!(time_of_day(14, 30), "14:30");
}

#[test]
fn numbers_carry_a_true_minus_sign() {
    assert_eq!(decimal(-0.74, 1), "\u{2212}0.7");
    assert_eq!(decimal(-0.04, 1), "0.0");
    assert_eq!(decimal(3.25, 2), "3.25");
    assert_eq!(signed_tenths(6), "+0.6");
    assert_eq!(signed_tenths(-13), "\u{2212}1.3");
    assert_eq!(signed_tenths(0), "0.0");
}

#[test]
fn languages_are_named_by_tags_and_posix_locales() {
    assert_eq!(Lang::from_tag("en-GB"), Some(Lang::EnGb));
    assert_eq!(Lang::from_tag("en_GB.UTF-8"), Some(Lang::EnGb));
    assert_eq!(Lang::from_tag("EN"), Some(Lang::EnGb));
    assert_eq!(Lang::from_tag("qps-ploc"), Some(Lang::Pseudo));
    assert_eq!(Lang::from_tag("fr-FR"), None);
    assert_eq!(Lang::from_tag(""), None);
    for lang in Lang::ALL {
        assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
    }
}

#[test]
fn the_pseudo_locale_accents_brackets_and_lengthens_only_the_catalogue() {
    let _lang = scoped(Lang::Pseudo);
    let text = super::date(date!(2027 - 03 - 01), DateStyle::Long);
    // The numbers are arguments and stay; the month is the catalogue's.
    assert!(text.starts_with("⟦1 "), "{text}");
    assert!(text.ends_with(" 2027⟧"), "{text}");
    assert!(text.contains("Ṁàŕçĥ"), "{text}");
    assert!(!text.contains("March"), "{text}");
    for english in ["Summary", "Save as…", "Not yet rated"] {
        let pseudo = pseudo::transform(english);
        assert!(
            pseudo.chars().count() * 10 >= english.chars().count() * 14,
            "{pseudo}"
        );
        assert!(!pseudo.chars().any(|c| c.is_ascii_alphabetic()), "{pseudo}");
    }
}

#[test]
fn a_scoped_language_ends_with_its_guard() {
    let before = language();
    {
        let _lang = scoped(Lang::Pseudo);
        assert_eq!(language(), Lang::Pseudo);
        {
            let _inner = scoped(Lang::EnGb);
            assert_eq!(language(), Lang::EnGb);
        }
        assert_eq!(language(), Lang::Pseudo);
    }
    assert_eq!(language(), before);
}

#[test]
fn a_missing_message_shows_its_id() {
    assert_eq!(message("no-such-message", None), "no-such-message");
    assert!(!has_message("no-such-message"));
    assert!(has_message("date-long"));
}

#[test]
fn lists_are_joined_by_the_catalogue() {
    let _lang = scoped(Lang::EnGb);
    assert_eq!(join_and::<&str>(&[]), "");
    assert_eq!(join_and(&["A"]), "A");
    assert_eq!(join_and(&["A", "B"]), "A and B");
    assert_eq!(join_and(&["A", "B", "C", "D"]), "A, B, C and D");
}
