//! A compact, canonical text dump of an AST.
//!
//! One top-level statement per line, every node with its position as
//! `@line:col:start:end` (1-based line, 0-based column in characters, byte
//! offsets). The format is the one `tests/cpython_ast.py` writes from
//! CPython's own `ast` module, so the two can be compared line by line:
//! f-strings are dumped in CPython's shape (`JoinedStr`, the text of a
//! `{x=}` field merged into the literal before it), `async` statements as
//! flags, and floats as their bit patterns.

use std::fmt::Write;

use super::ast::{
    Alias, Arg, Arguments, BinOp, BoolOp, CmpOp, Comprehension, Constant, ExceptHandler, Expr,
    ExprKind, FStringPart, Keyword, MatchCase, Module, Pattern, PatternKind, Span, Stmt, StmtKind,
    UnaryOp,
};

/// Dumps a module, one top-level statement per line.
pub fn dump_module(module: &Module) -> String {
    let mut out = String::new();
    for stmt in &module.body {
        dump_stmt(&mut out, stmt);
        out.push('\n');
    }
    out
}

fn pos(out: &mut String, span: Span) {
    let _ = write!(
        out,
        "@{}:{}:{}:{}",
        span.line, span.col, span.start, span.end
    );
}

fn opt<T>(out: &mut String, value: &Option<T>, f: impl Fn(&mut String, &T)) {
    match value {
        Some(value) => f(out, value),
        None => out.push('-'),
    }
}

fn list<T>(out: &mut String, items: &[T], f: impl Fn(&mut String, &T)) {
    out.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        f(out, item);
    }
    out.push(']');
}

fn quoted(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        if (' '..='~').contains(&c) && c != '"' && c != '\\' {
            out.push(c);
        } else {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        }
    }
    out.push('"');
}

fn quoted_bytes(out: &mut String, bytes: &[u8]) {
    out.push('"');
    for &b in bytes {
        if (b' '..=b'~').contains(&b) && b != b'"' && b != b'\\' {
            out.push(b as char);
        } else {
            let _ = write!(out, "\\x{b:02x}");
        }
    }
    out.push('"');
}

fn flag(b: bool) -> &'static str {
    if b { "1" } else { "0" }
}

fn body(out: &mut String, stmts: &[Stmt]) {
    list(out, stmts, dump_stmt);
}

fn dump_stmt(out: &mut String, stmt: &Stmt) {
    let name = match &stmt.kind {
        StmtKind::Expr(_) => "Expr",
        StmtKind::Assign { .. } => "Assign",
        StmtKind::AugAssign { .. } => "AugAssign",
        StmtKind::AnnAssign { .. } => "AnnAssign",
        StmtKind::FunctionDef(_) => "FunctionDef",
        StmtKind::ClassDef(_) => "ClassDef",
        StmtKind::Return(_) => "Return",
        StmtKind::Delete(_) => "Delete",
        StmtKind::Pass => "Pass",
        StmtKind::Break => "Break",
        StmtKind::Continue => "Continue",
        StmtKind::If { .. } => "If",
        StmtKind::While { .. } => "While",
        StmtKind::For { .. } => "For",
        StmtKind::With { .. } => "With",
        StmtKind::Try { .. } => "Try",
        StmtKind::Raise { .. } => "Raise",
        StmtKind::Assert { .. } => "Assert",
        StmtKind::Import(_) => "Import",
        StmtKind::ImportFrom { .. } => "ImportFrom",
        StmtKind::Global(_) => "Global",
        StmtKind::Nonlocal(_) => "Nonlocal",
        StmtKind::Match { .. } => "Match",
    };
    out.push_str(name);
    pos(out, stmt.span);
    out.push('(');
    match &stmt.kind {
        StmtKind::Expr(e) => dump_expr(out, e),
        StmtKind::Assign { targets, value } => {
            list(out, targets, dump_expr);
            out.push_str(", ");
            dump_expr(out, value);
        }
        StmtKind::AugAssign { target, op, value } => {
            dump_expr(out, target);
            let _ = write!(out, ", {}, ", binop(*op));
            dump_expr(out, value);
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
        } => {
            dump_expr(out, target);
            out.push_str(", ");
            dump_expr(out, annotation);
            out.push_str(", ");
            opt(out, value, dump_expr);
        }
        StmtKind::FunctionDef(def) => {
            out.push_str(&format!("'{}', ", def.name));
            dump_arguments(out, &def.args);
            out.push_str(", ");
            body(out, &def.body);
            out.push_str(", ");
            list(out, &def.decorators, dump_expr);
            out.push_str(", ");
            opt(out, &def.returns, dump_expr);
            let _ = write!(out, ", async={}", flag(def.is_async));
        }
        StmtKind::ClassDef(def) => {
            out.push_str(&format!("'{}', ", def.name));
            list(out, &def.bases, dump_expr);
            out.push_str(", ");
            list(out, &def.keywords, dump_keyword);
            out.push_str(", ");
            body(out, &def.body);
            out.push_str(", ");
            list(out, &def.decorators, dump_expr);
        }
        StmtKind::Return(value) => opt(out, value, dump_expr),
        StmtKind::Delete(targets) => list(out, targets, dump_expr),
        StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        StmtKind::If {
            test,
            body: b,
            orelse,
        }
        | StmtKind::While {
            test,
            body: b,
            orelse,
        } => {
            dump_expr(out, test);
            out.push_str(", ");
            body(out, b);
            out.push_str(", ");
            body(out, orelse);
        }
        StmtKind::For {
            is_async,
            target,
            iter,
            body: b,
            orelse,
        } => {
            let _ = write!(out, "async={}, ", flag(*is_async));
            dump_expr(out, target);
            out.push_str(", ");
            dump_expr(out, iter);
            out.push_str(", ");
            body(out, b);
            out.push_str(", ");
            body(out, orelse);
        }
        StmtKind::With {
            is_async,
            items,
            body: b,
        } => {
            let _ = write!(out, "async={}, ", flag(*is_async));
            list(out, items, |out, item| {
                out.push_str("withitem(");
                dump_expr(out, &item.context);
                out.push_str(", ");
                opt(out, &item.vars, dump_expr);
                out.push(')');
            });
            out.push_str(", ");
            body(out, b);
        }
        StmtKind::Try {
            body: b,
            handlers,
            orelse,
            finalbody,
            is_star,
        } => {
            body(out, b);
            out.push_str(", ");
            list(out, handlers, dump_handler);
            out.push_str(", ");
            body(out, orelse);
            out.push_str(", ");
            body(out, finalbody);
            let _ = write!(out, ", star={}", flag(*is_star));
        }
        StmtKind::Raise { exc, cause } => {
            opt(out, exc, dump_expr);
            out.push_str(", ");
            opt(out, cause, dump_expr);
        }
        StmtKind::Assert { test, msg } => {
            dump_expr(out, test);
            out.push_str(", ");
            opt(out, msg, dump_expr);
        }
        StmtKind::Import(names) => list(out, names, dump_alias),
        StmtKind::ImportFrom {
            module,
            names,
            level,
        } => {
            opt(out, module, |out, m| out.push_str(&format!("'{m}'")));
            out.push_str(", ");
            list(out, names, dump_alias);
            let _ = write!(out, ", {level}");
        }
        StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
            list(out, names, |out, n| out.push_str(&format!("'{n}'")));
        }
        StmtKind::Match { subject, cases } => {
            dump_expr(out, subject);
            out.push_str(", ");
            list(out, cases, dump_match_case);
        }
    }
    out.push(')');
}

fn dump_match_case(out: &mut String, case: &MatchCase) {
    out.push_str("match_case(");
    dump_pattern(out, &case.pattern);
    out.push_str(", ");
    opt(out, &case.guard, dump_expr);
    out.push_str(", ");
    body(out, &case.body);
    out.push(')');
}

fn name(out: &mut String, n: &str) {
    let _ = write!(out, "'{n}'");
}

fn dump_pattern(out: &mut String, pattern: &Pattern) {
    let kind = match &pattern.kind {
        PatternKind::MatchValue(_) => "MatchValue",
        PatternKind::MatchSingleton(_) => "MatchSingleton",
        PatternKind::MatchSequence(_) => "MatchSequence",
        PatternKind::MatchMapping { .. } => "MatchMapping",
        PatternKind::MatchClass { .. } => "MatchClass",
        PatternKind::MatchStar(_) => "MatchStar",
        PatternKind::MatchAs { .. } => "MatchAs",
        PatternKind::MatchOr(_) => "MatchOr",
    };
    out.push_str(kind);
    pos(out, pattern.span);
    out.push('(');
    match &pattern.kind {
        PatternKind::MatchValue(value) => dump_expr(out, value),
        PatternKind::MatchSingleton(value) => dump_constant(out, value),
        PatternKind::MatchSequence(patterns) | PatternKind::MatchOr(patterns) => {
            list(out, patterns, dump_pattern);
        }
        PatternKind::MatchMapping {
            keys,
            patterns,
            rest,
        } => {
            list(out, keys, dump_expr);
            out.push_str(", ");
            list(out, patterns, dump_pattern);
            out.push_str(", ");
            opt(out, rest, |out, n| name(out, n));
        }
        PatternKind::MatchClass {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        } => {
            dump_expr(out, cls);
            out.push_str(", ");
            list(out, patterns, dump_pattern);
            out.push_str(", ");
            list(out, kwd_attrs, |out, n| name(out, n));
            out.push_str(", ");
            list(out, kwd_patterns, dump_pattern);
        }
        PatternKind::MatchStar(target) => opt(out, target, |out, n| name(out, n)),
        PatternKind::MatchAs { pattern, name: n } => {
            opt(out, pattern, |out, p| dump_pattern(out, p));
            out.push_str(", ");
            opt(out, n, |out, n| name(out, n));
        }
    }
    out.push(')');
}

fn dump_alias(out: &mut String, alias: &Alias) {
    out.push_str("alias");
    pos(out, alias.span);
    let _ = write!(out, "('{}', ", alias.name);
    opt(out, &alias.asname, |out, n| out.push_str(&format!("'{n}'")));
    out.push(')');
}

fn dump_handler(out: &mut String, handler: &ExceptHandler) {
    out.push_str("ExceptHandler");
    pos(out, handler.span);
    out.push('(');
    opt(out, &handler.typ, dump_expr);
    out.push_str(", ");
    opt(out, &handler.name, |out, n| out.push_str(&format!("'{n}'")));
    out.push_str(", ");
    body(out, &handler.body);
    out.push(')');
}

fn dump_arguments(out: &mut String, args: &Arguments) {
    out.push_str("arguments(");
    list(out, &args.posonly, dump_arg);
    out.push_str(", ");
    list(out, &args.args, dump_arg);
    out.push_str(", ");
    opt(out, &args.vararg, dump_arg);
    out.push_str(", ");
    list(out, &args.kwonly, dump_arg);
    out.push_str(", ");
    list(out, &args.kw_defaults, |out, d| opt(out, d, dump_expr));
    out.push_str(", ");
    opt(out, &args.kwarg, dump_arg);
    out.push_str(", ");
    list(out, &args.defaults, dump_expr);
    out.push(')');
}

fn dump_arg(out: &mut String, arg: &Arg) {
    out.push_str("arg");
    pos(out, arg.span);
    let _ = write!(out, "('{}', ", arg.name);
    opt(out, &arg.annotation, dump_expr);
    out.push(')');
}

fn dump_keyword(out: &mut String, keyword: &Keyword) {
    out.push_str("keyword");
    pos(out, keyword.span);
    out.push('(');
    opt(out, &keyword.name, |out, n| out.push_str(&format!("'{n}'")));
    out.push_str(", ");
    dump_expr(out, &keyword.value);
    out.push(')');
}

fn dump_comprehension(out: &mut String, c: &Comprehension) {
    out.push_str("comprehension(");
    dump_expr(out, &c.target);
    out.push_str(", ");
    dump_expr(out, &c.iter);
    out.push_str(", ");
    list(out, &c.ifs, dump_expr);
    let _ = write!(out, ", async={})", flag(c.is_async));
}

fn binop(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "Add",
        BinOp::Sub => "Sub",
        BinOp::Mult => "Mult",
        BinOp::MatMult => "MatMult",
        BinOp::Div => "Div",
        BinOp::FloorDiv => "FloorDiv",
        BinOp::Mod => "Mod",
        BinOp::Pow => "Pow",
        BinOp::LShift => "LShift",
        BinOp::RShift => "RShift",
        BinOp::BitOr => "BitOr",
        BinOp::BitXor => "BitXor",
        BinOp::BitAnd => "BitAnd",
    }
}

fn cmpop(op: &CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq",
        CmpOp::NotEq => "NotEq",
        CmpOp::Lt => "Lt",
        CmpOp::LtE => "LtE",
        CmpOp::Gt => "Gt",
        CmpOp::GtE => "GtE",
        CmpOp::Is => "Is",
        CmpOp::IsNot => "IsNot",
        CmpOp::In => "In",
        CmpOp::NotIn => "NotIn",
    }
}

/// F-string parts in CPython's shape: debug text merged into literals.
fn dump_fstring_parts(out: &mut String, parts: &[FStringPart]) {
    let mut merged: Vec<Result<String, &FStringPart>> = Vec::new();
    let push_text = |merged: &mut Vec<Result<String, &FStringPart>>, text: &str| {
        if let Some(Ok(last)) = merged.last_mut() {
            last.push_str(text);
        } else {
            merged.push(Ok(text.to_string()));
        }
    };
    for part in parts {
        match part {
            FStringPart::Literal(text) => push_text(&mut merged, text),
            FStringPart::Expr { debug_text, .. } => {
                if let Some(text) = debug_text {
                    push_text(&mut merged, text);
                }
                merged.push(Err(part));
            }
        }
    }
    list(out, &merged, |out, item| match item {
        Ok(text) => {
            out.push_str("Constant(str ");
            quoted(out, text);
            out.push(')');
        }
        Err(FStringPart::Expr {
            value,
            conversion,
            format_spec,
            ..
        }) => {
            out.push_str("FormattedValue(");
            dump_expr(out, value);
            out.push_str(", ");
            opt(out, conversion, |out, c| out.push(*c));
            out.push_str(", ");
            opt(out, format_spec, |out, spec| {
                out.push_str("JoinedStr(");
                dump_fstring_parts(out, spec);
                out.push(')');
            });
            out.push(')');
        }
        Err(FStringPart::Literal(_)) => unreachable!(),
    });
}

fn dump_expr(out: &mut String, e: &Expr) {
    let name = match &e.kind {
        ExprKind::BoolOp { .. } => "BoolOp",
        ExprKind::NamedExpr { .. } => "NamedExpr",
        ExprKind::BinOp { .. } => "BinOp",
        ExprKind::UnaryOp { .. } => "UnaryOp",
        ExprKind::Lambda { .. } => "Lambda",
        ExprKind::IfExp { .. } => "IfExp",
        ExprKind::Dict { .. } => "Dict",
        ExprKind::Set(_) => "Set",
        ExprKind::ListComp { .. } => "ListComp",
        ExprKind::SetComp { .. } => "SetComp",
        ExprKind::DictComp { .. } => "DictComp",
        ExprKind::GeneratorExp { .. } => "GeneratorExp",
        ExprKind::Await(_) => "Await",
        ExprKind::Yield(_) => "Yield",
        ExprKind::YieldFrom(_) => "YieldFrom",
        ExprKind::Compare { .. } => "Compare",
        ExprKind::Call { .. } => "Call",
        ExprKind::FString(_) => "JoinedStr",
        ExprKind::Constant(_) => "Constant",
        ExprKind::Attribute { .. } => "Attribute",
        ExprKind::Subscript { .. } => "Subscript",
        ExprKind::Starred(_) => "Starred",
        ExprKind::Name(_) => "Name",
        ExprKind::List(_) => "List",
        ExprKind::Tuple(_) => "Tuple",
        ExprKind::Slice { .. } => "Slice",
    };
    out.push_str(name);
    pos(out, e.span);
    out.push('(');
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            out.push_str(if *op == BoolOp::And { "And, " } else { "Or, " });
            list(out, values, dump_expr);
        }
        ExprKind::NamedExpr { target, value } => {
            let _ = write!(out, "'{target}', ");
            dump_expr(out, value);
        }
        ExprKind::BinOp { left, op, right } => {
            dump_expr(out, left);
            let _ = write!(out, ", {}, ", binop(*op));
            dump_expr(out, right);
        }
        ExprKind::UnaryOp { op, operand } => {
            let op = match op {
                UnaryOp::Invert => "Invert",
                UnaryOp::Not => "Not",
                UnaryOp::UAdd => "UAdd",
                UnaryOp::USub => "USub",
            };
            let _ = write!(out, "{op}, ");
            dump_expr(out, operand);
        }
        ExprKind::Lambda { args, body } => {
            dump_arguments(out, args);
            out.push_str(", ");
            dump_expr(out, body);
        }
        ExprKind::IfExp { test, body, orelse } => {
            dump_expr(out, test);
            out.push_str(", ");
            dump_expr(out, body);
            out.push_str(", ");
            dump_expr(out, orelse);
        }
        ExprKind::Dict { keys, values } => {
            list(out, keys, |out, k| opt(out, k, dump_expr));
            out.push_str(", ");
            list(out, values, dump_expr);
        }
        ExprKind::Set(elts) | ExprKind::List(elts) | ExprKind::Tuple(elts) => {
            list(out, elts, dump_expr)
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            dump_expr(out, elt);
            out.push_str(", ");
            list(out, generators, dump_comprehension);
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            dump_expr(out, key);
            out.push_str(", ");
            dump_expr(out, value);
            out.push_str(", ");
            list(out, generators, dump_comprehension);
        }
        ExprKind::Await(value) | ExprKind::YieldFrom(value) | ExprKind::Starred(value) => {
            dump_expr(out, value)
        }
        ExprKind::Yield(value) => opt(out, value, |out, v| dump_expr(out, v)),
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            dump_expr(out, left);
            out.push_str(", ");
            list(out, ops, |out, op| out.push_str(cmpop(op)));
            out.push_str(", ");
            list(out, comparators, dump_expr);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            dump_expr(out, func);
            out.push_str(", ");
            list(out, args, dump_expr);
            out.push_str(", ");
            list(out, keywords, dump_keyword);
        }
        ExprKind::FString(parts) => dump_fstring_parts(out, parts),
        ExprKind::Constant(constant) => dump_constant(out, constant),
        ExprKind::Attribute { value, attr } => {
            dump_expr(out, value);
            let _ = write!(out, ", '{attr}'");
        }
        ExprKind::Subscript { value, slice } => {
            dump_expr(out, value);
            out.push_str(", ");
            dump_expr(out, slice);
        }
        ExprKind::Name(name) => {
            let _ = write!(out, "'{name}'");
        }
        ExprKind::Slice { lower, upper, step } => {
            opt(out, lower, |out, v| dump_expr(out, v));
            out.push_str(", ");
            opt(out, upper, |out, v| dump_expr(out, v));
            out.push_str(", ");
            opt(out, step, |out, v| dump_expr(out, v));
        }
    }
    out.push(')');
}

fn dump_constant(out: &mut String, constant: &Constant) {
    match constant {
        Constant::None => out.push_str("None"),
        Constant::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
        Constant::Int(i) => {
            let _ = write!(out, "int {i}");
        }
        Constant::BigInt(digits) => {
            let _ = write!(out, "int {digits}");
        }
        Constant::Float(f) => {
            let _ = write!(out, "float {:016x}", f.to_bits());
        }
        Constant::Imaginary(f) => {
            let _ = write!(out, "complex {:016x}", f.to_bits());
        }
        Constant::Str(s) => {
            out.push_str("str ");
            quoted(out, s);
        }
        Constant::Bytes(b) => {
            out.push_str("bytes ");
            quoted_bytes(out, b);
        }
        Constant::Ellipsis => out.push_str("..."),
    }
}
