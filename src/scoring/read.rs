//! The read model: what every front-end tells people about an assessment beyond its scores —
//! the actions in the order people act on them, and the key messages — computed once, so the
//! app's summary and the report cannot disagree. Pure: the day is passed in.

use std::collections::HashMap;

use time::Date;

use super::compare::{self, Comparison};
use super::wording;
use super::{DomainScore, Maturity, Scorecard};
use crate::i18n::join_and;
use crate::model::problems::parse_due_date;
use crate::model::response::words;
use crate::model::{Action, Assessment, Domain, DomainId, Framework, Question, QuestionId};
use crate::tr;

/// Where the actions of answers to questions the framework does not have are filed, in words:
/// "Not in this version of the framework".
pub fn not_in_framework() -> String {
    tr!("words-not-in-framework")
}

/// How many key messages are given at most.
const KEY_MESSAGES: usize = 5;

/// An action with where it belongs.
#[derive(Clone, Debug)]
pub struct PlacedAction<'a> {
    /// The domain's index in the framework; `None` for an answer to a question the framework
    /// does not have.
    pub domain: Option<usize>,
    /// The domain's title; `None` for an answer to a question the framework does not have
    /// (worded [`not_in_framework`]).
    pub domain_title: Option<&'a str>,
    /// The question's number ("2.2"), or its id when the framework does not have it.
    pub number: String,
    /// The action.
    pub action: &'a Action,
    /// Whether another action of its kind (open, or done) reads the same, ignoring case and
    /// spacing: in a group file, an action several assessors changed is kept once per version,
    /// and each copy then says whose it is ([`Self::version`]).
    pub has_twin: bool,
}

impl PlacedAction<'_> {
    /// The domain's title, or [`not_in_framework`].
    pub fn domain_words(&self) -> String {
        self.domain_title
            .map_or_else(not_in_framework, ToOwned::to_owned)
    }

    /// " (Alys and Bryn's version)" after the action's description, when it is one of several
    /// versions and says who added it.
    pub fn version(&self) -> Option<String> {
        (self.has_twin && !self.action.added_by.is_empty()).then(|| {
            tr!(
                "words-action-version",
                names = join_and(&self.action.added_by)
            )
        })
    }

    /// How late the action is on `today` ("3 weeks overdue"), when open and late.
    pub fn overdue(&self, today: Date) -> Option<String> {
        if !self.action.status.is_open() {
            return None;
        }
        parse_due_date(&self.action.due).and_then(|due| wording::overdue(due, today))
    }
}

/// Questions in framework order with their number ("2.2") and domain.
pub fn numbered_questions(framework: &Framework) -> Vec<(String, &Domain, &Question)> {
    framework
        .domains()
        .iter()
        .enumerate()
        .flat_map(|(d, domain)| {
            domain
                .questions
                .iter()
                .enumerate()
                .map(move |(q, question)| (wording::question_number(d, q), domain, question))
        })
        .collect()
}

/// Every action, soonest due first; undated and unreadable dates last, then framework order.
/// Actions of answers to questions the framework does not have are included, marked. Each
/// knows whether it has a twin ([`PlacedAction::has_twin`]).
pub fn actions<'a>(framework: &'a Framework, assessment: &'a Assessment) -> Vec<PlacedAction<'a>> {
    let mut placed = placed(framework, assessment);
    // Each description's words once, not once per pair of actions.
    let kept: Vec<(bool, String)> = placed
        .iter()
        .map(|p| (p.action.status.is_open(), words(&p.action.description)))
        .collect();
    let mut readings: HashMap<&(bool, String), usize> = HashMap::new();
    for reading in &kept {
        *readings.entry(reading).or_default() += 1;
    }
    for (p, reading) in placed.iter_mut().zip(&kept) {
        p.has_twin = readings.get(reading).is_some_and(|&count| count > 1);
    }
    placed
}

/// [`actions`] in their order, without looking for twins: for counting them.
fn placed<'a>(framework: &'a Framework, assessment: &'a Assessment) -> Vec<PlacedAction<'a>> {
    let numbers: HashMap<&QuestionId, String> = numbered_questions(framework)
        .into_iter()
        .map(|(number, _, question)| (&question.id, number))
        .collect();
    let known = assessment
        .actions_in(framework)
        .map(|(domain, question, action)| {
            let number = numbers.get(&question.id).cloned().unwrap_or_default();
            PlacedAction {
                domain: framework.domains().iter().position(|d| d.id == domain.id),
                domain_title: Some(&domain.title),
                number,
                action,
                has_twin: false,
            }
        });
    let unknown = assessment
        .unknown_questions(framework)
        .filter_map(|id| Some((id, assessment.response(id)?)))
        .flat_map(|(id, response)| {
            response.actions.iter().map(move |action| PlacedAction {
                domain: None,
                domain_title: None,
                number: id.to_string(),
                action,
                has_twin: false,
            })
        });
    let mut placed: Vec<(usize, PlacedAction<'a>)> = known.chain(unknown).enumerate().collect();
    placed.sort_by_key(|(order, p)| {
        let due = parse_due_date(&p.action.due);
        (due.is_none(), due, *order)
    });
    placed.into_iter().map(|(_, p)| p).collect()
}

/// The open actions, soonest due first.
pub fn open_actions<'a>(
    framework: &'a Framework,
    assessment: &'a Assessment,
) -> Vec<PlacedAction<'a>> {
    actions(framework, assessment)
        .into_iter()
        .filter(|a| a.action.status.is_open())
        .collect()
}

/// A key message: a short lead, shown strong, and the rest of the sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyMessage {
    /// "Strongest: ", "3 open actions are overdue".
    pub lead: String,
    /// What follows the lead.
    pub text: String,
}

impl KeyMessage {
    fn new(lead: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            lead: lead.into(),
            text: text.into(),
        }
    }
}

/// An earlier assessment to compare with, and how to name it ("2025–26").
pub struct Since<'a> {
    /// The earlier assessment's period, or its title when it has none.
    pub name: String,
    /// What changed.
    pub comparison: &'a Comparison,
}

/// How an earlier assessment is named in "Since …": its period ("2025–26"), or `label` (its
/// title) when it names none.
pub fn since_name(earlier: &Assessment, label: &str) -> String {
    match earlier.period.trim() {
        "" => label.to_owned(),
        period => period.to_owned(),
    }
}

/// Three to five messages computed from the data, most telling first: the strongest and least
/// developed domains, the change since the earlier assessment, overdue actions on `today`,
/// questions the group has still to agree and domains not yet rated.
pub fn key_messages(
    framework: &Framework,
    assessment: &Assessment,
    card: &Scorecard,
    since: Option<&Since<'_>>,
    today: Date,
) -> Vec<KeyMessage> {
    let mut messages = extremes(framework, card);
    if let Some(since) = since {
        messages.push(change_message(framework, since));
    }
    // Counted every frame in the app: no need to look for twins.
    let overdue = placed(framework, assessment)
        .iter()
        .filter(|a| a.overdue(today).is_some())
        .count();
    if overdue > 0 {
        messages.push(KeyMessage::new(
            tr!("words-key-overdue-lead", count = overdue),
            tr!("words-key-overdue-text", date = wording::long_date(today)),
        ));
    }
    let unagreed = card.unagreed_questions();
    if assessment.is_group() && unagreed > 0 {
        messages.push(KeyMessage::new(
            tr!(
                "words-key-unagreed-lead",
                unagreed = unagreed,
                rated = card.rated_questions()
            ),
            tr!(
                "words-key-unagreed-text",
                assessors = assessment.assessors().len()
            ),
        ));
    }
    let unrated: Vec<(&DomainId, &str)> = card
        .domains
        .iter()
        .filter(|d| d.maturity.is_none())
        .map(|d| (&d.domain_id, d.title.as_str()))
        .collect();
    if !unrated.is_empty() && unrated.len() < card.domains.len() {
        messages.push(KeyMessage::new(
            tr!("words-key-unrated-lead"),
            tr!(
                "words-key-unrated-text",
                count = unrated.len(),
                domains = wording::domains(framework, &unrated)
            ),
        ));
    }
    messages.truncate(KEY_MESSAGES);
    messages
}

/// The strongest and least developed domains, or why they cannot be named yet.
fn extremes(framework: &Framework, card: &Scorecard) -> Vec<KeyMessage> {
    let rated: Vec<&DomainScore> = card
        .domains
        .iter()
        .filter(|d| d.maturity.is_some())
        .collect();
    if rated.is_empty() {
        return vec![KeyMessage::new("", tr!("words-key-none-rated"))];
    }
    if rated.len() < 2 {
        return vec![KeyMessage::new("", tr!("words-key-one-rated"))];
    }
    let high = rated.iter().filter_map(|d| d.maturity).max();
    let low = rated.iter().filter_map(|d| d.maturity).min();
    let named = |lead: String, target: Option<Maturity>| {
        let names: Vec<(&DomainId, &str)> = rated
            .iter()
            .filter(|d| d.maturity == target)
            .map(|d| (&d.domain_id, d.title.as_str()))
            .collect();
        KeyMessage::new(
            lead,
            tr!(
                "words-key-named",
                count = names.len(),
                domains = wording::domains(framework, &names),
                maturity = wording::maturity_with_phase(framework, target)
            ),
        )
    };
    if high == low {
        return vec![named(tr!("words-key-level-lead"), high)];
    }
    vec![
        named(tr!("words-key-strongest-lead"), high),
        named(tr!("words-key-least-developed-lead"), low),
    ]
}

/// The overall change and the largest change of a domain since the earlier assessment, like for
/// like: a domain whose figure moved only because questions were rated in one of the two is
/// never named as the largest change, and what is left out is said.
fn change_message(framework: &Framework, since: &Since<'_>) -> KeyMessage {
    let c = since.comparison;
    let overall = match (c.overall_earlier, c.overall_current, c.overall_change()) {
        (Some(then), Some(now), Some(_)) => tr!(
            "words-key-overall",
            earlier = then.to_string(),
            current = now.to_string(),
            change = wording::overall_change(c)
        ),
        (Some(then), Some(now), None) => tr!(
            "words-key-overall-no-like-for-like",
            earlier = then.to_string(),
            current = now.to_string()
        ),
        _ => tr!("words-key-overall-none"),
    };
    let largest = c.largest_changes();
    let falls = c.largest_falls();
    let text = if largest.is_empty() {
        tr!("words-key-since-no-change", overall = overall)
    } else if !falls.is_empty() && largest.iter().all(|d| d.change() > Some(0)) {
        tr!(
            "words-key-since-largest-and-falls",
            overall = overall,
            count = largest.len(),
            domains = domains_changed(framework, &largest),
            falls_count = falls.len(),
            falls = domains_changed(framework, &falls)
        )
    } else {
        tr!(
            "words-key-since-largest",
            overall = overall,
            count = largest.len(),
            domains = domains_changed(framework, &largest)
        )
    };
    KeyMessage::new(
        tr!("words-key-since-lead", since = since.name.as_str()),
        text,
    )
}

/// "Economic impact, +0.7 (2.0 to 2.7)", with "on the 2 questions rated both times" when the
/// domain has questions rated in only one of the two; several joined by "and".
fn domains_changed(framework: &Framework, domains: &[&compare::DomainChange]) -> String {
    let named: Vec<(&DomainId, String)> = domains
        .iter()
        .map(|d| {
            let (change, earlier, current) = (
                wording::change(d.change()),
                wording::maturity(d.like_earlier),
                wording::maturity(d.like_current),
            );
            let phrase = if d.has_questions_apart() {
                tr!(
                    "words-key-domain-changed-on",
                    domain = d.title.as_str(),
                    change = change,
                    earlier = earlier,
                    current = current,
                    count = d.rated_both
                )
            } else {
                tr!(
                    "words-key-domain-changed",
                    domain = d.title.as_str(),
                    change = change,
                    earlier = earlier,
                    current = current
                )
            };
            (&d.domain_id, phrase)
        })
        .collect();
    wording::domains(framework, &named)
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;
    use crate::i18n::{Lang, scoped};
    use crate::model::testing::{assessment_with, english_words, framework};
    use crate::model::{ActionStatus, Phase};
    use crate::scoring::score;

    fn action(description: &str, due: &str, status: ActionStatus) -> Action {
        Action {
            description: description.to_owned(),
            due: due.to_owned(),
            status,
            ..Action::default()
        }
    }

    /// A framework of two domains of two questions, with actions due in several spellings.
    fn planned() -> (Framework, Assessment) {
        let fw = framework(&[2, 2]);
        let mut a = assessment_with(
            &fw,
            &[
                ("d0.q0", Some(2), 0),
                ("d1.q1", Some(4), 0),
                ("old.q", None, 0),
            ],
        );
        let mut add = |id: &str, actions: Vec<Action>| {
            a.responses
                .get_mut(&QuestionId::new(id))
                .expect("rated")
                .actions
                .extend(actions);
        };
        add(
            "d1.q1",
            vec![
                action("undated", "", ActionStatus::Planned),
                action("day first", "31/03/2027", ActionStatus::InProgress),
            ],
        );
        add(
            "d0.q0",
            vec![
                action("iso", "2027-01-15", ActionStatus::Planned),
                action("done", "2026-01-01", ActionStatus::Done),
            ],
        );
        add(
            "old.q",
            vec![action("orphan", "1 Feb 2027", ActionStatus::Planned)],
        );
        (fw, a)
    }

    #[test]
    fn actions_sort_by_due_date_in_any_spelling_then_undated() {
        let (fw, a) = planned();
        let placed = actions(&fw, &a);
        let order: Vec<&str> = placed
            .iter()
            .map(|p| p.action.description.as_str())
            .collect();
        assert_eq!(order, ["done", "iso", "orphan", "day first", "undated"]);
        let numbers: Vec<&str> = placed.iter().map(|p| p.number.as_str()).collect();
        assert_eq!(numbers, ["1.1", "1.1", "old.q", "2.2", "2.2"]);
        assert_eq!(placed[0].domain, Some(0));
        assert_eq!(placed[2].domain, None);
        assert_eq!(
            placed[2].domain_words(),
            "Not in this version of the framework"
        );
        assert_eq!(placed[3].domain_words(), "Domain 1");
        let open: Vec<&str> = open_actions(&fw, &a)
            .iter()
            .map(|p| p.action.description.as_str())
            .collect();
        assert_eq!(open, ["iso", "orphan", "day first", "undated"]);
    }

    #[test]
    fn each_version_of_an_action_says_whose_among_the_actions_of_its_kind() {
        let (fw, mut a) = planned();
        let by = |name: &str, description: &str, status| Action {
            added_by: vec![name.to_owned()],
            ..action(description, "", status)
        };
        let q = a
            .responses
            .get_mut(&QuestionId::new("d0.q0"))
            .expect("rated");
        q.actions.extend([
            by("Alys", "Brief  the Council", ActionStatus::Planned),
            by("Bryn", "brief the council", ActionStatus::InProgress),
            // Done: not a version of the open ones.
            by("Cai", "Brief the council", ActionStatus::Done),
            // Reads like "iso" but names nobody: nothing to say.
            action("ISO", "", ActionStatus::Planned),
        ]);
        let _english = scoped(Lang::EnGb);
        let versions: Vec<(&str, Option<String>)> = actions(&fw, &a)
            .iter()
            .map(|p| (p.action.description.as_str(), p.version()))
            .collect();
        let of = |d: &str| {
            versions
                .iter()
                .find(|(v, _)| *v == d)
                .map(|(_, v)| v.clone())
        };
        assert_eq!(
            of("Brief  the Council"),
            Some(Some(" (Alys's version)".to_owned()))
        );
        assert_eq!(
            of("brief the council"),
            Some(Some(" (Bryn's version)".to_owned()))
        );
        assert_eq!(of("Brief the council"), Some(None));
        assert_eq!(of("ISO"), Some(None));
        assert_eq!(of("iso"), Some(None));
        assert!(
            actions(&fw, &a)
                .iter()
                .any(|p| p.has_twin && p.action.description == "iso")
        );
    }

    #[test]
    fn a_due_date_written_day_first_is_overdue_like_any_other() {
        let (fw, a) = planned();
        let placed = actions(&fw, &a);
        let today = date!(2027 - 04 - 02);
        let late: Vec<(&str, Option<String>)> = placed
            .iter()
            .map(|p| (p.action.description.as_str(), p.overdue(today)))
            .collect();
        assert_eq!(
            late,
            [
                ("done", None),
                ("iso", Some("2 months overdue".to_owned())),
                ("orphan", Some("8 weeks overdue".to_owned())),
                ("day first", Some("2 days overdue".to_owned())),
                ("undated", None),
            ]
        );
    }

    #[test]
    fn key_messages_name_the_extremes_lateness_and_what_is_not_rated() {
        let (fw, mut a) = planned();
        // Two domains rated at different phases.
        a.responses
            .get_mut(&QuestionId::new("d0.q0"))
            .expect("rated")
            .phase = Phase::new(3);
        let card = score(&fw, &a);
        let messages = key_messages(&fw, &a, &card, None, date!(2027 - 04 - 02));
        let said: Vec<(String, String)> = messages
            .iter()
            .map(|m| (m.lead.clone(), m.text.clone()))
            .collect();
        assert_eq!(
            said,
            [
                (
                    "Strongest: ".to_owned(),
                    "Domain 1, 4.0 (Phase name 4).".to_owned()
                ),
                (
                    "Least developed: ".to_owned(),
                    "Domain 0, 3.0 (Phase name 3).".to_owned()
                ),
                (
                    "3 open actions are overdue".to_owned(),
                    " on 2 April 2027.".to_owned()
                ),
            ]
        );
        let one = assessment_with(&fw, &[("d0.q0", Some(2), 0)]);
        let messages = key_messages(&fw, &one, &score(&fw, &one), None, date!(2027 - 04 - 02));
        assert_eq!(
            messages[0].text,
            "The strongest and least developed domains are named once two domains are rated."
        );
        assert_eq!(messages[1].lead, "Not yet rated: ");
        assert_eq!(
            messages[1].text,
            "Domain 1, so it is not in the overall maturity."
        );
    }

    /// The demo's trap: a domain whose figure fell only because a question was rated for the
    /// first time is never the largest change; the real fall is.
    #[test]
    fn the_change_message_names_the_largest_like_for_like_change() {
        let fw = framework(&[2, 3]);
        let rate = |ratings: &[(&str, u8)]| {
            let ratings: Vec<(&str, Option<u8>, usize)> =
                ratings.iter().map(|&(id, p)| (id, Some(p), 0)).collect();
            assessment_with(&fw, &ratings)
        };
        let earlier = rate(&[("d0.q0", 4), ("d0.q1", 3), ("d1.q0", 4), ("d1.q2", 4)]);
        let current = rate(&[
            ("d0.q0", 4),
            ("d0.q1", 2),
            ("d1.q0", 4),
            ("d1.q1", 2),
            ("d1.q2", 4),
        ]);
        let comparison = crate::scoring::compare::compare(&fw, &current, &earlier);
        let since = Since {
            name: "2025–26".to_owned(),
            comparison: &comparison,
        };
        let card = score(&fw, &current);
        let messages = key_messages(&fw, &current, &card, Some(&since), date!(2026 - 11 - 27));
        let change = messages
            .iter()
            .find(|m| m.lead == "Since 2025–26: ")
            .expect("a change message");
        assert_eq!(
            change.text,
            "overall maturity 3.8 then, 3.2 now (\u{2212}0.3 like for like); the largest change is \
             Domain 0, \u{2212}0.5 (3.5 to 3.0)."
        );
        // Rated apart: the domain named with what it counts.
        let current = rate(&[("d0.q0", 5), ("d0.q1", 3), ("d1.q0", 4), ("d1.q2", 4)]);
        let earlier = rate(&[("d0.q0", 4), ("d1.q0", 4)]);
        let comparison = crate::scoring::compare::compare(&fw, &current, &earlier);
        let since = Since {
            name: "last year".to_owned(),
            comparison: &comparison,
        };
        let card = score(&fw, &current);
        let messages = key_messages(&fw, &current, &card, Some(&since), date!(2026 - 11 - 27));
        assert!(
            messages.iter().any(|m| m.text.ends_with(
                "the largest change is Domain 0, +1.0 (4.0 to 5.0 on the 1 question rated both times)."
            )),
            "{messages:#?}"
        );
    }

    /// Every key message in the pseudo-locale: only the user's data (domain titles, the
    /// framework's phase names, the earlier assessment's name) is left in plain letters.
    #[test]
    fn key_messages_come_from_the_catalogue() {
        let _lang = scoped(Lang::Pseudo);
        let (fw, a) = planned();
        let earlier = assessment_with(&fw, &[("d0.q0", Some(4), 0), ("d1.q0", Some(1), 0)]);
        let comparison = crate::scoring::compare::compare(&fw, &a, &earlier);
        let since = Since {
            name: "Before".to_owned(),
            comparison: &comparison,
        };
        let card = score(&fw, &a);
        let mut said: Vec<String> =
            key_messages(&fw, &a, &card, Some(&since), date!(2027 - 04 - 02))
                .into_iter()
                .flat_map(|m| [m.lead, m.text])
                .collect();
        let empty = assessment_with(&fw, &[]);
        said.extend(
            key_messages(
                &fw,
                &empty,
                &score(&fw, &empty),
                None,
                date!(2027 - 04 - 02),
            )
            .into_iter()
            .map(|m| m.text),
        );
        said.extend(
            actions(&fw, &a)
                .iter()
                .map(PlacedAction::domain_words)
                .filter(|w| !w.starts_with("Domain")),
        );
        let data = ["Domain", "Phase", "name", "Before"];
        for text in &said {
            let english: Vec<String> = english_words(text)
                .into_iter()
                .filter(|w| !data.contains(&w.as_str()))
                .collect();
            assert!(english.is_empty(), "{text}: {english:?}");
        }
    }
}

/// Who rated a group assessment, and how much of it is agreed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupNote {
    /// The assessors, in the file's order.
    pub assessors: Vec<String>,
    /// Rated questions whose phase the group has not agreed yet.
    pub unagreed: usize,
    /// Rated questions.
    pub rated: usize,
}

/// The group note of `assessment`, scored as `card`.
pub fn group_note(assessment: &Assessment, card: &Scorecard) -> GroupNote {
    GroupNote {
        assessors: assessment
            .assessors()
            .into_iter()
            .map(str::to_owned)
            .collect(),
        unagreed: card.unagreed_questions(),
        rated: card.rated_questions(),
    }
}

/// A question the group's assessors are far apart on and have not agreed yet: something to
/// talk through at the next workshop.
#[derive(Clone, Debug)]
pub struct TalkingPoint<'a> {
    /// The question's number ("2.2").
    pub number: String,
    pub question: &'a Question,
    /// How far apart the assessors are.
    pub spread: super::Spread,
}

/// The talking points of `assessment`, widest apart first, in framework order among equals.
pub fn talking_points<'a>(
    framework: &'a Framework,
    assessment: &Assessment,
) -> Vec<TalkingPoint<'a>> {
    let mut points: Vec<TalkingPoint<'a>> = numbered_questions(framework)
        .into_iter()
        .filter_map(|(number, _, question)| {
            let spread = super::to_talk_through(assessment.response(&question.id)?)?;
            Some(TalkingPoint {
                number,
                question,
                spread,
            })
        })
        .collect();
    points.sort_by_key(|p| std::cmp::Reverse(p.spread.apart()));
    points
}
