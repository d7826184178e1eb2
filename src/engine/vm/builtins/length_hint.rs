//! `__length_hint__` of the builtin iterators: how many items are left,
//! as `operator.length_hint` and `list()` ask them.

use super::def_method;
use crate::engine::intern::Sym;
use crate::engine::vm::Vm;
use crate::engine::vm::object::{IterState, Obj, PyResult};
use crate::engine::vm::value::Value;

type Kw<'a> = &'a [(Sym, Value)];

pub fn install(vm: &mut Vm) {
    for cls in vm.types.container_iterators() {
        def_method(vm, cls, "iterator", "__length_hint__", length_hint);
    }
}

/// What is left; a container changed in a way that ends the iteration
/// (a dict or set resized, a list shrunk below a reversed iterator)
/// leaves 0, as CPython's.
fn length_hint(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let Some(Value::Obj(r)) = args.first() else {
        return Ok(Value::Int(0));
    };
    let Obj::Iter(st) = vm.heap.get(*r) else {
        return Ok(Value::Int(0));
    };
    let n = match &**st {
        IterState::Seq { seq, idx } => match vm.heap.get(*seq) {
            Obj::List(l) => l.len().saturating_sub(*idx),
            Obj::Tuple(t) => t.len().saturating_sub(*idx),
            _ => 0,
        },
        IterState::Range { cur, stop, step } => {
            let (cur, stop, step) = (*cur as i128, *stop as i128, *step as i128);
            if (step > 0 && cur < stop) || (step < 0 && cur > stop) {
                ((stop - cur + step - step.signum()) / step) as usize
            } else {
                0
            }
        }
        IterState::Str { s, pos } => s[*pos..].chars().count(),
        IterState::Dict {
            dict, len, left, ..
        } => match vm.heap.get(*dict) {
            Obj::Dict(d) if d.len() == *len => *left,
            _ => 0,
        },
        IterState::Values { items, idx, source } => {
            let changed = source.is_some_and(|(set, len)| match vm.heap.get(set) {
                Obj::Set(s) | Obj::FrozenSet(s) => s.len() != len,
                _ => false,
            });
            if changed {
                0
            } else {
                items.len().saturating_sub(*idx)
            }
        }
        IterState::Reversed { seq, idx } => {
            let (seq, idx) = (seq.clone(), *idx);
            let size = vm.len_of(&seq)?;
            if size < idx { 0 } else { idx }
        }
        _ => 0,
    };
    Ok(Value::Int(n as i64))
}
