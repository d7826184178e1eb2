//! The playback controls: restart, step back, play / pause, step forward,
//! end, speed, granularity, "jump to the next …", and the scrubber. They
//! are disabled until a run is recorded.

use leptos::prelude::*;

use super::playback::{EVENT_KINDS, Playback};
use super::state::use_page_state;
use crate::share::view::Granularity;

const SPEEDS: &[f64] = &[0.25, 0.5, 1.0, 2.0, 4.0, 8.0];

#[component]
pub fn Controls() -> impl IntoView {
    let state = use_page_state();
    let p = Playback::new();
    let off = move || p.last().is_none();
    let (event_kind, set_event_kind) = signal(EVENT_KINDS[0].0.to_string());
    // Symbols that common fonts have (the media-control block, U+23EE and
    // friends, often draws as an empty box).
    let button = move |symbol: &'static str, name: &'static str, action: Box<dyn Fn()>| {
        view! {
            <button type="button" class="button step-button" aria-label=name title=name
                disabled=off on:click=move |_| action()>
                {symbol}
            </button>
        }
    };
    let playing = state.playing;
    view! {
        <div class="controls" role="toolbar" aria-label="Playback">
            {button("\u{21e4}", "Restart", Box::new(move || p.restart()))}
            {button("\u{25c1}", "Step back", Box::new(move || { playing.set(false); p.back(); }))}
            <button type="button" class="button step-button play-button"
                aria-label=move || if playing.get() { "Pause" } else { "Play" }
                title=move || if playing.get() { "Pause (Space)" } else { "Play (Space)" }
                aria-pressed=move || playing.get().to_string()
                disabled=off on:click=move |_| p.toggle_play()>
                {move || if playing.get() { "\u{2016}" } else { "\u{25b6}" }}
            </button>
            {button("\u{25b7}", "Step forward", Box::new(move || { playing.set(false); p.forward(); }))}
            {button("\u{21e5}", "Jump to the end", Box::new(move || p.jump_to_end()))}
            <label class="control-field">
                <span class="control-label">"speed"</span>
                <select aria-label="Playback speed" disabled=off
                    on:change:target=move |ev| {
                        if let Ok(x) = ev.target().value().parse() { state.speed.set(x) }
                    }>
                    {SPEEDS.iter().map(|s| view! {
                        <option value=s.to_string() selected=move || state.speed.get() == *s>
                            {format!("{s}\u{d7}")}
                        </option>
                    }).collect_view()}
                </select>
            </label>
            <label class="control-field">
                <span class="control-label">"step by"</span>
                <select aria-label="Step granularity" disabled=off
                    on:change:target=move |ev| {
                        if let Some(g) = Granularity::from_id(&ev.target().value()) { state.granularity.set(g) }
                    }>
                    {Granularity::ALL.iter().map(|g| view! {
                        <option value=g.id() selected=move || state.granularity.get() == *g>{g.id()}</option>
                    }).collect_view()}
                </select>
            </label>
            <span class="control-field">
                <select aria-label="Kind of event to jump to" disabled=off
                    on:change:target=move |ev| set_event_kind.set(ev.target().value())>
                    {EVENT_KINDS.iter().map(|(id, label)| view! { <option value=*id>{*label}</option> }).collect_view()}
                </select>
                <button type="button" class="button" aria-label="Jump to the next event of that kind"
                    title="Jump to the next event of that kind" disabled=off
                    on:click=move |_| { playing.set(false); p.next_event(&event_kind.get_untracked()); }>
                    "next \u{21e2}"
                </button>
            </span>
            <input class="scrubber" type="range" min="0" aria-label="Step"
                max=move || p.last().unwrap_or(0)
                prop:value=move || state.step.get().to_string()
                disabled=off
                on:input:target=move |ev| {
                    playing.set(false);
                    if let Ok(n) = ev.target().value().parse() { state.step.set(n) }
                } />
            <span class="step-count" aria-live="off">
                {move || p.last().map(|l| format!("step {} / {l}", state.step.get().min(l)))}
            </span>
        </div>
    }
}
