//! String atoms: implicit concatenation, decoding and f-strings.
//!
//! F-strings follow Python 3.11 (`Parser/string_parser.c`): a field's
//! expression is found by scanning for the `!`, `:`, `=` or `}` that ends it
//! (skipping brackets and quoted strings; backslashes and `#` are refused),
//! then parsed as if wrapped in parentheses, with spans pointing into the
//! original source. Format specs may hold one more level of fields.
//!
//! Positions of errors: CPython 3.11 reports errors found while scanning an
//! f-string, and bad escapes, at the token after the string literals, and
//! so does this module. A syntax error inside a field's expression is
//! reported where it is (CPython 3.11 gives a position relative to the
//! field).

use super::{NodeStart, PResult, Parser, expr};
use crate::engine::syntax::ast::{Constant, Expr, ExprKind, FStringPart, Span};
use crate::engine::syntax::lexer::{self, MAX_BRACKET_DEPTH};
use crate::engine::syntax::string::{self, DecodeError};
use crate::engine::syntax::token::{Token, TokenKind};
use crate::engine::syntax::{SyntaxError, SyntaxErrorKind};

/// The f-string literal being read.
#[derive(Clone, Copy)]
struct FStringLiteral {
    /// The literal's token.
    token: Token,
    /// Where the text between its quotes ends.
    end: usize,
    /// An `rf"…"` literal: backslashes are kept as written.
    raw: bool,
    /// The token after the string literals, where CPython reports errors.
    after: Token,
}

/// One string literal of a concatenation, decoded.
enum Piece {
    Bytes(Vec<u8>),
    Str(String),
    /// An f-string, whose fields are read after the kind check.
    FString,
}

/// What the literal scan of an f-string stopped at.
enum LiteralEnd {
    /// A doubled `{{` or `}}`: the literal continues after it.
    Doubled,
    /// A `{`, a `}` ending a format spec, or the end of the string.
    Stop,
}

impl Parser<'_> {
    /// `strings: STRING+`, concatenated.
    pub(super) fn parse_strings(&mut self) -> PResult<Expr> {
        let start = self.node_start();
        let mut tokens = Vec::new();
        while self.at(TokenKind::String) {
            tokens.push(self.bump());
        }
        let span = self.node_range(start);
        // CPython reports string errors at the token it looked at last.
        let after = self.current_token();
        // Token by token, as CPython's `_PyPegen_concatenate_strings`: decode
        // it, check it against the first token's kind, then read an
        // f-string's fields.
        let mut bytes_mode = None;
        let mut bytes = Vec::new();
        let mut parts = Vec::new();
        let mut is_fstring = false;
        for &token in &tokens {
            let literal = string::split_literal(self.text(token));
            let body_start = token.start as usize + literal.body_start;
            let body_end = token.start as usize + literal.body_end;
            let body = &self.source[body_start..body_end];
            let raw = literal.prefix.raw;
            let piece = if literal.prefix.bytes {
                let value = string::decode_bytes(body, raw);
                Piece::Bytes(value.map_err(|e| self.decode_error(e, token, after))?)
            } else if literal.prefix.fstring {
                Piece::FString
            } else {
                let value = string::decode_str(body, raw);
                Piece::Str(value.map_err(|e| self.decode_error(e, token, after))?)
            };
            if *bytes_mode.get_or_insert(literal.prefix.bytes) != literal.prefix.bytes {
                let message = "cannot mix bytes and nonbytes literals";
                return Err(self.error_point(SyntaxErrorKind::Syntax, message, after));
            }
            match piece {
                Piece::Bytes(value) => bytes.extend_from_slice(&value),
                Piece::Str(value) => push_literal(&mut parts, value),
                Piece::FString => {
                    is_fstring = true;
                    let mut pos = body_start;
                    let fstring = FStringLiteral {
                        token,
                        end: body_end,
                        raw,
                        after,
                    };
                    self.parse_fstring_body(&mut pos, 0, fstring, &mut parts)?;
                }
            }
        }
        if bytes_mode == Some(true) {
            return Ok(expr(ExprKind::Constant(Constant::Bytes(bytes)), span));
        }
        if is_fstring {
            return Ok(expr(ExprKind::FString(parts), span));
        }
        let value = match parts.pop() {
            Some(FStringPart::Literal(value)) => value,
            _ => String::new(),
        };
        Ok(expr(ExprKind::Constant(Constant::Str(value)), span))
    }

    fn decode_error(&self, error: DecodeError, token: Token, after: Token) -> SyntaxError {
        match error {
            DecodeError::Escape(message) => {
                self.error_point(SyntaxErrorKind::Syntax, message, after)
            }
            DecodeError::NotAscii => self.error_at(
                "bytes can only contain ASCII literal characters",
                token.span(),
            ),
            DecodeError::Unsupported(message) => self.unsupported(message, token.span()),
        }
    }

    /// An error found while scanning an f-string (CPython's position).
    fn fstring_error(&self, message: impl Into<String>, after: Token) -> SyntaxError {
        SyntaxError {
            message: message.into(),
            ..self.error_point(SyntaxErrorKind::Syntax, "", after)
        }
    }

    /// CPython's `fstring_find_literal_and_expr` loop: literal text and
    /// fields, up to the end of `source[..end]` (or the `}` closing a
    /// format spec when `level` is 1).
    fn parse_fstring_body(
        &mut self,
        pos: &mut usize,
        level: u32,
        fstring: FStringLiteral,
        out: &mut Vec<FStringPart>,
    ) -> PResult<()> {
        let FStringLiteral {
            token,
            end,
            raw,
            after,
        } = fstring;
        let bytes = self.source.as_bytes();
        loop {
            let literal_start = *pos;
            let stop = self.scan_fstring_literal(pos, level, fstring)?;
            let literal_end = match stop {
                LiteralEnd::Doubled => *pos - 1,
                LiteralEnd::Stop => *pos,
            };
            if literal_end > literal_start {
                let text = &self.source[literal_start..literal_end];
                let value = string::decode_str(text, raw)
                    .map_err(|e| self.decode_error(e, token, after))?;
                push_literal(out, value);
            }
            if let LiteralEnd::Doubled = stop {
                continue;
            }
            if *pos >= end || bytes[*pos] == b'}' {
                break;
            }
            self.parse_fstring_field(pos, level, fstring, out)?;
        }
        if level != 0 && (*pos >= end || bytes[*pos] != b'}') {
            return Err(self.fstring_error("f-string: expecting '}'", after));
        }
        Ok(())
    }

    /// CPython's `fstring_find_literal`: advances `pos` over literal text.
    fn scan_fstring_literal(
        &self,
        pos: &mut usize,
        level: u32,
        fstring: FStringLiteral,
    ) -> PResult<LiteralEnd> {
        let FStringLiteral {
            end, raw, after, ..
        } = fstring;
        let bytes = self.source.as_bytes();
        let mut s = *pos;
        while s < end {
            let mut ch = bytes[s];
            s += 1;
            if !raw && ch == b'\\' && s < end {
                ch = bytes[s];
                s += 1;
                if ch == b'N' {
                    // Skip "\N{...}" so its braces are not a field.
                    if s < end {
                        let next = bytes[s];
                        s += 1;
                        if next == b'{' {
                            while s < end {
                                let c = bytes[s];
                                s += 1;
                                if c == b'}' {
                                    break;
                                }
                            }
                        }
                    }
                    continue;
                }
            }
            if ch == b'{' || ch == b'}' {
                if level == 0 {
                    if s < end && bytes[s] == ch {
                        *pos = s + 1;
                        return Ok(LiteralEnd::Doubled);
                    }
                    if ch == b'}' {
                        return Err(
                            self.fstring_error("f-string: single '}' is not allowed", after)
                        );
                    }
                }
                s -= 1;
                break;
            }
        }
        *pos = s;
        Ok(LiteralEnd::Stop)
    }

    /// CPython's `fstring_find_expr`: one `{…}` field, `pos` at its `{`.
    fn parse_fstring_field(
        &mut self,
        pos: &mut usize,
        level: u32,
        fstring: FStringLiteral,
        out: &mut Vec<FStringPart>,
    ) -> PResult<()> {
        let FStringLiteral {
            token, end, after, ..
        } = fstring;
        let bytes = self.source.as_bytes();
        if level >= 2 {
            return Err(self.fstring_error("f-string: expressions nested too deeply", after));
        }
        let open_brace = *pos;
        *pos += 1;
        let expr_start = *pos;
        let mut quote: u8 = 0;
        let mut triple = false;
        let mut brackets: Vec<u8> = Vec::new();
        while *pos < end {
            let ch = bytes[*pos];
            if ch == b'\\' {
                return Err(self
                    .fstring_error("f-string expression part cannot include a backslash", after));
            }
            if quote != 0 {
                if ch == quote {
                    if !triple {
                        quote = 0;
                    } else if *pos + 2 < end && bytes[*pos + 1] == ch && bytes[*pos + 2] == ch {
                        *pos += 2;
                        quote = 0;
                    }
                }
                *pos += 1;
                continue;
            }
            match ch {
                b'\'' | b'"' => {
                    triple = *pos + 2 < end && bytes[*pos + 1] == ch && bytes[*pos + 2] == ch;
                    if triple {
                        *pos += 2;
                    }
                    quote = ch;
                }
                b'[' | b'{' | b'(' => {
                    if brackets.len() >= MAX_BRACKET_DEPTH {
                        return Err(
                            self.fstring_error("f-string: too many nested parenthesis", after)
                        );
                    }
                    brackets.push(ch);
                }
                b'#' => {
                    return Err(
                        self.fstring_error("f-string expression part cannot include '#'", after)
                    );
                }
                b'!' | b':' | b'}' | b'=' | b'>' | b'<' if brackets.is_empty() => {
                    let next = if *pos + 1 < end { bytes[*pos + 1] } else { 0 };
                    if next == b'=' && ch != b':' && ch != b'}' {
                        // `!=`, `==`, `<=`, `>=`
                        *pos += 2;
                        continue;
                    }
                    if ch == b'>' || ch == b'<' {
                        *pos += 1;
                        continue;
                    }
                    break;
                }
                b']' | b'}' | b')' => {
                    let Some(opening) = brackets.pop() else {
                        return Err(self.fstring_error(
                            format!("f-string: unmatched '{}'", ch as char),
                            after,
                        ));
                    };
                    if !matches!((opening, ch), (b'(', b')') | (b'[', b']') | (b'{', b'}')) {
                        let message = format!(
                            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                            ch as char, opening as char
                        );
                        return Err(self.fstring_error(message, after));
                    }
                }
                _ => {}
            }
            *pos += 1;
        }
        let expr_end = *pos;
        if quote != 0 {
            return Err(self.fstring_error("f-string: unterminated string", after));
        }
        if let Some(&opening) = brackets.last() {
            return Err(
                self.fstring_error(format!("f-string: unmatched '{}'", opening as char), after)
            );
        }
        if *pos >= end {
            return Err(self.fstring_error("f-string: expecting '}'", after));
        }
        let text = &self.source[expr_start..expr_end];
        if text
            .bytes()
            .all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'))
        {
            let terminator = bytes[expr_end];
            if matches!(terminator, b'!' | b':' | b'=') {
                let message = format!(
                    "f-string: expression required before '{}'",
                    terminator as char
                );
                return Err(self.fstring_error(message, after));
            }
            return Err(self.fstring_error("f-string: empty expression not allowed", after));
        }
        let value = self.parse_fstring_field_expression(token, open_brace, expr_start, expr_end)?;

        let mut debug_text = None;
        if bytes[*pos] == b'=' {
            *pos += 1;
            while *pos < end
                && matches!(
                    bytes[*pos],
                    b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c'
                )
            {
                *pos += 1;
            }
            if *pos >= end {
                return Err(self.fstring_error("f-string: expecting '}'", after));
            }
            debug_text = Some(string::normalize_newlines(&self.source[expr_start..*pos]));
        }
        let mut conversion = None;
        if bytes[*pos] == b'!' {
            *pos += 1;
            if *pos >= end {
                return Err(self.fstring_error("f-string: expecting '}'", after));
            }
            let c = self.source[*pos..].chars().next().unwrap_or('\0');
            *pos += c.len_utf8();
            if !matches!(c, 's' | 'r' | 'a') {
                let message = "f-string: invalid conversion character: expected 's', 'r', or 'a'";
                return Err(self.fstring_error(message, after));
            }
            conversion = Some(c);
        }
        let mut format_spec = None;
        if *pos < end && bytes[*pos] == b':' {
            *pos += 1;
            if *pos >= end {
                return Err(self.fstring_error("f-string: expecting '}'", after));
            }
            let mut spec = Vec::new();
            self.parse_fstring_body(pos, level + 1, fstring, &mut spec)?;
            format_spec = Some(spec);
        }
        if *pos >= end || bytes[*pos] != b'}' {
            return Err(self.fstring_error("f-string: expecting '}'", after));
        }
        *pos += 1;
        if debug_text.is_some() && format_spec.is_none() && conversion.is_none() {
            conversion = Some('r');
        }
        out.push(FStringPart::Expr {
            value: Box::new(value),
            conversion,
            format_spec,
            debug_text,
        });
        Ok(())
    }

    /// Parses the expression of a field, `source[start..end]`, as CPython
    /// does: wrapped in parentheses (so a bare tuple or generator expression
    /// spans the braces).
    fn parse_fstring_field_expression(
        &mut self,
        token: Token,
        open_brace: usize,
        start: usize,
        end: usize,
    ) -> PResult<Expr> {
        let (line, col) = self.location_in_token(token, start);
        let lexed = lexer::lex_fstring_expression(self.source, start, end, line, col);
        if let Some(error) = lexed.error.as_ref().filter(|e| e.eager) {
            return Err(error.error.clone());
        }
        let mut parser = Parser::new(self.source, lexed, self.depth + 1, true);
        let (brace_line, brace_col) = self.location_in_token(token, open_brace);
        let open = NodeStart {
            start: open_brace as u32,
            line: brace_line,
            col: brace_col,
        };
        let result = parser.parse_fstring_expression(open, end);
        result.map_err(|error| parser.finish_error(error))
    }

    /// The whole token stream of an f-string field: one parenthesized
    /// expression.
    fn parse_fstring_expression(&mut self, open: NodeStart, end: usize) -> PResult<Expr> {
        let (mut value, owns_parentheses) = self.parse_parenthesized_interior()?;
        if !self.at(TokenKind::EndOfFile) {
            return Err(self.invalid_syntax());
        }
        if owns_parentheses {
            value.span = Span {
                start: open.start,
                end: end as u32 + 1,
                line: open.line,
                col: open.col,
            };
        }
        Ok(value)
    }

    /// The line and column of byte offset `offset` inside string `token`.
    fn location_in_token(&self, token: Token, offset: usize) -> (u32, u32) {
        let text = &self.source[token.start as usize..offset];
        let mut line = token.line;
        let mut line_start = None;
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => {
                    line += 1;
                    line_start = Some(i + 1);
                }
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => {
                    line += 1;
                    line_start = Some(i + 1);
                }
                _ => {}
            }
            i += 1;
        }
        let col = match line_start {
            Some(start) => text[start..].chars().count() as u32,
            None => token.col + text.chars().count() as u32,
        };
        (line, col)
    }
}

/// Appends literal text, merging it with a literal just before it.
fn push_literal(parts: &mut Vec<FStringPart>, value: String) {
    if value.is_empty() {
        return;
    }
    if let Some(FStringPart::Literal(last)) = parts.last_mut() {
        last.push_str(&value);
    } else {
        parts.push(FStringPart::Literal(value));
    }
}
