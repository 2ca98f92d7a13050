//! Typed access to objects: header fields, value words, raw words and
//! bytes, all borrowing the heap; and walks over all blocks.

use crate::collector::Collector;
use crate::header::{self, Scan};
use crate::heap::{with_gc, GcRef, Heap};
use crate::value::Value;
use alloc::vec::Vec;

impl Heap {
    #[inline(always)]
    pub(crate) fn header(&self, r: GcRef) -> Option<u64> {
        let h = self.mem.get(r.0 as usize).copied();
        debug_assert!(
            h.is_some_and(|h| !header::is_free(h)),
            "{r:?} is not a live object"
        );
        h
    }

    /// The object's kind (0 for an invalid reference).
    #[inline(always)]
    pub fn kind(&self, r: GcRef) -> u8 {
        self.header(r).map_or(0, header::kind)
    }

    /// Changes the object's kind.
    pub fn set_kind(&mut self, r: GcRef, kind: u8) {
        if let Some(w) = self.mem.get_mut(r.0 as usize) {
            *w = header::with_kind(*w, kind);
        }
    }

    /// The object's aux byte (VM-owned).
    #[inline(always)]
    pub fn aux(&self, r: GcRef) -> u8 {
        self.header(r).map_or(0, header::aux)
    }

    /// Sets the object's aux byte.
    #[inline(always)]
    pub fn set_aux(&mut self, r: GcRef, aux: u8) {
        if let Some(w) = self.mem.get_mut(r.0 as usize) {
            *w = header::with_aux(*w, aux);
        }
    }

    /// The object's scan layout.
    pub fn scan(&self, r: GcRef) -> Scan {
        self.header(r).map_or(Scan::None, header::scan)
    }

    /// Body size in words (0 for an invalid reference).
    #[inline(always)]
    pub fn len_words(&self, r: GcRef) -> usize {
        self.header(r).map_or(0, header::size)
    }

    #[inline(always)]
    fn ranges(&self, r: GcRef) -> (usize, usize, usize) {
        let a = r.0 as usize + 1;
        let h = self.header(r).unwrap_or(0);
        let n = header::size(h);
        let nv = header::value_words(h);
        let end = (a + n).min(self.mem.len());
        ((a).min(end), (a + nv).min(end), end)
    }

    /// The object's value words (all of the body for `Scan::All`, the first
    /// `n` for `Scan::Prefix(n)`, none for `Scan::None`).
    #[inline(always)]
    pub fn values(&self, r: GcRef) -> &[Value] {
        let (s, v, _) = self.ranges(r);
        bytemuck::cast_slice(self.mem.get(s..v).unwrap_or(&[]))
    }

    /// The object's kind and value words from one header read (kind 0
    /// and no words for an invalid reference).
    #[inline(always)]
    pub fn kind_values(&self, r: GcRef) -> (u8, &[Value]) {
        let Some(h) = self.header(r) else {
            return (0, &[]);
        };
        let s = r.0 as usize + 1;
        let words = self.mem.get(s..s + header::value_words(h)).unwrap_or(&[]);
        (header::kind(h), bytemuck::cast_slice(words))
    }

    /// The object's value words, writable.
    #[inline(always)]
    pub fn values_mut(&mut self, r: GcRef) -> &mut [Value] {
        let (s, v, _) = self.ranges(r);
        bytemuck::cast_slice_mut(self.mem.get_mut(s..v).unwrap_or(&mut []))
    }

    /// Copies `n` value words from `src` (starting at word `from`) to `dst`
    /// (starting at word `to`). `src` and `dst` may be the same object and
    /// the ranges may overlap (copied as if through a temporary). Copies
    /// nothing and returns `false` when either range is not within its
    /// object's value words.
    #[inline]
    pub fn copy_values(
        &mut self,
        src: GcRef,
        from: usize,
        dst: GcRef,
        to: usize,
        n: usize,
    ) -> bool {
        let (s0, s1, _) = self.ranges(src);
        let (d0, d1, _) = self.ranges(dst);
        let (Some(se), Some(de)) = (from.checked_add(n), to.checked_add(n)) else {
            return false;
        };
        if s0 + se > s1 || d0 + de > d1 {
            return false;
        }
        self.mem.copy_within(s0 + from..s0 + se, d0 + to);
        true
    }

    /// Sets value words `from..from + n` of `r` to `v`; `false` (nothing
    /// written) when the range is not within the object's value words.
    #[inline]
    pub fn fill_values(&mut self, r: GcRef, from: usize, n: usize, v: Value) -> bool {
        let (s0, s1, _) = self.ranges(r);
        let Some(e) = from.checked_add(n) else {
            return false;
        };
        match self.mem.get_mut(s0 + from..s0 + e) {
            Some(w) if s0 + e <= s1 => {
                w.fill(v.bits());
                true
            }
            _ => false,
        }
    }

    /// Value word `i`, if in range. One header read and one bounds check:
    /// this is the interpreter's hottest heap access.
    #[inline(always)]
    pub fn get(&self, r: GcRef, i: usize) -> Option<Value> {
        let h = self.header(r)?;
        if i < header::value_words(h) {
            self.mem
                .get(r.0 as usize + 1 + i)
                .map(|w| Value::from_bits(*w))
        } else {
            None
        }
    }

    /// Sets value word `i`; `false` if out of range.
    #[inline(always)]
    pub fn set(&mut self, r: GcRef, i: usize, v: Value) -> bool {
        let Some(h) = self.header(r) else {
            return false;
        };
        if i >= header::value_words(h) {
            return false;
        }
        match self.mem.get_mut(r.0 as usize + 1 + i) {
            Some(s) => {
                *s = v.bits();
                true
            }
            None => false,
        }
    }

    /// The heap word at absolute index `i` (0 when out of range): for
    /// readers that know an object's layout (a str's raw fields) and skip
    /// decoding its header.
    #[inline(always)]
    pub fn word_at(&self, i: usize) -> u64 {
        self.mem.get(i).copied().unwrap_or(0)
    }

    /// Value word `i` of `r`, read without decoding the header: for the
    /// hot paths of objects whose layout the caller knows (their kind was
    /// checked, or the VM made them with more than `i` value words). Only
    /// the heap's bounds are checked, so a wrong index reads some other
    /// word of the heap, never memory outside it (`NONE` past the end);
    /// debug builds assert that `i` is one of the object's value words.
    #[inline(always)]
    pub fn field(&self, r: GcRef, i: usize) -> Value {
        debug_assert!(
            i < self.header(r).map_or(0, header::value_words),
            "field {i} of {r:?} is not a value word"
        );
        self.mem
            .get((r.0 as usize).wrapping_add(1).wrapping_add(i))
            .map_or(Value::NONE, |w| Value::from_bits(*w))
    }

    /// Writes value word `i` of `r` without decoding the header (see
    /// [`Heap::field`]; nothing is written past the heap's end).
    #[inline(always)]
    pub fn set_field(&mut self, r: GcRef, i: usize, v: Value) {
        debug_assert!(
            i < self.header(r).map_or(0, header::value_words),
            "field {i} of {r:?} is not a value word"
        );
        if let Some(w) = self
            .mem
            .get_mut((r.0 as usize).wrapping_add(1).wrapping_add(i))
        {
            *w = v.bits();
        }
    }

    /// The object's raw (untraced) words: the body after the value words.
    #[inline(always)]
    pub fn words(&self, r: GcRef) -> &[u64] {
        let (_, v, e) = self.ranges(r);
        self.mem.get(v..e).unwrap_or(&[])
    }

    /// The object's raw words, writable.
    #[inline(always)]
    pub fn words_mut(&mut self, r: GcRef) -> &mut [u64] {
        let (_, v, e) = self.ranges(r);
        self.mem.get_mut(v..e).unwrap_or(&mut [])
    }

    /// The object's raw words as bytes (native byte order).
    #[inline(always)]
    pub fn bytes(&self, r: GcRef) -> &[u8] {
        bytemuck::cast_slice(self.words(r))
    }

    /// The object's raw bytes, writable.
    #[inline(always)]
    pub fn bytes_mut(&mut self, r: GcRef) -> &mut [u8] {
        bytemuck::cast_slice_mut(self.words_mut(r))
    }

    /// Whether `r` is the start of a live (allocated) object. Walks the heap:
    /// O(heap), for assertions and tests.
    pub fn is_object(&self, r: GcRef) -> bool {
        let mut found = false;
        self.walk(|a, h| {
            if a == r.0 as usize {
                found = h.is_some_and(|h| !header::is_free(h));
            }
        });
        found
    }

    /// The header-less free range (bump region) as `(start, end)`.
    pub(crate) fn gap(&self) -> (usize, usize) {
        let len = self.mem.len();
        with_gc!(&self.gc, c => c.gap(len))
    }

    /// Visits every block in address order: `(offset, Some(header))` for a
    /// headed block, `(offset, None)` for the header-less free gap.
    pub(crate) fn walk(&self, mut f: impl FnMut(usize, Option<u64>)) {
        let len = self.mem.len();
        let (gs, ge) = self.gap();
        let mut a = 0usize;
        while a < len {
            if a == gs && gs < ge {
                f(a, None);
                a = ge;
                continue;
            }
            let Some(&h) = self.mem.get(a) else { break };
            f(a, Some(h));
            a += 1 + header::size(h);
        }
    }

    /// Every live object in address order (O(heap); for tests, dumps, debugging).
    pub fn objects(&self) -> Vec<GcRef> {
        let mut out = Vec::new();
        self.walk(|a, h| {
            if h.is_some_and(|h| !header::is_free(h)) {
                out.push(GcRef(a as u32));
            }
        });
        out
    }

    /// Collections run so far (O(1); `stats()` has it too).
    pub fn collections(&self) -> u64 {
        self.counters.collections
    }

    /// Objects allocated now (O(1)).
    pub fn object_count(&self) -> usize {
        self.counters.objects
    }

    /// Linear mark-stack overflow rescans done so far.
    pub fn mark_rescans(&self) -> u64 {
        self.marker.rescans
    }
}
