//! `MarkSweep`: the non-moving collector, a segregated-fit block allocator.
//!
//! Free blocks carry a free header; those of 2+ words are linked (next
//! offset in their first body word) into an exact-size list per total size
//! `2..=MAX_SMALL` words, or into one address-ordered list of larger blocks.
//! A one-word free block is a filler, on no list, merged at the next sweep.
//! Besides the lists there is one bump region (a remainder split off a large
//! block). Allocation: pop the exact list, else bump, else take the smallest
//! non-empty larger small list (bitmask lookup), else first-fit in the large
//! list, splitting the block. The sweep walks the heap linearly, clears
//! marks, merges every run of adjacent dead/free blocks into one free block
//! and rebuilds the lists in address order. References are never rewritten.

use crate::collector::{Collector, CollectorKind, Reclaimed, RootSlots};
use crate::header;

/// Largest block size (in words, header included) with its own exact list.
const MAX_SMALL: usize = 63;
/// End-of-list marker.
const NIL: u32 = u32::MAX;

/// The non-moving mark-sweep collector.
#[derive(Debug)]
pub struct MarkSweep {
    /// Head of the exact-size list for each total size (index = words).
    small: [u32; MAX_SMALL + 1],
    /// Bit `n` set when `small[n]` is non-empty.
    nonempty: u64,
    /// Head of the list of free blocks larger than `MAX_SMALL`.
    large: u32,
    bump: usize,
    bump_end: usize,
}

impl MarkSweep {
    /// A collector for a fresh heap of `words` words: one bump region covering it.
    pub(crate) fn new(words: usize) -> MarkSweep {
        MarkSweep {
            small: [NIL; MAX_SMALL + 1],
            nonempty: 0,
            large: NIL,
            bump: 0,
            bump_end: words,
        }
    }

    /// Writes a free block of `total` words at `a` and links it into its list.
    #[inline]
    fn push_free(&mut self, mem: &mut [u64], a: usize, total: usize) {
        if total == 0 {
            return;
        }
        if let Some(h) = mem.get_mut(a) {
            *h = header::free((total - 1) as u32);
        }
        if total < 2 {
            return;
        }
        let head = if total <= MAX_SMALL {
            let old = self.small[total];
            self.small[total] = a as u32;
            self.nonempty |= 1 << total;
            old
        } else {
            let old = self.large;
            self.large = a as u32;
            old
        };
        if let Some(w) = mem.get_mut(a + 1) {
            *w = u64::from(head);
        }
    }

    /// Returns the bump region to the free lists.
    fn retire_bump(&mut self, mem: &mut [u64]) {
        let (a, end) = (self.bump, self.bump_end);
        self.bump = 0;
        self.bump_end = 0;
        if end > a {
            self.push_free(mem, a, end - a);
        }
    }

    #[inline]
    fn next_of(mem: &[u64], a: usize) -> u32 {
        mem.get(a + 1).map_or(NIL, |&w| w as u32)
    }

    /// Pops the head of small list `n` (known non-empty).
    #[inline]
    fn pop_small(&mut self, mem: &[u64], n: usize) -> usize {
        let a = self.small[n];
        let next = Self::next_of(mem, a as usize);
        self.small[n] = next;
        if next == NIL {
            self.nonempty &= !(1 << n);
        }
        a as usize
    }

    /// Uses the first `total` words of the free block at `a` (of `size` words)
    /// and gives the rest back.
    fn split(&mut self, mem: &mut [u64], a: usize, size: usize, total: usize) {
        let rest = size - total;
        let r = a + total;
        if rest > MAX_SMALL && rest > self.bump_end - self.bump {
            self.retire_bump(mem);
            self.bump = r;
            self.bump_end = r + rest;
        } else {
            self.push_free(mem, r, rest);
        }
    }

    #[cold]
    fn alloc_slow(&mut self, mem: &mut [u64], total: usize) -> Option<usize> {
        if total < MAX_SMALL {
            let larger = self.nonempty & (u64::MAX << (total + 1));
            if larger != 0 {
                let n = larger.trailing_zeros() as usize;
                let a = self.pop_small(mem, n);
                self.split(mem, a, n, total);
                return Some(a);
            }
        }
        let mut prev = NIL;
        let mut cur = self.large;
        while cur != NIL {
            let a = cur as usize;
            let size = mem.get(a).map_or(0, |&h| 1 + header::size(h));
            let next = Self::next_of(mem, a);
            if size >= total {
                if prev == NIL {
                    self.large = next;
                } else if let Some(w) = mem.get_mut(prev as usize + 1) {
                    *w = u64::from(next);
                }
                self.split(mem, a, size, total);
                return Some(a);
            }
            prev = cur;
            cur = next;
        }
        None
    }
}

impl Collector for MarkSweep {
    fn kind(&self) -> CollectorKind {
        CollectorKind::MarkSweep
    }

    #[inline(always)]
    fn try_alloc(&mut self, mem: &mut [u64], total: usize) -> Option<usize> {
        if total <= MAX_SMALL && self.small[total] != NIL {
            return Some(self.pop_small(mem, total));
        }
        if self.bump_end - self.bump >= total {
            let a = self.bump;
            self.bump += total;
            return Some(a);
        }
        self.alloc_slow(mem, total)
    }

    fn prepare(&mut self, mem: &mut [u64]) -> usize {
        self.retire_bump(mem);
        mem.len()
    }

    fn reclaim(&mut self, mem: &mut [u64], limit: usize, _slots: RootSlots<'_>) -> Reclaimed {
        self.small = [NIL; MAX_SMALL + 1];
        self.nonempty = 0;
        self.large = NIL;
        // Tails keep the rebuilt lists in address order (first fit = lowest address).
        let mut small_tail = [NIL; MAX_SMALL + 1];
        let mut large_tail = NIL;
        let mut out = Reclaimed::default();
        let mut run: Option<usize> = None;
        let mut a = 0usize;
        let end = limit.min(mem.len());
        loop {
            let h = if a < end { mem.get(a).copied() } else { None };
            let live = h.filter(|&h| header::is_marked(h) && !header::is_free(h));
            if h.is_none() || live.is_some() {
                if let Some(s) = run.take() {
                    let total = a.min(end) - s;
                    // Link at the tail: write the header and a NIL next first.
                    if let Some(w) = mem.get_mut(s) {
                        *w = header::free((total - 1) as u32);
                    }
                    if total >= 2 {
                        if let Some(w) = mem.get_mut(s + 1) {
                            *w = u64::from(NIL);
                        }
                        let (head, tail) = if total <= MAX_SMALL {
                            self.nonempty |= 1 << total;
                            (&mut self.small[total], &mut small_tail[total])
                        } else {
                            (&mut self.large, &mut large_tail)
                        };
                        if *tail == NIL {
                            *head = s as u32;
                        } else if let Some(w) = mem.get_mut(*tail as usize + 1) {
                            *w = s as u64;
                        }
                        *tail = s as u32;
                    }
                }
            }
            let Some(h) = h else { break };
            let total = 1 + header::size(h);
            if live.is_some() {
                if let Some(w) = mem.get_mut(a) {
                    *w = h & !header::MARK_BIT;
                }
                out.live_words += total;
                out.live_objects += 1;
            } else if run.is_none() {
                run = Some(a);
            }
            a += total;
        }
        out
    }

    fn gap(&self, _mem_len: usize) -> (usize, usize) {
        (self.bump, self.bump_end)
    }

    fn release(&mut self, mem: &mut [u64], start: usize, words: usize) {
        if start + words == self.bump && self.bump < self.bump_end {
            self.bump = start;
        } else {
            self.push_free(mem, start, words);
        }
    }
}
