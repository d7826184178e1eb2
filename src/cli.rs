//! The native command line: `coroscope run FILE`, `coroscope --help`.

const HELP: &str = "\
coroscope - run Python programs on a simulated, virtual-time asyncio

Usage:
  coroscope run FILE      run FILE and print what CPython 3.11 would print
      --fuel N            stop after N bytecode steps (default 10000000000)
  coroscope --help        show this help

Exit codes: 0 success, 1 uncaught exception, 2 usage error or unreadable file.
";

/// Runs the command line and returns the process exit code.
pub fn main(args: Vec<String>) -> i32 {
    match args.first().map(String::as_str) {
        None | Some("-h") | Some("--help") | Some("help") => {
            print!("{HELP}");
            if args.is_empty() { 2 } else { 0 }
        }
        Some("run") => {
            let mut fuel = CLI_FUEL;
            let mut file = None;
            let mut rest = args[1..].iter();
            while let Some(a) = rest.next() {
                match a.as_str() {
                    "--fuel" => match rest.next().and_then(|n| n.parse().ok()) {
                        Some(n) => fuel = n,
                        None => return usage_error("--fuel needs a number"),
                    },
                    _ if file.is_none() => file = Some(a.clone()),
                    _ => return usage_error(&format!("unexpected argument '{a}'")),
                }
            }
            match file {
                Some(path) => run(&path, fuel),
                None => usage_error("run needs a FILE"),
            }
        }
        Some(other) => usage_error(&format!("unknown command '{other}'")),
    }
}

fn usage_error(message: &str) -> i32 {
    eprintln!("coroscope: {message}\n\n{HELP}");
    2
}

/// The command line runs programs to completion as CPython would; the
/// page keeps the engine's smaller default so a runaway loop stops soon.
const CLI_FUEL: u64 = 10_000_000_000;

fn run(path: &str, fuel: u64) -> i32 {
    match std::fs::read_to_string(path) {
        Ok(source) => {
            use std::io::Write;
            // The program is named as given (`coroscope run NAME.py` from its
            // folder prints `NAME.py`), as the oracle compiles it.
            let name = path.to_string();
            // Deep Python recursion nests Rust calls: give the engine a
            // roomy stack of its own.
            let out = std::thread::Builder::new()
                .stack_size(512 << 20)
                .spawn(move || {
                    let limits = crate::engine::vm::Limits {
                        fuel,
                        ..Default::default()
                    };
                    crate::engine::run::run_source(&name, &source, limits)
                })
                .expect("spawning the engine thread")
                .join();
            match out {
                Ok(out) => {
                    let _ = std::io::stdout().write_all(&out.stdout);
                    let _ = std::io::stdout().flush();
                    let _ = std::io::stderr().write_all(&out.stderr);
                    out.exit_code
                }
                Err(_) => {
                    eprintln!("coroscope: internal error (the engine panicked)");
                    70
                }
            }
        }
        Err(err) => {
            eprintln!("coroscope: can't open file '{path}': {err}");
            2
        }
    }
}
