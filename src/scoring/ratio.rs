//! A count out of a total, shown as a whole percentage.

use std::fmt;

/// `part` out of `whole`, with `whole` never zero.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ratio {
    /// The count.
    pub part: usize,
    /// The total, never zero.
    pub whole: usize,
}

impl Ratio {
    /// `part / whole`, or `None` when `whole` is zero.
    pub fn new(part: usize, whole: usize) -> Option<Self> {
        (whole > 0).then_some(Self { part, whole })
    }

    /// Whole percentage, rounded half up.
    pub fn percent(self) -> u64 {
        let (part, whole) = (self.part as u64, self.whole as u64);
        (200 * part + whole) / (2 * whole)
    }

    /// The fraction, 0.0–1.0.
    #[expect(clippy::cast_precision_loss, reason = "counts of questions are tiny")]
    pub fn fraction(self) -> f64 {
        self.part as f64 / self.whole as f64
    }
}

impl fmt::Display for Ratio {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::tr!("words-percent", percent = self.percent()))
    }
}
