//! The editor's line numbers. The line with the error is marked, each
//! task's current line carries a dot in its colour, and a click toggles a
//! breakpoint (the gutter is for the mouse; the editor's text is what
//! screen readers get).

use leptos::html;
use leptos::prelude::*;

use super::colours::colour_class;
use super::state::use_page_state;

/// At most this many task dots on one line.
const MAX_DOTS: usize = 3;

#[component]
pub fn Gutter(
    lines: Memo<usize>,
    error_line: Signal<Option<u32>>,
    /// `(line, task)` for every live task, in task order.
    markers: Memo<Vec<(u32, String)>>,
    gutter_ref: NodeRef<html::Div>,
) -> impl IntoView {
    let state = use_page_state();
    view! {
        <div class="code-gutter" aria-hidden="true" node_ref=gutter_ref>
            <For each=move || 1..=lines.get() key=|n| *n let:n>
                <div
                    class="gutter-line"
                    class:gutter-error=move || error_line.get() == Some(n as u32)
                    class:gutter-breakpoint=move || state.breakpoints.with(|b| b.contains(&(n as u32)))
                    title="Toggle a breakpoint"
                    on:click=move |_| state.toggle_breakpoint(n as u32)
                >
                    <span class="gutter-markers">
                        {move || {
                            markers.with(|m| {
                                m.iter()
                                    .filter(|(l, _)| *l == n as u32)
                                    .take(MAX_DOTS)
                                    .map(|(_, task)| view! { <span class=format!("marker {}", colour_class(task)) title=task.clone()></span> })
                                    .collect_view()
                            })
                        }}
                    </span>
                    {n}
                </div>
            </For>
        </div>
    }
}
