//! Recording a run, and seeking in it.

use crate::engine::events::{EventKind, EventLog, StopKind};
use crate::engine::run::{Session, Status};
use crate::engine::vm::{Halt, Limits, Vm};

use super::snapshot::Snapshot;

/// How a recording is made.
#[derive(Clone, Debug)]
pub struct RecordOptions {
    /// A keyframe is kept at the first pause point after every this many
    /// steps: more keyframes, faster seeks, more memory.
    pub keyframe_every: u64,
}

impl Default for RecordOptions {
    fn default() -> Self {
        RecordOptions {
            keyframe_every: 20_000,
        }
    }
}

/// A recorded run: its event log, its keyframes and how it ended.
pub struct Trace {
    pub log: EventLog,
    /// Copies of the run, in step order; the first is step 0.
    keyframes: Vec<Session>,
    /// The run as it ended (output, exit code, what was left).
    end: Box<Vm>,
    /// The fuel the run had: a replay never goes past it.
    fuel: u64,
    /// The last step: the state once the program has ended.
    pub last: u64,
    pub exit_code: i32,
}

/// Runs `source` to its end, recording it.
pub fn record(filename: &str, source: &str, limits: Limits, opts: &RecordOptions) -> Trace {
    let mut recorder = Recorder::start(filename, source, limits, opts);
    while !recorder.advance() {}
    recorder.finish()
}

/// A recording in progress, made a slice at a time: the page records in
/// slices between which the browser gets to paint and take input, and
/// can stop a long run and keep what it has.
pub struct Recorder {
    session: Session,
    keyframes: Vec<Session>,
    every: u64,
    fuel: u64,
    /// The exit code, once the program has ended.
    exit_code: Option<i32>,
}

impl Recorder {
    pub fn start(filename: &str, source: &str, limits: Limits, opts: &RecordOptions) -> Recorder {
        let fuel = limits.fuel;
        let mut session = Session::start(filename, source, limits);
        session.vm.events = Some(Box::new(EventLog::new(filename)));
        let keyframes = vec![copy_without_log(&mut session)];
        Recorder {
            session,
            keyframes,
            every: opts.keyframe_every.max(1),
            fuel,
            exit_code: None,
        }
    }

    /// Runs one slice (about `keyframe_every` steps, ending with a
    /// keyframe); true once the program has ended.
    pub fn advance(&mut self) -> bool {
        if self.exit_code.is_some() {
            return true;
        }
        let target = self.session.steps().saturating_add(self.every);
        match self.session.run_until(target) {
            Status::Paused => {
                let keyframe = copy_without_log(&mut self.session);
                self.keyframes.push(keyframe);
                false
            }
            Status::Finished(code) => {
                self.exit_code = Some(code);
                true
            }
        }
    }

    /// The program has ended (the trace will be of the whole run).
    pub fn is_finished(&self) -> bool {
        self.exit_code.is_some()
    }

    /// Steps recorded so far.
    pub fn steps(&self) -> u64 {
        self.session.steps()
    }

    /// The trace: of the whole run once [`advance`](Self::advance) has
    /// returned true, else of the run so far, ending with a `Stopped` event.
    pub fn finish(self) -> Trace {
        let mut vm = self.session.vm;
        let mut log = *vm.events.take().expect("recording was on");
        let last = vm.steps;
        let (exit_code, (how, detail)) = match self.exit_code {
            Some(code) => (code, stop_of(&vm, code)),
            None => (-1, (StopKind::Stopped, last.to_string())),
        };
        let detail = log.intern(&detail);
        log.push(last, EventKind::Stop { how, detail });
        Trace {
            log,
            keyframes: self.keyframes,
            end: Box::new(vm),
            fuel: self.fuel,
            last,
            exit_code,
        }
    }
}

/// A keyframe must not carry the log (the trace keeps one log).
fn copy_without_log(session: &mut Session) -> Session {
    let log = session.vm.events.take();
    let copy = session.clone();
    session.vm.events = log;
    copy
}

fn stop_of(vm: &Vm, exit_code: i32) -> (StopKind, String) {
    let last_line = || {
        String::from_utf8_lossy(&vm.stderr)
            .lines()
            .last()
            .unwrap_or("")
            .to_string()
    };
    match vm.halt {
        Some(Halt::OutOfFuel) => (StopKind::OutOfFuel, vm.limits.fuel.to_string()),
        Some(Halt::OutputLimit) => (StopKind::OutputLimit, last_line()),
        Some(Halt::HeapLimit) => (StopKind::HeapLimit, last_line()),
        None if vm.deadlocked => (StopKind::Deadlock, last_line()),
        None if exit_code != 0 && !vm.stderr.is_empty() => (StopKind::Uncaught, last_line()),
        None => (StopKind::Exit, exit_code.to_string()),
    }
}

impl Trace {
    /// The state after `step` instructions (clamped to the run), as the
    /// page shows it.
    pub fn seek(&self, step: u64) -> Snapshot {
        let step = step.min(self.last);
        let vm = self.vm_at(step);
        Snapshot::build(self, &vm, step)
    }

    /// The VM after `step` instructions: a copy of the nearest keyframe at
    /// or before it, replayed.
    ///
    /// The replay first tries to pause at `step`, which works between two
    /// instructions of the main run loop (most steps): the paused copy is
    /// then the state. Otherwise it replays again and stops with fuel,
    /// which works at any instruction, also inside a native call where a
    /// run cannot pause, but costs a second copy of the VM (the freeze)
    /// and the unwinding of the stopped run.
    pub fn vm_at(&self, step: u64) -> Vm {
        if step >= self.last {
            return (*self.end).clone();
        }
        let i = self.keyframe_before(step);
        let mut s = self.keyframes[i].clone();
        // Pending finalizers run before the next instruction counts: the
        // fuel path shows them run, a pause would show them pending.
        if step <= self.fuel
            && s.run_until(step) == Status::Paused
            && s.steps() == step
            && s.vm.heap.to_finalize.is_empty()
        {
            return s.vm;
        }
        self.vm_at_by_fuel(step)
    }

    /// [`vm_at`](Self::vm_at) by fuel alone: what the pause must agree
    /// with (tests/trace.rs).
    pub fn vm_at_by_fuel(&self, step: u64) -> Vm {
        if step >= self.last {
            return (*self.end).clone();
        }
        let mut s = self.keyframes[self.keyframe_before(step)].clone();
        let stop = step.min(self.fuel);
        s.vm.limits.fuel = stop;
        s.vm.freeze_on_fuel = true;
        s.run_until(u64::MAX);
        match s.vm.frozen.take() {
            Some(vm) => *vm,
            // The run ended before the fuel ran out: only when `step` is
            // past a run the fuel stopped (its unwinding).
            None => s.vm,
        }
    }

    /// The last keyframe at or before `step`.
    fn keyframe_before(&self, step: u64) -> usize {
        self.keyframes
            .partition_point(|k| k.steps() <= step)
            .saturating_sub(1)
    }

    /// How many keyframes the recording kept.
    pub fn keyframes(&self) -> usize {
        self.keyframes.len()
    }

    /// The steps at which keyframes were taken.
    pub fn keyframe_steps(&self) -> Vec<u64> {
        self.keyframes.iter().map(|k| k.steps()).collect()
    }

    pub fn stdout(&self) -> &[u8] {
        &self.end.stdout
    }

    pub fn stderr(&self) -> &[u8] {
        &self.end.stderr
    }

    /// The output bytes an `Output` event refers to.
    pub fn output_text(&self, stderr: bool, start: u32, len: u32) -> String {
        let buf = if stderr {
            &self.end.stderr
        } else {
            &self.end.stdout
        };
        let (a, b) = (start as usize, start as usize + len as usize);
        String::from_utf8_lossy(buf.get(a..b.min(buf.len())).unwrap_or(&[])).into_owned()
    }

    /// Bytes the event log takes (events, line events and labels).
    pub fn log_bytes(&self) -> usize {
        self.log.events.len() * std::mem::size_of::<crate::engine::events::Event>()
            + self.log.lines.len() * std::mem::size_of::<crate::engine::events::LineEvent>()
            + self.log.strings.iter().map(|s| s.len() + 16).sum::<usize>()
    }
}
