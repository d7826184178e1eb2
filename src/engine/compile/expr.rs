//! Compiling expressions.

use super::CompileError;
use super::code::{CmpKind, CodeKind, Const, Instr};
use super::compiler::{Compiler, Label};
use super::symtable::ScopeKind;
use crate::engine::syntax::ast::*;

impl<'a> Compiler<'a, '_> {
    pub fn expr(&mut self, e: &'a Expr) -> Result<(), CompileError> {
        let saved = self.set_span(e.span);
        let r = self.expr_inner(e);
        self.set_span(saved);
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> Result<(), CompileError> {
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        match op {
                            BoolOp::And => self.emit(Instr::JumpIfFalseOrPop(end.0)),
                            BoolOp::Or => self.emit(Instr::JumpIfTrueOrPop(end.0)),
                        };
                    }
                }
                self.bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Instr::Dup);
                self.store_name(target);
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.set_span(e.span);
                self.emit(Instr::Binary(*op));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                self.emit(Instr::Unary(*op));
            }
            ExprKind::Lambda { args, body } => {
                let scope = self.table.scope_of(e);
                let qualname = self.qualname_for("<lambda>");
                self.push_unit(
                    scope,
                    CodeKind::Lambda,
                    "<lambda>".into(),
                    qualname,
                    e.span.line,
                );
                self.unit().span = e.span;
                self.declare_params(args);
                self.expr(body)?;
                self.emit(Instr::ReturnValue);
                let code = self.pop_unit();
                self.make_function(code, Some(args), None)?;
            }
            ExprKind::IfExp { test, body, orelse } => {
                let else_l = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, else_l)?;
                self.expr(body)?;
                self.emit(Instr::Jump(end.0));
                self.bind(else_l);
                self.expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Dict { keys, values } => {
                let mut pending = 0;
                let mut built = false;
                for (k, v) in keys.iter().zip(values) {
                    match k {
                        Some(k) => {
                            self.expr(k)?;
                            self.expr(v)?;
                            pending += 1;
                        }
                        None => {
                            if pending > 0 || !built {
                                self.emit(Instr::BuildMap(pending));
                                if built {
                                    self.emit(Instr::DictUpdate(1));
                                }
                                pending = 0;
                                built = true;
                            }
                            self.expr(v)?;
                            self.emit(Instr::DictUpdate(1));
                        }
                    }
                }
                if !built || pending > 0 {
                    self.emit(Instr::BuildMap(pending));
                    if built {
                        self.emit(Instr::DictUpdate(1));
                    }
                }
            }
            ExprKind::Set(items) => self.sequence(items, SeqKind::Set)?,
            ExprKind::List(items) => self.sequence(items, SeqKind::List)?,
            ExprKind::Tuple(items) => self.sequence(items, SeqKind::Tuple)?,
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, generators, CompKind::List(elt))?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, generators, CompKind::Set(elt))?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, generators, CompKind::Dict(key, value))?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, generators, CompKind::Gen(elt))?
            }
            ExprKind::Await(v) => {
                let scope = self.unit().scope;
                if !scope.is_coroutine {
                    let msg = if scope.kind == ScopeKind::Comprehension {
                        "asynchronous comprehension outside of an asynchronous function"
                    } else {
                        "'await' outside async function"
                    };
                    if scope.kind == ScopeKind::Module {
                        return Err(CompileError::new(
                            "'await' outside function",
                            e.span,
                            "SyntaxError",
                        ));
                    }
                    return Err(CompileError::new(msg, e.span, "SyntaxError"));
                }
                self.expr(v)?;
                self.set_span(e.span);
                self.emit(Instr::GetAwaitable(0));
                self.emit_await_loop();
            }
            ExprKind::Yield(v) => {
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.emit_const(Const::None),
                }
                self.emit(Instr::YieldValue { delegating: false });
            }
            ExprKind::YieldFrom(v) => {
                self.expr(v)?;
                self.emit(Instr::GetYieldFromIter);
                self.emit_await_loop();
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.check_is_literal(e.span.line, left, ops, comparators);
                self.expr(left)?;
                if ops.len() == 1 {
                    self.expr(&comparators[0])?;
                    self.set_span(e.span);
                    self.emit(Instr::Compare(cmp_kind(ops[0])));
                } else {
                    let cleanup = self.new_label();
                    let end = self.new_label();
                    for (i, (op, c)) in ops.iter().zip(comparators).enumerate() {
                        self.expr(c)?;
                        if i + 1 < ops.len() {
                            self.emit(Instr::Dup);
                            self.emit(Instr::Rot3);
                            self.emit(Instr::Compare(cmp_kind(*op)));
                            self.emit(Instr::JumpIfFalseOrPop(cleanup.0));
                        } else {
                            self.emit(Instr::Compare(cmp_kind(*op)));
                        }
                    }
                    self.emit(Instr::Jump(end.0));
                    self.bind(cleanup);
                    self.emit(Instr::Rot2);
                    self.emit(Instr::Pop);
                    self.bind(end);
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(e, func, args, keywords)?,
            ExprKind::FString(parts) => {
                let n = self.fstring_parts(parts)?;
                if n != 1 || !matches!(parts.first(), Some(FStringPart::Literal(_))) {
                    self.emit(Instr::BuildString(n));
                }
            }
            ExprKind::Constant(c) => self.constant(c, e.span)?,
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                self.set_span(e.span);
                let i = self.mangled_name_idx(attr);
                self.emit(Instr::LoadAttr(i));
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.set_span(e.span);
                self.emit(Instr::BinarySubscr);
            }
            ExprKind::Starred(_) => {
                return Err(CompileError::new(
                    "can't use starred expression here",
                    e.span,
                    "SyntaxError",
                ));
            }
            ExprKind::Name(n) => self.load_name(n),
            ExprKind::Slice { lower, upper, step } => {
                for p in [lower, upper] {
                    match p {
                        Some(p) => self.expr(p)?,
                        None => self.emit_const(Const::None),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Instr::BuildSlice(3));
                    }
                    None => {
                        self.emit(Instr::BuildSlice(2));
                    }
                }
            }
        }
        Ok(())
    }

    fn constant(&mut self, c: &Constant, span: Span) -> Result<(), CompileError> {
        let k = match c {
            Constant::None => Const::None,
            Constant::Bool(b) => Const::Bool(*b),
            Constant::Int(i) => Const::Int(*i),
            Constant::BigInt(digits) => {
                Const::BigInt(std::rc::Rc::new(digits.parse().unwrap_or_default()))
            }
            Constant::Float(f) => Const::Float(*f),
            Constant::Str(s) => Const::Str(s.as_str().into()),
            Constant::Bytes(b) => Const::Bytes(b.as_slice().into()),
            Constant::Ellipsis => Const::Ellipsis,
            Constant::Imaginary(_) => {
                return Err(CompileError::new(
                    "complex numbers are not supported by coroscope yet",
                    span,
                    "SyntaxError",
                ));
            }
        };
        self.emit_const(k);
        Ok(())
    }

    /// Compiles f-string parts, returning how many strings were pushed.
    fn fstring_parts(&mut self, parts: &'a [FStringPart]) -> Result<u32, CompileError> {
        let mut n = 0;
        for p in parts {
            match p {
                FStringPart::Literal(s) => {
                    self.emit_const(Const::Str(s.as_str().into()));
                    n += 1;
                }
                FStringPart::Expr {
                    value,
                    conversion,
                    format_spec,
                    debug_text,
                } => {
                    if let Some(t) = debug_text {
                        self.emit_const(Const::Str(t.as_str().into()));
                        n += 1;
                    }
                    self.expr(value)?;
                    let has_spec = match format_spec {
                        Some(spec) => {
                            let k = self.fstring_parts(spec)?;
                            if k != 1 {
                                self.emit(Instr::BuildString(k));
                            }
                            true
                        }
                        None => false,
                    };
                    let conv = match conversion {
                        Some(c) => *c as u8,
                        None if debug_text.is_some() && format_spec.is_none() => b'r',
                        None => 0,
                    };
                    self.emit(Instr::FormatValue { conv, has_spec });
                    n += 1;
                }
            }
        }
        if n == 0 {
            self.emit_const(Const::Str("".into()));
            n = 1;
        }
        Ok(n)
    }

    /// Jumps to `target` when `test` is `cond`, short-circuiting `and`, `or`
    /// and `not` without materialising booleans.
    pub fn jump_if(
        &mut self,
        test: &'a Expr,
        cond: bool,
        target: Label,
    ) -> Result<(), CompileError> {
        match &test.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => self.jump_if(operand, !cond, target),
            ExprKind::BoolOp { op, values } => {
                let is_or = *op == BoolOp::Or;
                if is_or == cond {
                    for v in values {
                        self.jump_if(v, cond, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    let (last, init) = values.split_last().expect("a BoolOp has operands");
                    for v in init {
                        self.jump_if(v, !cond, skip)?;
                    }
                    self.jump_if(last, cond, target)?;
                    self.bind(skip);
                }
                Ok(())
            }
            _ => {
                self.expr(test)?;
                let saved = self.set_span(test.span);
                if cond {
                    self.emit(Instr::PopJumpIfTrue(target.0));
                } else {
                    self.emit(Instr::PopJumpIfFalse(target.0));
                }
                self.set_span(saved);
                Ok(())
            }
        }
    }

    fn sequence(&mut self, items: &'a [Expr], kind: SeqKind) -> Result<(), CompileError> {
        let has_star = items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_)));
        if !has_star {
            for i in items {
                self.expr(i)?;
            }
            let n = items.len() as u32;
            let all_const = items.iter().all(|i| {
                matches!(&i.kind, ExprKind::Constant(c) if !matches!(c, Constant::Imaginary(_) | Constant::Ellipsis))
            });
            if kind == SeqKind::Set && n >= 3 && all_const {
                self.emit(Instr::BuildConstSet(n));
                return Ok(());
            }
            self.emit(match kind {
                SeqKind::List => Instr::BuildList(n),
                SeqKind::Tuple => Instr::BuildTuple(n),
                SeqKind::Set => Instr::BuildSet(n),
            });
            return Ok(());
        }
        // Build a list (or set) piece by piece, then convert.
        let is_set = kind == SeqKind::Set;
        self.emit(if is_set {
            Instr::BuildSet(0)
        } else {
            Instr::BuildList(0)
        });
        for i in items {
            match &i.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(if is_set {
                        Instr::SetUpdate(1)
                    } else {
                        Instr::ListExtend(1)
                    });
                }
                _ => {
                    self.expr(i)?;
                    self.emit(if is_set {
                        Instr::SetAdd(1)
                    } else {
                        Instr::ListAppend(1)
                    });
                }
            }
        }
        if kind == SeqKind::Tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    fn call(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> Result<(), CompileError> {
        let simple = !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)))
            && keywords.iter().all(|k| k.name.is_some());
        if let (true, true, ExprKind::Attribute { value, attr }) =
            (simple, keywords.is_empty(), &func.kind)
        {
            self.expr(value)?;
            let saved = self.set_span(func.span);
            let i = self.mangled_name_idx(attr);
            self.emit(Instr::LoadMethod(i));
            self.set_span(saved);
            for a in args {
                self.expr(a)?;
            }
            self.set_span(e.span);
            self.emit(Instr::CallMethod(args.len() as u32));
            return Ok(());
        }
        self.expr(func)?;
        if simple {
            for a in args {
                self.expr(a)?;
            }
            for k in keywords {
                self.expr(&k.value)?;
            }
            self.set_span(e.span);
            if keywords.is_empty() {
                self.emit(Instr::Call(args.len() as u32));
            } else {
                let names: Vec<_> = keywords
                    .iter()
                    .map(|k| self.interner.intern(k.name.as_deref().unwrap_or("")))
                    .collect();
                let kw = self.add_const(Const::Names(names.into()));
                self.emit(Instr::CallKw {
                    argc: (args.len() + keywords.len()) as u32,
                    kwnames: kw,
                });
            }
            return Ok(());
        }
        // General form: a positional tuple and a keyword dict.
        if args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_))) {
            self.emit(Instr::BuildList(0));
            for a in args {
                match &a.kind {
                    ExprKind::Starred(inner) => {
                        self.expr(inner)?;
                        self.emit(Instr::CallArgsExtend);
                    }
                    _ => {
                        self.expr(a)?;
                        self.emit(Instr::ListAppend(1));
                    }
                }
            }
            self.emit(Instr::ListToTuple);
        } else {
            self.sequence(args, SeqKind::Tuple)?;
        }
        let has_kwargs = !keywords.is_empty();
        if has_kwargs {
            self.emit(Instr::BuildMap(0));
            for k in keywords {
                match &k.name {
                    Some(n) => {
                        self.emit_const(Const::Str(n.to_string().into()));
                        self.expr(&k.value)?;
                        self.emit(Instr::BuildMap(1));
                        self.emit(Instr::DictMerge(1));
                    }
                    None => {
                        self.expr(&k.value)?;
                        self.emit(Instr::DictMerge(1));
                    }
                }
            }
        }
        self.set_span(e.span);
        self.emit(Instr::CallEx { has_kwargs });
        Ok(())
    }

    fn comprehension(
        &mut self,
        node: &'a Expr,
        generators: &'a [Comprehension],
        kind: CompKind<'a>,
    ) -> Result<(), CompileError> {
        let scope = self.table.scope_of(node);
        let name = match kind {
            CompKind::List(_) => "<listcomp>",
            CompKind::Set(_) => "<setcomp>",
            CompKind::Dict(..) => "<dictcomp>",
            CompKind::Gen(_) => "<genexpr>",
        };
        let is_async = generators.iter().any(|g| g.is_async) || scope.is_coroutine;
        if is_async && !matches!(kind, CompKind::Gen(_)) && !self.unit().scope.is_coroutine {
            return Err(CompileError::new(
                "asynchronous comprehension outside of an asynchronous function",
                node.span,
                "SyntaxError",
            ));
        }
        let qualname = self.qualname_for(name);
        let unit_kind = if matches!(kind, CompKind::Gen(_)) {
            CodeKind::GenExpr
        } else {
            CodeKind::Comprehension
        };
        self.push_unit(scope, unit_kind, name.into(), qualname, node.span.line);
        self.unit().span = node.span;
        self.var_idx(".0");
        self.unit().argcount = 1;
        match kind {
            CompKind::List(_) => {
                self.emit(Instr::BuildList(0));
            }
            CompKind::Set(_) => {
                self.emit(Instr::BuildSet(0));
            }
            CompKind::Dict(..) => {
                self.emit(Instr::BuildMap(0));
            }
            CompKind::Gen(_) => {}
        }
        self.comp_generator(generators, 0, kind, 0)?;
        if matches!(kind, CompKind::Gen(_)) {
            self.emit_const(Const::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        let is_async_code = code.is_coroutine || code.is_async_generator;
        self.make_function(code, None, None)?;
        self.expr(&generators[0].iter)?;
        self.set_span(node.span);
        if generators[0].is_async {
            self.emit(Instr::GetAIter);
        } else {
            self.emit(Instr::GetIter);
        }
        self.emit(Instr::Call(1));
        if is_async_code && !matches!(kind, CompKind::Gen(_)) {
            self.emit(Instr::GetAwaitable(0));
            self.emit_await_loop();
        }
        Ok(())
    }

    /// One `for` clause of a comprehension and everything inside it.
    /// `depth` counts the iterators on the stack above the result.
    fn comp_generator(
        &mut self,
        generators: &'a [Comprehension],
        idx: usize,
        kind: CompKind<'a>,
        depth: u32,
    ) -> Result<(), CompileError> {
        let g = &generators[idx];
        let start = self.new_label();
        let end = self.new_label();
        let anext_handler = self.new_label();
        if idx == 0 {
            let i = self.var_idx(".0");
            self.emit(Instr::LoadFast(i));
        } else {
            self.expr(&g.iter)?;
            self.emit(if g.is_async {
                Instr::GetAIter
            } else {
                Instr::GetIter
            });
        }
        self.bind(start);
        if g.is_async {
            self.emit(Instr::SetupFinally(anext_handler.0));
            self.emit(Instr::GetANext);
            self.emit(Instr::GetAwaitable(0));
            self.emit_await_loop();
            self.emit(Instr::PopBlock);
        } else {
            self.emit(Instr::ForIter(end.0));
        }
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, start)?;
        }
        if idx + 1 < generators.len() {
            self.comp_generator(generators, idx + 1, kind, depth + 1)?;
        } else {
            match kind {
                CompKind::List(elt) => {
                    self.expr(elt)?;
                    self.emit(Instr::ListAppend(depth + 2));
                }
                CompKind::Set(elt) => {
                    self.expr(elt)?;
                    self.emit(Instr::SetAdd(depth + 2));
                }
                CompKind::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Instr::MapAdd(depth + 2));
                }
                CompKind::Gen(elt) => {
                    self.expr(elt)?;
                    self.emit(Instr::YieldValue { delegating: false });
                    self.emit(Instr::Pop);
                }
            }
        }
        self.emit(Instr::Jump(start.0));
        if g.is_async {
            self.bind(anext_handler);
            self.emit(Instr::EndAsyncFor);
        }
        self.bind(end);
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SeqKind {
    List,
    Tuple,
    Set,
}

#[derive(Clone, Copy)]
enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

fn cmp_kind(op: CmpOp) -> CmpKind {
    match op {
        CmpOp::Eq => CmpKind::Eq,
        CmpOp::NotEq => CmpKind::Ne,
        CmpOp::Lt => CmpKind::Lt,
        CmpOp::LtE => CmpKind::Le,
        CmpOp::Gt => CmpKind::Gt,
        CmpOp::GtE => CmpKind::Ge,
        CmpOp::Is => CmpKind::Is,
        CmpOp::IsNot => CmpKind::IsNot,
        CmpOp::In => CmpKind::In,
        CmpOp::NotIn => CmpKind::NotIn,
    }
}

impl Compiler<'_, '_> {
    /// CPython's `check_compare`: `is`/`is not` with a literal operand
    /// (anything its AST optimizer folds to a constant other than None,
    /// True, False and `...`) warns.
    fn check_is_literal(&mut self, line: u32, left: &Expr, ops: &[CmpOp], comparators: &[Expr]) {
        let mut left_ok = !is_literal(left);
        for (op, right) in ops.iter().zip(comparators) {
            let right_ok = !is_literal(right);
            if matches!(op, CmpOp::Is | CmpOp::IsNot) && !(left_ok && right_ok) {
                self.warnings.push((
                    line,
                    if *op == CmpOp::Is {
                        "\"is\" with a literal. Did you mean \"==\"?"
                    } else {
                        "\"is not\" with a literal. Did you mean \"!=\"?"
                    },
                ));
                // One warning per comparison chain, as CPython returns here.
                return;
            }
            left_ok = right_ok;
        }
    }
}

/// Folded to a constant by CPython's AST optimizer, and not a singleton.
fn is_literal(e: &Expr) -> bool {
    fn constant(e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Constant(_) => true,
            ExprKind::UnaryOp {
                op: UnaryOp::USub | UnaryOp::UAdd | UnaryOp::Invert,
                operand,
            } => matches!(
                operand.kind,
                ExprKind::Constant(Constant::Int(_) | Constant::BigInt(_) | Constant::Float(_))
            ),
            ExprKind::Tuple(items) => items.iter().all(constant),
            _ => false,
        }
    }
    match &e.kind {
        ExprKind::Constant(Constant::None | Constant::Bool(_) | Constant::Ellipsis) => false,
        _ => constant(e),
    }
}
