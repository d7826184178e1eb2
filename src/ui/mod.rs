//! The page: Leptos components that will render a trace `Snapshot`.
//!
//! Only built for wasm32 (see `lib.rs`). Each panel is a small component in
//! its own file; styling lives in `style/*.css`, never in Rust. What the
//! editor does to text is plain Rust in [`crate::editing`].

mod clipboard;
mod controls;
mod editor;
mod editor_keys;
mod embed;
mod event_loop;
mod fragment;
mod futures;
mod gallery;
mod gutter;
mod header;
mod highlight_layer;
mod narration;
mod output;
mod panel_slot;
mod panic_banner;
mod runner;
mod scenario_intro;
mod share_dialog;
mod share_state;
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
use scenario_intro::ScenarioIntro;
use share_state::ShareState;
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
    // Sharing (issue 7): the URL fragment decides what opens, and
    // `ShareState` holds what a permalink carries (share_state.rs).
    let embed = fragment::embed_requested();
    if embed {
        embed::mark_document();
    }
    let state = ShareState::new(&fragment::opening(), embed);
    provide_context(state);
    let (source, set_source) = (state.program.read_only(), state.program.write_only());
    let filename = Signal::derive(move || state.filename(runner::FILENAME));
    let (run, run_now) = runner::use_runner(source, filename);
    let run_now = Callback::new(move |()| run_now());
    fragment::follow_changes(state, run_now);
    let reopen = Callback::new(move |()| {
        state.apply(&fragment::opening());
        run_now.run(());
    });
    // What the program printed, for the Share dialog's export.
    let printed = Signal::derive(move || {
        run.with(|r| {
            let text = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();
            r.as_ref().map_or_else(Default::default, |r| {
                (text(&r.output.stdout), text(&r.output.stderr))
            })
        })
    });
    // An embed starts read-only; its "Edit" toggle lifts that.
    let editing = RwSignal::new(!embed);

    view! {
        {if embed {
            view! { <EmbedBar editing=editing /> }.into_any()
        } else {
            view! { <Header output=printed on_reopen=reopen /> }.into_any()
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
                <OutputPanel run=run />
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
