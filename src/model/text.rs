//! User text shown where control characters would do harm: a terminal runs escape sequences
//! (recolouring it, or moving the cursor), and a line break or carriage return inside a value
//! can print a line that looks like the program's own, such as a fake problem. Such characters
//! are shown escaped instead, as `\n`, `\r`, `\t` or `\u{1b}`.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::path::Path;

/// Whether `c` is shown escaped: C0 and C1 controls, DEL, the Unicode line and paragraph
/// separators, and the marks that reorder text (which can make a line read other than it is).
/// Every one is in the Basic Multilingual Plane, so JSON can write each as one `\uXXXX`.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
        )
}

/// `text` with every unsafe character escaped, line breaks included: for one line of output.
pub fn escaped(text: &str) -> Cow<'_, str> {
    escaped_keeping(text, None)
}

/// A path as one line of output, every unsafe character escaped: a file's name can hold any
/// of them (an escape sequence, a line break), and is printed as the person's own text is.
pub fn escaped_path(path: &Path) -> String {
    escaped(&path.display().to_string()).into_owned()
}

/// `text` with every unsafe character but the line break escaped: for whole blocks of output
/// whose lines the program made.
pub fn escaped_but_lines(text: &str) -> Cow<'_, str> {
    escaped_keeping(text, Some('\n'))
}

fn escaped_keeping(text: &str, keep: Option<char>) -> Cow<'_, str> {
    let unsafe_char = |c: char| is_unsafe(c) && Some(c) != keep;
    if !text.chars().any(unsafe_char) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if !unsafe_char(c) {
            out.push(c);
            continue;
        }
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_and_line_breaks_are_shown_not_run() {
        assert_eq!(
            escaped("red \u{1b}[31m\u{7}bell\r\nfake: line\u{202E}"),
            "red \\u{1b}[31m\\u{7}bell\\r\\nfake: line\\u{202e}"
        );
        assert_eq!(escaped_but_lines("a\nb\u{1b}"), "a\nb\\u{1b}");
        assert!(matches!(escaped("Gŵyl — ‘Tŷ’"), Cow::Borrowed(_)));
        assert_eq!(
            escaped_path(Path::new("a\u{1b}]0;x\u{7}\nb\u{9b}.civic.json")),
            "a\\u{1b}]0;x\\u{7}\\nb\\u{9b}.civic.json"
        );
    }
}
