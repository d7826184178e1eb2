//! The futures panel: every Future with its state, result and callbacks.

use leptos::prelude::*;

#[component]
pub fn FuturesPanel() -> impl IntoView {
    view! {
        <section class="panel panel-futures" aria-labelledby="futures-title">
            <h2 id="futures-title" class="panel-title">"Futures"</h2>
            <p class="placeholder">"Each Future, its state and its done-callbacks go here."</p>
        </section>
    }
}
