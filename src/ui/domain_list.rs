//! The side list: the summary, the assessment details, then the seven domains with their
//! progress and maturity. The page shown is highlighted.

use egui::RichText;

use super::{theme, widgets};
use crate::tr;
use crate::workbook::command::{Command, Page};
use crate::workbook::state::{AppState, Document};

/// The side list.
pub fn ui(ui: &mut egui::Ui, state: &AppState, doc: &Document, cmds: &mut Vec<Command>) {
    ui.add_space(6.0);
    let institution = doc.assessment.institution.trim();
    let heading = if institution.is_empty() {
        tr!("app-list-no-institution")
    } else {
        institution.to_owned()
    };
    widgets::heading(ui, &heading);
    ui.add_space(4.0);
    entry(
        ui,
        state.page == Page::Summary,
        &tr!("app-summary-title"),
        &summary_line(&state.framework, doc),
        Page::Summary,
        cmds,
    );
    entry(
        ui,
        state.page == Page::Details,
        &tr!("app-list-details"),
        &details_line(state, doc),
        Page::Details,
        cmds,
    );
    ui.separator();
    // On a short window (800×600, or zoomed) the domains scroll: the bar is always drawn, not
    // only on hover, so a cut entry reads as "more below", and the page shown is scrolled into
    // view.
    ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
    egui::ScrollArea::vertical().show(ui, |ui| {
        for (index, (domain, score)) in state
            .framework
            .domains()
            .iter()
            .zip(&doc.scorecard.domains)
            .enumerate()
        {
            // "3.3 (Delivering)", as everywhere else.
            let reached =
                crate::scoring::wording::maturity_with_phase(&state.framework, score.maturity);
            let mut maturity = tr!(
                "app-list-domain",
                rated = score.rated,
                total = score.total,
                maturity = reached
            );
            // When comparing, the change since the earlier assessment, like for like.
            if let Some(change) = super::domain_header::side_list_change(doc, index) {
                maturity = tr!(
                    "app-list-domain-change",
                    line = maturity,
                    change = change,
                    earlier = comparing_label(doc)
                );
            }
            let title = tr!(
                "app-list-domain-title",
                number = index + 1,
                title = domain.title.as_str()
            );
            entry(
                ui,
                state.page == Page::Domain(index),
                &title,
                &maturity,
                Page::Domain(index),
                cmds,
            );
        }
    });
}

/// The earlier assessment's short name in the side list: its period, or "earlier".
fn comparing_label(doc: &Document) -> String {
    doc.baseline
        .as_ref()
        .map(|b| b.assessment.period.trim())
        .filter(|period| !period.is_empty())
        .map_or_else(|| tr!("app-list-earlier"), str::to_owned)
}

/// "Overall 3.1 (Delivering) · 15 of 20 questions rated": the maturity worded as the summary,
/// the report and `score` word it.
fn summary_line(framework: &crate::model::Framework, doc: &Document) -> String {
    let card = &doc.scorecard;
    match card.overall {
        Some(overall) => tr!(
            "app-list-summary",
            overall = crate::scoring::wording::maturity_with_phase(framework, Some(overall)),
            rated = card.rated_questions(),
            total = card.total_questions()
        ),
        None => tr!("app-list-summary-none"),
    }
}

fn details_line(state: &AppState, doc: &Document) -> String {
    let members = doc.assessment.team.len();
    // Answers to questions no longer asked are shown on the details page: say so here.
    match doc.assessment.unknown_questions(&state.framework).count() {
        0 => tr!("app-list-members", members = members),
        answers => tr!(
            "app-list-members-answers",
            members = members,
            answers = answers
        ),
    }
}

/// One selectable entry with a title and a second line; its accessible name is both.
fn entry(
    ui: &mut egui::Ui,
    selected: bool,
    title: &str,
    detail: &str,
    page: Page,
    cmds: &mut Vec<Command>,
) {
    let shown_key = egui::Id::unique("side list shows");
    let palette = theme::palette(ui);
    let mut job = egui::text::LayoutJob::default();
    let body = egui::TextStyle::Body.resolve(ui.style());
    let small = egui::TextStyle::Small.resolve(ui.style());
    job.append(title, 0.0, egui::TextFormat::simple(body, palette.text));
    job.append("\n", 0.0, egui::TextFormat::default());
    job.append(
        detail,
        0.0,
        egui::TextFormat::simple(small, palette.weak_text),
    );
    let response = ui
        .with_layout(egui::Layout::top_down_justified(egui::Align::LEFT), |ui| {
            ui.add(egui::Button::selectable(selected, job))
        })
        .inner
        .on_hover_text(RichText::new(tr!("app-list-go-to", page = title)));
    // Once, when the page shown changes, its entry comes into view.
    if selected {
        let before = ui.data_mut(|d| {
            let before = d.get_temp::<Page>(shown_key);
            d.insert_temp(shown_key, page);
            before
        });
        if before != Some(page) {
            response.scroll_to_me(None);
        }
    }
    if response.clicked() {
        cmds.push(Command::Navigate(page));
    }
}
