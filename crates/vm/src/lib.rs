//! pycopy-vm: the register interpreter, object model, builtins and import.
//!
//! Map of the crate:
//! - [`vm`]: [`Vm`] (heap + rooted [`vm::State`] + HAL), frames, allocation,
//!   string and error helpers, [`PyResult`]/[`PyErr`].
//! - [`interp`]: the dispatch loop, exception unwinding, generators.
//! - [`genframe`]: generator frames resumed inside the loop (`for` over a
//!   generator, `yield from`) and the register save/restore.
//! - [`stack`]: the fixed value stack (frames are windows of it) and the
//!   unchecked register access the loop uses.
//! - [`attr_cache`]: inline-cache hits of attribute loads/stores and
//!   method loads on instances.
//! - [`argerr`]: CPython-worded `TypeError`s of calls with wrong arguments.
//! - [`call`]: the call protocol (frames pushed without Rust recursion,
//!   argument binding).
//! - [`native_call`]: fast paths of native method and builtin calls from
//!   the loop (no generic re-checks).
//! - [`ctor_cache`]: cached `__new__`/`__init__` and class attribute lookups
//!   (instantiation, inline-cache misses), and per-class cached facts.
//! - [`instantiate`]: calling a user class (`__new__`/`__init__`, and the
//!   fast path that pushes `__init__`'s frame directly).
//! - [`ops`]: arithmetic, comparison, hashing, repr/str, attributes, items,
//!   iteration.
//! - [`objects`]: one file per builtin type (`str`, `list`, `dict`, ...) and
//!   the static type table.
//! - [`types`]: heap kinds, static kinds, [`types::TypeId`], native tables.
//! - [`qstr`]: interned strings (static table + dynamic heap-backed table).
//! - [`builtins`]: builtin functions and type constructors.
//! - [`format`]: float repr, `%`, `str.format`, f-string formatting.
//! - [`fastnum`]: the interpreter's inline arithmetic on small ints and floats.
//! - [`load`]: compiler `CodeObject` -> heap code objects.
//! - [`code_space`]: instruction words, kept outside the collected heap.
//! - [`import`]: `sys`, modules, `import` through the HAL.
//! - [`hal`]: the port seam ([`hal::Hal`]).
//! - [`board`]: the `machine` board seam ([`board::Board`]) and a simulated board.
//! - [`pending`]: the pending-events flag checked at loop back-edges and
//!   calls/returns (IRQ edges, scheduled callbacks, `KeyboardInterrupt`).
//! - [`registry`]: the `linkme` registry of builtin modules ([`registry::MODULES`]).
//! - [`stream`]: the stream protocol (`write`, `readinto`, writable buffers).
//! - [`run`]: entry points for ports (run a file/string, print tracebacks).
#![cfg_attr(not(feature = "std"), no_std)]
extern crate alloc;

pub mod argerr;
pub mod attr_cache;
pub mod board;
pub mod builtins;
pub mod call;
pub mod code_space;
pub mod ctor_cache;
pub mod fastnum;
pub mod format;
pub mod genframe;
pub mod hal;
pub mod import;
pub mod instantiate;
pub mod interp;
pub mod load;
pub mod native_call;
pub mod objects;
pub mod ops;
pub mod pending;
pub mod qstr;
pub mod registry;
pub mod run;
pub mod stack;
pub mod stream;
pub mod types;
pub mod vm;

pub use linkme;
pub use pycopy_gc::{CollectorKind, Value};
pub use vm::{PyErr, PyResult, Vm};

/// Sets MicroPython's optimisation level for later compilations
/// (`micropython.opt_level`; see `pycopy_compiler::set_opt_level`).
pub fn set_opt_level(level: u8) {
    #[cfg(feature = "compiler")]
    pycopy_compiler::set_opt_level(level);
    #[cfg(not(feature = "compiler"))]
    let _ = level;
}
