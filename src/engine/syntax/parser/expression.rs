//! Expressions: from `star_expressions` down to atoms.

use super::target::{TargetKind, expr_name, invalid_target, is_valid_target};
use super::{Checkpoint, NodeStart, PResult, Parser, expr};
use crate::engine::syntax::ast::{
    Arguments, BinOp, BoolOp, CmpOp, Comprehension, Constant, Expr, ExprKind, Keyword, Span,
    UnaryOp,
};
use crate::engine::syntax::token::TokenKind;
use crate::engine::syntax::{SyntaxError, SyntaxErrorKind};

/// Binding strength, weakest first; the one table of operator precedence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Precedence {
    /// `or`
    Or,
    /// `and`
    And,
    /// `not` (prefix)
    Not,
    /// `< > == >= <= != in, not in, is, is not` (chained)
    Comparison,
    /// `|`
    BitOr,
    /// `^`
    BitXor,
    /// `&`
    BitAnd,
    /// `<< >>`
    Shift,
    /// `+ -`
    Arith,
    /// `* / // % @`
    Term,
    /// unary `+ - ~`
    Factor,
    /// `**` (right-associative; binds tighter than a unary operator on its
    /// left: `-2**2 == -4`)
    Power,
}

impl Precedence {
    /// The next stronger level, for the right operand of a left-associative
    /// operator.
    fn stronger(self) -> Precedence {
        use Precedence::*;
        match self {
            Or => And,
            And => Not,
            Not => Comparison,
            Comparison => BitOr,
            BitOr => BitXor,
            BitXor => BitAnd,
            BitAnd => Shift,
            Shift => Arith,
            Arith => Term,
            Term => Factor,
            Factor | Power => Power,
        }
    }
}

/// What follows an operand in [`Parser::parse_binary_or_higher`].
#[derive(Clone, Copy)]
enum BinaryStep {
    Or,
    And,
    Compare,
    Operator(BinOp, Precedence),
}

/// The binary operator a token spells, with its precedence.
fn binary_operator(kind: TokenKind) -> Option<(BinOp, Precedence)> {
    use TokenKind::*;
    Some(match kind {
        Vbar => (BinOp::BitOr, Precedence::BitOr),
        Circumflex => (BinOp::BitXor, Precedence::BitXor),
        Amper => (BinOp::BitAnd, Precedence::BitAnd),
        LeftShift => (BinOp::LShift, Precedence::Shift),
        RightShift => (BinOp::RShift, Precedence::Shift),
        Plus => (BinOp::Add, Precedence::Arith),
        Minus => (BinOp::Sub, Precedence::Arith),
        Star => (BinOp::Mult, Precedence::Term),
        Slash => (BinOp::Div, Precedence::Term),
        DoubleSlash => (BinOp::FloorDiv, Precedence::Term),
        Percent => (BinOp::Mod, Precedence::Term),
        At => (BinOp::MatMult, Precedence::Term),
        DoubleStar => (BinOp::Pow, Precedence::Power),
        _ => return Option::None,
    })
}

/// True for tokens that can begin an `expression`.
pub(super) fn starts_expression(kind: TokenKind) -> bool {
    use TokenKind::*;
    matches!(
        kind,
        Name | Int
            | Float
            | Imaginary
            | String
            | Lpar
            | Lsqb
            | Lbrace
            | Minus
            | Plus
            | Tilde
            | Not
            | Lambda
            | Await
            | None
            | True
            | False
            | Ellipsis
    )
}

/// True for tokens that can begin a `bitwise_or`.
pub(super) fn starts_bitwise_or(kind: TokenKind) -> bool {
    starts_expression(kind) && !matches!(kind, TokenKind::Not | TokenKind::Lambda)
}

/// True for tokens that can begin an expression but never continue one:
/// after a complete expression they mean two expressions side by side.
pub(super) fn juxtaposes(kind: TokenKind) -> bool {
    use TokenKind::*;
    matches!(
        kind,
        Name | Int
            | Float
            | Imaginary
            | String
            | Lbrace
            | Tilde
            | Not
            | Lambda
            | Await
            | None
            | True
            | False
            | Ellipsis
    )
}

impl Parser<'_> {
    // === Expression lists ===

    /// `star_expressions: star_expression (',' star_expression)* [',']`
    pub(super) fn parse_star_expressions(&mut self) -> PResult<Expr> {
        let start = self.node_start();
        let first = self.parse_star_expression()?;
        if !self.at(TokenKind::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(TokenKind::Comma) {
            let kind = self.current();
            if !(starts_expression(kind) || kind == TokenKind::Star) {
                break;
            }
            elts.push(self.parse_star_expression()?);
        }
        Ok(expr(ExprKind::Tuple(elts), self.node_range(start)))
    }

    /// `star_expression: '*' bitwise_or | expression`
    pub(super) fn parse_star_expression(&mut self) -> PResult<Expr> {
        if self.at(TokenKind::Star) {
            self.parse_starred(Precedence::BitOr)
        } else {
            self.parse_expression()
        }
    }

    /// `star_named_expression: '*' bitwise_or | named_expression`
    pub(super) fn parse_star_named_expression(&mut self) -> PResult<Expr> {
        if self.at(TokenKind::Star) {
            self.parse_starred(Precedence::BitOr)
        } else {
            self.parse_named_expression()
        }
    }

    /// `starred_expression: '*' expression` (call arguments, subscripts).
    fn parse_starred_expression(&mut self) -> PResult<Expr> {
        let start = self.node_start();
        self.bump();
        let value = self.parse_expression()?;
        Ok(expr(
            ExprKind::Starred(Box::new(value)),
            self.node_range(start),
        ))
    }

    /// `'*' operand`, the operand parsed at `level`.
    fn parse_starred(&mut self, level: Precedence) -> PResult<Expr> {
        let start = self.node_start();
        self.bump();
        self.enter()?;
        let operand_pos = self.pos;
        let after_bracket = operand_pos >= 2
            && matches!(
                self.tokens[operand_pos - 2].kind,
                TokenKind::Lsqb | TokenKind::Lpar | TokenKind::Lbrace
            );
        let value = self.parse_in_context(false, |p| p.parse_binary_or_higher(level))?;
        // CPython's `invalid_comprehension` reads a display starting `[*a b`
        // as `'*' expression` and finds the missing comma.
        if after_bracket {
            self.check_juxtaposed_expression(&value, operand_pos)?;
        }
        self.leave();
        Ok(expr(
            ExprKind::Starred(Box::new(value)),
            self.node_range(start),
        ))
    }

    /// `named_expression: NAME ':=' expression | expression !':='`
    pub(super) fn parse_named_expression(&mut self) -> PResult<Expr> {
        if self.at(TokenKind::Name) && self.peek2() == TokenKind::ColonEqual {
            return self.parse_assignment_expression();
        }
        let start_pos = self.pos;
        let value = self.parse_expression()?;
        match self.current() {
            TokenKind::ColonEqual => {
                // CPython's rule needs an expression after the `:=`.
                let rhs = self.lookahead_without_invalid(|p| {
                    p.bump();
                    p.parse_expression()
                });
                if self.suppress_invalid || rhs.is_err() {
                    return Ok(value);
                }
                let name = expr_name(&value);
                Err(self.error_at(
                    format!("cannot use assignment expressions with {name}"),
                    value.span,
                ))
            }
            TokenKind::Equal => {
                self.check_assignment_in_expression(&value, start_pos)?;
                Ok(value)
            }
            _ => Ok(value),
        }
    }

    /// `assignment_expression: NAME ':=' ~ expression`
    pub(super) fn parse_assignment_expression(&mut self) -> PResult<Expr> {
        let start = self.node_start();
        let name = self.bump();
        self.bump();
        let value = self.parse_expression()?;
        let target = self.name(name);
        Ok(expr(
            ExprKind::NamedExpr {
                target,
                value: Box::new(value),
            },
            self.node_range(start),
        ))
    }

    /// CPython's `invalid_named_expression` at a `=` after an expression
    /// that was parsed where `=` cannot follow (`if x = 1:`).
    pub(super) fn check_assignment_in_expression(
        &mut self,
        value: &Expr,
        start_pos: usize,
    ) -> PResult<()> {
        if self.suppress_invalid {
            return Ok(());
        }
        let bare_name = matches!(value.kind, ExprKind::Name(_)) && self.pos == start_pos + 1;
        let assignable_looking =
            self.is_bitwise_or(value, start_pos) && !self.starts_with_display(value, start_pos);
        if !bare_name && !assignable_looking {
            return Ok(());
        }
        let Some((rhs, followed_by_assignment)) = self.lookahead_bitwise_or_after_equal() else {
            return Ok(());
        };
        if followed_by_assignment {
            return Ok(());
        }
        if bare_name {
            return Err(self.error_range(
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                value.span,
                rhs,
            ));
        }
        let message = format!(
            "cannot assign to {} here. Maybe you meant '==' instead of '='?",
            expr_name(value)
        );
        Err(self.error_at(message, value.span))
    }

    /// At a `=`: parses the `bitwise_or` after it, as a PEG parser would
    /// (the longest prefix that parses), and tells whether another `=` or
    /// `:=` follows. `None` when nothing after the `=` parses.
    pub(super) fn lookahead_bitwise_or_after_equal(&mut self) -> Option<(Span, bool)> {
        self.lookahead_without_invalid(|p| {
            p.bump();
            let first = p.current_token();
            if !starts_bitwise_or(first.kind) {
                return Ok(None);
            }
            match p.parse_binary_or_higher(Precedence::BitOr) {
                Ok(rhs) => {
                    let next = p.current();
                    Ok(Some((
                        rhs.span,
                        matches!(next, TokenKind::Equal | TokenKind::ColonEqual),
                    )))
                }
                Err(_) => Ok(Some((first.span(), false))),
            }
        })
        .unwrap_or(None)
    }

    /// True if `value`, parsed from token `start_pos`, is a whole
    /// `bitwise_or` (not a comparison, `not`, `and`/`or`, conditional or
    /// lambda, unless parenthesized).
    pub(super) fn is_bitwise_or(&self, value: &Expr, start_pos: usize) -> bool {
        let parenthesized = value.span.start > self.tokens[start_pos].start;
        parenthesized
            || !matches!(
                value.kind,
                ExprKind::Compare { .. }
                    | ExprKind::BoolOp { .. }
                    | ExprKind::UnaryOp {
                        op: UnaryOp::Not,
                        ..
                    }
                    | ExprKind::IfExp { .. }
                    | ExprKind::Lambda { .. }
                    | ExprKind::NamedExpr { .. }
                    | ExprKind::Starred(_)
                    | ExprKind::Yield(_)
                    | ExprKind::YieldFrom(_)
            )
    }

    /// CPython's `!(list|tuple|genexp|'True'|'None'|'False')`: `value`
    /// begins with one of these atoms.
    pub(super) fn starts_with_display(&self, value: &Expr, start_pos: usize) -> bool {
        let first = self.tokens[start_pos];
        match first.kind {
            TokenKind::True | TokenKind::False | TokenKind::None => return true,
            TokenKind::Lpar | TokenKind::Lsqb => {}
            _ => return false,
        }
        let mut node = value;
        loop {
            if node.span.start != first.start {
                return false;
            }
            match &node.kind {
                ExprKind::List(_) | ExprKind::Tuple(_) | ExprKind::GeneratorExp { .. } => {
                    return true;
                }
                ExprKind::Attribute { value, .. } | ExprKind::Subscript { value, .. } => {
                    node = value
                }
                ExprKind::Call { func, .. } => node = func,
                ExprKind::BinOp { left, .. } => node = left,
                _ => return false,
            }
        }
    }

    // === Conditional, lambda ===

    /// `expression: disjunction ['if' disjunction 'else' expression] | lambdef`
    pub(super) fn parse_expression(&mut self) -> PResult<Expr> {
        self.enter()?;
        let result = self.parse_in_context(true, |p| p.parse_expression_inner());
        self.leave();
        result
    }

    /// Runs `rule` inside (or outside) CPython's `expression` rule, which
    /// decides whether a failed call or subscript may be read as a missing
    /// comma (see [`Parser::trailer_error`]).
    fn parse_in_context(
        &mut self,
        in_expression: bool,
        rule: impl FnOnce(&mut Self) -> PResult<Expr>,
    ) -> PResult<Expr> {
        let saved = std::mem::replace(&mut self.in_expression, in_expression);
        let result = rule(self);
        self.in_expression = saved;
        result
    }

    fn parse_expression_inner(&mut self) -> PResult<Expr> {
        if self.at(TokenKind::Lambda) {
            return self.parse_lambda_expression();
        }
        let start = self.node_start();
        let start_pos = self.pos;
        let body = self.parse_disjunction()?;
        if !self.at(TokenKind::If) {
            self.check_juxtaposed_expression(&body, start_pos)?;
            return Ok(body);
        }
        let before_if = self.checkpoint();
        self.bump();
        let test = match self.parse_disjunction() {
            Ok(test) => test,
            Err(error) => return self.conditional_error(error, body, before_if),
        };
        if !self.at(TokenKind::Else) {
            if self.suppress_invalid {
                self.rewind(before_if);
                return Ok(body);
            }
            if self.at(TokenKind::Colon) {
                return Err(self.invalid_syntax());
            }
            return Err(self.error_range(
                "expected 'else' after 'if' expression",
                body.span,
                test.span,
            ));
        }
        self.bump();
        let orelse = match self.parse_expression() {
            Ok(orelse) => orelse,
            Err(error) => return self.conditional_error(error, body, before_if),
        };
        let kind = ExprKind::IfExp {
            test: Box::new(test),
            body: Box::new(body),
            orelse: Box::new(orelse),
        };
        Ok(expr(kind, self.node_range(start)))
    }

    /// A conditional expression whose condition or `else` part failed to
    /// parse: in a speculative parse, the expression is just its body (a PEG
    /// parser's fallback); otherwise CPython's "expected 'else'" applies if
    /// a prefix of the condition parses and no `else` follows it.
    fn conditional_error(
        &mut self,
        error: SyntaxError,
        body: Expr,
        before_if: super::Checkpoint,
    ) -> PResult<Expr> {
        if self.suppress_invalid {
            self.rewind(before_if);
            return Ok(body);
        }
        if error.message != self.message("invalid syntax") {
            return Err(error);
        }
        let here = self.checkpoint();
        self.rewind(before_if);
        self.bump();
        let prefix = self.lookahead_without_invalid(|p| {
            let test = p.parse_disjunction()?;
            Ok((
                test.span,
                matches!(p.current(), TokenKind::Else | TokenKind::Colon),
            ))
        });
        self.rewind(here);
        match prefix {
            Ok((test, false)) => {
                Err(self.error_range("expected 'else' after 'if' expression", body.span, test))
            }
            _ => Err(error),
        }
    }

    /// CPython's `invalid_expression` and `invalid_legacy_expression`: two
    /// expressions side by side, as in `[a b]` or `print "hello"`.
    fn check_juxtaposed_expression(&mut self, first: &Expr, start_pos: usize) -> PResult<()> {
        if self.suppress_invalid || !juxtaposes(self.current()) {
            return Ok(());
        }
        let first_token = self.tokens[start_pos];
        let legacy = first_token.kind == TokenKind::Name
            && self.pos == start_pos + 1
            && matches!(self.text(first_token), "print" | "exec");
        if !legacy {
            self.check_missing_comma(first, start_pos)?;
        }
        // `invalid_legacy_expression: NAME !'(' star_expressions`: the rest is
        // parsed with the error rules on, whatever the name.
        if first_token.kind != TokenKind::Name || self.pos != start_pos + 1 {
            return Ok(());
        }
        let rest = self.lookahead(|p| p.parse_star_expressions());
        match rest {
            Ok(rest) if legacy => {
                let name = self.text(first_token);
                let message =
                    format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?");
                Err(self.error_range(message, first.span, rest.span))
            }
            Err(error) if error.message != self.message("invalid syntax") => Err(error),
            _ => Ok(()),
        }
    }

    /// CPython's `invalid_expression`: `[a b]` is missing a comma.
    fn check_missing_comma(&mut self, first: &Expr, start_pos: usize) -> PResult<()> {
        let first_token = self.tokens[start_pos];
        let second_token = self.tokens[(start_pos + 1).min(self.tokens.len() - 1)];
        let name_then_string =
            first_token.kind == TokenKind::Name && second_token.kind == TokenKind::String;
        // CPython 3.11 compares a name with the soft keywords only up to the
        // name's length, so `c` and `ma` count as soft keywords too.
        let soft_keyword = first_token.kind == TokenKind::Name && {
            let text = self.text(first_token);
            ["match", "case", "_"].iter().any(|k| k.starts_with(text))
        };
        if name_then_string || soft_keyword {
            return Ok(());
        }
        // CPython parses the second expression before it looks at the
        // bracket level (which matters for the tokens it reads).
        let second = self.lookahead_without_invalid(|p| p.parse_expression());
        if let Ok(second) = second
            && self.bracket_depth > 0
        {
            return Err(self.error_range(
                "invalid syntax. Perhaps you forgot a comma?",
                first.span,
                second.span,
            ));
        }
        Ok(())
    }

    /// `lambdef: 'lambda' [lambda_params] ':' expression`
    fn parse_lambda_expression(&mut self) -> PResult<Expr> {
        let start = self.node_start();
        self.bump();
        let args = self.parse_parameters(true)?;
        self.expect(TokenKind::Colon)?;
        let body = self.parse_expression()?;
        let kind = ExprKind::Lambda {
            args: Box::new(args),
            body: Box::new(body),
        };
        Ok(expr(kind, self.node_range(start)))
    }

    // === Operators ===

    /// `disjunction`: the whole operator table.
    pub(super) fn parse_disjunction(&mut self) -> PResult<Expr> {
        self.parse_binary_or_higher(Precedence::Or)
    }

    /// Parses operators binding at least as tightly as `min`, by precedence
    /// climbing over [`binary_operator`]; `and`/`or` and comparisons
    /// collect their operands into one node.
    pub(super) fn parse_binary_or_higher(&mut self, min: Precedence) -> PResult<Expr> {
        let start = self.node_start();
        let mut left = self.parse_prefix_or_higher(min)?;
        let mut chain: u32 = 0;
        loop {
            let kind = self.current();
            let step = if kind == TokenKind::Or && min <= Precedence::Or {
                BinaryStep::Or
            } else if kind == TokenKind::And && min <= Precedence::And {
                BinaryStep::And
            } else if min <= Precedence::Comparison && self.at_comparison_operator() {
                BinaryStep::Compare
            } else if let Some((op, precedence)) = binary_operator(kind)
                && precedence >= min
            {
                BinaryStep::Operator(op, precedence)
            } else {
                break;
            };
            // In a speculative parse, an operator whose operand does not
            // parse is left out, as a PEG parser would.
            let saved = self
                .suppress_invalid
                .then(|| (self.checkpoint(), left.clone()));
            match self.parse_binary_step(start, left, step) {
                Ok(expr) => left = expr,
                Err(error) => match saved {
                    Some((checkpoint, before)) => {
                        self.rewind(checkpoint);
                        left = before;
                        break;
                    }
                    None => return Err(error),
                },
            }
            chain += 1;
            self.check_chain(chain)?;
        }
        Ok(left)
    }

    /// One operation of [`Parser::parse_binary_or_higher`] on `left`.
    fn parse_binary_step(
        &mut self,
        start: NodeStart,
        left: Expr,
        step: BinaryStep,
    ) -> PResult<Expr> {
        match step {
            BinaryStep::Or => self.parse_bool_op(start, left, BoolOp::Or, Precedence::And),
            BinaryStep::And => self.parse_bool_op(start, left, BoolOp::And, Precedence::Not),
            BinaryStep::Compare => self.parse_comparison(start, left),
            BinaryStep::Operator(op, precedence) => {
                self.bump();
                let right = if precedence == Precedence::Power {
                    self.enter()?;
                    let right = self.parse_binary_or_higher(Precedence::Factor)?;
                    self.leave();
                    right
                } else {
                    self.parse_binary_or_higher(precedence.stronger())?
                };
                let kind = ExprKind::BinOp {
                    left: Box::new(left),
                    op,
                    right: Box::new(right),
                };
                Ok(expr(kind, self.node_range(start)))
            }
        }
    }

    /// Fails when a chain of operations built by a loop nests the tree too
    /// deeply (see [`super::MAX_TREE_DEPTH`]).
    fn check_chain(&mut self, chain: u32) -> PResult<()> {
        if self.depth + chain <= super::MAX_TREE_DEPTH {
            return Ok(());
        }
        let token = self.current_token();
        let message = format!(
            "expression too long: coroscope parses at most {} chained operations",
            super::MAX_TREE_DEPTH
        );
        Err(self.unsupported(message, token.span()))
    }

    fn parse_bool_op(
        &mut self,
        start: NodeStart,
        first: Expr,
        op: BoolOp,
        operand: Precedence,
    ) -> PResult<Expr> {
        let keyword = if op == BoolOp::Or {
            TokenKind::Or
        } else {
            TokenKind::And
        };
        let mut values = vec![first];
        while self.eat(keyword) {
            values.push(self.parse_binary_or_higher(operand)?);
        }
        Ok(expr(
            ExprKind::BoolOp { op, values },
            self.node_range(start),
        ))
    }

    fn at_comparison_operator(&mut self) -> bool {
        use TokenKind::*;
        match self.current() {
            Less | Greater | EqEqual | GreaterEqual | LessEqual | NotEqual | In | Is => true,
            Not => self.peek2() == In,
            _ => false,
        }
    }

    /// `comparison: bitwise_or compare_op_bitwise_or_pair+`
    fn parse_comparison(&mut self, start: NodeStart, left: Expr) -> PResult<Expr> {
        use TokenKind::*;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while self.at_comparison_operator() {
            let op = match self.bump().kind {
                Less => CmpOp::Lt,
                Greater => CmpOp::Gt,
                EqEqual => CmpOp::Eq,
                GreaterEqual => CmpOp::GtE,
                LessEqual => CmpOp::LtE,
                NotEqual => CmpOp::NotEq,
                In => CmpOp::In,
                Not => {
                    self.bump();
                    CmpOp::NotIn
                }
                _ => {
                    if self.eat(Not) {
                        CmpOp::IsNot
                    } else {
                        CmpOp::Is
                    }
                }
            };
            ops.push(op);
            comparators.push(self.parse_binary_or_higher(Precedence::BitOr)?);
        }
        let kind = ExprKind::Compare {
            left: Box::new(left),
            ops,
            comparators,
        };
        Ok(expr(kind, self.node_range(start)))
    }

    /// `not`, unary `+ - ~`, then `await` and primaries.
    fn parse_prefix_or_higher(&mut self, min: Precedence) -> PResult<Expr> {
        let (op, level) = match self.current() {
            TokenKind::Not => (UnaryOp::Not, Precedence::Not),
            TokenKind::Minus => (UnaryOp::USub, Precedence::Factor),
            TokenKind::Plus => (UnaryOp::UAdd, Precedence::Factor),
            TokenKind::Tilde => (UnaryOp::Invert, Precedence::Factor),
            _ => return self.parse_await_primary(),
        };
        if min > level {
            return Err(self.invalid_syntax());
        }
        let start = self.node_start();
        self.bump();
        self.enter()?;
        let operand = self.parse_binary_or_higher(level)?;
        self.leave();
        Ok(expr(
            ExprKind::UnaryOp {
                op,
                operand: Box::new(operand),
            },
            self.node_range(start),
        ))
    }

    /// `await_primary: AWAIT primary | primary`
    fn parse_await_primary(&mut self) -> PResult<Expr> {
        if !self.at(TokenKind::Await) {
            return self.parse_primary();
        }
        let start = self.node_start();
        self.bump();
        self.enter()?;
        let value = self.parse_primary()?;
        self.leave();
        Ok(expr(
            ExprKind::Await(Box::new(value)),
            self.node_range(start),
        ))
    }

    // === Primaries ===

    /// `primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
    /// | primary '[' slices ']' | atom`
    fn parse_primary(&mut self) -> PResult<Expr> {
        let start = self.node_start();
        let mut value = self.parse_atom()?;
        let mut chain: u32 = 0;
        while matches!(
            self.current(),
            TokenKind::Dot | TokenKind::Lpar | TokenKind::Lsqb
        ) {
            // In a speculative parse, a trailer that does not parse is left
            // out, as a PEG parser would.
            let saved = self
                .suppress_invalid
                .then(|| (self.checkpoint(), value.clone()));
            let trailer = self.checkpoint();
            let before = (!self.suppress_invalid && self.bracket_depth > 0).then_some(value.span);
            match self.parse_trailer(start, value) {
                Ok(expr) => value = expr,
                Err(error) => match saved {
                    Some((checkpoint, before)) => {
                        self.rewind(checkpoint);
                        value = before;
                        break;
                    }
                    None => return Err(self.trailer_error(error, before, trailer)),
                },
            }
            chain += 1;
            self.check_chain(chain)?;
        }
        Ok(value)
    }

    /// A call or subscript that does not parse inside brackets: CPython's
    /// PEG parser backs off to the value before it and may then read the
    /// bracket as a second expression, missing a comma (`f(x[])`).
    fn trailer_error(
        &mut self,
        error: SyntaxError,
        before: Option<Span>,
        trailer: super::Checkpoint,
    ) -> SyntaxError {
        let Some(before) = before else {
            return error;
        };
        if !self.in_expression || error.message != self.message("invalid syntax") {
            return error;
        }
        let here = self.checkpoint();
        self.rewind(trailer);
        let second = if matches!(self.current(), TokenKind::Lpar | TokenKind::Lsqb) {
            self.lookahead_without_invalid(|p| p.parse_expression())
                .ok()
        } else {
            None
        };
        self.rewind(here);
        match second {
            Some(second) => self.error_range(
                "invalid syntax. Perhaps you forgot a comma?",
                before,
                second.span,
            ),
            None => error,
        }
    }

    /// `.name`, `(arguments)` or `[slices]` after `value`.
    fn parse_trailer(&mut self, start: NodeStart, value: Expr) -> PResult<Expr> {
        let kind = match self.current() {
            TokenKind::Dot => {
                self.bump();
                let name = self.expect(TokenKind::Name)?;
                ExprKind::Attribute {
                    value: Box::new(value),
                    attr: self.name(name),
                }
            }
            TokenKind::Lpar => {
                let open = self.node_start();
                self.bump();
                let (args, keywords) = self.parse_call_arguments(open, true)?;
                ExprKind::Call {
                    func: Box::new(value),
                    args,
                    keywords,
                }
            }
            _ => {
                self.bump();
                let slice = self.parse_slices()?;
                self.expect(TokenKind::Rsqb)?;
                ExprKind::Subscript {
                    value: Box::new(value),
                    slice: Box::new(slice),
                }
            }
        };
        Ok(expr(kind, self.node_range(start)))
    }

    /// `slices: slice !',' | ','.(slice | starred_expression)+ [',']`
    fn parse_slices(&mut self) -> PResult<Expr> {
        let start = self.node_start();
        let first = self.parse_slice()?;
        let first_is_starred = matches!(first.kind, ExprKind::Starred(_));
        if !self.at(TokenKind::Comma) && !first_is_starred {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(TokenKind::Comma) {
            if self.at(TokenKind::Rsqb) {
                break;
            }
            elts.push(self.parse_slice()?);
        }
        Ok(expr(ExprKind::Tuple(elts), self.node_range(start)))
    }

    /// `slice: [expression] ':' [expression] [':' [expression]] |
    /// named_expression`, or a `starred_expression`.
    fn parse_slice(&mut self) -> PResult<Expr> {
        if self.at(TokenKind::Star) {
            return self.parse_starred_expression();
        }
        let start = self.node_start();
        let lower = if self.at(TokenKind::Colon) {
            None
        } else {
            Some(self.parse_named_expression()?)
        };
        if !self.at(TokenKind::Colon) {
            return lower.ok_or_else(|| self.invalid_syntax());
        }
        self.bump();
        let upper = if starts_expression(self.current()) {
            Some(self.parse_expression()?)
        } else {
            None
        };
        let mut step = None;
        if self.eat(TokenKind::Colon) && starts_expression(self.current()) {
            step = Some(self.parse_expression()?);
        }
        let kind = ExprKind::Slice {
            lower: lower.map(Box::new),
            upper: upper.map(Box::new),
            step: step.map(Box::new),
        };
        Ok(expr(kind, self.node_range(start)))
    }

    /// `arguments` after the `(` of a call, through the `)`. `open` is the
    /// `(`, where a sole generator-expression argument starts.
    pub(super) fn parse_call_arguments(
        &mut self,
        open: NodeStart,
        allow_genexp: bool,
    ) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let mut args = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        // Whether a keyword argument and a `**` were seen so far.
        let mut seen_keyword = false;
        let mut seen_double_star = false;
        // A positional argument after keywords: CPython reports it where
        // the arguments end.
        let mut misplaced: Option<&'static str> = None;
        while !self.at(TokenKind::Rpar) {
            let start = self.node_start();
            match self.current() {
                TokenKind::Star => {
                    let star = self.current_token();
                    let message = "iterable argument unpacking follows keyword argument unpacking";
                    let value = match self.parse_starred_expression() {
                        Ok(value) => value,
                        // After keywords, a `*` that does not parse is
                        // taken for one after `**`, as CPython does.
                        Err(error)
                            if (seen_keyword || seen_double_star)
                                && error.message == self.message("invalid syntax") =>
                        {
                            return Err(self.error_at(message, star.span()));
                        }
                        Err(error) => return Err(error),
                    };
                    if seen_double_star {
                        return Err(self.error_at(message, star.span()));
                    }
                    args.push(value);
                }
                TokenKind::DoubleStar => {
                    self.bump();
                    let value = self.parse_expression()?;
                    keywords.push(Keyword {
                        name: None,
                        value,
                        span: self.node_range(start),
                    });
                    seen_double_star = true;
                }
                TokenKind::Name if self.peek2() == TokenKind::Equal => {
                    let name = self.bump();
                    let equal = self.bump();
                    let value = self.parse_expression()?;
                    if self.at(TokenKind::For)
                        || self.at(TokenKind::Async) && self.peek2() == TokenKind::For
                    {
                        return Err(self.error_range(
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                            name.span(),
                            equal.span(),
                        ));
                    }
                    keywords.push(Keyword {
                        name: Some(self.name(name)),
                        value,
                        span: self.node_range(start),
                    });
                    seen_keyword = true;
                }
                TokenKind::True | TokenKind::False | TokenKind::None
                    if self.peek2() == TokenKind::Equal =>
                {
                    let keyword = self.bump();
                    let equal = self.current_token();
                    let message = format!("cannot assign to {}", self.text(keyword));
                    return Err(self.error_range(message, keyword.span(), equal.span()));
                }
                _ => {
                    let first = self.pos;
                    let value = if self.at(TokenKind::Name) && self.peek2() == TokenKind::ColonEqual
                    {
                        self.parse_assignment_expression()
                    } else {
                        self.parse_expression()
                    };
                    let value = match value {
                        Ok(value) => value,
                        // After keywords, CPython's first pass only checks
                        // for `NAME '='` here: a generic error is reported
                        // there.
                        Err(error)
                            if (seen_keyword || seen_double_star)
                                && error.message == self.message("invalid syntax") =>
                        {
                            let peeked = usize::from(self.tokens[first].kind == TokenKind::Name);
                            let token = self.tokens[(first + peeked).min(self.tokens.len() - 1)];
                            return Err(self.error_at_token("invalid syntax", token));
                        }
                        Err(error) => return Err(error),
                    };
                    if self.at(TokenKind::Equal) {
                        let equal = self.current_token();
                        return Err(self.error_range(
                            "expression cannot contain assignment, perhaps you meant \"==\"?",
                            value.span,
                            equal.span(),
                        ));
                    }
                    if self.at_comprehension() {
                        if !allow_genexp {
                            return Err(self.invalid_syntax());
                        }
                        let generators = self.parse_comprehension_clauses()?;
                        let alone = args.is_empty() && keywords.is_empty();
                        if alone && !self.at(TokenKind::Rpar) && !self.at(TokenKind::Comma) {
                            return Err(self.invalid_syntax());
                        }
                        if !alone || !self.at(TokenKind::Rpar) {
                            let span = Span {
                                end: self.prev_end,
                                ..value.span
                            };
                            return Err(
                                self.error_at("Generator expression must be parenthesized", span)
                            );
                        }
                        self.bump();
                        let kind = ExprKind::GeneratorExp {
                            elt: Box::new(value),
                            generators,
                        };
                        args.push(expr(kind, self.node_range(open)));
                        return Ok((args, keywords));
                    }
                    if seen_double_star {
                        misplaced = misplaced.or(Some(
                            "positional argument follows keyword argument unpacking",
                        ));
                    } else if seen_keyword {
                        misplaced =
                            misplaced.or(Some("positional argument follows keyword argument"));
                    }
                    args.push(value);
                }
            }
            if !self.eat(TokenKind::Comma) {
                break;
            }
        }
        if let Some(message) = misplaced {
            // CPython reports it at the last token it read by then.
            self.current_token();
            let token = self.tokens[self.furthest];
            return Err(self.error_point(SyntaxErrorKind::Syntax, message, token));
        }
        self.expect(TokenKind::Rpar)?;
        Ok((args, keywords))
    }

    // === Atoms ===

    /// `atom`: names, constants, strings, numbers, displays and
    /// comprehensions.
    fn parse_atom(&mut self) -> PResult<Expr> {
        let token = self.current_token();
        let constant = |value| ExprKind::Constant(value);
        match token.kind {
            TokenKind::Name => {
                self.bump();
                Ok(expr(ExprKind::Name(self.name(token)), token.span()))
            }
            TokenKind::True => {
                self.bump();
                Ok(expr(constant(Constant::Bool(true)), token.span()))
            }
            TokenKind::False => {
                self.bump();
                Ok(expr(constant(Constant::Bool(false)), token.span()))
            }
            TokenKind::None => {
                self.bump();
                Ok(expr(constant(Constant::None), token.span()))
            }
            TokenKind::Ellipsis => {
                self.bump();
                Ok(expr(constant(Constant::Ellipsis), token.span()))
            }
            TokenKind::Int | TokenKind::Float | TokenKind::Imaginary => self.parse_number(),
            TokenKind::String => self.parse_strings(),
            TokenKind::Lpar => self.parse_parenthesized_expression(),
            TokenKind::Lsqb => self.parse_list_expression(),
            TokenKind::Lbrace => self.parse_brace_expression(),
            _ => Err(self.invalid_syntax()),
        }
    }

    /// `NUMBER`: an int or a float. Complex numbers are refused.
    pub(super) fn parse_number(&mut self) -> PResult<Expr> {
        let token = self.bump();
        let text = self.text(token);
        let digits: String = text.chars().filter(|&c| c != '_').collect();
        let value = match token.kind {
            TokenKind::Int => {
                let (radix, body) = match digits.get(..2) {
                    Some("0x" | "0X") => (16, &digits[2..]),
                    Some("0o" | "0O") => (8, &digits[2..]),
                    Some("0b" | "0B") => (2, &digits[2..]),
                    _ => (10, digits.as_str()),
                };
                match i64::from_str_radix(body, radix) {
                    Ok(value) => Constant::Int(value),
                    Err(_) => match num_bigint::BigInt::parse_bytes(body.as_bytes(), radix) {
                        Some(big) => Constant::BigInt(big.to_string()),
                        None => {
                            return Err(self.unsupported("invalid integer literal", token.span()));
                        }
                    },
                }
            }
            TokenKind::Float => Constant::Float(digits.parse::<f64>().unwrap_or(f64::INFINITY)),
            _ => {
                return Err(self.unsupported(
                    "complex numbers are not supported by coroscope yet",
                    token.span(),
                ));
            }
        };
        Ok(expr(ExprKind::Constant(value), token.span()))
    }

    /// `tuple | group | genexp`: what follows a `(`.
    fn parse_parenthesized_expression(&mut self) -> PResult<Expr> {
        let start = self.node_start();
        self.bump();
        if self.eat(TokenKind::Rpar) {
            return Ok(expr(ExprKind::Tuple(Vec::new()), self.node_range(start)));
        }
        let value = self.parse_parenthesized_interior()?;
        self.expect(TokenKind::Rpar)?;
        Ok(self.close_parenthesized(value, start))
    }

    /// Gives a tuple or generator expression built by
    /// [`Parser::parse_parenthesized_interior`] the span of its parentheses.
    fn close_parenthesized(&self, value: (Expr, bool), start: NodeStart) -> Expr {
        let (mut value, owns_parentheses) = value;
        if owns_parentheses {
            value.span = self.node_range(start);
        }
        value
    }

    /// The inside of `( … )`: a yield expression, a group, a tuple or a
    /// generator expression. The flag tells whether the node owns the
    /// parentheses: a tuple or generator expression spans them (the caller,
    /// which knows where they are, sets its span), a group does not. Also
    /// parses an f-string field, which CPython wraps in parentheses.
    pub(super) fn parse_parenthesized_interior(&mut self) -> PResult<(Expr, bool)> {
        if self.at(TokenKind::Yield) {
            return Ok((self.parse_yield_expression()?, false));
        }
        if self.at(TokenKind::DoubleStar) {
            // `invalid_group: '(' '**' expression ')'`
            let token = self.current_token();
            let closed = self.lookahead_without_invalid(|p| {
                p.bump();
                p.parse_expression()?;
                Ok(p.at_closing_parenthesis())
            });
            if closed == Ok(true) {
                let message = "cannot use double starred expression here";
                return Err(self.error_at(message, token.span()));
            }
            return Err(self.invalid_syntax());
        }
        let first = self.parse_star_named_expression()?;
        if self.at_comprehension() {
            self.check_comprehension_element(&first)?;
            let generators = self.parse_comprehension_clauses()?;
            let kind = ExprKind::GeneratorExp {
                elt: Box::new(first),
                generators,
            };
            return Ok((expr(kind, Span::default()), true));
        }
        if !self.at(TokenKind::Comma) {
            if matches!(first.kind, ExprKind::Starred(_)) && self.at_closing_parenthesis() {
                return Err(self.error_at("cannot use starred expression here", first.span));
            }
            return Ok((first, false));
        }
        let mut elts = vec![first];
        while self.eat(TokenKind::Comma) {
            if self.at_closing_parenthesis() {
                break;
            }
            elts.push(self.parse_star_named_expression()?);
        }
        Ok((expr(ExprKind::Tuple(elts), Span::default()), true))
    }

    fn at_closing_parenthesis(&mut self) -> bool {
        matches!(self.current(), TokenKind::Rpar | TokenKind::EndOfFile)
    }

    /// `list | listcomp`
    fn parse_list_expression(&mut self) -> PResult<Expr> {
        let start = self.node_start();
        self.bump();
        if self.eat(TokenKind::Rsqb) {
            return Ok(expr(ExprKind::List(Vec::new()), self.node_range(start)));
        }
        let first = self.parse_star_named_expression()?;
        if self.at_comprehension() {
            self.check_comprehension_element(&first)?;
            let generators = self.parse_comprehension_clauses()?;
            self.expect(TokenKind::Rsqb)?;
            let kind = ExprKind::ListComp {
                elt: Box::new(first),
                generators,
            };
            return Ok(expr(kind, self.node_range(start)));
        }
        let elts = self.parse_display_elements(first, TokenKind::Rsqb)?;
        self.expect(TokenKind::Rsqb)?;
        Ok(expr(ExprKind::List(elts), self.node_range(start)))
    }

    /// The rest of a list or set display after its first element, checking
    /// for a comprehension whose target lacks parentheses (`[a, b for …]`).
    fn parse_display_elements(&mut self, first: Expr, close: TokenKind) -> PResult<Vec<Expr>> {
        let mut elts = vec![first];
        while self.at(TokenKind::Comma) {
            let comma = self.bump();
            // CPython looks for `for` here in its second pass only.
            if self.lookahead(|p| Ok(p.at_comprehension())) == Ok(true) {
                let message = "did you forget parentheses around the comprehension target?";
                return Err(self.error_range(message, elts[0].span, comma.span()));
            }
            if self.at(close) {
                break;
            }
            elts.push(self.parse_star_named_expression()?);
        }
        if self.at_comprehension() && elts.len() > 1 {
            let message = "did you forget parentheses around the comprehension target?";
            return Err(self.error_range(message, elts[0].span, elts[elts.len() - 1].span));
        }
        Ok(elts)
    }

    /// `dict | set | dictcomp | setcomp`
    fn parse_brace_expression(&mut self) -> PResult<Expr> {
        let start = self.node_start();
        self.bump();
        if self.eat(TokenKind::Rbrace) {
            return Ok(expr(
                ExprKind::Dict {
                    keys: Vec::new(),
                    values: Vec::new(),
                },
                self.node_range(start),
            ));
        }
        if self.at(TokenKind::DoubleStar) {
            let star = self.node_start();
            self.bump();
            let value = self.parse_binary_or_higher(Precedence::BitOr)?;
            if self.at_comprehension() {
                let span = Span {
                    start: star.start,
                    end: self.prev_end,
                    line: star.line,
                    col: star.col,
                };
                return Err(
                    self.error_at("dict unpacking cannot be used in dict comprehension", span)
                );
            }
            return self.parse_dict_rest(start, None, value);
        }
        let first = self.parse_star_named_expression()?;
        if self.at(TokenKind::Colon) && !matches!(first.kind, ExprKind::Starred(_)) {
            let colon = self.bump();
            if matches!(self.current(), TokenKind::Rbrace | TokenKind::Comma) {
                return Err(self.error_at(
                    "expression expected after dictionary key and ':'",
                    colon.span(),
                ));
            }
            let value = self.parse_dict_value()?;
            if self.at_comprehension() {
                let generators = self.parse_comprehension_clauses()?;
                self.expect(TokenKind::Rbrace)?;
                let kind = ExprKind::DictComp {
                    key: Box::new(first),
                    value: Box::new(value),
                    generators,
                };
                return Ok(expr(kind, self.node_range(start)));
            }
            return self.parse_dict_rest(start, Some(first), value);
        }
        if self.at_comprehension() {
            self.check_comprehension_element(&first)?;
            let generators = self.parse_comprehension_clauses()?;
            self.expect(TokenKind::Rbrace)?;
            let kind = ExprKind::SetComp {
                elt: Box::new(first),
                generators,
            };
            return Ok(expr(kind, self.node_range(start)));
        }
        let elts = self.parse_display_elements(first, TokenKind::Rbrace)?;
        self.expect(TokenKind::Rbrace)?;
        Ok(expr(ExprKind::Set(elts), self.node_range(start)))
    }

    /// The rest of a dict display after its first entry.
    fn parse_dict_rest(
        &mut self,
        start: NodeStart,
        key: Option<Expr>,
        value: Expr,
    ) -> PResult<Expr> {
        let mut keys = vec![key];
        let mut values = vec![value];
        while self.eat(TokenKind::Comma) {
            if self.at(TokenKind::Rbrace) {
                break;
            }
            if self.eat(TokenKind::DoubleStar) {
                keys.push(None);
                values.push(self.parse_binary_or_higher(Precedence::BitOr)?);
                continue;
            }
            let key_start = self.checkpoint();
            let key = match self.parse_expression() {
                Ok(key) if self.at(TokenKind::Colon) => key,
                result => return Err(self.dict_key_error(result, key_start)),
            };
            let colon = self.bump();
            if matches!(self.current(), TokenKind::Rbrace | TokenKind::Comma) {
                return Err(self.error_at(
                    "expression expected after dictionary key and ':'",
                    colon.span(),
                ));
            }
            keys.push(Some(key));
            values.push(self.parse_dict_value()?);
        }
        self.expect(TokenKind::Rbrace)?;
        Ok(expr(
            ExprKind::Dict { keys, values },
            self.node_range(start),
        ))
    }

    /// CPython's `invalid_kvpair`: a key after the first entry that is not
    /// followed by `:` (as a PEG parser reads it: the longest prefix that
    /// parses) is "':' expected", even when it continues oddly (`3 4`).
    fn dict_key_error(&mut self, key: PResult<Expr>, key_start: Checkpoint) -> SyntaxError {
        if let Err(error) = &key {
            // An error nested in the key stands (`{1: 2, f(a b): 3}`).
            let at_key = self.tokens[key_start.pos].start;
            let missing_comma =
                error.message == self.message("invalid syntax. Perhaps you forgot a comma?");
            let generic = error.message == self.message("invalid syntax");
            let top_level_comma = missing_comma && error.span.start == at_key;
            if !(generic || top_level_comma) {
                return error.clone();
            }
        }
        let here = self.checkpoint();
        self.rewind(key_start);
        let prefix = self.lookahead_without_invalid(|p| {
            let key = p.parse_expression()?;
            Ok((key.span, p.at(TokenKind::Colon)))
        });
        self.rewind(here);
        match (prefix, key) {
            (Ok((span, false)), _) => {
                // CPython points at the key's last character (with the
                // line of its first).
                let col = self.column_of(span.end).saturating_sub(1);
                let span = Span {
                    start: span.end.saturating_sub(1),
                    end: span.end,
                    line: span.line,
                    col,
                };
                self.error_at("':' expected after dictionary key", span)
            }
            (_, Err(error)) => error,
            (_, Ok(_)) => self.invalid_syntax(),
        }
    }

    /// The value of a dict entry, after its `:`.
    fn parse_dict_value(&mut self) -> PResult<Expr> {
        if self.at(TokenKind::Star) {
            let value = self.parse_starred(Precedence::BitOr)?;
            return Err(self.error_at(
                "cannot use a starred expression in a dictionary value",
                value.span,
            ));
        }
        self.parse_expression()
    }

    // === Comprehensions ===

    /// At `for` or `async for`.
    pub(super) fn at_comprehension(&mut self) -> bool {
        self.at(TokenKind::For) || self.at(TokenKind::Async) && self.peek2() == TokenKind::For
    }

    fn check_comprehension_element(&self, element: &Expr) -> PResult<()> {
        if matches!(element.kind, ExprKind::Starred(_)) {
            return Err(self.error_at(
                "iterable unpacking cannot be used in comprehension",
                element.span,
            ));
        }
        Ok(())
    }

    /// `for_if_clauses: (ASYNC? 'for' star_targets 'in' ~ disjunction ('if' disjunction)*)+`
    pub(super) fn parse_comprehension_clauses(&mut self) -> PResult<Vec<Comprehension>> {
        let mut generators = Vec::new();
        while self.at_comprehension() {
            let is_async = self.eat(TokenKind::Async);
            self.bump();
            let target = self.parse_for_target()?;
            // These are disjunctions, not expressions, in CPython's grammar:
            // its `invalid_expression` rule does not apply.
            let iter = self.parse_in_context(false, |p| p.parse_disjunction())?;
            let mut ifs = Vec::new();
            while self.eat(TokenKind::If) {
                ifs.push(self.parse_in_context(false, |p| p.parse_disjunction())?);
            }
            generators.push(Comprehension {
                target,
                iter,
                ifs,
                is_async,
            });
        }
        Ok(generators)
    }

    /// `star_targets 'in'` after a `for`, with CPython's
    /// `invalid_for_target`: when the targets are not followed by `in`,
    /// they are parsed again as `star_expressions` (which may raise "Perhaps
    /// you forgot a comma?"), then checked as targets.
    pub(super) fn parse_for_target(&mut self) -> PResult<Expr> {
        let checkpoint = self.checkpoint();
        let target = self.parse_star_targets();
        if let Ok(target) = target {
            if self.at(TokenKind::In) && is_valid_target(&target, TargetKind::For) {
                self.bump();
                return Ok(target);
            }
            return self.for_target_error(checkpoint, Ok(target));
        }
        self.for_target_error(checkpoint, target)
    }

    fn for_target_error(
        &mut self,
        checkpoint: super::Checkpoint,
        target: PResult<Expr>,
    ) -> PResult<Expr> {
        let here = self.checkpoint();
        self.rewind(checkpoint);
        // CPython's second pass: where it gets does not move the error.
        let again = self.parse_star_expressions();
        self.rewind(here);
        match again {
            Err(error) if error.message != self.message("invalid syntax") => return Err(error),
            Ok(expressions) if invalid_target(&expressions, TargetKind::For).is_some() => {
                self.check_target(&expressions, TargetKind::For)?;
            }
            _ => {}
        }
        let target = target?;
        self.check_target(&target, TargetKind::For)?;
        self.expect(TokenKind::In)?;
        Ok(target)
    }

    /// `star_targets` for `for` loops and comprehensions.
    pub(super) fn parse_star_targets(&mut self) -> PResult<Expr> {
        let start = self.node_start();
        let first = self.parse_star_target()?;
        if !self.at(TokenKind::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(TokenKind::Comma) {
            let kind = self.current();
            if !(starts_bitwise_or(kind) || kind == TokenKind::Star) {
                break;
            }
            elts.push(self.parse_star_target()?);
        }
        Ok(expr(ExprKind::Tuple(elts), self.node_range(start)))
    }

    /// `star_target: '*' star_target | target_with_star_atom`: a primary
    /// (an operator after it is not part of a target).
    fn parse_star_target(&mut self) -> PResult<Expr> {
        if !self.at(TokenKind::Star) {
            return self.parse_primary();
        }
        let start = self.node_start();
        self.bump();
        self.enter()?;
        let value = self.parse_star_target()?;
        self.leave();
        Ok(expr(
            ExprKind::Starred(Box::new(value)),
            self.node_range(start),
        ))
    }

    // === Yield ===

    /// `yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]`
    pub(super) fn parse_yield_expression(&mut self) -> PResult<Expr> {
        let start = self.node_start();
        self.bump();
        if self.eat(TokenKind::From) {
            let value = self.parse_expression()?;
            return Ok(expr(
                ExprKind::YieldFrom(Box::new(value)),
                self.node_range(start),
            ));
        }
        let kind = self.current();
        let value = if starts_expression(kind) || kind == TokenKind::Star {
            Some(Box::new(self.parse_star_expressions()?))
        } else {
            None
        };
        Ok(expr(ExprKind::Yield(value), self.node_range(start)))
    }

    /// Parameters of a `def` (up to its `)`) or a `lambda` (up to its `:`).
    pub(super) fn parse_parameters(&mut self, lambda: bool) -> PResult<Arguments> {
        super::statement::parse_parameter_list(self, lambda)
    }
}
