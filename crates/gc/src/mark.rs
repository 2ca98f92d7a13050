//! Marking shared by both collectors: an explicit, bounded mark stack (never
//! Rust recursion), with MicroPython-style recovery when it overflows.
//!
//! An object is marked (header bit) when first reached and pushed only if it
//! has value words to scan. When the stack is full the object stays marked
//! but unscanned and an overflow flag is set; after the stack drains, the
//! heap is walked linearly and every marked object is scanned again, until a
//! walk finishes without overflow.

use crate::header::{self, MARK_BIT};
use crate::heap::GcRef;
use crate::roots::RootSet;
use crate::value::{Value, TAG_REF};
use alloc::vec::Vec;

/// The mark stack and its overflow flag.
#[derive(Debug)]
pub(crate) struct Marker {
    stack: Vec<u32>,
    cap: usize,
    overflow: bool,
    /// Linear rescans done because of overflow (for tests and stats).
    pub(crate) rescans: u64,
}

impl Marker {
    /// A marker whose stack holds at most `cap` entries (reserved now, never grown).
    pub(crate) fn new(cap: usize) -> Option<Marker> {
        let cap = cap.max(1);
        let mut stack = Vec::new();
        stack.try_reserve_exact(cap).ok()?;
        Some(Marker {
            stack,
            cap,
            overflow: false,
            rescans: 0,
        })
    }

    /// Entries the stack can hold.
    pub(crate) fn capacity(&self) -> usize {
        self.cap
    }

    /// Marks the object `w` refers to, if `w` is a reference below `limit`.
    #[inline(always)]
    fn mark_word(&mut self, mem: &mut [u64], limit: usize, w: u64) {
        if w >> 48 != TAG_REF {
            return;
        }
        let a = w as u32 as usize;
        if a >= limit {
            return;
        }
        if let Some(h) = mem.get_mut(a) {
            if *h & (MARK_BIT | header::FREE_BIT) != 0 {
                return;
            }
            *h |= MARK_BIT;
            if header::value_words(*h) != 0 {
                if self.stack.len() < self.cap {
                    self.stack.push(a as u32);
                } else {
                    self.overflow = true;
                }
            }
        }
    }

    /// Marks every reference in the value words of the object at `a`.
    #[inline(always)]
    fn scan_object(&mut self, mem: &mut [u64], limit: usize, a: usize) {
        let Some(&h) = mem.get(a) else { return };
        let start = a + 1;
        let end = (start + header::value_words(h)).min(mem.len());
        for i in start..end {
            if let Some(&w) = mem.get(i) {
                self.mark_word(mem, limit, w);
            }
        }
    }

    fn drain(&mut self, mem: &mut [u64], limit: usize) {
        while let Some(a) = self.stack.pop() {
            self.scan_object(mem, limit, a as usize);
        }
    }

    /// Marks everything reachable from `roots`, `temp` and `extra`; only
    /// blocks starting below `limit` take part (the heap is walkable up to it).
    pub(crate) fn mark_all(
        &mut self,
        mem: &mut [u64],
        limit: usize,
        roots: &mut dyn RootSet,
        temp: &[Value],
        extra: &[GcRef],
    ) {
        self.stack.clear();
        self.overflow = false;
        roots.visit_roots(&mut |v: &mut Value| {
            self.mark_word(mem, limit, v.bits());
            // Drain as we go so the stack holds at most one root's frontier.
            self.drain(mem, limit);
        });
        for v in temp {
            self.mark_word(mem, limit, v.bits());
            self.drain(mem, limit);
        }
        for r in extra {
            self.mark_word(mem, limit, Value::from_ref(*r).bits());
            self.drain(mem, limit);
        }
        self.finish(mem, limit);
    }

    /// Marks `r` and everything reachable from it (used to resurrect objects
    /// with finalisers).
    pub(crate) fn mark_from(&mut self, mem: &mut [u64], limit: usize, r: GcRef) {
        self.mark_word(mem, limit, Value::from_ref(r).bits());
        self.drain(mem, limit);
    }

    /// Drains the stack, then rescans the heap until no overflow is left.
    pub(crate) fn finish(&mut self, mem: &mut [u64], limit: usize) {
        self.drain(mem, limit);
        while self.overflow {
            self.overflow = false;
            self.rescans += 1;
            let mut a = 0usize;
            while a < limit {
                let Some(&h) = mem.get(a) else { break };
                if header::is_marked(h) && !header::is_free(h) && header::value_words(h) != 0 {
                    self.scan_object(mem, limit, a);
                    self.drain(mem, limit);
                }
                a += 1 + header::size(h);
            }
        }
    }
}
