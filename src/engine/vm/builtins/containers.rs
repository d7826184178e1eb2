//! The protocols of the builtin containers: iteration, indexing, length,
//! dict and set tables, unpacking, and the operators on sequences.

use std::rc::Rc;

use crate::engine::syntax::ast::BinOp;
use crate::engine::vm::Vm;
use crate::engine::vm::dict::{Lookup, PyDict};
use crate::engine::vm::generator::GenResult;
use crate::engine::vm::object::{GenKind, IterState, Obj, Payload, PyResult, ViewKind};
use crate::engine::vm::ops::{as_int, fast_eq};
use crate::engine::vm::value::Value;

/// How many items builtins may take from iterators per step of fuel, up to
/// `MAX_NATIVE_ITEMS` in all: beyond what a finishing program needs, and
/// what stops an endless `sum(iter(int, 1))`, which takes no steps at all.
const NATIVE_ITEMS_PER_STEP: u64 = 4;
const MAX_NATIVE_ITEMS: u64 = 100_000_000;

/// The most items one builtin collects from an iterator (`list(it)`):
/// about 240 MB of values.
const MAX_COLLECTED: usize = 10_000_000;

impl Vm {
    pub fn native_items_limit(&self) -> u64 {
        self.limits
            .fuel
            .saturating_mul(NATIVE_ITEMS_PER_STEP)
            .min(MAX_NATIVE_ITEMS)
    }

    pub fn new_dict(&mut self) -> Value {
        self.alloc(Obj::Dict(Box::default()))
    }

    pub fn new_set(&mut self, items: Vec<Value>) -> Value {
        let s = self.alloc(Obj::Set(Box::default()));
        for it in items {
            let _ = self.set_insert(&s, it);
        }
        s
    }

    fn table(&self, d: &Value) -> Option<&PyDict> {
        match d {
            Value::Obj(r) => match self.heap.get(*r) {
                Obj::Dict(t) => Some(t),
                _ => None,
            },
            _ => None,
        }
    }

    fn table_mut(&mut self, d: &Value) -> Option<&mut PyDict> {
        match d {
            Value::Obj(r) => match self.heap.get_mut(*r) {
                Obj::Dict(t) => Some(t),
                _ => None,
            },
            _ => None,
        }
    }

    /// Finds `key` in a dict or set table, running `__eq__` if needed.
    fn table_lookup(&mut self, d: &Value, key: &Value, hash: i64) -> PyResult<Lookup> {
        let fast = self.table(d).map(|t| {
            t.lookup(hash, |k| {
                if k.is(key) {
                    Some(true)
                } else {
                    fast_eq(k, key)
                }
            })
        });
        match fast {
            Some(Ok(l)) => Ok(l),
            Some(Err(())) => {
                let cands = self
                    .table(d)
                    .map(|t| t.candidates(hash))
                    .unwrap_or_default();
                for i in cands {
                    let k = self
                        .table(d)
                        .map(|t| t.entry(i).key.clone())
                        .unwrap_or(Value::Null);
                    if self.eq(&k, key)? {
                        return Ok(Lookup::Found(i));
                    }
                }
                let slot = self.table(d).map(|t| t.lookup(hash, |_| Some(false)));
                match slot {
                    Some(Ok(l)) => Ok(l),
                    _ => Ok(Lookup::Vacant(0)),
                }
            }
            None => Ok(Lookup::Vacant(0)),
        }
    }

    /// `d[key] = value`, taking ownership of both.
    pub fn dict_set(&mut self, d: &Value, key: Value, value: Value) -> PyResult<()> {
        if self.is_set_like(d) {
            self.drop_val(value);
            return self.set_insert(d, key);
        }
        let hash = match self.hash(&key) {
            Ok(h) => h,
            Err(e) => {
                self.drop_val(key);
                self.drop_val(value);
                return Err(e);
            }
        };
        let owner = self.dict_owner(d);
        let mirror = owner.map(|_| key.clone());
        match self.table_lookup(d, &key, hash)? {
            Lookup::Found(i) => {
                let old = self.table_mut(d).map(|t| t.replace_value(i, value));
                self.drop_val(key);
                if let Some(o) = old {
                    self.drop_val(o);
                }
            }
            Lookup::Vacant(_) => {
                if let Some(t) = self.table_mut(d) {
                    t.insert_new(hash, key, value);
                }
            }
        }
        if let (Some(o), Some(k)) = (owner, mirror) {
            self.dict_wrote(d, o, &k);
        }
        Ok(())
    }

    /// `d.get(key)`: a new reference, or None when absent.
    pub fn dict_get(&mut self, d: &Value, key: &Value) -> PyResult<Option<Value>> {
        if self.is_set_like(d) {
            return Ok(self.set_contains(d, key)?.then_some(Value::None));
        }
        let hash = self.hash(key)?;
        match self.table_lookup(d, key, hash)? {
            Lookup::Found(i) => {
                let v = self
                    .table(d)
                    .map(|t| t.entry(i).value.clone())
                    .unwrap_or(Value::None);
                let is_set =
                    matches!(d, Value::Obj(r) if !matches!(self.heap.get(*r), Obj::Dict(_)));
                if is_set {
                    return Ok(Some(Value::None));
                }
                Ok(Some(self.dup(&v)))
            }
            Lookup::Vacant(_) => Ok(None),
        }
    }

    /// Removes `key`, returning its value (owned) if present.
    pub fn dict_remove(&mut self, d: &Value, key: &Value) -> PyResult<Option<Value>> {
        if self.is_set_like(d) {
            return Ok(self.set_discard_item(d, key)?.then_some(Value::None));
        }
        let hash = self.hash(key)?;
        match self.table_lookup(d, key, hash)? {
            Lookup::Found(i) => {
                let (k, v) = self
                    .table_mut(d)
                    .map(|t| t.remove_entry(i))
                    .unwrap_or((Value::Null, Value::Null));
                if let Some(o) = self.dict_owner(d) {
                    self.dict_wrote(d, o, &k);
                }
                self.drop_val(k);
                Ok(Some(v))
            }
            Lookup::Vacant(_) => Ok(None),
        }
    }

    pub fn set_add(&mut self, s: &Value, item: Value) -> PyResult<()> {
        self.set_insert(s, item)
    }

    /// Borrowed (key, value) pairs of a dict, in order.
    pub fn dict_items(&self, d: &Value) -> Vec<(Value, Value)> {
        self.table(d)
            .map(|t| t.iter().map(|e| (e.key.clone(), e.value.clone())).collect())
            .unwrap_or_default()
    }

    pub fn dict_keys(&self, d: &Value) -> Vec<Value> {
        if let Some(s) = self.set_data(d) {
            return s.values();
        }
        self.table(d)
            .map(|t| t.iter().map(|e| e.key.clone()).collect())
            .unwrap_or_default()
    }

    pub fn dict_values(&self, d: &Value) -> Vec<Value> {
        self.table(d)
            .map(|t| t.iter().map(|e| e.value.clone()).collect())
            .unwrap_or_default()
    }

    /// The real dict behind an instance of a dict subclass that keeps
    /// dict's own `__iter__`: CPython's `dict_merge` copies such a dict's
    /// entries directly, never calling an overridden `__getitem__` or
    /// `keys`.
    fn plain_dict_backing(&mut self, v: &Value) -> Option<Value> {
        let Value::Obj(r) = v else { return None };
        let Obj::Instance(inst) = self.heap.get(*r) else {
            return None;
        };
        let Payload::Builtin(inner @ Value::Obj(d)) = &inst.payload else {
            return None;
        };
        if !matches!(self.heap.get(*d), Obj::Dict(_)) {
            return None;
        }
        let (inner, cls) = (inner.clone(), inst.class);
        let iter = self.intern("__iter__");
        match self.lookup_in_mro(cls, iter) {
            Some(Value::Obj(f)) => match self.heap.get(f) {
                Obj::Native(n) if n.owner == "dict" => Some(inner),
                _ => None,
            },
            _ => None,
        }
    }

    /// `target.update(other)`; with `merge`, a repeated key is an error
    /// (`f(**a, **b)`).
    pub fn dict_update(&mut self, target: &Value, other: &Value, merge: bool) -> PyResult<()> {
        let pairs: Vec<(Value, Value)> = match other {
            Value::Obj(r) if matches!(self.heap.get(*r), Obj::Dict(_)) => self.dict_items(other),
            _ if self.plain_dict_backing(other).is_some() => {
                let inner = self.plain_dict_backing(other).unwrap_or(Value::None);
                self.dict_items(&inner)
            }
            _ => {
                // Any mapping with keys(), or an iterable of pairs.
                let keys_sym = self.intern("keys");
                if self.has_method(other, keys_sym) {
                    let ks = self.call_method(other, keys_sym, &[])?;
                    let keys = self.collect_iterable(&ks);
                    self.drop_val(ks);
                    let mut out = Vec::new();
                    for k in keys? {
                        let v = self.getitem(other, &k)?;
                        out.push((k, v));
                    }
                    for (k, v) in out {
                        self.dict_set(target, k, v)?;
                    }
                    return Ok(());
                }
                let items = self.collect_iterable(other)?;
                let mut rest = items.into_iter().enumerate();
                while let Some((i, it)) = rest.next() {
                    let pair = self.collect_iterable(&it);
                    self.drop_val(it);
                    let pair = match pair {
                        Ok(p) => p,
                        Err(e) => {
                            let is_type_error = self.exc_is(&e, "TypeError");
                            for (_, v) in rest {
                                self.drop_val(v);
                            }
                            if !is_type_error {
                                return Err(e);
                            }
                            self.drop_val(e);
                            return Err(self.type_error(format!(
                                "cannot convert dictionary update sequence element #{i} to a sequence"
                            )));
                        }
                    };
                    if pair.len() != 2 {
                        let n = pair.len();
                        self.heap.decref_all(pair);
                        for (_, v) in rest {
                            self.drop_val(v);
                        }
                        return Err(self.value_error(format!(
                            "dictionary update sequence element #{i} has length {n}; 2 is required"
                        )));
                    }
                    let mut p = pair.into_iter();
                    let (k, v) = (
                        p.next().unwrap_or(Value::None),
                        p.next().unwrap_or(Value::None),
                    );
                    self.dict_set(target, k, v)?;
                }
                return Ok(());
            }
        };
        for (k, v) in pairs {
            if merge
                && self
                    .dict_get(target, &k)?
                    .map(|x| self.drop_val(x))
                    .is_some()
            {
                let ks = self.repr(&k)?;
                return Err(
                    self.type_error(format!("got multiple values for keyword argument {ks}"))
                );
            }
            let k = self.dup(&k);
            let v = self.dup(&v);
            self.dict_set(target, k, v)?;
        }
        Ok(())
    }

    pub fn list_extend(&mut self, list: &Value, other: &Value) -> PyResult<()> {
        let items = self.collect_iterable(other)?;
        if let Value::Obj(r) = list
            && let Obj::List(l) = self.heap.get_mut(*r)
        {
            l.extend(items);
            return Ok(());
        }
        self.heap.decref_all(items);
        Ok(())
    }

    /// Every item of an iterable, as new references.
    pub fn collect_iterable(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if let Value::Obj(r) = v {
            match self.heap.get(*r) {
                Obj::List(l) => {
                    let l = l.clone();
                    return Ok(l.iter().map(|x| self.dup(x)).collect());
                }
                Obj::Tuple(t) => {
                    let t = t.to_vec();
                    return Ok(t.iter().map(|x| self.dup(x)).collect());
                }
                _ => {}
            }
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        loop {
            if out.len() >= MAX_COLLECTED {
                self.drop_val(it);
                self.heap.decref_all(out);
                return Err(self.new_exc(
                    "MemoryError",
                    format!(
                        "more than {MAX_COLLECTED} items from one iterator: coroscope's limit \
                         (is the iterator endless?)"
                    ),
                ));
            }
            match self.next(&it) {
                Ok(Some(x)) => out.push(x),
                Ok(None) => break,
                Err(e) => {
                    self.drop_val(it);
                    self.heap.decref_all(out);
                    return Err(e);
                }
            }
        }
        self.drop_val(it);
        Ok(out)
    }

    fn new_iter(&mut self, st: IterState) -> Value {
        self.alloc(Obj::Iter(Box::new(st)))
    }

    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Str(s) => {
                return Ok(self.new_iter(IterState::Str {
                    s: s.clone(),
                    pos: 0,
                }));
            }
            Value::Obj(r) => {
                let r = *r;
                match self.heap.get(r) {
                    Obj::List(_) | Obj::Tuple(_) => {
                        self.heap.incref_obj(r);
                        return Ok(self.new_iter(IterState::Seq { seq: r, idx: 0 }));
                    }
                    Obj::Dict(d) => {
                        let len = d.len();
                        self.heap.incref_obj(r);
                        return Ok(self.new_iter(IterState::Dict {
                            dict: r,
                            idx: 0,
                            kind: ViewKind::Keys,
                            len,
                            left: len,
                        }));
                    }
                    Obj::Deque(_) => return Ok(self.deque_iter(r, false)),
                    Obj::Set(st) | Obj::FrozenSet(st) => {
                        let items: Vec<Value> = st.values();
                        let len = items.len();
                        let items = items.iter().map(|x| self.dup(x)).collect();
                        self.heap.incref_obj(r);
                        return Ok(self.new_iter(IterState::Values {
                            items,
                            idx: 0,
                            source: Some((r, len)),
                        }));
                    }
                    Obj::DictView { dict, kind } => {
                        let (dict, kind) = (*dict, *kind);
                        let len = self.table(&Value::Obj(dict)).map_or(0, |t| t.len());
                        self.heap.incref_obj(dict);
                        return Ok(self.new_iter(IterState::Dict {
                            dict,
                            idx: 0,
                            kind,
                            len,
                            left: len,
                        }));
                    }
                    Obj::Range { start, stop, step } => {
                        let (cur, stop, step) = (*start, *stop, *step);
                        return Ok(self.new_iter(IterState::Range { cur, stop, step }));
                    }
                    Obj::Iter(_) => return Ok(self.dup(v)),
                    Obj::Gen(g) if g.kind == GenKind::Generator => return Ok(self.dup(v)),
                    Obj::Bytes(b) => {
                        let items: Vec<Value> = b.iter().map(|x| Value::Int(*x as i64)).collect();
                        return Ok(self.new_iter(IterState::Values {
                            items,
                            idx: 0,
                            source: None,
                        }));
                    }
                    _ => {}
                }
            }
            _ => {}
        }
        if let Some(hook) = self.class_hook(v, "_cls_iter")? {
            let r = self.call_value(&hook, &[], &[]);
            self.drop_val(hook);
            return r;
        }
        let it_sym = self.names.iter;
        let cls = self.class_of(v);
        let own_iter = self.lookup_in_mro(cls, it_sym);
        // `__iter__ = None` declares the class not iterable, even with a
        // `__getitem__`.
        if matches!(own_iter, Some(Value::None)) {
            let cname = self.class_name(v);
            return Err(self.type_error(format!("'{cname}' object is not iterable")));
        }
        if own_iter.is_some() {
            let it = self.call_method(v, it_sym, &[])?;
            let next = self.names.next;
            let ok = self.has_method(&it, next);
            if !ok {
                let cname = self.class_name(&it);
                self.drop_val(it);
                return Err(
                    self.type_error(format!("iter() returned non-iterator of type '{cname}'"))
                );
            }
            return Ok(it);
        }
        let gi = self.names.getitem;
        if self.has_method(v, gi) {
            let obj = self.dup(v);
            return Ok(self.new_iter(IterState::GetItem { obj, idx: 0 }));
        }
        let cname = self.class_name(v);
        Err(self.type_error(format!("'{cname}' object is not iterable")))
    }

    /// A list or tuple iterator that reached the end stays there: items
    /// appended later are not seen (CPython drops its sequence).
    pub fn seq_iter_exhausted(&mut self, r: crate::engine::vm::value::ObjRef) {
        if let Obj::Iter(s) = self.heap.get_mut(r)
            && let IterState::Seq { idx, .. } = &mut **s
        {
            *idx = usize::MAX;
        }
    }

    /// The next item, or `None` at the end (StopIteration is absorbed).
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        self.native_items += 1;
        if self.native_items > self.native_items_limit() {
            if self.halt.is_none() {
                self.halt = Some(super::super::Halt::IterationLimit);
            }
            self.check_at = 0;
            return Err(self.halt_exception());
        }
        // A generator's return ends the iteration without a StopIteration
        // made and dropped (CPython's `gen_iternext` makes none either), and
        // its items skip `next_raw` and `gen_send`: `sum(gen)` and
        // `list(gen)` take this path once an item.
        if let Value::Obj(r) = it
            && let Obj::Gen(g) = self.heap.get(*r)
            && g.kind != GenKind::AsyncGenerator
        {
            return match self.gen_resume(*r, Value::None, None) {
                Ok(GenResult::Yield(v)) => Ok(Some(v)),
                Ok(GenResult::Return(v)) => {
                    self.drop_val(v);
                    Ok(None)
                }
                // An exhausted generator.
                Err(e) if self.exc_is(&e, "StopIteration") => {
                    self.drop_val(e);
                    Ok(None)
                }
                Err(e) => Err(e),
            };
        }
        match self.next_raw(it) {
            Ok(v) => Ok(Some(v)),
            Err(e) => {
                if self.exc_is(&e, "StopIteration") {
                    self.drop_val(e);
                    Ok(None)
                } else {
                    Err(e)
                }
            }
        }
    }

    /// `next(it)`, raising StopIteration at the end.
    pub fn next_raw(&mut self, it: &Value) -> PyResult<Value> {
        if let Value::Obj(r) = it {
            let r = *r;
            match self.heap.get(r) {
                Obj::Iter(_) => return self.builtin_iter_next(r),
                Obj::Gen(g) if g.kind != GenKind::AsyncGenerator => {
                    return self.gen_send(r, Value::None);
                }
                _ => {}
            }
        }
        let next = self.names.next;
        if self.has_method(it, next) {
            return self.call_method(it, next, &[]);
        }
        let cname = self.class_name(it);
        Err(self.type_error(format!("'{cname}' object is not an iterator")))
    }

    fn builtin_iter_next(&mut self, r: crate::engine::vm::value::ObjRef) -> PyResult<Value> {
        if let Obj::Iter(st) = self.heap.get(r)
            && let IterState::Values {
                source: Some((set, len)),
                ..
            } = &**st
        {
            let (set, len) = (*set, *len);
            let now = match self.heap.get(set) {
                Obj::Set(s) | Obj::FrozenSet(s) => s.len(),
                _ => len,
            };
            if now != len {
                return Err(self.new_exc_str("RuntimeError", "Set changed size during iteration"));
            }
        }
        let Obj::Iter(st) = self.heap.get_mut(r) else {
            unreachable!("checked")
        };
        let stop = |vm: &mut Vm| Err(vm.stop_iteration(Value::None));
        match &mut **st {
            IterState::Range {
                cur,
                stop: end,
                step,
            } => {
                if (*step > 0 && *cur < *end) || (*step < 0 && *cur > *end) {
                    let v = *cur;
                    *cur += *step;
                    Ok(Value::Int(v))
                } else {
                    stop(self)
                }
            }
            IterState::Str { s, pos } => match s[*pos..].chars().next() {
                Some(c) => {
                    *pos += c.len_utf8();
                    Ok(Value::Str(c.to_string().into()))
                }
                None => stop(self),
            },
            IterState::Deque { .. } => self.deque_iter_next(r),
            IterState::Seq { seq, idx } => {
                let (seq, i) = (*seq, *idx);
                let item = match self.heap.get(seq) {
                    Obj::List(l) => l.get(i).cloned(),
                    Obj::Tuple(t) => t.get(i).cloned(),
                    _ => None,
                };
                match item {
                    Some(v) => {
                        if let Obj::Iter(s) = self.heap.get_mut(r)
                            && let IterState::Seq { idx, .. } = &mut **s
                        {
                            *idx += 1;
                        }
                        Ok(self.dup(&v))
                    }
                    None => {
                        self.seq_iter_exhausted(r);
                        stop(self)
                    }
                }
            }
            IterState::Dict {
                dict,
                idx,
                kind,
                len,
                ..
            } => {
                let (dict, i, kind, len) = (*dict, *idx, *kind, *len);
                let d = Value::Obj(dict);
                let cur_len = self.table(&d).map_or(0, |t| t.len());
                if cur_len != len {
                    let what = match self.heap.get(dict) {
                        Obj::Dict(_) => "dictionary",
                        _ => "Set",
                    };
                    return Err(self.new_exc(
                        "RuntimeError",
                        format!("{what} changed size during iteration"),
                    ));
                }
                let entries_len = self.table(&d).map_or(0, |t| t.raw_entries().len());
                let mut j = i;
                while j < entries_len {
                    let e = self.table(&d).map(|t| t.entry(j).clone());
                    j += 1;
                    if let Some(e) = e {
                        if e.key.is_null() {
                            continue;
                        }
                        let mut replaced = false;
                        if let Obj::Iter(s) = self.heap.get_mut(r)
                            && let IterState::Dict { idx, left, .. } = &mut **s
                        {
                            *idx = j;
                            replaced = *left == 0;
                            *left = left.saturating_sub(1);
                        }
                        if replaced {
                            return Err(self.new_exc_str(
                                "RuntimeError",
                                "dictionary keys changed during iteration",
                            ));
                        }
                        return Ok(match kind {
                            ViewKind::Keys => self.dup(&e.key),
                            ViewKind::Values => self.dup(&e.value),
                            ViewKind::Items => {
                                let k = self.dup(&e.key);
                                let v = self.dup(&e.value);
                                self.new_tuple(vec![k, v])
                            }
                        });
                    }
                }
                if let Obj::Iter(s) = self.heap.get_mut(r)
                    && let IterState::Dict { idx, .. } = &mut **s
                {
                    *idx = j;
                }
                stop(self)
            }
            IterState::Values { items, idx, .. } => {
                if *idx < items.len() {
                    let v = std::mem::replace(&mut items[*idx], Value::Null);
                    *idx += 1;
                    Ok(v)
                } else {
                    stop(self)
                }
            }
            IterState::Reversed { seq, idx } => {
                if *idx == 0 {
                    return stop(self);
                }
                *idx -= 1;
                let (seq, i) = (seq.clone(), *idx);
                self.getitem(&seq, &Value::Int(i as i64))
            }
            IterState::Enumerate { it, n } => {
                let (it, i) = (it.clone(), *n);
                *n += 1;
                let v = self.next_raw(&it)?;
                Ok(self.new_tuple(vec![Value::Int(i), v]))
            }
            IterState::Zip { its, strict } => {
                let (its, strict) = (its.clone(), *strict);
                // `zip()` of nothing is empty, not endless empty tuples.
                if its.is_empty() {
                    return stop(self);
                }
                let mut out = Vec::new();
                for (k, it) in its.iter().enumerate() {
                    match self.next(it)? {
                        Some(v) => out.push(v),
                        None => {
                            let n = out.len();
                            self.heap.decref_all(out);
                            if strict && (k > 0 || its.len() > 1) {
                                if k > 0 {
                                    return Err(self.value_error(format!(
                                        "zip() argument {} is shorter than argument{} 1{}",
                                        k + 1,
                                        if k > 1 { "s" } else { "" },
                                        if k > 1 {
                                            format!("-{k}")
                                        } else {
                                            String::new()
                                        }
                                    )));
                                }
                                for (m, other) in its.iter().enumerate().skip(1) {
                                    if let Some(v) = self.next(other)? {
                                        self.drop_val(v);
                                        return Err(self.value_error(format!(
                                            "zip() argument {} is longer than argument{} 1{}",
                                            m + 1,
                                            if m > 1 { "s" } else { "" },
                                            if m > 1 {
                                                format!("-{m}")
                                            } else {
                                                String::new()
                                            }
                                        )));
                                    }
                                }
                            }
                            let _ = n;
                            return stop(self);
                        }
                    }
                }
                Ok(self.new_tuple(out))
            }
            IterState::Map { func, its } => {
                let (func, its) = (func.clone(), its.clone());
                let mut args = Vec::new();
                for it in &its {
                    match self.next(it)? {
                        Some(v) => args.push(v),
                        None => {
                            self.heap.decref_all(args);
                            return stop(self);
                        }
                    }
                }
                let r = self.call_value(&func, &args, &[]);
                self.heap.decref_all(args);
                r
            }
            IterState::Filter { func, it } => {
                let (func, it) = (func.clone(), it.clone());
                loop {
                    let v = self.next_raw(&it)?;
                    let keep = if func.is_none() {
                        self.truthy(&v)?
                    } else {
                        let r = self.call_value(&func, std::slice::from_ref(&v), &[])?;
                        let t = self.truthy(&r);
                        self.drop_val(r);
                        t?
                    };
                    if keep {
                        return Ok(v);
                    }
                    self.drop_val(v);
                }
            }
            IterState::GetItem { obj, idx } => {
                let (obj, i) = (obj.clone(), *idx);
                match self.getitem(&obj, &Value::Int(i)) {
                    Ok(v) => {
                        if let Obj::Iter(s) = self.heap.get_mut(r)
                            && let IterState::GetItem { idx, .. } = &mut **s
                        {
                            *idx += 1;
                        }
                        Ok(v)
                    }
                    Err(e) if self.exc_is(&e, "IndexError") || self.exc_is(&e, "StopIteration") => {
                        self.drop_val(e);
                        if let Obj::Iter(s) = self.heap.get_mut(r) {
                            **s = IterState::Exhausted;
                        }
                        self.drop_val(obj);
                        stop(self)
                    }
                    Err(e) => Err(e),
                }
            }
            IterState::Callable { func, sentinel } => {
                let (func, sentinel) = (func.clone(), sentinel.clone());
                let v = self.call_value(&func, &[], &[])?;
                if self.eq(&v, &sentinel)? {
                    self.drop_val(v);
                    if let Obj::Iter(s) = self.heap.get_mut(r) {
                        **s = IterState::Exhausted;
                    }
                    self.drop_val(func);
                    self.drop_val(sentinel);
                    return stop(self);
                }
                Ok(v)
            }
            IterState::Count { cur, step } => {
                let (c, s) = (cur.clone(), step.clone());
                let next = self.binary_op(&c, &s, BinOp::Add)?;
                if let Obj::Iter(st) = self.heap.get_mut(r)
                    && let IterState::Count { cur, .. } = &mut **st
                {
                    *cur = next;
                }
                Ok(c)
            }
            IterState::Repeat { value, left } => {
                if let Some(n) = left {
                    if *n <= 0 {
                        return stop(self);
                    }
                    *n -= 1;
                }
                let v = value.clone();
                Ok(self.dup(&v))
            }
            IterState::Cycle {
                it,
                saved,
                idx,
                exhausted,
            } => {
                if !*exhausted {
                    let it = it.clone();
                    match self.next(&it)? {
                        Some(v) => {
                            let keep = self.dup(&v);
                            if let Obj::Iter(st) = self.heap.get_mut(r)
                                && let IterState::Cycle { saved, .. } = &mut **st
                            {
                                saved.push(keep);
                            }
                            return Ok(v);
                        }
                        None => {
                            if let Obj::Iter(st) = self.heap.get_mut(r)
                                && let IterState::Cycle { exhausted, .. } = &mut **st
                            {
                                *exhausted = true;
                            }
                            return self.builtin_iter_next(r);
                        }
                    }
                }
                if saved.is_empty() {
                    return stop(self);
                }
                let v = saved[*idx % saved.len()].clone();
                *idx += 1;
                Ok(self.dup(&v))
            }
            IterState::Islice { .. } => stop(self),
            IterState::Chain { .. } => self.chain_next(r),
            IterState::FutureIter { .. } => self.future_iter_next(r),
            IterState::AsyncGenOp { .. } => self.agen_op_send(r, Value::None),
            IterState::CoroWrapper { coro } => {
                let c = coro.as_obj().expect("a coroutine");
                self.gen_send(c, Value::None)
            }
            IterState::Exhausted => stop(self),
        }
    }

    fn chain_next(&mut self, r: crate::engine::vm::value::ObjRef) -> PyResult<Value> {
        loop {
            let (its, i) = match self.heap.get(r) {
                Obj::Iter(s) => match &**s {
                    IterState::Chain { its, idx } => (its.clone(), *idx),
                    _ => return Err(self.stop_iteration(Value::None)),
                },
                _ => return Err(self.stop_iteration(Value::None)),
            };
            if i >= its.len() {
                return Err(self.stop_iteration(Value::None));
            }
            let cur = its[i].clone();
            let is_iter = matches!(&cur, Value::Obj(x) if matches!(self.heap.get(*x), Obj::Iter(_) | Obj::Gen(_)));
            let cur_it = if is_iter {
                cur
            } else {
                let it = self.iter(&cur)?;
                if let Obj::Iter(s) = self.heap.get_mut(r)
                    && let IterState::Chain { its, .. } = &mut **s
                {
                    let old = std::mem::replace(&mut its[i], it.clone());
                    self.heap.decref(old);
                }
                it
            };
            match self.next(&cur_it)? {
                Some(v) => return Ok(v),
                None => {
                    if let Obj::Iter(s) = self.heap.get_mut(r)
                        && let IterState::Chain { idx, .. } = &mut **s
                    {
                        *idx += 1;
                    }
                }
            }
        }
    }

    /// Unpacking for assignment: exactly `n` items, or with a starred
    /// target `before` items, a list, then `after` items.
    pub fn unpack(
        &mut self,
        v: &Value,
        before: usize,
        after: Option<usize>,
    ) -> PyResult<Vec<Value>> {
        let items = match self.collect_iterable(v) {
            Ok(i) => i,
            Err(e) => {
                if self.exc_is(&e, "TypeError") {
                    self.drop_val(e);
                    let cname = self.class_name(v);
                    return Err(
                        self.type_error(format!("cannot unpack non-iterable {cname} object"))
                    );
                }
                return Err(e);
            }
        };
        match after {
            None => {
                if items.len() != before {
                    let n = items.len();
                    self.heap.decref_all(items);
                    return Err(if n > before {
                        self.value_error(format!("too many values to unpack (expected {before})"))
                    } else {
                        self.value_error(format!(
                            "not enough values to unpack (expected {before}, got {n})"
                        ))
                    });
                }
                Ok(items)
            }
            Some(after) => {
                if items.len() < before + after {
                    let n = items.len();
                    self.heap.decref_all(items);
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {n})",
                        before + after
                    )));
                }
                let mut items = items;
                let tail = items.split_off(items.len() - after);
                let mid = items.split_off(before);
                let list = self.new_list(mid);
                items.push(list);
                items.extend(tail);
                Ok(items)
            }
        }
    }

    pub fn len_of(&mut self, v: &Value) -> PyResult<usize> {
        match v {
            Value::Str(s) => return Ok(s.chars().count()),
            Value::Obj(r) => match self.heap.get(*r) {
                Obj::List(l) => return Ok(l.len()),
                Obj::Tuple(t) => return Ok(t.len()),
                Obj::Dict(d) => return Ok(d.len()),
                Obj::Set(st) | Obj::FrozenSet(st) => return Ok(st.len()),
                Obj::Deque(d) => return Ok(d.items.len()),
                Obj::Bytes(b) => return Ok(b.len()),
                Obj::Range { start, stop, step } => {
                    return Ok(range_len(*start, *stop, *step) as usize);
                }
                Obj::DictView { dict, .. } => {
                    let d = Value::Obj(*dict);
                    return Ok(self.table(&d).map_or(0, |t| t.len()));
                }
                _ => {}
            },
            _ => {}
        }
        if let Some(hook) = self.class_hook(v, "_cls_len")? {
            let r = self.call_value(&hook, &[], &[]);
            self.drop_val(hook);
            let r = r?;
            return Ok(crate::engine::vm::ops::as_int(&r).unwrap_or(0).max(0) as usize);
        }
        let l = self.names.len;
        if self.has_method(v, l) {
            let r = self.call_method(v, l, &[])?;
            return match r {
                Value::Int(n) if n >= 0 => Ok(n as usize),
                Value::Int(_) => Err(self.value_error("__len__() should return >= 0".into())),
                Value::Bool(b) => Ok(b as usize),
                other => {
                    let cname = self.class_name(&other);
                    self.drop_val(other);
                    Err(self.type_error(format!(
                        "'{cname}' object cannot be interpreted as an integer"
                    )))
                }
            };
        }
        let cname = self.class_name(v);
        Err(self.type_error(format!("object of type '{cname}' has no len()")))
    }

    /// An index given as an object with `__index__` (not an int itself):
    /// the int it stands for.
    pub fn user_index(&mut self, key: &Value) -> PyResult<Option<Value>> {
        if !matches!(key, Value::Obj(r) if matches!(self.heap.get(*r), Obj::Instance(_))) {
            return Ok(None);
        }
        let index = self.names.index;
        if !self.has_method(key, index) {
            return Ok(None);
        }
        let v = self.call_method(key, index, &[])?;
        if matches!(v, Value::Int(_)) {
            return Ok(Some(v));
        }
        let cname = self.class_name(&v);
        self.drop_val(v);
        Err(self.type_error(format!("__index__ returned non-int (type {cname})")))
    }

    /// `obj[key]`.
    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        match obj {
            Value::Str(s) => {
                if let Some(i) = as_int(key) {
                    let n = s.chars().count() as i64;
                    let idx = if i < 0 { i + n } else { i };
                    if idx < 0 || idx >= n {
                        return Err(self.new_exc_str("IndexError", "string index out of range"));
                    }
                    let c = if s.is_ascii() {
                        s[idx as usize..idx as usize + 1].to_string()
                    } else {
                        s.chars()
                            .nth(idx as usize)
                            .map(String::from)
                            .unwrap_or_default()
                    };
                    return Ok(Value::Str(c.into()));
                }
                if let Some((start, stop, step)) = self.slice_indices(key, s.chars().count())? {
                    let chars: Vec<char> = s.chars().collect();
                    let out: String = slice_positions(start, stop, step)
                        .map(|i| chars[i as usize])
                        .collect();
                    return Ok(Value::Str(out.into()));
                }
                if let Some(i) = self.user_index(key)? {
                    return self.getitem(obj, &i);
                }
                let cname = self.class_name(key);
                return Err(
                    self.type_error(format!("string indices must be integers, not '{cname}'"))
                );
            }
            Value::Obj(r) => {
                let r = *r;
                match self.heap.get(r) {
                    Obj::List(_) | Obj::Tuple(_) => {
                        let is_list = matches!(self.heap.get(r), Obj::List(_));
                        let what = if is_list { "list" } else { "tuple" };
                        // Indexing reads one item in place: no copy.
                        if let Some(i) = as_int(key) {
                            let item = match self.heap.get(r) {
                                Obj::List(l) => {
                                    let n = l.len() as i64;
                                    let idx = if i < 0 { i + n } else { i };
                                    (idx >= 0 && idx < n).then(|| l[idx as usize].clone())
                                }
                                Obj::Tuple(t) => {
                                    let n = t.len() as i64;
                                    let idx = if i < 0 { i + n } else { i };
                                    (idx >= 0 && idx < n).then(|| t[idx as usize].clone())
                                }
                                _ => None,
                            };
                            return match item {
                                Some(v) => Ok(self.dup(&v)),
                                None => Err(self
                                    .new_exc("IndexError", format!("{what} index out of range"))),
                            };
                        }
                        let items = self.tuple_items(obj);
                        if let Some(i) = as_int(key) {
                            let n = items.len() as i64;
                            let idx = if i < 0 { i + n } else { i };
                            if idx < 0 || idx >= n {
                                return Err(self
                                    .new_exc("IndexError", format!("{what} index out of range")));
                            }
                            return Ok(self.dup(&items[idx as usize]));
                        }
                        if let Some((start, stop, step)) = self.slice_indices(key, items.len())? {
                            let out: Vec<Value> = slice_positions(start, stop, step)
                                .map(|i| self.dup(&items[i as usize]))
                                .collect();
                            return Ok(if is_list {
                                self.new_list(out)
                            } else {
                                self.new_tuple(out)
                            });
                        }
                        if let Some(i) = self.user_index(key)? {
                            return self.getitem(obj, &i);
                        }
                        let cname = self.class_name(key);
                        return Err(self.type_error(format!(
                            "{what} indices must be integers or slices, not {cname}"
                        )));
                    }
                    Obj::Dict(_) => {
                        return match self.dict_get(obj, key)? {
                            Some(v) => Ok(v),
                            None => {
                                // A subclass's `__missing__` would go here.
                                let k = self.dup(key);
                                let args = self.new_tuple(vec![k]);
                                let cls = self.exc_class("KeyError");
                                Err(self.new_exc_obj(cls, args))
                            }
                        };
                    }
                    Obj::Bytes(b) => {
                        let b = b.clone();
                        if let Some(i) = as_int(key) {
                            let n = b.len() as i64;
                            let idx = if i < 0 { i + n } else { i };
                            if idx < 0 || idx >= n {
                                return Err(self.new_exc_str("IndexError", "index out of range"));
                            }
                            return Ok(Value::Int(b[idx as usize] as i64));
                        }
                        if let Some((start, stop, step)) = self.slice_indices(key, b.len())? {
                            let out: Vec<u8> = slice_positions(start, stop, step)
                                .map(|i| b[i as usize])
                                .collect();
                            return Ok(self.alloc(Obj::Bytes(out.into())));
                        }
                        let cname = self.class_name(key);
                        return Err(self.type_error(format!(
                            "byte indices must be integers or slices, not {cname}"
                        )));
                    }
                    Obj::Range { start, stop, step } => {
                        let (start, stop, step) = (*start, *stop, *step);
                        let n = range_len(start, stop, step);
                        if let Some(i) = as_int(key) {
                            let idx = if i < 0 { i + n } else { i };
                            if idx < 0 || idx >= n {
                                return Err(self
                                    .new_exc_str("IndexError", "range object index out of range"));
                            }
                            return Ok(Value::Int(start + idx * step));
                        }
                        if let Some((a, b, c)) = self.slice_indices(key, n as usize)? {
                            let v = self.alloc(Obj::Range {
                                start: start + a * step,
                                stop: start + b * step,
                                step: step * c,
                            });
                            return Ok(v);
                        }
                        if let Some(i) = self.user_index(key)? {
                            return self.getitem(obj, &i);
                        }
                        let cname = self.class_name(key);
                        return Err(self.type_error(format!(
                            "range indices must be integers or slices, not {cname}"
                        )));
                    }
                    Obj::Class(_) => {
                        if let Some(hook) = self.class_hook(obj, "_cls_getitem")? {
                            let r = self.call_value(&hook, std::slice::from_ref(key), &[]);
                            self.drop_val(hook);
                            return r;
                        }
                        let cg = self.names.class_getitem;
                        if let Some(f) = self.getattr_opt(obj, cg)? {
                            let r = self.call_value(&f, std::slice::from_ref(key), &[]);
                            self.drop_val(f);
                            return r;
                        }
                        // `list[int]`: a `types.GenericAlias` for the builtin
                        // classes with `__class_getitem__` and the library's,
                        // and for a program's class deriving from one
                        // (`class Registry(dict)`); `int[str]` is refused.
                        let name = match self.heap.get(r) {
                            Obj::Class(c) => c.name.clone(),
                            _ => "".into(),
                        };
                        let generic = self.class(r).mro.iter().any(|m| match self.heap.get(*m) {
                            Obj::Class(c) if c.is_heap_type => {
                                super::modules::is_library_module(&c.module)
                            }
                            Obj::Class(c) => {
                                &*c.module != "builtins" || GENERIC_BUILTINS.contains(&&*c.name)
                            }
                            _ => false,
                        });
                        if !generic {
                            return Err(
                                self.type_error(format!("type '{name}' is not subscriptable"))
                            );
                        }
                        return self.call_in_module(
                            "types",
                            "GenericAlias",
                            &[obj.clone(), key.clone()],
                            &[],
                        );
                    }
                    _ => {}
                }
            }
            _ => {}
        }
        let gi = self.names.getitem;
        if let Some(b) = self.backing(obj) {
            let cls = self.class_of(obj);
            let user = self
                .lookup_in_mro(cls, gi)
                .is_some_and(|f| self.is_user_function(&f));
            if !user {
                let r = self.getitem(&b, key);
                if let Err(e) = &r {
                    let missing = self.names.missing;
                    if self.exc_is(e, "KeyError")
                        && let Some(m) = self.lookup_in_mro(cls, missing)
                    {
                        if let Err(e) = r {
                            self.drop_val(e);
                        }
                        return self.call_value(&m, &[obj.clone(), key.clone()], &[]);
                    }
                }
                return r;
            }
        }
        if self.has_method(obj, gi) {
            return self.call_method(obj, gi, std::slice::from_ref(key));
        }
        let cname = self.class_name(obj);
        Err(self.type_error(format!("'{cname}' object is not subscriptable")))
    }

    /// `obj[key] = v` (takes `v`).
    pub fn setitem(&mut self, obj: &Value, key: &Value, v: Value) -> PyResult<()> {
        if let Value::Obj(r) = obj {
            let r = *r;
            match self.heap.get(r) {
                Obj::List(l) => {
                    let n = l.len() as i64;
                    if let Some(i) = as_int(key) {
                        let idx = if i < 0 { i + n } else { i };
                        if idx < 0 || idx >= n {
                            self.drop_val(v);
                            return Err(self
                                .new_exc_str("IndexError", "list assignment index out of range"));
                        }
                        let old = match self.heap.get_mut(r) {
                            Obj::List(l) => std::mem::replace(&mut l[idx as usize], v),
                            _ => unreachable!("checked"),
                        };
                        self.drop_val(old);
                        return Ok(());
                    }
                    if let Some((start, stop, step)) = self.slice_indices(key, n as usize)? {
                        let new_items = self.collect_iterable(&v);
                        self.drop_val(v);
                        let new_items = new_items?;
                        let removed = match self.heap.get_mut(r) {
                            Obj::List(l) => {
                                if step == 1 {
                                    let stop = stop.max(start);
                                    // Dropped from the end, as CPython's list_ass_slice.
                                    let mut old: Vec<Value> = l
                                        .splice(start as usize..stop as usize, new_items)
                                        .collect();
                                    old.reverse();
                                    old
                                } else {
                                    let pos: Vec<i64> =
                                        slice_positions(start, stop, step).collect();
                                    if pos.len() != new_items.len() {
                                        let msg = format!(
                                            "attempt to assign sequence of size {} to extended slice of size {}",
                                            new_items.len(),
                                            pos.len()
                                        );
                                        self.heap.decref_all(new_items);
                                        return Err(self.value_error(msg));
                                    }
                                    let mut old = Vec::new();
                                    for (p, item) in pos.into_iter().zip(new_items) {
                                        old.push(std::mem::replace(&mut l[p as usize], item));
                                    }
                                    old
                                }
                            }
                            _ => Vec::new(),
                        };
                        self.heap.decref_all(removed);
                        return Ok(());
                    }
                }
                Obj::Dict(_) => {
                    let k = self.dup(key);
                    return self.dict_set(obj, k, v);
                }
                _ => {}
            }
        }
        let si = self.names.setitem;
        if self.has_method(obj, si) {
            let r = self.call_method(obj, si, &[key.clone(), v.clone()]);
            self.drop_val(v);
            let r = r?;
            self.drop_val(r);
            return Ok(());
        }
        self.drop_val(v);
        let cname = self.class_name(obj);
        Err(self.type_error(format!("'{cname}' object does not support item assignment")))
    }

    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        if let Value::Obj(r) = obj {
            let r = *r;
            match self.heap.get(r) {
                Obj::List(l) => {
                    let n = l.len() as i64;
                    if let Some(i) = as_int(key) {
                        let idx = if i < 0 { i + n } else { i };
                        if idx < 0 || idx >= n {
                            return Err(self
                                .new_exc_str("IndexError", "list assignment index out of range"));
                        }
                        let old = match self.heap.get_mut(r) {
                            Obj::List(l) => l.remove(idx as usize),
                            _ => unreachable!("checked"),
                        };
                        self.drop_val(old);
                        return Ok(());
                    }
                    if let Some((start, stop, step)) = self.slice_indices(key, n as usize)? {
                        let removed: Vec<Value> = match self.heap.get_mut(r) {
                            // Dropped from the end, as CPython's list_ass_slice.
                            Obj::List(l) if step == 1 => {
                                let stop = stop.max(start);
                                l.drain(start as usize..stop as usize).rev().collect()
                            }
                            Obj::List(l) => {
                                let pos: Vec<usize> = slice_positions(start, stop, step)
                                    .map(|p| p as usize)
                                    .collect();
                                let mut out = Vec::with_capacity(pos.len());
                                let mut keep = Vec::with_capacity(l.len());
                                for (i, v) in std::mem::take(l).into_iter().enumerate() {
                                    if pos.contains(&i) {
                                        out.push(v);
                                    } else {
                                        keep.push(v);
                                    }
                                }
                                *l = keep;
                                out
                            }
                            _ => Vec::new(),
                        };
                        self.heap.decref_all(removed);
                        return Ok(());
                    }
                }
                Obj::Dict(_) => {
                    return match self.dict_remove(obj, key)? {
                        Some(v) => {
                            self.drop_val(v);
                            Ok(())
                        }
                        None => {
                            let k = self.dup(key);
                            let args = self.new_tuple(vec![k]);
                            let cls = self.exc_class("KeyError");
                            Err(self.new_exc_obj(cls, args))
                        }
                    };
                }
                _ => {}
            }
        }
        let di = self.names.delitem;
        if self.has_method(obj, di) {
            let r = self.call_method(obj, di, std::slice::from_ref(key))?;
            self.drop_val(r);
            return Ok(());
        }
        let cname = self.class_name(obj);
        Err(self.type_error(format!("'{cname}' object doesn't support item deletion")))
    }

    /// For a slice key: (start, stop, step) clamped as `slice.indices`.
    pub fn slice_indices(&mut self, key: &Value, len: usize) -> PyResult<Option<(i64, i64, i64)>> {
        let Value::Obj(r) = key else { return Ok(None) };
        let Obj::Slice { start, stop, step } = self.heap.get(*r) else {
            return Ok(None);
        };
        let (start, stop, step) = (start.clone(), stop.clone(), step.clone());
        let n = len as i64;
        // As CPython's `_PyEval_SliceIndex`: an `__index__` answers too,
        // and an int past 64 bits stands for the farthest end.
        let get = |vm: &mut Vm, v: &Value| -> PyResult<Option<i64>> {
            let far = |b: num_bigint::BigInt| {
                if b.sign() == num_bigint::Sign::Minus {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                }
            };
            match v {
                Value::None => Ok(None),
                Value::Int(i) => Ok(Some(*i)),
                Value::Bool(b) => Ok(Some(*b as i64)),
                _ if vm.is_bigint(v) => Ok(vm.big_of(v).map(far)),
                _ if vm.has_method(v, vm.names.index) => {
                    let index = vm.names.index;
                    let r = vm.call_method(v, index, &[])?;
                    let got = match &r {
                        Value::Int(i) => Some(*i),
                        Value::Bool(b) => Some(*b as i64),
                        _ => vm.big_of(&r).map(far),
                    };
                    let cname = vm.class_name(&r);
                    vm.drop_val(r);
                    match got {
                        Some(i) => Ok(Some(i)),
                        None => {
                            Err(vm.type_error(format!("__index__ returned non-int (type {cname})")))
                        }
                    }
                }
                _ => Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method".into(),
                )),
            }
        };
        let step = get(self, &step)?.unwrap_or(1);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero".into()));
        }
        let (lo_default, hi_default) = if step > 0 { (0, n) } else { (n - 1, -1) };
        let clamp = |i: i64, step: i64| -> i64 {
            if i < 0 {
                let j = i + n;
                if j < 0 {
                    if step > 0 { 0 } else { -1 }
                } else {
                    j
                }
            } else if i >= n {
                if step > 0 { n } else { n - 1 }
            } else {
                i
            }
        };
        let a = get(self, &start)?.map_or(lo_default, |i| clamp(i, step));
        let b = get(self, &stop)?.map_or(hi_default, |i| clamp(i, step));
        Ok(Some((a, b, step)))
    }

    /// `+` and `*` on lists and tuples, `|` `&` `-` `^` on sets and dicts.
    pub fn container_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        let (Value::Obj(ra), rb) = (a, b) else {
            if let (Value::Int(_) | Value::Bool(_), Value::Obj(_), BinOp::Mult) = (a, b, op) {
                return self.container_op(b, a, op);
            }
            return Ok(None);
        };
        let ka = match self.heap.get(*ra) {
            Obj::List(_) => 'l',
            Obj::Tuple(_) => 't',
            Obj::Set(_) => 's',
            Obj::FrozenSet(_) => 'f',
            Obj::Dict(_) => 'd',
            _ => return Ok(None),
        };
        let kb = match rb {
            Value::Obj(r) => match self.heap.get(*r) {
                Obj::List(_) => 'l',
                Obj::Tuple(_) => 't',
                Obj::Set(_) => 's',
                Obj::FrozenSet(_) => 'f',
                Obj::Dict(_) => 'd',
                _ => '?',
            },
            Value::Int(_) | Value::Bool(_) => 'i',
            _ => '?',
        };
        match (ka, kb, op) {
            ('l', 'l', BinOp::Add) | ('t', 't', BinOp::Add) => {
                let mut items: Vec<Value> =
                    self.tuple_items(a).iter().map(|x| self.dup(x)).collect();
                items.extend(
                    self.tuple_items(b)
                        .iter()
                        .map(|x| self.dup(x))
                        .collect::<Vec<_>>(),
                );
                Ok(Some(if ka == 'l' {
                    self.new_list(items)
                } else {
                    self.new_tuple(items)
                }))
            }
            ('l' | 't', 'i', BinOp::Mult) => {
                let n = as_int(b).unwrap_or(0).max(0) as usize;
                let base = self.tuple_items(a);
                if base.len().saturating_mul(n) > 50_000_000 {
                    return Err(self.new_exc_str("MemoryError", "sequence too large for coroscope"));
                }
                let mut items = Vec::with_capacity(base.len() * n);
                for _ in 0..n {
                    for x in &base {
                        items.push(self.dup(x));
                    }
                }
                Ok(Some(if ka == 'l' {
                    self.new_list(items)
                } else {
                    self.new_tuple(items)
                }))
            }
            ('s' | 'f', 's' | 'f', BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor) => {
                let c = match op {
                    BinOp::BitOr => '|',
                    BinOp::BitAnd => '&',
                    BinOp::Sub => '-',
                    _ => '^',
                };
                Ok(Some(self.set_binary(a, b, c)?))
            }
            ('d', 'd', BinOp::BitOr) => {
                let d = self.new_dict();
                self.dict_update(&d, a, false)?;
                self.dict_update(&d, b, false)?;
                Ok(Some(d))
            }
            _ => Ok(None),
        }
    }

    /// The text of a str, or of an instance of a str subclass (which
    /// CPython's PyUnicode_Check accepts wherever a str is wanted).
    pub fn str_value(&self, v: &Value) -> Option<Rc<str>> {
        match v {
            Value::Str(s) => Some(s.clone()),
            _ => match self.backing(v) {
                Some(Value::Str(s)) => Some(s),
                _ => None,
            },
        }
    }
}

pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    }
}

pub fn slice_positions(start: i64, stop: i64, step: i64) -> impl Iterator<Item = i64> {
    let mut i = start;
    std::iter::from_fn(move || {
        if (step > 0 && i < stop) || (step < 0 && i > stop) {
            let v = i;
            i += step;
            Some(v)
        } else {
            None
        }
    })
}

/// The classes of `builtins` CPython gives `__class_getitem__` (PEP 585);
/// the library's native classes (deque, Future) all have one.
const GENERIC_BUILTINS: &[&str] = &[
    "list",
    "dict",
    "tuple",
    "set",
    "frozenset",
    "type",
    "enumerate",
    "ExceptionGroup",
    "BaseExceptionGroup",
];
