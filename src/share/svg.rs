//! The "Export SVG" picture: the program with line numbers, then what it
//! printed, as one standalone SVG file (text, not a bitmap, so it stays
//! sharp in a post and its text can be selected and searched).
//!
//! The timeline and the machinery panels have no drawing of their own yet;
//! when they do, they join this document as further sections.

use std::fmt::Write as _;

/// Pixels per character and per line at the font size below (a monospace
/// font's advance is about 0.6 em).
const FONT_SIZE: u32 = 13;
const CHAR_WIDTH: f64 = 7.9;
const LINE_HEIGHT: u32 = 18;
const MARGIN: u32 = 16;
/// Room for line numbers before the code.
const GUTTER_CHARS: usize = 5;
/// A long line is cut here rather than making a picture many screens wide.
const MAX_COLUMNS: usize = 160;

const INK: &str = "#1d1f23";
const MUTED: &str = "#5d626b";
const STDERR: &str = "#a12626";
const PAPER: &str = "#ffffff";

/// What the picture shows.
pub struct Picture<'a> {
    /// The heading: the scenario's title, or "coroscope".
    pub title: &'a str,
    pub program: &'a str,
    pub stdout: &'a str,
    pub stderr: &'a str,
}

/// One row of text and how it is drawn.
struct Row {
    text: String,
    colour: &'static str,
    bold: bool,
    /// Line number drawn before the text, for program rows.
    number: Option<usize>,
}

impl Row {
    fn plain(text: String, colour: &'static str) -> Row {
        Row {
            text,
            colour,
            bold: false,
            number: None,
        }
    }

    fn heading(text: &str) -> Row {
        Row {
            text: text.to_string(),
            colour: MUTED,
            bold: true,
            number: None,
        }
    }
}

/// The SVG document for `picture`.
pub fn render(picture: &Picture<'_>) -> String {
    let rows = rows(picture);
    let columns = rows
        .iter()
        .map(|r| r.text.chars().count() + if r.number.is_some() { GUTTER_CHARS } else { 0 })
        .max()
        .unwrap_or(0)
        .max(40);
    let width = (2 * MARGIN) as f64 + columns as f64 * CHAR_WIDTH;
    let width = width.ceil() as u32;
    let height = 2 * MARGIN + rows.len() as u32 * LINE_HEIGHT;

    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
         viewBox=\"0 0 {width} {height}\" font-family=\"DejaVu Sans Mono, Menlo, Consolas, monospace\" \
         font-size=\"{FONT_SIZE}\">\n<rect width=\"{width}\" height=\"{height}\" fill=\"{PAPER}\"/>\n"
    );
    for (i, row) in rows.iter().enumerate() {
        let y = MARGIN + (i as u32 + 1) * LINE_HEIGHT - 5;
        let mut x = MARGIN as f64;
        if let Some(n) = row.number {
            let _ = writeln!(
                svg,
                "<text x=\"{:.1}\" y=\"{y}\" fill=\"{MUTED}\" text-anchor=\"end\">{n}</text>",
                x + (GUTTER_CHARS - 2) as f64 * CHAR_WIDTH
            );
            x += GUTTER_CHARS as f64 * CHAR_WIDTH;
        }
        if row.text.is_empty() {
            continue;
        }
        let weight = if row.bold {
            " font-weight=\"bold\""
        } else {
            ""
        };
        let _ = writeln!(
            svg,
            "<text x=\"{x:.1}\" y=\"{y}\" fill=\"{}\"{weight} xml:space=\"preserve\">{}</text>",
            row.colour,
            escape_text(&row.text)
        );
    }
    svg.push_str("</svg>\n");
    svg
}

fn rows(picture: &Picture<'_>) -> Vec<Row> {
    let mut rows = vec![Row {
        bold: true,
        ..Row::plain(picture.title.to_string(), INK)
    }];
    rows.push(Row::plain(String::new(), INK));
    rows.push(Row::heading("PROGRAM"));
    for (i, line) in lines(picture.program).into_iter().enumerate() {
        rows.push(Row {
            number: Some(i + 1),
            ..Row::plain(line, INK)
        });
    }
    rows.push(Row::plain(String::new(), INK));
    rows.push(Row::heading("OUTPUT"));
    rows.extend(
        lines(picture.stdout)
            .into_iter()
            .map(|l| Row::plain(l, INK)),
    );
    rows.extend(
        lines(picture.stderr)
            .into_iter()
            .map(|l| Row::plain(l, STDERR)),
    );
    rows
}

/// The lines of `text` as a terminal would leave them: tabs expanded, a
/// carriage return starting the line over (spinners), characters XML
/// cannot hold dropped, and no empty last line for a final newline.
fn lines(text: &str) -> Vec<String> {
    let text = text.strip_suffix('\n').unwrap_or(text);
    if text.is_empty() {
        return Vec::new();
    }
    text.split('\n')
        .map(|line| {
            let shown = line.rsplit('\r').find(|s| !s.is_empty()).unwrap_or("");
            let mut out = String::new();
            for c in shown.chars() {
                if out.chars().count() >= MAX_COLUMNS {
                    out.push('\u{2026}');
                    break;
                }
                match c {
                    '\t' => out.push_str(&" ".repeat(4 - out.chars().count() % 4)),
                    c if c.is_control() => {}
                    c => out.push(c),
                }
            }
            out
        })
        .collect()
}

/// Text made safe as XML character data.
fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn program_and_output_are_escaped_text() {
        let svg = render(&Picture {
            title: "A <title>",
            program: "print('</text><script>x</script>')\n\tif a & b:\n",
            stdout: "one\ntwo\n",
            stderr: "Traceback\n",
        });
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.ends_with("</svg>\n"));
        assert!(!svg.contains("<script"));
        assert!(svg.contains("print('&lt;/text&gt;&lt;script&gt;x&lt;/script&gt;')"));
        assert!(svg.contains(">    if a &amp; b:</text>"));
        assert!(svg.contains("A &lt;title&gt;"));
        assert!(svg.contains(&format!(
            "fill=\"{STDERR}\" xml:space=\"preserve\">Traceback<"
        )));
        assert!(svg.contains(">one</text>") && svg.contains(">two</text>"));
    }

    #[test]
    fn terminal_effects_are_applied() {
        assert_eq!(lines("spin |\rspin /\rdone\n"), ["done"]);
        assert_eq!(lines("a\u{7}b\n\n"), ["ab", ""]);
        assert_eq!(lines(""), Vec::<String>::new());
        let long = "x".repeat(500);
        assert_eq!(lines(&long)[0].chars().count(), MAX_COLUMNS + 1);
    }
}
