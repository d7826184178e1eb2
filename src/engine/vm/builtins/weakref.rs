//! `_weakref`: the reference type behind the `weakref` module
//! (`pylib/weakref.py` builds its dictionaries, `WeakSet` and `finalize`
//! on it, as CPython's `weakref.py` does on its C module).
//!
//! A reference holds its target without counting it; the heap clears it
//! when the target dies and the target's finalizer calls the callbacks
//! (`Heap::clear_weakrefs`, `Vm::call_weakref_callbacks`), so they run at
//! the moment CPython runs them.

use super::{check_args, def_fn, def_method, def_static, set_attr};
use crate::engine::intern::Sym;
use crate::engine::vm::Vm;
use crate::engine::vm::object::{BuiltinKind, Instance, Obj, Payload, PyResult, WeakRefData};
use crate::engine::vm::symmap::SymMap;
use crate::engine::vm::value::{ObjRef, Value};

type Kw<'a> = &'a [(Sym, Value)];

pub fn build_module(vm: &mut Vm) -> ObjRef {
    let m = vm
        .heap
        .alloc(Obj::Module(Box::new(crate::engine::vm::object::Module {
            name: "_weakref".into(),
            dict: SymMap::new(),
            live: None,
        })));
    set_attr(vm, m, "__name__", Value::str("_weakref"));
    let object = vm.types.object;
    let cls = crate::engine::vm::types::new_class(
        &mut vm.heap,
        "ReferenceType",
        &[object],
        BuiltinKind::Other,
    );
    if let Obj::Class(c) = vm.heap.get_mut(cls) {
        c.module = "weakref".into();
    }
    def_static(vm, cls, "ReferenceType", "__new__", ref_new);
    def_method(vm, cls, "ReferenceType", "__init__", ref_init);
    def_method(vm, cls, "ReferenceType", "__call__", ref_call);
    def_method(vm, cls, "ReferenceType", "__eq__", ref_eq);
    def_method(vm, cls, "ReferenceType", "__ne__", ref_ne);
    def_method(vm, cls, "ReferenceType", "__hash__", ref_hash);
    def_method(vm, cls, "ReferenceType", "__repr__", ref_repr);
    vm.heap.incref_obj(cls);
    set_attr(vm, m, "ReferenceType", Value::Obj(cls));
    vm.heap.incref_obj(cls);
    set_attr(vm, m, "ref", Value::Obj(cls));
    def_fn(vm, m, "_weakref", "getweakrefcount", getweakrefcount);
    def_fn(vm, m, "_weakref", "getweakrefs", getweakrefs);
    m
}

/// The objects CPython's types let a weak reference point to: instances
/// of classes written in Python (unless their `__slots__` leave the
/// reference out) and of asyncio's futures, classes, functions, builtin
/// functions, methods, generators and coroutines, sets and modules; not
/// ints, strs, tuples, lists, dicts or builtin exceptions themselves.
fn weakrefable(vm: &Vm, v: &Value) -> Option<ObjRef> {
    let Value::Obj(r) = v else { return None };
    match vm.heap.get(*r) {
        Obj::Instance(i) => slots_allow_weakref(vm, i.class).then_some(*r),
        Obj::Class(_)
        | Obj::Function(_)
        | Obj::Native(_)
        | Obj::BoundMethod { .. }
        | Obj::Gen(_)
        | Obj::Set(_)
        | Obj::FrozenSet(_)
        | Obj::Module(_)
        | Obj::Property { .. } => Some(*r),
        _ => None,
    }
}

/// Whether some class of the MRO gives its instances a weak reference
/// slot: a class written in Python without `__slots__`, or whose
/// `__slots__` name `__weakref__`; of the builtin classes, asyncio's
/// futures (and this module's references, for `WeakMethod`'s).
fn slots_allow_weakref(vm: &Vm, cls: ObjRef) -> bool {
    let slots = vm.names.slots;
    vm.class(cls).mro.iter().any(|m| match vm.heap.get(*m) {
        Obj::Class(c) if c.is_heap_type => match c.dict.get(slots) {
            None => true,
            Some(Value::Str(s)) => &**s == "__weakref__",
            Some(v) => vm
                .slot_names(v)
                .iter()
                .any(|x| matches!(x, Value::Str(s) if &**s == "__weakref__")),
        },
        Obj::Class(c) => c.builtin == BuiltinKind::Future || &*c.qualname == "ReferenceType",
        _ => false,
    })
}

fn weak_data<'a>(vm: &'a Vm, v: &Value) -> Option<&'a WeakRefData> {
    let Value::Obj(r) = v else { return None };
    match vm.heap.get(*r) {
        Obj::Instance(i) => match &i.payload {
            Payload::WeakRef(d) => Some(d),
            _ => None,
        },
        _ => None,
    }
}

fn self_data<'a>(vm: &'a mut Vm, args: &[Value], what: &str) -> PyResult<&'a WeakRefData> {
    if args.first().and_then(|a| weak_data(vm, a)).is_none() {
        return Err(vm.type_error(format!(
            "descriptor '{what}' requires a 'weakref.ReferenceType' object"
        )));
    }
    Ok(weak_data(vm, &args[0]).expect("checked"))
}

/// `ref(obj, callback=None)`: a reference without a callback is shared,
/// as CPython hands back the one it has.
fn ref_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("ref() takes no keyword arguments".into()));
    }
    check_args(vm, &args[1.min(args.len())..], 1, 2, "__new__")?;
    let Some(cls) = args.first().and_then(|c| c.as_obj()) else {
        return Err(vm.type_error("ReferenceType.__new__ needs a class".into()));
    };
    let obj = &args[1];
    let Some(target) = weakrefable(vm, obj) else {
        let name = vm.class_name(obj);
        return Err(vm.type_error(format!("cannot create weak reference to '{name}' object")));
    };
    let callback = args.get(2).cloned().unwrap_or(Value::None);
    let exact = Some(cls) == weakref_type(vm);
    if callback.is_none() && exact {
        let shared = vm.heap.weakrefs_to(target).iter().copied().find(|w| {
            matches!(vm.heap.get(*w), Obj::Instance(i) if i.class == cls
                && matches!(&i.payload, Payload::WeakRef(d) if d.callback.is_none()))
        });
        if let Some(w) = shared {
            vm.heap.incref_obj(w);
            return Ok(Value::Obj(w));
        }
    }
    vm.heap.incref(&callback);
    vm.heap.incref_obj(cls);
    let w = vm.heap.alloc(Obj::Instance(Box::new(Instance {
        class: cls,
        dict: SymMap::new(),
        payload: Payload::WeakRef(Box::new(WeakRefData {
            target: Some(target),
            callback,
            hash: None,
        })),
        has_del: false,
        live: None,
    })));
    vm.heap.add_weakref(target, w);
    Ok(Value::Obj(w))
}

fn weakref_type(vm: &mut Vm) -> Option<ObjRef> {
    let m = *vm.modules.get("_weakref")?;
    let s = vm.intern("ReferenceType");
    match vm.heap.get(m) {
        Obj::Module(md) => md.dict.get(s).and_then(|v| v.as_obj()),
        _ => None,
    }
}

/// Subclasses call `__init__` with the arguments `__new__` took.
fn ref_init(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::None)
}

/// `r()`: the target, or `None` once it has died.
fn ref_call(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "__call__")?;
    let target = self_data(vm, args, "__call__")?.target;
    Ok(match target {
        Some(t) => {
            vm.heap.incref_obj(t);
            Value::Obj(t)
        }
        None => Value::None,
    })
}

/// Two live references are equal when their targets are; otherwise only
/// a reference is equal to itself.
fn ref_eq(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "__eq__")?;
    self_data(vm, args, "__eq__")?;
    Ok(match weak_eq(vm, &args[0], &args[1]) {
        Some(r) => Value::Bool(r?),
        None => Value::NotImplemented,
    })
}

/// `a == b` for two references (`None` when either is not one): the
/// comparison operators call this, as they do not call native dunders.
pub fn weak_eq(vm: &mut Vm, a: &Value, b: &Value) -> Option<PyResult<bool>> {
    let x = weak_data(vm, a)?.target;
    let y = weak_data(vm, b)?.target;
    Some(match (x, y) {
        (Some(x), Some(y)) => vm.eq(&Value::Obj(x), &Value::Obj(y)),
        _ => Ok(a.is(b)),
    })
}

fn ref_ne(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    match ref_eq(vm, args, kw)? {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        other => Ok(other),
    }
}

/// The target's hash, kept: a reference that outlives its target still
/// hashes if it was hashed while the target lived.
fn ref_hash(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "__hash__")?;
    self_data(vm, args, "__hash__")?;
    let h = weak_hash(vm, &args[0]).expect("checked")?;
    Ok(Value::Int(h))
}

/// `hash(r)` for a reference (`None` for anything else).
pub fn weak_hash(vm: &mut Vm, w: &Value) -> Option<PyResult<i64>> {
    let d = weak_data(vm, w)?;
    if let Some(h) = d.hash {
        return Some(Ok(h));
    }
    let Some(t) = d.target else {
        return Some(Err(vm.type_error("weak object has gone away".into())));
    };
    let h = match vm.hash(&Value::Obj(t)) {
        Ok(h) => h,
        Err(e) => return Some(Err(e)),
    };
    if let Value::Obj(w) = w
        && let Obj::Instance(i) = vm.heap.get_mut(*w)
        && let Payload::WeakRef(d) = &mut i.payload
    {
        d.hash = Some(h);
    }
    Some(Ok(h))
}

/// `<weakref at 0x…; to 'A' at 0x…>`, or `; dead>`.
fn ref_repr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "__repr__")?;
    let target = self_data(vm, args, "__repr__")?.target;
    let me = crate::engine::vm::repr::fake_addr(args[0].as_obj().expect("checked"));
    Ok(Value::str(&match target {
        Some(t) => {
            let name = vm.class_name(&Value::Obj(t));
            let at = crate::engine::vm::repr::fake_addr(t);
            format!("<weakref at {me}; to '{name}' at {at}>")
        }
        None => format!("<weakref at {me}; dead>"),
    }))
}

fn getweakrefcount(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "getweakrefcount")?;
    let n = match weakrefable(vm, &args[0]) {
        Some(t) => vm.heap.weakrefs_to(t).len(),
        None => 0,
    };
    Ok(Value::Int(n as i64))
}

/// The references to an object in CPython's order: the shared one
/// without a callback first, then the others newest first.
fn getweakrefs(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "getweakrefs")?;
    let mut refs: Vec<ObjRef> = match weakrefable(vm, &args[0]) {
        Some(t) => vm.heap.weakrefs_to(t).iter().rev().copied().collect(),
        None => Vec::new(),
    };
    let plain = |vm: &Vm, w: &ObjRef| {
        matches!(vm.heap.get(*w), Obj::Instance(i)
            if matches!(&i.payload, Payload::WeakRef(d) if d.callback.is_none()))
    };
    refs.sort_by_key(|w| !plain(vm, w));
    let items = refs
        .into_iter()
        .map(|w| {
            vm.heap.incref_obj(w);
            Value::Obj(w)
        })
        .collect();
    Ok(vm.new_list(items))
}
