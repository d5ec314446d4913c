//! What is wrong at a place in a JSON file, as facts ([`JsonDetail`]), never read back from a
//! parser's message.
//!
//! `serde_json` tells the category of an error (cut off, syntax, data) and its line and column;
//! the text tells the rest of a syntax error (a trailing comma, nesting too deep). What is
//! wrong with the data comes from serde itself: the readers of the file report through
//! [`de::Error`]'s typed constructors (`unknown_field`, `invalid_type`, …) and through
//! [`fail`], for the workbook's own rules. Those constructors build a `serde_json::Error` whose
//! facts are only in its words, so once a read has failed on the data, [`shape_of`] reads the
//! same text again through a deserializer of its own whose error type keeps the facts: the
//! last problem reported before the read stopped is the one that stopped it.

use std::cell::RefCell;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, Visitor};

/// What is wrong at a place in a JSON file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JsonDetail {
    /// Nothing but white space.
    Empty,
    /// JSON, but not an object (a list, a number…).
    NotAnObject,
    /// The text stops before the JSON does.
    CutOff,
    /// A comma before a closing bracket.
    TrailingComma,
    /// Lists or objects nested deeper than the reader goes.
    TooDeep,
    /// Any other text that is not JSON.
    Syntax,
    /// A `\u` escape that makes no character.
    BrokenEscape,
    /// An object repeats a key.
    RepeatedKey {
        /// The key, as in the file.
        key: String,
    },
    /// A field the reader does not know.
    UnknownField {
        /// The field.
        field: String,
        /// The fields allowed there.
        expected: &'static [&'static str],
    },
    /// A field the reader needs is not there.
    MissingField {
        /// The field.
        field: &'static str,
    },
    /// A field given twice.
    DuplicateField {
        /// The field.
        field: &'static str,
    },
    /// A value of another kind than the reader expects.
    InvalidType {
        /// What the file holds.
        found: Found,
        /// What the reader expects.
        expected: Expected,
    },
    /// A value of the right kind, but not one the reader takes.
    InvalidValue {
        /// What the file holds.
        found: Found,
        /// What the reader expects.
        expected: Expected,
    },
    /// A list of another length than the reader expects.
    InvalidLength {
        /// Its length.
        length: usize,
        /// What the reader expects.
        expected: Expected,
    },
    /// A value that is none of those allowed.
    UnknownVariant {
        /// The value.
        variant: String,
        /// The values allowed.
        expected: &'static [&'static str],
    },
    /// `format_version` is not a whole number from 1.
    BadFormatVersion {
        /// The value, as JSON.
        found: String,
    },
    /// A timestamp that is not RFC 3339.
    NotATimestamp {
        /// The text.
        text: String,
    },
    /// A question answered twice.
    TwoResponses {
        /// The question's id.
        question: String,
    },
    /// A phase that is not a whole number.
    NotAPhase {
        /// The value, as written.
        found: String,
    },
    /// A phase number outside 1 to 6.
    PhaseOutOfRange {
        /// The number.
        phase: i64,
    },
    /// An item id of letters the workbook does not take, or too long.
    BadItemId {
        /// The id.
        id: String,
        /// The longest an id may be.
        max: usize,
    },
    /// Two items of one question share an id.
    SameItemId {
        /// Which items.
        kind: ItemKind,
        /// The id.
        id: String,
    },
    /// Another reader's own words, as it gave them.
    Other(String),
}

/// Evidence or actions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemKind {
    /// Pieces of evidence.
    Evidence,
    /// Actions.
    Actions,
}

impl ItemKind {
    fn selector(self) -> &'static str {
        match self {
            Self::Evidence => "evidence",
            Self::Actions => "actions",
        }
    }

    /// What a reader of a list of these expects, in words.
    pub(crate) fn expecting(self) -> String {
        crate::tr!("storage-expect-items", kind = self.selector())
    }
}

/// What a reader expected: a kind of value, or in the reader's own words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expected {
    /// `true` or `false`.
    Boolean,
    /// A whole number.
    WholeNumber,
    /// A number.
    Number,
    /// One character.
    Character,
    /// A text.
    Text,
    /// `null`.
    Null,
    /// A list.
    List,
    /// An object.
    Object,
    /// In the reader's own words (the workbook's readers word theirs from the catalogue).
    Described(String),
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Self::Boolean => crate::tr!("storage-expect-boolean"),
            Self::WholeNumber => crate::tr!("storage-expect-whole-number"),
            Self::Number => crate::tr!("storage-expect-number"),
            Self::Character => crate::tr!("storage-expect-character"),
            Self::Text => crate::tr!("storage-expect-text"),
            Self::Null => crate::tr!("storage-expect-null"),
            Self::List => crate::tr!("storage-expect-list"),
            Self::Object => crate::tr!("storage-expect-object"),
            Self::Described(words) => words.clone(),
        };
        f.write_str(&text)
    }
}

/// What a file holds where the reader expected something else.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// `true` or `false`.
    Boolean(bool),
    /// A whole number, as written.
    Integer(String),
    /// A number with a fraction, as written.
    Number(String),
    /// One character.
    Character(char),
    /// A text.
    Text(String),
    /// `null`.
    Null,
    /// A list.
    List,
    /// An object.
    Object,
    /// Something else, in the reader's words.
    Other(String),
}

impl From<de::Unexpected<'_>> for Found {
    fn from(unexpected: de::Unexpected<'_>) -> Self {
        use de::Unexpected as U;
        match unexpected {
            U::Bool(value) => Self::Boolean(value),
            U::Unsigned(value) => Self::Integer(value.to_string()),
            U::Signed(value) => Self::Integer(value.to_string()),
            U::Float(value) => Self::Number(format!("{value:?}")),
            U::Char(value) => Self::Character(value),
            U::Str(text) => Self::Text(text.to_owned()),
            U::Unit | U::Option => Self::Null,
            U::Seq => Self::List,
            U::Map => Self::Object,
            other => Self::Other(other.to_string()),
        }
    }
}

impl fmt::Display for Found {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Self::Boolean(value) => crate::tr!("storage-found-boolean", value = value.to_string()),
            Self::Integer(value) => crate::tr!("storage-found-integer", value = value.as_str()),
            Self::Number(value) => crate::tr!("storage-found-number", value = value.as_str()),
            Self::Character(value) => {
                crate::tr!("storage-found-character", value = value.to_string())
            }
            Self::Text(value) => crate::tr!(
                "storage-found-string",
                value = value.escape_debug().to_string()
            ),
            Self::Null => crate::tr!("storage-found-null"),
            Self::List => crate::tr!("storage-found-list"),
            Self::Object => crate::tr!("storage-found-object"),
            Self::Other(value) => crate::tr!("storage-found-other", value = value.as_str()),
        };
        f.write_str(&text)
    }
}

/// Names as a list for a message: "`a`, `b` and `c`".
fn names(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|name| format!("`{name}`")).collect();
    let quoted: Vec<&str> = quoted.iter().map(String::as_str).collect();
    crate::i18n::join_and(&quoted)
}

impl fmt::Display for JsonDetail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A value from the file is shown escaped, on one line.
        let shown = |text: &str| crate::model::text::escaped(text).into_owned();
        let text = match self {
            Self::Empty => crate::tr!("storage-json-empty"),
            Self::NotAnObject => crate::tr!("storage-json-not-an-object"),
            Self::CutOff => crate::tr!("storage-json-cut-off"),
            Self::TrailingComma => crate::tr!("storage-json-trailing-comma"),
            Self::TooDeep => crate::tr!("storage-json-too-deep"),
            Self::Syntax => crate::tr!("storage-json-syntax"),
            Self::BrokenEscape => crate::tr!("storage-json-broken-escape"),
            Self::RepeatedKey { key } => crate::tr!(
                "storage-json-repeated-key",
                key = key.escape_debug().to_string()
            ),
            Self::UnknownField { field, expected } => crate::tr!(
                "storage-json-unknown-field",
                field = shown(field),
                count = expected.len(),
                expected = names(expected)
            ),
            Self::MissingField { field } => {
                crate::tr!("storage-json-missing-field", field = *field)
            }
            Self::DuplicateField { field } => {
                crate::tr!("storage-json-duplicate-field", field = *field)
            }
            Self::InvalidType { found, expected } => crate::tr!(
                "storage-json-invalid-type",
                found = shown(&found.to_string()),
                expected = expected.to_string()
            ),
            Self::InvalidValue { found, expected } => crate::tr!(
                "storage-json-invalid-value",
                found = shown(&found.to_string()),
                expected = expected.to_string()
            ),
            Self::InvalidLength { length, expected } => crate::tr!(
                "storage-json-invalid-length",
                length = *length,
                expected = expected.to_string()
            ),
            Self::UnknownVariant { variant, expected } => crate::tr!(
                "storage-json-unknown-variant",
                variant = shown(variant),
                count = expected.len(),
                expected = names(expected)
            ),
            Self::BadFormatVersion { found } => {
                crate::tr!("storage-json-bad-format-version", found = shown(found))
            }
            Self::NotATimestamp { text } => {
                crate::tr!("storage-json-not-a-timestamp", text = shown(text))
            }
            Self::TwoResponses { question } => {
                crate::tr!("storage-json-two-responses", question = shown(question))
            }
            Self::NotAPhase { found } => {
                crate::tr!("storage-json-not-a-phase", found = shown(found))
            }
            Self::PhaseOutOfRange { phase } => {
                crate::tr!("storage-json-phase-out-of-range", phase = *phase)
            }
            Self::BadItemId { id, max } => crate::tr!(
                "storage-json-bad-item-id",
                id = id.escape_debug().to_string(),
                max = *max
            ),
            Self::SameItemId { kind, id } => crate::tr!(
                "storage-json-same-item-id",
                kind = kind.selector(),
                id = shown(id)
            ),
            Self::Other(text) => crate::tr!("storage-json-other", text = shown(text)),
        };
        f.write_str(&text)
    }
}

thread_local! {
    /// The last problem reported on this thread, while a read is under way.
    static LAST: RefCell<Option<JsonDetail>> = const { RefCell::new(None) };
    /// The kind of value last asked for while reading again, if a kind was.
    static ASKED: RefCell<Option<Expected>> = const { RefCell::new(None) };
}

/// What the reader expects: the kind of value it last asked for, else its own words.
fn expected(words: &dyn de::Expected) -> Expected {
    ASKED
        .with(|asked| asked.borrow().clone())
        .unwrap_or_else(|| Expected::Described(words.to_string()))
}

fn ask(kind: Option<Expected>) {
    ASKED.with(|asked| *asked.borrow_mut() = kind);
}

fn report(detail: JsonDetail) {
    LAST.with(|last| *last.borrow_mut() = Some(detail));
}

/// The error a reader of the file returns for `detail`, one of the workbook's own rules: an
/// error of the reader's type, and the facts kept for [`shape_of`].
pub(crate) fn fail<E: de::Error>(detail: JsonDetail) -> E {
    let err = E::custom(&detail);
    report(detail);
    err
}

/// What stopped `T` being read from `text`, for a read that failed on the data: read again,
/// keeping the facts of each problem reported. `None` when the read does not fail.
pub(crate) fn shape_of<T: de::DeserializeOwned>(text: &str) -> Option<JsonDetail> {
    LAST.with(|last| last.borrow_mut().take());
    ask(None);
    let mut json = serde_json::Deserializer::from_str(text);
    let failed = T::deserialize(De(&mut json)).is_err();
    let detail = LAST.with(|last| last.borrow_mut().take());
    if failed { detail } else { None }
}

/// The error of the reading again: the facts are in [`LAST`].
#[derive(Debug)]
struct Kept;

impl fmt::Display for Kept {
    fn fmt(&self, _: &mut fmt::Formatter<'_>) -> fmt::Result {
        Ok(())
    }
}

impl std::error::Error for Kept {}

impl de::Error for Kept {
    fn custom<T: fmt::Display>(message: T) -> Self {
        report(JsonDetail::Other(message.to_string()));
        Self
    }

    fn invalid_type(found: de::Unexpected<'_>, expected: &dyn de::Expected) -> Self {
        report(JsonDetail::InvalidType {
            found: found.into(),
            expected: self::expected(expected),
        });
        Self
    }

    fn invalid_value(found: de::Unexpected<'_>, expected: &dyn de::Expected) -> Self {
        report(JsonDetail::InvalidValue {
            found: found.into(),
            expected: self::expected(expected),
        });
        Self
    }

    fn invalid_length(length: usize, expected: &dyn de::Expected) -> Self {
        report(JsonDetail::InvalidLength {
            length,
            expected: self::expected(expected),
        });
        Self
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        report(JsonDetail::UnknownVariant {
            variant: variant.to_owned(),
            expected,
        });
        Self
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        report(JsonDetail::UnknownField {
            field: field.to_owned(),
            expected,
        });
        Self
    }

    fn missing_field(field: &'static str) -> Self {
        report(JsonDetail::MissingField { field });
        Self
    }

    fn duplicate_field(field: &'static str) -> Self {
        report(JsonDetail::DuplicateField { field });
        Self
    }
}

/// An error of the inner reader, passed on (what it says is not needed: its facts, if any,
/// were reported when it was made).
fn kept<E>(_: E) -> Kept {
    Kept
}

/// [`Kept`] as the inner reader's error.
fn passed<E: de::Error>(_: Kept) -> E {
    E::custom("")
}

/// A deserializer whose readers report through [`Kept`].
struct De<D>(D);
/// A visitor given the inner reader's values.
struct Vis<V>(V);
/// A seed, for the elements of lists and maps.
struct Seed<S>(S);
/// The elements of a list.
struct Seq<A>(A);
/// The entries of an object.
struct Map<A>(A);
/// An enum's variant.
struct Enum<A>(A);

macro_rules! forward_deserialize {
    ($($method:ident($($arg:ident: $ty:ty),*);)*) => {$(
        fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, Kept> {
            ask(None);
            self.0.$method($($arg,)* Vis(visitor)).map_err(kept)
        }
    )*};
}

/// Requests of a type are read as whatever the file holds, so that the reader's visitor, not
/// `serde_json`, finds a value of the wrong kind and reports it through [`Kept`] (as
/// `serde_json`'s own `Value` does).
macro_rules! as_any {
    ($($method:ident($($arg:ident: $ty:ty),*) => $kind:expr;)*) => {$(
        fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, Kept> {
            $(let _ = $arg;)*
            ask($kind);
            self.0.deserialize_any(Vis(visitor)).map_err(kept)
        }
    )*};
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for De<D> {
    type Error = Kept;

    forward_deserialize! {
        deserialize_any();
        deserialize_bytes();
        deserialize_byte_buf();
        deserialize_option();
        deserialize_newtype_struct(name: &'static str);
        deserialize_enum(name: &'static str, variants: &'static [&'static str]);
        deserialize_ignored_any();
    }

    as_any! {
        deserialize_bool() => Some(Expected::Boolean);
        deserialize_i8() => Some(Expected::WholeNumber);
        deserialize_i16() => Some(Expected::WholeNumber);
        deserialize_i32() => Some(Expected::WholeNumber);
        deserialize_i64() => Some(Expected::WholeNumber);
        deserialize_i128() => Some(Expected::WholeNumber);
        deserialize_u8() => Some(Expected::WholeNumber);
        deserialize_u16() => Some(Expected::WholeNumber);
        deserialize_u32() => Some(Expected::WholeNumber);
        deserialize_u64() => Some(Expected::WholeNumber);
        deserialize_u128() => Some(Expected::WholeNumber);
        deserialize_f32() => Some(Expected::Number);
        deserialize_f64() => Some(Expected::Number);
        deserialize_char() => Some(Expected::Character);
        deserialize_str() => Some(Expected::Text);
        deserialize_string() => Some(Expected::Text);
        deserialize_unit() => Some(Expected::Null);
        deserialize_unit_struct(name: &'static str) => Some(Expected::Null);
        deserialize_seq() => Some(Expected::List);
        deserialize_tuple(len: usize) => Some(Expected::List);
        deserialize_tuple_struct(name: &'static str, len: usize) => Some(Expected::List);
        deserialize_map() => Some(Expected::Object);
        deserialize_struct(name: &'static str, fields: &'static [&'static str]) => {
            Some(Expected::Object)
        };
        deserialize_identifier() => None;
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

macro_rules! forward_visit {
    ($($method:ident($ty:ty);)*) => {$(
        fn $method<E: de::Error>(self, value: $ty) -> Result<Self::Value, E> {
            self.0.$method::<Kept>(value).map_err(passed)
        }
    )*};
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Vis<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }

    forward_visit! {
        visit_bool(bool);
        visit_i8(i8);
        visit_i16(i16);
        visit_i32(i32);
        visit_i64(i64);
        visit_i128(i128);
        visit_u8(u8);
        visit_u16(u16);
        visit_u32(u32);
        visit_u64(u64);
        visit_u128(u128);
        visit_f32(f32);
        visit_f64(f64);
        visit_char(char);
        visit_str(&str);
        visit_borrowed_str(&'de str);
        visit_string(String);
        visit_bytes(&[u8]);
        visit_borrowed_bytes(&'de [u8]);
        visit_byte_buf(Vec<u8>);
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        self.0.visit_none::<Kept>().map_err(passed)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        self.0.visit_unit::<Kept>().map_err(passed)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        self.0.visit_some(De(deserializer)).map_err(passed)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Self::Value, D::Error> {
        self.0
            .visit_newtype_struct(De(deserializer))
            .map_err(passed)
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        self.0.visit_seq(Seq(seq)).map_err(passed)
    }

    fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        self.0.visit_map(Map(map)).map_err(passed)
    }

    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<Self::Value, A::Error> {
        self.0.visit_enum(Enum(data)).map_err(passed)
    }
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Seed<S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        self.0.deserialize(De(deserializer)).map_err(passed)
    }
}

impl<'de, A: de::SeqAccess<'de>> de::SeqAccess<'de> for Seq<A> {
    type Error = Kept;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Kept> {
        self.0.next_element_seed(Seed(seed)).map_err(kept)
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: de::MapAccess<'de>> de::MapAccess<'de> for Map<A> {
    type Error = Kept;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Kept> {
        self.0.next_key_seed(Seed(seed)).map_err(kept)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Kept> {
        self.0.next_value_seed(Seed(seed)).map_err(kept)
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: de::EnumAccess<'de>> de::EnumAccess<'de> for Enum<A> {
    type Error = Kept;
    type Variant = Enum<A::Variant>;

    fn variant_seed<V: DeserializeSeed<'de>>(
        self,
        seed: V,
    ) -> Result<(V::Value, Self::Variant), Kept> {
        self.0
            .variant_seed(Seed(seed))
            .map(|(value, variant)| (value, Enum(variant)))
            .map_err(kept)
    }
}

impl<'de, A: de::VariantAccess<'de>> de::VariantAccess<'de> for Enum<A> {
    type Error = Kept;

    fn unit_variant(self) -> Result<(), Kept> {
        self.0.unit_variant().map_err(kept)
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, Kept> {
        self.0.newtype_variant_seed(Seed(seed)).map_err(kept)
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, Kept> {
        self.0.tuple_variant(len, Vis(visitor)).map_err(kept)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Kept> {
        self.0.struct_variant(fields, Vis(visitor)).map_err(kept)
    }
}

/// The detail of a syntax error at `line` and `column` (from 1, the column in bytes, as
/// `serde_json` counts them) of `text`, from the text itself.
pub(crate) fn syntax_at(text: &str, line: usize, column: usize) -> JsonDetail {
    let Some(row) = text.split('\n').nth(line.saturating_sub(1)) else {
        return JsonDetail::Syntax;
    };
    let row = row.as_bytes();
    let at = column.saturating_sub(1).min(row.len());
    // A closing bracket whose value before it ends in a comma.
    if matches!(row.get(at), Some(b'}' | b']')) {
        let offset: usize = text
            .split('\n')
            .take(line.saturating_sub(1))
            .map(|r| r.len() + 1)
            .sum::<usize>()
            + at;
        let before = text.get(..offset).unwrap_or_default();
        if before.trim_end().ends_with(',') {
            return JsonDetail::TrailingComma;
        }
    }
    if depth_at(text, line, column) > MAX_DEPTH {
        return JsonDetail::TooDeep;
    }
    JsonDetail::Syntax
}

/// How deep `serde_json` lets lists and objects nest.
const MAX_DEPTH: usize = 127;

/// How many lists and objects are open at `line` and `column` of `text`.
fn depth_at(text: &str, line: usize, column: usize) -> usize {
    let mut depth: usize = 0;
    let mut in_string = false;
    let mut escaped = false;
    for (index, row) in text.split('\n').enumerate() {
        let last = index + 1 == line;
        let row = row.as_bytes();
        let end = if last {
            column.min(row.len())
        } else {
            row.len()
        };
        for &byte in row.get(..end).unwrap_or_default() {
            if in_string {
                match (escaped, byte) {
                    (true, _) => escaped = false,
                    (false, b'\\') => escaped = true,
                    (false, b'"') => in_string = false,
                    _ => {}
                }
                continue;
            }
            match byte {
                b'"' => in_string = true,
                b'[' | b'{' => depth += 1,
                b']' | b'}' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        if last {
            break;
        }
    }
    depth
}
