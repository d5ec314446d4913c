//! A translation unit's corrected copy of the catalogue, used without a rebuild. Each message of
//! a corrected file is checked against the source language's: it must parse, use exactly the
//! variables the built-in message uses (code gives it those and no others) and refer only to
//! messages and terms the catalogue has. What passes replaces the built-in message; what does
//! not, and what a corrected file lacks, keeps the built-in one and is reported by name.
//!
//! Corrections are installed for the whole process ([`use_corrections`], replaced or cleared at
//! any time from any thread), or for one thread while a guard lives ([`scoped_corrections`]), so
//! that tests running in parallel in one process never see each other's. While none is
//! installed a message costs one atomic load more, and no lock.

use std::array;
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock, PoisonError, RwLock};

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

use super::{Bundle, EN_GB, Lang};

/// Why a message, a part of a file or a whole file of a corrected copy is not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CorrectionKind {
    /// The file is none of the catalogue's (by name); nothing in it is read.
    UnknownFile,
    /// The text does not read as Fluent from this line on (to the next message); the message
    /// it starts, when it names one, keeps the built-in text.
    Malformed {
        /// The line, from 1.
        line: usize,
    },
    /// The message uses other variables than the built-in one.
    OtherVariables {
        /// The built-in message's variables, sorted.
        expected: Vec<String>,
        /// The corrected message's, sorted.
        found: Vec<String>,
    },
    /// The message refers to a message, term (`-name`) or function (`NAME()`) the catalogue's
    /// file does not have.
    UnknownReference {
        /// What it refers to.
        name: String,
    },
    /// The file gives the message more than once, so which was meant is not known.
    Repeated,
    /// The catalogue's file has no message of this id: an extra one, not used.
    Extra,
    /// The corrected file lacks the message: the built-in one is used.
    Missing,
}

/// One problem with a corrected copy: what, in which file, which message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CorrectionProblem {
    /// What is wrong.
    pub kind: CorrectionKind,
    /// The file's name, as given (`cli.ftl`).
    pub file: String,
    /// The message's id (a term's with its `-`); `None` for a whole file, or text that names
    /// no message.
    pub id: Option<String>,
}

/// A language's corrected messages, checked and ready to install.
pub struct Corrections {
    lang: Lang,
    /// The accepted messages of each of the catalogue's files (in [`EN_GB`]'s order), as Fluent
    /// text; `None` where none was.
    accepted: [Option<String>; 10],
    /// How many messages are taken from the corrected copy (changed or not).
    count: usize,
    /// Each file's bundle: the built-in messages with the accepted ones over them, made on
    /// first use as the built-in bundles are.
    bundles: [OnceLock<Bundle>; 10],
}

impl fmt::Debug for Corrections {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct(std::any::type_name::<Self>())
            .field("lang", &self.lang)
            .field("count", &self.count)
            .finish_non_exhaustive()
    }
}

impl Corrections {
    /// Checks `files` (each a file's name, such as `cli.ftl`, and its text) against the
    /// catalogue: the corrections of `lang` that can be used, and every problem, file by file
    /// in name order. A name given twice keeps its last text.
    pub fn new(lang: Lang, files: Vec<(String, String)>) -> (Self, Vec<CorrectionProblem>) {
        let files: BTreeMap<String, String> = files.into_iter().collect();
        let mut problems = Vec::new();
        let mut accepted: [Option<String>; 10] = array::from_fn(|_| None);
        let mut count = 0;
        for (name, text) in &files {
            let Some(index) = EN_GB.iter().position(|(known, _)| known == name) else {
                problems.push(CorrectionProblem {
                    kind: CorrectionKind::UnknownFile,
                    file: name.clone(),
                    id: None,
                });
                continue;
            };
            let (kept, used) = check_file(index, name, text, &mut problems);
            if used > 0
                && let Some(slot) = accepted.get_mut(index)
            {
                *slot = Some(kept);
                count += used;
            }
        }
        let corrections = Self {
            lang,
            accepted,
            count,
            bundles: [const { OnceLock::new() }; 10],
        };
        (corrections, problems)
    }

    /// The language corrected.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// How many messages are taken from the corrected copy (changed or not).
    pub fn len(&self) -> usize {
        self.count
    }

    /// Whether no message is corrected.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The bundle of file `file` with its corrections, or `None` when neither it nor the
    /// common file has any (the built-in bundle serves).
    pub(super) fn bundle(&self, file: usize) -> Option<&Bundle> {
        let common = self.accepted.first()?.as_deref();
        let own = if file == 0 {
            None
        } else {
            self.accepted.get(file)?.as_deref()
        };
        if common.is_none() && own.is_none() {
            return None;
        }
        let built_in = self.lang.files();
        let files = if file == 0 {
            vec![*built_in.first()?]
        } else {
            vec![*built_in.first()?, *built_in.get(file)?]
        };
        Some(self.bundles.get(file)?.get_or_init(|| {
            let mut bundle = super::new_bundle(self.lang, &files);
            for text in [common, own].into_iter().flatten() {
                // Only entries that parsed are here; a resource keeps what it can anyway.
                let resource =
                    FluentResource::try_new(text.to_owned()).unwrap_or_else(|(part, _)| part);
                bundle.add_resource_overriding(resource);
            }
            bundle
        }))
    }
}

/// What a message's text uses: variables, and the messages, terms and functions it refers to.
#[derive(Default)]
struct Uses {
    variables: BTreeSet<String>,
    references: BTreeSet<String>,
}

impl Uses {
    fn of(value: Option<&ast::Pattern<&str>>, attributes: &[ast::Attribute<&str>]) -> Self {
        let mut uses = Self::default();
        for pattern in value.into_iter().chain(attributes.iter().map(|a| &a.value)) {
            uses.pattern(pattern);
        }
        uses
    }

    fn pattern(&mut self, pattern: &ast::Pattern<&str>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                self.expression(expression);
            }
        }
    }

    fn expression(&mut self, expression: &ast::Expression<&str>) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                self.inline(selector);
                for variant in variants {
                    self.pattern(&variant.value);
                }
            }
            ast::Expression::Inline(inline) => self.inline(inline),
        }
    }

    fn inline(&mut self, inline: &ast::InlineExpression<&str>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                self.variables.insert(id.name.to_owned());
            }
            ast::InlineExpression::FunctionReference { id, arguments } => {
                self.references.insert(format!("{}()", id.name));
                self.arguments(arguments);
            }
            ast::InlineExpression::MessageReference { id, .. } => {
                self.references.insert(id.name.to_owned());
            }
            ast::InlineExpression::TermReference { id, arguments, .. } => {
                self.references.insert(format!("-{}", id.name));
                if let Some(arguments) = arguments {
                    self.arguments(arguments);
                }
            }
            ast::InlineExpression::Placeable { expression } => self.expression(expression),
            ast::InlineExpression::StringLiteral { .. }
            | ast::InlineExpression::NumberLiteral { .. } => {}
        }
    }

    fn arguments(&mut self, arguments: &ast::CallArguments<&str>) {
        for argument in &arguments.positional {
            self.inline(argument);
        }
        for argument in &arguments.named {
            self.inline(&argument.value);
        }
    }
}

/// A message's (or term's) id and what it uses; `None` for anything else (comments, junk).
fn entry_uses<'a>(entry: &'a ast::Entry<&'a str>) -> Option<(String, Uses)> {
    match entry {
        ast::Entry::Message(message) => Some((
            message.id.name.to_owned(),
            Uses::of(message.value.as_ref(), &message.attributes),
        )),
        ast::Entry::Term(term) => Some((
            format!("-{}", term.id.name),
            Uses::of(Some(&term.value), &term.attributes),
        )),
        _ => None,
    }
}

/// The source language's messages of file `index`: each id and its variables; and what a
/// message of that file may refer to (its own file's ids and the common file's).
fn built_in(index: usize) -> (BTreeMap<String, BTreeSet<String>>, BTreeSet<String>) {
    let parse = |text: &str| {
        fluent_syntax::parser::parse(text)
            .unwrap_or_else(|(resource, _)| resource)
            .body
            .iter()
            .filter_map(entry_uses)
            .map(|(id, uses)| (id, uses.variables))
            .collect::<BTreeMap<_, _>>()
    };
    let own = EN_GB
        .get(index)
        .map(|(_, text)| parse(text))
        .unwrap_or_default();
    let mut known: BTreeSet<String> = own.keys().cloned().collect();
    known.extend(
        super::FUNCTIONS
            .iter()
            .map(|function| format!("{function}()")),
    );
    if index != 0
        && let Some((_, common)) = EN_GB.first()
    {
        known.extend(parse(common).into_keys());
    }
    (own, known)
}

/// Checks one corrected file, the catalogue's file `index`: its accepted messages as Fluent
/// text and how many there are; every problem is added to `problems`.
fn check_file(
    index: usize,
    name: &str,
    text: &str,
    problems: &mut Vec<CorrectionProblem>,
) -> (String, usize) {
    let (expected, known) = built_in(index);
    let problem = |kind, id: Option<&str>| CorrectionProblem {
        kind,
        file: name.to_owned(),
        id: id.map(str::to_owned),
    };
    let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(resource, _)| resource);
    let mut times: BTreeMap<String, usize> = BTreeMap::new();
    for (id, _) in resource.body.iter().filter_map(entry_uses) {
        *times.entry(id).or_default() += 1;
    }
    let mut present: BTreeSet<String> = times.keys().cloned().collect();
    let mut reported = BTreeSet::new();
    let mut kept = Vec::new();
    for entry in &resource.body {
        if let ast::Entry::Junk { content } = entry {
            let (line, id) = junk_start(text, content);
            if let Some(id) = &id {
                present.insert(id.clone());
            }
            problems.push(problem(CorrectionKind::Malformed { line }, id.as_deref()));
            continue;
        }
        let Some((id, uses)) = entry_uses(entry) else {
            continue;
        };
        let kind = match expected.get(&id) {
            None => Some(CorrectionKind::Extra),
            Some(_) if times.get(&id).is_some_and(|&n| n > 1) => Some(CorrectionKind::Repeated),
            Some(variables) => {
                if let Some(name) = uses.references.difference(&known).next() {
                    Some(CorrectionKind::UnknownReference { name: name.clone() })
                } else if *variables == uses.variables {
                    None
                } else {
                    Some(CorrectionKind::OtherVariables {
                        expected: variables.iter().cloned().collect(),
                        found: uses.variables.into_iter().collect(),
                    })
                }
            }
        };
        match kind {
            // A message given twice is reported once.
            Some(kind) => {
                if reported.insert(id.clone()) {
                    problems.push(problem(kind, Some(&id)));
                }
            }
            None => kept.push(entry.clone()),
        }
    }
    for id in expected.keys().filter(|id| !present.contains(*id)) {
        problems.push(problem(CorrectionKind::Missing, Some(id)));
    }
    let used = kept.len();
    let kept = fluent_syntax::serializer::serialize(&ast::Resource { body: kept });
    (kept, used)
}

/// Where a stretch of text that is no message starts (its line, from 1) and the id of the
/// message it was meant to be, when its first line names one (`id =` or `-term =`).
fn junk_start(text: &str, junk: &str) -> (usize, Option<String>) {
    // The junk is a slice of `text`: its place is where its bytes are.
    let at = junk.as_ptr().addr().saturating_sub(text.as_ptr().addr());
    let before = text.get(..at).unwrap_or_default();
    let mut line = before.matches('\n').count() + 1;
    for row in junk.lines() {
        let row = row.trim();
        if row.is_empty() || row.starts_with('#') {
            line += 1;
            continue;
        }
        let body = row.strip_prefix('-').unwrap_or(row);
        let end = body
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(body.len());
        let name = body.get(..end).unwrap_or_default();
        let rest = body.get(end..).unwrap_or_default().trim_start();
        let is_id = name.starts_with(|c: char| c.is_ascii_alphabetic()) && rest.starts_with('=');
        let id = is_id
            .then(|| row.get(..row.len() - body.len() + end))
            .flatten()
            .map(str::to_owned);
        return (line, id);
    }
    (line, None)
}

/// Corrections installed for the whole process, by language ([`Lang::index`]).
static PROCESS: RwLock<[Option<Arc<Corrections>>; 3]> = RwLock::new([None, None, None]);
/// A bit for each language with corrections in [`PROCESS`], read before any lock.
static INSTALLED: AtomicU8 = AtomicU8::new(0);
/// How many threads have corrections of their own ([`scoped_corrections`]).
static SCOPED: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    static THREAD: RefCell<Option<Arc<Corrections>>> = const { RefCell::new(None) };
}

/// Checks `files` (see [`Corrections::new`]) and installs what can be used for the whole
/// process, in place of any earlier corrections of `lang` (none are left when nothing can be
/// used); returns every problem. Messages worded from then on take the corrections.
pub fn use_corrections(lang: Lang, files: Vec<(String, String)>) -> Vec<CorrectionProblem> {
    let (corrections, problems) = Corrections::new(lang, files);
    install(corrections);
    problems
}

/// Installs corrections for the whole process, in place of any earlier ones of their language
/// (empty ones clear it).
pub fn install(corrections: Corrections) {
    let lang = corrections.lang;
    let corrections = (!corrections.is_empty()).then(|| Arc::new(corrections));
    let mut process = PROCESS.write().unwrap_or_else(PoisonError::into_inner);
    let bit = 1 << lang.index();
    if corrections.is_some() {
        INSTALLED.fetch_or(bit, Ordering::Release);
    } else {
        INSTALLED.fetch_and(!bit, Ordering::Release);
    }
    if let Some(slot) = process.get_mut(usize::from(lang.index())) {
        *slot = corrections;
    }
}

/// Removes the process's corrections of `lang`: its built-in messages are used again.
pub fn clear_corrections(lang: Lang) {
    let (empty, _) = Corrections::new(lang, Vec::new());
    install(empty);
}

/// This thread (only) uses `corrections` for their language until the guard is dropped, over
/// any the process has.
#[must_use = "the corrections last only while the guard lives"]
pub fn scoped_corrections(corrections: Corrections) -> ScopedCorrections {
    SCOPED.fetch_add(1, Ordering::AcqRel);
    let earlier = THREAD.with(|thread| thread.replace(Some(Arc::new(corrections))));
    ScopedCorrections(earlier)
}

/// Restores a thread's earlier corrections when dropped (see [`scoped_corrections`]).
#[derive(Debug)]
pub struct ScopedCorrections(Option<Arc<Corrections>>);

impl Drop for ScopedCorrections {
    fn drop(&mut self) {
        let earlier = self.0.take();
        THREAD.with(|thread| thread.replace(earlier));
        SCOPED.fetch_sub(1, Ordering::AcqRel);
    }
}

/// The corrections of `lang` this thread uses, if any.
pub(super) fn corrected(lang: Lang) -> Option<Arc<Corrections>> {
    if SCOPED.load(Ordering::Acquire) != 0
        && let Some(own) = THREAD.with(|thread| thread.borrow().clone())
        && own.lang == lang
    {
        return Some(own);
    }
    if INSTALLED.load(Ordering::Acquire) & (1 << lang.index()) == 0 {
        return None;
    }
    let process = PROCESS.read().unwrap_or_else(PoisonError::into_inner);
    process.get(usize::from(lang.index()))?.clone()
}
