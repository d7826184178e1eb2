//! The output panel: what the program has written by the current step,
//! stdout then stderr (tracebacks, the event loop's warnings) set apart,
//! and how the run ended. While a long run is being recorded it shows the
//! steps done and a Stop button.
//!
//! Its `data-` attributes are for the browser tests: the run's number, the
//! step shown, the last step and the trace hash.

use leptos::prelude::*;

use super::recording::use_recording;
use super::state::use_page_state;

#[component]
pub fn OutputPanel() -> impl IntoView {
    let rec = use_recording();
    let state = use_page_state();
    let stdout = move || {
        rec.snapshot
            .with(|s| s.as_ref().map(|s| s.stdout.clone()).unwrap_or_default())
    };
    let stderr = move || {
        rec.snapshot
            .with(|s| s.as_ref().map(|s| s.stderr.clone()).unwrap_or_default())
    };
    let run_attr = move |f: fn(&super::recording::ProgramRun) -> String| {
        move || rec.run.with(|r| r.as_ref().map(f))
    };
    view! {
        <section
            class="panel panel-output"
            aria-labelledby="output-title"
            data-run=move || rec.run.with(|r| r.as_ref().map_or(0, |r| r.number))
            data-step=move || rec.snapshot.with(|s| s.as_ref().map(|s| s.step))
            data-last=run_attr(|r| r.last.to_string())
            data-trace-hash=run_attr(|r| r.hash.clone())
        >
            <div class="panel-head">
                <h2 id="output-title" class="panel-title">"Output"</h2>
                <RunStatus />
                // The button stays put while the count changes, so it can be
                // clicked.
                <span class="progress" role="status" class:hidden=move || rec.progress.with(Option::is_none)>
                    {move || rec.progress.get().map(|steps| format!("recording\u{2026} {steps} steps"))}
                </span>
                <button type="button" class="button stop-button" aria-label="Stop the run"
                    class:hidden=move || rec.progress.with(Option::is_none)
                    on:click=move |_| rec.stop(state)>
                    "\u{25a0} Stop"
                </button>
            </div>
            <div class="output" role="log" aria-live="polite">
                <pre class="output-stdout" class:hidden=move || stdout().is_empty()>{stdout}</pre>
                <pre class="output-stderr" class:hidden=move || stderr().is_empty()>{stderr}</pre>
                <p class="placeholder" class:hidden=move || rec.run.with(Option::is_some)>"Running\u{2026}"</p>
            </div>
        </section>
    }
}

/// How the run ended, how long recording it took and how many steps it has.
#[component]
fn RunStatus() -> impl IntoView {
    let run = use_recording().run;
    let status = move || {
        run.with(|r| {
            r.as_ref().map(|r| {
                let ended = match (r.stopped, r.exit_code) {
                    (true, _) => "stopped".to_string(),
                    (false, 0) => "finished".to_string(),
                    (false, code) => format!("exit code {code}"),
                };
                (
                    r.stopped || r.exit_code != 0,
                    format!("{ended} \u{b7} {} steps \u{b7} {:.0} ms", r.last, r.millis),
                )
            })
        })
    };
    view! {
        <span class="run-status" class:run-failed=move || status().is_some_and(|(failed, _)| failed)>
            {move || status().map(|(_, text)| text).unwrap_or_default()}
        </span>
    }
}
