//! The page state a link carries (`share::permalink::Payload`): the program,
//! the step, the granularity, the visible panels, the theme and the
//! scenario it came from; plus what opening the link said.
//!
//! The first five fields are the page's own signals (`state::PageState`),
//! copied here so sharing code reads one struct; the rest is sharing's
//! own: the scenario, what the last link opened and why it failed.

use leptos::prelude::*;

use super::state::PageState;
use crate::share::opening::Opening;
use crate::share::permalink::Payload;
use crate::share::scenarios::Scenario;
use crate::share::view::{Granularity, Panels, Theme};

/// The signals sharing reads and writes; `Copy`, and provided as context
/// beside `PageState`.
#[derive(Clone, Copy)]
pub struct ShareState {
    /// The program in the editor.
    pub program: RwSignal<String>,
    /// The step the page shows (instructions executed, docs/TRACE.md).
    pub step: RwSignal<u64>,
    pub granularity: RwSignal<Granularity>,
    pub panels: RwSignal<Panels>,
    pub theme: RwSignal<Theme>,
    /// The gallery scenario the program came from (its title, explanation
    /// and file name).
    pub scenario: RwSignal<Option<&'static Scenario>>,
    /// The program as the last link or scenario opened it: while the editor
    /// still holds exactly this, "Open in coroscope" can reuse that link.
    pub opened: RwSignal<Opened>,
    /// Why the last link could not be opened, for the reader.
    pub link_error: RwSignal<Option<String>>,
    /// The compact iframe layout (`?embed=1`); fixed for the page's life.
    pub embed: bool,
}

/// What the last link opened: its fragment and the program it held.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Opened {
    pub fragment: String,
    pub program: String,
}

impl ShareState {
    /// Sharing's view of `page`, showing what `opening` holds.
    pub fn new(page: PageState, opening: &Opening, embed: bool) -> ShareState {
        let state = ShareState {
            program: page.program,
            step: page.step,
            granularity: page.granularity,
            panels: page.panels,
            theme: page.theme,
            scenario: RwSignal::new(None),
            opened: RwSignal::new(Opened::default()),
            link_error: RwSignal::new(None),
            embed,
        };
        state.apply(opening);
        state
    }

    /// Shows what `opening` holds, replacing the program and view.
    pub fn apply(&self, opening: &Opening) {
        let p = &opening.payload;
        self.program.set(p.program.clone());
        self.step.set(p.step);
        self.granularity.set(p.granularity);
        self.panels.set(p.panels);
        self.theme.set(p.theme);
        self.scenario.set(opening.scenario);
        self.opened.set(Opened {
            fragment: opening.fragment.clone(),
            program: p.program.clone(),
        });
        self.link_error
            .set(opening.error.as_ref().map(ToString::to_string));
    }

    /// Everything a permalink of the current state holds (tracked, so a
    /// link shown on the page follows every change).
    pub fn payload(&self) -> Payload {
        Payload {
            program: self.program.get(),
            step: self.step.get(),
            granularity: self.granularity.get(),
            panels: self.panels.get(),
            theme: self.theme.get(),
            scenario: self.scenario.get().map(|s| s.name.to_string()),
        }
    }

    /// The file name the program runs under: a scenario's own (what
    /// CPython's tracebacks for it show), else the page's.
    pub fn filename(&self, page_filename: &str) -> String {
        self.scenario
            .get()
            .map_or_else(|| page_filename.to_string(), |s| s.filename())
    }
}
