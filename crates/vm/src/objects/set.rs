//! `set` and `frozenset`: the dict table with None values.

use crate::qstr::q;
use crate::types::{kind, NativeDesc};
use crate::vm::{Args, PyResult, Vm};
use alloc::vec::Vec;
use pycopy_compiler::bytecode::BinOp;
use pycopy_gc::Value;

use super::dict;

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
            dict::set(vm, s, x, Value::NONE)?;
        }
        Ok(vm.root(mark + items.len()))
    })();
    vm.pop_roots(mark);
    r
}

/// `s.add(v)`.
pub fn add(vm: &mut Vm, s: Value, v: Value) -> PyResult<()> {
    dict::set(vm, s, v, Value::NONE)
}

/// `s |= iterable`.
pub fn update(vm: &mut Vm, s: Value, it: Value) -> PyResult<()> {
    let mark = vm.push_root(s);
    let r = (|| {
        let items = vm.collect_iter(it)?;
        let l = super::list::from_slice(vm, &items)?;
        vm.push_root(l);
        for i in 0..items.len() {
            let l = vm.root(mark + 1);
            let x = super::list::get(vm, l, i);
            let s = vm.root(mark);
            add(vm, s, x)?;
        }
        Ok(())
    })();
    vm.pop_roots(mark);
    r
}

fn keys(vm: &Vm, s: Value) -> Vec<Value> {
    dict::pairs(vm, s).into_iter().map(|p| p.0).collect()
}

/// Set equality.
pub fn set_eq(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if dict::len(vm, a) != dict::len(vm, b) {
        return Ok(false);
    }
    for k in keys(vm, a) {
        if !vm.contains(b, k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Set operators; `None` if `op` is not one.
pub fn binop(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    let ka = vm.kind_of(a);
    let (xa, xb) = (keys(vm, a), keys(vm, b));
    let mut out = Vec::new();
    match op {
        BinOp::BitOr => {
            out.extend(xa);
            out.extend(xb);
        }
        BinOp::BitAnd => {
            for k in xa {
                if vm.contains(b, k)? {
                    out.push(k);
                }
            }
        }
        BinOp::Sub => {
            for k in xa {
                if !vm.contains(b, k)? {
                    out.push(k);
                }
            }
        }
        BinOp::BitXor => {
            for k in xa {
                if !vm.contains(b, k)? {
                    out.push(k);
                }
            }
            for k in xb {
                if !vm.contains(a, k)? {
                    out.push(k);
                }
            }
        }
        _ => return Ok(None),
    }
    from_slice(vm, ka, &out).map(Some)
}

fn m_add(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = vm.arg(&a, 0);
    let v = vm.arg(&a, 1);
    add(vm, s, v)?;
    Ok(Value::NONE)
}
fn m_discard(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = vm.arg(&a, 0);
    let v = vm.arg(&a, 1);
    dict::remove(vm, s, v)?;
    Ok(Value::NONE)
}
fn m_remove(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = vm.arg(&a, 0);
    let v = vm.arg(&a, 1);
    if dict::remove(vm, s, v)?.is_none() {
        let v = vm.arg(&a, 1);
        return Err(vm.key_error(v));
    }
    Ok(Value::NONE)
}
fn m_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    for i in 1..a.n as usize {
        let s = vm.arg(&a, 0);
        let v = vm.arg(&a, i);
        update(vm, s, v)?;
    }
    Ok(Value::NONE)
}
fn with_other(vm: &mut Vm, a: Args, op: BinOp) -> PyResult<Value> {
    let s = vm.arg(&a, 0);
    let o = vm.arg(&a, 1);
    let o = if matches!(vm.kind_of(o), kind::SET | kind::FROZENSET) {
        o
    } else {
        let items = vm.collect_iter(o)?;
        from_slice(vm, kind::SET, &items)?
    };
    let s2 = vm.arg(&a, 0);
    let _ = s;
    Ok(binop(vm, op, s2, o)?.unwrap_or(Value::NONE))
}
fn m_union(vm: &mut Vm, a: Args) -> PyResult<Value> {
    with_other(vm, a, BinOp::BitOr)
}
fn m_intersection(vm: &mut Vm, a: Args) -> PyResult<Value> {
    with_other(vm, a, BinOp::BitAnd)
}
fn m_difference(vm: &mut Vm, a: Args) -> PyResult<Value> {
    with_other(vm, a, BinOp::Sub)
}
fn m_symdiff(vm: &mut Vm, a: Args) -> PyResult<Value> {
    with_other(vm, a, BinOp::BitXor)
}
fn m_pop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = vm.arg(&a, 0);
    let Some(k) = keys(vm, s).first().copied() else {
        return Err(vm.raise(crate::types::TypeId::KeyError, "pop from an empty set"));
    };
    dict::remove(vm, s, k)?;
    Ok(k)
}
fn m_issubset(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = vm.arg(&a, 0);
    let o = vm.arg(&a, 1);
    for k in keys(vm, s) {
        if !vm.contains(o, k)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}
fn m_clear(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = vm.arg(&a, 0);
    dict::clear(vm, s);
    Ok(Value::NONE)
}
fn m_copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = vm.arg(&a, 0);
    let k = vm.kind_of(s);
    let items = keys(vm, s);
    from_slice(vm, k, &items)
}

/// Methods of `set`/`frozenset`.
pub static METHODS: &[NativeDesc] = &[
    NativeDesc {
        name: q::ADD,
        f: m_add,
    },
    NativeDesc {
        name: q::DISCARD,
        f: m_discard,
    },
    NativeDesc {
        name: q::REMOVE,
        f: m_remove,
    },
    NativeDesc {
        name: q::UPDATE,
        f: m_update,
    },
    NativeDesc {
        name: q::UNION,
        f: m_union,
    },
    NativeDesc {
        name: q::INTERSECTION,
        f: m_intersection,
    },
    NativeDesc {
        name: q::DIFFERENCE,
        f: m_difference,
    },
    NativeDesc {
        name: q::SYMMETRIC_DIFFERENCE,
        f: m_symdiff,
    },
    NativeDesc {
        name: q::POP,
        f: m_pop,
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
        name: q::ISSUPERSET,
        f: m_issubset,
    },
];

/// `set(iterable)`.
pub fn new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let items = if a.n > 0 {
        let v = vm.arg(&a, 0);
        vm.collect_iter(v)?
    } else {
        Vec::new()
    };
    from_slice(vm, kind::SET, &items)
}

/// `frozenset(iterable)`.
pub fn new_frozen(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let items = if a.n > 0 {
        let v = vm.arg(&a, 0);
        vm.collect_iter(v)?
    } else {
        Vec::new()
    };
    from_slice(vm, kind::FROZENSET, &items)
}
