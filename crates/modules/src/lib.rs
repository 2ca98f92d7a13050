//! pycopy-modules: the builtin modules of Pycopy in Rust, one file per
//! module, each behind a Cargo feature of its name, each adding a
//! `ModuleDef` to the vm's `linkme` registry (`pycopy_vm::registry`).
//! A port must link this crate (`extern crate pycopy_modules;`), or the
//! linker drops the registrations.
//!
//! Map of the crate:
//! - [`util`]: argument and attribute helpers shared by the modules.
//! - `micropython` (also `pycopy`): heap lock, mem_info, schedule, const...
//! - `gc`: collection control and heap figures (+ `mem_largest_free`, `info`).
//! - `sys` (also `usys`): argv, path, modules, exit, std streams, versions.
//! - `uio` (also `io`): StringIO, BytesIO, open/FileIO/TextIOWrapper, IOBase.
//! - [`rawbuf`]: the growable byte store of uio's memory streams and
//!   `BufferedWriter` (a raw heap block + length in the instance).
//! - `utime` (also `time`): clocks, sleeps, ticks arithmetic, calendar.
//! - `umachine` (also `machine`): Pin, Signal, PinBase, mem8/16/32, irqs
//!   over the HAL's board (a simulated board on unix); `umachine_timer`:
//!   its soft `Timer`.
//! - `sched`: the `micropython.schedule` queue and the hard-IRQ runner
//!   shared by `micropython`, `utime` and `umachine`.
#![no_std]
extern crate alloc;

pub mod util;

#[cfg(any(feature = "micropython", feature = "utime", feature = "umachine"))]
pub mod sched;

#[cfg(feature = "gc")]
mod gc;
#[cfg(feature = "micropython")]
mod micropython;
#[cfg(feature = "uio")]
pub mod rawbuf;
#[cfg(feature = "sys")]
mod sys;
#[cfg(feature = "uio")]
pub mod uio;
#[cfg(feature = "umachine")]
mod umachine;
#[cfg(feature = "umachine")]
mod umachine_timer;
#[cfg(feature = "utime")]
mod utime;

/// The module names (canonical and aliases) this build's features enable,
/// as the registry should list them (sorted). Used by tests to check the
/// composition.
pub fn expected_names() -> alloc::vec::Vec<&'static str> {
    let mut v: alloc::vec::Vec<&'static str> = alloc::vec::Vec::new();
    if cfg!(feature = "gc") {
        v.push("gc");
    }
    if cfg!(feature = "micropython") {
        v.extend(["micropython", "pycopy"]);
    }
    if cfg!(feature = "sys") {
        v.extend(["sys", "usys"]);
    }
    if cfg!(feature = "uio") {
        v.extend(["io", "uio"]);
    }
    if cfg!(feature = "utime") {
        v.extend(["time", "utime"]);
    }
    if cfg!(feature = "umachine") {
        v.extend(["machine", "umachine"]);
    }
    v.sort_unstable();
    v
}
