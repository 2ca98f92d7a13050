//! `sys` (alias `usys`): fills the VM's own `sys` object (which already
//! holds `argv`, `path` and `modules`) with `exit`, `stdin`/`stdout`/
//! `stderr` (with `.buffer`; needs the `uio` feature), `implementation`
//! (`name='micropython'`, `version=(3, 6, 1)`, as Pycopy reports it),
//! `version` ("3.4.0"), `version_info` ((3, 4, 0)), `byteorder`,
//! `maxsize`, `platform` ("linux"), `print_exception`, `exc_info` and
//! `atexit`; `__stdin__`/`__stdout__`/`__stderr__` keep the original
//! streams (`print()` without `file=` writes to `sys.stdout` once a
//! program replaces it, as CPython and Pycopy's assignable std files do).
//! The function given to `atexit` is kept as `sys._atexit`; the
//! port calls it when the program ends.

use crate::util;
use pycopy_gc::Value;
use pycopy_vm::objects::{exc, tuple};
use pycopy_vm::registry::{ModFn, Module, ModuleDef, MODULES};
use pycopy_vm::types::TypeId;
use pycopy_vm::vm::Args;
use pycopy_vm::{linkme, PyResult, Vm};

#[linkme::distributed_slice(MODULES)]
#[linkme(crate = pycopy_vm::linkme)]
static SYS: ModuleDef = ModuleDef {
    name: "sys",
    aliases: &["usys"],
    natives: &[
        ModFn::new("exit", exit),
        ModFn::new("print_exception", print_exception),
        ModFn::new("exc_info", exc_info),
        ModFn::new("atexit", atexit),
        ModFn::new("Impl.__repr__", impl_repr),
    ],
    init,
    boot: None,
};

fn init(vm: &mut Vm, m: &Module) -> PyResult<()> {
    m.add_functions(vm)?;
    let v = vm.new_str("3.4.0")?;
    m.set(vm, "version", v)?;
    let vi = tuple::new_tuple(
        vm,
        &[
            Value::from_small(3),
            Value::from_small(4),
            Value::from_small(0),
        ],
    )?;
    m.set(vm, "version_info", vi)?;
    let bo = vm.new_str(if cfg!(target_endian = "big") {
        "big"
    } else {
        "little"
    })?;
    m.set(vm, "byteorder", bo)?;
    m.set_int(vm, "maxsize", pycopy_gc::SMALL_INT_MAX)?;
    let pl = vm.new_str("linux")?;
    m.set(vm, "platform", pl)?;
    // implementation: an instance with .name and .version.
    let cls = m.class(vm, "Impl", &[])?;
    let o = pycopy_vm::objects::class::new_instance(vm, cls)?;
    let mark = vm.push_root(o);
    let r = (|| {
        let n = vm.new_str("micropython")?;
        util::set_attr(vm, vm.root(mark), "name", n)?;
        let ver = tuple::new_tuple(
            vm,
            &[
                Value::from_small(3),
                Value::from_small(6),
                Value::from_small(1),
            ],
        )?;
        util::set_attr(vm, vm.root(mark), "version", ver)?;
        m.set(vm, "implementation", vm.root(mark))
    })();
    vm.pop_roots(mark);
    r?;
    let k = vm.intern("Impl")?;
    let d = vm.slot(m.object(vm), 1);
    pycopy_vm::objects::dict::remove(vm, d, k)?;
    #[cfg(feature = "uio")]
    std_streams(vm, m)?;
    Ok(())
}

#[cfg(feature = "uio")]
fn std_streams(vm: &mut Vm, m: &Module) -> PyResult<()> {
    for (fd, name, fname) in [
        (0, "stdin", "<stdin>"),
        (1, "stdout", "<stdout>"),
        (2, "stderr", "<stderr>"),
    ] {
        let n = vm.new_str(fname)?;
        let t = crate::uio::new_file(vm, fd, false, n)?;
        let mark = vm.push_root(t);
        let r = (|| {
            let n = vm.new_str(fname)?;
            let b = crate::uio::new_file(vm, fd, true, n)?;
            util::set_attr(vm, vm.root(mark), "buffer", b)?;
            // `__stdout__` etc. keep the originals; `print()` writes to a
            // replaced `sys.stdout`.
            let dunder = alloc::format!("__{name}__");
            m.set(vm, &dunder, vm.root(mark))?;
            m.set(vm, name, vm.root(mark))
        })();
        vm.pop_roots(mark);
        r?;
    }
    Ok(())
}

fn impl_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = vm.arg(&a, 0);
    let n = util::attr(vm, o, "name")?;
    let v = util::attr(vm, o, "version")?;
    let ns = vm.repr_string(n)?;
    let vs = vm.repr_string(v)?;
    let s = alloc::format!("(name={ns}, version={vs})");
    vm.new_str(&s)
}

fn exit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let code = vm.arg(&a, 0);
    let args = if a.n == 0 {
        tuple::new_tuple(vm, &[])?
    } else {
        tuple::new_tuple(vm, &[code])?
    };
    let e = exc::new_exc_raw(vm, TypeId::SystemExit.value(), args)?;
    Err(vm.raise_value(e))
}

/// `print_exception(exc, file=sys.stdout)`: the traceback as the REPL
/// prints it.
fn print_exception(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let e = vm.arg(&a, 0);
    let file = util::arg_or_kw(vm, &a, 1, "file").unwrap_or(Value::NONE);
    let mark = vm.push_root(file);
    let text = pycopy_vm::run::format_exception(vm, e);
    let file = vm.root(mark);
    vm.pop_roots(mark);
    pycopy_vm::stream::write_str(vm, file, &text)?;
    Ok(Value::NONE)
}

/// `exc_info()` -> (type, value, None) of the exception being handled.
fn exc_info(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let e = vm.st.handled;
    if e.is_none() {
        return tuple::new_tuple(vm, &[Value::NONE, Value::NONE, Value::NONE]);
    }
    let t = vm.type_of(e);
    tuple::new_tuple(vm, &[t, e, Value::NONE])
}

/// `atexit(func)`: registers `func` to run at exit; returns the previous one.
fn atexit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = vm.arg(&a, 0);
    let s = vm.st.sys;
    let old = util::attr_opt(vm, s, "_atexit")?.unwrap_or(Value::NONE);
    let mark = vm.push_root(old);
    let s = vm.st.sys;
    let r = util::set_attr(vm, s, "_atexit", f);
    let old = vm.root(mark);
    vm.pop_roots(mark);
    r.map(|_| old)
}
