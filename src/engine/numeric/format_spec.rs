//! The format-spec mini-language of `format()`, f-strings and `str.format`,
//! ported from CPython 3.11's `Python/formatter_unicode.c`.
//!
//! Layout of a formatted number (at most one padding part is non-empty):
//! `<lpad><sign><prefix><spad><grouped digits><decimal point><rest><rpad>`.

use super::PyErr;
use super::float_repr::{DtoaFlags, double_to_string};
use super::unicode::decimal_value;

/// Widths and precisions above this are refused with `MemoryError` rather
/// than building a string no sensible program prints.
const MAX_FIELD: usize = 1 << 24;

/// A parsed `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
///
/// Fields hold what was written; defaults that depend on the formatted
/// type (alignment, fill from the `0` flag, the type) are resolved by the
/// `format_*` functions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// Explicit fill character (only ever set together with `align`).
    pub fill: Option<char>,
    /// `<`, `>`, `^` or `=`.
    pub align: Option<char>,
    /// `+`, `-` or space.
    pub sign: Option<char>,
    /// `z`: coerce negative zero to zero (floats only).
    pub no_neg_zero: bool,
    /// `#`: the alternate form.
    pub alternate: bool,
    /// The `0` flag before the width (not set when a fill is explicit).
    pub zero: bool,
    /// Minimum field width.
    pub width: Option<usize>,
    /// `,` or `_` thousands separator.
    pub grouping: Option<char>,
    /// Precision after `.`.
    pub precision: Option<usize>,
    /// The presentation type character.
    pub ty: Option<char>,
}

impl FormatSpec {
    /// The fill character: explicit, else `0` under the `0` flag, else space.
    pub fn fill_char(&self) -> char {
        match self.fill {
            Some(c) => c,
            None if self.zero => '0',
            None => ' ',
        }
    }

    /// The alignment, given the type's default (`>` for numbers, `<` for
    /// str); the `0` flag turns a numeric default into `=`.
    pub fn align_or(&self, default: char) -> char {
        match self.align {
            Some(a) => a,
            None if self.zero && default == '>' => '=',
            None => default,
        }
    }
}

/// Parses `spec` as CPython's `parse_internal_render_format_spec` does.
/// `type_name` (`"int"`, `"float"`, `"str"`) appears in the "Invalid format
/// specifier" message. Checks that need the resolved type (the separator
/// against the type, sign on str, ...) happen in the `format_*` functions.
pub fn parse_format_spec(spec: &str, type_name: &str) -> Result<FormatSpec, PyErr> {
    let chars: Vec<char> = spec.chars().collect();
    let is_align = |c: Option<&char>| matches!(c, Some('<' | '>' | '=' | '^'));
    let mut out = FormatSpec::default();
    let mut pos = 0;
    if chars.len() >= 2 && is_align(chars.get(1)) {
        out.fill = Some(chars[0]);
        out.align = Some(chars[1]);
        pos = 2;
    } else if is_align(chars.first()) {
        out.align = Some(chars[0]);
        pos = 1;
    }
    if let Some(&c @ ('+' | '-' | ' ')) = chars.get(pos) {
        out.sign = Some(c);
        pos += 1;
    }
    if chars.get(pos) == Some(&'z') {
        out.no_neg_zero = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        out.alternate = true;
        pos += 1;
    }
    // The 0 flag only exists when no fill was given: "x<05" is width 05.
    if out.fill.is_none() && chars.get(pos) == Some(&'0') {
        out.zero = true;
        pos += 1;
    }
    out.width = get_integer(&chars, &mut pos)?;
    if chars.get(pos) == Some(&',') {
        out.grouping = Some(',');
        pos += 1;
    }
    if chars.get(pos) == Some(&'_') {
        if out.grouping.is_some() {
            return Err(PyErr::value("Cannot specify both ',' and '_'."));
        }
        out.grouping = Some('_');
        pos += 1;
    }
    if chars.get(pos) == Some(&',') && out.grouping == Some('_') {
        return Err(PyErr::value("Cannot specify both ',' and '_'."));
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        out.precision = get_integer(&chars, &mut pos)?;
        if out.precision.is_none() {
            return Err(PyErr::value("Format specifier missing precision"));
        }
    }
    match chars.len() - pos {
        0 => {}
        1 => out.ty = Some(chars[pos]),
        _ => {
            return Err(PyErr::value(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            )));
        }
    }
    Ok(out)
}

/// Reads a run of decimal digits (any Unicode Nd digit, as CPython);
/// `None` when there is none.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, PyErr> {
    let mut acc: usize = 0;
    let mut any = false;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        // CPython's limit is PY_SSIZE_T_MAX.
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(d as usize))
            .filter(|&a| a <= isize::MAX as usize)
            .ok_or_else(|| PyErr::value("Too many decimal digits in format string"))?;
        any = true;
        *pos += 1;
    }
    Ok(any.then_some(acc))
}

/// The thousands-separator check of the parser, run against the resolved
/// type; returns the digit group size (3, or 4 for `_` with b/o/x/X).
fn check_grouping(spec: &FormatSpec, ty: char) -> Result<Option<(char, usize)>, PyErr> {
    let Some(sep) = spec.grouping else {
        return Ok(None);
    };
    match ty {
        'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => Ok(Some((sep, 3))),
        'b' | 'o' | 'x' | 'X' if sep == '_' => Ok(Some((sep, 4))),
        _ => Err(PyErr::value(format!(
            "Cannot specify '{sep}' with {}.",
            quoted_code(ty)
        ))),
    }
}

/// A type code as CPython quotes it in messages: `'c'` for printable ASCII,
/// else `'\xNN'` in bare hex.
fn quoted_code(ty: char) -> String {
    let v = ty as u32;
    if v > 32 && v < 128 {
        format!("'{ty}'")
    } else {
        format!("'\\x{v:x}'")
    }
}

fn unknown_code(ty: char, type_name: &str) -> PyErr {
    PyErr::value(format!(
        "Unknown format code {} for object of type '{type_name}'",
        quoted_code(ty)
    ))
}

fn check_width(spec: &FormatSpec) -> Result<(), PyErr> {
    match spec.width {
        Some(w) if w > MAX_FIELD => Err(PyErr::memory()),
        _ => Ok(()),
    }
}

/// `format(s, spec)` for a str: fill, alignment, width, and precision as a
/// maximum length, counted in code points.
pub fn format_str(s: &str, spec: &str) -> Result<String, PyErr> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let parsed = parse_format_spec(spec, "str")?;
    let ty = parsed.ty.unwrap_or('s');
    check_grouping(&parsed, ty)?;
    if ty != 's' {
        return Err(unknown_code(ty, "str"));
    }
    match parsed.sign {
        Some(' ') => return Err(PyErr::value("Space not allowed in string format specifier")),
        Some(_) => return Err(PyErr::value("Sign not allowed in string format specifier")),
        None => {}
    }
    if parsed.no_neg_zero {
        return Err(PyErr::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if parsed.alternate {
        return Err(PyErr::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    let align = parsed.align_or('<');
    if align == '=' {
        return Err(PyErr::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    check_width(&parsed)?;
    let mut len = s.chars().count();
    let body: &str = match parsed.precision {
        Some(p) if p < len => {
            len = p;
            let end = s.char_indices().nth(p).map_or(s.len(), |(i, _)| i);
            &s[..end]
        }
        _ => s,
    };
    let total = parsed.width.unwrap_or(0).max(len);
    let lpad = match align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let rpad = total - len - lpad;
    let fill = parsed.fill_char();
    let mut out = String::with_capacity(body.len() + lpad + rpad);
    out.extend(std::iter::repeat_n(fill, lpad));
    out.push_str(body);
    out.extend(std::iter::repeat_n(fill, rpad));
    Ok(out)
}

/// `format(v, spec)` for an int: types `b c d o x X n` and none format the
/// integer; `e E f F g G %` format `float(v)`.
pub fn format_int(v: i64, spec: &str) -> Result<String, PyErr> {
    if spec.is_empty() {
        return Ok(v.to_string());
    }
    let parsed = parse_format_spec(spec, "int")?;
    let ty = parsed.ty.unwrap_or('d');
    let group = check_grouping(&parsed, ty)?;
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long(v, &parsed, ty, group),
        // int -> float rounds half to even, exactly as `as` does.
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => format_double(v as f64, &parsed, ty, group),
        _ => Err(unknown_code(ty, "int")),
    }
}

/// `format(v, spec)` for an int beyond 64 bits.
pub fn format_big_int(v: &num_bigint::BigInt, spec: &str) -> Result<String, PyErr> {
    use num_traits::{Signed, ToPrimitive};
    if spec.is_empty() {
        return Ok(v.to_string());
    }
    let parsed = parse_format_spec(spec, "int")?;
    let ty = parsed.ty.unwrap_or('d');
    let group = check_grouping(&parsed, ty)?;
    match ty {
        'c' => Err(PyErr::overflow("%c arg not in range(0x110000)")),
        'b' | 'd' | 'o' | 'x' | 'X' | 'n' => {
            if parsed.precision.is_some() {
                return Err(PyErr::value(
                    "Precision not allowed in integer format specifier",
                ));
            }
            check_width(&parsed)?;
            let mag = v.abs();
            let (digits, prefix) = match ty {
                'b' => (mag.to_str_radix(2), "0b"),
                'o' => (mag.to_str_radix(8), "0o"),
                'x' => (mag.to_str_radix(16), "0x"),
                'X' => (mag.to_str_radix(16).to_uppercase(), "0X"),
                _ => (mag.to_string(), ""),
            };
            let number = Number {
                negative: v.is_negative(),
                prefix: if parsed.alternate {
                    prefix.to_string()
                } else {
                    String::new()
                },
                digits,
                ..Number::default()
            };
            let group = if ty == 'n' { None } else { group };
            Ok(render_number(&number, &parsed, group))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = v
                .to_f64()
                .filter(|f| f.is_finite())
                .ok_or_else(|| PyErr::overflow("int too large to convert to float"))?;
            format_double(f, &parsed, ty, group)
        }
        _ => Err(unknown_code(ty, "int")),
    }
}

/// `format(v, spec)` for a float: types `e E f F g G n %` and none. With no
/// type, no precision gives `repr(v)`; a precision behaves like `g` but
/// keeps at least one digit after the point.
pub fn format_float(v: f64, spec: &str) -> Result<String, PyErr> {
    if spec.is_empty() {
        return Ok(super::float_repr::float_repr(v));
    }
    let parsed = parse_format_spec(spec, "float")?;
    let ty = parsed.ty.unwrap_or('\0');
    let group = check_grouping(&parsed, ty)?;
    match ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => {
            format_double(v, &parsed, ty, group)
        }
        _ => Err(unknown_code(ty, "float")),
    }
}

/// `format_long_internal`.
fn format_long(
    v: i64,
    spec: &FormatSpec,
    ty: char,
    group: Option<(char, usize)>,
) -> Result<String, PyErr> {
    if spec.precision.is_some() {
        return Err(PyErr::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(PyErr::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    check_width(spec)?;
    let mut number = Number::default();
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(PyErr::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(PyErr::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        if !(0..=0x10ffff).contains(&v) {
            return Err(PyErr::overflow("%c arg not in range(0x110000)"));
        }
        let c = char::from_u32(v as u32).ok_or_else(|| {
            PyErr::value("coroscope strings cannot hold lone surrogate code points")
        })?;
        // CPython passes the character as an ungrouped "remainder".
        number.rest = c.to_string();
    } else {
        let mag = v.unsigned_abs();
        let (digits, prefix) = match ty {
            'b' => (format!("{mag:b}"), "0b"),
            'o' => (format!("{mag:o}"), "0o"),
            'x' => (format!("{mag:x}"), "0x"),
            'X' => (format!("{mag:X}"), "0X"),
            _ => (mag.to_string(), ""),
        };
        number.negative = v < 0;
        if spec.alternate {
            number.prefix = prefix.to_string();
        }
        number.digits = digits;
    }
    // 'n' uses the C locale: no grouping.
    let group = if ty == 'n' { None } else { group };
    Ok(render_number(&number, spec, group))
}

/// `format_float_internal`; `ty` is `'\0'` for no type.
fn format_double(
    v: f64,
    spec: &FormatSpec,
    ty: char,
    group: Option<(char, usize)>,
) -> Result<String, PyErr> {
    let precision = spec.precision;
    if precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(PyErr::value("precision too big"));
    }
    if precision.is_some_and(|p| p > MAX_FIELD) {
        return Err(PyErr::memory());
    }
    check_width(spec)?;
    let mut flags = DtoaFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_zero,
        ..DtoaFlags::default()
    };
    let mut code = ty;
    let mut default_precision = 6;
    if code == '\0' {
        flags.add_dot_0 = true;
        code = 'r';
        default_precision = 0;
    }
    if code == 'n' {
        code = 'g';
    }
    let mut v = v;
    let add_pct = code == '%';
    if add_pct {
        code = 'f';
        v *= 100.0;
    }
    let precision = match precision {
        None => default_precision,
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
    };
    let mut buf = double_to_string(v, code, precision, flags);
    if add_pct {
        buf.push('%');
    }
    let fast = !matches!(spec.sign, Some('+' | ' '))
        && spec.width.is_none()
        && ty != 'n'
        && spec.grouping.is_none();
    if fast {
        return Ok(buf);
    }
    // parse_number: leading digits, an optional '.', then the remainder
    // (fraction, exponent, '%', or all of "inf"/"nan").
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf.as_str()),
    };
    let n_digits = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, tail) = body.split_at(n_digits);
    let (decimal, rest) = match tail.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, tail),
    };
    let number = Number {
        negative,
        prefix: String::new(),
        digits: digits.to_string(),
        decimal,
        rest: rest.to_string(),
    };
    let group = if ty == 'n' { None } else { group };
    Ok(render_number(&number, spec, group))
}

/// A number split into the parts `calc_number_widths` lays out.
#[derive(Debug, Default)]
struct Number {
    negative: bool,
    /// `0x`-style prefix (already upper-cased for `X`).
    prefix: String,
    /// The integer digits, grouped and zero-padded.
    digits: String,
    /// Whether a decimal point follows the digits.
    decimal: bool,
    /// Everything after the point, copied verbatim.
    rest: String,
}

/// `calc_number_widths` + `fill_number`.
fn render_number(n: &Number, spec: &FormatSpec, group: Option<(char, usize)>) -> String {
    let fill = spec.fill_char();
    let align = spec.align_or('>');
    let sign = match (spec.sign, n.negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let width = spec.width.map_or(-1, |w| w as i64);
    let non_digit = sign.is_some() as i64
        + n.prefix.chars().count() as i64
        + n.decimal as i64
        + n.rest.chars().count() as i64;
    // Zero padding under '=' goes *into* the digits so it gets grouped too.
    let min_width = if fill == '0' && align == '=' {
        width - non_digit
    } else {
        0
    };
    let grouped = if n.digits.is_empty() {
        String::new()
    } else {
        group_digits(n.digits.as_bytes(), min_width, group)
    };
    let padding = width - (non_digit + grouped.chars().count() as i64);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if padding > 0 {
        match align {
            '<' => rpad = padding,
            '^' => {
                lpad = padding / 2;
                rpad = padding - lpad;
            }
            '=' => spad = padding,
            _ => lpad = padding,
        }
    }
    let repeat = |k: i64| std::iter::repeat_n(fill, k.max(0) as usize);
    let mut out = String::new();
    out.extend(repeat(lpad));
    out.extend(sign);
    out.push_str(&n.prefix);
    out.extend(repeat(spad));
    out.push_str(&grouped);
    if n.decimal {
        out.push('.');
    }
    out.push_str(&n.rest);
    out.extend(repeat(rpad));
    out
}

/// `_PyUnicode_InsertThousandsGrouping`: separates `digits` into groups
/// from the right, left-padding with zeros (which are grouped as well)
/// until the result is at least `min_width` long.
fn group_digits(digits: &[u8], min_width: i64, group: Option<(char, usize)>) -> String {
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as i64;
    // Built right to left, then reversed.
    let mut rev = String::new();
    let emit = |rev: &mut String, sep: Option<char>, n_chars: i64, n_zeros: i64, end: i64| {
        rev.extend(sep);
        let start = (end - n_chars) as usize;
        rev.extend(digits[start..end as usize].iter().rev().map(|&b| b as char));
        rev.extend(std::iter::repeat_n('0', n_zeros as usize));
    };
    let mut sep = None;
    let mut finished = false;
    if let Some((sep_char, size)) = group {
        let size = size as i64;
        loop {
            let len = size.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            emit(&mut rev, sep, n_chars, n_zeros, remaining);
            sep = Some(sep_char);
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                finished = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !finished {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        emit(&mut rev, sep, n_chars, n_zeros, remaining);
    }
    rev.chars().rev().collect()
}

fn bounded_precision(precision: usize) -> Result<usize, PyErr> {
    if precision > MAX_FIELD {
        Err(PyErr::memory())
    } else {
        Ok(precision)
    }
}

/// `'%.<precision>f' % v`.
pub fn format_float_fixed(v: f64, precision: usize) -> Result<String, PyErr> {
    let p = bounded_precision(precision)?;
    Ok(double_to_string(v, 'f', p, DtoaFlags::default()))
}

/// `'%.<precision>e' % v`, or `%E` when `upper`.
pub fn format_float_exp(v: f64, precision: usize, upper: bool) -> Result<String, PyErr> {
    let p = bounded_precision(precision)?;
    let code = if upper { 'E' } else { 'e' };
    Ok(double_to_string(v, code, p, DtoaFlags::default()))
}

/// `'%.<precision>g' % v` (`%G` when `upper`, `%#g` when `alternate`).
pub fn format_float_general(
    v: f64,
    precision: usize,
    upper: bool,
    alternate: bool,
) -> Result<String, PyErr> {
    let p = bounded_precision(precision)?;
    let code = if upper { 'G' } else { 'g' };
    let flags = DtoaFlags {
        alt: alternate,
        ..DtoaFlags::default()
    };
    Ok(double_to_string(v, code, p, flags))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(kind: &'static str, msg: &str) -> Result<String, PyErr> {
        Err(PyErr::new(kind, msg))
    }

    #[test]
    fn parses_every_field() {
        let s = parse_format_spec("*^+z#012_.3f", "float").unwrap();
        assert_eq!(
            s,
            FormatSpec {
                fill: Some('*'),
                align: Some('^'),
                sign: Some('+'),
                no_neg_zero: true,
                alternate: true,
                zero: false,
                width: Some(12),
                grouping: Some('_'),
                precision: Some(3),
                ty: Some('f'),
            }
        );
        let s = parse_format_spec("08", "int").unwrap();
        assert!(s.zero && s.fill.is_none() && s.width == Some(8));
        assert_eq!(
            (s.fill_char(), s.align_or('>'), s.align_or('<')),
            ('0', '=', '<')
        );
        // Unicode decimal digits count in widths, as in CPython.
        assert_eq!(
            parse_format_spec("\u{0661}\u{0660}", "int").unwrap().width,
            Some(10)
        );
    }

    #[test]
    fn int_formats_match_cpython() {
        // Expected strings produced by CPython 3.11.7's format().
        let cases: &[(i64, &str, &str)] = &[
            (42, "", "42"),
            (42, "d", "42"),
            (-42, "+d", "-42"),
            (42, "+d", "+42"),
            (42, " d", " 42"),
            (42, ">10", "        42"),
            (42, "<10", "42        "),
            (42, "^10", "    42    "),
            (-42, "=10", "-       42"),
            (-42, "010", "-000000042"),
            (255, "#x", "0xff"),
            (255, "#X", "0XFF"),
            (255, "#010x", "0x000000ff"),
            (-255, "#010_x", "-0x00_00ff"),
            (12345678, "_x", "bc_614e"),
            (12345678, "_b", "1011_1100_0110_0001_0100_1110"),
            (5, "_o", "5"),
            (8, "#o", "0o10"),
            (5, "#b", "0b101"),
            (-5, "b", "-101"),
            (1234567, ",", "1,234,567"),
            (1234567, "_d", "1_234_567"),
            (1234, "010,", "00,001,234"),
            (1234, "09,", "0,001,234"),
            (-1234, "09,", "-0,001,234"),
            (1, "1,", "1"),
            (1234, "n", "1234"),
            (65, "c", "A"),
            (65, ">5c", "    A"),
            (0x1F600, "c", "\u{1F600}"),
            (7, "^+6", "  +7  "),
            (-3, "=+10", "-        3"),
            (1, "x<05", "1xxxx"),
            (3, "e", "3.000000e+00"),
            (3, "%", "300.000000%"),
            (10_000_000_000_000_000, "g", "1e+16"),
            (1234, ",.2f", "1,234.00"),
            (i64::MIN, "", "-9223372036854775808"),
            (i64::MIN, "_x", "-8000_0000_0000_0000"),
            (i64::MAX, ",", "9,223,372,036,854,775,807"),
            (i64::MAX, ".3e", "9.223e+18"),
        ];
        for &(v, spec, want) in cases {
            assert_eq!(
                format_int(v, spec).as_deref(),
                Ok(want),
                "format({v}, {spec:?})"
            );
        }
    }

    #[test]
    fn float_formats_match_cpython() {
        // Expected strings produced by CPython 3.11.7's format().
        let cases: &[(f64, &str, &str)] = &[
            (1e16, "", "1e+16"),
            (1.5, "", "1.5"),
            (1.0, ".3", "1.0"),
            (123.0, ".3", "1.23e+02"),
            (100.0, ".3", "1e+02"),
            (0.0001, ".3", "0.0001"),
            (1234.5678, ",.2f", "1,234.57"),
            (1234.5, "015,.2f", "0,000,001,234.50"),
            (12.34567, "08.3f", "0012.346"),
            (-12.34567, "08.3f", "-012.346"),
            (-12.34567, ">10", " -12.34567"),
            (12.34567, "^10.2f", "  12.35   "),
            (12.34567, "+.1f", "+12.3"),
            (-0.0, "", "-0.0"),
            (-0.0, "+", "-0.0"),
            (-0.0, "z.1f", "0.0"),
            (-0.001, "z.1f", "0.0"),
            (-0.001, ".1f", "-0.0"),
            (1.5, "%", "150.000000%"),
            (0.125, ".1%", "12.5%"),
            (12345.678, "e", "1.234568e+04"),
            (12345.678, "E", "1.234568E+04"),
            (12345.678, "G", "12345.7"),
            (1e-7, "g", "1e-07"),
            (0.1, "n", "0.1"),
            (1.0, "#", "1.0"),
            (1.0, "#.0f", "1."),
            (1.0, "#.3g", "1.00"),
            (0.0, "#.3g", "0.00"),
            (1.0, "0=10", "00000001.0"),
            (1e20, ".0f", "100000000000000000000"),
            (0.5, ".0f", "0"),
            (2.5, ".0e", "2e+00"),
            (9.99, ".2g", "10"),
            (99999.5, "g", "99999.5"),
            (1e300, ".3e", "1.000e+300"),
            (f64::INFINITY, "010", "0000000inf"),
            (f64::INFINITY, "E", "INF"),
            (f64::NEG_INFINITY, "F", "-INF"),
            (f64::NAN, "F", "NAN"),
            (f64::NAN, "+", "+nan"),
            (-f64::NAN, "+010", "+000000nan"),
            (1234567.0, ",", "1,234,567.0"),
            (123456.0, "_g", "123_456"),
            (-1e6, "_.7g", "-1_000_000"),
            (
                1e100,
                ",.0f",
                "10,000,000,000,000,000,159,028,911,097,599,180,468,360,808,563,945,281,389,781,327,557,747,838,772,170,381,060,813,469,985,856,815,104",
            ),
            (12.5, "*<8", "12.5****"),
        ];
        for &(v, spec, want) in cases {
            assert_eq!(
                format_float(v, spec).as_deref(),
                Ok(want),
                "format({v}, {spec:?})"
            );
        }
    }

    #[test]
    fn str_formats_match_cpython() {
        // Expected strings produced by CPython 3.11.7's format().
        let cases: &[(&str, &str, &str)] = &[
            ("abc", "", "abc"),
            ("abc", ">10", "       abc"),
            ("abc", "<10", "abc       "),
            ("abc", "^10", "   abc    "),
            ("abc", "*^9", "***abc***"),
            ("abc", ".1", "a"),
            ("abc", "^7.2", "  ab   "),
            ("ab", "05", "ab000"),
            ("ab", "<05", "ab000"),
            ("ab", ">05", "000ab"),
            ("h\u{e9}llo", "_>7", "__h\u{e9}llo"),
            ("\u{4e2d}\u{6587}", "^6", "  \u{4e2d}\u{6587}  "),
            ("abc", "s", "abc"),
            ("abc", "2", "abc"),
        ];
        for &(v, spec, want) in cases {
            assert_eq!(
                format_str(v, spec).as_deref(),
                Ok(want),
                "format({v:?}, {spec:?})"
            );
        }
    }

    #[test]
    fn errors_match_cpython() {
        // Messages produced by CPython 3.11.7.
        let ve = "ValueError";
        assert_eq!(
            format_int(1, "abc"),
            err(
                ve,
                "Invalid format specifier 'abc' for object of type 'int'"
            )
        );
        assert_eq!(
            format_float(1.0, "abc"),
            err(
                ve,
                "Invalid format specifier 'abc' for object of type 'float'"
            )
        );
        assert_eq!(
            format_int(1, ",_"),
            err(ve, "Cannot specify both ',' and '_'.")
        );
        assert_eq!(
            format_int(1, "_,"),
            err(ve, "Cannot specify both ',' and '_'.")
        );
        assert_eq!(
            format_str("s", ","),
            err(ve, "Cannot specify ',' with 's'.")
        );
        assert_eq!(format_int(1, ",x"), err(ve, "Cannot specify ',' with 'x'."));
        assert_eq!(
            format_float(1.0, ",b"),
            err(ve, "Cannot specify ',' with 'b'.")
        );
        assert_eq!(
            format_int(1, ".2"),
            err(ve, "Precision not allowed in integer format specifier")
        );
        assert_eq!(
            format_int(1, "z"),
            err(
                ve,
                "Negative zero coercion (z) not allowed in integer format specifier"
            )
        );
        assert_eq!(
            format_str("s", "z"),
            err(
                ve,
                "Negative zero coercion (z) not allowed in string format specifier"
            )
        );
        assert_eq!(
            format_str("s", "+"),
            err(ve, "Sign not allowed in string format specifier")
        );
        assert_eq!(
            format_str("s", " "),
            err(ve, "Space not allowed in string format specifier")
        );
        assert_eq!(
            format_str("s", "#"),
            err(
                ve,
                "Alternate form (#) not allowed in string format specifier"
            )
        );
        assert_eq!(
            format_str("s", "="),
            err(ve, "'=' alignment not allowed in string format specifier")
        );
        assert_eq!(
            format_int(1, "."),
            err(ve, "Format specifier missing precision")
        );
        assert_eq!(
            format_int(65, "+c"),
            err(ve, "Sign not allowed with integer format specifier 'c'")
        );
        assert_eq!(
            format_int(65, "#c"),
            err(
                ve,
                "Alternate form (#) not allowed with integer format specifier 'c'"
            )
        );
        assert_eq!(
            format_int(-1, "c"),
            err("OverflowError", "%c arg not in range(0x110000)")
        );
        assert_eq!(
            format_int(1, "s"),
            err(ve, "Unknown format code 's' for object of type 'int'")
        );
        assert_eq!(
            format_float(1.0, "d"),
            err(ve, "Unknown format code 'd' for object of type 'float'")
        );
        assert_eq!(
            format_str("x", "d"),
            err(ve, "Unknown format code 'd' for object of type 'str'")
        );
        assert_eq!(
            format_float(1.0, "_x"),
            err(ve, "Unknown format code 'x' for object of type 'float'")
        );
        assert_eq!(
            format_int(1, "\0"),
            err(ve, "Unknown format code '\\x0' for object of type 'int'")
        );
        assert_eq!(
            format_int(1, "\u{e9}"),
            err(ve, "Unknown format code '\\xe9' for object of type 'int'")
        );
        assert_eq!(
            format_int(1, "99999999999999999999"),
            err(ve, "Too many decimal digits in format string")
        );
        assert_eq!(
            format_float(1.0, ".99999999999"),
            err(ve, "precision too big")
        );
        assert_eq!(format_int(1, "999999999"), err("MemoryError", ""));
        assert_eq!(
            format_int(0xD800, "c").map_err(|e| e.kind),
            Err("ValueError")
        );
    }

    #[test]
    fn huge_precisions_match_cpython() {
        // CPython 3.11.7: len(format(0.1, '.70000f')) == 70002, and the
        // exact expansion of 0.1 is followed by zeros.
        let s = format_float(0.1, ".70000f").unwrap();
        assert_eq!(s.len(), 70002);
        assert!(s.starts_with("0.10000000000000000555111512312578270211815834045410156250"));
        assert!(s.bytes().skip(57).all(|b| b == b'0'));
        assert_eq!(format_float(5e-324, ".70000g").unwrap().len(), 757);
        assert!(format_float(1.5, ".70000e").unwrap().ends_with("0000e+00"));
    }

    #[test]
    fn printf_helpers() {
        // Expected strings produced by CPython 3.11.7's %-formatting.
        assert_eq!(format_float_fixed(2.675, 2).as_deref(), Ok("2.67"));
        assert_eq!(format_float_fixed(-1.0, 6).as_deref(), Ok("-1.000000"));
        assert_eq!(
            format_float_exp(1234.5, 3, false).as_deref(),
            Ok("1.234e+03")
        );
        assert_eq!(format_float_exp(f64::NAN, 3, true).as_deref(), Ok("NAN"));
        assert_eq!(
            format_float_general(0.00001234, 6, false, false).as_deref(),
            Ok("1.234e-05")
        );
        assert_eq!(
            format_float_general(1.5, 6, true, true).as_deref(),
            Ok("1.50000")
        );
        assert_eq!(
            format_float_general(100000.0, 0, false, false).as_deref(),
            Ok("1e+05")
        );
    }
}
