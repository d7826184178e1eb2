//! The table behind `dict` (and, for now, `set`): CPython's compact dict,
//! an array of entries in insertion order plus an open-addressing index.
//!
//! Key equality can run Python code (`__eq__`), so the table never compares
//! keys itself: lookups take the caller's equality test.

use super::value::{ObjRef, Value};

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Debug)]
pub struct Entry {
    pub hash: i64,
    /// `Value::Null` once deleted.
    pub key: Value,
    pub value: Value,
}

#[derive(Clone, Debug)]
pub struct PyDict {
    indices: Vec<u32>,
    entries: Vec<Entry>,
    used: usize,
    /// Index slots no longer `EMPTY` (live entries and `DUMMY`s): probes
    /// end only at an `EMPTY` slot, so this decides when to grow, even when
    /// deletions keep `entries` short.
    fill: usize,
    /// The instance or module whose `__dict__` this is: writes go through
    /// to its namespace (see `livedict.rs`). Not a counted reference.
    pub owner: Option<super::value::ObjRef>,
}

impl Default for PyDict {
    fn default() -> Self {
        PyDict::new()
    }
}

/// Where a lookup ended.
pub enum Lookup {
    /// The key is at this entry index.
    Found(usize),
    /// Not present; insert at this index slot.
    Vacant(usize),
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict {
            indices: vec![EMPTY; 8],
            entries: Vec::new(),
            used: 0,
            fill: 0,
            owner: None,
        }
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// The entries in insertion order, deleted ones included (their key is
    /// `Null`); iterators walk this by index.
    pub fn raw_entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn entry(&self, i: usize) -> &Entry {
        &self.entries[i]
    }

    pub fn entry_mut(&mut self, i: usize) -> &mut Entry {
        &mut self.entries[i]
    }

    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.key.is_null())
    }

    /// Finds `hash`'s key, calling `eq` on each stored key with that hash.
    /// `eq` returns `None` when it cannot decide without running Python code;
    /// then the lookup reports `Err(())` and the caller uses [`Self::candidates`].
    #[allow(clippy::result_unit_err)]
    pub fn lookup(
        &self,
        hash: i64,
        mut eq: impl FnMut(&Value) -> Option<bool>,
    ) -> Result<Lookup, ()> {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut free_slot = None;
        loop {
            match self.indices[i] {
                EMPTY => return Ok(Lookup::Vacant(free_slot.unwrap_or(i))),
                DUMMY => {
                    if free_slot.is_none() {
                        free_slot = Some(i);
                    }
                }
                ix => {
                    let e = &self.entries[ix as usize];
                    if e.hash == hash {
                        match eq(&e.key) {
                            Some(true) => return Ok(Lookup::Found(ix as usize)),
                            Some(false) => {}
                            None => return Err(()),
                        }
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// Entry indices of the keys stored with `hash`, in probe order.
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        let mut out = Vec::new();
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            match self.indices[i] {
                EMPTY => return out,
                DUMMY => {}
                ix => {
                    if self.entries[ix as usize].hash == hash {
                        out.push(ix as usize);
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// The slot a new key with `hash` goes to (no equal key is present).
    fn vacant_slot(&self, hash: i64) -> usize {
        match self.lookup(hash, |_| Some(false)) {
            Ok(Lookup::Vacant(s)) => s,
            _ => unreachable!("a lookup that never matches ends vacant"),
        }
    }

    /// Adds a key known to be absent. Takes ownership of both references.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        if (self.fill.max(self.entries.len()) + 1) * 3 >= self.indices.len() * 2 {
            self.resize();
        }
        let slot = self.vacant_slot(hash);
        if self.indices[slot] == EMPTY {
            self.fill += 1;
        }
        self.indices[slot] = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        self.used += 1;
    }

    /// Replaces the value of entry `i`, returning the old one.
    pub fn replace_value(&mut self, i: usize, value: Value) -> Value {
        std::mem::replace(&mut self.entries[i].value, value)
    }

    /// Removes entry `i`, returning its key and value.
    pub fn remove_entry(&mut self, i: usize) -> (Value, Value) {
        let hash = self.entries[i].hash;
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut s = (hash as u64 as usize) & mask;
        while self.indices[s] != i as u32 {
            perturb >>= PERTURB_SHIFT;
            s = (s
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        self.indices[s] = DUMMY;
        let e = &mut self.entries[i];
        let key = std::mem::replace(&mut e.key, Value::Null);
        let value = std::mem::replace(&mut e.value, Value::Null);
        self.used -= 1;
        // Trailing deleted entries can go (no index points at them), so
        // `popitem` stays O(1).
        while self.entries.last().is_some_and(|e| e.key.is_null()) {
            self.entries.pop();
        }
        (key, value)
    }

    /// The index of the last live entry.
    pub fn last_index(&self) -> Option<usize> {
        self.entries.iter().rposition(|e| !e.key.is_null())
    }

    fn resize(&mut self) {
        let mut size = 8;
        while size * 2 <= (self.used + 1) * 3 {
            size *= 2;
        }
        self.rebuild(size.max(8) * 2);
    }

    fn rebuild(&mut self, size: usize) {
        let old = std::mem::take(&mut self.entries);
        self.indices = vec![EMPTY; size];
        self.fill = self.used;
        for e in old {
            if !e.key.is_null() {
                let slot = self.vacant_slot(e.hash);
                self.indices[slot] = self.entries.len() as u32;
                self.entries.push(e);
            }
        }
    }

    /// Removes everything, handing the references to `out`.
    pub fn drain_values(self, out: &mut Vec<Value>) {
        for e in self.entries {
            out.push(e.key);
            out.push(e.value);
        }
    }

    /// The heap objects among the keys and values, for the collector.
    pub fn push_refs(&self, out: &mut Vec<ObjRef>) {
        for e in &self.entries {
            out.extend(e.key.as_obj());
            out.extend(e.value.as_obj());
        }
    }

    pub fn clear(&mut self, out: &mut Vec<Value>) {
        let old = std::mem::take(self);
        self.owner = old.owner;
        old.drain_values(out);
    }
}
