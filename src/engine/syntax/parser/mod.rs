//! The parser: tokens → [`ast::Module`].
//!
//! Recursive descent over CPython 3.11's grammar (`Grammar/python.gram`),
//! one function per rule, named after it (`parse_if_statement`,
//! `parse_star_expressions`). Binary operators are parsed by precedence
//! climbing over one table ([`expression::Precedence`]).
//!
//! CPython's PEG parser reports errors in two passes: a plain pass that
//! fails at some token, then a pass with extra `invalid_*` rules that
//! recognise common mistakes and raise a specific message. Here the specific
//! messages are raised where the plain parse would fail, by the function for
//! the rule CPython's `invalid_*` rule shadows. Where such a rule needs to
//! know whether something parses (the second expression of `[a b]`), a
//! speculative parse answers with the error rules off and with a PEG
//! parser's fallbacks on (an operator or trailer whose operand fails is left
//! out; see [`Parser::lookahead_without_invalid`]). "invalid syntax" is
//! reported at the furthest token the plain parse looked at, as CPython
//! does. The first error ends the parse; [`Parser::finish_error`] then
//! weighs it against a lexer error as CPython does.
//!
//! Recursion is bounded: brackets nest at most 200 deep (the lexer's
//! "too many nested parentheses"), and every other recursive rule counts
//! against [`MAX_DEPTH`].

mod expression;
mod fstring;
mod pattern;
mod statement;
mod target;

use super::ast::{self, Expr, Span};
use super::lexer::{self, LexError, Lexed};
use super::token::{Token, TokenKind};
use super::{SyntaxError, SyntaxErrorKind};

/// How deeply expressions and statements may nest, counting each nested
/// rule that recurses (a bracket, an operand of a unary operator, a block).
/// Brackets alone stop at 200 ("too many nested parentheses", as CPython);
/// CPython gives up on other nesting with a `RecursionError` near 3000. The
/// limit keeps the parser within a 1 MiB stack in release builds (debug
/// builds need several times more).
const MAX_DEPTH: u32 = 300;

/// How deep the tree may grow through chains built by loops (`a + b + c
/// ...`, `a.b.c...`), which cost the parser no stack but nest the AST that
/// [`super::validate`], the compiler and the destructor walk recursively.
/// CPython's compiler stops near 3000.
const MAX_TREE_DEPTH: u32 = 1000;

type PResult<T> = Result<T, SyntaxError>;

/// Parses a whole module (without the checks of [`super::validate`]).
pub fn parse_module(source: &str) -> PResult<ast::Module> {
    let lexed = lexer::lex(source);
    let mut parser = Parser::new(source, lexed, 0, false);
    match parser.parse_file() {
        Ok(body) => Ok(ast::Module { body }),
        Err(error) => Err(parser.finish_error(error)),
    }
}

/// Where a node starts: the first token of the rule that builds it.
#[derive(Clone, Copy, Debug)]
struct NodeStart {
    start: u32,
    line: u32,
    col: u32,
}

/// The parser's state.
struct Parser<'src> {
    source: &'src str,
    /// All tokens; the last is `EndOfFile` or `Error`.
    tokens: Vec<Token>,
    /// The error that stopped the lexer, if any (at the `Error` token).
    lex_error: Option<LexError>,
    /// Index of the current token.
    pos: usize,
    /// End offset of the last token consumed, not counting NEWLINE, INDENT
    /// and DEDENT: where the node being built ends.
    prev_end: u32,
    /// The furthest token index looked at; reaching the `Error` token makes
    /// the lexer's error the one reported.
    furthest: usize,
    /// The furthest token index looked at outside speculative parses: where
    /// CPython reports "invalid syntax" (the last token its first pass
    /// fetched).
    furthest_plain: usize,
    /// Inside a speculative parse for an error rule (CPython's
    /// `expression_without_invalid`): no specific errors are raised.
    suppress_invalid: bool,
    /// Bracket nesting at the current token.
    bracket_depth: u32,
    /// Inside CPython's `expression` rule, rather than a bare `disjunction`
    /// or target: where its `invalid_expression` rule may apply.
    in_expression: bool,
    /// Recursion depth, against [`MAX_DEPTH`].
    depth: u32,
    /// Parsing the expression of an f-string field: error messages get
    /// CPython's "f-string: " prefix.
    in_fstring: bool,
}

/// A saved parser position, for the few rules that look ahead by parsing.
#[derive(Clone, Copy)]
struct Checkpoint {
    pos: usize,
    furthest_plain: usize,
    prev_end: u32,
    bracket_depth: u32,
    depth: u32,
}

impl<'src> Parser<'src> {
    fn new(source: &'src str, lexed: Lexed, depth: u32, in_fstring: bool) -> Self {
        Parser {
            source,
            tokens: lexed.tokens,
            lex_error: lexed.error,
            pos: 0,
            prev_end: 0,
            furthest: 0,
            furthest_plain: 0,
            suppress_invalid: false,
            bracket_depth: u32::from(in_fstring),
            in_expression: false,
            depth,
            in_fstring,
        }
    }

    // === Token verbs ===

    /// The token at `pos + n`, clamped to the last token.
    fn nth_token(&mut self, n: usize) -> Token {
        let index = (self.pos + n).min(self.tokens.len() - 1);
        self.furthest = self.furthest.max(index);
        self.furthest_plain = self.furthest_plain.max(index);
        self.tokens[index]
    }

    fn current_token(&mut self) -> Token {
        self.nth_token(0)
    }

    /// The kind of the current token.
    fn current(&mut self) -> TokenKind {
        self.current_token().kind
    }

    /// The kind of the token after the current one.
    fn peek2(&mut self) -> TokenKind {
        self.nth_token(1).kind
    }

    fn at(&mut self, kind: TokenKind) -> bool {
        self.current() == kind
    }

    /// True at a name with this text (a soft keyword such as `match`).
    fn at_soft_keyword(&mut self, text: &str) -> bool {
        let token = self.current_token();
        token.kind == TokenKind::Name && token.text(self.source) == text
    }

    /// Consumes the current token.
    fn bump(&mut self) -> Token {
        let token = self.current_token();
        assert!(
            token.kind != TokenKind::EndOfFile && token.kind != TokenKind::Error,
            "bump past the end"
        );
        match token.kind {
            TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent => {}
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                self.bracket_depth += 1;
                self.prev_end = token.end;
            }
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                self.bracket_depth = self.bracket_depth.saturating_sub(1);
                self.prev_end = token.end;
            }
            _ => self.prev_end = token.end,
        }
        self.pos += 1;
        token
    }

    /// Consumes the current token if it is `kind`.
    fn eat(&mut self, kind: TokenKind) -> bool {
        if self.at(kind) {
            self.bump();
            true
        } else {
            false
        }
    }

    /// Consumes a token of `kind`, or fails with "invalid syntax".
    fn expect(&mut self, kind: TokenKind) -> PResult<Token> {
        if self.at(kind) {
            Ok(self.bump())
        } else {
            Err(self.invalid_syntax())
        }
    }

    /// Consumes a `:` that CPython's grammar forces (`&&':'`), failing with
    /// "expected ':'" at the current token.
    fn expect_forced(&mut self, kind: TokenKind, text: &str) -> PResult<Token> {
        if self.at(kind) {
            Ok(self.bump())
        } else {
            let token = self.current_token();
            Err(self.error_at_token(format!("expected '{text}'"), token))
        }
    }

    /// Consumes a `:` that CPython only demands by name when the line ends
    /// instead ("expected ':'"); anything else is "invalid syntax".
    fn expect_colon_before_newline(&mut self) -> PResult<Token> {
        if self.at(TokenKind::Colon) {
            Ok(self.bump())
        } else if self.at(TokenKind::Newline) {
            let token = self.current_token();
            Err(self.error_point(SyntaxErrorKind::Syntax, "expected ':'", token))
        } else {
            Err(self.invalid_syntax())
        }
    }

    fn node_start(&mut self) -> NodeStart {
        let token = self.current_token();
        NodeStart {
            start: token.start,
            line: token.line,
            col: token.col,
        }
    }

    /// The span from `start` to the end of the last token consumed.
    fn node_range(&self, start: NodeStart) -> Span {
        Span {
            start: start.start,
            end: self.prev_end.max(start.start),
            line: start.line,
            col: start.col,
        }
    }

    fn checkpoint(&self) -> Checkpoint {
        Checkpoint {
            pos: self.pos,
            furthest_plain: self.furthest_plain,
            prev_end: self.prev_end,
            bracket_depth: self.bracket_depth,
            depth: self.depth,
        }
    }

    fn rewind(&mut self, checkpoint: Checkpoint) {
        self.pos = checkpoint.pos;
        self.furthest_plain = checkpoint.furthest_plain;
        self.prev_end = checkpoint.prev_end;
        self.bracket_depth = checkpoint.bracket_depth;
        self.depth = checkpoint.depth;
    }

    /// Runs `rule` and rewinds afterwards, whether it succeeded or not.
    fn lookahead<T>(&mut self, rule: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<T> {
        let checkpoint = self.checkpoint();
        let result = rule(self);
        self.rewind(checkpoint);
        result
    }

    /// Counts one level of recursion.
    fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            let token = self.current_token();
            return Err(SyntaxError::new(
                SyntaxErrorKind::Unsupported,
                format!(
                    "too deeply nested: coroscope parses at most {MAX_DEPTH} nested brackets, operators or blocks"
                ),
                token.span(),
            ));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    // === Errors ===

    fn message(&self, message: impl Into<String>) -> String {
        let message = message.into();
        if self.in_fstring {
            format!("f-string: {message}")
        } else {
            message
        }
    }

    /// CPython's generic error at the current token.
    fn invalid_syntax(&mut self) -> SyntaxError {
        let index = self.furthest_plain.max(self.pos).min(self.tokens.len() - 1);
        let token = self.tokens[index];
        // CPython names the error after an indentation token it stopped at.
        match token.kind {
            TokenKind::Indent => {
                self.error_point(SyntaxErrorKind::Indentation, "unexpected indent", token)
            }
            TokenKind::Dedent => {
                self.error_point(SyntaxErrorKind::Indentation, "unexpected unindent", token)
            }
            _ => self.error_at_token("invalid syntax", token),
        }
    }

    /// The column (in characters) of byte offset `offset` in its line.
    fn column_of(&self, offset: u32) -> u32 {
        let offset = offset as usize;
        let line_start = self.source[..offset]
            .rfind(['\n', '\r'])
            .map_or(0, |i| i + 1);
        self.source[line_start..offset].chars().count() as u32
    }

    /// Runs a speculative parse for an error rule, with the error rules
    /// themselves off, and rewinds.
    fn lookahead_without_invalid<T>(
        &mut self,
        rule: impl FnOnce(&mut Self) -> PResult<T>,
    ) -> PResult<T> {
        let saved = self.suppress_invalid;
        self.suppress_invalid = true;
        let result = self.lookahead(rule);
        self.suppress_invalid = saved;
        result
    }

    /// An error covering `token`.
    fn error_at_token(&self, message: impl Into<String>, token: Token) -> SyntaxError {
        match token.kind {
            TokenKind::Indent | TokenKind::Dedent => {
                self.error_point(SyntaxErrorKind::Syntax, message, token)
            }
            _ => SyntaxError::new(SyntaxErrorKind::Syntax, self.message(message), token.span()),
        }
    }

    /// An error at the start of `token` with no range, as CPython's
    /// `RAISE_SYNTAX_ERROR` without a location. For INDENT/DEDENT tokens,
    /// which have no position in CPython, the column is the one CPython
    /// computes: just before the first character of the line's text.
    fn error_point(
        &self,
        kind: SyntaxErrorKind,
        message: impl Into<String>,
        token: Token,
    ) -> SyntaxError {
        let mut span = token.span();
        span.end = span.start;
        let at_end = self
            .tokens
            .last()
            .is_some_and(|last| last.kind == TokenKind::EndOfFile && last.start == token.start);
        if matches!(token.kind, TokenKind::Indent | TokenKind::Dedent) && !at_end {
            span.col = span.col.saturating_sub(1);
        }
        SyntaxError::new(kind, self.message(message), span)
    }

    /// An error covering a node.
    fn error_at(&self, message: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError::new(SyntaxErrorKind::Syntax, self.message(message), span)
    }

    /// An error covering `from` to the end of `to`.
    fn error_range(&self, message: impl Into<String>, from: Span, to: Span) -> SyntaxError {
        self.error_at(message, from.to(to))
    }

    fn unsupported(&self, message: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError::new(SyntaxErrorKind::Unsupported, message, span)
    }

    /// Chooses between a parse error and the lexer's error, as CPython's
    /// `_PyPegen_tokenize_full_source_to_check_for_errors` does.
    fn finish_error(&mut self, error: SyntaxError) -> SyntaxError {
        let Some(lex) = &self.lex_error else {
            return error;
        };
        let error_index = self.tokens.len() - 1;
        if self.furthest >= error_index {
            return lex.error.clone();
        }
        // CPython reports an unexpected indent without looking further.
        if error.message == "unexpected indent" || error.message == "unexpected unindent" {
            return error;
        }
        if lex.eager {
            return lex.error.clone();
        }
        if let Some(open) = lex.open_bracket {
            let line = self.tokens[self.furthest].line;
            if line > open.span.line {
                return SyntaxError::new(
                    SyntaxErrorKind::Syntax,
                    format!("'{}' was never closed", open.char),
                    open.span,
                );
            }
        }
        error
    }

    /// The text of a token.
    fn text(&self, token: Token) -> &'src str {
        token.text(self.source)
    }

    /// A name token's identifier.
    fn name(&self, token: Token) -> ast::Name {
        self.text(token).into()
    }

    // === Module ===

    /// `file: [statements] ENDMARKER`
    fn parse_file(&mut self) -> PResult<Vec<ast::Stmt>> {
        let mut body = Vec::new();
        while !self.at(TokenKind::EndOfFile) {
            let before = self.pos;
            self.parse_statement(&mut body)?;
            assert!(self.pos > before, "the parser is no longer progressing");
        }
        Ok(body)
    }
}

/// A shorthand for building an expression node.
fn expr(kind: ast::ExprKind, span: Span) -> Expr {
    Expr { kind, span }
}
