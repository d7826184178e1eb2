//! The tasks panel: one card per task with its state and frame stack.

use leptos::prelude::*;

#[component]
pub fn TasksPanel() -> impl IntoView {
    view! {
        <section class="panel panel-tasks" aria-labelledby="tasks-title">
            <h2 id="tasks-title" class="panel-title">"Tasks"</h2>
            <p class="placeholder">"Each task, what it awaits and where it is suspended go here."</p>
        </section>
    }
}
