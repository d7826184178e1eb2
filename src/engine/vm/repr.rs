//! `repr()`, `str()` and `format()` of values, as CPython prints them.

use std::rc::Rc;

use super::Vm;
use super::object::{GenKind, Obj, Payload, PyResult, ViewKind};
use super::value::{ObjRef, Value};
use crate::engine::numeric::{PyErr, float_repr::float_repr, format_spec, str_repr::str_repr};

/// A stand-in for a memory address: deterministic, derived from the arena
/// index, shaped like CPython's.
pub fn fake_addr(r: ObjRef) -> String {
    format!("0x7f{:010x}", 0x1000_0000u64 + (r.0 as u64) * 0x30)
}

/// `object.__repr__`'s text: CPython leaves the module out for a type
/// of `builtins` (`<object object at ...>`).
pub fn default_object_repr(module: &str, qualname: &str, addr: &str) -> String {
    if module == "builtins" {
        format!("<{qualname} object at {addr}>")
    } else {
        format!("<{module}.{qualname} object at {addr}>")
    }
}

impl Vm {
    /// A native method of a builtin type other than `object`'s defaults
    /// (`Future.__repr__`).
    pub fn is_type_native(&self, f: &Value) -> bool {
        matches!(f, Value::Obj(r) if matches!(self.heap.get(*r), Obj::Native(n) if n.owner != "object"))
    }

    pub fn from_pyerr(&mut self, e: PyErr) -> Value {
        self.new_exc(e.kind, e.msg)
    }

    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<Rc<str>> {
        Ok(match v {
            Value::Null => "<NULL>".into(),
            Value::None => "None".into(),
            Value::Bool(true) => "True".into(),
            Value::Bool(false) => "False".into(),
            Value::Int(i) => i.to_string().into(),
            Value::Float(x) => float_repr(*x).into(),
            Value::Str(s) => str_repr(s).into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Obj(r) => self.repr_obj(*r, v)?.into(),
        })
    }

    /// What a `__repr__` written in Python returned: a string, or
    /// CPython's TypeError.
    fn repr_result(&mut self, out: Value) -> PyResult<String> {
        self.checked_str_result(out, "__repr__")
    }

    /// `out` if it is a string, else the TypeError `repr()`/`str()` raise,
    /// naming the slot the caller asked for (`slot`).
    fn checked_str_result(&mut self, out: Value, slot: &str) -> PyResult<String> {
        match out {
            Value::Str(s) => Ok(s.to_string()),
            other => {
                let cname = self.class_name(&other);
                self.drop_val(other);
                Err(self.type_error(format!("{slot} returned non-string (type {cname})")))
            }
        }
    }

    fn repr_obj(&mut self, r: ObjRef, v: &Value) -> PyResult<String> {
        if self.repr_stack.contains(&r) {
            return Ok(match self.heap.get(r) {
                Obj::List(_) | Obj::Deque(_) => "[...]".into(),
                Obj::Dict(_) => "{...}".into(),
                _ => "...".into(),
            });
        }
        // A metaclass's `__repr__` for a class.
        if let Some(f) = self.meta_method(v, "__repr__")? {
            let out = self.call_value(&f, &[], &[]);
            self.drop_val(f);
            return self.repr_result(out?);
        }
        // A user-defined `__repr__` first.
        if let Obj::Instance(_) = self.heap.get(r) {
            let cls = self.class_of(v);
            let rs = self.names.repr;
            if let Some(f) = self.lookup_in_mro(cls, rs)
                && (self.is_user_function(&f) || self.is_type_native(&f))
            {
                let out = self.call_value(&f, std::slice::from_ref(v), &[])?;
                return self.repr_result(out);
            }
        }
        // Each nested container is a level of Rust recursion here, as it
        // is C recursion in CPython, which stops it at the recursion limit.
        if self.repr_stack.len() + self.frames.len() >= self.limits.recursion {
            return Err(self.new_exc_str(
                "RecursionError",
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        self.repr_stack.push(r);
        let out = self.repr_obj_inner(r, v);
        self.repr_stack.pop();
        out
    }

    fn seq_repr(&mut self, items: &[Value], open: &str, close: &str) -> PyResult<String> {
        let mut s = String::from(open);
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&self.repr(it)?);
        }
        s.push_str(close);
        Ok(s)
    }

    fn repr_obj_inner(&mut self, r: ObjRef, v: &Value) -> PyResult<String> {
        let addr = fake_addr(r);
        Ok(match self.heap.get(r) {
            Obj::BigInt(b) => {
                let b = (**b).clone();
                self.big_to_str(&b)?
            }
            Obj::List(l) => {
                let l = l.clone();
                self.seq_repr(&l, "[", "]")?
            }
            Obj::Deque(_) => format!("deque({})", self.deque_repr_body(r)?),
            Obj::Tuple(t) => {
                let t = t.to_vec();
                if t.len() == 1 {
                    format!("({},)", self.repr(&t[0])?)
                } else {
                    self.seq_repr(&t, "(", ")")?
                }
            }
            Obj::Dict(d) => {
                let items: Vec<(Value, Value)> =
                    d.iter().map(|e| (e.key.clone(), e.value.clone())).collect();
                let mut s = String::from("{");
                for (i, (k, val)) in items.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    s.push_str(&self.repr(k)?);
                    s.push_str(": ");
                    s.push_str(&self.repr(val)?);
                }
                s.push('}');
                s
            }
            Obj::Set(d) | Obj::FrozenSet(d) => {
                let frozen = matches!(self.heap.get(r), Obj::FrozenSet(_));
                let items: Vec<Value> = d.values();
                let name = if frozen { "frozenset" } else { "set" };
                if items.is_empty() {
                    format!("{name}()")
                } else {
                    let inner = self.seq_repr(&items, "{", "}")?;
                    if frozen {
                        format!("frozenset({inner})")
                    } else {
                        inner
                    }
                }
            }
            Obj::Bytes(b) => bytes_repr(b),
            Obj::Function(f) => format!("<function {} at {addr}>", f.qualname),
            Obj::Native(n) => {
                if n.this.is_null()
                    || matches!(n.this, Value::Obj(x) if matches!(self.heap.get(x), Obj::Module(_)))
                {
                    format!("<built-in function {}>", n.name)
                } else {
                    let this = n.this.clone();
                    let name = n.name;
                    let cname = self.class_name(&this);
                    let this_addr = match &this {
                        Value::Obj(x) => fake_addr(*x),
                        _ => addr.clone(),
                    };
                    format!("<built-in method {name} of {cname} object at {this_addr}>")
                }
            }
            Obj::BoundMethod { func, this } => {
                let (func, this) = (func.clone(), this.clone());
                let fname = match &func {
                    Value::Obj(f) => match self.heap.get(*f) {
                        Obj::Function(f) => f.qualname.to_string(),
                        _ => "?".into(),
                    },
                    _ => "?".into(),
                };
                let this_r = self.repr(&this)?;
                format!("<bound method {fname} of {this_r}>")
            }
            Obj::Class(c) => {
                if &*c.module == "builtins" {
                    format!("<class '{}'>", c.qualname)
                } else {
                    format!("<class '{}.{}'>", c.module, c.qualname)
                }
            }
            Obj::Instance(i) => {
                let cls = i.class;
                if let Payload::Exc(_) = &i.payload {
                    let args = self.exc_args(v);
                    let name = self.class(cls).name.clone();
                    if args.len() == 1 {
                        format!("{name}({})", self.repr(&args[0])?)
                    } else {
                        let inner = self.seq_repr(&args, "(", ")")?;
                        format!("{name}{inner}")
                    }
                } else {
                    let c = self.class(cls);
                    default_object_repr(&c.module, &c.qualname, &addr)
                }
            }
            Obj::Module(m) => format!("<module '{}' (built-in)>", m.name),
            Obj::Namespace(_) => "namespace()".into(),
            Obj::Cell(_) => format!("<cell at {addr}>"),
            Obj::Gen(g) => {
                let what = match g.kind {
                    GenKind::Generator => "generator",
                    GenKind::Coroutine => "coroutine",
                    GenKind::AsyncGenerator => "async_generator",
                };
                format!("<{what} object {} at {addr}>", g.qualname)
            }
            Obj::Range { start, stop, step } => {
                if *step == 1 {
                    format!("range({start}, {stop})")
                } else {
                    format!("range({start}, {stop}, {step})")
                }
            }
            Obj::Slice { start, stop, step } => {
                let (a, b, c) = (start.clone(), stop.clone(), step.clone());
                format!(
                    "slice({}, {}, {})",
                    self.repr(&a)?,
                    self.repr(&b)?,
                    self.repr(&c)?
                )
            }
            Obj::Iter(_) => format!("<iterator object at {addr}>"),
            Obj::DictView { dict, kind } => {
                let (dict, kind) = (*dict, *kind);
                let d = Value::Obj(dict);
                let (name, items) = match kind {
                    ViewKind::Keys => ("dict_keys", self.dict_keys(&d)),
                    ViewKind::Values => ("dict_values", self.dict_values(&d)),
                    ViewKind::Items => {
                        let pairs = self.dict_items(&d);
                        let mut tuples = Vec::new();
                        for (k, val) in pairs {
                            let k = self.dup(&k);
                            let val = self.dup(&val);
                            tuples.push(self.new_tuple(vec![k, val]));
                        }
                        let s = self.seq_repr(&tuples, "[", "]");
                        self.heap.decref_all(tuples);
                        return Ok(format!("dict_items({})", s?));
                    }
                };
                format!("{name}({})", self.seq_repr(&items, "[", "]")?)
            }
            Obj::Property { .. } => format!("<property object at {addr}>"),
            Obj::StaticMethod(f) => {
                let f = f.clone();
                format!("<staticmethod({})>", self.repr(&f)?)
            }
            Obj::ClassMethod(f) => {
                let f = f.clone();
                format!("<classmethod({})>", self.repr(&f)?)
            }
            Obj::Super { .. } => format!("<super object at {addr}>"),
            Obj::Free => "<freed>".into(),
        })
    }

    /// `str(v)`.
    pub fn str_of(&mut self, v: &Value) -> PyResult<Rc<str>> {
        match v {
            Value::Str(s) => Ok(s.clone()),
            Value::Obj(r) => {
                if let Obj::Instance(i) = self.heap.get(*r) {
                    let is_exc = matches!(i.payload, Payload::Exc(_));
                    let cls = i.class;
                    let ss = self.names.str;
                    if let Some(f) = self.lookup_in_mro(cls, ss)
                        && self.is_user_function(&f)
                    {
                        let out = self.call_value(&f, std::slice::from_ref(v), &[])?;
                        return match out {
                            Value::Str(s) => Ok(s),
                            other => {
                                let cname = self.class_name(&other);
                                self.drop_val(other);
                                Err(self.type_error(format!(
                                    "__str__ returned non-string (type {cname})"
                                )))
                            }
                        };
                    }
                    // `str.__str__` gives the string itself, whatever the
                    // subclass's `__repr__` says.
                    if let Obj::Instance(i) = self.heap.get(*r)
                        && let Payload::Builtin(Value::Str(s)) = &i.payload
                    {
                        return Ok(s.clone());
                    }
                    if is_exc && self.is_group(v) {
                        let n = self.group_items(v).len();
                        let msg = self.exc_args(v).first().cloned().unwrap_or(Value::str(""));
                        let m = self.str_of(&msg)?;
                        let s = if n == 1 { "" } else { "s" };
                        return Ok(format!("{m} ({n} sub-exception{s})").into());
                    }
                    if is_exc && let Some((m, f, l)) = self.syntax_error_parts(v) {
                        let m = self.str_of(&m)?;
                        let f = self.str_of(&f)?;
                        let l = self.str_of(&l)?;
                        return Ok(format!("{m} ({f}, line {l})").into());
                    }
                    if is_exc && let Some(s) = self.os_error_str(v)? {
                        return Ok(s);
                    }
                    // `object.__str__` calls the repr slot and leaves the
                    // check to `str()`, which names `__str__` when a
                    // `__repr__` returns a non-string.
                    let rs = self.names.repr;
                    if !is_exc
                        && !self.repr_stack.contains(r)
                        && let Some(f) = self.lookup_in_mro(cls, rs)
                        && (self.is_user_function(&f) || self.is_type_native(&f))
                    {
                        let out = self.call_value(&f, std::slice::from_ref(v), &[])?;
                        return Ok(self.checked_str_result(out, "__str__")?.into());
                    }
                    if is_exc {
                        let args = self.exc_args(v);
                        let key_error = self.exc_is(v, "KeyError");
                        return Ok(match args.len() {
                            0 => "".into(),
                            1 if key_error => self.repr(&args[0])?,
                            1 => self.str_of(&args[0])?,
                            _ => {
                                let inner = self.seq_repr(&args, "(", ")")?;
                                inner.into()
                            }
                        });
                    }
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    /// `FormatValue`: conversion, then `format(v, spec)`.
    pub(super) fn format_value(
        &mut self,
        v: &Value,
        conv: u8,
        spec: Option<&Value>,
    ) -> PyResult<Rc<str>> {
        let spec_s: Rc<str> = match spec {
            Some(Value::Str(s)) => s.clone(),
            _ => "".into(),
        };
        let converted = match conv {
            b's' => Some(Value::Str(self.str_of(v)?)),
            b'r' => Some(Value::Str(self.repr(v)?)),
            b'a' => Some(Value::Str(ascii_of(&self.repr(v)?).into())),
            _ => None,
        };
        match converted {
            Some(c) => self.format(&c, &spec_s),
            None => {
                if spec_s.is_empty()
                    && let Value::Str(s) = v
                {
                    return Ok(s.clone());
                }
                self.format(v, &spec_s)
            }
        }
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<Rc<str>> {
        let r = match v {
            Value::Str(s) => format_spec::format_str(s, spec),
            Value::Int(i) => format_spec::format_int(*i, spec),
            Value::Bool(b) => {
                if spec.is_empty() {
                    return Ok(if *b { "True".into() } else { "False".into() });
                }
                format_spec::format_int(*b as i64, spec)
            }
            Value::Float(x) => format_spec::format_float(*x, spec),
            Value::Obj(_) if self.is_bigint(v) => {
                let b = self.big_of(v).expect("checked");
                if spec.is_empty() {
                    return self.big_to_str(&b).map(|s| s.into());
                }
                format_spec::format_big_int(&b, spec)
            }
            _ if self.backing(v).is_some() && !self.has_user_method(v, self.names.format) => {
                if spec.is_empty() {
                    // `format(x, '')` is `str(x)` for every builtin, and a
                    // subclass may override `__str__` or `__repr__`.
                    return self.str_of(v);
                }
                let b = self.backing(v).expect("checked");
                return self.format(&b, spec);
            }
            _ => {
                let fs = self.names.format;
                let cls = self.class_of(v);
                if let Some(f) = self.lookup_in_mro(cls, fs)
                    && self.is_user_function(&f)
                {
                    let out = self.call_value(&f, &[v.clone(), Value::Str(spec.into())], &[])?;
                    return match out {
                        Value::Str(s) => Ok(s),
                        other => {
                            let cname = self.class_name(&other);
                            self.drop_val(other);
                            Err(self
                                .type_error(format!("__format__ must return a str, not {cname}")))
                        }
                    };
                }
                if !spec.is_empty() {
                    let cname = self.class_name(v);
                    return Err(self.type_error(format!(
                        "unsupported format string passed to {cname}.__format__"
                    )));
                }
                return self.str_of(v);
            }
        };
        r.map(|s| s.into()).map_err(|e| self.from_pyerr(e))
    }

    /// `"..." % args`: printf-style formatting.
    /// The int argument a `*` width or precision of `%` formatting takes.
    fn percent_star_arg(&mut self, items: &[Value], idx: &mut usize) -> PyResult<i64> {
        let Some(a) = items.get(*idx) else {
            return Err(self.type_error("not enough arguments for format string".into()));
        };
        *idx += 1;
        match a {
            Value::Int(n) => Ok(*n),
            Value::Bool(b) => Ok(*b as i64),
            _ => Err(self.type_error("* wants int".into())),
        }
    }

    pub fn percent_format(&mut self, fmt: &Value, args: &Value) -> PyResult<Value> {
        let Value::Str(f) = fmt else {
            unreachable!("called for str")
        };
        let f = f.clone();
        self.percent_format_text(f, args, false)
    }

    /// `bytes % args` (PEP 461): the str machinery on the bytes read as
    /// Latin-1, where `%s`/`%b` take bytes and `%r`/`%a` give `ascii()`.
    pub fn percent_format_bytes(&mut self, fmt: &[u8], args: &Value) -> PyResult<Value> {
        let f: String = fmt.iter().map(|&b| b as char).collect();
        let out = self.percent_format_text(f.into(), args, true)?;
        let Value::Str(s) = &out else {
            unreachable!("a str comes back")
        };
        let b: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
        Ok(self.alloc(Obj::Bytes(b.into())))
    }

    fn percent_format_text(
        &mut self,
        f: std::rc::Rc<str>,
        args: &Value,
        bytes_mode: bool,
    ) -> PyResult<Value> {
        let items: Vec<Value> = match args {
            Value::Obj(r) if matches!(self.heap.get(*r), Obj::Tuple(_)) => self.tuple_items(args),
            _ => vec![args.clone()],
        };
        let is_mapping = matches!(args, Value::Obj(r) if matches!(self.heap.get(*r), Obj::Dict(_)));
        let mut out = String::new();
        let mut idx = 0;
        let chars: Vec<char> = f.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if c != '%' {
                out.push(c);
                i += 1;
                continue;
            }
            i += 1;
            if i >= chars.len() {
                return Err(self.value_error("incomplete format".into()));
            }
            // Mapping key.
            let mut arg: Option<Value> = None;
            if chars[i] == '(' {
                let end = chars[i..].iter().position(|c| *c == ')').map(|p| p + i);
                let Some(end) = end else {
                    return Err(self.value_error("incomplete format key".into()));
                };
                let key: String = chars[i + 1..end].iter().collect();
                i = end + 1;
                let is_dict =
                    matches!(args, Value::Obj(r) if matches!(self.heap.get(*r), Obj::Dict(_)));
                if !is_dict && !self.has_method(args, self.names.getitem) {
                    return Err(self.type_error("format requires a mapping".into()));
                }
                match self.dict_get(args, &Value::Str(key.clone().into()))? {
                    Some(v) => arg = Some(v),
                    None => return Err(self.new_exc("KeyError", key)),
                }
            }
            let mut flags = String::new();
            while i < chars.len() && "-+ #0".contains(chars[i]) {
                flags.push(chars[i]);
                i += 1;
            }
            let mut width = String::new();
            if i < chars.len() && chars[i] == '*' {
                // The width comes from the arguments; a negative one
                // left-justifies, as in C.
                i += 1;
                let w = self.percent_star_arg(&items, &mut idx)?;
                if w < 0 {
                    flags.push('-');
                }
                width = w.unsigned_abs().to_string();
            }
            while i < chars.len() && chars[i].is_ascii_digit() {
                width.push(chars[i]);
                i += 1;
            }
            let mut prec: Option<String> = None;
            if i < chars.len() && chars[i] == '.' {
                i += 1;
                let mut p = String::new();
                if i < chars.len() && chars[i] == '*' {
                    i += 1;
                    p = self.percent_star_arg(&items, &mut idx)?.max(0).to_string();
                }
                while i < chars.len() && chars[i].is_ascii_digit() {
                    p.push(chars[i]);
                    i += 1;
                }
                prec = Some(p);
            }
            if i >= chars.len() {
                return Err(self.value_error("incomplete format".into()));
            }
            let conv = chars[i];
            i += 1;
            if conv == '%' {
                out.push('%');
                continue;
            }
            let a = match arg {
                Some(a) => a,
                None => {
                    if is_mapping && items.len() == 1 {
                        self.dup(&items[0])
                    } else {
                        let Some(a) = items.get(idx) else {
                            return Err(
                                self.type_error("not enough arguments for format string".into())
                            );
                        };
                        idx += 1;
                        self.dup(a)
                    }
                }
            };
            let conv = if bytes_mode && conv == 'r' { 'a' } else { conv };
            let a = if matches!(conv, 's' | 'r' | 'a' | 'c') || (bytes_mode && conv == 'b') {
                a
            } else {
                self.percent_number(a, conv)?
            };
            // Build an equivalent format spec. A left-justified field is
            // padded below, after the number is formatted without width.
            let mut spec = String::new();
            let left = flags.contains('-');
            let full_width = width.clone();
            if left {
                width.clear();
            }
            if flags.contains('0') && !left && conv != 's' && conv != 'r' {
                spec.push('0');
            }
            let sign = if flags.contains('+') {
                "+"
            } else if flags.contains(' ') {
                " "
            } else {
                ""
            };
            let piece = match conv {
                's' | 'b' if bytes_mode => {
                    let Some(b) = super::builtins::bytes::bytes_of(self, &a) else {
                        let cname = self.class_name(&a);
                        self.drop_val(a);
                        return Err(self.type_error(format!(
                            "%b requires a bytes-like object, or an object that implements \
                             __bytes__, not '{cname}'"
                        )));
                    };
                    let s: String = b.iter().map(|&c| c as char).collect();
                    match &prec {
                        Some(p) => s.chars().take(p.parse().unwrap_or(0)).collect(),
                        None => s,
                    }
                }
                'c' if bytes_mode => match &a {
                    Value::Int(n) if (0..256).contains(n) => char::from(*n as u8).to_string(),
                    Value::Int(_) => {
                        self.drop_val(a);
                        return Err(
                            self.new_exc("OverflowError", "%c arg not in range(256)".into())
                        );
                    }
                    _ => match super::builtins::bytes::bytes_of(self, &a) {
                        Some(b) if b.len() == 1 => char::from(b[0]).to_string(),
                        _ => {
                            self.drop_val(a);
                            return Err(self.type_error(
                                "%c requires an integer in range(256) or a single byte".into(),
                            ));
                        }
                    },
                },
                's' | 'r' | 'a' => {
                    let s = match conv {
                        's' => self.str_of(&a)?,
                        'a' => ascii_of(&self.repr(&a)?).into(),
                        _ => self.repr(&a)?,
                    };
                    let s: String = match &prec {
                        Some(p) => s.chars().take(p.parse().unwrap_or(0)).collect(),
                        None => s.to_string(),
                    };
                    s
                }
                'd' | 'i' | 'u' if self.is_bigint(&a) => {
                    let b = self.big_of(&a).expect("checked");
                    let s = format!("{sign}{spec}{width}d");
                    format_spec::format_big_int(&b, &s).map_err(|e| self.from_pyerr(e))?
                }
                'd' | 'i' | 'u' => {
                    let n = match &a {
                        Value::Int(n) => *n,
                        Value::Bool(b) => *b as i64,
                        Value::Float(x) => x.trunc() as i64,
                        _ => {
                            let cname = self.class_name(&a);
                            self.drop_val(a);
                            return Err(self.type_error(format!(
                                "%d format: a real number is required, not {cname}"
                            )));
                        }
                    };
                    let s = format!("{sign}{spec}{width}d");
                    format_spec::format_int(n, &s).map_err(|e| self.from_pyerr(e))?
                }
                'f' | 'F' | 'e' | 'E' | 'g' | 'G' => {
                    let x = match &a {
                        Value::Int(n) => *n as f64,
                        Value::Bool(b) => *b as i64 as f64,
                        Value::Float(x) => *x,
                        v if self.is_bigint(v) => {
                            let b = self.big_of(v).expect("checked");
                            match num_traits::ToPrimitive::to_f64(&b).filter(|x| x.is_finite()) {
                                Some(x) => x,
                                None => {
                                    self.drop_val(a);
                                    return Err(self.new_exc(
                                        "OverflowError",
                                        "int too large to convert to float".into(),
                                    ));
                                }
                            }
                        }
                        _ => {
                            let cname = self.class_name(&a);
                            self.drop_val(a);
                            return Err(
                                self.type_error(format!("must be real number, not {cname}"))
                            );
                        }
                    };
                    let p = prec
                        .clone()
                        .map(|p| if p.is_empty() { "0".to_string() } else { p })
                        .unwrap_or("6".into());
                    let alt = if flags.contains('#') { "#" } else { "" };
                    let s = format!("{sign}{alt}{spec}{width}.{p}{conv}");
                    format_spec::format_float(x, &s).map_err(|e| self.from_pyerr(e))?
                }
                'x' | 'X' | 'o' if self.is_bigint(&a) => {
                    let b = self.big_of(&a).expect("checked");
                    let alt = if flags.contains('#') { "#" } else { "" };
                    let s = format!("{sign}{alt}{spec}{width}{conv}");
                    format_spec::format_big_int(&b, &s).map_err(|e| self.from_pyerr(e))?
                }
                'x' | 'X' | 'o' => {
                    let n = match &a {
                        Value::Int(n) => *n,
                        Value::Bool(b) => *b as i64,
                        _ => {
                            let cname = self.class_name(&a);
                            self.drop_val(a);
                            return Err(self.type_error(format!(
                                "%{conv} format: an integer is required, not {cname}"
                            )));
                        }
                    };
                    let alt = if flags.contains('#') { "#" } else { "" };
                    let s = format!("{sign}{alt}{spec}{width}{conv}");
                    format_spec::format_int(n, &s).map_err(|e| self.from_pyerr(e))?
                }
                'c' => match &a {
                    Value::Int(n) if (0..0x110000).contains(n) => char::from_u32(*n as u32)
                        .map(String::from)
                        .unwrap_or_default(),
                    Value::Int(_) => {
                        self.drop_val(a);
                        return Err(
                            self.new_exc("OverflowError", "%c arg not in range(0x110000)".into())
                        );
                    }
                    Value::Str(s) if s.chars().count() == 1 => s.to_string(),
                    Value::Bool(b) => char::from(*b as u8).to_string(),
                    _ => {
                        self.drop_val(a);
                        return Err(self.type_error("%c requires int or char".into()));
                    }
                },
                other => {
                    self.drop_val(a);
                    return Err(self.value_error(format!(
                        "unsupported format character '{other}' (0x{:x}) at index {}",
                        other as u32,
                        i - 1
                    )));
                }
            };
            self.drop_val(a);
            let w: usize = full_width.parse().unwrap_or(0);
            let len = piece.chars().count();
            if len < w && matches!(conv, 's' | 'r' | 'a' | 'c' | 'b') {
                let pad = " ".repeat(w - len);
                if left {
                    out.push_str(&piece);
                    out.push_str(&pad);
                } else {
                    out.push_str(&pad);
                    out.push_str(&piece);
                }
            } else if len < w && left {
                out.push_str(piece.trim_start());
                out.push_str(&" ".repeat(w - piece.trim_start().chars().count()));
            } else {
                out.push_str(&piece);
            }
        }
        if idx < items.len() && !is_mapping {
            return Err(self.type_error(format!(
                "not all arguments converted during {} formatting",
                if bytes_mode { "bytes" } else { "string" }
            )));
        }
        Ok(Value::Str(out.into()))
    }
}

pub fn ascii_of(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if (c as u32) < 0x100 {
            out.push_str(&format!("\\x{:02x}", c as u32));
        } else if (c as u32) < 0x10000 {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push_str(&format!("\\U{:08x}", c as u32));
        }
    }
    out
}

pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut s = String::from("b");
    s.push(quote);
    for &c in b {
        match c {
            b'\\' => s.push_str("\\\\"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            b'\t' => s.push_str("\\t"),
            c if c as char == quote => {
                s.push('\\');
                s.push(quote);
            }
            0x20..=0x7e => s.push(c as char),
            _ => s.push_str(&format!("\\x{c:02x}")),
        }
    }
    s.push(quote);
    s
}

impl Vm {
    /// A `%d`/`%x`/`%f` argument that is not an int or float: an int or
    /// float subclass's value, or what `__int__`/`__index__`/`__float__`
    /// give (CPython's `%d` accepts a Fraction, `%x` an `IntFlag`).
    fn percent_number(&mut self, a: Value, conv: char) -> PyResult<Value> {
        let Value::Obj(r) = &a else { return Ok(a) };
        let r = *r;
        let inner = match self.heap.get(r) {
            Obj::Instance(i) => match &i.payload {
                Payload::Builtin(b) => Some(b.clone()),
                _ => None,
            },
            _ => return Ok(a),
        };
        if let Some(b) = inner {
            let b = self.dup(&b);
            self.drop_val(a);
            return Ok(b);
        }
        let cls = self.class_of(&a);
        let n = &self.names;
        let hooks: &[crate::engine::intern::Sym] = match conv {
            'd' | 'i' | 'u' => &[n.int, n.index],
            'x' | 'X' | 'o' => &[n.index],
            _ => &[n.float, n.index],
        };
        let hooks = hooks.to_vec();
        for h in hooks {
            if let Some(f) = self.lookup_in_mro(cls, h) {
                let f = self.dup(&f);
                let out = self.call_value(&f, std::slice::from_ref(&a), &[]);
                self.drop_val(f);
                self.drop_val(a);
                return out;
            }
        }
        Ok(a)
    }
}
