//! AST → code objects: scope analysis, then bytecode with a line table.

pub mod code;
mod compiler;
mod expr;
mod fuse;
pub mod mangle;
mod pattern;
mod stmt;
pub mod symtable;

use std::rc::Rc;

use crate::engine::intern::Interner;
use crate::engine::syntax::ast::{Module, Span};
use code::Code;

/// An error found while compiling: a SyntaxError CPython raises at compile
/// time, or a construct coroscope does not support.
#[derive(Clone, Debug, PartialEq)]
pub struct CompileError {
    pub message: String,
    pub span: Span,
    /// The Python exception type to report, e.g. `"SyntaxError"`.
    pub kind: &'static str,
}

impl CompileError {
    pub fn new(message: &str, span: Span, kind: &'static str) -> CompileError {
        CompileError {
            message: message.to_string(),
            span,
            kind,
        }
    }
}

/// The code of a module of coroscope's own Python library (the asyncio
/// prelude, `heapq`...), parsed and compiled once per thread against an
/// interner of its own; each VM gets a copy with its own symbols. Parsing
/// and compiling the asyncio prelude costs as much as running tens of
/// thousands of instructions, and every run of a program, every replay of
/// a trace from before its `import asyncio`, would pay it again.
pub fn compile_library(
    src: &'static str,
    filename: &str,
    interner: &mut Interner,
) -> Result<Rc<Code>, String> {
    type Compiled = (&'static str, Rc<Code>, Interner);
    thread_local! {
        static LIBRARY: std::cell::RefCell<Vec<Compiled>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let known = LIBRARY.with_borrow(|lib| lib.iter().any(|(s, _, _)| std::ptr::eq(*s, src)));
    if !known {
        let parsed = crate::engine::syntax::parse_module(src).map_err(|e| e.message)?;
        let mut own = Interner::default();
        let code = compile_module(&parsed, filename, &mut own).map_err(|e| e.message)?;
        LIBRARY.with_borrow_mut(|lib| lib.push((src, code, own)));
    }
    LIBRARY.with_borrow(|lib| {
        let (_, code, own) = lib
            .iter()
            .find(|(s, _, _)| std::ptr::eq(*s, src))
            .expect("compiled above");
        let mut seen = vec![None; own.len()];
        let mut map =
            |s: code::Sym| *seen[s.0 as usize].get_or_insert_with(|| interner.intern(own.name(s)));
        Ok(Rc::new(code.remapped(&mut map)))
    })
}

/// Compiles the program's own module, with the SyntaxWarnings CPython's
/// compiler would print.
pub fn compile_main(
    module: &Module,
    filename: &str,
    interner: &mut Interner,
) -> Result<(Rc<Code>, Vec<compiler::SyntaxWarning>), CompileError> {
    let table = symtable::build(module)?;
    compiler::Compiler::new(&table, filename, interner).compile_module_warned(module)
}

/// Compiles a parsed module into its code object.
pub fn compile_module(
    module: &Module,
    filename: &str,
    interner: &mut Interner,
) -> Result<Rc<Code>, CompileError> {
    let table = symtable::build(module)?;
    compiler::Compiler::new(&table, filename, interner).compile_module(module)
}
