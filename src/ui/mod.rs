//! The page: Leptos components that render a trace `Snapshot`.
//!
//! Only built for wasm32 (see `lib.rs`). Each panel is a small component in
//! its own file; styling lives in `style/*.css`, never in Rust. What the
//! editor does to text is plain Rust in [`crate::editing`].

mod await_graph;
mod colours;
mod controls;
mod editor;
mod editor_keys;
mod event_loop;
mod futures;
mod gutter;
mod header;
mod highlight_layer;
mod narration;
mod output;
mod panic_banner;
mod playback;
mod recording;
pub mod state;
mod state_badge;
mod tasks;
mod theme;
mod timeline;

use leptos::prelude::*;

use controls::Controls;
use editor::Editor;
use event_loop::EventLoopPanel;
use futures::FuturesPanel;
use header::Header;
use narration::Narration;
use output::OutputPanel;
use recording::Recording;
use state::PageState;
use tasks::TasksPanel;
use timeline::Timeline;

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

/// The whole page, laid out as in DESIGN.md: the program and its output on
/// the left, the machinery on the right, the timeline, narration and
/// controls along the bottom.
#[component]
pub fn App() -> impl IntoView {
    let state = PageState::new(DEFAULT_PROGRAM.to_string());
    provide_context(state);
    let (source, set_source) = (state.program.read_only(), state.program.write_only());
    let rec = Recording::new(state);
    provide_context(rec);
    playback::install(rec, state);
    let run = rec.run;
    let run_now = Callback::new(move |()| rec.start(state));

    view! {
        <Header />
        <main class="workspace">
            <Editor source=source set_source=set_source run=run run_now=run_now />
            <EventLoopPanel />
            <TasksPanel />
            <OutputPanel />
            <FuturesPanel />
        </main>
        <footer class="playback">
            <Timeline />
            <Narration />
            <Controls />
        </footer>
    }
}
