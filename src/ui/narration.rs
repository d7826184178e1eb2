//! The narration line: one plain sentence about the current step.

use leptos::prelude::*;

#[component]
pub fn Narration() -> impl IntoView {
    view! {
        <p class="narration" aria-live="polite" aria-label="Narration">
            "Stepping is not recorded yet: the program runs to the end and its output is shown."
        </p>
    }
}
