//! The builtins module, the methods of the builtin types, and the modules a
//! program can import.

mod arity;
pub mod bytes;
pub mod containers;
mod dunders;
mod evaluate;
mod folders;
pub(crate) mod functions;
mod length_hint;
mod methods;
mod modules;
pub mod random;
mod regex;
mod sre;
mod stdlib_names;
pub mod weakref;

pub use functions::StreamTarget;
pub use modules::abc_isinstance;

use super::Vm;
use super::object::{NativeFunc, NativeImpl, NativeKind, Obj, PyResult};
use super::value::{ObjRef, Value};
use crate::engine::intern::Sym;

/// A native function object.
pub fn native(
    vm: &mut Vm,
    owner: &'static str,
    name: &'static str,
    func: NativeImpl,
    kind: NativeKind,
) -> Value {
    vm.alloc(Obj::Native(Box::new(NativeFunc {
        name,
        owner,
        func,
        this: Value::Null,
        kind,
        arity: match kind {
            NativeKind::Function => None,
            _ => arity::lookup(owner, name),
        },
    })))
}

/// A native method bound to `this` (a new reference is taken), as
/// CPython's method-wrappers: `f.__call__`, `f.__get__`.
pub fn bound_method(
    vm: &mut Vm,
    this: &Value,
    owner: &'static str,
    name: &'static str,
    func: NativeImpl,
) -> Value {
    let this = vm.dup(this);
    let method = native(vm, owner, name, func, NativeKind::Method);
    if let Value::Obj(m) = &method
        && let Obj::Native(nf) = vm.heap.get_mut(*m)
    {
        nf.this = this;
    }
    method
}

/// Puts `value` into the namespace of module or class `target`.
pub fn set_attr(vm: &mut Vm, target: ObjRef, name: &str, value: Value) {
    let sym = vm.intern(name);
    let old = match vm.heap.get_mut(target) {
        Obj::Module(m) => m.dict.insert(sym, value),
        Obj::Class(c) => {
            let old = c.dict.insert(sym, value);
            vm.invalidate_mro_cache();
            vm.setattr_hooks |= sym == vm.names.setattr;
            old
        }
        _ => Some(value),
    };
    if let Some(o) = old {
        vm.drop_val(o);
    }
}

pub fn def_fn(vm: &mut Vm, module: ObjRef, owner: &'static str, name: &'static str, f: NativeImpl) {
    let v = native(vm, owner, name, f, NativeKind::Function);
    set_attr(vm, module, name, v);
}

pub fn def_method(
    vm: &mut Vm,
    cls: ObjRef,
    owner: &'static str,
    name: &'static str,
    f: NativeImpl,
) {
    let v = native(vm, owner, name, f, NativeKind::Method);
    set_attr(vm, cls, name, v);
}

pub fn def_classmethod(
    vm: &mut Vm,
    cls: ObjRef,
    owner: &'static str,
    name: &'static str,
    f: NativeImpl,
) {
    let v = native(vm, owner, name, f, NativeKind::ClassMethod);
    set_attr(vm, cls, name, v);
}

pub fn def_static(
    vm: &mut Vm,
    cls: ObjRef,
    owner: &'static str,
    name: &'static str,
    f: NativeImpl,
) {
    let v = native(vm, owner, name, f, NativeKind::StaticMethod);
    set_attr(vm, cls, name, v);
}

pub fn install(vm: &mut Vm) {
    functions::install(vm);
}

pub fn install_type_methods(vm: &mut Vm) {
    methods::install(vm);
    length_hint::install(vm);
    bytes::install(vm);
    crate::engine::vm::deque::install(vm);
    dunders::install(vm);
}

// === argument helpers for natives ===

/// The argument at `i`, or a TypeError naming the function.
pub fn arg<'a>(vm: &mut Vm, args: &'a [Value], i: usize, fname: &str) -> PyResult<&'a Value> {
    match args.get(i) {
        Some(v) => Ok(v),
        None => Err(vm.type_error(format!(
            "{fname}() missing required argument (pos {})",
            i + 1
        ))),
    }
}

pub fn kwarg<'a>(vm: &Vm, kwargs: &'a [(Sym, Value)], name: &str) -> Option<&'a Value> {
    let sym = vm.interner.get(name)?;
    kwargs.iter().find(|(k, _)| *k == sym).map(|(_, v)| v)
}

pub fn check_args(
    vm: &mut Vm,
    args: &[Value],
    min: usize,
    max: usize,
    fname: &str,
) -> PyResult<()> {
    if args.len() < min || args.len() > max {
        // CPython's wording depends on how the C function takes its
        // arguments: one object (`len`), or a fixed list (`divmod`).
        let msg = if min == max && min == 1 && !matches!(fname, "sorted" | "reversed") {
            format!(
                "{fname}() takes exactly one argument ({} given)",
                args.len()
            )
        } else if min == max {
            format!(
                "{fname} expected {min} argument{}, got {}",
                if min == 1 { "" } else { "s" },
                args.len()
            )
        } else if args.len() < min {
            format!(
                "{fname} expected at least {min} argument{}, got {}",
                if min == 1 { "" } else { "s" },
                args.len()
            )
        } else {
            format!(
                "{fname} expected at most {max} argument{}, got {}",
                if max == 1 { "" } else { "s" },
                args.len()
            )
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}

pub fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::Obj(_) if vm.is_bigint(v) => Err(vm.new_exc(
            "OverflowError",
            "Python int too large to convert to C ssize_t".into(),
        )),
        _ => {
            let index = vm.names.index;
            if vm.has_method(v, index) {
                let r = vm.call_method(v, index, &[])?;
                if let Value::Int(i) = r {
                    return Ok(i);
                }
                vm.drop_val(r);
            }
            let cname = vm.class_name(v);
            Err(vm.type_error(format!(
                "'{cname}' object cannot be interpreted as an integer"
            )))
        }
    }
}

pub fn float_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Float(x) => Ok(*x),
        Value::Obj(_) if vm.is_bigint(v) => {
            let b = vm.big_of(v).expect("checked");
            vm.big_to_f64(&b)
        }
        _ => {
            let fs = vm.names.float;
            if vm.has_method(v, fs) {
                let r = vm.call_method(v, fs, &[])?;
                if let Value::Float(x) = r {
                    return Ok(x);
                }
                let (cname, rname) = (vm.class_name(v), vm.class_name(&r));
                vm.drop_val(r);
                return Err(vm.type_error(format!(
                    "{cname}.__float__ returned non-float (type {rname})"
                )));
            }
            let cname = vm.class_name(v);
            Err(vm.type_error(format!("must be real number, not {cname}")))
        }
    }
}

pub fn str_arg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<std::rc::Rc<str>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        // An instance of a str subclass (a `str, Enum` member, say) passes
        // CPython's PyUnicode_Check, so its text is taken as it is.
        _ if let Some(Value::Str(s)) = vm.backing(v) => Ok(s),
        _ => {
            let cname = vm.class_name(v);
            // CPython's str methods say only `must be str, not int`.
            let sep = if what.is_empty() { "" } else { " " };
            Err(vm.type_error(format!("{what}{sep}must be str, not {cname}")))
        }
    }
}
