//! Assignment and deletion targets, checked the way CPython's
//! `RAISE_SYNTAX_ERROR_INVALID_TARGET` does.

use super::{PResult, Parser};
use crate::engine::syntax::ast::{Constant, Expr, ExprKind};

/// Where a target appears.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum TargetKind {
    /// `x = …`, `with … as x`.
    Assign,
    /// `for x in …`, in statements and comprehensions.
    For,
    /// `del x`.
    Del,
}

/// CPython's `_PyPegen_get_expr_name`: how an error message names a node.
pub(super) fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::Bool(false)) => "False",
        ExprKind::Constant(Constant::Bool(true)) => "True",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// True if `e` may be assigned to (or deleted) in a `kind` position.
pub(super) fn is_valid_target(e: &Expr, kind: TargetKind) -> bool {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => true,
        ExprKind::Starred(value) => kind != TargetKind::Del && is_valid_target(value, kind),
        ExprKind::Tuple(elts) | ExprKind::List(elts) => {
            elts.iter().all(|elt| is_valid_target(elt, kind))
        }
        _ => false,
    }
}

/// CPython's `_PyPegen_get_invalid_target`: the first part of `e` that
/// cannot be a target, if it can find one.
pub(super) fn invalid_target(e: &Expr, kind: TargetKind) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List(elts) | ExprKind::Tuple(elts) => {
            elts.iter().find_map(|elt| invalid_target(elt, kind))
        }
        ExprKind::Starred(value) => {
            if kind == TargetKind::Del {
                Some(e)
            } else {
                invalid_target(value, kind)
            }
        }
        ExprKind::Compare { left, ops, .. } if kind == TargetKind::For => {
            if ops.first() == Some(&crate::engine::syntax::ast::CmpOp::In) {
                invalid_target(left, kind)
            } else {
                None
            }
        }
        ExprKind::Name(_) | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

/// The `__debug__` name bound by target `e`, if any.
fn debug_name(e: &Expr) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Name(n) if &**n == "__debug__" => Some(e),
        ExprKind::Attribute { attr, .. } if &**attr == "__debug__" => Some(e),
        ExprKind::Starred(value) => debug_name(value),
        ExprKind::Tuple(elts) | ExprKind::List(elts) => elts.iter().find_map(debug_name),
        _ => None,
    }
}

impl Parser<'_> {
    /// Fails unless `target` is a valid `kind` target: "cannot assign to
    /// function call", "cannot delete literal", ….
    pub(super) fn check_target(&self, target: &Expr, kind: TargetKind) -> PResult<()> {
        if is_valid_target(target, kind) {
            // CPython's compiler forbids binding `__debug__` anywhere.
            if let Some(d) = debug_name(target) {
                let verb = if kind == TargetKind::Del {
                    "cannot delete"
                } else {
                    "cannot assign to"
                };
                return Err(self.error_at(format!("{verb} __debug__"), d.span));
            }
            return Ok(());
        }
        match invalid_target(target, kind) {
            Some(bad) => {
                let verb = if kind == TargetKind::Del {
                    "cannot delete"
                } else {
                    "cannot assign to"
                };
                Err(self.error_at(format!("{verb} {}", expr_name(bad)), bad.span))
            }
            None => Err(self.error_at("invalid syntax", target.span)),
        }
    }
}
