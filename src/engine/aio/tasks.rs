//! `asyncio.Task` (CPython's `tasks.Task`): a Future that drives a
//! coroutine one `__step` at a time.

use std::rc::Rc;

use super::state::{FutState, TaskData};
use crate::engine::events::Note;
use crate::engine::intern::Sym;
use crate::engine::vm::Vm;
use crate::engine::vm::builtins::kwarg;
use crate::engine::vm::frame::Cont;
use crate::engine::vm::generator::GenResult;
use crate::engine::vm::object::{GenKind, GenState, NativeFunc, NativeKind, Obj, PyResult};
use crate::engine::vm::value::{ObjRef, Value};

type Kw<'a> = &'a [(Sym, Value)];

impl Vm {
    /// A bound native method of `this` (the callbacks tasks schedule).
    pub fn bound_native(
        &mut self,
        this: &Value,
        name: &'static str,
        func: crate::engine::vm::object::NativeImpl,
    ) -> Value {
        let this = self.dup(this);
        self.alloc(Obj::Native(Box::new(NativeFunc {
            name,
            owner: "Task",
            func,
            this,
            kind: NativeKind::Method,
            arity: None,
        })))
    }

    /// `loop.create_task(coro)`: a new Task whose first step is scheduled.
    /// Takes `coro`.
    pub fn create_task(&mut self, coro: Value, name: Option<Rc<str>>) -> PyResult<Value> {
        self.create_task_in(coro, name, None)
    }

    /// `loop.create_task(coro, context=...)`: the task runs in `context`
    /// (taken) when given, else in a copy of the current context.
    pub fn create_task_in(
        &mut self,
        coro: Value,
        name: Option<Rc<str>>,
        context: Option<Value>,
    ) -> PyResult<Value> {
        self.make_task(coro, name, context, None)
    }

    /// `create_task_in`, or with `into` (a Future object made by calling
    /// the Task class) `Task.__init__`: that object becomes the task and
    /// None is returned.
    fn make_task(
        &mut self,
        coro: Value,
        name: Option<Rc<str>>,
        context: Option<Value>,
        into: Option<&Value>,
    ) -> PyResult<Value> {
        let is_coro = matches!(&coro, Value::Obj(r)
            if matches!(self.heap.get(*r), Obj::Gen(g) if g.kind == GenKind::Coroutine || g.iterable_coroutine)
                || matches!(self.heap.get(*r), Obj::Iter(s) if matches!(**s, crate::engine::vm::object::IterState::AsyncGenOp { .. })));
        if !is_coro {
            let r = self.repr(&coro).map(|s| s.to_string()).unwrap_or_default();
            self.drop_val(coro);
            if let Some(c) = context {
                self.drop_val(c);
            }
            return Err(self.type_error(format!("a coroutine was expected, got {r}")));
        }
        if !self.has_loop() {
            // `loop.create_task` on a closed loop fails in `_check_closed`,
            // and the coroutine dies unawaited (it warns).
            let msg = if self.aio.running.is_some() {
                "Event loop is closed"
            } else {
                "no running event loop"
            };
            self.drop_val(coro);
            if let Some(c) = context {
                self.drop_val(c);
            }
            return Err(self.new_exc_str("RuntimeError", msg));
        }
        // A task runs in a copy of the context current when it is created.
        let context = if let Some(c) = context {
            c
        } else if self.current_context.is_none() {
            Value::None
        } else {
            let ctx = self.current_context.clone();
            let copy = self.intern("copy");
            match self.call_method(&ctx, copy, &[]) {
                Ok(c) => c,
                Err(e) => {
                    self.drop_val(coro);
                    return Err(e);
                }
            }
        };
        if let Some(t) = into {
            self.fill_task(t, coro, name, context)?;
            return Ok(Value::None);
        }
        let cls = self.aio.classes.expect("asyncio imported").task;
        let task = self.new_future(cls);
        self.fill_task(&task, coro, name, context)?;
        Ok(task)
    }

    /// Makes the Future `task` a Task running `coro` in `context` (both
    /// taken) and schedules its first step.
    fn fill_task(
        &mut self,
        task: &Value,
        coro: Value,
        name: Option<Rc<str>>,
        context: Value,
    ) -> PyResult<()> {
        let task = task.clone();
        // As CPython's Task.__init__: only an unnamed task takes a number
        // (`asyncio.create_task(name=...)` names it afterwards, so it does).
        let name = name.unwrap_or_else(|| {
            self.aio.task_counter += 1;
            format!("Task-{}", self.aio.task_counter).into()
        });
        if let Some(f) = self.fut_data_mut(&task) {
            f.task = Some(Box::new(TaskData {
                coro,
                name,
                must_cancel: false,
                fut_waiter: Value::None,
                num_cancels_requested: 0,
                log_destroy_pending: true,
                steps: 0,
                context,
            }));
        }
        self.note(Note::TaskCreated(&task));
        let step = self.bound_native(&task, "__step", task_step_native);
        self.call_soon_quiet(step, vec![])?;
        if let Value::Obj(t) = &task {
            self.aio.all_tasks.push(*t);
        }
        Ok(())
    }

    pub fn task_name(&self, t: ObjRef) -> Rc<str> {
        self.fut_data(&Value::Obj(t))
            .and_then(|f| f.task.as_ref())
            .map_or("?".into(), |t| t.name.clone())
    }

    fn task_data_mut(&mut self, t: &Value) -> Option<&mut TaskData> {
        self.fut_data_mut(t).and_then(|f| f.task.as_deref_mut())
    }

    /// `Task.__step(exc)`: runs the coroutine until it yields, returns or
    /// raises, and decides what happens next. Takes `exc`. The coroutine
    /// runs nested in this native call; `task_step_enter` is the same step
    /// run from the loop's own run loop.
    pub fn task_step(&mut self, task: &Value, exc: Option<Value>) -> PyResult<()> {
        let Some((coro, exc)) = self.task_step_begin(task, exc)? else {
            return Ok(());
        };
        let outcome = self.task_run_coro(&coro, exc);
        self.task_step_end(task, outcome)
    }

    /// `Task.__step(exc)` from the event loop's run loop: when the task
    /// simply resumes its coroutine (no exception to throw in), the
    /// coroutine's frame is pushed on the run loop with `Cont::TaskStep`
    /// and the step ends in `task_step_end` when it yields, returns or
    /// raises. Returns true in that case; false when the step already
    /// happened (nested, as `task_step`) or had nothing to do.
    pub fn task_step_enter(&mut self, task: &Value, exc: Option<Value>) -> PyResult<bool> {
        let Some((coro, exc)) = self.task_step_begin(task, exc)? else {
            return Ok(false);
        };
        if exc.is_none()
            && let (Some(g), Some(t)) = (coro.as_obj(), task.as_obj())
            && matches!(self.heap.get(g), Obj::Gen(_))
            && self.gen_enter(g, Cont::TaskStep(t))
        {
            // The frame's continuation names the task: keep it alive until
            // the step ends (`task_step_resumed`).
            self.heap.incref_obj(t);
            return Ok(true);
        }
        let outcome = self.task_run_coro(&coro, exc);
        self.task_step_end(task, outcome)?;
        Ok(false)
    }

    /// A coroutine entered by `task_step_enter` yielded, returned or
    /// raised: the step ends as `__step` ends.
    pub fn task_step_resumed(
        &mut self,
        task: ObjRef,
        outcome: PyResult<GenResult>,
    ) -> PyResult<()> {
        let t = Value::Obj(task);
        let r = self.task_step_end(&t, outcome);
        self.heap.decref_obj(task);
        r
    }

    /// The first half of `__step`: checks, `_must_cancel`, entering the
    /// task. Returns the coroutine and what to throw into it, or `None`
    /// when there is nothing to run.
    fn task_step_begin(
        &mut self,
        task: &Value,
        exc: Option<Value>,
    ) -> PyResult<Option<(Value, Option<Value>)>> {
        let state = self.fut_data(task).map(|f| f.state);
        if state != Some(FutState::Pending) {
            if let Some(e) = exc {
                self.drop_val(e);
            }
            let r = self.repr(task).map(|s| s.to_string()).unwrap_or_default();
            return Err(self.new_exc("InvalidStateError", format!("_step(): already done: {r}")));
        }
        let mut exc = exc;
        let must_cancel = self
            .fut_data(task)
            .and_then(|f| f.task.as_ref())
            .is_some_and(|t| t.must_cancel);
        if must_cancel {
            let is_cancel = exc
                .as_ref()
                .is_some_and(|e| self.exc_is(e, "CancelledError"));
            if !is_cancel {
                if let Some(e) = exc.take() {
                    self.drop_val(e);
                }
                exc = Some(self.fut_make_cancelled_error(task));
            }
            if let Some(t) = self.task_data_mut(task) {
                t.must_cancel = false;
            }
        }
        let (coro, old_waiter) = match self.task_data_mut(task) {
            Some(t) => {
                t.steps += 1;
                (
                    t.coro.clone(),
                    std::mem::replace(&mut t.fut_waiter, Value::None),
                )
            }
            None => return Ok(None),
        };
        self.drop_val(old_waiter);
        // Enter the task.
        let prev = self
            .aio
            .running
            .as_mut()
            .and_then(|l| l.current_task.replace(task.as_obj().expect("a task")));
        if prev.is_some() {
            if let Some(l) = self.aio.running.as_mut() {
                l.current_task = prev;
            }
            if let Some(e) = exc {
                self.drop_val(e);
            }
            return Err(self.new_exc_str(
                "RuntimeError",
                "Cannot enter into task while another task is being executed.",
            ));
        }
        self.note(Note::TaskStep(task));
        // The step runs in the task's context.
        let ctx = self
            .task_data_mut(task)
            .map(|t| t.context.clone())
            .unwrap_or(Value::None);
        if !ctx.is_none() {
            self.heap.incref(&ctx);
        }
        let prev = std::mem::replace(&mut self.current_context, ctx);
        self.context_stack.push(prev);
        Ok(Some((coro, exc)))
    }

    /// Runs the coroutine of a step nested in this native call.
    fn task_run_coro(&mut self, coro: &Value, exc: Option<Value>) -> PyResult<GenResult> {
        let g = coro.as_obj().expect("a coroutine");
        let is_gen = matches!(self.heap.get(g), Obj::Gen(_));
        match exc {
            // An `aclose()`/`asend()` awaitable driven as a task.
            _ if !is_gen => {
                let r = match exc {
                    None => self.agen_op_send(g, Value::None),
                    Some(e) => self.agen_op_throw(g, e),
                };
                match r {
                    Ok(v) => Ok(GenResult::Yield(v)),
                    Err(e) if self.exc_is(&e, "StopIteration") => {
                        let v = self.stop_iteration_value(&e);
                        self.drop_val(e);
                        Ok(GenResult::Return(v))
                    }
                    Err(e) => Err(e),
                }
            }
            None => self.gen_resume(g, Value::None, None),
            Some(e) => {
                // Throwing into a coroutine delegates down its await chain.
                match self.gen_throw(g, e) {
                    Ok(v) => Ok(GenResult::Yield(v)),
                    Err(e) => {
                        if self.exc_is(&e, "StopIteration") {
                            let v = self.stop_iteration_value(&e);
                            self.drop_val(e);
                            Ok(GenResult::Return(v))
                        } else {
                            Err(e)
                        }
                    }
                }
            }
        }
    }

    /// The second half of `__step`: leaving the task, then what its
    /// coroutine's yield, return or exception means for it.
    pub fn task_step_end(&mut self, task: &Value, outcome: PyResult<GenResult>) -> PyResult<()> {
        if let Some(l) = self.aio.running.as_mut() {
            l.current_task = None;
        }
        if let Some(prev) = self.context_stack.pop() {
            let ctx = std::mem::replace(&mut self.current_context, prev);
            self.drop_val(ctx);
        }
        // Objects the step released die now, before the task's own
        // callbacks are scheduled, as they would under CPython's refcounts.
        if self.halt.is_none() {
            self.run_finalizers();
        }
        if self.halt.is_some() {
            return match outcome {
                Err(e) => Err(e),
                Ok(GenResult::Yield(v)) | Ok(GenResult::Return(v)) => {
                    self.drop_val(v);
                    Ok(())
                }
            };
        }
        match outcome {
            Ok(GenResult::Return(v)) => {
                let must_cancel = self
                    .task_data_mut(task)
                    .is_some_and(|t| std::mem::take(&mut t.must_cancel));
                if must_cancel {
                    // Cancelled during its last step: it ends cancelled.
                    self.drop_val(v);
                    let msg = self
                        .fut_data(task)
                        .map(|f| f.cancel_message.clone())
                        .unwrap_or(Value::None);
                    let msg = self.dup(&msg);
                    self.fut_cancel(task, msg)?;
                } else {
                    self.fut_set_result_task(task, v)?;
                }
                self.task_finished(task);
            }
            Err(e) => {
                if self.exc_is(&e, "CancelledError") {
                    if let Some(f) = self.fut_data_mut(task) {
                        let old = std::mem::replace(&mut f.cancelled_exc, e);
                        self.drop_val(old);
                    }
                    self.fut_cancel(task, Value::None)?;
                } else if self.exc_is(&e, "SystemExit") || self.exc_is(&e, "KeyboardInterrupt") {
                    let e2 = self.dup(&e);
                    self.fut_set_exception_task(task, e2)?;
                    // In CPython the exception's traceback holds `__step`'s
                    // frame, which holds the task: a cycle that lives until
                    // the collection at exit, where a task nobody asked
                    // (not the one `run_until_complete` waits for) logs
                    // "exception was never retrieved".
                    let t = self.dup(task);
                    match self.exc_data_mut(&e) {
                        Some(d) => d.kept.push(t),
                        None => self.drop_val(t),
                    }
                    self.task_finished(task);
                    return Err(e);
                } else {
                    self.fut_set_exception_task(task, e)?;
                }
                self.task_finished(task);
            }
            Ok(GenResult::Yield(r)) => self.task_handle_yield(task, r)?,
        }
        self.note(Note::TaskStepped(task));
        Ok(())
    }

    fn fut_set_result_task(&mut self, task: &Value, v: Value) -> PyResult<()> {
        // A Task's own set_result raises; the step sets it directly.
        self.fut_set_result(task, v)
    }

    fn fut_set_exception_task(&mut self, task: &Value, e: Value) -> PyResult<()> {
        self.fut_set_exception(task, e)
    }

    fn task_finished(&mut self, task: &Value) {
        // Tasks mostly end in the order they began: searching from the
        // front finds one at once, where `retain` read the whole list for
        // every task (quadratic in the number of tasks).
        if let Some(t) = task.as_obj()
            && let Some(i) = self.aio.all_tasks.iter().position(|x| *x == t)
        {
            self.aio.all_tasks.remove(i);
        }
    }

    /// What a task does with a value its coroutine yielded.
    fn task_handle_yield(&mut self, task: &Value, r: Value) -> PyResult<()> {
        if self.is_future(&r) {
            let blocking = self.fut_data(&r).is_some_and(|f| f.blocking);
            if blocking && r.is(task) {
                let tr = self.repr(task)?;
                self.drop_val(r);
                let e = self.new_exc("RuntimeError", format!("Task cannot await on itself: {tr}"));
                return self.schedule_step_with(task, e);
            }
            if blocking {
                if let Some(f) = self.fut_data_mut(&r) {
                    f.blocking = false;
                }
                let wakeup = self.bound_native(task, "__wakeup", task_wakeup_native);
                self.fut_add_done_callback(&r, wakeup)?;
                let must_cancel = self.task_data_mut(task).is_some_and(|t| t.must_cancel);
                let rr = self.dup(&r);
                if let Some(t) = self.task_data_mut(task) {
                    t.fut_waiter = rr;
                }
                if must_cancel {
                    let msg = self
                        .fut_data(task)
                        .map(|f| f.cancel_message.clone())
                        .unwrap_or(Value::None);
                    let msg = self.dup(&msg);
                    if self.future_cancel_any(&r, msg)?
                        && let Some(t) = self.task_data_mut(task)
                    {
                        t.must_cancel = false;
                    }
                }
                self.drop_val(r);
                return Ok(());
            }
            let (tr, rr) = (self.repr(task)?, self.repr(&r)?);
            self.drop_val(r);
            let e = self.new_exc(
                "RuntimeError",
                format!("yield was used instead of yield from in task {tr} with {rr}"),
            );
            return self.schedule_step_with(task, e);
        }
        if r.is_none() {
            // A bare yield (`sleep(0)`): run again next iteration.
            let step = self.bound_native(task, "__step", task_step_native);
            return self.call_soon_quiet(step, vec![]);
        }
        let is_gen = matches!(&r, Value::Obj(x) if matches!(self.heap.get(*x), Obj::Gen(g) if g.kind == GenKind::Generator));
        let tr = self.repr(task)?;
        let msg = if is_gen {
            format!(
                "yield was used instead of yield from for generator in task {tr} with {}",
                self.repr(&r)?
            )
        } else {
            format!("Task got bad yield: {}", self.repr(&r)?)
        };
        self.drop_val(r);
        let e = self.new_exc("RuntimeError", msg);
        self.schedule_step_with(task, e)
    }

    fn schedule_step_with(&mut self, task: &Value, exc: Value) -> PyResult<()> {
        let step = self.bound_native(task, "__step", task_step_native);
        self.call_soon_quiet(step, vec![exc])
    }

    /// `fut.cancel(msg)` for a Future or a Task (takes `msg`).
    pub fn future_cancel_any(&mut self, fut: &Value, msg: Value) -> PyResult<bool> {
        // Only the plain classes go straight to the native cancel: a
        // subclass may override `cancel` (gather's `_GatheringFuture`
        // cancels its children), and CPython calls `cancel(msg=msg)`.
        let cls = self.class_of(fut);
        let plain = self
            .aio
            .classes
            .is_some_and(|c| cls == c.future || cls == c.task);
        if plain && self.fut_data(fut).is_some_and(|f| f.task.is_some()) {
            return self.task_cancel(fut, msg);
        }
        if plain {
            return self.fut_cancel(fut, msg);
        }
        let s = self.intern("cancel");
        let f = match self.getattr(fut, s) {
            Ok(f) => f,
            Err(e) => {
                self.drop_val(msg);
                return Err(e);
            }
        };
        let kw = [(self.intern("msg"), msg)];
        let r = self.call_value(&f, &[], &kw);
        self.drop_val(f);
        let [(_, msg)] = kw;
        self.drop_val(msg);
        let r = r?;
        let t = self.truthy(&r);
        self.drop_val(r);
        t
    }

    /// `Task.cancel(msg)`. Takes `msg`.
    pub fn task_cancel(&mut self, task: &Value, msg: Value) -> PyResult<bool> {
        let Some(f) = self.fut_data_mut(task) else {
            self.drop_val(msg);
            return Ok(false);
        };
        f.log_traceback = false;
        if f.state != FutState::Pending {
            self.drop_val(msg);
            return Ok(false);
        }
        let waiter = match f.task.as_deref_mut() {
            Some(t) => {
                t.num_cancels_requested += 1;
                t.fut_waiter.clone()
            }
            None => Value::None,
        };
        if !waiter.is_none() {
            let w = self.dup(&waiter);
            let m = self.dup(&msg);
            let r = self.future_cancel_any(&w, m);
            self.drop_val(w);
            if r? {
                self.drop_val(msg);
                return Ok(true);
            }
        }
        if let Some(f) = self.fut_data_mut(task) {
            if let Some(t) = f.task.as_deref_mut() {
                t.must_cancel = true;
            }
            let old = std::mem::replace(&mut f.cancel_message, msg);
            self.drop_val(old);
        }
        Ok(true)
    }

    /// `Task.__wakeup(fut)`.
    pub fn task_wakeup(&mut self, task: &Value, fut: &Value) -> PyResult<()> {
        let r = if self.is_future(fut) {
            self.fut_result(fut)
        } else {
            let s = self.intern("result");
            self.call_method(fut, s, &[])
        };
        match r {
            Ok(v) => {
                self.drop_val(v);
                self.task_step(task, None)
            }
            Err(e) => self.task_step(task, Some(e)),
        }
    }

    /// What a task waits on, for messages and the visualiser.
    pub fn waiter_description(&mut self, w: &Value) -> String {
        if let Some(f) = self.fut_data(w) {
            if let Some(t) = &f.task {
                return t.name.to_string();
            }
            return format!("Future #{}", f.id);
        }
        self.repr(w).map(|s| s.to_string()).unwrap_or_default()
    }

    /// `<Task pending name='Task-2' coro=<work() running at x.py:4>>`
    /// and the other forms of CPython's Future/Task repr.
    pub fn future_repr(&mut self, fut: &Value) -> PyResult<String> {
        // CPython's `_future_repr` is a `reprlib.recursive_repr()`: a task
        // whose result is the task itself shows it as "...".
        let Some(r) = fut.as_obj() else {
            return Ok("...".into());
        };
        if self.repr_stack.contains(&r) {
            return Ok("...".into());
        }
        self.repr_stack.push(r);
        let out = self.future_repr_inner(fut);
        self.repr_stack.pop();
        out
    }

    fn future_repr_inner(&mut self, fut: &Value) -> PyResult<String> {
        let cname = self.class_name(fut);
        let Some(f) = self.fut_data(fut) else {
            return Ok(format!("<{cname}>"));
        };
        let f = f.clone();
        let mut info: Vec<String> = Vec::new();
        let mut state = f.state.name().to_lowercase();
        if let Some(t) = &f.task
            && t.num_cancels_requested > 0
            && f.state == FutState::Pending
        {
            state = "cancelling".into();
        }
        info.push(state);
        if let Some(t) = &f.task {
            info.push(format!(
                "name={}",
                crate::engine::numeric::str_repr::str_repr(&t.name)
            ));
            info.push(format!("coro=<{}>", self.coro_description(&t.coro)));
        }
        if let Some(t) = &f.task
            && !t.fut_waiter.is_none()
        {
            let w = t.fut_waiter.clone();
            info.push(format!("wait_for={}", self.future_repr(&w)?));
        }
        if f.state == FutState::Finished {
            if !f.exception.is_none() {
                info.push(format!("exception={}", self.repr(&f.exception)?));
            } else {
                info.push(format!("result={}", self.limited_repr(&f.result)?));
            }
        }
        if !f.callbacks.is_empty() {
            // `_format_callbacks`: each as `_format_callback_source(cb, ())`.
            let mut names: Vec<String> = Vec::new();
            for c in &f.callbacks {
                names.push(self.callback_source(c, &[])?);
            }
            let cb = match names.len() {
                1 => names[0].clone(),
                2 => format!("{}, {}", names[0], names[1]),
                n => format!("{}, <{} more>, {}", names[0], n - 2, names[n - 1]),
            };
            info.push(format!("cb=[{cb}]"));
        }
        Ok(format!("<{cname} {}>", info.join(" ")))
    }

    /// `reprlib.repr(v)`, as CPython shows a future's result: long
    /// containers, strings and ints are cut short. Values whose repr is
    /// never cut are not sent through the module.
    pub(super) fn limited_repr(&mut self, v: &Value) -> PyResult<String> {
        if matches!(v, Value::None | Value::Bool(_) | Value::Float(_))
            || matches!(v, Value::Int(i) if i.unsigned_abs() < 10u64.pow(18))
        {
            return self.repr(v).map(|s| s.to_string());
        }
        let m = self.import_module("reprlib")?;
        let sym = self.intern("repr");
        let f = self.getattr(&m, sym);
        self.drop_val(m);
        let f = f?;
        let out = self.call_value(&f, std::slice::from_ref(v), &[]);
        self.drop_val(f);
        let out = out?;
        let s = self.str_of(&out).map(|s| s.to_string());
        self.drop_val(out);
        s
    }

    /// `work() running at x.py:4` / `work() done, defined at x.py:3`.
    fn coro_description(&self, coro: &Value) -> String {
        match coro {
            Value::Obj(r) => match self.heap.get(*r) {
                Obj::Gen(g) => match (&g.frame, g.state) {
                    (Some(f), GenState::Suspended | GenState::Created | GenState::Running) => {
                        let line = if g.state == GenState::Created {
                            g.code.firstlineno
                        } else {
                            f.line()
                        };
                        format!("{}() running at {}:{}", g.qualname, g.code.filename, line)
                    }
                    // A running coroutine's frame is on the frame stack.
                    (None, GenState::Running) => {
                        match self.frames.iter().rev().find(|f| f.generator == Some(*r)) {
                            Some(f) => format!(
                                "{}() running at {}:{}",
                                g.qualname,
                                g.code.filename,
                                f.line()
                            ),
                            None => format!(
                                "{}() done, defined at {}:{}",
                                g.qualname, g.code.filename, g.code.firstlineno
                            ),
                        }
                    }
                    _ => format!(
                        "{}() done, defined at {}:{}",
                        g.qualname, g.code.filename, g.code.firstlineno
                    ),
                },
                _ => "?".into(),
            },
            _ => "?".into(),
        }
    }

    /// `Task.task_step()` / `cb(1, 2) at x.py:5`, as in a Handle repr.
    pub fn handle_repr_inner(&mut self, h: ObjRef) -> String {
        let (cb, args, cancelled) = match self.handle_data(h) {
            Some(d) => (d.callback.clone(), d.args.clone(), d.cancelled),
            None => (Value::None, Vec::new(), true),
        };
        if cancelled {
            return "cancelled".into();
        }
        // `_format_callback_source(callback, args)`: the arguments are part
        // of "Exception in callback cb(1, 'a') at x.py:5".
        match self.callback_source(&cb, &args) {
            Ok(s) => s,
            Err(e) => {
                self.drop_val(e);
                "<callback>".into()
            }
        }
    }
}

fn this(args: &[Value]) -> Value {
    args.first().cloned().unwrap_or(Value::None)
}

pub fn task_step_native(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let t = this(args);
    let exc = args.get(1).map(|e| vm.dup(e));
    vm.task_step(&t, exc)?;
    Ok(Value::None)
}

pub fn task_wakeup_native(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let t = this(args);
    let f = args.get(1).cloned().unwrap_or(Value::None);
    vm.task_wakeup(&t, &f)?;
    Ok(Value::None)
}

fn check_task(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let t = this(args);
    if vm.fut_data(&t).is_none_or(|f| f.task.is_none()) {
        return Err(vm.type_error("descriptor requires a Task".into()));
    }
    Ok(t)
}

/// `Task(coro, *, loop=None, name=None, context=None)` called on the
/// class: the object the call made becomes a task (CPython's
/// `Task.__init__`); a running loop is required, as for `create_task`.
pub fn task_init(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    if vm.fut_data(&this).is_none_or(|d| d.task.is_some()) {
        return Err(vm.new_exc_str(
            "RuntimeError",
            "Task.__init__ on an object that is not a new Task is not supported",
        ));
    }
    let Some(coro) = args.get(1).or_else(|| kwarg(vm, kw, "coro")) else {
        return Err(
            vm.type_error("Task.__init__() missing required argument 'coro' (pos 1)".into())
        );
    };
    let coro = vm.dup(coro);
    let name = match kwarg(vm, kw, "name").cloned() {
        Some(Value::None) | None => None,
        Some(n) => Some(vm.str_of(&n)?),
    };
    let context = match kwarg(vm, kw, "context").cloned() {
        Some(Value::None) | None => None,
        Some(c) => Some(vm.dup(&c)),
    };
    vm.make_task(coro, name, context, Some(&this))
}

pub fn task_get_name(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let t = check_task(vm, args)?;
    let n = vm
        .fut_data(&t)
        .and_then(|f| f.task.as_ref())
        .map(|t| t.name.clone())
        .unwrap_or("".into());
    Ok(Value::Str(n))
}

pub fn task_set_name(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let t = check_task(vm, args)?;
    let v = args.get(1).cloned().unwrap_or(Value::None);
    let s = vm.str_of(&v)?;
    if let Some(td) = vm.task_data_mut(&t) {
        td.name = s;
    }
    Ok(Value::None)
}

pub fn task_get_coro(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let t = check_task(vm, args)?;
    let c = vm
        .fut_data(&t)
        .and_then(|f| f.task.as_ref())
        .map(|t| t.coro.clone())
        .unwrap_or(Value::None);
    Ok(vm.dup(&c))
}

pub fn task_cancelling(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let t = check_task(vm, args)?;
    Ok(Value::Int(
        vm.fut_data(&t)
            .and_then(|f| f.task.as_ref())
            .map_or(0, |t| t.num_cancels_requested),
    ))
}

pub fn task_uncancel(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let t = check_task(vm, args)?;
    let n = match vm.task_data_mut(&t) {
        Some(td) => {
            if td.num_cancels_requested > 0 {
                td.num_cancels_requested -= 1;
            }
            td.num_cancels_requested
        }
        None => 0,
    };
    Ok(Value::Int(n))
}

pub fn task_cancel_native(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let t = check_task(vm, args)?;
    let msg = args
        .get(1)
        .cloned()
        .or_else(|| kwarg(vm, kw, "msg").cloned());
    let msg = msg.map(|m| vm.dup(&m)).unwrap_or(Value::None);
    Ok(Value::Bool(vm.task_cancel(&t, msg)?))
}
