//! `bytes`: its methods, and the codecs `str.encode` and `bytes.decode`
//! share. The byte string is immutable, so every method builds a new one.

use std::rc::Rc;

use super::{check_args, def_method, def_static, int_arg, kwarg};
use crate::engine::intern::Sym;
use crate::engine::vm::Vm;
use crate::engine::vm::object::{Obj, PyResult};
use crate::engine::vm::value::Value;

type Kw<'a> = &'a [(Sym, Value)];

pub fn install(vm: &mut Vm) {
    let t = vm.types.bytes;
    let methods: [(&'static str, super::NativeImpl); 40] = [
        ("capitalize", capitalize),
        ("swapcase", swapcase),
        ("title", title),
        ("istitle", istitle),
        ("isascii", isascii),
        ("translate", translate),
        ("expandtabs", expandtabs),
        ("decode", decode),
        ("hex", hex),
        ("upper", upper),
        ("lower", lower),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("split", split),
        ("rsplit", rsplit),
        ("splitlines", splitlines),
        ("join", join),
        ("startswith", startswith),
        ("endswith", endswith),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("replace", replace),
        ("partition", partition),
        ("rpartition", rpartition),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("isdigit", isdigit),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isupper", isupper),
        ("islower", islower),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
    ];
    for (name, f) in methods {
        def_method(vm, t, "bytes", name, f);
    }
    def_static(vm, t, "bytes", "fromhex", fromhex);
    def_static(vm, t, "bytes", "maketrans", maketrans);
    let int = vm.types.int;
    def_method(vm, int, "int", "to_bytes", int_to_bytes);
    super::def_classmethod(vm, int, "int", "from_bytes", int_from_bytes);
}

/// `byteorder` and `signed`, as `int.to_bytes`/`int.from_bytes` take them.
fn order_and_sign(vm: &mut Vm, args: &[Value], at: usize, kw: Kw) -> PyResult<(bool, bool)> {
    let little = match opt(vm, args, at, kw, "byteorder") {
        Some(Value::Str(s)) if &*s == "little" => true,
        Some(Value::Str(s)) if &*s == "big" => false,
        Some(Value::Str(_)) => {
            return Err(vm.new_exc(
                "ValueError",
                "byteorder must be either 'little' or 'big'".into(),
            ));
        }
        Some(v) => {
            let cname = vm.class_name(&v);
            return Err(vm.type_error(format!(
                "to_bytes() argument 'byteorder' must be str, not {cname}"
            )));
        }
        None => false,
    };
    let signed = match kwarg(vm, kw, "signed").cloned() {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    Ok((little, signed))
}

fn int_to_bytes(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    use num_traits::{Signed, Zero};
    let n = match vm.big_of(&args[0]) {
        Some(n) => n,
        None => num_bigint::BigInt::from(int_arg(vm, &args[0])?),
    };
    let len = match opt(vm, args, 1, kw, "length") {
        Some(v) => int_arg(vm, &v)?,
        None => 1,
    };
    if len < 0 {
        return Err(vm.new_exc("ValueError", "length argument must be non-negative".into()));
    }
    let (little, signed) = order_and_sign(vm, args, 2, kw)?;
    if n.is_negative() && !signed {
        return Err(vm.new_exc(
            "OverflowError",
            "can't convert negative int to unsigned".into(),
        ));
    }
    let len = len as usize;
    // The shortest big-endian form (none for zero), two's complement when
    // signed, then sign-extended to the length asked for.
    let digits = if n.is_zero() {
        Vec::new()
    } else if signed {
        n.to_signed_bytes_be()
    } else {
        n.to_bytes_be().1
    };
    // CPython packs -1 into no bytes at all (nothing contradicts its sign).
    let minus_one_in_none = len == 0 && signed && digits == [0xff];
    if digits.len() > len && !minus_one_in_none {
        return Err(vm.new_exc("OverflowError", "int too big to convert".into()));
    }
    let fill = if n.is_negative() { 0xff } else { 0 };
    if minus_one_in_none {
        return Ok(new_bytes(vm, Vec::new()));
    }
    let mut out = vec![fill; len - digits.len()];
    out.extend_from_slice(&digits);
    if little {
        out.reverse();
    }
    Ok(new_bytes(vm, out))
}

fn int_from_bytes(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let src = match opt(vm, args, 1, kw, "bytes") {
        Some(v) => v,
        None => {
            return Err(
                vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)".into())
            );
        }
    };
    let b: Vec<u8> = match bytes_of(vm, &src) {
        Some(b) => b.to_vec(),
        None => {
            let items = vm.collect_iterable(&src)?;
            let mut out = Vec::with_capacity(items.len());
            for i in &items {
                out.push(int_arg(vm, i)? as u8);
            }
            vm.heap.decref_all(items);
            out
        }
    };
    let (little, signed) = order_and_sign(vm, args, 2, kw)?;
    let mut be = b;
    if little {
        be.reverse();
    }
    let n = if signed {
        num_bigint::BigInt::from_signed_bytes_be(&be)
    } else {
        num_bigint::BigInt::from_bytes_be(num_bigint::Sign::Plus, &be)
    };
    vm.int_from_big(n)
}

/// The bytes of a `bytes` value, if it is one.
pub fn bytes_of(vm: &Vm, v: &Value) -> Option<Rc<[u8]>> {
    match v {
        Value::Obj(r) => match vm.heap.get(*r) {
            Obj::Bytes(b) => Some(b.clone()),
            Obj::Instance(i) => bytearray_bytes(vm, i),
            _ => None,
        },
        _ => None,
    }
}

/// The contents of a `bytearray` (`_bytearray.py`: a list of ints in `_b`).
fn bytearray_bytes(vm: &Vm, i: &crate::engine::vm::object::Instance) -> Option<Rc<[u8]>> {
    if !matches!(vm.heap.get(i.class), Obj::Class(c) if &*c.name == "bytearray") {
        return None;
    }
    let Some(Value::Obj(l)) = i.dict.get(vm.interner.get("_b")?) else {
        return None;
    };
    let Obj::List(items) = vm.heap.get(*l) else {
        return None;
    };
    items
        .iter()
        .map(|v| match v {
            Value::Int(n) => u8::try_from(*n).ok(),
            _ => None,
        })
        .collect::<Option<Vec<u8>>>()
        .map(Into::into)
}

/// A bytes argument, or CPython's "a bytes-like object is required".
fn bytes_arg(vm: &mut Vm, v: &Value) -> PyResult<Rc<[u8]>> {
    match bytes_of(vm, v) {
        Some(b) => Ok(b),
        None => {
            let cname = vm.class_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{cname}'")))
        }
    }
}

fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Rc<[u8]>> {
    match args.first().and_then(|v| bytes_of(vm, v)) {
        Some(b) => Ok(b),
        None => Err(vm.type_error(format!("descriptor '{name}' requires a 'bytes' object"))),
    }
}

fn new_bytes(vm: &mut Vm, b: Vec<u8>) -> Value {
    vm.alloc(Obj::Bytes(b.into()))
}

/// An optional argument by position or keyword; `None` counts as absent.
fn opt(vm: &Vm, args: &[Value], i: usize, kw: Kw, name: &str) -> Option<Value> {
    args.get(i)
        .or_else(|| kwarg(vm, kw, name))
        .filter(|v| !v.is_none())
        .cloned()
}

/// Python's codec names, normalised the way `codecs.lookup` folds them.
fn codec(vm: &mut Vm, name: &str) -> PyResult<&'static str> {
    let n = name.to_ascii_lowercase().replace('_', "-");
    Ok(match n.as_str() {
        "utf-8" | "utf8" | "u8" => "utf-8",
        "ascii" | "us-ascii" => "ascii",
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" => "latin-1",
        _ => {
            return Err(vm.new_exc("LookupError", format!("unknown encoding: {name}")));
        }
    })
}

/// `str.encode(encoding="utf-8", errors="strict")`.
pub fn encode(vm: &mut Vm, s: &str, args: &[Value], kw: Kw) -> PyResult<Value> {
    let enc = match opt(vm, args, 1, kw, "encoding") {
        Some(v) => super::str_arg(vm, &v, "encode() argument 'encoding'")?,
        None => "utf-8".into(),
    };
    let errors = match opt(vm, args, 2, kw, "errors") {
        Some(v) => super::str_arg(vm, &v, "encode() argument 'errors'")?,
        None => "strict".into(),
    };
    let enc = codec(vm, &enc)?;
    if enc == "utf-8" {
        return Ok(new_bytes(vm, s.as_bytes().to_vec()));
    }
    let limit = if enc == "ascii" { 0x80 } else { 0x100 };
    let mut out = Vec::with_capacity(s.len());
    for (pos, c) in s.chars().enumerate() {
        let u = c as u32;
        if u < limit {
            out.push(u as u8);
            continue;
        }
        match &*errors {
            "ignore" => {}
            "replace" => out.push(b'?'),
            "xmlcharrefreplace" => out.extend(format!("&#{u};").bytes()),
            "backslashreplace" => out.extend(
                match u {
                    0..=0xff => format!("\\x{u:02x}"),
                    0x100..=0xffff => format!("\\u{u:04x}"),
                    _ => format!("\\U{u:08x}"),
                }
                .bytes(),
            ),
            _ => {
                // CPython escapes the character whatever it is.
                let ch = match u {
                    0..=0xff => format!("'\\x{u:02x}'"),
                    0x100..=0xffff => format!("'\\u{u:04x}'"),
                    _ => format!("'\\U{u:08x}'"),
                };
                return Err(vm.new_exc(
                    "UnicodeEncodeError",
                    format!(
                        "'{enc}' codec can't encode character {ch} in position {pos}: \
                         ordinal not in range({limit})"
                    ),
                ));
            }
        }
    }
    Ok(new_bytes(vm, out))
}

/// `str(b, encoding, errors)`: `args` and `kw` are `str`'s own, after
/// the class.
pub fn str_decode(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.len() > 4 {
        return Err(vm.type_error(format!(
            "str() takes at most 3 arguments ({} given)",
            args.len() - 1
        )));
    }
    for (i, name) in [(2, "encoding"), (3, "errors")] {
        if let Some(v) = opt(vm, args, i, kw, name) {
            super::str_arg(vm, &v, &format!("str() argument '{name}'"))?;
        }
    }
    let obj = match args.get(1) {
        Some(v) => v.clone(),
        None => return Ok(Value::str("")),
    };
    if let Value::Str(_) = obj {
        return Err(vm.type_error("decoding str is not supported".into()));
    }
    if bytes_of(vm, &obj).is_none() {
        let cname = vm.class_name(&obj);
        return Err(vm.type_error(format!(
            "decoding to str: need a bytes-like object, {cname} found"
        )));
    }
    let mut a = vec![obj];
    a.extend(args.iter().skip(2).cloned());
    decode(vm, &a, kw)
}

fn decode(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = this(vm, args, "decode")?;
    let enc = match opt(vm, args, 1, kw, "encoding") {
        Some(v) => super::str_arg(vm, &v, "decode() argument 'encoding'")?,
        None => "utf-8".into(),
    };
    let errors = match opt(vm, args, 2, kw, "errors") {
        Some(v) => super::str_arg(vm, &v, "decode() argument 'errors'")?,
        None => "strict".into(),
    };
    let enc = codec(vm, &enc)?;
    let s: String = match enc {
        "latin-1" => b.iter().map(|c| *c as char).collect(),
        "ascii" => {
            let mut s = String::with_capacity(b.len());
            for (pos, c) in b.iter().enumerate() {
                if *c < 0x80 {
                    s.push(*c as char);
                } else {
                    match &*errors {
                        "ignore" => {}
                        "replace" => s.push('\u{fffd}'),
                        _ => {
                            return Err(vm.new_exc(
                                "UnicodeDecodeError",
                                format!(
                                    "'ascii' codec can't decode byte 0x{c:02x} in position \
                                     {pos}: ordinal not in range(128)"
                                ),
                            ));
                        }
                    }
                }
            }
            s
        }
        _ => match std::str::from_utf8(&b) {
            Ok(s) => s.to_string(),
            Err(_) if &*errors == "replace" => String::from_utf8_lossy(&b).into_owned(),
            Err(_) if &*errors == "ignore" => {
                let mut s = String::new();
                let mut rest: &[u8] = &b;
                loop {
                    match std::str::from_utf8(rest) {
                        Ok(ok) => {
                            s.push_str(ok);
                            break;
                        }
                        Err(e) => {
                            let good = e.valid_up_to();
                            s.push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                            let skip = e.error_len().unwrap_or(rest.len() - good);
                            rest = &rest[good + skip..];
                        }
                    }
                }
                s
            }
            Err(e) => {
                let pos = e.valid_up_to();
                let byte = b[pos];
                let why = match e.error_len() {
                    None => "unexpected end of data",
                    Some(_) if matches!(byte, 0x80..=0xc1 | 0xf5..=0xff) => "invalid start byte",
                    Some(_) => "invalid continuation byte",
                };
                return Err(vm.new_exc(
                    "UnicodeDecodeError",
                    format!(
                        "'utf-8' codec can't decode byte 0x{byte:02x} in position {pos}: {why}"
                    ),
                ));
            }
        },
    };
    Ok(Value::Str(s.into()))
}

fn hex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = this(vm, args, "hex")?;
    let sep = match opt(vm, args, 1, kw, "sep") {
        Some(Value::Str(s)) => Some(s),
        Some(v) => Some(String::from_utf8_lossy(&bytes_arg(vm, &v)?).into()),
        None => None,
    };
    let per = match opt(vm, args, 2, kw, "bytes_per_sep") {
        Some(v) => super::int_arg(vm, &v)?,
        None => 1,
    };
    let Some(sep) = sep else {
        let hex: String = b.iter().map(|c| format!("{c:02x}")).collect();
        return Ok(Value::Str(hex.into()));
    };
    if sep.chars().count() != 1 {
        return Err(vm.value_error("sep must be length 1.".into()));
    }
    // Groups of |per| bytes, counted from the right when per > 0 (CPython).
    let n = b.len();
    let k = per.unsigned_abs().max(1) as usize;
    let mut out = String::new();
    for (i, c) in b.iter().enumerate() {
        let boundary = if per > 0 {
            (n - i) % k == 0
        } else {
            i % k == 0
        };
        if i > 0 && per != 0 && boundary {
            out.push_str(&sep);
        }
        out.push_str(&format!("{c:02x}"));
    }
    Ok(Value::Str(out.into()))
}

fn fromhex(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 1, 1, "fromhex")?;
    let s = super::str_arg(vm, &args[0], "fromhex() argument")?;
    let mut out = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => {
                let at = if hi.is_none() { i } else { i + 1 };
                return Err(vm.new_exc(
                    "ValueError",
                    format!("non-hexadecimal number found in fromhex() arg at position {at}"),
                ));
            }
        }
        i += 2;
    }
    Ok(new_bytes(vm, out))
}

fn map_bytes(vm: &mut Vm, args: &[Value], name: &str, f: fn(u8) -> u8) -> PyResult<Value> {
    let b = this(vm, args, name)?;
    Ok(new_bytes(vm, b.iter().map(|c| f(*c)).collect()))
}

fn upper(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    map_bytes(vm, args, "upper", |c| c.to_ascii_uppercase())
}

fn lower(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    map_bytes(vm, args, "lower", |c| c.to_ascii_lowercase())
}

fn capitalize(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let b = this(vm, args, "capitalize")?;
    let out = b
        .iter()
        .enumerate()
        .map(|(i, c)| {
            if i == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    Ok(new_bytes(vm, out))
}

fn swapcase(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    map_bytes(vm, args, "swapcase", |c| {
        if c.is_ascii_uppercase() {
            c.to_ascii_lowercase()
        } else {
            c.to_ascii_uppercase()
        }
    })
}

fn title(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let b = this(vm, args, "title")?;
    let mut prev_cased = false;
    let mut out = Vec::with_capacity(b.len());
    for &c in b.iter() {
        out.push(if prev_cased {
            c.to_ascii_lowercase()
        } else {
            c.to_ascii_uppercase()
        });
        prev_cased = c.is_ascii_alphabetic();
    }
    Ok(new_bytes(vm, out))
}

fn istitle(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let b = this(vm, args, "istitle")?;
    // CPython's rule: an upper case letter only after an uncased one, a
    // lower case one only after a cased one, and at least one cased.
    let (mut prev_cased, mut any) = (false, false);
    for &c in b.iter() {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            any = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            any = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(any))
}

fn isascii(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let b = this(vm, args, "isascii")?;
    Ok(Value::Bool(b.is_ascii()))
}

fn translate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = this(vm, args, "translate")?;
    check_args(vm, args, 2, 3, "translate")?;
    let table = match &args[1] {
        Value::None => None,
        v => {
            let t = bytes_arg(vm, v)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long".into()));
            }
            Some(t)
        }
    };
    let delete = match opt(vm, args, 2, kw, "delete") {
        Some(v) => bytes_arg(vm, &v)?,
        None => Rc::from(&[][..]),
    };
    let out = b
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(new_bytes(vm, out))
}

fn maketrans(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "maketrans")?;
    let (from, to) = (bytes_arg(vm, &args[0])?, bytes_arg(vm, &args[1])?);
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length".into()));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(to.iter()) {
        table[*f as usize] = *t;
    }
    Ok(new_bytes(vm, table))
}

fn expandtabs(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = this(vm, args, "expandtabs")?;
    let size = match opt(vm, args, 1, kw, "tabsize") {
        Some(v) => int_arg(vm, &v)?,
        None => 8,
    };
    let mut out = Vec::new();
    let mut col = 0i64;
    for &c in b.iter() {
        match c {
            b'\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_bytes(vm, out))
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn strip_impl(vm: &mut Vm, args: &[Value], name: &str, left: bool, right: bool) -> PyResult<Value> {
    let b = this(vm, args, name)?;
    let chars = match args.get(1).filter(|v| !v.is_none()) {
        Some(v) => Some(bytes_arg(vm, v)?),
        None => None,
    };
    let drop = |c: &u8| match &chars {
        Some(set) => set.contains(c),
        None => is_space(*c),
    };
    let mut start = 0;
    let mut end = b.len();
    if left {
        while start < end && drop(&b[start]) {
            start += 1;
        }
    }
    if right {
        while end > start && drop(&b[end - 1]) {
            end -= 1;
        }
    }
    Ok(new_bytes(vm, b[start..end].to_vec()))
}

fn strip(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}

fn lstrip(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

fn find_from(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

fn rfind_in(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

fn split_impl(vm: &mut Vm, args: &[Value], kw: Kw, name: &str, right: bool) -> PyResult<Value> {
    let b = this(vm, args, name)?;
    let sep = match opt(vm, args, 1, kw, "sep") {
        Some(v) => Some(bytes_arg(vm, &v)?),
        None => None,
    };
    let maxsplit = match opt(vm, args, 2, kw, "maxsplit") {
        Some(v) => int_arg(vm, &v)?,
        None => -1,
    };
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match sep {
        Some(sep) if sep.is_empty() => {
            return Err(vm.new_exc("ValueError", "empty separator".into()));
        }
        Some(sep) => {
            let mut rest: &[u8] = &b;
            loop {
                if maxsplit >= 0 && parts.len() as i64 >= maxsplit {
                    break;
                }
                let at = if right {
                    rfind_in(rest, &sep)
                } else {
                    find_from(rest, &sep, 0)
                };
                let Some(at) = at else { break };
                if right {
                    parts.push(rest[at + sep.len()..].to_vec());
                    rest = &rest[..at];
                } else {
                    parts.push(rest[..at].to_vec());
                    rest = &rest[at + sep.len()..];
                }
            }
            parts.push(rest.to_vec());
        }
        None => {
            // Runs of whitespace separate; ends are trimmed.
            let words: Vec<&[u8]> = b
                .split(|c| is_space(*c))
                .filter(|w| !w.is_empty())
                .collect();
            let n = words.len();
            let limit = if maxsplit < 0 {
                n
            } else {
                (maxsplit as usize).min(n)
            };
            if limit >= n || n == 0 {
                parts = words.iter().map(|w| w.to_vec()).collect();
            } else if right {
                // The leftover keeps its inner whitespace.
                let mut end = b.len();
                while end > 0 && is_space(b[end - 1]) {
                    end -= 1;
                }
                let mut rest = &b[..end];
                for _ in 0..limit {
                    let mut i = rest.len();
                    while i > 0 && !is_space(rest[i - 1]) {
                        i -= 1;
                    }
                    parts.push(rest[i..].to_vec());
                    let mut j = i;
                    while j > 0 && is_space(rest[j - 1]) {
                        j -= 1;
                    }
                    rest = &rest[..j];
                }
                parts.push(rest.to_vec());
            } else {
                let mut start = 0;
                while start < b.len() && is_space(b[start]) {
                    start += 1;
                }
                let mut rest = &b[start..];
                for _ in 0..limit {
                    let mut i = 0;
                    while i < rest.len() && !is_space(rest[i]) {
                        i += 1;
                    }
                    parts.push(rest[..i].to_vec());
                    let mut j = i;
                    while j < rest.len() && is_space(rest[j]) {
                        j += 1;
                    }
                    rest = &rest[j..];
                }
                parts.push(rest.to_vec());
            }
        }
    }
    if right {
        parts.reverse();
    }
    let items: Vec<Value> = parts.into_iter().map(|p| new_bytes(vm, p)).collect();
    Ok(vm.new_list(items))
}

fn split(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    split_impl(vm, args, kw, "split", false)
}

fn rsplit(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    split_impl(vm, args, kw, "rsplit", true)
}

fn splitlines(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = this(vm, args, "splitlines")?;
    let keep = match opt(vm, args, 1, kw, "keepends") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let mut parts = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let eol = match b[i] {
            b'\r' if b.get(i + 1) == Some(&b'\n') => 2,
            b'\r' | b'\n' => 1,
            _ => 0,
        };
        if eol > 0 {
            let end = if keep { i + eol } else { i };
            parts.push(b[start..end].to_vec());
            i += eol;
            start = i;
        } else {
            i += 1;
        }
    }
    if start < b.len() {
        parts.push(b[start..].to_vec());
    }
    let items: Vec<Value> = parts.into_iter().map(|p| new_bytes(vm, p)).collect();
    Ok(vm.new_list(items))
}

fn join(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let sep = this(vm, args, "join")?;
    check_args(vm, args, 2, 2, "join")?;
    let items = vm.collect_iterable(&args[1])?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        let Some(b) = bytes_of(vm, it) else {
            let cname = vm.class_name(it);
            vm.heap.decref_all(items);
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {cname} found"
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    vm.heap.decref_all(items);
    Ok(new_bytes(vm, out))
}

/// `start`/`end` arguments, clamped as slice indices.
fn span(vm: &mut Vm, args: &[Value], first: usize, len: usize) -> PyResult<(usize, usize)> {
    let clamp = |i: i64| -> usize {
        if i < 0 {
            (len as i64 + i).max(0) as usize
        } else {
            (i as usize).min(len)
        }
    };
    let start = match args.get(first).filter(|v| !v.is_none()) {
        Some(v) => clamp(int_arg(vm, v)?),
        None => 0,
    };
    let end = match args.get(first + 1).filter(|v| !v.is_none()) {
        Some(v) => clamp(int_arg(vm, v)?),
        None => len,
    };
    Ok((start, end))
}

fn affix(vm: &mut Vm, args: &[Value], name: &str, end: bool) -> PyResult<Value> {
    let b = this(vm, args, name)?;
    check_args(vm, args, 2, 4, name)?;
    let (s, e) = span(vm, args, 2, b.len())?;
    let hay = if s <= e { &b[s..e] } else { &b[0..0] };
    let cands: Vec<Value> = match &args[1] {
        Value::Obj(r) if matches!(vm.heap.get(*r), Obj::Tuple(_)) => vm.tuple_items(&args[1]),
        v => vec![v.clone()],
    };
    for c in &cands {
        let Some(p) = bytes_of(vm, c) else {
            let cname = vm.class_name(c);
            return Err(vm.type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {cname}"
            )));
        };
        let hit = if end {
            hay.ends_with(&p)
        } else {
            hay.starts_with(&p)
        };
        if hit {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn startswith(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    affix(vm, args, "startswith", false)
}

fn endswith(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    affix(vm, args, "endswith", true)
}

/// The needle of `find`/`count`/...: bytes, or an int for one byte.
fn needle(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Value::Int(i) = v {
        if !(0..=255).contains(i) {
            return Err(vm.new_exc("ValueError", "byte must be in range(0, 256)".into()));
        }
        return Ok(vec![*i as u8]);
    }
    Ok(bytes_arg(vm, v)?.to_vec())
}

fn search(vm: &mut Vm, args: &[Value], name: &str, right: bool) -> PyResult<Option<usize>> {
    let b = this(vm, args, name)?;
    check_args(vm, args, 2, 4, name)?;
    let n = needle(vm, &args[1])?;
    let (s, e) = span(vm, args, 2, b.len())?;
    if s > e || e - s < n.len() {
        return Ok(None);
    }
    let hay = &b[s..e];
    let at = if right {
        rfind_in(hay, &n)
    } else {
        find_from(hay, &n, 0)
    };
    Ok(at.map(|p| p + s))
}

fn find(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(
        search(vm, args, "find", false)?.map_or(-1, |p| p as i64),
    ))
}

fn rfind(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(
        search(vm, args, "rfind", true)?.map_or(-1, |p| p as i64),
    ))
}

fn index(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    match search(vm, args, "index", false)? {
        Some(p) => Ok(Value::Int(p as i64)),
        None => Err(vm.new_exc("ValueError", "subsection not found".into())),
    }
}

fn rindex(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    match search(vm, args, "rindex", true)? {
        Some(p) => Ok(Value::Int(p as i64)),
        None => Err(vm.new_exc("ValueError", "subsection not found".into())),
    }
}

fn count(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let b = this(vm, args, "count")?;
    check_args(vm, args, 2, 4, "count")?;
    let n = needle(vm, &args[1])?;
    let (s, e) = span(vm, args, 2, b.len())?;
    if s > e {
        return Ok(Value::Int(0));
    }
    let hay = &b[s..e];
    if n.is_empty() {
        return Ok(Value::Int(hay.len() as i64 + 1));
    }
    let mut k = 0;
    let mut at = 0;
    while let Some(p) = find_from(hay, &n, at) {
        k += 1;
        at = p + n.len();
    }
    Ok(Value::Int(k))
}

fn replace(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let b = this(vm, args, "replace")?;
    check_args(vm, args, 3, 4, "replace")?;
    let old = bytes_arg(vm, &args[1])?;
    let new = bytes_arg(vm, &args[2])?;
    let mut left = match args.get(3) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    if old.is_empty() {
        // Between every byte, and at both ends.
        for (j, c) in b.iter().enumerate() {
            if left != 0 {
                out.extend_from_slice(&new);
                left -= 1;
            }
            out.push(*c);
            if j + 1 == b.len() && left != 0 {
                out.extend_from_slice(&new);
            }
        }
        if b.is_empty() && left != 0 {
            out.extend_from_slice(&new);
        }
        return Ok(new_bytes(vm, out));
    }
    while left != 0 {
        let Some(p) = find_from(&b, &old, i) else {
            break;
        };
        out.extend_from_slice(&b[i..p]);
        out.extend_from_slice(&new);
        i = p + old.len();
        left -= 1;
    }
    out.extend_from_slice(&b[i..]);
    Ok(new_bytes(vm, out))
}

fn partition_impl(vm: &mut Vm, args: &[Value], name: &str, right: bool) -> PyResult<Value> {
    let b = this(vm, args, name)?;
    check_args(vm, args, 2, 2, name)?;
    let sep = bytes_arg(vm, &args[1])?;
    if sep.is_empty() {
        return Err(vm.new_exc("ValueError", "empty separator".into()));
    }
    let at = if right {
        rfind_in(&b, &sep)
    } else {
        find_from(&b, &sep, 0)
    };
    let (x, y, z) = match at {
        Some(p) => (b[..p].to_vec(), sep.to_vec(), b[p + sep.len()..].to_vec()),
        None if right => (Vec::new(), Vec::new(), b.to_vec()),
        None => (b.to_vec(), Vec::new(), Vec::new()),
    };
    let items = vec![new_bytes(vm, x), new_bytes(vm, y), new_bytes(vm, z)];
    Ok(vm.new_tuple(items))
}

fn partition(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}

fn rpartition(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

fn removeprefix(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let b = this(vm, args, "removeprefix")?;
    check_args(vm, args, 2, 2, "removeprefix")?;
    let p = bytes_arg(vm, &args[1])?;
    let out = b.strip_prefix(&p[..]).unwrap_or(&b).to_vec();
    Ok(new_bytes(vm, out))
}

fn removesuffix(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let b = this(vm, args, "removesuffix")?;
    check_args(vm, args, 2, 2, "removesuffix")?;
    let p = bytes_arg(vm, &args[1])?;
    let out = b.strip_suffix(&p[..]).unwrap_or(&b).to_vec();
    Ok(new_bytes(vm, out))
}

fn test_all(vm: &mut Vm, args: &[Value], name: &str, f: fn(&u8) -> bool) -> PyResult<Value> {
    let b = this(vm, args, name)?;
    Ok(Value::Bool(!b.is_empty() && b.iter().all(f)))
}

fn isdigit(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    test_all(vm, args, "isdigit", u8::is_ascii_digit)
}

fn isalpha(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    test_all(vm, args, "isalpha", u8::is_ascii_alphabetic)
}

fn isalnum(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    test_all(vm, args, "isalnum", u8::is_ascii_alphanumeric)
}

fn isspace(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    test_all(vm, args, "isspace", |c| is_space(*c))
}

/// Cased bytes decide, as in `str.isupper`: at least one, none of the
/// other case.
fn cased(vm: &mut Vm, args: &[Value], name: &str, upper: bool) -> PyResult<Value> {
    let b = this(vm, args, name)?;
    let (mut any, mut wrong) = (false, false);
    for c in b.iter() {
        if c.is_ascii_uppercase() {
            any |= upper;
            wrong |= !upper;
        } else if c.is_ascii_lowercase() {
            any |= !upper;
            wrong |= upper;
        }
    }
    Ok(Value::Bool(any && !wrong))
}

fn isupper(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    cased(vm, args, "isupper", true)
}

fn islower(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    cased(vm, args, "islower", false)
}

/// `center`/`ljust`/`rjust`: `left` says how much of the padding goes
/// left, given the padding and the width.
fn pad(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    left: fn(usize, usize) -> usize,
) -> PyResult<Value> {
    let b = this(vm, args, name)?;
    check_args(vm, args, 2, 3, name)?;
    let width = int_arg(vm, &args[1])?;
    let fill = match args.get(2) {
        Some(v) => {
            let f = bytes_arg(vm, v)?;
            if f.len() != 1 {
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not bytes"
                )));
            }
            f[0]
        }
        None => b' ',
    };
    let width = width.max(0) as usize;
    if width <= b.len() {
        return Ok(new_bytes(vm, b.to_vec()));
    }
    let total = width - b.len();
    let mut out = vec![fill; left(total, width)];
    out.extend_from_slice(&b);
    out.resize(width, fill);
    Ok(new_bytes(vm, out))
}

fn center(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    // CPython's rule: the odd byte of padding goes left when the width is
    // odd too.
    pad(vm, args, "center", |total, width| {
        total / 2 + (total & width & 1)
    })
}

fn ljust(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    pad(vm, args, "ljust", |_, _| 0)
}

fn rjust(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    pad(vm, args, "rjust", |t, _| t)
}

fn zfill(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let b = this(vm, args, "zfill")?;
    check_args(vm, args, 2, 2, "zfill")?;
    let width = int_arg(vm, &args[1])?.max(0) as usize;
    if width <= b.len() {
        return Ok(new_bytes(vm, b.to_vec()));
    }
    let (sign, digits) = match b.first() {
        Some(c @ (b'+' | b'-')) => (Some(*c), &b[1..]),
        _ => (None, &b[..]),
    };
    let mut out = Vec::with_capacity(width);
    out.extend(sign);
    out.resize(width - digits.len(), b'0');
    out.extend_from_slice(digits);
    Ok(new_bytes(vm, out))
}

impl Vm {
    /// `bytes + bytes`, `bytes * n`, `n * bytes`; `None` when the other
    /// operand does not fit (the dunders and the TypeError come next).
    pub fn bytes_binop(
        &mut self,
        a: &Value,
        b: &Value,
        op: crate::engine::syntax::ast::BinOp,
    ) -> PyResult<Option<Value>> {
        use crate::engine::syntax::ast::BinOp;
        // A bytearray answers with its own dunders.
        let bytearray =
            |v: &Value| matches!(v, Value::Obj(r) if matches!(self.heap.get(*r), Obj::Instance(_)));
        if bytearray(a) || bytearray(b) {
            return Ok(None);
        }
        let (x, y) = (bytes_of(self, a), bytes_of(self, b));
        match (op, x, y) {
            (BinOp::Add, Some(x), Some(y)) => {
                let mut out = Vec::with_capacity(x.len() + y.len());
                out.extend_from_slice(&x);
                out.extend_from_slice(&y);
                Ok(Some(new_bytes(self, out)))
            }
            // Objects may still answer with `__radd__`.
            (BinOp::Add, Some(_), None) if !matches!(b, Value::Obj(_)) => {
                let cname = self.class_name(b);
                Err(self.type_error(format!("can't concat {cname} to bytes")))
            }
            (BinOp::Mult, Some(s), None) | (BinOp::Mult, None, Some(s)) => {
                let n = match (a, b) {
                    (Value::Int(n), _) | (_, Value::Int(n)) => *n,
                    (Value::Bool(t), _) | (_, Value::Bool(t)) => *t as i64,
                    _ => return Ok(None),
                };
                let n = n.max(0) as usize;
                if s.len().saturating_mul(n) > 100_000_000 {
                    return Err(self.new_exc_str("MemoryError", "bytes too large for coroscope"));
                }
                Ok(Some(new_bytes(self, s.repeat(n))))
            }
            _ => Ok(None),
        }
    }

    /// `item in some_bytes`: a byte value or a sub-string of bytes.
    pub fn bytes_contains(&mut self, hay: &[u8], item: &Value) -> PyResult<bool> {
        match item {
            Value::Int(_) | Value::Bool(_) => {
                let i = int_arg(self, item)?;
                if !(0..=255).contains(&i) {
                    return Err(self.new_exc("ValueError", "byte must be in range(0, 256)".into()));
                }
                Ok(hay.contains(&(i as u8)))
            }
            _ => {
                let n = bytes_arg(self, item)?;
                Ok(find_from(hay, &n, 0).is_some())
            }
        }
    }
}
