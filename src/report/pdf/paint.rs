//! Drawing primitives for the PDF writer: the page canvas that keeps marked-content sections
//! balanced, the fonts, a pen that draws every character with the first face that has it (or
//! a placeholder, keeping the character in the text layer), and the report's inks.

use std::cell::{Cell, OnceCell};
use std::ops::Range;

use krilla::Data;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::num::NormalizedF32;
use krilla::paint::{Fill, LineCap, LineJoin, Stroke, StrokeDash};
use krilla::surface::Surface;
use krilla::tagging::{Artifact, ArtifactType, ContentTag, Identifier, SpanTag};
use krilla::text::{Font, GlyphId, KrillaGlyph};

use super::tags::ItemKey;
use crate::report::Error;
use crate::report::doc::Weight;
use crate::report::fonts::{self, Drawn, FaceId, Metrics};
use crate::report::layout::Ink;

/// A page's surface with at most one section open, so that consecutive artifacts of one kind
/// share a section, and a paragraph's lines theirs. Sections cannot nest: each closes the one
/// open first, and dropping the canvas closes any section still open (krilla panics
/// otherwise).
pub(super) struct Canvas<'p> {
    surface: Surface<'p>,
    /// The section open, if any.
    open: Option<Open>,
}

/// A section left open for what may follow.
#[derive(Clone, Copy, PartialEq)]
enum Open {
    /// An artifact section of this kind.
    Artifact(ArtifactType),
    /// The marked section of a span of text, whose last line is the item at this key.
    Text(ItemKey),
}

impl<'p> Canvas<'p> {
    /// A canvas on `surface`, with no section open.
    pub(super) fn new(surface: Surface<'p>) -> Self {
        Self {
            surface,
            open: None,
        }
    }

    /// The surface, inside an artifact section of `kind`.
    pub(super) fn artifact(&mut self, kind: ArtifactType) -> &mut Surface<'p> {
        if self.open != Some(Open::Artifact(kind)) {
            self.close();
            self.surface
                .start_tagged(ContentTag::Artifact(Artifact::with_kind(kind)));
            self.open = Some(Open::Artifact(kind));
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

    /// Draws the line of text at `key` in a marked span: the span of the line just before it
    /// when `continues` (see [`Reachable`](super::tags::Reachable)) and that span is still
    /// open, returning `None`; otherwise a span of its own, left open for the lines that
    /// continue it, returning its identifier.
    pub(super) fn text(
        &mut self,
        key: ItemKey,
        continues: bool,
        draw: impl FnOnce(&mut Surface<'p>),
    ) -> Option<Identifier> {
        let before = key.1.checked_sub(1).map(|item| Open::Text((key.0, item)));
        let id = if continues && before.is_some() && self.open == before {
            None
        } else {
            self.close();
            Some(
                self.surface
                    .start_tagged(ContentTag::Span(SpanTag::empty())),
            )
        };
        self.open = Some(Open::Text(key));
        draw(&mut self.surface);
        id
    }

    /// Ends the section open, if any.
    fn close(&mut self) {
        if self.open.take().is_some() {
            self.surface.end_tagged();
        }
    }
}

impl Drop for Canvas<'_> {
    fn drop(&mut self) {
        self.close();
    }
}

/// The report's faces ([`fonts::FACES`]) for krilla and, parsed once, for shaping. The three
/// weights of Noto Sans are read at once; a fallback face only when a character needs it.
pub(super) struct Fonts {
    /// krilla's handles, by [`FaceId`] (`None` inside: damaged).
    handles: Vec<OnceCell<Option<Font>>>,
    /// Shaping faces, by [`FaceId`]. krilla's `draw_text` parses the font afresh for every
    /// line drawn, which was most of an export's time; shaping here with faces parsed once is
    /// the same shaping (rustybuzz, the same version krilla uses) without that cost.
    shapers: Vec<OnceCell<Option<rustybuzz::Face<'static>>>>,
    /// Shape plans for left-to-right Latin text, the report's usual case, built once for each
    /// weight (building one per line was a tenth of an export).
    latin_plans: Vec<rustybuzz::ShapePlan>,
}

/// A piece of a line drawn by one face in one direction: a byte range of the line's text.
struct Segment {
    drawn: Drawn,
    range: Range<usize>,
    rtl: bool,
}

impl Fonts {
    /// The faces compiled into the program: the weights of Noto Sans now, the fallbacks when
    /// first drawn with.
    pub(super) fn load() -> Result<Self, Error> {
        let handles: Vec<OnceCell<Option<Font>>> =
            fonts::FACES.iter().map(|_| OnceCell::new()).collect();
        let shapers: Vec<OnceCell<Option<rustybuzz::Face<'static>>>> =
            fonts::FACES.iter().map(|_| OnceCell::new()).collect();
        let fonts = Self {
            handles,
            shapers,
            latin_plans: Vec::new(),
        };
        let latin_plans = [Weight::Regular, Weight::Bold, Weight::Italic]
            .into_iter()
            .map(|weight| {
                let id = FaceId::of(weight);
                fonts.get(id).ok_or(Error::Fonts)?;
                let face = fonts.shaper(id).ok_or(Error::Fonts)?;
                Ok(rustybuzz::ShapePlan::new(
                    face,
                    rustybuzz::Direction::LeftToRight,
                    Some(rustybuzz::script::LATIN),
                    None,
                    &[],
                ))
            })
            .collect::<Result<Vec<_>, Error>>()?;
        Ok(Self {
            latin_plans,
            ..fonts
        })
    }

    /// The shaping face of `face`, parsed the first time it is asked for.
    fn shaper(&self, face: FaceId) -> Option<&rustybuzz::Face<'static>> {
        self.shapers
            .get(face.0)?
            .get_or_init(|| {
                fonts::FACES
                    .get(face.0)
                    .and_then(|&data| rustybuzz::Face::from_slice(data, 0))
            })
            .as_ref()
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

    /// Shapes `text`, all of it drawn by `face` in one direction, into krilla glyphs (advances
    /// in em), in the order they are drawn.
    fn shape(&self, face: FaceId, text: &str, rtl: bool) -> Vec<KrillaGlyph> {
        let Some(shaper) = self.shaper(face) else {
            return Vec::new();
        };
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        buffer.set_direction(if rtl {
            rustybuzz::Direction::RightToLeft
        } else {
            rustybuzz::Direction::LeftToRight
        });
        let plan = self
            .latin_plans
            .get(face.0)
            .filter(|_| !rtl && buffer.script() == rustybuzz::script::LATIN);
        let output = match plan {
            Some(plan) => rustybuzz::shape_with_plan(shaper, plan, buffer),
            None => rustybuzz::shape(shaper, &[], buffer),
        };
        let units = u16::try_from(shaper.units_per_em())
            .map_or(1000.0, f32::from)
            .max(1.0);
        let clusters: Vec<usize> = output
            .glyph_infos()
            .iter()
            .map(|info| info.cluster as usize)
            .collect();
        output
            .glyph_infos()
            .iter()
            .zip(output.glyph_positions())
            .zip(glyph_ranges(text, &clusters, rtl))
            .map(|((info, pos), range)| {
                #[expect(clippy::cast_precision_loss, reason = "font units are small integers")]
                KrillaGlyph::new(
                    GlyphId::new(info.glyph_id),
                    pos.x_advance as f32 / units,
                    pos.x_offset as f32 / units,
                    pos.y_offset as f32 / units,
                    pos.y_advance as f32 / units,
                    range,
                    None,
                )
            })
            .collect()
    }

    /// The placeholder's glyph for each character of `text`, each keeping its character.
    fn placeholders(&self, metrics: &Metrics, text: &str) -> Vec<KrillaGlyph> {
        let glyph = self
            .shaper(fonts::PLACEHOLDER_FACE)
            .and_then(|face| face.glyph_index(fonts::PLACEHOLDER))
            .map_or(0, |g| g.0);
        let advance = metrics.placeholder_advance();
        text.char_indices()
            .map(|(start, c)| {
                KrillaGlyph::new(
                    GlyphId::new(u32::from(glyph)),
                    advance,
                    0.0,
                    0.0,
                    0.0,
                    start..start + c.len_utf8(),
                    None,
                )
            })
            .collect()
    }

    /// The krilla handle of `face` (cheap to clone), made the first time it is asked for.
    fn get(&self, face: FaceId) -> Option<Font> {
        self.handles
            .get(face.0)?
            .get_or_init(|| {
                fonts::FACES
                    .get(face.0)
                    .and_then(|&data| Font::new(Data::from(data), 0))
            })
            .clone()
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

    /// `text` as it is drawn: control characters become spaces and invisible format characters
    /// (direction marks, joiners, soft hyphens) go. Every other character stays: one no face
    /// has is drawn as the placeholder and kept in the text layer.
    pub(super) fn printable(&self, weight: Weight, text: &str) -> String {
        text.chars()
            .filter_map(|c| match self.metrics.drawn(weight, c).0 {
                Drawn::Invisible => None,
                _ if c.is_control() || c.is_whitespace() => Some(' '),
                _ => Some(c),
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
        surface.set_stroke(None);
        surface.set_fill(Some(fill(ink, NormalizedF32::ONE)));
        // Most lines are plain Latin that the font has, drawn as they are; anything else is
        // first made printable, then cut where the face or the direction changes, and shaped.
        let mut glyphs = self.glyphs.take();
        if Fonts::simple(self.metrics, weight, text, &mut glyphs) {
            if let Some(font) = self.fonts.get(FaceId::of(weight)) {
                surface.draw_glyphs(Point::from_xy(at.0, at.1), &glyphs, font, text, size, false);
            }
            self.glyphs.set(glyphs);
            return;
        }
        self.glyphs.set(glyphs);
        let text = self.printable(weight, text);
        let mut x = at.0;
        for segment in self.segments(weight, &text) {
            let Some(part) = text.get(segment.range.clone()) else {
                continue;
            };
            let (face, glyphs) = match segment.drawn {
                Drawn::Face(face) => (face, self.fonts.shape(face, part, segment.rtl)),
                Drawn::Placeholder => (
                    fonts::PLACEHOLDER_FACE,
                    self.fonts.placeholders(self.metrics, part),
                ),
                Drawn::Invisible => continue,
            };
            let Some(font) = self.fonts.get(face) else {
                continue;
            };
            surface.draw_glyphs(Point::from_xy(x, at.1), &glyphs, font, part, size, false);
            x += glyphs.iter().map(|g| g.x_advance).sum::<f32>() * size;
        }
    }

    /// `text` (printable) cut into pieces of one face and one direction, in the order they are
    /// drawn from the left: right-to-left runs (Arabic, Hebrew) are ordered by the Unicode
    /// bidirectional algorithm within the report's left-to-right lines.
    fn segments(&self, weight: Weight, text: &str) -> Vec<Segment> {
        let by_face = |range: Range<usize>, rtl: bool| {
            let mut pieces: Vec<Segment> = Vec::new();
            let Some(part) = text.get(range.clone()) else {
                return pieces;
            };
            for (offset, c) in part.char_indices() {
                let drawn = self.metrics.drawn(weight, c).0;
                let start = range.start + offset;
                let end = start + c.len_utf8();
                match pieces.last_mut() {
                    Some(last) if last.drawn == drawn => last.range.end = end,
                    _ => pieces.push(Segment {
                        drawn,
                        range: start..end,
                        rtl,
                    }),
                }
            }
            if rtl {
                pieces.reverse();
            }
            pieces
        };
        if !text.chars().any(is_strong_rtl) {
            return by_face(0..text.len(), false);
        }
        let bidi = unicode_bidi::BidiInfo::new(text, Some(unicode_bidi::Level::ltr()));
        let Some(paragraph) = bidi.paragraphs.first() else {
            return by_face(0..text.len(), false);
        };
        let (levels, runs) = bidi.visual_runs(paragraph, paragraph.range.clone());
        runs.into_iter()
            .flat_map(|run| {
                let rtl = levels
                    .get(run.start)
                    .is_some_and(unicode_bidi::Level::is_rtl);
                by_face(run, rtl)
            })
            .collect()
    }
}

/// The most characters of one cluster that krilla is given as one piece of text. Real
/// clusters (a letter with its accents, a ligature) are a few characters long; the shaper itself
/// reorders at most 32 combining marks in a row.
const CLUSTER_PIECE_CHARS: usize = 32;

/// The text each glyph stands for, in drawing order, from the byte offset where each glyph's
/// cluster starts (`clusters`, as the shaper gives them): a cluster's text runs to the next
/// cluster's start in the text's order; right to left, glyphs come in the reverse of it.
///
/// Linear in the glyphs and the text. krilla compares each glyph's text with the text that
/// glyph was mapped to before, so a letter under 100,000 combining marks (one cluster of
/// 100,001 glyphs) cost 100,001 comparisons of 200 KB each: 4 s to export, 21 s for twice as
/// many. A cluster of more than [`CLUSTER_PIECE_CHARS`] characters is therefore cut into
/// pieces of that many, each drawn by the glyphs in the same place in the text's order (one
/// glyph per character for a letter and its marks), so the text layer still reads the whole
/// cluster once, in order. Shorter clusters keep their whole text on every glyph, as before.
pub(super) fn glyph_ranges(text: &str, clusters: &[usize], rtl: bool) -> Vec<Range<usize>> {
    // The shaper's clusters are monotone, so this sort only checks the order (or reverses it).
    let mut starts = clusters.to_vec();
    starts.sort_unstable();
    starts.dedup();
    let mut ranges = Vec::with_capacity(clusters.len());
    // A cluster's glyphs are side by side in the output.
    for run in clusters.chunk_by(|a, b| a == b) {
        let Some(&start) = run.first() else {
            continue;
        };
        let next = starts.partition_point(|&s| s <= start);
        let cluster = start..starts.get(next).copied().unwrap_or(text.len());
        // A cluster's length in bytes bounds its characters: only a long one is counted.
        let pieces = (run.len() > 1 && cluster.len() > CLUSTER_PIECE_CHARS)
            .then(|| pieces(text, cluster.clone(), run.len(), rtl))
            .flatten();
        match pieces {
            Some(pieces) => ranges.extend(pieces),
            None => ranges.extend(std::iter::repeat_n(cluster, run.len())),
        }
    }
    ranges
}

/// The text of each of a `cluster`'s `glyphs`, in drawing order, if it holds more than
/// [`CLUSTER_PIECE_CHARS`] characters: glyph k in the text's order stands in the piece of
/// character k (the last character for any extra glyphs), and the last glyph's piece runs to
/// the cluster's end, so that every character is in exactly one piece.
fn pieces(
    text: &str,
    cluster: Range<usize>,
    glyphs: usize,
    rtl: bool,
) -> Option<Vec<Range<usize>>> {
    // Where each character starts, then the cluster's end.
    let bounds: Vec<usize> = text
        .get(cluster.clone())?
        .char_indices()
        .map(|(offset, _)| cluster.start + offset)
        .chain(std::iter::once(cluster.end))
        .collect();
    let chars = bounds.len() - 1;
    if chars <= CLUSTER_PIECE_CHARS {
        return None;
    }
    let piece_of = |glyph: usize| glyph.min(chars - 1) / CLUSTER_PIECE_CHARS;
    let last_piece = piece_of(glyphs - 1);
    let mut pieces: Vec<Range<usize>> = (0..glyphs)
        .map(|glyph| {
            let piece = piece_of(glyph);
            let first = piece * CLUSTER_PIECE_CHARS;
            let last = if piece == last_piece {
                chars
            } else {
                first + CLUSTER_PIECE_CHARS
            };
            match (bounds.get(first), bounds.get(last)) {
                (Some(&from), Some(&to)) => from..to,
                _ => cluster.clone(),
            }
        })
        .collect();
    if rtl {
        pieces.reverse();
    }
    Some(pieces)
}

/// Whether `c` is written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko and their
/// presentation forms): only lines holding one need the bidirectional algorithm.
fn is_strong_rtl(c: char) -> bool {
    matches!(
        c,
        '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}'
            | '\u{10800}'..='\u{10FFF}' | '\u{1E800}'..='\u{1EFFF}'
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
