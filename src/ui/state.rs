//! The page's state in one place: what the page shows, as signals.
//!
//! Everything a link, the gallery or an embed may set from outside lives
//! here — the program, the step, the granularity, the visible panels and
//! the theme — plus the playback settings the controls change. [`App`]
//! creates one [`PageState`] and provides it as context; any component
//! takes it with [`use_page_state`] and reads or sets the signals it needs.
//! The recorded trace itself is not here (it is not `Send` and is rebuilt
//! from the program): see `recording.rs`.
//!
//! [`App`]: super::App

use leptos::prelude::*;

use crate::share::view::{Granularity, Panels, Theme};

/// The page's state. All fields are `Copy` signal handles, so the struct is
/// `Copy` too: pass it around freely.
#[derive(Clone, Copy)]
pub struct PageState {
    /// The program in the editor. Setting it re-records the run (after a
    /// short pause, as typing does).
    pub program: RwSignal<String>,
    /// The step shown (instructions executed, see docs/TRACE.md). Clamped
    /// to the run once it is recorded, so a link may set it before.
    pub step: RwSignal<u64>,
    /// What one step forward or back means.
    pub granularity: RwSignal<Granularity>,
    /// Which panels are visible.
    pub panels: RwSignal<Panels>,
    /// The colour theme (`Auto` follows the system).
    pub theme: RwSignal<Theme>,
    /// Playing: the step advances by itself.
    pub playing: RwSignal<bool>,
    /// Playback speed, 1.0 = four steps a second.
    pub speed: RwSignal<f64>,
    /// Lines with a breakpoint, in the program's numbering (from 1).
    pub breakpoints: RwSignal<Vec<u32>>,
}

impl PageState {
    pub fn new(program: String) -> PageState {
        PageState {
            program: RwSignal::new(program),
            step: RwSignal::new(0),
            granularity: RwSignal::new(Granularity::Line),
            panels: RwSignal::new(Panels::all()),
            theme: RwSignal::new(Theme::Auto),
            playing: RwSignal::new(false),
            speed: RwSignal::new(1.0),
            breakpoints: RwSignal::new(Vec::new()),
        }
    }

    /// Adds or removes a breakpoint at `line`.
    pub fn toggle_breakpoint(&self, line: u32) {
        self.breakpoints
            .update(|b| match b.iter().position(|l| *l == line) {
                Some(i) => {
                    b.remove(i);
                }
                None => b.push(line),
            });
    }
}

/// The page's state, as provided by `App`.
pub fn use_page_state() -> PageState {
    expect_context::<PageState>()
}
