//! The [`Collector`] trait and the choice between the two collectors.
//!
//! The heap owns the region, the mark stack and the roots; a collector owns
//! the allocation policy (where a new block goes) and the reclaim policy
//! (sweep to free lists, or slide objects together). The heap holds one of
//! the two in an enum and dispatches with a `match`, so the allocation fast
//! path is a direct, inlinable call, never a `dyn` call.

use crate::heap::GcRef;
use crate::roots::RootSet;
use crate::value::Value;

/// Which collector a heap uses; chosen at creation (`-X gc=marksweep|compact`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum CollectorKind {
    /// Non-moving mark-sweep with segregated free lists (MicroPython-like).
    #[default]
    MarkSweep,
    /// Mark, then slide live objects to the start (Lisp-2), bump allocation.
    Compacting,
}

impl CollectorKind {
    /// Parses the `-X gc=` spelling: `marksweep`/`mark-sweep`/`ms` or
    /// `compact`/`compacting`.
    pub fn parse(s: &str) -> Option<CollectorKind> {
        match s {
            "marksweep" | "mark-sweep" | "ms" => Some(CollectorKind::MarkSweep),
            "compact" | "compacting" => Some(CollectorKind::Compacting),
            _ => None,
        }
    }

    /// The canonical spelling.
    pub fn name(self) -> &'static str {
        match self {
            CollectorKind::MarkSweep => "marksweep",
            CollectorKind::Compacting => "compact",
        }
    }

    /// Whether collections move objects (and rewrite references).
    pub fn is_moving(self) -> bool {
        matches!(self, CollectorKind::Compacting)
    }
}

/// What a reclaim pass found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Reclaimed {
    /// Words in live blocks (headers included).
    pub live_words: usize,
    /// Live objects.
    pub live_objects: usize,
    /// Bytes copied to new places.
    pub bytes_moved: u64,
}

/// The references a moving collector must rewrite besides heap slots.
#[allow(missing_debug_implementations)]
pub struct RootSlots<'a> {
    /// The owner's roots.
    pub roots: &'a mut dyn RootSet,
    /// The heap's temp-root stack.
    pub temp: &'a mut [Value],
    /// Objects waiting for their finaliser.
    pub pending: &'a mut [GcRef],
    /// Live objects that have a finaliser (all marked when the collector
    /// reclaims: unmarked ones were moved to `pending` and marked).
    pub finalisable: &'a mut [GcRef],
    /// Stable identities `(offset, id)`, sorted by offset (see
    /// `Heap::identity`): a moving collector drops the entries of dead
    /// objects and forwards the offsets of the others.
    pub ids: &'a mut alloc::vec::Vec<(u32, u32)>,
}

/// A collector: the allocation and reclaim policy of a heap.
///
/// Implemented by [`MarkSweep`](crate::MarkSweep) and
/// [`Compacting`](crate::Compacting); the heap calls these methods, the VM
/// does not. `mem` is the whole heap region, one header word per block.
pub trait Collector {
    /// Which collector this is.
    fn kind(&self) -> CollectorKind;

    /// Finds room for a block of `total` words (header included) without
    /// collecting; returns the offset of its header word. The caller writes
    /// the header and initialises the body.
    fn try_alloc(&mut self, mem: &mut [u64], total: usize) -> Option<usize>;

    /// Makes `mem[..limit]` walkable block by block and returns `limit`
    /// (called before marking).
    fn prepare(&mut self, mem: &mut [u64]) -> usize;

    /// After marking: frees or moves blocks, clears marks, rewrites
    /// references if objects moved.
    fn reclaim(&mut self, mem: &mut [u64], limit: usize, slots: RootSlots<'_>) -> Reclaimed;

    /// The one free range whose words carry no headers (bump region), as `(start, end)`.
    fn gap(&self, mem_len: usize) -> (usize, usize);

    /// Gives back the last `words` words of a live block, starting at `start`.
    fn release(&mut self, mem: &mut [u64], start: usize, words: usize);
}
