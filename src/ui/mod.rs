//! The page: Leptos components that will render a trace `Snapshot`.
//!
//! Only built for wasm32 (see `lib.rs`). Each panel is a small component in
//! its own file; styling lives in `style/*.css`, never in Rust.

mod editor;
mod event_loop;
mod header;
mod output;
mod panic_banner;
mod tasks;

use leptos::prelude::*;

use editor::Editor;
use event_loop::EventLoopPanel;
use header::Header;
use output::OutputPanel;
use tasks::TasksPanel;

/// The program the editor holds when the page opens.
pub const DEFAULT_PROGRAM: &str = include_str!("../../content/default.py");

/// Starts the page: installs the panic hooks, then mounts [`App`] on `<body>`.
///
/// With `?panic-test=1` in the URL it panics on purpose right after mounting,
/// so the browser tests can check that a panic shows the banner.
pub fn start() {
    panic_banner::install();
    leptos::mount::mount_to_body(App);
    if panic_banner::test_requested() {
        panic!("deliberate panic requested by ?panic-test=1");
    }
}

/// The whole page: header, editor with output below it, and the machinery.
#[component]
pub fn App() -> impl IntoView {
    let (source, set_source) = signal(DEFAULT_PROGRAM.to_string());

    view! {
        <Header />
        <main class="workspace">
            <div class="column column-program">
                <Editor source=source set_source=set_source />
                <OutputPanel />
            </div>
            <div class="column column-machinery">
                <EventLoopPanel />
                <TasksPanel />
            </div>
        </main>
    }
}
