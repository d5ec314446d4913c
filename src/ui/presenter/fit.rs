//! The size presenter mode is drawn at: as large as it can be (up to [`LARGEST`]) while the
//! question, the discussion and the phases fit the window together. egui lays out once per
//! frame, so the view measures what it drew and [`Fit::next`] picks the scale for the next
//! frame; the view asks egui to discard a frame drawn at the wrong size, so it is not seen.
//!
//! The height is nearly a straight line in the scale (text and segments grow with it, buttons
//! and gaps do not), but it jumps where a line wraps or the phases take another row. So the
//! search keeps a bracket (the largest scale known to fit, the smallest known not to) and
//! tries the straight line's answer inside it: every frame either fits or strictly shrinks,
//! and growth is tried a few times at most for one question and window, so it always ends.

/// The largest the view gets, relative to a domain page.
pub const LARGEST: f32 = 1.6;
/// The smallest it shrinks to, so that the question and the phases fit a small window.
pub const SMALLEST: f32 = 0.5;
/// How many times the view may try to grow for one question at one window size.
const GROWTHS: u8 = 3;
/// Room to spare, as a share of the room, before the view tries to grow.
const SPARE: f32 = 0.85;

/// The scale the view is drawn at, and what the search knows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fit {
    /// Sizes relative to a domain page.
    pub scale: f32,
    /// The question and window size searched for.
    to: egui::Id,
    /// How often it has grown for these.
    growths: u8,
    /// The largest scale known to fit, and the smallest known not to.
    bracket: (Option<f32>, Option<f32>),
    /// The scale last drawn at and the height it took.
    last: Option<(f32, f32)>,
}

impl Fit {
    /// A first guess for a window `room` points high: in proportion to a 1024×768 projector.
    pub fn first(to: egui::Id, room: f32) -> Self {
        Self {
            scale: (LARGEST * room / 700.0).clamp(SMALLEST, LARGEST),
            to,
            growths: 0,
            bracket: (None, None),
            last: None,
        }
    }

    /// The fit for the next frame, now that the view drawn at `self.scale` took `height` of
    /// the `room` the window has, for the question and window size `to`.
    #[must_use]
    pub fn next(&self, to: egui::Id, height: f32, room: f32) -> Self {
        let mut next = *self;
        if self.to != to {
            next.to = to;
            next.growths = 0;
            next.bracket = (None, None);
            next.last = None;
        }
        let scale = self.scale;
        let fits = height <= room + 0.5;
        let (floor, ceiling) = next.bracket;
        next.bracket = if fits {
            (Some(floor.map_or(scale, |f| f.max(scale))), ceiling)
        } else {
            (floor, Some(ceiling.map_or(scale, |c| c.min(scale))))
        };
        // Where the straight line through the last two sizes meets the room (aimed a little
        // short of it); with one size, in proportion.
        let aim = room * 0.97;
        let line = match next.last {
            Some((before, was)) if (before - scale).abs() > 0.005 && (was - height).abs() > 0.5 => {
                let slope = (height - was) / (scale - before);
                (slope > 0.0).then(|| scale + (aim - height) / slope)
            }
            _ => None,
        };
        let wanted = line.unwrap_or(scale * aim / height.max(1.0));
        next.last = Some((scale, height));
        let (floor, ceiling) = next.bracket;
        if !fits && scale > SMALLEST {
            // Always smaller, never below what is known to fit.
            let lowest = floor.unwrap_or(SMALLEST).max(SMALLEST);
            next.scale = wanted.min(scale * 0.97).max(lowest);
        } else if fits && height < room * SPARE && scale < LARGEST && next.growths < GROWTHS {
            // Larger, but short of what is known not to fit.
            let highest = ceiling
                .map_or(LARGEST, |c| f32::midpoint(scale, c))
                .min(LARGEST);
            if highest - scale > 0.01 {
                next.scale = wanted.clamp(scale, highest);
                next.growths += 1;
            }
        }
        next
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs the search against `height` (the height at a scale) until it settles, returning the
    /// scale and how many frames it took.
    fn settle(height: impl Fn(f32) -> f32, room: f32, start: Fit) -> (f32, usize) {
        let to = start.to;
        let mut fit = start;
        for frame in 1..=50 {
            let next = fit.next(to, height(fit.scale), room);
            if (next.scale - fit.scale).abs() < f32::EPSILON {
                return (fit.scale, frame);
            }
            fit = next;
        }
        panic!("did not settle: {fit:?}");
    }

    fn id() -> egui::Id {
        egui::Id::unique("fit test")
    }

    #[test]
    fn a_straight_line_settles_at_once_and_fits() {
        let height = |s: f32| 60.0 + 300.0 * s;
        let (scale, frames) = settle(height, 336.0, Fit::first(id(), 336.0));
        assert!(height(scale) <= 336.0, "{scale}");
        assert!(height(scale) > 336.0 * SPARE, "{scale} leaves room");
        assert!(frames <= 3, "{frames} frames");
    }

    #[test]
    fn a_jump_where_the_phases_take_another_row_still_settles_and_fits() {
        // The phases take a second row above 0.8: 90 points more.
        let height = |s: f32| 50.0 + 260.0 * s + if s > 0.8 { 90.0 } else { 0.0 };
        for start in [LARGEST, 1.0, 0.81, SMALLEST] {
            let fit = Fit {
                scale: start,
                ..Fit::first(id(), 336.0)
            };
            let (scale, frames) = settle(height, 336.0, fit);
            assert!(height(scale) <= 336.5, "from {start}: {scale}");
            assert!(frames <= 8, "from {start}: {frames} frames");
        }
    }

    #[test]
    fn what_never_fits_stops_at_the_smallest() {
        let (scale, _) = settle(|s| 1000.0 + s, 336.0, Fit::first(id(), 336.0));
        assert!((scale - SMALLEST).abs() < f32::EPSILON);
    }

    #[test]
    fn plenty_of_room_grows_to_the_largest() {
        let (scale, _) = settle(|s| 100.0 * s, 2000.0, Fit::first(id(), 300.0));
        assert!((scale - LARGEST).abs() < f32::EPSILON);
    }
}
