//! The narration line: one plain sentence about the current step.

use leptos::prelude::*;

use super::recording::use_recording;

#[component]
pub fn Narration() -> impl IntoView {
    let rec = use_recording();
    let text = move || {
        rec.snapshot.with(|s| match s {
            Some(s) if !s.narration.is_empty() => s.narration.clone(),
            Some(_) => {
                "Before the first instruction: press \u{25b7} or \u{2192} to step.".to_string()
            }
            None => "Recording the run\u{2026}".to_string(),
        })
    };
    view! {
        <p class="narration" aria-live="polite" aria-label="Narration">{text}</p>
    }
}
