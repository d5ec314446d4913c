//! Presenter mode: one key question at a time, full screen, for the room to discuss. It starts
//! at the first question of the domain on screen (1.1 from the summary), moves across domains,
//! and leaves at the question it shows.

use super::WorkbookApp;
use super::command::Page;
use crate::model::QuestionId;

impl WorkbookApp {
    /// Starts presenting, full screen.
    pub(super) fn present(&mut self, ctx: &egui::Context) {
        if self.state.doc.is_none() || self.state.presenting.is_some() {
            return;
        }
        let framework = &self.state.framework;
        let domain = match self.state.page {
            Page::Domain(index) => framework.domains.get(index),
            Page::Summary | Page::Details => framework.domains.first(),
        };
        let Some(first) = domain.and_then(|d| d.questions.first()) else {
            return;
        };
        self.state.presenting = Some(first.id.clone());
        // The keyboard leaves whatever field it was in: in presenter mode keys rate and move.
        ctx.memory_mut(|m| {
            if let Some(id) = m.focused() {
                m.surrender_focus(id);
            }
        });
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
    }

    /// Moves `step` questions on (negative: back), across domains, stopping at the ends.
    pub(super) fn present_step(&mut self, step: isize) {
        let Some(current) = &self.state.presenting else {
            return;
        };
        let ids: Vec<&QuestionId> = self
            .state
            .framework
            .questions()
            .map(|(_, q)| &q.id)
            .collect();
        let Some(position) = ids.iter().position(|id| *id == current) else {
            return;
        };
        let next = position
            .saturating_add_signed(step)
            .min(ids.len().saturating_sub(1));
        if let Some(id) = ids.get(next) {
            self.state.presenting = Some((*id).clone());
        }
    }

    /// Leaves presenter mode on the page of the question shown, scrolled to it.
    pub(super) fn stop_presenting(&mut self, ctx: &egui::Context) {
        let Some(question) = self.state.presenting.take() else {
            return;
        };
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
        if let Some(index) = self
            .state
            .framework
            .domains
            .iter()
            .position(|d| d.questions.iter().any(|q| q.id == question))
        {
            self.state.page = Page::Domain(index);
            self.state.scroll_to = Some(question);
        }
    }
}
