//! The editing keys: Tab, Shift-Tab, Enter and Ctrl-/, each a function from
//! (text, selection) to one [`Edit`].

use super::line_edits::{LineEdits, line_start, lines_in, touched_lines};
use super::{Edit, INDENT, Selection};
use crate::engine::syntax::{HighlightKind, tokenize_for_highlight};

/// Tab. A caret gets spaces up to the next multiple of four columns; a
/// selection indents every line it touches (blank lines stay empty).
pub fn indent(text: &str, selection: Selection) -> Edit {
    if selection.is_caret() {
        let column = text[line_start(text, selection.start)..selection.start]
            .chars()
            .count();
        let spaces = &INDENT[column % INDENT.len()..];
        let at = selection.start + spaces.len();
        return Edit {
            start: selection.start,
            end: selection.end,
            insert: spaces.to_string(),
            selection: Selection::caret(at),
        };
    }
    let (first, last) = touched_lines(text, selection);
    let mut edits = LineEdits::new(text, first, last);
    for (at, line) in lines_in(text, first, last) {
        if !line.trim().is_empty() {
            edits.change(at, 0, INDENT);
        }
    }
    edits.finish(selection)
}

/// Shift-Tab: removes one level of indentation (up to four spaces, or a
/// tab) from every line the selection or caret touches.
pub fn dedent(text: &str, selection: Selection) -> Edit {
    let (first, last) = touched_lines(text, selection);
    let mut edits = LineEdits::new(text, first, last);
    for (at, line) in lines_in(text, first, last) {
        let removed = if line.starts_with('\t') {
            1
        } else {
            line.bytes()
                .take(INDENT.len())
                .take_while(|&b| b == b' ')
                .count()
        };
        if removed > 0 {
            edits.change(at, removed, "");
        }
    }
    edits.finish(selection)
}

/// Enter: a new line with the indentation of the current one, one level
/// deeper after a line that ends in `:` (comments aside).
pub fn newline(text: &str, selection: Selection) -> Edit {
    let before = &text[line_start(text, selection.start)..selection.start];
    let mut indentation: String = before
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect();
    if opens_block(before) {
        indentation.push_str(INDENT);
    }
    let insert = format!("\n{indentation}");
    Edit {
        start: selection.start,
        end: selection.end,
        selection: Selection::caret(selection.start + insert.len()),
        insert,
    }
}

/// True when the last token of `line` (ignoring comments) is a `:`.
fn opens_block(line: &str) -> bool {
    tokenize_for_highlight(line)
        .iter()
        .rev()
        .find(|t| !matches!(t.kind, HighlightKind::Whitespace | HighlightKind::Comment))
        .is_some_and(|t| &line[t.start as usize..t.end as usize] == ":")
}

/// Ctrl-/: comments out the touched lines with `# ` at their common
/// indentation, or, when every non-blank one is already a comment, removes
/// the `#` (and one space after it).
pub fn toggle_comment(text: &str, selection: Selection) -> Edit {
    let (first, last) = touched_lines(text, selection);
    let lines: Vec<(usize, &str)> = lines_in(text, first, last)
        .filter(|(_, line)| !line.trim().is_empty())
        .collect();
    let indent_of = |line: &str| line.len() - line.trim_start().len();
    let mut edits = LineEdits::new(text, first, last);
    if !lines.is_empty() && lines.iter().all(|(_, l)| l.trim_start().starts_with('#')) {
        for (at, line) in lines {
            let hash = at + indent_of(line);
            let removed = if text[hash + 1..].starts_with(' ') {
                2
            } else {
                1
            };
            edits.change(hash, removed, "");
        }
    } else {
        let column = lines.iter().map(|(_, l)| indent_of(l)).min().unwrap_or(0);
        for (at, _) in lines {
            edits.change(at + column, 0, "# ");
        }
    }
    edits.finish(selection)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs a command on text where `|` marks a caret, or `[` and `]` a
    /// selection, and returns the result marked the same way.
    fn run(command: fn(&str, Selection) -> Edit, marked: &str) -> String {
        let (text, selection) = unmark(marked);
        let edit = command(&text, selection);
        mark(&edit.apply(&text), edit.selection)
    }

    fn unmark(marked: &str) -> (String, Selection) {
        if let Some(at) = marked.find('|') {
            return (marked.replacen('|', "", 1), Selection::caret(at));
        }
        let start = marked.find('[').expect("a marker");
        let end = marked.find(']').expect("a closing marker") - 1;
        (marked.replace(['[', ']'], ""), Selection { start, end })
    }

    fn mark(text: &str, selection: Selection) -> String {
        if selection.is_caret() {
            return format!("{}|{}", &text[..selection.start], &text[selection.start..]);
        }
        format!(
            "{}[{}]{}",
            &text[..selection.start],
            &text[selection.start..selection.end],
            &text[selection.end..]
        )
    }

    #[test]
    fn tab_at_a_caret_goes_to_the_next_stop() {
        assert_eq!(run(indent, "|x"), "    |x");
        assert_eq!(run(indent, "ab|c"), "ab  |c");
        assert_eq!(run(indent, "    |"), "        |");
    }

    #[test]
    fn tab_on_a_selection_indents_its_lines() {
        assert_eq!(run(indent, "a\n[b\n\nc]\nd"), "a\n[    b\n\n    c]\nd");
        // Ending at the start of a line leaves that line alone.
        assert_eq!(run(indent, "[a\n]b"), "[    a\n]b");
        assert_eq!(run(indent, "x = [1]"), "    x = [1]");
    }

    #[test]
    fn shift_tab_dedents() {
        assert_eq!(run(dedent, "    x|"), "x|");
        assert_eq!(run(dedent, "  |  x"), "|x");
        assert_eq!(run(dedent, "      x|"), "  x|");
        assert_eq!(run(dedent, "\tx|"), "x|");
        assert_eq!(run(dedent, "[    a\n        b\nc]"), "[a\n    b\nc]");
        assert_eq!(run(dedent, "x|"), "x|");
    }

    #[test]
    fn enter_keeps_and_deepens_indentation() {
        assert_eq!(run(newline, "    x = 1|"), "    x = 1\n    |");
        assert_eq!(run(newline, "def f():|"), "def f():\n    |");
        assert_eq!(
            run(newline, "    if x:  # why|"),
            "    if x:  # why\n        |"
        );
        assert_eq!(run(newline, "d = {1: 2}|"), "d = {1: 2}\n|");
        assert_eq!(run(newline, "    a[b]c"), "    a\n    |c");
    }

    #[test]
    fn ctrl_slash_toggles_comments() {
        assert_eq!(run(toggle_comment, "x = 1|"), "# x = 1|");
        assert_eq!(run(toggle_comment, "# x = 1|"), "x = 1|");
        assert_eq!(run(toggle_comment, "#x|"), "x|");
        assert_eq!(
            run(toggle_comment, "[    a\n\n        b]"),
            "[    # a\n\n    #     b]"
        );
        assert_eq!(
            run(toggle_comment, "[    # a\n\n    #     b]"),
            "[    a\n\n        b]"
        );
        // A mix of comments and code is commented as a whole.
        assert_eq!(run(toggle_comment, "[# a\nb]"), "[# # a\n# b]");
        assert_eq!(run(toggle_comment, "|"), "|");
    }
}
