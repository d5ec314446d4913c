//! The radar chart of domain maturities, computed once for the app and the PDF: its axes, and
//! the shape of the profile. An unrated domain keeps its axis and has no point; the profile
//! bridges straight from the rated domain before it to the rated one after (the edge marked as
//! a bridge, drawn dashed), so the fill never dips to the centre, which would read as 0.
//! Its text alternative (every score in words) is worded here too, once. Pure: each front-end
//! maps the unit directions onto its own canvas.

use super::{Maturity, Scorecard, wording};
use crate::tr;

/// The outer ring: the highest phase.
pub const MAX: f64 = 6.0;

/// One axis of the chart: a domain.
#[derive(Clone, Debug, PartialEq)]
pub struct RadarAxis {
    /// The domain's title (it wraps).
    pub label: String,
    /// Maturity on the 1–6 scale, or `None` when not yet rated.
    pub maturity: Option<Maturity>,
    /// The earlier assessment's maturity, when comparing with one.
    pub earlier: Option<Maturity>,
}

impl RadarAxis {
    /// The maturity as a number to draw, or `None`.
    pub fn value(&self) -> Option<f64> {
        self.maturity.map(Maturity::value)
    }

    /// The earlier maturity as a number to draw, or `None`.
    pub fn earlier_value(&self) -> Option<f64> {
        self.earlier.map(Maturity::value)
    }
}

/// A side of a profile, from one rated axis to the next rated one round the circle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Edge {
    /// The axis the side starts at.
    pub from: usize,
    /// The axis it ends at.
    pub to: usize,
    /// Whether it passes over unrated axes between the two (drawn dashed).
    pub bridges: bool,
}

/// The chart: its axes and both profiles' sides.
#[derive(Clone, Debug, PartialEq)]
pub struct Radar {
    pub axes: Vec<RadarAxis>,
    /// The profile now: filled, one wedge from the centre per side.
    pub profile: Vec<Edge>,
    /// The earlier profile, when comparing (drawn as an outline).
    pub earlier_profile: Vec<Edge>,
    /// What a screen reader says: every score in words, and the earlier ones when comparing.
    pub alt: String,
}

impl Radar {
    /// The chart of `card`, with the profile of `earlier` (named, as in "Dashed, 2025–26")
    /// when comparing.
    pub fn new(card: &Scorecard, earlier: Option<(&str, &Scorecard)>) -> Self {
        let axes: Vec<RadarAxis> = card
            .domains
            .iter()
            .enumerate()
            .map(|(index, score)| RadarAxis {
                label: score.title.clone(),
                maturity: score.maturity,
                earlier: earlier
                    .and_then(|(_, e)| e.domains.get(index))
                    .and_then(|d| d.maturity),
            })
            .collect();
        let now: Vec<Option<f64>> = axes.iter().map(RadarAxis::value).collect();
        let then: Vec<Option<f64>> = axes.iter().map(RadarAxis::earlier_value).collect();
        let alt = if let Some((label, _)) = earlier {
            tr!(
                "words-chart-alt-compared",
                scores = scores(axes.iter().map(|a| (a.label.as_str(), a.maturity))),
                earlier = label,
                earlier_scores = scores(axes.iter().map(|a| (a.label.as_str(), a.earlier)))
            )
        } else {
            tr!(
                "words-chart-alt",
                scores = scores(axes.iter().map(|a| (a.label.as_str(), a.maturity)))
            )
        };
        Self {
            profile: edges(&now),
            earlier_profile: if earlier.is_some() {
                edges(&then)
            } else {
                Vec::new()
            },
            axes,
            alt,
        }
    }

    /// The unit direction of axis `index` (see [`direction`]).
    pub fn direction(&self, index: usize) -> (f32, f32) {
        direction(index, self.axes.len())
    }

    /// How far out a value lies, as a share of the outer ring's radius (0 to 1).
    pub fn reach(value: f64) -> f32 {
        #[expect(clippy::cast_possible_truncation, reason = "a share from 0 to 1")]
        let share = (value.clamp(0.0, MAX) / MAX) as f32;
        if share.is_finite() { share } else { 0.0 }
    }
}

/// Every domain's score in words: "Economic impact 3.3; Culture not yet rated".
fn scores<'a>(domains: impl Iterator<Item = (&'a str, Option<Maturity>)>) -> String {
    domains
        .map(|(domain, maturity)| {
            let maturity = match maturity {
                Some(_) => wording::maturity(maturity),
                None => wording::not_yet_rated(),
            };
            tr!("words-chart-score", domain = domain, maturity = maturity)
        })
        .reduce(|init, next| tr!("words-chart-scores", init = init, next = next))
        .unwrap_or_default()
}

/// The sides of a profile of `values`: each rated axis joined to the next rated one round the
/// circle. With two rated axes there is one side (the closing side would retrace it); with
/// fewer, none.
pub fn edges(values: &[Option<f64>]) -> Vec<Edge> {
    let rated: Vec<usize> = values
        .iter()
        .enumerate()
        .filter(|(_, v)| v.is_some_and(f64::is_finite))
        .map(|(i, _)| i)
        .collect();
    let count = values.len();
    let sides = match rated.len() {
        0 | 1 => 0,
        2 => 1,
        n => n,
    };
    (0..sides)
        .filter_map(|k| {
            let from = *rated.get(k)?;
            let to = *rated.get((k + 1) % rated.len())?;
            Some(Edge {
                from,
                to,
                bridges: (from + 1) % count != to,
            })
        })
        .collect()
}

/// The unit direction of axis `index` of `count`: the first straight up, then clockwise, with
/// y growing downwards as on a screen and a page.
pub fn direction(index: usize, count: usize) -> (f32, f32) {
    #[expect(clippy::cast_precision_loss, reason = "a handful of axes")]
    let angle = std::f32::consts::TAU * index as f32 / count.max(1) as f32;
    (angle.sin(), -angle.cos())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_profile_bridges_over_an_unrated_axis_and_never_dips_to_the_centre() {
        let values = [Some(3.0), Some(2.0), None, Some(4.0), Some(1.0)];
        let sides = edges(&values);
        assert_eq!(
            sides,
            [
                Edge {
                    from: 0,
                    to: 1,
                    bridges: false
                },
                Edge {
                    from: 1,
                    to: 3,
                    bridges: true
                },
                Edge {
                    from: 3,
                    to: 4,
                    bridges: false
                },
                Edge {
                    from: 4,
                    to: 0,
                    bridges: false
                },
            ]
        );
        // No side ends at the unrated axis.
        assert!(sides.iter().all(|e| e.from != 2 && e.to != 2));
    }

    #[test]
    fn two_rated_axes_make_one_side_and_one_none() {
        assert_eq!(
            edges(&[None, Some(2.0), None, Some(5.0)]),
            [Edge {
                from: 1,
                to: 3,
                bridges: true
            }]
        );
        assert!(edges(&[None, Some(2.0), None]).is_empty());
        assert!(edges(&[]).is_empty());
        assert!(edges(&[Some(f64::NAN), Some(1.0)]).is_empty());
    }

    #[test]
    fn axes_go_clockwise_from_the_top() {
        let (x, y) = direction(0, 4);
        assert!(x.abs() < 1e-6 && (y + 1.0).abs() < 1e-6);
        let (x, y) = direction(1, 4);
        assert!((x - 1.0).abs() < 1e-6 && y.abs() < 1e-6);
        assert!((Radar::reach(3.0) - 0.5).abs() < 1e-6);
        assert!((Radar::reach(9.0) - 1.0).abs() < 1e-6);
        assert!(Radar::reach(f64::NAN).abs() < 1e-6);
    }
}
