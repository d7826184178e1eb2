//! The output panel: what the program wrote to stdout, then to stderr
//! (tracebacks, the event loop's warnings) set apart.

use leptos::prelude::*;

use super::runner::ProgramRun;

#[component]
pub fn OutputPanel(run: ReadSignal<Option<ProgramRun>>) -> impl IntoView {
    let text = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();
    let stdout = move || {
        run.with(|r| {
            r.as_ref()
                .map(|r| text(&r.output.stdout))
                .unwrap_or_default()
        })
    };
    let stderr = move || {
        run.with(|r| {
            r.as_ref()
                .map(|r| text(&r.output.stderr))
                .unwrap_or_default()
        })
    };
    view! {
        <section
            class="panel panel-output"
            aria-labelledby="output-title"
            data-run=move || run.with(|r| r.as_ref().map_or(0, |r| r.number))
        >
            <div class="panel-head">
                <h2 id="output-title" class="panel-title">"Output"</h2>
                <RunStatus run=run />
            </div>
            <div class="output" role="log" aria-live="polite">
                <pre class="output-stdout" class:hidden=move || stdout().is_empty()>{stdout}</pre>
                <pre class="output-stderr" class:hidden=move || stderr().is_empty()>{stderr}</pre>
                <p class="placeholder" class:hidden=move || run.with(Option::is_some)>"Running…"</p>
            </div>
        </section>
    }
}

/// How the last run ended and how long it took.
#[component]
fn RunStatus(run: ReadSignal<Option<ProgramRun>>) -> impl IntoView {
    let status = move || {
        run.with(|r| {
            r.as_ref().map(|r| {
                let ended = match r.output.exit_code {
                    0 => "finished".to_string(),
                    code => format!("exit code {code}"),
                };
                (
                    r.output.exit_code != 0,
                    format!("{ended} · {:.0} ms", r.millis),
                )
            })
        })
    };
    view! {
        <span
            class="run-status"
            class:run-failed=move || status().is_some_and(|(failed, _)| failed)
        >
            {move || status().map(|(_, text)| text).unwrap_or_default()}
        </span>
    }
}
