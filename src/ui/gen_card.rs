//! A bare generator's or coroutine's card (one no task drives): its kind,
//! name, state, what it delegates to and its frame, updated in place.

use leptos::prelude::*;

use super::frames::Frames;
use super::recording::use_recording;
use crate::trace::GenSnap;

#[component]
pub fn GenCard(
    /// The generator at the current step; `None` while the card goes away.
    generator: RwSignal<Option<GenSnap>>,
    name: String,
) -> impl IntoView {
    let quick = use_recording().quick_steps();
    let kind = move || generator.with(|g| g.as_ref().map_or("", |g| g.kind));
    let state = move || generator.with(|g| g.as_ref().map_or("", |g| g.state));
    let awaits = move || generator.with(|g| g.as_ref().and_then(|g| g.awaits.clone()));
    let frames = Signal::derive(move || {
        generator.with(|g| {
            g.as_ref()
                .and_then(|g| g.frame.clone())
                .into_iter()
                .collect()
        })
    });
    view! {
        <li class="card gen-card" class:skip-entry=quick>
            <div class="card-head">
                <span class="card-kind">{kind}</span>
                <span class="card-name">{name}</span>
                <span class="badge badge-gen">{state}</span>
            </div>
            {move || awaits().map(|a| view! { <p class="card-line">"delegates to " <code>{a}</code></p> })}
            <Frames frames=frames />
        </li>
    }
}
