//! Gives the page's wasm a larger stack than the linker's 1 MB default.
//!
//! The engine recurses in Rust: the parser and compiler once per nesting
//! level (up to the parser's limit of 300), and the VM once per native call
//! that calls back into Python (`sorted(key=…)`, `__repr__`, `__eq__`, …,
//! up to the recursion limit). The native CLI gives it a 512 MB thread; in
//! wasm those frames' spilled locals live on the shadow stack in linear
//! memory, which `-zstack-size` sizes. Overflowing it is not a panic but a
//! trap that leaves the instance broken, so the size is chosen with a wide
//! margin over what the deepest legal programs were measured to need
//! (docs/STATUS.md, "Trace, UI, share").
//!
//! `COROSCOPE_WASM_STACK=BYTES` overrides the size, to measure that margin.

const WASM_STACK_BYTES: u64 = 8 << 20;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-env-changed=COROSCOPE_WASM_STACK");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() != Ok("wasm32") {
        return;
    }
    let bytes = std::env::var("COROSCOPE_WASM_STACK")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(WASM_STACK_BYTES);
    println!("cargo::rustc-link-arg-bin=coroscope-web=-zstack-size={bytes}");
}
