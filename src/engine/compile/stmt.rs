//! Compiling statements.

use std::rc::Rc;

use super::CompileError;
use super::code::{CodeKind, Const, Instr};
use super::compiler::{Compiler, FBlock, docstring};
use super::symtable::ScopeKind;
use crate::engine::syntax::ast::*;

impl<'a> Compiler<'a, '_> {
    pub fn stmts(&mut self, body: &'a [Stmt]) -> Result<(), CompileError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub fn stmt(&mut self, s: &'a Stmt) -> Result<(), CompileError> {
        let saved = self.set_span(s.span);
        self.stmt_inner(s)?;
        self.set_span(saved);
        Ok(())
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> Result<(), CompileError> {
        match &s.kind {
            StmtKind::Expr(e) => {
                if let ExprKind::Constant(_) = e.kind {
                    // Docstrings and bare constants do nothing, but the line
                    // is still a step.
                    self.emit(Instr::Nop);
                } else {
                    self.expr(e)?;
                    self.emit(Instr::Pop);
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Instr::Dup);
                    }
                    self.store_target(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.store_target(target)?;
                }
                let kind = self.unit().scope.kind;
                if let (ExprKind::Name(n), ScopeKind::Class | ScopeKind::Module) =
                    (&target.kind, kind)
                {
                    // A module's or class's `__annotations__` gets the
                    // evaluated annotation (a function's local ones are
                    // not evaluated, as in CPython).
                    self.annotation(annotation)?;
                    let ann = self.name_idx("__annotations__");
                    self.emit(Instr::LoadName(ann));
                    let key = self.mangled(n).into_owned();
                    self.emit_const(Const::Str(key.into()));
                    self.emit(Instr::StoreSubscr);
                }
            }
            StmtKind::FunctionDef(f) => self.function_def(f)?,
            StmtKind::ClassDef(c) => self.class_def(c)?,
            StmtKind::Return(v) => {
                let kind = self.unit().scope.kind;
                if kind == ScopeKind::Module || kind == ScopeKind::Class {
                    return Err(CompileError::new(
                        "'return' outside function",
                        s.span,
                        "SyntaxError",
                    ));
                }
                match v {
                    Some(v) => {
                        if self.unit().scope.is_coroutine && self.unit().scope.is_generator {
                            return Err(CompileError::new(
                                "'return' with value in async generator",
                                s.span,
                                "SyntaxError",
                            ));
                        }
                        self.expr(v)?
                    }
                    None => self.emit_const(Const::None),
                }
                self.unwind_all()?;
                self.emit(Instr::ReturnValue);
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
            }
            StmtKind::Pass => {
                self.emit(Instr::Nop);
            }
            StmtKind::Break => {
                let lp = self.unwind_to_loop(s.span, "break")?;
                match lp {
                    FBlock::ForLoop { end, .. } | FBlock::AsyncForLoop { end, .. } => {
                        self.emit(Instr::Pop);
                        self.emit(Instr::Jump(end.0));
                    }
                    FBlock::WhileLoop { end, .. } => {
                        self.emit(Instr::Jump(end.0));
                    }
                    _ => unreachable!("unwind_to_loop returns a loop"),
                }
            }
            StmtKind::Continue => {
                let lp = self.unwind_to_loop(s.span, "continue")?;
                match lp {
                    FBlock::ForLoop { start, .. }
                    | FBlock::AsyncForLoop { start, .. }
                    | FBlock::WhileLoop { start, .. } => {
                        self.emit(Instr::Jump(start.0));
                    }
                    _ => unreachable!("unwind_to_loop returns a loop"),
                }
            }
            StmtKind::If { test, body, orelse } => {
                let else_l = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, else_l)?;
                self.stmts(body)?;
                if !orelse.is_empty() {
                    self.emit(Instr::Jump(end.0));
                }
                self.bind(else_l);
                self.stmts(orelse)?;
                self.bind(end);
            }
            StmtKind::While { test, body, orelse } => {
                let start = self.new_label();
                let else_l = self.new_label();
                let end = self.new_label();
                self.bind(start);
                self.jump_if(test, false, else_l)?;
                self.push_fblock(FBlock::WhileLoop { start, end });
                self.stmts(body)?;
                self.pop_fblock();
                self.set_span(s.span);
                self.emit(Instr::Jump(start.0));
                self.bind(else_l);
                self.stmts(orelse)?;
                self.bind(end);
            }
            StmtKind::For {
                is_async: false,
                target,
                iter,
                body,
                orelse,
            } => {
                let start = self.new_label();
                let cleanup = self.new_label();
                let end = self.new_label();
                self.expr(iter)?;
                self.emit(Instr::GetIter);
                self.bind(start);
                self.set_span(s.span);
                self.emit(Instr::ForIter(cleanup.0));
                self.store_target(target)?;
                self.push_fblock(FBlock::ForLoop { start, end });
                self.stmts(body)?;
                self.pop_fblock();
                self.set_span(s.span);
                self.emit(Instr::Jump(start.0));
                self.bind(cleanup);
                self.stmts(orelse)?;
                self.bind(end);
            }
            StmtKind::For {
                is_async: true,
                target,
                iter,
                body,
                orelse,
            } => {
                self.check_async(s.span, "'async for' outside async function")?;
                let start = self.new_label();
                let handler = self.new_label();
                let end = self.new_label();
                self.expr(iter)?;
                self.emit(Instr::GetAIter);
                self.bind(start);
                self.set_span(s.span);
                self.emit(Instr::SetupFinally(handler.0));
                self.emit(Instr::GetANext);
                self.emit(Instr::GetAwaitable(0));
                self.emit_await_loop();
                self.emit(Instr::PopBlock);
                self.store_target(target)?;
                self.push_fblock(FBlock::AsyncForLoop { start, end });
                self.stmts(body)?;
                self.pop_fblock();
                self.emit(Instr::Jump(start.0));
                self.bind(handler);
                self.set_span(s.span);
                self.emit(Instr::EndAsyncFor);
                self.stmts(orelse)?;
                self.bind(end);
            }
            StmtKind::With {
                is_async,
                items,
                body,
            } => {
                if *is_async {
                    self.check_async(s.span, "'async with' outside async function")?;
                }
                self.with_items(items, *is_async, body, s.span)?;
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse, *is_star)?;
                } else {
                    self.try_finally(body, handlers, orelse, finalbody, *is_star)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Instr::Raise(n));
            }
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.jump_if(test, true, end)?;
                self.emit(Instr::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Instr::Call(1));
                }
                self.emit(Instr::Raise(1));
                self.bind(end);
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    // As CPython 3.11: `import __m` in a class imports
                    // `_C__m`; a dotted name is never mangled.
                    let i = self.mangled_name_idx(&a.name);
                    self.emit(Instr::ImportName(i));
                    match &a.asname {
                        Some(asname) => self.store_name(asname),
                        None => {
                            let top = a.name.split('.').next().unwrap_or(&a.name).to_string();
                            if top != a.name {
                                self.emit(Instr::Pop);
                                let t = self.name_idx(&top);
                                self.emit(Instr::ImportName(t));
                            }
                            self.store_name(&top);
                        }
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                // A relative import names its module with its leading
                // dots (`.sub`, `..`); the VM resolves them against the
                // importing module's package when it runs.
                let module = ".".repeat(*level as usize)
                    + &self.mangled(module.as_deref().unwrap_or_default());
                if module == "__future__" {
                    // Annotations are always kept as text; the future import
                    // only keeps string annotations quoted.
                    if names.iter().any(|a| a.name == "annotations") {
                        self.future_annotations = true;
                    }
                    self.emit(Instr::Nop);
                    return Ok(());
                }
                let m = self.name_idx(&module);
                self.emit(Instr::ImportName(m));
                if names.len() == 1 && names[0].name == "*" {
                    self.emit(Instr::ImportStar);
                    return Ok(());
                }
                for a in names {
                    let i = self.mangled_name_idx(&a.name);
                    self.emit(Instr::ImportFrom(i));
                    let bind: Rc<str> = a.asname.clone().unwrap_or_else(|| a.name.as_str().into());
                    self.store_name(&bind);
                }
                self.emit(Instr::Pop);
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Match { subject, cases } => self.match_statement(subject, cases)?,
        }
        Ok(())
    }

    fn check_async(&mut self, span: Span, msg: &str) -> Result<(), CompileError> {
        let scope = self.unit().scope;
        if scope.is_coroutine {
            Ok(())
        } else {
            Err(CompileError::new(msg, span, "SyntaxError"))
        }
    }

    fn aug_assign(
        &mut self,
        target: &'a Expr,
        op: BinOp,
        value: &'a Expr,
    ) -> Result<(), CompileError> {
        match &target.kind {
            ExprKind::Name(n) => {
                self.load_name(n);
                self.expr(value)?;
                self.emit(Instr::Inplace(op));
                self.store_name(n);
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                self.emit(Instr::Dup);
                let i = self.mangled_name_idx(attr);
                self.emit(Instr::LoadAttr(i));
                self.expr(value)?;
                self.emit(Instr::Inplace(op));
                self.emit(Instr::Rot2);
                self.emit(Instr::StoreAttr(i));
            }
            ExprKind::Subscript { value: obj, slice } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit(Instr::Dup2);
                self.emit(Instr::BinarySubscr);
                self.expr(value)?;
                self.emit(Instr::Inplace(op));
                self.emit(Instr::Rot3);
                self.emit(Instr::StoreSubscr);
            }
            _ => {
                return Err(CompileError::new(
                    "'expression' is an illegal expression for augmented assignment",
                    target.span,
                    "SyntaxError",
                ));
            }
        }
        Ok(())
    }

    /// Stores the value on top of the stack into `t`.
    pub fn store_target(&mut self, t: &'a Expr) -> Result<(), CompileError> {
        match &t.kind {
            ExprKind::Name(n) => self.store_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.mangled_name_idx(attr);
                self.emit(Instr::StoreAttr(i));
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Instr::StoreSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let star = items
                    .iter()
                    .position(|i| matches!(i.kind, ExprKind::Starred(_)));
                match star {
                    None => {
                        self.emit(Instr::UnpackSequence(items.len() as u32));
                    }
                    Some(p) => {
                        if items
                            .iter()
                            .filter(|i| matches!(i.kind, ExprKind::Starred(_)))
                            .count()
                            > 1
                        {
                            return Err(CompileError::new(
                                "multiple starred expressions in assignment",
                                t.span,
                                "SyntaxError",
                            ));
                        }
                        self.emit(Instr::UnpackEx {
                            before: p as u16,
                            after: (items.len() - p - 1) as u16,
                        });
                    }
                }
                for i in items {
                    match &i.kind {
                        ExprKind::Starred(inner) => self.store_target(inner)?,
                        _ => self.store_target(i)?,
                    }
                }
            }
            ExprKind::Starred(_) => {
                return Err(CompileError::new(
                    "starred assignment target must be in a list or tuple",
                    t.span,
                    "SyntaxError",
                ));
            }
            _ => {
                return Err(CompileError::new(
                    "cannot assign to expression",
                    t.span,
                    "SyntaxError",
                ));
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> Result<(), CompileError> {
        match &t.kind {
            ExprKind::Name(n) => self.delete_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.mangled_name_idx(attr);
                self.emit(Instr::DeleteAttr(i));
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Instr::DeleteSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.delete_target(i)?;
                }
            }
            _ => {
                return Err(CompileError::new(
                    "cannot delete expression",
                    t.span,
                    "SyntaxError",
                ));
            }
        }
        Ok(())
    }

    fn function_def(&mut self, f: &'a FunctionDef) -> Result<(), CompileError> {
        for d in &f.decorators {
            self.expr(d)?;
        }
        let scope = self.table.scope_of(f);
        let qualname = self.qualname_for(&f.name);
        let line = f
            .decorators
            .first()
            .map_or(self.unit().span.line, |d| d.span.line);
        let def_span = self.unit().span;
        self.push_unit(
            scope,
            CodeKind::Function,
            f.name.to_string().into(),
            qualname,
            line,
        );
        self.unit().span = def_span;
        self.declare_params(&f.args);
        self.unit().doc = docstring(&f.body);
        self.stmts(&f.body)?;
        self.emit_const(Const::None);
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.make_function(code, Some(&f.args), f.returns.as_ref())?;
        for _ in &f.decorators {
            self.emit(Instr::Call(1));
        }
        self.store_name(&f.name);
        Ok(())
    }

    fn class_def(&mut self, c: &'a ClassDef) -> Result<(), CompileError> {
        for d in &c.decorators {
            self.expr(d)?;
        }
        let scope = self.table.scope_of(c);
        let qualname = self.qualname_for(&c.name);
        let def_span = self.unit().span;
        self.emit(Instr::LoadBuildClass);
        self.push_unit(
            scope,
            CodeKind::Class,
            c.name.to_string().into(),
            qualname,
            def_span.line,
        );
        self.unit().span = def_span;
        self.unit().doc = docstring(&c.body);
        if has_annotations(&c.body) {
            self.emit(Instr::BuildMap(0));
            let ann = self.name_idx("__annotations__");
            self.emit(Instr::StoreName(ann));
        }
        self.stmts(&c.body)?;
        let class_sym = self.interner.intern("__class__");
        if self
            .units
            .last()
            .is_some_and(|u| u.cellvars.contains(&class_sym))
        {
            let i = self.deref_idx("__class__");
            self.emit(Instr::LoadClosure(i));
        } else {
            self.emit_const(Const::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.make_function(code, None, None)?;
        self.emit_const(Const::Str(c.name.to_string().into()));
        let mut argc = 2;
        for b in &c.bases {
            if let ExprKind::Starred(_) = b.kind {
                return Err(CompileError::new(
                    "starred class bases are not supported by coroscope yet",
                    b.span,
                    "SyntaxError",
                ));
            }
            self.expr(b)?;
            argc += 1;
        }
        if c.keywords.is_empty() {
            self.emit(Instr::Call(argc));
        } else {
            let mut names = Vec::new();
            for k in &c.keywords {
                let Some(n) = &k.name else {
                    return Err(CompileError::new(
                        "**kwargs in a class header are not supported by coroscope yet",
                        k.span,
                        "SyntaxError",
                    ));
                };
                self.expr(&k.value)?;
                names.push(self.interner.intern(n));
            }
            let kw = self.add_const(Const::Names(names.into()));
            self.emit(Instr::CallKw {
                argc: argc + c.keywords.len() as u32,
                kwnames: kw,
            });
        }
        for _ in &c.decorators {
            self.emit(Instr::Call(1));
        }
        self.store_name(&c.name);
        Ok(())
    }

    fn with_items(
        &mut self,
        items: &'a [WithItem],
        is_async: bool,
        body: &'a [Stmt],
        span: Span,
    ) -> Result<(), CompileError> {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let handler = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();
        self.expr(&item.context)?;
        self.set_span(span);
        if is_async {
            self.emit(Instr::BeforeAsyncWith);
            self.emit(Instr::GetAwaitable(1));
            self.emit_await_loop();
        } else {
            self.emit(Instr::BeforeWith);
        }
        // The handler's depth is the stack with just the exit on it.
        match &item.vars {
            Some(v) => self.store_target(v)?,
            None => {
                self.emit(Instr::Pop);
            }
        }
        self.emit(Instr::SetupFinally(handler.0));
        self.push_fblock(FBlock::With { is_async });
        self.with_items(rest, is_async, body, span)?;
        self.pop_fblock();
        self.set_span(span);
        self.emit(Instr::PopBlock);
        self.call_exit_with_nones(is_async);
        self.emit(Instr::Pop);
        self.emit(Instr::Jump(end.0));
        // Exceptional exit: `exit exc`.
        self.bind(handler);
        self.emit(Instr::PushExcInfo);
        self.emit(Instr::SetupFinally(cleanup.0));
        self.emit(Instr::WithExceptStart);
        if is_async {
            self.emit(Instr::GetAwaitable(2));
            self.emit_await_loop();
        }
        self.emit(Instr::PopJumpIfTrue(suppress.0));
        self.emit(Instr::Reraise);
        self.bind(suppress);
        self.emit(Instr::PopBlock);
        self.emit(Instr::Pop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Pop);
        self.emit(Instr::Jump(end.0));
        // `exit exc exc2`: leave only the new exception.
        self.bind(cleanup);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Rot3);
        self.emit(Instr::Pop);
        self.emit(Instr::Pop);
        self.emit(Instr::Reraise);
        self.bind(end);
        Ok(())
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        is_star: bool,
    ) -> Result<(), CompileError> {
        let handler = self.new_label();
        let end = self.new_label();
        self.emit(Instr::SetupFinally(handler.0));
        self.push_fblock(FBlock::TryExcept);
        self.stmts(body)?;
        self.pop_fblock();
        self.emit(Instr::PopBlock);
        self.stmts(orelse)?;
        self.emit(Instr::Jump(end.0));
        self.bind(handler);
        if is_star {
            self.star_handlers(handlers, end)?;
        } else {
            self.handlers(handlers, end)?;
        }
        self.bind(end);
        Ok(())
    }

    /// `except*` clauses, entered with the exception on the stack. Each
    /// clause takes its share of the group; what is left, and what the
    /// clauses raised, is raised at the end.
    fn star_handlers(
        &mut self,
        handlers: &'a [ExceptHandler],
        end: super::compiler::Label,
    ) -> Result<(), CompileError> {
        let cleanup = self.new_label();
        let done = self.new_label();
        self.emit(Instr::PushExcInfo);
        self.emit(Instr::SetupFinally(cleanup.0));
        self.emit(Instr::ExceptStarBegin);
        for h in handlers {
            self.set_span(h.span);
            let next = self.new_label();
            let raised = self.new_label();
            let Some(t) = &h.typ else {
                return Err(CompileError::new(
                    "expected one or more exception types",
                    h.span,
                    "SyntaxError",
                ));
            };
            self.emit(Instr::Dup);
            self.expr(t)?;
            self.emit(Instr::ExceptStarMatch(next.0));
            match &h.name {
                Some(n) => self.store_name(n),
                None => {
                    self.emit(Instr::Pop);
                }
            }
            self.emit(Instr::SetupFinally(raised.0));
            self.push_fblock(FBlock::TryExcept);
            self.stmts(&h.body)?;
            self.pop_fblock();
            self.emit(Instr::PopBlock);
            if let Some(n) = &h.name {
                self.emit_const(Const::None);
                self.store_name(n);
                self.delete_name(n);
            }
            self.emit(Instr::Jump(next.0));
            self.bind(raised);
            if let Some(n) = &h.name {
                self.emit_const(Const::None);
                self.store_name(n);
                self.delete_name(n);
            }
            self.emit(Instr::ExceptStarRaised);
            self.bind(next);
        }
        self.emit(Instr::ExceptStarFinish(done.0));
        self.bind(done);
        self.emit(Instr::PopBlock);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Pop);
        self.emit(Instr::Jump(end.0));
        self.bind(cleanup);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Rot2);
        self.emit(Instr::Pop);
        self.emit(Instr::Reraise);
        Ok(())
    }

    /// The `except` clauses, entered with the exception on the stack.
    fn handlers(
        &mut self,
        handlers: &'a [ExceptHandler],
        end: super::compiler::Label,
    ) -> Result<(), CompileError> {
        let match_cleanup = self.new_label();
        self.emit(Instr::PushExcInfo);
        self.emit(Instr::SetupFinally(match_cleanup.0));
        for (i, h) in handlers.iter().enumerate() {
            self.set_span(h.span);
            let next = self.new_label();
            match &h.typ {
                Some(t) => {
                    self.expr(t)?;
                    self.emit(Instr::CheckExcMatch);
                    self.emit(Instr::PopJumpIfFalse(next.0));
                }
                None => {
                    if i + 1 != handlers.len() {
                        return Err(CompileError::new(
                            "default 'except:' must be last",
                            h.span,
                            "SyntaxError",
                        ));
                    }
                }
            }
            self.emit(Instr::PopBlock);
            match &h.name {
                Some(n) => self.store_name(n),
                None => {
                    self.emit(Instr::Pop);
                }
            }
            let body_cleanup = self.new_label();
            self.emit(Instr::SetupFinally(body_cleanup.0));
            self.push_fblock(FBlock::HandlerCleanup {
                name: h.name.clone(),
            });
            self.stmts(&h.body)?;
            self.pop_fblock();
            self.emit(Instr::PopBlock);
            self.emit(Instr::PopExcept);
            if let Some(n) = &h.name {
                self.emit_const(Const::None);
                self.store_name(n);
                self.delete_name(n);
            }
            self.emit(Instr::Jump(end.0));
            // An exception inside the handler body: unbind the name, end
            // the handled exception, propagate.
            self.bind(body_cleanup);
            if let Some(n) = &h.name {
                self.emit_const(Const::None);
                self.store_name(n);
                self.delete_name(n);
            }
            self.emit(Instr::PopExcept);
            self.emit(Instr::Reraise);
            self.bind(next);
        }
        // No clause matched: re-raise inside the match block.
        self.emit(Instr::Reraise);
        self.bind(match_cleanup);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Rot2);
        self.emit(Instr::Pop);
        self.emit(Instr::Reraise);
        Ok(())
    }

    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        is_star: bool,
    ) -> Result<(), CompileError> {
        let fin_handler = self.new_label();
        let fin_cleanup = self.new_label();
        let end = self.new_label();
        self.emit(Instr::SetupFinally(fin_handler.0));
        self.push_fblock(FBlock::FinallyTry { body: finalbody });
        if handlers.is_empty() {
            self.stmts(body)?;
        } else {
            self.try_except(body, handlers, orelse, is_star)?;
        }
        self.pop_fblock();
        self.emit(Instr::PopBlock);
        self.stmts(finalbody)?;
        self.emit(Instr::Jump(end.0));
        // Exceptional path: `exc` on the stack, being handled.
        self.bind(fin_handler);
        self.emit(Instr::PushExcInfo);
        self.emit(Instr::SetupFinally(fin_cleanup.0));
        self.push_fblock(FBlock::FinallyEnd);
        self.stmts(finalbody)?;
        self.pop_fblock();
        self.emit(Instr::Reraise);
        self.bind(fin_cleanup);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Rot2);
        self.emit(Instr::Pop);
        self.emit(Instr::Reraise);
        self.bind(end);
        Ok(())
    }
}

/// An annotation as text, kept in `__annotations__`: what CPython keeps
/// under `from __future__ import annotations` (its unparsed source) for
/// the forms annotations use.
/// A body with an annotated assignment, also inside its compound
/// statements (CPython's `find_ann`): it gets an `__annotations__` dict.
pub(super) fn has_annotations(body: &[Stmt]) -> bool {
    crate::engine::syntax::ast::any_in_block(body, &|s| {
        matches!(s.kind, StmtKind::AnnAssign { .. })
    })
}

impl<'a, 'i> Compiler<'a, 'i> {
    /// An annotation's value: the expression, or its text under
    /// `from __future__ import annotations`.
    pub(super) fn annotation(&mut self, e: &'a Expr) -> Result<(), CompileError> {
        if self.future_annotations {
            let text = annotation_text(e, true);
            self.emit_const(Const::Str(text.into()));
            Ok(())
        } else {
            self.expr(e)
        }
    }
}

pub(super) fn annotation_text(e: &Expr, future: bool) -> String {
    match &e.kind {
        // A string annotation is its own text (a forward reference), but
        // quoted under `from __future__ import annotations`.
        ExprKind::Constant(Constant::Str(s)) if !future => s.clone(),
        _ => annotation_part(e),
    }
}

fn annotation_part(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Name(n) => n.to_string(),
        ExprKind::Attribute { value, attr } => format!("{}.{}", annotation_part(value), attr),
        ExprKind::Subscript { value, slice } => {
            let inner = match &slice.kind {
                ExprKind::Tuple(items) if !items.is_empty() => items
                    .iter()
                    .map(annotation_part)
                    .collect::<Vec<_>>()
                    .join(", "),
                _ => annotation_part(slice),
            };
            format!("{}[{inner}]", annotation_part(value))
        }
        ExprKind::List(items) => format!(
            "[{}]",
            items
                .iter()
                .map(annotation_part)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        ExprKind::Tuple(items) => format!(
            "({})",
            items
                .iter()
                .map(annotation_part)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        ExprKind::BinOp {
            left,
            op: BinOp::BitOr,
            right,
        } => format!("{} | {}", annotation_part(left), annotation_part(right)),
        ExprKind::Constant(Constant::Str(s)) => crate::engine::numeric::str_repr::str_repr(s),
        ExprKind::Constant(Constant::None) => "None".to_string(),
        ExprKind::Constant(Constant::Bool(b)) => if *b { "True" } else { "False" }.to_string(),
        ExprKind::Constant(Constant::Int(n)) => n.to_string(),
        _ => "...".to_string(),
    }
}
