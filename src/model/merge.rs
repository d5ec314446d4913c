//! Three-way merge of assessments by stable id (base → mine, base → theirs).
//!
//! A stand-in written on the `sync` branch with the interface agreed for the `merge` branch, so
//! the app's merge flow could be built and tested before that branch landed: take the `merge`
//! branch's version of this file wherever the two differ.

use super::{Action, Assessment, Evidence, ItemId, Phase, QuestionId, TeamMember};

/// Where in an assessment a change is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// One of the assessment's details.
    Detail(Detail),
    /// A part of one question's response.
    Question {
        /// The question.
        question: QuestionId,
        /// Which part.
        part: Part,
    },
}

/// A detail of the assessment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Detail {
    /// The institution assessed.
    Institution,
    /// The title.
    Title,
    /// The period covered.
    Period,
    /// The language of the answers.
    Language,
    /// A team member, by name.
    TeamMember(String),
}

/// A part of a response.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    /// The phase reached.
    Phase,
    /// One assessor's own rating, by name.
    Rating(String),
    /// Why the group agreed its phase.
    Rationale,
    /// The narrative.
    Narrative,
    /// The ambition.
    Ambition,
    /// A piece of evidence, by id.
    Evidence(ItemId),
    /// An action, by id.
    Action(ItemId),
}

/// How a place changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeKind {
    /// It was not there before.
    Added,
    /// It changed.
    Changed,
    /// It is gone.
    Removed,
}

/// A change taken from theirs without asking.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// Where.
    pub place: Place,
    /// How.
    pub kind: ChangeKind,
}

/// What a place holds on one side.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// Nothing (an item or member not there).
    Missing,
    /// A phase, or not yet rated.
    Phase(Option<Phase>),
    /// Text.
    Text(String),
    /// A piece of evidence.
    Evidence(Evidence),
    /// An action.
    Action(Action),
    /// A team member.
    Member(TeamMember),
}

/// The same place changed differently on both sides.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    /// Where.
    pub place: Place,
    /// What the base held.
    pub base: Value,
    /// What mine holds.
    pub mine: Value,
    /// What theirs holds.
    pub theirs: Value,
}

impl Conflict {
    /// Whether both sides can be kept: two texts (one after the other) or two items.
    pub fn can_keep_both(&self) -> bool {
        matches!(
            (&self.mine, &self.theirs),
            (Value::Text(_), Value::Text(_))
                | (Value::Evidence(_), Value::Evidence(_))
                | (Value::Action(_), Value::Action(_))
        )
    }
}

/// Which side a conflict is settled with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    /// Mine.
    Mine,
    /// Theirs.
    Theirs,
    /// Both (where [`Conflict::can_keep_both`]).
    Both,
}

/// The result of a merge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Merge {
    /// The merged assessment, conflicts settled as mine.
    pub assessment: Assessment,
    /// The changes taken from theirs without asking.
    pub from_theirs: Vec<Change>,
    /// The places both sides changed differently.
    pub conflicts: Vec<Conflict>,
}

impl Merge {
    /// The merged assessment with each conflict settled as `choices` says (mine where no choice
    /// is given).
    pub fn resolved(&self, choices: &[Choice]) -> Assessment {
        let mut merged = self.assessment.clone();
        for (conflict, choice) in self.conflicts.iter().zip(choices) {
            match choice {
                Choice::Mine => {}
                Choice::Theirs => set(&mut merged, &conflict.place, &conflict.theirs),
                Choice::Both => keep_both(&mut merged, conflict),
            }
        }
        merged.responses.retain(|_, r| !r.is_empty());
        merged
    }

    /// The merged assessment keeping both sides of every conflict that can keep both.
    pub fn keeping_both(&self) -> Assessment {
        let choices: Vec<Choice> = self
            .conflicts
            .iter()
            .map(|c| {
                if c.can_keep_both() {
                    Choice::Both
                } else {
                    Choice::Mine
                }
            })
            .collect();
        self.resolved(&choices)
    }
}

/// Merges base → theirs into base → mine.
pub fn merge(base: &Assessment, mine: &Assessment, theirs: &Assessment) -> Merge {
    let (b, m, t) = (slots(base), slots(mine), slots(theirs));
    let mut places: Vec<Place> = Vec::new();
    for (place, _) in m.iter().chain(&t).chain(&b) {
        if !places.contains(place) {
            places.push(place.clone());
        }
    }
    let mut merged = mine.clone();
    let mut from_theirs = Vec::new();
    let mut conflicts = Vec::new();
    for place in places {
        let (vb, vm, vt) = (value(&b, &place), value(&m, &place), value(&t, &place));
        if vm == vt || vb == vt {
            continue;
        }
        if vb == vm {
            set(&mut merged, &place, &vt);
            let kind = match (&vb, &vt) {
                (Value::Missing, _) => ChangeKind::Added,
                (_, Value::Missing) => ChangeKind::Removed,
                _ => ChangeKind::Changed,
            };
            from_theirs.push(Change { place, kind });
        } else {
            conflicts.push(Conflict {
                place,
                base: vb,
                mine: vm,
                theirs: vt,
            });
        }
    }
    merged.responses.retain(|_, r| !r.is_empty());
    Merge {
        assessment: merged,
        from_theirs,
        conflicts,
    }
}

fn value(slots: &[(Place, Value)], place: &Place) -> Value {
    slots
        .iter()
        .find(|(p, _)| p == place)
        .map_or(Value::Missing, |(_, v)| v.clone())
}

/// Every place of `a` with what it holds.
fn slots(a: &Assessment) -> Vec<(Place, Value)> {
    let text = |s: &str| Value::Text(s.to_owned());
    let mut out = vec![
        (Place::Detail(Detail::Institution), text(&a.institution)),
        (Place::Detail(Detail::Title), text(&a.title)),
        (Place::Detail(Detail::Period), text(&a.period)),
        (Place::Detail(Detail::Language), text(&a.language)),
    ];
    for member in &a.team {
        out.push((
            Place::Detail(Detail::TeamMember(member.name.clone())),
            Value::Member(member.clone()),
        ));
    }
    for (question, r) in &a.responses {
        let at = |part| Place::Question {
            question: question.clone(),
            part,
        };
        out.push((at(Part::Phase), Value::Phase(r.phase)));
        for (name, phase) in &r.ratings {
            out.push((at(Part::Rating(name.clone())), Value::Phase(Some(*phase))));
        }
        out.push((at(Part::Rationale), text(&r.rationale)));
        out.push((at(Part::Narrative), text(&r.narrative)));
        out.push((at(Part::Ambition), text(&r.ambition)));
        for e in &r.evidence {
            out.push((at(Part::Evidence(e.id.clone())), Value::Evidence(e.clone())));
        }
        for x in &r.actions {
            out.push((at(Part::Action(x.id.clone())), Value::Action(x.clone())));
        }
    }
    // A question without a response reads as not rated and empty.
    out
}

/// Puts `value` at `place` in `a`.
fn set(a: &mut Assessment, place: &Place, value: &Value) {
    let text = |v: &Value| match v {
        Value::Text(s) => s.clone(),
        _ => String::new(),
    };
    match place {
        Place::Detail(Detail::Institution) => a.institution = text(value),
        Place::Detail(Detail::Title) => a.title = text(value),
        Place::Detail(Detail::Period) => a.period = text(value),
        Place::Detail(Detail::Language) => a.language = text(value),
        Place::Detail(Detail::TeamMember(name)) => {
            let at = a.team.iter().position(|m| &m.name == name);
            match (value, at) {
                (Value::Member(m), Some(i)) => {
                    if let Some(slot) = a.team.get_mut(i) {
                        *slot = m.clone();
                    }
                }
                (Value::Member(m), None) => a.team.push(m.clone()),
                (_, Some(i)) => {
                    a.team.remove(i);
                }
                (_, None) => {}
            }
        }
        Place::Question { question, part } => {
            let r = a.responses.entry(question.clone()).or_default();
            match part {
                Part::Phase => r.phase = if let Value::Phase(p) = value { *p } else { None },
                Part::Rating(name) => match value {
                    Value::Phase(Some(p)) => {
                        r.ratings.insert(name.clone(), *p);
                    }
                    _ => {
                        r.ratings.remove(name);
                    }
                },
                Part::Rationale => r.rationale = text(value),
                Part::Narrative => r.narrative = text(value),
                Part::Ambition => r.ambition = text(value),
                Part::Evidence(id) => {
                    let new = if let Value::Evidence(e) = value {
                        Some(e.clone())
                    } else {
                        None
                    };
                    upsert(&mut r.evidence, |e| &e.id == id, new);
                }
                Part::Action(id) => {
                    let new = if let Value::Action(x) = value {
                        Some(x.clone())
                    } else {
                        None
                    };
                    upsert(&mut r.actions, |x| &x.id == id, new);
                }
            }
        }
    }
}

fn upsert<T>(items: &mut Vec<T>, is: impl Fn(&T) -> bool, new: Option<T>) {
    let at = items.iter().position(is);
    match (new, at) {
        (Some(item), Some(i)) => {
            if let Some(slot) = items.get_mut(i) {
                *slot = item;
            }
        }
        (Some(item), None) => items.push(item),
        (None, Some(i)) => {
            items.remove(i);
        }
        (None, None) => {}
    }
}

/// Keeps both sides of `conflict` in `a` (mine is there already).
fn keep_both(a: &mut Assessment, conflict: &Conflict) {
    let Place::Question { question, .. } = &conflict.place else {
        if let (Value::Text(mine), Value::Text(theirs)) = (&conflict.mine, &conflict.theirs) {
            set(a, &conflict.place, &Value::Text(format!("{mine}\n\n{theirs}")));
        }
        return;
    };
    match (&conflict.mine, &conflict.theirs) {
        (Value::Text(mine), Value::Text(theirs)) => {
            set(a, &conflict.place, &Value::Text(format!("{mine}\n\n{theirs}")));
        }
        (Value::Evidence(_), Value::Evidence(theirs)) => {
            let r = a.responses.entry(question.clone()).or_default();
            let mut copy = theirs.clone();
            copy.id = ItemId::new(&format!("{}-theirs", theirs.id));
            r.evidence.push(copy);
        }
        (Value::Action(_), Value::Action(theirs)) => {
            let r = a.responses.entry(question.clone()).or_default();
            let mut copy = theirs.clone();
            copy.id = ItemId::new(&format!("{}-theirs", theirs.id));
            r.actions.push(copy);
        }
        _ => {}
    }
}
