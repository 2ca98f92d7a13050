//! `set` and `frozenset`: the dict table (`dict.rs`) with None values.
//!
//! Operators work on two set-likes (sets, frozensets, dict key/item views);
//! methods take any iterables. Every loop that may call Python (`__hash__`,
//! `__eq__`) keeps its operands and a key snapshot (a tuple) on the root
//! stack and re-reads them after each call, since the collector may move
//! objects.

use crate::qstr::q;
use crate::types::{kind, NativeDesc, TypeId};
use crate::vm::{Args, PyResult, Vm};
use alloc::vec::Vec;
use pycopy_compiler::bytecode::BinOp;
use pycopy_gc::Value;

use super::{dict, tuple};

/// A set (heap kind `k`) of `items`.
pub fn from_slice(vm: &mut Vm, k: u8, items: &[Value]) -> PyResult<Value> {
    let mark = vm.st.misc.len();
    vm.st.misc.extend_from_slice(items);
    let r = (|| {
        let s = dict::new_table(vm, k, items.len())?;
        vm.push_root(s);
        for i in 0..items.len() {
            let x = vm.root(mark + i);
            let s = vm.root(mark + items.len());
            add(vm, s, x)?;
        }
        Ok(vm.root(mark + items.len()))
    })();
    vm.pop_roots(mark);
    r
}

/// `s.add(v)`.
pub fn add(vm: &mut Vm, s: Value, v: Value) -> PyResult<()> {
    if super::dict_simple::store(vm, s, v, Value::NONE) {
        return Ok(());
    }
    dict::set(vm, s, v, Value::NONE)
}

/// Whether `v` is a set or frozenset.
pub fn is_set(vm: &Vm, v: Value) -> bool {
    matches!(vm.kind_of(v), kind::SET | kind::FROZENSET)
}

/// Whether `v` can be an operand of set operators: a set, a frozenset, or
/// a dict keys/items view.
pub fn is_setlike(vm: &Vm, v: Value) -> bool {
    is_set(vm, v) || (vm.kind_of(v) == kind::DICT_VIEW && vm.slot(v, 1).as_int().unwrap_or(0) != 1)
}

/// `s |= iterable` (any iterable).
pub fn update(vm: &mut Vm, s: Value, it: Value) -> PyResult<()> {
    let mark = vm.push_root(s);
    let r = (|| {
        let iter = vm.get_iter(it)?;
        vm.push_root(iter);
        loop {
            let iter = vm.root(mark + 1);
            let Some(x) = vm.next(iter)? else {
                return Ok(());
            };
            let s = vm.root(mark);
            add(vm, s, x)?;
        }
    })();
    vm.pop_roots(mark);
    r
}

/// The keys of table `s` as a tuple (a snapshot safe to keep rooted).
fn keys_tuple(vm: &mut Vm, s: Value) -> PyResult<Value> {
    let keys: Vec<Value> = dict::pairs(vm, s).into_iter().map(|p| p.0).collect();
    tuple::new_tuple(vm, &keys)
}

/// `v` as a set: sets and frozensets as they are, anything else iterated
/// into a new set.
fn to_set(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if is_set(vm, v) {
        return Ok(v);
    }
    let mark = vm.push_root(v);
    let r = (|| {
        let s = dict::new_table(vm, kind::SET, 0)?;
        vm.push_root(s);
        let v = vm.root(mark);
        update(vm, s, v)?;
        Ok(vm.root(mark + 1))
    })();
    vm.pop_roots(mark);
    r
}

/// Runs `f(vm, key)` over a snapshot of the keys of `s`; `f` returns
/// false to stop. The snapshot is rooted at `vm.root(mark)` meanwhile.
fn for_keys(
    vm: &mut Vm,
    s: Value,
    mut f: impl FnMut(&mut Vm, Value) -> PyResult<bool>,
) -> PyResult<()> {
    let t = keys_tuple(vm, s)?;
    let mark = vm.push_root(t);
    let n = tuple::len(vm, t);
    let r = (|| {
        for i in 0..n {
            let t = vm.root(mark);
            let k = vm.tuple_get(t, i);
            if !f(vm, k)? {
                break;
            }
        }
        Ok(())
    })();
    vm.pop_roots(mark);
    r
}

/// Set equality.
pub fn set_eq(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if dict::len(vm, a) != dict::len(vm, b) {
        return Ok(false);
    }
    is_subset(vm, a, b)
}

/// Whether every key of table `a` is in table `b`.
pub fn is_subset(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if dict::len(vm, a) > dict::len(vm, b) {
        return Ok(false);
    }
    let mark = vm.push_root(b);
    let mut all = true;
    let r = for_keys(vm, a, |vm, k| {
        let b = vm.root(mark);
        if !vm.contains(b, k)? {
            all = false;
        }
        Ok(all)
    });
    vm.pop_roots(mark);
    r.map(|_| all)
}

/// Removes from set `s` the keys of `o` (`keep == false`) or the keys not
/// in `o` (`keep == true`).
fn filter_inplace(vm: &mut Vm, s: Value, o: Value, keep: bool) -> PyResult<()> {
    let mark = vm.push_root(s);
    vm.push_root(o);
    let r = for_keys(vm, s, |vm, k| {
        let o = vm.root(mark + 1);
        let inside = vm.contains(o, k)?;
        if inside != keep {
            let s = vm.root(mark);
            dict::remove(vm, s, k)?;
        }
        Ok(true)
    });
    vm.pop_roots(mark);
    r
}

/// `s ^= o` for a set `s` and a set-like table `o`.
fn symdiff_inplace(vm: &mut Vm, s: Value, o: Value) -> PyResult<()> {
    if s == o {
        dict::clear(vm, s);
        return Ok(());
    }
    let mark = vm.push_root(s);
    let r = for_keys(vm, o, |vm, k| {
        let s = vm.root(mark);
        if dict::remove(vm, s, k)?.is_none() {
            let s = vm.root(mark);
            add(vm, s, k)?;
        }
        Ok(true)
    });
    vm.pop_roots(mark);
    r
}

/// A copy of table `s` as heap kind `k`.
fn copy_as(vm: &mut Vm, s: Value, k: u8) -> PyResult<Value> {
    let keys: Vec<Value> = dict::pairs(vm, s).into_iter().map(|p| p.0).collect();
    from_slice(vm, k, &keys)
}

/// Applies set operator `op` in place to set `s` with set `o`.
fn apply_inplace(vm: &mut Vm, op: BinOp, s: Value, o: Value) -> PyResult<()> {
    match op {
        BinOp::BitOr => update(vm, s, o),
        BinOp::BitAnd => filter_inplace(vm, s, o, true),
        BinOp::Sub => {
            if s == o {
                dict::clear(vm, s);
                return Ok(());
            }
            let mark = vm.push_root(s);
            let r = for_keys(vm, o, |vm, k| {
                let s = vm.root(mark);
                dict::remove(vm, s, k)?;
                Ok(true)
            });
            vm.pop_roots(mark);
            r
        }
        _ => symdiff_inplace(vm, s, o),
    }
}

fn is_set_op(op: BinOp) -> bool {
    matches!(
        op,
        BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor
    )
}

/// Set operators on two set-likes; `None` when not applicable.
pub fn binop(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    let view = |vm: &Vm, v: Value| vm.kind_of(v) == kind::DICT_VIEW && is_setlike(vm, v);
    let (va, vb) = (view(vm, a), view(vm, b));
    if !is_set_op(op) || !(va || vb || (is_set(vm, a) && is_set(vm, b))) {
        return Ok(None);
    }
    // The result has the kind of the left operand (a view gives a set).
    let k = if vm.kind_of(a) == kind::FROZENSET {
        kind::FROZENSET
    } else {
        kind::SET
    };
    let mark = vm.push_root(b);
    let r = (|| {
        let sa = to_set(vm, a)?;
        let out = copy_as(vm, sa, kind::SET)?;
        vm.push_root(out);
        let b = vm.root(mark);
        let sb = to_set(vm, b)?;
        let out = vm.root(mark + 1);
        apply_inplace(vm, op, out, sb)?;
        let out = vm.root(mark + 1);
        if k == kind::FROZENSET {
            // Same table, frozen kind: copy into a frozenset.
            return copy_as(vm, out, kind::FROZENSET);
        }
        Ok(out)
    })();
    vm.pop_roots(mark);
    r.map(Some)
}

/// In-place set operators (`s |= o`, ...) on a mutable set `a`.
pub fn inplace(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    if vm.kind_of(a) != kind::SET || !is_set_op(op) || !is_setlike(vm, b) {
        return Ok(None);
    }
    let mark = vm.push_root(a);
    let r = (|| {
        let sb = to_set(vm, b)?;
        let a = vm.root(mark);
        apply_inplace(vm, op, a, sb)
    })();
    let a = vm.root(mark);
    vm.pop_roots(mark);
    r.map(|_| Some(a))
}

fn self_set(vm: &mut Vm, a: &Args, mutable: bool) -> PyResult<Value> {
    let s = vm.arg(a, 0);
    let s = vm.base_value(s);
    let ok = if mutable {
        vm.kind_of(s) == kind::SET
    } else {
        is_set(vm, s)
    };
    if ok {
        return Ok(s);
    }
    let m = alloc::format!(
        "descriptor requires a 'set' object but received a '{}'",
        vm.type_name(s)
    );
    Err(vm.type_error(&m))
}

fn m_add(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = vm.arg(&a, 0);
    let s = if vm.kind_of(s) == kind::SET {
        s
    } else {
        self_set(vm, &a, true)?
    };
    let v = vm.arg(&a, 1);
    add(vm, s, v)?;
    Ok(Value::NONE)
}
/// A set used as a key of a set operation (`in`, `remove`, `discard`) is
/// looked up as the frozenset of its keys, as CPython does; other keys
/// as they are.
pub fn lookup_key(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if vm.kind_of(v) != kind::SET {
        return Ok(v);
    }
    copy_as(vm, v, kind::FROZENSET)
}

/// Removes `v` from set `s` (a set key as a frozenset); whether it was
/// there.
fn remove_key(vm: &mut Vm, s: Value, v: Value) -> PyResult<bool> {
    if vm.kind_of(v) != kind::SET {
        return Ok(dict::remove(vm, s, v)?.is_some());
    }
    let mark = vm.push_root(s);
    let k = lookup_key(vm, v);
    let s = vm.root(mark);
    vm.pop_roots(mark);
    Ok(dict::remove(vm, s, k?)?.is_some())
}

fn m_discard(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_set(vm, &a, true)?;
    let v = vm.arg(&a, 1);
    remove_key(vm, s, v)?;
    Ok(Value::NONE)
}
fn m_remove(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_set(vm, &a, true)?;
    let v = vm.arg(&a, 1);
    if !remove_key(vm, s, v)? {
        let v = vm.arg(&a, 1);
        return Err(vm.key_error(v));
    }
    Ok(Value::NONE)
}
fn m_pop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_set(vm, &a, true)?;
    let first = dict::pairs(vm, s).first().map(|p| p.0);
    let Some(k) = first else {
        return Err(vm.raise(TypeId::KeyError, "pop from an empty set"));
    };
    let mark = vm.push_root(k);
    let r = dict::remove(vm, s, k);
    let k = vm.root(mark);
    vm.pop_roots(mark);
    r.map(|_| k)
}
fn m_clear(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_set(vm, &a, true)?;
    dict::clear(vm, s);
    Ok(Value::NONE)
}
fn m_copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_set(vm, &a, false)?;
    let k = vm.kind_of(s);
    if k == kind::FROZENSET {
        return Ok(s);
    }
    copy_as(vm, s, k)
}

/// `s.op(*others)` returning a new set of the kind of `s`.
fn multi(vm: &mut Vm, a: Args, op: BinOp) -> PyResult<Value> {
    let s = self_set(vm, &a, false)?;
    let k = vm.kind_of(s);
    let out = copy_as(vm, s, kind::SET)?;
    let mark = vm.push_root(out);
    let r = (|| {
        for i in 1..a.n as usize {
            let o = vm.arg(&a, i);
            let o = to_set(vm, o)?;
            let out = vm.root(mark);
            apply_inplace(vm, op, out, o)?;
        }
        Ok(())
    })();
    let out = vm.root(mark);
    vm.pop_roots(mark);
    r?;
    if k == kind::FROZENSET {
        return copy_as(vm, out, kind::FROZENSET);
    }
    Ok(out)
}

/// `s.op_update(*others)` in place.
fn multi_update(vm: &mut Vm, a: Args, op: BinOp) -> PyResult<Value> {
    self_set(vm, &a, true)?;
    for i in 1..a.n as usize {
        let o = vm.arg(&a, i);
        let o = to_set(vm, o)?;
        let s = vm.arg(&a, 0);
        let s = vm.base_value(s);
        apply_inplace(vm, op, s, o)?;
    }
    Ok(Value::NONE)
}

fn m_union(vm: &mut Vm, a: Args) -> PyResult<Value> {
    multi(vm, a, BinOp::BitOr)
}
fn m_intersection(vm: &mut Vm, a: Args) -> PyResult<Value> {
    multi(vm, a, BinOp::BitAnd)
}
fn m_difference(vm: &mut Vm, a: Args) -> PyResult<Value> {
    multi(vm, a, BinOp::Sub)
}
fn m_symdiff(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.n != 2 {
        return Err(vm.type_error("symmetric_difference() takes exactly one argument"));
    }
    multi(vm, a, BinOp::BitXor)
}
fn m_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    multi_update(vm, a, BinOp::BitOr)
}
fn m_intersection_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    multi_update(vm, a, BinOp::BitAnd)
}
fn m_difference_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    multi_update(vm, a, BinOp::Sub)
}
fn m_symdiff_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.n != 2 {
        return Err(vm.type_error("symmetric_difference_update() takes exactly one argument"));
    }
    multi_update(vm, a, BinOp::BitXor)
}

/// The other operand of a relation method as a set.
fn other_set(vm: &mut Vm, a: &Args) -> PyResult<(Value, Value)> {
    let s = self_set(vm, a, false)?;
    let mark = vm.push_root(s);
    let o = vm.arg(a, 1);
    let o = to_set(vm, o);
    let s = vm.root(mark);
    vm.pop_roots(mark);
    Ok((s, o?))
}

fn m_issubset(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (s, o) = other_set(vm, &a)?;
    is_subset(vm, s, o).map(Value::bool)
}
fn m_issuperset(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (s, o) = other_set(vm, &a)?;
    is_subset(vm, o, s).map(Value::bool)
}
fn m_isdisjoint(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (s, o) = other_set(vm, &a)?;
    let mark = vm.push_root(o);
    let mut disjoint = true;
    let r = for_keys(vm, s, |vm, k| {
        let o = vm.root(mark);
        if vm.contains(o, k)? {
            disjoint = false;
        }
        Ok(disjoint)
    });
    vm.pop_roots(mark);
    r.map(|_| Value::bool(disjoint))
}

/// Equality when a dict keys/items view is involved (compared as sets);
/// `None` when neither side is such a view.
pub fn view_eq(vm: &mut Vm, a: Value, b: Value) -> PyResult<Option<bool>> {
    let view = |vm: &Vm, v: Value| vm.kind_of(v) == kind::DICT_VIEW && is_setlike(vm, v);
    if !(view(vm, a) || view(vm, b)) {
        return Ok(None);
    }
    if !(is_setlike(vm, a) && is_setlike(vm, b)) {
        return Ok(Some(false));
    }
    let mark = vm.push_root(b);
    let r = (|| {
        let sa = to_set(vm, a)?;
        vm.push_root(sa);
        let b = vm.root(mark);
        let sb = to_set(vm, b)?;
        let sa = vm.root(mark + 1);
        set_eq(vm, sa, sb)
    })();
    vm.pop_roots(mark);
    r.map(Some)
}

fn m_view_isdisjoint(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = vm.arg(&a, 0);
    let s = to_set(vm, v)?;
    let mark = vm.push_root(s);
    let o = vm.arg(&a, 1);
    let o = to_set(vm, o);
    let s = vm.root(mark);
    vm.pop_roots(mark);
    let o = o?;
    let mark = vm.push_root(o);
    let mut disjoint = true;
    let r = for_keys(vm, s, |vm, k| {
        let o = vm.root(mark);
        if vm.contains(o, k)? {
            disjoint = false;
        }
        Ok(disjoint)
    });
    vm.pop_roots(mark);
    r.map(|_| Value::bool(disjoint))
}

macro_rules! nd {
    ($n:expr, $f:expr) => {
        NativeDesc { name: $n, f: $f }
    };
}

/// Methods of `set`.
pub static METHODS: &[NativeDesc] = &[
    nd!(q::ADD, m_add),
    nd!(q::DISCARD, m_discard),
    nd!(q::REMOVE, m_remove),
    nd!(q::POP, m_pop),
    nd!(q::CLEAR, m_clear),
    nd!(q::COPY, m_copy),
    nd!(q::UPDATE, m_update),
    nd!(q::INTERSECTION_UPDATE, m_intersection_update),
    nd!(q::DIFFERENCE_UPDATE, m_difference_update),
    nd!(q::SYMMETRIC_DIFFERENCE_UPDATE, m_symdiff_update),
    nd!(q::UNION, m_union),
    nd!(q::INTERSECTION, m_intersection),
    nd!(q::DIFFERENCE, m_difference),
    nd!(q::SYMMETRIC_DIFFERENCE, m_symdiff),
    nd!(q::ISSUBSET, m_issubset),
    nd!(q::ISSUPERSET, m_issuperset),
    nd!(q::ISDISJOINT, m_isdisjoint),
    nd!(q::D_CONTAINS, super::seq::m_contains),
    nd!(q::D_LEN, super::seq::m_len),
    nd!(q::D_ITER, super::seq::m_iter),
];

/// Methods of dict keys/items views.
pub static VIEW_METHODS: &[NativeDesc] = &[nd!(q::ISDISJOINT, m_view_isdisjoint)];

/// Methods of `frozenset` (no mutators).
pub static FROZEN_METHODS: &[NativeDesc] = &[
    nd!(q::COPY, m_copy),
    nd!(q::UNION, m_union),
    nd!(q::INTERSECTION, m_intersection),
    nd!(q::DIFFERENCE, m_difference),
    nd!(q::SYMMETRIC_DIFFERENCE, m_symdiff),
    nd!(q::ISSUBSET, m_issubset),
    nd!(q::ISSUPERSET, m_issuperset),
    nd!(q::ISDISJOINT, m_isdisjoint),
    nd!(q::D_CONTAINS, super::seq::m_contains),
    nd!(q::D_LEN, super::seq::m_len),
    nd!(q::D_ITER, super::seq::m_iter),
];

/// Entries a new set filled from `v` makes room for up front: the length
/// of a list, tuple, set or dict (up to a bound, since duplicates may
/// make the set much smaller), else 8 (CPython's smallest set table), so
/// small sets from generators are not rebuilt while they fill.
fn initial_room(vm: &Vm, v: Value) -> usize {
    const UNKNOWN: usize = 8;
    const MAX_HINT: usize = 1024;
    let n = match vm.kind_of(v) {
        kind::LIST | kind::TUPLE => super::list::seq_store(vm, v).map_or(UNKNOWN, |(_, n)| n),
        kind::SET | kind::FROZENSET | kind::DICT => dict::len(vm, v),
        _ => UNKNOWN,
    };
    n.min(MAX_HINT)
}

fn construct(vm: &mut Vm, a: Args, k: u8) -> PyResult<Value> {
    if a.nkw > 0 {
        let m = alloc::format!(
            "{}() takes no keyword arguments",
            if k == kind::SET { "set" } else { "frozenset" }
        );
        return Err(vm.type_error(&m));
    }
    if a.n > 1 {
        let m = alloc::format!(
            "{} expected at most 1 argument, got {}",
            if k == kind::SET { "set" } else { "frozenset" },
            a.n
        );
        return Err(vm.type_error(&m));
    }
    if a.n == 1 && k == kind::FROZENSET {
        let v = vm.arg(&a, 0);
        if vm.kind_of(v) == kind::FROZENSET {
            return Ok(v);
        }
    }
    if a.n == 0 {
        return dict::new_table(vm, k, 0);
    }
    let v = vm.arg(&a, 0);
    let s = dict::new_table(vm, k, initial_room(vm, v))?;
    let mark = vm.push_root(s);
    let v = vm.arg(&a, 0);
    let r = update(vm, s, v);
    let s = vm.root(mark);
    vm.pop_roots(mark);
    r.map(|_| s)
}

/// `set(iterable)`.
pub fn new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    construct(vm, a, kind::SET)
}

/// `frozenset(iterable)`.
pub fn new_frozen(vm: &mut Vm, a: Args) -> PyResult<Value> {
    construct(vm, a, kind::FROZENSET)
}
