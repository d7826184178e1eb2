//! The builtin types as class objects, and the names the VM uses often.

use std::collections::HashMap;

use super::Vm;
use super::heap::Heap;
use super::object::{BuiltinKind, Class, Obj};
use super::symmap::SymMap;
use super::value::{ObjRef, Value};
use crate::engine::intern::{Interner, Sym};
use crate::engine::syntax::ast::BinOp;

macro_rules! names {
    ($($field:ident = $text:expr),* $(,)?) => {
        /// Interned names the VM looks up by itself.
        #[derive(Clone, Debug)]
        pub struct Names { $(pub $field: Sym,)* }
        impl Names {
            pub fn new(i: &mut Interner) -> Names {
                Names { $($field: i.intern($text),)* }
            }
        }
    };
}

names! {
    init = "__init__", new = "__new__", repr = "__repr__", str = "__str__",
    eq = "__eq__", ne = "__ne__", lt = "__lt__", le = "__le__", gt = "__gt__", ge = "__ge__",
    hash = "__hash__", len = "__len__", getitem = "__getitem__", setitem = "__setitem__",
    delitem = "__delitem__", iter = "__iter__", next = "__next__", contains = "__contains__",
    call = "__call__", enter = "__enter__", exit = "__exit__", aenter = "__aenter__",
    aexit = "__aexit__", await_ = "__await__", aiter = "__aiter__", anext = "__anext__",
    bool_ = "__bool__", neg = "__neg__", pos = "__pos__", invert = "__invert__",
    abs = "__abs__", index = "__index__", int = "__int__", float = "__float__",
    format = "__format__", getattr = "__getattr__", getattribute = "__getattribute__",
    setattr = "__setattr__", delattr = "__delattr__", get = "__get__", set = "__set__",
    delete = "__delete__", del = "__del__", name = "__name__", qualname = "__qualname__",
    module = "__module__", doc = "__doc__", class = "__class__", dict = "__dict__",
    classcell = "__classcell__", annotations = "__annotations__", main = "__main__",
    file = "__file__", builtins = "__builtins__", init_subclass = "__init_subclass__",
    set_name = "__set_name__", class_getitem = "__class_getitem__", missing = "__missing__",
    reversed = "__reversed__", round = "__round__", slots = "__slots__", mro = "__mro__",
    bases = "__bases__", args = "args", value = "value", send = "send", throw = "throw",
    close = "close", wrapped = "__wrapped__", post_init = "__post_init__",
    dataclass_fields = "__dataclass_fields__", match_args = "__match_args__",
}

/// Dunder names of a binary operator: forward, reflected, in-place.
pub fn binop_names(op: BinOp) -> (&'static str, &'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__", "+"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__", "-"),
        BinOp::Mult => ("__mul__", "__rmul__", "__imul__", "*"),
        BinOp::MatMult => ("__matmul__", "__rmatmul__", "__imatmul__", "@"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__", "/"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__", "//"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__", "%"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__", "**"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__", "<<"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__", ">>"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__", "|"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__", "^"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__", "&"),
    }
}

macro_rules! types {
    ($($field:ident : $name:expr => $kind:ident),* $(,)?) => {
        /// The builtin classes.
        #[derive(Clone, Debug)]
        pub struct Types {
            $(pub $field: ObjRef,)*
            /// Exception classes by name.
            pub exc: HashMap<&'static str, ObjRef>,
        }
        impl Types {
            pub fn bootstrap(heap: &mut Heap, interner: &mut Interner) -> Types {
                let object = new_class(heap, "object", &[], BuiltinKind::Object);
                $(let $field = if $name == "object" { object } else {
                    new_class(heap, $name, &[object], BuiltinKind::$kind)
                };)*
                let mut t = Types { $($field,)* exc: HashMap::new() };
                t.bool_ = {
                    // bool subclasses int.
                    let b = new_class(heap, "bool", &[t.int], BuiltinKind::Bool);
                    b
                };
                t.build_exceptions(heap, interner);
                t
            }
        }
    };
}

types! {
    object: "object" => Object,
    type_: "type" => Type,
    int: "int" => Int,
    bool_: "bool" => Bool,
    float: "float" => Float,
    str_: "str" => Str,
    bytes: "bytes" => Bytes,
    none: "NoneType" => NoneType,
    list: "list" => List,
    tuple: "tuple" => Tuple,
    dict: "dict" => Dict,
    set: "set" => Set,
    frozenset: "frozenset" => FrozenSet,
    deque: "deque" => Deque,
    function: "function" => Function,
    builtin_function: "builtin_function_or_method" => BuiltinFunction,
    method: "method" => Method,
    module: "module" => Module,
    generator: "generator" => Generator,
    coroutine: "coroutine" => Coroutine,
    async_generator: "async_generator" => AsyncGenerator,
    range: "range" => Range,
    slice: "slice" => Slice,
    cell: "cell" => Cell,
    property: "property" => Property,
    staticmethod: "staticmethod" => StaticMethod,
    classmethod: "classmethod" => ClassMethod,
    super_: "super" => Super,
    iterator: "iterator" => Iterator,
    dict_keys: "dict_keys" => DictView,
    dict_values: "dict_values" => DictView,
    dict_items: "dict_items" => DictView,
    not_implemented: "NotImplementedType" => NotImplementedType,
    ellipsis: "ellipsis" => Ellipsis,
    namespace: "namespace" => Other,
    async_generator_asend: "async_generator_asend" => Other,
    list_iterator: "list_iterator" => Iterator,
    tuple_iterator: "tuple_iterator" => Iterator,
    range_iterator: "range_iterator" => Iterator,
    str_ascii_iterator: "str_ascii_iterator" => Iterator,
    str_iterator: "str_iterator" => Iterator,
    dict_keyiterator: "dict_keyiterator" => Iterator,
    dict_valueiterator: "dict_valueiterator" => Iterator,
    dict_itemiterator: "dict_itemiterator" => Iterator,
    set_iterator: "set_iterator" => Iterator,
    enumerate: "enumerate" => Iterator,
    zip: "zip" => Iterator,
    map: "map" => Iterator,
    filter: "filter" => Iterator,
    reversed: "reversed" => Iterator,
    list_reverseiterator: "list_reverseiterator" => Iterator,
    callable_iterator: "callable_iterator" => Iterator,
    future_iter: "FutureIter" => Iterator,
    coroutine_wrapper: "coroutine_wrapper" => Iterator,
    deque_iterator: "_deque_iterator" => Iterator,
    deque_reverse_iterator: "_deque_reverse_iterator" => Iterator,
}

/// The exception hierarchy of CPython 3.11: (name, base).
const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("BaseExceptionGroup", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("SystemExit", "BaseException"),
    ("CancelledError", "BaseException"),
    ("Exception", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ExceptionGroup", "BaseExceptionGroup"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("StopAsyncIteration", "Exception"),
    ("StopIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("Warning", "Exception"),
    ("DeprecationWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UserWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("InvalidStateError", "Exception"),
    ("QueueEmpty", "Exception"),
    ("QueueFull", "Exception"),
];

impl Types {
    /// The iterators over a builtin container: they all step and know how
    /// many items are left (`__next__`, `__length_hint__`).
    pub fn container_iterators(&self) -> [ObjRef; 11] {
        [
            self.list_iterator,
            self.tuple_iterator,
            self.range_iterator,
            self.str_ascii_iterator,
            self.str_iterator,
            self.dict_keyiterator,
            self.dict_valueiterator,
            self.dict_itemiterator,
            self.set_iterator,
            self.reversed,
            self.list_reverseiterator,
        ]
    }

    fn build_exceptions(&mut self, heap: &mut Heap, _interner: &mut Interner) {
        for (name, base) in EXCEPTIONS {
            let bases: Vec<ObjRef> = if base.is_empty() {
                vec![self.object]
            } else if *name == "ExceptionGroup" {
                vec![self.exc["BaseExceptionGroup"], self.exc["Exception"]]
            } else {
                vec![self.exc[base]]
            };
            let cls = new_class(heap, name, &bases, BuiltinKind::BaseException);
            if *name == "ExceptionGroup" {
                // C3: ExceptionGroup, BaseExceptionGroup, Exception,
                // BaseException, object (the MRO entries stay counted).
                let mro = vec![
                    cls,
                    self.exc["BaseExceptionGroup"],
                    self.exc["Exception"],
                    self.exc["BaseException"],
                    self.object,
                ];
                if let Obj::Class(c) = heap.get_mut(cls) {
                    c.mro = mro;
                }
            }
            if let Obj::Class(c) = heap.get_mut(cls) {
                c.module = match *name {
                    "CancelledError" => "asyncio.exceptions".into(),
                    "InvalidStateError" => "asyncio.exceptions".into(),
                    "QueueEmpty" | "QueueFull" => "asyncio.queues".into(),
                    _ => "builtins".into(),
                };
            }
            self.exc.insert(name, cls);
        }
    }
}

/// Creates a builtin class. Builtin classes live for the whole run: their
/// count starts at one and is never released.
pub fn new_class(heap: &mut Heap, name: &str, bases: &[ObjRef], kind: BuiltinKind) -> ObjRef {
    let mut mro_tail: Vec<ObjRef> = Vec::new();
    for b in bases {
        if let Obj::Class(c) = heap.get(*b) {
            for m in &c.mro {
                if !mro_tail.contains(m) {
                    mro_tail.push(*m);
                }
            }
        }
    }
    for b in bases {
        heap.incref_obj(*b);
    }
    for m in &mro_tail {
        heap.incref_obj(*m);
    }
    let cls = heap.alloc(Obj::Free);
    let mut mro = vec![cls];
    mro.extend(mro_tail);
    *heap.get_mut(cls) = Obj::Class(Box::new(Class {
        name: name.into(),
        qualname: name.into(),
        module: "builtins".into(),
        bases: bases.to_vec(),
        mro,
        dict: SymMap::new(),
        builtin: kind,
        is_heap_type: false,
        serial: heap.next_serial(),
        meta: None,
        abstract_left: false,
    }));
    cls
}

impl Vm {
    /// The class of any value (`type(v)`).
    #[inline]
    pub fn class_of(&self, v: &Value) -> ObjRef {
        // Instances first, inline: attribute access asks this of `self`
        // on nearly every method call.
        if let Value::Obj(r) = v
            && let Obj::Instance(i) = self.heap.get(*r)
        {
            return i.class;
        }
        self.class_of_other(v)
    }

    fn class_of_other(&self, v: &Value) -> ObjRef {
        let t = &self.types;
        match v {
            Value::Null | Value::None => t.none,
            Value::Bool(_) => t.bool_,
            Value::Int(_) => t.int,
            Value::Float(_) => t.float,
            Value::Str(_) => t.str_,
            Value::NotImplemented => t.not_implemented,
            Value::Ellipsis => t.ellipsis,
            Value::Obj(r) => match self.heap.get(*r) {
                Obj::Instance(i) => i.class,
                Obj::List(_) => t.list,
                Obj::Tuple(_) => t.tuple,
                Obj::BigInt(_) => t.int,
                Obj::Dict(_) => t.dict,
                Obj::Set(_) => t.set,
                Obj::FrozenSet(_) => t.frozenset,
                Obj::Deque(_) => t.deque,
                Obj::Bytes(_) => t.bytes,
                Obj::Function(_) => t.function,
                Obj::Native(_) => t.builtin_function,
                Obj::BoundMethod { .. } => t.method,
                Obj::Class(c) => c.meta.unwrap_or(t.type_),
                Obj::Module(_) => t.module,
                Obj::Namespace(_) => t.namespace,
                Obj::Cell(_) => t.cell,
                Obj::Gen(g) => match g.kind {
                    super::object::GenKind::Generator => t.generator,
                    super::object::GenKind::Coroutine => t.coroutine,
                    super::object::GenKind::AsyncGenerator => t.async_generator,
                },
                Obj::Range { .. } => t.range,
                Obj::Slice { .. } => t.slice,
                Obj::Iter(it) => {
                    use super::object::IterState as S;
                    match &**it {
                        S::AsyncGenOp { .. } => t.async_generator_asend,
                        S::Seq { seq, .. } => match self.heap.get(*seq) {
                            Obj::Tuple(_) => t.tuple_iterator,
                            _ => t.list_iterator,
                        },
                        S::Range { .. } => t.range_iterator,
                        S::Str { s, .. } => {
                            if s.is_ascii() {
                                t.str_ascii_iterator
                            } else {
                                t.str_iterator
                            }
                        }
                        S::Dict { kind, .. } => match kind {
                            super::object::ViewKind::Keys => t.dict_keyiterator,
                            super::object::ViewKind::Values => t.dict_valueiterator,
                            super::object::ViewKind::Items => t.dict_itemiterator,
                        },
                        S::Values { .. } => t.set_iterator,
                        S::Enumerate { .. } => t.enumerate,
                        S::Zip { .. } => t.zip,
                        S::Map { .. } => t.map,
                        S::Filter { .. } => t.filter,
                        S::Reversed { seq, .. } => match seq {
                            Value::Obj(r) if matches!(self.heap.get(*r), Obj::List(_)) => {
                                t.list_reverseiterator
                            }
                            _ => t.reversed,
                        },
                        S::Callable { .. } => t.callable_iterator,
                        S::FutureIter { .. } => t.future_iter,
                        S::CoroWrapper { .. } => t.coroutine_wrapper,
                        S::Deque { reverse: false, .. } => t.deque_iterator,
                        S::Deque { reverse: true, .. } => t.deque_reverse_iterator,
                        _ => t.iterator,
                    }
                }
                Obj::DictView { kind, .. } => match kind {
                    super::object::ViewKind::Keys => t.dict_keys,
                    super::object::ViewKind::Values => t.dict_values,
                    super::object::ViewKind::Items => t.dict_items,
                },
                Obj::Property { .. } => t.property,
                Obj::StaticMethod(_) => t.staticmethod,
                Obj::ClassMethod(_) => t.classmethod,
                Obj::Super { .. } => t.super_,
                Obj::Free => t.none,
            },
        }
    }

    pub fn class(&self, r: ObjRef) -> &Class {
        match self.heap.get(r) {
            Obj::Class(c) => c,
            other => panic!("expected a class, found {other:?}"),
        }
    }

    pub fn class_name(&self, v: &Value) -> std::rc::Rc<str> {
        self.class(self.class_of(v)).name.clone()
    }

    /// The name CPython's operator errors give a value's type: a library
    /// class standing for a C type carries that type's dotted `tp_name`
    /// (`decimal.Decimal`) in `_tp_name`; a subclass of it is named plainly,
    /// as CPython names heap types.
    pub fn type_name_for_error(&mut self, v: &Value) -> std::rc::Rc<str> {
        let name = self.class_name(v);
        let key = self.intern("_tp_name");
        if let Some(Value::Str(tp)) = self.lookup_in_mro(self.class_of(v), key)
            && tp.strip_suffix(&*name).is_some_and(|m| m.ends_with('.'))
        {
            return tp;
        }
        name
    }

    pub fn is_subclass(&self, sub: ObjRef, sup: ObjRef) -> bool {
        match self.heap.get(sub) {
            Obj::Class(c) => c.mro.contains(&sup),
            _ => false,
        }
    }

    pub fn isinstance(&self, v: &Value, cls: ObjRef) -> bool {
        let c = self.class_of(v);
        c == cls || self.is_subclass(c, cls)
    }

    pub fn exc_class(&self, name: &str) -> ObjRef {
        self.types.exc[name]
    }
}

/// Installs the methods of the builtin types into their class dicts.
pub fn install_type_methods(vm: &mut Vm) {
    super::builtins::install_type_methods(vm);
}
