//! Parameter lists (`def`, `lambda`) and argument lists (calls, class
//! headers), with CPython's ordering checks.

use alloc::boxed::Box;
use alloc::format;
use alloc::vec::Vec;

use pycopy_lexer::{Span, TokenKind as T};

use super::expr::bx;
use super::{PResult, Parser};
use crate::ast::*;

impl Parser<'_> {
    /// A parameter list up to (for `def`, and including) the closing `)`;
    /// for a `lambda` up to (not including) the `:`.
    pub(crate) fn parse_params(&mut self, lambda: bool) -> PResult<Parameters> {
        let close = if lambda { T::Colon } else { T::RParen };
        let mut p = Parameters::default();
        let mut seen_star = false;
        let mut seen_slash = false;
        let mut seen_default = false;
        let mut bare_star: Option<Span> = None;
        while self.peek() != close {
            if p.kwarg.is_some() {
                return Err(self.error_here("arguments cannot follow var-keyword argument"));
            }
            match self.peek() {
                T::Slash => {
                    if seen_slash {
                        return Err(self.error_here("/ may appear only once"));
                    }
                    if seen_star {
                        return Err(self.error_here("/ must be ahead of *"));
                    }
                    if p.args.is_empty() {
                        return Err(self.error_here("at least one argument must precede /"));
                    }
                    self.bump();
                    seen_slash = true;
                    p.posonly = core::mem::take(&mut p.args);
                }
                T::Star => {
                    if seen_star {
                        return Err(self.error_here("* argument may appear only once"));
                    }
                    let star = self.bump();
                    seen_star = true;
                    if self.peek() == T::Name {
                        let param = self.parse_param(lambda, star.span.start)?;
                        if param.default.is_some() {
                            return Err(self.error_at(
                                "var-positional argument cannot have default value",
                                param.span,
                            ));
                        }
                        p.vararg = Some(param);
                    } else {
                        bare_star = Some(star.span);
                    }
                }
                T::DoubleStar => {
                    let start = self.bump().span.start;
                    let param = self.parse_param(lambda, start)?;
                    if param.default.is_some() {
                        return Err(self.error_at(
                            "var-keyword argument cannot have default value",
                            param.span,
                        ));
                    }
                    p.kwarg = Some(param);
                }
                T::Name => {
                    let start = self.start();
                    let param = self.parse_param(lambda, start)?;
                    if seen_star {
                        p.kwonly.push(param);
                    } else {
                        if param.default.is_some() {
                            seen_default = true;
                        } else if seen_default {
                            return Err(self.error_at(
                                "non-default argument follows default argument",
                                param.span,
                            ));
                        }
                        p.args.push(param);
                    }
                }
                _ => return Err(self.unexpected()),
            }
            if !self.eat(T::Comma) {
                break;
            }
        }
        if let Some(span) = bare_star {
            if p.kwonly.is_empty() {
                return Err(self.error_at("named arguments must follow bare *", span));
            }
        }
        if !lambda {
            self.expect(T::RParen)?;
        }
        self.check_duplicate_params(&p)?;
        Ok(p)
    }

    /// `name [: annotation] [= default]` (no annotation in a lambda).
    fn parse_param(&mut self, lambda: bool, start: u32) -> PResult<Param> {
        let name = self.expect(T::Name)?;
        let annotation = if !lambda && self.eat(T::Colon) {
            Some(bx(self.parse_star_or_test()?))
        } else {
            None
        };
        let default = if self.eat(T::Equal) {
            Some(bx(self.parse_test()?))
        } else {
            None
        };
        Ok(Param {
            span: self.span_from(start),
            name: Ident { span: name.span },
            annotation,
            default,
        })
    }

    /// "duplicate argument 'x' in function definition" at the earliest
    /// second occurrence.
    fn check_duplicate_params(&self, p: &Parameters) -> PResult<()> {
        let all: Vec<Ident> = p
            .posonly
            .iter()
            .chain(p.args.iter())
            .chain(p.vararg.iter())
            .chain(p.kwonly.iter())
            .chain(p.kwarg.iter())
            .map(|x| x.name)
            .collect();
        if all.len() < 2 {
            return Ok(());
        }
        let mut sorted: Vec<(&str, usize)> = all
            .iter()
            .enumerate()
            .map(|(i, id)| (id.as_str(self.src), i))
            .collect();
        sorted.sort_unstable();
        let mut dup: Option<usize> = None;
        for w in sorted.windows(2) {
            if let [a, b] = w {
                if a.0 == b.0 {
                    // `b` is a later occurrence of the same name.
                    dup = Some(dup.map_or(b.1, |d| d.min(b.1)));
                }
            }
        }
        match dup.and_then(|i| all.get(i)) {
            Some(id) => Err(self.error_at(
                format!(
                    "duplicate argument '{}' in function definition",
                    id.as_str(self.src)
                ),
                id.span,
            )),
            None => Ok(()),
        }
    }

    /// Call (or class header) arguments after the `(`, consuming the `)`.
    /// A sole unparenthesised generator expression is accepted when
    /// `allow_genexp`.
    pub(crate) fn parse_call_args(
        &mut self,
        allow_genexp: bool,
    ) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let mut args: Vec<Expr> = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut seen_kw = false;
        let mut seen_kw_unpack = false;
        loop {
            if self.eat(T::RParen) {
                break;
            }
            let start = self.start();
            match self.peek() {
                T::Star => {
                    if seen_kw_unpack {
                        return Err(self.error_here(
                            "iterable argument unpacking follows keyword argument unpacking",
                        ));
                    }
                    self.bump();
                    let value = self.parse_test()?;
                    args.push(Expr::new(
                        self.span_from(start),
                        ExprKind::Starred(bx(value)),
                    ));
                }
                T::DoubleStar => {
                    self.bump();
                    let value = self.parse_test()?;
                    seen_kw_unpack = true;
                    keywords.push(Keyword {
                        span: self.span_from(start),
                        arg: None,
                        value,
                    });
                }
                T::Name if self.peek2() == T::Equal => {
                    let name = self.bump();
                    self.bump();
                    let value = self.parse_test()?;
                    let text = self.text(name.span);
                    if keywords
                        .iter()
                        .any(|k| k.arg.is_some_and(|a| a.as_str(self.src) == text))
                    {
                        return Err(self
                            .error_at(format!("keyword argument repeated: {}", text), name.span));
                    }
                    seen_kw = true;
                    keywords.push(Keyword {
                        span: self.span_from(start),
                        arg: Some(Ident { span: name.span }),
                        value,
                    });
                }
                T::True | T::False | T::None if self.peek2() == T::Equal => {
                    let t = self.tok();
                    return Err(
                        self.error_at(format!("cannot assign to {}", self.text(t.span)), t.span)
                    );
                }
                _ => {
                    let outer_yield = self.last_yield.take();
                    let value = self.parse_maybe_genexp_elt(false);
                    let value = value.and_then(|v| {
                        if self.at_comp_for() {
                            self.check_comp_elt(&v, "generator expression")?;
                        }
                        Ok(v)
                    });
                    if self.last_yield.is_none() {
                        self.last_yield = outer_yield;
                    }
                    let value = value?;
                    if self.at_comp_for() {
                        let generators = self.parse_comp_clauses("generator expression")?;
                        let g = Expr::new(
                            self.span_from(start),
                            ExprKind::GeneratorExp(Box::new(Comp {
                                elt: value,
                                generators,
                            })),
                        );
                        if !allow_genexp {
                            return Err(self.error_at("invalid syntax", g.span));
                        }
                        if !args.is_empty() || !keywords.is_empty() || self.peek() != T::RParen {
                            return Err(
                                self.error_at("Generator expression must be parenthesized", g.span)
                            );
                        }
                        args.push(g);
                        continue;
                    }
                    if self.peek() == T::Equal {
                        return Err(self.error_at(
                            "expression cannot contain assignment, perhaps you meant \"==\"?",
                            value.span,
                        ));
                    }
                    if seen_kw_unpack {
                        return Err(self.error_at(
                            "positional argument follows keyword argument unpacking",
                            value.span,
                        ));
                    }
                    if seen_kw {
                        return Err(self
                            .error_at("positional argument follows keyword argument", value.span));
                    }
                    args.push(value);
                }
            }
            if !self.eat(T::Comma) {
                if self.peek() != T::RParen && super::expr::starts_expr(self.peek()) {
                    return Err(self.missing_comma(Span::new(start, start)));
                }
                self.expect(T::RParen)?;
                break;
            }
        }
        Ok((args, keywords))
    }
}
