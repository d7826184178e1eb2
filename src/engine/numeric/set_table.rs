//! CPython 3.11's set hash table (`Objects/setobject.c`), kept slot for slot
//! so that iterating, printing and popping a set visits elements in exactly
//! CPython's order.
//!
//! Keys are opaque `u32` handles chosen by the VM; the table stores each
//! with its Python hash. Key equality is a VM question, so every probing
//! operation takes an equality callback. It is called exactly where CPython
//! calls `==`: only for stored entries whose hash equals the probe's, in
//! probe order, as `existing == probe`. Like CPython's identity shortcut,
//! it must answer `true` when both handles are the same object (so a NaN
//! is found again).
//!
//! Dicts need none of this: their iteration order is insertion order.

/// Slots in a new or cleared table (`PySet_MINSIZE`).
const MIN_SIZE: usize = 8;
/// Slots checked one after another before jumping (`LINEAR_PROBES`).
const LINEAR_PROBES: u64 = 9;
/// Hash bits mixed into each jump (`PERTURB_SHIFT`).
const PERTURB_SHIFT: u32 = 5;

/// One table slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    /// Never used: ends every probe sequence.
    Empty,
    /// Deleted: skipped by lookups, reusable by insertion.
    Dummy,
    Active {
        hash: i64,
        key: u32,
    },
}

/// The equality callback of single-table operations: `eq(existing)` tells
/// whether the stored key `existing` equals the key being probed for.
pub type KeyEq<'a> = &'a mut dyn FnMut(u32) -> bool;

/// The equality callback of operations between tables: `eq(existing,
/// probe)` tells whether stored key `existing` equals key `probe`.
pub type PairEq<'a> = &'a mut dyn FnMut(u32, u32) -> bool;

/// A Python set's hash table: entries in slots, plus CPython's `fill`
/// (active + dummy slots), `used` (active slots) and pop `finger`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetTable {
    slots: Vec<Slot>,
    fill: usize,
    used: usize,
    finger: usize,
}

impl Default for SetTable {
    fn default() -> SetTable {
        SetTable::new()
    }
}

impl SetTable {
    /// An empty set: eight empty slots.
    pub fn new() -> SetTable {
        SetTable {
            slots: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    /// `len(s)`.
    pub fn len(&self) -> usize {
        self.used
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Number of slots (a power of two, at least 8).
    pub fn capacity(&self) -> usize {
        self.slots.len()
    }

    fn mask(&self) -> u64 {
        self.slots.len() as u64 - 1
    }

    /// `(hash, key)` of every element in iteration order (table order).
    pub fn entries(&self) -> impl Iterator<Item = (i64, u32)> + '_ {
        self.slots.iter().filter_map(|s| match *s {
            Slot::Active { hash, key } => Some((hash, key)),
            _ => None,
        })
    }

    /// The keys in iteration order.
    pub fn keys(&self) -> Vec<u32> {
        self.entries().map(|(_, k)| k).collect()
    }

    /// The hashes of all elements (what `hash(frozenset)` needs).
    pub fn hashes(&self) -> Vec<i64> {
        self.entries().map(|(h, _)| h).collect()
    }

    /// `set_lookkey`: the slot of the active entry equal to the probe, or
    /// `None` when the probe meets an empty slot first.
    fn lookup(&self, hash: i64, eq: KeyEq) -> Option<usize> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = perturb & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match self.slots[j as usize] {
                    Slot::Empty => return None,
                    Slot::Active { hash: h, key } if h == hash && eq(key) => {
                        return Some(j as usize);
                    }
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb) & mask;
        }
    }

    /// `key in s`.
    pub fn contains(&self, hash: i64, eq: KeyEq) -> bool {
        self.lookup(hash, eq).is_some()
    }

    /// The stored key equal to the probe, if any.
    pub fn find(&self, hash: i64, eq: KeyEq) -> Option<u32> {
        match self.slots[self.lookup(hash, eq)?] {
            Slot::Active { key, .. } => Some(key),
            _ => None,
        }
    }

    /// `set_add_entry` (`s.add(key)`): returns whether `key` was inserted
    /// (false when an equal key was already present; the old key stays).
    /// The last deleted slot passed on the probe path is reused; otherwise
    /// a fresh slot is taken, and the table grows once it is 3/5 full.
    pub fn add(&mut self, hash: i64, key: u32, eq: KeyEq) -> bool {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = perturb & mask;
        let mut freeslot = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                let j = j as usize;
                match self.slots[j] {
                    Slot::Empty => {
                        self.used += 1;
                        if let Some(free) = freeslot {
                            self.slots[free] = Slot::Active { hash, key };
                            return true;
                        }
                        self.slots[j] = Slot::Active { hash, key };
                        self.fill += 1;
                        if (self.fill as u64) * 5 >= mask * 3 {
                            self.resize(self.growth_target());
                        }
                        return true;
                    }
                    Slot::Active { hash: h, key: k } => {
                        if h == hash && eq(k) {
                            return false;
                        }
                    }
                    Slot::Dummy => freeslot = Some(j),
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb) & mask;
        }
    }

    /// The `minused` CPython resizes to after growth or heavy deletion.
    fn growth_target(&self) -> usize {
        if self.used > 50_000 {
            self.used * 2
        } else {
            self.used * 4
        }
    }

    /// `set_discard_entry` (`s.discard(key)`): removes the equal key,
    /// leaving a dummy slot, and returns it; `None` if absent (`s.remove`
    /// then raises `KeyError`).
    pub fn discard(&mut self, hash: i64, eq: KeyEq) -> Option<u32> {
        let slot = self.lookup(hash, eq)?;
        let Slot::Active { key, .. } = self.slots[slot] else {
            return None;
        };
        self.slots[slot] = Slot::Dummy;
        self.used -= 1;
        Some(key)
    }

    /// `s.pop()`: the first element at or after the finger (wrapping),
    /// which then moves past it. `None` when empty (CPython raises
    /// `KeyError: 'pop from an empty set'`).
    pub fn pop(&mut self) -> Option<(i64, u32)> {
        if self.used == 0 {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = self.finger & mask;
        loop {
            if let Slot::Active { hash, key } = self.slots[i] {
                self.slots[i] = Slot::Dummy;
                self.used -= 1;
                self.finger = i + 1;
                return Some((hash, key));
            }
            i = if i == mask { 0 } else { i + 1 };
        }
    }

    /// `s.clear()`: back to eight empty slots (the pop finger is kept).
    pub fn clear(&mut self) {
        self.slots = vec![Slot::Empty; MIN_SIZE];
        self.fill = 0;
        self.used = 0;
    }

    /// Renames every key (the table layout is unchanged), so two tables
    /// can share one key space for a binary operation.
    pub fn remap_keys(&mut self, mut f: impl FnMut(u32) -> u32) {
        for slot in self.slots.iter_mut() {
            if let Slot::Active { key, .. } = slot {
                *key = f(*key);
            }
        }
    }

    /// `set_table_resize`: rebuilds into the smallest power-of-two table
    /// (at least 8) with more than `minused` slots, dropping dummies and
    /// reinserting active entries in old table order.
    fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            // A small table without dummies: nothing to do.
            return;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; newsize]);
        self.fill = self.used;
        for slot in old {
            if let Slot::Active { hash, key } = slot {
                self.insert_clean(hash, key);
            }
        }
    }

    /// `set_insert_clean`: places an entry known to be absent into the
    /// first empty slot of its probe sequence (no dummies exist).
    fn insert_clean(&mut self, hash: i64, key: u32) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = perturb & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                let j = j as usize;
                if self.slots[j] == Slot::Empty {
                    self.slots[j] = Slot::Active { hash, key };
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb) & mask;
        }
    }

    /// `set_merge` (`s.update(other)` / `s |= other` for a set `other`
    /// that is not `s` itself; `s.update(s)` is a no-op). Presizes once,
    /// then copies slots, clean-inserts, or adds one by one, as CPython
    /// chooses.
    pub fn update_from_set(&mut self, other: &SetTable, eq: PairEq) {
        if other.used == 0 {
            return;
        }
        if ((self.fill + other.used) as u64) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.slots.len() == other.slots.len() && other.fill == other.used {
            // Same size and no dummies: the slots carry over as they are.
            self.slots.clone_from(&other.slots);
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for (hash, key) in other.entries() {
                self.insert_clean(hash, key);
            }
            return;
        }
        for (hash, key) in other.entries() {
            self.add(hash, key, &mut |existing| eq(existing, key));
        }
    }

    /// `s.update(d)` / `set(d)` for an exact dict `d`, given its keys in
    /// dict order: one presize for all of them, then adds. (Other
    /// iterables are plain [`SetTable::add`]s in iteration order.)
    pub fn update_from_dict_keys(&mut self, keys: &[(i64, u32)], eq: PairEq) {
        if ((self.fill + keys.len()) as u64) * 5 >= self.mask() * 3 {
            self.resize((self.used + keys.len()) * 2);
        }
        for &(hash, key) in keys {
            self.add(hash, key, &mut |existing| eq(existing, key));
        }
    }

    /// `s.copy()` / `set(s)` / `frozenset(s)`: a fresh table merged from
    /// `self`, whose size can differ from the original's.
    pub fn copy(&self) -> SetTable {
        let mut out = SetTable::new();
        // No equality question can arise when merging into an empty table.
        out.update_from_set(self, &mut |_, _| false);
        out
    }

    /// A set display whose elements are all constants, at least three of
    /// them (`{1, 2, 3}`), as CPython 3.11 evaluates it: the compiler folds
    /// the items into a frozenset (adds in source order), its constant
    /// merging rebuilds that frozenset by re-adding the elements in their
    /// iteration order, and at run time `SET_UPDATE` merges it into a new
    /// empty set. Other displays are plain [`SetTable::add`]s in source
    /// order.
    pub fn from_constant_display(items: &[(i64, u32)], eq: PairEq) -> SetTable {
        let mut folded = SetTable::new();
        for &(hash, key) in items {
            folded.add(hash, key, &mut |existing| eq(existing, key));
        }
        let mut merged = SetTable::new();
        for (hash, key) in folded.entries() {
            // The elements are distinct by now: no comparison can succeed.
            merged.add(hash, key, &mut |_| false);
        }
        merged.copy()
    }

    /// `a | b` / `a.union(b)`: a copy of `a` updated from `b`.
    pub fn union(a: &SetTable, b: &SetTable, eq: PairEq) -> SetTable {
        let mut out = a.copy();
        if !std::ptr::eq(a, b) {
            out.update_from_set(b, eq);
        }
        out
    }

    /// `a & b` / `a.intersection(b)` for sets: iterates the smaller operand
    /// (`b` on a tie) and keeps its keys that the other contains.
    pub fn intersection(a: &SetTable, b: &SetTable, eq: PairEq) -> SetTable {
        if std::ptr::eq(a, b) {
            return a.copy();
        }
        let (big, small) = if b.used > a.used { (b, a) } else { (a, b) };
        let mut out = SetTable::new();
        for (hash, key) in small.entries() {
            if big.contains(hash, &mut |existing| eq(existing, key)) {
                out.add(hash, key, &mut |existing| eq(existing, key));
            }
        }
        out
    }

    /// `a.intersection(iterable)` for a non-set iterable given as its
    /// items' `(hash, key)` in iteration order: keeps the items `a`
    /// contains, stopping once the result is as large as `a`.
    pub fn intersection_with_items(a: &SetTable, items: &[(i64, u32)], eq: PairEq) -> SetTable {
        let mut out = SetTable::new();
        for &(hash, key) in items {
            if a.contains(hash, &mut |existing| eq(existing, key)) {
                out.add(hash, key, &mut |existing| eq(existing, key));
                if out.used >= a.used {
                    break;
                }
            }
        }
        out
    }

    /// `a &= b` / `a.intersection_update(b)`: `a` takes the body of
    /// `a & b` (keeping its own pop finger).
    pub fn intersection_update(&mut self, other: &SetTable, eq: PairEq) {
        let result = SetTable::intersection(self, other, eq);
        self.slots = result.slots;
        self.fill = result.fill;
        self.used = result.used;
    }

    /// `a - b` / `a.difference(b)` for sets: when `a` is over four times
    /// larger, a copy of `a` with `b`'s keys discarded; otherwise the keys
    /// of `a` not in `b`, added in `a`'s order.
    pub fn difference(a: &SetTable, b: &SetTable, eq: PairEq) -> SetTable {
        if (a.used >> 2) > b.used {
            let mut out = a.copy();
            out.difference_update(b, eq);
            return out;
        }
        let mut out = SetTable::new();
        for (hash, key) in a.entries() {
            if !b.contains(hash, &mut |existing| eq(existing, key)) {
                out.add(hash, key, &mut |existing| eq(existing, key));
            }
        }
        out
    }

    /// `a -= b` / `a.difference_update(b)` for a set `b` that is not `a`
    /// itself (`a -= a` is [`SetTable::clear`]). Discards `b`'s keys (or,
    /// when `b` is over eight times larger, those of `a & b`), then
    /// rebuilds if more than a quarter of the slots are dummies.
    pub fn difference_update(&mut self, other: &SetTable, eq: PairEq) {
        let shrunk;
        let other = if (other.used >> 3) > self.used {
            shrunk = SetTable::intersection(self, other, eq);
            &shrunk
        } else {
            other
        };
        let keys: Vec<(i64, u32)> = other.entries().collect();
        self.discard_all(&keys, eq);
    }

    /// `a -= iterable` / `a - iterable` on a copy, for a non-set iterable
    /// given as its items' `(hash, key)` in iteration order.
    pub fn difference_update_items(&mut self, items: &[(i64, u32)], eq: PairEq) {
        self.discard_all(items, eq);
    }

    fn discard_all(&mut self, items: &[(i64, u32)], eq: PairEq) {
        for &(hash, key) in items {
            self.discard(hash, &mut |existing| eq(existing, key));
        }
        if (self.fill - self.used) as u64 > self.mask() / 4 {
            self.resize(self.growth_target());
        }
    }

    /// `a ^ b` / `a.symmetric_difference(b)`: a copy of `b`, then every key
    /// of `a` is discarded from it if present and added otherwise.
    pub fn symmetric_difference(a: &SetTable, b: &SetTable, eq: PairEq) -> SetTable {
        let mut out = b.copy();
        out.symmetric_difference_update(a, eq);
        out
    }

    /// `a ^= b` / `a.symmetric_difference_update(b)` for a set `b` that is
    /// not `a` itself (`a ^= a` is [`SetTable::clear`]); for another
    /// iterable, CPython first builds a set from it.
    pub fn symmetric_difference_update(&mut self, other: &SetTable, eq: PairEq) {
        let keys: Vec<(i64, u32)> = other.entries().collect();
        self.toggle_all(&keys, eq);
    }

    /// `a ^= d` for an exact dict `d`, given its keys in dict order
    /// (CPython walks the dict directly instead of building a set).
    pub fn symmetric_difference_update_dict_keys(&mut self, keys: &[(i64, u32)], eq: PairEq) {
        self.toggle_all(keys, eq);
    }

    fn toggle_all(&mut self, items: &[(i64, u32)], eq: PairEq) {
        for &(hash, key) in items {
            if self
                .discard(hash, &mut |existing| eq(existing, key))
                .is_none()
            {
                self.add(hash, key, &mut |existing| eq(existing, key));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::hash::{hash_int, hash_str};
    use super::*;
    use std::collections::HashMap;

    /// Python ints as keys: handle `i` stands for `self.0[i]`.
    #[derive(Default)]
    struct Ints(Vec<i64>, HashMap<i64, u32>);

    impl Ints {
        fn key(&mut self, v: i64) -> (i64, u32) {
            let next = self.0.len() as u32;
            let idx = *self.1.entry(v).or_insert(next);
            if idx == next {
                self.0.push(v);
            }
            (hash_int(v), idx)
        }

        /// A constant set display such as `{1, 2, 3}`.
        fn display(&mut self, vals: &[i64]) -> SetTable {
            let items: Vec<(i64, u32)> = vals.iter().map(|&v| self.key(v)).collect();
            SetTable::from_constant_display(&items, &mut eq())
        }

        fn add(&mut self, s: &mut SetTable, v: i64) {
            let (hash, key) = self.key(v);
            s.add(hash, key, &mut |existing| existing == key);
        }

        fn discard(&mut self, s: &mut SetTable, v: i64) {
            let (hash, key) = self.key(v);
            s.discard(hash, &mut |existing| existing == key);
        }

        fn pop(&self, s: &mut SetTable) -> i64 {
            s.pop().map_or(i64::MIN, |(_, k)| self.0[k as usize])
        }

        /// A set built by adding `vals` in order, as a literal or loop does.
        fn set(&mut self, vals: &[i64]) -> SetTable {
            let mut s = SetTable::new();
            for &v in vals {
                self.add(&mut s, v);
            }
            s
        }

        fn order(&self, s: &SetTable) -> Vec<i64> {
            s.keys().iter().map(|&k| self.0[k as usize]).collect()
        }

        /// `[len] + first n + last n` of a big set's order.
        fn summary(&self, s: &SetTable, n: usize) -> Vec<i64> {
            let order = self.order(s);
            let mut out = vec![order.len() as i64];
            out.extend_from_slice(&order[..n]);
            out.extend_from_slice(&order[order.len() - n..]);
            out
        }
    }

    /// Python strs as keys, hashed as under PYTHONHASHSEED=0.
    #[derive(Default)]
    struct Strs(Vec<String>);

    impl Strs {
        fn key(&mut self, v: &str) -> (i64, u32) {
            let idx = match self.0.iter().position(|x| x == v) {
                Some(i) => i,
                None => {
                    self.0.push(v.to_string());
                    self.0.len() - 1
                }
            };
            (hash_str(v), idx as u32)
        }

        fn set(&mut self, vals: &[&str]) -> SetTable {
            let mut s = SetTable::new();
            for v in vals {
                let (hash, key) = self.key(v);
                s.add(hash, key, &mut |existing| existing == key);
            }
            s
        }

        fn discard(&mut self, s: &mut SetTable, v: &str) {
            let (hash, key) = self.key(v);
            s.discard(hash, &mut |existing| existing == key);
        }

        fn order(&self, s: &SetTable) -> Vec<&str> {
            s.keys()
                .iter()
                .map(|&k| self.0[k as usize].as_str())
                .collect()
        }
    }

    fn eq() -> impl FnMut(u32, u32) -> bool {
        |existing, probe| existing == probe
    }

    // Expected orders below were produced by CPython 3.11.7 (strings with
    // PYTHONHASHSEED=0) with the same operations.

    #[test]
    fn literal_orders() {
        let mut ints = Ints::default();
        // {10, 5, 100}
        let s = ints.display(&[10, 5, 100]);
        assert_eq!(ints.order(&s), vec![10, 100, 5]);
        // {1, 2, 3}
        let s = ints.display(&[1, 2, 3]);
        assert_eq!(ints.order(&s), vec![1, 2, 3]);
        // {8, 16, 0, 24}
        let s = ints.display(&[8, 16, 0, 24]);
        assert_eq!(ints.order(&s), vec![8, 16, 0, 24]);
        // {-1, -2, -3, 7}
        let s = ints.display(&[-1, -2, -3, 7]);
        assert_eq!(ints.order(&s), vec![-2, -3, -1, 7]);
        // {100, 200, 300, 400, 500}
        let s = ints.display(&[100, 200, 300, 400, 500]);
        assert_eq!(ints.order(&s), vec![400, 100, 500, 200, 300]);
        // {2**61 - 1, 2**61, 5, -(2**62)}
        let s = ints.display(&[
            2305843009213693951,
            2305843009213693952,
            5,
            -4611686018427387904,
        ]);
        assert_eq!(
            ints.order(&s),
            vec![
                2305843009213693951,
                2305843009213693952,
                5,
                -4611686018427387904
            ]
        );
        // {9223372036854775807, -9223372036854775808, 0}
        let s = ints.display(&[9223372036854775807, -9223372036854775808, 0]);
        assert_eq!(
            ints.order(&s),
            vec![0, 9223372036854775807, -9223372036854775808]
        );
        // {33, 1, 65, 97, 129}
        let s = ints.display(&[33, 1, 65, 97, 129]);
        assert_eq!(ints.order(&s), vec![65, 129, 97, 1, 33]);
        // {7, 3, 11, 5, 2, 13, 17, 19, 23, 29}
        let s = ints.display(&[7, 3, 11, 5, 2, 13, 17, 19, 23, 29]);
        assert_eq!(ints.order(&s), vec![2, 3, 5, 7, 11, 13, 17, 19, 23, 29]);
        // adds of [10, 5, 100], as a display with a non-constant item would do
        let s = ints.set(&[10, 5, 100]);
        assert_eq!(ints.order(&s), vec![10, 100, 5]);
        // adds of [-1, -2, -3, 7], as a display with a non-constant item would do
        let s = ints.set(&[-1, -2, -3, 7]);
        assert_eq!(ints.order(&s), vec![7, -3, -1, -2]);
        // adds of [100, 200, 300, 400, 500], as a display with a non-constant item would do
        let s = ints.set(&[100, 200, 300, 400, 500]);
        assert_eq!(ints.order(&s), vec![100, 200, 300, 400, 500]);
    }

    #[test]
    fn adds_and_removes() {
        let mut ints = Ints::default();
        let mut s = SetTable::new();
        for i in 0..20 {
            ints.add(&mut s, i);
        }
        for i in (0..20).step_by(2) {
            ints.discard(&mut s, i);
        }
        for i in 100..110 {
            ints.add(&mut s, i);
        }
        assert_eq!(
            ints.order(&s),
            vec![
                1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109
            ]
        );
        // The last dummy on the probe path is reused.
        let mut s = ints.set(&[0, 8, 16]);
        ints.discard(&mut s, 0);
        ints.discard(&mut s, 8);
        ints.add(&mut s, 24);
        ints.add(&mut s, 32);
        assert_eq!(ints.order(&s), vec![32, 24, 16]);
        let mut s = SetTable::new();
        for i in 1..1000 {
            ints.add(&mut s, i);
        }
        for i in (1..1000).filter(|i| i % 3 == 0 || i % 7 == 0) {
            ints.discard(&mut s, i);
        }
        for i in 2000..2050 {
            ints.add(&mut s, i);
        }
        assert_eq!(
            ints.summary(&s, 40),
            vec![
                621, 2048, 1, 2, 4, 5, 8, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 26, 29, 31, 32,
                34, 37, 38, 40, 41, 43, 44, 46, 47, 50, 52, 53, 55, 58, 59, 61, 62, 64, 65, 67,
                2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021,
                2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035,
                2036, 2037, 2038, 2039, 2040, 2041, 2042, 2043, 2044, 2045, 2046, 2047
            ]
        );
        // Past 50000 elements tables grow by 2x instead of 4x.
        let mut s = SetTable::new();
        for i in 0..60000 {
            ints.add(&mut s, i * 7919 % 1000003);
        }
        for i in (0..60000).step_by(2) {
            ints.discard(&mut s, i * 7919 % 1000003);
        }
        for i in 60000..90000 {
            ints.add(&mut s, i * 7919 % 1000003);
        }
        assert_eq!(
            ints.summary(&s, 30),
            vec![
                60000, 131072, 786436, 131078, 917511, 262150, 262153, 917517, 262159, 393231,
                393234, 393240, 524312, 524315, 32, 524321, 655393, 655396, 38, 786471, 131113,
                786474, 786477, 131119, 917552, 262194, 917558, 262200, 393272, 393275, 393281,
                262068, 262071, 917435, 262077, 393149, 393152, 524227, 524230, 524233, 655308,
                655314, 131028, 786389, 131031, 786395, 131037, 917470, 262109, 262112, 917476,
                262118, 393190, 393193, 393199, 524271, 524274, 655349, 655352, 655355, 786430
            ]
        );
    }

    #[test]
    fn string_sets() {
        let mut strs = Strs::default();
        let words = [
            "apple",
            "banana",
            "cherry",
            "date",
            "elderberry",
            "fig",
            "grape",
        ];
        let s = strs.set(&words);
        assert_eq!(
            strs.order(&s),
            [
                "banana",
                "apple",
                "cherry",
                "fig",
                "date",
                "grape",
                "elderberry"
            ]
        );
        let chars: Vec<String> = "hello world".chars().map(String::from).collect();
        let refs: Vec<&str> = chars.iter().map(String::as_str).collect();
        let s = strs.set(&refs);
        assert_eq!(strs.order(&s), [" ", "d", "r", "h", "o", "e", "w", "l"]);
        let names: Vec<String> = (0..50).map(|i| format!("k{i}")).collect();
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        let mut s = strs.set(&refs);
        for i in (0..50).step_by(3) {
            strs.discard(&mut s, &format!("k{i}"));
        }
        assert_eq!(
            strs.order(&s),
            [
                "k1", "k28", "k25", "k37", "k8", "k14", "k7", "k29", "k49", "k35", "k43", "k31",
                "k10", "k40", "k5", "k20", "k38", "k46", "k41", "k19", "k22", "k17", "k16", "k47",
                "k11", "k23", "k2", "k26", "k32", "k13", "k4", "k44", "k34"
            ]
        );
        let s = strs.set(&["café", "中文", "😀", "x", "naïve"]);
        assert_eq!(strs.order(&s), ["x", "café", "naïve", "😀", "中文"]);
    }

    #[test]
    fn operators() {
        let mut ints = Ints::default();
        let mut a = SetTable::new();
        for i in (0..40).step_by(2) {
            ints.add(&mut a, i);
        }
        let mut b = SetTable::new();
        for i in (0..60).step_by(3) {
            ints.add(&mut b, i);
        }
        assert_eq!(
            ints.order(&SetTable::union(&a, &b, &mut eq())),
            vec![
                0, 2, 3, 4, 6, 8, 9, 10, 12, 14, 15, 16, 18, 20, 21, 22, 24, 26, 27, 28, 30, 32,
                33, 34, 36, 38, 39, 42, 45, 48, 51, 54, 57
            ],
            "a | b"
        );
        assert_eq!(
            ints.order(&SetTable::union(&b, &a, &mut eq())),
            vec![
                0, 2, 3, 4, 6, 8, 9, 10, 12, 14, 15, 16, 18, 20, 21, 22, 24, 26, 27, 28, 30, 32,
                33, 34, 36, 38, 39, 42, 45, 48, 51, 54, 57
            ],
            "b | a"
        );
        assert_eq!(
            ints.order(&SetTable::union(&a, &a, &mut eq())),
            vec![
                0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34, 36, 38
            ],
            "a | a"
        );
        assert_eq!(
            ints.order(&SetTable::intersection(&a, &b, &mut eq())),
            vec![0, 36, 6, 12, 18, 24, 30],
            "a & b"
        );
        assert_eq!(
            ints.order(&SetTable::intersection(&b, &a, &mut eq())),
            vec![0, 36, 6, 12, 18, 24, 30],
            "b & a"
        );
        assert_eq!(
            ints.order(&SetTable::difference(&a, &b, &mut eq())),
            vec![32, 2, 34, 4, 38, 8, 10, 14, 16, 20, 22, 26, 28],
            "a - b"
        );
        assert_eq!(
            ints.order(&SetTable::difference(&b, &a, &mut eq())),
            vec![33, 3, 39, 9, 42, 45, 15, 48, 51, 21, 54, 57, 27],
            "b - a"
        );
        assert_eq!(
            ints.order(&SetTable::symmetric_difference(&a, &b, &mut eq())),
            vec![
                2, 3, 4, 8, 9, 10, 14, 15, 16, 20, 21, 22, 26, 27, 28, 32, 33, 34, 38, 39, 42, 45,
                48, 51, 54, 57
            ],
            "a ^ b"
        );
        assert_eq!(
            ints.order(&SetTable::symmetric_difference(&b, &a, &mut eq())),
            vec![
                2, 3, 4, 8, 9, 10, 14, 15, 16, 20, 21, 22, 26, 27, 28, 32, 33, 34, 38, 39, 42, 45,
                48, 51, 54, 57
            ],
            "b ^ a"
        );
        assert_eq!(
            ints.order(&a.copy()),
            vec![
                0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34, 36, 38
            ],
            "a.copy()"
        );
        // A copy is sized for its contents, so its order can differ.
        let s = ints.set(&[5, 37, 69, 101, 133]);
        let mut both = ints.order(&s);
        both.push(-1);
        both.extend(ints.order(&s.copy()));
        assert_eq!(both, vec![101, 37, 69, 5, 133, -1, 101, 37, 69, 5, 133]);
        let mut big = SetTable::new();
        for i in 0..100 {
            ints.add(&mut big, i * 13);
        }
        let small = ints.set(&[0, 13, 26, 500]);
        assert_eq!(
            ints.order(&SetTable::difference(&big, &small, &mut eq()))[..30],
            vec![
                1027, 260, 1287, 520, 780, 1040, 273, 533, 793, 1053, 286, 546, 806, 39, 1066, 299,
                559, 819, 52, 1079, 312, 572, 832, 65, 1092, 325, 585, 845, 78, 1105
            ][..]
        );
        let mut c = a.clone();
        c.update_from_set(&b, &mut eq());
        assert_eq!(
            ints.order(&c),
            vec![
                0, 2, 3, 4, 6, 8, 9, 10, 12, 14, 15, 16, 18, 20, 21, 22, 24, 26, 27, 28, 30, 32,
                33, 34, 36, 38, 39, 42, 45, 48, 51, 54, 57
            ]
        );
        let mut c = a.clone();
        c.intersection_update(&b, &mut eq());
        assert_eq!(ints.order(&c), vec![0, 36, 6, 12, 18, 24, 30]);
        let mut c = a.clone();
        c.difference_update(&b, &mut eq());
        assert_eq!(
            ints.order(&c),
            vec![2, 4, 8, 10, 14, 16, 20, 22, 26, 28, 32, 34, 38]
        );
        let mut c = a.clone();
        c.symmetric_difference_update(&b, &mut eq());
        assert_eq!(
            ints.order(&c),
            vec![
                2, 3, 4, 8, 9, 10, 14, 15, 16, 20, 21, 22, 26, 27, 28, 32, 33, 34, 38, 39, 42, 45,
                48, 51, 54, 57
            ]
        );
        let keys: Vec<(i64, u32)> = [40, 8, 16, 1, 99].iter().map(|&v| ints.key(v)).collect();
        let mut c = SetTable::new();
        c.update_from_dict_keys(&keys, &mut eq());
        assert_eq!(ints.order(&c), vec![16, 1, 99, 40, 8]);
        let items: Vec<(i64, u32)> = [30, 6, 100, 0, 12, 6]
            .iter()
            .map(|&v| ints.key(v))
            .collect();
        assert_eq!(
            ints.order(&SetTable::intersection_with_items(&a, &items, &mut eq())),
            vec![0, 12, 30, 6]
        );
        let items: Vec<(i64, u32)> = [0, 2, 4, 6, 8, 10, 12, 14, 16, 99]
            .iter()
            .map(|&v| ints.key(v))
            .collect();
        let mut c = a.clone();
        c.difference_update_items(&items, &mut eq());
        assert_eq!(
            ints.order(&c),
            vec![18, 20, 22, 24, 26, 28, 30, 32, 34, 36, 38]
        );
    }

    #[test]
    fn pop_and_clear() {
        let mut ints = Ints::default();
        let mut s = ints.set(&[3, 11, 19, 4, 100]);
        let mut popped = vec![ints.pop(&mut s), ints.pop(&mut s)];
        ints.add(&mut s, 27);
        ints.add(&mut s, 1);
        while !s.is_empty() {
            popped.push(ints.pop(&mut s));
        }
        assert_eq!(popped, vec![3, 4, 100, 11, 19, 27, 1]);
        assert_eq!(s.pop(), None);
        // The finger survives clear().
        let mut s = SetTable::new();
        for i in 0..10 {
            ints.add(&mut s, i);
        }
        for _ in 0..3 {
            s.pop();
        }
        s.clear();
        for i in [9, 1, 2, 8] {
            ints.add(&mut s, i);
        }
        let mut seen = vec![ints.pop(&mut s), ints.pop(&mut s)];
        seen.extend(ints.order(&s));
        assert_eq!(seen, vec![1, 8, 9, 2]);
    }

    #[test]
    fn lookups() {
        let mut ints = Ints::default();
        let mut s = ints.set(&[1, 9, 17]);
        let (h9, k9) = ints.key(9);
        let (h25, k25) = ints.key(25);
        assert!(s.contains(h9, &mut |e| e == k9));
        assert!(!s.contains(h25, &mut |e| e == k25));
        assert_eq!(s.find(h9, &mut |e| e == k9), Some(k9));
        assert!(!s.add(h9, k9, &mut |e| e == k9));
        assert_eq!(s.discard(h9, &mut |e| e == k9), Some(k9));
        assert_eq!(s.discard(h9, &mut |e| e == k9), None);
        assert_eq!((s.len(), s.capacity()), (2, 8));
        // The callback only ever sees entries with an equal hash.
        let mut seen = Vec::new();
        let (h1, _) = ints.key(1);
        s.contains(h1, &mut |k| {
            seen.push(k);
            false
        });
        assert_eq!(seen, vec![ints.key(1).1]);
        assert_eq!(s.hashes(), vec![1, 17]);
    }
}
