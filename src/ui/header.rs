//! The page header: the name, a one-line description, the gallery, sharing
//! and the theme switch.

use leptos::prelude::*;

use super::gallery::Gallery;
use super::runner::ProgramRun;
use super::share_dialog::ShareButton;
use super::share_state::ShareState;
use super::theme::ThemeToggle;

#[component]
pub fn Header(run: ReadSignal<Option<ProgramRun>>, on_reopen: Callback<()>) -> impl IntoView {
    let state = expect_context::<ShareState>();
    view! {
        <header class="app-header">
            <h1 class="app-name">"coroscope"</h1>
            <p class="app-tagline">"see Python's asyncio run, one step at a time"</p>
            <Gallery on_reopen=on_reopen />
            <div class="app-actions">
                <ShareButton run=run />
                <ThemeToggle theme=state.theme />
            </div>
        </header>
    }
}
