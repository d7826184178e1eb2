//! `cargo run --release --bin bench`: coroscope against CPython on the
//! programs in `bench/`, printed as a table (seconds, best of three).
//!
//! CPython runs each file under the oracle (`tests/oracle/oracle.py`, the
//! virtual clock), timed as a whole process minus the time of an empty
//! program under the same harness, so interpreter start-up is not counted.
//! coroscope's time is parse + compile + run in this process.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::path::Path;
    use std::process::Command;
    use std::time::Instant;

    use coroscope::engine::run::run_source;
    use coroscope::engine::vm::Limits;

    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("bench");
    let oracle = root.join("tests/oracle/oracle.py");
    let filter = std::env::args().nth(1);
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("the bench folder")
        .flatten()
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.ends_with(".py") && n != "empty.py")
        .filter(|n| filter.as_ref().is_none_or(|f| n.contains(f.as_str())))
        .collect();
    names.sort();

    // The interpreter itself, not a version-manager shim in front of it.
    let python = Command::new("python3")
        .args(["-c", "import sys; print(sys.executable)"])
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "python3".to_string());
    let cpython = |file: &str| -> f64 {
        let mut best = f64::MAX;
        for _ in 0..5 {
            let t = Instant::now();
            let out = Command::new(&python)
                .arg(&oracle)
                .arg(file)
                .current_dir(&dir)
                .output()
                .expect("python3 runs");
            assert!(out.status.success(), "CPython failed on {file}");
            best = best.min(t.elapsed().as_secs_f64());
        }
        best
    };
    let baseline = cpython("empty.py");
    let limits = Limits {
        fuel: u64::MAX,
        ..Limits::default()
    };

    println!("| program | coroscope s | CPython s | ratio |");
    println!("|---|---:|---:|---:|");
    for name in names {
        let src = std::fs::read_to_string(dir.join(&name)).expect("readable");
        let mut best = f64::MAX;
        let mut ok = true;
        for _ in 0..3 {
            let t = Instant::now();
            let out = run_source(&name, &src, limits.clone());
            best = best.min(t.elapsed().as_secs_f64());
            ok &= out.exit_code == 0;
        }
        let c = (cpython(&name) - baseline).max(1e-6);
        let status = if ok { "" } else { " (failed)" };
        println!("| {name}{status} | {best:.3} | {c:.3} | {:.2} |", best / c);
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
