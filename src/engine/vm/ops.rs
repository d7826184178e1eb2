//! Operators: arithmetic with CPython's int and float rules, rich
//! comparison with reflected dunders, truth, membership and hashing.

use std::rc::Rc;

use super::Vm;
use super::object::{Obj, PyResult, ViewKind};
use super::types::binop_names;
use super::value::Value;
use crate::engine::compile::code::CmpKind;
use crate::engine::syntax::ast::BinOp;

const HASH_MODULUS: i64 = (1 << 61) - 1;

/// CPython's hash of an int.
pub fn hash_int(i: i64) -> i64 {
    let m = HASH_MODULUS as i128;
    let mut h = ((i as i128).rem_euclid(m)) as i64;
    if i < 0 {
        h = -((-(i as i128)).rem_euclid(m) as i64);
    }
    if h == -1 { -2 } else { h }
}

/// CPython's hash of a float (integral floats hash like ints).
pub fn hash_float(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { 314159 } else { -314159 };
    }
    if x.fract() == 0.0 && x.abs() < 9.2e18 {
        return hash_int(x as i64);
    }
    let (mut m, mut e) = frexp(x.abs());
    let mut h: u64 = 0;
    let modulus = HASH_MODULUS as u64;
    while m != 0.0 {
        h = ((h << 28) & modulus) | (h >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= modulus {
            h -= modulus;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    h = ((h << e) & modulus) | (h >> (61 - e));
    let mut h = h as i64;
    if x < 0.0 {
        h = -h;
    }
    if h == -1 { -2 } else { h }
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

fn hash_str_internal(s: &str) -> i64 {
    // FNV-1a: dict order never depends on it, only lookups do.
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = h as i64;
    if h == -1 { -2 } else { h }
}

impl Vm {
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::Null | Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(x) => *x != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::NotImplemented | Value::Ellipsis => true,
            Value::Obj(r) => match self.heap.get(*r) {
                Obj::List(l) => !l.is_empty(),
                Obj::Tuple(t) => !t.is_empty(),
                Obj::Dict(d) => !d.is_empty(),
                Obj::Set(s) | Obj::FrozenSet(s) => !s.is_empty(),
                Obj::Deque(d) => !d.items.is_empty(),
                Obj::Bytes(b) => !b.is_empty(),
                Obj::Range { .. } => self.len_of(v)? > 0,
                Obj::Instance(_) => {
                    let (b, l) = (self.names.bool_, self.names.len);
                    if self.has_method(v, b) {
                        let r = self.call_method(v, b, &[])?;
                        return match r {
                            Value::Bool(b) => Ok(b),
                            other => {
                                let cname = self.class_name(&other);
                                self.drop_val(other);
                                Err(self.type_error(format!(
                                    "__bool__ should return bool, returned {cname}"
                                )))
                            }
                        };
                    }
                    if self.has_method(v, l) {
                        return Ok(self.len_of(v)? > 0);
                    }
                    true
                }
                _ => true,
            },
        })
    }

    /// `hash(v)`, as CPython computes it (string hashes as with
    /// `PYTHONHASHSEED=0`), so sets iterate in CPython's order.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        use crate::engine::numeric::hash as h;
        Ok(match v {
            Value::Int(i) => h::hash_int(*i),
            Value::Bool(b) => *b as i64,
            Value::Float(x) => h::hash_float(*x, 0),
            Value::Str(s) => h::hash_str(s),
            // CPython hashes these singletons by address. Address space
            // randomisation moves them by whole pages, so the low 12 bits
            // of the address, and with them where they land in a set or a
            // dict of up to 256 slots, are the same on every run of a
            // given CPython build: these are 3.11.7's (x86-64 Linux).
            Value::None => h::hash_pointer(0x7f00_0000_0be0),
            Value::Null => 0,
            Value::NotImplemented => h::hash_pointer(0x7f00_0000_2a30),
            Value::Ellipsis => h::hash_pointer(0x7f00_0000_1e60),
            Value::Obj(r) => match self.heap.get(*r) {
                Obj::Tuple(items) => {
                    let items = items.to_vec();
                    let mut hs = Vec::with_capacity(items.len());
                    for it in &items {
                        hs.push(self.hash(it)?);
                    }
                    h::hash_tuple(&hs)
                }
                Obj::FrozenSet(s) => h::hash_frozenset(&s.table.hashes()),
                Obj::BigInt(b) => super::bigint::hash_big(b),
                // Keys and items views compare as sets, so they are
                // unhashable; a values view hashes by identity.
                Obj::List(_)
                | Obj::Dict(_)
                | Obj::Set(_)
                | Obj::Deque(_)
                | Obj::DictView {
                    kind: ViewKind::Keys | ViewKind::Items,
                    ..
                } => {
                    // CPython names the type by its `tp_name` here.
                    let cname = match self.heap.get(*r) {
                        Obj::Deque(_) => "collections.deque".into(),
                        _ => self.class_name(v),
                    };
                    return Err(self.type_error(format!("unhashable type: '{cname}'")));
                }
                Obj::Bytes(b) => {
                    let s: String = b.iter().map(|c| *c as char).collect();
                    hash_str_internal(&s)
                }
                Obj::Instance(i) if matches!(i.payload, super::object::Payload::WeakRef(_)) => {
                    return super::builtins::weakref::weak_hash(self, v).expect("a reference");
                }
                Obj::Instance(_) => {
                    let cls = self.class_of(v);
                    let hsym = self.names.hash;
                    if let Some(b) = self.backing(v) {
                        let user = self
                            .lookup_in_mro(cls, hsym)
                            .is_some_and(|f| self.is_user_function(&f));
                        if !user {
                            return self.hash(&b);
                        }
                    }
                    match self.lookup_in_mro(cls, hsym) {
                        Some(Value::None) => {
                            let cname = self.type_name_for_error(v);
                            return Err(self.type_error(format!("unhashable type: '{cname}'")));
                        }
                        Some(f) if self.is_user_function(&f) => {
                            let h = self.call_value(&f, std::slice::from_ref(v), &[])?;
                            // As CPython's `slot_tp_hash`: a result that fits
                            // is the hash itself (so `hash(x) == x.__hash__()`
                            // for `return hash(self.key)`), -1 aside; a big
                            // int is hashed as an int.
                            match h {
                                Value::Int(-1) => -2,
                                Value::Int(i) => i,
                                Value::Bool(b) => b as i64,
                                Value::Obj(b) if self.is_bigint(&h) => {
                                    let big = self.big_of(&h).expect("a big int");
                                    self.heap.decref_obj(b);
                                    super::bigint::hash_big(&big)
                                }
                                other => {
                                    self.drop_val(other);
                                    return Err(self.type_error(
                                        "__hash__ method should return an integer".into(),
                                    ));
                                }
                            }
                        }
                        _ => {
                            // A class with `__eq__` and no `__hash__` is unhashable.
                            let eq = self.names.eq;
                            let own_eq = self.class(cls).is_heap_type
                                && self
                                    .lookup_in_mro(cls, eq)
                                    .is_some_and(|f| self.is_user_function(&f));
                            let own_hash = self.class_defines(cls, hsym);
                            if own_eq && !own_hash {
                                let cname = self.class_name(v);
                                return Err(self.type_error(format!("unhashable type: '{cname}'")));
                            }
                            (r.0 as i64) << 4
                        }
                    }
                }
                _ => (r.0 as i64) << 4,
            },
        })
    }

    /// Whether a class (or a base written in Python) defines `name` in its
    /// own dict along the MRO before reaching `object`.
    fn class_defines(&self, cls: super::value::ObjRef, name: crate::engine::intern::Sym) -> bool {
        let c = self.class(cls);
        c.mro.iter().any(|m| match self.heap.get(*m) {
            Obj::Class(mc) => mc.is_heap_type && mc.dict.contains(name),
            _ => false,
        })
    }

    /// `a == b` as a bool, identity first as PyObject_RichCompareBool does
    /// (so `x in [x]` and `[x] == [x]` hold for a NaN).
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = fast_eq(a, b) {
            return Ok(r || a.is(b));
        }
        if a.is(b) {
            return Ok(true);
        }
        let r = self.rich_compare(a, b, CmpKind::Eq)?;
        let t = self.truthy(&r);
        self.drop_val(r);
        t
    }

    pub fn rich_compare(&mut self, a: &Value, b: &Value, op: CmpKind) -> PyResult<Value> {
        use Value::*;
        // Numbers.
        let num = |v: &Value| match v {
            Int(i) => Some(*i as f64),
            Bool(b) => Some(*b as i64 as f64),
            Float(x) => Some(*x),
            _ => Option::None,
        };
        let (ba, bb) = (self.big_obj(a), self.big_obj(b));
        if ba.is_some() || bb.is_some() {
            let ord = match (ba.or_else(|| self.big_of(a)), bb.or_else(|| self.big_of(b))) {
                (Some(x), Some(y)) => Some(Some(x.cmp(&y))),
                (Some(x), Option::None) => match b {
                    Float(f) => Some(super::bigint::cmp_big_float(&x, *f)),
                    _ => Option::None,
                },
                (Option::None, Some(y)) => match a {
                    Float(f) => Some(super::bigint::cmp_big_float(&y, *f).map(|o| o.reverse())),
                    _ => Option::None,
                },
                (Option::None, Option::None) => Option::None,
            };
            match ord {
                Some(Some(o)) => return Ok(Bool(cmp_ord(o, op))),
                // A NaN is unordered: only `!=` holds.
                Some(Option::None) => return Ok(Bool(op == CmpKind::Ne)),
                Option::None => {}
            }
        }
        match (a, b) {
            (Int(x), Int(y)) => return Ok(Bool(cmp_ord(x.cmp(y), op))),
            (Int(_) | Bool(_) | Float(_), Int(_) | Bool(_) | Float(_)) => {
                let (x, y) = (num(a).unwrap_or(0.0), num(b).unwrap_or(0.0));
                // Compare ints exactly when both are ints or bools.
                if let (Some(i), Some(j)) = (as_int(a), as_int(b)) {
                    return Ok(Bool(cmp_ord(i.cmp(&j), op)));
                }
                // Past 2**53 an int does not convert to a float exactly;
                // CPython compares the exact values (2**53 + 1 != 2.0**53).
                let wide = |v: &Value| matches!(v, Int(i) if i.unsigned_abs() > 1 << 53);
                if wide(a) || wide(b) {
                    let ord = match (a, b) {
                        (Int(i), Float(f)) => {
                            super::bigint::cmp_big_float(&num_bigint::BigInt::from(*i), *f)
                        }
                        (Float(f), Int(i)) => {
                            super::bigint::cmp_big_float(&num_bigint::BigInt::from(*i), *f)
                                .map(|o| o.reverse())
                        }
                        _ => Option::None,
                    };
                    return Ok(Bool(match ord {
                        Some(o) => cmp_ord(o, op),
                        Option::None => op == CmpKind::Ne,
                    }));
                }
                return Ok(Bool(ordering(x, y, op).unwrap_or(false)));
            }
            (Str(x), Str(y)) => return Ok(Bool(cmp_ord(x.cmp(y), op))),
            _ => {}
        }
        if let (Obj(ra), Obj(rb)) = (a, b) {
            let seqs = match (self.heap.get(*ra), self.heap.get(*rb)) {
                (super::object::Obj::List(x), super::object::Obj::List(y)) => {
                    Some((x.clone(), y.clone()))
                }
                (super::object::Obj::Tuple(x), super::object::Obj::Tuple(y)) => {
                    Some((x.to_vec(), y.to_vec()))
                }
                (super::object::Obj::Deque(x), super::object::Obj::Deque(y)) => Some((
                    x.items.iter().cloned().collect(),
                    y.items.iter().cloned().collect(),
                )),
                _ => Option::None,
            };
            if let Some((x, y)) = seqs {
                // Nested sequences compare recursively, in Rust here as in C
                // in CPython, which stops at the recursion limit.
                if self.compare_depth + self.frames.len() >= self.limits.recursion {
                    return Err(self.new_exc_str(
                        "RecursionError",
                        "maximum recursion depth exceeded in comparison",
                    ));
                }
                self.compare_depth += 1;
                let r = self.compare_seqs(&x, &y, op).map(Bool);
                self.compare_depth -= 1;
                return r;
            }
            if let (super::object::Obj::Bytes(x), super::object::Obj::Bytes(y)) =
                (self.heap.get(*ra), self.heap.get(*rb))
            {
                return Ok(Bool(cmp_ord(x.cmp(y), op)));
            }
            let ranges = match (self.heap.get(*ra), self.heap.get(*rb)) {
                (
                    super::object::Obj::Range {
                        start: a0,
                        stop: a1,
                        step: a2,
                    },
                    super::object::Obj::Range {
                        start: b0,
                        stop: b1,
                        step: b2,
                    },
                ) => Some(((*a0, *a1, *a2), (*b0, *b1, *b2))),
                _ => Option::None,
            };
            if let (Some(((a0, a1, a2), (b0, b1, b2))), CmpKind::Eq | CmpKind::Ne) = (ranges, op) {
                use super::builtins::containers::range_len;
                let (la, lb) = (range_len(a0, a1, a2), range_len(b0, b1, b2));
                let same = la == lb && (la == 0 || (a0 == b0 && (la == 1 || a2 == b2)));
                return Ok(Bool(if op == CmpKind::Eq { same } else { !same }));
            }
            let sets = matches!(
                (self.heap.get(*ra), self.heap.get(*rb)),
                (
                    super::object::Obj::Set(_) | super::object::Obj::FrozenSet(_),
                    super::object::Obj::Set(_) | super::object::Obj::FrozenSet(_)
                ) | (super::object::Obj::Dict(_), super::object::Obj::Dict(_))
            );
            if sets {
                if self.compare_depth + self.frames.len() >= self.limits.recursion {
                    return Err(self.new_exc_str(
                        "RecursionError",
                        "maximum recursion depth exceeded in comparison",
                    ));
                }
                self.compare_depth += 1;
                let r = self.compare_containers(a, b, op);
                self.compare_depth -= 1;
                return r;
            }
        }
        if matches!(op, CmpKind::Eq | CmpKind::Ne)
            && let Some(r) = super::builtins::weakref::weak_eq(self, a, b)
        {
            let r = r?;
            return Ok(Bool(if op == CmpKind::Eq { r } else { !r }));
        }
        // Dunders, with the reflected operation as CPython tries it.
        let (name, refl) = match op {
            CmpKind::Lt => ("__lt__", "__gt__"),
            CmpKind::Le => ("__le__", "__ge__"),
            CmpKind::Eq => ("__eq__", "__eq__"),
            CmpKind::Ne => ("__ne__", "__ne__"),
            CmpKind::Gt => ("__gt__", "__lt__"),
            CmpKind::Ge => ("__ge__", "__le__"),
            _ => unreachable!("identity and membership are handled by compare_op"),
        };
        let ca = self.class_of(a);
        let cb = self.class_of(b);
        let reflected_first = ca != cb && self.is_subclass(cb, ca);
        let (s1, s2) = (self.intern(name), self.intern(refl));
        let order: [(&Value, &Value, crate::engine::intern::Sym); 2] = if reflected_first {
            [(b, a, s2), (a, b, s1)]
        } else {
            [(a, b, s1), (b, a, s2)]
        };
        for (x, y, s) in order {
            let cls = self.class_of(x);
            if let Some(f) = self.lookup_in_mro(cls, s) {
                if self.is_user_function(&f) {
                    let r = self.call_value(&f, &[x.clone(), y.clone()], &[])?;
                    if !matches!(r, NotImplemented) {
                        return Ok(r);
                    }
                } else if op == CmpKind::Ne && s == s1 {
                    // `object.__ne__` inverts a user `__eq__`.
                    let eqs = self.names.eq;
                    if let Some(f) = self.lookup_in_mro(cls, eqs)
                        && self.is_user_function(&f)
                    {
                        let r = self.call_value(&f, &[x.clone(), y.clone()], &[])?;
                        if !matches!(r, NotImplemented) {
                            let t = self.truthy(&r);
                            self.drop_val(r);
                            return Ok(Bool(!t?));
                        }
                    }
                }
            }
        }
        // Subclasses of builtins compare as their builtin values.
        let (ba, bb) = (self.backing(a), self.backing(b));
        if ba.is_some() || bb.is_some() {
            let a2 = ba.unwrap_or_else(|| a.clone());
            let b2 = bb.unwrap_or_else(|| b.clone());
            return self.rich_compare(&a2, &b2, op);
        }
        match op {
            CmpKind::Eq => Ok(Bool(a.is(b))),
            CmpKind::Ne => Ok(Bool(!a.is(b))),
            _ => {
                let sym = match op {
                    CmpKind::Lt => "<",
                    CmpKind::Le => "<=",
                    CmpKind::Gt => ">",
                    _ => ">=",
                };
                let (na, nb) = (self.type_name_for_error(a), self.type_name_for_error(b));
                Err(self.type_error(format!(
                    "'{sym}' not supported between instances of '{na}' and '{nb}'"
                )))
            }
        }
    }

    fn compare_seqs(&mut self, x: &[Value], y: &[Value], op: CmpKind) -> PyResult<bool> {
        for (a, b) in x.iter().zip(y) {
            if !self.eq(a, b)? {
                return match op {
                    CmpKind::Eq => Ok(false),
                    CmpKind::Ne => Ok(true),
                    _ => {
                        let r = self.rich_compare(a, b, op)?;
                        let t = self.truthy(&r);
                        self.drop_val(r);
                        t
                    }
                };
            }
        }
        Ok(cmp_ord(x.len().cmp(&y.len()), op))
    }

    fn compare_containers(&mut self, a: &Value, b: &Value, op: CmpKind) -> PyResult<Value> {
        let is_dict = matches!(a, Value::Obj(r) if matches!(self.heap.get(*r), Obj::Dict(_)));
        let la = self.len_of(a)?;
        let lb = self.len_of(b)?;
        if is_dict {
            if !matches!(op, CmpKind::Eq | CmpKind::Ne) {
                let sym = match op {
                    CmpKind::Lt => "<",
                    CmpKind::Le => "<=",
                    CmpKind::Gt => ">",
                    _ => ">=",
                };
                return Err(self.type_error(format!(
                    "'{sym}' not supported between instances of 'dict' and 'dict'"
                )));
            }
            let mut equal = la == lb;
            if equal {
                let items = self.dict_items(a);
                for (k, v) in items {
                    match self.dict_get(b, &k)? {
                        Some(v2) => {
                            let e = self.eq(&v, &v2);
                            self.drop_val(v2);
                            if !e? {
                                equal = false;
                                break;
                            }
                        }
                        None => {
                            equal = false;
                            break;
                        }
                    }
                }
            }
            return Ok(Value::Bool(if op == CmpKind::Eq { equal } else { !equal }));
        }
        // Sets: subset relations.
        let a_in_b = self.set_is_subset(a, b)?;
        let b_in_a = self.set_is_subset(b, a)?;
        Ok(Value::Bool(match op {
            CmpKind::Eq => a_in_b && la == lb,
            CmpKind::Ne => !(a_in_b && la == lb),
            CmpKind::Le => a_in_b,
            CmpKind::Lt => a_in_b && la < lb,
            CmpKind::Ge => b_in_a,
            CmpKind::Gt => b_in_a && la > lb,
            _ => false,
        }))
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => return Ok(s.contains(&**sub)),
                _ if let Some(sub) = self.str_value(item) => return Ok(s.contains(&*sub)),
                _ => {
                    let cname = self.class_name(item);
                    return Err(self.type_error(format!(
                        "'in <string>' requires string as left operand, not {cname}"
                    )));
                }
            },
            Value::Obj(r) => match self.heap.get(*r) {
                Obj::Bytes(b) => {
                    let b = b.clone();
                    return self.bytes_contains(&b, item);
                }
                Obj::List(l) => {
                    let l = l.clone();
                    for x in &l {
                        if self.eq(x, item)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                Obj::Tuple(t) => {
                    let t = t.to_vec();
                    for x in &t {
                        if self.eq(x, item)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                Obj::Dict(_) | Obj::Set(_) | Obj::FrozenSet(_) => {
                    let r = self.dict_get(container, item)?;
                    let found = r.is_some();
                    if let Some(v) = r {
                        self.drop_val(v);
                    }
                    return Ok(found);
                }
                Obj::DictView { dict, kind } => {
                    let (dict, kind) = (*dict, *kind);
                    let d = Value::Obj(dict);
                    return match kind {
                        super::object::ViewKind::Keys => self.contains(&d, item),
                        _ => {
                            let it = self.iter(container)?;
                            let r = self.iter_contains(&it, item);
                            self.drop_val(it);
                            r
                        }
                    };
                }
                Obj::Range { start, stop, step } => {
                    if let Some(i) = as_int(item) {
                        let (start, stop, step) = (*start, *stop, *step);
                        let inside = if step > 0 {
                            i >= start && i < stop
                        } else {
                            i <= start && i > stop
                        };
                        return Ok(inside && (i - start) % step == 0);
                    }
                }
                _ => {}
            },
            _ => {}
        }
        if let Some(hook) = self.class_hook(container, "_cls_contains")? {
            let r = self.call_value(&hook, std::slice::from_ref(item), &[]);
            self.drop_val(hook);
            let r = r?;
            let t = self.truthy(&r);
            self.drop_val(r);
            return t;
        }
        let cs = self.names.contains;
        if self.has_method(container, cs) {
            let r = self.call_method(container, cs, std::slice::from_ref(item))?;
            let t = self.truthy(&r);
            self.drop_val(r);
            return t;
        }
        let it = match self.iter(container) {
            Ok(it) => it,
            Err(e) => {
                self.drop_val(e);
                let cname = self.class_name(container);
                return Err(self.type_error(format!("argument of type '{cname}' is not iterable")));
            }
        };
        let r = self.iter_contains(&it, item);
        self.drop_val(it);
        r
    }

    fn iter_contains(&mut self, it: &Value, item: &Value) -> PyResult<bool> {
        while let Some(x) = self.next(it)? {
            let e = self.eq(&x, item);
            self.drop_val(x);
            if e? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    pub fn inplace_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        // Lists extend in place; `+=` keeps the same object.
        if let (Value::Obj(r), BinOp::Add) = (a, op)
            && matches!(self.heap.get(*r), Obj::List(_))
        {
            self.list_extend(a, b)?;
            return Ok(self.dup(a));
        }
        // `*=` repeats a list in place (CPython's sq_inplace_repeat), once
        // the count's own `__rmul__` had no say.
        if let (Value::Obj(r), BinOp::Mult) = (a, op)
            && matches!(self.heap.get(*r), Obj::List(_))
        {
            let r = *r;
            let rmul = self.intern("__rmul__");
            let count = match b {
                Value::Int(_) | Value::Bool(_) => Some(b.clone()),
                Value::Obj(_) => {
                    let cls = self.class_of(b);
                    match self.lookup_in_mro(cls, rmul) {
                        Some(f) if self.is_user_function(&f) => {
                            let res = self.call_value(&f, &[b.clone(), a.clone()], &[])?;
                            if !matches!(res, Value::NotImplemented) {
                                return Ok(res);
                            }
                            self.user_index(b)?
                        }
                        _ => self.user_index(b)?,
                    }
                }
                _ => None,
            };
            if let Some(n) = count {
                let res = self.binary_op(a, &n, op);
                self.drop_val(n);
                let res = res?;
                if let Value::Obj(rr) = &res
                    && let Obj::List(items) = self.heap.get_mut(*rr)
                {
                    let items = std::mem::take(items);
                    let old = match self.heap.get_mut(r) {
                        Obj::List(v) => std::mem::replace(v, items),
                        _ => Vec::new(),
                    };
                    // CPython's list_clear lets go of the old items last
                    // first (their finalizers run in that order).
                    self.heap.decref_all(old.into_iter().rev());
                    self.drop_val(res);
                    return Ok(self.dup(a));
                }
                return Ok(res);
            }
        }
        if let (Value::Obj(r), BinOp::Add | BinOp::Mult) = (a, op)
            && matches!(self.heap.get(*r), Obj::Deque(_))
        {
            let name = self.intern(binop_names(op).2);
            return self.call_method(a, name, std::slice::from_ref(b));
        }
        if let Value::Obj(r) = a {
            if matches!(self.heap.get(*r), Obj::Instance(_)) {
                let iname = self.intern(binop_names(op).2);
                let cls = self.class_of(a);
                if let Some(f) = self.lookup_in_mro(cls, iname) {
                    let r = self.call_value(&f, &[a.clone(), b.clone()], &[])?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
            if let (Obj::Set(_), BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor) =
                (self.heap.get(*r), op)
            {
                let result = self.binary_op(a, b, op)?;
                self.set_replace_contents(a, &result)?;
                self.drop_val(result);
                return Ok(self.dup(a));
            }
            if let (Obj::Dict(_), BinOp::BitOr) = (self.heap.get(*r), op) {
                self.dict_update(a, b, false)?;
                return Ok(self.dup(a));
            }
        }
        // CPython names the augmented operator when neither side has it:
        // "for +=: 'float' and 'str'".
        self.binary_op_as(a, b, op, true)
    }

    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        self.binary_op_as(a, b, op, false)
    }

    /// `a op b`; `inplace` when it stands for `a op= b`, which only the
    /// TypeError's wording shows.
    fn binary_op_as(&mut self, a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyResult<Value> {
        if let Some(v) = self.binary_op_builtin(a, b, op)? {
            return Ok(v);
        }
        self.binary_op_dunders(a, b, op, inplace)
    }

    /// The operators of the builtin types alone; `None` when neither
    /// operand's builtin behaviour applies (what `int.__add__` does before
    /// answering NotImplemented).
    pub fn binary_op_builtin(
        &mut self,
        a: &Value,
        b: &Value,
        op: BinOp,
    ) -> PyResult<Option<Value>> {
        use Value::*;
        let r = match (a, b) {
            (Int(x), Int(y)) => return self.int_op(*x, *y, op).map(Some),
            (Int(_) | Bool(_), Int(_) | Bool(_)) => {
                let (x, y) = (as_int(a).unwrap_or(0), as_int(b).unwrap_or(0));
                if let (Bool(p), Bool(q), BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor) = (a, b, op)
                {
                    return Ok(Some(Bool(match op {
                        BinOp::BitAnd => *p & *q,
                        BinOp::BitOr => *p | *q,
                        _ => *p ^ *q,
                    })));
                }
                return self.int_op(x, y, op).map(Some);
            }
            (Float(_) | Int(_) | Bool(_), Float(_) | Int(_) | Bool(_)) => {
                let x = match a {
                    Float(x) => *x,
                    _ => as_int(a).unwrap_or(0) as f64,
                };
                let y = match b {
                    Float(y) => *y,
                    _ => as_int(b).unwrap_or(0) as f64,
                };
                if let Some(r) = self.float_op(x, y, op)? {
                    return Ok(Some(r));
                }
                Option::None
            }
            (Str(x), Str(y)) if op == BinOp::Add => {
                let mut s = String::with_capacity(x.len() + y.len());
                s.push_str(x);
                s.push_str(y);
                return Ok(Some(Str(s.into())));
            }
            (Str(x), Int(n)) | (Int(n), Str(x)) if op == BinOp::Mult => {
                let n = (*n).max(0) as usize;
                if x.len().saturating_mul(n) > 100_000_000 {
                    return Err(self.new_exc_str("MemoryError", "string too large for coroscope"));
                }
                return Ok(Some(Str(x.repeat(n).into())));
            }
            (Str(x), Bool(n)) | (Bool(n), Str(x)) if op == BinOp::Mult => {
                return Ok(Some(Str(if *n { x.clone() } else { Rc::from("") })));
            }
            (Str(_), _) if op == BinOp::Mod => return self.percent_format(a, b).map(Some),
            (Obj(r), _)
                if op == BinOp::Mod
                    && matches!(self.heap.get(*r), super::object::Obj::Bytes(_)) =>
            {
                let super::object::Obj::Bytes(fmt) = self.heap.get(*r) else {
                    unreachable!("checked")
                };
                let fmt = fmt.clone();
                return self.percent_format_bytes(&fmt, b).map(Some);
            }
            (Obj(r), _) | (_, Obj(r))
                if matches!(op, BinOp::Add | BinOp::Mult)
                    && matches!(self.heap.get(*r), super::object::Obj::Bytes(_)) =>
            {
                return self.bytes_binop(a, b, op);
            }
            (Obj(_), _) | (_, Obj(_)) if self.is_bigint(a) || self.is_bigint(b) => {
                match (self.big_of(a), self.big_of(b), a, b) {
                    (Some(x), Some(y), _, _) => return self.big_op(x, y, op).map(Some),
                    (Some(x), _, _, Float(y)) => {
                        let x = self.big_to_f64(&x)?;
                        return self.float_op(x, *y, op);
                    }
                    (_, Some(y), Float(x), _) => {
                        let y = self.big_to_f64(&y)?;
                        return self.float_op(*x, y, op);
                    }
                    _ => Option::None,
                }
            }
            _ => Option::None,
        };
        if r.is_some() {
            return Ok(r);
        }
        self.container_op(a, b, op)
    }

    /// `a op b` through `__op__` / `__rop__`.
    fn binary_op_dunders(
        &mut self,
        a: &Value,
        b: &Value,
        op: BinOp,
        inplace: bool,
    ) -> PyResult<Value> {
        use Value::*;
        // Dunders.
        let (fname, rname, _, sym) = binop_names(op);
        let ca = self.class_of(a);
        let cb = self.class_of(b);
        let fs = self.intern(fname);
        let rs = self.intern(rname);
        let reflected_first =
            ca != cb && self.is_subclass(cb, ca) && self.lookup_in_mro(cb, rs).is_some();
        let tries: Vec<(&Value, &Value, crate::engine::intern::Sym)> = if reflected_first {
            vec![(b, a, rs), (a, b, fs)]
        } else {
            vec![(a, b, fs), (b, a, rs)]
        };
        for (i, (x, y, s)) in tries.into_iter().enumerate() {
            if i == 1 && ca == cb && !reflected_first {
                break;
            }
            let cls = self.class_of(x);
            if let Some(f) = self.lookup_in_mro(cls, s)
                && (self.is_user_function(&f)
                    || matches!(&f, Value::Obj(r) if matches!(self.heap.get(*r), super::object::Obj::Native(_))))
            {
                let r = self.call_value(&f, &[x.clone(), y.clone()], &[])?;
                if !matches!(r, NotImplemented) {
                    return Ok(r);
                }
            }
        }
        let (ba, bb) = (self.backing(a), self.backing(b));
        if ba.is_some() || bb.is_some() {
            let a2 = ba.unwrap_or_else(|| a.clone());
            let b2 = bb.unwrap_or_else(|| b.clone());
            return self.binary_op_as(&a2, &b2, op, inplace);
        }
        // Keys and items views are sets to `& | - ^`, with any iterable.
        if matches!(
            op,
            BinOp::BitAnd | BinOp::BitOr | BinOp::Sub | BinOp::BitXor
        ) && (self.is_set_like_view(a) || self.is_set_like_view(b))
        {
            let sa = self.set_from_iterable(false, a)?;
            if op == BinOp::BitOr {
                // CPython's `set(self)` then `update(other)`: other's items
                // go in after, which decides the order they print in.
                let items = match self.collect_iterable(b) {
                    Ok(items) => items,
                    Err(e) => {
                        self.drop_val(sa);
                        return Err(e);
                    }
                };
                for it in items {
                    if let Err(e) = self.set_insert(&sa, it) {
                        self.drop_val(sa);
                        return Err(e);
                    }
                }
                return Ok(sa);
            }
            let sb = match self.set_from_iterable(false, b) {
                Ok(s) => s,
                Err(e) => {
                    self.drop_val(sa);
                    return Err(e);
                }
            };
            let r = self.binary_op(&sa, &sb, op);
            self.drop_val(sa);
            self.drop_val(sb);
            return r;
        }
        let (na, nb) = (self.type_name_for_error(a), self.type_name_for_error(b));
        if op == BinOp::Add && matches!(a, Str(_)) {
            return Err(self.type_error(format!("can only concatenate str (not \"{nb}\") to str")));
        }
        if op == BinOp::Add && (&*na == "list" || &*na == "tuple") && na != nb {
            return Err(
                self.type_error(format!("can only concatenate {na} (not \"{nb}\") to {na}"))
            );
        }
        if op == BinOp::Pow && !inplace {
            return Err(self.type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{na}' and '{nb}'"
            )));
        }
        // A sequence times a non-int: the sequence's repeat says it.
        let is_seq = |n: &str| matches!(n, "str" | "list" | "tuple" | "bytes");
        if op == BinOp::Mult && (is_seq(&na) || is_seq(&nb)) {
            // CPython's sequence repeat takes any count with `__index__`
            // once both sides' number methods declined; the left sequence
            // is asked first.
            let (seq, count) = if is_seq(&na) { (a, b) } else { (b, a) };
            if self.is_bigint(count) {
                return Err(self.new_exc_str(
                    "OverflowError",
                    "cannot fit 'int' into an index-sized integer",
                ));
            }
            if let Some(n) = self.user_index(count)? {
                let r = self.binary_op_as(seq, &n, op, inplace);
                self.drop_val(n);
                return r;
            }
            let other = if is_seq(&na) { &nb } else { &na };
            return Err(self.type_error(format!(
                "can't multiply sequence by non-int of type '{other}'"
            )));
        }
        let eq = if inplace { "=" } else { "" };
        Err(self.type_error(format!(
            "unsupported operand type(s) for {sym}{eq}: '{na}' and '{nb}'"
        )))
    }

    /// A `dict.keys()` or `dict.items()` view, which acts as a set.
    pub(super) fn is_set_like_view(&self, v: &Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(
            self.heap.get(*r),
            super::object::Obj::DictView {
                kind: super::object::ViewKind::Keys | super::object::ViewKind::Items,
                ..
            }
        ))
    }

    fn int_op(&mut self, x: i64, y: i64, op: BinOp) -> PyResult<Value> {
        use crate::engine::numeric::arith;
        let r = match op {
            BinOp::Add => x
                .checked_add(y)
                .map(Value::Int)
                .ok_or_else(crate::engine::numeric::PyErr::int_overflow),
            BinOp::Sub => x
                .checked_sub(y)
                .map(Value::Int)
                .ok_or_else(crate::engine::numeric::PyErr::int_overflow),
            BinOp::Mult => x
                .checked_mul(y)
                .map(Value::Int)
                .ok_or_else(crate::engine::numeric::PyErr::int_overflow),
            BinOp::Div => arith::int_true_div(x, y).map(Value::Float),
            BinOp::FloorDiv => arith::int_floordiv(x, y).map(Value::Int),
            BinOp::Mod => arith::int_mod(x, y).map(Value::Int),
            BinOp::Pow => arith::int_pow(x, y).map(|p| match p {
                arith::IntPow::Int(i) => Value::Int(i),
                arith::IntPow::Float(f) => Value::Float(f),
            }),
            BinOp::LShift => {
                if y < 0 {
                    return Err(self.value_error("negative shift count".into()));
                }
                let r = if y >= 63 {
                    if x == 0 { Some(0) } else { None }
                } else {
                    let r = x << y;
                    if r >> y == x { Some(r) } else { None }
                };
                r.map(Value::Int)
                    .ok_or_else(crate::engine::numeric::PyErr::int_overflow)
            }
            BinOp::RShift => {
                if y < 0 {
                    return Err(self.value_error("negative shift count".into()));
                }
                Ok(Value::Int(if y >= 64 {
                    if x < 0 { -1 } else { 0 }
                } else {
                    x >> y
                }))
            }
            BinOp::BitAnd => Ok(Value::Int(x & y)),
            BinOp::BitOr => Ok(Value::Int(x | y)),
            BinOp::BitXor => Ok(Value::Int(x ^ y)),
            BinOp::MatMult => {
                return Err(
                    self.type_error("unsupported operand type(s) for @: 'int' and 'int'".into())
                );
            }
        };
        match r {
            Ok(v) => Ok(v),
            // Past 64 bits: redo it exactly.
            Err(e) if e == crate::engine::numeric::PyErr::int_overflow() => {
                self.big_op(x.into(), y.into(), op)
            }
            Err(e) => Err(self.from_pyerr(e)),
        }
    }

    fn float_op(&mut self, x: f64, y: f64, op: BinOp) -> PyResult<Option<Value>> {
        use crate::engine::numeric::arith;
        let r = match op {
            BinOp::Add => Ok(x + y),
            BinOp::Sub => Ok(x - y),
            BinOp::Mult => Ok(x * y),
            BinOp::Div => arith::float_div(x, y),
            BinOp::FloorDiv => arith::py_float_floordiv(x, y),
            BinOp::Mod => arith::py_float_mod(x, y),
            BinOp::Pow => arith::float_pow(x, y),
            _ => return Ok(None),
        };
        r.map(|v| Some(Value::Float(v)))
            .map_err(|e| self.from_pyerr(e))
    }
}

/// Python's float `divmod`: the remainder takes the divisor's sign.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 { f + 1.0 } else { f }
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

/// Correctly rounded `x / y` for ints, as CPython computes it.
pub fn int_true_div(x: i64, y: i64) -> f64 {
    const EXACT: i64 = 1 << 53;
    if x.abs() <= EXACT && y.abs() <= EXACT {
        return x as f64 / y as f64;
    }
    (x as i128 as f64) / (y as i128 as f64)
}

pub fn as_int(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    }
}

/// `x < y` and the other orderings and equalities, by the operators
/// themselves (a NaN is unordered: only `!=` holds); None for the identity
/// and membership tests.
#[inline(always)]
pub(super) fn ordering<T: PartialOrd>(x: T, y: T, op: CmpKind) -> Option<bool> {
    Some(match op {
        CmpKind::Lt => x < y,
        CmpKind::Le => x <= y,
        CmpKind::Eq => x == y,
        CmpKind::Ne => x != y,
        CmpKind::Gt => x > y,
        CmpKind::Ge => x >= y,
        _ => return None,
    })
}

fn cmp_ord(o: std::cmp::Ordering, op: CmpKind) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CmpKind::Lt => o == Less,
        CmpKind::Le => o != Greater,
        CmpKind::Eq => o == Equal,
        CmpKind::Ne => o != Equal,
        CmpKind::Gt => o == Greater,
        CmpKind::Ge => o != Less,
        _ => false,
    }
}

/// Equality decidable without running Python code.
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    match (a, b) {
        (Int(x), Int(y)) => Some(x == y),
        (Str(x), Str(y)) => Some(x == y),
        (None, None) => Some(true),
        (Bool(x), Bool(y)) => Some(x == y),
        (Float(x), Float(y)) => Some(x == y),
        (Int(x), Float(y)) | (Float(y), Int(x)) => Some(*x as f64 == *y),
        (Int(x), Bool(y)) | (Bool(y), Int(x)) => Some(*x == *y as i64),
        (Float(x), Bool(y)) | (Bool(y), Float(x)) => Some(*x == *y as i64 as f64),
        (Str(_), Int(_) | Float(_) | None | Bool(_))
        | (Int(_) | Float(_) | None | Bool(_), Str(_)) => Some(false),
        (None, Int(_) | Float(_) | Bool(_)) | (Int(_) | Float(_) | Bool(_), None) => Some(false),
        (Obj(x), Obj(y)) if x == y => Option::None,
        _ => Option::None,
    }
}
