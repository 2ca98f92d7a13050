//! The two integer types: [`IntRef`], a borrowed sign-and-magnitude view
//! over limbs stored elsewhere (the VM's heap), and [`BigInt`], an owned
//! result. Conversions to and from machine integers, comparison, negation.

use crate::mag;
use alloc::vec;
use alloc::vec::Vec;
use core::cmp::Ordering;

/// A borrowed integer: sign plus little-endian `u64` magnitude limbs.
///
/// Always normalized: no trailing zero limbs and zero is never negative.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct IntRef<'a> {
    neg: bool,
    mag: &'a [u64],
}

impl<'a> IntRef<'a> {
    /// A view of `mag` (little-endian limbs) with sign `neg`. Trailing zero
    /// limbs are ignored and a zero magnitude is never negative.
    #[must_use]
    pub fn new(neg: bool, mag: &'a [u64]) -> Self {
        let mag = mag::trimmed(mag);
        Self {
            neg: neg && !mag.is_empty(),
            mag,
        }
    }

    /// Zero.
    #[must_use]
    pub const fn zero() -> Self {
        Self {
            neg: false,
            mag: &[],
        }
    }

    /// True when the value is below zero.
    #[must_use]
    pub fn is_negative(self) -> bool {
        self.neg
    }

    /// True when the value is zero.
    #[must_use]
    pub fn is_zero(self) -> bool {
        self.mag.is_empty()
    }

    /// The magnitude's limbs, least significant first, no trailing zeros.
    #[must_use]
    pub fn mag(self) -> &'a [u64] {
        self.mag
    }

    /// An owned copy.
    #[must_use]
    pub fn to_owned(self) -> BigInt {
        BigInt {
            neg: self.neg,
            mag: self.mag.to_vec(),
        }
    }

    /// The value as `i64` when it fits.
    #[must_use]
    pub fn to_i64(self) -> Option<i64> {
        match self.mag {
            [] => Some(0),
            [m] => {
                if self.neg {
                    if *m <= 1u64 << 63 {
                        Some((*m as i64).wrapping_neg())
                    } else {
                        None
                    }
                } else {
                    i64::try_from(*m).ok()
                }
            }
            _ => None,
        }
    }

    /// The value as `i128` when it fits.
    #[must_use]
    pub fn to_i128(self) -> Option<i128> {
        let m: u128 = match self.mag {
            [] => 0,
            [lo] => u128::from(*lo),
            [lo, hi] => u128::from(*lo) | (u128::from(*hi) << 64),
            _ => return None,
        };
        if self.neg {
            if m <= 1u128 << 127 {
                Some((m as i128).wrapping_neg())
            } else {
                None
            }
        } else {
            i128::try_from(m).ok()
        }
    }

    /// The magnitude as `u64` when it fits (sign ignored).
    pub(crate) fn mag_u64(self) -> Option<u64> {
        match self.mag {
            [] => Some(0),
            [m] => Some(*m),
            _ => None,
        }
    }
}

/// An owned integer result. The VM copies its limbs into a heap object (or
/// a small int) and drops it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct BigInt {
    neg: bool,
    mag: Vec<u64>,
}

impl BigInt {
    /// Zero.
    #[must_use]
    pub const fn zero() -> Self {
        Self {
            neg: false,
            mag: Vec::new(),
        }
    }

    /// Build from a sign and little-endian limbs; normalizes.
    #[must_use]
    pub fn from_parts(neg: bool, mut mag: Vec<u64>) -> Self {
        mag::trim(&mut mag);
        let neg = neg && !mag.is_empty();
        Self { neg, mag }
    }

    /// The sign and limbs (normalized).
    #[must_use]
    pub fn into_parts(self) -> (bool, Vec<u64>) {
        (self.neg, self.mag)
    }

    /// A borrowed view.
    #[must_use]
    pub fn as_ref(&self) -> IntRef<'_> {
        IntRef {
            neg: self.neg,
            mag: &self.mag,
        }
    }

    /// True when the value is below zero.
    #[must_use]
    pub fn is_negative(&self) -> bool {
        self.neg
    }

    /// True when the value is zero.
    #[must_use]
    pub fn is_zero(&self) -> bool {
        self.mag.is_empty()
    }

    /// The magnitude's limbs, least significant first.
    #[must_use]
    pub fn mag(&self) -> &[u64] {
        &self.mag
    }

    /// The value as `i64` when it fits.
    #[must_use]
    pub fn to_i64(&self) -> Option<i64> {
        self.as_ref().to_i64()
    }

    /// The value as `i128` when it fits.
    #[must_use]
    pub fn to_i128(&self) -> Option<i128> {
        self.as_ref().to_i128()
    }
}

impl From<i64> for BigInt {
    fn from(v: i64) -> Self {
        let m = v.unsigned_abs();
        Self::from_parts(v < 0, vec![m])
    }
}

impl From<u64> for BigInt {
    fn from(v: u64) -> Self {
        Self::from_parts(false, vec![v])
    }
}

impl From<i128> for BigInt {
    fn from(v: i128) -> Self {
        let m = v.unsigned_abs();
        Self::from_parts(v < 0, vec![m as u64, (m >> 64) as u64])
    }
}

impl From<u128> for BigInt {
    fn from(v: u128) -> Self {
        Self::from_parts(false, vec![v as u64, (v >> 64) as u64])
    }
}

impl<'a> From<&'a BigInt> for IntRef<'a> {
    fn from(v: &'a BigInt) -> Self {
        v.as_ref()
    }
}

/// Compare two integers.
#[must_use]
pub fn cmp(a: IntRef<'_>, b: IntRef<'_>) -> Ordering {
    match (a.neg, b.neg) {
        (false, true) => Ordering::Greater,
        (true, false) => Ordering::Less,
        (false, false) => mag::cmp(a.mag, b.mag),
        (true, true) => mag::cmp(b.mag, a.mag),
    }
}

/// `-a`.
#[must_use]
pub fn neg(a: IntRef<'_>) -> BigInt {
    BigInt::from_parts(!a.neg, a.mag.to_vec())
}

/// `abs(a)`.
#[must_use]
pub fn abs(a: IntRef<'_>) -> BigInt {
    BigInt::from_parts(false, a.mag.to_vec())
}

impl Ord for BigInt {
    fn cmp(&self, other: &Self) -> Ordering {
        cmp(self.as_ref(), other.as_ref())
    }
}

impl PartialOrd for BigInt {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(Ord::cmp(self, other))
    }
}
