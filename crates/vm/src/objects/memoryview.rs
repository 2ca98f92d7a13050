//! `memoryview`: a window (offset, length) on another buffer object's bytes
//! (layout in `buffer.rs`). Slicing makes a new window on the same target,
//! writes go through to it. Pycopy extensions: `memoryview(buf, offset,
//! size)`, `memoryview(str)` and `mv.init(buf[, offset, size])`, which
//! re-targets a view in place without allocating.

use super::buffer::{self, MV_READONLY, MV_RELEASED};
use crate::qstr::q;
use crate::types::{kind, NativeDesc};
use crate::vm::{Args, PyResult, Vm};
use pycopy_gc::{Scan, Value};

/// (target, offset, length, readonly) of a new view on `obj`, flattening a
/// view of a view.
fn target(vm: &mut Vm, obj: Value) -> PyResult<(Value, usize, usize, bool)> {
    if vm.kind_of(obj) == kind::MEMORYVIEW {
        let Some(l) = buffer::locate(vm, obj) else {
            return Err(vm.value_error("operation forbidden on released memoryview object"));
        };
        let inner = vm.slot(obj, 0);
        let base = buffer::locate(vm, inner).map_or(0, |b| b.start);
        return Ok((inner, l.start - base, l.len, !l.writable));
    }
    if obj.is_qstr() {
        // Interned strs live outside the heap: view a heap copy.
        let s = alloc::string::String::from(vm.str_of(obj).unwrap_or(""));
        let h = crate::objects::str::alloc_str(vm, &s)?;
        return Ok((h, 0, s.len(), true));
    }
    match buffer::locate(vm, obj) {
        Some(l) => Ok((obj, 0, l.len, !l.writable)),
        None => {
            let m = alloc::format!(
                "memoryview: a bytes-like object is required, not '{}'",
                vm.type_name(obj)
            );
            Err(vm.type_error(&m))
        }
    }
}

fn set_words(vm: &mut Vm, mv: Value, off: usize, len: usize, flags: u64) {
    if let Some(r) = mv.as_ref() {
        let w = vm.heap.words_mut(r);
        for (i, x) in [off as u64, len as u64, flags].into_iter().enumerate() {
            if let Some(s) = w.get_mut(i) {
                *s = x;
            }
        }
    }
}

/// Window arguments `offset`/`size` (Pycopy), clamped to the target.
fn window(vm: &mut Vm, a: &Args, at: usize, len: usize) -> PyResult<(usize, usize)> {
    let off = if (a.n as usize) > at {
        let v = vm.arg(a, at);
        v.as_int().unwrap_or(0).max(0) as usize
    } else {
        0
    };
    let off = off.min(len);
    let size = if (a.n as usize) > at + 1 {
        let v = vm.arg(a, at + 1);
        v.as_int().unwrap_or(0).max(0) as usize
    } else {
        len - off
    };
    Ok((off, size.min(len - off)))
}

/// A new view on `obj` at `[off, off + len)` of its bytes.
pub fn new_view(
    vm: &mut Vm,
    obj: Value,
    off: usize,
    len: usize,
    readonly: bool,
) -> PyResult<Value> {
    let mark = vm.push_root(obj);
    let r = vm.alloc(kind::MEMORYVIEW, Scan::Prefix(1), 4);
    let obj = vm.root(mark);
    vm.pop_roots(mark);
    let mv = Value::from_ref(r?);
    vm.set_slot(mv, 0, obj);
    set_words(vm, mv, off, len, if readonly { MV_READONLY } else { 0 });
    Ok(mv)
}

/// `memoryview(obj[, offset, size])`.
pub fn new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.n == 0 {
        return Err(vm.type_error("memoryview() missing required argument 'object' (pos 1)"));
    }
    let obj = vm.arg(&a, 0);
    let (t, base, len, ro) = target(vm, obj)?;
    let (off, size) = window(vm, &a, 1, len)?;
    new_view(vm, t, base + off, size, ro)
}

fn view_self(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = vm.arg(a, 0);
    if vm.kind_of(v) != kind::MEMORYVIEW {
        return Err(vm.type_error("descriptor requires a 'memoryview' object"));
    }
    if buffer::locate(vm, v).is_none() {
        return Err(vm.value_error("operation forbidden on released memoryview object"));
    }
    Ok(v)
}

/// `mv[k]`: an int, or a view for a slice (step 1).
pub fn getitem(vm: &mut Vm, mv: Value, k: Value) -> PyResult<Value> {
    let Some(l) = buffer::locate(vm, mv) else {
        return Err(vm.value_error("operation forbidden on released memoryview object"));
    };
    if vm.kind_of(k) != kind::SLICE {
        return crate::objects::bytes::getitem(vm, mv, k);
    }
    let (a, _, c, cnt) = crate::objects::iter::slice_indices(vm, k, l.len as i64)?;
    if c != 1 {
        // Views are contiguous; a stepped slice is a copy.
        let d = buffer::to_vec(vm, mv).unwrap_or_default();
        let out: alloc::vec::Vec<u8> = (0..cnt)
            .filter_map(|j| d.get((a + c * j as i64) as usize).copied())
            .collect();
        return crate::objects::bytes::new_bytes(vm, kind::BYTES, &out);
    }
    let obj = vm.slot(mv, 0);
    let off = vm
        .heap
        .words(mv.as_ref().ok_or(crate::vm::PyErr)?)
        .first()
        .copied()
        .unwrap_or(0) as usize;
    new_view(vm, obj, off + a as usize, cnt, !l.writable)
}

fn m_tobytes(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = view_self(vm, &a)?;
    let d = buffer::to_vec(vm, v).unwrap_or_default();
    crate::objects::bytes::new_bytes(vm, kind::BYTES, &d)
}

fn m_tolist(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = view_self(vm, &a)?;
    let d = buffer::to_vec(vm, v).unwrap_or_default();
    let items: alloc::vec::Vec<Value> =
        d.iter().map(|&b| Value::from_small(i32::from(b))).collect();
    crate::objects::list::from_slice(vm, &items)
}

fn m_hex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = view_self(vm, &a)?;
    let d = buffer::to_vec(vm, v).unwrap_or_default();
    let s: alloc::string::String = d.iter().map(|b| alloc::format!("{b:02x}")).collect();
    vm.new_str(&s)
}

fn m_release(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = vm.arg(&a, 0);
    if let Some(r) = v.as_ref().filter(|_| vm.kind_of(v) == kind::MEMORYVIEW) {
        if let Some(f) = vm.heap.words_mut(r).get_mut(2) {
            *f |= MV_RELEASED;
        }
    }
    Ok(Value::NONE)
}

/// `mv.init(buf[, offset, size])`: re-targets the view in place.
fn m_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = vm.arg(&a, 0);
    if vm.kind_of(v) != kind::MEMORYVIEW {
        return Err(vm.type_error("descriptor requires a 'memoryview' object"));
    }
    let obj = vm.arg(&a, 1);
    let (t, base, len, ro) = target(vm, obj)?;
    let (off, size) = window(vm, &a, 2, len)?;
    let v = vm.arg(&a, 0);
    vm.set_slot(v, 0, t);
    set_words(vm, v, base + off, size, if ro { MV_READONLY } else { 0 });
    Ok(Value::NONE)
}

/// Attributes of a memoryview (`readonly`, `nbytes`, `itemsize`, `obj`).
pub fn attr(vm: &mut Vm, mv: Value, name: u32) -> Option<Value> {
    let l = buffer::locate(vm, mv);
    match name {
        q::READONLY => Some(Value::bool(!l?.writable)),
        q::NBYTES => Value::int(l?.len as i64),
        q::ITEMSIZE => Some(Value::from_small(1)),
        q::OBJ => Some(vm.slot(mv, 0)),
        _ => None,
    }
}

/// Methods of `memoryview`.
pub static METHODS: &[NativeDesc] = &[
    NativeDesc {
        name: q::TOBYTES,
        f: m_tobytes,
    },
    NativeDesc {
        name: q::TOLIST,
        f: m_tolist,
    },
    NativeDesc {
        name: q::HEX,
        f: m_hex,
    },
    NativeDesc {
        name: q::RELEASE,
        f: m_release,
    },
    NativeDesc {
        name: q::INIT,
        f: m_init,
    },
];
