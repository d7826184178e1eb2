//! `int(str, base)` and `float(str)`, ported from CPython 3.11's
//! `PyLong_FromUnicodeObject` / `PyLong_FromString` and
//! `PyFloat_FromString`.
//!
//! Both first map the text to ASCII the way
//! `_PyUnicode_TransformDecimalAndSpaceToASCII` does (Unicode digits to
//! `0-9`, Unicode spaces to ` `), so `int('٣٤')` is 34.

use super::PyErr;
use super::str_repr::str_repr;
use super::unicode::{decimal_value, is_space};

/// CPython's default `sys.get_int_max_str_digits()`.
const MAX_STR_DIGITS: usize = 4300;

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: ASCII kept, Unicode spaces
/// become ` `, Unicode decimal digits their ASCII digit; the first other
/// non-ASCII character becomes `?` and ends the text (it can only fail to
/// parse from there).
fn to_ascii(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 {
            out.push(c as u8);
        } else if is_space(c) {
            out.push(b' ');
        } else if let Some(d) = decimal_value(c) {
            out.push(b'0' + d as u8);
        } else {
            out.push(b'?');
            break;
        }
    }
    out
}

/// C's `isspace` in the C locale.
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// The value of an ASCII digit or letter in bases up to 36.
fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => (b - b'0') as u32,
        b'a'..=b'z' => (b - b'a') as u32 + 10,
        b'A'..=b'Z' => (b - b'A') as u32 + 10,
        _ => 99,
    }
}

/// `int(s, base)` for a str `s`: surrounding whitespace, one sign, single
/// underscores between digits (and one after a `0x`/`0o`/`0b` prefix),
/// base 0 choosing the base from the prefix (and rejecting `010`), bases
/// 16/8/2 also accepting their prefix.
///
/// Errors: `ValueError` "invalid literal for int() with base B: 'text'"
/// (the repr cut to 200 characters, as CPython's `%.200R`), the base-range
/// `ValueError`, CPython's 4300-digit limit for non-power-of-two bases, and
/// [`PyErr::int_overflow`] for values outside `i64`.
pub fn parse_int(s: &str, base: i64) -> Result<i64, PyErr> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(PyErr::value("int() base must be >= 2 and <= 36, or 0"));
    }
    let invalid = || {
        let repr: String = str_repr(s).chars().take(200).collect();
        PyErr::value(format!(
            "invalid literal for int() with base {base}: {repr}"
        ))
    };
    let text = to_ascii(s);
    let at = |i: usize| text.get(i).copied().unwrap_or(0);
    let mut pos = 0;
    while is_c_space(at(pos)) {
        pos += 1;
    }
    let negative = at(pos) == b'-';
    if matches!(at(pos), b'+' | b'-') {
        pos += 1;
    }
    let mut radix = base as u32;
    // Base 0 with a leading 0 and no prefix is an old-style octal literal:
    // only an all-zero value is allowed.
    let mut zero_only = false;
    if radix == 0 {
        radix = match (at(pos), at(pos + 1)) {
            (b'0', b'x' | b'X') => 16,
            (b'0', b'o' | b'O') => 8,
            (b'0', b'b' | b'B') => 2,
            (b'0', _) => {
                zero_only = true;
                10
            }
            _ => 10,
        };
    }
    let has_prefix = at(pos) == b'0'
        && matches!(
            (radix, at(pos + 1)),
            (16, b'x' | b'X') | (8, b'o' | b'O') | (2, b'b' | b'B')
        );
    if has_prefix {
        pos += 2;
        if at(pos) == b'_' {
            pos += 1;
        }
    }
    if at(pos) == b'_' {
        return Err(invalid());
    }
    let start = pos;
    let mut digits = 0usize;
    let mut prev = 0u8;
    while digit_value(at(pos)) < radix || at(pos) == b'_' {
        if at(pos) == b'_' {
            if prev == b'_' {
                return Err(invalid());
            }
        } else {
            digits += 1;
        }
        prev = at(pos);
        pos += 1;
    }
    if prev == b'_' {
        return Err(invalid());
    }
    if !radix.is_power_of_two() && digits > MAX_STR_DIGITS {
        return Err(PyErr::value(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: \
             value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    let body = &text[start..pos];
    if pos == start || (zero_only && body.iter().any(|&b| b != b'0' && b != b'_')) {
        return Err(invalid());
    }
    while is_c_space(at(pos)) {
        pos += 1;
    }
    if pos != text.len() {
        return Err(invalid());
    }
    // Accumulate the magnitude in i128 so that -2**63 still fits.
    let mut mag: i128 = 0;
    for &b in body.iter().filter(|&&b| b != b'_') {
        mag = mag * radix as i128 + digit_value(b) as i128;
        if mag > 1i128 << 63 {
            return Err(PyErr::int_overflow());
        }
    }
    let value = if negative { -mag } else { mag };
    i64::try_from(value).map_err(|_| PyErr::int_overflow())
}

/// The value of an int literal that [`parse_int`] accepted but found
/// beyond 64 bits.
pub fn parse_big_int(s: &str, base: i64) -> Option<num_bigint::BigInt> {
    let t = s.trim();
    let (negative, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let (radix, body) = match (base, lower.get(..2)) {
        (0 | 16, Some("0x")) => (16, &lower[2..]),
        (0 | 8, Some("0o")) => (8, &lower[2..]),
        (0 | 2, Some("0b")) => (2, &lower[2..]),
        (0, _) => (10, lower.as_str()),
        _ => (base as u32, lower.as_str()),
    };
    let digits: String = body.chars().filter(|&c| c != '_').collect();
    let v = num_bigint::BigInt::parse_bytes(digits.as_bytes(), radix)?;
    Some(if negative { -v } else { v })
}

/// `float(s)` for a str `s`: surrounding whitespace, decimal literals with
/// optional exponent and single underscores between digits, `inf`,
/// `infinity` and `nan` in any case with an optional sign. Out-of-range
/// values become ±inf or ±0.0, as in CPython.
///
/// Error: `ValueError` "could not convert string to float: 'text'" with the
/// full repr.
pub fn parse_float(s: &str) -> Result<f64, PyErr> {
    let invalid = || {
        PyErr::value(format!(
            "could not convert string to float: {}",
            str_repr(s)
        ))
    };
    let mut text = to_ascii(s);
    if text.contains(&b'_') {
        text = strip_underscores(&text).ok_or_else(invalid)?;
    }
    let mut lo = 0;
    let mut hi = text.len();
    while lo < hi && is_c_space(text[lo]) {
        lo += 1;
    }
    while hi > lo && is_c_space(text[hi - 1]) {
        hi -= 1;
    }
    let body = &text[lo..hi];
    if body.is_empty() || !is_float_literal(body) {
        return Err(invalid());
    }
    let literal = std::str::from_utf8(body).map_err(|_| invalid())?;
    let (negative, word) = match literal.as_bytes()[0] {
        b'-' => (true, &literal[1..]),
        b'+' => (false, &literal[1..]),
        _ => (false, literal),
    };
    let lower = word.to_ascii_lowercase();
    let magnitude = match lower.as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        // Rust's parser is correctly rounded, like Gay's strtod.
        _ => word.parse::<f64>().map_err(|_| invalid())?,
    };
    Ok(if negative { -magnitude } else { magnitude })
}

/// `_Py_string_to_number_with_underscores`: drops underscores that sit
/// between two digits; any other underscore (or a NUL) rejects the text.
fn strip_underscores(text: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len());
    let mut prev = 0u8;
    for &b in text {
        if b == 0 {
            return None;
        }
        if b == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !b.is_ascii_digit() {
                return None;
            }
            out.push(b);
        }
        prev = b;
    }
    (prev != b'_').then_some(out)
}

/// Whether `b` is exactly what `_Py_dg_strtod` or `_Py_parse_inf_or_nan`
/// consume in full: `[sign] (digits [. [digits]] | . digits) [e [sign]
/// digits]`, or `[sign] inf|infinity|nan` in any case.
fn is_float_literal(b: &[u8]) -> bool {
    let mut i = 0;
    if matches!(b.first(), Some(b'+' | b'-')) {
        i = 1;
    }
    let rest = &b[i..];
    if rest.eq_ignore_ascii_case(b"inf")
        || rest.eq_ignore_ascii_case(b"infinity")
        || rest.eq_ignore_ascii_case(b"nan")
    {
        return true;
    }
    let digits_at = |i: &mut usize| {
        let start = *i;
        while b.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - start
    };
    let mut mantissa = digits_at(&mut i);
    if b.get(i) == Some(&b'.') {
        i += 1;
        mantissa += digits_at(&mut i);
    }
    if mantissa == 0 {
        return false;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if digits_at(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints_match_cpython() {
        // Values produced by CPython 3.11.7's int(s, base).
        let cases: &[(&str, i64, i64)] = &[
            ("42", 10, 42),
            ("  -17\n", 10, -17),
            ("+5", 10, 5),
            ("1_000_000", 10, 1_000_000),
            ("00", 0, 0),
            ("0_0", 0, 0),
            ("0x_1", 0, 1),
            ("  -0b101  ", 0, -5),
            ("0o17", 0, 15),
            ("0X1f", 16, 31),
            ("1f", 16, 31),
            ("0o17", 8, 15),
            ("0b1_1", 2, 3),
            ("z", 36, 35),
            ("Z", 36, 35),
            ("\u{0663}\u{0664}", 10, 34),
            ("\u{a0}12\u{3000}", 10, 12),
            ("1\x0b", 10, 1),
            ("9223372036854775807", 10, i64::MAX),
            ("-9223372036854775808", 10, i64::MIN),
            ("-0x8000000000000000", 16, i64::MIN),
            ("0", 0, 0),
        ];
        for &(s, base, want) in cases {
            assert_eq!(parse_int(s, base), Ok(want), "int({s:?}, {base})");
        }
    }

    #[test]
    fn int_errors_match_cpython() {
        // Messages produced by CPython 3.11.7.
        let invalid = |s: &str, base: i64, shown: &str| {
            assert_eq!(
                parse_int(s, base),
                Err(PyErr::value(format!(
                    "invalid literal for int() with base {base}: {shown}"
                ))),
                "int({s:?}, {base})"
            );
        };
        invalid("abc", 10, "'abc'");
        invalid("0x", 0, "'0x'");
        invalid("010", 0, "'010'");
        invalid("0 x", 0, "'0 x'");
        invalid("0_7", 0, "'0_7'");
        invalid("0x__1", 16, "'0x__1'");
        invalid("0b2", 0, "'0b2'");
        invalid("1__2", 10, "'1__2'");
        invalid("1_", 10, "'1_'");
        invalid("_1", 10, "'_1'");
        invalid("0o17", 10, "'0o17'");
        invalid("+ 1", 10, "'+ 1'");
        invalid("12\0", 10, "'12\\x00'");
        invalid("1\u{e9}", 10, "'1\u{e9}'");
        invalid("\x1c1", 10, "'\\x1c1'");
        invalid("", 10, "''");
        invalid("-", 10, "'-'");
        invalid("1.5", 10, "'1.5'");
        // %.200R: the repr is cut to 200 characters, losing its end quote.
        let long = "a".repeat(300);
        invalid(&long, 10, &format!("'{}", "a".repeat(199)));
        let bad_base = Err(PyErr::value("int() base must be >= 2 and <= 36, or 0"));
        assert_eq!(parse_int("1", 1), bad_base);
        assert_eq!(parse_int("1", 37), bad_base);
        assert_eq!(parse_int("1", -1), bad_base);
        let limit = Err(PyErr::value(
            "Exceeds the limit (4300 digits) for integer string conversion: value has \
             5000 digits; use sys.set_int_max_str_digits() to increase the limit",
        ));
        assert_eq!(parse_int(&"1".repeat(5000), 10), limit);
        assert_eq!(parse_int(&format!("{}x", "1".repeat(5000)), 10), limit);
        assert_eq!(
            parse_int(&format!("_{}", "1".repeat(5000)), 10).map_err(|e| e.msg.len()),
            Err(240)
        );
        // coroscope's ints are 64-bit.
        assert_eq!(
            parse_int("9223372036854775808", 10),
            Err(PyErr::int_overflow())
        );
        assert_eq!(
            parse_int("-9223372036854775809", 10),
            Err(PyErr::int_overflow())
        );
        assert_eq!(parse_int(&"f".repeat(5000), 16), Err(PyErr::int_overflow()));
    }

    #[test]
    fn floats_match_cpython() {
        // Values produced by CPython 3.11.7's float(s).
        let cases: &[(&str, f64)] = &[
            ("1.5", 1.5),
            (" 1.5 ", 1.5),
            ("inf", f64::INFINITY),
            ("-Infinity", f64::NEG_INFINITY),
            ("+iNfInItY", f64::INFINITY),
            ("1_000.5", 1000.5),
            ("1e1_0", 1e10),
            (".5", 0.5),
            ("5.", 5.0),
            ("1e+5", 100000.0),
            (" \t\n1\x0b", 1.0),
            ("\u{a0}1.5\u{2003}", 1.5),
            ("\u{0661}.\u{0662}", 1.2),
            ("\u{0661}_\u{0662}", 12.0),
            ("1e400", f64::INFINITY),
            ("-1e400", f64::NEG_INFINITY),
            ("1e-400", 0.0),
            ("+.5e-3", 0.0005),
            ("12345678901234567890123456789", 1.2345678901234568e28),
            ("0.1e-310", 1e-311),
            ("1e99999999999999999999", f64::INFINITY),
            ("0.1", 0.1),
            ("2.675", 2.675),
        ];
        for &(s, want) in cases {
            assert_eq!(parse_float(s), Ok(want), "float({s:?})");
        }
        assert!(parse_float("nan").unwrap().is_nan());
        assert!(parse_float("-NaN").unwrap().is_nan());
        assert!(parse_float("-0.0").unwrap().is_sign_negative());
    }

    #[test]
    fn float_errors_match_cpython() {
        for (s, shown) in [
            ("infinit", "'infinit'"),
            ("infinityx", "'infinityx'"),
            ("1__0", "'1__0'"),
            ("_1", "'_1'"),
            ("1_", "'1_'"),
            ("1_.5", "'1_.5'"),
            ("1._5", "'1._5'"),
            ("1_e10", "'1_e10'"),
            (".", "'.'"),
            ("e5", "'e5'"),
            ("1e", "'1e'"),
            ("1e+", "'1e+'"),
            ("", "''"),
            ("  ", "'  '"),
            ("1.5\0", "'1.5\\x00'"),
            ("0x10", "'0x10'"),
            ("++1", "'++1'"),
            ("- 1", "'- 1'"),
            ("1 2", "'1 2'"),
            ("\x1c1.5", "'\\x1c1.5'"),
            ("nan(1)", "'nan(1)'"),
            ("1.5\u{e9}", "'1.5\u{e9}'"),
        ] {
            assert_eq!(
                parse_float(s),
                Err(PyErr::value(format!(
                    "could not convert string to float: {shown}"
                ))),
                "float({s:?})"
            );
        }
    }
}
