//! The scored PDF report for leadership. `content` decides what it says and `layout` where
//! everything goes (both pure, so tests read the report without a PDF); `pdf` writes the laid-out
//! pages with krilla as a tagged PDF/UA-1 document.

pub mod content;
pub mod doc;
pub mod fonts;
pub mod layout;
