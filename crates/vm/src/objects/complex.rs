//! `complex`: a raw heap object of two `f64`s (real, imag).

use crate::types::kind;
use crate::vm::{PyResult, Vm};
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
        BinOp::TrueDiv => {
            let d = br * br + bi * bi;
            if d == 0.0 {
                return Err(vm.zero_division("complex division by zero"));
            }
            ((ar * br + ai * bi) / d, (ai * br - ar * bi) / d)
        }
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
                    pi = 2.0 * pr * pi;
                    pr = t;
                    k >>= 1;
                }
                if n < 0 {
                    let d = xr * xr + xi * xi;
                    (xr / d, -xi / d)
                } else {
                    (xr, xi)
                }
            } else {
                let modulus = libm::hypot(ar, ai);
                let arg = libm::atan2(ai, ar);
                let lr = libm::log(modulus);
                let nr = br * lr - bi * arg;
                let na = bi * lr + br * arg;
                let m = libm::exp(nr);
                (m * libm::cos(na), m * libm::sin(na))
            }
        }
        _ => return Ok(None),
    };
    new_complex(vm, r, i).map(Some)
}
