//! Statements: simple statements, compound statements and blocks.

use super::expression::starts_expression;
use super::target::{TargetKind, expr_name, invalid_target, is_valid_target};
use super::{NodeStart, PResult, Parser};
use crate::engine::syntax::ast::{
    Alias, Arg, Arguments, BinOp, ClassDef, ExceptHandler, Expr, ExprKind, FunctionDef, Span, Stmt,
    StmtKind, WithItem,
};
use crate::engine::syntax::token::{Token, TokenKind};
use crate::engine::syntax::{SyntaxError, SyntaxErrorKind};

fn stmt(kind: StmtKind, span: Span) -> Stmt {
    Stmt { kind, span }
}

impl Parser<'_> {
    // === Statements ===

    /// `statement: compound_stmt | simple_stmts`, appended to `body`.
    pub(super) fn parse_statement(&mut self, body: &mut Vec<Stmt>) -> PResult<()> {
        self.enter()?;
        match self.current() {
            TokenKind::Def
            | TokenKind::If
            | TokenKind::Class
            | TokenKind::With
            | TokenKind::For
            | TokenKind::Try
            | TokenKind::While
            | TokenKind::At
            | TokenKind::Async => body.push(self.parse_compound_statement()?),
            TokenKind::Indent => {
                let token = self.current_token();
                return Err(self.error_point(
                    SyntaxErrorKind::Indentation,
                    "unexpected indent",
                    token,
                ));
            }
            TokenKind::Name if self.at_soft_keyword("match") => {
                self.parse_soft_keyword_match(body)?
            }
            _ => self.parse_simple_statements(body)?,
        }
        self.leave();
        Ok(())
    }

    /// A statement starting with the soft keyword `match`: a match
    /// statement (`match subject ':' NEWLINE`), or an ordinary statement
    /// (`match = 3`, `match(x)`).
    fn parse_soft_keyword_match(&mut self, body: &mut Vec<Stmt>) -> PResult<()> {
        let reached = match self.match_statement_reach() {
            Ok(()) => {
                body.push(self.parse_match_statement()?);
                return Ok(());
            }
            Err(reached) => reached,
        };
        match reached {
            Some(reached) => self.parse_simple_statements(body).map_err(|error| {
                let after = self.tokens[reached];
                if after.kind == TokenKind::Newline
                    && self.tokens[reached - 1].kind != TokenKind::Colon
                {
                    self.error_point(SyntaxErrorKind::Syntax, "expected ':'", after)
                } else if error.message == "invalid syntax" && error.span.start < after.start {
                    self.error_at_token("invalid syntax", after)
                } else {
                    error
                }
            }),
            None => self.parse_simple_statements(body),
        }
    }

    /// `simple_stmts: ';'.simple_stmt+ [';'] NEWLINE`
    fn parse_simple_statements(&mut self, body: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            body.push(self.parse_simple_statement()?);
            if !self.eat(TokenKind::Semi) || self.at(TokenKind::Newline) {
                break;
            }
        }
        self.expect(TokenKind::Newline)?;
        Ok(())
    }

    /// `simple_stmt`
    fn parse_simple_statement(&mut self) -> PResult<Stmt> {
        let start = self.node_start();
        let kind = match self.current() {
            TokenKind::Pass => {
                self.bump();
                StmtKind::Pass
            }
            TokenKind::Break => {
                self.bump();
                StmtKind::Break
            }
            TokenKind::Continue => {
                self.bump();
                StmtKind::Continue
            }
            TokenKind::Return => {
                self.bump();
                let kind = self.current();
                let value = if starts_expression(kind) || kind == TokenKind::Star {
                    Some(self.parse_star_expressions()?)
                } else {
                    None
                };
                StmtKind::Return(value)
            }
            TokenKind::Raise => self.parse_raise_statement()?,
            TokenKind::Global | TokenKind::Nonlocal => self.parse_global_statement()?,
            TokenKind::Del => self.parse_del_statement()?,
            TokenKind::Assert => {
                self.bump();
                let test = self.parse_expression()?;
                let msg = if self.eat(TokenKind::Comma) {
                    Some(self.parse_expression()?)
                } else {
                    None
                };
                StmtKind::Assert { test, msg }
            }
            TokenKind::Import => self.parse_import_statement()?,
            TokenKind::From => self.parse_from_import_statement()?,
            TokenKind::Name if self.at_soft_keyword("type") && self.at_type_alias() => {
                let token = self.current_token();
                return Err(self.unsupported(
                    "`type` alias statements are not supported by coroscope yet",
                    token.span(),
                ));
            }
            _ => return self.parse_expression_statement(),
        };
        Ok(stmt(kind, self.node_range(start)))
    }

    /// True at `type NAME =` or `type NAME[`, Python 3.12's alias statement.
    fn at_type_alias(&mut self) -> bool {
        self.lookahead(|p| {
            Ok(p.peek2() == TokenKind::Name
                && matches!(p.nth_token(2).kind, TokenKind::Equal | TokenKind::Lsqb))
        })
        .unwrap_or(false)
    }

    /// An expression statement or an assignment of any kind.
    fn parse_expression_statement(&mut self) -> PResult<Stmt> {
        let start = self.node_start();
        let start_pos = self.pos;
        let first = self.parse_yield_or_star_expressions()?;
        match self.current() {
            TokenKind::Colon => return self.parse_annotated_assignment(start, start_pos, first),
            TokenKind::Equal => return self.parse_assignment(start, start_pos, first),
            kind => {
                if let Some(op) = kind.augmented_op() {
                    return self.parse_augmented_assignment(start, first, op);
                }
            }
        }
        // CPython's `invalid_assignment` reads a target list element by
        // element, so `a, b c = 1` meets `c = 1` as a named expression.
        if matches!(first.kind, ExprKind::Tuple(_))
            && !self.is_bracketed(start_pos)
            && super::expression::juxtaposes(self.current())
        {
            let elements = self.lookahead(|p| {
                loop {
                    p.parse_star_named_expression()?;
                    if !p.eat(TokenKind::Comma) {
                        return Ok(());
                    }
                }
            });
            if let Err(error) = elements
                && error.message != "invalid syntax"
            {
                return Err(error);
            }
        }
        if is_print_chevron(&first) {
            let message = "Python 2's `print >>file, ...` is not supported by coroscope; use print(..., file=file)";
            return Err(self.unsupported(message, first.span));
        }
        Ok(stmt(StmtKind::Expr(first), self.node_range(start)))
    }

    /// `yield_expr | star_expressions`
    fn parse_yield_or_star_expressions(&mut self) -> PResult<Expr> {
        if self.at(TokenKind::Yield) {
            self.parse_yield_expression()
        } else {
            self.parse_star_expressions()
        }
    }

    /// `(star_targets '=')+ (yield_expr | star_expressions)`
    fn parse_assignment(
        &mut self,
        start: NodeStart,
        start_pos: usize,
        first: Expr,
    ) -> PResult<Stmt> {
        let mut exprs = vec![first];
        let first_equal = self.checkpoint();
        while self.at(TokenKind::Equal) {
            let target = exprs.last().unwrap();
            if !is_valid_target(target, TargetKind::Assign) {
                let target = target.clone();
                return Err(self.assignment_target_error(
                    &exprs[0],
                    &target,
                    start_pos,
                    first_equal,
                ));
            }
            self.check_target(target, TargetKind::Assign)?;
            self.bump();
            let value = self.parse_yield_or_star_expressions()?;
            exprs.push(value);
        }
        let value = exprs.pop().unwrap();
        Ok(stmt(
            StmtKind::Assign {
                targets: exprs,
                value,
            },
            self.node_range(start),
        ))
    }

    /// The error for an invalid assignment target before a `=`, chosen as
    /// CPython's `invalid_named_expression` and `invalid_assignment` rules
    /// choose it.
    fn assignment_target_error(
        &mut self,
        first: &Expr,
        target: &Expr,
        start_pos: usize,
        first_equal: super::Checkpoint,
    ) -> SyntaxError {
        // CPython parses the last element of the first target list as a
        // named expression, which then meets the first `=`.
        let here = self.checkpoint();
        self.rewind(first_equal);
        let (last, last_pos) = match &first.kind {
            ExprKind::Tuple(elts) if !elts.is_empty() && !self.is_bracketed(start_pos) => {
                (elts.last().unwrap(), self.start_of_last_element())
            }
            _ => (first, start_pos),
        };
        let named = if matches!(last.kind, ExprKind::Starred(_)) {
            Ok(())
        } else {
            self.check_assignment_in_expression(last, last_pos)
        };
        self.rewind(here);
        if let Err(error) = named {
            return error;
        }
        if matches!(target.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
            return self.error_at("assignment to yield expression not possible", target.span);
        }
        match invalid_target(target, TargetKind::Assign) {
            Some(bad) => self.error_at(format!("cannot assign to {}", expr_name(bad)), bad.span),
            None => self.error_at("invalid syntax", target.span),
        }
    }

    /// True if the tokens from `start_pos` up to the current one are one
    /// bracketed group: `(a, b)`, not `(a), (b)`.
    fn is_bracketed(&self, start_pos: usize) -> bool {
        if !matches!(
            self.tokens[start_pos].kind,
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace
        ) {
            return false;
        }
        let mut depth = 0i32;
        for i in start_pos..self.pos {
            match self.tokens[i].kind {
                TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
                TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                    depth -= 1;
                    if depth == 0 {
                        return i == self.pos - 1;
                    }
                }
                _ => {}
            }
        }
        false
    }

    /// The token index where the last element of an unparenthesized tuple
    /// ending just before the current token starts.
    fn start_of_last_element(&self) -> usize {
        let mut depth = 0i32;
        let mut i = self.pos;
        while i > 0 {
            i -= 1;
            match self.tokens[i].kind {
                TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth += 1,
                TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth -= 1,
                TokenKind::Comma if depth == 0 => return i + 1,
                _ => {}
            }
        }
        0
    }

    /// `target ':' expression ['=' annotated_rhs]`
    fn parse_annotated_assignment(
        &mut self,
        start: NodeStart,
        start_pos: usize,
        target: Expr,
    ) -> PResult<Stmt> {
        let simple_target = matches!(
            target.kind,
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
        );
        if !simple_target {
            let annotation_parses = self
                .lookahead(|p| {
                    p.bump();
                    p.parse_expression()
                })
                .is_ok();
            if !annotation_parses {
                return Err(self.invalid_syntax());
            }
            let parenthesized = self.is_bracketed(start_pos);
            return Err(match &target.kind {
                ExprKind::Tuple(elts) if !parenthesized && !elts.is_empty() => self.error_at(
                    "only single target (not tuple) can be annotated",
                    elts[0].span,
                ),
                ExprKind::Tuple(_) => self.error_at(
                    "only single target (not tuple) can be annotated",
                    target.span,
                ),
                ExprKind::List(_) => self.error_at(
                    "only single target (not list) can be annotated",
                    target.span,
                ),
                _ => self.error_at("illegal target for annotation", target.span),
            });
        }
        self.bump();
        let annotation = self.parse_expression()?;
        let value = if self.eat(TokenKind::Equal) {
            Some(self.parse_yield_or_star_expressions()?)
        } else {
            None
        };
        Ok(stmt(
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            },
            self.node_range(start),
        ))
    }

    /// `single_target augassign ~ (yield_expr | star_expressions)`
    fn parse_augmented_assignment(
        &mut self,
        start: NodeStart,
        target: Expr,
        op: BinOp,
    ) -> PResult<Stmt> {
        let single = matches!(
            target.kind,
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
        );
        if !single {
            let value_parses = self
                .lookahead(|p| {
                    p.bump();
                    p.parse_yield_or_star_expressions()
                })
                .is_ok();
            if !value_parses {
                return Err(self.invalid_syntax());
            }
            let message = format!(
                "'{}' is an illegal expression for augmented assignment",
                expr_name(&target)
            );
            return Err(self.error_at(message, target.span));
        }
        self.bump();
        let value = self.parse_yield_or_star_expressions()?;
        Ok(stmt(
            StmtKind::AugAssign { target, op, value },
            self.node_range(start),
        ))
    }

    /// `raise_stmt: 'raise' expression ['from' expression] | 'raise'`
    fn parse_raise_statement(&mut self) -> PResult<StmtKind> {
        self.bump();
        if !starts_expression(self.current()) {
            return Ok(StmtKind::Raise {
                exc: None,
                cause: None,
            });
        }
        let exc = self.parse_expression()?;
        let cause = if self.eat(TokenKind::From) {
            Some(self.parse_expression()?)
        } else {
            None
        };
        Ok(StmtKind::Raise {
            exc: Some(exc),
            cause,
        })
    }

    /// `global_stmt: 'global' ','.NAME+` and `nonlocal_stmt`.
    fn parse_global_statement(&mut self) -> PResult<StmtKind> {
        let keyword = self.bump();
        let mut names = Vec::new();
        loop {
            let name = self.expect(TokenKind::Name)?;
            names.push(self.name(name));
            if !self.eat(TokenKind::Comma) {
                break;
            }
        }
        Ok(if keyword.kind == TokenKind::Global {
            StmtKind::Global(names)
        } else {
            StmtKind::Nonlocal(names)
        })
    }

    /// `del_stmt: 'del' del_targets &(';' | NEWLINE)`
    fn parse_del_statement(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut targets = Vec::new();
        loop {
            let target = self.parse_star_expression()?;
            targets.push(target);
            if !self.eat(TokenKind::Comma) {
                break;
            }
            let kind = self.current();
            if !(starts_expression(kind) || kind == TokenKind::Star) {
                break;
            }
        }
        for target in &targets {
            self.check_target(target, TargetKind::Del)?;
        }
        Ok(StmtKind::Delete(targets))
    }

    /// `import_name: 'import' dotted_as_names`
    fn parse_import_statement(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut names = Vec::new();
        loop {
            let start = self.node_start();
            let name = self.parse_dotted_name()?;
            let asname = if self.eat(TokenKind::As) {
                let token = self.expect(TokenKind::Name)?;
                Some(self.name(token))
            } else {
                None
            };
            names.push(Alias {
                name,
                asname,
                span: self.node_range(start),
            });
            if !self.eat(TokenKind::Comma) {
                break;
            }
        }
        Ok(StmtKind::Import(names))
    }

    /// `dotted_name: dotted_name '.' NAME | NAME`
    fn parse_dotted_name(&mut self) -> PResult<String> {
        let first = self.expect(TokenKind::Name)?;
        let mut name = self.text(first).to_string();
        while self.eat(TokenKind::Dot) {
            let part = self.expect(TokenKind::Name)?;
            name.push('.');
            name.push_str(self.text(part));
        }
        Ok(name)
    }

    /// `import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
    /// | 'from' ('.' | '...')+ 'import' import_from_targets`
    fn parse_from_import_statement(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut level = 0;
        loop {
            match self.current() {
                TokenKind::Dot => level += 1,
                TokenKind::Ellipsis => level += 3,
                _ => break,
            }
            self.bump();
        }
        let module = if level == 0 || self.at(TokenKind::Name) {
            Some(self.parse_dotted_name()?)
        } else {
            None
        };
        self.expect(TokenKind::Import)?;
        if self.at(TokenKind::Star) {
            let star = self.bump();
            let alias = Alias {
                name: "*".into(),
                asname: None,
                span: star.span(),
            };
            return Ok(StmtKind::ImportFrom {
                module,
                names: vec![alias],
                level,
            });
        }
        let parenthesized = self.eat(TokenKind::Lpar);
        let mut names = Vec::new();
        loop {
            let start = self.node_start();
            let name = self.expect(TokenKind::Name)?;
            let asname = if self.eat(TokenKind::As) {
                let token = self.expect(TokenKind::Name)?;
                Some(self.name(token))
            } else {
                None
            };
            names.push(Alias {
                name: self.text(name).to_string(),
                asname,
                span: self.node_range(start),
            });
            if !self.at(TokenKind::Comma) {
                break;
            }
            self.bump();
            if parenthesized && self.at(TokenKind::Rpar) {
                break;
            }
            if !parenthesized && self.at(TokenKind::Newline) {
                let token = self.current_token();
                let message = "trailing comma not allowed without surrounding parentheses";
                return Err(self.error_point(SyntaxErrorKind::Syntax, message, token));
            }
        }
        if parenthesized {
            self.expect(TokenKind::Rpar)?;
        }
        Ok(StmtKind::ImportFrom {
            module,
            names,
            level,
        })
    }

    // === Compound statements ===

    fn parse_compound_statement(&mut self) -> PResult<Stmt> {
        match self.current() {
            TokenKind::Def => {
                let start = self.node_start();
                self.parse_function_definition(start, Vec::new(), false)
            }
            TokenKind::Class => self.parse_class_definition(Vec::new()),
            TokenKind::If => self.parse_if_statement(),
            TokenKind::While => self.parse_while_statement(),
            TokenKind::For => {
                let start = self.node_start();
                self.parse_for_statement(start, false)
            }
            TokenKind::With => {
                let start = self.node_start();
                self.parse_with_statement(start, false)
            }
            TokenKind::Try => self.parse_try_statement(),
            TokenKind::At => self.parse_decorated_definition(),
            _ => {
                let start = self.node_start();
                self.bump();
                match self.current() {
                    TokenKind::Def => self.parse_function_definition(start, Vec::new(), true),
                    TokenKind::For => self.parse_for_statement(start, true),
                    TokenKind::With => self.parse_with_statement(start, true),
                    _ => Err(self.invalid_syntax()),
                }
            }
        }
    }

    /// `block: NEWLINE INDENT statements DEDENT | simple_stmts`.
    /// `header` names the statement for "expected an indented block after
    /// {header} on line {line}".
    pub(super) fn parse_block(&mut self, header: &str, line: u32) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if !self.eat(TokenKind::Newline) {
            self.parse_simple_statements(&mut body)?;
            return Ok(body);
        }
        if !self.at(TokenKind::Indent) {
            let token = self.current_token();
            let message = format!("expected an indented block after {header} on line {line}");
            return Err(self.error_point(SyntaxErrorKind::Indentation, message, token));
        }
        self.bump();
        while !self.at(TokenKind::Dedent) {
            let before = self.pos;
            self.parse_statement(&mut body)?;
            assert!(self.pos > before, "the parser is no longer progressing");
        }
        self.bump();
        Ok(body)
    }

    /// `decorators: ('@' named_expression NEWLINE)+`, then the definition.
    fn parse_decorated_definition(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        while self.eat(TokenKind::At) {
            decorators.push(self.parse_named_expression()?);
            self.expect(TokenKind::Newline)?;
        }
        let start = self.node_start();
        match self.current() {
            TokenKind::Def => self.parse_function_definition(start, decorators, false),
            TokenKind::Class => self.parse_class_definition(decorators),
            TokenKind::Async if self.peek2() == TokenKind::Def => {
                self.bump();
                self.parse_function_definition(start, decorators, true)
            }
            _ => Err(self.invalid_syntax()),
        }
    }

    /// `function_def_raw: [ASYNC] 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block`
    fn parse_function_definition(
        &mut self,
        start: NodeStart,
        decorators: Vec<Expr>,
        is_async: bool,
    ) -> PResult<Stmt> {
        let def = self.expect(TokenKind::Def)?;
        let name = self.expect(TokenKind::Name)?;
        self.expect_forced(TokenKind::Lpar, "(")?;
        let args = parse_parameter_list(self, false)?;
        self.expect(TokenKind::Rpar)?;
        let returns = if self.at(TokenKind::Rarrow) {
            Some(self.parse_return_annotation()?)
        } else {
            None
        };
        self.expect_forced(TokenKind::Colon, ":")?;
        let body = self.parse_block("function definition", def.line)?;
        let def = FunctionDef {
            name: self.name(name),
            args,
            body,
            decorators,
            returns,
            is_async,
        };
        Ok(stmt(
            StmtKind::FunctionDef(Box::new(def)),
            self.node_range(start),
        ))
    }

    /// The expression after `->`. If it does not parse, CPython's PEG parser
    /// backs off to the longest prefix that does and then demands the `:`.
    fn parse_return_annotation(&mut self) -> PResult<Expr> {
        let arrow = self.bump();
        // CPython's forced `&&':'` fails in its first pass, before any error
        // rule could look at the annotation: the `:` must follow the longest
        // prefix that parses, or the arrow if none does.
        let after = self.lookahead_without_invalid(|p| {
            p.parse_expression()?;
            Ok(p.current_token())
        });
        match after {
            Ok(token) if token.kind != TokenKind::Colon => {
                Err(self.error_at_token("expected ':'", token))
            }
            Ok(_) => self.parse_expression(),
            Err(_) => Err(self.error_at_token("expected ':'", arrow)),
        }
    }

    /// `class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block`
    fn parse_class_definition(&mut self, decorators: Vec<Expr>) -> PResult<Stmt> {
        let start = self.node_start();
        let class = self.bump();
        let name = self.expect(TokenKind::Name)?;
        let (mut bases, mut keywords) = (Vec::new(), Vec::new());
        if self.at(TokenKind::Lpar) {
            let open = self.node_start();
            self.bump();
            (bases, keywords) = self.parse_call_arguments(open, false)?;
        }
        self.expect_colon_before_newline()?;
        let body = self.parse_block("class definition", class.line)?;
        let def = ClassDef {
            name: self.name(name),
            bases,
            keywords,
            body,
            decorators,
        };
        Ok(stmt(
            StmtKind::ClassDef(Box::new(def)),
            self.node_range(start),
        ))
    }

    /// `if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])`
    fn parse_if_statement(&mut self) -> PResult<Stmt> {
        // The `if` and each `elif`: (start, test, body).
        let mut branches: Vec<(NodeStart, Expr, Vec<Stmt>)> = Vec::new();
        loop {
            let start = self.node_start();
            let keyword = self.bump();
            let test = self.parse_named_expression()?;
            self.expect_colon_before_newline()?;
            let header = if keyword.kind == TokenKind::If {
                "'if' statement"
            } else {
                "'elif' statement"
            };
            let body = self.parse_block(header, keyword.line)?;
            branches.push((start, test, body));
            if !self.at(TokenKind::Elif) {
                break;
            }
        }
        let mut orelse = self.parse_else_block()?;
        let end = self.prev_end;
        while let Some((start, test, body)) = branches.pop() {
            let span = Span {
                start: start.start,
                end,
                line: start.line,
                col: start.col,
            };
            orelse = vec![stmt(StmtKind::If { test, body, orelse }, span)];
        }
        Ok(orelse.pop().unwrap())
    }

    /// `else_block: 'else' &&':' block`, if present.
    fn parse_else_block(&mut self) -> PResult<Vec<Stmt>> {
        if !self.at(TokenKind::Else) {
            return Ok(Vec::new());
        }
        let keyword = self.bump();
        self.expect_forced(TokenKind::Colon, ":")?;
        self.parse_block("'else' statement", keyword.line)
    }

    /// `while_stmt: 'while' named_expression ':' block [else_block]`
    fn parse_while_statement(&mut self) -> PResult<Stmt> {
        let start = self.node_start();
        let keyword = self.bump();
        let test = self.parse_named_expression()?;
        self.expect_colon_before_newline()?;
        let body = self.parse_block("'while' statement", keyword.line)?;
        let orelse = self.parse_else_block()?;
        Ok(stmt(
            StmtKind::While { test, body, orelse },
            self.node_range(start),
        ))
    }

    /// `for_stmt: [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' block [else_block]`
    fn parse_for_statement(&mut self, start: NodeStart, is_async: bool) -> PResult<Stmt> {
        let keyword = self.bump();
        let target = self.parse_for_target()?;
        let iter = self.parse_star_expressions()?;
        self.expect_colon_before_newline()?;
        let body = self.parse_block("'for' statement", keyword.line)?;
        let orelse = self.parse_else_block()?;
        Ok(stmt(
            StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            },
            self.node_range(start),
        ))
    }

    /// `with_stmt: [ASYNC] 'with' ( '(' ','.with_item+ ','? ')' | ','.with_item+ ) ':' block`
    fn parse_with_statement(&mut self, start: NodeStart, is_async: bool) -> PResult<Stmt> {
        let keyword = self.bump();
        let mut items = None;
        if self.at(TokenKind::Lpar) {
            // Parenthesized items, if a ':' follows the ')'; otherwise the
            // parenthesis starts the first item's expression.
            let checkpoint = self.checkpoint();
            let attempt = (|| {
                self.bump();
                let mut items = Vec::new();
                loop {
                    items.push(self.parse_with_item()?);
                    if !self.eat(TokenKind::Comma) || self.at(TokenKind::Rpar) {
                        break;
                    }
                }
                self.expect(TokenKind::Rpar)?;
                if self.at(TokenKind::Newline) {
                    let token = self.current_token();
                    return Err(self.error_point(SyntaxErrorKind::Syntax, "expected ':'", token));
                }
                if !self.at(TokenKind::Colon) {
                    return Err(self.invalid_syntax());
                }
                Ok(items)
            })();
            match attempt {
                Ok(parsed) => items = Some(parsed),
                // A specific error from CPython's `invalid_with_item`.
                Err(error) if error.message != "invalid syntax" => return Err(error),
                Err(_) => {
                    // A real alternative in CPython's grammar: how far it
                    // got counts for where "invalid syntax" is reported.
                    let reached = self.furthest_plain;
                    self.rewind(checkpoint);
                    self.furthest_plain = reached;
                }
            }
        }
        let items = match items {
            Some(items) => items,
            None => {
                let mut items = Vec::new();
                loop {
                    items.push(self.parse_with_item()?);
                    if !self.eat(TokenKind::Comma) {
                        break;
                    }
                }
                items
            }
        };
        self.expect_colon_before_newline()?;
        let body = self.parse_block("'with' statement", keyword.line)?;
        Ok(stmt(
            StmtKind::With {
                is_async,
                items,
                body,
            },
            self.node_range(start),
        ))
    }

    /// `with_item: expression 'as' star_target &(',' | ')' | ':') | expression`
    fn parse_with_item(&mut self) -> PResult<WithItem> {
        let context = self.parse_expression()?;
        if !self.eat(TokenKind::As) {
            return Ok(WithItem {
                context,
                vars: None,
            });
        }
        let target = if self.at(TokenKind::Star) {
            self.parse_star_expression()?
        } else {
            self.parse_expression()?
        };
        if matches!(
            self.current(),
            TokenKind::Comma | TokenKind::Rpar | TokenKind::Colon
        ) {
            self.check_target(&target, TargetKind::Assign)?;
        } else if !is_valid_target(&target, TargetKind::Assign) {
            return Err(self.invalid_syntax());
        }
        Ok(WithItem {
            context,
            vars: Some(target),
        })
    }

    /// `try_stmt: 'try' &&':' block (finally_block | except_block+ [else_block] [finally_block]
    /// | except_star_block+ [else_block] [finally_block])`
    fn parse_try_statement(&mut self) -> PResult<Stmt> {
        let start = self.node_start();
        let keyword = self.bump();
        self.expect_forced(TokenKind::Colon, ":")?;
        let body = self.parse_block("'try' statement", keyword.line)?;
        let mut handlers = Vec::new();
        let mut is_star = None;
        while self.at(TokenKind::Except) {
            let except = self.current_token();
            let star = self.peek2() == TokenKind::Star;
            if is_star.is_some_and(|previous| previous != star) {
                if !self.at_mixed_except(star) {
                    // The handlers end here; the `except` then starts no
                    // statement.
                    break;
                }
                let end = if star { self.nth_token(1) } else { except };
                let message = "cannot have both 'except' and 'except*' on the same 'try'";
                return Err(self.error_range(message, except.span(), end.span()));
            }
            is_star = is_star.or(Some(star));
            handlers.push(self.parse_except_block()?);
        }
        let orelse = if handlers.is_empty() {
            Vec::new()
        } else {
            self.parse_else_block()?
        };
        let mut finalbody = Vec::new();
        if self.at(TokenKind::Finally) {
            let keyword = self.bump();
            self.expect_forced(TokenKind::Colon, ":")?;
            finalbody = self.parse_block("'finally' statement", keyword.line)?;
        } else if handlers.is_empty() {
            let token = self.current_token();
            return Err(self.error_at_token("expected 'except' or 'finally' block", token));
        }
        let kind = StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            is_star: is_star.unwrap_or(false),
        };
        Ok(stmt(kind, self.node_range(start)))
    }

    /// CPython's `invalid_try_stmt` for a handler unlike the ones before:
    /// `except*` after `except` always, `except` after `except*` only if its
    /// header parses (`except [expression ['as' NAME]] ':'`).
    fn at_mixed_except(&mut self, star: bool) -> bool {
        if star {
            return true;
        }
        self.lookahead_without_invalid(|p| {
            p.bump();
            if !p.at(TokenKind::Colon) {
                p.parse_expression()?;
                if p.eat(TokenKind::As) {
                    p.expect(TokenKind::Name)?;
                }
            }
            Ok(p.at(TokenKind::Colon))
        })
        .unwrap_or(false)
    }

    /// `except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block`,
    /// and `except_star_block`.
    fn parse_except_block(&mut self) -> PResult<ExceptHandler> {
        let start = self.node_start();
        let keyword = self.bump();
        let star = self.eat(TokenKind::Star);
        let header = if star {
            "'except*' statement"
        } else {
            "'except' statement"
        };
        if self.at(TokenKind::Newline) && !star {
            let token = self.current_token();
            return Err(self.error_point(SyntaxErrorKind::Syntax, "expected ':'", token));
        }
        if self.at(TokenKind::Colon) && !star {
            self.bump();
            let body = self.parse_block(header, keyword.line)?;
            return Ok(ExceptHandler {
                typ: None,
                name: None,
                body,
                span: self.node_range(start),
            });
        }
        if star && matches!(self.current(), TokenKind::Colon | TokenKind::Newline) {
            let token = self.current_token();
            return Err(self.error_at_token("expected one or more exception types", token));
        }
        let typ = self.parse_expression()?;
        if self.at(TokenKind::Comma) {
            // `except A, B:` (Python 2)
            let checkpoint = self.checkpoint();
            let mut last = None;
            while self.eat(TokenKind::Comma) {
                match self.parse_expression() {
                    Ok(e) => last = Some(e.span),
                    Err(_) => break,
                }
            }
            let ends_header = self.at(TokenKind::Colon) || self.at(TokenKind::As);
            self.rewind(checkpoint);
            if let Some(last) = last.filter(|_| ends_header) {
                return Err(self.error_range(
                    "multiple exception types must be parenthesized",
                    typ.span,
                    last,
                ));
            }
            return Err(self.invalid_syntax());
        }
        let name = if self.eat(TokenKind::As) {
            let token = self.expect(TokenKind::Name)?;
            Some(self.name(token))
        } else {
            None
        };
        self.expect_colon_before_newline()?;
        let body = self.parse_block(header, keyword.line)?;
        Ok(ExceptHandler {
            typ: Some(typ),
            name,
            body,
            span: self.node_range(start),
        })
    }
}

/// True for Python 2's `print >>f, x` (or `print >>f`).
fn is_print_chevron(e: &Expr) -> bool {
    let e = match &e.kind {
        ExprKind::Tuple(elts) if !elts.is_empty() => &elts[0],
        _ => e,
    };
    matches!(&e.kind, ExprKind::BinOp { left, op: BinOp::RShift, .. }
        if matches!(&left.kind, ExprKind::Name(name) if &**name == "print"))
}

/// Parameters of a `def` (up to, not including, its `)`) or a `lambda`
/// (up to its `:`), with CPython's `invalid_parameters`, `invalid_star_etc`
/// and `invalid_kwds` messages.
pub(super) fn parse_parameter_list(p: &mut Parser<'_>, lambda: bool) -> PResult<Arguments> {
    let end = if lambda {
        TokenKind::Colon
    } else {
        TokenKind::Rpar
    };
    let mut args = Arguments::default();
    // Parameters before any `/`, with their defaults.
    let mut positional: Vec<Arg> = Vec::new();
    let mut seen_slash = false;
    let mut star: Option<Token> = None;
    let mut seen_default = false;
    while !p.at(end) {
        match p.current() {
            TokenKind::Slash => {
                let slash = p.current_token();
                if star.is_some() {
                    return Err(p.error_at_token("/ must be ahead of *", slash));
                }
                if seen_slash {
                    return Err(p.error_at_token("/ may appear only once", slash));
                }
                if positional.is_empty() {
                    if p.lookahead(|p| Ok(p.peek2())) == Ok(TokenKind::Comma) {
                        return Err(p.error_at_token("at least one argument must precede /", slash));
                    }
                    return Err(p.invalid_syntax());
                }
                p.bump();
                seen_slash = true;
                args.posonly = std::mem::take(&mut positional);
            }
            TokenKind::Star => {
                let token = p.current_token();
                if star.is_some() {
                    return Err(p.error_at_token("* argument may appear only once", token));
                }
                p.bump();
                star = Some(token);
                if p.at(TokenKind::Comma) || p.at(end) {
                    let bare_end = p.at(end)
                        || matches!(p.peek2(), k if k == end || k == TokenKind::DoubleStar);
                    if bare_end {
                        if lambda {
                            // CPython's lambda rule has no location: the
                            // error is at the token after.
                            let here = p.current_token();
                            return Err(p.error_point(
                                SyntaxErrorKind::Syntax,
                                "named arguments must follow bare *",
                                here,
                            ));
                        }
                        return Err(p.error_at_token("named arguments must follow bare *", token));
                    }
                } else {
                    let arg = parse_parameter(p, lambda, true)?;
                    if p.at(TokenKind::Equal) {
                        let equal = p.current_token();
                        return Err(p.error_at_token(
                            "var-positional argument cannot have default value",
                            equal,
                        ));
                    }
                    args.vararg = Some(arg);
                }
            }
            TokenKind::DoubleStar => {
                p.bump();
                let arg = parse_parameter(p, lambda, false)?;
                if p.at(TokenKind::Equal) {
                    let equal = p.current_token();
                    return Err(
                        p.error_at_token("var-keyword argument cannot have default value", equal)
                    );
                }
                args.kwarg = Some(arg);
                if p.eat(TokenKind::Comma) && !p.at(end) {
                    let token = p.current_token();
                    let follows = matches!(
                        token.kind,
                        TokenKind::Name
                            | TokenKind::Star
                            | TokenKind::DoubleStar
                            | TokenKind::Slash
                    );
                    if follows {
                        return Err(p.error_at_token(
                            "arguments cannot follow var-keyword argument",
                            token,
                        ));
                    }
                    return Err(p.invalid_syntax());
                }
                break;
            }
            TokenKind::Name => {
                let arg = parse_parameter(p, lambda, false)?;
                let default = if p.at(TokenKind::Equal) {
                    let equal = p.bump();
                    if matches!(p.current(), TokenKind::Comma) || p.at(end) {
                        return Err(p.error_at_token("expected default value expression", equal));
                    }
                    Some(p.parse_expression()?)
                } else {
                    None
                };
                if star.is_some() {
                    args.kwonly.push(arg);
                    args.kw_defaults.push(default);
                } else {
                    match default {
                        Some(default) => {
                            args.defaults.push(default);
                            seen_default = true;
                        }
                        None if seen_default && (p.at(TokenKind::Comma) || p.at(end)) => {
                            return Err(p.error_at(
                                "non-default argument follows default argument",
                                arg.span,
                            ));
                        }
                        None => {}
                    }
                    positional.push(arg);
                }
            }
            TokenKind::Lpar => {
                // `def f(a, (b, c)):` (Python 2's tuple parameters)
                let start = p.node_start();
                let parenthesized = p.lookahead(|p| {
                    p.bump();
                    loop {
                        parse_parameter(p, lambda, false)?;
                        if !p.eat(TokenKind::Comma) || p.at(TokenKind::Rpar) {
                            break;
                        }
                    }
                    p.expect(TokenKind::Rpar)?;
                    Ok(p.prev_end)
                });
                if let Ok(end) = parenthesized {
                    let span = Span {
                        start: start.start,
                        end,
                        line: start.line,
                        col: start.col,
                    };
                    let message = if lambda {
                        "Lambda expression parameters cannot be parenthesized"
                    } else {
                        "Function parameters cannot be parenthesized"
                    };
                    return Err(p.error_at(message, span));
                }

                return Err(p.invalid_syntax());
            }
            _ => return Err(p.invalid_syntax()),
        }
        if !p.eat(TokenKind::Comma) {
            break;
        }
    }
    args.args = positional;
    Ok(args)
}

/// `param: NAME annotation?`; a `*args` parameter may be annotated with a
/// starred expression (PEP 646).
fn parse_parameter(p: &mut Parser<'_>, lambda: bool, star_annotation: bool) -> PResult<Arg> {
    let start = p.node_start();
    let name = p.expect(TokenKind::Name)?;
    let annotation = if !lambda && p.eat(TokenKind::Colon) {
        Some(if star_annotation && p.at(TokenKind::Star) {
            p.parse_star_expression()?
        } else {
            p.parse_expression()?
        })
    } else {
        None
    };
    Ok(Arg {
        name: p.name(name),
        annotation,
        span: p.node_range(start),
    })
}
