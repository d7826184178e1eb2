//! The page's address: what its fragment opens, following fragment changes
//! (a gallery link, a pasted permalink), and the addresses of the current
//! state for sharing. The codec is `share::permalink`; this is the glue to
//! `window.location`.

use leptos::prelude::*;

use super::DEFAULT_PROGRAM;
use super::share_state::ShareState;
use crate::share::embed;
use crate::share::opening::Opening;
use crate::share::permalink::{self, LinkError};

/// The fragment of the page's address, `#` included, percent-decoding
/// undone (a browser may escape characters of a hand-edited link).
pub fn current_fragment() -> String {
    let hash = window().location().hash().unwrap_or_default();
    js_sys::decode_uri_component(&hash)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or(hash)
}

/// True when the page was opened as an embed (`?embed=1`).
pub fn embed_requested() -> bool {
    embed::is_embed(&window().location().search().unwrap_or_default())
}

/// What the page's current address opens.
pub fn opening() -> Opening {
    Opening::from_fragment(&current_fragment(), DEFAULT_PROGRAM)
}

/// Opens whatever the fragment says whenever it changes, then runs it at
/// once (a reader who picked an example should not wait for a debounce).
pub fn follow_changes(state: ShareState, run_now: Callback<()>) {
    let _listener = window_event_listener_untyped("hashchange", move |_| {
        state.apply(&opening());
        run_now.run(());
    });
}

/// The page's origin and path: every address below is built on it, so a
/// copy of the page served elsewhere links to itself.
fn base() -> String {
    let location = window().location();
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

/// `#p=v1.…` for the current state.
pub fn permalink_fragment(state: &ShareState) -> Result<String, LinkError> {
    permalink::fragment(&state.payload())
}

/// The full-page permalink of the current state.
pub fn permalink_url(state: &ShareState) -> Result<String, LinkError> {
    Ok(embed::page_url(&base(), &permalink_fragment(state)?))
}

/// The embed address of the current state.
pub fn embed_url(state: &ShareState) -> Result<String, LinkError> {
    Ok(embed::embed_url(&base(), &permalink_fragment(state)?))
}

/// Where "Open in coroscope" goes: the link the embed was opened with while
/// its program is untouched (a short `#ex=` stays short), else a permalink
/// of what the reader has made of it.
pub fn full_page_url(state: &ShareState) -> String {
    let opened = state.opened.get();
    let untouched = state.program.with(|s| *s == opened.program);
    let fragment = if untouched {
        opened.fragment
    } else {
        permalink_fragment(state).unwrap_or(opened.fragment)
    };
    embed::page_url(&base(), &fragment)
}
