//! Moving through the recorded run: step forward and back at the chosen
//! granularity, jump to either end or to the next event of a kind, play
//! at a speed, and the keys for it (← → step, Space plays, Home / End).

use std::time::Duration;

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::recording::{Recording, use_recording};
use super::state::{PageState, use_page_state};
use crate::share::view;
use crate::trace::{Granularity, Until};

/// Steps a second at 1× speed.
const STEPS_PER_SECOND: f64 = 4.0;

/// "Jump to the next …": what the controls offer, with its label.
pub const EVENT_KINDS: &[(&str, &str)] = &[
    ("wake-up", "wake-up"),
    ("switch", "task switch"),
    ("resolved", "future resolved"),
    ("output", "output"),
    ("breakpoint", "breakpoint"),
];

fn granularity(g: view::Granularity) -> Granularity {
    match g {
        view::Granularity::Line => Granularity::Line,
        view::Granularity::Callback => Granularity::Callback,
        view::Granularity::Iteration => Granularity::Iteration,
        view::Granularity::Bytecode => Granularity::Bytecode,
    }
}

/// The controls' actions, bound to the page's state and recording.
#[derive(Clone, Copy)]
pub struct Playback {
    state: PageState,
    rec: Recording,
}

impl Playback {
    pub fn new() -> Playback {
        Playback {
            state: use_page_state(),
            rec: use_recording(),
        }
    }

    /// The last step of the run, or `None` before there is one.
    pub fn last(&self) -> Option<u64> {
        self.rec.run.with(|r| r.as_ref().map(|r| r.last))
    }

    fn go(&self, to: impl FnOnce(&crate::trace::Trace, u64) -> Option<u64>) -> bool {
        let from = self.state.step.get_untracked();
        let to = self
            .rec
            .trace
            .with_untracked(|t| t.as_ref().and_then(|t| to(t, from)));
        match to {
            Some(to) if to != from => {
                self.state.step.set(to);
                true
            }
            _ => false,
        }
    }

    pub fn forward(&self) -> bool {
        let g = granularity(self.state.granularity.get_untracked());
        self.go(|t, from| Some(t.next(from, g)))
    }

    pub fn back(&self) {
        let g = granularity(self.state.granularity.get_untracked());
        self.go(|t, from| Some(t.prev(from, g)));
    }

    pub fn restart(&self) {
        self.state.playing.set(false);
        self.state.step.set(0);
    }

    pub fn jump_to_end(&self) {
        self.state.playing.set(false);
        self.go(|t, _| Some(t.last));
    }

    /// Goes to the next event of a kind (an id of [`EVENT_KINDS`]); false
    /// when there is none ahead.
    pub fn next_event(&self, kind: &str) -> bool {
        let lines = self.state.breakpoints.get_untracked();
        self.go(|t, from| {
            let until = match kind {
                "wake-up" => Until::WakeUp,
                "switch" => Until::TaskSwitch,
                "resolved" => Until::FutureResolved,
                "output" => Until::Output,
                _ => return t.next_breakpoint(from, &lines),
            };
            t.next_event(from, until)
        })
    }

    pub fn toggle_play(&self) {
        let at_end = self
            .last()
            .is_some_and(|l| self.state.step.get_untracked() >= l);
        if at_end && !self.state.playing.get_untracked() {
            self.state.step.set(0);
        }
        self.state.playing.update(|p| *p = !*p);
    }

    /// Runs the play clock: while playing, a step every `1 / (4 × speed)`
    /// seconds; stops at the end and at a breakpoint.
    pub fn run_clock(self) {
        let handle = StoredValue::new(None::<IntervalHandle>);
        Effect::new(move |_| {
            if let Some(h) = handle.get_value() {
                h.clear();
            }
            handle.set_value(None);
            if !self.state.playing.get() {
                return;
            }
            let every = Duration::from_secs_f64(1.0 / (STEPS_PER_SECOND * self.state.speed.get()));
            let tick = move || {
                let moved = self.forward();
                let line = self.rec.snapshot.with_untracked(|s| {
                    s.as_ref().and_then(|s| {
                        self.rec
                            .filename
                            .with_untracked(|name| s.current_frame(name).map(|f| f.line))
                    })
                });
                let on_breakpoint =
                    line.is_some_and(|l| self.state.breakpoints.with_untracked(|b| b.contains(&l)));
                if !moved || on_breakpoint {
                    self.state.playing.set(false);
                }
            };
            handle.set_value(set_interval_with_handle(tick, every).ok());
        });
    }

    /// The page's keys, when the focus is not in a text field.
    pub fn on_key(&self, ev: &KeyboardEvent) {
        if ev.ctrl_key() || ev.alt_key() || ev.meta_key() || self.last().is_none() {
            return;
        }
        let target = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let tag = target.map(|t| t.tag_name()).unwrap_or_default();
        if matches!(tag.as_str(), "TEXTAREA" | "INPUT" | "SELECT") {
            return;
        }
        match ev.key().as_str() {
            "ArrowRight" => {
                self.state.playing.set(false);
                self.forward();
            }
            "ArrowLeft" => {
                self.state.playing.set(false);
                self.back();
            }
            " " if tag != "BUTTON" => self.toggle_play(),
            "Home" => self.restart(),
            "End" => self.jump_to_end(),
            _ => return,
        }
        ev.prevent_default();
    }
}

/// Wires the play clock and the keys; call once, in `App`.
pub fn install(rec: Recording, state: PageState) {
    let p = Playback { state, rec };
    p.run_clock();
    let listener = window_event_listener(leptos::ev::keydown, move |ev| p.on_key(&ev));
    // The page lives as long as the listener; nothing to remove.
    std::mem::forget(listener);
}
