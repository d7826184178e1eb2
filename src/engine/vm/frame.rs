//! Frames: one activation of a code object, with its own value stack and
//! instruction pointer, so a generator can keep it while suspended.

use std::rc::Rc;

use super::value::{ObjRef, Value};
use crate::engine::compile::code::Code;
use crate::engine::intern::Sym;

/// A handler pushed by `SetupFinally`.
#[derive(Clone, Copy, Debug)]
pub struct Block {
    pub handler: u32,
    /// The value-stack depth to cut back to before pushing the exception.
    pub depth: u32,
}

/// How a frame hands its result back when it returns, yields or raises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cont {
    /// An ordinary call from bytecode: push the return value on the caller.
    Call,
    /// A generator resumed by `ForIter`: a yield pushes the item; a return
    /// ends the loop (pop the iterator, jump).
    ForIter(u32),
    /// A sub-iterator resumed by `Send`: a yield pushes the value; a return
    /// pops the sub-iterator, pushes the value and jumps.
    Send(u32),
    /// Started by native code: the run loop returns to it.
    Native,
    /// A task's coroutine, entered by the event loop's run loop (not by
    /// native code): its yield, return or exception ends the task's step
    /// (`Task.__step`'s second half), then the loop's frame goes on with
    /// `None` as the value of the call that ran the step. This keeps the
    /// whole loop on one run loop, so a run can pause inside it.
    TaskStep(ObjRef),
}

#[derive(Clone, Debug)]
pub struct Frame {
    pub code: Rc<Code>,
    /// The next instruction.
    pub ip: usize,
    /// The instruction being executed (for line numbers and tracebacks).
    pub lasti: usize,
    pub stack: Vec<Value>,
    /// Fast locals; `Null` while unbound.
    pub locals: Vec<Value>,
    /// Cells: the code's cellvars, then its freevars.
    pub cells: Vec<ObjRef>,
    /// The module this code runs in. Counted only for module and `exec`
    /// code (`func` is `Null`): a function's frame holds the function,
    /// which holds its globals, and a second count cost every call an
    /// increment and a decrement of the module's slot.
    pub globals: ObjRef,
    /// Module and class bodies: the namespace `LoadName`/`StoreName` use.
    pub namespace: Option<ObjRef>,
    pub blocks: Vec<Block>,
    /// Exceptions being handled in this frame (`except` and `finally`
    /// bodies), innermost last.
    pub handled: Vec<Value>,
    /// The function object being run (`Null` for module code).
    pub func: Value,
    /// The generator or coroutine that owns this frame.
    pub generator: Option<ObjRef>,
    pub cont: Cont,
}

impl Frame {
    /// The locals that are bound, by name (borrowed, not counted).
    pub fn bound_locals(&self) -> Vec<(Sym, Value)> {
        self.code
            .varnames
            .iter()
            .zip(&self.locals)
            .filter(|(_, v)| !v.is_null())
            .map(|(k, v)| (*k, v.clone()))
            .collect()
    }

    /// A frame about to run `code` from its first instruction.
    pub fn new(code: Rc<Code>, globals: ObjRef, namespace: Option<ObjRef>) -> Frame {
        Frame {
            code,
            ip: 0,
            lasti: 0,
            stack: Vec::new(),
            locals: Vec::new(),
            cells: Vec::new(),
            globals,
            namespace,
            blocks: Vec::new(),
            handled: Vec::new(),
            func: Value::Null,
            generator: None,
            cont: Cont::Call,
        }
    }

    pub fn line(&self) -> u32 {
        self.code.line_at(self.lasti)
    }
}

/// Released frames, emptied but keeping their vectors' capacity, so a call
/// allocates nothing. Frames are boxed so that a generator's frame moves
/// between the frame stack and the generator as a pointer.
///
/// The pool is not part of the program's state: a clone of the VM starts
/// with an empty one.
#[derive(Debug, Default)]
pub struct FramePool(pub Vec<Box<Frame>>);

impl Clone for FramePool {
    fn clone(&self) -> FramePool {
        FramePool::default()
    }
}
