//! Timeline data: for every task, when it ran, waited, was ready or was
//! stalled, over step indexes and over virtual time.

use crate::engine::events::EventKind;

use super::recorder::Trace;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SegmentKind {
    /// Its `__step` runs.
    Running,
    /// A `__step` or `__wakeup` for it waits in `_ready`.
    Ready,
    /// Suspended on a future.
    Waiting,
    /// Running, but blocked in `time.sleep`: the whole loop stands still
    /// while the clock moves.
    Stalled,
}

/// One interval of one task.
#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    pub task: String,
    pub kind: SegmentKind,
    pub from_step: u64,
    pub to_step: u64,
    pub from_time: f64,
    pub to_time: f64,
}

impl Trace {
    /// The steps where the virtual clock moved, with the time it moved to:
    /// the timeline's time marks.
    pub fn clock_marks(&self) -> Vec<(u64, f64)> {
        let mut clock = 0.0;
        let mut out = Vec::new();
        for e in &self.log.events {
            match e.kind {
                EventKind::Clock { time } => clock = time,
                EventKind::Stall { seconds } => clock += seconds,
                _ => continue,
            }
            out.push((e.step, clock));
        }
        out
    }

    /// Every task's intervals, in the order they start.
    pub fn timeline(&self) -> Vec<Segment> {
        let mut out = Vec::new();
        // Open intervals: (task, kind, from_step, from_time).
        let mut open: Vec<(String, SegmentKind, u64, f64)> = Vec::new();
        let mut clock = 0.0;
        let log = &self.log;
        let close = |open: &mut Vec<(String, SegmentKind, u64, f64)>,
                     out: &mut Vec<Segment>,
                     task: &str,
                     step: u64,
                     time: f64| {
            if let Some(i) = open.iter().position(|o| o.0 == task) {
                let (task, kind, from_step, from_time) = open.remove(i);
                out.push(Segment {
                    task,
                    kind,
                    from_step,
                    to_step: step,
                    from_time,
                    to_time: time,
                });
            }
        };
        for e in &log.events {
            let s = e.step;
            match e.kind {
                EventKind::Clock { time } => clock = time,
                EventKind::Stall { seconds } => {
                    let running: Vec<String> = open
                        .iter()
                        .filter(|o| o.1 == SegmentKind::Running)
                        .map(|o| o.0.clone())
                        .collect();
                    for t in running {
                        close(&mut open, &mut out, &t, s, clock);
                        out.push(Segment {
                            task: t.clone(),
                            kind: SegmentKind::Stalled,
                            from_step: s,
                            to_step: s,
                            from_time: clock,
                            to_time: clock + seconds,
                        });
                        open.push((t, SegmentKind::Running, s, clock + seconds));
                    }
                    clock += seconds;
                }
                EventKind::TaskCreated { task, .. } => {
                    open.push((log.label(task).to_string(), SegmentKind::Ready, s, clock));
                }
                EventKind::HandleReady { handle, .. } => {
                    // `Task-2.__wakeup(…)` or `Task-2.__step()`.
                    let h = log.label(handle);
                    if let Some((task, rest)) = h.split_once('.')
                        && (rest.starts_with("__wakeup(") || rest.starts_with("__step("))
                        && open
                            .iter()
                            .any(|o| o.0 == task && o.1 == SegmentKind::Waiting)
                    {
                        close(&mut open, &mut out, task, s, clock);
                        open.push((task.to_string(), SegmentKind::Ready, s, clock));
                    }
                }
                EventKind::TaskStep { task, .. } => {
                    let t = log.label(task);
                    close(&mut open, &mut out, t, s, clock);
                    open.push((t.to_string(), SegmentKind::Running, s, clock));
                }
                EventKind::TaskSuspend { task, .. } => {
                    let t = log.label(task);
                    close(&mut open, &mut out, t, s, clock);
                    open.push((t.to_string(), SegmentKind::Waiting, s, clock));
                }
                EventKind::TaskYield { task, .. } => {
                    let t = log.label(task);
                    close(&mut open, &mut out, t, s, clock);
                    open.push((t.to_string(), SegmentKind::Ready, s, clock));
                }
                EventKind::TaskDone { task, .. } => {
                    close(&mut open, &mut out, log.label(task), s, clock);
                }
                _ => {}
            }
        }
        let end = self.last;
        for (task, kind, from_step, from_time) in open {
            out.push(Segment {
                task,
                kind,
                from_step,
                to_step: end,
                from_time,
                to_time: clock,
            });
        }
        out.sort_by_key(|s| s.from_step);
        out
    }
}
