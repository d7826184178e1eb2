//! The editor's line numbers; the line with the error is marked.

use leptos::html;
use leptos::prelude::*;

#[component]
pub fn Gutter(
    lines: Memo<usize>,
    error_line: Signal<Option<u32>>,
    gutter_ref: NodeRef<html::Div>,
) -> impl IntoView {
    view! {
        <div class="code-gutter" aria-hidden="true" node_ref=gutter_ref>
            <For each=move || 1..=lines.get() key=|n| *n let:n>
                <div
                    class="gutter-line"
                    class:gutter-error=move || error_line.get() == Some(n as u32)
                >
                    {n}
                </div>
            </For>
        </div>
    }
}
