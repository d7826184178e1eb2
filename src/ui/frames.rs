//! A frame stack, innermost last: `function:line` and the locals.

use leptos::prelude::*;

use crate::trace::FrameSnap;

/// Redrawn whole when the stack changes: a task's frames are a handful of
/// lines, and only the cards of tasks that moved see a change.
#[component]
pub fn Frames(frames: Signal<Vec<FrameSnap>>) -> impl IntoView {
    move || {
        frames.with(|frames| {
            (!frames.is_empty()).then(|| {
                view! {
                    <ol class="frames">
                        {frames
                            .iter()
                            .map(|f| {
                                view! {
                                    <li class="frame">
                                        <code class="frame-where">{format!("{}:{}", f.function, f.line)}</code>
                                        {f.locals
                                            .iter()
                                            .map(|(k, v)| view! { <code class="local">{k.clone()} "=" {v.clone()}</code> })
                                            .collect_view()}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                }
            })
        })
    }
}
