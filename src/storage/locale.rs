//! The system's language: what the person's computer is set to speak.

use crate::i18n::Lang;

/// The language the system asks for, when the workbook speaks it (Welsh for `cy_GB.UTF-8`);
/// `None` for any other (the caller keeps British English).
pub fn system_language() -> Option<Lang> {
    sys_locale::get_locale().as_deref().and_then(Lang::from_tag)
}
