//! How the workbook words the facts it computes: maturities, phases, percentages, changes,
//! dates and lateness. The app's summary, `score`, the PDF, the Markdown and the CSV all word
//! them here, so they cannot disagree, and a translation (the Welsh edition) starts from one
//! catalogue. Pure: dates are passed in.

use time::Date;
use time::macros::format_description;

use super::compare::{Comparison, DomainChange, RatedOnce};
use super::{Maturity, Ratio, compare};
use crate::model::{Framework, Phase};

/// What stands for a figure that does not exist yet (a percentage of nothing, an unrated
/// domain's score in a table of numbers).
pub const NO_FIGURE: &str = "–";

/// A question or domain with no phase yet, in running text.
pub const NOT_YET_RATED: &str = "not yet rated";

/// The same at the start of a sentence or a label.
pub const NOT_YET_RATED_LABEL: &str = "Not yet rated";

/// "75%", or [`NO_FIGURE`].
pub fn percent(ratio: Option<Ratio>) -> String {
    ratio.map_or_else(|| NO_FIGURE.to_owned(), |r| r.to_string())
}

/// "3.1", or [`NO_FIGURE`].
pub fn maturity(maturity: Option<Maturity>) -> String {
    maturity.map_or_else(|| NO_FIGURE.to_owned(), |m| m.to_string())
}

/// "3.3 (Delivering)": a maturity with the phase it has reached, or [`NOT_YET_RATED`].
pub fn maturity_with_phase(framework: &Framework, maturity: Option<Maturity>) -> String {
    match maturity.and_then(|m| m.phase_reached().map(|p| (m, p))) {
        Some((m, phase)) => format!("{m} ({})", framework.phase_name(phase)),
        None => NOT_YET_RATED.to_owned(),
    }
}

/// A phase's name, or [`NOT_YET_RATED_LABEL`].
pub fn phase_name(framework: &Framework, phase: Option<Phase>) -> String {
    phase.map_or_else(
        || NOT_YET_RATED_LABEL.to_owned(),
        |p| framework.phase_name(p),
    )
}

/// A change in tenths of a phase: "+0.6", "-0.3", "no change", or [`NO_FIGURE`] when there
/// is nothing to compare.
pub fn change(tenths: Option<i32>) -> String {
    tenths.map_or_else(|| NO_FIGURE.to_owned(), compare::describe_change)
}

/// How a change is measured, in one sentence, for the report's method and under every table of
/// changes.
pub const LIKE_FOR_LIKE: &str = "Changes are like for like: a domain’s change is the mean phase now of the questions \
     rated in both assessments minus their mean then, and the overall change is the mean of those domains’ \
     like-for-like maturities now minus the same mean then; questions rated for the first time or no longer \
     rated are listed apart and never count as a rise or a fall, and a domain with no question rated in both \
     has no change.";

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
/// rated", or both joined by "; ". `None` when the same questions are rated both times.
pub fn rated_apart(change: &DomainChange) -> Option<String> {
    questions_apart(&change.first_rated, &change.no_longer_rated)
}

/// "5.2 and 6.1 rated for the first time; 3.1 no longer rated"; `None` when both are empty.
pub fn questions_apart(first_rated: &[RatedOnce], no_longer_rated: &[RatedOnce]) -> Option<String> {
    let mut parts = Vec::new();
    if !first_rated.is_empty() {
        parts.push(format!("{} rated for the first time", numbers(first_rated)));
    }
    if !no_longer_rated.is_empty() {
        parts.push(format!("{} no longer rated", numbers(no_longer_rated)));
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// Under a narrow column of changes marked [`APART_MARK`]: "* Not counted as a change: 5.2
/// rated for the first time." `None` when no change is marked.
pub fn apart_note(comparison: &Comparison) -> Option<String> {
    let marked: Vec<&DomainChange> = comparison
        .domains
        .iter()
        .filter(|d| domain_change_short(d).ends_with(APART_MARK))
        .collect();
    let first: Vec<RatedOnce> = marked.iter().flat_map(|d| d.first_rated.clone()).collect();
    let gone: Vec<RatedOnce> = marked
        .iter()
        .flat_map(|d| d.no_longer_rated.clone())
        .collect();
    questions_apart(&first, &gone)
        .map(|apart| format!("{APART_MARK}\u{a0}Not counted as a change: {apart}."))
}

/// A domain's change in full, for tables with room: "+0.6", "no change", "no like-for-like
/// change: 5.2 rated for the first time", "-0.3 like for like; 6.4 rated for the first time,
/// not counted", "no question rated both times: 3.1 rated for the first time", or
/// [`NO_FIGURE`].
pub fn domain_change(change: &DomainChange) -> String {
    match (change.change(), rated_apart(change)) {
        (Some(tenths), None) => compare::describe_change(tenths),
        (Some(0), Some(apart)) => format!("no like-for-like change: {apart}"),
        (Some(tenths), Some(apart)) => format!(
            "{} like for like; {apart}, not counted",
            compare::describe_change(tenths)
        ),
        (None, Some(apart)) => format!("no question rated both times: {apart}"),
        (None, None) => NO_FIGURE.to_owned(),
    }
}

/// A domain's change in a narrow column: "+0.6", "no change", "newly rated", "not rated now",
/// [`NO_FIGURE`]; marked [`APART_MARK`] when questions rated in only one of the two are left
/// out (say which with [`rated_apart`] beside the table).
pub fn domain_change_short(change: &DomainChange) -> String {
    let marked = |text: String| {
        if change.has_questions_apart() {
            format!("{text}{APART_MARK}")
        } else {
            text
        }
    };
    match (change.change(), change.earlier, change.current) {
        (None, None, Some(_)) => "newly rated".to_owned(),
        (None, Some(_), None) => "not rated now".to_owned(),
        (tenths, ..) => marked(self::change(tenths)),
    }
}

/// The mark of a short change that leaves questions out.
pub const APART_MARK: &str = "*";

/// The overall change: "+0.2", "+0.2 like for like" when questions rated in only one of the two
/// are left out, or [`NO_FIGURE`].
pub fn overall_change(comparison: &Comparison) -> String {
    match comparison.overall_change() {
        Some(tenths) if leaves_out(comparison) => {
            format!("{} like for like", compare::describe_change(tenths))
        }
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
/// [`NO_FIGURE`].
pub fn question_change(earlier: Option<Maturity>, current: Option<Maturity>) -> String {
    match (compare::change(earlier, current), earlier, current) {
        (Some(tenths), ..) => compare::describe_change(tenths),
        (None, None, Some(_)) => "rated for the first time".to_owned(),
        (None, Some(_), None) => "no longer rated".to_owned(),
        (None, ..) => NO_FIGURE.to_owned(),
    }
}

/// "20 Jan 2027": the date style of tables and short notes, as the app shows due dates.
pub fn short_date(date: Date) -> String {
    crate::model::dates::short(date)
}

/// "20 January 2027": the date style of the cover and running text.
pub fn long_date(date: Date) -> String {
    date.format(format_description!(
        "[day padding:none] [month repr:long] [year]"
    ))
    .unwrap_or_else(|_| date.to_string())
}

/// How late something due on `due` is on `today`: "1 day overdue", "3 weeks overdue", "5
/// months overdue"; `None` when it is not late.
pub fn overdue(due: Date, today: Date) -> Option<String> {
    let days = (today - due).whole_days();
    let (count, unit) = match days {
        ..=0 => return None,
        1..=13 => (days, "day"),
        14..=62 => (days / 7, "week"),
        _ => (days / 30, "month"),
    };
    Some(format!(
        "{count} {unit}{} overdue",
        if count == 1 { "" } else { "s" }
    ))
}

/// How far apart assessors' ratings are: "all agree", "1 phase apart", "3 phases apart".
pub fn phases_apart(apart: u8) -> String {
    match apart {
        0 => "all agree".to_owned(),
        1 => "1 phase apart".to_owned(),
        n => format!("{n} phases apart"),
    }
}

/// "1 answer", "3 answers".
pub fn answers(count: usize) -> String {
    if count == 1 {
        "1 answer".to_owned()
    } else {
        format!("{count} answers")
    }
}

/// "1 question", "3 questions".
pub fn questions(count: usize) -> String {
    if count == 1 {
        "1 question".to_owned()
    } else {
        format!("{count} questions")
    }
}

/// How many questions a group's assessors rated [`super::WIDE_SPREAD`] or more phases apart:
/// "1 question has assessors 2 or more phases apart", "No question has …".
pub fn wide_spreads(count: usize) -> String {
    let apart = format!("assessors {} or more phases apart", super::WIDE_SPREAD);
    match count {
        0 => format!("No question has {apart}"),
        1 => format!("1 question has {apart}"),
        n => format!("{n} questions have {apart}"),
    }
}

/// "A", "A and B", "A, B and C".
pub fn join_and(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

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
    fn names_join_with_and() {
        assert_eq!(join_and(&[]), "");
        assert_eq!(join_and(&["A"]), "A");
        assert_eq!(join_and(&["A", "B"]), "A and B");
        assert_eq!(join_and(&["A", "B", "C"]), "A, B and C");
    }

    #[test]
    fn dates_and_figures() {
        assert_eq!(short_date(date!(2027 - 01 - 20)), "20 Jan 2027");
        assert_eq!(long_date(date!(2026 - 11 - 05)), "5 November 2026");
        assert_eq!(percent(None), NO_FIGURE);
        assert_eq!(maturity(None), NO_FIGURE);
        assert_eq!(change(Some(6)), "+0.6");
        assert_eq!(change(Some(0)), "no change");
        assert_eq!(change(None), NO_FIGURE);
    }
}
