//! The pseudo-locale `qps-ploc`: the catalogue's own text accented and 40 % longer, each message
//! bracketed `⟦…⟧`. Arguments are not touched: what is still plain is not from the catalogue.

use std::borrow::Cow;

/// Every ASCII letter's accented look-alike (A–Z, then a–z).
const ACCENTED: [char; 52] = [
    'Å', 'Ɓ', 'Ç', 'Đ', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Î', 'Ĵ', 'Ķ', 'Ļ', 'Ṁ', 'Ñ', 'Ö', 'Þ', 'Ǫ', 'Ŕ', 'Š',
    'Ŧ', 'Û', 'Ṽ', 'Ŵ', 'Ẋ', 'Ý', 'Ž', 'à', 'ƀ', 'ç', 'đ', 'é', 'ƒ', 'ĝ', 'ĥ', 'î', 'ĵ', 'ķ', 'ļ',
    'ɱ', 'ñ', 'ö', 'þ', 'ǫ', 'ŕ', 'š', 'ŧ', 'ü', 'ṽ', 'ŵ', 'ẋ', 'ý', 'ž',
];

/// What lengthens a text: letters that are not a word of any language, so a search for English
/// never finds them, yet wrap and measure as text does.
const PADDING: char = 'ʼ';

fn accented(c: char) -> char {
    let index = match c {
        'A'..='Z' => u32::from(c) - u32::from('A'),
        'a'..='z' => u32::from(c) - u32::from('a') + 26,
        _ => return c,
    };
    usize::try_from(index)
        .ok()
        .and_then(|i| ACCENTED.get(i))
        .copied()
        .unwrap_or(c)
}

/// One stretch of the catalogue's own text, accented and 40 % longer (arguments never reach
/// here: Fluent's transform sees only a message's text).
pub fn transform(text: &str) -> Cow<'_, str> {
    if !text.chars().any(char::is_alphanumeric) {
        return Cow::Borrowed(text);
    }
    let mut out: String = text.chars().map(accented).collect();
    // 40 %, rounded up, after the last letter so that trailing spaces and punctuation stay put.
    let pad = (text.chars().count() * 2).div_ceil(5);
    let at = out
        .char_indices()
        .rfind(|(_, c)| c.is_alphanumeric())
        .map_or(out.len(), |(i, c)| i + c.len_utf8());
    out.insert_str(at, &PADDING.to_string().repeat(pad));
    Cow::Owned(out)
}

/// A whole message, bracketed so that cut-off text and text put together from pieces show.
pub fn wrap(text: &str) -> String {
    format!("⟦{text}⟧")
}
