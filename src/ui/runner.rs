//! Running the editor's program: on load, 400 ms after the last edit, and
//! when asked (the Run button, Ctrl-Enter).
//!
//! The run is synchronous on the main thread with the engine's default
//! limits, so a runaway loop stops after its fuel instead of hanging the
//! page.

use std::time::Duration;

use leptos::prelude::*;

use crate::editing::{Diagnostic, check};
use crate::engine::run::{RunOutput, run_source};
use crate::engine::vm::Limits;

/// The name the program runs under, as in its tracebacks.
pub const FILENAME: &str = "main.py";

/// How long the editor must be quiet before an edit re-runs the program.
const DEBOUNCE: Duration = Duration::from_millis(400);

/// One finished run of the program.
#[derive(Clone, Debug, PartialEq)]
pub struct ProgramRun {
    /// Counts the page's runs from 1; shown as `data-run` on the output
    /// panel, so a test can tell a new run from the last one.
    pub number: u32,
    /// The program that ran: an error's offsets refer to this text.
    pub source: String,
    /// The file name it ran under (a scenario runs under its own).
    pub filename: String,
    pub output: RunOutput,
    /// The error to underline in the editor, if the program has one.
    pub diagnostic: Option<Diagnostic>,
    /// Wall-clock time of the run, for the output panel's status line.
    pub millis: f64,
}

/// Runs `source` as `filename` to the end as run `number`.
pub fn run_program(number: u32, filename: &str, source: &str) -> ProgramRun {
    let started = now();
    let diagnostic = check(source);
    let output = run_source(filename, source, Limits::default());
    ProgramRun {
        number,
        source: source.to_string(),
        filename: filename.to_string(),
        output,
        diagnostic,
        millis: now() - started,
    }
}

fn now() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}

/// Keeps the latest run of `source` (as `filename`) up to date: returns it
/// and a function that runs the program at once.
pub fn use_runner(
    source: ReadSignal<String>,
    filename: Signal<String>,
) -> (ReadSignal<Option<ProgramRun>>, impl Fn() + Copy) {
    let (run, set_run) = signal(None::<ProgramRun>);
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let cancel = move || {
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        pending.set_value(None);
    };
    let run_now = move || {
        cancel();
        let number = run.with_untracked(|r| r.as_ref().map_or(1, |r| r.number + 1));
        let program = source.get_untracked();
        set_run.set(Some(run_program(
            number,
            &filename.get_untracked(),
            &program,
        )));
    };
    // The first run waits for the page to paint; later ones for a pause in
    // typing.
    Effect::new(move |previous: Option<()>| {
        source.track();
        filename.track();
        cancel();
        // Opening a link runs its program at once; nothing is left to do.
        let done = run.with_untracked(|r| {
            r.as_ref().is_some_and(|r| {
                source.with_untracked(|s| *s == r.source)
                    && filename.with_untracked(|f| *f == r.filename)
            })
        });
        if done {
            return;
        }
        let delay = if previous.is_some() {
            DEBOUNCE
        } else {
            Duration::ZERO
        };
        pending.set_value(set_timeout_with_handle(run_now, delay).ok());
    });
    (run, run_now)
}
