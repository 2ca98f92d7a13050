//! f-strings: splitting an f-string token's body into literal parts and
//! replacement fields ([`fstring_parts`]).
//!
//! The lexer scans an f-string like any other string (as CPython 3.11 does,
//! before PEP 701): the body cannot contain its own quote. Here the body is
//! split; each field's expression is left as a span of the source for the
//! parser to lex with [`crate::tokenize_expr`].

use alloc::string::String;
use alloc::vec::Vec;

use crate::error::{LexError, LexErrorKind};
use crate::string::{decode_str_text, string_body};
use crate::token::{Span, Token};

/// One piece of an f-string.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum FStringPart {
    /// Literal text, escapes decoded, `{{`/`}}` already single braces.
    Literal(String),
    /// A replacement field `{expr!c:spec}`.
    Field(FStringField),
}

/// A replacement field of an f-string.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct FStringField {
    /// The expression's source text (absolute offsets; may have surrounding
    /// whitespace). For `{x = }` it excludes the `=`.
    pub expr: Span,
    /// The `{x=}` form: the text of the expression and `=` (see
    /// [`FStringField::debug_text`]) is printed before the value.
    pub debug: bool,
    /// `!s`, `!r` or `!a`.
    pub conversion: Option<char>,
    /// The format spec after `:`, which may itself contain fields.
    pub spec: Option<Vec<FStringPart>>,
    /// The whole field, braces included.
    pub span: Span,
}

impl FStringField {
    /// For a debug field (`{x = }`), the text printed before the value: the
    /// expression, the `=` and the whitespace after it, as written.
    pub fn debug_text<'s>(&self, source: &'s str) -> &'s str {
        let bytes = source.as_bytes();
        let mut end = self.expr.end as usize;
        if bytes.get(end) == Some(&b'=') {
            end += 1;
            while matches!(bytes.get(end), Some(b' ' | b'\t' | b'\n' | b'\r' | 0x0c)) {
                end += 1;
            }
        }
        source.get(self.expr.start as usize..end).unwrap_or("")
    }
}

/// Fields may nest in format specs one level deep (`{x:{w}}`), as in
/// CPython 3.11; this also bounds the recursion.
const MAX_FIELD_DEPTH: u32 = 2;

/// Split an f-string token into literal parts and fields.
pub fn fstring_parts(source: &str, tok: Token) -> Result<Vec<FStringPart>, LexError> {
    let body = string_body(source, tok);
    let mut p = Parser {
        source,
        src: source.as_bytes().get(..body.end as usize).unwrap_or(&[]),
        raw: tok.flags.is_raw(),
        pos: body.start as usize,
    };
    let (parts, _) = p.parts(0, false)?;
    Ok(parts)
}

struct Parser<'a> {
    source: &'a str,
    /// Source bytes up to the end of the body.
    src: &'a [u8],
    raw: bool,
    pos: usize,
}

impl Parser<'_> {
    #[inline]
    fn at(&self, i: usize) -> u8 {
        self.src.get(i).copied().unwrap_or(0)
    }

    fn err(kind: LexErrorKind, start: usize, end: usize) -> LexError {
        LexError::new(kind, start, end)
    }

    /// Literal text and fields up to the end of the body, or in a spec up
    /// to its closing `}` (returned as true, `pos` then on the `}`).
    fn parts(&mut self, depth: u32, in_spec: bool) -> Result<(Vec<FStringPart>, bool), LexError> {
        let mut parts = Vec::new();
        let mut lit = String::new();
        let mut run_start = self.pos;
        loop {
            // Find the next brace.
            let rest = self.src.get(self.pos..).unwrap_or(&[]);
            let n = rest
                .iter()
                .position(|&b| b == b'{' || b == b'}')
                .unwrap_or(rest.len());
            self.pos += n;
            let brace = self.src.get(self.pos).copied();
            let doubled = brace.is_some() && self.at(self.pos + 1) == brace.unwrap_or(0);
            // Flush the literal run (plus one brace of a doubled pair).
            let run_end = if doubled && !in_spec {
                self.pos + 1
            } else {
                self.pos
            };
            if run_end > run_start {
                let text = self.source.get(run_start..run_end).unwrap_or("");
                lit.push_str(&decode_str_text(text, run_start as u32, self.raw)?);
            }
            match brace {
                None => {
                    if in_spec {
                        return Err(Self::err(
                            LexErrorKind::FStringUnterminatedField,
                            self.pos,
                            self.pos,
                        ));
                    }
                    break;
                }
                Some(b'}') if in_spec => {
                    if !lit.is_empty() {
                        parts.push(FStringPart::Literal(lit));
                    }
                    return Ok((parts, true));
                }
                Some(_) if doubled && !in_spec => {
                    self.pos += 2;
                    run_start = self.pos;
                }
                Some(b'}') => {
                    return Err(Self::err(
                        LexErrorKind::FStringSingleBrace,
                        self.pos,
                        self.pos + 1,
                    ))
                }
                Some(_) => {
                    if !lit.is_empty() {
                        parts.push(FStringPart::Literal(core::mem::take(&mut lit)));
                    }
                    let field = self.field(depth)?;
                    parts.push(FStringPart::Field(field));
                    run_start = self.pos;
                }
            }
        }
        if !lit.is_empty() {
            parts.push(FStringPart::Literal(lit));
        }
        Ok((parts, false))
    }

    /// A field starting at the `{` at `pos`; leaves `pos` after its `}`.
    fn field(&mut self, depth: u32) -> Result<FStringField, LexError> {
        let start = self.pos;
        if depth >= MAX_FIELD_DEPTH {
            return Err(Self::err(LexErrorKind::FStringTooDeep, start, start + 1));
        }
        let expr_start = start + 1;
        let mut j = expr_start;
        let mut nest: Vec<u8> = Vec::new();
        let unterminated =
            |end: usize| Self::err(LexErrorKind::FStringUnterminatedField, start, end);
        let mut debug = false;
        let expr_end;
        loop {
            let Some(&c) = self.src.get(j) else {
                return Err(unterminated(j));
            };
            match c {
                b'(' | b'[' | b'{' => {
                    nest.push(c);
                    j += 1;
                }
                b')' | b']' | b'}' => {
                    if nest.is_empty() {
                        if c == b'}' {
                            expr_end = j;
                            break;
                        }
                        return Err(Self::err(
                            LexErrorKind::FStringUnmatched(c as char),
                            j,
                            j + 1,
                        ));
                    }
                    nest.pop();
                    j += 1;
                }
                b'\'' | b'"' => j = self.skip_string(j)?,
                b'\\' => return Err(Self::err(LexErrorKind::FStringBackslash, j, j + 1)),
                b'#' => return Err(Self::err(LexErrorKind::FStringHash, j, j + 1)),
                b'!' | b'<' | b'>' | b'=' if self.at(j + 1) == b'=' => j += 2,
                b'!' | b':' if nest.is_empty() => {
                    expr_end = j;
                    break;
                }
                b'=' if nest.is_empty() => {
                    let mut k = j + 1;
                    while matches!(self.at(k), b' ' | b'\t' | b'\n' | b'\r' | 0x0c) {
                        k += 1;
                    }
                    if matches!(self.at(k), b'!' | b':' | b'}') {
                        debug = true;
                        expr_end = j;
                        j = k;
                        break;
                    }
                    j += 1;
                }
                _ => j += 1,
            }
        }
        let expr_text = self.source.get(expr_start..expr_end).unwrap_or("");
        if expr_text
            .bytes()
            .all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0c))
        {
            return Err(Self::err(
                LexErrorKind::FStringEmptyExpression,
                start,
                j + 1,
            ));
        }
        let mut conversion = None;
        if self.at(j) == b'!' {
            let c = self.at(j + 1);
            if !matches!(c, b's' | b'r' | b'a') || !matches!(self.at(j + 2), b':' | b'}') {
                let end = self.source.len().min(j + 2);
                let end = if self.source.is_char_boundary(end) {
                    end
                } else {
                    j + 1
                };
                return Err(Self::err(LexErrorKind::FStringBadConversion, j, end));
            }
            conversion = Some(c as char);
            j += 2;
        }
        let mut spec = None;
        if self.at(j) == b':' {
            self.pos = j + 1;
            let (parts, closed) = self.parts(depth + 1, true)?;
            if !closed {
                return Err(unterminated(self.pos));
            }
            spec = Some(parts);
            j = self.pos;
        }
        if self.at(j) != b'}' {
            return Err(unterminated(j.min(self.src.len())));
        }
        self.pos = j + 1;
        Ok(FStringField {
            expr: Span::new(expr_start as u32, expr_end as u32),
            debug,
            conversion,
            spec,
            span: Span::new(start as u32, self.pos as u32),
        })
    }

    /// Skip a string literal inside an expression, starting at its quote.
    fn skip_string(&self, start: usize) -> Result<usize, LexError> {
        let q = self.at(start);
        let triple = self.at(start + 1) == q && self.at(start + 2) == q;
        let mut i = start + if triple { 3 } else { 1 };
        loop {
            let Some(&b) = self.src.get(i) else {
                return Err(Self::err(
                    LexErrorKind::FStringUnterminatedString,
                    start,
                    self.src.len(),
                ));
            };
            if b == b'\\' {
                return Err(Self::err(LexErrorKind::FStringBackslash, i, i + 1));
            }
            if b == q {
                if !triple {
                    return Ok(i + 1);
                }
                if self.at(i + 1) == q && self.at(i + 2) == q {
                    return Ok(i + 3);
                }
            }
            i += 1;
        }
    }
}
