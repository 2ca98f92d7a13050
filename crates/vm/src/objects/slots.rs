//! Slot methods of builtin types: the dunders (`__init__`, `__getitem__`,
//! `__setitem__`, `__repr__`, `__eq__`, `__add__`, ...) that the VM runs as
//! generic operations instead of entries in each type's method table.
//!
//! They are found by attribute access and by `super()` (so a subclass of a
//! builtin can write `super().__setitem__(k, v)`, `super().__init__(it)`,
//! `list.__getitem__(self, i)`), never by operator dispatch, which handles
//! builtin values directly. Each one works on the builtin value of its
//! receiver (the value inside an instance of a subclass) and receives the
//! receiver itself, unconverted, so `dict.__getitem__` can call a
//! subclass's `__missing__` and `__iadd__` can return the instance.
//!
//! A slot native's id is `(TABLE0 + type index) << 16 | slot index`: the
//! type it was found on, for the receiver check of
//! [`super::corefns::check_self`].

use crate::qstr::q;
use crate::types::{kind, NativeDesc, TypeId, SK_NATIVE};
use crate::vm::{Args, PyResult, Vm};
use pycopy_compiler::bytecode::{BinOp, Op};
use pycopy_gc::Value;

use super::{bytes, dict, list, set};

/// First native table number of slot methods (one table per builtin type).
pub const TABLE0: u32 = 0x2000;

/// Whether native id `id` is a slot method.
#[inline]
pub fn is_slot(id: u32) -> bool {
    let t = id >> 16;
    t >= TABLE0 && t < TABLE0 + TypeId::ALL.len() as u32
}

/// The builtin type and descriptor of slot native `id`.
pub fn decode(id: u32) -> Option<(TypeId, &'static NativeDesc)> {
    if !is_slot(id) {
        return None;
    }
    let t = TypeId::ALL.get(((id >> 16) - TABLE0) as usize).copied()?;
    Some((t, SLOTS.get((id & 0xffff) as usize)?))
}

/// The slot method `name` of builtin type `t` (or of one of its builtin
/// bases), if the type has that protocol.
pub fn method(t: TypeId, name: u32) -> Option<Value> {
    let i = SLOTS.iter().position(|d| d.name == name)?;
    let mut c = Some(t);
    while let Some(x) = c {
        if applies(name, x) {
            return Some(Value::static_obj(
                SK_NATIVE,
                ((TABLE0 + x as u32) << 16) | i as u32,
            ));
        }
        c = super::desc(x).base;
    }
    None
}

/// Whether builtin type `t`'s value is filled by its `__init__` (mutable
/// containers) rather than made by `__new__`.
pub fn init_fills(t: TypeId) -> bool {
    matches!(
        t,
        TypeId::List | TypeId::Dict | TypeId::Set | TypeId::ByteArray
    )
}

/// Which builtin types have slot `name`.
fn applies(name: u32, t: TypeId) -> bool {
    use TypeId as T;
    let seq = matches!(
        t,
        T::Str | T::Bytes | T::ByteArray | T::Tuple | T::List | T::Range
    );
    let container = seq || matches!(t, T::Dict | T::Set | T::FrozenSet);
    let value = container || matches!(t, T::Int | T::Float | T::Complex);
    let concat = matches!(t, T::Str | T::Bytes | T::ByteArray | T::Tuple | T::List);
    match name {
        q::D_INIT => init_fills(t),
        q::D_GETITEM => (seq || t == T::Dict || t == T::MemoryView) && t != T::Set,
        q::D_SETITEM | q::D_DELITEM => matches!(t, T::List | T::Dict | T::ByteArray),
        q::D_CONTAINS | q::D_LEN | q::D_ITER => container || t == T::MemoryView,
        q::D_REPR | q::D_STR | q::D_EQ | q::D_NE => value,
        q::D_HASH => matches!(
            t,
            T::Str | T::Bytes | T::Tuple | T::FrozenSet | T::Range | T::Complex
        ),
        q::D_LT | q::D_LE | q::D_GT | q::D_GE => {
            concat || matches!(t, T::Set | T::FrozenSet | T::Float)
        }
        q::D_ADD | q::D_MUL | q::D_RMUL => concat || matches!(t, T::Float | T::Complex),
        q::D_IADD | q::D_IMUL => matches!(t, T::List | T::ByteArray),
        q::D_SUB | q::D_TRUEDIV | q::D_POW | q::D_RADD | q::D_RSUB | q::D_RTRUEDIV | q::D_RPOW => {
            matches!(t, T::Float | T::Complex)
        }
        q::D_FLOORDIV | q::D_MOD | q::D_RFLOORDIV | q::D_RMOD => t == T::Float,
        _ => false,
    }
}

/// The receiver (argument 0) and its builtin value. A receiver with no
/// builtin value (an instance of a user class) is refused: running the
/// generic operation on it would dispatch back to its own dunder.
fn recv(vm: &mut Vm, a: &Args) -> PyResult<(Value, Value)> {
    let o = vm.arg(a, 0);
    let v = vm.base_value(o);
    if matches!(vm.kind_of(v), kind::INSTANCE | kind::EXC) {
        let m = alloc::format!(
            "the slot method needs a builtin value, not '{}'",
            vm.type_name(o)
        );
        return Err(vm.type_error(&m));
    }
    Ok((o, v))
}

/// Argument `i` as a builtin value, or None for a user-class instance
/// (the slot answers `NotImplemented` then).
fn other(vm: &Vm, a: &Args, i: usize) -> Option<Value> {
    let v = vm.base_value(vm.arg(a, i));
    (!matches!(vm.kind_of(v), kind::INSTANCE | kind::EXC)).then_some(v)
}

fn want(vm: &mut Vm, a: &Args, name: &str, n: u32) -> PyResult<()> {
    super::corefns::arity(vm, a, name, n, n)
}

fn s_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (o, v) = recv(vm, &a)?;
    let k = vm.kind_of(v);
    let rest = a.after_first();
    let mark = vm.push_root(o);
    let fresh = match k {
        kind::LIST => list::new(vm, rest),
        kind::DICT => dict::new(vm, rest),
        kind::SET => set::new(vm, rest),
        _ => bytes::new_bytearray(vm, rest),
    };
    let o = vm.root(mark);
    vm.pop_roots(mark);
    let fresh = fresh?;
    let v = vm.base_value(o);
    match k {
        kind::LIST => {
            let (items, n) = (vm.slot(fresh, list::ITEMS), vm.slot(fresh, list::LEN));
            vm.set_slot(v, list::ITEMS, items);
            vm.set_slot(v, list::LEN, n);
        }
        kind::DICT => {
            dict::clear(vm, v);
            dict::update(vm, v, fresh)?;
        }
        kind::SET => {
            dict::clear(vm, v);
            set::update(vm, v, fresh)?;
        }
        _ => {
            let d = super::buffer::to_vec(vm, fresh).unwrap_or_default();
            bytes::set_data(vm, v, &d)?;
        }
    }
    Ok(Value::NONE)
}

fn s_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    want(vm, &a, "__getitem__", 2)?;
    let (o, v) = recv(vm, &a)?;
    let k = vm.arg(&a, 1);
    if o != v && vm.kind_of(v) == kind::DICT {
        // A dict subclass's `__missing__` answers absent keys.
        return dict::getitem_missing(vm, o, v, k);
    }
    vm.getitem(v, k)
}

fn s_setitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    want(vm, &a, "__setitem__", 3)?;
    let (_, v) = recv(vm, &a)?;
    let (k, x) = (vm.arg(&a, 1), vm.arg(&a, 2));
    vm.setitem(v, k, x)?;
    Ok(Value::NONE)
}

fn s_delitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    want(vm, &a, "__delitem__", 2)?;
    let (_, v) = recv(vm, &a)?;
    let k = vm.arg(&a, 1);
    vm.delitem(v, k)?;
    Ok(Value::NONE)
}

fn s_contains(vm: &mut Vm, a: Args) -> PyResult<Value> {
    want(vm, &a, "__contains__", 2)?;
    let (_, v) = recv(vm, &a)?;
    let x = vm.arg(&a, 1);
    vm.contains(v, x).map(Value::bool)
}

fn s_len(vm: &mut Vm, a: Args) -> PyResult<Value> {
    want(vm, &a, "__len__", 1)?;
    let (_, v) = recv(vm, &a)?;
    let n = crate::builtins::len_of(vm, v)?;
    Ok(Value::int(n).unwrap_or(Value::from_small(0)))
}

fn s_iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    want(vm, &a, "__iter__", 1)?;
    let (_, v) = recv(vm, &a)?;
    vm.get_iter(v)
}

fn s_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    want(vm, &a, "__repr__", 1)?;
    let (_, v) = recv(vm, &a)?;
    let s = vm.repr_string(v)?;
    vm.new_str(&s)
}

fn s_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    want(vm, &a, "__str__", 1)?;
    let (_, v) = recv(vm, &a)?;
    if vm.is_str(v) {
        return Ok(v);
    }
    let s = vm.repr_string(v)?;
    vm.new_str(&s)
}

fn s_hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    want(vm, &a, "__hash__", 1)?;
    let (_, v) = recv(vm, &a)?;
    let h = vm.py_hash(v)?;
    super::int::from_i128(vm, i128::from(h))
}

/// Whether two builtin values can be ordered by the same type's comparison
/// (`list < list`, `str < str`, `set < frozenset`, float with numbers).
fn comparable(vm: &Vm, x: Value, y: Value) -> bool {
    let num = |v: Value| v.is_int() || v.is_float() || v.as_bool().is_some();
    let (kx, ky) = (vm.kind_of(x), vm.kind_of(y));
    (vm.is_str(x) && vm.is_str(y))
        || (num(x) && (num(y) || ky == kind::BIGINT))
        || (bytes::is_bytes(vm, x) && bytes::is_bytes(vm, y))
        || (set::is_setlike(vm, x) && set::is_setlike(vm, y))
        || (kx == ky && kx != 0 && !vm.is_str(x))
}

fn compare(vm: &mut Vm, a: Args, op: Op, name: &str) -> PyResult<Value> {
    want(vm, &a, name, 2)?;
    let (_, v) = recv(vm, &a)?;
    let Some(y) = other(vm, &a, 1) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    if !matches!(op, Op::Eq | Op::Ne) && !comparable(vm, v, y) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    vm.compare_value(op, v, y)
}

macro_rules! compare_slots {
    ($($f:ident => $op:expr, $name:literal;)*) => {
        $(fn $f(vm: &mut Vm, a: Args) -> PyResult<Value> {
            compare(vm, a, $op, $name)
        })*
    };
}
compare_slots! {
    s_eq => Op::Eq, "__eq__";
    s_ne => Op::Ne, "__ne__";
    s_lt => Op::Lt, "__lt__";
    s_le => Op::Le, "__le__";
    s_gt => Op::Gt, "__gt__";
    s_ge => Op::Ge, "__ge__";
}

/// Whether `y` is an operand the builtin `x`'s arithmetic takes for `op`.
fn operand_ok(vm: &Vm, op: BinOp, x: Value, y: Value) -> bool {
    let intlike = |v: Value| v.is_int() || v.as_bool().is_some() || vm.kind_of(v) == kind::BIGINT;
    let number = |v: Value| intlike(v) || v.is_float();
    if x.is_float() {
        return number(y);
    }
    if vm.kind_of(x) == kind::COMPLEX {
        return number(y) || vm.kind_of(y) == kind::COMPLEX;
    }
    match op {
        BinOp::Mul => intlike(y),
        BinOp::Add if vm.is_str(x) => vm.is_str(y),
        BinOp::Add if bytes::is_bytes(vm, x) => super::buffer::is_buffer(vm, y) && !vm.is_str(y),
        BinOp::Add => vm.kind_of(x) == vm.kind_of(y),
        _ => false,
    }
}

fn arith(vm: &mut Vm, a: Args, op: BinOp, reflected: bool, name: &str) -> PyResult<Value> {
    want(vm, &a, name, 2)?;
    let (_, v) = recv(vm, &a)?;
    let Some(y) = other(vm, &a, 1) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    if !operand_ok(vm, op, v, y) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    if reflected {
        vm.binop(op, y, v)
    } else {
        vm.binop(op, v, y)
    }
}

macro_rules! arith_slots {
    ($($f:ident => $op:expr, $rev:literal, $name:literal;)*) => {
        $(fn $f(vm: &mut Vm, a: Args) -> PyResult<Value> {
            arith(vm, a, $op, $rev, $name)
        })*
    };
}
arith_slots! {
    s_add => BinOp::Add, false, "__add__";
    s_sub => BinOp::Sub, false, "__sub__";
    s_mul => BinOp::Mul, false, "__mul__";
    s_truediv => BinOp::TrueDiv, false, "__truediv__";
    s_floordiv => BinOp::FloorDiv, false, "__floordiv__";
    s_mod => BinOp::Mod, false, "__mod__";
    s_pow => BinOp::Pow, false, "__pow__";
    s_radd => BinOp::Add, true, "__radd__";
    s_rsub => BinOp::Sub, true, "__rsub__";
    s_rmul => BinOp::Mul, true, "__rmul__";
    s_rtruediv => BinOp::TrueDiv, true, "__rtruediv__";
    s_rfloordiv => BinOp::FloorDiv, true, "__rfloordiv__";
    s_rmod => BinOp::Mod, true, "__rmod__";
    s_rpow => BinOp::Pow, true, "__rpow__";
}

/// `__iadd__`/`__imul__` of list and bytearray: in place on the builtin
/// value; the receiver itself is the result.
fn inplace(vm: &mut Vm, a: Args, op: BinOp, name: &str) -> PyResult<Value> {
    want(vm, &a, name, 2)?;
    let (o, v) = recv(vm, &a)?;
    let Some(y) = other(vm, &a, 1) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let mark = vm.push_root(o);
    let r = vm.inplace(op, v, y);
    let o = vm.root(mark);
    vm.pop_roots(mark);
    r.map(|_| o)
}
fn s_iadd(vm: &mut Vm, a: Args) -> PyResult<Value> {
    inplace(vm, a, BinOp::Add, "__iadd__")
}
fn s_imul(vm: &mut Vm, a: Args) -> PyResult<Value> {
    inplace(vm, a, BinOp::Mul, "__imul__")
}

macro_rules! slot_table {
    ($($name:ident => $f:ident,)*) => {
        /// The slot methods (which types have each: `applies`).
        pub static SLOTS: &[NativeDesc] = &[$(NativeDesc { name: q::$name, f: $f },)*];
    };
}
slot_table! {
    D_INIT => s_init,
    D_GETITEM => s_getitem,
    D_SETITEM => s_setitem,
    D_DELITEM => s_delitem,
    D_CONTAINS => s_contains,
    D_LEN => s_len,
    D_ITER => s_iter,
    D_REPR => s_repr,
    D_STR => s_str,
    D_HASH => s_hash,
    D_EQ => s_eq,
    D_NE => s_ne,
    D_LT => s_lt,
    D_LE => s_le,
    D_GT => s_gt,
    D_GE => s_ge,
    D_ADD => s_add,
    D_SUB => s_sub,
    D_MUL => s_mul,
    D_TRUEDIV => s_truediv,
    D_FLOORDIV => s_floordiv,
    D_MOD => s_mod,
    D_POW => s_pow,
    D_RADD => s_radd,
    D_RSUB => s_rsub,
    D_RMUL => s_rmul,
    D_RTRUEDIV => s_rtruediv,
    D_RFLOORDIV => s_rfloordiv,
    D_RMOD => s_rmod,
    D_RPOW => s_rpow,
    D_IADD => s_iadd,
    D_IMUL => s_imul,
}
