//! The compiler's state: a stack of code units being built, labels and the
//! frame-block stack used to unwind `return`, `break` and `continue` through
//! `try`, `with` and loops (CPython's `compiler_unwind_fblock`).

use std::borrow::Cow;
use std::collections::HashMap;
use std::rc::Rc;

use super::CompileError;
use super::code::{Code, CodeKind, Const, Instr, Sym};
use super::mangle::mangle;
use super::symtable::{NameScope, Scope, ScopeKind, SymbolTable};
use crate::engine::intern::Interner;
use crate::engine::syntax::ast::*;

/// A jump target, resolved to an instruction index when its unit finishes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(pub u32);

/// What a `return`, `break` or `continue` must undo on its way out.
#[derive(Clone, Debug)]
pub enum FBlock<'a> {
    /// A `for` loop: its iterator is on the stack.
    ForLoop {
        start: Label,
        end: Label,
    },
    /// An `async for` loop: its async iterator is on the stack.
    AsyncForLoop {
        start: Label,
        end: Label,
    },
    WhileLoop {
        start: Label,
        end: Label,
    },
    /// Inside `try:` with `except` handlers: one handler block to pop.
    TryExcept,
    /// Inside `try:` with a `finally`: pop the block, run the final body.
    FinallyTry {
        body: &'a [Stmt],
    },
    /// Running a `finally` body on the exceptional path: the exception is
    /// on the stack and being handled.
    FinallyEnd,
    /// Inside `with`: pop the block and call `__exit__(None, None, None)`.
    With {
        is_async: bool,
    },
    /// Inside an `except` body: pop the block, end the handled exception and
    /// unbind the `as` name.
    HandlerCleanup {
        name: Option<Name>,
    },
}

/// One code object under construction.
pub struct Unit<'a> {
    pub scope: &'a Scope,
    pub kind: CodeKind,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub firstlineno: u32,
    pub instrs: Vec<Instr>,
    pub spans: Vec<Span>,
    pub consts: Vec<Const>,
    pub names: Vec<Sym>,
    name_index: HashMap<Sym, u32>,
    pub varnames: Vec<Sym>,
    var_index: HashMap<Sym, u32>,
    pub cellvars: Vec<Sym>,
    pub freevars: Vec<Sym>,
    /// Label id → instruction index, once bound.
    labels: Vec<Option<u32>>,
    pub fblocks: Vec<FBlock<'a>>,
    pub span: Span,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub has_varargs: bool,
    pub has_varkw: bool,
    pub doc: Option<Rc<str>>,
}

/// A compile-time SyntaxWarning: its line and message.
pub type SyntaxWarning = (u32, &'static str);

pub struct Compiler<'a, 'i> {
    pub table: &'a SymbolTable,
    pub filename: Rc<str>,
    pub interner: &'i mut Interner,
    pub units: Vec<Unit<'a>>,
    /// `from __future__ import annotations` was seen: a string annotation
    /// is kept quoted, as CPython keeps every annotation's source.
    pub future_annotations: bool,
    /// CPython's compile-time SyntaxWarnings (`x is 1`), in the order met.
    pub warnings: Vec<SyntaxWarning>,
}

impl<'a, 'i> Compiler<'a, 'i> {
    pub fn new(table: &'a SymbolTable, filename: &str, interner: &'i mut Interner) -> Self {
        Compiler {
            table,
            filename: filename.into(),
            interner,
            units: Vec::new(),
            future_annotations: false,
            warnings: Vec::new(),
        }
    }

    /// As [`Compiler::compile_module`], with the SyntaxWarnings met.
    pub fn compile_module_warned(
        mut self,
        module: &'a Module,
    ) -> Result<(Rc<Code>, Vec<SyntaxWarning>), CompileError> {
        let code = self.compile_body(module)?;
        Ok((code, self.warnings))
    }

    pub fn compile_module(mut self, module: &'a Module) -> Result<Rc<Code>, CompileError> {
        self.compile_body(module)
    }

    fn compile_body(&mut self, module: &'a Module) -> Result<Rc<Code>, CompileError> {
        let scope = self.table.scope_of(module);
        self.push_unit(
            scope,
            CodeKind::Module,
            "<module>".into(),
            "<module>".into(),
            1,
        );
        self.unit().doc = docstring(&module.body);
        if super::stmt::has_annotations(&module.body) {
            self.emit(Instr::BuildMap(0));
            let ann = self.name_idx("__annotations__");
            self.emit(Instr::StoreName(ann));
        }
        self.stmts(&module.body)?;
        self.emit_const(Const::None);
        self.emit(Instr::ReturnValue);
        Ok(self.pop_unit())
    }

    // === units ===

    pub fn unit(&mut self) -> &mut Unit<'a> {
        self.units
            .last_mut()
            .expect("a unit is always open while compiling")
    }

    pub fn push_unit(
        &mut self,
        scope: &'a Scope,
        kind: CodeKind,
        name: Rc<str>,
        qualname: Rc<str>,
        line: u32,
    ) {
        let mut cellvars = Vec::new();
        for n in scope.cellvars() {
            cellvars.push(self.interner.intern(&n));
        }
        let mut freevars = Vec::new();
        for n in scope.freevars() {
            freevars.push(self.interner.intern(&n));
        }
        self.units.push(Unit {
            scope,
            kind,
            name,
            qualname,
            firstlineno: line,
            instrs: Vec::new(),
            spans: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames: Vec::new(),
            var_index: HashMap::new(),
            cellvars,
            freevars,
            labels: Vec::new(),
            fblocks: Vec::new(),
            span: Span {
                line,
                ..Span::default()
            },
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            has_varargs: false,
            has_varkw: false,
            doc: None,
        });
    }

    pub fn pop_unit(&mut self) -> Rc<Code> {
        let mut u = self.units.pop().expect("pop_unit matches push_unit");
        // Resolve label ids to instruction indices.
        let labels = std::mem::take(&mut u.labels);
        let fix = |l: u32| labels[l as usize].expect("every label is bound before its unit ends");
        for ins in u.instrs.iter_mut() {
            match ins {
                Instr::Jump(t)
                | Instr::PopJumpIfFalse(t)
                | Instr::PopJumpIfTrue(t)
                | Instr::JumpIfFalseOrPop(t)
                | Instr::JumpIfTrueOrPop(t)
                | Instr::ForIter(t)
                | Instr::Send(t)
                | Instr::SetupFinally(t)
                | Instr::ExceptStarMatch(t)
                | Instr::ExceptStarFinish(t) => *t = fix(*t),
                _ => {}
            }
        }
        let cell2arg = u
            .cellvars
            .iter()
            .map(|c| u.varnames.iter().position(|v| v == c).map(|p| p as u32))
            .collect();
        let scope = u.scope;
        let is_async = scope.is_coroutine;
        let is_gen = scope.is_generator;
        let line_starts = Code::find_line_starts(&u.instrs, &u.spans);
        super::fuse::mark_runs(&mut u.instrs, &u.consts);
        let plain_call = !is_gen
            && !is_async
            && !u.has_varargs
            && !u.has_varkw
            && u.kwonlyargcount == 0
            && u.cellvars.is_empty();
        Rc::new(Code {
            kind: u.kind,
            name: u.name,
            qualname: u.qualname,
            filename: self.filename.clone(),
            firstlineno: u.firstlineno,
            is_generator: is_gen && !is_async,
            is_coroutine: is_async && !is_gen,
            is_async_generator: is_async && is_gen,
            iterable_coroutine: false,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            has_varargs: u.has_varargs,
            has_varkw: u.has_varkw,
            varnames: u.varnames,
            cellvars: u.cellvars,
            cell2arg,
            freevars: u.freevars,
            names: u.names,
            consts: u.consts,
            instrs: u.instrs,
            spans: u.spans,
            doc: u.doc,
            line_starts,
            plain_call,
        })
    }

    // === emitting ===

    pub fn emit(&mut self, ins: Instr) -> usize {
        let u = self.unit();
        u.instrs.push(ins);
        let span = u.span;
        u.spans.push(span);
        u.instrs.len() - 1
    }

    pub fn set_span(&mut self, span: Span) -> Span {
        std::mem::replace(&mut self.unit().span, span)
    }

    pub fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(None);
        Label(u.labels.len() as u32 - 1)
    }

    pub fn bind(&mut self, label: Label) {
        let u = self.unit();
        u.labels[label.0 as usize] = Some(u.instrs.len() as u32);
    }

    pub fn add_const(&mut self, c: Const) -> u32 {
        let u = self.unit();
        // Share simple constants; floats compare by bits so -0.0 stays apart.
        let pos = u.consts.iter().position(|k| match (k, &c) {
            (Const::None, Const::None) | (Const::Ellipsis, Const::Ellipsis) => true,
            (Const::Bool(a), Const::Bool(b)) => a == b,
            (Const::Int(a), Const::Int(b)) => a == b,
            (Const::Float(a), Const::Float(b)) => a.to_bits() == b.to_bits(),
            (Const::Str(a), Const::Str(b)) => a == b,
            _ => false,
        });
        match pos {
            Some(p) => p as u32,
            None => {
                u.consts.push(c);
                u.consts.len() as u32 - 1
            }
        }
    }

    pub fn emit_const(&mut self, c: Const) {
        let i = self.add_const(c);
        self.emit(Instr::LoadConst(i));
    }

    pub fn name_idx(&mut self, name: &str) -> u32 {
        let sym = self.interner.intern(name);
        let u = self.unit();
        if let Some(i) = u.name_index.get(&sym) {
            return *i;
        }
        u.names.push(sym);
        let i = u.names.len() as u32 - 1;
        u.name_index.insert(sym, i);
        i
    }

    pub fn var_idx(&mut self, name: &str) -> u32 {
        let sym = self.interner.intern(name);
        let u = self.unit();
        if let Some(i) = u.var_index.get(&sym) {
            return *i;
        }
        u.varnames.push(sym);
        let i = u.varnames.len() as u32 - 1;
        u.var_index.insert(sym, i);
        i
    }

    /// Index of `name` among cellvars then freevars.
    pub fn deref_idx(&mut self, name: &str) -> u32 {
        let sym = self.interner.intern(name);
        let u = self.unit();
        if let Some(p) = u.cellvars.iter().position(|s| *s == sym) {
            return p as u32;
        }
        match u.freevars.iter().position(|s| *s == sym) {
            Some(p) => (u.cellvars.len() + p) as u32,
            None => panic!("name '{name}' is neither a cell nor a free variable of this scope"),
        }
    }

    // === names ===

    /// `name` as the current unit spells it: private names are mangled
    /// with the enclosing class's name.
    pub fn mangled<'n>(&self, name: &'n str) -> Cow<'n, str> {
        let private = self.units.last().and_then(|u| u.scope.private.as_deref());
        mangle(private, name)
    }

    /// The index in `co_names` of an attribute, imported or global name,
    /// mangled if private (CPython mangles every `ADDOP_NAME`).
    pub fn mangled_name_idx(&mut self, name: &str) -> u32 {
        let name = self.mangled(name);
        self.name_idx(&name)
    }

    pub fn load_name(&mut self, name: &str) {
        let name = &*self.mangled(name);
        let scope = self.unit().scope;
        let kind = scope.kind;
        match scope.lookup(name) {
            NameScope::Local => {
                let i = self.var_idx(name);
                self.emit(Instr::LoadFast(i));
            }
            NameScope::Cell => {
                let i = self.deref_idx(name);
                self.emit(Instr::LoadDeref(i));
            }
            NameScope::Free => {
                let i = self.deref_idx(name);
                if kind == ScopeKind::Class {
                    self.emit(Instr::LoadClassDeref(i));
                } else {
                    self.emit(Instr::LoadDeref(i));
                }
            }
            NameScope::GlobalExplicit | NameScope::GlobalImplicit if kind != ScopeKind::Module => {
                let i = self.name_idx(name);
                if kind == ScopeKind::Class && scope.lookup(name) == NameScope::GlobalImplicit {
                    self.emit(Instr::LoadName(i));
                } else {
                    self.emit(Instr::LoadGlobal(i));
                }
            }
            _ => {
                let i = self.name_idx(name);
                self.emit(Instr::LoadName(i));
            }
        }
    }

    pub fn store_name(&mut self, name: &str) {
        let name = &*self.mangled(name);
        let scope = self.unit().scope;
        match scope.lookup(name) {
            NameScope::Local => {
                let i = self.var_idx(name);
                self.emit(Instr::StoreFast(i));
            }
            NameScope::Cell | NameScope::Free => {
                let i = self.deref_idx(name);
                self.emit(Instr::StoreDeref(i));
            }
            NameScope::GlobalExplicit | NameScope::GlobalImplicit
                if scope.kind != ScopeKind::Module =>
            {
                let i = self.name_idx(name);
                self.emit(Instr::StoreGlobal(i));
            }
            _ => {
                let i = self.name_idx(name);
                self.emit(Instr::StoreName(i));
            }
        }
    }

    pub fn delete_name(&mut self, name: &str) {
        let name = &*self.mangled(name);
        let scope = self.unit().scope;
        match scope.lookup(name) {
            NameScope::Local => {
                let i = self.var_idx(name);
                self.emit(Instr::DeleteFast(i));
            }
            NameScope::Cell | NameScope::Free => {
                let i = self.deref_idx(name);
                self.emit(Instr::DeleteDeref(i));
            }
            NameScope::GlobalExplicit | NameScope::GlobalImplicit
                if scope.kind != ScopeKind::Module =>
            {
                let i = self.name_idx(name);
                self.emit(Instr::DeleteGlobal(i));
            }
            _ => {
                let i = self.name_idx(name);
                self.emit(Instr::DeleteName(i));
            }
        }
    }

    /// The qualified name of a function or class defined in the current unit.
    pub fn qualname_for(&mut self, name: &str) -> Rc<str> {
        let stored = self.mangled(name).into_owned();
        let u = self.unit();
        match u.kind {
            CodeKind::Module => name.into(),
            CodeKind::Class => format!("{}.{}", u.qualname, name).into(),
            _ => {
                // A `global` name defined in a function is qualified at the top.
                if matches!(u.scope.lookup(&stored), NameScope::GlobalExplicit) {
                    return name.into();
                }
                format!("{}.<locals>.{}", u.qualname, name).into()
            }
        }
    }

    // === functions ===

    /// Sets up the parameters of a new function unit (call after `push_unit`).
    pub fn declare_params(&mut self, args: &Arguments) {
        let ordered = args.posonly.iter().chain(&args.args).chain(&args.kwonly);
        for a in ordered.chain(&args.vararg).chain(&args.kwarg) {
            let name = self.mangled(&a.name).into_owned();
            self.var_idx(&name);
        }
        let u = self.unit();
        u.argcount = (args.posonly.len() + args.args.len()) as u32;
        u.posonlyargcount = args.posonly.len() as u32;
        u.kwonlyargcount = args.kwonly.len() as u32;
        u.has_varargs = args.vararg.is_some();
        u.has_varkw = args.kwarg.is_some();
    }

    /// Emits defaults, keyword defaults and the closure for `code`, then
    /// `MakeFunction`. Defaults must be compiled in the enclosing unit.
    pub fn make_function(
        &mut self,
        code: Rc<Code>,
        args: Option<&'a Arguments>,
        returns: Option<&'a Expr>,
    ) -> Result<(), CompileError> {
        let mut defaults = false;
        let mut kwdefaults = false;
        if let Some(args) = args {
            if !args.defaults.is_empty() {
                for d in &args.defaults {
                    self.expr(d)?;
                }
                self.emit(Instr::BuildTuple(args.defaults.len() as u32));
                defaults = true;
            }
            let kw: Vec<(&Arg, &Expr)> = args
                .kwonly
                .iter()
                .zip(&args.kw_defaults)
                .filter_map(|(a, d)| d.as_ref().map(|d| (a, d)))
                .collect();
            if !kw.is_empty() {
                for (a, d) in &kw {
                    let name = self.mangled(&a.name).into_owned();
                    self.emit_const(Const::Str(name.into()));
                    self.expr(d)?;
                }
                self.emit(Instr::BuildMap(kw.len() as u32));
                kwdefaults = true;
            }
        }
        // Annotations are evaluated here, where the function is defined,
        // into its `__annotations__` (kept as text under `from __future__
        // import annotations`).
        let mut annotated: Vec<(Rc<str>, &'a Expr)> = Vec::new();
        if let Some(args) = args {
            for a in args.all() {
                if let Some(e) = &a.annotation {
                    annotated.push((self.mangled(&a.name).into(), e));
                }
            }
        }
        if let Some(r) = returns {
            annotated.push(("return".into(), r));
        }
        let annotations = !annotated.is_empty();
        if annotations {
            for (name, e) in &annotated {
                self.emit_const(Const::Str(name.clone()));
                self.annotation(e)?;
            }
            self.emit(Instr::BuildMap(annotated.len() as u32));
        }
        let closure = !code.freevars.is_empty();
        if closure {
            for sym in code.freevars.clone() {
                let name = self.interner.name(sym).clone();
                // A class body's own `__class__` cell, or a variable of ours.
                let i = self.deref_idx(&name);
                self.emit(Instr::LoadClosure(i));
            }
            self.emit(Instr::BuildTuple(code.freevars.len() as u32));
        }
        self.emit_const(Const::Code(code));
        self.emit(Instr::MakeFunction {
            defaults,
            kwdefaults,
            annotations,
            closure,
        });
        Ok(())
    }

    // === frame blocks ===

    pub fn push_fblock(&mut self, b: FBlock<'a>) {
        self.unit().fblocks.push(b);
    }

    pub fn pop_fblock(&mut self) -> FBlock<'a> {
        self.unit()
            .fblocks
            .pop()
            .expect("pop_fblock matches push_fblock")
    }

    /// Emits the code that leaves one frame block. With `preserve_tos` a
    /// value (a return value) sits on top and must survive.
    pub fn unwind_fblock(
        &mut self,
        b: &FBlock<'a>,
        preserve_tos: bool,
    ) -> Result<(), CompileError> {
        match b {
            FBlock::WhileLoop { .. } => {}
            FBlock::ForLoop { .. } | FBlock::AsyncForLoop { .. } => {
                if preserve_tos {
                    self.emit(Instr::Rot2);
                }
                self.emit(Instr::Pop);
            }
            FBlock::TryExcept => {
                self.emit(Instr::PopBlock);
            }
            FBlock::FinallyTry { body } => {
                // The caller has already removed this block, so the final
                // body sees only the blocks outside it.
                self.emit(Instr::PopBlock);
                self.stmts(body)?;
            }
            FBlock::FinallyEnd => {
                // Leaving a finally body that runs because of an exception:
                // the exception is dropped.
                self.emit(Instr::PopBlock);
                self.emit(Instr::PopExcept);
                if preserve_tos {
                    self.emit(Instr::Rot2);
                }
                self.emit(Instr::Pop);
            }
            FBlock::With { is_async } => {
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.emit(Instr::Rot2);
                }
                self.call_exit_with_nones(*is_async);
                self.emit(Instr::Pop);
            }
            FBlock::HandlerCleanup { name } => {
                self.emit(Instr::PopBlock);
                self.emit(Instr::PopExcept);
                if let Some(n) = name {
                    self.emit_const(Const::None);
                    self.store_name(n);
                    self.delete_name(n);
                }
            }
        }
        Ok(())
    }

    /// `exit` → result of `exit(None, None, None)` (awaited for `async with`).
    pub fn call_exit_with_nones(&mut self, is_async: bool) {
        self.emit_const(Const::None);
        self.emit(Instr::Dup);
        self.emit(Instr::Dup);
        self.emit(Instr::Call(3));
        if is_async {
            self.emit(Instr::GetAwaitable(2));
            self.emit_await_loop();
        }
    }

    /// The `yield from` / `await` loop over the awaitable on the stack.
    pub fn emit_await_loop(&mut self) {
        self.emit_const(Const::None);
        let start = self.new_label();
        let exit = self.new_label();
        self.bind(start);
        self.emit(Instr::Send(exit.0));
        self.emit(Instr::YieldValue { delegating: true });
        self.emit(Instr::Jump(start.0));
        self.bind(exit);
    }

    /// Unwinds every block up to the innermost loop (for `break`/`continue`)
    /// and returns that loop. The block stack is left as it was.
    pub fn unwind_to_loop(&mut self, span: Span, what: &str) -> Result<FBlock<'a>, CompileError> {
        let saved = self.unit().fblocks.clone();
        let mut result = None;
        while let Some(b) = self.unit().fblocks.pop() {
            if matches!(
                b,
                FBlock::ForLoop { .. } | FBlock::AsyncForLoop { .. } | FBlock::WhileLoop { .. }
            ) {
                result = Some(b);
                break;
            }
            self.unwind_fblock(&b, false)?;
        }
        self.unit().fblocks = saved;
        result.ok_or_else(|| {
            let msg = if what == "break" {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            CompileError::new(msg, span, "SyntaxError")
        })
    }

    /// Unwinds every block of the function, keeping the return value on top.
    pub fn unwind_all(&mut self) -> Result<(), CompileError> {
        let saved = self.unit().fblocks.clone();
        while let Some(b) = self.unit().fblocks.pop() {
            self.unwind_fblock(&b, true)?;
        }
        self.unit().fblocks = saved;
        Ok(())
    }
}

/// The docstring of a body: its first statement, if a string constant.
pub fn docstring(body: &[Stmt]) -> Option<Rc<str>> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(s)),
            ..
        })) => Some(s.as_str().into()),
        _ => None,
    }
}
