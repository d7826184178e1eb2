//! CPython 3.11's `hash()` for the built-in value types, as seen with
//! `PYTHONHASHSEED=0` (hash randomisation off), so that set iteration order
//! and printed hashes match a reproducible CPython run.
//!
//! Numbers hash to their value modulo the Mersenne prime 2**61 - 1, so
//! equal numbers of different types (`1`, `1.0`, `True`) hash alike. `-1`
//! is never a hash (CPython reserves it for errors): it becomes `-2`.

/// `_PyHASH_BITS` on 64-bit builds.
const HASH_BITS: u32 = 61;
/// `_PyHASH_MODULUS` = 2**61 - 1.
const MODULUS: u64 = (1 << HASH_BITS) - 1;
/// `_PyHASH_INF`: the hash of `float('inf')`.
const HASH_INF: i64 = 314_159;

/// `hash(v)` for an int.
pub fn hash_int(v: i64) -> i64 {
    let h = (v.unsigned_abs() % MODULUS) as i64;
    let h = if v < 0 { -h } else { h };
    if h == -1 { -2 } else { h }
}

/// `hash(b)` for a bool: `hash(True) == 1`, `hash(False) == 0`.
pub fn hash_bool(b: bool) -> i64 {
    b as i64
}

/// `_Py_HashPointer`: the address-based hash CPython gives objects without
/// a value hash (and NaNs). `addr` is the object's identity; the VM picks
/// whatever stable identity it uses for `id()`.
pub fn hash_pointer(addr: u64) -> i64 {
    // Rotate by 4: the low bits of real addresses are mostly zero.
    let h = addr.rotate_right(4) as i64;
    if h == -1 { -2 } else { h }
}

/// `hash(v)` for a float (`_Py_HashDouble`): equal to [`hash_int`] for
/// integral values, ±314159 for infinities. CPython 3.11 hashes a NaN by
/// object identity, so a NaN hashes as [`hash_pointer`]`(nan_id)`, where
/// `nan_id` is the identity of that float object.
pub fn hash_float(v: f64, nan_id: u64) -> i64 {
    if v.is_nan() {
        return hash_pointer(nan_id);
    }
    if v.is_infinite() {
        return if v > 0.0 { HASH_INF } else { -HASH_INF };
    }
    let (mut m, mut e) = frexp(v);
    let negative = m < 0.0;
    if negative {
        m = -m;
    }
    // Consume the mantissa 28 bits at a time, reducing modulo 2**61 - 1
    // (a rotation, since 2**61 ≡ 1).
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268_435_456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    // Multiply by 2**e modulo 2**61 - 1: a rotation by e mod 61.
    let bits = HASH_BITS as i32;
    let e = if e >= 0 {
        e % bits
    } else {
        bits - 1 - ((-1 - e) % bits)
    } as u32;
    x = ((x << e) & MODULUS) | (x >> (HASH_BITS - e));
    let h = if negative { x.wrapping_neg() } else { x } as i64;
    if h == -1 { -2 } else { h }
}

/// C's `frexp` for a finite `v`: `v == m * 2**e` with `0.5 <= |m| < 1`
/// (or `m == 0`).
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (v, 0);
    }
    let (v, bias) = if v.abs() < f64::MIN_POSITIVE {
        // Subnormal: scale into the normal range first.
        (v * 18_014_398_509_481_984.0, -54) // 2**54
    } else {
        (v, 0)
    };
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022 + bias)
}

/// SipHash-1-3 as in CPython's `Python/pyhash.c` (which returns the final
/// state XOR rather than reference SipHash's).
fn siphash13(k0: u64, k1: u64, src: &[u8]) -> u64 {
    let mut v0 = k0 ^ 0x736f_6d65_7073_6575;
    let mut v1 = k1 ^ 0x646f_7261_6e64_6f6d;
    let mut v2 = k0 ^ 0x6c79_6765_6e65_7261;
    let mut v3 = k1 ^ 0x7465_6462_7974_6573;
    let round = |v0: &mut u64, v1: &mut u64, v2: &mut u64, v3: &mut u64| {
        // HALF_ROUND(v0,v1,v2,v3,13,16); HALF_ROUND(v2,v1,v0,v3,17,21)
        *v0 = v0.wrapping_add(*v1);
        *v2 = v2.wrapping_add(*v3);
        *v1 = v1.rotate_left(13) ^ *v0;
        *v3 = v3.rotate_left(16) ^ *v2;
        *v0 = v0.rotate_left(32);
        *v2 = v2.wrapping_add(*v1);
        *v0 = v0.wrapping_add(*v3);
        *v1 = v1.rotate_left(17) ^ *v2;
        *v3 = v3.rotate_left(21) ^ *v0;
        *v2 = v2.rotate_left(32);
    };
    let chunks = src.chunks_exact(8);
    let tail = chunks.remainder();
    for chunk in chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let mi = u64::from_le_bytes(word);
        v3 ^= mi;
        round(&mut v0, &mut v1, &mut v2, &mut v3);
        v0 ^= mi;
    }
    let mut last = [0u8; 8];
    last[..tail.len()].copy_from_slice(tail);
    let b = ((src.len() as u64) << 56) | u64::from_le_bytes(last);
    v3 ^= b;
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    v0 ^= b;
    v2 ^= 0xff;
    for _ in 0..3 {
        round(&mut v0, &mut v1, &mut v2, &mut v3);
    }
    (v0 ^ v1) ^ (v2 ^ v3)
}

/// `_Py_HashBytes` with a zero key: empty input hashes to 0.
fn hash_buffer(buf: &[u8]) -> i64 {
    if buf.is_empty() {
        return 0;
    }
    let h = siphash13(0, 0, buf) as i64;
    if h == -1 { -2 } else { h }
}

/// `hash(b)` for bytes (and the hash CPython's str hashing reduces to).
pub fn hash_bytes(b: &[u8]) -> i64 {
    hash_buffer(b)
}

/// `hash(s)` for a str under `PYTHONHASHSEED=0`. CPython hashes its PEP 393
/// buffer: one byte per character when all are below U+0100, two
/// little-endian bytes when all are below U+10000, else four.
pub fn hash_str(s: &str) -> i64 {
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let width = match max {
        0..=0xff => 1,
        0x100..=0xffff => 2,
        _ => 4,
    };
    let mut buf = Vec::with_capacity(s.len() * width);
    for c in s.chars() {
        buf.extend_from_slice(&(c as u32).to_le_bytes()[..width]);
    }
    hash_buffer(&buf)
}

/// `hash(t)` for a tuple whose items hash to `items` (3.11's xxHash-based
/// `tuplehash`).
pub fn hash_tuple(items: &[i64]) -> i64 {
    const PRIME_1: u64 = 11_400_714_785_074_694_791;
    const PRIME_2: u64 = 14_029_467_366_897_019_727;
    const PRIME_5: u64 = 2_870_177_450_012_600_261;
    let mut acc = PRIME_5;
    for &h in items {
        acc = acc.wrapping_add((h as u64).wrapping_mul(PRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(PRIME_1);
    }
    // The length term is mangled to keep hash(()) at its historical value.
    acc = acc.wrapping_add(items.len() as u64 ^ (PRIME_5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

/// `hash(fs)` for a frozenset whose elements hash to `items` (in any
/// order: the hash is order independent).
pub fn hash_frozenset(items: &[i64]) -> i64 {
    fn shuffle_bits(h: u64) -> u64 {
        ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
    }
    // CPython XORs over every table slot and then cancels the empty and
    // dummy slots' contributions; only the active entries remain.
    let mut hash = items
        .iter()
        .fold(0u64, |acc, &h| acc ^ shuffle_bits(h as u64));
    hash ^= (items.len() as u64 + 1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    if hash == u64::MAX {
        return 590_923_713;
    }
    hash as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values produced by CPython 3.11.7 with PYTHONHASHSEED=0.

    #[test]
    fn ints() {
        for (v, want) in [
            (0, 0),
            (1, 1),
            (-1, -2),
            (-2, -2),
            (2_305_843_009_213_693_950, 2_305_843_009_213_693_950),
            (2_305_843_009_213_693_951, 0),
            (2_305_843_009_213_693_952, 1),
            (-2_305_843_009_213_693_951, 0),
            (i64::MAX, 3),
            (i64::MIN, -4),
            (12_345_678_901_234_567, 12_345_678_901_234_567),
            (-12_345_678_901_234_567, -12_345_678_901_234_567),
        ] {
            assert_eq!(hash_int(v), want, "hash({v})");
        }
        assert_eq!((hash_bool(true), hash_bool(false)), (1, 0));
    }

    #[test]
    fn floats() {
        for (v, want) in [
            (0.0, 0),
            (-0.0, 0),
            (1.0, 1),
            (-1.0, -2),
            (1.5, 1_152_921_504_606_846_977),
            (-1.5, -1_152_921_504_606_846_977),
            (0.1, 230_584_300_921_369_408),
            (1e100, 1_822_893_315_824_342_674),
            (-1e-100, -1_735_222_877_707_689_105),
            (5e-324, 16_777_216),
            (1.5e-323, 50_331_648),
            (2_305_843_009_213_693_952.0, 1),
            (9_223_372_036_854_775_808.0, 4),
            (f64::MAX, 2_234_066_890_152_476_671),
            (f64::INFINITY, 314_159),
            (f64::NEG_INFINITY, -314_159),
            (3.14159e-7, 1_302_385_441_641_539_243),
            (123456.789, 1_819_310_134_279_660_096),
        ] {
            assert_eq!(hash_float(v, 0), want, "hash({v:e})");
        }
        // Integral floats hash like ints.
        for i in [-1_000_000_i64, -3, 7, 1 << 52, (1 << 53) - 1] {
            assert_eq!(hash_float(i as f64, 0), hash_int(i));
        }
        assert_eq!(hash_float(f64::NAN, 0x7f00_1230), hash_pointer(0x7f00_1230));
        assert_eq!(hash_pointer(0x7f00_1230), 0x07f0_0123);
        assert_eq!(hash_pointer(0xf), -1_152_921_504_606_846_976);
    }

    #[test]
    fn strings_and_bytes() {
        for (s, want) in [
            ("", 0),
            ("a", 4_644_417_185_603_328_019),
            ("abc", -4_594_863_902_769_663_758),
            ("hello world", -5_642_461_784_034_726_774),
            ("caf\u{e9}", 137_524_001_917_817_222),
            (
                "\u{ff}\u{ff}\u{ff}\u{ff}\u{ff}\u{ff}\u{ff}\u{ff}\u{ff}",
                -2_129_700_217_430_894_956,
            ),
            ("\u{4e2d}\u{6587}", 501_833_946_989_431_548),
            ("a\u{20ac}b", -6_176_261_434_700_135_861),
            ("\u{1F600}", -3_536_540_696_076_613_844),
            ("x\u{1F600}yx\u{1F600}yx\u{1F600}y", 613_607_412_953_084_101),
            ("12345678", 3_785_724_242_978_802_311),
            ("1234567", -6_684_075_128_579_576_191),
            ("123456789abcdefgh", 78_424_065_292_164_886),
        ] {
            assert_eq!(hash_str(s), want, "hash({s:?})");
        }
        assert_eq!(hash_bytes(b""), 0);
        assert_eq!(hash_bytes(b"abc"), -4_594_863_902_769_663_758);
        let seq: Vec<u8> = (0..20).collect();
        assert_eq!(hash_bytes(&seq), 7_178_233_520_606_413_056);
    }

    #[test]
    fn tuples_and_frozensets() {
        assert_eq!(hash_tuple(&[]), 5_740_354_900_026_072_187);
        assert_eq!(hash_tuple(&[1]), -6_644_214_454_873_602_895);
        assert_eq!(hash_tuple(&[1, 2]), -3_550_055_125_485_641_917);
        assert_eq!(hash_tuple(&[1, 2, 3]), 529_344_067_295_497_451);
        assert_eq!(
            hash_tuple(&[hash_str("a"), hash_float(1.5, 0)]),
            -7_544_107_753_855_020_359
        );
        let inner = [hash_tuple(&[1, 2]), hash_tuple(&[3])];
        assert_eq!(inner[1], -5_029_647_727_744_300_836);
        assert_eq!(hash_tuple(&inner), -8_303_551_883_679_707_139);
        assert_eq!(hash_tuple(&[hash_int(-1)]), 8_078_679_518_589_016_365);

        assert_eq!(hash_frozenset(&[]), 133_146_708_735_736);
        assert_eq!(hash_frozenset(&[1]), -558_064_481_276_695_278);
        assert_eq!(hash_frozenset(&[1, 2, 3]), -272_375_401_224_217_160);
        assert_eq!(hash_frozenset(&[3, 1, 2]), -272_375_401_224_217_160);
        assert_eq!(
            hash_frozenset(&[hash_str("a"), hash_str("b")]),
            1_679_668_661_828_516_449
        );
        assert_eq!(hash_frozenset(&[-2, -2, 0]), -2_704_584_967_493_951_443);
    }
}
