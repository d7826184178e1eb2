//! Native shortcuts for the prelude's busiest paths: `Queue.put` and `get`
//! when they do not wait and `task_done`, a free `Lock` acquired and a held
//! one released, a task for a coroutine in `ensure_future`, and `gather`'s
//! loop over its coroutines, its children's done-callback checks and its
//! results list. In Python each is a handful of method calls and attribute
//! lookups per item or child (CPython runs the same methods, but its calls
//! are cheaper), and they were most of the cost of a queue or lock that is
//! busy without waiting.
//!
//! A shortcut does what its Python code does, in the same order, and only
//! when nothing a program could have changed lies in between: the object is
//! an instance of the prelude's own class holding just the attributes its
//! `__init__` set, the prelude's classes still hold their own functions,
//! and every waiter it looks at is a plain Future. Otherwise it declines
//! before doing anything and the Python code runs, so a subclass, a
//! patched method or a strange waiter behaves exactly as in CPython. What
//! moves out of the prelude is its own bookkeeping, which no program sees
//! (only the step count of a trace, which counts the prelude's bytecode).

use std::rc::Rc;

use super::state::FutState;
use crate::engine::intern::Sym;
use crate::engine::vm::Vm;
use crate::engine::vm::builtins::def_fn;
use crate::engine::vm::object::{GenKind, Instance, Obj, Payload, PyResult};
use crate::engine::vm::value::{ObjRef, Value};

type Kw<'a> = &'a [(Sym, Value)];

/// The attributes each `__init__` sets, in its order: an instance whose
/// dict holds just these, in this order, has nothing of its own that could
/// stand in for a method, and its attributes are read by position.
const QUEUE_ATTRS: [&str; 6] = [
    "_maxsize",
    "_getters",
    "_putters",
    "_unfinished_tasks",
    "_finished",
    "_queue",
];
const MAXSIZE: usize = 0;
const GETTERS: usize = 1;
const PUTTERS: usize = 2;
const UNFINISHED: usize = 3;
const FINISHED: usize = 4;
const ITEMS: usize = 5;
const EVENT_ATTRS: [&str; 2] = ["_waiters", "_value"];
const EVENT_VALUE: usize = 1;
const LOCK_ATTRS: [&str; 2] = ["_waiters", "_locked"];
const GATHERING_ATTRS: [&str; 2] = ["_children", "_cancel_requested"];
const LOCK_WAITERS: usize = 0;
const LOCKED: usize = 1;

#[derive(Debug)]
pub struct FastPaths {
    queue: ObjRef,
    event: ObjRef,
    lock: ObjRef,
    gathering: ObjRef,
    gathering_attrs: [Sym; 2],
    /// The classes whose methods the shortcuts stand for, each with its
    /// dict as the prelude left it (counted references, so a replaced
    /// function's slot is never reused for another object).
    snapshot: Vec<(ObjRef, Vec<(Sym, Value)>)>,
    /// The class-dict generation last compared with the snapshot, and
    /// whether they matched then.
    checked: Option<(u32, bool)>,
    queue_attrs: [Sym; 6],
    event_attrs: [Sym; 2],
    lock_attrs: [Sym; 2],
    /// `_loop`, which `_LoopBoundMixin._get_loop` adds after `__init__`'s
    /// attributes the first time the object waits (read by no shortcut).
    loop_attr: Sym,
}

impl Clone for FastPaths {
    /// A cloned VM starts a new attribute cache whose generations count
    /// from zero again: what was checked against the old one says nothing.
    fn clone(&self) -> FastPaths {
        FastPaths {
            snapshot: self.snapshot.clone(),
            checked: None,
            ..*self
        }
    }
}

/// Registers the shortcuts and records the prelude's classes; runs after
/// the prelude.
pub fn install(vm: &mut Vm, m: ObjRef) {
    for (name, f) in [
        (
            "_queue_put",
            queue_put as crate::engine::vm::object::NativeImpl,
        ),
        ("_queue_get", queue_get),
        ("_lock_acquire", lock_acquire),
        ("_lock_release", lock_release),
        ("_task_for", task_for),
        ("_queue_task_done", queue_task_done),
        ("_gather_tasks", gather_tasks),
        ("_gather_child_ok", gather_child_ok),
        ("_gather_results", gather_results),
    ] {
        def_fn(vm, m, "asyncio", name, f);
    }
    let class = |vm: &mut Vm, name: &str| {
        let s = vm.intern(name);
        vm.ns_get(m, s).and_then(|v| v.as_obj())
    };
    let (Some(queue), Some(event), Some(lock), Some(mixin), Some(gathering)) = (
        class(vm, "Queue"),
        class(vm, "Event"),
        class(vm, "Lock"),
        class(vm, "_ContextManagerMixin"),
        class(vm, "_GatheringFuture"),
    ) else {
        return;
    };
    let mut snapshot = Vec::new();
    for cls in [queue, event, lock, mixin, gathering] {
        vm.heap.incref_obj(cls);
        let entries: Vec<(Sym, Value)> = match vm.heap.get(cls) {
            Obj::Class(c) => c.dict.iter().map(|(k, v)| (k, v.clone())).collect(),
            _ => Vec::new(),
        };
        for (_, v) in &entries {
            vm.heap.incref(v);
        }
        snapshot.push((cls, entries));
    }
    let queue_attrs = QUEUE_ATTRS.map(|a| vm.intern(a));
    let event_attrs = EVENT_ATTRS.map(|a| vm.intern(a));
    let lock_attrs = LOCK_ATTRS.map(|a| vm.intern(a));
    let gathering_attrs = GATHERING_ATTRS.map(|a| vm.intern(a));
    let loop_attr = vm.intern("_loop");
    vm.aio.fast = Some(Box::new(FastPaths {
        queue,
        event,
        lock,
        gathering,
        gathering_attrs,
        snapshot,
        checked: None,
        queue_attrs,
        event_attrs,
        lock_attrs,
        loop_attr,
    }));
}

/// The same object (what the class dicts hold are functions, strings and
/// small constants).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Obj(x), Value::Obj(y)) => x == y,
        (Value::Str(x), Value::Str(y)) => Rc::ptr_eq(x, y),
        (Value::None, Value::None) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x.to_bits() == y.to_bits(),
        _ => false,
    }
}

/// A queue the shortcuts may work on.
struct QueueParts {
    obj: ObjRef,
    items: ObjRef,
    getters: ObjRef,
    putters: ObjRef,
    maxsize: i64,
    unfinished: i64,
    finished: ObjRef,
}

/// A lock the shortcuts may work on.
struct LockParts {
    obj: ObjRef,
    waiters: Option<ObjRef>,
    locked: bool,
}

impl Vm {
    /// The prelude's classes still hold what the prelude put in them.
    fn fast_classes_ok(&mut self) -> bool {
        let generation = self.mro_cache.borrow().generation();
        let Some(fp) = self.aio.fast.as_deref_mut() else {
            return false;
        };
        if let Some((g, ok)) = fp.checked
            && g == generation
        {
            return ok;
        }
        let heap = &self.heap;
        let ok = fp
            .snapshot
            .iter()
            .all(|(cls, entries)| match heap.get(*cls) {
                Obj::Class(c) => {
                    c.dict.len() == entries.len()
                        && entries
                            .iter()
                            .all(|(k, v)| c.dict.get(*k).is_some_and(|w| same(v, w)))
                }
                _ => false,
            });
        fp.checked = Some((generation, ok));
        ok
    }

    /// A deque and nothing else (not a subclass, no `maxlen`).
    fn plain_deque(&self, v: &Value) -> Option<ObjRef> {
        match v {
            Value::Obj(r) => match self.heap.get(*r) {
                Obj::Deque(d) if d.maxlen.is_none() => Some(*r),
                _ => None,
            },
            _ => None,
        }
    }

    /// The state of a Future that is nothing but one (not a Task or a
    /// subclass, no attribute of its own), whose `done`, `cancelled` and
    /// `set_result` are the native ones.
    fn plain_future(&self, v: &Value) -> Option<FutState> {
        let Value::Obj(r) = v else { return None };
        let Obj::Instance(i) = self.heap.get(*r) else {
            return None;
        };
        if i.class != self.aio.classes?.future || !i.dict.is_empty() {
            return None;
        }
        match &i.payload {
            Payload::Future(f) if f.task.is_none() => Some(f.state),
            _ => None,
        }
    }

    /// `obj` when it is an instance of exactly `class` whose dict holds
    /// exactly `attrs`, in that order (what the prelude's `__init__` set).
    /// A primitive bound to its loop also holds `_loop`, last.
    fn exact_instance(&self, obj: ObjRef, class: ObjRef, attrs: &[Sym]) -> Option<&Instance> {
        let loop_attr = self.aio.fast.as_deref().map(|f| f.loop_attr);
        match self.heap.get(obj) {
            Obj::Instance(i) if i.class == class => {
                let keys = i.dict.keys();
                let bound = keys.len() == attrs.len() + 1
                    && keys[..attrs.len()] == *attrs
                    && Some(keys[attrs.len()]) == loop_attr;
                (keys == attrs || bound).then_some(i)
            }
            _ => None,
        }
    }

    fn queue_parts(&self, v: &Value) -> Option<QueueParts> {
        let fp = self.aio.fast.as_deref()?;
        let obj = v.as_obj()?;
        let v = self
            .exact_instance(obj, fp.queue, &fp.queue_attrs)?
            .dict
            .values();
        let int = |x: &Value| match x {
            Value::Int(x) => Some(*x),
            _ => None,
        };
        let parts = QueueParts {
            obj,
            items: self.plain_deque(&v[ITEMS])?,
            getters: self.plain_deque(&v[GETTERS])?,
            putters: self.plain_deque(&v[PUTTERS])?,
            maxsize: int(&v[MAXSIZE])?,
            unfinished: int(&v[UNFINISHED])?,
            finished: v[FINISHED].as_obj()?,
        };
        // Waking a getter after a put must not disturb the item just put.
        (parts.items != parts.getters && parts.items != parts.putters).then_some(parts)
    }

    /// `_finished` is the prelude's own Event, so `clear()` is a store.
    fn plain_event(&self, e: ObjRef) -> bool {
        let Some(fp) = self.aio.fast.as_deref() else {
            return false;
        };
        self.exact_instance(e, fp.event, &fp.event_attrs).is_some()
    }

    /// A Future or a Task that is nothing but one: its `done`,
    /// `cancelled` and `exception` are the native ones. Its state.
    fn plain_future_or_task(&self, v: &Value) -> Option<FutState> {
        let Value::Obj(r) = v else { return None };
        let Obj::Instance(i) = self.heap.get(*r) else {
            return None;
        };
        let classes = self.aio.classes?;
        if (i.class != classes.future && i.class != classes.task) || !i.dict.is_empty() {
            return None;
        }
        match &i.payload {
            Payload::Future(f) => Some(f.state),
            _ => None,
        }
    }

    fn lock_parts(&self, v: &Value) -> Option<LockParts> {
        let fp = self.aio.fast.as_deref()?;
        let obj = v.as_obj()?;
        let v = self
            .exact_instance(obj, fp.lock, &fp.lock_attrs)?
            .dict
            .values();
        let locked = match v[LOCKED] {
            Value::Bool(b) => b,
            _ => return None,
        };
        let waiters = match &v[LOCK_WAITERS] {
            Value::None => None,
            w => Some(self.plain_deque(w)?),
        };
        Some(LockParts {
            obj,
            waiters,
            locked,
        })
    }

    /// Stores an attribute the instance's dict holds at position `at`, as
    /// `StoreAttr` does.
    fn set_inst_attr(&mut self, obj: ObjRef, at: usize, v: Value) {
        let old = match self.heap.get_mut(obj) {
            Obj::Instance(i) => i.dict.replace_at(at, v),
            _ => v,
        };
        self.drop_val(old);
    }

    /// How many waiters `Queue._wakeup_next` pops from deque `d`: the done
    /// ones in front and the first pending one. None when one of them is
    /// not a plain Future.
    fn wakeup_plan(&self, d: ObjRef) -> Option<usize> {
        let mut n = 0;
        for w in &self.deque(d).items {
            n += 1;
            if self.plain_future(w)? == FutState::Pending {
                break;
            }
        }
        Some(n)
    }

    /// `_wakeup_next` as planned: pops `n` waiters, setting the result of
    /// the pending one.
    fn wakeup_run(&mut self, d: ObjRef, n: usize) -> PyResult<()> {
        for _ in 0..n {
            let dq = self.deque_mut(d);
            let Some(w) = dq.items.pop_front() else { break };
            dq.state += 1;
            if self
                .fut_data(&w)
                .is_some_and(|f| f.state == FutState::Pending)
            {
                let r = self.fut_set_result(&w, Value::None);
                self.drop_val(w);
                return r;
            }
            self.drop_val(w);
        }
        Ok(())
    }
}

/// `_queue_put(queue, item)`: `put(item)` when the queue is not full
/// (`put_nowait`: `_put`, the count of unfinished tasks, `_finished.clear()`
/// and `_wakeup_next(_getters)`). False when it declines.
fn queue_put(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [q, item] = args else {
        return Ok(Value::Bool(false));
    };
    if !vm.fast_classes_ok() {
        return Ok(Value::Bool(false));
    }
    let Some(p) = vm.queue_parts(q) else {
        return Ok(Value::Bool(false));
    };
    let full = p.maxsize > 0 && vm.deque(p.items).items.len() as i64 >= p.maxsize;
    let (Some(unfinished), false, true, Some(plan)) = (
        p.unfinished.checked_add(1),
        full,
        vm.plain_event(p.finished),
        vm.wakeup_plan(p.getters),
    ) else {
        return Ok(Value::Bool(false));
    };
    let item = vm.dup(item);
    vm.deque_push(p.items, item, false);
    vm.set_inst_attr(p.obj, UNFINISHED, Value::Int(unfinished));
    vm.set_inst_attr(p.finished, EVENT_VALUE, Value::Bool(false));
    vm.wakeup_run(p.getters, plan)?;
    Ok(Value::Bool(true))
}

/// `_queue_get(queue, missing)`: `get()` when the queue has an item
/// (`get_nowait`: `_get` and `_wakeup_next(_putters)`); `missing` when it
/// declines.
fn queue_get(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [q, missing] = args else {
        return Ok(Value::None);
    };
    let parts = if vm.fast_classes_ok() {
        vm.queue_parts(q)
    } else {
        None
    };
    let plan = parts
        .as_ref()
        .filter(|p| !vm.deque(p.items).items.is_empty())
        .and_then(|p| vm.wakeup_plan(p.putters));
    let (Some(p), Some(plan)) = (parts, plan) else {
        return Ok(vm.dup(missing));
    };
    let dq = vm.deque_mut(p.items);
    let item = dq.items.pop_front().expect("not empty");
    dq.state += 1;
    if let Err(e) = vm.wakeup_run(p.putters, plan) {
        vm.drop_val(item);
        return Err(e);
    }
    Ok(item)
}

/// `_lock_acquire(lock)`: `acquire()` of a lock that is free with no
/// waiter left but cancelled ones. False when it declines (the lock is
/// taken, or not a plain Lock).
fn lock_acquire(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [l] = args else {
        return Ok(Value::Bool(false));
    };
    if !vm.fast_classes_ok() {
        return Ok(Value::Bool(false));
    }
    let Some(p) = vm.lock_parts(l) else {
        return Ok(Value::Bool(false));
    };
    if p.locked {
        return Ok(Value::Bool(false));
    }
    if let Some(d) = p.waiters
        && !vm
            .deque(d)
            .items
            .iter()
            .all(|w| vm.plain_future(w) == Some(FutState::Cancelled))
    {
        return Ok(Value::Bool(false));
    }
    vm.set_inst_attr(p.obj, LOCKED, Value::Bool(true));
    Ok(Value::Bool(true))
}

/// `_lock_release(lock)`: `release()` of a held lock (`_wake_up_first`
/// sets the first waiter's result if it is pending). False when it
/// declines (not held, or not a plain Lock).
fn lock_release(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [l] = args else {
        return Ok(Value::Bool(false));
    };
    if !vm.fast_classes_ok() {
        return Ok(Value::Bool(false));
    }
    let Some(p) = vm.lock_parts(l) else {
        return Ok(Value::Bool(false));
    };
    if !p.locked {
        return Ok(Value::Bool(false));
    }
    let first = match p.waiters {
        Some(d) => match vm.deque(d).items.front() {
            Some(w) => match vm.plain_future(w) {
                Some(state) => Some((w.clone(), state)),
                None => return Ok(Value::Bool(false)),
            },
            None => None,
        },
        None => None,
    };
    vm.set_inst_attr(p.obj, LOCKED, Value::Bool(false));
    if let Some((w, FutState::Pending)) = first {
        vm.fut_set_result(&w, Value::Bool(true))?;
    }
    Ok(Value::Bool(true))
}

/// `_task_for(x)`: `ensure_future(x)` for a coroutine while a loop runs
/// (`loop.create_task(x)`); None otherwise.
fn task_for(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [x] = args else {
        return Ok(Value::None);
    };
    let is_coro = matches!(x, Value::Obj(r) if matches!(vm.heap.get(*r), Obj::Gen(g) if g.kind == GenKind::Coroutine));
    if !is_coro || !vm.has_loop() {
        return Ok(Value::None);
    }
    let coro = vm.dup(x);
    vm.create_task(coro, None)
}

/// `_queue_task_done(queue)`: `task_done()` while tasks are unfinished
/// (with `_finished.set()` when the last one is done). False when it
/// declines, and for the error the Python code raises.
fn queue_task_done(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [q] = args else {
        return Ok(Value::Bool(false));
    };
    if !vm.fast_classes_ok() {
        return Ok(Value::Bool(false));
    }
    let Some(p) = vm.queue_parts(q).filter(|p| p.unfinished > 0) else {
        return Ok(Value::Bool(false));
    };
    let left = p.unfinished - 1;
    // `Event.set()`: the waiters it wakes, checked before anything changes.
    let mut wake = Vec::new();
    if left == 0 {
        let fp = vm.aio.fast.as_deref().expect("checked");
        let event = vm
            .exact_instance(p.finished, fp.event, &fp.event_attrs)
            .and_then(|i| {
                let v = i.dict.values();
                match (&v[0], &v[EVENT_VALUE]) {
                    (w, Value::Bool(set)) => vm.plain_deque(w).map(|w| (w, *set)),
                    _ => None,
                }
            });
        let Some((waiters, set)) = event else {
            return Ok(Value::Bool(false));
        };
        if !set {
            for w in &vm.deque(waiters).items {
                match vm.plain_future(w) {
                    Some(FutState::Pending) => wake.push(w.clone()),
                    Some(_) => {}
                    None => return Ok(Value::Bool(false)),
                }
            }
            vm.set_inst_attr(p.obj, UNFINISHED, Value::Int(left));
            vm.set_inst_attr(p.finished, EVENT_VALUE, Value::Bool(true));
            for w in wake {
                // The deque still holds each waiter; `set_result` only
                // schedules callbacks, so none of them leaves it meanwhile.
                vm.fut_set_result(&w, Value::Bool(true))?;
            }
            return Ok(Value::Bool(true));
        }
    }
    vm.set_inst_attr(p.obj, UNFINISHED, Value::Int(left));
    Ok(Value::Bool(true))
}

/// `_gather_tasks(args, callback)`: `gather`'s loop over its arguments
/// when each is a coroutine and a loop is there: a task for each distinct
/// coroutine, not reported if destroyed pending, with `callback` added.
/// Returns `(children, nfuts)`, or None when it declines.
fn gather_tasks(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [coros, callback] = args else {
        return Ok(Value::None);
    };
    let items: Vec<Value> = match coros {
        Value::Obj(r) => match vm.heap.get(*r) {
            Obj::Tuple(t) => t.to_vec(),
            _ => return Ok(Value::None),
        },
        _ => return Ok(Value::None),
    };
    let all_coros = items.iter().all(
        |x| matches!(x, Value::Obj(r) if matches!(vm.heap.get(*r), Obj::Gen(g) if g.kind == GenKind::Coroutine)),
    );
    if !all_coros || !vm.has_loop() {
        return Ok(Value::None);
    }
    // A coroutine hashes and compares by identity: `arg_to_fut`.
    let mut first: std::collections::HashMap<ObjRef, usize, crate::engine::vm::BuildFx> =
        Default::default();
    let mut children: Vec<Value> = Vec::with_capacity(items.len());
    let mut nfuts = 0;
    for x in &items {
        let r = x.as_obj().expect("a coroutine");
        if let Some(&i) = first.get(&r) {
            let fut = vm.dup(&children[i]);
            children.push(fut);
            continue;
        }
        let coro = vm.dup(x);
        let task = match vm.create_task(coro, None) {
            Ok(t) => t,
            Err(e) => {
                vm.heap.decref_all(children);
                return Err(e);
            }
        };
        if let Some(t) = vm.fut_data_mut(&task).and_then(|d| d.task.as_deref_mut()) {
            t.log_destroy_pending = false;
        }
        nfuts += 1;
        first.insert(r, children.len());
        let cb = vm.dup(callback);
        let added = vm.fut_add_done_callback(&task, cb);
        children.push(task);
        if let Err(e) = added {
            vm.heap.decref_all(children);
            return Err(e);
        }
    }
    let list = vm.new_list(children);
    Ok(vm.new_tuple(vec![list, Value::Int(nfuts)]))
}

/// `_gather_child_ok(outer, fut, return_exceptions)`: true when a child's
/// done-callback goes on to count the children, with nothing else to do:
/// `outer` (the prelude's own `_GatheringFuture`) is pending, and the
/// child ended with a result or exceptions are returned. False when it
/// declines; the Python checks then run, and they read the same things
/// (`exception()` marks the exception retrieved either way).
fn gather_child_ok(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [outer, fut, return_exceptions] = args else {
        return Ok(Value::Bool(false));
    };
    let Value::Bool(return_exceptions) = *return_exceptions else {
        return Ok(Value::Bool(false));
    };
    if !vm.fast_classes_ok() {
        return Ok(Value::Bool(false));
    }
    let Some(fp) = vm.aio.fast.as_deref() else {
        return Ok(Value::Bool(false));
    };
    let outer_pending = outer
        .as_obj()
        .and_then(|r| vm.exact_instance(r, fp.gathering, &fp.gathering_attrs))
        .is_some_and(|i| matches!(&i.payload, Payload::Future(f) if f.state == FutState::Pending));
    if !outer_pending {
        return Ok(Value::Bool(false));
    }
    if return_exceptions {
        return Ok(Value::Bool(true));
    }
    if vm.plain_future_or_task(fut) != Some(FutState::Finished) {
        return Ok(Value::Bool(false));
    }
    let exc = vm.fut_exception(fut)?;
    let ok = exc.is_none();
    vm.drop_val(exc);
    Ok(Value::Bool(ok))
}

/// `_gather_results(children)`: the list of results gather's last
/// done-callback builds, when every child is a plain Future or Task that
/// finished (a cancelled one takes the Python path, which builds its
/// CancelledError). None when it declines.
fn gather_results(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [children] = args else {
        return Ok(Value::None);
    };
    let items: Vec<Value> = match children {
        Value::Obj(r) => match vm.heap.get(*r) {
            Obj::List(v) => v.clone(),
            _ => return Ok(Value::None),
        },
        _ => return Ok(Value::None),
    };
    if !items
        .iter()
        .all(|c| vm.plain_future_or_task(c) == Some(FutState::Finished))
    {
        return Ok(Value::None);
    }
    let mut results = Vec::with_capacity(items.len());
    for c in &items {
        // `exception()`, then `result()` when there is none: both mark an
        // exception retrieved, as the Python loop's calls do.
        let r = match vm.fut_exception(c) {
            Ok(Value::None) => vm.fut_result(c),
            other => other,
        };
        match r {
            Ok(v) => results.push(v),
            Err(e) => {
                vm.heap.decref_all(results);
                return Err(e);
            }
        }
    }
    Ok(vm.new_list(results))
}
