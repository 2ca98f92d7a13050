//! Text: `to_str_radix` (str, bin, oct, hex and any base 2..=36) and
//! `parse` (Python's `int(text, base)` rules).
//!
//! Both are subquadratic-ish for long numbers: power-of-two bases move bits
//! directly; other bases split by powers `B^(2^i)` of the largest power `B`
//! of the base that fits a limb (10^19 for decimal), dividing (to text) or
//! multiplying with Karatsuba (from text) at each level.

use crate::error::ParseError;
use crate::int::{BigInt, IntRef};
use crate::{mag, mul, unicode_digits};
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

/// Limbs at or below which conversion to text divides by `B` limb by limb.
const TO_STR_LEAF_LIMBS: usize = 24;
/// Chunks (of `B`) at or below which parsing multiplies and adds directly.
const PARSE_LEAF_CHUNKS: usize = 32;

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// `(B, k)`: the largest power `B = radix^k` that fits a `u64`.
fn big_base(radix: u32) -> (u64, usize) {
    let r = u64::from(radix);
    let mut b = r;
    let mut k = 1;
    while let Some(next) = b.checked_mul(r) {
        b = next;
        k += 1;
    }
    (b, k)
}

/// Text of `a` in `radix` (clamped into 2..=36): lower-case digits, a
/// leading `-` for negatives, no prefix.
#[must_use]
pub fn to_str_radix(a: IntRef<'_>, radix: u32) -> String {
    let radix = radix.clamp(2, 36);
    let mut out = String::new();
    if a.is_zero() {
        out.push('0');
        return out;
    }
    if a.is_negative() {
        out.push('-');
    }
    if radix.is_power_of_two() {
        pow2_digits(a.mag(), radix.trailing_zeros(), &mut out);
        return out;
    }
    let (b, k) = big_base(radix);
    let mut pows: Vec<Vec<u64>> = vec![vec![b]];
    while let Some(last) = pows.last() {
        if last.len() * 2 > a.mag().len() {
            break;
        }
        let sq = mul::mul(last, last);
        pows.push(sq);
    }
    emit(a.mag(), 0, &pows, radix, b, k, &mut out);
    out
}

fn digit_char(d: u64) -> char {
    DIGITS
        .get(usize::try_from(d).unwrap_or(0))
        .map_or('?', |&c| char::from(c))
}

fn pow2_digits(m: &[u64], bits: u32, out: &mut String) {
    let total = mag::bit_len(m);
    let bits = u64::from(bits);
    let ndigits = total.div_ceil(bits);
    let mask = (1u64 << bits) - 1;
    for i in (0..ndigits).rev() {
        let pos = i * bits;
        let limb = (pos / 64) as usize;
        let off = pos % 64;
        let lo = m.get(limb).copied().unwrap_or(0) >> off;
        let hi = if off + bits > 64 {
            m.get(limb + 1).copied().unwrap_or(0) << (64 - off)
        } else {
            0
        };
        out.push(digit_char((lo | hi) & mask));
    }
}

/// Append the digits of `n`, left-padded with zeros to `width` digits.
fn emit(
    n: &[u64],
    width: usize,
    pows: &[Vec<u64>],
    radix: u32,
    b: u64,
    k: usize,
    out: &mut String,
) {
    if n.len() <= TO_STR_LEAF_LIMBS {
        leaf_digits(n, width, radix, b, k, out);
        return;
    }
    // The largest power with at most half of n's limbs splits n evenly.
    let mut level = 0;
    for (i, p) in pows.iter().enumerate() {
        if p.len() * 2 <= n.len() + 1 {
            level = i;
        }
    }
    let Some(p) = pows.get(level) else {
        leaf_digits(n, width, radix, b, k, out);
        return;
    };
    let (q, r) = mag::divrem(n, p);
    let low_digits = k << level;
    emit(&q, width.saturating_sub(low_digits), pows, radix, b, k, out);
    emit(&r, low_digits, pows, radix, b, k, out);
}

fn leaf_digits(n: &[u64], width: usize, radix: u32, b: u64, k: usize, out: &mut String) {
    // Chunks of k digits, least significant first.
    let mut chunks: Vec<u64> = Vec::with_capacity(n.len() + 1);
    let mut cur = n.to_vec();
    let mut q = vec![0u64; cur.len()];
    while !cur.is_empty() {
        q.resize(cur.len(), 0);
        let r = mag::divrem_small_in_place(&mut q, &cur, b);
        chunks.push(r);
        core::mem::swap(&mut cur, &mut q);
        mag::trim(&mut cur);
    }
    let mut buf: Vec<u8> = Vec::with_capacity(chunks.len() * k);
    let r = u64::from(radix);
    for (i, &c) in chunks.iter().enumerate().rev() {
        let mut digs = [0u8; 64];
        let mut v = c;
        let mut len = 0;
        while v != 0 {
            if let Some(slot) = digs.get_mut(len) {
                *slot = (v % r) as u8;
            }
            v /= r;
            len += 1;
        }
        // All but the most significant chunk are exactly k digits wide.
        if i + 1 != chunks.len() {
            len = k;
        }
        buf.extend(digs.iter().take(len).rev());
    }
    for _ in buf.len()..width {
        out.push('0');
    }
    for d in buf {
        out.push(digit_char(u64::from(d)));
    }
}

/// `int(text, radix)` for a `str`: surrounding whitespace, a sign, base
/// prefixes, and single underscores between digits, as CPython 3.11 accepts
/// them; Unicode decimal digits count as their ASCII ones. `radix` 0 infers
/// the base from the prefix.
pub fn parse(text: &str, radix: u32) -> Result<BigInt, ParseError> {
    if radix == 1 || radix > 36 {
        return Err(ParseError::InvalidBase);
    }
    let text = text.trim_matches(char::is_whitespace);
    if text.is_ascii() {
        return parse_trimmed(text.as_bytes(), radix);
    }
    let mut ascii = Vec::with_capacity(text.len());
    for c in text.chars() {
        match u8::try_from(c) {
            Ok(b) if b.is_ascii() => ascii.push(b),
            _ => match unicode_digits::decimal_value(c) {
                Some(d) => ascii.push(b'0' + d),
                None => return Err(ParseError::InvalidLiteral),
            },
        }
    }
    parse_trimmed(&ascii, radix)
}

/// `int(data, radix)` for `bytes`: as [`parse`], stripping ASCII whitespace.
pub fn parse_ascii(data: &[u8], radix: u32) -> Result<BigInt, ParseError> {
    if radix == 1 || radix > 36 {
        return Err(ParseError::InvalidBase);
    }
    let is_space = |c: &u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c);
    let start = data.iter().position(|c| !is_space(c)).unwrap_or(data.len());
    let end = data
        .iter()
        .rposition(|c| !is_space(c))
        .map_or(start, |i| i + 1);
    parse_trimmed(data.get(start..end).unwrap_or(&[]), radix)
}

fn parse_trimmed(s: &[u8], radix: u32) -> Result<BigInt, ParseError> {
    let bad = ParseError::InvalidLiteral;
    let (neg, body) = match s.split_first() {
        Some((b'-', rest)) => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, s),
    };
    let prefix_base = match body {
        [b'0', b'x' | b'X', ..] => 16,
        [b'0', b'o' | b'O', ..] => 8,
        [b'0', b'b' | b'B', ..] => 2,
        _ => 0,
    };
    let base0 = radix == 0;
    let (radix, digits_text, had_prefix) = if base0 {
        if prefix_base == 0 {
            (10, body, false)
        } else {
            (prefix_base, body.get(2..).unwrap_or(&[]), true)
        }
    } else if prefix_base == radix {
        (radix, body.get(2..).unwrap_or(&[]), true)
    } else {
        (radix, body, false)
    };
    // One underscore may follow a prefix; otherwise underscores sit singly
    // between digits.
    let digits_text = match digits_text {
        [b'_', rest @ ..] if had_prefix => rest,
        _ => digits_text,
    };
    let mut digits: Vec<u8> = Vec::with_capacity(digits_text.len());
    let mut prev_underscore = true; // no leading underscore
    for &c in digits_text {
        if c == b'_' {
            if prev_underscore {
                return Err(bad);
            }
            prev_underscore = true;
            continue;
        }
        let d = match c {
            b'0'..=b'9' => c - b'0',
            b'a'..=b'z' => c - b'a' + 10,
            b'A'..=b'Z' => c - b'A' + 10,
            _ => return Err(bad),
        };
        if u32::from(d) >= radix {
            return Err(bad);
        }
        digits.push(d);
        prev_underscore = false;
    }
    if digits.is_empty() || prev_underscore {
        return Err(bad);
    }
    // Base 0 forbids leading zeros on a nonzero decimal ("010").
    if base0 && !had_prefix && digits.first() == Some(&0) && digits.iter().any(|&d| d != 0) {
        return Err(bad);
    }
    Ok(BigInt::from_parts(neg, digits_to_mag(&digits, radix)))
}

/// Magnitude of a digit string (most significant first, values < radix).
fn digits_to_mag(digits: &[u8], radix: u32) -> Vec<u64> {
    if radix.is_power_of_two() {
        let bits = u64::from(radix.trailing_zeros());
        let total = digits.len() as u64 * bits;
        let mut out = vec![0u64; total.div_ceil(64) as usize];
        for (i, &d) in digits.iter().rev().enumerate() {
            let pos = i as u64 * bits;
            let limb = (pos / 64) as usize;
            let off = pos % 64;
            if let Some(x) = out.get_mut(limb) {
                *x |= u64::from(d) << off;
            }
            if off + bits > 64 {
                if let Some(x) = out.get_mut(limb + 1) {
                    *x |= u64::from(d) >> (64 - off);
                }
            }
        }
        mag::trim(&mut out);
        return out;
    }
    let (b, k) = big_base(radix);
    let r = u64::from(radix);
    // Chunks of k digits, least significant first; the top one may be short.
    let mut chunks: Vec<u64> = Vec::with_capacity(digits.len() / k + 1);
    let mut end = digits.len();
    while end > 0 {
        let start = end.saturating_sub(k);
        let v = digits
            .get(start..end)
            .unwrap_or(&[])
            .iter()
            .fold(0u64, |acc, &d| acc * r + u64::from(d));
        chunks.push(v);
        end = start;
    }
    let mut pows: Vec<Vec<u64>> = vec![vec![b]];
    while let Some(last) = pows.last() {
        if (1usize << pows.len()) >= chunks.len() {
            break;
        }
        let sq = mul::mul(last, last);
        pows.push(sq);
    }
    combine(&chunks, &pows, b)
}

/// Value of little-endian chunks in base `b`; `pows[i]` is `b^(2^i)`.
fn combine(chunks: &[u64], pows: &[Vec<u64>], b: u64) -> Vec<u64> {
    if chunks.len() <= PARSE_LEAF_CHUNKS {
        let mut v: Vec<u64> = Vec::with_capacity(chunks.len());
        for &c in chunks.iter().rev() {
            mag::mul_small_add(&mut v, b, c);
        }
        return v;
    }
    // Split at the largest power of two below the chunk count.
    let level = (usize::BITS - 1 - (chunks.len() - 1).leading_zeros()) as usize;
    let split = 1usize << level;
    let (lo, hi) = chunks.split_at(split.min(chunks.len()));
    let lo_v = combine(lo, pows, b);
    let hi_v = combine(hi, pows, b);
    let Some(p) = pows.get(level) else {
        return Vec::new();
    };
    let mut v = mul::mul(&hi_v, p);
    mag::add_at(&mut v, &lo_v, 0);
    mag::trim(&mut v);
    v
}
