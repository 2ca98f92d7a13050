//! `float`: values are NaN-boxed immediates (no heap object). This file has
//! the constructor's string parsing, the named methods (`is_integer`,
//! `as_integer_ratio`, `hex`, `fromhex`, `conjugate`, `__trunc__`, ...) and
//! the method table (dunders shared with `int` live in `num.rs`).

use crate::qstr::q;
use crate::types::{kind, NativeDesc, TypeId};
use crate::vm::{Args, PyResult, Vm};
use alloc::string::String;
use pycopy_bigint::{self as bi, BigInt};
use pycopy_gc::Value;

use super::{class, int, num};

/// `x ** y` for floats. With `std` this is the host C library's `pow`,
/// as CPython uses: results that fall exactly between two floats (such as
/// `10.0 ** 23`) are rounded the way the platform's `pow` rounds them, which
/// the portable `libm` port does differently. Without `std`, `libm::pow`.
pub fn pow(x: f64, y: f64) -> f64 {
    #[cfg(feature = "std")]
    {
        x.powf(y)
    }
    #[cfg(not(feature = "std"))]
    {
        libm::pow(x, y)
    }
}

/// Parses the text of `float(s)` as CPython does (surrounding whitespace,
/// sign, `inf`/`infinity`/`nan` in any case, `_` only between digits).
pub fn parse(s: &str) -> Option<f64> {
    let t = s.trim();
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, t.get(1..)?),
        Some(b'+') => (false, t.get(1..)?),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let v = match lower.as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            let clean = decimal_text(body)?;
            clean.parse::<f64>().ok()?
        }
    };
    Some(if neg { -v } else { v })
}

/// Validates `digits[.digits][e[sign]digits]` with `_` only between digits
/// and returns the text without underscores.
fn decimal_text(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = String::with_capacity(b.len());
    let mut i = 0;
    let digits = |i: &mut usize, out: &mut String| -> Option<usize> {
        let start = *i;
        let mut n = 0;
        while let Some(&c) = b.get(*i) {
            if c.is_ascii_digit() {
                out.push(c as char);
                n += 1;
            } else if c == b'_' {
                let prev = *i > start && b.get(*i - 1).is_some_and(u8::is_ascii_digit);
                let next = b.get(*i + 1).is_some_and(u8::is_ascii_digit);
                if !(prev && next) {
                    return None;
                }
            } else {
                break;
            }
            *i += 1;
        }
        Some(n)
    };
    let int_digits = digits(&mut i, &mut out)?;
    let mut frac_digits = 0;
    if b.get(i) == Some(&b'.') {
        out.push('.');
        i += 1;
        frac_digits = digits(&mut i, &mut out)?;
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        out.push('e');
        i += 1;
        if let Some(&c @ (b'+' | b'-')) = b.get(i) {
            out.push(c as char);
            i += 1;
        }
        if digits(&mut i, &mut out)? == 0 {
            return None;
        }
    }
    (i == b.len()).then_some(out)
}

/// `float(x)`.
pub fn new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.n > 1 {
        let m = alloc::format!("float expected at most 1 argument, got {}", a.n);
        return Err(vm.type_error(&m));
    }
    if a.n == 0 {
        return Ok(Value::float(0.0));
    }
    let v = vm.arg(&a, 0);
    to_float_value(vm, v)
}

/// The conversion of `float(v)`.
pub fn to_float_value(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if v.is_float() {
        return Ok(v);
    }
    if num::is_intlike(vm, v) {
        return num::to_f64(vm, v).map(Value::float);
    }
    if let Some(s) = vm.str_of(v) {
        if let Some(f) = parse(s) {
            return Ok(Value::float(f));
        }
        let r = vm.repr_string(v)?;
        let m = alloc::format!("could not convert string to float: {r}");
        return Err(vm.value_error(&m));
    }
    let k = vm.kind_of(v);
    if k == kind::BYTES || k == kind::BYTEARRAY {
        let text = super::bytes::data(vm, v)
            .and_then(|d| core::str::from_utf8(d).ok())
            .and_then(parse);
        if let Some(f) = text {
            return Ok(Value::float(f));
        }
        let r = vm.repr_string(v)?;
        let m = alloc::format!("could not convert string to float: {r}");
        return Err(vm.value_error(&m));
    }
    let t = vm.type_of(v);
    if k == kind::INSTANCE {
        if let Some(m) = class::lookup(vm, t, Value::qstr(q::D_FLOAT)) {
            let r = vm.call(m, &[v])?;
            if r.is_float() {
                return Ok(r);
            }
            let m = alloc::format!("__float__ returned non-float (type {})", vm.type_name(r));
            return Err(vm.type_error(&m));
        }
        if class::lookup(vm, t, Value::qstr(q::D_INDEX)).is_some() {
            let i = num::index_value(vm, v)?;
            return num::to_f64(vm, i).map(Value::float);
        }
        let b = vm.base_value(v);
        if b != v {
            return to_float_value(vm, b);
        }
    }
    let m = alloc::format!(
        "float() argument must be a string or a real number, not '{}'",
        vm.type_name(v)
    );
    Err(vm.type_error(&m))
}

fn self_float(vm: &mut Vm, a: &Args) -> PyResult<f64> {
    let v = vm.arg(a, 0);
    match vm.base_value(v).as_float() {
        Some(f) => Ok(f),
        None => {
            let m = alloc::format!(
                "descriptor requires a 'float' object but received a '{}'",
                vm.type_name(v)
            );
            Err(vm.type_error(&m))
        }
    }
}

fn m_is_integer(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = self_float(vm, &a)?;
    Ok(Value::bool(f.is_finite() && libm::trunc(f) == f))
}

/// `f.as_integer_ratio()` as big ints `(numerator, denominator)`.
pub fn integer_ratio(f: f64) -> (BigInt, BigInt) {
    let (m, e) = num::decompose(f);
    if m == 0 {
        return (BigInt::from(0i64), BigInt::from(1i64));
    }
    let tz = m.unsigned_abs().trailing_zeros() as i32;
    let (m, e) = (m >> tz, e + tz);
    let one = BigInt::from(1i64);
    if e >= 0 {
        let n = bi::shl(BigInt::from(m).as_ref(), e as u64).unwrap_or_else(|_| one.clone());
        (n, one)
    } else {
        let d = bi::shl(one.as_ref(), (-e) as u64).unwrap_or_else(|_| one.clone());
        (BigInt::from(m), d)
    }
}

fn m_as_integer_ratio(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = self_float(vm, &a)?;
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(vm.raise(
            TypeId::OverflowError,
            "cannot convert Infinity to integer ratio",
        ));
    }
    let (n, d) = integer_ratio(f);
    let nv = int::from_big(vm, &n)?;
    let mark = vm.push_root(nv);
    let dv = int::from_big(vm, &d);
    let nv = vm.root(mark);
    vm.pop_roots(mark);
    super::tuple::new_tuple(vm, &[nv, dv?])
}

/// `float.hex()` text.
pub fn hex_text(f: f64) -> String {
    if f.is_nan() {
        return String::from("nan");
    }
    if f.is_infinite() {
        return String::from(if f > 0.0 { "inf" } else { "-inf" });
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return alloc::format!("{sign}0x0.0p+0");
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    alloc::format!("{sign}0x{lead}.{frac:013x}p{e:+}")
}

fn m_hex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = self_float(vm, &a)?;
    let s = hex_text(f);
    vm.new_str(&s)
}

/// Parses `float.fromhex` text; `Err(true)` on overflow, `Err(false)` on
/// bad syntax.
pub fn from_hex(s: &str) -> Result<f64, bool> {
    let t = s.trim();
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, t.get(1..).ok_or(false)?),
        Some(b'+') => (false, t.get(1..).ok_or(false)?),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let sgn = |v: f64| if neg { -v } else { v };
    match lower.as_str() {
        "inf" | "infinity" => return Ok(sgn(f64::INFINITY)),
        "nan" => return Ok(sgn(f64::NAN)),
        _ => {}
    }
    let b = lower.strip_prefix("0x").unwrap_or(&lower).as_bytes();
    let mut mant: u64 = 0;
    let mut sticky = false;
    let mut exp: i64 = 0;
    let mut ndigits = 0;
    let mut i = 0;
    let mut seen_point = false;
    while let Some(&c) = b.get(i) {
        if c == b'.' && !seen_point {
            seen_point = true;
            i += 1;
            continue;
        }
        let Some(d) = (c as char).to_digit(16) else {
            break;
        };
        ndigits += 1;
        if mant >> 56 == 0 {
            mant = (mant << 4) | u64::from(d);
            if seen_point {
                exp -= 4;
            }
        } else {
            sticky |= d != 0;
            if !seen_point {
                exp += 4;
            }
        }
        i += 1;
    }
    if ndigits == 0 {
        return Err(false);
    }
    if b.get(i) == Some(&b'p') {
        i += 1;
        let rest = core::str::from_utf8(b.get(i..).unwrap_or(&[])).map_err(|_| false)?;
        let (eneg, digits) = match rest.as_bytes().first() {
            Some(b'-') => (true, rest.get(1..).unwrap_or("")),
            Some(b'+') => (false, rest.get(1..).unwrap_or("")),
            _ => (false, rest),
        };
        if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
            return Err(false);
        }
        let e: i64 = digits.parse::<i64>().unwrap_or(i64::MAX / 4).min(1 << 40);
        exp += if eneg { -e } else { e };
    } else if i != b.len() {
        return Err(false);
    }
    if mant == 0 {
        return Ok(sgn(0.0));
    }
    // value = (mant + sticky) * 2**exp; round to the float grid.
    let len = 64 - i64::from(mant.leading_zeros());
    let top = exp + len - 1;
    if top > 1023 {
        return Err(true);
    }
    let prec = if top >= -1022 { 53 } else { 53 - (-1022 - top) };
    if prec <= 0 {
        // Below half the smallest subnormal (or exactly half: ties to 0).
        let half = prec == 0 && (mant.count_ones() > 1 || sticky);
        return Ok(sgn(if half { 5e-324 } else { 0.0 }));
    }
    let shift = len - prec;
    let (mut m, mut e) = (mant, exp);
    if shift > 0 {
        let dropped = mant & ((1u64 << shift) - 1);
        let half = 1u64 << (shift - 1);
        m = mant >> shift;
        e += shift;
        let up = dropped > half || (dropped == half && (sticky || m & 1 == 1));
        if up {
            m += 1;
        }
    }
    let v = libm::ldexp(m as f64, e as i32);
    if v.is_infinite() {
        return Err(true);
    }
    Ok(sgn(v))
}

fn m_fromhex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    // Called as `float.fromhex(s)`: no class argument.
    let s = vm.arg(&a, if a.n > 1 { 1 } else { 0 });
    let Some(text) = vm.str_of(s) else {
        let m = alloc::format!("fromhex() argument must be str, not {}", vm.type_name(s));
        return Err(vm.type_error(&m));
    };
    match from_hex(text) {
        Ok(f) => Ok(Value::float(f)),
        Err(true) => Err(vm.raise(
            TypeId::OverflowError,
            "hexadecimal value too large to represent as a float",
        )),
        Err(false) => Err(vm.value_error("invalid hexadecimal floating-point string")),
    }
}

fn m_conjugate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    self_float(vm, &a).map(Value::float)
}
fn m_trunc(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = self_float(vm, &a)?;
    num::float_to_int(vm, f)
}
fn m_floor(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = self_float(vm, &a)?;
    num::float_to_int(vm, libm::floor(f))
}
fn m_ceil(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = self_float(vm, &a)?;
    num::float_to_int(vm, libm::ceil(f))
}

/// Methods of `float`.
pub static METHODS: &[NativeDesc] = &[
    NativeDesc {
        name: q::IS_INTEGER,
        f: m_is_integer,
    },
    NativeDesc {
        name: q::AS_INTEGER_RATIO,
        f: m_as_integer_ratio,
    },
    NativeDesc {
        name: q::HEX,
        f: m_hex,
    },
    NativeDesc {
        name: q::FROMHEX,
        f: m_fromhex,
    },
    NativeDesc {
        name: q::CONJUGATE,
        f: m_conjugate,
    },
    NativeDesc {
        name: q::D_TRUNC,
        f: m_trunc,
    },
    NativeDesc {
        name: q::D_FLOOR,
        f: m_floor,
    },
    NativeDesc {
        name: q::D_CEIL,
        f: m_ceil,
    },
    NativeDesc {
        name: q::D_EQ,
        f: num::n_eq,
    },
    NativeDesc {
        name: q::D_NE,
        f: num::n_ne,
    },
    NativeDesc {
        name: q::D_LT,
        f: num::n_lt,
    },
    NativeDesc {
        name: q::D_LE,
        f: num::n_le,
    },
    NativeDesc {
        name: q::D_GT,
        f: num::n_gt,
    },
    NativeDesc {
        name: q::D_GE,
        f: num::n_ge,
    },
    NativeDesc {
        name: q::D_NEG,
        f: num::n_neg,
    },
    NativeDesc {
        name: q::D_POS,
        f: num::n_pos,
    },
    NativeDesc {
        name: q::D_ABS,
        f: num::n_abs,
    },
    NativeDesc {
        name: q::D_HASH,
        f: num::n_hash,
    },
    NativeDesc {
        name: q::D_INT,
        f: num::n_int,
    },
    NativeDesc {
        name: q::D_FLOAT,
        f: num::n_float,
    },
    NativeDesc {
        name: q::D_BOOL,
        f: num::n_bool,
    },
    NativeDesc {
        name: q::D_ROUND,
        f: num::n_round,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_follows_cpython() {
        assert_eq!(parse(" 1e5 "), Some(1e5));
        assert_eq!(parse("1_000.5"), Some(1000.5));
        assert_eq!(parse("_1.0"), None);
        assert_eq!(parse("1__0"), None);
        assert_eq!(parse("1_"), None);
        assert_eq!(parse("-iNF"), Some(f64::NEG_INFINITY));
        assert!(parse("-nan").is_some_and(f64::is_nan));
        assert_eq!(parse(".5"), Some(0.5));
        assert_eq!(parse("5."), Some(5.0));
        assert_eq!(parse("."), None);
        assert_eq!(parse("1e"), None);
        assert_eq!(parse("infinit"), None);
    }

    #[test]
    fn hex_round_trips() {
        for f in [1.0, 0.5, -0.1, 5e-324, 1e308, 2.2250738585072014e-308, 2.71] {
            assert_eq!(from_hex(&hex_text(f)), Ok(f));
        }
        assert_eq!(hex_text(-0.1), "-0x1.999999999999ap-4");
        assert_eq!(hex_text(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(from_hex("0x1.8p1"), Ok(3.0));
        assert_eq!(from_hex("0x.8"), Ok(0.5));
        assert_eq!(from_hex("0x1.00000000000008p0"), Ok(1.0));
        assert_eq!(from_hex("0x1.00000000000018p0"), Ok(1.0000000000000004));
        assert_eq!(from_hex("0x1p1024"), Err(true));
        assert_eq!(from_hex("0xg"), Err(false));
    }

    #[test]
    fn integer_ratio_is_exact() {
        let (n, d) = integer_ratio(0.75);
        assert_eq!((n.to_i64(), d.to_i64()), (Some(3), Some(4)));
        let (n, d) = integer_ratio(-2.0);
        assert_eq!((n.to_i64(), d.to_i64()), (Some(-2), Some(1)));
    }
}
