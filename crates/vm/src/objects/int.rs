//! Arbitrary-precision `int`: values outside the small-int range are heap
//! objects (`Scan::None`; word 0 = sign, words 1.. = little-endian limbs)
//! computed with pycopy-bigint. Every result is normalised: a value that
//! fits a small int is never a heap int.

use crate::qstr::q;
use crate::types::{kind, TypeId};
use crate::vm::{PyResult, Vm};
use alloc::string::String;
use pycopy_bigint::{self as bi, BigInt, BigIntError, IntRef, PyExc};
use pycopy_compiler::bytecode::BinOp;
use pycopy_gc::Value;

/// Whether `v` is an int of either representation (bools excluded).
#[inline]
pub fn is_int(vm: &Vm, v: Value) -> bool {
    v.is_int() || vm.kind_of(v) == kind::BIGINT
}

/// Runs `f` on an [`IntRef`] view of int `v` (small, big or bool).
pub fn with_ref<R>(vm: &Vm, v: Value, f: impl FnOnce(IntRef<'_>) -> R) -> Option<R> {
    if let Some(i) = v.as_int().or_else(|| v.as_bool().map(i64::from)) {
        let arr = [i.unsigned_abs()];
        let mag: &[u64] = if i == 0 { &[] } else { &arr };
        return Some(f(IntRef::new(i < 0, mag)));
    }
    let r = v.as_ref()?;
    if vm.heap.kind(r) != kind::BIGINT {
        return None;
    }
    let w = vm.heap.words(r);
    let neg = w.first().copied().unwrap_or(0) != 0;
    Some(f(IntRef::new(neg, w.get(1..).unwrap_or(&[]))))
}

/// An owned copy of int `v`.
pub fn to_big(vm: &Vm, v: Value) -> Option<BigInt> {
    with_ref(vm, v, |x| x.to_owned())
}

/// Stores a bigint result (as a small int when it fits).
pub fn from_big(vm: &mut Vm, b: &BigInt) -> PyResult<Value> {
    if let Some(v) = b.to_i64().and_then(Value::int) {
        return Ok(v);
    }
    let mag = b.mag();
    let r = vm.alloc(kind::BIGINT, pycopy_gc::Scan::None, mag.len() + 1)?;
    let w = vm.heap.words_mut(r);
    if let Some(s) = w.first_mut() {
        *s = u64::from(b.is_negative());
    }
    for (d, s) in w.iter_mut().skip(1).zip(mag) {
        *d = *s;
    }
    Ok(Value::from_ref(r))
}

/// An int from an `i128` (a heap int of one or two limbs when it is not a
/// small int; no host allocation).
#[inline]
pub fn from_i128(vm: &mut Vm, i: i128) -> PyResult<Value> {
    if let Some(v) = i64::try_from(i).ok().and_then(Value::int) {
        return Ok(v);
    }
    big_from_i128(vm, i)
}

/// [`from_i128`] of a value outside the small-int range: a heap int of one
/// or two limbs, allocated directly.
#[cold]
#[inline(never)]
fn big_from_i128(vm: &mut Vm, i: i128) -> PyResult<Value> {
    let mag = i.unsigned_abs();
    let (lo, hi) = (mag as u64, (mag >> 64) as u64);
    let limbs = if hi == 0 { 1 } else { 2 };
    let r = vm.alloc(kind::BIGINT, pycopy_gc::Scan::None, limbs + 1)?;
    let w = vm.heap.words_mut(r);
    for (d, s) in w.iter_mut().zip([u64::from(i < 0), lo, hi]) {
        *d = s;
    }
    Ok(Value::from_ref(r))
}

/// Int `v` (small, bool, or a heap int of one limb) as an `i64`, if it fits.
#[inline]
fn fit_i64(vm: &Vm, v: Value) -> Option<i64> {
    if let Some(i) = v.as_int().or_else(|| v.as_bool().map(i64::from)) {
        return Some(i);
    }
    let r = v.as_ref()?;
    if vm.heap.kind(r) != kind::BIGINT {
        return None;
    }
    match vm.heap.words(r) {
        [0, m] => i64::try_from(*m).ok(),
        [_, m] => 0i64.checked_sub_unsigned(*m),
        _ => None,
    }
}

/// `x op y` computed exactly in `i128` where the operator cannot overflow
/// it for `i64` operands; `None` for the operators (and the zero divisors,
/// negative shifts) left to the general path.
#[inline]
fn binop_i128(op: BinOp, x: i64, y: i64) -> Option<i128> {
    let (x, y) = (i128::from(x), i128::from(y));
    match op {
        BinOp::Add => Some(x + y),
        BinOp::Sub => Some(x - y),
        BinOp::Mul => Some(x * y),
        BinOp::FloorDiv | BinOp::Mod if y != 0 => {
            let (mut q, mut m) = (x / y, x % y);
            if m != 0 && ((m < 0) != (y < 0)) {
                q -= 1;
                m += y;
            }
            Some(if op == BinOp::FloorDiv { q } else { m })
        }
        BinOp::LShift if (0..64).contains(&y) => Some(x << y),
        BinOp::RShift if y >= 0 => Some(x >> y.min(127)),
        BinOp::BitAnd => Some(x & y),
        BinOp::BitOr => Some(x | y),
        BinOp::BitXor => Some(x ^ y),
        _ => None,
    }
}

/// Raises the Python exception for a bigint error.
pub fn raise_err(vm: &mut Vm, e: BigIntError) -> crate::vm::PyErr {
    let t = match e.py_exc() {
        PyExc::ZeroDivisionError => TypeId::ZeroDivisionError,
        PyExc::OverflowError => TypeId::OverflowError,
        PyExc::ValueError => TypeId::ValueError,
        PyExc::MemoryError => TypeId::MemoryError,
    };
    let m = alloc::format!("{e}");
    vm.raise(t, &m)
}

/// `a op b` for two ints that fit an `i64` each (small ints, bools, heap
/// ints of one limb) and an operator exact in `i128` (see [`binop_i128`]);
/// `None` (nothing done) for anything else.
#[inline]
pub fn binop_word(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> Option<PyResult<Value>> {
    let (x, y) = (fit_i64(vm, a)?, fit_i64(vm, b)?);
    let r = binop_i128(op, x, y)?;
    Some(from_i128(vm, r))
}

/// A binary operator where at least one side is a big int (or a small-int
/// result overflowed).
pub fn binop(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    // Word-sized operands (the usual overflow of a small-int product, an
    // LCG's `(x * m + c) & mask`) need no host-allocated bigints.
    if let (Some(x), Some(y)) = (fit_i64(vm, a), fit_i64(vm, b)) {
        if let Some(r) = binop_i128(op, x, y) {
            return from_i128(vm, r);
        }
    }
    let (Some(x), Some(y)) = (to_big(vm, a), to_big(vm, b)) else {
        return Err(vm.type_error("unsupported operand types for int operation"));
    };
    let (x, y) = (x.as_ref(), y.as_ref());
    let r: Result<BigInt, BigIntError> = match op {
        BinOp::Add => Ok(bi::add(x, y)),
        BinOp::Sub => Ok(bi::sub(x, y)),
        BinOp::Mul => Ok(bi::mul(x, y)),
        BinOp::FloorDiv => bi::floordiv(x, y),
        BinOp::Mod => {
            if y.is_zero() {
                return Err(vm.zero_division("integer modulo by zero"));
            }
            bi::modulo(x, y)
        }
        BinOp::TrueDiv => {
            if y.is_zero() {
                return Err(vm.zero_division("division by zero"));
            }
            return match bi::truediv(x, y) {
                Ok(f) => Ok(Value::float(f)),
                Err(e) => Err(raise_err(vm, e)),
            };
        }
        BinOp::Pow => {
            if y.is_negative() {
                let (fx, fy) = (bi::to_f64(x), bi::to_f64(y));
                return match (fx, fy) {
                    (Ok(p), Ok(q)) => {
                        if p == 0.0 {
                            return Err(
                                vm.zero_division("0.0 cannot be raised to a negative power")
                            );
                        }
                        Ok(Value::float(super::float::pow(p, q)))
                    }
                    (Err(e), _) | (_, Err(e)) => Err(raise_err(vm, e)),
                };
            }
            bi::pow(x, y)
        }
        BinOp::LShift | BinOp::RShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let n = y.to_i64().map_or(u64::MAX, |n| n as u64);
            if op == BinOp::LShift {
                bi::shl(x, n)
            } else {
                Ok(bi::shr(x, n))
            }
        }
        BinOp::BitAnd => Ok(bi::and(x, y)),
        BinOp::BitOr => Ok(bi::or(x, y)),
        BinOp::BitXor => Ok(bi::xor(x, y)),
        BinOp::MatMul => {
            return Err(vm.type_error("unsupported operand type(s) for @: 'int' and 'int'"))
        }
    };
    match r {
        Ok(b) => from_big(vm, &b),
        Err(BigIntError::ZeroDivision) => {
            Err(vm.zero_division("integer division or modulo by zero"))
        }
        Err(e) => Err(raise_err(vm, e)),
    }
}

/// `-x`, `~x`, `abs(x)` of a big int.
pub fn unary(vm: &mut Vm, which: u8, a: Value) -> PyResult<Value> {
    let Some(x) = to_big(vm, a) else {
        return Err(vm.type_error("bad operand"));
    };
    let r = match which {
        0 => bi::neg(x.as_ref()),
        1 => bi::not(x.as_ref()),
        _ => bi::abs(x.as_ref()),
    };
    from_big(vm, &r)
}

/// Compares two ints (either representation).
pub fn cmp(vm: &Vm, a: Value, b: Value) -> Option<core::cmp::Ordering> {
    if let (Some(x), Some(y)) = (fit_i64(vm, a), fit_i64(vm, b)) {
        return Some(x.cmp(&y));
    }
    let x = to_big(vm, a)?;
    let y = to_big(vm, b)?;
    Some(bi::cmp(x.as_ref(), y.as_ref()))
}

/// Compares an int with a float exactly.
pub fn cmp_float(vm: &Vm, a: Value, f: f64) -> Option<core::cmp::Ordering> {
    with_ref(vm, a, |x| bi::cmp_f64(x, f)).flatten()
}

/// Decimal text of an int.
pub fn to_string(vm: &Vm, v: Value, radix: u32) -> String {
    with_ref(vm, v, |x| bi::to_str_radix(x, radix)).unwrap_or_default()
}

/// `float(x)` of an int.
pub fn to_float(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match with_ref(vm, v, bi::to_f64) {
        Some(Ok(f)) => Ok(f),
        Some(Err(e)) => Err(raise_err(vm, e)),
        None => Err(vm.type_error("an integer is required")),
    }
}

/// CPython's `hash(int)`.
pub fn hash(vm: &Vm, v: Value) -> i64 {
    with_ref(vm, v, bi::hash).unwrap_or(0)
}

/// Parses int text (`int(s, base)`).
pub fn parse(vm: &mut Vm, s: &str, base: u32) -> PyResult<Option<Value>> {
    match bi::parse(s, base) {
        Ok(b) => from_big(vm, &b).map(Some),
        Err(bi::ParseError::InvalidBase) => {
            Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"))
        }
        Err(_) => Ok(None),
    }
}

/// `int(f)` of a float.
pub fn from_float(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if let Some(v) = (f.is_finite() && f.abs() < 1e14)
        .then(|| Value::int(f as i64))
        .flatten()
    {
        return Ok(v);
    }
    match bi::from_f64(f) {
        Ok(b) => from_big(vm, &b),
        Err(e) => Err(raise_err(vm, e)),
    }
}

pub(super) fn m_bit_length(vm: &mut Vm, a: crate::vm::Args) -> PyResult<Value> {
    let v = vm.arg(&a, 0);
    let n = with_ref(vm, v, bi::bit_length).unwrap_or(0);
    Ok(Value::int(n as i64).unwrap_or(Value::from_small(0)))
}
fn byte_order(vm: &mut Vm, order: Option<Value>) -> PyResult<bi::ByteOrder> {
    let Some(o) = order else {
        return Ok(bi::ByteOrder::Big);
    };
    match vm.str_of(o) {
        Some("big") => Ok(bi::ByteOrder::Big),
        Some("little") => Ok(bi::ByteOrder::Little),
        Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        None => {
            let m = alloc::format!(
                "to_bytes() argument 'byteorder' must be str, not {}",
                vm.type_name(o)
            );
            Err(vm.type_error(&m))
        }
    }
}
fn signed_kw(vm: &mut Vm, a: &crate::vm::Args) -> PyResult<bool> {
    match vm.kwarg(a, q::SIGNED) {
        Some(s) => vm.truthy(s),
        None => Ok(false),
    }
}
pub(super) fn m_to_bytes(vm: &mut Vm, a: crate::vm::Args) -> PyResult<Value> {
    let len = if a.n > 1 {
        Some(vm.arg(&a, 1))
    } else {
        vm.kwarg(&a, q::LENGTH)
    };
    let n = match len {
        Some(l) => super::num::index_i64(vm, l)?,
        None => 1,
    };
    if n < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let order = if a.n > 2 {
        Some(vm.arg(&a, 2))
    } else {
        vm.kwarg(&a, q::BYTEORDER)
    };
    let order = byte_order(vm, order)?;
    let signed = signed_kw(vm, &a)?;
    let v = vm.arg(&a, 0);
    match with_ref(vm, v, |x| bi::to_bytes(x, n as usize, order, signed)) {
        Some(Ok(b)) => crate::objects::bytes::new_bytes(vm, kind::BYTES, &b),
        Some(Err(e)) => Err(raise_err(vm, e)),
        None => Err(vm.type_error("an integer is required")),
    }
}
pub(super) fn m_from_bytes(vm: &mut Vm, a: crate::vm::Args) -> PyResult<Value> {
    // Called as int.from_bytes(b, order): no class argument.
    let b = vm.arg(&a, 0);
    if b.is_int() || b.as_bool().is_some() || vm.kind_of(b) == kind::BIGINT {
        // (`bytes(n)` makes n zero bytes; `from_bytes` takes no count.)
        let m = alloc::format!("cannot convert '{}' object to bytes", vm.type_name(b));
        return Err(vm.type_error(&m));
    }
    let d = crate::objects::bytes::collect(vm, b)?;
    let order = if a.n > 1 {
        Some(vm.arg(&a, 1))
    } else {
        vm.kwarg(&a, q::BYTEORDER)
    };
    let order = byte_order(vm, order)?;
    let signed = signed_kw(vm, &a)?;
    let r = bi::from_bytes(&d, order, signed);
    from_big(vm, &r)
}
pub(super) fn m_conjugate(vm: &mut Vm, a: crate::vm::Args) -> PyResult<Value> {
    Ok(as_plain_int(vm.arg(&a, 0)))
}
/// An int value with `bool`s as `0`/`1` (what int methods return for self).
fn as_plain_int(v: Value) -> Value {
    match v.as_bool() {
        Some(b) => Value::from_small(i32::from(b)),
        None => v,
    }
}
/// `int.bit_count()`: ones in the binary form of `abs(self)`.
pub(super) fn m_bit_count(vm: &mut Vm, a: crate::vm::Args) -> PyResult<Value> {
    let v = vm.arg(&a, 0);
    let n = with_ref(vm, v, |r| {
        r.mag()
            .iter()
            .map(|l| u64::from(l.count_ones()))
            .sum::<u64>()
    })
    .unwrap_or(0);
    Ok(Value::int(n as i64).unwrap_or(Value::from_small(0)))
}
/// `int.as_integer_ratio()`: `(self, 1)`.
pub(super) fn m_as_integer_ratio(vm: &mut Vm, a: crate::vm::Args) -> PyResult<Value> {
    let v = as_plain_int(vm.arg(&a, 0));
    super::tuple::new_tuple(vm, &[v, Value::from_small(1)])
}
