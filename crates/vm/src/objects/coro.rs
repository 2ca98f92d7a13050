//! Coroutines and the async protocols (`await`, `async for`, `async with`).
//!
//! A coroutine is a generator object (`kind::GEN`, layout in
//! [`super::func`]) whose function's code has the COROUTINE flag: calling an
//! `async def` function builds it exactly like a generator, and the
//! interpreter drives it with the same resume machinery (`gen_resume`,
//! `YieldFrom`). Its type is `coroutine`, a subtype of `generator` here so
//! that `throw` and `close` are shared; it adds `__await__` and a `send`
//! that refuses to resume a finished coroutine. As in MicroPython, a plain
//! generator may also be awaited (generator-based coroutines).
//!
//! The helpers below implement the opcodes `GetAwaitable`, `GetAIter`,
//! `GetANext`, `AsyncWithEnter` and `AsyncWithExit`; the interpreter only
//! moves registers around them.

use crate::objects::{class, func};
use crate::qstr::q;
use crate::types::{kind, NativeDesc, TypeId, COROUTINE};
use crate::vm::{Args, PyResult, Vm};
use pycopy_gc::Value;

/// Whether `v` is a coroutine (a generator object of an `async def`).
pub fn is_coroutine(vm: &Vm, v: Value) -> bool {
    if vm.kind_of(v) != kind::GEN {
        return false;
    }
    let f = vm.slot(v, func::G_FUNC);
    let code = vm.slot(f, func::F_CODE);
    func::code_info(vm, code).flags & COROUTINE != 0
}

/// Whether generator `g` has finished (returned, raised or was closed).
fn finished(vm: &Vm, g: Value) -> bool {
    vm.slot(g, func::G_STATE).as_int() == Some(3)
}

fn reuse_error(vm: &mut Vm) -> crate::vm::PyErr {
    vm.raise(
        TypeId::RuntimeError,
        "cannot reuse already awaited coroutine",
    )
}

/// Whether `it` can be driven by `YieldFrom` (a generator or an object
/// whose type has `__next__`).
fn is_iterator(vm: &Vm, it: Value) -> bool {
    if vm.kind_of(it) == kind::GEN {
        return true;
    }
    let t = vm.type_of(it);
    class::lookup(vm, t, Value::qstr(q::D_NEXT)).is_some()
}

/// `GetAwaitable`: the iterator an `await x` delegates to. Coroutines (and
/// generators) are their own iterator; other objects go through their
/// type's `__await__`, which must return an iterator.
pub fn get_awaitable(vm: &mut Vm, x: Value) -> PyResult<Value> {
    if vm.kind_of(x) == kind::GEN {
        if is_coroutine(vm, x) && finished(vm, x) {
            return Err(reuse_error(vm));
        }
        return Ok(x);
    }
    let t = vm.type_of(x);
    let Some(m) = class::lookup(vm, t, Value::qstr(q::D_AWAIT)) else {
        let msg = alloc::format!(
            "object {} can't be used in 'await' expression",
            vm.type_name(x)
        );
        return Err(vm.type_error(&msg));
    };
    let it = vm.call(m, &[x])?;
    if is_coroutine(vm, it) {
        return Err(vm.type_error("__await__() returned a coroutine"));
    }
    if !is_iterator(vm, it) {
        let msg = alloc::format!(
            "__await__() returned non-iterator of type '{}'",
            vm.type_name(it)
        );
        return Err(vm.type_error(&msg));
    }
    Ok(it)
}

/// `GetAIter`: `type(x).__aiter__(x)`, which must have `__anext__`.
pub fn get_aiter(vm: &mut Vm, x: Value) -> PyResult<Value> {
    let t = vm.type_of(x);
    let Some(m) = class::lookup(vm, t, Value::qstr(q::D_AITER)) else {
        let msg = alloc::format!(
            "'async for' requires an object with __aiter__ method, got {}",
            vm.type_name(x)
        );
        return Err(vm.type_error(&msg));
    };
    let it = vm.call(m, &[x])?;
    let ti = vm.type_of(it);
    if class::lookup(vm, ti, Value::qstr(q::D_ANEXT)).is_none() {
        let msg = alloc::format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            vm.type_name(it)
        );
        return Err(vm.type_error(&msg));
    }
    Ok(it)
}

/// `GetANext`: the awaitable iterator of `type(it).__anext__(it)`.
pub fn get_anext(vm: &mut Vm, it: Value) -> PyResult<Value> {
    let t = vm.type_of(it);
    let Some(m) = class::lookup(vm, t, Value::qstr(q::D_ANEXT)) else {
        let msg = alloc::format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            vm.type_name(it)
        );
        return Err(vm.type_error(&msg));
    };
    let aw = vm.call(m, &[it])?;
    get_awaitable(vm, aw)
}

/// One step of `YieldFrom` (`yield from`, `await`) over a delegate that is
/// not a generator: `next(it)` when `sent` is None, else `it.send(sent)`.
/// `None` when the delegate finished; its return value (the StopIteration's
/// `value`) is then in `st.genret`.
pub fn delegate_send(vm: &mut Vm, it: Value, sent: Value) -> PyResult<Option<Value>> {
    vm.st.genret = Value::NONE;
    let r = if sent.is_none() || sent.is_empty() {
        if vm.kind_of(it) != kind::INSTANCE {
            // Builtin iterators end without a value.
            return vm.next(it);
        }
        let t = vm.type_of(it);
        match class::lookup(vm, t, Value::qstr(q::D_NEXT)) {
            Some(m) => vm.call(m, &[it]),
            None => return vm.next(it),
        }
    } else {
        let mark = vm.push_root(sent);
        let m = vm.getattr(it, Value::qstr(q::SEND));
        let sent = vm.root(mark);
        vm.pop_roots(mark);
        let m = m?;
        vm.call(m, &[sent])
    };
    match r {
        Ok(v) => Ok(Some(v)),
        Err(e) => {
            if !vm.exc_matches(TypeId::StopIteration) {
                return Err(e);
            }
            let x = vm.st.exc;
            vm.st.genret = super::exc::special_attr(vm, x, q::VALUE).unwrap_or(Value::NONE);
            Ok(None)
        }
    }
}

/// `JumpIfNotStopAsync`: whether exception `e` ends an `async for`.
pub fn is_stop_async(vm: &Vm, e: Value) -> bool {
    vm.is_instance(e, TypeId::StopAsyncIteration.value())
}

/// `AsyncWithEnter`: returns (the awaitable of `__aenter__()`, the bound
/// `__aexit__`).
pub fn async_with_enter(vm: &mut Vm, o: Value) -> PyResult<(Value, Value)> {
    let t = vm.type_of(o);
    let ex = class::lookup(vm, t, Value::qstr(q::D_AEXIT));
    let en = class::lookup(vm, t, Value::qstr(q::D_AENTER));
    let (Some(ex), Some(en)) = (ex, en) else {
        let msg = alloc::format!(
            "'{}' object does not support the asynchronous context manager protocol",
            vm.type_name(o)
        );
        return Err(vm.type_error(&msg));
    };
    let mark = vm.push_root(o);
    vm.push_root(en);
    let r = (|| {
        let bm = vm.bind_descriptor(ex, o, t)?;
        vm.push_root(bm);
        let (o, en) = (vm.root(mark), vm.root(mark + 1));
        let aw = vm.call(en, &[o])?;
        Ok((aw, vm.root(mark + 2)))
    })();
    vm.pop_roots(mark);
    r
}

/// `AsyncWithExit`: calls the bound `__aexit__` with `(None, None, None)`
/// or with the exception `e`'s type, `e` and None (tracebacks are not
/// objects here); returns the awaitable it gave.
pub fn async_with_exit(vm: &mut Vm, aexit: Value, e: Option<Value>) -> PyResult<Value> {
    match e {
        None => vm.call(aexit, &[Value::NONE, Value::NONE, Value::NONE]),
        Some(e) => {
            let et = vm.type_of(e);
            vm.call(aexit, &[et, e, Value::NONE])
        }
    }
}

fn m_send(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = vm.arg(&a, 0);
    let v = vm.arg(&a, 1);
    if finished(vm, c) {
        return Err(reuse_error(vm));
    }
    match vm.gen_resume(c, v, false)? {
        Some(x) => Ok(x),
        None => Err(vm.stop_iteration()),
    }
}

/// `coro.__await__()`: the coroutine drives itself.
fn m_await(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = vm.arg(&a, 0);
    if finished(vm, c) {
        return Err(reuse_error(vm));
    }
    Ok(c)
}

/// Methods of coroutines (`throw` and `close` come from `generator`).
pub static METHODS: &[NativeDesc] = &[
    NativeDesc {
        name: q::SEND,
        f: m_send,
    },
    NativeDesc {
        name: q::D_AWAIT,
        f: m_await,
    },
];
