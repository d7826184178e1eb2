//! The gallery's scenarios (`content/`): each must print what CPython 3.11
//! printed for it, within the page's step budget, and carry the metadata the
//! gallery shows.
//!
//! The expected `NAME.out`, `NAME.err` and `NAME.code` beside each program
//! were recorded by the oracle (`python3 tests/oracle/record.py content`),
//! never written by hand. The comparison is the corpus's (tests/corpus.rs):
//! stdout byte for byte, the exit code exactly, and of stderr the last
//! line. Stricter than the corpus on one point: every stderr line that
//! names the program (`File "crawler.py", line 12, in fetch`, or a
//! warning's `never_awaited.py:11:`) must match too, so the line numbers the
//! page shows are CPython's. Lines inside CPython's own asyncio are not
//! compared: a native event loop has no reason to reproduce them.

use std::fs;
use std::path::{Path, PathBuf};

use coroscope::engine::run::run_main;
use coroscope::engine::vm::{Limits, Vm};
use coroscope::share::scenarios::{self, Scenario};
use coroscope::share::view::Granularity;

/// Bytecode steps a scenario may take: the page records every step, so the
/// examples must stay small.
const STEP_BUDGET: u64 = 100_000;

fn content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("content")
}

/// What one run printed, and whether it stopped early (out of steps).
struct Outcome {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    code: i32,
    halted: Option<String>,
}

/// Runs a program in the engine on a thread with room for the parser's
/// recursion, as the CLI does.
fn run(filename: &str, source: &str) -> Outcome {
    let (filename, source) = (filename.to_owned(), source.to_owned());
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let limits = Limits {
                fuel: STEP_BUDGET,
                ..Limits::default()
            };
            let mut vm = Vm::new(&filename, &source, limits);
            let code = run_main(&mut vm, &filename, &source);
            Outcome {
                halted: vm.halt.as_ref().map(|h| format!("{h:?}")),
                stdout: std::mem::take(&mut vm.stdout),
                stderr: std::mem::take(&mut vm.stderr),
                code,
            }
        })
        .expect("spawn")
        .join()
        .expect("the engine panicked")
}

/// Compares one program with its recording; `Err` holds a readable report.
fn check(path: &Path, filename: &str, source: &str) -> Result<(), String> {
    let read = |ext: &str| {
        let p = path.with_extension(ext);
        fs::read(&p).map_err(|e| {
            format!(
                "  no recording {} ({e}): run python3 tests/oracle/record.py content",
                p.display()
            )
        })
    };
    let (want_out, want_err, want_code) = (read("out")?, read("err")?, read("code")?);
    let want_code: i32 = String::from_utf8_lossy(&want_code)
        .trim()
        .parse()
        .map_err(|e| format!("  bad .code file: {e}"))?;
    let got = run(filename, source);

    let mut report = String::new();
    if let Some(halt) = &got.halted {
        report.push_str(&format!(
            "  stopped early ({halt}): more than {STEP_BUDGET} steps?\n"
        ));
    }
    if got.stdout != want_out {
        report.push_str(&format!(
            "  stdout differs\n  --- CPython\n{}\n  +++ coroscope\n{}\n",
            String::from_utf8_lossy(&want_out),
            String::from_utf8_lossy(&got.stdout)
        ));
    }
    if got.code != want_code {
        report.push_str(&format!(
            "  exit code: CPython {want_code}, coroscope {}\n",
            got.code
        ));
    }
    let (want_last, got_last) = (last_line(&want_err), last_line(&got.stderr));
    if want_last != got_last {
        report.push_str(&format!(
            "  last stderr line:\n    CPython:   {want_last}\n    coroscope: {got_last}\n"
        ));
    }
    let (want_lines, got_lines) = (naming(&want_err, filename), naming(&got.stderr, filename));
    if want_lines != got_lines {
        report.push_str(&format!(
            "  stderr lines naming {filename}:\n    CPython:   {want_lines:?}\n    coroscope: {got_lines:?}\n"
        ));
    }
    if report.is_empty() {
        Ok(())
    } else {
        Err(report)
    }
}

/// The last non-empty line, with `0x…` addresses normalised as the oracle does.
fn last_line(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let line = text.lines().rev().find(|l| !l.trim().is_empty());
    normalise_addresses(line.unwrap_or(""))
}

/// The stderr lines that point into the program itself, in order.
fn naming(bytes: &[u8], filename: &str) -> Vec<String> {
    let quoted = format!("File \"{filename}\", line ");
    let warning = format!("{filename}:");
    String::from_utf8_lossy(bytes)
        .lines()
        .filter(|l| l.trim_start().starts_with(&quoted) || l.starts_with(&warning))
        .map(|l| l.trim().to_owned())
        .collect()
}

fn normalise_addresses(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(at) = rest.find("0x") {
        out.push_str(&rest[..at]);
        let digits = rest[at + 2..]
            .bytes()
            .take_while(u8::is_ascii_hexdigit)
            .count();
        if digits >= 4 {
            out.push_str("0x?");
        } else {
            out.push_str(&rest[at..at + 2 + digits]);
        }
        rest = &rest[at + 2 + digits..];
    }
    out.push_str(rest);
    out
}

#[test]
fn every_scenario_prints_what_cpython_printed() {
    let root = content_dir();
    let mut failures = Vec::new();
    for s in scenarios::all() {
        if let Err(report) = check(&root.join(s.path), &s.filename(), s.source) {
            failures.push(format!("{} ({}):\n{report}", s.name, s.path));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} scenarios differ from CPython:\n{}",
        failures.len(),
        scenarios::all().len(),
        failures.join("\n")
    );
}

#[test]
fn the_default_program_prints_what_cpython_printed() {
    let path = content_dir().join("default.py");
    let source = fs::read_to_string(&path).expect("content/default.py");
    if let Err(report) = check(&path, "default.py", &source) {
        panic!("content/default.py differs from CPython:\n{report}");
    }
}

#[test]
fn the_comparison_catches_a_wrong_recording() {
    // A recording for a different program must not pass: guards against a
    // comparison that accepts anything.
    let s = scenarios::find("gather").expect("the gather scenario");
    let other = scenarios::find("lock").expect("the lock scenario");
    let wrong = content_dir().join(other.path);
    assert!(check(&wrong, &s.filename(), s.source).is_err());
}

#[test]
fn stderr_lines_naming_the_program() {
    let err = b"Traceback (most recent call last):\n  File \"p.py\", line 9, in <module>\n  \
                File \"<stdlib>/asyncio/runners.py\", line 190, in run\n  File \"p.py\", \
                line 3, in f\nValueError: x\np.py:4: RuntimeWarning: w\n";
    assert_eq!(
        naming(err, "p.py"),
        [
            "File \"p.py\", line 9, in <module>",
            "File \"p.py\", line 3, in f",
            "p.py:4: RuntimeWarning: w"
        ]
    );
    assert_eq!(
        last_line(b"a\n<coroutine object at 0x7f00aa11>\n\n"),
        "<coroutine object at 0x?>"
    );
}

// === metadata ===

/// Sentences in an explanation: runs of text ended by `.`, `!` or `?`
/// followed by a space or the end.
fn sentences(text: &str) -> usize {
    let bytes = text.as_bytes();
    (0..bytes.len())
        .filter(|&i| {
            matches!(bytes[i], b'.' | b'!' | b'?') && bytes.get(i + 1).is_none_or(|&b| b == b' ')
        })
        .count()
}

#[test]
fn sentence_counter() {
    assert_eq!(sentences("One. Two! Three?"), 3);
    assert_eq!(sentences("Calls next() and x.send(1). Then stops."), 2);
    assert_eq!(sentences("no full stop"), 0);
}

#[test]
fn every_scenario_has_complete_metadata() {
    let all = scenarios::all();
    assert!(all.len() >= 24, "only {} scenarios", all.len());
    let mut problems = Vec::new();
    let mut names: Vec<&str> = Vec::new();
    for s in all {
        let mut bad = |what: String| problems.push(format!("{}: {what}", s.name));
        if names.contains(&s.name) {
            bad("name used twice".into());
        }
        names.push(s.name);
        if s.name.is_empty()
            || !s
                .name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        {
            bad("name is not a slug of a-z, 0-9, _".into());
        }
        if s.title.trim().is_empty() || s.title.len() > 60 {
            bad(format!("title {:?} is empty or longer than 60", s.title));
        }
        let n = sentences(s.explanation);
        if !(2..=5).contains(&n) {
            bad(format!("explanation has {n} sentences, not 2 to 5"));
        }
        if !(1..=5).contains(&s.chapter) || s.chapter_title.is_empty() {
            bad(format!("chapter {} {:?}", s.chapter, s.chapter_title));
        }
        if Granularity::from_id(s.granularity.id()) != Some(s.granularity) {
            bad(format!("granularity {:?}", s.granularity));
        }
        let lines = s.source.lines().count();
        if !(10..=40).contains(&lines) {
            bad(format!("program has {lines} lines, not 10 to 40"));
        }
        if scenarios::find(s.name).map(|f| f.path) != Some(s.path) {
            bad("find() does not return it".into());
        }
    }
    for chapter in 1..=5 {
        let count = scenarios::in_chapter(chapter).count();
        if count < 4 {
            problems.push(format!("chapter {chapter} has only {count} scenarios"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_program_in_content_is_a_scenario_as_on_disk() {
    // Walks content/ independently of build.rs: a program left out of the
    // registry, or an embedded text that differs from the file, fails here.
    let root = content_dir();
    let mut on_disk = Vec::new();
    for chapter in fs::read_dir(&root).expect("content/") {
        let chapter = chapter.expect("entry").path();
        if !chapter.is_dir() {
            continue;
        }
        for file in fs::read_dir(&chapter).expect("chapter folder") {
            let file = file.expect("entry").path();
            if file.extension().is_some_and(|e| e == "py") {
                on_disk.push(file);
            }
        }
    }
    assert_eq!(on_disk.len(), scenarios::all().len());
    for file in on_disk {
        let rel = file
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let scenario: &Scenario = scenarios::all()
            .iter()
            .find(|s| s.path == rel)
            .unwrap_or_else(|| panic!("{rel} is not in the registry"));
        let text = fs::read_to_string(&file).expect("read program");
        assert_eq!(scenario.source, text, "{rel}: embedded text is stale");
        assert_eq!(file.file_stem().unwrap().to_string_lossy(), scenario.name);
    }
}
