//! The coloured copy of the program under the textarea (which draws only
//! its caret and selection). Text goes in as text nodes, never as HTML.

use leptos::html;
use leptos::prelude::*;

use crate::editing::Diagnostic;
use crate::editing::paint::paint;

#[component]
pub fn HighlightLayer(
    source: ReadSignal<String>,
    diagnostic: Signal<Option<Diagnostic>>,
    layer_ref: NodeRef<html::Pre>,
) -> impl IntoView {
    view! {
        <pre class="code-layer code-highlight" aria-hidden="true" node_ref=layer_ref>
            {move || source.with(|s| diagnostic.with(|d| render(s, d.as_ref())))}
        </pre>
    }
}

fn render(source: &str, diagnostic: Option<&Diagnostic>) -> Vec<AnyView> {
    let (pieces, message_at) = paint(source, diagnostic);
    let message = move || {
        diagnostic.map(|d| {
            view! { <span class="code-message">{format!("{}: {}", d.kind, d.message)}</span> }
                .into_any()
        })
    };
    let mut views = Vec::with_capacity(pieces.len() + 2);
    for piece in pieces {
        if Some(piece.start) == message_at {
            views.extend(message());
        }
        let text = source[piece.start..piece.end].to_string();
        views.push(if piece.class.is_empty() && !piece.underlined {
            text.into_any()
        } else {
            view! { <span class=piece.class class:code-error=piece.underlined>{text}</span> }
                .into_any()
        });
    }
    if message_at == Some(source.len()) {
        views.extend(message());
    }
    // A final empty line still takes a line's height, as in the textarea.
    if source.is_empty() || source.ends_with('\n') {
        views.push(" ".into_any());
    }
    views
}
