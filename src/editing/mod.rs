//! What the page's editor does to text, with no browser in sight: the
//! Python-aware editing commands, the error to underline, and the mapping
//! between the browser's UTF-16 offsets and Rust's byte offsets.
//!
//! The `ui` module (wasm only) turns key presses into these calls; keeping
//! the logic here means plain `cargo test` covers it.

pub mod commands;
pub mod diagnostic;
pub mod line_edits;
pub mod offsets;
pub mod paint;

pub use commands::{dedent, indent, newline, toggle_comment};
pub use diagnostic::{Diagnostic, check};

/// A selection in the text, as byte offsets; `start == end` is a caret.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Selection {
    pub start: usize,
    pub end: usize,
}

impl Selection {
    pub fn caret(at: usize) -> Selection {
        Selection { start: at, end: at }
    }

    pub fn is_caret(self) -> bool {
        self.start == self.end
    }
}

/// A change to the text: replace `start..end` with `insert`, then select
/// `selection` (offsets in the new text). One replacement per command, so
/// the browser records it as one undo step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    pub start: usize,
    pub end: usize,
    pub insert: String,
    pub selection: Selection,
}

impl Edit {
    /// The text after the edit.
    pub fn apply(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len() + self.insert.len());
        out.push_str(&text[..self.start]);
        out.push_str(&self.insert);
        out.push_str(&text[self.end..]);
        out
    }
}

/// One level of indentation, as PEP 8 has it.
pub const INDENT: &str = "    ";
