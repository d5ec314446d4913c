//! Drawing primitives for the PDF writer: the page canvas that keeps marked-content sections
//! balanced, the fonts, a pen that only draws characters the font has, and the report's inks.

use std::cell::Cell;

use krilla::Data;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::num::NormalizedF32;
use krilla::paint::{Fill, LineCap, LineJoin, Stroke, StrokeDash};
use krilla::surface::Surface;
use krilla::tagging::{Artifact, ArtifactType, ContentTag, Identifier};
use krilla::text::{Font, GlyphId, KrillaGlyph};

use crate::report::Error;
use crate::report::doc::Weight;
use crate::report::fonts::{self, Metrics};
use crate::report::layout::Ink;

/// A page's surface with at most one artifact section open, so that consecutive artifacts of
/// one kind share a section. Tagged sections cannot nest: `tagged` closes the artifact first, and
/// dropping the canvas closes any section still open (krilla panics otherwise).
pub(super) struct Canvas<'p> {
    surface: Surface<'p>,
    /// The kind of the artifact section open, if any.
    artifact: Option<ArtifactType>,
}

impl<'p> Canvas<'p> {
    /// A canvas on `surface`, with no section open.
    pub(super) fn new(surface: Surface<'p>) -> Self {
        Self {
            surface,
            artifact: None,
        }
    }

    /// The surface, inside an artifact section of `kind`.
    pub(super) fn artifact(&mut self, kind: ArtifactType) -> &mut Surface<'p> {
        if self.artifact != Some(kind) {
            self.close();
            self.surface
                .start_tagged(ContentTag::Artifact(Artifact::with_kind(kind)));
            self.artifact = Some(kind);
        }
        &mut self.surface
    }

    /// Draws real content in its own marked section and returns its identifier.
    pub(super) fn tagged(
        &mut self,
        tag: ContentTag<'_>,
        draw: impl FnOnce(&mut Surface<'p>),
    ) -> Identifier {
        self.close();
        let id = self.surface.start_tagged(tag);
        draw(&mut self.surface);
        self.surface.end_tagged();
        id
    }

    /// Ends the artifact section, if one is open.
    fn close(&mut self) {
        if self.artifact.take().is_some() {
            self.surface.end_tagged();
        }
    }
}

impl Drop for Canvas<'_> {
    fn drop(&mut self) {
        self.close();
    }
}

/// The three faces of the report's font, for krilla and, parsed once, for shaping.
pub(super) struct Fonts {
    regular: Font,
    bold: Font,
    italic: Font,
    /// Shaping faces. krilla's `draw_text` parses the font afresh for every line drawn, which
    /// was most of an export's time; shaping here with faces parsed once is the same shaping
    /// (rustybuzz, the same version krilla uses) without that cost.
    shapers: [rustybuzz::Face<'static>; 3],
    /// Shape plans for left-to-right Latin text, the report's usual case, built once per face
    /// (building one per line was a tenth of an export).
    latin_plans: [rustybuzz::ShapePlan; 3],
}

impl Fonts {
    /// The faces compiled into the program.
    pub(super) fn load() -> Result<Self, Error> {
        let font = |data: &'static [u8]| Font::new(Data::from(data), 0).ok_or(Error::Fonts);
        let shaper = |data: &'static [u8]| rustybuzz::Face::from_slice(data, 0).ok_or(Error::Fonts);
        let shapers = [
            shaper(fonts::REGULAR)?,
            shaper(fonts::BOLD)?,
            shaper(fonts::ITALIC)?,
        ];
        let plan = |face: &rustybuzz::Face<'static>| {
            rustybuzz::ShapePlan::new(
                face,
                rustybuzz::Direction::LeftToRight,
                Some(rustybuzz::script::LATIN),
                None,
                &[],
            )
        };
        let latin_plans = [plan(&shapers[0]), plan(&shapers[1]), plan(&shapers[2])];
        Ok(Self {
            regular: font(fonts::REGULAR)?,
            bold: font(fonts::BOLD)?,
            italic: font(fonts::ITALIC)?,
            shapers,
            latin_plans,
        })
    }

    /// One glyph per character with the font's own advances, for text that needs no shaper
    /// (Latin letters, digits, punctuation): the same widths the layout measured with, at a
    /// fraction of a shaper's cost. Fills `glyphs` and says `false` when some character needs
    /// real shaping.
    fn simple(
        metrics: &Metrics,
        weight: Weight,
        text: &str,
        glyphs: &mut Vec<KrillaGlyph>,
    ) -> bool {
        glyphs.clear();
        glyphs.reserve(text.len());
        metrics.simple_glyphs(weight, text, |id, advance, range| {
            glyphs.push(KrillaGlyph::new(
                GlyphId::new(u32::from(id)),
                advance,
                0.0,
                0.0,
                0.0,
                range,
                None,
            ));
        })
    }

    /// Shapes one line of left-to-right text into krilla glyphs (advances in em).
    fn shape(&self, weight: Weight, text: &str) -> Vec<KrillaGlyph> {
        let index = match weight {
            Weight::Regular => 0,
            Weight::Bold => 1,
            Weight::Italic => 2,
        };
        let (face, plan) = (&self.shapers[index], &self.latin_plans[index]);
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.set_direction(rustybuzz::Direction::LeftToRight);
        buffer.guess_segment_properties();
        let is_latin = buffer.script() == rustybuzz::script::LATIN;
        let output = if is_latin && buffer.direction() == rustybuzz::Direction::LeftToRight {
            rustybuzz::shape_with_plan(face, plan, buffer)
        } else {
            rustybuzz::shape(face, &[], buffer)
        };
        let units = u16::try_from(face.units_per_em())
            .map_or(1000.0, f32::from)
            .max(1.0);
        let infos = output.glyph_infos();
        infos
            .iter()
            .zip(output.glyph_positions())
            .enumerate()
            .map(|(i, (info, pos))| {
                let start = info.cluster as usize;
                // A cluster ends where the next glyph's different cluster begins.
                let end = infos[i + 1..]
                    .iter()
                    .find(|next| next.cluster != info.cluster)
                    .map_or(text.len(), |next| next.cluster as usize);
                #[expect(clippy::cast_precision_loss, reason = "font units are small integers")]
                KrillaGlyph::new(
                    GlyphId::new(info.glyph_id),
                    pos.x_advance as f32 / units,
                    pos.x_offset as f32 / units,
                    pos.y_offset as f32 / units,
                    pos.y_advance as f32 / units,
                    start..end,
                    None,
                )
            })
            .collect()
    }

    /// The face of `weight` (a cheap handle).
    fn get(&self, weight: Weight) -> Font {
        match weight {
            Weight::Regular => self.regular.clone(),
            Weight::Bold => self.bold.clone(),
            Weight::Italic => self.italic.clone(),
        }
    }
}

/// Draws text safely: fonts plus the metrics that know which characters they have.
pub(super) struct Pen<'a> {
    /// The faces.
    fonts: Fonts,
    /// What the faces can show, and how wide.
    pub(super) metrics: &'a Metrics,
    /// The glyphs of the line being drawn, kept between lines so that drawing a plain line
    /// allocates nothing.
    glyphs: Cell<Vec<KrillaGlyph>>,
}

impl<'a> Pen<'a> {
    /// A pen drawing with `fonts`, which `metrics` measure.
    pub(super) fn new(fonts: Fonts, metrics: &'a Metrics) -> Self {
        Self {
            fonts,
            metrics,
            glyphs: Cell::new(Vec::new()),
        }
    }

    /// `text` as the font can show it: control characters become spaces, invisible format
    /// characters the font lacks are dropped, and any other character it lacks becomes `?`.
    /// krilla never falls back to another font, and PDF/UA forbids the missing glyph, so this is
    /// what keeps user text from making `finish()` fail.
    pub(super) fn printable(&self, weight: Weight, text: &str) -> String {
        text.chars()
            .filter_map(|c| {
                if c.is_control() {
                    Some(' ')
                } else if matches!(c, '\u{FEFF}' | '\u{FFFE}' | '\u{FFFF}') {
                    // These may never be mapped to a glyph, whatever the font has.
                    None
                } else if self.metrics.has_glyph(weight, c) {
                    Some(c)
                } else if is_invisible(c) {
                    None
                } else if c.is_whitespace() {
                    Some(' ')
                } else {
                    Some('?')
                }
            })
            .collect()
    }

    /// One line of text with its baseline starting at `at`.
    pub(super) fn text(
        &self,
        surface: &mut Surface<'_>,
        at: (f32, f32),
        size: f32,
        weight: Weight,
        ink: Ink,
        text: &str,
    ) {
        // Most lines are plain Latin that the font has, drawn as they are; anything else is
        // first made printable, then shaped.
        let mut glyphs = self.glyphs.take();
        let text = if Fonts::simple(self.metrics, weight, text, &mut glyphs) {
            std::borrow::Cow::Borrowed(text)
        } else {
            let text = self.printable(weight, text);
            if !Fonts::simple(self.metrics, weight, &text, &mut glyphs) {
                glyphs = self.fonts.shape(weight, &text);
            }
            std::borrow::Cow::Owned(text)
        };
        surface.set_stroke(None);
        surface.set_fill(Some(fill(ink, NormalizedF32::ONE)));
        surface.draw_glyphs(
            Point::from_xy(at.0, at.1),
            &glyphs,
            self.fonts.get(weight),
            &text,
            size,
            false,
        );
        self.glyphs.set(glyphs);
    }
}

/// Default-ignorable format characters (joiners, direction marks, variation selectors): drawn
/// as nothing, so dropping them loses nothing visible.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{E0000}'..='\u{E0FFF}'
    )
}

/// The colour of an ink.
pub(super) fn color(ink: Ink) -> rgb::Color {
    match ink {
        Ink::Text => rgb::Color::new(31, 35, 40),
        Ink::Muted => rgb::Color::new(88, 94, 102),
        Ink::Accent => rgb::Color::new(11, 92, 138),
        Ink::Rule => rgb::Color::new(190, 196, 203),
        Ink::Shade => rgb::Color::new(232, 236, 241),
    }
}

/// A fill in `ink`.
pub(super) fn fill(ink: Ink, opacity: NormalizedF32) -> Fill {
    Fill {
        paint: color(ink).into(),
        opacity,
        ..Fill::default()
    }
}

/// A stroke in `ink`, `width` points wide, dashed if `dash` is given.
pub(super) fn stroke(ink: Ink, width: f32, dash: Option<StrokeDash>) -> Stroke {
    Stroke {
        paint: color(ink).into(),
        width,
        dash,
        ..Stroke::default()
    }
}

/// A round-capped, round-joined stroke, for the chart.
pub(super) fn round_stroke(ink: Ink, width: f32) -> Stroke {
    Stroke {
        line_cap: LineCap::Round,
        line_join: LineJoin::Round,
        ..stroke(ink, width, None)
    }
}

/// A straight line.
pub(super) fn line(surface: &mut Surface<'_>, from: (f32, f32), to: (f32, f32), stroke: Stroke) {
    let mut path = PathBuilder::new();
    path.move_to(from.0, from.1);
    path.line_to(to.0, to.1);
    let Some(path) = path.finish() else {
        return;
    };
    surface.set_fill(None);
    surface.set_stroke(Some(stroke));
    surface.draw_path(&path);
    surface.set_stroke(None);
}

/// A filled rectangle: left, top, width, height.
pub(super) fn fill_rect(surface: &mut Surface<'_>, (x, y, w, h): (f32, f32, f32, f32), ink: Ink) {
    let Some(rect) = Rect::from_xywh(x, y, w, h) else {
        return;
    };
    let mut path = PathBuilder::new();
    path.push_rect(rect);
    let Some(path) = path.finish() else {
        return;
    };
    surface.set_stroke(None);
    surface.set_fill(Some(fill(ink, NormalizedF32::ONE)));
    surface.draw_path(&path);
}
