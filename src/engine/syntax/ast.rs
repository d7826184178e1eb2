//! The abstract syntax tree, shaped like CPython's `ast` module.
//!
//! Every statement and expression carries a [`Span`], so the compiler can
//! build a line table and errors can point at a line and column.

use std::rc::Rc;

/// An identifier. Shared because the compiler copies names into many tables.
pub type Name = Rc<str>;

/// A region of the source: byte offsets plus the 1-based line and 0-based
/// character column of its start (CPython's `lineno` / `col_offset`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span {
    /// Byte offset of the first character.
    pub start: u32,
    /// Byte offset just past the last character.
    pub end: u32,
    /// 1-based line of `start`.
    pub line: u32,
    /// 0-based column (in characters) of `start` within its line.
    pub col: u32,
}

/// Whether `pred` holds for a statement of `body` or of the blocks of its
/// compound statements (`if`, loops, `with`, `try`), without looking into
/// nested functions and classes: what a scope's own statements do.
pub fn any_in_block(body: &[Stmt], pred: &dyn Fn(&Stmt) -> bool) -> bool {
    body.iter().any(|s| {
        pred(s)
            || match &s.kind {
                StmtKind::If { body, orelse, .. }
                | StmtKind::For { body, orelse, .. }
                | StmtKind::While { body, orelse, .. } => {
                    any_in_block(body, pred) || any_in_block(orelse, pred)
                }
                StmtKind::With { body, .. } => any_in_block(body, pred),
                StmtKind::Try {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                    ..
                } => {
                    any_in_block(body, pred)
                        || handlers.iter().any(|h| any_in_block(&h.body, pred))
                        || any_in_block(orelse, pred)
                        || any_in_block(finalbody, pred)
                }
                _ => false,
            }
    })
}

impl Span {
    /// The span running from the start of `self` to the end of `other`.
    pub fn to(self, other: Span) -> Span {
        Span {
            end: other.end.max(self.end),
            ..self
        }
    }
}

/// A whole program.
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// An expression evaluated for its effect; its value is discarded.
    Expr(Expr),
    /// `a = b = value`: one or more targets (Name, Attribute, Subscript,
    /// Tuple/List of targets, Starred inside those).
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    /// `target op= value`.
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    /// `target: annotation [= value]`. A module's or class's annotation is
    /// evaluated into its `__annotations__`; a function's local one is not.
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
    },
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Return(Option<Expr>),
    Delete(Vec<Expr>),
    Pass,
    Break,
    Continue,
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    For {
        is_async: bool,
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    With {
        is_async: bool,
        items: Vec<WithItem>,
        body: Vec<Stmt>,
    },
    /// `try`, or `try` with `except*` handlers when `is_star`.
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
        is_star: bool,
    },
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    /// `import a.b as c, d`
    Import(Vec<Alias>),
    /// `from module import names`; `names` holds a single `*` alias for a
    /// star import. `level` counts leading dots.
    ImportFrom {
        module: Option<String>,
        names: Vec<Alias>,
        level: u32,
    },
    Global(Vec<Name>),
    Nonlocal(Vec<Name>),
    /// `match subject:` and its `case` blocks, tried in order.
    Match {
        subject: Expr,
        cases: Vec<MatchCase>,
    },
}

/// `case pattern if guard: body`.
#[derive(Clone, Debug, PartialEq)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    pub kind: PatternKind,
    pub span: Span,
}

/// The patterns of PEP 634, shaped like CPython's `ast.pattern` nodes.
#[derive(Clone, Debug, PartialEq)]
pub enum PatternKind {
    /// A literal or a dotted name, compared with `==`. Negative numbers are
    /// `UnaryOp(USub, ...)`, as in CPython's tree.
    MatchValue(Expr),
    /// `None`, `True` or `False`, compared with `is`.
    MatchSingleton(Constant),
    /// `[a, *rest]`, `(a, b)` or `a, b`: at most one `MatchStar`.
    MatchSequence(Vec<Pattern>),
    /// `{key: pattern, **rest}`; `keys` and `patterns` pair up.
    MatchMapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<Name>,
    },
    /// `cls(p1, p2, attr=p3)`.
    MatchClass {
        cls: Expr,
        patterns: Vec<Pattern>,
        kwd_attrs: Vec<Name>,
        kwd_patterns: Vec<Pattern>,
    },
    /// `*name` in a sequence pattern; `None` for `*_`.
    MatchStar(Option<Name>),
    /// `pattern as name`, a capture (`name` alone) or the wildcard `_`
    /// (neither).
    MatchAs {
        pattern: Option<Box<Pattern>>,
        name: Option<Name>,
    },
    /// `p1 | p2 | ...`, two or more alternatives.
    MatchOr(Vec<Pattern>),
}

impl Pattern {
    /// `_`, which matches anything and binds nothing (CPython's
    /// `WILDCARD_CHECK`).
    pub fn is_wildcard(&self) -> bool {
        matches!(
            self.kind,
            PatternKind::MatchAs {
                pattern: None,
                name: None
            }
        )
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    pub name: Name,
    pub args: Arguments,
    pub body: Vec<Stmt>,
    /// Outermost decorator first, as written.
    pub decorators: Vec<Expr>,
    /// The return annotation; parsed, never evaluated.
    pub returns: Option<Expr>,
    pub is_async: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    pub name: Name,
    pub bases: Vec<Expr>,
    /// `metaclass=...` and other class keywords.
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
}

/// A parameter list, as CPython's `ast.arguments`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Arguments {
    /// Parameters before a `/`.
    pub posonly: Vec<Arg>,
    /// Ordinary positional-or-keyword parameters.
    pub args: Vec<Arg>,
    /// `*args`.
    pub vararg: Option<Arg>,
    /// Parameters after `*` or `*args`.
    pub kwonly: Vec<Arg>,
    /// One entry per `kwonly` parameter: its default, if any.
    pub kw_defaults: Vec<Option<Expr>>,
    /// `**kwargs`.
    pub kwarg: Option<Arg>,
    /// Defaults of the last `defaults.len()` of `posonly` + `args`.
    pub defaults: Vec<Expr>,
}

impl Arguments {
    /// Every parameter, in CPython's order: positional-only, positional,
    /// `*args`, keyword-only, `**kwargs`.
    pub fn all(&self) -> impl Iterator<Item = &Arg> {
        self.posonly
            .iter()
            .chain(&self.args)
            .chain(&self.vararg)
            .chain(&self.kwonly)
            .chain(&self.kwarg)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Arg {
    pub name: Name,
    /// Evaluated where the function is defined.
    pub annotation: Option<Expr>,
    pub span: Span,
}

/// `name=value` in a call or class header; `name` is `None` for `**value`.
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    pub name: Option<Name>,
    pub value: Expr,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    /// The exception type expression; `None` for a bare `except:`.
    pub typ: Option<Expr>,
    pub name: Option<Name>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    pub context: Expr,
    pub vars: Option<Expr>,
}

/// `name as asname` in an import. For `import a.b`, `name` is `"a.b"`.
#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    pub name: String,
    pub asname: Option<Name>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// `a and b and c` / `a or b`.
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    /// `target := value`.
    NamedExpr {
        target: Name,
        value: Box<Expr>,
    },
    BinOp {
        left: Box<Expr>,
        op: BinOp,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Lambda {
        args: Box<Arguments>,
        body: Box<Expr>,
    },
    /// `body if test else orelse`.
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// A `None` key is a `**mapping` spread, its mapping in `values`.
    Dict {
        keys: Vec<Option<Expr>>,
        values: Vec<Expr>,
    },
    Set(Vec<Expr>),
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    Await(Box<Expr>),
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    /// `left op0 c0 op1 c1 ...` (chained comparison).
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    /// Positional `args` may contain `Starred` for `*x`; `**x` is a keyword
    /// with no name.
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    /// An f-string (CPython's `JoinedStr`); adjacent literals are merged.
    FString(Vec<FStringPart>),
    Constant(Constant),
    Attribute {
        value: Box<Expr>,
        attr: Name,
    },
    Subscript {
        value: Box<Expr>,
        slice: Box<Expr>,
    },
    Starred(Box<Expr>),
    Name(Name),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    /// Only as (part of) a subscript: `a[lower:upper:step]`.
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
}

/// A piece of an f-string.
#[derive(Clone, Debug, PartialEq)]
pub enum FStringPart {
    Literal(String),
    /// `{value!conversion:format_spec}`. For the debug form `{x=}`,
    /// `debug_text` holds the text `x=` (with its spaces) that is printed
    /// before the value, and `conversion` defaults to `r` as in CPython.
    Expr {
        value: Box<Expr>,
        conversion: Option<char>,
        format_spec: Option<Vec<FStringPart>>,
        debug_text: Option<String>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Int(i64),
    /// An int literal beyond 64 bits, as decimal digits.
    BigInt(String),
    Float(f64),
    /// Imaginary literal `2j`: parsed so the error can say complex numbers
    /// are unsupported.
    Imaginary(f64),
    Str(String),
    Bytes(Vec<u8>),
    Ellipsis,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}
