//! `Compacting`: mark, then slide live objects toward the start in address
//! order (Lisp-2 style), leaving one contiguous free region; bump allocation.
//!
//! Objects live in `mem[..top]`; `mem[top..]` is free and carries no headers.
//! After marking, reclaim runs four linear passes:
//! 1. walk `[0, top)`: set a bit per word of every marked block in a side
//!    bitmap (one bit per heap word), count live words;
//! 2. prefix-sum the bitmap into a table of live words before each 64-word
//!    chunk, so `forward(a) = base + table[a/64] + popcount(bits[a/64] below a)`
//!    is O(1) and the header stays untouched;
//! 3. rewrite every reference: roots, temp roots, pending finalisers, and
//!    the value words of every live object (marks were cleared in pass 1);
//! 4. move each maximal run of live words with one `copy_within`.
//!
//! When pass 1 finds no dead block below `top`, nothing moves and passes 2-4
//! are skipped.
//!
//! The side tables (heap/64 words of bitmap plus heap/64 `u32`s) are
//! allocated once with the heap, never per allocation.
//!
//! `base` is 0, except under the `gc-stress` feature, where it is picked so
//! that every live object changes address (the smallest count of dead words
//! that no live object has before it); the words below `base` become one
//! free block. Objects then move down or up; runs moving up are copied last,
//! highest first.

use crate::collector::{Collector, CollectorKind, Reclaimed, RootSlots};
use crate::header;
use crate::value::{Value, TAG_REF};
use alloc::vec::Vec;

/// The moving, compacting collector.
#[derive(Debug)]
pub struct Compacting {
    top: usize,
    /// One bit per heap word: set for every word of a live block.
    bits: Vec<u64>,
    /// Live words before each 64-word chunk (plus `base`).
    table: Vec<u32>,
    /// Move every live object at every collection (`gc-stress`).
    stress: bool,
}

impl Compacting {
    /// A collector for a heap of `words` words; `None` if the side tables
    /// cannot be reserved.
    pub(crate) fn new(words: usize, stress: bool) -> Option<Compacting> {
        let chunks = words.div_ceil(64);
        let mut bits = Vec::new();
        bits.try_reserve_exact(chunks).ok()?;
        bits.resize(chunks, 0);
        let mut table = Vec::new();
        table.try_reserve_exact(chunks).ok()?;
        table.resize(chunks, 0);
        Some(Compacting {
            top: 0,
            bits,
            table,
            stress,
        })
    }

    /// Bytes of side tables this collector keeps.
    pub(crate) fn side_bytes(&self) -> usize {
        self.bits.len() * 8 + self.table.len() * 4
    }

    /// Whether a live block starts or lies at word `a` (after pass 1).
    #[inline(always)]
    fn is_live(&self, a: usize) -> bool {
        self.bits
            .get(a >> 6)
            .is_some_and(|w| w & (1u64 << (a & 63)) != 0)
    }

    #[inline(always)]
    fn forward(&self, a: usize) -> Option<usize> {
        let c = a >> 6;
        let word = *self.bits.get(c)?;
        let bit = 1u64 << (a & 63);
        if word & bit == 0 {
            return None;
        }
        let before = (word & (bit - 1)).count_ones() as usize;
        Some(*self.table.get(c)? as usize + before)
    }

    #[inline(always)]
    fn forward_word(&self, w: u64) -> u64 {
        if w >> 48 != TAG_REF {
            return w;
        }
        match self.forward(w as u32 as usize) {
            Some(n) => (w & !0xFFFF_FFFF) | n as u64,
            None => w,
        }
    }

    fn set_bits(&mut self, a: usize, total: usize) {
        let (mut i, end) = (a, a + total);
        while i < end {
            let c = i >> 6;
            let lo = i & 63;
            let n = (64 - lo).min(end - i);
            let mask = if n == 64 {
                u64::MAX
            } else {
                ((1u64 << n) - 1) << lo
            };
            if let Some(w) = self.bits.get_mut(c) {
                *w |= mask;
            }
            i += n;
        }
    }

    /// First set bit at or after `pos` and below `top`.
    fn next_set(&self, pos: usize) -> Option<usize> {
        if pos >= self.top {
            return None;
        }
        let mut c = pos >> 6;
        let mut w = self.bits.get(c)? & (u64::MAX << (pos & 63));
        while w == 0 {
            c += 1;
            if c * 64 >= self.top {
                return None;
            }
            w = *self.bits.get(c)?;
        }
        let p = c * 64 + w.trailing_zeros() as usize;
        (p < self.top).then_some(p)
    }

    /// First clear bit at or after `pos`, or `top`.
    fn next_clear(&self, pos: usize) -> usize {
        let mut c = pos >> 6;
        let Some(&first) = self.bits.get(c) else {
            return self.top;
        };
        let mut w = !first & (u64::MAX << (pos & 63));
        while w == 0 {
            c += 1;
            match self.bits.get(c) {
                Some(&b) if c * 64 < self.top => w = !b,
                _ => return self.top,
            }
        }
        (c * 64 + w.trailing_zeros() as usize).min(self.top)
    }
}

impl Collector for Compacting {
    fn kind(&self) -> CollectorKind {
        CollectorKind::Compacting
    }

    #[inline(always)]
    fn try_alloc(&mut self, mem: &mut [u64], total: usize) -> Option<usize> {
        let a = self.top;
        if mem.len() - a >= total {
            self.top = a + total;
            Some(a)
        } else {
            None
        }
    }

    fn prepare(&mut self, _mem: &mut [u64]) -> usize {
        self.top
    }

    fn reclaim(&mut self, mem: &mut [u64], limit: usize, slots: RootSlots<'_>) -> Reclaimed {
        let top = limit.min(mem.len()).min(self.top);
        self.top = top;
        let chunks = top.div_ceil(64);
        for w in self.bits.iter_mut().take(chunks) {
            *w = 0;
        }
        // Pass 1: live bitmap; also the smallest dead-words-before count that
        // no live object has (for stress).
        let mut out = Reclaimed::default();
        let mut missing = 0usize;
        let mut a = 0usize;
        while a < top {
            let Some(&h) = mem.get(a) else { break };
            let total = 1 + header::size(h);
            if header::is_marked(h) && !header::is_free(h) {
                let holes = a - out.live_words;
                if holes == missing {
                    missing += 1;
                }
                // From here on liveness is read from the bitmap.
                if let Some(w) = mem.get_mut(a) {
                    *w = h & !header::MARK_BIT;
                }
                self.set_bits(a, total.min(top - a));
                out.live_words += total;
                out.live_objects += 1;
            }
            a += total;
        }
        // Identities of dead objects go; their offsets may be reused.
        slots.ids.retain(|e| self.is_live(e.0 as usize));
        let base = if self.stress && missing + out.live_words <= mem.len() {
            missing
        } else {
            0
        };
        if base == 0 && out.live_words == top {
            // No dead block below `top`: nothing moves, no reference changes.
            return out;
        }
        // Pass 2: live words before each chunk.
        let mut sum = base;
        for c in 0..chunks {
            if let Some(t) = self.table.get_mut(c) {
                *t = sum as u32;
            }
            sum += self.bits.get(c).map_or(0, |w| w.count_ones() as usize);
        }
        // Pass 3: rewrite references.
        slots.roots.visit_roots(&mut |v: &mut Value| {
            *v = Value::from_bits(self.forward_word(v.bits()));
        });
        for v in slots.temp.iter_mut() {
            *v = Value::from_bits(self.forward_word(v.bits()));
        }
        // Sliding keeps the order of live objects: the table stays sorted.
        for e in slots.ids.iter_mut() {
            if let Some(n) = self.forward(e.0 as usize) {
                e.0 = n as u32;
            }
        }
        for r in slots.pending.iter_mut().chain(slots.finalisable.iter_mut()) {
            if let Some(n) = self.forward(r.offset() as usize) {
                *r = crate::heap::GcRef::from_offset(n as u32);
            }
        }
        let mut a = 0usize;
        while a < top {
            let Some(&h) = mem.get(a) else { break };
            let total = 1 + header::size(h);
            if self.is_live(a) {
                let end = (a + 1 + header::value_words(h)).min(mem.len());
                for i in a + 1..end {
                    if let Some(w) = mem.get_mut(i) {
                        *w = self.forward_word(*w);
                    }
                }
            }
            a += total;
        }
        // Pass 4: move runs of live words; runs moving up go last, highest first.
        let mut up: Vec<(usize, usize, usize)> = Vec::new();
        let mut pos = 0usize;
        while let Some(s) = self.next_set(pos) {
            let e = self.next_clear(s);
            let dest = self.forward(s).unwrap_or(s);
            if dest < s {
                mem.copy_within(s..e, dest);
                out.bytes_moved += ((e - s) * 8) as u64;
            } else if dest > s {
                up.push((s, e, dest));
            }
            pos = e;
        }
        for &(s, e, dest) in up.iter().rev() {
            if dest + (e - s) <= mem.len() {
                mem.copy_within(s..e, dest);
                out.bytes_moved += ((e - s) * 8) as u64;
            }
        }
        if base > 0 {
            if let Some(w) = mem.get_mut(0) {
                *w = header::free((base - 1) as u32);
            }
        }
        self.top = base + out.live_words;
        out
    }

    fn gap(&self, mem_len: usize) -> (usize, usize) {
        (self.top, mem_len)
    }

    fn release(&mut self, mem: &mut [u64], start: usize, words: usize) {
        if start + words == self.top {
            self.top = start;
        } else if let Some(w) = mem.get_mut(start) {
            *w = header::free((words - 1) as u32);
        }
    }
}
