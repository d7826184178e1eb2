//! A state badge: a word and a shape as well as a colour, so it reads
//! without colour vision.

use leptos::prelude::*;

/// The shape shown before each state's word.
fn shape(state: &str) -> &'static str {
    match state {
        "running" => "\u{25b6}",
        "ready" => "\u{25cb}",
        "waiting" | "pending" => "\u{25d4}",
        "done" | "finished" => "\u{2713}",
        "cancelled" => "\u{2715}",
        "failed" => "!",
        _ => "\u{b7}",
    }
}

#[component]
pub fn StateBadge(state: &'static str) -> impl IntoView {
    view! {
        <span class=format!("badge badge-{state}")>
            <span aria-hidden="true">{shape(state)}" "</span>
            {state}
        </span>
    }
}
