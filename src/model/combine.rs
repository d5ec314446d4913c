//! Combining several assessors' files into one group assessment. Pure: the caller names the
//! assessors and passes the time.
//!
//! For each question the group assessment keeps every assessor's phase by name and leaves the
//! agreed phase empty: the facilitator records it after discussion. Narratives and ambitions
//! are merged as one paragraph per assessor, each starting with who wrote it, identical texts
//! once. Evidence and actions are recognised by their stable ids, not their wording: an item
//! with the same id in several files (copied from one starting file) is kept once, listing
//! everyone who has it, when it still says the same; if an assessor changed it, each version is
//! kept and [`differences`] says so. Evidence with the same link is the same document, whatever
//! its id, and is kept once with its notes joined. Assessors are taken in name order, so the
//! result does not depend on the order the files were given in.

use std::collections::BTreeMap;

use time::OffsetDateTime;

use super::response::{same_text, words};
use super::{
    Action, Assessment, Evidence, Framework, FrameworkRef, ItemId, ItemKind, QuestionId, Response,
    TeamMember,
};
use crate::tr;

/// Why files could not be combined.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CombineError {
    /// Fewer than two files.
    TooFew,
    /// Two files give the same assessor name.
    SameAssessor(String),
    /// Two files answer different versions of the framework's wording.
    OtherFramework {
        /// The assessor whose file differs.
        assessor: String,
        /// Its framework and version.
        found: String,
        /// The assessor it differs from.
        other: String,
        /// Their framework and version.
        expected: String,
    },
    /// A file is itself a group assessment.
    AlreadyCombined(String),
}

impl std::fmt::Display for CombineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            Self::TooFew => tr!("problem-combine-too-few"),
            Self::SameAssessor(name) => tr!("problem-combine-same-assessor", name = name.as_str()),
            Self::OtherFramework {
                assessor,
                found,
                other,
                expected,
            } => tr!(
                "problem-combine-other-framework",
                assessor = assessor.as_str(),
                found = found.as_str(),
                other = other.as_str(),
                expected = expected.as_str()
            ),
            Self::AlreadyCombined(name) => {
                tr!("problem-combine-already-combined", name = name.as_str())
            }
        })
    }
}

impl std::error::Error for CombineError {}

impl CombineError {
    /// The assessor the error is about, if one.
    pub fn assessor(&self) -> Option<&str> {
        match self {
            Self::TooFew => None,
            Self::SameAssessor(name) | Self::AlreadyCombined(name) => Some(name),
            Self::OtherFramework { assessor, .. } => Some(assessor),
        }
    }
}

/// One assessor's file.
#[derive(Clone, Copy, Debug)]
pub struct Assessor<'a> {
    /// The assessor's name.
    pub name: &'a str,
    /// Their assessment.
    pub assessment: &'a Assessment,
}

fn framework_label(framework: &FrameworkRef) -> String {
    if framework.version.is_empty() {
        framework.id.clone()
    } else {
        format!("{} {}", framework.id, framework.version)
    }
}

/// The framework version most of the files answer; on a tie, the one in use (`framework`), else
/// the first file's.
fn expected_framework(framework: &Framework, assessors: &[Assessor<'_>]) -> Option<FrameworkRef> {
    let count = |version: &FrameworkRef| {
        assessors
            .iter()
            .filter(|a| &a.assessment.framework == version)
            .count()
    };
    let in_use = |version: &FrameworkRef| {
        version.id == framework.id() && version.version == framework.version()
    };
    let mut best: Option<(&FrameworkRef, usize)> = None;
    for assessor in assessors {
        let version = &assessor.assessment.framework;
        let n = count(version);
        let better = best.is_none_or(|(held, held_n)| {
            n > held_n || (n == held_n && in_use(version) && !in_use(held))
        });
        if better {
            best = Some((version, n));
        }
    }
    best.map(|(version, _)| version.clone())
}

/// Combines the assessors' files into one group assessment of `framework`, created `now`.
pub fn combine(
    framework: &Framework,
    assessors: &[Assessor<'_>],
    now: OffsetDateTime,
) -> Result<Assessment, CombineError> {
    if assessors.len() < 2 {
        return Err(CombineError::TooFew);
    }
    let mut sorted: Vec<Assessor<'_>> = assessors.to_vec();
    sorted.sort_by(|a, b| a.name.cmp(b.name));
    for pair in sorted.windows(2) {
        if let [a, b] = pair
            && a.name == b.name
        {
            return Err(CombineError::SameAssessor(a.name.to_owned()));
        }
    }
    // The files must agree with each other; an older wording than the build's is fine, as it
    // is for opening one file. The odd one out is named: the version most files answer is the
    // expected one (on a tie, the one in use, else the first assessor's).
    let expected = expected_framework(framework, &sorted).ok_or(CombineError::TooFew)?;
    let matching = sorted
        .iter()
        .find(|a| a.assessment.framework == expected)
        .ok_or(CombineError::TooFew)?;
    for assessor in &sorted {
        if assessor.assessment.framework != expected {
            return Err(CombineError::OtherFramework {
                assessor: assessor.name.to_owned(),
                found: framework_label(&assessor.assessment.framework),
                other: matching.name.to_owned(),
                expected: framework_label(&expected),
            });
        }
        if assessor.assessment.is_group() {
            return Err(CombineError::AlreadyCombined(assessor.name.to_owned()));
        }
    }

    let mut group = Assessment::new(framework, now);
    group.framework = expected;
    group.institution = common(sorted.iter().map(|a| a.assessment.institution.as_str()));
    group.title = common(sorted.iter().map(|a| a.assessment.title.as_str()));
    group.period = common(sorted.iter().map(|a| a.assessment.period.as_str()));
    group.team = team(&sorted);

    let questions: std::collections::BTreeSet<_> = sorted
        .iter()
        .flat_map(|a| a.assessment.responses.keys())
        .collect();
    for id in questions {
        let answers: Vec<(&str, &Response)> = sorted
            .iter()
            .filter_map(|a| a.assessment.response(id).map(|r| (a.name, r)))
            .collect();
        let mut response = merge(&answers);
        if !response.is_empty() {
            // Versions of one item that differ each need an id of their own.
            response.assign_missing_ids(id);
            group.responses.insert(id.clone(), response);
        }
    }
    Ok(group)
}

/// The first non-empty text in assessor name order (usually they all share it).
fn common<'a>(texts: impl Iterator<Item = &'a str>) -> String {
    texts
        .map(str::trim)
        .find(|t| !t.is_empty())
        .unwrap_or_default()
        .to_owned()
}

/// Everyone named in any file's team, and every assessor not named in their own file's team,
/// once each.
fn team(assessors: &[Assessor<'_>]) -> Vec<TeamMember> {
    let mut members: BTreeMap<String, TeamMember> = BTreeMap::new();
    for assessor in assessors {
        let listed = assessor
            .assessment
            .team
            .iter()
            .any(|m| same_text(&m.name, assessor.name));
        if !listed && let Some(key) = key(assessor.name) {
            members.entry(key).or_insert_with(|| TeamMember {
                name: assessor.name.trim().to_owned(),
                role: String::new(),
            });
        }
        for member in &assessor.assessment.team {
            let key = member.name.trim().to_lowercase();
            if key.is_empty() {
                continue;
            }
            let entry = members.entry(key).or_insert_with(|| member.clone());
            if entry.role.trim().is_empty() {
                entry.role.clone_from(&member.role);
            }
        }
    }
    members.into_values().collect()
}

/// The text of a field with its words' case and spacing ignored; `None` when blank.
fn key(text: &str) -> Option<String> {
    Some(words(text)).filter(|w| !w.is_empty())
}

/// What combining needs of evidence and actions alike.
trait Item: Clone {
    /// What it is, to name it in a note.
    const WHAT: ItemKind;
    /// Its id, and who added it, to mark a kept copy.
    fn parts(&mut self) -> (&mut ItemId, &mut Vec<String>);
    fn id(&self) -> &ItemId;
    /// Whether another copy of it (the same id) still says the same.
    fn same(&self, other: &Self) -> bool;
    /// Whether another copy of it was changed into a version kept apart. Evidence with the same
    /// link is one document however its title reads, so is kept once.
    fn kept_apart(&self, other: &Self) -> bool {
        !self.same(other)
    }
    /// Its words, to name it.
    fn label(&self) -> &str;
}

impl Item for Evidence {
    const WHAT: ItemKind = ItemKind::Evidence;
    fn parts(&mut self) -> (&mut ItemId, &mut Vec<String>) {
        (&mut self.id, &mut self.added_by)
    }
    fn id(&self) -> &ItemId {
        &self.id
    }
    fn same(&self, other: &Self) -> bool {
        same_text(&self.title, &other.title) && self.link.trim() == other.link.trim()
    }
    fn kept_apart(&self, other: &Self) -> bool {
        !self.same(other) && link_key(self) != link_key(other)
    }
    fn label(&self) -> &str {
        self.title.trim()
    }
}

impl Item for Action {
    const WHAT: ItemKind = ItemKind::Action;
    fn parts(&mut self) -> (&mut ItemId, &mut Vec<String>) {
        (&mut self.id, &mut self.added_by)
    }
    fn id(&self) -> &ItemId {
        &self.id
    }
    fn same(&self, other: &Self) -> bool {
        same_text(&self.description, &other.description)
            && same_text(&self.owner, &other.owner)
            && self.due.trim() == other.due.trim()
            && self.status == other.status
    }
    fn label(&self) -> &str {
        self.description.trim()
    }
}

/// The link that makes two pieces of evidence the same document; `None` without one.
fn link_key(evidence: &Evidence) -> Option<String> {
    let link = evidence.link.trim();
    (!link.is_empty()).then(|| link.to_owned())
}

/// Where each kept copy of an id is, so merging stays linear in the number of items.
type Copies = BTreeMap<ItemId, Vec<usize>>;

/// A kept copy of `item`'s id that still says the same: the original, or another assessor's
/// identical change.
fn same_copy<T: Item>(kept: &[T], copies: &Copies, item: &T) -> Option<usize> {
    copies
        .get(item.id())?
        .iter()
        .copied()
        .find(|&i| kept.get(i).is_some_and(|k| k.same(item)))
}

/// Merges the assessors' responses to one question.
fn merge(answers: &[(&str, &Response)]) -> Response {
    let mut response = Response {
        ratings: answers
            .iter()
            .filter_map(|(name, r)| r.phase.map(|p| ((*name).to_owned(), p)))
            .collect(),
        narrative: merge_text(answers, |r| &r.narrative),
        ambition: merge_text(answers, |r| &r.ambition),
        ..Response::default()
    };
    // Where each kept item's id and link point, so merging stays linear in the number of items.
    let mut evidence_ids = Copies::new();
    let mut links = BTreeMap::new();
    let mut action_ids = Copies::new();
    for (name, answer) in answers {
        for evidence in &answer.evidence {
            let by_id = same_copy(&response.evidence, &evidence_ids, evidence);
            let by_link = link_key(evidence).and_then(|link| links.get(&link).copied());
            let Some(kept) = by_id.or(by_link).and_then(|i| response.evidence.get_mut(i)) else {
                if let Some(link) = link_key(evidence) {
                    links.insert(link, response.evidence.len());
                }
                push_copy(&mut response.evidence, &mut evidence_ids, evidence, name);
                continue;
            };
            add_name(&mut kept.added_by, name);
            // Each assessor's note is kept, once.
            let note = evidence.note.trim();
            if !note.is_empty() && !kept.note.split(" / ").any(|n| same_text(n, note)) {
                if !kept.note.trim().is_empty() {
                    kept.note.push_str(" / ");
                }
                kept.note.push_str(note);
            }
        }
        for action in &answer.actions {
            match same_copy(&response.actions, &action_ids, action)
                .and_then(|i| response.actions.get_mut(i))
            {
                Some(kept) => add_name(&mut kept.added_by, name),
                None => push_copy(&mut response.actions, &mut action_ids, action, name),
            }
        }
    }
    response
}

/// Adds a copy of `item` marked as added by `name`, noting where the copies of its id are. The
/// first copy keeps the id; a later one (another assessor's differing version) is left for the
/// caller to give a new one.
fn push_copy<T: Item>(kept: &mut Vec<T>, copies: &mut Copies, item: &T, name: &str) {
    let index = kept.len();
    let mut copy = item.clone();
    let (id, added_by) = copy.parts();
    *added_by = vec![name.to_owned()];
    if !id.is_empty() {
        let held = copies.entry(id.clone()).or_default();
        if !held.is_empty() {
            *id = ItemId::default();
        }
        held.push(index);
    }
    kept.push(copy);
}

fn add_name(names: &mut Vec<String>, name: &str) {
    if !names.iter().any(|n| n == name) {
        names.push(name.to_owned());
    }
}

/// One paragraph per distinct text, each starting with who wrote it: "Alys, Bryn: …". An
/// assessor's own paragraphs become lines of that one paragraph, so every line stays with its
/// author.
fn merge_text(answers: &[(&str, &Response)], field: impl Fn(&Response) -> &String) -> String {
    let mut texts: Vec<(Vec<String>, &str)> = Vec::new();
    for (name, answer) in answers {
        let text = field(answer).trim();
        if text.is_empty() {
            continue;
        }
        if let Some((names, _)) = texts.iter_mut().find(|(_, kept)| same_text(kept, text)) {
            add_name(names, name);
        } else {
            texts.push((vec![(*name).to_owned()], text));
        }
    }
    texts
        .iter()
        .map(|(names, text)| {
            let lines: Vec<&str> = text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect();
            format!("{}: {}", names.join(", "), lines.join("\n"))
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Reads one text field of an assessment.
type Field = fn(&Assessment) -> &str;

/// A field of the assessment that files may name differently.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SharedField {
    /// The institution.
    Institution,
    /// The title.
    Title,
    /// The period.
    Period,
}

/// Something the files to combine disagree on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Difference {
    /// The files name different values of a field; the group file keeps the first.
    Field {
        /// Which field.
        field: SharedField,
        /// Every value named, in assessor order, the kept one first.
        values: Vec<String>,
    },
    /// An item the files share (the same id) that an assessor changed; both versions are kept.
    ChangedItem {
        /// The question: its number ("2.1") when the files answer the framework in use, else
        /// its id.
        question: String,
        /// The assessor whose copy differs.
        assessor: String,
        /// Evidence or action.
        kind: ItemKind,
        /// The item's words (its title or description) in the earlier copy.
        label: String,
        /// The assessor whose copy came first.
        earlier: String,
    },
}

impl std::fmt::Display for Difference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            Self::Field { field, values } => {
                let kept = values.first().map_or("", String::as_str);
                let values = values.join(", ");
                match field {
                    SharedField::Institution => tr!(
                        "problem-combine-different-institutions",
                        values = values,
                        kept = kept
                    ),
                    SharedField::Title => {
                        tr!(
                            "problem-combine-different-titles",
                            values = values,
                            kept = kept
                        )
                    }
                    SharedField::Period => {
                        tr!(
                            "problem-combine-different-periods",
                            values = values,
                            kept = kept
                        )
                    }
                }
            }
            Self::ChangedItem {
                question,
                assessor,
                kind,
                label,
                earlier,
            } => {
                let (question, name, label, earlier) = (
                    question.as_str(),
                    assessor.as_str(),
                    label.as_str(),
                    earlier.as_str(),
                );
                match kind {
                    ItemKind::Evidence => tr!(
                        "problem-combine-changed-evidence",
                        question = question,
                        name = name,
                        label = label,
                        earlier = earlier
                    ),
                    ItemKind::Action => tr!(
                        "problem-combine-changed-action",
                        question = question,
                        name = name,
                        label = label,
                        earlier = earlier
                    ),
                }
            }
        })
    }
}

/// What the files disagree on, in words; see [`find_differences`].
pub fn differences(framework: &Framework, assessors: &[Assessor<'_>]) -> Vec<String> {
    find_differences(framework, assessors)
        .iter()
        .map(ToString::to_string)
        .collect()
}

/// What the files disagree on, so the person combining can check they have the right files and
/// see what to settle: an institution, title or period the group file keeps only one of, and
/// items the files share (the same id) that an assessor changed.
pub fn find_differences(framework: &Framework, assessors: &[Assessor<'_>]) -> Vec<Difference> {
    let mut sorted: Vec<Assessor<'_>> = assessors.to_vec();
    sorted.sort_by(|a, b| a.name.cmp(b.name));
    let fields: [(SharedField, Field); 3] = [
        (SharedField::Institution, |a| &a.institution),
        (SharedField::Title, |a| &a.title),
        (SharedField::Period, |a| &a.period),
    ];
    let mut notes = Vec::new();
    for (field, get) in fields {
        let mut values: Vec<&str> = Vec::new();
        for assessor in &sorted {
            let value = get(assessor.assessment).trim();
            if !value.is_empty() && !values.iter().any(|v| same_text(v, value)) {
                values.push(value);
            }
        }
        if values.len() > 1 {
            notes.push(Difference::Field {
                field,
                values: values.iter().map(|v| (*v).to_owned()).collect(),
            });
        }
    }
    notes.extend(changed_items(framework, &sorted));
    notes
}

/// Items that several files have (the same id) but that an assessor changed: each version is
/// kept in the group file, and someone should choose.
fn changed_items(framework: &Framework, sorted: &[Assessor<'_>]) -> Vec<Difference> {
    let mut notes = Vec::new();
    let questions: std::collections::BTreeSet<&QuestionId> = sorted
        .iter()
        .flat_map(|a| a.assessment.responses.keys())
        .collect();
    // Numbered as people say it ("question 2.1") when the files answer the framework in use;
    // an older version may number its questions otherwise, so then by id.
    let same_version = sorted
        .iter()
        .all(|a| a.assessment.framework.version == framework.version());
    for id in questions {
        let question = framework
            .question_number(id)
            .filter(|_| same_version)
            .unwrap_or_else(|| id.to_string());
        let mut evidence = BTreeMap::new();
        let mut actions = BTreeMap::new();
        for assessor in sorted {
            let Some(response) = assessor.assessment.response(id) else {
                continue;
            };
            let name = assessor.name;
            note_changes(
                &mut notes,
                &question,
                name,
                &response.evidence,
                &mut evidence,
            );
            note_changes(&mut notes, &question, name, &response.actions, &mut actions);
        }
    }
    notes
}

/// Notes each of `name`'s items that an earlier assessor (in `first`, by id) has in another
/// version; the first copy of each id is remembered there.
fn note_changes<'a, T: Item>(
    notes: &mut Vec<Difference>,
    question: &str,
    name: &'a str,
    items: &'a [T],
    first: &mut BTreeMap<&'a ItemId, (&'a str, &'a T)>,
) {
    for item in items.iter().filter(|i| !i.id().is_empty()) {
        match first.get(item.id()) {
            Some((earlier, held)) if held.kept_apart(item) => notes.push(Difference::ChangedItem {
                question: question.to_owned(),
                assessor: name.to_owned(),
                kind: T::WHAT,
                label: held.label().to_owned(),
                earlier: (*earlier).to_owned(),
            }),
            Some(_) => {}
            None => {
                first.insert(item.id(), (name, item));
            }
        }
    }
}
