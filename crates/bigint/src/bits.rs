//! Bit operations with Python's semantics: negative values behave as an
//! infinite two's-complement bit string. Shifts, `& | ^ ~`, `bit_length`.

use crate::arith::MAX_BITS;
use crate::error::BigIntError;
use crate::int::{BigInt, IntRef};
use crate::mag;
use alloc::vec::Vec;

/// `a.bit_length()`: bits of `abs(a)`.
#[must_use]
pub fn bit_length(a: IntRef<'_>) -> u64 {
    mag::bit_len(a.mag())
}

/// `a << n`. The VM rejects negative counts ("negative shift count") and
/// passes counts beyond `u64` as `u64::MAX`, which fails with `TooBig`.
pub fn shl(a: IntRef<'_>, n: u64) -> Result<BigInt, BigIntError> {
    if a.is_zero() {
        return Ok(BigInt::zero());
    }
    if mag::bit_len(a.mag()).saturating_add(n) > MAX_BITS {
        return Err(BigIntError::TooBig);
    }
    Ok(BigInt::from_parts(a.is_negative(), mag::shl(a.mag(), n)))
}

/// `a >> n`, flooring: negative values round toward negative infinity, so
/// `-1 >> n` is `-1`. Counts beyond `u64` may be passed as `u64::MAX`.
#[must_use]
pub fn shr(a: IntRef<'_>, n: u64) -> BigInt {
    let (q, lost) = mag::shr(a.mag(), n);
    if a.is_negative() && lost {
        return BigInt::from_parts(true, mag::add(&q, &[1]));
    }
    BigInt::from_parts(a.is_negative(), q)
}

/// `~a`, which is `-a - 1`.
#[must_use]
pub fn not(a: IntRef<'_>) -> BigInt {
    if a.is_negative() {
        // ~(-m) = m - 1
        BigInt::from_parts(false, mag::sub(a.mag(), &[1]))
    } else {
        BigInt::from_parts(true, mag::add(a.mag(), &[1]))
    }
}

/// `a` as `n` limbs of two's complement (`n` above its magnitude's length).
fn twos(a: IntRef<'_>, n: usize) -> Vec<u64> {
    let mut v = a.mag().to_vec();
    v.resize(n, 0);
    if a.is_negative() {
        // -m = !(m - 1)
        let _ = mag::sub_in_place(&mut v, &[1]);
        for x in &mut v {
            *x = !*x;
        }
    }
    v
}

/// Value of a two's-complement limb string whose sign is `neg`.
fn from_twos(mut v: Vec<u64>, neg: bool) -> BigInt {
    if neg {
        // m = !v + 1
        for x in &mut v {
            *x = !*x;
        }
        mag::trim(&mut v);
        let m = mag::add(&v, &[1]);
        return BigInt::from_parts(true, m);
    }
    BigInt::from_parts(false, v)
}

fn bitwise(a: IntRef<'_>, b: IntRef<'_>, op: fn(u64, u64) -> u64) -> BigInt {
    let n = a.mag().len().max(b.mag().len()) + 1;
    let x = twos(a, n);
    let y = twos(b, n);
    let neg_mask = op(
        if a.is_negative() { u64::MAX } else { 0 },
        if b.is_negative() { u64::MAX } else { 0 },
    );
    let v: Vec<u64> = x.iter().zip(y.iter()).map(|(&p, &q)| op(p, q)).collect();
    from_twos(v, neg_mask != 0)
}

/// `a & b`.
#[must_use]
pub fn and(a: IntRef<'_>, b: IntRef<'_>) -> BigInt {
    bitwise(a, b, |p, q| p & q)
}

/// `a | b`.
#[must_use]
pub fn or(a: IntRef<'_>, b: IntRef<'_>) -> BigInt {
    bitwise(a, b, |p, q| p | q)
}

/// `a ^ b`.
#[must_use]
pub fn xor(a: IntRef<'_>, b: IntRef<'_>) -> BigInt {
    bitwise(a, b, |p, q| p ^ q)
}
