//! `asyncio` on a virtual clock: the event loop, Future and Task are native
//! and named as in CPython; the high-level API (`sleep`, `gather`,
//! `wait_for`, `TaskGroup`, queues, locks, `run`) is Python in
//! `prelude.py`, written against the same semantics CPython's pure-Python
//! modules have, and runs on coroscope's VM.
//!
//! Why the split: ordering is decided by the loop, Future and Task, which
//! the visualiser inspects and which must be fast; the high-level API is
//! choreography of those primitives, and running it as Python keeps every
//! handle, future and task it creates visible, exactly as in CPython.

pub mod base_events;
pub mod fastpath;
mod format_helpers;
pub mod futures;
mod handle_order;
pub mod introspect;
mod logger;
pub mod state;
mod submodules;
pub mod tasks;

use crate::engine::intern::Sym;
use crate::engine::vm::Vm;
use crate::engine::vm::builtins::{def_fn, def_method, float_arg, kwarg, set_attr};
use crate::engine::vm::object::{BuiltinKind, Obj, PyResult};
use crate::engine::vm::types::new_class;
use crate::engine::vm::value::{ObjRef, Value};
use state::{AioClasses, EventLoop, FutState};

type Kw<'a> = &'a [(Sym, Value)];

// build.rs's copy, with the comment lines blanked (`embed_python_library`).
const PRELUDE: &str = include_str!(concat!(env!("OUT_DIR"), "/python/prelude.py"));

fn class_in(vm: &mut Vm, name: &str, module: &str, bases: &[ObjRef], kind: BuiltinKind) -> ObjRef {
    let c = new_class(&mut vm.heap, name, bases, kind);
    if let Obj::Class(cls) = vm.heap.get_mut(c) {
        cls.module = module.into();
    }
    c
}

/// Builds the `asyncio` module: the native core, then the prelude.
pub fn build_module(vm: &mut Vm) -> PyResult<ObjRef> {
    let object = vm.types.object;
    let future = class_in(vm, "Future", "_asyncio", &[object], BuiltinKind::Future);
    let task = class_in(vm, "Task", "_asyncio", &[future], BuiltinKind::Future);
    let handle = class_in(
        vm,
        "Handle",
        "asyncio.events",
        &[object],
        BuiltinKind::Other,
    );
    let timer_handle = class_in(
        vm,
        "TimerHandle",
        "asyncio.events",
        &[handle],
        BuiltinKind::Other,
    );
    // The loop's ancestry as CPython's, for `isinstance(loop,
    // asyncio.AbstractEventLoop)` and annotations that name these.
    let abstract_loop = class_in(
        vm,
        "AbstractEventLoop",
        "asyncio.events",
        &[object],
        BuiltinKind::Other,
    );
    let base_loop = class_in(
        vm,
        "BaseEventLoop",
        "asyncio.base_events",
        &[abstract_loop],
        BuiltinKind::Other,
    );
    let event_loop = class_in(
        vm,
        "_UnixSelectorEventLoop",
        "asyncio.unix_events",
        &[base_loop],
        BuiltinKind::Other,
    );
    vm.aio.classes = Some(AioClasses {
        future,
        task,
        handle,
        timer_handle,
        event_loop,
    });

    for (name, f) in [
        (
            "__init__",
            futures::future_init as crate::engine::vm::object::NativeImpl,
        ),
        ("result", futures::future_result),
        ("exception", futures::future_exception),
        ("set_result", futures::future_set_result),
        ("set_exception", futures::future_set_exception),
        ("cancel", futures::future_cancel),
        ("cancelled", futures::future_cancelled),
        ("done", futures::future_done),
        ("add_done_callback", futures::future_add_done_callback),
        ("remove_done_callback", futures::future_remove_done_callback),
        ("get_loop", futures::future_get_loop),
        ("__await__", futures::future_await),
        ("__iter__", futures::future_await),
        ("__repr__", futures::future_repr),
    ] {
        def_method(vm, future, "Future", name, f);
    }
    for (name, f) in [
        (
            "get_name",
            tasks::task_get_name as crate::engine::vm::object::NativeImpl,
        ),
        ("set_name", tasks::task_set_name),
        ("__init__", tasks::task_init),
        ("get_coro", tasks::task_get_coro),
        ("cancelling", tasks::task_cancelling),
        ("uncancel", tasks::task_uncancel),
        ("cancel", tasks::task_cancel_native),
    ] {
        def_method(vm, task, "Task", name, f);
    }
    def_method(vm, handle, "Handle", "cancel", handle_cancel);
    def_method(vm, handle, "Handle", "cancelled", handle_cancelled);
    def_method(vm, handle, "Handle", "__repr__", handle_repr);
    def_method(vm, timer_handle, "TimerHandle", "when", handle_when);
    for (name, f) in [
        (
            "call_soon",
            loop_call_soon as crate::engine::vm::object::NativeImpl,
        ),
        // One thread: the thread-safe variant is call_soon (CPython's also
        // wakes the selector, which a virtual loop never blocks in).
        ("call_soon_threadsafe", loop_call_soon),
        ("call_later", loop_call_later),
        ("call_at", loop_call_at),
        ("time", loop_time),
        ("create_future", loop_create_future),
        ("create_task", loop_create_task),
        ("stop", loop_stop),
        ("close", loop_close),
        ("is_running", loop_is_running),
        ("is_closed", loop_is_closed),
        ("get_debug", loop_get_debug),
        ("set_debug", loop_set_debug),
        ("__repr__", loop_repr),
        ("call_exception_handler", loop_call_exception_handler),
        ("default_exception_handler", loop_default_exception_handler),
        ("set_exception_handler", loop_set_exception_handler),
        ("get_exception_handler", loop_get_exception_handler),
    ] {
        def_method(vm, event_loop, "loop", name, f);
    }
    // BaseEventLoop.__init__'s default, read by programs that tune it.
    set_attr(vm, event_loop, "slow_callback_duration", Value::Float(0.1));

    let m = vm
        .heap
        .alloc(Obj::Module(Box::new(crate::engine::vm::object::Module {
            name: "asyncio".into(),
            dict: Default::default(),
            live: None,
        })));
    set_attr(vm, m, "__name__", Value::str("asyncio"));
    for (name, cls) in [
        ("Future", future),
        ("Task", task),
        ("Handle", handle),
        ("TimerHandle", timer_handle),
        ("AbstractEventLoop", abstract_loop),
        ("BaseEventLoop", base_loop),
        ("SelectorEventLoop", event_loop),
    ] {
        vm.heap.incref_obj(cls);
        set_attr(vm, m, name, Value::Obj(cls));
    }
    for name in [
        "CancelledError",
        "InvalidStateError",
        "QueueEmpty",
        "QueueFull",
    ] {
        let c = vm.exc_class(name);
        vm.heap.incref_obj(c);
        set_attr(vm, m, name, Value::Obj(c));
    }
    let te = vm.exc_class("TimeoutError");
    vm.heap.incref_obj(te);
    set_attr(vm, m, "TimeoutError", Value::Obj(te));
    for (name, f) in [
        (
            "get_running_loop",
            get_running_loop as crate::engine::vm::object::NativeImpl,
        ),
        ("_get_running_loop", get_running_loop_or_none),
        ("new_event_loop", new_event_loop),
        ("set_event_loop", set_event_loop),
        ("_get_event_loop", get_event_loop),
        ("current_task", current_task),
        ("_all_tasks_list", all_tasks_list),
        ("_create_task", module_create_task),
        ("_is_future", is_future),
        ("_set_result_unless_cancelled", set_result_unless_cancelled),
        ("_loop_running", loop_running),
        ("_make_cancelled_error", make_cancelled_error),
        ("_cancel_message", cancel_message),
        ("_quiet_destroy", quiet_destroy),
        ("_live_asyncgens", live_asyncgens),
        ("_loop_begin", loop_begin),
        ("_loaded_module", loaded_module),
        ("_run_once", loop_run_once),
        ("_pop_ready", loop_pop_ready),
        ("_run_handle", loop_run_handle),
        ("_callback_error", loop_callback_error),
        ("_loop_stopping", loop_stopping),
        ("_loop_end", loop_end),
        ("_ruc_begin", ruc_begin),
        ("_ruc_end", ruc_end),
        ("_ruc_result", ruc_result),
        ("_timer_lt", handle_order::timer_lt),
        ("_timer_le", handle_order::timer_le),
        ("_timer_gt", handle_order::timer_gt),
        ("_timer_ge", handle_order::timer_ge),
        ("_timer_eq", handle_order::timer_eq_method),
        ("_timer_ne", handle_order::timer_ne),
        ("_timer_hash", handle_order::timer_hash),
        ("_loop_close_native", loop_close),
    ] {
        def_fn(vm, m, "asyncio", name, f);
    }
    // The prelude runs in the module's namespace.
    let code = crate::engine::compile::compile_library(PRELUDE, "<asyncio>", &mut vm.interner)
        .map_err(|e| vm.new_exc("SystemError", format!("asyncio prelude: {e}")))?;
    vm.run_module_code(code, m)?;
    fastpath::install(vm, m);
    // The loop's run methods are the prelude's: their loop runs callbacks
    // and task steps on the caller's run loop (see `_run_forever`).
    for (name, from) in [
        ("run_until_complete", "_run_until_complete"),
        ("run_forever", "_run_forever"),
        ("run_in_executor", "_run_in_executor"),
        ("add_signal_handler", "_add_signal_handler"),
        ("remove_signal_handler", "_remove_signal_handler"),
        ("close", "_loop_close"),
        ("shutdown_asyncgens", "_loop_shutdown_asyncgens"),
        (
            "shutdown_default_executor",
            "_loop_shutdown_default_executor",
        ),
    ] {
        let sym = vm.intern(from);
        if let Some(f) = vm.ns_get(m, sym) {
            let f = vm.dup(&f);
            set_attr(vm, event_loop, name, f);
        }
    }
    submodules::install(vm, m);
    for (name, from) in [
        ("__lt__", "_timer_handle_lt"),
        ("__le__", "_timer_handle_le"),
        ("__gt__", "_timer_handle_gt"),
        ("__ge__", "_timer_handle_ge"),
        ("__eq__", "_timer_handle_eq"),
        ("__ne__", "_timer_handle_ne"),
        ("__hash__", "_timer_handle_hash"),
    ] {
        let sym = vm.intern(from);
        if let Some(f) = vm.ns_get(m, sym) {
            let f = vm.dup(&f);
            set_attr(vm, timer_handle, name, f);
        }
    }
    Ok(m)
}

fn this(args: &[Value]) -> Value {
    args.first().cloned().unwrap_or(Value::None)
}

fn handle_ref(vm: &mut Vm, args: &[Value]) -> PyResult<ObjRef> {
    match args.first() {
        Some(Value::Obj(h)) if vm.handle_data(*h).is_some() => Ok(*h),
        _ => Err(vm.type_error("descriptor requires a Handle".into())),
    }
}

fn handle_cancel(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let h = handle_ref(vm, args)?;
    vm.handle_cancel(h);
    Ok(Value::None)
}

fn handle_cancelled(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let h = handle_ref(vm, args)?;
    Ok(Value::Bool(vm.handle_data(h).is_some_and(|d| d.cancelled)))
}

fn handle_when(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let h = handle_ref(vm, args)?;
    Ok(Value::Float(
        vm.handle_data(h).and_then(|d| d.when).unwrap_or(0.0),
    ))
}

/// `Handle._repr_info` / `TimerHandle._repr_info`.
pub(super) fn handle_repr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let h = handle_ref(vm, args)?;
    let cname = vm.class_name(&args[0]);
    let (cancelled, when, cb, cb_args) = match vm.handle_data(h) {
        Some(d) => (d.cancelled, d.when, d.callback.clone(), d.args.clone()),
        None => (true, None, Value::None, Vec::new()),
    };
    let mut info = vec![cname.to_string()];
    if cancelled {
        info.push("cancelled".into());
    }
    if let Some(w) = when {
        let pos = if cancelled { 2 } else { 1 };
        info.insert(
            pos,
            format!("when={}", crate::engine::numeric::float_repr::float_repr(w)),
        );
    }
    if !cancelled && !cb.is_none() {
        info.push(vm.callback_source(&cb, &cb_args)?);
    }
    Ok(Value::Str(format!("<{}>", info.join(" ")).into()))
}

/// Makes the loop `this` the current one before a method acts on it: a
/// loop made earlier (parked by `new_event_loop`) is swapped in, as long
/// as no loop is running.
fn select_loop(vm: &mut Vm, this: &Value) -> PyResult<()> {
    let Some(o) = this.as_obj() else {
        return Ok(());
    };
    if vm.aio.running.as_ref().is_some_and(|l| l.obj == Some(o)) {
        return Ok(());
    }
    let Some(i) = vm.aio.parked.iter().position(|l| l.obj == Some(o)) else {
        return Ok(());
    };
    if vm.aio.running.as_ref().is_some_and(|l| l.running) {
        return Err(vm.new_exc_str(
            "RuntimeError",
            "coroscope runs one event loop at a time: this loop cannot be used while another one runs",
        ));
    }
    let l = vm.aio.parked.remove(i);
    if let Some(cur) = vm.aio.running.replace(l) {
        vm.aio.parked.push(cur);
    }
    Ok(())
}

/// The state of the loop `this`, current or parked, for methods that only
/// read it.
fn loop_of<'a>(vm: &'a Vm, this: &Value) -> Option<&'a EventLoop> {
    let o = this.as_obj();
    match vm.aio.running.as_ref() {
        Some(l) if o.is_none() || l.obj == o => Some(l),
        cur => vm.aio.parked.iter().find(|l| l.obj == o).or(cur),
    }
}

/// A `context=` keyword of `call_soon`/`call_later`/`call_at`/
/// `add_done_callback` (a new reference), None when absent or None.
pub(crate) fn context_kwarg(vm: &mut Vm, kw: Kw) -> Option<Value> {
    match kwarg(vm, kw, "context").cloned() {
        Some(Value::None) | None => None,
        Some(c) => Some(vm.dup(&c)),
    }
}

/// Refuses keywords other than `allowed`, with the message CPython's
/// Python signature gives (`BaseEventLoop.call_later() got an unexpected
/// keyword argument 'x'`): a keyword meant for the callback is an error,
/// not passed on.
pub(crate) fn reject_keywords(vm: &mut Vm, kw: Kw, allowed: &[&str], fname: &str) -> PyResult<()> {
    for (k, _) in kw {
        let name = vm.interner.name(*k).to_string();
        if !allowed.contains(&name.as_str()) {
            return Err(vm.type_error(format!(
                "{fname}() got an unexpected keyword argument '{name}'"
            )));
        }
    }
    Ok(())
}

fn loop_call_soon(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    select_loop(vm, args.first().unwrap_or(&Value::None))?;
    reject_keywords(vm, kw, &["context"], "BaseEventLoop.call_soon")?;
    let Some(cb) = args.get(1) else {
        return Err(
            vm.type_error("call_soon() missing 1 required positional argument: 'callback'".into())
        );
    };
    let cb = vm.dup(cb);
    let rest: Vec<Value> = args[2..].iter().map(|a| vm.dup(a)).collect();
    let context = context_kwarg(vm, kw);
    vm.call_soon_in(cb, rest, context)
}

fn loop_call_later(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    select_loop(vm, args.first().unwrap_or(&Value::None))?;
    reject_keywords(vm, kw, &["context"], "BaseEventLoop.call_later")?;
    if args.len() < 3 {
        return Err(
            vm.type_error("call_later() missing required arguments: 'delay' and 'callback'".into())
        );
    }
    if args[1].is_none() {
        return Err(vm.type_error("delay must not be None".into()));
    }
    // CPython computes `self.time() + delay`, so a delay that is not a
    // number fails in that addition.
    let delay = match float_arg(vm, &args[1]) {
        Ok(d) => d,
        Err(e) => {
            vm.drop_val(e);
            let cname = vm.class_name(&args[1]);
            return Err(vm.type_error(format!(
                "unsupported operand type(s) for +: 'float' and '{cname}'"
            )));
        }
    };
    let cb = vm.dup(&args[2]);
    let rest: Vec<Value> = args[3..].iter().map(|a| vm.dup(a)).collect();
    let when = vm.clock + delay;
    let context = context_kwarg(vm, kw);
    vm.call_at_in(when, cb, rest, context)
}

fn loop_call_at(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    select_loop(vm, args.first().unwrap_or(&Value::None))?;
    reject_keywords(vm, kw, &["context"], "BaseEventLoop.call_at")?;
    if args.len() < 3 {
        return Err(
            vm.type_error("call_at() missing required arguments: 'when' and 'callback'".into())
        );
    }
    if args[1].is_none() {
        return Err(vm.type_error("when cannot be None".into()));
    }
    let when = float_arg(vm, &args[1])?;
    let cb = vm.dup(&args[2]);
    let rest: Vec<Value> = args[3..].iter().map(|a| vm.dup(a)).collect();
    let context = context_kwarg(vm, kw);
    vm.call_at_in(when, cb, rest, context)
}

fn loop_time(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Float(vm.clock))
}

fn loop_create_future(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    select_loop(vm, args.first().unwrap_or(&Value::None))?;
    let cls = vm.aio.classes.expect("asyncio imported").future;
    Ok(vm.new_future(cls))
}

fn loop_create_task(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    select_loop(vm, args.first().unwrap_or(&Value::None))?;
    reject_keywords(vm, kw, &["name", "context"], "BaseEventLoop.create_task")?;
    let Some(coro) = args.get(1) else {
        return Err(
            vm.type_error("create_task() missing 1 required positional argument: 'coro'".into())
        );
    };
    let coro = vm.dup(coro);
    let name = match kwarg(vm, kw, "name").cloned() {
        Some(Value::None) | None => None,
        Some(n) => Some(vm.str_of(&n)?),
    };
    let context = context_kwarg(vm, kw);
    vm.create_task_in(coro, name, context)
}

fn module_create_task(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let Some(coro) = args.first() else {
        return Err(
            vm.type_error("create_task() missing 1 required positional argument: 'coro'".into())
        );
    };
    let coro = vm.dup(coro);
    vm.create_task(coro, None)
}

/// `_run_until_complete_cb`: stops the loop once the future is done.
fn run_until_complete_cb(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    // A SystemExit or KeyboardInterrupt already ended run_forever (CPython's
    // issue #22429): stopping now would stop the next run instead. Reading
    // the exception counts as retrieving it, as `fut.exception()` does.
    if let Some(fut) = args.first()
        && let Some(exc) = vm
            .fut_data(fut)
            .filter(|f| f.state != FutState::Cancelled)
            .map(|f| f.exception.clone())
        && (vm.exc_is(&exc, "SystemExit") || vm.exc_is(&exc, "KeyboardInterrupt"))
    {
        if let Some(f) = vm.fut_data_mut(fut) {
            f.log_traceback = false;
        }
        return Ok(Value::None);
    }
    if let Some(l) = vm.aio.running.as_mut() {
        l.stopping = true;
    }
    Ok(Value::None)
}

/// The module `name` if the program imported it, else None.
fn loaded_module(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let name = match args.first() {
        Some(Value::Str(s)) => s.clone(),
        _ => return Ok(Value::None),
    };
    match vm.modules.get(&*name) {
        Some(m) => {
            let m = *m;
            vm.heap.incref_obj(m);
            Ok(Value::Obj(m))
        }
        None => Ok(Value::None),
    }
}

/// `run_forever`'s checks, then the loop is running.
fn loop_begin(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    select_loop(vm, args.first().unwrap_or(&Value::None))?;
    if vm.aio.running.as_ref().is_none_or(|l| l.closed) {
        return Err(vm.new_exc_str("RuntimeError", "Event loop is closed"));
    }
    let l = vm.running_loop()?;
    if l.running {
        return Err(vm.new_exc_str("RuntimeError", "This event loop is already running"));
    }
    l.running = true;
    Ok(Value::None)
}

fn loop_run_once(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(vm.run_once_prepare()? as i64))
}

fn loop_pop_ready(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(vm.pop_ready().map_or(Value::None, Value::Obj))
}

/// `handle._run()` called from native code: the callback runs nested.
/// Called from bytecode, the run loop takes the non-nesting path instead
/// (`Vm::run_handle_from_bytecode`).
fn loop_run_handle(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let h = args.first().and_then(Value::as_obj);
    let Some((cb, cargs)) = h
        .and_then(|h| vm.handle_data(h))
        .map(|d| (d.callback.clone(), d.args.clone()))
    else {
        return Err(vm.type_error("_run_handle() takes a Handle".into()));
    };
    vm.heap.incref(&cb);
    for a in &cargs {
        vm.heap.incref(a);
    }
    if let Some(h) = h {
        vm.enter_handle_context(h);
    }
    let r = vm.call_value(&cb, &cargs, &[]);
    vm.leave_handle_context();
    vm.drop_val(cb);
    vm.heap.decref_all(cargs);
    r
}

fn loop_callback_error(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let h = args.first().cloned().unwrap_or(Value::None);
    let e = args.get(1).map(|e| vm.dup(e)).unwrap_or(Value::None);
    vm.callback_error(&h, e)?;
    Ok(Value::None)
}

fn loop_stopping(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(
        vm.aio.running.as_ref().is_none_or(|l| l.stopping),
    ))
}

fn loop_end(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    vm.leave_handle_context();
    if let Some(l) = vm.aio.running.as_mut() {
        l.stopping = false;
        l.running = false;
    }
    Ok(Value::None)
}

/// `run_until_complete`'s set-up: the future (a task for a coroutine)
/// with the callback that stops the loop when it is done.
fn ruc_begin(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    select_loop(vm, args.first().unwrap_or(&Value::None))?;
    let Some(arg) = args.get(1) else {
        return Err(vm.type_error(
            "run_until_complete() missing 1 required positional argument: 'future'".into(),
        ));
    };
    if vm.aio.running.as_ref().is_some_and(|l| l.running) {
        return Err(vm.new_exc_str("RuntimeError", "This event loop is already running"));
    }
    if vm.aio.running.as_ref().is_none_or(|l| l.closed) {
        return Err(vm.new_exc_str("RuntimeError", "Event loop is closed"));
    }
    let fut = if vm.is_future(arg) {
        let this = args.first().and_then(Value::as_obj);
        if vm
            .fut_data(arg)
            .and_then(|d| d.event_loop)
            .is_some_and(|l| Some(l) != this)
        {
            return Err(vm.new_exc_str(
                "ValueError",
                "The future belongs to a different loop than the one specified as the loop argument",
            ));
        }
        vm.dup(arg)
    } else {
        let coro = vm.dup(arg);
        let t = vm.create_task(coro, None)?;
        if let Some(f) = vm.fut_data_mut(&t)
            && let Some(td) = f.task.as_deref_mut()
        {
            td.log_destroy_pending = false;
        }
        t
    };
    let cb = crate::engine::vm::builtins::native(
        vm,
        "BaseEventLoop",
        "_run_until_complete_cb",
        run_until_complete_cb,
        crate::engine::vm::object::NativeKind::Function,
    );
    vm.fut_add_done_callback(&fut, cb)?;
    Ok(fut)
}

/// Removes the stop callback, as CPython's `finally` does.
fn ruc_end(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let fut = args.first().cloned().unwrap_or(Value::None);
    let cbs = vm
        .fut_data_mut(&fut)
        .map(|f| std::mem::take(&mut f.callbacks))
        .unwrap_or_default();
    let (drop, keep): (Vec<Value>, Vec<Value>) = cbs.into_iter().partition(|c| is_ruc_cb(vm, c));
    if let Some(f) = vm.fut_data_mut(&fut) {
        f.callbacks = keep;
    }
    vm.heap.decref_all(drop);
    Ok(Value::None)
}

fn ruc_result(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let fut = args.first().cloned().unwrap_or(Value::None);
    if vm
        .fut_data(&fut)
        .is_some_and(|f| f.state == FutState::Pending)
    {
        return Err(vm.new_exc_str(
            "RuntimeError",
            "Event loop stopped before Future completed.",
        ));
    }
    vm.fut_result(&fut)
}

fn is_ruc_cb(vm: &Vm, c: &Value) -> bool {
    matches!(c, Value::Obj(r) if matches!(vm.heap.get(*r), Obj::Native(n) if n.name == "_run_until_complete_cb"))
}

fn loop_stop(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    select_loop(vm, args.first().unwrap_or(&Value::None))?;
    if let Some(l) = vm.aio.running.as_mut() {
        l.stopping = true;
    }
    Ok(Value::None)
}

/// `loop.close()`: clears `ready` and `scheduled`.
fn loop_close(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    select_loop(vm, args.first().unwrap_or(&Value::None))?;
    if vm.aio.running.as_ref().is_some_and(|l| l.running) {
        return Err(vm.new_exc_str("RuntimeError", "Cannot close a running event loop"));
    }
    let (ready, scheduled) = match vm.aio.running.as_mut() {
        Some(l) if !l.closed => {
            l.closed = true;
            (
                std::mem::take(&mut l.ready),
                std::mem::take(&mut l.scheduled),
            )
        }
        _ => return Ok(Value::None),
    };
    for h in ready {
        vm.heap.decref_obj(h);
    }
    for k in scheduled.into_vec() {
        vm.heap.decref_obj(k.handle);
    }
    Ok(Value::None)
}

fn loop_is_running(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let this = args.first().unwrap_or(&Value::None);
    Ok(Value::Bool(loop_of(vm, this).is_some_and(|l| l.running)))
}

fn loop_is_closed(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let this = args.first().unwrap_or(&Value::None);
    Ok(Value::Bool(loop_of(vm, this).is_none_or(|l| l.closed)))
}

/// BaseEventLoop.__repr__: the class's own name (a subclass shows its
/// name) with the loop's state, no module or address.
fn loop_repr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let this = args.first().unwrap_or(&Value::None);
    let name = vm.class_name(this);
    let running = loop_of(vm, this).is_some_and(|l| l.running);
    let closed = loop_of(vm, this).is_none_or(|l| l.closed);
    let b = |v: bool| if v { "True" } else { "False" };
    Ok(Value::str(&format!(
        "<{name} running={} closed={} debug=False>",
        b(running),
        b(closed)
    )))
}

fn loop_get_debug(_vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn loop_set_debug(_vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::None)
}

/// `loop.set_exception_handler(handler)`: kept in the loop object's dict,
/// so it lives and dies with the loop.
fn loop_set_exception_handler(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let handler = args.get(1).cloned().unwrap_or(Value::None);
    if !handler.is_none() && !vm.is_callable(&handler) {
        let r = vm.repr(&handler)?;
        return Err(vm.type_error(format!("A callable object or None is expected, got {r}")));
    }
    let sym = vm.intern("_exception_handler");
    let h = vm.dup(&handler);
    let old = match &args[0] {
        Value::Obj(r) => match vm.heap.get_mut(*r) {
            Obj::Instance(i) => i.dict.insert(sym, h),
            _ => Some(h),
        },
        _ => Some(h),
    };
    if let Some(old) = old {
        vm.drop_val(old);
    }
    Ok(Value::None)
}

fn loop_get_exception_handler(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let h = loop_handler(vm, &args[0]);
    Ok(vm.dup(&h))
}

/// The handler in a loop object's dict, borrowed; None when unset.
fn loop_handler(vm: &mut Vm, lp: &Value) -> Value {
    let sym = vm.intern("_exception_handler");
    match lp {
        Value::Obj(r) => match vm.heap.get(*r) {
            Obj::Instance(i) => i.dict.get(sym).cloned().unwrap_or(Value::None),
            _ => Value::None,
        },
        _ => Value::None,
    }
}

impl Vm {
    /// A custom handler raised: CPython logs it with the context.
    fn report_handler_error(&mut self, ctx: &Value, e: Value) {
        let c = self.repr(ctx).unwrap_or_else(|_| "?".into());
        self.asyncio_log_error(
            &format!("Unhandled error in exception handler\ncontext: {c}"),
            Some(&e),
        );
        self.drop_val(e);
    }

    pub fn custom_exception_handler_set(&mut self) -> bool {
        match self.custom_exception_handler() {
            Some((h, lp)) => {
                self.drop_val(h);
                self.drop_val(lp);
                true
            }
            None => false,
        }
    }

    /// The running loop's handler from `set_exception_handler`, if any.
    pub fn custom_exception_handler(&mut self) -> Option<(Value, Value)> {
        let o = self.aio.running.as_ref()?.obj?;
        let lp = Value::Obj(o);
        let h = loop_handler(self, &lp);
        if h.is_none() {
            return None;
        }
        self.heap.incref(&h);
        self.heap.incref_obj(o);
        Some((h, lp))
    }

    /// Hands `context` to the loop's custom handler; false when there is
    /// none (the caller reports as the default handler does). An error in
    /// the handler is reported as CPython reports it.
    pub fn call_custom_exception_handler(&mut self, pairs: Vec<(&str, Value)>) -> bool {
        let Some((h, lp)) = self.custom_exception_handler() else {
            self.heap.decref_all(pairs.into_iter().map(|(_, v)| v));
            return false;
        };
        let ctx = self.new_dict();
        for (k, v) in pairs {
            if let Err(e) = self.dict_set(&ctx, Value::str(k), v) {
                self.drop_val(e);
            }
        }
        let r = self.call_value(&h, &[lp.clone(), ctx.clone()], &[]);
        match r {
            Ok(v) => self.drop_val(v),
            Err(e) => self.report_handler_error(&ctx, e),
        }
        self.drop_val(ctx);
        self.drop_val(h);
        self.drop_val(lp);
        true
    }
}

/// `loop.call_exception_handler(context)`: the custom handler if one is
/// set, else the default.
fn loop_call_exception_handler(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if let Some((h, lp)) = vm.custom_exception_handler() {
        let ctx = this(&args[1..]);
        let r = vm.call_value(&h, &[lp.clone(), ctx.clone()], &[]);
        vm.drop_val(h);
        vm.drop_val(lp);
        match r {
            Ok(v) => vm.drop_val(v),
            Err(e) => vm.report_handler_error(&ctx, e),
        }
        return Ok(Value::None);
    }
    loop_default_exception_handler(vm, args, kw)
}

/// The default exception handler: prints the message and context to
/// stderr, as Python's last-resort logging handler does.
fn loop_default_exception_handler(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let ctx = this(&args[1..]);
    let msg_v = vm
        .dict_get(&ctx, &Value::str("message"))?
        .unwrap_or(Value::str("Unhandled exception in event loop"));
    let msg = vm.str_of(&msg_v)?;
    vm.drop_val(msg_v);
    let mut out = msg.to_string();
    let mut keys: Vec<String> = vm
        .dict_keys(&ctx)
        .iter()
        .filter_map(|k| match k {
            Value::Str(s) if &**s != "message" && &**s != "exception" => Some(s.to_string()),
            _ => None,
        })
        .collect();
    keys.sort_unstable();
    for k in keys {
        if let Some(v) = vm.dict_get(&ctx, &Value::Str(k.clone().into()))? {
            let r = vm.repr(&v)?;
            vm.drop_val(v);
            out.push_str(&format!("\n{k}: {r}"));
        }
    }
    let exc = vm.dict_get(&ctx, &Value::str("exception"))?;
    vm.asyncio_log_error(&out, exc.as_ref());
    if let Some(e) = exc {
        vm.drop_val(e);
    }
    Ok(Value::None)
}

fn get_running_loop(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    match vm.aio.running.as_ref() {
        Some(l) if l.running => {
            let o = l.obj.expect("a loop has its object");
            Ok(vm.dup(&Value::Obj(o)))
        }
        _ => Err(vm.new_exc_str("RuntimeError", "no running event loop")),
    }
}

fn get_running_loop_or_none(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    match vm.aio.running.as_ref() {
        Some(l) if l.running => {
            let o = l.obj.expect("a loop has its object");
            Ok(vm.dup(&Value::Obj(o)))
        }
        _ => Ok(Value::None),
    }
}

fn loop_running(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(
        vm.aio.running.as_ref().is_some_and(|l| l.running),
    ))
}

/// `asyncio.new_event_loop()`: coroscope runs one loop at a time, so this
/// replaces a closed one.
fn new_event_loop(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    if vm.aio.running.as_ref().is_some_and(|l| l.running) {
        return Err(vm.new_exc_str("RuntimeError", "coroscope runs one event loop at a time"));
    }
    if let Some(old) = vm.aio.running.take() {
        vm.aio.parked.push(old);
    }
    let cls = vm.aio.classes.expect("asyncio imported").event_loop;
    vm.heap.incref_obj(cls);
    let obj = vm.alloc(Obj::Instance(Box::new(
        crate::engine::vm::object::Instance {
            class: cls,
            dict: Default::default(),
            payload: crate::engine::vm::object::Payload::None,
            has_del: false,
            live: None,
        },
    )));
    let o = obj.as_obj().expect("an instance");
    vm.heap.incref_obj(o);
    vm.aio.running = Some(EventLoop {
        obj: Some(o),
        ..EventLoop::default()
    });
    Ok(obj)
}

/// `set_event_loop(loop)`: the policy's current loop, None included.
fn set_event_loop(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let new = match args.first() {
        Some(Value::None) => None,
        Some(v @ Value::Obj(r))
            if vm.isinstance(v, vm.aio.classes.expect("asyncio imported").event_loop) =>
        {
            Some(*r)
        }
        Some(v) => {
            let cname = vm.class_name(v);
            return Err(vm.type_error(format!(
                "loop must be an instance of AbstractEventLoop or None, not '{cname}'"
            )));
        }
        None => {
            return Err(vm.type_error(
                "set_event_loop() missing 1 required positional argument: 'loop'".into(),
            ));
        }
    };
    if let Some(n) = new {
        vm.heap.incref_obj(n);
    }
    vm.aio.set_called = true;
    if let Some(old) = std::mem::replace(&mut vm.aio.policy_loop, new) {
        vm.heap.decref_obj(old);
    }
    Ok(Value::None)
}

/// `get_event_loop()`: the running loop, else the policy's (made on the
/// first call if `set_event_loop` was never called, as CPython's policy
/// does in the main thread).
pub(super) fn get_event_loop(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if let Some(l) = vm.aio.running.as_ref()
        && l.running
    {
        let o = l.obj.expect("a loop has its object");
        return Ok(vm.dup(&Value::Obj(o)));
    }
    if vm.aio.policy_loop.is_none() && !vm.aio.set_called {
        let lp = new_event_loop(vm, args, kw)?;
        set_event_loop(vm, std::slice::from_ref(&lp), kw)?;
        return Ok(lp);
    }
    match vm.aio.policy_loop {
        Some(o) => Ok(vm.dup(&Value::Obj(o))),
        None => Err(vm.new_exc_str(
            "RuntimeError",
            "There is no current event loop in thread 'MainThread'.",
        )),
    }
}

/// `current_task(loop=None)`: without a loop it asks for the running one
/// first, so outside a loop it raises as `get_running_loop()` does; a loop
/// given that is not the running one has no current task.
fn current_task(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let given = args.first().or_else(|| kwarg(vm, kw, "loop")).cloned();
    let running = vm.aio.running.as_ref().filter(|l| l.running);
    let task = match given {
        None | Some(Value::None) => {
            if running.is_none() {
                return Err(vm.new_exc_str("RuntimeError", "no running event loop"));
            }
            running.and_then(|l| l.current_task)
        }
        Some(Value::Obj(o)) => running
            .filter(|l| l.obj == Some(o))
            .and_then(|l| l.current_task),
        Some(_) => None,
    };
    match task {
        Some(t) => Ok(vm.dup(&Value::Obj(t))),
        None => Ok(Value::None),
    }
}

fn all_tasks_list(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    let ts = vm.aio.all_tasks.clone();
    let mut items = Vec::new();
    for t in ts {
        let v = Value::Obj(t);
        if vm
            .fut_data(&v)
            .is_some_and(|f| f.state == FutState::Pending)
        {
            items.push(vm.dup(&v));
        }
    }
    Ok(vm.new_list(items))
}

fn is_future(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(args.first().is_some_and(|a| vm.is_future(a))))
}

fn set_result_unless_cancelled(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let fut = this(args);
    if vm
        .fut_data(&fut)
        .is_some_and(|f| f.state == FutState::Cancelled)
    {
        return Ok(Value::None);
    }
    let v = args.get(1).cloned().unwrap_or(Value::None);
    let v = vm.dup(&v);
    vm.fut_set_result(&fut, v)?;
    Ok(Value::None)
}

fn make_cancelled_error(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let f = this(args);
    Ok(vm.fut_make_cancelled_error(&f))
}

fn cancel_message(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let f = this(args);
    let m = vm
        .fut_data(&f)
        .map(|d| d.cancel_message.clone())
        .unwrap_or(Value::None);
    Ok(vm.dup(&m))
}

/// `fut._log_destroy_pending = False`.
fn quiet_destroy(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let f = this(args);
    if let Some(t) = vm.fut_data_mut(&f).and_then(|d| d.task.as_deref_mut()) {
        t.log_destroy_pending = false;
    }
    Ok(Value::None)
}

/// The async generators still suspended, for `shutdown_asyncgens`; the
/// registry is emptied.
fn live_asyncgens(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    let gens = std::mem::take(&mut vm.aio.asyncgens);
    let mut items = Vec::new();
    for g in gens {
        let live = matches!(vm.heap.get(g), Obj::Gen(gn) if gn.state == crate::engine::vm::object::GenState::Suspended);
        if live {
            items.push(vm.dup(&Value::Obj(g)));
        }
    }
    Ok(vm.new_list(items))
}
