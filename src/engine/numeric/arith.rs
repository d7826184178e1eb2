//! Python's arithmetic on `int` (64-bit in coroscope) and `float`, with
//! CPython 3.11's sign conventions, special cases and error messages.
//!
//! Floor division and modulo follow the divisor's sign (`-7 // 2 == -4`,
//! `-7 % 2 == 1`, `7.5 % -2 == -0.5`). Where CPython's unbounded ints
//! would grow past 64 bits these return [`PyErr::int_overflow`].

use super::PyErr;

/// The value of `int ** int`: an int, or a float for negative exponents.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum IntPow {
    Int(i64),
    Float(f64),
}

fn int_zero_division() -> PyErr {
    PyErr::zero_division("integer division or modulo by zero")
}

/// `a // b` for ints.
pub fn int_floordiv(a: i64, b: i64) -> Result<i64, PyErr> {
    if b == 0 {
        return Err(int_zero_division());
    }
    // Only i64::MIN // -1 = 2**63 overflows.
    let q = a.checked_div(b).ok_or_else(PyErr::int_overflow)?;
    Ok(if a % b != 0 && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    })
}

/// `a % b` for ints: the result has the sign of `b`.
pub fn int_mod(a: i64, b: i64) -> Result<i64, PyErr> {
    if b == 0 {
        return Err(PyErr::zero_division("integer modulo by zero"));
    }
    // i64::MIN % -1 is 0 mathematically; only the machine op overflows.
    let r = a.checked_rem(b).unwrap_or(0);
    Ok(if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    })
}

/// `divmod(a, b)` for ints.
pub fn int_divmod(a: i64, b: i64) -> Result<(i64, i64), PyErr> {
    if b == 0 {
        return Err(int_zero_division());
    }
    Ok((int_floordiv(a, b)?, int_mod(a, b)?))
}

/// `a / b` for ints: the correctly rounded quotient, as CPython's
/// `long_true_divide` (exact even where `a` or `b` is beyond 2**53).
pub fn int_true_div(a: i64, b: i64) -> Result<f64, PyErr> {
    if b == 0 {
        return Err(PyErr::zero_division("division by zero"));
    }
    let negate = (a < 0) != (b < 0);
    let (na, nb) = (a.unsigned_abs() as u128, b.unsigned_abs() as u128);
    const EXACT: u128 = 1 << 53;
    let magnitude = if na <= EXACT && nb <= EXACT {
        // Both exact as doubles: IEEE division rounds correctly.
        na as f64 / nb as f64
    } else if na == 0 {
        0.0
    } else {
        correctly_rounded_ratio(na, nb)
    };
    Ok(if negate { -magnitude } else { magnitude })
}

/// `na / nb` rounded to the nearest double, ties to even, for
/// `0 < na, nb < 2**64` (the quotient is far from overflow and subnormals).
fn correctly_rounded_ratio(na: u128, nb: u128) -> f64 {
    let bits = |v: u128| 128 - v.leading_zeros() as i32;
    // Scale so the integer quotient has at least 55 bits: 53 kept, one
    // rounding bit, and more below it; the remainder is the sticky part.
    let shift = (55 + bits(nb) - bits(na)).max(0);
    let scaled = na << shift;
    let q = scaled / nb;
    let sticky = !scaled.is_multiple_of(nb);
    let drop = bits(q) - 53;
    let mut mantissa = q >> drop;
    let rest = q & ((1u128 << drop) - 1);
    let half = 1u128 << (drop - 1);
    if rest > half || (rest == half && (sticky || mantissa & 1 == 1)) {
        mantissa += 1;
    }
    // mantissa <= 2**53 is exact, and so is scaling by a power of two
    // (built from its bits; the exponent stays within about ±120).
    let scale = f64::from_bits(((1023 + drop - shift) as u64) << 52);
    mantissa as f64 * scale
}

/// `base ** exp` for ints: exact for `exp >= 0` (64-bit overflow raises),
/// `float(base) ** float(exp)` for `exp < 0` (so `0 ** -1` raises
/// "0.0 cannot be raised to a negative power").
pub fn int_pow(base: i64, exp: i64) -> Result<IntPow, PyErr> {
    if exp < 0 {
        return float_pow(base as f64, exp as f64).map(IntPow::Float);
    }
    let value = match base {
        0 => i64::from(exp == 0),
        1 => 1,
        -1 => {
            if exp % 2 == 0 {
                1
            } else {
                -1
            }
        }
        _ => u32::try_from(exp)
            .ok()
            .and_then(|e| base.checked_pow(e))
            .ok_or_else(PyErr::int_overflow)?,
    };
    Ok(IntPow::Int(value))
}

/// `pow(base, exp, modulus)` for ints, as CPython's `long_pow`: the result
/// has the sign of `modulus`; a negative `exp` uses the modular inverse.
///
/// Errors: `ValueError` "pow() 3rd argument cannot be 0" and "base is not
/// invertible for the given modulus".
pub fn int_pow_mod(base: i64, exp: i64, modulus: i64) -> Result<i64, PyErr> {
    if modulus == 0 {
        return Err(PyErr::value("pow() 3rd argument cannot be 0"));
    }
    let negative_output = modulus < 0;
    let m = (modulus as i128).abs();
    if m == 1 {
        return Ok(0);
    }
    let mut b = (base as i128).rem_euclid(m);
    let mut e = (exp as i128).unsigned_abs();
    if exp < 0 {
        b = mod_inverse(b, m)
            .ok_or_else(|| PyErr::value("base is not invertible for the given modulus"))?;
    }
    // m < 2**64, so products of residues fit in u128.
    let m = m as u128;
    let mut acc: u128 = 1;
    let mut b = b as u128;
    while e > 0 {
        if e & 1 == 1 {
            acc = acc * b % m;
        }
        b = b * b % m;
        e >>= 1;
    }
    let mut result = acc as i128;
    if negative_output && result != 0 {
        result -= m as i128;
    }
    // In (-|m|, |m|), so it fits: |m| <= 2**63.
    i64::try_from(result).map_err(|_| PyErr::int_overflow())
}

/// The inverse of `a` modulo `m` (`0 <= a < m`, `m > 1`), if `gcd == 1`.
fn mod_inverse(a: i128, m: i128) -> Option<i128> {
    let (mut old_r, mut r) = (a, m);
    let (mut old_s, mut s) = (1i128, 0i128);
    while r != 0 {
        let q = old_r / r;
        (old_r, r) = (r, old_r - q * r);
        (old_s, s) = (s, old_s - q * s);
    }
    (old_r == 1).then(|| old_s.rem_euclid(m))
}

/// `a / b` for floats.
pub fn float_div(a: f64, b: f64) -> Result<f64, PyErr> {
    if b == 0.0 {
        return Err(PyErr::zero_division("float division by zero"));
    }
    Ok(a / b)
}

/// CPython's `_float_div_mod`: `(a // b, a % b)` for `b != 0`.
fn float_div_mod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx; // C fmod: exact
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        // The remainder takes the divisor's sign.
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        // Snap to the nearest integral value.
        let f = div.floor();
        if div - f > 0.5 { f + 1.0 } else { f }
    } else {
        0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `a // b` for floats (`-7.5 // 2 == -4.0`, `-0.0 // 1 == -0.0`).
pub fn py_float_floordiv(a: f64, b: f64) -> Result<f64, PyErr> {
    if b == 0.0 {
        return Err(PyErr::zero_division("float floor division by zero"));
    }
    Ok(float_div_mod(a, b).0)
}

/// `a % b` for floats: the result has the sign of `b` (`7.5 % -2 ==
/// -0.5`, `0.0 % -1 == -0.0`).
pub fn py_float_mod(a: f64, b: f64) -> Result<f64, PyErr> {
    if b == 0.0 {
        return Err(PyErr::zero_division("float modulo"));
    }
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0f64.copysign(b);
    }
    Ok(m)
}

/// `divmod(a, b)` for floats.
pub fn py_float_divmod(a: f64, b: f64) -> Result<(f64, f64), PyErr> {
    if b == 0.0 {
        return Err(PyErr::zero_division("float divmod()"));
    }
    Ok(float_div_mod(a, b))
}

/// Whether `x` is an odd integer (`DOUBLE_IS_ODD_INTEGER`).
fn is_odd_integer(x: f64) -> bool {
    x.abs() % 2.0 == 1.0
}

/// `a ** b` for floats, with CPython's special cases (`x ** 0 == 1`,
/// `1 ** nan == 1`, signed zeros and infinities).
///
/// Errors: `ZeroDivisionError` "0.0 cannot be raised to a negative
/// power"; `OverflowError` "(34, 'Numerical result out of range')" when a
/// finite power overflows; and, where CPython would return a complex
/// number (negative base, fractional exponent), a `ValueError` saying
/// coroscope has no complex numbers (or CPython's `OverflowError`
/// "complex exponentiation" when that complex result would overflow).
pub fn float_pow(a: f64, b: f64) -> Result<f64, PyErr> {
    let (mut iv, iw) = (a, b);
    if iw == 0.0 {
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(iv);
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let av = iv.abs();
        return Ok(if av == 1.0 {
            1.0
        } else if (iw > 0.0) == (av > 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(if iw > 0.0 {
            if odd { iv } else { iv.abs() }
        } else if odd {
            0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(PyErr::zero_division(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(if is_odd_integer(iw) { iv } else { 0.0 });
    }
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            // CPython's complex power first overflows on the magnitude.
            if iv.abs().powf(iw).is_infinite() {
                return Err(PyErr::overflow("complex exponentiation"));
            }
            return Err(PyErr::value(
                "negative number cannot be raised to a fractional power \
                 (the result is complex, and coroscope has no complex numbers)",
            ));
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if iv == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let ix = iv.powf(iw);
    if ix.is_infinite() {
        return Err(PyErr::overflow("(34, 'Numerical result out of range')"));
    }
    Ok(if negate { -ix } else { ix })
}

/// `int(x)` for a float: truncation toward zero.
///
/// Errors: `ValueError` "cannot convert float NaN to integer",
/// `OverflowError` "cannot convert float infinity to integer", and
/// [`PyErr::int_overflow`] beyond 64 bits.
pub fn float_to_int(x: f64) -> Result<i64, PyErr> {
    if x.is_nan() {
        return Err(PyErr::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(PyErr::overflow("cannot convert float infinity to integer"));
    }
    let t = x.trunc();
    // [-2**63, 2**63) is exactly the i64 range, and both ends are doubles.
    if (-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0).contains(&t) {
        Ok(t as i64)
    } else {
        Err(PyErr::int_overflow())
    }
}

/// `x.is_integer()`.
pub fn float_is_integer(x: f64) -> bool {
    x.is_finite() && x == x.floor()
}

/// `x.as_integer_ratio()`: the lowest-terms fraction equal to `x`, with a
/// positive denominator.
///
/// Errors: `OverflowError` "cannot convert Infinity to integer ratio",
/// `ValueError` "cannot convert NaN to integer ratio", and
/// [`PyErr::int_overflow`] when either part exceeds 64 bits (e.g. `1e300`
/// or `1e-300`).
/// A finite `x` as `±m * 2**e` with the common factors of two cancelled
/// when `e < 0` (so `m / 2**-e` is in lowest terms); `m` is the magnitude.
pub fn float_ratio_parts(x: f64) -> (u64, i32) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1 << 52) - 1);
    let (mut m, mut e) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), biased - 1075)
    };
    if m != 0 && e < 0 {
        let tz = (m.trailing_zeros() as i32).min(-e);
        m >>= tz;
        e += tz;
    }
    (m, e)
}

pub fn float_as_integer_ratio(x: f64) -> Result<(i64, i64), PyErr> {
    if x.is_infinite() {
        return Err(PyErr::overflow("cannot convert Infinity to integer ratio"));
    }
    if x.is_nan() {
        return Err(PyErr::value("cannot convert NaN to integer ratio"));
    }
    if x == 0.0 {
        return Ok((0, 1));
    }
    let (m, e) = float_ratio_parts(x);
    let overflow = PyErr::int_overflow;
    let (num, den) = if e >= 0 {
        let num = (m as i64)
            .checked_shl(e as u32)
            .filter(|n| (n >> e) == m as i64);
        (num.ok_or_else(overflow)?, 1)
    } else if -e < 63 {
        (m as i64, 1i64 << -e)
    } else {
        return Err(overflow());
    };
    Ok((if x < 0.0 { -num } else { num }, den))
}

#[cfg(test)]
// Expected values are CPython's outputs as it prints them.
#[allow(clippy::approx_constant)]
mod tests {
    use super::*;

    // Expected values produced by CPython 3.11.7; floats compare by bits so
    // that signed zeros count.

    /// Same float bits (so -0.0 differs from 0.0), or both NaN.
    fn same(got: Result<f64, PyErr>, want: f64) -> bool {
        got.is_ok_and(|g| g.to_bits() == want.to_bits() || (g.is_nan() && want.is_nan()))
    }

    #[test]
    fn int_division() {
        assert_eq!(int_floordiv(7, 2), Ok(3), "7 // 2");
        assert_eq!(int_mod(7, 2), Ok(1), "7 % 2");
        assert_eq!(int_divmod(7, 2), Ok((3, 1)), "divmod(7, 2)");
        assert_eq!(int_floordiv(-7, 2), Ok(-4), "-7 // 2");
        assert_eq!(int_mod(-7, 2), Ok(1), "-7 % 2");
        assert_eq!(int_divmod(-7, 2), Ok((-4, 1)), "divmod(-7, 2)");
        assert_eq!(int_floordiv(7, -2), Ok(-4), "7 // -2");
        assert_eq!(int_mod(7, -2), Ok(-1), "7 % -2");
        assert_eq!(int_divmod(7, -2), Ok((-4, -1)), "divmod(7, -2)");
        assert_eq!(int_floordiv(-7, -2), Ok(3), "-7 // -2");
        assert_eq!(int_mod(-7, -2), Ok(-1), "-7 % -2");
        assert_eq!(int_divmod(-7, -2), Ok((3, -1)), "divmod(-7, -2)");
        assert_eq!(int_floordiv(0, 5), Ok(0), "0 // 5");
        assert_eq!(int_mod(0, 5), Ok(0), "0 % 5");
        assert_eq!(int_divmod(0, 5), Ok((0, 0)), "divmod(0, 5)");
        assert_eq!(int_floordiv(0, -5), Ok(0), "0 // -5");
        assert_eq!(int_mod(0, -5), Ok(0), "0 % -5");
        assert_eq!(int_divmod(0, -5), Ok((0, 0)), "divmod(0, -5)");
        assert_eq!(
            int_floordiv(1, 0),
            Err(PyErr::new(
                "ZeroDivisionError",
                "integer division or modulo by zero"
            )),
            "1 // 0"
        );
        assert_eq!(
            int_mod(1, 0),
            Err(PyErr::new("ZeroDivisionError", "integer modulo by zero")),
            "1 % 0"
        );
        assert_eq!(
            int_divmod(1, 0),
            Err(PyErr::new(
                "ZeroDivisionError",
                "integer division or modulo by zero"
            )),
            "divmod(1, 0)"
        );
        assert_eq!(
            int_floordiv(i64::MIN, -1),
            Err(PyErr::int_overflow()),
            "-9223372036854775808 // -1"
        );
        assert_eq!(int_mod(i64::MIN, -1), Ok(0), "-9223372036854775808 % -1");
        assert_eq!(int_divmod(i64::MIN, -1), Err(PyErr::int_overflow()));
        assert_eq!(
            int_floordiv(i64::MIN, 1),
            Ok(-9223372036854775808),
            "-9223372036854775808 // 1"
        );
        assert_eq!(int_mod(i64::MIN, 1), Ok(0), "-9223372036854775808 % 1");
        assert_eq!(
            int_divmod(i64::MIN, 1),
            Ok((-9223372036854775808, 0)),
            "divmod(-9223372036854775808, 1)"
        );
        assert_eq!(
            int_floordiv(i64::MIN, 2),
            Ok(-4611686018427387904),
            "-9223372036854775808 // 2"
        );
        assert_eq!(int_mod(i64::MIN, 2), Ok(0), "-9223372036854775808 % 2");
        assert_eq!(
            int_divmod(i64::MIN, 2),
            Ok((-4611686018427387904, 0)),
            "divmod(-9223372036854775808, 2)"
        );
        assert_eq!(
            int_floordiv(i64::MAX, -1),
            Ok(-9223372036854775807),
            "9223372036854775807 // -1"
        );
        assert_eq!(int_mod(i64::MAX, -1), Ok(0), "9223372036854775807 % -1");
        assert_eq!(
            int_divmod(i64::MAX, -1),
            Ok((-9223372036854775807, 0)),
            "divmod(9223372036854775807, -1)"
        );
        assert_eq!(int_floordiv(5, 7), Ok(0), "5 // 7");
        assert_eq!(int_mod(5, 7), Ok(5), "5 % 7");
        assert_eq!(int_divmod(5, 7), Ok((0, 5)), "divmod(5, 7)");
        assert_eq!(int_floordiv(-5, 7), Ok(-1), "-5 // 7");
        assert_eq!(int_mod(-5, 7), Ok(2), "-5 % 7");
        assert_eq!(int_divmod(-5, 7), Ok((-1, 2)), "divmod(-5, 7)");
        assert_eq!(
            int_floordiv(i64::MIN, i64::MIN),
            Ok(1),
            "-9223372036854775808 // -9223372036854775808"
        );
        assert_eq!(
            int_mod(i64::MIN, i64::MIN),
            Ok(0),
            "-9223372036854775808 % -9223372036854775808"
        );
        assert_eq!(
            int_divmod(i64::MIN, i64::MIN),
            Ok((1, 0)),
            "divmod(-9223372036854775808, -9223372036854775808)"
        );
        assert_eq!(
            int_true_div(7, 2).map(f64::to_bits),
            Ok((3.5_f64).to_bits()),
            "7 / 2"
        );
        assert_eq!(
            int_true_div(-7, 2).map(f64::to_bits),
            Ok((-3.5_f64).to_bits()),
            "-7 / 2"
        );
        assert_eq!(
            int_true_div(7, -2).map(f64::to_bits),
            Ok((-3.5_f64).to_bits()),
            "7 / -2"
        );
        assert_eq!(
            int_true_div(-7, -2).map(f64::to_bits),
            Ok((3.5_f64).to_bits()),
            "-7 / -2"
        );
        assert_eq!(
            int_true_div(0, 5).map(f64::to_bits),
            Ok((0.0_f64).to_bits()),
            "0 / 5"
        );
        assert_eq!(
            int_true_div(0, -5).map(f64::to_bits),
            Ok((-0.0_f64).to_bits()),
            "0 / -5"
        );
        assert_eq!(
            int_true_div(1, 0),
            Err(PyErr::new("ZeroDivisionError", "division by zero"))
        );
        assert_eq!(
            int_true_div(i64::MIN, -1).map(f64::to_bits),
            Ok((9.223372036854776e+18_f64).to_bits()),
            "-9223372036854775808 / -1"
        );
        assert_eq!(
            int_true_div(i64::MIN, 1).map(f64::to_bits),
            Ok((-9.223372036854776e+18_f64).to_bits()),
            "-9223372036854775808 / 1"
        );
        assert_eq!(
            int_true_div(i64::MIN, 2).map(f64::to_bits),
            Ok((-4.611686018427388e+18_f64).to_bits()),
            "-9223372036854775808 / 2"
        );
        assert_eq!(
            int_true_div(i64::MAX, -1).map(f64::to_bits),
            Ok((-9.223372036854776e+18_f64).to_bits()),
            "9223372036854775807 / -1"
        );
        assert_eq!(
            int_true_div(5, 7).map(f64::to_bits),
            Ok((0.7142857142857143_f64).to_bits()),
            "5 / 7"
        );
        assert_eq!(
            int_true_div(-5, 7).map(f64::to_bits),
            Ok((-0.7142857142857143_f64).to_bits()),
            "-5 / 7"
        );
        assert_eq!(
            int_true_div(i64::MIN, i64::MIN).map(f64::to_bits),
            Ok((1.0_f64).to_bits()),
            "-9223372036854775808 / -9223372036854775808"
        );
        assert_eq!(
            int_true_div(1, 3).map(f64::to_bits),
            Ok((0.3333333333333333_f64).to_bits()),
            "1 / 3"
        );
        assert_eq!(
            int_true_div(2, 3).map(f64::to_bits),
            Ok((0.6666666666666666_f64).to_bits()),
            "2 / 3"
        );
        assert_eq!(
            int_true_div(1000000000000000000, 3).map(f64::to_bits),
            Ok((3.333333333333333e+17_f64).to_bits()),
            "1000000000000000000 / 3"
        );
        assert_eq!(
            int_true_div(i64::MAX, 9007199254740993).map(f64::to_bits),
            Ok((1023.9999999999999_f64).to_bits()),
            "9223372036854775807 / 9007199254740993"
        );
        assert_eq!(
            int_true_div(9007199254740993, 1).map(f64::to_bits),
            Ok((9007199254740992.0_f64).to_bits()),
            "9007199254740993 / 1"
        );
        assert_eq!(
            int_true_div(-9007199254740993, 2).map(f64::to_bits),
            Ok((-4503599627370496.0_f64).to_bits()),
            "-9007199254740993 / 2"
        );
        assert_eq!(
            int_true_div(i64::MAX, 10).map(f64::to_bits),
            Ok((9.223372036854776e+17_f64).to_bits()),
            "9223372036854775807 / 10"
        );
        assert_eq!(
            int_true_div(i64::MIN, 3).map(f64::to_bits),
            Ok((-3.0744573456182584e+18_f64).to_bits()),
            "-9223372036854775808 / 3"
        );
        assert_eq!(
            int_true_div(1, i64::MAX).map(f64::to_bits),
            Ok((1.0842021724855044e-19_f64).to_bits()),
            "1 / 9223372036854775807"
        );
        assert_eq!(
            int_true_div(3, i64::MIN).map(f64::to_bits),
            Ok((-3.2526065174565133e-19_f64).to_bits()),
            "3 / -9223372036854775808"
        );
        assert_eq!(
            int_true_div(123456789012345678, 987654321).map(f64::to_bits),
            Ok((124999998.8734375_f64).to_bits()),
            "123456789012345678 / 987654321"
        );
        assert_eq!(
            int_true_div(4611686018427387905, 4611686018427387903).map(f64::to_bits),
            Ok((1.0_f64).to_bits()),
            "4611686018427387905 / 4611686018427387903"
        );
        assert_eq!(
            int_true_div(9007199254740993, 2).map(f64::to_bits),
            Ok((4503599627370496.0_f64).to_bits()),
            "9007199254740993 / 2"
        );
        assert_eq!(
            int_true_div(9007199254740995, 2).map(f64::to_bits),
            Ok((4503599627370498.0_f64).to_bits()),
            "9007199254740995 / 2"
        );
        assert_eq!(
            int_true_div(18014398509481985, 4).map(f64::to_bits),
            Ok((4503599627370496.0_f64).to_bits()),
            "18014398509481985 / 4"
        );
        assert_eq!(
            int_true_div(0, -3).map(f64::to_bits),
            Ok((-0.0_f64).to_bits()),
            "0 / -3"
        );
    }

    #[test]
    fn int_powers() {
        assert_eq!(int_pow(2, 10), Ok(IntPow::Int(1024)), "2 ** 10");
        assert_eq!(
            int_pow(2, 62),
            Ok(IntPow::Int(4611686018427387904)),
            "2 ** 62"
        );
        assert_eq!(int_pow(2, 63), Err(PyErr::int_overflow()), "2 ** 63");
        assert_eq!(int_pow(-2, 63), Ok(IntPow::Int(i64::MIN)), "-2 ** 63");
        assert_eq!(int_pow(-2, 64), Err(PyErr::int_overflow()), "-2 ** 64");
        assert_eq!(
            int_pow(3, 39),
            Ok(IntPow::Int(4052555153018976267)),
            "3 ** 39"
        );
        assert_eq!(int_pow(3, 40), Err(PyErr::int_overflow()), "3 ** 40");
        assert_eq!(int_pow(0, 0), Ok(IntPow::Int(1)), "0 ** 0");
        assert_eq!(int_pow(0, 5), Ok(IntPow::Int(0)), "0 ** 5");
        assert_eq!(
            int_pow(1, 1000000000000000000),
            Ok(IntPow::Int(1)),
            "1 ** 1000000000000000000"
        );
        assert_eq!(
            int_pow(-1, 1000000000000000001),
            Ok(IntPow::Int(-1)),
            "-1 ** 1000000000000000001"
        );
        assert_eq!(
            int_pow(-1, 1000000000000000000),
            Ok(IntPow::Int(1)),
            "-1 ** 1000000000000000000"
        );
        assert_eq!(
            int_pow(10, 18),
            Ok(IntPow::Int(1000000000000000000)),
            "10 ** 18"
        );
        assert_eq!(int_pow(10, 19), Err(PyErr::int_overflow()), "10 ** 19");
        assert_eq!(int_pow(7, 0), Ok(IntPow::Int(1)), "7 ** 0");
        assert_eq!(int_pow(-3, 3), Ok(IntPow::Int(-27)), "-3 ** 3");
        assert_eq!(
            int_pow(2, 10000000000),
            Err(PyErr::int_overflow()),
            "2 ** 10000000000"
        );
        assert_eq!(int_pow(2, -1), Ok(IntPow::Float(0.5)), "2 ** -1");
        assert_eq!(
            int_pow(0, -1),
            Err(PyErr::new(
                "ZeroDivisionError",
                "0.0 cannot be raised to a negative power"
            ))
        );
        assert_eq!(int_pow(-2, -3), Ok(IntPow::Float(-0.125)), "-2 ** -3");
        assert_eq!(int_pow(10, -2), Ok(IntPow::Float(0.01)), "10 ** -2");
        assert_eq!(int_pow(2, -1074), Ok(IntPow::Float(5e-324)), "2 ** -1074");
        assert_eq!(int_pow(2, -1075), Ok(IntPow::Float(0.0)), "2 ** -1075");
        assert_eq!(int_pow(-1, -3), Ok(IntPow::Float(-1.0)), "-1 ** -3");
        assert_eq!(
            int_pow(3, -40),
            Ok(IntPow::Float(8.225263339969959e-20)),
            "3 ** -40"
        );
        assert_eq!(int_pow_mod(2, 10, 1000), Ok(24), "pow(2, 10, 1000)");
        assert_eq!(
            int_pow_mod(2, -1, 4),
            Err(PyErr::new(
                "ValueError",
                "base is not invertible for the given modulus"
            )),
            "pow(2, -1, 4)"
        );
        assert_eq!(int_pow_mod(3, -1, 7), Ok(5), "pow(3, -1, 7)");
        assert_eq!(int_pow_mod(2, -1, 1), Ok(0), "pow(2, -1, 1)");
        assert_eq!(int_pow_mod(2, 0, 1), Ok(0), "pow(2, 0, 1)");
        assert_eq!(
            int_pow_mod(0, -1, 5),
            Err(PyErr::new(
                "ValueError",
                "base is not invertible for the given modulus"
            )),
            "pow(0, -1, 5)"
        );
        assert_eq!(int_pow_mod(-2, 3, -5), Ok(-3), "pow(-2, 3, -5)");
        assert_eq!(
            int_pow_mod(2, 3, 0),
            Err(PyErr::new("ValueError", "pow() 3rd argument cannot be 0")),
            "pow(2, 3, 0)"
        );
        assert_eq!(int_pow_mod(-7, 5, 13), Ok(2), "pow(-7, 5, 13)");
        assert_eq!(
            int_pow_mod(7, 1000000000000000000, 1000000007),
            Ok(259616729),
            "pow(7, 1000000000000000000, 1000000007)"
        );
        assert_eq!(
            int_pow_mod(4611686018427387904, 4611686018427387904, i64::MAX),
            Ok(576460752303423488),
            "pow(4611686018427387904, 4611686018427387904, 9223372036854775807)"
        );
        assert_eq!(
            int_pow_mod(5, 3, i64::MIN),
            Ok(-9223372036854775683),
            "pow(5, 3, -9223372036854775808)"
        );
        assert_eq!(
            int_pow_mod(i64::MIN, 3, i64::MAX),
            Ok(9223372036854775806),
            "pow(-9223372036854775808, 3, 9223372036854775807)"
        );
        assert_eq!(int_pow_mod(3, -5, -11), Ok(-10), "pow(3, -5, -11)");
        assert_eq!(
            int_pow_mod(4, -1, 6),
            Err(PyErr::new(
                "ValueError",
                "base is not invertible for the given modulus"
            )),
            "pow(4, -1, 6)"
        );
        assert_eq!(int_pow_mod(0, 0, 7), Ok(1), "pow(0, 0, 7)");
        assert_eq!(int_pow_mod(10, 5, -3), Ok(-2), "pow(10, 5, -3)");
    }

    #[test]
    fn float_division() {
        // (a, b, a // b, a % b, a / b); divmod(a, b) is (a // b, a % b).
        #[rustfmt::skip]
let table: &[(f64, f64, f64, f64, f64)] = &[
    (7.5, 7.5, 1.0, 0.0, 1.0),
    (7.5, -7.5, -1.0, -0.0, -1.0),
    (7.5, 2.0, 3.0, 1.5, 3.75),
    (7.5, -3.0, -3.0, -1.5, -2.5),
    (7.5, 0.1, 74.0, 0.09999999999999959, 75.0),
    (7.5, 1e+300, 0.0, 7.5, 7.5e-300),
    (7.5, 5e-324, f64::INFINITY, 0.0, f64::INFINITY),
    (7.5, f64::INFINITY, 0.0, 7.5, 0.0),
    (7.5, f64::NEG_INFINITY, -1.0, f64::NEG_INFINITY, -0.0),
    (7.5, f64::NAN, f64::NAN, f64::NAN, f64::NAN),
    (-7.5, 7.5, -1.0, 0.0, -1.0),
    (-7.5, -7.5, 1.0, -0.0, 1.0),
    (-7.5, 2.0, -4.0, 0.5, -3.75),
    (-7.5, -3.0, 2.0, -1.5, 2.5),
    (-7.5, 0.1, -75.0, 4.163336342344337e-16, -75.0),
    (-7.5, 1e+300, -1.0, 1e+300, -7.5e-300),
    (-7.5, 5e-324, f64::NEG_INFINITY, 0.0, f64::NEG_INFINITY),
    (-7.5, f64::INFINITY, -1.0, f64::INFINITY, -0.0),
    (-7.5, f64::NEG_INFINITY, 0.0, -7.5, 0.0),
    (-7.5, f64::NAN, f64::NAN, f64::NAN, f64::NAN),
    (2.0, 7.5, 0.0, 2.0, 0.26666666666666666),
    (2.0, -7.5, -1.0, -5.5, -0.26666666666666666),
    (2.0, 2.0, 1.0, 0.0, 1.0),
    (2.0, -3.0, -1.0, -1.0, -0.6666666666666666),
    (2.0, 0.1, 19.0, 0.0999999999999999, 20.0),
    (2.0, 1e+300, 0.0, 2.0, 2e-300),
    (2.0, 5e-324, f64::INFINITY, 0.0, f64::INFINITY),
    (2.0, f64::INFINITY, 0.0, 2.0, 0.0),
    (2.0, f64::NEG_INFINITY, -1.0, f64::NEG_INFINITY, -0.0),
    (2.0, f64::NAN, f64::NAN, f64::NAN, f64::NAN),
    (-3.0, 7.5, -1.0, 4.5, -0.4),
    (-3.0, -7.5, 0.0, -3.0, 0.4),
    (-3.0, 2.0, -2.0, 1.0, -1.5),
    (-3.0, -3.0, 1.0, -0.0, 1.0),
    (-3.0, 0.1, -30.0, 1.6653345369377348e-16, -30.0),
    (-3.0, 1e+300, -1.0, 1e+300, -2.9999999999999996e-300),
    (-3.0, 5e-324, f64::NEG_INFINITY, 0.0, f64::NEG_INFINITY),
    (-3.0, f64::INFINITY, -1.0, f64::INFINITY, -0.0),
    (-3.0, f64::NEG_INFINITY, 0.0, -3.0, 0.0),
    (-3.0, f64::NAN, f64::NAN, f64::NAN, f64::NAN),
    (0.0, 7.5, 0.0, 0.0, 0.0),
    (0.0, -7.5, -0.0, -0.0, -0.0),
    (0.0, 2.0, 0.0, 0.0, 0.0),
    (0.0, -3.0, -0.0, -0.0, -0.0),
    (0.0, 0.1, 0.0, 0.0, 0.0),
    (0.0, 1e+300, 0.0, 0.0, 0.0),
    (0.0, 5e-324, 0.0, 0.0, 0.0),
    (0.0, f64::INFINITY, 0.0, 0.0, 0.0),
    (0.0, f64::NEG_INFINITY, -0.0, -0.0, -0.0),
    (0.0, f64::NAN, f64::NAN, f64::NAN, f64::NAN),
    (-0.0, 7.5, -0.0, 0.0, -0.0),
    (-0.0, -7.5, 0.0, -0.0, 0.0),
    (-0.0, 2.0, -0.0, 0.0, -0.0),
    (-0.0, -3.0, 0.0, -0.0, 0.0),
    (-0.0, 0.1, -0.0, 0.0, -0.0),
    (-0.0, 1e+300, -0.0, 0.0, -0.0),
    (-0.0, 5e-324, -0.0, 0.0, -0.0),
    (-0.0, f64::INFINITY, -0.0, 0.0, -0.0),
    (-0.0, f64::NEG_INFINITY, 0.0, -0.0, 0.0),
    (-0.0, f64::NAN, f64::NAN, f64::NAN, f64::NAN),
    (0.1, 7.5, 0.0, 0.1, 0.013333333333333334),
    (0.1, -7.5, -1.0, -7.4, -0.013333333333333334),
    (0.1, 2.0, 0.0, 0.1, 0.05),
    (0.1, -3.0, -1.0, -2.9, -0.03333333333333333),
    (0.1, 0.1, 1.0, 0.0, 1.0),
    (0.1, 1e+300, 0.0, 0.1, 1e-301),
    (0.1, 5e-324, f64::INFINITY, 0.0, f64::INFINITY),
    (0.1, f64::INFINITY, 0.0, 0.1, 0.0),
    (0.1, f64::NEG_INFINITY, -1.0, f64::NEG_INFINITY, -0.0),
    (0.1, f64::NAN, f64::NAN, f64::NAN, f64::NAN),
    (1e+300, 7.5, 1.3333333333333334e+299, 0.0, 1.3333333333333334e+299),
    (1e+300, -7.5, -1.3333333333333334e+299, -0.0, -1.3333333333333334e+299),
    (1e+300, 2.0, 5e+299, 0.0, 5e+299),
    (1e+300, -3.0, -3.3333333333333335e+299, -0.0, -3.3333333333333335e+299),
    (1e+300, 0.1, 1e+301, 0.00011215964963492975, 1e+301),
    (1e+300, 1e+300, 1.0, 0.0, 1.0),
    (1e+300, 5e-324, f64::INFINITY, 0.0, f64::INFINITY),
    (1e+300, f64::INFINITY, 0.0, 1e+300, 0.0),
    (1e+300, f64::NEG_INFINITY, -1.0, f64::NEG_INFINITY, -0.0),
    (1e+300, f64::NAN, f64::NAN, f64::NAN, f64::NAN),
    (5e-324, 7.5, 0.0, 5e-324, 0.0),
    (5e-324, -7.5, -1.0, -7.5, -0.0),
    (5e-324, 2.0, 0.0, 5e-324, 0.0),
    (5e-324, -3.0, -1.0, -3.0, -0.0),
    (5e-324, 0.1, 0.0, 5e-324, 5e-323),
    (5e-324, 1e+300, 0.0, 5e-324, 0.0),
    (5e-324, 5e-324, 1.0, 0.0, 1.0),
    (5e-324, f64::INFINITY, 0.0, 5e-324, 0.0),
    (5e-324, f64::NEG_INFINITY, -1.0, f64::NEG_INFINITY, -0.0),
    (5e-324, f64::NAN, f64::NAN, f64::NAN, f64::NAN),
    (f64::INFINITY, 7.5, f64::NAN, f64::NAN, f64::INFINITY),
    (f64::INFINITY, -7.5, f64::NAN, f64::NAN, f64::NEG_INFINITY),
    (f64::INFINITY, 2.0, f64::NAN, f64::NAN, f64::INFINITY),
    (f64::INFINITY, -3.0, f64::NAN, f64::NAN, f64::NEG_INFINITY),
    (f64::INFINITY, 0.1, f64::NAN, f64::NAN, f64::INFINITY),
    (f64::INFINITY, 1e+300, f64::NAN, f64::NAN, f64::INFINITY),
    (f64::INFINITY, 5e-324, f64::NAN, f64::NAN, f64::INFINITY),
    (f64::INFINITY, f64::INFINITY, f64::NAN, f64::NAN, f64::NAN),
    (f64::INFINITY, f64::NEG_INFINITY, f64::NAN, f64::NAN, f64::NAN),
    (f64::INFINITY, f64::NAN, f64::NAN, f64::NAN, f64::NAN),
    (f64::NEG_INFINITY, 7.5, f64::NAN, f64::NAN, f64::NEG_INFINITY),
    (f64::NEG_INFINITY, -7.5, f64::NAN, f64::NAN, f64::INFINITY),
    (f64::NEG_INFINITY, 2.0, f64::NAN, f64::NAN, f64::NEG_INFINITY),
    (f64::NEG_INFINITY, -3.0, f64::NAN, f64::NAN, f64::INFINITY),
    (f64::NEG_INFINITY, 0.1, f64::NAN, f64::NAN, f64::NEG_INFINITY),
    (f64::NEG_INFINITY, 1e+300, f64::NAN, f64::NAN, f64::NEG_INFINITY),
    (f64::NEG_INFINITY, 5e-324, f64::NAN, f64::NAN, f64::NEG_INFINITY),
    (f64::NEG_INFINITY, f64::INFINITY, f64::NAN, f64::NAN, f64::NAN),
    (f64::NEG_INFINITY, f64::NEG_INFINITY, f64::NAN, f64::NAN, f64::NAN),
    (f64::NEG_INFINITY, f64::NAN, f64::NAN, f64::NAN, f64::NAN),
    (f64::NAN, 7.5, f64::NAN, f64::NAN, f64::NAN),
    (f64::NAN, -7.5, f64::NAN, f64::NAN, f64::NAN),
    (f64::NAN, 2.0, f64::NAN, f64::NAN, f64::NAN),
    (f64::NAN, -3.0, f64::NAN, f64::NAN, f64::NAN),
    (f64::NAN, 0.1, f64::NAN, f64::NAN, f64::NAN),
    (f64::NAN, 1e+300, f64::NAN, f64::NAN, f64::NAN),
    (f64::NAN, 5e-324, f64::NAN, f64::NAN, f64::NAN),
    (f64::NAN, f64::INFINITY, f64::NAN, f64::NAN, f64::NAN),
    (f64::NAN, f64::NEG_INFINITY, f64::NAN, f64::NAN, f64::NAN),
    (f64::NAN, f64::NAN, f64::NAN, f64::NAN, f64::NAN),
];
        for &(a, b, fd, md, dv) in table {
            assert!(same(py_float_floordiv(a, b), fd), "{a} // {b}");
            assert!(same(py_float_mod(a, b), md), "{a} % {b}");
            assert!(same(float_div(a, b), dv), "{a} / {b}");
            let (q, r) = py_float_divmod(a, b).unwrap();
            assert!(same(Ok(q), fd) && same(Ok(r), md), "divmod({a}, {b})");
        }
        assert_eq!(
            py_float_floordiv(1.0, 0.0),
            Err(PyErr::zero_division("float floor division by zero"))
        );
        assert_eq!(
            py_float_mod(1.0, 0.0),
            Err(PyErr::zero_division("float modulo"))
        );
        assert_eq!(
            py_float_divmod(1.0, 0.0),
            Err(PyErr::zero_division("float divmod()"))
        );
        assert_eq!(
            float_div(1.0, 0.0),
            Err(PyErr::zero_division("float division by zero"))
        );
        assert_eq!(
            py_float_floordiv(-0.0, 0.0),
            Err(PyErr::zero_division("float floor division by zero"))
        );
        assert_eq!(
            py_float_mod(-0.0, 0.0),
            Err(PyErr::zero_division("float modulo"))
        );
        assert_eq!(
            py_float_divmod(-0.0, 0.0),
            Err(PyErr::zero_division("float divmod()"))
        );
        assert_eq!(
            float_div(-0.0, 0.0),
            Err(PyErr::zero_division("float division by zero"))
        );
        assert_eq!(
            py_float_floordiv(f64::INFINITY, 0.0),
            Err(PyErr::zero_division("float floor division by zero"))
        );
        assert_eq!(
            py_float_mod(f64::INFINITY, 0.0),
            Err(PyErr::zero_division("float modulo"))
        );
        assert_eq!(
            py_float_divmod(f64::INFINITY, 0.0),
            Err(PyErr::zero_division("float divmod()"))
        );
        assert_eq!(
            float_div(f64::INFINITY, 0.0),
            Err(PyErr::zero_division("float division by zero"))
        );
        assert_eq!(
            py_float_floordiv(f64::NAN, 0.0),
            Err(PyErr::zero_division("float floor division by zero"))
        );
        assert_eq!(
            py_float_mod(f64::NAN, 0.0),
            Err(PyErr::zero_division("float modulo"))
        );
        assert_eq!(
            py_float_divmod(f64::NAN, 0.0),
            Err(PyErr::zero_division("float divmod()"))
        );
        assert_eq!(
            float_div(f64::NAN, 0.0),
            Err(PyErr::zero_division("float division by zero"))
        );
    }

    #[test]
    fn float_powers() {
        // (a, b, a ** b), or the exception class; a negative base with a
        // fractional exponent (complex in CPython) is a ValueError here.
        #[rustfmt::skip]
let table: &[(f64, f64, Result<f64, &str>)] = &[
    (2.0, 2.0, Ok(4.0)),
    (2.0, -2.0, Ok(0.25)),
    (2.0, 0.5, Ok(1.4142135623730951)),
    (2.0, -0.5, Ok(0.7071067811865476)),
    (2.0, 0.0, Ok(1.0)),
    (2.0, -0.0, Ok(1.0)),
    (2.0, 1.0, Ok(2.0)),
    (2.0, -1.0, Ok(0.5)),
    (2.0, 3.0, Ok(8.0)),
    (2.0, 1e+300, Err("OverflowError")),
    (2.0, -1e+300, Ok(0.0)),
    (2.0, 1e-300, Ok(1.0)),
    (2.0, f64::INFINITY, Ok(f64::INFINITY)),
    (2.0, f64::NEG_INFINITY, Ok(0.0)),
    (2.0, f64::NAN, Ok(f64::NAN)),
    (2.0, 1024.0, Err("OverflowError")),
    (2.0, -1074.5, Ok(5e-324)),
    (2.0, 2.5, Ok(5.656854249492381)),
    (-2.0, 2.0, Ok(4.0)),
    (-2.0, -2.0, Ok(0.25)),
    (-2.0, 0.5, Err("ValueError")),
    (-2.0, -0.5, Err("ValueError")),
    (-2.0, 0.0, Ok(1.0)),
    (-2.0, -0.0, Ok(1.0)),
    (-2.0, 1.0, Ok(-2.0)),
    (-2.0, -1.0, Ok(-0.5)),
    (-2.0, 3.0, Ok(-8.0)),
    (-2.0, 1e+300, Err("OverflowError")),
    (-2.0, -1e+300, Ok(0.0)),
    (-2.0, 1e-300, Err("ValueError")),
    (-2.0, f64::INFINITY, Ok(f64::INFINITY)),
    (-2.0, f64::NEG_INFINITY, Ok(0.0)),
    (-2.0, f64::NAN, Ok(f64::NAN)),
    (-2.0, 1024.0, Err("OverflowError")),
    (-2.0, -1074.5, Err("ValueError")),
    (-2.0, 2.5, Err("ValueError")),
    (0.5, 2.0, Ok(0.25)),
    (0.5, -2.0, Ok(4.0)),
    (0.5, 0.5, Ok(0.7071067811865476)),
    (0.5, -0.5, Ok(1.4142135623730951)),
    (0.5, 0.0, Ok(1.0)),
    (0.5, -0.0, Ok(1.0)),
    (0.5, 1.0, Ok(0.5)),
    (0.5, -1.0, Ok(2.0)),
    (0.5, 3.0, Ok(0.125)),
    (0.5, 1e+300, Ok(0.0)),
    (0.5, -1e+300, Err("OverflowError")),
    (0.5, 1e-300, Ok(1.0)),
    (0.5, f64::INFINITY, Ok(0.0)),
    (0.5, f64::NEG_INFINITY, Ok(f64::INFINITY)),
    (0.5, f64::NAN, Ok(f64::NAN)),
    (0.5, 1024.0, Ok(5.562684646268003e-309)),
    (0.5, -1074.5, Err("OverflowError")),
    (0.5, 2.5, Ok(0.1767766952966369)),
    (-0.5, 2.0, Ok(0.25)),
    (-0.5, -2.0, Ok(4.0)),
    (-0.5, 0.5, Err("ValueError")),
    (-0.5, -0.5, Err("ValueError")),
    (-0.5, 0.0, Ok(1.0)),
    (-0.5, -0.0, Ok(1.0)),
    (-0.5, 1.0, Ok(-0.5)),
    (-0.5, -1.0, Ok(-2.0)),
    (-0.5, 3.0, Ok(-0.125)),
    (-0.5, 1e+300, Ok(0.0)),
    (-0.5, -1e+300, Err("OverflowError")),
    (-0.5, 1e-300, Err("ValueError")),
    (-0.5, f64::INFINITY, Ok(0.0)),
    (-0.5, f64::NEG_INFINITY, Ok(f64::INFINITY)),
    (-0.5, f64::NAN, Ok(f64::NAN)),
    (-0.5, 1024.0, Ok(5.562684646268003e-309)),
    (-0.5, -1074.5, Err("OverflowError")),
    (-0.5, 2.5, Err("ValueError")),
    (0.0, 2.0, Ok(0.0)),
    (0.0, -2.0, Err("ZeroDivisionError")),
    (0.0, 0.5, Ok(0.0)),
    (0.0, -0.5, Err("ZeroDivisionError")),
    (0.0, 0.0, Ok(1.0)),
    (0.0, -0.0, Ok(1.0)),
    (0.0, 1.0, Ok(0.0)),
    (0.0, -1.0, Err("ZeroDivisionError")),
    (0.0, 3.0, Ok(0.0)),
    (0.0, 1e+300, Ok(0.0)),
    (0.0, -1e+300, Err("ZeroDivisionError")),
    (0.0, 1e-300, Ok(0.0)),
    (0.0, f64::INFINITY, Ok(0.0)),
    (0.0, f64::NEG_INFINITY, Ok(f64::INFINITY)),
    (0.0, f64::NAN, Ok(f64::NAN)),
    (0.0, 1024.0, Ok(0.0)),
    (0.0, -1074.5, Err("ZeroDivisionError")),
    (0.0, 2.5, Ok(0.0)),
    (-0.0, 2.0, Ok(0.0)),
    (-0.0, -2.0, Err("ZeroDivisionError")),
    (-0.0, 0.5, Ok(0.0)),
    (-0.0, -0.5, Err("ZeroDivisionError")),
    (-0.0, 0.0, Ok(1.0)),
    (-0.0, -0.0, Ok(1.0)),
    (-0.0, 1.0, Ok(-0.0)),
    (-0.0, -1.0, Err("ZeroDivisionError")),
    (-0.0, 3.0, Ok(-0.0)),
    (-0.0, 1e+300, Ok(0.0)),
    (-0.0, -1e+300, Err("ZeroDivisionError")),
    (-0.0, 1e-300, Ok(0.0)),
    (-0.0, f64::INFINITY, Ok(0.0)),
    (-0.0, f64::NEG_INFINITY, Ok(f64::INFINITY)),
    (-0.0, f64::NAN, Ok(f64::NAN)),
    (-0.0, 1024.0, Ok(0.0)),
    (-0.0, -1074.5, Err("ZeroDivisionError")),
    (-0.0, 2.5, Ok(0.0)),
    (1.0, 2.0, Ok(1.0)),
    (1.0, -2.0, Ok(1.0)),
    (1.0, 0.5, Ok(1.0)),
    (1.0, -0.5, Ok(1.0)),
    (1.0, 0.0, Ok(1.0)),
    (1.0, -0.0, Ok(1.0)),
    (1.0, 1.0, Ok(1.0)),
    (1.0, -1.0, Ok(1.0)),
    (1.0, 3.0, Ok(1.0)),
    (1.0, 1e+300, Ok(1.0)),
    (1.0, -1e+300, Ok(1.0)),
    (1.0, 1e-300, Ok(1.0)),
    (1.0, f64::INFINITY, Ok(1.0)),
    (1.0, f64::NEG_INFINITY, Ok(1.0)),
    (1.0, f64::NAN, Ok(1.0)),
    (1.0, 1024.0, Ok(1.0)),
    (1.0, -1074.5, Ok(1.0)),
    (1.0, 2.5, Ok(1.0)),
    (-1.0, 2.0, Ok(1.0)),
    (-1.0, -2.0, Ok(1.0)),
    (-1.0, 0.5, Err("ValueError")),
    (-1.0, -0.5, Err("ValueError")),
    (-1.0, 0.0, Ok(1.0)),
    (-1.0, -0.0, Ok(1.0)),
    (-1.0, 1.0, Ok(-1.0)),
    (-1.0, -1.0, Ok(-1.0)),
    (-1.0, 3.0, Ok(-1.0)),
    (-1.0, 1e+300, Ok(1.0)),
    (-1.0, -1e+300, Ok(1.0)),
    (-1.0, 1e-300, Err("ValueError")),
    (-1.0, f64::INFINITY, Ok(1.0)),
    (-1.0, f64::NEG_INFINITY, Ok(1.0)),
    (-1.0, f64::NAN, Ok(f64::NAN)),
    (-1.0, 1024.0, Ok(1.0)),
    (-1.0, -1074.5, Err("ValueError")),
    (-1.0, 2.5, Err("ValueError")),
    (3.0, 2.0, Ok(9.0)),
    (3.0, -2.0, Ok(0.1111111111111111)),
    (3.0, 0.5, Ok(1.7320508075688772)),
    (3.0, -0.5, Ok(0.5773502691896257)),
    (3.0, 0.0, Ok(1.0)),
    (3.0, -0.0, Ok(1.0)),
    (3.0, 1.0, Ok(3.0)),
    (3.0, -1.0, Ok(0.3333333333333333)),
    (3.0, 3.0, Ok(27.0)),
    (3.0, 1e+300, Err("OverflowError")),
    (3.0, -1e+300, Ok(0.0)),
    (3.0, 1e-300, Ok(1.0)),
    (3.0, f64::INFINITY, Ok(f64::INFINITY)),
    (3.0, f64::NEG_INFINITY, Ok(0.0)),
    (3.0, f64::NAN, Ok(f64::NAN)),
    (3.0, 1024.0, Err("OverflowError")),
    (3.0, -1074.5, Ok(0.0)),
    (3.0, 2.5, Ok(15.588457268119896)),
    (1e+300, 2.0, Err("OverflowError")),
    (1e+300, -2.0, Ok(0.0)),
    (1e+300, 0.5, Ok(1e+150)),
    (1e+300, -0.5, Ok(1e-150)),
    (1e+300, 0.0, Ok(1.0)),
    (1e+300, -0.0, Ok(1.0)),
    (1e+300, 1.0, Ok(1e+300)),
    (1e+300, -1.0, Ok(1e-300)),
    (1e+300, 3.0, Err("OverflowError")),
    (1e+300, 1e+300, Err("OverflowError")),
    (1e+300, -1e+300, Ok(0.0)),
    (1e+300, 1e-300, Ok(1.0)),
    (1e+300, f64::INFINITY, Ok(f64::INFINITY)),
    (1e+300, f64::NEG_INFINITY, Ok(0.0)),
    (1e+300, f64::NAN, Ok(f64::NAN)),
    (1e+300, 1024.0, Err("OverflowError")),
    (1e+300, -1074.5, Ok(0.0)),
    (1e+300, 2.5, Err("OverflowError")),
    (-1e+300, 2.0, Err("OverflowError")),
    (-1e+300, -2.0, Ok(0.0)),
    (-1e+300, 0.5, Err("ValueError")),
    (-1e+300, -0.5, Err("ValueError")),
    (-1e+300, 0.0, Ok(1.0)),
    (-1e+300, -0.0, Ok(1.0)),
    (-1e+300, 1.0, Ok(-1e+300)),
    (-1e+300, -1.0, Ok(-1e-300)),
    (-1e+300, 3.0, Err("OverflowError")),
    (-1e+300, 1e+300, Err("OverflowError")),
    (-1e+300, -1e+300, Ok(0.0)),
    (-1e+300, 1e-300, Err("ValueError")),
    (-1e+300, f64::INFINITY, Ok(f64::INFINITY)),
    (-1e+300, f64::NEG_INFINITY, Ok(0.0)),
    (-1e+300, f64::NAN, Ok(f64::NAN)),
    (-1e+300, 1024.0, Err("OverflowError")),
    (-1e+300, -1074.5, Err("ValueError")),
    (-1e+300, 2.5, Err("OverflowError")),
    (1e-300, 2.0, Ok(0.0)),
    (1e-300, -2.0, Err("OverflowError")),
    (1e-300, 0.5, Ok(1e-150)),
    (1e-300, -0.5, Ok(1e+150)),
    (1e-300, 0.0, Ok(1.0)),
    (1e-300, -0.0, Ok(1.0)),
    (1e-300, 1.0, Ok(1e-300)),
    (1e-300, -1.0, Ok(9.999999999999999e+299)),
    (1e-300, 3.0, Ok(0.0)),
    (1e-300, 1e+300, Ok(0.0)),
    (1e-300, -1e+300, Err("OverflowError")),
    (1e-300, 1e-300, Ok(1.0)),
    (1e-300, f64::INFINITY, Ok(0.0)),
    (1e-300, f64::NEG_INFINITY, Ok(f64::INFINITY)),
    (1e-300, f64::NAN, Ok(f64::NAN)),
    (1e-300, 1024.0, Ok(0.0)),
    (1e-300, -1074.5, Err("OverflowError")),
    (1e-300, 2.5, Ok(0.0)),
    (f64::INFINITY, 2.0, Ok(f64::INFINITY)),
    (f64::INFINITY, -2.0, Ok(0.0)),
    (f64::INFINITY, 0.5, Ok(f64::INFINITY)),
    (f64::INFINITY, -0.5, Ok(0.0)),
    (f64::INFINITY, 0.0, Ok(1.0)),
    (f64::INFINITY, -0.0, Ok(1.0)),
    (f64::INFINITY, 1.0, Ok(f64::INFINITY)),
    (f64::INFINITY, -1.0, Ok(0.0)),
    (f64::INFINITY, 3.0, Ok(f64::INFINITY)),
    (f64::INFINITY, 1e+300, Ok(f64::INFINITY)),
    (f64::INFINITY, -1e+300, Ok(0.0)),
    (f64::INFINITY, 1e-300, Ok(f64::INFINITY)),
    (f64::INFINITY, f64::INFINITY, Ok(f64::INFINITY)),
    (f64::INFINITY, f64::NEG_INFINITY, Ok(0.0)),
    (f64::INFINITY, f64::NAN, Ok(f64::NAN)),
    (f64::INFINITY, 1024.0, Ok(f64::INFINITY)),
    (f64::INFINITY, -1074.5, Ok(0.0)),
    (f64::INFINITY, 2.5, Ok(f64::INFINITY)),
    (f64::NEG_INFINITY, 2.0, Ok(f64::INFINITY)),
    (f64::NEG_INFINITY, -2.0, Ok(0.0)),
    (f64::NEG_INFINITY, 0.5, Ok(f64::INFINITY)),
    (f64::NEG_INFINITY, -0.5, Ok(0.0)),
    (f64::NEG_INFINITY, 0.0, Ok(1.0)),
    (f64::NEG_INFINITY, -0.0, Ok(1.0)),
    (f64::NEG_INFINITY, 1.0, Ok(f64::NEG_INFINITY)),
    (f64::NEG_INFINITY, -1.0, Ok(-0.0)),
    (f64::NEG_INFINITY, 3.0, Ok(f64::NEG_INFINITY)),
    (f64::NEG_INFINITY, 1e+300, Ok(f64::INFINITY)),
    (f64::NEG_INFINITY, -1e+300, Ok(0.0)),
    (f64::NEG_INFINITY, 1e-300, Ok(f64::INFINITY)),
    (f64::NEG_INFINITY, f64::INFINITY, Ok(f64::INFINITY)),
    (f64::NEG_INFINITY, f64::NEG_INFINITY, Ok(0.0)),
    (f64::NEG_INFINITY, f64::NAN, Ok(f64::NAN)),
    (f64::NEG_INFINITY, 1024.0, Ok(f64::INFINITY)),
    (f64::NEG_INFINITY, -1074.5, Ok(0.0)),
    (f64::NEG_INFINITY, 2.5, Ok(f64::INFINITY)),
    (f64::NAN, 2.0, Ok(f64::NAN)),
    (f64::NAN, -2.0, Ok(f64::NAN)),
    (f64::NAN, 0.5, Ok(f64::NAN)),
    (f64::NAN, -0.5, Ok(f64::NAN)),
    (f64::NAN, 0.0, Ok(1.0)),
    (f64::NAN, -0.0, Ok(1.0)),
    (f64::NAN, 1.0, Ok(f64::NAN)),
    (f64::NAN, -1.0, Ok(f64::NAN)),
    (f64::NAN, 3.0, Ok(f64::NAN)),
    (f64::NAN, 1e+300, Ok(f64::NAN)),
    (f64::NAN, -1e+300, Ok(f64::NAN)),
    (f64::NAN, 1e-300, Ok(f64::NAN)),
    (f64::NAN, f64::INFINITY, Ok(f64::NAN)),
    (f64::NAN, f64::NEG_INFINITY, Ok(f64::NAN)),
    (f64::NAN, f64::NAN, Ok(f64::NAN)),
    (f64::NAN, 1024.0, Ok(f64::NAN)),
    (f64::NAN, -1074.5, Ok(f64::NAN)),
    (f64::NAN, 2.5, Ok(f64::NAN)),
];
        for &(a, b, want) in table {
            let got = float_pow(a, b);
            match want {
                Ok(x) => assert!(same(got, x), "{a} ** {b}"),
                Err(kind) => assert_eq!(got.map_err(|e| e.kind), Err(kind), "{a} ** {b}"),
            }
        }
        assert_eq!(
            float_pow(1e-300, -1074.5),
            Err(PyErr::new(
                "OverflowError",
                "(34, 'Numerical result out of range')"
            ))
        );
        assert_eq!(
            float_pow(-1e+300, 2.5),
            Err(PyErr::new("OverflowError", "complex exponentiation"))
        );
        assert_eq!(
            float_pow(-0.0, -1074.5),
            Err(PyErr::new(
                "ZeroDivisionError",
                "0.0 cannot be raised to a negative power"
            ))
        );
    }

    #[test]
    fn conversions() {
        assert_eq!(float_to_int(0.0), Ok(0), "int(0.0)");
        assert_eq!(float_to_int(-0.0), Ok(0), "int(-0.0)");
        assert_eq!(float_to_int(1.9), Ok(1), "int(1.9)");
        assert_eq!(float_to_int(-1.9), Ok(-1), "int(-1.9)");
        assert_eq!(float_to_int(1e+18), Ok(1000000000000000000), "int(1e+18)");
        assert_eq!(
            float_to_int(-9.223372036854776e+18),
            Ok(-9223372036854775808),
            "int(-9.223372036854776e+18)"
        );
        assert_eq!(
            float_to_int(9.223372036854776e+18),
            Err(PyErr::int_overflow()),
            "int(9.223372036854776e+18)"
        );
        assert_eq!(
            float_to_int(1e+19),
            Err(PyErr::int_overflow()),
            "int(1e+19)"
        );
        assert_eq!(
            float_to_int(4503599627370495.5),
            Ok(4503599627370495),
            "int(4503599627370495.5)"
        );
        assert_eq!(
            float_to_int(f64::INFINITY),
            Err(PyErr::new(
                "OverflowError",
                "cannot convert float infinity to integer"
            )),
            "int(inf)"
        );
        assert_eq!(
            float_to_int(f64::NEG_INFINITY),
            Err(PyErr::new(
                "OverflowError",
                "cannot convert float infinity to integer"
            )),
            "int(-inf)"
        );
        assert_eq!(
            float_to_int(f64::NAN),
            Err(PyErr::new(
                "ValueError",
                "cannot convert float NaN to integer"
            )),
            "int(nan)"
        );
        assert!(float_is_integer(0.0));
        assert!(float_is_integer(-0.0));
        assert!(float_is_integer(1.0));
        assert!(!float_is_integer(1.5));
        assert!(float_is_integer(-3.0));
        assert!(float_is_integer(1e+300));
        assert!(!float_is_integer(5e-324));
        assert!(!float_is_integer(f64::INFINITY));
        assert!(!float_is_integer(f64::NAN));
        assert_eq!(
            float_as_integer_ratio(0.0),
            Ok((0, 1)),
            "(0.0).as_integer_ratio()"
        );
        assert_eq!(
            float_as_integer_ratio(-0.0),
            Ok((0, 1)),
            "(-0.0).as_integer_ratio()"
        );
        assert_eq!(
            float_as_integer_ratio(0.5),
            Ok((1, 2)),
            "(0.5).as_integer_ratio()"
        );
        assert_eq!(
            float_as_integer_ratio(-0.75),
            Ok((-3, 4)),
            "(-0.75).as_integer_ratio()"
        );
        assert_eq!(
            float_as_integer_ratio(0.1),
            Ok((3602879701896397, 36028797018963968)),
            "(0.1).as_integer_ratio()"
        );
        assert_eq!(
            float_as_integer_ratio(3.0),
            Ok((3, 1)),
            "(3.0).as_integer_ratio()"
        );
        assert_eq!(
            float_as_integer_ratio(1e+18),
            Ok((1000000000000000000, 1)),
            "(1e+18).as_integer_ratio()"
        );
        assert_eq!(
            float_as_integer_ratio(4.611686018427388e+18),
            Ok((4611686018427387904, 1)),
            "(4.611686018427388e+18).as_integer_ratio()"
        );
        assert_eq!(
            float_as_integer_ratio(9.223372036854776e+18),
            Err(PyErr::int_overflow()),
            "(9.223372036854776e+18).as_integer_ratio()"
        );
        assert_eq!(
            float_as_integer_ratio(1e+300),
            Err(PyErr::int_overflow()),
            "(1e+300).as_integer_ratio()"
        );
        assert_eq!(
            float_as_integer_ratio(1e-300),
            Err(PyErr::int_overflow()),
            "(1e-300).as_integer_ratio()"
        );
        assert_eq!(
            float_as_integer_ratio(5e-324),
            Err(PyErr::int_overflow()),
            "(5e-324).as_integer_ratio()"
        );
        assert_eq!(
            float_as_integer_ratio(2.168404344971009e-19),
            Ok((1, 4611686018427387904)),
            "(2.168404344971009e-19).as_integer_ratio()"
        );
        assert_eq!(
            float_as_integer_ratio(1.0842021724855044e-19),
            Err(PyErr::int_overflow()),
            "(1.0842021724855044e-19).as_integer_ratio()"
        );
        assert_eq!(
            float_as_integer_ratio(123.456),
            Ok((8687443681197687, 70368744177664)),
            "(123.456).as_integer_ratio()"
        );
        assert_eq!(
            float_as_integer_ratio(f64::INFINITY),
            Err(PyErr::new(
                "OverflowError",
                "cannot convert Infinity to integer ratio"
            )),
            "(inf).as_integer_ratio()"
        );
        assert_eq!(
            float_as_integer_ratio(f64::NAN),
            Err(PyErr::new(
                "ValueError",
                "cannot convert NaN to integer ratio"
            )),
            "(nan).as_integer_ratio()"
        );
    }
}
