//! A bank written as its file has it: its own texts, then its translations in the framework's
//! order.

use std::collections::BTreeMap;

use serde::Serialize;
use serde::ser::SerializeMap as _;

use super::{ScaleTranslation, Translation};
use crate::model::{Attribution, Domain, FrameworkParts, Scale};

/// The bank file's shape (less its `schema_version`, which the bank reader owns): its own
/// texts, their language, and its translations.
pub(in crate::model) struct BankJson<'a>(pub(in crate::model) &'a FrameworkParts);

/// The fields of [`BankJson`], in the file's order.
#[derive(Serialize)]
struct BankFields<'a> {
    id: &'a str,
    version: &'a str,
    title: &'a str,
    language: &'static str,
    attribution: &'a Attribution,
    wording_note: &'a str,
    scale: &'a Scale,
    domains: &'a [Domain],
    #[serde(skip_serializing_if = "TranslationsJson::is_empty")]
    translations: TranslationsJson<'a>,
}

impl Serialize for BankJson<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let bank = self.0;
        BankFields {
            id: &bank.id,
            version: &bank.version,
            title: &bank.title,
            language: bank.language.tag(),
            attribution: &bank.attribution,
            wording_note: &bank.wording_note,
            scale: &bank.scale,
            domains: &bank.domains,
            translations: TranslationsJson(bank),
        }
        .serialize(serializer)
    }
}

/// A bank's translations as its file has them: keyed by language tag, each in the
/// framework's order (phases, domains, questions as the bank lists them).
struct TranslationsJson<'a>(&'a FrameworkParts);

impl TranslationsJson<'_> {
    fn is_empty(&self) -> bool {
        self.0.translations.is_empty()
    }
}

impl Serialize for TranslationsJson<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.translations.len()))?;
        for (lang, translation) in &self.0.translations {
            map.serialize_entry(lang.tag(), &TranslationJson(self.0, translation))?;
        }
        map.end()
    }
}

/// One translation as a bank file has it.
struct TranslationJson<'a>(&'a FrameworkParts, &'a Translation);

impl Serialize for TranslationJson<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let Self(bank, translation) = *self;
        let mut map = serializer.serialize_map(None)?;
        if let Some(title) = &translation.title {
            map.serialize_entry("title", title)?;
        }
        if let Some(note) = &translation.wording_note {
            map.serialize_entry("wording_note", note)?;
        }
        if !translation.scale.is_empty() {
            map.serialize_entry("scale", &ScaleJson(bank, &translation.scale))?;
        }
        if !translation.domains.is_empty() {
            let order = bank.domains.iter().map(|domain| &domain.id);
            map.serialize_entry("domains", &Ordered(&translation.domains, order.collect()))?;
        }
        if !translation.questions.is_empty() {
            let order = bank
                .domains
                .iter()
                .flat_map(|domain| domain.questions.iter().map(|question| &question.id));
            map.serialize_entry(
                "questions",
                &Ordered(&translation.questions, order.collect()),
            )?;
        }
        map.end()
    }
}

struct ScaleJson<'a>(&'a FrameworkParts, &'a ScaleTranslation);

impl Serialize for ScaleJson<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let Self(bank, scale) = *self;
        let mut map = serializer.serialize_map(None)?;
        if let Some(name) = &scale.name {
            map.serialize_entry("name", name)?;
        }
        if !scale.phases.is_empty() {
            let order = bank.scale.phases.iter().map(|phase| &phase.id);
            map.serialize_entry("phases", &Ordered(&scale.phases, order.collect()))?;
        }
        map.end()
    }
}

/// A map's entries in a given order of keys, then any others in sorted order.
struct Ordered<'a, K, V>(&'a BTreeMap<K, V>, Vec<&'a K>);

impl<K: Ord + Serialize, V: Serialize> Serialize for Ordered<'_, K, V> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let Self(entries, order) = self;
        let mut map = serializer.serialize_map(Some(entries.len()))?;
        let known = order.iter().filter_map(|key| entries.get_key_value(*key));
        let rest = entries.iter().filter(|(key, _)| !order.contains(key));
        for (key, value) in known.chain(rest) {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}
