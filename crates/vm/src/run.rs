//! Entry points for ports: run source as `__main__`, format tracebacks,
//! map `SystemExit` to an exit status.

use crate::objects::exc;
use crate::types::TypeId;
use crate::vm::Vm;
use alloc::string::String;

/// How a program ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Normal end.
    Ok,
    /// `SystemExit` with this status.
    Exit(i32),
    /// An uncaught exception; the traceback text (to print on stderr).
    Error(String),
}

/// Runs `source` as the `__main__` module.
pub fn run_main(vm: &mut Vm, source: &str, filename: &str) -> Outcome {
    let m = match crate::import::new_module(vm, "__main__") {
        Ok(m) => m,
        Err(_) => return uncaught(vm),
    };
    let mods = vm.st.modules;
    let key = pycopy_gc::Value::qstr(crate::qstr::q::D_MAIN);
    if crate::objects::dict::set(vm, mods, key, m).is_err() {
        return uncaught(vm);
    }
    match crate::import::exec_module_source(vm, source, filename, m) {
        Ok(_) => Outcome::Ok,
        Err(_) => uncaught(vm),
    }
}

/// Turns the pending exception into an [`Outcome`].
pub fn uncaught(vm: &mut Vm) -> Outcome {
    let e = vm.st.exc;
    if vm.exc_matches(TypeId::SystemExit) {
        let args = vm.slot(e, exc::ARGS);
        let code = vm.tuple_get(args, 0);
        if crate::objects::tuple::len(vm, args) == 0 || code.is_none() {
            return Outcome::Exit(0);
        }
        if let Some(i) = code.as_int() {
            return Outcome::Exit(i as i32);
        }
        let s = vm.str_string(code).unwrap_or_default();
        vm.hal.stderr(s.as_bytes());
        vm.hal.stderr(b"\n");
        return Outcome::Exit(1);
    }
    Outcome::Error(format_exception(vm, e))
}

/// MicroPython-style traceback text for exception `e`.
pub fn format_exception(vm: &mut Vm, e: pycopy_gc::Value) -> String {
    let mut out = String::from("Traceback (most recent call last):\n");
    for (f, l, n) in exc::traceback(vm, e) {
        out.push_str(&alloc::format!("  File \"{f}\", line {l}, in {n}\n"));
    }
    let t = vm.type_of(e);
    let name = String::from(vm.class_name(t));
    let msg = exc::exc_str(vm, e).unwrap_or_default();
    if msg.is_empty() {
        out.push_str(&name);
    } else {
        out.push_str(&alloc::format!("{name}: {msg}"));
    }
    out.push('\n');
    out
}
