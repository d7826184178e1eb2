//! Scope analysis (CPython's `symtable.c`): which names are fast locals,
//! closure cells, free variables, globals, or namespace lookups.
//!
//! A first pass records, per scope, every name that is bound, used or
//! declared; a second pass resolves each name against the enclosing
//! function scopes, turning captured locals into cells.

use std::borrow::Cow;
use std::collections::HashMap;

use super::CompileError;
use super::mangle::mangle;
use crate::engine::syntax::ast::*;

/// How one name is reached inside one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    /// A fast local of a function.
    Local,
    /// A local captured by an inner scope: lives in a cell.
    Cell,
    /// A variable of an enclosing function, reached through the closure.
    Free,
    /// `global`, or not bound in any enclosing function.
    GlobalImplicit,
    GlobalExplicit,
    /// Module and class bodies: looked up in the namespace dict.
    Name,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Comprehension,
}

#[derive(Clone, Copy, Debug, Default)]
struct Flags {
    bound: bool,
    used: bool,
    param: bool,
    global: bool,
    nonlocal: bool,
    /// Bound by `:=` inside a comprehension: belongs to the enclosing scope.
    walrus_target: bool,
}

/// The analysed scope of one code object.
#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub names: HashMap<Name, NameScope>,
    /// Names in first-seen order, so cell and free lists are deterministic.
    order: Vec<Name>,
    flags: HashMap<Name, Flags>,
    children: Vec<usize>,
    parent: Option<usize>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    /// A method that uses `super` or `__class__` needs the `__class__` cell.
    pub needs_class_cell: bool,
    /// Where each `nonlocal` name was declared, for the error when no
    /// enclosing function binds it.
    nonlocal_at: Vec<(Name, Span)>,
    /// The innermost enclosing class's name, which private names (`__x`)
    /// are mangled with; a class's own body counts as inside it.
    pub private: Option<Name>,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<usize>, private: Option<Name>) -> Scope {
        Scope {
            kind,
            names: HashMap::new(),
            order: Vec::new(),
            flags: HashMap::new(),
            children: Vec::new(),
            parent,
            is_generator: false,
            is_coroutine: false,
            needs_class_cell: false,
            nonlocal_at: Vec::new(),
            private,
        }
    }

    pub fn lookup(&self, name: &str) -> NameScope {
        match self.names.get(name) {
            Some(s) => *s,
            None => match self.kind {
                ScopeKind::Module | ScopeKind::Class => NameScope::Name,
                _ => NameScope::GlobalImplicit,
            },
        }
    }

    /// Cell variables in a stable order.
    pub fn cellvars(&self) -> Vec<Name> {
        let mut v: Vec<Name> = self
            .order
            .iter()
            .filter(|n| self.names.get(*n) == Some(&NameScope::Cell))
            .cloned()
            .collect();
        v.sort_unstable();
        v
    }

    /// Free variables in a stable order.
    pub fn freevars(&self) -> Vec<Name> {
        let mut v: Vec<Name> = self
            .order
            .iter()
            .filter(|n| self.names.get(*n) == Some(&NameScope::Free))
            .cloned()
            .collect();
        v.sort_unstable();
        v
    }
}

/// All scopes of a module, found by the address of the AST node that opens
/// them (the module, a `def`, a `class`, a lambda or a comprehension).
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
}

impl SymbolTable {
    pub fn scope_of<T>(&self, node: &T) -> &Scope {
        &self.scopes[self.by_node[&(node as *const T as usize)]]
    }
}

pub fn build(module: &Module) -> Result<SymbolTable, CompileError> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, None, None)],
        by_node: HashMap::new(),
        cur: 0,
    };
    b.by_node.insert(module as *const Module as usize, 0);
    for s in &module.body {
        b.stmt(s)?;
    }
    b.resolve()?;
    Ok(SymbolTable {
        scopes: b.scopes,
        by_node: b.by_node,
    })
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    cur: usize,
}

impl Builder {
    /// `name` as this scope records it: mangled if private.
    fn mangled(&self, name: &Name) -> Name {
        match mangle(self.scopes[self.cur].private.as_deref(), name) {
            Cow::Borrowed(_) => name.clone(),
            Cow::Owned(m) => m.into(),
        }
    }

    fn flags(&mut self, name: &Name) -> &mut Flags {
        let name = self.mangled(name);
        let scope = &mut self.scopes[self.cur];
        if !scope.flags.contains_key(&name) {
            scope.order.push(name.clone());
        }
        scope.flags.entry(name).or_default()
    }

    fn bind(&mut self, name: &Name) {
        self.flags(name).bound = true;
    }

    fn use_name(&mut self, name: &Name) {
        self.flags(name).used = true;
        if (&**name == "super" || &**name == "__class__")
            && self.scopes[self.cur].kind == ScopeKind::Function
        {
            self.scopes[self.cur].needs_class_cell = true;
        }
    }

    fn push<T>(&mut self, node: &T, kind: ScopeKind) -> usize {
        let idx = self.scopes.len();
        let private = self.scopes[self.cur].private.clone();
        self.scopes.push(Scope::new(kind, Some(self.cur), private));
        self.scopes[self.cur].children.push(idx);
        self.by_node.insert(node as *const T as usize, idx);
        let prev = self.cur;
        self.cur = idx;
        prev
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), CompileError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), CompileError> {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    self.use_name(n);
                }
                self.target(target)?;
            }
            StmtKind::AnnAssign {
                target,
                value,
                annotation,
            } => {
                // A module's or class's annotations are evaluated; a
                // function's local ones are not.
                if self.scopes[self.cur].kind != ScopeKind::Function {
                    self.expr(annotation)?;
                }
                if let Some(v) = value {
                    self.expr(v)?;
                    self.target(target)?;
                } else if let ExprKind::Name(n) = &target.kind {
                    // `x: int` alone makes `x` local without binding it.
                    if self.scopes[self.cur].kind == ScopeKind::Function {
                        self.bind(n);
                    }
                } else {
                    self.target_subexprs(target)?;
                }
            }
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d)?;
                }
                self.arg_defaults(&f.args)?;
                // Annotations are evaluated where the function is defined.
                let args = &f.args;
                for a in args.all() {
                    if let Some(e) = &a.annotation {
                        self.expr(e)?;
                    }
                }
                if let Some(r) = &f.returns {
                    self.expr(r)?;
                }
                self.bind(&f.name);
                let prev = self.push(&**f, ScopeKind::Function);
                self.scopes[self.cur].is_coroutine = f.is_async;
                self.params(&f.args);
                self.stmts(&f.body)?;
                self.cur = prev;
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d)?;
                }
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.bind(&c.name);
                let prev = self.push(&**c, ScopeKind::Class);
                self.scopes[self.cur].private = Some(c.name.clone());
                self.stmts(&c.body)?;
                self.cur = prev;
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            StmtKind::Delete(ts) => {
                for t in ts {
                    self.target(t)?;
                }
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(iter)?;
                self.target(target)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With { items, body, .. } => {
                for it in items {
                    self.expr(&it.context)?;
                    if let Some(v) = &it.vars {
                        self.target(v)?;
                    }
                }
                self.stmts(body)?;
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for case in cases {
                    self.pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&case.body)?;
                }
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let n: Name = match &a.asname {
                        Some(n) => n.clone(),
                        None => a.name.split('.').next().unwrap_or(&a.name).into(),
                    };
                    self.bind(&n);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.scopes[self.cur].kind != ScopeKind::Module {
                            return Err(CompileError::new(
                                "import * only allowed at module level",
                                a.span,
                                "SyntaxError",
                            ));
                        }
                        continue;
                    }
                    let n: Name = a.asname.clone().unwrap_or_else(|| a.name.as_str().into());
                    self.bind(&n);
                }
            }
            StmtKind::Global(names) => {
                for n in names {
                    let f = self.flags(n);
                    if f.bound || f.used {
                        let msg = if f.bound {
                            format!("name '{n}' is assigned to before global declaration")
                        } else {
                            format!("name '{n}' is used prior to global declaration")
                        };
                        return Err(CompileError::new(&msg, s.span, "SyntaxError"));
                    }
                    f.global = true;
                }
            }
            StmtKind::Nonlocal(names) => {
                if self.scopes[self.cur].kind == ScopeKind::Module {
                    return Err(CompileError::new(
                        "nonlocal declaration not allowed at module level",
                        s.span,
                        "SyntaxError",
                    ));
                }
                for n in names {
                    let f = self.flags(n);
                    if f.bound || f.used {
                        let msg = if f.bound {
                            format!("name '{n}' is assigned to before nonlocal declaration")
                        } else {
                            format!("name '{n}' is used prior to nonlocal declaration")
                        };
                        return Err(CompileError::new(&msg, s.span, "SyntaxError"));
                    }
                    f.nonlocal = true;
                    let n = self.mangled(n);
                    self.scopes[self.cur].nonlocal_at.push((n, s.span));
                }
            }
        }
        Ok(())
    }

    fn arg_defaults(&mut self, args: &Arguments) -> Result<(), CompileError> {
        for d in &args.defaults {
            self.expr(d)?;
        }
        for d in args.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        Ok(())
    }

    fn params(&mut self, args: &Arguments) {
        for a in args.all() {
            let f = self.flags(&a.name);
            f.bound = true;
            f.param = true;
        }
    }

    /// A `case` pattern: captures are bound like assignment targets; value
    /// patterns and class names are used.
    fn pattern(&mut self, p: &Pattern) -> Result<(), CompileError> {
        match &p.kind {
            PatternKind::MatchValue(value) => self.expr(value),
            PatternKind::MatchSingleton(_) => Ok(()),
            PatternKind::MatchSequence(patterns) | PatternKind::MatchOr(patterns) => {
                patterns.iter().try_for_each(|sub| self.pattern(sub))
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                keys.iter().try_for_each(|k| self.expr(k))?;
                patterns.iter().try_for_each(|sub| self.pattern(sub))?;
                if let Some(n) = rest {
                    self.bind(n);
                }
                Ok(())
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls)?;
                patterns
                    .iter()
                    .chain(kwd_patterns)
                    .try_for_each(|sub| self.pattern(sub))
            }
            PatternKind::MatchStar(name) => {
                if let Some(n) = name {
                    self.bind(n);
                }
                Ok(())
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(sub) = pattern {
                    self.pattern(sub)?;
                }
                if let Some(n) = name {
                    self.bind(n);
                }
                Ok(())
            }
        }
    }

    /// An assignment target: names are bound, sub-expressions used.
    fn target(&mut self, t: &Expr) -> Result<(), CompileError> {
        match &t.kind {
            ExprKind::Name(n) => {
                self.bind(n);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i)?;
                }
                Ok(())
            }
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.target_subexprs(t),
        }
    }

    fn target_subexprs(&mut self, t: &Expr) -> Result<(), CompileError> {
        match &t.kind {
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)
            }
            _ => self.expr(t),
        }
    }

    fn comprehension<T>(
        &mut self,
        node: &T,
        generators: &[Comprehension],
        elts: &[&Expr],
        is_genexp: bool,
    ) -> Result<(), CompileError> {
        // The first iterable is evaluated in the enclosing scope.
        self.expr(&generators[0].iter)?;
        let prev = self.push(node, ScopeKind::Comprehension);
        self.scopes[self.cur].is_generator = is_genexp;
        let dot0: Name = ".0".into();
        let f = self.flags(&dot0);
        f.bound = true;
        f.param = true;
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            for c in &g.ifs {
                self.expr(c)?;
            }
            if g.is_async {
                self.scopes[self.cur].is_coroutine = true;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        self.cur = prev;
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), CompileError> {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.expr(v)?;
                }
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                // `:=` in a comprehension binds in the nearest enclosing
                // function or module scope.
                let target = &self.mangled(target);
                let mut s = self.cur;
                while self.scopes[s].kind == ScopeKind::Comprehension {
                    let f = self.scopes[s].flags.entry(target.clone()).or_default();
                    f.walrus_target = true;
                    if !self.scopes[s].order.contains(target) {
                        self.scopes[s].order.push(target.clone());
                    }
                    s = self.scopes[s].parent.unwrap_or(0);
                }
                if self.scopes[s].kind == ScopeKind::Class {
                    return Err(CompileError::new(
                        "assignment expression within a comprehension cannot be used in a class body",
                        e.span,
                        "SyntaxError",
                    ));
                }
                let prev = self.cur;
                self.cur = s;
                self.bind(target);
                self.cur = prev;
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.arg_defaults(args)?;
                let prev = self.push(e, ScopeKind::Function);
                self.params(args);
                self.expr(body)?;
                self.cur = prev;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k)?;
                }
                for v in values {
                    self.expr(v)?;
                }
            }
            ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => {
                for i in items {
                    self.expr(i)?;
                }
            }
            ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, generators, &[elt], false)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, generators, &[elt], true)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, generators, &[key, value], false)?,
            ExprKind::Await(v) => {
                // An await in a comprehension makes it an async comprehension.
                if self.scopes[self.cur].kind == ScopeKind::Comprehension {
                    self.scopes[self.cur].is_coroutine = true;
                }
                self.expr(v)?;
            }
            ExprKind::Yield(v) => {
                self.mark_generator(e.span)?;
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            ExprKind::YieldFrom(v) => {
                self.mark_generator(e.span)?;
                if self.scopes[self.cur].is_coroutine {
                    return Err(CompileError::new(
                        "'yield from' inside async function",
                        e.span,
                        "SyntaxError",
                    ));
                }
                self.expr(v)?;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                for c in comparators {
                    self.expr(c)?;
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                for a in args {
                    self.expr(a)?;
                }
                for k in keywords {
                    self.expr(&k.value)?;
                }
            }
            ExprKind::FString(parts) => self.fstring(parts)?,
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred(v) => self.expr(v)?,
            ExprKind::Name(n) => self.use_name(n),
            ExprKind::Slice { lower, upper, step } => {
                for p in [lower, upper, step].into_iter().flatten() {
                    self.expr(p)?;
                }
            }
        }
        Ok(())
    }

    fn fstring(&mut self, parts: &[FStringPart]) -> Result<(), CompileError> {
        for p in parts {
            if let FStringPart::Expr {
                value, format_spec, ..
            } = p
            {
                self.expr(value)?;
                if let Some(spec) = format_spec {
                    self.fstring(spec)?;
                }
            }
        }
        Ok(())
    }

    fn mark_generator(&mut self, span: Span) -> Result<(), CompileError> {
        let scope = &mut self.scopes[self.cur];
        match scope.kind {
            ScopeKind::Function => {
                scope.is_generator = true;
                Ok(())
            }
            ScopeKind::Comprehension if scope.is_generator => Err(CompileError::new(
                "'yield' inside generator expression",
                span,
                "SyntaxError",
            )),
            ScopeKind::Comprehension => Err(CompileError::new(
                "'yield' inside list comprehension",
                span,
                "SyntaxError",
            )),
            _ => Err(CompileError::new(
                "'yield' outside function",
                span,
                "SyntaxError",
            )),
        }
    }

    /// Second pass: decide every name's [`NameScope`], top-down.
    fn resolve(&mut self) -> Result<(), CompileError> {
        self.resolve_scope(0)
    }

    fn resolve_scope(&mut self, idx: usize) -> Result<(), CompileError> {
        let kind = self.scopes[idx].kind;
        let order = self.scopes[idx].order.clone();
        for name in &order {
            let f = self.scopes[idx].flags[name];
            let ns = if f.global {
                NameScope::GlobalExplicit
            } else if f.nonlocal || (f.walrus_target && kind == ScopeKind::Comprehension) {
                match self.find_enclosing_binding(idx, name) {
                    Some(_) => NameScope::Free,
                    None if f.nonlocal => {
                        let span = self.scopes[idx]
                            .nonlocal_at
                            .iter()
                            .find(|(n, _)| n == name)
                            .map(|(_, sp)| *sp)
                            .unwrap_or_default();
                        return Err(CompileError::new(
                            &format!("no binding for nonlocal '{name}' found"),
                            span,
                            "SyntaxError",
                        ));
                    }
                    // A walrus target at module level is a global.
                    None => NameScope::GlobalImplicit,
                }
            } else {
                match kind {
                    ScopeKind::Module => NameScope::Name,
                    ScopeKind::Class => {
                        if !f.bound && self.find_enclosing_binding(idx, name).is_some() {
                            NameScope::Free
                        } else {
                            NameScope::Name
                        }
                    }
                    ScopeKind::Function | ScopeKind::Comprehension => {
                        if f.bound {
                            NameScope::Local
                        } else if self.find_enclosing_binding(idx, name).is_some() {
                            NameScope::Free
                        } else {
                            NameScope::GlobalImplicit
                        }
                    }
                }
            };
            self.scopes[idx].names.insert(name.clone(), ns);
            if ns == NameScope::Free {
                self.mark_cell(idx, name);
            }
        }
        if self.scopes[idx].needs_class_cell {
            self.class_cell(idx);
        }
        let children = self.scopes[idx].children.clone();
        for c in children {
            self.resolve_scope(c)?;
        }
        Ok(())
    }

    /// The nearest enclosing function scope that binds `name` locally.
    fn find_enclosing_binding(&self, idx: usize, name: &Name) -> Option<usize> {
        let mut p = self.scopes[idx].parent;
        while let Some(s) = p {
            let scope = &self.scopes[s];
            match scope.kind {
                ScopeKind::Module => return None,
                ScopeKind::Class => {}
                ScopeKind::Function | ScopeKind::Comprehension => {
                    if let Some(f) = scope.flags.get(name) {
                        if f.global {
                            return None;
                        }
                        if f.bound
                            && !f.nonlocal
                            && !(f.walrus_target && scope.kind == ScopeKind::Comprehension)
                        {
                            return Some(s);
                        }
                    }
                }
            }
            p = scope.parent;
        }
        None
    }

    /// Marks `name` as a cell where it is bound, and as free in every scope
    /// between there and `idx` so the closure can pass it down.
    fn mark_cell(&mut self, idx: usize, name: &Name) {
        let Some(owner) = self.find_enclosing_binding(idx, name) else {
            return;
        };
        self.scopes[owner]
            .names
            .insert(name.clone(), NameScope::Cell);
        let mut p = self.scopes[idx].parent;
        while let Some(s) = p {
            if s == owner {
                break;
            }
            if self.scopes[s].kind != ScopeKind::Class || !self.scopes[s].flags.contains_key(name) {
                if !self.scopes[s].order.contains(name) {
                    self.scopes[s].order.push(name.clone());
                    self.scopes[s].flags.insert(name.clone(), Flags::default());
                }
                self.scopes[s].names.insert(name.clone(), NameScope::Free);
            }
            p = self.scopes[s].parent;
        }
    }

    /// A method using zero-argument `super()` closes over the class body's
    /// implicit `__class__` cell.
    fn class_cell(&mut self, idx: usize) {
        let name: Name = "__class__".into();
        let mut p = self.scopes[idx].parent;
        let mut path = vec![idx];
        while let Some(s) = p {
            if self.scopes[s].kind == ScopeKind::Class {
                self.scopes[s].names.insert(name.clone(), NameScope::Cell);
                if !self.scopes[s].order.contains(&name) {
                    self.scopes[s].order.push(name.clone());
                    self.scopes[s].flags.insert(name.clone(), Flags::default());
                }
                for f in path {
                    if !self.scopes[f].order.contains(&name) {
                        self.scopes[f].order.push(name.clone());
                        self.scopes[f].flags.insert(name.clone(), Flags::default());
                    }
                    self.scopes[f].names.insert(name.clone(), NameScope::Free);
                }
                return;
            }
            if self.scopes[s].kind == ScopeKind::Module {
                return;
            }
            path.push(s);
            p = self.scopes[s].parent;
        }
    }
}
