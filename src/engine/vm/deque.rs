//! `collections.deque`, native: asyncio's queues and locks keep their
//! waiters in deques, so every `put`/`get`/`acquire` goes through one, and a
//! deque written in Python costs several calls per operation.

use std::collections::VecDeque;

use super::Vm;
use super::builtins::{check_args, def_method, def_static, int_arg, kwarg};
use super::object::{IterState, NativeImpl, Obj, Payload, PyResult};
use super::ops::as_int;
use super::value::{ObjRef, Value};
use crate::engine::intern::Sym;

type Kw<'a> = &'a [(Sym, Value)];

/// A deque's items, each a counted reference.
#[derive(Clone, Debug, Default)]
pub struct PyDeque {
    pub items: VecDeque<Value>,
    pub maxlen: Option<usize>,
    /// Moves on every change of length or order, as CPython's `state`
    /// does: an iterator that sees it move raises "deque mutated during
    /// iteration" instead of reading shifted items.
    pub state: u64,
}

impl Vm {
    /// The deque behind `v`: a deque, or an instance of a subclass.
    pub fn deque_ref(&self, v: &Value) -> Option<ObjRef> {
        let Value::Obj(r) = v else { return None };
        match self.heap.get(*r) {
            Obj::Deque(_) => Some(*r),
            Obj::Instance(i) => match &i.payload {
                Payload::Builtin(Value::Obj(b)) if matches!(self.heap.get(*b), Obj::Deque(_)) => {
                    Some(*b)
                }
                _ => None,
            },
            _ => None,
        }
    }

    pub fn deque(&self, r: ObjRef) -> &PyDeque {
        match self.heap.get(r) {
            Obj::Deque(d) => d,
            other => panic!("expected a deque, found {other:?}"),
        }
    }

    pub(crate) fn deque_mut(&mut self, r: ObjRef) -> &mut PyDeque {
        match self.heap.get_mut(r) {
            Obj::Deque(d) => d,
            other => panic!("expected a deque, found {other:?}"),
        }
    }

    pub fn new_deque(&mut self, items: Vec<Value>, maxlen: Option<usize>) -> Value {
        let mut d = PyDeque {
            items: VecDeque::with_capacity(items.len()),
            maxlen,
            state: 0,
        };
        let mut dropped = Vec::new();
        for v in items {
            d.items.push_back(v);
            if maxlen.is_some_and(|m| d.items.len() > m) {
                dropped.extend(d.items.pop_front());
            }
        }
        self.heap.decref_all(dropped);
        self.alloc(Obj::Deque(Box::new(d)))
    }

    /// Appends a reference (taken) at the right or the left; a full deque
    /// drops an item from the other end.
    pub(crate) fn deque_push(&mut self, r: ObjRef, v: Value, left: bool) {
        let d = self.deque_mut(r);
        d.state += 1;
        if d.maxlen == Some(0) {
            self.drop_val(v);
            return;
        }
        let full = d.maxlen.is_some_and(|m| d.items.len() >= m);
        let dropped = if left {
            let out = if full { d.items.pop_back() } else { None };
            d.items.push_front(v);
            out
        } else {
            let out = if full { d.items.pop_front() } else { None };
            d.items.push_back(v);
            out
        };
        if let Some(old) = dropped {
            self.drop_val(old);
        }
    }

    /// An iterator over deque `r`, from the left or from the right.
    pub fn deque_iter(&mut self, r: ObjRef, reverse: bool) -> Value {
        let state = self.deque(r).state;
        self.heap.incref_obj(r);
        self.alloc(Obj::Iter(Box::new(IterState::Deque {
            deque: r,
            idx: 0,
            state,
            reverse,
        })))
    }

    /// The next item of an `IterState::Deque` iterator.
    pub fn deque_iter_next(&mut self, it: ObjRef) -> PyResult<Value> {
        let Obj::Iter(st) = self.heap.get(it) else {
            unreachable!("checked")
        };
        let IterState::Deque {
            deque,
            idx,
            state,
            reverse,
        } = **st
        else {
            unreachable!("checked")
        };
        let d = self.deque(deque);
        // The iterator stays broken: CPython checks `state` before the
        // count on every call.
        if d.state != state {
            return Err(self.new_exc_str("RuntimeError", "deque mutated during iteration"));
        }
        let n = d.items.len();
        if idx >= n {
            self.finish_iter(it);
            return Err(self.stop_iteration(Value::None));
        }
        let v = d.items[if reverse { n - 1 - idx } else { idx }].clone();
        if let Obj::Iter(st) = self.heap.get_mut(it)
            && let IterState::Deque { idx, .. } = &mut **st
        {
            *idx += 1;
        }
        Ok(self.dup(&v))
    }

    fn finish_iter(&mut self, it: ObjRef) {
        if let Obj::Iter(st) = self.heap.get_mut(it) {
            let old = std::mem::replace(&mut **st, IterState::Exhausted);
            if let IterState::Deque { deque, .. } = old {
                self.heap.decref_obj(deque);
            }
        }
    }

    /// The item reprs between the parentheses of `deque(...)`, with the
    /// maxlen; the caller guards against recursion.
    pub fn deque_repr_body(&mut self, r: ObjRef) -> PyResult<String> {
        let d = self.deque(r);
        let (items, maxlen): (Vec<Value>, _) = (d.items.iter().cloned().collect(), d.maxlen);
        let mut s = String::from("[");
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&self.repr(it)?);
        }
        s.push(']');
        if let Some(m) = maxlen {
            s.push_str(&format!(", maxlen={m}"));
        }
        Ok(s)
    }

    /// The index of the first item equal to `x` in `lo..hi`. Comparing may
    /// run Python code that changes the deque, which CPython refuses.
    fn deque_find(
        &mut self,
        r: ObjRef,
        x: &Value,
        lo: usize,
        hi: usize,
    ) -> PyResult<Option<usize>> {
        let state = self.deque(r).state;
        for i in lo..hi {
            let Some(item) = self.deque(r).items.get(i).cloned() else {
                break;
            };
            let item = self.dup(&item);
            let e = self.eq(&item, x);
            self.drop_val(item);
            let e = e?;
            if self.deque(r).state != state {
                return Err(self.new_exc_str("RuntimeError", "deque mutated during iteration"));
            }
            if e {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }

    /// A copy with the same maxlen, of the subclass for a subclass
    /// instance (CPython calls `type(d)(d, maxlen)`).
    fn deque_copy(&mut self, this: &Value, r: ObjRef) -> PyResult<Value> {
        let d = self.deque(r);
        let (items, maxlen): (Vec<Value>, _) = (d.items.iter().cloned().collect(), d.maxlen);
        if matches!(this, Value::Obj(t) if *t == r) {
            let items = items.iter().map(|v| self.dup(v)).collect();
            return Ok(self.new_deque(items, maxlen));
        }
        let cls = Value::Obj(self.class_of(this));
        match maxlen {
            None => self.call_value(&cls, std::slice::from_ref(this), &[]),
            Some(m) => self.call_value(&cls, &[this.clone(), Value::Int(m as i64)], &[]),
        }
    }

    /// `d.extend(items)` (or `extendleft`), taking the references.
    fn deque_extend(&mut self, r: ObjRef, items: Vec<Value>, left: bool) {
        for v in items {
            self.deque_push(r, v, left);
        }
    }

    /// `d *= n`.
    fn deque_repeat(&mut self, r: ObjRef, n: i64) {
        if n <= 0 {
            let d = self.deque_mut(r);
            d.state += 1;
            let old: Vec<Value> = d.items.drain(..).collect();
            self.heap.decref_all(old);
            return;
        }
        let base: Vec<Value> = self.deque(r).items.iter().cloned().collect();
        for _ in 1..n {
            // A full deque keeps only the last `maxlen` items anyway.
            if self.deque(r).maxlen.is_some_and(|m| m <= base.len()) && n > 2 {
                let copies = base.iter().map(|v| self.dup(v)).collect();
                self.deque_extend(r, copies, false);
                break;
            }
            let copies = base.iter().map(|v| self.dup(v)).collect();
            self.deque_extend(r, copies, false);
        }
    }

    /// `d[i]` as an index into the items, or the TypeError / IndexError
    /// CPython raises.
    fn deque_index(&mut self, r: ObjRef, key: &Value) -> PyResult<usize> {
        let i = match as_int(key) {
            Some(i) => i,
            None if matches!(key, Value::Obj(_)) && self.is_bigint(key) => {
                return Err(
                    self.new_exc_str("IndexError", "cannot fit 'int' into an index-sized integer")
                );
            }
            None => {
                let cname = self.class_name(key);
                return Err(
                    self.type_error(format!("sequence index must be integer, not '{cname}'"))
                );
            }
        };
        let n = self.deque(r).items.len() as i64;
        let idx = if i < 0 { i + n } else { i };
        if idx < 0 || idx >= n {
            return Err(self.new_exc_str("IndexError", "deque index out of range"));
        }
        Ok(idx as usize)
    }
}

// === the type's methods ===

/// CPython's message for a method taking exactly `n` (0 or 1) arguments
/// besides `self` (`deque.append() takes exactly one argument (0 given)`).
fn arity(vm: &mut Vm, args: &[Value], n: usize, name: &str) -> PyResult<()> {
    let given = args.len().saturating_sub(1);
    if given == n {
        return Ok(());
    }
    let msg = if n == 0 {
        format!("{name}() takes no arguments ({given} given)")
    } else {
        format!("{name}() takes exactly one argument ({given} given)")
    };
    Err(vm.type_error(msg))
}

fn this(vm: &mut Vm, args: &[Value]) -> PyResult<ObjRef> {
    match args.first().and_then(|a| vm.deque_ref(a)) {
        Some(r) => Ok(r),
        None => Err(vm.type_error("descriptor requires a 'collections.deque' object".into())),
    }
}

/// `deque(iterable=(), maxlen=None)` arguments: the items and the maxlen.
fn init_args(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<(Vec<Value>, Option<usize>)> {
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "deque() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let iterable = args.first().or_else(|| kwarg(vm, kw, "iterable")).cloned();
    let maxlen = args.get(1).or_else(|| kwarg(vm, kw, "maxlen")).cloned();
    let maxlen = match maxlen {
        None | Some(Value::None) => None,
        Some(m) => {
            if !matches!(m, Value::Int(_) | Value::Bool(_)) && !vm.is_bigint(&m) {
                return Err(vm.type_error("an integer is required".into()));
            }
            let m = int_arg(vm, &m)?;
            if m < 0 {
                return Err(vm.value_error("maxlen must be non-negative".into()));
            }
            Some(m as usize)
        }
    };
    let items = match iterable {
        Some(v) => vm.collect_iterable(&v)?,
        None => Vec::new(),
    };
    Ok((items, maxlen))
}

fn deque_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let cls = match args.first() {
        Some(Value::Obj(c)) => *c,
        _ => return Err(vm.type_error("deque.__new__(X): X is not a type object".into())),
    };
    if cls != vm.types.deque {
        // `__init__` fills a subclass instance.
        return vm.object_new(cls, &[]);
    }
    let (items, maxlen) = init_args(vm, &args[1..], kw)?;
    Ok(vm.new_deque(items, maxlen))
}

fn deque_init(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    let (items, maxlen) = init_args(vm, &args[1..], kw)?;
    let d = vm.deque_mut(r);
    d.maxlen = maxlen;
    d.state += 1;
    let old: Vec<Value> = d.items.drain(..).collect();
    vm.heap.decref_all(old);
    vm.deque_extend(r, items, false);
    Ok(Value::None)
}

fn append(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    arity(vm, args, 1, "deque.append")?;
    let v = vm.dup(&args[1]);
    vm.deque_push(r, v, false);
    Ok(Value::None)
}

fn appendleft(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    arity(vm, args, 1, "deque.appendleft")?;
    let v = vm.dup(&args[1]);
    vm.deque_push(r, v, true);
    Ok(Value::None)
}

fn pop_end(vm: &mut Vm, args: &[Value], left: bool) -> PyResult<Value> {
    let r = this(vm, args)?;
    arity(
        vm,
        args,
        0,
        if left { "deque.popleft" } else { "deque.pop" },
    )?;
    let d = vm.deque_mut(r);
    let v = if left {
        d.items.pop_front()
    } else {
        d.items.pop_back()
    };
    match v {
        Some(v) => {
            d.state += 1;
            Ok(v)
        }
        None => Err(vm.new_exc_str("IndexError", "pop from an empty deque")),
    }
}

fn pop(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    pop_end(vm, args, false)
}

fn popleft(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    pop_end(vm, args, true)
}

fn extend(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    arity(vm, args, 1, "deque.extend")?;
    let items = vm.collect_iterable(&args[1])?;
    vm.deque_extend(r, items, false);
    Ok(Value::None)
}

fn extendleft(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    arity(vm, args, 1, "deque.extendleft")?;
    let items = vm.collect_iterable(&args[1])?;
    vm.deque_extend(r, items, true);
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    let d = vm.deque_mut(r);
    d.state += 1;
    let old: Vec<Value> = d.items.drain(..).collect();
    vm.heap.decref_all(old);
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    vm.deque_copy(&args[0], r)
}

fn count(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    arity(vm, args, 1, "deque.count")?;
    let mut n = 0;
    let mut lo = 0;
    let len = vm.deque(r).items.len();
    while let Some(i) = vm.deque_find(r, &args[1], lo, len)? {
        n += 1;
        lo = i + 1;
    }
    Ok(Value::Int(n))
}

fn index(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    check_args(vm, args, 2, 4, "index")?;
    let n = vm.deque(r).items.len() as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let lo = match args.get(2) {
        Some(v) => norm(int_arg(vm, v)?),
        None => 0,
    };
    let hi = match args.get(3) {
        Some(v) => norm(int_arg(vm, v)?),
        None => n,
    };
    match vm.deque_find(r, &args[1], lo as usize, hi as usize)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let s = vm.repr(&args[1])?;
            Err(vm.value_error(format!("{s} is not in deque")))
        }
    }
}

fn insert(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    check_args(vm, args, 3, 3, "insert")?;
    let i = int_arg(vm, &args[1])?;
    let d = vm.deque(r);
    if d.maxlen == Some(d.items.len()) {
        return Err(vm.new_exc_str("IndexError", "deque already at its maximum size"));
    }
    let n = d.items.len() as i64;
    let idx = if i < 0 { (i + n).max(0) } else { i.min(n) };
    let v = vm.dup(&args[2]);
    let d = vm.deque_mut(r);
    d.state += 1;
    d.items.insert(idx as usize, v);
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    arity(vm, args, 1, "deque.remove")?;
    let len = vm.deque(r).items.len();
    match vm.deque_find(r, &args[1], 0, len)? {
        Some(i) => {
            let d = vm.deque_mut(r);
            d.state += 1;
            if let Some(old) = d.items.remove(i) {
                vm.drop_val(old);
            }
            Ok(Value::None)
        }
        None => {
            let s = vm.repr(&args[1])?;
            Err(vm.value_error(format!("{s} is not in deque")))
        }
    }
}

fn reverse(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    // CPython swaps the items in place without moving `state`.
    vm.deque_mut(r).items.make_contiguous().reverse();
    Ok(Value::None)
}

fn rotate(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    check_args(vm, args, 1, 2, "rotate")?;
    let k = match args.get(1) {
        Some(v) => int_arg(vm, v)?,
        None => 1,
    };
    let d = vm.deque_mut(r);
    d.state += 1;
    let n = d.items.len() as i64;
    if n > 1 {
        let k = k.rem_euclid(n) as usize;
        d.items.rotate_right(k);
    }
    Ok(Value::None)
}

fn maxlen(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    Ok(match vm.deque(r).maxlen {
        Some(m) => Value::Int(m as i64),
        None => Value::None,
    })
}

fn maxlen_set(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Err(vm.new_exc_str(
        "AttributeError",
        "attribute 'maxlen' of 'collections.deque' objects is not writable",
    ))
}

fn len(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    Ok(Value::Int(vm.deque(r).items.len() as i64))
}

fn iter(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    Ok(vm.deque_iter(r, false))
}

fn reversed(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    Ok(vm.deque_iter(r, true))
}

fn contains(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    check_args(vm, args, 2, 2, "__contains__")?;
    let len = vm.deque(r).items.len();
    Ok(Value::Bool(vm.deque_find(r, &args[1], 0, len)?.is_some()))
}

fn getitem(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    check_args(vm, args, 2, 2, "__getitem__")?;
    let i = vm.deque_index(r, &args[1])?;
    let v = vm.deque(r).items[i].clone();
    Ok(vm.dup(&v))
}

fn setitem(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    check_args(vm, args, 3, 3, "__setitem__")?;
    let i = vm.deque_index(r, &args[1])?;
    let v = vm.dup(&args[2]);
    let old = std::mem::replace(&mut vm.deque_mut(r).items[i], v);
    vm.drop_val(old);
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    check_args(vm, args, 2, 2, "__delitem__")?;
    let i = vm.deque_index(r, &args[1])?;
    let d = vm.deque_mut(r);
    d.state += 1;
    if let Some(old) = d.items.remove(i) {
        vm.drop_val(old);
    }
    Ok(Value::None)
}

fn add(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    check_args(vm, args, 2, 2, "__add__")?;
    let Some(o) = vm.deque_ref(&args[1]) else {
        let cname = vm.class_name(&args[1]);
        return Err(vm.type_error(format!(
            "can only concatenate deque (not \"{cname}\") to deque"
        )));
    };
    let items: Vec<Value> = vm.deque(o).items.iter().cloned().collect();
    let out = vm.deque_copy(&args[0], r)?;
    let items = items.iter().map(|v| vm.dup(v)).collect();
    if let Some(d) = vm.deque_ref(&out) {
        vm.deque_extend(d, items, false);
    }
    Ok(out)
}

fn iadd(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    extend(vm, args, &[])?;
    Ok(vm.dup(&args[0]))
}

fn mul(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    check_args(vm, args, 2, 2, "__mul__")?;
    if !matches!(args[1], Value::Int(_) | Value::Bool(_)) {
        return Ok(Value::NotImplemented);
    }
    let n = int_arg(vm, &args[1])?;
    let out = vm.deque_copy(&args[0], r)?;
    if let Some(d) = vm.deque_ref(&out) {
        vm.deque_repeat(d, n);
    }
    Ok(out)
}

fn imul(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    check_args(vm, args, 2, 2, "__imul__")?;
    let n = int_arg(vm, &args[1])?;
    vm.deque_repeat(r, n);
    Ok(vm.dup(&args[0]))
}

fn repr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    if vm.repr_stack.contains(&r) {
        return Ok(Value::str("[...]"));
    }
    let name = vm.class_name(&args[0]);
    vm.repr_stack.push(r);
    let body = vm.deque_repr_body(r);
    vm.repr_stack.pop();
    Ok(Value::Str(format!("{name}({})", body?).into()))
}

fn iter_next(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    vm.next_raw(&args[0])
}

fn iter_iter(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(vm.dup(&args[0]))
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.clone();
    def_static(vm, t.deque, "deque", "__new__", deque_new);
    for (name, f) in [
        ("__init__", deque_init as NativeImpl),
        ("append", append),
        ("appendleft", appendleft),
        ("pop", pop),
        ("popleft", popleft),
        ("extend", extend),
        ("extendleft", extendleft),
        ("clear", clear),
        ("copy", copy),
        ("__copy__", copy),
        ("count", count),
        ("index", index),
        ("insert", insert),
        ("remove", remove),
        ("reverse", reverse),
        ("rotate", rotate),
        ("__len__", len),
        ("__iter__", iter),
        ("__reversed__", reversed),
        ("__contains__", contains),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__add__", add),
        ("__iadd__", iadd),
        ("__mul__", mul),
        ("__rmul__", mul),
        ("__imul__", imul),
        ("__repr__", repr),
    ] {
        def_method(vm, t.deque, "deque", name, f);
    }
    let fget = super::builtins::native(
        vm,
        "deque",
        "maxlen",
        maxlen,
        super::object::NativeKind::Method,
    );
    let fset = super::builtins::native(
        vm,
        "deque",
        "maxlen",
        maxlen_set,
        super::object::NativeKind::Method,
    );
    let prop = vm.alloc(Obj::Property {
        fget,
        fset,
        fdel: Value::None,
        doc: Value::None,
    });
    super::builtins::set_attr(vm, t.deque, "maxlen", prop);
    super::builtins::set_attr(vm, t.deque, "__hash__", Value::None);
    for (cls, owner) in [
        (t.deque_iterator, "_deque_iterator"),
        (t.deque_reverse_iterator, "_deque_reverse_iterator"),
    ] {
        def_method(vm, cls, owner, "__next__", iter_next);
        def_method(vm, cls, owner, "__iter__", iter_iter);
    }
    for (cls, module) in [
        (t.deque, "collections"),
        (t.deque_iterator, "_collections"),
        (t.deque_reverse_iterator, "_collections"),
    ] {
        if let Obj::Class(c) = vm.heap.get_mut(cls) {
            c.module = module.into();
        }
    }
}
