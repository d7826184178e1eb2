//! Shows a panel only while the link's panel set holds it. The slot is
//! `display: contents`, so the panel inside stays an item of the page's
//! grid as if the slot were not there.

use leptos::prelude::*;

use super::share_state::ShareState;
use crate::share::view::Panel;

#[component]
pub fn PanelSlot(panel: Panel, children: Children) -> impl IntoView {
    let state = expect_context::<ShareState>();
    view! {
        <div
            class="panel-slot"
            data-panel=panel.id()
            class:hidden=move || !state.panels.get().contains(panel)
        >
            {children()}
        </div>
    }
}
