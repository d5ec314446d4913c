//! A phase of progress: the six-step, ordered and cyclical maturity scale every key question is
//! rated on. "Not yet rated" is `Option<Phase>::None`, never zero.

use std::fmt;

use serde::{Deserialize, Serialize};

/// One of the six phases of progress, numbered 1 to 6.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "i64", into = "u8")]
pub struct Phase(u8);

/// A phase number outside 1–6.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhaseOutOfRange(pub i64);

impl std::fmt::Display for PhaseOutOfRange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::tr!("problem-phase-out-of-range", number = self.0))
    }
}

impl std::error::Error for PhaseOutOfRange {}

impl Phase {
    /// The lowest phase number.
    pub const FIRST: u8 = 1;
    /// The highest phase number.
    pub const LAST: u8 = 6;
    /// How many phases the scale has.
    pub const COUNT: usize = 6;

    /// The phase with this number, if it is in 1–6.
    pub fn new(number: u8) -> Option<Self> {
        (Self::FIRST..=Self::LAST)
            .contains(&number)
            .then_some(Self(number))
    }

    /// The phase number, 1–6.
    pub fn number(self) -> u8 {
        self.0
    }

    /// Index into a six-element list of phases (0–5).
    pub fn index(self) -> usize {
        usize::from(self.0 - Self::FIRST)
    }

    /// All six phases in order.
    pub fn all() -> impl DoubleEndedIterator<Item = Self> + Clone {
        (Self::FIRST..=Self::LAST).map(Self)
    }
}

impl TryFrom<i64> for Phase {
    type Error = PhaseOutOfRange;

    fn try_from(number: i64) -> Result<Self, Self::Error> {
        u8::try_from(number)
            .ok()
            .and_then(Self::new)
            .ok_or(PhaseOutOfRange(number))
    }
}

impl From<Phase> for u8 {
    fn from(phase: Phase) -> Self {
        phase.0
    }
}

impl fmt::Display for Phase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_one_to_six_are_phases() {
        assert_eq!(Phase::new(0), None);
        assert_eq!(Phase::new(7), None);
        assert_eq!(Phase::new(1).map(Phase::number), Some(1));
        assert_eq!(Phase::try_from(-1), Err(PhaseOutOfRange(-1)));
        assert_eq!(Phase::try_from(300), Err(PhaseOutOfRange(300)));
        assert_eq!(Phase::all().count(), Phase::COUNT);
        assert_eq!(
            Phase::all().map(Phase::index).collect::<Vec<_>>(),
            [0, 1, 2, 3, 4, 5]
        );
    }
}
