//! The light/dark switch. With no choice made the page follows the system
//! (`prefers-color-scheme`, in palette.css); a choice sets `data-theme` on
//! `<html>` for the rest of the visit.

use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Theme {
    Light,
    Dark,
}

impl Theme {
    fn name(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    fn other(self) -> Theme {
        match self {
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::Light,
        }
    }

    /// What the system asks for right now.
    fn system() -> Theme {
        let dark = window()
            .match_media("(prefers-color-scheme: dark)")
            .ok()
            .flatten()
            .is_some_and(|query| query.matches());
        if dark { Theme::Dark } else { Theme::Light }
    }
}

#[component]
pub fn ThemeToggle() -> impl IntoView {
    let (chosen, set_chosen) = signal(None::<Theme>);
    // `<html>` is outside the Leptos tree: sync it by hand.
    Effect::new(move |_| {
        if let (Some(theme), Some(root)) = (chosen.get(), document().document_element()) {
            let _ = root.set_attribute("data-theme", theme.name());
        }
    });
    let toggle = move |_| {
        let current = chosen.get_untracked().unwrap_or_else(Theme::system);
        set_chosen.set(Some(current.other()));
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
