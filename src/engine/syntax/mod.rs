//! Lexer and recursive-descent parser producing an AST with spans.

pub mod ast;

/// Placeholder until the parser lands.
pub fn parse_module(_source: &str) -> Result<ast::Module, SyntaxError> {
    Err(SyntaxError { message: "the parser is not ready".into(), span: ast::Span::default() })
}

pub struct SyntaxError {
    pub message: String,
    pub span: ast::Span,
}

impl SyntaxError {
    pub fn python_type(&self) -> &'static str {
        "SyntaxError"
    }
}
