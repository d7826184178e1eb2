//! The run loop's fast lane: the commonest instructions of the top frame,
//! run back to back with the frame's fields, its instruction pointer and the
//! step count held in locals. The general loop (`Vm::run_frames`) reaches
//! its frame through the frame stack's boxes and its code's vectors again
//! for every instruction and every push; here that happens once per run of
//! simple instructions.
//!
//! Every instruction counts one step here exactly as in the general loop,
//! and the lane stops before a step whenever the general loop would look at
//! something (a limit, the pause, a queued finalizer), so step counts and
//! traces do not depend on which loop ran an instruction.

use super::Vm;
use super::attr::with_class_attr;
use super::frame::{Cont, Frame};
use super::heap::Heap;
use super::interp::{alloc_frame, release_frame};
use super::object::{GenKind, GenState, IterState, NativeKind, Obj, Payload};
use super::stackops::{pop_words, push_value};
use super::value::{ObjRef, Value};
use crate::engine::compile::code::{CmpKind, Code, Const, Fusion, Instr, Right, Then};
use crate::engine::intern::Sym;
use crate::engine::syntax::ast::BinOp;

impl Vm {
    /// Runs instructions of the top frame while they are simple ones.
    /// Returns the first instruction it leaves to `exec`, already counted
    /// and fetched (`ip` past it, `lasti` on it), or None when the next
    /// step needs the general loop's checks before it is counted.
    ///
    /// An instruction whose operands are unusual (an unbound local, a
    /// non-int operand) is handed to `exec` untouched, which runs it in
    /// full, errors included.
    #[inline(always)]
    pub(super) fn fast_run(&mut self, base: usize) -> Option<Instr> {
        let exec = if self.events.is_none() {
            self.fast_lane::<false>(base)
        } else {
            self.fast_lane_logged(base)
        };
        if exec {
            let f = self.frames.last().expect("run_frames needs a frame");
            Some(f.code.instrs[f.lasti])
        } else {
            None
        }
    }

    /// The lane while a recording takes line events. Out of line: the run
    /// loop's own copy then has no step that looks at the event log (fib
    /// 5% fewer instructions), and a second inlined copy made the loop's
    /// code slower for programs that were not recorded (generators 6%).
    #[inline(never)]
    fn fast_lane_logged(&mut self, base: usize) -> bool {
        self.fast_lane::<true>(base)
    }

    /// The lane itself: true when it stopped at an instruction for `exec`
    /// (the one at `lasti`), false before a step that needs the checks.
    /// Fetching that instruction again, rather than returning it, keeps
    /// the decoded instruction out of the loop's live values.
    ///
    /// A plain generator resumed by `ForIter` and its yields back to that
    /// loop, and calls of plain functions and their returns, switch frames
    /// here, as `for_iter`, `frame_yield`, `call_fast` and `frame_return`
    /// do.
    #[inline(always)]
    fn fast_lane<const LOG: bool>(&mut self, base: usize) -> bool {
        // Only the step count, the frame, its code and the instruction
        // pointer are held in locals: every other field is read where an
        // instruction needs it. Copies of the VM's and the frame's fields
        // were live across the whole dispatch, more values than registers,
        // and which of them were spilled changed with every edit.
        let mut steps = self.steps;
        // A finalizer is queued only by a decref: looked at here, then
        // after each instruction that drops a reference.
        if !self.heap.to_finalize.is_empty() {
            return false;
        }
        loop {
            let depth = self.frames.len();
            let f: &mut Frame = self.frames.last_mut().expect("run_frames needs a frame");
            let code: &Code = &f.code;
            let instrs = &code.instrs[..];
            let mut pc = f.ip;
            let out = loop {
                if steps >= self.check_at
                    && !lane_heap_check(
                        steps,
                        &mut self.check_at,
                        self.halt.is_some() || steps >= self.pause_at,
                        self.pause_at,
                        self.limits.fuel,
                        &self.heap,
                    )
                {
                    break Lane::Check;
                }
                steps += 1;
                f.lasti = pc;
                let ins = instrs[pc];
                pc += 1;
                if LOG
                    && let Some(log) = self.events.as_deref_mut()
                    && code.line_starts[pc - 1]
                {
                    log.line(steps - 1, code, pc - 1);
                }
                match ins {
                    Instr::Nop => {}
                    Instr::Dup => {
                        let v = f.stack.last().expect("Dup needs a value").clone();
                        self.heap.incref(&v);
                        f.stack.push(v);
                    }
                    Instr::Dup2 => {
                        let n = f.stack.len();
                        let (a, b) = (f.stack[n - 2].clone(), f.stack[n - 1].clone());
                        self.heap.incref(&a);
                        self.heap.incref(&b);
                        f.stack.push(a);
                        f.stack.push(b);
                    }
                    Instr::Rot2 => {
                        let n = f.stack.len();
                        f.stack.swap(n - 1, n - 2);
                    }
                    Instr::Rot3 => {
                        let n = f.stack.len();
                        f.stack[n - 3..].rotate_right(1);
                    }
                    Instr::Rot4 => {
                        let n = f.stack.len();
                        f.stack[n - 4..].rotate_right(1);
                    }
                    // A run marked by `compile::fuse`, taken whole when
                    // its operands are ints and no check falls inside it.
                    // Recording takes each instruction (a line may start
                    // inside a run).
                    Instr::LoadFastFused {
                        fusion,
                        local,
                        operand,
                    } if !LOG && steps + fusion.extra_steps() <= self.check_at => {
                        let top = fusion.right == Right::Top;
                        let run = match (&f.locals[local as usize], f.stack.last()) {
                            (Value::Int(y), Some(Value::Int(x))) if top => {
                                fused_run(*x, *y, fusion, instrs, pc)
                            }
                            (Value::Int(x), _) if !top => {
                                let y = match fusion.right {
                                    Right::Local => match f.locals[operand as usize] {
                                        Value::Int(y) => Some(y),
                                        _ => None,
                                    },
                                    _ => Some(operand as i32 as i64),
                                };
                                y.and_then(|y| fused_run(*x, y, fusion, instrs, pc + 1))
                            }
                            _ => None,
                        };
                        match run {
                            Some(Run::Value(r)) => {
                                if top {
                                    let n = f.stack.len();
                                    f.stack[n - 1] = Value::Int(r);
                                } else {
                                    push_value(&mut f.stack, Value::Int(r));
                                }
                                pc += fusion.extra_steps() as usize;
                                f.lasti = pc - 1;
                                steps += fusion.extra_steps();
                            }
                            Some(Run::Goto(t)) => {
                                if top {
                                    // An int: nothing to drop.
                                    std::mem::forget(f.stack.pop());
                                }
                                f.lasti = pc + fusion.extra_steps() as usize - 1;
                                pc = t;
                                steps += fusion.extra_steps();
                            }
                            None => {
                                if !load_fast(&mut self.heap, &f.locals, &mut f.stack, local) {
                                    break Lane::Exec;
                                }
                            }
                        }
                    }
                    Instr::LoadFast(i) | Instr::LoadFastFused { local: i, .. } => {
                        if !load_fast(&mut self.heap, &f.locals, &mut f.stack, i) {
                            break Lane::Exec;
                        }
                    }
                    Instr::StoreFast(i) => {
                        let v = pop_words(&mut f.stack);
                        let old = std::mem::replace(&mut f.locals[i as usize], v);
                        self.heap.decref(old);
                        if !self.heap.to_finalize.is_empty() {
                            break Lane::Check;
                        }
                    }
                    Instr::LoadConst(i) => {
                        let v = match &code.consts[i as usize] {
                            Const::None => Value::None,
                            Const::Bool(b) => Value::Bool(*b),
                            Const::Int(n) => Value::Int(*n),
                            Const::Float(x) => Value::Float(*x),
                            Const::Str(s) => Value::Str(s.clone()),
                            _ => break Lane::Exec,
                        };
                        f.stack.push(v);
                    }
                    Instr::LoadGlobal(i) => {
                        let sym = code.names[i as usize];
                        let Some(v) = ns_get(&self.heap, f.globals, sym)
                            .or_else(|| ns_get(&self.heap, self.builtins, sym))
                        else {
                            break Lane::Exec;
                        };
                        // Cloned from where it lies: an `Option<Value>` in
                        // between costs a second copy of the 24 bytes. A
                        // global is most often an object (a function, a
                        // class), pushed in place.
                        if let Value::Obj(r) = *v {
                            self.heap.incref_obj(r);
                            push_value(&mut f.stack, Value::Obj(r));
                        } else {
                            let v = v.clone();
                            f.stack.push(v);
                        }
                    }
                    Instr::LoadName(i) => {
                        let sym = code.names[i as usize];
                        let Some(v) = f
                            .namespace
                            .and_then(|ns| ns_get(&self.heap, ns, sym))
                            .or_else(|| ns_get(&self.heap, f.globals, sym))
                            .or_else(|| ns_get(&self.heap, self.builtins, sym))
                        else {
                            break Lane::Exec;
                        };
                        let v = v.clone();
                        self.heap.incref(&v);
                        f.stack.push(v);
                    }
                    Instr::StoreName(i) => {
                        let sym = code.names[i as usize];
                        let dict = match self.heap.get_mut(f.namespace.unwrap_or(f.globals)) {
                            Obj::Module(m) if m.live.is_none() => &mut m.dict,
                            Obj::Namespace(d) => d,
                            _ => break Lane::Exec,
                        };
                        let v = f.stack.pop().expect("StoreName value");
                        if let Some(slot) = dict.get_mut(sym) {
                            let old = std::mem::replace(slot, v);
                            self.heap.decref(old);
                            if !self.heap.to_finalize.is_empty() {
                                break Lane::Check;
                            }
                        } else {
                            dict.insert(sym, v);
                        }
                    }
                    Instr::LoadAttr(i) => {
                        // An instance attribute its class does not define, or
                        // defines as a plain value (no descriptor can come
                        // first): the instance dict's.
                        let sym = code.names[i as usize];
                        let Some(Value::Obj(r)) = f.stack.last() else {
                            break Lane::Exec;
                        };
                        let r = *r;
                        let Obj::Instance(inst) = self.heap.get(r) else {
                            break Lane::Exec;
                        };
                        if self.getattribute_hooks || sym == self.names.dict {
                            break Lane::Exec;
                        }
                        let Some(v) = inst.dict.get(sym).cloned() else {
                            break Lane::Exec;
                        };
                        if with_class_attr(&self.heap, &mut self.mro_cache, inst.class, sym, |v| {
                            v.is_some_and(|v| !never_descriptor(v))
                        }) {
                            break Lane::Exec;
                        }
                        self.heap.incref(&v);
                        *f.stack.last_mut().expect("checked above") = v;
                        self.heap.decref_obj(r);
                        if !self.heap.to_finalize.is_empty() {
                            break Lane::Check;
                        }
                    }
                    Instr::StoreAttr(i) => {
                        // `object.__setattr__` into the instance dict, when the
                        // class has no `__setattr__` of its own, no attribute of
                        // that name (a property, a descriptor) and no
                        // `__slots__`, and the instance is not an exception
                        // (whose fields are stored apart).
                        let sym = code.names[i as usize];
                        let Some(Value::Obj(r)) = f.stack.last() else {
                            break Lane::Exec;
                        };
                        let r = *r;
                        let Obj::Instance(inst) = self.heap.get(r) else {
                            break Lane::Exec;
                        };
                        let cls = inst.class;
                        if matches!(inst.payload, Payload::Exc(_))
                            || inst.live.is_some()
                            || sym == self.names.dict
                            || !matches!(self.heap.get(cls), Obj::Class(c) if c.is_heap_type && !c.dict.contains(self.names.slots))
                            || with_class_attr(&self.heap, &mut self.mro_cache, cls, sym, |v| {
                                v.is_some_and(|v| !never_descriptor(v))
                            })
                            || (self.setattr_hooks
                                && with_class_attr(
                                    &self.heap,
                                    &mut self.mro_cache,
                                    cls,
                                    self.names.setattr,
                                    |v| v.is_some_and(|f| !is_native(&self.heap, f)),
                                ))
                        {
                            break Lane::Exec;
                        }
                        f.stack.pop();
                        let v = f.stack.pop().expect("StoreAttr value");
                        let Obj::Instance(inst) = self.heap.get_mut(r) else {
                            unreachable!("checked above");
                        };
                        if let Some(slot) = inst.dict.get_mut(sym) {
                            let old = std::mem::replace(slot, v);
                            self.heap.decref(old);
                        } else {
                            inst.dict.insert(sym, v);
                        }
                        self.heap.decref_obj(r);
                        if !self.heap.to_finalize.is_empty() {
                            break Lane::Check;
                        }
                    }
                    Instr::LoadMethod(i) => {
                        // As `exec`'s `LoadMethod`: a plain function on an
                        // instance's class, or a builtin type's method on a
                        // list or dict (`items.append`), then the object.
                        let sym = code.names[i as usize];
                        let Some(Value::Obj(r)) = f.stack.last() else {
                            break Lane::Exec;
                        };
                        let r = *r;
                        let (cls, builtin) = match self.heap.get(r) {
                            Obj::Instance(inst)
                                if !inst.dict.contains(sym) && !self.getattribute_hooks =>
                            {
                                (inst.class, false)
                            }
                            Obj::List(_) => (self.types.list, true),
                            Obj::Dict(_) => (self.types.dict, true),
                            _ => break Lane::Exec,
                        };
                        let Some(fr) = with_class_attr(
                            &self.heap,
                            &mut self.mro_cache,
                            cls,
                            sym,
                            |v| match v {
                                Some(Value::Obj(fr)) => Some(*fr),
                                _ => None,
                            },
                        ) else {
                            break Lane::Exec;
                        };
                        let plain = match self.heap.get(fr) {
                            Obj::Function(_) => !builtin,
                            Obj::Native(n) => {
                                builtin && n.kind == NativeKind::Method && n.this.is_null()
                            }
                            _ => false,
                        };
                        if !plain {
                            break Lane::Exec;
                        }
                        self.heap.incref_obj(fr);
                        *f.stack.last_mut().expect("checked above") = Value::Obj(fr);
                        f.stack.push(Value::Obj(r));
                    }
                    Instr::Pop => {
                        let v = f.stack.pop().expect("Pop needs a value");
                        self.heap.decref(v);
                        if !self.heap.to_finalize.is_empty() {
                            break Lane::Check;
                        }
                    }
                    // `items[i]` and `items[i] = v` on a list with an int
                    // index in range, as `getitem`/`setitem` do them (the
                    // same references taken and dropped, in their order).
                    Instr::BinarySubscr => {
                        let n = f.stack.len();
                        let Some((r, idx)) = list_index(&self.heap, &f.stack) else {
                            break Lane::Exec;
                        };
                        let Obj::List(items) = self.heap.get(r) else {
                            unreachable!("list_index checked")
                        };
                        let v = items[idx].clone();
                        self.heap.incref(&v);
                        f.stack.pop();
                        let list = std::mem::replace(&mut f.stack[n - 2], v);
                        self.heap.decref(list);
                        if !self.heap.to_finalize.is_empty() {
                            break Lane::Check;
                        }
                    }
                    Instr::StoreSubscr => {
                        let Some((r, idx)) = list_index(&self.heap, &f.stack) else {
                            break Lane::Exec;
                        };
                        let n = f.stack.len();
                        f.stack.truncate(n - 2);
                        let v = f.stack.pop().expect("StoreSubscr value");
                        let Obj::List(items) = self.heap.get_mut(r) else {
                            unreachable!("list_index checked")
                        };
                        let old = std::mem::replace(&mut items[idx], v);
                        self.heap.decref(old);
                        self.heap.decref_obj(r);
                        if !self.heap.to_finalize.is_empty() {
                            break Lane::Check;
                        }
                    }
                    Instr::Binary(op) | Instr::Inplace(op) => {
                        if !int_binary(&mut f.stack, op) {
                            break Lane::Exec;
                        }
                    }
                    Instr::Compare(op @ (CmpKind::Is | CmpKind::IsNot)) => {
                        // Identity looks at no method: `compare_op`'s
                        // answer, with the operands dropped in its order.
                        let n = f.stack.len();
                        let same = f.stack[n - 2].is(&f.stack[n - 1]);
                        let b = f.stack.pop().expect("Compare operand");
                        let a = f.stack.pop().expect("Compare operand");
                        self.heap.decref(a);
                        self.heap.decref(b);
                        f.stack.push(Value::Bool(same == (op == CmpKind::Is)));
                        if !self.heap.to_finalize.is_empty() {
                            break Lane::Check;
                        }
                    }
                    Instr::Compare(op) => {
                        if !int_compare(&mut f.stack, op) {
                            break Lane::Exec;
                        }
                    }
                    Instr::Jump(t) => pc = t as usize,
                    Instr::PopJumpIfFalse(t) | Instr::PopJumpIfTrue(t) => {
                        let Some(Value::Bool(b)) = f.stack.last() else {
                            break Lane::Exec;
                        };
                        let jump_on = matches!(ins, Instr::PopJumpIfTrue(_));
                        if *b == jump_on {
                            pc = t as usize;
                        }
                        f.stack.pop();
                    }
                    Instr::ForIter(t) => {
                        let Some(Value::Obj(r)) = f.stack.last() else {
                            break Lane::Exec;
                        };
                        let r = *r;
                        let state = match self.heap.get_mut(r) {
                            Obj::Iter(state) => state,
                            Obj::Gen(g)
                                if g.kind == GenKind::Generator
                                    && matches!(
                                        g.state,
                                        GenState::Created | GenState::Suspended
                                    )
                                    && may_resume(&self.limits, self.native_depth, depth) =>
                            {
                                break Lane::Resume(r, t);
                            }
                            _ => break Lane::Exec,
                        };
                        match &mut **state {
                            IterState::Range { cur, stop, step } => {
                                if (*step > 0 && *cur < *stop) || (*step < 0 && *cur > *stop) {
                                    let v = *cur;
                                    *cur += *step;
                                    f.stack.push(Value::Int(v));
                                } else {
                                    f.stack.pop();
                                    pc = t as usize;
                                    self.heap.decref_obj(r);
                                    if !self.heap.to_finalize.is_empty() {
                                        break Lane::Check;
                                    }
                                }
                            }
                            _ => break Lane::Exec,
                        }
                    }
                    Instr::Call(argc) | Instr::CallMethod(argc) => {
                        // `call_fast`'s plain function with exactly its
                        // positional parameters, here also without cells
                        // and not a generator or coroutine function (made
                        // here, the generator cost the plain calls 2%).
                        let method = matches!(ins, Instr::CallMethod(_));
                        let argc = argc as usize;
                        let fpos = f.stack.len() - argc - 1 - method as usize;
                        let has_self = method && !f.stack[fpos + 1].is_null();
                        let Value::Obj(fref) = f.stack[fpos] else {
                            break Lane::Exec;
                        };
                        let Obj::Function(func) = self.heap.get(fref) else {
                            break Lane::Exec;
                        };
                        if argc + has_self as usize != func.lane_argc as usize
                            || depth >= max_frames(&self.limits, self.native_depth)
                        {
                            break Lane::Exec;
                        }
                        break Lane::Call {
                            fref,
                            fpos,
                            first: fpos + 1 + (method && !has_self) as usize,
                        };
                    }
                    Instr::GetAwaitable(_) => {
                        // `await coro()`: a coroutine is its own awaitable
                        // (`get_awaitable` leaves it where it is), unless
                        // something awaits it already.
                        let Some(Value::Obj(r)) = f.stack.last() else {
                            break Lane::Exec;
                        };
                        match self.heap.get(*r) {
                            Obj::Gen(g)
                                if g.kind == GenKind::Coroutine
                                    && !(g.delegating && g.state == GenState::Suspended) => {}
                            _ => break Lane::Exec,
                        }
                    }
                    Instr::Send(t) => {
                        // `op_send` resuming a generator or coroutine
                        // frame: a started one takes the value, a new one
                        // only `None`.
                        let n = f.stack.len();
                        let Value::Obj(r) = f.stack[n - 2] else {
                            break Lane::Exec;
                        };
                        match self.heap.get(r) {
                            Obj::Gen(g)
                                if g.kind != GenKind::AsyncGenerator
                                    && (g.state == GenState::Suspended
                                        || (g.state == GenState::Created
                                            && f.stack[n - 1].is_none()))
                                    && may_resume(&self.limits, self.native_depth, depth) =>
                            {
                                break Lane::SendTo(r, t);
                            }
                            _ => break Lane::Exec,
                        }
                    }
                    Instr::ReturnValue
                        if depth - 1 > base && f.cont == Cont::Call && f.generator.is_none() =>
                    {
                        break Lane::Return;
                    }
                    // As `frame_return`, for a generator's or coroutine's
                    // frame resumed by a loop or an `await`.
                    Instr::ReturnValue
                        if depth - 1 > base
                            && f.generator.is_some()
                            && matches!(f.cont, Cont::Call | Cont::ForIter(_) | Cont::Send(_)) =>
                    {
                        break Lane::GenReturn;
                    }
                    Instr::YieldValue { delegating }
                        if depth - 1 > base
                            && matches!(f.cont, Cont::Call | Cont::ForIter(_) | Cont::Send(_)) =>
                    {
                        let Some(g) = f.generator else {
                            break Lane::Exec;
                        };
                        if !matches!(self.heap.get(g), Obj::Gen(_)) {
                            break Lane::Exec;
                        }
                        break Lane::Yield(g, delegating);
                    }
                    // A generator resumed by native code (`sum`, `list`,
                    // `next`): its yield ends this run loop, as
                    // `frame_yield` ends it, without `exec` in between.
                    Instr::YieldValue { delegating }
                        if depth - 1 == base && f.cont == Cont::Native =>
                    {
                        let Some(g) = f.generator else {
                            break Lane::Exec;
                        };
                        if !matches!(self.heap.get(g), Obj::Gen(_)) {
                            break Lane::Exec;
                        }
                        break Lane::YieldOut(g, delegating);
                    }
                    _ => break Lane::Exec,
                }
            };
            f.ip = pc;
            match out {
                Lane::Exec => {
                    self.steps = steps;
                    return true;
                }
                Lane::Check => {
                    self.steps = steps;
                    return false;
                }
                Lane::Resume(r, target) => {
                    let Obj::Gen(g) = self.heap.get_mut(r) else {
                        unreachable!("checked in the lane");
                    };
                    let started = g.state == GenState::Suspended;
                    let mut frame = g.frame.take().expect("a suspended generator has a frame");
                    g.state = GenState::Running;
                    frame.cont = Cont::ForIter(target);
                    if started {
                        // In place: `Vec::push` (out of line) reads the
                        // value back whole from where only its tag was
                        // written, and waits for that store (gp 8%).
                        push_value(&mut frame.stack, Value::None);
                    }
                    self.frames.push(frame);
                }
                Lane::SendTo(r, target) => self.lane_send(r, target),
                Lane::Call { fref, fpos, first } => {
                    let Obj::Function(func) = self.heap.get(fref) else {
                        unreachable!("checked in the lane");
                    };
                    let (code, globals) = (func.code.clone(), func.globals);
                    let nlocals = code.varnames.len();
                    let mut frame = alloc_frame(&mut self.frame_pool, code, globals, None);
                    match f.stack.len() - first {
                        0 => {}
                        1 => push_value(&mut frame.locals, pop_words(&mut f.stack)),
                        2 => {
                            let b = pop_words(&mut f.stack);
                            let a = pop_words(&mut f.stack);
                            push_value(&mut frame.locals, a);
                            push_value(&mut frame.locals, b);
                        }
                        _ => frame.locals.extend(f.stack.drain(first..)),
                    }
                    f.stack.truncate(fpos + 1);
                    // The callable's reference moves to the frame.
                    frame.func = f.stack.pop().expect("callable under the arguments");
                    if frame.locals.len() < nlocals {
                        frame.locals.resize(nlocals, Value::Null);
                    }
                    self.frames.push(frame);
                }
                Lane::Return => {
                    // The value moves to the caller before the frame is
                    // released, so it is not kept in memory across that.
                    let v = pop_words(&mut f.stack);
                    let n = self.frames.len();
                    push_value(&mut self.frames[n - 2].stack, v);
                    let frame = self.frames.pop().expect("returning frame");
                    release_frame(&mut self.heap, &mut self.frame_pool, frame);
                    if !self.heap.to_finalize.is_empty() {
                        self.steps = steps;
                        return false;
                    }
                }
                Lane::GenReturn => {
                    if !self.lane_gen_return(base) {
                        self.steps = steps;
                        return false;
                    }
                }
                Lane::YieldOut(g, delegating) => {
                    let v = pop_words(&mut f.stack);
                    let frame = self.frames.pop().expect("yielding frame");
                    suspend(&mut self.heap, g, frame, delegating);
                    self.lane_yield = Some(v);
                    self.steps = steps;
                    return false;
                }
                Lane::Yield(g, delegating) => {
                    // Moved to the caller before the frame is put away, a
                    // word at a time: a fused run (`x * x`) has just
                    // written it so, and a whole-value read of it stalls.
                    let v = pop_words(&mut f.stack);
                    let n = self.frames.len();
                    push_value(&mut self.frames[n - 2].stack, v);
                    let frame = self.frames.pop().expect("yielding frame");
                    suspend(&mut self.heap, g, frame, delegating);
                }
            }
        }
    }

    /// `Send` resuming generator `r` (the lane checked it may): the
    /// resume half of `op_send`, without its checks again (calling
    /// `op_send` here cost the queue bench 1.5%). Out of line, as
    /// `lane_gen_return`: inlined, the two made the lane's own calls and
    /// returns 3% dearer in instructions (registers allocated around code
    /// they do not run).
    #[inline(never)]
    fn lane_send(&mut self, r: ObjRef, target: u32) {
        let f = self.frames.last_mut().expect("the awaiting frame");
        let v = f.stack.pop().expect("Send value");
        let Obj::Gen(g) = self.heap.get_mut(r) else {
            unreachable!("checked in the lane");
        };
        let started = g.state == GenState::Suspended;
        let mut frame = g.frame.take().expect("a suspended generator has a frame");
        g.state = GenState::Running;
        frame.cont = Cont::Send(target);
        if started {
            frame.stack.push(v);
        } else {
            self.heap.decref(v);
        }
        self.frames.push(frame);
    }

    /// A generator's or coroutine's frame returns to the `for` loop or the
    /// `await` that resumed it, through `frame_return`; false when a
    /// finalizer is queued.
    #[inline(never)]
    fn lane_gen_return(&mut self, base: usize) -> bool {
        let f = self.frames.last_mut().expect("the returning frame");
        let v = f.stack.pop().expect("ReturnValue value");
        let r = self.frame_return(v, base);
        debug_assert!(
            matches!(r, Ok(None)),
            "a frame resumed by bytecode returns into it"
        );
        self.heap.to_finalize.is_empty()
    }
}

/// How the lane stopped.
enum Lane {
    /// At an instruction for `exec`.
    Exec,
    /// Before a step that needs the general loop's checks.
    Check,
    /// `ForIter` resumes the generator `r`; its loop ends at the target.
    Resume(ObjRef, u32),
    /// The top frame, generator `g`'s, yields to the frame below (from a
    /// `yield from` or `await` when delegating).
    Yield(ObjRef, bool),
    /// The frame at the run loop's base, generator `g`'s, yields to the
    /// native code that resumed it.
    YieldOut(ObjRef, bool),
    /// `Send` resumes the generator or coroutine `r`; its loop ends at the
    /// target.
    SendTo(ObjRef, u32),
    /// A call of the plain function `fref`, at `fpos` of the value stack,
    /// its arguments from `first`.
    Call {
        fref: ObjRef,
        fpos: usize,
        first: usize,
    },
    /// The top frame, an ordinary call's, returns to the frame below.
    Return,
    /// The top frame, a generator's or coroutine's, returns to the loop
    /// or the `await` below.
    GenReturn,
}

/// The check `checked_step` makes every 64 steps, when that is all there
/// is to do before step `steps`: the heap is under its limit and no pause,
/// fuel or halt is due (`stop`: halted or at the pause). Then the lane
/// places the next check as `next_check` would after the step and goes on
/// (true); otherwise the general loop takes the step (false). Without
/// this, one instruction in 64 left the lane for `exec`, where a call
/// costs several of the lane's.
#[inline(always)]
fn lane_heap_check(
    steps: u64,
    check_at: &mut u64,
    stop: bool,
    pause_at: u64,
    fuel: u64,
    heap: &Heap,
) -> bool {
    let next = steps + 1;
    if stop || next > fuel || next & 0x3f != 0 || heap.over_limit() {
        return false;
    }
    *check_at = pause_at.min(fuel).min(next | 0x3f);
    true
}

/// `check_recursion_quiet`: the frames a resumed generator or a call
/// may bring the stack to.
#[inline(always)]
fn max_frames(limits: &super::Limits, native_depth: usize) -> usize {
    limits
        .recursion
        .saturating_sub(native_depth.saturating_sub(1) * 4)
}

/// `check_recursion`: whether a resumed generator's frame may go on the
/// stack (otherwise `exec` raises the `RecursionError`).
#[inline(always)]
fn may_resume(limits: &super::Limits, native_depth: usize, depth: usize) -> bool {
    depth < max_frames(limits, native_depth) && native_depth <= super::interp::MAX_NATIVE_DEPTH
}

/// A list under an int index in its range on top of `stack`: the list
/// and the index, counted from the front.
#[inline(always)]
fn list_index(heap: &Heap, stack: &[Value]) -> Option<(ObjRef, usize)> {
    let [.., Value::Obj(r), Value::Int(i)] = stack else {
        return None;
    };
    let Obj::List(items) = heap.get(*r) else {
        return None;
    };
    let len = items.len() as i64;
    let idx = if *i < 0 { *i + len } else { *i };
    (0..len).contains(&idx).then_some((*r, idx as usize))
}

/// Whether a class attribute is a value no type gives `__get__` or
/// `__set__`: an instance's own attribute of that name comes first, as it
/// does for a class-level default (`count = 0`, asyncio's `_loop = None`).
#[inline(always)]
fn never_descriptor(v: &Value) -> bool {
    matches!(
        v,
        Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Str(_)
    )
}

/// Whether `v` is a builtin (not a user function that would run Python code).
fn is_native(heap: &Heap, v: &Value) -> bool {
    matches!(v, Value::Obj(r) if matches!(heap.get(*r), Obj::Native(_)))
}

/// A name in a module or class namespace (borrowed), as `Vm::ns_get`.
#[inline(always)]
fn ns_get(heap: &Heap, ns: ObjRef, name: Sym) -> Option<&Value> {
    match heap.get(ns) {
        Obj::Module(m) => m.dict.get(name),
        Obj::Namespace(d) => d.get(name),
        _ => None,
    }
}

/// `locals[i]` pushed, as `exec`'s `LoadFast`; false (nothing done) when
/// it is unbound, for `exec` to raise.
#[inline(always)]
fn load_fast(heap: &mut Heap, locals: &[Value], stack: &mut Vec<Value>, i: u32) -> bool {
    let v = &locals[i as usize];
    if v.is_null() {
        return false;
    }
    let v = v.clone();
    heap.incref(&v);
    stack.push(v);
    true
}

/// Generator `g` (the lane checked it is one) keeps `frame`, suspended at
/// a yield, as `frame_yield` leaves it.
#[inline(always)]
fn suspend(heap: &mut Heap, g: ObjRef, frame: Box<Frame>, delegating: bool) {
    let Obj::Gen(gn) = heap.get_mut(g) else {
        unreachable!("checked in the lane");
    };
    gn.state = GenState::Suspended;
    gn.yielded_async = !delegating;
    gn.delegating = delegating;
    gn.frame = Some(frame);
}

/// What a fused run did: left an int, or went to an instruction.
enum Run {
    Value(i64),
    Goto(usize),
}

/// `x op y` of a fused run whose operator is at `at`. None when the result
/// is not a 64-bit int (an overflow, a negative modulus): the run is then
/// taken an instruction at a time.
#[inline(always)]
fn fused_run(x: i64, y: i64, fusion: Fusion, instrs: &[Instr], at: usize) -> Option<Run> {
    match fusion.then {
        Then::Binary(op) => int_op(x, y, op).map(Run::Value),
        Then::CompareJump(op) => {
            let r = int_ordering(x, y, op)?;
            match instrs[at + 1] {
                Instr::PopJumpIfFalse(t) => Some(Run::Goto(if r { at + 2 } else { t as usize })),
                Instr::PopJumpIfTrue(t) => Some(Run::Goto(if r { t as usize } else { at + 2 })),
                _ => None,
            }
        }
    }
}

/// `x op y` for the common operators, when it fits in 64 bits.
#[inline(always)]
fn int_op(x: i64, y: i64, op: BinOp) -> Option<i64> {
    match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mult => x.checked_mul(y),
        // Python's floor modulo equals Rust's `%` when both are
        // non-negative.
        BinOp::Mod if x >= 0 && y > 0 => Some(x % y),
        BinOp::FloorDiv if x >= 0 && y > 0 => Some(x / y),
        BinOp::BitAnd => Some(x & y),
        BinOp::BitOr => Some(x | y),
        BinOp::BitXor => Some(x ^ y),
        _ => None,
    }
}

/// `x < y` and the other orderings and equalities of two ints.
#[inline(always)]
fn int_ordering(x: i64, y: i64, op: CmpKind) -> Option<bool> {
    super::ops::ordering(x, y, op)
}

/// `int op int` on the top two values, in place, when it is one of the
/// common operators and fits in 64 bits; false (nothing done) otherwise.
/// `+=` on ints is the same operation. Ints hold no references, so nothing
/// is counted.
#[inline(always)]
pub(super) fn int_binary(s: &mut Vec<Value>, op: BinOp) -> bool {
    let n = s.len();
    let (Value::Int(x), Value::Int(y)) = (&s[n - 2], &s[n - 1]) else {
        return false;
    };
    let r = int_op(*x, *y, op);
    match r {
        Some(r) => {
            s.pop();
            s[n - 2] = Value::Int(r);
            true
        }
        None => false,
    }
}

/// `int < int` and the other orderings on the top two values, in place;
/// false (nothing done) for anything else.
#[inline(always)]
pub(super) fn int_compare(s: &mut Vec<Value>, op: CmpKind) -> bool {
    let n = s.len();
    let (Value::Int(x), Value::Int(y)) = (&s[n - 2], &s[n - 1]) else {
        return false;
    };
    let Some(r) = int_ordering(*x, *y, op) else {
        return false;
    };
    s.pop();
    s[n - 2] = Value::Bool(r);
    true
}
