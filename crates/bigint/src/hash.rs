//! `hash(n)` compatible with CPython on 64-bit builds: the value modulo the
//! Mersenne prime 2^61 - 1, negated for negative values, with -1 mapped to
//! -2 (CPython reserves -1 for errors).

use crate::int::IntRef;

/// The modulus of CPython's numeric hash, `sys.hash_info.modulus`.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;

/// `hash(a)`, equal to CPython's for the same value.
#[must_use]
pub fn hash(a: IntRef<'_>) -> i64 {
    let p = u128::from(HASH_MODULUS);
    let mut h: u128 = 0;
    for &limb in a.mag().iter().rev() {
        h = ((h << 64) | u128::from(limb)) % p;
    }
    // h < 2^61, so it fits an i64 either way.
    let h = h as i64;
    let h = if a.is_negative() { -h } else { h };
    if h == -1 {
        -2
    } else {
        h
    }
}
