//! Compiling `match` statements: CPython 3.11's `compiler_match` and
//! `compiler_pattern_*`, instruction for instruction where the VM can tell.
//!
//! Each pattern consumes the subject on top of the stack. What it captures
//! stays on the stack, under anything still being matched, and is bound
//! only once the whole pattern has matched, so a case that fails halfway
//! binds nothing (`case (x, 0):` against `(1, 2)` leaves `x` unbound).
//! A failed test jumps to a `fail_pop` label that pops what has piled up so
//! far. The syntax errors raised here are also found, first, by
//! `syntax/validate/pattern.rs`; they are kept so that the compiler never
//! emits code for a pattern that would corrupt the stack.

use super::CompileError;
use super::code::{CmpKind, Const, Instr};
use super::compiler::{Compiler, Label};
use crate::engine::syntax::ast::{Constant, Expr, MatchCase, Name, Pattern, PatternKind};

/// CPython's `pattern_context`: the state of one case's pattern.
#[derive(Default)]
struct PatternContext {
    /// Names captured so far, in binding order. The last one sits deepest
    /// on the stack.
    stores: Vec<Name>,
    /// Whether a pattern that always matches may appear here.
    allow_irrefutable: bool,
    /// Jumping to `fail_pop[i]` pops `i` values, then fails the case.
    fail_pop: Vec<Label>,
    /// Values above the captures that must stay on top while the current
    /// sub-pattern is matched (the subject of a sequence, the elements not
    /// yet matched).
    on_top: usize,
}

impl<'a> Compiler<'a, '_> {
    /// `match subject:` with its cases.
    pub fn match_statement(
        &mut self,
        subject: &'a Expr,
        cases: &'a [MatchCase],
    ) -> Result<(), CompileError> {
        self.expr(subject)?;
        let end = self.new_label();
        let Some(last) = cases.last() else {
            self.emit(Instr::Pop);
            return Ok(());
        };
        // A trailing `case _:` needs no copy of the subject nor a test.
        let has_default = last.pattern.is_wildcard() && cases.len() > 1;
        let tested = cases.len() - usize::from(has_default);
        for (i, case) in cases[..tested].iter().enumerate() {
            self.set_span(case.pattern.span);
            let keeps_subject = i + 1 != tested;
            if keeps_subject {
                self.emit(Instr::Dup);
            }
            let mut pc = PatternContext {
                allow_irrefutable: case.guard.is_some() || i + 1 == cases.len(),
                ..PatternContext::default()
            };
            self.pattern(&case.pattern, &mut pc)?;
            for name in &pc.stores {
                self.store_name(name);
            }
            if let Some(guard) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                self.jump_if(guard, false, pc.fail_pop[0])?;
            }
            if keeps_subject {
                self.emit(Instr::Pop);
            }
            self.stmts(&case.body)?;
            // The jump out belongs to the body's last line, so leaving a
            // case is no new line for a trace.
            if let Some(&last) = self.unit().spans.last() {
                self.set_span(last);
            }
            self.emit(Instr::Jump(end.0));
            // A failed pattern's cleanup belongs to the pattern's line, not
            // to the last line of the body.
            self.set_span(case.pattern.span);
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            self.set_span(last.pattern.span);
            self.emit(Instr::Nop);
            if let Some(guard) = &last.guard {
                self.jump_if(guard, false, end)?;
            }
            self.stmts(&last.body)?;
        }
        self.bind(end);
        Ok(())
    }

    // === The fail_pop blocks ===

    fn ensure_fail_pop(&mut self, pc: &mut PatternContext, pops: usize) {
        while pc.fail_pop.len() <= pops {
            let label = self.new_label();
            pc.fail_pop.push(label);
        }
    }

    /// Jumps (with `jump`, given its target) to fail the pattern, popping
    /// the values on top and the captures.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext, jump: fn(u32) -> Instr) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        self.emit(jump(pc.fail_pop[pops].0));
    }

    /// `fail_pop[n]: Pop; ... fail_pop[1]: Pop; fail_pop[0]:`
    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternContext) {
        let labels = std::mem::take(&mut pc.fail_pop);
        if let Some((first, rest)) = labels.split_first() {
            for label in rest.iter().rev() {
                self.bind(*label);
                self.emit(Instr::Pop);
            }
            self.bind(*first);
        }
    }

    /// Moves the top of the stack `count` deep, lifting what was above.
    fn rotate(&mut self, count: usize) {
        for n in (2..=count).rev() {
            self.emit(Instr::Swap(n as u32));
        }
    }

    fn pattern_error(&mut self, message: String) -> CompileError {
        let span = self.unit().span;
        CompileError::new(&message, span, "SyntaxError")
    }

    /// Keeps the subject on top as a capture of `name` (pops it for `_`).
    fn store_capture(
        &mut self,
        name: Option<&Name>,
        pc: &mut PatternContext,
    ) -> Result<(), CompileError> {
        let Some(name) = name else {
            self.emit(Instr::Pop);
            return Ok(());
        };
        if pc.stores.contains(name) {
            return Err(
                self.pattern_error(format!("multiple assignments to name '{name}' in pattern"))
            );
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name.clone());
        Ok(())
    }

    // === Patterns ===

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> Result<(), CompileError> {
        // Like CPython, the location is not restored afterwards: code after
        // a sub-pattern belongs to that sub-pattern's line.
        self.set_span(p.span);
        match &p.kind {
            PatternKind::MatchValue(value) => {
                self.expr(value)?;
                self.emit(Instr::Compare(CmpKind::Eq));
                self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
            }
            PatternKind::MatchSingleton(value) => {
                self.emit_const(match value {
                    Constant::Bool(b) => Const::Bool(*b),
                    _ => Const::None,
                });
                self.emit(Instr::Compare(CmpKind::Is));
                self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
            }
            PatternKind::MatchSequence(patterns) => self.sequence_pattern(patterns, pc)?,
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => self.mapping_pattern(keys, patterns, rest.as_ref(), pc)?,
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.class_pattern(cls, patterns, kwd_attrs, kwd_patterns, pc)?,
            PatternKind::MatchStar(name) => self.store_capture(name.as_ref(), pc)?,
            PatternKind::MatchAs {
                pattern: None,
                name,
            } => {
                if !pc.allow_irrefutable {
                    let message = match name {
                        Some(name) => {
                            format!("name capture '{name}' makes remaining patterns unreachable")
                        }
                        None => "wildcard makes remaining patterns unreachable".to_string(),
                    };
                    return Err(self.pattern_error(message));
                }
                self.store_capture(name.as_ref(), pc)?;
            }
            PatternKind::MatchAs {
                pattern: Some(inner),
                name,
            } => {
                // A copy of the subject waits on top to be captured.
                pc.on_top += 1;
                self.emit(Instr::Dup);
                self.pattern(inner, pc)?;
                pc.on_top -= 1;
                self.store_capture(name.as_ref(), pc)?;
            }
            PatternKind::MatchOr(alternatives) => self.or_pattern(alternatives, pc)?,
        }
        Ok(())
    }

    /// `compiler_pattern_subpattern`: anything may be irrefutable inside.
    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> Result<(), CompileError> {
        let saved = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.pattern(p, pc)?;
        pc.allow_irrefutable = saved;
        Ok(())
    }

    /// `len(subject) <cmp> n`, failing the pattern when false.
    fn length_check(&mut self, n: usize, cmp: CmpKind, pc: &mut PatternContext) {
        self.emit(Instr::GetLen);
        self.emit_const(Const::Int(n as i64));
        self.emit(Instr::Compare(cmp));
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
    }

    fn sequence_pattern(
        &mut self,
        patterns: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> Result<(), CompileError> {
        let size = patterns.len();
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, sub) in patterns.iter().enumerate() {
            if let PatternKind::MatchStar(name) = &sub.kind {
                if star.is_some() {
                    let message = "multiple starred names in sequence pattern".to_string();
                    return Err(self.pattern_error(message));
                }
                star_wildcard = name.is_none();
                only_wildcard &= star_wildcard;
                star = Some(i);
            } else {
                only_wildcard &= sub.is_wildcard();
            }
        }
        // The subject stays on top through the type and length checks.
        pc.on_top += 1;
        self.emit(Instr::MatchSequence);
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        match star {
            None => self.length_check(size, CmpKind::Eq, pc),
            Some(_) if size > 1 => self.length_check(size - 1, CmpKind::Ge, pc),
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(Instr::Pop);
        } else if star_wildcard {
            self.sequence_by_index(patterns, star.unwrap_or(size), pc)?;
        } else {
            self.sequence_by_unpacking(patterns, star, pc)?;
        }
        Ok(())
    }

    /// `pattern_helper_sequence_unpack`: every element on the stack, then
    /// each matched in turn.
    fn sequence_by_unpacking(
        &mut self,
        patterns: &'a [Pattern],
        star: Option<usize>,
        pc: &mut PatternContext,
    ) -> Result<(), CompileError> {
        let size = patterns.len();
        match star {
            None => self.emit(Instr::UnpackSequence(size as u32)),
            Some(star) => self.emit(Instr::UnpackEx {
                before: star as u16,
                after: (size - star - 1) as u16,
            }),
        };
        pc.on_top += size;
        for sub in patterns {
            pc.on_top -= 1;
            self.subpattern(sub, pc)?;
        }
        Ok(())
    }

    /// `pattern_helper_sequence_subscr`: with a `*_`, only the elements
    /// that matter are fetched, by index (counted from the length for those
    /// after the star, as the subject may not support negative indices).
    fn sequence_by_index(
        &mut self,
        patterns: &'a [Pattern],
        star: usize,
        pc: &mut PatternContext,
    ) -> Result<(), CompileError> {
        pc.on_top += 1;
        let size = patterns.len();
        for (i, sub) in patterns.iter().enumerate() {
            if sub.is_wildcard() || i == star {
                continue;
            }
            self.emit(Instr::Dup);
            if i < star {
                self.emit_const(Const::Int(i as i64));
            } else {
                self.emit(Instr::GetLen);
                self.emit_const(Const::Int((size - i) as i64));
                self.emit(Instr::Binary(crate::engine::syntax::ast::BinOp::Sub));
            }
            self.emit(Instr::BinarySubscr);
            self.subpattern(sub, pc)?;
        }
        pc.on_top -= 1;
        self.emit(Instr::Pop);
        Ok(())
    }

    fn mapping_pattern(
        &mut self,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&Name>,
        pc: &mut PatternContext,
    ) -> Result<(), CompileError> {
        let size = keys.len();
        pc.on_top += 1;
        self.emit(Instr::MatchMapping);
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        if size == 0 && rest.is_none() {
            pc.on_top -= 1;
            self.emit(Instr::Pop);
            return Ok(());
        }
        if size > 0 {
            self.length_check(size, CmpKind::Ge, pc);
        }
        for key in keys {
            self.expr(key)?;
        }
        self.emit(Instr::BuildTuple(size as u32));
        // `subject keys` → `subject keys values`, values None when a key is
        // missing.
        self.emit(Instr::MatchKeys);
        pc.on_top += 2;
        self.emit(Instr::Dup);
        self.emit_const(Const::None);
        self.emit(Instr::Compare(CmpKind::IsNot));
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        self.emit(Instr::UnpackSequence(size as u32));
        pc.on_top += size;
        pc.on_top -= 1;
        for sub in patterns {
            pc.on_top -= 1;
            self.subpattern(sub, pc)?;
        }
        // Left: `subject keys`.
        pc.on_top -= 2;
        match rest {
            Some(rest) => {
                // rest = dict(subject), then del rest[key] for each key.
                self.emit(Instr::BuildMap(0));
                self.emit(Instr::Swap(3));
                self.emit(Instr::DictUpdate(2));
                self.emit(Instr::UnpackSequence(size as u32));
                for left in (1..=size).rev() {
                    self.emit(Instr::Copy(1 + left as u32));
                    self.emit(Instr::Swap(2));
                    self.emit(Instr::DeleteSubscr);
                }
                self.store_capture(Some(rest), pc)?;
            }
            None => {
                self.emit(Instr::Pop);
                self.emit(Instr::Pop);
            }
        }
        Ok(())
    }

    fn class_pattern(
        &mut self,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [Name],
        kwd_patterns: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> Result<(), CompileError> {
        for (i, attr) in kwd_attrs.iter().enumerate() {
            if kwd_attrs[i + 1..].contains(attr) {
                let message = format!("attribute name repeated in class pattern: {attr}");
                return Err(self.pattern_error(message));
            }
        }
        self.expr(cls)?;
        for attr in kwd_attrs {
            self.emit_const(Const::Str(attr.to_string().into()));
        }
        self.emit(Instr::BuildTuple(kwd_attrs.len() as u32));
        // `subject cls names` → `attributes` or None.
        self.emit(Instr::MatchClass(patterns.len() as u32));
        self.emit(Instr::Dup);
        self.emit_const(Const::None);
        self.emit(Instr::Compare(CmpKind::IsNot));
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        let count = patterns.len() + kwd_patterns.len();
        self.emit(Instr::UnpackSequence(count as u32));
        pc.on_top += count;
        pc.on_top -= 1;
        for sub in patterns.iter().chain(kwd_patterns) {
            pc.on_top -= 1;
            if sub.is_wildcard() {
                self.emit(Instr::Pop);
                continue;
            }
            self.subpattern(sub, pc)?;
        }
        Ok(())
    }

    /// `compiler_pattern_or`: each alternative is tried on a copy of the
    /// subject with its own captures, which must name the same variables;
    /// the matching one's captures are put in the first alternative's order
    /// and moved under what was captured before the `|`.
    fn or_pattern(
        &mut self,
        alternatives: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> Result<(), CompileError> {
        let end = self.new_label();
        let outer = std::mem::take(pc);
        let mut control: Option<Vec<Name>> = None;
        for (i, alternative) in alternatives.iter().enumerate() {
            self.set_span(alternative.span);
            *pc = PatternContext {
                allow_irrefutable: i + 1 == alternatives.len() && outer.allow_irrefutable,
                ..PatternContext::default()
            };
            self.emit(Instr::Dup);
            self.pattern(alternative, pc)?;
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(names) => {
                    if names.len() != pc.stores.len() {
                        return Err(self.different_names());
                    }
                    self.reorder_captures(names, pc)?;
                }
            }
            self.emit(Instr::Jump(end.0));
            self.emit_and_reset_fail_pop(pc);
        }
        *pc = outer;
        // No alternative matched: pop the subject and fail.
        self.emit(Instr::Pop);
        self.jump_to_fail_pop(pc, Instr::Jump);
        self.bind(end);
        let control = control.unwrap_or_default();
        // Between the new captures and their place: the other new ones,
        // the subject, what stays on top, and the captures made before.
        let rotations = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(rotations);
            if pc.stores.contains(&name) {
                return Err(
                    self.pattern_error(format!("multiple assignments to name '{name}' in pattern"))
                );
            }
            pc.stores.push(name);
        }
        // The copy of the subject.
        self.emit(Instr::Pop);
        Ok(())
    }

    fn different_names(&mut self) -> CompileError {
        self.pattern_error("alternative patterns bind different names".to_string())
    }

    /// Rotates an alternative's captures, on the stack and in `pc.stores`,
    /// into the order of the first alternative's (`control`).
    fn reorder_captures(
        &mut self,
        control: &[Name],
        pc: &mut PatternContext,
    ) -> Result<(), CompileError> {
        for icontrol in (0..control.len()).rev() {
            let Some(istores) = pc.stores.iter().position(|n| *n == control[icontrol]) else {
                return Err(self.different_names());
            };
            if icontrol == istores {
                continue;
            }
            // stores[..=istores] moves to end at icontrol, on the stack too.
            let rotations = istores + 1;
            let moved: Vec<Name> = pc.stores.drain(..rotations).collect();
            let at = icontrol - istores;
            pc.stores.splice(at..at, moved);
            for _ in 0..rotations {
                self.rotate(icontrol + 1);
            }
        }
        Ok(())
    }
}
