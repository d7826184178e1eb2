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

const WEAK_TARGET: u8 = 1;
const WEAK_REF: u8 = 2;

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
    /// Per slot: whether some `weakref.ref` points to the object
    /// (`WEAK_TARGET`), whether it is such a reference with a live target
    /// (`WEAK_REF`). `weakrefs` lists the references by target, oldest
    /// first. One byte to look at keeps freeing every other object cheap.
    weak: Vec<u8>,
    weakrefs: std::collections::HashMap<u32, Vec<ObjRef>>,
    /// Set for the program's teardown: references are cleared without
    /// their callbacks, as CPython's final collection clears the weak
    /// references that are garbage themselves (the main module's, kept
    /// by its functions) without calling them.
    pub weak_quiet: bool,
    serials: u64,
    /// `release`'s work lists, kept between calls: freeing an object is
    /// common enough (every finished coroutine, future and handle) that
    /// allocating them each time showed in asyncio programs' profiles.
    scratch: (Vec<ObjRef>, Vec<ObjRef>),
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
                self.weak[i as usize] = 0;
                ObjRef(i)
            }
            None => {
                self.slots.push(Slot { rc: 1, obj });
                self.finalized.push(false);
                self.weak.push(0);
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
            self.forget_weak(r, &obj);
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
        if self.weak_callbacks(r) {
            return true;
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
        self.forget_weak(r, &obj);
        obj
    }

    /// Records the weak reference `w` to `target`.
    pub fn add_weakref(&mut self, target: ObjRef, w: ObjRef) {
        self.weak[target.0 as usize] |= WEAK_TARGET;
        self.weak[w.0 as usize] |= WEAK_REF;
        self.weakrefs.entry(target.0).or_default().push(w);
    }

    /// The weak references to `target`, oldest first.
    pub fn weakrefs_to(&self, target: ObjRef) -> &[ObjRef] {
        if self.weak[target.0 as usize] & WEAK_TARGET == 0 {
            return &[];
        }
        self.weakrefs.get(&target.0).map_or(&[], |v| v.as_slice())
    }

    /// Clears the weak references to `target`, which is dying: each now
    /// gives `None`. Returns those with a callback, newest first (the
    /// order CPython calls them in), each with a counted reference.
    pub fn clear_weakrefs(&mut self, target: ObjRef) -> Vec<ObjRef> {
        if self.weak[target.0 as usize] & WEAK_TARGET == 0 {
            return Vec::new();
        }
        self.weak[target.0 as usize] &= !WEAK_TARGET;
        let refs = self.weakrefs.remove(&target.0).unwrap_or_default();
        let mut with_callback = Vec::new();
        for w in refs.into_iter().rev() {
            self.weak[w.0 as usize] &= !WEAK_REF;
            if let Obj::Instance(i) = &mut self.slots[w.0 as usize].obj
                && let Payload::WeakRef(d) = &mut i.payload
            {
                d.target = None;
                if !d.callback.is_none() && !self.weak_quiet {
                    with_callback.push(w);
                }
            }
        }
        for w in &with_callback {
            self.incref_obj(*w);
        }
        with_callback
    }

    /// Whether `r`'s death must call a weak reference's callback.
    fn weak_callbacks(&self, r: ObjRef) -> bool {
        self.weak[r.0 as usize] & WEAK_TARGET != 0
            && !self.weak_quiet
            && self.weakrefs.get(&r.0).is_some_and(|v| {
                v.iter().any(|w| {
                    matches!(&self.slots[w.0 as usize].obj, Obj::Instance(i)
                        if matches!(&i.payload, Payload::WeakRef(d) if !d.callback.is_none()))
                })
            })
    }

    /// Bookkeeping for freed object `r` (now `obj`): references to it
    /// give `None` from now on, and a weak reference that dies leaves its
    /// target's list.
    #[inline]
    fn forget_weak(&mut self, r: ObjRef, obj: &Obj) {
        if self.weak[r.0 as usize] != 0 {
            self.forget_weak_slow(r, obj);
        }
    }

    #[inline(never)]
    fn forget_weak_slow(&mut self, r: ObjRef, obj: &Obj) {
        if self.weak[r.0 as usize] & WEAK_TARGET != 0 {
            // Callbacks, if any, ran in the finalizer: these have none.
            for w in self.clear_weakrefs(r) {
                self.slots[w.0 as usize].rc -= 1;
            }
        }
        if let Obj::Instance(i) = obj
            && let Payload::WeakRef(d) = &i.payload
            && let Some(t) = d.target
            && let Some(list) = self.weakrefs.get_mut(&t.0)
        {
            list.retain(|x| *x != r);
            if list.is_empty() {
                self.weakrefs.remove(&t.0);
                self.weak[t.0 as usize] &= !WEAK_TARGET;
            }
        }
        self.weak[r.0 as usize] = 0;
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
                // The target is not counted.
                Payload::WeakRef(w) => val(out, &w.callback),
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
    if f.func.is_null() {
        out.push(f.globals);
    }
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
