//! Moving through a trace: the four step granularities, breakpoints and
//! "run to the next event of a kind".
//!
//! Every position is a step index (instructions executed). A granularity
//! is the set of indexes where something of its kind begins:
//! - `Line`: the state just before a line of the program starts;
//! - `Callback`: just before `_run_once` calls a ready handle's callback
//!   (the handle has left `_ready`);
//! - `Iteration`: where a `_run_once` pass begins;
//! - `Bytecode`: every index.
//!
//! Step 0 and the last step belong to every granularity, so stepping
//! always reaches both ends.

use crate::engine::events::EventKind;

use super::recorder::Trace;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Granularity {
    Line,
    Callback,
    Iteration,
    Bytecode,
}

impl Granularity {
    pub fn parse(s: &str) -> Option<Granularity> {
        Some(match s {
            "line" => Granularity::Line,
            "callback" => Granularity::Callback,
            "iteration" => Granularity::Iteration,
            "bytecode" => Granularity::Bytecode,
            _ => return None,
        })
    }
}

/// Kinds of event "run to the next …" stops at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Until {
    /// A task resumes after waiting (`__step` or `__wakeup`, not its first).
    WakeUp,
    /// A task other than the last one to run starts a step.
    TaskSwitch,
    /// A future or task gets its result, exception or cancellation.
    FutureResolved,
    /// The program writes output.
    Output,
}

impl Trace {
    /// The step indexes of a granularity, in order (without the implicit
    /// first and last step).
    pub fn positions(&self, g: Granularity) -> Vec<u64> {
        let mut out: Vec<u64> = match g {
            Granularity::Bytecode => return (0..=self.last).collect(),
            Granularity::Line => self.log.lines.iter().map(|l| l.step).collect(),
            Granularity::Callback => self
                .log
                .events
                .iter()
                .filter(|e| matches!(e.kind, EventKind::HandleRun { .. }))
                .map(|e| e.step)
                .collect(),
            Granularity::Iteration => self
                .log
                .events
                .iter()
                .filter(|e| matches!(e.kind, EventKind::RunOnce { .. }))
                .map(|e| e.step)
                .collect(),
        };
        out.dedup();
        out
    }

    /// The next position after `from` at granularity `g` (the last step if
    /// there is none).
    pub fn next(&self, from: u64, g: Granularity) -> u64 {
        let found = match g {
            Granularity::Bytecode => Some(from + 1),
            Granularity::Line => {
                let i = self.log.lines.partition_point(|l| l.step <= from);
                self.log.lines.get(i).map(|l| l.step)
            }
            _ => {
                let i = self.log.events.partition_point(|e| e.step <= from);
                self.log.events[i..]
                    .iter()
                    .find(|e| is_boundary(&e.kind, g))
                    .map(|e| e.step)
            }
        };
        found.unwrap_or(self.last).min(self.last)
    }

    /// The previous position before `from` at granularity `g` (step 0 if
    /// there is none).
    pub fn prev(&self, from: u64, g: Granularity) -> u64 {
        let from = from.min(self.last);
        match g {
            Granularity::Bytecode => from.saturating_sub(1),
            Granularity::Line => {
                let i = self.log.lines.partition_point(|l| l.step < from);
                i.checked_sub(1).map_or(0, |i| self.log.lines[i].step)
            }
            _ => {
                let i = self.log.events.partition_point(|e| e.step < from);
                self.log.events[..i]
                    .iter()
                    .rev()
                    .find(|e| is_boundary(&e.kind, g))
                    .map_or(0, |e| e.step)
            }
        }
    }

    /// The next step after `from` where one of `lines` is about to run.
    pub fn next_breakpoint(&self, from: u64, lines: &[u32]) -> Option<u64> {
        let i = self.log.lines.partition_point(|l| l.step <= from);
        self.log.lines[i..]
            .iter()
            .find(|l| lines.contains(&l.line))
            .map(|l| l.step)
    }

    /// The last step before `from` where one of `lines` is about to run.
    pub fn prev_breakpoint(&self, from: u64, lines: &[u32]) -> Option<u64> {
        let i = self.log.lines.partition_point(|l| l.step < from);
        self.log.lines[..i]
            .iter()
            .rev()
            .find(|l| lines.contains(&l.line))
            .map(|l| l.step)
    }

    /// The next step after `from` where an event of the kind happens.
    pub fn next_event(&self, from: u64, until: Until) -> Option<u64> {
        let i = self.log.events.partition_point(|e| e.step <= from);
        let mut last_task = self.log.events[..i]
            .iter()
            .rev()
            .find_map(|e| match e.kind {
                EventKind::TaskStep { task, .. } => Some(task),
                _ => None,
            });
        for e in &self.log.events[i..] {
            let hit = match (until, e.kind) {
                (Until::WakeUp, EventKind::TaskStep { first, .. }) => !first,
                (Until::TaskSwitch, EventKind::TaskStep { task, .. }) => {
                    let switch = last_task.is_some_and(|t| t != task);
                    last_task = Some(task);
                    switch
                }
                (
                    Until::FutureResolved,
                    EventKind::FutureDone { .. } | EventKind::TaskDone { .. },
                ) => true,
                (Until::Output, EventKind::Output { .. }) => true,
                _ => false,
            };
            if hit {
                return Some(e.step);
            }
        }
        None
    }
}

fn is_boundary(kind: &EventKind, g: Granularity) -> bool {
    match g {
        Granularity::Callback => matches!(kind, EventKind::HandleRun { .. }),
        Granularity::Iteration => matches!(kind, EventKind::RunOnce { .. }),
        _ => false,
    }
}
