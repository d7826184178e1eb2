//! The corpus conformance test: every `tests/corpus/**/*.py` must print
//! what CPython 3.11 printed for it.
//!
//! For each program `NAME.py` the oracle (`tests/oracle/oracle.py`, real
//! CPython with a virtual clock) recorded, next to it:
//!
//! * `NAME.out`  — stdout, compared **byte for byte**;
//! * `NAME.code` — the exit code, compared exactly;
//! * `NAME.err`  — stderr, of which only the **last line** is compared.
//!
//! Why only the last line of stderr: CPython's tracebacks show frames of its
//! own asyncio library (`File "<stdlib>/asyncio/runners.py", line 190, in
//! run`) that a native event loop has no reason to reproduce, and a few
//! diagnostics print reprs that CPython truncates with `reprlib`. The last
//! line (`ValueError: boom`, `RuntimeError: lost`, the box that closes an
//! exception group) carries the verdict, and it is what the project's
//! external check compares. The whole recorded stderr is still there to read.
//! Both sides' last lines get the oracle's address normalisation
//! (`0x7f3a...` → `0x?`); the last line is the last one that is not empty.
//!
//! Each program runs as `coroscope run NAME.py` with the program's folder as
//! the current directory (as the oracle runs it), stdin closed, and is killed
//! after 10 s (`CORPUS_TIMEOUT=seconds` to change).
//!
//! `tests/corpus/PENDING` lists the programs (paths relative to
//! `tests/corpus`, one per line, `#` starts a comment) that coroscope does
//! not pass yet. The test fails when
//!
//! * a program that is not pending fails (a readable diff is printed),
//! * a pending program passes ("now passes, remove from PENDING: X"), so the
//!   list can only shrink,
//! * PENDING names a program that does not exist.
//!
//! Environment:
//!
//! * `CORPUS_FILTER=substring` runs only the programs whose path contains it;
//! * `CORPUS_UPDATE_PENDING=1` rewrites PENDING with exactly the programs
//!   that fail now (within the filter, if one is set) and passes;
//! * `CORPUS_VERBOSE=1` also prints the diffs of pending programs.
//!
//! Run it with `cargo test --test corpus` (add `-- --nocapture` to see the
//! summary of a passing run).

use std::collections::BTreeSet;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// How many differing lines a diff shows before it stops.
const MAX_DIFF_LINES: usize = 20;
/// Lines of unchanged context around each change.
const CONTEXT: usize = 3;

#[test]
fn corpus() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("corpus");
    let filter = std::env::var("CORPUS_FILTER").unwrap_or_default();
    let update = std::env::var("CORPUS_UPDATE_PENDING").is_ok_and(|v| !v.is_empty() && v != "0");
    let verbose = std::env::var("CORPUS_VERBOSE").is_ok_and(|v| !v.is_empty() && v != "0");
    let timeout = Duration::from_secs_f64(
        std::env::var("CORPUS_TIMEOUT")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(10.0),
    );

    let mut programs = Vec::new();
    find_programs(&root, &root, &mut programs);
    programs.sort();
    let selected: Vec<String> = programs
        .iter()
        .filter(|p| p.contains(&filter))
        .cloned()
        .collect();
    assert!(
        !programs.is_empty(),
        "no programs found under {}",
        root.display()
    );

    let pending_path = root.join("PENDING");
    let pending_text = fs::read_to_string(&pending_path).unwrap_or_default();
    let pending = parse_pending(&pending_text);

    let results = run_all(&root, &selected, timeout);

    let mut unexpected = Vec::new(); // failing, not pending
    let mut now_passing = Vec::new(); // pending, but passes
    let mut expected_failures = 0;
    let mut passed = 0;
    for (program, outcome) in selected.iter().zip(&results) {
        let is_pending = pending.contains(program);
        match (outcome, is_pending) {
            (Ok(()), false) => passed += 1,
            (Ok(()), true) => now_passing.push(program.clone()),
            (Err(report), false) => unexpected.push((program.clone(), report.clone())),
            (Err(report), true) => {
                expected_failures += 1;
                if verbose {
                    println!("pending {program}:\n{report}");
                }
            }
        }
    }
    let missing: Vec<&String> = pending
        .iter()
        .filter(|p| p.contains(&filter) && !programs.contains(p))
        .collect();

    if update {
        let failing: BTreeSet<String> = selected
            .iter()
            .zip(&results)
            .filter(|(_, r)| r.is_err())
            .map(|(p, _)| p.clone())
            .collect();
        // Entries outside the filter are kept as they were.
        let kept: BTreeSet<String> = pending
            .iter()
            .filter(|p| !p.contains(&filter) && programs.contains(p))
            .cloned()
            .collect();
        let all: BTreeSet<String> = failing.union(&kept).cloned().collect();
        fs::write(&pending_path, render_pending(&all)).expect("write PENDING");
        println!(
            "corpus: PENDING rewritten with {} failing program(s) ({} passed of {} run)",
            all.len(),
            selected.len() - failing.len(),
            selected.len()
        );
        return;
    }

    for (program, report) in &unexpected {
        println!("FAIL {program}\n{report}");
    }
    for program in &now_passing {
        println!("now passes, remove from PENDING: {program}");
    }
    for program in &missing {
        println!("PENDING names a program that does not exist: {program}");
    }
    let summary = format!(
        "corpus: {} programs run{}, {} passed, {} failed as expected (PENDING), \
         {} failed unexpectedly, {} pending now pass, {} stale PENDING entries",
        selected.len(),
        if filter.is_empty() {
            String::new()
        } else {
            format!(" (filter {filter:?})")
        },
        passed,
        expected_failures,
        unexpected.len(),
        now_passing.len(),
        missing.len()
    );
    println!("{summary}");
    assert!(
        unexpected.is_empty() && now_passing.is_empty() && missing.is_empty(),
        "{summary}"
    );
}

// === finding programs and PENDING ===

/// Collects the paths (relative to `root`, with `/`) of every `.py` below `dir`.
fn find_programs(root: &Path, dir: &Path, out: &mut Vec<String>) {
    let entries = fs::read_dir(dir).unwrap_or_else(|e| panic!("read {}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            find_programs(root, &path, out);
        } else if path.extension().is_some_and(|e| e == "py") {
            let rel = path.strip_prefix(root).expect("below the corpus root");
            let parts: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            out.push(parts.join("/"));
        }
    }
}

fn parse_pending(text: &str) -> BTreeSet<String> {
    text.lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect()
}

fn render_pending(programs: &BTreeSet<String>) -> String {
    let mut text = String::from(
        "# Corpus programs coroscope does not pass yet (paths relative to tests/corpus).\n\
         # tests/corpus.rs expects each of these to fail and fails when one passes:\n\
         # remove a line when its program starts passing. `#` starts a comment.\n\
         # CORPUS_UPDATE_PENDING=1 cargo test --test corpus rewrites this file.\n",
    );
    for program in programs {
        text.push_str(program);
        text.push('\n');
    }
    text
}

// === running ===

/// Runs every program on a small pool of threads; results in input order.
fn run_all(root: &Path, programs: &[String], timeout: Duration) -> Vec<Result<(), String>> {
    let workers = thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(1, 8);
    let next = Arc::new(Mutex::new(0usize));
    let results = Arc::new(Mutex::new(vec![None; programs.len()]));
    let programs = Arc::new(programs.to_vec());
    let root = Arc::new(root.to_path_buf());
    let handles: Vec<_> = (0..workers)
        .map(|_| {
            let (next, results, programs, root) = (
                next.clone(),
                results.clone(),
                programs.clone(),
                root.clone(),
            );
            thread::spawn(move || {
                loop {
                    let index = {
                        let mut n = next.lock().unwrap();
                        let i = *n;
                        *n += 1;
                        i
                    };
                    let Some(program) = programs.get(index) else {
                        break;
                    };
                    let outcome = check(&root, program, timeout);
                    results.lock().unwrap()[index] = Some(outcome);
                }
            })
        })
        .collect();
    for handle in handles {
        handle.join().expect("corpus worker panicked");
    }
    let results = Arc::try_unwrap(results)
        .expect("workers are done")
        .into_inner()
        .unwrap();
    results
        .into_iter()
        .map(|r| r.expect("every program was run"))
        .collect()
}

/// What one run of coroscope produced.
struct Run {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    /// `None` when the process was killed (timeout or signal).
    code: Option<i32>,
    timed_out: bool,
}

fn run_coroscope(dir: &Path, file: &str, timeout: Duration) -> Result<Run, String> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_coroscope"))
        .arg("run")
        .arg(file)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start coroscope: {e}"))?;
    let mut out_pipe = child.stdout.take().expect("piped stdout");
    let mut err_pipe = child.stderr.take().expect("piped stderr");
    let out_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        buf
    });
    let err_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() >= timeout => {
                timed_out = true;
                let _ = child.kill();
                break child
                    .wait()
                    .map_err(|e| format!("wait for coroscope: {e}"))?;
            }
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("wait for coroscope: {e}")),
        }
    };
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    Ok(Run {
        stdout,
        stderr,
        code: status.code(),
        timed_out,
    })
}

/// Runs one program and compares; `Err` holds the readable report.
fn check(root: &Path, program: &str, timeout: Duration) -> Result<(), String> {
    let path: PathBuf = root.join(program);
    let dir = path.parent().expect("program has a folder");
    let file = path
        .file_name()
        .expect("program has a name")
        .to_string_lossy()
        .into_owned();
    let base = path.with_extension("");
    let read = |ext: &str| {
        let p = base.with_extension(ext);
        fs::read(&p).map_err(|e| format!("  missing expectation {}: {e}", p.display()))
    };
    let expected_out = read("out")?;
    let expected_err = read("err")?;
    let expected_code: i32 = String::from_utf8_lossy(&read("code")?)
        .trim()
        .parse()
        .map_err(|e| format!("  bad {}.code: {e}", base.display()))?;

    let run = run_coroscope(dir, &file, timeout).map_err(|e| format!("  {e}"))?;
    let mut report = String::new();
    if run.timed_out {
        report.push_str(&format!(
            "  timed out after {:.0} s (killed)\n",
            timeout.as_secs_f64()
        ));
    }
    if run.stdout != expected_out {
        report.push_str(&format!(
            "  stdout differs:\n{}",
            diff(&expected_out, &run.stdout)
        ));
    }
    let (want, got) = (last_line(&expected_err), last_line(&run.stderr));
    if want != got {
        report.push_str(&format!(
            "  last line of stderr differs:\n    expected: {}\n    actual:   {}\n",
            show(&want),
            show(&got)
        ));
        if !run.stderr.is_empty() && want.is_empty() {
            report.push_str("    (CPython printed nothing on stderr)\n");
        }
    }
    match run.code {
        Some(code) if code == expected_code => {}
        Some(code) => report.push_str(&format!(
            "  exit code differs: expected {expected_code}, actual {code}\n"
        )),
        None if run.timed_out => {}
        None => report.push_str(&format!(
            "  exit code differs: expected {expected_code}, coroscope was killed by a signal\n"
        )),
    }
    if report.is_empty() {
        Ok(())
    } else {
        if run.stdout != expected_out || want != got {
            // The first lines of coroscope's stderr explain most failures.
            let err = String::from_utf8_lossy(&run.stderr);
            let head: Vec<&str> = err.lines().take(5).collect();
            if head.len() > 1
                || head
                    .first()
                    .is_some_and(|first| normalise_addresses(first) != got)
            {
                report.push_str("  coroscope stderr begins:\n");
                for line in head {
                    report.push_str(&format!("    | {}\n", show(line)));
                }
            }
        }
        Err(report)
    }
}

// === comparing ===

/// The last non-empty line, with the oracle's address normalisation.
fn last_line(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let line = text
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .rev()
        .find(|l| !l.trim().is_empty());
    normalise_addresses(line.unwrap_or(""))
}

/// `0x` followed by 4 or more hex digits becomes `0x?`, as in oracle.py.
fn normalise_addresses(line: &str) -> String {
    let bytes = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'0' && i + 1 < bytes.len() && bytes[i + 1] == b'x' {
            let digits = bytes[i + 2..]
                .iter()
                .take_while(|b| b.is_ascii_hexdigit())
                .count();
            if digits >= 4 {
                out.push_str("0x?");
                i += 2 + digits;
                continue;
            }
        }
        let ch = line[i..].chars().next().expect("inside the string");
        out.push(ch);
        i += ch.len_utf8();
    }
    out
}

/// A line for display: control characters escaped so `\r` spinners stay readable.
fn show(line: &str) -> String {
    let mut out = String::new();
    for ch in line.chars() {
        match ch {
            '\r' => out.push_str("\\r"),
            '\t' => out.push('\t'),
            c if c.is_control() => out.push_str(&c.escape_unicode().to_string()),
            c => out.push(c),
        }
    }
    out
}

#[derive(Clone, Copy, PartialEq)]
enum Op {
    Same,
    Delete,
    Insert,
}

/// A unified-style diff of two outputs, showing at most MAX_DIFF_LINES changes.
fn diff(expected: &[u8], actual: &[u8]) -> String {
    let exp_text = String::from_utf8_lossy(expected);
    let act_text = String::from_utf8_lossy(actual);
    let a: Vec<&str> = exp_text.split_inclusive('\n').collect();
    let b: Vec<&str> = act_text.split_inclusive('\n').collect();
    let ops = edit_script(&a, &b);

    let mut out = String::from("    --- expected (CPython)\n    +++ actual (coroscope)\n");
    // Index of every op, and the line numbers it stands at.
    let mut positions = Vec::with_capacity(ops.len());
    let (mut i, mut j) = (0usize, 0usize);
    for op in &ops {
        positions.push((i, j));
        match op {
            Op::Same => {
                i += 1;
                j += 1;
            }
            Op::Delete => i += 1,
            Op::Insert => j += 1,
        }
    }
    let changed: Vec<usize> = (0..ops.len()).filter(|&k| ops[k] != Op::Same).collect();
    let mut shown = 0;
    let mut k = 0;
    while k < changed.len() && shown < MAX_DIFF_LINES {
        // A hunk: changes closer than 2*CONTEXT lines apart belong together.
        let start = changed[k].saturating_sub(CONTEXT);
        let mut end = changed[k];
        while k + 1 < changed.len() && changed[k + 1] <= end + 2 * CONTEXT + 1 {
            k += 1;
            end = changed[k];
        }
        k += 1;
        let end = (end + CONTEXT + 1).min(ops.len());
        let (a0, b0) = positions[start];
        let a_len = ops[start..end].iter().filter(|o| **o != Op::Insert).count();
        let b_len = ops[start..end].iter().filter(|o| **o != Op::Delete).count();
        let from = |pos: usize, len: usize| if len == 0 { pos } else { pos + 1 };
        out.push_str(&format!(
            "    @@ -{},{} +{},{} @@\n",
            from(a0, a_len),
            a_len,
            from(b0, b_len),
            b_len
        ));
        for idx in start..end {
            let (ai, bi) = positions[idx];
            let (mark, line) = match ops[idx] {
                Op::Same => (' ', a[ai]),
                Op::Delete => ('-', a[ai]),
                Op::Insert => ('+', b[bi]),
            };
            if ops[idx] != Op::Same {
                if shown == MAX_DIFF_LINES {
                    break;
                }
                shown += 1;
            }
            let body = line.strip_suffix('\n');
            out.push_str(&format!("    {mark}{}", show(body.unwrap_or(line))));
            if body.is_none() {
                out.push_str("   (no newline at end)");
            }
            out.push('\n');
        }
    }
    if changed.len() > shown {
        out.push_str(&format!(
            "    ... and {} more differing line(s)\n",
            changed.len() - shown
        ));
    }
    if changed.is_empty() {
        out.push_str("    (the outputs differ only in bytes that are not valid UTF-8)\n");
    }
    out
}

/// The shortest edit script turning `a` into `b` (LCS on the part between the
/// common prefix and suffix; a plain replacement if that part is huge).
fn edit_script(a: &[&str], b: &[&str]) -> Vec<Op> {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (ma, mb) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    let mut ops = vec![Op::Same; prefix];
    if ma.len() * mb.len() > 4_000_000 {
        ops.extend(std::iter::repeat_n(Op::Delete, ma.len()));
        ops.extend(std::iter::repeat_n(Op::Insert, mb.len()));
    } else {
        // lcs[i][j] = LCS length of ma[i..] and mb[j..].
        let w = mb.len() + 1;
        let mut lcs = vec![0u32; (ma.len() + 1) * w];
        for i in (0..ma.len()).rev() {
            for j in (0..mb.len()).rev() {
                lcs[i * w + j] = if ma[i] == mb[j] {
                    lcs[(i + 1) * w + j + 1] + 1
                } else {
                    lcs[(i + 1) * w + j].max(lcs[i * w + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < ma.len() || j < mb.len() {
            if i < ma.len() && j < mb.len() && ma[i] == mb[j] {
                ops.push(Op::Same);
                i += 1;
                j += 1;
            } else if i < ma.len() && (j == mb.len() || lcs[(i + 1) * w + j] >= lcs[i * w + j + 1])
            {
                ops.push(Op::Delete);
                i += 1;
            } else {
                ops.push(Op::Insert);
                j += 1;
            }
        }
    }
    ops.extend(std::iter::repeat_n(Op::Same, suffix));
    ops
}

// === tests of the runner itself ===

#[test]
fn diff_is_unified_and_bounded() {
    let d = diff(b"a\nb\nc\nd\n", b"a\nB\nc\nd\ne");
    assert_eq!(
        d,
        "    --- expected (CPython)\n    +++ actual (coroscope)\n    @@ -1,4 +1,5 @@\n     a\n    -b\n    +B\n     c\n     d\n    +e   (no newline at end)\n"
    );
    let many: String = (0..50).map(|i| format!("{i}\n")).collect();
    let d = diff(many.as_bytes(), b"");
    assert!(d.contains("@@ -1,50 +0,0 @@"), "{d}");
    assert!(d.contains("... and 30 more differing line(s)"), "{d}");
}

#[test]
fn last_line_of_stderr() {
    assert_eq!(last_line(b"Traceback...\nValueError: x\n"), "ValueError: x");
    assert_eq!(last_line(b"a\n\n  \n"), "a");
    assert_eq!(last_line(b""), "");
    assert_eq!(
        last_line(b"Exception ignored in: <generator object g at 0x7f12ab34>\n"),
        "Exception ignored in: <generator object g at 0x?>"
    );
}

#[test]
fn pending_file_format() {
    let p = parse_pending("# comment\n\nbasics/a.py\n  asyncio/b.py  # why\n");
    assert_eq!(
        p.into_iter().collect::<Vec<_>>(),
        vec!["asyncio/b.py", "basics/a.py"]
    );
}
