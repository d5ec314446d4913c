//! The radar chart of domain maturity, drawn as the content of its figure: rings for the six
//! phases, an axis per domain (axis 0 up, then clockwise), the rated profile and a label with the
//! value outside each axis. An unrated domain is never drawn as zero: it has no point, its axis is
//! dashed, and the profile bridges straight from one rated neighbour to the next, dashed, as the
//! app's chart does (never a dip to the centre, which would read as 0).

#![expect(
    clippy::cast_precision_loss,
    reason = "chart geometry: a handful of axes, and points need no more than f32"
)]

use krilla::geom::PathBuilder;
use krilla::num::NormalizedF32;
use krilla::paint::StrokeDash;
use krilla::surface::Surface;

use super::paint::{Pen, fill, line, round_stroke, stroke};
use crate::i18n::decimal;
use crate::report::doc::Weight;
use crate::report::layout::{Ink, MARGIN_X, Measure as _, PAGE_WIDTH};
use crate::scoring::radar::{self, Edge, Radar, RadarAxis};

/// The outer ring is phase 6.
const PHASES: f32 = 6.0;
/// The outer ring's radius, as a share of the chart's side.
const RADIUS: f32 = 0.3;
/// Label font size and line spacing.
const LABEL_SIZE: f32 = 7.5;
const LABEL_LEADING: f32 = 9.0;
/// Space between the outer ring and a label.
const LABEL_GAP: f32 = 7.0;
/// Labels wrap to at most this width, on at most two lines.
const LABEL_WIDTH: f32 = 125.0;
const LABEL_LINES: usize = 2;
/// Opacity of the profile's area.
const AREA_OPACITY: f32 = 0.25;
/// Radius of the dot at a rated value.
const DOT: f32 = 2.1;

/// The chart's centre, outer radius and axis count.
struct Geometry {
    centre: (f32, f32),
    radius: f32,
    count: usize,
}

impl Geometry {
    /// The unit vector of axis `index` (y grows downwards).
    fn direction(&self, index: usize) -> (f32, f32) {
        unit(index, self.count)
    }

    /// The point `distance` out along axis `index`.
    fn point(&self, index: usize, distance: f32) -> (f32, f32) {
        let (dx, dy) = self.direction(index);
        (self.centre.0 + dx * distance, self.centre.1 + dy * distance)
    }

    /// The point of a value on axis `index`, or `None` when there is none.
    fn value_point(&self, index: usize, value: Option<f64>) -> Option<(f32, f32)> {
        let value = value.filter(|v| v.is_finite())?;
        Some(self.point(index, self.radius * Radar::reach(value)))
    }
}

/// Step `index` of `count` round a circle, clockwise from straight up (the app's directions).
fn unit(index: usize, count: usize) -> (f32, f32) {
    radar::direction(index, count)
}

/// Draws the chart in the square `(left, top, side)`.
pub(super) fn draw(surface: &mut Surface<'_>, pen: &Pen<'_>, rect: (f32, f32, f32), radar: &Radar) {
    let axes = radar.axes.as_slice();
    if axes.is_empty() {
        return;
    }
    let (left, top, side) = rect;
    let geometry = Geometry {
        centre: (left + side / 2.0, top + side / 2.0),
        radius: side * RADIUS,
        count: axes.len(),
    };
    rings(surface, &geometry);
    for (index, axis) in axes.iter().enumerate() {
        let end = geometry.point(index, geometry.radius);
        let dash = axis.maturity.is_none().then(|| StrokeDash {
            array: vec![1.5, 2.0],
            offset: 0.0,
        });
        line(surface, geometry.centre, end, stroke(Ink::Rule, 0.6, dash));
    }
    earlier_profile(surface, &geometry, radar);
    profile(surface, &geometry, radar);
    for (index, axis) in axes.iter().enumerate() {
        label(surface, pen, &geometry, index, axis);
    }
    ring_numbers(surface, pen, &geometry);
}

/// The rings' phase numbers, small and muted, beside the top axis where each ring crosses it,
/// clear of the dots a value or an earlier value puts on that axis.
fn ring_numbers(surface: &mut Surface<'_>, pen: &Pen<'_>, geometry: &Geometry) {
    const SIZE: f32 = 5.5;
    for phase in 1..=6_u8 {
        let (x, y) = geometry.point(0, geometry.radius * f32::from(phase) / PHASES);
        pen.text(
            surface,
            (x + DOT + 1.6, y - 1.0),
            SIZE,
            Weight::Regular,
            Ink::Muted,
            &phase.to_string(),
        );
    }
}

/// The earlier assessment's profile, when comparing: a dashed outline of the same shape as
/// the profile (bridging unrated axes), under the current one.
fn earlier_profile(surface: &mut Surface<'_>, geometry: &Geometry, radar: &Radar) {
    let points: Vec<Option<(f32, f32)>> = radar
        .axes
        .iter()
        .enumerate()
        .map(|(index, axis)| geometry.value_point(index, axis.earlier_value()))
        .collect();
    let mut edges = PathBuilder::new();
    for (a, b, _) in sides(&points, &radar.earlier_profile) {
        edges.move_to(a.0, a.1);
        edges.line_to(b.0, b.1);
    }
    for &(x, y) in points.iter().flatten() {
        circle(&mut edges, (x, y), DOT * 0.8);
    }
    if let Some(edges) = edges.finish() {
        let dash = StrokeDash {
            array: vec![3.0, 2.0],
            offset: 0.0,
        };
        surface.set_fill(None);
        surface.set_stroke(Some(stroke(Ink::Muted, 1.1, Some(dash))));
        surface.draw_path(&edges);
        surface.set_stroke(None);
    }
}

/// A ring per phase: polygons through the axes (circles when there are too few axes for one).
fn rings(surface: &mut Surface<'_>, geometry: &Geometry) {
    let corners = if geometry.count >= 3 {
        geometry.count
    } else {
        48
    };
    let mut path = PathBuilder::new();
    for phase in 1..=6_u8 {
        let distance = geometry.radius * f32::from(phase) / PHASES;
        for corner in 0..corners {
            let (dx, dy) = unit(corner, corners);
            let (x, y) = (
                geometry.centre.0 + dx * distance,
                geometry.centre.1 + dy * distance,
            );
            if corner == 0 {
                path.move_to(x, y);
            } else {
                path.line_to(x, y);
            }
        }
        path.close();
    }
    if let Some(path) = path.finish() {
        surface.set_fill(None);
        surface.set_stroke(Some(stroke(Ink::Rule, 0.5, None)));
        surface.draw_path(&path);
        surface.set_stroke(None);
    }
}

/// The profile: between each rated axis and the next rated one round the circle, a wedge of
/// light accent and a line (dashed where it bridges unrated axes); a dot at every rated value.
fn profile(surface: &mut Surface<'_>, geometry: &Geometry, radar: &Radar) {
    let points: Vec<Option<(f32, f32)>> = radar
        .axes
        .iter()
        .enumerate()
        .map(|(index, axis)| geometry.value_point(index, axis.value()))
        .collect();
    let mut area = PathBuilder::new();
    let mut edges = PathBuilder::new();
    let mut bridges = PathBuilder::new();
    for (a, b, bridges_over) in sides(&points, &radar.profile) {
        area.move_to(geometry.centre.0, geometry.centre.1);
        area.line_to(a.0, a.1);
        area.line_to(b.0, b.1);
        area.close();
        let edges = if bridges_over {
            &mut bridges
        } else {
            &mut edges
        };
        edges.move_to(a.0, a.1);
        edges.line_to(b.0, b.1);
    }
    // One path for all wedges, filled once: no darker seams where wedges meet.
    if let Some(area) = area.finish() {
        let opacity = NormalizedF32::new(AREA_OPACITY).unwrap_or(NormalizedF32::ONE);
        surface.set_stroke(None);
        surface.set_fill(Some(fill(Ink::Accent, opacity)));
        surface.draw_path(&area);
    }
    if let Some(edges) = edges.finish() {
        surface.set_fill(None);
        surface.set_stroke(Some(round_stroke(Ink::Accent, 1.4)));
        surface.draw_path(&edges);
        surface.set_stroke(None);
    }
    if let Some(bridges) = bridges.finish() {
        let dash = StrokeDash {
            array: vec![4.0, 3.0],
            offset: 0.0,
        };
        surface.set_fill(None);
        surface.set_stroke(Some(stroke(Ink::Accent, 1.4, Some(dash))));
        surface.draw_path(&bridges);
        surface.set_stroke(None);
    }
    let mut dots = PathBuilder::new();
    for &(x, y) in points.iter().flatten() {
        circle(&mut dots, (x, y), DOT);
    }
    if let Some(dots) = dots.finish() {
        surface.set_fill(Some(fill(Ink::Accent, NormalizedF32::ONE)));
        surface.draw_path(&dots);
    }
}

/// The end points of each side of a profile, and whether it bridges unrated axes.
fn sides<'a>(
    points: &'a [Option<(f32, f32)>],
    edges: &'a [Edge],
) -> impl Iterator<Item = ((f32, f32), (f32, f32), bool)> + 'a {
    edges.iter().filter_map(|edge| {
        let a = (*points.get(edge.from)?)?;
        let b = (*points.get(edge.to)?)?;
        Some((a, b, edge.bridges))
    })
}

/// A circle of four cubic curves.
fn circle(path: &mut PathBuilder, (x, y): (f32, f32), r: f32) {
    // The control-point distance that makes a quarter circle from a cubic curve.
    let k = 0.552_284_8 * r;
    path.move_to(x + r, y);
    path.cubic_to(x + r, y + k, x + k, y + r, x, y + r);
    path.cubic_to(x - k, y + r, x - r, y + k, x - r, y);
    path.cubic_to(x - r, y - k, x - k, y - r, x, y - r);
    path.cubic_to(x + k, y - r, x + r, y - k, x + r, y);
    path.close();
}

/// How a label lines up with its anchor.
#[derive(Clone, Copy)]
enum Align {
    Left,
    Centre,
    Right,
}

/// An axis's label outside the outer ring, aligned away from the centre and kept within the
/// page margins: the domain on up to two lines, then its value or "not yet rated".
fn label(
    surface: &mut Surface<'_>,
    pen: &Pen<'_>,
    geometry: &Geometry,
    index: usize,
    axis: &RadarAxis,
) {
    let (dx, dy) = geometry.direction(index);
    let (x, y) = geometry.point(index, geometry.radius + LABEL_GAP);
    let right_edge = PAGE_WIDTH - MARGIN_X;
    let (align, room) = if dx > 0.3 {
        (Align::Left, right_edge - x)
    } else if dx < -0.3 {
        (Align::Right, x - MARGIN_X)
    } else {
        (Align::Centre, 2.0 * (x - MARGIN_X).min(right_edge - x))
    };
    let room = room.clamp(LABEL_SIZE * 4.0, LABEL_WIDTH);
    let mut lines: Vec<(String, Weight, Ink)> =
        wrap(pen, Weight::Regular, &axis.label, room, LABEL_LINES)
            .into_iter()
            .map(|text| (text, Weight::Regular, Ink::Text))
            .collect();
    lines.extend(value_lines(axis));
    // Above the anchor for the top axis, below it for the bottom ones, centred beside it at the
    // sides, and smoothly in between.
    let height = lines.len() as f32 * LABEL_LEADING;
    let block_top = y - height / 2.0 + dy * height / 2.0;
    for (number, (text, weight, ink)) in lines.iter().enumerate() {
        let text = pen.printable(*weight, text);
        let width = pen.metrics.width(*weight, LABEL_SIZE, &text);
        let left = match align {
            Align::Left => x,
            Align::Centre => x - width / 2.0,
            Align::Right => x - width,
        };
        let left = left.min(right_edge - width).max(MARGIN_X);
        let baseline = block_top + number as f32 * LABEL_LEADING + LABEL_SIZE * 0.9;
        pen.text(surface, (left, baseline), LABEL_SIZE, *weight, *ink, &text);
    }
}

/// The lines under an axis's name: its value or "not yet rated", then the earlier value in a
/// compared report.
pub(super) fn value_lines(axis: &RadarAxis) -> Vec<(String, Weight, Ink)> {
    let mut lines = vec![match axis.value().filter(|v| v.is_finite()) {
        Some(value) => (decimal(value, 1), Weight::Bold, Ink::Accent),
        None => (
            crate::tr!("pdf-radar-not-rated"),
            Weight::Italic,
            Ink::Muted,
        ),
    }];
    if let Some(earlier) = axis.earlier_value().filter(|v| v.is_finite()) {
        let earlier = decimal(earlier, 1);
        lines.push((
            crate::tr!("pdf-radar-earlier", value = earlier),
            Weight::Italic,
            Ink::Muted,
        ));
    }
    lines
}

/// `text` wrapped at spaces to `width`, on at most `max_lines` lines; what does not fit ends in
/// an ellipsis.
fn wrap(pen: &Pen<'_>, weight: Weight, text: &str, width: f32, max_lines: usize) -> Vec<String> {
    let fits = |line: &str| pen.metrics.width(weight, LABEL_SIZE, line) <= width;
    let text = pen.printable(weight, text);
    let mut lines: Vec<String> = Vec::new();
    let mut words = text.split_whitespace().peekable();
    while let Some(word) = words.next() {
        let mut line = word.to_owned();
        while let Some(next) = words.peek() {
            let longer = format!("{line} {next}");
            if !fits(&longer) {
                break;
            }
            line = longer;
            words.next();
        }
        let more = words.peek().is_some();
        if lines.len() + 1 == max_lines && more {
            let rest: Vec<&str> = words.collect();
            lines.push(ellipsis(&fits, &format!("{line} {}", rest.join(" "))));
            break;
        }
        lines.push(if fits(&line) {
            line
        } else {
            ellipsis(&fits, &line)
        });
    }
    lines
}

/// The longest start of `text` that fits with an ellipsis after it.
fn ellipsis(fits: &impl Fn(&str) -> bool, text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        out.push(c);
        if !fits(&format!("{out}…")) {
            out.pop();
            break;
        }
    }
    format!("{}…", out.trim_end())
}
