//! What comes into the page: pasted HTML turned into plain text (never
//! markup), and dropped or opened files checked before they are read.

/// Elements whose content is not text a reader sees.
const SKIP: [&str; 8] = ["script", "style", "head", "template", "noscript", "svg", "iframe", "object"];
/// Elements that start a new line.
const BLOCK: [&str; 24] = [
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article",
    "header", "footer", "blockquote", "pre", "hr", "figure", "figcaption", "dd",
];

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| *c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "ndash" => '–',
        "mdash" => '—',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "hellip" => '…',
        "laquo" => '«',
        "raquo" => '»',
        "eacute" => 'é',
        "uuml" => 'ü',
        "ouml" => 'ö',
        "auml" => 'ä',
        "ccedil" => 'ç',
        _ => return None,
    })
}

/// The tag name of a tag's inside (`/p class=x` → (`p`, closing)).
fn tag_name(inside: &str) -> (String, bool) {
    let closing = inside.starts_with('/');
    let name = inside
        .trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase();
    (name, closing)
}

/// Plain text of an HTML fragment: tags dropped, script/style content
/// dropped, entities decoded, blocks on their own lines, runs of spaces
/// collapsed as a browser would show them.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::new();
    let mut skip_until: Option<String> = None;
    let mut rest = html;
    let mut pending_space = false;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |i| &after[i + 3..]);
            continue;
        }
        if rest.starts_with('<') && rest[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!') {
            let end = rest.find('>').unwrap_or(rest.len() - 1);
            let (name, closing) = tag_name(&rest[1..end]);
            rest = &rest[(end + 1).min(rest.len())..];
            if let Some(skip) = &skip_until {
                if closing && *skip == name {
                    skip_until = None;
                }
                continue;
            }
            if !closing && SKIP.contains(&name.as_str()) {
                skip_until = Some(name);
                continue;
            }
            if BLOCK.contains(&name.as_str()) {
                let breaks = if matches!(name.as_str(), "p" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "blockquote") { 2 } else { 1 };
                let have = out.len() - out.trim_end_matches('\n').len();
                if !out.is_empty() && (have < breaks || name == "br") {
                    out.truncate(out.trim_end_matches(' ').len());
                    out.push_str(&"\n".repeat(if name == "br" { 1 } else { breaks - have }));
                }
                pending_space = false;
            } else if name == "td" || name == "th" {
                pending_space = true;
            }
            continue;
        }
        let c = rest.chars().next().unwrap_or(' ');
        let mut len = c.len_utf8();
        let ch = if c == '&' {
            let semi = rest[1..].find(';').filter(|&i| i <= 10);
            match semi.and_then(|i| entity(&rest[1..1 + i]).map(|ch| (ch, i + 2))) {
                Some((ch, l)) => {
                    len = l;
                    ch
                }
                None => '&',
            }
        } else {
            c
        };
        rest = &rest[len..];
        if skip_until.is_some() {
            continue;
        }
        if ch.is_whitespace() && ch != '\u{a0}' {
            pending_space = true;
            continue;
        }
        if pending_space && !out.is_empty() && !out.ends_with('\n') {
            out.push(' ');
        }
        pending_space = false;
        out.push(ch);
    }
    out.trim().to_string()
}

/// What a dropped or opened file is, from its name and type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Text,
    Html,
}

/// Whether a file may be read as an article; `Err` is the message to show.
pub fn file_kind(name: &str, mime: &str) -> Result<FileKind, String> {
    let lower = name.to_ascii_lowercase();
    let ext = lower.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    if matches!(ext, "html" | "htm" | "xhtml") || mime == "text/html" {
        return Ok(FileKind::Html);
    }
    if matches!(ext, "txt" | "md" | "markdown" | "text") || mime.starts_with("text/") {
        return Ok(FileKind::Text);
    }
    Err(format!(
        "“{name}” is not a text file{}. Parley reads .txt, .md and .html files; copy the article's text and paste it instead.",
        if mime.is_empty() { String::new() } else { format!(" ({mime})") }
    ))
}

/// The article in a file's bytes, or the message to show.
pub fn read_file(name: &str, mime: &str, bytes: &[u8]) -> Result<String, String> {
    let kind = file_kind(name, mime)?;
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes))
        .map_err(|_| format!("“{name}” is not UTF-8 text: open it in an editor, save it as UTF-8, and try again."))?;
    if text.contains('\0') {
        return Err(format!("“{name}” looks like a binary file, not text."));
    }
    let text = match kind {
        FileKind::Html => html_to_text(text),
        FileKind::Text => text.replace("\r\n", "\n"),
    };
    if text.trim().is_empty() {
        return Err(format!("“{name}” holds no text."));
    }
    Ok(text)
}

/// Byte offset in `text` of a UTF-16 offset (what the browser counts in).
pub fn utf16_to_byte(text: &str, units: usize) -> usize {
    let mut seen = 0;
    for (i, c) in text.char_indices() {
        if seen >= units {
            return i;
        }
        seen += c.len_utf16();
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_becomes_plain_text() {
        let html = "<p>Russia <b>rejected</b> the&nbsp;plan &amp; left.</p><p>Talks&#8212;over?</p>";
        assert_eq!(html_to_text(html), "Russia rejected the\u{a0}plan & left.\n\nTalks—over?");
    }

    #[test]
    fn scripts_styles_and_comments_are_dropped() {
        let html = "<html><head><title>x</title><style>p{}</style></head><body><script>alert(1)</script>\
                    <!-- note --><div>Kyiv</div><img src=x onerror=alert(1)><div>said</div></body></html>";
        assert_eq!(html_to_text(html), "Kyiv\nsaid");
    }

    #[test]
    fn whitespace_collapses_and_breaks_stay() {
        assert_eq!(html_to_text("a\n   b<br>c<li>d</li><li>e</li>"), "a b\nc\nd\ne");
        assert_eq!(html_to_text("5 &lt; 6 &bogus; &#x41;"), "5 < 6 &bogus; A");
        assert_eq!(html_to_text("a < b"), "a < b");
    }

    #[test]
    fn files_are_checked_before_reading() {
        assert_eq!(read_file("a.txt", "", b"Kyiv said.\r\n").unwrap(), "Kyiv said.\n");
        assert_eq!(read_file("a.md", "", "\u{feff}# T".as_bytes()).unwrap(), "# T");
        assert_eq!(read_file("page.HTML", "", b"<p>Kyiv</p>").unwrap(), "Kyiv");
        let png = read_file("photo.png", "image/png", b"\x89PNG").unwrap_err();
        assert!(png.contains("not a text file (image/png)"), "{png}");
        assert!(read_file("a.txt", "", b"\xff\xfe").unwrap_err().contains("not UTF-8"));
        assert!(read_file("a.txt", "", b"a\0b").unwrap_err().contains("binary"));
        assert!(read_file("a.txt", "", b"  ").unwrap_err().contains("no text"));
    }

    #[test]
    fn utf16_offsets_map_to_bytes() {
        let t = "é😀x";
        assert_eq!(utf16_to_byte(t, 0), 0);
        assert_eq!(utf16_to_byte(t, 1), 2);
        assert_eq!(utf16_to_byte(t, 3), 6);
        assert_eq!(utf16_to_byte(t, 9), 7);
    }
}
