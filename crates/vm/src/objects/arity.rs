//! Argument counts of builtin types' methods, checked when a method is
//! called on an instance of its type (CPython raises `TypeError` for
//! `"a".upper(1)`, `"a".join("b", "c")`, `[].insert(0)`, ...; the natives
//! themselves read only the arguments they use).

use crate::qstr::q;
use crate::types::{NativeDesc, TypeId};
use crate::vm::{PyResult, Vm};

/// How a method takes its arguments (not counting `self`).
#[derive(Clone, Copy)]
struct Arity {
    min: u8,
    max: u8,
    /// Keyword arguments are accepted (the native checks them).
    kw: bool,
    /// CPython words the count error as `f() takes at most N arguments (G
    /// given)` (methods parsed with a format string) rather than `f
    /// expected at most N arguments, got G`.
    takes: bool,
}

const fn pos(min: u8, max: u8) -> Option<Arity> {
    Some(Arity {
        min,
        max,
        kw: false,
        takes: false,
    })
}

/// [`pos`] worded the "takes" way.
const fn takes(min: u8, max: u8, kw: bool) -> Option<Arity> {
    Some(Arity {
        min,
        max,
        kw,
        takes: true,
    })
}

const KW_ANY: Option<Arity> = Some(Arity {
    min: 0,
    max: 0,
    kw: true,
    takes: false,
});

/// The arity of method `name` of builtin type `t`, when it is fixed (one
/// `match` per type: no guards, so each is a single switch).
const fn arity(t: TypeId, name: u32) -> Option<Arity> {
    use TypeId as T;
    match t {
        T::Str | T::Bytes | T::ByteArray => text_arity(t, name),
        T::List => match name {
            q::APPEND | q::EXTEND | q::REMOVE | q::COUNT => pos(1, 1),
            q::INSERT => pos(2, 2),
            q::POP => pos(0, 1),
            q::INDEX => pos(1, 3),
            q::REVERSE | q::COPY | q::CLEAR => pos(0, 0),
            q::SORT => KW_ANY,
            _ => None,
        },
        T::Tuple => match name {
            q::COUNT => pos(1, 1),
            q::INDEX => pos(1, 3),
            _ => None,
        },
        T::Dict => match name {
            q::KEYS | q::VALUES | q::ITEMS | q::POPITEM | q::COPY | q::CLEAR => pos(0, 0),
            q::GET | q::POP | q::SETDEFAULT => pos(1, 2),
            q::UPDATE => Some(Arity {
                min: 0,
                max: 1,
                kw: true,
                takes: false,
            }),
            _ => None,
        },
        T::Set => match name {
            q::POP | q::COPY | q::CLEAR => pos(0, 0),
            q::ADD | q::REMOVE | q::DISCARD | q::SYMMETRIC_DIFFERENCE_UPDATE => pos(1, 1),
            q::ISSUBSET | q::ISSUPERSET | q::ISDISJOINT | q::SYMMETRIC_DIFFERENCE => pos(1, 1),
            _ => None,
        },
        T::FrozenSet => match name {
            q::COPY => pos(0, 0),
            q::ISSUBSET | q::ISSUPERSET | q::ISDISJOINT | q::SYMMETRIC_DIFFERENCE => pos(1, 1),
            _ => None,
        },
        T::Int => match name {
            q::BIT_LENGTH | q::BIT_COUNT | q::CONJUGATE | q::AS_INTEGER_RATIO => pos(0, 0),
            _ => None,
        },
        T::Float => match name {
            q::IS_INTEGER | q::HEX | q::CONJUGATE | q::AS_INTEGER_RATIO => pos(0, 0),
            _ => None,
        },
        _ => None,
    }
}

/// Methods shared by `str`, `bytes` and `bytearray` (and those of one).
const fn text_arity(t: TypeId, name: u32) -> Option<Arity> {
    use TypeId as T;
    let common = match name {
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
        | q::ISTITLE => pos(0, 0),
        q::JOIN | q::PARTITION | q::RPARTITION | q::REMOVEPREFIX | q::REMOVESUFFIX | q::ZFILL => {
            pos(1, 1)
        }
        q::STRIP | q::LSTRIP | q::RSTRIP => pos(0, 1),
        q::FIND | q::RFIND | q::INDEX | q::RINDEX | q::COUNT | q::STARTSWITH | q::ENDSWITH => {
            takes(1, 3, false)
        }
        q::SPLIT | q::RSPLIT => takes(0, 2, true),
        q::SPLITLINES | q::EXPANDTABS => takes(0, 1, true),
        q::REPLACE => pos(2, 3),
        q::CENTER | q::LJUST | q::RJUST => pos(1, 2),
        _ => None,
    };
    if common.is_some() {
        return common;
    }
    match (t, name) {
        (T::Str, q::CASEFOLD | q::ISDECIMAL | q::ISNUMERIC | q::ISPRINTABLE | q::ISIDENTIFIER) => {
            pos(0, 0)
        }
        (T::Str, q::FORMAT_MAP | q::TRANSLATE) => pos(1, 1),
        (T::Bytes | T::ByteArray, q::HEX | q::DECODE) => takes(0, 2, true),
        (T::Str, q::ENCODE) => takes(0, 2, true),
        (T::ByteArray, q::APPEND | q::EXTEND | q::REMOVE) => pos(1, 1),
        (T::ByteArray, q::INSERT) => pos(2, 2),
        (T::ByteArray, q::POP) => pos(0, 1),
        (T::ByteArray, q::REVERSE | q::COPY | q::CLEAR) => pos(0, 0),
        _ => None,
    }
}

/// Entries per type in the precomputed tables (method tables are shorter).
const MAX_METHODS: usize = 128;

/// The arity of each entry of a method table, encoded in a byte computed at
/// compile time: 0 when not checked, else bit `k` (k < 4) set when `k`
/// positional arguments are accepted, bit 4 when keywords are, bit 7 always.
const fn table(methods: &[NativeDesc], t: TypeId) -> [u8; MAX_METHODS] {
    let mut out = [0u8; MAX_METHODS];
    let mut i = 0;
    while i < methods.len() && i < MAX_METHODS {
        if let Some(a) = arity(t, methods[i].name) {
            let mut code = 0x80 | if a.kw { 0x10 } else { 0 };
            let mut k = a.min;
            while k <= a.max && k < 4 {
                code |= 1 << k;
                k += 1;
            }
            out[i] = code;
        }
        i += 1;
    }
    out
}

/// No checked methods.
static NONE: [u8; MAX_METHODS] = [0; MAX_METHODS];
static STR: [u8; MAX_METHODS] = table(super::str::METHODS, TypeId::Str);
static BYTES: [u8; MAX_METHODS] = table(super::bytes::METHODS, TypeId::Bytes);
static BYTEARRAY: [u8; MAX_METHODS] = table(super::bytes::BYTEARRAY_METHODS, TypeId::ByteArray);
static LIST: [u8; MAX_METHODS] = table(super::list::METHODS, TypeId::List);
static TUPLE: [u8; MAX_METHODS] = table(super::tuple::METHODS, TypeId::Tuple);
static DICT: [u8; MAX_METHODS] = table(super::dict::METHODS, TypeId::Dict);
static SET: [u8; MAX_METHODS] = table(super::set::METHODS, TypeId::Set);
static FROZENSET: [u8; MAX_METHODS] = table(super::set::FROZEN_METHODS, TypeId::FrozenSet);
static INT: [u8; MAX_METHODS] = table(super::num::INT_METHODS, TypeId::Int);
static FLOAT: [u8; MAX_METHODS] = table(super::float::METHODS, TypeId::Float);

/// Number of builtin types.
const NTYPES: usize = TypeId::ALL.len();

/// The table of each builtin type, by type index.
static TABLES: [&[u8; MAX_METHODS]; NTYPES] = {
    let mut t: [&[u8; MAX_METHODS]; NTYPES] = [&NONE; NTYPES];
    t[TypeId::Str as usize] = &STR;
    t[TypeId::Bytes as usize] = &BYTES;
    t[TypeId::ByteArray as usize] = &BYTEARRAY;
    t[TypeId::List as usize] = &LIST;
    t[TypeId::Tuple as usize] = &TUPLE;
    t[TypeId::Dict as usize] = &DICT;
    t[TypeId::Set as usize] = &SET;
    t[TypeId::FrozenSet as usize] = &FROZENSET;
    t[TypeId::Int as usize] = &INT;
    t[TypeId::Float as usize] = &FLOAT;
    t
};

/// Checks the argument count of entry `i` of builtin type `t`'s method
/// table called with `n` values (`self` included) and `nkw` keywords.
#[inline]
pub fn check(vm: &mut Vm, t: TypeId, i: usize, n: usize, nkw: usize) -> PyResult<()> {
    let code = match TABLES.get(t as usize).and_then(|tab| tab.get(i)) {
        Some(c) => u32::from(*c),
        None => return Ok(()),
    };
    let given = n.wrapping_sub(1);
    let kw_ok = nkw == 0 || code & 0x10 != 0;
    if code == 0 || (given < 4 && (code >> given) & 1 != 0 && kw_ok) {
        return Ok(());
    }
    Err(arity_failure(vm, t, i, given.min(255), nkw))
}

/// Whether entry `i` of builtin type `t`'s method table takes `n` values
/// (`self` included) and no keywords without raising (true when its count
/// is not checked here: the native checks it).
#[inline(always)]
pub fn accepts(t: TypeId, i: usize, n: usize) -> bool {
    let code = match TABLES.get(t as usize).and_then(|tab| tab.get(i)) {
        Some(c) => u32::from(*c),
        None => return true,
    };
    let given = n.wrapping_sub(1);
    code == 0 || (given < 4 && (code >> given) & 1 != 0)
}

#[cold]
fn arity_failure(vm: &mut Vm, t: TypeId, i: usize, given: usize, nkw: usize) -> crate::vm::PyErr {
    let name = super::desc(t).methods.get(i).map_or(0, |d| d.name);
    let a = arity(t, name).unwrap_or(Arity {
        min: 0,
        max: 3,
        kw: true,
        takes: false,
    });
    arity_error(vm, t, name, a, given, nkw)
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
        _ if a.takes => {
            let (w, k) = if given < min {
                ("least", min)
            } else {
                ("most", max)
            };
            let s = if k == 1 { "" } else { "s" };
            alloc::format!("{mname}() takes at {w} {k} argument{s} ({given} given)")
        }
        _ if min == max => alloc::format!("{mname} expected {min} arguments, got {given}"),
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
