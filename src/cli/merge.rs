//! `merge BASE MINE THEIRS -o OUT`: the three-way merge of two copies of one assessment, written
//! to OUT (which may be MINE, as git's merge driver wants). Exit 0 when it merged cleanly, 1 when
//! there were conflicts (both sides kept where possible, else mine, each listed), 2 on an error.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};
use clap::Args;
use serde_json::json;

use super::Outcome;
use crate::model::merge::{Change, ChangeKind, Conflict, Detail, Merge, Part, Place, Value};
use crate::model::text::{escaped, escaped_but_lines};
use crate::model::{Assessment, Framework, Phase, QuestionId};
use crate::storage::atomic::{self, Backup};
use crate::storage::{assessment_file, export_file};

/// Arguments of `merge`.
#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The version both copies started from (git's %O).
    pub base: PathBuf,
    /// My copy (git's %A): where both sides cannot be kept, mine is.
    pub mine: PathBuf,
    /// Their copy (git's %B).
    pub theirs: PathBuf,
    /// Where to write the merged assessment; it may be MINE itself. The file replaced is kept
    /// as NAME.bak.
    #[arg(short, long, value_name = "OUT.civic.json")]
    pub output: PathBuf,
    /// Keep no NAME.bak of the file replaced (for git, whose history keeps every version and
    /// whose scratch files would otherwise leave backups in the repository).
    #[arg(long)]
    pub no_backup: bool,
    /// Print what was merged and the conflicts as JSON.
    #[arg(long)]
    pub json: bool,
}

/// Runs `merge`: the text (or JSON) to print, and whether there were conflicts. Nothing is
/// written unless all three files were read.
pub fn run(framework: &Framework, args: &MergeArgs) -> Result<(String, Outcome)> {
    for (input, name) in [(&args.base, "BASE"), (&args.theirs, "THEIRS")] {
        if export_file::same_file(&args.output, input) {
            anyhow::bail!(
                "the merged assessment would replace {name}; write it to MINE or a new file: {}",
                input.display()
            );
        }
    }
    let load = |path: &Path, name: &str| {
        assessment_file::load(path, framework).with_context(|| format!("{name} could not be read"))
    };
    let base = load(&args.base, "BASE")?;
    let mine = load(&args.mine, "MINE")?;
    let theirs = load(&args.theirs, "THEIRS")?;
    for (other, name, path) in [
        (&base, "BASE", &args.base),
        (&theirs, "THEIRS", &args.theirs),
    ] {
        if other.framework != mine.framework {
            eprintln!(
                "civic-workbook: warning: {name} answers another version of the framework ({}) than MINE ({}); the merged file keeps MINE's: {}",
                escaped(&other.framework.version),
                escaped(&mine.framework.version),
                escaped(&path.display().to_string())
            );
        }
    }
    let merge = crate::model::merge::merge(&base, &mine, &theirs);
    let merged = merge.keeping_both();
    write(framework, &args.output, &args.mine, &merged, args.no_backup)?;
    let outcome = if merge.is_clean() {
        Outcome::Ok
    } else {
        Outcome::Problems
    };
    let sides = [&base, &mine, &theirs];
    let text = if args.json {
        json_report(framework, &merge, sides, &args.output)?
    } else {
        escaped_but_lines(&text_report(framework, &merge, sides, args)).into_owned()
    };
    Ok((text, outcome))
}

/// Writes the merged assessment atomically. Only MINE, an assessment or an empty file is
/// replaced.
fn write(
    framework: &Framework,
    output: &Path,
    mine: &Path,
    merged: &Assessment,
    no_backup: bool,
) -> Result<()> {
    if !export_file::same_file(output, mine) && !assessment_file::is_replaceable(output, framework)
    {
        anyhow::bail!(
            "the file there is not an assessment, so it was left untouched: {}",
            output.display()
        );
    }
    if no_backup {
        atomic::write_atomic_with(output, Backup::Skip, |out| {
            assessment_file::write(merged, out)
        })
        .with_context(|| {
            format!(
                "the merged assessment could not be written: {}",
                output.display()
            )
        })
    } else {
        Ok(assessment_file::save(output, merged)?)
    }
}

/// Numbers and counts in words, without "(s)".
fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// The merge in words: what came in from theirs, each conflict on a line, and where it went.
fn text_report(
    framework: &Framework,
    merge: &Merge,
    sides: [&Assessment; 3],
    args: &MergeArgs,
) -> String {
    let theirs_name = args.theirs.display().to_string();
    let mut out = String::new();
    if merge.from_theirs.is_empty() {
        let _ = writeln!(out, "Nothing to bring in from {}", escaped(&theirs_name));
    } else {
        let changes: Vec<String> = merge
            .from_theirs
            .iter()
            .map(|change| change_words(framework, change, sides))
            .collect();
        let _ = writeln!(
            out,
            "Merged {} from {}: {}",
            count(changes.len(), "change", "changes"),
            escaped(&theirs_name),
            changes.join(", ")
        );
    }
    for conflict in &merge.conflicts {
        let _ = writeln!(out, "Conflict: {}", conflict_words(framework, conflict));
    }
    let output = args.output.display().to_string();
    if merge.is_clean() {
        let _ = writeln!(out, "Merged without conflicts into {}", escaped(&output));
    } else {
        let _ = writeln!(
            out,
            "Merged into {} with {}: both sides are kept where they can be, else mine; check them",
            escaped(&output),
            count(merge.conflicts.len(), "conflict", "conflicts")
        );
    }
    out
}

/// A question as people say it: its number in the framework in use ("1.2"), else its id.
fn number(framework: &Framework, question: &QuestionId) -> String {
    framework
        .question_number(question)
        .unwrap_or_else(|| question.to_string())
}

/// What is at a place, by the question's number: "the narrative of 1.2", "the action ‘Brief
/// the council’ in 1.2", "the title". `label` names an item or member.
fn what(framework: &Framework, place: &Place, label: &str) -> String {
    let (part, question) = match place {
        Place::Detail(detail) => {
            return match detail {
                Detail::Institution => "the institution".to_owned(),
                Detail::Title => "the title".to_owned(),
                Detail::Period => "the period".to_owned(),
                Detail::Language => "the language".to_owned(),
                Detail::TeamMember(name) => format!("team member ‘{}’", escaped(name)),
            };
        }
        Place::Question { question, part } => (part, number(framework, question)),
    };
    match part {
        Part::Phase => format!("the phase of {question}"),
        Part::Rating(name) => format!("{}’s rating of {question}", escaped(name)),
        Part::Rationale => format!("the rationale of {question}"),
        Part::Narrative => format!("the narrative of {question}"),
        Part::Ambition => format!("the ambition of {question}"),
        Part::Evidence(_) if label.is_empty() => format!("a piece of evidence in {question}"),
        Part::Evidence(_) => format!("the evidence ‘{}’ in {question}", escaped(label)),
        Part::Action(_) if label.is_empty() => format!("an action in {question}"),
        Part::Action(_) => format!("the action ‘{}’ in {question}", escaped(label)),
    }
}

/// The words naming an item or member held as `value`.
fn label(value: &Value) -> &str {
    match value {
        Value::Evidence(e) if e.title.trim().is_empty() => e.link.trim(),
        Value::Evidence(e) => e.title.trim(),
        Value::Action(a) => a.description.trim(),
        Value::Member(m) => m.name.trim(),
        Value::Missing | Value::Phase(_) | Value::Text(_) => "",
    }
}

/// A change that came in from theirs, named by the item as theirs has it (as base had it, when
/// theirs removed it).
fn change_words(
    framework: &Framework,
    change: &Change,
    [base, _, theirs]: [&Assessment; 3],
) -> String {
    let item = item_label(&change.place, theirs)
        .or_else(|| item_label(&change.place, base))
        .unwrap_or_default();
    let words = what(framework, &change.place, &item);
    // An item or member taken away would read as brought in without saying so.
    let is_item = matches!(
        change.place,
        Place::Detail(Detail::TeamMember(_))
            | Place::Question {
                part: Part::Evidence(_) | Part::Action(_),
                ..
            }
    );
    if is_item && change.kind == ChangeKind::Removed {
        format!("{words} (removed)")
    } else {
        words
    }
}

/// The label of the item at `place` in `assessment`, if it holds one there.
fn item_label(place: &Place, assessment: &Assessment) -> Option<String> {
    let Place::Question { question, part } = place else {
        return None;
    };
    let response = assessment.response(question)?;
    match part {
        Part::Evidence(id) => response
            .evidence
            .iter()
            .find(|e| &e.id == id)
            .map(|e| label(&Value::Evidence(e.clone())).to_owned()),
        Part::Action(id) => response
            .actions
            .iter()
            .find(|a| &a.id == id)
            .map(|a| a.description.trim().to_owned()),
        _ => None,
    }
}

/// A conflict in words: where, with the question's text when the framework has it, and what
/// the merged file keeps.
fn conflict_words(framework: &Framework, conflict: &Conflict) -> String {
    let named = [&conflict.mine, &conflict.theirs, &conflict.base]
        .into_iter()
        .map(label)
        .find(|l| !l.is_empty())
        .unwrap_or_default();
    let mut words = what(framework, &conflict.place, named);
    if let Place::Question { question, .. } = &conflict.place
        && let Some((_, asked)) = framework.question(question)
    {
        let _ = write!(words, " ({})", escaped(&asked.text));
    }
    let outcome = match (&conflict.mine, &conflict.theirs) {
        (Value::Phase(mine), Value::Phase(theirs)) => format!(
            "mine {}, theirs {} (kept mine)",
            phase_words(*mine),
            phase_words(*theirs)
        ),
        (Value::Text(mine), Value::Text(theirs)) if !conflict.can_keep_both() => format!(
            "mine {}, theirs {} (kept mine)",
            escaped(mine),
            escaped(theirs)
        ),
        (Value::Missing, _) => "removed in mine, changed in theirs (kept theirs)".to_owned(),
        (_, Value::Missing) => "changed in mine, removed in theirs (kept mine)".to_owned(),
        _ => "changed differently on both sides (both kept)".to_owned(),
    };
    format!("{words}: {outcome}")
}

fn phase_words(phase: Option<Phase>) -> String {
    phase.map_or_else(|| "not rated".to_owned(), |p| p.number().to_string())
}

/// What the merged file keeps of a conflict, as the command line settles it.
fn kept(conflict: &Conflict) -> &'static str {
    match (conflict.can_keep_both(), &conflict.mine, &conflict.theirs) {
        (false, ..) | (true, _, Value::Missing) => "mine",
        (true, Value::Missing, _) => "theirs",
        (true, ..) => "both",
    }
}

/// `--json`: the same, with stable English keys.
fn json_report(
    framework: &Framework,
    merge: &Merge,
    sides: [&Assessment; 3],
    output: &Path,
) -> Result<String> {
    let changes: Vec<_> = merge
        .from_theirs
        .iter()
        .map(|change| {
            json!({
                "place": place_json(framework, &change.place),
                "kind": match change.kind {
                    ChangeKind::Added => "added",
                    ChangeKind::Changed => "changed",
                    ChangeKind::Removed => "removed",
                },
                "description": change_words(framework, change, sides),
            })
        })
        .collect();
    let conflicts: Vec<_> = merge
        .conflicts
        .iter()
        .map(|conflict| {
            json!({
                "place": place_json(framework, &conflict.place),
                "kept": kept(conflict),
                "base": value_json(&conflict.base),
                "mine": value_json(&conflict.mine),
                "theirs": value_json(&conflict.theirs),
                "description": conflict_words(framework, conflict),
            })
        })
        .collect();
    let report = json!({
        "output": output.display().to_string(),
        "clean": merge.is_clean(),
        "from_theirs": changes,
        "conflicts": conflicts,
    });
    Ok(serde_json::to_string_pretty(&report)? + "\n")
}

fn place_json(framework: &Framework, place: &Place) -> serde_json::Value {
    match place {
        Place::Detail(Detail::TeamMember(name)) => json!({ "detail": "team_member", "name": name }),
        Place::Detail(detail) => json!({ "detail": match detail {
            Detail::Institution => "institution",
            Detail::Title => "title",
            Detail::Period => "period",
            Detail::Language => "language",
            Detail::TeamMember(_) => "team_member",
        } }),
        Place::Question { question, part } => {
            let (part, key) = match part {
                Part::Phase => ("phase", None),
                Part::Rating(name) => ("rating", Some(("assessor", name.clone()))),
                Part::Rationale => ("rationale", None),
                Part::Narrative => ("narrative", None),
                Part::Ambition => ("ambition", None),
                Part::Evidence(id) => ("evidence", Some(("id", id.to_string()))),
                Part::Action(id) => ("action", Some(("id", id.to_string()))),
            };
            let mut json = json!({
                "question": question,
                "number": framework.question_number(question),
                "part": part,
            });
            if let (Some((name, value)), Some(object)) = (key, json.as_object_mut()) {
                object.insert(name.to_owned(), value.into());
            }
            json
        }
    }
}

fn value_json(value: &Value) -> serde_json::Value {
    match value {
        Value::Missing | Value::Phase(None) => serde_json::Value::Null,
        Value::Phase(Some(phase)) => phase.number().into(),
        Value::Text(text) => text.as_str().into(),
        Value::Evidence(e) => {
            json!({ "id": e.id.to_string(), "title": e.title, "link": e.link, "note": e.note })
        }
        Value::Action(a) => json!({
            "id": a.id.to_string(),
            "description": a.description,
            "owner": a.owner,
            "due": a.due,
            "status": a.status,
        }),
        Value::Member(m) => json!({ "name": m.name, "role": m.role }),
    }
}
