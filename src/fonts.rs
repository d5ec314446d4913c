//! The fonts the workbook ships (`assets/fonts`, SIL Open Font License), embedded once for the
//! app and the report: plain data, below every other module.

/// The app's last fallback: the few signs Noto Sans lacks (the minus sign U+2212, ≤ ≥ ≈ ≠,
/// arrows, the pseudo-locale's brackets ⟦ ⟧), cut from Noto Sans Math (`pyftsubset
/// NotoSansMath-Regular.ttf --unicodes=U+2212,U+2248,U+2260,U+2264,U+2265,U+2190-2193,U+27E6-27EF
/// --no-hinting --layout-features=''`): 3 KB for the window to load at start-up instead of the
/// whole 340 KB face.
pub const APP_SIGNS: &[u8] = include_bytes!("../assets/fonts/NotoSansMath-app.ttf");

// The report's faces (without hinting): Noto Sans, then the fallbacks it tries in order. The
// app draws with the same Noto Sans Regular and Bold, unhinted too (see `ui::theme`), and the
// signs above as its last fallback.
/// Noto Sans Regular.
pub const REGULAR: &[u8] = include_bytes!("../assets/fonts/report/NotoSans-Regular.ttf");
/// Noto Sans Bold.
pub const BOLD: &[u8] = include_bytes!("../assets/fonts/report/NotoSans-Bold.ttf");
/// Noto Sans Italic.
pub const ITALIC: &[u8] = include_bytes!("../assets/fonts/report/NotoSans-Italic.ttf");

/// Noto Sans Symbols 2: ticks, stars, arrows, geometric shapes, and the placeholder.
pub const SYMBOLS: &[u8] = include_bytes!("../assets/fonts/report/NotoSansSymbols2-Regular.ttf");
/// Noto Sans Math: comparison and arithmetic signs, the minus sign (U+2212) of printed
/// figures among them.
pub const MATH: &[u8] = include_bytes!("../assets/fonts/report/NotoSansMath-Regular.ttf");
/// Noto Sans Arabic (partners' names and places; Urdu and Persian too).
pub const ARABIC: &[u8] = include_bytes!("../assets/fonts/report/NotoSansArabic-Regular.ttf");
/// Noto Sans Hebrew.
pub const HEBREW: &[u8] = include_bytes!("../assets/fonts/report/NotoSansHebrew-Regular.ttf");
