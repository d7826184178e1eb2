//! Above the editor: why a link did not open (the codec's message), and the
//! open scenario's chapter, title and what to watch for in it. Both are
//! text nodes: a link's contents never become markup.

use leptos::prelude::*;

use super::share_state::ShareState;
use crate::share::permalink::scenario_fragment;
use crate::share::scenarios::{self, Scenario};

/// The link error, if any, then the scenario's explanation, if any. The
/// embed layout leaves the explanation to the post around it.
#[component]
pub fn ScenarioIntro() -> impl IntoView {
    let state = expect_context::<ShareState>();
    let dismiss = move |_| state.link_error.set(None);
    view! {
        <Show when=move || state.link_error.with(Option::is_some)>
            <div class="link-error" role="alert">
                <p class="link-error-text">
                    {move || state.link_error.get().unwrap_or_default()}
                    " The default program is open instead."
                </p>
                <button type="button" class="button" aria-label="Dismiss the message" on:click=dismiss>
                    "\u{d7}"
                </button>
            </div>
        </Show>
        <Show when=move || !state.embed && state.scenario.with(Option::is_some)>
            {move || state.scenario.get().map(|s| view! { <Story scenario=s /> })}
        </Show>
    }
}

/// A scenario's place in the gallery, what to watch for, and the way on:
/// the gallery is a path from generators to tasks, read in order.
#[component]
fn Story(scenario: &'static Scenario) -> impl IntoView {
    let next = scenarios::all()
        .iter()
        .skip_while(|s| s.name != scenario.name)
        .nth(1);
    view! {
        // A <details> so a reader who knows the story can fold it away and
        // give the editor the room.
        <details class="scenario-intro" open>
            <summary class="scenario-summary">
                <span class="scenario-chapter">
                    {format!("Chapter {} \u{b7} {}", scenario.chapter, scenario.chapter_title)}
                </span>
                <h2 class="scenario-title">{scenario.title}</h2>
            </summary>
            <p class="scenario-explanation">{scenario.explanation}</p>
            {next
                .map(|n| {
                    view! {
                        <a class="scenario-next" href=scenario_fragment(n) data-scenario=n.name>
                            {format!("Next: {} \u{2192}", n.title)}
                        </a>
                    }
                })}
        </details>
    }
}
