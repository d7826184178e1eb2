//! Lexer and recursive-descent parser producing an AST with spans.

pub mod ast;
