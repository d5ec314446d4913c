//! The desktop workbook's vocabulary, below both `app` (which changes it) and `ui` (which
//! draws it): the commands a person can give, the state the views read, undo history, and the
//! core (`update`) that turns commands into new state and effects for the shell to carry out.
//! The two layers above meet here and never import each other's insides.

pub mod command;
pub mod effect;
pub mod history;
pub mod notice;
pub mod presence;
pub mod state;
pub mod update;
pub mod words;
pub mod zoom;

/// A fresh id for a piece of evidence or an action added in the app, so items added by different
/// assessors to copies of one file never share an id. The bits come from the standard library's
/// random hash keys (drawn from the operating system once per thread, then a new key for every
/// call): not for secrets, but ids only need to differ. No clock is read.
pub fn new_item_id(kind: crate::model::ItemKind) -> crate::model::ItemId {
    use std::hash::BuildHasher;
    let bits = std::collections::hash_map::RandomState::new().hash_one(0u8);
    crate::model::ItemId::from_random(kind, bits)
}

/// The application's name as a fixed id: the data folder, file marks, and anything read by
/// programs rather than people. People read [`app_name`].
pub const APP_NAME: &str = "Civic Impact Workbook";

/// The application's name as people read it, in the title bar and About.
pub fn app_name() -> String {
    crate::tr!("wb-app-name")
}
