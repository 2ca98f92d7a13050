//! Expressions: conditional/lambda at the top, precedence climbing for
//! `or`/`and`/`not`/comparisons/binary operators, unary and power, then
//! primaries (atoms with `.name`, calls and subscripts) and displays.

use alloc::boxed::Box;
use alloc::vec;
use alloc::vec::Vec;

use pycopy_lexer::{Span, TokenKind as T};

use super::{Ctx, FuncKind, PResult, Parser};
use crate::ast::*;

// Binding powers, loosest first.
const PREC_OR: u8 = 1;
const PREC_AND: u8 = 2;
const PREC_NOT: u8 = 3;
const PREC_CMP: u8 = 4;
const PREC_BITOR: u8 = 5;
const PREC_FACTOR: u8 = 11;

/// Binding power and operator of a binary-operator token.
#[inline]
fn binop(kind: T) -> Option<(u8, Operator)> {
    Some(match kind {
        T::Vbar => (5, Operator::BitOr),
        T::Circumflex => (6, Operator::BitXor),
        T::Amper => (7, Operator::BitAnd),
        T::LeftShift => (8, Operator::LShift),
        T::RightShift => (8, Operator::RShift),
        T::Plus => (9, Operator::Add),
        T::Minus => (9, Operator::Sub),
        T::Star => (10, Operator::Mult),
        T::Slash => (10, Operator::Div),
        T::DoubleSlash => (10, Operator::FloorDiv),
        T::Percent => (10, Operator::Mod),
        T::At => (10, Operator::MatMult),
        _ => return None,
    })
}

/// True for tokens that can start an expression (including `*x`).
#[inline]
pub(crate) fn starts_expr(kind: T) -> bool {
    matches!(
        kind,
        T::Name
            | T::Int
            | T::Float
            | T::Imaginary
            | T::String
            | T::LParen
            | T::LBracket
            | T::LBrace
            | T::Minus
            | T::Plus
            | T::Tilde
            | T::Not
            | T::Lambda
            | T::Await
            | T::None
            | T::True
            | T::False
            | T::Ellipsis
            | T::Star
    )
}

/// Boxes an expression (kept in one place so the allocation strategy can
/// change).
#[inline]
pub(crate) fn bx(e: Expr) -> Box<Expr> {
    Box::new(e)
}

impl Parser<'_> {
    /// `test`: a conditional expression, a lambda, or an `or`-expression.
    pub(crate) fn parse_test(&mut self) -> PResult<Expr> {
        self.enter()?;
        let r = if self.peek() == T::Lambda {
            self.parse_lambda()
        } else {
            self.parse_ternary()
        };
        self.leave();
        r
    }

    fn parse_ternary(&mut self) -> PResult<Expr> {
        let start = self.start();
        let body = self.parse_binary(PREC_OR)?;
        if self.peek() != T::If {
            return Ok(body);
        }
        self.bump();
        let test = self.parse_binary(PREC_OR)?;
        if !self.eat(T::Else) {
            let span = self.span_from(start);
            return Err(self.error_at("expected 'else' after 'if' expression", span));
        }
        let orelse = self.parse_test()?;
        Ok(Expr::new(
            self.span_from(start),
            ExprKind::IfExp {
                test: bx(test),
                body: bx(body),
                orelse: bx(orelse),
            },
        ))
    }

    /// `named_expr`: `test [':=' test]`.
    pub(crate) fn parse_named(&mut self) -> PResult<Expr> {
        let target = self.parse_test()?;
        if self.peek() != T::ColonEqual {
            return Ok(target);
        }
        if !matches!(target.kind, ExprKind::Name(_)) {
            let msg = alloc::format!(
                "cannot use assignment expressions with {}",
                super::target::describe(&target)
            );
            return Err(self.error_at(msg, target.span));
        }
        self.bump();
        let value = self.parse_test()?;
        Ok(Expr::new(
            target.span.cover(value.span),
            ExprKind::NamedExpr {
                target: bx(target),
                value: bx(value),
            },
        ))
    }

    /// `'*' bitor | named_expr` (elements of displays and parentheses).
    pub(crate) fn parse_star_or_named(&mut self) -> PResult<Expr> {
        if self.peek() == T::Star {
            self.parse_starred()
        } else {
            self.parse_named()
        }
    }

    /// `'*' bitor | test`.
    pub(crate) fn parse_star_or_test(&mut self) -> PResult<Expr> {
        if self.peek() == T::Star {
            self.parse_starred()
        } else {
            self.parse_test()
        }
    }

    /// `'*' bitor`.
    pub(crate) fn parse_starred(&mut self) -> PResult<Expr> {
        let start = self.bump().span.start;
        let value = self.parse_bitor()?;
        Ok(Expr::new(
            self.span_from(start),
            ExprKind::Starred(bx(value)),
        ))
    }

    /// `'*' bitor | bitor`: one element of a target list.
    pub(crate) fn parse_star_or_bitor(&mut self) -> PResult<Expr> {
        if self.peek() == T::Star {
            self.parse_starred()
        } else {
            self.parse_bitor()
        }
    }

    /// A `|`-level expression (targets, starred operands).
    pub(crate) fn parse_bitor(&mut self) -> PResult<Expr> {
        self.enter()?;
        let r = self.parse_binary(PREC_BITOR);
        self.leave();
        r
    }

    /// An `or`-level expression (comprehension iterables and conditions).
    pub(crate) fn parse_or_test(&mut self) -> PResult<Expr> {
        self.enter()?;
        let r = self.parse_binary(PREC_OR);
        self.leave();
        r
    }

    /// `star_expressions`: `a`, `a, *b,` (a tuple when there is a comma).
    pub(crate) fn parse_star_exprs(&mut self) -> PResult<Expr> {
        let first = self.parse_star_or_test()?;
        if self.peek() != T::Comma {
            return Ok(first);
        }
        let start = first.span.start;
        let mut elts = vec![first];
        while self.eat(T::Comma) {
            if !starts_expr(self.peek()) {
                break;
            }
            elts.push(self.parse_star_or_test()?);
        }
        Ok(Expr::new(self.span_from(start), ExprKind::Tuple(elts)))
    }

    /// A target list: `a, *b, c.d` (tuple when there is a comma), for `for`
    /// and comprehension targets.
    pub(crate) fn parse_target_list(&mut self) -> PResult<Expr> {
        let first = self.parse_star_or_bitor()?;
        if self.peek() != T::Comma {
            return Ok(first);
        }
        let start = first.span.start;
        let mut elts = vec![first];
        while self.eat(T::Comma) {
            if !starts_expr(self.peek()) {
                break;
            }
            elts.push(self.parse_star_or_bitor()?);
        }
        Ok(Expr::new(self.span_from(start), ExprKind::Tuple(elts)))
    }

    /// `yield [star_expressions]` / `yield from test`, with placement checks.
    pub(crate) fn parse_yield(&mut self) -> PResult<Expr> {
        let tok = self.bump();
        let start = tok.span.start;
        if self.ctx.func == FuncKind::None {
            return Err(self.error_at("'yield' outside function", tok.span));
        }
        if let Some(what) = self.ctx.comp {
            return Err(self.error_at(alloc::format!("'yield' inside {}", what), tok.span));
        }
        self.last_yield.get_or_insert(tok.span);
        if self.eat(T::From) {
            if self.ctx.func == FuncKind::Async {
                return Err(self.error_at("'yield from' inside async function", tok.span));
            }
            let value = self.parse_test()?;
            return Ok(Expr::new(
                self.span_from(start),
                ExprKind::YieldFrom(bx(value)),
            ));
        }
        let value = if starts_expr(self.peek()) {
            Some(bx(self.parse_star_exprs()?))
        } else {
            None
        };
        Ok(Expr::new(self.span_from(start), ExprKind::Yield(value)))
    }

    /// `yield_expr | star_expressions` (right-hand sides of assignments).
    pub(crate) fn parse_yield_or_star_exprs(&mut self) -> PResult<Expr> {
        if self.peek() == T::Yield {
            self.parse_yield()
        } else {
            self.parse_star_exprs()
        }
    }

    /// Precedence climbing over `or`, `and`, `not`, comparisons and binary
    /// operators; operands bind at least as tightly as `min`.
    fn parse_binary(&mut self, min: u8) -> PResult<Expr> {
        let start = self.start();
        let mut left = match self.peek() {
            T::Not if min <= PREC_NOT => {
                self.bump();
                self.enter()?;
                let operand = self.parse_binary(PREC_NOT)?;
                self.leave();
                Expr::new(
                    self.span_from(start),
                    ExprKind::UnaryOp {
                        op: UnaryOp::Not,
                        operand: bx(operand),
                    },
                )
            }
            T::Minus | T::Plus | T::Tilde => {
                let op = match self.bump().kind {
                    T::Minus => UnaryOp::USub,
                    T::Plus => UnaryOp::UAdd,
                    _ => UnaryOp::Invert,
                };
                self.enter()?;
                let operand = self.parse_binary(PREC_FACTOR)?;
                self.leave();
                Expr::new(
                    self.span_from(start),
                    ExprKind::UnaryOp {
                        op,
                        operand: bx(operand),
                    },
                )
            }
            _ => self.parse_power()?,
        };
        let mut chain = 0u32;
        loop {
            let kind = self.peek();
            if let Some((prec, op)) = binop(kind) {
                if prec < min {
                    break;
                }
                // A left-nested chain (`a + b + c ...`) is a deep tree even
                // though parsing it is flat: bound it so that dropping or
                // walking the tree cannot exhaust the stack.
                chain += 1;
                if chain > super::MAX_CHAIN {
                    return Err(self.error_here("expression too long (too deeply nested)"));
                }
                self.bump();
                let right = self.parse_binary(prec + 1)?;
                left = Expr::new(
                    self.span_from(start),
                    ExprKind::BinOp {
                        left: bx(left),
                        op,
                        right: bx(right),
                    },
                );
                continue;
            }
            match kind {
                T::Or | T::And => {
                    let (prec, op) = if kind == T::Or {
                        (PREC_OR, BoolOp::Or)
                    } else {
                        (PREC_AND, BoolOp::And)
                    };
                    if prec < min {
                        break;
                    }
                    let mut values = vec![left];
                    while self.eat(kind) {
                        values.push(self.parse_binary(prec + 1)?);
                    }
                    left = Expr::new(self.span_from(start), ExprKind::BoolOp { op, values });
                }
                _ => {
                    if PREC_CMP < min {
                        break;
                    }
                    let Some(op) = self.cmp_op() else {
                        break;
                    };
                    let mut comparisons = Vec::new();
                    let mut op = op;
                    loop {
                        let right = self.parse_binary(PREC_BITOR)?;
                        comparisons.push(Comparison { op, right });
                        match self.cmp_op() {
                            Some(next) => op = next,
                            None => break,
                        }
                    }
                    left = Expr::new(
                        self.span_from(start),
                        ExprKind::Compare {
                            left: bx(left),
                            comparisons,
                        },
                    );
                }
            }
        }
        Ok(left)
    }

    /// Consumes a comparison operator (`not in`, `is not` are two tokens).
    fn cmp_op(&mut self) -> Option<CmpOp> {
        let op = match self.peek() {
            T::Less => CmpOp::Lt,
            T::Greater => CmpOp::Gt,
            T::EqEqual => CmpOp::Eq,
            T::NotEqual => CmpOp::NotEq,
            T::LessEqual => CmpOp::LtE,
            T::GreaterEqual => CmpOp::GtE,
            T::In => CmpOp::In,
            T::Is => {
                self.bump();
                return Some(if self.eat(T::Not) {
                    CmpOp::IsNot
                } else {
                    CmpOp::Is
                });
            }
            T::Not if self.peek2() == T::In => {
                self.bump();
                self.bump();
                return Some(CmpOp::NotIn);
            }
            _ => return None,
        };
        self.bump();
        Some(op)
    }

    /// `['await'] primary ['**' factor]`.
    fn parse_power(&mut self) -> PResult<Expr> {
        let start = self.start();
        let base = if self.peek() == T::Await {
            let tok = self.bump();
            if self.ctx.func != FuncKind::Async && self.ctx.comp != Some("generator expression") {
                if self.genexp_elt > 0 {
                    self.pending_await.get_or_insert(tok.span);
                } else {
                    return Err(self.await_error(tok.span));
                }
            }
            let value = self.parse_primary()?;
            Expr::new(self.span_from(start), ExprKind::Await(bx(value)))
        } else {
            self.parse_primary()?
        };
        if self.peek() != T::DoubleStar {
            return Ok(base);
        }
        self.bump();
        self.enter()?;
        let exp = self.parse_binary(PREC_FACTOR)?;
        self.leave();
        Ok(Expr::new(
            self.span_from(start),
            ExprKind::BinOp {
                left: bx(base),
                op: Operator::Pow,
                right: bx(exp),
            },
        ))
    }

    /// An atom followed by `.name`, `(args)` and `[subscript]` trailers.
    fn parse_primary(&mut self) -> PResult<Expr> {
        let start = self.start();
        let mut e = self.parse_atom()?;
        loop {
            match self.peek() {
                T::Dot => {
                    self.bump();
                    let name = self.expect(T::Name)?;
                    e = Expr::new(
                        self.span_from(start),
                        ExprKind::Attribute {
                            value: bx(e),
                            attr: Ident { span: name.span },
                        },
                    );
                }
                T::LParen => {
                    self.bump();
                    let (args, keywords) = self.parse_call_args(true)?;
                    e = Expr::new(
                        self.span_from(start),
                        ExprKind::Call(Box::new(Call {
                            func: e,
                            args,
                            keywords,
                        })),
                    );
                }
                T::LBracket => {
                    self.bump();
                    let slice = self.parse_subscript()?;
                    e = Expr::new(
                        self.span_from(start),
                        ExprKind::Subscript {
                            value: bx(e),
                            slice: bx(slice),
                        },
                    );
                }
                _ => return Ok(e),
            }
        }
    }

    /// The inside of `[...]` after a primary, consuming the `]`.
    fn parse_subscript(&mut self) -> PResult<Expr> {
        let first = self.parse_slice_item()?;
        let e = if self.peek() == T::Comma {
            let start = first.span.start;
            let mut elts = vec![first];
            while self.eat(T::Comma) {
                if self.peek() == T::RBracket {
                    break;
                }
                elts.push(self.parse_slice_item()?);
            }
            Expr::new(self.span_from(start), ExprKind::Tuple(elts))
        } else {
            first
        };
        self.expect(T::RBracket)?;
        Ok(e)
    }

    /// One element of a subscript: a slice, `*x`, or a named expression.
    fn parse_slice_item(&mut self) -> PResult<Expr> {
        let start = self.start();
        let lower = match self.peek() {
            T::Colon => None,
            T::Star => return self.parse_starred(),
            _ => {
                let e = self.parse_named()?;
                if self.peek() != T::Colon {
                    return Ok(e);
                }
                Some(bx(e))
            }
        };
        self.bump(); // ':'
        let upper = if starts_slice_part(self.peek()) {
            Some(bx(self.parse_test()?))
        } else {
            None
        };
        let step = if self.eat(T::Colon) && starts_slice_part(self.peek()) {
            Some(bx(self.parse_test()?))
        } else {
            None
        };
        Ok(Expr::new(
            self.span_from(start),
            ExprKind::Slice { lower, upper, step },
        ))
    }

    /// Literals, names, and bracketed forms.
    fn parse_atom(&mut self) -> PResult<Expr> {
        let tok = self.tok();
        let kind = match tok.kind {
            T::Name => {
                self.bump();
                ExprKind::Name(Ident { span: tok.span })
            }
            T::Int | T::Float | T::Imaginary => return self.parse_number(),
            T::String => return self.parse_strings(),
            T::None => {
                self.bump();
                ExprKind::Constant(Constant::None)
            }
            T::True => {
                self.bump();
                ExprKind::Constant(Constant::True)
            }
            T::False => {
                self.bump();
                ExprKind::Constant(Constant::False)
            }
            T::Ellipsis => {
                self.bump();
                ExprKind::Constant(Constant::Ellipsis)
            }
            T::LParen => return self.parse_paren(),
            T::LBracket => return self.parse_list(),
            T::LBrace => return self.parse_brace(),
            T::Star => {
                return Err(self.error_here("cannot use starred expression here"));
            }
            _ => return Err(self.unexpected()),
        };
        Ok(Expr::new(tok.span, kind))
    }

    /// `( ... )`: empty tuple, yield, generator expression, tuple or a
    /// parenthesised expression (which keeps its inner span).
    fn parse_paren(&mut self) -> PResult<Expr> {
        let start = self.bump().span.start;
        if self.eat(T::RParen) {
            return Ok(Expr::new(
                self.span_from(start),
                ExprKind::Tuple(Vec::new()),
            ));
        }
        if self.peek() == T::Yield {
            let e = self.parse_yield()?;
            self.expect(T::RParen)?;
            return Ok(e);
        }
        let outer_yield = self.last_yield.take();
        let first = self.parse_maybe_genexp_elt(true)?;
        let r = match self.peek() {
            T::For | T::Async => {
                self.check_comp_elt(&first, "generator expression")?;
                let generators = self.parse_comp_clauses("generator expression")?;
                self.expect(T::RParen)?;
                Ok(Expr::new(
                    self.span_from(start),
                    ExprKind::GeneratorExp(Box::new(Comp {
                        elt: first,
                        generators,
                    })),
                ))
            }
            T::Comma => {
                let mut elts = vec![first];
                while self.eat(T::Comma) {
                    if self.peek() == T::RParen {
                        break;
                    }
                    elts.push(self.parse_star_or_named()?);
                }
                self.expect(T::RParen)?;
                Ok(Expr::new(self.span_from(start), ExprKind::Tuple(elts)))
            }
            T::RParen => {
                self.bump();
                if matches!(first.kind, ExprKind::Starred(_)) {
                    return Err(self.error_at("cannot use starred expression here", first.span));
                }
                Ok(first)
            }
            k if starts_expr(k) && k != T::Star => Err(self.missing_comma(first.span)),
            _ => Err(self.unexpected()),
        };
        if self.last_yield.is_none() {
            self.last_yield = outer_yield;
        }
        r
    }

    /// "'await' outside (async) function" at `span`.
    #[cold]
    pub(crate) fn await_error(&self, span: Span) -> crate::ParseError {
        if self.ctx.func == FuncKind::None {
            self.error_at("'await' outside function", span)
        } else {
            self.error_at("'await' outside async function", span)
        }
    }

    /// Parses what may be a generator expression's element (the first
    /// thing in parentheses or a call): `await` is allowed in it only if a
    /// `for` follows. Yields seen in it are kept in `last_yield` for the
    /// caller's comprehension check.
    pub(crate) fn parse_maybe_genexp_elt(&mut self, star: bool) -> PResult<Expr> {
        let outer_await = self.pending_await.take();
        self.genexp_elt += 1;
        let r = if star {
            self.parse_star_or_named()
        } else {
            self.parse_named()
        };
        self.genexp_elt -= 1;
        let e = r?;
        if let Some(span) = self.pending_await.take() {
            if !self.at_comp_for() {
                if self.genexp_elt > 0 {
                    self.pending_await = Some(outer_await.unwrap_or(span));
                    return Ok(e);
                }
                return Err(self.await_error(span));
            }
        }
        self.pending_await = outer_await;
        Ok(e)
    }

    /// "invalid syntax. Perhaps you forgot a comma?" from `from` to the
    /// current token.
    #[cold]
    pub(crate) fn missing_comma(&mut self, from: Span) -> crate::ParseError {
        self.err_tok = Some(self.pos_index());
        let here = self.tok().span;
        self.error_at(
            "invalid syntax. Perhaps you forgot a comma?",
            from.cover(here),
        )
    }

    /// `[ ... ]`: list display or list comprehension.
    fn parse_list(&mut self) -> PResult<Expr> {
        let start = self.bump().span.start;
        if self.eat(T::RBracket) {
            return Ok(Expr::new(self.span_from(start), ExprKind::List(Vec::new())));
        }
        let outer_yield = self.last_yield.take();
        let first = self.parse_star_or_named()?;
        let r = if self.at_comp_for() {
            self.check_comp_elt(&first, "list comprehension")?;
            let generators = self.parse_comp_clauses("list comprehension")?;
            self.expect(T::RBracket)?;
            Expr::new(
                self.span_from(start),
                ExprKind::ListComp(Box::new(Comp {
                    elt: first,
                    generators,
                })),
            )
        } else {
            let mut elts = vec![first];
            while self.eat(T::Comma) {
                if self.peek() == T::RBracket {
                    break;
                }
                elts.push(self.parse_star_or_named()?);
            }
            self.expect_close(T::RBracket, start)?;
            Expr::new(self.span_from(start), ExprKind::List(elts))
        };
        if self.last_yield.is_none() {
            self.last_yield = outer_yield;
        }
        Ok(r)
    }

    /// Expects a closing bracket; a token that starts an expression gets
    /// the "forgot a comma" hint.
    fn expect_close(&mut self, close: T, open: u32) -> PResult<()> {
        if self.eat(close) {
            return Ok(());
        }
        if starts_expr(self.peek()) && self.peek() != T::Star {
            let from = Span::new(open, open);
            return Err(self.missing_comma(from));
        }
        Err(self.unexpected())
    }

    /// `{ ... }`: dict, set, or their comprehensions.
    fn parse_brace(&mut self) -> PResult<Expr> {
        let start = self.bump().span.start;
        if self.eat(T::RBrace) {
            return Ok(Expr::new(self.span_from(start), ExprKind::Dict(Vec::new())));
        }
        let outer_yield = self.last_yield.take();
        let r = self.parse_brace_body(start);
        if self.last_yield.is_none() {
            self.last_yield = outer_yield;
        }
        r
    }

    fn parse_brace_body(&mut self, start: u32) -> PResult<Expr> {
        if self.peek() == T::DoubleStar {
            self.bump();
            let value = self.parse_bitor()?;
            return self.parse_dict_rest(start, DictItem { key: None, value });
        }
        let first = self.parse_star_or_named()?;
        if self.peek() == T::Colon {
            if matches!(first.kind, ExprKind::Starred(_)) {
                return Err(self.unexpected());
            }
            self.bump();
            let value = self.parse_dict_value()?;
            if self.at_comp_for() {
                self.check_comp_elt(&first, "dict comprehension")?;
                let generators = self.parse_comp_clauses("dict comprehension")?;
                self.expect(T::RBrace)?;
                return Ok(Expr::new(
                    self.span_from(start),
                    ExprKind::DictComp(Box::new(DictComp {
                        key: first,
                        value,
                        generators,
                    })),
                ));
            }
            return self.parse_dict_rest(
                start,
                DictItem {
                    key: Some(first),
                    value,
                },
            );
        }
        if self.at_comp_for() {
            self.check_comp_elt(&first, "set comprehension")?;
            let generators = self.parse_comp_clauses("set comprehension")?;
            self.expect(T::RBrace)?;
            return Ok(Expr::new(
                self.span_from(start),
                ExprKind::SetComp(Box::new(Comp {
                    elt: first,
                    generators,
                })),
            ));
        }
        let mut elts = vec![first];
        while self.eat(T::Comma) {
            if self.peek() == T::RBrace {
                break;
            }
            elts.push(self.parse_star_or_named()?);
        }
        self.expect_close(T::RBrace, start)?;
        Ok(Expr::new(self.span_from(start), ExprKind::Set(elts)))
    }

    fn parse_dict_value(&mut self) -> PResult<Expr> {
        if self.peek() == T::Star {
            return Err(self.error_here("cannot use a starred expression in a dictionary value"));
        }
        self.parse_test()
    }

    /// The rest of a dict display after its first item, consuming the `}`.
    fn parse_dict_rest(&mut self, start: u32, first: DictItem) -> PResult<Expr> {
        let mut items = vec![first];
        while self.eat(T::Comma) {
            match self.peek() {
                T::RBrace => break,
                T::DoubleStar => {
                    self.bump();
                    let value = self.parse_bitor()?;
                    items.push(DictItem { key: None, value });
                }
                _ => {
                    let key = self.parse_test()?;
                    if !self.eat(T::Colon) {
                        return Err(self.error_here("':' expected after dictionary key"));
                    }
                    let value = self.parse_dict_value()?;
                    items.push(DictItem {
                        key: Some(key),
                        value,
                    });
                }
            }
        }
        self.expect_close(T::RBrace, start)?;
        Ok(Expr::new(self.span_from(start), ExprKind::Dict(items)))
    }

    /// True at `for` or `async for`.
    #[inline]
    pub(crate) fn at_comp_for(&self) -> bool {
        match self.peek() {
            T::For => true,
            T::Async => self.peek2() == T::For,
            _ => false,
        }
    }

    /// Checks a comprehension's element: no bare `*x`, no `yield` in it.
    pub(crate) fn check_comp_elt(&mut self, elt: &Expr, what: &'static str) -> PResult<()> {
        if matches!(elt.kind, ExprKind::Starred(_)) {
            return Err(self.error_at(
                "iterable unpacking cannot be used in comprehension",
                elt.span,
            ));
        }
        if let Some(span) = self.last_yield {
            return Err(self.error_at(alloc::format!("'yield' inside {}", what), span));
        }
        Ok(())
    }

    /// One or more `[async] for target in iter (if cond)*` clauses.
    pub(crate) fn parse_comp_clauses(&mut self, what: &'static str) -> PResult<Vec<Comprehension>> {
        let mut generators: Vec<Comprehension> = Vec::new();
        while self.at_comp_for() {
            let start = self.start();
            let is_async = self.eat(T::Async);
            if is_async && self.ctx.func != FuncKind::Async && what != "generator expression" {
                return Err(self.error_at(
                    "asynchronous comprehension outside of an asynchronous function",
                    Span::new(start, self.prev_end()),
                ));
            }
            self.bump(); // for
            let target = self.parse_target_list()?;
            self.check_assign_target(&target)?;
            if !self.eat(T::In) {
                return Err(self.unexpected());
            }
            let outer = self.ctx;
            if !generators.is_empty() {
                self.ctx.comp = Some(what);
            }
            let iter = self.parse_or_test();
            self.ctx.comp = Some(what);
            let r = iter.and_then(|iter| {
                let mut ifs = Vec::new();
                while self.eat(T::If) {
                    ifs.push(self.parse_or_test()?);
                }
                Ok((iter, ifs))
            });
            self.ctx = outer;
            let (iter, ifs) = r?;
            generators.push(Comprehension {
                span: self.span_from(start),
                target,
                iter,
                ifs,
                is_async,
            });
        }
        Ok(generators)
    }

    /// `lambda [params]: test`.
    fn parse_lambda(&mut self) -> PResult<Expr> {
        let start = self.bump().span.start;
        let params = self.parse_params(true)?;
        self.expect_colon()?;
        let outer = self.ctx;
        self.ctx = Ctx {
            func: FuncKind::Sync,
            in_loop: false,
            in_class: false,
            comp: None,
        };
        let outer_yield = self.last_yield.take();
        let outer_genexp = core::mem::replace(&mut self.genexp_elt, 0);
        let body = self.parse_test();
        self.ctx = outer;
        self.last_yield = outer_yield;
        self.genexp_elt = outer_genexp;
        let body = body?;
        Ok(Expr::new(
            self.span_from(start),
            ExprKind::Lambda(Box::new(Lambda { params, body })),
        ))
    }
}

/// True for tokens that can start a slice bound (not `:`/`,`/`]`).
#[inline]
fn starts_slice_part(kind: T) -> bool {
    starts_expr(kind) && kind != T::Star
}
