//! `dict` (and the storage of `set`): insertion-ordered hash table.
//!
//! A table object has the layout `[entries, index, len, used]` (all values):
//! - `entries`: an all-values block of `(key, value)` pairs in insertion
//!   order with room for `cap` pairs (sets and frozensets store the keys
//!   alone: one word per entry, see [`stride`]); a deleted entry has key EMPTY until
//!   the next resize drops it. `used` counts the pairs written (live and
//!   deleted), `len` the live ones. Entry numbers are stable until a resize,
//!   so `entry(d, i)` for `i < used` can be cached (LoadGlobal does).
//! - `index`: None, or a raw block laid out as [`super::dict_index`]
//!   describes: hash slots mapping to entry numbers (tables of more than
//!   [`LINEAR_MAX`] entries; smaller ones are scanned) and, only once a key
//!   whose hash cannot be recomputed natively has been inserted (instances,
//!   classes, frozensets, ...), the stored hash of every entry.
//!
//! The usual keys (ints, strs, floats, bytes, tuples of those) have no
//! stored hash: a resize recomputes it ([`native_hash`]; a str caches its
//! own). So an int->int entry is 16 bytes plus 1-4 bytes of index per slot
//! at a load of at most 0.8, and tables grow by a quarter (see [`grow`]).
//! Lookups that must call Python `__eq__` ([`find_slow`]) re-validate the
//! table after each call and restart when it changed.

use super::dict_index::{self as ix, Layout};
use crate::qstr::q;
use crate::types::{kind, NativeDesc};
use crate::vm::{Args, PyResult, Vm};
use alloc::vec::Vec;
use pycopy_gc::{GcRef, Scan, Value};

pub use super::dict_index::LINEAR_MAX;

pub const ENTRIES: usize = 0;
pub(crate) const INDEX: usize = 1;
pub(crate) const LEN: usize = 2;
pub const USED: usize = 3;
/// `vm.hash` keeps this many low bits.
pub(crate) const HASH_MASK: i64 = (1 << 47) - 1;
/// Lookups restarted this often because `__eq__` kept changing the table
/// give up with a RuntimeError.
const MAX_RESTARTS: usize = 100;

/// Capacity after a resize of a table holding `n` live entries: a quarter
/// more (at least 4 more), so a full-grown table carries little slack.
/// (An eighth for big tables measured 20 % slower on `dict_int`: more
/// garbage and fresh pages, for about 1 byte per entry.)
pub fn grow(n: usize) -> usize {
    n + (n / 4).max(4)
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

/// Words per entry: 2 (key, value) for dicts, 1 (the key) for sets and
/// frozensets, whose values are always None.
#[inline(always)]
pub fn stride(vm: &Vm, d: Value) -> usize {
    match d.as_ref() {
        Some(r) if matches!(vm.heap.kind(r), kind::SET | kind::FROZENSET) => 1,
        _ => 2,
    }
}

/// Room for entries before the next resize.
#[inline]
fn cap(vm: &Vm, d: Value) -> usize {
    cap_st(vm, d, stride(vm, d))
}

/// [`cap`] of a table of `st` words per entry.
#[inline]
fn cap_st(vm: &Vm, d: Value, st: usize) -> usize {
    let w = entries_ref(vm, d).map_or(0, |r| vm.heap.len_words(r));
    if st == 1 {
        w
    } else {
        w / 2
    }
}

/// Entry `i` as `(key, value)` (value None in a set); key EMPTY for a
/// deleted entry, None past the used entries.
#[inline]
pub fn entry(vm: &Vm, d: Value, i: usize) -> (Value, Value) {
    match entries_ref(vm, d) {
        Some(r) => {
            let ev = vm.heap.values(r);
            if stride(vm, d) == 1 {
                return (ev.get(i).copied().unwrap_or(Value::NONE), Value::NONE);
            }
            (
                ev.get(i * 2).copied().unwrap_or(Value::NONE),
                ev.get(i * 2 + 1).copied().unwrap_or(Value::NONE),
            )
        }
        None => (Value::NONE, Value::NONE),
    }
}

/// The entries table of `d` (None while empty). A table is replaced on
/// every resize and `clear`; within one table entries are only appended,
/// so "same table and same `used`" means "no key added since".
#[inline]
pub fn entries_table(vm: &Vm, d: Value) -> Value {
    vm.slot(d, ENTRIES)
}

#[inline]
fn entries_ref(vm: &Vm, d: Value) -> Option<GcRef> {
    vm.slot(d, ENTRIES).as_ref()
}

/// The index block of `d` and its layout.
#[inline]
fn index_of(vm: &Vm, d: Value) -> Option<(GcRef, Layout)> {
    let ir = vm.slot(d, INDEX).as_ref()?;
    Some((ir, ix::layout_of(vm.heap.bytes(ir))))
}

/// Whether `d` stores the hash of every entry.
fn has_hashes(vm: &Vm, d: Value) -> bool {
    index_of(vm, d).is_some_and(|(_, l)| l.hashes)
}

/// `vm.hash(v)` for keys whose hash is computed without calling Python and
/// never changes (ints, strs, floats, bools, bytes, big ints, complexes,
/// ranges, static objects, tuples of such); None for the others, whose
/// hash a table must store.
#[inline]
pub fn native_hash(vm: &Vm, v: Value) -> Option<i64> {
    if let Some(i) = v.as_int() {
        return Some(i & HASH_MASK);
    }
    if let Some(r) = v.as_ref() {
        if vm.heap.kind(r) == kind::STR {
            return Some(crate::objects::str::heap_hash(&vm.heap, r) & HASH_MASK);
        }
    } else if let Some(id) = v.as_qstr() {
        return Some(vm.qstr_hash(id) & HASH_MASK);
    }
    native_hash_at(vm, v, 0)
}

fn native_hash_at(vm: &Vm, v: Value, depth: usize) -> Option<i64> {
    if let Some(i) = v.as_int() {
        return Some(i & HASH_MASK);
    }
    if let Some(id) = v.as_qstr() {
        return Some(vm.qstr_hash(id) & HASH_MASK);
    }
    if let Some(f) = v.as_float() {
        return Some(crate::objects::num::float_hash(f) & HASH_MASK);
    }
    if let Some(b) = v.as_bool() {
        return Some(i64::from(b));
    }
    match vm.kind_of(v) {
        kind::STR => Some(crate::objects::str::hash_of(vm, v) & HASH_MASK),
        kind::TUPLE if depth < 8 => {
            let mut h: i64 = 0x345678;
            for i in 0..crate::objects::tuple::len(vm, v) {
                let hx = native_hash_at(vm, vm.tuple_get(v, i), depth + 1)?;
                h = (h ^ hx).wrapping_mul(1_000_003) & HASH_MASK;
            }
            Some(h)
        }
        kind::BIGINT => Some(crate::objects::int::hash(vm, v) & HASH_MASK),
        kind::BYTES => Some(
            crate::qstr::str_hash(crate::objects::bytes::data(vm, v).unwrap_or(&[])) & HASH_MASK,
        ),
        kind::COMPLEX => {
            let (r, i) = crate::objects::complex::parts(vm, v).unwrap_or((0.0, 0.0));
            let (hr, hi) = (
                crate::objects::num::float_hash(r),
                crate::objects::num::float_hash(i),
            );
            Some(hr.wrapping_add(hi.wrapping_mul(1_000_003)) & HASH_MASK)
        }
        kind::RANGE => Some(crate::objects::range::hash(vm, v) & HASH_MASK),
        kind::TUPLE
        | kind::INSTANCE
        | kind::EXC
        | kind::FROZENSET
        | kind::LIST
        | kind::DICT
        | kind::SET
        | kind::BYTEARRAY
        | kind::MEMORYVIEW => None,
        // Other heap objects hash by address, which a compacting
        // collection changes: store it. Static objects never move.
        _ if v.as_ref().is_some() => None,
        _ => Some((v.bits() & HASH_MASK as u64) as i64),
    }
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
        if ka == kind::STR
            && kb == kind::STR
            && crate::objects::str::hash_of(vm, a) != crate::objects::str::hash_of(vm, b)
        {
            return Some(false);
        }
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

/// How a stored key compares with a probe.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Match {
    Yes,
    No,
    /// Equal hashes, but only Python `__eq__` can tell.
    Python,
}

/// Compares the probe `key` (hash `h`) with entry `e` without calling
/// Python. `hashes` is the index block when it stores hashes.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
fn compare(
    vm: &Vm,
    ev: &[Value],
    st: usize,
    hashes: Option<(&[u8], &Layout)>,
    key: Value,
    h: i64,
    e: usize,
) -> Match {
    let Some(&k) = ev.get(e * st) else {
        return Match::No;
    };
    if k == key {
        return if key.as_float().is_some_and(|f| f.is_nan()) {
            Match::No
        } else {
            Match::Yes
        };
    }
    // Distinct small ints and qstrs are never equal to each other.
    if (key.is_int() || key.is_qstr()) && (k.is_int() || k.is_qstr()) || k.is_empty() {
        return Match::No;
    }
    match fast_eq(vm, key, k) {
        Some(true) => Match::Yes,
        Some(false) => Match::No,
        None => {
            // CPython calls __eq__ only on equal hashes.
            let stored = match hashes {
                Some((b, l)) => ix::hash_get(b, l, e),
                None => native_hash(vm, k),
            };
            match stored {
                Some(sh) if sh != h => Match::No,
                _ => Match::Python,
            }
        }
    }
}

/// The next entry from probe position `*pos` on that matches `key` or
/// needs Python to tell; None at the end of the probe sequence.
#[inline(always)]
fn next_match(vm: &Vm, d: Value, key: Value, h: i64, pos: &mut usize) -> Option<(usize, Match)> {
    let er = entries_ref(vm, d)?;
    let ev = vm.heap.values(er);
    let st = stride(vm, d);
    let index = vm.slot(d, INDEX).as_ref().map(|ir| {
        let b = vm.heap.bytes(ir);
        (b, ix::layout_of(b))
    });
    let hashes = match &index {
        Some((b, l)) if l.hashes => Some((*b, l)),
        _ => None,
    };
    match &index {
        Some((b, l)) if l.slots > 0 => {
            let n = l.slots;
            let want = u64::from(l.tag(ix::mix(h))) << l.ebits;
            let emask = l.emask();
            let mut p = ix::Probe::new(h, l);
            for _ in 0..*pos {
                p.next();
            }
            while *pos < ix::Probe::bound(n) {
                *pos += 1;
                let v = ix::read(b, l, p.s);
                if v == 0 {
                    return None;
                }
                if u64::from(v & !emask) == want {
                    let e = (v & emask) as usize;
                    if e > 0 {
                        let r = compare(vm, ev, st, hashes, key, h, e - 1);
                        if r != Match::No {
                            return Some((e - 1, r));
                        }
                    }
                }
                p.next();
            }
            None
        }
        _ => {
            let used = used(vm, d);
            while *pos < used {
                let e = *pos;
                *pos += 1;
                let r = compare(vm, ev, st, hashes, key, h, e);
                if r != Match::No {
                    return Some((e, r));
                }
            }
            None
        }
    }
}

/// Looks up `key` (whose hash is `h`); returns the entry index. May call
/// Python `__eq__` (then `d` and `key` are re-read from roots).
pub fn find(vm: &mut Vm, d: Value, key: Value, h: i64) -> PyResult<Option<usize>> {
    let mut slow = false;
    if let Some(r) = find_fast(vm, d, key, h, &mut slow) {
        return Ok(Some(r));
    }
    if !slow {
        return Ok(None);
    }
    find_slow(vm, d, key, h)
}

/// What a lookup that calls no Python found.
#[derive(Clone, Copy)]
enum Look {
    /// The key is entry `1` of entries block `0`, of `2` words per entry.
    Hit(GcRef, usize, usize),
    /// The key is absent; the table has `used` (`.0`) entries written and
    /// room for `.1`; `.2` is the empty index slot that ended the probe
    /// (where an insert of this key goes), when the table has slots.
    Miss(usize, usize, Option<usize>),
    /// Only Python `__eq__` can tell (or the table must be walked in
    /// order by [`find_slow`]).
    Slow,
}

/// Lookup without calling Python; stops with `*slow` set at the first
/// entry that only Python `__eq__` can compare (CPython compares entries
/// in probe order, so a later identical key must not be found first).
#[inline]
fn find_fast(vm: &Vm, d: Value, key: Value, h: i64, slow: &mut bool) -> Option<usize> {
    match look(vm, d, key, h) {
        Look::Hit(_, e, _) => Some(e),
        Look::Miss(..) => None,
        Look::Slow => {
            *slow = true;
            None
        }
    }
}

/// The lookup core: one decode of the table object and one of each of
/// its blocks.
#[inline(always)]
fn look(vm: &Vm, d: Value, key: Value, h: i64) -> Look {
    let Some(dr) = d.as_ref() else {
        return Look::Miss(0, 0, None);
    };
    let (k, vals) = vm.heap.kind_values(dr);
    let (e, i, u) = match vals {
        [e, i, _, u, ..] => (*e, *i, u.as_int().unwrap_or(0) as usize),
        _ => return Look::Miss(0, 0, None),
    };
    if matches!(k, kind::SET | kind::FROZENSET) {
        look_in::<1>(vm, d, e, i, u, key, h)
    } else {
        look_in::<2>(vm, d, e, i, u, key, h)
    }
}

/// [`look`] in the entries `e` and index `i` of table `d` (of `ST` words
/// per entry, `used` of them written).
#[inline(always)]
#[allow(clippy::too_many_arguments)]
fn look_in<const ST: usize>(
    vm: &Vm,
    d: Value,
    e: Value,
    i: Value,
    used: usize,
    key: Value,
    h: i64,
) -> Look {
    let Some(er) = e.as_ref() else {
        return Look::Miss(0, 0, None);
    };
    let (_, ev) = vm.heap.kind_values(er);
    let cap = ev.len() / ST;
    // Small ints and qstrs equal only themselves among small ints and
    // qstrs; a NaN key is never found (not even by identity).
    let simple = key.is_int() || key.is_qstr();
    let nan = !simple && key.as_float().is_some_and(|f| f.is_nan());
    // A heap str probe meets heap str keys without the generic compare.
    let key_str = key.as_ref().filter(|&r| vm.heap.kind(r) == kind::STR);
    let Some(ir) = i.as_ref() else {
        // A small table: scan.
        let mut n = 0;
        while n < used {
            let Some(&k) = ev.get(n * ST) else { break };
            if k == key && !nan {
                return Look::Hit(er, n, ST);
            }
            if !(simple && (k.is_int() || k.is_qstr())) && !k.is_empty() && k != key {
                if let Some(eq) = key_str.and_then(|a| heap_str_eq(vm, a, k)) {
                    if eq {
                        return Look::Hit(er, n, ST);
                    }
                    n += 1;
                    continue;
                }
                match compare(vm, ev, ST, None, key, h, n) {
                    Match::Yes => return Look::Hit(er, n, ST),
                    Match::Python => return Look::Slow,
                    Match::No => {}
                }
            }
            n += 1;
        }
        return Look::Miss(used, cap, None);
    };
    let b = vm.heap.bytes(ir);
    let l = ix::layout_of(b);
    if l.slots == 0 || l.hashes {
        let mut slow = false;
        return match find_general(vm, d, key, h, &mut slow) {
            Some(n) => Look::Hit(er, n, ST),
            None if slow => Look::Slow,
            None => Look::Miss(used, cap, None),
        };
    }
    // The hot loop: slots, no stored hashes.
    let found = ix::walk(b, &l, h, |n| {
        let Some(&k) = ev.get(n * ST) else {
            return Some(false);
        };
        if k == key && !nan {
            return Some(true);
        }
        if (simple && (k.is_int() || k.is_qstr())) || k == key {
            return Some(false);
        }
        match key_str.and_then(|a| heap_str_eq(vm, a, k)) {
            Some(hit) => Some(hit),
            None => match compare(vm, ev, ST, None, key, h, n) {
                Match::Yes => Some(true),
                Match::Python => None,
                Match::No => Some(false),
            },
        }
    });
    match found {
        ix::Walk::Hit(n, _) => Look::Hit(er, n, ST),
        ix::Walk::Empty(s) => Look::Miss(used, cap, Some(s)),
        ix::Walk::Undecided => Look::Slow,
        ix::Walk::Full => Look::Miss(used, cap, None),
    }
}

/// Whether heap str `a` equals key `k`, when `k` is a heap str too (None
/// otherwise): the cached hash states first, then the texts.
#[inline]
fn heap_str_eq(vm: &Vm, a: GcRef, k: Value) -> Option<bool> {
    let b = k.as_ref().filter(|&r| vm.heap.kind(r) == kind::STR)?;
    let heap = &vm.heap;
    if crate::objects::str::heap_state(heap, a) != crate::objects::str::heap_state(heap, b) {
        return Some(false);
    }
    Some(crate::objects::str::heap_text(heap, a) == crate::objects::str::heap_text(heap, b))
}

/// [`find_fast`] for tables that store hashes (or have an index block
/// without slots): the general walk.
#[cold]
#[inline(never)]
fn find_general(vm: &Vm, d: Value, key: Value, h: i64, slow: &mut bool) -> Option<usize> {
    let mut pos = 0;
    match next_match(vm, d, key, h, &mut pos)? {
        (e, Match::Yes) => Some(e),
        _ => {
            *slow = true;
            None
        }
    }
}

/// Lookup that calls `__eq__` where needed, stored key first as CPython
/// does. After each call the table is checked as CPython does: if it was
/// rebuilt (resized or cleared: another entries block) or the compared
/// entry no longer holds that key, the lookup starts over; entries added
/// or deleted elsewhere meanwhile do not stop the probe.
#[cold]
fn find_slow(vm: &mut Vm, d: Value, key: Value, h: i64) -> PyResult<Option<usize>> {
    let mark = vm.push_root(d);
    vm.push_root(key);
    vm.push_root(Value::NONE);
    // The entries block being probed, rooted so that the comparison below
    // survives a compacting collection moving it.
    vm.push_root(Value::NONE);
    let r = (|| {
        let mut restarts = 0;
        let mut pos = 0;
        loop {
            let (d, key) = (vm.root(mark), vm.root(mark + 1));
            let e = match next_match(vm, d, key, h, &mut pos) {
                None => return Ok(None),
                Some((e, Match::Yes)) => return Ok(Some(e)),
                Some((e, _)) => e,
            };
            let k = entry(vm, d, e).0;
            vm.set_root(mark + 2, k);
            vm.set_root(mark + 3, vm.slot(d, ENTRIES));
            let eq = vm.eq(k, key)?;
            let (d, k) = (vm.root(mark), vm.root(mark + 2));
            if vm.slot(d, ENTRIES) != vm.root(mark + 3) || entry(vm, d, e).0 != k {
                restarts += 1;
                if restarts > MAX_RESTARTS {
                    return Err(vm.raise(
                        crate::types::TypeId::RuntimeError,
                        "dictionary changed during lookup",
                    ));
                }
                pos = 0;
                continue;
            }
            if eq {
                return Ok(Some(e));
            }
        }
    })();
    vm.pop_roots(mark);
    r
}

/// `d[key]`, or None when absent.
pub fn get(vm: &mut Vm, d: Value, key: Value) -> PyResult<Option<Value>> {
    if let Some(h) = native_hash(vm, key) {
        match look(vm, d, key, h) {
            Look::Hit(er, e, st) => {
                let v = match st {
                    2 => vm.heap.values(er).get(e * 2 + 1).copied(),
                    _ => None,
                };
                return Ok(Some(v.unwrap_or(Value::NONE)));
            }
            Look::Miss(..) => return Ok(None),
            Look::Slow => {}
        }
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

/// `d[key]` (None inside when absent) without calling Python; outer None
/// when only Python (`__hash__`, `__eq__`) can tell.
#[inline]
pub fn get_native(vm: &Vm, d: Value, key: Value) -> Option<Option<Value>> {
    let h = native_hash(vm, key)?;
    match look(vm, d, key, h) {
        Look::Hit(er, e, st) => Some(match st {
            2 => vm.heap.values(er).get(e * 2 + 1).copied(),
            _ => None,
        }),
        Look::Miss(..) => Some(None),
        Look::Slow => None,
    }
}

/// Lookup of a str/qstr (or int) key without calling Python (globals,
/// attributes).
#[inline]
pub fn get_str(vm: &Vm, d: Value, key: Value) -> Option<Value> {
    find_str(vm, d, key).map(|e| entry(vm, d, e).1)
}

/// Entry index of a str key (for caches).
#[inline]
pub fn find_str(vm: &Vm, d: Value, key: Value) -> Option<usize> {
    let h = native_hash(vm, key)?;
    let mut slow = false;
    find_fast(vm, d, key, h, &mut slow)
}

/// Sets the value of live entry `e` (sets have none to set).
#[inline]
pub fn set_entry_value(vm: &mut Vm, d: Value, e: usize, v: Value) {
    if stride(vm, d) == 1 {
        return;
    }
    let er = vm.slot(d, ENTRIES);
    vm.set_slot(er, e * 2 + 1, v);
}

/// `d[key] = value`.
pub fn set(vm: &mut Vm, d: Value, key: Value, value: Value) -> PyResult<()> {
    if let Some(h) = native_hash(vm, key) {
        // Common case: no Python to call and, unless the table is full or
        // must start storing hashes, nothing to allocate.
        match look(vm, d, key, h) {
            Look::Hit(er, e, st) => {
                // An existing key: only the value changes (sets have none).
                if st == 2 {
                    if let Some(v) = vm.heap.values_mut(er).get_mut(e * 2 + 1) {
                        *v = value;
                    }
                }
                return Ok(());
            }
            Look::Miss(used, cap, slot) if used < cap => {
                // Nothing ran since the probe: its empty slot is the one
                // an insert would find.
                append_at(vm, d, key, value, h, stride(vm, d), slot);
                return Ok(());
            }
            _ => {}
        }
    }
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
        insert_new(vm, h, mark)
    })();
    vm.pop_roots(mark);
    r
}

/// Appends a new entry; the dict, key and value are in roots `mark`,
/// `mark+1`, `mark+2`. Resizes first when the entries are full, and
/// switches the table to stored hashes for a key that needs one.
fn insert_new(vm: &mut Vm, h: i64, mark: usize) -> PyResult<()> {
    let d = vm.root(mark);
    let key = vm.root(mark + 1);
    let full = used(vm, d) >= cap(vm, d);
    let hashes = has_hashes(vm, d) || native_hash(vm, key).is_none();
    if full || hashes != has_hashes(vm, d) {
        let n = if full { grow(len(vm, d)) } else { cap(vm, d) };
        resize_to(vm, d, n, hashes)?;
    }
    let (d, key, value) = (vm.root(mark), vm.root(mark + 1), vm.root(mark + 2));
    append(vm, d, key, value, h);
    Ok(())
}

/// Writes a new entry at `used` (which must be below the capacity, and
/// the table must store hashes if `key` needs it). Never allocates.
#[inline]
fn append(vm: &mut Vm, d: Value, key: Value, value: Value, h: i64) {
    append_st(vm, d, key, value, h, stride(vm, d));
}

/// [`append`] to a table of `st` words per entry.
#[inline]
fn append_st(vm: &mut Vm, d: Value, key: Value, value: Value, h: i64, st: usize) {
    append_at(vm, d, key, value, h, st, None);
}

/// [`append_st`]; `slot`, when known, is the first empty index slot of
/// the probe sequence of `h` (found by a lookup with no change since).
#[inline]
fn append_at(
    vm: &mut Vm,
    d: Value,
    key: Value,
    value: Value,
    h: i64,
    st: usize,
    slot: Option<usize>,
) {
    let Some(dr) = d.as_ref() else {
        return;
    };
    // One read and one write of the table object.
    let (e, i, n, u) = match vm.heap.values(dr) {
        [e, i, n, u, ..] => (*e, *i, n.as_int().unwrap_or(0), u.as_int().unwrap_or(0)),
        _ => return,
    };
    let (Some(er), Ok(uz)) = (e.as_ref(), usize::try_from(u)) else {
        return;
    };
    if st == 1 {
        match vm.heap.values_mut(er).get_mut(uz) {
            Some(k) => *k = key,
            None => return,
        }
    } else {
        match vm.heap.values_mut(er).get_mut(uz * 2..uz * 2 + 2) {
            Some([k, v]) => {
                *k = key;
                *v = value;
            }
            _ => return,
        }
    }
    if let [_, _, nv, uv, ..] = vm.heap.values_mut(dr) {
        *nv = Value::from_small(n as i32 + 1);
        *uv = Value::from_small(u as i32 + 1);
    }
    if let Some(ir) = i.as_ref() {
        let b = vm.heap.bytes_mut(ir);
        let l = ix::layout_of(b);
        if l.hashes {
            ix::hash_set(b, &l, uz, h);
        }
        match slot {
            Some(s) if l.slots > 0 && ix::read(b, &l, s) == 0 => {
                ix::write(b, &l, s, l.slot_value(ix::mix(h), uz));
            }
            _ => ix::insert(b, &l, h, uz),
        }
    }
}

/// Rebuilds the table with room for `cap` entries (dropping deleted ones).
pub fn resize(vm: &mut Vm, d: Value, cap: usize) -> PyResult<()> {
    let hashes = has_hashes(vm, d);
    resize_to(vm, d, cap, hashes)
}

/// Rebuilds the table with room for `cap` entries (at least its live
/// ones), storing hashes when `hashes`. Never calls Python: the hash of a
/// key is recomputed natively unless the old table stored it.
fn resize_to(vm: &mut Vm, d: Value, cap: usize, hashes: bool) -> PyResult<()> {
    if stride(vm, d) == 1 {
        resize_in::<1>(vm, d, cap, hashes)
    } else {
        resize_in::<2>(vm, d, cap, hashes)
    }
}

/// [`resize_to`] for a table of `ST` words per entry.
fn resize_in<const ST: usize>(vm: &mut Vm, d: Value, cap: usize, hashes: bool) -> PyResult<()> {
    let cap = cap.max(len(vm, d)).min(i32::MAX as usize / 2);
    let st = ST;
    let mark = vm.push_root(d);
    let r = (|| {
        let ne = vm.alloc(kind::ENTRIES, Scan::All, cap * st)?;
        vm.push_root(Value::from_ref(ne));
        let l = Layout::for_table(cap, hashes);
        let ni = if l.needs_block() {
            let ir = vm.alloc_bytes(kind::INDEX, l.block_bytes(cap))?;
            ix::init(vm.heap.bytes_mut(ir), &l);
            Some(ir)
        } else {
            None
        };
        let d = vm.root(mark);
        let ne = vm.root(mark + 1);
        // Live entries move in chunks through a small buffer (each chunk
        // gathered while only reading the heap, then written), so a resize
        // allocates nothing outside the heap.
        const CHUNK: usize = 64;
        let (Some(ner), Some(oe)) = (ne.as_ref(), entries_ref(vm, d)) else {
            vm.set_slot(d, ENTRIES, ne);
            vm.set_slot(d, INDEX, ni.map_or(Value::NONE, Value::from_ref));
            vm.set_slot(d, USED, Value::from_small(0));
            vm.set_slot(d, LEN, Value::from_small(0));
            return Ok(());
        };
        let old = index_of(vm, d).filter(|(_, l)| l.hashes);
        let used = used(vm, d);
        let mut kv = [Value::NONE; 2 * CHUNK];
        let mut hs = [0i64; CHUNK];
        let (mut i, mut j) = (0usize, 0usize);
        while i < used {
            let mut got = 0;
            {
                let ev = vm.heap.values(oe);
                while i < used && got < CHUNK {
                    let (k, v) = if st == 1 {
                        (ev.get(i).copied().unwrap_or(Value::EMPTY), Value::NONE)
                    } else {
                        match ev.get(i * 2..i * 2 + 2) {
                            Some(&[k, v]) => (k, v),
                            _ => (Value::EMPTY, Value::NONE),
                        }
                    };
                    if !k.is_empty() {
                        if ni.is_some() {
                            let h = match old {
                                Some((oir, ol)) => ix::hash_get(vm.heap.bytes(oir), &ol, i),
                                None => native_hash(vm, k),
                            };
                            if let Some(x) = hs.get_mut(got) {
                                *x = h.unwrap_or(0);
                            }
                        }
                        if st == 1 {
                            if let Some(x) = kv.get_mut(got) {
                                *x = k;
                            }
                        } else if let Some([xk, xv]) = kv.get_mut(got * 2..got * 2 + 2) {
                            *xk = k;
                            *xv = v;
                        }
                        got += 1;
                    }
                    i += 1;
                }
            }
            if let (Some(dst), Some(src)) = (
                vm.heap.values_mut(ner).get_mut(j * st..(j + got) * st),
                kv.get(..got * st),
            ) {
                dst.copy_from_slice(src);
            }
            if let Some(ir) = ni {
                let b = vm.heap.bytes_mut(ir);
                for (c, &h) in hs.iter().take(got).enumerate() {
                    if l.hashes {
                        ix::hash_set(b, &l, j + c, h);
                    }
                    ix::insert(b, &l, h, j + c);
                }
            }
            j += got;
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
    if let Some(found) = super::dict_simple::set_remove(vm, d, key) {
        return Ok(found.then_some(Value::NONE));
    }
    if let Some(found) = super::dict_simple::dict_remove(vm, d, key) {
        return Ok(found);
    }
    if let Some(h) = native_hash(vm, key) {
        // No Python to call: nothing to root, nothing moves.
        match look(vm, d, key, h) {
            Look::Hit(er, e, st) => {
                let ev = vm.heap.values_mut(er);
                let v = if st == 2 {
                    match ev.get_mut(e * 2..e * 2 + 2) {
                        Some([k, v]) => {
                            *k = Value::EMPTY;
                            core::mem::replace(v, Value::NONE)
                        }
                        _ => Value::NONE,
                    }
                } else {
                    if let Some(k) = ev.get_mut(e) {
                        *k = Value::EMPTY;
                    }
                    Value::NONE
                };
                let n = len(vm, d);
                vm.set_slot(d, LEN, Value::from_small(n as i32 - 1));
                return Ok(Some(v));
            }
            Look::Miss(..) => return Ok(None),
            Look::Slow => {}
        }
    }
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
        let st = stride(vm, d);
        let v = if st == 1 {
            Value::NONE
        } else {
            vm.slot(er, e * 2 + 1)
        };
        vm.set_slot(er, e * st, Value::EMPTY);
        if st == 2 {
            vm.set_slot(er, e * 2 + 1, Value::NONE);
        }
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
            let kv = match vm.collect_iter(p) {
                Ok(kv) => kv,
                Err(e) => {
                    if !vm.exc_matches(crate::types::TypeId::TypeError) {
                        return Err(e);
                    }
                    let m = alloc::format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    );
                    return Err(vm.type_error(&m));
                }
            };
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
