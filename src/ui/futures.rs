//! The futures panel: every Future with its state, result and callbacks,
//! and, on its second tab, the await graph.

use leptos::prelude::*;

use super::await_graph::AwaitGraph;
use super::recording::use_recording;
use super::state_badge::StateBadge;
use crate::trace::FutureSnap;

#[component]
pub fn FuturesPanel() -> impl IntoView {
    let snapshot = use_recording().snapshot;
    let (graph, set_graph) = signal(false);
    let futures =
        move || snapshot.with(|s| s.as_ref().map(|s| s.futures.clone()).unwrap_or_default());
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
                <p class="placeholder" class:hidden=move || snapshot.with(|s| s.as_ref().is_some_and(|s| !s.futures.is_empty()))>
                    "No plain Future is alive at this step."
                </p>
                <ul class="cards" aria-label="Futures">
                    <For each=futures key=|f| f.clone() let:future>
                        <FutureCard future=future />
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

#[component]
fn FutureCard(future: FutureSnap) -> impl IntoView {
    let FutureSnap {
        label,
        state,
        result,
        callbacks,
    } = future;
    view! {
        <li class="card future-card">
            <div class="card-head">
                <span class="card-name">{label}</span>
                <StateBadge state=state />
            </div>
            {result.map(|r| view! { <p class="card-line">"result " <code>{r}</code></p> })}
            {(!callbacks.is_empty()).then(|| view! {
                <p class="card-line">"callbacks " <code>{callbacks.join(", ")}</code></p>
            })}
        </li>
    }
}
