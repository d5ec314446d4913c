//! The desktop workbook's vocabulary, below both `app` (which changes it) and `ui` (which
//! draws it): the commands a person can give, the state the views read, undo history, and the
//! core (`update`) that turns commands into new state and effects for the shell to carry out.
//! The two layers above meet here and never import each other's insides.

pub mod command;
pub mod effect;
pub mod history;
pub mod state;
pub mod update;

/// The application's name, in the title bar, the data folder and About.
pub const APP_NAME: &str = "Civic Impact Workbook";
