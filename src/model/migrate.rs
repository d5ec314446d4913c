//! Moving an assessment to another version of the question bank. The bank's phase names and two
//! of its domains are provisional, and the published wording may change: every answer whose
//! question id carries over stays; a map renames, splits and merges questions (and renames
//! whole domains); an answer to a question the new version no longer has is kept, apart, as any
//! unknown question's answer is (the app and the report show it in a section of its own).
//! Nothing is dropped.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::{Action, Assessment, Evidence, Framework, FrameworkRef, QuestionId, Response};

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

/// What happened to each answer.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Moves {
    /// Answers whose question id carries over.
    pub kept: Vec<QuestionId>,
    /// Answers moved to a question of another id (a renamed question or domain).
    pub renamed: Vec<(QuestionId, QuestionId)>,
    /// Answers copied to each question a question was split into.
    pub split: Vec<(QuestionId, Vec<QuestionId>)>,
    /// Questions that now hold the answers of several old ones.
    pub merged: Vec<(Vec<QuestionId>, QuestionId)>,
    /// Answers to questions the new version does not have, kept apart.
    pub apart: Vec<QuestionId>,
    /// Where merged answers disagreed on their phase: the new question, and the phases. The
    /// lower is kept (a group can raise it once it has looked).
    pub phase_conflicts: Vec<(QuestionId, Vec<u8>)>,
}

/// Why an assessment could not be moved.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MigrateError {
    /// The map sends an answer to a question the new version does not have.
    #[error("the map moves {from} to {to}, which the new version of the bank does not have")]
    NoSuchQuestion {
        /// The old id.
        from: QuestionId,
        /// The id the map gives.
        to: QuestionId,
    },
    /// The map gives an empty list for a question.
    #[error("the map moves {0} to no question at all; give one id, or a list of them")]
    Nowhere(QuestionId),
}

/// Where the answer to `old` goes in `to`, by the map; `None` when it has no place there.
fn targets(
    old: &QuestionId,
    to: &Framework,
    map: &Map,
) -> Result<Option<Vec<QuestionId>>, MigrateError> {
    if let Some(targets) = map.questions.get(old) {
        let ids = targets.ids();
        if ids.is_empty() {
            return Err(MigrateError::Nowhere(old.clone()));
        }
        if let Some(missing) = ids.iter().find(|id| to.question(id).is_none()) {
            return Err(MigrateError::NoSuchQuestion {
                from: old.clone(),
                to: missing.clone(),
            });
        }
        return Ok(Some(ids.to_vec()));
    }
    let renamed = old
        .as_str()
        .split_once('.')
        .and_then(|(domain, rest)| Some(format!("{}.{rest}", map.domains.get(domain)?)))
        .map(QuestionId::new);
    let id = renamed.unwrap_or_else(|| old.clone());
    Ok(to.question(&id).is_some().then(|| vec![id]))
}

/// `assessment` moved to the bank `to` by `map`, and what moved where.
pub fn migrate(
    assessment: &Assessment,
    to: &Framework,
    map: &Map,
) -> Result<(Assessment, Moves), MigrateError> {
    let mut moves = Moves::default();
    let mut responses: BTreeMap<QuestionId, Response> = BTreeMap::new();
    let mut sources: BTreeMap<QuestionId, Vec<QuestionId>> = BTreeMap::new();
    for (old, response) in &assessment.responses {
        let Some(new_ids) = targets(old, to, map)? else {
            moves.apart.push(old.clone());
            responses.insert(old.clone(), response.clone());
            continue;
        };
        match new_ids.as_slice() {
            [same] if same == old => moves.kept.push(old.clone()),
            [one] => moves.renamed.push((old.clone(), one.clone())),
            many => moves.split.push((old.clone(), many.to_vec())),
        }
        for id in new_ids {
            sources.entry(id.clone()).or_default().push(old.clone());
            match responses.get_mut(&id) {
                Some(held) => merge(held, response),
                None => {
                    responses.insert(id, response.clone());
                }
            }
        }
    }
    for (id, olds) in sources.into_iter().filter(|(_, olds)| olds.len() > 1) {
        let phases: Vec<u8> = olds
            .iter()
            .filter_map(|old| assessment.responses.get(old)?.phase)
            .map(super::Phase::number)
            .collect();
        let mut distinct = phases.clone();
        distinct.sort_unstable();
        distinct.dedup();
        if distinct.len() > 1 {
            moves.phase_conflicts.push((id.clone(), distinct));
        }
        moves.merged.push((olds, id));
    }
    let mut migrated = assessment.clone();
    migrated.framework = FrameworkRef {
        id: to.id().to_owned(),
        version: to.version().to_owned(),
    };
    migrated.responses = responses;
    // Two merged questions can hold different items under one id; each keeps an id of its own.
    migrated.assign_missing_ids();
    Ok((migrated, moves))
}

/// Adds `other`'s answer to `held` (two old questions merged into one): texts joined, evidence
/// and actions together (each once), the lower of two phases.
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
    // The same item under both old questions has two ids (ids are per question): compared
    // without them, it is kept once, with the id it has in the first question.
    for evidence in &other.evidence {
        let same = |e: &Evidence| {
            e == &Evidence {
                id: e.id.clone(),
                ..evidence.clone()
            }
        };
        if !held.evidence.iter().any(same) {
            held.evidence.push(evidence.clone());
        }
    }
    for action in &other.actions {
        let same = |a: &Action| {
            a == &Action {
                id: a.id.clone(),
                ..action.clone()
            }
        };
        if !held.actions.iter().any(same) {
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

    #[test]
    fn merged_questions_keep_an_item_they_share_once_and_every_other_apart() {
        // d0.q0 and d0.q1 become one question, d0.q0 of the new version (one question).
        let fw = framework(&[2]);
        let to = framework(&[1]);
        let mut a = assessment_with(&fw, &[("d0.q0", Some(2), 0), ("d0.q1", Some(3), 0)]);
        let q0 = QuestionId::new("d0.q0");
        let q1 = QuestionId::new("d0.q1");
        // The same report cited under both (ids are per question, so they differ), and two
        // different actions that happen to share an id.
        for (question, id) in [(&q0, "e-1"), (&q1, "e-2")] {
            let r = a.responses.get_mut(question).unwrap();
            r.evidence.push(evidence(id, "Annual report"));
        }
        for (question, text) in [(&q0, "Brief the board"), (&q1, "Meet the council")] {
            let r = a.responses.get_mut(question).unwrap();
            r.actions.push(Action {
                id: ItemId::new("a-1"),
                description: text.to_owned(),
                ..Action::default()
            });
        }
        let map = Map {
            questions: [(q1.clone(), Targets::One(q0.clone()))].into(),
            ..Map::default()
        };
        let (moved, report) = migrate(&a, &to, &map).unwrap();
        assert_eq!(report.merged, [(vec![q0.clone(), q1], q0.clone())]);
        let r = &moved.responses[&q0];
        let ids: Vec<&str> = r.evidence.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["e-1"], "the shared report, once, with its first id");
        let actions: Vec<(&str, &str)> = r
            .actions
            .iter()
            .map(|x| (x.id.as_str(), x.description.as_str()))
            .collect();
        assert_eq!(actions.len(), 2, "{actions:?}");
        assert_eq!(actions[0], ("a-1", "Brief the board"));
        assert_eq!(actions[1].1, "Meet the council");
        assert!(ItemId::is_valid(actions[1].0) && actions[1].0 != "a-1");
    }
}
