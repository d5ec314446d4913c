//! Wrapping the document's running text on a second core while the layout places it. Breaking
//! paragraphs into lines is most of a layout's time, and a paragraph's lines depend only on its
//! text, size and measure, not on where it lands: so a helper wraps the paragraphs and list
//! items from the end of the document backwards while the layout works forwards, and the
//! layout takes the lines it finds ready. Where the two meet, a paragraph the helper is still
//! wrapping is wrapped by the layout too (the same lines, the helper's are dropped). The
//! layout's result is the same whoever wrapped what.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};

use super::text::{Piece, wrap};
use super::{Measure, WrapKey, list_item_wrap, paragraph_wrap};
use crate::report::doc::{Block, ReportDoc, Run};

/// The document's running text, each piece to be wrapped once, by whichever side gets to it
/// first.
pub(super) struct Ahead<'m> {
    /// In document order.
    slots: Vec<Slot<'m>>,
    /// Each slot's index, by the key the layout asks for its lines with.
    by_key: HashMap<WrapKey, usize>,
    /// Set when the layout is done: the helper stops.
    done: AtomicBool,
}

struct Slot<'m> {
    runs: &'m [Run],
    size: f32,
    width: f32,
    state: Mutex<State>,
}

enum State {
    /// Nobody has started on it.
    Waiting,
    /// The helper is wrapping it.
    Wrapping,
    /// The helper's lines, for the layout to take.
    Wrapped(Vec<Vec<Piece>>),
    /// The layout has it (taken, or wrapped by itself).
    Taken,
}

impl<'m> Ahead<'m> {
    /// Every paragraph and list item of `doc` (its cover and body, in parts and wide blocks,
    /// every version of a block that tries several), at the size and measure the layout wraps
    /// it at.
    pub(super) fn of(doc: &'m ReportDoc) -> Self {
        let mut ahead = Self {
            slots: Vec::new(),
            by_key: HashMap::new(),
            done: AtomicBool::new(false),
        };
        ahead.collect(&doc.cover, false);
        ahead.collect(&doc.body, false);
        ahead
    }

    fn collect(&mut self, blocks: &'m [Block], wide: bool) {
        for block in blocks {
            match block {
                Block::Paragraph { runs, size } => {
                    let (size, width) = paragraph_wrap(*size, wide);
                    self.add(runs, size, width);
                }
                Block::List { items } => {
                    let (size, width) = list_item_wrap(wide);
                    for item in items {
                        self.add(item, size, width);
                    }
                }
                Block::Part { blocks, .. } => self.collect(blocks, wide),
                Block::Wide(blocks) => self.collect(blocks, true),
                Block::FirstThatFits(versions) => {
                    for version in versions {
                        self.collect(version, wide);
                    }
                }
                Block::Heading { .. }
                | Block::Table { .. }
                | Block::Radar(_)
                | Block::Bars { .. }
                | Block::Contents { .. }
                | Block::Space(_)
                | Block::PageBreak => {}
            }
        }
    }

    fn add(&mut self, runs: &'m [Run], size: f32, width: f32) {
        let key = WrapKey::new(runs, false, size, width);
        // The same text at the same size and measure is the same lines: once.
        if self.by_key.contains_key(&key) {
            return;
        }
        self.by_key.insert(key, self.slots.len());
        self.slots.push(Slot {
            runs,
            size,
            width,
            state: Mutex::new(State::Waiting),
        });
    }

    /// The helper's side: wraps what nobody has started on, from the end of the document
    /// back, until the layout is done.
    pub(super) fn wrap_from_the_end(&self, measure: &dyn Measure) {
        for slot in self.slots.iter().rev() {
            if self.done.load(Ordering::Relaxed) {
                return;
            }
            {
                let mut state = slot.lock();
                if !matches!(*state, State::Waiting) {
                    continue;
                }
                *state = State::Wrapping;
            }
            let lines = wrap(measure, slot.runs, slot.size, slot.width);
            let mut state = slot.lock();
            if matches!(*state, State::Wrapping) {
                *state = State::Wrapped(lines);
            }
        }
    }

    /// The layout's side: the lines wrapped for `key` if the helper has them ready; `None`
    /// when the layout must wrap them itself (and from now on the helper leaves them alone).
    pub(super) fn take(&self, key: &WrapKey) -> Option<Vec<Vec<Piece>>> {
        let slot = self.slots.get(*self.by_key.get(key)?)?;
        match std::mem::replace(&mut *slot.lock(), State::Taken) {
            State::Wrapped(lines) => Some(lines),
            State::Waiting | State::Wrapping | State::Taken => None,
        }
    }

    /// Stops the helper when dropped: when the layout is done, or unwinds.
    pub(super) fn stopping(&self) -> Stop<'_, 'm> {
        Stop(self)
    }
}

/// Stops the helper of an [`Ahead`] when dropped.
pub(super) struct Stop<'a, 'm>(&'a Ahead<'m>);

impl Drop for Stop<'_, '_> {
    fn drop(&mut self) {
        self.0.done.store(true, Ordering::Relaxed);
    }
}

impl Slot<'_> {
    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // A helper that panicked mid-wrap leaves a state that is still whole.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}
