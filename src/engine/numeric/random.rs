//! CPython 3.11's `random` module, bit for bit: the MT19937 core of
//! `Modules/_randommodule.c` and the algorithms of `Lib/random.py` on top.
//!
//! Sequence-taking functions work on indices (`choice_index`,
//! `sample_indices`, ...) so the VM applies them to its own sequences.
//! Transcendental functions (`log`, `cos`, `sin`, `exp`) come from the
//! platform libm, as CPython's do; native builds use the same glibc, the
//! wasm build uses Rust's libm port, which may differ in a last bit on rare
//! inputs to `gauss`, `normalvariate` and `expovariate`.

use std::collections::HashSet;

use super::PyErr;
use super::sha512::sha512;

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// `random.NV_MAGICCONST` = `4 * exp(-0.5) / sqrt(2.0)`, as CPython
/// computes it (bits copied so no libm rounding can creep in).
const NV_MAGICCONST: f64 = f64::from_bits(0x3ffb_72cd_3f33_1398);

/// A `random.Random` instance.
#[derive(Clone)]
pub struct Random {
    state: [u32; N],
    index: usize,
    /// `gauss()`'s second value, handed out by the next call.
    gauss_next: Option<f64>,
}

impl std::fmt::Debug for Random {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Random")
            .field("index", &self.index)
            .finish_non_exhaustive()
    }
}

impl Default for Random {
    fn default() -> Random {
        Random::new()
    }
}

impl Random {
    /// A generator seeded as `random.seed(0)`. (CPython seeds an unseeded
    /// generator from OS entropy; coroscope keeps runs reproducible, and the
    /// VM may seed it however it likes.)
    pub fn new() -> Random {
        let mut r = Random {
            state: [0; N],
            index: N,
            gauss_next: None,
        };
        r.seed_int(0);
        r
    }

    /// `getstate()`'s parts: the 624 state words, the position in them
    /// (CPython's `index`, 0 to 624) and `gauss()`'s saved value.
    pub fn state(&self) -> (Vec<u32>, usize, Option<f64>) {
        (self.state.to_vec(), self.index, self.gauss_next)
    }

    /// `setstate()`: false (changing nothing) when the words or position
    /// are not a state `state()` could have given.
    pub fn set_state(&mut self, words: &[u32], index: usize, gauss_next: Option<f64>) -> bool {
        if words.len() != N || index > N {
            return false;
        }
        self.state.copy_from_slice(words);
        self.index = index;
        self.gauss_next = gauss_next;
        true
    }

    /// `init_genrand`.
    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// `init_by_array`: seeds from 32-bit words, least significant first.
    fn init_by_array(&mut self, key: &[u32]) {
        let key: &[u32] = if key.is_empty() { &[0] } else { key };
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] =
                (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        self.index = N;
        self.gauss_next = None;
    }

    /// Seeds from an unsigned integer split into 32-bit words from the
    /// right, as `random_seed` does with `_PyLong_AsByteArray`.
    fn seed_u64(&mut self, n: u64) {
        let (lo, hi) = (n as u32, (n >> 32) as u32);
        if hi == 0 {
            self.init_by_array(&[lo]);
        } else {
            self.init_by_array(&[lo, hi]);
        }
    }

    /// `random.seed(n)` for an int too big for 64 bits: `abs(n)`'s 32-bit
    /// words, least significant first.
    pub fn seed_words(&mut self, words: &[u32]) {
        self.init_by_array(words);
    }

    /// `random.seed(n)` for an int (or bool): uses `abs(n)`.
    pub fn seed_int(&mut self, n: i64) {
        self.seed_u64(n.unsigned_abs());
    }

    /// `random.seed(x)` for a float or other hashable non-int: CPython
    /// seeds from `hash(x)` reinterpreted as unsigned (so `seed(-3.0)`
    /// differs from `seed(-3)`). Pass the value's Python hash.
    pub fn seed_hash(&mut self, hash: i64) {
        self.seed_u64(hash as u64);
    }

    /// `random.seed(s)` for a str (version 2): the UTF-8 bytes followed by
    /// their SHA-512 digest, read as one big-endian integer.
    pub fn seed_str(&mut self, s: &str) {
        self.seed_bytes(s.as_bytes());
    }

    /// `random.seed(b)` for bytes or bytearray (version 2).
    pub fn seed_bytes(&mut self, b: &[u8]) {
        let mut all = b.to_vec();
        all.extend_from_slice(&sha512(b));
        // Big-endian integer -> little-endian 32-bit words, dropping high
        // zero words (the digest makes an all-zero value impossible).
        let mut words: Vec<u32> = all
            .rchunks(4)
            .map(|chunk| {
                chunk
                    .iter()
                    .fold(0u32, |acc, &byte| (acc << 8) | byte as u32)
            })
            .collect();
        while words.len() > 1 && words.last() == Some(&0) {
            words.pop();
        }
        self.init_by_array(&words);
    }

    /// `genrand_uint32`: the next tempered 32-bit output.
    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            let mt = &mut self.state;
            let mag = |y: u32| if y & 1 == 0 { 0 } else { MATRIX_A };
            for kk in 0..N - M {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag(y);
            }
            for kk in N - M..N - 1 {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag(y);
            }
            let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag(y);
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    /// `random.random()`: 53 random bits as a float in [0.0, 1.0).
    pub fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `random.getrandbits(k)`. CPython accepts any `k`; results above 64
    /// bits cannot be coroscope ints, so `k > 64` raises the 64-bit
    /// `OverflowError` (and values of 64 bits may still exceed `i64`: the
    /// caller checks).
    pub fn getrandbits(&mut self, k: i64) -> Result<u64, PyErr> {
        match k {
            _ if k < 0 => Err(PyErr::value("number of bits must be non-negative")),
            0 => Ok(0),
            1..=32 => Ok((self.next_u32() >> (32 - k)) as u64),
            33..=64 => {
                // Words fill from the least significant end; only the last
                // one is shortened.
                let lo = self.next_u32() as u64;
                let hi = (self.next_u32() >> (64 - k)) as u64;
                Ok(lo | (hi << 32))
            }
            _ => Err(PyErr::int_overflow()),
        }
    }

    /// `getrandbits(k)` for any `k >= 0` as 32-bit words, least
    /// significant first: each word one draw, the last one shortened, as
    /// CPython fills a long integer.
    pub fn getrandbits_words(&mut self, mut k: u64) -> Vec<u32> {
        let mut words = Vec::with_capacity(k.div_ceil(32) as usize);
        while k > 0 {
            let r = self.next_u32();
            words.push(if k < 32 { r >> (32 - k) } else { r });
            k = k.saturating_sub(32);
        }
        words
    }

    /// `_randbelow_with_getrandbits(n)`: uniform in `[0, n)` by rejection
    /// sampling on `n.bit_length()` bits. (`n == 0` would loop forever in
    /// CPython; here it returns 0.)
    pub fn randbelow(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        let k = 64 - n.leading_zeros() as i64;
        loop {
            let r = self.getrandbits(k).unwrap_or(0);
            if r < n {
                return r;
            }
        }
    }

    /// `randbelow` for a positive width up to 2**64.
    fn randbelow_wide(&mut self, n: i128) -> i128 {
        if n > u64::MAX as i128 {
            // Only 2**64 itself (e.g. randint(-2**63, 2**63 - 1)): 65 bits.
            loop {
                let lo = self.getrandbits(64).unwrap_or(0) as i128;
                let hi = (self.next_u32() >> 31) as i128;
                let r = lo | (hi << 64);
                if r < n {
                    return r;
                }
            }
        }
        self.randbelow(n as u64) as i128
    }

    /// `random.randrange(start)` (`stop` = `None`) or
    /// `random.randrange(start, stop, step)`, with CPython's `ValueError`s
    /// for empty ranges and a zero step, and its `TypeError` for a step
    /// without a stop.
    pub fn randrange(&mut self, start: i64, stop: Option<i64>, step: i64) -> Result<i64, PyErr> {
        self.randrange_wide(start as i128, stop.map(i128::from), step as i128)
    }

    fn randrange_wide(
        &mut self,
        start: i128,
        stop: Option<i128>,
        step: i128,
    ) -> Result<i64, PyErr> {
        let Some(stop) = stop else {
            if step != 1 {
                return Err(PyErr::new("TypeError", "Missing a non-None stop argument"));
            }
            if start > 0 {
                return Ok(self.randbelow_wide(start) as i64);
            }
            return Err(PyErr::value("empty range for randrange()"));
        };
        let width = stop - start;
        if step == 1 {
            if width > 0 {
                return Ok((start + self.randbelow_wide(width)) as i64);
            }
            return Err(PyErr::value(format!(
                "empty range for randrange() ({start}, {stop}, {width})"
            )));
        }
        let n = match step {
            0 => return Err(PyErr::value("zero step for randrange()")),
            s if s > 0 => (width + s - 1).div_euclid(s),
            s => floor_div(width + s + 1, s),
        };
        if n <= 0 {
            return Err(PyErr::value("empty range for randrange()"));
        }
        Ok((start + step * self.randbelow_wide(n)) as i64)
    }

    /// `random.randint(a, b)` = `randrange(a, b + 1)`.
    pub fn randint(&mut self, a: i64, b: i64) -> Result<i64, PyErr> {
        self.randrange_wide(a as i128, Some(b as i128 + 1), 1)
    }

    /// `random.uniform(a, b)` = `a + (b - a) * random()`.
    pub fn uniform(&mut self, a: f64, b: f64) -> f64 {
        a + (b - a) * self.random()
    }

    /// `random.triangular(low, high, mode)`.
    pub fn triangular(&mut self, low: f64, high: f64, mode: Option<f64>) -> f64 {
        let mut u = self.random();
        let mut c = match mode {
            None => 0.5,
            // CPython catches ZeroDivisionError and returns low.
            Some(_) if high - low == 0.0 => return low,
            Some(m) => (m - low) / (high - low),
        };
        let (mut low, mut high) = (low, high);
        if u > c {
            u = 1.0 - u;
            c = 1.0 - c;
            std::mem::swap(&mut low, &mut high);
        }
        low + (high - low) * (u * c).sqrt()
    }

    /// The index `random.choice(seq)` picks for a sequence of length `len`;
    /// `IndexError` "Cannot choose from an empty sequence" when empty.
    pub fn choice_index(&mut self, len: usize) -> Result<usize, PyErr> {
        if len == 0 {
            return Err(PyErr::new(
                "IndexError",
                "Cannot choose from an empty sequence",
            ));
        }
        Ok(self.randbelow(len as u64) as usize)
    }

    /// `random.shuffle(x)` in place.
    pub fn shuffle<T>(&mut self, x: &mut [T]) {
        for i in (1..x.len()).rev() {
            let j = self.randbelow(i as u64 + 1) as usize;
            x.swap(i, j);
        }
    }

    /// The population indices `random.sample(population, k)` returns, in
    /// selection order, for a population of length `n`: CPython 3.11's
    /// pool algorithm for small populations and its set-of-selected
    /// algorithm for large ones, consuming the same random numbers.
    pub fn sample_indices(&mut self, n: usize, k: i64) -> Result<Vec<usize>, PyErr> {
        if k < 0 || k as u64 > n as u64 {
            return Err(PyErr::value("Sample larger than population or is negative"));
        }
        let k = k as usize;
        let mut setsize: u128 = 21;
        if k > 5 {
            // 4 ** ceil(log(k * 3, 4)), computed in floats as CPython does.
            let exp = ((k as f64 * 3.0).ln() / 4f64.ln()).ceil();
            setsize += 4u128.checked_pow(exp as u32).unwrap_or(u128::MAX - 21);
        }
        let mut result = Vec::with_capacity(k);
        if n as u128 <= setsize {
            let mut pool: Vec<usize> = (0..n).collect();
            for i in 0..k {
                let j = self.randbelow((n - i) as u64) as usize;
                result.push(pool[j]);
                pool[j] = pool[n - i - 1];
            }
        } else {
            let mut selected = HashSet::with_capacity(k);
            for _ in 0..k {
                let mut j = self.randbelow(n as u64) as usize;
                while selected.contains(&j) {
                    j = self.randbelow(n as u64) as usize;
                }
                selected.insert(j);
                result.push(j);
            }
        }
        Ok(result)
    }

    /// The population indices `random.choices(population, cum_weights=cw,
    /// k=k)` returns for a population of length `n` (`None`: unweighted;
    /// pass `itertools.accumulate(weights)` for `weights=`). A negative `k`
    /// gives no choices; a `k` above 2**28 is a `MemoryError`. Unweighted choices from an empty population return
    /// the single out-of-range index 0, having drawn one number just as
    /// CPython does before its indexing fails: the VM's own indexing then
    /// raises the `IndexError` that fits the sequence type.
    pub fn choices_indices(
        &mut self,
        n: usize,
        k: i64,
        cum_weights: Option<&[f64]>,
    ) -> Result<Vec<usize>, PyErr> {
        // CPython would build the list until memory runs out.
        if k > 1 << 28 {
            return Err(PyErr::memory());
        }
        let k = k.max(0) as usize;
        let Some(cum) = cum_weights else {
            let nf = n as f64;
            let k = if n == 0 { k.min(1) } else { k };
            return Ok((0..k)
                .map(|_| (self.random() * nf).floor() as usize)
                .collect());
        };
        if cum.len() != n {
            return Err(PyErr::value(
                "The number of weights does not match the population",
            ));
        }
        let Some(&last) = cum.last() else {
            return Err(PyErr::new("IndexError", "list index out of range"));
        };
        let total = last + 0.0;
        if total <= 0.0 {
            return Err(PyErr::value("Total of weights must be greater than zero"));
        }
        if !total.is_finite() {
            return Err(PyErr::value("Total of weights must be finite"));
        }
        let hi = n - 1;
        Ok((0..k)
            .map(|_| bisect_right(cum, self.random() * total, hi))
            .collect())
    }

    /// `random.gauss(mu, sigma)`: Box-Muller, caching the second value for
    /// the next call (reset by seeding).
    pub fn gauss(&mut self, mu: f64, sigma: f64) -> f64 {
        let z = match self.gauss_next.take() {
            Some(z) => z,
            None => {
                let x2pi = self.random() * std::f64::consts::TAU;
                let g2rad = (-2.0 * (1.0 - self.random()).ln()).sqrt();
                self.gauss_next = Some(x2pi.sin() * g2rad);
                x2pi.cos() * g2rad
            }
        };
        mu + z * sigma
    }

    /// `random.normalvariate(mu, sigma)` (Kinderman-Monahan).
    pub fn normalvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        loop {
            let u1 = self.random();
            let u2 = 1.0 - self.random();
            let z = NV_MAGICCONST * (u1 - 0.5) / u2;
            let zz = z * z / 4.0;
            if zz <= -u2.ln() {
                return mu + z * sigma;
            }
        }
    }

    /// `random.lognormvariate(mu, sigma)` = `exp(normalvariate(mu, sigma))`.
    pub fn lognormvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        self.normalvariate(mu, sigma).exp()
    }

    /// `random.expovariate(lambd)`; `lambd == 0` raises "float division by
    /// zero" after drawing, as CPython does.
    pub fn expovariate(&mut self, lambd: f64) -> Result<f64, PyErr> {
        let num = -(1.0 - self.random()).ln();
        if lambd == 0.0 {
            return Err(PyErr::zero_division("float division by zero"));
        }
        Ok(num / lambd)
    }

    /// `random.gammavariate(alpha, beta)`: Cheng's algorithm above 1, an
    /// exponential at 1, Kennedy and Gentle's GS below.
    pub fn gammavariate(&mut self, alpha: f64, beta: f64) -> Result<f64, PyErr> {
        if alpha <= 0.0 || beta <= 0.0 {
            return Err(PyErr::value("gammavariate: alpha and beta must be > 0.0"));
        }
        if alpha > 1.0 {
            let ainv = (2.0 * alpha - 1.0).sqrt();
            let bbb = alpha - LOG4;
            let ccc = alpha + ainv;
            loop {
                let u1 = self.random();
                if !(1e-7 < u1 && u1 < 0.9999999) {
                    continue;
                }
                let u2 = 1.0 - self.random();
                let v = (u1 / (1.0 - u1)).ln() / ainv;
                let x = alpha * v.exp();
                let z = u1 * u1 * u2;
                let r = bbb + ccc * v - x;
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= z.ln() {
                    return Ok(x * beta);
                }
            }
        } else if alpha == 1.0 {
            Ok(-(1.0 - self.random()).ln() * beta)
        } else {
            let e = std::f64::consts::E;
            loop {
                let u = self.random();
                let b = (e + alpha) / e;
                let p = b * u;
                let x = if p <= 1.0 {
                    p.powf(1.0 / alpha)
                } else {
                    -((b - p) / alpha).ln()
                };
                let u1 = self.random();
                let accept = if p > 1.0 {
                    u1 <= x.powf(alpha - 1.0)
                } else {
                    u1 <= (-x).exp()
                };
                if accept {
                    return Ok(x * beta);
                }
            }
        }
    }

    /// `random.betavariate(alpha, beta)`, from two gamma variates.
    pub fn betavariate(&mut self, alpha: f64, beta: f64) -> Result<f64, PyErr> {
        let y = self.gammavariate(alpha, 1.0)?;
        if y != 0.0 {
            return Ok(y / (y + self.gammavariate(beta, 1.0)?));
        }
        Ok(0.0)
    }

    /// `random.paretovariate(alpha)`.
    pub fn paretovariate(&mut self, alpha: f64) -> f64 {
        let u = 1.0 - self.random();
        u.powf(-1.0 / alpha)
    }

    /// `random.weibullvariate(alpha, beta)`.
    pub fn weibullvariate(&mut self, alpha: f64, beta: f64) -> f64 {
        let u = 1.0 - self.random();
        alpha * (-u.ln()).powf(1.0 / beta)
    }

    /// `random.vonmisesvariate(mu, kappa)`.
    pub fn vonmisesvariate(&mut self, mu: f64, kappa: f64) -> f64 {
        let two_pi = std::f64::consts::TAU;
        if kappa <= 1e-6 {
            return two_pi * self.random();
        }
        let s = 0.5 / kappa;
        let r = s + (1.0 + s * s).sqrt();
        let z = loop {
            let u1 = self.random();
            let z = (std::f64::consts::PI * u1).cos();
            let d = z / (r + z);
            let u2 = self.random();
            if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
                break z;
            }
        };
        let q = 1.0 / r;
        let f = (q + z) / (1.0 + q * z);
        let u3 = self.random();
        let theta = if u3 > 0.5 {
            mu + f.acos()
        } else {
            mu - f.acos()
        };
        py_fmod(theta, two_pi)
    }
}

/// Python's `%` on floats (`float_rem`): the sign of the divisor.
fn py_fmod(x: f64, m: f64) -> f64 {
    let r = x % m;
    if r != 0.0 {
        if (m < 0.0) != (r < 0.0) { r + m } else { r }
    } else {
        0.0f64.copysign(m)
    }
}

/// `random.LOG4` = `log(4.0)`, bits as CPython computes it.
const LOG4: f64 = f64::from_bits(0x3ff6_2e42_fefa_39ef);
/// `random.SG_MAGICCONST` = `1.0 + log(4.5)`.
const SG_MAGICCONST: f64 = f64::from_bits(0x4004_0859_baee_748f);

/// Python's floor division for i128 (`b != 0`).
fn floor_div(a: i128, b: i128) -> i128 {
    let q = a / b;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

/// `bisect.bisect_right(a, x, 0, hi)`.
fn bisect_right(a: &[f64], x: f64, hi: usize) -> usize {
    let (mut lo, mut hi) = (0, hi);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if x < a[mid] {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    lo
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ve<T>(msg: &str) -> Result<T, PyErr> {
        Err(PyErr::value(msg))
    }

    fn seeded(n: i64) -> Random {
        let mut r = Random::new();
        r.seed_int(n);
        r
    }

    // All expected values below were produced by CPython 3.11.7's random
    // module with the same seeds and calls.

    #[test]
    fn random_floats() {
        let mut r = seeded(42);
        assert_eq!(r.random(), 0.6394267984578837);
        assert_eq!(r.random(), 0.025010755222666936);
        assert_eq!(r.random(), 0.27502931836911926);
        let mut r = seeded(42);
        let seq: Vec<f64> = (0..1500).map(|_| r.random()).collect();
        assert_eq!(seq[0], 0.6394267984578837);
        assert_eq!(seq[623], 0.11955474125505283);
        assert_eq!(seq[624], 0.5358639653837498);
        assert_eq!(seq[1000], 0.09935462460613032);
        assert_eq!(seq[1499], 0.8010959755621699);
        let mut r = seeded(0);
        assert_eq!(r.random(), 0.8444218515250481);
        assert_eq!(r.random(), 0.7579544029403025);
        assert_eq!(r.random(), 0.420571580830845);
        let mut r = seeded(1);
        assert_eq!(r.random(), 0.13436424411240122);
        assert_eq!(r.random(), 0.8474337369372327);
        assert_eq!(r.random(), 0.763774618976614);
        let mut r = seeded(-5);
        assert_eq!(r.random(), 0.6229016948897019);
        assert_eq!(r.random(), 0.7417869892607294);
        assert_eq!(r.random(), 0.7951935655656966);
        let mut r = seeded(4294967296);
        assert_eq!(r.random(), 0.11299430095636409);
        assert_eq!(r.random(), 0.41782886486292836);
        assert_eq!(r.random(), 0.0166763664992291);
        let mut r = seeded(1099511627783);
        assert_eq!(r.random(), 0.6137037779936511);
        assert_eq!(r.random(), 0.8149162973309487);
        assert_eq!(r.random(), 0.9450115087592873);
        let mut r = seeded(9223372036854775807);
        assert_eq!(r.random(), 0.3166448820870279);
        assert_eq!(r.random(), 0.631259308253863);
        assert_eq!(r.random(), 0.8035542479972343);
        let mut r = seeded(i64::MIN);
        assert_eq!(r.random(), 0.5534639983914199);
        assert_eq!(r.random(), 0.9406144709090462);
        assert_eq!(r.random(), 0.24199432111690833);
        r.seed_str("hello");
        assert_eq!(r.random(), 0.3537754404730722);
        assert_eq!(r.random(), 0.6631985810268619);
        r.seed_str("");
        assert_eq!(r.random(), 0.9602256525641875);
        assert_eq!(r.random(), 0.595411957851699);
        r.seed_str("héllo wörld 中");
        assert_eq!(r.random(), 0.6479411483923899);
        assert_eq!(r.random(), 0.9107427945171644);
        r.seed_str("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
        assert_eq!(r.random(), 0.07279687109241983);
        assert_eq!(r.random(), 0.590187556462941);
        r.seed_bytes(&[0, 1, 255]);
        assert_eq!(r.random(), 0.9807089409780451);
        r.seed_hash(-1152921504606846979); // hash(-3.5)
        assert_eq!(r.random(), 0.4125139924995227);
        r.seed_hash(1152921504606846978); // hash(2.5)
        assert_eq!(r.random(), 0.41877545666909954);
        r.seed_hash(1822893315824342674); // hash(1e+100)
        assert_eq!(r.random(), 0.31792657575978955);
    }

    #[test]
    fn int_ops() {
        let mut r = seeded(7);
        assert_eq!(r.getrandbits(1), Ok(0));
        assert_eq!(r.getrandbits(5), Ok(30));
        assert_eq!(r.getrandbits(31), Ok(323946139));
        assert_eq!(r.getrandbits(32), Ok(1695753998));
        assert_eq!(r.getrandbits(33), Ok(2795742288));
        assert_eq!(r.getrandbits(63), Ok(7574918311415852851));
        assert_eq!(r.getrandbits(64), Ok(1736392818365009963));
        assert_eq!(r.getrandbits(0), Ok(0));
        assert_eq!(r.randbelow(1), 0);
        assert_eq!(r.randbelow(2), 0);
        assert_eq!(r.randbelow(3), 2);
        assert_eq!(r.randbelow(10), 3);
        assert_eq!(r.randbelow(1000), 38);
        assert_eq!(r.randbelow(2147483649), 369140570);
        assert_eq!(r.randbelow(9223372036854775813), 7713914763314685786);
        assert_eq!(r.randbelow(18446744073709551615), 4439448776366754703);
        assert_eq!(r.randrange(10, None, 1), Ok(1));
        assert_eq!(r.randrange(1, Some(7), 1), Ok(5));
        assert_eq!(r.randrange(0, Some(100), 7), Ok(42));
        assert_eq!(r.randrange(100, Some(0), -7), Ok(100));
        assert_eq!(r.randrange(-50, Some(50), 3), Ok(-29));
        assert_eq!(r.randrange(5, Some(6), 1), Ok(5));
        assert_eq!(
            r.randrange(i64::MIN, Some(9223372036854775807), 1),
            Ok(2350728052980364088)
        );
        assert_eq!(
            r.randrange(i64::MIN, Some(9223372036854775807), 3),
            Ok(6745133529417552595)
        );
        assert_eq!(
            r.randrange(9223372036854775807, None, 1),
            Ok(3658731639517088501)
        );
        assert_eq!(r.randint(1, 6), Ok(1));
        assert_eq!(r.randint(-10, 10), Ok(-3));
        assert_eq!(r.randint(0, 0), Ok(0));
        assert_eq!(
            r.randint(i64::MIN, 9223372036854775807),
            Ok(6612575953900115774)
        );
        assert_eq!(
            r.randint(9223372036854775806, 9223372036854775807),
            Ok(9223372036854775807)
        );
    }

    #[test]
    fn sequences() {
        let mut r = seeded(2024);
        let mut x: Vec<usize> = (0..20).collect();
        r.shuffle(&mut x);
        assert_eq!(
            x,
            [
                0, 2, 16, 1, 10, 19, 17, 18, 7, 3, 8, 4, 14, 11, 12, 13, 6, 9, 5, 15
            ]
        );
        assert_eq!(r.choice_index(1), Ok(0));
        assert_eq!(r.choice_index(2), Ok(0));
        assert_eq!(r.choice_index(5), Ok(3));
        assert_eq!(r.choice_index(100), Ok(90));
        assert_eq!(r.choice_index(12345), Ok(10690));
        assert_eq!(r.sample_indices(10, 3), Ok(vec![2, 8, 3]));
        assert_eq!(
            r.sample_indices(10, 10),
            Ok(vec![6, 0, 5, 7, 3, 9, 8, 2, 4, 1])
        );
        assert_eq!(r.sample_indices(1000, 5), Ok(vec![399, 338, 353, 812, 205]));
        assert_eq!(
            r.sample_indices(100, 10),
            Ok(vec![41, 54, 53, 40, 72, 27, 52, 29, 26, 5])
        );
        assert_eq!(
            r.sample_indices(50, 10),
            Ok(vec![47, 14, 1, 16, 32, 20, 36, 26, 39, 7])
        );
        assert_eq!(
            r.sample_indices(1000000, 20),
            Ok(vec![
                347212, 892696, 684435, 636169, 818276, 241804, 247548, 486816, 383475, 142715,
                212957, 386692, 517306, 624413, 877148, 658608, 148265, 274656, 406083, 653937
            ])
        );
        assert_eq!(r.sample_indices(30, 0), Ok(vec![]));
        assert_eq!(r.sample_indices(22, 1), Ok(vec![10]));
        assert_eq!(
            r.sample_indices(85, 10),
            Ok(vec![42, 59, 21, 16, 84, 26, 74, 8, 12, 22])
        );
        assert_eq!(
            r.sample_indices(86, 10),
            Ok(vec![0, 19, 56, 30, 44, 29, 10, 25, 36, 59])
        );
        assert_eq!(
            r.choices_indices(5, 10, None),
            Ok(vec![3, 2, 4, 3, 2, 4, 1, 1, 2, 3])
        );
        assert_eq!(
            r.choices_indices(4, 10, Some(&[1.0, 3.0, 6.0, 10.0])),
            Ok(vec![2, 2, 3, 3, 1, 3, 2, 3, 3, 0])
        );
        assert_eq!(
            r.choices_indices(3, 8, Some(&[0.5, 0.5, 2.75])),
            Ok(vec![2, 2, 2, 2, 2, 0, 2, 2])
        );
        assert_eq!(r.choices_indices(3, -2, None), Ok(vec![]));
        assert_eq!(r.choices_indices(0, 2, None), Ok(vec![0]));
        assert_eq!(r.random(), 0.21024101903044812);
    }

    #[test]
    fn distributions() {
        let mut r = seeded(99);
        assert_eq!(r.gauss(0.0, 1.0), -0.5502226977406026);
        assert_eq!(r.gauss(0.0, 1.0), 0.3791183269784834);
        assert_eq!(r.gauss(0.0, 1.0), 0.3269272865950446);
        assert_eq!(r.gauss(0.0, 1.0), 0.6813984972950928);
        assert_eq!(r.gauss(0.0, 1.0), 0.04717076184907194);
        assert_eq!(r.gauss(10.0, 2.5), 8.102286281064256);
        r.seed_int(99); // reseeding drops the cached gauss value
        assert_eq!(r.gauss(0.0, 1.0), -0.5502226977406026);
        r.gauss(0.0, 1.0);
        assert_eq!(r.normalvariate(0.0, 1.0), -0.7331645826020126);
        assert_eq!(r.normalvariate(0.0, 1.0), 0.5953496153320372);
        assert_eq!(r.normalvariate(0.0, 1.0), -0.635433320786865);
        assert_eq!(r.normalvariate(0.0, 1.0), 1.0753970231335004);
        assert_eq!(r.normalvariate(5.0, 0.5), 4.984093743315586);
        assert_eq!(r.lognormvariate(0.0, 0.25), 1.063950456800317);
        assert_eq!(r.expovariate(1.5), Ok(1.5485205439819083));
        assert_eq!(r.expovariate(-2.0), Ok(-0.23418630661749595));
        assert_eq!(r.expovariate(0.001), Ok(491.20577637151763));
        assert_eq!(r.uniform(1.0, 10.0), 7.141319348762316);
        assert_eq!(r.uniform(5.0, -5.0), 3.47723465699827);
        assert_eq!(r.triangular(0.0, 10.0, Some(3.0)), 5.125551591596736);
        assert_eq!(r.triangular(0.0, 1.0, None), 0.7261087746540729);
        assert_eq!(r.triangular(5.0, 5.0, Some(5.0)), 5.0);
        assert_eq!(r.random(), 0.9468590670576691);
    }

    #[test]
    fn errors() {
        let mut r = seeded(1);
        assert_eq!(r.randrange(0, None, 1), ve("empty range for randrange()"));
        assert_eq!(
            r.randrange(5, Some(5), 1),
            ve("empty range for randrange() (5, 5, 0)")
        );
        assert_eq!(
            r.randint(5, 1),
            ve("empty range for randrange() (5, 2, -3)")
        );
        assert_eq!(r.randrange(0, Some(10), 0), ve("zero step for randrange()"));
        assert_eq!(
            r.randrange(0, Some(10), -1),
            ve("empty range for randrange()")
        );
        assert_eq!(
            r.randrange(5, None, 2),
            Err(PyErr::new("TypeError", "Missing a non-None stop argument"))
        );
        assert_eq!(
            r.choice_index(0),
            Err(PyErr::new(
                "IndexError",
                "Cannot choose from an empty sequence"
            ))
        );
        assert_eq!(
            r.sample_indices(3, 4),
            ve("Sample larger than population or is negative")
        );
        assert_eq!(
            r.sample_indices(3, -1),
            ve("Sample larger than population or is negative")
        );
        assert_eq!(
            r.choices_indices(2, 1, Some(&[1.0])),
            ve("The number of weights does not match the population")
        );
        assert_eq!(
            r.choices_indices(2, 1, Some(&[0.0, 0.0])),
            ve("Total of weights must be greater than zero")
        );
        assert_eq!(
            r.choices_indices(2, 1, Some(&[1.0, f64::INFINITY])),
            ve("Total of weights must be finite")
        );
        assert_eq!(r.getrandbits(-1), ve("number of bits must be non-negative"));
        assert_eq!(
            r.expovariate(0.0),
            Err(PyErr::zero_division("float division by zero"))
        );
    }
}
