//! A Rust panic must never leave a silently frozen page.
//!
//! The release build uses `panic = "abort"`, so nothing runs after the panic
//! hook: the hook itself builds the banner with plain DOM calls. It avoids
//! anything that could panic again, and its reload button is wired in
//! JavaScript because the wasm instance is dead by the time anyone clicks.

use std::panic::{self, PanicHookInfo};

use web_sys::Document;

/// The `id` of the banner element; the browser tests look for it.
pub const BANNER_ID: &str = "panic-banner";

/// What the banner says.
pub const MESSAGE: &str = "something broke \u{2014} reload";

/// Installs the hook: log the panic to the console, then show the banner.
pub fn install() {
    panic::set_hook(Box::new(|info: &PanicHookInfo<'_>| {
        console_error_panic_hook::hook(info);
        show_banner();
    }));
}

/// True when the URL asks for a deliberate panic (`?panic-test=1`).
pub fn test_requested() -> bool {
    web_sys::window()
        .and_then(|window| window.location().search().ok())
        .is_some_and(|search| {
            search
                .trim_start_matches('?')
                .split('&')
                .any(|pair| pair == "panic-test=1")
        })
}

/// Puts the banner at the top of `<body>`, once. Every failure is ignored:
/// a panic inside the panic hook would abort before anything is shown.
fn show_banner() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    if document.get_element_by_id(BANNER_ID).is_some() {
        return;
    }
    let _ = build_banner(&document);
}

fn build_banner(document: &Document) -> Option<()> {
    let banner = document.create_element("div").ok()?;
    banner.set_id(BANNER_ID);
    banner.set_class_name("panic-banner");
    banner.set_attribute("role", "alert").ok()?;

    let text = document.create_element("span").ok()?;
    text.set_class_name("panic-banner-text");
    text.set_text_content(Some(MESSAGE));
    banner.append_child(&text).ok()?;

    let button = document.create_element("button").ok()?;
    button.set_class_name("panic-banner-reload");
    button.set_attribute("type", "button").ok()?;
    button.set_attribute("onclick", "location.reload()").ok()?;
    button.set_text_content(Some("Reload"));
    banner.append_child(&button).ok()?;

    let body = document.body()?;
    body.insert_before(&banner, body.first_child().as_ref())
        .ok()?;
    Some(())
}
