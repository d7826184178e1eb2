//! The event loop panel: clock, `_ready` queue and `_scheduled` timer heap.

use leptos::prelude::*;

#[component]
pub fn EventLoopPanel() -> impl IntoView {
    view! {
        <section class="panel panel-event-loop" aria-labelledby="event-loop-title">
            <h2 id="event-loop-title" class="panel-title">"Event loop"</h2>
            <p class="placeholder">"The ready queue, the timer heap and the virtual clock go here."</p>
        </section>
    }
}
