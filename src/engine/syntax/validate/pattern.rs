//! The errors CPython's compiler finds in `case` patterns
//! (`compiler_pattern` and its helpers in `Python/compile.c`).
//!
//! The walk follows the compiler's, because the errors depend on it: which
//! sub-patterns it visits (wildcards in class patterns are skipped), the
//! names each alternative of an `|` binds, and where an error points (the
//! compiler's current location is the last pattern it entered, never
//! restored on the way out).

use super::{VResult, error};
use crate::engine::numeric::{float_repr::float_repr, str_repr::str_repr};
use crate::engine::syntax::ast::{
    Constant, Expr, ExprKind, MatchCase, Name, Pattern, PatternKind, Span, UnaryOp,
};

/// Checks the pattern of a case; `last` when no case follows it.
pub(super) fn check_case(case: &MatchCase, last: bool) -> VResult {
    let mut context = PatternContext {
        stores: Vec::new(),
        allow_irrefutable: case.guard.is_some() || last,
        location: case.pattern.span,
    };
    context.pattern(&case.pattern)
}

/// CPython's `pattern_context`, less what only code generation needs.
struct PatternContext {
    /// The names captured so far, in the order they are bound.
    stores: Vec<Name>,
    /// Whether a pattern that always matches may appear here: in the last
    /// case, a guarded case, a sub-pattern or the last alternative of those.
    allow_irrefutable: bool,
    /// Where an error points: the last pattern entered.
    location: Span,
}

impl PatternContext {
    fn error(&self, message: impl Into<String>) -> VResult {
        Err(error(message, self.location))
    }

    fn pattern(&mut self, pattern: &Pattern) -> VResult {
        self.location = pattern.span;
        match &pattern.kind {
            PatternKind::MatchValue(value) => {
                if !is_value_expression(value) {
                    return self.error("patterns may only match literals and attribute lookups");
                }
                Ok(())
            }
            PatternKind::MatchSingleton(_) => Ok(()),
            PatternKind::MatchSequence(patterns) => self.sequence(patterns),
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.mapping_keys(keys)?;
                for sub in patterns {
                    self.subpattern(sub)?;
                }
                self.store(rest.as_ref())
            }
            PatternKind::MatchClass {
                patterns,
                kwd_attrs,
                kwd_patterns,
                ..
            } => {
                for (i, attr) in kwd_attrs.iter().enumerate() {
                    self.location = kwd_patterns[i].span;
                    check_forbidden(attr, self.location)?;
                    if let Some(j) = kwd_attrs[i + 1..].iter().position(|a| a == attr) {
                        self.location = kwd_patterns[i + 1 + j].span;
                        return self
                            .error(format!("attribute name repeated in class pattern: {attr}"));
                    }
                }
                self.location = pattern.span;
                for sub in patterns.iter().chain(kwd_patterns) {
                    if !sub.is_wildcard() {
                        self.subpattern(sub)?;
                    }
                }
                Ok(())
            }
            PatternKind::MatchStar(name) => self.store(name.as_ref()),
            PatternKind::MatchAs {
                pattern: None,
                name,
            } => {
                if !self.allow_irrefutable {
                    return match name {
                        Some(name) => self.error(format!(
                            "name capture '{name}' makes remaining patterns unreachable"
                        )),
                        None => self.error("wildcard makes remaining patterns unreachable"),
                    };
                }
                self.store(name.as_ref())
            }
            PatternKind::MatchAs {
                pattern: Some(sub),
                name,
            } => {
                self.pattern(sub)?;
                self.store(name.as_ref())
            }
            PatternKind::MatchOr(alternatives) => self.alternatives(alternatives),
        }
    }

    /// `compiler_pattern_subpattern`: anything may be irrefutable inside.
    fn subpattern(&mut self, pattern: &Pattern) -> VResult {
        let saved = self.allow_irrefutable;
        self.allow_irrefutable = true;
        self.pattern(pattern)?;
        self.allow_irrefutable = saved;
        Ok(())
    }

    /// `pattern_helper_store_name`.
    fn store(&mut self, name: Option<&Name>) -> VResult {
        let Some(name) = name else {
            return Ok(());
        };
        check_forbidden(name, self.location)?;
        if self.stores.contains(name) {
            return self.error(format!("multiple assignments to name '{name}' in pattern"));
        }
        self.stores.push(name.clone());
        Ok(())
    }

    /// `compiler_pattern_sequence`: at most one star; the sub-patterns the
    /// compiler visits.
    fn sequence(&mut self, patterns: &[Pattern]) -> VResult {
        let mut star = false;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for sub in patterns {
            if let PatternKind::MatchStar(name) = &sub.kind {
                if star {
                    return self.error("multiple starred names in sequence pattern");
                }
                star = true;
                star_wildcard = name.is_none();
                only_wildcard &= star_wildcard;
            } else {
                only_wildcard &= sub.is_wildcard();
            }
        }
        if only_wildcard {
            return Ok(());
        }
        for sub in patterns {
            // With a `*_`, elements are fetched by index and wildcards skipped.
            let skipped = star_wildcard
                && (sub.is_wildcard() || matches!(sub.kind, PatternKind::MatchStar(_)));
            if !skipped {
                self.subpattern(sub)?;
            }
        }
        Ok(())
    }

    /// `compiler_pattern_mapping`'s key checks: literals (compared after
    /// constant folding, so `1`, `1.0` and `True` are the same key) and
    /// attribute lookups only.
    fn mapping_keys(&mut self, keys: &[Expr]) -> VResult {
        let mut seen: Vec<Key> = Vec::new();
        for key in keys {
            match fold(key) {
                Some(constant) => {
                    let k = Key::of(&constant);
                    if seen.contains(&k) {
                        return self.error(format!(
                            "mapping pattern checks duplicate key ({})",
                            constant_repr(&constant)
                        ));
                    }
                    seen.push(k);
                }
                None if matches!(key.kind, ExprKind::Attribute { .. }) => {}
                None => {
                    return self.error(
                        "mapping pattern keys may only match literals and attribute lookups",
                    );
                }
            }
        }
        Ok(())
    }

    /// `compiler_pattern_or`: every alternative binds the same names; the
    /// names join those bound before the `|`.
    fn alternatives(&mut self, alternatives: &[Pattern]) -> VResult {
        let outer_stores = std::mem::take(&mut self.stores);
        let outer_allow = self.allow_irrefutable;
        let mut control: Option<Vec<Name>> = None;
        for (i, alternative) in alternatives.iter().enumerate() {
            self.location = alternative.span;
            self.stores = Vec::new();
            self.allow_irrefutable = i + 1 == alternatives.len() && outer_allow;
            self.pattern(alternative)?;
            match &control {
                None => control = Some(std::mem::take(&mut self.stores)),
                Some(names) => {
                    let same = names.len() == self.stores.len()
                        && names.iter().all(|n| self.stores.contains(n));
                    if !same {
                        return self.error("alternative patterns bind different names");
                    }
                }
            }
        }
        self.stores = outer_stores;
        self.allow_irrefutable = outer_allow;
        for name in control.unwrap_or_default() {
            if self.stores.contains(&name) {
                return self.error(format!("multiple assignments to name '{name}' in pattern"));
            }
            self.stores.push(name);
        }
        Ok(())
    }
}

/// CPython's `forbidden_name` for a store.
fn check_forbidden(name: &str, location: Span) -> VResult {
    if name == "__debug__" {
        return Err(error("cannot assign to __debug__", location));
    }
    Ok(())
}

/// `MATCH_VALUE_EXPR`: what a value pattern may compare with, once
/// constants are folded (`-1` is a constant; an f-string is not).
fn is_value_expression(value: &Expr) -> bool {
    fold(value).is_some() || matches!(value.kind, ExprKind::Attribute { .. })
}

/// The constant an expression folds to, as CPython's AST optimizer folds
/// `-1` before compiling.
fn fold(value: &Expr) -> Option<Constant> {
    match &value.kind {
        ExprKind::Constant(constant) => Some(constant.clone()),
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => match fold(operand)? {
            Constant::Int(i) => Some(match i.checked_neg() {
                Some(n) => Constant::Int(n),
                None => Constant::BigInt(format!("{}", -(i as i128))),
            }),
            Constant::BigInt(digits) => Some(Constant::BigInt(format!("-{digits}"))),
            Constant::Float(x) => Some(Constant::Float(-x)),
            _ => None,
        },
        _ => None,
    }
}

/// A constant as a set key: `1`, `1.0` and `True` are equal.
#[derive(PartialEq)]
enum Key {
    Int(i128),
    Float(u64),
    Big(String),
    Str(String),
    Bytes(Vec<u8>),
    Other(String),
}

impl Key {
    fn of(constant: &Constant) -> Key {
        match constant {
            Constant::Bool(b) => Key::Int(i128::from(*b)),
            Constant::Int(i) => Key::Int(i128::from(*i)),
            Constant::Float(x) if x.fract() == 0.0 && x.abs() < 1e30 => Key::Int(*x as i128),
            Constant::Float(x) => Key::Float(x.to_bits()),
            Constant::BigInt(digits) => Key::Big(digits.clone()),
            Constant::Str(s) => Key::Str(s.clone()),
            Constant::Bytes(b) => Key::Bytes(b.clone()),
            other => Key::Other(constant_repr(other)),
        }
    }
}

/// `repr()` of a folded constant, for the duplicate-key message.
fn constant_repr(constant: &Constant) -> String {
    match constant {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(digits) => digits.clone(),
        Constant::Float(x) => float_repr(*x),
        Constant::Imaginary(x) => format!("{}j", float_repr(*x)),
        Constant::Str(s) => str_repr(s),
        Constant::Bytes(b) => bytes_repr(b),
        Constant::Ellipsis => "Ellipsis".into(),
    }
}

fn bytes_repr(bytes: &[u8]) -> String {
    let quote = if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = format!("b{quote}");
    for &b in bytes {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if b as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            b' '..=b'~' => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote);
    out
}
