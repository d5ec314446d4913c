//! The three-way merge of assessments by stable id: two copies of one file (`base`), changed
//! apart by two people, put back together. Changes to different things merge without asking;
//! the same thing changed differently on both sides is a conflict, settled by a [`Choice`].
//! The app's "someone changed the file", a restored recovery copy, a sync tool's conflict copy,
//! `civic-workbook merge` and git all use this one merge. Pure: no files, no clock, no chance.

mod list;
#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, BTreeSet};

use time::OffsetDateTime;

use super::{
    Action, Assessment, Evidence, ItemId, ItemKind, Phase, QuestionId, Response, TeamMember,
};
use list::{Out, merge_list};

/// Merges what `mine` and `theirs` each changed since `base`, field by field and item by item.
///
/// A field changed on one side only takes that side; changed the same way on both, it is no
/// conflict; changed differently on both, it is a conflict, settled as mine in
/// [`Merge::assessment`]. Responses are matched by question id, evidence and actions by their
/// ids within their question, assessors' ratings by name and team members by name. Whether a
/// question has a response at all merges like a field, so a response left empty is kept exactly
/// when the side whose version wins holds it; one emptied by the merge otherwise goes.
/// Items keep mine's order, with theirs' additions after the item before them in theirs' list.
pub fn merge(base: &Assessment, mine: &Assessment, theirs: &Assessment) -> Merge {
    let sides = Box::new([base.clone(), mine.clone(), theirs.clone()]);
    let (assessment, sink) = run(&sides, &[]);
    Merge {
        assessment,
        from_theirs: sink.from_theirs,
        conflicts: sink.conflicts,
        sides,
    }
}

/// What a three-way merge found and made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Merge {
    /// The merged assessment with every conflict settled as Mine.
    pub assessment: Assessment,
    /// What came in from theirs without asking (changes to things mine left alone), in
    /// framework-independent order: details first, then by question id, then part.
    pub from_theirs: Vec<Change>,
    /// Things both sides changed differently, in the same order.
    pub conflicts: Vec<Conflict>,
    /// Base, mine and theirs, to settle the conflicts again with other choices.
    sides: Box<[Assessment; 3]>,
}

impl Merge {
    /// The assessment with one choice per conflict (same order; missing choices = Mine). Both,
    /// where a conflict cannot keep both (a phase, a rating, the language), is Mine.
    pub fn resolved(&self, choices: &[Choice]) -> Assessment {
        run(&self.sides, choices).0
    }

    /// Every conflict kept as Both where it can be, else Mine (what the command line writes).
    pub fn keeping_both(&self) -> Assessment {
        self.resolved(&vec![Choice::Both; self.conflicts.len()])
    }

    /// Whether the two sides merged without a conflict.
    pub fn is_clean(&self) -> bool {
        self.conflicts.is_empty()
    }
}

/// Where in an assessment something changed.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Place {
    /// One of the assessment's details.
    Detail(Detail),
    /// One part of the response to a question.
    Question {
        /// The question.
        question: QuestionId,
        /// The part of its response.
        part: Part,
    },
}

/// One of an assessment's details (what is not the answer to a question).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Detail {
    /// The institution assessed.
    Institution,
    /// The assessment's title.
    Title,
    /// The period covered.
    Period,
    /// The language the answers are written in.
    Language,
    /// A member of the working group, by name (the member's role is what changes).
    TeamMember(String),
}

/// One part of a response.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Part {
    /// The phase (the group's agreed phase in a group assessment).
    Phase,
    /// One assessor's rating, by the assessor's name.
    Rating(String),
    /// Why the group agreed its phase.
    Rationale,
    /// The narrative.
    Narrative,
    /// The ambition ("what if?").
    Ambition,
    /// One piece of evidence, by its id.
    Evidence(ItemId),
    /// One action, by its id.
    Action(ItemId),
}

/// What a change did.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ChangeKind {
    /// Something new where there was nothing (an item, or text in an empty field).
    Added,
    /// Something there was changed.
    Changed,
    /// Something there was taken away (an item, or a field emptied).
    Removed,
}

/// One change that came in from theirs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// Where.
    pub place: Place,
    /// What it did.
    pub kind: ChangeKind,
}

/// Something both sides changed, differently.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    /// Where.
    pub place: Place,
    /// What it was in the base.
    pub base: Value,
    /// What mine made it.
    pub mine: Value,
    /// What theirs made it.
    pub theirs: Value,
}

impl Conflict {
    /// Whether both sides can be kept: texts (joined) and items (side by side) can; a phase, a
    /// rating or the language cannot.
    pub fn can_keep_both(&self) -> bool {
        !matches!(
            &self.place,
            Place::Detail(Detail::Language)
                | Place::Question {
                    part: Part::Phase | Part::Rating(_),
                    ..
                }
        )
    }
}

/// What one side holds at a conflict's place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// Nothing: the item or member is not there (never added, or removed).
    Missing,
    /// A phase, or not yet rated.
    Phase(Option<Phase>),
    /// A text (empty when blank).
    Text(String),
    /// A piece of evidence.
    Evidence(Evidence),
    /// An action.
    Action(Action),
    /// A team member.
    Member(TeamMember),
}

/// How to settle one conflict.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Choice {
    /// Keep mine.
    #[default]
    Mine,
    /// Take theirs.
    Theirs,
    /// Keep both: texts joined (mine first), items side by side (theirs under a new id).
    Both,
}

/// What a merge found as it went, and the choices to settle conflicts with.
struct Sink<'a> {
    choices: &'a [Choice],
    from_theirs: Vec<Change>,
    conflicts: Vec<Conflict>,
}

impl Sink<'_> {
    fn change(&mut self, place: Place, kind: ChangeKind) {
        self.from_theirs.push(Change { place, kind });
    }

    /// Records a conflict and says how to settle it: the choice given for it, Mine when none
    /// was, and Mine for Both where both cannot be kept.
    fn conflict(&mut self, conflict: Conflict) -> Choice {
        let asked = self
            .choices
            .get(self.conflicts.len())
            .copied()
            .unwrap_or_default();
        let choice = if asked == Choice::Both && !conflict.can_keep_both() {
            Choice::Mine
        } else {
            asked
        };
        self.conflicts.push(conflict);
        choice
    }
}

/// How one kind of field merges.
struct Rule<T> {
    value: fn(&T) -> Value,
    is_empty: fn(&T) -> bool,
    both: fn(&T, &T) -> T,
}

/// Paragraphs (narrative, ambition, rationale): both kept as mine, a blank line, theirs.
const PARAGRAPHS: Rule<String> = Rule {
    value: |t| Value::Text(t.clone()),
    is_empty: |t| t.trim().is_empty(),
    both: |mine, theirs| joined(mine, theirs, "\n\n"),
};

/// One-line texts (institution, title, period, language): both kept on one line, as
/// "mine / theirs", so a one-line field stays one line.
const LINE: Rule<String> = Rule {
    value: |t| Value::Text(t.clone()),
    is_empty: |t| t.trim().is_empty(),
    both: |mine, theirs| joined(mine, theirs, " / "),
};

/// A phase or rating: both cannot be kept, so Both is mine.
const PHASE: Rule<Option<Phase>> = Rule {
    value: |p| Value::Phase(*p),
    is_empty: Option::is_none,
    both: |mine, _| *mine,
};

/// Two texts kept: mine, `between`, theirs; just one when it already contains the other.
fn joined(mine: &str, theirs: &str, between: &str) -> String {
    if mine.contains(theirs) {
        mine.to_owned()
    } else if theirs.contains(mine) {
        theirs.to_owned()
    } else {
        format!("{mine}{between}{theirs}")
    }
}

/// What a change from `base` to `theirs` did.
fn kind_of<T>(rule: &Rule<T>, base: &T, theirs: &T) -> ChangeKind {
    if (rule.is_empty)(base) {
        ChangeKind::Added
    } else if (rule.is_empty)(theirs) {
        ChangeKind::Removed
    } else {
        ChangeKind::Changed
    }
}

/// Merges one field three ways.
fn field<T: Clone + PartialEq>(
    sink: &mut Sink<'_>,
    place: Place,
    [base, mine, theirs]: [&T; 3],
    rule: &Rule<T>,
) -> T {
    if mine == theirs || theirs == base {
        return mine.clone();
    }
    if mine == base {
        sink.change(place, kind_of(rule, base, theirs));
        return theirs.clone();
    }
    let conflict = Conflict {
        place,
        base: (rule.value)(base),
        mine: (rule.value)(mine),
        theirs: (rule.value)(theirs),
    };
    match sink.conflict(conflict) {
        Choice::Mine => mine.clone(),
        Choice::Theirs => theirs.clone(),
        Choice::Both => (rule.both)(mine, theirs),
    }
}

/// The merge itself, settling the conflicts with `choices` (Mine where none is given). The
/// conflicts are found in the same order whatever the choices.
fn run<'c>(sides: &[Assessment; 3], choices: &'c [Choice]) -> (Assessment, Sink<'c>) {
    let [base, mine, theirs] = sides;
    let mut sink = Sink {
        choices,
        from_theirs: Vec::new(),
        conflicts: Vec::new(),
    };
    let detail = |detail: Detail, text: fn(&Assessment) -> &String, sink: &mut Sink<'_>| {
        field(
            sink,
            Place::Detail(detail),
            [text(base), text(mine), text(theirs)],
            &LINE,
        )
    };
    let institution = detail(Detail::Institution, |a| &a.institution, &mut sink);
    let title = detail(Detail::Title, |a| &a.title, &mut sink);
    let period = detail(Detail::Period, |a| &a.period, &mut sink);
    let language = detail(Detail::Language, |a| &a.language, &mut sink);
    let team = team(&mut sink, [&base.team, &mine.team, &theirs.team]);

    let questions: BTreeSet<&QuestionId> = sides.iter().flat_map(|a| a.responses.keys()).collect();
    let empty = Response::default();
    let mut responses = BTreeMap::new();
    for question in questions {
        let [b, m, t] = [base, mine, theirs].map(|a| a.responses.get(question));
        // Whether the question has a response at all merges like a field, so a response one
        // side holds empty stays exactly when that side's version wins.
        let held = if m.is_some() == b.is_some() {
            t.is_some()
        } else {
            m.is_some()
        };
        let sides = [b, m, t].map(|r| r.unwrap_or(&empty));
        let merged = response(&mut sink, question, sides);
        if held || !merged.is_empty() {
            responses.insert(question.clone(), merged);
        }
    }
    let assessment = Assessment {
        framework: mine.framework.clone(),
        institution,
        title,
        period,
        team,
        language,
        created: mine.created.or(base.created),
        modified: later(mine.modified, theirs.modified),
        responses,
    };
    (assessment, sink)
}

/// The later of two times, or whichever there is.
fn later(a: Option<OffsetDateTime>, b: Option<OffsetDateTime>) -> Option<OffsetDateTime> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}

/// The working group, members matched by name; a member whose role both sides changed keeps
/// both roles as "mine / theirs".
fn team(sink: &mut Sink<'_>, sides: [&[TeamMember]; 3]) -> Vec<TeamMember> {
    merge_list(
        sides,
        |m| &m.name,
        sink,
        |name| Place::Detail(Detail::TeamMember(name.to_owned())),
        |m| Value::Member(m.clone()),
    )
    .into_iter()
    .map(|out| match out {
        Out::One(member) => member,
        Out::Both(mine, theirs) => TeamMember {
            role: (LINE.both)(&mine.role, &theirs.role),
            name: mine.name,
        },
    })
    .collect()
}

/// Merges the responses to one question, part by part.
fn response(sink: &mut Sink<'_>, question: &QuestionId, sides: [&Response; 3]) -> Response {
    let [base, mine, theirs] = sides;
    if mine == theirs {
        return mine.clone();
    }
    let at = |part: Part| Place::Question {
        question: question.clone(),
        part,
    };
    let phase = field(sink, at(Part::Phase), sides.map(|r| &r.phase), &PHASE);
    let names: BTreeSet<&String> = sides.iter().flat_map(|r| r.ratings.keys()).collect();
    let mut ratings = BTreeMap::new();
    for name in names {
        let [b, m, t] = sides.map(|r| r.ratings.get(name).copied());
        let place = at(Part::Rating(name.clone()));
        if let Some(phase) = field(sink, place, [&b, &m, &t], &PHASE) {
            ratings.insert(name.clone(), phase);
        }
    }
    let rationale = field(
        sink,
        at(Part::Rationale),
        sides.map(|r| &r.rationale),
        &PARAGRAPHS,
    );
    let narrative = field(
        sink,
        at(Part::Narrative),
        sides.map(|r| &r.narrative),
        &PARAGRAPHS,
    );
    let ambition = field(
        sink,
        at(Part::Ambition),
        sides.map(|r| &r.ambition),
        &PARAGRAPHS,
    );
    let evidence = merge_list(
        [&base.evidence, &mine.evidence, &theirs.evidence],
        |e| e.id.as_str(),
        sink,
        |id| at(Part::Evidence(ItemId::new(id))),
        |e| Value::Evidence(e.clone()),
    );
    let actions = merge_list(
        [&base.actions, &mine.actions, &theirs.actions],
        |a| a.id.as_str(),
        sink,
        |id| at(Part::Action(ItemId::new(id))),
        |a| Value::Action(a.clone()),
    );
    Response {
        phase,
        ratings,
        rationale,
        narrative,
        evidence: list::side_by_side(evidence, question, ItemKind::Evidence, |e| &mut e.id),
        ambition,
        actions: list::side_by_side(actions, question, ItemKind::Action, |a| &mut a.id),
    }
}
