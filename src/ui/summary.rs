//! The summary page: radar chart, a bar per domain with the phase it reaches, the overall
//! figures and the open actions. The same numbers as `civic-workbook score`.

use egui::{Rect, RichText, Sense, Stroke, vec2};

use super::{radar, theme, widgets};
use crate::i18n::DateStyle;
use crate::model::Framework;
use crate::scoring::Scorecard;
use crate::scoring::radar::Radar;
use crate::scoring::read;
use crate::scoring::wording::{self, maturity as or_dash, percent};
use crate::tr;
use crate::workbook::command::{Command, Page};
use crate::workbook::state::Document;

/// The questions that moved, as a table: the change in words as well as colour.
fn moved_ui(
    ui: &mut egui::Ui,
    framework: &Framework,
    moved: &[crate::scoring::compare::QuestionMove],
    cmds: &mut Vec<Command>,
) {
    use crate::scoring::compare::change;
    ui.label(RichText::new(tr!("app-summary-moved-heading", count = moved.len())).strong());
    let palette = theme::palette(ui);
    if !moved.is_empty() {
        table_row_ui(
            ui,
            vec![
                Cell::rest(
                    RichText::new(tr!("app-summary-column-question")).strong(),
                    None,
                ),
                Cell::fixed(
                    70.0,
                    RichText::new(tr!("app-summary-column-earlier")).strong(),
                ),
                Cell::fixed(70.0, RichText::new(tr!("app-summary-column-now")).strong()),
                Cell::fixed(
                    130.0,
                    RichText::new(tr!("app-summary-column-change")).strong(),
                ),
            ],
        );
    }
    for m in moved {
        let question = framework.question(&m.question_id).map_or_else(
            || m.question_id.to_string(),
            |(_, q)| {
                let number = framework.question_number(&q.id).unwrap_or_default();
                tr!(
                    "app-summary-question",
                    number = number,
                    text = q.text.as_str()
                )
            },
        );
        // The change in words as well as colour, worded as the report words it: "+1.0",
        // "no change", "rated for the first time".
        let colour = match change(m.earlier, m.current) {
            Some(d) if d > 0 => palette.accent,
            Some(d) if d < 0 => palette.warning,
            None if m.current.is_some() => palette.text,
            Some(_) | None => palette.weak_text,
        };
        let words = wording::question_change(m.earlier, m.current);
        let clicked = table_row_ui(
            ui,
            vec![
                Cell::rest(
                    RichText::new(question),
                    Some(tr!("app-summary-go-to-question")),
                ),
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
    widgets::page_title(ui, &tr!("app-summary-title"));
    let heading = [a.institution.as_str(), a.title.as_str(), a.period.as_str()]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .map(str::to_owned)
        .reduce(|init, next| tr!("app-dot-separated", init = init, next = next))
        .unwrap_or_default();
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
    // The same chart, shape and words as the report's figure, from the one radar model.
    let chart = Radar::new(
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
        let side = (width - bars_width - 16.0).clamp(MIN_CHART, MAX_CHART);
        ui.horizontal_top(|ui| {
            radar::ui(ui, &chart, side);
            ui.vertical(|ui| {
                ui.set_width(ui.available_width().min(bars_width + 80.0));
                bars_ui(ui, framework, (card, earlier), cmds);
            });
        });
    } else {
        radar::ui(ui, &chart, width.min(MAX_CHART));
        bars_ui(ui, framework, (card, earlier), cmds);
    }
    if below_the_fold_at_start(ui) {
        return;
    }
    if let Some(baseline) = &doc.baseline {
        ui.add_space(12.0);
        comparison_ui(ui, framework, baseline, cmds);
    }
    ui.add_space(12.0);
    actions_ui(ui, framework, doc, today, cmds);
    ui.add_space(12.0);
    widgets::weak(ui, &tr!("app-summary-scores-note"));
}

/// Whether the rest of the page is out of sight in the window's very first frame, and so left
/// for the next, asked for at once: laying out the actions table's text no one sees yet was
/// about a quarter of the first frame with the demo open (6 of 22 million instructions,
/// valgrind), which the window waits for before it is shown. The page is whole from the
/// second frame on, a few milliseconds later.
fn below_the_fold_at_start(ui: &egui::Ui) -> bool {
    let hidden = ui.ctx().cumulative_pass_nr() == 0 && ui.cursor().top() > ui.clip_rect().bottom();
    if hidden {
        ui.ctx().request_repaint();
    }
    hidden
}

/// How many assessors, how many questions are agreed, and the widest disagreements, each a
/// link to its domain: talking points for the workshop.
fn group_ui(ui: &mut egui::Ui, framework: &Framework, doc: &Document, cmds: &mut Vec<Command>) {
    widgets::heading(ui, &tr!("app-summary-group-heading"));
    // The same note and talking points as the report's, from the read model.
    let note = read::group_note(&doc.assessment, &doc.scorecard);
    ui.label(wording::group_note(&note));
    let points = read::talking_points(framework, &doc.assessment);
    if points.is_empty() {
        widgets::weak(ui, &wording::no_talking_points());
        return;
    }
    ui.label(RichText::new(tr!("app-summary-widest-heading")).strong());
    for point in points {
        ui.horizontal_wrapped(|ui| {
            ui.label(tr!(
                "app-summary-talking-point",
                number = point.number.as_str(),
                spread = wording::spread(&point.spread)
            ));
            if ui
                .link(&point.question.text)
                .on_hover_text(tr!("app-summary-go-to-question"))
                .clicked()
            {
                cmds.push(Command::ShowQuestion(point.question.id.clone()));
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
    widgets::heading(
        ui,
        &tr!("app-summary-change-since", label = baseline.label.as_str()),
    );
    ui.horizontal_wrapped(|ui| {
        widgets::weak(
            ui,
            &tr!(
                "app-summary-compared-with",
                path = baseline.path.display().to_string()
            ),
        );
        if ui.button(tr!("app-summary-stop-comparing")).clicked() {
            cmds.push(Command::ClearComparison);
        }
    });
    egui::Grid::new("comparison")
        .striped(true)
        .num_columns(4)
        .show(ui, |ui| {
            for heading in [
                tr!("app-summary-column-domain"),
                tr!("app-summary-column-earlier"),
                tr!("app-summary-column-now"),
                tr!("app-summary-column-change"),
            ] {
                ui.label(RichText::new(heading).strong());
            }
            ui.end_row();
            for d in &c.domains {
                ui.label(&d.title);
                ui.label(or_dash(d.earlier));
                ui.label(or_dash(d.current));
                // Like for like, with the questions rated only once said apart.
                ui.label(wording::domain_change(d));
                ui.end_row();
            }
            ui.label(RichText::new(tr!("app-summary-overall")).strong());
            ui.label(or_dash(c.overall_earlier));
            ui.label(or_dash(c.overall_current));
            ui.label(wording::overall_change(c));
            ui.end_row();
        });
    moved_ui(ui, framework, &c.moved, cmds);
    let question_text = |id: &crate::model::QuestionId| {
        framework
            .question(id)
            .map_or_else(|| id.to_string(), |(_, q)| q.text.clone())
    };
    ui.label(RichText::new(tr!("app-summary-earlier-actions", count = c.actions.len())).strong());
    for a in &c.actions {
        let action = a.description.trim();
        let question = question_text(&a.question_id);
        ui.label(if let Some(now) = a.now {
            tr!(
                "app-summary-earlier-action",
                action = action,
                question = question,
                earlier = a.earlier.label(),
                now = now.label()
            )
        } else {
            tr!(
                "app-summary-earlier-action-gone",
                action = action,
                question = question,
                earlier = a.earlier.label()
            )
        });
    }
    if !c.only_earlier.is_empty() || !c.only_current.is_empty() {
        ui.label(RichText::new(tr!("app-summary-only-one-heading")).strong());
        for (id, value) in &c.only_earlier {
            ui.label(tr!(
                "app-summary-only-earlier",
                id = id.to_string(),
                value = or_dash(*value)
            ));
        }
        for id in &c.only_current {
            ui.label(tr!(
                "app-summary-only-current",
                question = question_text(id)
            ));
        }
    }
}

fn figures_ui(ui: &mut egui::Ui, framework: &Framework, card: &Scorecard) {
    // "3.3 (Delivering)", as the report and `score` write it.
    let overall = match card.overall {
        Some(_) => wording::maturity_with_phase(framework, card.overall),
        None => wording::not_yet_rated_label(),
    };
    let figures = [
        (
            tr!("app-summary-overall-maturity"),
            overall,
            tr!(
                "app-summary-across-domains",
                rated = card.rated_domains(),
                total = card.domains.len()
            ),
        ),
        (
            tr!("app-summary-completion"),
            percent(card.completion()),
            tr!(
                "app-summary-questions-rated",
                rated = card.rated_questions(),
                total = card.total_questions()
            ),
        ),
        (
            tr!("app-summary-evidence-coverage"),
            percent(card.evidence_coverage()),
            tr!(
                "app-summary-with-evidence",
                evidence = card.rated_with_evidence(),
                rated = card.rated_questions()
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
        let value = match score.maturity {
            Some(_) => wording::maturity_with_phase(framework, score.maturity),
            None => wording::not_yet_rated_label(),
        };
        if ui
            .link(&domain.title)
            .on_hover_text(tr!("app-summary-go-to-domain"))
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
            let (rated, total) = (score.rated, score.total);
            ui.label(match was {
                Some(Some(m)) => tr!(
                    "app-summary-bar-was",
                    value = value,
                    rated = rated,
                    total = total,
                    earlier = m.to_string()
                ),
                Some(None) => tr!(
                    "app-summary-bar-was-unrated",
                    value = value,
                    rated = rated,
                    total = total
                ),
                None => tr!(
                    "app-summary-bar",
                    value = value,
                    rated = rated,
                    total = total
                ),
            });
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
    widgets::heading(ui, &tr!("app-summary-key-messages"));
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
    widgets::heading(ui, &tr!("app-summary-open-actions", count = open.len()));
    if open.is_empty() {
        widgets::weak(ui, &tr!("app-summary-no-open-actions"));
        return;
    }
    // Aligned columns (due, action, owner, status) when there is room; on a narrow window one
    // wrapped line per action.
    let columns = ui.available_width() >= 560.0;
    if columns {
        table_row_ui(
            ui,
            vec![
                Cell::fixed(DUE, RichText::new(tr!("app-summary-column-due")).strong()),
                Cell::rest(
                    RichText::new(tr!("app-summary-column-action")).strong(),
                    None,
                ),
                Cell::fixed(
                    OWNER,
                    RichText::new(tr!("app-summary-column-owner")).strong(),
                ),
                Cell::fixed(
                    STATUS,
                    RichText::new(tr!("app-summary-column-status")).strong(),
                ),
            ],
        );
    }
    for placed in &open {
        let action = placed.action;
        // Actions of questions the framework does not have go to the summary page itself.
        let index = placed.domain;
        let mut due = match crate::model::dates::read_date(&action.due) {
            Some(date) => crate::i18n::date(date, DateStyle::Short),
            None if action.due.trim().is_empty() => tr!("app-summary-no-date"),
            None => action.due.clone(),
        };
        if let Some(late) = placed.overdue(today) {
            due = tr!("app-summary-due-late", due = due, late = late);
        }
        let mut text = if action.description.trim().is_empty() {
            tr!("app-summary-no-description")
        } else {
            action.description.clone()
        };
        // In a group file, each version of an action several assessors changed says whose.
        if let Some(version) = placed.version() {
            text.push_str(&version);
        }
        let owner = if action.owner.trim().is_empty() {
            tr!("app-summary-no-owner")
        } else {
            action.owner.clone()
        };
        let go_to = tr!("app-summary-go-to-action-domain");
        if columns {
            let clicked = table_row_ui(
                ui,
                vec![
                    Cell::fixed(DUE, RichText::new(due).strong()),
                    Cell::rest(RichText::new(text), Some(go_to)),
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
                if ui.link(text).on_hover_text(go_to).clicked()
                    && let Some(index) = index
                {
                    cmds.push(Command::Navigate(Page::Domain(index)));
                }
                widgets::weak(
                    ui,
                    &tr!(
                        "app-summary-owner-status",
                        owner = owner,
                        status = action.status.label()
                    ),
                );
            });
        }
        ui.add_space(2.0);
    }
}

/// A cell of a table row: fixed `width` or the rest of the row (`None`), a link when `hover`
/// is given.
struct Cell {
    text: RichText,
    width: Option<f32>,
    hover: Option<String>,
}

impl Cell {
    fn fixed(width: f32, text: RichText) -> Self {
        Self {
            text,
            width: Some(width),
            hover: None,
        }
    }

    fn rest(text: RichText, hover: Option<String>) -> Self {
        Self {
            text,
            width: None,
            hover,
        }
    }
}

/// One row of a table laid out in columns, each cell wrapping within its width. Whether a link
/// cell was clicked.
fn table_row_ui(ui: &mut egui::Ui, cells: Vec<Cell>) -> bool {
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
