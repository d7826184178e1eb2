//! The lexer: source text → tokens with spans.
//!
//! It follows CPython 3.11's `Parser/tokenizer.c` closely, because the
//! tokenizer decides many of the errors a reader sees: indentation
//! (`INDENT`/`DEDENT`, tabs counted to multiples of 8 and checked against a
//! tab size of 1 for `TabError`), implicit line joining inside brackets,
//! explicit joining with `\`, numbers with `_` separators, string prefixes
//! and quotes. Strings are only delimited here; the parser decodes their
//! escapes and f-string fields (see [`super::string`]).
//!
//! The whole source is lexed up front. The lexer stops at its first error and
//! keeps it beside the tokens: the parser reports it when it reaches that
//! point, or instead of a parse error found earlier when CPython would (see
//! [`LexError::eager`]).

use super::ast::Span;
use super::token::{Token, TokenKind};
use super::{SyntaxError, SyntaxErrorKind};

/// CPython's `MAXLEVEL`: how deeply brackets may nest.
pub const MAX_BRACKET_DEPTH: usize = 200;
/// CPython's `MAXINDENT`: how many indentation levels a file may have.
const MAX_INDENT_DEPTH: usize = 100;
/// Tab stops for indentation, and the tab size used to detect mixing.
const TAB_SIZE: u32 = 8;

/// The tokens of a source, and the error that stopped the lexer, if any.
#[derive(Debug)]
pub struct Lexed {
    /// Ends with `EndOfFile`, or with an `Error` token where lexing stopped.
    pub tokens: Vec<Token>,
    pub error: Option<LexError>,
}

/// A bracket that was opened and not yet closed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OpenBracket {
    pub char: char,
    pub span: Span,
}

/// An error found by the lexer.
#[derive(Clone, Debug)]
pub struct LexError {
    pub error: SyntaxError,
    /// CPython's tokenizer raises this error as an exception (unterminated
    /// strings, bad characters and numbers, bracket mismatches). Such an
    /// error wins even over a parse error earlier in the file, because
    /// CPython tokenizes the rest of the file before reporting a parse
    /// error. The others (indentation, `\` misuse, end of file) only count
    /// when the parser reaches them.
    pub eager: bool,
    /// The innermost bracket still open where the lexer stopped.
    pub open_bracket: Option<OpenBracket>,
}

/// Lexes a whole module.
pub fn lex(source: &str) -> Lexed {
    let mut start = 0;
    if source.starts_with('\u{feff}') {
        start = 3;
    }
    Lexer::new(source, start, source.len(), 1, 0, false).run()
}

/// Lexes the expression part of an f-string field, `source[start..end]`,
/// whose first character is at `line`:`col`. As in CPython, the expression
/// is read as if wrapped in parentheses: newlines join lines and there is no
/// indentation.
pub fn lex_fstring_expression(
    source: &str,
    start: usize,
    end: usize,
    line: u32,
    col: u32,
) -> Lexed {
    Lexer::new(source, start, end, line, col, true).run()
}

/// True for the characters CPython's tokenizer lets start an identifier
/// before checking it properly (any non-ASCII character qualifies).
pub fn is_potential_identifier_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_' || !c.is_ascii()
}

/// True for the characters CPython's tokenizer lets continue an identifier.
pub fn is_potential_identifier_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || !c.is_ascii()
}

/// An approximation of Unicode's `XID_Start` with what `std` offers.
pub fn is_xid_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

/// An approximation of Unicode's `XID_Continue` with what `std` offers.
pub fn is_xid_continue(c: char) -> bool {
    c == '_' || c.is_alphanumeric() || is_combining_mark(c) || c == '\u{b7}' || c == '\u{387}'
}

fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{300}'..='\u{36f}'
        | '\u{483}'..='\u{487}'
        | '\u{591}'..='\u{5bd}'
        | '\u{610}'..='\u{61a}'
        | '\u{64b}'..='\u{65f}'
        | '\u{900}'..='\u{903}'
        | '\u{93a}'..='\u{94f}'
        | '\u{1ab0}'..='\u{1aff}'
        | '\u{1dc0}'..='\u{1dff}'
        | '\u{200c}'..='\u{200d}'
        | '\u{20d0}'..='\u{20ff}'
        | '\u{fe00}'..='\u{fe0f}'
        | '\u{fe20}'..='\u{fe2f}'
        | '\u{e0100}'..='\u{e01ef}')
}

/// An approximation of Python's `str.isprintable` for one character.
pub fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    !(c.is_control()
        || c.is_whitespace()
        || matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{feff}')
        || ('\u{e000}'..='\u{f8ff}').contains(&c))
}

/// The lexer's state.
struct Lexer<'src> {
    source: &'src str,
    bytes: &'src [u8],
    /// The next byte to read.
    pos: usize,
    /// Where the input ends (the end of an f-string field, or the source).
    end: usize,
    /// 1-based line of `pos`.
    line: u32,
    /// Byte offset where the current line starts.
    line_start: usize,
    /// The column of the first character when the input starts mid-line.
    first_line_col: u32,
    /// A known (byte offset, column) pair on the current line, so columns
    /// are counted incrementally.
    col_cache: (usize, u32),
    /// At the beginning of a physical line, before its indentation.
    at_line_start: bool,
    /// A token other than NEWLINE/INDENT/DEDENT was emitted on this logical
    /// line, so the end of the line is a NEWLINE token.
    line_has_tokens: bool,
    /// Indentation levels: (column with tabs to 8, column with tabs to 1).
    indents: Vec<(u32, u32)>,
    /// Brackets currently open.
    brackets: Vec<OpenBracket>,
    /// Where a comment ending the current line starts.
    comment_start: Option<usize>,
    /// Lexing an f-string field: a virtual bracket is open.
    in_fstring: bool,
    tokens: Vec<Token>,
}

/// How a lexing step ended when it did not produce a token normally.
type Step = Result<(), LexError>;

impl<'src> Lexer<'src> {
    fn new(
        source: &'src str,
        start: usize,
        end: usize,
        line: u32,
        col: u32,
        in_fstring: bool,
    ) -> Self {
        Lexer {
            source,
            bytes: source.as_bytes(),
            pos: start,
            end,
            line,
            line_start: start,
            first_line_col: col,
            col_cache: (start, col),
            at_line_start: !in_fstring,
            line_has_tokens: false,
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            comment_start: None,
            in_fstring,
            tokens: Vec::with_capacity((end - start) / 3 + 4),
        }
    }

    fn run(mut self) -> Lexed {
        let mut last = (usize::MAX, usize::MAX, false);
        loop {
            // Progress guard: every step consumes input, emits a token or
            // finishes a line start.
            let now = (self.pos, self.tokens.len(), self.at_line_start);
            assert!(now != last, "the lexer is no longer progressing");
            last = now;
            match self.next_token() {
                Ok(true) => {}
                Ok(false) => {
                    return Lexed {
                        tokens: self.tokens,
                        error: None,
                    };
                }
                Err(error) => {
                    // The token marks where the lexer stopped (the error
                    // itself may point elsewhere, at an unclosed bracket).
                    let at = self.pos.min(self.end);
                    let span = self.point(at);
                    self.tokens.push(Token {
                        kind: TokenKind::Error,
                        start: span.start,
                        end: span.start,
                        line: span.line,
                        col: span.col,
                    });
                    return Lexed {
                        tokens: self.tokens,
                        error: Some(error),
                    };
                }
            }
        }
    }

    // === Cursor ===

    fn peek_byte(&self) -> u8 {
        if self.pos < self.end {
            self.bytes[self.pos]
        } else {
            0
        }
    }

    fn byte_at(&self, pos: usize) -> u8 {
        if pos < self.end { self.bytes[pos] } else { 0 }
    }

    fn at_end(&self) -> bool {
        self.pos >= self.end
    }

    /// The length of the newline at `pos` (`\n`, `\r\n` or `\r`), or 0.
    fn newline_len(&self, pos: usize) -> usize {
        match self.byte_at(pos) {
            b'\n' => 1,
            b'\r' if self.byte_at(pos + 1) == b'\n' && pos + 1 < self.end => 2,
            b'\r' => 1,
            _ => 0,
        }
    }

    /// Moves past a newline at `pos`, starting a new physical line.
    fn bump_newline(&mut self, len: usize) {
        self.pos += len;
        self.line += 1;
        self.line_start = self.pos;
        self.first_line_col = 0;
        self.col_cache = (self.pos, 0);
    }

    /// The column (in characters) of byte offset `pos` on the current line.
    fn col_of(&mut self, pos: usize) -> u32 {
        let (cached_pos, cached_col) = self.col_cache;
        let col = if pos >= cached_pos {
            cached_col + count_chars(&self.bytes[cached_pos..pos])
        } else {
            self.first_line_col + count_chars(&self.bytes[self.line_start..pos])
        };
        self.col_cache = (pos, col);
        col
    }

    /// A span for the single point `pos` on the current line.
    fn point(&mut self, pos: usize) -> Span {
        let col = self.col_of(pos);
        Span {
            start: pos as u32,
            end: pos as u32,
            line: self.line,
            col,
        }
    }

    fn push(&mut self, kind: TokenKind, start: usize, end: usize, line: u32, col: u32) {
        self.tokens.push(Token {
            kind,
            start: start as u32,
            end: end as u32,
            line,
            col,
        });
    }

    fn push_here(&mut self, kind: TokenKind, start: usize, end: usize) {
        let col = self.col_of(start);
        self.push(kind, start, end, self.line, col);
        if !matches!(
            kind,
            TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent
        ) {
            self.line_has_tokens = true;
        }
    }

    fn error(
        &self,
        kind: SyntaxErrorKind,
        message: impl Into<String>,
        span: Span,
        eager: bool,
    ) -> LexError {
        LexError {
            error: SyntaxError {
                kind,
                message: message.into(),
                span,
            },
            eager,
            open_bracket: self.brackets.last().copied(),
        }
    }

    fn syntax_error(&self, message: impl Into<String>, span: Span) -> LexError {
        self.error(SyntaxErrorKind::Syntax, message, span, true)
    }

    fn depth(&self) -> usize {
        self.brackets.len() + usize::from(self.in_fstring)
    }

    // === Tokens ===

    /// Lexes the next token. `Ok(false)` once `EndOfFile` is emitted.
    fn next_token(&mut self) -> Result<bool, LexError> {
        if self.at_line_start {
            self.at_line_start = false;
            self.indentation()?;
            return Ok(true);
        }
        // Skip blanks.
        while matches!(self.peek_byte(), b' ' | b'\t' | b'\x0c') {
            self.pos += 1;
        }
        if self.at_end() {
            self.end_of_input()?;
            return Ok(false);
        }
        let start = self.pos;
        let c = self.bytes[start];
        match c {
            b'#' => {
                while !self.at_end() && self.newline_len(self.pos) == 0 {
                    self.pos += 1;
                }
                self.comment_start = Some(start);
                Ok(true)
            }
            b'\n' | b'\r' => {
                let len = self.newline_len(start);
                if self.line_has_tokens && self.depth() == 0 {
                    // CPython's NEWLINE token starts at a comment before it.
                    let newline_start = self.comment_start.unwrap_or(start);
                    self.push_here(TokenKind::Newline, newline_start, start + len);
                    self.line_has_tokens = false;
                }
                self.comment_start = None;
                self.bump_newline(len);
                if self.depth() == 0 {
                    self.at_line_start = true;
                }
                Ok(true)
            }
            b'\\' => self.line_continuation().map(|_| true),
            b'0'..=b'9' => self.number(start).map(|_| true),
            b'.' if self.byte_at(start + 1).is_ascii_digit() => self.number(start).map(|_| true),
            b'"' | b'\'' => self.string(start, start).map(|_| true),
            b'\0' => {
                let span = self.point(start);
                Err(self.syntax_error("source code cannot contain null bytes", span))
            }
            _ if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 => {
                self.name_or_string(start).map(|_| true)
            }
            _ => self.operator(start).map(|_| true),
        }
    }

    /// Reads the indentation of a new line and emits INDENT/DEDENT tokens.
    fn indentation(&mut self) -> Step {
        let mut col: u32 = 0;
        let mut altcol: u32 = 0;
        let mut cont_line_col: u32 = 0;
        loop {
            match self.peek_byte() {
                b' ' => {
                    col += 1;
                    altcol += 1;
                }
                b'\t' => {
                    col = (col / TAB_SIZE + 1) * TAB_SIZE;
                    altcol += 1;
                }
                b'\x0c' => {
                    col = 0;
                    altcol = 0;
                }
                b'\\' => {
                    if cont_line_col == 0 {
                        cont_line_col = col;
                    }
                    self.line_continuation()?;
                    continue;
                }
                _ => break,
            }
            self.pos += 1;
        }
        let c = self.peek_byte();
        let blank = c == b'#' || c == b'\n' || c == b'\r';
        if blank || self.at_end() {
            // Blank lines and comment lines do not affect indentation; the
            // end of input dedents everything (in `end_of_input`).
            return Ok(());
        }
        if cont_line_col != 0 {
            col = cont_line_col;
            altcol = cont_line_col;
        }
        let (cur_col, cur_alt) = *self.indents.last().unwrap();
        let here = self.pos;
        if col == cur_col {
            if altcol != cur_alt {
                return Err(self.tab_error());
            }
        } else if col > cur_col {
            if self.indents.len() >= MAX_INDENT_DEPTH {
                let span = self.point(self.line_start);
                return Err(self.error(
                    SyntaxErrorKind::Indentation,
                    "too many levels of indentation",
                    span,
                    false,
                ));
            }
            if altcol <= cur_alt {
                return Err(self.tab_error());
            }
            self.indents.push((col, altcol));
            self.push_here(TokenKind::Indent, here, here);
        } else {
            // The level dedented to; CPython checks it before emitting any
            // DEDENT.
            let keep = self
                .indents
                .iter()
                .rposition(|&(level, _)| level <= col)
                .unwrap_or(0)
                + 1;
            let (cur_col, cur_alt) = self.indents[keep - 1];
            if col != cur_col {
                // CPython points just past the end of the line.
                let mut end = here;
                while end < self.end && self.newline_len(end) == 0 {
                    end += 1;
                }
                let span = self.point(end);
                return Err(self.error(
                    SyntaxErrorKind::Indentation,
                    "unindent does not match any outer indentation level",
                    span,
                    false,
                ));
            }
            if altcol != cur_alt {
                return Err(self.tab_error());
            }
            while self.indents.len() > keep {
                self.indents.pop();
                self.push_here(TokenKind::Dedent, here, here);
            }
        }
        Ok(())
    }

    fn tab_error(&mut self) -> LexError {
        let span = self.point(self.line_start);
        self.error(
            SyntaxErrorKind::Tab,
            "inconsistent use of tabs and spaces in indentation",
            span,
            false,
        )
    }

    /// A `\` outside a string: it must end the line, joining it to the next.
    fn line_continuation(&mut self) -> Step {
        let backslash = self.pos;
        self.pos += 1;
        let len = self.newline_len(self.pos);
        if len == 0 {
            if self.at_end() {
                // CPython adds the missing final newline, then finds the end.
                let span = self.point(self.pos);
                return Err(self.error(
                    SyntaxErrorKind::Syntax,
                    "unexpected EOF while parsing",
                    span,
                    false,
                ));
            }
            let span = self.point(backslash + 1);
            return Err(self.error(
                SyntaxErrorKind::Syntax,
                "unexpected character after line continuation character",
                span,
                false,
            ));
        }
        let newline_at = self.pos;
        self.bump_newline(len);
        if self.at_end() {
            let line = self.line - 1;
            let col = self.col_before(newline_at);
            let span = Span {
                start: newline_at as u32,
                end: newline_at as u32,
                line,
                col,
            };
            return Err(self.error(
                SyntaxErrorKind::Syntax,
                "unexpected EOF while parsing",
                span,
                false,
            ));
        }
        Ok(())
    }

    /// The column of `pos`, which lies on the line before the current one.
    fn col_before(&self, pos: usize) -> u32 {
        let line_start = self.source[..pos].rfind(['\n', '\r']).map_or(0, |i| i + 1);
        count_chars(&self.bytes[line_start..pos])
    }

    /// End of input: the implicit final NEWLINE, DEDENTs, then EndOfFile.
    fn end_of_input(&mut self) -> Step {
        let here = self.pos;
        if let Some(open) = self.brackets.last().copied() {
            return Err(LexError {
                error: SyntaxError {
                    kind: SyntaxErrorKind::Syntax,
                    message: format!("'{}' was never closed", open.char),
                    span: open.span,
                },
                eager: false,
                open_bracket: Some(open),
            });
        }
        if self.line_has_tokens && !self.in_fstring {
            let newline_start = self.comment_start.unwrap_or(here);
            self.push_here(TokenKind::Newline, newline_start, here);
            self.line_has_tokens = false;
        }
        let (line, at) = self.end_point();
        let col = if line == self.line {
            self.col_of(at)
        } else {
            self.col_before(at)
        };
        while self.indents.len() > 1 {
            self.indents.pop();
            self.push(TokenKind::Dedent, at, at, line, col);
        }
        self.push(TokenKind::EndOfFile, at, at, line, col);
        Ok(())
    }

    /// Where CPython's tokenizer is at the end of the input: on the last
    /// line it read, after its text. A final newline does not start another
    /// line.
    fn end_point(&self) -> (u32, usize) {
        let end = self.end;
        let ends_with_newline =
            !self.in_fstring && end > 0 && matches!(self.bytes[end - 1], b'\n' | b'\r');
        if ends_with_newline && self.line > 1 {
            let newline_len = if end >= 2 && &self.bytes[end - 2..end] == b"\r\n" {
                2
            } else {
                1
            };
            (self.line - 1, end - newline_len)
        } else {
            (self.line, end)
        }
    }

    fn operator(&mut self, start: usize) -> Step {
        let Some((kind, len)) = TokenKind::operator(&self.bytes[start..self.end]) else {
            // An ASCII control character: CPython calls it non-printable.
            let c = self.bytes[start] as char;
            let span = self.point(start);
            return Err(self.syntax_error(
                format!("invalid non-printable character U+{:04X}", c as u32),
                span,
            ));
        };
        let end = start + len;
        match kind {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                let span = self.point(start);
                if self.depth() >= MAX_BRACKET_DEPTH {
                    return Err(self.syntax_error("too many nested parentheses", span));
                }
                let char = self.bytes[start] as char;
                self.brackets.push(OpenBracket {
                    char,
                    span: Span {
                        end: end as u32,
                        ..span
                    },
                });
            }
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                let close = self.bytes[start] as char;
                let span = self.point(start);
                let Some(open) = self.brackets.pop() else {
                    return Err(self.syntax_error(format!("unmatched '{close}'"), span));
                };
                let matching = matches!((open.char, close), ('(', ')') | ('[', ']') | ('{', '}'));
                if !matching {
                    self.brackets.push(open);
                    let message = if open.span.line != self.line {
                        format!(
                            "closing parenthesis '{close}' does not match opening parenthesis '{}' on line {}",
                            open.char, open.span.line
                        )
                    } else {
                        format!(
                            "closing parenthesis '{close}' does not match opening parenthesis '{}'",
                            open.char
                        )
                    };
                    return Err(self.syntax_error(message, span));
                }
            }
            _ => {}
        }
        self.pos = end;
        self.push_here(kind, start, end);
        Ok(())
    }

    /// A name, a keyword, or the prefix of a string literal.
    fn name_or_string(&mut self, start: usize) -> Step {
        // String prefixes: b, r, u, f in CPython's allowed combinations.
        let (mut saw_b, mut saw_r, mut saw_u, mut saw_f) = (false, false, false, false);
        let mut p = start;
        loop {
            let c = self.byte_at(p);
            match c {
                b'b' | b'B' if !(saw_b || saw_u || saw_f) => saw_b = true,
                b'u' | b'U' if !(saw_b || saw_u || saw_r || saw_f) => saw_u = true,
                b'r' | b'R' if !(saw_r || saw_u) => saw_r = true,
                b'f' | b'F' if !(saw_f || saw_b || saw_u) => saw_f = true,
                _ => break,
            }
            p += 1;
            if matches!(self.byte_at(p), b'"' | b'\'') {
                return self.string(start, p);
            }
        }
        // A name: the longest run of potential identifier characters.
        let mut end = start;
        let mut ascii = true;
        while end < self.end {
            let b = self.bytes[end];
            if b.is_ascii_alphanumeric() || b == b'_' {
                end += 1;
            } else if b >= 0x80 {
                ascii = false;
                end += utf8_len(b);
            } else {
                break;
            }
        }
        if !ascii {
            self.verify_identifier(start, end)?;
        }
        self.pos = end;
        let kind = if ascii {
            TokenKind::keyword(&self.source[start..end]).unwrap_or(TokenKind::Name)
        } else {
            TokenKind::Name
        };
        self.push_here(kind, start, end);
        Ok(())
    }

    /// Checks a name with non-ASCII characters, as CPython's
    /// `verify_identifier`.
    fn verify_identifier(&mut self, start: usize, end: usize) -> Step {
        let text = &self.source[start..end];
        for (i, (offset, c)) in text.char_indices().enumerate() {
            let ok = if i == 0 {
                is_xid_start(c)
            } else {
                is_xid_continue(c)
            };
            if !ok {
                let span = self.point(start + offset);
                let message = if is_printable(c) {
                    format!("invalid character '{c}' (U+{:04X})", c as u32)
                } else {
                    format!("invalid non-printable character U+{:04X}", c as u32)
                };
                return Err(self.syntax_error(message, span));
            }
        }
        Ok(())
    }

    /// A string literal; `quote_at` is the opening quote after any prefix.
    fn string(&mut self, start: usize, quote_at: usize) -> Step {
        let quote = self.bytes[quote_at];
        let triple = self.byte_at(quote_at + 1) == quote && self.byte_at(quote_at + 2) == quote;
        let start_line = self.line;
        let start_col = self.col_of(start);
        let saved = (
            self.line,
            self.line_start,
            self.first_line_col,
            self.col_cache,
        );
        let mut p = quote_at + if triple { 3 } else { 1 };
        loop {
            if p >= self.end {
                break;
            }
            let c = self.bytes[p];
            if c == quote {
                if !triple {
                    let end = p + 1;
                    self.pos = end;
                    self.push(TokenKind::String, start, end, start_line, start_col);
                    self.line_has_tokens = true;
                    return Ok(());
                }
                if self.byte_at(p + 1) == quote && self.byte_at(p + 2) == quote {
                    let end = p + 3;
                    self.pos = end;
                    self.push(TokenKind::String, start, end, start_line, start_col);
                    self.line_has_tokens = true;
                    return Ok(());
                }
                p += 1;
                continue;
            }
            let nl = self.newline_len(p);
            if nl > 0 {
                if !triple {
                    break;
                }
                self.pos = p;
                self.bump_newline(nl);
                p = self.pos;
                continue;
            }
            if c == b'\\' {
                let nl = self.newline_len(p + 1);
                if nl > 0 {
                    self.pos = p + 1;
                    self.bump_newline(nl);
                    p = self.pos;
                } else if p + 1 < self.end {
                    p += 1 + utf8_len(self.bytes[p + 1]);
                } else {
                    p += 1;
                }
                continue;
            }
            p += 1;
        }
        // Unterminated: CPython reports it at the start of the literal.
        // A single-quoted literal stops at the end of its line; at the end
        // of the input, CPython's tokenizer is on the last line it read.
        let detected_at = if p < self.end {
            self.line
        } else {
            self.end_point().0
        };
        (
            self.line,
            self.line_start,
            self.first_line_col,
            self.col_cache,
        ) = saved;
        let span = Span {
            start: start as u32,
            end: start as u32,
            line: start_line,
            col: start_col,
        };
        let message = if triple {
            format!("unterminated triple-quoted string literal (detected at line {detected_at})")
        } else {
            format!("unterminated string literal (detected at line {detected_at})")
        };
        Err(self.syntax_error(message, span))
    }

    /// A number, scanned the way CPython's tokenizer does so that the
    /// errors ("invalid decimal literal", …) match it, position included.
    fn number(&mut self, start: usize) -> Step {
        let mut scan = NumberScan {
            bytes: self.bytes,
            start,
            end: self.end,
            cur: start,
        };
        let result = scan.number();
        match result {
            Ok(kind) => {
                let end = scan.cur;
                self.pos = end;
                self.push_here(kind, start, end);
                Ok(())
            }
            Err(NumberError { message, at }) => {
                // `at` is CPython's cursor: the error points at the character
                // before it.
                let point = if at > self.end {
                    self.end
                } else {
                    prev_char_boundary(self.bytes, at.max(start + 1))
                };
                let span = self.point(point);
                if let NumberMessage::LeadingZeros { zeros_end } = message {
                    let span = Span {
                        end: zeros_end as u32,
                        ..self.point(start)
                    };
                    return Err(self.syntax_error(
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        span,
                    ));
                }
                Err(self.syntax_error(message.text(), span))
            }
        }
    }
}

/// The number of characters in a UTF-8 byte string.
fn count_chars(bytes: &[u8]) -> u32 {
    bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count() as u32
}

/// The length of the UTF-8 sequence a lead byte starts.
fn utf8_len(lead: u8) -> usize {
    match lead {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

fn prev_char_boundary(bytes: &[u8], mut pos: usize) -> usize {
    pos -= 1;
    while pos > 0 && (bytes[pos] & 0xC0) == 0x80 {
        pos -= 1;
    }
    pos
}

// === Numbers ===

enum NumberMessage {
    Invalid(&'static str),
    InvalidDigit(char, &'static str),
    LeadingZeros { zeros_end: usize },
}

impl NumberMessage {
    fn text(&self) -> String {
        match self {
            NumberMessage::Invalid(kind) => format!("invalid {kind} literal"),
            NumberMessage::InvalidDigit(c, kind) => {
                format!("invalid digit '{c}' in {kind} literal")
            }
            NumberMessage::LeadingZeros { .. } => unreachable!("reported with its own span"),
        }
    }
}

struct NumberError {
    message: NumberMessage,
    /// CPython's tokenizer cursor when it raised the error.
    at: usize,
}

/// A replay of CPython's number scanning: `nextc` reads one byte (0 at the
/// end), `backup` un-reads one.
struct NumberScan<'a> {
    bytes: &'a [u8],
    /// Where the number starts.
    start: usize,
    end: usize,
    cur: usize,
}

/// CPython's test for a letter glued to the end of a number (`1abc`): an
/// ASCII identifier character. A non-ASCII character just ends the number.
fn ident_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

impl NumberScan<'_> {
    fn nextc(&mut self) -> u8 {
        if self.cur < self.end {
            self.cur += 1;
            self.bytes[self.cur - 1]
        } else if self.cur == self.end {
            // CPython reads the implicit final newline, then EOF.
            self.cur += 1;
            b'\n'
        } else {
            0
        }
    }

    fn backup(&mut self, c: u8) {
        if c != 0 {
            self.cur -= 1;
        }
    }

    fn fail<T>(&self, message: NumberMessage) -> Result<T, NumberError> {
        Err(NumberError {
            message,
            at: self.cur.min(self.end + 1),
        })
    }

    /// `lookahead`: the next bytes spell `rest` and then no identifier
    /// character follows.
    fn lookahead(&self, rest: &[u8]) -> bool {
        let at = |i: usize| if i < self.end { self.bytes[i] } else { 0 };
        rest.iter().enumerate().all(|(i, &b)| at(self.cur + i) == b)
            && !ident_byte(at(self.cur + rest.len()))
    }

    /// CPython's `verify_end_of_number`: a number may be followed directly
    /// by `and`, `else`, `for`, `if`, `in`, `is`, `or`, `not` (a warning in
    /// CPython), never by another identifier character.
    fn verify_end(&mut self, c: u8, kind: &'static str) -> Result<(), NumberError> {
        let next = if self.cur < self.end {
            self.bytes[self.cur]
        } else {
            0
        };
        let keyword = match c {
            b'a' => self.lookahead(b"nd"),
            b'e' => self.lookahead(b"lse"),
            b'f' => self.lookahead(b"or"),
            b'i' => matches!(next, b'f' | b'n' | b's'),
            b'o' => self.lookahead(b"r"),
            b'n' => self.lookahead(b"ot"),
            _ => false,
        };
        if !keyword && ident_byte(c) {
            self.backup(c);
            return self.fail(NumberMessage::Invalid(kind));
        }
        Ok(())
    }

    fn decimal_tail(&mut self) -> Result<u8, NumberError> {
        loop {
            let mut c;
            loop {
                c = self.nextc();
                if !c.is_ascii_digit() {
                    break;
                }
            }
            if c != b'_' {
                return Ok(c);
            }
            c = self.nextc();
            if !c.is_ascii_digit() {
                self.backup(c);
                return self.fail(NumberMessage::Invalid("decimal"));
            }
        }
    }

    fn radix(
        &mut self,
        kind: &'static str,
        is_digit: fn(u8) -> bool,
        check_decimal: bool,
    ) -> Result<TokenKind, NumberError> {
        let mut c = self.nextc();
        loop {
            if c == b'_' {
                c = self.nextc();
            }
            if !is_digit(c) {
                if check_decimal && c.is_ascii_digit() {
                    return self.fail(NumberMessage::InvalidDigit(c as char, kind));
                }
                self.backup(c);
                return self.fail(NumberMessage::Invalid(kind));
            }
            loop {
                c = self.nextc();
                if !is_digit(c) {
                    break;
                }
            }
            if c != b'_' {
                break;
            }
        }
        if check_decimal && c.is_ascii_digit() {
            return self.fail(NumberMessage::InvalidDigit(c as char, kind));
        }
        self.verify_end(c, kind)?;
        self.backup(c);
        Ok(TokenKind::Int)
    }

    fn number(&mut self) -> Result<TokenKind, NumberError> {
        let first = self.nextc();
        let mut c;
        if first == b'.' {
            c = self.nextc();
            return self.fraction(c);
        }
        if first == b'0' {
            c = self.nextc();
            match c {
                b'x' | b'X' => return self.radix("hexadecimal", |c| c.is_ascii_hexdigit(), false),
                b'o' | b'O' => return self.radix("octal", |c| (b'0'..=b'7').contains(&c), true),
                b'b' | b'B' => return self.radix("binary", |c| c == b'0' || c == b'1', true),
                _ => {}
            }
            let mut nonzero = false;
            loop {
                if c == b'_' {
                    c = self.nextc();
                    if !c.is_ascii_digit() {
                        self.backup(c);
                        return self.fail(NumberMessage::Invalid("decimal"));
                    }
                }
                if c != b'0' {
                    break;
                }
                c = self.nextc();
            }
            let zeros_end = self.cur - 1;
            if c.is_ascii_digit() {
                nonzero = true;
                c = self.decimal_tail()?;
            }
            match c {
                b'.' => {
                    c = self.nextc();
                    return self.fraction(c);
                }
                b'e' | b'E' => return self.exponent(c),
                b'j' | b'J' => return self.imaginary(),
                _ => {}
            }
            if nonzero {
                self.backup(c);
                return Err(NumberError {
                    message: NumberMessage::LeadingZeros { zeros_end },
                    at: self.cur,
                });
            }
            self.verify_end(c, "decimal")?;
            self.backup(c);
            return Ok(TokenKind::Int);
        }
        // Decimal.
        self.backup(first);
        c = self.decimal_tail()?;
        match c {
            b'.' => {
                c = self.nextc();
                self.fraction(c)
            }
            b'e' | b'E' => self.exponent(c),
            b'j' | b'J' => self.imaginary(),
            _ => {
                self.verify_end(c, "decimal")?;
                self.backup(c);
                Ok(TokenKind::Int)
            }
        }
    }

    /// After the `.` of a float; `c` is the character after it.
    fn fraction(&mut self, mut c: u8) -> Result<TokenKind, NumberError> {
        if c.is_ascii_digit() {
            c = self.decimal_tail()?;
        }
        match c {
            b'e' | b'E' => self.exponent(c),
            b'j' | b'J' => self.imaginary(),
            _ => {
                self.verify_end(c, "decimal")?;
                self.backup(c);
                Ok(TokenKind::Float)
            }
        }
    }

    fn exponent(&mut self, e: u8) -> Result<TokenKind, NumberError> {
        let mut c = self.nextc();
        if c == b'+' || c == b'-' {
            c = self.nextc();
            if !c.is_ascii_digit() {
                self.backup(c);
                return self.fail(NumberMessage::Invalid("decimal"));
            }
        } else if !c.is_ascii_digit() {
            self.backup(c);
            self.verify_end(e, "decimal")?;
            self.backup(e);
            // `1else`: the number ends before the `e`.
            let text = &self.bytes[self.start..self.cur];
            return Ok(if text.contains(&b'.') {
                TokenKind::Float
            } else {
                TokenKind::Int
            });
        }
        c = self.decimal_tail()?;
        if c == b'j' || c == b'J' {
            return self.imaginary();
        }
        self.verify_end(c, "decimal")?;
        self.backup(c);
        Ok(TokenKind::Float)
    }

    fn imaginary(&mut self) -> Result<TokenKind, NumberError> {
        let c = self.nextc();
        self.verify_end(c, "imaginary")?;
        self.backup(c);
        Ok(TokenKind::Imaginary)
    }
}
