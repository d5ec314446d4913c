//! Civic Impact Workbook: a self-assessment workbook for the Civic University Network's
//! Civic Impact Framework, with transparent scoring and a headless command line.
//!
//! Architecture and dependency rule (checked by `tests/architecture.rs`):
//! - [`i18n`] is the catalogue of every word a person reads, below everything, and pure.
//! - [`model`] is pure data and rules: the framework, assessments, edits and validation.
//! - [`scoring`] is pure and depends only on `model`: one function computes every number.
//! - [`storage`] depends on `model` and is the only module that touches the file system.
//! - [`export`] renders and writes exports (report and storage together), for the app and the
//!   command line alike.
//! - [`cli`] is a thin layer of headless subcommands over `model`, `scoring` and `storage`.
//! - [`workbook`] holds the desktop workbook's commands, state and undo history, below both
//!   [`app`], which owns the state and applies commands (the only side effects), and [`ui`],
//!   which draws it from `&AppState` and pushes commands, never changing data itself. `ui`
//!   never imports `app`.
//!
//! `model` and `scoring` never read the clock, the file system or any UI crate: callers pass
//! timestamps in, so every result is reproducible.

pub mod app;
pub mod cli;
pub mod export;
pub mod fonts;
pub mod i18n;
pub mod model;
pub mod report;
pub mod scoring;
pub mod storage;
pub mod ui;
pub mod workbook;
