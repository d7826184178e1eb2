//! `_weakref`: the native half of `weakref` (whose classes are written in
//! Python, `pylib/weakref.py`). A reference object is linked to its target
//! in the heap's weak table without counting it; when the target dies the
//! VM calls the reference's `__callback__` with the reference.

use super::{check_args, def_fn};
use crate::engine::intern::Sym;
use crate::engine::vm::Vm;
use crate::engine::vm::object::{BuiltinKind, Obj, PyResult};
use crate::engine::vm::value::{ObjRef, Value};

type Kw<'a> = &'a [(Sym, Value)];

pub fn build_module(vm: &mut Vm) -> ObjRef {
    let m = super::modules::new_module(vm, "_weakref");
    def_fn(vm, m, "_weakref", "link", link);
    def_fn(vm, m, "_weakref", "target", target);
    def_fn(vm, m, "_weakref", "getweakrefcount", getweakrefcount);
    def_fn(vm, m, "_weakref", "getweakrefs", getweakrefs);
    m
}

/// The objects CPython lets a weak reference point to: instances of
/// classes written in Python (unless their `__slots__` leave the
/// reference out) and of asyncio's futures, functions, classes, methods,
/// generators, sets and modules; not ints, strs, tuples, lists, dicts or
/// the builtin exceptions themselves.
fn weakly_referable(vm: &Vm, v: &Value) -> Option<ObjRef> {
    let Value::Obj(r) = v else { return None };
    match vm.heap.get(*r) {
        // A class whose `__slots__` (all along its MRO) leave out
        // `__weakref__` makes instances that cannot be referred to.
        Obj::Instance(i) => slots_allow_weakref(vm, i.class).then_some(*r),
        Obj::Function(_)
        | Obj::Native(_)
        | Obj::Class(_)
        | Obj::BoundMethod { .. }
        | Obj::Gen(_)
        | Obj::Set(_)
        | Obj::FrozenSet(_)
        | Obj::Module(_) => Some(*r),
        _ => None,
    }
}

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
        // Of the builtin classes, asyncio's futures and tasks take weak
        // references; exceptions and the rest do not.
        Obj::Class(c) => c.builtin == BuiltinKind::Future,
        _ => false,
    })
}

/// `link(ref, obj)`: `ref` now refers to `obj`.
fn link(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "link")?;
    let Value::Obj(reference) = args[0] else {
        return Err(vm.type_error("a reference object is needed".into()));
    };
    let Some(t) = weakly_referable(vm, &args[1]) else {
        let cname = vm.class_name(&args[1]);
        return Err(vm.type_error(format!("cannot create weak reference to '{cname}' object")));
    };
    vm.heap.weak.add(reference, t);
    Ok(Value::None)
}

/// `target(ref)`: the object, or None once it has died.
fn target(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "target")?;
    let Value::Obj(reference) = args[0] else {
        return Ok(Value::None);
    };
    Ok(match vm.heap.weak.target(reference) {
        Some(t) => vm.dup(&Value::Obj(t)),
        None => Value::None,
    })
}

fn getweakrefcount(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "getweakrefcount")?;
    let n = match &args[0] {
        Value::Obj(r) => vm.heap.weak.count(*r),
        _ => 0,
    };
    Ok(Value::Int(n as i64))
}

fn getweakrefs(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "getweakrefs")?;
    let refs = match &args[0] {
        Value::Obj(r) => vm.heap.weak.refs(*r),
        _ => Vec::new(),
    };
    let items = refs.into_iter().map(|r| vm.dup(&Value::Obj(r))).collect();
    Ok(vm.new_list(items))
}

impl Vm {
    /// A reference whose target died: its callback, called with it. What
    /// the callback raises is reported as CPython's unraisable hook does.
    pub fn weak_callback(&mut self, reference: ObjRef) {
        let sym = self.intern("__callback__");
        let v = Value::Obj(reference);
        let cb = match self.getattr_opt(&v, sym) {
            Ok(Some(cb)) => cb,
            Ok(None) => return,
            Err(e) => {
                self.drop_val(e);
                return;
            }
        };
        if !cb.is_none()
            && let Err(e) = self.call_value(&cb, std::slice::from_ref(&v), &[])
        {
            let what = self.repr(&cb).unwrap_or_else(|_| "?".into());
            let tb = self.format_unraisable(&e);
            self.write_unraisable(&format!("Exception ignored in: {what}\n{tb}"));
            self.drop_val(e);
        }
        self.drop_val(cb);
    }
}
