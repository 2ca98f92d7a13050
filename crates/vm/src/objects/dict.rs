//! `dict` (and the storage of `set`): insertion-ordered hash table.
//!
//! Layout: `[entries, index, len, used]` (all values). `entries` is an
//! all-values block of `(hash, key, value)` triples in insertion order (a
//! deleted entry has key EMPTY); `index` is a raw block of `u32` slots
//! (open addressing, linear probing, `u32::MAX` empty) present once the
//! table has more than [`LINEAR_MAX`] entries; below that lookups scan the
//! entries linearly.

use crate::qstr::q;
use crate::types::{kind, NativeDesc};
use crate::vm::{Args, PyResult, Vm};
use alloc::vec::Vec;
use pycopy_gc::{GcRef, Scan, Value};

const ENTRIES: usize = 0;
const INDEX: usize = 1;
const LEN: usize = 2;
const USED: usize = 3;
/// Tables up to this many entries have no index.
pub const LINEAR_MAX: usize = 8;

/// Index slots are 16 bits wide while entry numbers fit (tables of fewer
/// than 65535 entries), else 32 bits; all ones marks an empty slot.
fn wide_index(entries_cap: usize) -> bool {
    entries_cap >= 0xFFFF
}

/// Number of slots in an index block of `words` words.
fn slot_count(words: usize, wide: bool) -> usize {
    words * if wide { 2 } else { 4 }
}

/// The entry number in slot `s`, or None when empty.
#[inline]
fn slot_get(words: &[u64], s: usize, wide: bool) -> Option<usize> {
    let (per, bits) = if wide { (2, 32) } else { (4, 16) };
    let w = words.get(s / per).copied().unwrap_or(u64::MAX);
    let mask = (1u64 << bits) - 1;
    let e = (w >> ((s % per) * bits)) & mask;
    (e != mask).then_some(e as usize)
}

/// Whether the index of table `d` uses 32-bit slots.
fn index_wide(vm: &Vm, d: Value) -> bool {
    entries_ref(vm, d).is_some_and(|r| wide_index(vm.heap.len_words(r) / 3))
}

/// A new empty dict with room for `cap` entries.
pub fn new_dict(vm: &mut Vm, cap: usize) -> PyResult<Value> {
    new_table(vm, kind::DICT, cap)
}

/// A new empty table of heap kind `k` (dict, set, frozenset).
pub fn new_table(vm: &mut Vm, k: u8, cap: usize) -> PyResult<Value> {
    let r = vm.alloc(k, Scan::All, 4)?;
    vm.heap.set(r, LEN, Value::from_small(0));
    vm.heap.set(r, USED, Value::from_small(0));
    let d = Value::from_ref(r);
    if cap > 0 {
        let mark = vm.push_root(d);
        let res = resize(vm, d, cap);
        let d = vm.root(mark);
        vm.pop_roots(mark);
        res?;
        return Ok(d);
    }
    Ok(d)
}

/// Number of live entries.
#[inline]
pub fn len(vm: &Vm, d: Value) -> usize {
    vm.slot(d, LEN).as_int().unwrap_or(0) as usize
}

/// Number of used entry slots (live + deleted).
#[inline]
pub fn used(vm: &Vm, d: Value) -> usize {
    vm.slot(d, USED).as_int().unwrap_or(0) as usize
}

/// Entry `i` as `(key, value)`; key EMPTY for a deleted entry.
#[inline]
pub fn entry(vm: &Vm, d: Value, i: usize) -> (Value, Value) {
    let e = vm.slot(d, ENTRIES);
    (vm.slot(e, i * 3 + 1), vm.slot(e, i * 3 + 2))
}

/// Equality that never calls Python: `None` when it would have to.
#[inline]
pub fn fast_eq(vm: &Vm, a: Value, b: Value) -> Option<bool> {
    if a == b {
        return Some(a.as_float().is_none_or(|f| !f.is_nan()));
    }
    if a.is_qstr() && b.is_qstr() {
        return Some(false);
    }
    let ka = vm.kind_of(a);
    let kb = vm.kind_of(b);
    if (a.is_qstr() || ka == kind::STR) && (b.is_qstr() || kb == kind::STR) {
        return Some(vm.str_eq(a, b));
    }
    if ka == kind::INSTANCE || kb == kind::INSTANCE || ka == kind::EXC || kb == kind::EXC {
        return None;
    }
    if ka == 0 && kb == 0 {
        return crate::ops::num_eq(a, b).or(Some(false));
    }
    if ka == kind::TUPLE || kb == kind::TUPLE || ka == kind::BIGINT || kb == kind::BIGINT {
        return None;
    }
    if ka == kind::BYTES && kb == kind::BYTES {
        return Some(crate::objects::bytes::data(vm, a) == crate::objects::bytes::data(vm, b));
    }
    if ka == kind::COMPLEX || kb == kind::COMPLEX {
        let (x, y) = (
            crate::objects::complex::parts(vm, a),
            crate::objects::complex::parts(vm, b),
        );
        return Some(x.is_some() && x == y);
    }
    if ka == kind::FROZENSET || kb == kind::FROZENSET {
        return None;
    }
    if ka == kb
        && matches!(
            ka,
            kind::LIST | kind::DICT | kind::SET | kind::RANGE | kind::DICT_VIEW | kind::SLICE
        )
    {
        return None;
    }
    if (ka == kind::SET && kb == kind::FROZENSET) || (ka == kind::FROZENSET && kb == kind::SET) {
        return None;
    }
    Some(false)
}

fn entries_ref(vm: &Vm, d: Value) -> Option<GcRef> {
    vm.slot(d, ENTRIES).as_ref()
}

/// Looks up `key` (whose hash is `h`); returns the entry index. May call
/// Python `__eq__` (then `d` and `key` are re-read from roots).
pub fn find(vm: &mut Vm, d: Value, key: Value, h: i64) -> PyResult<Option<usize>> {
    // Fast probe without calling Python.
    let mut slow = false;
    if let Some(r) = find_fast(vm, d, key, h, &mut slow) {
        return Ok(Some(r));
    }
    if !slow {
        return Ok(None);
    }
    find_slow(vm, d, key, h)
}

fn candidates(vm: &Vm, d: Value, h: i64, out: &mut Vec<usize>) {
    let Some(er) = entries_ref(vm, d) else { return };
    let used = used(vm, d);
    let idx = vm.slot(d, INDEX);
    let ev = vm.heap.values(er);
    match idx.as_ref() {
        None => {
            for i in 0..used {
                if ev.get(i * 3).and_then(|x| x.as_int()) == Some(h)
                    && !ev.get(i * 3 + 1).is_none_or(|k| k.is_empty())
                {
                    out.push(i);
                }
            }
        }
        Some(ir) => {
            let wide = wide_index(ev.len() / 3);
            let words = vm.heap.words(ir);
            let n = slot_count(words.len(), wide);
            let mut s = (h as usize) & (n - 1);
            for _ in 0..n {
                let Some(e) = slot_get(words, s, wide) else {
                    break;
                };
                if ev.get(e * 3).and_then(|x| x.as_int()) == Some(h)
                    && !ev.get(e * 3 + 1).is_none_or(|k| k.is_empty())
                {
                    out.push(e);
                }
                s = (s + 1) & (n - 1);
            }
        }
    }
}

#[inline]
fn find_fast(vm: &Vm, d: Value, key: Value, h: i64, slow: &mut bool) -> Option<usize> {
    let er = entries_ref(vm, d)?;
    let used = used(vm, d);
    let ev = vm.heap.values(er);
    let idx = vm.slot(d, INDEX);
    let mut check = |e: usize| -> bool {
        let Some(k) = ev.get(e * 3 + 1).copied() else {
            return false;
        };
        if k == key {
            return true;
        }
        if k.is_empty() || ev.get(e * 3).and_then(|x| x.as_int()) != Some(h) {
            return false;
        }
        match fast_eq(vm, key, k) {
            Some(b) => b,
            None => {
                *slow = true;
                false
            }
        }
    };
    match idx.as_ref() {
        None => (0..used).find(|&i| check(i)),
        Some(ir) => {
            let wide = index_wide(vm, d);
            let words = vm.heap.words(ir);
            let n = slot_count(words.len(), wide);
            let mut s = (h as usize) & (n - 1);
            for _ in 0..n {
                let e = slot_get(words, s, wide)?;
                if check(e) {
                    return Some(e);
                }
                s = (s + 1) & (n - 1);
            }
            None
        }
    }
}

#[cold]
fn find_slow(vm: &mut Vm, d: Value, key: Value, h: i64) -> PyResult<Option<usize>> {
    let mut cands = Vec::new();
    candidates(vm, d, h, &mut cands);
    let mark = vm.push_root(d);
    vm.push_root(key);
    let mut res = Ok(None);
    for e in cands {
        let d = vm.root(mark);
        let key = vm.root(mark + 1);
        let (k, _) = entry(vm, d, e);
        if k.is_empty() {
            continue;
        }
        // CPython compares the stored key first: stored.__eq__(probe).
        match vm.eq(k, key) {
            Ok(true) => {
                res = Ok(Some(e));
                break;
            }
            Ok(false) => {}
            Err(err) => {
                res = Err(err);
                break;
            }
        }
    }
    vm.pop_roots(mark);
    res
}

/// `d[key]`, or None when absent.
pub fn get(vm: &mut Vm, d: Value, key: Value) -> PyResult<Option<Value>> {
    if key.is_int() || key.is_qstr() {
        // Hashing these never runs Python.
        let h = vm.hash(key)?;
        return Ok(find(vm, d, key, h)?.map(|e| entry(vm, d, e).1));
    }
    let mark = vm.push_root(d);
    vm.push_root(key);
    let r = (|| {
        let h = vm.hash(key)?;
        let (d, key) = (vm.root(mark), vm.root(mark + 1));
        let e = find(vm, d, key, h)?;
        let d = vm.root(mark);
        Ok(e.map(|e| entry(vm, d, e).1))
    })();
    vm.pop_roots(mark);
    r
}

/// Lookup of a str/qstr key without calling Python (globals, attributes).
#[inline]
pub fn get_str(vm: &Vm, d: Value, key: Value) -> Option<Value> {
    let h = crate::objects::str::hash_of(vm, key);
    let mut slow = false;
    find_fast(vm, d, key, h, &mut slow).map(|e| entry(vm, d, e).1)
}

/// Entry index of a str key (for caches).
#[inline]
pub fn find_str(vm: &Vm, d: Value, key: Value) -> Option<usize> {
    let h = crate::objects::str::hash_of(vm, key);
    let mut slow = false;
    find_fast(vm, d, key, h, &mut slow)
}

/// Sets the value of live entry `e`.
#[inline]
pub fn set_entry_value(vm: &mut Vm, d: Value, e: usize, v: Value) {
    let er = vm.slot(d, ENTRIES);
    vm.set_slot(er, e * 3 + 2, v);
}

/// `d[key] = value`.
pub fn set(vm: &mut Vm, d: Value, key: Value, value: Value) -> PyResult<()> {
    let mark = vm.push_root(d);
    vm.push_root(key);
    vm.push_root(value);
    let r = (|| {
        let h = vm.hash(key)?;
        let d = vm.root(mark);
        let key = vm.root(mark + 1);
        if let Some(e) = find(vm, d, key, h)? {
            let d = vm.root(mark);
            let v = vm.root(mark + 2);
            set_entry_value(vm, d, e, v);
            return Ok(());
        }
        let d = vm.root(mark);
        insert_new(vm, d, h, mark)
    })();
    vm.pop_roots(mark);
    r
}

/// Appends a new entry; key and value are in roots `mark+1`, `mark+2`, the
/// dict in `mark`.
fn insert_new(vm: &mut Vm, d: Value, h: i64, mark: usize) -> PyResult<()> {
    let used = used(vm, d);
    let cap = entries_ref(vm, d).map_or(0, |r| vm.heap.len_words(r) / 3);
    if used >= cap {
        let n = len(vm, d);
        // Grow by half: entries are 3 words, so doubling wastes too much.
        resize(vm, d, (n + n / 2).max(4))?;
    }
    let d = vm.root(mark);
    let key = vm.root(mark + 1);
    let value = vm.root(mark + 2);
    let used = self::used(vm, d);
    let er = vm.slot(d, ENTRIES);
    vm.set_slot(er, used * 3, Value::int(h).unwrap_or(Value::from_small(0)));
    vm.set_slot(er, used * 3 + 1, key);
    vm.set_slot(er, used * 3 + 2, value);
    vm.set_slot(d, USED, Value::from_small(used as i32 + 1));
    let n = len(vm, d);
    vm.set_slot(d, LEN, Value::from_small(n as i32 + 1));
    if let Some(ir) = vm.slot(d, INDEX).as_ref() {
        let wide = index_wide(vm, d);
        index_insert(vm, ir, h, used as u32, wide);
    }
    Ok(())
}

fn index_insert(vm: &mut Vm, ir: GcRef, h: i64, e: u32, wide: bool) {
    let words = vm.heap.words_mut(ir);
    let n = slot_count(words.len(), wide);
    if n == 0 {
        return;
    }
    let (per, bits) = if wide { (2, 32) } else { (4, 16) };
    let mask = (1u64 << bits) - 1;
    let mut s = (h as usize) & (n - 1);
    for _ in 0..n {
        if let Some(w) = words.get_mut(s / per) {
            let shift = (s % per) * bits;
            if (*w >> shift) & mask == mask {
                *w = (*w & !(mask << shift)) | ((u64::from(e) & mask) << shift);
                return;
            }
        }
        s = (s + 1) & (n - 1);
    }
}

/// Rebuilds the table with room for `cap` entries (dropping deleted ones).
pub fn resize(vm: &mut Vm, d: Value, cap: usize) -> PyResult<()> {
    let cap = cap.max(len(vm, d));
    let mark = vm.push_root(d);
    let r = (|| {
        let ne = vm.alloc(kind::ENTRIES, Scan::All, cap * 3)?;
        // Readers derive the slot width from the entries block: use its
        // actual size.
        let wide = wide_index(vm.heap.len_words(ne) / 3);
        vm.push_root(Value::from_ref(ne));
        let ni = if cap > LINEAR_MAX {
            // Index load at most 2/3 (entries never exceed `cap`).
            let slots = (cap + cap / 2).next_power_of_two().max(16);
            let width = if wide { 4 } else { 2 };
            let ir = vm.alloc_bytes(kind::INDEX, slots * width)?;
            for w in vm.heap.words_mut(ir) {
                *w = u64::MAX;
            }
            Some(ir)
        } else {
            None
        };
        let d = vm.root(mark);
        let ne = vm.root(mark + 1);
        let used = used(vm, d);
        let oe = vm.slot(d, ENTRIES);
        let mut j = 0usize;
        for i in 0..used {
            let k = vm.slot(oe, i * 3 + 1);
            if k.is_empty() {
                continue;
            }
            let h = vm.slot(oe, i * 3);
            let v = vm.slot(oe, i * 3 + 2);
            vm.set_slot(ne, j * 3, h);
            vm.set_slot(ne, j * 3 + 1, k);
            vm.set_slot(ne, j * 3 + 2, v);
            if let Some(ir) = ni {
                index_insert(vm, ir, h.as_int().unwrap_or(0), j as u32, wide);
            }
            j += 1;
        }
        vm.set_slot(d, ENTRIES, ne);
        vm.set_slot(d, INDEX, ni.map_or(Value::NONE, Value::from_ref));
        vm.set_slot(d, USED, Value::from_small(j as i32));
        vm.set_slot(d, LEN, Value::from_small(j as i32));
        Ok(())
    })();
    vm.pop_roots(mark);
    r
}

/// Removes `key`; returns its value if it was present.
pub fn remove(vm: &mut Vm, d: Value, key: Value) -> PyResult<Option<Value>> {
    let mark = vm.push_root(d);
    vm.push_root(key);
    let r = (|| {
        let h = vm.hash(key)?;
        let (d, key) = (vm.root(mark), vm.root(mark + 1));
        let Some(e) = find(vm, d, key, h)? else {
            return Ok(None);
        };
        let d = vm.root(mark);
        let er = vm.slot(d, ENTRIES);
        let v = vm.slot(er, e * 3 + 2);
        vm.set_slot(er, e * 3 + 1, Value::EMPTY);
        vm.set_slot(er, e * 3 + 2, Value::NONE);
        let n = len(vm, d);
        vm.set_slot(d, LEN, Value::from_small(n as i32 - 1));
        Ok(Some(v))
    })();
    vm.pop_roots(mark);
    r
}

/// Removes all entries.
pub fn clear(vm: &mut Vm, d: Value) {
    vm.set_slot(d, ENTRIES, Value::NONE);
    vm.set_slot(d, INDEX, Value::NONE);
    vm.set_slot(d, LEN, Value::from_small(0));
    vm.set_slot(d, USED, Value::from_small(0));
}

/// Live `(key, value)` pairs, copied out.
pub fn pairs(vm: &Vm, d: Value) -> Vec<(Value, Value)> {
    let mut out = Vec::with_capacity(len(vm, d));
    for i in 0..used(vm, d) {
        let (k, v) = entry(vm, d, i);
        if !k.is_empty() {
            out.push((k, v));
        }
    }
    out
}

/// Copies every entry of `src` (a dict) into `d`.
pub fn update(vm: &mut Vm, d: Value, src: Value) -> PyResult<()> {
    let mark = vm.push_root(d);
    vm.push_root(src);
    let r = (|| {
        let mut i = 0;
        loop {
            let src = vm.root(mark + 1);
            if i >= used(vm, src) {
                return Ok(());
            }
            let (k, v) = entry(vm, src, i);
            i += 1;
            if k.is_empty() {
                continue;
            }
            let d = vm.root(mark);
            set(vm, d, k, v)?;
        }
    })();
    vm.pop_roots(mark);
    r
}

/// `inst[k]` for an instance of a dict subclass whose dict is `d`:
/// a missing key goes to the class's `__missing__` when it has one.
pub fn getitem_missing(vm: &mut Vm, inst: Value, d: Value, k: Value) -> PyResult<Value> {
    let mark = vm.push_root(inst);
    vm.push_root(k);
    let r = get(vm, d, k);
    let (inst, k) = (vm.root(mark), vm.root(mark + 1));
    vm.pop_roots(mark);
    if let Some(v) = r? {
        return Ok(v);
    }
    let t = vm.type_of(inst);
    if let Some(m) = crate::objects::class::lookup(vm, t, Value::qstr(q::D_MISSING)) {
        return vm.call(m, &[inst, k]);
    }
    Err(vm.key_error(k))
}

/// `dict.fromkeys(iterable, value=None)` (called on the type: no class
/// argument).
fn m_fromkeys(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.n == 0 || a.n > 2 {
        let m = alloc::format!("fromkeys expected at most 2 arguments, got {}", a.n);
        return Err(vm.type_error(&m));
    }
    let d = new_dict(vm, 0)?;
    let mark = vm.push_root(d);
    let r = (|| {
        let src = vm.arg(&a, 0);
        let it = vm.get_iter(src)?;
        vm.push_root(it);
        loop {
            let it = vm.root(mark + 1);
            let Some(k) = vm.next(it)? else {
                return Ok(());
            };
            let v = if a.n > 1 { vm.arg(&a, 1) } else { Value::NONE };
            let d = vm.root(mark);
            set(vm, d, k, v)?;
        }
    })();
    let d = vm.root(mark);
    vm.pop_roots(mark);
    r.map(|_| d)
}

fn m_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::corefns::arity(vm, &a, "get", 2, 3)?;
    let d = vm.arg(&a, 0);
    let k = vm.arg(&a, 1);
    let found = get(vm, d, k)?;
    Ok(found.unwrap_or(if a.n > 2 { vm.arg(&a, 2) } else { Value::NONE }))
}
fn m_setdefault(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::corefns::arity(vm, &a, "setdefault", 2, 3)?;
    let d = vm.arg(&a, 0);
    let k = vm.arg(&a, 1);
    if let Some(v) = get(vm, d, k)? {
        return Ok(v);
    }
    let d = vm.arg(&a, 0);
    let k = vm.arg(&a, 1);
    let dflt = if a.n > 2 { vm.arg(&a, 2) } else { Value::NONE };
    set(vm, d, k, dflt)?;
    Ok(if a.n > 2 { vm.arg(&a, 2) } else { Value::NONE })
}
fn m_pop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::corefns::arity(vm, &a, "pop", 2, 3)?;
    let d = vm.arg(&a, 0);
    let k = vm.arg(&a, 1);
    match remove(vm, d, k)? {
        Some(v) => Ok(v),
        None if a.n > 2 => Ok(vm.arg(&a, 2)),
        None => {
            let k = vm.arg(&a, 1);
            Err(vm.key_error(k))
        }
    }
}
fn m_popitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::corefns::arity(vm, &a, "popitem", 1, 1)?;
    let d = vm.arg(&a, 0);
    let mut i = used(vm, d);
    while i > 0 {
        i -= 1;
        let (k, v) = entry(vm, d, i);
        if !k.is_empty() {
            let t = crate::objects::tuple::new_tuple(vm, &[k, v])?;
            let d = vm.arg(&a, 0);
            let k = vm.tuple_get(t, 0);
            let mark = vm.push_root(t);
            let r = remove(vm, d, k);
            let t = vm.root(mark);
            vm.pop_roots(mark);
            r?;
            return Ok(t);
        }
    }
    let m = "popitem(): dictionary is empty";
    Err(vm.raise(crate::types::TypeId::KeyError, m))
}
fn view(vm: &mut Vm, a: Args, mode: u8) -> PyResult<Value> {
    let d = vm.arg(&a, 0);
    crate::objects::iter::new_dict_view(vm, d, mode)
}
fn m_keys(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::corefns::arity(vm, &a, "keys", 1, 1)?;
    view(vm, a, 0)
}
fn m_values(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::corefns::arity(vm, &a, "values", 1, 1)?;
    view(vm, a, 1)
}
fn m_items(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::corefns::arity(vm, &a, "items", 1, 1)?;
    view(vm, a, 2)
}
fn m_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.n > 2 {
        let m = alloc::format!("update expected at most 1 argument, got {}", a.n - 1);
        return Err(vm.type_error(&m));
    }
    let d = vm.arg(&a, 0);
    if a.n > 1 {
        let src = vm.arg(&a, 1);
        update_from(vm, d, src)?;
    }
    for i in 0..a.nkw as usize {
        let k = vm.tuple_get(vm.kwnames(&a), i);
        let v = vm
            .st
            .stack
            .get(a.base as usize + a.n as usize + i)
            .copied()
            .unwrap_or(Value::NONE);
        let d = vm.arg(&a, 0);
        set(vm, d, k, v)?;
    }
    Ok(Value::NONE)
}

/// `d.update(src)` for a dict, a mapping (an object with `keys()`), or an
/// iterable of pairs.
pub fn update_from(vm: &mut Vm, d: Value, src: Value) -> PyResult<()> {
    if vm.kind_of(src) == kind::DICT {
        return update(vm, d, src);
    }
    if vm.kind_of(src) == kind::INSTANCE {
        let b = vm.base_value(src);
        let t = vm.type_of(src);
        let has_keys = crate::objects::class::lookup(vm, t, Value::qstr(q::KEYS)).is_some();
        if !has_keys && vm.kind_of(b) == kind::DICT {
            return update(vm, d, b);
        }
        if has_keys {
            return update_mapping(vm, d, src);
        }
    }
    let mark = vm.push_root(d);
    let r = (|| {
        let items = vm.collect_iter(src)?;
        let l = crate::objects::list::from_slice(vm, &items)?;
        vm.push_root(l);
        for i in 0..items.len() {
            let l = vm.root(mark + 1);
            let p = crate::objects::list::get(vm, l, i);
            let kv = vm.collect_iter(p)?;
            if kv.len() != 2 {
                let m = alloc::format!(
                    "dictionary update sequence element #{i} has length {}; 2 is required",
                    kv.len()
                );
                return Err(vm.value_error(&m));
            }
            let d = vm.root(mark);
            let (k, v) = (
                kv.first().copied().unwrap_or(Value::NONE),
                kv.get(1).copied().unwrap_or(Value::NONE),
            );
            vm.push_root(v);
            let r = set(vm, d, k, v);
            vm.st.misc.pop();
            r?;
        }
        Ok(())
    })();
    vm.pop_roots(mark);
    r
}
/// `d.update(m)` for a mapping: `for k in m.keys(): d[k] = m[k]`.
fn update_mapping(vm: &mut Vm, d: Value, m: Value) -> PyResult<()> {
    let mark = vm.push_root(d);
    vm.push_root(m);
    let r = (|| {
        let keys = vm.getattr(m, Value::qstr(q::KEYS))?;
        let keys = vm.call(keys, &[])?;
        let it = vm.get_iter(keys)?;
        vm.push_root(it);
        loop {
            let it = vm.root(mark + 2);
            let Some(k) = vm.next(it)? else {
                return Ok(());
            };
            vm.push_root(k);
            let m = vm.root(mark + 1);
            let v = vm.getitem(m, k);
            let k = vm.root(mark + 3);
            vm.st.misc.pop();
            let v = v?;
            let d = vm.root(mark);
            set(vm, d, k, v)?;
        }
    })();
    vm.pop_roots(mark);
    r
}

fn m_copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::corefns::arity(vm, &a, "copy", 1, 1)?;
    let d = vm.arg(&a, 0);
    let n = len(vm, d);
    let k = vm.kind_of(d);
    let nd = new_table(vm, k, n)?;
    let d = vm.arg(&a, 0);
    update(vm, nd, d)?;
    Ok(nd)
}
fn m_clear(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::corefns::arity(vm, &a, "clear", 1, 1)?;
    let d = vm.arg(&a, 0);
    clear(vm, d);
    Ok(Value::NONE)
}

/// Methods of `dict`.
pub static METHODS: &[NativeDesc] = &[
    NativeDesc {
        name: q::GET,
        f: m_get,
    },
    NativeDesc {
        name: q::SETDEFAULT,
        f: m_setdefault,
    },
    NativeDesc {
        name: q::POP,
        f: m_pop,
    },
    NativeDesc {
        name: q::POPITEM,
        f: m_popitem,
    },
    NativeDesc {
        name: q::KEYS,
        f: m_keys,
    },
    NativeDesc {
        name: q::VALUES,
        f: m_values,
    },
    NativeDesc {
        name: q::ITEMS,
        f: m_items,
    },
    NativeDesc {
        name: q::UPDATE,
        f: m_update,
    },
    NativeDesc {
        name: q::COPY,
        f: m_copy,
    },
    NativeDesc {
        name: q::CLEAR,
        f: m_clear,
    },
    NativeDesc {
        name: q::FROMKEYS,
        f: m_fromkeys,
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
        name: q::D_ITER,
        f: super::seq::m_iter,
    },
];

/// `dict(...)`.
pub fn new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.n > 1 {
        let m = alloc::format!("dict expected at most 1 argument, got {}", a.n);
        return Err(vm.type_error(&m));
    }
    let d = new_dict(vm, 0)?;
    let mark = vm.push_root(d);
    let r = (|| {
        if a.n > 0 {
            let src = vm.arg(&a, 0);
            let d = vm.root(mark);
            update_from(vm, d, src)?;
        }
        for i in 0..a.nkw as usize {
            let k = vm.tuple_get(vm.kwnames(&a), i);
            let v = vm
                .st
                .stack
                .get(a.base as usize + a.n as usize + i)
                .copied()
                .unwrap_or(Value::NONE);
            let d = vm.root(mark);
            set(vm, d, k, v)?;
        }
        Ok(())
    })();
    let d = vm.root(mark);
    vm.pop_roots(mark);
    r.map(|_| d)
}
