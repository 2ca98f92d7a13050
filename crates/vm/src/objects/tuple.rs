//! `tuple`: an all-values heap object, items in place.

use crate::qstr::q;
use crate::types::{kind, NativeDesc};
use crate::vm::{Args, PyResult, Vm};
use pycopy_gc::{Scan, Value};

/// A tuple of `items` (values are read before allocating and written after;
/// the caller must keep them rooted if they are heap references it needs later).
pub fn new_tuple(vm: &mut Vm, items: &[Value]) -> PyResult<Value> {
    // The items may be heap references only held in `items`; root them.
    let mark = vm.st.misc.len();
    vm.st.misc.extend_from_slice(items);
    let r = vm.alloc(kind::TUPLE, Scan::All, items.len());
    let r = match r {
        Ok(r) => r,
        Err(e) => {
            vm.pop_roots(mark);
            return Err(e);
        }
    };
    for i in 0..items.len() {
        let v = vm.root(mark + i);
        vm.heap.set(r, i, v);
    }
    vm.pop_roots(mark);
    Ok(Value::from_ref(r))
}

/// A tuple of `n` Nones to be filled by the caller.
pub fn new_tuple_n(vm: &mut Vm, n: usize) -> PyResult<Value> {
    vm.alloc(kind::TUPLE, Scan::All, n).map(Value::from_ref)
}

/// Copies the `n` value-stack slots starting at `from` into the first
/// value words of heap object `dst` (a tuple, or a list's items array).
/// Allocates nothing: callers allocate `dst` first, then copy the rooted
/// registers in.
#[inline]
pub fn fill_from_stack(vm: &mut Vm, dst: Value, from: usize, n: usize) {
    let Some(r) = dst.as_ref() else { return };
    let Some(src) = from.checked_add(n).and_then(|e| vm.st.stack.get(from..e)) else {
        return;
    };
    if let Some(d) = vm.heap.values_mut(r).get_mut(..n) {
        d.copy_from_slice(src);
    }
}

/// Length of a tuple.
#[inline]
pub fn len(vm: &Vm, t: Value) -> usize {
    match t.as_ref() {
        Some(r) => vm.heap.len_words(r),
        None => 0,
    }
}

/// A tuple with the items of list `l`.
pub fn from_list(vm: &mut Vm, l: Value) -> PyResult<Value> {
    let mark = vm.push_root(l);
    let n = crate::objects::list::len(vm, l);
    let t = new_tuple_n(vm, n);
    let l = vm.root(mark);
    vm.pop_roots(mark);
    let t = t?;
    for i in 0..n {
        let x = crate::objects::list::get(vm, l, i);
        vm.set_slot(t, i, x);
    }
    Ok(t)
}

/// Methods of `tuple`.
pub static METHODS: &[NativeDesc] = &[
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
        name: q::INDEX,
        f: super::seq::m_index,
    },
    NativeDesc {
        name: q::COUNT,
        f: super::seq::m_count,
    },
];

/// `tuple(iterable)`.
pub fn new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.n > 1 {
        return Err(super::corefns::arity_error(vm, "tuple", 0, 1, a.n));
    }
    if a.n == 0 {
        return new_tuple(vm, &[]);
    }
    let v = vm.arg(&a, 0);
    if vm.kind_of(v) == kind::TUPLE {
        return Ok(v);
    }
    let l = crate::objects::list::from_iter(vm, v)?;
    from_list(vm, l)
}

impl Vm {
    /// Item `i` of a tuple (None when out of range).
    #[inline(always)]
    pub fn tuple_get(&self, t: Value, i: usize) -> Value {
        self.slot(t, i)
    }
}
