//! The builtin functions and the constructors of builtin types.

use crate::objects::{class, dict, exc, func, list, tuple};
use crate::qstr::q;
use crate::types::{kind, NativeDesc, TypeId, SK_NATIVE};
use crate::vm::{Args, PyResult, Vm};
use alloc::string::String;
use alloc::vec::Vec;
use pycopy_gc::Value;

/// Id of the identity native (used for `complex.conjugate` bound to its result).
pub const IDENTITY: u32 = {
    let mut i = 0;
    while i < FUNCS.len() {
        if FUNCS[i].name == q::CONJUGATE {
            break;
        }
        i += 1;
    }
    i as u32
};
/// Id of the `T.__new__` native of builtin types (bound to `T`).
pub const TYPE_NEW: u32 = {
    let mut i = 0;
    while i < FUNCS.len() {
        if FUNCS[i].name == q::D_NEW {
            break;
        }
        i += 1;
    }
    i as u32
};
/// Id of `object.__init__` (table 0, last entry).
pub const OBJECT_INIT: u32 = (FUNCS.len() - 1) as u32;
const BUILD_CLASS: u32 = (FUNCS.len() - 2) as u32;

/// The native with static id `id`.
pub fn native(id: u32) -> Option<&'static NativeDesc> {
    let table = id >> 16;
    let i = (id & 0xffff) as usize;
    if table == 0 {
        return FUNCS.get(i);
    }
    if table >= 0x3fff {
        return crate::registry::native(id);
    }
    if let Some((_, d)) = crate::objects::slots::decode(id) {
        return Some(d);
    }
    let t = TypeId::ALL.get(table as usize - 1)?;
    crate::objects::desc(*t).methods.get(i)
}

/// `__build_class__` as a value.
pub fn build_class_value() -> Value {
    Value::static_obj(SK_NATIVE, BUILD_CLASS)
}

/// Fills the builtins dict.
pub fn install(vm: &mut Vm) -> PyResult<()> {
    vm.init_qstrs();
    let b = vm.st.builtins;
    for (i, f) in FUNCS.iter().enumerate() {
        if f.name == q::D_INIT || f.name == q::CONJUGATE || f.name == q::D_NEW {
            continue;
        }
        dict::set(
            vm,
            b,
            Value::qstr(f.name),
            Value::static_obj(SK_NATIVE, i as u32),
        )?;
    }
    for t in TypeId::ALL {
        if let Some(n) = crate::objects::type_qstr(*t) {
            dict::set(vm, b, Value::qstr(n), t.value())?;
        }
    }
    dict::set(vm, b, Value::qstr(q::NONE), Value::NONE)?;
    for alias in [q::ENVIRONMENTERROR, q::IOERROR] {
        dict::set(vm, b, Value::qstr(alias), TypeId::OSError.value())?;
    }
    // Name lookups fall back to the builtins module's own `__name__` (class
    // bodies run by exec() in a bare namespace read it).
    dict::set(vm, b, Value::qstr(q::D_NAME), Value::qstr(q::BUILTINS))?;
    dict::set(vm, b, Value::qstr(q::ELLIPSIS), Value::ELLIPSIS)?;
    dict::set(
        vm,
        b,
        Value::qstr(q::NOTIMPLEMENTED),
        Value::NOT_IMPLEMENTED,
    )?;
    Ok(())
}

/// `sys.stdout` when a program replaced it (it differs from
/// `sys.__stdout__`); None when output goes straight to the HAL.
fn redirected_stdout(vm: &Vm) -> Option<Value> {
    let d = vm.slot(vm.st.sys, 1);
    let cur = dict::get_str(vm, d, Value::qstr(q::STDOUT))?;
    let orig = vm
        .lookup_qstr("__stdout__")
        .and_then(|k| dict::get_str(vm, d, Value::qstr(k)));
    (orig != Some(cur) && !cur.is_none()).then_some(cur)
}

fn print(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::iterfns::check_kwargs(vm, &a, "print", &[q::SEP, q::END, q::FILE, q::FLUSH])?;
    let mut texts = [String::from(" "), String::from("\n")];
    for (i, (name, what)) in [(q::SEP, "sep"), (q::END, "end")].into_iter().enumerate() {
        if let Some(v) = vm.kwarg(&a, name).filter(|v| !v.is_none()) {
            match vm.str_of(v) {
                Some(t) => {
                    if let Some(slot) = texts.get_mut(i) {
                        *slot = String::from(t);
                    }
                }
                None => {
                    let m =
                        alloc::format!("{what} must be None or a string, not {}", vm.type_name(v));
                    return Err(vm.type_error(&m));
                }
            }
        }
    }
    let [sep, end] = texts;
    let mut pieces: Vec<String> = Vec::new();
    for i in 0..a.n as usize {
        if i > 0 {
            pieces.push(sep.clone());
        }
        let v = vm.arg(&a, i);
        pieces.push(vm.str_string(v)?);
    }
    pieces.push(end);
    // Read after the conversions (they may allocate and move the stream).
    let file = vm.kwarg(&a, q::FILE).filter(|f| !f.is_none());
    match file.or_else(|| redirected_stdout(vm)) {
        // A stream gets one `write` per piece, as CPython calls it.
        Some(f) => {
            let mark = vm.push_root(f);
            let r = pieces
                .iter()
                .try_for_each(|p| crate::stream::write_str(vm, vm.root(mark), p));
            vm.pop_roots(mark);
            r?;
        }
        None => vm.write_out(&pieces.concat()),
    }
    Ok(Value::NONE)
}

/// `len(v)` as an integer.
pub fn len_of(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if vm.is_str(v) {
        return Ok(crate::objects::str::char_len(vm, v) as i64);
    }
    match vm.kind_of(v) {
        kind::LIST => Ok(list::len(vm, v) as i64),
        kind::TUPLE => Ok(tuple::len(vm, v) as i64),
        kind::DICT | kind::SET | kind::FROZENSET => Ok(dict::len(vm, v) as i64),
        kind::DICT_VIEW => {
            let d = vm.slot(v, 0);
            Ok(dict::len(vm, d) as i64)
        }
        kind::RANGE => crate::objects::range::len_checked(vm, v),
        kind::BYTES | kind::BYTEARRAY | kind::MEMORYVIEW => {
            Ok(crate::objects::buffer::data(vm, v).map_or(0, |d| d.len() as i64))
        }
        _ => {
            let t = vm.type_of(v);
            if let Some(m) = class::lookup(vm, t, Value::qstr(q::D_LEN)) {
                let r = vm.call(m, &[v])?;
                return crate::objects::corefns::len_result(vm, r);
            }
            let b = vm.base_value(v);
            if b != v {
                return len_of(vm, b);
            }
            let m = alloc::format!("object of type '{}' has no len()", vm.type_name(v));
            Err(vm.type_error(&m))
        }
    }
}

fn type_matches(vm: &mut Vm, v: Value, t: Value, inst: bool) -> PyResult<bool> {
    if !inst && !vm.is_type(v) {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    if vm.kind_of(t) == kind::TUPLE {
        for i in 0..tuple::len(vm, t) {
            let x = vm.tuple_get(t, i);
            if type_matches(vm, v, x, inst)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if !vm.is_type(t) {
        let m = if inst {
            "isinstance() arg 2 must be a type, a tuple of types, or a union"
        } else {
            "issubclass() arg 2 must be a class, a tuple of classes, or a union"
        };
        return Err(vm.type_error(m));
    }
    if inst {
        if t == TypeId::Int.value() && v.as_bool().is_some() {
            return Ok(true);
        }
        Ok(vm.is_instance(v, t))
    } else {
        if !vm.is_type(v) {
            return Err(vm.type_error("issubclass() arg 1 must be a class"));
        }
        Ok(vm.is_subclass(v, t))
    }
}

fn isinstance(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::corefns::arity(vm, &a, "isinstance", 2, 2)?;
    let (v, t) = (vm.arg(&a, 0), vm.arg(&a, 1));
    // An exact type match is true before anything else (as in CPython),
    // also as an item of a tuple of types.
    let tv = vm.type_of(v);
    if tv == t {
        return Ok(Value::TRUE);
    }
    if let Some(r) = t.as_ref() {
        if let (kind::TUPLE, items) = vm.heap.kind_values(r) {
            if items.contains(&tv) {
                return Ok(Value::TRUE);
            }
        }
    }
    type_matches(vm, v, t, true).map(Value::bool)
}
fn issubclass(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::corefns::arity(vm, &a, "issubclass", 2, 2)?;
    let (v, t) = (vm.arg(&a, 0), vm.arg(&a, 1));
    type_matches(vm, v, t, false).map(Value::bool)
}
fn next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::corefns::arity(vm, &a, "next", 1, 2)?;
    let it = vm.arg(&a, 0);
    let k = vm.kind_of(it);
    if !crate::objects::iter::is_native_iter(k) {
        let t = vm.type_of(it);
        if class::lookup(vm, t, Value::qstr(q::D_NEXT)).is_none() {
            let m = alloc::format!("'{}' object isn't an iterator", vm.type_name(it));
            return Err(vm.type_error(&m));
        }
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None if a.n > 1 => Ok(vm.arg(&a, 1)),
        None => Err(vm.stop_iteration()),
    }
}
fn repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::corefns::arity(vm, &a, "repr", 1, 1)?;
    let v = vm.arg(&a, 0);
    let s = vm.repr_string(v)?;
    vm.new_str(&s)
}

fn hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::corefns::arity(vm, &a, "hash", 1, 1)?;
    let v = vm.arg(&a, 0);
    let h = vm.py_hash(v)?;
    crate::objects::int::from_i128(vm, i128::from(h))
}
fn id(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::corefns::arity(vm, &a, "id", 1, 1)?;
    let v = vm.arg(&a, 0);
    let id = match v.as_ref() {
        // Stable for the object's life, also under the compacting collector.
        Some(r) => vm.heap.identity(r),
        None => v.bits() & 0x7fff_ffff_ffff,
    };
    Ok(Value::int(id as i64).unwrap_or(Value::from_small(0)))
}
fn getattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::corefns::arity(vm, &a, "getattr", 2, 3)?;
    let (o, n) = (vm.arg(&a, 0), vm.arg(&a, 1));
    if !vm.is_str(n) {
        let m = alloc::format!("attribute name must be string, not '{}'", vm.type_name(n));
        return Err(vm.type_error(&m));
    }
    if a.n > 2 {
        return match vm.getattr_opt(o, n) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Ok(vm.arg(&a, 2)),
            Err(e) => {
                if vm.exc_matches(TypeId::AttributeError) {
                    Ok(vm.arg(&a, 2))
                } else {
                    Err(e)
                }
            }
        };
    }
    vm.getattr(o, n)
}
fn setattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::corefns::arity(vm, &a, "setattr", 3, 3)?;
    let n = vm.arg(&a, 1);
    if !vm.is_str(n) {
        let m = alloc::format!("attribute name must be string, not '{}'", vm.type_name(n));
        return Err(vm.type_error(&m));
    }
    let s = String::from(vm.str_of(n).unwrap_or(""));
    let n = vm.intern(&s)?;
    // Re-read the object and value after the allocation.
    let (o, v) = (vm.arg(&a, 0), vm.arg(&a, 2));
    vm.setattr(o, n, v)?;
    Ok(Value::NONE)
}
fn delattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::corefns::arity(vm, &a, "delattr", 2, 2)?;
    let n = vm.arg(&a, 1);
    if !vm.is_str(n) {
        let m = alloc::format!("attribute name must be string, not '{}'", vm.type_name(n));
        return Err(vm.type_error(&m));
    }
    let s = String::from(vm.str_of(n).unwrap_or(""));
    let n = vm.intern(&s)?;
    vm.delattr(vm.arg(&a, 0), n)?;
    Ok(Value::NONE)
}
fn callable(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::corefns::arity(vm, &a, "callable", 1, 1)?;
    let v = vm.arg(&a, 0);
    let k = vm.kind_of(v);
    let r = v.is_static()
        || matches!(
            k,
            kind::FUNC | kind::BOUND | kind::NATIVE_BOUND | kind::CLASS
        )
        || {
            let t = vm.type_of(v);
            k == kind::INSTANCE && class::lookup(vm, t, Value::qstr(q::D_CALL)).is_some()
        };
    Ok(Value::bool(r))
}
fn all_any(vm: &mut Vm, a: Args, want: bool) -> PyResult<Value> {
    let name = if want { "any" } else { "all" };
    crate::objects::corefns::arity(vm, &a, name, 1, 1)?;
    let v = vm.arg(&a, 0);
    let it = vm.get_iter(v)?;
    let mark = vm.push_root(it);
    let r = (|| loop {
        let it = vm.root(mark);
        match vm.next(it)? {
            Some(x) => {
                if vm.truthy(x)? == want {
                    return Ok(Value::bool(want));
                }
            }
            None => return Ok(Value::bool(!want)),
        }
    })();
    vm.pop_roots(mark);
    r
}
fn all(vm: &mut Vm, a: Args) -> PyResult<Value> {
    all_any(vm, a, false)
}
fn any(vm: &mut Vm, a: Args) -> PyResult<Value> {
    all_any(vm, a, true)
}
fn pow(vm: &mut Vm, a: Args) -> PyResult<Value> {
    use pycopy_compiler::bytecode::BinOp;
    if a.n < 2 || a.n > 3 {
        let m = match a.n {
            0 => String::from("pow() missing required argument 'base' (pos 1)"),
            1 => String::from("pow() missing required argument 'exp' (pos 2)"),
            n => alloc::format!("pow() takes at most 3 arguments ({n} given)"),
        };
        return Err(vm.type_error(&m));
    }
    let (x, y) = (vm.arg(&a, 0), vm.arg(&a, 1));
    if a.n > 2 {
        let m = vm.arg(&a, 2);
        return pow3(vm, x, y, m);
    }
    vm.binop(BinOp::Pow, x, y)
}
/// `pow(x, y, m)`: modular power of ints, else [`pow3_other`].
pub(crate) fn pow3(vm: &mut Vm, x: Value, y: Value, m: Value) -> PyResult<Value> {
    let (Some(b), Some(e), Some(md)) = (
        crate::objects::int::to_big(vm, x),
        crate::objects::int::to_big(vm, y),
        crate::objects::int::to_big(vm, m),
    ) else {
        return pow3_other(vm, x, y, m);
    };
    match pycopy_bigint::pow_mod(b.as_ref(), e.as_ref(), md.as_ref()) {
        Ok(r) => crate::objects::int::from_big(vm, &r),
        Err(err) => Err(crate::objects::int::raise_err(vm, err)),
    }
}

/// Three-argument `pow` when not all are ints: numbers refuse it, a user
/// class's `__pow__(y, m)` may take it (never `__rpow__`, as in CPython).
fn pow3_other(vm: &mut Vm, x: Value, y: Value, m: Value) -> PyResult<Value> {
    let is_num = |vm: &Vm, v: Value| {
        v.is_float() || crate::objects::num::is_intlike(vm, v) || vm.kind_of(v) == kind::COMPLEX
    };
    if is_num(vm, x) && is_num(vm, y) && is_num(vm, m) {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    if vm.kind_of(x) == kind::INSTANCE {
        let t = vm.type_of(x);
        if let Some(f) = class::lookup(vm, t, Value::qstr(q::D_POW)) {
            let r = vm.call(f, &[x, y, m])?;
            if r != Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
        }
    }
    let (a, b, c) = (vm.type_name(x), vm.type_name(y), vm.type_name(m));
    let msg = alloc::format!("unsupported operand type(s) for ** or pow(): '{a}', '{b}', '{c}'");
    Err(vm.type_error(&msg))
}
fn globals(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::corefns::arity(vm, &a, "globals", 0, 0)?;
    Ok(vm.st.frames.last().map_or(Value::NONE, |f| f.globals))
}
fn input(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::corefns::arity(vm, &a, "input", 0, 1)?;
    if a.n > 0 {
        let p = vm.arg(&a, 0);
        let s = vm.str_string(p)?;
        vm.write_out(&s);
        vm.hal.flush();
    }
    match vm.hal.read_line() {
        Some(l) => vm.new_str(&l),
        None => Err(vm.raise(TypeId::EOFError, "")),
    }
}
fn build_class(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let body = vm.arg(&a, 0);
    let name = vm.arg(&a, 1);
    if vm.kind_of(body) != kind::FUNC {
        return Err(vm.type_error("__build_class__: func must be a function"));
    }
    let bases: Vec<Value> = (2..a.n as usize).map(|i| vm.arg(&a, i)).collect();
    let bt = tuple::new_tuple(vm, &bases)?;
    let mark = vm.push_root(bt);
    let r = (|| {
        let ns = dict::new_dict(vm, 8)?;
        vm.push_root(ns);
        let body = vm.arg(&a, 0);
        let g = vm.slot(body, func::F_GLOBALS);
        if let Some(mn) = dict::get_str(vm, g, Value::qstr(q::D_NAME)) {
            dict::set(vm, ns, Value::qstr(q::D_MODULE), mn)?;
        }
        let code = vm.slot(body, func::F_CODE);
        let qn = vm.slot(code, func::C_QUALNAME);
        let ns = vm.root(mark + 1);
        let qn = if vm
            .str_of(qn)
            .is_some_and(|s| s.ends_with("<locals>") || s.is_empty())
        {
            vm.arg(&a, 1)
        } else {
            qn
        };
        dict::set(vm, ns, Value::qstr(q::D_QUALNAME), qn)?;
        let body = vm.arg(&a, 0);
        let ns = vm.root(mark + 1);
        crate::interp::run_class_body(vm, body, ns)?;
        let ns = vm.root(mark + 1);
        let cell = dict::remove(vm, ns, Value::qstr(q::D_CLASSCELL))?;
        vm.push_root(cell.unwrap_or(Value::NONE));
        let name = vm.arg(&a, 1);
        let bt = vm.root(mark);
        let ns = vm.root(mark + 1);
        let c = class::new_class(vm, name, bt, ns)?;
        let cell = vm.root(mark + 2);
        if vm.kind_of(cell) == kind::CELL {
            vm.set_slot(cell, 0, c);
        }
        Ok(c)
    })();
    vm.pop_roots(mark);
    let _ = name;
    r
}
fn import(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = vm.arg(&a, 0);
    let from = if a.n > 3 { vm.arg(&a, 3) } else { Value::NONE };
    crate::import::import_name(vm, n, from, 0)
}
/// Compiles source text to a heap code object (`mode` 'eval' or 'exec').
fn compile_text(vm: &mut Vm, text: &str, filename: &str, mode: &str) -> PyResult<Value> {
    let co = match mode {
        "eval" => pycopy_compiler::compile_eval(text.trim_start()),
        "eval-locals" => pycopy_compiler::compile_eval_with_locals(text.trim_start()),
        "exec-locals" => pycopy_compiler::compile_module_with_locals(text, filename),
        "single" => pycopy_compiler::compile_interactive(text),
        _ => pycopy_compiler::compile_module(text, filename),
    };
    match co {
        Ok(c) => crate::load::load_code(vm, &c),
        Err(e) => {
            let m = alloc::format!("{}", e.display_with(text, filename));
            let t = match e.exception_name() {
                "IndentationError" => TypeId::IndentationError,
                _ => TypeId::SyntaxError,
            };
            Err(vm.raise(t, &m))
        }
    }
}

/// `compile(source, filename, mode)`: a code object for `exec`/`eval`.
fn compile(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.n < 3 {
        let m = alloc::format!("compile() missing required argument ({} given)", a.n);
        return Err(vm.type_error(&m));
    }
    let (src, name, mode) = (vm.arg(&a, 0), vm.arg(&a, 1), vm.arg(&a, 2));
    if vm.kind_of(src) == kind::CODE {
        return Ok(src);
    }
    let text = match vm.str_of(src) {
        Some(t) => String::from(t),
        None => match crate::objects::buffer::data(vm, src) {
            Some(d) => String::from_utf8_lossy(d).into_owned(),
            None => {
                return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object"))
            }
        },
    };
    let filename = String::from(vm.str_of(name).unwrap_or("<string>"));
    // The code may later run with a locals mapping apart from its globals
    // (`exec(code, g, l)`): module-level names go through the locals when
    // there are any (else straight to the globals).
    let mode = match vm.str_of(mode) {
        Some("eval") => "eval-locals",
        Some("exec") => "exec-locals",
        Some("single") => "single",
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    compile_text(vm, &text, &filename, mode)
}

/// The globals and locals `eval`/`exec` run with: the given ones, else the
/// calling frame's (its locals are None outside class bodies).
fn eval_scope(vm: &Vm, a: &Args) -> (Value, Value) {
    let g = vm.arg(a, 1);
    let l = if a.n > 2 { vm.arg(a, 2) } else { Value::NONE };
    if !g.is_none() {
        return (g, l);
    }
    let f = vm.st.frames.last();
    let g = f.map_or(Value::NONE, |f| f.globals);
    if l.is_none() {
        return (g, f.map_or(Value::NONE, |f| f.locals));
    }
    (g, l)
}

/// Whether the calling frame runs a function body (not module, class body
/// or `exec`ed module code), whose locals live in registers.
fn caller_is_function(vm: &Vm) -> bool {
    let Some(f) = vm.st.frames.last() else {
        return false;
    };
    if f.func.is_none() {
        return false;
    }
    let regs = vm.slot(f.code, func::C_REGS).as_int().unwrap_or(0);
    let flags = pycopy_compiler::bytecode::CodeFlags((regs >> 16) as u16);
    !flags.has(pycopy_compiler::bytecode::CodeFlags::MODULE)
        && !flags.has(pycopy_compiler::bytecode::CodeFlags::CLASS_BODY)
}

/// The calling function's locals dict, as CPython's `locals()` in a
/// function: one dict per frame (kept in the frame's otherwise unused
/// `locals` slot), refreshed from the registers at each call (cells read
/// through, unbound names removed); names only `exec` gave it stay, and
/// writes to it never change the variables.
fn function_locals(vm: &mut Vm) -> PyResult<Value> {
    let d = match vm.st.frames.last() {
        Some(f) if vm.kind_of(f.locals) == kind::DICT => f.locals,
        _ => {
            let d = dict::new_dict(vm, 0)?;
            if let Some(f) = vm.st.frames.last_mut() {
                f.locals = d;
            }
            d
        }
    };
    let mark = vm.push_root(d);
    let r = (|| {
        let Some(f) = vm.st.frames.last().copied() else {
            return Ok(());
        };
        let names = vm.slot(f.code, func::C_VARNAMES);
        let n = tuple::len(vm, names);
        for i in 0..n {
            // Re-read after each insertion (it may have moved the heap).
            let Some(f) = vm.st.frames.last().copied() else {
                break;
            };
            let names = vm.slot(f.code, func::C_VARNAMES);
            let name = vm.tuple_get(names, i);
            let Some(mut v) = vm.st.stack.get(f.base as usize + i).copied() else {
                break;
            };
            if vm.kind_of(v) == kind::CELL {
                v = vm.slot(v, 0);
            }
            let d = vm.root(mark);
            if v.is_empty() {
                dict::remove(vm, d, name)?;
            } else {
                dict::set(vm, d, name, v)?;
            }
        }
        Ok(())
    })();
    let d = vm.root(mark);
    vm.pop_roots(mark);
    r.map(|_| d)
}

/// `locals()` of the calling code: a class body's namespace, a function's
/// locals dict ([`function_locals`]), else the module's globals.
pub fn current_locals(vm: &mut Vm) -> PyResult<Value> {
    if caller_is_function(vm) {
        return function_locals(vm);
    }
    Ok(match vm.st.frames.last() {
        Some(f) if !f.locals.is_none() => f.locals,
        Some(f) => f.globals,
        None => Value::NONE,
    })
}

fn eval_exec(vm: &mut Vm, a: Args, is_eval: bool) -> PyResult<Value> {
    let src = vm.arg(&a, 0);
    // CPython checks the dicts before the source.
    let given_g = if a.n > 1 { vm.arg(&a, 1) } else { Value::NONE };
    if !given_g.is_none() && vm.kind_of(given_g) != kind::DICT {
        // (CPython suggests the three-argument form for other mappings.)
        let mapping = vm.is_str(given_g)
            || matches!(
                vm.kind_of(given_g),
                kind::LIST | kind::TUPLE | kind::BYTES | kind::BYTEARRAY | kind::RANGE
            )
            || (vm.kind_of(given_g) == kind::INSTANCE && {
                let t = vm.type_of(given_g);
                class::lookup(vm, t, Value::qstr(q::D_GETITEM)).is_some()
            });
        let m = match (is_eval, mapping) {
            (true, true) => {
                String::from("globals must be a real dict; try eval(expr, {}, mapping)")
            }
            (true, false) => String::from("globals must be a dict"),
            (false, _) => alloc::format!(
                "exec() globals must be a dict, not {}",
                vm.type_name(given_g)
            ),
        };
        return Err(vm.type_error(&m));
    }
    let given_l = if a.n > 2 { vm.arg(&a, 2) } else { Value::NONE };
    if !given_l.is_none() && vm.kind_of(vm.base_value(given_l)) != kind::DICT {
        let m = if is_eval {
            String::from("locals must be a mapping")
        } else {
            alloc::format!(
                "locals must be a mapping or None, not {}",
                vm.type_name(given_l)
            )
        };
        return Err(vm.type_error(&m));
    }
    let (g, l) = eval_scope(vm, &a);
    // Inside a function without explicit dicts: the function's globals and
    // a snapshot of its locals (CPython: new names land in the snapshot).
    let given = |i: usize| a.n as usize > i && !vm.arg(&a, i).is_none();
    let snapshot = !given(1) && !given(2) && caller_is_function(vm);
    // A separate locals mapping: names resolve locals, globals, builtins.
    let own_locals = snapshot || (!l.is_none() && l != g);
    if !snapshot && own_locals && vm.kind_of(vm.base_value(l)) != kind::DICT {
        let m = alloc::format!("locals must be a mapping, not {}", vm.type_name(l));
        return Err(vm.type_error(&m));
    }
    let mode = match (is_eval, own_locals) {
        (true, false) => "eval",
        (true, true) => "eval-locals",
        (false, false) => "exec",
        (false, true) => "exec-locals",
    };
    let code = if vm.kind_of(src) == kind::CODE {
        src
    } else {
        let text = match vm.str_of(src) {
            Some(t) => String::from(t),
            None => match crate::objects::buffer::data(vm, src) {
                Some(d) => String::from_utf8_lossy(d).into_owned(),
                None => {
                    let m = alloc::format!(
                        "{}() arg 1 must be a string, bytes or code object",
                        if is_eval { "eval" } else { "exec" }
                    );
                    return Err(vm.type_error(&m));
                }
            },
        };
        compile_text(vm, &text, "<string>", mode)?
    };
    let cmark = vm.push_root(code);
    // Compiling allocated: take the dicts again (from the stack and frame).
    let (g, l) = if snapshot {
        let l = match function_locals(vm) {
            Ok(l) => l,
            Err(e) => {
                vm.pop_roots(cmark);
                return Err(e);
            }
        };
        (eval_scope(vm, &a).0, l)
    } else {
        eval_scope(vm, &a)
    };
    let l = vm.base_value(l);
    if vm.kind_of(g) != kind::DICT {
        vm.pop_roots(cmark);
        return Err(vm.type_error("globals must be a dict"));
    }
    let mark = vm.push_root(g);
    vm.push_root(l);
    let r = (|| {
        let code = vm.root(cmark);
        vm.push_root(code);
        let g = vm.root(mark);
        if dict::get_str(vm, g, Value::qstr(q::D_BUILTINS)).is_none() {
            let b = vm.st.builtins;
            dict::set(vm, g, Value::qstr(q::D_BUILTINS), b)?;
        }
        let g = vm.root(mark);
        let code = vm.root(mark + 2);
        let f = func::new_function(vm, code, g)?;
        let l = vm.root(mark + 1);
        if l.is_none() || l == g {
            vm.call(f, &[])
        } else {
            crate::interp::run_class_body(vm, f, l)
        }
    })();
    vm.pop_roots(cmark);
    let v = r?;
    Ok(if is_eval { v } else { Value::NONE })
}
fn eval(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.n == 0 || a.n > 3 {
        return Err(crate::objects::corefns::arity_error(vm, "eval", 1, 3, a.n));
    }
    eval_exec(vm, a, true)
}
fn exec(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.n == 0 || a.n > 3 {
        let m = if a.n == 0 {
            String::from("exec() takes at least 1 positional argument (0 given)")
        } else {
            alloc::format!(
                "exec() takes at most 3 positional arguments ({} given)",
                a.n
            )
        };
        return Err(vm.type_error(&m));
    }
    eval_exec(vm, a, false)
}
fn locals(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::corefns::arity(vm, &a, "locals", 0, 0)?;
    current_locals(vm)
}
fn object_init(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::NONE)
}

/// `complex(real=0, imag=0)`.
pub fn complex_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::complex::new(vm, a)
}

/// Builtin functions (table 0). `__build_class__` and `object.__init__`
/// must stay last.
pub static FUNCS: &[NativeDesc] = &[
    NativeDesc {
        name: q::PRINT,
        f: print,
    },
    NativeDesc {
        name: q::LEN,
        f: crate::objects::corefns::builtin_len,
    },
    NativeDesc {
        name: q::ISINSTANCE,
        f: isinstance,
    },
    NativeDesc {
        name: q::ISSUBCLASS,
        f: issubclass,
    },
    NativeDesc {
        name: q::ITER,
        f: crate::objects::iterfns::builtin_iter,
    },
    NativeDesc {
        name: q::NEXT,
        f: next,
    },
    NativeDesc {
        name: q::REPR,
        f: repr,
    },
    NativeDesc {
        name: q::MIN,
        f: crate::objects::iterfns::builtin_min,
    },
    NativeDesc {
        name: q::MAX,
        f: crate::objects::iterfns::builtin_max,
    },
    NativeDesc {
        name: q::SUM,
        f: crate::objects::iterfns::builtin_sum,
    },
    NativeDesc {
        name: q::SORTED,
        f: crate::objects::iterfns::builtin_sorted,
    },
    NativeDesc {
        name: q::ABS,
        f: crate::objects::num::builtin_abs,
    },
    NativeDesc {
        name: q::HASH,
        f: hash,
    },
    NativeDesc { name: q::ID, f: id },
    NativeDesc {
        name: q::GETATTR,
        f: getattr,
    },
    NativeDesc {
        name: q::SETATTR,
        f: setattr,
    },
    NativeDesc {
        name: q::DELATTR,
        f: delattr,
    },
    NativeDesc {
        name: q::HASATTR,
        f: crate::objects::corefns::builtin_hasattr,
    },
    NativeDesc {
        name: q::CALLABLE,
        f: callable,
    },
    NativeDesc {
        name: q::CHR,
        f: crate::objects::corefns::builtin_chr,
    },
    NativeDesc {
        name: q::ORD,
        f: crate::objects::corefns::builtin_ord,
    },
    NativeDesc {
        name: q::ALL,
        f: all,
    },
    NativeDesc {
        name: q::ANY,
        f: any,
    },
    NativeDesc {
        name: q::DIVMOD,
        f: crate::objects::num::builtin_divmod,
    },
    NativeDesc {
        name: q::POW,
        f: pow,
    },
    NativeDesc {
        name: q::ROUND,
        f: crate::objects::num::builtin_round,
    },
    NativeDesc {
        name: q::HEX,
        f: crate::objects::num::builtin_hex,
    },
    NativeDesc {
        name: q::OCT,
        f: crate::objects::num::builtin_oct,
    },
    NativeDesc {
        name: q::BIN,
        f: crate::objects::num::builtin_bin,
    },
    NativeDesc {
        name: q::GLOBALS,
        f: globals,
    },
    NativeDesc {
        name: q::INPUT,
        f: input,
    },
    NativeDesc {
        name: q::EVAL,
        f: eval,
    },
    NativeDesc {
        name: q::COMPILE,
        f: compile,
    },
    NativeDesc {
        name: q::DIR,
        f: crate::objects::corefns::builtin_dir,
    },
    NativeDesc {
        name: q::VARS,
        f: crate::objects::corefns::builtin_vars,
    },
    NativeDesc {
        name: q::EXEC,
        f: exec,
    },
    NativeDesc {
        name: q::LOCALS,
        f: locals,
    },
    NativeDesc {
        name: q::FORMAT,
        f: crate::format::builtin_format,
    },
    NativeDesc {
        name: q::ASCII,
        f: crate::format::builtin_ascii,
    },
    NativeDesc {
        name: q::D_NEW,
        f: class::builtin_type_new,
    },
    NativeDesc {
        name: q::D_IMPORT,
        f: import,
    },
    NativeDesc {
        name: q::D_BUILD_CLASS,
        f: build_class,
    },
    NativeDesc {
        name: q::D_INIT,
        f: object_init,
    },
];

/// `object()`.
pub fn object_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.n > 0 || a.nkw > 0 {
        return Err(vm.type_error("object() takes no arguments"));
    }
    class::new_instance_of_object(vm)
}
/// `type(x)` / `type(name, bases, dict)`.
pub fn type_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.n == 1 {
        let v = vm.arg(&a, 0);
        return Ok(vm.type_of(v));
    }
    if a.n == 3 {
        let (n, b, d) = (vm.arg(&a, 0), vm.arg(&a, 1), vm.arg(&a, 2));
        return class::new_class(vm, n, b, d);
    }
    Err(vm.type_error("type() takes 1 or 3 arguments"))
}
/// `bool(x)`.
pub fn bool_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::corefns::arity(vm, &a, "bool", 0, 1)?;
    if a.n == 0 {
        return Ok(Value::FALSE);
    }
    let v = vm.arg(&a, 0);
    vm.truthy(v).map(Value::bool)
}
/// `int(x[, base])`.
pub fn int_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::num::int_new(vm, a)
}
/// `float(x)`.
pub fn float_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objects::float::new(vm, a)
}
/// Builtin exception types called directly.
pub fn exc_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let _ = a;
    Err(vm.type_error("exception constructor called without its type"))
}
/// Exception type call: `T(*args)`.
pub fn exc_call(vm: &mut Vm, t: Value, a: Args) -> PyResult<Value> {
    let items: Vec<Value> = (0..a.n as usize).map(|i| vm.arg(&a, i)).collect();
    // OSError(errno, msg) builds the matching subclass, as CPython does.
    let t = match (
        TypeId::from_value(t),
        items.first().and_then(|e| e.as_int()),
    ) {
        (Some(TypeId::OSError), Some(errno)) if items.len() >= 2 => {
            exc::oserror_subclass(errno).map_or(t, TypeId::value)
        }
        _ => t,
    };
    let args = tuple::new_tuple(vm, &items)?;
    exc::new_exc_raw(vm, t, args)
}
