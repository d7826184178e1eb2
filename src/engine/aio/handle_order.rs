//! `TimerHandle`'s comparisons and hash, as `asyncio.events.TimerHandle`
//! defines them: handles order by deadline and compare equal when
//! deadline, callback, arguments and cancelled state all agree. Equal
//! deadlines order by scheduling sequence, as the loop's heap pops them
//! (what CPython does on a real clock, where such deadlines differ).

use super::Kw;
use crate::engine::vm::Vm;
use crate::engine::vm::object::PyResult;
use crate::engine::vm::value::Value;

/// `(when, seq)` of a TimerHandle; None for anything else (a plain
/// Handle has no deadline and no ordering).
fn timer_key(vm: &Vm, v: &Value) -> Option<(f64, u64)> {
    match v {
        Value::Obj(r) => vm.handle_data(*r).and_then(|d| d.when.map(|w| (w, d.seq))),
        _ => None,
    }
}

fn timer_eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let (Value::Obj(ra), Value::Obj(rb)) = (a, b) else {
        return Ok(None);
    };
    let (Some(da), Some(db)) = (vm.handle_data(*ra).cloned(), vm.handle_data(*rb).cloned()) else {
        return Ok(None);
    };
    if da.when.is_none() || db.when.is_none() {
        return Ok(None);
    }
    if da.when != db.when || da.cancelled != db.cancelled || da.args.len() != db.args.len() {
        return Ok(Some(false));
    }
    // The comparisons can run Python code, which could cancel a handle
    // and drop what it held: keep our own references meanwhile.
    let pairs: Vec<(Value, Value)> = std::iter::once((da.callback, db.callback))
        .chain(da.args.into_iter().zip(db.args))
        .collect();
    for (x, y) in &pairs {
        vm.heap.incref(x);
        vm.heap.incref(y);
    }
    let mut result = Ok(Some(true));
    for (x, y) in &pairs {
        match vm.eq(x, y) {
            Ok(true) => {}
            Ok(false) => {
                result = Ok(Some(false));
                break;
            }
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    for (x, y) in pairs {
        vm.drop_val(x);
        vm.drop_val(y);
    }
    result
}

fn ordered(
    vm: &mut Vm,
    args: &[Value],
    strict: fn(&(f64, u64), &(f64, u64)) -> bool,
    or_eq: bool,
) -> PyResult<Value> {
    let (Some(a), Some(b)) = (
        timer_key(vm, &args[0]),
        args.get(1).and_then(|o| timer_key(vm, o)),
    ) else {
        return Ok(Value::NotImplemented);
    };
    if strict(&a, &b) {
        return Ok(Value::Bool(true));
    }
    if or_eq {
        return Ok(Value::Bool(
            timer_eq(vm, &args[0], &args[1])?.unwrap_or(false),
        ));
    }
    Ok(Value::Bool(false))
}

pub(super) fn timer_lt(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    ordered(vm, args, |a, b| a < b, false)
}

pub(super) fn timer_le(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    ordered(vm, args, |a, b| a < b, true)
}

pub(super) fn timer_gt(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    ordered(vm, args, |a, b| a > b, false)
}

pub(super) fn timer_ge(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    ordered(vm, args, |a, b| a > b, true)
}

pub(super) fn timer_eq_method(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let Some(other) = args.get(1) else {
        return Ok(Value::NotImplemented);
    };
    Ok(match timer_eq(vm, &args[0], other)? {
        Some(b) => Value::Bool(b),
        None => Value::NotImplemented,
    })
}

pub(super) fn timer_ne(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let Some(other) = args.get(1) else {
        return Ok(Value::NotImplemented);
    };
    Ok(match timer_eq(vm, &args[0], other)? {
        Some(b) => Value::Bool(!b),
        None => Value::NotImplemented,
    })
}

pub(super) fn timer_hash(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let when = timer_key(vm, &args[0]).map_or(0.0, |k| k.0);
    Ok(Value::Int(vm.hash(&Value::Float(when))?))
}
