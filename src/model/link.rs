//! Evidence links: which ones may be opened (http, https, mailto) and which are kept as text and
//! flagged. The same rule serves the app, the report and validation, for evidence and for the
//! question bank's own links.
//!
//! A link of an allowed scheme is still not opened when it hides where it goes: a name before
//! `@` that reads like the host (`https://www.cwmtawe.ac.uk@evil.example/`), a host name that
//! mixes alphabets as look-alike addresses do (a Cyrillic `а` among Latin letters), a backslash
//! in the address (which browsers and other programs read differently), an address written as
//! one number or in octal or hexadecimal (`http://3232235777/` is `192.168.1.1`), or an email
//! link that writes to more than one address or also fills in copies, blind copies or the
//! message.

use url::{Host, Url};

use crate::i18n::join_and;
use crate::tr;

/// The schemes an evidence link may be opened or made clickable with.
pub const ALLOWED_SCHEMES: [&str; 3] = ["http", "https", "mailto"];

/// What an evidence link is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkKind {
    /// No link given (a paper document, say).
    Empty,
    /// A link that may be opened.
    Allowed(Url),
    /// A link of an allowed scheme that hides where it goes.
    Deceptive(Deception),
    /// A well-formed link whose scheme is not allowed (`javascript:`, `file:`, …).
    Disallowed {
        /// The scheme, lower case.
        scheme: String,
    },
    /// Text that is not a link at all.
    Invalid,
}

/// How a link hides where it goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Deception {
    /// A name (and perhaps a password) before `@`, which reads like the address.
    UserInfo {
        /// What it really opens.
        host: String,
    },
    /// A host name with a label in more than one alphabet.
    MixedScripts {
        /// The host as it reads.
        host: String,
        /// The host as the browser really looks it up (punycode).
        punycode: String,
    },
    /// An email link that fills in more than the address and subject.
    MailHeaders {
        /// The extra fields, lower case, in order.
        headers: Vec<String>,
    },
    /// An email link to more than one address, the second easily missed.
    MailRecipients {
        /// The addresses, in order, as the link lists them.
        addresses: Vec<String>,
    },
    /// A backslash in the address, where programs disagree: a browser reads it as `/`, so
    /// `https://evil.example\@www.cwmtawe.ac.uk/` opens evil.example, while others read the
    /// part before `@` as a name.
    Backslash {
        /// What a browser opens.
        host: String,
    },
    /// An IP address written other than as four decimal numbers (one number, octal or
    /// hexadecimal), which reads like no address at all.
    NumericHost {
        /// The address as typed.
        typed: String,
        /// The address it opens, as four decimal numbers.
        opens: String,
    },
}

impl Deception {
    /// How `url`, an allowed and complete link parsed from `raw` (as typed, trimmed), hides where
    /// it goes, if it does. Some tricks are seen only in `raw`, as the parser tidies them away.
    fn of(raw: &str, url: &Url) -> Option<Self> {
        if url.scheme() == "mailto" {
            let addresses = recipients(url);
            if addresses.len() > 1 {
                return Some(Self::MailRecipients { addresses });
            }
            let mut headers: Vec<String> = Vec::new();
            for (key, _) in url.query_pairs() {
                let key = key.to_lowercase();
                if key != "subject" && !headers.contains(&key) {
                    headers.push(key);
                }
            }
            return (!headers.is_empty()).then_some(Self::MailHeaders { headers });
        }
        let authority = raw_authority(raw);
        if authority.contains('\\') {
            return Some(Self::Backslash {
                host: url.host_str().unwrap_or_default().to_owned(),
            });
        }
        if let Some(Host::Ipv4(ip)) = url.host() {
            let typed = raw_host(authority);
            let opens = ip.to_string();
            if typed != opens {
                return Some(Self::NumericHost {
                    typed: typed.to_owned(),
                    opens,
                });
            }
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Some(Self::UserInfo {
                host: url.host_str().unwrap_or_default().to_owned(),
            });
        }
        let Some(Host::Domain(punycode)) = url.host() else {
            return None;
        };
        let (host, _) = idna::domain_to_unicode(punycode);
        let mixed = host.split('.').any(|label| {
            !label.is_empty() && unicode_script::ScriptExtension::for_str(label).is_empty()
        });
        mixed.then(|| Self::MixedScripts {
            host: host.clone(),
            punycode: punycode.to_owned(),
        })
    }

    /// Why the link is not opened.
    fn problem(&self) -> String {
        match self {
            Self::UserInfo { host } => tr!("problem-link-user-info", host = host.as_str()),
            Self::MixedScripts { host, punycode } => tr!(
                "problem-link-mixed-scripts",
                host = host.as_str(),
                punycode = punycode.as_str()
            ),
            Self::MailHeaders { headers } => {
                tr!("problem-link-mail-headers", headers = join_and(headers))
            }
            Self::MailRecipients { addresses } => tr!(
                "problem-link-mail-recipients",
                addresses = join_and(addresses)
            ),
            Self::Backslash { host } => tr!("problem-link-backslash", host = host.as_str()),
            Self::NumericHost { typed, opens } => tr!(
                "problem-link-numeric-host",
                typed = typed.as_str(),
                opens = opens.as_str()
            ),
        }
    }
}

/// The addresses an email link writes to (its path, before any `?`), split at commas and
/// semicolons as mail programs split them, percent-escapes decoded.
fn recipients(url: &Url) -> Vec<String> {
    let path = url.path();
    let decoded = percent_decoded(path);
    decoded
        .split([',', ';'])
        .map(str::trim)
        .filter(|address| !address.is_empty())
        .map(str::to_owned)
        .collect()
}

/// `text` with `%XX` escapes decoded (invalid escapes and bytes kept as they are).
fn percent_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        let hex = bytes
            .get(at + 1..at + 3)
            .and_then(|pair| std::str::from_utf8(pair).ok())
            .filter(|_| byte == b'%')
            .and_then(|pair| u8::from_str_radix(pair, 16).ok());
        if let Some(decoded) = hex {
            out.push(decoded);
            at += 3;
        } else {
            out.push(byte);
            at += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The part of a link as typed between `//` and the path, query or fragment: a name before
/// `@`, the host and a port. A backslash does not end it here, though a browser ends it there.
fn raw_authority(raw: &str) -> &str {
    let Some((_, rest)) = raw.split_once("//") else {
        return "";
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    rest.get(..end).unwrap_or_default()
}

/// The host of an authority as typed: without a name before `@` or a port.
fn raw_host(authority: &str) -> &str {
    let host = authority
        .rsplit_once('@')
        .map_or(authority, |(_, host)| host);
    match host.rsplit_once(':') {
        Some((host, port)) if port.bytes().all(|b| b.is_ascii_digit()) => host,
        _ => host,
    }
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
                match Deception::of(link, &url) {
                    Some(deception) => Self::Deceptive(deception),
                    None => Self::Allowed(url),
                }
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
            Self::Deceptive(deception) => Some(deception.problem()),
            Self::Disallowed { scheme } => {
                Some(tr!("problem-link-disallowed", scheme = scheme.as_str()))
            }
            Self::Invalid => Some(tr!("problem-link-invalid")),
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
    fn links_that_hide_where_they_go_are_not_opened() {
        let problem = |link: &str| {
            let kind = LinkKind::of(link);
            assert!(kind.openable().is_none(), "{link} would open");
            kind.problem().unwrap()
        };
        assert_eq!(
            problem("https://www.cwmtawe.ac.uk@evil.example/"),
            "link has a name before \"@\" that reads like the address, but it opens evil.example"
        );
        assert!(problem("https://user:pw@example.org/").contains("opens example.org"));
        // A Cyrillic а among Latin letters.
        assert_eq!(
            problem("https://p\u{0430}ypal.example/"),
            "link's address pаypal.example mixes alphabets, as look-alike addresses do; it is really xn--pypal-4ve.example"
        );
        assert_eq!(
            problem(
                "mailto:civic@cwmtawe.ac.uk?cc=a@b.example&BCC=c@d.example&body=Hi&bcc=e@f.example"
            ),
            "email link also fills in cc, bcc and body; only an address (and a subject) is opened"
        );
        // One alphabet, however unusual, is a real address; so are a subject and digits.
        for fine in [
            "https://\u{043f}\u{0440}\u{0438}\u{043c}\u{0435}\u{0440}.\u{0440}\u{0444}/",
            "https://caf\u{00e9}-2026.example/",
            "mailto:civic@cwmtawe.ac.uk?subject=Hi",
            "https://www.cwmtawe.ac.uk/a@b",
        ] {
            assert!(LinkKind::of(fine).openable().is_some(), "{fine}");
        }
    }

    #[test]
    fn backslashes_hidden_recipients_and_numeric_addresses_are_not_opened() {
        let problem = |link: &str| {
            let kind = LinkKind::of(link);
            assert!(kind.openable().is_none(), "{link} would open");
            kind.problem().unwrap()
        };
        assert_eq!(
            problem("https://evil.example\\@www.cwmtawe.ac.uk/"),
            "link's address has a backslash, which browsers and other programs read differently; a browser opens evil.example"
        );
        assert!(problem("https://www.cwmtawe.ac.uk\\.evil.example/").contains("backslash"));
        assert_eq!(
            problem("mailto:a@b.example,c@evil.example"),
            "email link writes to a@b.example and c@evil.example, not to one address; only a link to one address is opened"
        );
        assert!(problem("mailto:a@b.example%2Cc@evil.example").contains("c@evil.example"));
        assert!(problem("mailto:a@b.example;c@evil.example?subject=Hi").contains("c@evil.example"));
        for (link, typed) in [
            ("http://3232235777/", "3232235777"),
            ("http://0300.0250.0.1/", "0300.0250.0.1"),
            ("http://0xC0A80001/", "0xC0A80001"),
            ("https://user@0xC0A80001:8080/x", "0xC0A80001"),
            ("http://192.168.1/", "192.168.1"),
        ] {
            let problem = problem(link);
            assert!(
                problem.starts_with(&format!("link's address {typed} is a number")),
                "{link}: {problem}"
            );
        }
        assert!(problem("http://3232235777/").ends_with("but it opens 192.168.1.1"));
        // Written as people write them, addresses open; so does a backslash after the host.
        for fine in [
            "http://192.168.1.1/",
            "http://192.168.1.1:8080/report",
            "https://www.cwmtawe.ac.uk/a\\b",
            "https://www.cwmtawe.ac.uk/?q=a,b",
            "mailto:civic@cwmtawe.ac.uk",
            "https://[::1]/",
        ] {
            assert!(LinkKind::of(fine).openable().is_some(), "{fine}");
        }
    }

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
