//! The event loop (CPython's `base_events.BaseEventLoop`) on a virtual
//! clock: `call_soon`, `call_at`, and `run_once`, the only place where
//! callbacks run.

use super::state::{EventLoop, HandleData, TimerKey};
use crate::engine::events::Note;
use crate::engine::vm::Vm;
use crate::engine::vm::object::{Instance, Obj, Payload, PyResult};
use crate::engine::vm::symmap::SymMap;
use crate::engine::vm::value::{ObjRef, Value};

/// `clock_resolution`: `time.get_clock_info('monotonic').resolution`.
const CLOCK_RESOLUTION: f64 = 1e-9;

impl Vm {
    pub fn running_loop(&mut self) -> PyResult<&mut EventLoop> {
        if !self.has_loop() {
            return Err(self.new_exc_str("RuntimeError", "no running event loop"));
        }
        Ok(self.aio.running.as_mut().expect("checked by has_loop"))
    }

    pub fn has_loop(&self) -> bool {
        self.aio.running.as_ref().is_some_and(|l| !l.closed)
    }

    fn new_handle(
        &mut self,
        callback: Value,
        args: Vec<Value>,
        when: Option<f64>,
        context: Value,
    ) -> ObjRef {
        let classes = self
            .aio
            .classes
            .expect("asyncio is imported before handles exist");
        let cls = if when.is_some() {
            classes.timer_handle
        } else {
            classes.handle
        };
        self.heap.incref_obj(cls);
        let seq = self.aio.timer_seq;
        self.aio.timer_seq += 1;
        let data = HandleData {
            callback,
            args,
            cancelled: false,
            when,
            seq,
            scheduled: false,
            context,
        };
        self.heap.alloc(Obj::Instance(Box::new(Instance {
            class: cls,
            dict: SymMap::new(),
            payload: Payload::Handle(Box::new(data)),
            has_del: false,
            live: None,
        })))
    }

    /// `loop.call_soon(callback, *args)`: appends a Handle to `ready` and
    /// returns it (a new reference). Takes the callback and arguments.
    pub fn call_soon(&mut self, callback: Value, args: Vec<Value>) -> PyResult<Value> {
        self.call_soon_in(callback, args, None)
    }

    /// `call_soon` with `context=`: the handle runs in `context` (taken)
    /// when given, else in a copy of the current context.
    pub fn call_soon_in(
        &mut self,
        callback: Value,
        args: Vec<Value>,
        context: Option<Value>,
    ) -> PyResult<Value> {
        if !self.has_loop() {
            self.drop_val(callback);
            self.heap.decref_all(args);
            if let Some(c) = context {
                self.drop_val(c);
            }
            return Err(self.new_exc_str("RuntimeError", "Event loop is closed"));
        }
        let context = match context {
            Some(c) => c,
            None => self.handle_context(&callback)?,
        };
        let h = self.new_handle(callback, args, None, context);
        self.heap.incref_obj(h);
        self.running_loop()?.ready.push_back(h);
        self.note(Note::Ready(h));
        Ok(Value::Obj(h))
    }

    /// `call_soon` whose handle nobody keeps.
    pub fn call_soon_quiet(&mut self, callback: Value, args: Vec<Value>) -> PyResult<()> {
        let h = self.call_soon(callback, args)?;
        self.drop_val(h);
        Ok(())
    }

    /// `loop.call_at(when, callback, *args)`.
    pub fn call_at(&mut self, when: f64, callback: Value, args: Vec<Value>) -> PyResult<Value> {
        self.call_at_in(when, callback, args, None)
    }

    /// `call_at` with `context=`, as `call_soon_in`.
    pub fn call_at_in(
        &mut self,
        when: f64,
        callback: Value,
        args: Vec<Value>,
        context: Option<Value>,
    ) -> PyResult<Value> {
        if !self.has_loop() {
            self.drop_val(callback);
            self.heap.decref_all(args);
            if let Some(c) = context {
                self.drop_val(c);
            }
            return Err(self.new_exc_str("RuntimeError", "Event loop is closed"));
        }
        let context = match context {
            Some(c) => c,
            None => self.handle_context(&callback)?,
        };
        let h = self.new_handle(callback, args, Some(when), context);
        let seq = match self.heap.get_mut(h) {
            Obj::Instance(i) => match &mut i.payload {
                Payload::Handle(d) => {
                    d.scheduled = true;
                    d.seq
                }
                _ => 0,
            },
            _ => 0,
        };
        self.heap.incref_obj(h);
        self.running_loop()?.scheduled.push(TimerKey {
            when,
            seq,
            handle: h,
        });
        self.note(Note::Timer(h));
        Ok(Value::Obj(h))
    }

    /// The context a new handle for `callback` runs in: a copy of the
    /// current one (`Handle.__init__`'s `contextvars.copy_context()`), or
    /// None when the program never imported `contextvars` or the callback
    /// is a task's step, which enters the task's own context.
    pub fn handle_context(&mut self, callback: &Value) -> PyResult<Value> {
        if self.current_context.is_none() {
            return Ok(Value::None);
        }
        if let Value::Obj(r) = callback
            && let Obj::Native(n) = self.heap.get(*r)
            && n.owner == "Task"
            && (n.name == "__step" || n.name == "__wakeup")
        {
            return Ok(Value::None);
        }
        let ctx = self.current_context.clone();
        let copy = self.intern("copy");
        self.call_method(&ctx, copy, &[])
    }

    /// Makes a handle's context current while its callback runs.
    pub fn enter_handle_context(&mut self, h: ObjRef) {
        let ctx = self
            .handle_data(h)
            .map(|d| d.context.clone())
            .unwrap_or(Value::None);
        if ctx.is_none() {
            return;
        }
        self.heap.incref(&ctx);
        let prev = std::mem::replace(&mut self.current_context, ctx);
        self.context_stack.push(prev);
        self.aio.handle_context_entered = true;
    }

    /// Leaves the context the last handle's callback ran in, if any.
    pub fn leave_handle_context(&mut self) {
        if !std::mem::take(&mut self.aio.handle_context_entered) {
            return;
        }
        if let Some(prev) = self.context_stack.pop() {
            let ctx = std::mem::replace(&mut self.current_context, prev);
            self.drop_val(ctx);
        }
    }

    pub fn handle_data(&self, h: ObjRef) -> Option<&HandleData> {
        match self.heap.get(h) {
            Obj::Instance(i) => match &i.payload {
                Payload::Handle(d) => Some(d),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn handle_data_mut(&mut self, h: ObjRef) -> Option<&mut HandleData> {
        match self.heap.get_mut(h) {
            Obj::Instance(i) => match &mut i.payload {
                Payload::Handle(d) => Some(d),
                _ => None,
            },
            _ => None,
        }
    }

    /// `Handle.cancel()` / `TimerHandle.cancel()`.
    pub fn handle_cancel(&mut self, h: ObjRef) {
        let Some(d) = self.handle_data_mut(h) else {
            return;
        };
        if d.cancelled {
            return;
        }
        d.cancelled = true;
        let in_heap = d.when.is_some() && d.scheduled;
        let cb = std::mem::replace(&mut d.callback, Value::None);
        let args = std::mem::take(&mut d.args);
        if in_heap && let Some(l) = self.aio.running.as_mut() {
            l.timer_cancelled_count += 1;
        }
        self.drop_val(cb);
        self.heap.decref_all(args);
    }

    /// The first half of an iteration of the loop
    /// (`BaseEventLoop._run_once`): purge cancelled timers, wait (jump the
    /// clock), move due timers to `ready`. Returns how many handles the
    /// iteration runs (`ntodo`); the loop's Python half runs them.
    pub fn run_once_prepare(&mut self) -> PyResult<usize> {
        let Some(l) = self.aio.running.as_mut() else {
            return Ok(0);
        };
        l.iteration += 1;
        // 1. Purge cancelled timers: rebuild when they are many, else pop
        //    cancelled heads.
        let n = l.scheduled.len();
        let mut dropped = Vec::new();
        if n > 100 && l.timer_cancelled_count * 2 > n {
            let all: Vec<TimerKey> = std::mem::take(&mut l.scheduled).into_vec();
            let mut keep = Vec::new();
            for k in all {
                dropped.push(k.handle);
                keep.push(k);
            }
            dropped.clear();
            let mut live = Vec::new();
            for k in keep {
                let cancelled = match self.heap.get(k.handle) {
                    Obj::Instance(i) => matches!(&i.payload, Payload::Handle(d) if d.cancelled),
                    _ => true,
                };
                if cancelled {
                    dropped.push(k.handle);
                } else {
                    live.push(k);
                }
            }
            let l = self.aio.running.as_mut().expect("checked above");
            l.scheduled = live.into();
            l.timer_cancelled_count = 0;
        } else {
            loop {
                let l = self.aio.running.as_mut().expect("checked above");
                let Some(top) = l.scheduled.peek() else { break };
                let h = top.handle;
                let cancelled = match self.heap.get(h) {
                    Obj::Instance(i) => matches!(&i.payload, Payload::Handle(d) if d.cancelled),
                    _ => true,
                };
                if !cancelled {
                    break;
                }
                let l = self.aio.running.as_mut().expect("checked above");
                l.scheduled.pop();
                l.timer_cancelled_count = l.timer_cancelled_count.saturating_sub(1);
                dropped.push(h);
            }
        }
        for h in dropped {
            if let Some(d) = self.handle_data_mut(h) {
                d.scheduled = false;
            }
            self.heap.decref_obj(h);
        }
        self.note(Note::RunOnce);
        // 2–3. "Select": with nothing ready, the clock jumps to the next
        //      deadline; with nothing at all, the program would hang.
        let l = self.aio.running.as_mut().expect("checked above");
        if l.ready.is_empty() && !l.stopping {
            match l.scheduled.peek() {
                Some(top) => {
                    if top.when > self.clock {
                        self.clock = top.when;
                    }
                }
                None => return Err(self.deadlock_error()),
            }
        }
        // 4. Move due timers to `ready`, in (when, seq) order.
        let end_time = self.clock + CLOCK_RESOLUTION;
        loop {
            let l = self.aio.running.as_mut().expect("checked above");
            match l.scheduled.peek() {
                Some(top) if top.when < end_time => {
                    let k = l.scheduled.pop().expect("peeked");
                    l.ready.push_back(k.handle);
                    if let Some(d) = self.handle_data_mut(k.handle) {
                        d.scheduled = false;
                    }
                    self.note(Note::TimerPop(k.handle));
                }
                _ => break,
            }
        }
        if self.loop_views.is_some()
            && let Some(v) = self.loop_view()
            && let Some(views) = self.loop_views.as_mut()
        {
            views.push(v);
        }
        // 5. The caller runs exactly the handles that are ready now.
        let l = self.aio.running.as_mut().expect("checked above");
        l.ntodo = l.ready.len();
        Ok(l.ntodo)
    }

    /// Takes the iteration's next handle from `ready` (a new reference),
    /// dropping cancelled ones as `_run_once` skips them; `None` once the
    /// iteration has run all it had to. Counting here rather than in the
    /// prelude's loop saves that loop a few instructions per handle.
    pub fn pop_ready(&mut self) -> Option<ObjRef> {
        self.leave_handle_context();
        loop {
            let l = self.aio.running.as_mut()?;
            if l.ntodo == 0 {
                return None;
            }
            l.ntodo -= 1;
            let h = l.ready.pop_front()?;
            if self.handle_data(h).is_none_or(|d| d.cancelled) {
                self.heap.decref_obj(h);
                continue;
            }
            self.note(Note::Run(h));
            return Some(h);
        }
    }

    /// `handle._run()` from bytecode: a Python callback gets a frame on the
    /// caller's run loop and a task's step enters its coroutine there
    /// (`Cont::TaskStep`), so the loop never nests Rust calls and a run can
    /// pause between any two of its instructions. Exactly one value (the
    /// callback's result) reaches the caller's stack, now or when the
    /// pushed frame finishes.
    pub fn run_handle_from_bytecode(&mut self, h: &Value) -> PyResult<()> {
        let (cb, args) = match h.as_obj().and_then(|h| self.handle_data(h)) {
            Some(d) => (d.callback.clone(), d.args.clone()),
            None => return Err(self.type_error("_run_handle() takes a Handle".into())),
        };
        let step = match &cb {
            Value::Obj(r) => match self.heap.get(*r) {
                Obj::Native(n)
                    if n.owner == "Task" && (n.name == "__step" || n.name == "__wakeup") =>
                {
                    Some((n.name == "__wakeup", n.this.clone()))
                }
                _ => None,
            },
            _ => None,
        };
        let Some((wakeup, task)) = step else {
            if let Some(h) = h.as_obj() {
                self.enter_handle_context(h);
            }
            self.heap.incref(&cb);
            for a in &args {
                self.heap.incref(a);
            }
            return self.push_call(cb, args, Vec::new()).map(|_| ());
        };
        let exc = if wakeup {
            let fut = args.first().cloned().unwrap_or(Value::None);
            let r = if self.is_future(&fut) {
                self.fut_result(&fut)
            } else {
                let s = self.intern("result");
                self.call_method(&fut, s, &[])
            };
            match r {
                Ok(v) => {
                    self.drop_val(v);
                    None
                }
                Err(e) => Some(e),
            }
        } else {
            args.first().map(|e| self.dup(e))
        };
        if !self.task_step_enter(&task, exc)? {
            self.frames
                .last_mut()
                .expect("a caller frame")
                .stack
                .push(Value::None);
        }
        Ok(())
    }

    /// An exception escaped a callback: the loop logs it and goes on,
    /// except for the ones that end the run.
    pub fn callback_error(&mut self, h: &Value, e: Value) -> PyResult<()> {
        // The loop reports the error outside the callback's context.
        self.leave_handle_context();
        if self.halt.is_some()
            || self.exc_is(&e, "SystemExit")
            || self.exc_is(&e, "KeyboardInterrupt")
        {
            self.reraising = true;
            return Err(e);
        }
        match h.as_obj() {
            Some(h) => self.report_callback_error(h, e),
            None => self.drop_val(e),
        }
        Ok(())
    }

    /// "Exception in callback ...", as the default exception handler logs it.
    fn report_callback_error(&mut self, h: ObjRef, e: Value) {
        let desc = self.handle_repr_inner(h);
        if self.custom_exception_handler_set() {
            self.note(Note::Diagnostic(&format!("Exception in callback {desc}")));
            let hv = self.dup(&Value::Obj(h));
            self.call_custom_exception_handler(vec![
                (
                    "message",
                    Value::Str(format!("Exception in callback {desc}").into()),
                ),
                ("exception", e),
                ("handle", hv),
            ]);
            return;
        }
        self.note(Note::Diagnostic(&format!("Exception in callback {desc}")));
        // The handler logs `handle: {handle!r}`: a TimerHandle shows its
        // class and deadline.
        let hrepr = match super::handle_repr(self, &[Value::Obj(h)], &[]) {
            Ok(Value::Str(s)) => s.to_string(),
            Ok(v) => {
                self.drop_val(v);
                format!("<Handle {desc}>")
            }
            Err(e) => {
                self.drop_val(e);
                format!("<Handle {desc}>")
            }
        };
        self.asyncio_log_error(
            &format!("Exception in callback {desc}\nhandle: {hrepr}"),
            Some(&e),
        );
        self.drop_val(e);
    }

    /// The error that ends a run whose tasks all wait with nothing that
    /// could wake them. CPython would block in `select()` forever; the run
    /// halts instead (no handler or `finally` runs, as the oracle's
    /// `os._exit(1)` runs none), after a report on stderr whose last line
    /// is the one the oracle prints, so that a hanging program compares
    /// equal.
    fn deadlock_error(&mut self) -> Value {
        let mut report = String::from(
            "deadlock: every task is waiting and nothing can wake them \
             (no callbacks ready, no timers), so CPython would wait forever\n",
        );
        let mut lines = Vec::new();
        let tasks = self.aio.all_tasks.clone();
        for t in tasks {
            let tv = Value::Obj(t);
            if self
                .fut_data(&tv)
                .is_some_and(|f| f.state != super::state::FutState::Pending)
            {
                continue;
            }
            let name = self.task_name(t);
            let what = match self
                .fut_data(&tv)
                .and_then(|f| f.task.as_ref())
                .map(|t| t.fut_waiter.clone())
            {
                Some(w) if !w.is_none() => self.waiter_description(&w),
                _ => "nothing".to_string(),
            };
            lines.push(format!("{name} waits on {what}"));
            if let Ok(r) = self.future_repr(&tv) {
                report.push_str(&format!("  pending: {r}\n"));
            }
        }
        report.push_str(&format!(
            "deadlock at t={}: every task waits and nothing can wake one\n",
            crate::engine::numeric::float_repr::float_repr(self.clock)
        ));
        self.write_stderr_raw(&report);
        self.halt = Some(crate::engine::vm::Halt::Deadlock);
        let msg = format!(
            "deadlock: every task is waiting and nothing can wake them (no callbacks ready, no timers){}{}",
            if lines.is_empty() { "" } else { ": " },
            lines.join("; ")
        );
        self.new_exc("RuntimeError", msg)
    }
}
