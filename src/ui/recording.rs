//! Recording the editor's program: on load, 400 ms after the last edit,
//! and when asked (the Run button, Ctrl-Enter).
//!
//! The trace is recorded a slice at a time ([`Recorder::advance`]); after
//! each ~25 ms of work the page hands the main thread back to the browser
//! with a zero timeout, so a long run never freezes it. While that goes on
//! the output panel shows the steps done and a Stop button, which ends the
//! recording and keeps the run so far.

use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;

use super::state::PageState;
use crate::editing::{Diagnostic, check};
use crate::engine::vm::Limits;
use crate::trace::{RecordOptions, Recorder, Segment, Snapshot, Trace};

/// The name a program runs under, as in its tracebacks, unless it is a
/// gallery scenario (which runs under its own, as CPython ran it).
pub const FILENAME: &str = "main.py";

/// How long the editor must be quiet before an edit re-runs the program.
const DEBOUNCE: Duration = Duration::from_millis(400);

/// Work done in one go before the browser gets the main thread back.
const SLICE_MILLIS: f64 = 25.0;

/// Steps closer together than this (a held key, playing at 4× or 8×)
/// show new items without their entry animation (`skip-entry` in
/// main.css): the 180 ms animations would pile up, half-faded, and hide
/// the state, and each would keep the browser drawing frames.
const QUICK_STEPS_MILLIS: f64 = 100.0;

/// Steps between keyframes: a seek replays at most this many, which keeps
/// one step of a 200-task program within a few milliseconds in wasm.
const KEYFRAME_EVERY: u64 = 5_000;

/// One recorded run of the program, with what the page derives from its
/// trace once (not per step).
#[derive(Clone, Debug, PartialEq)]
pub struct ProgramRun {
    /// Counts the page's runs from 1; shown as `data-run` on the output
    /// panel, so a test can tell a new run from the last one.
    pub number: u32,
    /// The program that ran: an error's offsets refer to this text.
    pub source: String,
    /// The file name it ran under.
    pub filename: String,
    /// The error to underline in the editor, if the program has one.
    pub diagnostic: Option<Diagnostic>,
    /// Wall-clock time of the recording.
    pub millis: f64,
    /// The last step.
    pub last: u64,
    pub exit_code: i32,
    /// The Stop button ended it before the program did.
    pub stopped: bool,
    /// `Trace::hash`, shown as `data-trace-hash` for the tests.
    pub hash: String,
    pub timeline: Vec<Segment>,
    /// Steps where the virtual clock moved, with the new time.
    pub clock_marks: Vec<(u64, f64)>,
}

/// The recording and what it shows: provided as context by `App`.
#[derive(Clone, Copy)]
pub struct Recording {
    /// The latest finished run.
    pub run: RwSignal<Option<ProgramRun>>,
    /// Steps done while a recording is in progress.
    pub progress: RwSignal<Option<u64>>,
    /// The trace of the latest run (not `Send`: it holds the engine).
    pub trace: RwSignal<Option<Rc<Trace>>, LocalStorage>,
    /// The state at the page's step.
    pub snapshot: Memo<Option<Snapshot>>,
    /// The file name programs run under; frames of the program carry it.
    pub filename: Signal<String>,
    /// The step shown came within `QUICK_STEPS_MILLIS` of the one before.
    quick: StoredValue<bool>,
    /// The program and file name of the latest recording started, so a
    /// change that asks for the same one (a link opened, then recorded at
    /// once) does not record it twice.
    recorded: StoredValue<Option<(String, String)>>,
    recorder: StoredValue<Option<Recorder>, LocalStorage>,
    /// Bumped by every new recording, so an older one's slices stop.
    generation: StoredValue<u32>,
    started: StoredValue<f64>,
    pending: StoredValue<Option<TimeoutHandle>>,
}

pub fn use_recording() -> Recording {
    expect_context::<Recording>()
}

fn now() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}

impl Recording {
    /// Sets up recording `state.program` as `filename`: at once when the
    /// page opens, then after each pause in typing.
    pub fn new(state: PageState, filename: Signal<String>) -> Recording {
        let trace = RwSignal::new_local(None::<Rc<Trace>>);
        let step = state.step;
        let quick = StoredValue::new(false);
        let shown_at = StoredValue::new(f64::NEG_INFINITY);
        let snapshot = Memo::new(move |_| {
            let step = step.get();
            // Timed here, as every panel's new items are made from this memo.
            let at = now();
            quick.set_value(at - shown_at.get_value() < QUICK_STEPS_MILLIS);
            shown_at.set_value(at);
            trace.with(|t| t.as_ref().map(|t| t.seek(step)))
        });
        let rec = Recording {
            run: RwSignal::new(None),
            progress: RwSignal::new(None),
            trace,
            snapshot,
            filename,
            quick,
            recorded: StoredValue::new(None),
            recorder: StoredValue::new_local(None),
            generation: StoredValue::new(0),
            started: StoredValue::new(0.0),
            pending: StoredValue::new(None),
        };
        let program = state.program;
        // The first run waits for the page to paint; later ones for a pause
        // in typing.
        Effect::new(move |previous: Option<()>| {
            program.track();
            filename.track();
            let asked = (program.get_untracked(), filename.get_untracked());
            if rec.recorded.with_value(|r| r.as_ref() == Some(&asked)) {
                return;
            }
            rec.cancel_pending();
            let delay = if previous.is_some() {
                DEBOUNCE
            } else {
                Duration::ZERO
            };
            let handle = set_timeout_with_handle(move || rec.start(state), delay).ok();
            rec.pending.set_value(handle);
        });
        rec
    }

    /// Whether items made for the step shown skip their entry animation.
    pub fn quick_steps(&self) -> bool {
        self.quick.get_value()
    }

    fn cancel_pending(&self) {
        if let Some(handle) = self.pending.get_value() {
            handle.clear();
        }
        self.pending.set_value(None);
    }

    /// Starts recording the program now, dropping any recording under way.
    pub fn start(self, state: PageState) {
        self.cancel_pending();
        let source = state.program.get_untracked();
        let filename = self.filename.get_untracked();
        let opts = RecordOptions {
            keyframe_every: KEYFRAME_EVERY,
        };
        let recorder = Recorder::start(&filename, &source, Limits::default(), &opts);
        self.recorded.set_value(Some((source, filename)));
        self.recorder.set_value(Some(recorder));
        self.generation.update_value(|g| *g += 1);
        self.started.set_value(now());
        self.slice(state, self.generation.get_value());
    }

    /// Ends the recording under way, keeping what it has.
    pub fn stop(self, state: PageState) {
        self.finish(state);
    }

    fn slice(self, state: PageState, generation: u32) {
        if self.generation.get_value() != generation {
            return;
        }
        let began = now();
        let done = loop {
            let Some(done) = self
                .recorder
                .try_update_value(|r| r.as_mut().map(Recorder::advance))
                .flatten()
            else {
                return;
            };
            if done || now() - began > SLICE_MILLIS {
                break done;
            }
        };
        if done {
            self.finish(state);
        } else {
            let steps = self
                .recorder
                .with_value(|r| r.as_ref().map_or(0, Recorder::steps));
            self.progress.set(Some(steps));
            set_timeout(move || self.slice(state, generation), Duration::ZERO);
        }
    }

    fn finish(self, state: PageState) {
        let Some(recorder) = self.recorder.try_update_value(Option::take).flatten() else {
            return;
        };
        let stopped = !recorder.is_finished();
        let trace = recorder.finish();
        let Some((source, filename)) = self.recorded.get_value() else {
            return;
        };
        let number = self
            .run
            .with_untracked(|r| r.as_ref().map_or(1, |r| r.number + 1));
        let run = ProgramRun {
            number,
            diagnostic: check(&source),
            source,
            filename,
            millis: now() - self.started.get_value(),
            last: trace.last,
            exit_code: trace.exit_code,
            stopped,
            hash: trace.hash(),
            timeline: trace.timeline(),
            clock_marks: trace.clock_marks(),
        };
        // A link may have asked for a step before the run was recorded.
        if state.step.get_untracked() > trace.last {
            state.step.set(trace.last);
        }
        self.progress.set(None);
        self.trace.set(Some(Rc::new(trace)));
        self.run.set(Some(run));
    }
}
