//! The error the editor underlines: the first syntax error, or the first
//! construct coroscope refuses, found without running anything.

use crate::engine::compile::compile_module;
use crate::engine::intern::Interner;
use crate::engine::syntax::ast::Span;
use crate::engine::syntax::parse_module;

/// A problem in the program's text, located for the editor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// The Python exception it is reported as (`SyntaxError`,
    /// `IndentationError`, …).
    pub kind: String,
    pub message: String,
    /// 1-based line of the error.
    pub line: u32,
    /// Byte range to underline: at least one character, within the line
    /// where the error starts (a range CPython gives across lines is cut at
    /// the end of the first).
    pub start: usize,
    pub end: usize,
}

/// Parses and compiles `source` and returns its first error, if any.
pub fn check(source: &str) -> Option<Diagnostic> {
    let (kind, message, span) = match parse_module(source) {
        Err(e) => (e.python_type().to_string(), e.message, e.span),
        Ok(module) => match compile_module(&module, "main.py", &mut Interner::default()) {
            Err(e) => (e.kind.to_string(), e.message, e.span),
            Ok(_) => return None,
        },
    };
    let (start, end) = underline(source, span);
    Some(Diagnostic {
        kind,
        message,
        line: span.line.max(1),
        start,
        end,
    })
}

/// The range to underline for `span`: its own range cut to its line, or,
/// when that is empty, the character at the error (the last one of the
/// line when the error sits at its end, as with a missing `:`).
fn underline(source: &str, span: Span) -> (usize, usize) {
    let start = (span.start as usize).min(source.len());
    let line_end = source[start..]
        .find('\n')
        .map_or(source.len(), |i| start + i);
    let end = (span.end as usize).clamp(start, line_end);
    if end > start {
        return (start, end);
    }
    if let Some(c) = source[start..line_end].chars().next() {
        return (start, start + c.len_utf8());
    }
    let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
    match source[line_start..start].char_indices().next_back() {
        Some((i, _)) => (line_start + i, start),
        // An empty line: nothing to underline, the message still shows.
        None => (start, start),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn underlined(source: &str) -> (String, u32, String) {
        let d = check(source).expect("an error");
        (d.message, d.line, source[d.start..d.end].to_string())
    }

    #[test]
    fn a_good_program_has_none() {
        assert_eq!(check("import asyncio\nprint(1)\n"), None);
    }

    #[test]
    fn syntax_errors_point_at_their_line() {
        let (message, line, text) = underlined("x = 1\nif x\n    pass\n");
        assert_eq!((message.as_str(), line), ("expected ':'", 2));
        assert!(!text.is_empty() && "if x".contains(&text), "{text:?}");
        let d = check("print(1))\n").unwrap();
        assert_eq!((d.kind.as_str(), d.line), ("SyntaxError", 1));
        assert_eq!(&"print(1))\n"[d.start..d.end], ")");
    }

    #[test]
    fn refused_constructs_and_compile_errors_are_found() {
        let d = check("type Point = tuple[int, int]\n").unwrap();
        assert!(d.message.contains("not supported"), "{}", d.message);
        let d = check("match x:\n    case y:\n        pass\n    case 1:\n        pass\n").unwrap();
        assert_eq!((d.kind.as_str(), d.line), ("SyntaxError", 2));
        assert!(d.message.contains("makes remaining"), "{}", d.message);
        let d = check("def f():\n    x = 1\n    global x\n").unwrap();
        assert_eq!((d.kind.as_str(), d.line), ("SyntaxError", 3));
        assert!(
            d.message.contains("before global declaration"),
            "{}",
            d.message
        );
        let d = check("def f():\n  x\n y\n").unwrap();
        assert_eq!((d.kind.as_str(), d.line), ("IndentationError", 3));
    }
}
