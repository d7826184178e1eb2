//! The cycle collector (CPython's `gc`): reference counts free everything
//! but cycles; this finds objects only cycles keep alive, runs their
//! finalizers (a dropped generator's `finally`, a pending task's "destroyed"
//! message) and frees them.
//!
//! Roots are found as CPython finds them: an object whose count is higher
//! than the references other heap objects hold to it is referenced from
//! outside the heap (a frame, the loop, native code), so no list of roots is
//! kept by hand.

use super::Vm;
use super::heap::collect_children;
use super::value::ObjRef;

impl Vm {
    /// The objects `r` holds counted references to.
    fn children_of(&self, r: ObjRef) -> Vec<ObjRef> {
        let mut out = Vec::new();
        collect_children(self.heap.get(r), &mut out);
        out
    }

    /// Live objects no root reaches.
    fn unreachable(&self) -> Vec<bool> {
        let n = self.heap.capacity();
        let live: Vec<ObjRef> = self.heap.iter_live().collect();
        let mut gc_refs = vec![0i64; n];
        for r in &live {
            gc_refs[r.0 as usize] = self.heap.refcount(*r) as i64;
        }
        for r in &live {
            for c in self.children_of(*r) {
                gc_refs[c.0 as usize] -= 1;
            }
        }
        let mut reachable = vec![false; n];
        let mut stack: Vec<ObjRef> = live
            .iter()
            .copied()
            .filter(|r| gc_refs[r.0 as usize] > 0)
            .collect();
        while let Some(r) = stack.pop() {
            if reachable[r.0 as usize] {
                continue;
            }
            reachable[r.0 as usize] = true;
            for c in self.children_of(r) {
                if !reachable[c.0 as usize] {
                    stack.push(c);
                }
            }
        }
        let mut unreachable = vec![false; n];
        for r in &live {
            unreachable[r.0 as usize] = !reachable[r.0 as usize];
        }
        unreachable
    }

    /// `gc.collect()`: finalizes and frees unreachable cycles; returns how
    /// many objects were freed.
    pub fn collect_cycles(&mut self) -> usize {
        let garbage = self.unreachable();
        // Suspended generators with nothing to run on close are simply
        // closed (their frames go), so their reprs read "done" as CPython's
        // do when the finalizers below look at them.
        for (i, g) in garbage.iter().enumerate() {
            if !*g {
                continue;
            }
            let r = ObjRef(i as u32);
            let frame = match self.heap.get_mut(r) {
                super::object::Obj::Gen(gn)
                    if gn.state == super::object::GenState::Suspended
                        && gn.kind != super::object::GenKind::AsyncGenerator
                        && gn.frame.as_ref().is_some_and(|f| f.blocks.is_empty()) =>
                {
                    gn.state = super::object::GenState::Closed;
                    gn.frame.take()
                }
                _ => None,
            };
            if let Some(f) = frame {
                self.release_frame(f);
            }
        }
        let mut any_finalizer = false;
        for (i, g) in garbage.iter().enumerate() {
            let r = ObjRef(i as u32);
            if *g && !self.heap.is_free(r) && self.heap.needs_finalizer(r) {
                self.heap.incref_obj(r);
                self.heap.set_finalized(r);
                self.heap.queue_finalizer(r);
                any_finalizer = true;
            }
        }
        if any_finalizer {
            // Finalizers run in creation order, as CPython's gc list does.
            let mut queued: Vec<(ObjRef, Vec<ObjRef>)> = std::mem::take(&mut self.heap.to_finalize)
                .into_iter()
                .zip(std::mem::take(&mut self.heap.finalize_rest))
                .collect();
            queued.sort_unstable_by_key(|(r, _)| *r);
            (self.heap.to_finalize, self.heap.finalize_rest) = queued.into_iter().unzip();
            self.run_finalizers();
        }
        // Finalizers may have revived or freed objects: look again.
        let garbage = if any_finalizer {
            self.unreachable()
        } else {
            garbage
        };
        let mut freed = 0;
        let doomed: Vec<ObjRef> = garbage
            .iter()
            .enumerate()
            .filter(|(_, g)| **g)
            .map(|(i, _)| ObjRef(i as u32))
            .collect();
        for r in &doomed {
            if self.heap.is_free(*r) {
                continue;
            }
            let obj = self.heap.take_for_collect(*r);
            freed += 1;
            let mut children = Vec::new();
            collect_children(&obj, &mut children);
            for cr in children {
                if !garbage[cr.0 as usize] {
                    self.heap.decref_obj(cr);
                }
            }
        }
        freed
    }
}
