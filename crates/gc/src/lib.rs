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
//! # Example
//! ```
//! use pycopy_gc::{AllocError, CollectorKind, Heap, Scan, Value};
//!
//! const TUPLE: u8 = 1; // kinds belong to the VM
//! let mut heap = Heap::new(64 * 1024, CollectorKind::Compacting)?;
//! let mut roots: Vec<Value> = Vec::new(); // the VM's root slots
//!
//! let t = heap.alloc(TUPLE, Scan::All, 2, &mut roots)?;
//! heap.values_mut(t)[0] = Value::from_small(42);
//! roots.push(t.value()); // rooted: survives (and follows) collections
//!
//! // A native function holding a value across an allocation parks it on
//! // the temp-root stack and re-reads it afterwards.
//! let s = heap.alloc_bytes(2, 5, &mut roots)?;
//! heap.bytes_mut(s)[..5].copy_from_slice(b"hello");
//! let mark = heap.root_mark();
//! let held = heap.push_root(s.value());
//! let _more = heap.alloc(TUPLE, Scan::All, 8, &mut roots)?;
//! let s = heap.root_ref(held).unwrap(); // possibly moved
//! heap.truncate_roots(mark);
//! assert_eq!(&heap.bytes(s)[..5], b"hello");
//!
//! heap.collect(&mut roots);
//! let t = roots[0].as_ref().unwrap();
//! assert_eq!(heap.values(t)[0].as_int(), Some(42));
//! assert_eq!(heap.stats().objects, 1);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Value encoding (one `u64`, see [`value`])
//! | top 16 bits | meaning | payload (low 48 bits) |
//! |---|---|---|
//! | `< 0xFFF9` | `f64` bits (every NaN canonicalised to `0x7FF8_0000_0000_0000`) | |
//! | `0xFFF9` | small int | 48-bit two's complement |
//! | `0xFFFA` | heap reference, the only traced kind | [`GcRef`] word offset (u32) |
//! | `0xFFFB` | interned string id | u32 |
//! | `0xFFFC` | EMPTY 0, None 1, False 2, True 3, Ellipsis 4, NotImplemented 5 | |
//! | `0xFFFD` | static object (VM-owned) | kind u16 << 32, index u32 |
//! | `0xFFFE..` | reserved | |
//!
//! # Header word (see [`header`])
//! | bits | field |
//! |---|---|
//! | 0..32 | body size in words (header not counted) |
//! | 32..40 | kind (VM-owned `u8`) |
//! | 40..48 | aux (VM-owned `u8`) |
//! | 48..60 | scan: 0 None, 0xFFF All, n Prefix(n) (n <= 0xFFE) |
//! | 60 / 61 / 62 | has finaliser / mark / free block |
//!
//! Typed access follows the scan layout: [`Heap::values`] is the traced
//! part (all of an `All` body, the first `n` words of a `Prefix(n)` body),
//! [`Heap::words`]/[`Heap::bytes`] the raw rest. New objects have value
//! words `None` and raw words zero.
//!
//! # Memory outside the region
//! Bounded and never touched per allocation: the mark stack (default 4096
//! `u32` entries; overflow falls back to linear rescans like MicroPython),
//! the compactor's side tables (one bit per heap word plus one `u32` per
//! 64 words, about 3% of the heap), the temp-root stack, and the queue of
//! objects whose finaliser is due.
//!
//! # Modules
//! - [`value`]: the NaN-boxed one-word [`Value`] encoding (the VM re-exports it).
//! - [`header`]: the header word's bit layout and [`Scan`].
//! - [`heap`]: [`Heap`], [`GcRef`], creation, allocation, collection,
//!   lock and switches, finaliser queue.
//! - `access`: typed access to objects (header fields, values, words, bytes).
//! - `temp_roots`: the heap's temp-root stack.
//! - [`roots`]: the [`RootSet`] trait.
//! - [`collector`]: the [`Collector`] trait and [`CollectorKind`].
//! - `mark`: the shared marker (bounded stack, overflow rescan).
//! - [`mark_sweep`]: the [`MarkSweep`] collector.
//! - [`compacting`]: the [`Compacting`] collector.
//! - [`stats`]: [`HeapStats`] and the `mem_info(1)` heap map.
//! - [`error`]: [`AllocError`], [`HeapError`].
#![no_std]
extern crate alloc;

mod access;
pub mod collector;
pub mod compacting;
pub mod error;
pub mod header;
pub mod heap;
mod mark;
pub mod mark_sweep;
pub mod roots;
pub mod stats;
mod temp_roots;
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
