//! The playback controls. They step through a recorded trace, so until the
//! page records one they are shown disabled rather than faked.

use leptos::prelude::*;

use super::share_state::ShareState;

/// The step buttons: symbol and accessible name. The symbols are ones
/// common fonts have (the media-control block, U+23EE and friends, often
/// draws as an empty box).
const STEP_BUTTONS: &[(&str, &str)] = &[
    ("\u{21e4}", "Restart"),
    ("\u{25c1}", "Step back"),
    ("\u{25b6}", "Play"),
    ("\u{25b7}", "Step forward"),
    ("\u{21e5}", "Jump to the end"),
];

const SPEEDS: &[&str] = &[
    "0.25\u{d7}",
    "0.5\u{d7}",
    "1\u{d7}",
    "2\u{d7}",
    "4\u{d7}",
    "8\u{d7}",
];

const GRANULARITIES: &[&str] = &["line", "callback", "iteration", "bytecode"];

#[component]
pub fn Controls() -> impl IntoView {
    // The granularity a link or scenario asks for is shown (stepping by it
    // waits for the trace).
    let granularity = expect_context::<ShareState>().granularity;
    let options = |items: &'static [&'static str], selected: &'static str| {
        items
            .iter()
            .map(|item| view! { <option selected=*item == selected>{*item}</option> })
            .collect_view()
    };
    view! {
        <div class="controls" role="toolbar" aria-label="Playback">
            {STEP_BUTTONS
                .iter()
                .map(|(symbol, name)| {
                    view! {
                        <button type="button" class="button step-button" aria-label=*name title=*name disabled>
                            {*symbol}
                        </button>
                    }
                })
                .collect_view()}
            <label class="control-field">
                <span class="control-label">"speed"</span>
                <select aria-label="Playback speed" disabled>{options(SPEEDS, "1\u{d7}")}</select>
            </label>
            <label class="control-field">
                <span class="control-label">"step by"</span>
                <select aria-label="Step granularity" disabled>
                    {GRANULARITIES
                        .iter()
                        .map(|item| {
                            view! { <option prop:selected=move || granularity.get().id() == *item>{*item}</option> }
                        })
                        .collect_view()}
                </select>
            </label>
            <input class="scrubber" type="range" min="0" max="0" value="0" aria-label="Step" disabled />
        </div>
    }
}
