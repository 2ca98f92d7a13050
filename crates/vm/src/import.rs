//! `sys`, modules, and `import` of `.py` files through the HAL.

use crate::hal::PathKind;
use crate::objects::{dict, list, tuple};
use crate::qstr::q;
use crate::types::{kind, TypeId};
use crate::vm::{PyResult, Vm};
use alloc::string::String;
use alloc::vec::Vec;
use pycopy_gc::{Scan, Value};

/// A new module object `[name, dict]`.
pub fn new_module(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let n = vm.intern(name)?;
    let d = dict::new_dict(vm, 8)?;
    let mark = vm.push_root(d);
    let r = vm.alloc(kind::MODULE, Scan::All, 2);
    let d = vm.root(mark);
    vm.pop_roots(mark);
    let m = Value::from_ref(r?);
    vm.set_slot(m, 0, n);
    vm.set_slot(m, 1, d);
    dict::set(vm, d, Value::qstr(q::D_NAME), n)?;
    Ok(m)
}

fn sys_exit(vm: &mut Vm, a: crate::vm::Args) -> PyResult<Value> {
    let code = if a.n > 0 { vm.arg(&a, 0) } else { Value::NONE };
    let args = if code.is_none() {
        tuple::new_tuple(vm, &[])?
    } else {
        tuple::new_tuple(vm, &[code])?
    };
    let e = crate::objects::exc::new_exc_raw(vm, TypeId::SystemExit.value(), args)?;
    Err(vm.raise_value(e))
}

static SYS_EXIT: crate::types::NativeDesc = crate::types::NativeDesc {
    name: q::EXIT,
    f: sys_exit,
};

/// Creates `sys` (argv, path, modules, exit).
pub fn install_sys(vm: &mut Vm) -> PyResult<()> {
    let m = new_module(vm, "sys")?;
    vm.st.sys = m;
    let _ = m;
    // Every allocation may move the sys dict: re-read it after each one.
    let argv = list::new_list(vm, 0)?;
    let d = vm.slot(vm.st.sys, 1);
    dict::set(vm, d, Value::qstr(q::ARGV), argv)?;
    let path = list::new_list(vm, 0)?;
    let d = vm.slot(vm.st.sys, 1);
    dict::set(vm, d, Value::qstr(q::PATH), path)?;
    let mods = vm.st.modules;
    let d = vm.slot(vm.st.sys, 1);
    dict::set(vm, d, Value::qstr(q::MODULES), mods)?;
    let _ = &SYS_EXIT;
    let v = vm.new_str("3.4.0")?;
    let d = vm.slot(vm.st.sys, 1);
    dict::set(vm, d, Value::qstr(q::VERSION), v)?;
    // With a registry `sys` module linked, `import sys` fills this object
    // on first import (registry::load); without one it is ready as is.
    if crate::registry::find("sys").is_none() {
        let mods = vm.st.modules;
        let s = vm.st.sys;
        dict::set(vm, mods, Value::qstr(q::SYS), s)?;
    }
    Ok(())
}

/// Creates the `builtins` module. Its dict is the builtins dict itself, so
/// `builtins.len = f` changes what `len` means in every module, as in
/// MicroPython and CPython.
pub fn install_builtins_module(vm: &mut Vm) -> PyResult<()> {
    let m = new_module(vm, "builtins")?;
    let b = vm.st.builtins;
    vm.set_slot(m, 1, b);
    let n = vm.slot(m, 0);
    let mark = vm.push_root(m);
    let r = dict::set(vm, b, Value::qstr(q::D_NAME), n);
    let m = vm.root(mark);
    vm.pop_roots(mark);
    r?;
    let mods = vm.st.modules;
    dict::set(vm, mods, n, m)
}

/// Sets `sys.argv` and `sys.path` (first entry: the script directory).
pub fn set_argv(vm: &mut Vm, argv: &[String], path: &[String]) -> PyResult<()> {
    for (key, items) in [(q::ARGV, argv), (q::PATH, path)] {
        for a in items {
            let s = vm.new_str(a)?;
            // Re-read the list after the allocation (it may have moved).
            let d = vm.slot(vm.st.sys, 1);
            let l = dict::get_str(vm, d, Value::qstr(key)).unwrap_or(Value::NONE);
            list::append(vm, l, s)?;
        }
    }
    Ok(())
}

/// Compiles and runs `source` as module `name` (whose dict is returned).
pub fn exec_module_source(
    vm: &mut Vm,
    source: &str,
    filename: &str,
    module: Value,
) -> PyResult<Value> {
    let co = match pycopy_compiler::compile_module(source, filename) {
        Ok(c) => c,
        Err(e) => {
            let m = alloc::format!("{}", e.display_with(source, filename));
            return Err(vm.raise(TypeId::SyntaxError, &m));
        }
    };
    let mark = vm.push_root(module);
    let r = (|| {
        let code = crate::load::load_code(vm, &co)?;
        vm.push_root(code);
        let module = vm.root(mark);
        let g = vm.slot(module, 1);
        let b = vm.st.builtins;
        dict::set(vm, g, Value::qstr(q::D_BUILTINS), b)?;
        let fname = vm.new_str(filename)?;
        let g = vm.slot(vm.root(mark), 1);
        dict::set(vm, g, Value::qstr(q::D_FILE), fname)?;
        let g = vm.slot(vm.root(mark), 1);
        let code = vm.root(mark + 1);
        crate::interp::run_module_code(vm, code, g)
    })();
    vm.pop_roots(mark);
    r
}

fn sys_path(vm: &Vm) -> alloc::vec::Vec<String> {
    let d = vm.slot(vm.st.sys, 1);
    let p = dict::get_str(vm, d, Value::qstr(q::PATH)).unwrap_or(Value::NONE);
    list::items(vm, p)
        .iter()
        .map(|v| String::from(vm.str_of(*v).unwrap_or("")))
        .collect()
}

fn load_module(vm: &mut Vm, full: &str) -> PyResult<Value> {
    let key = vm.new_str(full)?;
    if let Some(m) = dict::get_str(vm, vm.st.modules, key) {
        return Ok(m);
    }
    let reg = crate::registry::find(full);
    if let Some((i, true)) = reg {
        return crate::registry::load(vm, i);
    }
    let rel = full.replace('.', "/");
    for dir in sys_path(vm) {
        let base = if dir.is_empty() {
            rel.clone()
        } else {
            alloc::format!("{dir}/{rel}")
        };
        let (file, is_pkg) = if vm.hal.stat(&alloc::format!("{base}/__init__.py")) == PathKind::File
        {
            (alloc::format!("{base}/__init__.py"), true)
        } else if vm.hal.stat(&alloc::format!("{base}.py")) == PathKind::File {
            (alloc::format!("{base}.py"), false)
        } else {
            continue;
        };
        let Some(src) = vm.hal.read_file(&file) else {
            continue;
        };
        let src = String::from_utf8_lossy(&src).into_owned();
        let m = new_module(vm, full)?;
        let mark = vm.push_root(m);
        let r = (|| {
            if is_pkg {
                let p = vm.new_str(&base)?;
                let l = list::from_slice(vm, &[p])?;
                let g = vm.slot(vm.root(mark), 1);
                dict::set(vm, g, Value::qstr(q::D_PATH), l)?;
            }
            let key = vm.new_str(full)?;
            let mods = vm.st.modules;
            dict::set(vm, mods, key, vm.root(mark))?;
            exec_module_source(vm, &src, &file, vm.root(mark))?;
            Ok(vm.root(mark))
        })();
        vm.pop_roots(mark);
        if r.is_err() {
            if let Ok(key) = vm.new_str(full) {
                let mods = vm.st.modules;
                let _ = dict::remove(vm, mods, key);
            }
        }
        return r;
    }
    if let Some((i, false)) = reg {
        let m = crate::registry::load(vm, i)?;
        let mark = vm.push_root(m);
        let key = vm.new_str(full);
        let m = vm.root(mark);
        vm.pop_roots(mark);
        let mods = vm.st.modules;
        dict::set(vm, mods, key?, m)?;
        return Ok(m);
    }
    let m = alloc::format!("no module named '{full}'");
    Err(vm.raise(TypeId::ModuleNotFoundError, &m))
}

/// `import name` / `from name import ...` (level = relative dots).
pub fn import_name(vm: &mut Vm, name: Value, from: Value, level: usize) -> PyResult<Value> {
    let mut full = String::from(vm.str_of(name).unwrap_or(""));
    if level > 0 {
        let g = vm.st.frames.last().map_or(Value::NONE, |f| f.globals);
        let pkg_name = dict::get_str(vm, g, Value::qstr(q::D_NAME))
            .and_then(|n| vm.str_of(n).map(String::from))
            .unwrap_or_default();
        let is_pkg = dict::get_str(vm, g, Value::qstr(q::D_PATH)).is_some();
        let mut parts: alloc::vec::Vec<&str> = pkg_name.split('.').collect();
        let drop = if is_pkg { level - 1 } else { level };
        for _ in 0..drop {
            parts.pop();
        }
        let mut base = parts.join(".");
        if !full.is_empty() {
            if !base.is_empty() {
                base.push('.');
            }
            base.push_str(&full);
        }
        full = base;
    }
    // The top package and the last module loaded stay rooted (temp roots
    // `mark` and `mark + 1`) across the loads and the attribute stores.
    let mark = vm.push_root(Value::NONE);
    vm.push_root(Value::NONE);
    let r = (|| {
        let mut acc = String::new();
        for (i, part) in full.split('.').enumerate() {
            if i > 0 {
                acc.push('.');
            }
            acc.push_str(part);
            let m = load_module(vm, &acc)?;
            // (an early return pops this root with the others)
            let mi = vm.push_root(m);
            if i == 0 {
                vm.set_root(mark, m);
            } else if !vm.root(mark + 1).is_none() {
                let pn = vm.intern(part)?;
                let d = vm.slot(vm.root(mark + 1), 1);
                let m = vm.root(mi);
                dict::set(vm, d, pn, m)?;
            }
            let m = vm.root(mi);
            vm.pop_roots(mi);
            vm.set_root(mark + 1, m);
        }
        Ok(())
    })();
    let (top, last) = (vm.root(mark), vm.root(mark + 1));
    vm.pop_roots(mark);
    r?;
    if !from.is_none() || level > 0 {
        return Ok(last);
    }
    Ok(top)
}

/// `from m import n`.
pub fn import_from(vm: &mut Vm, m: Value, n: Value) -> PyResult<Value> {
    if let Some(v) = vm.getattr_opt(m, n)? {
        return Ok(v);
    }
    if vm.kind_of(m) == kind::MODULE {
        let mn = String::from(vm.str_of(vm.slot(m, 0)).unwrap_or(""));
        let full = alloc::format!("{mn}.{}", vm.str_of(n).unwrap_or(""));
        if let Ok(sub) = load_module(vm, &full) {
            return Ok(sub);
        }
    }
    let msg = alloc::format!("cannot import name '{}'", vm.str_of(n).unwrap_or("?"));
    Err(vm.raise(TypeId::ImportError, &msg))
}

/// `from m import *`.
pub fn import_star(vm: &mut Vm, m: Value, d: Value) -> PyResult<()> {
    let src = vm.slot(m, 1);
    let mark = vm.push_root(d);
    vm.push_root(src);
    let r = (|| {
        // `__all__` limits the names when the module defines it.
        let all = dict::get_str(vm, src, Value::qstr(q::D_ALL));
        let names: Vec<Value> = match all {
            Some(a) => vm.collect_iter(a)?,
            None => dict::pairs(vm, src)
                .into_iter()
                .map(|(k, _)| k)
                .filter(|k| vm.str_of(*k).is_some_and(|s| !s.starts_with('_')))
                .collect(),
        };
        let l = list::from_slice(vm, &names)?;
        vm.push_root(l);
        for i in 0..names.len() {
            let l = vm.root(mark + 2);
            let k = list::get(vm, l, i);
            let src = vm.root(mark + 1);
            let Some(v) = dict::get(vm, src, k)? else {
                let m = alloc::format!("module has no attribute '{}'", vm.str_of(k).unwrap_or("?"));
                return Err(vm.attribute_error(&m));
            };
            let d = vm.root(mark);
            dict::set(vm, d, k, v)?;
        }
        Ok(())
    })();
    vm.pop_roots(mark);
    r
}
