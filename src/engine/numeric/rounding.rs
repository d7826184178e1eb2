//! `round()` for floats and ints, as CPython 3.11's `float.__round__` and
//! `int.__round__`: ties go to the even neighbour, and float rounding works
//! on the exact decimal value (`round(2.675, 2) == 2.67`, because 2.675 is
//! really 2.67499999...).

use super::PyErr;

/// `round(x)` (`ndigits` = `None`) or `round(x, ndigits)` for a float.
///
/// With `None` the result is the nearest integral float, ties to even
/// (`round(0.5) == 0`, `round(2.5) == 2`, `round(-0.5) == -0.0`); the VM
/// then makes it an int with [`super::float_to_int`], which raises for
/// inf and NaN. With `Some(n)`, `x` is rounded to `n` decimal places
/// (negative `n` rounds to tens, hundreds, ...) through its correctly
/// rounded decimal string, exactly as CPython's `double_round`; infinities
/// and NaN come back unchanged, `n > 323` returns `x`, `n < -308` returns
/// a zero with the sign of `x`.
///
/// Error: `OverflowError` "rounded value too large to represent".
pub fn round_half_even(x: f64, ndigits: Option<i64>) -> Result<f64, PyErr> {
    let Some(n) = ndigits else {
        let rounded = x.round();
        if (x - rounded).abs() == 0.5 {
            return Ok(2.0 * (x / 2.0).round());
        }
        return Ok(rounded);
    };
    if !x.is_finite() || n > 323 {
        return Ok(x);
    }
    if n < -308 {
        return Ok(0.0 * x);
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let text = if n >= 0 {
        // Rust's fixed-precision formatting is correctly rounded with ties
        // to even, like dtoa mode 3.
        format!("{sign}{:.*}", n as usize, x.abs())
    } else {
        round_to_power_of_ten(x.abs(), (-n) as usize, sign)
    };
    let rounded: f64 = text.parse().unwrap_or(f64::NAN);
    if rounded.is_infinite() {
        return Err(PyErr::overflow("rounded value too large to represent"));
    }
    Ok(rounded)
}

/// `ax` (finite, non-negative) rounded half-to-even to a multiple of
/// `10**k`, as the decimal text `<sign><q>e<k>`.
fn round_to_power_of_ten(ax: f64, k: usize, sign: &str) -> String {
    // Every double has a finite decimal expansion of at most 1074 fraction
    // digits; formatting with more digits than that is exact.
    let exact = format!("{ax:.1100}");
    let (int_part, frac) = exact.split_once('.').unwrap_or((&exact, ""));
    let frac_nonzero = frac.bytes().any(|b| b != b'0');
    // Left-pad so at least one quotient digit exists.
    let padded = format!(
        "{}{int_part}",
        "0".repeat((k + 1).saturating_sub(int_part.len()))
    );
    let (q, r) = padded.split_at(padded.len() - k);
    let first = r.as_bytes()[0];
    let rest_nonzero = r.bytes().skip(1).any(|b| b != b'0') || frac_nonzero;
    let q_odd = q.as_bytes().last().is_some_and(|d| (d - b'0') % 2 == 1);
    let up = first > b'5' || (first == b'5' && (rest_nonzero || q_odd));
    let q = if up {
        increment_decimal(q)
    } else {
        q.to_string()
    };
    format!("{sign}{q}e{k}")
}

/// Adds one to a string of decimal digits.
fn increment_decimal(digits: &str) -> String {
    let mut bytes = digits.as_bytes().to_vec();
    for b in bytes.iter_mut().rev() {
        if *b == b'9' {
            *b = b'0';
        } else {
            *b += 1;
            return String::from_utf8(bytes).unwrap_or_default();
        }
    }
    let mut out = String::from("1");
    out.push_str(std::str::from_utf8(&bytes).unwrap_or_default());
    out
}

/// `round(v, ndigits)` for an int: unchanged for `ndigits >= 0`, else the
/// nearest multiple of `10**-ndigits`, ties to even (`round(1250, -2) ==
/// 1200`). Results beyond 64 bits raise [`PyErr::int_overflow`].
pub fn round_int(v: i64, ndigits: i64) -> Result<i64, PyErr> {
    if ndigits >= 0 {
        return Ok(v);
    }
    // 10**20 already exceeds twice any i64, so everything rounds to 0
    // (and the i128 arithmetic below stays far from overflow).
    let k = ndigits.unsigned_abs();
    if k >= 20 {
        return Ok(0);
    }
    let pow = 10i128.pow(k as u32);
    let a = v as i128;
    // _PyLong_DivmodNear: floor division, then move to the nearer
    // multiple, ties to the even quotient.
    let mut q = a.div_euclid(pow);
    let r = a.rem_euclid(pow);
    if 2 * r > pow || (2 * r == pow && q % 2 != 0) {
        q += 1;
    }
    i64::try_from(q * pow).map_err(|_| PyErr::int_overflow())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_match_cpython() {
        // Values produced by CPython 3.11.7's round().
        assert_eq!(
            round_half_even(2.675, Some(2)).map(f64::to_bits),
            Ok((2.67_f64).to_bits()),
            "round(2.675, 2)"
        );
        assert_eq!(
            round_half_even(0.5, None).map(f64::to_bits),
            Ok((0.0_f64).to_bits()),
            "round(0.5, None)"
        );
        assert_eq!(
            round_half_even(1.5, None).map(f64::to_bits),
            Ok((2.0_f64).to_bits()),
            "round(1.5, None)"
        );
        assert_eq!(
            round_half_even(2.5, None).map(f64::to_bits),
            Ok((2.0_f64).to_bits()),
            "round(2.5, None)"
        );
        assert_eq!(
            round_half_even(-0.5, None).map(f64::to_bits),
            Ok((-0.0_f64).to_bits()),
            "round(-0.5, None)"
        );
        assert_eq!(
            round_half_even(-1.5, None).map(f64::to_bits),
            Ok((-2.0_f64).to_bits()),
            "round(-1.5, None)"
        );
        assert_eq!(
            round_half_even(-2.5, None).map(f64::to_bits),
            Ok((-2.0_f64).to_bits()),
            "round(-2.5, None)"
        );
        assert_eq!(
            round_half_even(0.49999999999999994, None).map(f64::to_bits),
            Ok((0.0_f64).to_bits()),
            "round(0.49999999999999994, None)"
        );
        assert_eq!(
            round_half_even(4503599627370497.0, None).map(f64::to_bits),
            Ok((4503599627370497.0_f64).to_bits()),
            "round(4503599627370497.0, None)"
        );
        assert_eq!(
            round_half_even(-0.4, None).map(f64::to_bits),
            Ok((-0.0_f64).to_bits()),
            "round(-0.4, None)"
        );
        assert_eq!(
            round_half_even(1e+300, None).map(f64::to_bits),
            Ok((1e+300_f64).to_bits()),
            "round(1e+300, None)"
        );
        assert_eq!(
            round_half_even(2.675, Some(2)).map(f64::to_bits),
            Ok((2.67_f64).to_bits()),
            "round(2.675, 2)"
        );
        assert_eq!(
            round_half_even(1.005, Some(2)).map(f64::to_bits),
            Ok((1.0_f64).to_bits()),
            "round(1.005, 2)"
        );
        assert_eq!(
            round_half_even(0.125, Some(2)).map(f64::to_bits),
            Ok((0.12_f64).to_bits()),
            "round(0.125, 2)"
        );
        assert_eq!(
            round_half_even(0.375, Some(2)).map(f64::to_bits),
            Ok((0.38_f64).to_bits()),
            "round(0.375, 2)"
        );
        assert_eq!(
            round_half_even(-0.125, Some(2)).map(f64::to_bits),
            Ok((-0.12_f64).to_bits()),
            "round(-0.125, 2)"
        );
        assert_eq!(
            round_half_even(1234.5678, Some(1)).map(f64::to_bits),
            Ok((1234.6_f64).to_bits()),
            "round(1234.5678, 1)"
        );
        assert_eq!(
            round_half_even(1234.5678, Some(-1)).map(f64::to_bits),
            Ok((1230.0_f64).to_bits()),
            "round(1234.5678, -1)"
        );
        assert_eq!(
            round_half_even(1234.5678, Some(-2)).map(f64::to_bits),
            Ok((1200.0_f64).to_bits()),
            "round(1234.5678, -2)"
        );
        assert_eq!(
            round_half_even(1250.0, Some(-2)).map(f64::to_bits),
            Ok((1200.0_f64).to_bits()),
            "round(1250.0, -2)"
        );
        assert_eq!(
            round_half_even(1350.0, Some(-2)).map(f64::to_bits),
            Ok((1400.0_f64).to_bits()),
            "round(1350.0, -2)"
        );
        assert_eq!(
            round_half_even(-1250.0, Some(-2)).map(f64::to_bits),
            Ok((-1200.0_f64).to_bits()),
            "round(-1250.0, -2)"
        );
        assert_eq!(
            round_half_even(-4.0, Some(-1)).map(f64::to_bits),
            Ok((-0.0_f64).to_bits()),
            "round(-4.0, -1)"
        );
        assert_eq!(
            round_half_even(5.0, Some(-1)).map(f64::to_bits),
            Ok((0.0_f64).to_bits()),
            "round(5.0, -1)"
        );
        assert_eq!(
            round_half_even(15.0, Some(-1)).map(f64::to_bits),
            Ok((20.0_f64).to_bits()),
            "round(15.0, -1)"
        );
        assert_eq!(
            round_half_even(25.0, Some(-1)).map(f64::to_bits),
            Ok((20.0_f64).to_bits()),
            "round(25.0, -1)"
        );
        assert_eq!(
            round_half_even(0.1, Some(20)).map(f64::to_bits),
            Ok((0.1_f64).to_bits()),
            "round(0.1, 20)"
        );
        assert_eq!(
            round_half_even(1e-320, Some(323)).map(f64::to_bits),
            Ok((1e-320_f64).to_bits()),
            "round(1e-320, 323)"
        );
        assert_eq!(
            round_half_even(1e-320, Some(324)).map(f64::to_bits),
            Ok((1e-320_f64).to_bits()),
            "round(1e-320, 324)"
        );
        assert_eq!(
            round_half_even(123.456, Some(-308)).map(f64::to_bits),
            Ok((0.0_f64).to_bits()),
            "round(123.456, -308)"
        );
        assert_eq!(
            round_half_even(-123.456, Some(-309)).map(f64::to_bits),
            Ok((-0.0_f64).to_bits()),
            "round(-123.456, -309)"
        );
        assert_eq!(
            round_half_even(1e+308, Some(-308)).map(f64::to_bits),
            Ok((1e+308_f64).to_bits()),
            "round(1e+308, -308)"
        );
        assert_eq!(
            round_half_even(5e+307, Some(-308)).map(f64::to_bits),
            Ok((1e+308_f64).to_bits()),
            "round(5e+307, -308)"
        );
        assert_eq!(
            round_half_even(4.9e+307, Some(-308)).map(f64::to_bits),
            Ok((0.0_f64).to_bits()),
            "round(4.9e+307, -308)"
        );
        assert_eq!(
            round_half_even(1.7976931348623157e+308, Some(-307)),
            Err(PyErr::new(
                "OverflowError",
                "rounded value too large to represent"
            ))
        );
        assert_eq!(
            round_half_even(0.5, Some(0)).map(f64::to_bits),
            Ok((0.0_f64).to_bits()),
            "round(0.5, 0)"
        );
        assert_eq!(
            round_half_even(1.5, Some(0)).map(f64::to_bits),
            Ok((2.0_f64).to_bits()),
            "round(1.5, 0)"
        );
        assert_eq!(
            round_half_even(-0.5, Some(0)).map(f64::to_bits),
            Ok((-0.0_f64).to_bits()),
            "round(-0.5, 0)"
        );
        assert_eq!(
            round_half_even(1e+22, Some(-21)).map(f64::to_bits),
            Ok((1e+22_f64).to_bits()),
            "round(1e+22, -21)"
        );
        assert_eq!(
            round_half_even(9.5e+22, Some(-22)).map(f64::to_bits),
            Ok((9e+22_f64).to_bits()),
            "round(9.5e+22, -22)"
        );
        assert_eq!(
            round_half_even(8.5e+22, Some(-22)).map(f64::to_bits),
            Ok((8e+22_f64).to_bits()),
            "round(8.5e+22, -22)"
        );
        assert_eq!(
            round_half_even(123456789.12345679, Some(5)).map(f64::to_bits),
            Ok((123456789.12346_f64).to_bits()),
            "round(123456789.12345679, 5)"
        );
        assert_eq!(
            round_half_even(0.285, Some(2)).map(f64::to_bits),
            Ok((0.28_f64).to_bits()),
            "round(0.285, 2)"
        );
        assert_eq!(
            round_half_even(0.295, Some(2)).map(f64::to_bits),
            Ok((0.29_f64).to_bits()),
            "round(0.295, 2)"
        );
        assert_eq!(
            round_half_even(2.5e-07, Some(7)).map(f64::to_bits),
            Ok((2e-07_f64).to_bits()),
            "round(2.5e-07, 7)"
        );
        assert_eq!(
            round_half_even(3.5e-07, Some(7)).map(f64::to_bits),
            Ok((3e-07_f64).to_bits()),
            "round(3.5e-07, 7)"
        );
        assert_eq!(
            round_half_even(-0.04, Some(1)).map(f64::to_bits),
            Ok((-0.0_f64).to_bits()),
            "round(-0.04, 1)"
        );
        assert_eq!(
            round_half_even(f64::INFINITY, Some(2)).map(f64::to_bits),
            Ok(f64::INFINITY.to_bits()),
            "round(inf, 2)"
        );
        assert_eq!(
            round_half_even(f64::NEG_INFINITY, None).map(f64::to_bits),
            Ok(f64::NEG_INFINITY.to_bits()),
            "round(-inf, None)"
        );
        assert!(round_half_even(f64::NAN, Some(3)).unwrap().is_nan());
        assert_eq!(
            round_half_even(1.0000000000000002e+16, Some(-1)).map(f64::to_bits),
            Ok((1e+16_f64).to_bits()),
            "round(1.0000000000000002e+16, -1)"
        );
        assert_eq!(
            round_half_even(1.1805916207174113e+21, Some(-5)).map(f64::to_bits),
            Ok((1.1805916207174113e+21_f64).to_bits()),
            "round(1.1805916207174113e+21, -5)"
        );
        assert_eq!(
            round_half_even(1.1805916207174116e+21, Some(-4)).map(f64::to_bits),
            Ok((1.1805916207174116e+21_f64).to_bits()),
            "round(1.1805916207174116e+21, -4)"
        );
        assert_eq!(
            round_half_even(0.0, Some(-3)).map(f64::to_bits),
            Ok((0.0_f64).to_bits()),
            "round(0.0, -3)"
        );
        assert_eq!(
            round_half_even(-0.0, Some(2)).map(f64::to_bits),
            Ok((-0.0_f64).to_bits()),
            "round(-0.0, 2)"
        );
        assert_eq!(
            round_half_even(7.0, Some(-400)).map(f64::to_bits),
            Ok((0.0_f64).to_bits()),
            "round(7.0, -400)"
        );
        assert_eq!(
            round_half_even(-7.0, Some(-400)).map(f64::to_bits),
            Ok((-0.0_f64).to_bits()),
            "round(-7.0, -400)"
        );
        assert_eq!(
            round_half_even(123.45, Some(1000)).map(f64::to_bits),
            Ok((123.45_f64).to_bits()),
            "round(123.45, 1000)"
        );
    }

    #[test]
    fn ints_match_cpython() {
        // Values produced by CPython 3.11.7's round().
        assert_eq!(round_int(1234, -2), Ok(1200), "round(1234, -2)");
        assert_eq!(round_int(1250, -2), Ok(1200), "round(1250, -2)");
        assert_eq!(round_int(1350, -2), Ok(1400), "round(1350, -2)");
        assert_eq!(round_int(-1250, -2), Ok(-1200), "round(-1250, -2)");
        assert_eq!(round_int(-1350, -2), Ok(-1400), "round(-1350, -2)");
        assert_eq!(round_int(15, -1), Ok(20), "round(15, -1)");
        assert_eq!(round_int(25, -1), Ok(20), "round(25, -1)");
        assert_eq!(round_int(-15, -1), Ok(-20), "round(-15, -1)");
        assert_eq!(round_int(5, -1), Ok(0), "round(5, -1)");
        assert_eq!(round_int(-5, -1), Ok(0), "round(-5, -1)");
        assert_eq!(round_int(1234, 3), Ok(1234), "round(1234, 3)");
        assert_eq!(round_int(1234, 0), Ok(1234), "round(1234, 0)");
        assert_eq!(
            round_int(i64::MAX, -18),
            Ok(9000000000000000000),
            "round(9223372036854775807, -18)"
        );
        assert_eq!(
            round_int(-9223372036854775807, -18),
            Ok(-9000000000000000000),
            "round(-9223372036854775807, -18)"
        );
        assert_eq!(
            round_int(4999999999999999999, -19),
            Ok(0),
            "round(4999999999999999999, -19)"
        );
        assert_eq!(
            round_int(5000000000000000000, -19),
            Ok(0),
            "round(5000000000000000000, -19)"
        );
        assert_eq!(
            round_int(-5000000000000000000, -19),
            Ok(0),
            "round(-5000000000000000000, -19)"
        );
        assert_eq!(round_int(7, -40), Ok(0), "round(7, -40)");
        assert_eq!(
            round_int(7, -1000000000000000000),
            Ok(0),
            "round(7, -1000000000000000000)"
        );
        assert_eq!(round_int(8, -1), Ok(10), "round(8, -1)");
        assert_eq!(
            round_int(i64::MAX, -19),
            Err(PyErr::int_overflow()),
            "round(9223372036854775807, -19)"
        );
    }

    #[test]
    fn errors() {
        assert_eq!(
            round_half_even(1.7976931348623157e308, Some(-308)),
            Err(PyErr::overflow("rounded value too large to represent"))
        );
        assert_eq!(round_int(i64::MAX, -1), Err(PyErr::int_overflow()));
        assert_eq!(round_int(i64::MIN, -1), Err(PyErr::int_overflow()));
        assert_eq!(round_int(i64::MIN, -19), Err(PyErr::int_overflow()));
        assert_eq!(round_int(-5, -38), Ok(0));
        assert_eq!(round_int(i64::MAX, -20), Ok(0));
        assert_eq!(round_int(-5_000_000_000_000_000_000, -19), Ok(0));
    }
}
