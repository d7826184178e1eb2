//! Moves of values on and off the run loop's stacks that keep each word of
//! a `Value` a word of its own.
//!
//! Why: the lane writes a computed value word by word (`Value::Int(r)` is
//! a store of the tag and one of the payload). A plain `Vec::pop` or a
//! move of the whole value reads it back with one 16-byte load, and a
//! load that spans two pending stores cannot be forwarded from them: the
//! processor waits until the stores retire. A call's argument and a
//! return's value are read just after they were computed, so each call
//! and return of fib stalled there. Reading the tag and the payload
//! separately, and writing them the same way, forwards.
//!
//! `Vec::push` is not inlined into the run loop (it is too large for the
//! inliner), so its value goes through memory as a whole; `push_value`
//! writes in place.

use super::value::Value;

/// Pops the top of `stack`, reading scalars (ints, bools, `None`, object
/// references) word by word; other values are moved whole.
#[inline(always)]
pub(super) fn pop_words(stack: &mut Vec<Value>) -> Value {
    let v = match stack.last() {
        Some(Value::Int(i)) => Value::Int(*i),
        Some(Value::Obj(r)) => Value::Obj(*r),
        Some(Value::Bool(b)) => Value::Bool(*b),
        Some(Value::None) => Value::None,
        _ => return stack.pop().expect("a value to pop"),
    };
    // The slot held a scalar: dropping it does nothing, and the copy above
    // is the value itself. Forgetting the popped value skips the drop glue
    // that `truncate` calls out of line for any `Value` (it cannot know the
    // slot is a scalar); the dead read is removed.
    std::mem::forget(stack.pop());
    v
}

/// `stack.push(v)`, written in place.
#[inline(always)]
pub(super) fn push_value(stack: &mut Vec<Value>, v: Value) {
    if stack.len() == stack.capacity() {
        stack.reserve(1);
    }
    let len = stack.len();
    // SAFETY: the capacity exceeds `len` (reserved just above), so the
    // slot at `len` is allocated and holds no value; `set_len` then counts
    // the value just written there.
    unsafe {
        stack.as_mut_ptr().add(len).write(v);
        stack.set_len(len + 1);
    }
}
