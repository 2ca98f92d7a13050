//! Numeric literals: scanning them while lexing, and computing their values
//! for the parser ([`int_value`], [`float_value`], [`imag_value`]).
//!
//! Rules follow CPython 3.11: `_` is allowed only between digits (and right
//! after a `0x`/`0o`/`0b` prefix); decimal integers other than zero may not
//! start with `0`; a literal directly followed by a name character is an
//! error. Unlike CPython, `1if x else y` is rejected as well ("invalid
//! decimal literal"), as MicroPython does; CPython 3.11 accepts it silently
//! and 3.12 warns.

use alloc::string::String;

use crate::error::{LexError, LexErrorKind};
use crate::lexer::{char_at, is_name_byte};
use crate::token::TokenKind;

#[inline]
fn at(src: &[u8], i: usize) -> u8 {
    src.get(i).copied().unwrap_or(0)
}

/// If a name character starts at `i`, its end.
fn name_char_end(text: &str, src: &[u8], i: usize) -> Option<usize> {
    let b = at(src, i);
    if is_name_byte(b) {
        Some(i + 1)
    } else if b >= 0x80 {
        char_at(text, i)
            .filter(|c| c.is_alphanumeric())
            .map(|c| i + c.len_utf8())
    } else {
        None
    }
}

/// Digits of a decimal part starting at `i` (the caller saw a digit there),
/// with single underscores between digits. Returns the end.
fn decimal_digits(src: &[u8], start: usize, mut i: usize) -> Result<usize, LexError> {
    loop {
        while at(src, i).is_ascii_digit() {
            i += 1;
        }
        if at(src, i) == b'_' {
            if at(src, i + 1).is_ascii_digit() {
                i += 1;
                continue;
            }
            return Err(LexError::new(
                LexErrorKind::InvalidNumber("decimal"),
                start,
                i + 1,
            ));
        }
        return Ok(i);
    }
}

/// Scan the number starting at `start` (a digit, or `.` before a digit).
/// Returns its kind and end offset.
pub(crate) fn scan_number(
    text: &str,
    src: &[u8],
    start: usize,
) -> Result<(TokenKind, usize), LexError> {
    let b0 = at(src, start);
    if b0 == b'0' {
        let (radix, name): (u32, &'static str) = match at(src, start + 1) {
            b'x' | b'X' => (16, "hexadecimal"),
            b'o' | b'O' => (8, "octal"),
            b'b' | b'B' => (2, "binary"),
            _ => (10, "decimal"),
        };
        if radix != 10 {
            return scan_prefixed(text, src, start, radix, name);
        }
    }
    let bad = |end: usize| LexError::new(LexErrorKind::InvalidNumber("decimal"), start, end);
    let mut kind = TokenKind::Int;
    let mut i;
    if b0 == b'.' {
        kind = TokenKind::Float;
        i = decimal_digits(src, start, start + 1)?;
    } else {
        i = decimal_digits(src, start, start)?;
        if at(src, i) == b'.' {
            kind = TokenKind::Float;
            i += 1;
            if at(src, i).is_ascii_digit() {
                i = decimal_digits(src, start, i)?;
            }
        }
    }
    if matches!(at(src, i), b'e' | b'E') {
        let mut j = i + 1;
        if matches!(at(src, j), b'+' | b'-') {
            j += 1;
        }
        if !at(src, j).is_ascii_digit() {
            return Err(bad(name_char_end(text, src, j).unwrap_or(j)));
        }
        i = decimal_digits(src, start, j)?;
        kind = TokenKind::Float;
    }
    if matches!(at(src, i), b'j' | b'J') {
        i += 1;
        kind = TokenKind::Imaginary;
    }
    if let Some(end) = name_char_end(text, src, i) {
        return Err(bad(end));
    }
    if kind == TokenKind::Int && b0 == b'0' {
        let digits = src.get(start..i).unwrap_or(&[]);
        if digits.iter().any(|&d| d != b'0' && d != b'_') {
            return Err(LexError::new(LexErrorKind::LeadingZeros, start, i));
        }
    }
    Ok((kind, i))
}

/// `0x`/`0o`/`0b` literals.
fn scan_prefixed(
    text: &str,
    src: &[u8],
    start: usize,
    radix: u32,
    name: &'static str,
) -> Result<(TokenKind, usize), LexError> {
    let bad = |end: usize| LexError::new(LexErrorKind::InvalidNumber(name), start, end);
    let mut i = start + 2;
    let mut digits = 0usize;
    loop {
        let mut b = at(src, i);
        if b == b'_' {
            i += 1;
            b = at(src, i);
            if !(b as char).is_digit(radix) {
                return Err(bad(i));
            }
        }
        if (b as char).is_digit(radix) {
            i += 1;
            digits += 1;
        } else if b.is_ascii_digit() {
            return Err(LexError::new(
                LexErrorKind::InvalidDigit {
                    digit: b as char,
                    base: name,
                },
                start,
                i + 1,
            ));
        } else {
            break;
        }
    }
    if digits == 0 {
        return Err(bad(name_char_end(text, src, i).unwrap_or(i)));
    }
    if let Some(end) = name_char_end(text, src, i) {
        return Err(bad(end));
    }
    Ok((TokenKind::Int, i))
}

/// The value of an integer literal.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum IntValue {
    /// Fits in an `i64`.
    Small(i64),
    /// Too large for `i64`: the digits in `radix`, without prefix and
    /// underscores, for the VM's big integer code.
    Big {
        /// 2, 8, 10 or 16.
        radix: u32,
        /// The digits (ASCII, no sign, no prefix, no `_`).
        digits: String,
    },
}

/// The value of an integer literal's text (as lexed: `0x_ff`, `1_000`).
/// Fails only on text the lexer would not produce as [`TokenKind::Int`].
pub fn int_value(text: &str) -> Result<IntValue, LexErrorKind> {
    let bytes = text.as_bytes();
    let (radix, digits) = match (bytes.first(), bytes.get(1)) {
        (Some(b'0'), Some(b'x' | b'X')) => (16, text.get(2..).unwrap_or("")),
        (Some(b'0'), Some(b'o' | b'O')) => (8, text.get(2..).unwrap_or("")),
        (Some(b'0'), Some(b'b' | b'B')) => (2, text.get(2..).unwrap_or("")),
        _ => (10, text),
    };
    let name = match radix {
        16 => "hexadecimal",
        8 => "octal",
        2 => "binary",
        _ => "decimal",
    };
    let mut value: Option<i64> = Some(0);
    let mut count = 0usize;
    for c in digits.chars() {
        if c == '_' {
            continue;
        }
        let d = c.to_digit(radix).ok_or(LexErrorKind::InvalidNumber(name))?;
        count += 1;
        value = value
            .and_then(|v| v.checked_mul(i64::from(radix)))
            .and_then(|v| v.checked_add(i64::from(d)));
    }
    if count == 0 {
        return Err(LexErrorKind::InvalidNumber(name));
    }
    Ok(match value {
        Some(v) => IntValue::Small(v),
        None => IntValue::Big {
            radix,
            digits: digits.chars().filter(|&c| c != '_').collect(),
        },
    })
}

/// The value of a float literal's text (`1_0.5e-3`, `.5`, `1.`).
pub fn float_value(text: &str) -> Result<f64, LexErrorKind> {
    let parsed = if text.contains('_') {
        let cleaned: String = text.chars().filter(|&c| c != '_').collect();
        cleaned.parse::<f64>()
    } else {
        text.parse::<f64>()
    };
    parsed.map_err(|_| LexErrorKind::InvalidNumber("decimal"))
}

/// The imaginary part of an imaginary literal's text (`1.5j`, `2J`).
pub fn imag_value(text: &str) -> Result<f64, LexErrorKind> {
    let body = text
        .strip_suffix(['j', 'J'])
        .ok_or(LexErrorKind::InvalidNumber("imaginary"))?;
    float_value(body)
}
