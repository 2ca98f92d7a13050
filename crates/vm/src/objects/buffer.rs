//! The buffer protocol: one way to reach the bytes of any buffer object
//! (`bytes`, `bytearray`, `memoryview`, heap `str`), for the methods of
//! those types and for later users (`array`, streams, `readinto`).
//!
//! [`locate`] resolves a value to a [`Loc`] (the heap object holding the
//! bytes, the byte range inside its raw words, and whether it may be
//! written); [`data`] / [`data_mut`] turn that into slices. A `Loc` is only
//! valid until the next allocation (the compacting collector moves objects),
//! so callers re-locate after allocating.
//!
//! Layouts (raw words are the body after the value words):
//! - `bytes`: raw; word 0 = length, then the data; or, when built by `+`
//!   (aux `IN_BUF`), value 0 = a shared append buffer and raw word 0 = the
//!   length (`str_buf.rs`).
//! - `bytearray`: `Scan::Prefix(1)`; value 0 = storage (a raw `kind::RAW`
//!   object, or None when empty), raw word 0 = length (capacity is the
//!   storage's size).
//! - `memoryview`: `Scan::Prefix(1)`; value 0 = the underlying object (never
//!   another memoryview), raw words 0 = offset, 1 = length, 2 = flags
//!   ([`MV_READONLY`]).
//! - heap `str`: raw; 16 header bytes (see `str.rs`), then the UTF-8 text;
//!   or in a shared append buffer (`str::heap_loc` resolves both).

use crate::types::kind;
use crate::vm::Vm;
use alloc::vec::Vec;
use pycopy_gc::{GcRef, Value};

/// memoryview flag: writes are refused.
pub const MV_READONLY: u64 = 1;
/// memoryview flag: released.
pub const MV_RELEASED: u64 = 2;

/// Where a buffer's bytes are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Loc {
    /// The object whose raw bytes hold the data (None: empty).
    pub store: Option<GcRef>,
    /// Offset of the first byte in the store's raw bytes.
    pub start: usize,
    /// Number of bytes.
    pub len: usize,
    /// Whether the buffer is writable.
    pub writable: bool,
}

fn raw_word(vm: &Vm, r: GcRef, i: usize) -> usize {
    vm.heap.words(r).get(i).copied().unwrap_or(0) as usize
}

/// Resolves a buffer object to its bytes' location.
pub fn locate(vm: &Vm, v: Value) -> Option<Loc> {
    let r = v.as_ref()?;
    match vm.heap.kind(r) {
        kind::BYTES if vm.heap.aux(r) == crate::objects::str::IN_BUF => Some(Loc {
            // Bytes built by `+` in a shared append buffer (`str_buf.rs`).
            store: vm.heap.get(r, 0)?.as_ref(),
            start: crate::objects::str_buf::DATA,
            len: raw_word(vm, r, 0),
            writable: false,
        }),
        kind::BYTES => Some(Loc {
            store: Some(r),
            start: 8,
            len: raw_word(vm, r, 0),
            writable: false,
        }),
        kind::BYTEARRAY => {
            let len = raw_word(vm, r, 0);
            Some(Loc {
                store: vm.heap.get(r, 0).and_then(|s| s.as_ref()),
                start: 0,
                len,
                writable: true,
            })
        }
        kind::STR => {
            let (store, start, len) = crate::objects::str::heap_loc(&vm.heap, r)?;
            Some(Loc {
                store: Some(store),
                start,
                len,
                writable: false,
            })
        }
        kind::MEMORYVIEW => {
            let flags = raw_word(vm, r, 2) as u64;
            if flags & MV_RELEASED != 0 {
                return None;
            }
            let inner = locate(vm, vm.heap.get(r, 0)?)?;
            let off = raw_word(vm, r, 0);
            let len = raw_word(vm, r, 1);
            // A view whose target shrank sees only what is left.
            let off = off.min(inner.len);
            let len = len.min(inner.len - off);
            Some(Loc {
                store: inner.store,
                start: inner.start + off,
                len,
                writable: inner.writable && flags & MV_READONLY == 0,
            })
        }
        _ => None,
    }
}

/// Whether `v` supports the buffer protocol.
pub fn is_buffer(vm: &Vm, v: Value) -> bool {
    locate(vm, v).is_some()
}

/// The bytes of a buffer object.
pub fn data(vm: &Vm, v: Value) -> Option<&[u8]> {
    let l = locate(vm, v)?;
    match l.store {
        Some(s) => vm.heap.bytes(s).get(l.start..l.start + l.len),
        None => Some(&[]),
    }
}

/// The bytes of a writable buffer object.
pub fn data_mut(vm: &mut Vm, v: Value) -> Option<&mut [u8]> {
    let l = locate(vm, v).filter(|l| l.writable)?;
    match l.store {
        Some(s) => vm.heap.bytes_mut(s).get_mut(l.start..l.start + l.len),
        None => Some(&mut []),
    }
}

/// An owned copy of a buffer's bytes.
pub fn to_vec(vm: &Vm, v: Value) -> Option<Vec<u8>> {
    data(vm, v).map(<[u8]>::to_vec)
}

/// Whether two buffers share storage (writes through one show in the other).
pub fn same_store(vm: &Vm, a: Value, b: Value) -> bool {
    match (locate(vm, a), locate(vm, b)) {
        (Some(x), Some(y)) => x.store.is_some() && x.store == y.store,
        _ => false,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::objects::{bytes, memoryview};
    use crate::CollectorKind;
    use alloc::boxed::Box;

    fn vm(c: CollectorKind) -> Vm {
        Vm::new(256 * 1024, c, Box::<crate::hal::BufferHal>::default()).unwrap()
    }

    #[test]
    fn views_write_through_and_survive_collection() {
        for c in [CollectorKind::MarkSweep, CollectorKind::Compacting] {
            let mut vm = vm(c);
            let ba = bytes::new_bytes(&mut vm, kind::BYTEARRAY, b"abcdefgh").unwrap();
            let m0 = vm.push_root(ba);
            let mv = memoryview::new_view(&mut vm, ba, 2, 3, false).unwrap();
            let m1 = vm.push_root(mv);
            // Garbage, then a collection (which may move everything).
            for _ in 0..50 {
                bytes::new_bytes(&mut vm, kind::BYTES, &[0; 100]).unwrap();
            }
            vm.heap.collect(&mut vm.st);
            let (ba, mv) = (vm.root(m0), vm.root(m1));
            assert_eq!(data(&vm, mv).unwrap(), b"cde");
            data_mut(&mut vm, mv).unwrap().copy_from_slice(b"XYZ");
            assert_eq!(data(&vm, ba).unwrap(), b"abXYZfgh");
            assert!(same_store(&vm, ba, mv));
            // Growing the bytearray keeps the view on the same object.
            let grown = b"abXYZfgh0123456789".repeat(4);
            bytes::set_data(&mut vm, ba, &grown).unwrap();
            let (ba, mv) = (vm.root(m0), vm.root(m1));
            assert_eq!(data(&vm, mv).unwrap(), b"XYZ");
            assert_eq!(data(&vm, ba).unwrap().len(), grown.len());
            vm.pop_roots(m0);
        }
    }

    #[test]
    fn readonly_sources_refuse_writes_and_shrunk_targets_clamp() {
        let mut vm = vm(CollectorKind::MarkSweep);
        let b = bytes::new_bytes(&mut vm, kind::BYTES, b"xyz").unwrap();
        let m = vm.push_root(b);
        let mv = memoryview::new_view(&mut vm, b, 1, 2, true).unwrap();
        assert_eq!(data(&vm, mv).unwrap(), b"yz");
        assert!(data_mut(&mut vm, mv).is_none());
        vm.pop_roots(m);
        let ba = bytes::new_bytes(&mut vm, kind::BYTEARRAY, b"0123456789").unwrap();
        let m = vm.push_root(ba);
        let mv = memoryview::new_view(&mut vm, ba, 6, 4, false).unwrap();
        let ba = vm.root(m);
        bytes::set_data(&mut vm, ba, b"0123456").unwrap();
        assert_eq!(data(&vm, mv).unwrap(), b"6");
        bytes::set_data(&mut vm, ba, b"01").unwrap();
        assert_eq!(data(&vm, mv).unwrap(), b"");
        vm.pop_roots(m);
    }
}
