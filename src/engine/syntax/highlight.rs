//! A forgiving tokenizer for syntax highlighting.
//!
//! Unlike [`super::lexer`], it never fails and knows nothing of indentation:
//! it splits any text, however broken, into tokens that together cover every
//! byte, so the editor can colour a program while it is being typed.

use super::lexer::{is_potential_identifier_char, is_xid_continue, is_xid_start};
use super::token::TokenKind;

/// What a highlighted piece of text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HighlightKind {
    /// A hard keyword (`def`, `await`, `None`, …) or a soft keyword used as
    /// one (`match`/`case` at the start of a line).
    Keyword,
    /// Any other identifier.
    Name,
    /// A name of a builtin function, type or exception (`print`, `len`,
    /// `ValueError`).
    Builtin,
    Number,
    /// A string or bytes literal, terminated or not.
    String,
    /// An f-string literal, terminated or not.
    FString,
    Comment,
    /// Operators, delimiters and `\` line continuations.
    Operator,
    /// Spaces, tabs and newlines.
    Whitespace,
    /// A character that cannot appear in Python source here.
    Error,
}

/// One piece of highlighted text: `source[start..end]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HighlightToken {
    pub kind: HighlightKind,
    pub start: u32,
    pub end: u32,
}

/// Names shown as builtins.
const BUILTINS: &[&str] = &[
    "abs",
    "all",
    "any",
    "bool",
    "callable",
    "dict",
    "divmod",
    "enumerate",
    "filter",
    "float",
    "getattr",
    "hasattr",
    "hash",
    "id",
    "int",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "list",
    "map",
    "max",
    "min",
    "next",
    "object",
    "print",
    "range",
    "repr",
    "reversed",
    "round",
    "set",
    "setattr",
    "sorted",
    "str",
    "sum",
    "super",
    "tuple",
    "type",
    "zip",
    "anext",
    "aiter",
    "classmethod",
    "staticmethod",
    "property",
    "self",
    "cls",
    "Exception",
    "BaseException",
    "ValueError",
    "TypeError",
    "KeyError",
    "IndexError",
    "RuntimeError",
    "StopIteration",
    "StopAsyncIteration",
    "GeneratorExit",
    "KeyboardInterrupt",
    "AttributeError",
    "NameError",
    "ZeroDivisionError",
    "AssertionError",
    "NotImplementedError",
    "TimeoutError",
    "ExceptionGroup",
    "BaseExceptionGroup",
    "OverflowError",
    "LookupError",
    "ArithmeticError",
    "OSError",
    "NotImplemented",
    "__name__",
];

/// Splits `source` into highlighted pieces covering every byte, in order.
pub fn tokenize_for_highlight(source: &str) -> Vec<HighlightToken> {
    let bytes = source.as_bytes();
    let mut tokens = Vec::new();
    let mut pos = 0;
    // Whether only whitespace precedes `pos` on its line (for soft keywords).
    let mut line_start = true;
    while pos < bytes.len() {
        let start = pos;
        let c = bytes[pos];
        let kind = match c {
            b' ' | b'\t' | b'\x0c' | b'\n' | b'\r' => {
                while pos < bytes.len()
                    && matches!(bytes[pos], b' ' | b'\t' | b'\x0c' | b'\n' | b'\r')
                {
                    if matches!(bytes[pos], b'\n' | b'\r') {
                        line_start = true;
                    }
                    pos += 1;
                }
                tokens.push(HighlightToken {
                    kind: HighlightKind::Whitespace,
                    start: start as u32,
                    end: pos as u32,
                });
                continue;
            }
            b'#' => {
                while pos < bytes.len() && !matches!(bytes[pos], b'\n' | b'\r') {
                    pos += 1;
                }
                HighlightKind::Comment
            }
            b'\'' | b'"' => {
                pos = string_end(bytes, pos);
                HighlightKind::String
            }
            b'0'..=b'9' => {
                pos = number_end(bytes, pos);
                HighlightKind::Number
            }
            b'.' if bytes.get(pos + 1).is_some_and(u8::is_ascii_digit) => {
                pos = number_end(bytes, pos);
                HighlightKind::Number
            }
            b'\\' => {
                pos += 1;
                HighlightKind::Operator
            }
            _ if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 => {
                let (end, kind) = word(source, pos, line_start);
                pos = end;
                kind
            }
            _ => match TokenKind::operator(&bytes[pos..]) {
                Some((TokenKind::Unknown, len)) => {
                    pos += len;
                    HighlightKind::Error
                }
                Some((_, len)) => {
                    pos += len;
                    HighlightKind::Operator
                }
                None => {
                    pos += 1;
                    HighlightKind::Error
                }
            },
        };
        debug_assert!(pos > start);
        line_start = false;
        tokens.push(HighlightToken {
            kind,
            start: start as u32,
            end: pos as u32,
        });
    }
    tokens
}

/// A name, keyword, or string with a prefix, starting at `pos`.
fn word(source: &str, pos: usize, line_start: bool) -> (usize, HighlightKind) {
    let bytes = source.as_bytes();
    let mut end = pos;
    for (i, c) in source[pos..].char_indices() {
        let ok = if i == 0 {
            is_xid_start(c) || c.is_ascii_alphabetic()
        } else {
            is_xid_continue(c)
        };
        if !ok || !is_potential_identifier_char(c) {
            break;
        }
        end = pos + i + c.len_utf8();
    }
    if end == pos {
        // A character that cannot start a name.
        let len = source[pos..].chars().next().map_or(1, char::len_utf8);
        return (pos + len, HighlightKind::Error);
    }
    let text = &source[pos..end];
    if matches!(bytes.get(end), Some(b'\'' | b'"')) && is_string_prefix(text) {
        let kind = if text.contains(['f', 'F']) {
            HighlightKind::FString
        } else {
            HighlightKind::String
        };
        return (string_end(bytes, end), kind);
    }
    let soft_keyword =
        line_start && matches!(text, "match" | "case") && followed_by_expression(bytes, end);
    let kind = if TokenKind::keyword(text).is_some() || soft_keyword {
        HighlightKind::Keyword
    } else if BUILTINS.contains(&text) {
        HighlightKind::Builtin
    } else {
        HighlightKind::Name
    };
    (end, kind)
}

/// True if a soft keyword at the start of a line is used as one: followed
/// by a space and something other than an operator (`match x:` but not
/// `match = 1` or `match.group()`).
fn followed_by_expression(bytes: &[u8], end: usize) -> bool {
    if bytes.get(end) != Some(&b' ') {
        return false;
    }
    let mut i = end;
    while bytes.get(i) == Some(&b' ') {
        i += 1;
    }
    bytes.get(i).is_some_and(|&b| {
        b.is_ascii_alphanumeric() || matches!(b, b'_' | b'(' | b'[' | b'{' | b'"' | b'\'' | b'-')
    })
}

fn is_string_prefix(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    matches!(
        lower.as_str(),
        "r" | "u" | "f" | "b" | "br" | "rb" | "fr" | "rf"
    )
}

/// The end of a string literal whose opening quote is at `quote_at`. An
/// unterminated literal ends at the end of its line (single-quoted) or of
/// the text (triple-quoted).
fn string_end(bytes: &[u8], quote_at: usize) -> usize {
    let quote = bytes[quote_at];
    let triple = bytes.get(quote_at + 1) == Some(&quote) && bytes.get(quote_at + 2) == Some(&quote);
    let mut i = quote_at + if triple { 3 } else { 1 };
    while i < bytes.len() {
        let c = bytes[i];
        if c == b'\\' {
            i += 2;
            continue;
        }
        if c == quote {
            if !triple {
                return i + 1;
            }
            if bytes.get(i + 1) == Some(&quote) && bytes.get(i + 2) == Some(&quote) {
                return i + 3;
            }
        }
        if !triple && matches!(c, b'\n' | b'\r') {
            return i;
        }
        i += 1;
    }
    // Never split a character: the text ends here.
    bytes.len()
}

/// The end of a number starting at `pos`: digits, letters (prefixes,
/// exponents, `j`), `_`, `.`, and a sign right after an exponent `e`.
fn number_end(bytes: &[u8], pos: usize) -> usize {
    let hex = bytes[pos] == b'0' && bytes.get(pos + 1).is_some_and(|&b| b == b'x' || b == b'X');
    let mut i = pos;
    while i < bytes.len() {
        let c = bytes[i];
        let exponent_sign =
            (c == b'+' || c == b'-') && !hex && i > pos && matches!(bytes[i - 1], b'e' | b'E');
        if !(c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || exponent_sign) {
            break;
        }
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(source: &str) -> Vec<(HighlightKind, &str)> {
        tokenize_for_highlight(source)
            .into_iter()
            .map(|t| (t.kind, &source[t.start as usize..t.end as usize]))
            .filter(|(k, _)| *k != HighlightKind::Whitespace)
            .collect()
    }

    #[test]
    fn highlights_a_program() {
        use HighlightKind::*;
        let source = "async def f(x=1.5e-3):\n    await g(f'{x}', rb\"y\")  # done\n";
        assert_eq!(
            kinds(source),
            vec![
                (Keyword, "async"),
                (Keyword, "def"),
                (Name, "f"),
                (Operator, "("),
                (Name, "x"),
                (Operator, "="),
                (Number, "1.5e-3"),
                (Operator, ")"),
                (Operator, ":"),
                (Keyword, "await"),
                (Name, "g"),
                (Operator, "("),
                (FString, "f'{x}'"),
                (Operator, ","),
                (String, "rb\"y\""),
                (Operator, ")"),
                (Comment, "# done"),
            ]
        );
    }

    #[test]
    fn soft_keywords_and_errors() {
        use HighlightKind::*;
        assert_eq!(kinds("match x:")[0], (Keyword, "match"));
        assert_eq!(kinds("match = 1")[0], (Name, "match"));
        assert_eq!(kinds("x $ 'abc")[1..], [(Error, "$"), (String, "'abc")]);
        assert_eq!(kinds("print(len)")[0], (Builtin, "print"));
    }

    #[test]
    fn covers_every_byte() {
        for source in [
            "",
            "x",
            "'''abc",
            "é€ = \"\\",
            "\u{0}\u{1}#",
            "0x_ff.5j é",
            "\"é",
        ] {
            let tokens = tokenize_for_highlight(source);
            let mut at = 0;
            for t in &tokens {
                assert_eq!(t.start, at, "{source:?}");
                assert!(t.end > t.start);
                assert!(source.is_char_boundary(t.end as usize));
                at = t.end;
            }
            assert_eq!(at as usize, source.len());
        }
    }
}
