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
    let mut messages = BTreeMap::new();
    let mut problems = Vec::new();
    for (file, text) in i18n::EN_GB {
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
