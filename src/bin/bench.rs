//! `cargo run --release --bin bench`: coroscope against CPython on the
//! programs in `bench/`, printed as a table (seconds, best of five on each
//! side: the same number of tries, so noise favours neither).
//!
//! CPython runs each file under the oracle (`tests/oracle/oracle.py`, the
//! virtual clock), which times compile + run inside the process
//! (`--time FILE`), so interpreter start-up is not counted. coroscope's
//! time is parse + compile + run in this process.
//!
//! Then the trace rows (`bench/trace/`): recording overhead against a run
//! without a trace (best of five each, taking turns), trace bytes per step (everything the recording keeps,
//! measured by a counting allocator), and seek latency to uniformly random
//! steps (each the best of three passes, with the first pass's tail apart,
//! and the steps each seek replays from its keyframe, which no machine load
//! changes). `cargo run --release --bin bench trace` prints only those.

/// Counts live heap bytes, for "trace bytes per step".
#[cfg(not(target_arch = "wasm32"))]
mod counting {
    use std::alloc::{GlobalAlloc, Layout, System};
    use std::sync::atomic::{AtomicIsize, Ordering};

    pub struct Counting;

    pub static LIVE: AtomicIsize = AtomicIsize::new(0);

    unsafe impl GlobalAlloc for Counting {
        unsafe fn alloc(&self, l: Layout) -> *mut u8 {
            LIVE.fetch_add(l.size() as isize, Ordering::Relaxed);
            unsafe { System.alloc(l) }
        }

        unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
            LIVE.fetch_sub(l.size() as isize, Ordering::Relaxed);
            unsafe { System.dealloc(p, l) }
        }

        unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
            LIVE.fetch_add(new as isize - l.size() as isize, Ordering::Relaxed);
            unsafe { System.realloc(p, l, new) }
        }
    }

    pub fn live() -> isize {
        LIVE.load(Ordering::Relaxed)
    }
}

#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOC: counting::Counting = counting::Counting;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let filter = std::env::args().nth(1);
    if !matches!(filter.as_deref(), Some("trace" | "parse")) {
        engine_rows(filter.clone());
    }
    if filter.is_none() || filter.as_deref() == Some("parse") {
        parse_row();
    }
    if filter.is_none() || filter.as_deref() == Some("trace") {
        trace_rows();
    }
}

/// Parsing speed: 10,000 lines of asyncio code (target 50 ms).
#[cfg(not(target_arch = "wasm32"))]
fn parse_row() {
    use std::time::Instant;
    let block = include_str!("../engine/syntax/tests/ok/asyncio_programs.py");
    let mut source = String::new();
    while source.lines().count() < 10_000 {
        source.push_str(block);
    }
    let mut best = f64::INFINITY;
    for _ in 0..5 {
        let start = Instant::now();
        let parsed = coroscope::engine::syntax::parse_module(&source);
        best = best.min(start.elapsed().as_secs_f64());
        assert!(parsed.is_ok(), "the parse bench program parses");
    }
    println!();
    println!("| parse | lines | best ms |");
    println!("|---|---:|---:|");
    println!(
        "| asyncio_programs.py repeated | {} | {:.1} |",
        source.lines().count(),
        best * 1000.0
    );
}

/// Recording overhead, trace bytes per step and seek latency.
#[cfg(not(target_arch = "wasm32"))]
fn trace_rows() {
    use std::path::Path;
    use std::time::Instant;

    use coroscope::engine::run::run_source;
    use coroscope::engine::vm::Limits;
    use coroscope::trace::{RecordOptions, record};

    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("bench/trace");
    let limits = Limits {
        fuel: u64::MAX,
        ..Limits::default()
    };
    println!();
    println!(
        "| trace of | steps | run s | record s | overhead | bytes/step | keyframes | seeks | replayed mean / max | seek p50 ms | seek p99 ms | once p99 ms |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (name, seeks) in [("loop.py", 400), ("tasks.py", 200)] {
        let src = std::fs::read_to_string(dir.join(name)).expect("readable");
        // Runs and recordings take turns, best of five each: load from
        // elsewhere on the machine then weighs on both alike.
        let (mut run, mut rec) = (f64::MAX, f64::MAX);
        for _ in 0..5 {
            let t = Instant::now();
            run_source(name, &src, limits.clone());
            run = run.min(t.elapsed().as_secs_f64());
            let t = Instant::now();
            drop(record(
                name,
                &src,
                limits.clone(),
                &RecordOptions::default(),
            ));
            rec = rec.min(t.elapsed().as_secs_f64());
        }
        let before = counting::live();
        let trace = record(name, &src, limits.clone(), &RecordOptions::default());
        let bytes = (counting::live() - before).max(0) as f64;
        let steps = trace.last.max(1);
        // Uniformly random steps from a fixed-seed generator (SplitMix64).
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let targets: Vec<u64> = (0..seeks)
            .map(|_| {
                seed = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
                let mut z = seed;
                z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
                z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
                (z ^ (z >> 31)) % (steps + 1)
            })
            .collect();
        // Each step is sought in each of three passes; a step's time is its
        // best pass. The machine is shared, and a preemption during one
        // seek would otherwise stand in the tail as if it were the seek's
        // own cost. "once p99" is the tail of the first pass alone.
        let mut best = vec![f64::MAX; seeks];
        let mut once = Vec::new();
        for pass in 0..3 {
            for (i, &step) in targets.iter().enumerate() {
                let t = Instant::now();
                let snap = trace.seek(step);
                let ms = t.elapsed().as_secs_f64() * 1000.0;
                assert_eq!(snap.step, step);
                best[i] = best[i].min(ms);
                if pass == 0 {
                    once.push(ms);
                }
            }
        }
        // The work a seek does that no load changes: steps replayed from
        // its keyframe.
        let keyframes = trace.keyframe_steps();
        let replayed: Vec<u64> = targets
            .iter()
            .map(|&s| s - keyframes[keyframes.partition_point(|&k| k <= s) - 1])
            .collect();
        let pct = |v: &mut Vec<f64>, p: f64| {
            v.sort_by(f64::total_cmp);
            v[((v.len() - 1) as f64 * p).round() as usize]
        };
        println!(
            "| {name} | {steps} | {run:.3} | {rec:.3} | {:.2}× | {:.1} | {} | {seeks} | {:.0} / {} | {:.2} | {:.2} | {:.2} |",
            rec / run,
            bytes / steps as f64,
            trace.keyframes(),
            replayed.iter().sum::<u64>() as f64 / seeks as f64,
            replayed.iter().max().unwrap_or(&0),
            pct(&mut best, 0.5),
            pct(&mut best, 0.99),
            pct(&mut once, 0.99),
        );
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn engine_rows(filter: Option<String>) {
    use std::path::Path;
    use std::process::Command;
    use std::time::Instant;

    use coroscope::engine::run::run_source;
    use coroscope::engine::vm::Limits;

    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("bench");
    let oracle = root.join("tests/oracle/oracle.py");
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
    let timing = std::env::temp_dir().join(format!("coroscope-bench-{}.txt", std::process::id()));
    let cpython = |file: &str| -> f64 {
        let mut best = f64::MAX;
        for _ in 0..5 {
            let out = Command::new(&python)
                .arg(&oracle)
                .arg("--time")
                .arg(&timing)
                .arg(file)
                .current_dir(&dir)
                .output()
                .expect("python3 runs");
            assert!(out.status.success(), "CPython failed on {file}");
            let t: f64 = std::fs::read_to_string(&timing)
                .ok()
                .and_then(|s| s.trim().parse().ok())
                .expect("the oracle wrote its timing");
            best = best.min(t);
        }
        best
    };
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
        for _ in 0..5 {
            let t = Instant::now();
            let out = run_source(&name, &src, limits.clone());
            best = best.min(t.elapsed().as_secs_f64());
            ok &= out.exit_code == 0;
        }
        let c = cpython(&name).max(1e-6);
        let status = if ok { "" } else { " (failed)" };
        println!("| {name}{status} | {best:.3} | {c:.3} | {:.2} |", best / c);
    }
    let _ = std::fs::remove_file(&timing);
}

#[cfg(target_arch = "wasm32")]
fn main() {}
