//! `asyncio.format_helpers`: how a callback is named in a handle's repr,
//! a future's `cb=[...]` and "Exception in callback ...". CPython names
//! the callable by its `__qualname__`, unfolds `functools.partial` (its
//! own arguments first, the call's after: `bad(1)('p')`), and adds
//! `at file:line` only for a plain function, a partial of one or what
//! `__wrapped__` leads to: a bound method gets no place.

use crate::engine::vm::Vm;
use crate::engine::vm::object::{Obj, PyResult};
use crate::engine::vm::value::Value;

impl Vm {
    /// `_format_callback_source(func, args)`: `cb(1, 2) at x.py:5`.
    pub fn callback_source(&mut self, cb: &Value, args: &[Value]) -> PyResult<String> {
        let func = self.done_callback_fn(cb);
        let mut out = self.format_callback(&func, args, &[], String::new())?;
        if let Some((file, line)) = self.function_source(&func)? {
            out.push_str(&format!(" at {file}:{line}"));
        }
        Ok(out)
    }

    /// `_format_callback(func, args, kwargs, suffix)`.
    fn format_callback(
        &mut self,
        func: &Value,
        args: &[Value],
        kwargs: &[(Value, Value)],
        suffix: String,
    ) -> PyResult<String> {
        if let Some([inner, pargs, pkw]) = self.partial_parts(func)? {
            let r = self.format_args_and_kwargs(args, kwargs).and_then(|own| {
                let (items, kws) = (self.tuple_items(&pargs), self.dict_items(&pkw));
                self.format_callback(&inner, &items, &kws, own + &suffix)
            });
            for v in [inner, pargs, pkw] {
                self.drop_val(v);
            }
            return r;
        }
        let mut out = self.callable_name(func)?;
        out.push_str(&self.format_args_and_kwargs(args, kwargs)?);
        out.push_str(&suffix);
        Ok(out)
    }

    /// `_format_args_and_kwargs`: `(1, 'a', key=2)`, each through
    /// `reprlib.repr`.
    fn format_args_and_kwargs(
        &mut self,
        args: &[Value],
        kwargs: &[(Value, Value)],
    ) -> PyResult<String> {
        let mut items = Vec::new();
        for a in args {
            items.push(self.limited_repr(a)?);
        }
        for (k, v) in kwargs {
            let k = self.str_of(k)?;
            items.push(format!("{k}={}", self.limited_repr(v)?));
        }
        Ok(format!("({})", items.join(", ")))
    }

    /// A callable's `__qualname__`, else its `__name__`, else its repr.
    /// The Task's own step and wake-up are named as the C Task names them.
    fn callable_name(&mut self, func: &Value) -> PyResult<String> {
        if let Value::Obj(r) = func
            && let Obj::Native(n) = self.heap.get(*r)
        {
            match n.name {
                "__wakeup" => return Ok("Task.task_wakeup".into()),
                "__step" => return Ok("Task.task_step".into()),
                _ => {}
            }
        }
        for attr in ["__qualname__", "__name__"] {
            let sym = self.intern(attr);
            if let Some(v) = self.getattr_opt(func, sym)? {
                let s = match &v {
                    Value::Str(s) if !s.is_empty() => Some(s.to_string()),
                    _ => None,
                };
                self.drop_val(v);
                if let Some(s) = s {
                    return Ok(s);
                }
            }
        }
        Ok(self.repr(func)?.to_string())
    }

    /// `_get_function_source`: where a plain function (after
    /// `inspect.unwrap`) or the function under a partial is defined.
    fn function_source(&mut self, func: &Value) -> PyResult<Option<(String, u32)>> {
        let mut cur = self.dup(func);
        let wrapped = self.intern("__wrapped__");
        // inspect.unwrap, with its guard against a cycle of wrappers.
        for _ in 0..100 {
            if !matches!(&cur, Value::Obj(r) if matches!(self.heap.get(*r), Obj::Function(_) | Obj::Instance(_)))
            {
                break;
            }
            match self.getattr_opt(&cur, wrapped) {
                Ok(Some(next)) => {
                    self.drop_val(cur);
                    cur = next;
                }
                Ok(None) => break,
                Err(e) => {
                    self.drop_val(cur);
                    return Err(e);
                }
            }
        }
        let out = match &cur {
            Value::Obj(r) => match self.heap.get(*r) {
                Obj::Function(f) => Some((f.code.filename.to_string(), f.code.firstlineno)),
                _ => match self.partial_parts(&cur) {
                    Ok(Some([inner, a, k])) => {
                        let r = self.function_source(&inner);
                        for v in [inner, a, k] {
                            self.drop_val(v);
                        }
                        match r {
                            Ok(s) => s,
                            Err(e) => {
                                self.drop_val(cur);
                                return Err(e);
                            }
                        }
                    }
                    Ok(None) => None,
                    Err(e) => {
                        self.drop_val(cur);
                        return Err(e);
                    }
                },
            },
            _ => None,
        };
        self.drop_val(cur);
        Ok(out)
    }

    /// `func`, `args` and `keywords` of a `functools.partial` (new
    /// references), None for anything else.
    fn partial_parts(&mut self, v: &Value) -> PyResult<Option<[Value; 3]>> {
        let is_partial = match v {
            Value::Obj(r) => match self.heap.get(*r) {
                Obj::Instance(_) => {
                    let cls = self.class_of(v);
                    matches!(self.heap.get(cls), Obj::Class(c)
                        if &*c.name == "partial" && &*c.module == "functools")
                }
                _ => false,
            },
            _ => false,
        };
        if !is_partial {
            return Ok(None);
        }
        let mut parts = Vec::new();
        for attr in ["func", "args", "keywords"] {
            let sym = self.intern(attr);
            match self.getattr(v, sym) {
                Ok(x) => parts.push(x),
                Err(e) => {
                    for p in parts {
                        self.drop_val(p);
                    }
                    return Err(e);
                }
            }
        }
        let [a, b, c]: [Value; 3] = parts.try_into().expect("three parts");
        Ok(Some([a, b, c]))
    }
}
