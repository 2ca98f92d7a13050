//! The stream protocol shared by native streams (`uio.StringIO`/`BytesIO`,
//! files, `sys.stdout`...) and streams written in Python (subclasses of
//! `uio.IOBase` with `write`/`readinto`/`read`): `print(file=...)` and
//! `readinto` go through here.
//!
//! A stream is any object with a `write(buf)` method (for output) and a
//! `readinto(buf)` or `read(n)` method (for input). Buffers filled by
//! `readinto` are written in place through the buffer protocol
//! (`objects::buffer`): bytearray, memoryview (a slice writes through to
//! its underlying object) and any other writable buffer, with no heap
//! allocation; bytes and str are refused with CPython's `TypeError`.

use crate::objects::{buffer, bytes};
use crate::qstr::q;
use crate::types::kind;
use crate::vm::{PyResult, Vm};
use alloc::vec::Vec;
use pycopy_gc::Value;

/// Writes text to stream `f` (`None` = the HAL's stdout).
pub fn write_str(vm: &mut Vm, f: Value, s: &str) -> PyResult<()> {
    if f.is_none() {
        vm.write_out(s);
        return Ok(());
    }
    let mark = vm.push_root(f);
    let r = (|| {
        let w = vm.getattr(vm.root(mark), Value::qstr(q::WRITE))?;
        let wm = vm.push_root(w);
        let sv = vm.new_str(s);
        let w = vm.root(wm);
        vm.call(w, &[sv?])
    })();
    vm.pop_roots(mark);
    r.map(|_| ())
}

/// Writes bytes to stream `f` through its `write` method.
pub fn write_bytes(vm: &mut Vm, f: Value, data: &[u8]) -> PyResult<()> {
    let mark = vm.push_root(f);
    let r = (|| {
        let w = vm.getattr(vm.root(mark), Value::qstr(q::WRITE))?;
        let wm = vm.push_root(w);
        let b = bytes::new_bytes(vm, kind::BYTES, data);
        let w = vm.root(wm);
        vm.call(w, &[b?])
    })();
    vm.pop_roots(mark);
    r.map(|_| ())
}

/// The bytes of a bytes-like value (bytes, bytearray, memoryview, ...), or
/// of a str's UTF-8.
pub fn bytes_of(vm: &Vm, v: Value) -> Option<Vec<u8>> {
    if let Some(s) = vm.str_of(v) {
        return Some(s.as_bytes().to_vec());
    }
    buffer::to_vec(vm, vm.base_value(v))
}

/// The error CPython raises when `readinto` gets something that is not a
/// writable buffer.
fn not_writable(vm: &mut Vm, buf: Value) -> crate::vm::PyErr {
    let m = alloc::format!(
        "readinto() argument must be read-write bytes-like object, not {}",
        vm.type_name(buf)
    );
    vm.type_error(&m)
}

/// Where the bytes of writable buffer `buf` are (an instance of a builtin
/// subclass counts as its builtin value). Valid until the next allocation.
fn writable(vm: &mut Vm, buf: Value) -> PyResult<buffer::Loc> {
    match buffer::locate(vm, vm.base_value(buf)) {
        Some(l) if l.writable => Ok(l),
        _ => Err(not_writable(vm, buf)),
    }
}

/// The length of writable buffer `buf` (bytearray, memoryview, any buffer
/// `objects::buffer` can write); bytes, str and non-buffers raise
/// CPython's `TypeError`.
pub fn buffer_len(vm: &mut Vm, buf: Value) -> PyResult<usize> {
    writable(vm, buf).map(|l| l.len)
}

/// Copies `data` into writable buffer `buf` at byte `off` (clipped to the
/// buffer); returns the bytes copied. The bytes are written in place (a
/// memoryview slice writes through to its underlying object); nothing is
/// allocated. Bytes, str and non-buffers raise CPython's `TypeError`.
pub fn fill_buffer(vm: &mut Vm, buf: Value, off: usize, data: &[u8]) -> PyResult<usize> {
    writable(vm, buf)?;
    let target = vm.base_value(buf);
    let Some(dst) = buffer::data_mut(vm, target) else {
        return Err(not_writable(vm, buf));
    };
    let n = data.len().min(dst.len().saturating_sub(off));
    if let (Some(d), Some(s)) = (dst.get_mut(off..off + n), data.get(..n)) {
        d.copy_from_slice(s);
    }
    Ok(n)
}

/// `stream.readinto(buf)` for any stream: calls the stream's own
/// `readinto`, or reads with `read(n)` and copies. Returns the count (None
/// when a non-blocking stream has no data).
pub fn readinto(vm: &mut Vm, stream: Value, buf: Value) -> PyResult<Option<usize>> {
    let mark = vm.push_root(stream);
    vm.push_root(buf);
    let r = (|| {
        let name = vm.intern("readinto")?;
        if let Some(m) = vm.getattr_opt(vm.root(mark), name)? {
            let r = vm.call(m, &[vm.root(mark + 1)])?;
            return Ok(r.as_int().map(|n| n.max(0) as usize));
        }
        let n = buffer_len(vm, vm.root(mark + 1))?;
        let rn = vm.intern("read")?;
        let rd = vm.getattr(vm.root(mark), rn)?;
        let d = vm.call(rd, &[Value::int(n as i64).unwrap_or(Value::NONE)])?;
        if d.is_none() {
            return Ok(None);
        }
        let data = bytes_of(vm, d).unwrap_or_default();
        fill_buffer(vm, vm.root(mark + 1), 0, &data).map(Some)
    })();
    vm.pop_roots(mark);
    r
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::objects::memoryview;
    use crate::CollectorKind;
    use alloc::boxed::Box;

    #[test]
    fn fill_buffer_writes_through_a_memoryview_slice_in_place() {
        for c in [CollectorKind::MarkSweep, CollectorKind::Compacting] {
            let mut vm = Vm::new(256 * 1024, c, Box::<crate::hal::BufferHal>::default()).unwrap();
            let ba = bytes::new_bytes(&mut vm, kind::BYTEARRAY, &[0; 8]).unwrap();
            let m = vm.push_root(ba);
            let mv = memoryview::new_view(&mut vm, ba, 2, 3, false).unwrap();
            vm.push_root(mv);
            assert_eq!(buffer_len(&mut vm, mv).unwrap(), 3);
            let before = vm.heap.stats().allocations;
            assert_eq!(fill_buffer(&mut vm, mv, 0, b"xyzw").unwrap(), 3);
            let ba = vm.root(m);
            assert_eq!(fill_buffer(&mut vm, ba, 6, b"QRS").unwrap(), 2);
            assert_eq!(vm.heap.stats().allocations, before);
            assert_eq!(buffer::data(&vm, ba).unwrap(), b"\0\0xyz\0QR");
            vm.pop_roots(m);
        }
    }

    #[test]
    fn fill_buffer_refuses_read_only_buffers() {
        let mut vm = Vm::new(
            256 * 1024,
            CollectorKind::MarkSweep,
            Box::<crate::hal::BufferHal>::default(),
        )
        .unwrap();
        let b = bytes::new_bytes(&mut vm, kind::BYTES, b"ab").unwrap();
        assert!(fill_buffer(&mut vm, b, 0, b"x").is_err());
        assert_eq!(
            vm.type_of(vm.st.exc),
            crate::types::TypeId::TypeError.value()
        );
        let s = vm.new_str("a longer heap string").unwrap();
        assert!(buffer_len(&mut vm, s).is_err());
        assert!(fill_buffer(&mut vm, Value::from_small(3), 0, b"x").is_err());
    }
}
