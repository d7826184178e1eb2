//! The event loop panel: the virtual clock, the "running now" slot, the
//! `_ready` queue as a row of boxes and the `_scheduled` heap by deadline.
//!
//! Boxes are keyed by label and occurrence, so a handle that stays in the
//! queue keeps its element and one that arrives animates in (style/).

use std::collections::HashMap;

use leptos::prelude::*;

use super::colours::{colour_class, handle_class};
use super::recording::use_recording;
use crate::engine::numeric::float_repr::float_repr;
use crate::trace::{HandleSnap, Snapshot};

/// A handle as a list item with a stable key: its label, its deadline and
/// which occurrence of that label it is.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Slot {
    label: String,
    when: Option<u64>,
    nth: usize,
    cancelled: bool,
}

fn slots(handles: &[HandleSnap]) -> Vec<Slot> {
    let mut seen: HashMap<&str, usize> = HashMap::with_capacity(handles.len());
    handles
        .iter()
        .map(|h| {
            let nth = seen.entry(&h.label).or_default();
            *nth += 1;
            Slot {
                label: h.label.clone(),
                when: h.when.map(f64::to_bits),
                nth: *nth - 1,
                cancelled: h.cancelled,
            }
        })
        .collect()
}

/// A queue's slots as a memo: most steps change one end of a queue or
/// none, and the list is diffed only when it changed.
fn slots_memo(
    snapshot: Memo<Option<Snapshot>>,
    queue: fn(&Snapshot) -> &[HandleSnap],
) -> Memo<Vec<Slot>> {
    Memo::new(move |_| snapshot.with(|s| s.as_ref().map(|s| slots(queue(s))).unwrap_or_default()))
}

#[component]
pub fn EventLoopPanel() -> impl IntoView {
    let rec = use_recording();
    let snapshot = rec.snapshot;
    let clock = move || snapshot.with(|s| s.as_ref().map_or(0.0, |s| s.clock));
    let iteration = move || snapshot.with(|s| s.as_ref().map_or(0, |s| s.iteration));
    let running = move || snapshot.with(|s| s.as_ref().and_then(|s| s.running.clone()));
    let ready = slots_memo(snapshot, |s| &s.ready[..]);
    let timers = slots_memo(snapshot, |s| &s.timers[..]);
    view! {
        <section class="panel panel-event-loop" aria-labelledby="event-loop-title">
            <div class="panel-head">
                <h2 id="event-loop-title" class="panel-title">"Event loop"</h2>
                <span class="clock" aria-label="Virtual clock">
                    {move || format!("t = {:.3} s", clock())}
                </span>
                <span class="iteration">{move || format!("pass {}", iteration())}</span>
            </div>
            <div class="loop-row">
                <span class="loop-label">"running"</span>
                <div class="running-slot" aria-label="Running now">
                    {move || match running() {
                        Some(task) => {
                            let class = format!("handle-box running {}", colour_class(&task));
                            view! { <span class=class class:skip-entry=rec.quick_steps()>{task}</span> }.into_any()
                        }
                        None => view! { <span class="empty-slot">"\u{2014}"</span> }.into_any(),
                    }}
                </div>
            </div>
            <div class="loop-row">
                <span class="loop-label"><code>"_ready"</code></span>
                <ol class="ready-queue" aria-label="Ready queue">
                    <For each=move || ready.get() key=|s| s.clone() children=move |slot| {
                        let class = format!("handle-box {}", handle_class(&slot.label));
                        view! { <li class=class class:cancelled=slot.cancelled class:skip-entry=rec.quick_steps()>{slot.label}</li> }
                    } />
                </ol>
            </div>
            <div class="loop-row">
                <span class="loop-label"><code>"_scheduled"</code></span>
                <ol class="timer-heap" aria-label="Timer heap">
                    <For each=move || timers.get() key=|s| s.clone() children=move |slot| {
                        let class = format!("timer {}", handle_class(&slot.label));
                        let when = slot.when.map(|w| format!("t={}", float_repr(f64::from_bits(w))));
                        view! {
                            <li class=class class:cancelled=slot.cancelled class:skip-entry=rec.quick_steps()>
                                <span class="timer-when">{when}</span>
                                <span class="timer-label">{slot.label}</span>
                            </li>
                        }
                    } />
                </ol>
            </div>
        </section>
    }
}
