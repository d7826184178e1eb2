//! Values: small ones inline, everything else a reference into the heap.

use std::rc::Rc;

/// An index into the heap. Copying it does not count as a reference: the
/// VM increments counts explicitly ([`super::heap::Heap::incref`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjRef(pub u32);

/// A Python value.
///
/// `Clone` copies the bits without counting a reference; code that keeps a
/// second copy of an `Obj` must call `incref` (the VM's `dup` does both).
///
/// `repr(u64)`: the tag fills the first word and every payload starts at
/// the second, so a value is stored as whole words. With a byte tag, LLVM
/// stored a value in pieces (the tag, the bytes after it, the payload) and
/// the next instruction read it back with one wider load, which cannot
/// take its data from several pending stores and waits for them to retire:
/// a `StoreFast` after an `x + i` spent a third of a loop's time there.
#[derive(Clone, Debug, Default)]
#[repr(u64)]
pub enum Value {
    /// Not a Python value: an unbound local, an empty slot, a missing
    /// argument (CPython's NULL).
    Null,
    #[default]
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    /// Strings are immutable and cannot form cycles, so they live outside
    /// the counted heap.
    Str(Rc<str>),
    NotImplemented,
    Ellipsis,
    Obj(ObjRef),
}

impl Value {
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    pub fn as_obj(&self) -> Option<ObjRef> {
        match self {
            Value::Obj(r) => Some(*r),
            _ => None,
        }
    }

    pub fn str(s: &str) -> Value {
        Value::Str(s.into())
    }

    /// Identity, as Python's `is`.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Null, Value::Null)
            | (Value::None, Value::None)
            | (Value::NotImplemented, Value::NotImplemented)
            | (Value::Ellipsis, Value::Ellipsis) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            // Small ints are cached in CPython; `is` between equal ints is
            // what programs observe for the values they use.
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Str(a), Value::Str(b)) => Rc::ptr_eq(a, b) || (a.len() <= 1 && a == b),
            (Value::Obj(a), Value::Obj(b)) => a == b,
            _ => false,
        }
    }
}
