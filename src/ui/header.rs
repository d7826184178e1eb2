//! The page header: the name, a one-line description, the theme switch.

use leptos::prelude::*;

use super::theme::ThemeToggle;

#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="app-header">
            <h1 class="app-name">"coroscope"</h1>
            <p class="app-tagline">"see Python's asyncio run, one step at a time"</p>
            <div class="app-actions">
                <ThemeToggle />
            </div>
        </header>
    }
}
