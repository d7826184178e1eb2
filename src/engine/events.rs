//! What happened during a run, as an append-only log the trace reads.
//!
//! The engine writes here and never reads back: recording is off when
//! `Vm::events` is `None`, and then each hook costs one predictable branch.
//! The hooks (`Vm::note`) are one-line calls at the places CPython's
//! asyncio would be watched: `call_soon`, `call_at`, `_run_once`,
//! `Task.__step`, `Future.set_result` and friends, plus output, raised
//! exceptions and diagnostics. Building an event reads the VM and never
//! runs Python code, so a recorded run behaves exactly as an unrecorded one.
//!
//! Step numbers: an event's `step` is `Vm::steps` when it happened, i.e.
//! the number of instructions executed so far. Everything that happens
//! after instruction `n` and before instruction `n + 1` (native work of the
//! loop, a task being entered) carries step `n`, and is visible in the
//! state "after `n` instructions". A line event carries the step *before*
//! the line's first instruction, the state in which that line is next.

use std::collections::HashMap;
use std::rc::Rc;

use crate::engine::aio::state::{FutState, HandleData};
use crate::engine::compile::code::Code;
use crate::engine::vm::Vm;
use crate::engine::vm::value::{ObjRef, Value};

/// FxHash (rustc's): the log hashes a short label or a number per event,
/// where SipHash's protection against chosen keys buys nothing.
#[derive(Clone, Copy, Default)]
struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().expect("8 bytes")));
        }
        let mut rest = [0u8; 8];
        let tail = chunks.remainder();
        rest[..tail.len()].copy_from_slice(tail);
        self.add(u64::from_le_bytes(rest) ^ tail.len() as u64);
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

type FxBuild = std::hash::BuildHasherDefault<FxHasher>;

/// An index into `EventLog::strings`.
pub type Label = u32;

/// The program's next instruction starts a line of its own file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineEvent {
    pub step: u64,
    pub line: u32,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Event {
    pub step: u64,
    pub kind: EventKind,
}

/// How a future (or a task) ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// `set_result`; the detail is the result's repr.
    Result,
    /// `set_exception`; the detail is the exception's repr.
    Exception,
    Cancelled,
}

/// Why a run stopped (the last event of every finished trace).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StopKind {
    /// The program ended; the detail is the exit code.
    Exit,
    /// An uncaught exception; the detail is its last traceback line.
    Uncaught,
    /// Every task waits and nothing can wake them.
    Deadlock,
    /// The step limit (fuel) ran out.
    OutOfFuel,
    OutputLimit,
    HeapLimit,
    /// The recording was ended before the program (the page's Stop
    /// button); the detail is the step it reached.
    Stopped,
}

/// One thing the visualiser shows happening. Handles are identified by
/// their scheduling sequence number (`seq`), futures and tasks by label.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum EventKind {
    /// `_run_once` begins its `iteration`-th pass.
    RunOnce {
        iteration: u64,
    },
    /// The virtual clock moved (the loop's "select" jumped to a deadline).
    Clock {
        time: f64,
    },
    /// `time.sleep(seconds)` blocked the whole loop; the clock moved with it.
    Stall {
        seconds: f64,
    },
    /// `call_soon`: a Handle calling `handle` is appended to `_ready`.
    HandleReady {
        seq: u64,
        handle: Label,
    },
    /// `call_at`/`call_later`: a TimerHandle goes on `_scheduled`.
    TimerPush {
        seq: u64,
        handle: Label,
        when: f64,
    },
    /// A due TimerHandle moves from `_scheduled` to `_ready`.
    TimerPop {
        seq: u64,
        handle: Label,
        when: f64,
    },
    /// `_run_once` calls a ready handle.
    HandleRun {
        seq: u64,
        handle: Label,
    },
    /// `create_task`: `task` wraps the coroutine `coro` (its qualname).
    TaskCreated {
        task: Label,
        coro: Label,
    },
    /// `Task.__step` enters the task; `first` on its first step.
    TaskStep {
        task: Label,
        first: bool,
    },
    /// The step ended with the task waiting on `on` (`_fut_waiter`),
    /// suspended at `line` of the program (0 if inside the library).
    TaskSuspend {
        task: Label,
        on: Label,
        line: u32,
    },
    /// The step ended with a bare `yield` (`sleep(0)`): `__step` is
    /// scheduled again.
    TaskYield {
        task: Label,
        line: u32,
    },
    /// The task's coroutine returned, raised or was cancelled.
    TaskDone {
        task: Label,
        outcome: Outcome,
        detail: Label,
    },
    FutureCreated {
        future: Label,
    },
    FutureDone {
        future: Label,
        outcome: Outcome,
        detail: Label,
    },
    /// `add_done_callback(callback)` on a pending future.
    CallbackAdded {
        future: Label,
        callback: Label,
    },
    /// Bytes `start..start + len` of stdout (or stderr) were written.
    Output {
        stderr: bool,
        start: u32,
        len: u32,
    },
    /// An exception of type `kind` was raised at `line` of the program.
    Exception {
        kind: Label,
        line: u32,
    },
    /// What asyncio or the interpreter reports on stderr: "coroutine … was
    /// never awaited", "Task exception was never retrieved", …
    Diagnostic {
        text: Label,
    },
    /// The run ended; `detail` as `StopKind` says.
    Stop {
        how: StopKind,
        detail: Label,
    },
}

/// The recorded run: line events apart (they are most of the log and need
/// only a step and a line), everything else in order.
#[derive(Clone, Debug, Default)]
pub struct EventLog {
    pub lines: Vec<LineEvent>,
    pub events: Vec<Event>,
    /// Labels, in the order first used (so the log is deterministic).
    pub strings: Vec<Rc<str>>,
    index: HashMap<Rc<str>, Label, FxBuild>,
    /// Each scheduled handle's label by `seq`, from when it was appended to
    /// `_ready` or pushed on `_scheduled` until it runs: a handle is
    /// labelled once, not again when it is popped and when it runs.
    handles: HashMap<u64, Label, FxBuild>,
    /// Where labels are formatted before interning (no allocation for a
    /// label seen before).
    buf: String,
    /// Line events are kept for this file only (not the asyncio library's).
    main_file: Rc<str>,
    /// The clock as last recorded, to notice when it moves.
    clock: f64,
    /// The exception last recorded as raised: one that leaves a native
    /// call is unwound again in its caller, and is still one raise.
    last_raise: Option<ObjRef>,
}

impl EventLog {
    pub fn new(main_file: &str) -> EventLog {
        EventLog {
            main_file: main_file.into(),
            ..Default::default()
        }
    }

    pub fn intern(&mut self, s: &str) -> Label {
        if let Some(&l) = self.index.get(s) {
            return l;
        }
        self.intern_new(s)
    }

    /// Interns what `fill` writes (into a buffer the log reuses).
    fn intern_with(&mut self, fill: impl FnOnce(&mut String)) -> Label {
        let mut buf = std::mem::take(&mut self.buf);
        buf.clear();
        fill(&mut buf);
        let l = self.intern(&buf);
        self.buf = buf;
        l
    }

    /// The recording is over: drop what only recording needs (later
    /// `intern` calls still work, they just no longer share labels with
    /// the recorded ones).
    pub fn seal(&mut self) {
        self.index = HashMap::default();
        self.handles = HashMap::default();
        self.buf = String::new();
    }

    #[inline(never)]
    fn intern_new(&mut self, s: &str) -> Label {
        let rc: Rc<str> = s.into();
        let l = self.strings.len() as Label;
        self.strings.push(rc.clone());
        self.index.insert(rc, l);
        l
    }

    pub fn label(&self, l: Label) -> &str {
        self.strings.get(l as usize).map_or("?", |s| s)
    }

    pub fn push(&mut self, step: u64, kind: EventKind) {
        self.events.push(Event { step, kind });
    }

    /// Called at an instruction that starts a line, before it runs.
    #[inline]
    pub fn line(&mut self, step: u64, code: &Code, ip: usize) {
        if Rc::ptr_eq(&code.filename, &self.main_file) || *code.filename == *self.main_file {
            self.lines.push(LineEvent {
                step,
                line: code.line_at(ip),
            });
        }
    }

    pub fn main_file(&self) -> &str {
        &self.main_file
    }
}

/// What a hook reports; `Vm::note` turns it into events when recording.
pub enum Note<'a> {
    Ready(ObjRef),
    Timer(ObjRef),
    TimerPop(ObjRef),
    Run(ObjRef),
    RunOnce,
    TaskCreated(&'a Value),
    TaskStep(&'a Value),
    /// `Task.__step` is over; the task is done, waiting or rescheduled.
    TaskStepped(&'a Value),
    FutureCreated(&'a Value),
    FutureDone(&'a Value),
    /// The last callback of the future was just added.
    CallbackAdded(&'a Value),
    Output {
        stderr: bool,
        start: usize,
    },
    Raise(&'a Value),
    Diagnostic(&'a str),
    Stall(f64),
}

/// Reprs in the log are cut to this many characters.
const DETAIL_CHARS: usize = 60;

impl Vm {
    /// Records what a hook saw, if a recording is on.
    #[inline]
    pub fn note(&mut self, n: Note) {
        if self.events.is_some() {
            self.record_note(n);
        }
    }

    #[inline(never)]
    fn record_note(&mut self, n: Note) {
        let Some(mut log) = self.events.take() else {
            return;
        };
        let step = self.steps;
        if let Note::Stall(seconds) = n {
            log.clock = self.clock;
            log.push(step, EventKind::Stall { seconds });
        } else if self.clock != log.clock {
            log.clock = self.clock;
            log.push(step, EventKind::Clock { time: self.clock });
        }
        if let Some(kind) = self.note_kind(&mut log, n) {
            log.push(step, kind);
        }
        self.events = Some(log);
    }

    fn note_kind(&self, log: &mut EventLog, n: Note) -> Option<EventKind> {
        Some(match n {
            Note::Ready(h) => {
                let d = self.handle_data(h)?;
                let handle = self.handle_label(log, d);
                EventKind::HandleReady { seq: d.seq, handle }
            }
            Note::Timer(h) | Note::TimerPop(h) => {
                let d = self.handle_data(h)?;
                let handle = self.handle_label(log, d);
                let (seq, when) = (d.seq, d.when.unwrap_or(self.clock));
                if matches!(n, Note::Timer(_)) {
                    EventKind::TimerPush { seq, handle, when }
                } else {
                    EventKind::TimerPop { seq, handle, when }
                }
            }
            Note::Run(h) => {
                let d = self.handle_data(h)?;
                let handle = self.handle_label(log, d);
                log.handles.remove(&d.seq);
                EventKind::HandleRun { seq: d.seq, handle }
            }
            Note::RunOnce => EventKind::RunOnce {
                iteration: self.aio.running.as_ref().map_or(0, |l| l.iteration),
            },
            Note::TaskCreated(t) => {
                let td = self.fut_data(t)?.task.as_ref()?;
                let coro = self.safe_repr(&td.coro, DETAIL_CHARS);
                EventKind::TaskCreated {
                    task: log.intern(&td.name),
                    coro: log.intern(&coro),
                }
            }
            Note::TaskStep(t) => {
                let td = self.fut_data(t)?.task.as_ref()?;
                EventKind::TaskStep {
                    task: log.intern(&td.name),
                    first: td.steps == 1,
                }
            }
            Note::TaskStepped(t) => {
                let f = self.fut_data(t)?;
                let td = f.task.as_ref()?;
                if f.state != FutState::Pending {
                    return None;
                }
                let task = log.intern(&td.name);
                let line = self.suspended_line(&td.coro);
                if td.fut_waiter.is_none() {
                    EventKind::TaskYield { task, line }
                } else {
                    let on = self.label_of(log, &td.fut_waiter);
                    EventKind::TaskSuspend { task, on, line }
                }
            }
            Note::FutureCreated(fut) => {
                let classes = self.aio.classes?;
                if Some(classes.task) == self.class_of_obj(fut) {
                    return None;
                }
                EventKind::FutureCreated {
                    future: self.label_of(log, fut),
                }
            }
            Note::FutureDone(fut) => {
                let f = self.fut_data(fut)?;
                let (outcome, detail) = match f.state {
                    FutState::Pending => return None,
                    FutState::Cancelled => (Outcome::Cancelled, String::new()),
                    FutState::Finished if !f.exception.is_none() => (
                        Outcome::Exception,
                        self.safe_repr(&f.exception, DETAIL_CHARS),
                    ),
                    FutState::Finished => {
                        (Outcome::Result, self.safe_repr(&f.result, DETAIL_CHARS))
                    }
                };
                let detail = log.intern(&detail);
                match &f.task {
                    Some(td) => EventKind::TaskDone {
                        task: log.intern(&td.name),
                        outcome,
                        detail,
                    },
                    None => EventKind::FutureDone {
                        future: self.label_of(log, fut),
                        outcome,
                        detail,
                    },
                }
            }
            Note::CallbackAdded(fut) => {
                let f = self.fut_data(fut)?;
                let cb = f.callbacks.last()?;
                let callback = log.intern_with(|out| self.callback_label_into(cb, out));
                EventKind::CallbackAdded {
                    future: self.label_of(log, fut),
                    callback,
                }
            }
            Note::Output { stderr, start } => {
                let len = if stderr {
                    self.stderr.len()
                } else {
                    self.stdout.len()
                };
                EventKind::Output {
                    stderr,
                    start: start as u32,
                    len: len.saturating_sub(start) as u32,
                }
            }
            Note::Raise(exc) => {
                let f = self.frames.last()?;
                if *f.code.filename != *log.main_file || log.last_raise == exc.as_obj() {
                    return None;
                }
                log.last_raise = exc.as_obj();
                let kind = self.class_name_plain(exc);
                // The machinery of `for` and `return` in generators.
                if matches!(
                    &*kind,
                    "StopIteration" | "StopAsyncIteration" | "GeneratorExit"
                ) {
                    return None;
                }
                EventKind::Exception {
                    kind: log.intern(&kind),
                    line: f.line(),
                }
            }
            Note::Diagnostic(text) => EventKind::Diagnostic {
                text: log.intern(text.lines().next().unwrap_or(text)),
            },
            Note::Stall(_) => return None,
        })
    }

    /// What a handle calls (`Task-2.__step()`), labelled once per handle.
    fn handle_label(&self, log: &mut EventLog, d: &HandleData) -> Label {
        if let Some(&l) = log.handles.get(&d.seq) {
            return l;
        }
        let l = log.intern_with(|out| self.call_label_into(&d.callback, &d.args, out));
        log.handles.insert(d.seq, l);
        l
    }

    /// A future's or task's label (`Future #3`, `Task-2`), interned.
    fn label_of(&self, log: &mut EventLog, v: &Value) -> Label {
        log.intern_with(|out| self.label_into(v, out))
    }

    fn class_of_obj(&self, v: &Value) -> Option<ObjRef> {
        v.as_obj().map(|_| self.class_of(v))
    }
}
