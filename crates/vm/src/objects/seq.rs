//! Sequence methods shared by `list` and `tuple` (`index` with start/stop,
//! `count`), `list *= n`, and `slice.indices`. Every loop re-reads the
//! sequence from the (rooted) argument stack after each Python-level
//! comparison, since `__eq__` may run the collector.

use crate::qstr::q;
use crate::types::{kind, NativeDesc};
use crate::vm::{Args, PyResult, Vm};
use pycopy_gc::Value;

use super::{list, num, tuple};

fn seq_len(vm: &Vm, s: Value) -> usize {
    if vm.kind_of(s) == kind::LIST {
        list::len(vm, s)
    } else {
        tuple::len(vm, s)
    }
}

fn seq_get(vm: &Vm, s: Value, i: usize) -> Value {
    if vm.kind_of(s) == kind::LIST {
        list::get(vm, s, i)
    } else {
        vm.tuple_get(s, i)
    }
}

/// Resolves an optional start/stop bound of `index` against `n`.
fn bound(vm: &mut Vm, v: Option<Value>, n: i64, dflt: i64) -> PyResult<i64> {
    match v {
        None => Ok(dflt),
        Some(x) if x.is_none() => Ok(dflt),
        Some(x) => {
            let i = num::index_i64(vm, x)?;
            Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
        }
    }
}

/// `seq.index(x[, start[, stop]])` for lists and tuples.
pub fn m_index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.n < 2 || a.n > 4 {
        let m = alloc::format!("index expected at least 1 argument, got {}", a.n.max(1) - 1);
        return Err(vm.type_error(&m));
    }
    let s = vm.arg(&a, 0);
    let n = seq_len(vm, s) as i64;
    let start = bound(vm, (a.n > 2).then(|| vm.arg(&a, 2)), n, 0)?;
    let stop = bound(vm, (a.n > 3).then(|| vm.arg(&a, 3)), n, n)?;
    let mut i = start;
    while i < stop {
        let s = vm.arg(&a, 0);
        if i as usize >= seq_len(vm, s) {
            break;
        }
        let y = seq_get(vm, s, i as usize);
        let x = vm.arg(&a, 1);
        if vm.eq(y, x)? {
            return Ok(Value::int(i).unwrap_or(Value::from_small(0)));
        }
        i += 1;
    }
    let s = vm.arg(&a, 0);
    let m = if vm.kind_of(s) == kind::LIST {
        let r = vm.arg(&a, 1);
        alloc::format!("{} is not in list", vm.repr_string(r)?)
    } else {
        alloc::string::String::from("tuple.index(x): x not in tuple")
    };
    Err(vm.value_error(&m))
}

/// `seq.count(x)` for lists and tuples.
pub fn m_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.n != 2 {
        let m = alloc::format!(
            "count() takes exactly one argument ({} given)",
            a.n.max(1) - 1
        );
        return Err(vm.type_error(&m));
    }
    let mut c: i64 = 0;
    let mut i = 0;
    loop {
        let s = vm.arg(&a, 0);
        if i >= seq_len(vm, s) {
            break;
        }
        let y = seq_get(vm, s, i);
        let x = vm.arg(&a, 1);
        if vm.eq(y, x)? {
            c += 1;
        }
        i += 1;
    }
    Ok(Value::int(c).unwrap_or(Value::from_small(0)))
}

/// `l *= n` in place.
pub fn list_imul(vm: &mut Vm, l: Value, n: Value) -> PyResult<Value> {
    let count = num::index_i64(vm, n)?;
    let items = list::items(vm, l);
    if count <= 0 || items.is_empty() {
        for i in 0..items.len() {
            list::set(vm, l, i, Value::NONE);
        }
        vm.set_slot(l, list::LEN, Value::from_small(0));
        return Ok(l);
    }
    let total = (items.len() as u64).saturating_mul(count as u64);
    if total > (vm.heap.total_bytes() / 8) as u64 {
        return Err(vm.raise(
            crate::types::TypeId::MemoryError,
            "memory allocation failed",
        ));
    }
    let mark = vm.push_root(l);
    let r = list::reserve(vm, l, total as usize - items.len());
    let l = vm.root(mark);
    vm.pop_roots(mark);
    r?;
    // The first copy is already in place; items are immediates or objects
    // the list itself keeps alive.
    let first = list::items(vm, l);
    let k = first.len();
    for rep in 1..count as usize {
        for (j, v) in first.iter().enumerate() {
            list::set(vm, l, rep * k + j, *v);
        }
    }
    vm.set_slot(
        l,
        list::LEN,
        Value::int(total as i64).unwrap_or(Value::from_small(0)),
    );
    Ok(l)
}

fn m_indices(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = vm.arg(&a, 1);
    let n = num::index_i64(vm, n)?;
    let s = vm.arg(&a, 0);
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step, _) = super::iter::slice_indices(vm, s, n)?;
    let v = |i: i64| Value::int(i).unwrap_or(Value::from_small(0));
    tuple::new_tuple(vm, &[v(start), v(stop), v(step)])
}

/// `c.__contains__(x)` for builtin containers.
pub fn m_contains(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::corefns::arity(vm, &a, "__contains__", 2, 2)?;
    let (c, x) = (vm.arg(&a, 0), vm.arg(&a, 1));
    vm.contains(c, x).map(Value::bool)
}

/// `c.__len__()` for builtin containers.
pub fn m_len(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::corefns::arity(vm, &a, "__len__", 1, 1)?;
    let c = vm.arg(&a, 0);
    let n = crate::builtins::len_of(vm, c)?;
    Ok(Value::int(n).unwrap_or(Value::from_small(0)))
}

/// `c.__getitem__(k)` for builtin containers.
pub fn m_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::corefns::arity(vm, &a, "__getitem__", 2, 2)?;
    let (c, k) = (vm.arg(&a, 0), vm.arg(&a, 1));
    vm.getitem(c, k)
}

/// `c.__iter__()` for builtin containers.
pub fn m_iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::corefns::arity(vm, &a, "__iter__", 1, 1)?;
    let c = vm.arg(&a, 0);
    vm.get_iter(c)
}

fn m_next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::corefns::arity(vm, &a, "__next__", 1, 1)?;
    let it = vm.arg(&a, 0);
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration()),
    }
}

fn m_iter_self(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::corefns::arity(vm, &a, "__iter__", 1, 1)?;
    Ok(vm.arg(&a, 0))
}

/// Methods of the builtin iterators (`__iter__` returns self).
pub static ITER_METHODS: &[NativeDesc] = &[
    NativeDesc {
        name: q::D_NEXT,
        f: m_next,
    },
    NativeDesc {
        name: q::D_ITER,
        f: m_iter_self,
    },
];

/// Methods of `slice`.
pub static SLICE_METHODS: &[NativeDesc] = &[NativeDesc {
    name: q::INDICES,
    f: m_indices,
}];
