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
    let r = slice_bounds(vm, n, get);
    vm.pop_roots(mark);
    r
}

fn slice_bounds(
    vm: &mut Vm,
    n: i64,
    get: impl Fn(&mut Vm, usize) -> PyResult<Option<i64>>,
) -> PyResult<(i64, i64, i64, usize)> {
    let step = get(vm, 2)?.unwrap_or(1);
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let clamp = |x: i64, lo: i64, hi: i64| x.max(lo).min(hi);
    let (lo, hi) = if step > 0 { (0, n) } else { (-1, n - 1) };
    let start = match get(vm, 0)? {
        Some(x) => clamp(if x < 0 { x + n } else { x }, lo, hi),
        None => {
            if step > 0 {
                0
            } else {
                n - 1
            }
        }
    };
    let stop = match get(vm, 1)? {
        Some(x) => clamp(if x < 0 { x + n } else { x }, lo, hi),
        None => {
            if step > 0 {
                n
            } else {
                -1
            }
        }
    };
    let count = if step > 0 {
        if stop > start {
            (stop - start + step - 1) / step
        } else {
            0
        }
    } else if start > stop {
        (start - stop - step - 1) / (-step)
    } else {
        0
    };
    Ok((start, stop, step, count as usize))
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
    let items: Vec<Value> = match k {
        kind::LIST | kind::TUPLE => vm.seq_items(o),
        kind::RANGE => return super::range::slice(vm, o, s),
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
            return Err(vm.type_error(&m));
        }
    };
    let (a, _, c, cnt) = slice_indices(vm, s, items.len() as i64)?;
    let mut out = Vec::with_capacity(cnt);
    let mut i = a;
    for _ in 0..cnt {
        if let Some(v) = items.get(i as usize) {
            out.push(*v);
        }
        i += c;
    }
    if k == kind::LIST {
        list::from_slice(vm, &out)
    } else {
        tuple::new_tuple(vm, &out)
    }
}

/// `l[slice] = v`.
pub fn set_slice(vm: &mut Vm, l: Value, s: Value, v: Value) -> PyResult<()> {
    let mark = vm.push_root(l);
    vm.push_root(s);
    let r = (|| {
        let new = vm.collect_iter(v)?;
        let nl = list::from_slice(vm, &new)?;
        vm.push_root(nl);
        let l = vm.root(mark);
        let s = vm.root(mark + 1);
        let items = list::items(vm, l);
        let (a, _, c, cnt) = slice_indices(vm, s, items.len() as i64)?;
        let new = list::items(vm, vm.root(mark + 2));
        let mut out: Vec<Value>;
        if c == 1 {
            let a = a as usize;
            let b = a + cnt;
            out = items.get(..a).unwrap_or(&[]).to_vec();
            out.extend_from_slice(&new);
            out.extend_from_slice(items.get(b..).unwrap_or(&[]));
        } else {
            if new.len() != cnt {
                let m = alloc::format!(
                    "attempt to assign sequence of size {} to extended slice of size {}",
                    new.len(),
                    cnt
                );
                return Err(vm.value_error(&m));
            }
            out = items;
            let mut i = a;
            for x in new {
                if let Some(slot) = out.get_mut(i as usize) {
                    *slot = x;
                }
                i += c;
            }
        }
        let fresh = list::from_slice(vm, &out)?;
        let l = vm.root(mark);
        let arr = vm.slot(fresh, list::ITEMS);
        vm.set_slot(l, list::ITEMS, arr);
        vm.set_slot(l, list::LEN, Value::from_small(out.len() as i32));
        Ok(())
    })();
    vm.pop_roots(mark);
    r
}

/// `del l[slice]`.
pub fn del_slice(vm: &mut Vm, l: Value, s: Value) -> PyResult<()> {
    let items = list::items(vm, l);
    let (a, _, c, cnt) = slice_indices(vm, s, items.len() as i64)?;
    let mut drop = alloc::vec![false; items.len()];
    let mut i = a;
    for _ in 0..cnt {
        if let Some(d) = drop.get_mut(i as usize) {
            *d = true;
        }
        i += c;
    }
    let out: Vec<Value> = items
        .iter()
        .zip(drop)
        .filter(|(_, d)| !d)
        .map(|(v, _)| *v)
        .collect();
    for (j, x) in out.iter().enumerate() {
        list::set(vm, l, j, *x);
    }
    for j in out.len()..items.len() {
        list::set(vm, l, j, Value::NONE);
    }
    vm.set_slot(l, list::LEN, Value::from_small(out.len() as i32));
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

/// `iter(v)`.
pub fn get_iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
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
        kind::SEQ_ITER
        | kind::RANGE_ITER
        | kind::DICT_ITER
        | kind::GEN
        | kind::ENUMERATE
        | kind::ZIP
        | kind::MAP
        | kind::FILTER
        | kind::CALL_ITER => {
            return Ok(v);
        }
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
                kind::SEQ_ITER
                | kind::RANGE_ITER
                | kind::DICT_ITER
                | kind::GEN
                | kind::ENUMERATE
                | kind::ZIP
                | kind::MAP
                | kind::FILTER
                | kind::CALL_ITER
                | kind::REVERSED => true,
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
            return get_iter(vm, b);
        }
    }
    let m = alloc::format!("'{}' object isn't iterable", vm.type_name(v));
    Err(vm.type_error(&m))
}

/// Next item without calling Python: `Some(result)` when handled.
#[inline]
pub fn next_fast(vm: &mut Vm, it: Value) -> Option<Option<Value>> {
    let r = it.as_ref()?;
    match vm.heap.kind(r) {
        kind::SEQ_ITER => {
            let seq = vm.heap.get(r, 0)?;
            let i = vm.heap.get(r, 1)?.as_int()? as usize;
            let (n, v) = match vm.kind_of(seq) {
                kind::LIST => (list::len(vm, seq), list::get(vm, seq, i)),
                kind::TUPLE => (tuple::len(vm, seq), vm.tuple_get(seq, i)),
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
                vm.heap.set(r, 1, Value::from_small(i as i32 + 1));
                Some(Some(v))
            } else {
                Some(None)
            }
        }
        kind::RANGE_ITER => {
            let cur = vm.heap.get(r, 0)?.as_int()?;
            let stop = vm.heap.get(r, 1)?.as_int()?;
            let step = vm.heap.get(r, 2)?.as_int()?;
            if (step > 0 && cur < stop) || (step < 0 && cur > stop) {
                vm.heap.set(r, 0, Value::int(cur + step)?);
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
                        vm.pop_roots(mark);
                        return Ok(None);
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

/// `zip(*its)`.
pub fn zip_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    // Only `strict=` is a keyword of zip (its check is not implemented).
    for i in 0..a.nkw as usize {
        let k = vm.tuple_get(vm.kwnames(&a), i);
        if vm.str_of(k) != Some("strict") {
            let m = alloc::format!(
                "zip() got an unexpected keyword argument '{}'",
                vm.str_of(k).unwrap_or("?")
            );
            return Err(vm.type_error(&m));
        }
    }
    let t = iters_of(vm, &a, 0)?;
    alloc_with(vm, kind::ZIP, &[t])
}

/// `map(f, *its)`.
pub fn map_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = iters_of(vm, &a, 1)?;
    let f = vm.arg(&a, 0);
    alloc_with(vm, kind::MAP, &[f, t])
}

/// `filter(f, it)`.
pub fn filter_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
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
        _ => return Err(vm.type_error("slice expected at least 1 argument")),
    };
    new_slice(vm, parts)
}
