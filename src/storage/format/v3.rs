//! Format version 3, the current one: every piece of evidence and every action has a stable
//! `id`, unique among its question's evidence (or actions), so combining and comparing files
//! recognise the same item whatever its wording. An item written without an id (by hand or by
//! another tool) is given one derived from its question and text as it is read.
//!
//! The only version written. When a version 4 comes, this module is frozen as it stands and
//! gains the upgrade to it, as version 2 did.

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::marker::PhantomData;

use serde::de::{SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use time::OffsetDateTime;

use super::shared::{self, FrameworkRef, Status, TeamMember};
use crate::model::{self, ItemId, Phase, QuestionId};
use crate::storage::shape::{ItemKind, JsonDetail, fail};

/// This version's number.
pub const VERSION: u32 = 3;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct File {
    #[serde(deserialize_with = "shared::format_version")]
    pub format_version: u32,
    pub framework: FrameworkRef,
    #[serde(default)]
    pub institution: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub period: String,
    #[serde(default)]
    pub team: Vec<TeamMember>,
    #[serde(
        default = "shared::default_language",
        skip_serializing_if = "shared::is_default_language"
    )]
    pub language: String,
    #[serde(
        default,
        serialize_with = "time::serde::rfc3339::option::serialize",
        deserialize_with = "shared::timestamp"
    )]
    pub created: Option<OffsetDateTime>,
    #[serde(
        default,
        serialize_with = "time::serde::rfc3339::option::serialize",
        deserialize_with = "shared::timestamp"
    )]
    pub modified: Option<OffsetDateTime>,
    #[serde(default, deserialize_with = "shared::responses")]
    pub responses: BTreeMap<QuestionId, Response>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Response {
    #[serde(default, deserialize_with = "shared::phase")]
    pub phase: Option<Phase>,
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "shared::ratings"
    )]
    pub ratings: BTreeMap<String, Phase>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub rationale: String,
    #[serde(default)]
    pub narrative: String,
    #[serde(default, deserialize_with = "unique_ids")]
    pub evidence: Vec<Evidence>,
    #[serde(default)]
    pub ambition: String,
    #[serde(default, deserialize_with = "unique_ids")]
    pub actions: Vec<Action>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "item_id"
    )]
    pub id: Option<String>,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub link: String,
    #[serde(default)]
    pub note: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub added_by: Vec<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "item_id"
    )]
    pub id: Option<String>,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub owner: String,
    #[serde(default)]
    pub due: String,
    #[serde(default)]
    pub status: Status,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub added_by: Vec<String>,
}

/// An item id: 1 to 64 ASCII letters, digits, `-` or `_`, named in the error when it is not.
fn item_id<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    let id = String::deserialize(deserializer)?;
    if ItemId::is_valid(&id) {
        Ok(Some(id))
    } else {
        Err(fail(JsonDetail::BadItemId {
            id,
            max: ItemId::MAX_LEN,
        }))
    }
}

/// Evidence and actions, each with its id if it has one.
trait Item {
    const KIND: ItemKind;
    fn id(&self) -> Option<&str>;
}

impl Item for Evidence {
    const KIND: ItemKind = ItemKind::Evidence;
    fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }
}

impl Item for Action {
    const KIND: ItemKind = ItemKind::Actions;
    fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }
}

/// A list of items, refused at the repeated one when two share an id: which one the other
/// places in the workbook mean cannot be told.
fn unique_ids<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Item,
{
    struct ItemsVisitor<T>(PhantomData<T>);

    impl<'de, T: Deserialize<'de> + Item> Visitor<'de> for ItemsVisitor<T> {
        type Value = Vec<T>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(&T::KIND.expecting())
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            let mut items: Vec<T> = Vec::new();
            // The ids seen so far, so each item is checked in constant time: a list of many
            // thousand items is read in time in proportion to its length.
            let mut seen: HashSet<String> = HashSet::new();
            while let Some(item) = seq.next_element::<T>()? {
                if let Some(id) = item.id()
                    && !seen.insert(id.to_owned())
                {
                    return Err(fail(JsonDetail::SameItemId {
                        kind: T::KIND,
                        id: id.to_owned(),
                    }));
                }
                items.push(item);
            }
            Ok(items)
        }
    }

    deserializer.deserialize_seq(ItemsVisitor(PhantomData))
}

impl File {
    /// The assessment this file holds; items without an id are given one.
    pub fn into_model(self) -> model::Assessment {
        let mut assessment = model::Assessment {
            framework: self.framework.into(),
            institution: self.institution,
            title: self.title,
            period: self.period,
            team: self.team.into_iter().map(Into::into).collect(),
            language: self.language,
            created: self.created,
            modified: self.modified,
            responses: self
                .responses
                .into_iter()
                .map(|(id, r)| (id, r.into_model()))
                .collect(),
        };
        assessment.assign_missing_ids();
        assessment
    }

    /// The file of `assessment`, which must have every item's id (see
    /// [`model::Assessment::assign_missing_ids`]).
    pub fn from_model(assessment: &model::Assessment) -> Self {
        Self {
            format_version: VERSION,
            framework: (&assessment.framework).into(),
            institution: assessment.institution.clone(),
            title: assessment.title.clone(),
            period: assessment.period.clone(),
            team: assessment.team.iter().map(Into::into).collect(),
            language: assessment.language.clone(),
            created: assessment.created,
            modified: assessment.modified,
            responses: assessment
                .responses
                .iter()
                .map(|(id, r)| (id.clone(), Response::from_model(r)))
                .collect(),
        }
    }
}

/// An id as the model holds it: empty when the file gave none.
fn model_id(id: Option<String>) -> ItemId {
    id.map(ItemId::new).unwrap_or_default()
}

/// An id as the file holds it: absent only if the model has none.
fn file_id(id: &ItemId) -> Option<String> {
    (!id.is_empty()).then(|| id.as_str().to_owned())
}

impl Response {
    fn into_model(self) -> model::Response {
        model::Response {
            phase: self.phase,
            ratings: self.ratings,
            rationale: self.rationale,
            narrative: self.narrative,
            evidence: self
                .evidence
                .into_iter()
                .map(|e| model::Evidence {
                    id: model_id(e.id),
                    title: e.title,
                    link: e.link,
                    note: e.note,
                    added_by: e.added_by,
                })
                .collect(),
            ambition: self.ambition,
            actions: self
                .actions
                .into_iter()
                .map(|a| model::Action {
                    id: model_id(a.id),
                    description: a.description,
                    owner: a.owner,
                    due: a.due,
                    status: a.status.into(),
                    added_by: a.added_by,
                })
                .collect(),
        }
    }

    fn from_model(r: &model::Response) -> Self {
        Self {
            phase: r.phase,
            ratings: r.ratings.clone(),
            rationale: r.rationale.clone(),
            narrative: r.narrative.clone(),
            evidence: r
                .evidence
                .iter()
                .map(|e| Evidence {
                    id: file_id(&e.id),
                    title: e.title.clone(),
                    link: e.link.clone(),
                    note: e.note.clone(),
                    added_by: e.added_by.clone(),
                })
                .collect(),
            ambition: r.ambition.clone(),
            actions: r
                .actions
                .iter()
                .map(|a| Action {
                    id: file_id(&a.id),
                    description: a.description.clone(),
                    owner: a.owner.clone(),
                    due: a.due.clone(),
                    status: a.status.into(),
                    added_by: a.added_by.clone(),
                })
                .collect(),
        }
    }
}
