//! The native command line: `coroscope run FILE`, `coroscope --help`.

const HELP: &str = "\
coroscope - run Python programs on a simulated, virtual-time asyncio

Usage:
  coroscope run FILE      run FILE and print what CPython 3.11 would print
      --fuel N            stop after N bytecode steps (default 10000000000)
  coroscope trace FILE    record FILE and print its trace
      --hash              print the trace hash (the same natively and in wasm)
      --json              print snapshots as JSON: every step of --by, or --at
      --at N,M,...        only the snapshots after N, M, ... bytecode steps
      --by G              line (default), callback, iteration or bytecode
      --fuel N            stop after N bytecode steps (default 5000000)
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
        Some("trace") => match TraceArgs::parse(&args[1..]) {
            Ok(t) => t.run(),
            Err(message) => usage_error(&message),
        },
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

/// Paths into the program's folder (a module of its own in an ImportError)
/// are shown relative to it in the report, as tracebacks name files.
fn relative_paths(stderr: Vec<u8>) -> Vec<u8> {
    let Ok(cwd) = std::env::current_dir() else {
        return stderr;
    };
    let prefix = format!("{}/", cwd.to_string_lossy());
    match String::from_utf8(stderr) {
        Ok(text) if text.contains(&prefix) => text.replace(&prefix, "").into_bytes(),
        Ok(text) => text.into_bytes(),
        Err(e) => e.into_bytes(),
    }
}

fn run(path: &str, fuel: u64) -> i32 {
    match std::fs::read_to_string(path) {
        Ok(source) => {
            use std::io::Write;
            // The program is named as given (`coroscope run NAME.py` from its
            // folder prints `NAME.py`), as the oracle compiles it.
            let name = path.to_string();
            // Standard input, read whole when it is not a terminal (a pipe
            // or a file), for `input()` and `sys.stdin`.
            let stdin = {
                use std::io::{IsTerminal, Read};
                let mut buf = String::new();
                let inp = std::io::stdin();
                if !inp.is_terminal() {
                    let _ = inp.lock().read_to_string(&mut buf);
                }
                buf
            };
            // Deep Python recursion nests Rust calls: give the engine a
            // roomy stack of its own.
            let out = std::thread::Builder::new()
                .stack_size(512 << 20)
                .spawn(move || {
                    let limits = crate::engine::vm::Limits {
                        fuel,
                        ..Default::default()
                    };
                    crate::engine::run::run_source_with_stdin(&name, &source, limits, &stdin)
                })
                .expect("spawning the engine thread")
                .join();
            match out {
                Ok(out) => {
                    let _ = std::io::stdout().write_all(&out.stdout);
                    let _ = std::io::stdout().flush();
                    let _ = std::io::stderr().write_all(&relative_paths(out.stderr));
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

/// `coroscope trace FILE ...`.
struct TraceArgs {
    file: String,
    hash: bool,
    json: bool,
    at: Option<Vec<u64>>,
    by: crate::trace::Granularity,
    fuel: u64,
}

impl TraceArgs {
    fn parse(args: &[String]) -> Result<TraceArgs, String> {
        let mut t = TraceArgs {
            file: String::new(),
            hash: false,
            json: false,
            at: None,
            by: crate::trace::Granularity::Line,
            fuel: crate::engine::vm::Limits::default().fuel,
        };
        let mut rest = args.iter();
        while let Some(a) = rest.next() {
            match a.as_str() {
                "--hash" => t.hash = true,
                "--json" => t.json = true,
                "--at" => {
                    let list = rest.next().ok_or("--at needs steps")?;
                    let steps: Result<Vec<u64>, _> = list.split(',').map(str::parse).collect();
                    t.at = Some(steps.map_err(|_| "--at needs numbers, as in --at 10,20")?);
                }
                "--by" => {
                    let g = rest.next().ok_or("--by needs a granularity")?;
                    t.by = crate::trace::Granularity::parse(g)
                        .ok_or("--by is line, callback, iteration or bytecode")?;
                }
                "--fuel" => {
                    t.fuel = rest
                        .next()
                        .and_then(|n| n.parse().ok())
                        .ok_or("--fuel needs a number")?;
                }
                _ if t.file.is_empty() => t.file = a.clone(),
                _ => return Err(format!("unexpected argument '{a}'")),
            }
        }
        if t.file.is_empty() {
            return Err("trace needs a FILE".into());
        }
        if !t.hash && !t.json {
            return Err("trace needs --hash or --json".into());
        }
        Ok(t)
    }

    fn run(self) -> i32 {
        let source = match std::fs::read_to_string(&self.file) {
            Ok(s) => s,
            Err(err) => {
                eprintln!("coroscope: can't open file '{}': {err}", self.file);
                return 2;
            }
        };
        // As `run`: deep recursion nests Rust calls, so a roomy stack.
        let out = std::thread::Builder::new()
            .stack_size(512 << 20)
            .spawn(move || self.render(&source))
            .expect("spawning the engine thread")
            .join();
        match out {
            Ok(text) => {
                use std::io::Write;
                let _ = std::io::stdout().write_all(text.as_bytes());
                0
            }
            Err(_) => {
                eprintln!("coroscope: internal error (the engine panicked)");
                70
            }
        }
    }

    fn render(&self, source: &str) -> String {
        use crate::trace::{RecordOptions, record, snapshot_json};
        let limits = crate::engine::vm::Limits {
            fuel: self.fuel,
            ..Default::default()
        };
        let trace = record(&self.file, source, limits, &RecordOptions::default());
        let mut out = String::new();
        if self.hash {
            out.push_str(&trace.hash());
            out.push('\n');
        }
        if self.json {
            let steps = match &self.at {
                Some(at) => at.clone(),
                None => {
                    let mut s = vec![0];
                    s.extend(trace.positions(self.by));
                    s.push(trace.last);
                    s.dedup();
                    s
                }
            };
            out.push_str(&format!(
                "{{\"last_step\":{},\"exit_code\":{},\"hash\":\"{}\",\"snapshots\":[",
                trace.last,
                trace.exit_code,
                trace.hash()
            ));
            for (i, s) in steps.iter().enumerate() {
                if i > 0 {
                    out.push_str(",\n");
                }
                out.push_str(&snapshot_json(&trace.seek(*s)));
            }
            out.push_str("]}\n");
        }
        out
    }
}
