//! Tests of the lexer and parser.
//!
//! The expected results come from CPython 3.11, never from coroscope:
//! `cpython_ast.py` writes `ok/*.ast` (the AST of each `ok/*.py` sample, in
//! the format of [`crate::engine::syntax::dump`]) and `errors.expected`
//! (what CPython raises for each case of `errors.txt`). Cases named
//! `coroscope-…` are ones coroscope deliberately refuses or reports
//! differently; their expectations are written by hand in
//! `errors.coroscope`. Regenerate with `python3 cpython_ast.py` in this
//! directory.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::ast::{ExprKind, StmtKind};
use super::token::TokenKind;
use super::{
    SyntaxErrorKind, dump, lexer, parse_module, parse_module_syntax, tokenize_for_highlight,
};

fn tests_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src/engine/syntax/tests")
}

/// `name: Type: message @ line:offset`, or `name: OK`.
fn describe(name: &str, source: &str) -> String {
    match parse_module(source) {
        Ok(_) => format!("{name}: OK"),
        Err(e) => format!(
            "{name}: {}: {} @ {}:{}",
            e.python_type(),
            e.message,
            e.span.line,
            e.span.col + 1
        ),
    }
}

/// The cases of `errors.txt`, as `cpython_ast.py` splits them.
fn error_cases() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(tests_dir().join("errors.txt")).unwrap();
    // Headers are lines `### name`; a case is the text up to the next
    // header, without its last newline.
    format!("\n{text}")
        .split("\n### ")
        .skip(1)
        .map(|chunk| {
            let (name, source) = chunk.split_once('\n').unwrap_or((chunk, ""));
            (name.trim().to_string(), source.to_string())
        })
        .collect()
}

// === Against CPython ===

#[test]
fn samples_parse_as_cpython_parses_them() {
    with_big_stack(samples_inner);
}

fn samples_inner() {
    let dir = tests_dir().join("ok");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    assert!(files.len() >= 5, "samples missing from {dir:?}");
    let mut failures = Vec::new();
    for path in files {
        let source = std::fs::read_to_string(&path).unwrap();
        let expected = std::fs::read_to_string(path.with_extension("ast")).unwrap();
        let module = match parse_module_syntax(&source) {
            Ok(module) => module,
            Err(e) => {
                failures.push(format!("{}: {e}", path.display()));
                continue;
            }
        };
        let ours = dump::dump_module(&module);
        for (i, (want, got)) in expected.lines().zip(ours.lines()).enumerate() {
            if want != got {
                failures.push(format!(
                    "{}: top-level statement {}\n  CPython:   {want}\n  coroscope: {got}",
                    path.display(),
                    i + 1
                ));
                break;
            }
        }
        if expected.lines().count() != ours.lines().count() {
            failures.push(format!("{}: statement counts differ", path.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn errors_are_reported_as_cpython_reports_them() {
    with_big_stack(errors_inner);
}

fn errors_inner() {
    let expected = std::fs::read_to_string(tests_dir().join("errors.expected")).unwrap();
    let cases = error_cases();
    let mut names: Vec<_> = cases.iter().map(|(name, _)| name.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(
        names.len(),
        cases.len(),
        "case names in errors.txt must be unique"
    );
    assert_eq!(
        cases.len(),
        expected.lines().count(),
        "regenerate errors.expected with cpython_ast.py"
    );
    let mismatches: Vec<_> = cases
        .iter()
        .zip(expected.lines())
        .filter_map(|((name, source), want)| {
            let got = describe(name, source);
            (got != want).then(|| format!("{source:?}\n  CPython:   {want}\n  coroscope: {got}"))
        })
        .collect();
    assert!(
        mismatches.is_empty(),
        "{} mismatches:\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );
}

// === Inline cases ===

/// Asserts that `source` parses (with the post-parse checks).
fn ok(source: &str) -> super::ast::Module {
    parse_module(source).unwrap_or_else(|e| panic!("{source:?}: {e}"))
}

/// Asserts the error for `source`: kind, message and 1-based line:offset.
fn err(source: &str, kind: SyntaxErrorKind, message: &str, line: u32, offset: u32) {
    match parse_module(source) {
        Ok(_) => panic!("{source:?} parsed"),
        Err(e) => {
            assert_eq!(
                (e.kind, e.message.as_str(), e.span.line, e.span.col + 1),
                (kind, message, line, offset),
                "{source:?}"
            )
        }
    }
}

// test_ok soft_keywords_are_names
#[test]
fn soft_keywords_are_names() {
    ok(
        "match = 3\nmatch(x)\nmatch[1]: int = 2\ncase = type = _ = 1\ntype(x)\nprint(match.group())\n",
    );
}

// test_ok async_program
#[test]
fn async_program() {
    let module = ok(r#"
import asyncio

async def worker(name: str, queue: asyncio.Queue[int]) -> None:
    while True:
        item = await queue.get()
        try:
            await asyncio.sleep(item / 10)
        except asyncio.CancelledError:
            print(f"{name} cancelled", flush=True)
            raise
        finally:
            queue.task_done()

async def main():
    queue = asyncio.Queue()
    tasks = [asyncio.create_task(worker(f"w{i}", queue)) for i in range(3)]
    async with asyncio.timeout(1):
        results = await asyncio.gather(*tasks, return_exceptions=True)
    return [r async for r in agen() if r]

asyncio.run(main())
"#);
    assert_eq!(module.body.len(), 4);
    let StmtKind::FunctionDef(def) = &module.body[1].kind else {
        panic!()
    };
    assert!(def.is_async && def.returns.is_some() && def.args.args.len() == 2);
}

// test_ok generator_program
#[test]
fn generator_program() {
    ok(
        "def gen():\n    x = yield\n    y = yield x\n    z = yield from sub()\n    return (yield)\n\ng = (i * i for i in gen() if i)\n",
    );
}

// test_ok debug_fstring
#[test]
fn debug_fstring_defaults_to_repr() {
    let module = ok("f'{x=}' f'{x=:>4}' f'{x=!s}'\n");
    let StmtKind::Expr(e) = &module.body[0].kind else {
        panic!()
    };
    let ExprKind::FString(parts) = &e.kind else {
        panic!()
    };
    let fields: Vec<_> = parts
        .iter()
        .filter_map(|p| match p {
            super::ast::FStringPart::Expr {
                conversion,
                debug_text,
                format_spec,
                ..
            } => Some((*conversion, debug_text.clone(), format_spec.is_some())),
            _ => None,
        })
        .collect();
    assert_eq!(
        fields,
        vec![
            (Some('r'), Some("x=".into()), false),
            (None, Some("x=".into()), true),
            (Some('s'), Some("x=".into()), false)
        ]
    );
}

// test_err unsupported_constructs
#[test]
fn unsupported_constructs() {
    use SyntaxErrorKind::Unsupported;
    err(
        "match x:\n    case 1 + 2j: pass\n",
        Unsupported,
        "complex numbers are not supported by coroscope yet",
        2,
        14,
    );
    err(
        "x = 1\ntype Point = tuple[int, int]\n",
        Unsupported,
        "`type` alias statements are not supported by coroscope yet",
        2,
        1,
    );
    err(
        "x = 2j\n",
        Unsupported,
        "complex numbers are not supported by coroscope yet",
        1,
        5,
    );
    ok("x = 9223372036854775807\ny = 0xffff_ffff\nz = 9223372036854775808\n");
}

// test_err outside_function
#[test]
fn context_errors() {
    use SyntaxErrorKind::Syntax;
    err("return 1\n", Syntax, "'return' outside function", 1, 1);
    err("x = yield\n", Syntax, "'yield' outside function", 1, 5);
    err("await x\n", Syntax, "'await' outside function", 1, 1);
    err(
        "def f():\n    await x\n",
        Syntax,
        "'await' outside async function",
        2,
        5,
    );
    err(
        "while x:\n    def f():\n        break\n",
        Syntax,
        "'break' outside loop",
        3,
        9,
    );
    err(
        "for x in y:\n    pass\nelse:\n    continue\n",
        Syntax,
        "'continue' not properly in loop",
        4,
        5,
    );
    ok("async def f():\n    return [await x async for x in y]\n");
    ok("for x in y:\n    try:\n        pass\n    finally:\n        continue\n");
    ok("g = (await x for x in y)\n");
}

// test_err indentation
#[test]
fn indentation_errors() {
    use SyntaxErrorKind::{Indentation, Tab};
    err(
        "if x:\npass\n",
        Indentation,
        "expected an indented block after 'if' statement on line 1",
        2,
        1,
    );
    err("x = 1\n    y = 2\n", Indentation, "unexpected indent", 2, 4);
    err(
        "if x:\n        a\n    b\n",
        Indentation,
        "unindent does not match any outer indentation level",
        3,
        6,
    );
    err(
        "if x:\n    a\n\tb\n",
        Tab,
        "inconsistent use of tabs and spaces in indentation",
        3,
        1,
    );
    ok("if x:\n\tif y:\n\t\tpass\n\telse:\n\t\tpass\n");
}

// === Lexer ===

#[test]
fn lexes_indentation_and_brackets() {
    let source = "if x:\n    y = (1,\n  2)\n# c\nz\n";
    let kinds: Vec<_> = lexer::lex(source).tokens.iter().map(|t| t.kind).collect();
    use TokenKind::*;
    assert_eq!(
        kinds,
        vec![
            If, Name, Colon, Newline, Indent, Name, Equal, Lpar, Int, Comma, Int, Rpar, Newline,
            Dedent, Name, Newline, EndOfFile
        ]
    );
}

#[test]
fn lexes_operators_and_numbers() {
    let source = "a := b -> c ... **= //= @= != <> 1_0 0x1F 1.5e-3 .5 2j 1if x else 2";
    let lexed = lexer::lex(source);
    assert!(lexed.error.is_none());
    let texts: Vec<_> = lexed
        .tokens
        .iter()
        .map(|t| (t.kind, t.text(source)))
        .collect();
    use TokenKind::*;
    assert_eq!(
        &texts[..17],
        &[
            (Name, "a"),
            (ColonEqual, ":="),
            (Name, "b"),
            (Rarrow, "->"),
            (Name, "c"),
            (Ellipsis, "..."),
            (DoubleStarEqual, "**="),
            (DoubleSlashEqual, "//="),
            (AtEqual, "@="),
            (NotEqual, "!="),
            (Unknown, "<>"),
            (Int, "1_0"),
            (Int, "0x1F"),
            (Float, "1.5e-3"),
            (Float, ".5"),
            (Imaginary, "2j"),
            (Int, "1"),
        ]
    );
}

#[test]
fn columns_count_characters() {
    let source = "é = 'ü'; x\n";
    let lexed = lexer::lex(source);
    let x = lexed.tokens.iter().find(|t| t.text(source) == "x").unwrap();
    assert_eq!((x.line, x.col), (1, 9));
}

// === Robustness ===

/// Runs `f` on a thread with a large stack: unoptimized builds use several
/// times the stack of release builds per nesting level (the limits are set
/// for a 1 MiB stack in release).
fn with_big_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap();
}

/// A tiny xorshift generator: deterministic, no crates.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Characters random programs are made of: Python's punctuation, quotes,
/// whitespace, digits and letters, plus a few awkward ones.
const ALPHABET: &[&str] = &[
    " ", " ", "    ", "\t", "\n", "\n", "\r\n", "\\", "#", "'", "\"", "'''", "f'", "rb\"", "{",
    "}", "(", ")", "[", "]", ":", ";", ",", ".", "=", "+", "-", "*", "**", "/", "//", "%", "@",
    "<", ">", "!", "~", "^", "&", "|", "0", "1", "9", "0x", "e", "j", "_", "x", "y", "if", "else",
    "for", "in", "def", "async", "await", "yield", "lambda", "not", "match", "case", "return",
    "with", "as", "é", "€", "\u{0}", "\u{a0}", "$", "?",
];

/// Parses `source` and highlights it: neither may panic, and the
/// highlighter must cover every byte.
fn exercise(source: &str) {
    let _ = parse_module(source);
    let tokens = tokenize_for_highlight(source);
    let mut at = 0;
    for token in &tokens {
        assert_eq!(token.start, at, "{source:?}");
        at = token.end;
    }
    assert_eq!(at as usize, source.len(), "{source:?}");
}

// test_ok no_panic
#[test]
fn random_input_never_panics() {
    with_big_stack(random_input_never_panics_inner);
}

fn random_input_never_panics_inner() {
    let samples: Vec<String> = std::fs::read_dir(tests_dir().join("ok"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let deadline = Instant::now() + Duration::from_secs(2);
    let mut runs = 0;
    while Instant::now() < deadline || runs < 200 {
        runs += 1;
        let source = match rng.below(3) {
            // Random tokens.
            0 => (0..rng.below(60))
                .map(|_| ALPHABET[rng.below(ALPHABET.len())])
                .collect::<String>(),
            // Random bytes, made valid UTF-8.
            1 => {
                let bytes: Vec<u8> = (0..rng.below(80)).map(|_| rng.next() as u8).collect();
                String::from_utf8_lossy(&bytes).into_owned()
            }
            // A valid program, mutated.
            _ => {
                let sample = &samples[rng.below(samples.len())];
                let mut chars: Vec<char> = sample.chars().collect();
                for _ in 0..1 + rng.below(4) {
                    let at = rng.below(chars.len() + 1);
                    match rng.below(3) {
                        0 if at < chars.len() => {
                            chars.remove(at);
                        }
                        1 => {
                            let piece = ALPHABET[rng.below(ALPHABET.len())];
                            for (i, c) in piece.chars().enumerate() {
                                chars.insert(at + i, c);
                            }
                        }
                        _ => chars.truncate(at),
                    }
                }
                chars.into_iter().collect()
            }
        };
        exercise(&source);
    }
}

// test_err too_deep
#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    with_big_stack(deep_nesting_inner);
}

fn deep_nesting_inner() {
    let deep_parens = format!("x = {}1{}\n", "(".repeat(1000), ")".repeat(1000));
    err(
        &deep_parens,
        SyntaxErrorKind::Syntax,
        "too many nested parentheses",
        1,
        205,
    );
    let ok_parens = format!("x = {}1{}\n", "(".repeat(199), ")".repeat(199));
    ok(&ok_parens);
    for source in [
        format!("x = {}1\n", "-".repeat(100_000)),
        format!("x = {}1\n", "not ".repeat(100_000)),
        format!("x = {}1\n", "lambda: ".repeat(100_000)),
        format!("x = {}1\n", "await ".repeat(100_000)),
        format!("x = 1{}\n", " + 1".repeat(100_000)),
        format!("x = {}1\n", "2 ** ".repeat(100_000)),
        format!("x = a{}\n", ".b".repeat(100_000)),
        format!("x = a{}\n", "()".repeat(100_000)),
        format!("x = {}\n", "a if b else ".repeat(100_000)),
        format!("x = f'{}'\n", "{x:{y}}".repeat(1000)),
        (0..99)
            .map(|i| format!("{}if x:\n", " ".repeat(i)))
            .collect::<String>()
            + &" ".repeat(99)
            + "pass\n",
    ] {
        let result = parse_module(&source);
        if let Err(e) = result {
            let expected = ["nested", "too long", "indentation", "invalid syntax"];
            assert!(expected.iter().any(|m| e.message.contains(m)), "{e}");
        }
    }
}

// test_ok long_chains
#[test]
fn long_chains_parse_up_to_the_limit() {
    with_big_stack(|| {
        ok(&format!("x = 1{}\n", " + 1".repeat(900)));
        ok(&format!("x = a{}\n", ".b".repeat(900)));
        let source = format!("x = 1{}\n", " + 1".repeat(1500));
        let e = parse_module(&source).unwrap_err();
        assert_eq!(e.kind, SyntaxErrorKind::Unsupported);
        assert!(e.message.starts_with("expression too long"), "{e}");
    });
}

/// Ten thousand lines parse (the time they take is a bench row:
/// `cargo run --release --bin bench parse`, target 50 ms).
#[test]
fn parses_ten_thousand_lines() {
    let block = std::fs::read_to_string(tests_dir().join("ok/asyncio_programs.py")).unwrap();
    let one = parse_module_syntax(&block).unwrap().body.len();
    let mut source = String::new();
    let mut copies = 0;
    while source.lines().count() < 10_000 {
        source.push_str(&block);
        copies += 1;
    }
    let all = parse_module_syntax(&source).unwrap();
    assert_eq!(all.body.len(), one * copies);
}
