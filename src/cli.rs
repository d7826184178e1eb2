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
        Ok(_source) => {
            eprintln!("coroscope: the engine cannot run programs yet");
            2
        }
        Err(err) => {
            eprintln!("coroscope: can't open file '{path}': {err}");
            2
        }
    }
}
