//! The futures panel: every Future with its state, result and callbacks,
//! and, on its second tab, the await graph.

use leptos::prelude::*;

use super::await_graph::AwaitGraph;
use super::keyed::KeyedList;
use super::recording::use_recording;
use super::state_badge::StateBadge;
use crate::trace::FutureSnap;

#[component]
pub fn FuturesPanel() -> impl IntoView {
    let snapshot = use_recording().snapshot;
    let (graph, set_graph) = signal(false);
    let futures = KeyedList::new(snapshot, |s| &s.futures[..]);
    let tab = move |label: &'static str, is_graph: bool| {
        view! {
            <button
                type="button"
                role="tab"
                class="tab"
                aria-selected=move || (graph.get() == is_graph).to_string()
                on:click=move |_| set_graph.set(is_graph)
            >
                {label}
            </button>
        }
    };
    view! {
        <section class="panel panel-futures" aria-labelledby="futures-title">
            <div class="panel-head">
                <h2 id="futures-title" class="panel-title">"Futures"</h2>
                <div class="tabs" role="tablist" aria-label="Futures or await graph">
                    {tab("List", false)}
                    {tab("Await graph", true)}
                </div>
            </div>
            <div class:hidden=move || graph.get()>
                <p class="placeholder" class:hidden=move || futures.ids.with(|f| !f.is_empty())>
                    "No plain Future is alive at this step."
                </p>
                <ul class="cards" aria-label="Futures">
                    <For each=move || futures.ids.get() key=|id| id.clone() let:id>
                        <FutureCard future=futures.item(&id) label=id.key />
                    </For>
                </ul>
            </div>
            // Drawn only while its tab is open: it is rebuilt at every step.
            <Show when=move || graph.get()>
                <AwaitGraph />
            </Show>
        </section>
    }
}

/// A future's card, updated in place (keyed.rs).
#[component]
fn FutureCard(
    /// The future at the current step; `None` while the card goes away.
    future: RwSignal<Option<FutureSnap>>,
    label: String,
) -> impl IntoView {
    let quick = use_recording().quick_steps();
    let state = move || future.with(|f| f.as_ref().map_or("", |f| f.state));
    let result = move || future.with(|f| f.as_ref().and_then(|f| f.result.clone()));
    let callbacks = move || {
        future.with(|f| {
            f.as_ref()
                .and_then(|f| (!f.callbacks.is_empty()).then(|| f.callbacks.join(", ")))
        })
    };
    let awaits = move || {
        future.with(|f| {
            f.as_ref()
                .and_then(|f| (!f.awaits.is_empty()).then(|| f.awaits.join(", ")))
        })
    };
    view! {
        <li class="card future-card" class:skip-entry=quick>
            <div class="card-head">
                <span class="card-name">{label}</span>
                {move || view! { <StateBadge state=state() /> }}
            </div>
            {move || result().map(|r| view! { <p class="card-line">"result " <code>{r}</code></p> })}
            {move || awaits().map(|a| view! { <p class="card-line">"gathers " <code>{a}</code></p> })}
            {move || callbacks().map(|c| view! { <p class="card-line">"callbacks " <code>{c}</code></p> })}
        </li>
    }
}
