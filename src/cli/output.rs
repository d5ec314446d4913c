//! Text and JSON output of the headless subcommands.

use std::fmt::Write as _;
use std::io;
use std::path::Path;

use serde::Serialize;

use crate::model::text::{escaped, escaped_path, is_unsafe};
use crate::model::{Assessment, Framework, Phase, Problem, QuestionId, TextOf};
use crate::scoring::compare::{self, Comparison};
use crate::scoring::wording::{self, maturity as maturity_or_dash, percent, phase_name};
use crate::scoring::{Maturity, Ratio, Scorecard};
use crate::storage::framework_file::SCHEMA_VERSION;
use crate::tr;

/// A framework's title and version, made safe for a terminal.
fn framework_name(framework: &Framework) -> String {
    tr!(
        "cli-framework",
        title = bank_text(framework, TextOf::Title, framework.title()),
        version = escaped(framework.version())
    )
}

/// A text of the bank made safe for a terminal, and tagged "(in English)" when it is shown in
/// another language than the framework's, for want of a translation.
fn bank_text(framework: &Framework, of: TextOf<'_>, text: &str) -> String {
    crate::scoring::wording::bank_text(framework, of, &escaped(text))
}

/// `questions`: the bank in use, readable, in the language it is shown in (see
/// [`Framework::in_language`]), a text in another tagged with its language.
pub fn framework_text(framework: &Framework) -> String {
    let mut out = String::new();
    // A bank given with --framework is the person's own text: each value is one line.
    let _ = writeln!(out, "{}", framework_name(framework));
    let _ = writeln!(
        out,
        "{}",
        tr!(
            "cli-questions-publisher",
            name = escaped(&framework.attribution().name),
            url = escaped(&framework.attribution().url)
        )
    );
    let _ = writeln!(
        out,
        "{}\n",
        bank_text(framework, TextOf::WordingNote, framework.wording_note())
    );
    let scale = framework.scale();
    let yes_no = |flag: bool| if flag { "yes" } else { "no" };
    let _ = writeln!(
        out,
        "{}",
        tr!(
            "cli-questions-scale",
            name = bank_text(framework, TextOf::ScaleName, &scale.name),
            cyclical = yes_no(scale.cyclical),
            provisional = yes_no(scale.provisional)
        )
    );
    for phase in &scale.phases {
        let _ = writeln!(
            out,
            "  {}",
            tr!(
                "cli-questions-phase",
                number = phase.number.number(),
                name = bank_text(framework, TextOf::PhaseName(phase.number), &phase.name),
                description = bank_text(
                    framework,
                    TextOf::PhaseDescription(phase.number),
                    &phase.description
                )
            )
        );
    }
    for (index, domain) in framework.domains().iter().enumerate() {
        let number = index + 1;
        let title = bank_text(framework, TextOf::DomainTitle(&domain.id), &domain.title);
        let id = escaped(domain.id.as_str());
        let line = match (&domain.source, domain.provisional) {
            (_, true) => tr!(
                "cli-questions-domain-provisional",
                number = number,
                title = title,
                id = id
            ),
            (Some(source), false) => tr!(
                "cli-questions-domain",
                number = number,
                title = title,
                id = id,
                source = escaped(source)
            ),
            (None, false) => tr!(
                "cli-questions-domain-plain",
                number = number,
                title = title,
                id = id
            ),
        };
        let _ = writeln!(out, "\n{line}");
        let summary = bank_text(
            framework,
            TextOf::DomainSummary(&domain.id),
            &domain.summary,
        );
        let _ = writeln!(out, "   {summary}");
        for question in &domain.questions {
            let _ = writeln!(
                out,
                "   {}",
                tr!(
                    "cli-questions-question",
                    text = bank_text(
                        framework,
                        TextOf::QuestionText(&question.id),
                        &question.text
                    ),
                    id = escaped(question.id.as_str())
                )
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
    String::from_utf8(bytes).map_err(|_| serde::ser::Error::custom(tr!("cli-json-not-utf8")))
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
        let none = tr!("cli-no-problems", file = escaped_path(path));
        return format!("{none}\n");
    }
    let mut out = String::new();
    // Each line starts with the file's name, escaped as the problem is, so no file name or
    // value can begin a line of its own.
    let name = escaped_path(path);
    for problem in problems {
        let _ = writeln!(
            out,
            "{}",
            tr!(
                "cli-problem",
                file = name.as_str(),
                problem = problem.to_string()
            )
        );
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
    .reduce(|init, next| tr!("cli-score-heading", init = init, next = next));
    if let Some(heading) = heading {
        let _ = writeln!(out, "{heading}");
    }
    let _ = writeln!(out, "{}\n", framework_name(framework));
    let headings = [
        tr!("cli-score-domain"),
        tr!("cli-score-maturity"),
        tr!("cli-score-phase"),
        tr!("cli-score-rated"),
        tr!("cli-score-evidence"),
    ];
    let rows: Vec<[String; 5]> = card
        .domains
        .iter()
        .map(|domain| {
            [
                escaped(&domain.title).into_owned(),
                wording::maturity(domain.maturity),
                phase_name(framework, domain.phase_reached()),
                tr!(
                    "cli-score-rated-of",
                    rated = domain.rated,
                    total = domain.total
                ),
                percent(domain.evidence_coverage()),
            ]
        })
        .collect();
    out.push_str(&table(&headings, &rows));
    out.push('\n');
    let overall = match card.overall {
        Some(overall) => tr!(
            "cli-score-overall",
            maturity = wording::maturity(Some(overall)),
            phase = phase_name(framework, overall.phase_reached()),
            rated = card.rated_domains(),
            total = card.domains.len()
        ),
        None => tr!("cli-score-overall-none"),
    };
    let _ = writeln!(out, "{overall}");
    let _ = writeln!(
        out,
        "{}",
        tr!(
            "cli-score-completion",
            percent = percent(card.completion()),
            rated = card.rated_questions(),
            total = card.total_questions()
        )
    );
    let _ = writeln!(
        out,
        "{}",
        tr!(
            "cli-score-evidence-coverage",
            percent = percent(card.evidence_coverage()),
            evidenced = card.rated_with_evidence(),
            rated = card.rated_questions()
        )
    );
    if card.unagreed_questions() > 0 {
        let _ = writeln!(
            out,
            "{}",
            tr!("cli-score-unagreed", count = card.unagreed_questions())
        );
    }
    let unknown = assessment.unknown_questions(framework).count();
    if unknown > 0 {
        let _ = writeln!(out, "{}", tr!("cli-score-unknown", count = unknown));
    }
    out
}

/// Rows under their headings, each column as wide as its widest cell, two spaces apart; the
/// last column is not padded.
fn table<const N: usize>(headings: &[String; N], rows: &[[String; N]]) -> String {
    let widths: Vec<usize> = (0..N)
        .map(|column| {
            std::iter::once(headings)
                .chain(rows)
                .filter_map(|row| row.get(column))
                .map(|cell| cell.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in std::iter::once(headings).chain(rows) {
        let mut line = String::new();
        for (column, (cell, width)) in row.iter().zip(&widths).enumerate() {
            if column + 1 == N {
                line.push_str(cell);
            } else {
                line.push_str(&pad(cell, *width));
                line.push_str("  ");
            }
        }
        let _ = writeln!(out, "{line}");
    }
    out
}

/// The key messages, one a line, after the scores.
pub fn key_messages_text(messages: &[crate::scoring::read::KeyMessage]) -> String {
    let mut out = format!("\n{}\n", tr!("cli-score-key-messages"));
    for message in messages {
        let _ = writeln!(
            out,
            "{}",
            tr!(
                "cli-score-key-message",
                lead = escaped(&message.lead),
                text = escaped(&message.text)
            )
        );
    }
    out
}

/// `score --baseline`: what changed since the earlier assessment, after the scores.
pub fn comparison_text(framework: &Framework, label: &str, comparison: &Comparison) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "\n{}\n",
        tr!("cli-score-change-since", label = escaped(label))
    );
    let headings = [
        tr!("cli-score-domain"),
        tr!("cli-score-earlier"),
        tr!("cli-score-now"),
        tr!("cli-score-change"),
    ];
    let mut rows: Vec<[String; 4]> = comparison
        .domains
        .iter()
        .map(|d| {
            [
                escaped(&d.title).into_owned(),
                maturity_or_dash(d.earlier),
                maturity_or_dash(d.current),
                wording::domain_change(d),
            ]
        })
        .collect();
    rows.push([
        tr!("cli-score-overall-row"),
        maturity_or_dash(comparison.overall_earlier),
        maturity_or_dash(comparison.overall_current),
        wording::overall_change(comparison),
    ]);
    out.push_str(&table(&headings, &rows));
    let _ = writeln!(out, "\n{}", wording::like_for_like());
    // Ids and texts come from the files and the bank: each is kept to one line.
    // Numbered as the report numbers them, so "5.2 rated for the first time" can be found.
    let numbered = crate::scoring::read::numbered_questions(framework);
    let question_text = |id: &crate::model::QuestionId| {
        let text = numbered.iter().find(|(_, _, q)| &q.id == id).map_or_else(
            || id.to_string(),
            |(n, _, q)| {
                tr!(
                    "cli-score-question",
                    number = n.as_str(),
                    id = id.to_string(),
                    text = q.text.as_str()
                )
            },
        );
        escaped(&text).into_owned()
    };
    if comparison.moved.is_empty() {
        let _ = writeln!(out, "\n{}", tr!("cli-score-none-moved"));
    } else {
        let _ = writeln!(out, "\n{}", tr!("cli-score-moved"));
        for m in &comparison.moved {
            let _ = writeln!(
                out,
                "  {}",
                tr!(
                    "cli-score-move",
                    question = question_text(&m.question_id),
                    earlier = maturity_or_dash(m.earlier),
                    now = maturity_or_dash(m.current),
                    change = wording::question_change(m.earlier, m.current)
                )
            );
        }
    }
    out.push_str(&earlier_actions_text(comparison));
    for (id, value) in &comparison.only_earlier {
        let _ = writeln!(
            out,
            "{}",
            tr!(
                "cli-score-only-earlier",
                question = escaped(id.as_str()),
                maturity = maturity_or_dash(*value)
            )
        );
    }
    for id in &comparison.only_current {
        let _ = writeln!(
            out,
            "{}",
            tr!("cli-score-only-current", question = question_text(id))
        );
    }
    out
}

/// The earlier assessment's actions and what became of them, under their heading; empty when
/// it had none.
fn earlier_actions_text(comparison: &Comparison) -> String {
    let mut out = String::new();
    if comparison.actions.is_empty() {
        return out;
    }
    let _ = writeln!(out, "\n{}", tr!("cli-score-earlier-actions"));
    for a in &comparison.actions {
        let description = escaped(a.description.trim());
        let question = escaped(a.question_id.as_str());
        let line = if let Some(now) = a.now {
            tr!(
                "cli-score-action",
                description = description,
                question = question,
                earlier = a.earlier.label(),
                now = now.label()
            )
        } else {
            tr!(
                "cli-score-action-gone",
                description = description,
                question = question,
                earlier = a.earlier.label()
            )
        };
        let _ = writeln!(out, "  {line}");
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
    let mut out = tr!(
        "cli-migrate-moved",
        file = escaped_path(file),
        framework = framework_name(to)
    );
    out.push('\n');
    for one in &report.moves {
        let _ = writeln!(out, "{}", move_line(one));
    }
    for conflict in &report.phase_conflicts {
        let phases: Vec<String> = conflict
            .phases
            .iter()
            .map(|(from, phase)| {
                tr!(
                    "cli-migrate-phase-at",
                    from = escaped(from.as_str()),
                    phase = phase.to_string()
                )
            })
            .collect();
        let _ = writeln!(
            out,
            "{}",
            tr!(
                "cli-migrate-phase-conflict",
                at = escaped(conflict.at.as_str()),
                phases = super::commas(&phases),
                kept = conflict.kept.to_string()
            )
        );
    }
    if report.kept_apart().next().is_some() {
        let _ = writeln!(out, "{}", tr!("cli-migrate-kept-apart-note"));
    }
    let _ = writeln!(
        out,
        "{}",
        tr!("cli-migrate-written", file = escaped_path(output))
    );
    out
}

/// What happened to one old answer, as one line: the wording of every [`Fate`] in one place.
///
/// [`Fate`]: crate::model::migrate::Fate
fn move_line(one: &crate::model::migrate::Move) -> String {
    use crate::model::migrate::{Apart, Fate};
    // Ids come from the file and the map: made safe for a terminal.
    let ids = |ids: &[QuestionId]| {
        let ids: Vec<&str> = ids.iter().map(QuestionId::as_str).collect();
        escaped(&super::commas(&ids)).into_owned()
    };
    let from = escaped(one.from.as_str()).into_owned();
    // An answer that lands on one question shared with others is merged there.
    let landed = |to: &QuestionId, wanted: Option<&QuestionId>| {
        let to_text = escaped(to.as_str()).into_owned();
        match (one.merged.first(), wanted) {
            (Some(shared), None) => tr!(
                "cli-migrate-merged",
                from = from.as_str(),
                to = to_text,
                old = ids(&shared.with)
            ),
            (Some(shared), Some(wanted)) => tr!(
                "cli-migrate-merged-lacking",
                from = from.as_str(),
                to = to_text,
                old = ids(&shared.with),
                wanted = escaped(wanted.as_str())
            ),
            (None, None) if to == &one.from => tr!("cli-migrate-carried", from = from.as_str()),
            (None, Some(wanted)) if to == &one.from => tr!(
                "cli-migrate-carried-lacking",
                from = from.as_str(),
                wanted = escaped(wanted.as_str())
            ),
            (None, _) => tr!("cli-migrate-renamed", from = from.as_str(), to = to_text),
        }
    };
    // The other questions it was merged with, as clauses; `None` when there are none.
    let also_merged = || {
        one.merged
            .iter()
            .map(|shared| {
                tr!(
                    "cli-migrate-merged-in",
                    at = escaped(shared.at.as_str()),
                    old = ids(&shared.with)
                )
            })
            .reduce(|init, next| tr!("cli-migrate-clauses", init = init, next = next))
    };
    match &one.fate {
        Fate::CarriedOver => landed(&one.from, None),
        Fate::Renamed(to) => landed(to, None),
        Fate::StayedForLack(wanted) => landed(&one.from, Some(wanted)),
        Fate::Split(to) => match also_merged() {
            None => tr!("cli-migrate-split", from = from.as_str(), ids = ids(to)),
            Some(merged) => tr!(
                "cli-migrate-split-merged",
                from = from.as_str(),
                ids = ids(to),
                merged = merged
            ),
        },
        Fate::KeptApart(Apart::NotAsked) => match also_merged() {
            None => tr!("cli-migrate-kept-apart", from = from.as_str()),
            Some(merged) => tr!(
                "cli-migrate-kept-apart-merged",
                from = from.as_str(),
                merged = merged
            ),
        },
        Fate::KeptApart(Apart::RenamedNotAsked(wanted)) => match also_merged() {
            None => tr!(
                "cli-migrate-kept-apart-renamed",
                from = from.as_str(),
                wanted = escaped(wanted.as_str())
            ),
            Some(merged) => tr!(
                "cli-migrate-kept-apart-renamed-merged",
                from = from.as_str(),
                wanted = escaped(wanted.as_str()),
                merged = merged
            ),
        },
    }
}
