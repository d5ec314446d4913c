//! Evidence links: which ones may be opened (http, https, mailto) and which are kept as text and
//! flagged. The same rule serves the app, the report and validation.

use url::Url;

/// The schemes an evidence link may be opened or made clickable with.
pub const ALLOWED_SCHEMES: [&str; 3] = ["http", "https", "mailto"];

/// What an evidence link is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkKind {
    /// No link given (a paper document, say).
    Empty,
    /// A link that may be opened.
    Allowed(Url),
    /// A well-formed link whose scheme is not allowed (`javascript:`, `file:`, …).
    Disallowed {
        /// The scheme, lower case.
        scheme: String,
    },
    /// Text that is not a link at all.
    Invalid,
}

impl LinkKind {
    /// Classifies a stored link.
    pub fn of(link: &str) -> Self {
        let link = link.trim();
        if link.is_empty() {
            return Self::Empty;
        }
        match Url::parse(link) {
            Ok(url) if ALLOWED_SCHEMES.contains(&url.scheme()) && is_complete(&url) => {
                Self::Allowed(url)
            }
            Ok(url) if ALLOWED_SCHEMES.contains(&url.scheme()) => Self::Invalid,
            Ok(url) => Self::Disallowed {
                scheme: url.scheme().to_owned(),
            },
            Err(_) => Self::Invalid,
        }
    }

    /// The URL to open, only for allowed links.
    pub fn openable(&self) -> Option<&Url> {
        match self {
            Self::Allowed(url) => Some(url),
            _ => None,
        }
    }

    /// Why the link will not be opened, for a message; `None` for allowed and empty links.
    pub fn problem(&self) -> Option<String> {
        match self {
            Self::Empty | Self::Allowed(_) => None,
            Self::Disallowed { scheme } => Some(format!(
                "link scheme \"{scheme}:\" is not allowed (only http, https and mailto links are opened)"
            )),
            Self::Invalid => Some("link is not a valid web address or email link".to_owned()),
        }
    }
}

/// An http(s) link needs a host; a mailto link needs an address.
fn is_complete(url: &Url) -> bool {
    match url.scheme() {
        "mailto" => url.path().contains('@'),
        _ => url.host_str().is_some_and(|host| !host.is_empty()),
    }
}

/// How a link reads on paper: the host (without "www.") and path, shortened in the middle
/// when long ("cwmtawe.ac.uk/civic/strategy-2030/…/summary.pdf"); for mailto, the address.
pub fn short_form(url: &Url) -> String {
    const MOST: usize = 64;
    let text = if url.scheme() == "mailto" {
        url.path().to_owned()
    } else {
        let host = url.host_str().unwrap_or_default();
        let host = host.strip_prefix("www.").unwrap_or(host);
        let path = url.path().trim_end_matches('/');
        let query = if url.query().is_some() { "?…" } else { "" };
        format!("{host}{path}{query}")
    };
    let count = text.chars().count();
    if count <= MOST {
        return text;
    }
    let head: String = text.chars().take(MOST * 3 / 5).collect();
    let tail: String = text.chars().skip(count - MOST * 2 / 5 + 1).collect();
    format!("{head}…{tail}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_read_short_on_paper() {
        let short = |link: &str| short_form(LinkKind::of(link).openable().unwrap());
        assert_eq!(
            short("https://www.cwmtawe.ac.uk/civic/"),
            "cwmtawe.ac.uk/civic"
        );
        assert_eq!(short("https://example.org"), "example.org");
        assert_eq!(
            short("mailto:civic@cwmtawe.ac.uk?subject=Hi"),
            "civic@cwmtawe.ac.uk"
        );
        assert_eq!(short("https://example.org/a?b=c"), "example.org/a?…");
        let long = short(
            "https://www.cwmtawe.ac.uk/civic/strategy-2030/appendices/annex-b/minutes/2026/summary-final.pdf",
        );
        assert_eq!(long.chars().count(), 63, "{long}");
        assert!(
            long.starts_with("cwmtawe.ac.uk/civic/strategy-2030/"),
            "{long}"
        );
        assert!(long.ends_with("/2026/summary-final.pdf"), "{long}");
        assert!(long.contains('…'));
    }

    #[test]
    fn classifies_links() {
        assert_eq!(LinkKind::of(""), LinkKind::Empty);
        assert_eq!(LinkKind::of("   "), LinkKind::Empty);
        assert!(
            LinkKind::of("https://example.ac.uk/report.pdf")
                .openable()
                .is_some()
        );
        assert!(LinkKind::of("HTTP://example.ac.uk").openable().is_some());
        assert!(
            LinkKind::of("mailto:civic@example.ac.uk")
                .openable()
                .is_some()
        );
        assert_eq!(
            LinkKind::of("javascript:alert(1)"),
            LinkKind::Disallowed {
                scheme: "javascript".to_owned()
            }
        );
        assert_eq!(
            LinkKind::of("file:///etc/passwd"),
            LinkKind::Disallowed {
                scheme: "file".to_owned()
            }
        );
        assert_eq!(LinkKind::of("www.example.ac.uk"), LinkKind::Invalid);
        assert_eq!(LinkKind::of("https://"), LinkKind::Invalid);
        assert_eq!(LinkKind::of("mailto:"), LinkKind::Invalid);
        assert!(LinkKind::of("javascript:x").problem().is_some());
        assert!(LinkKind::of("https://a.example").problem().is_none());
    }
}
