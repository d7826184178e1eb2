//! The data of the event loop and of its objects (CPython's `_ready`,
//! `_scheduled`, Future and Task fields), kept as plain values so the whole
//! VM state stays `Clone`.

use std::cmp::Ordering;
use std::collections::{BinaryHeap, VecDeque};
use std::rc::Rc;

use crate::engine::vm::value::{ObjRef, Value};

/// `base_futures._PENDING` / `_CANCELLED` / `_FINISHED`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FutState {
    Pending,
    Cancelled,
    Finished,
}

impl FutState {
    pub fn name(self) -> &'static str {
        match self {
            FutState::Pending => "PENDING",
            FutState::Cancelled => "CANCELLED",
            FutState::Finished => "FINISHED",
        }
    }
}

/// A Future's state (`futures.Future`). A Task is a Future with `task` set.
#[derive(Clone, Debug)]
pub struct FutureData {
    pub state: FutState,
    pub result: Value,
    pub exception: Value,
    /// Done-callbacks in registration order (`_callbacks`).
    pub callbacks: Vec<Value>,
    pub cancel_message: Value,
    /// The CancelledError to hand out once (`_cancelled_exc`).
    pub cancelled_exc: Value,
    /// An exception was set and nobody has looked at it yet.
    pub log_traceback: bool,
    /// `_asyncio_future_blocking`: set while a Task waits on it.
    pub blocking: bool,
    /// Sequential number shown as `Future #n` by the visualiser.
    pub id: u64,
    pub task: Option<Box<TaskData>>,
    /// The loop it belongs to (`_loop`), not counted: loop objects live
    /// as long as the run (`AioState::parked` keeps them).
    pub event_loop: Option<ObjRef>,
}

impl FutureData {
    pub fn new(id: u64, event_loop: Option<ObjRef>) -> FutureData {
        FutureData {
            state: FutState::Pending,
            result: Value::None,
            exception: Value::None,
            callbacks: Vec::new(),
            cancel_message: Value::None,
            cancelled_exc: Value::None,
            log_traceback: false,
            blocking: false,
            id,
            task: None,
            event_loop,
        }
    }
}

/// The Task part of a Future (`tasks.Task`).
///
/// Invariant, as CPython's comment on Task states it: while the task waits,
/// `fut_waiter` is a pending future whose callbacks include this task's
/// `__wakeup`, and no step is queued; while it is scheduled, a `__step` or
/// `__wakeup` handle is in `ready` and `fut_waiter` is None or done; while
/// it runs, `fut_waiter` is None and it is the loop's current task.
#[derive(Clone, Debug)]
pub struct TaskData {
    pub coro: Value,
    pub name: Rc<str>,
    pub must_cancel: bool,
    pub fut_waiter: Value,
    pub num_cancels_requested: i64,
    pub log_destroy_pending: bool,
    /// How many times `__step` ran (for the visualiser).
    pub steps: u64,
    /// The `contextvars.Context` the task runs in (a copy of the one
    /// current when it was created); None when the program never imported
    /// `contextvars`.
    pub context: Value,
}

/// A Handle or TimerHandle (`events.Handle`).
#[derive(Clone, Debug)]
pub struct HandleData {
    pub callback: Value,
    pub args: Vec<Value>,
    pub cancelled: bool,
    /// Deadline of a TimerHandle.
    pub when: Option<f64>,
    /// Scheduling order, to break deadline ties FIFO.
    pub seq: u64,
    /// In the timer heap.
    pub scheduled: bool,
    /// The `contextvars.Context` the callback runs in (a copy of the one
    /// current when the handle was made, or the caller's `context=`);
    /// None to run in whatever is current (task steps enter their own).
    pub context: Value,
}

/// An entry of `_scheduled`: ordered by `(when, seq)`.
#[derive(Clone, Debug)]
pub struct TimerKey {
    pub when: f64,
    pub seq: u64,
    pub handle: ObjRef,
}

impl PartialEq for TimerKey {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for TimerKey {}

impl PartialOrd for TimerKey {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for TimerKey {
    /// Reversed, so `BinaryHeap` pops the earliest deadline first.
    fn cmp(&self, other: &Self) -> Ordering {
        other
            .when
            .total_cmp(&self.when)
            .then(other.seq.cmp(&self.seq))
    }
}

/// The running event loop (`BaseEventLoop`).
#[derive(Clone, Debug, Default)]
pub struct EventLoop {
    /// Handles to run, FIFO (`_ready`); each holds a reference.
    pub ready: VecDeque<ObjRef>,
    /// Timers (`_scheduled`); each holds a reference to its handle.
    pub scheduled: BinaryHeap<TimerKey>,
    pub timer_cancelled_count: usize,
    pub stopping: bool,
    pub running: bool,
    pub closed: bool,
    /// The task whose step is running.
    pub current_task: Option<ObjRef>,
    /// The Python object standing for this loop.
    pub obj: Option<ObjRef>,
    /// `_run_once` calls so far.
    pub iteration: u64,
    /// Handles of `ready` the current iteration has still to run.
    pub ntodo: usize,
}

/// Classes of the asyncio objects, created at `import asyncio`.
#[derive(Clone, Copy, Debug)]
pub struct AioClasses {
    pub future: ObjRef,
    pub task: ObjRef,
    pub handle: ObjRef,
    pub timer_handle: ObjRef,
    pub event_loop: ObjRef,
}

/// All asyncio state of a VM.
#[derive(Clone, Debug, Default)]
pub struct AioState {
    pub running: Option<EventLoop>,
    /// Loops made before the current one, each with its handles: one thread
    /// runs one loop at a time, so a call on one of them swaps it in
    /// (`select_loop`).
    pub parked: Vec<EventLoop>,
    /// The policy's current loop (`set_event_loop`), a counted reference.
    pub policy_loop: Option<ObjRef>,
    /// `set_event_loop` was called (CPython's `_local._set_called`): from
    /// then on `get_event_loop()` no longer makes a loop.
    pub set_called: bool,
    pub classes: Option<AioClasses>,
    /// `Task-N` counter: process-global, starts at 1.
    pub task_counter: u64,
    pub timer_seq: u64,
    pub future_counter: u64,
    /// Tasks not yet done, in creation order (CPython's weak set).
    pub all_tasks: Vec<ObjRef>,
    /// Async generators first iterated while a loop runs (the loop's
    /// `_asyncgens` weak set), so shutdown can close them.
    pub asyncgens: Vec<ObjRef>,
    /// A handle's context is current (entered by `run_handle_from_bytecode`,
    /// left when the loop takes its next handle or reports its error).
    pub handle_context_entered: bool,
    /// What the native shortcuts for Queue and Lock check against.
    pub fast: Option<Box<super::fastpath::FastPaths>>,
}
