//! Importable modules: each is built natively on first import and cached
//! in `sys.modules`.

use std::rc::Rc;

use super::{check_args, def_fn, float_arg, int_arg, kwarg, set_attr};
use crate::engine::intern::Sym;
use crate::engine::vm::Vm;
use crate::engine::vm::object::{GenKind, GenState, Module, Obj, PyResult, ViewKind};
use crate::engine::vm::symmap::SymMap;
use crate::engine::vm::value::{ObjRef, Value};

type Kw<'a> = &'a [(Sym, Value)];

impl Vm {
    /// `module.name(*args, **kw)` of a library module: the pieces of the
    /// builtins written in Python.
    pub fn call_in_module(
        &mut self,
        module: &str,
        name: &str,
        args: &[Value],
        kw: Kw,
    ) -> PyResult<Value> {
        let m = self.import_module(module)?;
        let s = self.intern(name);
        let f = self.getattr(&m, s);
        self.drop_val(m);
        let f = f?;
        let r = self.call_value(&f, args, kw);
        self.drop_val(f);
        r
    }

    /// `import name`: the module object (a new reference).
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.modules.get(name) {
            let m = *m;
            self.heap.incref_obj(m);
            return Ok(Value::Obj(m));
        }
        let m = match name {
            "math" => build_math(self),
            "time" => build_time(self),
            "random" => super::random::build_module(self),
            "_sre" => super::sre::build_module(self),
            "_weakref" => super::weakref::build_module(self),
            "sys" => build_sys(self),
            "gc" => build_gc(self),
            "types" => build_types(self),
            "inspect" => build_inspect(self),
            "collections.abc" => build_abc(self),
            "_collections" => build_collections(self),
            "os.path" => {
                // `import os.path`: the path helpers `os` already holds.
                let os = self.import_module("os")?;
                let sym = self.intern("path");
                let path = self.getattr(&os, sym);
                self.drop_val(os);
                let path = path?;
                if let Value::Obj(r) = path {
                    self.modules.insert(name.into(), r);
                    self.heap.incref_obj(r);
                }
                return Ok(path);
            }
            _ if python_module_source(name).is_some() => {
                let src = python_module_source(name).expect("checked");
                let m = new_module(self, name);
                // Registered first so a module importing itself finds it.
                let key: Rc<str> = name.into();
                self.modules.insert(key.clone(), m);
                self.heap.incref_obj(m);
                let code = crate::engine::compile::compile_library(
                    src,
                    &format!("<{name}>"),
                    &mut self.interner,
                )
                .map_err(|e| self.new_exc("SystemError", format!("module {name}: {e}")))?;
                if let Err(e) = self.run_module_code(code, m) {
                    self.modules.remove(&key);
                    self.heap.decref_obj(m);
                    return Err(e);
                }
                if name == "collections" {
                    // `import collections` also binds `collections.abc`.
                    let abc = self.import_module("collections.abc")?;
                    set_attr(self, m, "abc", abc);
                }
                // A package's submodule becomes its attribute
                // (`urllib.parse`), as the import system binds it.
                if let Some((parent, child)) = name.rsplit_once('.') {
                    match self.import_module(parent) {
                        Ok(Value::Obj(p)) => {
                            self.heap.incref_obj(m);
                            set_attr(self, p, child, Value::Obj(m));
                            self.heap.decref_obj(p);
                        }
                        Ok(v) | Err(v) => self.drop_val(v),
                    }
                }
                return Ok(Value::Obj(m));
            }
            "asyncio" => {
                // Registered before building: the prelude imports nothing
                // circular, but a failed build must not leave half a module.
                crate::engine::aio::build_module(self)?
            }
            // `import asyncio.exceptions` before `import asyncio`: the
            // package makes its submodules.
            _ if name.starts_with("asyncio.") && !self.modules.contains_key("asyncio") => {
                let pkg = self.import_module("asyncio")?;
                self.drop_val(pkg);
                return self.import_module(name);
            }
            _ => {
                if let Some(found) = local_module(name) {
                    return self.import_local(name, found);
                }
                let msg = if super::stdlib_names::is_stdlib_module(name) {
                    format!("No module named '{name}' (coroscope provides a fixed set of modules)")
                } else {
                    format!("No module named '{name}'")
                };
                let e = self.new_exc("ModuleNotFoundError", msg);
                let attr = self.intern("name");
                self.setattr(&e, attr, Value::str(name))?;
                return Err(e);
            }
        };
        let name: Rc<str> = name.into();
        self.modules.insert(name, m);
        self.heap.incref_obj(m);
        Ok(Value::Obj(m))
    }
}

/// A module of the program's own: `NAME.py` or the package `NAME/`
/// beside the program (the current directory under `coroscope run`), as
/// `sys.path[0]` finds it in CPython. The page has no files.
struct LocalModule {
    /// The file as tracebacks name it, relative to the program's folder.
    file: String,
    source: String,
    /// The package's folder, for `__path__`, when this is a package.
    package_dir: Option<String>,
}

#[cfg(not(target_arch = "wasm32"))]
fn local_module(name: &str) -> Option<LocalModule> {
    if name.is_empty()
        || name
            .split('.')
            .any(|p| p.is_empty() || !p.chars().all(|c| c.is_alphanumeric() || c == '_'))
    {
        return None;
    }
    let rel = name.replace('.', "/");
    let as_file = format!("{rel}.py");
    if let Ok(source) = std::fs::read_to_string(&as_file) {
        return Some(LocalModule {
            file: as_file,
            source,
            package_dir: None,
        });
    }
    let init = format!("{rel}/__init__.py");
    let source = std::fs::read_to_string(&init).ok()?;
    Some(LocalModule {
        file: init,
        source,
        package_dir: Some(rel),
    })
}

#[cfg(target_arch = "wasm32")]
fn local_module(_name: &str) -> Option<LocalModule> {
    None
}

impl Vm {
    /// Imports a module of the program's own: its parent package first, then
    /// the file, run as a module named `name` (so its `__name__` guard is
    /// false), bound on the parent as CPython does.
    fn import_local(&mut self, name: &str, found: LocalModule) -> PyResult<Value> {
        let parent = match name.rsplit_once('.') {
            Some((p, last)) => {
                let pm = self.import_module(p)?;
                Some((pm, last.to_string()))
            }
            None => None,
        };
        if let Some(m) = self.modules.get(name).copied() {
            // The parent's own code imported this one already.
            if let Some((pm, _)) = parent {
                self.drop_val(pm);
            }
            self.heap.incref_obj(m);
            return Ok(Value::Obj(m));
        }
        let m = new_module(self, name);
        let key: Rc<str> = name.into();
        self.modules.insert(key.clone(), m);
        self.heap.incref_obj(m);
        let full = std::env::current_dir()
            .map(|d| d.join(&found.file).to_string_lossy().into_owned())
            .unwrap_or_else(|_| found.file.clone());
        set_attr(self, m, "__file__", Value::str(&full));
        if let Some(dir) = &found.package_dir {
            let d = std::env::current_dir()
                .map(|c| c.join(dir).to_string_lossy().into_owned())
                .unwrap_or_else(|_| dir.clone());
            let path = self.new_list(vec![Value::str(&d)]);
            set_attr(self, m, "__path__", path);
        }
        self.module_sources
            .push((found.file.as_str().into(), found.source.as_str().into()));
        let code = match crate::engine::syntax::parse_module(&found.source) {
            Ok(parsed) => {
                crate::engine::compile::compile_module(&parsed, &found.file, &mut self.interner)
                    .map_err(|e| {
                        self.new_syntax_error(
                            e.kind,
                            &e.message,
                            &found.file,
                            e.span.line,
                            e.span.col,
                            &found.source,
                        )
                    })
            }
            Err(e) => Err(self.new_syntax_error(
                "SyntaxError",
                &e.message,
                &found.file,
                e.span.line,
                e.span.col,
                &found.source,
            )),
        };
        let r = code.and_then(|code| self.run_module_code(code, m));
        if let Err(e) = r {
            self.modules.remove(&key);
            self.heap.decref_obj(m);
            if let Some((pm, _)) = parent {
                self.drop_val(pm);
            }
            return Err(e);
        }
        if let Some((pm, last)) = parent {
            if let Value::Obj(p) = pm {
                self.heap.incref_obj(m);
                set_attr(self, p, &last, Value::Obj(m));
            }
            self.drop_val(pm);
        }
        Ok(Value::Obj(m))
    }
}

/// The native half of `collections`, as in CPython.
fn build_collections(vm: &mut Vm) -> ObjRef {
    let m = new_module(vm, "_collections");
    let d = vm.types.deque;
    vm.heap.incref_obj(d);
    set_attr(vm, m, "deque", Value::Obj(d));
    m
}

/// The embedded copy of a Python library file: build.rs blanks its comment
/// lines, keeping the line numbers (`embed_python_library`).
macro_rules! python_source {
    ($file:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/python/", $file))
    };
}

/// A module of coroscope's library (not a file of the program's): its
/// classes are the ones CPython defines in C or in its own library.
pub fn is_library_module(name: &str) -> bool {
    let top = name.split('.').next().unwrap_or(name);
    python_module_source(top).is_some() || top == "asyncio"
}

/// Modules written in Python, compiled on first import.
fn python_module_source(name: &str) -> Option<&'static str> {
    Some(match name {
        "functools" => python_source!("functools.py"),
        "itertools" => python_source!("itertools.py"),
        "collections" => python_source!("collections.py"),
        "heapq" => python_source!("heapq.py"),
        "weakref" => python_source!("weakref.py"),
        "unittest" => python_source!("unittest.py"),
        "doctest" => python_source!("doctest.py"),
        "html" => python_source!("html.py"),
        "fnmatch" => python_source!("fnmatch.py"),
        "glob" => python_source!("glob.py"),
        "contextlib" => python_source!("contextlib.py"),
        "dataclasses" => python_source!("dataclasses.py"),
        "copy" => python_source!("copy.py"),
        "operator" => python_source!("operator.py"),
        "string" => python_source!("string.py"),
        "textwrap" => python_source!("textwrap.py"),
        "statistics" => python_source!("statistics.py"),
        "csv" => python_source!("csv.py"),
        "pathlib" => python_source!("pathlib.py"),
        "abc" => python_source!("abc.py"),
        "json" => python_source!("json.py"),
        "enum" => python_source!("enum.py"),
        "typing" => python_source!("typing.py"),
        "_helpers" => python_source!("_helpers.py"),
        "re" => python_source!("re.py"),
        "datetime" => python_source!("datetime.py"),
        "queue" => python_source!("queue.py"),
        "argparse" => python_source!("argparse.py"),
        "traceback" => python_source!("traceback.py"),
        "logging" => python_source!("logging.py"),
        "bisect" => python_source!("bisect.py"),
        "array" => python_source!("array.py"),
        "reprlib" => python_source!("reprlib.py"),
        "http" => python_source!("http.py"),
        "io" => python_source!("io.py"),
        "os" => python_source!("os.py"),
        "contextvars" => python_source!("contextvars.py"),
        "pprint" => python_source!("pprint.py"),
        "warnings" => python_source!("warnings.py"),
        "atexit" => python_source!("atexit.py"),
        "signal" => python_source!("signal.py"),
        "errno" => python_source!("errno.py"),
        "urllib" => python_source!("urllib.py"),
        "urllib.parse" => python_source!("urllib_parse.py"),
        "calendar" => python_source!("calendar.py"),
        "timeit" => python_source!("timeit.py"),
        "keyword" => python_source!("keyword.py"),
        "threading" => python_source!("threading.py"),
        "base64" => python_source!("base64.py"),
        "fractions" => python_source!("fractions.py"),
        "decimal" => python_source!("decimal.py"),
        "struct" => python_source!("struct.py"),
        "_bytearray" => python_source!("_bytearray.py"),
        "_memoryview" => python_source!("_memoryview.py"),
        "_complex" => python_source!("_complex.py"),
        "numbers" => python_source!("numbers.py"),
        _ => return None,
    })
}

/// The abstract base classes, checked by structure (`isinstance` asks
/// [`abc_isinstance`]).
fn build_abc(vm: &mut Vm) -> ObjRef {
    let m = new_module(vm, "collections.abc");
    let object = vm.types.object;
    // CPython's hierarchy (`Sequence` is a `Reversible` `Collection`, a
    // `Collection` is `Sized`, `Iterable` and a `Container`), bases first,
    // so MROs and `__subclasses__` read as CPython's: `functools`'s
    // dispatch weaves them into a class's MRO.
    for (name, parents) in [
        ("Iterable", &[][..]),
        ("Iterator", &["Iterable"][..]),
        ("Reversible", &["Iterable"]),
        ("Generator", &["Iterator"]),
        ("Awaitable", &[]),
        ("Coroutine", &["Awaitable"]),
        ("AsyncIterable", &[]),
        ("AsyncIterator", &["AsyncIterable"]),
        ("AsyncGenerator", &["AsyncIterator"]),
        ("Callable", &[]),
        ("Sized", &[]),
        ("Container", &[]),
        ("Hashable", &[]),
        ("Collection", &["Sized", "Iterable", "Container"]),
        ("Sequence", &["Reversible", "Collection"]),
        ("MutableSequence", &["Sequence"]),
        ("Set", &["Collection"]),
        ("MutableSet", &["Set"]),
        ("Mapping", &["Collection"]),
        ("MutableMapping", &["Mapping"]),
    ] {
        let mut bases = Vec::new();
        for p in parents {
            let p = vm.intern(p);
            if let Some(Value::Obj(b)) = vm.ns_get(m, p) {
                bases.push(b);
            }
        }
        if bases.is_empty() {
            bases.push(object);
        }
        let c = crate::engine::vm::types::new_class(
            &mut vm.heap,
            name,
            &bases,
            crate::engine::vm::object::BuiltinKind::Other,
        );
        // `new_class` lists the bases' MROs one after the other; the same
        // classes in C3 order.
        if let Ok(tail) = vm.c3_merge(&bases)
            && let Obj::Class(cls) = vm.heap.get_mut(c)
        {
            cls.mro.truncate(1);
            cls.mro.extend(tail);
        }
        if let Obj::Class(cls) = vm.heap.get_mut(c) {
            cls.module = "collections.abc".into();
        }
        set_attr(vm, m, name, Value::Obj(c));
    }
    add_abc_mixins(vm, m);
    m
}

/// CPython's mixin methods (`Mapping.get`, `MutableSequence.append`...),
/// defined in Python on helper classes and copied onto the native ones.
fn add_abc_mixins(vm: &mut Vm, m: ObjRef) {
    let src = python_source!("_abc_mixins.py");
    match crate::engine::compile::compile_library(src, "<collections.abc>", &mut vm.interner) {
        Ok(code) => {
            if let Err(e) = vm.run_module_code(code, m) {
                vm.drop_val(e);
                return;
            }
        }
        Err(_) => return,
    }
    let skip = [
        "__module__",
        "__qualname__",
        "__doc__",
        "__dict__",
        "__slots__",
    ];
    for (target, mixins) in [
        ("Iterator", &["_Iterator"][..]),
        ("AsyncIterator", &["_AsyncIterator"]),
        ("Set", &["_Set"]),
        ("MutableSet", &["_MutableSet"]),
        ("Mapping", &["_Mapping"]),
        ("MutableMapping", &["_MutableMapping"]),
        ("Sequence", &["_Sequence"]),
        ("MutableSequence", &["_MutableSequence"]),
    ] {
        let t = vm.intern(target);
        let Some(Value::Obj(tc)) = vm.ns_get(m, t) else {
            continue;
        };
        for mixin in mixins {
            let s = vm.intern(mixin);
            let Some(Value::Obj(mc)) = vm.ns_get(m, s) else {
                continue;
            };
            let entries: Vec<(Sym, Value)> = match vm.heap.get(mc) {
                Obj::Class(c) => c.dict.iter().map(|(k, v)| (k, v.clone())).collect(),
                _ => continue,
            };
            for (k, v) in entries {
                if skip.contains(&&*vm.sym_str(k)) {
                    continue;
                }
                vm.heap.incref(&v);
                let old = match vm.heap.get_mut(tc) {
                    Obj::Class(c) => c.dict.insert(k, v),
                    _ => Some(v),
                };
                if let Some(o) = old {
                    vm.drop_val(o);
                }
            }
        }
    }
    vm.invalidate_mro_cache();
    for name in [
        "_Iterator",
        "_AsyncIterator",
        "_Set",
        "_MutableSet",
        "_Mapping",
        "_MutableMapping",
        "_Sequence",
        "_MutableSequence",
    ] {
        let s = vm.intern(name);
        vm.ns_del(m, s);
    }
}

pub(super) fn new_module(vm: &mut Vm, name: &str) -> ObjRef {
    let m = vm.heap.alloc(Obj::Module(Box::new(Module {
        name: name.into(),
        dict: SymMap::new(),
        live: None,
    })));
    set_attr(vm, m, "__name__", Value::str(name));
    m
}

/// `isinstance` against the `collections.abc` classes and friends, which
/// coroscope checks structurally.
pub fn abc_isinstance(vm: &mut Vm, v: &Value, cls: ObjRef) -> bool {
    let (name, module) = {
        let c = vm.class(cls);
        (c.name.clone(), c.module.clone())
    };
    if &*module != "collections.abc" {
        return false;
    }
    let has = |vm: &mut Vm, n: &str| {
        let s = vm.intern(n);
        vm.has_method(v, s)
    };
    let kind = match v {
        Value::Obj(r) => match vm.heap.get(*r) {
            Obj::Gen(g) => Some(g.kind),
            _ => None,
        },
        _ => None,
    };
    let is_seq = match v {
        Value::Str(_) => true,
        Value::Obj(r) => matches!(
            vm.heap.get(*r),
            Obj::List(_) | Obj::Tuple(_) | Obj::Range { .. } | Obj::Bytes(_) | Obj::Deque(_)
        ),
        _ => false,
    };
    let is_map = matches!(v, Value::Obj(r) if matches!(vm.heap.get(*r), Obj::Dict(_)));
    let is_view = matches!(v, Value::Obj(r) if matches!(vm.heap.get(*r), Obj::DictView { .. }));
    let is_set =
        matches!(v, Value::Obj(r) if matches!(vm.heap.get(*r), Obj::Set(_) | Obj::FrozenSet(_)));
    match &*name {
        "Iterable" => {
            is_seq
                || is_map
                || is_set
                || has(vm, "__iter__")
                || matches!(v, Value::Obj(r) if matches!(vm.heap.get(*r), Obj::Iter(_) | Obj::DictView { .. }))
                || kind == Some(GenKind::Generator)
        }
        "Iterator" => {
            kind == Some(GenKind::Generator)
                || matches!(v, Value::Obj(r) if matches!(vm.heap.get(*r), Obj::Iter(_)))
                || (has(vm, "__iter__") && has(vm, "__next__"))
        }
        "Generator" => {
            kind == Some(GenKind::Generator)
                || ["__iter__", "__next__", "send", "throw", "close"]
                    .iter()
                    .all(|n| has(vm, n))
        }
        "Coroutine" => {
            kind == Some(GenKind::Coroutine)
                || ["__await__", "send", "throw", "close"]
                    .iter()
                    .all(|n| has(vm, n))
        }
        "Awaitable" => kind == Some(GenKind::Coroutine) || has(vm, "__await__"),
        "AsyncIterable" => kind == Some(GenKind::AsyncGenerator) || has(vm, "__aiter__"),
        "AsyncIterator" => {
            kind == Some(GenKind::AsyncGenerator) || (has(vm, "__aiter__") && has(vm, "__anext__"))
        }
        "AsyncGenerator" => {
            kind == Some(GenKind::AsyncGenerator)
                || ["__aiter__", "__anext__", "asend", "athrow", "aclose"]
                    .iter()
                    .all(|n| has(vm, n))
        }
        "Callable" => {
            matches!(v, Value::Obj(r) if matches!(vm.heap.get(*r), Obj::Function(_) | Obj::Native(_) | Obj::BoundMethod { .. } | Obj::Class(_)))
                || has(vm, "__call__")
        }
        "Sized" => is_seq || is_map || is_set || is_view || has(vm, "__len__"),
        "Container" => is_seq || is_map || is_set || is_view || has(vm, "__contains__"),
        "Collection" => {
            is_seq
                || is_map
                || is_set
                || is_view
                || ["__len__", "__iter__", "__contains__"]
                    .iter()
                    .all(|n| has(vm, n))
        }
        "Hashable" => vm.hash(v).map_err(|e| vm.drop_val(e)).is_ok(),
        "Sequence" => is_seq,
        // dicts and their views are reversible since 3.8; sets are not.
        "Reversible" => {
            is_seq || is_map || is_view || (has(vm, "__reversed__") && has(vm, "__iter__"))
        }
        "MutableSequence" => {
            matches!(v, Value::Obj(r) if matches!(vm.heap.get(*r), Obj::List(_) | Obj::Deque(_)))
        }
        "Mapping" | "MutableMapping" => is_map,
        "Set" => {
            is_set
                || matches!(v, Value::Obj(r) if matches!(vm.heap.get(*r), Obj::DictView { kind: ViewKind::Keys | ViewKind::Items, .. }))
        }
        "MappingView" => {
            matches!(v, Value::Obj(r) if matches!(vm.heap.get(*r), Obj::DictView { .. }))
        }
        "KeysView" | "ItemsView" | "ValuesView" => {
            let want = match &*name {
                "KeysView" => ViewKind::Keys,
                "ItemsView" => ViewKind::Items,
                _ => ViewKind::Values,
            };
            matches!(v, Value::Obj(r) if matches!(vm.heap.get(*r), Obj::DictView { kind, .. } if *kind == want))
        }
        "MutableSet" => matches!(v, Value::Obj(r) if matches!(vm.heap.get(*r), Obj::Set(_))),
        _ => false,
    }
}

/// `issubclass(sub, cls)` against a `collections.abc` class: a builtin
/// class as an empty instance of it answers; a class written in Python by
/// the methods its MRO defines, for the one-method protocols CPython checks
/// by structure (`__subclasshook__`).
pub fn abc_issubclass(vm: &mut Vm, sub: ObjRef, cls: ObjRef) -> bool {
    let (name, module) = {
        let c = vm.class(cls);
        (c.name.clone(), c.module.clone())
    };
    if &*module != "collections.abc" {
        return false;
    }
    let c = vm.class(sub);
    let t = &vm.types;
    // The containers answer as an empty instance would; the other builtin
    // classes (generator, list_iterator...) by their methods, as CPython's
    // `__subclasshook__`s look.
    let views = [
        (t.dict_keys, "keys"),
        (t.dict_values, "values"),
        (t.dict_items, "items"),
    ];
    let (range, sampled) = (
        t.range,
        [t.list, t.tuple, t.str_, t.dict, t.set, t.frozenset, t.bytes].contains(&sub),
    );
    let view = views.iter().find(|(c, _)| *c == sub).map(|(_, m)| *m);
    if !c.is_heap_type && (sampled || sub == range || view.is_some()) {
        let made = if let Some(method) = view {
            let d = vm.new_dict();
            let m = vm.intern(method);
            let r = vm.call_method(&d, m, &[]);
            vm.drop_val(d);
            r
        } else if sub == range {
            vm.call_value(&Value::Obj(sub), &[Value::Int(0)], &[])
        } else {
            vm.call_value(&Value::Obj(sub), &[], &[])
        };
        let Ok(sample) = made else {
            return false;
        };
        let r = abc_isinstance(vm, &sample, cls);
        vm.drop_val(sample);
        return r;
    }
    let callable_type = [t.function, t.builtin_function, t.method, t.type_].contains(&sub);
    let mut has = |n: &str| {
        let s = vm.intern(n);
        vm.lookup_in_mro(sub, s).is_some_and(|v| !v.is_none())
    };
    match &*name {
        "Iterable" => has("__iter__"),
        "Iterator" => has("__iter__") && has("__next__"),
        "Sized" => has("__len__"),
        "Container" => has("__contains__"),
        "Callable" => callable_type || has("__call__"),
        "Hashable" => has("__hash__"),
        "Awaitable" => has("__await__"),
        "AsyncIterable" => has("__aiter__"),
        "AsyncIterator" => has("__aiter__") && has("__anext__"),
        "Reversible" => has("__reversed__") && has("__iter__"),
        "Collection" => has("__len__") && has("__iter__") && has("__contains__"),
        "Generator" => ["__iter__", "__next__", "send", "throw", "close"]
            .iter()
            .all(|n| has(n)),
        "Coroutine" => ["__await__", "send", "throw", "close"]
            .iter()
            .all(|n| has(n)),
        "AsyncGenerator" => ["__aiter__", "__anext__", "asend", "athrow", "aclose"]
            .iter()
            .all(|n| has(n)),
        _ => false,
    }
}

// === math ===

fn build_math(vm: &mut Vm) -> ObjRef {
    let m = new_module(vm, "math");
    set_attr(vm, m, "pi", Value::Float(std::f64::consts::PI));
    set_attr(vm, m, "e", Value::Float(std::f64::consts::E));
    set_attr(vm, m, "tau", Value::Float(std::f64::consts::TAU));
    set_attr(vm, m, "inf", Value::Float(f64::INFINITY));
    set_attr(vm, m, "nan", Value::Float(f64::NAN));
    for (name, f) in [
        ("sqrt", math_sqrt as crate::engine::vm::object::NativeImpl),
        ("isqrt", math_isqrt),
        ("floor", math_floor),
        ("ceil", math_ceil),
        ("fabs", math_fabs),
        ("exp", math_exp),
        ("log", math_log),
        ("log2", math_log2),
        ("log10", math_log10),
        ("sin", math_sin),
        ("cos", math_cos),
        ("tan", math_tan),
        ("atan2", math_atan2),
        ("hypot", math_hypot),
        ("nextafter", math_nextafter),
        ("ulp", math_ulp),
        ("isclose", math_isclose),
        ("isfinite", math_isfinite),
        ("isinf", math_isinf),
        ("isnan", math_isnan),
        ("gcd", math_gcd),
        ("factorial", math_factorial),
        ("pow", math_pow),
        ("trunc", math_trunc),
        ("prod", math_prod),
        ("fsum", math_fsum),
        ("comb", math_comb),
        ("copysign", math_copysign),
        ("perm", math_perm),
        ("degrees", math_degrees),
        ("radians", math_radians),
        ("asin", math_asin),
        ("acos", math_acos),
        ("atan", math_atan),
        ("sinh", math_sinh),
        ("cosh", math_cosh),
        ("tanh", math_tanh),
        ("fmod", math_fmod),
        ("modf", math_modf),
        ("lcm", math_lcm),
        ("dist", math_dist),
        ("cbrt", math_cbrt),
        ("exp2", math_exp2),
        ("frexp", math_frexp),
        ("ldexp", math_ldexp),
        ("log1p", math_log1p),
        ("expm1", math_expm1),
        ("asinh", math_asinh),
        ("acosh", math_acosh),
        ("atanh", math_atanh),
        ("remainder", math_remainder),
    ] {
        def_fn(vm, m, "math", name, f);
    }
    m
}

fn f1(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<f64> {
    check_args(vm, args, 1, 1, name)?;
    float_arg(vm, &args[0])
}

fn domain(vm: &mut Vm) -> Value {
    vm.value_error("math domain error".into())
}

fn math_sqrt(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let x = f1(vm, args, "sqrt")?;
    if x < 0.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(x.sqrt()))
}

fn math_isqrt(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "isqrt")?;
    let n = match vm.big_of(&args[0]) {
        Some(n) => n,
        None => num_bigint::BigInt::from(int_arg(vm, &args[0])?),
    };
    if n.sign() == num_bigint::Sign::Minus {
        return Err(vm.value_error("isqrt() argument must be nonnegative".into()));
    }
    vm.int_from_big(n.sqrt())
}

fn to_int_checked(vm: &mut Vm, x: f64) -> PyResult<Value> {
    if x.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer".into()));
    }
    if x.is_infinite() {
        return Err(vm.new_exc_str("OverflowError", "cannot convert float infinity to integer"));
    }
    if x.abs() >= 9.223_372_036_854_776e18 {
        let b = <num_bigint::BigInt as num_traits::FromPrimitive>::from_f64(x).unwrap_or_default();
        return vm.int_from_big(b);
    }
    Ok(Value::Int(x as i64))
}

/// `math.floor`, `ceil` and `trunc` of an object whose class defines
/// `__floor__`, `__ceil__` or `__trunc__` (Decimal, Fraction) return what
/// it returns, exact past a float's range, as in CPython.
fn rounding_dunder(vm: &mut Vm, args: &[Value], name: &str) -> Option<PyResult<Value>> {
    let v = args.first()?;
    if !matches!(v, Value::Obj(r) if matches!(vm.heap.get(*r), Obj::Instance(_))) {
        return None;
    }
    let s = vm.intern(name);
    if !vm.has_method(v, s) {
        return None;
    }
    Some(vm.call_method(v, s, &[]))
}

fn math_floor(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    if let Some(Value::Int(i)) = args.first() {
        return Ok(Value::Int(*i));
    }
    if let Some(r) = rounding_dunder(vm, args, "__floor__") {
        return r;
    }
    let x = f1(vm, args, "floor")?;
    to_int_checked(vm, x.floor())
}

fn math_ceil(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    if let Some(Value::Int(i)) = args.first() {
        return Ok(Value::Int(*i));
    }
    if let Some(r) = rounding_dunder(vm, args, "__ceil__") {
        return r;
    }
    let x = f1(vm, args, "ceil")?;
    to_int_checked(vm, x.ceil())
}

fn math_trunc(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    if let Some(Value::Int(i)) = args.first() {
        return Ok(Value::Int(*i));
    }
    if let Some(r) = rounding_dunder(vm, args, "__trunc__") {
        return r;
    }
    let x = f1(vm, args, "trunc")?;
    to_int_checked(vm, x.trunc())
}

fn math_fabs(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Float(f1(vm, args, "fabs")?.abs()))
}

fn math_exp(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    overflowing(vm, args, "exp", f64::exp)
}

/// CPython's `math_1` for a function that can overflow: an infinite result
/// from a finite argument is "math range error".
fn overflowing(vm: &mut Vm, args: &[Value], name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let x = f1(vm, args, name)?;
    let r = f(x);
    if r.is_infinite() && x.is_finite() {
        return Err(vm.new_exc_str("OverflowError", "math range error"));
    }
    Ok(Value::Float(r))
}

fn math_log(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 2, "log")?;
    let x = float_arg(vm, &args[0])?;
    if x <= 0.0 {
        return Err(domain(vm));
    }
    match args.get(1) {
        Some(b) => {
            let b = float_arg(vm, b)?;
            Ok(Value::Float(x.ln() / b.ln()))
        }
        None => Ok(Value::Float(x.ln())),
    }
}

fn math_log2(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let x = f1(vm, args, "log2")?;
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(x.log2()))
}

fn math_log10(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let x = f1(vm, args, "log10")?;
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(x.log10()))
}

fn math_sin(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Float(f1(vm, args, "sin")?.sin()))
}

fn math_cos(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Float(f1(vm, args, "cos")?.cos()))
}

fn math_tan(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Float(f1(vm, args, "tan")?.tan()))
}

fn math_atan2(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "atan2")?;
    let (y, x) = (float_arg(vm, &args[0])?, float_arg(vm, &args[1])?);
    Ok(Value::Float(y.atan2(x)))
}

fn math_hypot(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let mut acc = 0.0f64;
    for a in args {
        let x = float_arg(vm, a)?;
        acc = acc.hypot(x);
    }
    Ok(Value::Float(acc))
}

fn math_copysign(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "copysign")?;
    let (x, y) = (float_arg(vm, &args[0])?, float_arg(vm, &args[1])?);
    Ok(Value::Float(x.copysign(y)))
}

/// The float after `x` towards `y` (C's `nextafter`), by its bits.
fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let away = (y > x) == (x > 0.0);
    f64::from_bits(if away { bits + 1 } else { bits - 1 })
}

fn math_nextafter(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "nextafter")?;
    let (x, y) = (float_arg(vm, &args[0])?, float_arg(vm, &args[1])?);
    Ok(Value::Float(next_after(x, y)))
}

/// `math.ulp(x)`, as CPython computes it from `nextafter`.
fn math_ulp(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "ulp")?;
    let x = float_arg(vm, &args[0])?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let x2 = next_after(x, f64::INFINITY);
    if x2.is_infinite() {
        return Ok(Value::Float(x - next_after(x, f64::NEG_INFINITY)));
    }
    Ok(Value::Float(x2 - x))
}

fn math_isclose(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "isclose")?;
    let (a, b) = (float_arg(vm, &args[0])?, float_arg(vm, &args[1])?);
    let rel = match kwarg(vm, kw, "rel_tol") {
        Some(v) => {
            let v = v.clone();
            float_arg(vm, &v)?
        }
        None => 1e-9,
    };
    let abs = match kwarg(vm, kw, "abs_tol") {
        Some(v) => {
            let v = v.clone();
            float_arg(vm, &v)?
        }
        None => 0.0,
    };
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let d = (a - b).abs();
    Ok(Value::Bool(
        d <= (rel * b).abs() || d <= (rel * a).abs() || d <= abs,
    ))
}

fn math_isfinite(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(f1(vm, args, "isfinite")?.is_finite()))
}

fn math_isinf(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(f1(vm, args, "isinf")?.is_infinite()))
}

fn math_isnan(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(f1(vm, args, "isnan")?.is_nan()))
}

fn math_gcd(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    use num_integer::Integer;
    let mut g = num_bigint::BigInt::from(0);
    for a in args {
        let x = match vm.big_of(a) {
            Some(x) => x,
            None => num_bigint::BigInt::from(int_arg(vm, a)?),
        };
        g = g.gcd(&x);
    }
    vm.int_from_big(g)
}

fn math_factorial(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "factorial")?;
    let n = int_arg(vm, &args[0])?;
    if n < 0 {
        return Err(vm.value_error("factorial() not defined for negative values".into()));
    }
    let mut acc = num_bigint::BigInt::from(1);
    for i in 2..=n {
        acc *= i;
        if i % 1024 == 0 && acc.bits() > 1 << 20 {
            break;
        }
    }
    vm.int_from_big(acc)
}

fn math_comb(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "comb")?;
    let (n, k) = (int_arg(vm, &args[0])?, int_arg(vm, &args[1])?);
    if n < 0 {
        return Err(vm.value_error("n must be a non-negative integer".into()));
    }
    if k < 0 {
        return Err(vm.value_error("k must be a non-negative integer".into()));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.min(n - k);
    let mut acc = num_bigint::BigInt::from(1);
    for i in 0..k {
        acc = acc * (n - i) / (i + 1);
    }
    vm.int_from_big(acc)
}

fn math_pow(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "pow")?;
    let (x, y) = (float_arg(vm, &args[0])?, float_arg(vm, &args[1])?);
    let r = x.powf(y);
    // As math_pow: only finite arguments can raise; 0.0 ** negative is a
    // domain error, other infinities overflow.
    if x.is_finite() && y.is_finite() && !r.is_finite() {
        if r.is_nan() || x == 0.0 {
            return Err(domain(vm));
        }
        return Err(vm.new_exc_str("OverflowError", "math range error"));
    }
    Ok(Value::Float(r))
}

fn math_prod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "prod")?;
    let items = vm.collect_iterable(&args[0])?;
    // The running product owns its reference, as each product does.
    let mut acc = match kwarg(vm, kw, "start").cloned() {
        Some(start) => vm.dup(&start),
        None => Value::Int(1),
    };
    for it in items {
        let r = vm.binary_op(&acc, &it, crate::engine::syntax::ast::BinOp::Mult);
        vm.drop_val(it);
        vm.drop_val(acc);
        acc = r?;
    }
    Ok(acc)
}

fn math_fsum(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "fsum")?;
    let items = vm.collect_iterable(&args[0])?;
    // Shewchuk's exact summation, as CPython's msum.
    let mut partials: Vec<f64> = Vec::new();
    for it in &items {
        let mut x = float_arg(vm, it)?;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    vm.heap.decref_all(items);
    Ok(Value::Float(partials.iter().sum()))
}

fn math_perm(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 2, "perm")?;
    let n = int_arg(vm, &args[0])?;
    let k = match args.get(1) {
        Some(Value::None) | None => n,
        Some(v) => int_arg(vm, v)?,
    };
    if n < 0 {
        return Err(vm.value_error("n must be a non-negative integer".into()));
    }
    if k < 0 {
        return Err(vm.value_error("k must be a non-negative integer".into()));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let mut acc = num_bigint::BigInt::from(1);
    for i in 0..k {
        acc *= n - i;
    }
    vm.int_from_big(acc)
}

fn math_lcm(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let mut acc: i64 = 1;
    for a in args {
        let x = int_arg(vm, a)?.abs();
        if x == 0 || acc == 0 {
            acc = 0;
            continue;
        }
        let (mut p, mut q) = (acc, x);
        while q != 0 {
            let t = p % q;
            p = q;
            q = t;
        }
        acc = (acc / p)
            .checked_mul(x)
            .ok_or_else(|| vm.overflow_error())?;
    }
    Ok(Value::Int(acc))
}

fn unary(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    f: fn(f64) -> f64,
    domain_check: fn(f64) -> bool,
) -> PyResult<Value> {
    let x = f1(vm, args, name)?;
    if !domain_check(x) {
        return Err(domain(vm));
    }
    Ok(Value::Float(f(x)))
}

fn math_degrees(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    unary(vm, args, "degrees", f64::to_degrees, |_| true)
}

fn math_radians(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    unary(vm, args, "radians", f64::to_radians, |_| true)
}

fn math_asin(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    unary(vm, args, "asin", f64::asin, |x| (-1.0..=1.0).contains(&x))
}

fn math_acos(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    unary(vm, args, "acos", f64::acos, |x| (-1.0..=1.0).contains(&x))
}

fn math_atan(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    unary(vm, args, "atan", f64::atan, |_| true)
}

fn math_sinh(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    overflowing(vm, args, "sinh", f64::sinh)
}

fn math_cosh(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    overflowing(vm, args, "cosh", f64::cosh)
}

fn math_tanh(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    unary(vm, args, "tanh", f64::tanh, |_| true)
}

fn math_cbrt(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    unary(vm, args, "cbrt", f64::cbrt, |_| true)
}

fn math_exp2(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    overflowing(vm, args, "exp2", f64::exp2)
}

/// `frexp(x)`: `(m, e)` with `x == m * 2**e` and `0.5 <= abs(m) < 1`.
fn math_frexp(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let x = f1(vm, args, "frexp")?;
    let (m, e) = if x == 0.0 || !x.is_finite() {
        (x, 0)
    } else {
        let bits = x.to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i64;
        if exp == 0 {
            // Subnormal: scale into the normal range first.
            let y = x * 2f64.powi(54);
            let bits = y.to_bits();
            let exp = ((bits >> 52) & 0x7ff) as i64;
            let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
            (m, exp - 1022 - 54)
        } else {
            let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
            (m, exp - 1022)
        }
    };
    Ok(vm.new_tuple(vec![Value::Float(m), Value::Int(e)]))
}

fn math_ldexp(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "ldexp")?;
    let x = float_arg(vm, &args[0])?;
    let i = super::int_arg(vm, &args[1])?;
    let mut r = x;
    // Steps keep each multiplication exact and away from overflow.
    let mut left = i.clamp(-2200, 2200);
    while left != 0 {
        let step = left.clamp(-1000, 1000);
        r *= 2f64.powi(step as i32);
        left -= step;
    }
    if r.is_infinite() && x.is_finite() {
        return Err(vm.new_exc_str("OverflowError", "math range error"));
    }
    Ok(Value::Float(r))
}

fn math_log1p(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    unary(vm, args, "log1p", f64::ln_1p, |x| x.is_nan() || x > -1.0)
}

fn math_expm1(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    overflowing(vm, args, "expm1", f64::exp_m1)
}

fn math_asinh(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    unary(vm, args, "asinh", f64::asinh, |_| true)
}

fn math_acosh(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    unary(vm, args, "acosh", f64::acosh, |x| x.is_nan() || x >= 1.0)
}

fn math_atanh(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    unary(vm, args, "atanh", f64::atanh, |x| {
        x.is_nan() || (x > -1.0 && x < 1.0)
    })
}

/// IEEE 754 remainder: `x - n*y` with `n` the nearest integer (ties to
/// even).
fn math_remainder(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "remainder")?;
    let (x, y) = (float_arg(vm, &args[0])?, float_arg(vm, &args[1])?);
    if y == 0.0 || x.is_infinite() {
        if x.is_nan() || y.is_nan() {
            return Ok(Value::Float(f64::NAN));
        }
        return Err(domain(vm));
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    // CPython's exact algorithm (fmod is exact; x / y would round).
    let (ax, ay) = (x.abs(), y.abs());
    let m = ax % ay;
    let c = ay - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        m - 2.0 * ((0.5 * (ax - m)) % ay)
    };
    Ok(Value::Float(1.0f64.copysign(x) * r))
}

fn math_fmod(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "fmod")?;
    let (x, y) = (float_arg(vm, &args[0])?, float_arg(vm, &args[1])?);
    if y == 0.0 && !x.is_nan() {
        return Err(domain(vm));
    }
    Ok(Value::Float(x % y))
}

fn math_modf(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let x = f1(vm, args, "modf")?;
    let i = x.trunc();
    let f = if x.is_infinite() {
        0.0f64.copysign(x)
    } else {
        x - i
    };
    Ok(vm.new_tuple(vec![Value::Float(f), Value::Float(i)]))
}

fn math_dist(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "dist")?;
    let p = vm.collect_iterable(&args[0])?;
    let q = vm.collect_iterable(&args[1])?;
    if p.len() != q.len() {
        vm.heap.decref_all(p);
        vm.heap.decref_all(q);
        return Err(vm.value_error("both points must have the same number of dimensions".into()));
    }
    let mut acc = 0.0f64;
    for (a, b) in p.iter().zip(&q) {
        let d = float_arg(vm, a)? - float_arg(vm, b)?;
        acc = acc.hypot(d);
    }
    vm.heap.decref_all(p);
    vm.heap.decref_all(q);
    Ok(Value::Float(acc))
}

// === time ===

fn build_time(vm: &mut Vm) -> ObjRef {
    let m = new_module(vm, "time");
    for (name, f) in [
        ("time", time_time as crate::engine::vm::object::NativeImpl),
        ("monotonic", time_time),
        ("perf_counter", time_time),
        ("process_time", time_time),
        ("sleep", time_sleep),
        ("strftime", time_strftime),
        ("gmtime", time_gmtime),
        ("localtime", time_gmtime),
        ("time_ns", time_time_ns),
        ("monotonic_ns", time_time_ns),
        ("perf_counter_ns", time_time_ns),
    ] {
        def_fn(vm, m, "time", name, f);
    }
    // `struct_time` as CPython's: a 9-tuple with named fields. The clock
    // is UTC, so local time is UTC too.
    const STRUCT_TIME: &str = "\
class struct_time(tuple):
    __slots__ = ()
    __module__ = 'time'
    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0
    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: 'UTC')
    tm_gmtoff = property(lambda self: 0)
    def __repr__(self):
        return ('time.struct_time(tm_year=%r, tm_mon=%r, tm_mday=%r, tm_hour=%r, '
                'tm_min=%r, tm_sec=%r, tm_wday=%r, tm_yday=%r, tm_isdst=%r)' % tuple(self))
_gmtime = gmtime
def gmtime(secs=None):
    return struct_time(_gmtime(secs))
localtime = gmtime
def mktime(t):
    y, mo, d, h, mi, s = tuple(t)[:6]
    a = (14 - mo) // 12
    yy = y + 4800 - a
    mm = mo + 12 * a - 3
    jdn = d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - yy // 100 + yy // 400 - 32045
    return float((jdn - 2440588) * 86400 + h * 3600 + mi * 60 + s)
def asctime(t=None):
    if t is None:
        t = localtime()
    return strftime('%a %b ', t) + '%2d %02d:%02d:%02d %d' % (t[2], t[3], t[4], t[5], t[0])
def ctime(secs=None):
    return asctime(localtime(secs))
timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')
";
    if let Ok(code) =
        crate::engine::compile::compile_library(STRUCT_TIME, "<time>", &mut vm.interner)
        && let Err(e) = vm.run_module_code(code, m)
    {
        vm.drop_val(e);
    }
    m
}

/// The clock in nanoseconds, rounded as the oracle's `int(round(t * 1e9))`:
/// truncating turns 2.05 s (2049999999.9999998 ns) into 2049999999.
fn time_time_ns(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int((vm.clock * 1e9).round_ties_even() as i64))
}

/// Civil date and time (UTC) of a virtual-clock timestamp:
/// (year, month, day, hour, minute, second, weekday Mon=0, yearday 1-based).
fn civil(t: f64) -> (i64, i64, i64, i64, i64, i64, i64, i64) {
    let secs = t.floor() as i64;
    let days = secs.div_euclid(86400);
    let rem = secs.rem_euclid(86400);
    // Howard Hinnant's days-from-civil inverse.
    let z = days + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    let weekday = (days + 3).rem_euclid(7);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let cum = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    let yday = cum[(m - 1) as usize] + d + if leap && m > 2 { 1 } else { 0 };
    (
        y,
        m,
        d,
        rem / 3600,
        rem % 3600 / 60,
        rem % 60,
        weekday,
        yday,
    )
}

fn time_gmtime(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let t = match args.first() {
        Some(Value::None) | None => vm.clock,
        Some(v) => float_arg(vm, v)?,
    };
    let (y, mo, d, h, mi, s, wd, yd) = civil(t);
    let items = [y, mo, d, h, mi, s, wd, yd, 0]
        .iter()
        .map(|x| Value::Int(*x))
        .collect();
    Ok(vm.new_tuple(items))
}

/// `time.strftime` on the virtual clock, in UTC.
fn time_strftime(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 2, "strftime")?;
    let fmt = super::str_arg(vm, &args[0], "strftime() argument 1")?;
    let (y, mo, d, h, mi, s, wd, yd) = match args.get(1) {
        Some(t) => {
            let items = vm.collect_iterable(t)?;
            vm.heap.decref_all(items.iter().cloned());
            let get = |i: usize| match items.get(i) {
                Some(Value::Int(x)) => *x,
                _ => 0,
            };
            (
                get(0),
                get(1),
                get(2),
                get(3),
                get(4),
                get(5),
                get(6),
                get(7),
            )
        }
        None => civil(vm.clock),
    };
    const DAYS: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let day = DAYS[wd.rem_euclid(7) as usize];
    let month = MONTHS[(mo - 1).clamp(0, 11) as usize];
    let h12 = if h % 12 == 0 { 12 } else { h % 12 };
    let mut out = String::new();
    let mut chars = fmt.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('Y') => out.push_str(&y.to_string()),
            Some('y') => out.push_str(&format!("{:02}", y % 100)),
            Some('m') => out.push_str(&format!("{mo:02}")),
            Some('d') => out.push_str(&format!("{d:02}")),
            Some('e') => out.push_str(&format!("{d:2}")),
            Some('H') => out.push_str(&format!("{h:02}")),
            Some('I') => out.push_str(&format!("{h12:02}")),
            Some('M') => out.push_str(&format!("{mi:02}")),
            Some('S') => out.push_str(&format!("{s:02}")),
            Some('p') => out.push_str(if h < 12 { "AM" } else { "PM" }),
            Some('X') | Some('T') => out.push_str(&format!("{h:02}:{mi:02}:{s:02}")),
            Some('x') | Some('D') => out.push_str(&format!("{mo:02}/{d:02}/{:02}", y % 100)),
            Some('R') => out.push_str(&format!("{h:02}:{mi:02}")),
            Some('F') => out.push_str(&format!("{y}-{mo:02}-{d:02}")),
            Some('c') => out.push_str(&format!(
                "{} {} {d:2} {h:02}:{mi:02}:{s:02} {y}",
                &day[..3],
                &month[..3]
            )),
            Some('a') => out.push_str(&day[..3]),
            Some('A') => out.push_str(day),
            Some('b') | Some('h') => out.push_str(&month[..3]),
            Some('B') => out.push_str(month),
            Some('j') => out.push_str(&format!("{yd:03}")),
            Some('w') => out.push_str(&((wd + 1) % 7).to_string()),
            Some('Z') => out.push_str("UTC"),
            Some('z') => out.push_str("+0000"),
            Some('%') => out.push('%'),
            Some(other) => {
                out.push('%');
                out.push(other);
            }
            None => out.push('%'),
        }
    }
    Ok(Value::Str(out.into()))
}

fn time_time(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Float(vm.clock))
}

/// `time.sleep` blocks everything: the virtual clock jumps.
fn time_sleep(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "sleep")?;
    let s = float_arg(vm, &args[0])?;
    if s < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative".into()));
    }
    vm.clock += s;
    vm.note(crate::engine::events::Note::Stall(s));
    Ok(Value::None)
}

// === sys, gc, types, inspect, typing ===

fn build_sys(vm: &mut Vm) -> ObjRef {
    let m = new_module(vm, "sys");
    def_fn(vm, m, "sys", "getrecursionlimit", sys_getrecursionlimit);
    def_fn(vm, m, "sys", "setrecursionlimit", sys_setrecursionlimit);
    def_fn(vm, m, "sys", "exit", sys_exit);
    def_fn(vm, m, "sys", "displayhook", sys_displayhook);
    def_fn(vm, m, "sys", "__displayhook__", sys_displayhook);
    def_fn(vm, m, "sys", "exc_info", sys_exc_info);
    def_fn(vm, m, "sys", "exception", sys_exception);
    def_fn(vm, m, "sys", "_format_exception", sys_format_exception);
    def_fn(vm, m, "sys", "_caller_info", sys_caller_info);
    def_fn(vm, m, "sys", "_warn_site", sys_warn_site);
    def_fn(vm, m, "sys", "_read_file", sys_read_file);
    def_fn(vm, m, "sys", "_get_context", sys_get_context);
    def_fn(vm, m, "sys", "_set_context", sys_set_context);
    def_fn(vm, m, "sys", "_write_file", sys_write_file);
    def_fn(vm, m, "sys", "_remove_file", sys_remove_file);
    def_fn(vm, m, "sys", "_listdir", sys_listdir);
    def_fn(vm, m, "sys", "_mkdir", super::folders::sys_mkdir);
    def_fn(vm, m, "sys", "_rmdir", super::folders::sys_rmdir);
    def_fn(vm, m, "sys", "_isdir", super::folders::sys_isdir);
    def_fn(vm, m, "sys", "_getcwd", sys_getcwd);
    def_fn(vm, m, "sys", "_stdin_read", sys_stdin_read);
    def_fn(vm, m, "sys", "_stdin_readline", sys_stdin_readline);
    let stdout = new_module(vm, "sys.stdout");
    def_fn(vm, stdout, "sys.stdout", "write", stdout_write);
    def_fn(vm, stdout, "sys.stdout", "flush", noop);
    set_attr(vm, stdout, "encoding", Value::str("utf-8"));
    set_attr(vm, m, "stdout", Value::Obj(stdout));
    vm.heap.incref_obj(stdout);
    set_attr(vm, m, "__stdout__", Value::Obj(stdout));
    let stderr = new_module(vm, "sys.stderr");
    def_fn(vm, stderr, "sys.stderr", "write", stderr_write);
    def_fn(vm, stderr, "sys.stderr", "flush", noop);
    set_attr(vm, stderr, "encoding", Value::str("utf-8"));
    set_attr(vm, m, "stderr", Value::Obj(stderr));
    vm.heap.incref_obj(stderr);
    set_attr(vm, m, "__stderr__", Value::Obj(stderr));
    set_attr(vm, m, "maxsize", Value::Int(i64::MAX));
    // What CPython reports on the Linux machines programs are compared on.
    set_attr(vm, m, "platform", Value::str("linux"));
    set_attr(vm, m, "byteorder", Value::str("little"));
    set_attr(vm, m, "version", Value::str("3.11.7 (coroscope)"));
    let vi = vm.new_tuple(vec![
        Value::Int(3),
        Value::Int(11),
        Value::Int(7),
        Value::str("final"),
        Value::Int(0),
    ]);
    set_attr(vm, m, "version_info", vi);
    // A struct sequence in CPython: the fields by name too. And stdin.
    const VERSION_INFO: &str = "\
class version_info(tuple):
    __slots__ = ()
    __module__ = 'sys'
    major = property(lambda self: self[0])
    minor = property(lambda self: self[1])
    micro = property(lambda self: self[2])
    releaselevel = property(lambda self: self[3])
    serial = property(lambda self: self[4])
    def __repr__(self):
        return ('sys.version_info(major=%r, minor=%r, micro=%r, '
                'releaselevel=%r, serial=%r)' % tuple(self))
version_info = version_info((3, 11, 7, 'final', 0))
def _structseq(name, fields, values):
    ns = {'__slots__': (), '__module__': 'sys'}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i])
    def __repr__(self):
        return name + '(' + ', '.join(f'{f}={v!r}' for f, v in zip(fields, self)) + ')'
    ns['__repr__'] = __repr__
    return type(name[4:], (tuple,), ns)(values)
float_info = _structseq(
    'sys.float_info',
    ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig',
     'mant_dig', 'epsilon', 'radix', 'rounds'),
    (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021,
     -307, 15, 53, 2.220446049250313e-16, 2, 1))
int_info = _structseq(
    'sys.int_info',
    ('bits_per_digit', 'sizeof_digit', 'default_max_str_digits',
     'str_digits_check_threshold'),
    (30, 4, 4300, 640))
flags = _structseq(
    'sys.flags',
    ('debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode',
     'no_user_site', 'no_site', 'ignore_environment', 'verbose',
     'bytes_warning', 'quiet', 'hash_randomization', 'isolated',
     'dev_mode', 'utf8_mode', 'warn_default_encoding', 'safe_path',
     'int_max_str_digits'),
    (0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, False, 1, 0, False, -1))
del _structseq
hexversion = 0x030b07f0
api_version = 1013
executable = '/usr/bin/python3'
path = [_getcwd(), '/usr/lib/python311.zip', '/usr/lib/python3.11',
        '/usr/lib/python3.11/lib-dynload']
def intern(string):
    if type(string) is not str:
        raise TypeError(f'intern() argument must be str, not {type(string).__name__}')
    return string
def getdefaultencoding():
    return 'utf-8'
def getfilesystemencoding():
    return 'utf-8'
class _Implementation:
    __module__ = 'types'
    name = 'cpython'
    cache_tag = 'cpython-311'
    version = version_info
    hexversion = hexversion
    def __repr__(self):
        return ('namespace(name=%r, cache_tag=%r, version=%r, hexversion=%r, '
                '_multiarch=%r)' % (self.name, self.cache_tag, self.version,
                                    self.hexversion, 'x86_64-linux-gnu'))
implementation = _Implementation()
del _Implementation
class TextIOWrapper:
    # Standard input: the CLI's real one, empty in the page.
    __module__ = '_io'
    name = '<stdin>'
    encoding = 'utf-8'
    closed = False
    def read(self, size=-1):
        return _stdin_read(-1 if size is None else size)
    def readline(self, size=-1):
        return _stdin_readline(-1 if size is None else size)
    def readlines(self, hint=-1):
        return list(self)
    def __iter__(self):
        return self
    def __next__(self):
        line = _stdin_readline(-1)
        if not line:
            raise StopIteration
        return line
    def isatty(self):
        return False
    def fileno(self):
        return 0
stdin = __stdin__ = TextIOWrapper()
del TextIOWrapper
";
    if let Ok(code) =
        crate::engine::compile::compile_library(VERSION_INFO, "<sys>", &mut vm.interner)
        && let Err(e) = vm.run_module_code(code, m)
    {
        vm.drop_val(e);
    }
    let argv_name = Value::Str(vm.filename.clone());
    let argv = vm.new_list(vec![argv_name]);
    set_attr(vm, m, "argv", argv);
    m
}

fn sys_stdin_read(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let size = match args.first() {
        Some(v) => super::int_arg(vm, v)?,
        None => -1,
    };
    Ok(Value::Str(vm.stdin_read(size).into()))
}

fn sys_stdin_readline(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let size = match args.first() {
        Some(v) => super::int_arg(vm, v)?,
        None => -1,
    };
    Ok(Value::Str(vm.stdin_line(size).unwrap_or_default().into()))
}

fn sys_getrecursionlimit(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    let limit = vm.recursion_asked.unwrap_or(vm.limits.recursion);
    Ok(Value::Int(limit as i64))
}

/// `sys.setrecursionlimit(n)`, with CPython's errors. Frames live on the
/// heap, so a limit up to `MAX_RECURSION_LIMIT` is honoured as it is;
/// above that, recursion stops there (getrecursionlimit still says `n`).
fn sys_setrecursionlimit(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "setrecursionlimit")?;
    if matches!(args[0], Value::Float(_)) {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer".into()));
    }
    let n = super::int_arg(vm, &args[0])?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1".into()));
    }
    let depth = vm.frames.len() as i64;
    if n <= depth {
        return Err(vm.new_exc(
            "RecursionError",
            format!(
                "cannot set the recursion limit to {n} at the recursion depth {depth}: \
                 the limit is too low"
            ),
        ));
    }
    vm.recursion_asked = Some(n as usize);
    vm.limits.recursion = (n as usize).min(crate::engine::vm::interp::MAX_RECURSION_LIMIT);
    Ok(Value::None)
}

/// The builtin `exit()`/`quit()` (site's Quitter): `SystemExit(code)`.
pub(super) fn quitter_exit(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "Quitter.__call__() takes from 1 to 2 positional arguments but {} were given",
            args.len() + 1
        )));
    }
    let code = args.first().map(|a| vm.dup(a)).unwrap_or(Value::None);
    let t = vm.new_tuple(vec![code]);
    let cls = vm.exc_class("SystemExit");
    Err(vm.new_exc_obj(cls, t))
}

pub(super) fn sys_exit(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 0, 1, "exit")?;
    // PyErr_SetObject's arguments: none for None, a tuple's items, else
    // the value itself.
    let items: Vec<Value> = match args.first() {
        None | Some(Value::None) => Vec::new(),
        Some(v @ Value::Obj(r)) if matches!(vm.heap.get(*r), Obj::Tuple(_)) => {
            let v = v.clone();
            vm.tuple_items(&v).iter().map(|a| vm.dup(a)).collect()
        }
        Some(v) => vec![vm.dup(v)],
    };
    let t = vm.new_tuple(items);
    let cls = vm.exc_class("SystemExit");
    Err(vm.new_exc_obj(cls, t))
}

fn sys_exception(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    let h = vm.current_handled();
    Ok(vm.dup(&h))
}

/// The text CPython prints for an uncaught `exc` (traceback, chain), for
/// the `traceback` module.
fn sys_format_exception(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "_format_exception")?;
    if vm.exc_data(&args[0]).is_none() {
        return Err(vm.type_error("_format_exception() takes an exception".into()));
    }
    let text = vm.format_traceback(&args[0]);
    Ok(Value::Str(text.into()))
}

/// The text of file `name`: what the program wrote to it in this run, else
/// (natively) the file on disk, relative to the current directory. In the
/// page there is no disk. Errors as CPython words them.
fn sys_read_file(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "_read_file")?;
    let name = super::str_arg(vm, &args[0], "file")?;
    let not_found =
        |vm: &mut Vm| vm.new_os_error("FileNotFoundError", 2, "No such file or directory", &name);
    match vm.files.get(&*name) {
        Some(Some(text)) => return Ok(Value::Str(text.clone())),
        Some(None) => return Err(not_found(vm)),
        None => {}
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        match std::fs::read(&*name) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => Ok(Value::Str(text.into())),
                Err(_) => Err(vm.new_exc_str(
                    "UnicodeDecodeError",
                    "'utf-8' codec can't decode the file (coroscope reads text files as UTF-8)",
                )),
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(not_found(vm)),
            Err(e) if e.kind() == std::io::ErrorKind::IsADirectory => {
                Err(vm.new_os_error("IsADirectoryError", 21, "Is a directory", &name))
            }
            Err(e) => Err(vm.new_exc(
                "OSError",
                format!("{e}: {}", crate::engine::numeric::str_repr::str_repr(&name)),
            )),
        }
    }
    #[cfg(target_arch = "wasm32")]
    {
        Err(not_found(vm))
    }
}

/// The current `contextvars.Context` (for the `contextvars` module).
fn sys_get_context(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    let c = vm.current_context.clone();
    Ok(vm.dup(&c))
}

fn sys_set_context(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "_set_context")?;
    let new = vm.dup(&args[0]);
    let old = std::mem::replace(&mut vm.current_context, new);
    vm.drop_val(old);
    Ok(Value::None)
}

/// Keeps what the program wrote to file `name` (in memory only).
fn sys_write_file(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "_write_file")?;
    let name = super::str_arg(vm, &args[0], "file")?;
    let text = super::str_arg(vm, &args[1], "text")?;
    if super::folders::is_dir(vm, &name) {
        return Err(vm.new_os_error("IsADirectoryError", 21, "Is a directory", &name));
    }
    if !super::folders::parent_exists(vm, &name) {
        return Err(vm.new_os_error("FileNotFoundError", 2, "No such file or directory", &name));
    }
    vm.files.insert(name, Some(text));
    Ok(Value::None)
}

/// `os.remove`: forgets a file the program wrote. A file on disk is left
/// alone (coroscope never changes the disk); a missing one is an error.
fn sys_remove_file(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "_remove_file")?;
    let name = super::str_arg(vm, &args[0], "file")?;
    let on_disk = {
        #[cfg(not(target_arch = "wasm32"))]
        {
            std::path::Path::new(&*name).is_file()
        }
        #[cfg(target_arch = "wasm32")]
        {
            false
        }
    };
    let written = matches!(vm.files.get(&*name), Some(Some(_)));
    let removed = matches!(vm.files.get(&*name), Some(None));
    if !removed && (written || on_disk) {
        // A file on disk stays there; the run no longer sees it.
        vm.files.insert(name, None);
        return Ok(Value::None);
    }
    Err(vm.new_os_error("FileNotFoundError", 2, "No such file or directory", &name))
}

/// `os.listdir(path)`: the folder's entries on disk (natively; the page
/// has no disk) in the order the system lists them, without the files the
/// program removed, then the files it wrote there that the disk lacks.
fn sys_listdir(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "_listdir")?;
    let dir = super::str_arg(vm, &args[0], "path")?;
    let names = list_dir(vm, &dir)?;
    let items = names.into_iter().map(|n| Value::str(&n)).collect();
    Ok(vm.new_list(items))
}

/// The entries of folder `dir` as this run sees them (see `sys_listdir`):
/// folders the program made count, ones it removed do not.
pub fn list_dir(vm: &mut Vm, dir: &str) -> PyResult<Vec<String>> {
    let key = super::folders::norm(dir);
    let made = vm.dirs.get(key.as_str()).copied();
    if made == Some(false) {
        return Err(vm.new_os_error("FileNotFoundError", 2, "No such file or directory", dir));
    }
    let mut names: Vec<String> = Vec::new();
    #[cfg(not(target_arch = "wasm32"))]
    if made.is_none() {
        match std::fs::read_dir(dir) {
            Ok(entries) => {
                for e in entries.flatten() {
                    names.push(e.file_name().to_string_lossy().into_owned());
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(vm.new_os_error(
                    "FileNotFoundError",
                    2,
                    "No such file or directory",
                    dir,
                ));
            }
            Err(_) => {
                return Err(vm.new_os_error("NotADirectoryError", 20, "Not a directory", dir));
            }
        }
    }
    let prefix = if key == "." {
        String::new()
    } else {
        format!("{}/", key.trim_end_matches('/'))
    };
    let full = |n: &str| -> String { format!("{prefix}{n}") };
    names.retain(|n| {
        !matches!(vm.files.get(full(n).as_str()), Some(None))
            && vm.dirs.get(full(n).as_str()) != Some(&false)
    });
    let child = |path: &str| -> Option<String> {
        let rest = path.strip_prefix("./").unwrap_or(path);
        let rest = rest.strip_prefix(prefix.as_str())?;
        (!rest.is_empty() && !rest.contains('/')).then(|| rest.to_string())
    };
    let written: Vec<String> = vm
        .files
        .iter()
        .filter(|(_, text)| text.is_some())
        .filter_map(|(path, _)| child(path))
        .chain(
            vm.dirs
                .iter()
                .filter(|(_, made)| **made)
                .filter_map(|(path, _)| child(path)),
        )
        .collect();
    for n in written {
        if !names.contains(&n) {
            names.push(n);
        }
    }
    Ok(names)
}

/// `os.getcwd()`: the program's folder in the CLI, `/` in the page.
fn sys_getcwd(_vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    let cwd = std::env::current_dir()
        .map(|d| d.to_string_lossy().into_owned())
        .unwrap_or_else(|_| "/".to_string());
    Ok(Value::str(&cwd))
}

/// `(filename, lineno, function)` of the innermost frame of the program
/// itself (library modules compiled from `<name>` are skipped): what
/// `logging` records as the place a message came from.
fn sys_caller_info(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    let found = vm
        .frames
        .iter()
        .rev()
        .find(|f| !f.code.filename.starts_with('<'))
        .map(|f| (f.code.filename.clone(), f.line(), f.code.name.clone()));
    let (file, line, name) =
        found.unwrap_or_else(|| ("(unknown file)".into(), 0, "(unknown function)".into()));
    Ok(vm.new_tuple(vec![
        Value::Str(file),
        Value::Int(line as i64),
        Value::Str(name),
    ]))
}

/// `warnings.warn`'s `stacklevel`: the program's frame that many levels out
/// (library frames skipped), as `(filename, lineno, module, source line)`.
fn sys_warn_site(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let level = match args.first() {
        Some(Value::Int(n)) => (*n).max(1) as usize,
        _ => 1,
    };
    let user: Vec<_> = vm
        .frames
        .iter()
        .rev()
        .filter(|f| !f.code.filename.starts_with('<'))
        .map(|f| (f.code.filename.clone(), f.line(), f.globals))
        .collect();
    let Some((file, line, globals)) = user.get(level - 1).or(user.last()).cloned() else {
        return Ok(vm.new_tuple(vec![
            Value::str("sys"),
            Value::Int(1),
            Value::str("sys"),
            Value::None,
        ]));
    };
    let module = vm.module_name_of(globals);
    let text = vm
        .source_line(&file, line)
        .map_or(Value::None, |t| Value::str(&t));
    Ok(vm.new_tuple(vec![
        Value::Str(file),
        Value::Int(line as i64),
        Value::Str(module),
        text,
    ]))
}

fn sys_exc_info(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    let h = vm.current_handled();
    if h.is_none() {
        return Ok(vm.new_tuple(vec![Value::None, Value::None, Value::None]));
    }
    let cls = vm.class_of(&h);
    let c = vm.dup(&Value::Obj(cls));
    let e = vm.dup(&h);
    let name = vm.intern("__traceback__");
    let tb = vm.getattr(&h, name)?;
    Ok(vm.new_tuple(vec![c, e, tb]))
}

fn stdout_write(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "write")?;
    let s = super::str_arg(vm, &args[0], "write() argument")?;
    vm.write_stdout(&s)?;
    Ok(Value::Int(s.chars().count() as i64))
}

fn stderr_write(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "write")?;
    let s = super::str_arg(vm, &args[0], "write() argument")?;
    vm.write_stderr_raw(&s);
    Ok(Value::Int(s.chars().count() as i64))
}

/// `sys.displayhook(value)`: what the prompt does with an expression's
/// value: its repr printed (through `print`, so to the `sys.stdout` the
/// program has) and kept as `builtins._`, unless it is None.
fn sys_displayhook(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "displayhook")?;
    let v = &args[0];
    if v.is_none() {
        return Ok(Value::None);
    }
    let b = vm.builtins;
    let under = vm.intern("_");
    vm.ns_set(b, under, Value::None);
    let text = vm.repr(v)?;
    let print_sym = vm.intern("print");
    let print = vm.getattr(&Value::Obj(b), print_sym)?;
    let r = vm.call_value(&print, &[Value::str(&text)], &[]);
    vm.drop_val(print);
    vm.drop_val(r?);
    let v = vm.dup(v);
    vm.ns_set(b, under, v);
    Ok(Value::None)
}

fn noop(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::None)
}

fn build_gc(vm: &mut Vm) -> ObjRef {
    let m = new_module(vm, "gc");
    def_fn(vm, m, "gc", "collect", gc_collect);
    def_fn(vm, m, "gc", "disable", gc_noop);
    def_fn(vm, m, "gc", "enable", gc_noop);
    def_fn(vm, m, "gc", "isenabled", gc_isenabled);
    m
}

fn gc_collect(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    vm.run_finalizers();
    let n = vm.collect_cycles();
    Ok(Value::Int(n as i64))
}

fn gc_noop(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::None)
}

fn gc_isenabled(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

fn build_types(vm: &mut Vm) -> ObjRef {
    let m = new_module(vm, "types");
    def_fn(vm, m, "types", "coroutine", types_coroutine);
    let t = vm.types.clone();
    for (name, cls) in [
        ("GeneratorType", t.generator),
        ("CoroutineType", t.coroutine),
        ("AsyncGeneratorType", t.async_generator),
        ("FunctionType", t.function),
        ("MethodType", t.method),
        ("BuiltinFunctionType", t.builtin_function),
        ("ModuleType", t.module),
    ] {
        vm.heap.incref_obj(cls);
        set_attr(vm, m, name, Value::Obj(cls));
    }
    // SimpleNamespace, UnionType and GenericAlias, in Python.
    if let Ok(code) = crate::engine::compile::compile_library(
        python_source!("_types.py"),
        "<types>",
        &mut vm.interner,
    ) && let Err(e) = vm.run_module_code(code, m)
    {
        vm.drop_val(e);
    }
    m
}

/// `@types.coroutine`: generators it creates can be awaited.
fn types_coroutine(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "coroutine")?;
    let f = &args[0];
    if let Value::Obj(r) = f
        && let Obj::Function(func) = vm.heap.get_mut(*r)
    {
        let code = func.code.clone();
        if code.is_generator {
            let mut c = (*code).clone();
            c.iterable_coroutine = true;
            func.code = Rc::new(c);
        }
    }
    Ok(vm.dup(f))
}

fn build_inspect(vm: &mut Vm) -> ObjRef {
    let m = new_module(vm, "inspect");
    def_fn(vm, m, "inspect", "getgeneratorstate", inspect_genstate);
    def_fn(vm, m, "inspect", "getcoroutinestate", inspect_corostate);
    def_fn(vm, m, "inspect", "isgenerator", inspect_isgenerator);
    def_fn(vm, m, "inspect", "iscoroutine", inspect_iscoroutine);
    def_fn(vm, m, "inspect", "isgeneratorfunction", inspect_isgenfunc);
    def_fn(vm, m, "inspect", "iscoroutinefunction", inspect_iscorofunc);
    def_fn(vm, m, "inspect", "isawaitable", inspect_isawaitable);
    def_fn(vm, m, "inspect", "isasyncgen", inspect_isasyncgen);
    def_fn(
        vm,
        m,
        "inspect",
        "isasyncgenfunction",
        inspect_isasyncgenfunc,
    );
    // The predicates, helpers and `signature`, in Python as CPython's
    // inspect.py writes them.
    if let Ok(code) = crate::engine::compile::compile_library(
        python_source!("_inspect.py"),
        "<inspect>",
        &mut vm.interner,
    ) && let Err(e) = vm.run_module_code(code, m)
    {
        vm.drop_val(e);
    }
    m
}

fn gen_state(vm: &mut Vm, args: &[Value], prefix: &str) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "getgeneratorstate")?;
    let st = match &args[0] {
        Value::Obj(r) => match vm.heap.get(*r) {
            Obj::Gen(g) => g.state,
            _ => return Err(vm.type_error("expected a generator".into())),
        },
        _ => return Err(vm.type_error("expected a generator".into())),
    };
    let s = match st {
        GenState::Created => "CREATED",
        GenState::Running => "RUNNING",
        GenState::Suspended => "SUSPENDED",
        GenState::Closed => "CLOSED",
    };
    Ok(Value::Str(format!("{prefix}_{s}").into()))
}

fn inspect_genstate(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    gen_state(vm, args, "GEN")
}

fn inspect_corostate(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    gen_state(vm, args, "CORO")
}

fn gen_kind(vm: &Vm, v: &Value) -> Option<GenKind> {
    match v {
        Value::Obj(r) => match vm.heap.get(*r) {
            Obj::Gen(g) => Some(g.kind),
            _ => None,
        },
        _ => None,
    }
}

fn inspect_isgenerator(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(
        args.first().and_then(|a| gen_kind(vm, a)) == Some(GenKind::Generator),
    ))
}

fn inspect_isasyncgen(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(
        args.first().and_then(|a| gen_kind(vm, a)) == Some(GenKind::AsyncGenerator),
    ))
}

fn inspect_isasyncgenfunc(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(
        args.first()
            .and_then(|a| code_of(vm, a))
            .is_some_and(|c| c.is_async_generator),
    ))
}

fn inspect_iscoroutine(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(
        args.first().and_then(|a| gen_kind(vm, a)) == Some(GenKind::Coroutine),
    ))
}

fn inspect_isawaitable(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let Some(a) = args.first() else {
        return Ok(Value::Bool(false));
    };
    let aw = vm.names.await_;
    Ok(Value::Bool(
        gen_kind(vm, a) == Some(GenKind::Coroutine) || vm.has_method(a, aw),
    ))
}

/// The code of a function, also through bound methods and
/// `functools.partial` objects, as `inspect._has_code_flag` unwraps them.
fn code_of(vm: &mut Vm, v: &Value) -> Option<Rc<crate::engine::compile::code::Code>> {
    let func_sym = vm.intern("func");
    let mut v = v.clone();
    for _ in 0..100 {
        let Value::Obj(r) = v else { return None };
        v = match vm.heap.get(r) {
            Obj::Function(f) => return Some(f.code.clone()),
            Obj::BoundMethod { func, .. } => func.clone(),
            Obj::Instance(i) => {
                let c = vm.class(i.class);
                if &*c.name != "partial" || &*c.module != "functools" {
                    return None;
                }
                i.dict.get(func_sym)?.clone()
            }
            _ => return None,
        };
    }
    None
}

fn inspect_isgenfunc(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(
        args.first()
            .and_then(|a| code_of(vm, a))
            .is_some_and(|c| c.is_generator),
    ))
}

fn inspect_iscorofunc(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(
        args.first()
            .and_then(|a| code_of(vm, a))
            .is_some_and(|c| c.is_coroutine),
    ))
}

#[cfg(test)]
mod tests {
    /// build.rs may only blank comment lines: anything else would move the
    /// line numbers of tracebacks through library code, or change the code.
    #[test]
    fn embedded_sources_differ_only_by_blanked_comments() {
        let pairs = [
            (
                python_source!("datetime.py"),
                include_str!("pylib/datetime.py"),
            ),
            (
                python_source!("collections.py"),
                include_str!("pylib/collections.py"),
            ),
            (
                python_source!("functools.py"),
                include_str!("pylib/functools.py"),
            ),
            (python_source!("re.py"), include_str!("pylib/re.py")),
            (
                python_source!("prelude.py"),
                include_str!("../../aio/prelude.py"),
            ),
        ];
        for (embedded, original) in pairs {
            assert_eq!(embedded.lines().count(), original.lines().count());
            let mut blanked = 0;
            for (e, o) in embedded.lines().zip(original.lines()) {
                if e != o {
                    assert!(e.is_empty() && o.trim_start().starts_with('#'), "{o:?}");
                    blanked += 1;
                }
            }
            assert!(blanked > 0, "no comment line was blanked");
        }
    }
}
