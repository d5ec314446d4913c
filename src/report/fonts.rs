//! The report's fonts (Noto Sans without hinting, shipped in `assets/fonts/report`, embedded
//! and subset in every PDF), the fallbacks tried for a character Noto Sans lacks, and the text
//! measurement that line breaking uses.
//!
//! Every character is drawn by the first face that has it: the weight's own Noto Sans, then
//! Noto Sans Symbols 2 (ticks, stars, arrows, shapes), Noto Sans Math (≥ ≤ ≈ → −), Noto Sans
//! Arabic and Noto Sans Hebrew. A character none has (Chinese, emoji) is drawn as a white
//! square, [`PLACEHOLDER`], and the real character stays in the PDF's text layer. Only glyphs
//! used are embedded, so a fallback costs nothing in a report that does not need it. Fonts
//! installed on the machine are not used: the same file gives the same PDF on every machine.
//! The fallbacks are read only when a character needs them: most reports never touch them.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock, PoisonError};

use super::doc::Weight;
use super::layout::Measure;

pub use crate::fonts::{ARABIC, BOLD, HEBREW, ITALIC, MATH, REGULAR, SYMBOLS};

/// Every face, by [`FaceId`]: the three weights, then the fallbacks in the order tried.
pub const FACES: [&[u8]; 7] = [REGULAR, BOLD, ITALIC, SYMBOLS, MATH, ARABIC, HEBREW];

/// The first fallback in [`FACES`].
pub const FIRST_FALLBACK: usize = 3;

/// The face that draws [`PLACEHOLDER`].
pub const PLACEHOLDER_FACE: FaceId = FaceId(FIRST_FALLBACK);

/// What is drawn for a character no face has: a white square (from Noto Sans Symbols 2).
pub const PLACEHOLDER: char = '\u{25A1}';

/// A face in [`FACES`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FaceId(pub usize);

impl FaceId {
    /// The face of a weight of Noto Sans.
    pub fn of(weight: Weight) -> Self {
        Self(weight_index(weight))
    }
}

/// How a character is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Drawn {
    /// By this face.
    Face(FaceId),
    /// No face has it: [`PLACEHOLDER`] stands in, the character stays in the text layer.
    Placeholder,
    /// Not drawn at all: a format character (direction mark, joiner, soft hyphen).
    Invisible,
}

/// The font data of a weight.
pub fn data(weight: Weight) -> &'static [u8] {
    match weight {
        Weight::Regular => REGULAR,
        Weight::Bold => BOLD,
        Weight::Italic => ITALIC,
    }
}

/// A parsed face and its units per em.
type Parsed = (ttf_parser::Face<'static>, f32);

fn parse(data: &'static [u8]) -> Option<Parsed> {
    let face = ttf_parser::Face::parse(data, 0).ok()?;
    let units = f32::from(face.units_per_em());
    Some((face, units))
}

/// Widths from the fonts' horizontal advances. Kerning only ever narrows Latin text, so
/// measuring without it never lets a line overflow. One for the whole process ([`Metrics::shared`]).
pub struct Metrics {
    /// The three weights of Noto Sans and their units per em.
    faces: Vec<Parsed>,
    /// The fallbacks of [`FACES`], in order, each parsed the first time a character is looked
    /// for in it (`None` inside: damaged, so never used).
    fallbacks: [OnceLock<Option<Parsed>>; FACES.len() - FIRST_FALLBACK],
    /// Per weight, the glyph id (0 when the font lacks it) and advance in em of every tabled
    /// character: Latin below U+0250 (Welsh included) and general punctuation (dashes, curly
    /// quotes). A table, since measuring is the inner loop of line breaking, and these are
    /// drawn without a full shaper.
    tables: [Vec<(u16, f32)>; 3],
    /// How other characters met so far are drawn, and their advance in em.
    cache: Mutex<HashMap<(Weight, char), (Drawn, f32)>>,
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

/// The process's one [`Metrics`]: the faces are compiled in, so they are parsed once for every
/// export and check of a run (`None` inside: damaged).
static SHARED: OnceLock<Option<Metrics>> = OnceLock::new();

impl Metrics {
    /// The metrics of the bundled faces, parsed the first time any export or check asks (an
    /// export and the check for characters it cannot draw share them); `None` if the bundled
    /// font data is damaged.
    pub fn shared() -> Option<&'static Self> {
        SHARED.get_or_init(Self::new).as_ref()
    }

    /// Parses the three weights of Noto Sans (the fallbacks wait until a character needs
    /// one); `None` if the bundled font data is damaged.
    pub fn new() -> Option<Self> {
        let faces = [REGULAR, BOLD, ITALIC]
            .into_iter()
            .map(parse)
            .collect::<Option<Vec<_>>>()?;
        // One cmap lookup per character, for both its glyph id and its advance.
        let table = |(face, units): &(ttf_parser::Face<'static>, f32)| {
            (0..TABLED)
                .chain(SIMPLE_PUNCTUATION..SIMPLE_END)
                .map(|code| {
                    let c = char::from_u32(code).unwrap_or_default();
                    if is_invisible(c) {
                        // Never drawn, whatever glyph the font has (a soft hyphen's is "-").
                        return (0, 0.0);
                    }
                    let glyph = face.glyph_index(c);
                    (glyph.map_or(0, |g| g.0), advance_of(face, *units, glyph))
                })
                .collect()
        };
        let tables = [
            table(faces.first()?),
            table(faces.get(1)?),
            table(faces.get(2)?),
        ];
        Some(Self {
            faces,
            fallbacks: Default::default(),
            tables,
            cache: Mutex::new(HashMap::new()),
        })
    }

    /// The face `id`, parsed; a fallback is parsed the first time it is asked for.
    fn face(&self, id: FaceId) -> Option<&Parsed> {
        match id.0.checked_sub(FIRST_FALLBACK) {
            None => self.faces.get(id.0),
            Some(fallback) => {
                let slot = self.fallbacks.get(fallback)?;
                slot.get_or_init(|| FACES.get(id.0).and_then(|data| parse(data)))
                    .as_ref()
            }
        }
    }

    /// Whether the fallback face `id` has been read: a report of Latin text reads none.
    pub fn is_loaded(&self, id: FaceId) -> bool {
        match id.0.checked_sub(FIRST_FALLBACK) {
            None => true,
            Some(fallback) => self
                .fallbacks
                .get(fallback)
                .is_some_and(|slot| slot.get().is_some()),
        }
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

    /// Whether `face` has a glyph for `c`.
    fn face_has(&self, face: FaceId, c: char) -> bool {
        self.face(face)
            .and_then(|(face, _)| face.glyph_index(c))
            .is_some_and(|glyph| glyph.0 != 0)
    }

    /// How `c` is drawn in `weight`, and its advance in em: by the first face that has it.
    /// krilla never falls back to another font, and PDF/UA forbids the missing glyph, so
    /// this choice is made here, once, for both measuring and drawing.
    pub fn drawn(&self, weight: Weight, c: char) -> (Drawn, f32) {
        if let Some(&(id, advance)) = slot(c).and_then(|slot| self.table(weight).get(slot))
            && id != 0
            && !c.is_control()
        {
            return (Drawn::Face(FaceId::of(weight)), advance);
        }
        let cached = self
            .cache
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&(weight, c))
            .copied();
        if let Some(found) = cached {
            return found;
        }
        let found = self.find(weight, c);
        self.cache
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert((weight, c), found);
        found
    }

    /// [`Self::drawn`] without the table and the cache.
    fn find(&self, weight: Weight, c: char) -> (Drawn, f32) {
        let advance = |face: FaceId, c: char| self.advance(face, c);
        if c.is_control() {
            // Tabs and stray controls are drawn as spaces.
            return (
                Drawn::Face(FaceId::of(weight)),
                advance(FaceId::of(weight), ' '),
            );
        }
        if is_invisible(c) {
            return (Drawn::Invisible, 0.0);
        }
        let own = FaceId::of(weight);
        let face = std::iter::once(own)
            .chain((FIRST_FALLBACK..FACES.len()).map(FaceId))
            .find(|&face| self.face_has(face, c));
        match face {
            Some(face) => (Drawn::Face(face), advance(face, c)),
            None if c.is_whitespace() => (Drawn::Face(own), advance(own, ' ')),
            None => (Drawn::Placeholder, self.placeholder_advance()),
        }
    }

    /// The advance of `c` in `face`, in em.
    fn advance(&self, face: FaceId, c: char) -> f32 {
        self.face(face).map_or(0.5, |(face, units)| {
            advance_of(face, *units, face.glyph_index(c))
        })
    }

    /// The placeholder's advance in em.
    pub fn placeholder_advance(&self) -> f32 {
        self.advance(PLACEHOLDER_FACE, PLACEHOLDER)
    }

    /// The characters of `text` that no bundled face can draw (shown as the placeholder),
    /// each once, in order.
    pub fn missing(&self, text: &str) -> Vec<char> {
        let mut missing: Vec<char> = Vec::new();
        for c in text.chars() {
            let placeholder = self.drawn(Weight::Regular, c).0 == Drawn::Placeholder;
            if placeholder && !missing.contains(&c) {
                missing.push(c);
            }
        }
        missing
    }
}

/// Default-ignorable format characters (joiners, direction marks and overrides, soft hyphens,
/// variation selectors, byte order marks): never drawn, so dropping them loses nothing
/// visible. A soft hyphen shows as a hyphen only where line breaking puts one.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'..='\u{1160}'
            | '\u{17B4}'..='\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF0}'..='\u{FFF8}'
            | '\u{FFFE}'..='\u{FFFF}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E0FFF}'
    )
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
            .map(|c| match simple_in(table, c) {
                Some((_, advance)) => advance,
                None => self.drawn(weight, c).1,
            })
            .sum::<f32>()
            * size
    }
}
