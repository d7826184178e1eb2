//! `eval` and `exec`: source text compiled at run time and run in the
//! caller's scope (or in dicts the program passes).
//!
//! The code runs as module-level code, whose names go through `LoadName`
//! and `StoreName`: its frame's namespace decides where they land. At
//! module level that is the module itself (so `exec("y = 1")` defines `y`,
//! as in CPython). Inside a function it is a copy of the caller's locals:
//! CPython's `exec` cannot change a function's fast locals either. `eval`
//! stores its value under a name no program can write, in a namespace of
//! its own, and reads it back.

use std::rc::Rc;

use crate::engine::intern::Sym;
use crate::engine::syntax::ast::{Expr, ExprKind, Module, Stmt, StmtKind};
use crate::engine::vm::Vm;
use crate::engine::vm::object::{Obj, PyResult};
use crate::engine::vm::symmap::SymMap;
use crate::engine::vm::value::{ObjRef, Value};

type Kw<'a> = &'a [(Sym, Value)];

/// Where `eval` leaves its value: not a valid identifier, so no program
/// can read or clobber it.
const RESULT: &str = "<eval result>";

pub fn eval(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    run(vm, args, "eval")
}

pub fn exec(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    run(vm, args, "exec")
}

/// `compile(source, filename, mode)`: checked now, compiled again when run;
/// the object keeps the source for `eval`/`exec`.
pub fn compile(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    super::check_args(vm, args, 3, 6, "compile")?;
    let source = super::str_arg(vm, &args[0], "compile() arg 1")?;
    let filename = super::str_arg(vm, &args[1], "compile() arg 2")?;
    let mode = super::str_arg(vm, &args[2], "compile() arg 3")?;
    if !matches!(&*mode, "exec" | "eval" | "single") {
        return Err(vm.new_exc_str(
            "ValueError",
            "compile() mode must be 'exec', 'eval' or 'single'",
        ));
    }
    let text: Rc<str> = if &*mode == "eval" {
        source.trim_start_matches([' ', '\t']).into()
    } else {
        source.clone()
    };
    parse(vm, &text, &mode)?;
    let mut attrs = SymMap::new();
    for (k, v) in [
        (CODE_SOURCE, Value::Str(source)),
        ("co_filename", Value::Str(filename)),
        ("co_name", Value::str("<module>")),
        ("_mode", Value::Str(mode)),
    ] {
        let sym = vm.intern(k);
        attrs.insert(sym, v);
    }
    Ok(vm.namespace_instance(attrs))
}

/// The attribute a `compile()` result keeps its source under.
const CODE_SOURCE: &str = "<source>";

/// The source kept by `compile()`, if `v` is its result.
fn compiled_source(vm: &mut Vm, v: &Value) -> Option<Rc<str>> {
    compiled_field(vm, v, CODE_SOURCE)
}

/// The mode a `compile()` object was made with.
fn compiled_mode(vm: &mut Vm, v: &Value) -> Option<Rc<str>> {
    compiled_field(vm, v, "_mode")
}

/// A string `compile()` kept on its result under `name`.
fn compiled_field(vm: &mut Vm, v: &Value, name: &str) -> Option<Rc<str>> {
    let sym = vm.intern(name);
    match v {
        Value::Obj(r) => match vm.heap.get(*r) {
            Obj::Instance(i) => match i.dict.get(sym) {
                Some(Value::Str(s)) => Some(s.clone()),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

fn run(vm: &mut Vm, args: &[Value], mode: &str) -> PyResult<Value> {
    let compiled = args.first().and_then(|v| compiled_source(vm, v));
    let source = match (compiled, args.first()) {
        (Some(s), _) => s,
        (None, Some(Value::Str(s))) => s.clone(),
        (None, Some(_)) => {
            return Err(vm.type_error(format!(
                "{mode}() arg 1 must be a string, bytes or code object"
            )));
        }
        (None, None) => {
            return Err(vm.type_error(format!("{mode} expected at least 1 argument, got 0")));
        }
    };
    // `eval` ignores the leading blanks CPython strips from expressions.
    let text: Rc<str> = if mode == "eval" {
        source.trim_start_matches([' ', '\t']).into()
    } else {
        source.clone()
    };
    // A `compile(..., "single")` object displays its expressions however
    // it is run.
    let single = args
        .first()
        .is_some_and(|v| compiled_mode(vm, v).as_deref() == Some("single"));
    let module = parse(vm, &text, if single { "single" } else { mode })?;
    let code = match crate::engine::compile::compile_module(&module, "<string>", &mut vm.interner) {
        Ok(c) => c,
        Err(e) => {
            return Err(vm.new_syntax_error(
                e.kind,
                &e.message,
                "<string>",
                e.span.line,
                e.span.col,
                &text,
            ));
        }
    };
    vm.module_sources.push(("<string>".into(), text.clone()));
    let globals_arg = args.get(1).filter(|v| !v.is_none()).cloned();
    let locals_arg = args.get(2).filter(|v| !v.is_none()).cloned();
    let caller = vm
        .frames
        .last()
        .map(|f| (f.globals, f.namespace, f.func.is_null()));
    let Some((caller_globals, caller_ns, at_module_level)) = caller else {
        return Err(vm.new_exc_str("RuntimeError", "eval/exec needs a running frame"));
    };
    // A dict of globals becomes a module for the run; what the code
    // stores goes back into the dict after.
    let (globals, temp_module) = match &globals_arg {
        Some(d) => {
            if !matches!(d, Value::Obj(r) if matches!(vm.heap.get(*r), Obj::Dict(_))) {
                let cname = vm.class_name(d);
                return Err(vm.type_error(format!("{mode}() globals must be a dict, not {cname}")));
            }
            let m = dict_module(vm, d)?;
            (m, Some(m))
        }
        None => {
            vm.heap.incref_obj(caller_globals);
            (caller_globals, None)
        }
    };
    let in_function = !at_module_level && caller_ns.is_none();
    // The namespace names go to first: the locals dict given; for `eval`,
    // a fresh one holding what the caller sees locally; for `exec` in a
    // function, a copy of its locals; else the caller's namespace (the
    // module, a class body) or the globals given.
    let ns: ObjRef = if let Some(d) = &locals_arg {
        let map = dict_to_symmap(vm, d)?;
        vm.heap.alloc(Obj::Namespace(map))
    } else if globals_arg.is_some() {
        if mode == "eval" {
            vm.heap.alloc(Obj::Namespace(SymMap::new()))
        } else {
            vm.heap.incref_obj(globals);
            globals
        }
    } else if in_function {
        let map = caller_locals(vm);
        vm.heap.alloc(Obj::Namespace(map))
    } else if mode == "eval" {
        let map = match caller_ns {
            Some(n) if n != caller_globals => match vm.heap.get(n) {
                Obj::Namespace(m) => {
                    let m = m.clone();
                    for (_, v) in m.iter() {
                        vm.heap.incref(v);
                    }
                    m
                }
                _ => SymMap::new(),
            },
            _ => SymMap::new(),
        };
        vm.heap.alloc(Obj::Namespace(map))
    } else {
        let n = caller_ns.unwrap_or(globals);
        vm.heap.incref_obj(n);
        n
    };
    // The frame holds its own references to both.
    vm.heap.incref_obj(globals);
    vm.heap.incref_obj(ns);
    let frame = vm.alloc_frame(code, globals, Some(ns));
    let r = vm.run_frame_native(frame);
    let out = match r {
        Ok(v) => {
            vm.drop_val(v);
            if mode == "eval" {
                let sym = vm.intern(RESULT);
                let got = match vm.heap.get(ns) {
                    Obj::Namespace(m) => m.get(sym).cloned(),
                    Obj::Module(m) => m.dict.get(sym).cloned(),
                    _ => None,
                };
                let got = got.unwrap_or(Value::None);
                vm.heap.incref(&got);
                Ok(got)
            } else {
                Ok(Value::None)
            }
        }
        Err(e) => Err(e),
    };
    // Written back: a dict of locals, then the globals dict.
    if let Some(d) = &locals_arg {
        write_back(vm, ns, d)?;
    }
    if let (Some(m), Some(d)) = (temp_module, &globals_arg) {
        write_back(vm, m, d)?;
    }
    vm.heap.decref_obj(ns);
    vm.heap.decref_obj(globals);
    out
}

/// The source as a module; for `eval`, one expression assigned to
/// `RESULT`.
fn parse(vm: &mut Vm, text: &str, mode: &str) -> PyResult<Module> {
    let module = match crate::engine::syntax::parse_module(text) {
        Ok(m) => m,
        Err(e) => {
            return Err(vm.new_syntax_error(
                "SyntaxError",
                &e.message,
                "<string>",
                e.span.line,
                e.span.col,
                text,
            ));
        }
    };
    if mode == "single" {
        let mut module = module;
        display_exprs(&mut module.body);
        return Ok(module);
    }
    if mode != "eval" {
        return Ok(module);
    }
    let mut body = module.body;
    let expr: Option<Expr> = match body.len() {
        1 => match body.pop() {
            Some(Stmt {
                kind: StmtKind::Expr(e),
                ..
            }) => Some(e),
            _ => None,
        },
        _ => None,
    };
    let Some(expr) = expr else {
        return Err(vm.new_syntax_error("SyntaxError", "invalid syntax", "<string>", 1, 0, text));
    };
    let span = expr.span;
    let target = Expr {
        kind: ExprKind::Name(RESULT.into()),
        span,
    };
    let assign = Stmt {
        kind: StmtKind::Assign {
            targets: vec![target],
            value: expr,
        },
        span,
    };
    Ok(Module { body: vec![assign] })
}

/// `compile(..., "single")`, as the interactive prompt (and `doctest`)
/// runs a statement: each expression statement outside a function or a
/// class hands its value to `sys.displayhook`, which prints its repr
/// (CPython's `PRINT_EXPR`), here written as the call
/// `__import__('sys').displayhook(value)`.
fn display_exprs(body: &mut [Stmt]) {
    use crate::engine::syntax::ast::Constant;
    for s in body {
        match &mut s.kind {
            StmtKind::Expr(e) => {
                let span = e.span;
                let ex = |kind| Expr { kind, span };
                let value = std::mem::replace(e, ex(ExprKind::Constant(Constant::None)));
                let import = ex(ExprKind::Call {
                    func: Box::new(ex(ExprKind::Name("__import__".into()))),
                    args: vec![ex(ExprKind::Constant(Constant::Str("sys".into())))],
                    keywords: Vec::new(),
                });
                let hook = ex(ExprKind::Attribute {
                    value: Box::new(import),
                    attr: "displayhook".into(),
                });
                *e = ex(ExprKind::Call {
                    func: Box::new(hook),
                    args: vec![value],
                    keywords: Vec::new(),
                });
            }
            StmtKind::If { body, orelse, .. }
            | StmtKind::While { body, orelse, .. }
            | StmtKind::For { body, orelse, .. } => {
                display_exprs(body);
                display_exprs(orelse);
            }
            StmtKind::With { body, .. } => display_exprs(body),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                display_exprs(body);
                for h in handlers {
                    display_exprs(&mut h.body);
                }
                display_exprs(orelse);
                display_exprs(finalbody);
            }
            StmtKind::Match { cases, .. } => {
                for c in cases {
                    display_exprs(&mut c.body);
                }
            }
            _ => {}
        }
    }
}

/// The calling function's bound locals, counted.
fn caller_locals(vm: &mut Vm) -> SymMap {
    let mut map = SymMap::new();
    let pairs = vm
        .frames
        .last()
        .map(|f| f.bound_locals())
        .unwrap_or_default();
    for (k, v) in pairs {
        vm.heap.incref(&v);
        map.insert(k, v);
    }
    map
}

fn dict_to_symmap(vm: &mut Vm, d: &Value) -> PyResult<SymMap> {
    let mut map = SymMap::new();
    for (k, v) in vm.dict_items(d) {
        if let Value::Str(s) = k {
            let sym = vm.intern(&s);
            let v = vm.dup(&v);
            if let Some(old) = map.insert(sym, v) {
                vm.drop_val(old);
            }
        }
    }
    Ok(map)
}

/// A module whose namespace starts as the dict's contents.
fn dict_module(vm: &mut Vm, d: &Value) -> PyResult<ObjRef> {
    let map = dict_to_symmap(vm, d)?;
    Ok(vm
        .heap
        .alloc(Obj::Module(Box::new(crate::engine::vm::object::Module {
            name: "__main__".into(),
            dict: map,
            live: None,
        }))))
}

/// Copies what a namespace or module holds into a dict, after the run.
fn write_back(vm: &mut Vm, from: ObjRef, d: &Value) -> PyResult<()> {
    let pairs: Vec<(Sym, Value)> = match vm.heap.get(from) {
        Obj::Namespace(m) => m.iter().map(|(k, v)| (k, v.clone())).collect(),
        Obj::Module(m) => m.dict.iter().map(|(k, v)| (k, v.clone())).collect(),
        _ => Vec::new(),
    };
    for (k, v) in pairs {
        let key = Value::Str(vm.sym_str(k));
        if &*vm.sym_str(k) == RESULT {
            continue;
        }
        let v = vm.dup(&v);
        vm.dict_set(d, key, v)?;
    }
    Ok(())
}
