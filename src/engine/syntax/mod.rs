//! Lexer and recursive-descent parser producing an AST with spans.
//!
//! The pipeline is `source → lexer → tokens → parser → ast::Module →
//! validate`. It accepts what CPython 3.11 accepts (minus the constructs
//! coroscope refuses, see below) and reports the first error the way CPython
//! does: the same exception type, message and position wherever CPython has a
//! specific one, "invalid syntax" otherwise.
//!
//! # Source code layout
//!
//! - [`ast`]: the tree, shaped like CPython's `ast` module.
//! - [`token`]: token kinds and the token type.
//! - [`lexer`]: source → tokens: indentation, brackets, numbers, the extent
//!   of string literals, and the tokenizer's errors.
//! - [`string`]: decoding string literals and their escapes (the parser's
//!   `fstring.rs` concatenates them and reads f-string fields).
//! - `parser/`: tokens → AST, one function per grammar rule
//!   (`parse_if_statement`, `parse_comparison_or_higher`, …), with the
//!   CPython error messages for each rule next to it; `parser/pattern.rs`
//!   reads `match` statements, where `match` and `case` are soft keywords
//!   decided by lookahead as in CPython's grammar.
//! - [`validate`]: the checks CPython makes after parsing, in its symbol
//!   table and compiler (`'return' outside function`, `'await' outside async
//!   function`, starred assignment targets, unreachable `case` patterns, …).
//! - [`highlight`]: a forgiving tokenizer for syntax highlighting.
//! - [`dump`]: a canonical text dump of an AST, comparable with CPython's
//!   (`tests/cpython_ast.py`).
//!
//! # What is refused
//!
//! Errors of kind [`SyntaxErrorKind::Unsupported`] name a construct CPython
//! accepts but coroscope does not run: `type` alias statements, complex
//! literals (also in `case` patterns), integers beyond 64 bits, `\N{...}` and
//! lone-surrogate escapes, and Python 2's `print >>f, x`. So are programs
//! nested beyond the parser's limits (300 nested brackets, operators or
//! blocks; 1000 chained operations in one expression), which CPython would
//! end with a `RecursionError`.
//!
//! # Where it differs from CPython
//!
//! Identifiers are not NFKC-normalized, and `XID_Start`/`XID_Continue` are
//! approximated with `char::is_alphabetic`/`is_alphanumeric`. A syntax error
//! inside an f-string field is reported where it is, not at CPython 3.11's
//! position relative to the field. Errors that need scope analysis
//! (`global`/`nonlocal` conflicts) are left to the compiler. The cases are
//! listed in `tests/errors.coroscope`.

pub mod ast;
pub mod dump;
pub mod highlight;
pub mod lexer;
mod parser;
pub mod string;
pub mod token;
pub mod validate;

#[cfg(test)]
mod tests;

pub use highlight::{HighlightKind, HighlightToken, tokenize_for_highlight};

use std::fmt;

/// Parses a whole program.
///
/// Returns the first error, as CPython would report it: a syntax error, an
/// indentation error, or a construct coroscope does not support.
pub fn parse_module(source: &str) -> Result<ast::Module, SyntaxError> {
    let module = parser::parse_module(source)?;
    validate::validate_module(&module)?;
    Ok(module)
}

/// Parses a whole program without the checks CPython makes after parsing
/// ([`validate`]): accepts what CPython's `ast.parse` accepts, so `return`
/// at module level or `await` outside an async function are not errors.
pub fn parse_module_syntax(source: &str) -> Result<ast::Module, SyntaxError> {
    parser::parse_module(source)
}

/// An error in a program's text, found before it runs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    /// CPython's message where it has one ("expected ':'"), else a sentence
    /// naming what coroscope refuses.
    pub message: String,
    /// Where the error is. `line`/`col` locate it (CPython's `offset` is
    /// `col + 1`); `end` is past its last byte when CPython gives a range,
    /// else equal to `start`.
    pub span: ast::Span,
}

/// Which Python exception a [`SyntaxError`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    /// `SyntaxError`.
    Syntax,
    /// `IndentationError`: unexpected indent, unindent mismatch, missing
    /// block.
    Indentation,
    /// `TabError`: tabs and spaces mixed inconsistently in indentation.
    Tab,
    /// Valid Python that coroscope does not run; reported as a
    /// `SyntaxError`.
    Unsupported,
}

impl SyntaxError {
    /// The Python exception type this error is reported as.
    pub fn python_type(&self) -> &'static str {
        match self.kind {
            SyntaxErrorKind::Syntax | SyntaxErrorKind::Unsupported => "SyntaxError",
            SyntaxErrorKind::Indentation => "IndentationError",
            SyntaxErrorKind::Tab => "TabError",
        }
    }

    pub(crate) fn new(kind: SyntaxErrorKind, message: impl Into<String>, span: ast::Span) -> Self {
        SyntaxError {
            kind,
            message: message.into(),
            span,
        }
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} (line {}, column {})",
            self.python_type(),
            self.message,
            self.span.line,
            self.span.col + 1
        )
    }
}

impl std::error::Error for SyntaxError {}
