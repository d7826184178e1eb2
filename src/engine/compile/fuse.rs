//! Marks the starts of short runs that the run loop's fast lane may take in
//! one dispatch: a `LoadFast` followed by an int operand (a constant or
//! another local) and an operator, `n - 1` or `x * y`, or also a
//! conditional jump, `if n < 2:`; or a `LoadFast` followed at once by the
//! operator, whose left operand is already on the stack, `len(xs) * k`.
//! The mark turns that `LoadFast` into `LoadFastFused`; the run's other
//! instructions stay where they are.
//!
//! Why: in such runs most of the work is dispatch and moving values on and
//! off the stack (fib spent a quarter of its instructions there). CPython
//! 3.11 has the same idea in its superinstructions (`LOAD_FAST__LOAD_CONST`,
//! `COMPARE_OP_INT_JUMP`).
//!
//! Why a mark and not a new instruction in place of the run: every
//! instruction keeps its index, so jumps into the middle of a run, line
//! tables, tracebacks and the step count are unchanged. The lane counts a
//! run as the steps of its instructions, takes it only when its operands
//! are ints and no check (pause, fuel, heap) falls inside it, and otherwise
//! runs the mark as the plain `LoadFast` it is everywhere else.

use super::code::{CmpKind, Const, Fusion, Instr, Right, Then};
use crate::engine::syntax::ast::BinOp;

/// Rewrites each `LoadFast` that starts a fusible run into its mark.
pub fn mark_runs(instrs: &mut [Instr], consts: &[Const]) {
    for i in 0..instrs.len() {
        let Instr::LoadFast(local) = instrs[i] else {
            continue;
        };
        let (right, operand) = match instrs.get(i + 1) {
            Some(Instr::LoadConst(c)) => match consts[*c as usize] {
                Const::Int(n) => match i32::try_from(n) {
                    Ok(n) => (Right::Const, n as u32),
                    Err(_) => continue,
                },
                _ => continue,
            },
            Some(Instr::LoadFast(j) | Instr::LoadFastFused { local: j, .. }) => (Right::Local, *j),
            _ => (Right::Top, 0),
        };
        // Where the operator is.
        let at = if right == Right::Top { i + 1 } else { i + 2 };
        let then = match (instrs.get(at), instrs.get(at + 1)) {
            (
                Some(Instr::Compare(op)),
                Some(Instr::PopJumpIfFalse(_) | Instr::PopJumpIfTrue(_)),
            ) if int_ordering(*op) => Then::CompareJump(*op),
            (Some(Instr::Binary(op) | Instr::Inplace(op)), _) if int_operator(*op) => {
                Then::Binary(*op)
            }
            _ => continue,
        };
        instrs[i] = Instr::LoadFastFused {
            fusion: Fusion { right, then },
            local,
            operand,
        };
    }
}

/// The comparisons the lane does on two ints (`fast::int_ordering`).
fn int_ordering(op: CmpKind) -> bool {
    matches!(
        op,
        CmpKind::Lt | CmpKind::Le | CmpKind::Eq | CmpKind::Ne | CmpKind::Gt | CmpKind::Ge
    )
}

/// The operators the lane does on two ints (`fast::int_op`).
fn int_operator(op: BinOp) -> bool {
    matches!(
        op,
        BinOp::Add
            | BinOp::Sub
            | BinOp::Mult
            | BinOp::Mod
            | BinOp::FloorDiv
            | BinOp::BitAnd
            | BinOp::BitOr
            | BinOp::BitXor
    )
}
