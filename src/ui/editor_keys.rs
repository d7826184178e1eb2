//! The editor's keys: Tab / Shift-Tab indent and dedent, Enter keeps the
//! indentation, Ctrl-/ toggles comments, Ctrl-Enter runs. Each edit goes
//! through the browser's own "insert text" so Ctrl-Z undoes it.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlDocument, HtmlTextAreaElement};

use crate::editing::offsets::{byte_to_utf16, utf16_to_byte};
use crate::editing::{Edit, Selection, dedent, indent, newline, toggle_comment};

/// What the key handler remembers between key presses.
#[derive(Clone, Copy)]
pub struct EditorKeys {
    run_now: Callback<()>,
    /// Escape was the last key: the next Tab leaves the editor instead of
    /// indenting, so keyboard users are never trapped in it.
    escaped: StoredValue<bool>,
}

impl EditorKeys {
    pub fn new(run_now: Callback<()>) -> Self {
        EditorKeys {
            run_now,
            escaped: StoredValue::new(false),
        }
    }
}

pub fn on_keydown(ev: &KeyboardEvent, textarea: &HtmlTextAreaElement, keys: &EditorKeys) {
    // A read-only editor (an embed before "Edit") takes no edits by key
    // either: the fallback in `replace` would write around `readonly`.
    if ev.is_composing() || textarea.read_only() {
        return;
    }
    let escaped = keys.escaped.get_value();
    keys.escaped.set_value(ev.key() == "Escape");
    let command: fn(&str, Selection) -> Edit = match ev.key().as_str() {
        "Tab" if escaped || ev.ctrl_key() || ev.alt_key() || ev.meta_key() => return,
        "Tab" if ev.shift_key() => dedent,
        "Tab" => indent,
        "Enter" if ev.ctrl_key() || ev.meta_key() => {
            ev.prevent_default();
            keys.run_now.run(());
            return;
        }
        "Enter" if !ev.shift_key() && !ev.alt_key() => newline,
        _ if (ev.ctrl_key() || ev.meta_key()) && (ev.key() == "/" || ev.code() == "Slash") => {
            toggle_comment
        }
        _ => return,
    };
    ev.prevent_default();
    apply(textarea, command);
}

/// Runs `command` on the textarea's text and selection and applies its edit.
fn apply(textarea: &HtmlTextAreaElement, command: fn(&str, Selection) -> Edit) {
    let text = textarea.value();
    let offset = |units: Option<u32>| utf16_to_byte(&text, units.unwrap_or(0) as usize);
    let selection = Selection {
        start: offset(textarea.selection_start().ok().flatten()),
        end: offset(textarea.selection_end().ok().flatten()),
    };
    let edit = command(&text, selection);
    let after = edit.apply(&text);
    if after != text {
        replace(textarea, &text, &edit, &after);
    }
    let units = |byte| byte_to_utf16(&after, byte) as u32;
    let _ = textarea.set_selection_range(units(edit.selection.start), units(edit.selection.end));
}

/// Replaces the edit's range as if typed: one undo step, one `input` event.
fn replace(textarea: &HtmlTextAreaElement, text: &str, edit: &Edit, after: &str) {
    let units = |byte| byte_to_utf16(text, byte) as u32;
    let _ = textarea.set_selection_range(units(edit.start), units(edit.end));
    let (name, value) = if edit.insert.is_empty() {
        ("delete", "")
    } else {
        ("insertText", edit.insert.as_str())
    };
    let inserted = document()
        .dyn_into::<HtmlDocument>()
        .ok()
        .and_then(|d| {
            d.exec_command_with_show_ui_and_value(name, false, value)
                .ok()
        })
        .unwrap_or(false);
    // Without `execCommand` the edit is still made, only not undoable.
    if !inserted || textarea.value() != after {
        textarea.set_value(after);
        if let Ok(event) = web_sys::Event::new("input") {
            let _ = textarea.dispatch_event(&event);
        }
    }
}
