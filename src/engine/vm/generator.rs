//! Generators and coroutines driven from native code: `send`, `throw`,
//! `close`, the awaitable protocol, `with` and finalizers.

use super::Vm;
use super::frame::Cont;
use super::interp::Exit;
use super::object::{GenKind, GenState, Obj, PyResult};
use super::value::{ObjRef, Value};
use crate::engine::events::Note;

/// What resuming a generator produced.
pub enum GenResult {
    Yield(Value),
    Return(Value),
}

impl Vm {
    /// A generator frame raised out: the generator is closed, and a
    /// `StopIteration` escaping it becomes `RuntimeError` (PEP 479).
    pub(super) fn gen_finished_with_error(&mut self, g: ObjRef, exc: Value) -> Value {
        let kind = match self.heap.get_mut(g) {
            Obj::Gen(gn) => {
                gn.state = GenState::Closed;
                gn.delegating = false;
                gn.kind
            }
            _ => return exc,
        };
        let (stop, what) = match kind {
            GenKind::Generator => (
                self.exc_is(&exc, "StopIteration"),
                "generator raised StopIteration",
            ),
            GenKind::Coroutine => (
                self.exc_is(&exc, "StopIteration"),
                "coroutine raised StopIteration",
            ),
            GenKind::AsyncGenerator => (
                self.exc_is(&exc, "StopIteration") || self.exc_is(&exc, "StopAsyncIteration"),
                if self.exc_is(&exc, "StopIteration") {
                    "async generator raised StopIteration"
                } else {
                    "async generator raised StopAsyncIteration"
                },
            ),
        };
        if stop {
            let new = self.new_exc_str("RuntimeError", what);
            if let Some(d) = self.exc_data_mut(&new) {
                d.cause = exc.clone();
                d.suppress_context = true;
            }
            self.heap.incref(&exc);
            if let Some(d) = self.exc_data_mut(&new) {
                d.context = exc;
            }
            return new;
        }
        exc
    }

    /// Async generators mark their own yields (as opposed to the yields of
    /// the awaits inside them).
    pub(super) fn wrap_async_gen_yield(&mut self, v: Value) -> Value {
        v
    }

    /// Resumes generator `g` from native code, sending `value` or throwing
    /// `exc` into it.
    pub fn gen_resume(
        &mut self,
        g: ObjRef,
        value: Value,
        exc: Option<Value>,
    ) -> PyResult<GenResult> {
        let (state, kind) = match self.heap.get(g) {
            Obj::Gen(gn) => (gn.state, gn.kind),
            _ => unreachable!("gen_resume takes a generator"),
        };
        let what = match kind {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        };
        match state {
            GenState::Running => {
                self.drop_val(value);
                if let Some(e) = exc {
                    self.drop_val(e);
                }
                return Err(self.value_error(format!("{what} already executing")));
            }
            GenState::Closed => {
                self.drop_val(value);
                if let Some(e) = exc {
                    return Err(e);
                }
                if kind == GenKind::Coroutine {
                    return Err(
                        self.new_exc_str("RuntimeError", "cannot reuse already awaited coroutine")
                    );
                }
                return Err(self.stop_iteration(Value::None));
            }
            GenState::Created if exc.is_none() && !value.is_none() => {
                self.drop_val(value);
                return Err(self.type_error(format!(
                    "can't send non-None value to a just-started {what}"
                )));
            }
            GenState::Created if exc.is_some() => {
                // Throwing into a generator that never ran closes it.
                let frame = match self.heap.get_mut(g) {
                    Obj::Gen(gn) => {
                        gn.state = GenState::Closed;
                        gn.frame.take()
                    }
                    _ => None,
                };
                if let Some(f) = frame {
                    self.release_frame(f);
                }
                self.drop_val(value);
                return Err(exc.expect("checked"));
            }
            _ => {}
        }
        let mut frame = match self.heap.get_mut(g) {
            Obj::Gen(gn) => {
                gn.state = GenState::Running;
                gn.frame
                    .take()
                    .expect("a suspended generator has its frame")
            }
            _ => unreachable!("checked"),
        };
        frame.cont = Cont::Native;
        if state == GenState::Suspended && exc.is_none() {
            frame.stack.push(value);
        } else {
            self.drop_val(value);
        }
        self.native_depth += 1;
        if let Err(e) = self.check_recursion() {
            self.native_depth -= 1;
            if let Obj::Gen(gn) = self.heap.get_mut(g) {
                gn.state = state;
                gn.frame = Some(frame);
            }
            if let Some(x) = exc {
                self.drop_val(x);
            }
            return Err(e);
        }
        self.frames.push(frame);
        let base = self.frames.len() - 1;
        let r = match exc {
            Some(e) => match self.unwind(e, base, true) {
                Ok(()) => self.run_frames(base),
                Err(e) => Err(e),
            },
            None => self.run_frames(base),
        };
        self.native_depth -= 1;
        match r? {
            Exit::Yield(v) => Ok(GenResult::Yield(v)),
            Exit::Return(v) => Ok(GenResult::Return(v)),
            Exit::Paused => Err(self.new_exc_str("SystemError", "paused inside native code")),
        }
    }

    /// Pushes suspended (or new) generator `g`'s frame on this run loop,
    /// resumed with `None`, to hand its yield, return or exception to
    /// `cont` instead of to a native caller. Returns false (and changes
    /// nothing) when `g` cannot be entered that way; the caller then resumes
    /// it with `gen_resume`, which reports why.
    pub fn gen_enter(&mut self, g: ObjRef, cont: Cont) -> bool {
        let ok = matches!(self.heap.get(g),
            Obj::Gen(gn) if matches!(gn.state, GenState::Created | GenState::Suspended) && gn.frame.is_some());
        if !ok || self.check_recursion_quiet() {
            return false;
        }
        let (mut frame, state) = match self.heap.get_mut(g) {
            Obj::Gen(gn) => {
                let state = gn.state;
                gn.state = GenState::Running;
                (gn.frame.take().expect("checked above"), state)
            }
            _ => unreachable!("checked above"),
        };
        frame.cont = cont;
        if state == GenState::Suspended {
            frame.stack.push(Value::None);
        }
        self.frames.push(frame);
        true
    }

    /// `gn.send(value)` as Python sees it: a return becomes StopIteration.
    pub fn gen_send(&mut self, g: ObjRef, value: Value) -> PyResult<Value> {
        match self.gen_resume(g, value, None)? {
            GenResult::Yield(v) => Ok(v),
            GenResult::Return(v) => Err(self.stop_iteration(v)),
        }
    }

    /// `gn.throw(exc)`, delegating to a sub-iterator first (`yield from`).
    pub fn gen_throw(&mut self, g: ObjRef, exc: Value) -> PyResult<Value> {
        let sub = match self.heap.get(g) {
            Obj::Gen(gn) if gn.delegating && gn.state == GenState::Suspended => {
                gn.frame.as_ref().and_then(|f| f.stack.last().cloned())
            }
            _ => None,
        };
        if let Some(sub) = sub {
            let is_gen_exit = self.exc_is(&exc, "GeneratorExit");
            let inner = if is_gen_exit {
                // GeneratorExit closes the sub-iterator, then is thrown here.
                match self.close_iter(&sub) {
                    Ok(()) => None,
                    Err(e) => {
                        self.drop_val(exc);
                        return self.throw_into_self(g, e);
                    }
                }
            } else {
                Some(self.throw_into(&sub, exc.clone()))
            };
            match inner {
                None => return self.throw_into_self(g, exc),
                Some(Ok(v)) => return Ok(v),
                Some(Err(e)) => {
                    if e.is(&exc) {
                        // Not handled below: raise it here.
                    }
                    if self.exc_is(&e, "StopIteration") {
                        // The sub-iterator finished: resume after the loop.
                        let val = self.stop_iteration_value(&e);
                        self.drop_val(e);
                        self.finish_delegation(g);
                        return match self.gen_resume(g, val, None)? {
                            GenResult::Yield(v) => Ok(v),
                            GenResult::Return(v) => Err(self.stop_iteration(v)),
                        };
                    }
                    return self.throw_into_self(g, e);
                }
            }
        }
        self.throw_into_self(g, exc)
    }

    fn throw_into_self(&mut self, g: ObjRef, exc: Value) -> PyResult<Value> {
        if let Obj::Gen(gn) = self.heap.get_mut(g) {
            gn.delegating = false;
        }
        match self.gen_resume(g, Value::None, Some(exc))? {
            GenResult::Yield(v) => Ok(v),
            GenResult::Return(v) => Err(self.stop_iteration(v)),
        }
    }

    /// After the sub-iterator of a `yield from` finished during a throw:
    /// pop it and move the frame past the delegation loop.
    fn finish_delegation(&mut self, g: ObjRef) {
        let sub = match self.heap.get_mut(g) {
            Obj::Gen(gn) => {
                gn.delegating = false;
                gn.frame.as_mut().and_then(|f| {
                    let sub = f.stack.pop();
                    // The frame's ip is just after `YieldValue`: the `Jump`
                    // back to `Send`, whose target is the loop exit.
                    let jump = f.code.instrs.get(f.ip).copied();
                    if let Some(crate::engine::compile::code::Instr::Jump(send_at)) = jump
                        && let Some(crate::engine::compile::code::Instr::Send(exit)) =
                            f.code.instrs.get(send_at as usize).copied()
                    {
                        f.ip = exit as usize;
                    }
                    sub
                })
            }
            _ => None,
        };
        if let Some(s) = sub {
            self.drop_val(s);
        }
        // `gen_resume` pushes the value as if sent; the exit point expects it
        // as the result of the delegation.
        if let Obj::Gen(gn) = self.heap.get_mut(g) {
            gn.state = GenState::Suspended;
        }
    }

    /// Throws into any iterator: generators natively, others via `.throw`.
    pub fn throw_into(&mut self, it: &Value, exc: Value) -> PyResult<Value> {
        if let Value::Obj(r) = it
            && matches!(self.heap.get(*r), Obj::Gen(_))
        {
            return self.gen_throw(*r, exc);
        }
        let throw = self.names.throw;
        if self.has_method(it, throw) {
            let r = self.call_method(it, throw, std::slice::from_ref(&exc));
            self.drop_val(exc);
            return r;
        }
        Err(exc)
    }

    /// `gn.close()`.
    pub fn gen_close(&mut self, g: ObjRef) -> PyResult<()> {
        let state = match self.heap.get(g) {
            Obj::Gen(gn) => gn.state,
            _ => return Ok(()),
        };
        if state == GenState::Created {
            let frame = match self.heap.get_mut(g) {
                Obj::Gen(gn) => {
                    gn.state = GenState::Closed;
                    gn.frame.take()
                }
                _ => None,
            };
            if let Some(f) = frame {
                self.release_frame(f);
            }
            return Ok(());
        }
        if state == GenState::Closed {
            return Ok(());
        }
        let exc = self.new_exc_empty("GeneratorExit");
        match self.gen_throw(g, exc) {
            Ok(v) => {
                self.drop_val(v);
                let what = match self.heap.get(g) {
                    Obj::Gen(gn) if gn.kind == GenKind::Coroutine => "coroutine",
                    Obj::Gen(gn) if gn.kind == GenKind::AsyncGenerator => "async generator",
                    _ => "generator",
                };
                Err(self.new_exc("RuntimeError", format!("{what} ignored GeneratorExit")))
            }
            Err(e) => {
                if self.exc_is(&e, "GeneratorExit") || self.exc_is(&e, "StopIteration") {
                    self.drop_val(e);
                    Ok(())
                } else {
                    Err(e)
                }
            }
        }
    }

    fn close_iter(&mut self, it: &Value) -> PyResult<()> {
        if let Value::Obj(r) = it
            && matches!(self.heap.get(*r), Obj::Gen(_))
        {
            return self.gen_close(*r);
        }
        let close = self.names.close;
        if self.has_method(it, close) {
            let r = self.call_method(it, close, &[])?;
            self.drop_val(r);
        }
        Ok(())
    }

    /// `GetYieldFromIter`: generators and coroutines from `types.coroutine`
    /// delegate directly, anything else through `iter()`.
    pub(super) fn get_yield_from_iter(&mut self, v: Value) -> PyResult<Value> {
        if let Value::Obj(r) = &v
            && let Obj::Gen(g) = self.heap.get(*r)
        {
            if g.kind == GenKind::Coroutine && !self.current_code_is_iterable_coroutine() {
                self.drop_val(v);
                return Err(self.type_error(
                    "cannot 'yield from' a coroutine object in a non-coroutine generator".into(),
                ));
            }
            return Ok(v);
        }
        let r = self.iter(&v);
        self.drop_val(v);
        r
    }

    fn current_code_is_iterable_coroutine(&self) -> bool {
        self.frames
            .last()
            .and_then(|f| f.generator)
            .is_some_and(|g| matches!(self.heap.get(g), Obj::Gen(gn) if gn.iterable_coroutine))
    }

    /// `GetAwaitable`: a coroutine itself, or the iterator `__await__`
    /// returns.
    pub(super) fn get_awaitable(&mut self, v: Value, why: u8) -> PyResult<Value> {
        if let Value::Obj(r) = &v
            && let Obj::Gen(g) = self.heap.get(*r)
            && (g.kind == GenKind::Coroutine || g.iterable_coroutine)
        {
            if g.kind == GenKind::Coroutine && g.delegating && g.state == GenState::Suspended {
                self.drop_val(v);
                return Err(self.new_exc_str("RuntimeError", "coroutine is being awaited already"));
            }
            return Ok(v);
        }
        let aw = self.names.await_;
        if self.has_method(&v, aw) {
            let it = self.call_method(&v, aw, &[]);
            self.drop_val(v);
            let it = it?;
            let is_coro = matches!(&it, Value::Obj(r) if matches!(self.heap.get(*r), Obj::Gen(g) if g.kind == GenKind::Coroutine));
            if is_coro {
                self.drop_val(it);
                return Err(self.type_error("__await__() returned a coroutine".into()));
            }
            let next = self.names.next;
            if !self.has_method(&it, next)
                && !matches!(&it, Value::Obj(r) if matches!(self.heap.get(*r), Obj::Gen(_)))
            {
                let cname = self.class_name(&it);
                self.drop_val(it);
                return Err(self.type_error(format!(
                    "__await__() returned non-iterator of type '{cname}'"
                )));
            }
            return Ok(it);
        }
        let cname = self.class_name(&v);
        self.drop_val(v);
        let msg = match why {
            1 => format!(
                "'async with' received an object from __aenter__ that does not implement __await__: {cname}"
            ),
            2 => format!(
                "'async with' received an object from __aexit__ that does not implement __await__: {cname}"
            ),
            _ => format!("object {cname} can't be used in 'await' expression"),
        };
        Err(self.type_error(msg))
    }

    /// `BeforeWith`/`BeforeAsyncWith`: the bound exit and the enter result.
    pub(super) fn before_with(&mut self, mgr: &Value, is_async: bool) -> PyResult<(Value, Value)> {
        let (enter, exit) = if is_async {
            (self.names.aenter, self.names.aexit)
        } else {
            (self.names.enter, self.names.exit)
        };
        let cname = self.class_name(mgr);
        if !self.has_method(mgr, enter) {
            let what = if is_async {
                "asynchronous context manager"
            } else {
                "context manager"
            };
            return Err(self.type_error(format!(
                "'{cname}' object does not support the {what} protocol"
            )));
        }
        if !self.has_method(mgr, exit) {
            let what = if is_async {
                "asynchronous context manager"
            } else {
                "context manager"
            };
            return Err(self.type_error(format!(
                "'{cname}' object does not support the {what} protocol (missed __{}exit__ method)",
                if is_async { "a" } else { "" }
            )));
        }
        let exit_bound = self.getattr(mgr, exit)?;
        match self.call_method(mgr, enter, &[]) {
            Ok(r) => Ok((exit_bound, r)),
            Err(e) => {
                self.drop_val(exit_bound);
                Err(e)
            }
        }
    }

    /// `except T:` matching, with tuples of types.
    pub(super) fn exception_matches(&mut self, exc: &Value, typ: &Value) -> PyResult<bool> {
        if let Value::Obj(r) = typ {
            match self.heap.get(*r) {
                Obj::Class(_) => {
                    let base = self.exc_class("BaseException");
                    if !self.is_subclass(*r, base) {
                        return Err(self.type_error(
                            "catching classes that do not inherit from BaseException is not allowed".into(),
                        ));
                    }
                    return Ok(self.isinstance(exc, *r));
                }
                Obj::Tuple(items) => {
                    let items = items.to_vec();
                    for t in &items {
                        if self.exception_matches(exc, t)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                _ => {}
            }
        }
        Err(self.type_error(
            "catching classes that do not inherit from BaseException is not allowed".into(),
        ))
    }

    /// A Future or Task dies: it leaves the task list, and reports what
    /// CPython's finalizers report.
    fn finalize_future(&mut self, r: ObjRef) {
        let v = Value::Obj(r);
        let Some(f) = self.fut_data(&v) else { return };
        let is_task = f.task.is_some();
        // Only tasks are listed; plain futures die far more often.
        if is_task && let Some(i) = self.aio.all_tasks.iter().position(|t| *t == r) {
            self.aio.all_tasks.remove(i);
        }
        let Some(f) = self.fut_data(&v) else { return };
        let pending = f.state == crate::engine::aio::state::FutState::Pending;
        let log_pending = f.task.as_ref().is_some_and(|t| t.log_destroy_pending);
        let log_tb = f.log_traceback;
        let exc = f.exception.clone();
        if is_task && pending && log_pending {
            let repr = self.future_repr(&v).unwrap_or_default();
            self.note(Note::Diagnostic("Task was destroyed but it is pending!"));
            self.asyncio_log_error(
                &format!("Task was destroyed but it is pending!\ntask: {repr}"),
                None,
            );
        } else if log_tb && self.custom_exception_handler_set() {
            let what = if is_task { "Task" } else { "Future" };
            let msg = format!("{what} exception was never retrieved");
            self.note(Note::Diagnostic(&msg));
            let exc = self.dup(&exc);
            let fut = self.dup(&v);
            self.call_custom_exception_handler(vec![
                ("message", Value::Str(msg.into())),
                ("exception", exc),
                ("future", fut),
            ]);
        } else if log_tb {
            let what = if is_task { "Task" } else { "Future" };
            let repr = self.future_repr(&v).unwrap_or_default();
            self.note(Note::Diagnostic(&format!(
                "{what} exception was never retrieved"
            )));
            self.asyncio_log_error(
                &format!("{what} exception was never retrieved\nfuture: {repr}"),
                Some(&exc),
            );
        }
    }

    /// What the program's warnings filters say about a "never awaited"
    /// warning (`warnings.simplefilter("ignore")` silences it, "always"
    /// repeats it); None when the program never imported `warnings`, so
    /// only the default filters, which show it, can apply.
    fn unawaited_filter_action(&mut self, text: &str, file: &str, line: u32) -> Option<String> {
        let m = self.modules.get("warnings").copied()?;
        let sym = self.intern("_filter_action");
        let f = self.ns_get(m, sym)?;
        let cat = self.exc_class("RuntimeWarning");
        let args = [
            Value::Str(text.into()),
            Value::Obj(cat),
            Value::Str(file.into()),
            Value::Int(line as i64),
        ];
        match self.call_value(&f, &args, &[]) {
            Ok(Value::Str(s)) => Some(s.to_string()),
            Ok(v) => {
                self.drop_val(v);
                None
            }
            Err(e) => {
                self.drop_val(e);
                None
            }
        }
    }

    /// Runs the finalizers of objects whose count reached zero: closes
    /// suspended generators, warns about coroutines never awaited.
    ///
    /// In the order they were queued (the order CPython's deallocation
    /// reached them), each followed by what its own death queued before
    /// the next one runs, as CPython's dealloc runs them depth first. A
    /// finalizer's Python code calls this again at its instruction
    /// boundaries: that call sees only what was queued since.
    pub fn run_finalizers(&mut self) {
        while !self.heap.to_finalize.is_empty() {
            let batch = std::mem::take(&mut self.heap.to_finalize);
            let rests = std::mem::take(&mut self.heap.finalize_rest);
            for (r, rest) in batch.into_iter().zip(rests) {
                self.finalize_one(r);
                if !self.heap.to_finalize.is_empty() {
                    self.run_finalizers();
                }
                // What the release that met `r` had still to drop.
                if !rest.is_empty() {
                    self.heap.drop_refs(rest);
                    if !self.heap.to_finalize.is_empty() {
                        self.run_finalizers();
                    }
                }
            }
        }
    }

    /// One queued object's finalizer, then the queue's reference to it.
    fn finalize_one(&mut self, r: ObjRef) {
        {
            let info = match self.heap.get(r) {
                Obj::Gen(g) => Some((g.kind, g.state, g.qualname.clone())),
                _ => None,
            };
            match info {
                Some((GenKind::Coroutine, GenState::Created, qualname)) => {
                    // The warning names the frame running when the coroutine
                    // died; with none left (the program's end, as CPython's
                    // shutdown) it is "sys:1" and the warnings module, gone by
                    // then, adds no source line and no tracemalloc hint.
                    let place = match self.frames.last() {
                        Some(f) => (f.code.filename.to_string(), f.line()),
                        None => ("sys".to_string(), 1),
                    };
                    let text = format!("coroutine '{qualname}' was never awaited");
                    let action = self.unawaited_filter_action(&text, &place.0, place.1);
                    let shown = match action.as_deref() {
                        Some("ignore") => false,
                        Some("always") => true,
                        _ => self.never_awaited_shown.insert((place.0, place.1, text)),
                    };
                    let msg = match self.frames.last() {
                        _ if !shown => String::new(),
                        Some(f) => {
                            let (file, line) = (f.code.filename.clone(), f.line());
                            let src = self
                                .source_line(&file, line)
                                .map(|s| format!("  {s}\n"))
                                .unwrap_or_default();
                            self.tracemalloc_imported = true;
                            format!(
                                "{file}:{line}: RuntimeWarning: coroutine '{qualname}' was never awaited\n{src}RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
                            )
                        }
                        None => format!(
                            "sys:1: RuntimeWarning: coroutine '{qualname}' was never awaited\n{}",
                            if self.clearing_last_value && self.tracemalloc_imported {
                                "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
                            } else {
                                ""
                            }
                        ),
                    };
                    self.note(Note::Diagnostic(&format!(
                        "coroutine '{qualname}' was never awaited"
                    )));
                    if !msg.is_empty() {
                        self.write_stderr(&msg);
                    }
                    if let Obj::Gen(g) = self.heap.get_mut(r) {
                        g.state = GenState::Closed;
                    }
                }
                Some((GenKind::AsyncGenerator, GenState::Suspended, _)) => {
                    // The loop's finalizer hook closes it in a task.
                    self.aio.asyncgens.retain(|x| *x != r);
                    if self.aio.running.as_ref().is_some_and(|l| l.running)
                        && let Some(m) = self.modules.get("asyncio").copied()
                    {
                        let s = self.intern("_finalize_asyncgen");
                        if let Ok(f) = self.getattr(&Value::Obj(m), s) {
                            let res = self.call_value(&f, &[Value::Obj(r)], &[]);
                            self.drop_val(f);
                            match res {
                                Ok(v) => self.drop_val(v),
                                Err(e) => self.drop_val(e),
                            }
                        }
                    }
                }
                Some(_) => {
                    if let Err(e) = self.gen_close(r) {
                        let what = self.repr(&Value::Obj(r)).unwrap_or_else(|_| "?".into());
                        let tb = self.format_unraisable(&e);
                        self.write_unraisable(&format!("Exception ignored in: {what}\n{tb}"));
                        self.drop_val(e);
                    }
                }
                None if self.fut_data(&Value::Obj(r)).is_some() => self.finalize_future(r),
                None => {
                    let del = self.names.del;
                    let v = Value::Obj(r);
                    if self.has_method(&v, del)
                        && let Err(e) = self.call_method(&v, del, &[]).map(|x| self.drop_val(x))
                    {
                        // CPython names the `__del__` function, then the
                        // traceback.
                        let cls = self.class_of(&v);
                        let what = match self.lookup_in_mro(cls, del) {
                            Some(f) => self.repr(&f).unwrap_or_else(|_| "?".into()),
                            None => "?".into(),
                        };
                        let tb = self.format_unraisable(&e);
                        self.write_unraisable(&format!("Exception ignored in: {what}\n{tb}"));
                        self.drop_val(e);
                    }
                }
            }
            self.call_weakref_callbacks(r);
            self.heap.decref_obj(r);
        }
    }

    /// After a dying object's own finalizer, as CPython's
    /// `PyObject_ClearWeakRefs`: its weak references are cleared, then
    /// each callback is called with its reference, newest first. An
    /// error is printed and ignored.
    fn call_weakref_callbacks(&mut self, r: ObjRef) {
        for w in self.heap.clear_weakrefs(r) {
            let cb = match self.heap.get(w) {
                Obj::Instance(i) => match &i.payload {
                    crate::engine::vm::object::Payload::WeakRef(d) => d.callback.clone(),
                    _ => Value::None,
                },
                _ => Value::None,
            };
            let wv = Value::Obj(w);
            if let Err(e) = self
                .call_value(&cb, std::slice::from_ref(&wv), &[])
                .map(|x| self.drop_val(x))
            {
                let what = self.repr(&cb).unwrap_or_else(|_| "?".into());
                let tb = self.format_traceback(&e);
                self.write_stderr(&format!("Exception ignored in: {what}\n{tb}"));
                self.drop_val(e);
            }
            self.heap.decref_obj(w);
        }
    }
}
