//! Code objects: the bytecode of one function, class body or module, with
//! its constants, names and line table (CPython's `PyCodeObject`).

use std::rc::Rc;

use crate::engine::syntax::ast::{BinOp, Span, UnaryOp};

/// An interned identifier: an index into the VM's interner.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Sym(pub u32);

/// A compile-time constant.
#[derive(Clone, Debug)]
pub enum Const {
    None,
    Bool(bool),
    Int(i64),
    BigInt(Rc<num_bigint::BigInt>),
    Float(f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Ellipsis,
    Code(Rc<Code>),
    /// Keyword names of a `CallKw`.
    Names(Rc<[Sym]>),
}

/// The run a `LoadFastFused` starts: the instruction after the mark loads
/// the right operand, then comes the operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fusion {
    pub right: Right,
    pub then: Then,
}

/// The right operand of a fused run, loaded by the run's second
/// instruction; the mark's `operand` field says which.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Right {
    /// A `LoadConst` of an int that fits in 32 bits: `operand` holds it.
    Const,
    /// A `LoadFast`: `operand` is the local's index.
    Local,
    /// No second load: the operator follows the mark, its left operand is
    /// the value on top of the stack and the mark's local its right one
    /// (`total + x`, `self.count += n`).
    Top,
}

/// What a fused run does after its two loads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Then {
    /// `Binary` or `Inplace` with this operator: `n - 1`, `x * y`.
    Binary(BinOp),
    /// `Compare` with this operator, then `PopJumpIfFalse` or
    /// `PopJumpIfTrue`: `if n < 2:`.
    CompareJump(CmpKind),
}

impl Fusion {
    /// The steps of the run after its first instruction.
    pub fn extra_steps(self) -> u64 {
        let loads = match self.right {
            Right::Top => 0,
            _ => 1,
        };
        match self.then {
            Then::Binary(_) => loads + 1,
            Then::CompareJump(_) => loads + 2,
        }
    }
}

/// Comparison operators of `Compare`, in CPython's `COMPARE_OP` order, plus
/// the identity and membership tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpKind {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
    Is,
    IsNot,
    In,
    NotIn,
}

/// What kind of code object this is: decides how names resolve and what a
/// call returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
    GenExpr,
}

const _: () = assert!(std::mem::size_of::<Instr>() == 12);

/// One instruction. Operands are inline; comments give the stack effect
/// (top of stack on the right).
///
/// `repr(u8)`: a byte tag and 12 bytes in all. Left to itself, rustc put
/// the tag in a niche of `LoadFastFused`'s fields and made instructions 16
/// bytes: every dispatch then decoded the tag with a subtraction and a
/// select (asyncio_queue +2.7% instructions).
#[derive(Clone, Copy, Debug, PartialEq)]
#[repr(u8)]
pub enum Instr {
    Nop,
    /// `a` →
    Pop,
    /// `a` → `a a`
    Dup,
    /// `a b` → `a b a b`
    Dup2,
    /// `a b` → `b a`
    Rot2,
    /// `a b c` → `c a b`
    Rot3,
    /// `a b c d` → `d a b c`
    Rot4,
    /// `x1 … xn` → `x1 … xn x1`: copies the value `n` deep (1 is the top).
    Copy(u32),
    /// `x1 … xn` → `xn … x1`: swaps the top with the value `n` deep.
    Swap(u32),
    /// → `consts[i]`
    LoadConst(u32),
    /// → `locals[i]` (UnboundLocalError when unset)
    LoadFast(u32),
    /// `LoadFast(local)` at the start of a run the fast lane may take in
    /// one dispatch (`compile::fuse`); anywhere else it is
    /// `LoadFast(local)`.
    LoadFastFused {
        fusion: Fusion,
        local: u32,
        /// The right operand: an int constant's bits or a local's index
        /// (`fusion.right` says which).
        operand: u32,
    },
    /// `v` → ; `locals[i] = v`
    StoreFast(u32),
    DeleteFast(u32),
    /// → the value in cell `i` (cellvars then freevars)
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// → the cell object `i` itself, for building a closure
    LoadClosure(u32),
    /// Class body: the class namespace, else cell `i`.
    LoadClassDeref(u32),
    /// → `globals[names[i]]` or the builtin of that name
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Module and class bodies: local namespace, then globals, builtins.
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    /// `obj` → `obj.names[i]`
    LoadAttr(u32),
    /// `obj` → `func obj` when `names[i]` is a plain function on the type,
    /// else `attr Null` (saves making a bound method)
    LoadMethod(u32),
    /// `func self_or_null a1 … an` → `func(self?, a1 … an)`
    CallMethod(u32),
    /// `v obj` → ; `obj.names[i] = v`
    StoreAttr(u32),
    DeleteAttr(u32),
    /// `obj key` → `obj[key]`
    BinarySubscr,
    /// `v obj key` → ; `obj[key] = v`
    StoreSubscr,
    DeleteSubscr,
    /// `lo hi` or `lo hi step` → `slice`
    BuildSlice(u32),
    /// `a b` → `a op b`
    Binary(BinOp),
    /// `a b` → `a op= b`
    Inplace(BinOp),
    /// `a` → `op a`
    Unary(UnaryOp),
    /// `a b` → `a cmp b`
    Compare(CmpKind),
    Jump(u32),
    /// `v` → ; jump if falsy
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    /// `v` → `v` and jump if falsy, else →
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    /// `obj` → `iter(obj)`
    GetIter,
    /// `it` → `it next` ; on exhaustion `it` → and jump
    ForIter(u32),
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// A set display of three or more constants, which CPython builds
    /// through a folded frozenset (so its element order differs).
    BuildConstSet(u32),
    /// `k1 v1 … kn vn` → `dict`
    BuildMap(u32),
    /// `s1 … sn` → `s1 + … + sn` (f-strings)
    BuildString(u32),
    /// `v [spec]` → `format(conv(v), spec)`; `conv` is 0, b's', b'r', b'a'
    FormatValue {
        conv: u8,
        has_spec: bool,
    },
    /// `list … v` → `list …` with `v` appended to the list `n` below
    ListAppend(u32),
    SetAdd(u32),
    /// `dict … k v` → `dict …`
    MapAdd(u32),
    ListExtend(u32),
    /// `func list v` → `func list`: `ListExtend(1)` for the `*v` of a call,
    /// whose error names the function.
    CallArgsExtend,
    SetUpdate(u32),
    DictUpdate(u32),
    /// Like `DictUpdate`, but duplicate keys are a TypeError (`f(**a, **b)`).
    DictMerge(u32),
    ListToTuple,
    /// `seq` → `v_n-1 … v_0` (so the first item is on top)
    UnpackSequence(u32),
    /// `seq` → items with a starred list: `before` items, a list, `after` items
    UnpackEx {
        before: u16,
        after: u16,
    },
    /// `f a1 … an` → `f(a1 … an)`
    Call(u32),
    /// `f a1 … an` → call with the last `len(consts[kw])` args as keywords
    CallKw {
        argc: u32,
        kwnames: u32,
    },
    /// `f args_tuple [kwargs_dict]` → `f(*args, **kwargs)`
    CallEx {
        has_kwargs: bool,
    },
    /// `[defaults] [kwdefaults] [annotations] [closure] code` → `function`
    MakeFunction {
        defaults: bool,
        kwdefaults: bool,
        annotations: bool,
        closure: bool,
    },
    /// `v` → return `v` to the caller
    ReturnValue,
    /// `v` → suspend the generator yielding `v`; resumed with the sent value
    /// on top. `delegating` marks the yield inside a `yield from`/`await`
    /// loop, where the sub-iterator sits just below (CPython's `gi_yieldfrom`).
    YieldValue {
        delegating: bool,
    },
    /// `obj` → iterator for `yield from`
    GetYieldFromIter,
    /// `obj` → awaitable iterator; `why` is 0 plain await, 1 `async with`
    /// enter, 2 `async with` exit (for the error message)
    GetAwaitable(u8),
    /// `sub v` → `sub yielded` (falls through), or `retval` and jump when
    /// `sub` finishes
    Send(u32),
    /// `obj` → `obj.__aiter__()`
    GetAIter,
    /// `aiter` → `aiter awaitable`
    GetANext,
    /// `aiter exc` → ; swallows StopAsyncIteration, else re-raises
    EndAsyncFor,
    /// Push a handler: on an exception, the stack is cut to its current
    /// depth, the exception pushed, and control jumps to the target.
    SetupFinally(u32),
    PopBlock,
    /// `[exc [cause]]` → raise (0 operands: re-raise the handled exception)
    Raise(u32),
    /// `exc` → re-raise `exc` without adding a traceback entry
    Reraise,
    /// `exc` → `exc` ; marks `exc` as the exception being handled
    PushExcInfo,
    /// → ; ends the innermost `PushExcInfo`
    PopExcept,
    /// `exc type` → `exc bool`
    CheckExcMatch,
    /// `exc` → `exc state`: an `except*` statement starts on `exc`.
    ExceptStarBegin,
    /// `exc state state type` → `exc state match`, or `exc state` and jump
    /// when this clause matches nothing.
    ExceptStarMatch(u32),
    /// `exc state raised` → `exc state`: a clause's body raised.
    ExceptStarRaised,
    /// `exc state` → `exc` and jump when everything was handled; else
    /// raises what is left.
    ExceptStarFinish(u32),
    /// `mgr` → `exit enter_result`
    BeforeWith,
    /// `mgr` → `exit awaitable`
    BeforeAsyncWith,
    /// `exit exc` → `exit exc result` (calls `exit(type, exc, tb)`)
    WithExceptStart,
    /// → `__build_class__`
    LoadBuildClass,
    /// `level fromlist` → `module`
    ImportName(u32),
    /// `module` → `module module.names[i]`
    ImportFrom(u32),
    /// `module` → ; binds every public name
    ImportStar,
    LoadAssertionError,
    /// `obj` → `obj len(obj)`
    GetLen,
    /// `subject` → `subject bool`: whether a sequence pattern may match it
    /// (list, tuple, range, deque and `Sequence` classes; not str or bytes).
    MatchSequence,
    /// `subject` → `subject bool`: whether a mapping pattern may match it.
    MatchMapping,
    /// `subject keys` → `subject keys values`: a tuple of the values of
    /// the tuple `keys`, read with `subject.get`, or None if one is missing.
    MatchKeys,
    /// `subject cls names` → a tuple of the `n` positional attributes (from
    /// `cls.__match_args__`) then the attributes named by the tuple
    /// `names`, or None if `subject` is not a `cls` or lacks one.
    MatchClass(u32),
    /// Raises `RuntimeError`-style errors the compiler found, at run time.
    /// The operand is a constant string.
    Unsupported(u32),
}

/// A compiled function, class body or module.
#[derive(Clone, Debug)]
pub struct Code {
    pub kind: CodeKind,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub firstlineno: u32,
    pub is_generator: bool,
    pub is_coroutine: bool,
    pub is_async_generator: bool,
    /// A generator function wrapped by `@types.coroutine`: its generators
    /// can be awaited.
    pub iterable_coroutine: bool,
    /// Positional parameters, `posonly` included.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub has_varargs: bool,
    pub has_varkw: bool,
    /// Fast locals: parameters first (positional, keyword-only, `*args`,
    /// `**kwargs`), then the other locals.
    pub varnames: Vec<Sym>,
    /// Locals captured by inner functions.
    pub cellvars: Vec<Sym>,
    /// For each cellvar, the parameter it starts as, if any.
    pub cell2arg: Vec<Option<u32>>,
    /// Names captured from enclosing scopes.
    pub freevars: Vec<Sym>,
    /// Global, attribute and import names.
    pub names: Vec<Sym>,
    pub consts: Vec<Const>,
    pub instrs: Vec<Instr>,
    /// The span each instruction came from, parallel to `instrs`.
    pub spans: Vec<Span>,
    /// The docstring, if the body starts with one.
    pub doc: Option<Rc<str>>,
    /// Parallel to `instrs`: the instruction begins a source line (its line
    /// differs from the one before it, or a backward jump lands on it, as
    /// at the head of a loop). Precomputed so a recording notices a new
    /// line with one lookup per instruction.
    pub line_starts: Vec<bool>,
    /// A call binds nothing but positional arguments to locals: no
    /// `*args`, `**kwargs` or keyword-only parameters, no cells, not a
    /// generator or coroutine. The run loop's fast lane calls such code
    /// after one test of this instead of six.
    pub plain_call: bool,
}

impl Code {
    /// This code (and the code objects among its constants) with every
    /// symbol passed through `map`: code compiled against one interner,
    /// made valid for another.
    pub fn remapped(&self, map: &mut dyn FnMut(Sym) -> Sym) -> Code {
        let mut syms = |v: &[Sym]| -> Vec<Sym> { v.iter().map(|s| map(*s)).collect() };
        let varnames = syms(&self.varnames);
        let cellvars = syms(&self.cellvars);
        let freevars = syms(&self.freevars);
        let names = syms(&self.names);
        let consts = self
            .consts
            .iter()
            .map(|c| match c {
                Const::Code(c) => Const::Code(Rc::new(c.remapped(map))),
                Const::Names(n) => Const::Names(n.iter().map(|s| map(*s)).collect()),
                other => other.clone(),
            })
            .collect();
        Code {
            varnames,
            cellvars,
            freevars,
            names,
            consts,
            ..self.clone()
        }
    }

    /// Computes `line_starts` from the spans and the jumps.
    pub fn find_line_starts(instrs: &[Instr], spans: &[Span]) -> Vec<bool> {
        let mut starts: Vec<bool> = (0..instrs.len())
            .map(|i| i == 0 || spans.get(i).map(|s| s.line) != spans.get(i - 1).map(|s| s.line))
            .collect();
        let line = |i: usize| spans.get(i).map(|s| s.line);
        for (i, ins) in instrs.iter().enumerate() {
            // Loops: the jump back from the body's last line. An `await`
            // also loops back (to its `Send`), within its own line.
            if let Instr::Jump(t) = ins
                && (*t as usize) <= i
                && line(*t as usize) != line(i)
                && let Some(s) = starts.get_mut(*t as usize)
            {
                *s = true;
            }
        }
        // The implicit `return None` at the end of a body carries the
        // `def` line; running it is not running that line again.
        if let [.., Instr::LoadConst(_), Instr::ReturnValue] = instrs {
            starts[instrs.len() - 2] = false;
            starts[instrs.len() - 1] = false;
        }
        starts
    }

    /// The source line of instruction `ip`.
    pub fn line_at(&self, ip: usize) -> u32 {
        self.spans.get(ip).map_or(self.firstlineno, |s| s.line)
    }

    /// Whether calling this code creates a generator-like object instead of
    /// running the body.
    pub fn is_resumable(&self) -> bool {
        self.is_generator || self.is_coroutine || self.is_async_generator
    }
}
