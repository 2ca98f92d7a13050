//! `range`: a three-value object `[start, stop, step]` whose bounds are ints
//! of any size (small or heap ints). When all three are small ints (the
//! common case) lengths, items and membership are computed in `i128`;
//! otherwise in big-int arithmetic, so `range(10**30)[-1]` and
//! `10**25 in range(0, 10**30, 5)` work while `len()` of a range longer
//! than `sys.maxsize` raises OverflowError as in CPython. The range iterator
//! `[cur, stop, step]` follows the same rule: the fast path in `iter.rs`
//! handles small ints, [`iter_next_slow`] the rest.
//!
//! Methods: `index`, `count` (and the container dunders); attributes
//! `start`/`stop`/`step` come from `num::attr`.

use crate::qstr::q;
use crate::types::{kind, NativeDesc, TypeId};
use crate::vm::{Args, PyResult, Vm};
use core::cmp::Ordering;
use pycopy_bigint::{self as bi, BigInt};
use pycopy_gc::{Scan, Value};

use super::{int, num};

/// An int value of any representation as an `i64`, if it fits.
pub fn int_i64(vm: &Vm, v: Value) -> Option<i64> {
    v.as_int()
        .or_else(|| v.as_bool().map(i64::from))
        .or_else(|| int::with_ref(vm, v, |r| r.to_i64()).flatten())
}

fn big(vm: &Vm, v: Value) -> BigInt {
    int::to_big(vm, v).unwrap_or_else(|| BigInt::from(0i64))
}

fn add(a: &BigInt, b: &BigInt) -> BigInt {
    bi::add(a.as_ref(), b.as_ref())
}
fn sub(a: &BigInt, b: &BigInt) -> BigInt {
    bi::sub(a.as_ref(), b.as_ref())
}
fn mul(a: &BigInt, b: &BigInt) -> BigInt {
    bi::mul(a.as_ref(), b.as_ref())
}
fn cmp(a: &BigInt, b: &BigInt) -> Ordering {
    bi::cmp(a.as_ref(), b.as_ref())
}
fn sign(a: &BigInt) -> Ordering {
    if a.is_zero() {
        Ordering::Equal
    } else if a.is_negative() {
        Ordering::Less
    } else {
        Ordering::Greater
    }
}
fn fdiv(a: &BigInt, b: &BigInt) -> BigInt {
    bi::floordiv(a.as_ref(), b.as_ref()).unwrap_or_else(|_| BigInt::from(0i64))
}
fn fmod(a: &BigInt, b: &BigInt) -> BigInt {
    bi::modulo(a.as_ref(), b.as_ref()).unwrap_or_else(|_| BigInt::from(0i64))
}

/// Allocates a range (or range iterator) object from three int values.
fn alloc3(vm: &mut Vm, k: u8, vals: [&BigInt; 3]) -> PyResult<Value> {
    let mark = vm.st.misc.len();
    for x in vals {
        let v = match int::from_big(vm, x) {
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
    let (a, b, c) = (BigInt::from(start), BigInt::from(stop), BigInt::from(step));
    alloc3(vm, kind::RANGE, [&a, &b, &c])
}

/// `range(...)`.
pub fn new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.nkw > 0 {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    if a.n == 0 || a.n > 3 {
        let m = if a.n == 0 {
            alloc::string::String::from("range expected at least 1 argument, got 0")
        } else {
            alloc::format!("range expected at most 3 arguments, got {}", a.n)
        };
        return Err(vm.type_error(&m));
    }
    let mut v: [BigInt; 3] = [BigInt::from(0i64), BigInt::from(0i64), BigInt::from(1i64)];
    let slots: &[usize] = match a.n {
        1 => &[1],
        2 => &[0, 1],
        _ => &[0, 1, 2],
    };
    for (i, slot) in slots.iter().enumerate() {
        let x = vm.arg(&a, i);
        let x = num::index_value(vm, x)?;
        if let Some(p) = v.get_mut(*slot) {
            *p = big(vm, x);
        }
    }
    let [s, e, st] = v;
    if st.is_zero() {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    alloc3(vm, kind::RANGE, [&s, &e, &st])
}

/// `(start, stop, step)` when all three are small ints.
fn small(vm: &Vm, r: Value) -> Option<(i128, i128, i128)> {
    let g = |i: usize| vm.slot(r, i).as_int().map(i128::from);
    Some((g(0)?, g(1)?, g(2)?))
}

/// `(start, stop, step)` as big ints.
fn parts_big(vm: &Vm, r: Value) -> (BigInt, BigInt, BigInt) {
    (
        big(vm, vm.slot(r, 0)),
        big(vm, vm.slot(r, 1)),
        big(vm, vm.slot(r, 2)),
    )
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

fn len_big(a: &BigInt, b: &BigInt, c: &BigInt) -> BigInt {
    let one = BigInt::from(1i64);
    match sign(c) {
        Ordering::Greater if cmp(b, a) == Ordering::Greater => {
            fdiv(&sub(&add(&sub(b, a), c), &one), c)
        }
        Ordering::Less if cmp(b, a) == Ordering::Less => {
            let nc = sub(&BigInt::from(0i64), c);
            fdiv(&sub(&sub(&sub(a, b), c), &one), &nc)
        }
        _ => BigInt::from(0i64),
    }
}

/// Number of items, saturating at `i128::MAX` for astronomically long
/// ranges.
pub fn length(vm: &Vm, r: Value) -> i128 {
    if let Some((a, b, c)) = small(vm, r) {
        return len_of(a, b, c);
    }
    let (a, b, c) = parts_big(vm, r);
    len_big(&a, &b, &c).to_i128().unwrap_or(i128::MAX)
}

/// `r[i]` for an int index (any size).
fn item_big(vm: &mut Vm, r: Value, i: &BigInt) -> PyResult<Value> {
    let (a, b, c) = parts_big(vm, r);
    let n = len_big(&a, &b, &c);
    let j = if i.is_negative() {
        add(i, &n)
    } else {
        i.clone()
    };
    if j.is_negative() || cmp(&j, &n) != Ordering::Less {
        return Err(vm.index_error("range object index out of range"));
    }
    int::from_big(vm, &add(&a, &mul(&j, &c)))
}

/// `r[key]` for any int-like key.
pub fn getitem(vm: &mut Vm, r: Value, k: Value) -> PyResult<Value> {
    if let (Some((a, b, c)), Some(i)) = (small(vm, r), k.as_int()) {
        let n = len_of(a, b, c);
        let i = i128::from(i);
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(vm.index_error("range object index out of range"));
        }
        return int::from_i128(vm, a + j * c);
    }
    if num::is_intlike(vm, k) || vm.kind_of(k) == kind::INSTANCE {
        let mark = vm.push_root(r);
        let i = num::index_value(vm, k);
        let r = vm.root(mark);
        vm.pop_roots(mark);
        let i = big(vm, i?);
        return item_big(vm, r, &i);
    }
    let m = alloc::format!(
        "range indices must be integers or slices, not {}",
        vm.type_name(k)
    );
    Err(vm.type_error(&m))
}

/// Resolves one slice bound against length `n` (CPython's rules).
fn bound(v: Option<BigInt>, n: &BigInt, dflt: BigInt, lower: &BigInt, upper: &BigInt) -> BigInt {
    match v {
        None => dflt,
        Some(x) => {
            let x = if x.is_negative() { add(&x, n) } else { x };
            if cmp(&x, lower) == Ordering::Less {
                lower.clone()
            } else if cmp(&x, upper) == Ordering::Greater {
                upper.clone()
            } else {
                x
            }
        }
    }
}

/// `r[slice]` (big-int exact, any length).
pub fn slice(vm: &mut Vm, r: Value, s: Value) -> PyResult<Value> {
    let mark = vm.push_root(r);
    vm.push_root(s);
    let res = (|| {
        let mut part = [None, None, None];
        for (i, p) in part.iter_mut().enumerate() {
            let s = vm.root(mark + 1);
            let v = vm.slot(s, i);
            if !v.is_none() {
                let x = num::index_value(vm, v)?;
                *p = Some(big(vm, x));
            }
        }
        let [start, stop, step] = part;
        let step = step.unwrap_or_else(|| BigInt::from(1i64));
        if step.is_zero() {
            return Err(vm.value_error("slice step cannot be zero"));
        }
        let r = vm.root(mark);
        let (ra, rb, rc) = parts_big(vm, r);
        let n = len_big(&ra, &rb, &rc);
        let (lower, upper) = if step.is_negative() {
            (BigInt::from(-1i64), sub(&n, &BigInt::from(1i64)))
        } else {
            (BigInt::from(0i64), n.clone())
        };
        let (d_start, d_stop) = if step.is_negative() {
            (upper.clone(), lower.clone())
        } else {
            (lower.clone(), upper.clone())
        };
        let a = bound(start, &n, d_start, &lower, &upper);
        let b = bound(stop, &n, d_stop, &lower, &upper);
        let start = add(&ra, &mul(&a, &rc));
        let stop = add(&ra, &mul(&b, &rc));
        let step = mul(&rc, &step);
        alloc3(vm, kind::RANGE, [&start, &stop, &step])
    })();
    vm.pop_roots(mark);
    res
}

/// Index of int `i` in the range, if present.
fn position(vm: &Vm, r: Value, x: Value) -> Option<BigInt> {
    if let (Some((a, b, c)), Some(i)) = (small(vm, r), x.as_int()) {
        let i = i128::from(i);
        let inside = if c > 0 {
            i >= a && i < b
        } else {
            i <= a && i > b
        };
        return (inside && (i - a) % c == 0).then(|| BigInt::from((i - a) / c));
    }
    let (a, b, c) = parts_big(vm, r);
    let i = big(vm, x);
    let inside = if sign(&c) == Ordering::Greater {
        cmp(&i, &a) != Ordering::Less && cmp(&i, &b) == Ordering::Less
    } else {
        cmp(&i, &a) != Ordering::Greater && cmp(&i, &b) == Ordering::Greater
    };
    let d = sub(&i, &a);
    (inside && fmod(&d, &c).is_zero()).then(|| fdiv(&d, &c))
}

/// `x in r`: arithmetic for ints, equality scan otherwise.
pub fn contains(vm: &mut Vm, r: Value, x: Value) -> PyResult<bool> {
    if num::is_intlike(vm, x) {
        let x = x.as_bool().map_or(x, |b| Value::from_small(i32::from(b)));
        return Ok(position(vm, r, x).is_some());
    }
    Ok(scan_count(vm, r, x, true)? > 0)
}

/// Counts items equal to `x` by iterating (stops at the first when `first`).
fn scan_count(vm: &mut Vm, r: Value, x: Value, first: bool) -> PyResult<i128> {
    let mark = vm.push_root(r);
    vm.push_root(x);
    let res = (|| {
        let it = iter(vm, r, false)?;
        vm.push_root(it);
        let mut count = 0;
        loop {
            let it = vm.root(mark + 2);
            let Some(v) = vm.next(it)? else {
                return Ok(count);
            };
            let x = vm.root(mark + 1);
            if vm.eq(v, x)? {
                count += 1;
                if first {
                    return Ok(count);
                }
            }
        }
    })();
    vm.pop_roots(mark);
    res
}

fn m_index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    super::corefns::arity(vm, &a, "index", 2, 2)?;
    let (r, x) = (vm.arg(&a, 0), vm.arg(&a, 1));
    if num::is_intlike(vm, x) {
        let xv = x.as_bool().map_or(x, |b| Value::from_small(i32::from(b)));
        if let Some(p) = position(vm, r, xv) {
            return int::from_big(vm, &p);
        }
        let m = alloc::format!("{} is not in range", vm.repr_string(x)?);
        return Err(vm.value_error(&m));
    }
    // Generic objects: position of the first equal item.
    let it = iter(vm, r, false)?;
    let mark = vm.push_root(it);
    let res = (|| {
        let mut j: i64 = 0;
        loop {
            let it = vm.root(mark);
            let Some(v) = vm.next(it)? else {
                return Err(vm.value_error("sequence.index(x): x not in sequence"));
            };
            let x = vm.arg(&a, 1);
            if vm.eq(v, x)? {
                return Ok(Value::int(j).unwrap_or(Value::from_small(0)));
            }
            j += 1;
        }
    })();
    vm.pop_roots(mark);
    res
}

fn m_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    super::corefns::arity(vm, &a, "count", 2, 2)?;
    let (r, x) = (vm.arg(&a, 0), vm.arg(&a, 1));
    if num::is_intlike(vm, x) {
        let x = x.as_bool().map_or(x, |b| Value::from_small(i32::from(b)));
        return Ok(Value::from_small(i32::from(position(vm, r, x).is_some())));
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
    let (a, b, c) = parts_big(vm, r);
    if !reverse {
        return alloc3(vm, kind::RANGE_ITER, [&a, &b, &c]);
    }
    let n = len_big(&a, &b, &c);
    let last = add(&a, &mul(&sub(&n, &BigInt::from(1i64)), &c));
    let stop = sub(&a, &c);
    let step = sub(&BigInt::from(0i64), &c);
    alloc3(vm, kind::RANGE_ITER, [&last, &stop, &step])
}

/// Next item of a range iterator whose values are not all small ints.
pub fn iter_next_slow(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    let (cur, stop, step) = parts_big(vm, it);
    let more = match sign(&step) {
        Ordering::Greater => cmp(&cur, &stop) == Ordering::Less,
        _ => cmp(&cur, &stop) == Ordering::Greater,
    };
    if !more {
        return Ok(None);
    }
    let mark = vm.push_root(it);
    let nv = int::from_big(vm, &add(&cur, &step));
    let it = vm.root(mark);
    vm.pop_roots(mark);
    vm.set_slot(it, 0, nv?);
    int::from_big(vm, &cur).map(Some)
}

/// Equality of two ranges (same sequence of values).
pub fn equal(vm: &Vm, a: Value, b: Value) -> bool {
    let key = |r: Value| {
        let (s, e, c) = parts_big(vm, r);
        let n = len_big(&s, &e, &c);
        let one = BigInt::from(1i64);
        let s = if n.is_zero() { BigInt::from(0i64) } else { s };
        let c = if cmp(&n, &one) == Ordering::Greater {
            c
        } else {
            BigInt::from(0i64)
        };
        (n, s, c)
    };
    let (x, y) = (key(a), key(b));
    cmp(&x.0, &y.0) == Ordering::Equal
        && cmp(&x.1, &y.1) == Ordering::Equal
        && cmp(&x.2, &y.2) == Ordering::Equal
}

/// `hash(r)`: equal ranges (same values) hash alike.
pub fn hash(vm: &Vm, r: Value) -> i64 {
    let (s, e, c) = parts_big(vm, r);
    let n = len_big(&s, &e, &c);
    let h = |x: &BigInt| bi::hash(x.as_ref());
    let (hs, hc) = if n.is_zero() {
        (0, 0)
    } else if cmp(&n, &BigInt::from(1i64)) == Ordering::Equal {
        (h(&s), 0)
    } else {
        (h(&s), h(&c))
    };
    let v = h(&n)
        .wrapping_mul(1_000_003)
        .wrapping_add(hs.wrapping_mul(8191))
        .wrapping_add(hc);
    v & ((1 << 47) - 1)
}

/// `repr(r)`.
pub fn repr(vm: &Vm, r: Value) -> alloc::string::String {
    let t = |i: usize| int::to_string(vm, vm.slot(r, i), 10);
    if vm.slot(r, 2).as_int() == Some(1) {
        alloc::format!("range({}, {})", t(0), t(1))
    } else {
        alloc::format!("range({}, {}, {})", t(0), t(1), t(2))
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

    #[test]
    fn big_lengths_agree_with_small() {
        for (a, b, c) in [
            (0, 10, 3),
            (10, 0, -3),
            (5, 5, 1),
            (-7, 20, 4),
            (20, -7, -4),
        ] {
            let n = len_big(&BigInt::from(a), &BigInt::from(b), &BigInt::from(c));
            assert_eq!(n.to_i128(), Some(len_of(a, b, c)));
        }
        let huge = bi::pow(BigInt::from(10i64).as_ref(), BigInt::from(30i64).as_ref())
            .unwrap_or_else(|_| BigInt::from(0i64));
        let n = len_big(&BigInt::from(0i64), &huge, &BigInt::from(5i64));
        let want = fdiv(&huge, &BigInt::from(5i64));
        assert_eq!(cmp(&n, &want), Ordering::Equal);
    }
}
