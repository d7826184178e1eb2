//! The syntax errors CPython reports after parsing.
//!
//! CPython finds some errors only once the whole file has parsed: in its
//! symbol-table pass (`Python/symtable.c`), then while compiling
//! (`Python/compile.c`). They are checked here in the same two passes, so a
//! parse error anywhere wins over them, and symbol-table errors win over
//! compiler errors, as in CPython:
//!
//! - `__future__` imports: known features, at the start of the module;
//! - symbol table: duplicate parameters, `yield` inside a comprehension,
//!   `nonlocal` at module level, `import *` inside a function, assignment
//!   expressions in comprehension iterables, rebinding iteration variables
//!   or in a class body;
//! - compiler (in source order): `return`/`yield`/`await` outside a
//!   function, `await`/`async for`/`async with`/async comprehensions
//!   outside an async function, `yield from` inside one, `return` with a
//!   value in an async generator, `break`/`continue` outside a loop, starred
//!   expressions where they cannot be, a bare `except:` before others,
//!   repeated keyword arguments, and the errors in `case` patterns
//!   (`validate/pattern.rs`).
//!
//! Errors that need full scope analysis (`global`/`nonlocal` conflicts,
//! `nonlocal` names with no binding) are the compiler's.

use super::ast::{
    Arguments, Comprehension, ExceptHandler, Expr, ExprKind, Keyword, Module, Span, Stmt, StmtKind,
};
use super::{SyntaxError, SyntaxErrorKind};

mod pattern;

/// Runs both passes over a parsed module.
pub fn validate_module(module: &Module) -> Result<(), SyntaxError> {
    let future_line = check_future_imports(&module.body)?;
    for pass in [Pass::Symtable, Pass::Compile] {
        let mut validator = Validator::new(pass, future_line);
        validator.visit_body(&module.body)?;
    }
    Ok(())
}

/// The features `from __future__ import` accepts (`Lib/__future__.py`).
const FUTURE_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

fn is_future_import(stmt: &Stmt) -> bool {
    matches!(&stmt.kind, StmtKind::ImportFrom { module: Some(module), .. } if module == "__future__")
}

/// CPython's `future.c`: the `from __future__` imports at the start of the
/// module (after an optional docstring) must name known features. Returns
/// the line of the last of them (0 if none): a future import on a later line
/// is an error the compiler reports in source order.
fn check_future_imports(body: &[Stmt]) -> Result<u32, SyntaxError> {
    let late = "from __future__ imports must occur at the beginning of the file";
    let mut last_line = 0;
    let mut done = false;
    let mut previous_line = 0;
    let docstring = matches!(
        body.first().map(|s| &s.kind),
        Some(StmtKind::Expr(Expr {
            kind: ExprKind::Constant(super::ast::Constant::Str(_)),
            ..
        }))
    );
    for stmt in &body[usize::from(docstring)..] {
        if done && stmt.span.line > previous_line {
            break;
        }
        previous_line = stmt.span.line;
        if !is_future_import(stmt) {
            done = true;
            continue;
        }
        if done {
            // CPython gives this one's column as its offset, one less than
            // usual.
            let span = Span {
                col: stmt.span.col.saturating_sub(1),
                ..stmt.span
            };
            return Err(error(late, span));
        }
        let StmtKind::ImportFrom { names, .. } = &stmt.kind else {
            unreachable!()
        };
        for alias in names {
            if alias.name == "braces" {
                return Err(error("not a chance", stmt.span));
            }
            if !FUTURE_FEATURES.contains(&alias.name.as_str()) {
                let message = format!("future feature {} is not defined", alias.name);
                return Err(error(message, stmt.span));
            }
        }
        last_line = stmt.span.line;
    }
    Ok(last_line)
}

type VResult = Result<(), SyntaxError>;

fn error(message: impl Into<String>, span: Span) -> SyntaxError {
    SyntaxError::new(SyntaxErrorKind::Syntax, message, span)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pass {
    Symtable,
    Compile,
}

/// The kind of a comprehension, as error messages name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ComprehensionKind {
    List,
    Set,
    Dict,
    Generator,
}

impl ComprehensionKind {
    fn name(self) -> &'static str {
        match self {
            ComprehensionKind::List => "list comprehension",
            ComprehensionKind::Set => "set comprehension",
            ComprehensionKind::Dict => "dict comprehension",
            ComprehensionKind::Generator => "generator expression",
        }
    }
}

/// A scope being visited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ScopeKind {
    Module,
    Class,
    Function { is_async: bool, is_generator: bool },
    Lambda,
    Comprehension(ComprehensionKind),
}

#[derive(Clone, Debug)]
struct Scope {
    kind: ScopeKind,
    /// Inside a loop body of this scope (`break` and `continue` allowed).
    in_loop: bool,
    /// Inside the iterable of a comprehension evaluated in this scope
    /// (CPython's `ste_comp_iter_expr`).
    in_comprehension_iterable: u32,
    /// For a comprehension: the names its `for` targets bind, so far.
    iteration_names: Vec<super::ast::Name>,
}

impl Scope {
    fn new(kind: ScopeKind) -> Self {
        Scope {
            kind,
            in_loop: false,
            in_comprehension_iterable: 0,
            iteration_names: Vec::new(),
        }
    }
}

struct Validator {
    pass: Pass,
    /// The line of the last leading `from __future__` import (0 if none).
    future_line: u32,
    /// Innermost last.
    scopes: Vec<Scope>,
}

impl Validator {
    fn new(pass: Pass, future_line: u32) -> Self {
        Validator {
            pass,
            future_line,
            scopes: vec![Scope::new(ScopeKind::Module)],
        }
    }

    fn kind(&self) -> ScopeKind {
        self.scopes.last().unwrap().kind
    }

    fn symtable(&self) -> bool {
        self.pass == Pass::Symtable
    }

    fn compile(&self) -> bool {
        self.pass == Pass::Compile
    }

    fn in_async_function(&self) -> bool {
        matches!(self.kind(), ScopeKind::Function { is_async: true, .. })
    }

    /// Runs `visit` in a new scope.
    fn with_scope(&mut self, kind: ScopeKind, visit: impl FnOnce(&mut Self) -> VResult) -> VResult {
        // A scope opened inside a comprehension's iterable is still inside
        // it, as CPython's `symtable_enter_block` copies the count.
        let mut scope = Scope::new(kind);
        scope.in_comprehension_iterable = self.scopes.last().unwrap().in_comprehension_iterable;
        self.scopes.push(scope);
        let result = visit(self);
        self.scopes.pop();
        result
    }

    /// Runs `visit` with the loop flag of the current scope set to `in_loop`.
    fn with_loop(&mut self, in_loop: bool, visit: impl FnOnce(&mut Self) -> VResult) -> VResult {
        let saved = self.scopes.last().unwrap().in_loop;
        self.scopes.last_mut().unwrap().in_loop = in_loop;
        let result = visit(self);
        self.scopes.last_mut().unwrap().in_loop = saved;
        result
    }

    // === Statements ===

    fn visit_body(&mut self, body: &[Stmt]) -> VResult {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    fn visit_stmt(&mut self, stmt: &Stmt) -> VResult {
        match &stmt.kind {
            StmtKind::Expr(value) => self.visit_expr(value),
            StmtKind::Assign { targets, value } => {
                self.visit_expr(value)?;
                targets.iter().try_for_each(|t| self.visit_target(t))
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_target(target)?;
                self.visit_expr(value)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                if let Some(value) = value {
                    self.visit_expr(value)?;
                }
                self.visit_target(target)?;
                self.visit_expr(annotation)
            }
            StmtKind::FunctionDef(def) => {
                self.visit_exprs(&def.decorators)?;
                self.visit_arguments_outside(&def.args)?;
                if let Some(returns) = &def.returns {
                    self.visit_expr(returns)?;
                }
                self.check_duplicate_arguments(&def.args)?;
                // Whether it yields matters only for `return value` in an
                // async function, so only those are searched for a yield.
                let is_generator = def.is_async
                    && self.compile()
                    && returns_value(&def.body)
                    && is_generator(&def.body);
                let kind = ScopeKind::Function {
                    is_async: def.is_async,
                    is_generator,
                };
                self.with_scope(kind, |v| v.visit_body(&def.body))
            }
            StmtKind::ClassDef(def) => {
                self.visit_exprs(&def.decorators)?;
                self.visit_elements(&def.bases)?;
                self.visit_keywords(&def.keywords)?;
                self.with_scope(ScopeKind::Class, |v| v.visit_body(&def.body))
            }
            StmtKind::Return(value) => {
                if self.compile() {
                    match self.kind() {
                        ScopeKind::Function {
                            is_async,
                            is_generator,
                        } => {
                            if is_async && is_generator && value.is_some() {
                                return Err(error(
                                    "'return' with value in async generator",
                                    stmt.span,
                                ));
                            }
                        }
                        _ => return Err(error("'return' outside function", stmt.span)),
                    }
                }
                value.iter().try_for_each(|v| self.visit_expr(v))
            }
            StmtKind::Delete(targets) => self.visit_exprs(targets),
            StmtKind::Pass | StmtKind::Global(_) | StmtKind::Import(_) => Ok(()),
            StmtKind::Nonlocal(_) => {
                if self.symtable() && self.kind() == ScopeKind::Module {
                    return Err(error(
                        "nonlocal declaration not allowed at module level",
                        stmt.span,
                    ));
                }
                Ok(())
            }
            StmtKind::ImportFrom { names, .. } => {
                if self.compile() && is_future_import(stmt) && stmt.span.line > self.future_line {
                    let message = "from __future__ imports must occur at the beginning of the file";
                    return Err(error(message, stmt.span));
                }
                let star = names.first().is_some_and(|alias| alias.name == "*");
                if self.symtable() && star && self.kind() != ScopeKind::Module {
                    return Err(error(
                        "import * only allowed at module level",
                        names[0].span,
                    ));
                }
                Ok(())
            }
            StmtKind::Break | StmtKind::Continue => {
                if self.compile() && !self.scopes.last().unwrap().in_loop {
                    let message = if matches!(stmt.kind, StmtKind::Break) {
                        "'break' outside loop"
                    } else {
                        "'continue' not properly in loop"
                    };
                    return Err(error(message, stmt.span));
                }
                Ok(())
            }
            StmtKind::If { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_body(body)?;
                self.visit_body(orelse)
            }
            StmtKind::While { test, body, orelse } => {
                self.visit_expr(test)?;
                self.with_loop(true, |v| v.visit_body(body))?;
                self.visit_body(orelse)
            }
            StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            } => {
                if self.compile() && *is_async && !self.in_async_function() {
                    return Err(error("'async for' outside async function", stmt.span));
                }
                self.visit_expr(iter)?;
                self.visit_target(target)?;
                self.with_loop(true, |v| v.visit_body(body))?;
                self.visit_body(orelse)
            }
            StmtKind::With {
                is_async,
                items,
                body,
            } => {
                if self.compile() && *is_async && !self.in_async_function() {
                    return Err(error("'async with' outside async function", stmt.span));
                }
                for item in items {
                    self.visit_expr(&item.context)?;
                    if let Some(vars) = &item.vars {
                        self.visit_target(vars)?;
                    }
                }
                self.visit_body(body)
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.visit_body(body)?;
                self.visit_handlers(handlers)?;
                self.visit_body(orelse)?;
                self.visit_body(finalbody)
            }
            StmtKind::Raise { exc, cause } => exc
                .iter()
                .chain(cause.iter())
                .try_for_each(|e| self.visit_expr(e)),
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test)?;
                msg.iter().try_for_each(|m| self.visit_expr(m))
            }
            StmtKind::Match { subject, cases } => {
                self.visit_expr(subject)?;
                for (i, case) in cases.iter().enumerate() {
                    if self.compile() {
                        pattern::check_case(case, i + 1 == cases.len())?;
                    }
                    if let Some(guard) = &case.guard {
                        self.visit_expr(guard)?;
                    }
                    self.visit_body(&case.body)?;
                }
                Ok(())
            }
        }
    }

    fn visit_handlers(&mut self, handlers: &[ExceptHandler]) -> VResult {
        for (i, handler) in handlers.iter().enumerate() {
            if self.compile() && handler.typ.is_none() && i + 1 < handlers.len() {
                return Err(error("default 'except:' must be last", handler.span));
            }
            if let Some(typ) = &handler.typ {
                self.visit_expr(typ)?;
            }
            self.visit_body(&handler.body)?;
        }
        Ok(())
    }

    /// Defaults and annotations, evaluated in the enclosing scope.
    fn visit_arguments_outside(&mut self, args: &Arguments) -> VResult {
        self.visit_exprs(&args.defaults)?;
        for default in args.kw_defaults.iter().flatten() {
            self.visit_expr(default)?;
        }
        for arg in args.all() {
            match &arg.annotation {
                // `*args: *Ts`
                Some(Expr {
                    kind: ExprKind::Starred(value),
                    ..
                }) => self.visit_expr(value)?,
                Some(annotation) => self.visit_expr(annotation)?,
                None => {}
            }
        }
        Ok(())
    }

    fn check_duplicate_arguments(&self, args: &Arguments) -> VResult {
        if !self.symtable() {
            return Ok(());
        }
        let all: Vec<_> = args.all().collect();
        for (i, arg) in all.iter().enumerate() {
            if all[..i].iter().any(|earlier| earlier.name == arg.name) {
                return Err(error(
                    format!("duplicate argument '{}' in function definition", arg.name),
                    arg.span,
                ));
            }
        }
        Ok(())
    }

    // === Targets ===

    /// An assignment target: a starred target must sit in a tuple or list,
    /// at most one per tuple or list.
    fn visit_target(&mut self, target: &Expr) -> VResult {
        match &target.kind {
            ExprKind::Starred(value) => {
                if self.compile() {
                    return Err(error(
                        "starred assignment target must be in a list or tuple",
                        target.span,
                    ));
                }
                self.visit_target(value)
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                let starred = elts
                    .iter()
                    .filter(|e| matches!(e.kind, ExprKind::Starred(_)))
                    .count();
                if self.compile() && starred > 1 {
                    return Err(error(
                        "multiple starred expressions in assignment",
                        target.span,
                    ));
                }
                for elt in elts {
                    match &elt.kind {
                        ExprKind::Starred(value) => self.visit_target(value)?,
                        _ => self.visit_target(elt)?,
                    }
                }
                Ok(())
            }
            _ => self.visit_expr(target),
        }
    }

    // === Expressions ===

    fn visit_exprs(&mut self, exprs: &[Expr]) -> VResult {
        exprs.iter().try_for_each(|e| self.visit_expr(e))
    }

    /// Elements of a tuple, list or set display, or positional arguments:
    /// the places a starred expression may be.
    fn visit_elements(&mut self, exprs: &[Expr]) -> VResult {
        for e in exprs {
            match &e.kind {
                ExprKind::Starred(value) => self.visit_expr(value)?,
                _ => self.visit_expr(e)?,
            }
        }
        Ok(())
    }

    fn visit_keywords(&mut self, keywords: &[Keyword]) -> VResult {
        if self.compile() {
            for (i, keyword) in keywords.iter().enumerate() {
                let Some(name) = &keyword.name else { continue };
                if keywords[..i].iter().any(|k| k.name.as_ref() == Some(name)) {
                    return Err(error(
                        format!("keyword argument repeated: {name}"),
                        keyword.span,
                    ));
                }
            }
        }
        keywords.iter().try_for_each(|k| self.visit_expr(&k.value))
    }

    fn visit_expr(&mut self, e: &Expr) -> VResult {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => self.visit_exprs(values),
            ExprKind::NamedExpr { target, value } => {
                if self.symtable() {
                    self.check_named_expression(target, e.span)?;
                }
                self.visit_expr(value)
            }
            ExprKind::BinOp { left, right, .. } => {
                self.visit_expr(left)?;
                self.visit_expr(right)
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand),
            ExprKind::Lambda { args, body } => {
                self.visit_arguments_outside(args)?;
                self.check_duplicate_arguments(args)?;
                self.with_scope(ScopeKind::Lambda, |v| v.visit_expr(body))
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_expr(body)?;
                self.visit_expr(orelse)
            }
            ExprKind::Dict { keys, values } => {
                for (key, value) in keys.iter().zip(values) {
                    if let Some(key) = key {
                        self.visit_expr(key)?;
                    }
                    self.visit_expr(value)?;
                }
                Ok(())
            }
            ExprKind::Set(elts) | ExprKind::List(elts) | ExprKind::Tuple(elts) => {
                self.visit_elements(elts)
            }
            ExprKind::ListComp { elt, generators } => {
                self.visit_comprehension(e, ComprehensionKind::List, &[elt], generators)
            }
            ExprKind::SetComp { elt, generators } => {
                self.visit_comprehension(e, ComprehensionKind::Set, &[elt], generators)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.visit_comprehension(e, ComprehensionKind::Dict, &[key, value], generators),
            ExprKind::GeneratorExp { elt, generators } => {
                self.visit_comprehension(e, ComprehensionKind::Generator, &[elt], generators)
            }
            ExprKind::Await(value) => {
                if self.compile() {
                    match self.kind() {
                        ScopeKind::Module | ScopeKind::Class => {
                            return Err(error("'await' outside function", e.span));
                        }
                        ScopeKind::Lambda
                        | ScopeKind::Function {
                            is_async: false, ..
                        } => {
                            return Err(error("'await' outside async function", e.span));
                        }
                        _ => {}
                    }
                }
                self.visit_expr(value)
            }
            ExprKind::Yield(value) => {
                self.check_yield(e)?;
                match value {
                    Some(value) => self.visit_expr(value),
                    None => Ok(()),
                }
            }
            ExprKind::YieldFrom(value) => {
                self.check_yield(e)?;
                if self.compile() && self.in_async_function() {
                    return Err(error("'yield from' inside async function", e.span));
                }
                self.visit_expr(value)
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.visit_expr(left)?;
                self.visit_exprs(comparators)
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.visit_expr(func)?;
                if self.compile() {
                    // CPython checks keywords before compiling the arguments.
                    self.visit_keywords_names(keywords)?;
                }
                self.visit_elements(args)?;
                keywords.iter().try_for_each(|k| self.visit_expr(&k.value))
            }
            ExprKind::FString(parts) => self.visit_fstring_parts(parts),
            ExprKind::Constant(_) | ExprKind::Name(_) => Ok(()),
            ExprKind::Attribute { value, .. } => self.visit_expr(value),
            ExprKind::Subscript { value, slice } => {
                self.visit_expr(value)?;
                match &slice.kind {
                    ExprKind::Tuple(elts) => self.visit_elements(elts),
                    _ => self.visit_expr(slice),
                }
            }
            ExprKind::Starred(value) => {
                if self.compile() {
                    return Err(error("can't use starred expression here", e.span));
                }
                self.visit_expr(value)
            }
            ExprKind::Slice { lower, upper, step } => lower
                .iter()
                .chain(upper.iter())
                .chain(step.iter())
                .try_for_each(|part| self.visit_expr(part)),
        }
    }

    fn visit_keywords_names(&self, keywords: &[Keyword]) -> VResult {
        for (i, keyword) in keywords.iter().enumerate() {
            let Some(name) = &keyword.name else { continue };
            if keywords[..i].iter().any(|k| k.name.as_ref() == Some(name)) {
                return Err(error(
                    format!("keyword argument repeated: {name}"),
                    keyword.span,
                ));
            }
        }
        Ok(())
    }

    fn visit_fstring_parts(&mut self, parts: &[super::ast::FStringPart]) -> VResult {
        for part in parts {
            if let super::ast::FStringPart::Expr {
                value, format_spec, ..
            } = part
            {
                self.visit_expr(value)?;
                if let Some(spec) = format_spec {
                    self.visit_fstring_parts(spec)?;
                }
            }
        }
        Ok(())
    }

    fn check_yield(&self, e: &Expr) -> VResult {
        match self.kind() {
            ScopeKind::Comprehension(kind) if self.symtable() => {
                Err(error(format!("'yield' inside {}", kind.name()), e.span))
            }
            ScopeKind::Module | ScopeKind::Class if self.compile() => {
                Err(error("'yield' outside function", e.span))
            }
            _ => Ok(()),
        }
    }

    /// A comprehension: its first iterable belongs to the enclosing scope,
    /// the rest to its own.
    fn visit_comprehension(
        &mut self,
        node: &Expr,
        kind: ComprehensionKind,
        elements: &[&Expr],
        generators: &[Comprehension],
    ) -> VResult {
        if self.compile()
            && kind != ComprehensionKind::Generator
            && is_async_comprehension(elements, generators)
        {
            let allowed = matches!(
                self.kind(),
                ScopeKind::Function { is_async: true, .. } | ScopeKind::Comprehension(_)
            );
            if !allowed {
                return Err(error(
                    "asynchronous comprehension outside of an asynchronous function",
                    node.span,
                ));
            }
        }
        let Some((first, rest)) = generators.split_first() else {
            return Ok(());
        };
        self.visit_iterable(&first.iter)?;
        self.with_scope(ScopeKind::Comprehension(kind), |v| {
            v.visit_comprehension_target(&first.target)?;
            v.visit_exprs(&first.ifs)?;
            for generator in rest {
                v.visit_comprehension_target(&generator.target)?;
                v.visit_iterable(&generator.iter)?;
                v.visit_exprs(&generator.ifs)?;
            }
            elements.iter().try_for_each(|e| v.visit_expr(e))
        })
    }

    /// A comprehension's iterable, where an assignment expression may not be.
    fn visit_iterable(&mut self, iter: &Expr) -> VResult {
        self.scopes.last_mut().unwrap().in_comprehension_iterable += 1;
        let result = self.visit_expr(iter);
        self.scopes.last_mut().unwrap().in_comprehension_iterable -= 1;
        result
    }

    /// A comprehension's `for` target: the names it binds are iteration
    /// variables.
    fn visit_comprehension_target(&mut self, target: &Expr) -> VResult {
        fn bound(e: &Expr, names: &mut Vec<super::ast::Name>) {
            match &e.kind {
                ExprKind::Name(name) => names.push(name.clone()),
                ExprKind::Starred(value) => bound(value, names),
                ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                    elts.iter().for_each(|e| bound(e, names))
                }
                _ => {}
            }
        }
        let mut names = Vec::new();
        bound(target, &mut names);
        self.scopes
            .last_mut()
            .unwrap()
            .iteration_names
            .extend(names);
        self.visit_target(target)
    }

    /// CPython's symbol-table checks on `target := value`.
    fn check_named_expression(&self, target: &str, span: Span) -> VResult {
        let scope = self.scopes.last().unwrap();
        if scope.in_comprehension_iterable > 0 {
            let message =
                "assignment expression cannot be used in a comprehension iterable expression";
            return Err(error(message, span));
        }
        if !matches!(scope.kind, ScopeKind::Comprehension(_)) {
            return Ok(());
        }
        for scope in self.scopes.iter().rev() {
            match scope.kind {
                ScopeKind::Comprehension(_) => {
                    if scope.iteration_names.iter().any(|name| &**name == target) {
                        let message = format!(
                            "assignment expression cannot rebind comprehension iteration variable '{target}'"
                        );
                        return Err(error(message, span));
                    }
                }
                ScopeKind::Class => {
                    let message = "assignment expression within a comprehension cannot be used in a class body";
                    return Err(error(message, span));
                }
                _ => break,
            }
        }
        Ok(())
    }
}

// === Scope facts ===

/// True if a function body has a `return` with a value (in its own scope).
fn returns_value(body: &[Stmt]) -> bool {
    super::ast::any_in_block(body, &|s| matches!(s.kind, StmtKind::Return(Some(_))))
}

/// True if a function body yields (in its own scope).
fn is_generator(body: &[Stmt]) -> bool {
    let mut found = false;
    for stmt in body {
        walk_stmt_own_scope(stmt, &mut |e| {
            if matches!(e.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
                found = true;
            }
        });
    }
    found
}

/// True if a (non-generator) comprehension is asynchronous: an `async for`,
/// or an `await` or asynchronous comprehension in its own scope.
fn is_async_comprehension(elements: &[&Expr], generators: &[Comprehension]) -> bool {
    if generators.iter().any(|g| g.is_async) {
        return true;
    }
    let mut found = false;
    let mut check = |e: &Expr| {
        let nested_async = match &e.kind {
            ExprKind::Await(_) => true,
            ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } => {
                is_async_comprehension(&[elt], generators)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => is_async_comprehension(&[key, value], generators),
            _ => false,
        };
        found |= nested_async;
    };
    for (i, generator) in generators.iter().enumerate() {
        if i > 0 {
            walk_expr_own_scope(&generator.iter, &mut check);
        }
        walk_expr_own_scope(&generator.target, &mut check);
        generator
            .ifs
            .iter()
            .for_each(|e| walk_expr_own_scope(e, &mut check));
    }
    elements
        .iter()
        .for_each(|e| walk_expr_own_scope(e, &mut check));
    found
}

/// Calls `f` on every expression of `stmt` that belongs to the same scope
/// (not inside nested functions, classes, lambdas or comprehensions, except
/// a comprehension's first iterable).
fn walk_stmt_own_scope(stmt: &Stmt, f: &mut dyn FnMut(&Expr)) {
    let exprs =
        |es: &[&Expr], f: &mut dyn FnMut(&Expr)| es.iter().for_each(|e| walk_expr_own_scope(e, f));
    match &stmt.kind {
        StmtKind::Expr(e) | StmtKind::Return(Some(e)) => walk_expr_own_scope(e, f),
        StmtKind::Assign { targets, value } => {
            targets.iter().for_each(|t| walk_expr_own_scope(t, f));
            walk_expr_own_scope(value, f);
        }
        StmtKind::AugAssign { target, value, .. } => exprs(&[target, value], f),
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
        } => {
            exprs(&[target, annotation], f);
            value.iter().for_each(|v| walk_expr_own_scope(v, f));
        }
        StmtKind::FunctionDef(def) => {
            def.decorators
                .iter()
                .for_each(|d| walk_expr_own_scope(d, f));
            def.args
                .defaults
                .iter()
                .for_each(|d| walk_expr_own_scope(d, f));
            def.args
                .kw_defaults
                .iter()
                .flatten()
                .for_each(|d| walk_expr_own_scope(d, f));
        }
        StmtKind::ClassDef(def) => {
            def.decorators
                .iter()
                .chain(&def.bases)
                .for_each(|d| walk_expr_own_scope(d, f));
            def.keywords
                .iter()
                .for_each(|k| walk_expr_own_scope(&k.value, f));
        }
        StmtKind::Delete(targets) => targets.iter().for_each(|t| walk_expr_own_scope(t, f)),
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            walk_expr_own_scope(test, f);
            body.iter()
                .chain(orelse)
                .for_each(|s| walk_stmt_own_scope(s, f));
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            ..
        } => {
            exprs(&[target, iter], f);
            body.iter()
                .chain(orelse)
                .for_each(|s| walk_stmt_own_scope(s, f));
        }
        StmtKind::With { items, body, .. } => {
            for item in items {
                walk_expr_own_scope(&item.context, f);
                item.vars.iter().for_each(|v| walk_expr_own_scope(v, f));
            }
            body.iter().for_each(|s| walk_stmt_own_scope(s, f));
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            body.iter().for_each(|s| walk_stmt_own_scope(s, f));
            for handler in handlers {
                handler.typ.iter().for_each(|t| walk_expr_own_scope(t, f));
                handler.body.iter().for_each(|s| walk_stmt_own_scope(s, f));
            }
            orelse
                .iter()
                .chain(finalbody)
                .for_each(|s| walk_stmt_own_scope(s, f));
        }
        StmtKind::Raise { exc, cause } => exc
            .iter()
            .chain(cause.iter())
            .for_each(|e| walk_expr_own_scope(e, f)),
        StmtKind::Assert { test, msg } => {
            walk_expr_own_scope(test, f);
            msg.iter().for_each(|m| walk_expr_own_scope(m, f));
        }
        StmtKind::Match { subject, cases } => {
            walk_expr_own_scope(subject, f);
            for case in cases {
                case.guard.iter().for_each(|g| walk_expr_own_scope(g, f));
                case.body.iter().for_each(|s| walk_stmt_own_scope(s, f));
            }
        }
        StmtKind::Return(None)
        | StmtKind::Pass
        | StmtKind::Break
        | StmtKind::Continue
        | StmtKind::Import(_)
        | StmtKind::ImportFrom { .. }
        | StmtKind::Global(_)
        | StmtKind::Nonlocal(_) => {}
    }
}

/// [`walk_stmt_own_scope`] for an expression.
fn walk_expr_own_scope(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    f(e);
    let each =
        |es: &[Expr], f: &mut dyn FnMut(&Expr)| es.iter().for_each(|e| walk_expr_own_scope(e, f));
    match &e.kind {
        ExprKind::BoolOp { values, .. } => each(values, f),
        ExprKind::NamedExpr { value, .. } => walk_expr_own_scope(value, f),
        ExprKind::BinOp { left, right, .. } => {
            walk_expr_own_scope(left, f);
            walk_expr_own_scope(right, f);
        }
        ExprKind::UnaryOp { operand, .. } => walk_expr_own_scope(operand, f),
        ExprKind::Lambda { args, .. } => {
            each(&args.defaults, f);
            args.kw_defaults
                .iter()
                .flatten()
                .for_each(|d| walk_expr_own_scope(d, f));
        }
        ExprKind::IfExp { test, body, orelse } => {
            walk_expr_own_scope(test, f);
            walk_expr_own_scope(body, f);
            walk_expr_own_scope(orelse, f);
        }
        ExprKind::Dict { keys, values } => {
            keys.iter()
                .flatten()
                .for_each(|k| walk_expr_own_scope(k, f));
            each(values, f);
        }
        ExprKind::Set(elts) | ExprKind::List(elts) | ExprKind::Tuple(elts) => each(elts, f),
        ExprKind::ListComp { generators, .. }
        | ExprKind::SetComp { generators, .. }
        | ExprKind::DictComp { generators, .. }
        | ExprKind::GeneratorExp { generators, .. } => {
            if let Some(first) = generators.first() {
                walk_expr_own_scope(&first.iter, f);
            }
        }
        ExprKind::Await(value) | ExprKind::YieldFrom(value) | ExprKind::Starred(value) => {
            walk_expr_own_scope(value, f)
        }
        ExprKind::Yield(value) => value.iter().for_each(|v| walk_expr_own_scope(v, f)),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            walk_expr_own_scope(left, f);
            each(comparators, f);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            walk_expr_own_scope(func, f);
            each(args, f);
            keywords
                .iter()
                .for_each(|k| walk_expr_own_scope(&k.value, f));
        }
        ExprKind::FString(parts) => walk_fstring_parts(parts, f),
        ExprKind::Attribute { value, .. } => walk_expr_own_scope(value, f),
        ExprKind::Subscript { value, slice } => {
            walk_expr_own_scope(value, f);
            walk_expr_own_scope(slice, f);
        }
        ExprKind::Slice { lower, upper, step } => lower
            .iter()
            .chain(upper.iter())
            .chain(step.iter())
            .for_each(|p| walk_expr_own_scope(p, f)),
        ExprKind::Constant(_) | ExprKind::Name(_) => {}
    }
}

fn walk_fstring_parts(parts: &[super::ast::FStringPart], f: &mut dyn FnMut(&Expr)) {
    for part in parts {
        if let super::ast::FStringPart::Expr {
            value, format_spec, ..
        } = part
        {
            walk_expr_own_scope(value, f);
            if let Some(spec) = format_spec {
                walk_fstring_parts(spec, f);
            }
        }
    }
}
