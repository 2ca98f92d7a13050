//! Builtin functions over iterables: `iter` (incl. the callable/sentinel
//! form, a `CALL_ITER` object `[callable, sentinel]`), `min`/`max` (key,
//! default, one iterable or several arguments), `sum` (start), `sorted`
//! (key, reverse, keyword-only), and `enumerate`'s counter.

use crate::qstr::q;
use crate::types::kind;
use crate::vm::{Args, PyResult, Vm};
use pycopy_compiler::bytecode::BinOp;
use pycopy_gc::{Scan, Value};

use super::list;

/// Rejects keyword arguments other than `allowed`.
pub fn check_kwargs(vm: &mut Vm, a: &Args, fname: &str, allowed: &[u32]) -> PyResult<()> {
    for i in 0..a.nkw as usize {
        let k = vm.tuple_get(vm.kwnames(a), i);
        if !allowed.iter().any(|n| vm.str_eq(k, Value::qstr(*n))) {
            let m = alloc::format!(
                "'{}' is an invalid keyword argument for {fname}()",
                vm.str_of(k).unwrap_or("?")
            );
            return Err(vm.type_error(&m));
        }
    }
    Ok(())
}

/// `callable(v)`.
pub fn is_callable(vm: &Vm, v: Value) -> bool {
    let k = vm.kind_of(v);
    v.is_static()
        || matches!(
            k,
            kind::FUNC | kind::BOUND | kind::NATIVE_BOUND | kind::CLASS
        )
        || (k == kind::INSTANCE && {
            let t = vm.type_of(v);
            super::class::lookup(vm, t, Value::qstr(q::D_CALL)).is_some()
        })
}

/// `iter(x)` / `iter(callable, sentinel)`.
pub fn builtin_iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match a.n {
        1 => {
            let v = vm.arg(&a, 0);
            vm.get_iter(v)
        }
        2 => {
            let f = vm.arg(&a, 0);
            if !is_callable(vm, f) {
                return Err(vm.type_error("iter(v, w): v must be callable"));
            }
            let r = vm.alloc(kind::CALL_ITER, Scan::All, 2)?;
            let (f, s) = (vm.arg(&a, 0), vm.arg(&a, 1));
            vm.heap.set(r, 0, f);
            vm.heap.set(r, 1, s);
            Ok(Value::from_ref(r))
        }
        n => Err(super::corefns::arity_error(vm, "iter", 1, 2, n)),
    }
}

/// Next item of a callable iterator: call, stop at the sentinel (and stay
/// exhausted afterwards).
pub fn call_iter_next(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    let f = vm.slot(it, 0);
    if f.is_none() {
        return Ok(None);
    }
    let mark = vm.push_root(it);
    let r = vm.call(f, &[]);
    let it = vm.root(mark);
    vm.pop_roots(mark);
    let v = r?;
    let sentinel = vm.slot(it, 1);
    let mark = vm.push_root(it);
    vm.push_root(v);
    let same = vm.eq(v, sentinel);
    let it = vm.root(mark);
    let v = vm.root(mark + 1);
    vm.pop_roots(mark);
    if same? {
        vm.set_slot(it, 0, Value::NONE);
        return Ok(None);
    }
    Ok(Some(v))
}

/// `min`/`max` of plain small ints or plain floats: the values themselves
/// (as positional arguments, or the items of one list or tuple), compared
/// as `minmax` compares them (the first best one wins); `None` otherwise.
fn minmax_numbers(vm: &Vm, a: &Args, is_max: bool) -> Option<Value> {
    if a.nkw > 0 || a.n == 0 {
        return None;
    }
    let at = a.base as usize;
    let vals: &[Value] = if a.n == 1 {
        let (r, n) = super::list::seq_store(vm, vm.st.stack.get(at).copied()?)?;
        vm.heap.values(r).get(..n)?
    } else {
        vm.st.stack.get(at..at + a.n as usize)?
    };
    let (&first, rest) = vals.split_first()?;
    let mut best = first;
    if vals.iter().all(|v| v.is_int()) {
        for &x in rest {
            let (b, y) = (best.int_unchecked(), x.int_unchecked());
            if (is_max && b < y) || (!is_max && y < b) {
                best = x;
            }
        }
        return Some(best);
    }
    if vals.iter().all(|v| v.is_float()) {
        for &x in rest {
            let (b, y) = (best.as_float()?, x.as_float()?);
            if (is_max && b < y) || (!is_max && y < b) {
                best = x;
            }
        }
        return Some(best);
    }
    None
}

fn minmax(vm: &mut Vm, a: Args, is_max: bool) -> PyResult<Value> {
    if let Some(v) = minmax_numbers(vm, &a, is_max) {
        return Ok(v);
    }
    let name = if is_max { "max" } else { "min" };
    check_kwargs(vm, &a, name, &[q::KEY, q::DEFAULT])?;
    let key_of = |vm: &Vm| vm.kwarg(&a, q::KEY).filter(|k| !k.is_none());
    let dflt = vm.kwarg(&a, q::DEFAULT);
    if a.n == 0 {
        let m = alloc::format!("{name} expected at least 1 argument, got 0");
        return Err(vm.type_error(&m));
    }
    if a.n > 1 && dflt.is_some() {
        let m = alloc::format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        );
        return Err(vm.type_error(&m));
    }
    let items = if a.n == 1 {
        let v = vm.arg(&a, 0);
        vm.collect_iter(v)?
    } else {
        (0..a.n as usize).map(|i| vm.arg(&a, i)).collect()
    };
    if items.is_empty() {
        if let Some(d) = vm.kwarg(&a, q::DEFAULT) {
            return Ok(d);
        }
        let m = alloc::format!("{name}() arg is an empty sequence");
        return Err(vm.value_error(&m));
    }
    let l = list::from_slice(vm, &items)?;
    let mark = vm.push_root(l);
    let r = (|| {
        let l = vm.root(mark);
        let best = list::get(vm, l, 0);
        let bk = match key_of(vm) {
            Some(k) => vm.call(k, &[best])?,
            None => best,
        };
        let l = vm.root(mark);
        let best = list::get(vm, l, 0);
        vm.push_root(best);
        vm.push_root(bk);
        for i in 1..items.len() {
            let l = vm.root(mark);
            let x = list::get(vm, l, i);
            let xk = match key_of(vm) {
                Some(k) => vm.call(k, &[x])?,
                None => x,
            };
            vm.push_root(xk);
            let bk2 = vm.root(mark + 2);
            let better = if is_max {
                vm.lt(bk2, xk)?
            } else {
                vm.lt(xk, bk2)?
            };
            let xk = vm.root(mark + 3);
            vm.st.misc.pop();
            if better {
                let l = vm.root(mark);
                let best = list::get(vm, l, i);
                vm.set_root(mark + 1, best);
                vm.set_root(mark + 2, xk);
            }
        }
        Ok(vm.root(mark + 1))
    })();
    vm.pop_roots(mark);
    r
}

/// `min(...)`.
pub fn builtin_min(vm: &mut Vm, a: Args) -> PyResult<Value> {
    minmax(vm, a, false)
}

/// `max(...)`.
pub fn builtin_max(vm: &mut Vm, a: Args) -> PyResult<Value> {
    minmax(vm, a, true)
}

/// `sum(iterable, /, start=0)`.
pub fn builtin_sum(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_kwargs(vm, &a, "sum", &[q::START])?;
    if a.n == 0 || a.n > 2 {
        let m = if a.n == 0 {
            alloc::string::String::from("sum() takes at least 1 positional argument (0 given)")
        } else {
            alloc::format!("sum() takes at most 2 arguments ({} given)", a.n)
        };
        return Err(vm.type_error(&m));
    }
    let start = if a.n > 1 {
        vm.arg(&a, 1)
    } else {
        vm.kwarg(&a, q::START).unwrap_or(Value::from_small(0))
    };
    if vm.is_str(start) {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let k = vm.kind_of(start);
    if k == kind::BYTES || k == kind::BYTEARRAY {
        return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    let v = vm.arg(&a, 0);
    let it = vm.get_iter(v)?;
    let mark = vm.push_root(it);
    let start = if a.n > 1 {
        vm.arg(&a, 1)
    } else {
        vm.kwarg(&a, q::START).unwrap_or(Value::from_small(0))
    };
    vm.push_root(start);
    let r = (|| {
        // Float accumulation in a local while the items stay floats/ints.
        loop {
            let it = vm.root(mark);
            let Some(x) = vm.next(it)? else {
                return Ok(vm.root(mark + 1));
            };
            let acc = vm.root(mark + 1);
            let n = match (acc.as_int(), x.as_int()) {
                (Some(p), Some(q)) => match p.checked_add(q).and_then(Value::int) {
                    Some(v) => v,
                    None => vm.binop(BinOp::Add, acc, x)?,
                },
                _ => match (acc.as_float(), x.as_float()) {
                    (Some(p), Some(q)) => Value::float(p + q),
                    _ => vm.binop(BinOp::Add, acc, x)?,
                },
            };
            vm.set_root(mark + 1, n);
        }
    })();
    vm.pop_roots(mark);
    r
}

/// `sorted(iterable, /, *, key=None, reverse=False)`.
pub fn builtin_sorted(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.n != 1 {
        let m = alloc::format!("sorted expected 1 argument, got {}", a.n);
        return Err(vm.type_error(&m));
    }
    check_kwargs(vm, &a, "sort", &[q::KEY, q::REVERSE])?;
    let rev = match vm.kwarg(&a, q::REVERSE) {
        Some(r) => super::corefns::int_flag(vm, r)?,
        None => false,
    };
    let v = vm.arg(&a, 0);
    let l = list::from_iter(vm, v)?;
    // Arguments live on the (rooted) stack: read them after allocating.
    let key = vm.kwarg(&a, q::KEY).unwrap_or(Value::NONE);
    let mark = vm.push_root(l);
    let r = list::sort(vm, l, key, rev);
    let l = vm.root(mark);
    vm.pop_roots(mark);
    r.map(|_| l)
}

/// Advances an enumerate counter: returns `(n, v)` and stores `n + 1`.
pub fn enumerate_step(vm: &mut Vm, it: Value, v: Value) -> PyResult<Value> {
    let n = vm.slot(it, 1);
    let mark = vm.push_root(it);
    vm.push_root(v);
    vm.push_root(n);
    let r = (|| {
        let next = match n.as_int().and_then(|i| Value::int(i + 1)) {
            Some(x) => x,
            None => vm.binop(BinOp::Add, n, Value::from_small(1))?,
        };
        let it = vm.root(mark);
        vm.set_slot(it, 1, next);
        let (v, n) = (vm.root(mark + 1), vm.root(mark + 2));
        super::tuple::new_tuple(vm, &[n, v])
    })();
    vm.pop_roots(mark);
    r
}
