//! The radar chart of domain maturities, painted with egui. Unrated domains keep their axis,
//! dashed and marked "not yet rated", and the shape bridges over them: unrated is never drawn
//! as 0.

use egui::{Align2, Color32, FontId, Pos2, Sense, Shape, Stroke, Vec2, pos2, vec2};

use super::theme;
use crate::scoring::radar::{self, Radar};

/// Unit direction of axis `index` of `count`: the first straight up, then clockwise (the
/// report's directions, from the one radar model).
pub fn direction(index: usize, count: usize) -> Vec2 {
    let (x, y) = radar::direction(index, count);
    vec2(x, y)
}

/// The chart, `size` points square, with `alt_text` as its accessible description.
pub fn ui(ui: &mut egui::Ui, chart: &Radar, size: f32) -> egui::Response {
    let axes = chart.axes.as_slice();
    let (rect, response) = ui.allocate_exact_size(Vec2::splat(size), Sense::hover());
    let alt = chart.alt.clone();
    response.widget_info(move || egui::WidgetInfo::labeled(egui::Role::Image, true, &alt));
    if !ui.is_rect_visible(rect) || axes.is_empty() {
        return response;
    }
    let palette = theme::palette(ui);
    let painter = ui.painter_at(rect.expand(2.0));
    let centre = rect.center();
    let radius = size * 0.30;
    let count = axes.len();
    let at =
        |index: usize, value: f64| centre + direction(index, count) * radius * Radar::reach(value);
    // Rings for phases 1 to 6.
    for ring in 1..=6_u8 {
        let points: Vec<Pos2> = (0..count).map(|i| at(i, f64::from(ring))).collect();
        let stroke = Stroke::new(if ring == 6 { 1.2 } else { 0.6 }, palette.grid);
        painter.add(Shape::closed_line(points, stroke));
    }
    let small = FontId::proportional(11.0);
    for ring in 1..=6_u8 {
        painter.text(
            at(0, f64::from(ring)) + vec2(4.0, 0.0),
            Align2::LEFT_CENTER,
            ring.to_string(),
            small.clone(),
            palette.weak_text,
        );
    }
    // Axes, dashed where the domain is not yet rated.
    for (index, axis) in axes.iter().enumerate() {
        let end = at(index, radar::MAX);
        if axis.maturity.is_some() {
            painter.line_segment([centre, end], Stroke::new(0.8, palette.grid));
        } else {
            painter.extend(Shape::dashed_line(
                &[centre, end],
                Stroke::new(1.0, palette.weak_text),
                4.0,
                4.0,
            ));
        }
    }
    // The earlier profile, dashed, under the current one: the same shape as the profile.
    let earlier: Vec<Option<Pos2>> = axes
        .iter()
        .enumerate()
        .map(|(i, axis)| axis.earlier_value().map(|v| at(i, v)))
        .collect();
    for edge in &chart.earlier_profile {
        if let (Some(Some(a)), Some(Some(b))) = (earlier.get(edge.from), earlier.get(edge.to)) {
            painter.extend(Shape::dashed_line(
                &[*a, *b],
                Stroke::new(1.5, palette.weak_text),
                5.0,
                3.0,
            ));
        }
    }
    for point in earlier.iter().flatten() {
        painter.circle_stroke(*point, 3.0, Stroke::new(1.2, palette.weak_text));
    }
    // The profile joins the rated domains in order. Across an unrated domain it bridges
    // straight to the next rated one, dashed: never a dip to the centre, which would read as 0.
    let points: Vec<Option<Pos2>> = axes
        .iter()
        .enumerate()
        .map(|(i, axis)| axis.value().map(|v| at(i, v)))
        .collect();
    for edge in &chart.profile {
        let (Some(Some(a)), Some(Some(b))) = (points.get(edge.from), points.get(edge.to)) else {
            continue;
        };
        let (a, b) = (*a, *b);
        painter.add(wedge(centre, a, b, palette.accent_fill));
        if edge.bridges {
            painter.extend(Shape::dashed_line(
                &[a, b],
                Stroke::new(2.0, palette.accent),
                6.0,
                4.0,
            ));
        } else {
            painter.line_segment([a, b], Stroke::new(2.0, palette.accent));
        }
    }
    let rated: Vec<Pos2> = points.iter().flatten().copied().collect();
    for point in &rated {
        painter.circle_filled(*point, 4.0, palette.accent);
    }
    labels_ui(&painter, palette, axes, rect, radius, size);
    response
}

/// The fill between two adjacent rated axes: a triangle from the centre.
fn wedge(centre: Pos2, a: Pos2, b: Pos2, fill: Color32) -> Shape {
    let mut mesh = egui::Mesh::default();
    for point in [centre, a, b] {
        mesh.colored_vertex(point, fill);
    }
    mesh.add_triangle(0, 1, 2);
    Shape::mesh(mesh)
}

/// Each axis's label and value outside the outer ring, kept inside the chart's square.
fn labels_ui(
    painter: &egui::Painter,
    palette: theme::Palette,
    axes: &[radar::RadarAxis],
    rect: egui::Rect,
    radius: f32,
    size: f32,
) {
    let centre = rect.center();
    let count = axes.len();
    let font = FontId::proportional(12.5);
    for (index, axis) in axes.iter().enumerate() {
        let dir = direction(index, count);
        let anchor = centre + dir * (radius + 14.0);
        let align = match (dir.x, dir.y) {
            (x, _) if x > 0.3 => Align2::LEFT_CENTER,
            (x, _) if x < -0.3 => Align2::RIGHT_CENTER,
            (_, y) if y < 0.0 => Align2::CENTER_BOTTOM,
            _ => Align2::CENTER_TOP,
        };
        let value = axis
            .value()
            .map_or_else(crate::scoring::wording::not_yet_rated, |v| {
                crate::i18n::decimal(v, 1)
            });
        let value = match axis.earlier_value() {
            Some(earlier) => crate::tr!(
                "app-radar-earlier",
                value = value,
                earlier = crate::i18n::decimal(earlier, 1)
            ),
            None => value,
        };
        let colour = if axis.maturity.is_some() {
            palette.text
        } else {
            palette.weak_text
        };
        let galley = painter.layout(
            format!("{}\n{value}", axis.label),
            font.clone(),
            colour,
            size * 0.3,
        );
        let pos = align
            .align_size_within_rect(
                galley.size(),
                egui::Rect::from_center_size(anchor, Vec2::ZERO),
            )
            .min;
        let pos = pos2(
            pos.x.clamp(
                rect.left(),
                (rect.right() - galley.size().x).max(rect.left()),
            ),
            pos.y,
        );
        painter.galley(pos, galley, Color32::PLACEHOLDER);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_axis_points_up_and_axes_go_clockwise() {
        let up = direction(0, 4);
        assert!(up.x.abs() < 1e-6 && (up.y + 1.0).abs() < 1e-6);
        let right = direction(1, 4);
        assert!((right.x - 1.0).abs() < 1e-6 && right.y.abs() < 1e-6);
    }
}
