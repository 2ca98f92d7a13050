//! Literals: numbers, strings (adjacent ones concatenated) and f-strings
//! (each replacement field lexed and parsed by a sub-parser).

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use pycopy_lexer::{
    decode_bytes, decode_str, float_value, fstring_parts, imag_value, int_value, tokenize_expr,
    FStringField, FStringPart, IntValue, LexError, LexErrorKind, Span, Token, TokenKind as T,
};

use super::{PResult, Parser};
use crate::ast::*;

/// Maps a number-helper error to a parse error at `span`.
fn num_err(kind: LexErrorKind, span: Span) -> crate::ParseError {
    LexError { kind, span }.into()
}

impl Parser<'_> {
    /// An `Int`, `Float` or `Imaginary` token.
    pub(crate) fn parse_number(&mut self) -> PResult<Expr> {
        let tok = self.bump();
        let text = self.text(tok.span);
        let c = match tok.kind {
            T::Int => match int_value(text).map_err(|k| num_err(k, tok.span))? {
                IntValue::Small(v) => Constant::Int(Int::Small(v)),
                IntValue::Big { radix, digits } => Constant::Int(Int::Big(Box::new(BigInt {
                    radix,
                    digits: digits.into_boxed_str(),
                }))),
            },
            T::Float => Constant::Float(float_value(text).map_err(|k| num_err(k, tok.span))?),
            _ => Constant::Complex(imag_value(text).map_err(|k| num_err(k, tok.span))?),
        };
        Ok(Expr::new(tok.span, ExprKind::Constant(c)))
    }

    /// One or more adjacent string tokens: a str, bytes or f-string value.
    pub(crate) fn parse_strings(&mut self) -> PResult<Expr> {
        let first = self.bump();
        if self.peek() != T::String && !first.flags.is_format() {
            // The common case: one plain literal.
            let c = if first.flags.is_bytes() {
                Constant::Bytes(decode_bytes(self.src, first)?.into_boxed_slice())
            } else {
                Constant::Str(decode_str(self.src, first)?.into_boxed_str())
            };
            return Ok(Expr::new(first.span, ExprKind::Constant(c)));
        }
        let mut toks: Vec<Token> = alloc::vec![first];
        while self.peek() == T::String {
            toks.push(self.bump());
        }
        let span = self.span_from(first.span.start);
        let is_bytes = first.flags.is_bytes();
        if let Some(t) = toks.iter().find(|t| t.flags.is_bytes() != is_bytes) {
            return Err(self.error_at("cannot mix bytes and nonbytes literals", t.span));
        }
        if is_bytes {
            let mut out = Vec::new();
            for t in &toks {
                out.extend_from_slice(&decode_bytes(self.src, *t)?);
            }
            return Ok(Expr::new(
                span,
                ExprKind::Constant(Constant::Bytes(out.into_boxed_slice())),
            ));
        }
        if !toks.iter().any(|t| t.flags.is_format()) {
            let mut out = String::new();
            for t in &toks {
                out.push_str(&decode_str(self.src, *t)?);
            }
            return Ok(Expr::new(
                span,
                ExprKind::Constant(Constant::Str(out.into_boxed_str())),
            ));
        }
        let mut elems = Vec::new();
        let mut pending = String::new();
        for t in &toks {
            if t.flags.is_format() {
                let parts = fstring_parts(self.src, *t)?;
                self.fstring_elements(&parts, &mut elems, &mut pending)?;
            } else {
                pending.push_str(&decode_str(self.src, *t)?);
            }
        }
        flush(&mut elems, &mut pending);
        Ok(Expr::new(span, ExprKind::JoinedStr(elems)))
    }

    /// Appends the elements of an f-string's parts (literal text is merged
    /// into `pending` until a field needs it flushed).
    fn fstring_elements(
        &mut self,
        parts: &[FStringPart],
        out: &mut Vec<FStringElement>,
        pending: &mut String,
    ) -> PResult<()> {
        for part in parts {
            match part {
                FStringPart::Literal(s) => pending.push_str(s),
                FStringPart::Field(f) => {
                    if f.debug {
                        pending.push_str(f.debug_text(self.src));
                    }
                    flush(out, pending);
                    let v = self.fstring_field(f)?;
                    out.push(FStringElement::Formatted(v));
                }
            }
        }
        Ok(())
    }

    /// Parses one replacement field's expression, conversion and spec.
    fn fstring_field(&mut self, f: &FStringField) -> PResult<FormattedValue> {
        let toks = tokenize_expr(self.src, f.expr)?;
        let mut sub = Parser::new(self.src, toks, self.depth(), self.ctx);
        sub.enter()?;
        let value = if sub.peek() == T::Yield {
            sub.parse_yield()
        } else {
            sub.parse_star_exprs()
        };
        let value = match value {
            Ok(v) => v,
            Err(mut e) => {
                e.incomplete = false;
                return Err(e);
            }
        };
        if !sub.at_eof() {
            return Err(sub.unexpected());
        }
        if matches!(value.kind, ExprKind::Starred(_)) {
            return Err(self.error_at("f-string: cannot use starred expression here", value.span));
        }
        let mut conversion = match f.conversion {
            None => None,
            Some('s') => Some(Conversion::Str),
            Some('r') => Some(Conversion::Repr),
            Some('a') => Some(Conversion::Ascii),
            Some(_) => {
                return Err(self.error_at(
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                    f.span,
                ))
            }
        };
        let spec = match &f.spec {
            Some(parts) => {
                let mut elems = Vec::new();
                let mut pending = String::new();
                sub.fstring_elements(parts, &mut elems, &mut pending)?;
                flush(&mut elems, &mut pending);
                Some(elems)
            }
            None => None,
        };
        if f.debug && conversion.is_none() && spec.is_none() {
            conversion = Some(Conversion::Repr);
        }
        Ok(FormattedValue {
            span: f.span,
            value: Box::new(value),
            conversion,
            spec,
        })
    }
}

/// Moves pending literal text (if any) into `out`.
fn flush(out: &mut Vec<FStringElement>, pending: &mut String) {
    if !pending.is_empty() {
        let s = core::mem::take(pending);
        out.push(FStringElement::Literal(s.into_boxed_str()));
    }
}
