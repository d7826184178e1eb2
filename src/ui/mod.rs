//! The page: Leptos components that render a trace `Snapshot`.
//!
//! Only built for wasm32 (see `lib.rs`). Each panel is a small component in
//! its own file; styling lives in `style/*.css`, never in Rust. What the
//! editor does to text is plain Rust in [`crate::editing`].

mod await_graph;
mod clipboard;
mod colours;
mod controls;
mod editor;
mod editor_keys;
mod embed;
mod event_loop;
mod fragment;
mod frames;
mod futures;
mod gallery;
mod gen_card;
mod gutter;
mod header;
mod highlight_layer;
mod keyed;
mod narration;
mod output;
mod panel_slot;
mod panic_banner;
mod playback;
mod recording;
mod scenario_intro;
mod share_dialog;
mod share_state;
pub mod state;
mod state_badge;
mod task_card;
mod tasks;
mod theme;
mod timeline;

use leptos::prelude::*;

use controls::Controls;
use editor::Editor;
use embed::EmbedBar;
use event_loop::EventLoopPanel;
use futures::FuturesPanel;
use header::Header;
use narration::Narration;
use output::OutputPanel;
use panel_slot::PanelSlot;
use recording::Recording;
use scenario_intro::ScenarioIntro;
use share_state::ShareState;
use state::PageState;
use tasks::TasksPanel;
use timeline::Timeline;

use crate::share::view::Panel;

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
    // Sharing (issue 7): the URL fragment decides what opens; `ShareState`
    // adds to the page's state what sharing needs (share_state.rs).
    let embed = fragment::embed_requested();
    if embed {
        embed::mark_document();
    }
    let state = PageState::new(DEFAULT_PROGRAM.to_string());
    provide_context(state);
    let share = ShareState::new(state, &fragment::opening(), embed);
    provide_context(share);
    let (source, set_source) = (state.program.read_only(), state.program.write_only());
    let filename = Signal::derive(move || share.filename(recording::FILENAME));
    let rec = Recording::new(state, filename);
    provide_context(rec);
    playback::install(rec, state);
    let run = rec.run;
    let run_now = Callback::new(move |()| rec.start(state));
    fragment::follow_changes(share, run_now);
    let reopen = Callback::new(move |()| {
        share.apply(&fragment::opening());
        run_now.run(());
    });
    // An embed starts read-only; its "Edit" toggle lifts that.
    let editing = RwSignal::new(!embed);

    view! {
        {if embed {
            view! { <EmbedBar editing=editing /> }.into_any()
        } else {
            view! { <Header on_reopen=reopen /> }.into_any()
        }}
        <ScenarioIntro />
        <main class="workspace">
            <PanelSlot panel=Panel::Editor>
                <Editor
                    source=source
                    set_source=set_source
                    run=run
                    run_now=run_now
                    read_only=Signal::derive(move || !editing.get())
                />
            </PanelSlot>
            <PanelSlot panel=Panel::EventLoop>
                <EventLoopPanel />
            </PanelSlot>
            <PanelSlot panel=Panel::Tasks>
                <TasksPanel />
            </PanelSlot>
            <PanelSlot panel=Panel::Output>
                <OutputPanel />
            </PanelSlot>
            <PanelSlot panel=Panel::Futures>
                <FuturesPanel />
            </PanelSlot>
        </main>
        <footer class="playback">
            <PanelSlot panel=Panel::Timeline>
                <Timeline />
            </PanelSlot>
            <PanelSlot panel=Panel::Narration>
                <Narration />
            </PanelSlot>
            <Controls />
        </footer>
    }
}
