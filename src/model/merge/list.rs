//! Merging a list three ways by key: evidence and actions by id, team members by name. Each
//! item merges as a whole; the list keeps mine's order, with what comes from theirs placed after
//! the item that comes before it in theirs' list.

use std::collections::{BTreeMap, BTreeSet};

use super::{ChangeKind, Choice, Conflict, Place, Sink, Value};
use crate::model::{ItemId, ItemKind, QuestionId};

/// One entry of a merged list.
pub(super) enum Out<T> {
    /// One item.
    One(T),
    /// Mine's and theirs' versions of one item, both kept.
    Both(T, T),
}

/// An item's key and which occurrence of it this is: ids are unique in a file, but a list
/// built in memory may repeat one (or leave it empty), and each occurrence is still matched
/// with its namesake on the other sides.
type Key<'a> = (&'a str, usize);

fn keyed<'a, T>(items: &'a [T], key: &impl Fn(&T) -> &str) -> Vec<(Key<'a>, &'a T)> {
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    items
        .iter()
        .map(|item| {
            let name = key(item);
            let count = seen.entry(name).or_default();
            let occurrence = *count;
            *count += 1;
            ((name, occurrence), item)
        })
        .collect()
}

/// Merges one list of base, mine and theirs. `place` says where an item with a key is, `value`
/// what it holds, for the changes and conflicts noted in `sink`.
pub(super) fn merge_list<T: Clone + PartialEq>(
    [base, mine, theirs]: [&[T]; 3],
    key: impl Fn(&T) -> &str,
    sink: &mut Sink<'_>,
    place: impl Fn(&str) -> Place,
    value: impl Fn(&T) -> Value,
) -> Vec<Out<T>> {
    let base = keyed(base, &key);
    let mine = keyed(mine, &key);
    let theirs = keyed(theirs, &key);
    let base_items: BTreeMap<Key<'_>, &T> = base.iter().copied().collect();
    let theirs_items: BTreeMap<Key<'_>, &T> = theirs.iter().copied().collect();
    let mine_keys: BTreeSet<Key<'_>> = mine.iter().map(|(k, _)| *k).collect();
    let held = |item: Option<&T>| item.map_or(Value::Missing, &value);

    let mut merged: Vec<(Key<'_>, Out<T>)> = Vec::with_capacity(mine.len());
    for &(k, m) in &mine {
        let b = base_items.get(&k).copied();
        let t = theirs_items.get(&k).copied();
        let out = match (b, t) {
            (_, Some(t)) if t == m => Some(Out::One(m.clone())),
            (None, None) => Some(Out::One(m.clone())),
            (Some(b), Some(t)) if t == b => Some(Out::One(m.clone())),
            (Some(b), Some(t)) if m == b => {
                sink.change(place(k.0), ChangeKind::Changed);
                Some(Out::One(t.clone()))
            }
            (Some(b), None) if m == b => {
                sink.change(place(k.0), ChangeKind::Removed);
                None
            }
            // Both added it differently, both changed it differently, or theirs removed what
            // mine changed.
            (b, t) => {
                let conflict = Conflict {
                    place: place(k.0),
                    base: held(b),
                    mine: held(Some(m)),
                    theirs: held(t),
                };
                match (sink.conflict(conflict), t) {
                    (Choice::Mine, _) | (Choice::Both, None) => Some(Out::One(m.clone())),
                    (Choice::Theirs, t) => t.cloned().map(Out::One),
                    (Choice::Both, Some(t)) => Some(Out::Both(m.clone(), t.clone())),
                }
            }
        };
        if let Some(out) = out {
            merged.push((k, out));
        }
    }

    // What theirs has that mine does not: what mine removed (and theirs changed) and what
    // theirs added.
    let mut from_theirs: BTreeSet<Key<'_>> = BTreeSet::new();
    for &(k, b) in &base {
        let Some(t) = theirs_items.get(&k).copied() else {
            continue;
        };
        if mine_keys.contains(&k) || t == b {
            continue;
        }
        let conflict = Conflict {
            place: place(k.0),
            base: value(b),
            mine: Value::Missing,
            theirs: value(t),
        };
        if sink.conflict(conflict) != Choice::Mine {
            from_theirs.insert(k);
        }
    }
    for &(k, _) in &theirs {
        if !base_items.contains_key(&k) && !mine_keys.contains(&k) {
            sink.change(place(k.0), ChangeKind::Added);
            from_theirs.insert(k);
        }
    }
    place_theirs(&mut merged, &theirs, &from_theirs);
    merged.into_iter().map(|(_, out)| out).collect()
}

/// Puts theirs' items `from_theirs` into `merged` where theirs has them: after the item before
/// them in theirs' list; before everything when they come first there; at the end when theirs
/// shares no item with `merged`. One pass over each list (a lookup by key, then one rebuild),
/// so a long list costs no more than its length.
fn place_theirs<'a, T: Clone>(
    merged: &mut Vec<(Key<'a>, Out<T>)>,
    theirs: &[(Key<'a>, &T)],
    from_theirs: &BTreeSet<Key<'a>>,
) {
    if from_theirs.is_empty() {
        return;
    }
    let index: BTreeMap<Key<'a>, usize> = merged
        .iter()
        .enumerate()
        .map(|(at, (key, _))| (*key, at))
        .collect();
    let shares = theirs.iter().any(|(k, _)| index.contains_key(k));
    // Where the next new item goes: after `merged[at]`, or first of all (`None`).
    let mut after: Option<usize> = if shares {
        None
    } else {
        merged.len().checked_sub(1)
    };
    let mut first = Vec::new();
    let mut behind: Vec<Vec<(Key<'a>, Out<T>)>> = merged.iter().map(|_| Vec::new()).collect();
    for &(k, t) in theirs {
        if let Some(&at) = index.get(&k) {
            after = Some(at);
        } else if from_theirs.contains(&k) {
            let item = (k, Out::One(t.clone()));
            match after.and_then(|at| behind.get_mut(at)) {
                Some(slot) => slot.push(item),
                None => first.push(item),
            }
        }
    }
    let held = std::mem::take(merged);
    merged.extend(first);
    for (item, new) in held.into_iter().zip(behind) {
        merged.push(item);
        merged.extend(new);
    }
}

/// The items of a merged list, theirs' version of an item kept beside mine's under a new id:
/// derived from theirs' id and the question, so the same merge always gives the same id, and
/// unique among the question's items.
pub(super) fn side_by_side<T>(
    merged: Vec<Out<T>>,
    question: &QuestionId,
    kind: ItemKind,
    id: fn(&mut T) -> &mut ItemId,
) -> Vec<T> {
    let mut items = Vec::with_capacity(merged.len());
    let mut copies = Vec::new();
    for out in merged {
        match out {
            Out::One(item) => items.push(item),
            Out::Both(mine, theirs) => {
                items.push(mine);
                copies.push(items.len());
                items.push(theirs);
            }
        }
    }
    if copies.is_empty() {
        return items;
    }
    let mut taken: BTreeSet<ItemId> = items.iter_mut().map(|item| id(item).clone()).collect();
    for index in copies {
        let Some(item) = items.get_mut(index) else {
            continue;
        };
        let held = id(item);
        let new = (0..=u32::MAX)
            .map(|n| ItemId::derived(kind, &format!("{question}\0kept both\0{held}\0{n}")))
            .find(|candidate| !taken.contains(candidate))
            .unwrap_or_default();
        taken.insert(new.clone());
        *held = new;
    }
    items
}
