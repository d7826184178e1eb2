//! Copying text for the reader. The clipboard can refuse (an iframe without
//! permission, an old browser); the caller then tells the reader to copy
//! the selected text by hand, so a refusal is an outcome, not an error.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

/// Writes `text` to the clipboard, then calls `done` with whether it worked.
pub fn copy(text: String, done: impl FnOnce(bool) + 'static) {
    let clipboard = window().navigator().clipboard();
    spawn_local(async move {
        // A missing `navigator.clipboard` (insecure context) throws here;
        // a refusal rejects the promise. Both end up as `false`.
        let promise = js_sys::Reflect::get(&clipboard, &"writeText".into())
            .ok()
            .filter(|f| f.is_function())
            .map(|_| clipboard.write_text(&text));
        let copied = match promise {
            Some(p) => JsFuture::from(p).await.is_ok(),
            None => false,
        };
        done(copied);
    });
}
