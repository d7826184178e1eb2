//! The arena of heap objects, with CPython's reference counting.
//!
//! Objects die when their count reaches zero, at exactly the moment they
//! die in CPython: that moment is visible (a dropped generator's `finally`
//! runs, an un-awaited coroutine warns). Objects whose death runs Python
//! code are not freed inside `decref`; they are queued in `to_finalize`
//! (with the references their release had still to drop, dropped after
//! the finalizer as CPython's depth-first dealloc would), and the VM
//! finalizes them at the next instruction boundary.

use super::frame::Frame;
use super::object::{GenState, Generator, IterState, Obj, Payload};
use super::value::{ObjRef, Value};

#[derive(Clone, Debug)]
struct Slot {
    rc: u32,
    obj: Obj,
}

#[derive(Clone, Debug, Default)]
pub struct Heap {
    slots: Vec<Slot>,
    free: Vec<u32>,
    live: usize,
    /// Objects whose count reached zero and that need a finalizer; each holds
    /// one reference owned by this queue.
    pub to_finalize: Vec<ObjRef>,
    /// Beside each queued object, the references its release had still
    /// to drop when it met the object: CPython would have run the
    /// finalizer right there, so they are dropped after it runs.
    pub finalize_rest: Vec<Vec<ObjRef>>,
    /// The most objects alive at once before `MemoryError`.
    pub limit: usize,
    /// Objects that have been finalized once and must not be again.
    finalized: Vec<bool>,
    serials: u64,
    /// `release`'s work lists, kept between calls: freeing an object is
    /// common enough (every finished coroutine, future and handle) that
    /// allocating them each time showed in asyncio programs' profiles.
    scratch: (Vec<ObjRef>, Vec<Value>),
    /// Boxes of freed generators and coroutines, for the next ones: every
    /// `await coro()` makes one and frees it when the call returns.
    gen_pool: GenPool,
}

/// Not part of the program's state: a clone starts with an empty pool.
/// The boxes themselves are what is kept (`Obj::Gen` holds a box).
#[derive(Debug, Default)]
#[allow(clippy::vec_box)]
struct GenPool(Vec<Box<Generator>>);

impl Clone for GenPool {
    fn clone(&self) -> GenPool {
        GenPool::default()
    }
}

impl Heap {
    pub fn new(limit: usize) -> Heap {
        Heap {
            limit,
            ..Heap::default()
        }
    }

    /// A number never handed out before.
    pub fn next_serial(&mut self) -> u64 {
        self.serials += 1;
        self.serials
    }

    pub fn live(&self) -> usize {
        self.live
    }

    pub fn over_limit(&self) -> bool {
        self.live > self.limit
    }

    /// Allocates `obj` with a count of one (the caller's reference).
    pub fn alloc(&mut self, obj: Obj) -> ObjRef {
        self.live += 1;
        match self.free.pop() {
            Some(i) => {
                self.slots[i as usize] = Slot { rc: 1, obj };
                self.finalized[i as usize] = false;
                ObjRef(i)
            }
            None => {
                self.slots.push(Slot { rc: 1, obj });
                self.finalized.push(false);
                ObjRef(self.slots.len() as u32 - 1)
            }
        }
    }

    /// Allocates a generator or coroutine object, in a pooled box when
    /// there is one.
    pub fn alloc_gen(&mut self, g: Generator) -> ObjRef {
        let b = match self.gen_pool.0.pop() {
            Some(mut b) => {
                *b = g;
                b
            }
            None => Box::new(g),
        };
        self.alloc(Obj::Gen(b))
    }

    #[inline]
    pub fn get(&self, r: ObjRef) -> &Obj {
        &self.slots[r.0 as usize].obj
    }

    #[inline]
    pub fn get_mut(&mut self, r: ObjRef) -> &mut Obj {
        &mut self.slots[r.0 as usize].obj
    }

    pub fn refcount(&self, r: ObjRef) -> u32 {
        self.slots[r.0 as usize].rc
    }

    #[inline]
    pub fn incref(&mut self, v: &Value) {
        if let Value::Obj(r) = v {
            self.slots[r.0 as usize].rc += 1;
        }
    }

    #[inline]
    pub fn incref_obj(&mut self, r: ObjRef) {
        self.slots[r.0 as usize].rc += 1;
    }

    /// Drops one reference; frees (or queues for finalization) at zero.
    #[inline]
    pub fn decref(&mut self, v: Value) {
        if let Value::Obj(r) = v {
            self.decref_obj(r);
        }
    }

    #[inline]
    pub fn decref_obj(&mut self, r: ObjRef) {
        let slot = &mut self.slots[r.0 as usize];
        debug_assert!(slot.rc > 0, "decref of a dead object {r:?}");
        slot.rc = slot.rc.saturating_sub(1);
        if slot.rc == 0 {
            self.release(r);
        }
    }

    pub fn decref_all(&mut self, vs: impl IntoIterator<Item = Value>) {
        for v in vs {
            self.decref(v);
        }
    }

    /// Frees `r` and everything only it kept alive, without recursion.
    ///
    /// The stack holds references still to drop, so each child is dropped
    /// only when its turn comes, after everything only the children
    /// before it held has died: CPython's recursive deallocation, whose
    /// order is when finalizers run (a frame's list local dies before the
    /// loop variable holding its last item).
    fn release(&mut self, r: ObjRef) {
        // Counted again so that the loop drops it like any child.
        self.slots[r.0 as usize].rc = 1;
        self.drop_refs(std::iter::once(r));
    }

    /// Queues `r`'s finalizer with nothing left to drop after it (the cycle
    /// collector's objects).
    pub fn queue_finalizer(&mut self, r: ObjRef) {
        self.to_finalize.push(r);
        self.finalize_rest.push(Vec::new());
    }

    /// Drops the references in `refs` (a stack: the last is dropped first)
    /// and frees what reaches zero, stopping at the first object that needs
    /// a finalizer: it is queued with the rest of the stack.
    pub fn drop_refs(&mut self, refs: impl IntoIterator<Item = ObjRef>) {
        let (mut work, mut children) = std::mem::take(&mut self.scratch);
        work.extend(refs);
        while let Some(r) = work.pop() {
            let slot = &mut self.slots[r.0 as usize];
            debug_assert!(slot.rc > 0, "decref of a dead object {r:?}");
            slot.rc = slot.rc.saturating_sub(1);
            if slot.rc != 0 {
                continue;
            }
            if self.needs_finalizer(r) {
                self.slots[r.0 as usize].rc = 1;
                self.finalized[r.0 as usize] = true;
                self.to_finalize.push(r);
                self.finalize_rest.push(std::mem::take(&mut work));
                break;
            }
            let obj = std::mem::replace(&mut self.slots[r.0 as usize].obj, Obj::Free);
            self.free.push(r.0);
            self.live -= 1;
            // A finished generator holds no counted reference: its box goes
            // back to the pool.
            let obj = match obj {
                Obj::Gen(g) if g.frame.is_none() && self.gen_pool.0.len() < 64 => {
                    self.gen_pool.0.push(g);
                    continue;
                }
                obj => obj,
            };
            children.clear();
            collect_children(obj, &mut children);
            // Last first on the stack: dropped in `collect_children`'s order.
            work.extend(children.drain(..).rev().filter_map(|c| match c {
                Value::Obj(cr) => Some(cr),
                _ => None,
            }));
        }
        // Freeing a big container leaves a big buffer: not kept.
        if children.capacity() > 1024 {
            children = Vec::new();
        }
        if work.capacity() > 1024 {
            work = Vec::new();
        }
        self.scratch = (work, children);
    }

    /// Whether freeing `r` must first run Python-visible code.
    pub fn needs_finalizer(&self, r: ObjRef) -> bool {
        if self.finalized[r.0 as usize] {
            return false;
        }
        match &self.slots[r.0 as usize].obj {
            Obj::Gen(g) => match g.state {
                // A suspended generator is closed: its `finally` blocks run.
                GenState::Suspended => {
                    g.kind == super::object::GenKind::AsyncGenerator
                        || g.frame.as_ref().is_some_and(|f| !f.blocks.is_empty())
                }
                // A coroutine that never started warns "never awaited".
                GenState::Created => g.kind == super::object::GenKind::Coroutine,
                _ => false,
            },
            Obj::Instance(i) => {
                i.has_del
                    || match &i.payload {
                        // A task leaves the all-tasks list, and reports a
                        // lost exception or a pending death.
                        Payload::Future(f) => f.task.is_some() || f.log_traceback,
                        _ => false,
                    }
            }
            _ => false,
        }
    }

    /// Every object id in use, for the cycle collector and introspection.
    pub fn iter_live(&self) -> impl Iterator<Item = ObjRef> + '_ {
        self.slots
            .iter()
            .enumerate()
            .filter(|(_, s)| !matches!(s.obj, Obj::Free))
            .map(|(i, _)| ObjRef(i as u32))
    }

    pub fn capacity(&self) -> usize {
        self.slots.len()
    }

    /// Frees an object the cycle collector found unreachable: its children
    /// are released by the caller.
    pub fn take_for_collect(&mut self, r: ObjRef) -> Obj {
        let obj = std::mem::replace(&mut self.slots[r.0 as usize].obj, Obj::Free);
        self.slots[r.0 as usize].rc = 0;
        self.free.push(r.0);
        self.live -= 1;
        obj
    }

    pub fn is_free(&self, r: ObjRef) -> bool {
        matches!(self.slots[r.0 as usize].obj, Obj::Free)
    }

    pub fn was_finalized(&self, r: ObjRef) -> bool {
        self.finalized[r.0 as usize]
    }

    pub fn set_finalized(&mut self, r: ObjRef) {
        self.finalized[r.0 as usize] = true;
    }
}

/// Moves every counted reference held by `obj` into `out`, in the order
/// CPython's deallocator drops them (that order is when finalizers run).
pub fn collect_children(obj: Obj, out: &mut Vec<Value>) {
    match obj {
        Obj::Free | Obj::Bytes(_) | Obj::BigInt(_) | Obj::Range { .. } => {}
        // Lists and tuples drop their items from the end.
        Obj::List(v) => out.extend(v.into_iter().rev()),
        Obj::Tuple(v) => out.extend(v.into_vec().into_iter().rev()),
        Obj::Dict(d) => d.drain_values(out),
        Obj::Set(s) | Obj::FrozenSet(s) => s.drain_values(out),
        Obj::Deque(d) => out.extend(d.items),
        Obj::Function(f) => {
            // CPython's order; the defaults and the closure are tuples there.
            out.push(Value::Obj(f.globals));
            out.extend(f.defaults.into_iter().rev());
            out.extend(f.kwdefaults.into_iter().map(|(_, v)| v));
            f.dict.drain_values(out);
            out.extend(f.closure.into_iter().rev().map(Value::Obj));
        }
        Obj::Native(n) => out.push(n.this),
        Obj::BoundMethod { func, this } => {
            out.push(func);
            out.push(this);
        }
        Obj::Class(c) => {
            out.extend(c.bases.into_iter().map(Value::Obj));
            // The MRO holds the class itself first: not a counted reference.
            out.extend(c.mro.into_iter().skip(1).map(Value::Obj));
            out.extend(c.meta.map(Value::Obj));
            c.dict.drain_values(out);
        }
        Obj::Instance(i) => {
            out.push(Value::Obj(i.class));
            out.extend(i.live.map(Value::Obj));
            i.dict.drain_values(out);
            match i.payload {
                Payload::Exc(e) => {
                    out.push(e.args);
                    // The traceback, before the cause and the context: its
                    // frames die innermost first (`kept`'s order), each
                    // frame's locals in order.
                    out.extend(e.kept);
                    out.push(e.cause);
                    out.push(e.context);
                    if let Some((m, l)) = e.group {
                        out.push(m);
                        out.push(l);
                    }
                }
                Payload::Future(f) => {
                    out.push(f.result);
                    out.push(f.exception);
                    out.extend(f.callbacks);
                    out.push(f.cancel_message);
                    out.push(f.cancelled_exc);
                    if let Some(t) = f.task {
                        out.push(t.coro);
                        out.push(t.fut_waiter);
                        out.push(t.context);
                    }
                }
                Payload::Handle(h) => {
                    out.push(h.callback);
                    out.extend(h.args);
                    out.push(h.context);
                }
                Payload::Builtin(b) => out.push(b),
                Payload::Rng(_) => {}
                Payload::None => {}
            }
        }
        Obj::Module(m) => {
            out.extend(m.live.map(Value::Obj));
            m.dict.drain_values(out);
        }
        Obj::Namespace(d) => d.drain_values(out),
        Obj::Cell(v) => out.push(v),
        Obj::Gen(g) => {
            if let Some(f) = g.frame {
                frame_children(*f, out);
            }
        }
        Obj::Slice { start, stop, step } => {
            out.push(start);
            out.push(stop);
            out.push(step);
        }
        Obj::Iter(it) => iter_children(*it, out),
        Obj::DictView { dict, .. } => out.push(Value::Obj(dict)),
        Obj::Property {
            fget,
            fset,
            fdel,
            doc,
        } => {
            out.push(fget);
            out.push(fset);
            out.push(fdel);
            out.push(doc);
        }
        Obj::StaticMethod(v) | Obj::ClassMethod(v) => out.push(v),
        Obj::Super { class, this } => {
            out.push(Value::Obj(class));
            out.push(this);
        }
    }
}

pub fn frame_children(f: Frame, out: &mut Vec<Value>) {
    // CPython clears a frame's locals and cells, then its value stack.
    out.extend(f.locals);
    out.extend(f.cells.into_iter().map(Value::Obj));
    out.extend(f.stack);
    out.push(Value::Obj(f.globals));
    if let Some(ns) = f.namespace {
        out.push(Value::Obj(ns));
    }
    out.extend(f.handled);
    out.push(f.func);
}

fn iter_children(it: IterState, out: &mut Vec<Value>) {
    match it {
        IterState::Seq { seq, .. } => out.push(Value::Obj(seq)),
        IterState::Dict { dict, .. } => out.push(Value::Obj(dict)),
        IterState::Deque { deque, .. } => out.push(Value::Obj(deque)),
        IterState::Range { .. } | IterState::Str { .. } | IterState::Exhausted => {}
        IterState::Reversed { seq, .. } => out.push(seq),
        IterState::Enumerate { it, .. } => out.push(it),
        IterState::Zip { its, .. } => out.extend(its),
        IterState::Map { func, its } => {
            out.push(func);
            out.extend(its);
        }
        IterState::Filter { func, it } => {
            out.push(func);
            out.push(it);
        }
        IterState::Callable { func, sentinel } => {
            out.push(func);
            out.push(sentinel);
        }
        IterState::GetItem { obj, .. } => out.push(obj),
        IterState::Values { items, source, .. } => {
            out.extend(items);
            out.extend(source.map(|(s, _)| Value::Obj(s)));
        }
        IterState::Count { cur, step } => {
            out.push(cur);
            out.push(step);
        }
        IterState::Cycle { it, saved, .. } => {
            out.push(it);
            out.extend(saved);
        }
        IterState::Repeat { value, .. } => out.push(value),
        IterState::Islice { it, .. } => out.push(it),
        IterState::Chain { its, .. } => out.extend(its),
        IterState::FutureIter { fut, .. } => out.push(fut),
        IterState::CoroWrapper { coro } => out.push(coro),
        IterState::AsyncGenOp { agen, arg, .. } => {
            out.push(agen);
            out.push(arg);
        }
    }
}
