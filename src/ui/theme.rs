//! The light/dark switch. With no choice made (`Theme::Auto`) the page
//! follows the system (`prefers-color-scheme`, in palette.css); a choice
//! sets `data-theme` on `<html>`.

use leptos::prelude::*;

use super::state::use_page_state;
use crate::share::view::Theme;

/// What the system asks for right now.
fn system() -> Theme {
    let dark = window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches());
    if dark { Theme::Dark } else { Theme::Light }
}

#[component]
pub fn ThemeToggle() -> impl IntoView {
    let theme = use_page_state().theme;
    // `<html>` is outside the Leptos tree: sync it by hand.
    Effect::new(move |_| {
        let Some(root) = document().document_element() else {
            return;
        };
        let _ = match theme.get() {
            Theme::Auto => root.remove_attribute("data-theme"),
            chosen => root.set_attribute("data-theme", chosen.id()),
        };
    });
    let toggle = move |_| {
        let current = match theme.get_untracked() {
            Theme::Auto => system(),
            chosen => chosen,
        };
        theme.set(match current {
            Theme::Dark => Theme::Light,
            _ => Theme::Dark,
        });
    };
    view! {
        <button
            type="button"
            class="button theme-toggle"
            aria-label="Switch between light and dark theme"
            title="Light or dark theme"
            on:click=toggle
        >
            "\u{25d0}"
        </button>
    }
}
