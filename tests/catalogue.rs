//! The catalogue (`assets/i18n/`) and the code that uses it agree: every file parses, no id is
//! defined twice, every `tr!` names a message that exists and gives it exactly the arguments it
//! uses, and every message is used.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use civic_workbook::i18n;
use fluent_syntax::ast;

use crate::util::root;

/// A message's id and the variables its text uses (selectors included).
fn catalogue() -> BTreeMap<String, BTreeSet<String>> {
    catalogue_of(i18n::Lang::EnGb)
}

/// [`catalogue`] in one language.
fn catalogue_of(lang: i18n::Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut messages = BTreeMap::new();
    let mut problems = Vec::new();
    for &(file, text) in lang.files() {
        let resource = match fluent_syntax::parser::parse(text) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                problems.push(format!("{file}: {errors:?}"));
                resource
            }
        };
        for entry in resource.body {
            let (id, pattern, attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_owned(), m.value, m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
                _ => continue,
            };
            let mut variables = BTreeSet::new();
            if let Some(pattern) = &pattern {
                pattern_variables(pattern, &mut variables);
            }
            for attribute in &attributes {
                pattern_variables(&attribute.value, &mut variables);
            }
            if messages.insert(id.clone(), variables).is_some() {
                problems.push(format!("{file}: {id} is defined twice"));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    messages
}

fn pattern_variables(pattern: &ast::Pattern<&str>, found: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, found);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, found);
            for variant in variants {
                pattern_variables(&variant.value, found);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, found),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, found);
            }
        }
        ast::InlineExpression::Placeable { expression } => {
            expression_variables(expression, found);
        }
        _ => {}
    }
}

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(path);
        }
    }
}

/// One use of `tr!` in the sources.
#[derive(Debug)]
struct Use {
    place: String,
    id: String,
    arguments: BTreeSet<String>,
}

/// Every `tr!(…)` in `text`: its id and the names of its arguments.
fn uses_in(text: &str, file: &str) -> Vec<Use> {
    let mut uses = Vec::new();
    for (at, _) in text.match_indices("tr!(") {
        // `tr!` as a word of its own, not `attr!(`.
        if text[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
        {
            continue;
        }
        let line = text[..at].lines().count();
        let place = format!("{file}:{line}");
        let rest = text[at + 4..].trim_start();
        let Some(rest) = rest.strip_prefix('"') else {
            panic!("{place}: tr! takes the message's id as a literal");
        };
        let end = rest.find('"').unwrap();
        let id = rest[..end].to_owned();
        // The arguments, up to the closing parenthesis, split at top-level commas.
        let mut depth = 0_i32;
        let mut in_string = false;
        let mut escaped = false;
        let mut piece = String::new();
        let mut pieces = Vec::new();
        for c in rest[end + 1..].chars() {
            if in_string {
                piece.push(c);
                match (escaped, c) {
                    (true, _) => escaped = false,
                    (false, '\\') => escaped = true,
                    (false, '"') => in_string = false,
                    _ => {}
                }
                continue;
            }
            match c {
                '"' => in_string = true,
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' if depth == 0 => break,
                ')' | ']' | '}' => depth -= 1,
                ',' if depth == 0 => {
                    pieces.push(std::mem::take(&mut piece));
                    continue;
                }
                _ => {}
            }
            piece.push(c);
        }
        pieces.push(piece);
        let arguments = pieces
            .iter()
            .filter_map(|p| p.split_once('=').map(|(name, _)| name.trim().to_owned()))
            .filter(|name| !name.is_empty())
            .collect();
        uses.push(Use {
            place,
            id,
            arguments,
        });
    }
    uses
}

fn uses() -> Vec<Use> {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let mut uses = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        let name = file.strip_prefix(root()).unwrap().display().to_string();
        uses.extend(uses_in(&text, &name));
    }
    uses
}

#[test]
fn every_message_used_exists_with_exactly_its_arguments() {
    let catalogue = catalogue();
    let mut problems = Vec::new();
    for used in uses() {
        match catalogue.get(&used.id) {
            None => problems.push(format!("{}: no message {}", used.place, used.id)),
            Some(variables) if *variables != used.arguments => problems.push(format!(
                "{}: {} uses {variables:?} but is given {:?}",
                used.place, used.id, used.arguments
            )),
            Some(_) => {}
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn every_message_is_used() {
    let catalogue = catalogue();
    let used: BTreeSet<String> = uses().into_iter().map(|u| u.id).collect();
    // Terms (`-name`) are used by messages, not by code.
    let unused: Vec<&String> = catalogue
        .keys()
        .filter(|id| !id.starts_with('-') && !used.contains(*id))
        .collect();
    assert!(unused.is_empty(), "{unused:#?}");
}

#[test]
fn the_reader_of_tr_finds_ids_and_arguments() {
    let text = "let a = tr!(\"one\");\nlet b = crate::tr!(\n  \"two\",\n  n = f(x, y),\n  who = \"a, b\",\n);\nattr!(\"x\");";
    let found = uses_in(text, "x.rs");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].id, "one");
    assert!(found[0].arguments.is_empty());
    assert_eq!(found[1].id, "two");
    assert_eq!(
        found[1].arguments,
        BTreeSet::from(["n".to_owned(), "who".to_owned()])
    );
    assert_eq!(found[1].place, "x.rs:2");
}

/// The string literals of a file's code, outside its tests, attributes and `tr!` ids, with
/// their line numbers.
fn literals(text: &str) -> Vec<(usize, String)> {
    // Test modules sit at a file's end, after `#[cfg(test)]`.
    let code = text.split("#[cfg(test)]").next().unwrap_or(text);
    let mut found = Vec::new();
    let mut chars = code.char_indices().peekable();
    let mut line = 1;
    let mut line_start = 0;
    while let Some((at, c)) = chars.next() {
        match c {
            '\n' => {
                line += 1;
                line_start = at + 1;
            }
            '/' if chars.peek().is_some_and(|(_, n)| *n == '/') => {
                // A comment, to the end of the line.
                for (i, n) in chars.by_ref() {
                    if n == '\n' {
                        line += 1;
                        line_start = i + 1;
                        break;
                    }
                }
            }
            '\'' => {
                // A char literal ('"', '\'') or a lifetime: skip a char literal whole.
                let rest = &code[at + 1..];
                let skip = if rest.starts_with('\\') {
                    rest.find('\'')
                        .filter(|&end| end <= 10)
                        .map(|end| rest[1..].find('\'').map_or(end, |e| e + 1))
                } else {
                    rest.char_indices()
                        .nth(1)
                        .filter(|(_, n)| *n == '\'')
                        .map(|(i, _)| i)
                };
                if let Some(skip) = skip {
                    while chars.peek().is_some_and(|(i, _)| *i <= at + 1 + skip) {
                        chars.next();
                    }
                }
            }
            '"' => {
                let raw = code[..at].ends_with('r') || code[..at].ends_with("r#");
                let first_line = line;
                let line_text = &code[line_start..at];
                let in_attribute = line_text.trim_start().starts_with("#[")
                    || ["Id::", "debug_assert", ".id(", "id_salt", "persistent_id"]
                        .iter()
                        .any(|m| line_text.contains(m));
                let before = code[..at].trim_end();
                let tr_id = before.ends_with("tr!(");
                // Paths of macros, egui's ids, threads' names and lint reasons: for programs
                // and programmers, never shown.
                let path_macro = [
                    "include_str!(",
                    "include_bytes!(",
                    "env!(",
                    "concat!(",
                    "Id::new(",
                    "id_salt(",
                    ".with(",
                    "make_persistent_id(",
                    ".name(",
                    "reason =",
                    "request_discard(",
                    "form_grid(ui, (",
                    "form_grid(ui,",
                    "Grid::new(",
                ]
                .iter()
                .any(|m| before.ends_with(m));
                let mut literal = String::new();
                let mut escaped = false;
                for (i, n) in chars.by_ref() {
                    if n == '\n' {
                        line += 1;
                        line_start = i + 1;
                    }
                    if escaped {
                        escaped = false;
                        literal.push(n);
                        continue;
                    }
                    if n == '\\' && !raw {
                        escaped = true;
                        continue;
                    }
                    if n == '"' {
                        break;
                    }
                    literal.push(n);
                }
                if !in_attribute && !tr_id && !path_macro {
                    found.push((first_line, literal));
                }
            }
            _ => {}
        }
    }
    found
}

/// Whether a literal reads as words for people: two words of letters with a space between, or
/// one capitalised word ("Summary"); not an id, a key, a path or a format of numbers.
fn reads_as_words(literal: &str) -> bool {
    // Placeholders (`{line}`, `{{usage}}`) are not words.
    let mut plain = String::new();
    let mut depth = 0_u32;
    for c in literal.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let literal = plain.as_str();
    let words: Vec<&str> = literal
        .split(|c: char| !c.is_alphabetic() && c != '’' && c != '\'')
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .collect();
    if literal.contains("://") || literal.contains('_') && !literal.contains(' ') {
        return false;
    }
    let spaced = literal.contains(' ') && words.len() >= 2;
    let capitalised = words.len() == 1
        && literal.trim() == words[0]
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && words[0].chars().skip(1).all(char::is_lowercase);
    spaced || capitalised
}

/// Literals that read as words but are not words the workbook says to people, each with its
/// reason.
const NOT_OURS: [(&str, &str); 7] = [
    (
        "Civic Impact Workbook",
        "the program's name as a fixed id: the data folder, the PDF's creator (how an export is known again); people read the catalogue's app name",
    ),
    (
        "<!-- Exported by Civic Impact Workbook; exporting again replaces this file while it is unchanged. Check",
        "the Markdown export's mark, part of its file format (a comment no renderer shows), the same in every language so a file is known again",
    ),
    (
        "conflicted copy",
        "the name Dropbox gives a conflict copy: read from other tools' file names, never shown",
    ),
    (
        "{question}0evidence title0{}",
        "the seed of a deterministic item id",
    ),
    (
        "{question}0evidence link0{link}",
        "the seed of a deterministic item id",
    ),
    (
        "{question}0kept both0{held}0{n}",
        "the seed of a deterministic item id",
    ),
    (
        "Launcher \"xdg-open\" failed with ExitStatus(unix_wait_status(512))",
        "a desktop launcher's own error, as a stand-in opener for tests reports it",
    ),
];

/// Files of code for tests alone, compiled only under `#[cfg(test)]`.
const TEST_ONLY: [&str; 1] = ["src/model/testing.rs"];

/// Every literal that reads as words for people, outside the catalogue.
fn words_outside_the_catalogue() -> Vec<String> {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let mut found = Vec::new();
    for file in files {
        let name = file.strip_prefix(root()).unwrap().display().to_string();
        if name.ends_with("tests.rs")
            || name.contains("/tests/")
            || name == "src/build.rs"
            || TEST_ONLY.contains(&name.as_str())
        {
            continue;
        }
        let text = fs::read_to_string(&file).unwrap();
        for (line, literal) in literals(&text) {
            if reads_as_words(&literal) && !NOT_OURS.iter().any(|(text, _)| *text == literal) {
                found.push(format!("{name}:{line}: {literal:?}"));
            }
        }
    }
    found
}

#[test]
fn no_words_outside_the_catalogue() {
    let found = words_outside_the_catalogue();
    assert!(
        found.is_empty(),
        "{} literals:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn the_reader_of_literals_finds_words_and_skips_the_rest() {
    let text = "#[serde(rename = \"Some Key\")]\nlet a = tr!(\"an-id\");\nlet b = \"Save as\";\nlet c = '\"'; let d = \"like_for_like\";\n// \"In a comment\"\nlet e = \"Summary\";\n#[cfg(test)]\nlet f = \"In a test\";";
    let found: Vec<(usize, String)> = literals(text)
        .into_iter()
        .filter(|(_, l)| reads_as_words(l))
        .collect();
    assert_eq!(
        found,
        [(3, "Save as".to_owned()), (6, "Summary".to_owned())]
    );
}

#[test]
fn every_message_is_found_where_the_catalogue_looks_for_it() {
    // Each file is parsed only when one of its messages is asked for, found by the id's
    // prefix: a message in the wrong file would never be found.
    let missing: Vec<String> = catalogue()
        .into_keys()
        .filter(|id| !id.starts_with('-') && !i18n::has_message(id))
        .collect();
    assert!(missing.is_empty(), "{missing:#?}");
}

#[test]
fn the_welsh_catalogue_has_every_message_with_the_same_arguments() {
    // Parsed without an error (checked by `catalogue_of`), the same ids, and each message
    // using exactly the variables the English does: code passes the same arguments to both.
    let english = catalogue();
    let welsh = catalogue_of(i18n::Lang::Cy);
    let missing: Vec<&String> = english
        .keys()
        .filter(|id| !welsh.contains_key(*id))
        .collect();
    let extra: Vec<&String> = welsh
        .keys()
        .filter(|id| !english.contains_key(*id))
        .collect();
    let differ: Vec<String> = english
        .iter()
        .filter_map(|(id, vars)| {
            let theirs = welsh.get(id)?;
            (theirs != vars).then(|| format!("{id}: {vars:?} in English, {theirs:?} in Welsh"))
        })
        .collect();
    assert!(missing.is_empty(), "missing in Welsh: {missing:#?}");
    assert!(extra.is_empty(), "only in Welsh: {extra:#?}");
    assert!(differ.is_empty(), "{differ:#?}");
    let unfound: Vec<&String> = welsh
        .keys()
        .filter(|id| !id.starts_with('-') && !i18n::has_message_in(i18n::Lang::Cy, id))
        .collect();
    assert!(unfound.is_empty(), "{unfound:#?}");
}

#[test]
fn welsh_counts_take_all_six_plural_forms() {
    // CLDR: zero 0, one 1, two 2, few 3, many 6, other 4, 5, 7, 11, 20 — each with its own
    // mutation after the number.
    let _lang = i18n::scoped(i18n::Lang::Cy);
    let questions = |n: usize| civic_workbook::tr!("words-questions", count = n);
    let table = [
        (0, "dim cwestiynau"),
        (1, "1 cwestiwn"),
        (2, "2 gwestiwn"),
        (3, "3 chwestiwn"),
        (4, "4 cwestiwn"),
        (6, "6 chwestiwn"),
        (11, "11 cwestiwn"),
        (20, "20 cwestiwn"),
    ];
    let wrong: Vec<String> = table
        .iter()
        .filter(|(n, want)| questions(*n) != *want)
        .map(|(n, want)| format!("{n}: {:?}, want {want:?}", questions(*n)))
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}
