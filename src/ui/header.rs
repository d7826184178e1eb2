//! The page header: the name, a one-line description, the gallery, sharing
//! and the theme switch.

use leptos::prelude::*;

use super::gallery::Gallery;
use super::share_dialog::ShareButton;
use super::theme::ThemeToggle;

#[component]
pub fn Header(on_reopen: Callback<()>) -> impl IntoView {
    view! {
        <header class="app-header">
            <h1 class="app-name">"coroscope"</h1>
            <p class="app-tagline">"see Python's asyncio run, one step at a time"</p>
            <Gallery on_reopen=on_reopen />
            <div class="app-actions">
                <ShareButton />
                <ThemeToggle />
            </div>
        </header>
    }
}
