//! Ints beyond 64 bits. Python's ints are unbounded; coroscope keeps every
//! int that fits in `Value::Int` (the fast path) and moves to a heap
//! `Obj::BigInt` only when a result overflows, normalising back as soon as
//! a result fits again, so `Value::Int` and `Obj::BigInt` never hold the
//! same number.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::Vm;
use super::object::{Obj, PyResult};
use super::value::Value;
use crate::engine::syntax::ast::BinOp;

/// CPython 3.11's `sys.int_info.default_max_str_digits`.
pub const MAX_STR_DIGITS: usize = 4300;

/// Bits an int may grow to here: past this, MemoryError instead of a page
/// that stalls on one multiplication.
pub(crate) const MAX_BITS: u64 = 1 << 20;

impl Vm {
    /// The exact integer value of an int or bool.
    pub fn big_of(&self, v: &Value) -> Option<BigInt> {
        match v {
            Value::Int(i) => Some(BigInt::from(*i)),
            Value::Bool(b) => Some(BigInt::from(*b as i64)),
            Value::Obj(r) => match self.heap.get(*r) {
                Obj::BigInt(b) => Some((**b).clone()),
                _ => None,
            },
            _ => None,
        }
    }

    /// The value of an `Obj::BigInt` (None for every other value,
    /// including ints that fit 64 bits).
    pub fn big_obj(&self, v: &Value) -> Option<BigInt> {
        match v {
            Value::Obj(r) => match self.heap.get(*r) {
                Obj::BigInt(b) => Some((**b).clone()),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn is_bigint(&self, v: &Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(*r), Obj::BigInt(_)))
    }

    /// An int value: `Value::Int` when it fits.
    pub fn int_from_big(&mut self, b: BigInt) -> PyResult<Value> {
        if let Some(i) = b.to_i64() {
            return Ok(Value::Int(i));
        }
        if b.bits() > MAX_BITS {
            return self.too_big();
        }
        Ok(self.alloc(Obj::BigInt(Box::new(b))))
    }

    pub(crate) fn too_big(&mut self) -> PyResult<Value> {
        Err(self.new_exc(
            "MemoryError",
            format!("integer of more than {MAX_BITS} bits is too large for coroscope"),
        ))
    }

    /// `a op b` on exact integers.
    pub fn big_op(&mut self, a: BigInt, b: BigInt, op: BinOp) -> PyResult<Value> {
        let r = match op {
            BinOp::Add => a + b,
            BinOp::Sub => a - b,
            BinOp::Mult => {
                if a.bits() + b.bits() > MAX_BITS {
                    return self.too_big();
                }
                a * b
            }
            BinOp::FloorDiv | BinOp::Mod => {
                if b.is_zero() {
                    let msg = if op == BinOp::Mod {
                        "integer modulo by zero"
                    } else {
                        "integer division or modulo by zero"
                    };
                    return Err(self.new_exc("ZeroDivisionError", msg.into()));
                }
                if op == BinOp::FloorDiv {
                    a.div_floor(&b)
                } else {
                    a.mod_floor(&b)
                }
            }
            BinOp::Div => {
                if b.is_zero() {
                    return Err(self.new_exc("ZeroDivisionError", "division by zero".into()));
                }
                return self.big_true_div(&a, &b).map(Value::Float);
            }
            BinOp::Pow => {
                if b.is_negative() {
                    let (x, y) = (self.big_to_f64(&a)?, self.big_to_f64(&b)?);
                    return Ok(Value::Float(x.powf(y)));
                }
                let e = match b.to_u64() {
                    Some(e) if a.bits().saturating_mul(e) <= MAX_BITS || a.bits() <= 1 => e,
                    _ => return self.too_big(),
                };
                num_traits::pow::pow(a, e as usize)
            }
            BinOp::LShift | BinOp::RShift => {
                if b.is_negative() {
                    return Err(self.value_error("negative shift count".into()));
                }
                let n = b.to_u64().unwrap_or(u64::MAX);
                if op == BinOp::RShift {
                    if n > a.bits() {
                        if a.is_negative() {
                            BigInt::from(-1)
                        } else {
                            BigInt::zero()
                        }
                    } else {
                        a >> n
                    }
                } else if a.is_zero() {
                    a
                } else if a.bits() + n > MAX_BITS {
                    return self.too_big();
                } else {
                    a << n
                }
            }
            BinOp::BitAnd => a & b,
            BinOp::BitOr => a | b,
            BinOp::BitXor => a ^ b,
            BinOp::MatMult => {
                return Err(
                    self.type_error("unsupported operand type(s) for @: 'int' and 'int'".into())
                );
            }
        };
        self.int_from_big(r)
    }

    /// `int / int`, correctly rounded as CPython's `long_true_divide`:
    /// a quotient of 55 to 57 bits (fewer where the result is subnormal),
    /// whether a remainder was left, then one round-half-even step and an
    /// exact scaling. Rounding a truncated quotient, or scaling by a power
    /// of two past a double's range, would be off in the last bit or lose
    /// the result entirely (`n / d` with `d` beyond 2**1024).
    fn big_true_div(&mut self, a: &BigInt, b: &BigInt) -> PyResult<f64> {
        const MANT_DIG: i64 = 53;
        const MIN_EXP: i64 = -1021;
        const MAX_EXP: i64 = 1024;
        if a.bits() <= 53 && b.bits() <= 53 {
            return Ok(a.to_f64().unwrap_or(0.0) / b.to_f64().unwrap_or(1.0));
        }
        let negate = a.is_negative() != b.is_negative();
        let signed = |x: f64| if negate { -x } else { x };
        let (a, b) = (a.magnitude(), b.magnitude());
        let overflow = |vm: &mut Vm| {
            Err(vm.new_exc(
                "OverflowError",
                "integer division result too large for a float".into(),
            ))
        };
        if a.is_zero() {
            return Ok(signed(0.0));
        }
        let diff = a.bits() as i64 - b.bits() as i64;
        if diff < MIN_EXP - MANT_DIG - 1 {
            return Ok(signed(0.0));
        }
        if diff > MAX_EXP {
            return overflow(self);
        }
        let shift = diff.max(MIN_EXP) - MANT_DIG - 2;
        let (q, r) = if shift <= 0 {
            (a << (-shift) as usize).div_rem(b)
        } else {
            a.div_rem(&(b << shift as usize))
        };
        let inexact = !r.is_zero();
        let mut x = q.to_u64().expect("a quotient of at most 57 bits");
        let x_bits = 64 - x.leading_zeros() as i64;
        let extra_bits = x_bits.max(MIN_EXP - shift) - MANT_DIG;
        let mask = 1u64 << (extra_bits - 1);
        let low = x | inexact as u64;
        if low & mask != 0 && low & (3 * mask - 1) != 0 {
            x += mask;
        }
        x &= !(2 * mask - 1);
        let dx = x as f64;
        if shift + x_bits >= MAX_EXP && (shift + x_bits > MAX_EXP || dx == 2f64.powi(x_bits as i32))
        {
            return overflow(self);
        }
        Ok(signed(ldexp(dx, shift)))
    }

    /// `float(n)`, with CPython's error for ints beyond a double's range.
    pub fn big_to_f64(&mut self, b: &BigInt) -> PyResult<f64> {
        match b.to_f64() {
            Some(f) if f.is_finite() => Ok(f),
            _ => Err(self.new_exc("OverflowError", "int too large to convert to float".into())),
        }
    }

    /// `str(n)`, refusing past CPython's default digit limit as it does.
    pub fn big_to_str(&mut self, b: &BigInt) -> PyResult<String> {
        let s = b.to_string();
        let digits = s.len() - usize::from(b.is_negative());
        if digits > MAX_STR_DIGITS {
            return Err(self.value_error(format!(
                "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; \
                 use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
        Ok(s)
    }
}

/// `n` against a float, exactly: a finite double's integer part is an
/// integer, and its fraction decides a tie. None when `f` is NaN.
pub fn cmp_big_float(n: &BigInt, f: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let whole = <BigInt as num_traits::FromPrimitive>::from_f64(f.trunc()).unwrap_or_default();
    Some(match n.cmp(&whole) {
        Ordering::Equal => 0.0f64.partial_cmp(&f.fract()).unwrap_or(Ordering::Equal),
        o => o,
    })
}

/// CPython's int hash: the value modulo the Mersenne prime 2**61 - 1, with
/// the sign, and -1 mapped to -2.
pub fn hash_big(b: &BigInt) -> i64 {
    let modulus = BigInt::from((1u64 << 61) - 1);
    let m = b.abs().mod_floor(&modulus).to_i64().unwrap_or(0);
    let h = if b.sign() == Sign::Minus { -m } else { m };
    if h == -1 { -2 } else { h }
}

/// `x * 2**e` without overflowing the scale factor on the way: exact
/// unless the result itself is subnormal, where `x` is already rounded so
/// that the product is exact too.
fn ldexp(mut x: f64, mut e: i64) -> f64 {
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e as i32)
}
