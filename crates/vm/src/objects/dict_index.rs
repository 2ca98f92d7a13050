//! The raw index block of a dict/set table (see `dict.rs`): its layout, the
//! slot encoding and the probe arithmetic. Pure functions over byte slices,
//! no VM.
//!
//! Block layout (a raw, untraced heap block):
//! - word 0: the meta word: bits 0..32 slot count `S`, 32..40 slot width
//!   `W` in bytes (1..=4), 40..48 entry bits `EB`, bit 48 set when the
//!   table stores hashes;
//! - word 1: `u64::MAX / S + 1`, the constant that turns `x mod S` into two
//!   multiplications (Lemire's fastmod, for 32-bit `x`);
//! - `S` slots of `W` bytes each, then 4 pad bytes (a slot is read as one
//!   little-endian `u32` and masked), rounded up to a whole word;
//! - when hashes are stored: one `i64` per entry (the table's capacity),
//!   the hash of the key of that entry.
//!
//! A slot holds 0 when empty, else `(tag << EB) | (entry + 1)`: `EB` is
//! the fewest bits that hold `capacity`, and the rest of the slot's `W`
//! bytes (`W` is chosen to leave at least [`MIN_TAG`] of them) carry a tag
//! of hash bits, so most probes that meet another key
//! are rejected without reading the entries block. A table with `S == 0`
//! has no slots (small tables are scanned) and exists only for its hashes.
//!
//! Probing ([`Probe`]) starts at `h mod S` (the hash folded to 32 bits),
//! so `S` need not be a power of two and the index can be sized tightly
//! (see [`Layout::for_table`]), and consecutive int keys, whose hash is
//! their value, land on consecutive slots (lookups in key order stay in
//! cache). A collision moves on to the next slot (same cache line) up to
//! [`NEAR`] times; the next 16 steps go as CPython's do,
//! `s = (5 s + 1 + perturb) mod S` with `perturb` the hash shifted right
//! by 5 more bits each step, which breaks up runs of consecutive keys;
//! after them the probe goes on linearly, so it visits every slot within
//! `S + 19` steps and always meets an empty one.

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
    /// `u64::MAX / slots + 1` (fastmod constant).
    pub magic: u64,
}

/// Tables of up to this many entries have no slots: lookups scan.
pub const LINEAR_MAX: usize = 8;

const HASHES_BIT: u64 = 1 << 48;
/// Tag bits every slot has at least (while 4-byte slots allow): with
/// fewer, a miss in a mid-sized table of str keys compares (and reads) a
/// key object at most probes; measured 10 % slower on such misses.
pub const MIN_TAG: u32 = 4;
/// Linear steps a probe takes before it starts jumping.
pub const NEAR: u32 = 3;
/// Bytes before the first slot: the meta word and the fastmod word.
const HEAD: usize = 16;

/// The fastmod constant for divisor `n` (`n <= u32::MAX`).
fn fastmod_magic(n: usize) -> u64 {
    (u64::MAX / n.max(1) as u64).wrapping_add(1)
}

/// `a mod n` from `magic = fastmod_magic(n)`, exact for 32-bit `a`, `n`.
#[inline]
fn fastmod(a: u32, magic: u64, n: usize) -> usize {
    let low = magic.wrapping_mul(u64::from(a));
    ((u128::from(low) * n as u128) >> 64) as usize
}

/// A hash folded to the 32 bits that choose its first slot.
#[inline]
fn fold(h: i64) -> u32 {
    let x = h as u64;
    (x ^ (x >> 32)) as u32
}

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
                magic: 0,
            };
        }
        let ebits = usize::BITS - cap.leading_zeros();
        let slots = (cap + cap / 4 + 1).min(u32::MAX as usize);
        Layout {
            slots,
            width: (ebits + MIN_TAG).div_ceil(8).clamp(1, 4) as usize,
            ebits,
            hashes,
            magic: fastmod_magic(slots),
        }
    }

    /// The layout recorded in a block's meta word and fastmod word.
    #[inline]
    pub fn from_meta(meta: u64, magic: u64) -> Layout {
        Layout {
            slots: (meta & 0xFFFF_FFFF) as usize,
            width: ((meta >> 32) & 0xFF) as usize,
            ebits: ((meta >> 40) & 0xFF) as u32,
            hashes: meta & HASHES_BIT != 0,
            magic,
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
            HEAD
        } else {
            HEAD + (self.slots * self.width + 4).next_multiple_of(8)
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

    /// Mask of a whole slot (its `width` bytes).
    #[inline]
    pub fn slot_mask(&self) -> u32 {
        low_mask(self.width as u32 * 8)
    }

    /// The tag part of the slot of a key with mixed hash `m`, in place:
    /// `tag(m) << ebits` (what a probe compares with `slot & !emask`).
    #[inline]
    pub fn want(&self, m: u64) -> u32 {
        // The slot's bits above `ebits` are the tag's, so shifting the
        // tag source up and masking with the slot keeps exactly them.
        let up = (m >> 20).checked_shl(self.ebits).unwrap_or(0);
        (up as u32) & self.slot_mask()
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
    1u64.checked_shl(bits).unwrap_or(0).wrapping_sub(1) as u32
}

/// Spreads a hash over all 64 bits (Fibonacci hashing); the tags come
/// from its middle bits.
#[inline]
pub fn mix(h: i64) -> u64 {
    (h as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// The probe sequence of hash `h` over `n` slots.
#[derive(Clone, Copy, Debug)]
pub struct Probe {
    /// The current slot.
    pub s: usize,
    perturb: u64,
    n: usize,
    magic: u64,
    jumps: u32,
}

impl Probe {
    /// Starts at the first slot of hash `h` in a table of layout `l`
    /// (which must have slots).
    #[inline]
    pub fn new(h: i64, l: &Layout) -> Probe {
        let n = l.slots.max(1);
        Probe {
            s: fastmod(fold(h), l.magic, n).min(n - 1),
            perturb: h as u64,
            n,
            magic: l.magic,
            jumps: 16 + NEAR,
        }
    }

    /// Moves to the next slot.
    #[inline]
    pub fn next(&mut self) {
        if self.jumps > 0 && self.jumps <= 16 {
            self.jumps -= 1;
            self.perturb >>= 5;
            let t = (self.s as u64 * 5 + 1).wrapping_add(self.perturb);
            self.s = fastmod(fold(t as i64), self.magic, self.n).min(self.n - 1);
        } else {
            self.jumps = self.jumps.saturating_sub(1);
            self.s += 1;
            if self.s >= self.n {
                self.s = 0;
            }
        }
    }

    /// An upper bound on the steps that visit every slot.
    #[inline]
    pub fn bound(n: usize) -> usize {
        n + 16 + NEAR as usize
    }
}

/// How a slot walk ([`walk`]) ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Walk {
    /// Entry `.0` holds the key; slot `.1` names it.
    Hit(usize, usize),
    /// The key is absent; slot `.0` is the first empty one of its sequence.
    Empty(usize),
    /// The caller's test could not decide an entry.
    Undecided,
    /// Every slot visited without an empty one (the load stays below 1,
    /// so this cannot happen in a well-formed table).
    Full,
}

/// Walks the slots of hash `h` in index block `b` of layout `l` (which
/// has slots and no stored hashes). For each slot whose stored hash bits
/// match, `is_key(entry)` says whether that entry holds the key
/// (`Some(true)`), does not (`Some(false)`), or cannot be decided there
/// (None, which ends the walk).
#[inline(always)]
pub fn walk(b: &[u8], l: &Layout, h: i64, mut is_key: impl FnMut(usize) -> Option<bool>) -> Walk {
    let emask = l.emask();
    let want = l.want(mix(h));
    let smask = l.slot_mask();
    let mut p = Probe::new(h, l);
    for _ in 0..Probe::bound(l.slots) {
        let v = read_raw(b, l, p.s) & smask;
        if v == 0 {
            return Walk::Empty(p.s);
        }
        if v & !emask == want {
            let n = (v & emask).wrapping_sub(1) as usize;
            match is_key(n) {
                Some(true) => return Walk::Hit(n, p.s),
                Some(false) => {}
                None => return Walk::Undecided,
            }
        }
        p.next();
    }
    Walk::Full
}

/// The value in slot `s` (0 when empty or out of range).
#[inline]
pub fn read(b: &[u8], l: &Layout, s: usize) -> u32 {
    read_raw(b, l, s) & l.slot_mask()
}

/// The 4 bytes at slot `s`, unmasked: the slot is their low
/// [`Layout::slot_mask`] bits (0 when out of range). For loops that
/// hoist the mask.
#[inline(always)]
pub fn read_raw(b: &[u8], l: &Layout, s: usize) -> u32 {
    let o = HEAD + s * l.width;
    match b.get(o..o + 4) {
        Some(&[a, b2, c, d]) => u32::from_le_bytes([a, b2, c, d]),
        _ => 0,
    }
}

/// Writes `v` into slot `s`.
#[inline]
pub fn write(b: &mut [u8], l: &Layout, s: usize, v: u32) {
    // A 4-byte read-modify-write (the pad bytes make room for it at the
    // last slot): one load and one store whatever the width.
    let o = HEAD + s * l.width;
    if let Some(x) = b.get_mut(o..o + 4) {
        let mut a = [0u8; 4];
        a.copy_from_slice(x);
        let m = low_mask(l.width as u32 * 8);
        let w = (u32::from_le_bytes(a) & !m) | (v & m);
        x.copy_from_slice(&w.to_le_bytes());
    }
}

/// Puts entry `e` (key with hash `h`) into the first empty slot of its
/// probe sequence.
pub fn insert(b: &mut [u8], l: &Layout, h: i64, e: usize) {
    let n = l.slots;
    if n == 0 {
        return;
    }
    let mut p = Probe::new(h, l);
    for _ in 0..Probe::bound(n) {
        if read(b, l, p.s) == 0 {
            write(b, l, p.s, l.slot_value(mix(h), e));
            return;
        }
        p.next();
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
    let (mut a, mut m) = ([0u8; 8], [0u8; 8]);
    if let (Some(x), Some(y)) = (b.get(..8), b.get(8..16)) {
        a.copy_from_slice(x);
        m.copy_from_slice(y);
    }
    Layout::from_meta(u64::from_le_bytes(a), u64::from_le_bytes(m))
}

/// Writes the meta word of a fresh block.
pub fn init(b: &mut [u8], l: &Layout) {
    if let Some(x) = b.get_mut(..8) {
        x.copy_from_slice(&l.meta().to_le_bytes());
    }
    if let Some(x) = b.get_mut(8..16) {
        x.copy_from_slice(&l.magic.to_le_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;

    #[test]
    fn want_is_the_shifted_tag() {
        for cap in [9usize, 100, 1000, 70_000, 1 << 20, 1 << 28] {
            let l = Layout::for_table(cap, false);
            for h in [0i64, 1, 12345, -7, i64::MAX, 0x5555_5555_5555] {
                let m = mix(h);
                assert_eq!(l.want(m), l.tag(m) << l.ebits, "cap {cap} h {h}");
                assert_eq!(l.slot_value(m, 3) & !l.emask(), l.want(m));
            }
        }
    }

    #[test]
    fn low_mask_edges() {
        assert_eq!(low_mask(0), 0);
        assert_eq!(low_mask(8), 0xFF);
        assert_eq!(low_mask(32), u32::MAX);
        assert_eq!(low_mask(200), u32::MAX);
    }

    fn block(cap: usize, hashes: bool) -> (Layout, alloc::vec::Vec<u8>) {
        let l = Layout::for_table(cap, hashes);
        let mut b = vec![0u8; l.block_bytes(cap).next_multiple_of(8)];
        init(&mut b, &l);
        (l, b)
    }

    #[test]
    fn widths_follow_capacity() {
        assert_eq!(Layout::for_table(8, false).slots, 0);
        // Entry bits + at least MIN_TAG tag bits, in whole bytes.
        assert_eq!(Layout::for_table(9, false).width, 1);
        assert_eq!(Layout::for_table(15, false).width, 1);
        assert_eq!(Layout::for_table(16, false).width, 2);
        assert_eq!(Layout::for_table(4095, false).width, 2);
        assert_eq!(Layout::for_table(4096, false).width, 3);
        assert_eq!(Layout::for_table(100_000, false).width, 3);
        assert_eq!(Layout::for_table(1 << 20, false).width, 4);
        for cap in [9, 100, 5000, 100_000, 1 << 22] {
            let l = Layout::for_table(cap, false);
            assert!(l.width as u32 * 8 >= l.ebits + MIN_TAG);
            assert!(l.ebits >= usize::BITS - cap.leading_zeros());
        }
        assert_eq!(Layout::for_table(1 << 24, false).width, 4);
    }

    #[test]
    fn fastmod_is_mod() {
        for n in [1usize, 2, 11, 12, 126, 87_501, 1 << 20, u32::MAX as usize] {
            let m = fastmod_magic(n);
            for a in [0u32, 1, 10, 11, 12, 87_500, 87_501, 1 << 31, u32::MAX] {
                assert_eq!(fastmod(a, m, n), a as usize % n, "{a} mod {n}");
            }
        }
    }

    #[test]
    fn consecutive_ints_take_consecutive_slots() {
        let l = Layout::for_table(1000, false);
        for h in 0..1000i64 {
            assert_eq!(Probe::new(h, &l).s, h as usize);
        }
    }

    #[test]
    fn meta_round_trips() {
        for cap in [9, 300, 70_000, 20_000_000] {
            for h in [false, true] {
                let l = Layout::for_table(cap, h);
                assert_eq!(Layout::from_meta(l.meta(), l.magic), l);
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
                insert(&mut b, &l, h, e);
                hash_set(&mut b, &l, e, h);
            }
            for e in 0..cap {
                let h = (e as i64) * 7919 - 12345;
                let m = mix(h);
                let mut p = Probe::new(h, &l);
                let mut found = false;
                for _ in 0..Probe::bound(l.slots) {
                    let v = read(&b, &l, p.s);
                    assert_ne!(v, 0, "probe for entry {e} hit an empty slot");
                    if v & l.emask() == e as u32 + 1 {
                        assert_eq!(u64::from(v) >> l.ebits, u64::from(l.tag(m)));
                        found = true;
                        break;
                    }
                    p.next();
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
    fn probes_stay_in_range_and_visit_every_slot() {
        for cap in [9usize, 100, 800, 70_000] {
            let l = Layout::for_table(cap, false);
            let n = l.slots;
            for h in [0i64, 1, 12345, (1 << 47) - 1, 1 << 46, 5 * 87_501] {
                let mut p = Probe::new(h, &l);
                let mut seen = alloc::vec![false; n];
                for _ in 0..Probe::bound(n) {
                    assert!(p.s < n);
                    if let Some(x) = seen.get_mut(p.s) {
                        *x = true;
                    }
                    p.next();
                }
                assert!(seen.iter().all(|&x| x), "n={n} h={h}");
            }
        }
    }

    #[test]
    fn a_key_colliding_with_a_run_gets_off_it_quickly() {
        // Keys 0..n fill slots 0..n; a key congruent to 0 must not walk
        // the whole run (it would with plain linear probing).
        let cap = 10_000;
        let (l, mut b) = block(cap, false);
        for e in 0..cap - 1 {
            insert(&mut b, &l, e as i64, e);
        }
        let h = (l.slots * 1000) as i64;
        let mut p = Probe::new(h, &l);
        let mut steps = 0;
        while read(&b, &l, p.s) != 0 {
            p.next();
            steps += 1;
        }
        assert!(steps < 20, "{steps} steps");
    }
}
