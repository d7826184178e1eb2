//! A run that pauses, is cloned, and goes on from the clone prints exactly
//! what an uninterrupted run prints: the property the trace's keyframes and
//! the page's sliced runs rely on.
//!
//! Every corpus program runs twice: once straight through, once in slices
//! of a few hundred instructions where each slice continues on a clone of
//! the session (the original is dropped, as a keyframe's source would be).

use std::path::{Path, PathBuf};

use coroscope::engine::run::{Session, Status, run_source};
use coroscope::engine::vm::Limits;

fn programs(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("corpus dir").flatten() {
        let p = entry.path();
        if p.is_dir() {
            programs(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

fn limits() -> Limits {
    Limits {
        fuel: 3_000_000,
        ..Default::default()
    }
}

/// Runs in slices of `slice` instructions, continuing each on a clone.
/// Returns the output and how many pauses happened. After 30 pauses the
/// slices grow, so long programs do not clone their heap thousands of times.
fn sliced(name: &str, src: &str, slice: u64) -> (Vec<u8>, Vec<u8>, i32, usize) {
    let mut s = Session::start(name, src, limits());
    let mut pauses = 0;
    loop {
        let step = if pauses < 30 { slice } else { slice * 100 };
        let target = s.steps() + step;
        match s.run_until(target) {
            Status::Paused => {
                assert!(s.steps() >= target, "paused early at {}", s.steps());
                pauses += 1;
                s = s.clone();
            }
            Status::Finished(code) => return (s.vm.stdout, s.vm.stderr, code, pauses),
        }
    }
}

#[test]
fn pausing_and_cloning_changes_nothing() {
    // Some programs recurse as deep as the recursion limit allows, which
    // nests Rust calls (a debug build's frames are large): run on a roomy
    // stack, as the command line does.
    std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(pausing_and_cloning_changes_nothing_inner)
        .expect("spawning the test thread")
        .join()
        .expect("the test thread");
}

fn pausing_and_cloning_changes_nothing_inner() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut all = Vec::new();
    programs(&root, &mut all);
    all.sort();
    assert!(all.len() > 100, "the corpus is missing");
    let mut paused_programs = 0;
    for path in &all {
        let src = std::fs::read_to_string(path).expect("program");
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let want = run_source(&name, &src, limits());
        let (out, err, code, pauses) = sliced(&name, &src, 337);
        let shown = path.strip_prefix(&root).unwrap().display();
        assert_eq!(
            String::from_utf8_lossy(&out),
            String::from_utf8_lossy(&want.stdout),
            "{shown}: stdout differs after pausing"
        );
        assert_eq!(
            String::from_utf8_lossy(&err),
            String::from_utf8_lossy(&want.stderr),
            "{shown}: stderr differs after pausing"
        );
        assert_eq!(code, want.exit_code, "{shown}: exit code differs");
        if pauses > 0 {
            paused_programs += 1;
        }
    }
    // Most programs run long enough to pause at least once.
    assert!(
        paused_programs * 2 > all.len(),
        "only {paused_programs} of {} programs paused",
        all.len()
    );
}

#[test]
fn a_paused_session_reports_its_step_and_finishes_later() {
    let src = "total = 0\nfor i in range(1000):\n    total += i\nprint(total)\n";
    let mut s = Session::start("prog.py", src, limits());
    assert_eq!(s.run_until(100), Status::Paused);
    assert_eq!(s.steps(), 100);
    assert!(s.vm.stdout.is_empty());
    assert_eq!(s.run_until(u64::MAX), Status::Finished(0));
    assert_eq!(String::from_utf8_lossy(&s.vm.stdout), "499500\n");
    // Finished stays finished.
    assert_eq!(s.run_until(u64::MAX), Status::Finished(0));
}

#[test]
fn a_syntax_error_finishes_at_once() {
    let mut s = Session::start("prog.py", "def f(:\n", limits());
    assert_eq!(s.status(), Status::Finished(1));
    assert_eq!(s.run_until(10), Status::Finished(1));
    let err = String::from_utf8_lossy(&s.vm.stderr).to_string();
    assert!(err.contains("SyntaxError"), "{err}");
}

#[test]
fn an_asyncio_program_pauses_inside_its_event_loop() {
    // The loop runs its callbacks and task steps on the main run loop, so
    // a run can stop between any two instructions of a task.
    let src = "\
import asyncio

async def worker(n):
    total = 0
    for i in range(200):
        total += i
        await asyncio.sleep(0)
    print('worker', n, total)

async def main():
    await asyncio.gather(worker(1), worker(2))

asyncio.run(main())
";
    let want = run_source("prog.py", src, limits());
    let mut s = Session::start("prog.py", src, limits());
    // `import asyncio` runs the module's code from native code: no pause
    // inside it.
    assert_eq!(s.run_until(1), Status::Paused);
    let mut step = s.steps();
    let mut pauses_in_tasks = 0;
    loop {
        step += 50;
        match s.run_until(step) {
            Status::Paused => {
                // Paused at exactly the requested step: nothing native was
                // in progress, even with the loop running.
                assert_eq!(s.steps(), step);
                if s.vm.loop_view().is_some_and(|v| v.current_task.is_some()) {
                    pauses_in_tasks += 1;
                }
                s = s.clone();
            }
            Status::Finished(code) => {
                assert_eq!(code, want.exit_code);
                assert_eq!(s.vm.stdout, want.stdout);
                break;
            }
        }
    }
    assert!(
        pauses_in_tasks > 20,
        "{pauses_in_tasks} pauses inside a task"
    );
}
