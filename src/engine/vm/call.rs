//! Calls: binding arguments to parameters, pushing frames, calling natives
//! and classes, and building classes and functions.

use std::rc::Rc;

use super::Vm;
use super::frame::{Cont, Frame};
use super::interp::Exit;
use super::object::{
    BuiltinKind, Class, ExcData, Function, GenKind, GenState, Generator, Instance, NativeKind, Obj,
    Payload, PyResult,
};
use super::symmap::SymMap;
use super::value::{ObjRef, Value};
use crate::engine::compile::code::{Code, Const};
use crate::engine::compile::mangle::mangle;
use crate::engine::intern::Sym;

impl Vm {
    /// `Call`/`CallKw` from bytecode: Python functions get a frame pushed on
    /// this run loop; anything else is called natively.
    pub(super) fn op_call(
        &mut self,
        argc: usize,
        kwnames: Option<u32>,
        method: bool,
    ) -> PyResult<Option<Exit>> {
        let kw_syms: Option<Rc<[Sym]>> = match kwnames {
            Some(k) => match &self.frames.last().expect("frame").code.consts[k as usize] {
                Const::Names(n) => Some(n.clone()),
                _ => None,
            },
            None => None,
        };
        if kw_syms.is_none() {
            if self.call_fast(argc, method)
                || self.str_of_int(argc, method)
                || self.list_append(argc, method)
            {
                return Ok(None);
            }
            if let Some(r) = self.native_direct(argc, method) {
                return r.map(|()| None);
            }
        }
        let nkw = kw_syms.as_ref().map_or(0, |k| k.len());
        let f = self.frames.last_mut().expect("frame");
        let at = f.stack.len() - argc;
        let mut args = self.vec_pool.pop().unwrap_or_default();
        let f = self.frames.last_mut().expect("frame");
        if method {
            // `LoadMethod` left `func self` (or `callable Null`) below the
            // arguments.
            let this = std::mem::replace(&mut f.stack[at - 1], Value::Null);
            if !this.is_null() {
                args.push(this);
            }
        }
        args.extend(f.stack.drain(at..));
        if method {
            f.stack.pop();
        }
        let func = f.stack.pop().expect("callable under the arguments");
        let kwargs: Vec<(Sym, Value)> = match &kw_syms {
            Some(k) => {
                let kwvals = args.split_off(args.len() - nkw);
                k.iter().copied().zip(kwvals).collect()
            }
            None => Vec::new(),
        };
        self.push_call(func, args, kwargs)
    }

    /// A call of a plain Python function with exactly its positional
    /// parameters, the commonest call: the arguments move from the caller's
    /// stack straight into the new frame's locals. False (nothing done)
    /// when the call needs the general path, which also reports the errors.
    fn call_fast(&mut self, argc: usize, method: bool) -> bool {
        let f = self.frames.last().expect("frame");
        let fpos = f.stack.len() - argc - 1 - method as usize;
        let has_self = method && !f.stack[fpos + 1].is_null();
        let nargs = argc + has_self as usize;
        let Value::Obj(fref) = f.stack[fpos] else {
            return false;
        };
        let Obj::Function(func) = self.heap.get(fref) else {
            return false;
        };
        let code = &func.code;
        if nargs != code.argcount as usize
            || code.has_varargs
            || code.kwonlyargcount != 0
            || code.has_varkw
            || self.check_recursion_quiet()
        {
            return false;
        }
        let (code, globals) = (code.clone(), func.globals);
        let cells = !code.cellvars.is_empty() || !func.closure.is_empty();
        let mut frame = self.alloc_frame(code.clone(), globals, None);
        let caller = self.frames.last_mut().expect("frame");
        let first = fpos + 1 + (method && !has_self) as usize;
        // One or two arguments, the commonest counts, move without a
        // `Drain`.
        match caller.stack.len() - first {
            0 => {}
            1 => frame.locals.push(caller.stack.pop().expect("argument")),
            2 => {
                let b = caller.stack.pop().expect("argument");
                let a = caller.stack.pop().expect("argument");
                frame.locals.push(a);
                frame.locals.push(b);
            }
            _ => frame.locals.extend(caller.stack.drain(first..)),
        }
        caller.stack.truncate(fpos + 1);
        // The callable's reference moves to the frame.
        frame.func = caller.stack.pop().expect("callable under the arguments");
        if frame.locals.len() < code.varnames.len() {
            frame.locals.resize(code.varnames.len(), Value::Null);
        }
        if cells {
            self.init_cells(&mut frame, fref, &code);
        }
        if code.is_resumable() {
            let g = self.new_generator(frame, code);
            self.frames.last_mut().expect("frame").stack.push(g);
        } else {
            self.frames.push(frame);
        }
        true
    }

    /// A builtin function or unbound builtin method called with a few
    /// positional arguments (`len(x)`, `d.get(k)`, the prelude's
    /// shortcuts): the arguments move from the caller's stack into a local
    /// array and the native runs at once. The general path would gather
    /// them in a vector and pass through `push_call` and `call_value`,
    /// about as much work again as a small native itself. References are
    /// dropped in the general path's order (the callable, then each
    /// argument), so finalizers run at the same moments. None (nothing
    /// done) when the call needs the general path.
    fn native_direct(&mut self, argc: usize, method: bool) -> Option<PyResult<()>> {
        const MAX: usize = 4;
        let f = self.frames.last().expect("frame");
        let fpos = f.stack.len() - argc - 1 - method as usize;
        let has_self = method && !f.stack[fpos + 1].is_null();
        let nargs = argc + has_self as usize;
        if nargs > MAX {
            return None;
        }
        let Value::Obj(fref) = f.stack[fpos] else {
            return None;
        };
        let Obj::Native(n) = self.heap.get(fref) else {
            return None;
        };
        if !n.this.is_null() || (n.name == "_run_handle" && n.owner == "asyncio") {
            return None;
        }
        let (func, owner, name, kind, arity) = (n.func, n.owner, n.name, n.kind, n.arity);
        let first = fpos + 1 + (method && !has_self) as usize;
        // A builtin method called on a subclass instance runs on the
        // object behind it, which `call_value` finds.
        if nargs > 0 && self.backing_for(owner, &f.stack[first]).is_some() {
            return None;
        }
        let mut args: [Value; MAX] = Default::default();
        let caller = self.frames.last_mut().expect("frame");
        for (slot, v) in args.iter_mut().zip(caller.stack.drain(first..)) {
            *slot = v;
        }
        caller.stack.truncate(fpos + 1);
        let callable = caller.stack.pop().expect("callable under the arguments");
        let r = match arity {
            Some(a) => self.check_native_args(owner, name, kind, a, true, &args[..nargs], false),
            None => Ok(()),
        }
        .and_then(|()| self.call_native(func, &args[..nargs], &[]));
        self.drop_val(callable);
        for v in args.into_iter().take(nargs) {
            self.heap.decref(v);
        }
        Some(r.map(|v| self.frames.last_mut().expect("frame").stack.push(v)))
    }

    /// `str(n)` of an int, the usual way numbers become text: the builtin
    /// `str` class (immutable, so no hook or `__new__` of a program's can
    /// come first) would go through `type_call`, `str.__new__` and `repr`
    /// to produce the same decimal digits. False (nothing done) otherwise.
    fn str_of_int(&mut self, argc: usize, method: bool) -> bool {
        // `call_native`'s depth limit applies to `str.__new__` too.
        if argc != 1 || method || self.native_depth >= 200 {
            return false;
        }
        let str_ = self.types.str_;
        let f = self.frames.last_mut().expect("frame");
        let n = f.stack.len();
        let (Value::Obj(c), Value::Int(i)) = (&f.stack[n - 2], &f.stack[n - 1]) else {
            return false;
        };
        if *c != str_ {
            return false;
        }
        // The digits written in place: one allocation, not a `String`'s
        // and then the `Rc<str>`'s.
        let mut buf = [0u8; 20];
        let mut at = buf.len();
        let mut u = i.unsigned_abs();
        loop {
            at -= 1;
            buf[at] = b'0' + (u % 10) as u8;
            u /= 10;
            if u == 0 {
                break;
            }
        }
        if *i < 0 {
            at -= 1;
            buf[at] = b'-';
        }
        let digits = std::str::from_utf8(&buf[at..]).expect("ASCII digits");
        let s = Value::Str(Rc::from(digits));
        f.stack.pop();
        f.stack[n - 2] = s;
        // The class's reference, which the call would drop after it.
        self.heap.decref_obj(str_);
        true
    }

    /// `items.append(v)` on a list, after `LoadMethod` left the builtin
    /// method and the list under the argument: what `list.append` does,
    /// without the argument vector and the native call around it. The
    /// references are taken and dropped in the order the general path
    /// takes and drops them (the method, the list, the value), so any
    /// object freed here is freed in the same order. False (nothing done)
    /// otherwise.
    fn list_append(&mut self, argc: usize, method: bool) -> bool {
        if argc != 1 || !method || self.native_depth >= 200 {
            return false;
        }
        let f = self.frames.last().expect("frame");
        let n = f.stack.len();
        let (Value::Obj(m), Value::Obj(l)) = (&f.stack[n - 3], &f.stack[n - 2]) else {
            return false;
        };
        let (m, l) = (*m, *l);
        let Obj::Native(nf) = self.heap.get(m) else {
            return false;
        };
        if nf.name != "append"
            || nf.owner != "list"
            || nf.kind != NativeKind::Method
            || !nf.this.is_null()
            || !matches!(self.heap.get(l), Obj::List(_))
        {
            return false;
        }
        let f = self.frames.last_mut().expect("frame");
        let v = f.stack.pop().expect("argument");
        f.stack.truncate(n - 3);
        f.stack.push(Value::None);
        self.heap.incref(&v);
        match self.heap.get_mut(l) {
            Obj::List(items) => items.push(v.clone()),
            _ => unreachable!("checked above"),
        }
        self.heap.decref_obj(m);
        self.heap.decref_obj(l);
        self.heap.decref(v);
        true
    }

    /// Calls `func` (owned, as are the arguments) from bytecode: a Python
    /// function gets a frame pushed on this run loop, so deep recursion
    /// through `f(*args, **kw)` costs frames, not native stack.
    pub(crate) fn push_call(
        &mut self,
        func: Value,
        mut args: Vec<Value>,
        kwargs: Vec<(Sym, Value)>,
    ) -> PyResult<Option<Exit>> {
        // Fast path: a plain Python function or a method bound to one.
        let target = match &func {
            Value::Obj(r) => match self.heap.get(*r) {
                Obj::Function(_) => Some((*r, None)),
                Obj::BoundMethod {
                    func: Value::Obj(fr),
                    this,
                } if matches!(self.heap.get(*fr), Obj::Function(_)) => {
                    Some((*fr, Some(this.clone())))
                }
                _ => None,
            },
            _ => None,
        };
        if let Some((fref, this)) = target {
            if let Some(this) = this {
                self.heap.incref(&this);
                args.insert(0, this);
            }
            let code = match self.heap.get(fref) {
                Obj::Function(f) => f.code.clone(),
                _ => unreachable!("checked above"),
            };
            let frame = self.new_frame(fref, &code, args, kwargs);
            self.drop_val(func);
            let frame = frame?;
            if code.is_resumable() {
                let g = self.new_generator(frame, code);
                self.frames.last_mut().expect("frame").stack.push(g);
                return Ok(None);
            }
            self.check_recursion().inspect_err(|_| {})?;
            self.frames.push(frame);
            return Ok(None);
        }
        if let Value::Obj(r) = &func
            && let Obj::Native(n) = self.heap.get(*r)
            && n.name == "_run_handle"
            && n.owner == "asyncio"
            && args.len() == 1
            && kwargs.is_empty()
        {
            // The event loop running a handle: no nested run loop.
            let r = self.run_handle_from_bytecode(&args[0]);
            self.drop_val(func);
            self.recycle_args(args);
            return r.map(|()| None);
        }
        let kw_borrowed: Vec<(Sym, Value)> = kwargs.iter().map(|(k, v)| (*k, v.clone())).collect();
        let r = self.call_value(&func, &args, &kw_borrowed);
        self.drop_val(func);
        self.recycle_args(args);
        self.heap.decref_all(kwargs.into_iter().map(|(_, v)| v));
        let v = r?;
        self.frames.last_mut().expect("frame").stack.push(v);
        Ok(None)
    }

    /// Drops the arguments of a finished call; their vector goes back to
    /// the pool for the next call.
    fn recycle_args(&mut self, mut args: Vec<Value>) {
        for v in args.drain(..) {
            self.heap.decref(v);
        }
        if self.vec_pool.len() < 64 {
            self.vec_pool.push(args);
        }
    }

    /// Calls any callable with borrowed arguments; returns a new reference.
    pub fn call_value(
        &mut self,
        func: &Value,
        args: &[Value],
        kwargs: &[(Sym, Value)],
    ) -> PyResult<Value> {
        let Value::Obj(r) = func else {
            let cname = self.class_name(func);
            return Err(self.type_error(format!("'{cname}' object is not callable")));
        };
        let r = *r;
        match self.heap.get(r) {
            Obj::Function(f) => {
                let code = f.code.clone();
                let owned_args: Vec<Value> = args.iter().map(|a| self.dup(a)).collect();
                let owned_kw: Vec<(Sym, Value)> =
                    kwargs.iter().map(|(k, v)| (*k, self.dup(v))).collect();
                let frame = self.new_frame(r, &code, owned_args, owned_kw)?;
                if code.is_resumable() {
                    return Ok(self.new_generator(frame, code));
                }
                self.run_frame_native(frame)
            }
            Obj::BoundMethod { func, this } => {
                let (func, this) = (func.clone(), this.clone());
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(this);
                all.extend_from_slice(args);
                self.call_value(&func, &all, kwargs)
            }
            Obj::Native(n) => {
                let (f, this, kind, owner) = (n.func, n.this.clone(), n.kind, n.owner);
                // `dict.__getitem__` on a subclass instance keeps the
                // instance, so a KeyError reaches its `__missing__`.
                let owner_for_backing = if owner == "dict" && n.name == "__getitem__" {
                    ""
                } else {
                    owner
                };
                if let Some(a) = n.arity {
                    let name = n.name;
                    let unbound = this.is_null();
                    self.check_native_args(
                        owner,
                        name,
                        kind,
                        a,
                        unbound,
                        args,
                        !kwargs.is_empty(),
                    )?;
                }
                if this.is_null() && kind != NativeKind::StaticMethod {
                    if let Some(b) = args
                        .first()
                        .and_then(|a| self.backing_for(owner_for_backing, a))
                    {
                        let mut all = args.to_vec();
                        all[0] = b;
                        let r = self.call_native(f, &all, kwargs);
                        return self.unback(r, &all[0], &args[0]);
                    }
                    return self.call_native(f, args, kwargs);
                }
                let mut all = Vec::with_capacity(args.len() + 1);
                let mut original = None;
                if !this.is_null() {
                    match self.backing_for(owner_for_backing, &this) {
                        Some(b) => {
                            all.push(b);
                            original = Some(this);
                        }
                        None => all.push(this),
                    }
                }
                all.extend_from_slice(args);
                let r = self.call_native(f, &all, kwargs);
                match original {
                    Some(o) => self.unback(r, &all[0], &o),
                    None => r,
                }
            }
            Obj::Class(_) => self.call_class(r, args, kwargs),
            Obj::StaticMethod(f) => {
                let f = f.clone();
                self.call_value(&f, args, kwargs)
            }
            _ => {
                let call = self.names.call;
                if self.has_method(func, call) {
                    if kwargs.is_empty() {
                        return self.call_method(func, call, args);
                    }
                    let m = self.getattr(func, call)?;
                    let r = self.call_value(&m, args, kwargs);
                    self.drop_val(m);
                    return r;
                }
                let cname = self.class_name(func);
                Err(self.type_error(format!("'{cname}' object is not callable")))
            }
        }
    }

    fn call_native(
        &mut self,
        f: super::object::NativeImpl,
        args: &[Value],
        kwargs: &[(Sym, Value)],
    ) -> PyResult<Value> {
        self.native_depth += 1;
        let r = if self.native_depth > 200 {
            Err(self.new_exc_str("RecursionError", "maximum recursion depth exceeded"))
        } else {
            f(self, args, kwargs)
        };
        self.native_depth -= 1;
        r
    }

    /// CPython's checks of a call to a method of a builtin type, before
    /// its native runs: the `self` an unbound method needs, keywords for
    /// a method that takes none, and the number of arguments, each in
    /// CPython's words (which vary with how the method is written in C).
    #[allow(clippy::too_many_arguments)]
    fn check_native_args(
        &mut self,
        owner: &'static str,
        name: &'static str,
        kind: NativeKind,
        arity: &'static super::object::Arity,
        unbound: bool,
        args: &[Value],
        keywords: bool,
    ) -> PyResult<()> {
        let given = if unbound && kind != NativeKind::StaticMethod {
            let Some(first) = args.first() else {
                return Err(
                    self.type_error(format!("unbound method {owner}.{name}() needs an argument"))
                );
            };
            if kind == NativeKind::Method
                && let Some(cls) = self.builtin_owner_class(owner)
                && !self.isinstance(first, cls)
            {
                let cname = self.class_name(first);
                return Err(self.type_error(format!(
                    "descriptor '{name}' for '{owner}' objects doesn't apply to a '{cname}' object"
                )));
            }
            args.len() - 1
        } else {
            args.len()
        };
        if keywords && !arity.no_keywords.is_empty() {
            return Err(self.type_error(arity.no_keywords.to_string()));
        }
        let template = if given < arity.min as usize {
            arity.few
        } else if given > arity.max as usize {
            arity.many
        } else {
            return Ok(());
        };
        Err(self.type_error(template.replace("{n}", &given.to_string())))
    }

    fn builtin_owner_class(&self, owner: &str) -> Option<ObjRef> {
        let t = &self.types;
        Some(match owner {
            "str" => t.str_,
            "bytes" => t.bytes,
            "list" => t.list,
            "tuple" => t.tuple,
            "dict" => t.dict,
            "set" => t.set,
            "frozenset" => t.frozenset,
            "int" => t.int,
            "float" => t.float,
            _ => return None,
        })
    }

    /// The builtin object behind an instance of a subclass of a builtin
    /// type, when a method of that builtin type (`owner`) is called on it.
    pub fn backing_for(&self, owner: &str, v: &Value) -> Option<Value> {
        if !matches!(
            owner,
            "list" | "dict" | "tuple" | "set" | "frozenset" | "str" | "int" | "float"
        ) {
            return None;
        }
        self.backing(v)
    }

    /// A builtin method that returns its own object (`list.__iadd__`,
    /// `set.__ior__`) called on a subclass's backing object returns the
    /// subclass instance, which is that object in CPython.
    fn unback(&mut self, r: PyResult<Value>, backing: &Value, original: &Value) -> PyResult<Value> {
        match r {
            Ok(v) if matches!((&v, backing), (Value::Obj(a), Value::Obj(b)) if a == b) => {
                self.drop_val(v);
                Ok(self.dup(original))
            }
            r => r,
        }
    }

    /// The builtin object behind an instance of a subclass of a builtin.
    pub fn backing(&self, v: &Value) -> Option<Value> {
        match v {
            Value::Obj(r) => match self.heap.get(*r) {
                Obj::Instance(i) => match &i.payload {
                    Payload::Builtin(b) => Some(b.clone()),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    /// Runs a frame to completion from native code.
    pub fn run_frame_native(&mut self, mut frame: Box<Frame>) -> PyResult<Value> {
        self.native_depth += 1;
        if let Err(e) = self.check_recursion() {
            self.native_depth -= 1;
            self.release_frame(frame);
            return Err(e);
        }
        frame.cont = Cont::Native;
        self.frames.push(frame);
        let base = self.frames.len() - 1;
        let r = self.run_frames(base);
        self.native_depth -= 1;
        match r? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(v) => {
                self.drop_val(v);
                Err(self.new_exc_str("SystemError", "a plain function yielded"))
            }
            Exit::Paused => Err(self.new_exc_str("SystemError", "paused inside native code")),
        }
    }

    /// Calls `obj.name(*args)`.
    pub fn call_method(&mut self, obj: &Value, name: Sym, args: &[Value]) -> PyResult<Value> {
        let cls = self.class_of(obj);
        if let Some(attr) = self.lookup_in_mro(cls, name) {
            let is_plain = match &attr {
                Value::Obj(r) => match self.heap.get(*r) {
                    Obj::Function(_) => true,
                    Obj::Native(n) => n.kind == NativeKind::Method && n.this.is_null(),
                    _ => false,
                },
                _ => false,
            };
            if is_plain && !self.instance_dict_has(obj, name) {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(obj.clone());
                all.extend_from_slice(args);
                return self.call_value(&attr, &all, &[]);
            }
        }
        let m = self.getattr(obj, name)?;
        let r = self.call_value(&m, args, &[]);
        self.drop_val(m);
        r
    }

    fn instance_dict_has(&self, obj: &Value, name: Sym) -> bool {
        match obj {
            Value::Obj(r) => match self.heap.get(*r) {
                Obj::Instance(i) => i.dict.contains(name),
                _ => false,
            },
            _ => false,
        }
    }

    /// Whether `type(obj)` defines `name` in Python code.
    pub fn has_user_method(&self, obj: &Value, name: Sym) -> bool {
        let cls = self.class_of(obj);
        self.lookup_in_mro(cls, name)
            .is_some_and(|f| self.is_user_function(&f))
    }

    /// Whether `type(obj)` defines `name`.
    pub fn has_method(&self, obj: &Value, name: Sym) -> bool {
        let cls = self.class_of(obj);
        self.lookup_in_mro(cls, name).is_some()
    }

    /// A frame for calling function `fref` with owned arguments.
    pub fn new_frame(
        &mut self,
        fref: ObjRef,
        code: &Rc<Code>,
        args: Vec<Value>,
        kwargs: Vec<(Sym, Value)>,
    ) -> PyResult<Box<Frame>> {
        let locals = self.bind_args(fref, code, args, kwargs)?;
        let globals = match self.heap.get(fref) {
            Obj::Function(f) => f.globals,
            _ => unreachable!("new_frame takes a function"),
        };
        self.heap.incref_obj(fref);
        let mut frame = self.alloc_frame(code.clone(), globals, None);
        frame.func = Value::Obj(fref);
        let spare = std::mem::replace(&mut frame.locals, locals);
        if self.vec_pool.len() < 64 {
            self.vec_pool.push(spare);
        }
        self.init_cells(&mut frame, fref, code);
        Ok(frame)
    }

    /// Fills a new frame's cells: fresh ones for the code's cellvars (an
    /// argument's value when a parameter is a cell), then the function's
    /// closure.
    fn init_cells(&mut self, frame: &mut Frame, fref: ObjRef, code: &Code) {
        for (i, _) in code.cellvars.iter().enumerate() {
            let init = match code.cell2arg[i] {
                Some(a) => {
                    let v = frame.locals[a as usize].clone();
                    self.heap.incref(&v);
                    v
                }
                None => Value::Null,
            };
            let c = self.heap.alloc(Obj::Cell(init));
            frame.cells.push(c);
        }
        let n = match self.heap.get(fref) {
            Obj::Function(f) => f.closure.len(),
            _ => 0,
        };
        for k in 0..n {
            let c = match self.heap.get(fref) {
                Obj::Function(f) => f.closure[k],
                _ => unreachable!("checked above"),
            };
            self.heap.incref_obj(c);
            frame.cells.push(c);
        }
    }

    /// Wraps a new frame of a generator function in its generator object.
    pub fn new_generator(&mut self, frame: Box<Frame>, code: Rc<Code>) -> Value {
        let kind = if code.is_coroutine {
            GenKind::Coroutine
        } else if code.is_async_generator {
            GenKind::AsyncGenerator
        } else {
            GenKind::Generator
        };
        let (name, qualname) = match &frame.func {
            Value::Obj(r) => match self.heap.get(*r) {
                Obj::Function(f) => (f.name.clone(), f.qualname.clone()),
                _ => (code.name.clone(), code.qualname.clone()),
            },
            _ => (code.name.clone(), code.qualname.clone()),
        };
        let iterable = code.iterable_coroutine;
        let g = self.heap.alloc_gen(Generator {
            kind,
            state: GenState::Created,
            frame: None,
            code,
            name,
            qualname,
            delegating: false,
            ag_running: false,
            iterable_coroutine: iterable,
            yielded_async: false,
        });
        let mut frame = frame;
        frame.generator = Some(g);
        if let Obj::Gen(gn) = self.heap.get_mut(g) {
            gn.frame = Some(frame);
        }
        Value::Obj(g)
    }

    /// Binds arguments to the fast locals of `code`, with CPython's errors.
    fn bind_args(
        &mut self,
        fref: ObjRef,
        code: &Code,
        mut args: Vec<Value>,
        kwargs: Vec<(Sym, Value)>,
    ) -> PyResult<Vec<Value>> {
        let nlocals = code.varnames.len();
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        // Fast path: exactly the positional parameters, nothing else.
        if kwargs.is_empty()
            && args.len() == argcount
            && !code.has_varargs
            && kwonly == 0
            && !code.has_varkw
        {
            args.resize(nlocals, Value::Null);
            return Ok(args);
        }
        let mut locals = vec![Value::Null; nlocals];
        let qualname = match self.heap.get(fref) {
            Obj::Function(f) => f.qualname.clone(),
            _ => code.qualname.clone(),
        };
        let nargs = args.len();
        let mut extra = Vec::new();
        for (i, a) in args.into_iter().enumerate() {
            if i < argcount {
                locals[i] = a;
            } else {
                extra.push(a);
            }
        }
        let mut varkw: Option<Value> = None;
        if code.has_varkw {
            varkw = Some(self.new_dict());
        }
        let cleanup = |vm: &mut Vm, locals: Vec<Value>, extra: Vec<Value>, varkw: Option<Value>| {
            vm.heap.decref_all(locals);
            vm.heap.decref_all(extra);
            if let Some(v) = varkw {
                vm.drop_val(v);
            }
        };
        if code.has_varargs {
            let t = self.new_tuple(std::mem::take(&mut extra));
            locals[argcount + kwonly] = t;
        } else if !extra.is_empty() {
            let defaults = match self.heap.get(fref) {
                Obj::Function(f) => f.defaults.len(),
                _ => 0,
            };
            let kw_given = kwargs
                .iter()
                .filter(|(k, _)| code.varnames[..argcount].contains(k))
                .count();
            let msg = if defaults > 0 {
                format!(
                    "{qualname}() takes from {} to {argcount} positional arguments but {nargs} were given",
                    argcount - defaults
                )
            } else if kw_given > 0 {
                format!(
                    "{qualname}() takes {argcount} positional argument{} but {nargs} positional argument{} (and {kw_given} keyword-only argument) were given",
                    if argcount == 1 { "" } else { "s" },
                    if nargs == 1 { "" } else { "s" },
                )
            } else {
                format!(
                    "{qualname}() takes {argcount} positional argument{} but {nargs} {} given",
                    if argcount == 1 { "" } else { "s" },
                    if nargs == 1 { "was" } else { "were" }
                )
            };
            self.heap.decref_all(kwargs.into_iter().map(|(_, v)| v));
            cleanup(self, locals, extra, varkw);
            return Err(self.type_error(msg));
        }
        let posonly = code.posonlyargcount as usize;
        let mut kwargs = kwargs.into_iter();
        while let Some((k, v)) = kwargs.next() {
            let pos = code.varnames[..argcount + kwonly]
                .iter()
                .position(|n| *n == k);
            match pos {
                Some(p) if p >= posonly => {
                    if !locals[p].is_null() {
                        let n = self.sym_str(k);
                        self.drop_val(v);
                        self.heap.decref_all(kwargs.map(|(_, v)| v));
                        cleanup(self, locals, extra, varkw);
                        return Err(self.type_error(format!(
                            "{qualname}() got multiple values for argument '{n}'"
                        )));
                    }
                    locals[p] = v;
                }
                _ => match &varkw {
                    Some(d) => {
                        let key = Value::Str(self.sym_str(k));
                        let d = d.clone();
                        self.dict_set(&d, key, v)?;
                    }
                    None => {
                        let mut n = self.sym_str(k).to_string();
                        self.drop_val(v);
                        let rest: Vec<(Sym, Value)> = kwargs.collect();
                        if pos.is_some() {
                            // CPython names every positional-only parameter
                            // passed by keyword, in the parameters' order.
                            let given: Vec<String> = code.varnames[..posonly]
                                .iter()
                                .filter(|p| **p == k || rest.iter().any(|(k2, _)| k2 == *p))
                                .map(|p| self.sym_str(*p).to_string())
                                .collect();
                            n = given.join(", ");
                        }
                        self.heap.decref_all(rest.into_iter().map(|(_, v)| v));
                        cleanup(self, locals, extra, varkw);
                        let msg = if pos.is_some() {
                            format!(
                                "{qualname}() got some positional-only arguments passed as keyword arguments: '{n}'"
                            )
                        } else {
                            format!("{qualname}() got an unexpected keyword argument '{n}'")
                        };
                        return Err(self.type_error(msg));
                    }
                },
            }
        }
        // Defaults for missing positional parameters.
        let (defaults, kwdefaults) = match self.heap.get(fref) {
            Obj::Function(f) => (f.defaults.clone(), f.kwdefaults.clone()),
            _ => (Vec::new(), Vec::new()),
        };
        let first_default = argcount - defaults.len().min(argcount);
        let mut missing = Vec::new();
        for (i, slot) in locals.iter_mut().enumerate().take(argcount) {
            if slot.is_null() {
                if i >= first_default {
                    let d = defaults[i - first_default].clone();
                    self.heap.incref(&d);
                    *slot = d;
                } else {
                    missing.push(self.sym_str(code.varnames[i]));
                }
            }
        }
        if !missing.is_empty() {
            cleanup(self, locals, extra, varkw);
            return Err(self.type_error(missing_args_msg(&qualname, "positional", &missing)));
        }
        for (i, slot) in locals.iter_mut().enumerate().skip(argcount).take(kwonly) {
            if slot.is_null() {
                let name = code.varnames[i];
                match kwdefaults.iter().find(|(k, _)| *k == name) {
                    Some((_, d)) => {
                        self.heap.incref(d);
                        *slot = d.clone();
                    }
                    None => missing.push(self.sym_str(name)),
                }
            }
        }
        if !missing.is_empty() {
            cleanup(self, locals, extra, varkw);
            return Err(self.type_error(missing_args_msg(&qualname, "keyword-only", &missing)));
        }
        if let Some(d) = varkw {
            let idx = argcount + kwonly + code.has_varargs as usize;
            locals[idx] = d;
        }
        Ok(locals)
    }

    /// `MakeFunction`: a function object for `code`.
    pub fn make_function(
        &mut self,
        code: Rc<Code>,
        defaults: Option<Value>,
        kwdefaults: Option<Value>,
        closure: Option<Value>,
    ) -> Value {
        let globals = self.frames.last().expect("frame").globals;
        self.heap.incref_obj(globals);
        let defaults_v = match defaults {
            Some(t) => {
                let items = self.tuple_items(&t);
                for i in &items {
                    self.heap.incref(i);
                }
                self.drop_val(t);
                items
            }
            None => Vec::new(),
        };
        let mut kwd = Vec::new();
        if let Some(d) = kwdefaults {
            let pairs: Vec<(Value, Value)> = match &d {
                Value::Obj(r) => match self.heap.get(*r) {
                    Obj::Dict(d) => d.iter().map(|e| (e.key.clone(), e.value.clone())).collect(),
                    _ => Vec::new(),
                },
                _ => Vec::new(),
            };
            for (k, v) in pairs {
                if let Value::Str(s) = k {
                    self.heap.incref(&v);
                    let sym = self.intern(&s);
                    kwd.push((sym, v));
                }
            }
            self.drop_val(d);
        }
        let cells = match closure {
            Some(t) => {
                let items = self.tuple_items(&t);
                let cells: Vec<ObjRef> = items.iter().filter_map(|v| v.as_obj()).collect();
                for c in &cells {
                    self.heap.incref_obj(*c);
                }
                self.drop_val(t);
                cells
            }
            None => Vec::new(),
        };
        let mut dict = SymMap::new();
        if let Some(doc) = &code.doc {
            dict.insert(self.names.doc, Value::Str(doc.clone()));
        }
        let lane_argc = if code.plain_call && cells.is_empty() {
            code.argcount
        } else {
            u32::MAX
        };
        self.alloc(Obj::Function(Box::new(Function {
            lane_argc,
            name: code.name.clone(),
            qualname: code.qualname.clone(),
            code,
            globals,
            defaults: defaults_v,
            kwdefaults: kwd,
            closure: cells,
            dict,
        })))
    }

    /// The items of a tuple or list, borrowed (not counted).
    pub fn tuple_items(&self, v: &Value) -> Vec<Value> {
        match v {
            Value::Obj(r) => match self.heap.get(*r) {
                Obj::Tuple(t) => t.to_vec(),
                Obj::List(l) => l.clone(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        }
    }

    /// What a metaclass would do for a class (`list(Color)` on an enum):
    /// the class's `name` hook (`_cls_iter`, ...), bound, if it has one.
    pub fn class_hook(&mut self, v: &Value, name: &str) -> PyResult<Option<Value>> {
        let Value::Obj(r) = v else { return Ok(None) };
        if !matches!(self.heap.get(*r), Obj::Class(_)) {
            return Ok(None);
        }
        if let Some(sym) = self.interner.get(name)
            && self.lookup_in_mro(*r, sym).is_some()
        {
            return self.getattr(v, sym).map(Some);
        }
        // A real metaclass's dunder does the same job.
        let dunder = match name {
            "_cls_call" => "__call__",
            "_cls_iter" => "__iter__",
            "_cls_len" => "__len__",
            "_cls_getitem" => "__getitem__",
            "_cls_contains" => "__contains__",
            "_cls_reversed" => "__reversed__",
            _ => return Ok(None),
        };
        self.meta_method(v, dunder)
    }

    /// `name` written in Python on the metaclass of the class `v`, bound
    /// to `v`: how `len(cls)`, `cls[k]`, `iter(cls)`, `repr(cls)` reach a
    /// metaclass's dunders. `None` for classes whose metaclass is `type`.
    pub fn meta_method(&mut self, v: &Value, name: &str) -> PyResult<Option<Value>> {
        let Value::Obj(r) = v else { return Ok(None) };
        let Obj::Class(c) = self.heap.get(*r) else {
            return Ok(None);
        };
        let Some(meta) = c.meta else { return Ok(None) };
        let sym = self.intern(name);
        match self.lookup_in_mro(meta, sym) {
            Some(f) if self.is_user_function(&f) => {
                self.heap.incref(&f);
                self.heap.incref(v);
                Ok(Some(self.alloc(Obj::BoundMethod {
                    func: f,
                    this: v.clone(),
                })))
            }
            // A class is no descriptor: `__call__ = dict` on a metaclass
            // (typing's TypedDict) calls `dict` itself.
            Some(c @ Value::Obj(r)) if matches!(self.heap.get(r), Obj::Class(_)) => {
                Ok(Some(self.dup(&c)))
            }
            _ => Ok(None),
        }
    }

    /// Calling a class: `__new__` then `__init__`.
    fn call_class(
        &mut self,
        cls: ObjRef,
        args: &[Value],
        kwargs: &[(Sym, Value)],
    ) -> PyResult<Value> {
        // An enum's hook, or a metaclass's `__call__` (a singleton, a
        // registry): it decides what calling the class does, and
        // `type.__call__` comes back to `type_call`.
        if let Some(hook) = self.class_hook(&Value::Obj(cls), "_cls_call")? {
            let r = self.call_value(&hook, args, kwargs);
            self.drop_val(hook);
            return r;
        }
        self.type_call(cls, args, kwargs)
    }

    /// `type.__call__(cls, ...)`: `__new__`, then `__init__` when `__new__`
    /// returned an instance of `cls`.
    pub fn type_call(
        &mut self,
        cls: ObjRef,
        args: &[Value],
        kwargs: &[(Sym, Value)],
    ) -> PyResult<Value> {
        if cls == self.types.type_ && args.len() == 1 && kwargs.is_empty() {
            let c = self.class_of(&args[0]);
            self.heap.incref_obj(c);
            return Ok(Value::Obj(c));
        }
        let new_sym = self.names.new;
        let new = self.lookup_in_mro(cls, new_sym);
        let obj = match new {
            Some(n) if self.is_user_function(&n) || self.is_native_new(&n) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(Value::Obj(cls));
                all.extend_from_slice(args);
                let f = match &n {
                    Value::Obj(r) => match self.heap.get(*r) {
                        Obj::StaticMethod(f) => f.clone(),
                        _ => n.clone(),
                    },
                    _ => n.clone(),
                };
                self.call_value(&f, &all, kwargs)?
            }
            _ => self.object_new(cls, args)?,
        };
        // `__init__` runs only when `__new__` returned an instance of `cls`.
        let oc = self.class_of(&obj);
        if oc != cls && !self.is_subclass(oc, cls) {
            return Ok(obj);
        }
        // The instance's own class's `__init__`, as CPython's type_call
        // (a metaclass made the class `type(...)` was asked for).
        let cls = oc;
        let init_sym = self.names.init;
        if let Some(init) = self.lookup_in_mro(cls, init_sym) {
            if self.is_user_function(&init) {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(obj.clone());
                all.extend_from_slice(args);
                let r = self.call_value(&init, &all, kwargs);
                match r {
                    Ok(v) => {
                        if !v.is_none() {
                            let cname = self.class_name(&v);
                            self.drop_val(v);
                            self.drop_val(obj);
                            return Err(self.type_error(format!(
                                "__init__() should return None, not '{cname}'"
                            )));
                        }
                    }
                    Err(e) => {
                        self.drop_val(obj);
                        return Err(e);
                    }
                }
            } else if let Some(v) = (self.class(cls).is_heap_type || self.is_task_init(&init))
                .then(|| self.native_init(&init, &obj, args, kwargs))
                .flatten()
            {
                if let Err(e) = v {
                    self.drop_val(obj);
                    return Err(e);
                }
            } else if !args.is_empty() || !kwargs.is_empty() {
                let c = self.class(cls);
                if c.is_heap_type && c.builtin == BuiltinKind::Object && !self.has_user_new(cls) {
                    let name = c.name.clone();
                    self.drop_val(obj);
                    return Err(self.type_error(format!("{name}() takes no arguments")));
                }
            }
        }
        Ok(obj)
    }

    /// `Task.__init__` makes the new object a task (its coroutine, name,
    /// first step) and `Future.__init__` binds a future to its loop (the
    /// policy's outside a running one, which may raise), so they run when
    /// the builtin classes themselves are called.
    fn is_task_init(&self, init: &Value) -> bool {
        matches!(init, Value::Obj(r)
            if matches!(self.heap.get(*r), Obj::Native(n)
                if (n.owner == "Task" || n.owner == "Future") && n.name == "__init__"))
    }

    fn has_user_new(&self, cls: ObjRef) -> bool {
        self.lookup_in_mro(cls, self.names.new)
            .is_some_and(|n| self.is_user_function(&n))
    }

    /// A native `__init__` other than `object.__init__`: runs it.
    fn native_init(
        &mut self,
        init: &Value,
        obj: &Value,
        args: &[Value],
        kwargs: &[(Sym, Value)],
    ) -> Option<PyResult<()>> {
        let Value::Obj(r) = init else { return None };
        let Obj::Native(n) = self.heap.get(*r) else {
            return None;
        };
        if n.name == "__init__" && n.owner == "object" {
            return None;
        }
        let f = n.func;
        let this = self
            .backing_for(n.owner, obj)
            .unwrap_or_else(|| obj.clone());
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(this);
        all.extend_from_slice(args);
        Some(f(self, &all, kwargs).map(|v| self.drop_val(v)))
    }

    pub fn is_user_function(&self, v: &Value) -> bool {
        match v {
            Value::Obj(r) => match self.heap.get(*r) {
                Obj::Function(_) => true,
                Obj::StaticMethod(f) => self.is_user_function(f),
                _ => false,
            },
            _ => false,
        }
    }

    fn is_native_new(&self, v: &Value) -> bool {
        match v {
            Value::Obj(r) => match self.heap.get(*r) {
                Obj::Native(n) => n.name == "__new__" && n.owner != "object",
                _ => false,
            },
            _ => false,
        }
    }

    /// For a class deriving from `collections.abc` classes (whose
    /// metaclass is `ABCMeta` in CPython): `__abstractmethods__`, the
    /// abstract methods of those classes that nothing before them in the
    /// MRO defines, plus the class's own `@abstractmethod`s still in force.
    fn record_abc_abstracts(&mut self, cls: ObjRef) -> PyResult<()> {
        if self.class(cls).meta.is_some() {
            return Ok(());
        }
        let mro = self.class(cls).mro.clone();
        let mut any = false;
        let mut missing: Vec<Sym> = Vec::new();
        for (i, m) in mro.iter().enumerate() {
            let (name, from_abc) = {
                let c = self.class(*m);
                (
                    c.name.clone(),
                    !c.is_heap_type && &*c.module == "collections.abc",
                )
            };
            if !from_abc {
                continue;
            }
            any = true;
            for n in abc_abstract_names(&name) {
                let sym = self.intern(n);
                let defined = mro[..i]
                    .iter()
                    .any(|p| self.class(*p).dict.get(sym).is_some());
                if !defined && !missing.contains(&sym) {
                    missing.push(sym);
                }
            }
        }
        if !any {
            return Ok(());
        }
        let flag = self.intern("__isabstractmethod__");
        let mut own: Vec<(Sym, Value)> = Vec::new();
        for m in &mro {
            let c = self.class(*m);
            if c.is_heap_type {
                own.extend(c.dict.iter().map(|(k, v)| (k, v.clone())));
            }
        }
        for (k, v) in own {
            if missing.contains(&k) || !matches!(v, Value::Obj(_)) {
                continue;
            }
            let found = self.lookup_in_mro(cls, k);
            if matches!((&found, &v), (Some(Value::Obj(a)), Value::Obj(b)) if a == b)
                && let Some(a) = self.getattr_opt(&v, flag)?
            {
                let abstract_ = self.truthy(&a)?;
                self.drop_val(a);
                if abstract_ {
                    missing.push(k);
                }
            }
        }
        let names: Vec<Value> = missing
            .iter()
            .map(|s| Value::Str(self.sym_str(*s)))
            .collect();
        let set = self.new_set(names);
        if let Value::Obj(r) = &set
            && let Obj::Set(items) = self.heap.get_mut(*r)
        {
            let items = std::mem::take(&mut **items);
            *self.heap.get_mut(*r) = Obj::FrozenSet(Box::new(items));
        }
        let key = self.intern("__abstractmethods__");
        if let Obj::Class(c) = self.heap.get_mut(cls) {
            c.abstract_left = !missing.is_empty();
            if let Some(old) = c.dict.insert(key, set) {
                self.drop_val(old);
            }
        }
        Ok(())
    }

    /// What `abc.ABCMeta` recorded: a class with abstract methods left
    /// has no instances.
    fn check_not_abstract(&mut self, cls: ObjRef) -> PyResult<()> {
        let sym = self.intern("__abstractmethods__");
        let Some(v) = self.class(cls).dict.get(sym).cloned() else {
            return Ok(());
        };
        let items = self.collect_iterable(&v)?;
        let mut names: Vec<String> = items
            .iter()
            .filter_map(|i| match i {
                Value::Str(s) => Some(s.to_string()),
                _ => None,
            })
            .collect();
        self.heap.decref_all(items);
        if names.is_empty() {
            return Ok(());
        }
        names.sort_unstable();
        let cname = self.class(cls).name.clone();
        let s = if names.len() > 1 { "s" } else { "" };
        Err(self.type_error(format!(
            "Can't instantiate abstract class {cname} with abstract method{s} {}",
            names.join(", ")
        )))
    }

    /// `object.__new__(cls)`: a bare instance of the class's layout.
    pub fn object_new(&mut self, cls: ObjRef, args: &[Value]) -> PyResult<Value> {
        if self.class(cls).meta.is_some() || self.class(cls).abstract_left {
            self.check_not_abstract(cls)?;
        }
        // `OSError(2, ...)` is a FileNotFoundError, as CPython maps errno
        // values to the subclasses.
        let cls = match args {
            [Value::Int(errno), _, ..] if cls == self.exc_class("OSError") => {
                match os_error_subclass(*errno) {
                    Some(name) => self.exc_class(name),
                    None => cls,
                }
            }
            _ => cls,
        };
        let mut dict = SymMap::new();
        let c = self.class(cls);
        let builtin = c.builtin;
        let is_heap = c.is_heap_type;
        let name = c.name.clone();
        let has_del = self.lookup_in_mro(cls, self.names.del).is_some();
        let payload = match builtin {
            BuiltinKind::Object => Payload::None,
            BuiltinKind::BaseException => {
                // `OSError(errno, strerror, filename)`: CPython keeps the
                // file names out of `args`.
                let os3 = (3..=5).contains(&args.len())
                    && self.is_subclass(cls, self.exc_class("OSError"));
                let n = if os3 { 2 } else { args.len() };
                if os3 {
                    let f = self.dup(&args[2]);
                    dict.insert(self.intern("filename"), f);
                    if let Some(f2) = args.get(4) {
                        let f2 = self.dup(f2);
                        dict.insert(self.intern("filename2"), f2);
                    }
                }
                let items: Vec<Value> = args[..n].iter().map(|a| self.dup(a)).collect();
                let t = self.new_tuple(items);
                Payload::Exc(Box::new(ExcData {
                    args: t,
                    cause: Value::None,
                    context: Value::None,
                    ..ExcData::default()
                }))
            }
            BuiltinKind::Future => {
                self.aio.future_counter += 1;
                let lp = self.aio.running.as_ref().and_then(|l| l.obj);
                Payload::Future(Box::new(crate::engine::aio::state::FutureData::new(
                    self.aio.future_counter,
                    lp,
                )))
            }
            _ if !is_heap => {
                return Err(self.type_error(format!("cannot create '{name}' instances")));
            }
            BuiltinKind::List => Payload::Builtin(self.new_list(Vec::new())),
            BuiltinKind::Dict => Payload::Builtin(self.new_dict()),
            BuiltinKind::Set => Payload::Builtin(self.new_set(Vec::new())),
            BuiltinKind::FrozenSet => Payload::Builtin(self.alloc(Obj::FrozenSet(Box::default()))),
            BuiltinKind::Deque => Payload::Builtin(self.alloc(Obj::Deque(Box::default()))),
            BuiltinKind::Tuple => Payload::Builtin(self.new_tuple(Vec::new())),
            BuiltinKind::Str => Payload::Builtin(Value::str("")),
            BuiltinKind::Int => Payload::Builtin(Value::Int(0)),
            BuiltinKind::Float => Payload::Builtin(Value::Float(0.0)),
            _ => Payload::None,
        };
        self.heap.incref_obj(cls);
        Ok(self.alloc(Obj::Instance(Box::new(Instance {
            class: cls,
            dict,
            payload,
            has_del,
            live: None,
        }))))
    }

    /// The `__build_class__` builtin.
    pub fn builtin_build_class(&mut self) -> Value {
        let sym = self.intern("__build_class__");
        let b = self.builtins;
        match self.ns_get(b, sym) {
            Some(v) => {
                self.heap.incref(&v);
                v
            }
            None => Value::None,
        }
    }

    /// Checks a class's bases; returns them with the instance layout.
    fn class_bases(&mut self, bases: &[Value]) -> PyResult<(Vec<ObjRef>, BuiltinKind)> {
        let mut base_refs = Vec::new();
        for b in bases {
            match b.as_obj() {
                Some(r) if matches!(self.heap.get(r), Obj::Class(_)) => base_refs.push(r),
                _ => {
                    return Err(self.type_error(
                        "bases must be types (coroscope supports classes as bases only)"
                            .to_string(),
                    ));
                }
            }
        }
        if base_refs.is_empty() {
            base_refs.push(self.types.object);
        }
        let mut builtin = BuiltinKind::Object;
        for b in &base_refs {
            let k = self.class(*b).builtin;
            if k != BuiltinKind::Object {
                if !matches!(
                    k,
                    BuiltinKind::BaseException
                        | BuiltinKind::Type
                        | BuiltinKind::Future
                        | BuiltinKind::List
                        | BuiltinKind::Dict
                        | BuiltinKind::Tuple
                        | BuiltinKind::Set
                        | BuiltinKind::FrozenSet
                        | BuiltinKind::Deque
                        | BuiltinKind::Str
                        | BuiltinKind::Int
                        | BuiltinKind::Float
                        | BuiltinKind::Other
                ) {
                    let bname = self.class(*b).name.clone();
                    return Err(self.type_error(format!(
                        "coroscope does not support subclassing '{bname}' yet"
                    )));
                }
                if k != BuiltinKind::Other {
                    builtin = k;
                }
            }
        }
        Ok((base_refs, builtin))
    }

    /// A finished class body's namespace as a `dict`, for whatever builds
    /// the class from it in Python (a metaclass, `NamedTuple`).
    fn namespace_as_dict(&mut self, dict: SymMap) -> PyResult<Value> {
        let ns = self.new_dict();
        for (k, v) in dict.iter() {
            let key = Value::Str(self.sym_str(k));
            let v = self.dup(v);
            self.dict_set(&ns, key, v)?;
        }
        self.drop_namespace(dict);
        Ok(ns)
    }

    /// Runs a class body and creates the class.
    pub fn build_class(
        &mut self,
        body: &Value,
        name: Rc<str>,
        bases: &[Value],
        kwargs: &[(Sym, Value)],
    ) -> PyResult<Value> {
        // A base that is not a class but has `__mro_entries__`
        // (`list[int]`) is replaced by the classes it names; the class
        // keeps the bases as written in `__orig_bases__`.
        // Looked up as an attribute, as CPython does: `typing.TypedDict`
        // is a function carrying one.
        let entries = self.intern("__mro_entries__");
        let mut hooks: Vec<Option<Value>> = Vec::with_capacity(bases.len());
        for b in bases {
            let hook = if matches!(b, Value::Obj(r) if matches!(self.heap.get(*r), Obj::Class(_))) {
                None
            } else {
                match self.getattr_opt(b, entries) {
                    Ok(h) => h,
                    Err(e) => {
                        self.heap.decref_all(hooks.into_iter().flatten());
                        return Err(e);
                    }
                }
            };
            hooks.push(hook);
        }
        if hooks.iter().all(Option::is_none) {
            return self.build_class_from(body, name, bases, kwargs, None);
        }
        let items: Vec<Value> = bases.iter().map(|b| self.dup(b)).collect();
        let orig = self.new_tuple(items);
        let mut resolved: Vec<Value> = Vec::new();
        let mut result = Ok(());
        let mut hooks = hooks.into_iter();
        for b in bases {
            if let Some(hook) = hooks.next().flatten() {
                let r = self.call_value(&hook, std::slice::from_ref(&orig), &[]);
                self.drop_val(hook);
                match r {
                    Ok(t) => {
                        let got = self.tuple_items(&t);
                        resolved.extend(got.iter().map(|v| self.dup(v)));
                        self.drop_val(t);
                    }
                    Err(e) => {
                        result = Err(e);
                        break;
                    }
                }
            } else {
                resolved.push(self.dup(b));
            }
        }
        self.heap.decref_all(hooks.flatten());
        let r = match result {
            Ok(()) => self.build_class_from(body, name, &resolved, kwargs, Some(&orig)),
            Err(e) => Err(e),
        };
        for v in resolved {
            self.drop_val(v);
        }
        self.drop_val(orig);
        r
    }

    fn build_class_from(
        &mut self,
        body: &Value,
        name: Rc<str>,
        bases: &[Value],
        kwargs: &[(Sym, Value)],
        orig_bases: Option<&Value>,
    ) -> PyResult<Value> {
        let Some(fref) = body.as_obj() else {
            return Err(self.type_error("__build_class__: func must be a function".into()));
        };
        let (code, globals) = match self.heap.get(fref) {
            Obj::Function(f) => (f.code.clone(), f.globals),
            _ => return Err(self.type_error("__build_class__: func must be a function".into())),
        };
        // `metaclass=` is taken out of the keywords the class's
        // `__init_subclass__` gets.
        let meta_sym = self.intern("metaclass");
        let mut custom_meta = kwargs
            .iter()
            .find(|(k, _)| *k == meta_sym)
            .map(|(_, v)| v.clone());
        let kwargs: Vec<(Sym, Value)> = kwargs
            .iter()
            .filter(|(k, _)| *k != meta_sym)
            .map(|(k, v)| (*k, v.clone()))
            .collect();
        let kwargs = &kwargs[..];
        let bases_v: Vec<Value> = bases.to_vec();
        let bases = &bases_v[..];
        self.class_bases(bases)?;
        // A class gets the most derived metaclass of its bases' and the
        // explicit one (a subclass of a class made by `Registry` is made
        // by `Registry` too); a metaclass that is not a class (a function)
        // is simply called.
        let explicit = match &custom_meta {
            Some(Value::Obj(m)) if matches!(self.heap.get(*m), Obj::Class(_)) => Some(*m),
            Some(_) => None,
            None => Some(self.types.type_),
        };
        if let Some(m) = explicit {
            let winner = self.calculate_meta(m, bases)?;
            custom_meta = (winner != self.types.type_).then_some(Value::Obj(winner));
        }
        // The namespace the body runs in: what the metaclass's
        // `__prepare__` gave, when it has its own.
        let prepared = match &custom_meta {
            Some(Value::Obj(m)) if matches!(self.heap.get(*m), Obj::Class(_)) => {
                self.prepare_namespace(*m, &name, bases, kwargs)?
            }
            _ => None,
        };
        let mut ns = SymMap::new();
        if let Some((_, backing)) = &prepared {
            self.prepared_entries(backing, &mut ns);
        }
        let module = self.module_name_of(globals);
        ns.insert(self.names.module, Value::Str(module.clone()));
        ns.insert(self.names.qualname, Value::Str(code.qualname.clone()));
        if let Some(doc) = &code.doc {
            ns.insert(self.names.doc, Value::Str(doc.clone()));
        }
        let ns_ref = self.heap.alloc(Obj::Namespace(ns));
        let mut frame = self.new_frame(fref, &code, Vec::new(), Vec::new())?;
        self.heap.incref_obj(ns_ref);
        frame.namespace = Some(ns_ref);
        let cell = self.run_frame_native(frame);
        let cell = match cell {
            Ok(c) => c,
            Err(e) => {
                self.heap.decref_obj(ns_ref);
                if let Some((mapping, _)) = prepared {
                    self.drop_val(mapping);
                }
                return Err(e);
            }
        };
        let mut dict = match self.heap.get_mut(ns_ref) {
            Obj::Namespace(d) => std::mem::take(d),
            _ => SymMap::new(),
        };
        self.heap.decref_obj(ns_ref);
        if let Some(o) = orig_bases {
            let sym = self.intern("__orig_bases__");
            if let Some(old) = dict.insert(sym, self.dup(o)) {
                self.drop_val(old);
            }
        }
        if let Some(meta) = custom_meta {
            let ns = match prepared {
                Some((mapping, backing)) => match self.fill_prepared(&backing, dict) {
                    Ok(()) => mapping,
                    Err(e) => {
                        self.drop_val(mapping);
                        self.drop_val(cell);
                        return Err(e);
                    }
                },
                None => self.namespace_as_dict(dict)?,
            };
            let base_items: Vec<Value> = bases.iter().map(|b| self.dup(b)).collect();
            let bases_t = self.new_tuple(base_items);
            let r = self.call_value(
                &meta,
                &[Value::Str(name.clone()), bases_t.clone(), ns.clone()],
                kwargs,
            );
            self.drop_val(ns);
            self.drop_val(bases_t);
            if let Ok(cls) = &r {
                self.fill_class_cell(&cell, cls);
            }
            self.drop_val(cell);
            return r;
        }
        // A base that builds the class itself (`typing.NamedTuple`).
        for b in bases {
            if let Some(hook) = self.class_hook(b, "_cls_build")? {
                let ns = self.namespace_as_dict(dict)?;
                let r = self.call_value(&hook, &[Value::Str(name.clone()), ns.clone()], &[]);
                self.drop_val(ns);
                self.drop_val(hook);
                self.drop_val(cell);
                return r;
            }
        }
        let cls = self.make_class_with(name, bases, dict, kwargs, None);
        let cls = match cls {
            Ok(c) => c,
            Err(e) => {
                self.drop_val(cell);
                return Err(e);
            }
        };
        self.fill_class_cell(&cell, &cls);
        self.drop_val(cell);
        Ok(cls)
    }

    /// The body's `__class__` cell (what `super()` reads) gets the class.
    fn fill_class_cell(&mut self, cell: &Value, cls: &Value) {
        if let (Value::Obj(c), Value::Obj(k)) = (cell, cls)
            && matches!(self.heap.get(*c), Obj::Cell(_))
            && matches!(self.heap.get(*k), Obj::Class(_))
        {
            self.heap.incref_obj(*k);
            if let Obj::Cell(slot) = self.heap.get_mut(*c) {
                let old = std::mem::replace(slot, Value::Obj(*k));
                self.drop_val(old);
            }
        }
    }

    /// `type(name, bases, dict)`: a class from a finished namespace.
    pub fn make_class(&mut self, name: Rc<str>, bases: &[Value], dict: SymMap) -> PyResult<Value> {
        self.make_class_with(name, bases, dict, &[], None)
    }

    /// `type.__new__(meta, name, bases, dict, **kwargs)`: the class gets
    /// the most derived of `meta` and its bases' metaclasses.
    pub fn make_class_meta(
        &mut self,
        meta: ObjRef,
        name: Rc<str>,
        bases: &[Value],
        dict: SymMap,
        kwargs: &[(Sym, Value)],
    ) -> PyResult<Value> {
        let requested = meta;
        let meta = match self.calculate_meta(meta, bases) {
            Ok(m) => m,
            Err(e) => {
                self.drop_namespace(dict);
                return Err(e);
            }
        };
        // `type("T", (Base,), {})` with `Base` made by a metaclass that
        // has its own `__new__`: that `__new__` makes the class.
        if let Some(f) = self.lookup_in_mro(meta, self.names.new)
            && self.is_user_function(&f)
            && meta != requested
        {
            let f = match &f {
                Value::Obj(r) => match self.heap.get(*r) {
                    Obj::StaticMethod(inner) => inner.clone(),
                    _ => f.clone(),
                },
                _ => f.clone(),
            };
            let ns = self.namespace_as_dict(dict)?;
            let items: Vec<Value> = bases.iter().map(|b| self.dup(b)).collect();
            let bases_t = self.new_tuple(items);
            let r = self.call_value(
                &f,
                &[
                    Value::Obj(meta),
                    Value::Str(name),
                    bases_t.clone(),
                    ns.clone(),
                ],
                kwargs,
            );
            self.drop_val(ns);
            self.drop_val(bases_t);
            return r;
        }
        let meta = (meta != self.types.type_).then_some(meta);
        self.make_class_with(name, bases, dict, kwargs, meta)
    }

    /// Releases a class body's namespace that will not become a class.
    fn drop_namespace(&mut self, dict: SymMap) {
        let mut out = Vec::new();
        dict.drain_values(&mut out);
        self.heap.decref_all(out);
    }

    /// CPython's `_PyType_CalculateMetaclass`: the metaclass that is a
    /// subclass of every other one involved, or a TypeError.
    fn calculate_meta(&mut self, meta: ObjRef, bases: &[Value]) -> PyResult<ObjRef> {
        let mut winner = meta;
        for b in bases {
            let bm = self.class_of(b);
            if self.is_subclass(winner, bm) {
                continue;
            }
            if self.is_subclass(bm, winner) {
                winner = bm;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
                 subclass of the metaclasses of all its bases"
                    .to_string(),
            ));
        }
        Ok(winner)
    }

    fn make_class_with(
        &mut self,
        name: Rc<str>,
        bases: &[Value],
        dict: SymMap,
        kwargs: &[(Sym, Value)],
        meta: Option<ObjRef>,
    ) -> PyResult<Value> {
        let (base_refs, builtin) = match self.class_bases(bases) {
            Ok(b) => b,
            Err(e) => {
                self.drop_namespace(dict);
                return Err(e);
            }
        };
        let mro_tail = match self.c3_merge(&base_refs) {
            Ok(m) => m,
            Err(e) => {
                self.drop_namespace(dict);
                return Err(e);
            }
        };
        // As CPython's type_new, `__qualname__` moves out of the namespace
        // into the class: left in the dict, a subclass made without one
        // (`type(name, (base,), {})`) would find its base's.
        let mut dict = dict;
        let qualname = match dict.remove(self.names.qualname) {
            Some(Value::Str(s)) => s,
            Some(other) => {
                let cname = self.class_name(&other);
                self.drop_val(other);
                self.drop_namespace(dict);
                return Err(
                    self.type_error(format!("type __qualname__ must be a str, not {cname}"))
                );
            }
            None => name.clone(),
        };
        // As CPython's type_new, a class without a docstring has `__doc__`
        // None of its own: it does not show its base's.
        if !dict.contains(self.names.doc) {
            dict.insert(self.names.doc, Value::None);
        }
        // A class that defines `__eq__` but not `__hash__` is unhashable.
        if dict.contains(self.names.eq) && !dict.contains(self.names.hash) {
            dict.insert(self.names.hash, Value::None);
        }
        // As CPython's type_new: these two are class methods even when
        // written as plain functions, so `super().__init_subclass__()` binds
        // the class.
        for name in [self.names.init_subclass, self.intern("__class_getitem__")] {
            if let Some(f) = dict.get(name)
                && let Value::Obj(r) = f
                && matches!(self.heap.get(*r), Obj::Function(_))
            {
                let f = f.clone();
                let cm = self.alloc(Obj::ClassMethod(f));
                dict.insert(name, cm);
            }
        }
        // As CPython's type_new: a slot may not share its (mangled) name
        // with a class attribute, since the slot's descriptor would take
        // the attribute's place.
        if let Some(sv) = dict.get(self.names.slots).cloned() {
            let names = match &sv {
                Value::Str(_) => vec![sv.clone()],
                _ => self.slot_names(&sv),
            };
            for n in names {
                let Value::Str(slot) = n else { continue };
                if &*slot == "__dict__" || &*slot == "__weakref__" {
                    continue;
                }
                let mangled = mangle(Some(&name), &slot).into_owned();
                let sym = self.intern(&mangled);
                if dict.contains(sym) {
                    self.drop_namespace(dict);
                    return Err(self.new_exc_str(
                        "ValueError",
                        &format!("'{mangled}' in __slots__ conflicts with class variable"),
                    ));
                }
            }
        }
        let module = match dict.get(self.names.module) {
            Some(Value::Str(s)) => s.clone(),
            _ => "__main__".into(),
        };
        for b in &base_refs {
            self.heap.incref_obj(*b);
        }
        for m in &mro_tail {
            self.heap.incref_obj(*m);
        }
        if let Some(m) = meta {
            self.heap.incref_obj(m);
        }
        if dict.contains(self.names.getattribute) {
            self.getattribute_hooks = true;
        }
        if dict.contains(self.names.setattr) {
            self.setattr_hooks = true;
        }
        let cls = self.heap.alloc(Obj::Free);
        let mut mro = vec![cls];
        mro.extend(mro_tail);
        let set_name_targets: Vec<(Sym, Value)> =
            dict.iter().map(|(k, v)| (k, v.clone())).collect();
        *self.heap.get_mut(cls) = Obj::Class(Box::new(Class {
            name,
            qualname,
            module,
            bases: base_refs,
            mro,
            dict,
            builtin,
            is_heap_type: true,
            serial: self.heap.next_serial(),
            meta,
            abstract_left: false,
        }));
        self.record_abc_abstracts(cls)?;
        let clsv = Value::Obj(cls);
        // `__set_name__` on descriptors defined in the body.
        let set_name = self.names.set_name;
        for (k, v) in set_name_targets {
            if matches!(v, Value::Obj(_))
                && self.has_method(&v, set_name)
                && !self.is_user_function(&v)
            {
                let n = Value::Str(self.sym_str(k));
                let r = self.call_method(&v, set_name, &[clsv.clone(), n]);
                match r {
                    Ok(r) => self.drop_val(r),
                    Err(e) => {
                        self.drop_val(clsv);
                        return Err(e);
                    }
                }
            }
        }
        // `__init_subclass__` of a parent written in Python.
        let init_sub = self.names.init_subclass;
        // As `super(cls, cls).__init_subclass__`: the new class's MRO after
        // it, so a mixin after a builtin base (`class S(str, Enum)`) counts.
        let after: Vec<ObjRef> = self.class(cls).mro.iter().skip(1).copied().collect();
        let found = after
            .iter()
            .find_map(|m| self.class(*m).dict.get(init_sub).cloned());
        if let Some(f) = found {
            let f = match &f {
                Value::Obj(r) => match self.heap.get(*r) {
                    Obj::ClassMethod(inner) => inner.clone(),
                    _ => f.clone(),
                },
                _ => f.clone(),
            };
            // A builtin hook (object's) is only called for the keywords
            // it refuses.
            if self.is_user_function(&f) || !kwargs.is_empty() {
                match self.call_value(&f, std::slice::from_ref(&clsv), kwargs) {
                    Ok(r) => self.drop_val(r),
                    Err(e) => {
                        self.drop_val(clsv);
                        return Err(e);
                    }
                }
            }
        }
        Ok(clsv)
    }

    /// C3 linearization of the bases' MROs (without the new class).
    pub(crate) fn c3_merge(&mut self, bases: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
        let mut seqs: Vec<Vec<ObjRef>> = bases.iter().map(|b| self.class(*b).mro.clone()).collect();
        seqs.push(bases.to_vec());
        let mut out = Vec::new();
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let mut found = None;
            for s in &seqs {
                let cand = s[0];
                if !seqs.iter().any(|t| t[1..].contains(&cand)) {
                    found = Some(cand);
                    break;
                }
            }
            let Some(c) = found else {
                // CPython names each sequence's blocked head once, in order.
                let mut heads: Vec<ObjRef> = Vec::new();
                for s in &seqs {
                    if !heads.contains(&s[0]) {
                        heads.push(s[0]);
                    }
                }
                let names: Vec<String> = heads
                    .iter()
                    .map(|h| self.class(*h).name.to_string())
                    .collect();
                return Err(self.type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            };
            out.push(c);
            for s in seqs.iter_mut() {
                if s[0] == c {
                    s.remove(0);
                }
            }
        }
    }
}

/// The OSError subclass CPython picks for an errno (Linux numbering).
fn os_error_subclass(errno: i64) -> Option<&'static str> {
    Some(match errno {
        1 | 13 => "PermissionError",
        2 => "FileNotFoundError",
        3 => "ProcessLookupError",
        4 => "InterruptedError",
        10 => "ChildProcessError",
        11 | 114 | 115 => "BlockingIOError",
        17 => "FileExistsError",
        20 => "NotADirectoryError",
        21 => "IsADirectoryError",
        32 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        104 => "ConnectionResetError",
        110 => "TimeoutError",
        111 => "ConnectionRefusedError",
        _ => return None,
    })
}

fn missing_args_msg(qualname: &str, kind: &str, missing: &[Rc<str>]) -> String {
    let names: Vec<String> = missing.iter().map(|n| format!("'{n}'")).collect();
    let list = match names.len() {
        1 => names[0].clone(),
        2 => format!("{} and {}", names[0], names[1]),
        _ => format!(
            "{}, and {}",
            names[..names.len() - 1].join(", "),
            names[names.len() - 1]
        ),
    };
    format!(
        "{qualname}() missing {} required {kind} argument{}: {list}",
        missing.len(),
        if missing.len() == 1 { "" } else { "s" }
    )
}

/// The abstract methods of each `collections.abc` class, its bases'
/// included (coroscope's classes are flat: the mixins are copied in).
fn abc_abstract_names(name: &str) -> &'static [&'static str] {
    match name {
        "Hashable" => &["__hash__"],
        "Awaitable" => &["__await__"],
        "Coroutine" => &["__await__", "send", "throw"],
        "AsyncIterable" => &["__aiter__"],
        "AsyncIterator" => &["__anext__"],
        "AsyncGenerator" => &["__anext__", "asend", "athrow"],
        "Iterable" => &["__iter__"],
        "Iterator" => &["__next__"],
        "Reversible" => &["__reversed__", "__iter__"],
        "Generator" => &["__next__", "send", "throw"],
        "Sized" => &["__len__"],
        "Container" => &["__contains__"],
        "Callable" => &["__call__"],
        "Collection" | "Set" => &["__contains__", "__iter__", "__len__"],
        "MutableSet" => &["__contains__", "__iter__", "__len__", "add", "discard"],
        "Mapping" => &["__getitem__", "__iter__", "__len__"],
        "MutableMapping" => &[
            "__getitem__",
            "__iter__",
            "__len__",
            "__setitem__",
            "__delitem__",
        ],
        "Sequence" => &["__getitem__", "__len__"],
        "MutableSequence" => &[
            "__getitem__",
            "__len__",
            "__setitem__",
            "__delitem__",
            "insert",
        ],
        _ => &[],
    }
}
