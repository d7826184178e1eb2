//! Standard input: the CLI hands the program what it was given, and
//! `input()` and `sys.stdin` read it as CPython's do.

use coroscope::engine::run::run_source_with_stdin;
use coroscope::engine::vm::Limits;

#[test]
fn input_and_sys_stdin_read_what_was_given() {
    let src = "\
import sys
name = input('Name: ')
print('hi', name)
print(sum(int(x) for x in input().split()))
print(repr(sys.stdin.readline()), repr(sys.stdin.read(3)))
for line in sys.stdin:
    print('line:', line.rstrip())
try:
    input('more? ')
except EOFError as e:
    print('EOFError:', e)
";
    let out = run_source_with_stdin(
        "prog.py",
        src,
        Limits::default(),
        "bob\n1 2 3\nnext\nabcdef\nl1\nl2",
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "Name: hi bob\n6\n'next\\n' 'abc'\nline: def\nline: l1\nline: l2\nmore? EOFError: EOF when reading a line\n"
    );
    assert_eq!(out.exit_code, 0);
}

#[test]
fn without_stdin_input_is_an_eof_error() {
    let out = run_source_with_stdin("prog.py", "input('> ')\n", Limits::default(), "");
    assert_eq!(out.stdout, b"> ");
    assert_eq!(out.exit_code, 1);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.trim_end()
            .ends_with("EOFError: EOF when reading a line"),
        "{err}"
    );
}
