//! `Snapshot`: one step of a run as plain data, everything the page draws.

use std::collections::HashMap;

use crate::engine::aio::state::FutState;
use crate::engine::compile::code::CodeKind;
use crate::engine::events::EventKind;
use crate::engine::vm::Vm;
use crate::engine::vm::introspect::{FrameInfo, REPR_CHARS};
use crate::engine::vm::object::{GenState, Obj, Payload};
use crate::engine::vm::value::{ObjRef, Value};

use super::recorder::Trace;

/// The state after `step` instructions.
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    pub step: u64,
    /// The virtual clock (`loop.time()`).
    pub clock: f64,
    /// `_run_once` passes so far (0 outside `asyncio.run`).
    pub iteration: u64,
    /// The task whose `__step` is running.
    pub running: Option<String>,
    /// Frames of the main program, outermost first (those below the
    /// running task, if a task runs).
    pub stack: Vec<FrameSnap>,
    /// Every task the run created, in creation order, done ones included.
    pub tasks: Vec<TaskSnap>,
    /// Generators and coroutines of the program that no task drives.
    pub generators: Vec<GenSnap>,
    /// `_ready`, front first.
    pub ready: Vec<HandleSnap>,
    /// `_scheduled`, soonest first.
    pub timers: Vec<HandleSnap>,
    /// Futures that are not tasks, in creation order.
    pub futures: Vec<FutureSnap>,
    pub stdout: String,
    pub stderr: String,
    /// One sentence: what happened at this step.
    pub narration: String,
    /// Diagnostics reported so far ("Task exception was never retrieved").
    pub diagnostics: Vec<String>,
    /// The program's exit code, at the last step.
    pub exit_code: Option<i32>,
}

/// `Eq` and `Hash` let the page key its lists by content.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FrameSnap {
    pub function: String,
    pub file: String,
    pub line: u32,
    /// Names and reprs.
    pub locals: Vec<(String, String)>,
}

/// `Eq` and `Hash` let the page key its lists by content.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TaskSnap {
    pub name: String,
    /// `running`, `ready`, `waiting`, `done`, `cancelled` or `failed`.
    pub state: &'static str,
    /// What it awaits (`Future #3`, `Task-2`).
    pub awaits: Option<String>,
    /// Its coroutine's frames, outermost first.
    pub frames: Vec<FrameSnap>,
    /// The line of the program it is at, for the editor's marker.
    pub line: Option<u32>,
    /// Result or exception repr once done.
    pub result: Option<String>,
    /// Its done-callbacks.
    pub callbacks: Vec<String>,
}

/// `Eq` and `Hash` let the page key its lists by content.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct GenSnap {
    pub kind: &'static str,
    pub name: String,
    pub state: &'static str,
    pub awaits: Option<String>,
    pub frame: Option<FrameSnap>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct HandleSnap {
    /// What it calls: `Task-2.__step()`.
    pub label: String,
    pub when: Option<f64>,
    pub cancelled: bool,
}

/// `Eq` and `Hash` let the page key its lists by content.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FutureSnap {
    pub label: String,
    /// `pending`, `finished` or `cancelled`.
    pub state: &'static str,
    pub result: Option<String>,
    pub callbacks: Vec<String>,
    /// What it waits on: a pending gather's children that are not done
    /// (`Task-2`, `Future #5`), the await graph's edges out of it.
    pub awaits: Vec<String>,
}

impl From<FrameInfo> for FrameSnap {
    fn from(f: FrameInfo) -> FrameSnap {
        FrameSnap {
            function: f.function,
            file: f.file,
            line: f.line,
            locals: f.locals,
        }
    }
}

impl Snapshot {
    pub fn build(trace: &Trace, vm: &Vm, step: u64) -> Snapshot {
        let lp = vm.aio.running.as_ref();
        let current = lp.and_then(|l| l.current_task);
        let handles = |v: Vec<crate::engine::aio::introspect::HandleView>| -> Vec<HandleSnap> {
            v.into_iter()
                .map(|h| HandleSnap {
                    label: h.calls,
                    when: h.when,
                    cancelled: h.cancelled,
                })
                .collect()
        };
        let (ready, timers) = match vm.loop_queues() {
            Some((r, s)) => (handles(r), handles(s)),
            None => (Vec::new(), Vec::new()),
        };
        // The running task's frames sit on the VM's stack from its
        // coroutine's frame up.
        let running_coro = current.and_then(|t| task_coro(vm, t));
        let split = running_coro
            .and_then(|c| vm.frames.iter().position(|f| f.generator == c.as_obj()))
            .unwrap_or(vm.frames.len());
        let top = vm.frames.len().saturating_sub(1);
        let frame_at = |i: usize| FrameSnap::from(vm.frame_info(&vm.frames[i], i == top));
        let stack: Vec<FrameSnap> = (0..split).map(frame_at).collect();
        let mut running_frames: Vec<FrameSnap> = (split..vm.frames.len()).map(frame_at).collect();
        let mut owned: Vec<ObjRef> = vm.frames[split..]
            .iter()
            .filter_map(|f| f.generator)
            .collect();

        let mut tasks = Vec::new();
        let mut futures = Vec::new();
        let mut live_tasks = Vec::new();
        let mut gens = Vec::new();
        let mut found: Vec<(u64, ObjRef)> = vm
            .heap
            .iter_live()
            .filter_map(|r| match vm.heap.get(r) {
                Obj::Instance(i) => match &i.payload {
                    Payload::Future(f) => Some((f.id, r)),
                    _ => None,
                },
                Obj::Gen(_) => {
                    gens.push(r);
                    None
                }
                _ => None,
            })
            .collect();
        found.sort_unstable();
        for (_, r) in found {
            let v = Value::Obj(r);
            let Some(f) = vm.fut_data(&v) else { continue };
            let result = match f.state {
                FutState::Pending => None,
                FutState::Cancelled => Some("CancelledError()".to_string()),
                FutState::Finished if !f.exception.is_none() => {
                    Some(vm.safe_repr(&f.exception, REPR_CHARS))
                }
                FutState::Finished => Some(vm.safe_repr(&f.result, REPR_CHARS)),
            };
            let callbacks = f.callbacks.iter().map(|c| vm.callback_label(c)).collect();
            let Some(td) = &f.task else {
                let label = format!("Future #{}", f.id);
                let state = state_word(f.state);
                let awaits = if f.state == FutState::Pending {
                    vm.gather_children(r)
                } else {
                    Vec::new()
                };
                futures.push(FutureSnap {
                    label,
                    state,
                    result,
                    callbacks,
                    awaits,
                });
                continue;
            };
            let state = match f.state {
                FutState::Cancelled => "cancelled",
                FutState::Finished if !f.exception.is_none() => "failed",
                FutState::Finished => "done",
                FutState::Pending if current == Some(r) => "running",
                FutState::Pending if !td.fut_waiter.is_none() => "waiting",
                FutState::Pending => "ready",
            };
            let frames: Vec<FrameSnap> = if current == Some(r) {
                std::mem::take(&mut running_frames)
            } else {
                let chain = vm.await_chain(&td.coro);
                owned.extend(chain.iter().copied());
                chain
                    .iter()
                    .filter_map(|g| vm.gen_frame_info(*g))
                    .map(FrameSnap::from)
                    .collect()
            };
            if let Some(c) = td.coro.as_obj() {
                owned.push(c);
            }
            let line = frames
                .iter()
                .rev()
                .find(|f| *f.file == *vm.filename)
                .map(|f| f.line);
            let awaits = (!td.fut_waiter.is_none()).then(|| vm.label(&td.fut_waiter));
            live_tasks.push(td.name.to_string());
            tasks.push(TaskSnap {
                name: td.name.to_string(),
                state,
                awaits,
                frames,
                line,
                result,
                callbacks,
            });
        }
        // Tasks already freed are known from the log.
        tasks.splice(0..0, freed_tasks(trace, step, &live_tasks));
        let order = creation_order(trace, step);
        tasks.sort_by_cached_key(|t| order.get(t.name.as_str()).copied().unwrap_or(usize::MAX));

        owned.sort_unstable();
        let generators = gens
            .into_iter()
            .filter(|g| owned.binary_search(g).is_err() && is_program_gen(vm, *g))
            .filter_map(|g| vm.gen_info(g))
            .map(|g| GenSnap {
                kind: g.kind,
                name: g.name,
                state: g.state,
                awaits: g.awaits,
                frame: g.frame.map(FrameSnap::from),
            })
            .collect();

        let diagnostics = trace
            .milestones_to(step)
            .filter_map(|e| match e.kind {
                EventKind::Diagnostic { text } => Some(trace.log.label(text).to_string()),
                _ => None,
            })
            .collect();
        let mut snap = Snapshot {
            step,
            clock: vm.clock,
            iteration: lp.map_or(0, |l| l.iteration),
            running: current.map(|t| vm.task_name(t).to_string()),
            stack,
            tasks,
            generators,
            ready,
            timers,
            futures,
            stdout: String::from_utf8_lossy(&vm.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&vm.stderr).into_owned(),
            narration: String::new(),
            diagnostics,
            exit_code: (step >= trace.last).then_some(trace.exit_code),
        };
        snap.narration = trace.narrate_at(&snap);
        snap
    }

    /// The innermost frame of the program's own file that is running, for
    /// "Task-2 runs line 7 in worker".
    pub fn current_frame(&self, file: &str) -> Option<&FrameSnap> {
        let running = self
            .running
            .as_ref()
            .and_then(|r| self.tasks.iter().find(|t| &t.name == r));
        let frames = running.map_or(&self.stack, |t| &t.frames);
        frames
            .iter()
            .rev()
            .find(|f| f.file == file)
            .or_else(|| self.stack.iter().rev().find(|f| f.file == file))
    }
}

fn task_coro(vm: &Vm, t: ObjRef) -> Option<Value> {
    vm.fut_data(&Value::Obj(t))?
        .task
        .as_ref()
        .map(|td| td.coro.clone())
}

fn state_word(s: FutState) -> &'static str {
    match s {
        FutState::Pending => "pending",
        FutState::Cancelled => "cancelled",
        FutState::Finished => "finished",
    }
}

/// A generator of the program's own file (not a generator expression)
/// that has not closed.
fn is_program_gen(vm: &Vm, g: ObjRef) -> bool {
    match vm.heap.get(g) {
        Obj::Gen(g) => {
            *g.code.filename == *vm.filename
                && g.code.kind != CodeKind::GenExpr
                && g.state != GenState::Closed
        }
        _ => false,
    }
}

/// Tasks created by `step` whose objects are gone: their end is in the log.
fn freed_tasks(trace: &Trace, step: u64, live: &[String]) -> Vec<TaskSnap> {
    let mut out: Vec<TaskSnap> = Vec::new();
    for e in trace.milestones_to(step) {
        match e.kind {
            EventKind::TaskCreated { task, .. } => {
                let name = trace.log.label(task);
                if !live.iter().any(|l| l == name) {
                    out.push(TaskSnap {
                        name: name.to_string(),
                        state: "done",
                        awaits: None,
                        frames: Vec::new(),
                        line: None,
                        result: None,
                        callbacks: Vec::new(),
                    });
                }
            }
            EventKind::TaskDone {
                task,
                outcome,
                detail,
            } => {
                let name = trace.log.label(task);
                if let Some(t) = out.iter_mut().rev().find(|t| t.name == name) {
                    use crate::engine::events::Outcome;
                    t.state = match outcome {
                        Outcome::Result => "done",
                        Outcome::Exception => "failed",
                        Outcome::Cancelled => "cancelled",
                    };
                    t.result = Some(match outcome {
                        Outcome::Cancelled => "CancelledError()".to_string(),
                        _ => trace.log.label(detail).to_string(),
                    });
                }
            }
            _ => {}
        }
    }
    out
}

/// Each task name's place in the order the log saw tasks created by
/// `step` (the first, if two tasks share a name); tasks the log does not
/// know sort last.
fn creation_order(trace: &Trace, step: u64) -> HashMap<&str, usize> {
    let mut order = HashMap::new();
    let created = trace.milestones_to(step).filter_map(|e| match e.kind {
        EventKind::TaskCreated { task, .. } => Some(trace.log.label(task)),
        _ => None,
    });
    for (i, name) in created.enumerate() {
        order.entry(name).or_insert(i);
    }
    order
}
