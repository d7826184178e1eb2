//! Float to text exactly as CPython's `PyOS_double_to_string`: `repr()`,
//! `str()`, and the digit layout behind `format()` and `%`-formatting.
//!
//! CPython gets its digits from David Gay's correctly rounded `dtoa`. Rust's
//! `{:e}` (shortest round-trip), `{:.Ne}` and `{:.N}` (exact, ties to even)
//! produce the same digit strings, so only Gay's digit *layout* is ported
//! here, line for line from `format_float_short` in `Python/pystrtod.c`.

/// The digits of a finite `|x|` as `dtoa` returns them: no leading zeros, no
/// trailing zeros (zero itself is `"0"`), and the value is
/// `0.DIGITS × 10^decpt`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Digits {
    /// ASCII digits.
    pub digits: Vec<u8>,
    /// Position of the decimal point relative to the first digit.
    pub decpt: i64,
}

/// Which `dtoa` mode to run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DigitMode {
    /// Mode 0: the shortest digits that round-trip.
    Shortest,
    /// Mode 2: this many significant digits (at least 1), correctly rounded.
    Significant(usize),
    /// Mode 3: this many digits after the decimal point, correctly rounded.
    Fixed(usize),
}

/// More digits than any double's exact decimal expansion has (at most
/// 767 significant, 1074 after the point): asking for more only adds
/// zeros, which dtoa strips anyway. It also keeps precisions inside the
/// range `format!` accepts.
const EXACT_DIGITS: usize = 1100;

/// Decimal digits of `|x|` for a finite `x` in the given mode.
pub(crate) fn dtoa(x: f64, mode: DigitMode) -> Digits {
    let ax = x.abs();
    let mode = match mode {
        DigitMode::Significant(n) => DigitMode::Significant(n.min(EXACT_DIGITS)),
        DigitMode::Fixed(p) => DigitMode::Fixed(p.min(EXACT_DIGITS)),
        DigitMode::Shortest => DigitMode::Shortest,
    };
    let (mut digits, mut decpt) = match mode {
        DigitMode::Shortest => {
            let shortest = split_exp(&format!("{ax:e}"));
            // When two shortest candidates are equally close to x, Rust
            // rounds the tie up but Gay's dtoa picks the even one. The
            // correctly rounded (ties-to-even) string of the same length is
            // dtoa's answer whenever it still reads back as x.
            let n = shortest.0.len().max(1);
            let rounded = format!("{:.*e}", n - 1, ax);
            if rounded.parse::<f64>() == Ok(ax) {
                split_exp(&rounded)
            } else {
                shortest
            }
        }
        DigitMode::Significant(n) => split_exp(&format!("{:.*e}", n.max(1) - 1, ax)),
        DigitMode::Fixed(p) => {
            let s = format!("{ax:.p$}");
            let (int_part, frac) = s.split_once('.').unwrap_or((&s, ""));
            let mut d = int_part.as_bytes().to_vec();
            let decpt = d.len() as i64;
            d.extend_from_slice(frac.as_bytes());
            (d, decpt)
        }
    };
    // Normalise to dtoa's form: strip leading zeros (moving the point) and
    // trailing zeros; a zero result is the single digit "0" at decpt 1,
    // which lays out identically to dtoa's empty-digits form.
    let lead = digits.iter().take_while(|&&d| d == b'0').count();
    if lead == digits.len() {
        return Digits {
            digits: vec![b'0'],
            decpt: 1,
        };
    }
    digits.drain(..lead);
    decpt -= lead as i64;
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    Digits { digits, decpt }
}

/// Splits Rust's `d.ddde±x` into (digits, decpt).
fn split_exp(s: &str) -> (Vec<u8>, i64) {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let digits: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    (digits, exp + 1)
}

/// Largest precision [`double_to_string`] honours.
const MAX_PRECISION: usize = 1 << 24;

/// The `Py_DTSF_*` flags of `PyOS_double_to_string`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DtoaFlags {
    /// `Py_DTSF_SIGN`: always write a sign, `+` for non-negatives.
    pub sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: make an integral non-exponent result end `.0`.
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: the `#` form, which keeps the point and zeros.
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: the `z` option, `-0` after rounding prints as `0`.
    pub no_neg_0: bool,
}

/// CPython's `PyOS_double_to_string(x, code, precision, flags)`.
///
/// `code` is one of `e E f F g G r`; any other code is treated as `r`.
/// `precision` is ignored for `r`. For `e`, `precision` digits follow the
/// point; for `g`, `precision` is the number of significant digits (0 means
/// 1). Infinities and NaN print as `inf` / `nan` (`INF` / `NAN` for the
/// upper-case codes); NaN never shows a minus sign.
///
/// The output length grows with `precision`; callers bound it first (the
/// `format_*` functions refuse precisions above 2**24), and larger values
/// are clamped to 2**24 here rather than exhausting memory.
pub fn double_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let precision = precision.min(MAX_PRECISION);
    let upper = code.is_ascii_uppercase();
    let (code, mode, precision) = match code.to_ascii_lowercase() {
        'e' => ('e', DigitMode::Significant(precision + 1), precision + 1),
        'f' => ('f', DigitMode::Fixed(precision), precision),
        'g' => {
            let p = precision.max(1);
            ('g', DigitMode::Significant(p), p)
        }
        _ => ('r', DigitMode::Shortest, 0),
    };
    format_float_short(x, code, mode, precision, flags, upper)
}

/// `format_float_short` from `Python/pystrtod.c`; `code` is `e`, `f`, `g`
/// or `r`, and `precision` has already been adjusted as
/// `PyOS_double_to_string` does.
fn format_float_short(
    x: f64,
    code: char,
    mode: DigitMode,
    precision: usize,
    flags: DtoaFlags,
    upper: bool,
) -> String {
    let mut out = String::new();
    let mut negative = x.is_sign_negative();
    if !x.is_finite() {
        // NaN's sign is deliberately ignored, as CPython does.
        if x.is_nan() {
            negative = false;
        }
        if negative {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        let word = if x.is_nan() { "nan" } else { "inf" };
        out.push_str(&if upper {
            word.to_ascii_uppercase()
        } else {
            word.to_string()
        });
        return out;
    }

    let Digits { digits, mut decpt } = dtoa(x, mode);
    let digits_len = digits.len() as i64;
    let precision = precision as i64;
    if flags.no_neg_0 && negative && digits == b"0" {
        negative = false;
    }

    // Gay's layout: output the slice vdigits[vdigits_start..vdigits_end] of
    // the digits padded with zeros on both sides, with the point at decpt.
    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        // 'r': scientific below 1e-4 and from 1e16 up.
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };

    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let text = |out: &mut String, d: &[u8]| out.extend(d.iter().map(|&b| b as char));
    // Exactly one of the three branches below writes the decimal point.
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        let split = decpt as usize;
        text(&mut out, &digits[..split]);
        out.push('.');
        text(&mut out, &digits[split..]);
    } else {
        text(&mut out, &digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        // C's "%+.02d": a sign and at least two digits.
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push('0');
        }
        out.push_str(&e.to_string());
    }
    out
}

/// `repr(x)` and `str(x)` of a Python float: the shortest digits that read
/// back as `x`, in scientific form when the exponent is below -4 or at
/// least 16 (`1e-05`, `0.0001`, `1e+16`, `123456789012345.0`), with `.0` on
/// integral values, and `inf`, `-inf`, `nan`.
pub fn float_repr(x: f64) -> String {
    double_to_string(
        x,
        'r',
        0,
        DtoaFlags {
            add_dot_0: true,
            ..DtoaFlags::default()
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_cpython() {
        // Expected strings produced by CPython 3.11.7's repr().
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (0.1, "0.1"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (9999999999999998.0, "9999999999999998.0"),
            (1e-5, "1e-05"),
            (2.5e-7, "2.5e-07"),
            (0.0001, "0.0001"),
            (0.00012345, "0.00012345"),
            (123456789012345.0, "123456789012345.0"),
            (1.2345678901234568e16, "1.2345678901234568e+16"),
            (2e16 + 8.0, "2.000000000000001e+16"),
            (1e22, "1e+22"),
            (1e100, "1e+100"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (5e-324, "5e-324"),
            (2.2250738585072014e-308, "2.2250738585072014e-308"),
            (-1.5, "-1.5"),
            (123.456, "123.456"),
            (1.0 / 3.0, "0.3333333333333333"),
            (2.0 / 3.0, "0.6666666666666666"),
            (100.0, "100.0"),
            (-12345.0, "-12345.0"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
            // Two 17-digit candidates equally close: dtoa picks the even one.
            (f64::from_bits(0xc3184b8f077cd611), "-1709619279771012.2"),
            (f64::from_bits(0xc2e4733f5d4bab84), "-179881734987100.12"),
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x), want, "repr({x:e})");
        }
    }

    #[test]
    fn double_to_string_codes() {
        // Expected strings produced by CPython's '%.Nc' % x.
        let plain = DtoaFlags::default();
        let alt = DtoaFlags { alt: true, ..plain };
        let cases: &[(f64, char, usize, DtoaFlags, &str)] = &[
            (12.34567, 'f', 2, plain, "12.35"),
            (0.5, 'f', 0, plain, "0"),
            (1.5, 'f', 0, plain, "2"),
            (2.5, 'f', 0, plain, "2"),
            (0.125, 'f', 2, plain, "0.12"),
            (0.375, 'f', 2, plain, "0.38"),
            (2.675, 'f', 2, plain, "2.67"),
            (1e20, 'f', 0, plain, "100000000000000000000"),
            (-0.001, 'f', 1, plain, "-0.0"),
            (1.0, 'f', 0, alt, "1."),
            (12345.678, 'e', 2, plain, "1.23e+04"),
            (0.0, 'e', 3, plain, "0.000e+00"),
            (1e-300, 'E', 1, plain, "1.0E-300"),
            (1.0, 'g', 6, plain, "1"),
            (1.0, 'g', 6, alt, "1.00000"),
            (123456789.0, 'g', 6, plain, "1.23457e+08"),
            (0.0001, 'g', 6, plain, "0.0001"),
            (0.00001, 'G', 6, plain, "1E-05"),
            (9.99, 'g', 2, plain, "10"),
            (5.0, 'g', 0, plain, "5"),
            (f64::INFINITY, 'F', 2, plain, "INF"),
        ];
        for &(x, code, prec, flags, want) in cases {
            assert_eq!(
                double_to_string(x, code, prec, flags),
                want,
                "{x} {code} {prec}"
            );
        }
    }

    #[test]
    fn dtoa_normalises_digits() {
        assert_eq!(
            dtoa(1234.5, DigitMode::Fixed(3)),
            Digits {
                digits: b"12345".to_vec(),
                decpt: 4
            }
        );
        assert_eq!(
            dtoa(0.00123, DigitMode::Shortest),
            Digits {
                digits: b"123".to_vec(),
                decpt: -2
            }
        );
        // Precisions past the exact expansion change nothing.
        assert_eq!(
            dtoa(5e-324, DigitMode::Fixed(100_000)),
            dtoa(5e-324, DigitMode::Fixed(1100))
        );
        assert_eq!(
            dtoa(0.1, DigitMode::Significant(70_000)),
            dtoa(0.1, DigitMode::Significant(1100))
        );
        assert_eq!(dtoa(0.1, DigitMode::Significant(1100)).digits.len(), 55);
        assert_eq!(
            dtoa(0.001, DigitMode::Fixed(1)),
            Digits {
                digits: b"0".to_vec(),
                decpt: 1
            }
        );
    }
}
