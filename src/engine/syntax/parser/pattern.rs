//! The `match` statement and its patterns (PEP 634).
//!
//! `match` and `case` are soft keywords: a line starting with `match` is a
//! match statement only when `match subject_expr ':' NEWLINE` parses, as in
//! CPython's grammar, where `match_stmt` is tried before the simple
//! statements and gives way to them when it fails. Inside the block only
//! `case` blocks may follow.
//!
//! Patterns are parsed into their own tree ([`Pattern`]); their checks that
//! need the whole pattern (unreachable cases, names bound twice,
//! alternatives binding different names) are CPython's compiler's, made in
//! [`crate::engine::syntax::validate`].

use super::expression::starts_expression;
use super::{NodeStart, PResult, Parser, expr};
use crate::engine::syntax::SyntaxErrorKind;
use crate::engine::syntax::ast::{
    Constant, Expr, ExprKind, MatchCase, Name, Pattern, PatternKind, Stmt, StmtKind, UnaryOp,
};
use crate::engine::syntax::token::TokenKind;

fn pattern(kind: PatternKind, span: crate::engine::syntax::ast::Span) -> Pattern {
    Pattern { kind, span }
}

/// True for tokens that can begin a `maybe_star_pattern`.
fn starts_pattern(kind: TokenKind) -> bool {
    use TokenKind::*;
    matches!(
        kind,
        Name | Int
            | Float
            | Imaginary
            | String
            | Minus
            | Lpar
            | Lsqb
            | Lbrace
            | None
            | True
            | False
            | Star
    )
}

impl Parser<'_> {
    // === The statement ===

    /// `Ok` when the `match` at the current token starts a match statement:
    /// `"match" subject_expr ':' NEWLINE` parses. Otherwise the position
    /// CPython's attempt reached (the token after the subject), or `None`
    /// when no subject could start.
    pub(super) fn match_statement_reach(&mut self) -> Result<(), Option<usize>> {
        let reached = self
            .lookahead(|p| {
                p.bump();
                let kind = p.current();
                if !(starts_expression(kind) || kind == TokenKind::Star) {
                    return Ok(None);
                }
                let subject = p.parse_subject_expression()?;
                if matches!(subject.kind, ExprKind::Starred(_)) {
                    return Ok(Some(p.pos));
                }
                if p.eat(TokenKind::Colon) && p.at(TokenKind::Newline) {
                    return Ok(Some(usize::MAX));
                }
                Ok(Some(p.pos))
            })
            .unwrap_or(None);
        match reached {
            Some(usize::MAX) => Ok(()),
            other => Err(other),
        }
    }

    /// `match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT`,
    /// once [`Parser::match_statement_reach`] has said it is one.
    pub(super) fn parse_match_statement(&mut self) -> PResult<Stmt> {
        let start = self.node_start();
        let keyword = self.bump();
        let subject = self.parse_subject_expression()?;
        self.expect(TokenKind::Colon)?;
        self.expect(TokenKind::Newline)?;
        if !self.at(TokenKind::Indent) {
            let token = self.current_token();
            let message = format!(
                "expected an indented block after 'match' statement on line {}",
                keyword.line
            );
            return Err(self.error_point(SyntaxErrorKind::Indentation, message, token));
        }
        self.bump();
        let mut cases = Vec::new();
        loop {
            if !self.at_soft_keyword("case") {
                return Err(self.invalid_syntax());
            }
            let before = self.pos;
            cases.push(self.parse_case_block()?);
            assert!(self.pos > before, "the parser is no longer progressing");
            if self.eat(TokenKind::Dedent) {
                break;
            }
        }
        Ok(Stmt {
            kind: StmtKind::Match { subject, cases },
            span: self.node_range(start),
        })
    }

    /// `subject_expr: star_named_expression ',' star_named_expressions? | named_expression`
    fn parse_subject_expression(&mut self) -> PResult<Expr> {
        let start = self.node_start();
        let first = self.parse_star_named_expression()?;
        if !self.at(TokenKind::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(TokenKind::Comma) {
            let kind = self.current();
            if !(starts_expression(kind) || kind == TokenKind::Star) {
                break;
            }
            elts.push(self.parse_star_named_expression()?);
        }
        Ok(expr(ExprKind::Tuple(elts), self.node_range(start)))
    }

    /// `case_block: "case" patterns guard? ':' block`
    fn parse_case_block(&mut self) -> PResult<MatchCase> {
        let keyword = self.bump();
        let pattern = self.parse_patterns()?;
        let guard = if self.eat(TokenKind::If) {
            Some(self.parse_named_expression()?)
        } else {
            None
        };
        self.expect_colon_before_newline()?;
        let body = self.parse_block("'case' statement", keyword.line)?;
        Ok(MatchCase {
            pattern,
            guard,
            body,
        })
    }

    // === Patterns ===

    /// `patterns: open_sequence_pattern | pattern`: a case's pattern, where
    /// `case a, b:` is a sequence without brackets.
    fn parse_patterns(&mut self) -> PResult<Pattern> {
        let start = self.node_start();
        let first = self.parse_maybe_star_pattern()?;
        if !self.at(TokenKind::Comma) {
            if matches!(first.kind, PatternKind::MatchStar(_)) {
                return Err(self.invalid_syntax());
            }
            return Ok(first);
        }
        let patterns = self.parse_sequence_rest(first, TokenKind::Colon)?;
        Ok(pattern(
            PatternKind::MatchSequence(patterns),
            self.node_range(start),
        ))
    }

    /// The patterns after the first of a sequence, from its first comma:
    /// `(',' maybe_star_pattern)* ','?`, stopping before `close`.
    fn parse_sequence_rest(&mut self, first: Pattern, close: TokenKind) -> PResult<Vec<Pattern>> {
        let mut patterns = vec![first];
        while self.eat(TokenKind::Comma) {
            let kind = self.current();
            if kind == close || !starts_pattern(kind) {
                break;
            }
            patterns.push(self.parse_maybe_star_pattern()?);
        }
        Ok(patterns)
    }

    /// `maybe_star_pattern: star_pattern | pattern`
    fn parse_maybe_star_pattern(&mut self) -> PResult<Pattern> {
        if !self.at(TokenKind::Star) {
            return self.parse_pattern();
        }
        // `star_pattern: '*' pattern_capture_target | '*' wildcard_pattern`
        let start = self.node_start();
        self.bump();
        let name = self.parse_capture_target(true)?;
        Ok(pattern(
            PatternKind::MatchStar(name),
            self.node_range(start),
        ))
    }

    /// `pattern_capture_target: !"_" NAME !('.' | '(' | '=')`, or the
    /// wildcard `_` (`None`) when `wildcard` allows it.
    fn parse_capture_target(&mut self, wildcard: bool) -> PResult<Option<Name>> {
        let token = self.current_token();
        if token.kind != TokenKind::Name {
            return Err(self.invalid_syntax());
        }
        if self.text(token) == "_" {
            if wildcard {
                self.bump();
                return Ok(None);
            }
            return Err(self.invalid_syntax());
        }
        if matches!(
            self.peek2(),
            TokenKind::Dot | TokenKind::Lpar | TokenKind::Equal
        ) {
            return Err(self.invalid_syntax());
        }
        self.bump();
        Ok(Some(self.name(token)))
    }

    /// `pattern: as_pattern | or_pattern`
    fn parse_pattern(&mut self) -> PResult<Pattern> {
        self.enter()?;
        let start = self.node_start();
        let inner = self.parse_or_pattern()?;
        if !self.eat(TokenKind::As) {
            self.leave();
            return Ok(inner);
        }
        let token = self.current_token();
        if token.kind != TokenKind::Name {
            // CPython's `invalid_as_pattern`: `or_pattern 'as' !NAME expression`.
            let target = self.lookahead_without_invalid(|p| p.parse_expression());
            return match target {
                Ok(target) => Err(self.error_at("invalid pattern target", target.span)),
                Err(_) => Err(self.invalid_syntax()),
            };
        }
        if self.text(token) == "_" {
            return Err(self.error_at_token("cannot use '_' as a target", token));
        }
        let name = self.parse_capture_target(false)?;
        self.leave();
        Ok(pattern(
            PatternKind::MatchAs {
                pattern: Some(Box::new(inner)),
                name,
            },
            self.node_range(start),
        ))
    }

    /// `or_pattern: '|'.closed_pattern+`
    fn parse_or_pattern(&mut self) -> PResult<Pattern> {
        let start = self.node_start();
        let first = self.parse_closed_pattern()?;
        if !self.at(TokenKind::Vbar) {
            return Ok(first);
        }
        let mut patterns = vec![first];
        while self.eat(TokenKind::Vbar) {
            patterns.push(self.parse_closed_pattern()?);
        }
        Ok(pattern(
            PatternKind::MatchOr(patterns),
            self.node_range(start),
        ))
    }

    /// `closed_pattern`: a literal, capture, wildcard, value, group,
    /// sequence, mapping or class pattern.
    fn parse_closed_pattern(&mut self) -> PResult<Pattern> {
        let start = self.node_start();
        let token = self.current_token();
        match token.kind {
            TokenKind::Int | TokenKind::Float | TokenKind::Imaginary | TokenKind::Minus => {
                let value = self.parse_literal_number()?;
                let span = value.span;
                Ok(pattern(PatternKind::MatchValue(value), span))
            }
            TokenKind::String => {
                let value = self.parse_strings()?;
                let span = value.span;
                Ok(pattern(PatternKind::MatchValue(value), span))
            }
            TokenKind::None | TokenKind::True | TokenKind::False => {
                self.bump();
                let value = match token.kind {
                    TokenKind::None => Constant::None,
                    kind => Constant::Bool(kind == TokenKind::True),
                };
                Ok(pattern(PatternKind::MatchSingleton(value), token.span()))
            }
            TokenKind::Name => self.parse_name_pattern(start),
            TokenKind::Lpar => self.parse_group_or_sequence_pattern(start),
            TokenKind::Lsqb => {
                self.bump();
                let patterns = if self.at(TokenKind::Rsqb) {
                    Vec::new()
                } else {
                    let first = self.parse_maybe_star_pattern()?;
                    self.parse_sequence_rest(first, TokenKind::Rsqb)?
                };
                self.expect(TokenKind::Rsqb)?;
                Ok(pattern(
                    PatternKind::MatchSequence(patterns),
                    self.node_range(start),
                ))
            }
            TokenKind::Lbrace => self.parse_mapping_pattern(start),
            _ => Err(self.invalid_syntax()),
        }
    }

    /// A pattern starting with a name: the wildcard `_`, a capture, a
    /// value pattern (`Color.RED`) or a class pattern (`Point(x=0)`).
    fn parse_name_pattern(&mut self, start: NodeStart) -> PResult<Pattern> {
        let token = self.current_token();
        if self.text(token) == "_" {
            self.bump();
            let kind = PatternKind::MatchAs {
                pattern: None,
                name: None,
            };
            return Ok(pattern(kind, token.span()));
        }
        if !matches!(self.peek2(), TokenKind::Dot | TokenKind::Lpar) {
            let name = self.parse_capture_target(false)?;
            let kind = PatternKind::MatchAs {
                pattern: None,
                name,
            };
            return Ok(pattern(kind, token.span()));
        }
        let value = self.parse_name_or_attr()?;
        if self.at(TokenKind::Lpar) {
            return self.parse_class_pattern(start, value);
        }
        if self.at(TokenKind::Equal) {
            return Err(self.invalid_syntax());
        }
        let span = value.span;
        Ok(pattern(PatternKind::MatchValue(value), span))
    }

    /// `name_or_attr: attr | NAME`, with `attr: name_or_attr '.' NAME`.
    fn parse_name_or_attr(&mut self) -> PResult<Expr> {
        let start = self.node_start();
        let token = self.expect(TokenKind::Name)?;
        let mut value = expr(ExprKind::Name(self.name(token)), token.span());
        while self.eat(TokenKind::Dot) {
            let attr = self.expect(TokenKind::Name)?;
            let kind = ExprKind::Attribute {
                value: Box::new(value),
                attr: self.name(attr),
            };
            value = expr(kind, self.node_range(start));
        }
        Ok(value)
    }

    /// `group_pattern: '(' pattern ')'` or
    /// `sequence_pattern: '(' open_sequence_pattern? ')'`.
    fn parse_group_or_sequence_pattern(&mut self, start: NodeStart) -> PResult<Pattern> {
        self.bump();
        if self.eat(TokenKind::Rpar) {
            return Ok(pattern(
                PatternKind::MatchSequence(Vec::new()),
                self.node_range(start),
            ));
        }
        let first = self.parse_maybe_star_pattern()?;
        if !self.at(TokenKind::Comma) {
            if matches!(first.kind, PatternKind::MatchStar(_)) {
                return Err(self.invalid_syntax());
            }
            self.expect(TokenKind::Rpar)?;
            return Ok(first);
        }
        let patterns = self.parse_sequence_rest(first, TokenKind::Rpar)?;
        self.expect(TokenKind::Rpar)?;
        Ok(pattern(
            PatternKind::MatchSequence(patterns),
            self.node_range(start),
        ))
    }

    /// `mapping_pattern: '{' [items_pattern ','] [double_star_pattern] ','? '}'`
    fn parse_mapping_pattern(&mut self, start: NodeStart) -> PResult<Pattern> {
        self.bump();
        let mut keys = Vec::new();
        let mut patterns = Vec::new();
        let mut rest = None;
        while !self.at(TokenKind::Rbrace) {
            if self.eat(TokenKind::DoubleStar) {
                rest = self.parse_capture_target(false)?;
                self.eat(TokenKind::Comma);
                break;
            }
            keys.push(self.parse_mapping_key()?);
            self.expect(TokenKind::Colon)?;
            patterns.push(self.parse_pattern()?);
            if !self.eat(TokenKind::Comma) {
                break;
            }
        }
        self.expect(TokenKind::Rbrace)?;
        let kind = PatternKind::MatchMapping {
            keys,
            patterns,
            rest,
        };
        Ok(pattern(kind, self.node_range(start)))
    }

    /// `key_value_pattern`'s key: `literal_expr | attr`.
    fn parse_mapping_key(&mut self) -> PResult<Expr> {
        let token = self.current_token();
        match token.kind {
            TokenKind::Int | TokenKind::Float | TokenKind::Imaginary | TokenKind::Minus => {
                self.parse_literal_number()
            }
            TokenKind::String => self.parse_strings(),
            TokenKind::None | TokenKind::True | TokenKind::False => {
                self.bump();
                let value = match token.kind {
                    TokenKind::None => Constant::None,
                    kind => Constant::Bool(kind == TokenKind::True),
                };
                Ok(expr(ExprKind::Constant(value), token.span()))
            }
            TokenKind::Name => {
                let value = self.parse_name_or_attr()?;
                if matches!(value.kind, ExprKind::Name(_)) {
                    return Err(self.invalid_syntax());
                }
                Ok(value)
            }
            _ => Err(self.invalid_syntax()),
        }
    }

    /// `signed_number !('+' | '-') | complex_number`. Complex numbers are
    /// refused, as everywhere in coroscope.
    fn parse_literal_number(&mut self) -> PResult<Expr> {
        let start = self.node_start();
        let minus = self.eat(TokenKind::Minus);
        if !matches!(
            self.current(),
            TokenKind::Int | TokenKind::Float | TokenKind::Imaginary
        ) {
            return Err(self.invalid_syntax());
        }
        let number = self.parse_number()?;
        let value = if minus {
            let kind = ExprKind::UnaryOp {
                op: UnaryOp::USub,
                operand: Box::new(number),
            };
            expr(kind, self.node_range(start))
        } else {
            number
        };
        if self.eat(TokenKind::Plus) || self.eat(TokenKind::Minus) {
            let token = self.current_token();
            return Err(match token.kind {
                TokenKind::Imaginary => self.unsupported(
                    "complex numbers are not supported by coroscope yet",
                    token.span(),
                ),
                TokenKind::Int | TokenKind::Float => {
                    self.error_at_token("imaginary number required in complex literal", token)
                }
                _ => self.invalid_syntax(),
            });
        }
        Ok(value)
    }

    /// `class_pattern: name_or_attr '(' [positional_patterns ','] [keyword_patterns ','] ')'`
    fn parse_class_pattern(&mut self, start: NodeStart, cls: Expr) -> PResult<Pattern> {
        self.bump();
        let mut patterns = Vec::new();
        let mut kwd_attrs = Vec::new();
        let mut kwd_patterns = Vec::new();
        while !self.at(TokenKind::Rpar) {
            if self.at(TokenKind::Name) && self.peek2() == TokenKind::Equal {
                let name = self.bump();
                self.bump();
                kwd_attrs.push(self.name(name));
                kwd_patterns.push(self.parse_pattern()?);
            } else if kwd_attrs.is_empty() {
                patterns.push(self.parse_pattern()?);
            } else {
                return Err(self.positional_after_keyword_error());
            }
            if !self.eat(TokenKind::Comma) {
                break;
            }
        }
        self.expect(TokenKind::Rpar)?;
        let kind = PatternKind::MatchClass {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        };
        Ok(pattern(kind, self.node_range(start)))
    }

    /// CPython's `invalid_class_argument_pattern`: the positional patterns
    /// after a keyword pattern, reported as one range.
    fn positional_after_keyword_error(&mut self) -> super::SyntaxError {
        let first = match self.parse_pattern() {
            Ok(first) => first,
            Err(error) => return error,
        };
        let mut last = first.span;
        while self.at(TokenKind::Comma) {
            let next = self.nth_token(1);
            let keyword =
                next.kind == TokenKind::Name && self.nth_token(2).kind == TokenKind::Equal;
            if keyword || !starts_pattern(next.kind) || next.kind == TokenKind::Star {
                break;
            }
            self.bump();
            match self.parse_pattern() {
                Ok(next) => last = next.span,
                Err(error) => return error,
            }
        }
        self.error_range(
            "positional patterns follow keyword patterns",
            first.span,
            last,
        )
    }
}
