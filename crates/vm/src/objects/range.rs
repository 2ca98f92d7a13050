//! `range`: a three-value object `[start, stop, step]` whose bounds are ints
//! of either representation (any value fitting an `i64`; bigger bounds
//! raise OverflowError). Lengths and items are computed in `i128`, so
//! `len(range(-2**62, 2**62))` and `range(10**18, 10**18 + 3)` work. The
//! range iterator `[cur, stop, step]` follows the same rule: the fast path
//! in `iter.rs` handles small ints, [`iter_next_slow`] the rest.
//!
//! Methods: `index`, `count`; attributes `start`/`stop`/`step` come from
//! `num::attr`.

use crate::qstr::q;
use crate::types::{kind, NativeDesc, TypeId};
use crate::vm::{Args, PyResult, Vm};
use pycopy_gc::{Scan, Value};

use super::{int, num};

/// An int value of any representation as an `i64`, if it fits.
pub fn int_i64(vm: &Vm, v: Value) -> Option<i64> {
    v.as_int()
        .or_else(|| v.as_bool().map(i64::from))
        .or_else(|| int::with_ref(vm, v, |r| r.to_i64()).flatten())
}

fn alloc3(vm: &mut Vm, k: u8, vals: [i128; 3]) -> PyResult<Value> {
    let mark = vm.st.misc.len();
    for x in vals {
        let v = match int::from_i128(vm, x) {
            Ok(v) => v,
            Err(e) => {
                vm.pop_roots(mark);
                return Err(e);
            }
        };
        vm.push_root(v);
    }
    let r = vm.alloc(k, Scan::All, 3);
    let r = match r {
        Ok(r) => r,
        Err(e) => {
            vm.pop_roots(mark);
            return Err(e);
        }
    };
    for i in 0..3 {
        let v = vm.root(mark + i);
        vm.heap.set(r, i, v);
    }
    vm.pop_roots(mark);
    Ok(Value::from_ref(r))
}

/// A new range object.
pub fn new_range(vm: &mut Vm, start: i128, stop: i128, step: i128) -> PyResult<Value> {
    alloc3(vm, kind::RANGE, [start, stop, step])
}

/// `range(...)`.
pub fn new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.nkw > 0 {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let mut v = [0i64; 3];
    for (i, slot) in v.iter_mut().enumerate().take(a.n.min(3) as usize) {
        let x = vm.arg(&a, i);
        *slot = num::index_i64(vm, x)?;
    }
    let (s, e, st) = match a.n {
        1 => (0, v[0], 1),
        2 => (v[0], v[1], 1),
        3 => (v[0], v[1], v[2]),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        n => {
            let m = alloc::format!("range expected at most 3 arguments, got {n}");
            return Err(vm.type_error(&m));
        }
    };
    if st == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    new_range(vm, i128::from(s), i128::from(e), i128::from(st))
}

/// `(start, stop, step)`.
pub fn parts(vm: &Vm, r: Value) -> (i128, i128, i128) {
    let g = |i: usize, d: i64| i128::from(int_i64(vm, vm.slot(r, i)).unwrap_or(d));
    (g(0, 0), g(1, 0), g(2, 1))
}

/// Number of items.
pub fn length(vm: &Vm, r: Value) -> i128 {
    let (a, b, c) = parts(vm, r);
    len_of(a, b, c)
}

/// Number of items of `range(a, b, c)`.
pub fn len_of(a: i128, b: i128, c: i128) -> i128 {
    if c > 0 && b > a {
        (b - a + c - 1) / c
    } else if c < 0 && b < a {
        (a - b - c - 1) / (-c)
    } else {
        0
    }
}

/// `r[i]` for an int index.
pub fn item(vm: &mut Vm, r: Value, i: i128) -> PyResult<Value> {
    let n = length(vm, r);
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("range object index out of range"));
    }
    let (a, _, c) = parts(vm, r);
    int::from_i128(vm, a + j * c)
}

/// `r[key]` for any int-like key.
pub fn getitem(vm: &mut Vm, r: Value, k: Value) -> PyResult<Value> {
    match int_i64(vm, k) {
        Some(i) => item(vm, r, i128::from(i)),
        None => {
            let m = alloc::format!(
                "range indices must be integers or slices, not {}",
                vm.type_name(k)
            );
            if num::is_intlike(vm, k) {
                return Err(vm.index_error("range object index out of range"));
            }
            if vm.kind_of(k) == kind::INSTANCE {
                let i = num::index_i64(vm, k)?;
                return item(vm, r, i128::from(i));
            }
            Err(vm.type_error(&m))
        }
    }
}

/// `r[slice]`.
pub fn slice(vm: &mut Vm, r: Value, s: Value) -> PyResult<Value> {
    let n = length(vm, r);
    let n64 = i64::try_from(n).unwrap_or(i64::MAX);
    let (ra, _, rc) = parts(vm, r);
    let (a, b, c, _) = super::iter::slice_indices(vm, s, n64)?;
    let start = ra + i128::from(a) * rc;
    let step = rc * i128::from(c);
    let stop = ra + i128::from(b) * rc;
    new_range(vm, start, stop, step)
}

/// Index of int `i` in the range, if present.
fn position(vm: &Vm, r: Value, i: i128) -> Option<i128> {
    let (a, b, c) = parts(vm, r);
    let inside = if c > 0 {
        i >= a && i < b
    } else {
        i <= a && i > b
    };
    (inside && (i - a) % c == 0).then(|| (i - a) / c)
}

/// `x in r`: arithmetic for ints, equality scan otherwise.
pub fn contains(vm: &mut Vm, r: Value, x: Value) -> PyResult<bool> {
    if num::is_intlike(vm, x) {
        return Ok(match int_i64(vm, x) {
            Some(i) => position(vm, r, i128::from(i)).is_some(),
            None => false,
        });
    }
    Ok(scan_count(vm, r, x, true)? > 0)
}

/// Counts items equal to `x` by iterating (stops at the first when `first`).
fn scan_count(vm: &mut Vm, r: Value, x: Value, first: bool) -> PyResult<i128> {
    let (a, _, c) = parts(vm, r);
    let n = length(vm, r);
    let mark = vm.push_root(r);
    vm.push_root(x);
    let res = (|| {
        let mut count = 0;
        for j in 0..n {
            let v = int::from_i128(vm, a + j * c)?;
            let x = vm.root(mark + 1);
            if vm.eq(v, x)? {
                count += 1;
                if first {
                    break;
                }
            }
        }
        Ok(count)
    })();
    vm.pop_roots(mark);
    res
}

fn m_index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (r, x) = (vm.arg(&a, 0), vm.arg(&a, 1));
    if num::is_intlike(vm, x) {
        if let Some(p) = int_i64(vm, x).and_then(|i| position(vm, r, i128::from(i))) {
            return int::from_i128(vm, p);
        }
    } else {
        let (s, _, c) = parts(vm, r);
        let n = length(vm, r);
        for j in 0..n {
            let v = int::from_i128(vm, s + j * c)?;
            let x = vm.arg(&a, 1);
            if vm.eq(v, x)? {
                return int::from_i128(vm, j);
            }
        }
    }
    let x = vm.arg(&a, 1);
    let m = if num::is_intlike(vm, x) {
        alloc::format!("{} is not in range", vm.repr_string(x)?)
    } else {
        alloc::string::String::from("sequence.index(x): x not in sequence")
    };
    Err(vm.value_error(&m))
}

fn m_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (r, x) = (vm.arg(&a, 0), vm.arg(&a, 1));
    if num::is_intlike(vm, x) {
        let hit = int_i64(vm, x).and_then(|i| position(vm, r, i128::from(i)));
        return Ok(Value::from_small(i32::from(hit.is_some())));
    }
    let n = scan_count(vm, r, x, false)?;
    int::from_i128(vm, n)
}

/// `len(r)` as an `i64` (OverflowError beyond).
pub fn len_checked(vm: &mut Vm, r: Value) -> PyResult<i64> {
    let n = length(vm, r);
    i64::try_from(n).map_err(|_| {
        vm.raise(
            TypeId::OverflowError,
            "Python int too large to convert to C ssize_t",
        )
    })
}

/// `iter(r)` / `reversed(r)`.
pub fn iter(vm: &mut Vm, r: Value, reverse: bool) -> PyResult<Value> {
    let (a, b, c) = parts(vm, r);
    if !reverse {
        return alloc3(vm, kind::RANGE_ITER, [a, b, c]);
    }
    let n = len_of(a, b, c);
    let last = a + (n - 1) * c;
    alloc3(vm, kind::RANGE_ITER, [last, a - c, -c])
}

/// Next item of a range iterator whose values are not all small ints.
pub fn iter_next_slow(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    let (cur, stop, step) = parts(vm, it);
    if (step > 0 && cur < stop) || (step < 0 && cur > stop) {
        let mark = vm.push_root(it);
        let nv = int::from_i128(vm, cur + step);
        let it = vm.root(mark);
        vm.pop_roots(mark);
        vm.set_slot(it, 0, nv?);
        return int::from_i128(vm, cur).map(Some);
    }
    Ok(None)
}

/// Equality of two ranges (same sequence of values).
pub fn equal(vm: &Vm, a: Value, b: Value) -> bool {
    let key = |r: Value| {
        let (s, _, c) = parts(vm, r);
        let n = length(vm, r);
        (n, if n > 0 { s } else { 0 }, if n > 1 { c } else { 0 })
    };
    key(a) == key(b)
}

/// `hash(r)`: equal ranges (same values) hash alike.
pub fn hash(vm: &Vm, r: Value) -> i64 {
    let (s, _, c) = parts(vm, r);
    let n = length(vm, r);
    let (s, c) = (if n > 0 { s } else { 0 }, if n > 1 { c } else { 0 });
    let h = n
        .wrapping_mul(1_000_003)
        .wrapping_add(s.wrapping_mul(8191))
        .wrapping_add(c);
    (h as i64) & ((1 << 47) - 1)
}

/// `repr(r)`.
pub fn repr(vm: &Vm, r: Value) -> alloc::string::String {
    let (a, b, c) = parts(vm, r);
    if c == 1 {
        alloc::format!("range({a}, {b})")
    } else {
        alloc::format!("range({a}, {b}, {c})")
    }
}

/// Methods of `range`.
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
        f: m_index,
    },
    NativeDesc {
        name: q::COUNT,
        f: m_count,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_with_big_bounds() {
        assert_eq!(len_of(0, 10, 3), 4);
        assert_eq!(len_of(10, 0, -3), 4);
        assert_eq!(len_of(0, 0, 1), 0);
        assert_eq!(len_of(-(1 << 40), 1 << 40, 1 << 20), 1 << 21);
        let big = i128::from(i64::MAX);
        assert_eq!(len_of(-big, big, 1), 2 * big);
        assert_eq!(len_of(i128::from(i64::MIN), big, i128::from(i64::MAX)), 3);
    }
}
