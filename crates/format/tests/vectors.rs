//! Checks `repr`/`format` of floats, ints and strs against results that
//! CPython 3.11 produced (`gen_vectors.py` writes `vectors.txt`).
#![allow(clippy::expect_used, clippy::unwrap_used)]

use pycopy_format::float::{format_float, repr};
use pycopy_format::int::{format_int, IntArg};
use pycopy_format::pad::format_str;
use pycopy_format::{FormatError, FormatSpec};

/// Parses CPython's `float.hex()` output.
fn parse_hex_float(s: &str) -> f64 {
    match s {
        "inf" => return f64::INFINITY,
        "-inf" => return f64::NEG_INFINITY,
        "nan" => return f64::NAN,
        _ => {}
    }
    let (neg, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let s = s.strip_prefix("0x").expect("hex float");
    let (mant, exp) = s.split_once('p').expect("exponent");
    let (int_part, frac) = mant.split_once('.').unwrap_or((mant, ""));
    let mut m: u64 = u64::from_str_radix(int_part, 16).expect("int part");
    for c in frac.chars() {
        m = m * 16 + c.to_digit(16).expect("hex digit") as u64;
    }
    let e: i32 = exp.parse::<i32>().expect("exp") - 4 * frac.len() as i32;
    // m < 2^53 here, so m as f64 is exact; scale in two steps so that
    // subnormals are not flushed by an out-of-range power.
    let v = (m as f64) * 2f64.powi(e / 2) * 2f64.powi(e - e / 2);
    if neg {
        -v
    } else {
        v
    }
}

fn digits_i128(v: i128, radix: u32) -> String {
    let mut mag = v.unsigned_abs();
    if mag == 0 {
        return "0".into();
    }
    let mut out = Vec::new();
    while mag > 0 {
        let d = (mag % radix as u128) as u32;
        out.push(char::from_digit(d, radix).expect("digit"));
        mag /= radix as u128;
    }
    out.iter().rev().collect()
}

fn check_error(got: Result<String, FormatError>, want: &str) -> Result<(), String> {
    match got {
        Err(e) => {
            let msg = e.to_string();
            // CPython 3.11 appends the spec and type to "Invalid format
            // specifier"; the VM adds that context.
            if msg == want || (msg == "Invalid format specifier" && want.starts_with(msg.as_str()))
            {
                Ok(())
            } else {
                Err(format!("error {msg:?}, want {want:?}"))
            }
        }
        Ok(s) => Err(format!("got {s:?}, want error {want:?}")),
    }
}

#[test]
fn cpython_vectors() {
    let text = include_str!("vectors.txt");
    let mut failures = Vec::new();
    let mut count = 0;
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let mut parts = line.splitn(4, '\t');
        let (kind, value, spec_text, want) = (
            parts.next().unwrap_or(""),
            parts.next().unwrap_or(""),
            parts.next().unwrap_or(""),
            parts.next().unwrap_or(""),
        );
        count += 1;
        let got: Result<String, FormatError> = match kind {
            "r" => Ok(repr(parse_hex_float(value))),
            "f" => {
                FormatSpec::parse(spec_text).and_then(|s| format_float(parse_hex_float(value), &s))
            }
            "i" => {
                let v: i128 = value.parse().expect("int value");
                FormatSpec::parse(spec_text).and_then(|spec| {
                    if pycopy_format::int::is_float_type(spec.ty) {
                        format_float(v as f64, &spec)
                    } else {
                        let mut d = |r| digits_i128(v, r);
                        format_int(
                            IntArg {
                                negative: v < 0,
                                digits: &mut d,
                                small: i64::try_from(v).ok(),
                            },
                            &spec,
                        )
                    }
                })
            }
            "s" => {
                let s = value.trim_matches('\'');
                FormatSpec::parse(spec_text).and_then(|spec| format_str(s, &spec))
            }
            other => panic!("unknown kind {other}"),
        };
        let verdict = match want.strip_prefix('!') {
            Some(msg) => check_error(got, msg),
            None => match got {
                Ok(s) if s == want => Ok(()),
                Ok(s) => Err(format!("got {s:?}, want {want:?}")),
                Err(e) => Err(format!("error {e}, want {want:?}")),
            },
        };
        if let Err(why) = verdict {
            failures.push(format!("{kind} {value} {spec_text:?}: {why}"));
        }
    }
    assert!(count > 9000, "vectors file too short: {count}");
    assert!(
        failures.is_empty(),
        "{} of {count} failed:\n{}",
        failures.len(),
        failures
            .iter()
            .take(40)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}
