//! Property tests: random values (seeded xorshift) against `i128`
//! arithmetic, algebraic identities on big values, and Karatsuba against
//! schoolbook multiplication.

use pycopy_bigint as bi;
use pycopy_bigint::{BigInt, ByteOrder};
use std::cmp::Ordering;

/// Tiny deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    /// A signed value of at most `bits` bits, often an edge pattern.
    fn i128_bits(&mut self, bits: u32) -> i128 {
        let edges: [i128; 14] = [
            0,
            1,
            -1,
            i128::from(i64::MAX),
            i128::from(i64::MIN),
            1 << 48,
            (1 << 48) - 1,
            -(1 << 48),
            1 << 63,
            1 << 64,
            (1 << 64) - 1,
            (1 << 64) + 1,
            -(1 << 64),
            -(1 << 47),
        ];
        let v = if self.below(4) == 0 {
            edges[self.below(edges.len() as u64) as usize]
        } else {
            let raw = (u128::from(self.next()) << 64) | u128::from(self.next());
            let keep = self.below(u64::from(bits)) as u32 + 1;
            let m = (raw >> (128 - keep)) as i128;
            if self.below(2) == 0 {
                -m
            } else {
                m
            }
        };
        // Keep within the requested width so i128 results cannot overflow.
        let lim = 1i128 << (bits - 1);
        v.clamp(-lim + 1, lim - 1)
    }

    /// A random big value of up to `limbs` limbs with mixed patterns.
    fn big(&mut self, limbs: usize) -> BigInt {
        let n = self.below(limbs as u64 + 1) as usize;
        let style = self.below(4);
        let v: Vec<u64> = (0..n)
            .map(|_| match style {
                0 => u64::MAX,
                1 => {
                    if self.below(3) == 0 {
                        0
                    } else {
                        u64::MAX
                    }
                }
                _ => self.next(),
            })
            .collect();
        BigInt::from_parts(self.below(2) == 0, v)
    }
}

fn b(v: i128) -> BigInt {
    BigInt::from(v)
}

fn floor_divmod(a: i128, d: i128) -> (i128, i128) {
    let (mut q, mut r) = (a / d, a % d);
    if r != 0 && ((r < 0) != (d < 0)) {
        q -= 1;
        r += d;
    }
    (q, r)
}

const ROUNDS: usize = 4000;

#[test]
fn add_sub_mul_match_i128() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..ROUNDS {
        let (x, y) = (rng.i128_bits(126), rng.i128_bits(126));
        assert_eq!(
            bi::add(b(x).as_ref(), b(y).as_ref()).to_i128(),
            Some(x + y),
            "{x} + {y}"
        );
        assert_eq!(
            bi::sub(b(x).as_ref(), b(y).as_ref()).to_i128(),
            Some(x - y),
            "{x} - {y}"
        );
        let (p, q) = (rng.i128_bits(63), rng.i128_bits(64));
        assert_eq!(
            bi::mul(b(p).as_ref(), b(q).as_ref()).to_i128(),
            Some(p * q),
            "{p} * {q}"
        );
        assert_eq!(bi::neg(b(x).as_ref()).to_i128(), Some(-x));
        assert_eq!(bi::abs(b(x).as_ref()).to_i128(), Some(x.abs()));
        assert_eq!(bi::cmp(b(x).as_ref(), b(y).as_ref()), x.cmp(&y));
    }
}

#[test]
fn divmod_matches_floor_semantics() {
    let mut rng = Rng(12345);
    for _ in 0..ROUNDS {
        let x = rng.i128_bits(127);
        let width = if rng.below(2) == 0 { 127 } else { 40 };
        let d = rng.i128_bits(width);
        let got = bi::divmod(b(x).as_ref(), b(d).as_ref());
        if d == 0 {
            assert_eq!(got, Err(bi::BigIntError::ZeroDivision));
            continue;
        }
        let (q, r) = floor_divmod(x, d);
        let (gq, gr) = got.unwrap_or_default();
        assert_eq!(
            (gq.to_i128(), gr.to_i128()),
            (Some(q), Some(r)),
            "divmod({x}, {d})"
        );
    }
}

#[test]
fn bit_ops_match_i128() {
    let mut rng = Rng(777);
    for _ in 0..ROUNDS {
        let (x, y) = (rng.i128_bits(127), rng.i128_bits(127));
        assert_eq!(bi::and(b(x).as_ref(), b(y).as_ref()).to_i128(), Some(x & y));
        assert_eq!(bi::or(b(x).as_ref(), b(y).as_ref()).to_i128(), Some(x | y));
        assert_eq!(bi::xor(b(x).as_ref(), b(y).as_ref()).to_i128(), Some(x ^ y));
        assert_eq!(bi::not(b(x).as_ref()).to_i128(), Some(!x));
        let n = rng.below(140) as u32;
        assert_eq!(
            bi::shr(b(x).as_ref(), u64::from(n)).to_i128(),
            Some(x >> n.min(127)),
            "{x} >> {n}"
        );
        let small = rng.i128_bits(60);
        let s = rng.below(66) as u32;
        assert_eq!(
            bi::shl(b(small).as_ref(), u64::from(s)).map(|v| v.to_i128()),
            Ok(Some(small << s))
        );
        assert_eq!(
            bi::bit_length(b(x).as_ref()),
            u64::from(128 - x.unsigned_abs().leading_zeros())
        );
    }
}

#[test]
fn text_round_trips_and_matches_rust_formatting() {
    let mut rng = Rng(4242);
    for _ in 0..ROUNDS {
        let x = rng.i128_bits(127);
        let v = b(x);
        assert_eq!(bi::to_str_radix(v.as_ref(), 10), x.to_string());
        let mag = x.unsigned_abs();
        let sign = if x < 0 { "-" } else { "" };
        assert_eq!(bi::to_str_radix(v.as_ref(), 16), format!("{sign}{mag:x}"));
        assert_eq!(bi::to_str_radix(v.as_ref(), 2), format!("{sign}{mag:b}"));
        assert_eq!(bi::to_str_radix(v.as_ref(), 8), format!("{sign}{mag:o}"));
        for radix in [3u32, 7, 10, 36] {
            let text = bi::to_str_radix(v.as_ref(), radix);
            assert_eq!(
                i128::from_str_radix(&text, radix),
                Ok(x),
                "{text} base {radix}"
            );
            assert_eq!(bi::parse(&text, radix), Ok(v.clone()));
        }
    }
}

#[test]
fn floats_match_rust_conversions() {
    let mut rng = Rng(99);
    for _ in 0..ROUNDS {
        let x = rng.i128_bits(127);
        let f = x as f64; // Rust rounds to nearest, ties to even, as Python does
        assert_eq!(bi::to_f64(b(x).as_ref()), Ok(f), "float({x})");
        // f64 -> int truncates, and the int compares equal to the float.
        let back = bi::from_f64(f).unwrap_or_default();
        assert_eq!(bi::cmp_f64(back.as_ref(), f), Some(Ordering::Equal));
        assert_eq!(back.to_i128(), Some(f as i128));
        let g = f + 0.25;
        if g.fract() != 0.0 {
            assert_eq!(
                bi::from_f64(g).ok().and_then(|v| v.to_i128()),
                Some(g.trunc() as i128)
            );
        }
        // Exact comparison: x versus the float nearest to it.
        let exact = if (f as i128) < x || (f == 2f64.powi(127) && x > 0) {
            Ordering::Greater
        } else if (f as i128) > x {
            Ordering::Less
        } else {
            Ordering::Equal
        };
        assert_eq!(bi::cmp_f64(b(x).as_ref(), f), Some(exact), "cmp({x}, {f})");
    }
}

#[test]
fn hash_is_value_mod_mersenne_prime() {
    let mut rng = Rng(31337);
    let p = i128::from(bi::HASH_MODULUS);
    for _ in 0..ROUNDS {
        let x = rng.i128_bits(127);
        let m = (x.unsigned_abs() % p as u128) as i128;
        let mut h = if x < 0 { -m } else { m };
        if h == -1 {
            h = -2;
        }
        assert_eq!(i128::from(bi::hash(b(x).as_ref())), h, "hash({x})");
    }
}

#[test]
fn bytes_round_trip() {
    let mut rng = Rng(5);
    for _ in 0..ROUNDS {
        let x = rng.i128_bits(127);
        let le = x.to_le_bytes();
        assert_eq!(
            bi::to_bytes(b(x).as_ref(), 16, ByteOrder::Little, true),
            Ok(le.to_vec())
        );
        assert_eq!(
            bi::from_bytes(&le, ByteOrder::Little, true).to_i128(),
            Some(x)
        );
        let be = x.to_be_bytes();
        assert_eq!(bi::from_bytes(&be, ByteOrder::Big, true).to_i128(), Some(x));
    }
}

#[test]
fn karatsuba_agrees_with_schoolbook() {
    let mut rng = Rng(2718);
    for _ in 0..60 {
        let x = rng.big(300);
        let y = rng.big(300);
        let school = bi::mul_with_threshold(x.as_ref(), y.as_ref(), usize::MAX);
        for t in [2, 3, 8, 32] {
            let kara = bi::mul_with_threshold(x.as_ref(), y.as_ref(), t);
            assert_eq!(
                kara,
                school,
                "threshold {t}, {} x {} limbs",
                x.mag().len(),
                y.mag().len()
            );
        }
    }
}

#[test]
fn big_division_identity() {
    let mut rng = Rng(161803);
    for _ in 0..400 {
        let x = rng.big(60);
        let d = rng.big(30);
        let Ok((q, r)) = bi::divmod(x.as_ref(), d.as_ref()) else {
            assert!(d.is_zero());
            continue;
        };
        // x == q*d + r, with r between 0 and d (exclusive), on d's side.
        let back = bi::add(bi::mul(q.as_ref(), d.as_ref()).as_ref(), r.as_ref());
        assert_eq!(back, x);
        assert!(r.is_zero() || r.is_negative() == d.is_negative());
        assert_eq!(
            bi::cmp(bi::abs(r.as_ref()).as_ref(), bi::abs(d.as_ref()).as_ref()),
            Ordering::Less
        );
    }
}

#[test]
fn big_text_round_trip() {
    let mut rng = Rng(1414);
    for _ in 0..40 {
        let x = rng.big(400);
        for radix in [10u32, 7, 16, 36] {
            let text = bi::to_str_radix(x.as_ref(), radix);
            assert_eq!(bi::parse(&text, radix), Ok(x.clone()), "base {radix}");
        }
    }
}
