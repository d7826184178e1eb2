//! Attribute access: the MRO walk, descriptors (functions bind, properties,
//! class and static methods), instance dicts, namespaces and globals.

use std::rc::Rc;

use super::Vm;
use super::object::{GenKind, GenState, NativeKind, Obj, Payload, PyResult};
use super::symmap::SymMap;
use super::value::{ObjRef, Value};
use crate::engine::compile::mangle::mangle;
use crate::engine::intern::Sym;

impl Vm {
    /// Finds `name` in the class's MRO; the value is borrowed (not counted).
    pub fn lookup_in_mro(&self, cls: ObjRef, name: Sym) -> Option<Value> {
        lookup_in_mro(&self.heap, &self.mro_cache, cls, name)
    }

    /// Forgets every cached class attribute: a class dict changed.
    pub fn invalidate_mro_cache(&self) {
        self.mro_cache.borrow_mut().clear();
    }

    /// `obj.name`, a new reference: `type(obj).__getattribute__`, and
    /// `__getattr__` when that raises AttributeError (also from inside a
    /// property), as CPython's `slot_tp_getattr_hook`.
    pub fn getattr(&mut self, obj: &Value, name: Sym) -> PyResult<Value> {
        let first = match self.user_getattribute(obj) {
            Some(f) => {
                let n = Value::Str(self.sym_str(name));
                self.call_value(&f, &[obj.clone(), n], &[]).map(Some)
            }
            None => self.getattr_opt(obj, name),
        };
        let fallback = |vm: &mut Self| {
            let cls = vm.class_of(obj);
            vm.lookup_in_mro(cls, vm.names.getattr)
                .filter(|f| vm.is_user_function(f))
        };
        match first {
            Ok(Some(v)) => Ok(v),
            Ok(None) => match fallback(self) {
                Some(f) => {
                    let n = Value::Str(self.sym_str(name));
                    self.call_value(&f, &[obj.clone(), n], &[])
                }
                None => Err(self.no_attribute(obj, name)),
            },
            Err(e) => match fallback(self) {
                Some(f) if self.exc_is(&e, "AttributeError") => {
                    self.drop_val(e);
                    let n = Value::Str(self.sym_str(name));
                    self.call_value(&f, &[obj.clone(), n], &[])
                }
                _ => Err(e),
            },
        }
    }

    /// A `__getattribute__` written in Python on `obj`'s type.
    pub fn user_getattribute(&self, obj: &Value) -> Option<Value> {
        if !self.getattribute_hooks {
            return None;
        }
        let cls = self.class_of(obj);
        self.lookup_in_mro(cls, self.names.getattribute)
            .filter(|f| self.is_user_function(f))
    }

    /// `object.__getattribute__`: the lookup without the type's hooks.
    pub fn generic_getattr(&mut self, obj: &Value, name: Sym) -> PyResult<Value> {
        match self.getattr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, name)),
        }
    }

    pub fn no_attribute(&mut self, obj: &Value, name: Sym) -> Value {
        let exc = self.no_attribute_plain(obj, name);
        // Suggestions come from `dir(obj)`, sorted.
        let mut names: Vec<Rc<str>> = Vec::new();
        if let Value::Obj(r) = obj {
            match self.heap.get(*r) {
                Obj::Instance(i) => names.extend(i.dict.keys().iter().map(|k| self.sym_str(*k))),
                Obj::Module(m) => names.extend(m.dict.keys().iter().map(|k| self.sym_str(*k))),
                _ => {}
            }
        }
        let cls = match obj {
            Value::Obj(r) if matches!(self.heap.get(*r), Obj::Class(_)) => *r,
            _ => self.class_of(obj),
        };
        let mro = self.class(cls).mro.clone();
        for m in mro {
            if let Obj::Class(c) = self.heap.get(m) {
                names.extend(c.dict.keys().iter().map(|k| self.sym_str(*k)));
            }
        }
        names.sort_unstable();
        names.dedup();
        let n = self.sym_str(name);
        if let Some(s) = super::suggest::best_match(names.iter().map(|s| &**s), &n)
            && let Some(d) = self.exc_data_mut(&exc)
        {
            d.suggestion = Some(s.into());
        }
        exc
    }

    fn no_attribute_plain(&mut self, obj: &Value, name: Sym) -> Value {
        let n = self.sym_str(name);
        let msg = match obj {
            Value::Obj(r) => match self.heap.get(*r) {
                Obj::Module(m) => format!("module '{}' has no attribute '{n}'", m.name),
                Obj::Class(c) => format!("type object '{}' has no attribute '{n}'", tp_name(c)),
                _ => format!("'{}' object has no attribute '{n}'", self.class_name(obj)),
            },
            _ => format!("'{}' object has no attribute '{n}'", self.class_name(obj)),
        };
        self.attr_error(msg)
    }

    /// `obj.name`, or `None` when there is no such attribute.
    pub fn getattr_opt(&mut self, obj: &Value, name: Sym) -> PyResult<Option<Value>> {
        if let Value::Obj(r) = obj {
            match self.heap.get(*r) {
                Obj::Module(m) => {
                    if let Some(v) = m.dict.get(name).cloned() {
                        self.heap.incref(&v);
                        return Ok(Some(v));
                    }
                    if name == self.names.dict {
                        return self.live_dict(*r).map(Some);
                    }
                    if &*m.name == "sys" && &*self.sym_str(name) == "modules" {
                        return self.sys_modules().map(Some);
                    }
                    return Ok(None);
                }
                Obj::Class(_) => return self.class_getattr(*r, name),
                Obj::Super { class, this } => {
                    let (class, this) = (*class, this.clone());
                    return self.super_getattr(class, &this, name);
                }
                _ => {}
            }
        }
        let cls = self.class_of(obj);
        let cls_attr = self.lookup_in_mro(cls, name);
        // Data descriptors win over the instance dict.
        if let Some(a) = &cls_attr
            && let Some(v) = self.data_descriptor_get(a, obj)?
        {
            return Ok(Some(v));
        }
        if let Value::Obj(r) = obj {
            let found = match self.heap.get(*r) {
                // `__dict__` is the type's descriptor, never an entry.
                Obj::Instance(i) if name != self.names.dict => i.dict.get(name).cloned(),
                Obj::Function(f) => f.dict.get(name).cloned(),
                _ => None,
            };
            if let Some(v) = found {
                self.heap.incref(&v);
                return Ok(Some(v));
            }
        }
        if let Some(a) = cls_attr {
            return self.bind_attr(a, obj, cls).map(Some);
        }
        self.special_attr(obj, name)
    }

    /// `super().name`: the MRO of `this`'s type, after `class`.
    fn super_getattr(&mut self, class: ObjRef, this: &Value, name: Sym) -> PyResult<Option<Value>> {
        // `this` is a class in a classmethod's `super()`; in a metaclass's
        // method it is the metaclass's instance, a class not derived from
        // `class`, and is looked up as an instance.
        let this_is_class = matches!(this, Value::Obj(r)
            if matches!(self.heap.get(*r), Obj::Class(_)) && self.is_subclass(*r, class));
        let start = if this_is_class {
            this.as_obj().unwrap_or(class)
        } else {
            self.class_of(this)
        };
        let mro = match self.heap.get(start) {
            Obj::Class(c) => c.mro.clone(),
            _ => Vec::new(),
        };
        let pos = mro
            .iter()
            .position(|c| *c == class)
            .map_or(mro.len(), |p| p + 1);
        for m in &mro[pos..] {
            let found = match self.heap.get(*m) {
                Obj::Class(c) => c.dict.get(name).cloned(),
                _ => None,
            };
            let Some(a) = found else { continue };
            if let Value::Obj(ar) = &a {
                match self.heap.get(*ar) {
                    Obj::Function(_) if !this_is_class => {
                        self.heap.incref(&a);
                        let t = self.dup(this);
                        return Ok(Some(self.alloc(Obj::BoundMethod { func: a, this: t })));
                    }
                    Obj::Native(n) if n.kind == NativeKind::Method && !this_is_class => {
                        let mut n2 = n.clone();
                        n2.this = self.dup(this);
                        return Ok(Some(self.alloc(Obj::Native(n2))));
                    }
                    Obj::Native(n) if n.kind == NativeKind::ClassMethod => {
                        let mut n2 = n.clone();
                        let c = if this_is_class {
                            this.clone()
                        } else {
                            Value::Obj(start)
                        };
                        n2.this = self.dup(&c);
                        return Ok(Some(self.alloc(Obj::Native(n2))));
                    }
                    Obj::ClassMethod(f) => {
                        let f = self.dup(&f.clone());
                        let c = if this_is_class {
                            this.clone()
                        } else {
                            Value::Obj(start)
                        };
                        let c = self.dup(&c);
                        return Ok(Some(self.alloc(Obj::BoundMethod { func: f, this: c })));
                    }
                    Obj::StaticMethod(f) => {
                        let f = f.clone();
                        return Ok(Some(self.dup(&f)));
                    }
                    Obj::Property { fget, .. } if !this_is_class => {
                        let fget = fget.clone();
                        return self
                            .call_value(&fget, std::slice::from_ref(this), &[])
                            .map(Some);
                    }
                    _ => {}
                }
            }
            return Ok(Some(self.dup(&a)));
        }
        Ok(None)
    }

    /// A property or a user descriptor with `__set__`: its `__get__`.
    fn data_descriptor_get(&mut self, attr: &Value, obj: &Value) -> PyResult<Option<Value>> {
        let Value::Obj(r) = attr else { return Ok(None) };
        match self.heap.get(*r) {
            Obj::Property { fget, .. } => {
                let fget = fget.clone();
                if fget.is_none() || fget.is_null() {
                    return Err(self.attr_error("property has no getter".to_string()));
                }
                self.call_value(&fget, std::slice::from_ref(obj), &[])
                    .map(Some)
            }
            Obj::Instance(_) => {
                let (get, set) = (self.names.get, self.names.set);
                if self.has_method(attr, set) && self.has_method(attr, get) {
                    let cls = Value::Obj(self.class_of(obj));
                    return self.call_method(attr, get, &[obj.clone(), cls]).map(Some);
                }
                Ok(None)
            }
            _ => Ok(None),
        }
    }

    /// Binds a class attribute found for an instance.
    fn bind_attr(&mut self, a: Value, obj: &Value, cls: ObjRef) -> PyResult<Value> {
        if let Value::Obj(r) = &a {
            match self.heap.get(*r) {
                Obj::Function(_) => {
                    self.heap.incref(&a);
                    let this = self.dup(obj);
                    return Ok(self.alloc(Obj::BoundMethod { func: a, this }));
                }
                Obj::Native(n) if n.this.is_null() && n.kind == NativeKind::Method => {
                    let mut n2 = n.clone();
                    n2.this = self.dup(obj);
                    return Ok(self.alloc(Obj::Native(n2)));
                }
                Obj::Native(n) if n.this.is_null() && n.kind == NativeKind::ClassMethod => {
                    let mut n2 = n.clone();
                    self.heap.incref_obj(cls);
                    n2.this = Value::Obj(cls);
                    return Ok(self.alloc(Obj::Native(n2)));
                }
                Obj::ClassMethod(f) => {
                    let f = self.dup(&f.clone());
                    self.heap.incref_obj(cls);
                    return Ok(self.alloc(Obj::BoundMethod {
                        func: f,
                        this: Value::Obj(cls),
                    }));
                }
                Obj::StaticMethod(f) => {
                    let f = f.clone();
                    return Ok(self.dup(&f));
                }
                Obj::Instance(_) => {
                    let get = self.names.get;
                    if self.has_method(&a, get) {
                        let c = Value::Obj(cls);
                        return self.call_method(&a, get, &[obj.clone(), c]);
                    }
                }
                _ => {}
            }
        }
        Ok(self.dup(&a))
    }

    fn class_getattr(&mut self, cls: ObjRef, name: Sym) -> PyResult<Option<Value>> {
        // A metaclass's data descriptor (a property) wins over the class's
        // own attributes, as an instance's class's does over its dict.
        if let Obj::Class(c) = self.heap.get(cls)
            && let Some(meta) = c.meta
            && let Some(a) = self.lookup_in_mro(meta, name)
            && let Some(v) = self.data_descriptor_get(&a, &Value::Obj(cls))?
        {
            return Ok(Some(v));
        }
        if let Some(a) = self.lookup_in_mro(cls, name) {
            if let Value::Obj(r) = &a {
                match self.heap.get(*r) {
                    Obj::ClassMethod(f) => {
                        let f = self.dup(&f.clone());
                        self.heap.incref_obj(cls);
                        return Ok(Some(self.alloc(Obj::BoundMethod {
                            func: f,
                            this: Value::Obj(cls),
                        })));
                    }
                    Obj::StaticMethod(f) => {
                        let f = f.clone();
                        return Ok(Some(self.dup(&f)));
                    }
                    Obj::Native(n) if n.this.is_null() && n.kind == NativeKind::ClassMethod => {
                        let mut n2 = n.clone();
                        self.heap.incref_obj(cls);
                        n2.this = Value::Obj(cls);
                        return Ok(Some(self.alloc(Obj::Native(n2))));
                    }
                    Obj::Instance(_) => {
                        let get = self.names.get;
                        if self.has_method(&a, get) {
                            return self
                                .call_method(&a, get, &[Value::None, Value::Obj(cls)])
                                .map(Some);
                        }
                    }
                    _ => {}
                }
            }
            return Ok(Some(self.dup(&a)));
        }
        let n = self.sym_str(name);
        let c = self.class(cls);
        let v = match &*n {
            "__name__" => Value::Str(c.name.clone()),
            "__qualname__" => Value::Str(c.qualname.clone()),
            "__module__" => Value::Str(c.module.clone()),
            "__doc__" => Value::None,
            "__mro__" | "__bases__" => {
                let items: Vec<ObjRef> = if &*n == "__mro__" {
                    c.mro.clone()
                } else {
                    c.bases.clone()
                };
                let vals: Vec<Value> = items
                    .into_iter()
                    .map(|r| self.dup(&Value::Obj(r)))
                    .collect();
                self.new_tuple(vals)
            }
            "__base__" => match c.bases.first() {
                Some(b) => self.dup(&Value::Obj(*b)),
                None => Value::None,
            },
            "__dict__" => {
                let entries: Vec<(Sym, Value)> =
                    c.dict.iter().map(|(k, v)| (k, v.clone())).collect();
                let d = self.new_dict();
                for (k, v) in entries {
                    let key = Value::Str(self.sym_str(k));
                    self.heap.incref(&v);
                    self.dict_set(&d, key, v)?;
                }
                d
            }
            "__class__" => {
                let meta = self.class_of(&Value::Obj(cls));
                self.dup(&Value::Obj(meta))
            }
            _ => {
                // Attributes of the metaclass (`cls.mro`, a metaclass's
                // methods), bound to the class.
                let tcls = self.class_of(&Value::Obj(cls));
                if let Some(a) = self.lookup_in_mro(tcls, name) {
                    return self.bind_attr(a, &Value::Obj(cls), tcls).map(Some);
                }
                return Ok(None);
            }
        };
        Ok(Some(v))
    }

    /// Attributes the VM provides for builtin objects.
    fn special_attr(&mut self, obj: &Value, name: Sym) -> PyResult<Option<Value>> {
        let n = self.sym_str(name);
        match (obj, &*n) {
            (Value::Int(i), "real" | "numerator") => return Ok(Some(Value::Int(*i))),
            (Value::Bool(b), "real" | "numerator") => return Ok(Some(Value::Int(*b as i64))),
            (Value::Int(_) | Value::Bool(_), "imag") => return Ok(Some(Value::Int(0))),
            (Value::Int(_) | Value::Bool(_), "denominator") => return Ok(Some(Value::Int(1))),
            (Value::Float(x), "real") => return Ok(Some(Value::Float(*x))),
            (Value::Float(_), "imag") => return Ok(Some(Value::Float(0.0))),
            _ => {}
        }
        if &*n == "__class__" {
            let c = self.class_of(obj);
            return Ok(Some(self.dup(&Value::Obj(c))));
        }
        let Value::Obj(r) = obj else { return Ok(None) };
        let r = *r;
        // Functions, builtins and bound methods have a `__call__` (CPython's
        // method-wrapper): calling it calls them.
        if &*n == "__call__"
            && matches!(
                self.heap.get(r),
                Obj::Function(_) | Obj::Native(_) | Obj::BoundMethod { .. }
            )
        {
            let call = crate::engine::vm::builtins::bound_method(
                self,
                obj,
                "method-wrapper",
                "__call__",
                callable_call,
            );
            return Ok(Some(call));
        }
        let v = match self.heap.get(r) {
            Obj::Function(f) => match &*n {
                "__name__" => Value::Str(f.name.clone()),
                "__qualname__" => Value::Str(f.qualname.clone()),
                "__module__" => {
                    let g = f.globals;
                    Value::Str(self.module_name_of(g))
                }
                "__doc__" => f.code.doc.clone().map_or(Value::None, Value::Str),
                "__defaults__" => {
                    let d = f.defaults.clone();
                    if d.is_empty() {
                        Value::None
                    } else {
                        let d: Vec<Value> = d.iter().map(|v| self.dup(v)).collect();
                        self.new_tuple(d)
                    }
                }
                "__code__" => {
                    let code = f.code.clone();
                    self.code_namespace(&code)
                }
                "__kwdefaults__" => {
                    let kd = f.kwdefaults.clone();
                    if kd.is_empty() {
                        Value::None
                    } else {
                        let d = self.new_dict();
                        for (k, v) in kd {
                            let key = Value::Str(self.sym_str(k));
                            let v = self.dup(&v);
                            self.dict_set(&d, key, v)?;
                        }
                        d
                    }
                }
                "__globals__" => {
                    let g = f.globals;
                    return self.live_dict(g).map(Some);
                }
                "__annotations__" => {
                    // Created on first use and kept, as CPython does.
                    let d = self.new_dict();
                    let sym = self.intern("__annotations__");
                    let d2 = self.dup(&d);
                    if let Obj::Function(f) = self.heap.get_mut(r) {
                        f.dict.insert(sym, d2);
                    }
                    d
                }
                "__closure__" => {
                    let cells = f.closure.clone();
                    if cells.is_empty() {
                        Value::None
                    } else {
                        let items: Vec<Value> =
                            cells.iter().map(|c| self.dup(&Value::Obj(*c))).collect();
                        self.new_tuple(items)
                    }
                }
                // Functions are descriptors: `f.__get__(obj)` is the bound
                // method that `obj.f` would give.
                "__get__" => crate::engine::vm::builtins::bound_method(
                    self,
                    obj,
                    "function",
                    "__get__",
                    function_get,
                ),
                // A copy of the attributes set on the function. The
                // dunders kept here (`__doc__`, `__module__` and
                // `__annotations__` once set) are slots in CPython, not
                // part of its `__dict__`.
                "__dict__" => {
                    let entries: Vec<(Sym, Value)> = f
                        .dict
                        .iter()
                        .filter(|(k, _)| !is_function_slot(&self.sym_str(*k)))
                        .map(|(k, v)| (k, v.clone()))
                        .collect();
                    let d = self.new_dict();
                    for (k, v) in entries {
                        let key = Value::Str(self.sym_str(k));
                        let v = self.dup(&v);
                        self.dict_set(&d, key, v)?;
                    }
                    d
                }
                _ => return Ok(None),
            },
            Obj::Native(nf) => match &*n {
                "__name__" => Value::Str(nf.name.into()),
                "__qualname__" => Value::Str(native_qualname(nf).into()),
                "__self__" => self.dup(&nf.this.clone()),
                _ => return Ok(None),
            },
            Obj::BoundMethod { func, this } => {
                let (func, this) = (func.clone(), this.clone());
                match &*n {
                    "__self__" => self.dup(&this),
                    "__func__" => self.dup(&func),
                    _ => return self.getattr_opt(&func, name),
                }
            }
            Obj::Gen(g) => {
                let running = g.state == GenState::Running;
                let suspended_at_await = g.delegating && g.state == GenState::Suspended;
                let sub = if suspended_at_await {
                    g.frame.as_ref().and_then(|f| f.stack.last().cloned())
                } else {
                    None
                };
                let (name_s, qual) = (g.name.clone(), g.qualname.clone());
                let kind = g.kind;
                let prefix = match kind {
                    GenKind::Generator => "gi_",
                    GenKind::Coroutine => "cr_",
                    GenKind::AsyncGenerator => "ag_",
                };
                match &*n {
                    "__name__" => Value::Str(name_s),
                    "__qualname__" => Value::Str(qual),
                    s if s.strip_prefix(prefix) == Some("running") => Value::Bool(running),
                    "gi_yieldfrom" | "cr_await" | "ag_await" if s_matches(&n, prefix) => {
                        match sub {
                            Some(v) => self.dup(&v),
                            None => Value::None,
                        }
                    }
                    s if s.strip_prefix(prefix) == Some("frame") => {
                        if g.state == GenState::Closed {
                            Value::None
                        } else {
                            return self.frame_snapshot(r).map(Some);
                        }
                    }
                    s if s.strip_prefix(prefix) == Some("suspended") => {
                        Value::Bool(g.state == GenState::Suspended)
                    }
                    s if s.strip_prefix(prefix) == Some("code") => {
                        let code = g.code.clone();
                        return Ok(Some(self.code_namespace(&code)));
                    }
                    _ => return Ok(None),
                }
            }
            // Exceptions and instances of builtin types' subclasses have a
            // `__dict__` too.
            Obj::Instance(i)
                if &*n == "__dict__"
                    && (matches!(i.payload, Payload::Exc(_))
                        || matches!(i.payload, Payload::Builtin(_))
                            && self.has_instance_dict(obj)) =>
            {
                self.live_dict(r)?
            }
            Obj::Instance(i) => match &i.payload {
                Payload::Exc(e) => match &*n {
                    "args" => self.dup(&e.args.clone()),
                    "__cause__" => self.dup(&e.cause.clone()),
                    "__context__" => self.dup(&e.context.clone()),
                    "__suppress_context__" => Value::Bool(e.suppress_context),
                    "__traceback__" => {
                        let entries = e.traceback.clone();
                        return Ok(Some(self.traceback_chain(&entries)));
                    }
                    "value" | "code"
                        if (&*n == "value" && self.exc_is(obj, "StopIteration"))
                            || (&*n == "code" && self.exc_is(obj, "SystemExit")) =>
                    {
                        let args = self.exc_args(obj);
                        match args.first() {
                            // SystemExit's `code` is the whole tuple when given several
                            // arguments (SystemExit_init in exceptions.c).
                            Some(_) if args.len() > 1 && &*n == "code" => self.dup(&e.args.clone()),
                            Some(v) => self.dup(v),
                            None => Value::None,
                        }
                    }
                    "msg" | "filename" | "lineno" | "offset" | "text" | "end_lineno"
                    | "end_offset"
                        if self.exc_is(obj, "SyntaxError") =>
                    {
                        let args = self.exc_args(obj);
                        let detail = match args.get(1) {
                            Some(Value::Obj(t)) => match self.heap.get(*t) {
                                super::object::Obj::Tuple(items) => items.to_vec(),
                                _ => Vec::new(),
                            },
                            _ => Vec::new(),
                        };
                        let v = match &*n {
                            "msg" => args.first().cloned(),
                            "filename" => detail.first().cloned(),
                            "lineno" => detail.get(1).cloned(),
                            "offset" => detail.get(2).cloned(),
                            "text" => detail.get(3).cloned(),
                            "end_lineno" => detail.get(4).cloned(),
                            _ => detail.get(5).cloned(),
                        };
                        self.dup(&v.unwrap_or(Value::None))
                    }
                    "errno" | "strerror" | "filename" | "filename2"
                        if self.exc_is(obj, "OSError") =>
                    {
                        // The file names, when given, are in the
                        // instance dict (read before this).
                        let args = self.exc_args(obj);
                        let i = if &*n == "errno" { 0 } else { 1 };
                        match args.get(i) {
                            Some(v) if args.len() == 2 && !n.starts_with("filename") => self.dup(v),
                            _ => Value::None,
                        }
                    }
                    "name"
                        if self.exc_is(obj, "NameError") || self.exc_is(obj, "AttributeError") =>
                    {
                        Value::None
                    }
                    "exceptions" | "message" => match &e.group {
                        Some((m, l)) => {
                            let v = if &*n == "message" {
                                m.clone()
                            } else {
                                l.clone()
                            };
                            if &*n == "exceptions" {
                                let items = self.tuple_items(&v);
                                let items: Vec<Value> = items.iter().map(|x| self.dup(x)).collect();
                                self.new_tuple(items)
                            } else {
                                self.dup(&v)
                            }
                        }
                        None => return Ok(None),
                    },
                    _ => return Ok(None),
                },
                Payload::Future(_) if &*n == "_asyncio_future_blocking" => {
                    let b = self.fut_data(obj).is_some_and(|f| f.blocking);
                    Value::Bool(b)
                }
                // The C Future's `_state`, which programs read to tell a
                // pending future from a finished one.
                Payload::Future(_) if &*n == "_state" => {
                    use crate::engine::aio::state::FutState;
                    Value::str(match self.fut_data(obj).map(|f| f.state) {
                        Some(FutState::Cancelled) => "CANCELLED",
                        Some(FutState::Finished) => "FINISHED",
                        _ => "PENDING",
                    })
                }
                Payload::WeakRef(w) if &*n == "__callback__" => {
                    let cb = w.callback.clone();
                    self.dup(&cb)
                }
                Payload::Future(_) | Payload::Handle(_) | Payload::Rng(_) | Payload::WeakRef(_) => {
                    return Ok(None);
                }
                Payload::Builtin(b) => {
                    let b = b.clone();
                    return self.getattr_opt(&b, name);
                }
                Payload::None => match &*n {
                    "__dict__" if !self.has_instance_dict(obj) => return Ok(None),
                    "__dict__" => self.live_dict(r)?,
                    _ => return Ok(None),
                },
            },
            Obj::Slice { start, stop, step } => match &*n {
                "start" => self.dup(&start.clone()),
                "stop" => self.dup(&stop.clone()),
                "step" => self.dup(&step.clone()),
                _ => return Ok(None),
            },
            Obj::Range { start, stop, step } => match &*n {
                "start" => Value::Int(*start),
                "stop" => Value::Int(*stop),
                "step" => Value::Int(*step),
                _ => return Ok(None),
            },
            Obj::Cell(v) if &*n == "cell_contents" => {
                let v = v.clone();
                if v.is_null() {
                    return Err(self.value_error("Cell is empty".into()));
                }
                self.dup(&v)
            }
            Obj::Property {
                fget,
                fset,
                fdel,
                doc,
            } => match &*n {
                "fget" => self.dup(&fget.clone()),
                "fset" => self.dup(&fset.clone()),
                "fdel" => self.dup(&fdel.clone()),
                "__isabstractmethod__" => {
                    let parts = [fget.clone(), fset.clone(), fdel.clone()];
                    let flag = self.intern("__isabstractmethod__");
                    let mut abstract_ = false;
                    for f in parts.iter().filter(|f| matches!(f, Value::Obj(_))) {
                        if let Some(v) = self.getattr_opt(f, flag)? {
                            abstract_ = self.truthy(&v)?;
                            self.drop_val(v);
                            if abstract_ {
                                break;
                            }
                        }
                    }
                    Value::Bool(abstract_)
                }
                // The getter's docstring, as CPython's property copies it.
                "__doc__" if !doc.is_none() && !doc.is_null() => self.dup(&doc.clone()),
                "__doc__" => {
                    let fget = fget.clone();
                    if fget.is_none() || fget.is_null() {
                        Value::None
                    } else {
                        return self.getattr_opt(&fget, name);
                    }
                }
                _ => return Ok(None),
            },
            Obj::StaticMethod(f) | Obj::ClassMethod(f) => match &*n {
                "__func__" | "__wrapped__" => self.dup(&f.clone()),
                // So `@classmethod` over `@abstractmethod` stays abstract.
                "__isabstractmethod__" => {
                    let f = f.clone();
                    match self.getattr_opt(&f, name)? {
                        Some(v) => {
                            let b = self.truthy(&v)?;
                            self.drop_val(v);
                            Value::Bool(b)
                        }
                        None => Value::Bool(false),
                    }
                }
                _ => return Ok(None),
            },
            _ => return Ok(None),
        };
        Ok(Some(v))
    }

    /// With `__slots__` on every class written in Python along the MRO,
    /// instances have no `__dict__`: only the slot names can be set.
    fn slot_allows(&self, obj: &Value, name: Sym) -> bool {
        let Value::Obj(r) = obj else { return true };
        let Obj::Instance(i) = self.heap.get(*r) else {
            return true;
        };
        // Exceptions of the builtin classes have a `__dict__` too.
        if matches!(i.payload, Payload::Exc(_)) {
            return true;
        }
        let cls = self.class_of(obj);
        // `'__dict__'` among the slots gives instances a dict after all.
        if self.instances_have_dict(cls) {
            return true;
        }
        // The event loop is a Python class in CPython, and the C Future
        // and Task have a `__dict__`: their instances take any attribute
        // (`loop.app = app`, `task.started = t`).
        if let Some(c) = self.aio.classes {
            let mro = &self.class(cls).mro;
            if mro.contains(&c.event_loop) || mro.contains(&c.future) {
                return true;
            }
        }
        let slots_sym = self.names.slots;
        let mut allowed: Vec<Sym> = Vec::new();
        for m in &self.class(cls).mro {
            let Obj::Class(c) = self.heap.get(*m) else {
                continue;
            };
            if !c.is_heap_type {
                continue;
            }
            let slots = match c.dict.get(slots_sym) {
                None => return true,
                Some(v @ Value::Str(_)) => vec![v.clone()],
                Some(v) => self.slot_names(v),
            };
            // A private slot (`__p`) is named as its class's body would
            // spell it: `_C__p`.
            for item in slots {
                if let Value::Str(s) = item
                    && let Some(sym) = self.interner.get(&mangle(Some(&c.name), &s))
                {
                    allowed.push(sym);
                }
            }
        }
        // Dunders (`s.__class__ = T`) pass as before; a private name
        // arrives mangled and needs the slot of that spelling.
        let text = self.sym_str(name);
        allowed.contains(&name) || (text.starts_with("__") && text.ends_with("__"))
    }

    /// The attribute names the `__slots__` along `cls`'s MRO give its
    /// instances, mangled as their classes spell them. Coroscope keeps a
    /// slot's value in the instance's namespace with the rest, so these
    /// are what an instance's `__dict__` must leave out.
    pub(super) fn slot_syms(&self, cls: ObjRef) -> Vec<Sym> {
        let slots_sym = self.names.slots;
        let mut out = Vec::new();
        for m in &self.class(cls).mro {
            let Obj::Class(c) = self.heap.get(*m) else {
                continue;
            };
            if !c.is_heap_type {
                continue;
            }
            let slots = match c.dict.get(slots_sym) {
                None => continue,
                Some(v @ Value::Str(_)) => vec![v.clone()],
                Some(v) => self.slot_names(v),
            };
            for item in slots {
                if let Value::Str(s) = item
                    && &*s != "__dict__"
                    && &*s != "__weakref__"
                    && let Some(sym) = self.interner.get(&mangle(Some(&c.name), &s))
                {
                    out.push(sym);
                }
            }
        }
        out
    }

    /// The names a `__slots__` value lists: a sequence's items, or a
    /// dict's keys (its values are the slots' docstrings).
    pub(crate) fn slot_names(&self, v: &Value) -> Vec<Value> {
        match v {
            Value::Obj(r) if matches!(self.heap.get(*r), Obj::Dict(_)) => self.dict_keys(v),
            _ => self.tuple_items(v),
        }
    }

    /// Whether an instance has a `__dict__`: some class written in Python
    /// along its MRO has no `__slots__`, or lists `__dict__` in them.
    fn has_instance_dict(&self, obj: &Value) -> bool {
        self.instances_have_dict(self.class_of(obj))
    }

    /// Whether instances of `cls` have a `__dict__`.
    pub fn instances_have_dict(&self, cls: ObjRef) -> bool {
        let slots_sym = self.names.slots;
        self.class(cls).mro.iter().any(|m| match self.heap.get(*m) {
            Obj::Class(c) if c.is_heap_type => match c.dict.get(slots_sym) {
                None => true,
                Some(Value::Str(s)) => &**s == "__dict__",
                Some(v) => self
                    .slot_names(v)
                    .iter()
                    .any(|i| matches!(i, Value::Str(s) if &**s == "__dict__")),
            },
            _ => false,
        })
    }

    fn property_getter_name(&self, p: &Value) -> Option<Rc<str>> {
        let Value::Obj(r) = p else { return None };
        let Obj::Property { fget, .. } = self.heap.get(*r) else {
            return None;
        };
        match fget {
            Value::Obj(f) => match self.heap.get(*f) {
                Obj::Function(func) => Some(func.name.clone()),
                _ => None,
            },
            _ => None,
        }
    }

    /// A snapshot of a generator's frame as a `frame` object: `f_lineno`,
    /// `f_locals`, `f_code` (with `co_name`, `co_filename`,
    /// `co_firstlineno`), `f_back`.
    /// A code object as the attributes programs read (`co_name`, ...).
    fn code_namespace(&mut self, code: &std::rc::Rc<crate::engine::compile::code::Code>) -> Value {
        let mut code_attrs = SymMap::new();
        for (name, v) in [
            ("co_name", Value::Str(code.name.clone())),
            ("co_qualname", Value::Str(code.qualname.clone())),
            ("co_filename", Value::Str(code.filename.clone())),
            ("co_firstlineno", Value::Int(code.firstlineno as i64)),
            ("co_argcount", Value::Int(code.argcount as i64)),
            (
                "co_posonlyargcount",
                Value::Int(code.posonlyargcount as i64),
            ),
            ("co_kwonlyargcount", Value::Int(code.kwonlyargcount as i64)),
            ("co_nlocals", Value::Int(code.varnames.len() as i64)),
            // The flags programs test (CPython's CO_VARARGS, CO_VARKEYWORDS,
            // CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR), over
            // CO_OPTIMIZED | CO_NEWLOCALS.
            (
                "co_flags",
                Value::Int(
                    3 | (code.has_varargs as i64) << 2
                        | (code.has_varkw as i64) << 3
                        | (code.is_generator as i64) << 5
                        | (code.is_coroutine as i64) << 7
                        | (code.is_async_generator as i64) << 9,
                ),
            ),
        ] {
            let s = self.intern(name);
            code_attrs.insert(s, v);
        }
        for (name, syms) in [
            ("co_varnames", &code.varnames),
            ("co_cellvars", &code.cellvars),
            ("co_freevars", &code.freevars),
        ] {
            let items: Vec<Value> = syms.iter().map(|s| Value::Str(self.sym_str(*s))).collect();
            let t = self.new_tuple(items);
            let s = self.intern(name);
            code_attrs.insert(s, t);
        }
        self.namespace_instance(code_attrs)
    }

    /// `exc.__traceback__`: CPython's linked `traceback` objects, outermost
    /// first, each with `tb_lineno`, `tb_next` and a `tb_frame` that has
    /// `f_code` (`co_name`, `co_filename`) and `f_lineno`. Made afresh on
    /// each read from the exception's entries, as attribute holders.
    pub fn traceback_chain(&mut self, entries: &[super::object::TbEntry]) -> Value {
        let mut next = Value::None;
        for entry in entries.iter().rev() {
            let mut code = SymMap::new();
            for (k, v) in [
                ("co_name", Value::Str(entry.name.clone())),
                ("co_filename", Value::Str(entry.filename.clone())),
                ("co_qualname", Value::Str(entry.name.clone())),
            ] {
                code.insert(self.intern(k), v);
            }
            let code = self.namespace_instance(code);
            let mut frame = SymMap::new();
            frame.insert(self.intern("f_code"), code);
            frame.insert(self.intern("f_lineno"), Value::Int(entry.line as i64));
            frame.insert(self.intern("f_back"), Value::None);
            let frame = self.namespace_instance(frame);
            let line = self
                .source_line(&entry.filename, entry.line)
                .map(|l| Value::Str(l.trim().into()))
                .unwrap_or(Value::None);
            let mut tb = SymMap::new();
            for (k, v) in [
                ("tb_frame", frame),
                ("tb_lineno", Value::Int(entry.line as i64)),
                ("tb_lasti", Value::Int(0)),
                ("tb_next", next),
                ("_line", line),
            ] {
                tb.insert(self.intern(k), v);
            }
            next = self.namespace_instance(tb);
        }
        next
    }

    /// A plain attribute holder (`types.SimpleNamespace`'s native twin),
    /// for objects coroscope describes by their attributes alone.
    pub fn namespace_instance(&mut self, attrs: SymMap) -> Value {
        let ns_cls = self.types.namespace;
        self.heap.incref_obj(ns_cls);
        self.alloc(Obj::Instance(Box::new(super::object::Instance {
            class: ns_cls,
            dict: attrs,
            payload: super::object::Payload::None,
            has_del: false,
            live: None,
        })))
    }

    fn frame_snapshot(&mut self, g: ObjRef) -> PyResult<Value> {
        let (line, code, locals) = match self.heap.get(g) {
            Obj::Gen(gn) => match &gn.frame {
                Some(f) => {
                    let line = if gn.state == GenState::Created {
                        gn.code.firstlineno
                    } else {
                        f.line()
                    };
                    (line, f.code.clone(), f.bound_locals())
                }
                None => return Ok(Value::None),
            },
            _ => return Ok(Value::None),
        };
        let d = self.new_dict();
        for (k, v) in locals {
            let key = Value::Str(self.sym_str(k));
            let v = self.dup(&v);
            self.dict_set(&d, key, v)?;
        }
        let ns_cls = self.types.namespace;
        let code_obj = self.code_namespace(&code);
        let mut attrs = SymMap::new();
        for (name, v) in [
            ("f_lineno", Value::Int(line as i64)),
            ("f_locals", d),
            ("f_code", code_obj),
            ("f_back", Value::None),
        ] {
            let s = self.intern(name);
            attrs.insert(s, v);
        }
        self.heap.incref_obj(ns_cls);
        Ok(self.alloc(Obj::Instance(Box::new(super::object::Instance {
            class: ns_cls,
            dict: attrs,
            payload: super::object::Payload::None,
            has_del: false,
            live: None,
        }))))
    }

    /// `obj.name = v` (takes ownership of `v`).
    pub fn setattr(&mut self, obj: &Value, name: Sym, v: Value) -> PyResult<()> {
        let cls = self.class_of(obj);
        // A user `__setattr__`.
        let sa = self.names.setattr;
        if let Some(f) = self.lookup_in_mro(cls, sa)
            && self.is_user_function(&f)
        {
            let n = Value::Str(self.sym_str(name));
            let r = self.call_value(&f, &[obj.clone(), n, v.clone()], &[]);
            self.drop_val(v);
            let r = r?;
            self.drop_val(r);
            return Ok(());
        }
        self.generic_setattr(obj, name, v)
    }

    /// `object.__setattr__`: descriptors, then the instance dict.
    pub fn generic_setattr(&mut self, obj: &Value, name: Sym, v: Value) -> PyResult<()> {
        let cls = self.class_of(obj);
        if let Some(a) = self.lookup_in_mro(cls, name)
            && let Value::Obj(ar) = &a
        {
            match self.heap.get(*ar) {
                Obj::Property { fset, .. } => {
                    let fset = fset.clone();
                    if fset.is_none() || fset.is_null() {
                        self.drop_val(v);
                        let n = self.sym_str(name);
                        let cname = self.class_name(obj);
                        // `namedtuple` fields are not properties in CPython:
                        // their getter has no name to report.
                        if self.property_getter_name(&a).as_deref() == Some("_tuplegetter") {
                            return Err(self.attr_error("can't set attribute".into()));
                        }
                        return Err(self.attr_error(format!(
                            "property '{n}' of '{cname}' object has no setter"
                        )));
                    }
                    let r = self.call_value(&fset, &[obj.clone(), v.clone()], &[]);
                    self.drop_val(v);
                    let r = r?;
                    self.drop_val(r);
                    return Ok(());
                }
                Obj::Instance(_) => {
                    let set = self.names.set;
                    if self.has_method(&a, set) {
                        let r = self.call_method(&a, set, &[obj.clone(), v.clone()]);
                        self.drop_val(v);
                        let r = r?;
                        self.drop_val(r);
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        if let Value::Obj(r) = obj {
            let r = *r;
            if !self.slot_allows(obj, name) {
                self.drop_val(v);
                return Err(self.no_attribute_plain(obj, name));
            }
            if name == self.names.dict
                && matches!(self.heap.get(r), Obj::Instance(_))
                && matches!(&v, Value::Obj(d) if matches!(self.heap.get(*d), Obj::Dict(_)))
            {
                self.replace_live_dict(r, v);
                return Ok(());
            }
            // The name as text only where it decides something: exception
            // fields and function names (most stores are plain ones).
            let n = match self.heap.get(r) {
                Obj::Instance(i) if matches!(i.payload, Payload::Exc(_)) => {
                    Some(self.sym_str(name))
                }
                Obj::Function(_) | Obj::Class(_) | Obj::Gen(_) | Obj::Property { .. } => {
                    Some(self.sym_str(name))
                }
                _ => None,
            };
            let n = n.as_deref().unwrap_or("");
            if matches!(n, "__cause__" | "__context__")
                && !v.is_none()
                && self.exc_data(&v).is_none()
                && matches!(self.heap.get(r), Obj::Instance(i) if matches!(i.payload, Payload::Exc(_)))
            {
                self.drop_val(v);
                let what = if n == "__cause__" { "cause" } else { "context" };
                return Err(self.type_error(format!(
                    "exception {what} must be None or derive from BaseException"
                )));
            }
            let old = match self.heap.get_mut(r) {
                Obj::Instance(i) => {
                    if let Payload::Exc(e) = &mut i.payload {
                        match n {
                            "__cause__" => {
                                let old = std::mem::replace(&mut e.cause, v);
                                e.suppress_context = true;
                                self.drop_val(old);
                                return Ok(());
                            }
                            "__context__" => {
                                let old = std::mem::replace(&mut e.context, v);
                                self.drop_val(old);
                                return Ok(());
                            }
                            "__suppress_context__" => {
                                e.suppress_context = matches!(v, Value::Bool(true));
                                return Ok(());
                            }
                            "__traceback__" => {
                                self.drop_val(v);
                                return Ok(());
                            }
                            "args" => {
                                let old = std::mem::replace(&mut e.args, v);
                                self.drop_val(old);
                                return Ok(());
                            }
                            _ => {}
                        }
                    }
                    i.dict.insert(name, v)
                }
                Obj::Class(c) if c.is_heap_type => {
                    // Reprs read the type's names from these fields.
                    if let Value::Str(s) = &v {
                        match n {
                            "__name__" => c.name = s.clone(),
                            "__qualname__" => c.qualname = s.clone(),
                            "__module__" => c.module = s.clone(),
                            _ => {}
                        }
                    }
                    let old = c.dict.insert(name, v);
                    self.invalidate_mro_cache();
                    self.getattribute_hooks |= name == self.names.getattribute;
                    self.setattr_hooks |= name == self.names.setattr;
                    old
                }
                Obj::Function(_) | Obj::Gen(_) if matches!(n, "__name__" | "__qualname__") => {
                    let Value::Str(s) = &v else {
                        self.drop_val(v);
                        return Err(self.type_error(format!("{n} must be set to a string object")));
                    };
                    let s = s.clone();
                    let (name_f, qual_f) = match self.heap.get_mut(r) {
                        Obj::Function(f) => (&mut f.name, &mut f.qualname),
                        Obj::Gen(g) => (&mut g.name, &mut g.qualname),
                        _ => unreachable!("matched above"),
                    };
                    if n == "__name__" {
                        *name_f = s;
                    } else {
                        *qual_f = s;
                    }
                    Some(v)
                }
                Obj::Function(f) => f.dict.insert(name, v),
                Obj::Module(m) => m.dict.insert(name, v),
                // A property's docstring is writable (namedtuple fields
                // get theirs this way in CPython's library).
                Obj::Property { doc, .. } if n == "__doc__" => Some(std::mem::replace(doc, v)),
                _ => {
                    self.drop_val(v);
                    return Err(self.setattr_error(obj, name));
                }
            };
            if let Some(o) = old {
                self.drop_val(o);
            }
            self.live_dict_sync(r, name);
            return Ok(());
        }
        self.drop_val(v);
        Err(self.setattr_error(obj, name))
    }

    fn setattr_error(&mut self, obj: &Value, name: Sym) -> Value {
        let n = self.sym_str(name);
        if let Value::Obj(r) = obj
            && let Obj::Class(c) = self.heap.get(*r)
        {
            let cname = c.name.clone();
            return self.type_error(format!(
                "cannot set '{n}' attribute of immutable type '{cname}'"
            ));
        }
        // A property's accessors are read-only members.
        if let Value::Obj(r) = obj
            && matches!(self.heap.get(*r), Obj::Property { .. })
            && matches!(&*n, "fget" | "fset" | "fdel")
        {
            return self.attr_error("readonly attribute".into());
        }
        let cname = self.class_name(obj);
        self.attr_error(format!("'{cname}' object has no attribute '{n}'"))
    }

    pub fn delattr(&mut self, obj: &Value, name: Sym) -> PyResult<()> {
        let cls = self.class_of(obj);
        if let Some(f) = self.lookup_in_mro(cls, self.names.delattr)
            && self.is_user_function(&f)
        {
            let n = Value::Str(self.sym_str(name));
            let r = self.call_value(&f, &[obj.clone(), n], &[])?;
            self.drop_val(r);
            return Ok(());
        }
        self.generic_delattr(obj, name)
    }

    /// `object.__delattr__`: a property's deleter or a descriptor's
    /// `__delete__`, then the instance dict.
    pub fn generic_delattr(&mut self, obj: &Value, name: Sym) -> PyResult<()> {
        let cls = self.class_of(obj);
        if let Some(a) = self.lookup_in_mro(cls, name)
            && matches!(&a, Value::Obj(ar) if matches!(self.heap.get(*ar), Obj::Instance(_)))
            && self.has_method(&a, self.names.delete)
        {
            let r = self.call_method(&a, self.names.delete, std::slice::from_ref(obj))?;
            self.drop_val(r);
            return Ok(());
        }
        if let Some(a) = self.lookup_in_mro(cls, name)
            && let Value::Obj(ar) = &a
            && let Obj::Property { fdel, .. } = self.heap.get(*ar)
        {
            let fdel = fdel.clone();
            if fdel.is_none() || fdel.is_null() {
                let n = self.sym_str(name);
                let cname = self.class_name(obj);
                return Err(
                    self.attr_error(format!("property '{n}' of '{cname}' object has no deleter"))
                );
            }
            let r = self.call_value(&fdel, std::slice::from_ref(obj), &[])?;
            self.drop_val(r);
            return Ok(());
        }
        if let Value::Obj(r) = obj {
            let old = match self.heap.get_mut(*r) {
                Obj::Instance(i) => i.dict.remove(name),
                Obj::Class(c) => {
                    let old = c.dict.remove(name);
                    self.invalidate_mro_cache();
                    old
                }
                Obj::Function(f) => f.dict.remove(name),
                Obj::Module(m) => m.dict.remove(name),
                _ => None,
            };
            if let Some(o) = old {
                self.drop_val(o);
                self.live_dict_sync(*r, name);
                return Ok(());
            }
        }
        Err(self.no_attribute(obj, name))
    }

    // === namespaces ===

    /// A name in a module or class namespace (borrowed).
    pub fn ns_get(&self, ns: ObjRef, name: Sym) -> Option<Value> {
        match self.heap.get(ns) {
            Obj::Module(m) => m.dict.get(name).cloned(),
            Obj::Namespace(d) => d.get(name).cloned(),
            _ => None,
        }
    }

    pub fn ns_set(&mut self, ns: ObjRef, name: Sym, v: Value) {
        let old = match self.heap.get_mut(ns) {
            Obj::Module(m) => m.dict.insert(name, v),
            Obj::Namespace(d) => d.insert(name, v),
            _ => Some(v),
        };
        if let Some(o) = old {
            self.drop_val(o);
        }
        self.live_dict_sync(ns, name);
    }

    pub fn ns_del(&mut self, ns: ObjRef, name: Sym) -> bool {
        let old = match self.heap.get_mut(ns) {
            Obj::Module(m) => m.dict.remove(name),
            Obj::Namespace(d) => d.remove(name),
            _ => None,
        };
        match old {
            Some(o) => {
                self.drop_val(o);
                self.live_dict_sync(ns, name);
                true
            }
            None => false,
        }
    }

    /// A global, else a builtin, else NameError. A new reference.
    pub fn load_global(&mut self, globals: ObjRef, name: Sym) -> PyResult<Value> {
        if let Some(v) = self.ns_get(globals, name) {
            self.heap.incref(&v);
            return Ok(v);
        }
        if let Some(v) = self.ns_get(self.builtins, name) {
            self.heap.incref(&v);
            return Ok(v);
        }
        // `bytearray`, `memoryview` and the `complex` stand-in are written
        // in Python: made on first use of the name.
        let module = match &*self.sym_str(name) {
            "bytearray" => Some("_bytearray"),
            "memoryview" => Some("_memoryview"),
            "complex" => Some("_complex"),
            _ => None,
        };
        if let Some(module) = module {
            let m = self.import_module(module)?;
            let v = self.getattr(&m, name);
            self.drop_val(m);
            let v = v?;
            let b = self.builtins;
            let kept = self.dup(&v);
            self.ns_set(b, name, kept);
            return Ok(v);
        }
        Err(self.name_error(name))
    }
}

fn s_matches(n: &str, prefix: &str) -> bool {
    matches!(
        (n, prefix),
        ("gi_yieldfrom", "gi_") | ("cr_await", "cr_") | ("ag_await", "ag_")
    )
}

/// `Vm::lookup_in_mro` for callers that hold other parts of the VM
/// borrowed (the run loop's fast lane).
pub(super) fn lookup_in_mro(
    heap: &super::heap::Heap,
    mro_cache: &std::cell::RefCell<super::MroCache>,
    cls: ObjRef,
    name: Sym,
) -> Option<Value> {
    let Obj::Class(c) = heap.get(cls) else {
        return None;
    };
    if let Some(hit) = mro_cache.borrow().get(c.serial, name) {
        return hit.clone();
    }
    let mut found = None;
    for m in &c.mro {
        if let Obj::Class(mc) = heap.get(*m)
            && let Some(v) = mc.dict.get(name)
        {
            found = Some(v.clone());
            break;
        }
    }
    // Entries borrow from class dicts; any change to a class dict
    // clears the whole cache (`invalidate_mro_cache`).
    mro_cache.borrow_mut().insert(c.serial, name, found.clone());
    found
}

/// `f` of what `lookup_in_mro` finds, for the run loop's fast lane: a
/// cache hit is looked at where it lies, with no call and no clone of the
/// value to drop again; a miss takes the full lookup.
#[inline(always)]
pub(super) fn with_class_attr<R>(
    heap: &super::heap::Heap,
    mro_cache: &mut std::cell::RefCell<super::MroCache>,
    cls: ObjRef,
    name: Sym,
    f: impl FnOnce(Option<&Value>) -> R,
) -> R {
    // Exclusive access: the probe needs no run-time borrow.
    if let Obj::Class(c) = heap.get(cls)
        && let Some(hit) = mro_cache.get_mut().get(c.serial, name)
    {
        return f(hit.as_ref());
    }
    f(lookup_in_mro(heap, mro_cache, cls, name).as_ref())
}

/// `function.__get__(instance, owner=None)`: the function itself when
/// there is no instance, else a method bound to it.
/// A function attribute CPython keeps in a slot of its own rather than
/// in the function's `__dict__`.
fn is_function_slot(name: &str) -> bool {
    matches!(
        name,
        "__doc__"
            | "__module__"
            | "__annotations__"
            | "__defaults__"
            | "__kwdefaults__"
            | "__name__"
            | "__qualname__"
    )
}

/// `f.__call__(*args, **kwargs)`: `f(*args, **kwargs)`.
fn callable_call(vm: &mut Vm, args: &[Value], kw: &[(Sym, Value)]) -> PyResult<Value> {
    let f = vm.dup(&args[0]);
    let out = vm.call_value(&f, &args[1..], kw);
    vm.drop_val(f);
    out
}

fn function_get(vm: &mut Vm, args: &[Value], _: &[(Sym, Value)]) -> PyResult<Value> {
    crate::engine::vm::builtins::check_args(vm, args, 2, 3, "__get__")?;
    let func = vm.dup(&args[0]);
    if args[1].is_none() {
        return Ok(func);
    }
    let this = vm.dup(&args[1]);
    Ok(vm.alloc(Obj::BoundMethod { func, this }))
}

/// A builtin method's `__qualname__` is its type's name and its own
/// (`list.append`, `Future.set_result`; asyncio names the callbacks of
/// handles and futures by it). The loop's methods are defined by
/// `BaseEventLoop` in CPython; an owner that names no CPython type (the
/// shared `iterator` methods) leaves the bare name.
fn native_qualname(nf: &crate::engine::vm::object::NativeFunc) -> String {
    use crate::engine::vm::object::NativeKind;
    let owner = match nf.owner {
        "loop" => "BaseEventLoop",
        "iterator" | "" => return nf.name.to_string(),
        o => o,
    };
    match nf.kind {
        NativeKind::Function => nf.name.to_string(),
        _ => format!("{owner}.{}", nf.name),
    }
}

/// The name CPython's messages give a type (its `tp_name`): a type
/// written in C outside the builtins carries its module
/// (`_asyncio.Task`, `collections.deque`). coroscope's native classes
/// stand for C types, except asyncio's (`asyncio.events.Handle` and the
/// loops are Python classes in CPython).
fn tp_name(c: &crate::engine::vm::object::Class) -> String {
    let m = &*c.module;
    if c.is_heap_type || m.is_empty() || m == "builtins" || m.starts_with("asyncio") {
        c.name.to_string()
    } else {
        format!("{m}.{}", c.name)
    }
}
