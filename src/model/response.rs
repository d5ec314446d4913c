//! A response to one key question: its phase (or not yet rated), the narrative, the evidence, the
//! ambition ("what if?") and the actions agreed.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;

use super::{ItemId, ItemKind, Phase, QuestionId};

/// The working group's answer to one key question.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Response {
    /// The phase reached, or `None` when not yet rated (never counted as zero). In a group
    /// assessment this is the phase the group agreed.
    pub phase: Option<Phase>,
    /// In a group assessment, each assessor's own phase, by name. Until the group agrees a
    /// phase, scores use the median of these.
    pub ratings: BTreeMap<String, Phase>,
    /// In a group assessment, one line on why the group agreed its phase.
    pub rationale: String,
    /// What the group says about where it is and why.
    pub narrative: String,
    /// Documents, data and links that support the rating.
    pub evidence: Vec<Evidence>,
    /// The framework's "what if?": what the group would like to be true.
    pub ambition: String,
    /// What the group will do next.
    pub actions: Vec<Action>,
}

/// One piece of evidence.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Evidence {
    /// Its stable id, unique among the question's evidence.
    pub id: ItemId,
    /// Short title, such as "Civic University Agreement 2025".
    pub title: String,
    /// A link (http, https or mailto are opened; anything else is kept and flagged), or empty.
    pub link: String,
    /// What the evidence shows.
    pub note: String,
    /// In a group assessment, who brought it; empty otherwise.
    pub added_by: Vec<String>,
}

/// One action the group commits to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Action {
    /// Its stable id, unique among the question's actions.
    pub id: ItemId,
    /// What will be done.
    pub description: String,
    /// Who leads it.
    pub owner: String,
    /// Due date as `YYYY-MM-DD`, or empty. Kept as typed so nothing is lost; validation flags
    /// dates that do not parse.
    pub due: String,
    /// Where it stands.
    pub status: ActionStatus,
    /// In a group assessment, who proposed it; empty otherwise.
    pub added_by: Vec<String>,
}

/// Where an action stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
// Serialized only in the command line's JSON output; files have their own frozen form.
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    /// Agreed but not started.
    #[default]
    Planned,
    /// Under way.
    InProgress,
    /// Finished.
    Done,
}

impl ActionStatus {
    /// Every status, in order.
    pub const ALL: [Self; 3] = [Self::Planned, Self::InProgress, Self::Done];

    /// Display label, from the catalogue in this thread's language: "In progress".
    pub fn label(self) -> &'static str {
        // Kept for the rest of the process, so the label can be lent for as long as callers
        // need it: three words a language.
        crate::i18n::kept(match self {
            Self::Planned => crate::tr!("words-status-planned"),
            Self::InProgress => crate::tr!("words-status-in-progress"),
            Self::Done => crate::tr!("words-status-done"),
        })
    }

    /// Whether the action still needs doing.
    pub fn is_open(self) -> bool {
        self != Self::Done
    }
}

impl Response {
    /// Whether the response holds nothing at all.
    pub fn is_empty(&self) -> bool {
        self == &Self::default()
    }

    /// Whether at least one piece of evidence is recorded.
    pub fn has_evidence(&self) -> bool {
        !self.evidence.is_empty()
    }

    /// Gives every piece of evidence and every action that has no id, or one an earlier item of
    /// the question already holds, an id derived from `question` and what identifies it (see
    /// [`ItemId::derived`]): evidence by its link (by its title when it has none), an action by
    /// its description, each with case and spacing ignored, as files without ids were matched
    /// before. So last year's action keeps its id in this year's copy though its date moved.
    /// Items that have their own id keep it.
    pub fn assign_missing_ids(&mut self, question: &QuestionId) {
        assign(
            &mut self.evidence,
            ItemKind::Evidence,
            |e| &mut e.id,
            |e| {
                let link = e.link.trim();
                if link.is_empty() {
                    format!("{question}\0evidence title\0{}", words(&e.title))
                } else {
                    format!("{question}\0evidence link\0{link}")
                }
            },
        );
        assign(
            &mut self.actions,
            ItemKind::Action,
            |a| &mut a.id,
            |a| format!("{question}\0action\0{}", words(&a.description)),
        );
    }

    /// Whether some piece of evidence or action lacks an id of its own.
    pub fn lacks_ids(&self) -> bool {
        !unique(self.evidence.iter().map(|e| &e.id)) || !unique(self.actions.iter().map(|a| &a.id))
    }
}

/// A text's words in lower case, one space apart: the form in which texts that differ only in
/// case and spacing are the same.
pub(crate) fn words(text: &str) -> String {
    text.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether the ids are all given and all different.
fn unique<'a>(ids: impl Iterator<Item = &'a ItemId>) -> bool {
    let mut seen = HashSet::new();
    ids.into_iter().all(|id| !id.is_empty() && seen.insert(id))
}

/// Gives ids to the items that lack one (or repeat an earlier one): derived from the item's
/// seed and, when two items read alike, how many before it did.
///
/// Linear in the number of items: for each seed, the counter to try next is kept, since every
/// counter below it was taken already (ids only ever join `taken`), so a thousand items that
/// read alike do not each try the ids of all those before them.
fn assign<T>(
    items: &mut [T],
    kind: ItemKind,
    id: fn(&mut T) -> &mut ItemId,
    seed: impl Fn(&T) -> String,
) {
    let mut taken = HashSet::with_capacity(items.len());
    let mut lacking = Vec::new();
    for (index, item) in items.iter_mut().enumerate() {
        let held = id(item);
        if held.is_empty() || !taken.insert(held.clone()) {
            lacking.push(index);
        }
    }
    let mut next: HashMap<String, u32> = HashMap::new();
    for index in lacking {
        let Some(item) = items.get_mut(index) else {
            continue;
        };
        let base = seed(item);
        let start = next.get(&base).copied().unwrap_or(0);
        let found = (start..=u32::MAX)
            .map(|n| (n, ItemId::derived(kind, &format!("{base}\0{n}"))))
            .find(|(_, candidate)| !taken.contains(candidate));
        let new = match found {
            Some((n, new)) => {
                next.insert(base, n.saturating_add(1));
                new
            }
            None => ItemId::default(),
        };
        taken.insert(new.clone());
        *id(item) = new;
    }
}

/// Whether two texts say the same, ignoring case and runs of spaces: how combining and
/// comparing recognise the same action or text written twice.
pub fn same_text(a: &str, b: &str) -> bool {
    words(a) == words(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn evidence(id: &str, title: &str) -> Evidence {
        Evidence {
            id: ItemId::new(id),
            title: title.to_owned(),
            ..Evidence::default()
        }
    }

    #[test]
    fn items_that_read_alike_are_numbered_in_order_skipping_ids_held() {
        let question = QuestionId::new("economy.prosperity");
        let seed = "economy.prosperity\0evidence title\0minutes";
        let nth = |n: u32| ItemId::derived(ItemKind::Evidence, &format!("{seed}\0{n}"));
        // The first item already holds the id the second would be given.
        let mut response = Response {
            evidence: vec![
                evidence(nth(1).as_str(), "Minutes"),
                evidence("", "minutes"),
                evidence("", " MINUTES "),
                evidence("", "Minutes"),
            ],
            ..Response::default()
        };
        response.assign_missing_ids(&question);
        let ids: Vec<&ItemId> = response.evidence.iter().map(|e| &e.id).collect();
        assert_eq!(ids, [&nth(1), &nth(0), &nth(2), &nth(3)]);
        assert!(!response.lacks_ids());
    }

    #[test]
    fn thousands_of_items_that_read_alike_each_get_their_own_id() {
        let question = QuestionId::new("culture.enrichment");
        let mut response = Response {
            evidence: vec![Evidence::default(); 20_000],
            actions: vec![
                Action {
                    description: "Report to the board".to_owned(),
                    ..Action::default()
                };
                20_000
            ],
            ..Response::default()
        };
        // A repeated id counts as none: the second holder is given a new one.
        response.evidence[1].id = ItemId::new("e-1");
        response.evidence[2].id = ItemId::new("e-1");
        response.assign_missing_ids(&question);
        assert!(!response.lacks_ids());
        assert_eq!(response.evidence[1].id.as_str(), "e-1");
        let action = "culture.enrichment\0action\0report to the board";
        for (n, item) in response.actions.iter().enumerate() {
            assert_eq!(
                item.id,
                ItemId::derived(ItemKind::Action, &format!("{action}\0{n}")),
                "action {n}"
            );
        }
    }
}
