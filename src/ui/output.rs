//! The output panel: the program's stdout, stderr and tracebacks.

use leptos::prelude::*;

#[component]
pub fn OutputPanel() -> impl IntoView {
    view! {
        <section class="panel panel-output" aria-labelledby="output-title">
            <h2 id="output-title" class="panel-title">"Output"</h2>
            <pre class="output placeholder">"What the program prints goes here."</pre>
        </section>
    }
}
