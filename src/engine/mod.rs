//! The Python engine: source text in, program behaviour out.

pub mod aio;
pub mod compile;
pub mod events;
pub mod intern;
pub mod numeric;
pub mod run;
pub mod syntax;
pub mod vm;
