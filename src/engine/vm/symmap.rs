//! An insertion-ordered map from interned names to values: the namespace of
//! modules, classes and instances.

use std::collections::HashMap;

use super::value::{ObjRef, Value};
use crate::engine::intern::Sym;

/// Small maps scan a vector; larger ones add a hash index.
#[derive(Clone, Debug, Default)]
pub struct SymMap {
    keys: Vec<Sym>,
    vals: Vec<Value>,
    index: Option<HashMap<Sym, u32, super::BuildFx>>,
}

const INDEX_FROM: usize = 12;

impl SymMap {
    pub fn new() -> SymMap {
        SymMap::default()
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    #[inline]
    fn position(&self, k: Sym) -> Option<usize> {
        match &self.index {
            Some(ix) => ix.get(&k).map(|i| *i as usize),
            // Keys are unique, so either end finds the same one. A module's
            // own names come after the dunders every module starts with,
            // and are the ones code looks up.
            None => self.keys.iter().rposition(|x| *x == k),
        }
    }

    #[inline]
    pub fn get(&self, k: Sym) -> Option<&Value> {
        self.position(k).map(|i| &self.vals[i])
    }

    /// The value of `k`, to replace in place: the run loop's stores of an
    /// existing name take this inlined path, not `insert`'s call.
    #[inline]
    pub fn get_mut(&mut self, k: Sym) -> Option<&mut Value> {
        self.position(k).map(|i| &mut self.vals[i])
    }

    pub fn contains(&self, k: Sym) -> bool {
        self.position(k).is_some()
    }

    /// Sets `k`, returning the previous value (the caller drops it).
    pub fn insert(&mut self, k: Sym, v: Value) -> Option<Value> {
        match self.position(k) {
            Some(i) => Some(std::mem::replace(&mut self.vals[i], v)),
            None => {
                self.keys.push(k);
                self.vals.push(v);
                if let Some(ix) = &mut self.index {
                    ix.insert(k, self.keys.len() as u32 - 1);
                } else if self.keys.len() > INDEX_FROM {
                    self.reindex();
                }
                None
            }
        }
    }

    pub fn remove(&mut self, k: Sym) -> Option<Value> {
        let i = self.position(k)?;
        self.keys.remove(i);
        let v = self.vals.remove(i);
        if self.index.is_some() {
            self.reindex();
        }
        Some(v)
    }

    fn reindex(&mut self) {
        self.index = Some(
            self.keys
                .iter()
                .enumerate()
                .map(|(i, k)| (*k, i as u32))
                .collect(),
        );
    }

    pub fn iter(&self) -> impl Iterator<Item = (Sym, &Value)> {
        self.keys.iter().copied().zip(self.vals.iter())
    }

    pub fn keys(&self) -> &[Sym] {
        &self.keys
    }

    /// The values, in the order of `keys()`.
    pub fn values(&self) -> &[Value] {
        &self.vals
    }

    /// Replaces the value at position `i` of `keys()`, returning the old
    /// one (the caller drops it).
    pub fn replace_at(&mut self, i: usize, v: Value) -> Value {
        std::mem::replace(&mut self.vals[i], v)
    }

    pub fn drain_values(self, out: &mut Vec<Value>) {
        out.extend(self.vals);
    }

    /// The heap objects among the values, for the collector.
    pub fn push_refs(&self, out: &mut Vec<ObjRef>) {
        out.extend(self.vals.iter().filter_map(Value::as_obj));
    }
}
