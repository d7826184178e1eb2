//! Frames, generators and values as plain Rust data, for the visualiser:
//! a frame's function, line and locals; a generator's or coroutine's state
//! and what it delegates to.
//!
//! Nothing here runs Python code. A user `__repr__` could print, allocate
//! or loop; a recording must be able to look at any step without changing
//! the run, so values are shown the way CPython shows an object with no
//! `__repr__` of its own (`<Foo object>`, without an address, which would
//! differ between runs).

use super::Vm;
use super::frame::Frame;
use super::object::{GenKind, GenState, Obj, Payload};
use super::value::{ObjRef, Value};
use crate::engine::numeric::float_repr::float_repr;
use crate::engine::numeric::str_repr::str_repr;

/// One frame: where it is and what its locals hold.
#[derive(Clone, Debug, PartialEq)]
pub struct FrameInfo {
    pub function: String,
    pub file: String,
    pub line: u32,
    /// Local names and their reprs, in the code's order (parameters
    /// first); unbound locals are left out.
    pub locals: Vec<(String, String)>,
}

/// A generator, coroutine or async generator.
#[derive(Clone, Debug, PartialEq)]
pub struct GenInfo {
    pub id: ObjRef,
    /// `generator`, `coroutine` or `async_generator`.
    pub kind: &'static str,
    pub name: String,
    /// `GEN_SUSPENDED`, `CORO_CREATED`, … (`inspect.getgeneratorstate`).
    pub state: &'static str,
    /// What it delegates to (`gi_yieldfrom` / `cr_await`), as a short label.
    pub awaits: Option<String>,
    /// Its own frame, while it has one and is not running.
    pub frame: Option<FrameInfo>,
}

/// Locals' reprs are cut to this many characters.
pub const REPR_CHARS: usize = 80;

impl Vm {
    /// A frame as data. `running` frames are on the VM's stack and about to
    /// execute `ip`; suspended ones stopped at `lasti`.
    pub fn frame_info(&self, f: &Frame, running: bool) -> FrameInfo {
        let line = if running {
            f.code.line_at(f.ip)
        } else {
            f.line()
        };
        let mut locals = Vec::new();
        let code = &f.code;
        for (i, name) in code.varnames.iter().enumerate() {
            if let Some(v) = f.locals.get(i)
                && !v.is_null()
            {
                locals.push((
                    String::from(&**self.interner.name(*name)),
                    self.safe_repr(v, REPR_CHARS),
                ));
            }
        }
        let cell_names = code.cellvars.iter().chain(code.freevars.iter());
        for (name, cell) in cell_names.zip(f.cells.iter()) {
            if let Obj::Cell(v) = self.heap.get(*cell)
                && !v.is_null()
            {
                locals.push((
                    String::from(&**self.interner.name(*name)),
                    self.safe_repr(v, REPR_CHARS),
                ));
            }
        }
        if code.kind == crate::engine::compile::code::CodeKind::Module
            && let Some(ns) = f.namespace
            && let Obj::Module(m) = self.heap.get(ns)
        {
            for (name, v) in m.dict.iter() {
                let name = self.sym_str(name);
                if name.starts_with("__") || self.is_module(v) {
                    continue;
                }
                locals.push((String::from(&*name), self.safe_repr(v, REPR_CHARS)));
            }
        }
        FrameInfo {
            function: String::from(&*code.qualname),
            file: String::from(&*code.filename),
            line,
            locals,
        }
    }

    fn is_module(&self, v: &Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(*r), Obj::Module(_)))
    }

    /// A generator-like object as data, or None for anything else.
    pub fn gen_info(&self, r: ObjRef) -> Option<GenInfo> {
        let Obj::Gen(g) = self.heap.get(r) else {
            return None;
        };
        let (kind, prefix) = match g.kind {
            GenKind::Generator => ("generator", "GEN"),
            GenKind::Coroutine => ("coroutine", "CORO"),
            GenKind::AsyncGenerator => ("async_generator", "AGEN"),
        };
        let state = match (prefix, g.state) {
            ("GEN", GenState::Created) => "GEN_CREATED",
            ("GEN", GenState::Running) => "GEN_RUNNING",
            ("GEN", GenState::Suspended) => "GEN_SUSPENDED",
            ("GEN", GenState::Closed) => "GEN_CLOSED",
            ("CORO", GenState::Created) => "CORO_CREATED",
            ("CORO", GenState::Running) => "CORO_RUNNING",
            ("CORO", GenState::Suspended) => "CORO_SUSPENDED",
            ("CORO", GenState::Closed) => "CORO_CLOSED",
            (_, GenState::Created) => "AGEN_CREATED",
            (_, GenState::Running) => "AGEN_RUNNING",
            (_, GenState::Suspended) => "AGEN_SUSPENDED",
            (_, GenState::Closed) => "AGEN_CLOSED",
        };
        let awaits = self.gen_delegate(r).map(|d| self.label(&d));
        let frame = match (&g.frame, g.state) {
            (Some(f), GenState::Created | GenState::Suspended) => Some(self.frame_info(f, false)),
            _ => None,
        };
        Some(GenInfo {
            id: r,
            kind,
            name: String::from(&*g.qualname),
            state,
            awaits,
            frame,
        })
    }

    /// A generator's own frame as `gen_info` gives it, without the rest.
    pub fn gen_frame_info(&self, r: ObjRef) -> Option<FrameInfo> {
        let Obj::Gen(g) = self.heap.get(r) else {
            return None;
        };
        match (&g.frame, g.state) {
            (Some(f), GenState::Created | GenState::Suspended) => Some(self.frame_info(f, false)),
            _ => None,
        }
    }

    /// `gi_yieldfrom` / `cr_await`: the sub-iterator a suspended generator
    /// delegates to.
    pub fn gen_delegate(&self, r: ObjRef) -> Option<Value> {
        let Obj::Gen(g) = self.heap.get(r) else {
            return None;
        };
        if g.delegating && g.state == GenState::Suspended {
            g.frame.as_ref().and_then(|f| f.stack.last().cloned())
        } else {
            None
        }
    }

    /// The generators of an await chain: `coro`, what it awaits, and so
    /// on down to the innermost.
    pub fn await_chain(&self, coro: &Value) -> Vec<ObjRef> {
        let mut out = Vec::new();
        let mut cur = coro.clone();
        // Bounded: a chain is as deep as the nesting of awaits.
        while out.len() < 1000 {
            let Value::Obj(r) = cur else { break };
            if !matches!(self.heap.get(r), Obj::Gen(_)) {
                break;
            }
            out.push(r);
            match self.gen_delegate(r) {
                Some(v) => cur = v,
                None => break,
            }
        }
        out
    }

    /// The innermost line of the program's own file where a suspended
    /// coroutine chain stopped (0 when none of it is the program's).
    pub fn suspended_line(&self, coro: &Value) -> u32 {
        let mut line = 0;
        for r in self.await_chain(coro) {
            if let Obj::Gen(g) = self.heap.get(r)
                && let Some(f) = &g.frame
                && *f.code.filename == *self.filename
            {
                line = f.line();
            }
        }
        line
    }

    /// `repr(v)` for builtin values, CPython's default form for everything
    /// else; never runs Python code; cut to about `max` characters.
    pub fn safe_repr(&self, v: &Value, max: usize) -> String {
        // Most reprs are short: one allocation instead of a few regrowths.
        let mut out = String::with_capacity(16);
        self.repr_into(v, &mut out, max, 0);
        if out.chars().count() > max {
            let cut: String = out.chars().take(max.saturating_sub(1)).collect();
            return cut + "…";
        }
        out
    }

    fn repr_into(&self, v: &Value, out: &mut String, max: usize, depth: usize) {
        if out.len() > max {
            return;
        }
        match v {
            Value::Null => out.push_str("<NULL>"),
            Value::None => out.push_str("None"),
            Value::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
            Value::Int(i) => {
                use std::fmt::Write;
                let _ = write!(out, "{i}");
            }
            Value::Float(x) => out.push_str(&float_repr(*x)),
            Value::Str(s) => {
                // Only what can show: a long string is cut anyway.
                let head: String = s.chars().take(max + 1).collect();
                out.push_str(&str_repr(&head));
            }
            Value::NotImplemented => out.push_str("NotImplemented"),
            Value::Ellipsis => out.push_str("Ellipsis"),
            Value::Obj(r) => self.repr_obj_into(*r, v, out, max, depth),
        }
    }

    fn repr_items<'a>(
        &self,
        items: impl Iterator<Item = &'a Value>,
        out: &mut String,
        max: usize,
        depth: usize,
    ) {
        for (i, it) in items.enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            if out.len() > max {
                out.push('…');
                return;
            }
            self.repr_into(it, out, max, depth + 1);
        }
    }

    fn repr_obj_into(&self, r: ObjRef, v: &Value, out: &mut String, max: usize, depth: usize) {
        if depth > 4 {
            out.push_str("...");
            return;
        }
        match self.heap.get(r) {
            Obj::BigInt(b) => out.push_str(&b.to_string()),
            Obj::List(items) => {
                out.push('[');
                self.repr_items(items.iter(), out, max, depth);
                out.push(']');
            }
            Obj::Deque(d) => {
                out.push_str("deque([");
                self.repr_items(d.items.iter(), out, max, depth);
                out.push(']');
                if let Some(m) = d.maxlen {
                    out.push_str(&format!(", maxlen={m}"));
                }
                out.push(')');
            }
            Obj::Tuple(items) => {
                out.push('(');
                self.repr_items(items.iter(), out, max, depth);
                out.push_str(if items.len() == 1 { ",)" } else { ")" });
            }
            Obj::Dict(d) => {
                out.push('{');
                for (i, e) in d.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    if out.len() > max {
                        out.push('…');
                        break;
                    }
                    self.repr_into(&e.key, out, max, depth + 1);
                    out.push_str(": ");
                    self.repr_into(&e.value, out, max, depth + 1);
                }
                out.push('}');
            }
            Obj::Set(s) | Obj::FrozenSet(s) => {
                let frozen = matches!(self.heap.get(r), Obj::FrozenSet(_));
                let items = s.values();
                if items.is_empty() {
                    out.push_str(if frozen { "frozenset()" } else { "set()" });
                    return;
                }
                out.push_str(if frozen { "frozenset({" } else { "{" });
                self.repr_items(items.iter(), out, max, depth);
                out.push_str(if frozen { "})" } else { "}" });
            }
            Obj::Bytes(b) => out.push_str(&super::repr::bytes_repr(b)),
            Obj::Function(f) => out.push_str(&format!("<function {}>", f.qualname)),
            Obj::Native(n) => out.push_str(&format!("<built-in function {}>", n.name)),
            Obj::BoundMethod { func, this } => {
                let name = match func {
                    Value::Obj(f) => match self.heap.get(*f) {
                        Obj::Function(f) => f.qualname.to_string(),
                        Obj::Native(n) => n.name.to_string(),
                        _ => "?".into(),
                    },
                    _ => "?".into(),
                };
                out.push_str(&format!("<bound method {name} of "));
                self.repr_into(this, out, max, depth + 1);
                out.push('>');
            }
            Obj::Class(c) => {
                if &*c.module == "builtins" {
                    out.push_str(&format!("<class '{}'>", c.qualname));
                } else {
                    out.push_str(&format!("<class '{}.{}'>", c.module, c.qualname));
                }
            }
            Obj::Module(m) => out.push_str(&format!("<module '{}'>", m.name)),
            Obj::Gen(g) => {
                let kind = match g.kind {
                    GenKind::Generator => "generator",
                    GenKind::Coroutine => "coroutine",
                    GenKind::AsyncGenerator => "async_generator",
                };
                out.push_str(&format!("<{kind} object {}>", g.qualname));
            }
            Obj::Range { start, stop, step } => {
                if *step == 1 {
                    out.push_str(&format!("range({start}, {stop})"));
                } else {
                    out.push_str(&format!("range({start}, {stop}, {step})"));
                }
            }
            Obj::Cell(_) => out.push_str("<cell>"),
            Obj::Instance(i) => match &i.payload {
                Payload::Builtin(inner) => self.repr_into(inner, out, max, depth + 1),
                Payload::Exc(e) => {
                    out.push_str(&self.class_name_plain(v));
                    match &e.args {
                        Value::Obj(t) if matches!(self.heap.get(*t), Obj::Tuple(_)) => {
                            if let Obj::Tuple(items) = self.heap.get(*t) {
                                out.push('(');
                                self.repr_items(items.iter(), out, max, depth);
                                out.push(')');
                            }
                        }
                        _ => out.push_str("()"),
                    }
                }
                Payload::Future(f) => {
                    let state = f.state.name().to_ascii_lowercase();
                    match &f.task {
                        Some(t) => out.push_str(&format!("<Task {state} name='{}'>", t.name)),
                        None => out.push_str(&format!("<Future {state} #{}>", f.id)),
                    }
                }
                _ => out.push_str(&format!("<{} object>", self.class_name_plain(v))),
            },
            _ => out.push_str(&format!("<{} object>", self.class_name_plain(v))),
        }
    }
}
