//! Integers and floats: correctly rounded `float(n)` and `a / b`,
//! truncating `int(f)`, and exact comparison of an int with a float.

use crate::error::BigIntError;
use crate::int::{cmp, BigInt, IntRef};
use crate::mag;
use alloc::vec;
use core::cmp::Ordering;

/// Round `(m + s) * 2^e` to the nearest float, ties to even, where `s` is a
/// fraction in (0, 1) when `sticky` and 0 otherwise. Callers that set
/// `sticky` pass `m` with at least 55 significant bits. `None` on overflow.
fn round_to_f64(neg: bool, m: u64, sticky: bool, e: i64) -> Option<f64> {
    let sign = if neg { 1u64 << 63 } else { 0 };
    if m == 0 {
        return Some(f64::from_bits(sign));
    }
    let bl = i64::from(64 - m.leading_zeros());
    let top = bl - 1 + e;
    // Bits kept: 53 for normal results, fewer in the subnormal range.
    let keep = if top >= -1022 { 53 } else { 53 - (-1022 - top) };
    let drop = bl - keep;
    let (mant, e2) = if drop <= 0 {
        (m, e)
    } else {
        let (shifted, rem, half) = if drop >= 65 {
            (0u64, 1u128, 2u128) // far below half of the last kept bit
        } else {
            let d = drop as u32;
            let rem = u128::from(m) & ((1u128 << d) - 1);
            (
                u64::try_from(u128::from(m) >> d).unwrap_or(0),
                rem,
                1u128 << (d - 1),
            )
        };
        let up = rem > half || (rem == half && (sticky || shifted & 1 == 1));
        (shifted + u64::from(up), e + drop)
    };
    if mant == 0 {
        return Some(f64::from_bits(sign));
    }
    let bl2 = i64::from(64 - mant.leading_zeros());
    let top2 = bl2 - 1 + e2;
    if top2 > 1023 {
        return None;
    }
    let bits = if top2 >= -1022 {
        let frac = if bl2 > 53 {
            mant >> (bl2 - 53)
        } else {
            mant << (53 - bl2)
        };
        (((top2 + 1023) as u64) << 52) | (frac & ((1u64 << 52) - 1))
    } else {
        let s = e2 + 1074;
        if (0..64).contains(&s) {
            mant << s
        } else {
            0
        }
    };
    Some(f64::from_bits(sign | bits))
}

/// `float(a)`, correctly rounded; `IntTooLargeForFloat` past `f64::MAX`.
pub fn to_f64(a: IntRef<'_>) -> Result<f64, BigIntError> {
    let bl = mag::bit_len(a.mag());
    if bl <= 64 {
        let m = a.mag().first().copied().unwrap_or(0) as f64;
        return Ok(if a.is_negative() { -m } else { m });
    }
    if bl > 1025 {
        return Err(BigIntError::IntTooLargeForFloat);
    }
    let (top, lost) = mag::shr(a.mag(), bl - 64);
    let m = top.first().copied().unwrap_or(0);
    round_to_f64(a.is_negative(), m, lost, (bl - 64) as i64).ok_or(BigIntError::IntTooLargeForFloat)
}

/// `a / b`, correctly rounded like CPython's int true division.
pub fn truediv(a: IntRef<'_>, b: IntRef<'_>) -> Result<f64, BigIntError> {
    if b.is_zero() {
        return Err(BigIntError::ZeroDivision);
    }
    let neg = a.is_negative() != b.is_negative();
    let sign = if neg { -0.0 } else { 0.0 };
    if a.is_zero() {
        return Ok(sign);
    }
    let (la, lb) = (mag::bit_len(a.mag()), mag::bit_len(b.mag()));
    if la <= 53 && lb <= 53 {
        // Both exact as floats: one IEEE division rounds correctly.
        let x = a.mag().first().copied().unwrap_or(0) as f64;
        let y = b.mag().first().copied().unwrap_or(1) as f64;
        let q = x / y;
        return Ok(if neg { -q } else { q });
    }
    let diff = la as i64 - lb as i64;
    if diff > 1025 {
        return Err(BigIntError::DivisionTooLargeForFloat);
    }
    if diff < -1076 {
        return Ok(sign);
    }
    // Scale so the integer quotient has 62 or 63 bits.
    let s = diff - 62;
    let (x, mut sticky) = if s < 0 {
        (mag::shl(a.mag(), s.unsigned_abs()), false)
    } else {
        mag::shr(a.mag(), s.unsigned_abs())
    };
    let (q, r) = mag::divrem(&x, b.mag());
    sticky |= !r.is_empty();
    let m = q.first().copied().unwrap_or(0);
    round_to_f64(neg, m, sticky, s).ok_or(BigIntError::DivisionTooLargeForFloat)
}

/// Split a finite float into its truncated integer part and whether it has
/// a nonzero fractional part.
fn split_f64(f: f64) -> (BigInt, bool) {
    let bits = f.to_bits();
    let neg = bits >> 63 == 1;
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if exp == 0 {
        // Zero or subnormal: |f| < 1.
        return (BigInt::zero(), frac != 0);
    }
    let m = frac | (1u64 << 52);
    let shift = exp - 1075;
    if shift >= 0 {
        return (
            BigInt::from_parts(neg, mag::shl(&[m], shift.unsigned_abs())),
            false,
        );
    }
    let r = shift.unsigned_abs();
    if r >= 64 {
        return (BigInt::zero(), true);
    }
    let int = m >> r;
    let has_frac = m & ((1u64 << r) - 1) != 0;
    (BigInt::from_parts(neg, vec![int]), has_frac)
}

/// `int(f)`: truncates toward zero. NaN and infinities are errors.
pub fn from_f64(f: f64) -> Result<BigInt, BigIntError> {
    if f.is_nan() {
        return Err(BigIntError::FloatNaN);
    }
    if f.is_infinite() {
        return Err(BigIntError::FloatInfinity);
    }
    Ok(split_f64(f).0)
}

/// Exact comparison of an int with a float (as Python's `<`, `==`, ...):
/// `None` when `f` is NaN.
#[must_use]
pub fn cmp_f64(a: IntRef<'_>, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let (int, has_frac) = split_f64(f);
    match cmp(a, int.as_ref()) {
        Ordering::Equal if has_frac => Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        }),
        o => Some(o),
    }
}
