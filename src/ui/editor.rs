//! The program editor: a plain `<textarea>` for now.

use leptos::prelude::*;

/// Shows `source` and writes every edit back through `set_source`.
#[component]
pub fn Editor(source: ReadSignal<String>, set_source: WriteSignal<String>) -> impl IntoView {
    view! {
        <section class="panel panel-editor" aria-labelledby="editor-title">
            <h2 id="editor-title" class="panel-title">"Program"</h2>
            <textarea
                id="editor"
                class="editor"
                spellcheck="false"
                autocomplete="off"
                aria-label="Python program"
                prop:value=move || source.get()
                on:input:target=move |ev| set_source.set(ev.target().value())
            ></textarea>
        </section>
    }
}
