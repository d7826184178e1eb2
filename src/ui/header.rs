//! The page header: the name and a one-line description.

use leptos::prelude::*;

#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="app-header">
            <h1 class="app-name">"coroscope"</h1>
            <p class="app-tagline">"see Python's asyncio run, one step at a time"</p>
        </header>
    }
}
