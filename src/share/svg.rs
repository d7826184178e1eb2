//! The "Export SVG" picture: the program with line numbers, what it has
//! printed by the current step, the machinery panels at that step (tasks
//! with their frames, the event loop's clock, `_ready` and `_scheduled`,
//! the futures), and the timeline (one lane per task, the playhead at the
//! step), as one standalone SVG file: text, not a bitmap, so it stays
//! sharp in a post and its text can be selected and searched.

use std::fmt::Write as _;

use crate::trace::{Segment, SegmentKind, Snapshot};

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
/// Lane colours by state, as the page's light palette has them.
const RUNNING: &str = "#2f8f46";
const READY: &str = "#3a5fcd";
const WAITING: &str = "#b7791f";
const STALLED: &str = "#c53030";
/// The timeline's lanes: their height, and the width steps are spread over.
const LANE: u32 = 16;
const LANES_WIDTH: f64 = 640.0;
/// Characters kept of a task's name in its lane label.
const LABEL_CHARS: usize = 16;

/// What the picture shows.
pub struct Picture<'a> {
    /// The heading: the scenario's title, or "coroscope".
    pub title: &'a str,
    pub program: &'a str,
    pub stdout: &'a str,
    pub stderr: &'a str,
    /// The run's timeline (`Trace::timeline`), empty when no task ran.
    pub timeline: &'a [Segment],
    /// The state at the step, for the machinery panels (none before a
    /// run is recorded).
    pub snapshot: Option<&'a Snapshot>,
    /// The step shown (the playhead) and the run's last step.
    pub step: u64,
    pub last: u64,
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
    let lanes = lanes(picture.timeline);
    let lanes_left = MARGIN as f64 + (LABEL_CHARS + 1) as f64 * CHAR_WIDTH;
    let text_width = (2 * MARGIN) as f64 + columns as f64 * CHAR_WIDTH;
    let timeline_width = if lanes.is_empty() {
        0.0
    } else {
        lanes_left + LANES_WIDTH + MARGIN as f64
    };
    let width = text_width.max(timeline_width).ceil() as u32;
    let text_height = MARGIN + rows.len() as u32 * LINE_HEIGHT;
    let timeline_height = if lanes.is_empty() {
        0
    } else {
        2 * LINE_HEIGHT + lanes.len() as u32 * LANE
    };
    let height = text_height + timeline_height + MARGIN;

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
    if !lanes.is_empty() {
        timeline(
            &mut svg,
            picture,
            &lanes,
            text_height + LINE_HEIGHT,
            lanes_left,
        );
    }
    svg.push_str("</svg>\n");
    svg
}

/// The tasks in lane order: first seen first, as the page draws them.
fn lanes(timeline: &[Segment]) -> Vec<&str> {
    let mut names: Vec<&str> = Vec::new();
    for s in timeline {
        if !names.contains(&s.task.as_str()) {
            names.push(&s.task);
        }
    }
    names
}

/// The TIMELINE heading, then a lane per task from `top`: its name, a bar
/// per stretch in one state, and the playhead.
fn timeline(svg: &mut String, picture: &Picture<'_>, lanes: &[&str], top: u32, left: f64) {
    let _ = writeln!(
        svg,
        "<text x=\"{MARGIN}\" y=\"{}\" fill=\"{MUTED}\" font-weight=\"bold\">TIMELINE</text>",
        top + LINE_HEIGHT - 5
    );
    let top = top + LINE_HEIGHT;
    let origin = picture
        .timeline
        .iter()
        .map(|s| s.from_step)
        .min()
        .unwrap_or(0);
    let span = picture.last.saturating_sub(origin).max(1) as f64;
    let x_of = |step: u64| left + step.saturating_sub(origin) as f64 / span * LANES_WIDTH;
    for (i, name) in lanes.iter().enumerate() {
        let y = top + i as u32 * LANE;
        let label: String = name.chars().take(LABEL_CHARS).collect();
        let _ = writeln!(
            svg,
            "<text x=\"{MARGIN}\" y=\"{}\" fill=\"{INK}\" font-size=\"11\">{}</text>",
            y + LANE - 4,
            escape_text(&label)
        );
    }
    for s in picture.timeline {
        let lane = lanes.iter().position(|n| *n == s.task).unwrap_or(0) as u32;
        let colour = match s.kind {
            SegmentKind::Running => RUNNING,
            SegmentKind::Ready => READY,
            SegmentKind::Waiting => WAITING,
            SegmentKind::Stalled => STALLED,
        };
        let x = x_of(s.from_step);
        // A stretch shorter than a pixel still shows.
        let w = (x_of(s.to_step) - x).max(1.0);
        let _ = writeln!(
            svg,
            "<rect x=\"{x:.1}\" y=\"{}\" width=\"{w:.1}\" height=\"{}\" fill=\"{colour}\"/>",
            top + lane * LANE + 2,
            LANE - 4
        );
    }
    let playhead = x_of(picture.step);
    let _ = writeln!(
        svg,
        "<line x1=\"{playhead:.1}\" x2=\"{playhead:.1}\" y1=\"{top}\" y2=\"{}\" stroke=\"{INK}\" stroke-width=\"1.5\"/>",
        top + lanes.len() as u32 * LANE
    );
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
    if let Some(snap) = picture.snapshot {
        machinery(snap, &mut rows);
    }
    rows
}

/// The tasks, event loop and futures panels at the step, as text rows.
fn machinery(snap: &Snapshot, rows: &mut Vec<Row>) {
    let push = |rows: &mut Vec<Row>, text: String, colour: &'static str| {
        rows.extend(lines(&text).into_iter().map(|l| Row::plain(l, colour)));
    };
    rows.push(Row::plain(String::new(), INK));
    rows.push(Row::heading("EVENT LOOP"));
    push(
        rows,
        format!("t = {:.3} s   pass {}", snap.clock, snap.iteration),
        INK,
    );
    push(
        rows,
        format!("running   {}", snap.running.as_deref().unwrap_or("—")),
        INK,
    );
    let ready: Vec<&str> = snap.ready.iter().map(|h| h.label.as_str()).collect();
    push(rows, format!("_ready    [{}]", ready.join(", ")), INK);
    let timers: Vec<String> = snap
        .timers
        .iter()
        .map(|h| match h.when {
            Some(w) => format!("{} at t={w:.3}", h.label),
            None => h.label.clone(),
        })
        .collect();
    push(rows, format!("_scheduled [{}]", timers.join(", ")), INK);
    if !snap.tasks.is_empty() || !snap.generators.is_empty() {
        rows.push(Row::plain(String::new(), INK));
        rows.push(Row::heading("TASKS"));
    }
    for t in &snap.tasks {
        let mut head = format!("{}  {}", t.name, t.state);
        if let Some(a) = &t.awaits {
            let _ = write!(head, "  awaits {a}");
        }
        if let Some(r) = &t.result {
            let _ = write!(head, "  result {r}");
        }
        push(rows, head, INK);
        for f in &t.frames {
            let locals: Vec<String> = f.locals.iter().map(|(k, v)| format!("{k}={v}")).collect();
            push(
                rows,
                format!("    {}:{}  {}", f.function, f.line, locals.join(" ")),
                MUTED,
            );
        }
    }
    for g in &snap.generators {
        let mut head = format!("{} {}  {}", g.kind, g.name, g.state);
        if let Some(a) = &g.awaits {
            let _ = write!(head, "  awaits {a}");
        }
        push(rows, head, INK);
    }
    if !snap.futures.is_empty() {
        rows.push(Row::plain(String::new(), INK));
        rows.push(Row::heading("FUTURES"));
    }
    for f in &snap.futures {
        let mut head = format!("{}  {}", f.label, f.state);
        if let Some(r) = &f.result {
            let _ = write!(head, "  {r}");
        }
        if !f.callbacks.is_empty() {
            let _ = write!(head, "  callbacks {}", f.callbacks.join(", "));
        }
        push(rows, head, INK);
    }
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
            timeline: &[],
            snapshot: None,
            step: 0,
            last: 0,
        });
        assert!(!svg.contains("TIMELINE"), "a timeline with no task");
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
    fn the_timeline_has_a_lane_per_task_and_a_playhead() {
        let segment = |task: &str, kind, from_step, to_step| Segment {
            task: task.to_string(),
            kind,
            from_step,
            to_step,
            from_time: 0.0,
            to_time: 0.0,
        };
        let timeline = [
            segment("Task-1", SegmentKind::Running, 10, 20),
            segment("<b>", SegmentKind::Ready, 20, 30),
            segment("Task-1", SegmentKind::Waiting, 20, 110),
        ];
        let svg = render(&Picture {
            title: "t",
            program: "",
            stdout: "",
            stderr: "",
            timeline: &timeline,
            snapshot: None,
            step: 60,
            last: 110,
        });
        assert!(svg.contains(">TIMELINE</text>"));
        assert!(svg.contains(">Task-1</text>") && svg.contains(">&lt;b&gt;</text>"));
        assert_eq!(
            svg.matches("<rect ").count(),
            1 + timeline.len(),
            "paper and a bar per stretch"
        );
        for colour in [RUNNING, READY, WAITING] {
            assert!(svg.contains(&format!("fill=\"{colour}\"")), "{colour}");
        }
        // Steps 10..110 over the lanes' width: the playhead at 60 is halfway.
        let left = MARGIN as f64 + (LABEL_CHARS + 1) as f64 * CHAR_WIDTH;
        assert!(svg.contains(&format!("<line x1=\"{:.1}\"", left + LANES_WIDTH / 2.0)));
    }

    #[test]
    fn the_panels_show_the_step_of_a_real_run() {
        use crate::engine::vm::Limits;
        use crate::trace::{RecordOptions, record};
        let src = "import asyncio\n\nasync def nap(d):\n    await asyncio.sleep(d)\n    return d\n\nasync def main():\n    t = asyncio.create_task(nap(2))\n    print(await nap(1), await t)\n\nasyncio.run(main())\n";
        let trace = record("prog.py", src, Limits::default(), &RecordOptions::default());
        // The first step at which a timer is on the heap: both tasks wait.
        let step = (0..=trace.last)
            .find(|&n| trace.seek(n).timers.len() == 2)
            .expect("a step with both timers scheduled");
        let snap = trace.seek(step);
        let timeline = trace.timeline();
        let svg = render(&Picture {
            title: "t",
            program: src,
            stdout: &snap.stdout,
            stderr: &snap.stderr,
            timeline: &timeline,
            snapshot: Some(&snap),
            step,
            last: trace.last,
        });
        for heading in ["EVENT LOOP", "TASKS", "FUTURES"] {
            assert!(svg.contains(&format!(">{heading}</text>")), "{heading}");
        }
        for task in &snap.tasks {
            assert!(svg.contains(&escape_text(&task.name)), "{}", task.name);
        }
        for timer in &snap.timers {
            assert!(svg.contains(&escape_text(&timer.label)), "{}", timer.label);
        }
        assert!(svg.contains("_scheduled ["));
        assert!(svg.contains("nap:4"), "a task's frame with its line");
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
