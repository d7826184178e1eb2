//! The Share dialog: the permalink of what is on screen with "Copy link",
//! the `<iframe>` snippet with "Copy embed code", which panels the link
//! shows, and the SVG export.

use leptos::html;
use leptos::prelude::*;

use super::clipboard;
use super::fragment;
use super::recording::use_recording;
use super::share_state::ShareState;
use crate::share::embed;
use crate::share::svg::{self, Picture};
use crate::share::view::Panel;

/// The header's "Share" button and the dialog it opens.
#[component]
pub fn ShareButton() -> impl IntoView {
    let (open, set_open) = signal(false);
    let toggle = NodeRef::<html::Button>::new();
    // Closing hands the focus back to the button that opened the dialog.
    let close = Callback::new(move |()| {
        set_open.set(false);
        if let Some(button) = toggle.get_untracked() {
            let _ = button.focus();
        }
    });
    view! {
        <div class="share-menu">
            <button
                type="button"
                node_ref=toggle
                class="button share-toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls="share-dialog"
                on:click=move |_| set_open.update(|o| *o = !*o)
            >
                "Share"
            </button>
            <Show when=move || open.get()>
                <ShareDialog close=close />
            </Show>
        </div>
    }
}

#[component]
fn ShareDialog(close: Callback<()>) -> impl IntoView {
    let state = expect_context::<ShareState>();
    // The dialog takes the focus when it opens, so Escape closes it and
    // Tab walks through it.
    let dialog = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        if let Some(d) = dialog.get() {
            let _ = d.focus();
        }
    });
    let link = move || fragment::permalink_url(&state).map_err(|e| e.to_string());
    let snippet = move || {
        fragment::embed_url(&state).map(|src| {
            let title = state.scenario.get().map_or_else(
                || "coroscope".to_string(),
                |s| format!("coroscope: {}", s.title),
            );
            embed::snippet(&src, &title)
        })
    };
    view! {
        <div
            id="share-dialog"
            node_ref=dialog
            tabindex="-1"
            class="share-dialog"
            role="dialog"
            aria-labelledby="share-title"
            on:keydown=move |ev| {
                if ev.key() == "Escape" {
                    close.run(());
                }
            }
        >
            <div class="share-head">
                <h2 id="share-title" class="panel-title">"Share"</h2>
                <button type="button" class="button" aria-label="Close the share dialog" on:click=move |_| close.run(())>
                    "\u{d7}"
                </button>
            </div>
            {move || match link() {
                Ok(url) => {
                    view! {
                        <CopyField label="Link" id="share-link" text=url button="Copy link" multiline=false />
                    }
                        .into_any()
                }
                // Only a program of about 64 KB gets here.
                Err(message) => view! { <p class="link-error-text" role="alert">{message}</p> }.into_any(),
            }}
            {move || {
                snippet()
                    .ok()
                    .map(|code| {
                        view! {
                            <CopyField label="Embed code" id="share-embed" text=code button="Copy embed code" multiline=true />
                        }
                    })
            }}
            <PanelChoice />
            <Export />
        </div>
    }
}

/// A read-only text with its label and a button that copies it. The text
/// stays selectable, for when the clipboard refuses.
#[component]
fn CopyField(
    label: &'static str,
    id: &'static str,
    text: String,
    button: &'static str,
    multiline: bool,
) -> impl IntoView {
    let (status, set_status) = signal(String::new());
    let copied_text = text.clone();
    let copy = move |_| {
        clipboard::copy(copied_text.clone(), move |ok| {
            set_status.set(
                if ok {
                    "Copied."
                } else {
                    "Select the text above and copy it (Ctrl+C)."
                }
                .to_string(),
            );
        })
    };
    let field = if multiline {
        view! { <textarea id=id class="share-field" readonly rows="4" prop:value=text></textarea> }
            .into_any()
    } else {
        view! { <input id=id class="share-field" type="text" readonly prop:value=text /> }
            .into_any()
    };
    view! {
        <div class="share-row">
            <label class="share-label" for=id>{label}</label>
            {field}
            <div class="share-actions">
                <button type="button" class="button button-primary" on:click=copy>{button}</button>
                <span class="share-status" role="status">{status}</span>
            </div>
        </div>
    }
}

/// Which panels the link (and so an embed) shows; the page follows, as a
/// preview of what the reader will see.
#[component]
fn PanelChoice() -> impl IntoView {
    let state = expect_context::<ShareState>();
    view! {
        <fieldset class="share-panels">
            <legend class="share-label">"Panels in the link"</legend>
            {Panel::ALL
                .into_iter()
                .map(|panel| {
                    let toggle = move |ev: leptos::ev::Event| {
                        let on = event_target_checked(&ev);
                        state
                            .panels
                            .update(|set| if on { set.insert(panel) } else { set.remove(panel) });
                    };
                    view! {
                        <label class="share-panel">
                            <input
                                type="checkbox"
                                name=panel.id()
                                prop:checked=move || state.panels.get().contains(panel)
                                on:change=toggle
                            />
                            {panel.id()}
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// The SVG download: the program, its output and the timeline at the
/// current step, served from a `data:` address so nothing goes over the
/// network.
#[component]
fn Export() -> impl IntoView {
    let state = expect_context::<ShareState>();
    let rec = use_recording();
    let file_name = move || {
        let stem = state.scenario.get().map_or("program", |s| s.name);
        format!("coroscope-{stem}.svg")
    };
    let href = move || {
        let title = state.scenario.get().map_or("coroscope", |s| s.title);
        let document = state.program.with(|program| {
            rec.snapshot.with(|snapshot| {
                rec.run.with(|run| {
                    let (stdout, stderr) = snapshot
                        .as_ref()
                        .map_or(("", ""), |s| (s.stdout.as_str(), s.stderr.as_str()));
                    svg::render(&Picture {
                        title,
                        program,
                        stdout,
                        stderr,
                        timeline: run.as_ref().map_or(&[], |r| r.timeline.as_slice()),
                        snapshot: snapshot.as_ref(),
                        step: state.step.get(),
                        last: run.as_ref().map_or(0, |r| r.last),
                    })
                })
            })
        });
        let encoded: String = js_sys::encode_uri_component(&document).into();
        format!("data:image/svg+xml;charset=utf-8,{encoded}")
    };
    view! {
        <div class="share-row">
            <span class="share-label">"Export"</span>
            <a class="button share-export" href=href download=file_name>
                "Download SVG (program, output, panels, timeline)"
            </a>
        </div>
    }
}
