//! Argument counts of builtin types' methods, checked when a method is
//! called on an instance of its type (CPython raises `TypeError` for
//! `"a".upper(1)`, `"a".join("b", "c")`, `[].insert(0)`, ...; the natives
//! themselves read only the arguments they use).

use crate::qstr::q;
use crate::types::TypeId;
use crate::vm::{PyResult, Vm};

/// How a method takes its arguments (not counting `self`).
#[derive(Clone, Copy)]
struct Arity {
    min: u8,
    max: u8,
    /// Keyword arguments are accepted (the native checks them).
    kw: bool,
}

const fn pos(min: u8, max: u8) -> Option<Arity> {
    Some(Arity {
        min,
        max,
        kw: false,
    })
}

/// The arity of method `name` of builtin type `t`, when it is fixed.
fn arity(t: TypeId, name: u32) -> Option<Arity> {
    use TypeId as T;
    let text = matches!(t, T::Str | T::Bytes | T::ByteArray);
    match name {
        q::UPPER
        | q::LOWER
        | q::CAPITALIZE
        | q::TITLE
        | q::SWAPCASE
        | q::ISDIGIT
        | q::ISALPHA
        | q::ISSPACE
        | q::ISALNUM
        | q::ISASCII
        | q::ISUPPER
        | q::ISLOWER
        | q::ISTITLE
            if text =>
        {
            pos(0, 0)
        }
        q::CASEFOLD
        | q::ISDECIMAL
        | q::ISNUMERIC
        | q::ISPRINTABLE
        | q::ISIDENTIFIER
        | q::FORMAT_MAP
        | q::TRANSLATE
            if t == T::Str =>
        {
            if matches!(name, q::FORMAT_MAP | q::TRANSLATE) {
                pos(1, 1)
            } else {
                pos(0, 0)
            }
        }
        q::JOIN | q::PARTITION | q::RPARTITION | q::REMOVEPREFIX | q::REMOVESUFFIX | q::ZFILL
            if text =>
        {
            pos(1, 1)
        }
        q::STRIP | q::LSTRIP | q::RSTRIP if text => pos(0, 1),
        q::FIND | q::RFIND | q::RINDEX | q::STARTSWITH | q::ENDSWITH if text => pos(1, 3),
        q::COUNT | q::INDEX if text || matches!(t, T::List | T::Tuple) => {
            if name == q::COUNT && !text {
                pos(1, 1)
            } else {
                pos(1, 3)
            }
        }
        q::REPLACE if text => pos(2, 3),
        q::CENTER | q::LJUST | q::RJUST if text => pos(1, 2),
        q::APPEND | q::EXTEND | q::REMOVE if matches!(t, T::List | T::ByteArray) => pos(1, 1),
        q::INSERT if matches!(t, T::List | T::ByteArray) => pos(2, 2),
        q::POP if matches!(t, T::List | T::ByteArray) => pos(0, 1),
        q::REVERSE if matches!(t, T::List | T::ByteArray) => pos(0, 0),
        q::SORT if t == T::List => Some(Arity {
            min: 0,
            max: 0,
            kw: true,
        }),
        q::COPY | q::CLEAR
            if matches!(t, T::List | T::ByteArray | T::Dict | T::Set | T::FrozenSet) =>
        {
            pos(0, 0)
        }
        q::KEYS | q::VALUES | q::ITEMS | q::POPITEM if t == T::Dict => pos(0, 0),
        q::GET | q::POP | q::SETDEFAULT if t == T::Dict => pos(1, 2),
        q::UPDATE if t == T::Dict => Some(Arity {
            min: 0,
            max: 1,
            kw: true,
        }),
        q::POP if t == T::Set => pos(0, 0),
        q::ADD | q::REMOVE | q::DISCARD | q::SYMMETRIC_DIFFERENCE_UPDATE if t == T::Set => {
            pos(1, 1)
        }
        q::ISSUBSET | q::ISSUPERSET | q::ISDISJOINT | q::SYMMETRIC_DIFFERENCE
            if matches!(t, T::Set | T::FrozenSet) =>
        {
            pos(1, 1)
        }
        q::BIT_LENGTH if t == T::Int => pos(0, 0),
        q::CONJUGATE | q::AS_INTEGER_RATIO if matches!(t, T::Int | T::Float) => pos(0, 0),
        q::IS_INTEGER | q::HEX if t == T::Float => pos(0, 0),
        q::HEX if matches!(t, T::Bytes | T::ByteArray) => Some(Arity {
            min: 0,
            max: 2,
            kw: true,
        }),
        _ => None,
    }
}

/// Checks the argument count of method `name` of type `t` called with `n`
/// values (`self` included) and `nkw` keyword arguments.
#[inline]
pub fn check(vm: &mut Vm, t: TypeId, name: u32, n: usize, nkw: usize) -> PyResult<()> {
    let Some(a) = arity(t, name) else {
        return Ok(());
    };
    let given = n.saturating_sub(1);
    if (nkw == 0 || a.kw) && given >= usize::from(a.min) && given <= usize::from(a.max) {
        return Ok(());
    }
    Err(arity_error(vm, t, name, a, given, nkw))
}

#[cold]
fn arity_error(
    vm: &mut Vm,
    t: TypeId,
    name: u32,
    a: Arity,
    given: usize,
    nkw: usize,
) -> crate::vm::PyErr {
    let tname = super::desc(t).name;
    let mname = crate::qstr::STATIC
        .get(name as usize)
        .copied()
        .unwrap_or("?");
    if nkw > 0 && !a.kw {
        let m = alloc::format!("{tname}.{mname}() takes no keyword arguments");
        return vm.type_error(&m);
    }
    let (min, max) = (usize::from(a.min), usize::from(a.max));
    let m = match (min, max) {
        (0, 0) => alloc::format!("{tname}.{mname}() takes no arguments ({given} given)"),
        (1, 1) => {
            alloc::format!("{tname}.{mname}() takes exactly one argument ({given} given)")
        }
        _ if given < min => {
            let s = if min == 1 { "" } else { "s" };
            alloc::format!("{mname} expected at least {min} argument{s}, got {given}")
        }
        _ => {
            let s = if max == 1 { "" } else { "s" };
            alloc::format!("{mname} expected at most {max} argument{s}, got {given}")
        }
    };
    vm.type_error(&m)
}
