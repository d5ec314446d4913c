//! Every colour, font and spacing of the app lives here. Text colours are chosen to meet WCAG
//! AA contrast (4.5:1) on their backgrounds in both themes; a unit test checks them.

use egui::{Color32, FontData, FontDefinitions, FontFamily, Theme, ThemePreference, Visuals};

use crate::workbook::command::ThemeChoice;

/// The font family for headings.
pub fn bold() -> FontFamily {
    FontFamily::Name("bold".into())
}

/// The palette of one theme.
#[derive(Clone, Copy, Debug)]
pub struct Palette {
    /// Window and panel background.
    pub background: Color32,
    /// Background of question cards and text fields.
    pub card: Color32,
    /// Body text.
    pub text: Color32,
    /// Secondary text (guidance, counts).
    pub weak_text: Color32,
    /// Accent for the chart, bars and selection.
    pub accent: Color32,
    /// Fill of the chart's shape and of selections: the accent at a quarter opacity, premultiplied.
    pub accent_fill: Color32,
    /// Grid lines of the chart.
    pub grid: Color32,
    /// Warnings (flagged links, invalid dates).
    pub warning: Color32,
    /// Errors.
    pub error: Color32,
    /// Background of notices and warnings.
    pub notice: Color32,
    /// Background of error messages.
    pub error_notice: Color32,
    /// Background of text fields: set off from the cards they sit on.
    pub field: Color32,
    /// Text on an accent fill (a chosen phase).
    pub on_accent: Color32,
    /// Outline of controls such as the phase segments: at least 3:1 on cards (WCAG 1.4.11).
    pub control_border: Color32,
    /// The keyboard focus ring: at least 3:1 on every background (WCAG 2.4.11), and unlike
    /// the accent, so a focused phase is told from a chosen one.
    pub focus: Color32,
    /// Behind the menu entry under the pointer or the keyboard, as in Windows menus: clearly
    /// set off from the menu, with body text still readable on it.
    pub highlight: Color32,
}

/// The light palette.
pub const LIGHT: Palette = Palette {
    background: Color32::from_rgb(0xF7, 0xF7, 0xF5),
    card: Color32::from_rgb(0xEE, 0xF1, 0xF4),
    text: Color32::from_rgb(0x1F, 0x23, 0x28),
    weak_text: Color32::from_rgb(0x4F, 0x57, 0x60),
    accent: Color32::from_rgb(0x0B, 0x5C, 0x8A),
    accent_fill: Color32::from_rgba_premultiplied(3, 23, 35, 0x40),
    grid: Color32::from_rgb(0xC4, 0xC9, 0xCF),
    warning: Color32::from_rgb(0x8A, 0x4B, 0x00),
    error: Color32::from_rgb(0xA8, 0x1E, 0x1E),
    notice: Color32::from_rgb(0xFF, 0xF4, 0xD6),
    error_notice: Color32::from_rgb(0xFD, 0xE4, 0xE4),
    field: Color32::from_rgb(0xFF, 0xFF, 0xFF),
    on_accent: Color32::from_rgb(0xFF, 0xFF, 0xFF),
    control_border: Color32::from_rgb(0x6E, 0x76, 0x7F),
    focus: Color32::from_rgb(0xB3, 0x4A, 0x00),
    highlight: Color32::from_rgb(0xB3, 0xD4, 0xEE),
};

/// The dark palette.
pub const DARK: Palette = Palette {
    background: Color32::from_rgb(0x1C, 0x1E, 0x21),
    card: Color32::from_rgb(0x26, 0x29, 0x2D),
    text: Color32::from_rgb(0xE6, 0xE8, 0xEA),
    weak_text: Color32::from_rgb(0xAE, 0xB4, 0xBB),
    accent: Color32::from_rgb(0x6C, 0xB6, 0xE8),
    accent_fill: Color32::from_rgba_premultiplied(34, 57, 73, 0x50),
    grid: Color32::from_rgb(0x4A, 0x50, 0x57),
    warning: Color32::from_rgb(0xF2, 0xB8, 0x5A),
    error: Color32::from_rgb(0xFF, 0x8A, 0x80),
    notice: Color32::from_rgb(0x3A, 0x33, 0x1E),
    error_notice: Color32::from_rgb(0x45, 0x22, 0x22),
    field: Color32::from_rgb(0x17, 0x19, 0x1C),
    on_accent: Color32::from_rgb(0x10, 0x14, 0x1A),
    control_border: Color32::from_rgb(0x86, 0x8E, 0x97),
    focus: Color32::from_rgb(0xFF, 0xB8, 0x4D),
    highlight: Color32::from_rgb(0x1C, 0x45, 0x66),
};

/// The palette of the theme in use.
pub fn palette(ui: &egui::Ui) -> Palette {
    if ui.visuals().dark_mode { DARK } else { LIGHT }
}

/// Installs the fonts shipped in `assets/fonts` and both themes' visuals.
pub fn install(ctx: &egui::Context, choice: ThemeChoice) {
    ctx.set_fonts(fonts());
    ctx.set_visuals_of(Theme::Light, visuals(Theme::Light));
    ctx.set_visuals_of(Theme::Dark, visuals(Theme::Dark));
    ctx.style_mut_of(Theme::Light, style_tweaks);
    ctx.style_mut_of(Theme::Dark, style_tweaks);
    set_preference(ctx, choice);
}

/// Follows the system, or forces light or dark.
pub fn set_preference(ctx: &egui::Context, choice: ThemeChoice) {
    ctx.set_theme(match choice {
        ThemeChoice::System => ThemePreference::System,
        ThemeChoice::Light => ThemePreference::Light,
        ThemeChoice::Dark => ThemePreference::Dark,
    });
}

/// Glyphs drawn from their outlines as they are. egui hints a glyph by running its TrueType
/// program, which took 8 to 10 ms of the first frame's 14 to 20 (the summary page meets a few
/// hundred glyphs at several sizes) and was most of what the window's start-up spent beyond a
/// bare eframe window's; side by side at 1:1 the text differs only in the anti-aliasing of a
/// few stems, and the layout, which uses the advances, not at all. The report's faces carry no
/// hinting programs, so the app draws with the same files as the report.
///
/// Each glyph is also drawn once per size, at a whole pixel, rather than at up to four
/// quarter-pixel offsets (egui's sub-pixel binning), each drawn separately: drawing glyphs was
/// 16.5 of the first frame's 31 million instructions with the demo open (valgrind), and is 6.4
/// now. A glyph moves by at most half a pixel, as in egui before it binned; side by side at 1:1
/// the summary's text is hard to tell apart, and its layout does not change.
fn unhinted() -> egui::FontTweak {
    egui::FontTweak {
        hinting: Some(false),
        subpixel_binning: Some(false),
        ..egui::FontTweak::default()
    }
}

fn fonts() -> FontDefinitions {
    // Noto Sans (Welsh letters, curly quotes, dashes, bullets), then Noto Sans Math for what it
    // lacks: the true minus sign of changes (−0.7) and the pseudo-locale's brackets ⟦ ⟧, cut to
    // those few signs so start-up does not load the whole face. The app draws no emoji or
    // icon glyphs, and not loading egui's four bundled fonts shortens start-up.
    let mut fonts = FontDefinitions::empty();
    for (name, data) in [
        ("noto-sans-math", crate::fonts::APP_SIGNS),
        ("noto-sans", crate::fonts::REGULAR),
        ("noto-sans-bold", crate::fonts::BOLD),
    ] {
        fonts.font_data.insert(
            name.to_owned(),
            FontData::from_static(data).tweak(unhinted()).into(),
        );
    }
    let regular = vec!["noto-sans".to_owned(), "noto-sans-math".to_owned()];
    fonts
        .families
        .insert(FontFamily::Proportional, regular.clone());
    fonts.families.insert(FontFamily::Monospace, regular);
    fonts.families.insert(
        self::bold(),
        vec![
            "noto-sans-bold".to_owned(),
            "noto-sans".to_owned(),
            "noto-sans-math".to_owned(),
        ],
    );
    fonts
}

fn visuals(theme: Theme) -> Visuals {
    let (mut visuals, palette) = match theme {
        Theme::Light => (Visuals::light(), LIGHT),
        Theme::Dark => (Visuals::dark(), DARK),
    };
    visuals.override_text_color = Some(palette.text);
    visuals.weak_text_color = Some(palette.weak_text);
    visuals.panel_fill = palette.background;
    visuals.window_fill = palette.card;
    visuals.extreme_bg_color = palette.field;
    visuals.text_edit_bg_color = Some(palette.field);
    // A caret that does not blink: easier to find, and no repaints while nothing changes.
    visuals.text_cursor.blink = false;
    visuals.hyperlink_color = palette.accent;
    visuals.warn_fg_color = palette.warning;
    visuals.error_fg_color = palette.error;
    visuals.selection.bg_fill = palette.accent_fill;
    visuals.selection.stroke.color = palette.accent;
    // A focused text field is outlined in the accent: 2 px so it is seen on a projector.
    visuals.selection.stroke.width = 2.0;
    // Focused buttons and links take the "active" look: a 2 px ring in the focus colour.
    visuals.widgets.active.bg_stroke = egui::Stroke::new(2.0, palette.focus);
    visuals
}

/// The menu bar's and the menus' look: egui's flat menu style, with the entry under the pointer
/// or the keyboard on a clear highlight, and the keyboard's entry ringed as well (F10, arrows).
pub fn menu_style(style: &mut egui::Style) {
    egui::containers::menu::menu_style(style);
    let palette = if style.visuals.dark_mode { DARK } else { LIGHT };
    let widgets = &mut style.visuals.widgets;
    for visuals in [&mut widgets.hovered, &mut widgets.active, &mut widgets.open] {
        visuals.weak_bg_fill = palette.highlight;
        visuals.bg_fill = palette.highlight;
        visuals.fg_stroke.color = palette.text;
    }
    // Focused entries take the "active" look.
    widgets.active.bg_stroke = egui::Stroke::new(2.0, palette.focus);
}

fn style_tweaks(style: &mut egui::Style) {
    style.spacing.item_spacing = egui::vec2(8.0, 6.0);
    style.spacing.button_padding = egui::vec2(8.0, 4.0);
    style.spacing.interact_size.y = 24.0;
    for (text_style, size) in [
        (egui::TextStyle::Body, 15.0),
        (egui::TextStyle::Button, 15.0),
        (egui::TextStyle::Small, 12.5),
        (egui::TextStyle::Heading, 22.0),
    ] {
        if let Some(font) = style.text_styles.get_mut(&text_style) {
            font.size = size;
        }
    }
}

/// WCAG relative luminance of an sRGB colour.
pub fn luminance(color: Color32) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(color.r()) + 0.7152 * channel(color.g()) + 0.0722 * channel(color.b())
}

/// WCAG contrast ratio between two colours (1–21).
pub fn contrast(a: Color32, b: Color32) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (light, dark) = if la > lb { (la, lb) } else { (lb, la) };
    (light + 0.05) / (dark + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_family_draws_the_minus_sign_and_the_pseudo_locales_marks() {
        let ctx = egui::Context::default();
        ctx.set_fonts(fonts());
        // A frame lays the fonts out.
        let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
        output.textures_delta.clear();
        // U+2212 minus, the pseudo-locale's brackets and its padding (U+02BC), curly quotes,
        // the ellipsis and the guillemets of "Next ›".
        let needed = "\u{2212}⟦⟧\u{2bc}‘’…‹›–·•";
        for family in [FontFamily::Proportional, FontFamily::Monospace, bold()] {
            let font = egui::FontId::new(14.0, family.clone());
            for c in needed.chars() {
                assert!(
                    ctx.fonts_mut(|f| f.has_glyph(&font, c)),
                    "{family:?} lacks U+{:04X}",
                    u32::from(c)
                );
            }
        }
    }

    /// Start-up: no face asks egui to run hinting programs or to draw each glyph at several
    /// offsets, and the app's Noto Sans is the report's (one copy of each face in the program).
    #[test]
    fn the_apps_faces_are_the_reports_and_drawn_unhinted() {
        let fonts = fonts();
        assert_eq!(fonts.font_data.len(), 3);
        for (name, data) in &fonts.font_data {
            assert_eq!(data.tweak.hinting, Some(false), "{name} is hinted");
            assert_eq!(
                data.tweak.subpixel_binning,
                Some(false),
                "{name} is drawn at several offsets"
            );
        }
        let bytes = |name: &str| {
            fonts
                .font_data
                .get(name)
                .map(|data| (*data.font).as_ref().to_vec())
        };
        assert_eq!(bytes("noto-sans"), Some(crate::fonts::REGULAR.to_vec()));
        assert_eq!(bytes("noto-sans-bold"), Some(crate::fonts::BOLD.to_vec()));
    }

    #[test]
    fn text_meets_wcag_aa_in_both_themes() {
        for (name, p) in [("light", LIGHT), ("dark", DARK)] {
            for (what, fg) in [
                ("text", p.text),
                ("weak text", p.weak_text),
                ("accent", p.accent),
                ("warning", p.warning),
                ("error", p.error),
            ] {
                for (bg_name, bg) in [
                    ("background", p.background),
                    ("card", p.card),
                    ("field", p.field),
                ] {
                    let ratio = contrast(fg, bg);
                    assert!(ratio >= 4.5, "{name}: {what} on {bg_name} is {ratio:.2}:1");
                }
            }
            assert!(contrast(p.text, p.notice) >= 4.5, "{name}: text on notice");
            assert!(
                contrast(p.text, p.error_notice) >= 4.5,
                "{name}: text on error notice"
            );
            for (what, fg) in [("text", p.text), ("weak text", p.weak_text)] {
                let ratio = contrast(fg, p.highlight);
                assert!(
                    ratio >= 4.5,
                    "{name}: {what} on the menu highlight is {ratio:.2}:1"
                );
            }
        }
    }

    #[test]
    fn controls_and_focus_meet_wcag_non_text_contrast_in_both_themes() {
        for (name, p) in [("light", LIGHT), ("dark", DARK)] {
            // 1.4.11: control outlines and the chosen phase's fill, 3:1 on what they sit on.
            for (what, fg) in [
                ("control border", p.control_border),
                ("accent fill", p.accent),
                ("focus ring", p.focus),
            ] {
                for (bg_name, bg) in [
                    ("background", p.background),
                    ("card", p.card),
                    ("field", p.field),
                ] {
                    let ratio = contrast(fg, bg);
                    assert!(ratio >= 3.0, "{name}: {what} on {bg_name} is {ratio:.2}:1");
                }
            }
            // A menu entry's highlight stands out from the menu (a card) more than Windows' light
            // blue does on white, and a focused entry's ring from the highlight; the shortcut
            // (weak text) stays readable on it.
            let ratio = contrast(p.highlight, p.card);
            assert!(
                ratio >= 1.3,
                "{name}: menu highlight on the menu is {ratio:.2}:1"
            );
            let ratio = contrast(p.focus, p.highlight);
            assert!(
                ratio >= 3.0,
                "{name}: focus ring on the highlight is {ratio:.2}:1"
            );
            // The ring is drawn outside the control, on the card, so a chosen (accent-filled)
            // phase with focus still shows it; its hue (amber) differs from the accent (blue).
            let ratio = contrast(p.on_accent, p.accent);
            assert!(ratio >= 4.5, "{name}: text on the accent is {ratio:.2}:1");
        }
    }

    #[test]
    fn contrast_matches_known_values() {
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 0.01);
    }
}
