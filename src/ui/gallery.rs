//! The gallery: every scenario by chapter, in a drawer opened from the
//! header. Each entry is a plain `#ex=NAME` link, so it can be opened in a
//! new tab or copied; following it changes the fragment, which opens it
//! (`fragment::follow_changes`).

use leptos::prelude::*;
use leptos::{ev, html};
use wasm_bindgen::JsCast;

use super::share_state::ShareState;
use crate::share::permalink::scenario_fragment;
use crate::share::scenarios::{self, Chapter, Scenario};

/// The header's "Examples" button and the drawer it opens.
#[component]
pub fn Gallery(on_reopen: Callback<()>) -> impl IntoView {
    let (open, set_open) = signal(false);
    let menu = NodeRef::<html::Div>::new();
    let toggle = NodeRef::<html::Button>::new();
    // A click anywhere else closes the drawer, as menus do.
    let listener = window_event_listener(ev::click, move |ev| {
        let inside = menu.get_untracked().is_some_and(|m| {
            ev.target()
                .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
                .is_some_and(|t| m.contains(Some(&t)))
        });
        if !inside {
            set_open.set(false);
        }
    });
    on_cleanup(move || listener.remove());
    view! {
        <div class="gallery-menu" node_ref=menu>
            <button
                type="button"
                node_ref=toggle
                class="button gallery-toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls="gallery"
                on:click=move |_| set_open.update(|o| *o = !*o)
            >
                "Examples \u{25be}"
            </button>
            <nav
                id="gallery"
                class="gallery"
                aria-label="Examples"
                class:hidden=move || !open.get()
                on:keydown=move |ev| {
                    if ev.key() == "Escape" {
                        set_open.set(false);
                        if let Some(button) = toggle.get_untracked() {
                            let _ = button.focus();
                        }
                    }
                }
            >
                {scenarios::chapters()
                    .iter()
                    .map(|chapter| {
                        view! { <ChapterList chapter=chapter close=move || set_open.set(false) on_reopen=on_reopen /> }
                    })
                    .collect_view()}
            </nav>
        </div>
    }
}

#[component]
fn ChapterList(
    chapter: &'static Chapter,
    close: impl Fn() + Copy + Send + Sync + 'static,
    on_reopen: Callback<()>,
) -> impl IntoView {
    view! {
        <section class="gallery-chapter">
            <h2 class="gallery-chapter-title">{format!("{}. {}", chapter.number, chapter.title)}</h2>
            <ul class="gallery-list">
                {scenarios::in_chapter(chapter.number)
                    .map(|s| view! { <li><ScenarioLink scenario=s close=close on_reopen=on_reopen /></li> })
                    .collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn ScenarioLink(
    scenario: &'static Scenario,
    close: impl Fn() + Copy + Send + Sync + 'static,
    on_reopen: Callback<()>,
) -> impl IntoView {
    let state = expect_context::<ShareState>();
    let href = scenario_fragment(scenario);
    let current = move || {
        state
            .scenario
            .get()
            .is_some_and(|s| s.name == scenario.name)
    };
    let target = href.clone();
    view! {
        <a
            class="gallery-link"
            href=href
            data-scenario=scenario.name
            aria-current=move || current().then_some("true")
            on:click=move |_| {
                close();
                // Following a link to the fragment the page already has
                // fires no hashchange: open it again by hand (the reader
                // may have edited the program since).
                if super::fragment::current_fragment() == target {
                    on_reopen.run(());
                }
            }
        >
            {scenario.title}
        </a>
    }
}
