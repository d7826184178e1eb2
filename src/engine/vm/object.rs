//! The kinds of heap object and their payloads.

use std::rc::Rc;

use super::Vm;
use super::dict::PyDict;
use super::frame::Frame;
use super::symmap::SymMap;
use super::value::{ObjRef, Value};
use crate::engine::compile::code::Code;
use crate::engine::intern::Sym;

pub type PyResult<T> = Result<T, Value>;

/// A native function: receives the bound `self` (if any) as `args[0]`,
/// borrows its arguments and returns a new reference.
pub type NativeImpl = fn(&mut Vm, &[Value], &[(Sym, Value)]) -> PyResult<Value>;

#[derive(Clone, Debug)]
pub enum Obj {
    /// A free slot.
    Free,
    List(Vec<Value>),
    Tuple(Box<[Value]>),
    Dict(Box<PyDict>),
    Set(Box<super::set::PySet>),
    Deque(Box<super::deque::PyDeque>),
    FrozenSet(Box<super::set::PySet>),
    Bytes(Rc<[u8]>),
    /// An int beyond 64 bits; ints that fit are always `Value::Int`.
    BigInt(Box<num_bigint::BigInt>),
    Function(Box<Function>),
    Native(Box<NativeFunc>),
    BoundMethod {
        func: Value,
        this: Value,
    },
    Class(Box<Class>),
    Instance(Box<Instance>),
    Module(Box<Module>),
    /// A class body's namespace while it runs.
    Namespace(SymMap),
    Cell(Value),
    Gen(Box<Generator>),
    Range {
        start: i64,
        stop: i64,
        step: i64,
    },
    Slice {
        start: Value,
        stop: Value,
        step: Value,
    },
    Iter(Box<IterState>),
    DictView {
        dict: ObjRef,
        kind: ViewKind,
    },
    Property {
        fget: Value,
        fset: Value,
        fdel: Value,
        doc: Value,
    },
    StaticMethod(Value),
    ClassMethod(Value),
    Super {
        class: ObjRef,
        this: Value,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

#[derive(Clone, Debug)]
pub struct Function {
    pub code: Rc<Code>,
    /// The module whose namespace is this function's globals.
    pub globals: ObjRef,
    pub defaults: Vec<Value>,
    pub kwdefaults: Vec<(Sym, Value)>,
    /// Cells for the code's free variables.
    pub closure: Vec<ObjRef>,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    /// Attributes set on the function (`__wrapped__`, `__doc__`, ...).
    pub dict: SymMap,
    /// The argument count of a call the run loop's fast lane makes (a
    /// plain function without a closure), `u32::MAX` otherwise: the
    /// lane's check reads the function alone, not its code too.
    pub lane_argc: u32,
}

#[derive(Clone, Debug)]
pub struct NativeFunc {
    pub name: &'static str,
    /// The type that defines it, for reprs (`list.append`).
    pub owner: &'static str,
    pub func: NativeImpl,
    /// `Value::Null` when unbound.
    pub this: Value,
    /// A method defined on a type binds its instance; a plain function and a
    /// class method do not.
    pub kind: NativeKind,
    /// CPython's argument count for a method of a builtin type, checked
    /// before the native runs so that the count and its wording are
    /// CPython's whatever the native itself accepts.
    pub arity: Option<&'static Arity>,
}

/// How many arguments (besides `self`) a builtin method takes, and the
/// messages CPython gives for fewer, for more (`{n}` is the number given)
/// and for keywords when it takes none (empty when it does).
#[derive(Debug)]
pub struct Arity {
    pub min: u8,
    pub max: u8,
    pub few: &'static str,
    pub many: &'static str,
    pub no_keywords: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NativeKind {
    Function,
    Method,
    /// Binds the class it is looked up on (`dict.fromkeys`).
    ClassMethod,
    /// Takes the class as first argument when called through it (`__new__`).
    StaticMethod,
}

/// What a builtin type's instances carry natively, so a user class can
/// subclass `Exception` (and, later, other builtins).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuiltinKind {
    Object,
    Type,
    Int,
    Bool,
    Float,
    Str,
    Bytes,
    NoneType,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Deque,
    Function,
    BuiltinFunction,
    Method,
    Module,
    Generator,
    Coroutine,
    AsyncGenerator,
    Range,
    Slice,
    Cell,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    Iterator,
    DictView,
    NotImplementedType,
    Ellipsis,
    BaseException,
    /// `asyncio.Future` (and Task): instances carry future state.
    Future,
    /// Some other native type, named by its class.
    Other,
}

#[derive(Clone, Debug)]
pub struct Class {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub module: Rc<str>,
    pub bases: Vec<ObjRef>,
    /// Method resolution order, this class first.
    pub mro: Vec<ObjRef>,
    pub dict: SymMap,
    /// The nearest builtin ancestor: decides the instance layout.
    pub builtin: BuiltinKind,
    /// Written in Python (a `class` statement) rather than native.
    pub is_heap_type: bool,
    /// Unique for the whole run (slots are reused, serials are not): the
    /// key of the attribute cache.
    pub serial: u64,
    /// The metaclass when it is not `type` (a counted reference): what
    /// `type(cls)` returns, and where attribute lookups on the class and
    /// calls of it go after the class's own MRO.
    pub meta: Option<ObjRef>,
    /// Derives from a `collections.abc` class and left some of its
    /// abstract methods out: creating an instance raises TypeError, as
    /// under CPython's `ABCMeta`.
    pub abstract_left: bool,
}

#[derive(Clone, Debug)]
pub struct Instance {
    pub class: ObjRef,
    pub dict: SymMap,
    pub payload: Payload,
    /// The class defines `__del__`: freeing runs it first.
    pub has_del: bool,
    /// The dict `__dict__` returned, kept in step with `dict` (a counted
    /// reference; see `livedict.rs`).
    pub live: Option<ObjRef>,
}

#[derive(Clone, Debug)]
pub enum Payload {
    None,
    Exc(Box<ExcData>),
    /// An asyncio Future or Task.
    Future(Box<crate::engine::aio::state::FutureData>),
    /// An instance of a class derived from a builtin container or value
    /// type: the real list, dict, tuple, set, str, int or float it stands
    /// for. Builtin methods receive this backing object.
    Builtin(Value),
    /// A `random.Random` generator.
    Rng(Box<crate::engine::numeric::random::Random>),
    /// An asyncio Handle or TimerHandle.
    Handle(Box<crate::engine::aio::state::HandleData>),
    /// A `weakref.ref`.
    WeakRef(Box<WeakRefData>),
}

/// A weak reference: its target is not counted, and the heap clears it
/// when the target dies (`Heap::weakrefs`).
#[derive(Clone, Debug)]
pub struct WeakRefData {
    /// `None` once the target has died.
    pub target: Option<ObjRef>,
    /// Called with the reference when the target dies (counted).
    pub callback: Value,
    /// The target's hash, kept once taken: a dead reference still hashes.
    pub hash: Option<i64>,
}

/// The state of an exception instance.
#[derive(Clone, Debug, Default)]
pub struct ExcData {
    /// A tuple.
    pub args: Value,
    /// Innermost last, as printed.
    pub traceback: Vec<TbEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    /// For `ExceptionGroup`: the message and the list of exceptions.
    pub group: Option<(Value, Value)>,
    /// "Did you mean" for a NameError or AttributeError, shown in the
    /// traceback.
    pub suggestion: Option<Rc<str>>,
    /// The locals of the frames this exception left, alive as long as it
    /// is: CPython's traceback holds those frames, so what they hold (a
    /// suspended generator, say) dies when the exception does, at the end
    /// of the `except` block, not while it unwinds.
    pub kept: Vec<Value>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TbEntry {
    pub filename: Rc<str>,
    pub line: u32,
    pub name: Rc<str>,
}

#[derive(Clone, Debug)]
pub struct Module {
    pub name: Rc<str>,
    pub dict: SymMap,
    /// The dict `globals()` returned, kept in step with `dict`.
    pub live: Option<ObjRef>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenState {
    Created,
    Running,
    Suspended,
    Closed,
}

/// A generator, coroutine or async generator: it owns its frame while
/// suspended; while it runs the frame is on the VM's frame stack.
#[derive(Clone, Debug)]
pub struct Generator {
    pub kind: GenKind,
    pub state: GenState,
    pub frame: Option<Box<Frame>>,
    pub code: Rc<Code>,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    /// Suspended at the yield inside a `yield from`/`await` loop: the
    /// sub-iterator is on top of the frame's stack (`gi_yieldfrom`).
    pub delegating: bool,
    /// An async generator's `asend`/`athrow` is in progress.
    pub ag_running: bool,
    /// A coroutine created by `@types.coroutine` around a generator.
    pub iterable_coroutine: bool,
    /// An async generator's last yield was its own `yield` (not one of an
    /// `await` inside it).
    pub yielded_async: bool,
}

#[derive(Clone, Debug)]
pub enum IterState {
    Seq {
        seq: ObjRef,
        idx: usize,
    },
    Range {
        cur: i64,
        stop: i64,
        step: i64,
    },
    Str {
        s: Rc<str>,
        pos: usize,
    },
    Dict {
        dict: ObjRef,
        idx: usize,
        kind: ViewKind,
        /// The dict's size when iteration began.
        len: usize,
        /// Entries still to come: one more found means keys were replaced
        /// ("dictionary keys changed during iteration").
        left: usize,
    },
    Reversed {
        seq: Value,
        idx: usize,
    },
    Enumerate {
        it: Value,
        n: i64,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        its: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    /// The old sequence protocol: `obj[0]`, `obj[1]`... until IndexError
    /// (or StopIteration), one call per step.
    GetItem {
        obj: Value,
        idx: i64,
    },
    /// `iter(callable, sentinel)`
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// A generic iterator over a snapshot of values (itertools results,
    /// set iteration).
    Values {
        items: Vec<Value>,
        idx: usize,
        /// For a set's iterator: the set (a counted reference) and its
        /// size when iteration began, so adding or removing items during
        /// the loop raises as in CPython.
        source: Option<(ObjRef, usize)>,
    },
    Count {
        cur: Value,
        step: Value,
    },
    Cycle {
        it: Value,
        saved: Vec<Value>,
        idx: usize,
        exhausted: bool,
    },
    Repeat {
        value: Value,
        left: Option<i64>,
    },
    Islice {
        it: Value,
        next: i64,
        stop: Option<i64>,
        step: i64,
        done: bool,
    },
    Chain {
        its: Vec<Value>,
        idx: usize,
    },
    /// The awaitable of an async generator's `__anext__`/`asend`
    /// (`op` 0), `athrow` (1) or `aclose` (2). `state`: 0 not started,
    /// 1 running, 2 done.
    AsyncGenOp {
        agen: Value,
        op: u8,
        arg: Value,
        state: u8,
    },
    /// `coro.__await__()`: an iterator that drives the coroutine.
    CoroWrapper {
        coro: Value,
    },
    /// `await fut` on an asyncio Future (the C `FutureIter`).
    FutureIter {
        fut: Value,
        yielded: bool,
    },
    /// Over a deque, from the left or (`reversed`) the right; `state` is
    /// the deque's when the iterator was made.
    Deque {
        deque: ObjRef,
        idx: usize,
        state: u64,
        reverse: bool,
    },
    Exhausted,
}
