//! Every limit ends the run with a Python-style error and keeps the output
//! printed before it.

use coroscope::engine::run::{RunOutput, run_source};
use coroscope::engine::vm::Limits;

fn run(src: &str, limits: Limits) -> RunOutput {
    run_source("prog.py", src, limits)
}

fn last_stderr_line(out: &RunOutput) -> String {
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .rfind(|l| !l.trim().is_empty())
        .unwrap_or("")
        .to_string()
}

#[test]
fn fuel_stops_a_runaway_loop_and_keeps_output() {
    let out = run(
        "print('before')\nwhile True:\n    pass\n",
        Limits {
            fuel: 10_000,
            ..Limits::default()
        },
    );
    assert_eq!(out.stdout, b"before\n");
    assert_eq!(out.exit_code, 1);
    let last = last_stderr_line(&out);
    assert!(
        last.starts_with("RuntimeError: step limit reached"),
        "{last}"
    );
}

#[test]
fn an_endless_iterator_in_a_builtin_stops() {
    // `sum` takes items natively, without steps: the item budget stops it,
    // and catching the error does not restart it.
    let src = "print('before')\ntry:\n    sum(iter(int, 1))\nexcept RuntimeError:\n    \
               print('caught')\n    sum(iter(int, 1))\n";
    let out = run(
        src,
        Limits {
            fuel: 10_000,
            ..Limits::default()
        },
    );
    assert_eq!(out.stdout, b"before\n");
    assert_eq!(out.exit_code, 1);
    let last = last_stderr_line(&out);
    assert!(
        last.starts_with(
            "RuntimeError: iteration limit reached: builtins took more than 40000 items"
        ),
        "{last}"
    );
}

#[test]
fn collecting_an_endless_iterator_is_a_memory_error() {
    let src = "try:\n    list(iter(int, 1))\nexcept MemoryError as e:\n    print('MemoryError')\n";
    let out = run(src, Limits::default());
    assert_eq!(out.stdout, b"MemoryError\n");
    assert_eq!(out.exit_code, 0);
}

#[test]
fn fuel_cannot_be_caught() {
    let src = "try:\n    while True:\n        pass\nexcept BaseException:\n    print('caught')\n";
    let out = run(
        src,
        Limits {
            fuel: 5_000,
            ..Limits::default()
        },
    );
    assert_eq!(out.stdout, b"");
    assert_eq!(out.exit_code, 1);
}

#[test]
fn deep_recursion_is_a_recursion_error() {
    let src = "def f(n):\n    return f(n + 1)\nprint('start')\nf(0)\n";
    let out = run(src, Limits::default());
    assert_eq!(out.stdout, b"start\n");
    assert_eq!(
        last_stderr_line(&out),
        "RecursionError: maximum recursion depth exceeded"
    );
}

#[test]
fn recursion_error_can_be_caught() {
    let src = "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print('caught', e)\n";
    let out = run(src, Limits::default());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "caught maximum recursion depth exceeded\n"
    );
    assert_eq!(out.exit_code, 0);
}

#[test]
fn a_full_heap_is_a_memory_error() {
    let src = "print('go')\nxs = []\nwhile True:\n    xs.append([1])\n";
    let out = run(
        src,
        Limits {
            heap_objects: 20_000,
            ..Limits::default()
        },
    );
    assert_eq!(out.stdout, b"go\n");
    let last = last_stderr_line(&out);
    assert!(
        last.starts_with("MemoryError: coroscope's heap is full"),
        "{last}"
    );
}

#[test]
fn output_beyond_the_limit_is_an_error() {
    let src = "while True:\n    print('x' * 100)\n";
    let out = run(
        src,
        Limits {
            output_bytes: 10_000,
            ..Limits::default()
        },
    );
    assert!(out.stdout.len() <= 10_200);
    let last = last_stderr_line(&out);
    assert!(
        last.starts_with("RuntimeError: output limit reached"),
        "{last}"
    );
}

#[test]
fn ints_grow_past_64_bits_as_in_python() {
    let out = run(
        "x = 2 ** 62\nprint(x)\nprint(x * 4, -x * 4 - 1)\n",
        Limits::default(),
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "4611686018427387904\n18446744073709551616 -18446744073709551617\n"
    );
    assert_eq!(out.exit_code, 0);
}

#[test]
fn int_to_str_has_cpythons_digit_limit() {
    let out = run(
        "n = 10 ** 5000\nprint(len(str(n // 10 ** 1000)))\nprint(n)\n",
        Limits::default(),
    );
    assert_eq!(out.stdout, b"4001\n");
    assert_eq!(
        last_stderr_line(&out),
        "ValueError: Exceeds the limit (4300 digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    );
}

#[test]
fn an_int_too_big_to_hold_is_a_memory_error() {
    let out = run("print('start')\nx = 2 ** (2 ** 40)\n", Limits::default());
    assert_eq!(out.stdout, b"start\n");
    let last = last_stderr_line(&out);
    assert!(
        last.starts_with("MemoryError: integer of more than"),
        "{last}"
    );
}

#[test]
fn unsupported_syntax_names_the_construct() {
    let out = run("x = 1\ntype Point = tuple[int, int]\n", Limits::default());
    assert_eq!(out.exit_code, 1);
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(err.contains("line 2"), "{err}");
    assert!(
        last_stderr_line(&out)
            .contains("`type` alias statements are not supported by coroscope yet"),
        "{err}"
    );
}

#[test]
fn catastrophic_regex_is_an_error_not_a_hang() {
    let src = "import re\nprint('start')\nre.match(r'(a+)+$', 'a' * 40 + 'b')\n";
    let out = run(src, Limits::default());
    assert_eq!(out.stdout, b"start\n");
    assert_eq!(out.exit_code, 1);
    let last = last_stderr_line(&out);
    assert!(
        last.starts_with("RuntimeError: regular expression"),
        "{last}"
    );
}

/// Runs `src` on a thread with the page's 8 MB stack (build.rs gives the
/// wasm that much): a raised recursion limit must end in RecursionError,
/// never in a stack overflow.
fn run_on_page_stack(src: &'static str) -> RunOutput {
    // Unoptimised frames are many times larger than the release build's
    // (which the page ships): a debug test run gets room in proportion.
    let stack = if cfg!(debug_assertions) {
        128 << 20
    } else {
        8 << 20
    };
    std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || run(src, Limits::default()))
        .expect("thread")
        .join()
        .expect("no overflow")
}

#[test]
fn a_raised_recursion_limit_fits_the_page_stack() {
    // Plain recursion keeps its frames on the heap: 50,000 deep works.
    let out = run_on_page_stack(
        "import sys\nsys.setrecursionlimit(60000)\ndef d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\nprint(d(50000))\n",
    );
    assert_eq!(out.stdout, b"50000\n");
    // Recursion through `__init__` re-enters the run loop natively: it
    // stops at the native nesting bound, well inside 8 MB.
    let out = run_on_page_stack(
        "import sys\nsys.setrecursionlimit(100000)\nclass N:\n    def __init__(self, n):\n        self.c = N(n - 1) if n else None\nN(90000)\n",
    );
    assert_eq!(out.exit_code, 1);
    assert_eq!(
        last_stderr_line(&out),
        "RecursionError: maximum recursion depth exceeded"
    );
    // A runaway recursion under a huge limit stops at the frame cap.
    let out = run_on_page_stack(
        "import sys\nsys.setrecursionlimit(10**9)\nprint(sys.getrecursionlimit())\ndef f(n):\n    return f(n + 1)\nf(0)\n",
    );
    assert_eq!(out.stdout, b"1000000000\n");
    assert_eq!(
        last_stderr_line(&out),
        "RecursionError: maximum recursion depth exceeded"
    );
}
