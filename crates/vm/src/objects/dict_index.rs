//! The raw index block of a dict/set table (see `dict.rs`): its layout, the
//! slot encoding and the probe arithmetic. Pure functions over byte slices,
//! no VM.
//!
//! Block layout (a raw, untraced heap block):
//! - word 0: the meta word: bits 0..32 slot count `S`, 32..40 slot width
//!   `W` in bytes (1..=4), 40..48 entry bits `EB`, bit 48 set when the
//!   table stores hashes;
//! - `S` slots of `W` bytes each, then 4 pad bytes (a slot is read as one
//!   little-endian `u32` and masked), rounded up to a whole word;
//! - when hashes are stored: one `i64` per entry (the table's capacity),
//!   the hash of the key of that entry.
//!
//! A slot holds 0 when empty, else `(tag << EB) | (entry + 1)`: `EB` is
//! the fewest bits that hold `capacity`, and the rest of the slot's `W`
//! bytes carry a tag of hash bits, so most probes that meet another key
//! are rejected without reading the entries block. A table with `S == 0`
//! has no slots (small tables are scanned) and exists only for its hashes.
//!
//! Probing is linear from `start(mix(h), S)`, a multiply-shift range
//! reduction of the mixed hash, so `S` need not be a power of two and the
//! index can be sized tightly (see [`Layout::for_table`]).

/// Slot-count, width and hash-storage parameters of one index block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    /// Number of slots (0: no slots, the table is scanned).
    pub slots: usize,
    /// Bytes per slot, 1..=4.
    pub width: usize,
    /// Low bits of a slot that hold `entry + 1`.
    pub ebits: u32,
    /// Whether one hash per entry follows the slots.
    pub hashes: bool,
}

/// Tables of up to this many entries have no slots: lookups scan.
pub const LINEAR_MAX: usize = 8;

const HASHES_BIT: u64 = 1 << 48;

impl Layout {
    /// The layout for a table with room for `cap` entries. Slots: one per
    /// entry plus a quarter, so the load stays at most 0.8 and there is
    /// always an empty slot to end a probe.
    pub fn for_table(cap: usize, hashes: bool) -> Layout {
        if cap <= LINEAR_MAX {
            return Layout {
                slots: 0,
                width: 1,
                ebits: 8,
                hashes,
            };
        }
        let ebits = usize::BITS - cap.leading_zeros();
        Layout {
            slots: cap + cap / 4 + 1,
            width: ebits.div_ceil(8).clamp(1, 4) as usize,
            ebits,
            hashes,
        }
    }

    /// The layout recorded in a block's meta word.
    #[inline]
    pub fn from_meta(meta: u64) -> Layout {
        Layout {
            slots: (meta & 0xFFFF_FFFF) as usize,
            width: ((meta >> 32) & 0xFF) as usize,
            ebits: ((meta >> 40) & 0xFF) as u32,
            hashes: meta & HASHES_BIT != 0,
        }
    }

    /// The meta word recording this layout.
    pub fn meta(&self) -> u64 {
        (self.slots as u64 & 0xFFFF_FFFF)
            | ((self.width as u64) << 32)
            | (u64::from(self.ebits) << 40)
            | if self.hashes { HASHES_BIT } else { 0 }
    }

    /// Byte offset of the stored hashes.
    #[inline]
    pub fn hashes_at(&self) -> usize {
        if self.slots == 0 {
            8
        } else {
            8 + (self.slots * self.width + 4).next_multiple_of(8)
        }
    }

    /// Bytes of a block with this layout for a table of capacity `cap`.
    pub fn block_bytes(&self, cap: usize) -> usize {
        self.hashes_at() + if self.hashes { cap * 8 } else { 0 }
    }

    /// Whether a table with this layout needs an index block at all.
    pub fn needs_block(&self) -> bool {
        self.slots > 0 || self.hashes
    }

    /// Mask of the entry part of a slot.
    #[inline]
    pub fn emask(&self) -> u32 {
        low_mask(self.ebits)
    }

    /// The tag a key with mixed hash `m` carries in its slot.
    #[inline]
    pub fn tag(&self, m: u64) -> u32 {
        let bits = (self.width as u32 * 8).saturating_sub(self.ebits);
        ((m >> 20) as u32) & low_mask(bits)
    }

    /// The slot value for entry `e` of a key with mixed hash `m`.
    #[inline]
    pub fn slot_value(&self, m: u64, e: usize) -> u32 {
        let t = u64::from(self.tag(m)) << self.ebits;
        (t as u32) | ((e as u32 + 1) & self.emask())
    }
}

#[inline]
fn low_mask(bits: u32) -> u32 {
    if bits >= 32 {
        u32::MAX
    } else {
        (1u32 << bits) - 1
    }
}

/// Spreads a hash over all 64 bits (Fibonacci hashing), so that
/// consecutive ints and hashes differing only in their high bits both
/// land on well spread slots.
#[inline]
pub fn mix(h: i64) -> u64 {
    (h as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// First slot of the probe sequence for mixed hash `m` in `slots` slots.
#[inline]
pub fn start(m: u64, slots: usize) -> usize {
    ((u128::from(m) * slots as u128) >> 64) as usize
}

/// The value in slot `s` (0 when empty or out of range).
#[inline]
pub fn read(b: &[u8], l: &Layout, s: usize) -> u32 {
    let o = 8 + s * l.width;
    match b.get(o..o + 4) {
        Some(x) => {
            let mut a = [0u8; 4];
            a.copy_from_slice(x);
            u32::from_le_bytes(a) & low_mask(l.width as u32 * 8)
        }
        None => 0,
    }
}

/// Writes `v` into slot `s`.
#[inline]
pub fn write(b: &mut [u8], l: &Layout, s: usize, v: u32) {
    let o = 8 + s * l.width;
    if let (Some(dst), Some(src)) = (b.get_mut(o..o + l.width), v.to_le_bytes().get(..l.width)) {
        dst.copy_from_slice(src);
    }
}

/// Puts entry `e` (key with mixed hash `m`) into the first empty slot of
/// its probe sequence.
pub fn insert(b: &mut [u8], l: &Layout, m: u64, e: usize) {
    let n = l.slots;
    if n == 0 {
        return;
    }
    let mut s = start(m, n);
    for _ in 0..n {
        if read(b, l, s) == 0 {
            write(b, l, s, l.slot_value(m, e));
            return;
        }
        s += 1;
        if s == n {
            s = 0;
        }
    }
}

/// Stored hash of entry `e`.
#[inline]
pub fn hash_get(b: &[u8], l: &Layout, e: usize) -> Option<i64> {
    let o = l.hashes_at() + e * 8;
    let x = b.get(o..o + 8)?;
    let mut a = [0u8; 8];
    a.copy_from_slice(x);
    Some(i64::from_le_bytes(a))
}

/// Stores the hash of entry `e`.
#[inline]
pub fn hash_set(b: &mut [u8], l: &Layout, e: usize, h: i64) {
    let o = l.hashes_at() + e * 8;
    if let Some(x) = b.get_mut(o..o + 8) {
        x.copy_from_slice(&h.to_le_bytes());
    }
}

/// The layout of an index block (its meta word).
#[inline]
pub fn layout_of(b: &[u8]) -> Layout {
    let mut a = [0u8; 8];
    if let Some(x) = b.get(..8) {
        a.copy_from_slice(x);
    }
    Layout::from_meta(u64::from_le_bytes(a))
}

/// Writes the meta word of a fresh block.
pub fn init(b: &mut [u8], l: &Layout) {
    if let Some(x) = b.get_mut(..8) {
        x.copy_from_slice(&l.meta().to_le_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;

    fn block(cap: usize, hashes: bool) -> (Layout, alloc::vec::Vec<u8>) {
        let l = Layout::for_table(cap, hashes);
        let mut b = vec![0u8; l.block_bytes(cap).next_multiple_of(8)];
        init(&mut b, &l);
        (l, b)
    }

    #[test]
    fn widths_follow_capacity() {
        assert_eq!(Layout::for_table(8, false).slots, 0);
        assert_eq!(Layout::for_table(9, false).width, 1);
        assert_eq!(Layout::for_table(255, false).width, 1);
        assert_eq!(Layout::for_table(256, false).width, 2);
        assert_eq!(Layout::for_table(65535, false).width, 2);
        assert_eq!(Layout::for_table(65536, false).width, 3);
        assert_eq!(Layout::for_table(1 << 24, false).width, 4);
    }

    #[test]
    fn meta_round_trips() {
        for cap in [9, 300, 70_000, 20_000_000] {
            for h in [false, true] {
                let l = Layout::for_table(cap, h);
                assert_eq!(Layout::from_meta(l.meta()), l);
            }
        }
    }

    #[test]
    fn every_entry_is_found_on_its_probe_path() {
        for cap in [9, 100, 255, 256, 1000, 70_000] {
            let (l, mut b) = block(cap, true);
            assert_eq!(layout_of(&b), l);
            for e in 0..cap {
                let h = (e as i64) * 7919 - 12345;
                insert(&mut b, &l, mix(h), e);
                hash_set(&mut b, &l, e, h);
            }
            for e in 0..cap {
                let h = (e as i64) * 7919 - 12345;
                let m = mix(h);
                let mut s = start(m, l.slots);
                let mut found = false;
                for _ in 0..l.slots {
                    let v = read(&b, &l, s);
                    assert_ne!(v, 0, "probe for entry {e} hit an empty slot");
                    if v & l.emask() == e as u32 + 1 {
                        assert_eq!(u64::from(v) >> l.ebits, u64::from(l.tag(m)));
                        found = true;
                        break;
                    }
                    s = (s + 1) % l.slots;
                }
                assert!(found);
                assert_eq!(hash_get(&b, &l, e), Some(h));
            }
            // The load is at most 0.8: empty slots remain.
            let empty = (0..l.slots).filter(|&s| read(&b, &l, s) == 0).count();
            assert!(empty >= l.slots - cap);
        }
    }

    #[test]
    fn start_is_in_range() {
        for n in [1usize, 11, 126, 87_501] {
            for h in [0i64, 1, -1, i64::MAX, i64::MIN, 1 << 46] {
                assert!(start(mix(h), n) < n);
            }
        }
    }
}
