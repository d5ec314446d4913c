//! Text and JSON output of the headless subcommands.

use std::fmt::Write as _;
use std::io;
use std::path::Path;

use serde::Serialize;

use crate::model::text::{escaped, escaped_path, is_unsafe};
use crate::model::{Assessment, Framework, Phase, Problem, QuestionId};
use crate::scoring::compare::{self, Comparison};
use crate::scoring::wording::{self, maturity as maturity_or_dash, percent, phase_name};
use crate::scoring::{Maturity, Ratio, Scorecard};
use crate::storage::framework_file::SCHEMA_VERSION;

/// `questions`: the bank in use, readable.
pub fn framework_text(framework: &Framework) -> String {
    let mut out = String::new();
    // A bank given with --framework is the person's own text: each value is one line.
    let _ = writeln!(
        out,
        "{} {}",
        escaped(framework.title()),
        escaped(framework.version())
    );
    let _ = writeln!(
        out,
        "Published by {} ({})",
        escaped(&framework.attribution().name),
        escaped(&framework.attribution().url)
    );
    let _ = writeln!(out, "{}\n", escaped(framework.wording_note()));
    let scale = framework.scale();
    let mut flags = vec!["ordered"];
    if scale.cyclical {
        flags.push("cyclical");
    }
    if scale.provisional {
        flags.push("provisional names");
    }
    let _ = writeln!(out, "{} ({})", escaped(&scale.name), flags.join(", "));
    for phase in &scale.phases {
        let _ = writeln!(
            out,
            "  {} {}: {}",
            phase.number,
            escaped(&phase.name),
            escaped(&phase.description)
        );
    }
    for (index, domain) in framework.domains().iter().enumerate() {
        let origin = match (&domain.source, domain.provisional) {
            (_, true) => "provisional".to_owned(),
            (Some(source), false) => escaped(source).into_owned(),
            (None, false) => String::new(),
        };
        let _ = writeln!(
            out,
            "\n{}. {} [{}] ({origin})",
            index + 1,
            escaped(&domain.title),
            escaped(domain.id.as_str())
        );
        let _ = writeln!(out, "   {}", escaped(&domain.summary));
        for question in &domain.questions {
            let _ = writeln!(
                out,
                "   - {} [{}]",
                escaped(&question.text),
                escaped(question.id.as_str())
            );
        }
    }
    out
}

/// The bank file shape, so the output can be edited and loaded with `--framework`.
#[derive(Serialize)]
struct BankJson<'a> {
    schema_version: u32,
    #[serde(flatten)]
    framework: &'a Framework,
}

/// `questions --json`.
pub fn framework_json(framework: &Framework) -> serde_json::Result<String> {
    let bank = BankJson {
        schema_version: SCHEMA_VERSION,
        framework,
    };
    terminal_safe_json(&bank)
}

/// `value` as pretty-printed JSON, with every character a terminal would act on escaped.
fn terminal_safe_json(value: &impl Serialize) -> serde_json::Result<String> {
    let mut bytes = Vec::new();
    let mut serializer = serde_json::Serializer::with_formatter(
        &mut bytes,
        TerminalSafe(serde_json::ser::PrettyFormatter::new()),
    );
    value.serialize(&mut serializer)?;
    bytes.push(b'\n');
    // serde_json writes UTF-8, and the escapes added are ASCII.
    String::from_utf8(bytes).map_err(|_| serde::ser::Error::custom("the JSON is not UTF-8"))
}

/// `serde_json`'s pretty printer, but writing as `\uXXXX` every character
/// [`crate::model::text`] shows escaped: `serde_json` escapes only C0 controls, so a C1 control
/// such as U+009B (a terminal's CSI) or a mark that reorders the line would reach the
/// terminal as it is. The JSON means the same.
struct TerminalSafe(serde_json::ser::PrettyFormatter<'static>);

impl serde_json::ser::Formatter for TerminalSafe {
    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut rest = fragment;
        while let Some((at, c)) = rest.char_indices().find(|&(_, c)| is_unsafe(c)) {
            let (before, after) = rest.split_at(at);
            writer.write_all(before.as_bytes())?;
            write!(writer, "\\u{:04x}", u32::from(c))?;
            rest = after.get(c.len_utf8()..).unwrap_or_default();
        }
        writer.write_all(rest.as_bytes())
    }

    fn begin_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_array(writer)
    }

    fn end_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array(writer)
    }

    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_array_value(writer, first)
    }

    fn end_array_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array_value(writer)
    }

    fn begin_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object(writer)
    }

    fn end_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object(writer)
    }

    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_object_key(writer, first)
    }

    fn begin_object_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object_value(writer)
    }

    fn end_object_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object_value(writer)
    }
}

/// `validate`: one problem a line, or a line saying there are none.
pub fn problems_text(path: &Path, problems: &[Problem]) -> String {
    if problems.is_empty() {
        return format!("No problems found: {}\n", escaped_path(path));
    }
    let mut out = String::new();
    // Each line starts with the file's name, escaped as the problem is, so no file name or
    // value can begin a line of its own.
    let name = escaped_path(path);
    for problem in problems {
        let _ = writeln!(out, "{name}: {problem}");
    }
    out
}

fn pad(text: &str, width: usize) -> String {
    let len = text.chars().count();
    format!("{text}{}", " ".repeat(width.saturating_sub(len)))
}

/// `score`: a table of domains and the overall figures.
pub fn score_text(framework: &Framework, assessment: &Assessment, card: &Scorecard) -> String {
    let mut out = String::new();
    let heading = [
        assessment.institution.as_str(),
        assessment.title.as_str(),
        assessment.period.as_str(),
    ]
    .into_iter()
    .filter(|part| !part.trim().is_empty())
    .map(|part| escaped(part).into_owned())
    .collect::<Vec<_>>()
    .join(" — ");
    if !heading.is_empty() {
        let _ = writeln!(out, "{heading}");
    }
    let _ = writeln!(out, "{} {}\n", framework.title(), framework.version());
    let title_width = card
        .domains
        .iter()
        .map(|d| d.title.chars().count())
        .max()
        .unwrap_or(0)
        .max(6);
    let phase_width = framework
        .scale()
        .phases
        .iter()
        .map(|p| p.name.chars().count())
        .max()
        .unwrap_or(0)
        .max(13);
    let _ = writeln!(
        out,
        "{}  Maturity  {}  Rated  Evidence",
        pad("Domain", title_width),
        pad("Phase reached", phase_width)
    );
    for domain in &card.domains {
        let maturity = wording::maturity(domain.maturity);
        let _ = writeln!(
            out,
            "{}  {}  {}  {}  {}",
            pad(&escaped(&domain.title), title_width),
            pad(&maturity, 8),
            pad(&phase_name(framework, domain.phase_reached()), phase_width),
            pad(&format!("{}/{}", domain.rated, domain.total), 5),
            percent(domain.evidence_coverage()),
        );
    }
    out.push('\n');
    match card.overall {
        Some(overall) => {
            let _ = writeln!(
                out,
                "Overall maturity {overall} ({}), across {} of {} domains",
                phase_name(framework, overall.phase_reached()),
                card.rated_domains(),
                card.domains.len()
            );
        }
        None => {
            let _ = writeln!(
                out,
                "Overall maturity not yet rated: no question has a phase yet"
            );
        }
    }
    let _ = writeln!(
        out,
        "Completion {} ({} of {} questions rated)",
        percent(card.completion()),
        card.rated_questions(),
        card.total_questions()
    );
    let _ = writeln!(
        out,
        "Evidence coverage {} ({} of {} rated questions have evidence)",
        percent(card.evidence_coverage()),
        card.rated_with_evidence(),
        card.rated_questions()
    );
    if card.unagreed_questions() > 0 {
        let _ = writeln!(
            out,
            "Not yet agreed: {} scored by the median of the assessors' phases",
            crate::scoring::wording::questions(card.unagreed_questions())
        );
    }
    let unknown = assessment.unknown_questions(framework).count();
    if unknown > 0 {
        let _ = writeln!(
            out,
            "Not scored: {unknown} {} to questions this framework does not have (see validate)",
            if unknown == 1 {
                "response"
            } else {
                "responses"
            }
        );
    }
    out
}

/// The key messages, one a line, after the scores.
pub fn key_messages_text(messages: &[crate::scoring::read::KeyMessage]) -> String {
    let mut out = String::from("\nKey messages\n");
    for message in messages {
        let _ = writeln!(
            out,
            "- {}{}",
            escaped(&message.lead),
            escaped(&message.text)
        );
    }
    out
}

/// `score --baseline`: what changed since the earlier assessment, after the scores.
pub fn comparison_text(framework: &Framework, label: &str, comparison: &Comparison) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "\nChange since {}\n", escaped(label));
    let title_width = comparison
        .domains
        .iter()
        .map(|d| d.title.chars().count())
        .max()
        .unwrap_or(0)
        .max(7);
    let _ = writeln!(out, "{}  Earlier  Now  Change", pad("Domain", title_width));
    for d in &comparison.domains {
        let _ = writeln!(
            out,
            "{}  {}  {}  {}",
            pad(&escaped(&d.title), title_width),
            pad(&maturity_or_dash(d.earlier), 7),
            pad(&maturity_or_dash(d.current), 3),
            wording::domain_change(d)
        );
    }
    let _ = writeln!(
        out,
        "{}  {}  {}  {}",
        pad("Overall", title_width),
        pad(&maturity_or_dash(comparison.overall_earlier), 7),
        pad(&maturity_or_dash(comparison.overall_current), 3),
        wording::overall_change(comparison)
    );
    let _ = writeln!(out, "\n{}", wording::like_for_like());
    // Ids and texts come from the files and the bank: each is kept to one line.
    // Numbered as the report numbers them, so "5.2 rated for the first time" can be found.
    let numbered = crate::scoring::read::numbered_questions(framework);
    let question_text = |id: &crate::model::QuestionId| {
        let text = numbered.iter().find(|(_, _, q)| &q.id == id).map_or_else(
            || id.to_string(),
            |(n, _, q)| format!("{n} {id} {}", q.text),
        );
        escaped(&text).into_owned()
    };
    if comparison.moved.is_empty() {
        let _ = writeln!(out, "\nNo question's phase changed.");
    } else {
        let _ = writeln!(out, "\nQuestions that moved:");
        for m in &comparison.moved {
            let _ = writeln!(
                out,
                "  {}: {} -> {} ({})",
                question_text(&m.question_id),
                maturity_or_dash(m.earlier),
                maturity_or_dash(m.current),
                wording::question_change(m.earlier, m.current)
            );
        }
    }
    if !comparison.actions.is_empty() {
        let _ = writeln!(out, "\nEarlier actions:");
        for a in &comparison.actions {
            let _ = writeln!(
                out,
                "  {} ({}): {} then, {} now",
                escaped(a.description.trim()),
                escaped(a.question_id.as_str()),
                a.earlier.label(),
                a.now.map_or("no longer listed", |s| s.label())
            );
        }
    }
    for (id, value) in &comparison.only_earlier {
        let _ = writeln!(
            out,
            "Only in the earlier assessment: {} ({}), not a question of this framework",
            escaped(id.as_str()),
            maturity_or_dash(*value)
        );
    }
    for id in &comparison.only_current {
        let _ = writeln!(
            out,
            "Not in the earlier assessment (another version of the framework): {}",
            question_text(id)
        );
    }
    out
}

#[derive(Serialize)]
struct ScoreJson<'a> {
    framework: FrameworkJson<'a>,
    domains: Vec<DomainJson<'a>>,
    overall: OverallJson,
    #[serde(skip_serializing_if = "Option::is_none")]
    baseline: Option<BaselineJson<'a>>,
}

/// A change in maturity as a number, such as -0.5.
fn change_json(change: Option<i32>) -> Option<f64> {
    change.map(|tenths| f64::from(tenths) / 10.0)
}

/// `score --json`'s `baseline`: what changed since the earlier assessment. Every `change` is
/// like for like (see [`wording::like_for_like`]); `earlier` and `current` are the maturities
/// as scored, all rated questions counted.
#[derive(Serialize)]
struct BaselineJson<'a> {
    label: &'a str,
    domains: Vec<DomainChangeJson<'a>>,
    overall: OverallChangeJson<'a>,
    moved: Vec<MoveJson<'a>>,
    actions: Vec<ActionFollowUpJson<'a>>,
    only_earlier: Vec<&'a str>,
    only_current: Vec<&'a str>,
}

#[derive(Serialize)]
struct ChangeJson {
    earlier: Option<Maturity>,
    current: Option<Maturity>,
    change: Option<f64>,
}

/// A domain's change. Keys: `id`; `earlier` and `current` (maturity as scored); `change` (like
/// for like, `null` when no question was rated both times); `like_for_like` (what the change is
/// measured on); `first_rated` and `no_longer_rated` (question ids, never counted as a change).
#[derive(Serialize)]
struct DomainChangeJson<'a> {
    id: &'a str,
    #[serde(flatten)]
    change: ChangeJson,
    like_for_like: LikeForLikeJson,
    first_rated: Vec<&'a str>,
    no_longer_rated: Vec<&'a str>,
}

/// What a like-for-like change is measured on: the mean `earlier` and `current` of the
/// `questions` rated both times (for the overall change, the mean over the `domains` with a
/// question rated both times).
#[derive(Serialize)]
struct LikeForLikeJson {
    earlier: Option<Maturity>,
    current: Option<Maturity>,
    questions: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    domains: Option<usize>,
}

/// The overall change: as a domain's, over every domain.
#[derive(Serialize)]
struct OverallChangeJson<'a> {
    #[serde(flatten)]
    change: ChangeJson,
    like_for_like: LikeForLikeJson,
    first_rated: Vec<&'a str>,
    no_longer_rated: Vec<&'a str>,
}

#[derive(Serialize)]
struct MoveJson<'a> {
    question: &'a str,
    #[serde(flatten)]
    change: ChangeJson,
}

#[derive(Serialize)]
struct ActionFollowUpJson<'a> {
    question: &'a str,
    description: &'a str,
    earlier: crate::model::ActionStatus,
    now: Option<crate::model::ActionStatus>,
}

#[derive(Serialize)]
struct FrameworkJson<'a> {
    id: &'a str,
    version: &'a str,
}

#[derive(Serialize)]
struct PhaseJson {
    number: u8,
    name: String,
}

#[derive(Serialize)]
struct DomainJson<'a> {
    id: &'a str,
    title: &'a str,
    maturity: Option<Maturity>,
    phase: Option<PhaseJson>,
    rated: usize,
    total: usize,
    rated_with_evidence: usize,
    evidence_coverage: Option<f64>,
}

#[derive(Serialize)]
struct OverallJson {
    maturity: Option<Maturity>,
    phase: Option<PhaseJson>,
    rated_domains: usize,
    total_domains: usize,
    rated_questions: usize,
    total_questions: usize,
    completion: Option<f64>,
    rated_with_evidence: usize,
    evidence_coverage: Option<f64>,
    unagreed_questions: usize,
}

fn phase_json(framework: &Framework, phase: Option<Phase>) -> Option<PhaseJson> {
    phase.map(|p| PhaseJson {
        number: p.number(),
        name: framework.phase_name(p),
    })
}

/// A fraction rounded to four decimals, so JSON shows 0.6667 rather than 0.6666666666666666.
fn fraction(ratio: Option<Ratio>) -> Option<f64> {
    ratio.map(|r| (r.fraction() * 10_000.0).round() / 10_000.0)
}

/// The ids of questions rated only once.
fn ids(questions: &[compare::RatedOnce]) -> Vec<&str> {
    questions.iter().map(|q| q.question_id.as_str()).collect()
}

/// `score --json`.
pub fn score_json(
    framework: &Framework,
    assessment: &Assessment,
    card: &Scorecard,
    baseline: Option<(&str, &Comparison)>,
) -> serde_json::Result<String> {
    let baseline = baseline.map(|(label, c)| BaselineJson {
        label,
        domains: c
            .domains
            .iter()
            .map(|d| DomainChangeJson {
                id: d.domain_id.as_str(),
                change: ChangeJson {
                    earlier: d.earlier,
                    current: d.current,
                    change: change_json(d.change()),
                },
                like_for_like: LikeForLikeJson {
                    earlier: d.like_earlier,
                    current: d.like_current,
                    questions: d.rated_both,
                    domains: None,
                },
                first_rated: ids(&d.first_rated),
                no_longer_rated: ids(&d.no_longer_rated),
            })
            .collect(),
        overall: OverallChangeJson {
            change: ChangeJson {
                earlier: c.overall_earlier,
                current: c.overall_current,
                change: change_json(c.overall_change()),
            },
            like_for_like: LikeForLikeJson {
                earlier: c.overall_like_earlier,
                current: c.overall_like_current,
                questions: c.rated_both(),
                domains: Some(c.like_domains()),
            },
            first_rated: c.first_rated().map(|q| q.question_id.as_str()).collect(),
            no_longer_rated: c
                .no_longer_rated()
                .map(|q| q.question_id.as_str())
                .collect(),
        },
        moved: c
            .moved
            .iter()
            .map(|m| MoveJson {
                question: m.question_id.as_str(),
                change: ChangeJson {
                    earlier: m.earlier,
                    current: m.current,
                    change: change_json(compare::change(m.earlier, m.current)),
                },
            })
            .collect(),
        actions: c
            .actions
            .iter()
            .map(|a| ActionFollowUpJson {
                question: a.question_id.as_str(),
                description: &a.description,
                earlier: a.earlier,
                now: a.now,
            })
            .collect(),
        only_earlier: c.only_earlier.iter().map(|(id, _)| id.as_str()).collect(),
        only_current: c.only_current.iter().map(QuestionId::as_str).collect(),
    });
    let json = ScoreJson {
        framework: FrameworkJson {
            id: &assessment.framework.id,
            version: &assessment.framework.version,
        },
        domains: card
            .domains
            .iter()
            .map(|d| DomainJson {
                id: d.domain_id.as_str(),
                title: &d.title,
                maturity: d.maturity,
                phase: phase_json(framework, d.phase_reached()),
                rated: d.rated,
                total: d.total,
                rated_with_evidence: d.rated_with_evidence,
                evidence_coverage: fraction(d.evidence_coverage()),
            })
            .collect(),
        overall: OverallJson {
            maturity: card.overall,
            phase: phase_json(framework, card.overall_phase()),
            rated_domains: card.rated_domains(),
            total_domains: card.domains.len(),
            rated_questions: card.rated_questions(),
            total_questions: card.total_questions(),
            completion: fraction(card.completion()),
            rated_with_evidence: card.rated_with_evidence(),
            evidence_coverage: fraction(card.evidence_coverage()),
            unagreed_questions: card.unagreed_questions(),
        },
        baseline,
    };
    terminal_safe_json(&json)
}

/// `migrate`: what moved where, one line for each answer of the old version, then the merged
/// answers to look at again.
pub fn moves_text(
    file: &Path,
    to: &Framework,
    report: &crate::model::migrate::Report,
    output: &Path,
) -> String {
    let mut out = format!(
        "Moved {} to {} {}\n",
        escaped_path(file),
        escaped(to.title()),
        escaped(to.version())
    );
    for one in &report.moves {
        let _ = writeln!(out, "{}", move_line(one));
    }
    for conflict in &report.phase_conflicts {
        let phases: Vec<String> = conflict
            .phases
            .iter()
            .map(|(from, phase)| format!("{} at {phase}", escaped(from.as_str())))
            .collect();
        let _ = writeln!(
            out,
            "Check: {} holds merged answers at different phases ({}); it keeps the lowest, {}",
            escaped(conflict.at.as_str()),
            phases.join(", "),
            conflict.kept
        );
    }
    if report.kept_apart().next().is_some() {
        let _ = writeln!(
            out,
            "Answers kept apart are shown in the report's appendix and by validate"
        );
    }
    let _ = writeln!(out, "Written to {}", escaped_path(output));
    out
}

/// What happened to one old answer, as one line: the wording of every [`Fate`] in one place.
///
/// [`Fate`]: crate::model::migrate::Fate
fn move_line(one: &crate::model::migrate::Move) -> String {
    use crate::model::migrate::{Apart, Fate};
    // Ids come from the file and the map: made safe for a terminal.
    let ids = |ids: &[QuestionId]| {
        let ids = ids
            .iter()
            .map(QuestionId::as_str)
            .collect::<Vec<_>>()
            .join(", ");
        escaped(&ids).into_owned()
    };
    let from = escaped(one.from.as_str());
    let from = from.as_ref();
    // An answer that lands on one question shared with others is merged there.
    let merged_into = |to: &QuestionId, why: &str| match one.merged.first() {
        Some(shared) => format!(
            "Merged: {from} → {}, together with the old {}{why}",
            escaped(to.as_str()),
            ids(&shared.with)
        ),
        None if to == &one.from => format!("Carried over: {from}{why}"),
        None => format!("Renamed: {from} → {}{why}", escaped(to.as_str())),
    };
    let also_merged = || {
        one.merged.iter().fold(String::new(), |mut text, shared| {
            let _ = write!(
                text,
                "; merged in {} with the old {}",
                escaped(shared.at.as_str()),
                ids(&shared.with)
            );
            text
        })
    };
    match &one.fate {
        Fate::CarriedOver => merged_into(&one.from, ""),
        Fate::Renamed(to) => merged_into(to, ""),
        Fate::StayedForLack(wanted) => merged_into(
            &one.from,
            &format!(
                " (its domain is renamed, but the new version has no {})",
                escaped(wanted.as_str())
            ),
        ),
        Fate::Split(to) => format!(
            "Split: {from} → {} (the answer is in each{})",
            ids(to),
            also_merged()
        ),
        Fate::KeptApart(Apart::NotAsked) => format!(
            "Kept apart: {from} (the new version does not ask it{})",
            also_merged()
        ),
        Fate::KeptApart(Apart::RenamedNotAsked(wanted)) => format!(
            "Kept apart: {from} (its domain is renamed, but the new version asks neither {} nor {from}{})",
            escaped(wanted.as_str()),
            also_merged()
        ),
    }
}
