//! Moving an assessment to another version of the question bank. The bank's phase names and two
//! of its domains are provisional, and the published wording may change: every answer whose
//! question id carries over stays; a map renames, splits and merges questions (and renames
//! whole domains); an answer to a question the new version no longer has is kept, apart, as any
//! unknown question's answer is (the app and the report show it in a section of its own).
//!
//! Nothing is dropped: wherever two answers land on one question they are merged (texts joined,
//! every piece of evidence and every action kept), and the [`Report`] says, for each old
//! question, exactly where its answer went. A map that names a question or domain the move
//! cannot place is refused, by name, before anything moves.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::Deserialize;

use super::{Assessment, DomainId, Framework, FrameworkRef, Phase, QuestionId, Response};
use crate::tr;

/// How question ids of the old version become ids of the new one (`--map MAP.json`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Map {
    /// Renamed domains, old id to new: each of the domain's questions `old.x` becomes `new.x`,
    /// unless `questions` says otherwise.
    #[serde(default)]
    pub domains: BTreeMap<String, String>,
    /// Questions, old id to one new id (renamed; two old ids to one new id are merged) or to a
    /// list of new ids (split: the answer goes to each).
    #[serde(default)]
    pub questions: BTreeMap<QuestionId, Targets>,
}

/// Where one old question's answer goes.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum Targets {
    /// One question.
    One(QuestionId),
    /// Several (a split question).
    Many(Vec<QuestionId>),
}

impl Targets {
    fn ids(&self) -> &[QuestionId] {
        match self {
            Self::One(id) => std::slice::from_ref(id),
            Self::Many(ids) => ids,
        }
    }
}

/// What a move did, as data: one [`Move`] per answered question of the old version, and the
/// merged answers whose phases differed. Worded at the edge (the command line, the app).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Where each old answer went, in the order of the old question ids.
    pub moves: Vec<Move>,
    /// Questions that now hold several old answers rated at different phases.
    pub phase_conflicts: Vec<PhaseConflict>,
}

impl Report {
    /// The old questions whose answers are kept apart (the new version does not ask them).
    pub fn kept_apart(&self) -> impl Iterator<Item = &QuestionId> {
        self.moves
            .iter()
            .filter(|m| matches!(m.fate, Fate::KeptApart(_)))
            .map(|m| &m.from)
    }

    /// The old questions whose answers stay under their own id, merged with nothing.
    pub fn carried_over(&self) -> impl Iterator<Item = &QuestionId> {
        self.moves
            .iter()
            .filter(|m| matches!(m.fate, Fate::CarriedOver) && m.merged.is_empty())
            .map(|m| &m.from)
    }
}

/// What happened to the answer to one question of the old version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Move {
    /// The old question.
    pub from: QuestionId,
    /// Where its answer went, and why there.
    pub fate: Fate,
    /// The questions where its answer now shares a place with other old answers (merged into
    /// one), each with those other old questions. Empty when it shares nowhere.
    pub merged: Vec<Shared>,
}

/// A question that holds the answers of several old questions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shared {
    /// The question, of the new version (or kept apart).
    pub at: QuestionId,
    /// The other old questions whose answers are merged there.
    pub with: Vec<QuestionId>,
}

/// Where one old answer went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fate {
    /// The new version asks a question of the same id: the answer stays there.
    CarriedOver,
    /// Moved to a question of another id (by the map's entry for it, or its domain's new name).
    Renamed(QuestionId),
    /// Copied to each of the questions it was split into.
    Split(Vec<QuestionId>),
    /// Its domain is renamed, but the new version has no question of the renamed id (given
    /// here); it still asks the old id, so the answer stays there.
    StayedForLack(QuestionId),
    /// Kept apart under its own id: the new version does not ask it.
    KeptApart(Apart),
}

/// Why an answer is kept apart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Apart {
    /// The new version has no question of its id, and the map says nothing of it.
    NotAsked,
    /// Its domain is renamed, and the new version has neither the renamed id (given here) nor
    /// the old one.
    RenamedNotAsked(QuestionId),
}

/// Old answers merged into one question with different phases: the lowest is kept (a group can
/// raise it once it has looked).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhaseConflict {
    /// The question that holds them.
    pub at: QuestionId,
    /// Each rated old answer merged there, with its phase: the one whose id carried over first,
    /// then the others in the order of their old ids.
    pub phases: Vec<(QuestionId, Phase)>,
    /// The phase kept: the lowest.
    pub kept: Phase,
}

/// One thing in a map that the move cannot place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MapProblem {
    /// A question the old version neither asks nor holds an answer to.
    UnknownQuestion(QuestionId),
    /// A domain the old version does not have and no answer belongs to.
    UnknownDomain(String),
    /// The map sends an answer to a question the new version does not have.
    NoSuchQuestion {
        /// The old id.
        from: QuestionId,
        /// The id the map gives.
        to: QuestionId,
    },
    /// The map renames a domain to one the new version does not have.
    NoSuchDomain {
        /// The old domain id.
        from: String,
        /// The id the map gives.
        to: String,
    },
    /// The map gives an empty list for a question.
    Nowhere(QuestionId),
    /// The map names one new question twice for the same old one.
    Repeated {
        /// The old id.
        from: QuestionId,
        /// The id given more than once.
        to: QuestionId,
    },
}

impl fmt::Display for MapProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            Self::UnknownQuestion(id) => {
                tr!("problem-map-unknown-question", question = id.as_str())
            }
            Self::UnknownDomain(id) => tr!("problem-map-unknown-domain", domain = id.as_str()),
            Self::NoSuchQuestion { from, to } => tr!(
                "problem-map-no-such-question",
                from = from.as_str(),
                to = to.as_str()
            ),
            Self::NoSuchDomain { from, to } => tr!(
                "problem-map-no-such-domain",
                from = from.as_str(),
                to = to.as_str()
            ),
            Self::Nowhere(id) => tr!("problem-map-nowhere", question = id.as_str()),
            Self::Repeated { from, to } => tr!(
                "problem-map-repeated",
                from = from.as_str(),
                to = to.as_str()
            ),
        })
    }
}

impl std::error::Error for MapProblem {}

/// Why an assessment could not be moved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MigrateError {
    /// The map names questions or domains the move cannot place (every one, in map order).
    Map(Vec<MapProblem>),
}

impl fmt::Display for MigrateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Map(problems) => {
                let mut said = String::new();
                for problem in problems {
                    said = if said.is_empty() {
                        problem.to_string()
                    } else {
                        tr!(
                            "problem-map-and-more",
                            earlier = said,
                            next = problem.to_string()
                        )
                    };
                }
                f.write_str(&said)
            }
        }
    }
}

impl std::error::Error for MigrateError {}

/// Every key and target of `map` that does not name a question or domain of the right version.
/// The old version is `from` together with the answers the assessment holds (it may answer
/// questions `from` no longer has).
fn check(map: &Map, assessment: &Assessment, from: &Framework, to: &Framework) -> Vec<MapProblem> {
    let mut problems = Vec::new();
    let old_domains: BTreeSet<&str> = from
        .domains()
        .iter()
        .map(|d| d.id.as_str())
        .chain(
            assessment
                .responses
                .keys()
                .filter_map(|id| Some(id.as_str().split_once('.')?.0)),
        )
        .collect();
    for (old, new) in &map.domains {
        if !old_domains.contains(old.as_str()) {
            problems.push(MapProblem::UnknownDomain(old.clone()));
        } else if to.domain(&DomainId::new(new.as_str())).is_none() {
            problems.push(MapProblem::NoSuchDomain {
                from: old.clone(),
                to: new.clone(),
            });
        }
    }
    for (old, targets) in &map.questions {
        if from.question(old).is_none() && !assessment.responses.contains_key(old) {
            problems.push(MapProblem::UnknownQuestion(old.clone()));
            continue;
        }
        let ids = targets.ids();
        if ids.is_empty() {
            problems.push(MapProblem::Nowhere(old.clone()));
        }
        let mut seen = BTreeSet::new();
        for id in ids {
            if to.question(id).is_none() {
                problems.push(MapProblem::NoSuchQuestion {
                    from: old.clone(),
                    to: id.clone(),
                });
            } else if !seen.insert(id) {
                problems.push(MapProblem::Repeated {
                    from: old.clone(),
                    to: id.clone(),
                });
            }
        }
    }
    problems.dedup();
    problems
}

/// Where the answer to `old` goes in `to` by `map` (checked), and why.
fn place(old: &QuestionId, to: &Framework, map: &Map) -> (Fate, Vec<QuestionId>) {
    if let Some(targets) = map.questions.get(old) {
        let ids = targets.ids().to_vec();
        let fate = match ids.as_slice() {
            [same] if same == old => Fate::CarriedOver,
            [one] => Fate::Renamed(one.clone()),
            many => Fate::Split(many.to_vec()),
        };
        return (fate, ids);
    }
    let renamed = old
        .as_str()
        .split_once('.')
        .and_then(|(domain, rest)| Some(format!("{}.{rest}", map.domains.get(domain)?)))
        .map(QuestionId::new)
        .filter(|new| new != old);
    let asked = |id: &QuestionId| to.question(id).is_some();
    let fate = match renamed {
        Some(new) if asked(&new) => return (Fate::Renamed(new.clone()), vec![new]),
        Some(new) if asked(old) => Fate::StayedForLack(new),
        Some(new) => Fate::KeptApart(Apart::RenamedNotAsked(new)),
        None if asked(old) => Fate::CarriedOver,
        None => Fate::KeptApart(Apart::NotAsked),
    };
    (fate, vec![old.clone()])
}

/// `assessment` moved from the bank `from` (the one it was read with) to the bank `to` by
/// `map`, and what moved where. Every answer, piece of evidence and action of `assessment` is in
/// the result; a map naming anything the move cannot place is refused whole.
pub fn migrate(
    assessment: &Assessment,
    from: &Framework,
    to: &Framework,
    map: &Map,
) -> Result<(Assessment, Report), MigrateError> {
    let problems = check(map, assessment, from, to);
    if !problems.is_empty() {
        return Err(MigrateError::Map(problems));
    }
    let mut placed = Vec::new();
    // Each question of the result, with the old questions whose answers land there.
    let mut landed: BTreeMap<QuestionId, Vec<QuestionId>> = BTreeMap::new();
    for old in assessment.responses.keys() {
        let (fate, ids) = place(old, to, map);
        for id in &ids {
            let olds = landed.entry(id.clone()).or_default();
            if !olds.contains(old) {
                olds.push(old.clone());
            }
        }
        placed.push((old.clone(), fate, ids));
    }
    let mut report = Report::default();
    let mut responses = BTreeMap::new();
    for (id, olds) in &mut landed {
        // The answer already at the question (its id carried over) comes first and keeps its
        // items' ids; the others follow in the order of their old ids.
        olds.sort_by_key(|old| old != id);
        let mut answers = olds
            .iter()
            .filter_map(|old| Some((old, assessment.responses.get(old)?)));
        let Some((_, first)) = answers.next() else {
            continue;
        };
        let mut held = first.clone();
        let mut merged_any = false;
        for (_, other) in answers {
            merge(&mut held, other);
            merged_any = true;
        }
        if merged_any {
            // Ids are unique only within a question: an item whose id another item of the
            // merged answer already holds is given a fresh one, derived from what it says.
            held.assign_missing_ids(id);
            report
                .phase_conflicts
                .extend(conflict(id, olds, assessment));
        }
        responses.insert(id.clone(), held);
    }
    report.moves = placed
        .into_iter()
        .map(|(from, fate, ids)| {
            let merged = ids
                .iter()
                .filter_map(|at| {
                    let with: Vec<QuestionId> = landed
                        .get(at)?
                        .iter()
                        .filter(|old| **old != from)
                        .cloned()
                        .collect();
                    (!with.is_empty()).then(|| Shared {
                        at: at.clone(),
                        with,
                    })
                })
                .collect();
            Move { from, fate, merged }
        })
        .collect();
    let mut migrated = assessment.clone();
    migrated.framework = FrameworkRef {
        id: to.id().to_owned(),
        version: to.version().to_owned(),
    };
    migrated.responses = responses;
    Ok((migrated, report))
}

/// The phases of the old answers `olds` merged at `at`, when they differ.
fn conflict(
    at: &QuestionId,
    olds: &[QuestionId],
    assessment: &Assessment,
) -> Option<PhaseConflict> {
    let phases: Vec<(QuestionId, Phase)> = olds
        .iter()
        .filter_map(|old| Some((old.clone(), assessment.responses.get(old)?.phase?)))
        .collect();
    let kept = phases.iter().map(|(_, phase)| *phase).min()?;
    phases
        .iter()
        .any(|(_, phase)| *phase != kept)
        .then(|| PhaseConflict {
            at: at.clone(),
            phases,
            kept,
        })
}

/// Adds `other`'s answer to `held` (two old answers merged into one): texts joined, every piece
/// of evidence and every action kept (an item identical in both, id and all, once), the lower of
/// two phases.
fn merge(held: &mut Response, other: &Response) {
    held.phase = match (held.phase, other.phase) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    for (name, phase) in &other.ratings {
        held.ratings
            .entry(name.clone())
            .and_modify(|held| *held = (*held).min(*phase))
            .or_insert(*phase);
    }
    join(&mut held.rationale, &other.rationale);
    join(&mut held.narrative, &other.narrative);
    join(&mut held.ambition, &other.ambition);
    for evidence in &other.evidence {
        if !held.evidence.contains(evidence) {
            held.evidence.push(evidence.clone());
        }
    }
    for action in &other.actions {
        if !held.actions.contains(action) {
            held.actions.push(action.clone());
        }
    }
}

/// `text` then `more`, a blank line between, when both say something.
fn join(text: &mut String, more: &str) {
    if more.trim().is_empty() || text.trim() == more.trim() {
        return;
    }
    if !text.trim().is_empty() {
        text.push_str("\n\n");
    }
    text.push_str(more);
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use time::macros::datetime;

    use super::*;
    use crate::model::testing::{assessment_with, framework};
    use crate::model::{Action, Evidence, ItemId};

    fn evidence(id: &str, title: &str) -> Evidence {
        Evidence {
            id: ItemId::new(id),
            title: title.to_owned(),
            link: "https://example.org/report".to_owned(),
            ..Evidence::default()
        }
    }

    fn action(id: &str, description: &str) -> Action {
        Action {
            id: ItemId::new(id),
            description: description.to_owned(),
            ..Action::default()
        }
    }

    fn q(id: &str) -> QuestionId {
        QuestionId::new(id)
    }

    fn questions(pairs: &[(&str, Targets)]) -> BTreeMap<QuestionId, Targets> {
        pairs
            .iter()
            .map(|(from, to)| (q(from), to.clone()))
            .collect()
    }

    #[test]
    fn merged_questions_keep_every_item_and_an_identical_one_once() {
        // d0.q0 and d0.q1 become one question, d0.q0 of the new version (one question).
        let fw = framework(&[2]);
        let to = framework(&[1]);
        let mut a = assessment_with(&fw, &[("d0.q0", Some(2), 0), ("d0.q1", Some(3), 0)]);
        let (q0, q1) = (q("d0.q0"), q("d0.q1"));
        // The same words under both questions with ids of their own (both kept), one item
        // identical in both, id and all (kept once), and two different actions sharing an id.
        for (question, id) in [(&q0, "e-1"), (&q1, "e-2")] {
            let r = a.responses.get_mut(question).unwrap();
            r.evidence.push(evidence(id, "Annual report"));
            r.evidence.push(evidence("e-9", "Council minutes"));
        }
        for (question, text) in [(&q0, "Brief the board"), (&q1, "Meet the council")] {
            let r = a.responses.get_mut(question).unwrap();
            r.actions.push(action("a-1", text));
            r.actions
                .push(action(&format!("{question}-own"), "Write it up"));
        }
        let map = Map {
            questions: questions(&[("d0.q1", Targets::One(q0.clone()))]),
            ..Map::default()
        };
        let (moved, report) = migrate(&a, &fw, &to, &map).unwrap();
        assert_eq!(
            report.moves,
            [
                Move {
                    from: q0.clone(),
                    fate: Fate::CarriedOver,
                    merged: vec![Shared {
                        at: q0.clone(),
                        with: vec![q1.clone()]
                    }],
                },
                Move {
                    from: q1.clone(),
                    fate: Fate::Renamed(q0.clone()),
                    merged: vec![Shared {
                        at: q0.clone(),
                        with: vec![q0.clone()]
                    }],
                },
            ]
        );
        let r = &moved.responses[&q0];
        let evidence: Vec<(&str, &str)> = r
            .evidence
            .iter()
            .map(|e| (e.id.as_str(), e.title.as_str()))
            .collect();
        assert_eq!(
            evidence,
            [
                ("e-1", "Annual report"),
                ("e-9", "Council minutes"),
                ("e-2", "Annual report")
            ]
        );
        let actions: Vec<(&str, &str)> = r
            .actions
            .iter()
            .map(|x| (x.id.as_str(), x.description.as_str()))
            .collect();
        assert_eq!(actions.len(), 4, "{actions:?}");
        assert_eq!(actions[0], ("a-1", "Brief the board"));
        assert_eq!(actions[1], ("d0.q0-own", "Write it up"));
        assert_eq!(actions[2].1, "Meet the council");
        assert!(ItemId::is_valid(actions[2].0) && actions[2].0 != "a-1");
        assert_eq!(actions[3], ("d0.q1-own", "Write it up"));
        assert!(!moved.lacks_ids());
        // The fresh id is the same every time.
        assert_eq!(migrate(&a, &fw, &to, &map).unwrap().0, moved);
        assert_eq!(
            report.phase_conflicts,
            [PhaseConflict {
                at: q0.clone(),
                phases: vec![(q0, Phase::new(2).unwrap()), (q1, Phase::new(3).unwrap())],
                kept: Phase::new(2).unwrap(),
            }]
        );
    }

    #[test]
    fn an_answer_that_stays_put_is_merged_with_one_mapped_onto_it_never_replaced() {
        // Domain d0 is renamed d2, which has only one question: d0.q1 has no d2.q1 to go to
        // and stays where it is, the question d1.q0 is mapped onto.
        let from = framework(&[2, 1]);
        let to = framework(&[2, 1, 1]);
        let mut a = assessment_with(&from, &[("d0.q1", Some(4), 1), ("d1.q0", Some(2), 1)]);
        a.responses.get_mut(&q("d1.q0")).unwrap().evidence[0].title = "Other".to_owned();
        let map = Map {
            domains: [("d0".to_owned(), "d2".to_owned())].into(),
            questions: questions(&[("d1.q0", Targets::One(q("d0.q1")))]),
        };
        let (moved, report) = migrate(&a, &from, &to, &map).unwrap();
        assert_eq!(
            report.moves[0].fate,
            Fate::StayedForLack(q("d2.q1")),
            "{report:?}"
        );
        assert_eq!(report.moves[0].merged[0].with, [q("d1.q0")]);
        assert_eq!(report.moves[1].fate, Fate::Renamed(q("d0.q1")));
        assert_eq!(moved.responses.len(), 1);
        let held = &moved.responses[&q("d0.q1")];
        assert_eq!(held.evidence.len(), 2, "both answers' evidence: {held:?}");
        assert_eq!(held.phase, Phase::new(2));
        assert_eq!(report.kept_apart().count(), 0);
    }

    #[test]
    fn a_renamed_domain_whose_question_is_gone_keeps_the_answer_apart_and_says_why() {
        let from = framework(&[2]);
        let to = framework(&[1, 1]);
        let a = assessment_with(&from, &[("d0.q0", Some(1), 0), ("d0.q1", Some(2), 0)]);
        let to = {
            // The new version: d0 has gone, d1 has a q0 only.
            let mut parts = to.into_parts();
            parts.domains.remove(0);
            Framework::new(parts).unwrap()
        };
        let map = Map {
            domains: [("d0".to_owned(), "d1".to_owned())].into(),
            ..Map::default()
        };
        let (moved, report) = migrate(&a, &from, &to, &map).unwrap();
        let fates: Vec<&Fate> = report.moves.iter().map(|m| &m.fate).collect();
        assert_eq!(
            fates,
            [
                &Fate::Renamed(q("d1.q0")),
                &Fate::KeptApart(Apart::RenamedNotAsked(q("d1.q1")))
            ]
        );
        assert_eq!(report.kept_apart().collect::<Vec<_>>(), [&q("d0.q1")]);
        assert_eq!(moved.responses[&q("d0.q1")], a.responses[&q("d0.q1")]);
    }

    #[test]
    fn a_map_naming_what_the_move_cannot_place_is_refused_by_name() {
        let from = framework(&[2, 1]);
        let to = framework(&[2, 1]);
        let a = assessment_with(&from, &[("d0.q0", Some(1), 0), ("old.gone", None, 0)]);
        let map = Map {
            domains: [
                ("d0".to_owned(), "d9".to_owned()),
                ("nowhere".to_owned(), "d1".to_owned()),
                ("old".to_owned(), "d1".to_owned()),
            ]
            .into(),
            questions: questions(&[
                ("", Targets::One(q("d0.q0"))),
                ("nope.nothing", Targets::One(q("d0.q0"))),
                ("d0.q0", Targets::Many(vec![q("d1.q0"), q("d1.q0")])),
                ("d0.q1", Targets::Many(Vec::new())),
                ("d1.q0", Targets::One(q(""))),
                ("old.gone", Targets::One(q("d0.q1"))),
            ]),
        };
        let Err(MigrateError::Map(problems)) = migrate(&a, &from, &to, &map) else {
            panic!("a map with unknown names was taken");
        };
        assert_eq!(
            problems,
            [
                MapProblem::NoSuchDomain {
                    from: "d0".to_owned(),
                    to: "d9".to_owned()
                },
                MapProblem::UnknownDomain("nowhere".to_owned()),
                MapProblem::UnknownQuestion(q("")),
                MapProblem::Repeated {
                    from: q("d0.q0"),
                    to: q("d1.q0")
                },
                MapProblem::Nowhere(q("d0.q1")),
                MapProblem::NoSuchQuestion {
                    from: q("d1.q0"),
                    to: q("")
                },
                MapProblem::UnknownQuestion(q("nope.nothing")),
            ]
        );
        // The old domain of an answer the bank no longer has ("old") is known; so is its
        // question; the message names each problem.
        let said = MigrateError::Map(problems).to_string();
        for name in [
            "\"\"",
            "nope.nothing",
            "nowhere",
            "d9",
            "d1.q0 more than once",
        ] {
            assert!(said.contains(name), "{name} not in {said}");
        }
    }

    /// Text from a few letters, so answers often say the same.
    fn words() -> impl Strategy<Value = String> {
        "[ab ]{0,4}"
    }

    fn item_id() -> impl Strategy<Value = ItemId> {
        "e-[12]".prop_map(ItemId::new)
    }

    fn response() -> impl Strategy<Value = Response> {
        let evidence = (item_id(), words()).prop_map(|(id, title)| Evidence {
            id,
            title,
            ..Evidence::default()
        });
        let action = (item_id(), words()).prop_map(|(id, description)| Action {
            id,
            description,
            ..Action::default()
        });
        (
            prop::option::of(1_u8..=6),
            words(),
            words(),
            prop::collection::vec(evidence, 0..3),
            prop::collection::vec(action, 0..3),
        )
            .prop_map(|(phase, narrative, ambition, evidence, actions)| Response {
                phase: phase.and_then(Phase::new),
                narrative,
                ambition,
                evidence,
                actions,
                ..Response::default()
            })
    }

    /// An old bank and a new one (each of one to three domains of one to three questions, so
    /// they share some ids and not others), an assessment of the old one (with now and then an
    /// answer to a question it no longer has), and a map that names only what it can.
    fn case() -> impl Strategy<Value = (Framework, Framework, Assessment, Map)> {
        let sizes = || prop::collection::vec(1_usize..=3, 1..=3);
        (sizes(), sizes()).prop_flat_map(|(old, new)| {
            let from = framework(&old);
            let to = framework(&new);
            let mut old_ids: Vec<QuestionId> =
                from.questions().map(|(_, q)| q.id.clone()).collect();
            old_ids.push(q("retired.q0"));
            let new_ids: Vec<QuestionId> = to.questions().map(|(_, q)| q.id.clone()).collect();
            let answers =
                prop::collection::vec(prop::option::weighted(0.7, response()), old_ids.len());
            let domains = prop::collection::vec((0..=old.len(), 0..new.len()), 0..3);
            let questions = prop::collection::vec(
                (
                    0..old_ids.len(),
                    prop::collection::vec(0..new_ids.len(), 1..3),
                ),
                0..4,
            );
            (answers, domains, questions).prop_map(move |(answers, domains, questions)| {
                let mut a = Assessment::new(&from, datetime!(2026-12-07 10:00 UTC));
                a.responses = old_ids
                    .iter()
                    .cloned()
                    .zip(answers)
                    .filter_map(|(id, answer)| Some((id, answer?)))
                    .collect();
                // As every file read is: each item's id unique within its question.
                a.assign_missing_ids();
                let domain = |d: usize| {
                    if d < old.len() {
                        format!("d{d}")
                    } else {
                        "retired".to_owned()
                    }
                };
                let mut map = Map {
                    domains: domains
                        .into_iter()
                        .map(|(d, n)| (domain(d), format!("d{n}")))
                        .filter(|(d, _)| {
                            d != "retired" || a.responses.contains_key(&q("retired.q0"))
                        })
                        .collect(),
                    ..Map::default()
                };
                for (old, targets) in questions {
                    let old = old_ids[old].clone();
                    if from.question(&old).is_none() && !a.responses.contains_key(&old) {
                        continue;
                    }
                    let mut targets: Vec<QuestionId> =
                        targets.into_iter().map(|t| new_ids[t].clone()).collect();
                    targets.sort();
                    targets.dedup();
                    map.questions.insert(old, Targets::Many(targets));
                }
                (from.clone(), to.clone(), a, map)
            })
        })
    }

    /// The questions an old answer went to, by its fate.
    fn landings(m: &Move) -> Vec<QuestionId> {
        match &m.fate {
            Fate::Renamed(to) => vec![to.clone()],
            Fate::Split(to) => to.clone(),
            Fate::CarriedOver | Fate::StayedForLack(_) | Fate::KeptApart(_) => vec![m.from.clone()],
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            cases: 128,
            failure_persistence: None,
            ..ProptestConfig::default()
        })]

        #[test]
        fn every_answer_item_and_phase_moved_is_in_the_result((from, to, a, map) in case()) {
            let (moved, report) = migrate(&a, &from, &to, &map)
                .map_err(|err| TestCaseError::fail(err.to_string()))?;
            prop_assert_eq!(
                report.moves.iter().map(|m| &m.from).collect::<Vec<_>>(),
                a.responses.keys().collect::<Vec<_>>(),
                "one move for each old answer"
            );
            prop_assert!(!moved.lacks_ids(), "an id repeated in a question");
            let mut reached = BTreeSet::new();
            for m in &report.moves {
                let was = &a.responses[&m.from];
                for at in landings(m) {
                    let Some(now) = moved.responses.get(&at) else {
                        return Err(TestCaseError::fail(format!("{} has no answer at {at}", m.from)));
                    };
                    reached.insert(at.clone());
                    prop_assert!(now.narrative.contains(was.narrative.trim()));
                    prop_assert!(now.ambition.contains(was.ambition.trim()));
                    if let Some(phase) = was.phase {
                        let conflict = report.phase_conflicts.iter().any(|c| {
                            c.at == at && c.phases.contains(&(m.from.clone(), phase)) && now.phase == Some(c.kept)
                        });
                        prop_assert!(now.phase == Some(phase) || conflict, "phase {} of {} lost at {}", phase, m.from, at);
                    }
                }
            }
            prop_assert_eq!(reached, moved.responses.keys().cloned().collect::<BTreeSet<_>>(), "an answer from nowhere");
            // Each question holds, by content, every item of the old answers that went there:
            // an item identical in two of them (id and all) once, any other as often as it was.
            for (at, now) in &moved.responses {
                let olds = report.moves.iter().filter(|m| landings(m).contains(at));
                let mut evidence: Vec<&Evidence> = Vec::new();
                let mut actions: Vec<&Action> = Vec::new();
                for m in olds {
                    let was = &a.responses[&m.from];
                    for e in &was.evidence {
                        if !evidence.contains(&e) {
                            evidence.push(e);
                        }
                    }
                    for x in &was.actions {
                        if !actions.contains(&x) {
                            actions.push(x);
                        }
                    }
                }
                let mut expected: Vec<&str> = evidence.iter().map(|e| e.title.as_str()).collect();
                let mut held: Vec<&str> = now.evidence.iter().map(|e| e.title.as_str()).collect();
                expected.sort_unstable();
                held.sort_unstable();
                prop_assert_eq!(held, expected, "evidence at {}", at);
                let mut expected: Vec<&str> = actions.iter().map(|x| x.description.as_str()).collect();
                let mut held: Vec<&str> = now.actions.iter().map(|x| x.description.as_str()).collect();
                expected.sort_unstable();
                held.sort_unstable();
                prop_assert_eq!(held, expected, "actions at {}", at);
            }
        }

        #[test]
        fn moving_to_the_same_bank_without_a_map_changes_nothing((from, _to, a, _map) in case()) {
            let (moved, report) = migrate(&a, &from, &from, &Map::default())
                .map_err(|err| TestCaseError::fail(err.to_string()))?;
            prop_assert_eq!(&moved, &a);
            prop_assert!(report.phase_conflicts.is_empty());
            prop_assert!(report.moves.iter().all(|m| m.merged.is_empty()
                && matches!(m.fate, Fate::CarriedOver | Fate::KeptApart(Apart::NotAsked))));
        }
    }
}
