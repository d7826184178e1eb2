//! `coroscope`: run a Python program headless on the simulated engine.

fn main() {
    std::process::exit(coroscope::cli::main(std::env::args().skip(1).collect()));
}
