//! String and bytes literals: prefixes, scanning (with escape validation)
//! while lexing, and decoding a token's value ([`decode_str`],
//! [`decode_bytes`], [`string_body`]).
//!
//! Newlines inside literals are normalised to `\n` when decoding (`\r\n` and
//! lone `\r` too), as CPython reads source in universal-newline mode.

use alloc::string::String;
use alloc::vec::Vec;

use crate::class::{class, HIGH, STR_STOP};
use crate::error::{EscapeError, LexError, LexErrorKind};
use crate::lexer::char_at;
use crate::token::{Span, StrFlags, Token};

#[inline]
fn at(src: &[u8], i: usize) -> u8 {
    src.get(i).copied().unwrap_or(0)
}

/// The flag bit of one prefix letter, if it is one.
#[inline]
fn prefix_bit(b: u8) -> Option<u8> {
    match b | 0x20 {
        b'r' => Some(StrFlags::RAW),
        b'b' => Some(StrFlags::BYTES),
        b'f' => Some(StrFlags::FORMAT),
        b'u' => Some(StrFlags::UNICODE),
        _ => None,
    }
}

/// If a string prefix followed by a quote starts at `i`, its flags and
/// length. Valid prefixes (any case): r u b f rb br fr rf.
#[inline]
pub(crate) fn string_prefix(src: &[u8], i: usize) -> Option<(u8, usize)> {
    let first = prefix_bit(at(src, i))?;
    let b1 = at(src, i + 1);
    if b1 == b'\'' || b1 == b'"' {
        return Some((first, 1));
    }
    let second = prefix_bit(b1)?;
    let b2 = at(src, i + 2);
    if b2 != b'\'' && b2 != b'"' {
        return None;
    }
    let both = first | second;
    let ok = both == StrFlags::RAW | StrFlags::BYTES || both == StrFlags::RAW | StrFlags::FORMAT;
    ok.then_some((both, 2))
}

/// Scan a string literal whose prefix (`prefix_len` bytes, flags `flags`)
/// starts at `start`. Validates escapes (unless raw) and, for bytes, that
/// every character is ASCII. Returns the full flags and the end offset.
pub(crate) fn scan_string(
    text: &str,
    src: &[u8],
    start: usize,
    prefix_len: usize,
    mut flags: u8,
) -> Result<(u8, usize), LexError> {
    let q_at = start + prefix_len;
    let q = at(src, q_at);
    if q == b'"' {
        flags |= StrFlags::DOUBLE;
    }
    let triple = at(src, q_at + 1) == q && at(src, q_at + 2) == q;
    let raw = flags & StrFlags::RAW != 0;
    let bytes = flags & StrFlags::BYTES != 0;
    let mut i = q_at + 1;
    if triple {
        flags |= StrFlags::TRIPLE;
        i = q_at + 3;
    }
    let unterminated = |end: usize| {
        let kind = if triple {
            LexErrorKind::UnterminatedTripleString
        } else {
            LexErrorKind::UnterminatedString
        };
        LexError::new(kind, start, end)
    };
    loop {
        // Fast path: skip bytes that need no attention.
        let stop = if bytes { STR_STOP | HIGH } else { STR_STOP };
        while let Some(&b) = src.get(i) {
            if class(b) & stop != 0 {
                break;
            }
            i += 1;
        }
        let Some(&b) = src.get(i) else {
            return Err(unterminated(src.len()));
        };
        match b {
            b'\\' => {
                if raw {
                    // In raw literals a backslash still keeps the next
                    // character (a quote, or a newline) from ending it.
                    i += 1 + raw_skip(src, i + 1);
                } else {
                    match parse_escape(src, i + 1, bytes) {
                        Ok((_, used)) => i += 1 + used,
                        Err((kind, used)) => {
                            let end = char_end(text, i + 1 + used);
                            return Err(LexError::new(kind, i, end));
                        }
                    }
                }
            }
            b'\n' | b'\r' => {
                if !triple {
                    return Err(unterminated(i));
                }
                i += 1;
            }
            b'\'' | b'"' if b != q => i += 1,
            _ if b == q => {
                if !triple {
                    return Ok((flags, i + 1));
                }
                if at(src, i + 1) == q && at(src, i + 2) == q {
                    return Ok((flags, i + 3));
                }
                i += 1;
            }
            _ => {
                // Non-ASCII in a bytes literal.
                let c = char_at(text, i).map_or(1, char::len_utf8);
                return Err(LexError::new(LexErrorKind::NonAsciiInBytes, i, i + c));
            }
        }
    }
}

/// Bytes to skip after a backslash in a raw literal: a whole `\r\n`, or one
/// byte.
#[inline]
fn newline_or_one(src: &[u8], i: usize) -> usize {
    if at(src, i) == b'\r' && at(src, i + 1) == b'\n' {
        2
    } else {
        1
    }
}

/// Bytes a backslash in a raw literal makes the scan skip: a whole `\r\n`,
/// one ASCII byte, or nothing before a non-ASCII char (which must still be
/// checked, and never split).
#[inline]
fn raw_skip(src: &[u8], i: usize) -> usize {
    match at(src, i) {
        0x80.. => 0,
        _ => newline_or_one(src, i),
    }
}

/// Move `i` forward to a char boundary of `text` (for error spans).
fn char_end(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i.min(text.len())
}

/// What one escape sequence means.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Escape {
    /// A character (in a bytes literal always below 256).
    Char(u32),
    /// Backslash-newline: nothing.
    Continuation,
    /// Not an escape: the backslash is kept, the next char is read normally.
    Keep,
}

/// Parse the escape whose backslash is just before `i`. Returns its meaning
/// and how many bytes after the backslash it uses; on error the kind and how
/// many bytes the bad sequence spans.
pub(crate) fn parse_escape(
    src: &[u8],
    i: usize,
    bytes: bool,
) -> Result<(Escape, usize), (LexErrorKind, usize)> {
    let simple = |c: u8| Ok((Escape::Char(u32::from(c)), 1));
    match at(src, i) {
        b'\n' => Ok((Escape::Continuation, 1)),
        b'\r' => Ok((Escape::Continuation, newline_or_one(src, i))),
        b'\\' => simple(b'\\'),
        b'\'' => simple(b'\''),
        b'"' => simple(b'"'),
        b'a' => simple(7),
        b'b' => simple(8),
        b'f' => simple(12),
        b'n' => simple(b'\n'),
        b'r' => simple(b'\r'),
        b't' => simple(b'\t'),
        b'v' => simple(11),
        b'0'..=b'7' => {
            let mut v = 0u32;
            let mut n = 0;
            while n < 3 {
                let d = at(src, i + n);
                if !(b'0'..=b'7').contains(&d) {
                    break;
                }
                v = v * 8 + u32::from(d - b'0');
                n += 1;
            }
            // CPython keeps the low byte for bytes (`b'\777'` is 0xff).
            if bytes {
                v &= 0xff;
            }
            Ok((Escape::Char(v), n))
        }
        b'x' => hex_escape(src, i, 2, EscapeError::TruncatedHex),
        b'u' if !bytes => hex_escape(src, i, 4, EscapeError::TruncatedUnicode4),
        b'U' if !bytes => hex_escape(src, i, 8, EscapeError::TruncatedUnicode8),
        b'N' if !bytes => {
            // Span the `N{...}` part when it is there, for the message.
            let rest = src.get(i..).unwrap_or(&[]);
            let len = if rest.get(1) == Some(&b'{') {
                rest.iter()
                    .take(64)
                    .position(|&b| b == b'}')
                    .map_or(1, |p| p + 1)
            } else {
                1
            };
            Err((LexErrorKind::UnsupportedNamedEscape, len))
        }
        _ => Ok((Escape::Keep, 0)),
    }
}

fn hex_escape(
    src: &[u8],
    i: usize,
    n: usize,
    short: EscapeError,
) -> Result<(Escape, usize), (LexErrorKind, usize)> {
    let mut v = 0u32;
    for k in 0..n {
        let d = at(src, i + 1 + k);
        match (d as char).to_digit(16) {
            Some(d) => v = v.wrapping_mul(16) | d,
            None => return Err((LexErrorKind::BadEscape(short), 1 + k)),
        }
    }
    if v > 0x10ffff {
        return Err((LexErrorKind::BadEscape(EscapeError::OutOfRange), 1 + n));
    }
    if (0xd800..0xe000).contains(&v) {
        return Err((LexErrorKind::BadEscape(EscapeError::Surrogate), 1 + n));
    }
    Ok((Escape::Char(v), 1 + n))
}

/// The span of a string token's body: between the quotes, after the prefix.
/// For a token that is not a well-formed string it is some empty span inside
/// the token.
pub fn string_body(source: &str, tok: Token) -> Span {
    let text = tok.span.text(source).as_bytes();
    let prefix = text
        .iter()
        .take(2)
        .take_while(|b| b.is_ascii_alphabetic())
        .count() as u32;
    let q = tok.flags.quote_len();
    let start = tok.span.start.saturating_add(prefix).saturating_add(q);
    let end = tok.span.end.saturating_sub(q).max(start).min(tok.span.end);
    let start = start.min(end);
    Span::new(start, end)
}

/// Build an error whose span is relative to the body bytes at `base`.
fn body_error(kind: LexErrorKind, base: u32, i: usize, used: usize) -> LexError {
    let start = base as usize + i;
    LexError::new(kind, start, start + used)
}

/// The value of a `str` literal (not f-string, not bytes): escapes decoded
/// (unknown ones kept, as CPython does), raw literals untouched apart from
/// newline normalisation.
pub fn decode_str(source: &str, tok: Token) -> Result<String, LexError> {
    let body = string_body(source, tok);
    let text = body.text(source);
    decode_str_text(text, body.start, tok.flags.is_raw())
}

/// Decode literal text (a string body or an f-string literal part) at
/// absolute offset `base`.
pub(crate) fn decode_str_text(text: &str, base: u32, raw: bool) -> Result<String, LexError> {
    let src = text.as_bytes();
    let special = |b: &u8| *b == b'\r' || (!raw && *b == b'\\');
    if !src.iter().any(special) {
        return Ok(String::from(text));
    }
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < src.len() {
        let run = src
            .get(i..)
            .unwrap_or(&[])
            .iter()
            .position(special)
            .unwrap_or(src.len() - i);
        out.push_str(text.get(i..i + run).unwrap_or(""));
        i += run;
        match src.get(i) {
            None => break,
            Some(b'\r') => {
                out.push('\n');
                i += newline_or_one(src, i);
            }
            Some(_) => match parse_escape(src, i + 1, false) {
                Ok((Escape::Char(c), used)) => {
                    let c = char::from_u32(c).ok_or_else(|| {
                        body_error(
                            LexErrorKind::BadEscape(EscapeError::Surrogate),
                            base,
                            i,
                            used + 1,
                        )
                    })?;
                    out.push(c);
                    i += 1 + used;
                }
                Ok((Escape::Continuation, used)) => i += 1 + used,
                Ok((Escape::Keep, _)) => {
                    out.push('\\');
                    i += 1;
                }
                Err((kind, used)) => return Err(body_error(kind, base, i, used + 1)),
            },
        }
    }
    Ok(out)
}

/// The value of a bytes literal: escapes decoded (`\x`, octal, the simple
/// ones; `\u`, `\U` and `\N` are not escapes in bytes and are kept).
/// Non-ASCII characters are an error.
pub fn decode_bytes(source: &str, tok: Token) -> Result<Vec<u8>, LexError> {
    let body = string_body(source, tok);
    let text = body.text(source);
    let src = text.as_bytes();
    let raw = tok.flags.is_raw();
    let mut out = Vec::with_capacity(src.len());
    let mut i = 0;
    while let Some(&b) = src.get(i) {
        match b {
            0x80.. => {
                let len = char_at(text, i).map_or(1, char::len_utf8);
                return Err(body_error(
                    LexErrorKind::NonAsciiInBytes,
                    body.start,
                    i,
                    len,
                ));
            }
            b'\r' => {
                out.push(b'\n');
                i += newline_or_one(src, i);
            }
            b'\\' if !raw => match parse_escape(src, i + 1, true) {
                Ok((Escape::Char(c), used)) => {
                    out.push(c as u8);
                    i += 1 + used;
                }
                Ok((Escape::Continuation, used)) => i += 1 + used,
                Ok((Escape::Keep, _)) => {
                    out.push(b'\\');
                    i += 1;
                }
                Err((kind, used)) => return Err(body_error(kind, body.start, i, used + 1)),
            },
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    Ok(out)
}
