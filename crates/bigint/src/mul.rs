//! Magnitude multiplication: schoolbook below [`KARATSUBA_THRESHOLD`] limbs,
//! Karatsuba above it, and slicing of lopsided operands into balanced pieces.

use crate::mag;
use alloc::vec;
use alloc::vec::Vec;

/// Operands shorter than this many limbs (the shorter one) are multiplied
/// by schoolbook; chosen by measurement with `examples/bench.rs`.
pub const KARATSUBA_THRESHOLD: usize = 48;

/// `a * b` for trimmed magnitudes.
pub(crate) fn mul(a: &[u64], b: &[u64]) -> Vec<u64> {
    mul_with_threshold(a, b, KARATSUBA_THRESHOLD)
}

/// `a * b` with an explicit Karatsuba threshold (at least 2), so tests can
/// compare the two algorithms and the benchmark can tune the cut-over.
pub(crate) fn mul_with_threshold(a: &[u64], b: &[u64], threshold: usize) -> Vec<u64> {
    let threshold = threshold.max(2);
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    if b.is_empty() {
        return Vec::new();
    }
    if b.len() < threshold {
        let mut out = vec![0u64; a.len() + b.len()];
        schoolbook_into(&mut out, a, b);
        mag::trim(&mut out);
        return out;
    }
    if a.len() >= 2 * b.len() {
        // Lopsided: multiply b by b-sized slices of a and add the pieces.
        let mut out = Vec::with_capacity(a.len() + b.len());
        for (i, chunk) in a.chunks(b.len()).enumerate() {
            let part = mul_with_threshold(mag::trimmed(chunk), b, threshold);
            mag::add_at(&mut out, &part, i * b.len());
        }
        mag::trim(&mut out);
        return out;
    }
    karatsuba(a, b, threshold)
}

/// Karatsuba step for `b.len() <= a.len() < 2 * b.len()`.
fn karatsuba(a: &[u64], b: &[u64], threshold: usize) -> Vec<u64> {
    let h = a.len() / 2;
    let (a0, a1) = a.split_at(h);
    let (b0, b1) = b.split_at(h.min(b.len()));
    let (a0, b0) = (mag::trimmed(a0), mag::trimmed(b0));
    let z0 = mul_with_threshold(a0, b0, threshold);
    let z2 = mul_with_threshold(a1, b1, threshold);
    let sa = mag::add(a0, a1);
    let sb = mag::add(b0, b1);
    let mut z1 = mul_with_threshold(&sa, &sb, threshold);
    // z1 = (a0+a1)(b0+b1) - z0 - z2 = a0*b1 + a1*b0 >= 0
    let _ = mag::sub_in_place(&mut z1, &z0);
    let _ = mag::sub_in_place(&mut z1, &z2);
    mag::trim(&mut z1);
    let mut out = Vec::with_capacity(a.len() + b.len() + 1);
    out.extend_from_slice(&z0);
    mag::add_at(&mut out, &z1, h);
    mag::add_at(&mut out, &z2, 2 * h);
    mag::trim(&mut out);
    out
}

/// `out += a * b`; `out` has at least `a.len() + b.len()` limbs.
fn schoolbook_into(out: &mut [u64], a: &[u64], b: &[u64]) {
    for (i, &y) in b.iter().enumerate() {
        if y == 0 {
            continue;
        }
        let Some(row) = out.get_mut(i..) else { return };
        let mut carry: u64 = 0;
        let mut k = 0;
        for (o, &x) in row.iter_mut().zip(a.iter()) {
            let t = u128::from(x) * u128::from(y) + u128::from(*o) + u128::from(carry);
            *o = t as u64;
            carry = (t >> 64) as u64;
            k += 1;
        }
        let mut rest = row.iter_mut().skip(k);
        while carry != 0 {
            match rest.next() {
                Some(o) => {
                    let (s, c) = o.overflowing_add(carry);
                    *o = s;
                    carry = u64::from(c);
                }
                None => break,
            }
        }
    }
}
