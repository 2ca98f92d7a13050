//! The fixed heap: creation, allocation, typed access, temp roots, lock,
//! automatic-collection switches and finaliser hand-off.

use crate::collector::{Collector, CollectorKind, Reclaimed, RootSlots};
use crate::compacting::Compacting;
use crate::error::{AllocError, HeapError};
use crate::header::{self, Scan};
use crate::mark::Marker;
use crate::mark_sweep::MarkSweep;
use crate::roots::RootSet;
use crate::value::Value;
use alloc::boxed::Box;
use alloc::vec::Vec;
use core::fmt;

/// Bytes per heap word (the allocation granularity).
pub const WORD_BYTES: usize = 8;
/// Default heap size (2 MiB, like Pycopy's unix port on 64-bit).
pub const DEFAULT_HEAP_BYTES: usize = 2 * 1024 * 1024;
/// Smallest heap accepted by [`Heap::new`].
pub const MIN_HEAP_BYTES: usize = 2 * WORD_BYTES;
/// Largest heap: word offsets are `u32` (one offset value is reserved).
pub const MAX_HEAP_BYTES: usize = (u32::MAX as usize) * WORD_BYTES;
/// Default number of mark-stack entries.
pub const DEFAULT_MARK_STACK: usize = 4096;

/// Whether the crate was built with the `gc-stress` feature.
const STRESS: bool = cfg!(feature = "gc-stress");

/// A relocatable reference to a heap object: the word offset of its header.
///
/// `Copy`, 4 bytes, never a pointer. After any allocation (which may collect
/// and, with [`CollectorKind::Compacting`], move objects) only references
/// held in roots are still valid; re-read them from their root slot.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GcRef(pub(crate) u32);

impl GcRef {
    /// The reference at word offset `offset`.
    #[inline(always)]
    pub const fn from_offset(offset: u32) -> GcRef {
        GcRef(offset)
    }

    /// The word offset of the object's header.
    #[inline(always)]
    pub const fn offset(self) -> u32 {
        self.0
    }

    /// This reference as a [`Value`].
    #[inline(always)]
    pub const fn value(self) -> Value {
        Value::from_ref(self)
    }
}

impl fmt::Debug for GcRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "@{}", self.0)
    }
}

/// Index of a slot on the heap's temp-root stack.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RootIndex(pub(crate) u32);

/// A height of the temp-root stack, to return to with [`Heap::truncate_roots`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RootMark(pub(crate) u32);

/// Heap creation parameters beyond size and collector.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HeapConfig {
    /// Heap size in bytes (rounded down to whole words).
    pub bytes: usize,
    /// Which collector.
    pub collector: CollectorKind,
    /// Mark-stack entries (bounded; overflow falls back to heap rescans).
    pub mark_stack: usize,
}

impl HeapConfig {
    /// The default configuration for a heap of `bytes` bytes.
    pub fn new(bytes: usize, collector: CollectorKind) -> HeapConfig {
        HeapConfig {
            bytes,
            collector,
            mark_stack: DEFAULT_MARK_STACK,
        }
    }
}

/// The collector in use; a `match` dispatches to it.
// One per heap, used on the allocation fast path: boxing would add an indirection.
#[allow(clippy::large_enum_variant)]
#[derive(Debug)]
pub(crate) enum Gc {
    MarkSweep(MarkSweep),
    Compacting(Compacting),
}

macro_rules! with_gc {
    ($gc:expr, $c:ident => $body:expr) => {
        match $gc {
            $crate::heap::Gc::MarkSweep($c) => $body,
            $crate::heap::Gc::Compacting($c) => $body,
        }
    };
}
pub(crate) use with_gc;

/// Counters kept as the heap runs.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Counters {
    pub(crate) used_words: usize,
    pub(crate) objects: usize,
    pub(crate) collections: u64,
    pub(crate) allocations: u64,
    pub(crate) bytes_moved: u64,
    pub(crate) since_bytes: usize,
    pub(crate) last: Reclaimed,
}

/// A fixed-size garbage-collected heap.
///
/// All memory of every object is in one region reserved at creation; its
/// size never changes. Reading or writing an object borrows the heap;
/// allocating takes `&mut self` (a collection may run), so no borrow of an
/// object can survive an allocation:
///
/// ```compile_fail,E0502
/// use pycopy_gc::{CollectorKind, Heap, NoRoots, Scan};
/// let mut heap = Heap::new(4096, CollectorKind::Compacting).unwrap();
/// let r = heap.alloc(1, Scan::All, 2, &mut NoRoots).unwrap();
/// let items = heap.values(r); // borrows the heap...
/// heap.alloc(1, Scan::All, 2, &mut NoRoots).unwrap(); // ...so this is rejected
/// let _ = items[0];
/// ```
pub struct Heap {
    pub(crate) mem: Box<[u64]>,
    pub(crate) gc: Gc,
    pub(crate) marker: Marker,
    pub(crate) temp_roots: Vec<Value>,
    pending: Vec<GcRef>,
    /// The objects whose finaliser bit is set (so a collection checks
    /// these, not the whole heap, for unreachable ones).
    finalisable: Vec<GcRef>,
    /// Stable identities of objects that moved or may move: `(offset, id)`
    /// sorted by offset; only the compacting collector uses it.
    ids: Vec<(u32, u32)>,
    /// Next identity handed out by [`Heap::identity`].
    next_id: u32,
    final_count: usize,
    lock_depth: u32,
    auto: bool,
    threshold: Option<usize>,
    /// `since_bytes >= trigger` collects before an allocation.
    trigger: usize,
    pub(crate) counters: Counters,
}

impl fmt::Debug for Heap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Heap")
            .field("words", &self.mem.len())
            .field("collector", &self.collector_kind())
            .field("used_words", &self.counters.used_words)
            .field("objects", &self.counters.objects)
            .field("lock_depth", &self.lock_depth)
            .finish_non_exhaustive()
    }
}

impl Heap {
    /// A heap of `bytes` bytes (rounded down to whole words) using `collector`.
    pub fn new(bytes: usize, collector: CollectorKind) -> Result<Heap, HeapError> {
        Heap::with_config(HeapConfig::new(bytes, collector))
    }

    /// A heap from a full configuration.
    pub fn with_config(cfg: HeapConfig) -> Result<Heap, HeapError> {
        let bytes = cfg.bytes;
        if bytes < MIN_HEAP_BYTES {
            return Err(HeapError::TooSmall {
                bytes,
                min: MIN_HEAP_BYTES,
            });
        }
        if bytes > MAX_HEAP_BYTES {
            return Err(HeapError::TooLarge {
                bytes,
                max: MAX_HEAP_BYTES,
            });
        }
        let words = bytes / WORD_BYTES;
        // Zeroed by the allocator: the pages of a large heap are only
        // touched when first used (writing zeros would fault them all in
        // at start-up).
        let v: Box<[u64]> = bytemuck::allocation::try_zeroed_slice_box(words)
            .map_err(|()| HeapError::HostAlloc { bytes })?;
        let side = HeapError::HostAlloc { bytes: words / 8 };
        let gc = match cfg.collector {
            CollectorKind::MarkSweep => Gc::MarkSweep(MarkSweep::new(words)),
            CollectorKind::Compacting => {
                Gc::Compacting(Compacting::new(words, STRESS).ok_or(side)?)
            }
        };
        let marker = Marker::new(cfg.mark_stack).ok_or(HeapError::HostAlloc {
            bytes: cfg.mark_stack * 4,
        })?;
        let mut heap = Heap {
            mem: v,
            gc,
            marker,
            temp_roots: Vec::new(),
            pending: Vec::new(),
            finalisable: Vec::new(),
            ids: Vec::new(),
            next_id: 1,
            final_count: 0,
            lock_depth: 0,
            auto: true,
            threshold: None,
            trigger: usize::MAX,
            counters: Counters::default(),
        };
        heap.update_trigger();
        Ok(heap)
    }

    /// A number identifying live object `r` for its whole life, for
    /// `id()` and identity hashes: its offset under mark-sweep (objects
    /// never move), a serial number remembered in a side table (kept
    /// up to date by the compactor) under the compacting collector. No
    /// two live objects share one.
    pub fn identity(&mut self, r: GcRef) -> u64 {
        if self.collector_kind() != CollectorKind::Compacting {
            return u64::from(r.0);
        }
        match self.ids.binary_search_by_key(&r.0, |e| e.0) {
            Ok(i) => self.ids.get(i).map_or(0, |e| u64::from(e.1)),
            Err(i) => {
                let id = self.next_id;
                self.next_id = self.next_id.wrapping_add(1).max(1);
                self.ids.insert(i, (r.0, id));
                u64::from(id)
            }
        }
    }

    /// Which collector this heap uses.
    pub fn collector_kind(&self) -> CollectorKind {
        with_gc!(&self.gc, c => c.kind())
    }

    /// Heap size in bytes.
    pub fn total_bytes(&self) -> usize {
        self.mem.len() * WORD_BYTES
    }

    /// Bytes in allocated blocks, headers included (`gc.mem_alloc()`).
    pub fn used_bytes(&self) -> usize {
        self.counters.used_words * WORD_BYTES
    }

    /// Bytes not in allocated blocks (`gc.mem_free()`).
    pub fn free_bytes(&self) -> usize {
        (self.mem.len() - self.counters.used_words) * WORD_BYTES
    }

    /// Bytes of collector metadata kept outside the region (mark stack, side tables).
    pub fn side_bytes(&self) -> usize {
        let side = match &self.gc {
            Gc::MarkSweep(_) => 0,
            Gc::Compacting(c) => c.side_bytes(),
        };
        side + self.marker.capacity() * 4
    }

    // ---------------------------------------------------------------- alloc

    /// Allocates an object of `body_words` words (plus one header word).
    ///
    /// Value words (per `scan`) start as `Value::NONE`, raw words as 0, so a
    /// collection before the caller fills them is safe. May collect: every
    /// reference not reachable from `roots` or the temp-root stack may be
    /// reclaimed, and with the compacting collector every object may move
    /// (roots are rewritten in place). Order: if the heap is locked, fail;
    /// if automatic collection is on and the threshold is reached, collect;
    /// try; if that fails and automatic collection is on, collect and try
    /// once more; then `Err(OutOfMemory)`.
    #[inline]
    pub fn alloc(
        &mut self,
        kind: u8,
        scan: Scan,
        body_words: usize,
        roots: &mut dyn RootSet,
    ) -> Result<GcRef, AllocError> {
        let oom = AllocError::OutOfMemory {
            requested_bytes: body_words.saturating_mul(WORD_BYTES),
        };
        if body_words >= self.mem.len() {
            return if self.lock_depth > 0 {
                Err(AllocError::Locked)
            } else {
                Err(oom)
            };
        }
        let h = header::encode(kind, 0, scan, body_words as u32).ok_or(AllocError::BadLayout)?;
        self.alloc_header(h, body_words + 1, oom, roots)
    }

    /// Allocates an object with a raw body of at least `nbytes` bytes
    /// (rounded up to whole words, zeroed, not traced).
    #[inline]
    pub fn alloc_bytes(
        &mut self,
        kind: u8,
        nbytes: usize,
        roots: &mut dyn RootSet,
    ) -> Result<GcRef, AllocError> {
        let words = nbytes.div_ceil(WORD_BYTES);
        self.alloc(kind, Scan::None, words, roots)
            .map_err(|e| match e {
                AllocError::OutOfMemory { .. } => AllocError::OutOfMemory {
                    requested_bytes: nbytes,
                },
                other => other,
            })
    }

    /// [`Heap::alloc_bytes`] for a caller that writes the first `nbytes`
    /// body bytes at once, before anything reads them (a new str's fields
    /// and text): only the last body word, holding the padding after
    /// `nbytes`, is zeroed instead of the whole body. Same collection
    /// rules and counters: anything unusual (a collection due, a locked
    /// heap, no fast room) takes [`Heap::alloc_bytes`].
    #[inline]
    pub fn alloc_bytes_to_fill(
        &mut self,
        kind: u8,
        nbytes: usize,
        roots: &mut dyn RootSet,
    ) -> Result<GcRef, AllocError> {
        let words = nbytes.div_ceil(WORD_BYTES);
        let total = words + 1;
        if words == 0
            || total >= self.mem.len()
            || self.lock_depth > 0
            || self.counters.since_bytes >= self.trigger
        {
            return self.alloc_bytes(kind, nbytes, roots);
        }
        let Some(h) = header::encode(kind, 0, Scan::None, words as u32) else {
            return self.alloc_bytes(kind, nbytes, roots);
        };
        let Some(a) = with_gc!(&mut self.gc, c => c.try_alloc(&mut self.mem, total)) else {
            return self.alloc_bytes(kind, nbytes, roots);
        };
        match self.mem.get_mut(a..a + total) {
            Some([hw, .., last]) => {
                *hw = h;
                *last = 0;
            }
            _ => self.init_block(a, h, total),
        }
        Ok(self.counted(a, total))
    }

    #[inline(always)]
    fn alloc_header(
        &mut self,
        h: u64,
        total: usize,
        oom: AllocError,
        roots: &mut dyn RootSet,
    ) -> Result<GcRef, AllocError> {
        if self.lock_depth > 0 {
            return Err(AllocError::Locked);
        }
        let fast = if self.counters.since_bytes < self.trigger {
            with_gc!(&mut self.gc, c => c.try_alloc(&mut self.mem, total))
        } else {
            None
        };
        let a = match fast {
            Some(a) => a,
            None => self.alloc_collecting(total, oom, roots)?,
        };
        self.init_block(a, h, total);
        Ok(self.counted(a, total))
    }

    /// Counts a new block of `total` words at `a` (used words, objects,
    /// allocations, bytes since the last collection) and returns it.
    #[inline(always)]
    fn counted(&mut self, a: usize, total: usize) -> GcRef {
        let c = &mut self.counters;
        c.used_words += total;
        c.objects += 1;
        c.allocations += 1;
        c.since_bytes += total * WORD_BYTES;
        GcRef(a as u32)
    }

    /// The slow path: collect if the threshold says so or the heap is full
    /// (and automatic collection is on), then try again.
    #[cold]
    #[inline(never)]
    fn alloc_collecting(
        &mut self,
        total: usize,
        oom: AllocError,
        roots: &mut dyn RootSet,
    ) -> Result<usize, AllocError> {
        let mut collected = false;
        if self.counters.since_bytes >= self.trigger {
            self.collect(roots);
            collected = true;
        }
        if let Some(a) = with_gc!(&mut self.gc, c => c.try_alloc(&mut self.mem, total)) {
            return Ok(a);
        }
        // Under gc-stress the first collection may have shifted objects up
        // to move them; a second one packs them down again.
        if self.auto && (!collected || STRESS) {
            self.collect(roots);
            if let Some(a) = with_gc!(&mut self.gc, c => c.try_alloc(&mut self.mem, total)) {
                return Ok(a);
            }
        }
        Err(oom)
    }

    #[inline(always)]
    fn init_block(&mut self, a: usize, h: u64, total: usize) {
        let nv = header::value_words(h);
        if let Some(body) = self.mem.get_mut(a..a + total) {
            if let Some((hw, rest)) = body.split_first_mut() {
                *hw = h;
                let (vals, raw) = rest.split_at_mut(nv.min(rest.len()));
                vals.fill(Value::NONE.bits());
                raw.fill(0);
            }
        }
    }

    /// Shrinks the object's body to `new_words` words (no-op if not smaller),
    /// giving the tail back to the free space.
    pub fn shrink(&mut self, r: GcRef, new_words: usize) {
        let a = r.0 as usize;
        let Some(&h) = self.mem.get(a) else { return };
        let old = header::size(h);
        if new_words >= old || header::is_free(h) {
            return;
        }
        let mut nh = header::with_size(h, new_words as u32);
        if header::value_words(h) > new_words {
            // The value prefix cannot be longer than the body.
            nh = header::encode(header::kind(h), header::aux(h), Scan::All, new_words as u32)
                .map_or(nh, |e| e | (h & header::FINAL_BIT));
        }
        if let Some(w) = self.mem.get_mut(a) {
            *w = nh;
        }
        let freed = old - new_words;
        with_gc!(&mut self.gc, c => c.release(&mut self.mem, a + 1 + new_words, freed));
        self.counters.used_words -= freed;
    }

    /// Resizes an object's body to `new_words` words, keeping its header
    /// fields and the first `min(old, new)` words. Shrinking is in place;
    /// growing allocates a new object (may collect: `r` is held on the
    /// temp-root stack meanwhile, other references need roots as usual) and
    /// returns it; the old block becomes garbage. New value words are `None`,
    /// new raw words zero. A `Scan::Prefix(n)` layout keeps `n`.
    pub fn realloc(
        &mut self,
        r: GcRef,
        new_words: usize,
        roots: &mut dyn RootSet,
    ) -> Result<GcRef, AllocError> {
        let Some(h) = self.header(r) else {
            return Err(AllocError::OutOfMemory {
                requested_bytes: new_words.saturating_mul(WORD_BYTES),
            });
        };
        let old = header::size(h);
        if new_words <= old {
            self.shrink(r, new_words);
            return Ok(r);
        }
        let mark = self.root_mark();
        let i = self.push_root(r.value());
        let res = self.alloc(header::kind(h), header::scan(h), new_words, roots);
        let r = self.root_ref(i).unwrap_or(r);
        self.truncate_roots(mark);
        let n = res?;
        let (a, b) = (r.0 as usize + 1, n.0 as usize + 1);
        if a + old <= self.mem.len() && b + old <= self.mem.len() {
            self.mem.copy_within(a..a + old, b);
        }
        if let Some(w) = self.mem.get_mut(n.0 as usize) {
            *w = header::with_aux(*w, header::aux(h));
        }
        if header::has_final(h) {
            self.set_finaliser(r, false);
            self.set_finaliser(n, true);
        }
        Ok(n)
    }

    // -------------------------------------------------------------- collect

    /// Runs a full collection now (`gc.collect()`); with the compacting
    /// collector this also compacts. Works even when automatic collection is
    /// disabled; does nothing while the heap is locked.
    pub fn collect(&mut self, roots: &mut dyn RootSet) {
        if self.lock_depth > 0 {
            return;
        }
        let limit = with_gc!(&mut self.gc, c => c.prepare(&mut self.mem));
        self.marker
            .mark_all(&mut self.mem, limit, roots, &self.temp_roots, &self.pending);
        if self.final_count > 0 {
            self.resurrect_finalisable(limit);
        }
        let slots = RootSlots {
            roots,
            temp: &mut self.temp_roots,
            pending: &mut self.pending,
            finalisable: &mut self.finalisable,
            ids: &mut self.ids,
        };
        let out = with_gc!(&mut self.gc, c => c.reclaim(&mut self.mem, limit, slots));
        let c = &mut self.counters;
        c.used_words = out.live_words;
        c.objects = out.live_objects;
        c.collections += 1;
        c.bytes_moved += out.bytes_moved;
        c.since_bytes = 0;
        c.last = out;
    }

    /// Unreachable objects with a finaliser are kept (with everything they
    /// reach) for one more cycle and queued for [`Heap::pop_finalisable`].
    fn resurrect_finalisable(&mut self, limit: usize) {
        let mut i = 0;
        while let Some(&r) = self.finalisable.get(i) {
            let a = r.0 as usize;
            let h = self.mem.get(a).copied().unwrap_or(0);
            if header::has_final(h) && header::is_marked(h) {
                i += 1;
                continue;
            }
            // Unreachable (or no longer finalisable): off the list.
            self.finalisable.swap_remove(i);
            if header::has_final(h) && !header::is_free(h) && a < limit {
                if let Some(w) = self.mem.get_mut(a) {
                    *w = h & !header::FINAL_BIT;
                }
                self.final_count = self.final_count.saturating_sub(1);
                self.pending.push(r);
                self.marker.mark_from(&mut self.mem, limit, r);
            }
        }
        self.marker.finish(&mut self.mem, limit);
    }

    // ------------------------------------------------------ lock and switches

    /// Locks the heap (nestable): allocation fails with `AllocError::Locked`
    /// and nothing collects until as many `unlock`s.
    pub fn lock(&mut self) {
        self.lock_depth = self.lock_depth.saturating_add(1);
    }

    /// Undoes one `lock` (no-op when unlocked); returns the new depth.
    pub fn unlock(&mut self) -> u32 {
        self.lock_depth = self.lock_depth.saturating_sub(1);
        self.lock_depth
    }

    /// Whether the heap is locked.
    pub fn is_locked(&self) -> bool {
        self.lock_depth > 0
    }

    /// Current lock depth.
    pub fn lock_depth(&self) -> u32 {
        self.lock_depth
    }

    /// Turns automatic collection off (`gc.disable()`): allocation never
    /// collects by itself; a full heap gives `OutOfMemory` (as MicroPython's
    /// `gc_alloc` does with `gc_auto_collect_enabled` off). `collect` still works.
    pub fn disable(&mut self) {
        self.auto = false;
        self.update_trigger();
    }

    /// Turns automatic collection back on (`gc.enable()`).
    pub fn enable(&mut self) {
        self.auto = true;
        self.update_trigger();
    }

    /// Whether automatic collection is on (`gc.isenabled()`).
    pub fn is_enabled(&self) -> bool {
        self.auto
    }

    /// Collect before an allocation once `bytes` have been allocated since
    /// the last collection (`gc.threshold(n)`); `None` turns it off (`-1`).
    pub fn set_threshold(&mut self, bytes: Option<usize>) {
        self.threshold = bytes;
        self.update_trigger();
    }

    /// The allocation threshold, if set.
    pub fn threshold(&self) -> Option<usize> {
        self.threshold
    }

    fn update_trigger(&mut self) {
        self.trigger = if !self.auto {
            usize::MAX
        } else if STRESS {
            0
        } else {
            self.threshold.unwrap_or(usize::MAX)
        };
    }

    // ------------------------------------------------------------ finalisers

    /// Sets or clears the object's "has finaliser" bit. When such an object
    /// becomes unreachable it is kept for one more collection and handed out
    /// by [`pop_finalisable`](Heap::pop_finalisable) instead of being freed.
    pub fn set_finaliser(&mut self, r: GcRef, on: bool) {
        let Some(w) = self.mem.get_mut(r.0 as usize) else {
            return;
        };
        if header::is_free(*w) || header::has_final(*w) == on {
            return;
        }
        if on {
            *w |= header::FINAL_BIT;
            self.final_count += 1;
            self.finalisable.push(r);
        } else {
            *w &= !header::FINAL_BIT;
            self.final_count = self.final_count.saturating_sub(1);
            if let Some(i) = self.finalisable.iter().rposition(|&x| x == r) {
                self.finalisable.swap_remove(i);
            }
        }
    }

    /// Whether the object has its finaliser bit set.
    pub fn has_finaliser(&self, r: GcRef) -> bool {
        self.header(r).is_some_and(header::has_final)
    }

    /// Next unreachable object whose finaliser should run. It stays valid
    /// until the next allocation unless the caller roots it; it is freed by
    /// the first collection that finds it unreachable again.
    pub fn pop_finalisable(&mut self) -> Option<GcRef> {
        self.pending.pop()
    }

    /// Number of objects waiting for their finaliser.
    pub fn pending_finalisers(&self) -> usize {
        self.pending.len()
    }
}
