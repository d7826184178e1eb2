//! The event loop as plain data for the visualiser: what is in `_ready`,
//! what is on the timer heap, every task with its state, what it awaits and
//! its coroutine frames.
//!
//! Built from the loop state alone and without running Python code (no
//! `repr` of user objects), so taking a view never changes the program it
//! observes: a trace can take one at any step and replay stays exact.

use crate::engine::vm::Vm;
use crate::engine::vm::object::{GenState, Obj};
use crate::engine::vm::value::{ObjRef, Value};

use super::state::FutState;

/// One instant of the running loop.
#[derive(Clone, Debug, PartialEq)]
pub struct LoopView {
    /// The virtual clock (`loop.time()`).
    pub time: f64,
    /// `_run_once` calls so far.
    pub iteration: u64,
    /// The task whose step is running, by name.
    pub current_task: Option<String>,
    /// `_ready`, front first.
    pub ready: Vec<HandleView>,
    /// `_scheduled`, in firing order (`(when, seq)`).
    pub scheduled: Vec<HandleView>,
    /// Tasks not yet done, in creation order (`asyncio.all_tasks()`).
    pub tasks: Vec<TaskView>,
}

/// A Handle or TimerHandle.
#[derive(Clone, Debug, PartialEq)]
pub struct HandleView {
    /// What it will call: `Task-2.__step()`, `Task-1.__wakeup(Future #3)`,
    /// `on_done(Task-4) at prog.py:7`.
    pub calls: String,
    /// A TimerHandle's deadline.
    pub when: Option<f64>,
    pub cancelled: bool,
}

/// What a task is doing, in the words the UI shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TaskState {
    /// Its step is executing now.
    Running,
    /// A `__step` or `__wakeup` for it is in `_ready`.
    Ready,
    /// Suspended on a future (`fut_waiter`).
    Waiting,
    Done,
    Cancelled,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TaskView {
    pub name: String,
    pub state: TaskState,
    /// How many times `__step` ran.
    pub steps: u64,
    /// The future or task it waits on, with that future's state and
    /// done-callbacks.
    pub awaiting: Option<FutureView>,
    /// Coroutine frames from the task's coroutine down to the innermost
    /// `await`.
    pub frames: Vec<FrameView>,
    /// `cancel()` was requested and not yet delivered.
    pub must_cancel: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FutureView {
    /// `Future #3`, or the task's name.
    pub label: String,
    /// `PENDING`, `CANCELLED` or `FINISHED`.
    pub state: &'static str,
    /// Done-callbacks, described as handles are.
    pub callbacks: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FrameView {
    pub function: String,
    /// The program's file name, or `<asyncio>` for the library's own
    /// coroutines (which the UI may fold away).
    pub file: String,
    /// The line it is suspended at; None while its code is running (the
    /// frame then lives on the VM's stack).
    pub line: Option<u32>,
}

impl Vm {
    /// The running loop as plain data, or None outside `asyncio.run`.
    pub fn loop_view(&self) -> Option<LoopView> {
        let l = self.aio.running.as_ref()?;
        let ready = l.ready.iter().map(|h| self.handle_view(*h)).collect();
        let mut timers: Vec<_> = l.scheduled.iter().collect();
        // The heap's `Ord` is reversed: the greatest key fires first.
        timers.sort_unstable_by(|a, b| b.cmp(a));
        let scheduled = timers.iter().map(|k| self.handle_view(k.handle)).collect();
        let tasks = self
            .aio
            .all_tasks
            .iter()
            .filter_map(|t| self.task_view(*t, l.current_task))
            .collect();
        Some(LoopView {
            time: self.clock,
            iteration: l.iteration,
            current_task: l.current_task.map(|t| self.label(&Value::Obj(t))),
            ready,
            scheduled,
            tasks,
        })
    }

    /// `_ready` front first and `_scheduled` in firing order, as in
    /// `loop_view`, without the tasks; None outside `asyncio.run`.
    pub fn loop_queues(&self) -> Option<(Vec<HandleView>, Vec<HandleView>)> {
        let l = self.aio.running.as_ref()?;
        let ready = l.ready.iter().map(|h| self.handle_view(*h)).collect();
        let mut timers: Vec<_> = l.scheduled.iter().collect();
        timers.sort_unstable_by(|a, b| b.cmp(a));
        let scheduled = timers.iter().map(|k| self.handle_view(k.handle)).collect();
        Some((ready, scheduled))
    }

    fn handle_view(&self, h: ObjRef) -> HandleView {
        match self.handle_data(h) {
            Some(d) => HandleView {
                calls: self.call_label(&d.callback, &d.args),
                when: d.when,
                cancelled: d.cancelled,
            },
            None => HandleView {
                calls: "<handle>".into(),
                when: None,
                cancelled: true,
            },
        }
    }

    /// `Task-2.__step()`, `cb(1, 'x') at prog.py:5`.
    pub(crate) fn call_label(&self, cb: &Value, args: &[Value]) -> String {
        let mut out = String::with_capacity(32);
        self.call_label_into(cb, args, &mut out);
        out
    }

    /// `call_label` appended to `out`: the recorder formats into one
    /// reused buffer and interns from it.
    pub(crate) fn call_label_into(&self, cb: &Value, args: &[Value], out: &mut String) {
        use std::fmt::Write;
        let args_into = |out: &mut String| {
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                self.label_into(a, out);
            }
        };
        if let Value::Obj(r) = cb {
            match self.heap.get(*r) {
                Obj::Native(n) if !n.this.is_null() && !n.this.is_none() => {
                    self.label_into(&n.this, out);
                    out.push('.');
                    out.push_str(n.name);
                    out.push('(');
                    args_into(out);
                    out.push(')');
                    return;
                }
                Obj::Native(n) => {
                    out.push_str(n.name);
                    out.push('(');
                    args_into(out);
                    out.push(')');
                    return;
                }
                Obj::Function(f) => {
                    out.push_str(&f.qualname);
                    out.push('(');
                    args_into(out);
                    let _ = write!(out, ") at {}:{}", f.code.filename, f.code.firstlineno);
                    return;
                }
                Obj::BoundMethod { func, this } => {
                    self.label_into(this, out);
                    out.push('.');
                    let name: &str = match func {
                        Value::Obj(f) => match self.heap.get(*f) {
                            Obj::Function(f) => &f.name,
                            Obj::Native(n) => n.name,
                            _ => "<method>",
                        },
                        _ => "<method>",
                    };
                    out.push_str(name);
                    out.push('(');
                    args_into(out);
                    out.push(')');
                    return;
                }
                _ => {}
            }
        }
        out.push('<');
        out.push_str(&self.class_name_plain(cb));
        out.push_str(">(");
        args_into(out);
        out.push(')');
    }

    /// A short name for a value that needs no Python code: tasks by name,
    /// futures by number, small constants by their repr.
    pub(crate) fn label(&self, v: &Value) -> String {
        let mut out = String::new();
        self.label_into(v, &mut out);
        out
    }

    /// The children of a `_GatheringFuture` (the prelude's class, read
    /// without running Python) that are not done yet, by label: what the
    /// gather still waits on. Empty for every other future.
    pub(crate) fn gather_children(&self, fut: ObjRef) -> Vec<String> {
        let Obj::Instance(i) = self.heap.get(fut) else {
            return Vec::new();
        };
        if self.class_name_plain(&Value::Obj(fut)) != "_GatheringFuture" {
            return Vec::new();
        }
        let Some(sym) = self.interner.get("_children") else {
            return Vec::new();
        };
        let Some(children) = i.dict.get(sym) else {
            return Vec::new();
        };
        self.tuple_items(children)
            .iter()
            .filter(|c| {
                self.fut_data(c)
                    .is_some_and(|f| f.state == FutState::Pending)
            })
            .map(|c| self.label(c))
            .collect()
    }

    /// `label` appended to `out`.
    pub(crate) fn label_into(&self, v: &Value, out: &mut String) {
        use std::fmt::Write;
        if let Some(f) = self.fut_data(v) {
            match &f.task {
                Some(t) => out.push_str(&t.name),
                None => {
                    let _ = write!(out, "Future #{}", f.id);
                }
            }
            return;
        }
        let _ = match v {
            Value::None => write!(out, "None"),
            Value::Bool(b) => write!(out, "{}", if *b { "True" } else { "False" }),
            Value::Int(i) => write!(out, "{i}"),
            Value::Float(x) => write!(out, "{x:?}"),
            Value::Str(s) if s.chars().count() <= 20 => write!(out, "{s:?}"),
            _ => write!(out, "<{}>", self.class_name_plain(v)),
        };
    }

    pub(crate) fn class_name_plain(&self, v: &Value) -> String {
        let cls = self.class_of(v);
        match self.heap.get(cls) {
            Obj::Class(c) => c.name.to_string(),
            _ => "object".into(),
        }
    }

    fn task_view(&self, t: ObjRef, current: Option<ObjRef>) -> Option<TaskView> {
        let f = self.fut_data(&Value::Obj(t))?;
        let td = f.task.as_ref()?;
        let state = match f.state {
            FutState::Cancelled => TaskState::Cancelled,
            FutState::Finished => TaskState::Done,
            FutState::Pending if current == Some(t) => TaskState::Running,
            FutState::Pending if !td.fut_waiter.is_none() => TaskState::Waiting,
            FutState::Pending => TaskState::Ready,
        };
        let awaiting = self.fut_data(&td.fut_waiter).map(|w| FutureView {
            label: self.label(&td.fut_waiter),
            state: w.state.name(),
            callbacks: w.callbacks.iter().map(|c| self.callback_label(c)).collect(),
        });
        Some(TaskView {
            name: td.name.to_string(),
            state,
            steps: td.steps,
            awaiting,
            frames: self.coro_frames(&td.coro),
            must_cancel: td.must_cancel,
        })
    }

    /// A done-callback: a bare callable, or a `(callback, context)` pair.
    pub(crate) fn callback_label(&self, cb: &Value) -> String {
        let mut out = String::with_capacity(32);
        self.callback_label_into(cb, &mut out);
        out
    }

    /// `callback_label` appended to `out`.
    pub(crate) fn callback_label_into(&self, cb: &Value, out: &mut String) {
        if let Value::Obj(r) = cb
            && let Obj::Tuple(items) = self.heap.get(*r)
            && let Some(first) = items.first()
        {
            return self.call_label_into(first, &[], out);
        }
        self.call_label_into(cb, &[], out)
    }

    /// Follows `cr_await` from a task's coroutine down the await chain.
    fn coro_frames(&self, coro: &Value) -> Vec<FrameView> {
        let mut out = Vec::new();
        let mut cur = coro.clone();
        // Bounded: a chain is as deep as the nesting of awaits.
        for _ in 0..1000 {
            let Value::Obj(r) = &cur else { break };
            let Obj::Gen(g) = self.heap.get(*r) else {
                break;
            };
            let line = match (&g.frame, g.state) {
                (_, GenState::Created) => Some(g.code.firstlineno),
                (Some(f), GenState::Suspended) => Some(f.line()),
                _ => None,
            };
            out.push(FrameView {
                function: g.qualname.to_string(),
                file: g.code.filename.to_string(),
                line,
            });
            let next = if g.delegating && g.state == GenState::Suspended {
                g.frame.as_ref().and_then(|f| f.stack.last().cloned())
            } else {
                None
            };
            match next {
                Some(v) => cur = v,
                None => break,
            }
        }
        out
    }
}
