//! Async generators: `__anext__`, `asend`, `athrow` and `aclose` return
//! awaitables that resume the generator's frame. A `yield` of the async
//! generator itself finishes the awaitable (its value is the result); the
//! yields of `await`s inside pass through to whoever drives the awaitable.

use super::Vm;
use super::generator::GenResult;
use super::object::{GenKind, GenState, IterState, Obj, PyResult};
use super::value::{ObjRef, Value};
use crate::engine::intern::Sym;

type Kw<'a> = &'a [(Sym, Value)];

const OP_SEND: u8 = 0;
const OP_THROW: u8 = 1;
const OP_CLOSE: u8 = 2;

impl Vm {
    fn agen_op(&mut self, agen: &Value, op: u8, arg: Value) -> Value {
        let agen = self.dup(agen);
        self.alloc(Obj::Iter(Box::new(IterState::AsyncGenOp {
            agen,
            op,
            arg,
            state: 0,
        })))
    }

    fn agen_op_parts(&self, it: ObjRef) -> (Value, u8, Value, u8) {
        match self.heap.get(it) {
            Obj::Iter(s) => match &**s {
                IterState::AsyncGenOp {
                    agen,
                    op,
                    arg,
                    state,
                } => (agen.clone(), *op, arg.clone(), *state),
                _ => unreachable!("an async generator awaitable"),
            },
            _ => unreachable!("an async generator awaitable"),
        }
    }

    fn agen_op_set_state(&mut self, it: ObjRef, new: u8) {
        if let Obj::Iter(s) = self.heap.get_mut(it)
            && let IterState::AsyncGenOp { state, .. } = &mut **s
        {
            *state = new;
        }
    }

    /// Maps what the generator's frame did to what the awaitable does.
    fn agen_outcome(
        &mut self,
        it: ObjRef,
        op: u8,
        r: PyResult<GenResult>,
        agen: ObjRef,
    ) -> PyResult<Value> {
        let yielded_async = matches!(self.heap.get(agen), Obj::Gen(g) if g.yielded_async);
        match r {
            Ok(GenResult::Yield(v)) if !yielded_async => Ok(v),
            Ok(GenResult::Yield(v)) => {
                self.agen_op_set_state(it, 2);
                self.set_ag_running(agen, false);
                if op == OP_CLOSE {
                    self.drop_val(v);
                    return Err(
                        self.new_exc_str("RuntimeError", "async generator ignored GeneratorExit")
                    );
                }
                Err(self.stop_iteration(v))
            }
            Ok(GenResult::Return(v)) => {
                self.drop_val(v);
                self.agen_op_set_state(it, 2);
                self.set_ag_running(agen, false);
                if op == OP_CLOSE {
                    return Err(self.stop_iteration(Value::None));
                }
                Err(self.new_exc_empty("StopAsyncIteration"))
            }
            Err(e) => {
                self.agen_op_set_state(it, 2);
                self.set_ag_running(agen, false);
                if op == OP_CLOSE
                    && (self.exc_is(&e, "GeneratorExit") || self.exc_is(&e, "StopAsyncIteration"))
                {
                    self.drop_val(e);
                    return Err(self.stop_iteration(Value::None));
                }
                Err(e)
            }
        }
    }

    fn set_ag_running(&mut self, agen: ObjRef, running: bool) {
        if let Obj::Gen(g) = self.heap.get_mut(agen) {
            g.ag_running = running;
        }
    }

    /// `send(v)` on the awaitable.
    pub fn agen_op_send(&mut self, it: ObjRef, v: Value) -> PyResult<Value> {
        let (agen, op, arg, state) = self.agen_op_parts(it);
        let g = agen.as_obj().expect("an async generator");
        match state {
            2 => {
                self.drop_val(v);
                let what = match op {
                    OP_SEND => "cannot reuse already awaited __anext__()/asend()",
                    OP_THROW => "cannot reuse already awaited athrow()",
                    _ => "cannot reuse already awaited aclose()",
                };
                Err(self.new_exc_str("RuntimeError", what))
            }
            0 => {
                let (gstate, running) = match self.heap.get(g) {
                    Obj::Gen(gn) => (gn.state, gn.ag_running),
                    _ => (GenState::Closed, false),
                };
                if running {
                    self.drop_val(v);
                    let what = match op {
                        OP_SEND => "anext(): asynchronous generator is already running",
                        OP_THROW => "athrow(): asynchronous generator is already running",
                        _ => "aclose(): asynchronous generator is already running",
                    };
                    return Err(self.new_exc_str("RuntimeError", what));
                }
                self.agen_op_set_state(it, 1);
                if gstate == GenState::Closed {
                    self.drop_val(v);
                    self.agen_op_set_state(it, 2);
                    if op == OP_CLOSE {
                        return Err(self.stop_iteration(Value::None));
                    }
                    if op == OP_THROW {
                        let e = self.dup(&arg);
                        return Err(e);
                    }
                    return Err(self.new_exc_empty("StopAsyncIteration"));
                }
                self.set_ag_running(g, true);
                let r = match op {
                    OP_SEND => {
                        self.drop_val(v);
                        let a = self.dup(&arg);
                        self.gen_resume(g, a, None)
                    }
                    _ => {
                        self.drop_val(v);
                        let e = if op == OP_CLOSE {
                            self.new_exc_empty("GeneratorExit")
                        } else {
                            self.dup(&arg)
                        };
                        if gstate == GenState::Created && op == OP_CLOSE {
                            // Closing an unstarted generator just closes it.
                            self.drop_val(e);
                            let _ = self.gen_close(g);
                            self.agen_op_set_state(it, 2);
                            self.set_ag_running(g, false);
                            return Err(self.stop_iteration(Value::None));
                        }
                        match self.gen_throw(g, e) {
                            Ok(y) => Ok(GenResult::Yield(y)),
                            Err(e) if self.exc_is(&e, "StopIteration") => {
                                let val = self.stop_iteration_value(&e);
                                self.drop_val(e);
                                Ok(GenResult::Return(val))
                            }
                            Err(e) => Err(e),
                        }
                    }
                };
                self.agen_outcome(it, op, r, g)
            }
            _ => {
                let r = self.gen_resume(g, v, None);
                self.agen_outcome(it, op, r, g)
            }
        }
    }

    /// `throw(e)` on the awaitable.
    pub fn agen_op_throw(&mut self, it: ObjRef, e: Value) -> PyResult<Value> {
        let (agen, op, _, state) = self.agen_op_parts(it);
        let g = agen.as_obj().expect("an async generator");
        let gstate = match self.heap.get(g) {
            Obj::Gen(gn) => gn.state,
            _ => GenState::Closed,
        };
        if state == 0 && gstate == GenState::Closed {
            self.agen_op_set_state(it, 2);
            return Err(e);
        }
        if state == 2 {
            self.drop_val(e);
            return Err(self.new_exc_str(
                "RuntimeError",
                "cannot reuse already awaited __anext__()/asend()",
            ));
        }
        // CPython 3.11 throws into the generator without starting the
        // awaitable: one thrown into before its first `send` (a task
        // cancelled before its first step) starts over on that send, so
        // an `aclose()` then throws GeneratorExit in after all.
        if state != 0 {
            self.set_ag_running(g, true);
        }
        let r = match self.gen_throw(g, e) {
            Ok(y) => Ok(GenResult::Yield(y)),
            Err(e) if self.exc_is(&e, "StopIteration") => {
                let val = self.stop_iteration_value(&e);
                self.drop_val(e);
                Ok(GenResult::Return(val))
            }
            Err(e) => Err(e),
        };
        self.agen_outcome(it, op, r, g)
    }
}

impl Vm {
    /// The loop's `firstiter` hook: remember the generator for shutdown.
    pub fn note_asyncgen(&mut self, agen: &Value) {
        if !self.aio.running.as_ref().is_some_and(|l| l.running) {
            return;
        }
        if let Some(r) = agen.as_obj()
            && !self.aio.asyncgens.contains(&r)
        {
            self.aio.asyncgens.push(r);
        }
    }
}

fn agen_arg(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    match args.first() {
        Some(v @ Value::Obj(r)) if matches!(vm.heap.get(*r), Obj::Gen(g) if g.kind == GenKind::AsyncGenerator) => {
            Ok(v.clone())
        }
        _ => Err(vm.type_error("descriptor requires an async_generator".into())),
    }
}

fn op_arg(vm: &mut Vm, args: &[Value]) -> PyResult<ObjRef> {
    match args.first() {
        Some(Value::Obj(r)) if matches!(vm.heap.get(*r), Obj::Iter(s) if matches!(**s, IterState::AsyncGenOp { .. })) => {
            Ok(*r)
        }
        _ => Err(vm.type_error("descriptor requires an async_generator_asend".into())),
    }
}

pub fn agen_aiter(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let a = agen_arg(vm, args)?;
    vm.note_asyncgen(&a);
    Ok(vm.dup(&a))
}

pub fn agen_anext(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let a = agen_arg(vm, args)?;
    vm.note_asyncgen(&a);
    Ok(vm.agen_op(&a, OP_SEND, Value::None))
}

pub fn agen_asend(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let a = agen_arg(vm, args)?;
    vm.note_asyncgen(&a);
    let v = args.get(1).cloned().unwrap_or(Value::None);
    let v = vm.dup(&v);
    Ok(vm.agen_op(&a, OP_SEND, v))
}

pub fn agen_athrow(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let a = agen_arg(vm, args)?;
    let e = args.get(1).cloned().unwrap_or(Value::None);
    let e = vm.throw_args_exception(&e, args.get(2))?;
    Ok(vm.agen_op(&a, OP_THROW, e))
}

pub fn agen_aclose(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let a = agen_arg(vm, args)?;
    Ok(vm.agen_op(&a, OP_CLOSE, Value::None))
}

pub fn op_send(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let it = op_arg(vm, args)?;
    let v = args.get(1).cloned().unwrap_or(Value::None);
    let v = vm.dup(&v);
    vm.agen_op_send(it, v)
}

pub fn op_next(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let it = op_arg(vm, args)?;
    vm.agen_op_send(it, Value::None)
}

pub fn op_throw(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let it = op_arg(vm, args)?;
    let e = args.get(1).cloned().unwrap_or(Value::None);
    let e = vm.throw_args_exception(&e, args.get(2))?;
    vm.agen_op_throw(it, e)
}

pub fn op_close(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let it = op_arg(vm, args)?;
    vm.agen_op_set_state(it, 2);
    Ok(Value::None)
}

pub fn op_await(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    op_arg(vm, args)?;
    Ok(vm.dup(&args[0]))
}
