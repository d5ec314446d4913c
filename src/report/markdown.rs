//! The whole report as Markdown (with GitHub's tables), for pasting into a Civic
//! University Agreement draft or a wiki. Written from the same content as the PDF, so it says
//! the same: the chart becomes its text alternative, and links stay clickable only for http,
//! https and mailto.

use std::fmt::Write as _;

use super::doc::{Block, ReportDoc, Run, Weight};

/// Characters with a meaning in Markdown, escaped wherever they appear in text.
const SPECIAL: &[char] = &['\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~'];

/// Text that reads as itself in Markdown.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            c if SPECIAL.contains(&c) => {
                out.push('\\');
                out.push(c);
            }
            // Line breaks are kept for the block to render; see `hard_breaks` and `one_line`.
            '\n' => out.push('\n'),
            '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A paragraph's text with its line breaks as Markdown hard breaks (a backslash at the end of
/// the line), continuation lines indented by `indent`; no line may start a list or a rule.
fn hard_breaks(text: &str, indent: &str) -> String {
    text.trim()
        .lines()
        .map(|line| block_start(line.trim().to_owned()))
        .collect::<Vec<_>>()
        .join(&format!("\\\n{indent}"))
}

/// Text that must stay on one line (headings, table cells): line breaks become spaces.
fn one_line(text: &str) -> String {
    text.replace('\n', " ")
}

/// A paragraph or list item that starts like a list marker ("- ", "+ ", "3. ") is not one.
fn block_start(mut text: String) -> String {
    let marker_end = |rest: &str| rest.is_empty() || rest.starts_with(' ');
    // A leading "-" or "+" may start a list item or, as "---", a rule.
    if text.starts_with(['-', '+']) {
        text.insert(0, '\\');
    } else if let Some(digits) = text.find(|c: char| !c.is_ascii_digit())
        && (1..10).contains(&digits)
        && text[digits..].starts_with(['.', ')'])
        && marker_end(&text[digits + 1..])
    {
        text.insert(digits, '\\');
    }
    text
}

fn runs(runs: &[Run]) -> String {
    let mut out = String::new();
    for run in runs {
        out.push_str(&run_text(run));
    }
    out
}

fn run_text(run: &Run) -> String {
    {
        {
            let text = escape(run.text.trim_end_matches('\n'));
            if text.trim().is_empty() {
                return text;
            }
            // Emphasis may not start or end inside spaces, so they stay outside the markers.
            let lead = &text[..text.len() - text.trim_start().len()];
            let trail = &text[text.trim_end().len()..];
            let core = text.trim();
            let styled = match run.weight {
                Weight::Regular => core.to_owned(),
                Weight::Bold => format!("**{core}**"),
                Weight::Italic => format!("*{core}*"),
            };
            let styled = match &run.link {
                Some(link) => format!("[{styled}](<{}>)", link.url.replace(['<', '>'], "")),
                None => styled,
            };
            format!("{lead}{styled}{trail}")
        }
    }
}

fn block(out: &mut String, block: &Block) {
    match block {
        Block::Heading { level, text, .. } => {
            let level = usize::from((*level).clamp(1, 6));
            let _ = write!(out, "{} {}\n\n", "#".repeat(level), one_line(&escape(text)));
        }
        Block::Paragraph { runs: r, .. } => {
            let text = runs(r);
            if !text.trim().is_empty() {
                out.push_str(&hard_breaks(&text, ""));
                out.push_str("\n\n");
            }
        }
        Block::List { items } => {
            for item in items {
                let _ = writeln!(out, "- {}", hard_breaks(&runs(item), "  "));
            }
            out.push('\n');
        }
        Block::Table { header, rows, .. } => {
            let cells = |cells: Vec<String>| format!("| {} |\n", cells.join(" | "));
            out.push_str(&cells(
                header.iter().map(|h| one_line(&escape(h))).collect(),
            ));
            out.push_str(&cells(header.iter().map(|_| "---".to_owned()).collect()));
            for row in rows {
                out.push_str(&cells(
                    row.iter().map(|c| one_line(runs(c).trim())).collect(),
                ));
            }
            out.push('\n');
        }
        Block::Radar(radar) => {
            let _ = write!(out, "*{}*\n\n", one_line(&escape(&radar.alt)));
        }
        Block::Bars {
            bars,
            change_header,
        } => {
            for bar in bars {
                let line = if let (Some(header), Some(change)) = (change_header, &bar.change) {
                    crate::tr!(
                        "report-bar-change",
                        domain = escape(&bar.label),
                        value = escape(&bar.text),
                        since = escape(header),
                        change = escape(change)
                    )
                } else {
                    crate::tr!(
                        "report-bar",
                        domain = escape(&bar.label),
                        value = escape(&bar.text)
                    )
                };
                let _ = writeln!(out, "- {}", block_start(one_line(&line)));
            }
            out.push('\n');
        }
        // Markdown has no pages: its readers' tools list the headings themselves, and the
        // fullest version of anything fitted to a page is shown.
        Block::Wide(blocks) => {
            for b in blocks {
                self::block(out, b);
            }
        }
        // A part in another language: its few words worded here are in its language too.
        Block::Part { lang, blocks } => {
            let _lang = crate::i18n::Lang::from_tag(lang).map(crate::i18n::scoped);
            for b in blocks {
                self::block(out, b);
            }
        }
        Block::FirstThatFits(versions) => {
            for b in versions.first().into_iter().flatten() {
                self::block(out, b);
            }
        }
        Block::Contents { .. } | Block::Space(_) | Block::PageBreak => {}
    }
}

pub use crate::model::export_marks::{
    MARK, is_unchanged_markdown as is_unchanged_export, mark_line,
};

/// The report as one Markdown document.
pub fn render(doc: &ReportDoc) -> String {
    let mut out = String::from("\n");
    for b in doc.blocks() {
        block(&mut out, b);
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out.push('\n');
    let mut first = mark_line(&out);
    first.push('\n');
    first + &out
}
