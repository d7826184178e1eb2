//! Weak references: which objects are referred to weakly, and by what.
//!
//! A weak reference is an ordinary object (`weakref.ref`, written in
//! Python) whose target is recorded here, uncounted. When a target is
//! freed, its references are cut here, at the moment CPython's would be,
//! and each is queued for the VM to call its callback; a reference freed
//! first simply leaves the table. Slots are reused after a free, so an
//! entry never outlives either object.

use std::collections::HashMap;

use super::value::ObjRef;

#[derive(Clone, Debug, Default)]
pub struct WeakTable {
    /// Reference object → its target, while the target lives.
    target_of: HashMap<ObjRef, ObjRef>,
    /// Target → the reference objects to it, oldest first.
    refs_to: HashMap<ObjRef, Vec<ObjRef>>,
}

impl WeakTable {
    pub fn is_empty(&self) -> bool {
        self.target_of.is_empty()
    }

    pub fn add(&mut self, reference: ObjRef, target: ObjRef) {
        self.target_of.insert(reference, target);
        self.refs_to.entry(target).or_default().push(reference);
    }

    pub fn target(&self, reference: ObjRef) -> Option<ObjRef> {
        self.target_of.get(&reference).copied()
    }

    pub fn count(&self, target: ObjRef) -> usize {
        self.refs_to.get(&target).map_or(0, Vec::len)
    }

    /// The live references to `target`, oldest first.
    pub fn refs(&self, target: ObjRef) -> Vec<ObjRef> {
        self.refs_to.get(&target).cloned().unwrap_or_default()
    }

    /// `r` is being freed: as a reference it leaves the table; as a target
    /// its references are cut and returned, newest first (the order
    /// CPython calls their callbacks in).
    pub fn forget(&mut self, r: ObjRef) -> Vec<ObjRef> {
        if let Some(t) = self.target_of.remove(&r)
            && let Some(list) = self.refs_to.get_mut(&t)
        {
            list.retain(|x| *x != r);
            if list.is_empty() {
                self.refs_to.remove(&t);
            }
        }
        let Some(mut cut) = self.refs_to.remove(&r) else {
            return Vec::new();
        };
        for x in &cut {
            self.target_of.remove(x);
        }
        cut.reverse();
        cut
    }
}
