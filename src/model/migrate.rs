//! Moving an assessment to another version of the question bank. The bank's phase names and two
//! of its domains are provisional, and the published wording may change: every answer whose
//! question id carries over stays; a map renames, splits and merges questions (and renames
//! whole domains); an answer to a question the new version no longer has is kept, apart, as any
//! unknown question's answer is (the app and the report show it in a section of its own).
//! Nothing is dropped.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::{Assessment, Framework, FrameworkRef, QuestionId, Response};

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
