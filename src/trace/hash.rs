//! The trace hash: one number for a recorded run, equal natively and in
//! wasm. It covers the event log (labels by their text, floats by their
//! bits, integers little-endian) and the final output, and nothing that
//! depends on the machine: no pointers, no `HashMap` order.

use crate::engine::events::{EventKind, Outcome, StopKind};

use super::recorder::Trace;

/// FNV-1a, 64 bits: simple, and the same everywhere.
struct Fnv(u64);

impl Fnv {
    fn bytes(&mut self, b: &[u8]) {
        for x in b {
            self.0 ^= *x as u64;
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn u64(&mut self, n: u64) {
        self.bytes(&n.to_le_bytes());
    }

    fn f64(&mut self, x: f64) {
        self.u64(x.to_bits());
    }

    fn str(&mut self, s: &str) {
        self.u64(s.len() as u64);
        self.bytes(s.as_bytes());
    }
}

impl Trace {
    /// The trace hash as 16 hex digits.
    pub fn hash(&self) -> String {
        let mut h = Fnv(0xcbf2_9ce4_8422_2325);
        let log = &self.log;
        for l in &log.lines {
            h.u64(l.step);
            h.u64(l.line as u64);
        }
        for e in &log.events {
            h.u64(e.step);
            let s = |l: u32| log.label(l);
            match e.kind {
                EventKind::RunOnce { iteration } => {
                    h.u64(1);
                    h.u64(iteration);
                }
                EventKind::Clock { time } => {
                    h.u64(2);
                    h.f64(time);
                }
                EventKind::Stall { seconds } => {
                    h.u64(3);
                    h.f64(seconds);
                }
                EventKind::HandleReady { seq, handle } => {
                    h.u64(4);
                    h.u64(seq);
                    h.str(s(handle));
                }
                EventKind::TimerPush { seq, handle, when } => {
                    h.u64(5);
                    h.u64(seq);
                    h.str(s(handle));
                    h.f64(when);
                }
                EventKind::TimerPop { seq, handle, when } => {
                    h.u64(6);
                    h.u64(seq);
                    h.str(s(handle));
                    h.f64(when);
                }
                EventKind::HandleRun { seq, handle } => {
                    h.u64(7);
                    h.u64(seq);
                    h.str(s(handle));
                }
                EventKind::TaskCreated { task, coro } => {
                    h.u64(8);
                    h.str(s(task));
                    h.str(s(coro));
                }
                EventKind::TaskStep { task, first } => {
                    h.u64(9);
                    h.str(s(task));
                    h.u64(first as u64);
                }
                EventKind::TaskSuspend { task, on, line } => {
                    h.u64(10);
                    h.str(s(task));
                    h.str(s(on));
                    h.u64(line as u64);
                }
                EventKind::TaskYield { task, line } => {
                    h.u64(11);
                    h.str(s(task));
                    h.u64(line as u64);
                }
                EventKind::TaskDone {
                    task,
                    outcome,
                    detail,
                } => {
                    h.u64(12);
                    h.str(s(task));
                    h.u64(outcome_code(outcome));
                    h.str(s(detail));
                }
                EventKind::FutureCreated { future } => {
                    h.u64(13);
                    h.str(s(future));
                }
                EventKind::FutureDone {
                    future,
                    outcome,
                    detail,
                } => {
                    h.u64(14);
                    h.str(s(future));
                    h.u64(outcome_code(outcome));
                    h.str(s(detail));
                }
                EventKind::CallbackAdded { future, callback } => {
                    h.u64(15);
                    h.str(s(future));
                    h.str(s(callback));
                }
                EventKind::Output { stderr, start, len } => {
                    h.u64(16);
                    h.u64(stderr as u64);
                    h.u64(start as u64);
                    h.u64(len as u64);
                }
                EventKind::Exception { kind, line } => {
                    h.u64(17);
                    h.str(s(kind));
                    h.u64(line as u64);
                }
                EventKind::Diagnostic { text } => {
                    h.u64(18);
                    h.str(s(text));
                }
                EventKind::Stop { how, detail } => {
                    h.u64(19);
                    h.u64(stop_code(how));
                    h.str(s(detail));
                }
            }
        }
        h.bytes(self.stdout());
        h.bytes(self.stderr());
        h.u64(self.exit_code as i64 as u64);
        format!("{:016x}", h.0)
    }
}

fn outcome_code(o: Outcome) -> u64 {
    match o {
        Outcome::Result => 0,
        Outcome::Exception => 1,
        Outcome::Cancelled => 2,
    }
}

fn stop_code(s: StopKind) -> u64 {
    match s {
        StopKind::Exit => 0,
        StopKind::Uncaught => 1,
        StopKind::Deadlock => 2,
        StopKind::OutOfFuel => 3,
        StopKind::OutputLimit => 4,
        StopKind::HeapLimit => 5,
        StopKind::Stopped => 6,
    }
}
