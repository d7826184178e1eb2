//! The fast lane takes a marked run (`n - 1`, `x * y`, `if n < 2:`,
//! `len(xs) * k`) in one dispatch. It must count the run's steps exactly as
//! the instructions one by one would, stop at a pause point inside a run,
//! and fall back to the plain instructions when an operand is not an int or
//! the result overflows, so nothing a program or a trace observes depends
//! on it.

use coroscope::engine::events::EventLog;
use coroscope::engine::run::{Session, Status, run_source};
use coroscope::engine::vm::Limits;

const PROGRAM: &str = "\
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def mixed(a, b):
    total = a * b
    i = 1
    while i < 5:
        total = total + a * b
        i += 1
    return total


def top(xs, k):
    total = 0
    for x in xs:
        total += x
        if len(xs) > k:
            total = total - k
    return len(xs) * k + total


print(fib(12))
print(top([1, 2, 3], 2), top([1.5, 2], 1))
print(mixed(3, 4), mixed(2.5, 2), mixed('ab', 2))
print(mixed(2 ** 62, 2))
big = 9223372036854775807
print(big - 1, big + 0)
";

fn session() -> Session {
    Session::start("prog.py", PROGRAM, Limits::default())
}

/// The step count at the end of a whole run, with or without the event log
/// that recordings keep (a recording takes every instruction singly).
fn total_steps(recorded: bool) -> u64 {
    let mut s = session();
    if recorded {
        s.vm.events = Some(Box::new(EventLog::new("prog.py")));
    }
    assert!(matches!(s.run_until(u64::MAX), Status::Finished(0)));
    s.steps()
}

#[test]
fn fused_runs_count_the_steps_of_their_instructions() {
    assert_eq!(total_steps(false), total_steps(true));
}

#[test]
fn a_pause_inside_a_run_stops_exactly_there() {
    let total = total_steps(false);
    let mut s = session();
    // Pauses 1 to 7 steps apart: across the run they fall at every offset
    // inside the fused runs of `fib` and `mixed`, with room for a run
    // before them.
    let mut step = 0;
    for gap in (1..=7).cycle() {
        step += gap;
        if step >= total {
            break;
        }
        match s.run_until(step) {
            Status::Paused => assert_eq!(s.steps(), step, "paused late"),
            Status::Finished(_) => panic!("finished before step {total}"),
        }
    }
}

#[test]
fn operands_that_are_not_small_ints_take_the_plain_instructions() {
    let out = run_source("prog.py", PROGRAM, Limits::default());
    assert_eq!(out.exit_code, 0, "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "144\n6 3.5\n60 25.0 abababababababababab\n46116860184273879040\n\
         9223372036854775806 9223372036854775807\n"
    );
}

#[test]
fn an_unbound_local_at_the_start_of_a_run_is_still_an_error() {
    let out = run_source(
        "prog.py",
        "def f():\n    if x < 2:\n        pass\n    x = 1\n\nf()\n",
        Limits::default(),
    );
    assert_eq!(out.exit_code, 1);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.trim_end().ends_with(
            "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value"
        ),
        "{err}"
    );
}
