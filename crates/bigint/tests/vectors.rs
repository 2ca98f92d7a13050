//! Checks every line of `vectors.txt` (results computed by CPython 3.11 with
//! `gen_vectors.py`) against this crate.

use pycopy_bigint as bi;
use pycopy_bigint::{BigInt, BigIntError, ByteOrder, PyExc};
use std::collections::BTreeMap;

/// Independent hex decoder (Python `hex()` form) so the check does not rest
/// on the crate's own parser.
fn hex_int(s: &str) -> Result<BigInt, String> {
    let (neg, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let digits = body
        .strip_prefix("0x")
        .ok_or_else(|| format!("not hex: {s}"))?;
    let mut limbs = Vec::new();
    let bytes = digits.as_bytes();
    let mut end = bytes.len();
    while end > 0 {
        let start = end.saturating_sub(16);
        let chunk = std::str::from_utf8(&bytes[start..end]).map_err(|e| e.to_string())?;
        limbs.push(u64::from_str_radix(chunk, 16).map_err(|e| format!("{s}: {e}"))?);
        end = start;
    }
    Ok(BigInt::from_parts(neg, limbs))
}

fn hex_str(v: &BigInt) -> String {
    let digits = bi::to_str_radix(bi::abs(v.as_ref()).as_ref(), 16);
    if v.is_negative() {
        format!("-0x{digits}")
    } else {
        format!("0x{digits}")
    }
}

fn f64_bits(s: &str) -> Result<f64, String> {
    let h = s
        .strip_prefix("0x")
        .ok_or_else(|| format!("bad bits {s}"))?;
    Ok(f64::from_bits(
        u64::from_str_radix(h, 16).map_err(|e| e.to_string())?,
    ))
}

fn err_name(e: BigIntError) -> &'static str {
    match e.py_exc() {
        PyExc::ZeroDivisionError => "ERR:ZeroDivisionError",
        PyExc::OverflowError => "ERR:OverflowError",
        PyExc::ValueError => "ERR:ValueError",
        PyExc::MemoryError => "ERR:MemoryError",
    }
}

fn show(r: Result<BigInt, BigIntError>) -> String {
    match r {
        Ok(v) => hex_str(&v),
        Err(e) => err_name(e).to_string(),
    }
}

fn show_f(r: Result<f64, BigIntError>) -> String {
    match r {
        Ok(f) => format!("{:#x}", f.to_bits()),
        Err(e) => err_name(e).to_string(),
    }
}

/// Undo Python's `unicode_escape` for the parse cases.
fn unescape(s: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let hex_char = |it: &mut std::str::Chars<'_>, n: usize| -> Result<char, String> {
            let h: String = it.take(n).collect();
            let v = u32::from_str_radix(&h, 16).map_err(|e| e.to_string())?;
            char::from_u32(v).ok_or_else(|| "bad char".to_string())
        };
        match it.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('\\') => out.push('\\'),
            Some('x') => out.push(hex_char(&mut it, 2)?),
            Some('u') => out.push(hex_char(&mut it, 4)?),
            Some('U') => out.push(hex_char(&mut it, 8)?),
            other => return Err(format!("bad escape {other:?}")),
        }
    }
    Ok(out)
}

fn order(s: &str) -> ByteOrder {
    if s == "big" {
        ByteOrder::Big
    } else {
        ByteOrder::Little
    }
}

fn hex_bytes(s: &str) -> Result<Vec<u8>, String> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).map_err(|e| e.to_string()))
        .collect()
}

/// Compute one line's result; returns (operation, got, expected).
fn check(f: &[&str]) -> Result<(String, String, String), String> {
    let op = f[0];
    let expected = f[f.len() - 1].to_string();
    let int = |i: usize| hex_int(f[i]);
    let num = |i: usize| f[i].parse::<u64>().map_err(|e| e.to_string());
    let got = match op {
        "add" => hex_str(&bi::add(int(1)?.as_ref(), int(2)?.as_ref())),
        "sub" => hex_str(&bi::sub(int(1)?.as_ref(), int(2)?.as_ref())),
        "mul" => hex_str(&bi::mul(int(1)?.as_ref(), int(2)?.as_ref())),
        "floordiv" => show(bi::floordiv(int(1)?.as_ref(), int(2)?.as_ref())),
        "mod" => show(bi::modulo(int(1)?.as_ref(), int(2)?.as_ref())),
        "divmod" => match bi::divmod(int(1)?.as_ref(), int(2)?.as_ref()) {
            Ok((q, r)) => format!("{},{}", hex_str(&q), hex_str(&r)),
            Err(e) => err_name(e).to_string(),
        },
        "and" => hex_str(&bi::and(int(1)?.as_ref(), int(2)?.as_ref())),
        "or" => hex_str(&bi::or(int(1)?.as_ref(), int(2)?.as_ref())),
        "xor" => hex_str(&bi::xor(int(1)?.as_ref(), int(2)?.as_ref())),
        "not" => hex_str(&bi::not(int(1)?.as_ref())),
        "shl" => show(bi::shl(int(1)?.as_ref(), num(2)?)),
        "shr" => hex_str(&bi::shr(int(1)?.as_ref(), num(2)?)),
        "bitlen" => bi::bit_length(int(1)?.as_ref()).to_string(),
        "hash" => bi::hash(int(1)?.as_ref()).to_string(),
        "tof64" => show_f(bi::to_f64(int(1)?.as_ref())),
        "truediv" => show_f(bi::truediv(int(1)?.as_ref(), int(2)?.as_ref())),
        "str" => bi::to_str_radix(int(1)?.as_ref(), num(2)? as u32),
        "parse" => {
            let text = unescape(f[1])?;
            match bi::parse(&text, num(2)? as u32) {
                Ok(v) => hex_str(&v),
                Err(_) => "ERR:ValueError".to_string(),
            }
        }
        "powmod" => show(bi::pow_mod(
            int(1)?.as_ref(),
            int(2)?.as_ref(),
            int(3)?.as_ref(),
        )),
        "pow" => show(bi::pow(int(1)?.as_ref(), BigInt::from(num(2)?).as_ref())),
        "gcd" => hex_str(&bi::gcd(int(1)?.as_ref(), int(2)?.as_ref())),
        "tobytes" => {
            match bi::to_bytes(int(1)?.as_ref(), num(2)? as usize, order(f[3]), f[4] == "1") {
                Ok(b) => b.iter().map(|x| format!("{x:02x}")).collect(),
                Err(e) => err_name(e).to_string(),
            }
        }
        "frombytes" => hex_str(&bi::from_bytes(&hex_bytes(f[1])?, order(f[2]), f[3] == "1")),
        "cmpf" => match bi::cmp_f64(int(1)?.as_ref(), f64_bits(f[2])?) {
            Some(o) => (o as i8).to_string(),
            None => "nan".to_string(),
        },
        other => return Err(format!("unknown op {other}")),
    };
    Ok((op.to_string(), got, expected))
}

#[test]
fn every_vector_matches_cpython() -> Result<(), String> {
    let text = include_str!("vectors.txt");
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut failures = Vec::new();
    for (no, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('|').collect();
        let (op, got, expected) = check(&fields).map_err(|e| format!("line {}: {e}", no + 1))?;
        *counts.entry(op).or_default() += 1;
        if got != expected {
            failures.push(format!(
                "line {}: {}\n   got      {got}\n   expected {expected}",
                no + 1,
                &line[..line.len().min(200)]
            ));
        }
    }
    println!("{counts:?}");
    for op in [
        "add",
        "sub",
        "mul",
        "floordiv",
        "mod",
        "divmod",
        "and",
        "or",
        "xor",
        "not",
        "shl",
        "shr",
        "bitlen",
        "hash",
        "tof64",
        "truediv",
        "str",
        "parse",
        "powmod",
        "pow",
        "gcd",
        "tobytes",
        "frombytes",
        "cmpf",
    ] {
        assert!(
            counts.get(op).copied().unwrap_or(0) > 0,
            "no vectors for {op}"
        );
    }
    if !failures.is_empty() {
        let n = failures.len();
        failures.truncate(25);
        return Err(format!("{n} failures:\n{}", failures.join("\n")));
    }
    Ok(())
}
