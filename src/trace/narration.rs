//! Narration: the events of a step told as one sentence, in CPython's
//! vocabulary (`_ready`, `TimerHandle`, `__step`, `__wakeup`).

use crate::engine::events::{EventKind, EventLog, Outcome, StopKind};
use crate::engine::numeric::float_repr::float_repr;
use crate::engine::numeric::str_repr::str_repr;

use super::recorder::Trace;
use super::snapshot::Snapshot;

impl Trace {
    /// What happened from step `from` (exclusive) to step `to`
    /// (inclusive), as one sentence; empty when the loop, the tasks and
    /// the output saw nothing (only lines ran).
    pub fn narrate(&self, from: u64, to: u64) -> String {
        let a = self.log.events.partition_point(|e| e.step <= from);
        let b = self.log.events.partition_point(|e| e.step <= to);
        let clauses: Vec<String> = self.log.events[a..b]
            .iter()
            .filter_map(|e| self.clause(&e.kind))
            .collect();
        sentence(&clauses)
    }

    /// The sentence for a snapshot: the events of its step, or else the
    /// line that runs next and who runs it.
    pub(super) fn narrate_at(&self, snap: &Snapshot) -> String {
        let told = self.narrate(snap.step.saturating_sub(1), snap.step);
        if !told.is_empty() || snap.step == 0 && self.last == 0 {
            return told;
        }
        let who = snap.running.as_deref().unwrap_or("The main program");
        match snap.current_frame(self.log.main_file()) {
            Some(f) if f.function == "<module>" => {
                sentence(&[format!("{who} runs line {} of the module", f.line)])
            }
            Some(f) => sentence(&[format!("{who} runs line {} in {}()", f.line, f.function)]),
            None if snap.running.is_some() => sentence(&[format!("{who} runs asyncio's code")]),
            None => sentence(&["The interpreter runs library code".to_string()]),
        }
    }

    fn clause(&self, kind: &EventKind) -> Option<String> {
        let l = |x| short(&self.log, x);
        Some(match *kind {
            EventKind::RunOnce { iteration } => format!("_run_once begins pass {iteration}"),
            EventKind::Clock { time } => format!("the clock advances to t={}", float_repr(time)),
            EventKind::Stall { seconds } => format!(
                "time.sleep({}) blocks the whole event loop, the clock moves with it",
                float_repr(seconds)
            ),
            EventKind::HandleReady { handle, .. } => format!("{} is appended to _ready", l(handle)),
            EventKind::TimerPush { handle, when, .. } => format!(
                "a TimerHandle is scheduled at t={} to call {}",
                float_repr(when),
                l(handle)
            ),
            EventKind::TimerPop { handle, .. } => {
                format!(
                    "the TimerHandle for {} is due and moves to _ready",
                    l(handle)
                )
            }
            EventKind::HandleRun { handle, .. } => format!("the loop calls {}", l(handle)),
            EventKind::TaskCreated { task, coro } => {
                format!("{} is created to run {}", l(task), l(coro))
            }
            EventKind::TaskStep { task, first: true } => format!("{} starts", l(task)),
            EventKind::TaskStep { task, first: false } => format!("{} resumes", l(task)),
            EventKind::TaskSuspend { task, on, line } => match line {
                0 => format!("{} suspends awaiting {}", l(task), l(on)),
                _ => format!("{} suspends at line {line} awaiting {}", l(task), l(on)),
            },
            EventKind::TaskYield { task, line } => format!(
                "{} yields to the loop at line {line} and its __step goes back on _ready",
                l(task)
            ),
            EventKind::TaskDone {
                task,
                outcome,
                detail,
            } => match outcome {
                Outcome::Result => format!("{} finishes with result {}", l(task), l(detail)),
                Outcome::Exception => format!("{} fails with {}", l(task), l(detail)),
                Outcome::Cancelled => format!("{} is cancelled", l(task)),
            },
            EventKind::FutureCreated { future } => format!("{} is created", l(future)),
            EventKind::FutureDone {
                future,
                outcome,
                detail,
            } => match outcome {
                Outcome::Result => format!("{} gets its result {}", l(future), l(detail)),
                Outcome::Exception => format!("{} gets the exception {}", l(future), l(detail)),
                Outcome::Cancelled => format!("{} is cancelled", l(future)),
            },
            EventKind::CallbackAdded { future, callback } => format!(
                "{} is registered as a done-callback of {}",
                l(callback),
                l(future)
            ),
            EventKind::Output { stderr, start, len } => {
                let text = self.output_text(stderr, start, len);
                let shown = cut(&text, 60);
                if stderr {
                    format!("{} goes to stderr", str_repr(&shown))
                } else {
                    format!("the program prints {}", str_repr(&shown))
                }
            }
            EventKind::Exception { kind, line } => format!("{} is raised at line {line}", l(kind)),
            EventKind::Diagnostic { text } => format!("Python reports \"{}\"", l(text)),
            EventKind::Stop { how, detail } => match how {
                StopKind::Exit => format!("the program ends with exit code {}", l(detail)),
                StopKind::Uncaught => format!("the program stops on an uncaught {}", l(detail)),
                StopKind::Deadlock => {
                    "the run stops: every task waits and nothing can wake them".to_string()
                }
                StopKind::OutOfFuel => format!("the run stops after {} steps", l(detail)),
                StopKind::OutputLimit => "the run stops: too much output".to_string(),
                StopKind::HeapLimit => "the run stops: too many objects".to_string(),
                StopKind::Stopped => format!("the recording was stopped at step {}", l(detail)),
            },
        })
    }
}

/// A label without the library's location (`_set_result_unless_cancelled(
/// Future #3, None)` rather than `… at <asyncio>:612`).
fn short(log: &EventLog, l: u32) -> String {
    let s = log.label(l);
    match s.find(" at <") {
        Some(i) => s[..i].to_string(),
        None => s.to_string(),
    }
}

fn cut(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    s.chars().take(n).collect::<String>() + "…"
}

/// Clauses joined into one sentence: a capital first, a full stop last.
fn sentence(clauses: &[String]) -> String {
    let joined = clauses.join("; ");
    let mut c = joined.chars();
    match c.next() {
        Some(first) => format!("{}{}.", first.to_uppercase(), c.as_str()),
        None => String::new(),
    }
}
