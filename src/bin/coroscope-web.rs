//! The page's entry point, built for wasm32 by Trunk.

#[cfg(target_arch = "wasm32")]
fn main() {
    coroscope::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("coroscope-web is the page; build it with `trunk build` (wasm32 only)");
    std::process::exit(2);
}
