//! Zoom in the steps browsers use (Ctrl +, Ctrl −, Ctrl 0), so a facilitator reaches 200 % in
//! five presses rather than ten, and always lands on a round percentage.

/// The zoom factors offered, smallest first: 10 % apart near actual size, wider further out.
pub const STEPS: [f32; 13] = [
    0.5, 0.67, 0.75, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0,
];

/// Actual size.
pub const ACTUAL_SIZE: f32 = 1.0;

/// How long (seconds, app clock) the new percentage stays on screen after a change.
pub const SHOWN_SECS: f64 = 1.5;

/// The step after `current`: the next larger one for `bigger`, else the next smaller. A factor
/// between steps (from an older version's preferences) moves to the nearest step that way; at
/// either end the factor stays.
pub fn step(current: f32, bigger: bool) -> f32 {
    // A hair of tolerance, so 1.1 read back from a file is still "at 110 %".
    const SLACK: f32 = 0.005;
    let next = if bigger {
        STEPS.iter().copied().find(|step| *step > current + SLACK)
    } else {
        STEPS
            .iter()
            .rev()
            .copied()
            .find(|step| *step < current - SLACK)
    };
    next.unwrap_or_else(|| {
        let (first, last) = (STEPS[0], STEPS[STEPS.len() - 1]);
        current.clamp(first, last)
    })
}

/// Whether there is a step beyond `current` that way.
pub fn can_step(current: f32, bigger: bool) -> bool {
    (step(current, bigger) - current).abs() > f32::EPSILON
}

/// `zoom` as a whole percentage: 1.25 → 125.
pub fn percent(zoom: f32) -> u16 {
    // Zoom factors are between 0.5 and 3.0: the cast cannot truncate or lose the sign.
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "clamped to 0–1000 % first"
    )]
    let percent = (zoom.clamp(0.0, 10.0) * 100.0).round() as u16;
    percent
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_go_as_in_browsers() {
        assert!((step(1.0, true) - 1.1).abs() < 1e-6);
        assert!((step(1.1, true) - 1.25).abs() < 1e-6);
        assert!((step(1.0, false) - 0.9).abs() < 1e-6);
        assert!((step(0.67, false) - 0.5).abs() < 1e-6);
        assert!((step(3.0, true) - 3.0).abs() < 1e-6);
        assert!((step(0.5, false) - 0.5).abs() < 1e-6);
        assert!(can_step(2.5, true) && !can_step(3.0, true));
        assert!(can_step(0.67, false) && !can_step(0.5, false));
    }

    #[test]
    fn a_factor_between_steps_moves_to_the_nearest_step_that_way() {
        assert!((step(1.2, true) - 1.25).abs() < 1e-6);
        assert!((step(1.2, false) - 1.1).abs() < 1e-6);
        assert!((step(7.0, false) - 3.0).abs() < 1e-6);
        assert!((step(0.1, true) - 0.5).abs() < 1e-6);
    }

    #[test]
    fn from_actual_size_to_200_percent_takes_five_steps() {
        let mut zoom = ACTUAL_SIZE;
        let mut seen = Vec::new();
        while percent(zoom) < 200 {
            zoom = step(zoom, true);
            seen.push(percent(zoom));
        }
        assert_eq!(seen, [110, 125, 150, 175, 200]);
        let all: Vec<u16> = STEPS.iter().map(|z| percent(*z)).collect();
        assert_eq!(
            all,
            [50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300]
        );
    }
}
