//! `_sre`: the two primitives the Python-level `re` module is written on,
//! as CPython's `re` is written on its `_sre` extension.

use super::regex::{Caps, Regex};
use super::{check_args, def_fn, int_arg, str_arg};
use crate::engine::intern::Sym;
use crate::engine::vm::Vm;
use crate::engine::vm::object::{Module, Obj, PyResult};
use crate::engine::vm::symmap::SymMap;
use crate::engine::vm::value::{ObjRef, Value};

type Kw<'a> = &'a [(Sym, Value)];

pub fn build_module(vm: &mut Vm) -> ObjRef {
    let m = vm.heap.alloc(Obj::Module(Box::new(Module {
        name: "_sre".into(),
        dict: SymMap::new(),
        live: None,
    })));
    def_fn(vm, m, "_sre", "compile", compile);
    def_fn(vm, m, "_sre", "scan", scan);
    m
}

fn pattern(vm: &mut Vm, args: &[Value]) -> PyResult<Regex> {
    let src = str_arg(vm, &args[0], "pattern")?;
    let flags = int_arg(vm, &args[1])?;
    Regex::new(&src, flags).map_err(|msg| vm.new_exc("ValueError", msg))
}

/// `compile(pattern, flags)`: `(group count, ((name, index), ...))`, or
/// ValueError with the reason the pattern is malformed.
fn compile(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let _ = kw;
    check_args(vm, args, 2, 2, "compile")?;
    let re = pattern(vm, args)?;
    let names = re
        .names
        .iter()
        .map(|(n, i)| {
            let pair = vec![Value::str(n), Value::Int(*i as i64)];
            vm.new_tuple(pair)
        })
        .collect();
    let names = vm.new_tuple(names);
    Ok(vm.new_tuple(vec![Value::Int(re.groups as i64), names]))
}

/// `scan(pattern, flags, string, pos, mode)`: mode 0 matches at `pos`,
/// 1 matches the whole rest of the string, 2 searches from `pos`; each
/// returns None or a tuple of group spans, each `(start, end)` or None.
/// Mode 3 returns the list of every successive search from `pos` (what
/// `finditer` walks), so the pattern is compiled and the string decoded
/// once per call rather than once per match.
fn scan(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let _ = kw;
    check_args(vm, args, 5, 5, "scan")?;
    let re = pattern(vm, args)?;
    let text: Vec<char> = str_arg(vm, &args[2], "string")?.chars().collect();
    let pos = int_arg(vm, &args[3])?.clamp(0, text.len() as i64) as usize;
    let mode = int_arg(vm, &args[4])?;
    if mode == 3 {
        let mut all = Vec::new();
        let mut at = pos;
        while at <= text.len() {
            let Some(caps) = re.search(&text, at).map_err(|()| too_complex(vm))? else {
                break;
            };
            let (s, e) = caps[0].unwrap_or((at, at));
            // After an empty match the next one must start further on.
            at = if e == s { e + 1 } else { e };
            all.push(spans(vm, caps));
        }
        return Ok(vm.new_list(all));
    }
    let found = match mode {
        2 => re.search(&text, pos),
        _ => re.match_at(&text, pos, mode == 1),
    };
    match found.map_err(|()| too_complex(vm))? {
        Some(caps) => Ok(spans(vm, caps)),
        None => Ok(Value::None),
    }
}

fn too_complex(vm: &mut Vm) -> Value {
    vm.new_exc(
        "RuntimeError",
        "regular expression too complex for coroscope's matcher (backtracking or subject length limit)".into(),
    )
}

fn spans(vm: &mut Vm, caps: Caps) -> Value {
    let spans = caps
        .into_iter()
        .map(|c| match c {
            Some((s, e)) => vm.new_tuple(vec![Value::Int(s as i64), Value::Int(e as i64)]),
            None => Value::None,
        })
        .collect();
    vm.new_tuple(spans)
}
