//! `int.to_bytes` and `int.from_bytes`.

use crate::arith::MAX_BITS;
use crate::error::BigIntError;
use crate::int::{BigInt, IntRef};
use crate::mag;
use alloc::vec::Vec;

/// Byte order for [`to_bytes`] and [`from_bytes`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ByteOrder {
    /// Most significant byte first (`"big"`).
    Big,
    /// Least significant byte first (`"little"`).
    Little,
}

/// `a.to_bytes(length, order, signed=signed)`.
///
/// Negative values need `signed`; a value that does not fit in `length`
/// bytes (as two's complement when `signed`) is `IntTooBigToConvert`; a
/// `length` over [`crate::MAX_BITS`] bits is `TooBig` (a `MemoryError`).
pub fn to_bytes(
    a: IntRef<'_>,
    length: usize,
    order: ByteOrder,
    signed: bool,
) -> Result<Vec<u8>, BigIntError> {
    if a.is_negative() && !signed {
        return Err(BigIntError::NegativeToUnsigned);
    }
    let avail = (length as u64).saturating_mul(8);
    if avail > MAX_BITS {
        return Err(BigIntError::TooBig);
    }
    let fits = if a.is_negative() {
        // a >= -2^(8L-1)  <=>  bit_length(|a| - 1) <= 8L - 1
        let m1 = mag::sub(a.mag(), &[1]);
        length > 0 && mag::bit_len(&m1) < avail
    } else {
        // A signed positive value needs a zero sign bit above its bits.
        let need = mag::bit_len(a.mag()) + u64::from(signed && !a.is_zero());
        need <= avail
    };
    if !fits {
        return Err(BigIntError::IntTooBigToConvert);
    }
    let mut out = Vec::with_capacity(length);
    let fill = if a.is_negative() { 0xff } else { 0 };
    // Two's complement, little-endian, produced limb by limb.
    let mut borrow = a.is_negative();
    let mut limbs = a.mag().iter();
    while out.len() < length {
        let limb = match limbs.next() {
            Some(&x) => {
                if a.is_negative() {
                    let (d, b) = x.overflowing_sub(u64::from(borrow));
                    borrow = b;
                    !d
                } else {
                    x
                }
            }
            None => {
                out.resize(length, fill);
                break;
            }
        };
        for byte in limb.to_le_bytes() {
            if out.len() < length {
                out.push(byte);
            }
        }
    }
    if order == ByteOrder::Big {
        out.reverse();
    }
    Ok(out)
}

/// `int.from_bytes(bytes, order, signed=signed)`.
#[must_use]
pub fn from_bytes(bytes: &[u8], order: ByteOrder, signed: bool) -> BigInt {
    let mut le: Vec<u8> = bytes.to_vec();
    if order == ByteOrder::Big {
        le.reverse();
    }
    let neg = signed && le.last().is_some_and(|&b| b & 0x80 != 0);
    let mut limbs: Vec<u64> = le
        .chunks(8)
        .map(|c| {
            let mut buf = [if neg { 0xff } else { 0 }; 8];
            for (d, s) in buf.iter_mut().zip(c) {
                *d = *s;
            }
            u64::from_le_bytes(buf)
        })
        .collect();
    if neg {
        // Magnitude of a two's-complement value: !v + 1.
        for x in &mut limbs {
            *x = !*x;
        }
        mag::trim(&mut limbs);
        return BigInt::from_parts(true, mag::add(&limbs, &[1]));
    }
    BigInt::from_parts(false, limbs)
}
