//! The report's fonts (Noto Sans without hinting, shipped in `assets/fonts/report`, embedded
//! and subset in every PDF) and the text measurement that line breaking uses.

use std::cell::RefCell;
use std::collections::HashMap;

use super::doc::Weight;
use super::layout::Measure;

/// Noto Sans Regular.
pub const REGULAR: &[u8] = include_bytes!("../../assets/fonts/report/NotoSans-Regular.ttf");
/// Noto Sans Bold.
pub const BOLD: &[u8] = include_bytes!("../../assets/fonts/report/NotoSans-Bold.ttf");
/// Noto Sans Italic.
pub const ITALIC: &[u8] = include_bytes!("../../assets/fonts/report/NotoSans-Italic.ttf");

/// The font data of a weight.
pub fn data(weight: Weight) -> &'static [u8] {
    match weight {
        Weight::Regular => REGULAR,
        Weight::Bold => BOLD,
        Weight::Italic => ITALIC,
    }
}

/// Widths from the fonts' horizontal advances. Kerning only ever narrows Latin text, so
/// measuring without it never lets a line overflow.
pub struct Metrics {
    faces: [(ttf_parser::Face<'static>, f32); 3],
    /// Per weight, the glyph id (0 when the font lacks it) and advance in em of every tabled
    /// character: Latin below U+0250 (Welsh included) and general punctuation (dashes, curly
    /// quotes). A table, since measuring is the inner loop of line breaking, and these are
    /// drawn without a full shaper.
    tables: [Vec<(u16, f32)>; 3],
    /// Advances of other characters met so far.
    cache: RefCell<HashMap<(Weight, char), f32>>,
}

/// The characters tabled in [`Metrics`]: [0, `TABLED`) and then
/// [`SIMPLE_PUNCTUATION`, `SIMPLE_END`).
const TABLED: u32 = 0x250;
/// General punctuation (dashes, curly quotes, ellipsis) is drawn without shaping too.
const SIMPLE_PUNCTUATION: u32 = 0x2000;
const SIMPLE_END: u32 = 0x2070;

fn weight_index(weight: Weight) -> usize {
    match weight {
        Weight::Regular => 0,
        Weight::Bold => 1,
        Weight::Italic => 2,
    }
}

/// The slot of `c` in a [`Metrics`] table, if it is tabled.
fn slot(c: char) -> Option<usize> {
    let code = c as u32;
    let slot = if code < TABLED {
        code
    } else if (SIMPLE_PUNCTUATION..SIMPLE_END).contains(&code) {
        TABLED + (code - SIMPLE_PUNCTUATION)
    } else {
        return None;
    };
    usize::try_from(slot).ok()
}

/// The advance of `glyph` in em; a character the font lacks is drawn as the missing glyph,
/// about half an em wide.
fn advance_of(
    face: &ttf_parser::Face<'static>,
    units: f32,
    glyph: Option<ttf_parser::GlyphId>,
) -> f32 {
    glyph
        .and_then(|glyph| face.glyph_hor_advance(glyph))
        .map_or(0.5, |a| f32::from(a) / units)
}

impl Metrics {
    /// Parses the three fonts; `None` if the bundled font data is damaged.
    pub fn new() -> Option<Self> {
        let face = |data: &'static [u8]| {
            let face = ttf_parser::Face::parse(data, 0).ok()?;
            let units = f32::from(face.units_per_em());
            Some((face, units))
        };
        let faces = [face(REGULAR)?, face(BOLD)?, face(ITALIC)?];
        // One cmap lookup per character, for both its glyph id and its advance.
        let table = |(face, units): &(ttf_parser::Face<'static>, f32)| {
            (0..TABLED)
                .chain(SIMPLE_PUNCTUATION..SIMPLE_END)
                .map(|code| {
                    let glyph = char::from_u32(code).and_then(|c| face.glyph_index(c));
                    (glyph.map_or(0, |g| g.0), advance_of(face, *units, glyph))
                })
                .collect()
        };
        let tables = [table(&faces[0]), table(&faces[1]), table(&faces[2])];
        Some(Self {
            faces,
            tables,
            cache: RefCell::new(HashMap::new()),
        })
    }

    /// The table of a weight.
    fn table(&self, weight: Weight) -> &[(u16, f32)] {
        self.tables
            .get(weight_index(weight))
            .map_or(&[], Vec::as_slice)
    }

    /// Gives `push` the glyph id, advance (in em) and byte range of each character of `text`,
    /// while each can be drawn one glyph per character with no shaping: Latin letters (Welsh
    /// included), digits and general punctuation that the font has. Says `false` at the first
    /// that cannot: anything that needs a shaper (combining marks, other scripts) and control
    /// characters, which are never drawn as they are.
    pub fn simple_glyphs(
        &self,
        weight: Weight,
        text: &str,
        mut push: impl FnMut(u16, f32, std::ops::Range<usize>),
    ) -> bool {
        let table = self.table(weight);
        for (start, c) in text.char_indices() {
            let Some((id, advance)) = simple_in(table, c) else {
                return false;
            };
            push(id, advance, start..start + c.len_utf8());
        }
        true
    }

    /// The face of a weight and its units per em.
    fn face(&self, weight: Weight) -> &(ttf_parser::Face<'static>, f32) {
        match weight {
            Weight::Regular => &self.faces[0],
            Weight::Bold => &self.faces[1],
            Weight::Italic => &self.faces[2],
        }
    }

    /// Whether the font of `weight` has a glyph for `c`: krilla never falls back to another
    /// font, and a tagged PDF may not show the missing glyph, so the PDF writer replaces the rest.
    pub fn has_glyph(&self, weight: Weight, c: char) -> bool {
        if let Some(&(id, _)) = slot(c).and_then(|slot| self.table(weight).get(slot)) {
            return id != 0;
        }
        self.face(weight)
            .0
            .glyph_index(c)
            .is_some_and(|glyph| glyph.0 != 0)
    }

    /// The advance of `c` in em, from `table` (the weight's) when it is tabled.
    fn advance(&self, weight: Weight, table: &[(u16, f32)], c: char) -> f32 {
        if let Some(&(_, advance)) = slot(c).and_then(|slot| table.get(slot)) {
            return advance;
        }
        if let Some(&advance) = self.cache.borrow().get(&(weight, c)) {
            return advance;
        }
        let (face, units) = self.face(weight);
        let advance = advance_of(face, *units, face.glyph_index(c));
        self.cache.borrow_mut().insert((weight, c), advance);
        advance
    }
}

/// The glyph id and advance of `c` in a weight's table, if it can be drawn without shaping.
fn simple_in(table: &[(u16, f32)], c: char) -> Option<(u16, f32)> {
    // Within the tabled ranges only C0 and C1 controls need care: combining marks, which need
    // a shaper to sit on their letter, all lie outside them.
    if c.is_control() {
        return None;
    }
    let &(id, advance) = table.get(slot(c)?)?;
    (id != 0).then_some((id, advance))
}

impl Measure for Metrics {
    fn width(&self, weight: Weight, size: f32, text: &str) -> f32 {
        let table = self.table(weight);
        text.chars()
            .map(|c| self.advance(weight, table, c))
            .sum::<f32>()
            * size
    }
}
