//! Stable identifiers of domains and questions, as written in the framework bank and in
//! assessment files.

use std::fmt;

use serde::{Deserialize, Serialize};

/// The stable id of a domain, such as `economy`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DomainId(String);

/// The stable id of a key question, such as `economy.prosperity`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct QuestionId(String);

macro_rules! string_id {
    ($name:ident) => {
        impl $name {
            /// Wraps an id string.
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }

            /// The id as written in files.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                Self(id.to_owned())
            }
        }
    };
}

string_id!(DomainId);
string_id!(QuestionId);

/// The stable id of one piece of evidence or one action, unique among its question's evidence
/// (or actions). It stays with the item through edits, copies, combining and comparing, so two
/// files can tell the same item from one that merely reads alike. Empty means not yet given:
/// [`crate::model::Assessment::assign_missing_ids`] gives one.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ItemId(String);

impl ItemId {
    /// The longest id a file may hold.
    pub const MAX_LEN: usize = 64;

    /// Wraps an id string as written in a file.
    pub fn new(id: impl Into<String>) -> Self {
        Self(id.into())
    }

    /// The id as written in files.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the item has no id yet.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether `text` may be an item id: 1 to 64 ASCII letters, digits, `-` or `_`, so an id
    /// reads the same in every file, terminal and spreadsheet.
    pub fn is_valid(text: &str) -> bool {
        (1..=Self::MAX_LEN).contains(&text.len())
            && text
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    }

    /// A new id from 48 random bits: the kind's letter, then 12 hexadecimal digits
    /// (`e-3f9a1c2b7d10`). The caller draws the bits (the model has no source of chance), so ids
    /// of items added by different assessors to copies of one file do not collide.
    pub fn from_random(kind: ItemKind, bits: u64) -> Self {
        Self(format!("{}{:012x}", kind.prefix(), bits & 0xffff_ffff_ffff))
    }

    /// The id an item without one is given: as [`ItemId::from_random`], from a hash of `seed`
    /// (its question and what identifies it). The same item in two copies of an older file gets
    /// the same id, so combining or comparing those copies still finds it.
    pub fn derived(kind: ItemKind, seed: &str) -> Self {
        // FNV-1a, 64 bits: stable across builds and platforms, unlike the standard hasher.
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in seed.bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        Self::from_random(kind, hash)
    }
}

/// Which list an item is in. Ids the workbook gives start with its letter (`e-` for evidence,
/// `a-` for an action), which also keeps a spreadsheet from reading an id as a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemKind {
    /// A piece of evidence.
    Evidence,
    /// An action.
    Action,
}

impl ItemKind {
    fn prefix(self) -> &'static str {
        match self {
            Self::Evidence => "e-",
            Self::Action => "a-",
        }
    }
}

impl fmt::Display for ItemId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
