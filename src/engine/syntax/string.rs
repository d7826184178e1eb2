//! Decoding string literals: prefixes, quotes and escape sequences.
//!
//! The lexer only finds where a literal ends; this module turns the text
//! between its quotes into a value, as CPython's `Parser/string_parser.c`
//! does (`decode_unicode_with_escapes`, `decode_bytes_with_escapes`),
//! including its error messages. F-string fields are parsed by the parser
//! (`parser/fstring.rs`), which uses [`decode_str`] for the literal parts.

/// What a literal's prefix says about it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Prefix {
    /// `b`: a bytes literal.
    pub bytes: bool,
    /// `r`: backslashes are kept as written.
    pub raw: bool,
    /// `f`: an f-string.
    pub fstring: bool,
}

/// The parts of a string literal's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Literal {
    pub prefix: Prefix,
    /// Byte offset of the text between the quotes, within the literal.
    pub body_start: usize,
    /// Byte offset just past that text, within the literal.
    pub body_end: usize,
}

/// Splits a whole literal as the lexer delimited it (`rb'''…'''`).
pub fn split_literal(text: &str) -> Literal {
    let mut prefix = Prefix::default();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() && bytes[i] != b'"' && bytes[i] != b'\'' {
        match bytes[i].to_ascii_lowercase() {
            b'b' => prefix.bytes = true,
            b'r' => prefix.raw = true,
            b'f' => prefix.fstring = true,
            _ => {}
        }
        i += 1;
    }
    let quote = bytes.get(i).copied().unwrap_or(b'"');
    let triple = bytes.len() >= i + 6 && bytes[i + 1] == quote && bytes[i + 2] == quote;
    let quote_len = if triple { 3 } else { 1 };
    let body_start = (i + quote_len).min(bytes.len());
    let body_end = bytes.len().saturating_sub(quote_len).max(body_start);
    Literal {
        prefix,
        body_start,
        body_end,
    }
}

/// Why a literal could not be decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// A bad escape, with CPython's message ("(unicode error) …"). CPython
    /// reports it at the token after the literal.
    Escape(String),
    /// A non-ASCII character in a bytes literal, reported at the literal.
    NotAscii,
    /// An escape coroscope does not support (`\N{…}`, lone surrogates).
    Unsupported(String),
}

/// Decodes the body of a str literal (or a literal part of an f-string).
pub fn decode_str(body: &str, raw: bool) -> Result<String, DecodeError> {
    if raw {
        return Ok(normalize_newlines(body));
    }
    if !body.contains(['\\', '\r']) {
        return Ok(body.to_string());
    }
    let mut out = String::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\r' {
            if matches!(chars.peek(), Some((_, '\n'))) {
                chars.next();
            }
            out.push('\n');
            continue;
        }
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some(&(_, next)) = chars.peek() else {
            // A backslash at the very end (possible in f-string literal
            // parts) stands for itself.
            out.push('\\');
            break;
        };
        chars.next();
        match next {
            '\n' => {}
            '\r' => {
                if matches!(chars.peek(), Some((_, '\n'))) {
                    chars.next();
                }
            }
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut value = next.to_digit(8).unwrap();
                for _ in 0..2 {
                    match chars.peek() {
                        Some(&(_, d @ '0'..='7')) => {
                            value = value * 8 + d.to_digit(8).unwrap();
                            chars.next();
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(value).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let (width, name) = match next {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut value: u32 = 0;
                let mut count = 0;
                while count < width {
                    match chars.peek() {
                        Some(&(_, d)) if d.is_ascii_hexdigit() => {
                            value = value * 16 + d.to_digit(16).unwrap();
                            chars.next();
                            count += 1;
                        }
                        _ => break,
                    }
                }
                let start = recoded_position(body, i);
                if count < width {
                    // CPython's range ends at the last character it read.
                    let end = start + 1 + count;
                    return Err(unicode_error(start, end, name));
                }
                if value > 0x10FFFF {
                    return Err(unicode_error(
                        start,
                        start + 1 + width,
                        "illegal Unicode character",
                    ));
                }
                match char::from_u32(value) {
                    Some(c) => out.push(c),
                    None => {
                        return Err(DecodeError::Unsupported(format!(
                            "lone surrogate \\{next}{value:0w$x} in a string is not supported by coroscope",
                            w = width
                        )));
                    }
                }
            }
            'N' => {
                return Err(DecodeError::Unsupported(
                    "\\N{...} escapes are not supported by coroscope yet; write the character itself".into(),
                ));
            }
            other => {
                // Not an escape: CPython keeps the backslash (and warns).
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// Decodes the body of a bytes literal.
pub fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, DecodeError> {
    if !body.is_ascii() {
        return Err(DecodeError::NotAscii);
    }
    let body = normalize_newlines(body);
    let bytes = body.as_bytes();
    if raw {
        return Ok(bytes.to_vec());
    }
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        i += 1;
        if c != b'\\' {
            out.push(c);
            continue;
        }
        let Some(&next) = bytes.get(i) else {
            return Err(DecodeError::Escape(
                "(value error) Trailing \\ in string".into(),
            ));
        };
        i += 1;
        match next {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(0x07),
            b'b' => out.push(0x08),
            b'f' => out.push(0x0c),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(0x0b),
            b'0'..=b'7' => {
                let mut value = u32::from(next - b'0');
                for _ in 0..2 {
                    match bytes.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            value = value * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(value as u8);
            }
            b'x' => {
                let hex = |b: Option<&u8>| b.and_then(|&b| (b as char).to_digit(16));
                match (hex(bytes.get(i)), hex(bytes.get(i + 1))) {
                    (Some(high), Some(low)) => {
                        out.push((high * 16 + low) as u8);
                        i += 2;
                    }
                    _ => {
                        let position = i - 2;
                        return Err(DecodeError::Escape(format!(
                            "(value error) invalid \\x escape at position {position}"
                        )));
                    }
                }
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// `\r\n` and `\r` become `\n`, as CPython's tokenizer reads them.
pub fn normalize_newlines(text: &str) -> String {
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text.to_string()
    }
}

fn unicode_error(start: usize, end: usize, reason: &str) -> DecodeError {
    DecodeError::Escape(format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {reason}"
    ))
}

/// The position CPython reports for byte offset `at` of a literal's body:
/// before decoding escapes it rewrites every non-ASCII character as a
/// ten-byte `\UXXXXXXXX` escape (and a backslash before one as `\u005c`).
fn recoded_position(body: &str, at: usize) -> usize {
    let mut position = 0;
    let mut chars = body[..at].chars().peekable();
    while let Some(c) = chars.next() {
        position += if c.is_ascii() { 1 } else { 10 };
        if c == '\\' {
            match chars.peek() {
                Some(next) if !next.is_ascii() => position += 5,
                Some(_) => {
                    chars.next();
                    position += 1;
                }
                None => {}
            }
        }
    }
    position
}

#[cfg(test)]
mod tests {
    use super::*;

    // test_ok string_escapes
    #[test]
    fn decodes_escapes() {
        assert_eq!(
            decode_str(r"a\tb\n\x41\u00e9\U0001F600\101\\\'\q", false).unwrap(),
            "a\tb\nAé😀A\\'\\q"
        );
        assert_eq!(decode_str("a\\\nb", false).unwrap(), "ab");
        assert_eq!(decode_str(r"\d", true).unwrap(), r"\d");
        assert_eq!(
            decode_bytes(r"\xff\x00a\777", false).unwrap(),
            vec![0xff, 0, b'a', 0xff]
        );
        assert_eq!(decode_bytes(r"\u1234", false).unwrap(), br"\u1234".to_vec());
    }

    // test_err string_escapes
    #[test]
    fn reports_bad_escapes() {
        let message = |r: Result<String, DecodeError>| match r {
            Err(DecodeError::Escape(m)) => m,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            message(decode_str(r"\x4g", false)),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape"
        );
        assert_eq!(
            message(decode_str(r"é\x4", false)),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape"
        );
        assert_eq!(
            message(decode_str(r"\U0011ffff", false)),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character"
        );
        assert_eq!(decode_bytes("é", false), Err(DecodeError::NotAscii));
    }

    #[test]
    fn splits_prefixes() {
        let literal = split_literal("Rb'''x'''");
        assert!(literal.prefix.bytes && literal.prefix.raw && !literal.prefix.fstring);
        assert_eq!((literal.body_start, literal.body_end), (5, 6));
        let literal = split_literal("f''");
        assert_eq!((literal.body_start, literal.body_end), (2, 2));
    }
}
