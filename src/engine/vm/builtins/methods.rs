//! Constructors and methods of the builtin types.

use std::rc::Rc;

use super::{
    check_args, def_classmethod, def_method, def_static, float_arg, int_arg, kwarg, str_arg,
};
use crate::engine::compile::code::CmpKind;
use crate::engine::intern::Sym;
use crate::engine::numeric::parse;
use crate::engine::vm::Vm;
use crate::engine::vm::object::{GenKind, Obj, Payload, PyResult, ViewKind};
use crate::engine::vm::value::{ObjRef, Value};

type Kw<'a> = &'a [(Sym, Value)];

pub fn install(vm: &mut Vm) {
    let t = vm.types.clone();
    // object
    def_method(vm, t.object, "object", "__init__", object_init);
    def_method(vm, t.object, "object", "__repr__", object_repr);
    def_method(vm, t.object, "object", "__str__", object_str);
    def_method(vm, t.object, "object", "__eq__", object_eq);
    def_method(vm, t.object, "object", "__ne__", object_ne);
    def_method(vm, t.object, "object", "__hash__", object_hash);
    def_method(vm, t.object, "object", "__setattr__", object_setattr);
    def_method(
        vm,
        t.object,
        "object",
        "__getattribute__",
        object_getattribute,
    );
    def_method(vm, t.object, "object", "__delattr__", object_delattr);
    def_method(vm, t.object, "object", "__dir__", object_dir);
    def_method(vm, t.object, "object", "__format__", object_format);
    def_classmethod(
        vm,
        t.object,
        "object",
        "__init_subclass__",
        object_init_subclass,
    );
    def_static(vm, t.object, "object", "__new__", object_new);
    // constructors
    def_static(vm, t.int, "int", "__new__", int_new);
    def_static(vm, t.float, "float", "__new__", float_new);
    def_static(vm, t.str_, "str", "__new__", str_new);
    def_static(vm, t.bool_, "bool", "__new__", bool_new);
    def_static(vm, t.list, "list", "__new__", list_new);
    def_static(vm, t.tuple, "tuple", "__new__", tuple_new);
    def_static(vm, t.dict, "dict", "__new__", dict_new);
    def_static(vm, t.set, "set", "__new__", set_new);
    def_static(vm, t.frozenset, "frozenset", "__new__", frozenset_new);
    def_static(vm, t.range, "range", "__new__", range_new);
    def_static(vm, t.slice, "slice", "__new__", slice_new);
    def_static(vm, t.property, "property", "__new__", property_new);
    def_static(
        vm,
        t.staticmethod,
        "staticmethod",
        "__new__",
        staticmethod_new,
    );
    def_static(vm, t.classmethod, "classmethod", "__new__", classmethod_new);
    def_static(vm, t.super_, "super", "__new__", super_new);
    def_static(vm, t.type_, "type", "__new__", type_new);
    def_method(vm, t.type_, "type", "__init__", type_init);
    def_method(vm, t.type_, "type", "__call__", type_call);
    def_method(vm, t.type_, "type", "__or__", type_or);
    def_method(vm, t.type_, "type", "__ror__", type_ror);
    def_method(vm, t.type_, "type", "mro", type_mro);
    def_method(vm, t.type_, "type", "__subclasses__", type_subclasses);
    def_classmethod(vm, t.type_, "type", "__prepare__", type_prepare);
    def_static(vm, t.bytes, "bytes", "__new__", bytes_new);
    def_static(vm, t.method, "method", "__new__", method_new);
    // `__init__` for subclasses of the mutable containers.
    def_method(vm, t.list, "list", "__init__", list_init);
    def_method(vm, t.dict, "dict", "__init__", dict_init);
    def_method(vm, t.set, "set", "__init__", set_init);
    for (cls, owner) in [
        (t.list, "list"),
        (t.dict, "dict"),
        (t.tuple, "tuple"),
        (t.set, "set"),
        (t.frozenset, "frozenset"),
        (t.str_, "str"),
        (t.int, "int"),
        (t.float, "float"),
    ] {
        def_method(vm, cls, owner, "__repr__", builtin_repr);
        def_method(vm, cls, owner, "__eq__", builtin_eq);
        def_method(vm, cls, owner, "__hash__", builtin_hash);
    }
    // property
    def_method(vm, t.property, "property", "setter", property_setter);
    def_method(vm, t.property, "property", "getter", property_getter);
    def_method(vm, t.property, "property", "deleter", property_deleter);
    def_method(vm, t.property, "property", "__get__", property_get);
    // str
    let s = t.str_;
    for (name, f) in [
        ("join", str_join as crate::engine::vm::object::NativeImpl),
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("upper", str_upper),
        ("lower", str_lower),
        ("casefold", str_casefold),
        ("title", str_title),
        ("capitalize", str_capitalize),
        ("swapcase", str_swapcase),
        ("replace", str_replace),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("format", str_format),
        ("isdigit", str_isdigit),
        ("isdecimal", str_isdecimal),
        ("isnumeric", str_isnumeric),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isspace", str_isspace),
        ("isupper", str_isupper),
        ("islower", str_islower),
        ("isidentifier", str_isidentifier),
        ("isprintable", str_isprintable),
        ("center", str_center),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("zfill", str_zfill),
        ("splitlines", str_splitlines),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("encode", str_encode),
        ("removeprefix", str_removeprefix),
        ("expandtabs", str_expandtabs),
        ("translate", str_translate),
        ("isascii", str_isascii),
        ("istitle", str_istitle),
        ("format_map", str_format_map),
        ("removesuffix", str_removesuffix),
        ("__len__", str_len),
        ("__contains__", str_contains),
        ("__getitem__", seq_getitem),
        ("__add__", str_add),
        ("__mul__", str_mul),
        ("__mod__", str_mod),
        ("__format__", str_format_method),
        ("__iter__", any_iter),
        ("__lt__", str_lt),
    ] {
        def_method(vm, s, "str", name, f);
    }
    // list
    let l = t.list;
    for (name, f) in [
        (
            "append",
            list_append as crate::engine::vm::object::NativeImpl,
        ),
        ("extend", list_extend),
        ("insert", list_insert),
        ("pop", list_pop),
        ("remove", list_remove),
        ("index", seq_index),
        ("count", seq_count),
        ("sort", list_sort),
        ("reverse", list_reverse),
        ("clear", list_clear),
        ("copy", list_copy),
        ("__len__", any_len),
        ("__getitem__", seq_getitem),
        ("__setitem__", seq_setitem),
        ("__contains__", any_contains),
        ("__iter__", any_iter),
    ] {
        def_method(vm, l, "list", name, f);
    }
    for (name, f) in [
        ("index", seq_index as crate::engine::vm::object::NativeImpl),
        ("count", seq_count),
        ("__len__", any_len),
        ("__getitem__", seq_getitem),
        ("__contains__", any_contains),
        ("__iter__", any_iter),
    ] {
        def_method(vm, t.tuple, "tuple", name, f);
    }
    // dict
    let d = t.dict;
    for (name, f) in [
        ("get", dict_get as crate::engine::vm::object::NativeImpl),
        ("keys", dict_keys),
        ("values", dict_values),
        ("items", dict_items),
        ("pop", dict_pop),
        ("popitem", dict_popitem),
        ("setdefault", dict_setdefault),
        ("update", dict_update),
        ("clear", dict_clear),
        ("copy", dict_copy),
        ("__len__", any_len),
        ("__getitem__", seq_getitem),
        ("__setitem__", seq_setitem),
        ("__contains__", any_contains),
        ("__iter__", any_iter),
    ] {
        def_method(vm, d, "dict", name, f);
    }
    def_classmethod(vm, d, "dict", "fromkeys", dict_fromkeys);
    def_method(vm, t.slice, "slice", "indices", slice_indices);
    def_static(vm, t.str_, "str", "maketrans", str_maketrans);
    // set
    for cls in [t.set, t.frozenset] {
        let owner = if cls == t.set { "set" } else { "frozenset" };
        for (name, f) in [
            ("union", set_union as crate::engine::vm::object::NativeImpl),
            ("intersection", set_intersection),
            ("difference", set_difference),
            ("symmetric_difference", set_symmetric_difference),
            ("issubset", set_issubset),
            ("issuperset", set_issuperset),
            ("isdisjoint", set_isdisjoint),
            ("copy", set_copy),
            ("__len__", any_len),
            ("__contains__", any_contains),
            ("__iter__", any_iter),
        ] {
            def_method(vm, cls, owner, name, f);
        }
    }
    for (name, f) in [
        ("add", set_add as crate::engine::vm::object::NativeImpl),
        ("remove", set_remove),
        ("discard", set_discard),
        ("pop", set_pop),
        ("clear", dict_clear),
        ("update", set_update),
        ("intersection_update", set_intersection_update),
        ("difference_update", set_difference_update),
    ] {
        def_method(vm, t.set, "set", name, f);
    }
    // numbers
    def_method(vm, t.int, "int", "bit_length", int_bit_length);
    def_method(vm, t.int, "int", "bit_count", int_bit_count);
    def_method(vm, t.int, "int", "__index__", int_index);
    def_method(vm, t.float, "float", "is_integer", float_is_integer);
    def_method(
        vm,
        t.float,
        "float",
        "as_integer_ratio",
        float_as_integer_ratio,
    );
    def_method(vm, t.float, "float", "hex", float_hex);
    def_classmethod(vm, t.float, "float", "fromhex", float_fromhex);
    def_method(vm, t.int, "int", "as_integer_ratio", int_as_integer_ratio);
    def_method(vm, t.range, "range", "index", range_index);
    def_method(vm, t.range, "range", "count", range_count);
    // generators and coroutines
    for (cls, owner) in [(t.generator, "generator"), (t.coroutine, "coroutine")] {
        def_method(vm, cls, owner, "send", gen_send);
        def_method(vm, cls, owner, "throw", gen_throw);
        def_method(vm, cls, owner, "close", gen_close);
    }
    def_method(vm, t.generator, "generator", "__next__", gen_next);
    def_method(vm, t.generator, "generator", "__iter__", any_iter);
    let others = [
        t.iterator,
        t.enumerate,
        t.zip,
        t.map,
        t.filter,
        t.callable_iterator,
        t.future_iter,
        t.coroutine_wrapper,
    ];
    for cls in others.into_iter().chain(t.container_iterators()) {
        def_method(vm, cls, "iterator", "__next__", gen_next);
        def_method(vm, cls, "iterator", "__iter__", any_iter);
    }
    def_method(vm, t.coroutine, "coroutine", "__await__", coro_await);
    def_method(
        vm,
        t.coroutine_wrapper,
        "coroutine_wrapper",
        "send",
        wrapper_send,
    );
    def_method(
        vm,
        t.coroutine_wrapper,
        "coroutine_wrapper",
        "throw",
        wrapper_throw,
    );
    def_method(
        vm,
        t.coroutine_wrapper,
        "coroutine_wrapper",
        "close",
        wrapper_close,
    );
    // async generators and their awaitables
    use crate::engine::vm::asyncgen as ag;
    def_method(
        vm,
        t.async_generator,
        "async_generator",
        "__aiter__",
        ag::agen_aiter,
    );
    def_method(
        vm,
        t.async_generator,
        "async_generator",
        "__anext__",
        ag::agen_anext,
    );
    def_method(
        vm,
        t.async_generator,
        "async_generator",
        "asend",
        ag::agen_asend,
    );
    def_method(
        vm,
        t.async_generator,
        "async_generator",
        "athrow",
        ag::agen_athrow,
    );
    def_method(
        vm,
        t.async_generator,
        "async_generator",
        "aclose",
        ag::agen_aclose,
    );
    let asend = t.async_generator_asend;
    def_method(vm, asend, "async_generator_asend", "send", ag::op_send);
    def_method(vm, asend, "async_generator_asend", "throw", ag::op_throw);
    def_method(vm, asend, "async_generator_asend", "close", ag::op_close);
    def_method(vm, asend, "async_generator_asend", "__next__", ag::op_next);
    def_method(vm, asend, "async_generator_asend", "__iter__", any_iter);
    def_method(
        vm,
        asend,
        "async_generator_asend",
        "__await__",
        ag::op_await,
    );
    // exceptions
    let base = vm.exc_class("BaseException");
    def_method(vm, base, "BaseException", "__init__", exc_init);
    def_method(
        vm,
        base,
        "BaseException",
        "with_traceback",
        exc_with_traceback,
    );
    def_method(vm, base, "BaseException", "add_note", exc_add_note);
    let bg = vm.exc_class("BaseExceptionGroup");
    use crate::engine::vm::excgroup as eg;
    def_static(vm, bg, "BaseExceptionGroup", "__new__", eg::group_new);
    def_method(
        vm,
        bg,
        "BaseExceptionGroup",
        "split",
        eg::group_split_native,
    );
    def_method(vm, bg, "BaseExceptionGroup", "subgroup", eg::group_subgroup);
    def_method(vm, bg, "BaseExceptionGroup", "derive", eg::group_derive);
    // dict views
    for (cls, owner) in [
        (t.dict_keys, "dict_keys"),
        (t.dict_values, "dict_values"),
        (t.dict_items, "dict_items"),
    ] {
        def_method(vm, cls, owner, "__len__", any_len);
        def_method(vm, cls, owner, "__iter__", any_iter);
    }
}

// === helpers ===

fn this_str(vm: &mut Vm, args: &[Value]) -> PyResult<Rc<str>> {
    match args.first() {
        Some(Value::Str(s)) => Ok(s.clone()),
        _ => Err(vm.type_error("descriptor requires a 'str' object".into())),
    }
}

fn list_ref(vm: &mut Vm, args: &[Value]) -> PyResult<ObjRef> {
    match args.first() {
        Some(Value::Obj(r)) if matches!(vm.heap.get(*r), Obj::List(_)) => Ok(*r),
        _ => Err(vm.type_error("descriptor requires a 'list' object".into())),
    }
}

fn list_mut(vm: &mut Vm, r: ObjRef) -> &mut Vec<Value> {
    match vm.heap.get_mut(r) {
        Obj::List(l) => l,
        _ => unreachable!("checked by list_ref"),
    }
}

/// Sorts values (taking them), stable, with an optional key, as
/// `list.sort` does.
pub fn sort_values(
    vm: &mut Vm,
    items: Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let mut keyed: Vec<(Value, Value)> = Vec::with_capacity(items.len());
    for it in items {
        let k = match key {
            Some(f) => match vm.call_value(f, std::slice::from_ref(&it), &[]) {
                Ok(k) => k,
                Err(e) => {
                    vm.drop_val(it);
                    for (a, b) in keyed {
                        vm.drop_val(a);
                        vm.drop_val(b);
                    }
                    return Err(e);
                }
            },
            None => vm.dup(&it),
        };
        keyed.push((k, it));
    }
    // Merge sort with a fallible comparison: `lt` can raise.
    let mut err: Option<Value> = None;
    let mut idx: Vec<usize> = (0..keyed.len()).collect();
    let keys: Vec<Value> = keyed.iter().map(|(k, _)| k.clone()).collect();
    merge_sort(&mut idx, &mut |a, b| {
        if err.is_some() {
            return false;
        }
        let (x, y) = if reverse {
            (&keys[b], &keys[a])
        } else {
            (&keys[a], &keys[b])
        };
        match fast_lt(x, y) {
            Some(r) => r,
            None => match vm.rich_compare(x, y, CmpKind::Lt) {
                Ok(r) => {
                    let t = vm.truthy(&r).unwrap_or(false);
                    vm.drop_val(r);
                    t
                }
                Err(e) => {
                    err = Some(e);
                    false
                }
            },
        }
    });
    let mut slots: Vec<Option<(Value, Value)>> = keyed.into_iter().map(Some).collect();
    let mut out = Vec::with_capacity(slots.len());
    for i in idx {
        let (k, v) = slots[i].take().expect("each index once");
        vm.drop_val(k);
        out.push(v);
    }
    if let Some(e) = err {
        vm.heap.decref_all(out);
        return Err(e);
    }
    Ok(out)
}

fn fast_lt(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x < y),
        (Value::Float(x), Value::Float(y)) => Some(x < y),
        // Only where the int converts exactly; rich_compare does the rest.
        (Value::Int(x), Value::Float(y)) if x.unsigned_abs() <= 1 << 53 => Some((*x as f64) < *y),
        (Value::Float(x), Value::Int(y)) if y.unsigned_abs() <= 1 << 53 => Some(*x < *y as f64),
        (Value::Str(x), Value::Str(y)) => Some(x < y),
        _ => None,
    }
}

/// A stable merge sort: `lt(a, b)` says whether item `a` sorts before `b`.
fn merge_sort(v: &mut [usize], lt: &mut dyn FnMut(usize, usize) -> bool) {
    let n = v.len();
    if n <= 1 {
        return;
    }
    if n <= 16 {
        for i in 1..n {
            let mut j = i;
            while j > 0 && lt(v[j], v[j - 1]) {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
        return;
    }
    let mid = n / 2;
    merge_sort(&mut v[..mid], lt);
    merge_sort(&mut v[mid..], lt);
    let left = v[..mid].to_vec();
    let right = v[mid..].to_vec();
    let (mut i, mut j, mut k) = (0, 0, 0);
    while i < left.len() && j < right.len() {
        if lt(right[j], left[i]) {
            v[k] = right[j];
            j += 1;
        } else {
            v[k] = left[i];
            i += 1;
        }
        k += 1;
    }
    while i < left.len() {
        v[k] = left[i];
        i += 1;
        k += 1;
    }
    while j < right.len() {
        v[k] = right[j];
        j += 1;
        k += 1;
    }
}

// === object ===

fn object_init(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    // CPython's `object_init`: extra arguments are an error when the class
    // has its own `__init__` (they reached object's through `super()`), or
    // when it has neither `__init__` nor `__new__` to take them.
    if args.len() > 1 || !kw.is_empty() {
        let Some(this) = args.first() else {
            return Ok(Value::None);
        };
        let cls = vm.class_of(this);
        let object = vm.types.object;
        let overrides = |vm: &Vm, name| {
            let mine = vm.lookup_in_mro(cls, name).and_then(|v| v.as_obj());
            let base = vm.lookup_in_mro(object, name).and_then(|v| v.as_obj());
            mine != base
        };
        if overrides(vm, vm.names.init) {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)".into(),
            ));
        }
        if !overrides(vm, vm.names.new) {
            let name = vm.class(cls).name.clone();
            return Err(vm.type_error(format!(
                "{name}.__init__() takes exactly one argument (the instance to initialize)"
            )));
        }
    }
    Ok(Value::None)
}

/// CPython's is METH_NOARGS: class keywords no `__init_subclass__` up the
/// MRO took (`class C(Base, tag=1)` with no hook) end here as a TypeError
/// naming the class being made.
fn object_init_subclass(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() || args.len() > 1 {
        let cname = match args.first() {
            Some(Value::Obj(c)) if matches!(vm.heap.get(*c), Obj::Class(_)) => {
                vm.class(*c).name.clone()
            }
            _ => "object".into(),
        };
        return Err(vm.type_error(if kw.is_empty() {
            format!(
                "{cname}.__init_subclass__() takes no arguments ({} given)",
                args.len() - 1
            )
        } else {
            format!("{cname}.__init_subclass__() takes no keyword arguments")
        }));
    }
    Ok(Value::None)
}

fn object_new(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    match args.first() {
        Some(Value::Obj(c)) if matches!(vm.heap.get(*c), Obj::Class(_)) => {
            let c = *c;
            vm.object_new(c, &[])
        }
        _ => Err(vm.type_error("object.__new__(X): X is not a type object".into())),
    }
}

fn object_repr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let v = &args[0];
    if let Value::Obj(r) = v
        && let Obj::Instance(i) = vm.heap.get(*r)
        && matches!(i.payload, Payload::None)
    {
        let c = vm.class(i.class);
        let s = crate::engine::vm::repr::default_object_repr(
            &c.module,
            &c.qualname,
            &crate::engine::vm::repr::fake_addr(*r),
        );
        return Ok(Value::Str(s.into()));
    }
    Ok(Value::Str(vm.repr(v)?))
}

fn object_str(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let r = vm.names.repr;
    vm.call_method(&args[0], r, &[])
}

fn object_eq(_vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(if args.len() == 2 && args[0].is(&args[1]) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}

fn object_ne(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    if args.len() != 2 {
        return Ok(Value::NotImplemented);
    }
    let r = vm.rich_compare(&args[0], &args[1], CmpKind::Eq)?;
    if matches!(r, Value::NotImplemented) {
        return Ok(r);
    }
    let t = vm.truthy(&r)?;
    vm.drop_val(r);
    Ok(Value::Bool(!t))
}

fn object_hash(_vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(match &args[0] {
        Value::Obj(r) => (r.0 as i64) << 4,
        _ => 0,
    }))
}

fn object_setattr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 3, 3, "__setattr__")?;
    let name = str_arg(vm, &args[1], "attribute name")?;
    let sym = vm.intern(&name);
    let v = vm.dup(&args[2]);
    vm.generic_setattr(&args[0], sym, v)?;
    Ok(Value::None)
}

/// `int | str`: a `types.UnionType`, made by the types module.
fn type_union(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    vm.call_in_module("types", "_union", &[a.clone(), b.clone()], &[])
}

fn type_or(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "__or__")?;
    type_union(vm, &args[0], &args[1])
}

fn type_ror(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "__ror__")?;
    type_union(vm, &args[1], &args[0])
}

fn class_arg(vm: &mut Vm, v: &Value, method: &str) -> PyResult<ObjRef> {
    match v {
        Value::Obj(c) if matches!(vm.heap.get(*c), Obj::Class(_)) => Ok(*c),
        other => {
            let cname = vm.class_name(other);
            Err(vm.type_error(format!(
                "descriptor '{method}' for 'type' objects doesn't apply to a '{cname}' object"
            )))
        }
    }
}

fn type_mro(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "mro")?;
    let cls = class_arg(vm, &args[0], "mro")?;
    let mro = vm.class(cls).mro.clone();
    let items = mro.into_iter().map(|c| vm.dup(&Value::Obj(c))).collect();
    Ok(vm.new_list(items))
}

/// `types.MethodType(func, obj)`: `func` bound to `obj`, as a class whose
/// instances are callable binds itself in its `__get__` (the Cookbook's
/// profiling decorator).
fn method_new(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let args = args.get(1..).unwrap_or_default();
    check_args(vm, args, 2, 2, "method")?;
    if !vm.is_callable(&args[0]) {
        return Err(vm.type_error("first argument must be callable".into()));
    }
    if args[1].is_none() {
        return Err(vm.type_error("instance must not be None".into()));
    }
    let func = vm.dup(&args[0]);
    let this = vm.dup(&args[1]);
    Ok(vm.alloc(Obj::BoundMethod { func, this }))
}

/// `type.__prepare__(name, bases, **kwargs)`: a fresh dict whatever it
/// is given, so a metaclass's own `__prepare__` can call `super()`'s.
fn type_prepare(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(vm.new_dict())
}

/// The live classes that name `cls` among their bases, oldest first: CPython
/// keeps them in creation order (a class dies only with its cycle, as here).
fn type_subclasses(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "__subclasses__")?;
    let cls = class_arg(vm, &args[0], "__subclasses__")?;
    let mut subs: Vec<(u64, ObjRef)> = vm
        .heap
        .iter_live()
        .filter_map(|r| match vm.heap.get(r) {
            Obj::Class(c) if c.bases.contains(&cls) => Some((c.serial, r)),
            _ => None,
        })
        .collect();
    subs.sort_unstable();
    let items = subs
        .into_iter()
        .map(|(_, c)| vm.dup(&Value::Obj(c)))
        .collect();
    Ok(vm.new_list(items))
}

fn object_getattribute(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "__getattribute__")?;
    let name = str_arg(vm, &args[1], "attribute name")?;
    let sym = vm.intern(&name);
    vm.generic_getattr(&args[0], sym)
}

fn object_delattr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "__delattr__")?;
    let name = str_arg(vm, &args[1], "attribute name")?;
    let sym = vm.intern(&name);
    vm.generic_delattr(&args[0], sym)?;
    Ok(Value::None)
}

/// `object.__dir__`: what `dir(obj)` lists, unsorted order aside.
fn object_dir(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "__dir__")?;
    super::functions::dir_of(vm, &args[0])
}

fn object_format(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    match args.get(1) {
        Some(Value::Str(s)) if !s.is_empty() => {
            let cname = vm.class_name(&args[0]);
            Err(vm.type_error(format!(
                "unsupported format string passed to {cname}.__format__"
            )))
        }
        _ => Ok(Value::Str(vm.str_of(&args[0])?)),
    }
}

// === constructors (args[0] is the class) ===

fn int_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if let Some(c) = subclass_of(vm, args, vm.types.int) {
        let mut a = args.to_vec();
        a[0] = Value::Obj(vm.types.int);
        let v = int_new(vm, &a, kw)?;
        return wrap_builtin(vm, c, v);
    }
    let v = args.get(1);
    let base = args.get(2).or(kwarg(vm, kw, "base")).cloned();
    let Some(v) = v else { return Ok(Value::Int(0)) };
    if let Some(b) = base {
        let b = int_arg(vm, &b)?;
        return match v {
            Value::Str(s) => int_from_str(vm, s, b),
            _ => Err(vm.type_error("int() can't convert non-string with explicit base".into())),
        };
    }
    match v {
        Value::Int(i) => Ok(Value::Int(*i)),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(x) => {
            if x.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer".into()));
            }
            if x.is_infinite() {
                return Err(
                    vm.new_exc_str("OverflowError", "cannot convert float infinity to integer")
                );
            }
            let t = x.trunc();
            if t.abs() >= 9.223_372_036_854_776e18 {
                let b = <num_bigint::BigInt as num_traits::FromPrimitive>::from_f64(t)
                    .unwrap_or_default();
                return vm.int_from_big(b);
            }
            Ok(Value::Int(t as i64))
        }
        Value::Str(s) => int_from_str(vm, s, 10),
        Value::Obj(_) if vm.is_bigint(v) => Ok(vm.dup(v)),
        _ => {
            for name in ["__int__", "__index__", "__trunc__"] {
                let sym = vm.intern(name);
                if vm.has_method(v, sym) {
                    let r = vm.call_method(v, sym, &[])?;
                    // `__trunc__` may return any integral; the others an int.
                    let is_int = matches!(r, Value::Int(_) | Value::Bool(_)) || vm.is_bigint(&r);
                    if !is_int && name != "__trunc__" {
                        let rname = vm.class_name(&r);
                        vm.drop_val(r);
                        return Err(
                            vm.type_error(format!("{name} returned non-int (type {rname})"))
                        );
                    }
                    return Ok(r);
                }
            }
            // PyNumber_Long parses a str subclass once its methods are out.
            if let Some(s) = vm.str_value(v) {
                return int_from_str(vm, &s, 10);
            }
            let cname = vm.class_name(v);
            Err(vm.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{cname}'"
            )))
        }
    }
}

fn int_from_str(vm: &mut Vm, s: &str, base: i64) -> PyResult<Value> {
    match parse::parse_int(s, base) {
        Ok(i) => Ok(Value::Int(i)),
        Err(e) if e == crate::engine::numeric::PyErr::int_overflow() => {
            match parse::parse_big_int(s, base) {
                Some(b) => vm.int_from_big(b),
                None => Err(vm.from_pyerr(e)),
            }
        }
        Err(e) => Err(vm.from_pyerr(e)),
    }
}

fn float_new(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if let Some(c) = subclass_of(vm, args, vm.types.float) {
        let mut a = args.to_vec();
        a[0] = Value::Obj(vm.types.float);
        let v = float_new(vm, &a, _kw)?;
        return wrap_builtin(vm, c, v);
    }
    at_most_one(vm, args, "float")?;
    match args.get(1) {
        None => Ok(Value::Float(0.0)),
        Some(Value::Str(s)) => parse::parse_float(s)
            .map(Value::Float)
            .map_err(|e| vm.from_pyerr(e)),
        Some(v) => {
            let v = v.clone();
            match float_arg(vm, &v) {
                Ok(x) => Ok(Value::Float(x)),
                // Too large an int, or a `__float__` returning another type.
                Err(e) if vm.is_bigint(&v) || vm.has_method(&v, vm.names.float) => Err(e),
                Err(e) if let Some(s) = vm.str_value(&v) => {
                    vm.drop_val(e);
                    parse::parse_float(&s)
                        .map(Value::Float)
                        .map_err(|e| vm.from_pyerr(e))
                }
                Err(e) => {
                    vm.drop_val(e);
                    let cname = vm.class_name(&v);
                    Err(vm.type_error(format!(
                        "float() argument must be a string or a real number, not '{cname}'"
                    )))
                }
            }
        }
    }
}

fn str_new(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if let Some(c) = subclass_of(vm, args, vm.types.str_) {
        let mut a = args.to_vec();
        a[0] = Value::Obj(vm.types.str_);
        let v = str_new(vm, &a, _kw)?;
        return wrap_builtin(vm, c, v);
    }
    if args.len() > 2 || kwarg(vm, _kw, "encoding").is_some() || kwarg(vm, _kw, "errors").is_some()
    {
        return super::bytes::str_decode(vm, args, _kw);
    }
    match args.get(1) {
        None => Ok(Value::str("")),
        Some(v) => Ok(Value::Str(vm.str_of(v)?)),
    }
}

fn bool_new(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    at_most_one(vm, args, "bool")?;
    match args.get(1) {
        None => Ok(Value::Bool(false)),
        Some(v) => {
            let v = v.clone();
            Ok(Value::Bool(vm.truthy(&v)?))
        }
    }
}

/// For a subclass of a builtin, `__new__` makes an instance around an
/// empty or converted builtin value.
fn subclass_of(vm: &Vm, args: &[Value], exact: ObjRef) -> Option<ObjRef> {
    match args.first() {
        Some(Value::Obj(c)) if *c != exact && matches!(vm.heap.get(*c), Obj::Class(_)) => Some(*c),
        _ => None,
    }
}

/// An instance of subclass `cls` backed by `value` (taken).
fn wrap_builtin(vm: &mut Vm, cls: ObjRef, value: Value) -> PyResult<Value> {
    let inst = vm.object_new(cls, &[])?;
    if let Value::Obj(r) = &inst
        && let Obj::Instance(i) = vm.heap.get_mut(*r)
    {
        let old = std::mem::replace(
            &mut i.payload,
            crate::engine::vm::object::Payload::Builtin(value),
        );
        if let crate::engine::vm::object::Payload::Builtin(b) = old {
            vm.drop_val(b);
        }
    }
    Ok(inst)
}

/// The exact type's constructor given more than one argument (after the
/// class itself), in the words of CPython's `_PyArg_CheckPositional`.
fn at_most_one(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<()> {
    if args.len() > 2 {
        let n = args.len() - 1;
        return Err(vm.type_error(format!("{name} expected at most 1 argument, got {n}")));
    }
    Ok(())
}

fn list_new(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    if let Some(c) = subclass_of(vm, args, vm.types.list) {
        return vm.object_new(c, &[]);
    }
    at_most_one(vm, args, "list")?;
    let items = match args.get(1) {
        Some(v) => vm.collect_iterable(v)?,
        None => Vec::new(),
    };
    Ok(vm.new_list(items))
}

fn tuple_new(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if let Some(c) = subclass_of(vm, args, vm.types.tuple) {
        let mut a = args.to_vec();
        a[0] = Value::Obj(vm.types.tuple);
        let t = tuple_new(vm, &a, _kw)?;
        return wrap_builtin(vm, c, t);
    }
    at_most_one(vm, args, "tuple")?;
    if let Some(v @ Value::Obj(r)) = args.get(1)
        && matches!(vm.heap.get(*r), Obj::Tuple(_))
    {
        return Ok(vm.dup(v));
    }
    let items = match args.get(1) {
        Some(v) => vm.collect_iterable(v)?,
        None => Vec::new(),
    };
    Ok(vm.new_tuple(items))
}

fn dict_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if let Some(c) = subclass_of(vm, args, vm.types.dict) {
        return vm.object_new(c, &[]);
    }
    at_most_one(vm, args, "dict")?;
    let d = vm.new_dict();
    if let Some(src) = args.get(1)
        && let Err(e) = vm.dict_update(&d, src, false)
    {
        vm.drop_val(d);
        return Err(e);
    }
    for (k, v) in kw {
        let key = Value::Str(vm.sym_str(*k));
        let v = vm.dup(v);
        vm.dict_set(&d, key, v)?;
    }
    Ok(d)
}

fn set_new(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    if let Some(c) = subclass_of(vm, args, vm.types.set) {
        return vm.object_new(c, &[]);
    }
    at_most_one(vm, args, "set")?;
    let items = match args.get(1) {
        Some(v) => vm.collect_iterable(v)?,
        None => Vec::new(),
    };
    let s = vm.new_set(Vec::new());
    for it in items {
        vm.set_add(&s, it)?;
    }
    Ok(s)
}

fn frozenset_new(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let items = match args.get(1) {
        Some(v) => vm.collect_iterable(v)?,
        None => Vec::new(),
    };
    let s = vm.alloc(Obj::FrozenSet(Box::default()));
    for it in items {
        vm.set_add(&s, it)?;
    }
    Ok(s)
}

fn range_new(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let rest = &args[1..];
    if rest.is_empty() || rest.len() > 3 {
        return Err(vm.type_error(format!(
            "range expected at least 1 argument, got {}",
            rest.len()
        )));
    }
    let mut n = Vec::new();
    for a in rest {
        n.push(int_arg(vm, a)?);
    }
    let (start, stop, step) = match n.len() {
        1 => (0, n[0], 1),
        2 => (n[0], n[1], 1),
        _ => (n[0], n[1], n[2]),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero".into()));
    }
    Ok(vm.alloc(Obj::Range { start, stop, step }))
}

fn slice_new(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let rest: Vec<Value> = args[1..].iter().map(|a| vm.dup(a)).collect();
    let (start, stop, step) = match rest.len() {
        1 => (Value::None, rest[0].clone(), Value::None),
        2 => (rest[0].clone(), rest[1].clone(), Value::None),
        3 => (rest[0].clone(), rest[1].clone(), rest[2].clone()),
        n => return Err(vm.type_error(format!("slice expected at least 1 argument, got {n}"))),
    };
    Ok(vm.alloc(Obj::Slice { start, stop, step }))
}

fn property_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let get = |i: usize, name: &str, vm: &mut Vm| -> Value {
        let v = args
            .get(i)
            .cloned()
            .or_else(|| kwarg(vm, kw, name).cloned())
            .unwrap_or(Value::None);
        vm.dup(&v)
    };
    let fget = get(1, "fget", vm);
    let fset = get(2, "fset", vm);
    let fdel = get(3, "fdel", vm);
    let doc = get(4, "doc", vm);
    Ok(vm.alloc(Obj::Property {
        fget,
        fset,
        fdel,
        doc,
    }))
}

fn property_parts(vm: &mut Vm, p: &Value) -> (Value, Value, Value, Value) {
    match p {
        Value::Obj(r) => match vm.heap.get(*r) {
            Obj::Property {
                fget,
                fset,
                fdel,
                doc,
            } => (fget.clone(), fset.clone(), fdel.clone(), doc.clone()),
            _ => (Value::None, Value::None, Value::None, Value::None),
        },
        _ => (Value::None, Value::None, Value::None, Value::None),
    }
}

fn property_with(vm: &mut Vm, args: &[Value], which: usize) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "property")?;
    let (mut g, mut s, mut d, doc) = property_parts(vm, &args[0]);
    match which {
        0 => g = args[1].clone(),
        1 => s = args[1].clone(),
        _ => d = args[1].clone(),
    }
    let (fget, fset, fdel, doc) = (vm.dup(&g), vm.dup(&s), vm.dup(&d), vm.dup(&doc));
    Ok(vm.alloc(Obj::Property {
        fget,
        fset,
        fdel,
        doc,
    }))
}

fn property_getter(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    property_with(vm, args, 0)
}

fn property_setter(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    property_with(vm, args, 1)
}

fn property_deleter(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    property_with(vm, args, 2)
}

fn property_get(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (g, ..) = property_parts(vm, &args[0]);
    match args.get(1) {
        Some(Value::None) | None => Ok(vm.dup(&args[0])),
        Some(obj) => {
            let obj = obj.clone();
            vm.call_value(&g, &[obj], &[])
        }
    }
}

fn staticmethod_new(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "staticmethod")?;
    let f = vm.dup(&args[1]);
    Ok(vm.alloc(Obj::StaticMethod(f)))
}

fn classmethod_new(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "classmethod")?;
    let f = vm.dup(&args[1]);
    Ok(vm.alloc(Obj::ClassMethod(f)))
}

/// `super()` and `super(cls, obj)`.
fn super_new(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (cls, this) = if args.len() >= 3 {
        match args[1].as_obj() {
            Some(c) => (c, args[2].clone()),
            None => return Err(vm.type_error("super() argument 1 must be a type".into())),
        }
    } else {
        // Zero-argument form: the `__class__` cell and the first argument
        // of the calling frame.
        let Some(f) = vm.frames.last() else {
            return Err(vm.new_exc_str("RuntimeError", "super(): no arguments"));
        };
        let code = f.code.clone();
        if code.argcount == 0 {
            return Err(vm.new_exc_str("RuntimeError", "super(): no arguments"));
        }
        let class_sym = vm.interner.get("__class__");
        let pos = class_sym.and_then(|s| code.freevars.iter().position(|x| *x == s));
        let Some(pos) = pos else {
            return Err(vm.new_exc_str("RuntimeError", "super(): __class__ cell not found"));
        };
        let cell = f.cells[code.cellvars.len() + pos];
        let cls = match vm.heap.get(cell) {
            Obj::Cell(Value::Obj(c)) => *c,
            _ => return Err(vm.new_exc_str("RuntimeError", "super(): empty __class__ cell")),
        };
        let first = if code.argcount > 0 {
            let v = f.locals.first().cloned().unwrap_or(Value::Null);
            if v.is_null() {
                // The first argument may live in a cell.
                match code.cell2arg.iter().position(|a| *a == Some(0)) {
                    Some(ci) => match vm.heap.get(f.cells[ci]) {
                        Obj::Cell(v) => v.clone(),
                        _ => Value::Null,
                    },
                    None => Value::Null,
                }
            } else {
                v
            }
        } else {
            Value::Null
        };
        if first.is_null() {
            return Err(vm.new_exc_str("RuntimeError", "super(): no arguments"));
        }
        (cls, first)
    };
    vm.heap.incref_obj(cls);
    let this = vm.dup(&this);
    Ok(vm.alloc(Obj::Super { class: cls, this }))
}

/// `type.__init__`: the class was made whole by `__new__`; a metaclass's
/// `super().__init__(name, bases, ns)` lands here.
fn type_init(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    if !matches!(args.len(), 2 | 4) {
        return Err(vm.type_error("type.__init__() takes 1 or 3 arguments".into()));
    }
    Ok(Value::None)
}

/// `type.__call__(cls, ...)`: what a metaclass's `super().__call__(...)`
/// reaches: make the instance the usual way.
fn type_call(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let cls = match args.first() {
        Some(Value::Obj(r)) if matches!(vm.heap.get(*r), Obj::Class(_)) => *r,
        _ => {
            return Err(vm.type_error("descriptor '__call__' requires a 'type' object".into()));
        }
    };
    vm.type_call(cls, &args[1..], kw)
}

fn type_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    match args.len() {
        2 => {
            let c = vm.class_of(&args[1]);
            Ok(vm.dup(&Value::Obj(c)))
        }
        4 => {
            let name = str_arg(vm, &args[1], "type.__new__() argument 1")?;
            let bases = vm.tuple_items(&args[2]);
            let ns = vm.dict_items(&args[3]);
            let mut map = crate::engine::vm::symmap::SymMap::new();
            for (k, v) in ns {
                if let Value::Str(s) = k {
                    let sym = vm.intern(&s);
                    let v = vm.dup(&v);
                    if let Some(old) = map.insert(sym, v) {
                        vm.drop_val(old);
                    }
                }
            }
            let meta = match &args[0] {
                Value::Obj(r) if matches!(vm.heap.get(*r), Obj::Class(_)) => *r,
                _ => vm.types.type_,
            };
            vm.make_class_meta(meta, name, &bases, map, kw)
        }
        _ => Err(vm.type_error("type() takes 1 or 3 arguments".into())),
    }
}

fn bytes_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b: Vec<u8> = match args.get(1) {
        None => Vec::new(),
        Some(v) if let Some(s) = vm.str_value(v) => {
            if args.len() < 3 && kwarg(vm, kw, "encoding").is_none() {
                return Err(vm.type_error("string argument without an encoding".into()));
            }
            return super::bytes::encode(vm, &s, &args[1..], kw);
        }
        Some(Value::Int(n)) => {
            if *n < 0 {
                return Err(vm.new_exc("ValueError", "negative count".into()));
            }
            if *n > 100_000_000 {
                return Err(vm.new_exc_str("MemoryError", "bytes too large for coroscope"));
            }
            vec![0; *n as usize]
        }
        Some(v) => {
            if let Some(b) = super::bytes::bytes_of(vm, v) {
                return Ok(vm.alloc(Obj::Bytes(b)));
            }
            let dunder = vm.intern("__bytes__");
            if matches!(v, Value::Obj(_)) && vm.has_method(v, dunder) {
                let r = vm.call_method(v, dunder, &[])?;
                if matches!(&r, Value::Obj(o) if matches!(vm.heap.get(*o), Obj::Bytes(_))) {
                    return Ok(r);
                }
                let cname = vm.class_name(&r);
                vm.drop_val(r);
                return Err(vm.type_error(format!("__bytes__ returned non-bytes (type {cname})")));
            }
            let it = match vm.iter(v) {
                Ok(it) => it,
                Err(e) if vm.exc_is(&e, "TypeError") => {
                    vm.drop_val(e);
                    let cname = vm.class_name(v);
                    return Err(vm.type_error(format!("cannot convert '{cname}' object to bytes")));
                }
                Err(e) => return Err(e),
            };
            let items = vm.collect_iterable(&it);
            vm.drop_val(it);
            let items = items?;
            let mut out = Vec::new();
            for i in &items {
                let n = match int_arg(vm, i) {
                    Ok(n) => n,
                    Err(e) => {
                        vm.heap.decref_all(items);
                        return Err(e);
                    }
                };
                if !(0..=255).contains(&n) {
                    vm.heap.decref_all(items);
                    return Err(vm.new_exc("ValueError", "bytes must be in range(0, 256)".into()));
                }
                out.push(n as u8);
            }
            vm.heap.decref_all(items);
            out
        }
    };
    Ok(vm.alloc(Obj::Bytes(b.into())))
}

// === str ===

fn str_join(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let sep = this_str(vm, args)?;
    check_args(vm, args, 2, 2, "join")?;
    let it = match vm.iter(&args[1]) {
        Ok(it) => it,
        Err(e) => {
            vm.drop_val(e);
            return Err(vm.type_error("can only join an iterable".into()));
        }
    };
    let items = vm.collect_iterable(&it);
    vm.drop_val(it);
    let items = items?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match it {
            Value::Str(s) => out.push_str(s),
            other if let Some(Value::Str(s)) = vm.backing(other) => out.push_str(&s),
            other => {
                let cname = vm.class_name(other);
                vm.heap.decref_all(items);
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {cname} found"
                )));
            }
        }
    }
    vm.heap.decref_all(items);
    Ok(Value::Str(out.into()))
}

fn split_args(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<(Option<Rc<str>>, i64)> {
    let sep = args.get(1).or(kwarg(vm, kw, "sep")).cloned();
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(v) if let Some(s) = vm.str_value(&v) => {
            if s.is_empty() {
                return Err(vm.value_error("empty separator".into()));
            }
            Some(s)
        }
        Some(v) => {
            let cname = vm.class_name(&v);
            return Err(vm.type_error(format!("must be str or None, not {cname}")));
        }
    };
    let max = match args.get(2).or(kwarg(vm, kw, "maxsplit")) {
        Some(v) => {
            let v = v.clone();
            int_arg(vm, &v)?
        }
        None => -1,
    };
    Ok((sep, max))
}

fn str_list(vm: &mut Vm, parts: Vec<String>) -> Value {
    let items = parts.into_iter().map(|p| Value::Str(p.into())).collect();
    vm.new_list(items)
}

fn str_split(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this_str(vm, args)?;
    let (sep, max) = split_args(vm, args, kw)?;
    let parts: Vec<String> = match sep {
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_start_matches(crate::engine::numeric::unicode::is_space);
            while !rest.is_empty() {
                if max >= 0 && out.len() as i64 == max {
                    out.push(rest.to_string());
                    break;
                }
                let end = rest
                    .find(crate::engine::numeric::unicode::is_space)
                    .unwrap_or(rest.len());
                out.push(rest[..end].to_string());
                rest = rest[end..].trim_start_matches(crate::engine::numeric::unicode::is_space);
            }
            out
        }
        Some(sep) => {
            if max < 0 {
                s.split(&*sep).map(String::from).collect()
            } else {
                s.splitn(max as usize + 1, &*sep)
                    .map(String::from)
                    .collect()
            }
        }
    };
    Ok(str_list(vm, parts))
}

fn str_rsplit(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this_str(vm, args)?;
    let (sep, max) = split_args(vm, args, kw)?;
    let mut parts: Vec<String> = match sep {
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_end_matches(crate::engine::numeric::unicode::is_space);
            while !rest.is_empty() {
                if max >= 0 && out.len() as i64 == max {
                    out.push(rest.to_string());
                    break;
                }
                let start = rest
                    .rfind(crate::engine::numeric::unicode::is_space)
                    .map_or(0, |p| {
                        p + rest[p..].chars().next().map_or(1, |c| c.len_utf8())
                    });
                out.push(rest[start..].to_string());
                rest = rest[..start].trim_end_matches(crate::engine::numeric::unicode::is_space);
            }
            out
        }
        Some(sep) => {
            if max < 0 {
                s.rsplit(&*sep).map(String::from).collect()
            } else {
                s.rsplitn(max as usize + 1, &*sep)
                    .map(String::from)
                    .collect()
            }
        }
    };
    parts.reverse();
    Ok(str_list(vm, parts))
}

fn strip_chars(vm: &mut Vm, args: &[Value]) -> PyResult<Option<Vec<char>>> {
    match args.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(c) if let Some(c) = vm.str_value(c) => Ok(Some(c.chars().collect())),
        Some(_) => Err(vm.type_error("strip arg must be None or str".into())),
    }
}

fn str_strip(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let s = this_str(vm, args)?;
    Ok(Value::Str(match strip_chars(vm, args)? {
        None => s
            .trim_matches(crate::engine::numeric::unicode::is_space)
            .into(),
        Some(c) => s.trim_matches(|x| c.contains(&x)).into(),
    }))
}

fn str_lstrip(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let s = this_str(vm, args)?;
    Ok(Value::Str(match strip_chars(vm, args)? {
        None => s
            .trim_start_matches(crate::engine::numeric::unicode::is_space)
            .into(),
        Some(c) => s.trim_start_matches(|x| c.contains(&x)).into(),
    }))
}

fn str_rstrip(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let s = this_str(vm, args)?;
    Ok(Value::Str(match strip_chars(vm, args)? {
        None => s
            .trim_end_matches(crate::engine::numeric::unicode::is_space)
            .into(),
        Some(c) => s.trim_end_matches(|x| c.contains(&x)).into(),
    }))
}

fn str_upper(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Str(this_str(vm, args)?.to_uppercase().into()))
}

fn str_lower(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Str(this_str(vm, args)?.to_lowercase().into()))
}

/// `str.casefold()`: lower case plus the full folds that lengthen (ß → ss).
fn str_casefold(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let s = this_str(vm, args)?;
    let mut out = String::new();
    for c in s.chars() {
        match c {
            'ß' | 'ẞ' => out.push_str("ss"),
            'ﬁ' => out.push_str("fi"),
            'ﬂ' => out.push_str("fl"),
            'ς' => out.push('σ'),
            _ => out.extend(c.to_lowercase()),
        }
    }
    Ok(Value::Str(out.into()))
}

fn str_swapcase(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let s = this_str(vm, args)?;
    let out: String = s
        .chars()
        .flat_map(|c| {
            if c.is_uppercase() {
                c.to_lowercase().collect::<Vec<_>>()
            } else {
                c.to_uppercase().collect::<Vec<_>>()
            }
        })
        .collect();
    Ok(Value::Str(out.into()))
}

fn str_title(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let s = this_str(vm, args)?;
    let mut out = String::new();
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            crate::engine::numeric::unicode::push_title(c, &mut out);
        }
        prev_cased = crate::engine::numeric::unicode::is_cased(c);
    }
    Ok(Value::Str(out.into()))
}

fn str_capitalize(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let s = this_str(vm, args)?;
    let mut cs = s.chars();
    let mut out = String::new();
    if let Some(f) = cs.next() {
        crate::engine::numeric::unicode::push_title(f, &mut out);
        out.extend(cs.flat_map(|c| c.to_lowercase()));
    }
    Ok(Value::Str(out.into()))
}

fn str_replace(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let s = this_str(vm, args)?;
    check_args(vm, args, 3, 4, "replace")?;
    let old = str_arg(vm, &args[1], "replace() argument 1")?;
    let new = str_arg(vm, &args[2], "replace() argument 2")?;
    let count = match args.get(3) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    Ok(Value::Str(
        if count < 0 {
            s.replace(&*old, &new)
        } else {
            s.replacen(&*old, &new, count as usize)
        }
        .into(),
    ))
}

/// A start or end argument of `str.find`, `list.index` and the like:
/// anything with `__index__`, and None too where `none_ok` (CPython's
/// str methods take None, list.index and tuple.index do not).
fn slice_index(vm: &mut Vm, v: &Value, none_ok: bool) -> PyResult<Option<i64>> {
    match v {
        Value::None if none_ok => Ok(None),
        Value::Int(_) | Value::Bool(_) => int_arg(vm, v).map(Some),
        _ if vm.is_bigint(v) || vm.has_method(v, vm.names.index) => int_arg(vm, v).map(Some),
        _ => Err(vm.type_error(if none_ok {
            "slice indices must be integers or None or have an __index__ method".into()
        } else {
            "slice indices must be integers or have an __index__ method".into()
        })),
    }
}

/// The `start:end` window of a str method, clamped to `0..=n`.
fn str_window(vm: &mut Vm, args: &[Value], at: usize, n: i64) -> PyResult<(i64, i64)> {
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    // A start past the end stays there (CPython's ADJUST_INDICES), so that
    // `"abc".find("", 5)` is -1 and `"abc".startswith("", 5)` is False.
    let start = match args.get(at) {
        Some(v) => slice_index(vm, v, true)?.map_or(0, |i| if i < 0 { (i + n).max(0) } else { i }),
        None => 0,
    };
    let end = match args.get(at + 1) {
        Some(v) => slice_index(vm, v, true)?.map_or(n, norm),
        None => n,
    };
    Ok((start, end))
}

fn prefix_test(vm: &mut Vm, args: &[Value], ends: bool) -> PyResult<Value> {
    let s = this_str(vm, args)?;
    check_args(vm, args, 2, 4, if ends { "endswith" } else { "startswith" })?;
    let chars: Vec<char> = s.chars().collect();
    let n = chars.len() as i64;
    let (start, end) = str_window(vm, args, 2, n)?;
    let sub: String = if start <= end {
        chars[start as usize..end as usize].iter().collect()
    } else {
        String::new()
    };
    let past_end = start > end;
    let cands: Vec<Rc<str>> = match &args[1] {
        p if let Some(p) = vm.str_value(p) => vec![p],
        Value::Obj(r) if matches!(vm.heap.get(*r), Obj::Tuple(_)) => {
            let items = vm.tuple_items(&args[1]);
            items.iter().filter_map(|i| vm.str_value(i)).collect()
        }
        v => {
            let cname = vm.class_name(v);
            let what = if ends { "endswith" } else { "startswith" };
            return Err(vm.type_error(format!(
                "{what} first arg must be str or a tuple of str, not {cname}"
            )));
        }
    };
    Ok(Value::Bool(
        !past_end
            && cands.iter().any(|p| {
                if ends {
                    sub.ends_with(&**p)
                } else {
                    sub.starts_with(&**p)
                }
            }),
    ))
}

fn str_startswith(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    prefix_test(vm, args, false)
}

fn str_endswith(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    prefix_test(vm, args, true)
}

/// Character index of `sub` in `s` (searching from the right with `rev`).
fn find_in(s: &str, sub: &str, rev: bool) -> i64 {
    let pos = if rev { s.rfind(sub) } else { s.find(sub) };
    match pos {
        Some(b) => s[..b].chars().count() as i64,
        None => -1,
    }
}

fn find_common(vm: &mut Vm, args: &[Value], rev: bool) -> PyResult<i64> {
    let s = this_str(vm, args)?;
    check_args(vm, args, 2, 4, "find")?;
    let sub = str_arg(vm, &args[1], "")?;
    let chars: Vec<char> = s.chars().collect();
    let n = chars.len() as i64;
    let (start, end) = str_window(vm, args, 2, n)?;
    if start > end {
        return Ok(-1);
    }
    let window: String = chars[start as usize..end as usize].iter().collect();
    let r = find_in(&window, &sub, rev);
    Ok(if r < 0 { -1 } else { r + start })
}

fn str_find(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(find_common(vm, args, false)?))
}

fn str_rfind(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(find_common(vm, args, true)?))
}

fn str_index(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let r = find_common(vm, args, false)?;
    if r < 0 {
        return Err(vm.value_error("substring not found".into()));
    }
    Ok(Value::Int(r))
}

fn str_rindex(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let r = find_common(vm, args, true)?;
    if r < 0 {
        return Err(vm.value_error("substring not found".into()));
    }
    Ok(Value::Int(r))
}

fn str_count(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let s = this_str(vm, args)?;
    check_args(vm, args, 2, 4, "count")?;
    let sub = str_arg(vm, &args[1], "")?;
    let chars: Vec<char> = s.chars().collect();
    let n = chars.len() as i64;
    let (start, end) = str_window(vm, args, 2, n)?;
    if start > end {
        return Ok(Value::Int(0));
    }
    if sub.is_empty() {
        return Ok(Value::Int(end - start + 1));
    }
    let window: String = chars[start as usize..end as usize].iter().collect();
    Ok(Value::Int(window.matches(&*sub).count() as i64))
}

fn str_pred(vm: &mut Vm, args: &[Value], f: fn(&str) -> bool) -> PyResult<Value> {
    let s = this_str(vm, args)?;
    Ok(Value::Bool(f(&s)))
}

fn str_isdigit(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    str_pred(vm, args, |s| {
        !s.is_empty() && s.chars().all(crate::engine::numeric::unicode::is_digit)
    })
}

fn str_isdecimal(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    str_pred(vm, args, |s| {
        !s.is_empty()
            && s.chars()
                .all(|c| crate::engine::numeric::unicode::decimal_value(c).is_some())
    })
}

fn str_isnumeric(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    str_pred(vm, args, |s| {
        !s.is_empty() && s.chars().all(crate::engine::numeric::unicode::is_numeric)
    })
}

fn str_isalpha(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    str_pred(vm, args, |s| {
        !s.is_empty() && s.chars().all(crate::engine::numeric::unicode::is_alpha)
    })
}

fn str_isalnum(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    str_pred(vm, args, |s| {
        !s.is_empty() && s.chars().all(crate::engine::numeric::unicode::is_alnum)
    })
}

fn str_isspace(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    str_pred(vm, args, |s| {
        !s.is_empty() && s.chars().all(crate::engine::numeric::unicode::is_space)
    })
}

fn str_isupper(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    str_pred(vm, args, |s| {
        s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase)
    })
}

fn str_islower(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    str_pred(vm, args, |s| {
        s.chars().any(char::is_lowercase) && !s.chars().any(char::is_uppercase)
    })
}

fn str_isidentifier(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    str_pred(vm, args, |s| {
        let mut cs = s.chars();
        use crate::engine::numeric::unicode::{is_xid_continue, is_xid_start};
        matches!(cs.next(), Some(c) if is_xid_start(c)) && cs.all(is_xid_continue)
    })
}

/// `str.isprintable()`: no control, format, separator or surrogate
/// characters other than the ASCII space. coroscope has no table of
/// unassigned code points, which CPython also counts as unprintable.
fn str_isprintable(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    str_pred(vm, args, |s| {
        s.chars().all(|c| {
            c == ' '
                || !(c.is_control()
                    || c.is_whitespace()
                    || matches!(c,
                        '\u{ad}' | '\u{600}'..='\u{605}' | '\u{61c}' | '\u{6dd}' | '\u{70f}'
                        | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
                        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206f}' | '\u{feff}'
                        | '\u{fff9}'..='\u{fffb}' | '\u{e000}'..='\u{f8ff}'))
        })
    })
}

fn pad_args(vm: &mut Vm, args: &[Value], fname: &str) -> PyResult<(Rc<str>, usize, char)> {
    let s = this_str(vm, args)?;
    check_args(vm, args, 2, 3, fname)?;
    let w = int_arg(vm, &args[1])?.max(0) as usize;
    let fill = match args.get(2).map(|f| vm.str_value(f)) {
        Some(Some(f)) if f.chars().count() == 1 => f.chars().next().unwrap_or(' '),
        Some(_) => {
            return Err(
                vm.type_error("The fill character must be exactly one character long".into())
            );
        }
        None => ' ',
    };
    Ok((s, w, fill))
}

fn str_center(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (s, w, fill) = pad_args(vm, args, "center")?;
    let n = s.chars().count();
    if n >= w {
        return Ok(Value::Str(s));
    }
    let total = w - n;
    // CPython puts the extra pad on the left when the width is odd.
    let left = total / 2 + (total & w & 1);
    let right = total - left;
    let f = fill.to_string();
    Ok(Value::Str(
        format!("{}{}{}", f.repeat(left), s, f.repeat(right)).into(),
    ))
}

fn str_ljust(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (s, w, fill) = pad_args(vm, args, "ljust")?;
    let n = s.chars().count();
    Ok(Value::Str(if n >= w {
        s
    } else {
        format!("{}{}", s, fill.to_string().repeat(w - n)).into()
    }))
}

fn str_rjust(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (s, w, fill) = pad_args(vm, args, "rjust")?;
    let n = s.chars().count();
    Ok(Value::Str(if n >= w {
        s
    } else {
        format!("{}{}", fill.to_string().repeat(w - n), s).into()
    }))
}

fn str_zfill(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let s = this_str(vm, args)?;
    check_args(vm, args, 2, 2, "zfill")?;
    let w = int_arg(vm, &args[1])?.max(0) as usize;
    let n = s.chars().count();
    if n >= w {
        return Ok(Value::Str(s));
    }
    let (sign, rest) = match s.chars().next() {
        Some(c @ ('+' | '-')) => (c.to_string(), &s[1..]),
        _ => (String::new(), &s[..]),
    };
    Ok(Value::Str(
        format!("{sign}{}{rest}", "0".repeat(w - n)).into(),
    ))
}

fn str_splitlines(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this_str(vm, args)?;
    let keep = match args.get(1).or(kwarg(vm, kw, "keepends")) {
        Some(v) => {
            let v = v.clone();
            vm.truthy(&v)?
        }
        None => false,
    };
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        // CPython's line boundaries: also \v, \f, the file/group/record
        // separators, NEL and the Unicode line and paragraph separators.
        if matches!(
            c,
            '\n' | '\r' | '\x0b' | '\x0c' | '\x1c'..='\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}'
        ) {
            let mut end = c.to_string();
            if c == '\r' && chars.peek() == Some(&'\n') {
                chars.next();
                end.push('\n');
            }
            if keep {
                cur.push_str(&end);
            }
            out.push(std::mem::take(&mut cur));
        } else {
            cur.push(c);
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    Ok(str_list(vm, out))
}

fn partition(vm: &mut Vm, args: &[Value], rev: bool) -> PyResult<Value> {
    let s = this_str(vm, args)?;
    check_args(vm, args, 2, 2, "partition")?;
    let sep = str_arg(vm, &args[1], "")?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator".into()));
    }
    let pos = if rev { s.rfind(&*sep) } else { s.find(&*sep) };
    let text = |t: &str| Value::Str(t.into());
    let items = match pos {
        // The separator found is the argument itself, as in CPython, so
        // a str subclass's instance (an enum member) comes back as is.
        Some(p) => vec![text(&s[..p]), vm.dup(&args[1]), text(&s[p + sep.len()..])],
        None if rev => vec![text(""), text(""), text(&s)],
        None => vec![text(&s), text(""), text("")],
    };
    Ok(vm.new_tuple(items))
}

fn str_partition(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    partition(vm, args, false)
}

fn str_rpartition(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    partition(vm, args, true)
}

fn str_encode(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this_str(vm, args)?;
    super::bytes::encode(vm, &s, args, kw)
}

fn str_expandtabs(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this_str(vm, args)?;
    let size = match args
        .get(1)
        .cloned()
        .or_else(|| kwarg(vm, kw, "tabsize").cloned())
    {
        Some(v) => int_arg(vm, &v)?,
        None => 8,
    };
    let mut out = String::new();
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.push_str(&" ".repeat(n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(Value::Str(out.into()))
}

/// `str.maketrans(x[, y[, z]])`: a dict from code points to replacements.
fn str_maketrans(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let is_dict =
        |vm: &Vm, v: &Value| matches!(v, Value::Obj(r) if matches!(vm.heap.get(*r), Obj::Dict(_)));
    if args.len() == 1 && !is_dict(vm, &args[0]) {
        return Err(
            vm.type_error("if you give only one argument to maketrans it must be a dict".into())
        );
    }
    let d = vm.new_dict();
    match args.len() {
        1 => {
            for (k, v) in vm.dict_items(&args[0]) {
                let key = match &k {
                    Value::Str(s) if s.chars().count() == 1 => {
                        Value::Int(s.chars().next().map_or(0, |c| c as i64))
                    }
                    Value::Int(i) => Value::Int(*i),
                    _ => {
                        return Err(vm.type_error(
                            "string keys in translate table must be of length 1".into(),
                        ));
                    }
                };
                let v = vm.dup(&v);
                vm.dict_set(&d, key, v)?;
            }
        }
        2 | 3 => {
            let x = str_arg(vm, &args[0], "maketrans() argument 1")?;
            let y = str_arg(vm, &args[1], "maketrans() argument 2")?;
            if x.chars().count() != y.chars().count() {
                return Err(vm.value_error(
                    "the first two maketrans arguments must have equal length".into(),
                ));
            }
            for (a, b) in x.chars().zip(y.chars()) {
                vm.dict_set(&d, Value::Int(a as i64), Value::Int(b as i64))?;
            }
            if let Some(z) = args.get(2) {
                let z = str_arg(vm, z, "maketrans() argument 3")?;
                for c in z.chars() {
                    vm.dict_set(&d, Value::Int(c as i64), Value::None)?;
                }
            }
        }
        _ => return Err(vm.type_error("maketrans() takes 1 to 3 arguments".into())),
    }
    Ok(d)
}

fn str_translate(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let s = this_str(vm, args)?;
    check_args(vm, args, 2, 2, "translate")?;
    let mut out = String::new();
    for c in s.chars() {
        let r = vm.getitem(&args[1], &Value::Int(c as i64));
        match r {
            Ok(Value::None) => {}
            Ok(Value::Int(i)) => out.push(char::from_u32(i as u32).unwrap_or(c)),
            Ok(Value::Str(t)) => out.push_str(&t),
            Ok(other) => {
                vm.drop_val(other);
                return Err(
                    vm.type_error("character mapping must return integer, None or str".into())
                );
            }
            Err(e) => {
                if vm.exc_is(&e, "LookupError") {
                    vm.drop_val(e);
                    out.push(c);
                } else {
                    return Err(e);
                }
            }
        }
    }
    Ok(Value::Str(out.into()))
}

fn str_isascii(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    str_pred(vm, args, |s| s.is_ascii())
}

fn str_istitle(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    str_pred(vm, args, |s| {
        let mut prev_cased = false;
        let mut any = false;
        for c in s.chars() {
            // Title-case letters (ǅ) start a word as upper case ones do.
            if c.is_uppercase() || crate::engine::numeric::unicode::is_title_letter(c) {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else if c.is_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else {
                prev_cased = false;
            }
        }
        any
    })
}

fn str_format_map(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "format_map")?;
    let items = vm.dict_items(&args[1]);
    let mut kw = Vec::new();
    for (k, v) in items {
        if let Value::Str(s) = k {
            kw.push((vm.intern(&s), v));
        }
    }
    str_format(vm, &args[..1], &kw)
}

fn str_removeprefix(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let s = this_str(vm, args)?;
    check_args(vm, args, 2, 2, "removeprefix")?;
    let p = str_arg(vm, &args[1], "removeprefix() argument")?;
    Ok(Value::Str(s.strip_prefix(&*p).map_or(s.clone(), Rc::from)))
}

fn str_removesuffix(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let s = this_str(vm, args)?;
    check_args(vm, args, 2, 2, "removesuffix")?;
    let p = str_arg(vm, &args[1], "removesuffix() argument")?;
    Ok(Value::Str(s.strip_suffix(&*p).map_or(s.clone(), Rc::from)))
}

fn str_len(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(this_str(vm, args)?.chars().count() as i64))
}

fn str_contains(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "__contains__")?;
    Ok(Value::Bool(vm.contains(&args[0], &args[1])?))
}

fn str_add(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "__add__")?;
    match &args[1] {
        Value::Str(_) => vm.binary_op(&args[0], &args[1], crate::engine::syntax::ast::BinOp::Add),
        _ => Ok(Value::NotImplemented),
    }
}

fn str_mul(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "__mul__")?;
    vm.binary_op(&args[0], &args[1], crate::engine::syntax::ast::BinOp::Mult)
}

fn str_mod(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "__mod__")?;
    vm.percent_format(&args[0], &args[1])
}

fn str_lt(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "__lt__")?;
    match &args[1] {
        Value::Str(_) => vm.rich_compare(&args[0], &args[1], CmpKind::Lt),
        _ => Ok(Value::NotImplemented),
    }
}

fn str_format_method(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "__format__")?;
    let spec = str_arg(vm, &args[1], "format spec")?;
    Ok(Value::Str(vm.format(&args[0], &spec)?))
}

/// `str.format`: `{}`, `{0}`, `{name}`, `{name.attr}`, `{0[key]}`,
/// conversions and format specs (nested `{}` in specs too).
fn str_format(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this_str(vm, args)?;
    let pos = &args[1..];
    let mut auto = 0usize;
    let out = format_template(vm, &s, pos, kw, &mut auto, 0)?;
    Ok(Value::Str(out.into()))
}

fn format_template(
    vm: &mut Vm,
    s: &str,
    pos: &[Value],
    kw: Kw,
    auto: &mut usize,
    depth: usize,
) -> PyResult<String> {
    if depth > 2 {
        return Err(vm.value_error("Max string recursion exceeded".into()));
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching brace, allowing nested fields in the spec.
            let mut level = 1;
            let mut j = i + 1;
            while j < chars.len() && level > 0 {
                match chars[j] {
                    '{' => level += 1,
                    '}' => level -= 1,
                    _ => {}
                }
                if level > 0 {
                    j += 1;
                }
            }
            if i + 1 == chars.len() {
                return Err(vm.value_error("Single '{' encountered in format string".into()));
            }
            if j >= chars.len() {
                return Err(vm.value_error("expected '}' before end of string".into()));
            }
            let field: String = chars[i + 1..j].iter().collect();
            i = j + 1;
            let (name_part, rest) = match field.find(['!', ':']) {
                Some(p) => (&field[..p], &field[p..]),
                None => (&field[..], ""),
            };
            let (conv, spec) = if let Some(r) = rest.strip_prefix('!') {
                let conv = r.chars().next();
                let spec = r.get(1..).unwrap_or("");
                (conv, spec.strip_prefix(':').unwrap_or(""))
            } else {
                (None, rest.strip_prefix(':').unwrap_or(""))
            };
            // The first part: an index, a name, or empty for automatic.
            let first_end = name_part.find(['.', '[']).unwrap_or(name_part.len());
            let first = &name_part[..first_end];
            // `*auto` counts automatic fields; usize::MAX marks that an
            // explicit index was used, and CPython refuses mixing the two.
            if first.is_empty() && *auto == usize::MAX {
                return Err(vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering"
                        .into(),
                ));
            }
            if !first.is_empty() && first.parse::<usize>().is_ok() {
                if *auto != 0 && *auto != usize::MAX {
                    return Err(vm.value_error(
                        "cannot switch from automatic field numbering to manual field specification"
                            .into(),
                    ));
                }
                *auto = usize::MAX;
            }
            let mut value = if first.is_empty() {
                let v = pos.get(*auto).cloned();
                *auto += 1;
                match v {
                    Some(v) => vm.dup(&v),
                    None => {
                        return Err(vm.new_exc(
                            "IndexError",
                            format!(
                                "Replacement index {} out of range for positional args tuple",
                                *auto - 1
                            ),
                        ));
                    }
                }
            } else if let Ok(n) = first.parse::<usize>() {
                match pos.get(n) {
                    Some(v) => vm.dup(v),
                    None => {
                        return Err(vm.new_exc(
                            "IndexError",
                            format!("Replacement index {n} out of range for positional args tuple"),
                        ));
                    }
                }
            } else {
                let sym = vm.intern(first);
                match kw.iter().find(|(k, _)| *k == sym) {
                    Some((_, v)) => vm.dup(v),
                    None => return Err(vm.new_exc("KeyError", first.to_string())),
                }
            };
            // Attribute and index accessors.
            let mut rest = &name_part[first_end..];
            while !rest.is_empty() {
                if let Some(r) = rest.strip_prefix('.') {
                    let end = r.find(['.', '[']).unwrap_or(r.len());
                    let sym = vm.intern(&r[..end]);
                    let nv = vm.getattr(&value, sym);
                    vm.drop_val(value);
                    value = nv?;
                    rest = &r[end..];
                } else if let Some(r) = rest.strip_prefix('[') {
                    let end = r.find(']').unwrap_or(r.len());
                    let key_s = &r[..end];
                    // Only plain digits make an int key: "{0[-1]}" looks up
                    // the string '-1', as CPython's get_integer.
                    let digits = key_s.bytes().all(|b| b.is_ascii_digit());
                    let key = match key_s.parse::<i64>() {
                        Ok(n) if digits => Value::Int(n),
                        _ => Value::Str(key_s.into()),
                    };
                    let nv = vm.getitem(&value, &key);
                    vm.drop_val(value);
                    value = nv?;
                    rest = r.get(end + 1..).unwrap_or("");
                } else {
                    break;
                }
            }
            let spec = if spec.contains('{') {
                format_template(vm, spec, pos, kw, auto, depth + 1)?
            } else {
                spec.to_string()
            };
            let converted = match conv {
                Some('r') => Value::Str(vm.repr(&value)?),
                Some('s') => Value::Str(vm.str_of(&value)?),
                Some('a') => {
                    Value::Str(crate::engine::vm::repr::ascii_of(&vm.repr(&value)?).into())
                }
                Some(other) => {
                    vm.drop_val(value);
                    return Err(vm.value_error(format!("Unknown conversion specifier {other}")));
                }
                None => vm.dup(&value),
            };
            vm.drop_val(value);
            let r = vm.format(&converted, &spec);
            vm.drop_val(converted);
            out.push_str(&r?);
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string".into()));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

// === sequences ===

fn any_len(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(vm.len_of(&args[0])? as i64))
}

fn any_iter(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    if let Value::Obj(r) = &args[0]
        && matches!(vm.heap.get(*r), Obj::Iter(_) | Obj::Gen(_))
    {
        return Ok(vm.dup(&args[0]));
    }
    vm.iter(&args[0])
}

fn any_contains(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "__contains__")?;
    Ok(Value::Bool(vm.contains(&args[0], &args[1])?))
}

fn seq_getitem(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "__getitem__")?;
    vm.getitem(&args[0], &args[1])
}

fn seq_setitem(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 3, 3, "__setitem__")?;
    let v = vm.dup(&args[2]);
    vm.setitem(&args[0], &args[1], v)?;
    Ok(Value::None)
}

fn seq_index(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 4, "index")?;
    let items = vm.tuple_items(&args[0]);
    let n = items.len() as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let start = match args.get(2) {
        Some(v) => slice_index(vm, v, false)?.map_or(0, norm),
        None => 0,
    };
    let end = match args.get(3) {
        Some(v) => slice_index(vm, v, false)?.map_or(n, norm),
        None => n,
    };
    for i in start..end {
        if vm.eq(&items[i as usize], &args[1])? {
            return Ok(Value::Int(i));
        }
    }
    let is_list = matches!(&args[0], Value::Obj(r) if matches!(vm.heap.get(*r), Obj::List(_)));
    if is_list {
        let r = vm.repr(&args[1])?;
        Err(vm.value_error(format!("{r} is not in list")))
    } else {
        Err(vm.value_error("tuple.index(x): x not in tuple".into()))
    }
}

fn seq_count(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "count")?;
    let items = vm.tuple_items(&args[0]);
    let mut n = 0;
    for it in &items {
        if vm.eq(it, &args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

// === list ===

fn list_append(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let r = list_ref(vm, args)?;
    check_args(vm, args, 2, 2, "list.append")?;
    let v = vm.dup(&args[1]);
    list_mut(vm, r).push(v);
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    list_ref(vm, args)?;
    check_args(vm, args, 2, 2, "list.extend")?;
    vm.list_extend(&args[0], &args[1])?;
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let r = list_ref(vm, args)?;
    check_args(vm, args, 3, 3, "insert")?;
    let i = int_arg(vm, &args[1])?;
    let v = vm.dup(&args[2]);
    let l = list_mut(vm, r);
    let n = l.len() as i64;
    let idx = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.insert(idx as usize, v);
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let r = list_ref(vm, args)?;
    check_args(vm, args, 1, 2, "pop")?;
    let i = match args.get(1) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let l = list_mut(vm, r);
    if l.is_empty() {
        return Err(vm.new_exc_str("IndexError", "pop from empty list"));
    }
    let n = l.len() as i64;
    let idx = if i < 0 { i + n } else { i };
    if idx < 0 || idx >= n {
        return Err(vm.new_exc_str("IndexError", "pop index out of range"));
    }
    Ok(l.remove(idx as usize))
}

fn list_remove(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let r = list_ref(vm, args)?;
    check_args(vm, args, 2, 2, "remove")?;
    let items = vm.tuple_items(&args[0]);
    for (i, it) in items.iter().enumerate() {
        if vm.eq(it, &args[1])? {
            let old = list_mut(vm, r).remove(i);
            vm.drop_val(old);
            return Ok(Value::None);
        }
    }
    Err(vm.value_error("list.remove(x): x not in list".into()))
}

fn list_sort(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = list_ref(vm, args)?;
    let key = kwarg(vm, kw, "key").cloned().filter(|k| !k.is_none());
    let reverse = match kwarg(vm, kw, "reverse") {
        Some(v) => {
            let v = v.clone();
            vm.truthy(&v)?
        }
        None => false,
    };
    let items = std::mem::take(list_mut(vm, r));
    let sorted = sort_values(vm, items, key.as_ref(), reverse)?;
    let old = std::mem::replace(list_mut(vm, r), sorted);
    vm.heap.decref_all(old);
    Ok(Value::None)
}

fn list_reverse(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let r = list_ref(vm, args)?;
    list_mut(vm, r).reverse();
    Ok(Value::None)
}

fn list_clear(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let r = list_ref(vm, args)?;
    let old = std::mem::take(list_mut(vm, r));
    // From the end, as CPython's list clear.
    vm.heap.decref_all(old.into_iter().rev());
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    list_ref(vm, args)?;
    let items: Vec<Value> = vm.tuple_items(&args[0]).iter().map(|x| vm.dup(x)).collect();
    Ok(vm.new_list(items))
}

// === dict ===

fn dict_get(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 3, "get")?;
    match vm.dict_get(&args[0], &args[1])? {
        Some(v) => Ok(v),
        None => Ok(args.get(2).map_or(Value::None, |d| vm.dup(d))),
    }
}

fn view(vm: &mut Vm, args: &[Value], kind: ViewKind) -> PyResult<Value> {
    let Some(d) = args[0].as_obj() else {
        return Err(vm.type_error("descriptor requires a dict".into()));
    };
    vm.heap.incref_obj(d);
    Ok(vm.alloc(Obj::DictView { dict: d, kind }))
}

fn dict_keys(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    view(vm, args, ViewKind::Keys)
}

fn dict_values(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    view(vm, args, ViewKind::Values)
}

fn dict_items(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    view(vm, args, ViewKind::Items)
}

fn dict_pop(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 3, "pop")?;
    match vm.dict_remove(&args[0], &args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(d) => Ok(vm.dup(d)),
            None => {
                let k = vm.dup(&args[1]);
                let t = vm.new_tuple(vec![k]);
                let cls = vm.exc_class("KeyError");
                Err(vm.new_exc_obj(cls, t))
            }
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let last = match &args[0] {
        Value::Obj(r) => match vm.heap.get(*r) {
            Obj::Dict(d) => d.last_index(),
            _ => None,
        },
        _ => None,
    };
    let Some(i) = last else {
        return Err(vm.new_exc_str("KeyError", "popitem(): dictionary is empty"));
    };
    let (k, v) = match &args[0] {
        Value::Obj(r) => match vm.heap.get_mut(*r) {
            Obj::Dict(d) => d.remove_entry(i),
            _ => unreachable!("checked"),
        },
        _ => unreachable!("checked"),
    };
    if let Some(o) = vm.dict_owner(&args[0]) {
        vm.dict_wrote(&args[0], o, &k);
    }
    Ok(vm.new_tuple(vec![k, v]))
}

/// `slice.indices(length)`: start, stop and step clamped to a sequence of
/// that length.
fn slice_indices(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "indices")?;
    let n = match &args[1] {
        Value::Int(n) => *n,
        Value::Bool(b) => *b as i64,
        _ => {
            let cname = vm.class_name(&args[1]);
            return Err(vm.type_error(format!(
                "'{cname}' object cannot be interpreted as an integer"
            )));
        }
    };
    if n < 0 {
        return Err(vm.value_error("length should not be negative".into()));
    }
    let Some((a, b, c)) = vm.slice_indices(&args[0], n as usize)? else {
        return Err(vm.type_error("descriptor 'indices' requires a 'slice' object".into()));
    };
    Ok(vm.new_tuple(vec![Value::Int(a), Value::Int(b), Value::Int(c)]))
}

fn dict_setdefault(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 3, "setdefault")?;
    if let Some(v) = vm.dict_get(&args[0], &args[1])? {
        return Ok(v);
    }
    let d = args.get(2).cloned().unwrap_or(Value::None);
    let k = vm.dup(&args[1]);
    let v = vm.dup(&d);
    vm.dict_set(&args[0], k, v)?;
    Ok(vm.dup(&d))
}

fn dict_update(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 2, "update")?;
    if let Some(o) = args.get(1) {
        vm.dict_update(&args[0], o, false)?;
    }
    for (k, v) in kw {
        let key = Value::Str(vm.sym_str(*k));
        let v = vm.dup(v);
        vm.dict_set(&args[0], key, v)?;
    }
    Ok(Value::None)
}

fn dict_clear(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let mut old = Vec::new();
    if vm.is_set_like(&args[0]) {
        vm.set_clear(&args[0]);
        return Ok(Value::None);
    }
    if let Value::Obj(r) = &args[0]
        && let Obj::Dict(d) = vm.heap.get_mut(*r)
    {
        d.clear(&mut old);
    }
    vm.heap.decref_all(old);
    if let Some(o) = vm.dict_owner(&args[0]) {
        vm.dict_wrote_all(&args[0], o);
    }
    Ok(Value::None)
}

fn dict_copy(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let d = vm.new_dict();
    vm.dict_update(&d, &args[0], false)?;
    Ok(d)
}

fn dict_fromkeys(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 3, "fromkeys")?;
    let keys = vm.collect_iterable(&args[1])?;
    let v = args.get(2).cloned().unwrap_or(Value::None);
    if !matches!(&args[0], Value::Obj(c) if *c == vm.types.dict) {
        // A subclass (`OrderedDict.fromkeys`): an instance of it, filled
        // through its own `__setitem__`, as CPython does.
        let d = match vm.call_value(&args[0], &[], &[]) {
            Ok(d) => d,
            Err(e) => {
                vm.heap.decref_all(keys);
                return Err(e);
            }
        };
        let mut keys = keys.into_iter();
        while let Some(k) = keys.next() {
            let v = vm.dup(&v);
            let r = vm.setitem(&d, &k, v);
            vm.drop_val(k);
            if let Err(e) = r {
                vm.heap.decref_all(keys);
                vm.drop_val(d);
                return Err(e);
            }
        }
        return Ok(d);
    }
    let d = vm.new_dict();
    for k in keys {
        let v = vm.dup(&v);
        vm.dict_set(&d, k, v)?;
    }
    Ok(d)
}

// === set ===

fn set_add(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "add")?;
    let v = vm.dup(&args[1]);
    vm.set_add(&args[0], v)?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "remove")?;
    match vm.dict_remove(&args[0], &args[1])? {
        Some(v) => {
            vm.drop_val(v);
            Ok(Value::None)
        }
        None => {
            let k = vm.dup(&args[1]);
            let t = vm.new_tuple(vec![k]);
            let cls = vm.exc_class("KeyError");
            Err(vm.new_exc_obj(cls, t))
        }
    }
}

fn set_discard(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "discard")?;
    if let Some(v) = vm.dict_remove(&args[0], &args[1])? {
        vm.drop_val(v);
    }
    Ok(Value::None)
}

fn set_pop(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    match vm.set_pop_item(&args[0]) {
        Some(k) => Ok(k),
        None => Err(vm.new_exc_str("KeyError", "pop from an empty set")),
    }
}

fn set_op(vm: &mut Vm, args: &[Value], op: crate::engine::syntax::ast::BinOp) -> PyResult<Value> {
    let mut acc = vm.dup(&args[0]);
    let is_frozen =
        matches!(&args[0], Value::Obj(r) if matches!(vm.heap.get(*r), Obj::FrozenSet(_)));
    if args.len() == 1 {
        let items: Vec<Value> = vm.dict_keys(&acc).iter().map(|k| vm.dup(k)).collect();
        vm.drop_val(acc);
        let s = if is_frozen {
            vm.alloc(Obj::FrozenSet(Box::default()))
        } else {
            vm.new_set(Vec::new())
        };
        for k in items {
            vm.set_add(&s, k)?;
        }
        return Ok(s);
    }
    for other in &args[1..] {
        let items = vm.collect_iterable(other)?;
        let tmp = vm.new_set(Vec::new());
        for it in items {
            vm.set_add(&tmp, it)?;
        }
        let r = vm.container_op(&acc, &tmp, op);
        vm.drop_val(tmp);
        let r = r?.unwrap_or(Value::None);
        vm.drop_val(acc);
        acc = r;
    }
    Ok(acc)
}

fn set_union(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    set_op(vm, args, crate::engine::syntax::ast::BinOp::BitOr)
}

fn set_intersection(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    set_op(vm, args, crate::engine::syntax::ast::BinOp::BitAnd)
}

fn set_difference(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    set_op(vm, args, crate::engine::syntax::ast::BinOp::Sub)
}

fn set_symmetric_difference(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    set_op(vm, args, crate::engine::syntax::ast::BinOp::BitXor)
}

fn set_update_op(
    vm: &mut Vm,
    args: &[Value],
    op: crate::engine::syntax::ast::BinOp,
) -> PyResult<Value> {
    let r = set_op(vm, args, op)?;
    vm.set_replace_contents(&args[0], &r)?;
    vm.drop_val(r);
    Ok(Value::None)
}

fn set_update(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    for other in &args[1..] {
        let items = vm.collect_iterable(other)?;
        for it in items {
            vm.set_add(&args[0], it)?;
        }
    }
    Ok(Value::None)
}

fn set_intersection_update(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    set_update_op(vm, args, crate::engine::syntax::ast::BinOp::BitAnd)
}

fn set_difference_update(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    set_update_op(vm, args, crate::engine::syntax::ast::BinOp::Sub)
}

fn as_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let items = vm.collect_iterable(v)?;
    let s = vm.new_set(Vec::new());
    for it in items {
        vm.set_add(&s, it)?;
    }
    Ok(s)
}

fn set_issubset(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "issubset")?;
    let o = as_set(vm, &args[1])?;
    let r = vm.set_is_subset(&args[0], &o);
    vm.drop_val(o);
    Ok(Value::Bool(r?))
}

fn set_issuperset(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "issuperset")?;
    let o = as_set(vm, &args[1])?;
    let r = vm.set_is_subset(&o, &args[0]);
    vm.drop_val(o);
    Ok(Value::Bool(r?))
}

fn set_isdisjoint(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "isdisjoint")?;
    let items = vm.collect_iterable(&args[1])?;
    let mut disjoint = true;
    for it in &items {
        if vm.contains(&args[0], it)? {
            disjoint = false;
            break;
        }
    }
    vm.heap.decref_all(items);
    Ok(Value::Bool(disjoint))
}

fn set_copy(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    set_op(vm, &args[..1], crate::engine::syntax::ast::BinOp::BitOr)
}

// === numbers, bytes ===

fn int_bit_length(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    if let Some(b) = vm.big_obj(&args[0]) {
        return Ok(Value::Int(b.bits() as i64));
    }
    let i = int_arg(vm, &args[0])?;
    Ok(Value::Int(64 - i.unsigned_abs().leading_zeros() as i64))
}

/// `int.bit_count()`: the ones in the binary form of `abs(n)`.
fn int_bit_count(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    if let Some(b) = vm.big_obj(&args[0]) {
        let ones: u64 = b
            .magnitude()
            .iter_u64_digits()
            .map(|d| d.count_ones() as u64)
            .sum();
        return Ok(Value::Int(ones as i64));
    }
    let i = int_arg(vm, &args[0])?;
    Ok(Value::Int(i.unsigned_abs().count_ones() as i64))
}

fn int_index(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    if vm.is_bigint(&args[0]) {
        return Ok(vm.dup(&args[0]));
    }
    Ok(Value::Int(int_arg(vm, &args[0])?))
}

fn float_is_integer(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let x = float_arg(vm, &args[0])?;
    Ok(Value::Bool(x.is_finite() && x.fract() == 0.0))
}

fn float_as_integer_ratio(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let x = float_arg(vm, &args[0])?;
    let (n, d) = match crate::engine::numeric::arith::float_as_integer_ratio(x) {
        Ok((n, d)) => (Value::Int(n), Value::Int(d)),
        // Past 64 bits (1e300, 1e-300, most floats with a fraction above
        // 2**10): the same ratio in big ints.
        Err(_) if x.is_finite() => {
            let (m, e) = crate::engine::numeric::arith::float_ratio_parts(x);
            let mut n = num_bigint::BigInt::from(m);
            let mut d = num_bigint::BigInt::from(1u8);
            if e >= 0 {
                n <<= e as usize;
            } else {
                d <<= (-e) as usize;
            }
            if x < 0.0 {
                n = -n;
            }
            let n = vm.int_from_big(n)?;
            let d = vm.int_from_big(d)?;
            (n, d)
        }
        Err(e) => return Err(vm.from_pyerr(e)),
    };
    Ok(vm.new_tuple(vec![n, d]))
}

fn int_as_integer_ratio(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let i = int_arg(vm, &args[0])?;
    Ok(vm.new_tuple(vec![Value::Int(i), Value::Int(1)]))
}

/// `float.hex()`: `0x1.999999999999ap-4`.
/// `float.fromhex(s)`: `[sign]0xH.HHHp[sign]D`, exact (rounded to nearest
/// when there are more than 53 bits of mantissa).
fn float_fromhex(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let s = match args.get(1) {
        Some(Value::Str(s)) => s.clone(),
        Some(v) => {
            let cname = vm.class_name(v);
            return Err(vm.type_error(format!("must be str, not {cname}")));
        }
        None => return Err(vm.type_error("fromhex() takes exactly one argument (0 given)".into())),
    };
    let bad = |vm: &mut Vm| {
        vm.new_exc(
            "ValueError",
            "invalid hexadecimal floating-point string".into(),
        )
    };
    let t = s.trim();
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(x) = special {
        return Ok(Value::Float(if neg { -x } else { x }));
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match body.split_once('p') {
        Some((m, e)) => match e.parse::<i64>() {
            Ok(e) => (m, e),
            Err(_) => return Err(bad(vm)),
        },
        None => (body, 0),
    };
    let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(bad(vm));
    }
    // Accumulate up to 64 significant bits exactly, track the rest as a
    // sticky bit, then let the float conversion round once.
    let mut m: u64 = 0;
    let mut e2: i64 = exp;
    let mut sticky = false;
    for (i, c) in int_part.chars().chain(frac_part.chars()).enumerate() {
        let Some(d) = c.to_digit(16) else {
            return Err(bad(vm));
        };
        let in_frac = i >= int_part.len();
        if m >> 60 == 0 {
            m = (m << 4) | d as u64;
            if in_frac {
                e2 -= 4;
            }
        } else {
            sticky |= d != 0;
            if !in_frac {
                e2 += 4;
            }
        }
    }
    if m == 0 {
        return Ok(Value::Float(if neg { -0.0 } else { 0.0 }));
    }
    // Round the 64-bit mantissa to 53 bits by hand (ties to even, with the
    // sticky bit), then scale: powi is exact for powers of two.
    let lead = 63 - m.leading_zeros() as i64;
    let drop = (lead - 52).max(0);
    let mut top = m >> drop;
    if drop > 0 {
        let rest = m & ((1u64 << drop) - 1);
        let half = 1u64 << (drop - 1);
        if rest > half || (rest == half && (sticky || top & 1 == 1)) {
            top += 1;
        }
    }
    let scale = e2 + drop;
    let mut x = top as f64;
    let mut left = scale.clamp(-3000, 3000);
    while left != 0 {
        let step = left.clamp(-1000, 1000);
        x *= 2f64.powi(step as i32);
        left -= step;
    }
    if x.is_infinite() {
        return Err(vm.new_exc(
            "OverflowError",
            "hexadecimal value too large to represent as a float".into(),
        ));
    }
    Ok(Value::Float(if neg { -x } else { x }))
}

fn float_hex(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let x = float_arg(vm, &args[0])?;
    let s = if x.is_nan() {
        "nan".to_string()
    } else if x.is_infinite() {
        if x > 0.0 { "inf".into() } else { "-inf".into() }
    } else if x == 0.0 {
        if x.is_sign_negative() {
            "-0x0.0p+0".into()
        } else {
            "0x0.0p+0".into()
        }
    } else {
        let bits = x.to_bits();
        let sign = if bits >> 63 == 1 { "-" } else { "" };
        let exp = ((bits >> 52) & 0x7ff) as i64;
        let mant = bits & ((1u64 << 52) - 1);
        let (lead, e) = if exp == 0 {
            (0, -1022)
        } else {
            (1, exp - 1023)
        };
        // All 13 digits, trailing zeros too, as CPython's float.hex.
        let hex = format!("{mant:013x}");
        format!(
            "{sign}0x{lead}.{hex}p{}{}",
            if e >= 0 { "+" } else { "-" },
            e.abs()
        )
    };
    Ok(Value::Str(s.into()))
}

fn range_parts(vm: &Vm, v: &Value) -> Option<(i64, i64, i64)> {
    match v {
        Value::Obj(r) => match vm.heap.get(*r) {
            Obj::Range { start, stop, step } => Some((*start, *stop, *step)),
            _ => None,
        },
        _ => None,
    }
}

fn range_index(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "index")?;
    let (start, _, step) = range_parts(vm, &args[0]).unwrap_or((0, 0, 1));
    if vm.contains(&args[0], &args[1])?
        && let Value::Int(i) = &args[1]
    {
        return Ok(Value::Int((i - start) / step));
    }
    let r = vm.repr(&args[1])?;
    Err(vm.value_error(format!("{r} is not in range")))
}

fn range_count(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "count")?;
    Ok(Value::Int(vm.contains(&args[0], &args[1])? as i64))
}

// === generators ===

fn gen_ref(vm: &mut Vm, args: &[Value]) -> PyResult<ObjRef> {
    match args.first() {
        Some(Value::Obj(r)) if matches!(vm.heap.get(*r), Obj::Gen(_)) => Ok(*r),
        _ => Err(vm.type_error("descriptor requires a generator".into())),
    }
}

/// The type name CPython's argument-count messages give a generator's
/// or coroutine's `send` and `close`.
fn gen_owner(vm: &Vm, g: ObjRef) -> &'static str {
    match vm.heap.get(g) {
        Obj::Gen(x) if x.kind == GenKind::Coroutine => "coroutine",
        _ => "generator",
    }
}

fn gen_send(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let g = gen_ref(vm, args)?;
    if args.len() != 2 {
        let owner = gen_owner(vm, g);
        return Err(vm.type_error(format!(
            "{owner}.send() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    let v = vm.dup(&args[1]);
    vm.gen_send(g, v)
}

fn gen_next(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    if let Some(Value::Obj(r)) = args.first()
        && matches!(vm.heap.get(*r), Obj::Gen(g) if g.kind == GenKind::Generator)
    {
        return vm.gen_send(*r, Value::None);
    }
    vm.next_raw(&args[0])
}

fn gen_throw(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let g = gen_ref(vm, args)?;
    // Counted without the generator itself, as CPython counts them.
    check_args(vm, &args[1..], 1, 3, "throw")?;
    let exc = vm.throw_args_exception(&args[1], args.get(2))?;
    vm.gen_throw(g, exc)
}

fn gen_close(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let g = gen_ref(vm, args)?;
    if args.len() != 1 {
        let owner = gen_owner(vm, g);
        return Err(vm.type_error(format!(
            "{owner}.close() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    vm.gen_close(g)?;
    Ok(Value::None)
}

fn coro_await(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    gen_ref(vm, args)?;
    let coro = vm.dup(&args[0]);
    Ok(vm.alloc(Obj::Iter(Box::new(
        crate::engine::vm::object::IterState::CoroWrapper { coro },
    ))))
}

fn wrapped_coro(vm: &mut Vm, args: &[Value]) -> PyResult<ObjRef> {
    let found = match args.first() {
        Some(Value::Obj(r)) => match vm.heap.get(*r) {
            Obj::Iter(s) => match &**s {
                crate::engine::vm::object::IterState::CoroWrapper { coro } => coro.as_obj(),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    };
    found.ok_or_else(|| vm.type_error("descriptor requires a coroutine_wrapper".into()))
}

fn wrapper_send(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let c = wrapped_coro(vm, args)?;
    let v = args.get(1).cloned().unwrap_or(Value::None);
    let v = vm.dup(&v);
    vm.gen_send(c, v)
}

fn wrapper_throw(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let c = wrapped_coro(vm, args)?;
    check_args(vm, &args[1..], 1, 3, "throw")?;
    let e = vm.throw_args_exception(&args[1], args.get(2))?;
    vm.gen_throw(c, e)
}

fn wrapper_close(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let c = wrapped_coro(vm, args)?;
    vm.gen_close(c)?;
    Ok(Value::None)
}

// === exceptions ===

fn exc_init(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let items: Vec<Value> = args[1..].iter().map(|a| vm.dup(a)).collect();
    let t = vm.new_tuple(items);
    match vm.exc_data_mut(&args[0]) {
        Some(d) => {
            let old = std::mem::replace(&mut d.args, t);
            vm.drop_val(old);
        }
        None => vm.drop_val(t),
    }
    Ok(Value::None)
}

fn exc_with_traceback(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(vm.dup(&args[0]))
}

/// `BaseException.add_note`: appends to the `__notes__` list, making it on
/// first use.
fn exc_add_note(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "add_note")?;
    let note = &args[1];
    if !matches!(note, Value::Str(_)) {
        let t = vm.class_name(note);
        return Err(vm.type_error(format!("note must be a str, not '{t}'")));
    }
    let sym = vm.intern("__notes__");
    match vm.getattr_opt(&args[0], sym)? {
        Some(Value::Obj(r)) if matches!(vm.heap.get(r), Obj::List(_)) => {
            let n = vm.dup(note);
            if let Obj::List(l) = vm.heap.get_mut(r) {
                l.push(n);
            }
            vm.heap.decref_obj(r);
        }
        Some(other) => {
            vm.drop_val(other);
            return Err(vm.type_error("Cannot add note: __notes__ is not a list".into()));
        }
        None => {
            let n = vm.dup(note);
            let list = vm.new_list(vec![n]);
            vm.setattr(&args[0], sym, list)?;
        }
    }
    Ok(Value::None)
}

fn list_init(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let r = list_ref(vm, args)?;
    let items = match args.get(1) {
        Some(v) => vm.collect_iterable(v)?,
        None => Vec::new(),
    };
    let old = std::mem::replace(list_mut(vm, r), items);
    vm.heap.decref_all(old);
    Ok(Value::None)
}

fn dict_init(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if let Some(src) = args.get(1) {
        vm.dict_update(&args[0], src, false)?;
    }
    for (k, v) in kw {
        let key = Value::Str(vm.sym_str(*k));
        let v = vm.dup(v);
        vm.dict_set(&args[0], key, v)?;
    }
    Ok(Value::None)
}

fn set_init(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    if let Some(src) = args.get(1) {
        let items = vm.collect_iterable(src)?;
        for it in items {
            vm.set_add(&args[0], it)?;
        }
    }
    Ok(Value::None)
}

fn builtin_repr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Str(vm.repr(&args[0])?))
}

fn builtin_eq(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "__eq__")?;
    let other = vm.backing(&args[1]).unwrap_or_else(|| args[1].clone());
    vm.rich_compare(&args[0], &other, CmpKind::Eq)
}

fn builtin_hash(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(vm.hash(&args[0])?))
}
