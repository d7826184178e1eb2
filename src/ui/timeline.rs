//! The timeline: one lane per task over virtual time, with a playhead.

use leptos::prelude::*;

#[component]
pub fn Timeline() -> impl IntoView {
    view! {
        <section class="panel panel-timeline" aria-labelledby="timeline-title">
            <h2 id="timeline-title" class="panel-title">"Timeline"</h2>
            <p class="placeholder">"One lane per task over virtual time goes here."</p>
        </section>
    }
}
