//! The trace (`coroscope::trace`): recording does not change a run, seek
//! rebuilds any step the same way whatever keyframe it starts from,
//! narration tells each step in CPython's words, and the timeline,
//! breakpoints and "next event" navigation agree with the log.
//!
//! Programs' outputs here were checked against CPython 3.11 under the
//! oracle (`tests/oracle/oracle.py`).

use std::path::{Path, PathBuf};

use coroscope::engine::events::{EventKind, StopKind};
use coroscope::engine::run::run_source;
use coroscope::engine::vm::Limits;
use coroscope::trace::{
    Granularity, RecordOptions, Recorder, SegmentKind, Snapshot, Trace, Until, record,
};

/// Prints "working" then "42" under CPython.
const AWAIT_TASK: &str = "\
import asyncio

async def worker():
    print(\"working\")
    await asyncio.sleep(1.0)
    return 42

async def main():
    t = asyncio.create_task(worker())
    print(await t)

asyncio.run(main())
";

/// Prints "2 [1]" under CPython; `Secret.__repr__` never runs.
const GENERATORS: &str = "\
class Secret:
    def __repr__(self):
        print(\"repr ran!\")
        return \"Secret()\"

def countdown(n):
    s = Secret()
    while n > 0:
        yield n
        n -= 1

def relay():
    yield from countdown(2)

r = relay()
first = next(r)
print(first, list(r))
";

fn rec(src: &str) -> Trace {
    rec_every(src, RecordOptions::default().keyframe_every)
}

fn rec_every(src: &str, every: u64) -> Trace {
    record(
        "prog.py",
        src,
        Limits::default(),
        &RecordOptions {
            keyframe_every: every,
        },
    )
}

#[test]
fn narration_from_one_loop_callback_to_the_next() {
    let t = rec(AWAIT_TASK);
    assert_eq!(String::from_utf8_lossy(t.stdout()), "working\n42\n");
    let cb = t.positions(Granularity::Callback);
    let said: Vec<String> = cb.windows(2).map(|w| t.narrate(w[0], w[1])).collect();
    assert_eq!(
        said[..4],
        [
            "Task-1 starts; Task-2 is created to run <coroutine object worker>; \
             Task-2.__step() is appended to _ready; \
             Task-1.__wakeup() is registered as a done-callback of Task-2; \
             Task-1 suspends at line 10 awaiting Task-2; _run_once begins pass 2; \
             the loop calls Task-2.__step().",
            "Task-2 starts; the program prints 'working\\n'; Future #3 is created; \
             a TimerHandle is scheduled at t=1.0 to call \
             _set_result_unless_cancelled(Future #3, None); \
             Task-2.__wakeup() is registered as a done-callback of Future #3; \
             Task-2 suspends at line 5 awaiting Future #3; _run_once begins pass 3; \
             the clock advances to t=1.0; the TimerHandle for \
             _set_result_unless_cancelled(Future #3, None) is due and moves to _ready; \
             the loop calls _set_result_unless_cancelled(Future #3, None).",
            "Future #3 gets its result None; Task-2.__wakeup(Future #3) is appended to _ready; \
             _run_once begins pass 4; the loop calls Task-2.__wakeup(Future #3).",
            "Task-2 resumes; Task-2 finishes with result 42; \
             Task-1.__wakeup(Task-2) is appended to _ready; _run_once begins pass 5; \
             the loop calls Task-1.__wakeup(Task-2).",
        ]
    );
    // A snapshot tells its own step.
    assert_eq!(t.seek(cb[0]).narration, "The loop calls Task-1.__step().");
    assert_eq!(
        t.seek(t.last).narration,
        "The program ends with exit code 0."
    );
}

#[test]
fn narration_of_an_await_line() {
    let t = rec(AWAIT_TASK);
    // From "line 5 is next in Task-2" to the next line of the program.
    let at5 = t
        .positions(Granularity::Line)
        .into_iter()
        .find(|s| {
            t.seek(*s)
                .tasks
                .iter()
                .any(|k| k.name == "Task-2" && k.line == Some(5))
        })
        .expect("Task-2 reaches line 5");
    let next = t.next(at5, Granularity::Line);
    assert_eq!(t.seek(at5).narration, "Task-2 runs line 5 in worker().");
    let told = t.narrate(at5, next);
    assert!(
        told.starts_with(
            "Future #3 is created; a TimerHandle is scheduled at t=1.0 to call \
             _set_result_unless_cancelled(Future #3, None); \
             Task-2.__wakeup() is registered as a done-callback of Future #3; \
             Task-2 suspends at line 5 awaiting Future #3;"
        ),
        "{told}"
    );
    assert!(told.ends_with("Task-2 resumes."), "{told}");
    assert_eq!(t.seek(next).tasks[1].line, Some(6));
}

#[test]
fn snapshots_show_tasks_timers_and_the_clock() {
    let t = rec(AWAIT_TASK);
    let cb = t.positions(Granularity::Callback);
    // Task-2's first step is next: Task-1 waits on it.
    let s = t.seek(cb[1]);
    let names: Vec<(&str, &str)> = s.tasks.iter().map(|t| (&*t.name, t.state)).collect();
    assert_eq!(names, [("Task-1", "waiting"), ("Task-2", "ready")]);
    assert_eq!(s.tasks[0].awaits.as_deref(), Some("Task-2"));
    assert_eq!(s.tasks[0].frames[0].function, "main");
    assert_eq!(s.tasks[0].frames[0].line, 10);
    assert_eq!(s.tasks[1].callbacks, ["Task-1.__wakeup()"]);
    // Just before pass 3: every task waits, Task-2 inside sleep, whose
    // timer is on the heap; the clock has not moved yet.
    let pass3 = t.positions(Granularity::Iteration)[2];
    let s = t.seek(pass3 - 1);
    assert_eq!((s.iteration, s.clock, s.running.as_deref()), (2, 0.0, None));
    assert_eq!(s.timers.len(), 1);
    assert_eq!(s.timers[0].when, Some(1.0));
    let w = &s.tasks[1];
    assert_eq!(
        (w.state, w.awaits.as_deref()),
        ("waiting", Some("Future #3"))
    );
    let frames: Vec<&str> = w.frames.iter().map(|f| &*f.function).collect();
    assert_eq!(frames, ["worker", "sleep"]);
    assert_eq!(w.line, Some(5));
    assert_eq!(s.futures.len(), 1);
    assert_eq!(s.futures[0].label, "Future #3");
    assert_eq!(s.futures[0].state, "pending");
    assert_eq!(s.futures[0].callbacks, ["Task-2.__wakeup()"]);
    assert_eq!(s.stdout, "working\n");
    let s = t.seek(cb[2]);
    assert_eq!(s.clock, 1.0);
    let end = t.seek(t.last);
    assert_eq!(end.exit_code, Some(0));
    assert!(end.tasks.iter().take(2).all(|t| t.state == "done"));
    assert_eq!(end.tasks[1].result.as_deref(), Some("42"));
}

#[test]
fn locals_are_shown_without_running_user_code() {
    let t = rec(GENERATORS);
    assert_eq!(String::from_utf8_lossy(t.stdout()), "2 [1]\n");
    for s in (0..=t.last).step_by(3) {
        let snap = t.seek(s);
        assert!(!snap.stdout.contains("repr ran"), "step {s}");
    }
    // After `first = next(r)`: `relay` is suspended delegating to
    // `countdown`, which holds a Secret.
    let line17 = t
        .positions(Granularity::Line)
        .into_iter()
        .find(|s| t.seek(*s).stack.last().is_some_and(|f| f.line == 17))
        .expect("line 17 runs");
    let snap = t.seek(line17);
    let module = &snap.stack[0];
    assert!(module.locals.contains(&("first".into(), "2".into())));
    assert!(
        module
            .locals
            .contains(&("r".into(), "<generator object relay>".into()))
    );
    let gens: Vec<(&str, &str, Option<&str>)> = snap
        .generators
        .iter()
        .map(|g| (&*g.name, g.state, g.awaits.as_deref()))
        .collect();
    assert_eq!(
        gens,
        [
            ("relay", "GEN_SUSPENDED", Some("<generator>")),
            ("countdown", "GEN_SUSPENDED", None)
        ]
    );
    let cd = snap.generators[1].frame.as_ref().expect("a frame");
    assert_eq!(cd.line, 9);
    assert_eq!(
        cd.locals,
        [
            ("n".to_string(), "2".to_string()),
            ("s".to_string(), "<Secret object>".to_string())
        ]
    );
}

#[test]
fn a_deque_local_shows_as_cpython_prints_it() {
    let t = rec(
        "from collections import deque\nd = deque([1, 'a'], maxlen=3)\nd.append([2])\nprint(len(d))\n",
    );
    let line4 = t
        .positions(Granularity::Line)
        .into_iter()
        .find(|s| t.seek(*s).stack.last().is_some_and(|f| f.line == 4))
        .expect("line 4 runs");
    let snap = t.seek(line4);
    let d = snap
        .stack
        .first()
        .and_then(|f| f.locals.iter().find(|(k, _)| k == "d"));
    let shown = d.map(|(_, v)| v.as_str());
    assert!(shown == Some("deque([1, 'a', [2]], maxlen=3)"), "{shown:?}");
}

#[test]
fn seek_is_the_same_from_any_keyframe() {
    for src in [
        AWAIT_TASK,
        GENERATORS,
        &corpus("asyncio/gather/gather_child_cancelled.py"),
    ] {
        let dense = rec_every(src, 7);
        let sparse = rec_every(src, u64::MAX / 2);
        assert!(dense.keyframes() > sparse.keyframes());
        assert_eq!(dense.hash(), sparse.hash());
        assert_eq!(dense.last, sparse.last);
        for s in (0..=dense.last).step_by(5).chain([dense.last]) {
            assert_eq!(dense.seek(s), sparse.seek(s), "step {s}");
        }
    }
}

#[test]
fn seek_by_pausing_equals_seek_by_fuel() {
    for src in [
        AWAIT_TASK,
        GENERATORS,
        &corpus("asyncio/gather/gather_child_cancelled.py"),
        &corpus("asyncio/diagnostics/coroutine_never_awaited.py"),
        &corpus("lifetime/drop_suspended_generator.py"),
        &corpus("lifetime/finally_raises_on_close.py"),
        &corpus("generators/pipeline.py"),
    ] {
        let t = rec_every(src, 50);
        // About 150 steps of each program, so the test stays quick (every step
        // of each was compared once, in a release build).
        let every = (t.last / 150).max(1) as usize;
        for s in (0..=t.last).step_by(every) {
            let paused = Snapshot::build(&t, &t.vm_at(s), s);
            let fuelled = Snapshot::build(&t, &t.vm_at_by_fuel(s), s);
            assert_eq!(paused, fuelled, "step {s}");
        }
    }
}

#[test]
fn stepping_at_each_granularity_goes_forward_and_back() {
    let t = rec(AWAIT_TASK);
    for g in [
        Granularity::Line,
        Granularity::Callback,
        Granularity::Iteration,
        Granularity::Bytecode,
    ] {
        let mut forward = vec![0];
        while *forward.last().unwrap() < t.last {
            forward.push(t.next(*forward.last().unwrap(), g));
        }
        let mut back = vec![t.last];
        while *back.last().unwrap() > 0 {
            back.push(t.prev(*back.last().unwrap(), g));
        }
        back.reverse();
        assert_eq!(forward, back, "{g:?}");
        let mut inner = t.positions(g);
        inner.retain(|s| *s != 0 && *s != t.last);
        assert_eq!(forward[1..forward.len() - 1], inner[..], "{g:?}");
    }
    // Iterations are `_run_once` passes: the snapshot's iteration count.
    for s in t.positions(Granularity::Iteration) {
        let snap = t.seek(s);
        assert!(snap.iteration >= 1, "step {s}");
    }
}

#[test]
fn breakpoints_and_next_events() {
    let t = rec(AWAIT_TASK);
    let hit = t.next_breakpoint(0, &[6]).expect("line 6 runs");
    assert_eq!(t.seek(hit).tasks[1].line, Some(6));
    assert_eq!(t.next_breakpoint(hit, &[6]), None);
    assert_eq!(t.prev_breakpoint(t.last, &[6]), Some(hit));
    let out = t.next_event(0, Until::Output).expect("output");
    assert_eq!(t.seek(out).stdout, "working\n");
    assert_eq!(t.seek(out - 1).stdout, "");
    let wake = t.next_event(0, Until::WakeUp).expect("a wake-up");
    let s = t.seek(wake);
    assert_eq!((s.running.as_deref(), s.clock), (Some("Task-2"), 1.0));
    let switch = t.next_event(0, Until::TaskSwitch).expect("a switch");
    assert_eq!(t.seek(switch).running.as_deref(), Some("Task-2"));
    let resolved = t.next_event(0, Until::FutureResolved).expect("resolved");
    assert_eq!(t.seek(resolved).futures[0].state, "finished");
}

#[test]
fn timeline_of_two_sleepers() {
    let src = "\
import asyncio
import time

async def sleeper(d):
    await asyncio.sleep(d)

async def blocker():
    time.sleep(0.25)

async def main():
    await asyncio.gather(sleeper(1), sleeper(2), blocker())

asyncio.run(main())
";
    let t = rec(src);
    assert_eq!(t.exit_code, 0);
    let tl = t.timeline();
    let of = |name: &str, kind| -> Vec<(f64, f64)> {
        tl.iter()
            .filter(|s| s.task == name && s.kind == kind)
            .map(|s| (s.from_time, s.to_time))
            .collect()
    };
    // Task-2 sleeps 1 s, Task-3 2 s, Task-4 blocks the loop for 0.25 s
    // first; the sleepers' deadlines were set before that.
    assert_eq!(of("Task-4", SegmentKind::Stalled), [(0.0, 0.25)]);
    assert_eq!(of("Task-2", SegmentKind::Waiting), [(0.0, 1.0)]);
    assert_eq!(of("Task-3", SegmentKind::Waiting), [(0.0, 2.0)]);
    assert_eq!(of("Task-1", SegmentKind::Waiting), [(0.0, 2.0)]);
    for s in &tl {
        assert!(
            s.from_step <= s.to_step && s.from_time <= s.to_time,
            "{s:?}"
        );
    }
    // The clock's marks: the stall, then the two deadlines, in step order.
    let marks: Vec<f64> = t.clock_marks().iter().map(|m| m.1).collect();
    assert_eq!(marks.first(), Some(&0.25));
    assert_eq!(marks.last(), Some(&2.0));
    assert!(
        t.clock_marks()
            .windows(2)
            .all(|w| w[0].0 <= w[1].0 && w[0].1 <= w[1].1)
    );
}

#[test]
fn runaway_error_and_deadlock_stay_seekable() {
    let cases = [
        ("while True:\n    pass\n", StopKind::OutOfFuel),
        (
            "def f():\n    raise ValueError('x')\nf()\n",
            StopKind::Uncaught,
        ),
        (
            "import asyncio\nasync def main():\n    await asyncio.get_running_loop().create_future()\nasyncio.run(main())\n",
            StopKind::Deadlock,
        ),
    ];
    for (src, kind) in cases {
        let t = record(
            "prog.py",
            src,
            Limits {
                fuel: 20_000,
                ..Limits::default()
            },
            &RecordOptions::default(),
        );
        let last = t.log.events.last().expect("a stop event");
        assert!(
            matches!(last.kind, EventKind::Stop { how, .. } if how == kind),
            "{src}: {last:?}"
        );
        assert_eq!(last.step, t.last);
        assert_eq!(t.seek(t.last).stderr, String::from_utf8_lossy(t.stderr()));
        let mid = t.seek(t.last / 2);
        assert_eq!(mid.step, t.last / 2);
        assert_ne!(t.exit_code, 0);
    }
}

#[test]
fn the_hash_is_stable_and_tells_runs_apart() {
    let a = rec(AWAIT_TASK).hash();
    assert_eq!(a, rec(AWAIT_TASK).hash());
    assert_eq!(a.len(), 16);
    assert_ne!(a, rec(&AWAIT_TASK.replace("1.0", "2.0")).hash());
}

#[test]
fn a_recording_in_slices_is_the_same_recording() {
    let opts = RecordOptions { keyframe_every: 50 };
    let mut r = Recorder::start("prog.py", AWAIT_TASK, Limits::default(), &opts);
    let mut slices = 0;
    while !r.advance() {
        slices += 1;
    }
    assert!(slices > 3, "only {slices} slices");
    let sliced = r.finish();
    let whole = record("prog.py", AWAIT_TASK, Limits::default(), &opts);
    assert_eq!(sliced.hash(), whole.hash());
    assert_eq!(sliced.last, whole.last);
    assert_eq!(sliced.seek(sliced.last / 2), whole.seek(whole.last / 2));
    // Asking for more after the end changes nothing.
    let mut r = Recorder::start("prog.py", "print(1)\n", Limits::default(), &opts);
    while !r.advance() {}
    assert!(r.advance());
    assert_eq!(r.finish().exit_code, 0);
}

#[test]
fn a_stopped_recording_keeps_the_run_so_far() {
    let src = "i = 0\nwhile True:\n    i += 1\n    if i % 100 == 0:\n        print(i)\n";
    let opts = RecordOptions {
        keyframe_every: 1_000,
    };
    let mut r = Recorder::start("prog.py", src, Limits::default(), &opts);
    for _ in 0..5 {
        assert!(!r.advance());
    }
    let steps = r.steps();
    assert!(steps >= 5_000);
    let t = r.finish();
    assert_eq!(t.last, steps);
    let stop = t.log.events.last().expect("a stop event");
    assert!(matches!(
        stop.kind,
        EventKind::Stop {
            how: StopKind::Stopped,
            ..
        }
    ));
    let end = t.seek(t.last);
    assert!(end.stdout.starts_with("100\n200\n"), "{:?}", end.stdout);
    assert_eq!(end.stdout, String::from_utf8_lossy(t.stdout()));
    assert!(end.narration.contains("stopped"), "{}", end.narration);
    // Every step before the stop is still there, and replays as recorded.
    let mid = t.seek(t.last / 2);
    assert_eq!(mid.step, t.last / 2);
    assert!(end.stdout.starts_with(&mid.stdout));
}

fn corpus(rel: &str) -> String {
    std::fs::read_to_string(corpus_dir().join(rel)).expect("a corpus program")
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

fn programs(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("readable").flatten() {
        let p = e.path();
        if p.is_dir() {
            programs(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

/// The hooks only look: a recorded run prints what an unrecorded one
/// prints, for the asyncio, generator and object-lifetime programs of the
/// corpus (where the hooks sit).
#[test]
fn recording_does_not_change_the_run() {
    let mut files = Vec::new();
    for d in [
        "asyncio",
        "generators",
        "coroutines",
        "yield_from",
        "lifetime",
    ] {
        programs(&corpus_dir().join(d), &mut files);
    }
    files.sort();
    let handle = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            for f in files {
                let src = std::fs::read_to_string(&f).expect("readable");
                let name = f.file_name().unwrap().to_string_lossy().to_string();
                let limits = Limits {
                    fuel: 50_000_000,
                    ..Limits::default()
                };
                let plain = run_source(&name, &src, limits.clone());
                let t = record(&name, &src, limits, &RecordOptions::default());
                assert_eq!(t.stdout(), &plain.stdout[..], "{}", f.display());
                assert_eq!(t.stderr(), &plain.stderr[..], "{}", f.display());
                assert_eq!(t.exit_code, plain.exit_code, "{}", f.display());
            }
        })
        .expect("a thread");
    handle.join().expect("no panic");
}
