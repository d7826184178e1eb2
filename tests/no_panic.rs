//! No input makes the engine panic: random and mutated programs go through
//! parse → compile → run with small limits, and every outcome must be a
//! normal result (output, or a Python-style error).

use std::path::Path;

use coroscope::engine::run::run_source;
use coroscope::engine::vm::Limits;

/// xorshift64*: deterministic, so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545F4914F6CDD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn corpus_programs() -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "py")
                && let Ok(s) = std::fs::read_to_string(&p)
            {
                out.push(s);
            }
        }
    }
    out
}

const FRAGMENTS: &[&str] = &[
    "yield",
    "await",
    "async ",
    "def f():",
    "(",
    ")",
    "[",
    "]",
    ":",
    "\n",
    "    ",
    "lambda x: x",
    "*",
    "**",
    "try:",
    "except*",
    "finally:",
    "with",
    "as",
    "0",
    "1e309",
    "'",
    "\"\"\"",
    "f'{",
    "}",
    "raise",
    "return",
    "del x",
    "global g",
    "nonlocal n",
    "import asyncio",
    "asyncio.sleep(0)",
    "gen.throw(ValueError)",
    "next(it)",
    "class C(list):",
    "None",
    "...",
    "x := 1",
    "\\",
    "#",
    "for",
    "in",
    "if",
    "else",
    "while True:",
    "match x:",
    "case ",
    " | ",
    "case _:",
    "{**rest}",
    " as y",
    "C(a=1)",
];

fn mutate(rng: &mut Rng, src: &str) -> String {
    let mut s: Vec<char> = src.chars().collect();
    for _ in 0..1 + rng.below(4) {
        if s.is_empty() {
            break;
        }
        let at = rng.below(s.len());
        match rng.below(5) {
            0 => {
                let end = (at + 1 + rng.below(20)).min(s.len());
                s.drain(at..end);
            }
            1 => {
                let frag = FRAGMENTS[rng.below(FRAGMENTS.len())];
                for (i, c) in frag.chars().enumerate() {
                    s.insert(at + i, c);
                }
            }
            2 => {
                let end = (at + 1 + rng.below(40)).min(s.len());
                let piece: Vec<char> = s[at..end].to_vec();
                let to = rng.below(s.len());
                for (i, c) in piece.into_iter().enumerate() {
                    s.insert(to + i, c);
                }
            }
            3 => s[at] = (32 + rng.below(95) as u8) as char,
            _ => {
                let lines: Vec<String> = s
                    .iter()
                    .collect::<String>()
                    .lines()
                    .map(String::from)
                    .collect();
                if lines.len() > 1 {
                    let mut lines = lines;
                    let a = rng.below(lines.len());
                    let b = rng.below(lines.len());
                    lines.swap(a, b);
                    s = lines.join("\n").chars().collect();
                }
            }
        }
    }
    s.into_iter().collect()
}

fn random_program(rng: &mut Rng) -> String {
    let mut out = String::new();
    for _ in 0..rng.below(30) {
        out.push_str(FRAGMENTS[rng.below(FRAGMENTS.len())]);
        if rng.below(3) == 0 {
            out.push(' ');
        }
    }
    out
}

#[test]
fn mutated_and_random_programs_never_panic() {
    let programs = corpus_programs();
    assert!(programs.len() > 100, "the corpus is where mutations start");
    let budget = std::time::Duration::from_secs(
        std::env::var("NO_PANIC_SECONDS")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(20),
    );
    let started = std::time::Instant::now();
    let mut rng = Rng(0x9E3779B97F4A7C15);
    let limits = Limits {
        fuel: 20_000,
        recursion: 200,
        heap_objects: 50_000,
        output_bytes: 64 * 1024,
    };
    let mut runs = 0;
    while started.elapsed() < budget {
        let src = if rng.below(4) == 0 {
            random_program(&mut rng)
        } else {
            let base = &programs[rng.below(programs.len())];
            mutate(&mut rng, base)
        };
        let result = std::panic::catch_unwind(|| run_source("fuzz.py", &src, limits.clone()));
        if result.is_err() {
            panic!("the engine panicked on this program:\n{src}");
        }
        runs += 1;
    }
    assert!(runs > 50, "only {runs} programs ran in the time budget");
}
