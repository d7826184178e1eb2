//! The timeline (SVG): a lane per task across the run, its running, ready,
//! waiting and stalled stretches, the moments the virtual clock moves, and
//! a playhead at the current step. Clicking it goes to that step.
//!
//! The x axis is steps rather than seconds: on a virtual clock everything a
//! task runs takes no time at all, so a time axis would squash every
//! running stretch to nothing. The clock's moves are marked on the axis.
//! The axis starts where the first task does: what the module does before
//! `asyncio.run` has no lane to show.

use leptos::ev::MouseEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::colours::colour_class;
use super::recording::{ProgramRun, use_recording};
use super::state::use_page_state;
use crate::engine::numeric::float_repr::float_repr;
use crate::trace::SegmentKind;

/// The SVG's own width; it is stretched to the panel's.
const WIDTH: f64 = 1000.0;
const LANE: f64 = 16.0;
/// Time labels closer than this (in `WIDTH` units) are skipped.
const MARK_GAP: f64 = 90.0;

fn kind_class(k: SegmentKind) -> &'static str {
    match k {
        SegmentKind::Running => "seg seg-running",
        SegmentKind::Ready => "seg seg-ready",
        SegmentKind::Waiting => "seg seg-waiting",
        SegmentKind::Stalled => "seg seg-stalled",
    }
}

/// Where the axis starts: the first task's first step.
fn origin(run: &ProgramRun) -> u64 {
    run.timeline.iter().map(|s| s.from_step).min().unwrap_or(0)
}

/// The tasks in the order their lanes are drawn (first seen first).
fn lanes(run: &ProgramRun) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for s in &run.timeline {
        if !names.contains(&s.task) {
            names.push(s.task.clone());
        }
    }
    names
}

#[component]
pub fn Timeline() -> impl IntoView {
    let rec = use_recording();
    let state = use_page_state();
    // The axis: from the first task's first step to the last step.
    let axis = move || {
        rec.run
            .with(|r| r.as_ref().map_or((0, 0), |r| (origin(r), r.last)))
    };
    let x_of = move |step: u64, (from, to): (u64, u64)| {
        if to <= from {
            0.0
        } else {
            step.saturating_sub(from).min(to - from) as f64 / (to - from) as f64 * WIDTH
        }
    };
    // A layer of its own over the lanes, moved by a transform: a line
    // inside the SVG repainted every lane at each step.
    let playhead = move || {
        let x = x_of(state.step.get(), axis());
        format!("translateX({:.3}%)", x / WIDTH * 100.0)
    };
    let seek = move |ev: MouseEvent| {
        let Some(svg) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let rect = svg.get_bounding_client_rect();
        let (from, to) = rec
            .run
            .with_untracked(|r| r.as_ref().map_or((0, 0), |r| (origin(r), r.last)));
        if rect.width() > 0.0 {
            let at = ((ev.client_x() as f64 - rect.left()) / rect.width()).clamp(0.0, 1.0);
            state.playing.set(false);
            state
                .step
                .set(from + (at * to.saturating_sub(from) as f64).round() as u64);
        }
    };
    let body = move || {
        rec.run.with(|run| {
            let run = run.as_ref()?;
            let names = lanes(run);
            let height = names.len().max(1) as f64 * LANE;
            let lane_of = |t: &str| names.iter().position(|n| n == t).unwrap_or(0) as f64;
            let segments = run
                .timeline
                .iter()
                .filter(|s| s.kind != SegmentKind::Waiting || s.to_step > s.from_step)
                .map(|s| {
                    let x = x_of(s.from_step, (origin(run), run.last));
                    // A stretch shorter than a pixel still shows.
                    let w = (x_of(s.to_step, (origin(run), run.last)) - x).max(1.0);
                    let y = lane_of(&s.task) * LANE + 2.0;
                    view! {
                        <rect class=format!("{} {}", kind_class(s.kind), colour_class(&s.task))
                            x=x y=y width=w height=LANE - 4.0 />
                    }
                })
                .collect_view();
            let mut shown = f64::NEG_INFINITY;
            let marks = run
                .clock_marks
                .iter()
                .filter_map(|&(step, time)| {
                    let x = x_of(step, (origin(run), run.last));
                    (x - shown >= MARK_GAP).then(|| {
                        shown = x;
                        view! {
                            <span class="time-mark" style=format!("left: {:.2}%", x / WIDTH * 100.0)>
                                {format!("t={}", float_repr(time))}
                            </span>
                        }
                    })
                })
                .collect_view();
            let ticks = run
                .clock_marks
                .iter()
                .map(|&(step, _)| {
                    let x = x_of(step, (origin(run), run.last));
                    view! { <line class="clock-tick" x1=x x2=x y1="0" y2=height /> }
                })
                .collect_view();
            let labels = names
                .iter()
                .map(|n| view! { <li class=format!("lane-label {}", colour_class(n))>{n.clone()}</li> })
                .collect_view();
            Some(view! {
                <div class="timeline-body" class:hidden=names.is_empty()>
                    <ol class="lane-labels" aria-label="Tasks">{labels}</ol>
                    <div class="lanes">
                        <div class="time-marks" aria-hidden="true">{marks}</div>
                        <svg class="lanes-svg" role="img" aria-label="Timeline: click to go to that step"
                            viewBox=format!("0 0 {WIDTH} {height}") preserveAspectRatio="none"
                            height=height on:click=seek>
                            {ticks}
                            {segments}
                        </svg>
                        <div class="playhead-track" aria-hidden="true">
                            <div class="playhead" style:transform=playhead></div>
                        </div>
                    </div>
                </div>
                <p class="placeholder" class:hidden=!names.is_empty()>"No task ran in this program."</p>
            })
        })
    };
    view! {
        <section class="panel panel-timeline" aria-labelledby="timeline-title">
            <div class="panel-head">
                <h2 id="timeline-title" class="panel-title">"Timeline"</h2>
                <span class="legend" aria-hidden="true">
                    <span class="key key-running">"running"</span>
                    <span class="key key-ready">"ready"</span>
                    <span class="key key-waiting">"waiting"</span>
                    <span class="key key-stalled">"stalled"</span>
                </span>
            </div>
            {body}
        </section>
    }
}
