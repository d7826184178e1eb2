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
    scratch: (Vec<ObjRef>, Vec<ObjRef>),
    /// Boxes of freed generators and coroutines, for the next ones: every
    /// `await coro()` makes one and frees it when the call returns.
    gen_pool: GenPool,
    /// Weak references and their targets.
    pub weak: super::weak::WeakTable,
    /// References whose target died and whose callback is still to run
    /// (each also queued in `to_finalize`, which holds its reference).
    pub weak_dead: Vec<ObjRef>,
    /// Set for the program's teardown: references are cut without their
    /// callbacks, as CPython's final collection clears weak references
    /// that are garbage themselves (the main module's, kept by the
    /// module's functions) without calling them.
    pub weak_quiet: bool,
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
            if !self.weak.is_empty() {
                self.cut_weak(r);
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
            collect_children(&obj, &mut children);
            // Last first on the stack: dropped in `collect_children`'s order.
            work.extend(children.drain(..).rev());
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
        if !self.weak.is_empty() {
            self.cut_weak(r);
        }
        let obj = std::mem::replace(&mut self.slots[r.0 as usize].obj, Obj::Free);
        self.slots[r.0 as usize].rc = 0;
        self.free.push(r.0);
        self.live -= 1;
        obj
    }

    /// `r` is being freed: the weak references to it go dead, and those
    /// still alive are queued for their callbacks.
    fn cut_weak(&mut self, r: ObjRef) {
        for reference in self.weak.forget(r) {
            if self.weak_quiet || self.slots[reference.0 as usize].rc == 0 {
                continue;
            }
            self.slots[reference.0 as usize].rc += 1;
            self.weak_dead.push(reference);
            self.to_finalize.push(reference);
            self.finalize_rest.push(Vec::new());
        }
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

/// Lists every counted heap reference held by `obj` in `out`, in the order
/// CPython's deallocator drops them (that order is when finalizers run).
/// By reference: the collector walks every live object this way, and a
/// copy of each (a dict's table, a class's namespace) cost more than the
/// walk itself. Strings are not heap objects and are not listed.
pub fn collect_children(obj: &Obj, out: &mut Vec<ObjRef>) {
    match obj {
        Obj::Free | Obj::Bytes(_) | Obj::BigInt(_) | Obj::Range { .. } => {}
        // Lists and tuples drop their items from the end.
        Obj::List(v) => vals(out, v.iter().rev()),
        Obj::Tuple(v) => vals(out, v.iter().rev()),
        Obj::Dict(d) => d.push_refs(out),
        Obj::Set(s) | Obj::FrozenSet(s) => s.push_refs(out),
        Obj::Deque(d) => vals(out, d.items.iter()),
        Obj::Function(f) => {
            // CPython's order; the defaults and the closure are tuples there.
            out.push(f.globals);
            vals(out, f.defaults.iter().rev());
            vals(out, f.kwdefaults.iter().map(|(_, v)| v));
            f.dict.push_refs(out);
            out.extend(f.closure.iter().rev());
        }
        Obj::Native(n) => val(out, &n.this),
        Obj::BoundMethod { func, this } => vals(out, [func, this]),
        Obj::Class(c) => {
            out.extend(c.bases.iter());
            // The MRO holds the class itself first: not a counted reference.
            out.extend(c.mro.iter().skip(1));
            out.extend(c.meta);
            c.dict.push_refs(out);
        }
        Obj::Instance(i) => {
            out.push(i.class);
            out.extend(i.live);
            i.dict.push_refs(out);
            match &i.payload {
                Payload::Exc(e) => {
                    val(out, &e.args);
                    // The traceback, before the cause and the context: its
                    // frames die innermost first (`kept`'s order), each
                    // frame's locals in order.
                    vals(out, e.kept.iter());
                    vals(out, [&e.cause, &e.context]);
                    if let Some((m, l)) = &e.group {
                        vals(out, [m, l]);
                    }
                }
                Payload::Future(f) => {
                    vals(out, [&f.result, &f.exception]);
                    vals(out, f.callbacks.iter());
                    vals(out, [&f.cancel_message, &f.cancelled_exc]);
                    if let Some(t) = &f.task {
                        vals(out, [&t.coro, &t.fut_waiter, &t.context]);
                    }
                }
                Payload::Handle(h) => {
                    val(out, &h.callback);
                    vals(out, h.args.iter());
                    val(out, &h.context);
                }
                Payload::Builtin(b) => val(out, b),
                Payload::Rng(_) => {}
                Payload::None => {}
            }
        }
        Obj::Module(m) => {
            out.extend(m.live);
            m.dict.push_refs(out);
        }
        Obj::Namespace(d) => d.push_refs(out),
        Obj::Cell(v) => val(out, v),
        Obj::Gen(g) => {
            if let Some(f) = &g.frame {
                frame_children(f, out);
            }
        }
        Obj::Slice { start, stop, step } => vals(out, [start, stop, step]),
        Obj::Iter(it) => iter_children(it, out),
        Obj::DictView { dict, .. } => out.push(*dict),
        Obj::Property {
            fget,
            fset,
            fdel,
            doc,
        } => vals(out, [fget, fset, fdel, doc]),
        Obj::StaticMethod(v) | Obj::ClassMethod(v) => val(out, v),
        Obj::Super { class, this } => {
            out.push(*class);
            val(out, this);
        }
    }
}

fn val(out: &mut Vec<ObjRef>, v: &Value) {
    out.extend(v.as_obj());
}

fn vals<'a>(out: &mut Vec<ObjRef>, vs: impl IntoIterator<Item = &'a Value>) {
    out.extend(vs.into_iter().filter_map(Value::as_obj));
}

pub fn frame_children(f: &Frame, out: &mut Vec<ObjRef>) {
    // CPython clears a frame's locals and cells, then its value stack.
    vals(out, f.locals.iter());
    out.extend(f.cells.iter());
    vals(out, f.stack.iter());
    out.push(f.globals);
    out.extend(f.namespace);
    vals(out, f.handled.iter());
    val(out, &f.func);
}

fn iter_children(it: &IterState, out: &mut Vec<ObjRef>) {
    match it {
        IterState::Seq { seq, .. } => out.push(*seq),
        IterState::Dict { dict, .. } => out.push(*dict),
        IterState::Deque { deque, .. } => out.push(*deque),
        IterState::Range { .. } | IterState::Str { .. } | IterState::Exhausted => {}
        IterState::Reversed { seq, .. } => val(out, seq),
        IterState::Enumerate { it, .. } => val(out, it),
        IterState::Zip { its, .. } => vals(out, its.iter()),
        IterState::Map { func, its } => {
            val(out, func);
            vals(out, its.iter());
        }
        IterState::Filter { func, it } => vals(out, [func, it]),
        IterState::Callable { func, sentinel } => vals(out, [func, sentinel]),
        IterState::GetItem { obj, .. } => val(out, obj),
        IterState::Values { items, source, .. } => {
            vals(out, items.iter());
            out.extend(source.as_ref().map(|(s, _)| *s));
        }
        IterState::Count { cur, step } => vals(out, [cur, step]),
        IterState::Cycle { it, saved, .. } => {
            val(out, it);
            vals(out, saved.iter());
        }
        IterState::Repeat { value, .. } => val(out, value),
        IterState::Islice { it, .. } => val(out, it),
        IterState::Chain { its, .. } => vals(out, its.iter()),
        IterState::FutureIter { fut, .. } => val(out, fut),
        IterState::CoroWrapper { coro } => val(out, coro),
        IterState::AsyncGenOp { agen, arg, .. } => vals(out, [agen, arg]),
    }
}
