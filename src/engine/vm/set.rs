//! `set` and `frozenset`: CPython's set table (so iteration order is
//! CPython's) over a slab of the key values.

use super::Vm;
use super::object::{Obj, PyResult};
use super::ops::fast_eq;
use super::value::{ObjRef, Value};
use crate::engine::numeric::set_table::SetTable;

/// The elements live in `keys`; the table maps hashes to indices there.
#[derive(Clone, Debug, Default)]
pub struct PySet {
    pub table: SetTable,
    pub keys: Vec<Value>,
    free: Vec<u32>,
}

impl PySet {
    pub fn len(&self) -> usize {
        self.table.len()
    }

    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    fn alloc_key(&mut self, v: Value) -> u32 {
        match self.free.pop() {
            Some(i) => {
                self.keys[i as usize] = v;
                i
            }
            None => {
                self.keys.push(v);
                self.keys.len() as u32 - 1
            }
        }
    }

    fn free_key(&mut self, k: u32) -> Value {
        self.free.push(k);
        std::mem::replace(&mut self.keys[k as usize], Value::Null)
    }

    /// The elements in iteration order (borrowed, not counted).
    pub fn values(&self) -> Vec<Value> {
        self.table
            .entries()
            .map(|(_, k)| self.keys[k as usize].clone())
            .collect()
    }

    /// Hands every held reference to `out`.
    pub fn drain_values(self, out: &mut Vec<Value>) {
        out.extend(self.keys);
    }

    /// The heap objects among the keys, for the collector.
    pub fn push_refs(&self, out: &mut Vec<ObjRef>) {
        out.extend(self.keys.iter().filter_map(Value::as_obj));
    }

    /// A set made from `table`, whose keys index `keys` (values borrowed):
    /// keeps and counts only the keys the table uses.
    fn from_table(vm: &mut Vm, table: SetTable, keys: &[Value]) -> PySet {
        let mut slab = vec![Value::Null; keys.len()];
        for (_, k) in table.entries() {
            slab[k as usize] = vm.dup(&keys[k as usize]);
        }
        let free = (0..slab.len() as u32)
            .filter(|i| slab[*i as usize].is_null())
            .collect();
        PySet {
            table,
            keys: slab,
            free,
        }
    }
}

/// Key equality for set probes: identity, or equality decidable without
/// running Python code.
fn key_eq(a: &Value, b: &Value) -> bool {
    a.is(b) || fast_eq(a, b) == Some(true)
}

impl Vm {
    pub fn set_data(&self, v: &Value) -> Option<&PySet> {
        match v {
            Value::Obj(r) => match self.heap.get(*r) {
                Obj::Set(s) | Obj::FrozenSet(s) => Some(s),
                _ => None,
            },
            _ => None,
        }
    }

    fn set_data_mut(&mut self, v: &Value) -> Option<&mut PySet> {
        match v {
            Value::Obj(r) => match self.heap.get_mut(*r) {
                Obj::Set(s) | Obj::FrozenSet(s) => Some(s),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn is_set_like(&self, v: &Value) -> bool {
        self.set_data(v).is_some()
    }

    pub fn new_set_obj(&mut self, frozen: bool, s: PySet) -> Value {
        if frozen {
            self.alloc(Obj::FrozenSet(Box::new(s)))
        } else {
            self.alloc(Obj::Set(Box::new(s)))
        }
    }

    /// The key of `item` in set `s`: cheap equality while probing, then
    /// `__eq__` for the entries it could not decide.
    fn set_find(&mut self, s: &Value, item: &Value, h: i64) -> PyResult<Option<u32>> {
        let Some(set) = self.set_data(s) else {
            return Ok(None);
        };
        let mut undecided = Vec::new();
        let found = set.table.find(h, &mut |k| {
            let kv = &set.keys[k as usize];
            if kv.is(item) {
                return true;
            }
            match fast_eq(kv, item) {
                Some(b) => b,
                None => {
                    undecided.push(k);
                    false
                }
            }
        });
        if found.is_some() {
            return Ok(found);
        }
        for k in undecided {
            let kv = match self.set_data(s) {
                Some(set) => set.keys[k as usize].clone(),
                None => return Ok(None),
            };
            if self.eq(&kv, item)? {
                return Ok(Some(k));
            }
        }
        Ok(None)
    }

    /// Adds `item` (taken) to set `s`.
    pub fn set_insert(&mut self, s: &Value, item: Value) -> PyResult<()> {
        let h = match self.hash(&item) {
            Ok(h) => h,
            Err(e) => {
                self.drop_val(item);
                return Err(e);
            }
        };
        let found = match self.set_find(s, &item, h) {
            Ok(f) => f,
            Err(e) => {
                self.drop_val(item);
                return Err(e);
            }
        };
        let Some(set) = self.set_data_mut(s) else {
            self.drop_val(item);
            return Ok(());
        };
        if found.is_some() {
            self.drop_val(item);
            return Ok(());
        }
        let k = set.alloc_key(item);
        set.table.add(h, k, &mut |_| false);
        Ok(())
    }

    pub fn set_contains(&mut self, s: &Value, item: &Value) -> PyResult<bool> {
        let h = self.hash(item)?;
        Ok(self.set_find(s, item, h)?.is_some())
    }

    /// Removes `item`; whether it was there.
    pub fn set_discard_item(&mut self, s: &Value, item: &Value) -> PyResult<bool> {
        let h = self.hash(item)?;
        let Some(key) = self.set_find(s, item, h)? else {
            return Ok(false);
        };
        let Some(set) = self.set_data_mut(s) else {
            return Ok(false);
        };
        match set.table.discard(h, &mut |k| k == key) {
            Some(k) => {
                let v = set.free_key(k);
                self.drop_val(v);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// `set.pop()`: CPython's finger order.
    pub fn set_pop_item(&mut self, s: &Value) -> Option<Value> {
        let set = self.set_data_mut(s)?;
        let (_, k) = set.table.pop()?;
        Some(set.free_key(k))
    }

    pub fn set_clear(&mut self, s: &Value) {
        let Some(set) = self.set_data_mut(s) else {
            return;
        };
        let old = std::mem::take(set);
        let mut out = Vec::new();
        old.drain_values(&mut out);
        self.heap.decref_all(out);
    }

    /// A set from an iterable, built as CPython builds it (a set argument
    /// is merged table to table).
    pub fn set_from_iterable(&mut self, frozen: bool, it: &Value) -> PyResult<Value> {
        if let Some(src) = self.set_data(it) {
            let table = src.table.copy();
            let keys = src.keys.clone();
            let s = PySet::from_table(self, table, &keys);
            return Ok(self.new_set_obj(frozen, s));
        }
        let items = self.collect_iterable(it)?;
        let s = self.new_set_obj(frozen, PySet::default());
        for x in items {
            self.set_insert(&s, x)?;
        }
        Ok(s)
    }

    /// `{a, b, c}` of constants: CPython folds it into a frozenset first.
    pub fn set_from_constants(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let mut hashed = Vec::new();
        for (i, v) in items.iter().enumerate() {
            hashed.push((self.hash(v)?, i as u32));
        }
        let table = SetTable::from_constant_display(&hashed, &mut |a, b| {
            key_eq(&items[a as usize], &items[b as usize])
        });
        let s = PySet::from_table(self, table, &items);
        self.heap.decref_all(items);
        Ok(self.new_set_obj(false, s))
    }

    /// `a op b` for two sets, in CPython's iteration orders.
    pub fn set_binary(&mut self, a: &Value, b: &Value, op: char) -> PyResult<Value> {
        let (Some(sa), Some(sb)) = (self.set_data(a), self.set_data(b)) else {
            return Ok(Value::NotImplemented);
        };
        let frozen = matches!(a, Value::Obj(r) if matches!(self.heap.get(*r), Obj::FrozenSet(_)));
        // One key space for both operands: b's keys follow a's.
        let offset = sa.keys.len() as u32;
        let mut keys = sa.keys.clone();
        keys.extend(sb.keys.iter().cloned());
        let ta = sa.table.clone();
        let tb = shift(&sb.table, offset);
        // Elements of the two sets with equal hashes that only Python can
        // compare (a class's `__eq__`, a tuple holding such an object):
        // their `==` is run first, in b's order, and the table operations
        // look it up.
        let mut by_hash: std::collections::HashMap<i64, Vec<u32>> = Default::default();
        for (h, x) in ta.entries() {
            by_hash.entry(h).or_default().push(x);
        }
        let mut pairs = Vec::new();
        for (h, y) in tb.entries() {
            for &x in by_hash.get(&h).into_iter().flatten() {
                if !self.structural_eq(&keys[x as usize], &keys[y as usize], 0) {
                    pairs.push((x, y));
                }
            }
        }
        let mut known: std::collections::HashMap<(u32, u32), bool> = Default::default();
        if !pairs.is_empty() {
            // `__eq__` may change the sets: the keys stay alive meanwhile.
            for k in &keys {
                self.heap.incref(k);
            }
            let mut failed = None;
            for (x, y) in pairs {
                match self.eq(&keys[x as usize], &keys[y as usize]) {
                    Ok(r) => {
                        known.insert((x, y), r);
                        known.insert((y, x), r);
                    }
                    Err(e) => {
                        failed = Some(e);
                        break;
                    }
                }
            }
            if let Some(e) = failed {
                self.heap.decref_all(keys);
                return Err(e);
            }
        }
        let mut eq = |x: u32, y: u32| match known.get(&(x, y)) {
            Some(r) => *r,
            None => self.structural_eq(&keys[x as usize], &keys[y as usize], 0),
        };
        let table = match op {
            '|' => SetTable::union(&ta, &tb, &mut eq),
            '&' => SetTable::intersection(&ta, &tb, &mut eq),
            '-' => SetTable::difference(&ta, &tb, &mut eq),
            _ => SetTable::symmetric_difference(&ta, &tb, &mut eq),
        };
        let s = PySet::from_table(self, table, &keys);
        if !known.is_empty() {
            self.heap.decref_all(keys);
        }
        Ok(self.new_set_obj(frozen, s))
    }

    /// Equality of set elements that needs no Python code: identity, the
    /// scalars, and tuples and frozensets of them compared item by item
    /// (an element with a user `__eq__` is equal only to itself here).
    fn structural_eq(&self, a: &Value, b: &Value, depth: usize) -> bool {
        if key_eq(a, b) {
            return true;
        }
        let (Value::Obj(x), Value::Obj(y)) = (a, b) else {
            return false;
        };
        if depth > 100 {
            return false;
        }
        match (self.heap.get(*x), self.heap.get(*y)) {
            (Obj::Tuple(ta), Obj::Tuple(tb)) => {
                ta.len() == tb.len()
                    && ta
                        .iter()
                        .zip(tb.iter())
                        .all(|(p, q)| self.structural_eq(p, q, depth + 1))
            }
            (Obj::FrozenSet(sa), Obj::FrozenSet(sb)) => {
                let (va, vb) = (sa.values(), sb.values());
                va.len() == vb.len()
                    && va
                        .iter()
                        .all(|p| vb.iter().any(|q| self.structural_eq(p, q, depth + 1)))
            }
            (Obj::BigInt(p), Obj::BigInt(q)) => p == q,
            _ => false,
        }
    }

    /// `a <= b` for sets.
    pub fn set_is_subset(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let items = self.set_data(a).map(|s| s.values()).unwrap_or_default();
        for k in items {
            if !self.set_contains(b, &k)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Replaces the contents of `target` by those of `source` (for `|=`).
    pub fn set_replace_contents(&mut self, target: &Value, source: &Value) -> PyResult<()> {
        let Some(src) = self.set_data(source) else {
            return Ok(());
        };
        let (table, keys) = (src.table.clone(), src.keys.clone());
        let new = PySet::from_table(self, table, &keys);
        if let Some(t) = self.set_data_mut(target) {
            let old = std::mem::replace(t, new);
            let mut out = Vec::new();
            old.drain_values(&mut out);
            self.heap.decref_all(out);
        }
        Ok(())
    }
}

/// The same table with every key moved by `offset`.
fn shift(t: &SetTable, offset: u32) -> SetTable {
    let mut out = t.clone();
    out.remap_keys(|k| k + offset);
    out
}
