//! The catalogue: every sentence a person reads (the app, its menus and help, messages,
//! problems, the command line's output and help, the PDF, the Markdown and the CSV headings),
//! in Project Fluent's format, compiled in from `assets/i18n/`.
//!
//! Code names a message by its id and passes typed arguments (see [`crate::tr!`]).
//! Plurals are the catalogue's (CLDR rules through `fluent-bundle`): code passes the count, never
//! picks a form. Dates and numbers are formatted here for the language ([`date`], [`decimal`]).
//!
//! The language is the process's ([`set_language`], chosen once by the app or the command line),
//! unless a thread sets its own for a while ([`scoped`]): tests in parallel, a report in another
//! language. Threads that word things for the one that started them take its [`language`].
//!
//! `qps-ploc` is a pseudo-locale: every catalogue text accented, bracketed `⟦…⟧` and 40 % longer,
//! while arguments (the user's own words, file names, numbers) stay as they are. A word on screen
//! or in an export that is still plain English did not come from the catalogue.
//!
//! A translation unit's corrected copy of a language's files replaces the messages it corrects
//! without a rebuild ([`use_corrections`]); what cannot be used is reported and the built-in
//! message stays.
//!
//! Pure: no files (the catalogue is compiled in; corrections are given as text), no clock, no UI.

mod corrections;
mod format;
mod pseudo;
#[cfg(test)]
mod tests;

use std::borrow::Cow;
use std::cell::Cell;
use std::collections::BTreeSet;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Mutex, OnceLock, PoisonError};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

pub use corrections::{
    CorrectionKind, CorrectionProblem, Corrections, ScopedCorrections, clear_corrections, install,
    scoped_corrections, use_corrections,
};
pub use format::{DateStyle, date, decimal, join_and, join_and_terms, signed_tenths, time_of_day};

/// The catalogue's files for British English, the source language, by name.
pub const EN_GB: [(&str, &str); 10] = [
    (
        "common.ftl",
        include_str!("../../assets/i18n/en-GB/common.ftl"),
    ),
    ("app.ftl", include_str!("../../assets/i18n/en-GB/app.ftl")),
    (
        "forms.ftl",
        include_str!("../../assets/i18n/en-GB/forms.ftl"),
    ),
    (
        "workbook.ftl",
        include_str!("../../assets/i18n/en-GB/workbook.ftl"),
    ),
    (
        "report.ftl",
        include_str!("../../assets/i18n/en-GB/report.ftl"),
    ),
    ("cli.ftl", include_str!("../../assets/i18n/en-GB/cli.ftl")),
    (
        "problems.ftl",
        include_str!("../../assets/i18n/en-GB/problems.ftl"),
    ),
    (
        "storage.ftl",
        include_str!("../../assets/i18n/en-GB/storage.ftl"),
    ),
    (
        "words.ftl",
        include_str!("../../assets/i18n/en-GB/words.ftl"),
    ),
    ("pdf.ftl", include_str!("../../assets/i18n/en-GB/pdf.ftl")),
];

/// The catalogue's files in Welsh, by the same names; a message missing here is shown in
/// British English (the catalogue's tests make sure none is).
pub const CY: [(&str, &str); 10] = [
    (
        "common.ftl",
        include_str!("../../assets/i18n/cy/common.ftl"),
    ),
    ("app.ftl", include_str!("../../assets/i18n/cy/app.ftl")),
    ("forms.ftl", include_str!("../../assets/i18n/cy/forms.ftl")),
    (
        "workbook.ftl",
        include_str!("../../assets/i18n/cy/workbook.ftl"),
    ),
    (
        "report.ftl",
        include_str!("../../assets/i18n/cy/report.ftl"),
    ),
    ("cli.ftl", include_str!("../../assets/i18n/cy/cli.ftl")),
    (
        "problems.ftl",
        include_str!("../../assets/i18n/cy/problems.ftl"),
    ),
    (
        "storage.ftl",
        include_str!("../../assets/i18n/cy/storage.ftl"),
    ),
    ("words.ftl", include_str!("../../assets/i18n/cy/words.ftl")),
    ("pdf.ftl", include_str!("../../assets/i18n/cy/pdf.ftl")),
];

/// A language the workbook speaks (ordered as declared, so it can key a sorted map).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Lang {
    /// British English, the source language.
    #[default]
    EnGb,
    /// Welsh.
    Cy,
    /// The pseudo-locale `qps-ploc`: British English accented, bracketed and lengthened, to show
    /// which words do not come from the catalogue and where longer text does not fit.
    Pseudo,
}

impl Lang {
    /// Every language, the pseudo-locale among them.
    pub const ALL: [Self; 3] = [Self::EnGb, Self::Cy, Self::Pseudo];

    /// The languages people choose between, in the order a menu lists them: Welsh first, as
    /// the Welsh Language Standards ask.
    pub const SPOKEN: [Self; 2] = [Self::Cy, Self::EnGb];

    /// The catalogue's files of this language.
    pub fn files(self) -> &'static [(&'static str, &'static str); 10] {
        match self {
            Self::EnGb | Self::Pseudo => &EN_GB,
            Self::Cy => &CY,
        }
    }

    /// The language's BCP 47 tag: "en-GB", "qps-ploc".
    pub fn tag(self) -> &'static str {
        match self {
            Self::EnGb => "en-GB",
            Self::Cy => "cy",
            Self::Pseudo => "qps-ploc",
        }
    }

    /// The language named by a tag or a POSIX locale ("en-GB", "en_GB.UTF-8", "en",
    /// "qps-ploc"), ignoring case; `None` for a language the workbook does not speak.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let tag = tag
            .split(['.', '@'])
            .next()
            .unwrap_or(tag)
            .replace('_', "-");
        let id: LanguageIdentifier = tag.parse().ok()?;
        match id.language.as_str() {
            "en" => Some(Self::EnGb),
            "cy" => Some(Self::Cy),
            "qps" => Some(Self::Pseudo),
            _ => None,
        }
    }

    fn index(self) -> u8 {
        match self {
            Self::EnGb => 0,
            Self::Pseudo => 1,
            Self::Cy => 2,
        }
    }

    fn from_index(index: u8) -> Self {
        match index {
            1 => Self::Pseudo,
            2 => Self::Cy,
            _ => Self::EnGb,
        }
    }
}

/// The language a document is written in, or both: a bilingual report is the whole report in
/// Welsh, then the whole report in English (two halves), so a reader of either language alone
/// reads all of it and Welsh comes first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Languages {
    /// One language.
    One(Lang),
    /// Welsh, then English.
    Both,
}

impl Languages {
    /// What `export --lang` names: a language's tag, or `cy+en` (also `cy+en-GB`) for both.
    pub fn from_tag(tag: &str) -> Option<Self> {
        match tag.to_ascii_lowercase().as_str() {
            "cy+en" | "cy+en-gb" => Some(Self::Both),
            _ => Lang::from_tag(tag).map(Self::One),
        }
    }

    /// The language the document starts in (and its messages are worded in).
    pub fn first(self) -> Lang {
        match self {
            Self::One(lang) => lang,
            Self::Both => Lang::Cy,
        }
    }

    /// The language of the document's second half, in a bilingual one.
    pub fn second(self) -> Option<Lang> {
        match self {
            Self::One(_) => None,
            Self::Both => Some(Lang::EnGb),
        }
    }

    /// The tag `from_tag` reads back: "cy", "en-GB", "cy+en".
    pub fn tag(self) -> &'static str {
        match self {
            Self::One(lang) => lang.tag(),
            Self::Both => "cy+en",
        }
    }
}

static PROCESS: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static THREAD: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Sets the language of the whole process (threads with a [`scoped`] language keep theirs).
pub fn set_language(lang: Lang) {
    PROCESS.store(lang.index(), Ordering::Relaxed);
}

/// The language this thread words things in.
pub fn language() -> Lang {
    THREAD
        .with(Cell::get)
        .unwrap_or_else(|| Lang::from_index(PROCESS.load(Ordering::Relaxed)))
}

/// This thread words things in `lang` until the guard is dropped.
#[must_use = "the language lasts only while the guard lives"]
pub fn scoped(lang: Lang) -> Scoped {
    Scoped(THREAD.with(|thread| thread.replace(Some(lang))))
}

/// Restores a thread's earlier language when dropped (see [`scoped`]).
#[derive(Debug)]
pub struct Scoped(Option<Lang>);

impl Drop for Scoped {
    fn drop(&mut self) {
        let earlier = self.0;
        THREAD.with(|thread| thread.set(earlier));
    }
}

type Bundle = FluentBundle<FluentResource>;

/// The function the catalogue's messages may call besides its own messages (see [`new_bundle`]).
const ASPIRATE: &str = "ASPIRATE";
/// Every such function, as a correction of the catalogue is checked against.
const FUNCTIONS: [&str; 1] = [ASPIRATE];

fn new_bundle(lang: Lang, files: &[(&str, &str)]) -> Bundle {
    // The pseudo-locale takes English's plural rules; Welsh has six forms of its own.
    let (language, region): (&[u8], Option<&[u8]>) = match lang {
        Lang::EnGb | Lang::Pseudo => (b"en", Some(b"GB")),
        Lang::Cy => (b"cy", None),
    };
    let id = LanguageIdentifier::from_parts(
        unic_langid::subtags::Language::from_bytes(language).unwrap_or_default(),
        None,
        region.and_then(|region| unic_langid::subtags::Region::from_bytes(region).ok()),
        &[],
    );
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks around every argument would show as boxes in the app and
    // pollute the PDF's text; the arguments here are plain text laid out by our own code.
    bundle.set_use_isolating(false);
    if lang == Lang::Pseudo {
        bundle.set_transform(Some(pseudo::transform));
    }
    // What a translation may do to an argument that the catalogue's syntax cannot: `ASPIRATE($x)`,
    // the Welsh aspirate mutation (see `format::aspirated`). Any other value passes as it is.
    let _ = bundle.add_function(ASPIRATE, |positional, _named| match positional.first() {
        Some(FluentValue::String(text)) => {
            FluentValue::String(Cow::Owned(format::aspirated(text).into_owned()))
        }
        Some(other) => other.clone(),
        None => FluentValue::None,
    });
    for (_, text) in files {
        // A file that does not parse keeps what it could; the catalogue's tests refuse both.
        let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(part, _)| part);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// The prefix of the ids in each of the catalogue's files, in the order of [`EN_GB`]; the
/// first, `common.ftl`, holds the rest (dates, lists). Each is parsed when a message of it is
/// first used, so the command line never parses the app's, nor the window the command line's.
const PREFIXES: [&str; 10] = [
    "", "app-", "form-", "wb-", "report-", "cli-", "problem-", "storage-", "words-", "pdf-",
];

/// Which of the catalogue's files holds message `id`.
fn file_of(id: &str) -> usize {
    PREFIXES
        .iter()
        .enumerate()
        .skip(1)
        .find(|(_, prefix)| id.starts_with(**prefix))
        .map_or(0, |(index, _)| index)
}

/// The bundle of file `file` (with the common messages) in `lang`, parsed on first use.
fn bundle(lang: Lang, file: usize) -> Option<&'static Bundle> {
    static EN: [OnceLock<Bundle>; 10] = [const { OnceLock::new() }; 10];
    static PSEUDO: [OnceLock<Bundle>; 10] = [const { OnceLock::new() }; 10];
    static CY_BUNDLES: [OnceLock<Bundle>; 10] = [const { OnceLock::new() }; 10];
    let slots = match lang {
        Lang::EnGb => &EN,
        Lang::Pseudo => &PSEUDO,
        Lang::Cy => &CY_BUNDLES,
    };
    let files = lang.files();
    let common = files.first()?;
    let own = files.get(file)?;
    Some(slots.get(file)?.get_or_init(|| {
        if file == 0 {
            new_bundle(lang, &[*common])
        } else {
            new_bundle(lang, &[*common, *own])
        }
    }))
}

/// The typed arguments of one message.
#[derive(Debug, Default)]
pub struct Args(FluentArgs<'static>);

impl Args {
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets an argument: text as it is, a whole number as a number (which picks a plural form).
    pub fn set(&mut self, name: &'static str, value: impl Into<Arg>) {
        self.0.set(name, value.into().0);
    }
}

/// One message argument: text, or a number that plural forms select on.
#[derive(Debug)]
pub struct Arg(FluentValue<'static>);

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Self(FluentValue::String(Cow::Owned(text.to_owned())))
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Self(FluentValue::String(Cow::Owned(text)))
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Self::from(text.as_str())
    }
}

impl From<Cow<'_, str>> for Arg {
    fn from(text: Cow<'_, str>) -> Self {
        Self::from(text.into_owned())
    }
}

macro_rules! number_arg {
    ($($number:ty),*) => {$(
        impl From<$number> for Arg {
            fn from(number: $number) -> Self {
                Self(FluentValue::from(number))
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i8, i16, i32, i64, isize);

/// The message `id` in this thread's language, with its arguments; use [`crate::tr!`].
///
/// A message missing from the catalogue shows its id (the catalogue's tests make sure none is).
pub fn message(id: &str, args: Option<&Args>) -> String {
    message_in(language(), id, args)
}

/// The message `id` in `lang`: as corrected, if it is ([`use_corrections`]), else the built-in
/// message, else (for a message a translation lacks) the source language's.
pub fn message_in(lang: Lang, id: &str, args: Option<&Args>) -> String {
    let file = file_of(id);
    let corrected = corrections::corrected(lang)
        .and_then(|corrections| formatted(corrections.bundle(file)?, id, args));
    // A message a translation lacks is shown in the source language rather than as its id.
    let Some(text) = corrected
        .or_else(|| formatted(bundle(lang, file)?, id, args))
        .or_else(|| formatted(bundle(Lang::EnGb, file)?, id, args))
    else {
        return id.to_owned();
    };
    match lang {
        Lang::Pseudo => pseudo::wrap(&text),
        Lang::EnGb | Lang::Cy => text,
    }
}

/// The message `id` of `bundle` with its arguments, if the bundle has it.
fn formatted(bundle: &Bundle, id: &str, args: Option<&Args>) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args.map(|a| &a.0), &mut errors)
            .into_owned(),
    )
}

/// Catalogue text kept for the rest of the process, for the few APIs that take or hand out
/// `&'static str` (clap's headings, menu labels, a prompt's heading). Each distinct text is kept
/// once: a message in each language, never one copy per call, so what is kept is bounded by
/// the catalogue.
pub fn kept(text: String) -> &'static str {
    static KEPT: Mutex<BTreeSet<&'static str>> = Mutex::new(BTreeSet::new());
    let mut kept = KEPT.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(found) = kept.get(text.as_str()) {
        return found;
    }
    let leaked: &'static str = Box::leak(text.into_boxed_str());
    kept.insert(leaked);
    leaked
}

/// Whether the catalogue holds a message `id` (in British English, the source).
pub fn has_message(id: &str) -> bool {
    has_message_in(Lang::EnGb, id)
}

/// Whether the catalogue holds a message `id` in `lang` itself (not by falling back).
pub fn has_message_in(lang: Lang, id: &str) -> bool {
    bundle(lang, file_of(id)).is_some_and(|bundle| bundle.has_message(id))
}

/// A message of the catalogue in this thread's language, named by its id (a literal) and given
/// its arguments by name: `tr! ("saved", file = name, count = n)`.
#[macro_export]
macro_rules! tr {
    ($id:literal $(,)?) => {
        $crate::i18n::message($id, None)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $( args.set(stringify!($name), $value); )+
        $crate::i18n::message($id, Some(&args))
    }};
}
