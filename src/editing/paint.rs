//! The coloured copy of the program drawn under the editor's textarea: the
//! highlighter's tokens, cut where the error's underline starts and ends,
//! and where its message goes (the end of the error's line).

use super::Diagnostic;
use crate::engine::syntax::{HighlightKind, tokenize_for_highlight};

/// A run of text drawn with one style: `source[start..end]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    pub start: usize,
    pub end: usize,
    /// The CSS class for the token's kind; empty for plain names and
    /// whitespace, which need no element of their own.
    pub class: &'static str,
    /// Inside the error's underlined range.
    pub underlined: bool,
}

/// The pieces of `source`, in order, covering every byte, and the offset
/// where the error's message is drawn (before the piece starting there, or
/// after the last one).
pub fn paint(source: &str, diagnostic: Option<&Diagnostic>) -> (Vec<Piece>, Option<usize>) {
    let mut cuts: Vec<usize> = Vec::new();
    let message_at = diagnostic.map(|d| {
        cuts.extend([d.start, d.end]);
        let at = d.start.min(source.len());
        source[at..].find('\n').map_or(source.len(), |i| at + i)
    });
    cuts.extend(message_at);
    let mut pieces = Vec::new();
    for token in tokenize_for_highlight(source) {
        let class = class_of(token.kind);
        let mut start = token.start as usize;
        let end = token.end as usize;
        let inner = cuts.iter().copied().filter(|&c| c > start && c < end);
        let mut bounds: Vec<usize> = inner.collect();
        bounds.sort_unstable();
        bounds.push(end);
        for cut in bounds {
            if cut <= start || !source.is_char_boundary(cut) {
                continue;
            }
            let underlined = diagnostic.is_some_and(|d| start >= d.start && cut <= d.end);
            pieces.push(Piece {
                start,
                end: cut,
                class,
                underlined,
            });
            start = cut;
        }
    }
    (pieces, message_at)
}

fn class_of(kind: HighlightKind) -> &'static str {
    match kind {
        HighlightKind::Keyword => "tok-keyword",
        HighlightKind::Builtin => "tok-builtin",
        HighlightKind::Number => "tok-number",
        HighlightKind::String => "tok-string",
        HighlightKind::FString => "tok-fstring",
        HighlightKind::Comment => "tok-comment",
        HighlightKind::Operator => "tok-operator",
        HighlightKind::Error => "tok-error",
        HighlightKind::Name | HighlightKind::Whitespace => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::editing::check;

    #[test]
    fn pieces_cover_the_source_and_carry_classes() {
        let source = "async def f():\n    pass\n";
        let (pieces, message_at) = paint(source, None);
        assert_eq!(message_at, None);
        let joined: String = pieces.iter().map(|p| &source[p.start..p.end]).collect();
        assert_eq!(joined, source);
        assert_eq!(pieces[0].class, "tok-keyword");
        assert!(pieces.iter().all(|p| !p.underlined));
    }

    #[test]
    fn the_error_is_cut_out_and_its_message_goes_at_the_line_end() {
        let source = "x = 1\ny = (1 2)\nz = 3\n";
        let diagnostic = check(source).expect("an error");
        let (pieces, message_at) = paint(source, Some(&diagnostic));
        let underlined: String = pieces
            .iter()
            .filter(|p| p.underlined)
            .map(|p| &source[p.start..p.end])
            .collect();
        assert_eq!(underlined, &source[diagnostic.start..diagnostic.end]);
        assert_eq!(message_at, Some(source.find(")\n").unwrap() + 1));
        assert!(pieces.iter().any(|p| p.start == message_at.unwrap()));
    }
}
