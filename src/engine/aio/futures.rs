//! `asyncio.Future` (CPython's `futures.Future`): a result that will be set
//! later, whose done-callbacks are always scheduled with `call_soon`, never
//! run inline.

use super::state::{FutState, FutureData};
use crate::engine::events::Note;
use crate::engine::intern::Sym;
use crate::engine::vm::Vm;
use crate::engine::vm::object::{Instance, IterState, Obj, Payload, PyResult};
use crate::engine::vm::symmap::SymMap;
use crate::engine::vm::value::{ObjRef, Value};

type Kw<'a> = &'a [(Sym, Value)];

impl Vm {
    pub fn fut_data(&self, v: &Value) -> Option<&FutureData> {
        match v {
            Value::Obj(r) => match self.heap.get(*r) {
                Obj::Instance(i) => match &i.payload {
                    Payload::Future(f) => Some(f),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    pub fn fut_data_mut(&mut self, v: &Value) -> Option<&mut FutureData> {
        match v {
            Value::Obj(r) => match self.heap.get_mut(*r) {
                Obj::Instance(i) => match &mut i.payload {
                    Payload::Future(f) => Some(f),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    pub fn is_future(&self, v: &Value) -> bool {
        self.fut_data(v).is_some()
    }

    /// A new pending future of class `cls` (`loop.create_future()`).
    pub fn new_future(&mut self, cls: ObjRef) -> Value {
        self.heap.incref_obj(cls);
        self.aio.future_counter += 1;
        let lp = self.aio.running.as_ref().and_then(|l| l.obj);
        let data = FutureData::new(self.aio.future_counter, lp);
        let fut = self.alloc(Obj::Instance(Box::new(Instance {
            class: cls,
            dict: SymMap::new(),
            payload: Payload::Future(Box::new(data)),
            has_del: false,
            live: None,
        })));
        self.note(Note::FutureCreated(&fut));
        fut
    }

    /// `__schedule_callbacks`: every callback goes to `call_soon` with the
    /// future as argument, in registration order.
    pub fn fut_schedule_callbacks(&mut self, fut: &Value) -> PyResult<()> {
        let cbs = match self.fut_data_mut(fut) {
            Some(f) => std::mem::take(&mut f.callbacks),
            None => return Ok(()),
        };
        let mut it = cbs.into_iter();
        while let Some(cb) = it.next() {
            let arg = self.dup(fut);
            let (cb, ctx) = self.split_done_callback(cb);
            match self.call_soon_in(cb, vec![arg], Some(ctx)) {
                Ok(h) => self.drop_val(h),
                Err(e) => {
                    self.heap.decref_all(it);
                    return Err(e);
                }
            }
        }
        Ok(())
    }

    /// A done-callback as stored: `(callback, context)` when added with a
    /// context (from Python, once `contextvars` is in use), else the bare
    /// callable, which runs in whatever context is current (the loop's
    /// own callbacks and tasks' wake-ups). Takes `cb`.
    pub fn split_done_callback(&mut self, cb: Value) -> (Value, Value) {
        if let Value::Obj(r) = &cb
            && let Obj::Tuple(items) = self.heap.get(*r)
            && items.len() == 2
        {
            let (f, c) = (items[0].clone(), items[1].clone());
            let (f, c) = (self.dup(&f), self.dup(&c));
            self.drop_val(cb);
            return (f, c);
        }
        (cb, Value::None)
    }

    /// The callable of a stored done-callback (see `split_done_callback`).
    pub fn done_callback_fn(&self, cb: &Value) -> Value {
        if let Value::Obj(r) = cb
            && let Obj::Tuple(items) = self.heap.get(*r)
            && items.len() == 2
        {
            return items[0].clone();
        }
        cb.clone()
    }

    fn invalid_state(&mut self, fut: &Value) -> Value {
        // The C Future's message (CPython uses `_asyncio.Future`).
        let _ = fut;
        self.new_exc_str("InvalidStateError", "invalid state")
    }

    /// `Future.set_result(value)` (takes `value`).
    pub fn fut_set_result(&mut self, fut: &Value, value: Value) -> PyResult<()> {
        if self.fut_data(fut).map(|f| f.state) != Some(FutState::Pending) {
            self.drop_val(value);
            return Err(self.invalid_state(fut));
        }
        if let Some(f) = self.fut_data_mut(fut) {
            let old = std::mem::replace(&mut f.result, value);
            f.state = FutState::Finished;
            self.drop_val(old);
        }
        self.note(Note::FutureDone(fut));
        self.fut_schedule_callbacks(fut)
    }

    /// `Future.set_exception(exc)` (takes `exc`).
    pub fn fut_set_exception(&mut self, fut: &Value, exc: Value) -> PyResult<()> {
        if self.fut_data(fut).map(|f| f.state) != Some(FutState::Pending) {
            self.drop_val(exc);
            return Err(self.invalid_state(fut));
        }
        let exc = self.make_raisable(exc)?;
        let is_stop = self.class_of(&exc) == self.exc_class("StopIteration");
        if is_stop {
            self.drop_val(exc);
            return Err(self.type_error(
                "StopIteration interacts badly with generators and cannot be raised into a Future"
                    .into(),
            ));
        }
        if let Some(f) = self.fut_data_mut(fut) {
            let old = std::mem::replace(&mut f.exception, exc);
            f.state = FutState::Finished;
            self.drop_val(old);
        }
        self.note(Note::FutureDone(fut));
        self.fut_schedule_callbacks(fut)?;
        if let Some(f) = self.fut_data_mut(fut) {
            f.log_traceback = true;
        }
        Ok(())
    }

    /// `Future.cancel(msg)`: false if already done (takes `msg`).
    pub fn fut_cancel(&mut self, fut: &Value, msg: Value) -> PyResult<bool> {
        let Some(f) = self.fut_data_mut(fut) else {
            self.drop_val(msg);
            return Ok(false);
        };
        f.log_traceback = false;
        if f.state != FutState::Pending {
            self.drop_val(msg);
            return Ok(false);
        }
        f.state = FutState::Cancelled;
        let old = std::mem::replace(&mut f.cancel_message, msg);
        self.drop_val(old);
        self.note(Note::FutureDone(fut));
        self.fut_schedule_callbacks(fut)?;
        Ok(true)
    }

    /// `_make_cancelled_error()`: the saved CancelledError once, else a new
    /// one carrying the cancel message.
    pub fn fut_make_cancelled_error(&mut self, fut: &Value) -> Value {
        let (saved, msg) = match self.fut_data_mut(fut) {
            Some(f) => (
                std::mem::replace(&mut f.cancelled_exc, Value::None),
                f.cancel_message.clone(),
            ),
            None => (Value::None, Value::None),
        };
        if !saved.is_none() {
            return saved;
        }
        let cls = self.exc_class("CancelledError");
        let args = if msg.is_none() {
            self.new_tuple(vec![])
        } else {
            let m = self.dup(&msg);
            self.new_tuple(vec![m])
        };
        self.new_exc_obj(cls, args)
    }

    /// `Future.result()`.
    pub fn fut_result(&mut self, fut: &Value) -> PyResult<Value> {
        let state = self.fut_data(fut).map(|f| f.state);
        match state {
            Some(FutState::Cancelled) => Err(self.fut_make_cancelled_error(fut)),
            Some(FutState::Pending) | None => {
                Err(self.new_exc_str("InvalidStateError", "Result is not set."))
            }
            Some(FutState::Finished) => {
                let f = self.fut_data_mut(fut).expect("checked");
                f.log_traceback = false;
                let (exc, res) = (f.exception.clone(), f.result.clone());
                if !exc.is_none() {
                    return Err(self.dup(&exc));
                }
                Ok(self.dup(&res))
            }
        }
    }

    /// `Future.exception()`.
    pub fn fut_exception(&mut self, fut: &Value) -> PyResult<Value> {
        let state = self.fut_data(fut).map(|f| f.state);
        match state {
            Some(FutState::Cancelled) => Err(self.fut_make_cancelled_error(fut)),
            Some(FutState::Pending) | None => {
                Err(self.new_exc_str("InvalidStateError", "Exception is not set."))
            }
            Some(FutState::Finished) => {
                let f = self.fut_data_mut(fut).expect("checked");
                f.log_traceback = false;
                let e = f.exception.clone();
                Ok(self.dup(&e))
            }
        }
    }

    /// `Future.add_done_callback(fn)` (takes `cb`).
    pub fn fut_add_done_callback(&mut self, fut: &Value, cb: Value) -> PyResult<()> {
        let done = self
            .fut_data(fut)
            .is_some_and(|f| f.state != FutState::Pending);
        if done {
            let arg = self.dup(fut);
            let (cb, ctx) = self.split_done_callback(cb);
            let h = self.call_soon_in(cb, vec![arg], Some(ctx))?;
            self.drop_val(h);
            return Ok(());
        }
        if let Some(f) = self.fut_data_mut(fut) {
            f.callbacks.push(cb);
        }
        self.note(Note::CallbackAdded(fut));
        Ok(())
    }

    /// The next step of `await fut` (the C `FutureIter`): yield the future
    /// while it is pending, then return its result.
    pub fn future_iter_next(&mut self, it: ObjRef) -> PyResult<Value> {
        let (fut, yielded) = match self.heap.get(it) {
            Obj::Iter(s) => match &**s {
                IterState::FutureIter { fut, yielded } => (fut.clone(), *yielded),
                _ => unreachable!("called for a FutureIter"),
            },
            _ => unreachable!("called for a FutureIter"),
        };
        let done = self
            .fut_data(&fut)
            .is_none_or(|f| f.state != FutState::Pending);
        if !done {
            if yielded {
                return Err(self.new_exc_str("RuntimeError", "await wasn't used with future"));
            }
            if let Some(f) = self.fut_data_mut(&fut) {
                f.blocking = true;
            }
            if let Obj::Iter(s) = self.heap.get_mut(it)
                && let IterState::FutureIter { yielded, .. } = &mut **s
            {
                *yielded = true;
            }
            return Ok(self.dup(&fut));
        }
        let r = self.fut_result(&fut)?;
        Err(self.stop_iteration(r))
    }
}

fn this(args: &[Value]) -> Value {
    args.first().cloned().unwrap_or(Value::None)
}

fn check_future(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let f = this(args);
    if vm.fut_data(&f).is_none() {
        return Err(vm.type_error("descriptor requires a Future".into()));
    }
    Ok(f)
}

/// `Future.__init__(*, loop=None)`: outside a running loop the future
/// belongs to the policy's loop (`get_event_loop()`), which may raise.
pub fn future_init(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let f = check_future(vm, args)?;
    let lp = match crate::engine::vm::builtins::kwarg(vm, kw, "loop").cloned() {
        Some(Value::None) | None => {
            if vm.aio.running.as_ref().is_some_and(|l| l.running) {
                return Ok(Value::None);
            }
            super::get_event_loop(vm, &[], &[])?
        }
        Some(l) => vm.dup(&l),
    };
    let o = lp.as_obj();
    vm.drop_val(lp);
    if let Some(d) = vm.fut_data_mut(&f) {
        d.event_loop = o;
    }
    Ok(Value::None)
}

pub fn future_result(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let f = check_future(vm, args)?;
    vm.fut_result(&f)
}

pub fn future_exception(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let f = check_future(vm, args)?;
    vm.fut_exception(&f)
}

pub fn future_set_result(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let f = check_future(vm, args)?;
    if vm.fut_data(&f).is_some_and(|d| d.task.is_some()) {
        return Err(vm.new_exc_str("RuntimeError", "Task does not support set_result operation"));
    }
    let v = args.get(1).cloned().unwrap_or(Value::None);
    let v = vm.dup(&v);
    vm.fut_set_result(&f, v)?;
    Ok(Value::None)
}

pub fn future_set_exception(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let f = check_future(vm, args)?;
    if vm.fut_data(&f).is_some_and(|d| d.task.is_some()) {
        return Err(vm.new_exc_str(
            "RuntimeError",
            "Task does not support set_exception operation",
        ));
    }
    let v = args.get(1).cloned().unwrap_or(Value::None);
    let v = vm.dup(&v);
    vm.fut_set_exception(&f, v)?;
    Ok(Value::None)
}

pub fn future_cancel(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let f = check_future(vm, args)?;
    let msg = args
        .get(1)
        .cloned()
        .or_else(|| crate::engine::vm::builtins::kwarg(vm, kw, "msg").cloned());
    let msg = msg.map(|m| vm.dup(&m)).unwrap_or(Value::None);
    Ok(Value::Bool(vm.fut_cancel(&f, msg)?))
}

pub fn future_cancelled(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let f = check_future(vm, args)?;
    Ok(Value::Bool(
        vm.fut_data(&f)
            .is_some_and(|d| d.state == FutState::Cancelled),
    ))
}

pub fn future_done(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let f = check_future(vm, args)?;
    Ok(Value::Bool(
        vm.fut_data(&f)
            .is_some_and(|d| d.state != FutState::Pending),
    ))
}

pub fn future_add_done_callback(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let f = check_future(vm, args)?;
    // The C method's own wording for a stray keyword.
    for (k, _) in kw {
        let name = vm.interner.name(*k).to_string();
        if name != "context" {
            return Err(vm.type_error(format!(
                "'{name}' is an invalid keyword argument for add_done_callback()"
            )));
        }
    }
    let Some(cb) = args.get(1) else {
        return Err(vm.type_error(
            "add_done_callback() missing 1 required positional argument: 'fn'".into(),
        ));
    };
    let cb = vm.dup(cb);
    // Added from Python, the callback keeps the context it was added in
    // (a copy of the current one unless `context=` names one).
    let ctx = match super::context_kwarg(vm, kw) {
        Some(c) => c,
        None => match vm.handle_context(&cb) {
            Ok(c) => c,
            Err(e) => {
                vm.drop_val(cb);
                return Err(e);
            }
        },
    };
    let cb = if ctx.is_none() {
        cb
    } else {
        vm.new_tuple(vec![cb, ctx])
    };
    vm.fut_add_done_callback(&f, cb)?;
    Ok(Value::None)
}

pub fn future_remove_done_callback(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let f = check_future(vm, args)?;
    let Some(cb) = args.get(1).cloned() else {
        return Err(vm.type_error(
            "remove_done_callback() missing 1 required positional argument: 'fn'".into(),
        ));
    };
    let cbs = vm
        .fut_data(&f)
        .map(|d| d.callbacks.clone())
        .unwrap_or_default();
    let mut keep = Vec::new();
    let mut removed = Vec::new();
    for c in cbs {
        let f = vm.done_callback_fn(&c);
        if vm.eq(&f, &cb)? {
            removed.push(c);
        } else {
            keep.push(c);
        }
    }
    let n = removed.len();
    if let Some(d) = vm.fut_data_mut(&f) {
        d.callbacks = keep;
    }
    vm.heap.decref_all(removed);
    Ok(Value::Int(n as i64))
}

pub fn future_get_loop(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let f = check_future(vm, args)?;
    let obj = vm
        .fut_data(&f)
        .and_then(|d| d.event_loop)
        .or_else(|| vm.aio.running.as_ref().and_then(|l| l.obj));
    match obj {
        Some(o) => Ok(vm.dup(&Value::Obj(o))),
        None => Err(vm.new_exc_str("RuntimeError", "no running event loop")),
    }
}

pub fn future_await(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let f = check_future(vm, args)?;
    let fut = vm.dup(&f);
    Ok(vm.alloc(Obj::Iter(Box::new(IterState::FutureIter {
        fut,
        yielded: false,
    }))))
}

pub fn future_repr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let f = check_future(vm, args)?;
    Ok(Value::Str(vm.future_repr(&f)?.into()))
}

pub fn future_blocking_get(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let f = check_future(vm, args)?;
    Ok(Value::Bool(vm.fut_data(&f).is_some_and(|d| d.blocking)))
}
