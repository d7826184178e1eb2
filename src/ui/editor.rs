//! The program editor: a plain `<textarea>` (so typing, selection, undo and
//! screen readers behave as the browser makes them) over a coloured copy of
//! its text, with line numbers beside it.

use leptos::html;
use leptos::prelude::*;

use super::colours::colour_class;
use super::editor_keys::{EditorKeys, on_keydown};
use super::gutter::Gutter;
use super::highlight_layer::HighlightLayer;
use super::recording::{ProgramRun, use_recording};
use crate::editing::Diagnostic;

/// Shows `source`, writes every edit back through `set_source`, and
/// underlines the error of the latest `run` while it still matches the text.
#[component]
pub fn Editor(
    source: ReadSignal<String>,
    set_source: WriteSignal<String>,
    run: RwSignal<Option<ProgramRun>>,
    run_now: Callback<()>,
    /// An embed shows the program read-only until the reader asks to edit.
    #[prop(into, default = Signal::stored(false))]
    read_only: Signal<bool>,
) -> impl IntoView {
    let textarea = NodeRef::<html::Textarea>::new();
    let layer = NodeRef::<html::Pre>::new();
    let gutter = NodeRef::<html::Div>::new();
    let keys = EditorKeys::new(run_now);

    // An older run's offsets would point into the wrong text: the underline
    // waits for the run of what is on screen.
    let diagnostic = Signal::derive(move || {
        run.with(|r| {
            r.as_ref()
                .filter(|r| source.with(|s| *s == r.source))
                .and_then(|r| r.diagnostic.clone())
        })
    });
    let lines = Memo::new(move |_| source.with(|s| s.matches('\n').count() + 1));
    let error_line = Signal::derive(move || diagnostic.with(|d| d.as_ref().map(|d| d.line)));
    let markers = task_markers();

    // The textarea scrolls; the coloured copy and the line numbers follow.
    let sync_scroll = move || {
        let (Some(t), Some(l), Some(g)) = (textarea.get(), layer.get(), gutter.get()) else {
            return;
        };
        l.set_scroll_top(t.scroll_top());
        l.set_scroll_left(t.scroll_left());
        g.set_scroll_top(t.scroll_top());
    };

    view! {
        <section class="panel panel-editor" aria-labelledby="editor-title">
            <div class="panel-head">
                <h2 id="editor-title" class="panel-title">"Program"</h2>
                <button
                    type="button"
                    class="button button-primary run-button"
                    aria-label="Run the program"
                    title="Run (Ctrl+Enter)"
                    on:click=move |_| run_now.run(())
                >
                    "\u{25b6} Run"
                </button>
            </div>
            <div class="code">
                <Gutter lines=lines error_line=error_line markers=markers gutter_ref=gutter />
                <div class="code-body">
                    <HighlightLayer source=source diagnostic=diagnostic layer_ref=layer />
                    <textarea
                        id="editor"
                        class="code-layer code-input"
                        spellcheck="false"
                        autocomplete="off"
                        autocapitalize="off"
                        wrap="off"
                        aria-label="Python program"
                        aria-describedby="editor-help editor-diagnostic"
                        aria-invalid=move || if diagnostic.with(Option::is_some) { "true" } else { "false" }
                        readonly=move || read_only.get()
                        node_ref=textarea
                        prop:value=move || source.get()
                        on:input:target=move |ev| {
                            set_source.set(ev.target().value());
                            sync_scroll();
                        }
                        on:scroll=move |_| sync_scroll()
                        on:keydown=move |ev| {
                            if let Some(t) = textarea.get_untracked() {
                                on_keydown(&ev, &t, &keys);
                            }
                        }
                    ></textarea>
                </div>
            </div>
            <p id="editor-help" class="visually-hidden">
                "Tab indents, Shift+Tab dedents, Ctrl+/ toggles comments, Ctrl+Enter runs. "
                "Press Escape, then Tab, to leave the editor."
            </p>
            <DiagnosticLine diagnostic=diagnostic />
            <TaskLegend markers=markers />
        </section>
    }
}

/// The error in words under the editor, for when its line is scrolled out
/// of sight, and for screen readers.
#[component]
fn DiagnosticLine(diagnostic: Signal<Option<Diagnostic>>) -> impl IntoView {
    view! {
        <p id="editor-diagnostic" class="editor-diagnostic" role="status">
            {move || {
                diagnostic
                    .get()
                    .map(|d| format!("Line {}: {}: {}", d.line, d.kind, d.message))
            }}
        </p>
    }
}

/// Where each live task is in the program (and the main program, when no
/// task runs), for the gutter's dots.
fn task_markers() -> Memo<Vec<(u32, String)>> {
    let rec = use_recording();
    let snapshot = rec.snapshot;
    Memo::new(move |_| {
        snapshot.with(|s| {
            let Some(s) = s else { return Vec::new() };
            let mut out: Vec<(u32, String)> = s
                .tasks
                .iter()
                .filter(|t| matches!(t.state, "running" | "ready" | "waiting"))
                .filter_map(|t| Some((t.line?, t.name.clone())))
                .collect();
            if s.running.is_none()
                && let Some(f) = rec
                    .filename
                    .with(|name| s.stack.iter().rev().find(|f| f.file == *name))
            {
                out.insert(0, (f.line, "main program".to_string()));
            }
            out
        })
    })
}

/// The colours of the tasks with a dot in the gutter.
#[component]
fn TaskLegend(markers: Memo<Vec<(u32, String)>>) -> impl IntoView {
    /// More than this and the legend says how many more.
    const SHOWN: usize = 12;
    // A memo: the markers move at almost every step, the names seldom.
    let items = Memo::new(move |_| {
        markers.with(|m| {
            let mut seen = std::collections::HashSet::new();
            m.iter()
                .filter(|(_, n)| seen.insert(n.as_str()))
                .map(|(_, n)| n.clone())
                .collect::<Vec<String>>()
        })
    });
    view! {
        <ul class="task-legend" aria-label="Task colours">
            {move || {
                let names = items.get();
                let more = names.len().saturating_sub(SHOWN);
                let shown = names
                    .into_iter()
                    .take(SHOWN)
                    .map(|n| { let class = format!("legend-item {}", colour_class(&n)); view! { <li class=class><span class="marker" aria-hidden="true"></span>{n}</li> } })
                    .collect_view();
                (shown, (more > 0).then(|| view! { <li class="legend-item">{format!("+{more} more")}</li> }))
            }}
        </ul>
    }
}
