//! The native command line: `coroscope run FILE`, `coroscope --help`.

const HELP: &str = "\
coroscope - run Python programs on a simulated, virtual-time asyncio

Usage:
  coroscope run FILE      run FILE and print what CPython 3.11 would print
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
        Some("run") => match args.get(1) {
            Some(path) => run(path),
            None => usage_error("run needs a FILE"),
        },
        Some(other) => usage_error(&format!("unknown command '{other}'")),
    }
}

fn usage_error(message: &str) -> i32 {
    eprintln!("coroscope: {message}\n\n{HELP}");
    2
}

fn run(path: &str) -> i32 {
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
                    crate::engine::run::run_source(
                        &name,
                        &source,
                        crate::engine::vm::Limits::default(),
                    )
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
