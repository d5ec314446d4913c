//! Integration tests, built as one binary (as ripgrep does) so they link once.
#![expect(clippy::unwrap_used, reason = "a test fails by panicking")]

mod architecture;
mod catalogue;
mod cli;
mod compare;
mod format;
mod framework;
mod golden;
mod group;
mod merge;
mod migrate;
mod one_voice;
mod packaging;
mod presence;
mod properties;
mod report;
mod report_cost;
mod report_pdf;
mod shared_file;
mod shared_writes;
#[cfg(feature = "snapshots")]
mod snapshots;
mod storage;
mod ui;
mod ui_forms;
mod ui_group;
mod ui_keys;
mod ui_layout;
mod ui_presenter;
mod ui_pseudo;
mod ui_room;
mod ui_room2;
mod ui_shell;
mod util;
