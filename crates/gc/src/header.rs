//! The one-word object header and the scan layout it records.
//!
//! Every block in the heap, live or free, starts with one header word, so the
//! heap can be walked linearly from its start. Bit layout (bit 0 = least significant):
//!
//! | bits | field |
//! |---|---|
//! | 0..32 | body size in words (the header word is not counted) |
//! | 32..40 | object kind (`u8`, owned by the VM) |
//! | 40..48 | aux (`u8`, owned by the VM) |
//! | 48..60 | scan layout: `0` = [`Scan::None`], `0xFFF` = [`Scan::All`], `n` = [`Scan::Prefix(n)`](Scan::Prefix) |
//! | 60 | has finaliser |
//! | 61 | mark (only set during a collection) |
//! | 62 | free block (allocator-owned; kind/aux/scan then mean nothing) |
//! | 63 | reserved, always 0 |
//!
//! A free block of body size >= 1 that sits on a mark-sweep free list keeps
//! the offset of the next free block in its first body word.

/// How the collector finds the references inside an object's body.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scan {
    /// No body word is a `Value` (str payloads, bigint limbs, float arrays).
    None,
    /// Every body word is a `Value` (tuples, list item arrays, dict tables).
    All,
    /// The first `n` body words are `Value`s, the rest raw (`n` <= [`MAX_PREFIX`]).
    Prefix(u16),
}

/// Largest `n` in [`Scan::Prefix`] that is encodable when `n` is less than the body size.
pub const MAX_PREFIX: u16 = 0xFFE;

const SIZE_MASK: u64 = 0xFFFF_FFFF;
const KIND_SHIFT: u32 = 32;
const AUX_SHIFT: u32 = 40;
const SCAN_SHIFT: u32 = 48;
const SCAN_MASK: u64 = 0xFFF;
const SCAN_ALL: u64 = 0xFFF;
pub(crate) const FINAL_BIT: u64 = 1 << 60;
pub(crate) const MARK_BIT: u64 = 1 << 61;
pub(crate) const FREE_BIT: u64 = 1 << 62;

/// Encodes a live object's header; `None` when the scan layout is not encodable.
#[inline(always)]
pub(crate) fn encode(kind: u8, aux: u8, scan: Scan, body_words: u32) -> Option<u64> {
    let code = match scan {
        Scan::None | Scan::Prefix(0) => 0,
        Scan::All => SCAN_ALL,
        Scan::Prefix(n) if u32::from(n) >= body_words => SCAN_ALL,
        Scan::Prefix(n) if n <= MAX_PREFIX => u64::from(n),
        Scan::Prefix(_) => return None,
    };
    Some(
        u64::from(body_words)
            | (u64::from(kind) << KIND_SHIFT)
            | (u64::from(aux) << AUX_SHIFT)
            | (code << SCAN_SHIFT),
    )
}

/// Header of a free block of `body_words` body words.
#[inline(always)]
pub(crate) const fn free(body_words: u32) -> u64 {
    FREE_BIT | body_words as u64
}

/// Body size in words.
#[inline(always)]
pub(crate) const fn size(h: u64) -> usize {
    (h & SIZE_MASK) as usize
}

/// Object kind.
#[inline(always)]
pub(crate) const fn kind(h: u64) -> u8 {
    (h >> KIND_SHIFT) as u8
}

/// Aux field.
#[inline(always)]
pub(crate) const fn aux(h: u64) -> u8 {
    (h >> AUX_SHIFT) as u8
}

/// Header with the aux field replaced.
#[inline(always)]
pub(crate) const fn with_aux(h: u64, aux: u8) -> u64 {
    (h & !(0xFF << AUX_SHIFT)) | ((aux as u64) << AUX_SHIFT)
}

/// Header with the kind field replaced.
#[inline(always)]
pub(crate) const fn with_kind(h: u64, kind: u8) -> u64 {
    (h & !(0xFF << KIND_SHIFT)) | ((kind as u64) << KIND_SHIFT)
}

/// Header with the size field replaced.
#[inline(always)]
pub(crate) const fn with_size(h: u64, body_words: u32) -> u64 {
    (h & !SIZE_MASK) | body_words as u64
}

/// The scan layout.
#[inline(always)]
pub(crate) const fn scan(h: u64) -> Scan {
    match (h >> SCAN_SHIFT) & SCAN_MASK {
        0 => Scan::None,
        SCAN_ALL => Scan::All,
        n => Scan::Prefix(n as u16),
    }
}

/// How many leading body words hold `Value`s.
#[inline(always)]
pub(crate) const fn value_words(h: u64) -> usize {
    let code = (h >> SCAN_SHIFT) & SCAN_MASK;
    if code == SCAN_ALL {
        size(h)
    } else {
        code as usize
    }
}

/// Whether the block is free.
#[inline(always)]
pub(crate) const fn is_free(h: u64) -> bool {
    h & FREE_BIT != 0
}

/// Whether the block is marked.
#[inline(always)]
pub(crate) const fn is_marked(h: u64) -> bool {
    h & MARK_BIT != 0
}

/// Whether the object has a finaliser.
#[inline(always)]
pub(crate) const fn has_final(h: u64) -> bool {
    h & FINAL_BIT != 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case(Scan::None, 5, Scan::None, 0)]
    #[case(Scan::All, 5, Scan::All, 5)]
    #[case(Scan::Prefix(2), 5, Scan::Prefix(2), 2)]
    #[case(Scan::Prefix(5), 5, Scan::All, 5)]
    #[case(Scan::Prefix(9000), 9000, Scan::All, 9000)]
    #[case(Scan::Prefix(0), 3, Scan::None, 0)]
    fn header_round_trip(
        #[case] scan_in: Scan,
        #[case] body: u32,
        #[case] scan_out: Scan,
        #[case] values: usize,
    ) {
        let h = encode(0xAB, 0xCD, scan_in, body);
        assert!(h.is_some());
        let h = h.unwrap_or(0);
        assert_eq!(size(h), body as usize);
        assert_eq!(kind(h), 0xAB);
        assert_eq!(aux(h), 0xCD);
        assert_eq!(scan(h), scan_out);
        assert_eq!(value_words(h), values);
        assert!(!is_free(h) && !is_marked(h) && !has_final(h));
        let h2 = with_aux(with_kind(h, 7), 9);
        assert_eq!((kind(h2), aux(h2), size(h2)), (7, 9, body as usize));
    }

    #[test]
    fn unencodable_prefix_is_refused() {
        assert_eq!(encode(1, 0, Scan::Prefix(MAX_PREFIX + 1), 10_000), None);
        assert!(encode(1, 0, Scan::Prefix(MAX_PREFIX), 10_000).is_some());
    }
}
