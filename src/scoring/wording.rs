//! How the workbook words the facts it computes: maturities, phases, percentages, changes,
//! dates and lateness. The app's summary, `score`, the PDF, the Markdown and the CSV all word
//! them here, from the catalogue (`assets/i18n/*/words.ftl`), so they cannot disagree and a
//! translation (the Welsh edition) changes them in one place. Pure: dates are passed in.

use time::Date;

use super::compare::{Comparison, DomainChange, RatedOnce};
use super::{Maturity, Ratio, compare};
use crate::i18n::{self, DateStyle, join_and, join_and_terms};
use crate::model::{DomainId, Framework, Phase, TextOf};
use crate::tr;

/// Domains joined by "and", each given by its id and the words that name it (its title, or a
/// phrase that starts with it): as the framework's own words, which a language may change after
/// "and" (Welsh "a Chyfraniad diwylliannol"), when the last title is in the language of the
/// sentence; as names, kept as they are, when it is not (a bank's English title in a Welsh
/// sentence: "a Cultural contribution", not "a Chultural").
pub fn domains<S: AsRef<str>>(framework: &Framework, domains: &[(&DomainId, S)]) -> String {
    let words: Vec<&str> = domains.iter().map(|(_, words)| words.as_ref()).collect();
    match domains.last() {
        Some((id, _)) if framework.text_language(TextOf::DomainTitle(id)) == i18n::language() => {
            join_and_terms(&words)
        }
        _ => join_and(&words),
    }
}

/// What stands for a figure that does not exist yet (a percentage of nothing, an unrated
/// domain's score in a table of numbers): "–".
pub fn no_figure() -> String {
    tr!("words-no-figure")
}

/// A question or domain with no phase yet, in running text: "not yet rated".
pub fn not_yet_rated() -> String {
    tr!("words-not-yet-rated")
}

/// The same at the start of a sentence or a label: "Not yet rated".
pub fn not_yet_rated_label() -> String {
    tr!("words-not-yet-rated-label")
}

/// "75%", or [`no_figure`].
pub fn percent(ratio: Option<Ratio>) -> String {
    ratio.map_or_else(no_figure, |r| r.to_string())
}

/// "3.1", or [`no_figure`].
pub fn maturity(maturity: Option<Maturity>) -> String {
    maturity.map_or_else(no_figure, |m| m.to_string())
}

/// "3.3 (Delivering)": a maturity with the phase it has reached, or [`not_yet_rated`].
pub fn maturity_with_phase(framework: &Framework, maturity: Option<Maturity>) -> String {
    match maturity.and_then(|m| m.phase_reached().map(|p| (m, p))) {
        Some((m, phase)) => tr!(
            "words-maturity-with-phase",
            maturity = m.to_string(),
            phase = framework.phase_name(phase)
        ),
        None => not_yet_rated(),
    }
}

/// A phase's name, or [`not_yet_rated_label`].
pub fn phase_name(framework: &Framework, phase: Option<Phase>) -> String {
    phase.map_or_else(not_yet_rated_label, |p| framework.phase_name(p))
}

/// A change in tenths of a phase: "+0.6", "−0.3", "no change", or [`no_figure`] when there
/// is nothing to compare.
pub fn change(tenths: Option<i32>) -> String {
    tenths.map_or_else(no_figure, compare::describe_change)
}

/// The size of a change in tenths, without its sign: "0.6" for +0.6 or −0.6, for a sentence
/// that says the direction in words ("up 0.6").
pub fn change_size(tenths: i32) -> String {
    i18n::signed_tenths(tenths.saturating_abs())
        .trim_start_matches('+')
        .to_owned()
}

/// How a change is measured, in one sentence, for the report's method and under every table of
/// changes.
pub fn like_for_like() -> String {
    tr!("words-like-for-like")
}

/// A question's number in the framework: "5.2" for the second question of the fifth domain
/// (`domain` and `question` count from 0).
pub fn question_number(domain: usize, question: usize) -> String {
    format!("{}.{}", domain + 1, question + 1)
}

/// "5.2", "5.2 and 5.4": the numbers of questions rated only once.
fn numbers(questions: &[RatedOnce]) -> String {
    let numbers: Vec<&str> = questions.iter().map(|q| q.number.as_str()).collect();
    join_and(&numbers)
}

/// The questions a domain's change leaves out: "5.2 rated for the first time", "5.1 no longer
/// rated", or both in one sentence. `None` when the same questions are rated both times.
pub fn rated_apart(change: &DomainChange) -> Option<String> {
    questions_apart(&change.first_rated, &change.no_longer_rated)
}

/// "5.2 and 6.1 rated for the first time; 3.1 no longer rated"; `None` when both are empty.
pub fn questions_apart(first_rated: &[RatedOnce], no_longer_rated: &[RatedOnce]) -> Option<String> {
    match (first_rated.is_empty(), no_longer_rated.is_empty()) {
        (true, true) => None,
        (false, true) => Some(tr!(
            "words-apart-first-rated",
            questions = numbers(first_rated)
        )),
        (true, false) => Some(tr!(
            "words-apart-no-longer-rated",
            questions = numbers(no_longer_rated)
        )),
        (false, false) => Some(tr!(
            "words-apart-both",
            first = numbers(first_rated),
            gone = numbers(no_longer_rated)
        )),
    }
}

/// Under a narrow column of changes marked [`APART_MARK`]: "* Not counted as a change: 5.2
/// rated for the first time." `None` when no change is marked.
pub fn apart_note(comparison: &Comparison) -> Option<String> {
    let marked: Vec<&DomainChange> = comparison.domains.iter().filter(|d| is_marked(d)).collect();
    let first: Vec<RatedOnce> = marked.iter().flat_map(|d| d.first_rated.clone()).collect();
    let gone: Vec<RatedOnce> = marked
        .iter()
        .flat_map(|d| d.no_longer_rated.clone())
        .collect();
    questions_apart(&first, &gone)
        .map(|apart| tr!("words-apart-note", mark = APART_MARK, apart = apart))
}

/// A domain's change in full, for tables with room: "+0.6", "no change", "no like-for-like
/// change: 5.2 rated for the first time", "−0.3 like for like; 6.4 rated for the first time,
/// not counted", "no question rated both times: 3.1 rated for the first time", or
/// [`no_figure`].
pub fn domain_change(change: &DomainChange) -> String {
    match (change.change(), rated_apart(change)) {
        (Some(tenths), None) => compare::describe_change(tenths),
        (Some(0), Some(apart)) => tr!("words-domain-change-no-like-for-like", apart = apart),
        (Some(tenths), Some(apart)) => tr!(
            "words-domain-change-apart",
            change = compare::describe_change(tenths),
            apart = apart
        ),
        (None, Some(apart)) => tr!("words-domain-change-none-rated-both", apart = apart),
        (None, None) => no_figure(),
    }
}

/// Whether a domain's short change is marked [`APART_MARK`]: it has a change (or none to
/// show) while questions rated in only one of the two are left out.
fn is_marked(change: &DomainChange) -> bool {
    let wholly_new_or_gone = matches!(
        (change.change(), change.earlier, change.current),
        (None, None, Some(_)) | (None, Some(_), None)
    );
    change.has_questions_apart() && !wholly_new_or_gone
}

/// A domain's change in a narrow column: "+0.6", "no change", "newly rated", "not rated now",
/// [`no_figure`]; marked [`APART_MARK`] when questions rated in only one of the two are left
/// out (say which with [`rated_apart`] beside the table).
pub fn domain_change_short(change: &DomainChange) -> String {
    match (change.change(), change.earlier, change.current) {
        (None, None, Some(_)) => tr!("words-newly-rated"),
        (None, Some(_), None) => tr!("words-not-rated-now"),
        (tenths, ..) if is_marked(change) => format!("{}{APART_MARK}", self::change(tenths)),
        (tenths, ..) => self::change(tenths),
    }
}

/// The mark of a short change that leaves questions out.
pub const APART_MARK: &str = "*";

/// The overall change: "+0.2", "+0.2 like for like" when questions rated in only one of the two
/// are left out, or [`no_figure`].
pub fn overall_change(comparison: &Comparison) -> String {
    match comparison.overall_change() {
        Some(tenths) if leaves_out(comparison) => tr!(
            "words-change-like-for-like",
            change = compare::describe_change(tenths)
        ),
        tenths => change(tenths),
    }
}

/// Whether any question is rated in only one of the two.
fn leaves_out(comparison: &Comparison) -> bool {
    comparison
        .domains
        .iter()
        .any(DomainChange::has_questions_apart)
}

/// A question's change: "+1.0", "no change", "rated for the first time", "no longer rated", or
/// [`no_figure`].
pub fn question_change(earlier: Option<Maturity>, current: Option<Maturity>) -> String {
    match (compare::change(earlier, current), earlier, current) {
        (Some(tenths), ..) => compare::describe_change(tenths),
        (None, None, Some(_)) => tr!("words-first-rated"),
        (None, Some(_), None) => tr!("words-no-longer-rated"),
        (None, ..) => no_figure(),
    }
}

/// "20 Jan 2027": the date style of tables and short notes, as the app shows due dates.
pub fn short_date(date: Date) -> String {
    i18n::date(date, DateStyle::Short)
}

/// "20 January 2027": the date style of the cover and running text.
pub fn long_date(date: Date) -> String {
    i18n::date(date, DateStyle::Long)
}

/// How late something due on `due` is on `today`: "1 day overdue", "3 weeks overdue", "5
/// months overdue"; `None` when it is not late.
pub fn overdue(due: Date, today: Date) -> Option<String> {
    let days = (today - due).whole_days();
    Some(match days {
        ..=0 => return None,
        1..=13 => tr!("words-overdue-days", count = days),
        14..=62 => tr!("words-overdue-weeks", count = days / 7),
        _ => tr!("words-overdue-months", count = days / 30),
    })
}

/// How far apart assessors' ratings are: "all agree", "1 phase apart", "3 phases apart".
pub fn phases_apart(apart: u8) -> String {
    tr!("words-phases-apart", count = apart)
}

/// The spread of a question's ratings: "3–5, median 4.0, 2 phases apart", or "one rating, 3".
pub fn spread(spread: &super::Spread) -> String {
    if spread.assessors == 1 {
        return tr!("words-spread-one", phase = spread.lowest.number());
    }
    tr!(
        "words-spread",
        lowest = spread.lowest.number(),
        highest = spread.highest.number(),
        median = spread.median.to_string(),
        apart = phases_apart(spread.apart())
    )
}

/// Who rated a group assessment and how much is agreed, in one sentence.
pub fn group_note(note: &super::read::GroupNote) -> String {
    tr!(
        "words-group-note",
        assessors = note.assessors.len(),
        names = join_and(&note.assessors),
        unagreed = note.unagreed,
        rated = note.rated
    )
}

/// That no question is a talking point: none still to agree is far apart.
pub fn no_talking_points() -> String {
    tr!("words-no-talking-points", wide = super::WIDE_SPREAD)
}

/// "1 answer", "3 answers".
pub fn answers(count: usize) -> String {
    tr!("words-answers", count = count)
}

/// "1 question", "3 questions".
pub fn questions(count: usize) -> String {
    tr!("words-questions", count = count)
}

/// How many questions a group's assessors rated [`super::WIDE_SPREAD`] or more phases apart:
/// "1 question has assessors 2 or more phases apart", "No question has …".
pub fn wide_spreads(count: usize) -> String {
    tr!(
        "words-wide-spreads",
        count = count,
        wide = super::WIDE_SPREAD
    )
}

/// A text of the question bank as shown: tagged with its language when the bank has it only
/// in the other one ("Our civic strategy (in English)"), never left blank.
pub fn bank_text(framework: &Framework, of: crate::model::TextOf<'_>, text: &str) -> String {
    match framework.other_language(of) {
        Some(lang) => tr!(
            "words-bank-text-tagged",
            text = text,
            tag = tr!("words-text-in-language", language = lang.tag())
        ),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;
    use crate::i18n::{Lang, scoped};
    use crate::model::testing::{assessment_with, english_words, framework};
    use crate::scoring::compare::compare;

    /// In a Welsh sentence a domain's Welsh title is mutated after "a"; a title the bank has
    /// only in English keeps its spelling.
    #[test]
    fn a_domain_title_is_mutated_only_in_its_own_language() {
        let mut parts = framework(&[1, 1]).into_parts();
        let (d0, d1) = (DomainId::new("d0"), DomainId::new("d1"));
        let mut welsh = crate::model::Translation::default();
        welsh.domains.insert(
            d1.clone(),
            crate::model::DomainTranslation {
                title: Some("Cyfraniad".to_owned()),
                summary: None,
            },
        );
        parts.translations.insert(Lang::Cy, welsh);
        let fw = Framework::new(parts)
            .expect("a framework")
            .in_language(Lang::Cy);
        let _lang = scoped(Lang::Cy);
        assert_eq!(
            domains(&fw, &[(&d0, "Domain 0"), (&d1, "Cyfraniad")]),
            "Domain 0 a Chyfraniad"
        );
        assert_eq!(
            domains(&fw, &[(&d1, "Cyfraniad"), (&d0, "Culture")]),
            "Cyfraniad a Culture"
        );
        let _english = scoped(Lang::EnGb);
        assert_eq!(
            domains(&fw, &[(&d0, "Domain 0"), (&d1, "Culture")]),
            "Domain 0 and Culture"
        );
    }

    #[test]
    fn lateness_reads_in_days_weeks_then_months() {
        let due = date!(2026 - 11 - 01);
        assert_eq!(
            overdue(due, date!(2026 - 11 - 01)),
            None,
            "due today is not late"
        );
        assert_eq!(overdue(due, date!(2026 - 10 - 01)), None);
        assert_eq!(
            overdue(due, date!(2026 - 11 - 02)).as_deref(),
            Some("1 day overdue")
        );
        assert_eq!(
            overdue(due, date!(2026 - 11 - 14)).as_deref(),
            Some("13 days overdue")
        );
        assert_eq!(
            overdue(due, date!(2026 - 11 - 22)).as_deref(),
            Some("3 weeks overdue")
        );
        assert_eq!(
            overdue(due, date!(2027 - 02 - 01)).as_deref(),
            Some("3 months overdue")
        );
        assert_eq!(
            overdue(due, date!(2027 - 03 - 01)).as_deref(),
            Some("4 months overdue")
        );
    }

    #[test]
    fn counts_take_the_catalogue_plurals() {
        assert_eq!(phases_apart(0), "all agree");
        assert_eq!(phases_apart(1), "1 phase apart");
        assert_eq!(phases_apart(3), "3 phases apart");
        assert_eq!(answers(1), "1 answer");
        assert_eq!(answers(0), "0 answers");
        assert_eq!(questions(1), "1 question");
        assert_eq!(questions(4), "4 questions");
        assert_eq!(
            wide_spreads(0),
            "No question has assessors 2 or more phases apart"
        );
        assert_eq!(
            wide_spreads(1),
            "1 question has assessors 2 or more phases apart"
        );
        assert_eq!(
            wide_spreads(3),
            "3 questions have assessors 2 or more phases apart"
        );
    }

    #[test]
    fn dates_and_figures() {
        assert_eq!(short_date(date!(2027 - 01 - 20)), "20 Jan 2027");
        assert_eq!(long_date(date!(2026 - 11 - 05)), "5 November 2026");
        assert_eq!(percent(None), "–");
        assert_eq!(percent(Ratio::new(3, 4)), "75%");
        assert_eq!(maturity(None), no_figure());
        assert_eq!(change(Some(6)), "+0.6");
        assert_eq!(change(Some(-3)), "\u{2212}0.3", "a true minus sign");
        assert_eq!(change(Some(0)), "no change");
        assert_eq!(change(None), no_figure());
        assert_eq!(change_size(-7), "0.7");
        assert_eq!(change_size(12), "1.2");
        assert_eq!(not_yet_rated(), "not yet rated");
        assert_eq!(not_yet_rated_label(), "Not yet rated");
        let fw = framework(&[1]);
        assert_eq!(
            maturity_with_phase(&fw, Some(Maturity(33))),
            "3.3 (Phase name 3)"
        );
        assert_eq!(maturity_with_phase(&fw, None), "not yet rated");
        assert_eq!(
            question_change(None, Some(Maturity(20))),
            "rated for the first time"
        );
        assert_eq!(question_change(Some(Maturity(20)), None), "no longer rated");
        assert_eq!(question_change(None, None), "–");
    }

    /// The words of every fact in the pseudo-locale: nothing English is left over, only
    /// figures, marks and the framework's own names.
    #[test]
    fn every_word_comes_from_the_catalogue() {
        let _lang = scoped(Lang::Pseudo);
        let fw = framework(&[3, 2]);
        let rate = |ratings: &[(&str, u8)]| {
            let ratings: Vec<(&str, Option<u8>, usize)> =
                ratings.iter().map(|&(id, p)| (id, Some(p), 0)).collect();
            assessment_with(&fw, &ratings)
        };
        let c = compare(
            &fw,
            &rate(&[("d0.q0", 3), ("d0.q1", 2), ("d1.q0", 4)]),
            &rate(&[("d0.q0", 4), ("d0.q2", 1), ("d1.q1", 2)]),
        );
        let mut said = vec![
            no_figure(),
            not_yet_rated(),
            not_yet_rated_label(),
            percent(Ratio::new(1, 3)),
            change(Some(0)),
            change(Some(-4)),
            like_for_like(),
            overall_change(&c),
            question_change(None, Some(Maturity(30))),
            question_change(Some(Maturity(30)), None),
            short_date(date!(2027 - 03 - 01)),
            long_date(date!(2027 - 03 - 01)),
            phases_apart(0),
            phases_apart(1),
            phases_apart(4),
            answers(1),
            answers(2),
            questions(1),
            questions(7),
            wide_spreads(0),
            wide_spreads(1),
            wide_spreads(5),
            phase_name(&fw, None),
        ];
        said.extend(apart_note(&c));
        for days in [1, 20, 400] {
            said.extend(overdue(
                date!(2026 - 01 - 01),
                date!(2026 - 01 - 01) + time::Duration::days(days),
            ));
        }
        for d in &c.domains {
            said.push(domain_change(d));
            said.push(domain_change_short(d));
            said.extend(rated_apart(d));
        }
        for text in &said {
            assert_eq!(english_words(text), Vec::<String>::new(), "{text}");
        }
    }
}
