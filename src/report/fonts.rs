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
    cache: RefCell<HashMap<(Weight, char), f32>>,
}

impl Metrics {
    /// Parses the three fonts; `None` if the bundled font data is damaged.
    pub fn new() -> Option<Self> {
        let face = |data: &'static [u8]| {
            let face = ttf_parser::Face::parse(data, 0).ok()?;
            let units = f32::from(face.units_per_em());
            Some((face, units))
        };
        Some(Self {
            faces: [face(REGULAR)?, face(BOLD)?, face(ITALIC)?],
            cache: RefCell::new(HashMap::new()),
        })
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
        self.face(weight)
            .0
            .glyph_index(c)
            .is_some_and(|glyph| glyph.0 != 0)
    }

    /// The advance of `c` in em.
    fn advance(&self, weight: Weight, c: char) -> f32 {
        if let Some(&advance) = self.cache.borrow().get(&(weight, c)) {
            return advance;
        }
        let (face, units) = self.face(weight);
        // A character the font lacks is drawn as the missing glyph, about half an em wide.
        let advance = face
            .glyph_index(c)
            .and_then(|glyph| face.glyph_hor_advance(glyph))
            .map_or(0.5, |a| f32::from(a) / units);
        self.cache.borrow_mut().insert((weight, c), advance);
        advance
    }
}

impl Measure for Metrics {
    fn width(&self, weight: Weight, size: f32, text: &str) -> f32 {
        text.chars().map(|c| self.advance(weight, c)).sum::<f32>() * size
    }
}
