//! The tasks panel: a card per task and per bare generator or coroutine,
//! with its state, what it awaits and its frame stack.
//!
//! Cards are keyed by their whole content: a step re-creates only the
//! cards that changed, which keeps a 200-task step cheap.

use leptos::prelude::*;

use super::colours::colour_class;
use super::recording::use_recording;
use super::state_badge::StateBadge;
use crate::trace::{FrameSnap, GenSnap, TaskSnap};

#[component]
pub fn TasksPanel() -> impl IntoView {
    let snapshot = use_recording().snapshot;
    let tasks = move || snapshot.with(|s| s.as_ref().map(|s| s.tasks.clone()).unwrap_or_default());
    let gens =
        move || snapshot.with(|s| s.as_ref().map(|s| s.generators.clone()).unwrap_or_default());
    let empty = move || {
        snapshot.with(|s| {
            s.as_ref()
                .is_none_or(|s| s.tasks.is_empty() && s.generators.is_empty())
        })
    };
    view! {
        <section class="panel panel-tasks" aria-labelledby="tasks-title">
            <h2 id="tasks-title" class="panel-title">"Tasks"</h2>
            <p class="placeholder" class:hidden=move || !empty()>"No task or generator yet."</p>
            <ul class="cards" aria-label="Tasks">
                <For each=tasks key=|t| t.clone() let:task>
                    <TaskCard task=task />
                </For>
                <For each=gens key=|g| g.clone() let:generator>
                    <GenCard generator=generator />
                </For>
            </ul>
        </section>
    }
}

#[component]
fn TaskCard(task: TaskSnap) -> impl IntoView {
    let TaskSnap {
        name,
        state,
        awaits,
        frames,
        result,
        callbacks,
        ..
    } = task;
    let class = format!("card task-card {}", colour_class(&name));
    let data_task = name.clone();
    view! {
        <li class=class data-task=data_task data-state=state>
            <div class="card-head">
                <span class="swatch" aria-hidden="true"></span>
                <span class="card-name">{name}</span>
                <StateBadge state=state />
            </div>
            {awaits.map(|a| view! { <p class="card-line card-awaits">"awaits " <code>{a}</code></p> })}
            {result.map(|r| view! { <p class="card-line">"result " <code>{r}</code></p> })}
            <Frames frames=frames />
            {(!callbacks.is_empty()).then(|| view! {
                <p class="card-line">"done-callbacks " <code>{callbacks.join(", ")}</code></p>
            })}
        </li>
    }
}

#[component]
fn GenCard(generator: GenSnap) -> impl IntoView {
    let GenSnap {
        kind,
        name,
        state,
        awaits,
        frame,
    } = generator;
    view! {
        <li class="card gen-card">
            <div class="card-head">
                <span class="card-kind">{kind}</span>
                <span class="card-name">{name}</span>
                <span class="badge badge-gen">{state}</span>
            </div>
            {awaits.map(|a| view! { <p class="card-line">"delegates to " <code>{a}</code></p> })}
            <Frames frames=frame.into_iter().collect() />
        </li>
    }
}

/// A frame stack, innermost last: `function:line` and the locals.
#[component]
pub fn Frames(frames: Vec<FrameSnap>) -> impl IntoView {
    (!frames.is_empty()).then(|| {
        view! {
            <ol class="frames">
                {frames
                    .into_iter()
                    .map(|f| {
                        view! {
                            <li class="frame">
                                <code class="frame-where">{format!("{}:{}", f.function, f.line)}</code>
                                {f.locals
                                    .into_iter()
                                    .map(|(k, v)| view! { <code class="local">{k} "=" {v}</code> })
                                    .collect_view()}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        }
    })
}
