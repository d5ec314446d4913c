//! Comparison with a baseline: an earlier assessment scored against the same framework, so
//! leadership sees what changed since last time. Pure, like the rest of scoring.
//!
//! - Domain and overall maturity, earlier and now, and the change in tenths measured like for
//!   like: on the questions rated in both assessments only. Questions rated for the first time,
//!   or no longer rated, are listed apart per domain and never count as a rise or a fall; a
//!   domain with no question rated in both has no change (not a change of zero). The overall
//!   change is the mean of the like-for-like domain maturities now minus the same mean then,
//!   over the domains with a question rated in both.
//! - Questions that moved: rated differently, newly rated, or no longer rated.
//! - Every action of the earlier assessment, with its status now. An action is the same when it
//!   answers the same question and has the same id (its wording may have changed since).
//! - Questions in only one of the two: answered earlier but not in the framework now (a revised
//!   framework), or, when the earlier file answered another version of the framework, in the
//!   framework now but absent from the earlier file.

use crate::model::response::same_text;
use crate::model::{ActionStatus, Assessment, DomainId, Framework, QuestionId};

use super::{Maturity, Scorecard, question_score, score};

/// A domain's maturity earlier and now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DomainChange {
    /// The domain.
    pub domain_id: DomainId,
    /// Its title.
    pub title: String,
    /// Maturity in the earlier assessment.
    pub earlier: Option<Maturity>,
    /// Maturity now.
    pub current: Option<Maturity>,
    /// Questions rated in the earlier assessment.
    pub earlier_rated: usize,
    /// Questions rated now.
    pub current_rated: usize,
    /// The mean, in the earlier assessment, of the questions rated both times; `None` when no
    /// question is.
    pub like_earlier: Option<Maturity>,
    /// The mean now of the same questions; `None` when no question was rated both times.
    pub like_current: Option<Maturity>,
    /// Questions rated both times: the ones the change is measured on.
    pub rated_both: usize,
    /// Questions rated now but not earlier, in framework order: not counted as a change.
    pub first_rated: Vec<RatedOnce>,
    /// Questions rated earlier but not now, in framework order: not counted as a change.
    pub no_longer_rated: Vec<RatedOnce>,
}

impl DomainChange {
    /// What the change leaves out, in words ("5.2 rated for the first time"), since a question
    /// rated in only one of the two moves the domain's maturity without anything getting better
    /// or worse. `None` when the same questions are rated both times.
    pub fn rated_note(&self) -> Option<String> {
        super::wording::rated_apart(self)
    }

    /// Now minus earlier, in tenths, like for like: over the questions rated both times.
    /// `None` when no question was rated both times.
    pub fn change(&self) -> Option<i32> {
        change(self.like_earlier, self.like_current)
    }

    /// Whether some question is rated in only one of the two assessments.
    pub fn has_questions_apart(&self) -> bool {
        !self.first_rated.is_empty() || !self.no_longer_rated.is_empty()
    }

    /// The like-for-like change with the number of questions it counts and leaves out.
    pub fn like_for_like(&self) -> LikeForLike {
        LikeForLike {
            change: self.change(),
            both: self.rated_both,
            first_rated: self.first_rated.len(),
            no_longer_rated: self.no_longer_rated.len(),
        }
    }
}

/// A question rated in only one of the two assessments: listed apart, never counted as a rise
/// or a fall.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RatedOnce {
    /// The question.
    pub question_id: QuestionId,
    /// Its number in the framework: "5.2".
    pub number: String,
    /// Its score in the assessment that rated it.
    pub value: Maturity,
}

/// Now minus earlier, in tenths; `None` unless both are rated.
pub fn change(earlier: Option<Maturity>, current: Option<Maturity>) -> Option<i32> {
    Some(i32::from(current?.tenths()) - i32::from(earlier?.tenths()))
}

/// A change in tenths written for people: "+0.5", "−1.0" (a true minus sign), "no change".
pub fn describe_change(tenths: i32) -> String {
    if tenths == 0 {
        crate::tr!("words-no-change")
    } else {
        crate::i18n::signed_tenths(tenths)
    }
}

/// A question whose score differs between the two.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuestionMove {
    /// The question.
    pub question_id: QuestionId,
    /// Its score earlier (`None`: not rated).
    pub earlier: Option<Maturity>,
    /// Its score now (`None`: not rated).
    pub current: Option<Maturity>,
}

/// An action of the earlier assessment and where it stands now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActionFollowUp {
    /// The question it answers.
    pub question_id: QuestionId,
    /// What was to be done.
    pub description: String,
    /// Who led it.
    pub owner: String,
    /// When it was due.
    pub due: String,
    /// Its status in the earlier assessment.
    pub earlier: ActionStatus,
    /// Its status now; `None` when the current assessment no longer lists it.
    pub now: Option<ActionStatus>,
}

/// Everything that changed between a baseline and the current assessment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    /// The earlier assessment's scores.
    pub earlier: Scorecard,
    /// Per domain, in framework order.
    pub domains: Vec<DomainChange>,
    /// Overall maturity earlier.
    pub overall_earlier: Option<Maturity>,
    /// Overall maturity now.
    pub overall_current: Option<Maturity>,
    /// Overall, like for like, earlier: the mean of the domains' [`DomainChange::like_earlier`]
    /// over the domains with a question rated both times; `None` when none has.
    pub overall_like_earlier: Option<Maturity>,
    /// Overall, like for like, now: the mean of the same domains' [`DomainChange::like_current`].
    pub overall_like_current: Option<Maturity>,
    /// Questions that moved, in framework order.
    pub moved: Vec<QuestionMove>,
    /// The earlier assessment's actions, in its question order.
    pub actions: Vec<ActionFollowUp>,
    /// Questions the earlier assessment answered that the framework no longer has, with
    /// their earlier score.
    pub only_earlier: Vec<(QuestionId, Option<Maturity>)>,
    /// Questions of the framework the earlier assessment does not have, when it answered
    /// another version of the framework (questions new since then, or not answered then).
    pub only_current: Vec<QuestionId>,
}

impl Comparison {
    /// Overall now minus earlier, in tenths, like for like (see
    /// [`Comparison::overall_like_earlier`]); `None` when no question was rated both times.
    pub fn overall_change(&self) -> Option<i32> {
        change(self.overall_like_earlier, self.overall_like_current)
    }

    /// Domains with a like-for-like change (a question rated both times).
    pub fn like_domains(&self) -> usize {
        self.domains.iter().filter(|d| d.change().is_some()).count()
    }

    /// Questions rated both times, over all domains.
    pub fn rated_both(&self) -> usize {
        self.domains.iter().map(|d| d.rated_both).sum()
    }

    /// Questions rated for the first time, over all domains, in framework order.
    pub fn first_rated(&self) -> impl Iterator<Item = &RatedOnce> {
        self.domains.iter().flat_map(|d| &d.first_rated)
    }

    /// Questions no longer rated, over all domains, in framework order.
    pub fn no_longer_rated(&self) -> impl Iterator<Item = &RatedOnce> {
        self.domains.iter().flat_map(|d| &d.no_longer_rated)
    }

    /// The domains with the largest like-for-like change, rise or fall, in framework order
    /// (more than one when they tie); empty when no domain changed like for like. A domain
    /// whose figure moved only because questions were rated in one of the two is never here.
    pub fn largest_changes(&self) -> Vec<&DomainChange> {
        largest(&self.domains, |change| change != 0)
    }

    /// The domains with the largest like-for-like fall, in framework order (more than one when
    /// they tie); empty when no domain fell like for like.
    pub fn largest_falls(&self) -> Vec<&DomainChange> {
        largest(&self.domains, |change| change < 0)
    }
}

/// The domains whose like-for-like change passes `keep` and is largest in size, in order.
fn largest(domains: &[DomainChange], keep: impl Fn(i32) -> bool) -> Vec<&DomainChange> {
    let changed: Vec<(&DomainChange, u32)> = domains
        .iter()
        .filter_map(|d| {
            d.change()
                .filter(|c| keep(*c))
                .map(|c| (d, c.unsigned_abs()))
        })
        .collect();
    let Some(size) = changed.iter().map(|(_, size)| *size).max() else {
        return Vec::new();
    };
    changed
        .into_iter()
        .filter(|(_, s)| *s == size)
        .map(|(d, _)| d)
        .collect()
}

/// Compares `current` with the `earlier` assessment, both scored against `framework`.
pub fn compare(framework: &Framework, current: &Assessment, earlier: &Assessment) -> Comparison {
    compare_scored(
        framework,
        current,
        &score(framework, current),
        earlier,
        score(framework, earlier),
    )
}

/// As [`compare`], with both assessments already scored (`now` and `before`), so a caller that
/// holds the scores does not compute them again.
pub fn compare_scored(
    framework: &Framework,
    current: &Assessment,
    now: &Scorecard,
    earlier: &Assessment,
    before: Scorecard,
) -> Comparison {
    let domains: Vec<DomainChange> = framework
        .domains()
        .iter()
        .zip(now.domains.iter().zip(&before.domains))
        .enumerate()
        .map(|(index, (domain, (now, before)))| {
            let like = measure(index, domain, current, earlier);
            DomainChange {
                domain_id: now.domain_id.clone(),
                title: now.title.clone(),
                earlier: before.maturity,
                current: now.maturity,
                earlier_rated: before.rated,
                current_rated: now.rated,
                like_earlier: like.earlier,
                like_current: like.current,
                rated_both: like.both,
                first_rated: like.first_rated,
                no_longer_rated: like.no_longer_rated,
            }
        })
        .collect();
    // Overall like for like: as overall maturity is the mean of the domains' maturities, over
    // the domains with a question rated both times.
    let like_mean = |pick: fn(&DomainChange) -> Option<Maturity>| {
        let measured: Vec<u64> = domains
            .iter()
            .filter(|d| d.rated_both > 0)
            .filter_map(|d| pick(d).map(|m| u64::from(m.tenths())))
            .collect();
        Maturity::mean_tenths(measured.iter().sum(), measured.len() as u64)
    };
    let overall_like_earlier = like_mean(|d| d.like_earlier);
    let overall_like_current = like_mean(|d| d.like_current);
    let value = |a: &Assessment, id: &QuestionId| {
        a.response(id)
            .and_then(question_score)
            .map(|score| score.value)
    };
    let moved = framework
        .questions()
        .filter_map(|(_, question)| {
            let (before, after) = (value(earlier, &question.id), value(current, &question.id));
            (before != after).then(|| QuestionMove {
                question_id: question.id.clone(),
                earlier: before,
                current: after,
            })
        })
        .collect();
    // The framework's order, then answers to questions it no longer has.
    let order: Vec<&QuestionId> = framework
        .questions()
        .map(|(_, q)| &q.id)
        .chain(earlier.unknown_questions(framework))
        .collect();
    let actions = order
        .into_iter()
        .filter_map(|id| earlier.response(id).map(|response| (id, response)))
        .flat_map(|(id, response)| response.actions.iter().map(move |action| (id, action)))
        .filter(|(_, action)| !action.description.trim().is_empty())
        .map(|(id, action)| ActionFollowUp {
            question_id: id.clone(),
            description: action.description.clone(),
            owner: action.owner.clone(),
            due: action.due.clone(),
            earlier: action.status,
            now: current.response(id).and_then(|response| {
                response
                    .actions
                    .iter()
                    .find(|a| !a.id.is_empty() && a.id == action.id)
                    .map(|a| a.status)
            }),
        })
        .collect();
    let only_earlier = earlier
        .unknown_questions(framework)
        .map(|id| (id.clone(), value(earlier, id)))
        .collect();
    // Within one version of the framework every question was there to answer; across versions,
    // a question the earlier file lacks may be new.
    let only_current = if earlier.framework.version == framework.version() {
        Vec::new()
    } else {
        framework
            .questions()
            .filter(|(_, question)| earlier.response(&question.id).is_none())
            .map(|(_, question)| question.id.clone())
            .collect()
    };
    Comparison {
        overall_earlier: before.overall,
        overall_current: now.overall,
        overall_like_earlier,
        overall_like_current,
        earlier: before,
        domains,
        moved,
        actions,
        only_earlier,
        only_current,
    }
}

/// A domain's change measured like for like: on the questions rated both times only. A
/// question rated for the first time, or no longer rated, is counted apart and never moves
/// the change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LikeForLike {
    /// Now minus earlier, in tenths, over the questions rated both times; `None` when none is.
    pub change: Option<i32>,
    /// Questions rated both times.
    pub both: usize,
    /// Questions rated now but not earlier.
    pub first_rated: usize,
    /// Questions rated earlier but not now.
    pub no_longer_rated: usize,
}

/// `domain`'s change from `earlier` to `current`, like for like (see [`LikeForLike`]): the
/// same computation as the comparison's [`DomainChange::like_for_like`], for a caller that
/// holds no comparison. A caller that holds one reads it from there.
pub fn like_for_like(
    domain: &crate::model::Domain,
    current: &Assessment,
    earlier: &Assessment,
) -> LikeForLike {
    // The question numbers are not part of the counts, so the domain's place does not matter.
    let like = measure(0, domain, current, earlier);
    LikeForLike {
        change: change(like.earlier, like.current),
        both: like.both,
        first_rated: like.first_rated.len(),
        no_longer_rated: like.no_longer_rated.len(),
    }
}

/// One domain measured like for like.
struct Measured {
    /// Mean earlier of the questions rated both times.
    earlier: Option<Maturity>,
    /// Mean now of the same questions.
    current: Option<Maturity>,
    /// How many questions were rated both times.
    both: usize,
    /// Questions rated now only.
    first_rated: Vec<RatedOnce>,
    /// Questions rated earlier only.
    no_longer_rated: Vec<RatedOnce>,
}

/// Measures the domain at `index` (from 0) of the framework like for like: the means, then and
/// now, of the questions rated both times, and the questions rated only once, numbered.
fn measure(
    index: usize,
    domain: &crate::model::Domain,
    current: &Assessment,
    earlier: &Assessment,
) -> Measured {
    let value = |a: &Assessment, id: &QuestionId| {
        a.response(id)
            .and_then(question_score)
            .map(|score| score.value)
    };
    let (mut sum_now, mut sum_then) = (0_u64, 0_u64);
    let mut found = Measured {
        earlier: None,
        current: None,
        both: 0,
        first_rated: Vec::new(),
        no_longer_rated: Vec::new(),
    };
    for (q, question) in domain.questions.iter().enumerate() {
        let once = |value: Maturity| RatedOnce {
            question_id: question.id.clone(),
            number: super::wording::question_number(index, q),
            value,
        };
        match (value(current, &question.id), value(earlier, &question.id)) {
            (Some(now), Some(then)) => {
                sum_now += u64::from(now.tenths());
                sum_then += u64::from(then.tenths());
                found.both += 1;
            }
            (Some(now), None) => found.first_rated.push(once(now)),
            (None, Some(then)) => found.no_longer_rated.push(once(then)),
            (None, None) => {}
        }
    }
    let count = found.both as u64;
    found.earlier = Maturity::mean_tenths(sum_then, count);
    found.current = Maturity::mean_tenths(sum_now, count);
    found
}

/// Something that may make a comparison misleading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ComparisonWarning {
    /// The earlier file is another institution's.
    OtherInstitution {
        /// The institution the earlier file names.
        earlier: String,
        /// The institution this file names.
        current: String,
    },
    /// The earlier file was started after this one: perhaps the files are the wrong way round.
    StartedAfter,
    /// The earlier file answers another version of the framework.
    OtherVersion {
        /// The version the earlier file answers; `None` when it gives none.
        earlier: Option<String>,
        /// The version in use.
        current: String,
    },
}

impl std::fmt::Display for ComparisonWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::OtherInstitution { earlier, current } => crate::tr!(
                "problem-compare-other-institution",
                earlier = earlier.as_str(),
                current = current.as_str()
            ),
            Self::StartedAfter => crate::tr!("problem-compare-started-after"),
            Self::OtherVersion {
                earlier: Some(earlier),
                current,
            } => crate::tr!(
                "problem-compare-other-version",
                earlier = earlier.as_str(),
                current = current.as_str()
            ),
            Self::OtherVersion {
                earlier: None,
                current,
            } => crate::tr!("problem-compare-no-version", current = current.as_str()),
        };
        f.write_str(&text)
    }
}

/// What may make a comparison misleading: the earlier file is another institution's, was
/// started after this one, or answers another version of the framework. Empty when none.
pub fn comparison_warnings(
    framework: &Framework,
    current: &Assessment,
    earlier: &Assessment,
) -> Vec<ComparisonWarning> {
    let mut warnings = Vec::new();
    let (now_name, then_name) = (current.institution.trim(), earlier.institution.trim());
    if !now_name.is_empty() && !then_name.is_empty() && !same_text(now_name, then_name) {
        warnings.push(ComparisonWarning::OtherInstitution {
            earlier: then_name.to_owned(),
            current: now_name.to_owned(),
        });
    }
    if let (Some(now), Some(then)) = (current.created, earlier.created)
        && then > now
    {
        warnings.push(ComparisonWarning::StartedAfter);
    }
    if earlier.framework.version != framework.version() {
        let version = earlier.framework.version.trim();
        warnings.push(ComparisonWarning::OtherVersion {
            earlier: (!version.is_empty()).then(|| earlier.framework.version.clone()),
            current: framework.version().to_owned(),
        });
    }
    warnings
}

/// [`comparison_warnings`] in words, for a caller that shows them as they are.
pub fn warnings(framework: &Framework, current: &Assessment, earlier: &Assessment) -> Vec<String> {
    comparison_warnings(framework, current, earlier)
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::{assessment_with, framework};
    use crate::scoring::wording;

    /// Compares `now` with `then`, each `(question id, phase)`, on a framework of `shape`.
    fn compared(shape: &[usize], then: &[(&str, u8)], now: &[(&str, u8)]) -> Comparison {
        let fw = framework(shape);
        let rate = |ratings: &[(&str, u8)]| {
            let ratings: Vec<(&str, Option<u8>, usize)> =
                ratings.iter().map(|&(id, p)| (id, Some(p), 0)).collect();
            assessment_with(&fw, &ratings)
        };
        compare(&fw, &rate(now), &rate(then))
    }

    fn tenths(m: Option<Maturity>) -> Option<u16> {
        m.map(Maturity::tenths)
    }

    fn numbers(questions: &[RatedOnce]) -> Vec<&str> {
        questions.iter().map(|q| q.number.as_str()).collect()
    }

    /// The demo's case: a domain whose only difference is a newly rated question at a lower
    /// phase. Its mean falls from 4.0 to 3.3, yet nothing got worse.
    #[test]
    fn a_newly_rated_question_is_no_change_and_never_the_largest() {
        let c = compared(
            &[2, 3],
            &[("d0.q0", 3), ("d0.q1", 3), ("d1.q0", 3), ("d1.q2", 5)],
            &[
                ("d0.q0", 3),
                ("d0.q1", 4),
                ("d1.q0", 3),
                ("d1.q1", 2),
                ("d1.q2", 5),
            ],
        );
        let place = &c.domains[1];
        assert_eq!(
            (tenths(place.earlier), tenths(place.current)),
            (Some(40), Some(33)),
            "the plain means moved"
        );
        assert_eq!(place.change(), Some(0), "like for like nothing moved");
        assert_eq!(
            (tenths(place.like_earlier), tenths(place.like_current)),
            (Some(40), Some(40))
        );
        assert_eq!(place.rated_both, 2);
        assert_eq!(numbers(&place.first_rated), ["2.2"]);
        assert_eq!(place.first_rated[0].question_id.as_str(), "d1.q1");
        assert_eq!(tenths(Some(place.first_rated[0].value)), Some(20));
        assert!(place.no_longer_rated.is_empty());
        assert_eq!(
            wording::domain_change(place),
            "no like-for-like change: 2.2 rated for the first time"
        );
        assert_eq!(wording::domain_change_short(place), "no change*");
        let largest: Vec<&str> = c
            .largest_changes()
            .iter()
            .map(|d| d.domain_id.as_str())
            .collect();
        assert_eq!(largest, ["d0"], "the real rise, not the newly rated domain");
        assert!(c.largest_falls().is_empty(), "nothing fell");
        // Overall: d0 3.0 → 3.5 and d1 4.0 → 4.0, like for like 3.5 → 3.8 (half up): +0.3.
        assert_eq!(
            (
                tenths(c.overall_like_earlier),
                tenths(c.overall_like_current)
            ),
            (Some(35), Some(38))
        );
        assert_eq!(c.overall_change(), Some(3));
        assert_eq!(c.like_domains(), 2);
        assert_eq!(c.rated_both(), 4);
    }

    #[test]
    fn a_real_decline_is_measured_on_the_questions_rated_both_times() {
        let c = compared(
            &[3],
            &[("d0.q0", 4), ("d0.q1", 3), ("d0.q2", 2)],
            &[("d0.q0", 4), ("d0.q1", 3), ("d0.q2", 1)],
        );
        let d = &c.domains[0];
        assert_eq!(d.change(), Some(-3));
        assert_eq!(d.rated_note(), None, "the same questions both times");
        assert_eq!(wording::domain_change(d), "\u{2212}0.3");
        assert_eq!(c.overall_change(), Some(-3));
        assert_eq!(c.largest_changes().len(), 1);
        assert_eq!(c.largest_falls().len(), 1);
        // The app's header reads the same numbers from the comparison as from the function.
        let fw = framework(&[3]);
        let like = like_for_like(
            &fw.domains()[0],
            &assessment_with(
                &fw,
                &[
                    ("d0.q0", Some(4), 0),
                    ("d0.q1", Some(3), 0),
                    ("d0.q2", Some(1), 0),
                ],
            ),
            &assessment_with(
                &fw,
                &[
                    ("d0.q0", Some(4), 0),
                    ("d0.q1", Some(3), 0),
                    ("d0.q2", Some(2), 0),
                ],
            ),
        );
        assert_eq!(like, d.like_for_like());
    }

    #[test]
    fn no_question_rated_both_times_has_no_change_not_zero() {
        let c = compared(
            &[2, 1],
            &[("d0.q0", 2), ("d1.q0", 3)],
            &[("d0.q1", 5), ("d1.q0", 3)],
        );
        let d = &c.domains[0];
        assert_eq!((tenths(d.earlier), tenths(d.current)), (Some(20), Some(50)));
        assert_eq!(d.change(), None);
        assert_eq!(d.rated_both, 0);
        assert_eq!(numbers(&d.first_rated), ["1.2"]);
        assert_eq!(numbers(&d.no_longer_rated), ["1.1"]);
        assert_eq!(
            wording::domain_change(d),
            "no question rated both times: 1.2 rated for the first time; 1.1 no longer rated"
        );
        assert!(
            c.largest_changes().is_empty(),
            "+3.0 in plain means is no change"
        );
        // Overall over the one domain rated both times: 3.0 → 3.0.
        assert_eq!(c.overall_change(), Some(0));
        assert_eq!(c.like_domains(), 1);
        // Nothing rated both times anywhere: no overall change either.
        let c = compared(&[2], &[("d0.q0", 2)], &[("d0.q1", 5)]);
        assert_eq!(c.overall_change(), None);
        assert_eq!(tenths(c.overall_current), Some(50));
    }

    #[test]
    fn a_question_no_longer_rated_is_not_a_rise() {
        // The low question dropped: the plain mean rises from 2.5 to 4.0, like for like 4.0 → 4.0.
        let c = compared(
            &[3],
            &[("d0.q0", 4), ("d0.q1", 1), ("d0.q2", 4)],
            &[("d0.q0", 4), ("d0.q2", 4)],
        );
        let d = &c.domains[0];
        assert_eq!((tenths(d.earlier), tenths(d.current)), (Some(30), Some(40)));
        assert_eq!(d.change(), Some(0));
        assert_eq!(numbers(&d.no_longer_rated), ["1.2"]);
        assert_eq!(tenths(Some(d.no_longer_rated[0].value)), Some(10));
        assert_eq!(d.rated_note().as_deref(), Some("1.2 no longer rated"));
        assert_eq!(
            d.like_for_like(),
            LikeForLike {
                change: Some(0),
                both: 2,
                first_rated: 0,
                no_longer_rated: 1
            }
        );
        assert!(c.largest_changes().is_empty());
        assert_eq!(wording::overall_change(&c), "no change like for like");
        assert_eq!(
            wording::apart_note(&c).as_deref(),
            Some("*\u{a0}Not counted as a change: 1.2 no longer rated.")
        );
    }

    #[test]
    fn tied_largest_changes_are_all_named_in_framework_order() {
        let c = compared(
            &[1, 1, 1],
            &[("d0.q0", 2), ("d1.q0", 5), ("d2.q0", 3)],
            &[("d0.q0", 3), ("d1.q0", 4), ("d2.q0", 3)],
        );
        let largest: Vec<&str> = c
            .largest_changes()
            .iter()
            .map(|d| d.domain_id.as_str())
            .collect();
        assert_eq!(largest, ["d0", "d1"]);
        let falls: Vec<&str> = c
            .largest_falls()
            .iter()
            .map(|d| d.domain_id.as_str())
            .collect();
        assert_eq!(falls, ["d1"]);
    }

    #[test]
    fn warnings_are_typed_and_worded_from_the_catalogue() {
        let fw = framework(&[1]);
        let mut current = assessment_with(&fw, &[]);
        let mut earlier = assessment_with(&fw, &[]);
        current.institution = "Prifysgol Cwm Tawe".to_owned();
        earlier.institution = "Another University".to_owned();
        earlier.framework.version = " ".to_owned();
        earlier.created = current.created.map(|c| c + time::Duration::days(1));
        let found = comparison_warnings(&fw, &current, &earlier);
        assert_eq!(
            found,
            [
                ComparisonWarning::OtherInstitution {
                    earlier: "Another University".to_owned(),
                    current: "Prifysgol Cwm Tawe".to_owned(),
                },
                ComparisonWarning::StartedAfter,
                ComparisonWarning::OtherVersion {
                    earlier: None,
                    current: "1".to_owned(),
                },
            ]
        );
        assert_eq!(
            warnings(&fw, &current, &earlier)[2],
            "the earlier assessment answers version (none given) of the framework, this comparison uses version 1"
        );
        let _lang = crate::i18n::scoped(crate::i18n::Lang::Pseudo);
        let data = ["Prifysgol", "Cwm", "Tawe", "Another", "University"];
        for warning in &found {
            let text = warning.to_string();
            let english: Vec<String> = crate::model::testing::english_words(&text)
                .into_iter()
                .filter(|w| !data.contains(&w.as_str()))
                .collect();
            assert!(english.is_empty(), "{text}: {english:?}");
        }
        assert!(crate::model::testing::english_words(&describe_change(0)).is_empty());
    }
}
