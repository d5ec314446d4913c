//! A bare eframe "hello world" window, built with the workbook's own eframe features and
//! profile: the reference for idle CPU and start-up under Wine (`.ci/wine`), where even this
//! window idles well above 0 %. Built only with `--features bare-window`; never shipped.

#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

pub fn main() -> eframe::Result {
    eframe::run_native(
        "Bare eframe window",
        eframe::NativeOptions {
            viewport: egui::ViewportBuilder::default().with_inner_size([1180.0, 800.0]),
            ..eframe::NativeOptions::default()
        },
        Box::new(|_| Ok(Box::new(Bare))),
    )
}

/// The window's whole state: none.
struct Bare;

impl eframe::App for Bare {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading("Hello world");
        });
    }
}
