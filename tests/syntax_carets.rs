//! The caret line under a syntax error: one caret per character of the
//! range CPython reports, none for an unexpected indent. (The corpus
//! compares only the last line of stderr, so these are checked here; the
//! expected texts are CPython 3.11's.)

use coroscope::engine::run::run_source;
use coroscope::engine::vm::Limits;

fn stderr_of(src: &str) -> String {
    let out = run_source("prog.py", src, Limits::default());
    assert_eq!(out.exit_code, 1);
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn a_range_is_underlined_whole() {
    assert_eq!(
        stderr_of("def f():\n    print([(yield) for x in y])\n"),
        "  File \"prog.py\", line 2\n    print([(yield) for x in y])\n            ^^^^^\n\
         SyntaxError: 'yield' inside list comprehension\n"
    );
    assert_eq!(
        stderr_of("x = 1\nreturn x\n"),
        "  File \"prog.py\", line 2\n    return x\n    ^^^^^^^^\n\
         SyntaxError: 'return' outside function\n"
    );
}

#[test]
fn a_range_over_lines_stops_at_the_first_line_end() {
    assert_eq!(
        stderr_of("x = 1\n(a +\n  b) = 2\n"),
        "  File \"prog.py\", line 2\n    (a +\n     ^^^\n\
         SyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='?\n"
    );
}

#[test]
fn compiler_errors_have_carets_too() {
    assert_eq!(
        stderr_of("def f():\n    x = 1\n    global x\n"),
        "  File \"prog.py\", line 3\n    global x\n    ^^^^^^^^\n\
         SyntaxError: name 'x' is assigned to before global declaration\n"
    );
}

#[test]
fn an_unexpected_indent_has_no_caret() {
    assert_eq!(
        stderr_of("x = 1\n  y = 2\n"),
        "  File \"prog.py\", line 2\n    y = 2\nIndentationError: unexpected indent\n"
    );
}
