//! `merge BASE MINE THEIRS -o OUT`: the three-way merge of two copies of one assessment, written
//! to OUT (which may be MINE, as git's merge driver wants). Exit 0 when it merged cleanly, 1 when
//! there were conflicts (both sides kept where possible, else mine, each listed), 2 on an error.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};
use clap::Args;
use serde_json::json;

use super::{Outcome, PROGRAM, Refusal, Side};
use crate::model::merge::{Change, ChangeKind, Conflict, Detail, Merge, Part, Place, Value};
use crate::model::text::{escaped, escaped_but_lines};
use crate::model::{Assessment, Framework, Phase, QuestionId};
use crate::storage::atomic::{self, Backup};
use crate::storage::{assessment_file, export_file};
use crate::tr;

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
    for (input, side) in [(&args.base, Side::Base), (&args.theirs, Side::Theirs)] {
        if export_file::same_file(&args.output, input) {
            return Err(Refusal::MergeWouldReplace {
                side,
                file: input.clone(),
            }
            .into());
        }
    }
    let load = |path: &Path, side: Side| {
        assessment_file::load(path, framework).context(Refusal::MergeUnreadable { side })
    };
    let base = load(&args.base, Side::Base)?;
    let mine = load(&args.mine, Side::Mine)?;
    let theirs = load(&args.theirs, Side::Theirs)?;
    for (other, side, path) in [
        (&base, Side::Base, &args.base),
        (&theirs, Side::Theirs, &args.theirs),
    ] {
        if other.framework != mine.framework {
            let message = tr!(
                "cli-merge-other-version",
                side = side.to_string(),
                version = escaped(&other.framework.version),
                mine = escaped(&mine.framework.version),
                file = escaped(&path.display().to_string())
            );
            eprintln!(
                "{}",
                tr!("cli-warning", program = PROGRAM, message = message)
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
        return Err(Refusal::MergeNotAssessment {
            output: output.to_owned(),
        }
        .into());
    }
    if no_backup {
        atomic::write_atomic_with(output, Backup::Skip, |out| {
            assessment_file::write(merged, out)
        })
        .with_context(|| Refusal::MergeNotWritten {
            output: output.to_owned(),
        })
    } else {
        Ok(assessment_file::save(output, merged)?)
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
        let _ = writeln!(
            out,
            "{}",
            tr!("cli-merge-nothing", file = escaped(&theirs_name))
        );
    } else {
        let changes: Vec<String> = merge
            .from_theirs
            .iter()
            .map(|change| change_words(framework, change, sides))
            .collect();
        let _ = writeln!(
            out,
            "{}",
            tr!(
                "cli-merge-brought",
                count = changes.len(),
                file = escaped(&theirs_name),
                changes = super::commas(&changes)
            )
        );
    }
    for conflict in &merge.conflicts {
        let _ = writeln!(
            out,
            "{}",
            tr!(
                "cli-merge-conflict",
                conflict = conflict_words(framework, conflict)
            )
        );
    }
    let output = args.output.display().to_string();
    let last = if merge.is_clean() {
        tr!("cli-merge-clean", file = escaped(&output))
    } else {
        tr!(
            "cli-merge-conflicts",
            file = escaped(&output),
            count = merge.conflicts.len()
        )
    };
    let _ = writeln!(out, "{last}");
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
                Detail::Institution => tr!("cli-merge-place-institution"),
                Detail::Title => tr!("cli-merge-place-title"),
                Detail::Period => tr!("cli-merge-place-period"),
                Detail::Language => tr!("cli-merge-place-language"),
                Detail::TeamMember(name) => tr!("cli-merge-place-member", name = escaped(name)),
            };
        }
        Place::Question { question, part } => (part, number(framework, question)),
    };
    match part {
        Part::Phase => tr!("cli-merge-place-phase", question = question),
        Part::Rating(name) => tr!(
            "cli-merge-place-rating",
            name = escaped(name),
            question = question
        ),
        Part::Rationale => tr!("cli-merge-place-rationale", question = question),
        Part::Narrative => tr!("cli-merge-place-narrative", question = question),
        Part::Ambition => tr!("cli-merge-place-ambition", question = question),
        Part::Evidence(_) if label.is_empty() => {
            tr!("cli-merge-place-some-evidence", question = question)
        }
        Part::Evidence(_) => tr!(
            "cli-merge-place-evidence",
            label = escaped(label),
            question = question
        ),
        Part::Action(_) if label.is_empty() => {
            tr!("cli-merge-place-some-action", question = question)
        }
        Part::Action(_) => tr!(
            "cli-merge-place-action",
            label = escaped(label),
            question = question
        ),
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
        tr!("cli-merge-removed", what = words)
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
    let words = what(framework, &conflict.place, named);
    let outcome = match (&conflict.mine, &conflict.theirs) {
        (Value::Phase(mine), Value::Phase(theirs)) => tr!(
            "cli-merge-kept-mine",
            mine = phase_words(*mine),
            theirs = phase_words(*theirs)
        ),
        (Value::Text(mine), Value::Text(theirs)) if !conflict.can_keep_both() => tr!(
            "cli-merge-kept-mine",
            mine = escaped(mine),
            theirs = escaped(theirs)
        ),
        (Value::Missing, _) => tr!("cli-merge-removed-mine"),
        (_, Value::Missing) => tr!("cli-merge-removed-theirs"),
        _ => tr!("cli-merge-both-kept"),
    };
    if let Place::Question { question, .. } = &conflict.place
        && let Some((_, asked)) = framework.question(question)
    {
        tr!(
            "cli-merge-conflict-in",
            what = words,
            question = escaped(&asked.text),
            outcome = outcome
        )
    } else {
        tr!("cli-merge-conflict-at", what = words, outcome = outcome)
    }
}

fn phase_words(phase: Option<Phase>) -> String {
    phase.map_or_else(|| tr!("cli-merge-not-rated"), |p| p.number().to_string())
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
