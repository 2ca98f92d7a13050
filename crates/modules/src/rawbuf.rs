//! A growable byte store kept inside a native stream object (the memory
//! streams `StringIO`/`BytesIO` and `BufferedWriter`), independent of any
//! builtin type's private layout.
//!
//! The bytes live in a raw heap block (`kind::RAW`, never traced; its size
//! is the capacity) held in the instance attribute `_b` (None while the
//! capacity is 0); the number of bytes in use is the small int `_n`. Bytes
//! past `_n` are stale and never read: growing the length zero-fills them.
//! Growth allocates a bigger block (at least double) and copies; as the
//! compacting collector moves objects, every function re-reads the
//! instance from a root after allocating, and callers must do the same
//! with any reference they hold.

use crate::util;
use alloc::vec::Vec;
use pycopy_gc::{GcRef, Value};
use pycopy_vm::types::kind;
use pycopy_vm::{PyResult, Vm};

/// Attribute holding the raw block.
const BLOCK: &str = "_b";
/// Attribute holding the length in use.
const LEN: &str = "_n";
/// Smallest capacity a growing store gets.
const MIN_CAP: usize = 16;

/// The store of instance `o`: its raw block (None: capacity 0) and the
/// length in use (clamped to the capacity). A block that is not a raw
/// block (user code replaced `_b`) counts as no storage.
pub fn state(vm: &mut Vm, o: Value) -> PyResult<(Option<GcRef>, usize)> {
    let mark = vm.push_root(o);
    let n = util::attr_int(vm, o, LEN);
    let o = vm.root(mark);
    vm.pop_roots(mark);
    let n = n?.max(0) as usize;
    // Read last: nothing allocates between this and the caller's use.
    let blk = util::attr_opt(vm, o, BLOCK)?
        .and_then(|v| v.as_ref())
        .filter(|&r| vm.heap.kind(r) == kind::RAW);
    Ok((blk, n.min(capacity(vm, blk))))
}

/// Bytes a block can hold.
pub fn capacity(vm: &Vm, blk: Option<GcRef>) -> usize {
    blk.map_or(0, |r| vm.heap.bytes(r).len())
}

/// The bytes in use (`len` from [`state`]); valid until the next allocation.
pub fn bytes(vm: &Vm, blk: Option<GcRef>, len: usize) -> &[u8] {
    blk.and_then(|r| vm.heap.bytes(r).get(..len)).unwrap_or(&[])
}

/// The bytes in use by `o`, copied out.
pub fn to_vec(vm: &mut Vm, o: Value) -> PyResult<Vec<u8>> {
    let (blk, n) = state(vm, o)?;
    Ok(bytes(vm, blk, n).to_vec())
}

/// Gives instance `o` a store holding `data` with room for at least `cap`
/// bytes (no block at all when both are 0).
pub fn init(vm: &mut Vm, o: Value, data: &[u8], cap: usize) -> PyResult<()> {
    let cap = cap.max(data.len());
    let mark = vm.push_root(o);
    let r = (|| {
        let blk = if cap == 0 {
            Value::NONE
        } else {
            let r = vm.alloc_bytes(kind::RAW, cap)?;
            if let Some(d) = vm.heap.bytes_mut(r).get_mut(..data.len()) {
                d.copy_from_slice(data);
            }
            Value::from_ref(r)
        };
        util::set_attr(vm, vm.root(mark), BLOCK, blk)?;
        set_len(vm, vm.root(mark), data.len())
    })();
    vm.pop_roots(mark);
    r
}

/// Sets the length in use (callers keep it within the capacity).
pub fn set_len(vm: &mut Vm, o: Value, n: usize) -> PyResult<()> {
    let v = util::int(vm, n as i64)?;
    util::set_attr(vm, o, LEN, v)
}

/// Makes room for `need` bytes, moving the contents to a bigger block
/// when the current one is too small.
pub fn reserve(vm: &mut Vm, o: Value, need: usize) -> PyResult<()> {
    let (blk, n) = state(vm, o)?;
    let cap = capacity(vm, blk);
    if need <= cap {
        return Ok(());
    }
    let old = bytes(vm, blk, n).to_vec();
    let want = need.max(cap.saturating_mul(2)).max(MIN_CAP);
    let mark = vm.push_root(o);
    let r = (|| {
        let r = vm.alloc_bytes(kind::RAW, want)?;
        if let Some(d) = vm.heap.bytes_mut(r).get_mut(..old.len()) {
            d.copy_from_slice(&old);
        }
        util::set_attr(vm, vm.root(mark), BLOCK, Value::from_ref(r))
    })();
    vm.pop_roots(mark);
    r
}

/// Writes `data` at byte `pos`, growing the store as needed; a gap between
/// the old end and `pos` is zero-filled. Returns the new length.
pub fn write_at(vm: &mut Vm, o: Value, pos: usize, data: &[u8]) -> PyResult<usize> {
    let Some(end) = pos.checked_add(data.len()) else {
        return Err(vm.raise(pycopy_vm::types::TypeId::OverflowError, "stream too large"));
    };
    let mark = vm.push_root(o);
    let r = reserve(vm, o, end).and_then(|()| state(vm, vm.root(mark)));
    let o = vm.root(mark);
    vm.pop_roots(mark);
    let (blk, n) = r?;
    if let Some(r) = blk {
        let mem = vm.heap.bytes_mut(r);
        if pos > n {
            if let Some(gap) = mem.get_mut(n..pos) {
                gap.fill(0);
            }
        }
        if let Some(d) = mem.get_mut(pos..end) {
            d.copy_from_slice(data);
        }
    }
    let len = n.max(end);
    set_len(vm, o, len)?;
    Ok(len)
}
