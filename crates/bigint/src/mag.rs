//! Unsigned magnitudes: little-endian `u64` limbs with no trailing zero limb
//! (zero is the empty slice). Addition, subtraction, comparison, shifts,
//! single-limb and multi-limb division (Knuth's algorithm D).
//!
//! Every function here takes trimmed inputs and returns a trimmed result.

use alloc::vec;
use alloc::vec::Vec;
use core::cmp::Ordering;

/// Drop trailing zero limbs.
pub(crate) fn trim(v: &mut Vec<u64>) {
    while v.last() == Some(&0) {
        v.pop();
    }
}

/// The slice without its trailing zero limbs.
pub(crate) fn trimmed(s: &[u64]) -> &[u64] {
    let n = s.iter().rposition(|&x| x != 0).map_or(0, |i| i + 1);
    s.get(..n).unwrap_or(&[])
}

/// Compare two trimmed magnitudes.
pub(crate) fn cmp(a: &[u64], b: &[u64]) -> Ordering {
    a.len()
        .cmp(&b.len())
        .then_with(|| a.iter().rev().cmp(b.iter().rev()))
}

/// Number of significant bits.
pub(crate) fn bit_len(a: &[u64]) -> u64 {
    match a.last() {
        None => 0,
        Some(&top) => (a.len() as u64 - 1) * 64 + u64::from(64 - top.leading_zeros()),
    }
}

/// `a + b`.
pub(crate) fn add(a: &[u64], b: &[u64]) -> Vec<u64> {
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut out = Vec::with_capacity(a.len() + 1);
    out.extend_from_slice(a);
    add_at(&mut out, b, 0);
    out
}

/// `acc += b << (64 * offset)`, growing `acc` as needed.
pub(crate) fn add_at(acc: &mut Vec<u64>, b: &[u64], offset: usize) {
    if b.is_empty() {
        return;
    }
    let need = offset + b.len();
    if acc.len() < need {
        acc.resize(need, 0);
    }
    let mut carry = false;
    let mut i = offset;
    for &y in b {
        if let Some(x) = acc.get_mut(i) {
            let (s1, c1) = x.overflowing_add(y);
            let (s2, c2) = s1.overflowing_add(u64::from(carry));
            *x = s2;
            carry = c1 | c2;
        }
        i += 1;
    }
    while carry {
        match acc.get_mut(i) {
            Some(x) => {
                let (s, c) = x.overflowing_add(1);
                *x = s;
                carry = c;
            }
            None => {
                acc.push(1);
                carry = false;
            }
        }
        i += 1;
    }
}

/// `a -= b` in place over `a`'s length; returns the final borrow.
pub(crate) fn sub_in_place(a: &mut [u64], b: &[u64]) -> bool {
    let mut borrow = false;
    let mut bi = b.iter();
    for x in a.iter_mut() {
        let y = match bi.next() {
            Some(&y) => y,
            None if !borrow => return false,
            None => 0,
        };
        let (d1, b1) = x.overflowing_sub(y);
        let (d2, b2) = d1.overflowing_sub(u64::from(borrow));
        *x = d2;
        borrow = b1 | b2;
    }
    borrow || bi.any(|&y| y != 0)
}

/// `a - b`, requires `a >= b`.
pub(crate) fn sub(a: &[u64], b: &[u64]) -> Vec<u64> {
    let mut out = a.to_vec();
    let _ = sub_in_place(&mut out, b);
    trim(&mut out);
    out
}

/// `v = v * m + add` in place.
pub(crate) fn mul_small_add(v: &mut Vec<u64>, m: u64, add: u64) {
    let mut carry = add;
    for x in v.iter_mut() {
        let t = u128::from(*x) * u128::from(m) + u128::from(carry);
        *x = t as u64;
        carry = (t >> 64) as u64;
    }
    if carry != 0 {
        v.push(carry);
    }
    trim(v);
}

/// `(a / d, a % d)` for a single nonzero limb `d`.
pub(crate) fn divrem_small(a: &[u64], d: u64) -> (Vec<u64>, u64) {
    let mut q = vec![0u64; a.len()];
    let rem = divrem_small_in_place(&mut q, a, d);
    trim(&mut q);
    (q, rem)
}

/// Writes `a / d` into `q` (same length as `a`) and returns `a % d`.
/// Uses a precomputed reciprocal so each limb costs two multiplications
/// instead of a 128-by-64 hardware-less division.
pub(crate) fn divrem_small_in_place(q: &mut [u64], a: &[u64], d: u64) -> u64 {
    if d == 0 {
        return 0;
    }
    let shift = d.leading_zeros();
    let recip = Recip::new(d << shift);
    // Divide `a << shift` by `d << shift`: same quotient, remainder shifted.
    // Limb i of the shifted dividend is a[i] << shift | a[i-1] >> (64-shift).
    let high_bits = |x: u64| if shift == 0 { 0 } else { x >> (64 - shift) };
    let mut rem = a.last().map_or(0, |&x| high_bits(x));
    for (i, qi) in q.iter_mut().enumerate().take(a.len()).rev() {
        let x = a.get(i).copied().unwrap_or(0);
        let below = match i.checked_sub(1) {
            Some(k) => high_bits(a.get(k).copied().unwrap_or(0)),
            None => 0,
        };
        let (qq, r) = recip.div2by1(rem, (x << shift) | below);
        *qi = qq;
        rem = r;
    }
    rem >> shift
}

/// Shift a limb vector left by `shift < 64` bits in place (the top bits of
/// the last limb are lost, so callers leave a zero limb on top).
fn shl_bits_in_place(v: &mut [u64], shift: u32) {
    if shift == 0 {
        return;
    }
    let mut carry = 0u64;
    for x in v.iter_mut() {
        let nx = (*x << shift) | carry;
        carry = *x >> (64 - shift);
        *x = nx;
    }
}

/// Reciprocal of a normalized divisor (top bit set) for 2-by-1 division
/// (Möller and Granlund, "Improved division by invariant integers").
#[derive(Debug, Clone, Copy)]
pub(crate) struct Recip {
    d: u64,
    v: u64,
}

impl Recip {
    /// `d` must have its top bit set.
    pub(crate) fn new(d: u64) -> Self {
        let v = if d == 0 {
            0
        } else {
            ((u128::MAX / u128::from(d)) - (1u128 << 64)) as u64
        };
        Self { d, v }
    }

    /// Divide `(u1 << 64) | u0` by `d`, requires `u1 < d`.
    #[inline]
    pub(crate) fn div2by1(&self, u1: u64, u0: u64) -> (u64, u64) {
        let q = u128::from(self.v) * u128::from(u1) + ((u128::from(u1) << 64) | u128::from(u0));
        let mut q1 = ((q >> 64) as u64).wrapping_add(1);
        let q0 = q as u64;
        let mut r = u0.wrapping_sub(q1.wrapping_mul(self.d));
        if r > q0 {
            q1 = q1.wrapping_sub(1);
            r = r.wrapping_add(self.d);
        }
        if r >= self.d {
            q1 = q1.wrapping_add(1);
            r -= self.d;
        }
        (q1, r)
    }
}

/// `a << bits`.
pub(crate) fn shl(a: &[u64], bits: u64) -> Vec<u64> {
    if a.is_empty() {
        return Vec::new();
    }
    let limbs = (bits / 64) as usize;
    let shift = (bits % 64) as u32;
    let mut out = Vec::with_capacity(limbs + a.len() + 1);
    out.resize(limbs, 0);
    out.extend_from_slice(a);
    out.push(0);
    if let Some(tail) = out.get_mut(limbs..) {
        shl_bits_in_place(tail, shift);
    }
    trim(&mut out);
    out
}

/// `a >> bits` and whether any one bit was shifted out.
pub(crate) fn shr(a: &[u64], bits: u64) -> (Vec<u64>, bool) {
    let limbs = bits / 64;
    if limbs >= a.len() as u64 {
        return (Vec::new(), !a.is_empty());
    }
    let limbs = limbs as usize;
    let shift = (bits % 64) as u32;
    let (low, high) = a.split_at(limbs);
    let mut lost = low.iter().any(|&x| x != 0);
    let mut out = high.to_vec();
    if shift != 0 {
        if let Some(&first) = out.first() {
            lost |= first & ((1u64 << shift) - 1) != 0;
        }
        let mut carry = 0u64;
        for x in out.iter_mut().rev() {
            let nx = (*x >> shift) | carry;
            carry = *x << (64 - shift);
            *x = nx;
        }
    }
    trim(&mut out);
    (out, lost)
}

/// `(u / v, u % v)` for a nonzero `v`; an empty `v` gives `(0, u)`.
pub(crate) fn divrem(u: &[u64], v: &[u64]) -> (Vec<u64>, Vec<u64>) {
    if v.is_empty() {
        return (Vec::new(), u.to_vec());
    }
    if cmp(u, v) == Ordering::Less {
        return (Vec::new(), u.to_vec());
    }
    if let [d] = v {
        let (q, r) = divrem_small(u, *d);
        let r = if r == 0 { Vec::new() } else { vec![r] };
        return (q, r);
    }
    knuth_d(u, v)
}

/// Knuth's algorithm D (TAOCP 4.3.1) for `v.len() >= 2`, `u >= v`.
fn knuth_d(u: &[u64], v: &[u64]) -> (Vec<u64>, Vec<u64>) {
    let n = v.len();
    let m = u.len() - n;
    let shift = v.last().map_or(0, |t| t.leading_zeros());
    let mut vn = v.to_vec();
    shl_bits_in_place(&mut vn, shift);
    let mut un = Vec::with_capacity(u.len() + 1);
    un.extend_from_slice(u);
    un.push(0);
    shl_bits_in_place(&mut un, shift);
    let vtop = vn.get(n - 1).copied().unwrap_or(1);
    let vsec = vn.get(n - 2).copied().unwrap_or(0);
    let recip = Recip::new(vtop);
    let mut q = vec![0u64; m + 1];
    for j in (0..=m).rev() {
        let u2 = un.get(j + n).copied().unwrap_or(0);
        let u1 = un.get(j + n - 1).copied().unwrap_or(0);
        let u0 = un.get(j + n - 2).copied().unwrap_or(0);
        // Estimate the quotient limb from the top two limbs; it is at most
        // two too large, corrected by the second divisor limb below.
        let mut qhat: u64;
        let mut rhat: u64;
        let mut rhat_overflow = false;
        if u2 >= vtop {
            qhat = u64::MAX;
            // rhat = (u2*b + u1) - qhat*vtop = u1 + vtop when u2 == vtop
            let (r, c) = u1.overflowing_add(vtop);
            rhat = r;
            rhat_overflow = c;
        } else {
            let (qq, rr) = recip.div2by1(u2, u1);
            qhat = qq;
            rhat = rr;
        }
        while !rhat_overflow
            && u128::from(qhat) * u128::from(vsec) > ((u128::from(rhat) << 64) | u128::from(u0))
        {
            qhat -= 1;
            let (r, c) = rhat.overflowing_add(vtop);
            rhat = r;
            rhat_overflow = c;
        }
        // Multiply and subtract qhat * vn from un[j..=j+n].
        let mut carry: u64 = 0;
        if let Some(window) = un.get_mut(j..=j + n) {
            for (x, &y) in window.iter_mut().zip(vn.iter()) {
                // carry folds the product's high limb and the borrow; it
                // cannot overflow because a full high limb means a zero low one.
                let p = u128::from(qhat) * u128::from(y) + u128::from(carry);
                let (d, b) = x.overflowing_sub(p as u64);
                *x = d;
                carry = ((p >> 64) as u64).wrapping_add(u64::from(b));
            }
            if let Some(top) = window.last_mut() {
                let (d, b) = top.overflowing_sub(carry);
                *top = d;
                if b {
                    // qhat was one too large: add the divisor back.
                    qhat -= 1;
                    let mut c = false;
                    let len = window.len();
                    for (x, &y) in window.iter_mut().take(len - 1).zip(vn.iter()) {
                        let (s1, c1) = x.overflowing_add(y);
                        let (s2, c2) = s1.overflowing_add(u64::from(c));
                        *x = s2;
                        c = c1 | c2;
                    }
                    if let Some(top) = window.last_mut() {
                        *top = top.wrapping_add(u64::from(c));
                    }
                }
            }
        }
        if let Some(qj) = q.get_mut(j) {
            *qj = qhat;
        }
    }
    trim(&mut q);
    un.truncate(n);
    let (r, _) = shr(trimmed(&un), u64::from(shift));
    (q, r)
}
