//! Exceptions: creating them, matching them, and printing tracebacks the way
//! CPython does.

use super::Vm;
use super::object::{ExcData, Instance, Obj, Payload, PyResult, TbEntry};
use super::symmap::SymMap;
use super::value::{ObjRef, Value};

impl Vm {
    /// A new exception instance of class `cls` with `args` (a tuple it owns).
    pub fn new_exc_obj(&mut self, cls: ObjRef, args: Value) -> Value {
        self.heap.incref_obj(cls);
        let data = ExcData {
            args,
            cause: Value::None,
            context: Value::None,
            ..ExcData::default()
        };
        self.alloc(Obj::Instance(Box::new(Instance {
            class: cls,
            dict: SymMap::new(),
            payload: Payload::Exc(Box::new(data)),
            has_del: false,
        })))
    }

    /// A new exception of the builtin class `name` with one string argument.
    pub fn new_exc(&mut self, name: &str, msg: String) -> Value {
        let cls = self.exc_class(name);
        let args = self.new_tuple(vec![Value::Str(msg.into())]);
        self.new_exc_obj(cls, args)
    }

    pub fn new_exc_str(&mut self, name: &str, msg: &str) -> Value {
        self.new_exc(name, msg.to_string())
    }

    /// A new exception of class `name` with no arguments.
    pub fn new_exc_empty(&mut self, name: &str) -> Value {
        let cls = self.exc_class(name);
        let args = self.new_tuple(vec![]);
        self.new_exc_obj(cls, args)
    }

    pub fn type_error(&mut self, msg: String) -> Value {
        self.new_exc("TypeError", msg)
    }

    pub fn value_error(&mut self, msg: String) -> Value {
        self.new_exc("ValueError", msg)
    }

    pub fn attr_error(&mut self, msg: String) -> Value {
        self.new_exc("AttributeError", msg)
    }

    pub fn overflow_error(&mut self) -> Value {
        self.new_exc_str(
            "OverflowError",
            "integer result does not fit in 64 bits (coroscope's ints are 64-bit; CPython's are unbounded)",
        )
    }

    /// `StopIteration(value)`.
    pub fn stop_iteration(&mut self, value: Value) -> Value {
        let args = if value.is_none() || value.is_null() {
            self.drop_val(value);
            self.new_tuple(vec![])
        } else {
            self.new_tuple(vec![value])
        };
        let cls = self.exc_class("StopIteration");
        self.new_exc_obj(cls, args)
    }

    pub fn exc_data(&self, exc: &Value) -> Option<&ExcData> {
        match exc {
            Value::Obj(r) => match self.heap.get(*r) {
                Obj::Instance(i) => match &i.payload {
                    Payload::Exc(e) => Some(e),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    pub fn exc_data_mut(&mut self, exc: &Value) -> Option<&mut ExcData> {
        match exc {
            Value::Obj(r) => match self.heap.get_mut(*r) {
                Obj::Instance(i) => match &mut i.payload {
                    Payload::Exc(e) => Some(e),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether `exc` is an instance of the builtin exception `name`.
    pub fn exc_is(&self, exc: &Value, name: &str) -> bool {
        let cls = self.exc_class(name);
        self.isinstance(exc, cls)
    }

    /// The arguments tuple of an exception, as a vector of borrowed values.
    pub fn exc_args(&self, exc: &Value) -> Vec<Value> {
        match self.exc_data(exc).map(|d| &d.args) {
            Some(Value::Obj(t)) => match self.heap.get(*t) {
                Obj::Tuple(items) => items.to_vec(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        }
    }

    /// `StopIteration.value`: the first argument, or None.
    pub fn stop_iteration_value(&mut self, exc: &Value) -> Value {
        let args = self.exc_args(exc);
        match args.first() {
            Some(v) => self.dup(v),
            None => Value::None,
        }
    }

    /// Adds a traceback entry for the frame at `lasti` (outermost first).
    pub fn add_traceback(&mut self, exc: &Value, entry: TbEntry) {
        if let Some(d) = self.exc_data_mut(exc) {
            d.traceback.insert(0, entry);
        }
    }

    /// Makes a raisable exception from what `raise X` was given: an
    /// exception class is instantiated.
    pub fn make_raisable(&mut self, v: Value) -> PyResult<Value> {
        if let Value::Obj(r) = &v
            && let Obj::Class(_) = self.heap.get(*r)
        {
            let base = self.exc_class("BaseException");
            if self.is_subclass(*r, base) {
                let exc = self.call_value(&v, &[], &[]);
                self.drop_val(v);
                let exc = exc?;
                if self.exc_data(&exc).is_none() {
                    self.drop_val(exc);
                    return Err(self.type_error(
                        "calling an exception class did not return an exception".into(),
                    ));
                }
                return Ok(exc);
            }
        }
        if self.exc_data(&v).is_some() {
            return Ok(v);
        }
        self.drop_val(v);
        Err(self.type_error("exceptions must derive from BaseException".into()))
    }

    /// The exception currently being handled (`sys.exc_info()[1]`), or None.
    pub fn current_handled(&self) -> Value {
        for f in self.frames.iter().rev() {
            if let Some(e) = f.handled.last()
                && !e.is_none()
            {
                return e.clone();
            }
            if f.generator.is_none() && f.cont == super::frame::Cont::Native {
                // Native boundaries do not hide the caller's state.
                continue;
            }
        }
        Value::None
    }

    // === printing ===

    /// The text of `str(exc)` for printing in a traceback.
    pub fn exc_message(&mut self, exc: &Value) -> String {
        match self.str_of(exc) {
            Ok(s) => s.to_string(),
            Err(e) => {
                self.drop_val(e);
                "<exception str() failed>".to_string()
            }
        }
    }

    /// The last line of a traceback: `Type: message`.
    pub fn exc_line(&mut self, exc: &Value) -> String {
        let cls = self.class_of(exc);
        let (name, module) = {
            let c = self.class(cls);
            (c.qualname.clone(), c.module.clone())
        };
        let qual = if &*module == "builtins" || &*module == "__main__" {
            name.to_string()
        } else {
            format!("{module}.{name}")
        };
        let msg = self.exc_message(exc);
        if msg.is_empty() {
            qual
        } else {
            format!("{qual}: {msg}")
        }
    }

    /// A CPython-style traceback of `exc`, with its cause or context chain.
    pub fn format_traceback(&mut self, exc: &Value) -> String {
        let mut chain = vec![(exc.clone(), "")];
        let mut seen = vec![exc.clone()];
        loop {
            let (cur, _) = chain.last().cloned().expect("chain starts non-empty");
            let Some(d) = self.exc_data(&cur) else { break };
            let (next, why) = if !d.cause.is_none() {
                (
                    d.cause.clone(),
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                )
            } else if !d.context.is_none() && !d.suppress_context {
                (
                    d.context.clone(),
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                )
            } else {
                break;
            };
            if seen.iter().any(|s| s.is(&next)) {
                break;
            }
            seen.push(next.clone());
            chain.last_mut().expect("non-empty").1 = why;
            chain.push((next, ""));
        }
        // Oldest first; each link's sentence sits between the two.
        let mut out = String::new();
        for i in (0..chain.len()).rev() {
            let e = chain[i].0.clone();
            out.push_str(&self.format_one_exception(&e));
            if i > 0 {
                out.push_str(chain[i - 1].1);
            }
        }
        out
    }

    fn format_one_exception(&mut self, exc: &Value) -> String {
        let mut out = String::new();
        let tb = self
            .exc_data(exc)
            .map(|d| d.traceback.clone())
            .unwrap_or_default();
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            for e in &tb {
                out.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    e.filename, e.line, e.name
                ));
                if let Some(src) = self.source_line(&e.filename, e.line) {
                    out.push_str(&format!("    {src}\n"));
                }
            }
        }
        out.push_str(&self.exc_line(exc));
        out.push('\n');
        out
    }

    /// A line of the program's source, stripped, for tracebacks.
    pub fn source_line(&self, filename: &str, line: u32) -> Option<String> {
        if filename != &*self.filename {
            return None;
        }
        let l = self.source.lines().nth(line.checked_sub(1)? as usize)?;
        let t = l.trim();
        if t.is_empty() {
            None
        } else {
            Some(t.to_string())
        }
    }
}
