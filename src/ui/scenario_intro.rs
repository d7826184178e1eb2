//! Above the editor: why a link did not open (the codec's message), and the
//! open scenario's chapter, title and what to watch for in it. Both are
//! text nodes: a link's contents never become markup.

use leptos::prelude::*;

use super::share_state::ShareState;

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
            {move || {
                state
                    .scenario
                    .get()
                    .map(|s| {
                        view! {
                            <section class="scenario-intro" aria-label="About this example">
                                <p class="scenario-chapter">{format!("Chapter {} \u{b7} {}", s.chapter, s.chapter_title)}</p>
                                <h2 class="scenario-title">{s.title}</h2>
                                <p class="scenario-explanation">{s.explanation}</p>
                            </section>
                        }
                    })
            }}
        </Show>
    }
}
