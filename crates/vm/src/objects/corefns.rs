//! Small builtin functions with CPython's argument checking: `len`
//! (`__len__` results validated), `chr`, `ord`, `hasattr`, `reversed`, and
//! the arity helper natives use.

use crate::qstr::q;
use crate::types::{kind, TypeId};
use crate::vm::{Args, PyResult, Vm};
use alloc::vec::Vec;
use pycopy_gc::Value;

use super::{class, num};

/// Raises TypeError unless `min <= positional count <= max` and there are
/// no keyword arguments.
#[inline(always)]
pub fn arity(vm: &mut Vm, a: &Args, name: &str, min: u32, max: u32) -> PyResult<()> {
    if a.nkw > 0 {
        return Err(no_keywords_error(vm, name));
    }
    if a.n < min || a.n > max {
        return Err(arity_error(vm, name, min, max, a.n));
    }
    Ok(())
}

/// `TypeError: name() takes no keyword arguments`.
#[cold]
fn no_keywords_error(vm: &mut Vm, name: &str) -> crate::vm::PyErr {
    let m = alloc::format!("{name}() takes no keyword arguments");
    vm.type_error(&m)
}

/// CPython's wording of a wrong argument count for builtin `name`: the
/// one-argument functions (`len`, `repr`, ...) and the argument-less ones
/// say "takes", the others "expected".
#[cold]
pub fn arity_error(vm: &mut Vm, name: &str, min: u32, max: u32, n: u32) -> crate::vm::PyErr {
    let s = |k: u32| if k == 1 { "" } else { "s" };
    let one_arg = matches!(
        name,
        "abs"
            | "all"
            | "any"
            | "ascii"
            | "bin"
            | "callable"
            | "chr"
            | "hash"
            | "hex"
            | "id"
            | "len"
            | "oct"
            | "ord"
            | "repr"
    );
    let m = if min == max && min == 0 {
        alloc::format!("{name}() takes no arguments ({n} given)")
    } else if min == max && min == 1 && one_arg {
        alloc::format!("{name}() takes exactly one argument ({n} given)")
    } else if min == max {
        alloc::format!("{name} expected {min} argument{}, got {n}", s(min))
    } else if n < min {
        alloc::format!("{name} expected at least {min} argument{}, got {n}", s(min))
    } else {
        alloc::format!("{name} expected at most {max} argument{}, got {n}", s(max))
    };
    vm.type_error(&m)
}

/// Checks that a builtin type's method (native `id`, table > 1) gets an
/// instance of that type as its first argument (stack index `at`), as
/// CPython's method descriptors do; alternate constructors called on the
/// type (`int.from_bytes`, `dict.fromkeys`, ...) take no instance. Then the
/// argument count (`n` values including `self`, `nkw` keywords) of methods
/// with a fixed one ([`super::arity`]).
pub fn check_self(vm: &mut Vm, id: u32, at: usize, n: usize, nkw: usize) -> PyResult<()> {
    let slot = super::slots::decode(id);
    let t = match slot {
        Some((t, _)) => t,
        None => match TypeId::ALL.get((id >> 16) as usize - 1) {
            Some(t) => *t,
            None => return Ok(()),
        },
    };
    let s = vm.st.stack.get(at).copied().unwrap_or(Value::NONE);
    let st = vm.type_of(s);
    if vm.builtin_base(st).is_subtype(t) {
        if slot.is_some() {
            return Ok(());
        }
        return super::arity::check(vm, t, (id & 0xffff) as usize, n, nkw);
    }
    let d = match slot {
        Some((_, d)) => d,
        None => match super::desc(t).methods.get((id & 0xffff) as usize) {
            Some(d) => d,
            None => return Ok(()),
        },
    };
    let name = crate::qstr::STATIC
        .get(d.name as usize)
        .copied()
        .unwrap_or("?");
    if matches!(name, "from_bytes" | "fromkeys" | "fromhex" | "maketrans") {
        return Ok(());
    }
    let m = alloc::format!(
        "descriptor '{name}' for '{}' objects doesn't apply to a '{}' object",
        super::desc(t).name,
        vm.type_name(s)
    );
    Err(vm.type_error(&m))
}

/// A flag argument CPython takes as an int (`reverse=`, `keepends=`):
/// ints and bools (and `__index__`), else `TypeError`.
pub fn int_flag(vm: &mut Vm, v: Value) -> PyResult<bool> {
    if let Some(b) = v.as_bool() {
        return Ok(b);
    }
    if let Some(i) = v.as_int() {
        return Ok(i != 0);
    }
    let i = num::index_value(vm, v)?;
    Ok(i.as_int() != Some(0))
}

/// Validates the result of a `__len__` call.
pub fn len_result(vm: &mut Vm, r: Value) -> PyResult<i64> {
    if !num::is_intlike(vm, r) {
        let m = alloc::format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(r)
        );
        return Err(vm.type_error(&m));
    }
    let neg = match r.as_int() {
        Some(i) => i < 0,
        None => super::int::with_ref(vm, r, |x| x.is_negative()).unwrap_or(false),
    };
    if neg {
        return Err(vm.value_error("__len__() should return >= 0"));
    }
    num::index_i64(vm, r)
}

/// `len(x)`.
pub fn builtin_len(vm: &mut Vm, a: Args) -> PyResult<Value> {
    arity(vm, &a, "len", 1, 1)?;
    let v = vm.arg(&a, 0);
    if let Some(r) = v.as_ref() {
        // The common containers: their length is a word of the object.
        let i = match vm.heap.kind(r) {
            kind::LIST => Some(super::list::len(vm, v)),
            kind::TUPLE => Some(super::tuple::len(vm, v)),
            kind::DICT | kind::SET | kind::FROZENSET => Some(super::dict::len(vm, v)),
            _ => None,
        };
        if let Some(v) = i.and_then(|i| i64::try_from(i).ok()).and_then(Value::int) {
            return Ok(v);
        }
    }
    let n = crate::builtins::len_of(vm, v)?;
    super::int::from_i128(vm, i128::from(n))
}

/// `chr(i)`.
pub fn builtin_chr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    arity(vm, &a, "chr", 1, 1)?;
    let v = vm.arg(&a, 0);
    let i = match num::index_value(vm, v) {
        Ok(i) => i,
        Err(e) => {
            // Re-read the argument: raising allocated (and may have moved it).
            let v = vm.arg(&a, 0);
            if v.is_float() || vm.is_str(v) {
                let m = alloc::format!("an integer is required (got type {})", vm.type_name(v));
                return Err(vm.type_error(&m));
            }
            return Err(e);
        }
    };
    let c = i
        .as_int()
        .and_then(|i| u32::try_from(i).ok())
        .and_then(char::from_u32);
    match c {
        Some(c) => {
            let mut b = [0u8; 4];
            let s = c.encode_utf8(&mut b);
            vm.new_str(s)
        }
        None => {
            // Lone surrogates are not representable in this str type.
            let in_range = i.as_int().is_some_and(|x| (0..0x11_0000).contains(&x));
            if in_range {
                return Err(vm.value_error("chr() arg is a lone surrogate"));
            }
            Err(vm.value_error("chr() arg not in range(0x110000)"))
        }
    }
}

/// `ord(c)`.
pub fn builtin_ord(vm: &mut Vm, a: Args) -> PyResult<Value> {
    arity(vm, &a, "ord", 1, 1)?;
    let v = vm.arg(&a, 0);
    if let Some(s) = vm.str_of(v) {
        let mut it = s.chars();
        return match (it.next(), it.next()) {
            (Some(c), None) => Ok(Value::from_small(c as i32)),
            _ => {
                let m = alloc::format!(
                    "ord() expected a character, but string of length {} found",
                    s.chars().count()
                );
                Err(vm.type_error(&m))
            }
        };
    }
    let k = vm.kind_of(v);
    if k == kind::BYTES || k == kind::BYTEARRAY {
        let d = super::bytes::data(vm, v).unwrap_or(&[]);
        return match d {
            [b] => Ok(Value::from_small(i32::from(*b))),
            _ => {
                let m = alloc::format!(
                    "ord() expected a character, but string of length {} found",
                    d.len()
                );
                Err(vm.type_error(&m))
            }
        };
    }
    let m = alloc::format!(
        "ord() expected string of length 1, but {} found",
        vm.type_name(v)
    );
    Err(vm.type_error(&m))
}

/// `hasattr(o, name)`.
pub fn builtin_hasattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    arity(vm, &a, "hasattr", 2, 2)?;
    let (o, n) = (vm.arg(&a, 0), vm.arg(&a, 1));
    if !vm.is_str(n) {
        let m = alloc::format!("attribute name must be string, not '{}'", vm.type_name(n));
        return Err(vm.type_error(&m));
    }
    match vm.getattr_opt(o, n) {
        Ok(v) => Ok(Value::bool(v.is_some())),
        Err(e) => {
            if vm.exc_matches(TypeId::AttributeError) {
                Ok(Value::FALSE)
            } else {
                Err(e)
            }
        }
    }
}

/// `reversed(seq)`: `__reversed__`, builtin sequences, ranges, dicts and
/// their views, or any object with `__len__` and `__getitem__`.
pub fn builtin_reversed(vm: &mut Vm, a: Args) -> PyResult<Value> {
    arity(vm, &a, "reversed", 1, 1)?;
    let v = vm.arg(&a, 0);
    let k = vm.kind_of(v);
    match k {
        kind::RANGE => return super::range::iter(vm, v, true),
        kind::LIST | kind::TUPLE | kind::BYTES | kind::BYTEARRAY | kind::DICT => {
            let mut items = vm.collect_iter(v)?;
            items.reverse();
            return rev_iter(vm, &items);
        }
        kind::DICT_VIEW => {
            let mut items = vm.collect_iter(v)?;
            items.reverse();
            return rev_iter(vm, &items);
        }
        _ => {}
    }
    if vm.is_str(v) {
        let mut items = vm.collect_iter(v)?;
        items.reverse();
        return rev_iter(vm, &items);
    }
    if k == kind::INSTANCE {
        let t = vm.type_of(v);
        if let Some(m) = class::lookup(vm, t, Value::qstr(q::D_REVERSED)) {
            return vm.call(m, &[v]);
        }
        let has_len = class::lookup(vm, t, Value::qstr(q::D_LEN)).is_some();
        let has_get = class::lookup(vm, t, Value::qstr(q::D_GETITEM)).is_some();
        if has_len && has_get {
            let n = crate::builtins::len_of(vm, v)?;
            let mut items: Vec<Value> = Vec::new();
            let mark = vm.st.misc.len();
            let r = (|| {
                for i in (0..n).rev() {
                    let o = vm.arg(&a, 0);
                    let idx = Value::int(i).unwrap_or(Value::from_small(0));
                    let x = vm.getitem(o, idx)?;
                    vm.push_root(x);
                }
                Ok(())
            })();
            items.extend_from_slice(vm.st.misc.get(mark..).unwrap_or(&[]));
            let res = r.and_then(|_| rev_iter(vm, &items));
            vm.pop_roots(mark);
            return res;
        }
        let b = vm.base_value(v);
        if b != v {
            let args = vm.push_args(&[b])?;
            let r = builtin_reversed(vm, args);
            vm.st.stack.truncate(args.base as usize);
            return r;
        }
    }
    let m = alloc::format!("'{}' object is not reversible", vm.type_name(v));
    Err(vm.type_error(&m))
}

/// Attribute names a builtin type provides (its and its bases' methods,
/// plus the data attributes `num::attr` serves).
fn builtin_type_names(t: TypeId, out: &mut Vec<&'static str>) {
    let mut c = Some(t);
    while let Some(x) = c {
        for m in super::desc(x).methods {
            if let Some(n) = crate::qstr::STATIC.get(m.name as usize) {
                out.push(n);
            }
        }
        let data: &[&'static str] = match x {
            TypeId::Int => &["real", "imag", "numerator", "denominator"],
            TypeId::Float | TypeId::Complex => &["real", "imag"],
            TypeId::Range | TypeId::Slice => &["start", "stop", "step"],
            _ => &[],
        };
        out.extend_from_slice(data);
        c = super::desc(x).base;
    }
    out.extend_from_slice(&["__class__", "__doc__"]);
}

/// Keys of dict `d` that are strs, as owned strings.
fn str_keys(vm: &Vm, d: Value, out: &mut Vec<alloc::string::String>) {
    if vm.kind_of(d) != kind::DICT {
        return;
    }
    for (k, _) in super::dict::pairs(vm, d) {
        if let Some(s) = vm.str_of(k) {
            out.push(alloc::string::String::from(s));
        }
    }
}

/// Names of a class and its MRO (builtin bases included).
fn class_names(vm: &Vm, c: Value, out: &mut Vec<alloc::string::String>) {
    if let Some(t) = TypeId::from_value(c) {
        let mut v = Vec::new();
        builtin_type_names(t, &mut v);
        out.extend(v.into_iter().map(alloc::string::String::from));
        return;
    }
    let mro = vm.slot(c, class::MRO);
    for i in 0..super::tuple::len(vm, mro) {
        let m = vm.tuple_get(mro, i);
        if let Some(t) = TypeId::from_value(m) {
            let mut v = Vec::new();
            builtin_type_names(t, &mut v);
            out.extend(v.into_iter().map(alloc::string::String::from));
        } else {
            str_keys(vm, vm.slot(m, class::DICT), out);
        }
    }
}

/// `dir([obj])`: sorted attribute names.
pub fn builtin_dir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    arity(vm, &a, "dir", 0, 1)?;
    let mut names: Vec<alloc::string::String> = Vec::new();
    if a.n == 0 {
        let d = crate::builtins::current_locals(vm)?;
        str_keys(vm, d, &mut names);
    } else {
        let o = vm.arg(&a, 0);
        let t = vm.type_of(o);
        if let Some(m) =
            class::lookup(vm, t, Value::qstr(q::D_DIR)).filter(|m| vm.kind_of(*m) == kind::FUNC)
        {
            let r = vm.call(m, &[o])?;
            let items = vm.collect_iter(r)?;
            for x in items {
                if let Some(s) = vm.str_of(x) {
                    names.push(alloc::string::String::from(s));
                }
            }
        } else {
            match vm.kind_of(o) {
                kind::MODULE => str_keys(vm, vm.slot(o, 1), &mut names),
                kind::CLASS => class_names(vm, o, &mut names),
                _ if TypeId::from_value(o).is_some() => class_names(vm, o, &mut names),
                k => {
                    let t = vm.type_of(o);
                    class_names(vm, t, &mut names);
                    if matches!(k, kind::INSTANCE | kind::EXC | kind::FUNC) {
                        if let Some(d) = vm.getattr_opt(o, Value::qstr(q::D_DICT))? {
                            str_keys(vm, d, &mut names);
                        }
                    }
                }
            }
        }
    }
    names.sort();
    names.dedup();
    let mut vals = Vec::with_capacity(names.len());
    let mark = vm.st.misc.len();
    for n in &names {
        match vm.new_str(n) {
            Ok(v) => {
                vm.push_root(v);
            }
            Err(e) => {
                vm.pop_roots(mark);
                return Err(e);
            }
        }
    }
    vals.extend_from_slice(vm.st.misc.get(mark..).unwrap_or(&[]));
    let r = super::list::from_slice(vm, &vals);
    vm.pop_roots(mark);
    r
}

/// `vars([obj])`: `obj.__dict__` (or the current namespace).
pub fn builtin_vars(vm: &mut Vm, a: Args) -> PyResult<Value> {
    arity(vm, &a, "vars", 0, 1)?;
    if a.n == 0 {
        return crate::builtins::current_locals(vm);
    }
    let o = vm.arg(&a, 0);
    match vm.getattr_opt(o, Value::qstr(q::D_DICT))? {
        Some(d) => Ok(d),
        None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
    }
}

fn rev_iter(vm: &mut Vm, items: &[Value]) -> PyResult<Value> {
    let l = super::list::from_slice(vm, items)?;
    vm.get_iter(l)
}
