//! Native shortcuts for the prelude's busiest paths: `Queue.put` and `get`
//! when they do not wait, a free `Lock` acquired and a held one released,
//! and a task for a coroutine in `ensure_future`. In Python each is a
//! handful of method calls and attribute lookups per item (CPython runs the
//! same methods, but its calls are cheaper), and they are the whole cost of
//! a queue or lock that is busy without waiting.
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
use crate::engine::vm::object::{GenKind, Obj, Payload, PyResult};
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
const LOCK_WAITERS: usize = 0;
const LOCKED: usize = 1;

#[derive(Clone, Debug)]
pub struct FastPaths {
    queue: ObjRef,
    event: ObjRef,
    lock: ObjRef,
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
    ] {
        def_fn(vm, m, "asyncio", name, f);
    }
    let class = |vm: &mut Vm, name: &str| {
        let s = vm.intern(name);
        vm.ns_get(m, s).and_then(|v| v.as_obj())
    };
    let (Some(queue), Some(event), Some(lock), Some(mixin)) = (
        class(vm, "Queue"),
        class(vm, "Event"),
        class(vm, "Lock"),
        class(vm, "_ContextManagerMixin"),
    ) else {
        return;
    };
    let mut snapshot = Vec::new();
    for cls in [queue, event, lock, mixin] {
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
    vm.aio.fast = Some(Box::new(FastPaths {
        queue,
        event,
        lock,
        snapshot,
        checked: None,
        queue_attrs,
        event_attrs,
        lock_attrs,
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

    fn queue_parts(&self, v: &Value) -> Option<QueueParts> {
        let fp = self.aio.fast.as_deref()?;
        let Value::Obj(obj) = v else { return None };
        let Obj::Instance(i) = self.heap.get(*obj) else {
            return None;
        };
        if i.class != fp.queue || i.dict.keys() != fp.queue_attrs {
            return None;
        }
        let v = i.dict.values();
        let int = |x: &Value| match x {
            Value::Int(x) => Some(*x),
            _ => None,
        };
        let parts = QueueParts {
            obj: *obj,
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
        match self.heap.get(e) {
            Obj::Instance(i) => i.class == fp.event && i.dict.keys() == fp.event_attrs,
            _ => false,
        }
    }

    fn lock_parts(&self, v: &Value) -> Option<LockParts> {
        let fp = self.aio.fast.as_deref()?;
        let Value::Obj(obj) = v else { return None };
        let Obj::Instance(i) = self.heap.get(*obj) else {
            return None;
        };
        if i.class != fp.lock || i.dict.keys() != fp.lock_attrs {
            return None;
        }
        let v = i.dict.values();
        let locked = match v[LOCKED] {
            Value::Bool(b) => b,
            _ => return None,
        };
        let waiters = match &v[LOCK_WAITERS] {
            Value::None => None,
            w => Some(self.plain_deque(w)?),
        };
        Some(LockParts {
            obj: *obj,
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
