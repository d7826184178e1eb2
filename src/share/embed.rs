//! The page's addresses: a link to open in a full page, the same link
//! for an iframe (`?embed=1`), and the `<iframe>` snippet an author pastes
//! into a post. Plain strings, so they are tested natively.

/// The query that selects the compact layout. It sits in the query, not the
/// fragment, so the fragment stays exactly what a permalink or `#ex=` is.
pub const EMBED_QUERY: &str = "embed=1";

/// The snippet's size when nothing else is known: wide enough for the
/// editor beside the panels, and the style lets it shrink to the column.
const WIDTH: u32 = 960;
const HEIGHT: u32 = 560;

/// True when the query string (`?a=b&embed=1`, with or without the `?`)
/// asks for the embed layout.
pub fn is_embed(search: &str) -> bool {
    search
        .trim_start_matches('?')
        .split('&')
        .any(|pair| pair == EMBED_QUERY)
}

/// The full page at `base` (origin and path, no query) opening `fragment`.
pub fn page_url(base: &str, fragment: &str) -> String {
    format!("{base}{fragment}")
}

/// The embed layout at `base` opening `fragment`.
pub fn embed_url(base: &str, fragment: &str) -> String {
    format!("{base}?{EMBED_QUERY}{fragment}")
}

/// The `<iframe>` an author pastes to embed `src`. `title` names the frame
/// for screen readers; it and `src` are escaped, since a scenario title or
/// a program name may hold quotes.
pub fn snippet(src: &str, title: &str) -> String {
    format!(
        "<iframe src=\"{}\" width=\"{WIDTH}\" height=\"{HEIGHT}\" title=\"{}\" \
         loading=\"lazy\" style=\"width: 100%; max-width: {WIDTH}px; border: 0\"></iframe>",
        escape_attribute(src),
        escape_attribute(title)
    )
}

/// Text made safe inside a double-quoted HTML attribute.
pub fn escape_attribute(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embed_is_one_pair_of_the_query() {
        assert!(is_embed("?embed=1"));
        assert!(is_embed("a=b&embed=1"));
        assert!(!is_embed("?embed=10"));
        assert!(!is_embed("?xembed=1"));
        assert!(!is_embed(""));
    }

    #[test]
    fn urls_keep_the_fragment_as_is() {
        let base = "https://example.org/coroscope/";
        assert_eq!(
            page_url(base, "#ex=gather"),
            "https://example.org/coroscope/#ex=gather"
        );
        assert_eq!(
            embed_url(base, "#p=v1.abc"),
            "https://example.org/coroscope/?embed=1#p=v1.abc"
        );
    }

    #[test]
    fn the_snippet_escapes_what_it_quotes() {
        let html = snippet("https://x/?embed=1#ex=a&b", "\"><script>alert(1)</script>");
        assert!(html.starts_with("<iframe src=\"https://x/?embed=1#ex=a&amp;b\""));
        assert!(html.contains("title=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""));
        assert!(html.contains("loading=\"lazy\""));
        assert!(html.contains("width=\"960\" height=\"560\""));
        assert!(!html.contains("<script"));
    }
}
