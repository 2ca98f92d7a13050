//! Fast paths of dict and set operations for "simple" keys (small ints
//! and qstrs, i.e. interned strings) and for heap str keys.
//!
//! Two simple keys are equal exactly when their words are equal, and no
//! simple key equals an empty (deleted) entry, so a probe for a simple key
//! decides on its own as long as every entry it meets is simple or empty.
//! A heap str key decides against ints, deleted entries and other heap
//! strs (cached hash state, then text). At the first other entry (a float,
//! `True`, a qstr met by a heap str, an instance, ...) these functions
//! give up and return `None`: the caller then takes the general path of
//! `dict.rs`, which handles `1 == 1.0 == True`, heap strs equal to qstrs
//! and Python `__eq__`. None of these functions calls Python or
//! allocates, so nothing needs rooting.
//!
//! Removal from a set ([`set_remove`]) of its most recently appended
//! entry takes the entry back (`used` goes down and the entry's index
//! slot is emptied again), so a set used as a stack of keys (add, later
//! remove the same key, as backtracking searches do) stops growing its
//! entries and rebuilding its table. That is exact: the entry was the last
//! one written to the index, so no probe of another key passed over its
//! slot, and emptying it gives the index it had before that append. Dicts
//! keep the append-only rule, which the global-variable caches rely on
//! (see `dict::entries_table`).

use super::dict::{ENTRIES, INDEX, LEN, USED};
use super::dict_index::{self as ix};
use crate::types::kind;
use crate::vm::Vm;
use pycopy_gc::{GcRef, Heap, Value};

/// Whether `v` is a simple key (a small int or a qstr).
#[inline(always)]
pub fn is_simple(v: Value) -> bool {
    v.is_int() || v.is_qstr()
}

/// The dict/set hash of simple key `v` (as `dict::native_hash`).
#[inline(always)]
fn simple_hash(vm: &Vm, v: Value) -> i64 {
    match v.as_qstr() {
        Some(id) => vm.qstr_hash(id) & super::dict::HASH_MASK,
        None => v.int_unchecked() & super::dict::HASH_MASK,
    }
}

/// What a simple-key probe found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Found {
    /// The key is entry `.0`; `.1` is its index slot (tables with slots).
    Hit(usize, Option<usize>),
    /// The key is absent; `.0` is the empty slot that ended the probe
    /// (tables with slots).
    Miss(Option<usize>),
}

/// Words per entry of a table of heap kind `k`; None for other kinds.
#[inline(always)]
fn stride_of(k: u8) -> Option<usize> {
    match k {
        kind::SET | kind::FROZENSET => Some(1),
        kind::DICT => Some(2),
        _ => None,
    }
}

/// Probes table `dr` (of `ST` words per entry) for simple key `key`.
/// None when an entry met on the way is not simple, or the table stores
/// hashes (its keys are unusual): the general path decides. A small
/// table (no index) is scanned here, without computing the hash; the
/// indexed probe is out of line.
#[inline(always)]
fn probe<const ST: usize>(vm: &Vm, dr: GcRef, key: Value) -> Option<Found> {
    let heap = &vm.heap;
    let Some(er) = heap.field(dr, ENTRIES).as_ref() else {
        return Some(Found::Miss(None));
    };
    let used = heap.field(dr, USED).int_unchecked() as usize;
    let index = heap.field(dr, INDEX);
    if !index.is_none() {
        return probe_index::<ST>(vm, er, used, index, key);
    }
    // A small table: scan the written entries. `used` never exceeds the
    // entries block's capacity, so its keys are read as fields.
    for n in 0..used {
        let k = heap.field(er, n * ST);
        if k == key {
            return Some(Found::Hit(n, None));
        }
        if !(is_simple(k) || k.is_empty()) {
            return None;
        }
    }
    Some(Found::Miss(None))
}

/// [`probe`] of a table with index block `index` and entries `er` (of
/// which `used` are written: an entry number below it is read as a
/// field, without decoding the block's header).
#[inline(never)]
fn probe_index<const ST: usize>(
    vm: &Vm,
    er: GcRef,
    used: usize,
    index: Value,
    key: Value,
) -> Option<Found> {
    let heap = &vm.heap;
    let h = simple_hash(vm, key);
    walk_index(heap.bytes(index.as_ref()?), h, used, |n| {
        let k = heap.field(er, n * ST);
        if k == key {
            Some(true)
        } else if is_simple(k) || k.is_empty() {
            Some(false)
        } else {
            None
        }
    })
}

/// Walks the index slots of hash `h` (entries below `used`, see
/// [`ix::walk`]); None when the general path must decide, and for a
/// table that stores hashes.
#[inline(always)]
fn walk_index(
    b: &[u8],
    h: i64,
    used: usize,
    mut is_key: impl FnMut(usize) -> Option<bool>,
) -> Option<Found> {
    let l = ix::layout_of(b);
    if l.slots == 0 || l.hashes {
        return None;
    }
    match ix::walk(b, &l, h, |n| if n < used { is_key(n) } else { Some(false) }) {
        ix::Walk::Hit(n, s) => Some(Found::Hit(n, Some(s))),
        ix::Walk::Empty(s) => Some(Found::Miss(Some(s))),
        ix::Walk::Undecided | ix::Walk::Full => None,
    }
}

/// How stored key `k` compares with heap str probe `a` (hash state
/// `state`): `Some` when decided without the general path (identity,
/// another heap str, an int or a deleted entry), None otherwise (a qstr
/// may hold the same text; other kinds need `fast_eq`).
#[inline(always)]
fn str_vs(heap: &Heap, a: GcRef, state: u64, k: Value) -> Option<bool> {
    if k.is_int() || k.is_empty() {
        return Some(false);
    }
    let b = k.as_ref()?;
    if heap.kind(b) != kind::STR {
        return None;
    }
    if b == a {
        return Some(true);
    }
    if super::str::heap_state(heap, b) != state {
        return Some(false);
    }
    Some(super::str::heap_text(heap, a) == super::str::heap_text(heap, b))
}

/// [`probe`] for a heap str key `a`: str keys built at run time
/// (`"key" + str(i)`, `line.split()`) compare by cached hash state, then
/// text. None when the general path must decide.
#[inline(never)]
fn probe_str<const ST: usize>(vm: &Vm, dr: GcRef, a: GcRef) -> Option<Found> {
    let heap = &vm.heap;
    let Some(er) = heap.field(dr, ENTRIES).as_ref() else {
        return Some(Found::Miss(None));
    };
    let used = heap.field(dr, USED).int_unchecked() as usize;
    let state = super::str::heap_state(heap, a);
    let index = heap.field(dr, INDEX);
    let Some(ir) = index.as_ref() else {
        for n in 0..used {
            if str_vs(heap, a, state, heap.field(er, n * ST))? {
                return Some(Found::Hit(n, None));
            }
        }
        return Some(Found::Miss(None));
    };
    let h = super::str::heap_hash(heap, a) & super::dict::HASH_MASK;
    walk_index(heap.bytes(ir), h, used, |n| {
        str_vs(heap, a, state, heap.field(er, n * ST))
    })
}

/// [`probe`] or [`probe_str`] by the kind of `key`, with the stride
/// chosen at run time; None for other keys.
#[inline(always)]
fn probe_key(vm: &Vm, dr: GcRef, st: usize, key: Value) -> Option<Found> {
    if is_simple(key) {
        return probe_st(vm, dr, st, key);
    }
    let a = key.as_ref()?;
    if vm.heap.kind(a) != kind::STR {
        return None;
    }
    if st == 1 {
        probe_str::<1>(vm, dr, a)
    } else {
        probe_str::<2>(vm, dr, a)
    }
}

/// The table hash of a simple or heap str key.
#[inline(always)]
fn key_hash(vm: &Vm, key: Value) -> i64 {
    match key.as_ref() {
        Some(a) => super::str::heap_hash(&vm.heap, a) & super::dict::HASH_MASK,
        None => simple_hash(vm, key),
    }
}

/// The table `d` as a heap reference and its stride, when it is exactly a
/// dict, set or frozenset.
#[inline(always)]
fn table(vm: &Vm, d: Value) -> Option<(GcRef, usize)> {
    let dr = d.as_ref()?;
    Some((dr, stride_of(vm.heap.kind(dr))?))
}

/// [`probe`] with the stride chosen at run time.
#[inline(always)]
fn probe_st(vm: &Vm, dr: GcRef, st: usize, key: Value) -> Option<Found> {
    if st == 1 {
        probe::<1>(vm, dr, key)
    } else {
        probe::<2>(vm, dr, key)
    }
}

/// `key in d` for a dict, set or frozenset `d` and a simple or heap str
/// `key`; None when the general path must answer (another receiver or
/// key kind, or unusual keys in the table).
#[inline]
pub fn contains(vm: &Vm, d: Value, key: Value) -> Option<bool> {
    let (dr, st) = table(vm, d)?;
    match probe_key(vm, dr, st, key)? {
        Found::Hit(..) => Some(true),
        Found::Miss(_) => Some(false),
    }
}

/// `d[key]` (None inside when absent) for exactly a dict `d`, without
/// calling Python: simple keys probe here, other keys with a native hash
/// (heap strs, floats, tuples of such) take `dict::get_native`; outer
/// None when the general path must answer. (Out of line: it sits in the
/// interpreter's subscript fast path.)
#[inline(never)]
pub fn dict_get(vm: &Vm, d: Value, key: Value) -> Option<Option<Value>> {
    let dr = d.as_ref()?;
    if vm.heap.kind(dr) != kind::DICT {
        return None;
    }
    match probe_key(vm, dr, 2, key) {
        Some(Found::Hit(n, _)) => Some(Some(
            vm.heap
                .field(vm.heap.field(dr, ENTRIES).as_ref()?, n * 2 + 1),
        )),
        Some(Found::Miss(_)) => Some(None),
        None => super::dict::get_native(vm, d, key),
    }
}

/// Writes `key` (and `value` for a dict) as a new entry of table `dr` of
/// stride `st` when there is room and the probe found its slot; false
/// (nothing written) otherwise.
#[inline(always)]
fn append(
    heap: &mut Heap,
    dr: GcRef,
    st: usize,
    key: Value,
    value: Value,
    h: i64,
    slot: Option<usize>,
) -> bool {
    let Some(er) = heap.field(dr, ENTRIES).as_ref() else {
        return false;
    };
    let used = heap.field(dr, USED).int_unchecked();
    let len = heap.field(dr, LEN).int_unchecked();
    let index = heap.field(dr, INDEX).as_ref();
    let Ok(u) = usize::try_from(used) else {
        return false;
    };
    // With slots, the probe must have ended at an empty one (it always
    // does when the table has slots): that is where the key goes.
    if index.is_some() && slot.is_none() {
        return false;
    }
    let ev = heap.values_mut(er);
    if st == 1 {
        match ev.get_mut(u) {
            Some(k) => *k = key,
            None => return false,
        }
    } else {
        match ev.get_mut(u * 2..u * 2 + 2) {
            Some([k, v]) => {
                *k = key;
                *v = value;
            }
            _ => return false,
        }
    }
    heap.set_field(dr, USED, Value::from_small(used as i32 + 1));
    heap.set_field(dr, LEN, Value::from_small(len as i32 + 1));
    if let (Some(ir), Some(s)) = (index, slot) {
        let b = heap.bytes_mut(ir);
        let l = ix::layout_of(b);
        ix::write(b, &l, s, l.slot_value(ix::mix(h), u));
    }
    true
}

/// `d[key] = value` (`d.add(key)` for a set or a frozenset being built)
/// for a dict, set or frozenset `d` and a simple or heap str `key`
/// (other keys decline at once): true when done
/// (the key was there, or there was room to append it); false when the
/// general path must do it (another kind, unusual keys, a full table).
#[inline]
pub fn store(vm: &mut Vm, d: Value, key: Value, value: Value) -> bool {
    let Some((dr, st)) = table(vm, d) else {
        return false;
    };
    match probe_key(vm, dr, st, key) {
        Some(Found::Hit(n, _)) => {
            if st == 1 {
                return true;
            }
            let Some(er) = vm.heap.field(dr, ENTRIES).as_ref() else {
                return false;
            };
            match vm.heap.values_mut(er).get_mut(n * 2 + 1) {
                Some(v) => {
                    *v = value;
                    true
                }
                None => false,
            }
        }
        Some(Found::Miss(slot)) => {
            let h = key_hash(vm, key);
            append(&mut vm.heap, dr, st, key, value, h, slot)
        }
        None => false,
    }
}

/// `d[key] = value` for exactly a dict `d` and a simple `key` (see
/// [`store`]; out of line, as [`dict_get`]).
#[inline(never)]
pub fn dict_set(vm: &mut Vm, d: Value, key: Value, value: Value) -> bool {
    vm.kind_of(d) == kind::DICT && store(vm, d, key, value)
}

/// Removes simple `key` from set `s`: `Some(true)` when it was there,
/// `Some(false)` when absent, None when the general path must do it.
/// The most recently appended entry is taken back (see the module doc).
#[inline]
pub fn set_remove(vm: &mut Vm, s: Value, key: Value) -> Option<bool> {
    if !is_simple(key) {
        return None;
    }
    let sr = s.as_ref()?;
    if vm.heap.kind(sr) != kind::SET {
        return None;
    }
    let (n, slot) = match probe::<1>(vm, sr, key)? {
        Found::Hit(n, slot) => (n, slot),
        Found::Miss(_) => return Some(false),
    };
    let heap = &mut vm.heap;
    let er = heap.field(sr, ENTRIES).as_ref()?;
    let used = heap.field(sr, USED).int_unchecked();
    let len = heap.field(sr, LEN).int_unchecked();
    *heap.values_mut(er).get_mut(n)? = Value::EMPTY;
    heap.set_field(sr, LEN, Value::from_small(len as i32 - 1));
    if n as i64 + 1 == used {
        let index = heap.field(sr, INDEX).as_ref();
        match (index, slot) {
            (Some(ir), Some(sl)) => {
                let b = heap.bytes_mut(ir);
                let l = ix::layout_of(b);
                ix::write(b, &l, sl, 0);
            }
            (Some(_), None) => return Some(true),
            _ => {}
        }
        heap.set_field(sr, USED, Value::from_small(used as i32 - 1));
    }
    Some(true)
}

/// Removes a simple or heap str `key` from exactly a dict `d`: its value
/// when it was there, `Some(None)` when absent, None when the general
/// path must do it. The entry is only marked deleted (dicts stay
/// append-only, see the module doc).
#[inline]
pub fn dict_remove(vm: &mut Vm, d: Value, key: Value) -> Option<Option<Value>> {
    let dr = d.as_ref()?;
    if vm.heap.kind(dr) != kind::DICT {
        return None;
    }
    let n = match probe_key(vm, dr, 2, key)? {
        Found::Hit(n, _) => n,
        Found::Miss(_) => return Some(None),
    };
    let heap = &mut vm.heap;
    let er = heap.field(dr, ENTRIES).as_ref()?;
    let len = heap.field(dr, LEN).int_unchecked();
    let v = match heap.values_mut(er).get_mut(n * 2..n * 2 + 2)? {
        [k, v] => {
            *k = Value::EMPTY;
            core::mem::replace(v, Value::NONE)
        }
        _ => return None,
    };
    heap.set_field(dr, LEN, Value::from_small(len as i32 - 1));
    Some(Some(v))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::objects::dict;
    use crate::CollectorKind;
    use alloc::boxed::Box;

    fn vm() -> Vm {
        Vm::new(
            256 * 1024,
            CollectorKind::Compacting,
            Box::<crate::hal::BufferHal>::default(),
        )
        .unwrap()
    }

    fn int(i: i32) -> Value {
        Value::from_small(i)
    }

    #[test]
    fn simple_keys_are_small_ints_and_qstrs() {
        assert!(is_simple(Value::from_small(3)));
        assert!(is_simple(Value::qstr(1)));
        assert!(!is_simple(Value::NONE));
        assert!(!is_simple(Value::EMPTY));
        assert!(!is_simple(Value::float(1.0)));
        assert!(!is_simple(Value::bool(true)));
    }

    #[test]
    fn strides_by_kind() {
        assert_eq!(stride_of(kind::SET), Some(1));
        assert_eq!(stride_of(kind::FROZENSET), Some(1));
        assert_eq!(stride_of(kind::DICT), Some(2));
        assert_eq!(stride_of(kind::LIST), None);
    }

    /// A set used as a stack (add, then remove the newest key) keeps its
    /// entries block: `used` follows `len` and nothing is rebuilt, in
    /// scanned and in indexed tables alike.
    #[test]
    fn stack_like_use_takes_entries_back() {
        let mut vm = vm();
        for size in [3, 18] {
            let s = dict::new_table(&mut vm, kind::SET, 0).unwrap();
            let mark = vm.push_root(s);
            for i in 0..size {
                let s = vm.root(mark);
                dict::set(&mut vm, s, int(i), Value::NONE).unwrap();
            }
            let s = vm.root(mark);
            let table = dict::entries_table(&vm, s);
            for round in 0..50 {
                let k = int(1000 + round);
                let s = vm.root(mark);
                assert!(store(&mut vm, s, k, Value::NONE));
                assert_eq!(contains(&vm, s, k), Some(true));
                assert_eq!(set_remove(&mut vm, s, k), Some(true));
                assert_eq!(contains(&vm, s, k), Some(false));
                assert_eq!(set_remove(&mut vm, s, k), Some(false));
            }
            let s = vm.root(mark);
            assert_eq!(dict::entries_table(&vm, s), table, "size {size}");
            assert_eq!(dict::used(&vm, s), size as usize);
            assert_eq!(dict::len(&vm, s), size as usize);
            for i in 0..size {
                assert_eq!(contains(&vm, s, int(i)), Some(true));
            }
            vm.pop_roots(mark);
        }
    }

    /// A dict removal marks the entry deleted and keeps `used`: the
    /// entries stay append-only for the global-variable caches.
    #[test]
    fn dict_removal_keeps_entries_append_only() {
        let mut vm = vm();
        let d = dict::new_table(&mut vm, kind::DICT, 0).unwrap();
        let mark = vm.push_root(d);
        for i in 0..3 {
            let d = vm.root(mark);
            dict::set(&mut vm, d, int(i), int(i * 10)).unwrap();
        }
        let d = vm.root(mark);
        assert_eq!(dict_remove(&mut vm, d, int(2)), Some(Some(int(20))));
        assert_eq!(dict_remove(&mut vm, d, int(2)), Some(None));
        assert_eq!(dict::used(&vm, d), 3);
        assert_eq!(dict::len(&vm, d), 2);
        assert_eq!(dict_get(&vm, d, int(1)), Some(Some(int(10))));
        assert_eq!(dict_get(&vm, d, int(2)), Some(None));
        // Not a dict: declined.
        let s = dict::new_table(&mut vm, kind::SET, 0).unwrap();
        assert_eq!(dict_remove(&mut vm, s, int(1)), None);
        vm.pop_roots(mark);
    }

    /// Removing an older key leaves a deleted entry (no take-back), and a
    /// key that is not simple sends every fast path to the general one.
    #[test]
    fn older_keys_and_other_kinds() {
        let mut vm = vm();
        let s = dict::new_table(&mut vm, kind::SET, 0).unwrap();
        let mark = vm.push_root(s);
        for i in 0..4 {
            let s = vm.root(mark);
            dict::set(&mut vm, s, int(i), Value::NONE).unwrap();
        }
        let s = vm.root(mark);
        assert_eq!(set_remove(&mut vm, s, int(1)), Some(true));
        assert_eq!(dict::used(&vm, s), 4);
        assert_eq!(dict::len(&vm, s), 3);
        assert_eq!(contains(&vm, s, int(1)), Some(false));
        assert_eq!(contains(&vm, s, Value::float(2.0)), None);
        dict::set(&mut vm, s, Value::TRUE, Value::NONE).unwrap();
        // True went in as a key of its own: simple probes now defer.
        assert_eq!(dict::len(&vm, s), 4);
        assert_eq!(contains(&vm, s, int(7)), None);
        assert!(!store(&mut vm, s, int(7), Value::NONE));
        vm.pop_roots(mark);
    }
}
