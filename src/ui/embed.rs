//! The embed layout's bar (`?embed=1`, for an iframe in a post): what is
//! shown, an "Edit" toggle for the read-only editor, and a link to the full
//! page. No gallery and no share dialog: the post is the reader's context.

use leptos::prelude::*;

use super::fragment;
use super::share_state::ShareState;
use super::theme::ThemeToggle;

/// Marks `<html>` (outside the Leptos tree) so the stylesheet can switch
/// to the compact layout before anything paints.
pub fn mark_document() {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-embed", "");
    }
}

#[component]
pub fn EmbedBar(editing: RwSignal<bool>) -> impl IntoView {
    let state = expect_context::<ShareState>();
    let title = move || state.scenario.get().map_or("coroscope", |s| s.title);
    view! {
        <header class="embed-bar">
            <span class="embed-title">{title}</span>
            <div class="embed-actions">
                <button
                    type="button"
                    class="button embed-edit"
                    aria-pressed=move || editing.get().to_string()
                    title="Let the program be edited here"
                    on:click=move |_| editing.update(|e| *e = !*e)
                >
                    "Edit"
                </button>
                <ThemeToggle />
                <a
                    class="button embed-open"
                    href=move || fragment::full_page_url(&state)
                    target="_blank"
                    rel="noopener"
                >
                    "Open in coroscope \u{2197}"
                </a>
            </div>
        </header>
    }
}
