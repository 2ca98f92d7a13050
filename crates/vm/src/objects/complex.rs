//! `complex`: a raw heap object of two `f64`s (real, imag).

use crate::qstr::q;
use crate::types::{kind, NativeDesc, TypeId};
use crate::vm::{Args, PyResult, Vm};
use alloc::string::String;
use pycopy_compiler::bytecode::BinOp;
use pycopy_gc::Value;

/// A new complex value.
pub fn new_complex(vm: &mut Vm, re: f64, im: f64) -> PyResult<Value> {
    let r = vm.alloc_bytes(kind::COMPLEX, 16)?;
    let w = vm.heap.words_mut(r);
    if let Some(x) = w.get_mut(0) {
        *x = re.to_bits();
    }
    if let Some(x) = w.get_mut(1) {
        *x = im.to_bits();
    }
    Ok(Value::from_ref(r))
}

/// `(real, imag)` of a complex, or of an int/float/bool as a complex.
pub fn parts(vm: &Vm, v: Value) -> Option<(f64, f64)> {
    if let Some(f) = v.as_float() {
        return Some((f, 0.0));
    }
    if let Some(i) = v.as_int() {
        return Some((i as f64, 0.0));
    }
    if let Some(b) = v.as_bool() {
        return Some((if b { 1.0 } else { 0.0 }, 0.0));
    }
    let r = v.as_ref()?;
    match vm.heap.kind(r) {
        kind::COMPLEX => {
            let w = vm.heap.words(r);
            Some((f64::from_bits(*w.first()?), f64::from_bits(*w.get(1)?)))
        }
        kind::BIGINT => {
            let f = crate::objects::int::with_ref(vm, v, |x| pycopy_bigint::to_f64(x).ok())
                .flatten()?;
            Some((f, 0.0))
        }
        _ => None,
    }
}

fn fmt_part(f: f64) -> String {
    let s = crate::format::float_repr(f);
    match s.strip_suffix(".0") {
        Some(t) => String::from(t),
        None => s,
    }
}

/// `repr(complex)`.
pub fn repr(re: f64, im: f64) -> String {
    let ims = fmt_part(im);
    if re == 0.0 && !re.is_sign_negative() {
        return alloc::format!("{ims}j");
    }
    let sign = if im.is_sign_negative() || im.is_nan() && ims.starts_with('-') {
        ""
    } else {
        "+"
    };
    alloc::format!("({}{sign}{ims}j)", fmt_part(re))
}

/// Arithmetic with at least one complex operand; `None` if unsupported.
pub fn binop(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    let (Some((ar, ai)), Some((br, bi))) = (parts(vm, a), parts(vm, b)) else {
        return Ok(None);
    };
    let (r, i) = match op {
        BinOp::Add => (ar + br, ai + bi),
        BinOp::Sub => (ar - br, ai - bi),
        BinOp::Mul => (ar * br - ai * bi, ar * bi + ai * br),
        BinOp::TrueDiv => match quot((ar, ai), (br, bi)) {
            Some(q) => q,
            None => return Err(vm.zero_division("complex division by zero")),
        },
        BinOp::Pow => {
            if br == 0.0 && bi == 0.0 {
                (1.0, 0.0)
            } else if ar == 0.0 && ai == 0.0 {
                if bi != 0.0 || br < 0.0 {
                    return Err(vm.zero_division("0.0 to a negative or complex power"));
                }
                (0.0, 0.0)
            } else if bi == 0.0 && br.fract() == 0.0 && br.abs() <= 100.0 {
                // Integer powers by repeated multiplication (exact for small cases).
                let n = br as i64;
                let (mut xr, mut xi) = (1.0f64, 0.0f64);
                let (mut pr, mut pi) = (ar, ai);
                let mut k = n.unsigned_abs();
                while k > 0 {
                    if k & 1 == 1 {
                        let t = xr * pr - xi * pi;
                        xi = xr * pi + xi * pr;
                        xr = t;
                    }
                    let t = pr * pr - pi * pi;
                    pi *= 2.0 * pr;
                    pr = t;
                    k >>= 1;
                }
                if n < 0 {
                    match quot((1.0, 0.0), (xr, xi)) {
                        Some(q) => q,
                        None => return Err(vm.zero_division("complex division by zero")),
                    }
                } else {
                    (xr, xi)
                }
            } else {
                // CPython's c_pow.
                let vabs = libm::hypot(ar, ai);
                let mut len = super::float::pow(vabs, br);
                let at = libm::atan2(ai, ar);
                let mut phase = at * br;
                if bi != 0.0 {
                    len /= libm::exp(at * bi);
                    phase += bi * libm::log(vabs);
                }
                (len * libm::cos(phase), len * libm::sin(phase))
            }
        }
        _ => return Ok(None),
    };
    new_complex(vm, r, i).map(Some)
}

/// `a / b` as CPython computes it (scaled to avoid overflow); `None` when
/// `b` is zero.
pub fn quot(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let (ar, ai) = a;
    let (br, bi) = b;
    let (abr, abi) = (br.abs(), bi.abs());
    if abr >= abi {
        if abr == 0.0 {
            return None;
        }
        let ratio = bi / br;
        let denom = br + bi * ratio;
        Some(((ar + ai * ratio) / denom, (ai - ar * ratio) / denom))
    } else if abi >= abr {
        let ratio = br / bi;
        let denom = br * ratio + bi;
        Some(((ar * ratio + ai) / denom, (ai * ratio - ar) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// Parses `complex(s)` text: optional parentheses, `real`, `imagj`, or
/// `real+imagj` with no inner whitespace.
pub fn parse(s: &str) -> Option<(f64, f64)> {
    let mut t = s.trim();
    if let Some(inner) = t.strip_prefix('(').and_then(|x| x.strip_suffix(')')) {
        t = inner.trim();
    }
    if t.is_empty() || t.chars().any(char::is_whitespace) {
        return None;
    }
    let part = |x: &str| -> Option<f64> {
        match x {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ => super::float::parse(x),
        }
    };
    let Some(body) = t.strip_suffix(['j', 'J']) else {
        return super::float::parse(t).map(|r| (r, 0.0));
    };
    let bytes = body.as_bytes();
    let split = (1..bytes.len()).rev().find(|&i| {
        matches!(bytes.get(i), Some(b'+' | b'-')) && !matches!(bytes.get(i - 1), Some(b'e' | b'E'))
    });
    match split {
        Some(i) => {
            let re = super::float::parse(body.get(..i)?)?;
            let im = part(body.get(i..)?)?;
            Some((re, im))
        }
        None => part(body).map(|im| (0.0, im)),
    }
}

/// `complex(real=0, imag=0)` / `complex(str)`.
pub fn new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.n > 2 {
        let m = alloc::format!("complex() takes at most 2 arguments ({} given)", a.n);
        return Err(vm.type_error(&m));
    }
    let x = if a.n > 0 {
        vm.arg(&a, 0)
    } else {
        vm.kwarg(&a, q::REAL).unwrap_or(Value::from_small(0))
    };
    let y = if a.n > 1 {
        Some(vm.arg(&a, 1))
    } else {
        vm.kwarg(&a, q::IMAG)
    };
    if let Some(s) = vm.str_of(x) {
        if y.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        return match parse(s) {
            Some((r, i)) => new_complex(vm, r, i),
            None => Err(vm.value_error("complex() arg is a malformed string")),
        };
    }
    if y.is_some_and(|y| vm.is_str(y)) {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    let x = number_parts(vm, x)?;
    // Re-read: the first conversion may have run Python (and the collector).
    let y = if a.n > 1 {
        Some(vm.arg(&a, 1))
    } else {
        vm.kwarg(&a, q::IMAG)
    };
    let (yr, yi) = match y {
        Some(y) => number_parts(vm, y)?,
        None => (0.0, 0.0),
    };
    new_complex(vm, x.0 - yi, x.1 + yr)
}

fn number_parts(vm: &mut Vm, v: Value) -> PyResult<(f64, f64)> {
    if let Some(p) = parts(vm, v) {
        return Ok(p);
    }
    if vm.kind_of(v) == kind::INSTANCE {
        let t = vm.type_of(v);
        if let Some(m) = super::class::lookup(vm, t, Value::qstr(q::D_COMPLEX)) {
            let r = vm.call(m, &[v])?;
            if let Some(p) = parts(vm, r).filter(|_| vm.kind_of(r) == kind::COMPLEX) {
                return Ok(p);
            }
            return Err(vm.type_error("__complex__ should return a complex object"));
        }
        let has_float = super::class::lookup(vm, t, Value::qstr(q::D_FLOAT)).is_some()
            || super::class::lookup(vm, t, Value::qstr(q::D_INDEX)).is_some();
        if has_float {
            let f = super::float::to_float_value(vm, v)?;
            return Ok((f.as_float().unwrap_or(0.0), 0.0));
        }
    }
    let m = alloc::format!(
        "complex() first argument must be a string or a number, not '{}'",
        vm.type_name(v)
    );
    Err(vm.type_error(&m))
}

fn self_parts(vm: &mut Vm, a: &Args) -> PyResult<(f64, f64)> {
    let v = vm.arg(a, 0);
    let v = vm.base_value(v);
    match parts(vm, v).filter(|_| vm.kind_of(v) == kind::COMPLEX) {
        Some(p) => Ok(p),
        None => Err(vm.type_error("descriptor requires a 'complex' object")),
    }
}

fn m_conjugate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (r, i) = self_parts(vm, &a)?;
    new_complex(vm, r, -i)
}
fn m_neg(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (r, i) = self_parts(vm, &a)?;
    new_complex(vm, -r, -i)
}
fn m_pos(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (r, i) = self_parts(vm, &a)?;
    new_complex(vm, r, i)
}
fn m_abs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = vm.arg(&a, 0);
    let v = vm.base_value(v);
    super::num::abs_of(vm, v)
}
fn m_bool(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (r, i) = self_parts(vm, &a)?;
    Ok(Value::bool(r != 0.0 || i != 0.0))
}
fn m_int(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Err(vm.raise(TypeId::TypeError, "can't convert complex to int"))
}

/// Methods of `complex`.
pub static METHODS: &[NativeDesc] = &[
    NativeDesc {
        name: q::CONJUGATE,
        f: m_conjugate,
    },
    NativeDesc {
        name: q::D_NEG,
        f: m_neg,
    },
    NativeDesc {
        name: q::D_POS,
        f: m_pos,
    },
    NativeDesc {
        name: q::D_ABS,
        f: m_abs,
    },
    NativeDesc {
        name: q::D_BOOL,
        f: m_bool,
    },
    NativeDesc {
        name: q::D_INT,
        f: m_int,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_like_cpython() {
        assert_eq!(parse("1+2j"), Some((1.0, 2.0)));
        assert_eq!(parse(" (3j) "), Some((0.0, 3.0)));
        assert_eq!(parse("1e3j"), Some((0.0, 1000.0)));
        assert_eq!(parse("2-3j"), Some((2.0, -3.0)));
        assert_eq!(parse("-j"), Some((0.0, -1.0)));
        assert_eq!(parse("1e-3+1e+3j"), Some((0.001, 1000.0)));
        assert_eq!(parse("-1.5"), Some((-1.5, 0.0)));
        assert_eq!(parse("1 + 2j"), None);
        assert_eq!(parse("j2"), None);
        assert_eq!(parse(""), None);
    }

    #[test]
    fn division_matches_cpython() {
        assert_eq!(quot((1.0, 2.0), (3.0, -4.0)), Some((-0.2, 0.4)));
        assert_eq!(quot((1.0, 0.0), (0.0, 0.0)), None);
    }
}
