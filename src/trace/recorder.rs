//! Recording a run, and seeking in it.

use crate::engine::events::{Event, EventKind, EventLog, StopKind};
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
    /// Natively, a keyframe of a 150-task run (2,000 objects) costs about
    /// what 10,000 steps do to copy and free, and a snapshot of it what
    /// 15,000 do to build: replaying up to 30,000 more keeps a seek near a
    /// millisecond while keyframes add a third to the recording.
    fn default() -> Self {
        RecordOptions {
            keyframe_every: 30_000,
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
    /// Indexes into `log.events` of the task created / done and diagnostic
    /// events: a snapshot reads them up to its step, and they are few
    /// against the whole log.
    pub(super) milestones: Vec<u32>,
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

    /// Runs one slice (about `keyframe_every` steps, or less when the
    /// program imports a module, ending with a keyframe); true once the
    /// program has ended.
    pub fn advance(&mut self) -> bool {
        if self.exit_code.is_some() {
            return true;
        }
        let target = self.session.steps().saturating_add(self.every);
        // In chunks, to notice an import: a replay from before it parses and
        // compiles the module again (`import asyncio`: milliseconds, the
        // cost of a hundred thousand steps), so a keyframe follows it.
        let chunk = (self.every / 8).max(1);
        loop {
            let modules = self.session.vm.modules.len();
            let to = self.session.steps().saturating_add(chunk).min(target);
            match self.session.run_until(to) {
                Status::Paused => {
                    if self.session.steps() >= target || self.session.vm.modules.len() != modules {
                        let keyframe = copy_without_log(&mut self.session);
                        self.keyframes.push(keyframe);
                        return false;
                    }
                }
                Status::Finished(code) => {
                    self.exit_code = Some(code);
                    return true;
                }
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
        log.seal();
        let milestones = log
            .events
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                matches!(
                    e.kind,
                    EventKind::TaskCreated { .. }
                        | EventKind::TaskDone { .. }
                        | EventKind::Diagnostic { .. }
                )
            })
            .map(|(i, _)| i as u32)
            .collect();
        Trace {
            milestones,
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
        Some(Halt::IterationLimit) => (StopKind::Uncaught, last_line()),
        Some(Halt::Deadlock) => (StopKind::Deadlock, last_line()),
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
    /// or before it, replayed. The replay stops with fuel, which works at
    /// any instruction, also inside a native call where a run cannot pause.
    pub fn vm_at(&self, step: u64) -> Vm {
        self.replay(step, true)
    }

    /// The VM at `step` the slow way only, frozen by fuel: the tests check
    /// that it equals the paused replay of `vm_at`.
    pub fn vm_at_by_fuel(&self, step: u64) -> Vm {
        self.replay(step, false)
    }

    /// `vm_at`; `may_pause: false` always takes the frozen copy (the
    /// tests compare the two ways).
    fn replay(&self, step: u64, may_pause: bool) -> Vm {
        if step >= self.last {
            return (*self.end).clone();
        }
        let i = self
            .keyframes
            .partition_point(|k| k.steps() <= step)
            .saturating_sub(1);
        let mut s = self.keyframes[i].clone();
        let stop = step.min(self.fuel);
        s.vm.limits.fuel = stop;
        s.vm.freeze_on_fuel = true;
        // Where the run can pause at exactly `stop`, the session is the
        // state itself: no second copy, no unwinding of a halted run. A
        // pending finalizer would run before the next instruction, as the
        // frozen copy shows it, so that case takes the frozen path.
        if may_pause
            && s.run_until(stop) == Status::Paused
            && s.steps() == stop
            && s.vm.heap.to_finalize.is_empty()
        {
            s.vm.freeze_on_fuel = false;
            return s.vm;
        }
        s.run_until(u64::MAX);
        match s.vm.frozen.take() {
            Some(vm) => *vm,
            // The run ended before the fuel ran out: only when `step` is
            // past a run the fuel stopped (its unwinding).
            None => s.vm,
        }
    }

    /// The task and diagnostic events up to `step`, in order.
    pub(super) fn milestones_to(&self, step: u64) -> impl Iterator<Item = &Event> {
        self.milestones
            .iter()
            .map(|&i| &self.log.events[i as usize])
            .take_while(move |e| e.step <= step)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A step where the replay can pause gives the same state as the
    /// frozen copy taken where it cannot.
    #[test]
    fn pausing_and_freezing_show_the_same_step() {
        let src = "import asyncio\n\nclass A:\n    def __repr__(self):\n        return 'a'\n\n\
                   async def w(n):\n    x = [n, A()]\n    await asyncio.sleep(n / 10)\n    \
                   print(x)\n    return n\n\n\
                   async def main():\n    ts = [asyncio.create_task(w(i)) for i in range(3)]\n    \
                   print(await asyncio.gather(*ts))\n\nasyncio.run(main())\n";
        let opts = RecordOptions { keyframe_every: 50 };
        let t = record("prog.py", src, Limits::default(), &opts);
        assert!(t.last > 500, "{}", t.last);
        assert_eq!(t.exit_code, 0);
        for step in 0..=t.last {
            let (a, b) = (t.replay(step, true), t.replay(step, false));
            assert_eq!(
                Snapshot::build(&t, &a, step),
                Snapshot::build(&t, &b, step),
                "step {step}"
            );
            assert_eq!(a.steps, b.steps, "step {step}");
        }
    }
}
