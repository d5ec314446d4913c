//! The report's fonts (Noto Sans, shipped in `assets/fonts`, embedded and subset in every PDF)
//! and the text measurement that line breaking uses.

use std::cell::RefCell;
use std::collections::HashMap;

use super::doc::Weight;
use super::layout::Measure;

/// Noto Sans Regular.
pub const REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
/// Noto Sans Bold.
pub const BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");
/// Noto Sans Italic.
pub const ITALIC: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Italic.ttf");

/// The font data of a weight.
pub fn data(weight: Weight) -> &'static [u8] {
    match weight {
        Weight::Regular => REGULAR,
        Weight::Bold => BOLD,
        Weight::Italic => ITALIC,
    }
}

/// Widths from the fonts' horizontal advances, cached per character. Kerning only ever
/// narrows Latin text, so measuring without it never lets a line overflow.
pub struct Metrics {
    faces: [(ttf_parser::Face<'static>, f32); 3],
    /// Advances of the characters below U+0250 (Latin, Welsh included), per weight: a table,
    /// since measuring is the inner loop of line breaking.
    latin: [Vec<f32>; 3],
    /// Glyph ids of the same characters, and of general punctuation (dashes, quotes), for
    /// drawing them without a full shaper.
    glyph_ids: [Vec<u16>; 3],
    /// Advances of other characters met so far.
    cache: RefCell<HashMap<(Weight, char), f32>>,
}

/// The characters tabled in [`Metrics`].
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

/// Combining diacritical marks need a shaper to sit on their letter.
fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}')
}

fn advance_in(face: &ttf_parser::Face<'static>, units: f32, c: char) -> f32 {
    // A character the font lacks is drawn as the missing glyph, about half an em wide.
    face.glyph_index(c)
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
        let table = |(face, units): &(ttf_parser::Face<'static>, f32)| {
            (0..TABLED)
                .map(|code| char::from_u32(code).map_or(0.5, |c| advance_in(face, *units, c)))
                .collect()
        };
        let latin = [table(&faces[0]), table(&faces[1]), table(&faces[2])];
        // Only the two ranges drawn without shaping, not everything between them.
        let ids = |(face, _): &(ttf_parser::Face<'static>, f32)| {
            (0..TABLED)
                .chain(SIMPLE_PUNCTUATION..SIMPLE_END)
                .map(|code| {
                    char::from_u32(code)
                        .and_then(|c| face.glyph_index(c))
                        .map_or(0, |g| g.0)
                })
                .collect()
        };
        let glyph_ids = [ids(&faces[0]), ids(&faces[1]), ids(&faces[2])];
        Some(Self {
            faces,
            latin,
            glyph_ids,
            cache: RefCell::new(HashMap::new()),
        })
    }

    /// The glyph id and advance (in em) of `c`, when `c` can be drawn one glyph per character
    /// with no shaping: Latin letters (Welsh included), digits and general punctuation that the
    /// font has. `None` for anything that needs a shaper (combining marks, other scripts) and
    /// for control characters, which are never drawn as they are.
    pub fn simple_glyph(&self, weight: Weight, c: char) -> Option<(u16, f32)> {
        if is_combining(c) || c.is_control() {
            return None;
        }
        let id = self.tabled_glyph(weight, c)?;
        (id != 0).then(|| (id, self.advance(weight, c)))
    }

    /// The glyph id of `c` from the table (0 when the font lacks it), or `None` when `c` is
    /// outside the tabled ranges.
    fn tabled_glyph(&self, weight: Weight, c: char) -> Option<u16> {
        let code = c as u32;
        // The table holds [0, TABLED) and then [SIMPLE_PUNCTUATION, SIMPLE_END).
        let slot = if code < TABLED {
            code
        } else if (SIMPLE_PUNCTUATION..SIMPLE_END).contains(&code) {
            TABLED + (code - SIMPLE_PUNCTUATION)
        } else {
            return None;
        };
        self.glyph_ids
            .get(weight_index(weight))?
            .get(usize::try_from(slot).ok()?)
            .copied()
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
        if let Some(id) = self.tabled_glyph(weight, c) {
            return id != 0;
        }
        self.face(weight)
            .0
            .glyph_index(c)
            .is_some_and(|glyph| glyph.0 != 0)
    }

    /// The advance of `c` in em.
    fn advance(&self, weight: Weight, c: char) -> f32 {
        let table = match weight {
            Weight::Regular => &self.latin[0],
            Weight::Bold => &self.latin[1],
            Weight::Italic => &self.latin[2],
        };
        if let Some(&advance) = table.get(c as usize) {
            return advance;
        }
        if let Some(&advance) = self.cache.borrow().get(&(weight, c)) {
            return advance;
        }
        let (face, units) = self.face(weight);
        let advance = advance_in(face, *units, c);
        self.cache.borrow_mut().insert((weight, c), advance);
        advance
    }
}

impl Measure for Metrics {
    fn width(&self, weight: Weight, size: f32, text: &str) -> f32 {
        text.chars().map(|c| self.advance(weight, c)).sum::<f32>() * size
    }
}
