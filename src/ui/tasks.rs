//! The tasks panel: a card per task and per bare generator or coroutine,
//! with its state, what it awaits and its frame stack.
//!
//! Cards are keyed by name and update in place (keyed.rs): a step changes
//! only the cards of the tasks that moved, which keeps a 200-task step
//! cheap.

use leptos::prelude::*;

use super::gen_card::GenCard;
use super::keyed::KeyedList;
use super::recording::use_recording;
use super::task_card::TaskCard;

#[component]
pub fn TasksPanel() -> impl IntoView {
    let snapshot = use_recording().snapshot;
    let tasks = KeyedList::new(snapshot, |s| &s.tasks[..]);
    let gens = KeyedList::new(snapshot, |s| &s.generators[..]);
    let empty = move || tasks.ids.with(Vec::is_empty) && gens.ids.with(Vec::is_empty);
    view! {
        <section class="panel panel-tasks" aria-labelledby="tasks-title">
            <h2 id="tasks-title" class="panel-title">"Tasks"</h2>
            <p class="placeholder" class:hidden=move || !empty()>"No task or generator yet."</p>
            <ul class="cards" aria-label="Tasks">
                <For each=move || tasks.ids.get() key=|id| id.clone() let:id>
                    <TaskCard task=tasks.item(&id) name=id.key />
                </For>
                <For each=move || gens.ids.get() key=|id| id.clone() let:id>
                    <GenCard generator=gens.item(&id) name=id.key />
                </For>
            </ul>
        </section>
    }
}
