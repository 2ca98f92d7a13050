//! Exception instances: `[type, args, traceback, cause, context, dict, value]`.
//!
//! Instances of builtin exception types and of user subclasses share this
//! layout; user attributes go to the dict. The traceback is a chain of
//! 4-tuples `(filename, line, function name, next)`; each frame the
//! exception leaves prepends its entry, so the chain runs outermost first.

use crate::types::{kind, TypeId};
use crate::vm::{PyResult, Vm};
use alloc::string::String;
use alloc::vec::Vec;
use pycopy_gc::{Scan, Value};

/// Slot: the exception's type.
pub const TYPE: usize = 0;
/// Slot: the args tuple.
pub const ARGS: usize = 1;
/// Slot: traceback chain.
pub const TB: usize = 2;
/// Slot: `__cause__`.
pub const CAUSE: usize = 3;
/// Slot: `__context__`.
pub const CONTEXT: usize = 4;
/// Slot: attribute dict (or None).
pub const DICT: usize = 5;
/// Number of slots.
pub const SIZE: usize = 6;

/// A new exception of type `t` (static or class) with `args` (a tuple, or
/// None for an empty one).
pub fn new_exc_raw(vm: &mut Vm, t: Value, args: Value) -> PyResult<Value> {
    let mark = vm.push_root(t);
    vm.push_root(args);
    let r = vm.alloc(kind::EXC, Scan::All, SIZE);
    let t = vm.root(mark);
    let mut args = vm.root(mark + 1);
    vm.pop_roots(mark);
    let r = r?;
    let v = Value::from_ref(r);
    vm.heap.set(r, TYPE, t);
    if args.is_none() {
        let mark = vm.push_root(v);
        let a = crate::objects::tuple::new_tuple(vm, &[]);
        let v2 = vm.root(mark);
        vm.pop_roots(mark);
        args = a?;
        vm.set_slot(v2, ARGS, args);
        return Ok(v2);
    }
    vm.heap.set(r, ARGS, args);
    Ok(v)
}

/// Adds a traceback entry (best effort: skipped when the heap is full).
pub fn add_traceback(vm: &mut Vm, exc: Value, file: Value, line: i64, name: Value) {
    if vm.kind_of(exc) != kind::EXC {
        return;
    }
    let mark = vm.push_root(exc);
    let tb = vm.slot(exc, TB);
    let t = crate::objects::tuple::new_tuple(
        vm,
        &[
            file,
            Value::int(line).unwrap_or(Value::from_small(0)),
            name,
            tb,
        ],
    );
    let exc = vm.root(mark);
    vm.pop_roots(mark);
    if let Ok(t) = t {
        vm.set_slot(exc, TB, t);
    }
}

/// The traceback lines, outermost first: `(file, line, name)`. Entries are
/// prepended as frames unwind, so the chain already runs outermost first.
pub fn traceback(vm: &Vm, exc: Value) -> Vec<(String, i64, String)> {
    let mut out = Vec::new();
    let mut tb = vm.slot(exc, TB);
    while vm.kind_of(tb) == kind::TUPLE && out.len() < 100_000 {
        let f = String::from(vm.str_of(vm.tuple_get(tb, 0)).unwrap_or("?"));
        let l = vm.tuple_get(tb, 1).as_int().unwrap_or(0);
        let n = String::from(vm.str_of(vm.tuple_get(tb, 2)).unwrap_or("?"));
        out.push((f, l, n));
        tb = vm.tuple_get(tb, 3);
    }
    out
}

/// `str(exc)`.
pub fn exc_str(vm: &mut Vm, exc: Value) -> PyResult<String> {
    let args = vm.slot(exc, ARGS);
    let n = crate::objects::tuple::len(vm, args);
    match n {
        0 => Ok(String::new()),
        1 => {
            let a = vm.tuple_get(args, 0);
            let t = vm.type_of(exc);
            if vm.is_subclass(t, TypeId::KeyError.value()) {
                return vm.repr_string(a);
            }
            vm.str_string(a)
        }
        2 if vm.is_subclass(vm.type_of(exc), TypeId::OSError.value()) => {
            let (e, s) = (vm.tuple_get(args, 0), vm.tuple_get(args, 1));
            let e = vm.str_string(e)?;
            let s = vm.str_string(s)?;
            Ok(alloc::format!("[Errno {e}] {s}"))
        }
        _ => vm.repr_string(args),
    }
}

/// The OSError subclass CPython picks for `errno` (Linux numbering).
pub fn oserror_subclass(errno: i64) -> Option<TypeId> {
    use TypeId as T;
    Some(match errno {
        1 | 13 => T::PermissionError,
        2 => T::FileNotFoundError,
        3 => T::ProcessLookupError,
        4 => T::InterruptedError,
        10 => T::ChildProcessError,
        11 | 114 | 115 => T::BlockingIOError,
        17 => T::FileExistsError,
        20 => T::NotADirectoryError,
        21 => T::IsADirectoryError,
        32 => T::BrokenPipeError,
        103 => T::ConnectionAbortedError,
        104 => T::ConnectionResetError,
        110 => T::TimeoutError,
        111 => T::ConnectionRefusedError,
        _ => return None,
    })
}

/// The derived attributes of builtin exceptions: `StopIteration.value`,
/// `SystemExit.code`, `OSError.errno`/`strerror` (from `args`).
pub fn special_attr(vm: &Vm, exc: Value, nid: u32) -> Option<Value> {
    use crate::qstr::q;
    let args = vm.slot(exc, ARGS);
    let n = crate::objects::tuple::len(vm, args);
    let arg = |i: usize| {
        if i < n {
            vm.tuple_get(args, i)
        } else {
            Value::NONE
        }
    };
    let t = vm.type_of(exc);
    match nid {
        q::VALUE if vm.is_subclass(t, TypeId::StopIteration.value()) => Some(arg(0)),
        q::CODE if vm.is_subclass(t, TypeId::SystemExit.value()) => {
            Some(if n > 1 { args } else { arg(0) })
        }
        q::ERRNO if vm.is_subclass(t, TypeId::OSError.value()) => {
            // MicroPython code raises OSError(errno) with one int argument.
            Some(if n >= 2 || (n == 1 && arg(0).is_int()) {
                arg(0)
            } else {
                Value::NONE
            })
        }
        q::STRERROR if vm.is_subclass(t, TypeId::OSError.value()) => {
            Some(if n >= 2 { arg(1) } else { Value::NONE })
        }
        _ => None,
    }
}

/// Whether `t` is an exception type.
pub fn is_exc_type(vm: &Vm, t: Value) -> bool {
    vm.is_subclass(t, TypeId::BaseException.value())
}

/// `BaseException.__init__(self, *args)`: stores `args` (what a user
/// subclass's `super().__init__(msg)` reaches).
fn m_init(vm: &mut Vm, a: crate::vm::Args) -> PyResult<Value> {
    let items: Vec<Value> = (1..a.n as usize).map(|i| vm.arg(&a, i)).collect();
    let t = crate::objects::tuple::new_tuple(vm, &items)?;
    let e = vm.arg(&a, 0);
    if vm.kind_of(e) == kind::EXC {
        vm.set_slot(e, ARGS, t);
    }
    Ok(Value::NONE)
}

/// Methods of `BaseException`.
pub static METHODS: &[crate::types::NativeDesc] = &[crate::types::NativeDesc {
    name: crate::qstr::q::D_INIT,
    f: m_init,
}];
