//! HTML escaping as a `Display` wrapper (rustdoc's `html/escape.rs`): `write!(out, "{}",
//! Escape(text))` escapes straight into the output, with no string allocated per value.

use std::fmt;

/// Text escaped for HTML content and attribute values: `&`, `<`, `>`, `"` and `'`.
#[derive(Debug, Clone, Copy)]
pub struct Escape<'a>(pub &'a str);

impl fmt::Display for Escape<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.0;
        let mut last = 0;
        // The characters to escape are ASCII: a byte scan finds them, and slices stay on
        // character boundaries.
        for (i, byte) in text.bytes().enumerate() {
            let entity = match byte {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                b'"' => "&quot;",
                b'\'' => "&#39;",
                _ => continue,
            };
            f.write_str(&text[last..i])?;
            f.write_str(entity)?;
            last = i + 1;
        }
        f.write_str(&text[last..])
    }
}

#[cfg(test)]
mod tests {
    use super::Escape;

    #[test]
    fn escapes_markup_and_quotes_and_keeps_the_rest() {
        assert_eq!(Escape("a < b & \"c\" > 'd' — é").to_string(), "a &lt; b &amp; &quot;c&quot; &gt; &#39;d&#39; — é");
        assert_eq!(Escape("").to_string(), "");
        assert_eq!(Escape("plain").to_string(), "plain");
    }
}
