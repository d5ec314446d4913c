//! The summary page: radar chart, a bar per domain with the phase it reaches, the overall
//! figures and the open actions. The same numbers as `civic-workbook score`.

use std::fmt::Write as _;

use egui::{Rect, RichText, Sense, Stroke, vec2};

use super::{radar, theme, widgets};
use crate::model::Framework;
use crate::scoring::Scorecard;
use crate::scoring::read;
use crate::scoring::wording::{maturity as or_dash, percent};
use crate::workbook::command::{Command, Page};
use crate::workbook::state::Document;

/// The questions that moved, as a table: the change in words as well as colour.
fn moved_ui(
    ui: &mut egui::Ui,
    framework: &Framework,
    moved: &[crate::scoring::compare::QuestionMove],
    cmds: &mut Vec<Command>,
) {
    use crate::scoring::compare::{change, describe_change};
    ui.label(RichText::new(format!("Questions that moved ({})", moved.len())).strong());
    let palette = theme::palette(ui);
    if !moved.is_empty() {
        table_row_ui(
            ui,
            vec![
                Cell::rest(RichText::new("Question").strong(), None),
                Cell::fixed(70.0, RichText::new("Earlier").strong()),
                Cell::fixed(70.0, RichText::new("Now").strong()),
                Cell::fixed(130.0, RichText::new("Change").strong()),
            ],
        );
    }
    for m in moved {
        let question = framework.question(&m.question_id).map_or_else(
            || m.question_id.to_string(),
            |(_, q)| {
                let number = framework.question_number(&q.id).unwrap_or_default();
                format!("{number} {}", q.text)
            },
        );
        // The change in words as well as colour: "up 1.0", "down 0.5", "now rated".
        let (words, colour) = match change(m.earlier, m.current) {
            Some(d) if d > 0 => (
                format!("up {}", describe_change(d).trim_start_matches('+')),
                palette.accent,
            ),
            Some(d) if d < 0 => (
                format!("down {}", describe_change(d).trim_start_matches('-')),
                palette.warning,
            ),
            Some(_) => ("no change".to_owned(), palette.weak_text),
            None if m.current.is_some() => ("now rated".to_owned(), palette.text),
            None => ("no longer rated".to_owned(), palette.weak_text),
        };
        let clicked = table_row_ui(
            ui,
            vec![
                Cell::rest(RichText::new(question), Some("Go to this question")),
                Cell::fixed(70.0, RichText::new(or_dash(m.earlier))),
                Cell::fixed(70.0, RichText::new(or_dash(m.current))),
                Cell::fixed(130.0, RichText::new(words).color(colour).strong()),
            ],
        );
        if clicked {
            cmds.push(Command::ShowQuestion(m.question_id.clone()));
        }
    }
}

/// Column widths of the open-actions table.
const DUE: f32 = 110.0;
const OWNER: f32 = 150.0;
const STATUS: f32 = 110.0;

/// The chart's smallest size beside the bars, and its largest.
const MIN_CHART: f32 = 380.0;
const MAX_CHART: f32 = 620.0;

/// The summary page.
pub fn ui(
    ui: &mut egui::Ui,
    framework: &Framework,
    doc: &Document,
    today: time::Date,
    cmds: &mut Vec<Command>,
) {
    let a = &doc.assessment;
    widgets::page_title(ui, "Summary");
    let heading = [a.institution.as_str(), a.title.as_str(), a.period.as_str()]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    if !heading.is_empty() {
        ui.label(RichText::new(heading).strong());
    }
    ui.add_space(8.0);
    let card = &doc.scorecard;
    figures_ui(ui, framework, card);
    ui.add_space(8.0);
    key_messages_ui(ui, framework, doc, today);
    if a.is_group() {
        ui.add_space(8.0);
        group_ui(ui, framework, doc, cmds);
    }
    ui.add_space(10.0);
    let earlier = doc.baseline.as_ref().map(|b| &b.comparison.earlier);
    let axes: Vec<radar::Axis<'_>> = framework
        .domains()
        .iter()
        .zip(&card.domains)
        .enumerate()
        .map(|(index, (domain, score))| radar::Axis {
            label: &domain.title,
            value: score.maturity.map(crate::scoring::Maturity::value),
            earlier: earlier
                .and_then(|e| e.domains.get(index))
                .and_then(|d| d.maturity)
                .map(crate::scoring::Maturity::value),
        })
        .collect();
    // The same words as the report's figure, from one place.
    let alt = crate::report::content::chart_alt_compared(
        card,
        doc.baseline
            .as_ref()
            .map(|b| (b.label.as_str(), &b.comparison.earlier)),
    );
    // Chart and bars side by side when there is room (at this zoom), one above the other when
    // not; the chart grows with the space it has.
    let bars_width = 380.0;
    let width = ui.available_width();
    if width >= MIN_CHART + bars_width + 16.0 {
        let chart = (width - bars_width - 16.0).clamp(MIN_CHART, MAX_CHART);
        ui.horizontal_top(|ui| {
            radar::ui(ui, &axes, chart, &alt);
            ui.vertical(|ui| {
                ui.set_width(ui.available_width().min(bars_width + 80.0));
                bars_ui(ui, framework, (card, earlier), cmds);
            });
        });
    } else {
        radar::ui(ui, &axes, width.min(MAX_CHART), &alt);
        bars_ui(ui, framework, (card, earlier), cmds);
    }
    if let Some(baseline) = &doc.baseline {
        ui.add_space(12.0);
        comparison_ui(ui, framework, baseline, cmds);
    }
    ui.add_space(12.0);
    actions_ui(ui, framework, doc, today, cmds);
    ui.add_space(12.0);
    widgets::weak(
        ui,
        "Scores are a maturity profile to start a conversation, not a league table. A domain's maturity is the \
         mean phase of its rated questions, to one decimal; the overall maturity is the mean of the rated \
         domains. Unrated questions never count as zero.",
    );
}

/// How many assessors, how many questions are agreed, and the widest disagreements, each a
/// link to its domain: talking points for the workshop.
fn group_ui(ui: &mut egui::Ui, framework: &Framework, doc: &Document, cmds: &mut Vec<Command>) {
    let a = &doc.assessment;
    let assessors = a.assessors();
    widgets::heading(ui, "Group ratings");
    let unagreed = doc.scorecard.unagreed_questions();
    ui.label(format!(
        "{} assessors: {}. {}",
        assessors.len(),
        assessors.iter().copied().collect::<Vec<_>>().join(", "),
        if unagreed == 0 {
            "Every rated question has an agreed phase.".to_owned()
        } else {
            format!(
                "{} not yet agreed: the median of the assessors' phases counts until you agree.",
                crate::scoring::wording::questions(unagreed)
            )
        }
    ));
    let mut wide: Vec<(&crate::model::Question, crate::scoring::Spread)> = framework
        .questions()
        .filter_map(|(_, q)| {
            let spread = crate::scoring::to_talk_through(a.response(&q.id)?)?;
            Some((q, spread))
        })
        .collect();
    wide.sort_by_key(|(.., s)| std::cmp::Reverse(s.apart()));
    if wide.is_empty() {
        widgets::weak(
            ui,
            &format!(
                "No question still to agree has assessors {} or more phases apart.",
                crate::scoring::WIDE_SPREAD
            ),
        );
        return;
    }
    ui.label(RichText::new("Widest disagreements, to talk through").strong());
    for (question, spread) in wide {
        ui.horizontal_wrapped(|ui| {
            ui.label(format!(
                "{}–{} ({} apart)",
                spread.lowest.number(),
                spread.highest.number(),
                spread.apart()
            ));
            if ui
                .link(&question.text)
                .on_hover_text("Go to this question")
                .clicked()
            {
                cmds.push(Command::ShowQuestion(question.id.clone()));
            }
        });
    }
}

/// What changed since the earlier assessment: per domain and overall, the questions that
/// moved and the earlier actions' status now.
fn comparison_ui(
    ui: &mut egui::Ui,
    framework: &Framework,
    baseline: &crate::workbook::state::Baseline,
    cmds: &mut Vec<Command>,
) {
    let c = &baseline.comparison;
    let change_text = crate::scoring::wording::change;
    widgets::heading(ui, &format!("Change since {}", baseline.label));
    ui.horizontal_wrapped(|ui| {
        widgets::weak(ui, &format!("Compared with {}", baseline.path.display()));
        if ui.button("Stop comparing").clicked() {
            cmds.push(Command::ClearComparison);
        }
    });
    egui::Grid::new("comparison")
        .striped(true)
        .num_columns(4)
        .show(ui, |ui| {
            for heading in ["Domain", "Earlier", "Now", "Change"] {
                ui.label(RichText::new(heading).strong());
            }
            ui.end_row();
            for d in &c.domains {
                ui.label(&d.title);
                ui.label(or_dash(d.earlier));
                ui.label(or_dash(d.current));
                ui.label(match d.rated_note() {
                    Some(note) => format!("{} ({note})", change_text(d.change())),
                    None => change_text(d.change()),
                });
                ui.end_row();
            }
            ui.label(RichText::new("Overall").strong());
            ui.label(or_dash(c.overall_earlier));
            ui.label(or_dash(c.overall_current));
            ui.label(change_text(c.overall_change()));
            ui.end_row();
        });
    moved_ui(ui, framework, &c.moved, cmds);
    let question_text = |id: &crate::model::QuestionId| {
        framework
            .question(id)
            .map_or_else(|| id.to_string(), |(_, q)| q.text.clone())
    };
    ui.label(RichText::new(format!("Earlier actions ({})", c.actions.len())).strong());
    for a in &c.actions {
        ui.label(format!(
            "{} ({}) — {} then, {} now",
            a.description.trim(),
            question_text(&a.question_id),
            a.earlier.label(),
            a.now.map_or("no longer listed", |s| s.label())
        ));
    }
    if !c.only_earlier.is_empty() || !c.only_current.is_empty() {
        ui.label(RichText::new("Questions in only one of the two").strong());
        for (id, value) in &c.only_earlier {
            ui.label(format!(
                "{id} ({}): answered earlier, not a question of the framework now",
                or_dash(*value)
            ));
        }
        for id in &c.only_current {
            ui.label(format!(
                "{}: not in the earlier assessment, which used another version of the framework",
                question_text(id)
            ));
        }
    }
}

fn figures_ui(ui: &mut egui::Ui, framework: &Framework, card: &Scorecard) {
    let overall = match (card.overall, card.overall_phase()) {
        (Some(m), Some(phase)) => format!("{m} {}", framework.phase_name(phase)),
        _ => crate::scoring::wording::not_yet_rated_label(),
    };
    let figures = [
        (
            "Overall maturity",
            overall,
            format!(
                "across {} of {} domains",
                card.rated_domains(),
                card.domains.len()
            ),
        ),
        (
            "Completion",
            percent(card.completion()),
            format!(
                "{} of {} questions rated",
                card.rated_questions(),
                card.total_questions()
            ),
        ),
        (
            "Evidence coverage",
            percent(card.evidence_coverage()),
            format!(
                "{} of {} rated questions have evidence",
                card.rated_with_evidence(),
                card.rated_questions()
            ),
        ),
    ];
    // The cards share a row when each can be 200 points wide, and stack when not.
    let gap = ui.spacing().item_spacing.x;
    let width = ui.available_width();
    let per_row = if width >= 3.0 * 200.0 + 2.0 * gap {
        3
    } else {
        1
    };
    #[expect(clippy::cast_precision_loss, reason = "one to three cards")]
    let card_width = (width - gap * (per_row - 1) as f32) / per_row as f32;
    for row in figures.chunks(per_row) {
        ui.horizontal_top(|ui| {
            for (label, value, detail) in row {
                figure(ui, card_width, label, value, detail);
            }
        });
    }
}

fn figure(ui: &mut egui::Ui, width: f32, label: &str, value: &str, detail: &str) {
    egui::Frame::group(ui.style())
        .fill(theme::palette(ui).card)
        .inner_margin(10.0)
        .show(ui, |ui| {
            // The frame's margin and stroke are outside the width set here.
            ui.set_width((width - 22.0).max(1.0));
            ui.vertical(|ui| {
                widgets::weak(ui, label);
                ui.add(
                    egui::Label::new(RichText::new(value).family(theme::bold()).size(22.0)).wrap(),
                );
                widgets::weak(ui, detail);
            });
        });
}

/// A bar per domain; when comparing, the earlier value is a tick on the bar and said in words.
fn bars_ui(
    ui: &mut egui::Ui,
    framework: &Framework,
    (card, earlier): (&Scorecard, Option<&Scorecard>),
    cmds: &mut Vec<Command>,
) {
    let palette = theme::palette(ui);
    for (index, (domain, score)) in framework.domains().iter().zip(&card.domains).enumerate() {
        let was = earlier.map(|e| e.domains.get(index).and_then(|d| d.maturity));
        let value = match (score.maturity, score.phase_reached()) {
            (Some(m), Some(phase)) => format!("{m} {}", framework.phase_name(phase)),
            _ => crate::scoring::wording::not_yet_rated_label(),
        };
        if ui
            .link(&domain.title)
            .on_hover_text("Go to this domain")
            .clicked()
        {
            cmds.push(Command::Navigate(Page::Domain(index)));
        }
        ui.horizontal_wrapped(|ui| {
            let bar = (ui.available_width() * 0.5).clamp(60.0, 240.0);
            let (rect, _) = ui.allocate_exact_size(vec2(bar, 14.0), Sense::hover());
            ui.painter().rect_stroke(
                rect,
                2.0,
                Stroke::new(1.0, palette.grid),
                egui::StrokeKind::Inside,
            );
            if let Some(m) = score.maturity {
                #[expect(clippy::cast_possible_truncation, reason = "a bar width")]
                let width = rect.width() * (m.value() / 6.0) as f32;
                ui.painter().rect_filled(
                    Rect::from_min_size(rect.min, vec2(width, rect.height())),
                    2.0,
                    palette.accent,
                );
            }
            if let Some(Some(m)) = was {
                #[expect(clippy::cast_possible_truncation, reason = "a bar position")]
                let x = rect.left() + rect.width() * (m.value() / 6.0) as f32;
                ui.painter().line_segment(
                    [
                        egui::pos2(x, rect.top() - 3.0),
                        egui::pos2(x, rect.bottom() + 3.0),
                    ],
                    Stroke::new(2.5, palette.text),
                );
            }
            let was = match was {
                Some(Some(m)) => format!(" · was {m}"),
                Some(None) => " · was not rated".to_owned(),
                None => String::new(),
            };
            ui.label(format!(
                "{value} · {}/{} rated{was}",
                score.rated, score.total
            ));
        });
    }
}

/// The key messages of the read model: the same as the report's summary.
fn key_messages_ui(ui: &mut egui::Ui, framework: &Framework, doc: &Document, today: time::Date) {
    let since = doc.baseline.as_ref().map(|b| read::Since {
        name: read::since_name(&b.assessment, &b.label),
        comparison: &b.comparison,
    });
    let messages = read::key_messages(
        framework,
        &doc.assessment,
        &doc.scorecard,
        since.as_ref(),
        today,
    );
    widgets::heading(ui, "Key messages");
    for message in messages {
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing.x = 0.0;
            ui.label("• ");
            if !message.lead.is_empty() {
                ui.label(RichText::new(message.lead).strong());
            }
            ui.label(message.text);
        });
    }
}

fn actions_ui(
    ui: &mut egui::Ui,
    framework: &Framework,
    doc: &Document,
    today: time::Date,
    cmds: &mut Vec<Command>,
) {
    // Soonest due first; undated and unreadable dates last.
    let open = read::open_actions(framework, &doc.assessment);
    widgets::heading(ui, &format!("Open actions ({})", open.len()));
    if open.is_empty() {
        widgets::weak(ui, "No open actions.");
        return;
    }
    // Aligned columns (due, action, owner, status) when there is room; on a narrow window one
    // wrapped line per action.
    let columns = ui.available_width() >= 560.0;
    if columns {
        table_row_ui(
            ui,
            vec![
                Cell::fixed(DUE, RichText::new("Due").strong()),
                Cell::rest(RichText::new("Action").strong(), None),
                Cell::fixed(OWNER, RichText::new("Owner").strong()),
                Cell::fixed(STATUS, RichText::new("Status").strong()),
            ],
        );
    }
    // In a group file an action several assessors changed is kept once per version: each
    // such copy says whose it is.
    let descriptions: Vec<&str> = open.iter().map(|p| p.action.description.as_str()).collect();
    for placed in &open {
        let action = placed.action;
        // Actions of questions the framework does not have go to the summary page itself.
        let index = placed.domain;
        let mut due = match crate::model::dates::read_date(&action.due) {
            Some(date) => crate::model::dates::short(date),
            None if action.due.trim().is_empty() => "No date".to_owned(),
            None => action.due.clone(),
        };
        if let Some(late) = placed.overdue(today) {
            due = format!("{due}, {late}");
        }
        let mut text = if action.description.trim().is_empty() {
            "(no description)".to_owned()
        } else {
            action.description.clone()
        };
        let twice = descriptions
            .iter()
            .filter(|d| crate::model::response::same_text(d, &action.description))
            .count()
            > 1;
        if twice && !action.added_by.is_empty() {
            let names: Vec<&str> = action.added_by.iter().map(String::as_str).collect();
            let _ = write!(text, " ({}'s version)", crate::i18n::join_and(&names));
        }
        let owner = if action.owner.trim().is_empty() {
            "no owner yet"
        } else {
            action.owner.as_str()
        };
        if columns {
            let clicked = table_row_ui(
                ui,
                vec![
                    Cell::fixed(DUE, RichText::new(due).strong()),
                    Cell::rest(RichText::new(text), Some("Go to this action's domain")),
                    Cell::fixed(OWNER, RichText::new(owner)),
                    Cell::fixed(STATUS, RichText::new(action.status.label())),
                ],
            );
            if let (true, Some(index)) = (clicked, index) {
                cmds.push(Command::Navigate(Page::Domain(index)));
            }
        } else {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(due).strong());
                if ui
                    .link(text)
                    .on_hover_text("Go to this action's domain")
                    .clicked()
                    && let Some(index) = index
                {
                    cmds.push(Command::Navigate(Page::Domain(index)));
                }
                widgets::weak(ui, &format!("{owner} · {}", action.status.label()));
            });
        }
        ui.add_space(2.0);
    }
}

/// A cell of a table row: fixed `width` or the rest of the row (`None`), a link when `hover`
/// is given.
struct Cell<'a> {
    text: RichText,
    width: Option<f32>,
    hover: Option<&'a str>,
}

impl<'a> Cell<'a> {
    fn fixed(width: f32, text: RichText) -> Self {
        Self {
            text,
            width: Some(width),
            hover: None,
        }
    }

    fn rest(text: RichText, hover: Option<&'a str>) -> Self {
        Self {
            text,
            width: None,
            hover,
        }
    }
}

/// One row of a table laid out in columns, each cell wrapping within its width. Whether a link
/// cell was clicked.
fn table_row_ui(ui: &mut egui::Ui, cells: Vec<Cell<'_>>) -> bool {
    let gap = ui.spacing().item_spacing.x;
    let fixed: f32 = cells.iter().filter_map(|c| c.width).sum();
    #[expect(clippy::cast_precision_loss, reason = "a handful of columns")]
    let gaps = gap * cells.len().saturating_sub(1) as f32;
    let rest = (ui.available_width() - fixed - gaps).max(120.0);
    let mut clicked = false;
    ui.horizontal_top(|ui| {
        for cell in cells {
            let width = cell.width.unwrap_or(rest);
            ui.allocate_ui(egui::vec2(width, 0.0), |ui| {
                ui.set_width(width);
                match cell.hover {
                    Some(hover) => {
                        let name = cell.text.text().to_owned();
                        let colour = ui.visuals().hyperlink_color;
                        let response = ui
                            .add(
                                egui::Label::new(cell.text.color(colour))
                                    .wrap()
                                    .sense(Sense::click()),
                            )
                            .on_hover_text(hover)
                            .on_hover_cursor(egui::CursorIcon::PointingHand);
                        response.widget_info(|| {
                            egui::WidgetInfo::labeled(egui::Role::Link, true, &name)
                        });
                        clicked |= response.clicked();
                    }
                    None => {
                        ui.add(egui::Label::new(cell.text).wrap());
                    }
                }
            });
        }
    });
    clicked
}
