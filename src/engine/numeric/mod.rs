//! Numeric and hashing primitives that must match CPython 3.11 bit for bit.
//!
//! Everything here is pure `std` Rust with no knowledge of VM values: the VM
//! converts its values to `i64` / `f64` / `&str`, calls in, and turns a
//! [`PyErr`] into the Python exception named by [`PyErr::kind`]. No function
//! in this module panics on any input.

pub mod arith;
pub mod float_repr;
pub mod format_spec;
pub mod hash;
pub mod parse;
pub mod random;
pub mod rounding;
pub mod set_table;
pub mod sha512;
pub mod str_repr;
pub mod unicode;

use std::fmt;

pub use arith::{
    IntPow, float_as_integer_ratio, float_div, float_is_integer, float_pow, float_to_int,
    int_divmod, int_floordiv, int_mod, int_pow, int_pow_mod, int_true_div, py_float_divmod,
    py_float_floordiv, py_float_mod,
};
pub use rounding::{round_half_even, round_int};

/// A Python exception to raise: `kind` is the exception class name
/// (`"ValueError"`, `"OverflowError"`, ...) and `msg` its exact CPython text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PyErr {
    pub kind: &'static str,
    pub msg: String,
}

impl PyErr {
    /// An exception of class `kind` carrying `msg`.
    pub fn new(kind: &'static str, msg: impl Into<String>) -> PyErr {
        PyErr {
            kind,
            msg: msg.into(),
        }
    }

    /// A `ValueError`.
    pub fn value(msg: impl Into<String>) -> PyErr {
        PyErr::new("ValueError", msg)
    }

    /// An `OverflowError`.
    pub fn overflow(msg: impl Into<String>) -> PyErr {
        PyErr::new("OverflowError", msg)
    }

    /// A `ZeroDivisionError`.
    pub fn zero_division(msg: impl Into<String>) -> PyErr {
        PyErr::new("ZeroDivisionError", msg)
    }

    /// The `OverflowError` raised where CPython would grow an int past 64
    /// bits: coroscope's ints are `i64` by design, so this is the one place
    /// its output deliberately differs from CPython's.
    pub fn int_overflow() -> PyErr {
        PyErr::overflow(INT_OVERFLOW_MSG)
    }

    /// A `MemoryError`, used where a width or precision would build a string
    /// too large to be a sensible program output.
    pub fn memory() -> PyErr {
        PyErr::new("MemoryError", "")
    }
}

/// Message of [`PyErr::int_overflow`].
pub const INT_OVERFLOW_MSG: &str = "integer overflow: coroscope ints are 64-bit";

impl fmt::Display for PyErr {
    /// Formats like the last line of a CPython traceback: `Kind: msg`, or
    /// just `Kind` when the message is empty.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.msg.is_empty() {
            f.write_str(self.kind)
        } else {
            write!(f, "{}: {}", self.kind, self.msg)
        }
    }
}

impl std::error::Error for PyErr {}
