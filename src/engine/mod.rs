//! The Python engine: source text in, program behaviour out.

pub mod numeric;
pub mod syntax;
