//! The number protocol shared by `int`, `bool` and `float`: data attributes
//! of builtin values (`real`, `imag`, `numerator`, `start`, ...), the dunder
//! methods of `int` called directly (`(5).__add__(3)`), `__index__`
//! conversion, `round`, `bin`/`oct`/`hex`, and CPython's numeric hashes.

use crate::qstr::q;
use crate::types::{kind, NativeDesc, TypeId, SK_NATIVE};
use crate::vm::{Args, PyResult, Vm};
use alloc::string::String;
use pycopy_bigint::{self as bi, BigInt};
use pycopy_compiler::bytecode::{BinOp, Op};
use pycopy_gc::Value;

use super::{class, int};

/// CPython's hash modulus (2**61 - 1).
const HASH_MOD: u64 = (1 << 61) - 1;

/// `hash(f)` exactly as CPython computes it for a float.
pub fn float_hash(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314_159 } else { -314_159 };
    }
    let (m, e) = decompose(f);
    let neg = m < 0;
    let mut x = m.unsigned_abs() % HASH_MOD;
    // x * 2**e mod (2**61 - 1): a rotation within 61 bits.
    let e = e.rem_euclid(61) as u32;
    x = ((x << e) & HASH_MOD) | (x >> (61 - e));
    let mut h = (x % HASH_MOD) as i64;
    if neg {
        h = -h;
    }
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `f == m * 2**e` with `m` an integer of at most 53 bits (`f` finite).
pub fn decompose(f: f64) -> (i64, i32) {
    let bits = f.to_bits();
    let neg = bits >> 63 != 0;
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = (bits & ((1 << 52) - 1)) as i64;
    let (m, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp - 1075)
    };
    (if neg { -m } else { m }, e)
}

/// Whether `v` is an int of any representation, bools included.
pub fn is_intlike(vm: &Vm, v: Value) -> bool {
    v.is_int() || v.as_bool().is_some() || vm.kind_of(v) == kind::BIGINT
}

/// `operator.index(v)`: the int a value stands for (ints, bools, and
/// objects with `__index__`); TypeError otherwise.
pub fn index_value(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if let Some(b) = v.as_bool() {
        return Ok(Value::from_small(i32::from(b)));
    }
    if is_intlike(vm, v) {
        return Ok(v);
    }
    if matches!(vm.kind_of(v), kind::INSTANCE) {
        let t = vm.type_of(v);
        if let Some(m) = class::lookup(vm, t, Value::qstr(q::D_INDEX)) {
            let r = vm.call(m, &[v])?;
            if is_intlike(vm, r) {
                return Ok(r);
            }
            let m = alloc::format!("__index__ returned non-int (type {})", vm.type_name(r));
            return Err(vm.type_error(&m));
        }
        let b = vm.base_value(v);
        if b != v && is_intlike(vm, b) {
            return Ok(b);
        }
    }
    let m = alloc::format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(v)
    );
    Err(vm.type_error(&m))
}

/// [`index_value`] as an `i64` (OverflowError when it does not fit).
pub fn index_i64(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let i = index_value(vm, v)?;
    if let Some(x) = i.as_int() {
        return Ok(x);
    }
    match int::with_ref(vm, i, |r| r.to_i64()).flatten() {
        Some(x) => Ok(x),
        None => Err(vm.raise(
            TypeId::OverflowError,
            "cannot fit 'int' into an index-sized integer",
        )),
    }
}

/// [`index_value`] clamped into the `i64` range (slice bounds).
pub fn index_clamped(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if let Some(i) = v.as_int() {
        return Ok(i);
    }
    let i = index_value(vm, v)?;
    if let Some(x) = i.as_int() {
        return Ok(x);
    }
    Ok(int::with_ref(vm, i, |r| match r.to_i64() {
        Some(x) => x,
        None if r.is_negative() => i64::MIN / 4,
        None => i64::MAX / 4,
    })
    .unwrap_or(0))
}

/// Data attributes of builtin values that are not methods: `None` when
/// `o` has no such attribute here.
pub fn attr(vm: &mut Vm, o: Value, nid: u32) -> PyResult<Option<Value>> {
    let k = vm.kind_of(o);
    if is_intlike(vm, o) {
        let as_int = |v: Value| v.as_bool().map_or(v, |b| Value::from_small(i32::from(b)));
        return Ok(match nid {
            q::REAL | q::NUMERATOR => Some(as_int(o)),
            q::IMAG => Some(Value::from_small(0)),
            q::DENOMINATOR => Some(Value::from_small(1)),
            _ => None,
        });
    }
    if o.is_float() {
        return Ok(match nid {
            q::REAL => Some(o),
            q::IMAG => Some(Value::float(0.0)),
            _ => None,
        });
    }
    match k {
        kind::RANGE => Ok(match nid {
            q::START => Some(vm.slot(o, 0)),
            q::STOP => Some(vm.slot(o, 1)),
            q::STEP => Some(vm.slot(o, 2)),
            _ => None,
        }),
        kind::SLICE => Ok(match nid {
            q::START => Some(vm.slot(o, 0)),
            q::STOP => Some(vm.slot(o, 1)),
            q::STEP => Some(vm.slot(o, 2)),
            _ => None,
        }),
        kind::PROPERTY => Ok(match nid {
            q::FGET => Some(vm.slot(o, 0)),
            q::FSET => Some(vm.slot(o, 1)),
            q::FDEL => Some(vm.slot(o, 2)),
            q::D_DOC => Some(Value::NONE),
            _ => None,
        }),
        kind::CLASSMETHOD | kind::STATICMETHOD if nid == q::D_FUNC => Ok(Some(vm.slot(o, 0))),
        kind::NATIVE_BOUND if nid == q::D_NAME || nid == q::D_QUALNAME => {
            let f = vm.slot(o, 0);
            native_name(f)
        }
        _ if nid == q::D_NAME || nid == q::D_QUALNAME => native_name(o),
        _ => Ok(None),
    }
}

fn native_name(f: Value) -> PyResult<Option<Value>> {
    let Some((SK_NATIVE, id)) = f.as_static() else {
        return Ok(None);
    };
    let table = id >> 16;
    let entry = (id & 0xffff) as usize;
    let name = if table == 0 {
        crate::builtins::native(id).map(|d| d.name)
    } else {
        TypeId::ALL
            .get(table as usize - 1)
            .and_then(|t| super::desc(*t).methods.get(entry))
            .map(|d| d.name)
    };
    Ok(name.map(Value::qstr))
}

// ------------------------------------------------------------ int dunders

/// `int.__pow__(x, y[, mod])`.
fn i_pow(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.n > 2 && !vm.arg(&a, 2).is_none() {
        let m = vm.base_value(vm.arg(&a, 2));
        return match other_int(vm, &a) {
            Some((x, y)) if is_intlike(vm, m) => crate::builtins::pow3(vm, x, y, m),
            _ => Ok(Value::NOT_IMPLEMENTED),
        };
    }
    i_pow2(vm, a)
}

fn other_int(vm: &Vm, a: &Args) -> Option<(Value, Value)> {
    let (x, y) = (vm.arg(a, 0), vm.arg(a, 1));
    let (x, y) = (vm.base_value(x), vm.base_value(y));
    (is_intlike(vm, x) && is_intlike(vm, y)).then_some((x, y))
}

macro_rules! int_binops {
    ($($name:ident => $op:expr, $rev:expr;)*) => {$(
        fn $name(vm: &mut Vm, a: Args) -> PyResult<Value> {
            match other_int(vm, &a) {
                Some((x, y)) => {
                    if $rev { vm.binop($op, y, x) } else { vm.binop($op, x, y) }
                }
                None => Ok(Value::NOT_IMPLEMENTED),
            }
        }
    )*};
}

int_binops! {
    i_add => BinOp::Add, false;
    i_sub => BinOp::Sub, false;
    i_mul => BinOp::Mul, false;
    i_truediv => BinOp::TrueDiv, false;
    i_floordiv => BinOp::FloorDiv, false;
    i_mod => BinOp::Mod, false;
    i_pow2 => BinOp::Pow, false;
    i_lshift => BinOp::LShift, false;
    i_rshift => BinOp::RShift, false;
    i_and => BinOp::BitAnd, false;
    i_or => BinOp::BitOr, false;
    i_xor => BinOp::BitXor, false;
    i_radd => BinOp::Add, true;
    i_rsub => BinOp::Sub, true;
    i_rmul => BinOp::Mul, true;
    i_rtruediv => BinOp::TrueDiv, true;
    i_rfloordiv => BinOp::FloorDiv, true;
    i_rmod => BinOp::Mod, true;
    i_rpow => BinOp::Pow, true;
}

macro_rules! cmp_dunders {
    ($($name:ident => $op:expr;)*) => {$(
        pub(super) fn $name(vm: &mut Vm, a: Args) -> PyResult<Value> {
            let (x, y) = (vm.arg(&a, 0), vm.arg(&a, 1));
            let (x, y) = (vm.base_value(x), vm.base_value(y));
            let num = |vm: &Vm, v: Value| is_intlike(vm, v) || v.is_float();
            if !(num(vm, x) && num(vm, y)) {
                return Ok(Value::NOT_IMPLEMENTED);
            }
            vm.compare_value($op, x, y)
        }
    )*};
}

cmp_dunders! {
    n_eq => Op::Eq;
    n_ne => Op::Ne;
    n_lt => Op::Lt;
    n_le => Op::Le;
    n_gt => Op::Gt;
    n_ge => Op::Ge;
}

pub(super) fn n_neg(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = vm.arg(&a, 0);
    let x = vm.base_value(x);
    vm.unary(Op::Neg, x)
}
pub(super) fn n_pos(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = vm.arg(&a, 0);
    let x = vm.base_value(x);
    vm.unary(Op::Pos, x)
}
pub(super) fn n_invert(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = vm.arg(&a, 0);
    let x = vm.base_value(x);
    vm.unary(Op::Invert, x)
}
pub(super) fn n_abs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = vm.arg(&a, 0);
    let x = vm.base_value(x);
    abs_of(vm, x)
}
pub(super) fn n_hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = vm.arg(&a, 0);
    let x = vm.base_value(x);
    let h = vm.py_hash(x)?;
    int::from_i128(vm, i128::from(h))
}
pub(super) fn n_int(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = vm.arg(&a, 0);
    let x = vm.base_value(x);
    if let Some(f) = x.as_float() {
        return float_to_int(vm, f);
    }
    index_value(vm, x)
}
pub(super) fn n_float(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = vm.arg(&a, 0);
    let x = vm.base_value(x);
    if let Some(f) = x.as_float() {
        return Ok(Value::float(f));
    }
    let i = index_value(vm, x)?;
    int::to_float(vm, i).map(Value::float)
}
pub(super) fn n_bool(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = vm.arg(&a, 0);
    let x = vm.base_value(x);
    vm.truthy(x).map(Value::bool)
}
pub(super) fn n_round(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = vm.arg(&a, 0);
    let x = vm.base_value(x);
    let nd = if a.n > 1 { vm.arg(&a, 1) } else { Value::NONE };
    round_value(vm, x, nd)
}
fn i_trunc(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = vm.arg(&a, 0);
    let x = vm.base_value(x);
    index_value(vm, x)
}
fn i_divmod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match other_int(vm, &a) {
        Some((x, y)) => divmod_values(vm, x, y),
        None => Ok(Value::NOT_IMPLEMENTED),
    }
}

/// `divmod(x, y)` as a tuple.
pub fn divmod_values(vm: &mut Vm, x: Value, y: Value) -> PyResult<Value> {
    let mark = vm.push_root(x);
    vm.push_root(y);
    let r = (|| {
        let d = vm.binop(BinOp::FloorDiv, x, y)?;
        vm.push_root(d);
        let (x, y) = (vm.root(mark), vm.root(mark + 1));
        let m = vm.binop(BinOp::Mod, x, y)?;
        let d = vm.root(mark + 2);
        super::tuple::new_tuple(vm, &[d, m])
    })();
    vm.pop_roots(mark);
    r
}

/// `abs(x)` for numbers (and `__abs__`).
pub fn abs_of(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if let Some(i) = v.as_int() {
        return int::from_i128(vm, i128::from(i).abs());
    }
    if let Some(b) = v.as_bool() {
        return Ok(Value::from_small(i32::from(b)));
    }
    if let Some(f) = v.as_float() {
        return Ok(Value::float(f.abs()));
    }
    match vm.kind_of(v) {
        kind::BIGINT => int::unary(vm, 2, v),
        kind::COMPLEX => {
            let (r, i) = super::complex::parts(vm, v).unwrap_or((0.0, 0.0));
            let h = libm::hypot(r, i);
            if h.is_infinite() && r.is_finite() && i.is_finite() {
                return Err(vm.raise(TypeId::OverflowError, "absolute value too large"));
            }
            Ok(Value::float(h))
        }
        _ => {
            let t = vm.type_of(v);
            if let Some(m) = class::lookup(vm, t, Value::qstr(q::D_ABS)) {
                return vm.call(m, &[v]);
            }
            let b = vm.base_value(v);
            if b != v {
                return abs_of(vm, b);
            }
            let m = alloc::format!("bad operand type for abs(): '{}'", vm.type_name(v));
            Err(vm.type_error(&m))
        }
    }
}

/// `int(f)` of a float: truncation; inf/nan raise.
pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.raise(
            TypeId::OverflowError,
            "cannot convert float infinity to integer",
        ));
    }
    int::from_float(vm, libm::trunc(f))
}

/// Methods of `int` (and `bool`).
pub static INT_METHODS: &[NativeDesc] = &[
    NativeDesc {
        name: q::BIT_LENGTH,
        f: int::m_bit_length,
    },
    NativeDesc {
        name: q::TO_BYTES,
        f: int::m_to_bytes,
    },
    NativeDesc {
        name: q::FROM_BYTES,
        f: int::m_from_bytes,
    },
    NativeDesc {
        name: q::CONJUGATE,
        f: int::m_conjugate,
    },
    NativeDesc {
        name: q::BIT_COUNT,
        f: int::m_bit_count,
    },
    NativeDesc {
        name: q::AS_INTEGER_RATIO,
        f: int::m_as_integer_ratio,
    },
    NativeDesc {
        name: q::D_ADD,
        f: i_add,
    },
    NativeDesc {
        name: q::D_SUB,
        f: i_sub,
    },
    NativeDesc {
        name: q::D_MUL,
        f: i_mul,
    },
    NativeDesc {
        name: q::D_TRUEDIV,
        f: i_truediv,
    },
    NativeDesc {
        name: q::D_FLOORDIV,
        f: i_floordiv,
    },
    NativeDesc {
        name: q::D_MOD,
        f: i_mod,
    },
    NativeDesc {
        name: q::D_POW,
        f: i_pow,
    },
    NativeDesc {
        name: q::D_LSHIFT,
        f: i_lshift,
    },
    NativeDesc {
        name: q::D_RSHIFT,
        f: i_rshift,
    },
    NativeDesc {
        name: q::D_AND,
        f: i_and,
    },
    NativeDesc {
        name: q::D_OR,
        f: i_or,
    },
    NativeDesc {
        name: q::D_XOR,
        f: i_xor,
    },
    NativeDesc {
        name: q::D_RADD,
        f: i_radd,
    },
    NativeDesc {
        name: q::D_RSUB,
        f: i_rsub,
    },
    NativeDesc {
        name: q::D_RMUL,
        f: i_rmul,
    },
    NativeDesc {
        name: q::D_RTRUEDIV,
        f: i_rtruediv,
    },
    NativeDesc {
        name: q::D_RFLOORDIV,
        f: i_rfloordiv,
    },
    NativeDesc {
        name: q::D_RMOD,
        f: i_rmod,
    },
    NativeDesc {
        name: q::D_RPOW,
        f: i_rpow,
    },
    NativeDesc {
        name: q::D_DIVMOD,
        f: i_divmod,
    },
    NativeDesc {
        name: q::D_EQ,
        f: n_eq,
    },
    NativeDesc {
        name: q::D_NE,
        f: n_ne,
    },
    NativeDesc {
        name: q::D_LT,
        f: n_lt,
    },
    NativeDesc {
        name: q::D_LE,
        f: n_le,
    },
    NativeDesc {
        name: q::D_GT,
        f: n_gt,
    },
    NativeDesc {
        name: q::D_GE,
        f: n_ge,
    },
    NativeDesc {
        name: q::D_NEG,
        f: n_neg,
    },
    NativeDesc {
        name: q::D_POS,
        f: n_pos,
    },
    NativeDesc {
        name: q::D_INVERT,
        f: n_invert,
    },
    NativeDesc {
        name: q::D_ABS,
        f: n_abs,
    },
    NativeDesc {
        name: q::D_HASH,
        f: n_hash,
    },
    NativeDesc {
        name: q::D_INDEX,
        f: i_trunc,
    },
    NativeDesc {
        name: q::D_INT,
        f: n_int,
    },
    NativeDesc {
        name: q::D_FLOAT,
        f: n_float,
    },
    NativeDesc {
        name: q::D_BOOL,
        f: n_bool,
    },
    NativeDesc {
        name: q::D_ROUND,
        f: n_round,
    },
    NativeDesc {
        name: q::D_TRUNC,
        f: i_trunc,
    },
    NativeDesc {
        name: q::D_FLOOR,
        f: i_trunc,
    },
    NativeDesc {
        name: q::D_CEIL,
        f: i_trunc,
    },
];

// ------------------------------------------------------------ round

fn half_even(q: BigInt, r: &BigInt, den: &BigInt) -> BigInt {
    // q, r from a floor division by a positive `den` of a non-negative value.
    let two_r = bi::add(r.as_ref(), r.as_ref());
    let c = bi::cmp(two_r.as_ref(), den.as_ref());
    let odd = q.mag().first().is_some_and(|l| l & 1 == 1);
    if c == core::cmp::Ordering::Greater || (c == core::cmp::Ordering::Equal && odd) {
        bi::add(q.as_ref(), BigInt::from(1i64).as_ref())
    } else {
        q
    }
}

fn pow10(n: u32) -> BigInt {
    bi::pow(
        BigInt::from(10i64).as_ref(),
        BigInt::from(i64::from(n)).as_ref(),
    )
    .unwrap_or_else(|_| BigInt::from(1i64))
}

/// `round(f, n)` correctly rounded (half to even on the exact value).
pub fn round_float(f: f64, n: i64) -> Result<f64, bi::BigIntError> {
    if !f.is_finite() || f == 0.0 {
        return Ok(f);
    }
    if n > 330 {
        return Ok(f);
    }
    if n < -330 {
        return Ok(libm::copysign(0.0, f));
    }
    let (m, e) = decompose(f);
    let mag = BigInt::from(m.unsigned_abs() as i64);
    let one = BigInt::from(1i64);
    let r = if n >= 0 {
        if e >= 0 {
            return Ok(f);
        }
        let p = pow10(n as u32);
        let num = bi::mul(mag.as_ref(), p.as_ref());
        let den = bi::shl(one.as_ref(), (-e) as u64)?;
        let (q, r) = bi::divmod(num.as_ref(), den.as_ref())?;
        let q = half_even(q, &r, &den);
        bi::truediv(q.as_ref(), p.as_ref())?
    } else {
        let p = pow10((-n) as u32);
        let (num, den) = if e >= 0 {
            (bi::shl(mag.as_ref(), e as u64)?, p.clone())
        } else {
            (mag, bi::shl(p.as_ref(), (-e) as u64)?)
        };
        let (q, r) = bi::divmod(num.as_ref(), den.as_ref())?;
        let q = half_even(q, &r, &den);
        bi::to_f64(bi::mul(q.as_ref(), p.as_ref()).as_ref())?
    };
    Ok(libm::copysign(r, f))
}

/// The builtin `round(x[, ndigits])`.
pub fn round_value(vm: &mut Vm, v: Value, nd: Value) -> PyResult<Value> {
    if is_intlike(vm, v) {
        let v = index_value(vm, v)?;
        if nd.is_none() {
            return Ok(v);
        }
        let mark = vm.push_root(v);
        let n = index_i64(vm, nd);
        let v = vm.root(mark);
        vm.pop_roots(mark);
        let n = n?;
        if n >= 0 {
            return Ok(v);
        }
        let Some(x) = int::to_big(vm, v) else {
            return Ok(v);
        };
        if n < -10_000 {
            return Ok(Value::from_small(0));
        }
        let p = pow10((-n) as u32);
        let mag = bi::abs(x.as_ref());
        let r = bi::divmod(mag.as_ref(), p.as_ref()).map(|(q, r)| {
            let q = half_even(q, &r, &p);
            let m = bi::mul(q.as_ref(), p.as_ref());
            if x.is_negative() {
                bi::neg(m.as_ref())
            } else {
                m
            }
        });
        return match r {
            Ok(b) => int::from_big(vm, &b),
            Err(e) => Err(int::raise_err(vm, e)),
        };
    }
    if let Some(f) = v.as_float() {
        if nd.is_none() {
            if !f.is_finite() {
                return float_to_int(vm, f);
            }
            let r = libm::round(f);
            let r = if (f - libm::trunc(f)).abs() == 0.5 {
                2.0 * libm::round(f / 2.0)
            } else {
                r
            };
            return int::from_float(vm, r);
        }
        let n = index_i64(vm, nd)?;
        return match round_float(f, n) {
            Ok(r) if r.is_finite() || !f.is_finite() => Ok(Value::float(r)),
            Ok(_) => Err(vm.raise(
                TypeId::OverflowError,
                "rounded value too large to represent",
            )),
            Err(e) => Err(int::raise_err(vm, e)),
        };
    }
    let t = vm.type_of(v);
    if let Some(m) = class::lookup(vm, t, Value::qstr(q::D_ROUND)) {
        if nd.is_none() {
            return vm.call(m, &[v]);
        }
        return vm.call(m, &[v, nd]);
    }
    let b = vm.base_value(v);
    if b != v {
        return round_value(vm, b, nd);
    }
    let m = alloc::format!("type {} doesn't define __round__ method", vm.type_name(v));
    Err(vm.type_error(&m))
}

/// `round(x[, ndigits])`.
pub fn builtin_round(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.n == 0 || a.n > 2 {
        let m = if a.n == 0 {
            alloc::string::String::from("round() missing required argument 'number' (pos 1)")
        } else {
            alloc::format!("round() takes at most 2 arguments ({} given)", a.n)
        };
        return Err(vm.type_error(&m));
    }
    let v = vm.arg(&a, 0);
    let nd = if a.n > 1 {
        vm.arg(&a, 1)
    } else {
        vm.kwarg(&a, crate::qstr::find_static("ndigits").unwrap_or(u32::MAX))
            .unwrap_or(Value::NONE)
    };
    round_value(vm, v, nd)
}

/// `abs(x)`.
pub fn builtin_abs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.n != 1 {
        let m = alloc::format!("abs() takes exactly one argument ({} given)", a.n);
        return Err(vm.type_error(&m));
    }
    let v = vm.arg(&a, 0);
    abs_of(vm, v)
}

/// `divmod(x, y)`.
pub fn builtin_divmod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.n != 2 {
        let m = alloc::format!("divmod expected 2 arguments, got {}", a.n);
        return Err(vm.type_error(&m));
    }
    let (x, y) = (vm.arg(&a, 0), vm.arg(&a, 1));
    if let (Some(p), Some(q)) = (x.as_float(), y.as_float()) {
        return float_divmod(vm, p, q);
    }
    let num = |vm: &Vm, v: Value| is_intlike(vm, v) || v.is_float();
    if num(vm, x) && num(vm, y) && (x.is_float() || y.is_float()) {
        let p = to_f64(vm, x)?;
        let q = to_f64(vm, y)?;
        return float_divmod(vm, p, q);
    }
    divmod_values(vm, x, y)
}

/// A real number as an `f64` (ints, bools, floats).
pub fn to_f64(vm: &mut Vm, v: Value) -> PyResult<f64> {
    if let Some(f) = v.as_float() {
        return Ok(f);
    }
    if let Some(i) = v.as_int() {
        return Ok(i as f64);
    }
    if let Some(b) = v.as_bool() {
        return Ok(f64::from(u8::from(b)));
    }
    int::to_float(vm, v)
}

/// `divmod` of two floats with CPython's sign rules.
pub fn float_divmod(vm: &mut Vm, x: f64, y: f64) -> PyResult<Value> {
    if y == 0.0 {
        return Err(vm.zero_division("float divmod()"));
    }
    let (d, m) = float_divmod_parts(x, y);
    super::tuple::new_tuple(vm, &[Value::float(d), Value::float(m)])
}

/// `(x // y, x % y)` for floats as CPython computes them (`y != 0`).
pub fn float_divmod_parts(x: f64, y: f64) -> (f64, f64) {
    let mut m = libm::fmod(x, y);
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = libm::copysign(0.0, y);
    }
    let floordiv = if div != 0.0 {
        let f = libm::floor(div);
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        libm::copysign(0.0, x / y)
    };
    (floordiv, m)
}

fn base_str(vm: &mut Vm, a: Args, radix: u32, prefix: &str) -> PyResult<Value> {
    if a.n != 1 {
        let name = match radix {
            2 => "bin",
            8 => "oct",
            _ => "hex",
        };
        return Err(super::corefns::arity_error(vm, name, 1, 1, a.n));
    }
    let v = vm.arg(&a, 0);
    let i = index_value(vm, v)?;
    let s = int::to_string(vm, i, radix);
    let out = match s.strip_prefix('-') {
        Some(d) => alloc::format!("-{prefix}{d}"),
        None => alloc::format!("{prefix}{s}"),
    };
    vm.new_str(&out)
}

/// `hex(x)`.
pub fn builtin_hex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    base_str(vm, a, 16, "0x")
}
/// `oct(x)`.
pub fn builtin_oct(vm: &mut Vm, a: Args) -> PyResult<Value> {
    base_str(vm, a, 8, "0o")
}
/// `bin(x)`.
pub fn builtin_bin(vm: &mut Vm, a: Args) -> PyResult<Value> {
    base_str(vm, a, 2, "0b")
}

/// `int(x=0)` / `int(x, base=10)`.
pub fn int_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.n == 1 && a.nkw == 0 {
        // `int(i)` and `int("123")` of a short plain decimal text.
        let v = vm.arg(&a, 0);
        if v.is_int() {
            return Ok(v);
        }
        // `int(x)` of a float well inside the small-int range truncates
        // exactly (larger ones, inf and nan take the general path).
        if let Some(f) = v.as_float() {
            if let Some(i) = Value::int(f as i64).filter(|_| f.abs() < 1e14) {
                return Ok(i);
            }
        }
        if let Some(i) = vm.str_of(v).and_then(short_decimal) {
            return Ok(Value::from_small(i));
        }
    }
    super::iterfns::check_kwargs(vm, &a, "int", &[q::BASE])?;
    if a.n > 2 {
        let m = alloc::format!("int() takes at most 2 arguments ({} given)", a.n);
        return Err(vm.type_error(&m));
    }
    let base = if a.n > 1 {
        Some(vm.arg(&a, 1))
    } else {
        vm.kwarg(&a, q::BASE)
    };
    if a.n == 0 {
        if base.is_some() {
            return Err(vm.type_error("int() missing string argument"));
        }
        return Ok(Value::from_small(0));
    }
    let v = vm.arg(&a, 0);
    let k = vm.kind_of(v);
    let text_like = vm.is_str(v) || k == kind::BYTES || k == kind::BYTEARRAY;
    if let Some(b) = base {
        if !text_like {
            return Err(vm.type_error("int() can't convert non-string with explicit base"));
        }
        let b = index_i64(vm, b)?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let v = vm.arg(&a, 0);
        return parse_int(vm, v, b as u32);
    }
    if text_like {
        return parse_int(vm, v, 10);
    }
    int_of(vm, v)
}

/// The value of an optional `-`/`+` and 1 to 9 ASCII digits (a small int
/// either way), `None` for any other text (left to the full parser, which
/// also takes spaces, underscores and other digits).
fn short_decimal(s: &str) -> Option<i32> {
    let b = s.as_bytes();
    let (neg, digits) = match b.split_first()? {
        (b'-', d) => (true, d),
        (b'+', d) => (false, d),
        _ => (false, b),
    };
    if digits.is_empty() || digits.len() > 9 {
        return None;
    }
    let mut n: i32 = 0;
    for &c in digits {
        if !c.is_ascii_digit() {
            return None;
        }
        n = n * 10 + i32::from(c - b'0');
    }
    Some(if neg { -n } else { n })
}

/// `int(s, base)` of a str/bytes/bytearray.
fn parse_int(vm: &mut Vm, v: Value, base: u32) -> PyResult<Value> {
    let r = match vm.str_of(v) {
        Some(s) => bi::parse(s, base),
        None => {
            let d = super::bytes::data(vm, v).unwrap_or(&[]);
            bi::parse_ascii(d, base)
        }
    };
    match r {
        Ok(b) => int::from_big(vm, &b),
        Err(bi::ParseError::InvalidBase) => {
            Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"))
        }
        Err(_) => {
            let r = vm.repr_string(v)?;
            let m = alloc::format!("invalid literal for int() with base {base}: {r}");
            Err(vm.value_error(&m))
        }
    }
}

/// `int(v)` of a number or an object with `__int__`/`__index__`/`__trunc__`.
pub fn int_of(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if let Some(b) = v.as_bool() {
        return Ok(Value::from_small(i32::from(b)));
    }
    if is_intlike(vm, v) {
        return Ok(v);
    }
    if let Some(f) = v.as_float() {
        return float_to_int(vm, f);
    }
    if vm.kind_of(v) == kind::INSTANCE {
        let t = vm.type_of(v);
        for name in [q::D_INT, q::D_INDEX, q::D_TRUNC] {
            if let Some(m) = class::lookup(vm, t, Value::qstr(name)) {
                let r = vm.call(m, &[v])?;
                if is_intlike(vm, r) {
                    return index_value(vm, r);
                }
                if name == q::D_TRUNC {
                    return int_of(vm, r);
                }
                let m = alloc::format!("__int__ returned non-int (type {})", vm.type_name(r));
                return Err(vm.type_error(&m));
            }
        }
        let b = vm.base_value(v);
        if b != v {
            if vm.is_str(b) {
                return parse_int(vm, b, 10);
            }
            return int_of(vm, b);
        }
    }
    let m = alloc::format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        vm.type_name(v)
    );
    Err(vm.type_error(&m))
}

/// Text of an int in `radix` with no prefix (used by format helpers).
pub fn int_text(vm: &Vm, v: Value, radix: u32) -> String {
    int::to_string(vm, v, radix)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_hash_matches_cpython() {
        assert_eq!(float_hash(1.5), 1_152_921_504_606_846_977);
        assert_eq!(float_hash(2.0), 2);
        assert_eq!(float_hash(-1.0), -2);
        assert_eq!(float_hash(0.1), 230_584_300_921_369_408);
        assert_eq!(float_hash(f64::INFINITY), 314_159);
        assert_eq!(float_hash(1e300), 1_224_995_262_755_759_164);
    }

    #[test]
    fn round_is_correctly_rounded() -> Result<(), bi::BigIntError> {
        assert_eq!(round_float(2.675, 2)?, 2.67);
        assert_eq!(round_float(0.125, 2)?, 0.12);
        assert_eq!(round_float(0.375, 2)?, 0.38);
        assert_eq!(round_float(1234.5678, -2)?, 1200.0);
        assert_eq!(round_float(1234.5678, -5)?, 0.0);
        assert_eq!(round_float(-1.005, 2)?, -1.0);
        assert_eq!(round_float(2.5, 0)?, 2.0);
        assert!(round_float(-0.001, 1)?.is_sign_negative());
        Ok(())
    }

    #[test]
    fn float_divmod_signs() {
        assert_eq!(float_divmod_parts(7.0, -2.0), (-4.0, -1.0));
        assert_eq!(float_divmod_parts(-7.5, 2.0), (-4.0, 0.5));
        let (d, m) = float_divmod_parts(0.0, -3.0);
        assert!(d.is_sign_negative() && m.is_sign_negative());
    }
}
