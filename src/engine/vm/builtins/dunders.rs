//! The arithmetic and comparison dunders of the builtin number, string and
//! sequence types (`int.__add__`, `(3).__lt__(4)`, `super().__add__(x)` in a
//! subclass). They compute with the builtin rules only and answer
//! `NotImplemented` otherwise, as CPython's slots do.

use super::def_method;
use crate::engine::compile::code::CmpKind;
use crate::engine::intern::Sym;
use crate::engine::syntax::ast::BinOp;
use crate::engine::vm::Vm;
use crate::engine::vm::object::{NativeImpl, Obj, PyResult};
use crate::engine::vm::value::Value;

type Kw<'a> = &'a [(Sym, Value)];

fn binary(vm: &mut Vm, args: &[Value], op: BinOp, reflected: bool) -> PyResult<Value> {
    let (Some(a), Some(b)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("expected 1 argument".into()));
    };
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    Ok(vm
        .binary_op_builtin(x, y, op)?
        .unwrap_or(Value::NotImplemented))
}

fn compare(vm: &mut Vm, args: &[Value], op: CmpKind) -> PyResult<Value> {
    let (Some(a), Some(b)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("expected 1 argument".into()));
    };
    let builtin = |v: &Value| {
        matches!(
            v,
            Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::Str(_)
        ) || matches!(v, Value::Obj(r) if matches!(vm.heap.get(*r), Obj::List(_) | Obj::Tuple(_) | Obj::Dict(_) | Obj::Set(_) | Obj::FrozenSet(_)))
    };
    if !builtin(a) || !builtin(b) {
        return Ok(Value::NotImplemented);
    }
    let same_kind = matches!(
        (a, b),
        (
            Value::Int(_) | Value::Bool(_) | Value::Float(_),
            Value::Int(_) | Value::Bool(_) | Value::Float(_)
        ) | (Value::Str(_), Value::Str(_))
    ) || (matches!(a, Value::Obj(_)) && vm.class_of(a) == vm.class_of(b))
        || matches!((a, b), (Value::Obj(x), Value::Obj(y))
            if matches!(vm.heap.get(*x), Obj::Set(_) | Obj::FrozenSet(_))
                && matches!(vm.heap.get(*y), Obj::Set(_) | Obj::FrozenSet(_)));
    if !same_kind {
        return Ok(Value::NotImplemented);
    }
    vm.rich_compare(a, b, op)
}

macro_rules! binops {
    ($($name:ident $rname:ident => $op:expr),* $(,)?) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
                binary(vm, args, $op, false)
            }
            fn $rname(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
                binary(vm, args, $op, true)
            }
        )*
    };
}

binops! {
    add radd => BinOp::Add,
    sub rsub => BinOp::Sub,
    mul rmul => BinOp::Mult,
    truediv rtruediv => BinOp::Div,
    floordiv rfloordiv => BinOp::FloorDiv,
    modulo rmodulo => BinOp::Mod,
    pow rpow => BinOp::Pow,
    lshift rlshift => BinOp::LShift,
    rshift rrshift => BinOp::RShift,
    and rand => BinOp::BitAnd,
    or ror => BinOp::BitOr,
    xor rxor => BinOp::BitXor,
}

macro_rules! cmps {
    ($($name:ident => $op:expr),* $(,)?) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
                compare(vm, args, $op)
            }
        )*
    };
}

cmps! { lt => CmpKind::Lt, le => CmpKind::Le, gt => CmpKind::Gt, ge => CmpKind::Ge, ne => CmpKind::Ne, eq => CmpKind::Eq }

fn neg(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    vm.unary_op(&args[0], crate::engine::syntax::ast::UnaryOp::USub)
}

fn pos(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    vm.unary_op(&args[0], crate::engine::syntax::ast::UnaryOp::UAdd)
}

fn invert(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    vm.unary_op(&args[0], crate::engine::syntax::ast::UnaryOp::Invert)
}

fn abs(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    match &args[0] {
        Value::Int(i) => i
            .checked_abs()
            .map(Value::Int)
            .ok_or_else(|| vm.overflow_error()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(x) => Ok(Value::Float(x.abs())),
        _ => Ok(Value::NotImplemented),
    }
}

fn bool_(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(vm.truthy(&args[0])?))
}

fn int_(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    match &args[0] {
        Value::Int(i) => Ok(Value::Int(*i)),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(x) => crate::engine::numeric::arith::float_to_int(*x)
            .map(Value::Int)
            .map_err(|e| vm.from_pyerr(e)),
        _ => Ok(Value::NotImplemented),
    }
}

fn float_(_vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(match &args[0] {
        Value::Int(i) => Value::Float(*i as f64),
        Value::Bool(b) => Value::Float(*b as i64 as f64),
        Value::Float(x) => Value::Float(*x),
        _ => Value::NotImplemented,
    })
}

/// The in-place operators of the mutable containers: the object itself,
/// changed (`list.__iadd__`, `set.__ior__`, `dict.__ior__`).
fn inplace(vm: &mut Vm, args: &[Value], op: BinOp) -> PyResult<Value> {
    let (Some(a), Some(b)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("expected 1 argument".into()));
    };
    let set_operand = |v: &Value| matches!(v, Value::Obj(r) if matches!(vm.heap.get(*r), Obj::Set(_) | Obj::FrozenSet(_)));
    if matches!(a, Value::Obj(r) if matches!(vm.heap.get(*r), Obj::Set(_))) && !set_operand(b) {
        return Ok(Value::NotImplemented);
    }
    if matches!(a, Value::Obj(r) if matches!(vm.heap.get(*r), Obj::Dict(_)))
        && !matches!(b, Value::Obj(r) if matches!(vm.heap.get(*r), Obj::Dict(_)))
    {
        return Ok(Value::NotImplemented);
    }
    vm.inplace_op(a, b, op)
}

macro_rules! inplaces {
    ($($name:ident => $op:expr),* $(,)?) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
                inplace(vm, args, $op)
            }
        )*
    };
}

inplaces! {
    iadd => BinOp::Add,
    imul => BinOp::Mult,
    ior => BinOp::BitOr,
    iand => BinOp::BitAnd,
    isub => BinOp::Sub,
    ixor => BinOp::BitXor,
}

fn delitem(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (Some(a), Some(k), None) = (args.first(), args.get(1), args.get(2)) else {
        return Err(vm.type_error("expected 1 argument".into()));
    };
    vm.delitem(a, k)?;
    Ok(Value::None)
}

fn reversed(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    super::functions::reversed(vm, &args[..1], kw)
}

fn str_(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Str(vm.str_of(&args[0])?))
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.clone();
    let arith: &[(&'static str, crate::engine::vm::object::NativeImpl)] = &[
        ("__add__", add),
        ("__radd__", radd),
        ("__sub__", sub),
        ("__rsub__", rsub),
        ("__mul__", mul),
        ("__rmul__", rmul),
        ("__truediv__", truediv),
        ("__rtruediv__", rtruediv),
        ("__floordiv__", floordiv),
        ("__rfloordiv__", rfloordiv),
        ("__mod__", modulo),
        ("__rmod__", rmodulo),
        ("__pow__", pow),
        ("__rpow__", rpow),
        ("__neg__", neg),
        ("__pos__", pos),
        ("__abs__", abs),
        ("__bool__", bool_),
        ("__int__", int_),
        ("__float__", float_),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
        ("__ne__", ne),
    ];
    for (cls, owner) in [(t.int, "int"), (t.float, "float"), (t.bool_, "bool")] {
        for (name, f) in arith {
            def_method(vm, cls, owner, name, *f);
        }
    }
    let bits: &[(&'static str, crate::engine::vm::object::NativeImpl)] = &[
        ("__lshift__", lshift),
        ("__rlshift__", rlshift),
        ("__rshift__", rshift),
        ("__rrshift__", rrshift),
        ("__and__", and),
        ("__rand__", rand),
        ("__or__", or),
        ("__ror__", ror),
        ("__xor__", xor),
        ("__rxor__", rxor),
        ("__invert__", invert),
    ];
    for (cls, owner) in [(t.int, "int"), (t.bool_, "bool")] {
        for (name, f) in bits {
            def_method(vm, cls, owner, name, *f);
        }
    }
    for (cls, owner) in [(t.str_, "str"), (t.list, "list"), (t.tuple, "tuple")] {
        for (name, f) in [
            ("__add__", add as crate::engine::vm::object::NativeImpl),
            ("__mul__", mul),
            ("__rmul__", rmul),
            ("__lt__", lt),
            ("__le__", le),
            ("__gt__", gt),
            ("__ge__", ge),
            ("__ne__", ne),
        ] {
            def_method(vm, cls, owner, name, f);
        }
    }
    def_method(vm, t.str_, "str", "__str__", str_);
    for (name, f) in [
        ("__delitem__", delitem as NativeImpl),
        ("__iadd__", iadd),
        ("__imul__", imul),
        ("__reversed__", reversed),
        ("__eq__", eq),
    ] {
        def_method(vm, t.list, "list", name, f);
    }
    def_method(vm, t.tuple, "tuple", "__eq__", eq);
    for (name, f) in [
        ("__delitem__", delitem as NativeImpl),
        ("__or__", or),
        ("__ror__", ror),
        ("__ior__", ior),
        ("__reversed__", reversed),
        ("__eq__", eq),
        ("__ne__", ne),
    ] {
        def_method(vm, t.dict, "dict", name, f);
    }
    for (cls, owner) in [(t.set, "set"), (t.frozenset, "frozenset")] {
        for (name, f) in [
            ("__or__", or as NativeImpl),
            ("__ror__", ror),
            ("__and__", and),
            ("__rand__", rand),
            ("__sub__", sub),
            ("__rsub__", rsub),
            ("__xor__", xor),
            ("__rxor__", rxor),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__lt__", lt),
            ("__le__", le),
            ("__gt__", gt),
            ("__ge__", ge),
        ] {
            def_method(vm, cls, owner, name, f);
        }
    }
    for (name, f) in [
        ("__ior__", ior as NativeImpl),
        ("__iand__", iand),
        ("__isub__", isub),
        ("__ixor__", ixor),
    ] {
        def_method(vm, t.set, "set", name, f);
    }
}
