//! Comparison with a baseline: an earlier assessment scored against the same framework, so
//! leadership sees what changed since last time. Pure, like the rest of scoring.
//!
//! - Domain and overall maturity, earlier and now, and the change in tenths (only when both
//!   are rated: an unrated domain has no change).
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
}

impl DomainChange {
    /// Why a change may not mean what it seems: "4 rated, was 3" when the number of rated
    /// questions differs (a newly rated question moves the mean without anything getting
    /// better or worse). `None` when the same number are rated.
    pub fn rated_note(&self) -> Option<String> {
        (self.earlier_rated != self.current_rated)
            .then(|| format!("{} rated, was {}", self.current_rated, self.earlier_rated))
    }

    /// Now minus earlier, in tenths; `None` unless both are rated.
    pub fn change(&self) -> Option<i32> {
        change(self.earlier, self.current)
    }
}

/// Now minus earlier, in tenths; `None` unless both are rated.
pub fn change(earlier: Option<Maturity>, current: Option<Maturity>) -> Option<i32> {
    Some(i32::from(current?.tenths()) - i32::from(earlier?.tenths()))
}

/// A change in tenths written for people: "+0.5", "-1.0", "no change". The minus is the
/// ASCII one: the report's font has no U+2212, and spreadsheets read it as a number.
pub fn describe_change(tenths: i32) -> String {
    let sign = match tenths.signum() {
        1 => "+",
        -1 => "-",
        _ => return "no change".to_owned(),
    };
    let size = tenths.unsigned_abs();
    format!("{sign}{}.{}", size / 10, size % 10)
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
    /// Overall now minus earlier, in tenths; `None` unless both are rated.
    pub fn overall_change(&self) -> Option<i32> {
        change(self.overall_earlier, self.overall_current)
    }
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
    let domains = now
        .domains
        .iter()
        .zip(&before.domains)
        .map(|(now, before)| DomainChange {
            domain_id: now.domain_id.clone(),
            title: now.title.clone(),
            earlier: before.maturity,
            current: now.maturity,
            earlier_rated: before.rated,
            current_rated: now.rated,
        })
        .collect();
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

/// `domain`'s change from `earlier` to `current`, like for like (see [`LikeForLike`]).
pub fn like_for_like(
    domain: &crate::model::Domain,
    current: &Assessment,
    earlier: &Assessment,
) -> LikeForLike {
    let value = |a: &Assessment, id: &QuestionId| {
        a.response(id)
            .and_then(question_score)
            .map(|score| u64::from(score.value.tenths()))
    };
    let (mut sum_now, mut sum_then) = (0_u64, 0_u64);
    let mut found = LikeForLike {
        change: None,
        both: 0,
        first_rated: 0,
        no_longer_rated: 0,
    };
    for question in &domain.questions {
        match (value(current, &question.id), value(earlier, &question.id)) {
            (Some(now), Some(then)) => {
                sum_now += now;
                sum_then += then;
                found.both += 1;
            }
            (Some(_), None) => found.first_rated += 1,
            (None, Some(_)) => found.no_longer_rated += 1,
            (None, None) => {}
        }
    }
    let count = found.both as u64;
    found.change = change(
        Maturity::mean_tenths(sum_then, count),
        Maturity::mean_tenths(sum_now, count),
    );
    found
}

/// What may make a comparison misleading, in words: the earlier file is another institution's,
/// was started after this one, or answers another version of the framework. Empty when none.
pub fn warnings(framework: &Framework, current: &Assessment, earlier: &Assessment) -> Vec<String> {
    let mut warnings = Vec::new();
    let (now_name, then_name) = (current.institution.trim(), earlier.institution.trim());
    if !now_name.is_empty() && !then_name.is_empty() && !same_text(now_name, then_name) {
        warnings.push(format!(
            "the earlier assessment is of {then_name}, not {now_name}"
        ));
    }
    if let (Some(now), Some(then)) = (current.created, earlier.created)
        && then > now
    {
        warnings.push(
            "the earlier assessment was started after this one; check the files are the right way round"
                .to_owned(),
        );
    }
    if earlier.framework.version != framework.version() {
        warnings.push(format!(
            "the earlier assessment answers version {} of the framework, this comparison uses version {}",
            if earlier.framework.version.trim().is_empty() {
                "(none given)"
            } else {
                earlier.framework.version.as_str()
            },
            framework.version()
        ));
    }
    warnings
}
