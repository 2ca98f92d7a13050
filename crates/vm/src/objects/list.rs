//! `list`: a two-word header object `[items, len]` whose items live in a
//! separate all-values array block that grows by doubling.

use crate::qstr::q;
use crate::types::{kind, NativeDesc};
use crate::vm::{Args, PyResult, Vm};
use alloc::vec::Vec;
use pycopy_gc::{GcRef, Scan, Value};

/// Slot of the items array.
pub const ITEMS: usize = 0;
/// Slot of the length (a small int).
pub const LEN: usize = 1;

/// An empty list with room for `cap` items.
pub fn new_list(vm: &mut Vm, cap: usize) -> PyResult<Value> {
    let arr = if cap > 0 {
        Value::from_ref(vm.alloc(kind::ARRAY, Scan::All, cap)?)
    } else {
        Value::NONE
    };
    let mark = vm.push_root(arr);
    let r = vm.alloc(kind::LIST, Scan::All, 2);
    let arr = vm.root(mark);
    vm.pop_roots(mark);
    let r = r?;
    vm.heap.set(r, ITEMS, arr);
    vm.heap.set(r, LEN, Value::from_small(0));
    Ok(Value::from_ref(r))
}

/// A list holding `items`.
pub fn from_slice(vm: &mut Vm, items: &[Value]) -> PyResult<Value> {
    let mark = vm.st.misc.len();
    vm.st.misc.extend_from_slice(items);
    let l = new_list(vm, items.len());
    let l = match l {
        Ok(l) => l,
        Err(e) => {
            vm.pop_roots(mark);
            return Err(e);
        }
    };
    let arr = vm.slot(l, ITEMS);
    for i in 0..items.len() {
        let v = vm.root(mark + i);
        vm.set_slot(arr, i, v);
    }
    vm.set_slot(l, LEN, Value::from_small(items.len() as i32));
    vm.pop_roots(mark);
    Ok(l)
}

/// Length.
#[inline(always)]
pub fn len(vm: &Vm, l: Value) -> usize {
    vm.slot(l, LEN).as_int().unwrap_or(0) as usize
}

/// Item `i` (unchecked against len; None when out of range).
#[inline(always)]
pub fn get(vm: &Vm, l: Value, i: usize) -> Value {
    let arr = vm.slot(l, ITEMS);
    vm.slot(arr, i)
}

/// Sets item `i` (must be < len).
#[inline(always)]
pub fn set(vm: &mut Vm, l: Value, i: usize, v: Value) {
    let arr = vm.slot(l, ITEMS);
    vm.set_slot(arr, i, v);
}

/// Where the items of list or tuple `v` live: the heap block (the list's
/// items array or the tuple itself) and the item count. `None` for other
/// values and for a list that never had an items array.
#[inline]
pub fn seq_store(vm: &Vm, v: Value) -> Option<(GcRef, usize)> {
    let r = v.as_ref()?;
    match vm.heap.kind(r) {
        kind::LIST => {
            let arr = vm.heap.get(r, ITEMS)?.as_ref()?;
            let n = usize::try_from(vm.heap.get(r, LEN)?.as_int()?).ok()?;
            Some((arr, n))
        }
        kind::TUPLE => Some((r, vm.heap.len_words(r))),
        _ => None,
    }
}

/// A new list (a tuple when `as_tuple`) of the `cnt` items of list or tuple
/// `src` at `start`, `start + step`, ... (positions outside `src` read as
/// None). Allocates the result once and copies heap to heap.
pub fn gather(
    vm: &mut Vm,
    src: Value,
    start: i64,
    step: i64,
    cnt: usize,
    as_tuple: bool,
) -> PyResult<Value> {
    let mark = vm.push_root(src);
    let r = new_seq(vm, cnt, as_tuple);
    let src = vm.root(mark);
    vm.pop_roots(mark);
    let r = r?;
    let dst = if as_tuple {
        r.as_ref()
    } else {
        vm.slot(r, ITEMS).as_ref()
    };
    if let Some(dst) = dst {
        let (s, n) = seq_store(vm, src).map_or((None, 0), |(s, n)| (Some(s), n));
        let whole = step == 1 && usize::try_from(start).is_ok_and(|a| a + cnt <= n);
        let copied =
            whole && s.is_some_and(|s| vm.heap.copy_values(s, start as usize, dst, 0, cnt));
        if !copied {
            // `dst` was made with `cnt` value words and `s` holds `n`
            // items: both are read and written as fields.
            let mut i = start;
            for j in 0..cnt {
                let v = match (s, usize::try_from(i)) {
                    (Some(s), Ok(i)) if i < n => vm.heap.field(s, i),
                    _ => Value::NONE,
                };
                vm.heap.set_field(dst, j, v);
                i = i.saturating_add(step);
            }
        }
    }
    if !as_tuple {
        vm.set_slot(r, LEN, Value::from_small(cnt as i32));
    }
    Ok(r)
}

/// A new list (a tuple when `as_tuple`) of `n` items, to be filled.
fn new_seq(vm: &mut Vm, n: usize, as_tuple: bool) -> PyResult<Value> {
    if as_tuple {
        super::tuple::new_tuple_n(vm, n)
    } else {
        new_list(vm, n)
    }
}

/// `a + b` for two lists (or two tuples when `as_tuple`): allocates the
/// result once and copies both operands heap to heap.
pub fn concat(vm: &mut Vm, a: Value, b: Value, as_tuple: bool) -> PyResult<Value> {
    let na = seq_store(vm, a).map_or(0, |(_, n)| n);
    let nb = seq_store(vm, b).map_or(0, |(_, n)| n);
    let mark = vm.push_root(a);
    vm.push_root(b);
    let r = new_seq(vm, na + nb, as_tuple);
    let (a, b) = (vm.root(mark), vm.root(mark + 1));
    vm.pop_roots(mark);
    let r = r?;
    let dst = if as_tuple { r } else { vm.slot(r, ITEMS) };
    if let Some(dst) = dst.as_ref() {
        if let Some((s, _)) = seq_store(vm, a) {
            vm.heap.copy_values(s, 0, dst, 0, na);
        }
        if let Some((s, _)) = seq_store(vm, b) {
            vm.heap.copy_values(s, 0, dst, na, nb);
        }
    }
    if !as_tuple {
        vm.set_slot(r, LEN, Value::from_small((na + nb) as i32));
    }
    Ok(r)
}

/// `seq * n` for a list (or a tuple when `as_tuple`) with `n >= 0` and the
/// result length `total` already checked against the heap: allocates the
/// result once and fills it by doubling copies.
pub fn repeat(vm: &mut Vm, seq: Value, n: usize, as_tuple: bool) -> PyResult<Value> {
    let k = seq_store(vm, seq).map_or(0, |(_, k)| k);
    let total = k.saturating_mul(n);
    let mark = vm.push_root(seq);
    let r = new_seq(vm, total, as_tuple);
    let seq = vm.root(mark);
    vm.pop_roots(mark);
    let r = r?;
    let dst = if as_tuple { r } else { vm.slot(r, ITEMS) };
    if let (Some(dst), Some((s, _))) = (dst.as_ref(), seq_store(vm, seq)) {
        if vm.heap.copy_values(s, 0, dst, 0, k) {
            let mut done = k;
            while done < total {
                let step = done.min(total - done);
                vm.heap.copy_values(dst, 0, dst, done, step);
                done += step;
            }
        }
    }
    if !as_tuple {
        vm.set_slot(r, LEN, Value::from_small(total as i32));
    }
    Ok(r)
}

/// Copies the items out (for natives that iterate while calling Python).
pub fn items(vm: &Vm, l: Value) -> Vec<Value> {
    let arr = vm.slot(l, ITEMS);
    let n = len(vm, l);
    match arr.as_ref() {
        Some(r) => vm.heap.values(r).iter().take(n).copied().collect(),
        None => Vec::new(),
    }
}

/// Makes room for `extra` more items.
pub fn reserve(vm: &mut Vm, l: Value, extra: usize) -> PyResult<()> {
    let n = len(vm, l);
    let arr = vm.slot(l, ITEMS);
    let cap = match arr.as_ref() {
        Some(r) => vm.heap.len_words(r),
        None => 0,
    };
    if n + extra <= cap {
        return Ok(());
    }
    // Double small arrays; grow big ones by a quarter so that the old and
    // the new array fit the heap together (a 100000-item list in 2 MiB).
    let grown = if cap < 4096 { cap * 2 } else { cap + cap / 4 };
    let newcap = grown.max(n + extra).max(4);
    let mark = vm.push_root(l);
    let na = vm.alloc(kind::ARRAY, Scan::All, newcap);
    let l = vm.root(mark);
    vm.pop_roots(mark);
    let na = na?;
    let arr = vm.slot(l, ITEMS);
    if let Some(old) = arr.as_ref() {
        vm.heap.copy_values(old, 0, na, 0, n);
    }
    vm.set_slot(l, ITEMS, Value::from_ref(na));
    Ok(())
}

/// `l.append(v)` when the items array has room: one read of the list, one
/// write of the item, one of the length. False (nothing changed) otherwise.
#[inline(always)]
fn append_in_room(vm: &mut Vm, l: Value, v: Value) -> bool {
    let Some(lr) = l.as_ref() else {
        return false;
    };
    let (arr, n) = match vm.heap.values(lr) {
        [arr, n, ..] => (*arr, n.as_int().unwrap_or(i64::MAX) as usize),
        _ => return false,
    };
    let Some(slot) = arr
        .as_ref()
        .and_then(|ar| vm.heap.values_mut(ar).get_mut(n))
    else {
        return false;
    };
    *slot = v;
    if let Some(len) = vm.heap.values_mut(lr).get_mut(LEN) {
        *len = Value::from_small((n + 1) as i32);
    }
    true
}

/// `l.append(v)`.
#[inline]
pub fn append(vm: &mut Vm, l: Value, v: Value) -> PyResult<()> {
    if append_in_room(vm, l, v) {
        return Ok(());
    }
    let n = len(vm, l);
    let mark = vm.push_root(l);
    vm.push_root(v);
    let res = reserve(vm, l, 1);
    let l = vm.root(mark);
    let v = vm.root(mark + 1);
    vm.pop_roots(mark);
    res?;
    let arr = vm.slot(l, ITEMS);
    vm.set_slot(arr, n, v);
    vm.set_slot(l, LEN, Value::from_small((n + 1) as i32));
    Ok(())
}

/// A new list from any iterable.
pub fn from_iter(vm: &mut Vm, it: Value) -> PyResult<Value> {
    if vm.kind_of(it) == kind::LIST || vm.kind_of(it) == kind::TUPLE {
        let n = seq_store(vm, it).map_or(0, |(_, n)| n);
        return gather(vm, it, 0, 1, n, false);
    }
    // Exact-length sources allocate the array once.
    let hint = match vm.kind_of(it) {
        kind::RANGE => usize::try_from(super::range::length(vm, it)).unwrap_or(0),
        kind::DICT | kind::SET | kind::FROZENSET => super::dict::len(vm, it),
        kind::DICT_VIEW => super::dict::len(vm, vm.slot(it, 0)),
        _ => 0,
    };
    let hint = hint.min(vm.heap.total_bytes() / 8);
    let mark = vm.push_root(it);
    let l = new_list(vm, hint);
    let it = vm.root(mark);
    vm.pop_roots(mark);
    let l = l?;
    let mark = vm.push_root(l);
    let r = extend(vm, l, it);
    let l = vm.root(mark);
    vm.pop_roots(mark);
    r?;
    Ok(l)
}

/// `l.extend(iterable)`.
pub fn extend(vm: &mut Vm, l: Value, it: Value) -> PyResult<()> {
    let k = vm.kind_of(it);
    if k == kind::LIST || k == kind::TUPLE {
        // The count is taken first: `l.extend(l)` doubles once.
        let m = seq_store(vm, it).map_or(0, |(_, m)| m);
        let mark = vm.push_root(l);
        vm.push_root(it);
        let r = reserve(vm, l, m);
        let l = vm.root(mark);
        let it = vm.root(mark + 1);
        vm.pop_roots(mark);
        r?;
        let n = len(vm, l);
        if let (Some((src, _)), Some(dst)) = (seq_store(vm, it), vm.slot(l, ITEMS).as_ref()) {
            vm.heap.copy_values(src, 0, dst, n, m);
        }
        vm.set_slot(l, LEN, Value::from_small((n + m) as i32));
        return Ok(());
    }
    let mark = vm.push_root(l);
    let r = (|| {
        let iter = vm.get_iter(it)?;
        vm.push_root(iter);
        loop {
            let iter = vm.root(mark + 1);
            match vm.next(iter)? {
                Some(v) => {
                    let l = vm.root(mark);
                    append(vm, l, v)?;
                }
                None => return Ok(()),
            }
        }
    })();
    vm.pop_roots(mark);
    r
}

fn m_append(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::corefns::arity(vm, &a, "append", 2, 2)?;
    let at = a.base as usize;
    let (l, v) = match vm.st.stack.get(at..at + 2) {
        Some(&[l, v]) => (l, v),
        _ => return Ok(Value::NONE),
    };
    append(vm, l, v)?;
    Ok(Value::NONE)
}
fn m_extend(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::corefns::arity(vm, &a, "extend", 2, 2)?;
    let l = vm.arg(&a, 0);
    let v = vm.arg(&a, 1);
    extend(vm, l, v)?;
    Ok(Value::NONE)
}
fn m_pop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::corefns::arity(vm, &a, "pop", 1, 2)?;
    let l = vm.arg(&a, 0);
    let n = len(vm, l) as i64;
    if n == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let mut i = if a.n > 1 {
        let x = vm.arg(&a, 1);
        crate::objects::num::index_i64(vm, x)?
    } else {
        n - 1
    };
    if i < 0 {
        i += n;
    }
    if i < 0 || i >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    let v = get(vm, l, i as usize);
    for j in i as usize..(n as usize - 1) {
        let x = get(vm, l, j + 1);
        set(vm, l, j, x);
    }
    set(vm, l, n as usize - 1, Value::NONE);
    vm.set_slot(l, LEN, Value::from_small((n - 1) as i32));
    Ok(v)
}
fn m_insert(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::corefns::arity(vm, &a, "insert", 3, 3)?;
    let l = vm.arg(&a, 0);
    let n = len(vm, l) as i64;
    let x = vm.arg(&a, 1);
    let mut i = crate::objects::num::index_i64(vm, x)?;
    if i < 0 {
        i = (i + n).max(0);
    }
    let i = i.min(n) as usize;
    // Make room (appending may move the list), then shift the tail up by
    // one in a single copy within the items array.
    append(vm, l, Value::NONE)?;
    let l = vm.arg(&a, 0);
    let v = vm.arg(&a, 2);
    if let Some((arr, _)) = seq_store(vm, l) {
        vm.heap.copy_values(arr, i, arr, i + 1, n as usize - i);
    }
    set(vm, l, i, v);
    Ok(Value::NONE)
}
fn m_remove(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::corefns::arity(vm, &a, "remove", 2, 2)?;
    let l = vm.arg(&a, 0);
    let x = vm.arg(&a, 1);
    let mut i = 0;
    while i < len(vm, l) {
        let y = get(vm, l, i);
        if vm.eq(x, y)? {
            let n = len(vm, l);
            for j in i..n - 1 {
                let x = get(vm, l, j + 1);
                set(vm, l, j, x);
            }
            set(vm, l, n - 1, Value::NONE);
            vm.set_slot(l, LEN, Value::from_small((n - 1) as i32));
            return Ok(Value::NONE);
        }
        i += 1;
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}
fn m_reverse(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::corefns::arity(vm, &a, "reverse", 1, 1)?;
    let l = vm.arg(&a, 0);
    if let Some((arr, n)) = seq_store(vm, l) {
        if let Some(v) = vm.heap.values_mut(arr).get_mut(..n) {
            v.reverse();
        }
    }
    Ok(Value::NONE)
}
fn m_clear(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::corefns::arity(vm, &a, "clear", 1, 1)?;
    let l = vm.arg(&a, 0);
    vm.set_slot(l, ITEMS, Value::NONE);
    vm.set_slot(l, LEN, Value::from_small(0));
    Ok(Value::NONE)
}
fn m_copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::corefns::arity(vm, &a, "copy", 1, 1)?;
    let l = vm.arg(&a, 0);
    gather(vm, l, 0, 1, len(vm, l), false)
}
fn m_sort(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let l = vm.arg(&a, 0);
    let key = vm.kwarg(&a, q::KEY).unwrap_or(Value::NONE);
    let rev = match vm.kwarg(&a, q::REVERSE) {
        Some(r) => crate::objects::corefns::int_flag(vm, r)?,
        None => false,
    };
    sort(vm, l, key, rev)?;
    Ok(Value::NONE)
}

/// The stable sorted order (positions into `keys`) when the keys are all
/// small ints, all non-NaN floats or all strs: compared natively, no Python
/// code runs and nothing allocates on the heap. `None` for other keys.
/// Equal keys keep their order also when `rev` (as CPython's reverse sort).
fn native_order(vm: &Vm, keys: &[Value], rev: bool) -> Option<Vec<usize>> {
    fn order<K>(
        mut v: Vec<(K, usize)>,
        rev: bool,
        cmp: impl Fn(&K, &K) -> core::cmp::Ordering,
    ) -> Vec<usize> {
        if rev {
            v.sort_by(|x, y| cmp(&y.0, &x.0));
        } else {
            v.sort_by(|x, y| cmp(&x.0, &y.0));
        }
        v.into_iter().map(|(_, i)| i).collect()
    }
    let first = *keys.first()?;
    if first.as_int().is_some() {
        let v: Option<Vec<(i64, usize)>> = keys
            .iter()
            .enumerate()
            .map(|(i, k)| k.as_int().map(|x| (x, i)))
            .collect();
        return Some(order(v?, rev, |a, b| a.cmp(b)));
    }
    if first.is_float() {
        let v: Option<Vec<(f64, usize)>> = keys
            .iter()
            .enumerate()
            .map(|(i, k)| k.as_float().filter(|f| !f.is_nan()).map(|x| (x, i)))
            .collect();
        return Some(order(v?, rev, |a, b| {
            a.partial_cmp(b).unwrap_or(core::cmp::Ordering::Equal)
        }));
    }
    if vm.is_str(first) {
        let v: Option<Vec<(&str, usize)>> = keys
            .iter()
            .enumerate()
            .map(|(i, k)| {
                if vm.is_str(*k) {
                    vm.str_of(*k).map(|s| (s, i))
                } else {
                    None
                }
            })
            .collect();
        return Some(order(v?, rev, |a, b| a.cmp(b)));
    }
    None
}

/// Stable sort of list `l` in place, with an optional key function.
pub fn sort(vm: &mut Vm, l: Value, key: Value, rev: bool) -> PyResult<()> {
    if key.is_none() {
        let vals = items(vm, l);
        if let Some(order) = native_order(vm, &vals, rev) {
            for (i, j) in order.into_iter().enumerate() {
                set(vm, l, i, vals.get(j).copied().unwrap_or(Value::NONE));
            }
            return Ok(());
        }
    }
    let mark = vm.push_root(l);
    vm.push_root(key);
    let r = (|| {
        let l = vm.root(mark);
        let vals = items(vm, l);
        let n = vals.len();
        // Keys and values kept rooted in a list: [k0, v0, k1, v1, ...];
        // the original items in another (the key function may run the
        // collector, which moves objects).
        let orig = from_slice(vm, &vals)?;
        drop(vals);
        vm.push_root(orig);
        let pairs = new_list(vm, n * 2)?;
        let orig = vm.root(mark + 2);
        vm.set_root(mark + 2, pairs);
        vm.push_root(orig);
        for i in 0..n {
            let orig = vm.root(mark + 3);
            let v = get(vm, orig, i);
            vm.push_root(v);
            let key = vm.root(mark + 1);
            let k = if key.is_none() {
                v
            } else {
                vm.call(key, &[v])?
            };
            let v = vm.root(vm.st.misc.len() - 1);
            vm.st.misc.pop();
            let pairs = vm.root(mark + 2);
            append(vm, pairs, k)?;
            let pairs = vm.root(mark + 2);
            append(vm, pairs, v)?;
        }
        let pairs = vm.root(mark + 2);
        let keys: Vec<Value> = (0..n).map(|i| get(vm, pairs, i * 2)).collect();
        if let Some(order) = native_order(vm, &keys, rev) {
            let l = vm.root(mark);
            if len(vm, l) != n {
                return Err(vm.value_error("list modified during sort"));
            }
            for (i, j) in order.into_iter().enumerate() {
                let v = get(vm, pairs, j * 2 + 1);
                set(vm, l, i, v);
            }
            return Ok(());
        }
        drop(keys);
        let mut idx: Vec<usize> = (0..n).collect();
        // Merge sort on indices (stable), comparing through the VM.
        let mut buf = idx.clone();
        let mut width = 1;
        while width < n {
            let mut i = 0;
            while i < n {
                let mid = (i + width).min(n);
                let hi = (i + 2 * width).min(n);
                let (mut x, mut y, mut k) = (i, mid, i);
                while x < mid && y < hi {
                    let pairs = vm.root(mark + 2);
                    let ka = get(vm, pairs, idx[x] * 2);
                    let kb = get(vm, pairs, idx[y] * 2);
                    // take from right only if right < left (or > for reverse)
                    let take_right = if rev { vm.lt(ka, kb)? } else { vm.lt(kb, ka)? };
                    if take_right {
                        buf[k] = idx[y];
                        y += 1;
                    } else {
                        buf[k] = idx[x];
                        x += 1;
                    }
                    k += 1;
                }
                while x < mid {
                    buf[k] = idx[x];
                    x += 1;
                    k += 1;
                }
                while y < hi {
                    buf[k] = idx[y];
                    y += 1;
                    k += 1;
                }
                i += 2 * width;
            }
            core::mem::swap(&mut idx, &mut buf);
            width *= 2;
        }
        let pairs = vm.root(mark + 2);
        let l = vm.root(mark);
        if len(vm, l) != n {
            return Err(vm.value_error("list modified during sort"));
        }
        for (i, j) in idx.into_iter().enumerate() {
            let v = get(vm, pairs, j * 2 + 1);
            set(vm, l, i, v);
        }
        Ok(())
    })();
    vm.pop_roots(mark);
    r
}

/// Methods of `list`.
pub static METHODS: &[NativeDesc] = &[
    NativeDesc {
        name: q::APPEND,
        f: m_append,
    },
    NativeDesc {
        name: q::D_CONTAINS,
        f: super::seq::m_contains,
    },
    NativeDesc {
        name: q::D_LEN,
        f: super::seq::m_len,
    },
    NativeDesc {
        name: q::D_GETITEM,
        f: super::seq::m_getitem,
    },
    NativeDesc {
        name: q::D_ITER,
        f: super::seq::m_iter,
    },
    NativeDesc {
        name: q::EXTEND,
        f: m_extend,
    },
    NativeDesc {
        name: q::POP,
        f: m_pop,
    },
    NativeDesc {
        name: q::INSERT,
        f: m_insert,
    },
    NativeDesc {
        name: q::INDEX,
        f: super::seq::m_index,
    },
    NativeDesc {
        name: q::COUNT,
        f: super::seq::m_count,
    },
    NativeDesc {
        name: q::REMOVE,
        f: m_remove,
    },
    NativeDesc {
        name: q::REVERSE,
        f: m_reverse,
    },
    NativeDesc {
        name: q::CLEAR,
        f: m_clear,
    },
    NativeDesc {
        name: q::COPY,
        f: m_copy,
    },
    NativeDesc {
        name: q::SORT,
        f: m_sort,
    },
];

/// `list(iterable)`.
pub fn new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::corefns::arity(vm, &a, "list", 0, 1)?;
    if a.n == 0 {
        return new_list(vm, 0);
    }
    let v = vm.arg(&a, 0);
    from_iter(vm, v)
}
