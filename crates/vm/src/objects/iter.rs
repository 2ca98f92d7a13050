//! `range`, `slice`, and the builtin iterators (sequence, range, dict,
//! enumerate, zip, map, filter, reversed) and dict views.

use crate::qstr::q;
use crate::types::{kind, TypeId};
use crate::vm::{Args, PyResult, Vm};
use alloc::vec::Vec;
use pycopy_gc::{Scan, Value};

use super::{class, dict, list, tuple};

fn alloc_with(vm: &mut Vm, k: u8, vals: &[Value]) -> PyResult<Value> {
    let mark = vm.st.misc.len();
    vm.st.misc.extend_from_slice(vals);
    let r = vm.alloc(k, Scan::All, vals.len());
    let r = match r {
        Ok(r) => r,
        Err(e) => {
            vm.pop_roots(mark);
            return Err(e);
        }
    };
    for i in 0..vals.len() {
        let v = vm.root(mark + i);
        vm.heap.set(r, i, v);
    }
    vm.pop_roots(mark);
    Ok(Value::from_ref(r))
}

/// Length of a range (saturating at `i64::MAX`).
pub fn range_len(vm: &Vm, r: Value) -> i64 {
    i64::try_from(super::range::length(vm, r)).unwrap_or(i64::MAX)
}

/// A slice object.
pub fn new_slice(vm: &mut Vm, parts: [Value; 3]) -> PyResult<Value> {
    alloc_with(vm, kind::SLICE, &parts)
}

/// Resolves a slice against a length: (start, stop, step, count).
pub fn slice_indices(vm: &mut Vm, s: Value, n: i64) -> PyResult<(i64, i64, i64, usize)> {
    let p = slice_parts(vm, s)?;
    Ok(adjust_slice(p, n))
}

/// The start, stop and step of slice object `s` as ints (`None` for an
/// omitted bound, step defaulting to 1), converted through `__index__`
/// like CPython's `PySlice_Unpack`: step first, then start, then stop.
pub fn slice_parts(vm: &mut Vm, s: Value) -> PyResult<SliceParts> {
    // Fast path: bounds that are None or small ints need no conversion.
    if let Some(p) = small_parts([vm.slot(s, 0), vm.slot(s, 1), vm.slot(s, 2)]) {
        return Ok(p);
    }
    let mark = vm.push_root(s);
    let get = |vm: &mut Vm, i: usize| -> PyResult<Option<i64>> {
        let s = vm.root(mark);
        let v = vm.slot(s, i);
        if v.is_none() {
            Ok(None)
        } else {
            super::num::index_clamped(vm, v).map(Some)
        }
    };
    let r = (|| {
        let step = get(vm, 2)?.unwrap_or(1);
        if step == 0 {
            return Err(vm.value_error("slice step cannot be zero"));
        }
        let start = get(vm, 0)?;
        let stop = get(vm, 1)?;
        Ok(SliceParts { start, stop, step })
    })();
    vm.pop_roots(mark);
    r
}

/// The parts of slice bounds `[start, stop, step]` that are all None or
/// small ints with a non-zero step (no `__index__` call, nothing to raise);
/// `None` otherwise.
#[inline]
pub fn small_parts(v: [Value; 3]) -> Option<SliceParts> {
    let [a, b, c] = v;
    let small = |v: Value| v.is_none() || v.as_int().is_some();
    if !(small(a) && small(b) && small(c)) {
        return None;
    }
    let step = c.as_int().unwrap_or(1);
    if step == 0 {
        return None;
    }
    Some(SliceParts {
        start: a.as_int(),
        stop: b.as_int(),
        step,
    })
}

/// A slice's bounds before they are resolved against a length.
#[derive(Clone, Copy, Debug)]
pub struct SliceParts {
    /// Start, if given.
    pub start: Option<i64>,
    /// Stop, if given.
    pub stop: Option<i64>,
    /// Step (never 0).
    pub step: i64,
}

/// Resolves slice bounds against length `n`: (start, stop, step, count),
/// like CPython's `PySlice_AdjustIndices`.
pub fn adjust_slice(p: SliceParts, n: i64) -> (i64, i64, i64, usize) {
    let step = p.step;
    let clamp = |x: i64, lo: i64, hi: i64| x.max(lo).min(hi);
    let (lo, hi) = if step > 0 { (0, n) } else { (-1, n - 1) };
    let start = match p.start {
        Some(x) => clamp(if x < 0 { x + n } else { x }, lo, hi),
        None => {
            if step > 0 {
                0
            } else {
                n - 1
            }
        }
    };
    let stop = match p.stop {
        Some(x) => clamp(if x < 0 { x + n } else { x }, lo, hi),
        None => {
            if step > 0 {
                n
            } else {
                -1
            }
        }
    };
    // ceil(distance / |step|), in u64 so a huge step cannot overflow.
    let count = if step > 0 && stop > start {
        (stop - start - 1) as u64 / step.unsigned_abs() + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) as u64 / step.unsigned_abs() + 1
    } else {
        0
    };
    (start, stop, step, count as usize)
}

/// `o[slice]`.
pub fn get_slice(vm: &mut Vm, o: Value, s: Value) -> PyResult<Value> {
    if vm.is_str(o) {
        let n = super::str::char_len(vm, o) as i64;
        let (a, b, c, _) = slice_indices(vm, s, n)?;
        return super::str::slice(vm, o, a, b, c);
    }
    let k = vm.kind_of(o);
    if k == kind::BYTES || k == kind::BYTEARRAY {
        return super::bytes::getitem(vm, o, s);
    }
    if k == kind::MEMORYVIEW {
        return super::memoryview::getitem(vm, o, s);
    }
    match k {
        kind::LIST | kind::TUPLE => {
            let mark = vm.push_root(o);
            let p = slice_parts(vm, s);
            let o = vm.root(mark);
            vm.pop_roots(mark);
            slice_seq(vm, o, p?)
        }
        kind::RANGE => super::range::slice(vm, o, s),
        _ => {
            let t = vm.type_of(o);
            if let Some(m) = class::lookup(vm, t, Value::qstr(q::D_GETITEM)) {
                return vm.call(m, &[o, s]);
            }
            let b = vm.base_value(o);
            if b != o {
                return get_slice(vm, b, s);
            }
            let m = alloc::format!("'{}' object isn't subscriptable", vm.type_name(o));
            Err(vm.type_error(&m))
        }
    }
}

/// `o[start:stop:step]` of list or tuple `o`, bounds already converted.
pub fn slice_seq(vm: &mut Vm, o: Value, p: SliceParts) -> PyResult<Value> {
    let is_tuple = vm.kind_of(o) == kind::TUPLE;
    // The length after any `__index__` calls, as CPython reads it.
    let n = list::seq_store(vm, o).map_or(0, |(_, n)| n);
    let (a, _, c, cnt) = adjust_slice(p, n as i64);
    if is_tuple && a == 0 && c == 1 && cnt == n {
        return Ok(o);
    }
    list::gather(vm, o, a, c, cnt, is_tuple)
}

/// `l[slice] = v`: the slice is resolved first, then `v` is read (a list
/// or tuple other than `l` in place, anything else through a temporary
/// list), then `l` is changed in place.
pub fn set_slice(vm: &mut Vm, l: Value, s: Value, v: Value) -> PyResult<()> {
    let mark = vm.push_root(l);
    vm.push_root(v);
    let p = slice_parts(vm, s);
    let (l, v) = (vm.root(mark), vm.root(mark + 1));
    vm.pop_roots(mark);
    set_slice_parts(vm, l, p?, v)
}

/// `l[start:stop:step] = v` for list `l`, bounds already converted.
pub fn set_slice_parts(vm: &mut Vm, l: Value, p: SliceParts, v: Value) -> PyResult<()> {
    let mark = vm.push_root(l);
    vm.push_root(v);
    let r = (|| {
        let l = vm.root(mark);
        let v = vm.root(mark + 1);
        let vk = vm.kind_of(v);
        if !(vk == kind::LIST || vk == kind::TUPLE) || v == l {
            let copy = list::from_iter(vm, v)?;
            vm.set_root(mark + 1, copy);
        }
        let l = vm.root(mark);
        let n = list::len(vm, l);
        let (a, _, c, cnt) = adjust_slice(p, n as i64);
        let m = list::seq_store(vm, vm.root(mark + 1)).map_or(0, |(_, m)| m);
        if c != 1 {
            if m != cnt {
                let msg = alloc::format!(
                    "attempt to assign sequence of size {m} to extended slice of size {cnt}"
                );
                return Err(vm.value_error(&msg));
            }
            let Some((src, _)) = list::seq_store(vm, vm.root(mark + 1)) else {
                return Ok(());
            };
            let mut i = a;
            for j in 0..m {
                let x = vm.heap.get(src, j).unwrap_or(Value::NONE);
                list::set(vm, l, i as usize, x);
                i += c;
            }
            return Ok(());
        }
        // Replace items a..a + cnt by the m new ones.
        let a = a as usize;
        if m > cnt {
            list::reserve(vm, l, m - cnt)?;
        }
        let l = vm.root(mark);
        let Some(arr) = vm.slot(l, list::ITEMS).as_ref() else {
            return Ok(());
        };
        let tail = n - a - cnt;
        vm.heap.copy_values(arr, a + cnt, arr, a + m, tail);
        if let Some((src, _)) = list::seq_store(vm, vm.root(mark + 1)) {
            vm.heap.copy_values(src, 0, arr, a, m);
        }
        let new_len = n - cnt + m;
        if new_len < n {
            vm.heap.fill_values(arr, new_len, n - new_len, Value::NONE);
        }
        vm.set_slot(l, list::LEN, Value::from_small(new_len as i32));
        Ok(())
    })();
    vm.pop_roots(mark);
    r
}

/// `del l[slice]`, in place.
pub fn del_slice(vm: &mut Vm, l: Value, s: Value) -> PyResult<()> {
    let mark = vm.push_root(l);
    let p = slice_parts(vm, s);
    let l = vm.root(mark);
    vm.pop_roots(mark);
    let n = list::len(vm, l);
    let (a, _, c, cnt) = adjust_slice(p?, n as i64);
    if cnt == 0 {
        return Ok(());
    }
    let Some(arr) = vm.slot(l, list::ITEMS).as_ref() else {
        return Ok(());
    };
    // The deleted positions in ascending order: lo, lo + step, ...
    let (lo, step) = if c > 0 {
        (a as usize, c as usize)
    } else {
        (
            (a + (cnt as i64 - 1) * c) as usize,
            c.unsigned_abs() as usize,
        )
    };
    if step == 1 {
        vm.heap.copy_values(arr, lo + cnt, arr, lo, n - lo - cnt);
    } else {
        let mut w = lo;
        for i in lo..n {
            let gone = (i - lo) % step == 0 && (i - lo) / step < cnt;
            if !gone {
                let x = vm.heap.get(arr, i).unwrap_or(Value::NONE);
                vm.heap.set(arr, w, x);
                w += 1;
            }
        }
    }
    vm.heap.fill_values(arr, n - cnt, cnt, Value::NONE);
    vm.set_slot(l, list::LEN, Value::from_small((n - cnt) as i32));
    Ok(())
}

/// A dict view (`mode` 0 keys, 1 values, 2 items).
pub fn new_dict_view(vm: &mut Vm, d: Value, mode: u8) -> PyResult<Value> {
    alloc_with(
        vm,
        kind::DICT_VIEW,
        &[d, Value::from_small(i32::from(mode))],
    )
}

/// Whether objects of kind `k` are native iterators (their own
/// `__iter__`, with a native `__next__`).
#[inline]
pub fn is_native_iter(k: u8) -> bool {
    matches!(
        k,
        kind::SEQ_ITER
            | kind::RANGE_ITER
            | kind::DICT_ITER
            | kind::GEN
            | kind::ENUMERATE
            | kind::ZIP
            | kind::MAP
            | kind::FILTER
            | kind::CALL_ITER
            | kind::REVERSED
    )
}

/// `iter(v)`.
pub fn get_iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    get_iter_or(vm, v, not_iterable)
}

/// `TypeError: 'T' object isn't iterable` for `v`.
fn not_iterable(vm: &mut Vm, v: Value) -> crate::vm::PyErr {
    let m = alloc::format!("'{}' object isn't iterable", vm.type_name(v));
    vm.type_error(&m)
}

/// `iter(v)`, with `fail` making the error when `v` is not iterable at
/// all (unpacking words it differently from `iter`).
pub fn get_iter_or(
    vm: &mut Vm,
    v: Value,
    fail: fn(&mut Vm, Value) -> crate::vm::PyErr,
) -> PyResult<Value> {
    let k = vm.kind_of(v);
    match k {
        kind::LIST | kind::TUPLE | kind::BYTES | kind::BYTEARRAY | kind::MEMORYVIEW => {
            return alloc_with(vm, kind::SEQ_ITER, &[v, Value::from_small(0)])
        }
        kind::RANGE => return super::range::iter(vm, v, false),
        kind::DICT | kind::SET | kind::FROZENSET => {
            // [table, next entry, mode, len at creation (size-change check)]
            let n = Value::int(dict::len(vm, v) as i64).unwrap_or(Value::from_small(0));
            return alloc_with(
                vm,
                kind::DICT_ITER,
                &[v, Value::from_small(0), Value::from_small(0), n],
            );
        }
        kind::DICT_VIEW => {
            let d = vm.slot(v, 0);
            let m = vm.slot(v, 1);
            let n = Value::int(dict::len(vm, d) as i64).unwrap_or(Value::from_small(0));
            return alloc_with(vm, kind::DICT_ITER, &[d, Value::from_small(0), m, n]);
        }
        _ if is_native_iter(k) => return Ok(v),
        _ => {}
    }
    if vm.is_str(v) {
        let chars: Vec<alloc::string::String> = vm
            .str_of(v)
            .unwrap_or("")
            .chars()
            .map(alloc::string::String::from)
            .collect();
        let l = super::str::strings_to_list(vm, &chars)?;
        return alloc_with(vm, kind::SEQ_ITER, &[l, Value::from_small(0)]);
    }
    let t = vm.type_of(v);
    if k == kind::INSTANCE {
        if let Some(m) = class::lookup(vm, t, Value::qstr(q::D_ITER)) {
            let it = vm.call(m, &[v])?;
            let ti = vm.type_of(it);
            let is_iter = match vm.kind_of(it) {
                kind::INSTANCE => class::lookup(vm, ti, Value::qstr(q::D_NEXT)).is_some(),
                ki if is_native_iter(ki) => true,
                _ => class::lookup(vm, ti, Value::qstr(q::D_NEXT)).is_some(),
            };
            if !is_iter {
                let m = alloc::format!(
                    "iter() returned non-iterator of type '{}'",
                    vm.type_name(it)
                );
                return Err(vm.type_error(&m));
            }
            return Ok(it);
        }
        if class::lookup(vm, t, Value::qstr(q::D_GETITEM)).is_some() {
            // Old-style sequence iteration: SEQ_ITER over the instance.
            return alloc_with(vm, kind::SEQ_ITER, &[v, Value::from_small(0)]);
        }
        let b = vm.base_value(v);
        if b != v {
            return get_iter_or(vm, b, fail);
        }
    }
    Err(fail(vm, v))
}

/// Next item without calling Python: `Some(result)` when handled.
#[inline]
pub fn next_fast(vm: &mut Vm, it: Value) -> Option<Option<Value>> {
    let r = it.as_ref()?;
    match vm.heap.kind(r) {
        kind::SEQ_ITER => {
            // [sequence, next index]; a list's items array holds at least
            // its length, so items below it are read as fields.
            let seq = vm.heap.field(r, 0);
            let i = vm.heap.field(r, 1).as_int()? as usize;
            let sr = seq.as_ref()?;
            let (n, v) = match vm.heap.kind(sr) {
                kind::LIST => {
                    let n = vm.heap.field(sr, list::LEN).as_int()? as usize;
                    let v = match vm.heap.field(sr, list::ITEMS).as_ref() {
                        Some(items) if i < n => vm.heap.field(items, i),
                        _ => Value::NONE,
                    };
                    (n, v)
                }
                kind::TUPLE => {
                    let vals = vm.heap.values(sr);
                    (vals.len(), vals.get(i).copied().unwrap_or(Value::NONE))
                }
                kind::BYTES | kind::BYTEARRAY | kind::MEMORYVIEW => {
                    let d = super::buffer::data(vm, seq).unwrap_or(&[]);
                    (
                        d.len(),
                        Value::from_small(i32::from(d.get(i).copied().unwrap_or(0))),
                    )
                }
                _ => return None,
            };
            if i < n {
                vm.heap.set_field(r, 1, Value::from_small(i as i32 + 1));
                Some(Some(v))
            } else {
                Some(None)
            }
        }
        kind::RANGE_ITER => {
            let (cur, stop, step) = match vm.heap.values(r) {
                [c, e, s, ..] => (c.as_int()?, e.as_int()?, s.as_int()?),
                _ => return None,
            };
            if (step > 0 && cur < stop) || (step < 0 && cur > stop) {
                vm.heap.set_field(r, 0, Value::int(cur + step)?);
                Some(Value::int(cur))
            } else {
                Some(None)
            }
        }
        kind::DICT_ITER => {
            let d = vm.heap.get(r, 0)?;
            let mut i = vm.heap.get(r, 1)?.as_int()? as usize;
            let mode = vm.heap.get(r, 2)?.as_int()?;
            if mode == 2 || vm.heap.get(r, 3)?.as_int()? != dict::len(vm, d) as i64 {
                return None; // items need an allocation / size changed: slow path
            }
            let used = dict::used(vm, d);
            while i < used {
                let (k, v) = dict::entry(vm, d, i);
                i += 1;
                if !k.is_empty() {
                    vm.heap.set(r, 1, Value::from_small(i as i32));
                    return Some(Some(if mode == 0 { k } else { v }));
                }
            }
            vm.heap.set(r, 1, Value::from_small(i as i32));
            Some(None)
        }
        _ => None,
    }
}

/// Next item, calling Python when needed.
pub fn next_slow(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    let k = vm.kind_of(it);
    match k {
        kind::GEN => return vm.gen_resume(it, Value::NONE, false),
        kind::RANGE_ITER => return super::range::iter_next_slow(vm, it),
        kind::CALL_ITER => return super::iterfns::call_iter_next(vm, it),
        kind::DICT_ITER => {
            let d = vm.slot(it, 0);
            let mut i = vm.slot(it, 1).as_int().unwrap_or(0) as usize;
            let used = dict::used(vm, d);
            if vm.slot(it, 3).as_int() != Some(dict::len(vm, d) as i64) {
                let m = if vm.kind_of(d) == kind::DICT {
                    "dictionary changed size during iteration"
                } else {
                    "Set changed size during iteration"
                };
                return Err(vm.raise(crate::types::TypeId::RuntimeError, m));
            }
            let mode = vm.slot(it, 2).as_int().unwrap_or(0);
            while i < used {
                let (key, v) = dict::entry(vm, d, i);
                i += 1;
                if !key.is_empty() {
                    vm.set_slot(it, 1, Value::from_small(i as i32));
                    return match mode {
                        0 => Ok(Some(key)),
                        1 => Ok(Some(v)),
                        _ => tuple::new_tuple(vm, &[key, v]).map(Some),
                    };
                }
            }
            vm.set_slot(it, 1, Value::from_small(i as i32));
            return Ok(None);
        }
        kind::SEQ_ITER => {
            // An instance with __getitem__.
            let o = vm.slot(it, 0);
            let i = vm.slot(it, 1).as_int().unwrap_or(0);
            vm.set_slot(it, 1, Value::from_small(i as i32 + 1));
            return match vm.getitem(o, Value::from_small(i as i32)) {
                Ok(v) => Ok(Some(v)),
                Err(e) => {
                    if vm.exc_matches(TypeId::IndexError) || vm.exc_matches(TypeId::StopIteration) {
                        Ok(None)
                    } else {
                        Err(e)
                    }
                }
            };
        }
        kind::ENUMERATE => {
            let inner = vm.slot(it, 0);
            let mark = vm.push_root(it);
            let r = vm.next(inner);
            let it = vm.root(mark);
            vm.pop_roots(mark);
            let Some(v) = r? else { return Ok(None) };
            return super::iterfns::enumerate_step(vm, it, v).map(Some);
        }
        kind::ZIP => {
            let its = vm.slot(it, 0);
            let n = tuple::len(vm, its);
            if n == 0 {
                return Ok(None);
            }
            let strict = vm.slot(it, 1) == Value::TRUE;
            let mark = vm.push_root(its);
            let mut out = Vec::new();
            for i in 0..n {
                let its = vm.root(mark);
                let x = vm.tuple_get(its, i);
                match vm.next(x) {
                    Ok(Some(v)) => {
                        out.push(v);
                        vm.push_root(v);
                    }
                    Ok(None) => {
                        let r = if strict {
                            zip_strict_end(vm, mark, i, n)
                        } else {
                            Ok(None)
                        };
                        vm.pop_roots(mark);
                        return r;
                    }
                    Err(e) => {
                        vm.pop_roots(mark);
                        return Err(e);
                    }
                }
            }
            let vals: Vec<Value> = (0..n).map(|i| vm.root(mark + 1 + i)).collect();
            vm.pop_roots(mark);
            return tuple::new_tuple(vm, &vals).map(Some);
        }
        kind::MAP => {
            let its = vm.slot(it, 1);
            let n = tuple::len(vm, its);
            let mark = vm.push_root(it);
            let r = (|| {
                for i in 0..n {
                    let it = vm.root(mark);
                    let its = vm.slot(it, 1);
                    let x = vm.tuple_get(its, i);
                    match vm.next(x)? {
                        Some(v) => {
                            vm.push_root(v);
                        }
                        None => return Ok(None),
                    }
                }
                let vals: Vec<Value> = (0..n).map(|i| vm.root(mark + 1 + i)).collect();
                let f = vm.slot(vm.root(mark), 0);
                vm.call(f, &vals).map(Some)
            })();
            vm.pop_roots(mark);
            return r;
        }
        kind::FILTER => {
            let mark = vm.push_root(it);
            let r = (|| loop {
                let it = vm.root(mark);
                let inner = vm.slot(it, 1);
                let Some(v) = vm.next(inner)? else {
                    return Ok(None);
                };
                vm.push_root(v);
                let f = vm.slot(vm.root(mark), 0);
                let keep = if f.is_none() {
                    vm.truthy(v)?
                } else {
                    let r = vm.call(f, &[v])?;
                    vm.truthy(r)?
                };
                let v = vm.root(mark + 1);
                vm.pop_roots(mark + 1);
                if keep {
                    return Ok(Some(v));
                }
            })();
            vm.pop_roots(mark);
            return r;
        }
        _ => {}
    }
    let t = vm.type_of(it);
    if let Some(m) = class::lookup(vm, t, Value::qstr(q::D_NEXT)) {
        return match vm.call(m, &[it]) {
            Ok(v) => Ok(Some(v)),
            Err(e) => {
                if vm.exc_matches(TypeId::StopIteration) {
                    Ok(None)
                } else {
                    Err(e)
                }
            }
        };
    }
    let m = alloc::format!("'{}' object isn't an iterator", vm.type_name(it));
    Err(vm.type_error(&m))
}

/// `enumerate(it, start=0)`.
pub fn enumerate_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.n == 0 {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    }
    if a.n > 2 {
        let m = alloc::format!("enumerate() takes at most 2 arguments ({} given)", a.n);
        return Err(vm.type_error(&m));
    }
    let start = if a.n > 1 {
        vm.arg(&a, 1)
    } else {
        vm.kwarg(&a, q::START).unwrap_or(Value::from_small(0))
    };
    let start = super::num::index_value(vm, start)?;
    let mark = vm.push_root(start);
    let v = vm.arg(&a, 0);
    let it = get_iter(vm, v);
    let start = vm.root(mark);
    vm.pop_roots(mark);
    alloc_with(vm, kind::ENUMERATE, &[it?, start])
}

fn iters_of(vm: &mut Vm, a: &Args, from: usize) -> PyResult<Value> {
    let n = a.n as usize;
    let t = tuple::new_tuple_n(vm, n.saturating_sub(from))?;
    let mark = vm.push_root(t);
    for i in from..n {
        let v = vm.arg(a, i);
        let it = match get_iter(vm, v) {
            Ok(it) => it,
            Err(e) => {
                vm.pop_roots(mark);
                return Err(e);
            }
        };
        let t = vm.root(mark);
        vm.set_slot(t, i - from, it);
    }
    let t = vm.root(mark);
    vm.pop_roots(mark);
    Ok(t)
}

/// `zip(*its, strict=False)`.
pub fn zip_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    for i in 0..a.nkw as usize {
        let k = vm.tuple_get(vm.kwnames(&a), i);
        if vm.str_of(k) != Some("strict") {
            let m = alloc::format!(
                "'{}' is an invalid keyword argument for zip()",
                vm.str_of(k).unwrap_or("?")
            );
            return Err(vm.type_error(&m));
        }
    }
    let strict = match vm.kwarg(&a, q::STRICT) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let t = iters_of(vm, &a, 0)?;
    alloc_with(vm, kind::ZIP, &[t, Value::bool(strict)])
}

/// The `ValueError` of `zip(..., strict=True)` when argument `i + 1`
/// (0-based `i`) ended before (`shorter`) or after the ones before it.
fn zip_strict_error(vm: &mut Vm, i: usize, shorter: bool) -> crate::vm::PyErr {
    let which = if shorter { "shorter" } else { "longer" };
    let before = if i == 1 {
        alloc::string::String::from(" 1")
    } else {
        alloc::format!("s 1-{i}")
    };
    let m = alloc::format!("zip() argument {} is {which} than argument{before}", i + 1);
    vm.value_error(&m)
}

/// After iterator `i` of a strict zip ran out: the error when the lengths
/// differ, else `Ok(None)` (the end). The iterator tuple is root `its_root`.
fn zip_strict_end(vm: &mut Vm, its_root: usize, i: usize, n: usize) -> PyResult<Option<Value>> {
    if i > 0 {
        return Err(zip_strict_error(vm, i, true));
    }
    for j in 1..n {
        let its = vm.root(its_root);
        let x = vm.tuple_get(its, j);
        if vm.next(x)?.is_some() {
            return Err(zip_strict_error(vm, j, false));
        }
    }
    Ok(None)
}

/// `map(f, *its)`.
pub fn map_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.n < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let t = iters_of(vm, &a, 1)?;
    let f = vm.arg(&a, 0);
    alloc_with(vm, kind::MAP, &[f, t])
}

/// `filter(f, it)`.
pub fn filter_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.n != 2 {
        return Err(super::corefns::arity_error(vm, "filter", 2, 2, a.n));
    }
    let v = vm.arg(&a, 1);
    let it = get_iter(vm, v)?;
    let f = vm.arg(&a, 0);
    alloc_with(vm, kind::FILTER, &[f, it])
}

/// `slice(stop)` / `slice(start, stop[, step])`.
pub fn slice_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let parts = match a.n {
        1 => [Value::NONE, vm.arg(&a, 0), Value::NONE],
        2 => [vm.arg(&a, 0), vm.arg(&a, 1), Value::NONE],
        3 => [vm.arg(&a, 0), vm.arg(&a, 1), vm.arg(&a, 2)],
        n => return Err(super::corefns::arity_error(vm, "slice", 1, 3, n)),
    };
    new_slice(vm, parts)
}
