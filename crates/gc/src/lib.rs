//! pycopy-gc: the memory system of Pycopy in Rust: the one-word [`Value`],
//! a fixed-size heap, and two swappable collectors.
//!
//! # Overview
//! All Python object memory lives in one region of `N` bytes reserved when
//! the [`Heap`] is created (`-X heapsize=N`, default 2 MiB) and never grown,
//! so exhaustion ([`AllocError::OutOfMemory`]) and fragmentation are real.
//! The allocation granularity is one 8-byte word; every block (object or
//! free) starts with one header word ([`header`] has the bit layout) that
//! records its body size, a VM-owned kind and aux byte, and the [`Scan`]
//! layout telling the collector which body words are [`Value`]s (traced)
//! and which are raw (bytes, limbs, floats).
//!
//! Objects are named by [`GcRef`], a `u32` word offset, never a pointer.
//! Reading an object borrows the heap (`heap.values(r)`, `heap.bytes(r)`);
//! allocating takes `&mut Heap` and may collect, so the borrow checker
//! rejects any object borrow held across an allocation. Roots are precise:
//! the owner passes a [`RootSet`] to every allocating call, and native code
//! can park values on the heap's temp-root stack ([`Heap::push_root`]).
//!
//! The collector is chosen at creation ([`CollectorKind`]):
//! - [`MarkSweep`]: non-moving; segregated exact-size free lists, a bump
//!   region and a first-fit list for large blocks; the sweep merges
//!   neighbouring free blocks.
//! - [`Compacting`]: marks, then slides live objects toward the start in
//!   address order, rewriting every reference (roots, temp roots, heap
//!   slots); free space is one contiguous region, allocation is a bump.
//!
//! An allocation tries, collects once (if automatic collection is on),
//! tries again, then fails with an `Err`; it never panics. The heap can be
//! locked ([`Heap::lock`]), automatic collection switched off
//! ([`Heap::disable`]) or triggered by an allocation threshold
//! ([`Heap::set_threshold`]). Marking uses a bounded explicit stack with
//! rescans on overflow, never Rust recursion. With the `gc-stress` feature
//! every allocation collects and the compactor moves every live object.
//!
//! # Modules
//! - [`value`]: the NaN-boxed one-word [`Value`] encoding (the VM re-exports it).
//! - [`header`]: the header word's bit layout and [`Scan`].
//! - [`heap`]: [`Heap`], [`GcRef`], allocation, typed access, temp roots,
//!   lock and switches, finaliser queue.
//! - [`roots`]: the [`RootSet`] trait.
//! - [`collector`]: the [`Collector`] trait and [`CollectorKind`].
//! - `mark`: the shared marker (bounded stack, overflow rescan).
//! - [`mark_sweep`]: the [`MarkSweep`] collector.
//! - [`compacting`]: the [`Compacting`] collector.
//! - [`stats`]: [`HeapStats`] and the `mem_info(1)` heap map.
//! - [`error`]: [`AllocError`], [`HeapError`].
#![no_std]
extern crate alloc;

pub mod collector;
pub mod compacting;
pub mod error;
pub mod header;
pub mod heap;
mod mark;
pub mod mark_sweep;
pub mod roots;
pub mod stats;
pub mod value;

pub use collector::{Collector, CollectorKind};
pub use compacting::Compacting;
pub use error::{AllocError, HeapError};
pub use header::{Scan, MAX_PREFIX};
pub use heap::{
    GcRef, Heap, HeapConfig, RootIndex, RootMark, DEFAULT_HEAP_BYTES, MAX_HEAP_BYTES,
    MIN_HEAP_BYTES, WORD_BYTES,
};
pub use mark_sweep::MarkSweep;
pub use roots::{NoRoots, RootSet};
pub use stats::HeapStats;
pub use value::{Decoded, Value, CANONICAL_NAN, SMALL_INT_MAX, SMALL_INT_MIN};
