//! Exceptions: creating them, matching them, and printing tracebacks the way
//! CPython does.

use std::rc::Rc;

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
            live: None,
        })))
    }

    /// A new exception of the builtin class `name` with one string argument.
    pub fn new_exc(&mut self, name: &str, msg: String) -> Value {
        let cls = self.exc_class(name);
        let args = self.new_tuple(vec![Value::Str(msg.into())]);
        self.new_exc_obj(cls, args)
    }

    /// An `OSError` as the OS reports one: `(errno, strerror, filename)`
    /// arguments, so `e.errno` and `e.filename` read as in CPython.
    pub fn new_os_error(
        &mut self,
        name: &str,
        errno: i64,
        strerror: &str,
        filename: &str,
    ) -> Value {
        let cls = self.exc_class(name);
        let args = self.new_tuple(vec![Value::Int(errno), Value::Str(strerror.into())]);
        let e = self.new_exc_obj(cls, args);
        let sym = self.intern("filename");
        if let Value::Obj(r) = &e
            && let Obj::Instance(i) = self.heap.get_mut(*r)
        {
            i.dict.insert(sym, Value::Str(filename.into()));
        }
        e
    }

    /// A SyntaxError as CPython builds one: `(msg, (filename, lineno,
    /// offset, text, end_lineno, end_offset))`, so `str(e)` reads
    /// "msg (file, line N)" and a traceback's last line "SyntaxError: msg".
    pub fn new_syntax_error(
        &mut self,
        kind: &str,
        msg: &str,
        filename: &str,
        line: u32,
        col: u32,
        source: &str,
    ) -> Value {
        let text = source
            .lines()
            .nth(line.saturating_sub(1) as usize)
            .map(|l| format!("{l}\n"));
        let detail = self.new_tuple(vec![
            Value::str(filename),
            Value::Int(line as i64),
            Value::Int(col as i64 + 1),
            text.map_or(Value::None, |t| Value::Str(t.into())),
            Value::Int(line as i64),
            Value::Int(col as i64 + 1),
        ]);
        let cls = self.exc_class(kind);
        let args = self.new_tuple(vec![Value::str(msg), detail]);
        self.new_exc_obj(cls, args)
    }

    /// `(msg, filename, lineno)` of a SyntaxError built with its detail
    /// tuple.
    pub fn syntax_error_parts(&self, exc: &Value) -> Option<(Value, Value, Value)> {
        if !self.exc_is(exc, "SyntaxError") {
            return None;
        }
        let args = self.exc_args(exc);
        let [msg, detail] = &args[..] else {
            return None;
        };
        let d = match detail {
            Value::Obj(r) => match self.heap.get(*r) {
                Obj::Tuple(t) if t.len() >= 4 => t.to_vec(),
                _ => return None,
            },
            _ => return None,
        };
        Some((msg.clone(), d[0].clone(), d[1].clone()))
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

    /// `NameError: name 'x' is not defined`, with CPython's suggestion from
    /// the current frame's locals, then globals, then builtins.
    pub fn name_error(&mut self, name: crate::engine::intern::Sym) -> Value {
        let n = self.sym_str(name);
        let exc = self.new_exc("NameError", format!("name '{n}' is not defined"));
        let mut suggestion = None;
        if let Some(f) = self.frames.last() {
            let mut locals: Vec<Rc<str>> = Vec::new();
            for (i, v) in f.code.varnames.iter().enumerate() {
                if f.locals.get(i).is_some_and(|x| !x.is_null()) {
                    locals.push(self.sym_str(*v));
                }
            }
            let ns_names = |vm: &Vm, r: super::value::ObjRef| -> Vec<Rc<str>> {
                match vm.heap.get(r) {
                    Obj::Module(m) => m.dict.keys().iter().map(|k| vm.sym_str(*k)).collect(),
                    Obj::Namespace(d) => d.keys().iter().map(|k| vm.sym_str(*k)).collect(),
                    _ => Vec::new(),
                }
            };
            if let Some(ns) = f.namespace {
                locals.extend(ns_names(self, ns));
            }
            let globals = ns_names(self, f.globals);
            let mut builtins = ns_names(self, self.builtins);
            builtins.sort_unstable();
            for group in [locals, globals, builtins] {
                if let Some(s) = super::suggest::best_match(group.iter().map(|s| &**s), &n) {
                    suggestion = Some(s);
                    break;
                }
            }
        }
        if let Some(d) = self.exc_data_mut(&exc) {
            d.suggestion = suggestion.map(|s| s.into());
        }
        exc
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
        // Modules CPython implements in C leave no frame in its tracebacks;
        // their Python stand-ins here leave none either.
        if matches!(
            &*entry.filename,
            "<warnings>"
                | "<atexit>"
                | "<itertools>"
                | "<operator>"
                | "<heapq>"
                | "<bisect>"
                | "<contextvars>"
                | "<io>"
                | "<_helpers>"
                | "<functools>"
        ) {
            return;
        }
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

    /// `str()` of an OSError made with an errno: `[Errno 2] No such file
    /// or directory: 'x.txt'`; `None` for other exceptions.
    pub fn os_error_str(&mut self, exc: &Value) -> PyResult<Option<Rc<str>>> {
        if !self.exc_is(exc, "OSError") {
            return Ok(None);
        }
        let args = self.exc_args(exc);
        if args.len() != 2 {
            return Ok(None);
        }
        let errno = self.str_of(&args[0])?;
        let strerror = self.str_of(&args[1])?;
        let mut s = format!("[Errno {errno}] {strerror}");
        let (f1, f2) = (self.intern("filename"), self.intern("filename2"));
        let (f1, f2) = match exc {
            Value::Obj(r) => match self.heap.get(*r) {
                Obj::Instance(i) => (i.dict.get(f1).cloned(), i.dict.get(f2).cloned()),
                _ => (None, None),
            },
            _ => (None, None),
        };
        if let Some(f) = f1.filter(|f| !f.is_none()) {
            let f = self.repr(&f)?;
            s.push_str(&format!(": {f}"));
            if let Some(f2) = f2.filter(|f| !f.is_none()) {
                let f2 = self.repr(&f2)?;
                s.push_str(&format!(" -> {f2}"));
            }
        }
        Ok(Some(s.into()))
    }

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

    /// The notes `add_note` attached, each printed after the exception's
    /// line, as CPython's traceback does.
    pub fn exc_notes(&mut self, exc: &Value) -> Vec<String> {
        let sym = self.intern("__notes__");
        let Ok(Some(notes)) = self.getattr_opt(exc, sym) else {
            return Vec::new();
        };
        let items = match &notes {
            Value::Obj(r) => match self.heap.get(*r) {
                Obj::List(l) => l.clone(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        self.drop_val(notes);
        items
            .iter()
            .map(|n| match n {
                Value::Str(s) => s.to_string(),
                _ => "<note str() failed>".to_string(),
            })
            .collect()
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
        // A SyntaxError's last line names the message alone (the file and
        // line are printed above it).
        let msg = match self.syntax_error_parts(exc) {
            Some((m, _, _)) => self.str_of(&m).map(|s| s.to_string()).unwrap_or_default(),
            None => self.exc_message(exc),
        };
        if msg.is_empty() {
            qual
        } else {
            format!("{qual}: {msg}")
        }
    }

    /// A CPython-style traceback of `exc`, with its cause or context
    /// chain, and exception groups drawn in boxes as `traceback.py` does.
    pub fn format_traceback(&mut self, exc: &Value) -> String {
        let mut ctx = TbCtx {
            depth: 0,
            need_close: false,
            out: String::new(),
            seen: Vec::new(),
        };
        self.format_exc_into(exc, &mut ctx);
        ctx.out
    }

    /// What CPython's default unraisable hook prints for an exception
    /// with nowhere to go (raised by `__del__`, or by a generator closed
    /// as it dies): the traceback and the last line alone, without the
    /// chain, the notes or an exception group's boxes.
    pub fn format_unraisable(&mut self, exc: &Value) -> String {
        let tb = self
            .exc_data(exc)
            .map(|d| d.traceback.clone())
            .unwrap_or_default();
        let mut out = String::new();
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            out.push_str(&self.format_stack(&tb));
        }
        out.push_str(&self.exc_line(exc));
        out.push('\n');
        out
    }

    /// Writes an unraisable report where CPython's hook does: to
    /// `sys.stderr` as the program has it now (a `StringIO` it put there
    /// gets the text from its `write`; what that raises is dropped).
    pub fn write_unraisable(&mut self, text: &str) {
        use super::builtins::StreamTarget;
        let stream = self.modules.get("sys").copied().map(|sys| {
            let sym = self.intern("stderr");
            self.ns_get(sys, sym).unwrap_or(Value::None)
        });
        let Some(stream) = stream else {
            self.write_stderr(text);
            return;
        };
        match self.stream_target(&stream) {
            StreamTarget::Nothing => {}
            StreamTarget::Object => {
                let write = self.intern("write");
                let stream = self.dup(&stream);
                match self.call_method(&stream, write, &[Value::Str(text.into())]) {
                    Ok(v) => self.drop_val(v),
                    Err(e) => self.drop_val(e),
                }
                self.drop_val(stream);
            }
            StreamTarget::Stdout => {
                if let Err(e) = self.write_stdout(text) {
                    self.drop_val(e);
                }
            }
            StreamTarget::Stderr => self.write_stderr(text),
        }
    }

    fn format_exc_into(&mut self, exc: &Value, ctx: &mut TbCtx) {
        // The chain, newest first, each with the sentence that leads to it.
        let mut chain: Vec<(Option<&'static str>, Value)> = Vec::new();
        let mut cur = exc.clone();
        loop {
            ctx.seen.push(cur.clone());
            let Some(d) = self.exc_data(&cur) else {
                chain.push((None, cur));
                break;
            };
            let (next, why) = if !d.cause.is_none() {
                (
                    d.cause.clone(),
                    Some(
                        "\nThe above exception was the direct cause of the following exception:\n\n",
                    ),
                )
            } else if !d.context.is_none() && !d.suppress_context {
                (
                    d.context.clone(),
                    Some(
                        "\nDuring handling of the above exception, another exception occurred:\n\n",
                    ),
                )
            } else {
                (Value::None, None)
            };
            let stop = next.is_none() || ctx.seen.iter().any(|s| s.is(&next));
            chain.push((if stop { None } else { why }, cur));
            if stop {
                break;
            }
            cur = next;
        }
        for (msg, e) in chain.into_iter().rev() {
            if let Some(m) = msg {
                ctx.emit(m, '|');
            }
            let tb = self
                .exc_data(&e)
                .map(|d| d.traceback.clone())
                .unwrap_or_default();
            let group = self.exc_data(&e).and_then(|d| d.group.clone());
            let stack = self.format_stack(&tb);
            let suggestion = self.exc_data(&e).and_then(|d| d.suggestion.clone());
            let mut line = match suggestion {
                Some(s) => format!("{}. Did you mean: '{s}'?\n", self.exc_line(&e)),
                None => format!("{}\n", self.exc_line(&e)),
            };
            for note in self.exc_notes(&e) {
                line.push_str(&note);
                line.push('\n');
            }
            match group {
                None => {
                    if !tb.is_empty() {
                        ctx.emit("Traceback (most recent call last):\n", '|');
                        ctx.emit(&stack, '|');
                    }
                    ctx.emit(&line, '|');
                }
                Some((_, list)) => {
                    let is_top = ctx.depth == 0;
                    if is_top {
                        ctx.depth += 1;
                    }
                    if !tb.is_empty() {
                        ctx.emit(
                            "Exception Group Traceback (most recent call last):\n",
                            if is_top { '+' } else { '|' },
                        );
                        ctx.emit(&stack, '|');
                    }
                    ctx.emit(&line, '|');
                    let subs = self.tuple_items(&list);
                    let n = if subs.len() <= 15 { subs.len() } else { 16 };
                    ctx.need_close = false;
                    for i in 0..n {
                        let last = i == n - 1;
                        if last {
                            ctx.need_close = true;
                        }
                        let truncated = i >= 15;
                        let title = if truncated {
                            "...".to_string()
                        } else {
                            (i + 1).to_string()
                        };
                        let indent = ctx.indent();
                        ctx.out.push_str(&format!(
                            "{indent}{}+---------------- {title} ----------------\n",
                            if i == 0 { "+-" } else { "  " }
                        ));
                        ctx.depth += 1;
                        if truncated {
                            let remaining = subs.len() - 15;
                            let plural = if remaining > 1 { "s" } else { "" };
                            ctx.emit(&format!("and {remaining} more exception{plural}\n"), '|');
                        } else {
                            let sub = subs[i].clone();
                            self.format_exc_into(&sub, ctx);
                        }
                        if last && ctx.need_close {
                            let indent = ctx.indent();
                            ctx.out.push_str(&format!(
                                "{indent}+------------------------------------\n"
                            ));
                            ctx.need_close = false;
                        }
                        ctx.depth -= 1;
                    }
                    if is_top {
                        ctx.depth = 0;
                    }
                }
            }
        }
    }

    /// `StackSummary.format`: more than three identical entries in a row
    /// (a runaway recursion) fold into `[Previous line repeated N more
    /// times]`.
    fn format_stack(&mut self, tb: &[TbEntry]) -> String {
        const RECURSIVE_CUTOFF: usize = 3;
        fn repeated(out: &mut String, count: usize) {
            if count > RECURSIVE_CUTOFF {
                let n = count - RECURSIVE_CUTOFF;
                let s = if n > 1 { "s" } else { "" };
                out.push_str(&format!("  [Previous line repeated {n} more time{s}]\n"));
            }
        }
        let mut out = String::new();
        let mut last: Option<&TbEntry> = None;
        let mut count = 0;
        for e in tb {
            let same = last
                .is_some_and(|l| l.filename == e.filename && l.line == e.line && l.name == e.name);
            if !same {
                repeated(&mut out, count);
                last = Some(e);
                count = 0;
            }
            count += 1;
            if count > RECURSIVE_CUTOFF {
                continue;
            }
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                e.filename, e.line, e.name
            ));
            if let Some(src) = self.source_line(&e.filename, e.line) {
                out.push_str(&format!("    {src}\n"));
            }
        }
        repeated(&mut out, count);
        out
    }

    /// A line of the program's source, stripped, for tracebacks.
    pub fn source_line(&self, filename: &str, line: u32) -> Option<String> {
        let source = if filename == &*self.filename {
            &self.source
        } else {
            &self
                .module_sources
                .iter()
                .find(|(f, _)| &**f == filename)?
                .1
        };
        let l = source.lines().nth(line.checked_sub(1)? as usize)?;
        let t = l.trim();
        if t.is_empty() {
            None
        } else {
            Some(t.to_string())
        }
    }
}

/// Where a traceback is being written (`_ExceptionPrintContext`).
struct TbCtx {
    depth: usize,
    need_close: bool,
    out: String,
    seen: Vec<Value>,
}

impl TbCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Writes `text`, every line prefixed by the group margin.
    fn emit(&mut self, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            self.out.push_str(&prefix);
            self.out.push_str(line);
        }
    }
}
