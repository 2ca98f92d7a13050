//! The stream protocol shared by native streams (`uio.StringIO`/`BytesIO`,
//! files, `sys.stdout`...) and streams written in Python (subclasses of
//! `uio.IOBase` with `write`/`readinto`/`read`): `print(file=...)` and
//! `readinto` go through here.
//!
//! A stream is any object with a `write(buf)` method (for output) and a
//! `readinto(buf)` or `read(n)` method (for input). Buffers filled by
//! `readinto` are written in place: a `bytearray` directly in its heap
//! block (no allocation); other writable buffers (memoryview, array) with
//! a slice assignment `buf[off:off+n] = data`.

use crate::objects::bytes;
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

/// The bytes of a bytes-like value, or of a str's UTF-8.
pub fn bytes_of(vm: &Vm, v: Value) -> Option<Vec<u8>> {
    if let Some(s) = vm.str_of(v) {
        return Some(s.as_bytes().to_vec());
    }
    bytes::data(vm, v).map(<[u8]>::to_vec)
}

/// The writable length of buffer `buf` (bytearray: its length; others:
/// `len(buf)`).
pub fn buffer_len(vm: &mut Vm, buf: Value) -> PyResult<usize> {
    if vm.kind_of(buf) == kind::BYTEARRAY {
        return Ok(bytes::data(vm, buf).map_or(0, <[u8]>::len));
    }
    let n = crate::builtins::len_of(vm, buf)?;
    Ok(usize::try_from(n).unwrap_or(0))
}

/// Copies `data` into writable buffer `buf` at byte `off` (clipped to the
/// buffer); returns the bytes copied. A bytearray is filled in place
/// without allocating.
pub fn fill_buffer(vm: &mut Vm, buf: Value, off: usize, data: &[u8]) -> PyResult<usize> {
    if vm.kind_of(buf) == kind::BYTEARRAY {
        let Some(r) = buf.as_ref() else { return Ok(0) };
        let len = bytes::data(vm, buf).map_or(0, <[u8]>::len);
        let n = data.len().min(len.saturating_sub(off));
        let b = vm.heap.bytes_mut(r);
        if let (Some(dst), Some(src)) = (b.get_mut(8 + off..8 + off + n), data.get(..n)) {
            dst.copy_from_slice(src);
        }
        return Ok(n);
    }
    if vm.kind_of(buf) == kind::BYTES || vm.is_str(buf) {
        return Err(vm.type_error("object with buffer protocol required (writable)"));
    }
    // Generic writable buffer (memoryview, array): slice assignment.
    let len = buffer_len(vm, buf)?;
    let n = data.len().min(len.saturating_sub(off));
    if n == 0 {
        return Ok(0);
    }
    let mark = vm.push_root(buf);
    let r = (|| {
        let chunk = bytes::new_bytes(vm, kind::BYTES, data.get(..n).unwrap_or(&[]))?;
        let cm = vm.push_root(chunk);
        let lo = Value::int(off as i64).unwrap_or(Value::NONE);
        let hi = Value::int((off + n) as i64).unwrap_or(Value::NONE);
        let sl = vm.call(crate::types::TypeId::Slice.value(), &[lo, hi])?;
        let chunk = vm.root(cm);
        vm.setitem(vm.root(mark), sl, chunk)
    })();
    vm.pop_roots(mark);
    r.map(|_| n)
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
