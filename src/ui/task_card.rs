//! A task's card: its colour and name (fixed for the card's life), and
//! its state, what it awaits, its result, frames and done-callbacks, each
//! updated in place as the steps go by.

use leptos::prelude::*;

use super::colours::colour_class;
use super::frames::Frames;
use super::recording::use_recording;
use super::state_badge::StateBadge;
use crate::trace::TaskSnap;

#[component]
pub fn TaskCard(
    /// The task at the current step; `None` while the card goes away.
    task: RwSignal<Option<TaskSnap>>,
    name: String,
) -> impl IntoView {
    let get =
        move |f: fn(&TaskSnap) -> Option<String>| move || task.with(|t| t.as_ref().and_then(f));
    let state = move || task.with(|t| t.as_ref().map_or("", |t| t.state));
    let awaits = get(|t| t.awaits.clone());
    let result = get(|t| t.result.clone());
    let callbacks = get(|t| (!t.callbacks.is_empty()).then(|| t.callbacks.join(", ")));
    let frames = Signal::derive(move || {
        task.with(|t| t.as_ref().map(|t| t.frames.clone()).unwrap_or_default())
    });
    let class = format!("card task-card {}", colour_class(&name));
    let quick = use_recording().quick_steps();
    let data_task = name.clone();
    view! {
        <li class=class class:skip-entry=quick data-task=data_task data-state=state>
            <div class="card-head">
                <span class="swatch" aria-hidden="true"></span>
                <span class="card-name">{name}</span>
                {move || view! { <StateBadge state=state() /> }}
            </div>
            {move || awaits().map(|a| view! { <p class="card-line card-awaits">"awaits " <code>{a}</code></p> })}
            {move || result().map(|r| view! { <p class="card-line">"result " <code>{r}</code></p> })}
            <Frames frames=frames />
            {move || callbacks().map(|c| view! { <p class="card-line">"done-callbacks " <code>{c}</code></p> })}
        </li>
    }
}
