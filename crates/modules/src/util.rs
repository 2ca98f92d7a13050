//! Argument, attribute and error helpers shared by the modules.

use alloc::string::String;
use pycopy_gc::Value;
use pycopy_vm::objects::{dict, tuple};
use pycopy_vm::types::TypeId;
use pycopy_vm::vm::Args;
use pycopy_vm::{PyResult, Vm};

/// Positional argument `i`, or keyword `name`, if given.
pub fn arg_or_kw(vm: &mut Vm, a: &Args, i: usize, name: &str) -> Option<Value> {
    if i < a.n as usize {
        return Some(vm.arg(a, i));
    }
    let id = vm.lookup_qstr(name)?;
    vm.kwarg(a, id)
}

/// An int argument (bools count), with a message naming `what`.
pub fn to_int(vm: &mut Vm, v: Value, what: &str) -> PyResult<i64> {
    if let Some(i) = v.as_int() {
        return Ok(i);
    }
    if let Some(b) = v.as_bool() {
        return Ok(i64::from(b));
    }
    if pycopy_vm::objects::int::is_int(vm, v) {
        return Err(vm.raise(
            TypeId::OverflowError,
            "overflow converting long int to machine word",
        ));
    }
    let m = alloc::format!("{what} must be an int, not {}", vm.type_name(v));
    Err(vm.type_error(&m))
}

/// A number argument as f64.
pub fn to_float(vm: &mut Vm, v: Value) -> PyResult<f64> {
    if let Some(f) = v.as_float() {
        return Ok(f);
    }
    if pycopy_vm::objects::int::is_int(vm, v) || v.as_bool().is_some() {
        if let Some(b) = v.as_bool() {
            return Ok(f64::from(u8::from(b)));
        }
        return pycopy_vm::objects::int::to_float(vm, v);
    }
    let m = alloc::format!("can't convert {} to float", vm.type_name(v));
    Err(vm.type_error(&m))
}

/// An int value (small or big).
pub fn int(vm: &mut Vm, i: i64) -> PyResult<Value> {
    pycopy_vm::registry::int_value(vm, i)
}

/// `getattr(obj, name)` for a Rust name.
pub fn attr(vm: &mut Vm, obj: Value, name: &str) -> PyResult<Value> {
    let mark = vm.push_root(obj);
    let k = vm.intern(name);
    let obj = vm.root(mark);
    vm.pop_roots(mark);
    vm.getattr(obj, k?)
}

/// `getattr(obj, name, None)` for a Rust name.
pub fn attr_opt(vm: &mut Vm, obj: Value, name: &str) -> PyResult<Option<Value>> {
    let mark = vm.push_root(obj);
    let k = vm.intern(name);
    let obj = vm.root(mark);
    vm.pop_roots(mark);
    vm.getattr_opt(obj, k?)
}

/// `setattr(obj, name, v)` for a Rust name.
pub fn set_attr(vm: &mut Vm, obj: Value, name: &str, v: Value) -> PyResult<()> {
    let mark = vm.push_root(obj);
    vm.push_root(v);
    let k = vm.intern(name);
    let (obj, v) = (vm.root(mark), vm.root(mark + 1));
    vm.pop_roots(mark);
    vm.setattr(obj, k?, v)
}

/// An int attribute (0 when missing or not an int).
pub fn attr_int(vm: &mut Vm, obj: Value, name: &str) -> PyResult<i64> {
    Ok(attr_opt(vm, obj, name)?
        .and_then(|v| v.as_int().or(v.as_bool().map(i64::from)))
        .unwrap_or(0))
}

/// Calls method `name` of `obj` with `args`.
pub fn call_method(vm: &mut Vm, obj: Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let m = attr(vm, obj, name)?;
    vm.call(m, args)
}

/// `OSError(errno)` as MicroPython raises it (`[Errno n] NAME`).
pub fn os_error(vm: &mut Vm, errno: i32) -> pycopy_vm::vm::PyErr {
    let name = match errno {
        1 => "EPERM",
        2 => "ENOENT",
        5 => "EIO",
        9 => "EBADF",
        11 => "EAGAIN",
        12 => "ENOMEM",
        13 => "EACCES",
        17 => "EEXIST",
        19 => "ENODEV",
        21 => "EISDIR",
        22 => "EINVAL",
        95 => "EOPNOTSUPP",
        _ => "",
    };
    let t = if errno == 2 {
        TypeId::FileNotFoundError
    } else {
        TypeId::OSError
    };
    let r = (|| {
        let msg = if name.is_empty() {
            alloc::format!("[Errno {errno}]")
        } else {
            alloc::format!("[Errno {errno}] {name}")
        };
        let s = vm.new_str(&msg)?;
        let mark = vm.push_root(s);
        let args = tuple::new_tuple(vm, &[Value::from_small(errno), vm.root(mark)]);
        vm.pop_roots(mark);
        pycopy_vm::objects::exc::new_exc_raw(vm, t.value(), args?)
    })();
    match r {
        Ok(e) => vm.raise_value(e),
        Err(e) => e,
    }
}

/// A module-level dict lookup by Rust name.
pub fn dict_get(vm: &Vm, d: Value, name: &str) -> Option<Value> {
    let id = vm.lookup_qstr(name)?;
    dict::get_str(vm, d, Value::qstr(id))
}

/// Text of a str value, owned.
pub fn text(vm: &mut Vm, v: Value, what: &str) -> PyResult<String> {
    match vm.str_of(v) {
        Some(s) => Ok(String::from(s)),
        None => {
            let m = alloc::format!("{what} must be str, not {}", vm.type_name(v));
            Err(vm.type_error(&m))
        }
    }
}
