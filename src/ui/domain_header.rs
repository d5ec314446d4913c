//! A domain page's header (its name, summary, maturity and source) and, when comparing with an
//! earlier assessment, what it said: the domain's earlier maturity and the change like for
//! like in the header, each question's earlier rating above its phases.

use egui::RichText;

use super::{theme, widgets};
use crate::model::{Domain, Framework, Phase, QuestionId};
use crate::scoring::compare::{self, LikeForLike};
use crate::scoring::{DomainScore, Maturity, wording};
use crate::tr;
use crate::workbook::command::Command;
use crate::workbook::state::Document;

/// The domain's name, summary, maturity (with the earlier one and the change when comparing)
/// and source.
pub fn header_ui(
    ui: &mut egui::Ui,
    framework: &Framework,
    doc: &Document,
    (index, domain): (usize, &Domain),
    score: &DomainScore,
    cmds: &mut Vec<Command>,
) {
    widgets::weak(
        ui,
        &tr!(
            "app-header-domain-of",
            number = index + 1,
            count = framework.domains().len()
        ),
    );
    widgets::page_title(ui, &domain.title);
    ui.add(egui::Label::new(&domain.summary).wrap());
    let comparing = doc.baseline.as_ref().map(|baseline| {
        let earlier = baseline
            .comparison
            .earlier
            .domains
            .get(index)
            .and_then(|d| d.maturity);
        // Computed once with the comparison (rescored after every change), not every frame.
        let like = baseline
            .comparison
            .domains
            .get(index)
            .map(compare::DomainChange::like_for_like)?;
        Some((earlier, like))
    });
    let comparing = comparing.flatten();
    let (maturity, apart) = maturity_lines(framework, score, comparing);
    ui.add(egui::Label::new(RichText::new(maturity).strong()).wrap());
    if let Some(apart) = apart {
        ui.add(egui::Label::new(apart).wrap());
    }
    if domain.provisional {
        widgets::weak(ui, &tr!("app-header-provisional"));
    } else if let Some(source) = &domain.source {
        ui.horizontal(|ui| {
            widgets::weak(ui, &tr!("app-header-source"));
            // A long address is shortened with "…" rather than widening the page.
            if widgets::truncated_link(ui, source)
                .on_hover_text(tr!("app-header-source-hover", address = source.as_str()))
                .clicked()
            {
                cmds.push(Command::OpenLink(source.clone()));
            }
        });
    }
}

/// The header's maturity line ("Maturity 3.3 (Delivering), was 2.7 (+0.6) · 4 of 4 questions
/// rated") and, when the questions rated differ between the two assessments, a line saying
/// what the change counts. `comparing` is the earlier maturity and the change like for like.
pub fn maturity_lines(
    framework: &Framework,
    score: &DomainScore,
    comparing: Option<(Option<Maturity>, LikeForLike)>,
) -> (String, Option<String>) {
    let (rated, total) = (score.rated, score.total);
    let now = match (score.maturity, score.phase_reached()) {
        (Some(m), Some(phase)) => tr!(
            "app-header-maturity-now",
            maturity = m.to_string(),
            phase = framework.phase_name(phase)
        ),
        _ => wording::not_yet_rated_label(),
    };
    let Some((earlier, like)) = comparing else {
        return (
            tr!(
                "app-header-maturity",
                now = now,
                rated = rated,
                total = total
            ),
            None,
        );
    };
    let same_questions = like.first_rated == 0 && like.no_longer_rated == 0;
    let maturity = match (earlier, like.change) {
        (None, _) => tr!(
            "app-header-maturity-not-rated-earlier",
            now = now,
            rated = rated,
            total = total
        ),
        (Some(earlier), Some(change)) if same_questions => tr!(
            "app-header-maturity-was-change",
            now = now,
            earlier = earlier.to_string(),
            change = compare::describe_change(change),
            rated = rated,
            total = total
        ),
        (Some(earlier), _) => tr!(
            "app-header-maturity-was",
            now = now,
            earlier = earlier.to_string(),
            rated = rated,
            total = total
        ),
    };
    let apart = (!same_questions && earlier.is_some()).then(|| like_for_like_line(like));
    (maturity, apart)
}

/// What a change counts when the questions rated differ: "Like for like, on the 3 questions
/// rated both times: +0.3. 1 question rated for the first time is not counted as a change."
fn like_for_like_line(like: LikeForLike) -> String {
    let both = match (like.both, like.change) {
        (0, _) | (_, None) => tr!("app-header-none-both"),
        (both, Some(change)) => tr!(
            "app-header-like-for-like",
            both = both,
            change = compare::describe_change(change)
        ),
    };
    let (first, gone) = (like.first_rated, like.no_longer_rated);
    let apart = match (first, gone) {
        (0, 0) => return both,
        (_, 0) => tr!("app-header-apart-first", first = first),
        (0, _) => tr!("app-header-apart-gone", gone = gone),
        _ => tr!("app-header-apart-both", first = first, gone = gone),
    };
    tr!("app-header-like-for-like-line", both = both, apart = apart)
}

/// A domain's change since the earlier assessment for the side list, in the report's short
/// words: "+0.6", "no change", "newly rated", "no change*" when questions rated in only one of
/// the two are left out (the domain's header says which); `None` when neither rated it.
pub fn side_list_change(doc: &Document, index: usize) -> Option<String> {
    let baseline = doc.baseline.as_ref()?;
    let domain = baseline.comparison.domains.get(index)?;
    (domain.earlier.is_some() || domain.current.is_some())
        .then(|| crate::scoring::wording::domain_change_short(domain))
}

/// When comparing with an earlier assessment, what it said of `question`: "Earlier (2025–26):
/// 2 Planning", a median such as "2.5", or "not yet rated".
pub fn earlier_text(
    framework: &Framework,
    doc: &Document,
    question: &QuestionId,
) -> Option<String> {
    let baseline = doc.baseline.as_ref()?;
    let score = baseline
        .assessment
        .response(question)
        .and_then(crate::scoring::question_score)
        .map(|s| s.value);
    let said = match score {
        Some(m) if m.tenths() % 10 == 0 => {
            let phase = u8::try_from(m.tenths() / 10).ok().and_then(Phase::new);
            match phase {
                Some(phase) => tr!(
                    "app-phase-number-name",
                    number = phase.number(),
                    phase = framework.phase_name(phase)
                ),
                None => m.to_string(),
            }
        }
        Some(m) => m.to_string(),
        None => wording::not_yet_rated(),
    };
    Some(tr!(
        "app-earlier",
        label = baseline.label.as_str(),
        said = said
    ))
}

/// A question's earlier rating, readable at a glance: the same contrast as the text around it,
/// marked by a bar in the accent colour rather than by a faint colour.
pub fn earlier_ui(ui: &mut egui::Ui, text: &str) {
    let palette = theme::palette(ui);
    egui::Frame::new()
        .stroke(egui::Stroke::NONE)
        .inner_margin(egui::Margin {
            left: 8,
            right: 0,
            top: 2,
            bottom: 2,
        })
        .show(ui, |ui| {
            let label = ui.add(egui::Label::new(RichText::new(text).color(palette.text)).wrap());
            let bar = egui::Rect::from_min_max(
                egui::pos2(label.rect.left() - 8.0, label.rect.top()),
                egui::pos2(label.rect.left() - 5.0, label.rect.bottom()),
            );
            ui.painter().rect_filled(bar, 1.0, palette.accent);
        });
}
