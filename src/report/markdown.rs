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
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
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
            let _ = write!(out, "{} {}\n\n", "#".repeat(level), escape(text));
        }
        Block::Paragraph { runs: r, .. } => {
            let text = runs(r);
            if !text.trim().is_empty() {
                out.push_str(&block_start(text.trim().to_owned()));
                out.push_str("\n\n");
            }
        }
        Block::List { items } => {
            for item in items {
                let _ = writeln!(out, "- {}", block_start(runs(item).trim().to_owned()));
            }
            out.push('\n');
        }
        Block::Table { header, rows, .. } => {
            let cells = |cells: Vec<String>| format!("| {} |\n", cells.join(" | "));
            out.push_str(&cells(header.iter().map(|h| escape(h)).collect()));
            out.push_str(&cells(header.iter().map(|_| "---".to_owned()).collect()));
            for row in rows {
                out.push_str(&cells(
                    row.iter().map(|c| runs(c).trim().to_owned()).collect(),
                ));
            }
            out.push('\n');
        }
        Block::Radar { alt, .. } => {
            let _ = write!(out, "*{}*\n\n", escape(alt));
        }
        Block::Bars { bars } => {
            for bar in bars {
                let _ = writeln!(
                    out,
                    "- {}",
                    block_start(format!("{}: {}", escape(&bar.label), escape(&bar.text)))
                );
            }
            out.push('\n');
        }
        Block::Space(_) | Block::PageBreak => {}
    }
}

/// The report as one Markdown document.
pub fn render(doc: &ReportDoc) -> String {
    let mut out = String::new();
    for b in doc.blocks() {
        block(&mut out, b);
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out.push('\n');
    out
}
