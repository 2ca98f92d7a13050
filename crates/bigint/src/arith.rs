//! Signed arithmetic with Python semantics: `+ - *`, floor division and
//! modulo, `pow` (plain and modular, with modular inverse), `gcd`.

use crate::error::BigIntError;
use crate::int::{BigInt, IntRef};
use crate::{mag, mul as mulmod};
use alloc::vec;
use alloc::vec::Vec;
use core::cmp::Ordering;

/// Largest result, in bits, an operation will build; past it the operation
/// returns [`BigIntError::TooBig`] (a `MemoryError` in Python) instead of
/// trying to allocate. 2^32 bits is 512 MiB of limbs.
pub const MAX_BITS: u64 = 1 << 32;

/// Signed sum of two sign-magnitude values.
fn add_signed(an: bool, am: &[u64], bn: bool, bm: &[u64]) -> BigInt {
    if an == bn {
        return BigInt::from_parts(an, mag::add(am, bm));
    }
    match mag::cmp(am, bm) {
        Ordering::Equal => BigInt::zero(),
        Ordering::Greater => BigInt::from_parts(an, mag::sub(am, bm)),
        Ordering::Less => BigInt::from_parts(bn, mag::sub(bm, am)),
    }
}

/// `a + b`.
#[must_use]
pub fn add(a: IntRef<'_>, b: IntRef<'_>) -> BigInt {
    add_signed(a.is_negative(), a.mag(), b.is_negative(), b.mag())
}

/// `a - b`.
#[must_use]
pub fn sub(a: IntRef<'_>, b: IntRef<'_>) -> BigInt {
    add_signed(a.is_negative(), a.mag(), !b.is_negative(), b.mag())
}

/// `a * b`.
#[must_use]
pub fn mul(a: IntRef<'_>, b: IntRef<'_>) -> BigInt {
    BigInt::from_parts(
        a.is_negative() != b.is_negative(),
        mulmod::mul(a.mag(), b.mag()),
    )
}

/// `a * b` forcing the Karatsuba cut-over at `threshold` limbs (tests and
/// tuning only; [`mul`] uses [`crate::KARATSUBA_THRESHOLD`]).
#[must_use]
pub fn mul_with_threshold(a: IntRef<'_>, b: IntRef<'_>, threshold: usize) -> BigInt {
    BigInt::from_parts(
        a.is_negative() != b.is_negative(),
        mulmod::mul_with_threshold(a.mag(), b.mag(), threshold),
    )
}

/// `divmod(a, b)` with Python's floor semantics: the quotient rounds toward
/// negative infinity and the remainder takes the divisor's sign.
pub fn divmod(a: IntRef<'_>, b: IntRef<'_>) -> Result<(BigInt, BigInt), BigIntError> {
    if b.is_zero() {
        return Err(BigIntError::ZeroDivision);
    }
    let (q, r) = mag::divrem(a.mag(), b.mag());
    if a.is_negative() == b.is_negative() {
        return Ok((
            BigInt::from_parts(false, q),
            BigInt::from_parts(a.is_negative(), r),
        ));
    }
    if r.is_empty() {
        return Ok((BigInt::from_parts(true, q), BigInt::zero()));
    }
    let q = mag::add(&q, &[1]);
    let r = mag::sub(b.mag(), &r);
    Ok((
        BigInt::from_parts(true, q),
        BigInt::from_parts(b.is_negative(), r),
    ))
}

/// `a // b`.
pub fn floordiv(a: IntRef<'_>, b: IntRef<'_>) -> Result<BigInt, BigIntError> {
    divmod(a, b).map(|(q, _)| q)
}

/// `a % b`.
pub fn modulo(a: IntRef<'_>, b: IntRef<'_>) -> Result<BigInt, BigIntError> {
    divmod(a, b).map(|(_, r)| r)
}

/// Non-negative remainder of a magnitude modulo a nonzero magnitude.
fn mag_rem(a: &[u64], m: &[u64]) -> Vec<u64> {
    if mag::cmp(a, m) == Ordering::Less {
        return a.to_vec();
    }
    mag::divrem(a, m).1
}

/// `base ** exp` for `exp >= 0`. Fails with `TooBig` when
/// `bit_length(base) * exp` exceeds [`MAX_BITS`] (bases 0 and ±1 never do).
pub fn pow(base: IntRef<'_>, exp: IntRef<'_>) -> Result<BigInt, BigIntError> {
    if exp.is_negative() {
        return Err(BigIntError::NegativeExponent);
    }
    let odd = exp.mag().first().is_some_and(|&l| l & 1 == 1);
    // Bases 0, 1 and -1 stay small for any exponent.
    match base.mag() {
        [] => {
            return Ok(if exp.is_zero() {
                BigInt::from(1i64)
            } else {
                BigInt::zero()
            })
        }
        [1] => return Ok(BigInt::from_parts(base.is_negative() && odd, vec![1])),
        _ => {}
    }
    let Some(e) = exp.mag_u64() else {
        return Err(BigIntError::TooBig);
    };
    if e == 0 {
        return Ok(BigInt::from(1i64));
    }
    let bits = mag::bit_len(base.mag());
    // bits * e bounds the result's size from above (within a factor of two).
    if bits.saturating_mul(e) > MAX_BITS {
        return Err(BigIntError::TooBig);
    }
    let b = base.mag();
    let mut acc = b.to_vec();
    for i in (0..63 - e.leading_zeros()).rev() {
        acc = mulmod::mul(&acc, &acc);
        if (e >> i) & 1 == 1 {
            acc = mulmod::mul(&acc, b);
        }
    }
    Ok(BigInt::from_parts(base.is_negative() && odd, acc))
}

/// `pow(base, exp, modulus)`. A negative `exp` uses the modular inverse of
/// `base` (Python 3.8+). The result has the modulus's sign, as `%` does.
pub fn pow_mod(
    base: IntRef<'_>,
    exp: IntRef<'_>,
    modulus: IntRef<'_>,
) -> Result<BigInt, BigIntError> {
    if modulus.is_zero() {
        return Err(BigIntError::ZeroModulus);
    }
    let m = modulus.mag();
    // Reduce the base into [0, |m|).
    let mut b = BigInt::from_parts(false, mag_rem(base.mag(), m));
    if base.is_negative() && !b.is_zero() {
        b = BigInt::from_parts(false, mag::sub(m, b.mag()));
    }
    if exp.is_negative() {
        b = inverse(b.mag(), m)?;
    }
    let mut result: Vec<u64> = if m == [1] { Vec::new() } else { vec![1] };
    let e = exp.mag();
    let bm = b.mag();
    for (i, &limb) in e.iter().enumerate().rev() {
        let top = if i + 1 == e.len() {
            64 - limb.leading_zeros()
        } else {
            64
        };
        for bit in (0..top).rev() {
            result = mag_rem(&mulmod::mul(&result, &result), m);
            if (limb >> bit) & 1 == 1 {
                result = mag_rem(&mulmod::mul(&result, bm), m);
            }
        }
    }
    if modulus.is_negative() && !result.is_empty() {
        result = mag::sub(m, &result);
        return Ok(BigInt::from_parts(true, result));
    }
    Ok(BigInt::from_parts(false, result))
}

/// Inverse of `a` modulo `m` (both magnitudes, `m` nonzero), in `[0, m)`.
fn inverse(a: &[u64], m: &[u64]) -> Result<BigInt, BigIntError> {
    // Extended Euclid keeping only the coefficient of `a`.
    let mut r0 = BigInt::from_parts(false, m.to_vec());
    let mut r1 = BigInt::from_parts(false, a.to_vec());
    let mut s0 = BigInt::zero();
    let mut s1 = BigInt::from(1i64);
    while !r1.is_zero() {
        let (q, r) = divmod(r0.as_ref(), r1.as_ref())?;
        let s = sub(s0.as_ref(), mul(q.as_ref(), s1.as_ref()).as_ref());
        r0 = core::mem::replace(&mut r1, r);
        s0 = core::mem::replace(&mut s1, s);
    }
    if r0.mag() != [1] && m != [1] {
        return Err(BigIntError::NotInvertible);
    }
    modulo(s0.as_ref(), IntRef::new(false, m))
}

/// `math.gcd(a, b)`, always non-negative.
#[must_use]
pub fn gcd(a: IntRef<'_>, b: IntRef<'_>) -> BigInt {
    let mut x = a.mag().to_vec();
    let mut y = b.mag().to_vec();
    while !y.is_empty() {
        // Single-limb tail: finish with machine words.
        if let ([xs], [ys]) = (x.as_slice(), y.as_slice()) {
            let (mut p, mut q) = (*xs, *ys);
            while q != 0 {
                (p, q) = (q, p % q);
            }
            return BigInt::from_parts(false, vec![p]);
        }
        let r = mag_rem(&x, &y);
        x = core::mem::replace(&mut y, r);
    }
    BigInt::from_parts(false, x)
}
