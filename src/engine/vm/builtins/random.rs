//! The `random` module: a `Random` class on CPython's Mersenne Twister, and
//! module functions bound to a hidden instance, as CPython's `random.py`
//! binds them to `_inst`.

use super::{check_args, float_arg, int_arg, kwarg, set_attr};
use crate::engine::intern::Sym;
use crate::engine::numeric::random::Random;
use crate::engine::vm::Vm;
use crate::engine::vm::object::{
    BuiltinKind, Instance, NativeFunc, NativeKind, Obj, Payload, PyResult,
};
use crate::engine::vm::symmap::SymMap;
use crate::engine::vm::value::{ObjRef, Value};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::Signed;

type Kw<'a> = &'a [(Sym, Value)];

const METHODS: &[(&str, crate::engine::vm::object::NativeImpl)] = &[
    ("seed", seed),
    ("random", random),
    ("randint", randint),
    ("randrange", randrange),
    ("uniform", uniform),
    ("triangular", triangular),
    ("choice", choice),
    ("choices", choices),
    ("shuffle", shuffle),
    ("sample", sample),
    ("gauss", gauss),
    ("normalvariate", normalvariate),
    ("expovariate", expovariate),
    ("getrandbits", getrandbits),
    ("randbytes", randbytes),
    ("lognormvariate", lognormvariate),
    ("gammavariate", gammavariate),
    ("betavariate", betavariate),
    ("paretovariate", paretovariate),
    ("weibullvariate", weibullvariate),
    ("vonmisesvariate", vonmisesvariate),
    ("getstate", getstate),
    ("setstate", setstate),
];

pub fn build_module(vm: &mut Vm) -> ObjRef {
    let m = vm
        .heap
        .alloc(Obj::Module(Box::new(crate::engine::vm::object::Module {
            name: "random".into(),
            dict: SymMap::new(),
            live: None,
        })));
    set_attr(vm, m, "__name__", Value::str("random"));
    let object = vm.types.object;
    let cls =
        crate::engine::vm::types::new_class(&mut vm.heap, "Random", &[object], BuiltinKind::Other);
    if let Obj::Class(c) = vm.heap.get_mut(cls) {
        c.module = "random".into();
    }
    super::def_static(vm, cls, "Random", "__new__", random_new);
    super::def_method(vm, cls, "Random", "__init__", random_init);
    for (name, f) in METHODS {
        super::def_method(vm, cls, "Random", name, *f);
    }
    vm.heap.incref_obj(cls);
    set_attr(vm, m, "Random", Value::Obj(cls));
    // CPython seeds `_inst` from the OS; coroscope must be deterministic.
    let inst = new_instance(vm, cls, 0);
    for (name, f) in METHODS {
        let this = vm.dup(&inst);
        let bound = vm.alloc(Obj::Native(Box::new(NativeFunc {
            name,
            owner: "Random",
            func: *f,
            this,
            kind: NativeKind::Method,
            arity: None,
        })));
        set_attr(vm, m, name, bound);
    }
    set_attr(vm, m, "_inst", inst);
    m
}

fn new_instance(vm: &mut Vm, cls: ObjRef, seed_value: i64) -> Value {
    let mut rng = Random::new();
    rng.seed_int(seed_value);
    vm.heap.incref_obj(cls);
    vm.alloc(Obj::Instance(Box::new(Instance {
        class: cls,
        dict: SymMap::new(),
        payload: Payload::Rng(Box::new(rng)),
        has_del: false,
        live: None,
    })))
}

fn random_new(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let Some(cls) = args.first().and_then(|c| c.as_obj()) else {
        return Err(vm.type_error("Random.__new__ needs a class".into()));
    };
    let inst = new_instance(vm, cls, 0);
    if args.len() > 1 {
        seed(vm, &[inst.clone(), args[1].clone()], &[])?;
    }
    Ok(inst)
}

/// `Random.__init__(x=None)`: seeds again, as CPython's does after its
/// `__new__`, and lets subclasses be called with a seed.
fn random_init(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 2, "Random")?;
    if args.len() > 1 {
        seed(vm, args, kw)?;
    }
    Ok(Value::None)
}

/// The generator behind `args[0]`.
fn rng<'a>(vm: &'a mut Vm, args: &[Value]) -> PyResult<&'a mut Random> {
    let ok = matches!(args.first(), Some(Value::Obj(r)) if matches!(vm.heap.get(*r), Obj::Instance(i) if matches!(i.payload, Payload::Rng(_))));
    if !ok {
        return Err(vm.type_error("descriptor requires a 'random.Random' object".into()));
    }
    let Some(Value::Obj(r)) = args.first() else {
        unreachable!("checked")
    };
    match vm.heap.get_mut(*r) {
        Obj::Instance(i) => match &mut i.payload {
            Payload::Rng(g) => Ok(g),
            _ => unreachable!("checked"),
        },
        _ => unreachable!("checked"),
    }
}

fn seed(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let a = args.get(1).cloned().unwrap_or(Value::None);
    match a {
        Value::None => rng(vm, args)?.seed_int(0),
        Value::Int(i) => rng(vm, args)?.seed_int(i),
        Value::Bool(b) => rng(vm, args)?.seed_int(b as i64),
        Value::Str(s) => rng(vm, args)?.seed_str(&s),
        Value::Float(x) => {
            let h = crate::engine::numeric::hash::hash_float(x, 0);
            rng(vm, args)?.seed_hash(h)
        }
        v if vm.big_obj(&v).is_some() => {
            let big = vm.big_obj(&v).unwrap_or_default();
            let words = big.magnitude().to_u32_digits();
            rng(vm, args)?.seed_words(&words)
        }
        v if super::bytes::bytes_of(vm, &v).is_some() => {
            let b = super::bytes::bytes_of(vm, &v).unwrap_or_default();
            rng(vm, args)?.seed_bytes(&b)
        }
        v => {
            let cname = vm.class_name(&v);
            return Err(vm.type_error(format!(
                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray. (got {cname})"
            )));
        }
    }
    Ok(Value::None)
}

fn random(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Float(rng(vm, args)?.random()))
}

fn randint(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 3, 3, "randint")?;
    if args[1..].iter().any(|v| vm.is_bigint(v)) {
        let (a, b) = (big_arg(vm, &args[1])?, big_arg(vm, &args[2])?);
        return randrange_big(vm, args, a, Some(b + 1), 1.into());
    }
    // `randrange(a, b + 1)`, with its checks of float arguments.
    let a = randrange_arg(vm, &args[1], "arg 1")?;
    let b = match &args[2] {
        Value::Float(x) => randrange_arg(vm, &Value::Float(x + 1.0), "stop")? - 1,
        other => int_arg(vm, other)?,
    };
    let r = rng(vm, args)?.randint(a, b);
    r.map(Value::Int).map_err(|e| vm.from_pyerr(e))
}

fn randrange(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 4, "randrange")?;
    if args[1..].iter().any(|v| vm.is_bigint(v)) {
        let a = big_arg(vm, &args[1])?;
        let b = match args.get(2) {
            Some(v) => Some(big_arg(vm, v)?),
            None => None,
        };
        let step = match args.get(3) {
            Some(v) => big_arg(vm, v)?,
            None => 1.into(),
        };
        return randrange_big(vm, args, a, b, step);
    }
    let a = randrange_arg(vm, &args[1], "arg 1")?;
    let b = match args.get(2) {
        Some(v) if !v.is_none() => Some(randrange_arg(vm, v, "stop")?),
        _ => None,
    };
    let step = match args.get(3) {
        Some(v) => randrange_arg(vm, v, "step")?,
        None => 1,
    };
    let r = rng(vm, args)?.randrange(a, b, step);
    r.map(Value::Int).map_err(|e| vm.from_pyerr(e))
}

/// An argument of `randrange`: CPython 3.11 still takes a float with an
/// integral value (deprecated) and refuses another with a ValueError.
fn randrange_arg(vm: &mut Vm, v: &Value, which: &str) -> PyResult<i64> {
    match v {
        Value::Float(x) if x.fract() == 0.0 && x.abs() < 9.2e18 => Ok(*x as i64),
        Value::Float(x) if x.is_finite() => {
            Err(vm.value_error(format!("non-integer {which} for randrange()")))
        }
        _ => int_arg(vm, v),
    }
}

fn big_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match vm.big_of(v) {
        Some(b) => Ok(b),
        None => Ok(int_arg(vm, v)?.into()),
    }
}

/// `randrange` with an int past 64 bits among its arguments
/// (`randint(0, 10**30)`), as CPython's Python code computes it.
fn randrange_big(
    vm: &mut Vm,
    args: &[Value],
    start: BigInt,
    stop: Option<BigInt>,
    step: BigInt,
) -> PyResult<Value> {
    let one = BigInt::from(1);
    let Some(stop) = stop else {
        if step != one {
            return Err(vm.type_error("Missing a non-None stop argument".into()));
        }
        if start.is_positive() {
            let r = randbelow_big(vm, args, &start)?;
            return vm.int_from_big(r);
        }
        return Err(vm.value_error("empty range for randrange()".into()));
    };
    let width = &stop - &start;
    if step == one {
        if width.is_positive() {
            let r = randbelow_big(vm, args, &width)?;
            return vm.int_from_big(start + r);
        }
        return Err(vm.value_error(format!(
            "empty range for randrange() ({start}, {stop}, {width})"
        )));
    }
    let n = if step.is_positive() {
        (&width + &step - BigInt::from(1)).div_floor(&step)
    } else if step.is_negative() {
        (&width + &step + BigInt::from(1)).div_floor(&step)
    } else {
        return Err(vm.value_error("zero step for randrange()".into()));
    };
    if !n.is_positive() {
        return Err(vm.value_error("empty range for randrange()".into()));
    }
    let r = randbelow_big(vm, args, &n)?;
    vm.int_from_big(start + step * r)
}

/// `_randbelow_with_getrandbits(n)` for `n > 0`: `n.bit_length()` bits at
/// a time until one draw is below `n`.
fn randbelow_big(vm: &mut Vm, args: &[Value], n: &BigInt) -> PyResult<BigInt> {
    let k = n.bits();
    if k > crate::engine::vm::bigint::MAX_BITS {
        vm.too_big()?;
    }
    let rng = rng(vm, args)?;
    loop {
        let r = BigInt::from(num_bigint::BigUint::new(rng.getrandbits_words(k)));
        if &r < n {
            return Ok(r);
        }
    }
}

fn uniform(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 3, 3, "uniform")?;
    let (a, b) = (float_arg(vm, &args[1])?, float_arg(vm, &args[2])?);
    Ok(Value::Float(rng(vm, args)?.uniform(a, b)))
}

fn triangular(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let low = match args.get(1) {
        Some(v) => float_arg(vm, v)?,
        None => 0.0,
    };
    let high = match args.get(2) {
        Some(v) => float_arg(vm, v)?,
        None => 1.0,
    };
    let mode = match args.get(3) {
        Some(Value::None) | None => None,
        Some(v) => Some(float_arg(vm, v)?),
    };
    Ok(Value::Float(rng(vm, args)?.triangular(low, high, mode)))
}

fn gauss(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let mu = match args.get(1) {
        Some(v) => float_arg(vm, v)?,
        None => 0.0,
    };
    let sigma = match args.get(2) {
        Some(v) => float_arg(vm, v)?,
        None => 1.0,
    };
    Ok(Value::Float(rng(vm, args)?.gauss(mu, sigma)))
}

fn normalvariate(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let mu = match args.get(1) {
        Some(v) => float_arg(vm, v)?,
        None => 0.0,
    };
    let sigma = match args.get(2) {
        Some(v) => float_arg(vm, v)?,
        None => 1.0,
    };
    Ok(Value::Float(rng(vm, args)?.normalvariate(mu, sigma)))
}

fn expovariate(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "expovariate")?;
    let l = float_arg(vm, &args[1])?;
    let r = rng(vm, args)?.expovariate(l);
    r.map(Value::Float).map_err(|e| vm.from_pyerr(e))
}

fn two_floats(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<(f64, f64)> {
    check_args(vm, args, 3, 3, name)?;
    Ok((float_arg(vm, &args[1])?, float_arg(vm, &args[2])?))
}

fn lognormvariate(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (a, b) = two_floats(vm, args, "lognormvariate")?;
    Ok(Value::Float(rng(vm, args)?.lognormvariate(a, b)))
}

fn gammavariate(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (a, b) = two_floats(vm, args, "gammavariate")?;
    let r = rng(vm, args)?.gammavariate(a, b);
    r.map(Value::Float).map_err(|e| vm.from_pyerr(e))
}

fn betavariate(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (a, b) = two_floats(vm, args, "betavariate")?;
    let r = rng(vm, args)?.betavariate(a, b);
    r.map(Value::Float).map_err(|e| vm.from_pyerr(e))
}

fn paretovariate(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "paretovariate")?;
    let a = float_arg(vm, &args[1])?;
    Ok(Value::Float(rng(vm, args)?.paretovariate(a)))
}

fn weibullvariate(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (a, b) = two_floats(vm, args, "weibullvariate")?;
    Ok(Value::Float(rng(vm, args)?.weibullvariate(a, b)))
}

fn vonmisesvariate(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (a, b) = two_floats(vm, args, "vonmisesvariate")?;
    Ok(Value::Float(rng(vm, args)?.vonmisesvariate(a, b)))
}

/// `randbytes(n)`: `getrandbits(n * 8).to_bytes(n, 'little')`.
fn randbytes(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "randbytes")?;
    let n = int_arg(vm, &args[1])?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed".into()));
    }
    if n as u64 * 8 > crate::engine::vm::bigint::MAX_BITS {
        return vm.too_big();
    }
    let words = rng(vm, args)?.getrandbits_words(n as u64 * 8);
    let mut out: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
    out.truncate(n as usize);
    Ok(vm.alloc(Obj::Bytes(out.into())))
}

fn getrandbits(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "getrandbits")?;
    let k = int_arg(vm, &args[1])?;
    if k > 0 && k as u64 > crate::engine::vm::bigint::MAX_BITS {
        return vm.too_big();
    }
    if k > 63 {
        // A big int: `random.getrandbits(128)` for ids and keys.
        let words = rng(vm, args)?.getrandbits_words(k as u64);
        let n = num_bigint::BigInt::from(num_bigint::BigUint::new(words));
        return vm.int_from_big(n);
    }
    let r = rng(vm, args)?
        .getrandbits(k)
        .map_err(|e| vm.from_pyerr(e))?;
    Ok(Value::Int(r as i64))
}

fn choice(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "choice")?;
    let n = vm.len_of(&args[1])?;
    let i = rng(vm, args)?.choice_index(n);
    let i = i.map_err(|e| vm.from_pyerr(e))?;
    vm.getitem(&args[1], &Value::Int(i as i64))
}

fn choices(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 3, "choices")?;
    let pop = vm.collect_iterable(&args[1])?;
    let weights = args
        .get(2)
        .cloned()
        .or_else(|| kwarg(vm, kw, "weights").cloned())
        .filter(|w| !w.is_none());
    let cum = kwarg(vm, kw, "cum_weights")
        .cloned()
        .filter(|w| !w.is_none());
    let k = match kwarg(vm, kw, "k").cloned() {
        Some(v) => int_arg(vm, &v)?,
        None => 1,
    };
    let mut cum_weights: Option<Vec<f64>> = None;
    if let Some(c) = cum {
        let items = vm.collect_iterable(&c)?;
        let mut out = Vec::new();
        for it in &items {
            out.push(float_arg(vm, it)?);
        }
        vm.heap.decref_all(items);
        cum_weights = Some(out);
    } else if let Some(w) = weights {
        let items = vm.collect_iterable(&w)?;
        let mut acc = 0.0;
        let mut out = Vec::new();
        for it in &items {
            acc += float_arg(vm, it)?;
            out.push(acc);
        }
        vm.heap.decref_all(items);
        if out.len() != pop.len() {
            vm.heap.decref_all(pop);
            return Err(
                vm.value_error("The number of weights does not match the population".into())
            );
        }
        cum_weights = Some(out);
    }
    let idx = rng(vm, args)?.choices_indices(pop.len(), k, cum_weights.as_deref());
    let idx = match idx {
        Ok(i) => i,
        Err(e) => {
            vm.heap.decref_all(pop);
            return Err(vm.from_pyerr(e));
        }
    };
    let mut out = Vec::with_capacity(idx.len());
    for i in idx {
        match pop.get(i) {
            Some(v) => out.push(vm.dup(v)),
            None => {
                vm.heap.decref_all(out);
                vm.heap.decref_all(pop);
                return Err(vm.new_exc_str("IndexError", "list index out of range"));
            }
        }
    }
    vm.heap.decref_all(pop);
    Ok(vm.new_list(out))
}

fn shuffle(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "shuffle")?;
    let target = vm.backing(&args[1]).unwrap_or_else(|| args[1].clone());
    let Value::Obj(r) = target else {
        return Err(vm.type_error("shuffle needs a mutable sequence".into()));
    };
    let mut items = match vm.heap.get_mut(r) {
        Obj::List(l) => std::mem::take(l),
        _ => return Err(vm.type_error("shuffle needs a mutable sequence".into())),
    };
    if let Ok(g) = rng(vm, args) {
        g.shuffle(&mut items);
    }
    if let Obj::List(l) = vm.heap.get_mut(r) {
        *l = items;
    }
    Ok(Value::None)
}

fn sample(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 3, "sample")?;
    let k = match args.get(2).cloned().or_else(|| kwarg(vm, kw, "k").cloned()) {
        Some(v) => int_arg(vm, &v)?,
        None => {
            return Err(
                vm.type_error("sample() missing 1 required positional argument: 'k'".into())
            );
        }
    };
    let pop = &args[1];
    if !sample_population_ok(vm, pop) {
        return Err(vm.type_error(
            "Population must be a sequence.  For dicts or sets, use sorted(d).".into(),
        ));
    }
    // CPython reads the population by length and index, so a large range
    // is never listed.
    let n = vm.len_of(pop)?;
    let counts = kwarg(vm, kw, "counts").cloned().filter(|c| !c.is_none());
    let idx = match counts {
        None => rng(vm, args)?.sample_indices(n, k),
        Some(c) => {
            let cum = cumulative_counts(vm, &c, n)?;
            let total = *cum.last().unwrap_or(&0);
            if total <= 0 {
                return Err(vm.value_error("Total of counts must be greater than zero".into()));
            }
            // A sample of range(total), each mapped to the item whose
            // run of counts holds it (bisect_right on the running sums).
            let picks = rng(vm, args)?.sample_indices(total as usize, k);
            picks.map(|p| {
                p.into_iter()
                    .map(|s| cum[..cum.len() - 1].partition_point(|&c| c <= s as i64))
                    .collect()
            })
        }
    };
    let idx = idx.map_err(|e| vm.from_pyerr(e))?;
    let mut out = Vec::with_capacity(idx.len());
    for i in idx {
        match vm.getitem(pop, &Value::Int(i as i64)) {
            Ok(v) => out.push(v),
            Err(e) => {
                vm.heap.decref_all(out);
                return Err(e);
            }
        }
    }
    Ok(vm.new_list(out))
}

/// `random.sample` takes sequences only: CPython refuses sets, dicts
/// (and other mappings), their views and iterators.
fn sample_population_ok(vm: &Vm, pop: &Value) -> bool {
    let Value::Obj(r) = pop else {
        return true;
    };
    match vm.heap.get(*r) {
        Obj::Set(_) | Obj::FrozenSet(_) | Obj::Dict(_) | Obj::DictView { .. } => false,
        Obj::Gen(_) | Obj::Iter(_) => false,
        Obj::Instance(i) => {
            !matches!(
                vm.class(i.class).builtin,
                BuiltinKind::Set | BuiltinKind::FrozenSet | BuiltinKind::Dict
            ) && !vm.match_mapping(pop)
        }
        _ => true,
    }
}

/// The running sums of `sample`'s `counts`, checked as CPython checks them.
fn cumulative_counts(vm: &mut Vm, counts: &Value, n: usize) -> PyResult<Vec<i64>> {
    let items = vm.collect_iterable(counts)?;
    let mut cum = Vec::with_capacity(items.len());
    let mut acc: i64 = 0;
    let mut all_ints = true;
    for it in &items {
        match it {
            Value::Int(i) => acc += *i,
            Value::Bool(b) => acc += *b as i64,
            _ => all_ints = false,
        }
        cum.push(acc);
    }
    vm.heap.decref_all(items);
    if cum.len() != n {
        return Err(vm.value_error("The number of counts does not match the population".into()));
    }
    if !all_ints {
        return Err(vm.type_error("Counts must be integers".into()));
    }
    Ok(cum)
}

/// `getstate()`: `(3, (624 words..., index), gauss_next)`, CPython's shape.
fn getstate(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "getstate")?;
    let (words, index, gauss) = rng(vm, args)?.state();
    let mut inner: Vec<Value> = words.iter().map(|w| Value::Int(*w as i64)).collect();
    inner.push(Value::Int(index as i64));
    let inner = vm.new_tuple(inner);
    let gauss = gauss.map_or(Value::None, Value::Float);
    Ok(vm.new_tuple(vec![Value::Int(3), inner, gauss]))
}

/// `setstate(state)`: a state `getstate()` returned.
fn setstate(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "setstate")?;
    let parts = match &args[1] {
        Value::Obj(r) => match vm.heap.get(*r) {
            Obj::Tuple(t) => t.to_vec(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    let [version, inner, gauss] = parts.as_slice() else {
        return Err(vm.type_error("state must be a 3-tuple".into()));
    };
    if !matches!(version, Value::Int(3)) {
        let v = vm.repr(version)?;
        return Err(vm.value_error(format!(
            "state with version {v} passed to Random.setstate() of version 3"
        )));
    }
    let gauss = match gauss {
        Value::Float(x) => Some(*x),
        Value::Int(i) => Some(*i as f64),
        _ => None,
    };
    let words = match inner {
        Value::Obj(r) => match vm.heap.get(*r) {
            Obj::Tuple(t) => t.to_vec(),
            _ => return Err(vm.type_error("state vector must be a tuple".into())),
        },
        _ => return Err(vm.type_error("state vector must be a tuple".into())),
    };
    let Some((index, words)) = words.split_last() else {
        return Err(vm.value_error("state vector is the wrong size".into()));
    };
    let mut mt = Vec::with_capacity(words.len());
    for w in words {
        match w {
            Value::Int(i) if (0..=u32::MAX as i64).contains(i) => mt.push(*i as u32),
            _ => return Err(vm.value_error("invalid state".into())),
        }
    }
    let index = match index {
        Value::Int(i) if *i >= 0 => *i as usize,
        _ => return Err(vm.value_error("invalid state".into())),
    };
    if !rng(vm, args)?.set_state(&mt, index, gauss) {
        let msg = if mt.len() != 624 {
            "state vector is the wrong size"
        } else {
            "invalid state"
        };
        return Err(vm.value_error(msg.into()));
    }
    Ok(Value::None)
}
