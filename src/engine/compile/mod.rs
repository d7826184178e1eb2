//! AST → code objects: scope analysis, then bytecode with a line table.

pub mod code;
mod compiler;
mod expr;
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

/// Compiles a parsed module into its code object.
pub fn compile_module(
    module: &Module,
    filename: &str,
    interner: &mut Interner,
) -> Result<Rc<Code>, CompileError> {
    let table = symtable::build(module)?;
    compiler::Compiler::new(&table, filename, interner).compile_module(module)
}
