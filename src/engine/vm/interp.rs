//! The dispatch loop: runs frames, moves return values and yields between
//! them, and unwinds exceptions to their handlers.

use std::rc::Rc;

use super::Vm;
use super::frame::{Block, Cont, Frame, FramePool};
use super::generator::GenResult;
use super::heap::Heap;
use super::object::{GenKind, GenState, IterState, NativeKind, Obj, PyResult, TbEntry};
use super::value::{ObjRef, Value};
use crate::engine::compile::code::{CmpKind, Code, Const, Instr};
use crate::engine::syntax::ast::{BinOp, UnaryOp};

/// How the frame a run loop started with left it.
#[derive(Debug)]
pub enum Exit {
    Return(Value),
    Yield(Value),
    /// Stopped before an instruction because `pause_at` was reached (only
    /// the main program's run loop pauses; see `engine::run::Session`).
    Paused,
}

/// Native entries into bytecode (a class's `__init__`, a generator
/// resumed by `next()`) nested at most this deep.
pub const MAX_NATIVE_DEPTH: usize = 1000;

/// Frames a program may ask for with `sys.setrecursionlimit`: a runaway
/// recursion under a huge limit would otherwise take gigabytes of frames.
pub const MAX_RECURSION_LIMIT: usize = 100_000;

impl Vm {
    /// Runs until the frame at index `base` of the frame stack leaves.
    pub fn run_frames(&mut self, base: usize) -> PyResult<Exit> {
        // Limits may have moved since the last loop ran (a session's pause,
        // a seek's fuel): the first check is placed from them as they are
        // now. Before that step `checked_step` would find nothing to do, so
        // a generator resumed from native code (`sum`, `list`) goes straight
        // to the lane.
        self.check_at = self.next_check();
        loop {
            let fetched = match self.fast_run(base) {
                Some(ins) => Ok(Some(ins)),
                None => match self.lane_yield.take() {
                    Some(v) => return Ok(Exit::Yield(v)),
                    None => self.checked_step(base),
                },
            };
            let r = match fetched {
                Ok(Some(ins)) => self.exec(ins, base),
                Ok(None) => return Ok(Exit::Paused),
                Err(exc) => Err(exc),
            };
            match r {
                Ok(None) => {}
                Ok(Some(exit)) => return Ok(exit),
                Err(exc) => {
                    let add_tb = !std::mem::take(&mut self.reraising);
                    self.unwind(exc, base, add_tb)?;
                }
            }
        }
    }

    /// One step with the checks the fast lane leaves out: the pause, queued
    /// finalizers, the fuel, the heap and a halt. Returns the instruction
    /// to run (counted and fetched), None to pause, or the halt's error.
    fn checked_step(&mut self, base: usize) -> PyResult<Option<Instr>> {
        // One compare per instruction stands for the pause, the fuel,
        // the heap check every 64 steps and a halt (`next_check`).
        let slow = self.steps >= self.check_at;
        if slow
            && self.steps >= self.pause_at
            && base == 0
            && self.native_depth == self.resumable_depth
        {
            return Ok(None);
        }
        if !self.heap.to_finalize.is_empty() {
            self.run_finalizers();
        }
        self.steps += 1;
        if slow {
            if self.halt.is_none() && (self.steps > self.limits.fuel || self.steps & 0x3f == 0) {
                if self.steps > self.limits.fuel {
                    self.freeze_if_asked();
                    self.halt = Some(super::Halt::OutOfFuel);
                } else if self.heap.over_limit() {
                    self.halt = Some(super::Halt::HeapLimit);
                }
            }
            self.check_at = self.next_check();
        }
        if slow && self.halt.is_some() {
            return Err(self.halt_exception());
        }
        let f = self.frames.last_mut().expect("run_frames needs a frame");
        let ins = f.code.instrs[f.ip];
        f.lasti = f.ip;
        f.ip += 1;
        if let Some(log) = &mut self.events
            && f.code.line_starts[f.lasti]
        {
            log.line(self.steps - 1, &f.code, f.lasti);
        }
        Ok(Some(ins))
    }

    /// The first step count, before its increment, at which the run loop
    /// must look at a limit again: the pause, the step where the fuel runs
    /// out, the next heap check (steps after the increment divisible by
    /// 64); every step once halted.
    fn next_check(&self) -> u64 {
        if self.halt.is_some() {
            return 0;
        }
        self.pause_at.min(self.limits.fuel).min(self.steps | 0x3f)
    }

    pub(super) fn halt_exception(&mut self) -> Value {
        match self.halt {
            Some(super::Halt::OutputLimit) => self.new_exc_str(
                "RuntimeError",
                "output limit reached: the program printed more than coroscope keeps (1 MB)",
            ),
            Some(super::Halt::IterationLimit) => {
                let msg = format!(
                    "iteration limit reached: builtins took more than {} items from iterators \
                     (coroscope stops runaway programs; is an iterator endless?)",
                    self.native_items_limit()
                );
                self.new_exc("RuntimeError", msg)
            }
            Some(super::Halt::HeapLimit) => {
                let msg = format!(
                    "coroscope's heap is full: more than {} objects alive at once",
                    self.limits.heap_objects
                );
                self.new_exc("MemoryError", msg)
            }
            Some(super::Halt::Deadlock) => self.new_exc_str(
                "RuntimeError",
                "deadlock: every task is waiting and nothing can wake them",
            ),
            _ => {
                let msg = format!(
                    "step limit reached: the program ran {} bytecode steps without finishing (coroscope stops runaway programs)",
                    self.limits.fuel
                );
                self.new_exc("RuntimeError", msg)
            }
        }
    }

    /// Finds a handler for `exc`, unwinding frames down to `base`. Returns
    /// `Err(exc)` when the exception leaves the frame at `base`.
    pub fn unwind(&mut self, exc: Value, base: usize, mut add_tb: bool) -> PyResult<()> {
        let mut first = add_tb;
        let mut exc = exc;
        loop {
            let f = self.frames.last_mut().expect("unwinding needs a frame");
            if add_tb {
                let entry = TbEntry {
                    filename: f.code.filename.clone(),
                    line: f.line(),
                    name: f.code.name.clone(),
                };
                self.add_traceback(&exc, entry);
            }
            if first {
                first = false;
                self.note(crate::engine::events::Note::Raise(&exc));
                self.set_context(&exc);
            }
            add_tb = true;
            let f = self.frames.last_mut().expect("unwinding needs a frame");
            if self.halt.is_none()
                && let Some(Block { handler, depth }) = f.blocks.pop()
            {
                // A re-raise has already popped the exception it raises;
                // its slot below the handler's depth reads as None.
                while f.stack.len() < depth as usize {
                    f.stack.push(Value::None);
                }
                let dropped: Vec<Value> = f.stack.drain(depth as usize..).collect();
                f.stack.push(exc);
                f.ip = handler as usize;
                self.heap.decref_all(dropped);
                return Ok(());
            }
            let idx = self.frames.len() - 1;
            let mut frame = self.frames.pop().expect("checked above");
            let cont = frame.cont;
            if let Some(g) = frame.generator {
                exc = self.gen_finished_with_error(g, exc);
            }
            // The exception keeps the frame's locals (see `ExcData::kept`).
            if self.exc_data(&exc).is_some() {
                let mut kept: Vec<Value> = std::mem::take(&mut frame.locals);
                kept.extend(frame.cells.drain(..).map(Value::Obj));
                kept.retain(|v| !v.is_null());
                if let Some(d) = self.exc_data_mut(&exc) {
                    d.kept.append(&mut kept);
                }
            }
            self.release_frame(frame);
            if let Cont::TaskStep(t) = cont {
                // The task takes its coroutine's exception; the loop's frame
                // below goes on, unless the step itself fails.
                match self.task_step_resumed(t, Err(exc)) {
                    Ok(()) => {
                        self.push(Value::None);
                        return Ok(());
                    }
                    Err(e) => {
                        exc = e;
                        continue;
                    }
                }
            }
            if idx <= base {
                return Err(exc);
            }
            // The caller sees the exception at its current instruction.
        }
    }

    /// Implicit chaining: an exception raised while another is handled
    /// remembers it as `__context__`.
    fn set_context(&mut self, exc: &Value) {
        let handled = self.current_handled();
        if handled.is_none() || handled.is(exc) {
            return;
        }
        let has = self.exc_data(exc).is_some_and(|d| !d.context.is_none());
        if has {
            return;
        }
        // Avoid a cycle: drop `exc` from the handled exception's chain.
        let mut cur = handled.clone();
        for _ in 0..100 {
            let next = match self.exc_data(&cur) {
                Some(d) => d.context.clone(),
                None => break,
            };
            if next.is(exc) {
                if let Some(d) = self.exc_data_mut(&cur) {
                    d.context = Value::None;
                }
                self.drop_val(next);
                break;
            }
            if next.is_none() {
                break;
            }
            cur = next;
        }
        self.heap.incref(&handled);
        if let Some(d) = self.exc_data_mut(exc) {
            d.context = handled;
        }
    }

    /// Drops a frame's references; the emptied frame goes back to the pool.
    pub fn release_frame(&mut self, frame: Box<Frame>) {
        release_frame(&mut self.heap, &mut self.frame_pool, frame);
    }

    /// A frame for `code`, reusing a released one when there is one. Its
    /// `func` is `Null`: a function's call sets it.
    pub fn alloc_frame(
        &mut self,
        code: Rc<Code>,
        globals: ObjRef,
        namespace: Option<ObjRef>,
    ) -> Box<Frame> {
        alloc_frame(&mut self.frame_pool, code, globals, namespace)
    }

    /// An empty vector from the pool (calls reuse frames' vectors).
    #[inline]
    pub fn pooled_vec(&mut self) -> Vec<Value> {
        self.vec_pool.pop().unwrap_or_default()
    }

    /// A return from the top frame.
    pub(super) fn frame_return(&mut self, v: Value, base: usize) -> PyResult<Option<Exit>> {
        let idx = self.frames.len() - 1;
        let frame = self.frames.pop().expect("returning frame");
        let cont = frame.cont;
        if let Some(g) = frame.generator
            && let Obj::Gen(gn) = self.heap.get_mut(g)
        {
            gn.state = GenState::Closed;
            gn.delegating = false;
        }
        self.release_frame(frame);
        if idx <= base {
            return Ok(Some(Exit::Return(v)));
        }
        let caller = self.frames.last_mut().expect("a caller below");
        match cont {
            Cont::Call => caller.stack.push(v),
            Cont::ForIter(t) => {
                let it = caller.stack.pop().expect("iterator under ForIter");
                caller.ip = t as usize;
                self.heap.decref(it);
                self.heap.decref(v);
            }
            Cont::Send(t) => {
                let sub = caller.stack.pop().expect("sub-iterator under Send");
                caller.stack.push(v);
                caller.ip = t as usize;
                self.heap.decref(sub);
            }
            Cont::Native => return Ok(Some(Exit::Return(v))),
            Cont::TaskStep(t) => {
                self.task_step_resumed(t, Ok(GenResult::Return(v)))?;
                self.push(Value::None);
            }
        }
        Ok(None)
    }

    /// A yield from the top frame, which belongs to a generator.
    fn frame_yield(&mut self, v: Value, delegating: bool, base: usize) -> PyResult<Option<Exit>> {
        let idx = self.frames.len() - 1;
        let frame = self.frames.pop().expect("yielding frame");
        let cont = frame.cont;
        let g = frame.generator.expect("only generator frames yield");
        if let Obj::Gen(gn) = self.heap.get_mut(g) {
            gn.state = GenState::Suspended;
            gn.yielded_async = !delegating;
            gn.delegating = delegating;
            gn.frame = Some(frame);
        }
        if let Cont::TaskStep(t) = cont {
            self.task_step_resumed(t, Ok(GenResult::Yield(v)))?;
            self.push(Value::None);
            return Ok(None);
        }
        if idx <= base || cont == Cont::Native {
            return Ok(Some(Exit::Yield(v)));
        }
        self.frames
            .last_mut()
            .expect("a caller below")
            .stack
            .push(v);
        Ok(None)
    }

    #[inline(always)]
    fn top(&mut self) -> &mut Frame {
        self.frames.last_mut().expect("a running frame")
    }

    #[inline(always)]
    fn push(&mut self, v: Value) {
        self.top().stack.push(v);
    }

    #[inline(always)]
    fn pop(&mut self) -> Value {
        self.top()
            .stack
            .pop()
            .expect("stack underflow: the compiler balances the stack")
    }

    fn popn(&mut self, n: usize) -> Vec<Value> {
        let f = self.top();
        let at = f.stack.len() - n;
        f.stack.split_off(at)
    }

    fn name_at(&self, i: u32) -> crate::engine::intern::Sym {
        self.frames.last().expect("a running frame").code.names[i as usize]
    }

    fn load_const(&mut self, i: u32) -> Value {
        let f = self.frames.last().expect("a running frame");
        match &f.code.consts[i as usize] {
            Const::None => Value::None,
            Const::Bool(b) => Value::Bool(*b),
            Const::Int(n) => Value::Int(*n),
            Const::BigInt(b) => self.alloc(Obj::BigInt(Box::new((**b).clone()))),
            Const::Float(x) => Value::Float(*x),
            Const::Str(s) => Value::Str(s.clone()),
            Const::Ellipsis => Value::Ellipsis,
            Const::Bytes(b) => {
                let b = b.clone();
                self.alloc(Obj::Bytes(b))
            }
            Const::Code(_) | Const::Names(_) => Value::None,
        }
    }

    /// Executes one instruction. `Some(exit)` when the frame at `base` left.
    #[inline(always)]
    fn exec(&mut self, ins: Instr, base: usize) -> PyResult<Option<Exit>> {
        match ins {
            Instr::Nop => {}
            Instr::Pop => {
                let v = self.pop();
                self.drop_val(v);
            }
            Instr::Dup => {
                let v = self.top().stack.last().expect("Dup needs a value").clone();
                self.heap.incref(&v);
                self.push(v);
            }
            Instr::Dup2 => {
                let f = self.top();
                let n = f.stack.len();
                let a = f.stack[n - 2].clone();
                let b = f.stack[n - 1].clone();
                self.heap.incref(&a);
                self.heap.incref(&b);
                self.push(a);
                self.push(b);
            }
            Instr::Rot2 => {
                let s = &mut self.top().stack;
                let n = s.len();
                s.swap(n - 1, n - 2);
            }
            Instr::Rot3 => {
                let s = &mut self.top().stack;
                let v = s.pop().expect("Rot3");
                let n = s.len();
                s.insert(n - 2, v);
            }
            Instr::Rot4 => {
                let s = &mut self.top().stack;
                let v = s.pop().expect("Rot4");
                let n = s.len();
                s.insert(n - 3, v);
            }
            Instr::Copy(n) => {
                let f = self.top();
                let v = f.stack[f.stack.len() - n as usize].clone();
                self.heap.incref(&v);
                self.push(v);
            }
            Instr::Swap(n) => {
                let s = &mut self.top().stack;
                let top = s.len() - 1;
                s.swap(top, top + 1 - n as usize);
            }
            Instr::LoadConst(i) => {
                let v = self.load_const(i);
                self.push(v);
            }
            Instr::LoadFast(i) | Instr::LoadFastFused { local: i, .. } => {
                let f = self.frames.last_mut().expect("frame");
                let v = f.locals[i as usize].clone();
                if v.is_null() {
                    let name = self.frames.last().expect("frame").code.varnames[i as usize];
                    let n = self.sym_str(name);
                    return Err(self.new_exc(
                        "UnboundLocalError",
                        format!("cannot access local variable '{n}' where it is not associated with a value"),
                    ));
                }
                self.heap.incref(&v);
                f.stack.push(v);
            }
            Instr::StoreFast(i) => {
                let f = self.frames.last_mut().expect("frame");
                let v = f.stack.pop().expect("StoreFast value");
                let old = std::mem::replace(&mut f.locals[i as usize], v);
                self.heap.decref(old);
            }
            Instr::DeleteFast(i) => {
                let f = self.frames.last_mut().expect("frame");
                let old = std::mem::replace(&mut f.locals[i as usize], Value::Null);
                if old.is_null() {
                    let name = self.frames.last().expect("frame").code.varnames[i as usize];
                    let n = self.sym_str(name);
                    return Err(self.new_exc(
                        "UnboundLocalError",
                        format!("cannot access local variable '{n}' where it is not associated with a value"),
                    ));
                }
                self.drop_val(old);
            }
            Instr::LoadDeref(i) | Instr::LoadClassDeref(i) => {
                if let Instr::LoadClassDeref(_) = ins {
                    let f = self.frames.last().expect("frame");
                    let code = f.code.clone();
                    let cell_count = code.cellvars.len();
                    let sym = if (i as usize) < cell_count {
                        code.cellvars[i as usize]
                    } else {
                        code.freevars[i as usize - cell_count]
                    };
                    if let Some(ns) = f.namespace
                        && let Some(v) = self.ns_get(ns, sym)
                    {
                        self.heap.incref(&v);
                        self.push(v);
                        return Ok(None);
                    }
                }
                let cell = self.frames.last().expect("frame").cells[i as usize];
                let v = match self.heap.get(cell) {
                    Obj::Cell(v) => v.clone(),
                    _ => Value::Null,
                };
                if v.is_null() {
                    let code = self.frames.last().expect("frame").code.clone();
                    let cell_count = code.cellvars.len();
                    let (sym, free) = if (i as usize) < cell_count {
                        (code.cellvars[i as usize], false)
                    } else {
                        (code.freevars[i as usize - cell_count], true)
                    };
                    let n = self.sym_str(sym);
                    let msg = if free {
                        format!(
                            "cannot access free variable '{n}' where it is not associated with a value in enclosing scope"
                        )
                    } else {
                        format!(
                            "cannot access local variable '{n}' where it is not associated with a value"
                        )
                    };
                    let kind = if free {
                        "NameError"
                    } else {
                        "UnboundLocalError"
                    };
                    return Err(self.new_exc(kind, msg));
                }
                self.heap.incref(&v);
                self.push(v);
            }
            Instr::StoreDeref(i) => {
                let v = self.pop();
                let cell = self.frames.last().expect("frame").cells[i as usize];
                if let Obj::Cell(slot) = self.heap.get_mut(cell) {
                    let old = std::mem::replace(slot, v);
                    self.drop_val(old);
                }
            }
            Instr::DeleteDeref(i) => {
                let cell = self.frames.last().expect("frame").cells[i as usize];
                if let Obj::Cell(slot) = self.heap.get_mut(cell) {
                    let old = std::mem::replace(slot, Value::Null);
                    self.drop_val(old);
                }
            }
            Instr::LoadClosure(i) => {
                let cell = self.frames.last().expect("frame").cells[i as usize];
                self.heap.incref_obj(cell);
                self.push(Value::Obj(cell));
            }
            Instr::LoadGlobal(i) => {
                let sym = self.name_at(i);
                let globals = self.frames.last().expect("frame").globals;
                let v = self.load_global(globals, sym)?;
                self.push(v);
            }
            Instr::StoreGlobal(i) => {
                let sym = self.name_at(i);
                let v = self.pop();
                let globals = self.frames.last().expect("frame").globals;
                self.ns_set(globals, sym, v);
            }
            Instr::DeleteGlobal(i) => {
                let sym = self.name_at(i);
                let globals = self.frames.last().expect("frame").globals;
                if !self.ns_del(globals, sym) {
                    let n = self.sym_str(sym);
                    return Err(self.new_exc("NameError", format!("name '{n}' is not defined")));
                }
            }
            Instr::LoadName(i) => {
                let sym = self.name_at(i);
                let f = self.frames.last().expect("frame");
                let (ns, globals) = (f.namespace, f.globals);
                if let Some(ns) = ns
                    && let Some(v) = self.ns_get(ns, sym)
                {
                    self.heap.incref(&v);
                    self.push(v);
                    return Ok(None);
                }
                let v = self.load_global(globals, sym)?;
                self.push(v);
            }
            Instr::StoreName(i) => {
                let sym = self.name_at(i);
                let v = self.pop();
                let f = self.frames.last().expect("frame");
                let ns = f.namespace.unwrap_or(f.globals);
                self.ns_set(ns, sym, v);
            }
            Instr::DeleteName(i) => {
                let sym = self.name_at(i);
                let f = self.frames.last().expect("frame");
                let ns = f.namespace.unwrap_or(f.globals);
                if !self.ns_del(ns, sym) {
                    let n = self.sym_str(sym);
                    return Err(self.new_exc("NameError", format!("name '{n}' is not defined")));
                }
            }
            Instr::LoadAttr(i) => {
                let sym = self.name_at(i);
                let obj = self.pop();
                let r = self.getattr(&obj, sym);
                self.drop_val(obj);
                let v = r?;
                self.push(v);
            }
            Instr::StoreAttr(i) => {
                let sym = self.name_at(i);
                let obj = self.pop();
                let v = self.pop();
                let r = self.setattr(&obj, sym, v);
                self.drop_val(obj);
                r?;
            }
            Instr::DeleteAttr(i) => {
                let sym = self.name_at(i);
                let obj = self.pop();
                let r = self.delattr(&obj, sym);
                self.drop_val(obj);
                r?;
            }
            Instr::BinarySubscr => {
                let key = self.pop();
                let obj = self.pop();
                let r = self.getitem(&obj, &key);
                self.drop_val(key);
                self.drop_val(obj);
                let v = r?;
                self.push(v);
            }
            Instr::StoreSubscr => {
                let key = self.pop();
                let obj = self.pop();
                let v = self.pop();
                let r = self.setitem(&obj, &key, v);
                self.drop_val(key);
                self.drop_val(obj);
                r?;
            }
            Instr::DeleteSubscr => {
                let key = self.pop();
                let obj = self.pop();
                let r = self.delitem(&obj, &key);
                self.drop_val(key);
                self.drop_val(obj);
                r?;
            }
            Instr::BuildSlice(n) => {
                let step = if n == 3 { self.pop() } else { Value::None };
                let stop = self.pop();
                let start = self.pop();
                let v = self.alloc(Obj::Slice { start, stop, step });
                self.push(v);
            }
            Instr::Binary(op) => {
                if super::fast::int_binary(&mut self.top().stack, op) {
                    return Ok(None);
                }
                let b = self.pop();
                let a = self.pop();
                let r = self.binary_op(&a, &b, op);
                self.drop_val(a);
                self.drop_val(b);
                let v = r?;
                self.push(v);
            }
            Instr::Inplace(op) => {
                if super::fast::int_binary(&mut self.top().stack, op) {
                    return Ok(None);
                }
                let b = self.pop();
                let a = self.pop();
                let r = self.inplace_op(&a, &b, op);
                self.drop_val(a);
                self.drop_val(b);
                let v = r?;
                self.push(v);
            }
            Instr::Unary(op) => {
                let a = self.pop();
                let r = self.unary_op(&a, op);
                self.drop_val(a);
                let v = r?;
                self.push(v);
            }
            Instr::Compare(op) => {
                if super::fast::int_compare(&mut self.top().stack, op) {
                    return Ok(None);
                }
                let b = self.pop();
                let a = self.pop();
                let r = self.compare_op(&a, &b, op);
                self.drop_val(a);
                self.drop_val(b);
                let v = r?;
                self.push(v);
            }
            Instr::Jump(t) => {
                self.top().ip = t as usize;
            }
            Instr::PopJumpIfFalse(t) | Instr::PopJumpIfTrue(t) => {
                let v = self.pop();
                let b = match &v {
                    Value::Bool(b) => *b,
                    _ => {
                        let r = self.truthy(&v);
                        self.drop_val(v);
                        r?
                    }
                };
                let jump_on = matches!(ins, Instr::PopJumpIfTrue(_));
                if b == jump_on {
                    self.top().ip = t as usize;
                }
            }
            Instr::JumpIfFalseOrPop(t) | Instr::JumpIfTrueOrPop(t) => {
                let v = self.top().stack.last().expect("value").clone();
                let b = self.truthy(&v)?;
                let jump_on = matches!(ins, Instr::JumpIfTrueOrPop(_));
                if b == jump_on {
                    self.top().ip = t as usize;
                } else {
                    let v = self.pop();
                    self.drop_val(v);
                }
            }
            Instr::GetIter => {
                let v = self.pop();
                let r = self.iter(&v);
                self.drop_val(v);
                let it = r?;
                self.push(it);
            }
            Instr::ForIter(t) => return self.for_iter(t),
            Instr::BuildTuple(n) => {
                let items = self.popn(n as usize);
                let v = self.new_tuple(items);
                self.push(v);
            }
            Instr::BuildList(n) => {
                let items = self.popn(n as usize);
                let v = self.new_list(items);
                self.push(v);
            }
            Instr::BuildSet(n) => {
                let items = self.popn(n as usize);
                let set = self.new_set(Vec::new());
                for it in items {
                    let r = self.set_add(&set, it);
                    if let Err(e) = r {
                        self.drop_val(set);
                        return Err(e);
                    }
                }
                self.push(set);
            }
            Instr::BuildConstSet(n) => {
                let items = self.popn(n as usize);
                let set = self.set_from_constants(items)?;
                self.push(set);
            }
            Instr::BuildMap(n) => {
                let items = self.popn(2 * n as usize);
                let d = self.new_dict();
                let mut it = items.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    if let Err(e) = self.dict_set(&d, k, v) {
                        self.drop_val(d);
                        self.heap.decref_all(it);
                        return Err(e);
                    }
                }
                self.push(d);
            }
            Instr::BuildString(n) => {
                let items = self.popn(n as usize);
                let mut s = String::new();
                for v in &items {
                    if let Value::Str(x) = v {
                        s.push_str(x);
                    }
                }
                self.heap.decref_all(items);
                self.push(Value::Str(s.into()));
            }
            Instr::FormatValue { conv, has_spec } => {
                let spec = if has_spec { Some(self.pop()) } else { None };
                let v = self.pop();
                let r = self.format_value(&v, conv, spec.as_ref());
                self.drop_val(v);
                if let Some(s) = spec {
                    self.drop_val(s);
                }
                let s = r?;
                self.push(Value::Str(s));
            }
            Instr::ListAppend(n)
            | Instr::SetAdd(n)
            | Instr::ListExtend(n)
            | Instr::SetUpdate(n) => {
                let v = self.pop();
                let f = self.top();
                let target = f.stack[f.stack.len() - n as usize].clone();
                match ins {
                    Instr::ListAppend(_) => {
                        if let Value::Obj(r) = &target
                            && let Obj::List(l) = self.heap.get_mut(*r)
                        {
                            l.push(v);
                        }
                    }
                    Instr::SetAdd(_) => self.set_add(&target, v)?,
                    Instr::ListExtend(_) => {
                        let r = self.list_extend(&target, &v);
                        let r = self.star_error(r, &v, "Value after *");
                        self.drop_val(v);
                        r?;
                    }
                    _ => {
                        let items = self.collect_iterable(&v);
                        self.drop_val(v);
                        for it in items? {
                            self.set_add(&target, it)?;
                        }
                    }
                }
            }
            Instr::MapAdd(n) => {
                let v = self.pop();
                let k = self.pop();
                let f = self.top();
                let target = f.stack[f.stack.len() - n as usize].clone();
                self.dict_set(&target, k, v)?;
            }
            Instr::CallArgsExtend => {
                let v = self.pop();
                let f = self.top();
                let n = f.stack.len();
                let (target, func) = (f.stack[n - 1].clone(), f.stack[n - 2].clone());
                let r = self.list_extend(&target, &v);
                let fs = match &r {
                    Err(_) => Some(self.function_str(&func)),
                    Ok(()) => None,
                };
                let r = self.star_error(
                    r,
                    &v,
                    &format!("{} argument after *", fs.unwrap_or_default()),
                );
                self.drop_val(v);
                r?;
            }
            Instr::DictUpdate(n) | Instr::DictMerge(n) => {
                let v = self.pop();
                let f = self.top();
                let target = f.stack[f.stack.len() - n as usize].clone();
                let r = if let Instr::DictMerge(_) = ins {
                    // `f(**v)`: CPython names the function in its errors.
                    let func = f.stack[f.stack.len() - n as usize - 2].clone();
                    self.call_kwargs_merge(&func, &target, &v)
                } else {
                    let keys = self.intern("keys");
                    let is_dict =
                        matches!(&v, Value::Obj(r) if matches!(self.heap.get(*r), Obj::Dict(_)));
                    if !is_dict && !self.has_method(&v, keys) {
                        let cname = self.class_name(&v);
                        self.drop_val(v);
                        return Err(self.type_error(format!("'{cname}' object is not a mapping")));
                    }
                    self.dict_update(&target, &v, false)
                };
                self.drop_val(v);
                r?;
            }
            Instr::ListToTuple => {
                let v = self.pop();
                let items = match &v {
                    Value::Obj(r) => match self.heap.get_mut(*r) {
                        Obj::List(l) => std::mem::take(l),
                        _ => Vec::new(),
                    },
                    _ => Vec::new(),
                };
                self.drop_val(v);
                let t = self.new_tuple(items);
                self.push(t);
            }
            Instr::UnpackSequence(n) => {
                let v = self.pop();
                let r = self.unpack(&v, n as usize, None);
                self.drop_val(v);
                let items = r?;
                for it in items.into_iter().rev() {
                    self.push(it);
                }
            }
            Instr::UnpackEx { before, after } => {
                let v = self.pop();
                let r = self.unpack(&v, before as usize, Some(after as usize));
                self.drop_val(v);
                let items = r?;
                for it in items.into_iter().rev() {
                    self.push(it);
                }
            }
            Instr::Call(n) => return self.op_call(n as usize, None, false),
            Instr::CallKw { argc, kwnames } => {
                return self.op_call(argc as usize, Some(kwnames), false);
            }
            Instr::LoadMethod(i) => {
                let sym = self.name_at(i);
                let obj = self.pop();
                // A plain function found on the type: call it with `obj` as
                // its first argument, without making a bound method.
                // Likewise a builtin type's method on a builtin value
                // (`items.append`): no bound method object per call.
                let cls = self.class_of(&obj);
                let holder = match &obj {
                    Value::Obj(r) => match self.heap.get(*r) {
                        Obj::Instance(i) if !i.dict.contains(sym) && !self.getattribute_hooks => {
                            Some(true)
                        }
                        Obj::Instance(_)
                        | Obj::Module(_)
                        | Obj::Class(_)
                        | Obj::Super { .. }
                        | Obj::Function(_) => None,
                        _ => Some(false),
                    },
                    _ => Some(false),
                };
                let plain = holder.and_then(|instance| {
                    self.lookup_in_mro(cls, sym).filter(|f| match f {
                        Value::Obj(fr) => match self.heap.get(*fr) {
                            Obj::Function(_) => instance,
                            Obj::Native(n) => n.kind == NativeKind::Method && n.this.is_null(),
                            _ => false,
                        },
                        _ => false,
                    })
                });
                if let Some(f) = plain {
                    self.heap.incref(&f);
                    self.push(f);
                    self.push(obj);
                } else {
                    let r = self.getattr(&obj, sym);
                    self.drop_val(obj);
                    let v = r?;
                    self.push(v);
                    self.push(Value::Null);
                }
            }
            Instr::CallMethod(n) => return self.op_call(n as usize, None, true),
            Instr::CallEx { has_kwargs } => {
                let kwargs = if has_kwargs { Some(self.pop()) } else { None };
                let args = self.pop();
                let func = self.pop();
                let argv = match &args {
                    Value::Obj(r) => match self.heap.get(*r) {
                        Obj::Tuple(t) => t.to_vec(),
                        _ => Vec::new(),
                    },
                    _ => Vec::new(),
                };
                let mut kw = Vec::new();
                let mut bad_key = false;
                if let Some(k) = &kwargs
                    && let Value::Obj(r) = k
                    && let Obj::Dict(d) = self.heap.get(*r)
                {
                    for e in d.iter() {
                        match &e.key {
                            Value::Str(s) => kw.push((s.clone(), e.value.clone())),
                            _ => bad_key = true,
                        }
                    }
                }
                if bad_key {
                    self.drop_val(func);
                    self.drop_val(args);
                    if let Some(k) = kwargs {
                        self.drop_val(k);
                    }
                    return Err(self.type_error("keywords must be strings".into()));
                }
                let kw: Vec<_> = kw.into_iter().map(|(s, v)| (self.intern(&s), v)).collect();
                if let Value::Obj(r) = &func
                    && matches!(
                        self.heap.get(*r),
                        Obj::Function(_) | Obj::BoundMethod { .. }
                    )
                {
                    for a in &argv {
                        self.heap.incref(a);
                    }
                    for (_, v) in &kw {
                        self.heap.incref(v);
                    }
                    self.drop_val(args);
                    if let Some(k) = kwargs {
                        self.drop_val(k);
                    }
                    return self.push_call(func, argv, kw);
                }
                let r = self.call_value(&func, &argv, &kw);
                self.drop_val(func);
                self.drop_val(args);
                if let Some(k) = kwargs {
                    self.drop_val(k);
                }
                let v = r?;
                self.push(v);
            }
            Instr::MakeFunction {
                defaults,
                kwdefaults,
                annotations,
                closure,
            } => {
                let code_v = {
                    let f = self.top();
                    f.stack.pop()
                };
                let _ = code_v;
                // The code constant was pushed as a placeholder; find it.
                let f = self.frames.last().expect("frame");
                let ip = f.lasti;
                let code = match f.code.instrs.get(ip.wrapping_sub(1)) {
                    Some(Instr::LoadConst(i)) => match &f.code.consts[*i as usize] {
                        Const::Code(c) => c.clone(),
                        _ => unreachable!("MakeFunction follows its code constant"),
                    },
                    _ => unreachable!("MakeFunction follows its code constant"),
                };
                let closure_v = if closure { Some(self.pop()) } else { None };
                let annotations_v = if annotations { Some(self.pop()) } else { None };
                let kwdefaults_v = if kwdefaults { Some(self.pop()) } else { None };
                let defaults_v = if defaults { Some(self.pop()) } else { None };
                let v = self.make_function(code, defaults_v, kwdefaults_v, closure_v);
                if let Some(a) = annotations_v
                    && let Value::Obj(r) = &v
                {
                    let sym = self.intern("__annotations__");
                    if let Obj::Function(f) = self.heap.get_mut(*r) {
                        f.dict.insert(sym, a);
                    }
                }
                self.push(v);
            }
            Instr::ReturnValue => {
                let v = self.pop();
                return self.frame_return(v, base);
            }
            Instr::YieldValue { delegating } => {
                let v = self.pop();
                let mut v = v;
                if !delegating {
                    v = self.wrap_async_gen_yield(v);
                }
                return self.frame_yield(v, delegating, base);
            }
            Instr::GetYieldFromIter => {
                let v = self.pop();
                let it = self.get_yield_from_iter(v)?;
                self.push(it);
            }
            Instr::GetAwaitable(why) => {
                let v = self.pop();
                let it = self.get_awaitable(v, why)?;
                self.push(it);
            }
            Instr::Send(t) => return self.op_send(t),
            Instr::GetAIter => {
                let v = self.pop();
                let r = self.call_method(&v, self.names.aiter, &[]);
                if r.is_err() && !self.has_method(&v, self.names.aiter) {
                    let cname = self.class_name(&v);
                    self.drop_val(v);
                    if let Err(e) = r {
                        self.drop_val(e);
                    }
                    return Err(self.type_error(format!(
                        "'async for' requires an object with __aiter__ method, got {cname}"
                    )));
                }
                self.drop_val(v);
                let it = r?;
                self.push(it);
            }
            Instr::GetANext => {
                let it = self.top().stack.last().expect("aiter").clone();
                let aw = self.call_method(&it, self.names.anext, &[])?;
                self.push(aw);
            }
            Instr::EndAsyncFor => {
                let exc = self.pop();
                if self.exc_is(&exc, "StopAsyncIteration") {
                    let it = self.pop();
                    self.drop_val(it);
                    self.drop_val(exc);
                    self.end_handled_in_frame();
                } else {
                    self.reraising = true;
                    return Err(exc);
                }
            }
            Instr::SetupFinally(t) => {
                let f = self.top();
                let depth = f.stack.len() as u32;
                f.blocks.push(Block { handler: t, depth });
            }
            Instr::PopBlock => {
                self.top().blocks.pop();
            }
            Instr::Raise(n) => return Err(self.op_raise(n)),
            Instr::Reraise => {
                let exc = self.pop();
                self.reraising = true;
                return Err(exc);
            }
            Instr::PushExcInfo => {
                let exc = self.top().stack.last().expect("exception").clone();
                self.heap.incref(&exc);
                self.top().handled.push(exc);
            }
            Instr::PopExcept => {
                let v = self.top().handled.pop();
                if let Some(v) = v {
                    self.drop_val(v);
                }
            }
            Instr::CheckExcMatch => {
                let typ = self.pop();
                let exc = self.top().stack.last().expect("exception").clone();
                let r = self.exception_matches(&exc, &typ);
                self.drop_val(typ);
                let b = r?;
                self.push(Value::Bool(b));
            }
            Instr::ExceptStarBegin => {
                let exc = self.top().stack.last().expect("exception").clone();
                let state = self.except_star_begin(&exc)?;
                self.push(state);
            }
            Instr::ExceptStarMatch(skip) => {
                let typ = self.pop();
                let state = self.pop();
                let r = self.except_star_match(&state, &typ);
                self.drop_val(typ);
                self.drop_val(state);
                match r? {
                    // The match becomes the exception being handled
                    // (`CHECK_EG_MATCH`): what `sys.exc_info()` shows and a
                    // bare `raise` raises in the clause.
                    Some(m) => {
                        self.heap.incref(&m);
                        let f = self.top();
                        let old = f
                            .handled
                            .last_mut()
                            .map(|h| std::mem::replace(h, m.clone()));
                        if let Some(old) = old {
                            self.drop_val(old);
                        } else {
                            self.drop_val(m.clone());
                        }
                        self.push(m);
                    }
                    None => self.top().ip = skip as usize,
                }
            }
            Instr::ExceptStarRaised => {
                let raised = self.pop();
                let state = self.top().stack.last().expect("state").clone();
                self.except_star_raised(&state, raised);
            }
            Instr::ExceptStarFinish(done) => {
                let state = self.pop();
                let r = self.except_star_finish(&state);
                self.drop_val(state);
                match r? {
                    None => self.top().ip = done as usize,
                    Some((e, reraise)) => {
                        self.reraising = reraise;
                        return Err(e);
                    }
                }
            }
            Instr::BeforeWith => {
                let mgr = self.pop();
                let r = self.before_with(&mgr, false);
                self.drop_val(mgr);
                let (exit, res) = r?;
                self.push(exit);
                self.push(res);
            }
            Instr::BeforeAsyncWith => {
                let mgr = self.pop();
                let r = self.before_with(&mgr, true);
                self.drop_val(mgr);
                let (exit, res) = r?;
                self.push(exit);
                self.push(res);
            }
            Instr::WithExceptStart => {
                let f = self.top();
                let n = f.stack.len();
                let exit = f.stack[n - 2].clone();
                let exc = f.stack[n - 1].clone();
                let cls = Value::Obj(self.class_of(&exc));
                let r = self.call_value(&exit, &[cls, exc, Value::None], &[])?;
                self.push(r);
            }
            Instr::LoadBuildClass => {
                let v = self.builtin_build_class();
                self.push(v);
            }
            Instr::ImportName(i) => {
                let sym = self.name_at(i);
                let mut name = self.sym_str(sym);
                if name.starts_with('.') {
                    name = self.resolve_relative(&name)?.into();
                }
                let m = self.import_module(&name)?;
                self.push(m);
            }
            Instr::ImportFrom(i) => {
                let sym = self.name_at(i);
                let m = self.top().stack.last().expect("module").clone();
                let v = match self.getattr(&m, sym) {
                    Ok(v) => v,
                    Err(e) => {
                        self.drop_val(e);
                        let mname = match &m {
                            Value::Obj(r) => match self.heap.get(*r) {
                                Obj::Module(md) => md.name.clone(),
                                _ => "?".into(),
                            },
                            _ => "?".into(),
                        };
                        let n = self.sym_str(sym);
                        // `from package import submodule` imports it.
                        let dunder_path = self.intern("__path__");
                        if let Value::Obj(r) = &m
                            && matches!(self.heap.get(*r), Obj::Module(md) if md.dict.contains(dunder_path))
                        {
                            match self.import_module(&format!("{mname}.{n}")) {
                                Ok(sub) => {
                                    self.push(sub);
                                    return Ok(None);
                                }
                                Err(e) if !self.exc_is(&e, "ModuleNotFoundError") => return Err(e),
                                Err(e) => self.drop_val(e),
                            }
                        }
                        // A module of the program's own says where it is,
                        // by its absolute path as CPython does.
                        let dunder_file = self.intern("__file__");
                        let file = match &m {
                            Value::Obj(r) => match self.heap.get(*r) {
                                Obj::Module(md) => match md.dict.get(dunder_file) {
                                    Some(Value::Str(f)) => Some(f.clone()),
                                    _ => None,
                                },
                                _ => None,
                            },
                            _ => None,
                        };
                        let place = match file {
                            Some(f) => f.to_string(),
                            None => "coroscope provides only part of this module".to_string(),
                        };
                        return Err(self.new_exc(
                            "ImportError",
                            format!("cannot import name '{n}' from '{mname}' ({place})"),
                        ));
                    }
                };
                self.push(v);
            }
            Instr::ImportStar => {
                let m = self.pop();
                let entries: Vec<(crate::engine::intern::Sym, Value)> = match &m {
                    Value::Obj(r) => match self.heap.get(*r) {
                        Obj::Module(md) => md.dict.iter().map(|(k, v)| (k, v.clone())).collect(),
                        _ => Vec::new(),
                    },
                    _ => Vec::new(),
                };
                let f = self.frames.last().expect("frame");
                let ns = f.namespace.unwrap_or(f.globals);
                for (k, v) in entries {
                    if self.interner.name(k).starts_with('_') {
                        continue;
                    }
                    self.heap.incref(&v);
                    self.ns_set(ns, k, v);
                }
                self.drop_val(m);
            }
            Instr::LoadAssertionError => {
                let c = self.exc_class("AssertionError");
                self.heap.incref_obj(c);
                self.push(Value::Obj(c));
            }
            Instr::GetLen => {
                let v = self
                    .top()
                    .stack
                    .last()
                    .expect("GetLen needs a value")
                    .clone();
                let n = self.len_of(&v)?;
                self.push(Value::Int(n as i64));
            }
            Instr::MatchSequence | Instr::MatchMapping => {
                let v = self.top().stack.last().expect("a subject").clone();
                let b = if ins == Instr::MatchSequence {
                    self.match_sequence(&v)
                } else {
                    self.match_mapping(&v)
                };
                self.push(Value::Bool(b));
            }
            Instr::MatchKeys => {
                let f = self.top();
                let n = f.stack.len();
                let (subject, keys) = (f.stack[n - 2].clone(), f.stack[n - 1].clone());
                let values = self.match_keys(&subject, &keys)?;
                self.push(values);
            }
            Instr::MatchClass(nargs) => {
                let names = self.pop();
                let cls = self.pop();
                let subject = self.pop();
                let r = self.match_class(&subject, &cls, nargs as usize, &names);
                self.drop_val(names);
                self.drop_val(cls);
                self.drop_val(subject);
                let attrs = r?;
                self.push(attrs);
            }
            Instr::Unsupported(i) => {
                let msg = match self.load_const(i) {
                    Value::Str(s) => s.to_string(),
                    _ => "unsupported".to_string(),
                };
                return Err(self.new_exc("SyntaxError", msg));
            }
        }
        Ok(None)
    }

    /// After `EndAsyncFor` swallowed the exception it was handling.
    fn end_handled_in_frame(&mut self) {}

    fn op_raise(&mut self, n: u32) -> Value {
        match n {
            0 => {
                let h = self.current_handled();
                if h.is_none() {
                    return self.new_exc_str("RuntimeError", "No active exception to reraise");
                }
                self.heap.incref(&h);
                self.reraising = true;
                h
            }
            _ => {
                let cause = if n == 2 { Some(self.pop()) } else { None };
                let v = self.pop();
                let exc = match self.make_raisable(v) {
                    Ok(e) => e,
                    Err(e) => return e,
                };
                if let Some(c) = cause {
                    let c = if c.is_none() {
                        Value::None
                    } else {
                        match self.make_raisable(c) {
                            Ok(c) => c,
                            Err(e) => {
                                self.drop_val(exc);
                                if self.exc_message(&e)
                                    != "exceptions must derive from BaseException"
                                {
                                    return e;
                                }
                                self.drop_val(e);
                                return self.type_error(
                                    "exception causes must derive from BaseException".into(),
                                );
                            }
                        }
                    };
                    if let Some(d) = self.exc_data_mut(&exc) {
                        let old = std::mem::replace(&mut d.cause, c);
                        d.suppress_context = true;
                        self.drop_val(old);
                    }
                }
                exc
            }
        }
    }

    fn for_iter(&mut self, target: u32) -> PyResult<Option<Exit>> {
        let it = self.top().stack.last().expect("iterator").clone();
        if let Value::Obj(r) = &it {
            match self.heap.get_mut(*r) {
                Obj::Iter(state) => {
                    // Fast paths for the common iterators.
                    match &mut **state {
                        IterState::Range { cur, stop, step } => {
                            if (*step > 0 && *cur < *stop) || (*step < 0 && *cur > *stop) {
                                let v = *cur;
                                *cur += *step;
                                self.push(Value::Int(v));
                            } else {
                                let it = self.pop();
                                self.drop_val(it);
                                self.top().ip = target as usize;
                            }
                            return Ok(None);
                        }
                        IterState::Seq { seq, idx } => {
                            let (seq, i) = (*seq, *idx);
                            let item = match self.heap.get(seq) {
                                Obj::List(l) => l.get(i).cloned(),
                                Obj::Tuple(t) => t.get(i).cloned(),
                                _ => None,
                            };
                            match item {
                                Some(v) => {
                                    if let Obj::Iter(s) = self.heap.get_mut(*r)
                                        && let IterState::Seq { idx, .. } = &mut **s
                                    {
                                        *idx += 1;
                                    }
                                    self.heap.incref(&v);
                                    self.push(v);
                                }
                                None => {
                                    self.seq_iter_exhausted(*r);
                                    let it = self.pop();
                                    self.drop_val(it);
                                    self.top().ip = target as usize;
                                }
                            }
                            return Ok(None);
                        }
                        _ => {}
                    }
                }
                Obj::Gen(g) if g.kind == GenKind::Generator && g.state != GenState::Running => {
                    if g.state == GenState::Closed {
                        let it = self.pop();
                        self.drop_val(it);
                        self.top().ip = target as usize;
                        return Ok(None);
                    }
                    let started = g.state == GenState::Suspended;
                    let mut frame = g.frame.take().expect("a suspended generator has a frame");
                    g.state = GenState::Running;
                    frame.cont = Cont::ForIter(target);
                    if started {
                        frame.stack.push(Value::None);
                    }
                    self.check_recursion()?;
                    self.frames.push(frame);
                    return Ok(None);
                }
                _ => {}
            }
        }
        match self.next(&it)? {
            Some(v) => self.push(v),
            None => {
                let it = self.pop();
                self.drop_val(it);
                self.top().ip = target as usize;
            }
        }
        Ok(None)
    }

    fn op_send(&mut self, target: u32) -> PyResult<Option<Exit>> {
        let v = self.pop();
        let sub = self.top().stack.last().expect("sub-iterator").clone();
        if let Value::Obj(r) = &sub {
            let info = match self.heap.get(*r) {
                Obj::Gen(g) => Some((g.state, g.kind)),
                _ => None,
            };
            if let Some((state, kind)) = info
                && state != GenState::Running
                && kind != GenKind::AsyncGenerator
            {
                match state {
                    GenState::Closed => {
                        self.drop_val(v);
                        if kind == GenKind::Coroutine {
                            return Err(self.new_exc_str(
                                "RuntimeError",
                                "cannot reuse already awaited coroutine",
                            ));
                        }
                        let s = self.pop();
                        self.drop_val(s);
                        self.push(Value::None);
                        self.top().ip = target as usize;
                        return Ok(None);
                    }
                    GenState::Created if !v.is_none() => {
                        self.drop_val(v);
                        let what = if kind == GenKind::Coroutine {
                            "coroutine"
                        } else {
                            "generator"
                        };
                        return Err(self.type_error(format!(
                            "can't send non-None value to a just-started {what}"
                        )));
                    }
                    _ => {}
                }
                let started = state == GenState::Suspended;
                let mut frame = match self.heap.get_mut(*r) {
                    Obj::Gen(g) => {
                        g.state = GenState::Running;
                        g.frame.take().expect("a suspended generator has a frame")
                    }
                    _ => unreachable!("checked above"),
                };
                frame.cont = Cont::Send(target);
                if started {
                    frame.stack.push(v);
                } else {
                    self.drop_val(v);
                }
                self.check_recursion()?;
                self.frames.push(frame);
                return Ok(None);
            }
        }
        // Any other iterator: `next(sub)` or `sub.send(v)`.
        let r = if v.is_none() {
            self.next_raw(&sub)
        } else {
            let send = self.names.send;
            self.call_method(&sub, send, std::slice::from_ref(&v))
        };
        self.drop_val(v);
        match r {
            Ok(y) => self.push(y),
            Err(e) => {
                if self.exc_is(&e, "StopIteration") {
                    let val = self.stop_iteration_value(&e);
                    self.drop_val(e);
                    let s = self.pop();
                    self.drop_val(s);
                    self.push(val);
                    self.top().ip = target as usize;
                } else {
                    return Err(e);
                }
            }
        }
        Ok(None)
    }

    /// Whether one more frame would exceed the recursion limit.
    /// The absolute name of a relative import (`.sub`, `..`, `.`) made in
    /// the running frame's module: its package is the module itself when
    /// it is a package (it has `__path__`), else its parent; each dot past
    /// the first goes one package up. CPython's errors otherwise.
    fn resolve_relative(&mut self, name: &str) -> PyResult<String> {
        let level = name.chars().take_while(|c| *c == '.').count();
        let rest = &name[level..];
        let globals = self.top().globals;
        let (dunder_name, dunder_path) = (self.intern("__name__"), self.intern("__path__"));
        let (module, is_package) = match self.heap.get(globals) {
            Obj::Module(m) => (
                match m.dict.get(dunder_name) {
                    Some(Value::Str(s)) => s.to_string(),
                    _ => String::new(),
                },
                m.dict.contains(dunder_path),
            ),
            _ => (String::new(), false),
        };
        let mut package = if is_package {
            module.as_str()
        } else {
            module.rsplit_once('.').map_or("", |(p, _)| p)
        };
        if package.is_empty() {
            return Err(self.new_exc_str(
                "ImportError",
                "attempted relative import with no known parent package",
            ));
        }
        for _ in 1..level {
            match package.rsplit_once('.') {
                Some((p, _)) => package = p,
                None => {
                    return Err(self.new_exc_str(
                        "ImportError",
                        "attempted relative import beyond top-level package",
                    ));
                }
            }
        }
        Ok(if rest.is_empty() {
            package.to_string()
        } else {
            format!("{package}.{rest}")
        })
    }

    pub fn check_recursion_quiet(&self) -> bool {
        self.frames.len() + self.native_depth.saturating_sub(1) * 4 >= self.limits.recursion
    }

    pub fn check_recursion(&mut self) -> PyResult<()> {
        // The outermost native entry (running `__main__`) is free, so a plain
        // recursion fails at the depth where CPython's does.
        // Native code nested in bytecode nests on the Rust stack: bounded
        // on its own, so a raised recursion limit cannot exhaust the
        // page's 8 MB stack (about 4 KB a level).
        if self.check_recursion_quiet() || self.native_depth > MAX_NATIVE_DEPTH {
            return Err(self.new_exc_str("RecursionError", "maximum recursion depth exceeded"));
        }
        Ok(())
    }

    /// Unary operators.
    pub fn unary_op(&mut self, a: &Value, op: UnaryOp) -> PyResult<Value> {
        match (op, a) {
            (UnaryOp::Not, _) => Ok(Value::Bool(!self.truthy(a)?)),
            (UnaryOp::USub, Value::Int(i)) => match i.checked_neg() {
                Some(n) => Ok(Value::Int(n)),
                None => self.int_from_big(-num_bigint::BigInt::from(*i)),
            },
            (UnaryOp::USub, Value::Bool(b)) => Ok(Value::Int(-(*b as i64))),
            (UnaryOp::USub, Value::Float(x)) => Ok(Value::Float(-x)),
            (UnaryOp::UAdd, Value::Int(i)) => Ok(Value::Int(*i)),
            (UnaryOp::UAdd, Value::Bool(b)) => Ok(Value::Int(*b as i64)),
            (UnaryOp::UAdd, Value::Float(x)) => Ok(Value::Float(*x)),
            (UnaryOp::Invert, Value::Int(i)) => Ok(Value::Int(!i)),
            (UnaryOp::Invert, Value::Bool(b)) => Ok(Value::Int(!(*b as i64))),
            (_, Value::Obj(_)) if self.is_bigint(a) => {
                let b = self.big_of(a).expect("checked");
                match op {
                    UnaryOp::USub => self.int_from_big(-b),
                    UnaryOp::Invert => self.int_from_big(!b),
                    _ => self.int_from_big(b),
                }
            }
            _ => {
                let (name, sym) = match op {
                    UnaryOp::USub => ("-", self.names.neg),
                    UnaryOp::UAdd => ("+", self.names.pos),
                    UnaryOp::Invert => ("~", self.names.invert),
                    UnaryOp::Not => unreachable!("handled above"),
                };
                if self.has_method(a, sym) {
                    return self.call_method(a, sym, &[]);
                }
                let cname = self.class_name(a);
                Err(self.type_error(format!("bad operand type for unary {name}: '{cname}'")))
            }
        }
    }

    /// `a op b` for comparisons, identity and membership.
    pub fn compare_op(&mut self, a: &Value, b: &Value, op: CmpKind) -> PyResult<Value> {
        match op {
            CmpKind::Is => Ok(Value::Bool(a.is(b))),
            CmpKind::IsNot => Ok(Value::Bool(!a.is(b))),
            CmpKind::In => Ok(Value::Bool(self.contains(b, a)?)),
            CmpKind::NotIn => Ok(Value::Bool(!self.contains(b, a)?)),
            // Keys and items views compare as the sets they are.
            _ if self.is_set_like_view(a) || self.is_set_like_view(b) => {
                let a2 = if self.is_set_like_view(a) {
                    self.set_from_iterable(false, a)?
                } else {
                    self.dup(a)
                };
                let b2 = match if self.is_set_like_view(b) {
                    self.set_from_iterable(false, b)
                } else {
                    Ok(self.dup(b))
                } {
                    Ok(v) => v,
                    Err(e) => {
                        self.drop_val(a2);
                        return Err(e);
                    }
                };
                let r = self.rich_compare(&a2, &b2, op);
                self.drop_val(a2);
                self.drop_val(b2);
                r
            }
            _ => self.rich_compare(a, b, op),
        }
    }

    pub fn binary_op_name(op: BinOp) -> &'static str {
        super::types::binop_names(op).3
    }

    /// A name for error messages about a frame.
    pub fn frame_name(&self) -> Rc<str> {
        self.frames
            .last()
            .map_or("<module>".into(), |f| f.code.name.clone())
    }
}

/// Drops a frame's references; the emptied frame goes back to the pool.
pub(super) fn release_frame(heap: &mut Heap, pool: &mut FramePool, mut frame: Box<Frame>) {
    // Most of these are empty when a call returns: a length test is
    // cheaper than an empty `Drain`. The order of the drops is kept
    // (it orders finalizers and the reuse of freed slots).
    if !frame.stack.is_empty() {
        for v in frame.stack.drain(..) {
            heap.decref(v);
        }
    }
    for v in frame.locals.drain(..) {
        heap.decref(v);
    }
    if !frame.cells.is_empty() {
        for c in frame.cells.drain(..) {
            heap.decref_obj(c);
        }
    }
    if frame.func.is_null() {
        heap.decref_obj(frame.globals);
    }
    if let Some(ns) = frame.namespace.take() {
        heap.decref_obj(ns);
    }
    if !frame.handled.is_empty() {
        for v in frame.handled.drain(..) {
            heap.decref(v);
        }
    }
    heap.decref(std::mem::replace(&mut frame.func, Value::Null));
    frame.blocks.clear();
    frame.generator = None;
    if pool.0.len() < 64 {
        pool.0.push(frame);
    }
}

/// A frame for `code`, reusing a released one when there is one; its
/// `func` is `Null` (`release_frame` took it). The function is not a
/// parameter: passed in, a `Value` went through memory, written by the
/// caller in words and read back here in one 16-byte load, which cannot be
/// forwarded from the pending stores (fib lost 4% of its time there).
#[inline(always)]
pub(super) fn alloc_frame(
    pool: &mut FramePool,
    code: Rc<Code>,
    globals: ObjRef,
    namespace: Option<ObjRef>,
) -> Box<Frame> {
    match pool.0.pop() {
        Some(mut f) => {
            debug_assert!(f.func.is_null(), "a released frame holds no function");
            f.code = code;
            f.ip = 0;
            f.lasti = 0;
            f.globals = globals;
            f.namespace = namespace;
            f.cont = Cont::Call;
            f
        }
        None => Box::new(Frame::new(code, globals, namespace)),
    }
}

impl Vm {
    /// A failed `*v` gets CPython's message when `v` is not iterable at all
    /// (`Value after * must be an iterable, not int`); any other error, as
    /// one raised inside a generator, passes through.
    fn star_error(&mut self, r: PyResult<()>, v: &Value, what: &str) -> PyResult<()> {
        match r {
            Err(e) if self.exc_is(&e, "TypeError") && !self.is_iterable(v) => {
                self.drop_val(e);
                let cname = self.class_name(v);
                Err(self.type_error(format!("{what} must be an iterable, not {cname}")))
            }
            r => r,
        }
    }

    fn is_iterable(&self, v: &Value) -> bool {
        self.has_method(v, self.names.iter) || self.has_method(v, self.names.getitem)
    }

    /// `f(**v)` merging `v` into the keyword dict of a call of `func`.
    fn call_kwargs_merge(&mut self, func: &Value, target: &Value, v: &Value) -> PyResult<()> {
        let keys = self.intern("keys");
        let is_dict = matches!(v, Value::Obj(r) if matches!(self.heap.get(*r), Obj::Dict(_)));
        if !is_dict && !self.has_method(v, keys) {
            let fs = self.function_str(func);
            let cname = self.class_name(v);
            return Err(self.type_error(format!(
                "{fs} argument after ** must be a mapping, not {cname}"
            )));
        }
        match self.dict_update(target, v, true) {
            Err(e) if self.exc_is(&e, "TypeError") => {
                let msg = self.exc_message(&e);
                if !msg.starts_with("got multiple values") {
                    return Err(e);
                }
                self.drop_val(e);
                let fs = self.function_str(func);
                Err(self.type_error(format!("{fs} {msg}")))
            }
            r => r,
        }
    }

    /// How CPython names a callable in call errors (`_PyObject_FunctionStr`):
    /// `__main__.f()`, `print()`.
    pub(crate) fn function_str(&mut self, func: &Value) -> String {
        let (q, m) = (self.names.qualname, self.names.module);
        let qual = match self.getattr(func, q) {
            Ok(Value::Str(s)) => s,
            Ok(other) => {
                self.drop_val(other);
                return self.str_of(func).map(|s| s.to_string()).unwrap_or_default();
            }
            Err(e) => {
                self.drop_val(e);
                return self.str_of(func).map(|s| s.to_string()).unwrap_or_default();
            }
        };
        match self.getattr(func, m) {
            Ok(Value::Str(module)) if &*module != "builtins" => format!("{module}.{qual}()"),
            Ok(other) => {
                self.drop_val(other);
                format!("{qual}()")
            }
            Err(e) => {
                self.drop_val(e);
                format!("{qual}()")
            }
        }
    }
}
