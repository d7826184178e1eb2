//! The builtin functions (`print`, `len`, `range`, `sorted`, ...).

use super::methods::sort_values;
use super::{check_args, def_fn, def_static, int_arg, kwarg, set_attr};
use crate::engine::intern::Sym;
use crate::engine::vm::Vm;
use crate::engine::vm::object::{GenKind, IterState, Obj, PyResult};
use crate::engine::vm::value::{ObjRef, Value};

type Kw<'a> = &'a [(Sym, Value)];

pub fn install(vm: &mut Vm) {
    let b = vm.builtins;
    let fns: &[(&'static str, crate::engine::vm::object::NativeImpl)] = &[
        ("print", print),
        // The site module's `exit()` and `quit()`, which scripts call.
        ("exit", super::modules::quitter_exit),
        ("quit", super::modules::quitter_exit),
        ("len", len),
        ("repr", repr),
        ("abs", abs),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("hasattr", hasattr),
        ("getattr", getattr),
        ("setattr", setattr),
        ("delattr", delattr),
        ("callable", callable),
        ("id", id),
        ("hash", hash),
        ("iter", iter),
        ("next", next),
        ("sorted", sorted),
        ("min", min),
        ("max", max),
        ("sum", sum),
        ("any", any),
        ("all", all),
        ("divmod", divmod),
        ("round", round),
        ("chr", chr),
        ("ord", ord),
        ("format", format),
        ("__build_class__", build_class),
        ("globals", globals),
        ("locals", locals),
        ("__import__", dunder_import),
        ("eval", super::evaluate::eval),
        ("exec", super::evaluate::exec),
        ("compile", super::evaluate::compile),
        ("vars", vars),
        ("dir", dir),
        ("pow", pow),
        ("hex", hex),
        ("bin", bin),
        ("oct", oct),
        ("input", input),
        ("aiter", aiter),
        ("anext", anext),
        ("open", open),
        ("ascii", ascii),
    ];
    for (name, f) in fns {
        def_fn(vm, b, "builtins", name, *f);
    }
    // Types are callables too.
    let t = vm.types.clone();
    let pairs = [
        ("object", t.object),
        ("type", t.type_),
        ("int", t.int),
        ("bool", t.bool_),
        ("float", t.float),
        ("str", t.str_),
        ("bytes", t.bytes),
        ("list", t.list),
        ("tuple", t.tuple),
        ("dict", t.dict),
        ("set", t.set),
        ("frozenset", t.frozenset),
        ("range", t.range),
        ("slice", t.slice),
        ("property", t.property),
        ("staticmethod", t.staticmethod),
        ("classmethod", t.classmethod),
        ("super", t.super_),
        ("enumerate", t.enumerate),
        ("zip", t.zip),
        ("map", t.map),
        ("filter", t.filter),
        ("reversed", t.reversed),
    ];
    for (name, cls) in pairs {
        vm.heap.incref_obj(cls);
        set_attr(vm, b, name, Value::Obj(cls));
    }
    // The iterator classes are made by their `__new__` (`isinstance(x, map)`
    // and `print(zip)` see the class, as in CPython).
    for (cls, name, f) in [
        (
            t.enumerate,
            "enumerate",
            enumerate_new as crate::engine::vm::object::NativeImpl,
        ),
        (t.zip, "zip", zip_new),
        (t.map, "map", map_new),
        (t.filter, "filter", filter_new),
        (t.reversed, "reversed", reversed_new),
    ] {
        def_static(vm, cls, name, "__new__", f);
    }
    let excs: Vec<(&'static str, crate::engine::vm::value::ObjRef)> =
        vm.types.exc.iter().map(|(k, v)| (*k, *v)).collect();
    let mut excs = excs;
    excs.sort_unstable();
    for (name, cls) in excs {
        if matches!(
            name,
            "CancelledError" | "InvalidStateError" | "QueueEmpty" | "QueueFull"
        ) {
            continue;
        }
        vm.heap.incref_obj(cls);
        set_attr(vm, b, name, Value::Obj(cls));
    }
    // The old names of OSError (PEP 3151): the same class.
    for alias in ["IOError", "EnvironmentError"] {
        let os_error = vm.types.exc["OSError"];
        vm.heap.incref_obj(os_error);
        set_attr(vm, b, alias, Value::Obj(os_error));
    }
    set_attr(vm, b, "None", Value::None);
    set_attr(vm, b, "NotImplemented", Value::NotImplemented);
    set_attr(vm, b, "Ellipsis", Value::Ellipsis);
    set_attr(vm, b, "__name__", Value::str("builtins"));
}

fn print(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if let Some((name, _)) = kw
        .iter()
        .find(|(k, _)| !matches!(&*vm.sym_str(*k), "sep" | "end" | "file" | "flush"))
    {
        let name = vm.sym_str(*name);
        return Err(vm.type_error(format!(
            "'{name}' is an invalid keyword argument for print()"
        )));
    }
    let sep = match kwarg(vm, kw, "sep") {
        Some(Value::Str(s)) => s.to_string(),
        Some(v) if let Some(s) = vm.str_value(v) => s.to_string(),
        Some(Value::None) | None => " ".to_string(),
        Some(other) => {
            let cname = vm.class_name(other);
            return Err(vm.type_error(format!("sep must be None or a string, not {cname}")));
        }
    };
    let end = match kwarg(vm, kw, "end") {
        Some(Value::Str(s)) => s.to_string(),
        Some(v) if let Some(s) = vm.str_value(v) => s.to_string(),
        Some(Value::None) | None => "\n".to_string(),
        Some(other) => {
            let cname = vm.class_name(other);
            return Err(vm.type_error(format!("end must be None or a string, not {cname}")));
        }
    };
    // No `file`, and `sys` never imported: the program's own stdout.
    let file = match kwarg(vm, kw, "file") {
        Some(Value::None) | None => vm.sys_stdout(),
        Some(f) => Some(f.clone()),
    };
    let (file, target) = match file {
        Some(f) => {
            let t = vm.stream_target(&f);
            (f, t)
        }
        None => (Value::None, StreamTarget::Stdout),
    };
    if target == StreamTarget::Object {
        // A stream object (a StringIO, sys.stdout replaced by
        // redirect_stdout, a class with write()): CPython writes each
        // piece with its own write() call.
        let write = vm.intern("write");
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                let r = vm.call_method(&file, write, &[Value::Str(sep.as_str().into())])?;
                vm.drop_val(r);
            }
            let s = vm.str_of(a)?;
            let r = vm.call_method(&file, write, &[Value::Str(s)])?;
            vm.drop_val(r);
        }
        let r = vm.call_method(&file, write, &[Value::Str(end.as_str().into())])?;
        vm.drop_val(r);
        return Ok(Value::None);
    }
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&vm.str_of(a)?);
    }
    out.push_str(&end);
    match target {
        StreamTarget::Stderr => vm.write_stderr_raw(&out),
        StreamTarget::Stdout => vm.write_stdout(&out)?,
        StreamTarget::Nothing | StreamTarget::Object => {}
    }
    Ok(Value::None)
}

/// Where text written to a stream object goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StreamTarget {
    Stdout,
    Stderr,
    /// `None` (as `sys.stdout = None` makes print silent).
    Nothing,
    /// Anything else: its `write` method is called.
    Object,
}

impl Vm {
    /// `sys.stdout` as the program sees it now, or `None` when `sys` was
    /// never imported (so nothing can have replaced it).
    pub fn sys_stdout(&mut self) -> Option<Value> {
        let sys = self.modules.get("sys").copied()?;
        let sym = self.intern("stdout");
        Some(self.ns_get(sys, sym).unwrap_or(Value::None))
    }

    pub fn stream_target(&mut self, file: &Value) -> StreamTarget {
        let target = match file {
            Value::None => return StreamTarget::Nothing,
            Value::Obj(r) => match self.heap.get(*r) {
                Obj::Module(m) if &*m.name == "sys.stdout" => StreamTarget::Stdout,
                Obj::Module(m) if &*m.name == "sys.stderr" => StreamTarget::Stderr,
                _ => return StreamTarget::Object,
            },
            _ => return StreamTarget::Object,
        };
        // A program may replace `sys.stdout.write` itself (Fluent Python's
        // LookingGlass): print then goes through the replacement.
        let Value::Obj(stream) = file else {
            return target;
        };
        let write = self.intern("write");
        match self.ns_get(*stream, write) {
            Some(Value::Obj(f)) => match self.heap.get(f) {
                Obj::Native(n) if n.name == "write" && n.owner.starts_with("sys.std") => target,
                _ => StreamTarget::Object,
            },
            _ => StreamTarget::Object,
        }
    }
}

fn len(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "len")?;
    Ok(Value::Int(vm.len_of(&args[0])? as i64))
}

fn repr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "repr")?;
    Ok(Value::Str(vm.repr(&args[0])?))
}

fn ascii(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "ascii")?;
    let r = vm.repr(&args[0])?;
    Ok(Value::Str(crate::engine::vm::repr::ascii_of(&r).into()))
}

fn abs(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "abs")?;
    match &args[0] {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => Ok(Value::Int(a)),
            // Only i64::MIN has no 64-bit absolute value.
            None => vm.int_from_big(-num_bigint::BigInt::from(*i)),
        },
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(x) => Ok(Value::Float(x.abs())),
        v if vm.is_bigint(v) => {
            let b = vm.big_of(v).expect("checked");
            vm.int_from_big(num_traits::Signed::abs(&b))
        }
        v => {
            let s = vm.names.abs;
            if vm.has_method(v, s) {
                return vm.call_method(v, s, &[]);
            }
            let cname = vm.class_name(v);
            Err(vm.type_error(format!("bad operand type for abs(): '{cname}'")))
        }
    }
}

/// The classes `isinstance` and `issubclass` test against, in order, up
/// to the first entry that is not a class; the flag says whether there was
/// one. CPython tests the classes before it first, so
/// `isinstance(1, (int, 1))` is True and only a failing test raises.
fn class_or_tuple(vm: &mut Vm, v: &Value, hook: &str) -> PyResult<(Vec<Target>, bool)> {
    let mut out = Vec::new();
    let bad = collect_classes(vm, v, hook, &mut out)?;
    Ok((out, bad))
}

/// What the second argument of `isinstance`/`issubclass` names: a class,
/// or an object whose own class defines the check (`__instancecheck__`,
/// as typing's `Sized` and `Optional[int]` do), which CPython asks.
enum Target {
    Class(ObjRef),
    Checker(ObjRef),
}

fn collect_classes(vm: &mut Vm, v: &Value, hook: &str, out: &mut Vec<Target>) -> PyResult<bool> {
    match v {
        Value::Obj(r) => match vm.heap.get(*r) {
            Obj::Class(_) => {
                out.push(Target::Class(*r));
                Ok(false)
            }
            Obj::Tuple(items) => {
                let items = items.to_vec();
                for i in &items {
                    if collect_classes(vm, i, hook, out)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            // `int | str`: the types module's UnionType, not a program's
            // class of that name.
            Obj::Instance(i)
                if matches!(vm.heap.get(i.class), Obj::Class(c)
                    if &*c.name == "UnionType" && &*c.module == "types") =>
            {
                let args = vm.intern("__args__");
                let t = vm.getattr(v, args)?;
                let r = collect_classes(vm, &t, hook, out);
                vm.drop_val(t);
                r
            }
            Obj::Instance(i) => {
                let (cls, sym) = (i.class, vm.intern(hook));
                match vm.lookup_in_mro(cls, sym) {
                    Some(f) if vm.is_user_function(&f) => {
                        out.push(Target::Checker(*r));
                        Ok(false)
                    }
                    _ => Ok(true),
                }
            }
            _ => Ok(true),
        },
        _ => Ok(true),
    }
}

/// Calls `checker.__instancecheck__(arg)` (or `__subclasscheck__`).
fn checker_says(vm: &mut Vm, checker: ObjRef, hook: &str, arg: &Value) -> PyResult<bool> {
    let sym = vm.intern(hook);
    let r = vm.call_method(&Value::Obj(checker), sym, std::slice::from_ref(arg))?;
    let t = vm.truthy(&r);
    vm.drop_val(r);
    t
}

fn class_or_tuple_error(vm: &mut Vm, fname: &str) -> Value {
    let (a, b) = if fname == "issubclass" {
        ("class", "classes")
    } else {
        ("type", "types")
    };
    vm.type_error(format!(
        "{fname}() arg 2 must be a {a}, a tuple of {b}, or a union"
    ))
}

fn isinstance(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "isinstance")?;
    let (classes, bad) = class_or_tuple(vm, &args[1], "__instancecheck__")?;
    for c in classes {
        let c = match c {
            Target::Class(c) => c,
            Target::Checker(o) => {
                if checker_says(vm, o, "__instancecheck__", &args[0])? {
                    return Ok(Value::Bool(true));
                }
                continue;
            }
        };
        if vm.class_of(&args[0]) == c {
            return Ok(Value::Bool(true));
        }
        if let Some(hook) = meta_hook(vm, c, "__instancecheck__") {
            if hook_says(vm, hook, c, &args[0])? {
                return Ok(Value::Bool(true));
            }
            continue;
        }
        if vm.isinstance(&args[0], c)
            || crate::engine::vm::builtins::modules::abc_isinstance(vm, &args[0], c)
        {
            return Ok(Value::Bool(true));
        }
    }
    if bad {
        return Err(class_or_tuple_error(vm, "isinstance"));
    }
    Ok(Value::Bool(false))
}

/// `__instancecheck__` or `__subclasscheck__` written in Python on the
/// metaclass of `cls` (ABCMeta's, a user's): it decides in place of the
/// class hierarchy, as in CPython.
fn meta_hook(vm: &mut Vm, cls: crate::engine::vm::value::ObjRef, name: &str) -> Option<Value> {
    let meta = match vm.heap.get(cls) {
        Obj::Class(c) => c.meta?,
        _ => return None,
    };
    let sym = vm.intern(name);
    let f = vm.lookup_in_mro(meta, sym)?;
    vm.is_user_function(&f).then_some(f)
}

fn hook_says(
    vm: &mut Vm,
    hook: Value,
    cls: crate::engine::vm::value::ObjRef,
    arg: &Value,
) -> PyResult<bool> {
    let hook = vm.dup(&hook);
    let r = vm.call_value(&hook, &[Value::Obj(cls), arg.clone()], &[]);
    vm.drop_val(hook);
    let r = r?;
    let t = vm.truthy(&r);
    vm.drop_val(r);
    t
}

fn issubclass(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "issubclass")?;
    // Only a class's own test needs a class first: a checker object
    // (`issubclass(List, Sized)`) takes anything.
    let sub = args[0]
        .as_obj()
        .filter(|r| matches!(vm.heap.get(*r), Obj::Class(_)));
    let (classes, bad) = class_or_tuple(vm, &args[1], "__subclasscheck__")?;
    if sub.is_none() && (classes.is_empty() || matches!(classes[0], Target::Class(_))) {
        return Err(vm.type_error("issubclass() arg 1 must be a class".into()));
    }
    for c in classes {
        let c = match c {
            Target::Class(c) => c,
            Target::Checker(o) => {
                if checker_says(vm, o, "__subclasscheck__", &args[0])? {
                    return Ok(Value::Bool(true));
                }
                continue;
            }
        };
        let Some(sub) = sub else {
            return Err(vm.type_error("issubclass() arg 1 must be a class".into()));
        };
        if let Some(hook) = meta_hook(vm, c, "__subclasscheck__") {
            if hook_says(vm, hook, c, &args[0])? {
                return Ok(Value::Bool(true));
            }
        } else if c == sub
            || vm.is_subclass(sub, c)
            || crate::engine::vm::builtins::modules::abc_issubclass(vm, sub, c)
        {
            return Ok(Value::Bool(true));
        }
    }
    if bad {
        return Err(class_or_tuple_error(vm, "issubclass"));
    }
    Ok(Value::Bool(false))
}

fn attr_name(vm: &mut Vm, v: &Value) -> PyResult<Sym> {
    match v {
        Value::Str(s) => Ok(vm.intern(s)),
        _ if let Some(s) = vm.str_value(v) => Ok(vm.intern(&s)),
        _ => {
            let cname = vm.class_name(v);
            Err(vm.type_error(format!("attribute name must be string, not '{cname}'")))
        }
    }
}

fn hasattr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "hasattr")?;
    let name = attr_name(vm, &args[1])?;
    match vm.getattr(&args[0], name) {
        Ok(v) => {
            vm.drop_val(v);
            Ok(Value::Bool(true))
        }
        Err(e) => {
            if vm.exc_is(&e, "AttributeError") {
                vm.drop_val(e);
                Ok(Value::Bool(false))
            } else {
                Err(e)
            }
        }
    }
}

fn getattr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 3, "getattr")?;
    let name = attr_name(vm, &args[1])?;
    match vm.getattr(&args[0], name) {
        Ok(v) => Ok(v),
        Err(e) if args.len() == 3 && vm.exc_is(&e, "AttributeError") => {
            vm.drop_val(e);
            Ok(vm.dup(&args[2]))
        }
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 3, 3, "setattr")?;
    let name = attr_name(vm, &args[1])?;
    let v = vm.dup(&args[2]);
    vm.setattr(&args[0], name, v)?;
    Ok(Value::None)
}

fn delattr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "delattr")?;
    let name = attr_name(vm, &args[1])?;
    vm.delattr(&args[0], name)?;
    Ok(Value::None)
}

fn callable(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "callable")?;
    Ok(Value::Bool(vm.is_callable(&args[0])))
}

impl Vm {
    /// `callable(v)`.
    pub fn is_callable(&self, v: &Value) -> bool {
        match v {
            Value::Obj(r) => match self.heap.get(*r) {
                Obj::Function(_) | Obj::Native(_) | Obj::BoundMethod { .. } | Obj::Class(_) => true,
                _ => self.has_method(v, self.names.call),
            },
            _ => false,
        }
    }
}

fn id(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "id")?;
    Ok(Value::Int(match &args[0] {
        Value::Obj(r) => 0x7f00_1000_0000 + r.0 as i64 * 0x30,
        Value::Int(i) => 0x5000_0000 + i.wrapping_mul(32),
        Value::None => 0x4000_0100,
        Value::Bool(b) => 0x4000_0200 + *b as i64 * 32,
        Value::Str(s) => {
            0x6000_0000 + (std::rc::Rc::as_ptr(s) as *const u8 as usize as i64 & 0xffff_fff0)
        }
        _ => 0x4000_0300,
    }))
}

fn hash(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "hash")?;
    let h = match &args[0] {
        Value::Str(s) => crate::engine::numeric::hash::hash_str(s),
        v => vm.hash(v)?,
    };
    Ok(Value::Int(h))
}

fn iter(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 2, "iter")?;
    if args.len() == 2 {
        let func = vm.dup(&args[0]);
        let sentinel = vm.dup(&args[1]);
        return Ok(vm.alloc(Obj::Iter(Box::new(IterState::Callable { func, sentinel }))));
    }
    vm.iter(&args[0])
}

fn next(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 2, "next")?;
    let it = &args[0];
    let is_iter = match it {
        Value::Obj(r) => {
            // A coroutine or an async generator has no `__next__`.
            matches!(vm.heap.get(*r), Obj::Iter(_))
                || matches!(vm.heap.get(*r), Obj::Gen(g) if g.kind == GenKind::Generator)
                || vm.has_method(it, vm.names.next)
        }
        _ => false,
    };
    if !is_iter {
        let cname = vm.class_name(it);
        return Err(vm.type_error(format!("'{cname}' object is not an iterator")));
    }
    match vm.next_raw(it) {
        Ok(v) => Ok(v),
        Err(e) if args.len() == 2 && vm.exc_is(&e, "StopIteration") => {
            vm.drop_val(e);
            Ok(vm.dup(&args[1]))
        }
        Err(e) => Err(e),
    }
}

fn sorted(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "sorted")?;
    let items = vm.collect_iterable(&args[0])?;
    let key = kwarg(vm, kw, "key").cloned();
    let reverse = match kwarg(vm, kw, "reverse") {
        Some(v) => {
            let v = v.clone();
            vm.truthy(&v)?
        }
        None => false,
    };
    let items = sort_values(vm, items, key.as_ref().filter(|k| !k.is_none()), reverse)?;
    Ok(vm.new_list(items))
}

fn min_max(vm: &mut Vm, args: &[Value], kw: Kw, is_max: bool) -> PyResult<Value> {
    let fname = if is_max { "max" } else { "min" };
    let items = if args.len() == 1 {
        vm.collect_iterable(&args[0])?
    } else if args.is_empty() {
        return Err(vm.type_error(format!("{fname} expected at least 1 argument, got 0")));
    } else {
        args.iter().map(|a| vm.dup(a)).collect()
    };
    let key = kwarg(vm, kw, "key").cloned().filter(|k| !k.is_none());
    if items.is_empty() {
        if let Some(d) = kwarg(vm, kw, "default") {
            let d = d.clone();
            return Ok(vm.dup(&d));
        }
        return Err(vm.value_error(format!("{fname}() arg is an empty sequence")));
    }
    let mut best: Option<(Value, Value)> = None;
    for it in items {
        let k = match &key {
            Some(f) => vm.call_value(f, std::slice::from_ref(&it), &[])?,
            None => vm.dup(&it),
        };
        match &best {
            None => best = Some((it, k)),
            Some((_, bk)) => {
                let op = if is_max {
                    crate::engine::compile::code::CmpKind::Gt
                } else {
                    crate::engine::compile::code::CmpKind::Lt
                };
                let r = vm.rich_compare(&k, bk, op)?;
                let better = vm.truthy(&r)?;
                vm.drop_val(r);
                if better {
                    if let Some((ov, ok)) = best.take() {
                        vm.drop_val(ov);
                        vm.drop_val(ok);
                    }
                    best = Some((it, k));
                } else {
                    vm.drop_val(it);
                    vm.drop_val(k);
                }
            }
        }
    }
    let (v, k) = best.expect("non-empty");
    vm.drop_val(k);
    Ok(v)
}

fn min(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    min_max(vm, args, kw, false)
}

fn max(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    min_max(vm, args, kw, true)
}

fn sum(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 2, "sum")?;
    let mut acc = match args.get(1).or(kwarg(vm, kw, "start")) {
        Some(s) => {
            let s = s.clone();
            if let Value::Str(_) = s {
                return Err(
                    vm.type_error("sum() can't sum strings [use ''.join(seq) instead]".into())
                );
            }
            vm.dup(&s)
        }
        None => Value::Int(0),
    };
    let it = vm.iter(&args[0])?;
    loop {
        let x = match vm.next(&it) {
            Ok(Some(x)) => x,
            Ok(None) => break,
            Err(e) => {
                vm.drop_val(it);
                vm.drop_val(acc);
                return Err(e);
            }
        };
        // Ints that stay within 64 bits are added here, as CPython's `sum`
        // keeps a C long while it can: no operator dispatch per item.
        if let (Value::Int(a), Value::Int(b)) = (&acc, &x)
            && let Some(r) = a.checked_add(*b)
        {
            acc = Value::Int(r);
            continue;
        }
        let r = vm.binary_op(&acc, &x, crate::engine::syntax::ast::BinOp::Add);
        vm.drop_val(x);
        vm.drop_val(acc);
        match r {
            Ok(v) => acc = v,
            Err(e) => {
                vm.drop_val(it);
                return Err(e);
            }
        }
    }
    vm.drop_val(it);
    Ok(acc)
}

fn any(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "any")?;
    let it = vm.iter(&args[0])?;
    while let Some(x) = vm.next(&it)? {
        let t = vm.truthy(&x);
        vm.drop_val(x);
        if t? {
            vm.drop_val(it);
            return Ok(Value::Bool(true));
        }
    }
    vm.drop_val(it);
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "all")?;
    let it = vm.iter(&args[0])?;
    while let Some(x) = vm.next(&it)? {
        let t = vm.truthy(&x);
        vm.drop_val(x);
        if !t? {
            vm.drop_val(it);
            return Ok(Value::Bool(false));
        }
    }
    vm.drop_val(it);
    Ok(Value::Bool(true))
}

fn divmod(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "divmod")?;
    use crate::engine::syntax::ast::BinOp;
    // A class's own divmod (decimal's reports both conditions at once)
    // runs rather than its // and %, as CPython's nb_divmod.
    let (a, b) = (&args[0], &args[1]);
    let (fwd, rev) = (vm.intern("__divmod__"), vm.intern("__rdivmod__"));
    let has = |vm: &Vm, v: &Value, s| {
        matches!(v, Value::Obj(r) if matches!(vm.heap.get(*r), Obj::Instance(_)))
            && vm.has_method(v, s)
    };
    let (own_a, own_b) = (has(vm, a, fwd), has(vm, b, rev));
    if own_a || own_b {
        if own_a {
            let r = vm.call_method(a, fwd, std::slice::from_ref(b))?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if own_b {
            let r = vm.call_method(b, rev, std::slice::from_ref(a))?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        let (na, nb) = (vm.type_name_for_error(a), vm.type_name_for_error(b));
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{na}' and '{nb}'"
        )));
    }
    let q = match vm.binary_op(&args[0], &args[1], BinOp::FloorDiv) {
        Err(e)
            if vm.exc_is(&e, "ZeroDivisionError")
                && (matches!(args[0], Value::Float(_)) || matches!(args[1], Value::Float(_))) =>
        {
            vm.drop_val(e);
            return Err(vm.new_exc("ZeroDivisionError", "float divmod()".into()));
        }
        r => r?,
    };
    let r = vm.binary_op(&args[0], &args[1], BinOp::Mod)?;
    Ok(vm.new_tuple(vec![q, r]))
}

fn round(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 2, "round")?;
    let nd = args.get(1).or(kwarg(vm, kw, "ndigits")).cloned();
    let nd = match nd {
        None | Some(Value::None) => None,
        Some(v) => Some(int_arg(vm, &v)?),
    };
    match &args[0] {
        Value::Float(x) => {
            if let Some(n) = nd.filter(|&n| n < 0) {
                // Through the exact decimal value, as CPython's double_round:
                // dividing by 10**n first is off in the last bits.
                return match crate::engine::numeric::round_half_even(*x, Some(n)) {
                    Ok(r) => Ok(Value::Float(r)),
                    Err(e) => Err(vm.from_pyerr(e)),
                };
            }
            let r = round_float(*x, nd);
            match nd {
                None => {
                    if r.is_nan() {
                        return Err(vm.value_error("cannot convert float NaN to integer".into()));
                    }
                    if r.is_infinite() {
                        return Err(vm.new_exc_str(
                            "OverflowError",
                            "cannot convert float infinity to integer",
                        ));
                    }
                    if r.abs() >= 9.223_372_036_854_776e18 {
                        let b = <num_bigint::BigInt as num_traits::FromPrimitive>::from_f64(r)
                            .unwrap_or_default();
                        return vm.int_from_big(b);
                    }
                    Ok(Value::Int(r as i64))
                }
                Some(_) => Ok(Value::Float(r)),
            }
        }
        Value::Int(i) => match nd {
            None => Ok(Value::Int(*i)),
            Some(n) if n >= 0 => Ok(Value::Int(*i)),
            Some(n) => {
                let p = 10i64.checked_pow((-n) as u32);
                match p {
                    None => Ok(Value::Int(0)),
                    Some(p) => {
                        let q = i.div_euclid(p);
                        let r = i.rem_euclid(p);
                        let twice = r * 2;
                        let q = if twice > p || (twice == p && q % 2 != 0) {
                            q + 1
                        } else {
                            q
                        };
                        Ok(Value::Int(q * p))
                    }
                }
            }
        },
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        v if vm.is_bigint(v) => {
            use num_integer::Integer;
            let i = vm.big_of(v).expect("checked");
            match nd {
                Some(n) if n < 0 => {
                    // Round half to even at 10**-n.
                    let p = num_traits::pow(num_bigint::BigInt::from(10), (-n) as usize);
                    let (q, r) = i.div_mod_floor(&p);
                    let twice: num_bigint::BigInt = &r * 2;
                    let q = if twice > p || (twice == p && q.is_odd()) {
                        q + 1
                    } else {
                        q
                    };
                    vm.int_from_big(q * p)
                }
                _ => Ok(vm.dup(v)),
            }
        }
        v => {
            let s = vm.names.round;
            if vm.has_method(v, s) {
                let extra: Vec<Value> = args[1..].to_vec();
                return vm.call_method(v, s, &extra);
            }
            let cname = vm.class_name(v);
            Err(vm.type_error(format!("type {cname} doesn't define __round__ method")))
        }
    }
}

fn chr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "chr")?;
    let i = int_arg(vm, &args[0])?;
    match char::from_u32(i as u32).filter(|_| (0..=0x10ffff).contains(&i)) {
        Some(c) => Ok(Value::Str(c.to_string().into())),
        None => Err(vm.value_error("chr() arg not in range(0x110000)".into())),
    }
}

fn ord(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "ord")?;
    match &args[0] {
        Value::Str(s) if s.chars().count() == 1 => {
            Ok(Value::Int(s.chars().next().map_or(0, |c| c as i64)))
        }
        Value::Str(s) => Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.chars().count()
        ))),
        v => {
            let cname = vm.class_name(v);
            Err(vm.type_error(format!(
                "ord() expected string of length 1, but {cname} found"
            )))
        }
    }
}

fn format(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 2, "format")?;
    let spec = match args.get(1) {
        Some(Value::Str(s)) => s.clone(),
        _ => "".into(),
    };
    Ok(Value::Str(vm.format(&args[0], &spec)?))
}

fn build_class(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments".into()));
    }
    let name = match &args[1] {
        Value::Str(s) => s.clone(),
        _ => return Err(vm.type_error("__build_class__: name is not a string".into())),
    };
    vm.build_class(&args[0], name, &args[2..], kw)
}

/// `__import__(name)`: imports `name` and returns the top-level package,
/// as the `import a.b` statement binds `a`.
fn dunder_import(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let name = match args.first() {
        Some(Value::Str(s)) => s.clone(),
        Some(v) => {
            let cname = vm.class_name(v);
            return Err(vm.type_error(format!("__import__() argument 1 must be str, not {cname}")));
        }
        None => {
            return Err(
                vm.type_error("__import__() missing required argument 'name' (pos 1)".into())
            );
        }
    };
    let m = vm.import_module(&name)?;
    match name.split_once('.') {
        Some((top, _)) => {
            vm.drop_val(m);
            vm.import_module(top)
        }
        None => Ok(m),
    }
}

/// `locals()`: a module's live namespace; in a class body or a function a
/// snapshot dict (as CPython's is for functions: writes to it change
/// nothing), a function's holding its bound locals, then its cells and
/// free variables.
fn locals(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 0, 0, "locals")?;
    let Some(f) = vm.frames.last() else {
        return Ok(vm.new_dict());
    };
    let pairs: Vec<(Sym, Value)> = match f.namespace.map(|ns| (ns, vm.heap.get(ns))) {
        Some((ns, Obj::Module(_))) => return vm.live_dict(ns),
        Some((_, Obj::Namespace(map))) => map.iter().map(|(k, v)| (k, v.clone())).collect(),
        _ => {
            let mut pairs = f.bound_locals();
            let names = f.code.cellvars.iter().chain(&f.code.freevars);
            for (sym, cell) in names.zip(&f.cells) {
                if let Obj::Cell(v) = vm.heap.get(*cell)
                    && !v.is_null()
                    && !pairs.iter().any(|(k, _)| k == sym)
                {
                    pairs.push((*sym, v.clone()));
                }
            }
            pairs
        }
    };
    let d = vm.new_dict();
    for (k, v) in pairs {
        let key = Value::Str(vm.sym_str(k));
        let v = vm.dup(&v);
        vm.dict_set(&d, key, v)?;
    }
    Ok(d)
}

fn globals(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    match vm.frames.last().map(|f| f.globals) {
        Some(g) => vm.live_dict(g),
        None => Ok(vm.new_dict()),
    }
}

/// `dir()`: the names of the current scope, sorted. `dir(x)`: `x.__dir__()`
/// when its class defines one, else the names of its namespace and of its
/// class's MRO (a module: its namespace only), sorted.
fn dir(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 0, 1, "dir")?;
    let mut names: Vec<Sym> = Vec::new();
    let Some(x) = args.first() else {
        if let Some(f) = vm.frames.last() {
            match f.namespace.or(f.func.is_null().then_some(f.globals)) {
                Some(ns) => match vm.heap.get(ns) {
                    Obj::Module(m) => names.extend(m.dict.iter().map(|(k, _)| k)),
                    Obj::Namespace(d) => names.extend(d.iter().map(|(k, _)| k)),
                    _ => {}
                },
                None => {
                    names.extend(
                        f.code
                            .varnames
                            .iter()
                            .zip(&f.locals)
                            .filter(|(_, v)| !v.is_null())
                            .map(|(k, _)| *k),
                    );
                    let cells = f.code.cellvars.iter().chain(&f.code.freevars);
                    names.extend(
                        cells
                            .zip(&f.cells)
                            .filter(
                                |(_, c)| matches!(vm.heap.get(**c), Obj::Cell(v) if !v.is_null()),
                            )
                            .map(|(k, _)| *k),
                    );
                }
            }
        }
        return sorted_names(vm, names);
    };
    let dunder = vm.intern("__dir__");
    let cls = vm.class_of(x);
    if let Some(f) = vm.lookup_in_mro(cls, dunder)
        && vm.is_user_function(&f)
    {
        let r = vm.call_value(&f, std::slice::from_ref(x), &[])?;
        let items = vm.collect_iterable(&r);
        vm.drop_val(r);
        let list = vm.new_list(items?);
        let sorted = vm.intern("sort");
        let r = vm.call_method(&list, sorted, &[])?;
        vm.drop_val(r);
        return Ok(list);
    }
    dir_of(vm, x)
}

/// `object.__dir__`'s names, sorted: `dir(x)` without `type(x).__dir__`.
pub fn dir_of(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    let mut names: Vec<Sym> = Vec::new();
    let cls = vm.class_of(x);
    let mut classes = Vec::new();
    let mut computed: &[&str] = &[];
    match x {
        Value::Obj(r) => match vm.heap.get(*r) {
            Obj::Module(m) => names.extend(m.dict.iter().map(|(k, _)| k)),
            Obj::Class(c) => classes.extend(c.mro.iter().copied()),
            Obj::Instance(i) => {
                names.extend(i.dict.iter().map(|(k, _)| k));
                if let Obj::Class(c) = vm.heap.get(cls) {
                    classes.extend(c.mro.iter().copied());
                }
            }
            Obj::Gen(g) => {
                // Attributes computed on access, not stored in the class.
                computed = match g.kind {
                    GenKind::Generator => &[
                        "gi_code",
                        "gi_frame",
                        "gi_running",
                        "gi_suspended",
                        "gi_yieldfrom",
                    ],
                    GenKind::Coroutine => &[
                        "cr_await",
                        "cr_code",
                        "cr_frame",
                        "cr_origin",
                        "cr_running",
                        "cr_suspended",
                    ],
                    GenKind::AsyncGenerator => &["ag_await", "ag_code", "ag_frame", "ag_running"],
                };
                if let Obj::Class(c) = vm.heap.get(cls) {
                    classes.extend(c.mro.iter().copied());
                }
            }
            _ => {
                if let Obj::Class(c) = vm.heap.get(cls) {
                    classes.extend(c.mro.iter().copied());
                }
            }
        },
        _ => {
            if let Obj::Class(c) = vm.heap.get(cls) {
                classes.extend(c.mro.iter().copied());
            }
        }
    }
    for n in computed {
        names.push(vm.intern(n));
    }
    for c in classes {
        if let Obj::Class(c) = vm.heap.get(c) {
            names.extend(c.dict.iter().map(|(k, _)| k));
        }
    }
    if matches!(x, Value::Obj(r) if matches!(vm.heap.get(*r), Obj::Instance(_) | Obj::Class(_))) {
        for n in ["__class__", "__doc__", "__module__"] {
            names.push(vm.intern(n));
        }
        let of = match x {
            Value::Obj(r) if matches!(vm.heap.get(*r), Obj::Class(_)) => *r,
            _ => vm.class_of(x),
        };
        if vm.instances_have_dict(of) {
            names.push(vm.names.dict);
        }
    }
    sorted_names(vm, names)
}

fn sorted_names(vm: &mut Vm, names: Vec<Sym>) -> PyResult<Value> {
    let mut strs: Vec<std::rc::Rc<str>> = names.into_iter().map(|s| vm.sym_str(s)).collect();
    strs.sort_unstable();
    strs.dedup();
    let items = strs.into_iter().map(Value::Str).collect();
    Ok(vm.new_list(items))
}

fn vars(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.is_empty() {
        return locals(vm, args, kw);
    }
    check_args(vm, args, 0, 1, "vars")?;
    let d = vm.names.dict;
    match vm.getattr(&args[0], d) {
        Err(e) if vm.exc_is(&e, "AttributeError") => {
            vm.drop_val(e);
            Err(vm.type_error("vars() argument must have __dict__ attribute".into()))
        }
        r => r,
    }
}

fn pow(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 3, "pow")?;
    if args.len() == 3 && !args[2].is_none() {
        // A class's own three-argument __pow__ (Decimal's) decides, as in
        // CPython's ternary slot.
        let base = &args[0];
        let own = vm.intern("__pow__");
        if matches!(base, Value::Obj(r) if matches!(vm.heap.get(*r), Obj::Instance(_)))
            && vm.has_method(base, own)
        {
            let r = vm.call_method(base, own, &args[1..3])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        use num_integer::Integer;
        use num_traits::{Signed, Zero};
        let mut big = Vec::with_capacity(3);
        for a in &args[..3] {
            match vm.big_of(a) {
                Some(b) => big.push(b),
                None => {
                    return Err(vm.type_error(
                        "pow() 3rd argument not allowed unless all arguments are integers".into(),
                    ));
                }
            }
        }
        let (b, e, m) = (&big[0], &big[1], &big[2]);
        if m.is_zero() {
            return Err(vm.value_error("pow() 3rd argument cannot be 0".into()));
        }
        let base = if e.is_negative() {
            // A negative exponent raises the modular inverse (3.8+).
            let g = b.mod_floor(m).extended_gcd(m);
            if g.gcd.abs() != num_bigint::BigInt::from(1) {
                return Err(vm.value_error("base is not invertible for the given modulus".into()));
            }
            g.x
        } else {
            b.clone()
        };
        let r = base.modpow(&e.abs(), m);
        return vm.int_from_big(r);
    }
    vm.binary_op(&args[0], &args[1], crate::engine::syntax::ast::BinOp::Pow)
}

fn radix(vm: &mut Vm, args: &[Value], spec: &str) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "hex")?;
    if vm.is_bigint(&args[0]) {
        return vm.format(&args[0], spec).map(Value::Str);
    }
    let i = int_arg(vm, &args[0])?;
    crate::engine::numeric::format_spec::format_int(i, spec)
        .map(|s| Value::Str(s.into()))
        .map_err(|e| vm.from_pyerr(e))
}

fn hex(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    radix(vm, args, "#x")
}

fn bin(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    radix(vm, args, "#b")
}

fn oct(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    radix(vm, args, "#o")
}

fn input(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    if let Some(p) = args.first() {
        let s = vm.str_of(p)?;
        vm.write_stdout(&s)?;
    }
    match vm.stdin_line(-1) {
        Some(line) => Ok(Value::Str(line.strip_suffix('\n').unwrap_or(&line).into())),
        None => Err(vm.new_exc_str("EOFError", "EOF when reading a line")),
    }
}

impl Vm {
    /// The next line of standard input with its newline (at most `size`
    /// characters when `size >= 0`); `None` at the end.
    pub fn stdin_line(&mut self, size: i64) -> Option<String> {
        let rest = &self.stdin[self.stdin_pos..];
        if rest.is_empty() {
            return None;
        }
        let mut end = rest.find('\n').map_or(rest.len(), |i| i + 1);
        if size >= 0 {
            end = rest
                .char_indices()
                .nth(size as usize)
                .map_or(end, |(i, _)| i.min(end));
        }
        let line = rest[..end].to_string();
        self.stdin_pos += end;
        Some(line)
    }

    /// The rest of standard input, or `size` characters of it.
    pub fn stdin_read(&mut self, size: i64) -> String {
        let rest = &self.stdin[self.stdin_pos..];
        let end = if size < 0 {
            rest.len()
        } else {
            rest.char_indices()
                .nth(size as usize)
                .map_or(rest.len(), |(i, _)| i)
        };
        let out = rest[..end].to_string();
        self.stdin_pos += end;
        out
    }
}

fn aiter(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "aiter")?;
    let s = vm.names.aiter;
    if !vm.has_method(&args[0], s) {
        let cname = vm.class_name(&args[0]);
        return Err(vm.type_error(format!("'{cname}' object is not an async iterable")));
    }
    let it = vm.call_method(&args[0], s, &[])?;
    let anext = vm.names.anext;
    if !vm.has_method(&it, anext) {
        let cname = vm.class_name(&it);
        vm.drop_val(it);
        return Err(vm.type_error(format!(
            "aiter() returned not an async iterator of type '{cname}'"
        )));
    }
    Ok(it)
}

/// `open(...)`: text files through `io.open` (io.py).
fn open(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    vm.call_in_module("io", "open", args, kw)
}

fn anext(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 2, "anext")?;
    let s = vm.names.anext;
    if !vm.has_method(&args[0], s) {
        let cname = vm.class_name(&args[0]);
        return Err(vm.type_error(format!("'{cname}' object is not an async iterator")));
    }
    if args.len() == 2 {
        return vm.call_in_module("_helpers", "anext_default", args, &[]);
    }
    vm.call_method(&args[0], s, &[])
}

fn enumerate_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let rest = &args[1..];
    if rest.len() > 2 {
        return Err(vm.type_error(format!(
            "enumerate() takes at most 2 arguments ({} given)",
            rest.len()
        )));
    }
    if rest.is_empty() {
        return match kwarg(vm, kw, "iterable") {
            Some(it) => {
                let it = vm.dup(it);
                let r = enumerate(vm, std::slice::from_ref(&it), kw);
                vm.drop_val(it);
                r
            }
            None => Err(vm.type_error("enumerate() missing required argument 'iterable'".into())),
        };
    }
    enumerate(vm, rest, kw)
}

fn zip_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    zip(vm, &args[1..], kw)
}

fn map_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_keywords(vm, kw, "map")?;
    map(vm, &args[1..], kw)
}

fn filter_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_keywords(vm, kw, "filter")?;
    filter(vm, &args[1..], kw)
}

fn reversed_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_keywords(vm, kw, "reversed")?;
    reversed(vm, &args[1..], kw)
}

fn no_keywords(vm: &mut Vm, kw: Kw, name: &str) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{name}() takes no keyword arguments")))
    }
}

fn enumerate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 2, "enumerate")?;
    let start = match args.get(1).or(kwarg(vm, kw, "start")) {
        Some(v) => {
            let v = v.clone();
            int_arg(vm, &v)?
        }
        None => 0,
    };
    let it = vm.iter(&args[0])?;
    Ok(vm.alloc(Obj::Iter(Box::new(IterState::Enumerate { it, n: start }))))
}

fn zip(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if let Some((name, _)) = kw.iter().find(|(k, _)| &*vm.sym_str(*k) != "strict") {
        let name = vm.sym_str(*name);
        return Err(vm.type_error(format!("'{name}' is an invalid keyword argument for zip()")));
    }
    let strict = match kwarg(vm, kw, "strict") {
        Some(v) => {
            let v = v.clone();
            vm.truthy(&v)?
        }
        None => false,
    };
    let mut its = Vec::new();
    for a in args {
        match vm.iter(a) {
            Ok(it) => its.push(it),
            Err(e) => {
                vm.heap.decref_all(its);
                return Err(e);
            }
        }
    }
    Ok(vm.alloc(Obj::Iter(Box::new(IterState::Zip { its, strict }))))
}

fn map(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments.".into()));
    }
    let mut its = Vec::new();
    for a in &args[1..] {
        its.push(vm.iter(a)?);
    }
    let func = vm.dup(&args[0]);
    Ok(vm.alloc(Obj::Iter(Box::new(IterState::Map { func, its }))))
}

fn filter(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "filter")?;
    let it = vm.iter(&args[1])?;
    let func = vm.dup(&args[0]);
    Ok(vm.alloc(Obj::Iter(Box::new(IterState::Filter { func, it }))))
}

pub fn reversed(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "reversed")?;
    let v = &args[0];
    if let Some(hook) = vm.class_hook(v, "_cls_reversed")? {
        let r = vm.call_value(&hook, &[], &[]);
        vm.drop_val(hook);
        return r;
    }
    let rs = vm.names.reversed;
    if matches!(v, Value::Obj(r) if matches!(vm.heap.get(*r), Obj::Instance(_)))
        && vm.has_method(v, rs)
    {
        return vm.call_method(v, rs, &[]);
    }
    if let Value::Obj(r) = v
        && matches!(vm.heap.get(*r), Obj::Deque(_))
    {
        return Ok(vm.deque_iter(*r, true));
    }
    if let Value::Obj(r) = v
        && matches!(vm.heap.get(*r), Obj::Dict(_))
    {
        let mut keys: Vec<Value> = vm.dict_keys(v).iter().map(|k| vm.dup(k)).collect();
        keys.reverse();
        return Ok(vm.alloc(Obj::Iter(Box::new(IterState::Values {
            items: keys,
            idx: 0,
            source: None,
        }))));
    }
    // Dict views are reversible since 3.8, though not subscriptable.
    if let Value::Obj(r) = v
        && matches!(vm.heap.get(*r), Obj::DictView { .. })
    {
        let mut items = vm.collect_iterable(v)?;
        items.reverse();
        return Ok(vm.alloc(Obj::Iter(Box::new(IterState::Values {
            items,
            idx: 0,
            source: None,
        }))));
    }
    // A range reversed is a range_iterator counting down.
    if let Value::Obj(r) = v
        && let Obj::Range { start, stop, step } = *vm.heap.get(*r)
        && let Some(state) = reversed_range(start, stop, step)
    {
        return Ok(vm.alloc(Obj::Iter(Box::new(state))));
    }
    let n = match vm.len_of(v) {
        Ok(n) => n,
        Err(e) => {
            vm.drop_val(e);
            let cname = vm.class_name(v);
            return Err(vm.type_error(format!("'{cname}' object is not reversible")));
        }
    };
    let seq = vm.dup(v);
    Ok(vm.alloc(Obj::Iter(Box::new(IterState::Reversed { seq, idx: n }))))
}

/// The iterator of `reversed(range(start, stop, step))`, when its bounds
/// fit an i64.
fn reversed_range(start: i64, stop: i64, step: i64) -> Option<IterState> {
    let (a, b, s) = (start as i128, stop as i128, step as i128);
    let n = if (s > 0 && a < b) || (s < 0 && a > b) {
        (b - a + s - s.signum()) / s
    } else {
        0
    };
    let last = a + (n - 1).max(0) * s;
    let end = if n == 0 { last } else { a - s };
    Some(IterState::Range {
        cur: i64::try_from(last).ok()?,
        stop: i64::try_from(end).ok()?,
        step: i64::try_from(-s).ok()?,
    })
}

/// `round(x, n)` as CPython: correctly rounded through the decimal string,
/// ties to even.
fn round_float(x: f64, nd: Option<i64>) -> f64 {
    match nd {
        None => x.round_ties_even(),
        Some(n) => {
            if !x.is_finite() || x == 0.0 {
                return x;
            }
            if n > 323 {
                return x;
            }
            if n < -308 {
                return 0.0f64.copysign(x);
            }
            if n >= 0 {
                let s = crate::engine::numeric::format_spec::format_float_fixed(x, n as usize)
                    .unwrap_or_default();
                let r: f64 = s.parse().unwrap_or(x);
                if r == 0.0 { 0.0f64.copysign(x) } else { r }
            } else {
                x
            }
        }
    }
}
