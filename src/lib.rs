//! coroscope: a Python subset with a deterministic, virtual-time asyncio,
//! recorded step by step so a page can show how `await` really works.
//!
//! Data flows one way: [`engine::syntax`] → [`engine::compile`] →
//! [`engine::vm`] → [`engine::aio`] → [`trace`] → `ui` and [`share`].
//! `engine` and `trace` use no web crate; the `ui` module exists only in the
//! wasm build. [`editing`] is what the page's editor does to text (editing
//! keys, the error to underline), kept out of `ui` so `cargo test` runs it.

pub mod cli;
pub mod editing;
pub mod engine;
pub mod share;
pub mod trace;

#[cfg(target_arch = "wasm32")]
pub mod ui;
