//! `repr(float)` and `format(float, spec)`.
//!
//! Digits come from Rust's float formatting, which is exact: `{:e}` gives
//! the shortest digits that round-trip (the same digits CPython's `repr`
//! uses) and `{:.N}` / `{:.Ne}` round the exact binary value correctly, as
//! CPython's `dtoa` does. This module only rearranges those digits into
//! CPython's layouts.

use crate::pad::{finish_number, pad_number, sign_str};
use crate::spec::FormatSpec;
use crate::{push_n, FormatError, Result};
use alloc::format;
use alloc::string::String;

/// Shortest round-trip digits of a finite, non-negative `f`: `(digits, exp)`
/// meaning `d.ddd × 10^exp` (digits without a dot, no trailing zeros except
/// for zero itself, which is `("0", 0)`).
fn shortest(f: f64) -> (String, i32) {
    split_sci(&format!("{:e}", f))
}

/// Splits Rust's `d.ddde±x` into the digits and the exponent.
fn split_sci(s: &str) -> (String, i32) {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    (digits, exp.parse().unwrap_or(0))
}

/// Lays out `d.ddd × 10^exp` in fixed notation with at least `min_frac`
/// fraction digits (0 gives no point when the fraction is empty).
fn fixed_from_digits(digits: &str, exp: i32, min_frac: usize) -> String {
    let mut out = String::new();
    if exp >= 0 {
        let int_len = exp as usize + 1;
        if digits.len() <= int_len {
            out.push_str(digits);
            push_n(&mut out, '0', int_len - digits.len());
            if min_frac > 0 {
                out.push('.');
                push_n(&mut out, '0', min_frac);
            }
        } else {
            let (i, f) = digits.split_at(int_len);
            out.push_str(i);
            out.push('.');
            out.push_str(f);
            push_n(&mut out, '0', min_frac.saturating_sub(f.len()));
        }
    } else {
        out.push_str("0.");
        push_n(&mut out, '0', (-exp - 1) as usize);
        out.push_str(digits);
    }
    out
}

/// Lays out `d.ddd × 10^exp` in CPython's exponent form (`1.5e+16`,
/// `1e-05`): at least two exponent digits, always a sign.
fn sci_from_digits(digits: &str, exp: i32, upper: bool, keep_point: bool) -> String {
    let mut out = String::new();
    let (first, rest) = digits.split_at(digits.len().min(1));
    out.push_str(first);
    if !rest.is_empty() || keep_point {
        out.push('.');
        out.push_str(rest);
    }
    out.push(if upper { 'E' } else { 'e' });
    out.push(if exp < 0 { '-' } else { '+' });
    let e = exp.unsigned_abs();
    if e < 10 {
        out.push('0');
    }
    out.push_str(&format!("{}", e));
    out
}

/// `repr(f)` (also `str(f)`): shortest round-trip digits, fixed notation for
/// exponents -4..16, otherwise exponent form.
pub fn repr(f: f64) -> String {
    if f.is_nan() {
        return String::from("nan");
    }
    if f.is_infinite() {
        return String::from(if f < 0.0 { "-inf" } else { "inf" });
    }
    let mut out = String::from(if f.is_sign_negative() { "-" } else { "" });
    out.push_str(&repr_abs(f.abs(), 16));
    out
}

/// The unsigned body of `repr`, switching to exponent form at `10^limit`.
fn repr_abs(f: f64, limit: i32) -> String {
    let (digits, exp) = shortest(f);
    if (-4..limit).contains(&exp) {
        fixed_from_digits(&digits, exp, 1)
    } else {
        sci_from_digits(&digits, exp, false, false)
    }
}

/// Strips trailing zeros of the fraction (and a bare point) from a fixed or
/// exponent-form body.
fn strip_zeros(body: &str) -> String {
    let (mant, exp) = match body.find(['e', 'E']) {
        Some(at) => body.split_at(at),
        None => (body, ""),
    };
    let mant = if mant.contains('.') {
        mant.trim_end_matches('0').trim_end_matches('.')
    } else {
        mant
    };
    let mut out = String::from(mant);
    out.push_str(exp);
    out
}

/// Python's `%g`-style general format body for a finite non-negative `f`
/// with `prec` significant digits.
fn general(f: f64, prec: usize, upper: bool, alternate: bool, none_type: bool) -> String {
    let prec = prec.max(1);
    let (digits, exp) = split_sci(&format!("{:.*e}", prec - 1, f));
    // With no type letter, a fixed result must keep a digit after the
    // point (`1.0`), so it switches to exponent form one digit earlier.
    let limit = if none_type {
        prec as i64 - 1
    } else {
        prec as i64
    };
    let body = if exp >= -4 && (exp as i64) < limit {
        let frac = (prec as i64 - 1 - exp as i64).max(0) as usize;
        format!("{:.*}", frac, f)
    } else {
        sci_from_digits(&digits, exp, upper, alternate)
    };
    if alternate {
        return if !body.contains(['.', 'e', 'E']) {
            body + "."
        } else {
            body
        };
    }
    let mut body = strip_zeros(&body);
    if none_type && !body.contains(['.', 'e', 'E']) {
        body.push_str(".0");
    }
    body
}

/// Rewrites Rust's `{:.Ne}` output (`1.5e3`) in CPython's form (`1.5e+03`).
fn fix_exp(s: &str, upper: bool) -> String {
    let (digits, exp) = split_sci(s);
    let point = s.contains('.');
    let mut out = String::new();
    let (first, rest) = digits.split_at(digits.len().min(1));
    out.push_str(first);
    if point {
        out.push('.');
        out.push_str(rest);
    }
    let tail = sci_from_digits("0", exp, upper, false);
    out.push_str(tail.get(1..).unwrap_or(""));
    out
}

/// The unsigned body of a finite non-negative float for a type letter.
/// Returns the body and the suffix (`%`).
fn body_for(f: f64, spec: &FormatSpec, ty: Option<char>) -> Result<(String, &'static str)> {
    let prec = spec.precision;
    let upper = matches!(ty, Some('E' | 'F' | 'G'));
    Ok(match ty {
        None => match prec {
            None => (repr_abs(f, 16), ""),
            Some(p) => (general(f, p, false, spec.alternate, true), ""),
        },
        Some('f' | 'F') => {
            let mut s = format!("{:.*}", prec.unwrap_or(6), f);
            if spec.alternate && !s.contains('.') {
                s.push('.');
            }
            (s, "")
        }
        Some('e' | 'E') => {
            let p = prec.unwrap_or(6);
            let mut s = fix_exp(&format!("{:.*e}", p, f), upper);
            if spec.alternate && p == 0 {
                if let Some(at) = s.find(['e', 'E']) {
                    s.insert(at, '.');
                }
            }
            (s, "")
        }
        Some('g' | 'G' | 'n') => (
            general(f, prec.unwrap_or(6), upper, spec.alternate, false),
            "",
        ),
        Some('%') => {
            let mut s = format!("{:.*}", prec.unwrap_or(6), f * 100.0);
            if spec.alternate && !s.contains('.') {
                s.push('.');
            }
            (s, "%")
        }
        Some(code) => {
            return Err(FormatError::UnknownCode {
                code,
                type_name: "float",
            })
        }
    })
}

/// `format(f, spec)` for a float.
pub fn format_float(f: f64, spec: &FormatSpec) -> Result<String> {
    let ty = spec.ty;
    if let (Some('n'), Some(g)) = (ty, spec.grouping) {
        return Err(FormatError::GroupingNotAllowed {
            sep: crate::pad::sep_char(g),
            ty: 'n',
        });
    }
    let upper = matches!(ty, Some('E' | 'F' | 'G'));
    let mut negative = f.is_sign_negative() && !f.is_nan();
    if !f.is_finite() {
        let word = match (f.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        };
        // Validate the type letter even for inf/nan.
        body_for(1.0, spec, ty)?;
        let suffix = if ty == Some('%') { "%" } else { "" };
        let mut word = String::from(word);
        word.push_str(suffix);
        return Ok(pad_number(spec, sign_str(negative, spec.sign), &word, ""));
    }
    let (body, suffix) = body_for(f.abs(), spec, ty)?;
    if negative && spec.no_neg_zero && body.chars().all(|c| !c.is_ascii_digit() || c == '0') {
        negative = false;
    }
    // Split the integer digits from the fraction/exponent so grouping and
    // zero padding apply to the integer part only.
    let split = body.find(['.', 'e', 'E']).unwrap_or(body.len());
    let (int_part, rest) = body.split_at(split);
    let mut tail = String::from(rest);
    tail.push_str(suffix);
    Ok(finish_number(
        spec,
        sign_str(negative, spec.sign),
        int_part,
        &tail,
        3,
    ))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case(0.1 + 0.2, "0.30000000000000004")]
    #[case(1e16, "1e+16")]
    #[case(1e15, "1000000000000000.0")]
    #[case(0.0001, "0.0001")]
    #[case(0.00001, "1e-05")]
    #[case(-0.0, "-0.0")]
    #[case(1.5e300, "1.5e+300")]
    #[case(5e-324, "5e-324")]
    #[case(f64::INFINITY, "inf")]
    #[case(f64::NEG_INFINITY, "-inf")]
    #[case(f64::NAN, "nan")]
    #[case(123.0, "123.0")]
    #[case(1.0 / 3.0, "0.3333333333333333")]
    fn reprs(#[case] f: f64, #[case] want: &str) {
        assert_eq!(repr(f), want);
    }

    #[rstest]
    #[case(1.0, ".3", "1.0")]
    #[case(123456789.0, ".3", "1.23e+08")]
    #[case(1.5, "g", "1.5")]
    #[case(1e-5, "g", "1e-05")]
    #[case(f64::INFINITY, "010.2f", "0000000inf")]
    #[case(f64::NAN, "+", "+nan")]
    #[case(3.0, "=+10", "+      3.0")]
    #[case(2.5, ".0f", "2")]
    #[case(0.5, ".0f", "0")]
    #[case(1.25, ".1f", "1.2")]
    #[case(1e301, "e", "1.000000e+301")]
    #[case(1.0, "%", "100.000000%")]
    #[case(1234.5, "_.2f", "1_234.50")]
    #[case(1234.5, "010,.1f", "0,001,234.5")]
    #[case(12345.678, ".3e", "1.235e+04")]
    #[case(-0.0001, "z.1f", "0.0")]
    #[case(100.0, "#g", "100.000")]
    #[case(1.0, "#.0e", "1.e+00")]
    #[case(0.0, "g", "0")]
    #[case(1e100, "G", "1E+100")]
    fn formats(#[case] f: f64, #[case] spec: &str, #[case] want: &str) {
        let spec = FormatSpec::parse(spec).unwrap();
        assert_eq!(format_float(f, &spec).unwrap(), want);
    }
}
