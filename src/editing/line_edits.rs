//! Several small changes to a block of whole lines, made as one [`Edit`]:
//! the line commands (indent, dedent, comment) insert or remove a few
//! characters near the start of each line, and the selection must follow.

use super::{Edit, Selection};

/// The lines a selection touches: from the start of its first line to the
/// end of its last (without the newline). A selection that ends at the very
/// start of a line does not touch that line, as in most editors.
pub fn touched_lines(text: &str, selection: Selection) -> (usize, usize) {
    let mut last = selection.end;
    if selection.end > selection.start && line_start(text, selection.end) == selection.end {
        last -= 1;
    }
    (line_start(text, selection.start), line_end(text, last))
}

/// The offset where the line holding `at` starts.
pub fn line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |i| i + 1)
}

/// The offset where the line holding `at` ends (its `\n`, or the end).
pub fn line_end(text: &str, at: usize) -> usize {
    text[at..].find('\n').map_or(text.len(), |i| at + i)
}

/// The lines of `text[start..end]` with their offsets in `text`.
pub fn lines_in(text: &str, start: usize, end: usize) -> impl Iterator<Item = (usize, &str)> {
    let mut at = start;
    text[start..end].split('\n').map(move |line| {
        let line_at = at;
        at += line.len() + 1;
        (line_at, line)
    })
}

/// Changes to `text[block_start..block_end]`, collected in order.
pub struct LineEdits<'a> {
    text: &'a str,
    block_start: usize,
    block_end: usize,
    /// `(at, removed, inserted)`, ascending and not overlapping.
    changes: Vec<(usize, usize, &'static str)>,
}

impl<'a> LineEdits<'a> {
    pub fn new(text: &'a str, block_start: usize, block_end: usize) -> Self {
        LineEdits {
            text,
            block_start,
            block_end,
            changes: Vec::new(),
        }
    }

    /// Replaces `removed` bytes at `at` with `inserted`. Calls must come in
    /// ascending order of `at`.
    pub fn change(&mut self, at: usize, removed: usize, inserted: &'static str) {
        debug_assert!(self.changes.last().is_none_or(|&(a, r, _)| a + r <= at));
        self.changes.push((at, removed, inserted));
    }

    /// The edit, with `selection` carried over. A selection end sitting
    /// exactly where text is inserted moves past it, unless the selection
    /// is a caret at the start of a line: `|x` indented stays `    |x`.
    pub fn finish(self, selection: Selection) -> Edit {
        let mut insert = String::new();
        let mut at = self.block_start;
        for &(pos, removed, inserted) in &self.changes {
            insert.push_str(&self.text[at..pos]);
            insert.push_str(inserted);
            at = pos + removed;
        }
        insert.push_str(&self.text[at..self.block_end]);
        let start_sticks_right = selection.is_caret();
        Edit {
            start: self.block_start,
            end: self.block_end,
            insert,
            selection: Selection {
                start: self.map(selection.start, start_sticks_right),
                end: self.map(selection.end, true),
            },
        }
    }

    /// Where old offset `pos` lands in the new text. Inside a removed range
    /// it goes to where the range was.
    fn map(&self, pos: usize, sticks_right: bool) -> usize {
        let mut delta: isize = 0;
        for &(at, removed, inserted) in &self.changes {
            let after = if sticks_right { pos >= at } else { pos > at };
            if !after {
                break;
            }
            if pos < at + removed {
                return (at as isize + delta) as usize;
            }
            delta += inserted.len() as isize - removed as isize;
        }
        (pos as isize + delta) as usize
    }
}
